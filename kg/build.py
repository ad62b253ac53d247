"""The build: articles → parsed documents → records → resolution → RDF → files."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg import nlp, rdf
from kg.articles import Article, read_articles
from kg.errors import InputError
from kg.extract import extract
from kg.extract import metadata
from kg.fileio import atomic_write
from kg.resolve import Corpus, resolve


def describe(article: Article):
    """What an article's text says about itself: outlet, byline, publication date."""
    return metadata.describe(article.text)


@dataclass
class Report:
    articles: int = 0
    actors: int = 0
    facts: Counter = field(default_factory=Counter)
    triples: int = 0
    files: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        facts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(self.facts.items()))
        return [f"{self.articles} article{'s' if self.articles != 1 else ''} read, "
                f"{self.actors} actors, {facts or 'no facts'}",
                f"{self.triples} triples written to " + ", ".join(str(p) for p in self.files)]


def extract_all(articles: list[Article], progress=None, **options) -> list:
    """Every article's records; `options` (jobs, dask, cache) choose how: see kg.pipeline."""
    from kg import pipeline
    return pipeline.extract_records(articles, progress=progress, **options)


def corpus_graph(corpus: Corpus):
    metas = {a.id: describe(a) for a in corpus.articles}
    return rdf.to_graph(corpus, metas)


def corpus_dataset(corpus: Corpus):
    """The same triples as `corpus_graph`, one named graph per article (see rdf.to_dataset)."""
    metas = {a.id: describe(a) for a in corpus.articles}
    return rdf.to_dataset(corpus, metas)


def graph_files(corpus: Corpus, graph, out_dir: Path) -> dict[Path, str]:
    """graph.ttl, graph.trig and graph.jsonld, rendered: each sorted, so the bytes depend on the triples only."""
    from kg import export

    return {out_dir / "graph.ttl": export.turtle(graph),
            out_dir / "graph.trig": export.trig(corpus_dataset(corpus)),
            out_dir / "graph.jsonld": export.jsonld(graph)}


def serialize_turtle(graph) -> str:
    return graph.serialize(format="turtle")


def load_articles(inputs: list[Path]) -> list[Article]:
    articles = read_articles(inputs)
    if not articles:
        where = ", ".join(str(p) for p in inputs)
        raise InputError(f"no article found in {where}; give .txt files or folders holding them")
    return articles


def build(articles: list[Article], out_dir: Path, progress=None, **options) -> Report:
    corpus = resolve(extract_all(articles, progress, **options))
    graph = corpus_graph(corpus)
    from kg import viz
    files = [atomic_write(path, text) for path, text in graph_files(corpus, graph, out_dir).items()]
    files.append(atomic_write(out_dir / "network.html", viz.render(graph)))
    return Report(articles=len(articles), actors=len(corpus.actors),
                  facts=Counter(m.kind for m in corpus.facts), triples=len(graph), files=files)
