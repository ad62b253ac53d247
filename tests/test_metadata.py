"""Article metadata from page furniture: outlet, byline, publication date."""
from __future__ import annotations

import pytest

from kg.extract import metadata


@pytest.mark.parametrize("text, outlet", [
    ("BFMTV\nCorée du Nord\n\nUn titre assez long pour un titre\n\nLe corps de l'article.\n", "BFMTV"),
    ("Un titre assez long pour un titre\n\nLe corps.\nAvec l'AFP\nFrance 24 Europe\n", "France 24"),
    ("Un titre assez long pour un titre\n\nLe corps de l'article, sans signature.\n", None),
    ("Monde\n\nUn titre assez long pour un titre\n\nLe corps de l'article.\n", None),
])
def test_outlet_from_header_or_footer(text, outlet):
    found = metadata.outlet(text)
    assert (found.label if found else None) == outlet


@pytest.mark.parametrize("text, author", [
    ("Titre\nPar Marie Dupont\nLe corps.\n", "Marie Dupont"),
    ("Titre\nPar Jean-Pierre Martin, envoyé spécial à Séoul\nLe corps.\n", "Jean-Pierre Martin"),
    ("Titre\nLe corps.\npublié le 14 septembre à 18h50, Kévin Comby, 6Medias\n", "Kévin Comby"),
    ("Titre\nPar ailleurs, le ministre a parlé.\n", None),
    ("Titre\nLe corps.\n", None),
])
def test_author_from_byline(text, author):
    assert metadata.author(text) == author


def test_describe_gives_the_publication_date():
    meta = metadata.describe("Titre\n13.9.2023 - 09:27\nLe corps.\n")
    assert meta.published == "2023-09-13"


@pytest.mark.parametrize("text", [
    "Le Journal\ndate 2025-10\n\nLe corps.\n",
    # a caption's day serves the weekdays; the page still says only its month
    "Le Journal\ndate 2025-10\n\nLe corps.\n\nA parade in Pyongyang, October 10, 2025. KCNA via REUTERS\n",
])
def test_a_page_dated_by_its_month_alone_says_its_month(text):
    meta = metadata.describe(text)
    assert (meta.published, meta.month) == (None, "2025-10")
