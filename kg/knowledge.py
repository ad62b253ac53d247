"""The user's own knowledge: a TOML file of actors, merges, names that are not actors and rejected
facts, applied the same way at every build.

Given with ``kg build ARTICLES --knowledge FILE``, or found as ``kg.toml`` in a folder of articles.
Each entry is a table of an array (``[[actor]]``, ``[[merge]]``, ``[[not_actor]]``, ``[[reject]]``)
and may carry a ``note``; see ``docs/knowledge.md`` for the format. What each does:

- an actor is recognised in the text as the gazetteer's are (`kg.gazetteer.use_knowledge`): its
  name and variants, its type, its Wikidata id, its country; one the gazetteer knows (by name or
  Wikidata id) is extended;
- a merge makes the actors it names (names or IRIs) one, under the first one's name;
- a name that is not an actor is never read as one (its mentions are dropped before any fact is
  read);
- a rejection removes a fact, named by its IRI, or by its kind and the actors it involves.

An entry that matches nothing is a warning naming it. A malformed file is a `KnowledgeError`
naming the file, the line of the entry when it can, and what is wrong; nothing is built.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kg import gazetteer, iri
from kg.errors import InputError

FILE_NAME = "kg.toml"
KINDS = ("role", "meeting", "visit", "gift", "statement", "sanction", "claim")
_QID = re.compile(r"Q[1-9][0-9]*")

# the keys of each kind of entry: key -> (expected type, required)
_SCHEMA: dict[str, dict[str, tuple[type, bool]]] = {
    "actor": {"name": (str, True), "type": (str, True), "variants": (list, False), "wikidata": (str, False),
              "country": (str, False), "description": (str, False), "note": (str, False)},
    "merge": {"actors": (list, True), "note": (str, False)},
    "not_actor": {"name": (str, True), "note": (str, False)},
    "reject": {"fact": (str, False), "kind": (str, False), "actors": (list, False), "reason": (str, True),
               "note": (str, False)},
}
_TYPE_NAMES = {str: "a string", list: "a list of strings"}


class KnowledgeError(InputError):
    """A knowledge file that cannot be used: nothing is built."""

    exit_code = 2


@dataclass(frozen=True)
class KnownActor:
    where: str  # "kg.toml:3 [[actor]] "Oleg Kojemiako"", for messages
    name: str
    type: str
    variants: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Merge:
    where: str
    actors: tuple[str, ...]


@dataclass(frozen=True)
class NotActor:
    where: str
    name: str


@dataclass(frozen=True)
class Rejection:
    where: str
    reason: str
    fact: str | None = None  # an IRI
    kind: str | None = None
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    path: Path
    actors: tuple[KnownActor, ...] = ()
    merges: tuple[Merge, ...] = ()
    not_actors: tuple[NotActor, ...] = ()
    rejections: tuple[Rejection, ...] = ()

    @property
    def iri(self) -> str:
        return iri.knowledge(self.path.name)

    def summary(self) -> str:
        counts = [(len(self.actors), "actor"), (len(self.merges), "merge"),
                  (len(self.not_actors), "name not an actor"), (len(self.rejections), "rejected fact")]
        told = ", ".join(f"{n} {what}" if n == 1 else f"{n} {_plural(what)}" for n, what in counts if n)
        return f"Knowledge file {self.path}: {told or 'no entries'}"


def _plural(what: str) -> str:
    return "names not actors" if what == "name not an actor" else what + "s"


# ---------------------------------------------------------------- reading

def find(inputs: list[Path]) -> Path | None:
    """The `kg.toml` in the folders of `inputs`; KnowledgeError when there are several."""
    found = sorted({(p / FILE_NAME).resolve() for p in inputs if p.is_dir() and (p / FILE_NAME).is_file()})
    if len(found) > 1:
        raise KnowledgeError(f"several knowledge files ({', '.join(map(str, found))}); "
                             "give the one to use with --knowledge FILE")
    return found[0] if found else None


def load(path: Path) -> Knowledge:
    """The knowledge file at `path`, checked whole."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: no such knowledge file; give an existing TOML file to --knowledge") from None
    except IsADirectoryError:
        raise KnowledgeError(f"{path}: is a folder; give a TOML file to --knowledge") from None
    except UnicodeDecodeError:
        raise KnowledgeError(f"{path}: not UTF-8 text; save the knowledge file as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)", message)
        line = at.group(1) if at and at.group(1) else str(text.count("\n") + 1)
        what = message[:at.start()] if at else message
        raise KnowledgeError(f"{path}:{line}: {what} (TOML syntax); fix the line and build again") from None
    unknown = sorted(set(data) - set(_SCHEMA))
    if unknown:
        raise KnowledgeError(f"{path}: unknown section {unknown[0]!r}; the sections are "
                             + ", ".join(f"[[{s}]]" for s in _SCHEMA))
    lines = {section: _header_lines(text, section) for section in _SCHEMA}
    entries = {section: [] for section in _SCHEMA}
    for section in _SCHEMA:
        tables = data.get(section, [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise KnowledgeError(f"{path}: {section!r} must be tables written [[{section}]]")
        at = lines[section] if len(lines[section]) == len(tables) else [None] * len(tables)
        for n, (table, line) in enumerate(zip(tables, at), start=1):
            where = f"{path}:{line}" if line else f"{path}: [[{section}]] number {n}"
            entries[section].append(_entry(section, table, where))
    known = Knowledge(path=path, actors=tuple(entries["actor"]), merges=tuple(entries["merge"]),
                      not_actors=tuple(entries["not_actor"]), rejections=tuple(entries["reject"]))
    _check_countries(known)
    return known


def _header_lines(text: str, section: str) -> list[int]:
    """The line of each `[[section]]` header, in order."""
    header = re.compile(rf"^\s*\[\[\s*{section}\s*\]\]\s*(?:#.*)?$")
    return [n for n, line in enumerate(text.splitlines(), start=1) if header.match(line)]


def _entry(section: str, table: dict, where: str):
    schema = _SCHEMA[section]
    label = table.get("name") if isinstance(table.get("name"), str) else None
    where = f"{where} [[{section}]]" + (f" {label!r}" if label else "")
    for key in table:
        if key not in schema:
            raise KnowledgeError(f"{where}: unknown key {key!r}; the keys are {', '.join(schema)}")
    for key, (kind, required) in schema.items():
        if key not in table:
            if required:
                raise KnowledgeError(f"{where}: {key!r} is missing")
            continue
        value = table[key]
        if not isinstance(value, kind) or (kind is list and not all(isinstance(v, str) for v in value)):
            raise KnowledgeError(f"{where}: {key!r} must be {_TYPE_NAMES[kind]}")
        if kind is str and not value.strip() and key != "note":
            raise KnowledgeError(f"{where}: {key!r} is empty")
    if section == "actor":
        if table["type"] not in gazetteer.TYPES:
            raise KnowledgeError(f"{where}: type {table['type']!r} is not one of {', '.join(gazetteer.TYPES)}")
        wikidata = table.get("wikidata")
        if wikidata is not None and not _QID.fullmatch(wikidata):
            raise KnowledgeError(f"{where}: wikidata {wikidata!r} is not a Wikidata id (Q and digits, as Q7747)")
        return KnownActor(where=where, name=table["name"].strip(), type=table["type"],
                          variants=tuple(v.strip() for v in table.get("variants", ()) if v.strip()),
                          wikidata=wikidata, country=table.get("country"), description=table.get("description"))
    if section == "merge":
        names = tuple(n.strip() for n in table["actors"] if n.strip())
        if len(names) < 2:
            raise KnowledgeError(f"{where}: 'actors' must name at least two actors")
        return Merge(where=f"{where} {list(names)}", actors=names)
    if section == "not_actor":
        return NotActor(where=where, name=table["name"].strip())
    fact, kind, actors = table.get("fact"), table.get("kind"), tuple(table.get("actors", ()))
    if (fact is None) == (kind is None):
        raise KnowledgeError(f"{where}: give either 'fact' (a fact's IRI) or 'kind' with 'actors'")
    if fact is not None and not fact.startswith(iri.RESOURCE):
        raise KnowledgeError(f"{where}: 'fact' {fact!r} is not the IRI of a fact of kg ({iri.RESOURCE}…)")
    if kind is not None and kind not in KINDS:
        raise KnowledgeError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if kind is not None and not actors:
        raise KnowledgeError(f"{where}: 'actors' must name the actors of the {kind} to reject")
    return Rejection(where=f"{where} {kind}" if kind else where, reason=table["reason"].strip(), fact=fact,
                     kind=kind, actors=actors)


def _check_countries(known: Knowledge) -> None:
    own = {gazetteer.fold(a.name) for a in known.actors if a.type == "Country"}
    for actor in known.actors:
        if actor.country and _country_key(actor.country) is None and gazetteer.fold(actor.country) not in own:
            raise KnowledgeError(f"{actor.where}: country {actor.country!r} is not one kg knows; "
                                 "write its French or English name, or add it as an [[actor]] of type Country")


# ---------------------------------------------------------------- using it

def use(known: Knowledge | None) -> None:
    """Tell the gazetteer (for extraction, in this process) what `known` says; None: nothing."""
    if known is None:
        gazetteer.use_knowledge()
        return
    gazetteer.use_knowledge(
        tuple(gazetteer.UserActor(name=a.name, type=a.type, variants=a.variants, wikidata=a.wikidata,
                                  country=a.country and (_country_key(a.country) or a.country),
                                  description=a.description)
              for a in known.actors),
        tuple(n.name for n in known.not_actors))


def _country_key(country: str) -> str | None:
    """The gazetteer key of a country given by its key or one of its names (None: not one it knows,
    perhaps a country of the file itself)."""
    entry = gazetteer.get(country) or gazetteer.lookup(country, "Country")
    return entry.key if entry is not None else None


def matches(actor, name: str) -> bool:
    """Does `name` (a name or an IRI of the knowledge file) name the resolved `actor`?"""
    if name.startswith(("http://", "https://")):
        return actor.iri == name
    folded = gazetteer.fold(name)
    return folded == gazetteer.fold(actor.label) or any(folded == gazetteer.fold(n) for n in actor.names)


@dataclass
class Applied:
    """What the knowledge file did to a build: the facts it removed (with the rejection that
    removed each) and its entries that matched nothing."""

    removed: list[tuple[object, Rejection]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for fact, rejection in self.removed:
            out.append(f"Removed {fact.kind} {fact.iri} ({rejection.where}): {rejection.reason}")
        return out

    def warnings(self) -> list[str]:
        return [f"{where} matches nothing; it changed nothing" for where in self.unmatched]


def reject(known: Knowledge, facts: list, refs_of) -> tuple[list, list[tuple[object, Rejection]], list[str]]:
    """`facts` (kg.merge.Merged) without those `known` rejects; the removed, each with its
    rejection; the rejections that matched none. `refs_of(record)`: the actors a fact involves."""
    kept, removed, used = [], [], set()
    for fact in facts:
        hit = next((r for r in known.rejections if _rejects(r, fact, refs_of)), None)
        if hit is None:
            kept.append(fact)
        else:
            removed.append((fact, hit))
            used.add(hit)
    return kept, removed, [r.where for r in known.rejections if r not in used]


def _rejects(rejection: Rejection, fact, refs_of) -> bool:
    if rejection.fact is not None:
        return fact.iri == rejection.fact
    if fact.kind != rejection.kind:
        return False
    involved = refs_of(fact.record)
    return all(any(matches(actor, name) for actor in involved) for name in rejection.actors)
