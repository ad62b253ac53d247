"""Merging event mentions into one node per real event."""
from __future__ import annotations

import dataclasses

from kg.merge import merge
from kg.records import DateValue, Evidence, Meeting, Sanction, Visit
from kg.resolve import Actor


def A(name, type_="Person"):
    return Actor(iri=f"x:{name}", type=type_, label=name, wikidata=None, names=(), articles=())


KIM, PUTIN = A("Kim Jong-un"), A("Vladimir Poutine")
VOST, VLAD, NK = A("cosmodrome de Vostotchny", "Place"), A("Vladivostok", "Place"), A("Corée du Nord", "Country")
RU = A("Russie", "Country")


def ev(n):
    return Evidence(article=f"a{n}", start=n, end=n + 1, sentence=str(n))


def M(n, place=None, date=None, status="occurred"):
    d = DateValue(date, {10: "date", 7: "gYearMonth", 4: "gYear"}[len(date)]) if date else None
    return Meeting(participants=(KIM, PUTIN), place=place, date=d, status=status, evidence=ev(n))


def test_one_summit_many_articles_earlier_and_planned_apart():
    records = [M(1, VOST, "2023-09-13"), M(2, None, "2023-09-13"), M(3, VOST), M(4, None),
               M(5, None, status="planned"),                     # "doit rencontrer": the summit to come
               M(6, VLAD, "2019"), M(7, VLAD, "2019"),           # the earlier meeting
               M(8, NK, status="planned")]                       # "se revoir en Corée du Nord"
    out = merge("meeting", records)
    assert len(out) == 3
    by_date = {(m.record.date.value if m.record.date else None): m for m in out}
    assert len(by_date["2023-09-13"].evidence) == 5
    assert by_date["2023-09-13"].record.status == "occurred"
    assert by_date["2019"].record.place == VLAD
    assert by_date[None].record.status == "planned" and by_date[None].record.place == NK


def test_a_city_reported_once_places_the_event_before_a_region_reported_twice():
    far_east = A("Extrême-Orient russe", "Place")
    out = merge("meeting", [M(1, far_east, "2019-04-25"), M(2, far_east, "2019-04-25"), M(3, VLAD, "2019-04-25"),
                            M(4, RU, "2019-04-25")])
    assert len(out) == 1 and out[0].record.place == VLAD
    assert merge("meeting", [M(1, far_east, "2019"), M(2, RU, "2019")])[0].record.place == far_east


def test_two_days_in_a_row_reported_once_each_are_the_later_one():
    out = merge("meeting", [M(1, None, "2024-05-07"), M(2, None, "2024-05-08")])
    assert len(out) == 1 and out[0].record.date.value == "2024-05-08"
    apart = merge("meeting", [M(1, None, "2024-05-06"), M(2, None, "2024-05-08")])
    assert len(apart) == 1 and apart[0].record.date.value == "2024-05"


def test_days_more_than_a_week_apart_are_two_events_even_through_their_month():
    # "reçu le 4 juin", then again on 17 June; "en juin" alone joins one of them, not both
    out = merge("meeting", [M(1, None, "2025-06-04"), M(2, None, "2025-06-17"), M(3, None, "2025-06-17"),
                            M(4, None, "2025-06")])
    assert sorted(m.record.date.value for m in out) == ["2025-06-04", "2025-06-17"]
    # a week or less apart, or a day only planned: one event
    assert len(merge("meeting", [M(1, None, "2025-06-10"), M(2, None, "2025-06-17")])) == 1
    assert len(merge("meeting", [M(1, None, "2025-06-04"), M(2, None, "2025-06-17", status="planned")])) == 1


def test_disagreeing_days_keep_the_most_reported():
    out = merge("meeting", [M(1, None, "2023-09-13"), M(2, None, "2023-09-13"), M(3, None, "2023-09-12")])
    assert len(out) == 1 and out[0].record.date.value == "2023-09-13"


def test_an_article_counts_once_for_a_day_it_tells_twice():
    # one live page tells the welcome of the eve twice ("accueilli la veille au pied de l'avion") and
    # the talks once: as many articles for each day, in a row: the talks' day
    live = [dataclasses.replace(M(n, None, day), evidence=dataclasses.replace(ev(n), article="live"))
            for n, day in ((1, "2023-10-18"), (2, "2023-10-18"), (3, "2023-10-19"))]
    assert merge("meeting", live)[0].record.date.value == "2023-10-19"
    # more articles win, however often one of them tells its day
    assert merge("meeting", live + [M(4, None, "2023-10-18")])[0].record.date.value == "2023-10-18"
    # two days apart told by one article each: the one told most often
    assert merge("meeting", live[:2] + [M(5, None, "2023-10-16")])[0].record.date.value == "2023-10-18"


def test_a_visit_to_the_capital_is_the_visit_to_the_country():
    macron, china, beijing = A("Emmanuel Macron"), A("Chine", "Country"), A("Pékin", "Place")
    shanghai = A("Shanghai", "Place")
    recs = [Visit(traveler=macron, destination=china, date=DateValue("2023-04-05", "date"), evidence=ev(1)),
            Visit(traveler=macron, destination=beijing, date=None, evidence=ev(2)),
            Visit(traveler=macron, destination=shanghai, date=None, evidence=ev(3))]  # a site: its own
    out = merge("visit", recs)
    assert len(out) == 2
    assert {len(m.evidence) for m in out} == {2, 1}


def test_sanction_without_imposer_joins_the_one_named():
    unsc = A("Conseil de sécurité de l'ONU", "Organization")
    recs = [Sanction(imposer=None, target=NK, reason="programmes nucléaires", evidence=ev(1)),
            Sanction(imposer=unsc, target=NK, reason=None, evidence=ev(2))]
    out = merge("sanction", recs)
    assert len(out) == 1 and out[0].record.imposer == unsc and out[0].record.reason


def test_a_shorter_quotation_joins_the_longer_one_of_the_same_speaker():
    from kg.merge import merge
    from kg.records import Evidence, Statement
    from kg.resolve import Actor
    kim = Actor("https://w3id.org/kg-news/id/person/k", "Person", "K", None, (), ())
    lee = Actor("https://w3id.org/kg-news/id/person/l", "Person", "L", None, (), ())
    ev = lambda art: Evidence(art, 0, 10, "s")  # noqa: E731
    merged = merge("statement", [
        Statement(kim, "un tremplin pour des relations plus étroites", ev("a")),
        Statement(kim, "Je pense que ma rencontre sera un tremplin pour des relations plus étroites", ev("b")),
        Statement(lee, "un tremplin pour des relations plus étroites", ev("c")),
        Statement(kim, "une tout autre phrase de quatre mots", ev("d")),
    ])
    by_speaker = sorted((m.record.speaker.label, m.record.quote, m.articles) for m in merged)
    assert by_speaker == [
        ("K", "Je pense que ma rencontre sera un tremplin pour des relations plus étroites", ["a", "b"]),
        ("K", "une tout autre phrase de quatre mots", ["d"]),
        ("L", "un tremplin pour des relations plus étroites", ["c"]),
    ]


def test_a_meeting_named_in_part_joins_the_fuller_one_of_its_article():
    blinken, cho, kim_yh = A("Antony Blinken"), A("Cho Tae-yul"), A("Kim Yong-hyun")
    part = Meeting(participants=(blinken, cho), place=None, date=None, status="occurred", evidence=ev(1))
    whole = Meeting(participants=(blinken, cho, kim_yh), place=None, date=DateValue("2024-10-31", "date"),
                    status="occurred", evidence=Evidence(article="a1", start=5, end=6, sentence="5"))
    elsewhere = Meeting(participants=(blinken, cho), place=None, date=None, status="occurred", evidence=ev(2))
    out = merge("meeting", [part, whole, elsewhere])
    assert sorted(len(m.record.participants) for m in out) == [2, 3]
    assert len(next(m for m in out if len(m.record.participants) == 3).evidence) == 2


def test_a_dated_meeting_named_in_part_keeps_its_people_beside_an_undated_fuller_one():
    # "le 13 septembre, Kim Jong-un rencontrait Vladimir Poutine" … "en réunissant les deux hommes à
    # Tiananmen, Xi Jinping …": the undated gathering says nothing of the dated meeting's people
    xi = A("Xi Jinping")
    dated = Meeting(participants=(KIM, PUTIN), place=VOST, date=DateValue("2023-09-13", "date"), status="occurred",
                    evidence=ev(1))
    gathering = Meeting(participants=(KIM, PUTIN, xi), place=None, date=None, status="occurred",
                        evidence=Evidence(article="a1", start=5, end=6, sentence="5"))
    out = merge("meeting", [dated, gathering])
    assert sorted(len(m.record.participants) for m in out) == [2, 3]


def test_one_present_named_differently_is_one_gift():
    from kg.records import Gift

    def G(n, item):
        return Gift(giver=PUTIN, recipient=KIM, item=item, evidence=ev(n))

    out = merge("gift", [G(1, "une limousine Aurus"), G(2, "la limousine"), G(3, "l'Aurus"), G(4, "un poignard")])
    assert sorted(m.record.item for m in out) == ["un poignard", "une limousine Aurus"]


def test_a_second_present_of_the_same_kind_is_another_gift():
    from kg.records import Gift

    def G(n, item):
        return Gift(giver=PUTIN, recipient=KIM, item=item, evidence=ev(n))

    out = merge("gift", [G(1, "une voiture de luxe Aurus"), G(2, "la limousine Aurus"), G(3, "une deuxième limousine Aurus")])
    assert sorted(m.record.item for m in out) == ["une deuxième limousine Aurus", "une voiture de luxe Aurus"]


def test_a_present_recalled_as_given_before_is_another_gift():
    from kg.records import Gift

    def G(n, item, earlier=False):
        return Gift(giver=PUTIN, recipient=KIM, item=item, evidence=ev(n), earlier=earlier)

    out = merge("gift", [G(1, "une limousine Aurus"), G(2, "une Aurus Senat", earlier=True),
                         G(3, "une première Aurus"), G(4, "l'Aurus")])
    # (each gift carries its longest name)
    assert sorted(m.record.item for m in out) == ["une limousine Aurus", "une première Aurus"]
    assert len({m.iri for m in out}) == 2


def test_a_sanction_naming_no_imposer_joins_a_regime_its_article_names():
    us, uk, ros = A("États-Unis", "Country"), A("Royaume-Uni", "Country"), A("Rosneft", "Organization")
    records = [Sanction(imposer=us, target=ros, reason=None, evidence=ev(1)),
               Sanction(imposer=uk, target=ros, reason=None, evidence=ev(2)),
               Sanction(imposer=None, target=ros, reason=None, evidence=Evidence(article="a2", start=9, end=10,
                                                                                 sentence="9"))]
    out = merge("sanction", records)
    assert sorted(m.record.imposer.label for m in out) == ["Royaume-Uni", "États-Unis"]
    assert len(next(m for m in out if m.record.imposer == uk).evidence) == 2


def test_an_undated_meeting_takes_the_day_of_the_trip_its_articles_report():
    from kg.merge import dated_by_trips
    trip = Visit(traveler=PUTIN, destination=RU, date=DateValue("2023-09-13", "date"), evidence=ev(1))
    other = Visit(traveler=PUTIN, destination=VLAD, date=DateValue("2019-04-25", "date"),
                  evidence=Evidence(article="elsewhere", start=0, end=1, sentence="0"))
    out = dated_by_trips(merge("meeting", [M(1, VOST)]) + merge("visit", [trip, other]))
    meeting = next(m for m in out if m.kind == "meeting")
    assert meeting.record.date == DateValue("2023-09-13", "date")


def test_an_undated_meeting_told_as_news_takes_its_publication_day_not_a_recalled_trip():
    from kg.merge import dated_by_trips
    day = DateValue("2025-05-09", "date")
    recalled = Visit(traveler=PUTIN, destination=VOST, date=DateValue("2024-12-22", "date"), evidence=ev(1))
    out = dated_by_trips(merge("meeting", [dataclasses.replace(M(1, VOST), news_day=day)])
                         + merge("visit", [recalled]))
    assert next(m for m in out if m.kind == "meeting").record.date == day


def test_an_undated_meeting_told_as_news_takes_its_publication_day():
    from kg.merge import dated_by_trips
    day = DateValue("2023-12-06", "date")
    told = [dataclasses.replace(M(1), news_day=day), dataclasses.replace(M(2), news_day=day)]
    meeting = dated_by_trips(merge("meeting", told))[0]
    assert meeting.record.date == day
    dated = dated_by_trips(merge("meeting", [dataclasses.replace(M(3), news_day=day), M(4, None, "2023-12-05")]))
    assert [m.record.date.value for m in dated] == ["2023-12-05"]  # an article's own date wins
    torn = [dataclasses.replace(M(5), news_day=day), dataclasses.replace(M(6), news_day=DateValue("2023-12-07", "date"))]
    assert dated_by_trips(merge("meeting", torn))[0].record.date is None  # articles of two days: no guess


def test_a_national_body_s_sanctions_are_its_country_s_regime():
    treasury = Actor(iri="x:us_treasury", type="Organization", label="Trésor américain", wikidata=None, names=(),
                     articles=())
    usa, iran_air = A("États-Unis", "Country"), A("Iran Air", "Organization")
    out = merge("sanction", [Sanction(imposer=usa, target=iran_air, reason=None, evidence=ev(1)),
                             Sanction(imposer=treasury, target=iran_air, reason=None, evidence=ev(2))])
    assert len(out) == 1 and len(out[0].evidence) == 2


def test_presents_sharing_only_their_maker_s_nationality_are_two():
    from kg.records import Gift
    gifts = [Gift(giver=PUTIN, recipient=KIM, item="une voiture de fabrication russe", evidence=ev(1)),
             Gift(giver=PUTIN, recipient=KIM, item="une nouvelle limousine de fabrication russe Aurus", evidence=ev(2)),
             Gift(giver=PUTIN, recipient=KIM, item="l'Aurus", evidence=ev(3))]
    assert sorted(len(m.evidence) for m in merge("gift", gifts)) == [1, 2]


def test_a_welcome_at_the_airport_on_the_eve_is_part_of_the_talks():
    # met at the airport in the night, talks the next day: one event, placed where the talks were
    sunan, pyongyang = A("aéroport international de Sunan", "Place"), A("Pyongyang", "Place")
    out = merge("meeting", [M(1, sunan, "2024-06-18"), M(2, NK, "2024-06-19"), M(3, pyongyang)])
    assert len(out) == 1, out
    assert (out[0].record.place, out[0].record.date.value) == (pyongyang, "2024-06-19")
    # a welcome on its own stays where it was
    alone = merge("meeting", [M(1, sunan, "2024-06-18")])
    assert alone[0].record.place == sunan


def test_an_unplaced_meeting_takes_the_place_of_the_trip_that_brought_its_participant():
    from kg.merge import dated_by_trips
    hanoi = A("Hanoï", "Place")
    trip = Visit(traveler=PUTIN, destination=hanoi, date=DateValue("2024-06-19", "date"), evidence=ev(1))
    out = dated_by_trips(merge("meeting", [M(1, None, "2024-06-20")]) + merge("visit", [trip]))
    assert next(m for m in out if m.kind == "meeting").record.place == hanoi
    # a trip told by other articles, or ended days before, places nothing
    elsewhere = dataclasses.replace(trip, evidence=Evidence(article="elsewhere", start=0, end=1, sentence="0"))
    earlier = dataclasses.replace(trip, date=DateValue("2024-06-10", "date"))
    for visit in (elsewhere, earlier):
        out = dated_by_trips(merge("meeting", [M(1, None, "2024-06-20")]) + merge("visit", [visit]))
        assert next(m for m in out if m.kind == "meeting").record.place is None


def test_a_venue_the_gazetteer_cannot_place_joins_its_article_s_event():
    # "reçu à Wonsan le 11 juillet" … "à l'aéroport de Kalma" (a venue of no known country), same article
    wonsan, kalma = A("Wonsan", "Place"), A("aéroport de Kalma", "Place")
    venue = dataclasses.replace(M(2, kalma, "2025-07"), evidence=ev(1))
    out = merge("meeting", [M(1, wonsan, "2025-07-11"), venue])
    assert len(out) == 1 and out[0].record.date.value == "2025-07-11"
    # told by another article, the venue stays apart: nothing says it was that event's
    assert len(merge("meeting", [M(1, wonsan, "2025-07-11"), M(2, kalma, "2025-07")])) == 2
    # an undated mention too: the event of its own article
    assert len(merge("meeting", [M(1, wonsan, "2025-07-11"), dataclasses.replace(M(2, kalma), evidence=ev(1))])) == 1


def test_places_told_as_often_break_the_tie_as_their_str_does():
    # the tie is broken without writing out an actor's repr (its `articles` can be thousands)
    from kg.merge import _most_common
    busy = dataclasses.replace(VLAD, articles=tuple(f"a{i}" for i in range(5000)))
    for places in ([VOST, busy], [busy, VOST], [VOST, busy, RU, busy, VOST]):
        assert _most_common(places) == min(VOST, busy, key=str) == busy
    assert _most_common(["à Séoul", "à Pyongyang"]) == "à Pyongyang"


def test_an_actor_hashes_by_its_iri():
    assert hash(VLAD) == hash(dataclasses.replace(VLAD, articles=("a1", "a2"))) == hash(VLAD.iri)
    assert VLAD != dataclasses.replace(VLAD, articles=("a1",))


def test_a_landing_at_an_airport_is_the_visit_of_that_day_or_the_next():
    xi, paris, orly = A("Xi Jinping"), A("Paris", "Place"), A("aéroport d'Orly", "Place")
    day = lambda d: DateValue(d, "date")  # noqa: E731
    out = merge("visit", [Visit(traveler=xi, destination=orly, date=day("2024-05-05"), evidence=ev(1)),
                          Visit(traveler=xi, destination=paris, date=day("2024-05-06"), evidence=ev(2))])
    assert [m.record.destination for m in out] == [paris] and len(out[0].evidence) == 2
    # a landing days before is another trip's
    apart = merge("visit", [Visit(traveler=xi, destination=orly, date=day("2024-05-01"), evidence=ev(1)),
                            Visit(traveler=xi, destination=paris, date=day("2024-05-06"), evidence=ev(2))])
    assert len(apart) == 2
