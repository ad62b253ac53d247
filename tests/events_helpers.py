"""Shared by the event extractor tests: parse a short French text once, run actors + one extractor."""
from __future__ import annotations

import datetime

from kg import nlp
from kg.articles import Article
from kg.extract import Context, actors


def run(extractor, text: str, reference=datetime.date(2023, 9, 14)):
    doc = nlp.load()(text)
    article = Article(id="t", text=text, title=None, source="test")
    ctx = Context(doc=doc, article=article, reference=reference)
    ctx.set_mentions(actors.extract(ctx))
    return extractor.extract(ctx)


def names(refs) -> set[str]:
    return {r.name for r in refs}
