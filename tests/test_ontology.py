"""The ontology parses, documents every term, and declares every kg: term the code emits."""
from __future__ import annotations

from importlib import resources

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import iri
from kg.vocab import KG


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data=resources.files("kg.ontology").joinpath("kg.ttl").read_text("utf-8"),
                         format="turtle")


def declared(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(iri.ONTOLOGY)}


def test_vocab_and_ontology_declare_the_same_terms(ontology):
    in_code = {URIRef(iri.ONTOLOGY + name) for name in KG.__annotations__}
    assert in_code == declared(ontology)


def test_every_term_is_labelled_commented_and_aligned_in_english_and_french(ontology):
    for term in declared(ontology):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop)}
            assert {"en", "fr"} <= langs, (term, prop)
        assert ontology.value(term, RDFS.subClassOf) or ontology.value(term, RDFS.subPropertyOf), term


def test_every_kg_term_in_the_seeds_graph_is_declared(ontology, seeds_graph):
    g = Graph().parse(seeds_graph)
    used = {t for triple in g for t in (triple[1], triple[2])
            if isinstance(t, URIRef) and str(t).startswith(iri.ONTOLOGY)}
    assert used <= declared(ontology), used - declared(ontology)


def test_an_undeclared_term_is_an_error():
    with pytest.raises(AttributeError):
        KG.speakr  # noqa: B018
