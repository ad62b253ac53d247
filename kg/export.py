"""Graph files in every standard RDF syntax, written by Oxigraph's serialisers.

kg writes Turtle (one graph), TriG and N-Quads (a dataset: one named graph
per article), N-Triples, and JSON-LD compacted with kg's published context
(`ontology/context.jsonld`).

Order: what `kg build` writes is sorted (subjects, predicates, objects,
graphs), so the same triples always give the same bytes, whatever order the
articles came in; the files are written graph by graph and subject by
subject, never held whole. `kg export` streams a file through Oxigraph: the
same file always gives the same bytes, the statements in the order of the
file (sorting a million triples in Python would cost several times the
writing itself), so kg's own sorted files stay sorted.
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.iri import PREFIXES

FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld")
SUFFIX = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld"}
DATASET_FORMATS = ("trig", "nquads")


# ---------------------------------------------------------------- order

def _triple_key(t) -> tuple:
    return (str(t[0]), str(t[1]), str(t[2]))


def sorted_triples(triples) -> list[ox.Triple]:
    """`triples` (ox.Triple or (s, p, o) tuples), once each, sorted as N-Triples lines sort."""
    unique = {t if isinstance(t, ox.Triple) else ox.Triple(*t) for t in triples}
    return sorted(unique, key=str)


def sorted_quads(quads) -> list[ox.Quad]:
    """`quads`, once each, sorted by graph (the default graph last), then as N-Triples."""
    return sorted(set(quads), key=lambda q: (isinstance(q.graph_name, ox.DefaultGraph), str(q.graph_name),
                                             str(q.triple)))


def union(quads) -> list[ox.Triple]:
    """Every triple of `quads`, whatever its graph, once each, sorted."""
    return sorted_triples(q.triple for q in quads)


def by_subject(triples) -> dict:
    """subject → its (predicate, object) pairs, once each: the shape `kg.rdf.subjects` gives."""
    out: dict = {}
    for s, p, o in triples:
        out.setdefault(s, {})[(p, o)] = None
    return {s: list(pairs) for s, pairs in out.items()}


def ordered(subjects: dict) -> Iterator[ox.Triple]:
    """The triples of `subjects` (see `by_subject`), sorted as N-Triples lines sort, one subject at a time."""
    for s in sorted(subjects, key=str):
        for p, o in sorted(subjects[s], key=lambda po: (str(po[0]), str(po[1]))):
            yield ox.Triple(s, p, o)


def graph_quads(graphs) -> Iterator[ox.Quad]:
    """The quads of (graph name, triples) pairs, in the order of the graphs, each graph's triples sorted."""
    for g, triples in graphs:
        for s, p, o in sorted(set(triples), key=_triple_key):
            yield ox.Quad(s, p, o, g)


# ---------------------------------------------------------------- writing

class _SortedPrefixes:
    """A binary file that puts the `@prefix` lines Oxigraph writes first in a fixed order
    (it writes them in hash order) and a blank line after them."""

    def __init__(self, out):
        self.out, self.head = out, b""

    def write(self, data) -> int:
        if self.head is None:
            return self.out.write(data)
        self.head += bytes(data)
        if any(not line.startswith(b"@prefix ") for line in self.head.split(b"\n")[:-1]):
            self.finish()  # a whole line that is not a prefix: the header is complete
        return len(data)

    def finish(self) -> None:
        if self.head is None:
            return
        lines = self.head.split(b"\n")
        n = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
        self.out.write(b"\n".join(sorted(lines[:n]) + [b""] + lines[n:]))
        self.head = None

    def flush(self) -> None:
        pass


def _serialize(items, out, fmt: ox.RdfFormat) -> None:
    sink = _SortedPrefixes(out)
    ox.serialize(items, sink, format=fmt, prefixes=PREFIXES)
    sink.finish()


def write_turtle(triples, out) -> None:
    """Turtle with kg's prefixes, the triples in the order given (see `ordered`), to a binary file."""
    _serialize(triples, out, ox.RdfFormat.TURTLE)


def write_trig(quads, out) -> None:
    """TriG with kg's prefixes, the quads in the order given (see `graph_quads`), to a binary file."""
    _serialize(quads, out, ox.RdfFormat.TRIG)


def _text(write, *args) -> str:
    buf = io.BytesIO()
    write(*args, buf)
    return buf.getvalue().decode("utf-8")


def turtle(triples, presorted: bool = False) -> str:
    """Turtle with kg's prefixes; sorted unless `presorted` says the order is already chosen."""
    return _text(write_turtle, triples if presorted else sorted_triples(triples))


def trig(quads, presorted: bool = False) -> str:
    """TriG: one block per named graph, graphs sorted by IRI."""
    return _text(write_trig, quads if presorted else sorted_quads(quads))


def _sorted_lines(data: bytes) -> str:
    lines = sorted({line for line in data.split(b"\n") if line.strip()})
    return b"".join(line + b"\n" for line in lines).decode("utf-8")


def ntriples(triples) -> str:
    """N-Triples, one triple per line, once each, lines sorted."""
    return _sorted_lines(ox.serialize((t if isinstance(t, ox.Triple) else ox.Triple(*t) for t in triples),
                                      format=ox.RdfFormat.N_TRIPLES))


def nquads(quads) -> str:
    """N-Quads, lines sorted; triples of the default graph have no fourth term."""
    return _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))


@lru_cache(maxsize=1)
def context() -> dict:
    """kg's JSON-LD context: the value of `@context` in `ontology/context.jsonld`."""
    text = resources.files("kg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def write_jsonld(subjects: dict, out, ctx: dict | None = None) -> None:
    """Compact JSON-LD of `subjects` (see `by_subject`) to a binary file: the context inline,
    then one node object per subject and per line, all sorted; written one node at a time."""
    ctx = context() if ctx is None else ctx
    compactor = _Compactor(ctx)
    head = json.dumps(ctx, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    out.write(f'{{\n  "@context": {head},\n  "@graph": ['.encode("utf-8"))
    for i, s in enumerate(sorted(subjects, key=_key)):
        node = json.dumps(compactor.node(s, subjects[s]), ensure_ascii=False, separators=(", ", ": "))
        out.write(f'{"," if i else ""}\n    {node}'.encode("utf-8"))
    out.write(b"\n  ]\n}\n" if subjects else b"]\n}\n")


def jsonld(triples, ctx: dict | None = None) -> str:
    """Compact JSON-LD of `triples`: the context inline, one node object per subject, all sorted."""
    return _text(lambda subjects, out: write_jsonld(subjects, out, ctx), by_subject(triples))


# ---------------------------------------------------------------- kg export

def convert(path: str | Path, fmt: str, out) -> None:
    """The graph file at `path` in format `fmt`, written to the binary file `out`.

    Streamed (see the module's note on order): the statements are written in
    the order the file gives them, so a sorted file (as kg writes them)
    stays sorted and a file exported to its own syntax comes back unchanged.
    Formats without named graphs get the union of the graphs: when the file
    has named graphs, that union is de-duplicated and sorted. InputError
    when the file cannot be read, possibly after part of `out` was written.
    """
    from kg.errors import InputError
    from kg.graph import _one_line, rdf_format

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    path = Path(path)
    syntax = rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with: kg build ARTICLES --out DIR")
    try:
        quads = ox.parse(path=str(path), format=syntax)
        if syntax in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD):
            quads = list(quads)  # may hold named graphs: look before choosing how to write
            if fmt not in DATASET_FORMATS and any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
                quads = [ox.Quad(*t) for t in union(quads)]
        _write(quads, fmt, out)
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {syntax.name}: {_one_line(exc.msg)}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot convert the graph ({exc})") from None


def _write(quads, fmt: str, out) -> None:
    """`quads` in format `fmt`, in their order (JSON-LD sorts), to the binary file `out`."""
    if fmt == "nquads":
        ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
    elif fmt == "trig":
        write_trig(quads, out)
    elif fmt == "ntriples":
        ox.serialize((q.triple for q in quads), out, format=ox.RdfFormat.N_TRIPLES)
    elif fmt == "jsonld":
        write_jsonld(by_subject(q.triple for q in quads), out)
    else:
        write_turtle((q.triple for q in quads), out)


# ---------------------------------------------------------------- JSON-LD compaction

_RDF_TYPE = PREFIXES["rdf"] + "type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = PREFIXES["rdf"] + "langString"


def _key(term) -> tuple:
    """IRIs, then blank nodes, then literals; by value, then language and datatype."""
    if isinstance(term, ox.Literal):
        return (2, term.value, term.language or "", term.datatype.value)
    return (1 if isinstance(term, ox.BlankNode) else 0, term.value, "", "")


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
        self._compact: dict[str, str] = {}  # IRI → compact IRI, as found
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
        found = self._compact.get(value)
        if found is None:
            found = self._compact[value] = self._shortest(value)
        return found

    def _shortest(self, value: str) -> str:
        best = None
        for prefix, ns in self.prefixes.items():
            if value.startswith(ns) and len(value) > len(ns) and not value[len(ns):].startswith("//"):
                if best is None or len(ns) > len(self.prefixes[best]):
                    best = prefix
        return f"{best}:{value[len(self.prefixes[best]):]}" if best else value

    def ref(self, term) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def node(self, subject, pairs: list) -> dict:
        """The node object of `subject`, from its (predicate, object) pairs."""
        out: dict = {"@id": self.ref(subject)}
        by_predicate: dict[str, list] = {}
        for p, o in pairs:
            by_predicate.setdefault(p.value, []).append(o)
        types = sorted((o for o in by_predicate.get(_RDF_TYPE, ()) if not isinstance(o, ox.Literal)), key=_key)
        if types:
            names = [self.classes.get(t.value, self.ref(t)) for t in types]
            out["@type"] = names[0] if len(names) == 1 else names
        props: dict[str, list] = {}
        for p, objects in by_predicate.items():
            if len(objects) > 1:
                objects = sorted(objects, key=_key)
            if p == _RDF_TYPE:
                objects = [o for o in objects if isinstance(o, ox.Literal)]
                if not objects:
                    continue
                name, definition = self.iri(p), {}
            else:
                name, definition = self.terms.get(p) or (self.iri(p), {})
            props[name] = [self.value(o, definition) for o in objects]
        for name in sorted(props):
            values = props[name]
            out[name] = values[0] if len(values) == 1 else values
        return out

    def value(self, o, definition: dict):
        coerce = definition.get("@type")
        if not isinstance(o, ox.Literal):
            if coerce == "@id" and isinstance(o, ox.NamedNode):
                return self.iri(o.value)
            return {"@id": self.ref(o)}
        lang = o.language
        datatype = None if o.datatype.value in (_XSD_STRING, _LANG_STRING) else o.datatype.value
        if "@language" in definition:
            if lang == definition["@language"]:
                return o.value
        elif coerce and coerce != "@id":
            if lang is None and datatype is not None and datatype == self.expand(coerce):
                return o.value
        elif coerce is None and lang is None and datatype is None:
            return o.value
        out = {"@value": o.value}
        if lang:
            out["@language"] = lang
        elif datatype is not None:
            out["@type"] = self.iri(datatype)
        return out
