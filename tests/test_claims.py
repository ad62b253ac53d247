"""Claims: table of short French sentences → (claimant, polarity, claimed text)."""
from __future__ import annotations

import pytest

from kg import gazetteer
from kg.extract import claims
from tests.extraction import context


def extract(text: str):
    return claims.extract(context(text, reference=None))


def triples(found):
    return {(gazetteer.fold(c.claimant.name), c.polarity, c.text) for c in found}


# (text, claimant folded, polarity, exact claimed text)
CASES = [
    ("Washington craint que la Chine ne livre des armes à la Russie.",
     "etats unis", "feared", "la Chine livre des armes à la Russie"),
    ("Le Japon redoute une escalade militaire dans la région.", "japon", "feared",
     "une escalade militaire dans la région"),
    ("Pékin a démenti toute livraison de drones à Moscou.", "chine", "denied", "toute livraison de drones à Moscou"),
    ("L'OTAN accuse la Biélorussie de masser des troupes à la frontière.", "otan", "alleged",
     "la Biélorussie de masser des troupes à la frontière"),
    ("Kiev affirme que des soldats nord-coréens combattent dans la région de Koursk.", "ukraine", "alleged",
     "des soldats nord-coréens combattent dans la région de Koursk"),
    ("Ce sommet pourrait déboucher, selon Washington, sur un accord de vente d'armes.", "etats unis", "alleged",
     "Ce sommet pourrait déboucher sur un accord de vente d'armes"),
    ("Moscou chercherait à acquérir des obus auprès de Pyongyang, selon Séoul.", "coree du sud", "alleged",
     "Moscou chercherait à acquérir des obus auprès de Pyongyang"),
]


@pytest.mark.parametrize("text,claimant,polarity,claimed", CASES)
def test_claim_table(text, claimant, polarity, claimed):
    got = triples(extract(text))
    assert (claimant, polarity, claimed) in got, got


def test_a_denial_by_two_claimants():
    got = triples(extract("Moscou et Pyongyang ont nié toute transaction d'armes, tout en affichant "
                                    "leur volonté de coopérer."))
    assert ("russie", "denied", "toute transaction d'armes") in got, got
    assert ("coree du nord", "denied", "toute transaction d'armes") in got, got


def test_negated_fear_keeps_its_negation():
    got = triples(extract("Paris craint que l'accord ne soit pas respecté par Moscou."))
    assert ("france", "feared", "l'accord ne soit pas respecté par Moscou") in got, got


@pytest.mark.parametrize("text", [
    # a generic claimant is not an actor
    "Les experts estiment que ce voyage pourrait porter sur un accord d'armement.",
    # a direct quotation is a statement, not a claim
    "Emmanuel Macron a affirmé que « la France ne livrera pas ces armes à Kiev ».",
    # an outlet relaying is not a claimant
    "Le convoi est arrivé mardi à la frontière, selon l'agence Yonhap.",
])
def test_no_claim(text):
    assert extract(text) == []
