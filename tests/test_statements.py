"""Statements: table of short French texts → (speaker, quotation) pairs."""
from __future__ import annotations

import pytest

from kg import gazetteer
from kg.extract import statements
from tests.extraction import context


def extract(text: str):
    return statements.extract(context(text, reference=None))


def pairs(found):
    return [(gazetteer.fold(s.speaker.name), s.quote) for s in found]


# (text, speaker folded — a word of its name is enough, the start of the quotation)
CASES = [
    ("« Nous ne céderons jamais à ces pressions », a déclaré Emmanuel Macron jeudi.", "macron", "Nous ne céderons"),
    ("Olaf Scholz a estimé que cet accord serait « une étape décisive pour la paix ».", "scholz", "une étape décisive"),
    ("Le chancelier Olaf Scholz a affirmé : « Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra. »",
     "scholz", "Nous soutiendrons"),
    ("« Le dialogue reste la seule voie possible », a dit Antonio Guterres au président ukrainien.",
     "guterres", "Le dialogue reste"),
    ("« Nous avons le temps de tout discuter », a dit pour sa part M. Erdogan selon des agences de presse turques.",
     "erdogan", "Nous avons le temps"),
    ("Selon Josep Borrell, « l'Union européenne ne peut pas rester spectatrice ».", "borrell", "l'Union européenne"),
    ("Pour Angela Merkel, « cette crise exige une réponse commune et rapide ».", "merkel", "cette crise exige"),
    ("Emmanuel Macron a reçu les syndicats. « Personne ne sera laissé de côté dans cette réforme », "
     "a-t-il assuré.", "macron", "Personne ne sera"),
    ("« Rien n'a été signé à ce stade des discussions », ont indiqué les autorités japonaises.", "japon", "Rien n'a été"),
    ("Pedro Sánchez, chercheur à l'Institut Elcano, a quant à lui dit à l'AFP que « la situation reste "
     "extrêmement fragile ».", "sanchez", "la situation reste"),
    ("L'agence Yonhap a annoncé le départ du convoi. Le train était parti « dimanche soir pour rejoindre "
     "la frontière chinoise », a écrit l'agence.", "yonhap", "dimanche soir"),
    # "l'agence officielle KCNA": the outlet the phrase names, not the last one named before
    ("L'agence officielle russe TASS a rapporté l'arrivée. « Le camarade Kim Jong-un a chaleureusement salué le "
     "président Poutine », a écrit l'agence officielle KCNA.", "kcna", "Le camarade Kim"),
    # "le Néerlandais": the person of that country named before, not the country
    ("Lundi, le secrétaire général de l'Otan, Mark Rutte, avait confirmé l'envoi de troupes. « Je peux confirmer "
     "que des unités militaires ont été déployées », a déclaré le Néerlandais.", "rutte", "Je peux confirmer"),
    # a pronoun speaks; the body named by "selon" only relays the words
    ("Le ministre italien Paolo Ferri a rencontré son homologue grec. « Nos marines patrouilleront ensemble "
     "dès le printemps », a-t-il annoncé, selon le ministère italien de la Défense.", "ferri", "Nos marines"),
    # a participle without a subject speaks with its governing verb's subject
    ("« Rien n'est décidé à ce stade des discussions », a dit la ministre Hélène Roux. "
     "Le porte-parole de l'Élysée, Julien Marchand, a renvoyé les journalistes vers Matignon, précisant que "
     "ce dossier « relève exclusivement du gouvernement et de lui seul ».", "marchand", "relève exclusivement"),
    # the tense auxiliary misparsed as the main verb; an infinitive after the quotation introduces nothing
    ("« Nous ne bougerons pas sur ce point », a déclaré la ministre Hélène Roux. "
     "Du côté de Madrid, le président Pedro Alvarez a une nouvelle fois exhorté ses partenaires à ne pas "
     "« laisser la situation se dégrader davantage » pour réagir.", "alvarez", "laisser la situation"),
    # an inverted verb, then a title phrase and the name in apposition
    ("« Nous ne bougerons pas sur ce point », a déclaré Hélène Roux. « Cette décision affaiblit toute la "
     "coopération régionale », a regretté l'ambassadeur argentin auprès de l'ONU, Ramón Fuentes.", "fuentes", "Cette décision"),
    # a description by a synonymous title ("chef de la diplomatie" ~ "ministre des Affaires étrangères")
    ("Le chef de la diplomatie portugaise, Rui Martins, et le ministre de l'Intérieur, Ana Costa, étaient "
     "présents. Le ministre portugais des Affaires étrangères a jugé que cet accord représentait « un pas "
     "décisif vers la stabilité régionale ».", "martins", "un pas décisif"),
    # a head title in the body of a named title holder
    ("Le secrétaire général de l'OTAN, Henrik Lund, a confirmé la manœuvre. Le chef de l'OTAN a aussi "
     "dénoncé « une provocation grave et délibérée ».", "lund", "une provocation grave"),
    # a description without a body refers back: an expert's title to the expert last named
    ("« Les marchés ont déjà intégré ce risque », observe Claire Dumas, économiste à l'université de Lyon. "
     "Le ministre Paul Girard a refusé de commenter. La spécialiste des marchés ajoute : « Une hausse des taux reste probable d'ici l'été. »",
     "dumas", "Une hausse des taux"),
    # a description by a demonym: the person of that country
    ("Son homologue polonais Tomasz Nowak a reçu la délégation. « Nos frontières resteront fermées à ces "
     "convois », a souligné le ministre polonais.", "nowak", "Nos frontières"),
    # a pronoun in a clause embedded in another: that clause's subject
    ("Ivan Sorokine a quitté la salle. Le Kremlin n'a jamais caché son hostilité envers cette commission "
     "qu'il accusait d'être « un instrument de la propagande occidentale ».", "kremlin", "un instrument"),
    # "Pour X, …" makes X the antecedent of a later "-t-elle" (an inversion split in three tokens)
    ("Le ministre Paul Girard a visité l'usine. Pour Julie Moreau, économiste à l'université de Nantes, cette "
     "visite révèle beaucoup. « Le gouvernement cherche surtout des investisseurs étrangers pour la région », "
     "juge-t-elle.", "moreau", "Le gouvernement cherche"),
    # an irregular speech verb the tagger misreads in its inverted form
    ("Pour Marc Dubois, chercheur à l'Ifri, l'effet reste limité. « Les banques suisses ne verront aucune "
     "différence cette année », sourit-il.", "dubois", "Les banques suisses"),
    # "il" after a body that is the subject of the previous sentence: the body
    ("Le ministre Paul Girard a salué cet accord.\nÀ Lisbonne, le ministère des Affaires étrangères s'est réjoui "
     "de ces annonces. « Ces décisions donnent un signal fort aux marchés européens », a-t-il souligné dans un "
     "communiqué.", "affaires etrangeres", "Ces décisions"),
    # a present participle on the object speaks with the subject of the clause
    ("Le ministre Paul Girard a salué cet accord. « Ces sanctions ne changeront rien du tout », a-t-il lancé.\n"
     "L'agence officielle Xinhua s'est contentée de publier un commentaire dénonçant « les provocations "
     "répétées des Européens et de leurs alliés ».", "xinhua", "les provocations"),
    # a description is not resolved to a holder of that title named only in a later paragraph
    ("À Madrid, le secrétaire d'État espagnol, Carlos Vidal, a réagi. « L'Espagne observe avec attention le "
     "rapprochement entre ces deux pays », a déclaré le porte-parole du gouvernement devant la presse.\n"
     "Côté allemand, le ministère a rappelé, par la voix de sa porte-parole Petra Lang, que Berlin restait "
     "prudent.", "vidal", "L'Espagne observe"),
    # "il" is the subject of the main clause, not of the clause it reports
    ("Jean Dupont, conseiller du président, confirme que Carlos Vidal recevra jeudi son homologue. « Les "
     "deux hommes parleront d'abord de l'énergie », a-t-il précisé.", "dupont", "Les deux hommes"),
    # a title with a demonym and no name beside it: the one person of that country the article names
    ("Sergueï Lavrov est arrivé à Anchorage. « Nous ne venons pas pour faire des concessions », a déclaré "
     "le chef de la diplomatie russe.", "lavrov", "Nous ne venons pas"),
    # the head of a country's government holds a title in that country
    ("Vladimir Poutine a reçu le Premier ministre indien Narendra Modi au Kremlin. « Je dédie cet honneur au "
     "peuple indien », a réagi le chef du gouvernement indien.", "modi", "Je dédie cet honneur"),
    # a title longer than the role grammar reads, then the name after the comma
    ("La secrétaire au Commerce Gina Raimondo a salué ces mesures. Le sous-secrétaire au Commerce chargé de "
     "l'industrie et de la sécurité, Alan Estevez, a affirmé que ces règles étaient sévères. « Nous visons les "
     "outils qui permettent à la Chine de fabriquer ses puces », a-t-il ajouté.", "estevez", "Nous visons"),
    # "il" after a sentence naming one person, not as its subject
    ("« C'est un recul grave pour le régime de sanctions », a déclaré l'ambassadrice Linda Thomas-Greenfield. "
     "Le Japon a exprimé ses regrets par la voix de son ambassadeur, Kazuyuki Yamazaki. « C'est un jour sombre "
     "pour l'autorité du Conseil », a-t-il déclaré.", "yamazaki", "C'est un jour sombre"),
    # "son invité", "son hôte": the other of the two people just named
    ("Kim Jong-un est arrivé à Vladivostok pour rencontrer Vladimir Poutine. « Je suis convaincu que votre "
     "visite aidera à régler la situation », a déclaré Vladimir Poutine. « J'espère que ce sommet sera une "
     "étape importante », lui a répondu son invité.", "kim", "J'espère que ce sommet"),
    ("Narendra Modi a été reçu au Kremlin par Vladimir Poutine. « Nous sommes des amis de longue date et nous "
     "le resterons », a déclaré son hôte.", "poutine", "Nous sommes des amis"),
    # an infinitive after the quotation that its verb introduces; a passive later in the sentence
    ("« Oui, le président a reçu Mme Choe », s'est contenté de déclarer M. Peskov aux journalistes, refusant "
     "de dire si la présence de soldats en Russie avait été évoquée.", "peskov", "Oui, le président"),
    # a described speaker: the full title's holder, not whoever has the head word in that country
    ("Le chef de l'État russe, Vladimir Poutine, a reçu son ministre des Affaires étrangères, Sergueï Lavrov. "
     "« Nous ne venons pas pour faire des concessions », a déclaré le chef de la diplomatie russe.",
     "lavrov", "Nous ne venons pas"),
    # the name right after a verb the tagger read as a noun; a name in apposition to a counterpart
    ("« La Russie ne se contente plus de contourner les sanctions », juge Park Ji-hoon, chercheur à "
     "l'Institut Asan.", "park", "La Russie ne se contente"),
    ("« C'est comme éteindre la lumière pour ne plus voir les preuves », a réagi son homologue sud-coréen, "
     "Hwang Joon-kook.", "hwang", "C'est comme éteindre"),
    # "il" is not the feminine subject of the sentence the quotation sits in
    ("Xi Jinping a reçu Vladimir Poutine. La Chine est disposée à travailler avec la Russie pour rester « de bons "
     "voisins et de bons partenaires qui se font confiance », a-t-il poursuivi.", "xi", "de bons voisins"),
    # a description by nationality: the person of that country named last, titled or not
    ("Le secrétaire général du Parti, Nguyen Phu Trong, a reçu Vladimir Poutine. Le dirigeant vietnamien a "
     "affirmé que « le Vietnam mène une politique étrangère d'indépendance ».", "trong", "le Vietnam mène"),
    # speech verbs the vectors put next to the list's ("s'est-il justifié", "a-t-il répété")
    ("Le Premier ministre slovaque Robert Fico a déposé une gerbe. « Je suis ici pour rendre hommage aux soldats "
     "de l'Armée rouge », s'est-il justifié devant des journalistes.", "fico", "Je suis ici"),
    # "ce dernier" is the person named last; a phrase quoted in his sentence is not the last speaker's
    ("Choe Son Hui s'est entretenue avec son homologue Sergueï Lavrov. « Notre pays ne fera jamais défaut à la "
     "Russie », avait-elle assuré devant le ministre russe. Ce dernier avait vanté des liens « très étroits » "
     "entre les armées. « Rien dans notre coopération ne vise des pays tiers », avait-il insisté.", "lavrov",
     "Rien dans notre"),
    # "il" is not the woman last named as speaking: the man the description of the sentence before
    # stands for
    ("Sergueï Lavrov est arrivé à Wonsan. « Nous soutiendrons nos amis russes », a affirmé Mme Choe Son-hui lors "
     "d'une conférence de presse. Le chef de la diplomatie russe a, de son côté, indiqué que Moscou « comprend » ces "
     "raisons. Il a également déclaré que les touristes russes seraient « de plus en plus nombreux » à venir.",
     "lavrov", "de plus en plus"),
    # "l'intéressée": the woman named before, not the channel that reached her
    ("La rapporteuse Francesca Albanese accuse plusieurs sociétés. « Ces sanctions ne me feront pas taire », a réagi "
     "jeudi l'intéressée, jointe par la chaîne Al Jazeera.", "albanese", "Ces sanctions"),
]


@pytest.mark.parametrize("text,speaker,start", CASES)
def test_statement_table(text, speaker, start):
    got = pairs(extract(text))
    assert any(speaker in sp and q.startswith(start) for sp, q in got), got


def test_multi_sentence_quotation():
    got = pairs(extract("« Nous discuterons de tout. Nous avons le temps. Rien ne presse », "
                                  "a déclaré Emmanuel Macron."))
    assert got == [("emmanuel macron", "Nous discuterons de tout. Nous avons le temps. Rien ne presse")]


def test_quotation_split_around_its_verb_is_one_statement():
    got = pairs(extract("« Nous restons ouverts au dialogue », a déclaré Emmanuel Macron, "
                                  "« mais nous ne reculerons pas sur nos principes »."))
    assert len(got) == 1 and "macron" in got[0][0], got
    assert "ouverts au dialogue" in got[0][1] and "ne reculerons pas" in got[0][1], got


def test_continued_quotation_keeps_its_speaker():
    text = ("Jean Dupont, professeur à Sciences Po, a dit à l'AFP que « la guerre pourrait durer encore des "
            "années ». Tandis qu'à Moscou, « le pouvoir se prépare à un long conflit d'usure ».")
    got = pairs(extract(text))
    assert len(got) == 2 and all("dupont" in sp for sp, _ in got), got


def test_et_de_preciser_takes_the_last_speaker():
    text = ("« Le président a offert une montre de grande valeur », indique Dmitri Peskov. Et de préciser : "
            "« Il a aussi reçu un fusil fabriqué sur place. »")
    got = pairs(extract(text))
    assert len(got) == 2 and all("peskov" in sp for sp, _ in got), got


@pytest.mark.parametrize("text", [
    # a quoted fragment that no speech verb introduces
    "Vladimir Poutine a trinqué au « futur renforcement de la coopération » avec Pyongyang.",
    # fewer than four words
    "Emmanuel Macron a dénoncé une « provocation inacceptable ».",
    # two short fragments around a verb with no incise are not one split quotation
    "À Lisbonne, le ministère de l'Intérieur a exprimé « une vive préoccupation » face à ce qu'il qualifie "
    "de « provocation totalement inacceptable ».",
    # a capitalised phrase with no verb quoted inside a sentence names a thing
    "Le président sud-coréen Yoon Suk-yeol a salué « L'esprit de Camp David » devant la presse.",
    # no one to attribute it to
    "« Une nouvelle ère commence pour la région »\nLe sommet s'est tenu mercredi.",
    # a phrase a determiner opens, in reported speech "selon X" with no speech verb
    "Jeudi, les deux ministres ont mené des pourparlers consacrés, selon Moscou, à la mise en œuvre des "
    "« accords conclus au plus haut niveau ».",
])
def test_no_statement(text):
    assert extract(text) == []


def test_outlet_relaying_is_not_the_speaker():
    text = "« Nous ne reculerons devant aucune menace », a dit Recep Tayyip Erdogan, selon l'agence Anadolu."
    got = pairs(extract(text))
    assert len(got) == 1 and "erdogan" in got[0][0], got


def test_intertitle_is_not_a_continuation():
    text = ("« Nous respectons toutes ces restrictions internationales », a déclaré Emmanuel Macron.\n"
            "« Nous serons toujours aux côtés de nos alliés »\n")
    got = pairs(extract(text))
    assert len(got) == 1, got


def test_the_medium_words_were_said_on_is_not_their_speaker():
    got = pairs(extract("« Cette décision politique ne sert que les partisans de la guerre », a réagi un conseiller "
                        "du général Daglo sur le réseau social X."))
    assert got and not any("réseau" in sp.lower() for sp, _ in got), got
