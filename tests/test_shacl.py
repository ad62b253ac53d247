"""kg's SHACL shapes: the seeds conform; each shape passes a good graph and catches a bad one."""
from __future__ import annotations

import pytest
from rdflib import Graph

from kg import shacl
from tests.conftest import run

PREFIXES = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <http://example.org/> .
"""
# A well-formed article, evidence span and actors every case can point to.
CONTEXT = """
:a a kg:Article ; kg:wordCount 120 .
:e a kg:Evidence ; kg:inArticle :a ; kg:sentence "Une phrase."@fr ; kg:startOffset 0 ; kg:endOffset 11 .
:p a kg:Person ; rdfs:label "Kim Jong-un" ; kg:mentionedIn :a .
:q a kg:Person ; rdfs:label "Vladimir Poutine" ; kg:mentionedIn :a .
:c a kg:Country ; rdfs:label "Russie" ; owl:sameAs <http://www.wikidata.org/entity/Q159> .
"""
PROV = "kg:source :a ; kg:evidence :e"

# shape: (a graph that conforms, a graph that violates it, the path the violation names)
CASES = {
    "fact": (f":s a kg:Statement ; kg:speaker :p ; kg:quote \"Oui.\"@fr ; {PROV} .",
             ":s a kg:Statement ; kg:speaker :p ; kg:quote \"Oui.\"@fr ; kg:evidence :e .",
             "kg:source"),
    "evidence": ("",
                 ":e2 a kg:Evidence ; kg:inArticle :a ; kg:sentence \"x\"@fr ; kg:startOffset 9 ; kg:endOffset 3 .",
                 "kg:startOffset"),
    "article": ("",
                ":a2 a kg:Article ; kg:wordCount \"many\" .",
                "kg:wordCount"),
    "actor": ("",
              ":o a kg:Organization ; rdfs:label \"ONU\" ; owl:sameAs <http://dbpedia.org/resource/UN> .",
              "owl:sameAs"),
    "person": (f":p kg:hasRole :r . :r a kg:Role ; kg:holder :p ; kg:title \"dirigeant\"@fr ; {PROV} .",
               ":p kg:hasRole :c .",
               "kg:hasRole"),
    "role": (f":r a kg:Role ; kg:holder :p ; kg:title \"président\"@fr ; kg:roleIn :c ; {PROV} .",
             f":r a kg:Role ; kg:holder :c ; kg:title \"président\"@fr ; {PROV} .",
             "kg:holder"),
    "meeting": (f":m a kg:Meeting ; kg:participant :p , :q ; kg:status \"occurred\" ; kg:date \"2023-09\"^^xsd:gYearMonth ; {PROV} .",
                f":m a kg:Meeting ; kg:participant :p ; kg:status \"occurred\" ; {PROV} .",
                "kg:participant"),
    "visit": (f":v a kg:Visit ; kg:traveler :p ; kg:destination :c ; kg:date \"2023-09-13\"^^xsd:date ; {PROV} .",
              f":v a kg:Visit ; kg:traveler :p ; kg:destination :c ; kg:date \"mardi\" ; {PROV} .",
              "kg:date"),
    "gift": (f":g a kg:Gift ; kg:giver :p ; kg:recipient :q ; kg:item \"un fusil\"@fr ; {PROV} .",
             f":g a kg:Gift ; kg:giver :p ; kg:item \"un fusil\"@fr ; {PROV} .",
             "kg:recipient"),
    "statement": (f":s a kg:Statement ; kg:speaker :p ; kg:quote \"Nous vaincrons.\"@fr ; {PROV} .",
                  f":s a kg:Statement ; kg:quote \"Nous vaincrons.\"@fr ; {PROV} .",
                  "kg:speaker"),
    "sanction": (f":x a kg:Sanction ; kg:imposer :c ; kg:target :p ; kg:reason \"armes\"@fr ; {PROV} .",
                 f":x a kg:Sanction ; kg:imposer :c ; {PROV} .",
                 "kg:target"),
    "claim": (f":k a kg:Claim ; kg:claimant :c ; kg:polarity \"denied\" ; kg:text \"toute livraison\"@fr ; {PROV} .",
              f":k a kg:Claim ; kg:claimant :c ; kg:polarity \"maybe\" ; kg:text \"toute livraison\"@fr ; {PROV} .",
              "kg:polarity"),
}


def check(body: str) -> shacl.Report:
    data = Graph().parse(data=PREFIXES + CONTEXT + body, format="turtle")
    return shacl.validate(data, shacl.load_shapes())


@pytest.mark.parametrize("shape", sorted(CASES))
def test_a_conforming_graph_conforms(shape):
    report = check(CASES[shape][0])
    assert report.conforms, report.lines()


@pytest.mark.parametrize("shape", sorted(CASES))
def test_a_violating_graph_is_caught_with_its_focus_and_path(shape):
    _good, bad, path = CASES[shape]
    report = check(bad)
    assert not report.conforms
    assert path in {v.path for v in report.violations}, report.lines()
    for v in report.violations:
        assert v.focus.startswith("<http://example.org/") and v.message


def test_every_class_the_seeds_use_has_a_shape(seeds_graph):
    from rdflib.namespace import RDF, SH

    shapes = shacl.load_shapes()
    targeted = set(shapes.objects(None, SH.targetClass))
    used = set(Graph().parse(seeds_graph).objects(None, RDF.type))
    assert used <= targeted, used - targeted


def test_the_seeds_conform(seeds_graph):
    result = run("validate", str(seeds_graph))
    assert result.exit_code == 0, result.output
    assert result.output == "conforms: every node matches its shapes\n"


def test_violations_print_one_per_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(PREFIXES + CONTEXT + CASES["meeting"][1] + CASES["gift"][1], encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[-1] == "2 violations"
    assert lines[:-1] == [
        "<http://example.org/g>  kg:recipient  a gift needs exactly one kg:recipient actor",
        "<http://example.org/m>  kg:participant  a meeting needs at least two kg:participant actors",
    ]


@pytest.mark.parametrize("content", [None, "this is not turtle", "@prefix : <http://x/> . :a :b :c ."])
def test_shapes_that_cannot_be_loaded_exit_2(tmp_path, seeds_graph, content):
    shapes = tmp_path / "shapes.ttl"
    if content is not None:
        shapes.write_text(content, encoding="utf-8")
    result = run("validate", str(seeds_graph), "--shapes", str(shapes))
    assert result.exit_code == 2
    assert result.output.count("\n") <= 1 and "shapes" in result.output


def test_custom_shapes_are_used(tmp_path, seeds_graph):
    shapes = tmp_path / "strict.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
<http://example.org/s> a sh:NodeShape ; sh:targetClass kg:Meeting ;
  sh:property [ sh:path kg:participant ; sh:minCount 10 ] .""", encoding="utf-8")
    result = run("validate", str(seeds_graph), "--shapes", str(shapes))
    assert result.exit_code == 1
    assert "kg:participant" in result.output
