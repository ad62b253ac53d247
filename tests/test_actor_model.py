"""The learned actor check: what it reads, what it says, and that it can be turned off."""
from __future__ import annotations

import pytest

from kg.extract import actor_model, actors
from tests.extraction import context

TEXT = ("Samedi, le ministre Olivier Dupuis a reçu à Bamako le Capitaine Ibrahim Traoré. Traoré a salué "
        "l'accord, selon l'Institut Montaigne.")


def test_the_model_ships_and_gives_a_probability_per_label():
    assert actor_model.enabled()
    ctx = context(TEXT)
    chosen, _ = actors.candidates(ctx.doc)
    weak = actors.judged(chosen)
    assert weak, "the recogniser's own names are judged"
    descriptions = [actor_model.features(ctx.doc, c.start, c.end, c.ref.type, c.ner) for c in weak]
    assert all(d.startswith("rule_") and " ner_" in d for d in descriptions)
    for scores in actor_model.judge(descriptions):
        assert set(scores) == set(actor_model.LABELS)
        assert sum(scores.values()) == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("scores, rule, expected", [
    ({"NONE": 0.7, "Person": 0.3}, "Person", None),
    ({"NONE": 0.1, "Person": 0.8, "Place": 0.1}, "Place", "Person"),
    ({"NONE": 0.1, "Person": 0.5, "Place": 0.4}, "Place", "Place"),  # not sure enough to retype
    ({"NONE": 0.2, "Organization": 0.8}, "Organization", "Organization"),
])
def test_decide(scores, rule, expected):
    assert actor_model.decide(scores, rule) == expected


def test_off_reads_with_the_rules_alone(monkeypatch):
    monkeypatch.setenv("KG_ACTOR_MODEL", "off")
    assert not actor_model.enabled()
    ctx = context(TEXT)
    assert {m.surface for m in ctx.mentions} >= {"Bamako"}
