"""The interactive HTML network: actors as nodes, facts as edges, every script inlined.

The page is one self-contained file: pyvis's vis-network, kg's own script and
style (``kg/data/viz/``) and the data are all inlined, so it opens from disk
with no network at all.

What is drawn:

- every actor (``kg:Person``, ``kg:Country``, ``kg:Organization``, ``kg:Place``)
  is a node, shaped and coloured by type; its size is its networkx degree
  centrality (how many distinct actors it has a relation with);
- relations between two actors are edges, one per (from, to, kind):
  ``met`` (every pair of a meeting's participants, undirected), ``visited``
  (traveler → destination), ``gave a gift to`` (giver → recipient),
  ``sanctions`` (imposer → target) and ``quoted on`` (a statement's speaker →
  each other actor the quotation itself names, by label or alternative name;
  a quotation that names no actor draws no edge but is still listed in the
  speaker's panel) and ``role in`` (a person → the body or country a role of
  theirs is held in). An edge's width grows with the number of articles that
  report it, its tooltip lists each fact with its date, evidence and article;
- each actor's side (``kg.sides``: the country it belongs to) places it near
  its country in the layout, and the page tints each side;
- an actor with no relation is not drawn but listed (``related`` false), and
  the page labels only where labels do not overlap; ``--focus`` (one or two
  actors) opens the page on a relationship.

Everything that comes from an article travels as JSON data (with ``<``, ``>``
and ``&`` escaped) and is put on the page by the script with ``textContent``
or as DOM elements, never as HTML. Output is deterministic: the same graph
gives the same bytes (sorted data, a layout computed here without randomness).
"""
from __future__ import annotations

import importlib.util
import io
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import sides
from kg.errors import KgError
from kg.vocab import KG

TYPES = {  # actor type: (colour, vis-network shape, legend label)
    "Person": ("#1f77b4", "dot", "person"),
    "Country": ("#8c564b", "diamond", "country"),
    "Organization": ("#2ca02c", "square", "organisation"),
    "Place": ("#9467bd", "triangle", "place"),
}
KINDS = {  # relation kind: (colour, directed)
    "met": ("#7f7f7f", False),
    "visited": ("#17becf", True),
    "gave a gift to": ("#ff7f0e", True),
    "sanctions": ("#d62728", True),
    "quoted on": ("#e377c2", True),
    "role in": ("#bcbd22", True),
}
FACT_CLASSES = ("Role", "Meeting", "Visit", "Gift", "Statement", "Sanction", "Claim")
PHYSICS_MAX_NODES = 300  # above this, positions come from Python only and physics stays off
MAX_FACTS_IN_TOOLTIP = 6

_DATA_DIR = "viz"


# ---------------------------------------------------------------- the model

@dataclass
class Fact:
    kind: str
    iri: str
    date: str  # as shown: "2023-09-13", "2023-09", "2023", "" when unknown
    start: str  # ISO day range the fact covers, for the date filter ("" when undated)
    end: str
    dated_by: str  # "fact", "article" (publication date) or ""
    detail: str
    articles: list[int]
    evidence: list[list]  # [sentence, article index]
    planned: bool = False  # a meeting that had not happened as of the newest article

    def as_json(self) -> dict:
        return {"date": self.date, "start": self.start, "end": self.end, "datedBy": self.dated_by,
                "detail": self.detail, "articles": self.articles, "evidence": self.evidence,
                "iri": self.iri}


@dataclass
class Model:
    articles: list[dict] = field(default_factory=list)  # {"headline", "date", "iri"}
    actors: dict[str, dict] = field(default_factory=dict)  # iri -> actor info
    relations: dict[tuple[str, str, str], list[Fact]] = field(default_factory=dict)
    facts: int = 0
    period: tuple[str, str] = ("", "")


def _day_range(value: str) -> tuple[str, str]:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, value
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value + "-01", value + "-31"
    if re.fullmatch(r"\d{4}", value):
        return value + "-01-01", value + "-12-31"
    return "", ""


def _str(value) -> str:
    return "" if value is None else str(value)


# kg's terms as plain strings: rdflib's closed namespace resolves each attribute slowly
T = SimpleNamespace(**{str(term)[len(KG._NS):]: str(term) for term in dir(KG)},
                    type=str(RDF.type), label=str(RDFS.label), altLabel=str(SKOS.altLabel), sameAs=str(OWL.sameAs))


def _value(term) -> str:
    """An IRI or a literal's text, whichever library made the term (rdflib's are str already)."""
    return str.__str__(term) if isinstance(term, str) else term.value


class Triples:
    """The few lookups the page needs, over kg.rdf's union by subject (subject → (predicate,
    object) pairs) or over any triples (an rdflib Graph, Oxigraph triples).

    Terms come out as plain strings (IRIs and literal texts): the page only shows them.
    A subject's pairs are read where they are, when looked up, so the graph is not copied.
    """

    #: Subjects with more pairs than this (an actor mentioned in thousands of articles) have them
    #: grouped by predicate up front; the others' few pairs are scanned when looked up.
    GROUP_ABOVE = 16

    def __init__(self, source):
        pairs = source.items() if isinstance(source, dict) else self._group(source)
        self._pairs: dict[str, list] = {}  # subject → its (predicate, object) pairs, as given
        self._grouped: dict[str, dict[str, list]] = {}  # subject → predicate → objects, for the largest
        self._typed: dict[str, list[str]] = defaultdict(list)
        self._names: dict = {}  # predicate term → its IRI: a few dozen predicates, read once each
        type_ = str(T.type)
        for s, ps in pairs:
            key = _value(s)
            if len(ps) > self.GROUP_ABOVE:
                grouped = self._grouped[key] = {}
                for p, o in ps:
                    grouped.setdefault(self._name(p), []).append(o)
            else:
                self._pairs[key] = ps
            for p, o in ps:
                if self._name(p) == type_:
                    self._typed[_value(o)].append(key)
        self._terms: dict[str, tuple] = defaultdict(tuple)  # predicate IRI → the terms that stand for it
        for term, name in self._names.items():
            self._terms[name] += (term,)

    def _name(self, p) -> str:
        name = self._names.get(p)
        if name is None:
            name = self._names[p] = sys.intern(_value(p))
        return name

    @staticmethod
    def _group(triples) -> list:
        out: dict = {}
        for s, p, o in triples:
            out.setdefault(s, {})[(p, o)] = None
        return [(s, list(ps)) for s, ps in out.items()]

    def subjects(self, p, o) -> list[str]:
        assert str(p) == str(T.type), "only typed subjects are indexed"
        return self._typed.get(str(o), [])

    def objects(self, s, p) -> list[str]:
        s, p = str(s), str(p)
        found = self._pairs.get(s)
        if found is not None:
            terms = self._terms.get(p, ())  # (each pair's term compared as it is, not read as an IRI)
            return [_value(o) for q, o in found if q in terms]
        grouped = self._grouped.get(s)
        return [_value(o) for o in grouped.get(p, ())] if grouped else []

    def value(self, s, p) -> str | None:
        """One object (the least, so the page does not depend on the order of the triples)."""
        found = self.objects(s, p) if s is not None else []
        return min(found) if found else None


def build_model(triples) -> Model:
    """Everything the page shows, read from the triples once."""
    g = Triples(triples)
    m = Model()
    article_index: dict[str, int] = {}
    role_links: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # person → (title, body)
    for node in sorted(g.subjects(T.type, T.Article), key=str):
        article_index[str(node)] = len(m.articles)
        m.articles.append({"iri": str(node), "headline": _str(g.value(node, T.headline)),
                           "date": _str(g.value(node, T.datePublished))})

    for type_ in TYPES:
        for node in g.subjects(T.type, getattr(T, type_)):
            if str(node) in m.actors:
                continue
            label = _str(g.value(node, T.label)) or str(node).rsplit("/", 1)[-1]
            names = sorted({label, *(str(n) for n in g.objects(node, T.altLabel))})
            roles = []
            for role in g.objects(node, T.hasRole):
                title = _str(g.value(role, T.title))
                org = g.value(role, T.roleIn)
                org_label = _str(g.value(org, T.label)) if org is not None else ""
                if title or org_label:
                    roles.append(f"{title}, {org_label}" if title and org_label else title or org_label)
                    role_links[str(node)].append((title, str(org) if org is not None else None))
            wikidata = sorted(str(o) for o in g.objects(node, T.sameAs) if "wikidata.org" in str(o))
            m.actors[str(node)] = {
                "type": type_, "label": label, "names": names, "roles": sorted(set(roles)),
                "wikidata": wikidata[0] if wikidata else "",
                "mentions": len(set(g.objects(node, T.mentionedIn))),
                "statements": [], "side": "", "sideKey": "",
            }

    def fact(node, kind: str, detail: str) -> Fact:
        sources = sorted({article_index[str(a)] for a in g.objects(node, T.source) if str(a) in article_index})
        evidence = []
        for ev in g.objects(node, T.evidence):
            art = g.value(ev, T.inArticle)
            evidence.append([_str(g.value(ev, T.sentence)), article_index.get(str(art), -1),
                             int(g.value(ev, T.startOffset) or 0)])
        evidence.sort(key=lambda e: (e[1], e[2], e[0]))
        date, dated_by = _str(g.value(node, T.date)), "fact" if g.value(node, T.date) is not None else ""
        if not date:
            published = sorted(m.articles[i]["date"] for i in sources if m.articles[i]["date"])
            if published:
                date, dated_by = published[0], "article"
        start, end = _day_range(date)
        return Fact(kind, str(node), date, start, end, dated_by, detail, sources,
                    [[s, a] for s, a, _o in evidence])

    relations: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)

    def relate(a, b, f: Fact):
        a, b = str(a), str(b)
        if a in m.actors and b in m.actors and a != b:
            relations[(a, b, f.kind)].append(f)

    for node in g.subjects(T.type, T.Meeting):
        status = _str(g.value(node, T.status))
        place = g.value(node, T.place)
        detail = " · ".join(x for x in (status if status and status != "occurred" else "",
                                         f"at {_str(g.value(place, T.label))}" if place is not None else "") if x)
        f = fact(node, "met", detail)
        f.planned = status == "planned"
        for a, b in combinations(sorted(str(p) for p in g.objects(node, T.participant)), 2):
            relate(a, b, f)
    for kind, cls, src, dst, prop in (("visited", T.Visit, T.traveler, T.destination, None),
                                      ("gave a gift to", T.Gift, T.giver, T.recipient, T.item),
                                      ("sanctions", T.Sanction, T.imposer, T.target, T.reason)):
        for node in g.subjects(T.type, cls):
            f = fact(node, kind, _str(g.value(node, prop)) if prop is not None else "")
            for a in g.objects(node, src):
                for b in g.objects(node, dst):
                    relate(a, b, f)

    for node in g.subjects(T.type, T.Role):
        f = fact(node, "role in", _str(g.value(node, T.title)))
        for person in g.objects(node, T.holder):
            for body in g.objects(node, T.roleIn):
                relate(person, body, f)
    for iri, side in sides.sides(m.actors, role_links).items():
        m.actors[iri]["side"], m.actors[iri]["sideKey"] = side.label, side.key

    names = _name_matcher(m.actors)
    for node in g.subjects(T.type, T.Statement):
        quote = _str(g.value(node, T.quote))
        f = fact(node, "quoted on", quote)
        for speaker in g.objects(node, T.speaker):
            actor = m.actors.get(str(speaker))
            if actor is None:
                continue
            actor["statements"].append({"quote": quote, "date": f.date, "start": f.start, "end": f.end,
                                        "datedBy": f.dated_by, "evidence": f.evidence, "iri": f.iri})
            for named in names(quote):
                relate(speaker, named, f)

    for actor in m.actors.values():
        actor["statements"].sort(key=lambda s: (s["start"] or "9999", s["quote"], s["iri"]))
    m.relations = {key: sorted(fs, key=lambda f: (f.start or "9999", f.iri)) for key, fs in sorted(relations.items())}
    m.facts = len({s for cls in FACT_CLASSES for s in g.subjects(T.type, getattr(T, cls))})
    published = sorted(a["date"] for a in m.articles if a["date"])
    days = sorted(set(published)
                  | {d for fs in m.relations.values() for f in fs for d in (f.start, f.end) if d}
                  | {d for a in m.actors.values() for s in a["statements"] for d in (s["start"], s["end"]) if d})
    if published:  # nothing happened after the newest article, unless it was planned
        planned = [f.end for fs in m.relations.values() for f in fs if f.planned and f.end]
        days = [d for d in days if d <= max([published[-1], *planned])]
    m.period = (days[0], days[-1]) if days else ("", "")
    return m


def _name_matcher(actors: dict[str, dict]):
    """A function giving the actors a text names, by label or alternative name, as whole words:
    from the start of the text, the longest name at each place a name may start, the names not
    overlapping. (Names are looked up by their first word: one pattern alternating every name,
    tried at each character, took 0.31 s for the 1,892 actors of 1,000 generated articles.)"""
    by_name: dict[str, set[str]] = defaultdict(set)
    for iri, actor in actors.items():
        for name in actor["names"]:
            if len(name) >= 3:
                by_name[name].add(iri)
    starting: dict[str, list[str]] = defaultdict(list)  # a name's first word (or character) → names
    for name in sorted(by_name, key=lambda n: (-len(n), n)):
        first = _WORD.match(name)
        starting[first.group(0) if first else name[0]].append(name)
    odd = "".join(sorted({n[0] for n in by_name if not _WORD.match(n)}))  # names not opening with a word
    opening = re.compile(r"\w+" + (f"|(?<!\\w)[{re.escape(odd)}]" if odd else ""))

    def named(text: str) -> list[str]:
        found, end = set(), 0
        for word in opening.finditer(text):
            at = word.start()
            if at < end:
                continue
            for name in starting.get(word.group(0), ()):
                stop = at + len(name)
                if text.startswith(name, at) and not _WORD_CHAR.match(text, stop):
                    found |= by_name[name]
                    end = stop
                    break
        return sorted(found)
    return named


_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


# ---------------------------------------------------------------- layout and size

def centrality(actors, relations) -> dict[str, float]:
    graph = nx.Graph()
    graph.add_nodes_from(sorted(actors))
    graph.add_edges_from(sorted({(a, b) for a, b, _k in relations}))
    return nx.degree_centrality(graph) if len(graph) > 1 else {n: 0.0 for n in graph}


def layout(nodes: list[str], pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Positions in vis-network pixels: each connected component laid out by
    Fruchterman–Reingold (numpy, deterministic start), components packed on shelves,
    biggest first, lone actors in a grid at the end."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    pairs = sorted(pairs)
    graph.add_edges_from(pairs)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes = []  # (width, height, {node: (x, y)} relative to the box's top-left)
    singles = [c[0] for c in components if len(c) == 1]
    for comp in components:
        if len(comp) == 1:
            continue
        side = 140.0 * math.sqrt(len(comp)) + 60
        members = set(comp)  # not graph.subgraph(comp).edges(): its order follows set hashing
        rel = _fruchterman_reingold(comp, [(a, b) for a, b in pairs if a in members])
        boxes.append((side, side, {n: ((x + 1) / 2 * (side - 60) + 30, (y + 1) / 2 * (side - 60) + 30)
                                   for n, (x, y) in rel.items()}))
    if singles:  # a grid about as tall as the biggest component, to sit beside it
        step = 110.0
        rows = max(1, min(len(singles), int(boxes[0][1] // step) if boxes else math.ceil(math.sqrt(len(singles)))))
        cols = math.ceil(len(singles) / rows)
        rows = math.ceil(len(singles) / cols)
        boxes.append((cols * step, rows * step,
                      {n: ((i % cols) * step + step / 2, (i // cols) * step + step / 2) for i, n in enumerate(singles)}))
    total = sum(w * h for w, h, _p in boxes) or 1.0
    width_limit = max(max((w for w, _h, _p in boxes), default=0), math.sqrt(total * 2.0),  # screens are wide
                      boxes[0][0] + boxes[-1][0] if singles and len(boxes) > 1 else 0)  # lone actors beside the biggest
    pos: dict[str, tuple[float, float]] = {}
    x = y = shelf = 0.0
    for w, h, rel in boxes:
        if x > 0 and x + w > width_limit:
            x, y, shelf = 0.0, y + shelf, 0.0
        for n, (px, py) in rel.items():
            pos[n] = (round(x + px), round(y + py))
        x += w
        shelf = max(shelf, h)
    if pos:  # centre on the origin
        cx = (min(p[0] for p in pos.values()) + max(p[0] for p in pos.values())) / 2
        cy = (min(p[1] for p in pos.values()) + max(p[1] for p in pos.values())) / 2
        pos = {n: (round(px - cx), round(py - cy)) for n, (px, py) in pos.items()}
    return pos


def _fruchterman_reingold(nodes: list[str], pairs, iterations: int | None = None) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold in numpy (networkx's needs scipy above 500 nodes), from a sunflower
    start: no random numbers, so the same graph always gets the same layout. Result in [-1, 1]²."""
    import numpy as np
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    # start on a sunflower spiral, computed with Python's math (numpy's SIMD sin/cos may differ by an ulp)
    golden = math.pi * (3 - math.sqrt(5))
    pos = np.array([[math.sqrt((i + 0.5) / n) * math.cos(i * golden), math.sqrt((i + 0.5) / n) * math.sin(i * golden)]
                    for i in range(n)], dtype=np.float32)
    if n <= 2:
        return {node: (float(pos[k, 0]) if n > 1 else 0.0, float(pos[k, 1]) if n > 1 else 0.0)
                for node, k in index.items()}
    src = np.array([index[a] for a, b in pairs], dtype=np.int64)
    dst = np.array([index[b] for a, b in pairs], dtype=np.int64)
    k = np.float32(1.0 / math.sqrt(n))
    if iterations is None:
        iterations = 60 if n <= 300 else 40 if n <= 1000 else 30
    temperature = 0.1
    cool = temperature / (iterations + 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    k2 = k * k
    for _ in range(iterations):
        # repulsion k²/d along the unit vector, i.e. delta · k²/d²: plain n×n float32 arrays.
        # dx[i, j] = x[j] - x[i], summed over axis 0: numpy then adds whole rows one after the
        # other, in a fixed order, so the result does not depend on memory alignment or SIMD
        # (summing along the contiguous axis uses pairwise sums that can differ between runs).
        dx = x[None, :] - x[:, None]
        dy = y[None, :] - y[:, None]
        d2 = dx * dx
        d2 += dy * dy
        np.maximum(d2, np.float32(1e-4), out=d2)
        np.divide(k2, d2, out=d2)
        disp_x = (dx * d2).sum(axis=0)
        disp_y = (dy * d2).sum(axis=0)
        # attraction d²/k along the unit vector, i.e. delta · d/k, on the edges only
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        dl = np.sqrt(ex * ex + ey * ey) / k
        np.subtract.at(disp_x, src, ex * dl)
        np.subtract.at(disp_y, src, ey * dl)
        np.add.at(disp_x, dst, ex * dl)
        np.add.at(disp_y, dst, ey * dl)
        length = np.sqrt(disp_x * disp_x + disp_y * disp_y)
        np.maximum(length, np.float32(1e-2), out=length)
        step = np.float32(temperature) / length
        x += disp_x * step
        y += disp_y * step
        temperature -= cool
    pos = np.stack([x, y], axis=1)
    pos -= pos.mean(axis=0)
    scale = float(np.abs(pos).max()) or 1.0
    pos /= scale
    return {node: (float(pos[k_, 0]), float(pos[k_, 1])) for node, k_ in index.items()}


# ---------------------------------------------------------------- the page

class Edges(Sequence):
    """The page's edges, one per relation, each made when it is read: a large graph's edges,
    with their facts, are written to the page one at a time instead of all held at once."""

    def __init__(self, relations: dict[tuple[str, str, str], list[Fact]]):
        self._relations = list(relations.items())
        self._ranks = []  # how many relations of the same two actors come before (to curve them apart)
        seen: dict[tuple[str, str], int] = defaultdict(int)
        for (a, b, _kind), _facts in self._relations:
            pair = (a, b) if a < b else (b, a)
            self._ranks.append(seen[pair])
            seen[pair] += 1

    def __len__(self) -> int:
        return len(self._relations)

    def __getitem__(self, n):
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        (a, b, kind), facts = self._relations[n]
        rank = self._ranks[n]
        color, directed = KINDS[kind]
        articles = sorted({i for f in facts for i in f.articles})
        return {
            "id": f"e{n if n >= 0 else n + len(self)}", "from": a, "to": b, "label": kind, "kind": kind,
            "color": {"color": color, "highlight": color, "hover": color},
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.6}},
            "width": _width(len(articles)), "articles": articles,
            "facts": [f.as_json() for f in facts],
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * rank, 2)}
            if rank else {"enabled": False},
        }


def focus_actors(actors: dict[str, dict], names: Sequence[str]) -> list[str]:
    """The IRIs of the actors `names` name (a label or another name, case and accents aside), in
    order; KgError for a name no actor has."""
    from kg.gazetteer import fold
    by_name: dict[str, str] = {}
    for iri, actor in sorted(actors.items(), key=lambda kv: (-kv[1]["mentions"], kv[0])):
        for name in (actor["label"], *actor["names"]):
            by_name.setdefault(fold(name), iri)
    out = []
    for name in names:
        iri = by_name.get(fold(name))
        if iri is None:
            raise KgError(f'--focus "{name}": no actor of the graph has that name; '
                          "list them with: kg query actors --graph GRAPH")
        out.append(iri)
    return out


def network_data(g, focus: Sequence[str] = ()) -> dict:
    """The nodes, edges and options for vis-network, and the page's own data; `focus`: the names
    of one or two actors whose relationship the page shows first (see focus_actors)."""
    m = build_model(g)
    focused = focus_actors(m.actors, focus)
    cent = centrality(m.actors, m.relations)
    pairs = {tuple(sorted((a, b))) for a, b, _k in m.relations}
    related = {a for pair in pairs for a in pair}
    # the layout pulls each related actor towards its side: its country when that is drawn too,
    # else a point that stands for the side (laid out, not drawn). The actors of one country come
    # out together, and countries with many ties between them close to each other.
    anchors = {actor["sideKey"]: actor["sideKey"] if actor["sideKey"] in related else f"side {actor['sideKey']}"
               for a, actor in m.actors.items() if a in related and actor["sideKey"]}
    pairs |= {tuple(sorted((a, anchors[actor["sideKey"]]))) for a, actor in m.actors.items()
              if actor["sideKey"] in anchors and a in related and anchors[actor["sideKey"]] != a}
    pos = layout(sorted({*m.actors, *anchors.values()}), sorted(pairs))
    top = max(cent.values(), default=0.0) or 1.0
    nodes = []
    for iri, actor in sorted(m.actors.items()):
        color, shape, _legend = TYPES[actor["type"]]
        size = round(10 + 30 * math.sqrt(cent.get(iri, 0.0) / top), 1)
        x, y = pos.get(iri, (0, 0))
        nodes.append({
            "id": iri, "label": actor["label"], "shape": shape, "color": color, "size": size,
            "font": {"size": round(12 + size / 3)}, "x": x, "y": y,
            "kgType": actor["type"], "names": actor["names"], "wikidata": actor["wikidata"], "roles": actor["roles"],
            "mentions": actor["mentions"], "statements": actor["statements"],
            "side": actor["side"], "sideKey": actor["sideKey"], "related": iri in related,
            "centrality": round(cent.get(iri, 0.0), 4),
        })
    out_edges = Edges(m.relations)
    small = len(nodes) <= PHYSICS_MAX_NODES
    options = {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not small,
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"borderWidth": 1, "font": {"face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 7}}},
        "edges": {"font": {"size": 10, "align": "middle", "face": "sans-serif", "color": "#444444",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "selectionWidth": 2, "hoverWidth": 1.5},
        "physics": {
            "enabled": small,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.05, "springLength": 140,
                          "springConstant": 0.02, "damping": 0.4, "avoidOverlap": 0.6},
            "minVelocity": 1.0,
            "maxVelocity": 40,
            "stabilization": {"enabled": small, "iterations": 120, "updateInterval": 40, "fit": True},
        },
    }
    start, end = m.period
    summary = (f"{len(m.articles)} article{'s' if len(m.articles) != 1 else ''} · {len(m.actors)} actors · "
               f"{m.facts} facts" + (f" · {start} – {end}" if start else ""))
    meta = {
        "summary": summary, "articles": m.articles, "period": [start, end],
        "counts": {"articles": len(m.articles), "actors": len(m.actors), "facts": m.facts,
                   "relations": len(out_edges)},
        "types": [{"name": t, "color": c, "shape": s, "label": lbl} for t, (c, s, lbl) in TYPES.items()],
        "kinds": [{"name": k, "color": c, "directed": d} for k, (c, d) in KINDS.items()],
        "maxFactsInTooltip": MAX_FACTS_IN_TOOLTIP,
        "physics": small,
        "focus": focused,
    }
    return {"nodes": nodes, "edges": out_edges, "options": options, "meta": meta}


def _width(articles: int) -> float:
    return round(1.5 + 2.5 * math.log2(max(articles, 1)), 2)


def _asset(name: str) -> str:
    return resources.files("kg.data").joinpath(_DATA_DIR, name).read_text(encoding="utf-8")


def _pyvis_asset(name: str) -> str:
    """A file of the vis-network that pyvis ships, found without importing pyvis (whose import
    brings IPython and jinja2: about 0.25 s)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - install problem
        raise KgError("pyvis is not installed; run: pip install kg-news")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates" / "lib" / name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON safe to put inside a <script> element: no `<`, `>` or `&` survives, so no
    `</script>` or `<!--` can end or change the element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _escape_script(code: str) -> str:
    # a library's text inside <script>: only a literal "</script" could end the element early
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.I)


def render(g, focus: Sequence[str] = ()) -> str:
    """The page for the triples `g` (an rdflib Graph, or kg.rdf's), as one HTML string."""
    buf = io.BytesIO()
    write_page(g, buf, focus)
    return buf.getvalue().decode("utf-8")


def write_page(g, out, focus: Sequence[str] = ()) -> None:
    """The page for the triples `g` written to the binary file `out` a piece at a time, so the
    network's data, most of the page, is never held as one string (nor copied to substitute
    it into the template). `focus`: see network_data."""
    data = network_data(g, focus)
    parts = {
        "TITLE": _html_text(data["meta"]["summary"]),
        "VIS_CSS": _pyvis_asset("vis-9.1.2/vis-network.css"),
        "KG_CSS": _asset("network.css"),
        "VIS_JS": _escape_script(_pyvis_asset("vis-9.1.2/vis-network.min.js")),
        "KG_JS": _escape_script(_asset("network.js")),
    }
    pieces = re.split(r"/\*@(\w+)@\*/", _asset("template.html"))  # text, name, text, name, ..., text
    for k, piece in enumerate(pieces):
        if k % 2 and piece == "KG_DATA":
            # (escaped JSON has no "<": nothing in it is a tag to strip)
            for chunk in _script_json_pieces(data):
                out.write(chunk.encode("utf-8"))
        else:
            out.write(strip_remote_resources(parts[piece] if k % 2 else piece).encode("utf-8"))


def _script_json_pieces(value: dict) -> Iterator[str]:
    """`script_json(value)` in pieces: each member of the object, each item of a list member.
    (Its escapes replace single characters, so escaping the pieces escapes the whole.)"""
    yield "{"
    for n, key in enumerate(sorted(value)):
        yield ("," if n else "") + script_json(key) + ":"
        member = value[key]
        if isinstance(member, (list, Edges)):
            yield "["
            for i, item in enumerate(member):
                yield ("," if i else "") + script_json(item)
            yield "]"
        else:
            yield script_json(member)
    yield "}"


def _html_text(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def strip_remote_resources(page: str) -> str:
    """Drop any remote stylesheet or script a template might link (pyvis links Bootstrap)."""
    return _REMOTE.sub("", page)
