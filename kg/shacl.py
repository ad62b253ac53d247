"""Checking a graph against kg's SHACL shapes (`ontology/shapes.ttl`) with pySHACL."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import KgError


class ShapesError(KgError):
    """The shapes graph is missing or is not valid RDF."""

    exit_code = 2


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        return f"{self.focus}  {self.path}  {self.message}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]

    def lines(self) -> list[str]:
        if self.conforms:
            return ["conforms: every node matches its shapes"]
        n = len(self.violations)
        return [v.line() for v in self.violations] + [f"{n} violation{'s' if n != 1 else ''}"]


def default_shapes() -> str:
    return resources.files("kg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")


def load_shapes(path: str | Path | None = None) -> Graph:
    """kg's own shapes, or the shapes file at `path`; ShapesError when they cannot be read."""
    g = Graph()
    try:
        if path is None:
            g.parse(data=default_shapes(), format="turtle")
        else:
            path = Path(path)
            if not path.is_file():
                raise ShapesError(f"{path}: no such shapes file")
            g.parse(path, format=_format(path))
    except ShapesError:
        raise
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ShapesError(f"{path or 'kg shapes'}: cannot load the shapes ({first})") from None
    if not any(g.subjects(RDF.type, SH.NodeShape)) and not any(g.subjects(RDF.type, SH.PropertyShape)):
        raise ShapesError(f"{path or 'kg shapes'}: holds no sh:NodeShape or sh:PropertyShape")
    return g


# rdflib's parser for each suffix a shapes file may have.
_PARSER = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt",
           ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}


def _format(path: Path) -> str:
    return _PARSER.get(path.suffix.lower(), "turtle")


def read(path: str | Path) -> Graph:
    """The graph file at `path` (every graph of it, as one) as the rdflib Graph pySHACL validates.

    Read by Oxigraph (kg.graph.load: the same errors as every other command), handed over as N-Triples.
    """
    import pyoxigraph as ox

    from kg import graph as graph_mod
    from kg.iri import PREFIXES

    store = graph_mod.load(path)
    data = ox.serialize((q.triple for q in store), format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    for prefix, namespace in PREFIXES.items():  # violations name terms kg:x, as kg's files do
        g.bind(prefix, namespace, override=True, replace=True)
    return g.parse(data=data.decode("utf-8"), format="nt")


def validate(data: Graph, shapes: Graph) -> Report:
    """Validate `data` against `shapes`: no inference, every violation kept."""
    import pyshacl

    conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                                abort_on_first=False, allow_warnings=True)
    violations = sorted({_violation(results, r, data) for r in results.subjects(RDF.type, SH.ValidationResult)})
    return Report(conforms=bool(conforms), violations=violations)


def _violation(results: Graph, node, data: Graph) -> Violation:
    def short(term) -> str:
        if term is None:
            return "-"
        if isinstance(term, URIRef):
            return data.namespace_manager.normalizeUri(term) if _qname_ok(data, term) else f"<{term}>"
        return str(term) if term.__class__.__name__ != "BNode" else _path(results, term, data)

    message = results.value(node, SH.resultMessage)
    severity = results.value(node, SH.resultSeverity)
    return Violation(focus=short(results.value(node, SH.focusNode)),
                     path=short(results.value(node, SH.resultPath)),
                     message=" ".join(str(message or "does not match its shape").split()),
                     severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation")


def _qname_ok(g: Graph, term: URIRef) -> bool:
    try:
        prefix, _ns, name = g.namespace_manager.compute_qname(term, generate=False)
    except (KeyError, ValueError):
        return False
    return bool(prefix) and "/" not in name


def _path(results: Graph, term, data: Graph) -> str:
    inverse = results.value(term, SH.inversePath)
    return f"^{inverse}" if inverse is not None else "(complex path)"
