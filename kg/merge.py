"""Merging: one node per real fact, however many mentions and articles report it.

Runs after actor resolution: the records it gets name resolved `Actor`s.
`identity` says which mentions are the same fact; `combine` makes one record
stand for them all. Pure and order-independent.
"""
from __future__ import annotations

import dataclasses
import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg import cues, gazetteer, iri
from kg.gazetteer import fold
from kg.records import DateValue, Evidence


@dataclass
class Merged:
    """One real fact: a record whose actors are resolved, and every mention merged into it."""

    kind: str  # "role", "meeting", "visit", "gift", "statement", "sanction", "claim"
    iri: str
    record: object  # the record with `Actor`s in place of `ActorRef`s
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({e.article for e in self.evidence})


def _iri(a) -> str:
    return a.iri if a is not None else ""


def _year(date: DateValue | None) -> str:
    return date.value[:4] if date else ""


def identity(kind: str, r) -> tuple:
    """What makes two mentions the same real fact (after actors are resolved)."""
    if kind == "role":
        return (_iri(r.person), fold(r.title), _iri(r.organization))
    if kind == "meeting":
        return (tuple(a.iri for a in r.participants), r.status, _year(r.date))
    if kind == "visit":
        return (_iri(r.traveler), _iri(r.destination), _year(r.date))
    if kind == "gift":
        return (_iri(r.giver), _iri(r.recipient), fold(r.item)) + (("earlier",) if r.earlier else ())
    if kind == "sanction":
        return (_iri(r.imposer), _iri(r.target))
    if kind == "claim":
        return (_iri(r.claimant), r.polarity, fold(r.text))
    raise ValueError(kind)


def _best_date(records) -> DateValue | None:
    rank = {"date": 3, "gYearMonth": 2, "gYear": 1}
    dates = [r.date for r in records if getattr(r, "date", None)]
    if not dates:
        return None
    return sorted(dates, key=lambda d: (-rank.get(d.precision, 0), d.value))[0]


def _most_common(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    tied = [v for v, n in counts.items() if n == top]
    return tied[0] if len(tied) == 1 else min(tied, key=_tie_key)


def _tie_key(value) -> str:
    """What orders tied values as their str() does, without writing an actor's whole repr (it
    lists every article that names the actor): the opening of that repr, up to its IRI."""
    actor_iri = getattr(value, "iri", None)
    return f"{type(value).__name__}(iri={actor_iri!r}" if actor_iri is not None else str(value)


def _combine(kind: str, records: list) -> object:
    """One record standing for every mention of a fact."""
    first = sorted(records, key=lambda r: r.evidence)[0]
    if kind in ("meeting", "visit"):
        changes = {"date": _event_date(records)}
        if kind == "visit":
            changes["destination"] = _destination(records, first)
        if kind == "meeting":
            changes["news_day"] = _news_day(records)
            # the most reported site or city before a region, a region before a country
            # ("cosmodrome" over "Extrême-Orient russe" over "Russie")
            places = [r.place for r in records if r.place is not None]
            places = _talks_places(places)
            changes["place"] = _most_common([p for p in places if p.type != "Country" and not _is_region(p)]
                                            or [p for p in places if p.type != "Country"] or places)
            changes["status"] = "occurred" if any(r.status == "occurred" for r in records) else "planned"
        return dataclasses.replace(first, **changes)
    if kind == "sanction":
        return dataclasses.replace(first, imposer=_most_common(r.imposer for r in records),
                                   reason=_most_common(r.reason for r in records))
    if kind in ("statement", "gift"):
        return records[0]  # the longest quotation or item: see _quote_groups, _gift_groups
    return first


def _merged(kind: str, keyed: list[tuple[tuple, list]]) -> list[Merged]:
    out = []
    for key, rs in sorted(keyed, key=lambda kr: kr[0]):
        out.append(Merged(kind=kind, iri=iri.fact(kind, *key), record=_combine(kind, rs),
                          evidence=sorted({r.evidence for r in rs})))
    return out


# ---------------------------------------------------------------- events

def _country_of(actor) -> str | None:
    """The gazetteer country of a resolved place or country (None when unknown)."""
    if actor is None:
        return None
    entry = gazetteer.lookup(actor.label, actor.type)
    if entry is None:
        return None
    if entry.type == "Country":
        return entry.key
    return entry.country


def places_compatible(a, b) -> bool:
    """Two places can be one event's: one unknown, the same, or one inside the other's country."""
    if a is None or b is None or _iri(a) == _iri(b):
        return True
    ca, cb = _country_of(a), _country_of(b)
    if ca is None or cb is None or ca != cb:
        return False
    # the same country: compatible when one of them is the country itself (or a region of it)
    return a.type == "Country" or b.type == "Country" or _is_region(a) or _is_region(b)


def _is_region(actor) -> bool:
    """A region rather than a site ("Extrême-Orient russe", "est de la Russie"): it holds others."""
    words = set(fold(actor.label).replace("-", " ").split())
    return bool(words & _REGION_WORDS)


_REGION_WORDS = {fold(w) for w in cues.words("events", "region_words")}
_AIRPORT_WORDS = {fold(w) for w in cues.words("events", "airport_words")}


def airport_named(name: str) -> bool:
    """"aéroport international de Sunan", "aérodrome de Knevitchi": where a guest is met, not
    where the talks are."""
    words = fold(name).split()
    return bool(words) and words[0] in _AIRPORT_WORDS


def _is_airport(actor) -> bool:
    return actor is not None and airport_named(actor.label)


def _talks_places(places: list) -> list:
    """The places other than airports, or all of them when only airports are said."""
    return [p for p in places if not _is_airport(p)] or places


def dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Same event dates: one unknown, or the same year and month as far as both say."""
    if a is None or b is None:
        return True
    n = min(len(a.value), len(b.value), 7)
    return a.value[:n] == b.value[:n]


def _event_date(records) -> DateValue | None:
    """The date of one event from its mentions: the day most articles tell (of two days in a row
    told by as many, the later: the welcome on arrival, then the talks the next day; else the day
    told most often), or what they share."""
    dated = [r.date for r in records if r.date is not None]
    if not dated:
        return None
    told = [(r.evidence.article, r.date) for r in records if r.date is not None and r.date.precision == "date"]
    # an article counts once for a day, however often it tells it (the arrival, then the welcome)
    articles, mentions = Counter(d for _, d in set(told)), Counter(d for _, d in told)
    if articles:
        most = max(articles.values())
        top = sorted((d for d in articles if articles[d] == most), key=lambda d: d.value)
        if len(top) == 1:
            return top[0]
        days = [datetime.date.fromisoformat(d.value) for d in top]
        if len(top) == 2 and (days[1] - days[0]).days == 1:
            return top[1]
        most = max(mentions[d] for d in top)
        top = [d for d in top if mentions[d] == most]
        if len(top) == 1:
            return top[0]
        month = {d.value[:7] for d in articles}
        if len(month) == 1:
            return DateValue(month.pop(), "gYearMonth")
    return _best_date(records)


_SAME_EVENT_DAYS = 7


def _occurred(r) -> bool:
    """Did the mention tell an event that happened (visits have no status: they did)?"""
    return getattr(r, "status", "occurred") == "occurred"


class _Cluster:
    """The mentions of one event, and what they say together (worked out once per mention added:
    a corpus of 10,000 articles tells some events thousands of times)."""

    def __init__(self, record):
        self.records = [record]
        self._said: dict = {}

    def add(self, records: list) -> None:
        self.records.extend(records)
        self._said.clear()

    def _memo(self, what: str, work):
        if what not in self._said:
            self._said[what] = work()
        return self._said[what]

    @property
    def date(self):
        return self._memo("date", lambda: _event_date(self.records))

    @property
    def place(self):
        return self._memo("place", lambda: _most_common(_talks_places(
            [p for r in self.records if (p := getattr(r, "place", getattr(r, "destination", None))) is not None])))

    @property
    def occurred(self) -> bool:
        return self._memo("occurred", lambda: any(_occurred(r) for r in self.records))

    @property
    def articles(self) -> set:
        return self._memo("articles", lambda: {r.evidence.article for r in self.records})

    @property
    def days(self) -> list:
        """The days this event happened on, as its mentions tell them."""
        return self._memo("days", lambda: [datetime.date.fromisoformat(r.date.value) for r in self.records
                                           if r.date is not None and r.date.precision == "date" and _occurred(r)])

    def fits(self, r, place) -> bool:
        return (dates_compatible(self.date, r.date) and self.places_fit(r, place)
                and not self._days_apart(r))

    def places_fit(self, r, place) -> bool:
        """Compatible places, or a place the gazetteer cannot locate in an article that told this
        event already ("à Wonsan" … "à l'aéroport de Kalma")."""
        if places_compatible(self.place, place):
            return True
        return ((_country_of(place) is None or _country_of(self.place) is None)
                and r.evidence.article in self.articles)

    def _days_apart(self, record) -> bool:
        """A day that happened far from every day this event happened on: another event of the
        same month ("reçu le 4 juin", then again on 17 June); days close together are one event
        told twice, and what was planned may have moved."""
        date = record.date
        if date is None or date.precision != "date" or not _occurred(record):
            return False
        day = datetime.date.fromisoformat(date.value)
        return bool(self.days) and all(abs((day - d).days) > _SAME_EVENT_DAYS for d in self.days)


def cluster_events(records: list, place_of) -> list[list]:
    """Mentions of one kind with the same actors grouped into real events.

    Dated mentions first (most precise first), each joining the first event whose date and
    place fit; then undated mentions, into the event whose place is the same, else the latest
    compatible event (a planned mention into the one that then happened), else their own."""
    clusters: list[_Cluster] = []
    rank = {"date": 0, "gYearMonth": 1, "gYear": 2}
    dated = sorted((r for r in records if r.date is not None),
                   key=lambda r: (rank.get(r.date.precision, 3), r.date.value, r.evidence))
    for r in dated:
        for c in clusters:
            if c.fits(r, place_of(r)):
                c.add([r])
                break
        else:
            clusters.append(_Cluster(r))
    undated = sorted((r for r in records if r.date is None),
                     key=lambda r: (place_of(r) is None, not _occurred(r),
                                    r.evidence))
    for r in undated:
        place = place_of(r)
        same = [c for c in clusters if place is not None and c.place is not None and _iri(c.place) == _iri(place)]
        fitting = same or [c for c in clusters if c.places_fit(r, place)]
        if fitting:
            latest = sorted(fitting, key=lambda c: (c.occurred, c.date.value if c.date else "",
                                                    len(c.records)))[-1]
            latest.add([r])
        else:
            clusters.append(_Cluster(r))
    return [c.records for c in _fold_welcomes(clusters)]


def _fold_welcomes(clusters: list) -> list:
    """A welcome at the airport on the eve or the day of talks (in the same country, when the
    airport's is known) is part of the visit those talks are ("accueilli à l'aéroport de Sunan
    dans la nuit", "entretiens au palais Kumsusan" the next day): one event, placed where the
    talks were."""
    out = list(clusters)
    for c in clusters:
        if c.date is None or c.date.precision != "date" or not all(
                _is_airport(getattr(r, "place", None)) for r in c.records):
            continue
        day = datetime.date.fromisoformat(c.date.value)
        host = next((o for o in out if o is not c and o.date is not None and o.date.precision == "date"
                     and 0 <= (datetime.date.fromisoformat(o.date.value) - day).days <= 1
                     and _country_of(c.place) in (None, _country_of(o.place)) and not _is_airport(o.place)), None)
        if host is not None:
            host.add(c.records)
            out.remove(c)
    return out


def _event_identity(kind: str, rs: list) -> tuple:
    first = rs[0]
    date = _event_date(rs)
    if kind == "meeting":
        status = "occurred" if any(r.status == "occurred" for r in rs) else "planned"
        place = _most_common(r.place for r in rs)
        return (tuple(a.iri for a in first.participants), status, date.value if date else "",
                "" if date else _iri(place))
    return (_iri(first.traveler), _iri(_destination(rs, first)), date.value if date else "")


def _destination(records: list, first):
    """Where a visit went: its mention `first`'s destination, unless that is an airport it landed
    at and another mention names where it went (see _landings)."""
    if not _is_airport(first.destination):
        return first.destination
    ordered = sorted(records, key=lambda r: r.evidence)
    return next((r.destination for r in ordered if not _is_airport(r.destination)), first.destination)


def _quote_groups(records: list) -> list[list]:
    """One statement per speaker and quotation, a shorter quotation joining the longer one that holds it.

    Articles quote the same words at different lengths ("un tremplin pour des
    relations..." and "Je pense que ma rencontre... sera un tremplin pour des
    relations..."). Each group's first record carries its longest quotation.
    """
    by_speaker: dict[str, list] = defaultdict(list)
    for r in records:
        by_speaker[_iri(r.speaker)].append(r)
    out = []
    for _, rs in sorted(by_speaker.items()):
        groups: list[list] = []
        for r in sorted(rs, key=lambda r: (-len(fold(r.quote)), r.evidence)):
            words = f" {fold(r.quote)} "
            home = next((g for g in groups if words in f" {fold(g[0].quote)} "), None)
            if home is None:
                groups.append([r])
            else:
                home.append(r)
        out.extend(groups)
    return out


_GENERIC_ITEM_WORDS = {"fabrication", "nouveau", "nouvelle", "nouveaux", "nouvelles", "deuxieme", "second", "seconde",
                       "autre", "autres", "destine", "destinee", "destines", "destinees", "plusieurs", "dizaine",
                       "dizaines", "centaine", "race", "ainsi", "leur", "leurs", "votre", "notre"}


def _content_words(text: str) -> set[str]:
    """The words that tell one present from another: not the maker's nationality ("de fabrication
    russe"), nor words any present can carry ("nouvelle", "plusieurs")."""
    return {w for w in fold(text).replace("-", " ").split() if len(w) >= 4 and w not in _GENERIC_ITEM_WORDS
            and gazetteer.country_of_demonym(w) is None}


_REPEAT_WORDS = {"deuxieme", "second", "seconde", "troisieme", "autre"}


def _repeated(item: str) -> bool:
    """"une deuxième limousine Aurus": another present of the kind given before, not that one."""
    return any(w in _REPEAT_WORDS for w in fold(item).split())


def _occasion(r) -> str:
    """Which of the presents of one kind a mention is: one given again ("une deuxième Aurus"),
    one recalled as given before ("avait déjà offert une Aurus", "une première Aurus"), or the
    article's own."""
    if _repeated(r.item):
        return "again"
    return "before" if r.earlier or "premiere" in fold(r.item).split() else "news"


def _gift_groups(records: list) -> list[list]:
    """One gift per giver, recipient and thing given: articles name one present differently ("une
    limousine Aurus", "la limousine", "l'Aurus"); mentions whose items share a word are one
    gift. Each group's first record carries the longest item."""
    by_pair: dict[tuple, list] = defaultdict(list)
    for r in records:
        by_pair[(_iri(r.giver), _iri(r.recipient))].append(r)
    out = []
    for _, rs in sorted(by_pair.items()):
        groups: list[tuple[str, set, list]] = []  # (occasion, words, mentions) of each gift
        for r in sorted(rs, key=lambda r: (-len(r.item), r.evidence)):
            words, occasion = _content_words(r.item), _occasion(r)
            home = next((g for g in groups if g[0] == occasion and g[1] & words), None)
            if home is None:
                groups.append((occasion, set(words), [r]))
            else:
                home[1].update(words)
                home[2].append(r)
        out.extend(g[2] for g in groups)
    return out


def _regime_key(records: list):
    """"Le Trésor américain a sanctionné X" and "les États-Unis ont sanctionné X" are one regime: the
    key of a mention's regime is its imposer, or the imposer's country when that country imposes
    measures on the same target too (each mention keeps its own imposer)."""
    countries = {_country_of(r.imposer): _iri(r.imposer) for r in records
                 if r.imposer is not None and r.imposer.type == "Country" and _country_of(r.imposer) is not None}

    def key(r):
        if r.imposer is None:
            return None
        home = _country_of(r.imposer) if r.imposer.type == "Organization" else None
        if home is not None and home in countries:
            return countries[home]
        return _iri(r.imposer)
    return key


def _sanction_groups(records: list) -> list[list]:
    """One regime per target and imposer: mentions naming no imposer join a regime the articles
    name for that target (their own article's if it names one), and stand alone only when none
    does."""
    by_target: dict[str, list] = defaultdict(list)
    for r in records:
        by_target[_iri(r.target)].append(r)
    out = []
    for _, rs in sorted(by_target.items()):
        regime = _regime_key(rs)
        imposers = sorted({regime(r) for r in rs if r.imposer is not None})
        if len(imposers) <= 1:
            out.append(rs)
            continue
        groups = {imp: [r for r in rs if regime(r) == imp] for imp in imposers}
        for r in rs:
            if r.imposer is None:
                # a mention naming no imposer is the regime its article names, else the one most
                # reported: never a regime of its own beside those the articles name
                same = [imp for imp in imposers if any(o.evidence.article == r.evidence.article for o in groups[imp])]
                home = same[0] if len(same) == 1 else max(imposers, key=lambda imp: (len(groups[imp]), imp))
                groups[home].append(r)
        out.extend(groups[imp] for imp in imposers)
    return out


def _capital_visits(records: list) -> dict[int, str]:
    """A visit to a country's capital is a visit to the country: where the same traveller also
    visits that country, the capital's mentions are grouped with the country's (by record id)."""
    countries: dict[tuple, str] = {}
    for r in records:
        if r.destination is not None and r.destination.type == "Country":
            key = _country_of(r.destination)
            if key:
                countries[(_iri(r.traveler), key)] = _iri(r.destination)
    out = {}
    for r in records:
        if r.destination is None or r.destination.type != "Place":
            continue
        country = gazetteer.country_of_capital(r.destination.label)
        if country is not None and (_iri(r.traveler), country.key) in countries:
            out[id(r)] = countries[(_iri(r.traveler), country.key)]
    return out


def _landings(records: list, key_of) -> dict[int, str]:
    """A landing at an airport ("Xi Jinping a atterri à l'aéroport d'Orly") on the day of the same
    traveller's visit to a city or a country, or the day before it, is that visit (in that
    country, when the airport's is known): its mentions are grouped with the visit's (by record
    id, the group key `key_of` gives the visit's mentions)."""
    trips: dict[str, list] = defaultdict(list)  # traveller → (day, country, mention) of each dated trip
    for r in records:
        if r.date is not None and r.date.precision == "date" and not _is_airport(r.destination):
            trips[_iri(r.traveler)].append((datetime.date.fromisoformat(r.date.value), _country_of(r.destination), r))
    out = {}
    for r in records:
        if r.date is None or r.date.precision != "date" or not _is_airport(r.destination):
            continue
        day, country = datetime.date.fromisoformat(r.date.value), _country_of(r.destination)
        fits = [t for when, where, t in trips[_iri(r.traveler)]
                if 0 <= (when - day).days <= 1 and country in (None, where)]
        if fits:
            out[id(r)] = key_of(min(fits, key=lambda t: (t.date.value, t.evidence)))
    return out


def absorb_partial_meetings(records: list) -> list:
    """An article that names only some of a meeting's participants in one sentence ("Blinken, qui
    recevait ses homologues") and all of them in another reports one meeting: a record whose
    participants are a part of another record's, in the same article, with the same status and a
    compatible date, takes the fuller list."""
    by_article: dict[str, list] = defaultdict(list)
    for r in records:
        by_article[r.evidence.article].append(r)
    out = []
    for r in records:
        mine = set(r.participants)
        fuller = [o for o in by_article[r.evidence.article]
                  if len(o.participants) > len(mine) and mine <= set(o.participants)
                  and o.status == r.status and dates_compatible(o.date, r.date)
                  and (o.date is not None or r.date is None)]
        if fuller:
            best = sorted(fuller, key=lambda o: (-len(o.participants), o.evidence))[0]
            r = dataclasses.replace(r, participants=best.participants)
        out.append(r)
    return out


def drop_bare_counterparts(records: list) -> list:
    """"son homologue gambien X" is a title only for a person the articles give no other: a bare
    "homologue" beside a real title is one role twice."""
    titled = {_iri(r.person) for r in records if fold(r.title) != "homologue"}
    return [r for r in records if fold(r.title) != "homologue" or _iri(r.person) not in titled]


def dated_by_trips(merged: list[Merged]) -> list[Merged]:
    """A meeting no article dates (or dates by its year only) took place during a trip one of its
    participants made to its place, reported by the same articles: with one such trip dated to
    the day, the meeting has that date ("Lavrov est arrivé le 18 octobre à Pyongyang" … "il a été
    reçu par Kim Jong-un", told in another paragraph). One its articles tell as their news,
    undated, took place on the day they were published (`Meeting.news_day`), whatever earlier
    trip they recall ("il s'était déjà rendu à Moscou le 22 décembre")."""
    trips = _trips_by_traveler(merged)
    out = []
    for m in merged:
        r = m.record
        if m.kind == "meeting" and r.status == "occurred" and r.date is None and r.news_day is not None:
            m = dataclasses.replace(m, record=dataclasses.replace(r, date=r.news_day))
        elif m.kind == "meeting" and r.status == "occurred" and (r.date is None or r.date.precision == "gYear"):
            days = {t.date for t in _trips_told_with(m, trips)
                    if places_compatible(r.place, t.destination)
                    and (r.date is None or t.date.value[:4] == r.date.value[:4])}
            if len(days) == 1:
                m = dataclasses.replace(m, record=dataclasses.replace(r, date=days.pop()))
        r = m.record
        if m.kind == "meeting" and r.status == "occurred" and r.place is None and r.date is not None \
                and r.date.precision == "date":
            m = dataclasses.replace(m, record=dataclasses.replace(r, place=_trip_place(m, trips)))
        out.append(m)
    return out


_TRIP_DAYS = 2  # a visit's talks: the day of arrival or the two after


def during_trip(day: datetime.date, arrival: DateValue) -> bool:
    """Is `day` the day of a trip's arrival (a `DateValue` to the day) or one of the two after?"""
    return 0 <= (day - datetime.date.fromisoformat(arrival.value)).days <= _TRIP_DAYS


def _trips_by_traveler(merged: list[Merged]) -> dict:
    """The visits dated to the day, by traveler, each with the articles that tell it."""
    trips = defaultdict(list)
    for m in merged:
        if m.kind == "visit" and m.record.date is not None and m.record.date.precision == "date":
            trips[m.record.traveler].append((m.record, frozenset(e.article for e in m.evidence)))
    return trips


def _trips_told_with(meeting: Merged, trips: dict) -> list:
    """The dated trips of the meeting's participants that an article telling the meeting tells
    (looked up by traveler: a corpus has thousands of meetings and trips)."""
    articles = {e.article for e in meeting.evidence}
    return [trip for p in meeting.record.participants for trip, told in trips.get(p, ()) if articles & told]


def _trip_place(meeting: Merged, trips: dict):
    """Where a meeting no article places took place: the destination of the trip one of its
    participants arrived on that day or just before, reported by the same articles ("Poutine est
    arrivé jeudi à Hanoï" … "il s'est entretenu avec Tô Lâm"); None when there is no such trip, or
    trips to two unrelated places."""
    day = datetime.date.fromisoformat(meeting.record.date.value)
    places = {t.destination for t in _trips_told_with(meeting, trips) if during_trip(day, t.date)}
    places = [p for p in places if p is not None]
    if len(places) == 2 and places_compatible(*places):
        places = [p for p in places if p.type != "Country"]
    return places[0] if len(places) == 1 else None


def _news_day(records) -> DateValue | None:
    """The day the articles telling an undated meeting as their news agree on, if they do."""
    days = {r.news_day for r in records if r.news_day is not None}
    return days.pop() if len(days) == 1 else None


def merge(kind: str, records: list) -> list[Merged]:
    if kind == "role":
        records = drop_bare_counterparts(records)
    if kind == "meeting":
        records = absorb_partial_meetings(records)
    if kind in ("meeting", "visit"):
        groups_: dict[tuple, list] = defaultdict(list)
        folded = _capital_visits(records) if kind == "visit" else {}
        if kind == "visit":
            folded.update(_landings(records, lambda t: folded.get(id(t), _iri(t.destination))))
        for r in records:
            who = tuple(a.iri for a in r.participants) if kind == "meeting" else (_iri(r.traveler),)
            dest = () if kind == "meeting" else (folded.get(id(r), _iri(r.destination)),)
            groups_[who + dest].append(r)
        place_of = (lambda r: r.place) if kind == "meeting" else (lambda r: None)
        events = [rs for key in sorted(groups_) for rs in cluster_events(groups_[key], place_of)]
        return _merged(kind, [(_event_identity(kind, rs), rs) for rs in events])
    if kind == "sanction":
        return _merged(kind, [((_iri(rs[0].target),) + tuple(sorted({_iri(r.imposer) for r in rs})), rs)
                              for rs in _sanction_groups(records)])
    if kind == "statement":
        return _merged(kind, [((_iri(rs[0].speaker), fold(rs[0].quote)), rs) for rs in _quote_groups(records)])
    if kind == "gift":
        return _merged(kind, [(identity(kind, rs[0]), rs) for rs in _gift_groups(records)])
    groups: dict[tuple, list] = defaultdict(list)
    for r in records:
        groups[identity(kind, r)].append(r)
    return _merged(kind, list(groups.items()))
