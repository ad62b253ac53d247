"""Visits from short French sentences."""
from __future__ import annotations

import pytest

from kg.extract import visits
from tests.extraction import run

TABLE = [
    ("Emmanuel Macron s'est rendu à Kiev en février 2023.", ("Emmanuel Macron", "Ukraine|Kiev", "2023")),
    ("Olaf Scholz est arrivé en Chine mardi.", ("Olaf Scholz", "Chine", None)),
    ("La visite de Joe Biden en Pologne a duré deux jours.", ("Joe Biden", "Pologne", None)),
    ("Xi Jinping effectue une visite d'État en France.", ("Xi Jinping", "France", None)),
    ("Joe Biden est parti de Washington.", None),
    # coming back to a place is a trip there; coming back to a subject is not
    ("Le ministre indien Arjun Mehta est revenu à Tokyo en mars 2024.", ("Arjun Mehta", "Japon|Tokyo", "2024")),
    ("Olaf Scholz est retourné en Chine en avril.", ("Olaf Scholz", "Chine", None)),
    ("Olaf Scholz est revenu sur ses propos.", None),
    # a leader "était à" a foreign city is on a trip there; at home, not
    ("Vendredi, Emmanuel Macron était à Luanda, chez le président angolais João Lourenço.",
     ("Emmanuel Macron", "Luanda", None)),
    ("Emmanuel Macron est à Paris.", None),
    # "en visite" set off by a comma; a fronted "Reçu à X par Y," names the main clause's subject
    ("Le roi a réservé un accueil officiel au président Emmanuel Macron, en visite d'État au Maroc.",
     ("Emmanuel Macron", "Maroc", None)),
    ("Reçu mardi à Pyongyang par Kim Jong-un, le secrétaire du Conseil de sécurité russe, Sergueï Choïgou, "
     "a annoncé l'envoi de soldats.", ("Sergueï Choïgou", "Pyongyang", None)),
    # the guest of a host named after the place, where the parse hangs it on the place
    ("Kim Jong Un a reçu mardi à Pyongyang Sergueï Choïgou, secrétaire du Conseil de sécurité russe.",
     ("Sergueï Choïgou", "Pyongyang", None)),
    # a continent or the Gulf is no place a trip is scored to
    ("Xi Jinping entame lundi une tournée en Europe.", None),
    ("Recep Tayyip Erdogan s'est rendu dans le Golfe.", None),
    ("Emmanuel Macron va rendre possible un accord avec l'Allemagne.", None),
    # a guest received or awaited somewhere travels there
    ("Priya Sharma a été reçue vendredi à Paris par son homologue Jean Dupont.", ("Priya Sharma", "Paris", None)),
    ("La ministre indienne Priya Sharma est attendue cette semaine à Paris, selon le ministère.",
     ("Priya Sharma", "Paris", None)),
    # a foreign guest received somewhere travelled there; a guest of unknown country did not say so
    ("Le président français Emmanuel Macron a reçu le chancelier allemand Olaf Scholz à Marseille.",
     ("Olaf Scholz", "Marseille", None)),
    ("Emmanuel Macron a reçu Jean Dupont à Paris.", None),
    # welcomed "sur la place ...": a ceremony's site, not a trip
    ("Emmanuel Macron a été accueilli sur la place Rouge par une garde d'honneur.", None),
    # "quitter X pour Y": Y is the destination, X never
    ("Jean Dupont a quitté Rome dans la soirée pour le Portugal.", ("Jean Dupont", "Portugal", None)),
    # "X, lors d'une visite à Y", the parse hanging the visit on the name
    ("« Ce sont des propos graves », avait prévenu mercredi le secrétaire américain à la Défense, Mark Esper, "
     "lors d'une visite à Londres, premier responsable américain à le dire.", ("Mark Esper", "Londres", None)),
    # two names in apposition: the one nearest the verb travels
    ("Selon le porte-parole de l'Élysée, Gabriel Attal, Xi Jinping a été invité à se rendre en France.",
     ("Xi Jinping", "France", None)),
    # a negative partitive is no visit
    ("Le dirigeant chinois Xi Jinping n'a pas fait de visite en France depuis 2019.", None),
    # received at a seat of power: a trip to its country
    ("Le Premier ministre hongrois Péter Kovács a été reçu vendredi au Kremlin par Vladimir Poutine.",
     ("Péter Kovács", "Russie", None)),
    # an airport is where the trip lands, the city beside it where it goes
    ("Le président chinois Xi Jinping a atterri lundi à l'aéroport de Vnoukovo, à Moscou.",
     ("Xi Jinping", "Moscou", None)),
    # a fronted participle the parser makes the root: the main clause's subject travels
    ("Arrivé la veille à Calgary depuis Chypre, Narendra Modi foulait le sol canadien.",
     ("Narendra Modi", "Calgary", None)),
    ("Arrivé quelques heures plus tôt à Anchorage, Sergueï Lavrov a fait sensation.",
     ("Sergueï Lavrov", "Anchorage", None)),
    # ... and when the parse misses that subject: the person named before the main verb,
    # past "où ..." clauses and behind a description
    ("Arrivé jeudi à Pyongyang, Dmitri Medvedev a été reçu le jour même par Kim Jong-un.",
     ("Dmitri Medvedev", "Pyongyang", None)),
    ("Arrivé mercredi soir dans la capitale mexicaine, le premier ministre Mark Carney a été accueilli "
     "avec les honneurs militaires.", ("Mark Carney", "Mexico", None)),
    ("Dmitri Medvedev est venu en mars. Arrivé jeudi dans la capitale nord-coréenne, où il a été accueilli "
     "par une foule, l'ancien président russe a été reçu par Kim Jong-un.", ("Dmitri Medvedev", "Pyongyang", None)),
    # "il" after an impersonal sentence about someone ("Il s'agit de la visite de X") is that someone;
    # a personal "il" the parser reads as impersonal is a subject
    ("Sergueï Choïgou est arrivé. Il s'était rendu à Pyongyang en mars.", ("Sergueï Choïgou", "Pyongyang", None)),
    # where a trip came from is a stop in that city, not the destination ("en provenance de Kuala Lumpur")
    ("Sergueï Lavrov est arrivé à Pyongyang en provenance de Kuala Lumpur, où il avait participé à une "
     "réunion de l'Asean.", ("Sergueï Lavrov", "Pyongyang", None)),
    # a "depuis" of time before the destination is no origin
    ("Jean Dupont s'était rendu pour la première fois depuis le début de la guerre à Kiev.",
     ("Jean Dupont", "Ukraine|Kiev", None)),
    ("Olaf Scholz est arrivé à Pékin depuis Moscou.", ("Olaf Scholz", "Pékin", None)),
    # a square is a site of a city, as kg knows it ("Tiananmen" is the "place Tian'anmen"): its country
    ("Vladimir Poutine s'est rendu mercredi sur la place Tiananmen pour assister au défilé militaire.",
     ("Vladimir Poutine", "Chine", None)),
    # "s'envoler pour", "se déplacer à"
    ("Dans l'après-midi, Mark Carney s'est envolé pour Varsovie.", ("Mark Carney", "Varsovie|Pologne", None)),
    ("Le ministre Jean Dupont s'est déplacé jeudi à Tunis.", ("Jean Dupont", "Tunis|Tunisie", None)),
    # "est attendu lundi à Brasília": "est" mistagged, the place hung on the day
    ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, est pour sa part attendu lundi à Brasília.",
     ("Sergueï Lavrov", "Brasilia", None)),
    # received in a building kg knows, no city named: a trip to its country
    ("Le lendemain, c'est Xi Jinping qui recevait Kim Jong-un au Grand Palais du Peuple.",
     ("Kim Jong-un", "Chine", None)),
    # "ils", a group the sentence does not name
    ("Le président Yoon Suk-yeol a reçu Kim Jong-un. Pour beaucoup de Sud-Coréens, la côte est évoque "
     "l'époque où ils pouvaient se rendre au mont Kumgang.", None),
    # going home is no visit
    ("Vladimir Poutine est rentré à Moscou dans la soirée.", None),
    ("Le dirigeant nord-coréen Kim Jong-un est arrivé en Corée du Nord après son voyage.", None),
    # a participle said of a name; "ce dernier" is the person named last
    ("Xi Jinping a reçu Narendra Modi, arrivé samedi à Tianjin.", ("Narendra Modi", "Tianjin", None)),
    ("Kyriakos Mitsotakis a été reçu à Ankara par Recep Tayyip Erdogan, après la visite de ce dernier "
     "à Athènes.", ("Kyriakos Mitsotakis|Recep Tayyip Erdogan", "Ankara|Athènes", None)),
]


def test_the_latter_is_the_person_named_last():
    found = {(v.traveler.name, v.destination.name) for v in run(visits, TABLE[-1][0])}
    assert ("Recep Tayyip Erdogan", "Athènes") in found
    assert ("Kyriakos Mitsotakis", "Athènes") not in found


@pytest.mark.parametrize("text,expected", TABLE)
def test_visits(text, expected):
    found = run(visits, text)
    if expected is None:
        assert not found
        return
    assert found, text
    v = found[0]
    assert v.traveler.name in expected[0].split("|")
    assert v.destination.name in expected[1].split("|")
    if expected[2]:
        assert v.date is not None and v.date.value.startswith(expected[2])


def test_a_date_in_a_relative_clause_is_another_event_s():
    found = run(visits, "Xi Jinping a atterri à Belgrade le jour anniversaire du bombardement de l'ambassade de "
                        "Chine, qui avait tué trois journalistes chinois en mai 1999.")
    assert found and all(v.date is None or not v.date.value.startswith("1999") for v in found), found


def test_the_stop_an_arrival_comes_from_is_a_visit_that_places_no_meeting():
    from kg.extract import meetings
    from tests.extraction import context
    ctx = context("Narendra Modi était arrivé samedi à Tianjin en provenance du Japon. Il s'est entretenu "
                  "dimanche avec Xi Jinping.")
    found = visits.extract(ctx)
    assert {(v.traveler.name, v.destination.name, v.stop) for v in found} >= {
        ("Narendra Modi", "Tianjin", False), ("Narendra Modi", "Japon", True)}
    placed = meetings.placed_by_visits(ctx, meetings.extract(ctx), found)
    assert all(m.place is None or m.place.name != "Japon" for m in placed)
    assert not run(visits, "Kim Jong-un est arrivé à Vladivostok en provenance de Pyongyang.")[1:]


def test_a_meeting_on_a_site_implies_a_visit_to_its_country():
    from kg.extract import meetings
    from tests.extraction import context
    ctx = context("Le président burkinabè Ibrahim Traoré a été reçu le 10 mai par Vladimir Poutine sur la place "
                  "Rouge.")
    found = visits.implied_by_meetings(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert [(v.traveler.name, v.destination.name) for v in found] == [("Ibrahim Traoré", "Russie")]


def test_an_arrival_at_an_airport_goes_nowhere_it_came_from():
    # the city the trip came from is a stop, in the arrival's month; not where the airport is
    found = run(visits, "Sergueï Lavrov était arrivé vendredi 11 juillet 2025 à l'aéroport de Kalma en provenance "
                        "de Kuala Lumpur, où il avait participé aux réunions de l'Asean.")
    assert [(v.traveler.name, v.destination.name, v.date.value if v.date else None) for v in found] == [
        ("Sergueï Lavrov", "Kuala Lumpur", "2025-07")]


ALL_VISITS = [
    # every stop of a tour, one visit each; not the country a city is in
    ("Wang Yi avait effectué en janvier une tournée en Egypte, en Tunisie, au Togo et en Côte d'Ivoire.",
     {("Wang Yi", "Égypte"), ("Wang Yi", "Tunisie"), ("Wang Yi", "Togo"), ("Wang Yi", "Côte d'Ivoire")}),
    ("Bassirou Diomaye Faye s'était rendu à Bamako puis à Ouagadougou.",
     {("Bassirou Diomaye Faye", "Bamako"), ("Bassirou Diomaye Faye", "Ouagadougou")}),
    ("Emmanuel Macron est arrivé lundi à Vladivostok, en Russie.", {("Emmanuel Macron", "Vladivostok")}),
    # doing something in a foreign city (told in the past) is being there; at home, or a dative, is not
    ("Le chancelier allemand Olaf Scholz a déclaré mardi à Pékin que la Chine devait peser sur Moscou.",
     {("Olaf Scholz", "Pékin")}),
    ("Le chancelier allemand Olaf Scholz a déclaré mardi à Berlin que la Chine devait peser sur Moscou.", set()),
    ("Vladimir Poutine a livré à Pyongyang des armes.", set()),
    # the people who travel with the traveller
    ("À la mi-mars, Giorgia Meloni s'était envolée pour Le Caire avec Ursula von der Leyen.",
     {("Giorgia Meloni", "Le Caire"), ("Ursula von der Leyen", "Le Caire")}),
    ("Donald Trump, accompagné du secrétaire d'État Marco Rubio et de l'émissaire spécial Steve Witkoff, est "
     "arrivé lundi à Tel-Aviv.",
     {("Donald Trump", "Tel-Aviv"), ("Marco Rubio", "Tel-Aviv"), ("Steve Witkoff", "Tel-Aviv")}),
    ("Le chancelier Olaf Scholz se rendra lundi à Varsovie en compagnie du président français, Emmanuel Macron, "
     "et de la présidente du Conseil italien, Giorgia Meloni.",
     {("Olaf Scholz", "Varsovie"), ("Emmanuel Macron", "Varsovie"), ("Giorgia Meloni", "Varsovie")}),
    # the company of a host is no traveller
    ("Xi Jinping a reçu Emmanuel Macron à Pékin en compagnie du Premier ministre Li Qiang.",
     {("Emmanuel Macron", "Pékin")}),
]


@pytest.mark.parametrize("text, dated", [
    # "sa dernière visite" as the subject: the person the passage is about went there then
    ("Emmanuel Macron est arrivé lundi à Rabat. Sa dernière visite au Maroc remontait à novembre 2018.",
     {("Emmanuel Macron", "Rabat", None), ("Emmanuel Macron", "Maroc", "2018-11")}),
    # "C'est son premier déplacement … depuis 2019": the one just named, the article being about him
    ("Xi Jinping a reçu Kim Jong-un à Pékin. Kim Jong-un était arrivé mardi à Pékin. C'est son premier "
     "déplacement en Chine depuis 2019.", {("Kim Jong-un", "Pékin", None), ("Kim Jong-un", "Chine", "2019")}),
])
def test_an_earlier_trip_told_with_a_possessive_is_the_one_the_passage_is_about(text, dated):
    found = {(v.traveler.name, v.destination.name, v.date.value if v.date and v.date.value[:4] < "2020" else None)
             for v in run(visits, text) if not v.stop}
    assert found == dated


@pytest.mark.parametrize("text,expected", ALL_VISITS)
def test_every_visit_a_sentence_tells(text, expected):
    assert {(v.traveler.name, v.destination.name) for v in run(visits, text) if not v.stop} == expected


def test_a_guest_received_abroad_by_a_host_of_that_country_visited():
    from kg.extract import extract
    from kg.articles import Article
    from kg import nlp
    text = ("Le Premier ministre indien Narendra Modi et le président chinois Xi Jinping se sont entretenus "
            "mercredi à Pékin.\n\nLe président français Emmanuel Macron et le chancelier allemand Olaf Scholz "
            "se sont retrouvés jeudi à Bruxelles.")
    facts = extract(nlp.load()(nlp.prepare(text)), Article(id="0" * 16, text=text, title=None, source="t"))
    found = {(v.traveler.name, v.destination.name) for v in facts.visits}
    assert ("Narendra Modi", "Pékin") in found
    assert not any(t == "Xi Jinping" for t, _ in found)  # the host, at home
    # no host there, but the verb itself is placed in a foreign city: both are there (see ALL_VISITS)
    assert {("Emmanuel Macron", "Bruxelles"), ("Olaf Scholz", "Bruxelles")} <= found


@pytest.mark.parametrize("text,expected", [
    # "de 1953" dates the armistice, not the trip
    ("Fin juillet, Sergueï Choïgou, alors ministre russe de la Défense, se rend à Pyongyang pour le 70e "
     "anniversaire de l'armistice de 1953.", "07"),
    # the event's own date, a time noun's, stay
    ("Xi Jinping n'était pas venu en France depuis sa visite d'État de mars 2019.", "2019-03"),
    ("Arrivé à Pyongyang aux premières heures de mercredi, Vladimir Poutine a signé un traité.", "2023-09-13"),
])
def test_a_date_of_a_thing_named_in_passing_is_not_the_trip_s(text, expected):
    found = run(visits, text)
    assert found and found[0].date is not None and expected in found[0].date.value, found


def test_one_trip_at_each_date_of_a_run():
    found = run(visits, "Sergueï Lavrov est revenu à Pékin le 3 avril 2024, puis le 9 mai 2024 et encore le 2 "
                        "juillet 2024, à chaque fois reçu par Wang Yi.")
    assert sorted((v.destination.name, v.date.value) for v in found) == [
        ("Pékin", "2024-04-03"), ("Pékin", "2024-05-09"), ("Pékin", "2024-07-02")], found


def test_a_time_of_a_run_named_with_another_place_is_no_trip_to_the_first():
    found = run(visits, "Narendra Modi s'était rendu à Moscou en juillet 2024, puis à Kazan en octobre 2024.")
    assert ("Moscou", "2024-10") not in {(v.destination.name, v.date.value) for v in found if v.date}, found


def test_a_second_clause_s_traveller_is_the_person_named_right_before_its_verb():
    # the parse hangs "Mohammed ben Salmane" on "Riyad" and gives the second verb the first one's subject
    text = ("Recep Tayyip Erdogan s'était rendu en avril 2022 à Riyad, et Mohammed ben Salmane s'est rendu à "
            "Ankara en juin.")
    trips = {(v.traveler.name, v.destination.name) for v in run(visits, text)}
    assert ("Mohammed ben Salmane", "Ankara") in trips
