"""kg eval: the matching rules on hand-made rows, and the command on the seeds."""
from __future__ import annotations

import json

import pytest

from kg import evaluate
from tests.conftest import ROOT, run

GOLD = {
    "corpus": "tiny",
    "actors": [
        {"id": "putin", "type": "Person", "wikidata": "Q7747", "names": ["Vladimir Poutine", "Poutine"]},
        {"id": "kim", "type": "Person", "names": ["Kim Jong-un", "Kim Jong Un"]},
        {"id": "shoigu", "type": "Person", "names": ["Sergueï Choïgou"]},
        {"id": "russia", "type": "Country", "names": ["Russie", "Moscou"]},
        {"id": "moscow", "type": "Place", "names": ["Moscou"]},
        {"id": "nk", "type": "Country", "names": ["Corée du Nord"]},
        {"id": "un", "type": "Organization", "names": ["ONU"], "optional": True},
    ],
    "facts": [
        {"type": "role", "person": "putin", "role": ["président"], "organization": "russia"},
        {"type": "meeting", "participants": ["putin", "kim"], "optional_participants": ["shoigu"],
         "place": "moscow", "date": "2024-06-19", "status": "occurred"},
        {"type": "visit", "traveler": "kim", "destination": ["moscow", "russia"], "date": "2024"},
        {"type": "gift", "giver": "putin", "recipient": "kim", "item": ["voiture", "limousine"]},
        {"type": "statement", "speaker": "kim", "quote": "nous serons toujours avec la Russie"},
        {"type": "sanction", "imposers": ["un", None], "target": "nk"},
        {"type": "sanction", "imposers": ["russia"], "target": "kim", "optional": True},
    ],
}


def gold(tmp_path) -> evaluate.Gold:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return evaluate.load_gold(path)


ACTORS = [
    {"actor": "a:1", "label": "Vladimir Poutine", "type": "Person", "wikidata": "http://www.wikidata.org/entity/Q7747"},
    {"actor": "a:2", "label": "Kim Jong Un", "type": "Person"},
    {"actor": "a:3", "label": "Russie", "type": "Country"},
    {"actor": "a:4", "label": "Moscou", "type": "Place"},
    {"actor": "a:5", "label": "Corée du Nord", "type": "Country"},
    {"actor": "a:6", "label": "Sergueï Choïgou", "type": "Person"},
    {"actor": "a:7", "label": "Poutine", "type": "Person"},  # a second node for Putin
    {"actor": "a:8", "label": "Kremlin", "type": "Organization"},  # no gold actor
]


def meeting_rows(iri, people, place="Moscou", date="2024-06-19"):
    return [{"meeting": iri, "participant": p, "place": place, "date": date, "status": "occurred"}
            for p in people]


@pytest.mark.parametrize("kind, rows, expected", [
    # (tp, fp, fn, dup)
    ("role", [{"person": "M. Poutine", "role": "président de la Russie"}], (1, 0, 0, 0)),
    ("role", [{"person": "Poutine", "role": "chef de l'État"}], (0, 1, 1, 0)),
    ("meeting", meeting_rows("m:1", ["Poutine", "Kim Jong-un", "Sergueï Choïgou"]), (1, 0, 0, 0)),
    ("meeting", meeting_rows("m:1", ["Poutine", "Kim Jong-un", "Russie"]), (0, 1, 1, 0)),
    ("meeting", meeting_rows("m:1", ["Poutine", "Kim Jong-un"], date="2019-04-25"), (0, 1, 1, 0)),
    ("meeting", meeting_rows("m:1", ["Poutine", "Kim Jong-un"]) + meeting_rows("m:2", ["Poutine", "Kim Jong-un"]),
     (1, 1, 0, 1)),
    ("visit", [{"visit": "v:1", "traveler": "Kim Jong-un", "destination": "Russie", "date": "2024-06"}], (1, 0, 0, 0)),
    ("visit", [{"visit": "v:1", "traveler": "Kim Jong-un", "destination": "Corée du Nord"}], (0, 1, 1, 0)),
    ("gift", [{"gift": "g:1", "giver": "Poutine", "recipient": "Kim Jong-un", "item": "une Aurus, limousine"}],
     (1, 0, 0, 0)),
    ("gift", [{"gift": "g:1", "giver": "Russie", "recipient": "Kim Jong-un", "item": "une limousine"}], (0, 1, 1, 0)),
    ("statement", [{"statement": "s:1", "speaker": "Kim Jong Un", "quote": "Nous serons toujours avec la Russie, amis"}],
     (1, 0, 0, 0)),
    ("statement", [{"statement": "s:1", "speaker": "Kim Jong Un", "quote": "toujours avec"}], (0, 1, 1, 0)),
    ("sanction", [{"sanction": "x:1", "target": "Corée du Nord"}], (1, 0, 0, 0)),
    ("sanction", [{"sanction": "x:1", "imposer": "Russie", "target": "Corée du Nord"}], (0, 1, 1, 0)),
    ("sanction", [{"sanction": "x:1", "imposer": "Russie", "target": "Kim Jong-un"}], (0, 0, 1, 0)),  # optional
])
def test_matching_rules(tmp_path, kind, rows, expected):
    score = evaluate.evaluate(gold(tmp_path), {"actors": ACTORS, evaluate.QUERIES[kind]: rows})
    c = score.counts[kind]
    assert (c.tp, c.fp, c.fn, c.dup) == expected, score.false + score.missed


def test_actors_by_wikidata_type_and_duplicates(tmp_path):
    score = evaluate.evaluate(gold(tmp_path), {"actors": ACTORS})
    c = score.counts["actor"]
    # six gold actors found; the second Putin node and the Kremlin are false positives
    assert (c.tp, c.fp, c.fn, c.dup) == (6, 2, 0, 1)
    assert any("Kremlin" in line for line in score.false)


def test_meeting_place_and_date_accuracy(tmp_path):
    rows = meeting_rows("m:1", ["Poutine", "Kim Jong-un"], place="Russie", date="2024-06")
    score = evaluate.evaluate(gold(tmp_path), {"actors": ACTORS, "meetings": rows})
    assert score.counts["meeting"].tp == 1
    assert (score.place_accuracy, score.date_accuracy) == (0.0, 0.0)


def test_best_pairing_tells_what_the_greedy_matching_costs(tmp_path):
    # two meetings of the same people in the same year: the greedy matching pairs the first
    # predicted (13 September) with the first gold meeting (19 June), and both dates are wrong
    data = json.loads(json.dumps(GOLD))
    data["facts"].append({"type": "meeting", "participants": ["putin", "kim"], "place": "russia",
                          "date": "2024-09-13", "status": "occurred"})
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    rows = (meeting_rows("m:1", ["Poutine", "Kim Jong-un"], place="Russie", date="2024-09-13")
            + meeting_rows("m:2", ["Poutine", "Kim Jong-un"], date="2024-06-19"))
    score = evaluate.evaluate(evaluate.load_gold(path), {"actors": ACTORS, "meetings": rows})
    assert score.counts["meeting"].tp == 2
    assert (score.place_accuracy, score.date_accuracy) == (0.0, 0.0)
    assert (score.best_places, score.best_dates) == ([True, True], [True, True])
    assert score.as_dict()["meeting_date_acc_best_pairing"] == 1.0
    assert "meeting date accuracy: 0.00 (best pairing 1.00)" in score.table()


def test_eval_on_the_seeds_graph(seeds_graph):
    result = run("eval", str(ROOT / "eval" / "seeds.json"), "--graph", str(seeds_graph), "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["facts"]["f1"] >= 0.95 and figures["actor"]["f1"] >= 0.95
    assert set(figures) >= {"actor", "role", "meeting", "visit", "gift", "statement", "sanction",
                            "facts", "meeting_place_acc", "meeting_date_acc"}


def test_eval_verbose_lists_misses_and_false_positives(tmp_path, seeds_graph):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    result = run("eval", str(path), "--graph", str(seeds_graph), "-v")
    assert result.exit_code == 0, result.output
    assert "  missed: " in result.output and "  false : " in result.output
    assert result.output.rstrip().splitlines()[-1].startswith("facts F1 ")


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a JSON gold file"),
    ('{"actors": []}', "'actors' and 'facts' lists"),
    ('{"actors": [{"id": "a", "names": ["A"], "type": "Thing"}], "facts": []}', "actor 1 needs"),
    ('{"actors": [], "facts": [{"type": "gift", "giver": "x"}]}', "'x', which is no actor id"),
])
def test_a_bad_gold_file_is_one_line_and_exit_1(tmp_path, seeds_graph, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    result = run("eval", str(path), "--graph", str(seeds_graph))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output


def test_a_gold_file_with_no_articles_beside_it_is_one_line(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    result = run("eval", str(path))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "--input DIR" in result.output
