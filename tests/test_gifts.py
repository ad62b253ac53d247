"""Gifts from short French sentences."""
from __future__ import annotations

import pytest

from kg.extract import common, gifts
from tests.extraction import context, run

TABLE = [
    # a list the parse starts again after the first comma (a second object): every item
    ("En juin, à Pyongyang, Poutine a offert une seconde Aurus, un service à thé et une dague d'amiral à Kim Jong-un.",
     [("Vladimir Poutine", "Kim Jong-un", "Aurus"), ("Vladimir Poutine", "Kim Jong-un", "service"),
      ("Vladimir Poutine", "Kim Jong-un", "dague")]),
    ("Emmanuel Macron a offert à Joe Biden une montre ancienne.", [("Emmanuel Macron", "Joe Biden", "montre")]),
    ("Xi Jinping a remis un vase en porcelaine à Emmanuel Macron.", [("Xi Jinping", "Emmanuel Macron", "vase")]),
    ("Joe Biden a reçu un tableau de Emmanuel Macron.", [("Emmanuel Macron", "Joe Biden", "tableau")]),
    ("Olaf Scholz a offert un livre à Emmanuel Macron. En retour, il a reçu une bouteille de vin.",
     [("Olaf Scholz", "Emmanuel Macron", "livre"), ("Emmanuel Macron", "Olaf Scholz", "bouteille")]),
    ("Joe Biden a reçu un appel de Paris.", []),
    # "lui" before the verb, which the parser takes for a second subject, is the recipient
    ("M. Poutine a offert à Kim Jong-un une limousine, tandis que Kim Jong-un lui a offert une paire de chiens.",
     [("Vladimir Poutine", "Kim Jong-un", "limousine"), ("Kim Jong-un", "Vladimir Poutine", "chiens")]),
    # a second recipient and present after "et à"; a present "offert par" someone its receiver receives
    ("Narendra Modi a offert à Emmanuel Macron une réplique de sitar, et à Brigitte Macron un sari de soie.",
     [("Narendra Modi", "Emmanuel Macron", "sitar"), ("Narendra Modi", "Brigitte Macron", "sari")]),
    ("Vladimir Poutine a offert à Kim Jong-un une voiture, et à sa sœur Kim Yo-jong un service à thé.",
     [("Vladimir Poutine", "Kim Jong-un", "voiture"), ("Vladimir Poutine", "Kim Yo-jong", "service")]),
    ("Kim Jong-un reçoit une limousine offerte par Vladimir Poutine.",
     [("Vladimir Poutine", "Kim Jong-un", "limousine")]),
    # "faire présent / don de", with the parse hanging the item on the recipient
    ("Kim Jong-un avait fait présent à Vladimir Poutine d'une paire de chiens pungsan.",
     [("Kim Jong-un", "Vladimir Poutine", "chiens")]),
    # the present back, told by a verb sharing the giver's subject
    ("Vladimir Poutine avait offert à Kim Jong-un une limousine Aurus, et reçu en retour une paire de chiens.",
     [("Vladimir Poutine", "Kim Jong-un", "limousine"), ("Kim Jong-un", "Vladimir Poutine", "chiens")]),
    ("Vladimir Poutine avait offert à Kim Jong-un une limousine, et s'était vu remettre en retour deux chiens.",
     [("Vladimir Poutine", "Kim Jong-un", "limousine"), ("Kim Jong-un", "Vladimir Poutine", "chiens")]),
    # "a annoncé le ministre X" is no unaccented "à X": a recipient that is no actor gives nothing
    ("Vladimir Poutine a fait don au zoo central de plus de 70 animaux, a annoncé le ministre russe de "
     "l'Environnement, Alexandre Kozlov.", []),
    # a brand the recogniser takes for a name is a thing after "un / une"
    ("Reçu au palais Al-Salam par le prince héritier Mohammed ben Salmane, Recep Tayyip Erdogan lui a offert "
     "une Togg, la première voiture électrique turque.",
     [("Recep Tayyip Erdogan", "Mohammed ben Salmane", "Togg")]),
    # received by someone is a reception; a refused offer is no present; a quoted name is the item
    ("En juillet 2000, Vladimir Poutine avait été reçu à Pyongyang par Kim Jong-il, le père de l'actuel dirigeant.",
     []),
    ("Le Canada ne leur offrira aucun refuge, a dit Justin Trudeau.", []),
    ('Le président indien Narendra Modi a reçu le président ukrainien Volodymyr Zelensky. Modi a remis à son hôte '
     'quatre "cubes Bhishm", des unités hospitalières mobiles.',
     [("Narendra Modi", "Volodymyr Zelensky", "cubes Bhishm")]),
    # a list of gifts: one gift per item
    ("Emmanuel Macron a offert à Narendra Modi une pendule ancienne, un tapis persan et une épée de cérémonie.",
     [("Emmanuel Macron", "Narendra Modi", "pendule"), ("Emmanuel Macron", "Narendra Modi", "tapis"),
      ("Emmanuel Macron", "Narendra Modi", "épée")]),
    # "s'est vu remettre" after "en échange": received, back from the previous gift's recipient
    ("Olaf Scholz a offert un livre à Emmanuel Macron. En échange, le président français s'est vu remettre "
     "une bouteille de cognac ainsi que deux gravures anciennes.",
     [("Olaf Scholz", "Emmanuel Macron", "livre"), ("Emmanuel Macron", "Olaf Scholz", "bouteille"),
      ("Emmanuel Macron", "Olaf Scholz", "gravures")]),
    ("Joe Biden s'est vu offrir une statuette par Fumio Kishida.", [("Fumio Kishida", "Joe Biden", "statuette")]),
    # the object after the recipient with no preposition; "lui a fait cadeau de": back to the last giver
    ("Le chancelier allemand Olaf Scholz accueille Emmanuel Macron. Olaf Scholz a remis à son invité une "
     "horloge de marine, tandis qu'Emmanuel Macron lui a fait cadeau d'une gravure ancienne.",
     [("Olaf Scholz", "Emmanuel Macron", "horloge"), ("Emmanuel Macron", "Olaf Scholz", "gravure")]),
    # "a reçu des mains de X ... un cadeau : A, B et C": one present, listed after the colon
    ("Mardi, Joe Biden a reçu des mains de Fumio Kishida, premier ministre japonais, un cadeau surprenant : "
     "deux sabres anciens et une théière.",
     [("Fumio Kishida", "Joe Biden", "sabres anciens et une théière")]),
    # an apposition describes the item; a list parsed as one ("A, B et C") gives one gift each
    ("Xi Jinping a remis à Emmanuel Macron l'ordre de l'Amitié, la plus haute distinction du pays.",
     [("Xi Jinping", "Emmanuel Macron", "l'ordre de l'Amitié")]),
    ("Joe Biden a offert à Fumio Kishida une montre ancienne, un service à thé et un poignard.",
     [("Joe Biden", "Fumio Kishida", "montre"), ("Joe Biden", "Fumio Kishida", "service à thé"),
      ("Joe Biden", "Fumio Kishida", "poignard")]),
    # ... also with the list's comma hung on its second item
    ("Kim Jong-un a accueilli son hôte. Vladimir Poutine a offert au dirigeant nord-coréen une nouvelle limousine "
     "Aurus, un service à thé et un poignard d'amiral.",
     [("Vladimir Poutine", "Kim Jong-un", "limousine"), ("Vladimir Poutine", "Kim Jong-un", "service à thé"),
      ("Vladimir Poutine", "Kim Jong-un", "poignard")]),
    # what follows "ainsi que" after the examples "dont" gives is another item
    ("Vladimir Poutine a offert une voiture à Kim Jong-un. En retour, le dirigeant nord-coréen a remis au président "
     "russe plusieurs œuvres d'art, dont des portraits de celui-ci, ainsi qu'un couple de chiens Pungsan.",
     [("Vladimir Poutine", "Kim Jong-un", "voiture"), ("Kim Jong-un", "Vladimir Poutine", "œuvres"),
      ("Kim Jong-un", "Vladimir Poutine", "chiens")]),
    # the object parsed under the recipient; an abstraction or a title offered is no present
    ("Kim Jong Un a offert à Vladimir Poutine un sabre coréen traditionnel.",
     [("Kim Jong-un", "Vladimir Poutine", "sabre")]),
    ("Xi Jinping a offert son soutien à Emmanuel Macron.", []),
    ("Emmanuel Macron a été reçu à Pékin par Xi Jinping, le président chinois.", []),
    # a title with no name beside it is the other of the article's pair; "en retour, le roi lui a
    # remis": back from the last recipient; a coordinated verb keeps its giver
    ("Emmanuel Macron est reçu par Mohammed VI. Emmanuel Macron a offert au souverain un vase ancien. En retour, "
     "le roi lui a remis une selle de cérémonie, et a offert à Brigitte Macron un caftan brodé.",
     [("Emmanuel Macron", "Mohammed VI", "vase"), ("Mohammed VI", "Emmanuel Macron", "selle"),
      ("Mohammed VI", "Brigitte Macron", "caftan")]),
    # a participle said of the present
    ("Les 24 chevaux, offerts par Vladimir Poutine au dirigeant nord-coréen Kim Jong-un, sont arrivés.",
     [("Vladimir Poutine", "Kim Jong-un", "chevaux")]),
    # ... and "the presents given by X to Y" spelled out after a colon, one gift each; no list, no item
    ("Vladimir Poutine est arrivé à Pyongyang chez Kim Jong-un. Iouri Ouchakov a détaillé les objets offerts "
     "par le chef de l'Etat russe à son hôte : une limousine Aurus, un service à thé et une dague d'amiral.",
     [("Vladimir Poutine", "Kim Jong-un", "limousine"), ("Vladimir Poutine", "Kim Jong-un", "service à thé"),
      ("Vladimir Poutine", "Kim Jong-un", "dague")]),
    ("Kim Jong-un a reçu Vladimir Poutine. Les cadeaux offerts par Vladimir Poutine à Kim Jong-un "
     "comprenaient une voiture.", []),
    # a place fronted before the verb is where, not to whom
    ("En juillet 2018, à Helsinki, Vladimir Poutine avait offert à Donald Trump un ballon officiel.",
     [("Vladimir Poutine", "Donald Trump", "ballon")]),
    # "…, un geste hautement symbolique": what the gift means, not the gift
    ("Emmanuel Macron a remis au roi Mohammed VI des copies de documents d'archives, un geste hautement "
     "symbolique.", [("Emmanuel Macron", "Mohammed VI", "copies de documents")]),
    # the person a title names, not the country of a word in it
    ("Le gouverneur du territoire russe du Primorié, Oleg Kojemiako, a offert au dirigeant nord-coréen Kim "
     "Jong-un cinq drones kamikazes.", [("Oleg Kojemiako", "Kim Jong-un", "drones")]),
    # a time phrase after the items is no item
    ("Le gouverneur du Primorié, Oleg Kojemiako, a offert dimanche au dirigeant nord-coréen Kim Jong-un cinq drones "
     "kamikazes, un drone de reconnaissance ainsi qu'un gilet pare-balles, au dernier jour d'une visite qui l'a "
     "mené du cosmodrome de Vostotchny aux bases militaires.",
     [("Oleg Kojemiako", "Kim Jong-un", "drones"), ("Oleg Kojemiako", "Kim Jong-un", "gilet")]),
    # a day is never what was received ("Reçu le 4 juin par X": a reception)
    ("Sergueï Choïgou s'est rendu deux fois à Pyongyang. Reçu le 4 juin par Kim Jong-un, il est revenu le 17.", []),
    ("Comme Sergueï Choïgou, reçu fin juillet par Kim Jong-un, Sergueï Lavrov fait l'objet de sanctions.", []),
    # "le président russe", unnamed in the text, is a person: not Russia, and no giver at all
    ("Le président russe a offert une montre à Emmanuel Macron.", []),
    # a meeting offered, and what follows a comma without a determiner, are no present
    ("À Canton, Xi Jinping offre à Emmanuel Macron un tête-à-tête informel, loin du protocole pékinois.", []),
    # "elle" is the woman named last, not the man last named as a subject (the parse gives the
    # sentence between them no subject)
    ("Lundi, le président américain Joe Biden a été reçu par l'empereur Naruhito. Le lendemain, la toute nouvelle "
     "première ministre Sanae Takaichi, en poste depuis une semaine, l'accueillait au palais d'Akasaka. Elle a "
     "offert un sabre ancien à Joe Biden.", [("Sanae Takaichi", "Joe Biden", "sabre")]),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_gifts(text, expected):
    found = [(g.giver.name, g.recipient.name, g.item) for g in run(gifts, text)]
    assert len(found) == len(expected), found
    for (giver, recipient, item), (eg, er, ei) in zip(found, expected):
        assert (giver, recipient) == (eg, er)
        assert ei in item


@pytest.mark.parametrize("text, earlier", [
    ("Vladimir Poutine a offert à Kim Jong-un une limousine Aurus.", False),
    ("En février déjà, Vladimir Poutine avait offert une Aurus à Kim Jong-un.", True),
    ("Vladimir Poutine avait déjà offert une Aurus à Kim Jong-un.", True),
    ("Vladimir Poutine avait offert une Aurus à Kim Jong-un.", False),  # recalled, but not as a first one
])
def test_a_present_recalled_with_deja_is_an_earlier_one(text, earlier):
    found = run(gifts, text)
    assert [g.earlier for g in found] == [earlier], found


def test_an_incise_or_what_the_presents_are_is_no_present():
    found = run(gifts, "Kim Jong-un est arrivé à Artiom. Le gouverneur Oleg Kojemiako a offert à son hôte cinq drones "
                       "kamikazes, un drone de reconnaissance et un gilet pare-balles, a-t-il lui-même annoncé sur "
                       "sa chaîne Telegram.")
    assert found and not any("annoncé" in g.item for g in found), found
    found = run(gifts, "Vladimir Poutine est arrivé à Pyongyang. Kim Jong-un a offert à son invité deux chiens de race "
                       "pungsan, une race de chasse originaire du nord de la péninsule et considérée comme un trésor "
                       "national.")
    assert [(g.giver.name, g.recipient.name) for g in found] == [("Kim Jong-un", "Vladimir Poutine")]
    assert "chiens" in found[0].item


@pytest.mark.parametrize("text,expected", [
    ("La première ministre Sanae Takaichi a reçu le président Joe Biden.",
     {"Sanae Takaichi": "Fem", "Joe Biden": "Masc"}),
    # the title's own determiner, not that of what completes it ("de la Défense")
    ("Le ministre russe de la Défense Andreï Belooussov a rencontré Mme Choe Son-hui.",
     {"Andreï Belooussov": "Masc", "Choe Son-hui": "Fem"}),
    ("Xi Jinping a rencontré Vladimir Poutine.", {"Xi Jinping": None, "Vladimir Poutine": None}),
    # a title in apposition before the name and its comma
    ("La ministre nord-coréenne des Affaires étrangères, Choe Son-hui, a reçu Sergueï Lavrov.",
     {"Choe Son-hui": "Fem", "Sergueï Lavrov": None}),
])
def test_person_gender_from_titles(text, expected):
    ctx = context(text)
    people = {m.ref.name: m.ref for m in ctx.mentions if m.ref.type == "Person"}
    assert {name: common.person_gender(ctx, people[name]) for name in expected} == expected

