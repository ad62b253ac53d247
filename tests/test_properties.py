"""Property-based tests: any text builds, into parseable, valid, reproducible Turtle; any name
gets a valid, stable IRI.

spaCy is slow: the model is loaded once per process (kg.nlp.load is cached), texts are
short and example counts small, so this file stays a few seconds long.
"""
from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg import build as build_mod
from kg import iri
from kg.articles import from_text
from tests.conftest import need, run

IRI_BAD = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')
SLOW = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Words that wake the extractors up, mixed with arbitrary text.
WORDS = ["Emmanuel Macron", "Kim Jong-un", "a rencontré", "a déclaré", "à Paris", "Séoul", "«", "»", "\"",
         "le président", "sanctions", "contre", "la Corée du Nord", "le 3 mars 2024", ".", ":", "\n",
         "O'Brien", "<b>", "&amp;", "🇫🇷", "سلام", "a offert", "un cadeau", "à", "selon", "accuse"]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=30).map(" ".join),
).filter(lambda t: t.strip())


def turtle_of(text: str) -> bytes:
    """The graph.ttl a build of `text` writes (the whole build: extraction, resolution, export)."""
    with tempfile.TemporaryDirectory() as out:
        report = build_mod.build([from_text(text)], Path(out))
        assert report.articles == 1
        return (Path(out) / "graph.ttl").read_bytes()


def assert_valid_turtle(data: bytes) -> rdflib.Graph:
    g = rdflib.Graph().parse(data=data.decode("utf-8"), format="turtle")
    for term in {t for triple in g for t in triple if isinstance(t, rdflib.URIRef)}:
        assert not IRI_BAD.search(str(term)), term
    ox.Store().load(data, format=ox.RdfFormat.TURTLE)  # a second, stricter parser
    return g


@SLOW
@given(texts)
@example("« Emmanuel Macron a déclaré : « <script>alert(1)</script> \"")
@example("\x00\x01\x1b\u2028\u202e\ufeff\ud7ff\U0010fffd a déclaré : « ok »")
@example(" ".join(["paix"] * 400))
def test_any_text_builds_into_valid_reproducible_turtle(text):
    first = turtle_of(text)
    assert_valid_turtle(first)
    assert turtle_of(text) == first  # same input, same bytes


@settings(max_examples=4, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=8)), min_size=5, max_size=40)
       .map(" ".join))
@example("Jean \"le Grand\" <Dupont> d’Artagnan a déclaré : « {x}|y\\z^`  » à Paris 🙂. שלום")
def test_rapper_accepts_the_turtle(text):
    if not text.strip():
        return
    rapper = need("rapper")
    proc = subprocess.run([rapper, "-q", "-i", "turtle", "-c", "-", "http://example.org/"], input=turtle_of(text), capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(max_size=300))
@example(b"\xff\xfe" + "Emmanuel Macron à Paris".encode("utf-16-le"))
@example(b"<html><script>alert(1)</script><p>Macron \xe0 Paris</p></html>")
def test_any_file_gives_a_build_or_one_line(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    out = tmp_path / "out"
    result = run("build", str(path), "--out", str(out), "--no-cache")
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        assert_valid_turtle((out / "graph.ttl").read_bytes())
    else:
        assert result.exit_code == 1
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 1, result.stderr
        assert "nothing was written" in errors[0] or "no article" in errors[0]


# ---------------------------------------------------------------- IRIs

TYPES = ["Person", "Country", "Organization", "Place"]


def assert_valid_iri(value: str) -> None:
    assert value.startswith(iri.BASE)
    assert not IRI_BAD.search(value), value
    ox.NamedNode(value)  # raises on an invalid IRI
    assert str(rdflib.URIRef(value)) == value
    rdflib.Graph().parse(data=f"<{value}> <{value}> <{value}> .", format="nt")


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(TYPES), st.text())
@example("Person", "")
@example("Person", "Jean <O'Brien> \"{x}|^`\\")
@example("Place", "🇫🇷 سلام שלום\u202e")
def test_any_name_gives_a_valid_stable_iri(type_, name):
    value = iri.actor(type_, name)
    assert_valid_iri(value)
    assert iri.actor(type_, name) == value


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(["meeting", "statement", "role", "claim"]),
       st.lists(st.one_of(st.text(), st.integers(), st.none()), max_size=4))
def test_any_fact_key_gives_a_valid_stable_iri(kind, key):
    value = iri.fact(kind, *key)
    assert_valid_iri(value)
    assert iri.fact(kind, *key) == value


@settings(derandomize=True, database=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))
def test_evidence_iris_are_valid(start, end):
    assert_valid_iri(iri.evidence("0123456789abcdef", start, end))


@settings(derandomize=True, database=None)
@given(st.text(max_size=50))
def test_article_ids_are_valid_iris(text):
    assert_valid_iri(iri.article(from_text(text).id))
