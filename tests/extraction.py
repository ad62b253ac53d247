"""Shared by the extractor tests: parse a short French text once, find its actors, run one extractor."""
from __future__ import annotations

import datetime

from kg import nlp
from kg.articles import Article
from kg.extract import Context, actors

REFERENCE = datetime.date(2023, 9, 14)


def context(text: str, reference: datetime.date | None = REFERENCE) -> Context:
    """The context the extractors see for `text`: its parse and its actor mentions."""
    doc = nlp.load()(nlp.prepare(text))
    ctx = Context(doc=doc, article=Article(id="0" * 16, text=text, title=None, source="test"),
                  reference=reference)
    ctx.set_mentions(actors.extract(ctx))
    return ctx


def run(extractor, text: str, reference: datetime.date | None = REFERENCE):
    return extractor.extract(context(text, reference))


def names(refs) -> set[str]:
    return {r.name for r in refs}
