"""The user's knowledge file: each kind of entry changes the seeds' graph as documented, an entry
that matches nothing warns, a malformed file is one line and exit 2 with nothing written."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SKOS

from kg import gazetteer, iri, knowledge
from kg.cache import Cache
from kg.articles import Article
from tests.conftest import EXPORTS, SEEDS, run
from tests.test_export import same

KG = Namespace(iri.ONTOLOGY)
ID = iri.RESOURCE
WD = Namespace(iri.WIKIDATA)
KB = URIRef(iri.knowledge("kg.toml"))


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    """One extraction cache for the module's builds: an entry re-reads only the articles it concerns."""
    return tmp_path_factory.mktemp("knowledge-cache")


@pytest.fixture(autouse=True)
def _plain_gazetteer():
    yield
    gazetteer.use_knowledge()


def baseline() -> Graph:
    return Graph().parse(EXPORTS / "graph.ttl")


def build(tmp_path: Path, cache_dir: Path, toml: str, *extra: str):
    """Build the seeds with `toml` as the knowledge file: (result, the Turtle graph or None)."""
    path = tmp_path / "kg.toml"
    path.write_text(toml, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(SEEDS), "--out", str(out), "--cache", str(cache_dir), "--knowledge", str(path), *extra)
    graph = Graph().parse(out / "graph.ttl") if (out / "graph.ttl").exists() else None
    return result, graph


def with_file(g: Graph) -> Graph:
    g.add((KB, RDF.type, KG.KnowledgeFile))
    g.add((KB, RDFS.label, Literal("kg.toml")))
    return g


def drop_subject(g: Graph, s: URIRef) -> None:
    for t in list(g.triples((s, None, None))):
        g.remove(t)


# ---------------------------------------------------------------- each entry, as documented

def test_an_actor_entry_links_the_actor_and_says_it_did(tmp_path, cache_dir):
    result, got = build(tmp_path, cache_dir, """
[[actor]]
name = "Maison Blanche"
type = "Organization"
wikidata = "Q35525"
country = "États-Unis"
description = "la présidence des États-Unis"
note = "linked by hand"
""")
    assert result.exit_code == 0, result.output
    assert "Knowledge file" in result.stdout and "1 actor" in result.stdout
    expected = with_file(baseline())
    house = URIRef(ID + "organization/white-house")
    expected.add((house, OWL.sameAs, WD.Q35525))
    expected.add((house, KG.assertedBy, KB))
    expected.add((house, RDFS.comment, Literal("la présidence des États-Unis", lang="fr")))
    same(got, expected)


def test_what_the_file_asserted_is_in_its_own_named_graph(tmp_path, cache_dir):
    result, _ = build(tmp_path, cache_dir, '[[actor]]\nname = "Maison Blanche"\ntype = "Organization"\n'
                                           'wikidata = "Q35525"\n')
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    told = ds.graph(KB)
    house = URIRef(ID + "organization/white-house")
    assert (house, KG.assertedBy, KB) in told and (house, OWL.sameAs, WD.Q35525) in told
    assert (KB, RDF.type, KG.KnowledgeFile) in told


def test_a_new_actor_is_read_in_the_text_as_the_gazetteer_s_are(tmp_path):
    # a name written in lower case, which nothing but the gazetteer reads as a name
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Sanctions\n\nPublié le 3 mars 2025\n\nLe Trésor américain a sanctionné jeudi la société zorglub-tek, "
        "accusée de fournir des composants à l'armée nord-coréenne.\n", encoding="utf-8")
    before = run("build", str(folder), "--out", str(tmp_path / "before"), "--no-cache")
    assert before.exit_code == 0, before.output
    assert "zorglub" not in (tmp_path / "before" / "graph.ttl").read_text(encoding="utf-8").lower()
    (folder / "kg.toml").write_text('[[actor]]\nname = "Zorglub-Tek"\nvariants = ["zorglub-tek"]\n'
                                    'type = "Organization"\nwikidata = "Q99999999"\ncountry = "Chine"\n',
                                    encoding="utf-8")
    result = run("build", str(folder), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.exit_code == 0, result.output
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    company = next(g.subjects(OWL.sameAs, WD.Q99999999))
    assert (company, RDF.type, KG.Organization) in g and (company, KG.assertedBy, KB) in g
    assert (company, RDFS.label, Literal("Zorglub-Tek")) in g and any(g.objects(company, KG.mentionedIn))


def test_a_merge_makes_one_actor_under_the_first_name(tmp_path, cache_dir):
    result, got = build(tmp_path, cache_dir, '[[merge]]\nactors = ["Khassan", "mer du Japon"]\n'
                                             'note = "one place for the test"\n')
    assert result.exit_code == 0, result.output
    expected = with_file(baseline())
    khasan, sea = URIRef(ID + "place/khasan"), URIRef(ID + "place/sea-of-japan")
    for article in expected.objects(sea, KG.mentionedIn):
        expected.add((khasan, KG.mentionedIn, article))
    drop_subject(expected, sea)
    expected.add((khasan, SKOS.altLabel, Literal("mer du Japon")))
    expected.add((khasan, KG.assertedBy, KB))
    same(got, expected)


def test_a_merge_by_iri_is_the_same_merge(tmp_path, cache_dir):
    _, by_name = build(tmp_path, cache_dir, '[[merge]]\nactors = ["Khassan", "mer du Japon"]\n')
    _, by_iri = build(tmp_path, cache_dir, f'[[merge]]\nactors = ["{ID}place/khasan", "{ID}place/sea-of-japan"]\n')
    same(by_name, by_iri)


def test_a_name_that_is_not_an_actor_is_never_read_as_one(tmp_path, cache_dir):
    result, got = build(tmp_path, cache_dir, '[[not_actor]]\nname = "Parti des travailleurs"\n')
    assert result.exit_code == 0, result.output
    expected = with_file(baseline())
    drop_subject(expected, URIRef(ID + "organization/wpk"))
    same(got, expected)


def _without_fact(g: Graph, fact: URIRef) -> None:
    evidence = set(g.objects(fact, KG.evidence))
    drop_subject(g, fact)
    for t in list(g.triples((None, None, fact))):
        g.remove(t)
    for ev in evidence:
        if not any(g.subjects(KG.evidence, ev)):
            drop_subject(g, ev)


def test_a_fact_rejected_by_its_iri_is_removed_and_listed(tmp_path, cache_dir):
    gift = next(iter(sorted(baseline().subjects(RDF.type, KG.Gift))))
    result, got = build(tmp_path, cache_dir, f'[[reject]]\nfact = "{gift}"\nreason = "not a present"\n')
    assert result.exit_code == 0, result.output
    assert f"Removed gift {gift}" in result.stdout and "not a present" in result.stdout
    expected = with_file(baseline())
    _without_fact(expected, gift)
    same(got, expected)


def test_facts_rejected_by_kind_and_actors_are_all_removed(tmp_path, cache_dir):
    result, got = build(tmp_path, cache_dir, '[[reject]]\nkind = "gift"\nactors = ["Vladimir Poutine", "Kim Jong-un"]\n'
                                             'reason = "exchanges read twice"\n')
    assert result.exit_code == 0, result.output
    expected = with_file(baseline())
    gifts = list(expected.subjects(RDF.type, KG.Gift))
    assert len(gifts) == 3
    for gift in gifts:
        _without_fact(expected, gift)
    assert result.stdout.count("Removed gift") == 3
    same(got, expected)


def test_an_entry_that_matches_nothing_is_a_warning_naming_it(tmp_path, cache_dir):
    result, got = build(tmp_path, cache_dir, """
[[actor]]
name = "Oleg Kojemiako"
type = "Person"

[[merge]]
actors = ["Khassan", "Ulan-Bator"]

[[not_actor]]
name = "Zorglub"

[[reject]]
kind = "visit"
actors = ["Emmanuel Macron"]
reason = "no such visit"
""")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 4, result.stderr
    for where in (":2 [[actor]] 'Oleg Kojemiako'", ":6 [[merge]]", ":9 [[not_actor]] 'Zorglub'", ":12 [[reject]] visit"):
        assert any(where in w and "matches nothing" in w for w in warnings), (where, warnings)
    same(got, with_file(baseline()))


def test_worker_processes_are_told_the_knowledge_file(tmp_path):
    known = tmp_path / "kg.toml"
    known.write_text('[[not_actor]]\nname = "Kremlin"\n[[actor]]\nname = "Maison Blanche"\ntype = "Organization"\n'
                     'wikidata = "Q35525"\n', encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        result = run("build", str(SEEDS), "--out", str(out), "-q", "--no-cache", "--jobs", jobs, "--knowledge", str(known))
        assert result.exit_code == 0, result.output
        outs.append((out / "graph.trig").read_bytes())
    assert outs[0] == outs[1] and b"organization/kremlin" not in outs[0] and b"Q35525" in outs[0]


def test_a_rebuild_with_the_file_parses_in_its_worker_what_a_cold_build_would(tmp_path):
    # the forked worker of a rebuild (a cache exists, one article of four to read again) extracts
    # with the file, as a cold build does
    known = tmp_path / "kg.toml"
    known.write_text('[[not_actor]]\nname = "Université Ewha"\n', encoding="utf-8")
    warm = tmp_path / "warm"
    assert run("build", str(SEEDS), "--out", str(warm), "-q").exit_code == 0
    assert run("build", str(SEEDS), "--out", str(warm), "-q", "--knowledge", str(known)).exit_code == 0
    cold = tmp_path / "cold"
    assert run("build", str(SEEDS), "--out", str(cold), "-q", "--no-cache", "--knowledge", str(known)).exit_code == 0
    assert (warm / "graph.trig").read_bytes() == (cold / "graph.trig").read_bytes()
    assert run("build", str(SEEDS), "--out", str(warm), "-q").exit_code == 0  # and back without it
    assert (warm / "graph.trig").read_bytes() == (EXPORTS / "graph.trig").read_bytes()


def test_kg_viz_places_the_file_s_actors_on_their_sides(tmp_path):
    known = tmp_path / "kg.toml"
    known.write_text('[[actor]]\nname = "mer du Japon"\ntype = "Place"\ncountry = "Japon"\n', encoding="utf-8")

    def side(*extra):
        page = tmp_path / "network.html"
        result = run("viz", str(EXPORTS / "graph.ttl"), "--out", str(page), *extra)
        assert result.exit_code == 0, result.output
        data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>',
                         page.read_text(encoding="utf-8"), re.S).group(1)
        return {n["label"]: n.get("side") or None for n in json.loads(data)["nodes"]}["mer du Japon"]

    assert side() is None
    assert side("--knowledge", str(known)) == "Japon"
    assert side() is None  # (the process's gazetteer is back as it was)


def test_kg_toml_beside_the_articles_is_used(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    (folder / "kg.toml").write_text('[[not_actor]]\nname = "Parti des travailleurs"\n', encoding="utf-8")
    result = run("build", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "Knowledge file" in result.stdout
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert (URIRef(ID + "organization/wpk"), None, None) not in g


# ---------------------------------------------------------------- bad files

BAD = [
    ('[[actor]]\nname = "X"\ntype = "Person"\nwikidata = Q12\n', ":4: ", "TOML syntax"),
    ('[[actor]]\nname = "X"\ntype = "Person"\nwikidta = "Q12"\n', ":1 [[actor]] 'X'", "unknown key 'wikidta'"),
    ('[[actor]]\nname = "X"\ntype = "Person"\nwikidata = "12"\n', ":1 [[actor]] 'X'", "not a Wikidata id"),
    ('[[actor]]\nname = "X"\ntype = "Human"\n', ":1 [[actor]] 'X'", "type 'Human' is not one of"),
    ('[[actor]]\nname = "X"\ntype = "Person"\nvariants = "Y"\n', ":1 [[actor]] 'X'", "'variants' must be a list"),
    ('[[actor]]\ntype = "Person"\n', ":1 [[actor]]", "'name' is missing"),
    ('[[actor]]\nname = "X"\ntype = "Person"\ncountry = "Atlantide"\n', ":1 [[actor]] 'X'", "country 'Atlantide'"),
    ('\n\n[[merge]]\nactors = ["X"]\n', ":3 [[merge]]", "at least two"),
    ('[[reject]]\nreason = "r"\n', ":1 [[reject]]", "either 'fact'"),
    ('[[reject]]\nkind = "party"\nactors = ["X"]\nreason = "r"\n', ":1 [[reject]]", "kind 'party'"),
    ('[[reject]]\nfact = "http://example.org/x"\nreason = "r"\n', ":1 [[reject]]", "not the IRI of a fact"),
    ('[[actors]]\nname = "X"\n', "kg.toml: ", "unknown section 'actors'"),
    ('actor = "X"\n', "kg.toml: ", "must be tables written [[actor]]"),
]


@pytest.mark.parametrize("toml, where, what", BAD)
def test_a_malformed_file_is_one_line_and_nothing_is_written(tmp_path, toml, where, what):
    result, graph = build(tmp_path, tmp_path / "cache", toml)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in result.output, result.stderr
    assert where in lines[0] and what in lines[0], lines[0]
    assert graph is None and not (tmp_path / "out").exists()


def test_a_missing_file_is_one_line(tmp_path):
    result = run("build", str(SEEDS), "--out", str(tmp_path / "out"), "--knowledge", str(tmp_path / "none.toml"))
    assert result.exit_code == 2 and "no such knowledge file" in result.stderr
    assert not (tmp_path / "out").exists()


def test_two_kg_toml_files_ask_which(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "kg.toml").write_text("", encoding="utf-8")
        shutil.copy(next(SEEDS.glob("*.txt")), tmp_path / name / "x.txt")
    result = run("build", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "several knowledge files" in result.stderr


# ---------------------------------------------------------------- the gazetteer and the cache

def test_a_known_name_or_wikidata_id_extends_the_gazetteer_s_entry():
    gazetteer.use_knowledge((gazetteer.UserActor(name="Sergueï Lavrov", type="Person", variants=("S. Lavrov",),
                                                 wikidata="Q12345"),))
    entry = gazetteer.lookup("S. Lavrov")
    assert entry is not None and entry.key == "lavrov" and entry.wikidata == "Q12345"
    assert gazetteer.user_keys() == ("lavrov",)
    gazetteer.use_knowledge((gazetteer.UserActor(name="V. V. Poutine", type="Person", wikidata="Q7747"),))
    assert gazetteer.lookup("V. V. Poutine").key == "putin"  # by its Wikidata id
    gazetteer.use_knowledge()
    assert gazetteer.lookup("S. Lavrov") is None and gazetteer.get("lavrov").wikidata != "Q12345"


def test_an_actor_may_belong_to_a_country_the_file_adds_after_it():
    gazetteer.use_knowledge((gazetteer.UserActor(name="Kozmo Tek", type="Organization", country="Zorglubie"),
                             gazetteer.UserActor(name="Zorglubie", type="Country")))
    assert gazetteer.lookup("Kozmo Tek").country == "zorglubie"
    assert gazetteer.user_keys() == ("kozmo_tek", "zorglubie")  # in the file's order


def test_an_edit_of_the_file_re_reads_only_the_articles_that_write_its_names(tmp_path):
    cache = Cache(tmp_path)
    told = Article(id="a" * 16, text="Le gouverneur Oleg Kojemiako a accueilli Kim Jong-un.", title=None, source="a")
    other = Article(id="b" * 16, text="Vladimir Poutine a reçu Kim Jong-un.", title=None, source="b")
    plain = {a.id: cache._path(a) for a in (told, other)}
    gazetteer.use_knowledge((gazetteer.UserActor(name="Oleg Kojemiako", type="Person"),))
    cache = Cache(tmp_path)
    assert cache._path(told) != plain[told.id] and cache._path(other) == plain[other.id]


def test_knowledge_load_reads_every_kind_of_entry(tmp_path):
    path = tmp_path / "kg.toml"
    path.write_text('[[actor]]\nname = "X"\ntype = "Person"\n[[merge]]\nactors = ["A", "B"]\n'
                    '[[not_actor]]\nname = "Y"\n[[reject]]\nkind = "gift"\nactors = ["A"]\nreason = "r"\n',
                    encoding="utf-8")
    known = knowledge.load(path)
    assert (len(known.actors), len(known.merges), len(known.not_actors), len(known.rejections)) == (1, 1, 1, 1)
    assert known.summary().endswith("1 actor, 1 merge, 1 name not an actor, 1 rejected fact")
