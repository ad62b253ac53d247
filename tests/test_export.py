"""graph.trig and graph.jsonld, and `kg export`: every syntax re-parses to the same graph."""
from __future__ import annotations

import json
import re
import subprocess
from importlib import resources

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import OWL, RDF

from kg import export, iri
from kg import graph as graph_mod
from kg.vocab import KG
from tests.conftest import need, run


def read(path) -> Dataset:
    """A graph file as an rdflib Dataset: rdflib reads what kg wrote with Oxigraph, as a cross-check."""
    formats = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}
    ds = Dataset()
    ds.parse(path, format=formats[path.suffix])
    return ds


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def named_graphs(ds: Dataset) -> list[Graph]:
    default = ds.default_graph.identifier
    return sorted((g for g in ds.graphs() if len(g) and g.identifier != default), key=lambda g: str(g.identifier))


def same(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _both, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"graphs differ: only in the first {sorted(only_a)[:5]}, only in the second {sorted(only_b)[:5]}")


@pytest.fixture(scope="module")
def turtle(seeds_build) -> Graph:
    return Graph().parse(seeds_build / "graph.ttl")


@pytest.fixture(scope="module")
def dataset(seeds_build) -> Dataset:
    return read(seeds_build / "graph.trig")


def test_the_trig_holds_the_turtle_split_into_one_graph_per_article(turtle, dataset):
    same(union(dataset), turtle)
    articles = set(turtle.subjects(RDF.type, KG.Article))
    graphs = named_graphs(dataset)
    assert {g.identifier for g in graphs} == articles  # no default graph: every triple has its article
    for g in graphs:
        assert (g.identifier, RDF.type, KG.Article) in g
        for fact, article in g.subject_objects(KG.source):
            # a fact in an article's graph is there because that article sources it, with its evidence from it
            assert article in articles
            assert (fact, KG.source, g.identifier) in g
            for ev in g.objects(fact, KG.evidence):
                assert (ev, KG.inArticle, g.identifier) in g
        for actor, article in g.subject_objects(KG.mentionedIn):
            assert article == g.identifier


def test_the_jsonld_is_the_turtle_compacted_with_the_published_context(seeds_build, turtle):
    doc = json.loads((seeds_build / "graph.jsonld").read_text(encoding="utf-8"))
    published = json.loads(resources.files("kg.ontology").joinpath("context.jsonld").read_text("utf-8"))
    assert doc["@context"] == published["@context"]
    same(Graph().parse(seeds_build / "graph.jsonld", format="json-ld"), turtle)
    # compact: kg terms, not IRIs
    node = next(n for n in doc["@graph"] if n.get("@type") == "Statement")
    assert {"speaker", "quote", "source", "evidence"} <= set(node)
    assert node["@id"].startswith("kgid:statement/")


def test_pyoxigraph_reads_the_jsonld_and_the_trig_too(seeds_build, turtle):
    import pyoxigraph as ox

    for name, fmt in (("graph.jsonld", ox.RdfFormat.JSON_LD), ("graph.trig", ox.RdfFormat.TRIG)):
        triples = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(seeds_build / name), format=fmt)}
        assert len(triples) == len(turtle), name


def test_the_context_defines_every_term_of_the_ontology():
    ontology = Graph().parse(data=resources.files("kg.ontology").joinpath("kg.ttl").read_text("utf-8"),
                             format="turtle")
    ctx = export.context()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ontology.subjects(RDF.type, kind):
            if not str(term).startswith(iri.ONTOLOGY):
                continue
            name = str(term)[len(iri.ONTOLOGY):]
            assert name in ctx, name
            definition = ctx[name] if isinstance(ctx[name], dict) else {"@id": ctx[name]}
            assert definition["@id"] == f"kg:{name}"
            assert (definition.get("@type") == "@id") == (kind == OWL.ObjectProperty), name


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_export_reparses_to_the_same_graph(seeds_build, tmp_path, turtle, dataset, fmt):
    out = tmp_path / f"graph{export.SUFFIX[fmt]}"
    result = run("export", str(seeds_build / "graph.trig"), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    back = read(out)
    if fmt in export.DATASET_FORMATS:
        assert [g.identifier for g in named_graphs(back)] == [g.identifier for g in named_graphs(dataset)]
        for g in named_graphs(dataset):
            same(back.graph(g.identifier), g)
    same(union(back), turtle)
    again = run("export", str(out), "--format", fmt)
    assert again.exit_code == 0
    assert again.stdout_bytes == out.read_bytes(), "exporting a file to its own format changes nothing"


def test_exporting_the_trig_as_turtle_gives_the_built_turtle_byte_for_byte(seeds_build):
    result = run("export", str(seeds_build / "graph.trig"), "--format", "turtle")
    assert result.stdout_bytes == (seeds_build / "graph.ttl").read_bytes()


@pytest.mark.parametrize("name,syntax", [("graph.ttl", "turtle"), ("graph.trig", "trig")])
def test_rapper_accepts_the_turtle_and_the_trig(seeds_build, name, syntax):
    rapper = need("rapper")
    proc = subprocess.run([rapper, "-i", syntax, "-c", str(seeds_build / name)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"returned \d+ triples", proc.stderr)
    assert "error" not in proc.stderr.lower() and "warning" not in proc.stderr.lower(), proc.stderr


@pytest.mark.parametrize("name", sorted(graph_mod.named_queries()))
def test_named_queries_give_the_same_rows_on_the_trig(seeds_build, name):
    sparql = graph_mod.query_text(name)
    on_turtle = graph_mod.select(graph_mod.load(seeds_build / "graph.ttl"), sparql)
    on_trig = graph_mod.select(graph_mod.load(seeds_build / "graph.trig"), sparql)
    assert on_trig == on_turtle


def test_export_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    for path in (bad, tmp_path / "missing.ttl", tmp_path / "graph.xyz"):
        result = run("export", str(path), "--format", "nquads")
        assert result.exit_code == 1
        assert result.stderr.startswith(f"Error: {path}") and result.stderr.count("\n") == 1, result.stderr


def test_a_blank_free_graph_written_in_any_order_gives_the_same_bytes():
    import pyoxigraph as ox

    ex = "http://example.org/"
    quads = [ox.Quad(ox.NamedNode(f"{ex}s{i % 7}"), ox.NamedNode(f"{ex}p{i % 3}"), ox.NamedNode(f"{ex}o{i}"),
                     ox.NamedNode(f"{ex}g{i % 3}")) for i in range(50)]
    outputs = set()
    for order in (quads, quads[::-1], sorted(quads, key=lambda q: str(q.object)[::-1])):
        outputs.add((export.trig(order), export.nquads(order), export.turtle(q.triple for q in order),
                     export.ntriples(q.triple for q in order), export.jsonld(q.triple for q in order)))
    assert len(outputs) == 1