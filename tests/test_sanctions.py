"""Sanctions from short French sentences."""
from __future__ import annotations

import pytest

from kg.extract import sanctions
from tests.extraction import run

TABLE = [
    ("Les sanctions visant l'Iran en raison de son programme nucléaire restent en vigueur.",
     "Iran", None, "programme nucléaire"),
    ("L'Union européenne a adopté des sanctions contre la Russie.", "Russie", "Union européenne", None),
    ("Les États-Unis ont imposé un embargo sur Cuba.", "Cuba", "États-Unis", None),
    ("Les sanctions ont un coût pour l'économie.", None, None, None),
    # "au Conseil de sécurité": where sanctions are voted, not their target
    ("Téhéran obtient la garantie que Moscou et Pékin bloqueront toute nouvelle sanction au Conseil de sécurité.",
     None, None, None),
    ("L'Union européenne a imposé des sanctions à la Syrie.", "Syrie", "Union européenne", None),
]


@pytest.mark.parametrize("text,target,imposer,reason", TABLE)
def test_sanctions(text, target, imposer, reason):
    found = run(sanctions, text)
    if target is None:
        assert not found
        return
    assert found, text
    s = found[0]
    assert s.target.name == target
    if imposer:
        assert s.imposer is not None and s.imposer.name == imposer
    if reason:
        assert s.reason and reason in s.reason
