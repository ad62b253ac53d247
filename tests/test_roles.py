"""Roles: table of short French sentences → (person, title words, body)."""
from __future__ import annotations

import pytest

from kg import gazetteer
from kg.extract import roles
from tests.extraction import context


def extract(text: str):
    return roles.extract(context(text, reference=None))


def found(rs):
    return {(gazetteer.fold(r.person.name).split()[-1], gazetteer.fold(r.title),
             gazetteer.fold(r.organization.name) if r.organization else None) for r in rs}


# (text, person's last name folded, title folded, body folded or None)
CASES = [
    ("Le président russe Vladimir Poutine est arrivé à Pékin.", "poutine", "president", "russie"),
    ("Le porte-parole du Kremlin, Dmitri Peskov, a démenti.", "peskov", "porte parole", "kremlin"),
    ("Cette visite est « historique », a dit Dmitri Peskov, le porte-parole du Kremlin.",
     "peskov", "porte parole", "kremlin"),
    ("La ministre allemande des Affaires étrangères, Annalena Baerbock, est attendue lundi.",
     "baerbock", "ministre des affaires etrangeres", "allemagne"),
    ("Le ministre ukrainien de la Défense, Oleksii Reznikov, a été limogé.",
     "reznikov", "ministre de la defense", "ukraine"),
    ("John Kirby, porte-parole du Conseil national de sécurité, a réagi.", "kirby", "porte parole", None),
    # hyphenated titles: one the tokenizer cuts, one a prefix makes
    ("Pour Moussa Diallo, enseignant-chercheur à Dakar, la décision est historique.", "diallo",
     "enseignant chercheur", None),
    ("Kim Yo-jong, vice-directrice du Comité central du Parti du travail de Corée, a dénoncé ces manœuvres.",
     "jong", "vice directrice", None),
    ("Victor Cha, chercheur au Center for Strategic and International Studies, doute de l'accord.",
     "cha", "chercheur", None),
    ("Selon Marie Dumoulin, professeure à l'Université de Genève, rien n'est joué.",
     "dumoulin", "professeure", None),
    ("Le Premier ministre japonais Fumio Kishida a convoqué son cabinet.", "kishida", "premier ministre", "japon"),
    ("Le secrétaire général de l'ONU, Antonio Guterres, appelle au calme.", "guterres", "secretaire general", None),
    # a common noun with a demonym stays in the title ("de la diplomatie"), the demonym gives the country
    ("Le chef de la diplomatie italienne, Marco Bellini, est arrivé à Tokyo.",
     "bellini", "chef de la diplomatie", "italie"),
    ("À sa droite se tenait Zhao Lemin, membre du bureau politique du Parti communiste chinois.",
     "lemin", "membre du bureau politique", None),
    # a definite description the actor step resolved gives its title and country
    ("Son homologue russe Pavel Orlov est arrivé à Bakou. Le ministre russe a ensuite signé l'accord.",
     "orlov", "ministre", "russie"),
    # the body a title presides over stays in the title; a military title before a name is its role
    ("Le président du Conseil européen, Charles Michel, a salué l'accord.", "michel",
     "president du conseil europeen", "conseil europeen"),
    ("Le Colonel Assimi Goïta a reçu son homologue.", "goita", "colonel", None),
    # "et son homologue chinois B": the same title, in the demonym's country
    ("Étaient présents la ministre nord-coréenne des Affaires étrangères Choe Son-hui et son homologue chinois "
     "Wang Yi.", "yi", "ministre des affaires etrangeres", "chine"),
    # a list of titled names: each title is the next name's, and a body's name stops at a given name
    ("Autour de la table : la vice-présidente américaine Kamala Harris, le président français Emmanuel Macron, "
     "la présidente du Conseil italien Giorgia Meloni et le chancelier allemand Olaf Scholz.",
     "meloni", "presidente du conseil", "italie"),
    # a qualifier the text gives stays in the title
    ("L'ancien président russe Dmitri Medvedev a menacé.", "medvedev", "ancien president", "russie"),
    ("Sergueï Choïgou a rencontré Kim Jong Un. L'ancien ministre russe de la Défense effectuait sa visite.",
     "choigou", "ancien ministre de la defense", "russie"),
    ("La haute représentante de l'UE, Kaja Kallas, a réagi.", "kallas", "haute representante", None),
    # an honorific between the comma and the name; a name with particles closing the apposition
    ("Le président était accompagné de la ministre des Affaires étrangères, Mme Yassine Fall.",
     "fall", "ministre des affaires etrangeres", None),
    ("Il a été accueilli par le Premier ministre, Apollinaire Joachim Kyélem de Tambèla, et des ministres.",
     "tambela", "premier ministre", None),
    # occupations, and "garde des Sceaux"
    ("L'arrestation de l'écrivain franco-algérien Boualem Sansal a tout compliqué.", "sansal", "ecrivain", None),
    ("Le garde des Sceaux, Gérald Darmanin, se rendra à Alger.", "darmanin", "garde des sceaux", None),
    # "son homologue gambien B" with no title before it: the counterpart, in the demonym's country
    ("Il s'est rendu à Banjul pour y rencontrer son homologue gambien Adama Barrow.", "barrow", "homologue",
     "gambie"),
    # "chargé de", an adverb before an apposed title
    ("Il a été accueilli par le ministre russe chargé du Développement de l'Extrême-Orient, Alexandre Kozlov.",
     "kozlov", "ministre charge du developpement", "russie"),
    ("Il était guidé par le vice-Premier ministre russe Denis Manturov, également ministre de l'Industrie.",
     "manturov", "ministre de l industrie", None),
    # a plural title is each one's of the names it lists
    ("Les travaux ont été lancés par les Premiers ministres Mikhaïl Michoustine et Pak Thae Song.",
     "song", "premier ministre", None),
]


def test_a_bare_description_yields_to_the_fuller_title():
    got = found(extract("Le ministre russe de l'Énergie, Pavel Orlov, est arrivé à Bakou. "
                        "Le ministre russe a ensuite signé l'accord."))
    assert got == {("orlov", "ministre de l energie", "russie")}, got


@pytest.mark.parametrize("text,person,title,body", CASES)
def test_role_table(text, person, title, body):
    got = found(extract(text))
    # the title as the press writes it may go on with the body it belongs to ("porte-parole du Kremlin")
    matching = [g for g in got if g[0] == person and (g[1] == title or g[1].startswith(title + " "))]
    assert matching, got
    if body is not None:
        assert any(g[2] == body for g in matching), got


def test_coordinated_and_elliptic_titles():
    text = ("Les ministres chinois de la Défense, Li Shangfu, et du Commerce, Wang Wentao, ont participé "
            "aux discussions, ainsi que celui de l'Agriculture, Tang Renjian.")
    got = found(extract(text))
    titles = {(p, t) for p, t, _ in got}
    assert ("shangfu", "ministre de la defense") in titles, got
    assert ("wentao", "ministre du commerce") in titles, got
    assert ("renjian", "ministre de l agriculture") in titles, got
    assert all(b == "chine" for _, _, b in got), got


def test_chained_titles_and_led_body():
    text = ("Park Won-gon, un diplomate devenu chercheur qui dirige l'Institut coréen pour l'unification "
            "nationale, a déclaré que rien n'était décidé.")
    got = found(extract(text))
    assert ("gon", "diplomate", None) in got, got
    assert ("gon", "chercheur", "institut coreen pour l unification nationale") in got, got


def test_title_with_adjective_before_it():
    got = found(extract("Lee Sung-yoon, un ancien diplomate, a déclaré que rien n'était décidé."))
    assert ("yoon", "ancien diplomate", None) in got, got


def test_body_of_a_described_diplomacy():
    got = found(extract("Le chef de la diplomatie chinoise Wang Yi se rendra à Moscou."))
    assert any(p == "yi" and t.startswith("chef") and b and "chin" in b for p, t, b in got), got


def test_portfolio_typo_is_normalised():
    got = found(extract("La ministre japonaise des Affaire étrangères, Yoko Kamikawa, est inquiète."))
    assert ("kamikawa", "ministre des affaires etrangeres", "japon") in got, got


@pytest.mark.parametrize("text", [
    "Face au dirigeant nord-coréen, Vladimir Poutine a levé son verre.",
    "Selon le président russe, Kim Jong-un visitera des usines.",
    "Le premier voyage de Kim Jong-un à l'étranger date de 2019.",
    "Kim Jong-un, 39 ans, est arrivé mardi.",
])
def test_no_role(text):
    assert extract(text) == []


def test_a_title_before_the_next_name_is_not_an_apposition():
    got = found(extract("Autour de la table : la vice-présidente américaine Kamala Harris, le président "
                        "français Emmanuel Macron et le chancelier allemand Olaf Scholz."))
    assert not [g for g in got if g[0] == "harris" and g[1] == "president"], got
    assert not [g for g in got if g[0] == "macron" and g[1] == "chancelier"], got


def test_a_speech_verb_after_a_quotation_is_no_title():
    got = found(extract("« La Russie démonte les sanctions », juge Park Ji-hoon, chercheur à l'Institut Asan."))
    assert not [g for g in got if g[1] == "juge"], got


def test_a_verb_is_no_title():
    got = found(extract("Pour ce sommet, l'Iran a envoyé à Kazan son nouveau président, Massoud Pezeshkian."))
    assert not [g for g in got if "envoye" in g[1]], got


def test_a_title_between_two_names_in_a_list_is_the_second_s():
    got = found(extract("Côté russe : le ministre des Affaires étrangères, Sergueï Lavrov, le nouveau ministre de "
                        "la Défense, Andreï Belooussov, et le ministre de l'Industrie, Denis Manturov."))
    assert not [g for g in got if g[0] == "lavrov" and "defense" in g[1]], got
    assert ("belooussov", "ministre de la defense", None) in got or any(
        g[0] == "belooussov" and "defense" in g[1] for g in got), got


def test_a_complement_saying_where_is_not_part_of_the_title():
    got = found(extract("Le chef de la diplomatie a reçu Choe Son-hui, la ministre au palais des congrès de Kumsusan."))
    assert any(g[0] == "hui" and g[1] == "ministre" for g in got), got


def test_a_plural_title_in_a_phrase_is_each_listed_person_s():
    from kg.extract import roles
    from tests.extraction import run
    found = run(roles, "Les deux chefs d'Etat ont poursuivi leurs discussions avec leurs ministres des Affaires "
                       "étrangères, Stéphane Séjourné et Wang Yi.")
    assert {(r.person.name, r.title) for r in found} >= {
        ("Stéphane Séjourné", "ministre des Affaires étrangères"), ("Wang Yi", "ministre des Affaires étrangères")}
