"""The network page without a browser: its data, escaping, determinism and self-containment."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg import viz
from kg.vocab import KG

ID = "https://w3id.org/kg-news/id/"


def _data(page: str) -> dict:
    block = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def synthetic_graph(actors: int = 40, meetings: int = 60) -> Graph:
    """A news-like graph: `actors` actors of the four types, meetings between them, one visit,
    gift, sanction and statement per few actors, two articles. Deterministic."""
    g = Graph()
    types = ["Person", "Country", "Organization", "Place"]
    arts = [URIRef(f"{ID}article/{i:016x}") for i in range(2)]
    for i, a in enumerate(arts):
        g.add((a, RDF.type, KG.Article))
        g.add((a, KG.headline, Literal(f"Article {i}", lang="fr")))
        g.add((a, KG.datePublished, Literal(f"2023-09-{10 + i}", datatype=XSD.date)))
    nodes = []
    for i in range(actors):
        t = types[i % 4] if i % 3 else "Person"
        node = URIRef(f"{ID}{t.lower()}/actor-{i}")
        nodes.append(node)
        g.add((node, RDF.type, getattr(KG, t)))
        g.add((node, RDFS.label, Literal(f"Acteur {i}")))
        g.add((node, KG.mentionedIn, arts[i % 2]))
        if i % 5 == 0:
            g.add((node, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/Q{i + 1}")))

    def fact(kind, cls, n, date=None):
        f = URIRef(f"{ID}{kind}/{n:016x}")
        ev = URIRef(f"{ID}evidence/{n:016x}-0-10")
        g.add((f, RDF.type, cls))
        g.add((f, KG.source, arts[n % 2]))
        g.add((f, KG.evidence, ev))
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, KG.inArticle, arts[n % 2]))
        g.add((ev, KG.sentence, Literal(f"Phrase {n}.", lang="fr")))
        if date:
            g.add((f, KG.date, Literal(date, datatype=XSD.date)))
        return f

    # a few hubs and a long tail, like news
    for n in range(meetings):
        a = nodes[(n * 7) % actors] if n % 3 else nodes[n % max(1, actors // 20)]
        b = nodes[(n * 13 + 1) % actors]
        if a == b:
            continue
        m = fact("meeting", KG.Meeting, n, "2023-09-13" if n % 2 else None)
        g.add((m, KG.participant, a))
        g.add((m, KG.participant, b))
    for n in range(0, actors - 1, 4):
        v = fact("visit", KG.Visit, 10**6 + n)
        g.add((v, KG.traveler, nodes[n]))
        g.add((v, KG.destination, nodes[n + 1]))
        gi = fact("gift", KG.Gift, 2 * 10**6 + n)
        g.add((gi, KG.giver, nodes[n + 1]))
        g.add((gi, KG.recipient, nodes[n]))
        g.add((gi, KG.item, Literal("un fusil", lang="fr")))
        s = fact("sanction", KG.Sanction, 3 * 10**6 + n, "2017-09-14")
        g.add((s, KG.imposer, nodes[n]))
        g.add((s, KG.target, nodes[(n + 2) % actors]))
        st = fact("statement", KG.Statement, 4 * 10**6 + n)
        g.add((st, KG.speaker, nodes[n]))
        g.add((st, KG.quote, Literal(f"Nous parlons avec Acteur {(n + 3) % actors} et personne d'autre", lang="fr")))
    return g


@pytest.fixture(scope="module")
def seeds_page(seeds_build) -> str:
    return (seeds_build / "network.html").read_text(encoding="utf-8")


def test_page_is_self_contained(seeds_page):
    assert seeds_page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(?:link|script|img|iframe)\b[^>]*(?:src|href)\s*=", seeds_page, re.I)
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", seeds_page, re.I)
    assert "cdn." not in seeds_page and "bootstrap" not in seeds_page.lower()
    assert "@import" not in seeds_page
    # the content security policy forbids any load from anywhere
    assert "default-src 'none'" in seeds_page


def test_every_actor_is_a_node_and_the_title_sums_up_the_corpus(seeds_graph, seeds_page):
    g = Graph().parse(seeds_graph)
    actors = {str(s) for t in ("Person", "Country", "Organization", "Place") for s in g.subjects(RDF.type, getattr(KG, t))}
    data = _data(seeds_page)
    assert {n["id"] for n in data["nodes"]} == actors
    articles = len(set(g.subjects(RDF.type, KG.Article)))
    title = re.search(r"<h1 id=\"kg-title\">(.*?)</h1>", seeds_page).group(1)
    assert title.startswith(f"{articles} articles · {len(actors)} actors · ")
    assert re.search(r"\d+ facts · \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d$", title)


def test_node_details(seeds_page):
    nodes = {n["id"]: n for n in _data(seeds_page)["nodes"]}
    putin = nodes[ID + "person/putin"]
    assert putin["wikidata"] == "http://www.wikidata.org/entity/Q7747"
    assert putin["shape"] == "dot" and putin["color"] == viz.TYPES["Person"][0]
    assert any("président" in r for r in putin["roles"])
    assert nodes[ID + "country/russia"]["shape"] == "diamond"
    # the actor related to the most other actors is drawn biggest
    neighbours = {n: set() for n in nodes}
    for e in _data(seeds_page)["edges"]:
        neighbours[e["from"]].add(e["to"])
        neighbours[e["to"]].add(e["from"])
    biggest = max(nodes.values(), key=lambda n: n["size"])
    assert len(neighbours[biggest["id"]]) == max(len(v) for v in neighbours.values())
    kim = nodes[ID + "person/kim-jong-un"]
    assert kim["statements"] and all(s["quote"] and s["evidence"] for s in kim["statements"])


def test_edges_carry_facts_with_date_evidence_and_article(seeds_page):
    data = _data(seeds_page)
    kinds = {e["kind"] for e in data["edges"]}
    assert {"met", "quoted on"} <= kinds <= set(viz.KINDS)
    met = [e for e in data["edges"] if e["kind"] == "met" and {e["from"], e["to"]} == {ID + "person/putin", ID + "person/kim-jong-un"}]
    assert len(met) == 1, "one edge per pair and kind"
    facts = met[0]["facts"]
    assert len(facts) >= 2 and any(f["date"] == "2023-09-13" for f in facts)
    headlines = data["meta"]["articles"]
    for f in facts:
        assert f["evidence"] and all(sentence and 0 <= art < len(headlines) for sentence, art in f["evidence"])
    assert met[0]["width"] > viz._width(1)  # reported by more than one article
    assert met[0]["arrows"]["to"]["enabled"] is False


def test_edges_match_the_graph_per_kind(seeds_graph, seeds_page):
    """One edge per (from, to, kind), counted here with SPARQL, apart from viz's own reading."""
    g = Graph().parse(seeds_graph)
    q = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
    SELECT DISTINCT ?kind ?a ?b WHERE {
      VALUES ?t { kg:Person kg:Country kg:Organization kg:Place }
      VALUES ?u { kg:Person kg:Country kg:Organization kg:Place }
      { ?f a kg:Meeting ; kg:participant ?a, ?b . FILTER(STR(?a) < STR(?b)) BIND("met" AS ?kind) }
      UNION { ?f a kg:Visit ; kg:traveler ?a ; kg:destination ?b . BIND("visited" AS ?kind) }
      UNION { ?f a kg:Gift ; kg:giver ?a ; kg:recipient ?b . BIND("gave a gift to" AS ?kind) }
      UNION { ?f a kg:Sanction ; kg:imposer ?a ; kg:target ?b . BIND("sanctions" AS ?kind) }
      UNION { ?f a kg:Role ; kg:holder ?a ; kg:roleIn ?b . BIND("role in" AS ?kind) }
      ?a a ?t . ?b a ?u . FILTER(?a != ?b) }"""
    expected = {(str(k), str(a), str(b)) for k, a, b in g.query(q)}
    drawn = {(e["kind"], e["from"], e["to"]) for e in _data(seeds_page)["edges"] if e["kind"] != "quoted on"}
    assert drawn == expected


def test_quoted_on_goes_from_the_speaker_to_the_actors_the_quote_names():
    g = synthetic_graph(actors=8, meetings=0)
    data = viz.network_data(g)
    quoted = [(e["from"], e["to"]) for e in data["edges"] if e["kind"] == "quoted on"]
    assert (ID + "person/actor-0", ID + "person/actor-3") in quoted
    assert all(a != b for a, b in quoted)


def test_same_graph_same_bytes():
    assert viz.render(synthetic_graph()) == viz.render(synthetic_graph())


def test_same_bytes_whatever_the_hash_seed_and_from_build_or_viz(seeds_build, tmp_path):
    """Set iteration order changes with PYTHONHASHSEED; the page must not."""
    import os
    import subprocess
    import sys
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"n{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "viz", str(seeds_build / "graph.ttl"), "--out", str(out)],
                       check=True, env=env, capture_output=True)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    assert pages[0] == (seeds_build / "network.html").read_bytes()


def test_article_text_cannot_break_out_of_the_data_block():
    g = synthetic_graph(actors=4, meetings=2)
    evil = "</script><script>window.__pwned=1</script><img src=x onerror=alert(1)> & <!-- \u2028"
    for s in list(g.subjects(RDF.type, KG.Statement)):
        g.set((s, KG.quote, Literal(evil, lang="fr")))
    for a in list(g.subjects(RDF.type, KG.Article)):
        g.set((a, KG.headline, Literal(evil)))
    page = viz.render(g)
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert page.count("</script>") == 3  # vis-network, data, kg's script
    data = _data(page)
    assert data["meta"]["articles"][0]["headline"] == evil
    assert evil.replace("&", "&amp;").replace("<", "&lt;") not in page  # text travels as JSON, not as HTML
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert "<" not in title


def test_large_graph_has_fixed_positions_and_no_physics():
    data = viz.network_data(synthetic_graph(actors=viz.PHYSICS_MAX_NODES + 1, meetings=400))
    assert data["options"]["physics"]["enabled"] is False
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(positions) == len(data["nodes"])  # no two actors on top of each other


def test_empty_graph_renders():
    page = viz.render(Graph())
    assert "0 articles · 0 actors · 0 facts" in page


def test_edges_are_made_when_read_and_read_like_a_list():
    data = viz.network_data(synthetic_graph(actors=8, meetings=6))
    edges = data["edges"]
    listed = list(edges)
    assert len(listed) == len(edges) == data["meta"]["counts"]["relations"] > 0
    assert [e["id"] for e in listed] == [f"e{n}" for n in range(len(edges))]
    assert edges[-1] == listed[-1] and edges[1:3] == listed[1:3]
    # a second relation between the same two actors is curved apart from the first
    firsts = {}
    for e in listed:
        pair = tuple(sorted((e["from"], e["to"])))
        assert e["smooth"]["enabled"] == (pair in firsts)
        firsts.setdefault(pair, e)


def _role_graph() -> Graph:
    g = Graph()
    kremlin, peskov, ru = URIRef(f"{ID}organization/kremlin"), URIRef(f"{ID}person/peskov"), URIRef(f"{ID}country/russia")
    lone = URIRef(f"{ID}person/lone")
    for node, cls, label in ((kremlin, KG.Organization, "Kremlin"), (peskov, KG.Person, "Dmitri Peskov"),
                             (ru, KG.Country, "Russie"), (lone, KG.Person, "Jean Seul")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    role, ev = URIRef(f"{ID}role/1"), URIRef(f"{ID}evidence/1-0-10")
    g.add((role, RDF.type, KG.Role))
    g.add((role, KG.holder, peskov))
    g.add((peskov, KG.hasRole, role))
    g.add((role, KG.title, Literal("porte-parole", lang="fr")))
    g.add((role, KG.roleIn, kremlin))
    g.add((role, KG.evidence, ev))
    g.add((ev, KG.sentence, Literal("Dmitri Peskov, porte-parole du Kremlin, a dit.", lang="fr")))
    return g


def test_a_role_is_drawn_from_the_person_to_the_body_and_places_both_on_a_side():
    data = viz.network_data(_role_graph())
    [edge] = data["edges"]
    assert (edge["from"], edge["to"], edge["kind"]) == (f"{ID}person/peskov", f"{ID}organization/kremlin", "role in")
    assert edge["facts"][0]["detail"] == "porte-parole"
    assert "Peskov, porte-parole" in edge["facts"][0]["evidence"][0][0]
    nodes = {n["label"]: n for n in data["nodes"]}
    assert {n["side"] for n in nodes.values() if n["label"] != "Jean Seul"} == {"Russie"}
    assert nodes["Dmitri Peskov"]["sideKey"] == f"{ID}country/russia"
    # an actor with no relation is marked, for the page to list it instead of drawing it
    assert sorted(n["label"] for n in nodes.values() if not n["related"]) == ["Jean Seul", "Russie"]


def test_viz_focus_names_one_or_two_actors(seeds_build, tmp_path):
    from tests.conftest import run
    graph = str(seeds_build / "graph.ttl")
    out = tmp_path / "f.html"
    ok = run("viz", graph, "--focus", "Russie", "--focus", "Corée du Nord", "--out", str(out))
    assert ok.exit_code == 0, ok.output
    assert _data(out.read_text(encoding="utf-8"))["meta"]["focus"] == [
        f"{ID}country/russia", f"{ID}country/north-korea"]
    unknown = run("viz", graph, "--focus", "Atlantide", "--out", str(tmp_path / "g.html"))
    assert unknown.exit_code != 0 and unknown.output.count("\n") == 1
    assert '"Atlantide"' in unknown.output and "kg query actors" in unknown.output
    assert not (tmp_path / "g.html").exists()
    three = run("viz", graph, "--focus", "a", "--focus", "b", "--focus", "c", "--out", str(tmp_path / "h.html"))
    assert three.exit_code == 2 and "once" in three.output


def test_the_period_ends_with_the_newest_article_unless_a_meeting_is_planned():
    g = synthetic_graph(actors=8, meetings=6)
    late = URIRef(f"{ID}meeting/late")
    for cls, date, status in ((KG.Meeting, "2031-01-01", None),):
        g.add((late, RDF.type, cls))
        g.add((late, KG.participant, URIRef(f"{ID}person/actor-0")))
        g.add((late, KG.participant, URIRef(f"{ID}person/actor-3")))
        g.add((late, KG.date, Literal(date, datatype=XSD.date)))
    assert viz.build_model(g).period[1] == "2023-09-11"  # the newest article
    g.add((late, KG.status, Literal("planned")))
    assert viz.build_model(g).period[1] == "2031-01-01"


@pytest.mark.parametrize("text, named", [
    ("Kim Jong-un a salué la Russie.", ["kim", "russia"]),
    ("Kim a parlé.", ["kim-family"]),  # a name alone
    ("Kimberly et Russies", []),  # whole words only
    ("Moscou-Kim Jong-un", ["kim", "moscow"]),
    ("Kim Jong-unité", ["kim-family"]),  # the longest name that ends a word
    ("(Corée) et «Corée»", ["korea-paren"]),  # a name that opens with a sign
    ("", []),
])
def test_quotations_name_actors_by_the_longest_whole_name(text, named):
    actors = {"kim": {"names": ["Kim Jong-un"]}, "kim-family": {"names": ["Kim"]},
              "russia": {"names": ["Russie", "la Russie"]}, "moscow": {"names": ["Moscou"]},
              "korea-paren": {"names": ["(Corée)"]}}
    assert viz._name_matcher(actors)(text) == sorted(named)
