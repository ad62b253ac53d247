"""The extraction cache: records survive a JSON round trip, and any change to what decides them misses."""
from __future__ import annotations

import json

import pytest

from kg import articles, cache
from kg.records import ActorRef, ArticleFacts, DateValue, Evidence, Meeting, Mention, Statement
from tests.conftest import SEEDS, run


def _facts(text="Kim Jong-un a rencontré Vladimir Poutine à Vostotchny.\n"):
    article = articles.from_text(text)
    ev = Evidence(article=article.id, start=0, end=len(text) - 1, sentence=text.strip())
    kim, putin = ActorRef("Kim Jong-un", "Person", "kim-jong-un"), ActorRef("Vladimir Poutine", "Person")
    return ArticleFacts(
        article=article,
        mentions=[Mention(kim, "Kim Jong-un", 0, 11), Mention(putin, "Vladimir Poutine", 24, 40)],
        meetings=[Meeting(participants=(kim, putin), place=None, date=DateValue("2023-09-13", "date"),
                          status="occurred", evidence=ev)],
        statements=[Statement(speaker=putin, quote="« Nous sommes heureux »", evidence=ev)],
    )


def test_records_round_trip_through_json():
    facts = _facts()
    text = cache.dumps(facts)
    json.loads(text)  # plain JSON, no pickle
    back = cache.loads(text, facts.article)
    assert back == facts
    assert isinstance(back.meetings[0].participants, tuple)


def test_an_entry_of_another_version_is_refused():
    facts = _facts()
    text = cache.dumps(facts, version="old")
    with pytest.raises(ValueError):
        cache.loads(text, facts.article)


def test_hit_miss_and_invalidation(tmp_path, monkeypatch):
    facts = _facts()
    store = cache.Cache(tmp_path)
    assert store.get(facts.article) is None
    store.put(facts)
    assert cache.Cache(tmp_path).get(facts.article) == facts
    # another text is another entry
    other = articles.from_text("Autre texte.\n")
    assert store.get(other) is None
    # a new extractor version, data file or code: every entry misses
    for name in ("version_key",):
        getattr(cache, name).cache_clear()
    monkeypatch.setattr("kg.extract.EXTRACTOR_VERSION", "test-bump")
    assert cache.Cache(tmp_path).get(facts.article) is None
    cache.version_key.cache_clear()


def test_data_files_are_in_the_key(monkeypatch):
    before = cache.version_key()
    cache.version_key.cache_clear()
    monkeypatch.setattr(cache, "data_hash", lambda: "0" * 16)
    try:
        assert cache.version_key() != before
    finally:
        cache.version_key.cache_clear()


def test_a_corrupt_entry_is_a_miss(tmp_path):
    facts = _facts()
    store = cache.Cache(tmp_path)
    store.put(facts)
    (entry,) = tmp_path.rglob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert store.get(facts.article) is None


def test_the_cli_build_uses_and_skips_the_cache(tmp_path, seeds_build):
    one = SEEDS / "001_ee42deb19c253f9e.txt"
    out = tmp_path / "out"
    assert run("build", str(one), "--out", str(out), "-q").exit_code == 0
    assert len(list((out / ".kg-cache").rglob("*.json"))) == 1
    first = (out / "graph.ttl").read_bytes()
    assert run("build", str(one), "--out", str(out), "-q").exit_code == 0
    assert (out / "graph.ttl").read_bytes() == first
    out2 = tmp_path / "nocache"
    assert run("build", str(one), "--out", str(out2), "-q", "--no-cache").exit_code == 0
    assert not (out2 / ".kg-cache").exists()
    assert (out2 / "graph.ttl").read_bytes() == first


def test_cached_seeds_build_the_same_bytes(tmp_path, seeds_build):
    out = tmp_path / "again"
    cache_dir = tmp_path / "c"
    for _ in range(2):  # the second build reads every article from the cache
        assert run("build", str(SEEDS), "--out", str(out), "-q", "--cache", str(cache_dir)).exit_code == 0
    assert (out / "graph.ttl").read_bytes() == (seeds_build / "graph.ttl").read_bytes()
