"""What an article's text says about itself: outlet, byline and publication date.

Page furniture (a header with the outlet's name, a footer with the byline)
is where these live; it is read here and kept out of the facts.
"""
from __future__ import annotations

import datetime
import re

from kg import gazetteer, iri
from kg.extract import dates
from kg.records import ArticleMeta, Outlet

_NAME = r"[A-ZÀ-Þ][\w’'.-]+(?:[ -][A-ZÀ-Þ][\w’'.-]+){1,3}"
_BYLINE = re.compile(rf"^\s*(?:Par|By)\s+({_NAME})\s*(?:[,(–-].*)?$", re.M)
# "publié le 14 septembre à 18h50, Kévin Comby, 6Medias"
_DATED_BYLINE = re.compile(rf"^\s*(?:publié|mis à jour)\b[^,\n]*,\s*({_NAME})\s*(?:,.*)?$", re.M | re.I)
_FURNITURE_LINES = 3
_MAX_WORDS = 5


def _furniture(text: str) -> list[str]:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    head, tail = lines[:_FURNITURE_LINES], lines[-_FURNITURE_LINES:][::-1]
    return [l for l in head + tail if len(l.split()) <= _MAX_WORDS]


def outlet(text: str) -> Outlet | None:
    """The outlet named alone on a header or footer line ("BFMTV", "France 24 Europe")."""
    for line in _furniture(text):
        words = line.split()
        for n in range(len(words), 0, -1):
            entry = gazetteer.lookup(" ".join(words[:n]), "Organization")
            if entry is not None and entry.type == "Organization":
                return Outlet(iri.actor("Organization", entry.key), entry.label, entry.wikidata)
    return None


def author(text: str) -> str | None:
    for pattern in (_BYLINE, _DATED_BYLINE):
        m = pattern.search(text)
        if m:
            return m.group(1).strip()
    return None


def describe(text: str, published: datetime.date | None = ...) -> ArticleMeta:
    """Outlet, byline, publication date (give `published` when it is already known), and the month
    a header gives alone where the page has no publication date."""
    if published is ...:
        published = dates.publication_date(text)
    header = dates.header_month(text) if published is None else None
    month = header.isoformat()[:7] if header else None
    return ArticleMeta(published=published.isoformat() if published else None, author=author(text),
                       publisher=outlet(text), month=month)
