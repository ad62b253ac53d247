"""Resolution: one node per real actor and one per real fact, across articles.

Runs after extraction, on the records of every article. Pure: records in,
a `Corpus` out, whose order does not depend on the order of the articles.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg import cues, gazetteer, iri, knowledge
from kg.merge import Merged, dated_by_trips, merge
from kg.records import ActorRef, ArticleFacts, Claim, Gift, Meeting, Role, Sanction, Statement, Visit


@dataclass(frozen=True, order=True)
class Actor:
    iri: str
    type: str
    label: str
    wikidata: str | None
    names: tuple[str, ...]
    articles: tuple[str, ...]
    source: str | None = None  # the user's knowledge file that told or merged it (its IRI)
    description: str | None = None  # the user's own words for it, from that file

    def __hash__(self) -> int:
        # the IRI's (a string keeps its hash), not all six fields': merging hashes actors
        # millions of times, and `articles` lists every article that names the actor
        return hash(self.iri)


@dataclass
class Corpus:
    articles: list  # kg.articles.Article, sorted by id
    actors: list[Actor]
    facts: list[Merged]
    knowledge: object = None  # the kg.knowledge.Knowledge applied, if any
    applied: object = None  # and what it did (kg.knowledge.Applied)

    def of_kind(self, kind: str) -> list[Merged]:
        return [f for f in self.facts if f.kind == kind]


KIND_OF = {Role: "role", Meeting: "meeting", Visit: "visit", Gift: "gift",
           Statement: "statement", Sanction: "sanction", Claim: "claim"}


# ---------------------------------------------------------------- actors

# Transliteration variants of one name: French and English spellings of Russian and
# Korean names ("Vostotchny"/"Vostochny", "Sergueï"/"Sergei", "Choïgou"/"Shoigu").
_TRANSLIT = [
    (re.compile(r"tch"), "ch"), (re.compile(r"sh"), "ch"), (re.compile(r"kh"), "h"),
    (re.compile(r"ou"), "u"), (re.compile(r"gu(?=[eiy])"), "g"), (re.compile(r"y"), "i"),
    (re.compile(r"ck"), "k"), (re.compile(r"w"), "v"), (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[aeiou])ss(?=[aeiou])"), "s"), (re.compile(r"([a-z])\1"), r"\1"),
    (re.compile(r"(?<=[a-z])ei\b"), "i"), (re.compile(r"(?<=[a-z])ii\b"), "i"),
]


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A folded name that spelling variants share ("Vostotchny" and "Vostochny" give "vostochni")."""
    text = gazetteer.fold(name)
    for pattern, repl in _TRANSLIT:
        text = pattern.sub(repl, text)
    return text


@gazetteer.derived(maxsize=1 << 16)
def actor_key(ref: ActorRef) -> tuple[str, str]:
    """What makes two references the same actor: the gazetteer key, else type and the folded,
    transliteration-tolerant name."""
    if ref.key:
        entry = gazetteer.get(ref.key)
        if entry is not None:
            return (entry.type, "gz:" + entry.key)
    entry = gazetteer.lookup(ref.name, ref.type)
    if entry is not None:
        return (entry.type, "gz:" + entry.key)
    return (ref.type, name_key(ref.name))


def _ends(words: list[str]) -> set[str]:
    """First and last word of a full name; not a father's name ("Mohammed ben Salmane" is not
    "Salmane", his father)."""
    if len(words) < 2:
        return set(words)
    father = words[-2] in cues.words("actors", "patronymic_particles")
    return {words[0]} | (set() if father else {words[-1]})


def _name_parts(key: tuple[str, str]) -> set[str]:
    """The words a lone surname may be ("Peskov", "Cheong"): first and last of a full name."""
    kind, name = key
    if name.startswith("gz:"):
        entry = gazetteer.get(name[3:])
        if entry is None:
            return set()
        out = set()
        for n in (entry.label, *entry.names):
            out |= _ends(name_key(n).split())
        return out
    words = name.split()
    return _ends(words) if len(words) > 1 else set()


def _surname_map(keys: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """A lone name ("Peskov", "Cheong", "Kim") maps to the one person of the corpus whose full name
    begins or ends with it; left alone when two people share it."""
    full_by_part: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key in keys:
        if key[0] == "Person":
            for part in _name_parts(key):
                full_by_part[part].add(key)
    mapping = {}
    for key in keys:
        kind, name = key
        if kind == "Person" and not name.startswith("gz:") and len(name.split()) == 1:
            targets = full_by_part.get(name, set()) - {key}
            if len(targets) == 1:
                mapping[key] = next(iter(targets))
    return mapping


def _type_map(counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], tuple[str, str]]:
    """One name the gazetteer does not know, typed differently in different articles ("Lankov" as
    Person and as Organization), takes the type most mentions give it."""
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in counts:
        if not key[1].startswith("gz:"):
            by_name[key[1]].append(key)
    mapping = {}
    for name, keys in by_name.items():
        if len(keys) > 1:
            best = sorted(keys, key=lambda k: (-counts[k], k[0]))[0]
            for k in keys:
                if k != best:
                    mapping[k] = best
    return mapping


def resolve_actors(all_facts: list[ArticleFacts]) -> dict[tuple[str, str], Actor]:
    """Every actor key of the corpus, mapped to its one `Actor`."""
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    spellings: dict[tuple[str, str], Counter] = defaultdict(Counter)
    seen_in: dict[tuple[str, str], set[str]] = defaultdict(set)
    for facts in all_facts:
        refs = [m.ref for m in facts.mentions] + [r for f in facts.facts() for r in refs_of(f)]
        for ref in refs:
            key = actor_key(ref)
            names[key][ref.name] += 1
            seen_in[key].add(facts.article.id)
        for m in facts.mentions:
            if m.surface and m.ref.key:
                spellings[actor_key(m.ref)][m.surface] += 1
    alias = _type_map({k: sum(v.values()) for k, v in names.items()})
    for short, full in alias.items():
        names[full].update(names.pop(short))
        seen_in[full] |= seen_in.pop(short)
    surnames = _surname_map(set(names))
    for short, full in surnames.items():
        names[full].update(names.pop(short))
        seen_in[full] |= seen_in.pop(short)
    for k, v in alias.items():
        alias[k] = surnames.get(v, v)
    alias.update(surnames)
    actors: dict[tuple[str, str], Actor] = {}
    for key in sorted(names):
        kind = key[0]
        entry = gazetteer.get(key[1][3:]) if key[1].startswith("gz:") else None
        counted = names[key]
        if entry is not None:
            label, wikidata = spelling(entry, spellings[key]), entry.wikidata
        else:
            # the fullest name, then the most frequent, then alphabetical: deterministic
            label = sorted(counted, key=lambda n: (-len(n.split()), -counted[n], n))[0]
            wikidata = None
        iri_ = iri.actor(kind, entry.key if entry is not None else label)
        actors[key] = Actor(iri=iri_, type=kind, label=label, wikidata=wikidata,
                            names=tuple(sorted(set(counted) - {label})),
                            articles=tuple(sorted(seen_in[key])))
    for short, full in alias.items():
        actors[short] = actors[full]
    return actors


def spelling(entry: gazetteer.Entry, seen: Counter) -> str:
    """The label of a known actor, as the articles spell it where the gazetteer's label is not
    what they write ("Esmaïl Baghaei" rather than the gazetteer's "Esmaïl Baghaï"): for a person,
    the most written of its full names they write; for others, the most written proper name;
    the gazetteer's label when they write it, or none of its names."""
    known = {gazetteer.fold(n) for n in (entry.label, *entry.names)}
    # proper names only: "agence de presse KCNA" or "ville de Khassan" describe, the label names;
    # but a body whose label is lower-case is written that way ("département du Commerce" for
    # "département du Commerce américain"; not "diplomatie chinoise" for its foreign ministry)
    head = gazetteer.fold(entry.label).split()[0] if entry.label[:1].islower() else None
    written = [s for s in seen if gazetteer.fold(s) in known and
               (not s[:1].islower() or gazetteer.fold(s).split()[0] == head)]
    label = gazetteer.fold(entry.label)
    if not written or (entry.type != "Person" and any(gazetteer.fold(s) == label for s in written)):
        return entry.label
    person = entry.type == "Person"  # a person's full name first, the most written of those
    return sorted(written, key=lambda s: (person and len(gazetteer.fold(s).split()) < 2,
                                          s.isupper() and len(s) > 4, -seen[s], len(s), s))[0]


def _fields_of(record, kind: type) -> list:
    out = []
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, kind):
            out.append(value)
        elif isinstance(value, tuple):
            out.extend(v for v in value if isinstance(v, kind))
    return out


def refs_of(record) -> list[ActorRef]:
    """The actors a record names, as its article resolves them."""
    return _fields_of(record, ActorRef)


def actors_of(record) -> list[Actor]:
    """The resolved actors a fact involves."""
    return _fields_of(record, Actor)


def _with_actors(record, actors: dict[tuple[str, str], Actor]):
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, ActorRef):
            changes[f.name] = actors[actor_key(value)]
        elif isinstance(value, tuple) and any(isinstance(v, ActorRef) for v in value):
            changes[f.name] = tuple(sorted({actors[actor_key(v)] for v in value}))
    return dataclasses.replace(record, **changes)


def newest_publication(all_facts: list[ArticleFacts]) -> str | None:
    """The latest publication date of the corpus (ISO), where articles give one; a page that gives
    only its month ("date 2025-10") was published in that month at the latest."""
    found = [f.meta.published or f.meta.month for f in all_facts if f.meta is not None]
    found = [d for d in found if d]
    return max(found, key=lambda d: (d[:7], len(d) == 7, d)) if found else None


def _not_after(record, ceiling: str | None):
    """A meeting that occurred, or a visit, dated after the newest article of the corpus is dated
    wrongly (a year guessed from a weekday, a misread expression): its date is dropped."""
    date = getattr(record, "date", None)
    if ceiling is None or date is None or getattr(record, "status", "occurred") != "occurred":
        return record
    if date.value[:len(ceiling)] > ceiling[:len(date.value)]:
        return dataclasses.replace(record, date=None)
    return record


def _apply_actors(actors: dict[tuple[str, str], Actor], known, all_facts) -> list[str]:
    """What the user's knowledge file says of the actors: those it told of say so, and its merges
    make one actor of several (in place); its actor entries and merges and not-actors that matched
    nothing."""
    told = gazetteer.user_keys()
    for key, actor in actors.items():
        if key[1].startswith("gz:") and key[1][3:] in told:
            entry = gazetteer.get(key[1][3:])
            actors[key] = dataclasses.replace(actor, source=known.iri, description=entry.description)
    found = {k[1][3:] for k in actors if k[1].startswith("gz:")}
    unmatched = [a.where for a, k in zip(known.actors, told) if k not in found]
    for merge in known.merges:
        members = sorted({a for a in actors.values() if any(knowledge.matches(a, n) for n in merge.actors)})
        if len(members) < 2:
            unmatched.append(merge.where)
            continue
        first = next((a for a in members if knowledge.matches(a, merge.actors[0])), members[0])
        names = {n for a in members for n in (a.label, *a.names)} - {first.label}
        one = dataclasses.replace(
            first, wikidata=first.wikidata or next((a.wikidata for a in members if a.wikidata), None),
            names=tuple(sorted(names)), articles=tuple(sorted({x for a in members for x in a.articles})),
            source=known.iri, description=first.description or next((a.description for a in members
                                                                       if a.description), None))
        for key, actor in actors.items():
            if actor in members:
                actors[key] = one
    if known.not_actors:
        texts = [f" {gazetteer.fold.__wrapped__(f.article.text)} " for f in all_facts]
        unmatched += [n.where for n in known.not_actors
                      if not any(f" {gazetteer.fold(n.name)} " in t for t in texts)]
    return unmatched


def resolve(all_facts: list[ArticleFacts], known=None) -> Corpus:
    """The corpus of `all_facts`, with the user's knowledge file `known` (kg.knowledge) applied."""
    all_facts = sorted(all_facts, key=lambda f: f.article.id)
    actors = resolve_actors(all_facts)
    unmatched = _apply_actors(actors, known, all_facts) if known is not None else []
    ceiling = newest_publication(all_facts)
    by_kind: dict[str, list] = defaultdict(list)
    for facts in all_facts:
        for record in facts.facts():
            by_kind[KIND_OF[type(record)]].append(_not_after(_with_actors(record, actors), ceiling))
    merged = dated_by_trips([m for kind in sorted(by_kind) for m in merge(kind, by_kind[kind])])
    applied = None
    if known is not None:
        merged, removed, rejected_none = knowledge.reject(known, merged, actors_of)
        applied = knowledge.Applied(removed=removed, unmatched=unmatched + rejected_none)
    unique_actors = sorted(set(actors.values()))
    return Corpus(articles=[f.article for f in all_facts], actors=unique_actors, facts=merged,
                  knowledge=known, applied=applied)
