"""Graph files in every standard RDF syntax, byte for byte the same for the same graph.

kg writes Turtle (one graph), TriG and N-Quads (a dataset: one named graph
per article), N-Triples, and JSON-LD compacted with kg's published context
(`ontology/context.jsonld`). Every writer orders its output (subjects,
predicates, objects, graphs, lines) so that the same triples always give the
same bytes, whatever order they were made in.
"""
from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.errors import InputError

FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld")
SUFFIX = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld"}
# rdflib's parser for each suffix kg reads.
_PARSER = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt",
           ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}
DATASET_FORMATS = ("trig", "nquads")


# ---------------------------------------------------------------- reading

def read(path: str | Path) -> Dataset:
    """The graph file at `path` as a dataset (a Turtle file is its default graph)."""
    path = Path(path)
    parser = _PARSER.get(path.suffix.lower())
    if parser is None:
        known = ", ".join(sorted(_PARSER))
        raise InputError(f"{path}: unknown graph format {path.suffix!r}; use one of {known}")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with: kg build ARTICLES --out DIR")
    ds = new_dataset()
    try:
        ds.parse(path, format=parser)
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{path}: not valid {parser}: {first}") from None
    return ds


def new_dataset() -> Dataset:
    from kg.rdf import new_dataset

    return new_dataset()


def union(ds: Dataset) -> Graph:
    """Every triple of the dataset, whatever its graph, as one graph."""
    from kg.rdf import new_graph

    g = new_graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def named_graphs(ds: Dataset) -> list[Graph]:
    """The non-empty graphs of a dataset: named graphs by IRI, then the default graph."""
    default = ds.default_graph.identifier
    graphs = [g for g in ds.graphs() if len(g) and g.identifier != default]
    graphs.sort(key=lambda g: str(g.identifier))
    if len(ds.default_graph):
        graphs.append(ds.default_graph)
    return graphs


# ---------------------------------------------------------------- writing

def turtle(graph: Graph) -> str:
    """rdflib's Turtle: subjects, predicates and objects sorted."""
    return graph.serialize(format="turtle")


def trig(ds: Dataset) -> str:
    """TriG with the named graphs sorted by IRI (rdflib's own writer orders them as a set)."""
    from rdflib.plugins.serializers.trig import TrigSerializer

    serializer = TrigSerializer(ds)
    serializer.contexts = named_graphs(ds)
    buf = io.BytesIO()
    serializer.serialize(buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _sorted_lines(text: str) -> str:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def ntriples(graph: Graph) -> str:
    """N-Triples, one triple per line, lines sorted."""
    return _sorted_lines(graph.serialize(format="nt", encoding="utf-8").decode("utf-8"))


def nquads(ds: Dataset) -> str:
    """N-Quads, lines sorted; triples of the default graph have no fourth term."""
    return _sorted_lines(ds.serialize(format="nquads", encoding="utf-8").decode("utf-8"))


@lru_cache(maxsize=1)
def context() -> dict:
    """kg's JSON-LD context: the value of `@context` in `ontology/context.jsonld`."""
    text = resources.files("kg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def jsonld(graph: Graph, ctx: dict | None = None) -> str:
    """Compact JSON-LD: the context inline, one node object per subject, all sorted."""
    ctx = context() if ctx is None else ctx
    compactor = _Compactor(ctx)
    nodes = [compactor.node(graph, s) for s in sorted(set(graph.subjects()), key=_key)]
    doc = {"@context": ctx, "@graph": nodes}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(ds: Dataset, fmt: str) -> str:
    """The dataset in format `fmt`; formats without named graphs get the union of the graphs."""
    if fmt == "trig":
        return trig(ds)
    if fmt == "nquads":
        return nquads(ds)
    graph = union(ds)
    if fmt == "turtle":
        return turtle(graph)
    if fmt == "ntriples":
        return ntriples(graph)
    if fmt == "jsonld":
        return jsonld(graph)
    raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------- JSON-LD compaction

def _key(term) -> tuple:
    return (0 if isinstance(term, URIRef) else 1, str(term))


class _Compactor:
    """Writes RDF terms the way kg's context reads them back.

    A value takes its short form (a bare string) only when the term's
    definition turns that string back into exactly the same RDF term;
    otherwise it is written as an explicit `@id` or `@value` object.
    """

    def __init__(self, ctx: dict):
        self.prefixes = {name: value for name, value in ctx.items()
                         if isinstance(value, str) and value.endswith(("#", "/"))}
        self.terms: dict[str, tuple[str, dict]] = {}  # predicate IRI → (term, definition)
        self.classes: dict[str, str] = {}  # class IRI → term
        for name, value in ctx.items():
            if name.startswith("@") or name in self.prefixes:
                continue
            definition = {"@id": value} if isinstance(value, str) else dict(value)
            full = self.expand(definition["@id"])
            if isinstance(value, str) and ":" in value:
                self.classes.setdefault(full, name)
            self.terms.setdefault(full, (name, definition))

    def expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        if sep and prefix in self.prefixes and not rest.startswith("//"):
            return self.prefixes[prefix] + rest
        return value

    def iri(self, value: str) -> str:
        """The shortest compact IRI for `value` (the longest matching prefix)."""
        best = None
        for prefix, ns in self.prefixes.items():
            if value.startswith(ns) and len(value) > len(ns) and not value[len(ns):].startswith("//"):
                if best is None or len(ns) > len(self.prefixes[best]):
                    best = prefix
        return f"{best}:{value[len(self.prefixes[best]):]}" if best else value

    def ref(self, term) -> str:
        return f"_:{term}" if isinstance(term, BNode) else self.iri(str(term))

    def node(self, graph: Graph, subject) -> dict:
        out: dict = {"@id": self.ref(subject)}
        types = sorted((o for o in graph.objects(subject, RDF.type) if not isinstance(o, Literal)), key=_key)
        if types:
            names = [self.classes.get(str(t), self.ref(t)) for t in types]
            out["@type"] = names[0] if len(names) == 1 else names
        props: dict[str, list] = {}
        for p in set(graph.predicates(subject)):
            objects = sorted(graph.objects(subject, p), key=lambda o: (_key(o), _literal_key(o)))
            if p == RDF.type:
                objects = [o for o in objects if isinstance(o, Literal)]
                if not objects:
                    continue
            name, definition = self.terms.get(str(p), (self.iri(str(p)), {}))
            if p == RDF.type:
                name, definition = self.iri(str(p)), {}
            props[name] = [self.value(o, definition) for o in objects]
        for name in sorted(props):
            values = props[name]
            out[name] = values[0] if len(values) == 1 else values
        return out

    def value(self, o, definition: dict):
        coerce = definition.get("@type")
        if isinstance(o, (URIRef, BNode)):
            if coerce == "@id" and isinstance(o, URIRef):
                return self.iri(str(o))
            return {"@id": self.ref(o)}
        lang, datatype = o.language, o.datatype
        if "@language" in definition:
            if lang == definition["@language"]:
                return str(o)
        elif coerce and coerce != "@id":
            if lang is None and datatype is not None and str(datatype) == self.expand(coerce):
                return str(o)
        elif coerce is None and lang is None and datatype is None:
            return str(o)
        out = {"@value": str(o)}
        if lang:
            out["@language"] = lang
        elif datatype is not None:
            out["@type"] = self.iri(str(datatype))
        return out


def _literal_key(o) -> tuple:
    if isinstance(o, Literal):
        return (o.language or "", str(o.datatype or ""))
    return ("", "")
