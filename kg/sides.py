"""Which side each actor is on: the country it belongs to, as the network page groups them.

A country is its own side. Any other actor's side is the first of:

1. the country the gazetteer gives it: a known person's, organisation's or place's country
   (Sergueï Lavrov, the Kremlin, Vostotchny: Russia);
2. the side of the body or country one of its roles belongs to ("porte-parole" of the Kremlin);
3. the country of a demonym in one of its role titles or in its own name ("ministre russe de
   la Défense", "ministère nord-coréen des Affaires étrangères").

An actor nothing places has no side. General knowledge only: the gazetteer and the graph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg import gazetteer

_WIKIDATA = re.compile(r"(Q\d+)$")
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True, order=True)
class Side:
    key: str  # the country's actor IRI when the graph has it, else "gazetteer:" + its key
    label: str


@gazetteer.derived
def _by_wikidata() -> dict[str, gazetteer.Entry]:
    return {e.wikidata: e for e in gazetteer.entries() if e.wikidata}


def _entry(actor: dict) -> gazetteer.Entry | None:
    """The gazetteer's entry for an actor ({"type", "label", "wikidata"}), if it knows it."""
    found = _WIKIDATA.search(actor.get("wikidata") or "")
    entry = _by_wikidata().get(found.group(1)) if found else None
    if entry is not None and entry.type == actor["type"]:
        return entry
    return gazetteer.lookup(actor["label"], actor["type"])


def _country(entry: gazetteer.Entry | None) -> gazetteer.Entry | None:
    if entry is None:
        return None
    if entry.type == "Country":
        return entry
    country = gazetteer.get(entry.country) if entry.country else None
    return country if country is not None and country.type == "Country" else None


def _demonym_country(text: str) -> gazetteer.Entry | None:
    for word in _WORD.findall(text or ""):
        if word[:1].islower():  # "russe", "nord-coréen": a demonym, not a name
            country = gazetteer.country_of_demonym(word)
            if country is not None:
                return country
    return None


def sides(actors: dict[str, dict], roles: dict[str, list[tuple[str, str | None]]]) -> dict[str, Side]:
    """The side of each actor that has one. `actors`: IRI → {"type", "label", "wikidata"};
    `roles`: a person's IRI → its (title, IRI of the body or country) pairs (the IRI may be None)."""
    countries = {}  # gazetteer key → the graph's country actor
    for iri, actor in sorted(actors.items()):
        if actor["type"] == "Country":
            entry = _entry(actor)
            if entry is not None:
                countries.setdefault(entry.key, iri)

    def side_of(country: gazetteer.Entry | None) -> Side | None:
        if country is None:
            return None
        iri = countries.get(country.key)
        return Side(iri, actors[iri]["label"]) if iri else Side(f"gazetteer:{country.key}", country.label)

    out: dict[str, Side] = {}
    for iri, actor in actors.items():  # 1, and 3 for the actor's own name
        if actor["type"] == "Country":
            out[iri] = side_of(_entry(actor)) or Side(iri, actor["label"])
            continue
        side = side_of(_country(_entry(actor))) or side_of(_demonym_country(actor["label"]))
        if side is not None:
            out[iri] = side
    for person, held in sorted(roles.items()):  # 2, then 3 for the titles
        if person in out or person not in actors:
            continue
        bodies = [out[org] for _title, org in sorted(held, key=lambda r: (r[0], r[1] or "")) if org in out]
        titles = [c for title, _org in sorted(held, key=lambda r: (r[0], r[1] or ""))
                  if (c := side_of(_demonym_country(title))) is not None]
        if bodies or titles:
            out[person] = (bodies or titles)[0]
    return out
