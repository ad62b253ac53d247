"""The extraction runners give the same records, in the same order, whatever runs them."""
from __future__ import annotations

from pathlib import Path

from kg import build, cache, pipeline
from tests.conftest import SEEDS


def _two():
    return build.load_articles([SEEDS / "001_ee42deb19c253f9e.txt", SEEDS / "002_eb603a7251a024bf.txt"])


def test_serial_and_processes_agree(monkeypatch):
    articles = _two()
    serial = pipeline.extract_records(articles)
    monkeypatch.setattr(pipeline, "CHUNK", 1)  # one article per task: both workers get one
    parallel = pipeline.extract_records(articles, jobs=2)
    assert parallel == serial
    assert [f.article for f in parallel] == articles


def test_cache_hits_skip_the_parser(tmp_path, monkeypatch):
    articles = _two()
    store = cache.Cache(tmp_path)
    first = pipeline.extract_records(articles, cache=store)
    assert store.misses == 2
    monkeypatch.setattr(pipeline, "_extract_stream", lambda _a: (_ for _ in ()).throw(AssertionError("parsed")))
    seen = []
    again = pipeline.extract_records(articles, cache=cache.Cache(tmp_path), progress=seen.append)
    assert again == first
    assert seen == articles


def _changed_second(tmp_path):
    articles = _two()
    pipeline.extract_records(articles, cache=cache.Cache(tmp_path))
    from kg.articles import from_text
    return [articles[0], from_text(articles[1].text + "\nUne ligne de plus.\n")]


def _spy(monkeypatch, name):
    parsed = []
    real = getattr(pipeline, name)

    def spy(todo, *rest, **options):
        parsed.extend(todo)
        return real(todo, *rest, **options)
    monkeypatch.setattr(pipeline, name, spy)
    return parsed


def test_one_changed_article_is_the_only_one_parsed_by_a_worker_started_first(tmp_path, monkeypatch):
    from kg import nlp

    changed = _changed_second(tmp_path)
    nlp.release()
    forked, here = _spy(monkeypatch, "_forked"), _spy(monkeypatch, "_extract_stream")
    seen = []
    records = pipeline.extract_records(changed, cache=cache.Cache(tmp_path), progress=seen.append)
    assert forked == [changed[1]] and here == []
    assert nlp.load.cache_info().currsize == 0  # this process never loaded the model
    assert records == pipeline.extract_records(changed) and seen == changed
    nlp.load()  # loaded again for the tests that follow


def _processes_of(worker):
    return list(worker._pool._pool)


def test_a_worker_started_before_the_articles_are_read_parses_the_changed_one(tmp_path, monkeypatch):
    changed = _changed_second(tmp_path)
    store = cache.Cache(tmp_path)
    worker = pipeline.start_worker(store)
    assert worker is not None and pipeline.start_worker(None) is None
    assert pipeline.start_worker(cache.Cache(tmp_path / "none")) is None  # a first build parses here
    processes = _processes_of(worker)
    forked = _spy(monkeypatch, "_forked")
    records = pipeline.extract_records(changed, cache=store, worker=worker)
    assert forked == [changed[1]] and records == pipeline.extract_records(changed)
    for process in processes:
        process.join(5)
        assert not process.is_alive()


def test_a_worker_with_nothing_to_parse_is_ended_before_the_cache_is_read(tmp_path, monkeypatch):
    articles = _two()
    pipeline.extract_records(articles, cache=cache.Cache(tmp_path))
    worker = pipeline.start_worker(cache.Cache(tmp_path))
    processes = _processes_of(worker)
    ended = []
    real = pipeline._read_cache

    def read(*args):
        for process in processes:
            process.join(5)
        ended.append(not any(p.is_alive() for p in processes))
        return real(*args)
    monkeypatch.setattr(pipeline, "_read_cache", read)
    pipeline.extract_records(articles, cache=cache.Cache(tmp_path), worker=worker)
    assert ended == [True]


def test_without_fork_one_changed_article_is_the_only_one_parsed_here(tmp_path, monkeypatch):
    changed = _changed_second(tmp_path)
    monkeypatch.setattr(pipeline, "can_fork", lambda: False)
    here = _spy(monkeypatch, "_extract_stream")
    pipeline.extract_records(changed, cache=cache.Cache(tmp_path))
    assert here == [changed[1]]


def test_an_unreadable_entry_is_parsed_here(tmp_path, monkeypatch):
    changed = _changed_second(tmp_path)
    store = cache.Cache(tmp_path)
    store._path(changed[0]).write_text("{not json", encoding="utf-8")
    forked, here = _spy(monkeypatch, "_forked"), _spy(monkeypatch, "_extract_stream")
    records = pipeline.extract_records(changed, cache=store)
    assert forked == [changed[1]] and here == [changed[0]]
    assert records == pipeline.extract_records(changed)


def test_build_and_query_an_on_disk_store(tmp_path):
    from tests.conftest import run
    out, store = tmp_path / "out", tmp_path / "store"
    one = str(SEEDS / "001_ee42deb19c253f9e.txt")
    assert run("build", one, "--out", str(out), "-q", "--no-cache", "--store", str(store)).exit_code == 0
    assert store.is_dir()
    on_disk = run("query", "actors", "--store", str(store), "--format", "csv")
    in_memory = run("query", "actors", "--graph", str(out / "graph.ttl"), "--format", "csv")
    assert on_disk.exit_code == 0 and on_disk.output == in_memory.output
    assert on_disk.output.count("\n") > 5
    missing = run("query", "actors", "--store", str(tmp_path / "none"))
    assert missing.exit_code == 1 and "no graph store" in missing.output


def test_slim_mentions_keep_what_resolution_reads_and_share_it():
    from collections import Counter

    from kg.records import ActorRef, ArticleFacts, Mention
    from kg.resolve import resolve_actors

    kim, moscow = ActorRef("Kim Jong-un", "Person"), ActorRef("Moscou", "Country")
    mentions = [Mention(kim, "Kim", 0, 3), Mention(moscow, "Moscou", 10, 16), Mention(kim, "M. Kim", 20, 26),
                Mention(kim, "le dirigeant", 30, 42, kind="description")]
    slim = pipeline.slim_mentions(mentions)
    assert Counter((m.ref, m.kind) for m in slim) == Counter((m.ref, m.kind) for m in mentions)
    assert slim[0] is slim[2] and len({id(m) for m in slim}) == 3
    articles = _two()
    full = [ArticleFacts(article=articles[0], mentions=mentions)]
    slimmed = [ArticleFacts(article=articles[0], mentions=slim)]
    assert resolve_actors(full) == resolve_actors(slimmed)


def test_a_large_build_frees_the_model_before_writing(monkeypatch):
    from kg import nlp
    from kg.extract import common

    articles = _two()
    nlp.load()
    monkeypatch.setattr(pipeline, "RELEASE_MODEL_AFTER", 2)
    pipeline.extract_records(articles)
    assert nlp.load.cache_info().currsize == 0
    assert common._CURRENT == [None, None]  # no parsed document keeps the model's vocabulary
    nlp.load()  # loaded again for the tests that follow


def test_a_rebuild_of_a_large_corpus_frees_the_model_after_its_one_article(monkeypatch, tmp_path):
    from kg import nlp
    from kg.cache import Cache

    articles = _two()
    cache = Cache(tmp_path)
    pipeline.extract_records(articles[:1], cache=cache)  # the first article is cached
    nlp.load()
    monkeypatch.setattr(pipeline, "RELEASE_MODEL_AFTER", 2)
    monkeypatch.setattr(pipeline, "can_fork", lambda: False)  # (else a worker parses it)
    pipeline.extract_records(articles, cache=cache)  # parses the second only
    assert nlp.load.cache_info().currsize == 0
    nlp.load()  # loaded again for the tests that follow


def test_gc_paused_pauses_and_puts_back_what_was():
    import gc

    assert gc.isenabled()
    with pipeline.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with pipeline.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
