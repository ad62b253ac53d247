"""Every command through click's CliRunner."""
from __future__ import annotations

import json

import pytest

from kg import __version__
from kg.graph import named_queries
from tests.conftest import run

CONTRACT = {
    "actors": ["actor", "label", "type", "wikidata"],
    "roles": ["person", "role", "organization"],
    "meetings": ["meeting", "participant", "place", "date", "status"],
    "visits": ["visit", "traveler", "destination", "date"],
    "gifts": ["gift", "giver", "recipient", "item"],
    "statements": ["statement", "speaker", "quote"],
    "sanctions": ["sanction", "imposer", "target", "reason"],
    "claims": ["claim", "claimant", "polarity", "text"],
}


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"kg, version {__version__}"


@pytest.mark.parametrize("command", ["build", "query", "viz", "eval"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"kg {command}" in result.output


def test_the_actors_command_is_listed_and_runs_though_imported_late():
    listed = run("--help")
    assert listed.exit_code == 0 and "actors " in listed.output
    result = run("actors", "--help")
    assert result.exit_code == 0
    assert "actors [OPTIONS] GRAPH" in result.output


def test_build_prints_a_summary(seeds_build, tmp_path):
    result = run("build", "seeds", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("4 articles read, ")
    assert "actors" in lines[0] and "statement" in lines[0]
    assert "triples written to" in lines[1]
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "network.html").is_file()


def test_build_quiet_prints_nothing(tmp_path):
    result = run("build", "seeds/001_ee42deb19c253f9e.txt", "--out", str(tmp_path), "--quiet")
    assert result.exit_code == 0
    assert result.output == ""


def test_build_of_a_missing_path_is_one_line_and_exit_1(tmp_path):
    result = run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no such file or folder" in result.output
    assert not (tmp_path / "out").exists()


def test_query_list_names_every_query_with_what_it_answers():
    result = run("query", "--list")
    assert result.exit_code == 0
    for name in CONTRACT:
        line = next(l for l in result.output.splitlines() if l.startswith(name + " "))
        assert len(line.split()) > 4


def test_named_queries_are_the_contract():
    assert set(named_queries()) == set(CONTRACT)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_each_named_query_returns_its_variables(seeds_graph, name):
    result = run("query", name, "--graph", str(seeds_graph), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["head"]["vars"] == CONTRACT[name]
    for row in data["results"]["bindings"]:
        assert set(row) <= set(CONTRACT[name])


@pytest.mark.parametrize("name", ["actors", "statements", "meetings"])
def test_queries_return_rows_on_the_seeds(seeds_graph, name):
    data = json.loads(run("query", name, "--graph", str(seeds_graph), "--format", "json").output)
    assert len(data["results"]["bindings"]) >= 2


def test_query_table_is_readable(seeds_graph):
    result = run("query", "actors", "--graph", str(seeds_graph))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["actor", "label", "type", "wikidata"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1].endswith("rows)")


def test_query_csv_and_tsv(seeds_graph):
    csv_out = run("query", "statements", "--graph", str(seeds_graph), "--format", "csv").stdout_bytes
    assert csv_out.startswith(b"statement,speaker,quote\r\n")
    tsv_out = run("query", "statements", "--graph", str(seeds_graph), "--format", "tsv").output
    assert tsv_out.startswith("?statement\t?speaker\t?quote\n")
    assert "\t\"" in tsv_out and "<https://w3id.org/kg-news/id/statement/" in tsv_out


def test_query_file(seeds_graph, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    data = json.loads(run("query", str(rq), "--graph", str(seeds_graph), "--format", "json").output)
    assert int(data["results"]["bindings"][0]["n"]["value"]) > 100


def test_unknown_query_lists_the_known_ones(seeds_graph):
    result = run("query", "nope", "--graph", str(seeds_graph))
    assert result.exit_code == 1
    assert "unknown query 'nope'" in result.output and "statements" in result.output


def test_malformed_query_exits_2(seeds_graph, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    result = run("query", str(rq), "--graph", str(seeds_graph))
    assert result.exit_code == 2
    assert "malformed SPARQL" in result.output and "1:" in result.output


def test_query_needs_a_graph():
    result = run("query", "actors")
    assert result.exit_code == 2
    assert "--graph" in result.output


def test_viz_writes_a_page(seeds_graph, tmp_path):
    out = tmp_path / "n.html"
    result = run("viz", str(seeds_graph), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<html") or "<!DOCTYPE" in out.read_text()


def test_viz_of_a_missing_graph(tmp_path):
    result = run("viz", str(tmp_path / "nope.ttl"), "--out", str(tmp_path / "n.html"))
    assert result.exit_code == 1
    assert "no such graph file" in result.output
