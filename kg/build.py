"""The build: articles → parsed documents → records → resolution → RDF → files."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.articles import Article, Reading, read_all
from kg.errors import InputError
from kg.fileio import atomic_write_all, can_fork

if TYPE_CHECKING:
    from kg.resolve import Corpus


@dataclass
class Report:
    articles: int = 0
    actors: int = 0
    facts: Counter = field(default_factory=Counter)
    triples: int = 0
    files: list[Path] = field(default_factory=list)
    skipped: int = 0  # input files that were not articles (kg.articles.read_all)
    duplicates: int = 0  # input files whose text was already read
    knowledge: list[str] = field(default_factory=list)  # what the user's knowledge file did
    warnings: list[str] = field(default_factory=list)  # its entries that matched nothing

    def lines(self) -> list[str]:
        facts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(self.facts.items()))
        extra = [f"{n} {what}{'s' if n != 1 else ''} {how}" for n, what, how in
                 ((self.skipped, "file", "skipped"), (self.duplicates, "duplicate", "ignored")) if n]
        read = f" ({', '.join(extra)})" if extra else ""
        return [f"{self.articles} article{'s' if self.articles != 1 else ''} read{read}, "
                f"{self.actors} actors, {facts or 'no facts'}", *self.knowledge,
                f"{self.triples} triples written to " + ", ".join(str(p) for p in self.files)]


def extract_all(articles: list[Article], progress=None, **options) -> list:
    """Every article's records; `options` (jobs, dask, cache) choose how: see kg.pipeline."""
    from kg import pipeline
    return pipeline.extract_records(articles, progress=progress, **options)


def graph_files(corpus: Corpus, metas: dict, out_dir: Path) -> dict:
    """graph.ttl, graph.trig and graph.jsonld as writers (see kg.fileio.atomic_write_all), sorted,
    so the bytes depend on the triples only; and the union of the graphs, by subject.
    `metas`: each article's `ArticleMeta` by article id.

    The TriG writer, the only one that reads `corpus`, lets it go as it runs (so it runs once):
    the page, written after it from the union, is the largest step of a build and can use that
    memory."""
    from kg import export, rdf

    subjects = rdf.subjects(corpus, metas)
    held = [corpus]

    def trig(out):
        export.write_trig(export.graph_quads(rdf.graphs(held.pop(), metas)), out)

    return subjects, {
        out_dir / "graph.ttl": lambda out: export.write_turtle(export.ordered(subjects), out),
        out_dir / "graph.trig": trig,
        out_dir / "graph.jsonld": lambda out: export.write_jsonld(subjects, out)}


def load_articles(inputs: list[Path]) -> list[Article]:
    """The articles of `inputs`, strictly: InputError for the first file that is not one."""
    return read_inputs(inputs, strict=True).articles


def read_inputs(inputs: list[Path], strict: bool = False, warn=None, note=None) -> Reading:
    """Read the articles of `inputs`. A file that is not an article is skipped with one line
    to `warn` (its path and why); with `strict`, it is an InputError before anything is built.
    InputError too when no article at all is left. `note` hears of files read with a change
    (another encoding, HTML, capped)."""
    reading = read_all(inputs)
    if reading.skipped and strict:
        more = len(reading.skipped) - 1
        also = f" (and {more} more bad file{'s' if more != 1 else ''})" if more else ""
        raise InputError(f"{reading.skipped[0]}{also}; nothing was written (--strict)")
    for line in reading.notes if note is not None else ():
        note(f"Note: {line}")
    if warn is not None:
        for skipped in reading.skipped:
            warn(f"Warning: {skipped}; skipped")
    if not reading.articles:
        where = ", ".join(str(p) for p in inputs)
        if reading.skipped:
            n = len(reading.skipped)
            raise InputError(f"no article could be read from {where} ({n} file{'s' if n != 1 else ''} "
                             "skipped); nothing was written")
        raise InputError(f"no article found in {where}; give .txt files or folders holding them")
    return reading


#: Up to this many articles, the page and the Turtle are written by a forked copy of the
#: process while it writes the TriG and the JSON-LD (see kg.fileio.atomic_write_all); above it,
#: the copy, which soon holds its own copy of the graph it reads, would cost too much memory.
#: Measured (one edited article rebuilt, or every article from the cache; memory summed over
#: both processes): 1,000 articles, 18.5/17.5 s in one process, 15.1/13.7 s with the page in the
#: copy, 577 MiB either way (the model's peak), then 11.82/11.33/11.35 s with the Turtle there
#: too; 2,000 articles, 18.0/17.3 s and 352 MiB, then 15.6/15.6 s and 621/636 MiB; 5,000 articles,
#: 45.6 s and 690 MiB, then 41.9 s and 1,298 MiB; 10,000 articles, 159 s and 1,212 MiB, then
#: 157 s and 2,094 MiB. Up to 3,000 the two stay under 1 GB.
PAGE_APART_UP_TO = 3000


def build(articles: list[Article], out_dir: Path, progress=None, knowledge=None, **options) -> Report:
    """Extract, resolve and write `articles` to `out_dir`; `knowledge`: the user's knowledge file
    (kg.knowledge.Knowledge), which the caller has given the gazetteer (kg.knowledge.use)."""
    # (resolution, RDF and the page are imported here: a rebuild's worker, forked before, starts
    # loading the model sooner, and this process imports them while it waits for it)
    from kg import pipeline, viz
    from kg.resolve import resolve
    records = extract_all(articles, progress, slim=True, **options)
    with pipeline.gc_paused():
        metas = {r.article.id: r.meta for r in records}
        corpus = resolve(records, knowledge)
        del records  # the mentions are not needed once resolved: free them before writing
        report = Report(articles=len(articles), actors=len(corpus.actors),
                        facts=Counter(m.kind for m in corpus.facts))
        if knowledge is not None:
            report.knowledge = [knowledge.summary(), *corpus.applied.lines()]
            report.warnings = corpus.applied.warnings()
        subjects, writers = graph_files(corpus, metas, out_dir)
        del corpus  # (the TriG writer frees it once written: see graph_files)
        # Every file is written to a temporary file first, then all are renamed, or none.
        page = out_dir / "network.html"
        # the page and the Turtle in the copy, the TriG and the JSON-LD here: about as long
        apart = [page, out_dir / "graph.ttl"] if can_fork() and len(articles) <= PAGE_APART_UP_TO else []
        report.files = atomic_write_all({**writers, page: lambda out: viz.write_page(subjects, out)}, apart=apart)
        report.triples = sum(map(len, subjects.values()))
    return report
