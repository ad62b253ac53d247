"""An offline gazetteer of general knowledge: countries, capitals, places, organisations, people.

The data (``kg/data/gazetteer.json``) holds only general facts — names, spellings,
demonyms, capitals and Wikidata ids — never facts of particular articles. This module
is pure (no spaCy) and loads the JSON once.

A user's knowledge file (`kg.knowledge`) layers its own actors over these entries, and
names never to read as actors (`use_knowledge`); whatever is computed from the entries
is cached with `derived`, and made again when they change.

Example:

    >>> from kg import gazetteer
    >>> gazetteer.lookup("M. Poutine").key
    'putin'
    >>> gazetteer.country_of_capital("Pyongyang").label
    'Corée du Nord'
    >>> gazetteer.country_of_demonym("Nord-Coréennes").key
    'north_korea'
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Entry",
    "fold",
    "entries",
    "get",
    "lookup",
    "country_of_demonym",
    "country_of_capital",
    "wikidata_iri",
    "TYPES",
    "UserActor",
    "use_knowledge",
    "knowledge_state",
    "knowledge_key",
    "user_keys",
    "not_an_actor",
    "derived",
]

TYPES = ("Country", "Person", "Organization", "Place")
# When a name is shared across types and no type is asked for, the first type here wins.
_PRIORITY = {"Country": 0, "Person": 1, "Organization": 2, "Place": 3}

_WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class Entry:
    key: str
    type: str
    label: str
    wikidata: str | None
    names: tuple[str, ...]
    country: str | None = None  # person's country / place's country / capital_of
    capital: str | None = None  # for countries: key of the capital (its own key for city-states)
    demonyms: tuple[str, ...] = ()
    kind: str | None = None  # for organisations: "media" for news agencies and outlets
    description: str | None = None  # a user's own words for an actor of their knowledge file


_APOSTROPHES_HYPHENS = re.compile(r"[\u2019\u2018'`\u00b4\u02bc\u2032\-\u2010\u2011\u2012\u2013\u2014\u2212_]")
_PUNCT = re.compile(r"[,;:!?\"\u00ab\u00bb\u201c\u201d()\[\]{}/\\|*\u2026]")
_SPACES = re.compile(r"\s+")
_HONORIFIC = re.compile(r"^(?:m|mm|mme|mmes|mlle|mlles|mr|mrs|ms|dr|pr)\.?\s+")
_ARTICLES = ("de la ", "de l ", "a la ", "a l ", "le ", "la ", "les ", "l ", "du ", "des ", "de ", "d ", "au ", "aux ")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
                            "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name for comparison: no accents, lower case, apostrophes and hyphens as spaces,
    collapsed spaces, no leading honorific (M., Mme, Mr, Dr...)."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _APOSTROPHES_HYPHENS.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = _SPACES.sub(" ", text).strip().rstrip(".").strip()
    while True:
        stripped = _HONORIFIC.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


def _strip_article(folded: str) -> str | None:
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article):]
    return None


def _data_text() -> str:
    try:
        from importlib.resources import files

        return (files("kg") / "data" / "gazetteer.json").read_text(encoding="utf-8")
    except Exception:  # package not importable as such (e.g. loaded from a path)
        return (Path(__file__).parent / "data" / "gazetteer.json").read_text(encoding="utf-8")


# ---------------------------------------------------------------- the user's knowledge

@dataclass(frozen=True)
class UserActor:
    """An actor of the user's knowledge file (`kg.knowledge`), as the gazetteer takes it in."""

    name: str
    type: str
    variants: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None  # a country's name or key
    description: str | None = None


_DERIVED: list = []  # the caches built from the entries, emptied when the user's knowledge changes
_USER: tuple[tuple[UserActor, ...], frozenset[str]] = ((), frozenset())


def derived(function=None, *, maxsize: int | None = None):
    """`functools.cache` (or an LRU cache of `maxsize`) for what is computed from the entries:
    made again once `use_knowledge` changes them."""
    def wrap(function):
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _DERIVED.append(cached)
        return cached
    return wrap(function) if function is not None else wrap


def use_knowledge(actors: tuple[UserActor, ...] = (), not_actors: tuple[str, ...] = ()) -> None:
    """Layer a user's actors over the general gazetteer (a name it knows, or its Wikidata id,
    extends that entry; any other is a new entry), and names never to read as actors; with
    nothing, the general gazetteer alone. Every process that extracts must be told the same."""
    global _USER
    state = (tuple(actors), frozenset(fold(n) for n in not_actors if fold(n)))
    if state == _USER:
        return
    _USER = state
    for cached in _DERIVED:
        cached.cache_clear()


def knowledge_state() -> tuple[tuple[UserActor, ...], tuple[str, ...]]:
    """What `use_knowledge` was last given (folded names for the not-actors), to hand to another
    process."""
    return _USER[0], tuple(sorted(_USER[1]))


def not_an_actor(name: str) -> bool:
    """Is `name` one the user's knowledge file says is not an actor?"""
    return bool(_USER[1]) and fold(name) in _USER[1]


def user_keys() -> tuple[str, ...]:
    """The key of the entry each of the user's actors made or extended, in their order."""
    return _load()[4]


@derived
def _relevance() -> tuple[tuple[str, str], ...]:
    """(folded name, what it stands for) of every name the user's knowledge gives or touches."""
    out = []
    for key in sorted(set(user_keys())):
        e = get(key)
        words = {fold(n) for n in (e.label, *e.names)}
        if e.type == "Person":  # a surname alone may name them
            words |= {w.split()[-1] for w in words if w}
        out += [(w, repr(e)) for w in sorted(words) if w]
    out += [(n, "not an actor") for n in sorted(_USER[1])]
    return tuple(out)


def knowledge_key(text: str) -> str:
    """What the user's knowledge says of the names `text` writes ("" when it says nothing of
    them): an article's extraction depends on the user's knowledge only through these."""
    names = _relevance()
    if not names:
        return ""
    folded = f" {fold.__wrapped__(text)} "  # (not into the name cache)
    told = [f"{name}={what}" for name, what in names if f" {name} " in folded]
    if not told:
        return ""
    return hashlib.sha256("\n".join(told).encode("utf-8")).hexdigest()[:16]


def _user_key(name: str, taken: dict[str, Entry]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_") or "actor"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    return key


def _layer(base: list[Entry]) -> tuple[list[Entry], tuple[str, ...]]:
    """The entries with the user's actors layered over them, and the key each of those made or
    changed."""
    by_key = {e.key: e for e in base}
    made: dict[int, str] = {}
    # (the user's countries first: another entry may name one of them as its country)
    for n, actor in sorted(enumerate(_USER[0]), key=lambda na: na[1].type != "Country"):
        found = next((e for e in by_key.values() if actor.wikidata and e.wikidata == actor.wikidata), None)
        if found is None:
            folded = fold(actor.name)
            found = next((e for e in by_key.values() if e.type == actor.type
                          and folded in {fold(n) for n in (e.label, *e.names)}), None)
        country = None
        if actor.country:
            country = next((e.key for e in by_key.values() if e.type == "Country" and (
                e.key == actor.country or fold(actor.country) in {fold(n) for n in (e.label, *e.names)})), None)
        names = tuple(dict.fromkeys((actor.name, *actor.variants)))
        if found is not None:
            entry = dataclasses.replace(
                found, names=tuple(dict.fromkeys((*found.names, *names))),
                wikidata=actor.wikidata or found.wikidata, country=country or found.country,
                description=actor.description or found.description)
        else:
            entry = Entry(key=_user_key(actor.name, by_key), type=actor.type, label=actor.name,
                          wikidata=actor.wikidata, names=names, country=country, description=actor.description)
        by_key[entry.key] = entry
        made[n] = entry.key
    return sorted(by_key.values(), key=lambda e: e.key), tuple(made[n] for n in range(len(_USER[0])))


@derived
def _load() -> tuple[tuple[Entry, ...], dict[str, Entry], dict[str, tuple[Entry, ...]], dict[str, Entry],
                     tuple[str, ...]]:
    raw = json.loads(_data_text())
    out: list[Entry] = []
    for item in raw["entries"]:
        out.append(
            Entry(
                key=item["key"],
                type=item["type"],
                label=item["label"],
                wikidata=item.get("wikidata"),
                names=tuple(item.get("names", ())),
                country=item.get("country") or item.get("capital_of"),
                capital=item.get("capital"),
                demonyms=tuple(item.get("demonyms", ())),
                kind=item.get("kind"),
            )
        )
    out, touched = _layer(out) if _USER[0] else (out, ())
    by_key = {e.key: e for e in out}
    by_name: dict[str, list[Entry]] = {}
    for e in out:
        for name in (e.label, *e.names):
            bucket = by_name.setdefault(fold(name), [])
            if e not in bucket:
                bucket.append(e)
    ranked = {k: tuple(sorted(v, key=lambda e: _PRIORITY.get(e.type, 9))) for k, v in by_name.items()}
    by_demonym: dict[str, Entry] = {}
    for e in out:
        for d in e.demonyms:
            by_demonym.setdefault(fold(d), e)
    return tuple(out), by_key, ranked, by_demonym, touched


def entries() -> tuple[Entry, ...]:
    """Every entry, sorted by key."""
    return _load()[0]


def get(key: str) -> Entry | None:
    """The entry with this key, or None."""
    return _load()[1].get(key)


def _candidates(name: str) -> tuple[Entry, ...]:
    by_name = _load()[2]
    folded = fold(name)
    if not folded:
        return ()
    found = by_name.get(folded)
    if found:
        return found
    rest = _strip_article(folded)
    while rest:
        found = by_name.get(rest)
        if found:
            return found
        rest = _strip_article(rest)
    return ()


def lookup(name: str, type: str | None = None) -> Entry | None:
    """The entry named `name` (any of its names or its label, folded; leading French articles
    and honorifics ignored). With `type`, only an entry of that type; without, a Country is
    preferred to a Person, an Organization, then a Place."""
    for entry in _candidates(name):
        if type is None or entry.type == type:
            return entry
    return None


@derived
def acronyms() -> frozenset[str]:
    """The names the gazetteer writes in capitals ("ONU", "AFP", "OTAN", "KCNA")."""
    return frozenset(n for e in entries() for n in (e.label, *e.names) if n.isupper())


def country_of_demonym(word: str) -> Entry | None:
    """The country of a French demonym in any gender or number ("nord-coréennes" -> North Korea)."""
    folded = fold(word)
    return _load()[3].get(folded) if folded else None


def country_of_capital(name: str) -> Entry | None:
    """The country whose capital is named `name` ("Moscou" -> Russia); city-states name themselves."""
    place = lookup(name, "Place")
    if place is not None:
        if place.country is not None and get(place.country) is not None:
            country = get(place.country)
            if country.type == "Country" and country.capital == place.key:
                return country
        return None
    country = lookup(name, "Country")
    if country is not None and country.capital == country.key:
        return country
    return None


def wikidata_iri(entry: Entry | None) -> str | None:
    """The Wikidata entity IRI of an entry, or None when its id is unknown."""
    if entry is None or not entry.wikidata:
        return None
    return _WIKIDATA + entry.wikidata
