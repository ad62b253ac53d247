"""Each actor's side: the country it belongs to, from the gazetteer, its roles and demonyms."""
from __future__ import annotations

import pytest

from kg.sides import Side, sides

RU, KP = "id:country/russia", "id:country/north-korea"
ACTORS = {
    RU: {"type": "Country", "label": "Russie", "wikidata": "http://www.wikidata.org/entity/Q159"},
    KP: {"type": "Country", "label": "Corée du Nord", "wikidata": None},
    "id:person/lavrov": {"type": "Person", "label": "Sergueï Lavrov", "wikidata": None},
    "id:org/kremlin": {"type": "Organization", "label": "Kremlin", "wikidata": None},
    "id:place/vostochny": {"type": "Place", "label": "cosmodrome de Vostotchny", "wikidata": None},
    "id:place/pyongyang": {"type": "Place", "label": "Pyongyang", "wikidata": None},
    "id:org/mid": {"type": "Organization", "label": "ministère nord-coréen des Affaires étrangères",
                   "wikidata": None},
    "id:person/spokes": {"type": "Person", "label": "Ivana Petrova", "wikidata": None},
    "id:person/official": {"type": "Person", "label": "Pak Chol", "wikidata": None},
    "id:person/general": {"type": "Person", "label": "Ivan Sidorov", "wikidata": None},
    "id:person/nobody": {"type": "Person", "label": "Jean Dupont", "wikidata": None},
    "id:org/agency": {"type": "Organization", "label": "AFP", "wikidata": None},
    "id:country/x": {"type": "Country", "label": "Freedonia", "wikidata": None},
}
ROLES = {
    "id:person/spokes": [("porte-parole", "id:org/kremlin")],       # a role in a body of a side
    "id:person/official": [("vice-ministre", "id:org/mid")],       # a body placed by its demonym
    "id:person/general": [("général russe", None)],                 # a demonym in the title
    "id:person/nobody": [("chercheur", None)],
}


@pytest.mark.parametrize("actor, side", [
    (RU, Side(RU, "Russie")),                       # a country is its own side
    (KP, Side(KP, "Corée du Nord")),
    ("id:person/lavrov", Side(RU, "Russie")),         # the gazetteer's country of a person
    ("id:org/kremlin", Side(RU, "Russie")),           # of a body
    ("id:place/vostochny", Side(RU, "Russie")),       # of a place
    ("id:place/pyongyang", Side(KP, "Corée du Nord")),
    ("id:org/mid", Side(KP, "Corée du Nord")),        # a demonym in a body's name
    ("id:person/spokes", Side(RU, "Russie")),         # a role in the Kremlin
    ("id:person/official", Side(KP, "Corée du Nord")),
    ("id:person/general", Side(RU, "Russie")),        # a demonym in a role's title
    ("id:person/nobody", None),                       # nothing says
    ("id:org/agency", Side("gazetteer:france", "France")),  # a country the graph does not hold
    ("id:country/x", Side("id:country/x", "Freedonia")),    # a country the gazetteer does not know
])
def test_side(actor, side):
    assert sides(ACTORS, ROLES).get(actor) == side


def test_the_gazetteer_comes_before_a_role_elsewhere():
    roles = {"id:person/lavrov": [("invité", "id:org/mid")]}
    assert sides(ACTORS, roles)["id:person/lavrov"] == Side(RU, "Russie")
