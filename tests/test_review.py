"""The review loop of the knowledge file: unlinked actors, their TOML tables, look-alike pairs."""
from __future__ import annotations

import random
import re
import tomllib

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import graph as graph_mod
from kg import review
from kg.review import SimilarPair, UnlinkedActor, similar, toml_section, unlinked
from tests.conftest import EXPORTS

PREFIXES = """\
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix id: <https://w3id.org/kg-news/id/> .
@prefix article: <https://w3id.org/kg-news/id/article/> .
@prefix evidence: <https://w3id.org/kg-news/id/evidence/> .
@prefix person: <https://w3id.org/kg-news/id/person/> .
@prefix organization: <https://w3id.org/kg-news/id/organization/> .
@prefix place: <https://w3id.org/kg-news/id/place/> .
@prefix meeting: <https://w3id.org/kg-news/id/meeting/> .
@prefix role: <https://w3id.org/kg-news/id/role/> .
"""
ID = "https://w3id.org/kg-news/id/"
GRAPH = EXPORTS / "graph.ttl"


def graph(turtle: str) -> list:
    """The triples of a Turtle snippet written with kg's prefixes."""
    return list(ox.parse(PREFIXES + turtle, format=ox.RdfFormat.TURTLE))


def actors(*entries: tuple) -> list:
    """A graph of actors, each (type, label, alternative label...), as id:a0, id:a1..."""
    out = []
    for n, (type_, label, *alts) in enumerate(entries):
        alt = "".join(f' ; skos:altLabel "{a}"' for a in alts)
        out.append(f'id:a{n} a kg:{type_} ; rdfs:label "{label}"{alt} .')
    return graph("\n".join(out))


def run(*args: str):
    """The `actors` command object on its own, as `kg actors ARGS...`."""
    return CliRunner().invoke(review.actors, list(args), catch_exceptions=False)


# ---------------------------------------------------------------- unlinked

MEETING = """
person:putin a kg:Person ; rdfs:label "Vladimir Poutine" ; owl:sameAs wd:Q7747 ;
    kg:mentionedIn article:1 , article:2 , article:3 .
person:peskov a kg:Person ; rdfs:label "Dmitri Peskov" ; skos:altLabel "Peskov" , "Dmitri Peskov" ;
    kg:mentionedIn article:1 , article:2 .
organization:kremlin a kg:Organization ; rdfs:label "Kremlin" ;
    owl:sameAs <http://dbpedia.org/resource/Moscow_Kremlin> ;
    kg:mentionedIn article:2 , article:1 .
place:vostochny a kg:Place ; rdfs:label "cosmodrome de Vostotchny" ; owl:sameAs "Q1095089" ;
    kg:mentionedIn article:3 .
organization:ats a kg:Organization ; rdfs:label "ATS" .
article:1 a kg:Article ; kg:publisher organization:ats .
meeting:m1 a kg:Meeting ; kg:participant person:putin , person:peskov ; kg:place place:vostochny ;
    kg:evidence evidence:1-900-1000 , evidence:1-100-200 ; kg:source article:1 .
role:r1 a kg:Role ; kg:holder person:peskov ; kg:roleIn organization:kremlin ;
    kg:evidence evidence:2-50-80 .
evidence:1-900-1000 a kg:Evidence ; kg:sentence "Poutine a reçu M. Peskov à Vostotchny."@fr .
evidence:1-100-200 a kg:Evidence ; kg:sentence "Le sommet s'est tenu au cosmodrome."@fr .
evidence:2-50-80 a kg:Evidence ; kg:sentence "Dmitri Peskov, porte-parole du Kremlin."@fr .
"""


def test_unlinked_lists_the_actors_without_a_wikidata_id_most_mentioned_first():
    assert unlinked(graph(MEETING)) == [
        # two articles each, then by label; of the facts that involve it, the sentence of the least
        # evidence IRI that writes one of its names ("M. Peskov"), else of the least
        UnlinkedActor(ID + "person/peskov", "Dmitri Peskov", "Person", 2, ("Peskov",),
                      "Poutine a reçu M. Peskov à Vostotchny."),
        UnlinkedActor(ID + "organization/kremlin", "Kremlin", "Organization", 2, (),  # not a Wikidata IRI
                      "Dmitri Peskov, porte-parole du Kremlin."),
        UnlinkedActor(ID + "place/vostochny", "cosmodrome de Vostotchny", "Place", 1, (),  # a literal is no link
                      "Le sommet s'est tenu au cosmodrome."),
        UnlinkedActor(ID + "organization/ats", "ATS", "Organization", 0, (), None),  # an article's publisher: no fact
    ]


@pytest.mark.parametrize("turtle, expected", [
    ("", []),
    ('id:a a kg:Person ; rdfs:label "Jean Dupont" ; owl:sameAs wd:Q1 .', []),
    ('id:a a kg:Article ; rdfs:label "not an actor" .', []),
    # no label: the end of its IRI
    ("person:anonyme a kg:Person .", [UnlinkedActor(ID + "person/anonyme", "anonyme", "Person", 0, (), None)]),
    # labels in reading order, case and accents aside
    ('id:b a kg:Place ; rdfs:label "mer du Japon" . id:a a kg:Place ; rdfs:label "Moscou" . '
     'id:c a kg:Place ; rdfs:label "Égypte" .',
     [UnlinkedActor(ID + "c", "Égypte", "Place", 0, (), None),
      UnlinkedActor(ID + "b", "mer du Japon", "Place", 0, (), None),
      UnlinkedActor(ID + "a", "Moscou", "Place", 0, (), None)]),
    # a fact without evidence, an evidence without sentence: no sentence
    ('id:a a kg:Country ; rdfs:label "Freedonia" . id:f a kg:Visit ; kg:destination id:a . '
     'id:g a kg:Visit ; kg:destination id:a ; kg:evidence id:e . id:e a kg:Evidence .',
     [UnlinkedActor(ID + "a", "Freedonia", "Country", 0, (), None)]),
])
def test_unlinked_table(turtle, expected):
    assert unlinked(graph(turtle)) == expected


def test_unlinked_counts_each_article_once_across_named_graphs():
    trig = PREFIXES + """
    article:1 { id:a a kg:Person ; rdfs:label "Jean Dupont" ; kg:mentionedIn article:1 . }
    article:2 { id:a a kg:Person ; rdfs:label "Jean Dupont" ; kg:mentionedIn article:1 , article:2 . }
    """
    store = ox.Store()
    store.load(trig, format=ox.RdfFormat.TRIG)
    assert [(a.label, a.articles) for a in unlinked(store)] == [("Jean Dupont", 2)]


def test_unlinked_reads_an_rdflib_graph_too():
    from rdflib import Graph

    g = Graph().parse(data=PREFIXES + MEETING, format="turtle")
    assert unlinked(g) == unlinked(graph(MEETING))


# ---------------------------------------------------------------- the TOML section

def test_toml_section_parses_to_name_variants_and_type_only():
    text = toml_section(unlinked(graph(MEETING)))
    assert tomllib.loads(text) == {"actor": [
        {"name": "Dmitri Peskov", "variants": ["Peskov"], "type": "Person"},
        {"name": "Kremlin", "type": "Organization"},
        {"name": "cosmodrome de Vostotchny", "type": "Place"},
        {"name": "ATS", "type": "Organization"},
    ]}
    table = text.split("[[actor]]")[1]
    assert table.splitlines()[1:] == [
        'name = "Dmitri Peskov"', 'variants = ["Peskov"]', 'type = "Person"',
        '# wikidata = "Q…"', '# country = ""', '# description = ""',
        "# mentioned in 2 articles: Poutine a reçu M. Peskov à Vostotchny.", "",
    ]
    assert text.rstrip().endswith("# mentioned in no article")


def test_toml_section_filled_in_parses():
    text = toml_section(unlinked(graph(MEETING)))
    filled = (text.replace('# wikidata = "Q…"', 'wikidata = "Q1"').replace('# country = ""', 'country = "Russie"')
              .replace('# description = ""', 'description = "x"'))
    for table in tomllib.loads(filled)["actor"]:
        assert (table["wikidata"], table["country"], table["description"]) == ("Q1", "Russie", "x")


@pytest.mark.parametrize("label", [
    'Le "Parti" des travailleurs', "C:\\chemin\\vers", "deux\nlignes", "tab\there", "bell\x07", "del\x7f",
    "'simple'", "«guillemets»", "# pas un commentaire", "ends with backslash\\", '"""', "ﾠ unicode ✓ 漢字",
])
def test_toml_section_escapes_any_label(label):
    actor = UnlinkedActor("urn:x", label, "Organization", 1, (label, "autre"), 'Il a dit : "non"\net\\ puis\r\x00.')
    text = toml_section([actor])
    assert tomllib.loads(text) == {"actor": [{"name": label, "variants": [label, "autre"], "type": "Organization"}]}
    comment = text.rstrip("\n").splitlines()[-1]
    assert comment == '# mentioned in 1 article: Il a dit : "non" et\\ puis .'


def test_toml_section_cuts_the_evidence_on_one_line():
    sentence = "Une phrase très longue, " * 20
    text = toml_section([UnlinkedActor("urn:x", "X", "Person", 3, (), sentence)])
    comment = text.rstrip("\n").splitlines()[-1]
    assert comment.startswith("# mentioned in 3 articles: Une phrase très longue,")
    assert comment.endswith("…") and len(comment) <= len("# mentioned in 3 articles: ") + review.EVIDENCE_WIDTH
    assert tomllib.loads(text)["actor"] == [{"name": "X", "type": "Person"}]


def test_toml_section_of_no_actor_is_an_empty_document():
    assert tomllib.loads(toml_section([])) == {}


# ---------------------------------------------------------------- similar

KIM_JONG_UN, KIM_YO_JONG = ("Person", "Kim Jong-un"), ("Person", "Kim Yo-jong")


@pytest.mark.parametrize("entries, expected", [
    # transliterations, spellings
    ([("Person", "Sergueï Choïgou"), ("Person", "Sergei Shoigu")],
     [("Person", "Sergei Shoigu", "Sergueï Choïgou", "same transliteration")]),
    ([("Person", "Oleg Kozhemyako"), ("Person", "Oleg Kojemiako")],
     [("Person", "Oleg Kojemiako", "Oleg Kozhemyako", "same transliteration")]),
    ([("Person", "Kim Jong-un"), ("Person", "Kim Jong Un")],
     [("Person", "Kim Jong Un", "Kim Jong-un", "same name")]),
    ([("Place", "cosmodrome de Vostotchny"), ("Place", "cosmodrome de Vostochny")],
     [("Place", "cosmodrome de Vostochny", "cosmodrome de Vostotchny", "same transliteration")]),
    ([("Person", "Cheong Seong-chang"), ("Person", "Cheong Seong-chan")],
     [("Person", "Cheong Seong-chan", "Cheong Seong-chang", "spelling 0.97")]),
    ([("Organization", "Université Kookmin"), ("Organization", "Universite Kokmin")],
     [("Organization", "Universite Kokmin", "Université Kookmin", "same transliteration")]),
    ([("Organization", "Institut Sejong"), ("Organization", "Institut Sejongg")],
     [("Organization", "Institut Sejong", "Institut Sejongg", "same transliteration")]),
    ([("Organization", "Conseil national de securité"), ("Organization", "Conseil nationale de sécurité")],
     [("Organization", "Conseil national de securité", "Conseil nationale de sécurité", "spelling 0.98")]),
    # one name inside the other
    ([("Person", "Dmitri Peskov"), ("Person", "Dmitri Sergueïevitch Peskov")],
     [("Person", "Dmitri Peskov", "Dmitri Sergueïevitch Peskov", "one name inside the other")]),
    ([("Person", "Peskov"), ("Person", "Dmitri Peskov")],
     [("Person", "Dmitri Peskov", "Peskov", "one name inside the other")]),
    ([("Person", "Jean-Yves Le Drian"), ("Person", "Le Drian")],
     [("Person", "Jean-Yves Le Drian", "Le Drian", "one name inside the other")]),
    # over alternative labels too, the strongest reason
    ([("Organization", "France 24 Europe", "France 24"), ("Organization", "France 24")],
     [("Organization", "France 24", "France 24 Europe", "same name")]),
    ([("Person", "Sergueï Choïgou", "Choïgou"), ("Person", "Sergei Shoigu", "Shoigu")],
     [("Person", "Sergei Shoigu", "Sergueï Choïgou", "same transliteration")]),
    # three names of one actor: every pair
    ([("Person", "Kim Jong-un"), ("Person", "Kim Jong Un"), ("Person", "Kim Jong-oun")],
     [("Person", "Kim Jong-oun", "Kim Jong Un", "same transliteration"),  # "oun" before "un"
      ("Person", "Kim Jong-oun", "Kim Jong-un", "same transliteration"),
      ("Person", "Kim Jong Un", "Kim Jong-un", "same name")]),
])
def test_similar_proposes(entries, expected):
    pairs = similar(actors(*entries))
    assert [(p.type, p.label_a, p.label_b, p.reason) for p in pairs] == expected


@pytest.mark.parametrize("entries", [
    [KIM_JONG_UN, KIM_YO_JONG],                                            # two people of one family
    [KIM_JONG_UN, KIM_YO_JONG, ("Person", "Kim")],                         # "Kim" alone: which one?
    [KIM_JONG_UN, ("Person", "Kim Jong-il")],
    [("Country", "Corée du Nord"), ("Country", "Corée du Sud")],
    [("Organization", "Institut mondial d'études sur la Corée du Nord"),
     ("Organization", "Institut mondial d'études sur la Corée du Sud")],
    [("Country", "Allemagne de l'Est"), ("Country", "Allemagne de l'Ouest")],
    [("Organization", "armée indienne"), ("Organization", "armée iranienne")],  # demonyms of two countries
    [("Organization", "ministère russe des Affaires étrangères"),
     ("Organization", "ministère des Affaires étrangères")],
    [("Person", "Charles II"), ("Person", "Charles III")],
    [("Organization", "Kremlin"), ("Place", "Kremlin")],                    # different types
    [("Person", "Vladimir Poutine"), ("Organization", "Vladimir Poutine")],
    [("Person", "Idriss Déby"), ("Person", "Mahamat Idriss Déby")],         # father and son
    [("Person", "Salmane"), ("Person", "Mohammed ben Salmane")],            # his father's name
    [("Person", "Sung Kim"), ("Person", "Kim Il Sung")],                    # the same words, another order
    [("Person", "Li Qiang"), ("Person", "Li Keqiang")],
    [("Person", "Nawaf al-Ahmad al-Sabah"), ("Person", "Ahmad Nawaf al-Ahmad al-Sabah")],
    [("Person", "Igor Matovič"), ("Person", "Jakov Milatović")],
    [("Organization", "NSA"), ("Organization", "ANSA")],                    # too short to tell
    [("Organization", "Université Ewha"), ("Organization", "Université Kookmin")],
    [("Person", "Peskov"), ("Person", "Dmitri Peskov"), ("Person", "Anna Peskov")],  # two Peskovs
    [("Person", "Omar el-Béchir", "Béchir", "Omar Béchir"), ("Person", "Mohammed Béchir")],  # his own name
    [("Person", "Sergueï Choïgou", "Sergei Shoigu", "Choïgou")],             # never itself
    [("Person", "…"), ("Person", "-"), ("Person", "« »")],                  # no name at all
])
def test_similar_does_not_propose(entries):
    assert similar(actors(*entries)) == []


def test_similar_never_pairs_two_wikidata_ids_and_always_pairs_one():
    g = graph("""
    id:a a kg:Country ; rdfs:label "Congo" ; owl:sameAs wd:Q971 .
    id:b a kg:Country ; rdfs:label "Congo" ; owl:sameAs wd:Q974 .
    id:c a kg:Country ; rdfs:label "République démocratique du Congo" ; owl:sameAs wd:Q974 .
    id:d a kg:Country ; rdfs:label "Congo" .
    """)
    assert similar(g) == [
        SimilarPair("Country", "Congo", "Congo", ID + "a", ID + "d", "same name"),
        SimilarPair("Country", "Congo", "Congo", ID + "b", ID + "d", "same name"),
        SimilarPair("Country", "Congo", "République démocratique du Congo", ID + "b", ID + "c", "same Wikidata id"),
    ]


def test_similar_is_in_order_of_type_then_labels_whatever_the_order_of_the_triples():
    entries = [("Place", "Vladivostok"), ("Place", "Vladivostock"), ("Person", "Sergei Shoigu"),
               ("Person", "Sergueï Choïgou"), ("Organization", "Kremlin"), ("Organization", "Kreml"),
               ("Person", "Dmitri Peskov"), ("Person", "Dmitry Peskov"), ("Country", "Corée du Nord"),
               ("Country", "Coree du Nord")]
    triples = actors(*entries)
    pairs = similar(triples)
    keys = [(p.type, p.label_a, p.label_b) for p in pairs]
    assert keys == [("Country", "Coree du Nord", "Corée du Nord"), ("Person", "Dmitri Peskov", "Dmitry Peskov"),
                    ("Person", "Sergei Shoigu", "Sergueï Choïgou"), ("Place", "Vladivostock", "Vladivostok")]
    random.Random(7).shuffle(triples)
    assert similar(triples) == pairs


def test_similar_on_a_few_thousand_actors_keeps_to_its_buckets():
    rng = random.Random(11)
    syllables = "ka ko ri ma na sa to vi lo pe ser gei dmi tri ol eg an dre ni lai iv ov ev in ski chen".split()

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    entries = [("Person", f"{word()} {word()}") for _ in range(2000)] + [("Place", word()) for _ in range(1000)]
    entries += [("Person", "Oleg Kojemiako"), ("Person", "Oleg Kozhemyako")]
    pairs = similar(actors(*entries))
    assert ("Oleg Kojemiako", "Oleg Kozhemyako") in {(p.label_a, p.label_b) for p in pairs}
    assert all(p.iri_a != p.iri_b for p in pairs)
    assert len({(p.iri_a, p.iri_b) for p in pairs}) == len(pairs)


# ---------------------------------------------------------------- the command, on the seeds' graph

def test_unlinked_on_the_seeds_lists_who_has_no_wikidata_id():
    result = run(str(GRAPH), "--unlinked")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["label", "type", "articles", "evidence"]
    rows = [re.split(r"\s{2,}", line, maxsplit=3) for line in lines[1:]]
    labels = [row[0] for row in rows]
    for name in ("Dmitri Peskov", "Kremlin", "Andreï Lankov", "Cheong Seong-chang", "KCNA"):
        assert name in labels
    for name in ("Kim Jong-un", "Vladimir Poutine", "Russie", "Corée du Nord", "Vladivostok", "AFP"):
        assert name not in labels
    # the actors the named query finds in the articles with no Wikidata entity, and no other
    rows_by_query = graph_mod.select(graph_mod.load(GRAPH), graph_mod.query_text("actors")).bindings
    mentioned = {r["label"]["value"] for r in rows_by_query if "wikidata" not in r}
    assert {row[0] for row in rows if row[2] != "0"} == mentioned
    counts = [int(row[2]) for row in rows]
    assert counts == sorted(counts, reverse=True)  # most mentioned first
    peskov = rows[labels.index("Dmitri Peskov")]
    assert peskov[1] == "Person" and int(peskov[2]) >= 1 and peskov[3] != "-"  # a sentence of a fact of his
    assert "without a Wikidata id" in result.stderr


def test_unlinked_toml_on_the_seeds_parses():
    result = run(str(GRAPH), "--unlinked", "--toml")
    assert result.exit_code == 0, result.output
    tables = tomllib.loads(result.stdout)["actor"]
    assert {"name": "Dmitri Peskov", "type": "Person"} in tables
    assert all(set(t) <= {"name", "variants", "type"} for t in tables)
    assert {"name": "Parti des travailleurs", "variants": ["Parti du travail de Corée"],
            "type": "Organization"} in tables
    assert not any(t["name"] == "Kim Jong-un" for t in tables)


def test_similar_on_the_seeds_runs_and_is_deterministic():
    first, second = run(str(GRAPH), "--similar"), run(str(GRAPH), "--similar")
    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout
    assert "pairs of actors" in first.stderr or "pair of actors" in first.stderr


def test_similar_prints_one_line_per_pair(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(PREFIXES + 'id:a a kg:Person ; rdfs:label "Sergueï Choïgou" .\n'
                    'id:b a kg:Person ; rdfs:label "Sergei Shoigu" .\n', encoding="utf-8")
    result = run(str(path), "--similar")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"Person: Sergei Shoigu ~ Sergueï Choïgou (same transliteration) "
                             f"<{ID}b> <{ID}a>\n")


@pytest.mark.parametrize("args", [[], ["--unlinked", "--similar"], ["--similar", "--toml"], ["--toml"]])
def test_bad_usage_exits_2(args):
    result = run(str(GRAPH), *args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_help_teaches_the_review_loop():
    result = run("--help")
    assert result.exit_code == 0
    for text in ("--unlinked", "--similar", "--toml", "Example:", "kg build", "kg actors", "kg.toml"):
        assert text in result.output


@pytest.mark.parametrize("content, name, says", [
    (None, "missing.ttl", "no such graph file"),
    ("@prefix kg: <broken", "broken.ttl", "not valid"),
    ("", "graph.csv", "unknown graph format"),
])
def test_a_graph_kg_cannot_read_is_one_line_and_no_traceback(tmp_path, content, name, says):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run(str(path), "--unlinked")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ") and says in result.stderr
    assert "Traceback" not in result.output
