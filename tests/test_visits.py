"""Visits from short French sentences."""
from __future__ import annotations

import pytest

from kg.extract import visits
from tests.extraction import run

TABLE = [
    ("Emmanuel Macron s'est rendu à Kiev en février 2023.", ("Emmanuel Macron", "Ukraine|Kiev", "2023")),
    ("Olaf Scholz est arrivé en Chine mardi.", ("Olaf Scholz", "Chine", None)),
    ("La visite de Joe Biden en Pologne a duré deux jours.", ("Joe Biden", "Pologne", None)),
    ("Xi Jinping effectue une visite d'État en France.", ("Xi Jinping", "France", None)),
    ("Joe Biden est parti de Washington.", None),
    ("Emmanuel Macron va rendre possible un accord avec l'Allemagne.", None),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_visits(text, expected):
    found = run(visits, text)
    if expected is None:
        assert not found
        return
    assert found, text
    v = found[0]
    assert v.traveler.name == expected[0]
    assert v.destination.name in expected[1].split("|")
    if expected[2]:
        assert v.date is not None and v.date.value.startswith(expected[2])
