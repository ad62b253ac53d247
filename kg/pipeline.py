"""Per-article extraction: parse and extract every article, here, in N processes, or on Dask.

Extraction is a pure function of one article's text, so it runs anywhere and
its records can be cached. The runners stream: each article is parsed,
extracted and dropped (no parsed `Doc` is kept); only the small records flow
back, to be merged by resolution. Whatever the runner, the records are the
same, so the graph written is the same, byte for byte.

- serial: in this process;
- `jobs=N` (N > 1): N worker processes, each loading the spaCy model once;
- `dask="ADDRESS"`: on an existing Dask cluster (`pip install kg-news[dask]`).

Articles whose records are in the cache (`kg.cache.Cache`) are not parsed at
all, and the spaCy model is not even loaded when every article is a hit. When
some are (a rebuild), the others are parsed by one forked `Worker`, which
`kg build` starts before it reads the articles, so the model loads while this
process reads them and the cache; it ends at once when nothing needs parsing.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator

from kg.errors import KgError
from kg.fileio import can_fork
from kg.records import ArticleFacts, Mention

#: Articles per task sent to a worker process: small, so that neither worker waits long for
#: the other at the end (a task is about half a second of parsing).
CHUNK = 4
#: Articles per task sent to a Dask worker (each task is a round trip to the scheduler).
DASK_CHUNK = 16
#: A build of this many articles or more that parsed any here frees the spaCy model before
#: resolution and writing, whose memory grows with the corpus (a small build keeps it for the
#: next one); so does a rebuild that parsed a single article of a large corpus.
RELEASE_MODEL_AFTER = 1000
#: How long to wait for the Dask scheduler to answer.
DASK_TIMEOUT = "30s"
_LOCK = threading.Lock()


def _extract_stream(articles: list, threads: bool = False) -> Iterator[ArticleFacts]:
    """Parse and extract `articles` in this process, one at a time, in order; with `threads`,
    the parse runs on threads of its own beside the extraction (see kg.nlp.parse)."""
    from kg import nlp
    from kg.extract import extract
    for article, doc in zip(articles, nlp.parse((a.text for a in articles), threads=threads)):
        yield extract(doc, article)


def extract_chunk(articles: list, knowledge=None) -> list[ArticleFacts]:
    """The records of a few articles, with their `article` left out (the caller has it).

    The task run by worker processes and Dask workers, told the user's knowledge
    (`kg.gazetteer.knowledge_state()` of the process that sends it). A lock keeps a
    multi-threaded Dask worker from running two spaCy pipelines at once.
    """
    with _LOCK:
        if knowledge is not None:
            _know(knowledge)
        out = list(_extract_stream(articles))
    for facts in out:
        facts.article = facts.article.id
    return out


def _know(knowledge) -> None:
    from kg import gazetteer
    gazetteer.use_knowledge(*knowledge)


def _warm_up(knowledge=None) -> None:
    from kg import nlp
    if knowledge is not None:
        _know(knowledge)
    nlp.load()


def _knowledge():
    """The user's knowledge this process extracts with, to hand to another (see extract_chunk)."""
    from kg import gazetteer
    return gazetteer.knowledge_state()


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def slim_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions as resolution reads them: each one's actor reference, as often as the
    article writes it, one shared object per (reference, kind, surface), without offsets; the
    surface only where resolution reads it (how the article spells a name the gazetteer knows).

    A large build holds every article's records until resolution; the mentions were most of it.
    """
    shared: dict = {}
    out = []
    for m in mentions:
        surface = m.surface if m.ref.key and m.kind == "name" else ""
        out.append(shared.setdefault((m.ref, m.kind, surface),
                                     Mention(ref=m.ref, surface=surface, start=0, end=0, kind=m.kind)))
    return out


@contextlib.contextmanager
def gc_paused():
    """Python's cyclic garbage collector off in the block (as it was after). Reading the cache,
    resolving and writing make millions of objects and almost no cycles: each collection
    walks every live object, and at 1,000 articles they took 40% of that work (measured:
    resolution 2.0 s and the union by subject 1.6 s with it, 1.3 s and 0.5 s without it; it
    found 20 objects to free). Objects without cycles are freed as soon as unused, as ever."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def release_model() -> None:
    """Free the spaCy model, and the last parsed document the extractors keep (see
    kg.extract.common.doc_tokens), which holds the model's vocabulary: about 150 MB of the
    model's memory stays reachable through it."""
    from kg import nlp
    from kg.extract import common
    common.forget_document()
    nlp.release()


def _serial(articles: list) -> Iterator[ArticleFacts]:
    # the one process that parses: its parse takes the other cores, if the machine has them
    # (worker processes, one per core, parse on one thread each)
    yield from _extract_stream(articles, threads=_cores() > 1)


def _cores() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _processes(articles: list, jobs: int) -> Iterator[ArticleFacts]:
    jobs = min(jobs, max(1, -(-len(articles) // CHUNK)))
    if jobs <= 1:
        yield from _serial(articles)
        return
    # spawn: workers start clean (no inherited threads or half-loaded model), each loads spaCy once
    ctx = multiprocessing.get_context("spawn")
    chunks = _chunks(articles, CHUNK)
    with ctx.Pool(jobs, initializer=_warm_up, initargs=(_knowledge(),)) as pool:
        for chunk, results in zip(chunks, pool.imap(extract_chunk, chunks)):
            for article, facts in zip(chunk, results):
                facts.article = article
                yield facts


def _default_signals() -> None:
    """(In a forked worker) SIGINT and SIGTERM end it quietly: the parent reports the stop, and
    ends its workers with SIGTERM once done."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class Worker:
    """One forked process that parses and extracts, loading the model as soon as it starts."""

    def __init__(self):
        self._pool = multiprocessing.get_context("fork").Pool(1, initializer=_ready)

    def run(self, articles: list) -> Iterator[list[ArticleFacts]]:
        """The records of `articles`, a few at a time, in order; the work starts at once."""
        return self._pool.imap(functools.partial(extract_chunk, knowledge=_knowledge()), _chunks(articles, CHUNK))

    def close(self) -> None:
        """End the process (again: no harm), whatever it was doing."""
        self._pool.terminate()


def _ready() -> None:
    _default_signals()
    try:
        _warm_up()
    except Exception:  # (a task says why: a pool whose initializer fails starts it again and again)
        pass


def start_worker(cache, jobs: int = 1, dask: str | None = None) -> Worker | None:
    """A `Worker` when the build about to run may be a rebuild that parses a few articles in it
    (see extract_records): there is a cache already, one process, and this system can fork."""
    if cache is not None and cache.root.is_dir() and jobs == 1 and not dask and can_fork():
        return Worker()
    return None


def _forked(articles: list, worker: Worker) -> Iterator[ArticleFacts]:
    """Parse and extract `articles` in `worker`: this process reads the cache meanwhile (a
    rebuild's few changed articles wait for the model to load, 2 s, when reading 1,000 cached
    articles takes 1.4 s), and never loads the model."""
    results = worker.run(articles)
    yield  # started: the caller reads the cache, then asks for the records
    for chunk, facts_of in zip(_chunks(articles, CHUNK), results):
        for article, facts in zip(chunk, facts_of):
            facts.article = article
            yield facts


def _dask(articles: list, address: str) -> Iterator[ArticleFacts]:
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask needs Dask's distributed; run: pip install 'kg-news[dask]'") from None
    try:
        client = Client(address, timeout=DASK_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    try:
        chunks = _chunks(articles, DASK_CHUNK)
        keys = [f"kg-extract-{i}-{chunk[0].id}" for i, chunk in enumerate(chunks)]
        futures = client.map(extract_chunk, chunks, key=keys, pure=False, knowledge=_knowledge())
        for chunk, future in zip(chunks, futures):  # in order: the cluster works ahead meanwhile
            results = future.result()
            future.release()
            for article, facts in zip(chunk, results):
                facts.article = article
                yield facts
    finally:
        client.close()


def _read_cache(articles: list, missing: set, cache, keep) -> list:
    """`keep` the cached records of the `articles` not `missing`; those found unreadable."""
    unreadable = []
    with gc_paused():
        for article in articles:
            if article.id not in missing:
                facts = cache.get(article)
                if facts is None:
                    unreadable.append(article)
                else:
                    keep(facts)
    return unreadable


def extract_records(articles: list, *, jobs: int = 1, dask: str | None = None, cache=None,
                    progress: Callable | None = None, slim: bool = False,
                    worker: Worker | None = None) -> list[ArticleFacts]:
    """The records of every article, in the order of `articles`.

    `cache` is a `kg.cache.Cache` or None; `progress(article)` is called once per
    article as its records become available (cache hits first). With `slim`, each
    article's mentions are kept only as resolution reads them (slim_mentions).
    `worker` (see start_worker) parses a rebuild's changed articles, else one is
    started here when start_worker allows it; it is ended here either way.
    """
    try:
        if jobs < 1:
            raise KgError(f"--jobs must be 1 or more, not {jobs}")
        todo = [a for a in articles if cache is None or not cache.has(a)]
        if todo and len(todo) < len(articles):  # a rebuild: the changed articles parsed there
            worker = worker or start_worker(cache, jobs, dask)
        elif worker is not None:
            worker.close()  # not needed: ended now
            worker = None
        return _records(articles, todo, dask, jobs, cache, worker, progress, slim)
    finally:
        if worker is not None:
            worker.close()  # (also when this failed or was interrupted)


def _records(articles, todo, dask, jobs, cache, worker, progress, slim) -> list[ArticleFacts]:
    out: dict[str, ArticleFacts] = {}

    def keep(facts: ArticleFacts) -> None:
        if slim:
            facts.mentions = slim_mentions(facts.mentions)
        out[facts.article.id] = facts
        if progress is not None:
            progress(facts.article)

    ahead = None
    if worker is not None:  # started first: the cache is read meanwhile
        ahead = _forked(todo, worker)
        next(ahead)
    parsed_here = _read_cache(articles, {a.id for a in todo}, cache, keep)  # entries found unreadable
    if ahead is None:
        parsed_here = todo + parsed_here
    streams = [ahead] if ahead is not None else []
    if parsed_here:
        if dask:
            streams.append(_dask(parsed_here, dask))
        elif jobs > 1:
            streams.append(_processes(parsed_here, jobs))
        else:
            streams.append(_serial(parsed_here))
    for stream in streams:
        for facts in stream:
            if cache is not None:
                cache.put(facts)  # whole: the mentions are slimmed after
            keep(facts)
    if parsed_here and len(articles) >= RELEASE_MODEL_AFTER and not dask and jobs == 1:
        release_model()
    return [out[a.id] for a in articles]
