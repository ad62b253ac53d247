"""The review loop of the knowledge file: which actors of a built graph to look at next.

A build names every actor it finds; the knowledge file (``kg.toml``, ``[[actor]]`` tables)
is where a user says who they are. Two lists tell what to add to it:

- `unlinked`: the actors with no Wikidata id (no ``owl:sameAs`` to a Wikidata entity),
  most mentioned first, each with a sentence of the articles that involves it;
  `toml_section` writes them as ``[[actor]]`` tables to fill in (``wikidata``,
  ``country``, ``description``);
- `similar`: pairs of actors of one type that may be one actor under two names: the
  same transliteration ("Sergueï Choïgou", "Sergei Shoigu"), one name inside the other
  ("Dmitri Peskov", "Dmitri Sergueïevitch Peskov"; a lone "Peskov" when no other person
  of the graph is a Peskov), or a close spelling ("Cheong Seong-chang", "Cheong
  Seong-chan"). Two actors with different Wikidata ids are never paired; names that
  differ by a cardinal point, a number or a demonym ("Corée du Nord", "Corée du Sud";
  "Charles II", "Charles III"; "armée indienne", "armée iranienne") are not spellings
  of one name.

`kg actors GRAPH --unlinked [--toml]` and `kg actors GRAPH --similar` print them. The
functions read any triples: an Oxigraph store (`kg.graph.load`), an rdflib Graph, or
(subject, predicate, object) tuples. Output is deterministic: the same graph gives the
same lists, in the same order.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import click

from kg import gazetteer, iri
from kg.errors import KgError
from kg.gazetteer import fold
from kg.resolve import name_key

ACTOR_TYPES = ("Person", "Country", "Organization", "Place")
FACT_TYPES = ("Fact", "Role", "Event", "Meeting", "Visit", "Gift", "Statement", "Sanction", "Claim")
SPELLING = 0.85  # the least difflib ratio of two folded names (and of their differing words) that
#                  `similar` calls spellings of one name
EVIDENCE_WIDTH = 160  # characters of the evidence sentence in the TOML comment

_KG = iri.ONTOLOGY
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_MENTIONED_IN, _EVIDENCE, _SENTENCE = _KG + "mentionedIn", _KG + "evidence", _KG + "sentence"
_WIKIDATA_ID = re.compile(re.escape(iri.WIKIDATA) + r"Q\d+$")
_NOT_LINKS = {_RDF_TYPE, _SAME_AS, _MENTIONED_IN, _EVIDENCE, _KG + "source", _KG + "inArticle"}


# ---------------------------------------------------------------- reading the graph

@dataclass
class _Actor:
    iri: str
    type: str
    labels: set[str] = field(default_factory=set)
    alt_labels: set[str] = field(default_factory=set)
    wikidata: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        """Its rdfs:label (the least, when it has several), else the end of its IRI."""
        return min(self.labels) if self.labels else re.split(r"[/#]", self.iri)[-1]

    @property
    def names(self) -> list[str]:
        """Its label, then its alternative labels, each once."""
        label = self.label
        return [label, *sorted(self.alt_labels - {label})]


def _term(term) -> tuple[str, bool]:
    """An IRI's or a literal's text, and whether it is a literal, whichever library made it."""
    if isinstance(term, str):  # rdflib's terms are strings
        return str.__str__(term), type(term).__name__ == "Literal"
    return term.value, type(term).__name__ == "Literal"


def _triples(graph):
    """(subject, predicate, object, object is a literal) of an Oxigraph store, an rdflib
    Graph or any (s, p, o) tuples, as plain strings; a store's named graphs as their union."""
    for t in graph:
        if hasattr(t, "subject"):  # Oxigraph's Quad and Triple
            s, p, o = t.subject, t.predicate, t.object
        else:
            s, p, o = t[0], t[1], t[2]
        o_text, literal = _term(o)
        yield _term(s)[0], _term(p)[0], o_text, literal


@dataclass
class _Graph:
    actors: dict[str, _Actor]
    evidence: dict[str, str]  # actor IRI → the sentence of the least evidence of a fact involving it


def _read(graph, with_evidence: bool = True) -> _Graph:
    """The actors of a graph in one pass over its triples, and, `with_evidence`, a sentence each."""
    types: dict[str, set[str]] = defaultdict(set)
    labels, alt_labels = defaultdict(set), defaultdict(set)
    same_as, mentions = defaultdict(set), defaultdict(set)
    fact_evidence: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, set[str]] = defaultdict(set)
    links: list[tuple[str, str]] = []  # (subject, IRI object) of any other predicate
    for s, p, o, literal in _triples(graph):
        if p == _RDF_TYPE:
            if o.startswith(_KG):
                types[s].add(o[len(_KG):])
        elif p == _LABEL:
            labels[s].add(o)
        elif p == _ALT_LABEL:
            alt_labels[s].add(o)
        elif p == _SAME_AS:
            if not literal and _WIKIDATA_ID.match(o):
                same_as[s].add(o)
        elif p == _MENTIONED_IN:
            mentions[s].add(o)
        elif with_evidence:
            if p == _EVIDENCE:
                fact_evidence[s].add(o)
            elif p == _SENTENCE:
                sentences[s].add(o)
            elif not literal and p not in _NOT_LINKS:
                links.append((s, o))
    actors = {}
    for node, kinds in types.items():
        kind = next((t for t in ACTOR_TYPES if t in kinds), None)
        if kind is not None:
            actors[node] = _Actor(node, kind, labels.get(node, set()), alt_labels.get(node, set()),
                                  same_as.get(node, set()), mentions.get(node, set()))
    evidence: dict[str, str] = {}
    if with_evidence:
        facts = {s for s, kinds in types.items() if kinds & set(FACT_TYPES)} | set(fact_evidence)
        told: dict[str, set[str]] = defaultdict(set)  # actor → the evidence IRIs (with a sentence) of its facts
        for s, o in links:
            if s in facts and o in actors:
                told[o].update(ev for ev in fact_evidence.get(s, ()) if ev in sentences)
        for actor, evs in told.items():
            if not evs:
                continue
            # the first sentence (by evidence IRI) that writes one of its names, else the first
            names = {f" {fold(n)} " for n in actors[actor].labels | actors[actor].alt_labels if fold(n)}
            ordered = sorted(evs)
            naming = next((ev for ev in ordered if any(n in f" {fold(min(sentences[ev]))} " for n in names)), None)
            evidence[actor] = min(sentences[naming or ordered[0]])
    return _Graph(actors, evidence)


# ---------------------------------------------------------------- unlinked actors

@dataclass(frozen=True)
class UnlinkedActor:
    iri: str
    label: str
    type: str  # Person, Country, Organization or Place
    articles: int  # distinct articles that mention it (kg:mentionedIn)
    alt_labels: tuple[str, ...]  # its skos:altLabel, sorted
    evidence: str | None  # a sentence of a fact that involves it; None when no fact does


def _order(label: str) -> tuple[str, str]:
    """Labels in reading order: "armée russe" beside "Armée", not after every capital."""
    return fold(label), label


def unlinked(graph) -> list[UnlinkedActor]:
    """The actors of `graph` with no Wikidata id, most mentioned first (then by label, IRI).

    Each comes with its alternative labels and, when a fact involves it, the sentence of
    that fact's evidence: the least evidence IRI of all the facts linking to it, so that the
    same graph always shows the same sentence.
    """
    g = _read(graph)
    out = [UnlinkedActor(a.iri, a.label, a.type, len(a.articles), tuple(sorted(a.alt_labels - {a.label})),
                         g.evidence.get(a.iri))
           for a in g.actors.values() if not a.wikidata]
    return sorted(out, key=lambda u: (-u.articles, *_order(u.label), u.iri))


def _one_line(text: str, limit: int) -> str:
    """`text` on one line (spaces collapsed, no control characters), cut to `limit` with "…"."""
    text = " ".join("".join(" " if (ord(c) < 32 or ord(c) == 127) else c for c in text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(text: str) -> str:
    """`text` as a TOML basic string: quoted, with quotes, backslashes and controls escaped."""
    out = []
    for c in text:
        if c in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[c])
        elif ord(c) < 32 or ord(c) == 127:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _mentions(articles: int) -> str:
    return {0: "in no article", 1: "in 1 article"}.get(articles, f"in {articles} articles")


def toml_section(actors: list[UnlinkedActor]) -> str:
    """Knowledge-file ``[[actor]]`` tables for `actors`, ready to fill in.

    Each table holds ``name``, ``variants`` (its alternative labels, when it has some) and
    ``type``; what only the user knows (``wikidata``, ``country``, ``description``) is
    commented out, and a last comment says how many articles mention the actor and quotes
    a sentence about it. Parsed as it is, the section gives tables of name, variants and type.
    """
    lines = ["# Actors without a Wikidata id. Fill in and uncomment what you know (wikidata: Q then",
             "# digits, as Q7747), delete the tables you leave as they are; a name that is not an",
             "# actor goes in a [[not_actor]] table instead. Then build again."]
    for actor in actors:
        lines += ["", "[[actor]]", f"name = {toml_string(actor.label)}"]
        if actor.alt_labels:
            lines.append(f"variants = [{', '.join(toml_string(v) for v in actor.alt_labels)}]")
        lines += [f"type = {toml_string(actor.type)}",
                  '# wikidata = "Q…"', '# country = ""', '# description = ""']
        said = f"# mentioned {_mentions(actor.articles)}"
        if actor.evidence:
            said += ": " + _one_line(actor.evidence, EVIDENCE_WIDTH)
        lines.append(said)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- similar actors

@dataclass(frozen=True)
class SimilarPair:
    type: str
    label_a: str  # the pair in label order: a before b
    label_b: str
    iri_a: str
    iri_b: str
    reason: str  # "same Wikidata id", "same name", "same transliteration",
    #              "one name inside the other" or "spelling 0.91"


# what makes two names of one actor alike, strongest first
_SAME_WIKIDATA, _SAME_NAME, _SAME_KEY, _INSIDE, _SPELLING = range(5)
_REASONS = {_SAME_WIKIDATA: "same Wikidata id", _SAME_NAME: "same name",
            _SAME_KEY: "same transliteration", _INSIDE: "one name inside the other"}

# words that tell two places or bodies apart however alike the rest of their names are
_DISTINCT_WORDS = frozenset(
    "nord sud est ouest north south east west occidental occidentale oriental orientale "
    "septentrional septentrionale meridional meridionale haut haute bas basse "
    "i ii iii iv v vi vii viii ix x".split())
# words one name may have and the other lack, or have in another form ("mer du Japon", "mer de Japon")
_FUNCTION_WORDS = frozenset(name_key(w) for w in "a au aux d de des du el et l la le les al of the".split())
# particles that make one name with the word they precede: "ben Salmane" (his father), "Le Drian"
_PARTICLES = frozenset(name_key(w) for w in "abou abu al bin ben bint d da das de del della der di dos du el "
                                            "ibn l la le ould van von".split())
_SHORTEST = 6  # letters: shorter names (acronyms: "NSA", "ANSA") are never spellings of another
_EXTRA_TRANSLIT = ((re.compile(r"zh"), "j"),)  # "Kozhemyako" / "Kojemiako", "Zhirinovski" / "Jirinovski"
_JOINED = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")


def _key(name: str) -> str:
    """kg.resolve's name key, with a few more transliterations: what spelling variants share."""
    text = name_key(name)
    for pattern, repl in _EXTRA_TRANSLIT:
        text = pattern.sub(repl, text)
    return text


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a person's name as units of the name: a hyphenated word is one ("Jong-un"),
    and so is a particle with the word it precedes ("ben Salmane", "Le Drian", "al-Sabah")."""
    out: list[str] = []
    for word in _key(_JOINED.sub("", name)).split():
        if out and out[-1] in _PARTICLES:
            out[-1] += word
        else:
            out.append(word)
    return tuple(out)


@dataclass(frozen=True)
class _Name:
    actor: int  # index in the list of actors
    folded: str
    key: str
    words: tuple[str, ...]  # see `_name_words`

    @property
    def letters(self) -> int:
        return len(self.key) - self.key.count(" ")


def _name(actor: int, text: str) -> _Name:
    return _Name(actor, fold(text), _key(text), _name_words(text))


def _inside(small: _Name, big: _Name) -> bool:
    """A person's full name inside a longer one: two words at least, in the same order, the
    first and the last the longer name's ("Dmitri Peskov" in "Dmitri Sergueïevitch Peskov";
    not "Idriss Déby" in "Mahamat Idriss Déby", his son; not "Sung Kim" in "Kim Il Sung")."""
    s, b = small.words, big.words
    if len(s) < 2 or len(s) > len(b) or s[0] != b[0] or s[-1] != b[-1]:
        return False
    rest = iter(b[1:-1])
    return all(word in rest for word in s[1:-1])  # a subsequence: each found after the previous


def _demonym_countries(words: set[str]) -> set[str]:
    return {c.key for w in words if (c := gazetteer.country_of_demonym(w)) is not None}


def _words_agree(a: _Name, b: _Name, threshold: float) -> bool:
    """Whether two close names differ by spelling only: no cardinal point, number or demonym
    tells them apart ("Corée du Nord", "Corée du Sud"; "armée indienne", "armée iranienne"),
    and the words one has and the other lacks, small words aside ("du", "de"), pair one for one
    as spellings of each other, each pair as close as `threshold` ("Kim Jong-un" and "Kim
    Yo-jong": "un" is no spelling of "yo"; "Li Qiang" and "Li Keqiang")."""
    only_a, only_b = set(a.folded.split()) - set(b.folded.split()), set(b.folded.split()) - set(a.folded.split())
    differ = only_a | only_b
    if differ & _DISTINCT_WORDS or any(c.isdigit() for w in differ for c in w):
        return False
    if _demonym_countries(only_a) != _demonym_countries(only_b):
        return False
    keys_a, keys_b = Counter(a.key.split()), Counter(b.key.split())
    left_a = sorted(w for w in (keys_a - keys_b).elements() if w not in _FUNCTION_WORDS)
    left_b = sorted(w for w in (keys_b - keys_a).elements() if w not in _FUNCTION_WORDS)
    if not left_a or not left_b:  # nothing but small words apart, or a word more ("Nawaf", "Ahmad Nawaf")
        return not left_a and not left_b
    if len(left_a) != len(left_b):  # written in more or fewer words: "Abdelaziz", "Abd el-Aziz"
        left_a, left_b = ["".join(left_a)], ["".join(left_b)]
    for word in left_a:
        ratio, other = max((SequenceMatcher(None, word, v, autojunk=False).ratio(), v) for v in left_b)
        if ratio < threshold:
            return False
        left_b.remove(other)
    return True


def _blocks(name: _Name) -> list[tuple[str, str]]:
    """The buckets a name is compared in: the first and the last letters of its key, and the
    first letters of its last word (a variant of a first name still meets its family name)."""
    out = [("start", name.key[:3]), ("end", name.key[-3:])]
    if len(name.words) > 1:
        out.append(("last", name.words[-1][:3]))
    return out


def _close_spellings(names: list[_Name], threshold: float, full_names: bool = False):
    """(name, name, ratio) for the names of different actors whose keys' difflib ratio is at
    least `threshold` and whose words agree (`_words_agree`); with `full_names`, of names of
    two words or more only (a lone surname is too short to tell a spelling from another name).

    Only names that share a bucket (`_blocks`) are compared, and of those only the names whose
    lengths allow the ratio (2 × shorter / both ≥ threshold): 5,000 actors take a second or two.
    """
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        if name.letters >= _SHORTEST and (not full_names or len(name.words) > 1):
            for block in _blocks(name):
                blocks[block].append(k)
    seen: set[tuple[int, int]] = set()
    matcher = SequenceMatcher(autojunk=False)
    for members in blocks.values():
        members.sort(key=lambda k: (len(names[k].key), names[k].key))
        for j, kb in enumerate(members):
            b = names[kb]
            matcher.set_seq2(b.key)  # the costly half, once per name
            for ka in reversed(members[:j]):
                a = names[ka]
                if 2 * len(a.key) < threshold * (len(a.key) + len(b.key)):
                    break  # shorter still: the ratio can only be lower
                if a.actor == b.actor or a.key == b.key or (ka, kb) in seen:
                    continue
                seen.add((ka, kb))
                matcher.set_seq1(a.key)
                if matcher.quick_ratio() < threshold:
                    continue
                ratio = matcher.ratio()
                if ratio >= threshold and _words_agree(a, b, threshold):
                    yield a, b, ratio


def _inside_pairs(names: list[_Name]):
    """(actor, actor) of the person names one of which is inside the other (`_inside`), and of
    a one-word name and the one person whose multi-word name begins or ends with it, when that
    is another person."""
    postings: dict[str, set[int]] = defaultdict(set)  # word → the names that have it
    ends: dict[str, set[int]] = defaultdict(set)  # word → the actors with a longer name it begins or ends
    for k, name in enumerate(names):
        for word in name.words:
            postings[word].add(k)
        if len(name.words) > 1:
            ends[name.words[0]].add(name.actor)
            ends[name.words[-1]].add(name.actor)
    for name in names:
        if len(name.words) == 1:
            others = ends.get(name.words[0], set())
            if len(others) == 1 and name.actor not in others:  # (its own full name explains it)
                yield name.actor, next(iter(others))
        elif len(name.words) > 1:
            found = set.intersection(*sorted((postings[w] for w in set(name.words)), key=len))
            for k in sorted(found):
                if names[k].actor != name.actor and _inside(name, names[k]):
                    yield name.actor, names[k].actor


def similar(graph, threshold: float = SPELLING) -> list[SimilarPair]:
    """Pairs of actors of one type in `graph` that may be one actor, each with the strongest
    reason found over their labels and alternative labels:

    - "same Wikidata id": two nodes linked to one entity;
    - "same name": the same folded name (accents, case, hyphens aside);
    - "same transliteration": the same key (`kg.resolve.name_key`: "Choïgou", "Shoigu");
    - "one name inside the other", persons only: a name of two words or more that begins
      and ends as a longer one, its other words in it in order ("Dmitri Peskov", "Dmitri
      Sergueïevitch Peskov"); or a one-word name that begins or ends the name of exactly one
      person, another ("Peskov" and "Dmitri Peskov"; not "Kim" when there are a Kim Jong-un
      and a Kim Yo-jong);
    - "spelling 0.91": the difflib ratio of the two names' keys, at least `threshold`, when
      both have six letters or more (and two words or more, for persons) and they differ by
      spelling only (`_words_agree`).

    Two actors with different Wikidata ids are never paired. Each pair once, in order of
    type, then labels (the pair's first label before its second).
    """
    actors = sorted(_read(graph, with_evidence=False).actors.values(),
                    key=lambda a: (a.type, *_order(a.label), a.iri))
    best: dict[tuple[int, int], tuple[int, float]] = {}

    def propose(i: int, j: int, rank: int, ratio: float = 0.0) -> None:
        if i == j:
            return
        i, j = min(i, j), max(i, j)
        if actors[i].wikidata and actors[j].wikidata and not actors[i].wikidata & actors[j].wikidata:
            return
        found = best.get((i, j))
        if found is None or (rank, -ratio) < (found[0], -found[1]):
            best[(i, j)] = (rank, ratio)

    by_type: dict[str, list[_Name]] = defaultdict(list)
    same: dict[tuple, set[int]] = defaultdict(set)
    for index, actor in enumerate(actors):
        for q in actor.wikidata:
            same[(_SAME_WIKIDATA, actor.type, q)].add(index)
        for text in actor.names:
            name = _name(index, text)
            if not name.key:  # nothing but punctuation
                continue
            by_type[actor.type].append(name)
            same[(_SAME_NAME, actor.type, name.folded)].add(index)
            same[(_SAME_KEY, actor.type, name.key)].add(index)
    for (rank, *_), group in same.items():
        ordered = sorted(group)
        for n, i in enumerate(ordered):
            for j in ordered[n + 1:]:
                propose(i, j, rank)
    for type_, names in by_type.items():
        if type_ == "Person":
            for a, b in _inside_pairs(names):
                propose(a, b, _INSIDE)
        for a, b, ratio in _close_spellings(names, threshold, full_names=type_ == "Person"):
            propose(a.actor, b.actor, _SPELLING, ratio)
    out = []
    for (i, j), (rank, ratio) in sorted(best.items()):
        a, b = actors[i], actors[j]
        reason = _REASONS.get(rank) or f"spelling {math.floor(ratio * 100) / 100:.2f}"
        out.append(SimilarPair(a.type, a.label, b.label, a.iri, b.iri, reason))
    return out


# ---------------------------------------------------------------- the command

TABLE_EVIDENCE_WIDTH = 90


def unlinked_table(actors: list[UnlinkedActor]) -> str:
    """The unlinked actors as a table: label (whole: it is what goes in kg.toml), type,
    articles, the evidence sentence cut short."""
    rows = [(_one_line(a.label, len(a.label)), a.type, str(a.articles),
             _one_line(a.evidence, TABLE_EVIDENCE_WIDTH) if a.evidence else "-") for a in actors]
    header = ("label", "type", "articles", "evidence")
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(3)]
    lines = []
    for label, type_, count, evidence in [header, *rows]:
        lines.append(f"{label.ljust(widths[0])}  {type_.ljust(widths[1])}  {count.rjust(widths[2])}  {evidence}")
    return "\n".join(lines) + "\n"


def similar_lines(pairs: list[SimilarPair]) -> str:
    """One line per pair: "Person: Kim Jong Un ~ Kim Jong-un (same transliteration) <IRI> <IRI>"."""
    return "".join(f"{p.type}: {p.label_a} ~ {p.label_b} ({p.reason}) <{p.iri_a}> <{p.iri_b}>\n" for p in pairs)


@click.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--unlinked", "list_unlinked", is_flag=True,
              help="List the actors with no Wikidata id, most mentioned first: label, type, number "
                   "of articles and a sentence that involves each.")
@click.option("--toml", "as_toml", is_flag=True,
              help="With --unlinked: print them as [[actor]] tables for the knowledge file, with "
                   "wikidata, country and description commented out, to fill in.")
@click.option("--similar", "list_similar", is_flag=True,
              help="List the pairs of actors of one type that may be one actor under two names "
                   "(same transliteration, one name inside the other, close spelling), one per line.")
@click.pass_context
def actors(ctx, graph_file, list_unlinked, as_toml, list_similar):
    """List the actors of a built graph that your knowledge file (kg.toml) could improve.

    --unlinked lists the actors kg could not link to Wikidata, the most
    mentioned first, each with a sentence about it; --toml prints them as
    [[actor]] tables to paste into kg.toml and fill in (wikidata, country,
    description). --similar lists the pairs of actors of one type that may be
    one actor under two names (same transliteration, one name inside the
    other, close spelling): make them one with a [[merge]] table (actors =
    ["name", "other name"]), or give the [[actor]] the other name among its
    variants. Then build again and review what is left. GRAPH is a graph file
    kg wrote (graph.ttl, graph.trig...).

    \b
    Example:
        kg build seeds --out exports
        kg actors exports/graph.ttl --unlinked
        kg actors exports/graph.ttl --unlinked --toml >> seeds/kg.toml
        kg actors exports/graph.ttl --similar
        (edit seeds/kg.toml: wikidata = "Q...", country, description; merges)
        kg build seeds --out exports      # finds seeds/kg.toml (or: --knowledge FILE)
    """
    from kg import graph as graph_mod

    if list_unlinked and list_similar:
        raise click.UsageError("give --unlinked or --similar, not both")
    if not (list_unlinked or list_similar):
        raise click.UsageError("give --unlinked (actors without a Wikidata id) or --similar (pairs that may "
                               "be one actor)")
    if as_toml and not list_unlinked:
        raise click.UsageError("--toml goes with --unlinked")
    try:
        store = graph_mod.load(graph_file)
    except KgError as exc:  # as the kg group does: one line, no traceback, when run on its own too
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(exc.exit_code)
    if list_unlinked:
        found = unlinked(store)
        if found:
            click.echo((toml_section(found) if as_toml else unlinked_table(found)).encode("utf-8"), nl=False)
        click.echo(f"{len(found)} actor{'s' * (len(found) != 1)} without a Wikidata id"
                   + (f"; to fill them in: kg actors {graph_file} --unlinked --toml >> kg.toml"
                      if found and not as_toml else ""), err=True)
    else:
        pairs = similar(store)
        click.echo(similar_lines(pairs).encode("utf-8"), nl=False)
        click.echo(f"{len(pairs)} pair{'s' * (len(pairs) != 1)} of actors that may be one", err=True)
