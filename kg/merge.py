"""Merging: one node per real fact, however many mentions and articles report it.

Runs after actor resolution: the records it gets name resolved `Actor`s.
`identity` says which mentions are the same fact; `combine` makes one record
stand for them all. Pure and order-independent.
"""
from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg import iri
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
        return (_iri(r.giver), _iri(r.recipient), fold(r.item))
    if kind == "statement":
        return (_iri(r.speaker), fold(r.quote))
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
    return sorted(counts, key=lambda v: (-counts[v], str(v)))[0]


def _combine(kind: str, records: list) -> object:
    """One record standing for every mention of a fact."""
    first = sorted(records, key=lambda r: r.evidence)[0]
    if kind in ("meeting", "visit"):
        changes = {"date": _best_date(records)}
        if kind == "meeting":
            changes["place"] = _most_common(r.place for r in records)
            changes["status"] = "occurred" if any(r.status == "occurred" for r in records) else "planned"
        return dataclasses.replace(first, **changes)
    if kind == "sanction":
        return dataclasses.replace(first, reason=_most_common(r.reason for r in records))
    return first


def merge(kind: str, records: list) -> list[Merged]:
    groups: dict[tuple, list] = defaultdict(list)
    for r in records:
        groups[identity(kind, r)].append(r)
    merged = []
    for key in sorted(groups):
        rs = groups[key]
        merged.append(Merged(kind=kind, iri=iri.fact(kind, *key), record=_combine(kind, rs),
                             evidence=sorted({r.evidence for r in rs})))
    return merged


