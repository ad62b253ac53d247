"""The build cache: each article's extraction records, kept on disk between builds.

An entry is keyed by the article's text and by everything else that decides
what extraction produces: `kg.extract.EXTRACTOR_VERSION`, a hash of kg's data
files (cue words, gazetteer) and of the extraction code, the spaCy model and
its version. Change any of
them and every entry is missed, so a stale record is never reused.

Entries are JSON (never pickle): one file per article, written atomically, so
concurrent builds and killed builds leave no half entry behind. A file that
cannot be read back is treated as a miss.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import tempfile
from importlib import resources
from pathlib import Path

from kg import gazetteer, records
from kg.records import ArticleFacts

#: Bump when the JSON layout of an entry changes.
FORMAT = "2"

_TYPES = {cls.__name__: cls for cls in (records.Evidence, records.ActorRef, records.Mention,
                                        records.DateValue, records.ArticleMeta, records.Outlet,
                                        *records.FACT_TYPES)}
_LISTS = [f.name for f in dataclasses.fields(ArticleFacts) if f.name != "article"]


def default_dir(out_dir: Path) -> Path:
    """Where a build into `out_dir` keeps its cache unless told otherwise."""
    return Path(out_dir) / ".kg-cache"


# ---------------------------------------------------------------- what keys an entry

def _hash_tree(root, h) -> None:
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.is_dir():
            if item.name != "__pycache__":
                h.update(f"dir:{item.name}\n".encode())
                _hash_tree(item, h)
        elif item.name.endswith(".json") or "models" in Path(str(item)).parts:
            data = item.read_bytes()
            h.update(f"file:{item.name}:{len(data)}\n".encode())
            h.update(data)


@functools.cache
def data_hash() -> str:
    """A hash of every data file extraction reads (kg/data/**/*.json, the learned models)."""
    h = hashlib.sha256()
    _hash_tree(resources.files("kg.data"), h)
    return h.hexdigest()[:16]


#: The modules whose code decides an article's records (hashed into the key, so an
#: edit invalidates the cache even when nobody bumps EXTRACTOR_VERSION).
CODE = ("extract", "nlp.py", "records.py", "gazetteer.py", "cues.py", "articles.py", "cache.py")


@functools.cache
def code_hash() -> str:
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for name in CODE:
        item = root / name
        files = sorted(item.rglob("*.py")) if item.is_dir() else [item]
        for f in files:
            if f.is_file():
                h.update(f"{f.relative_to(root)}\n".encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


@functools.cache
def model_version() -> str:
    """The spaCy model kg parses with, and its version, read without loading it."""
    from kg import nlp
    try:
        from importlib.metadata import version
        return f"{nlp.MODEL}-{version(nlp.MODEL)}-spacy-{version('spacy')}"
    except Exception:  # pragma: no cover - model not installed as a package
        return nlp.MODEL


@functools.cache
def version_key() -> str:
    """Everything but the text that decides an article's records."""
    from kg.extract import EXTRACTOR_VERSION
    return (f"format={FORMAT};extractor={EXTRACTOR_VERSION};code={code_hash()};data={data_hash()};"
            f"model={model_version()}")


def entry_key(text: str, version: str | None = None) -> str:
    h = hashlib.sha256((version or version_key()).encode("utf-8"))
    h.update(b"\0")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


# ---------------------------------------------------------------- JSON of records

def _encode(value):
    if dataclasses.is_dataclass(value):
        out = {"@": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = _encode(getattr(value, f.name))
        return out
    if isinstance(value, tuple):
        return {"@tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _decode(value):
    # (values of plain types, most of an entry, are taken as they are, without a call)
    kind = type(value)
    if kind is dict:
        items = value.get("@tuple")
        if items is not None:
            return tuple(v if type(v) in _PLAIN else _decode(v) for v in items)
        cls = _TYPES[value["@"]]
        return cls(**{k: v if type(v) in _PLAIN else _decode(v) for k, v in value.items() if k != "@"})
    if kind is list:
        return [v if type(v) in _PLAIN else _decode(v) for v in value]
    return value


def dumps(facts: ArticleFacts, version: str | None = None) -> str:
    body = {name: _encode(getattr(facts, name)) for name in _LISTS}
    return json.dumps({"version": version or version_key(), "article": facts.article.id, "records": body},
                      ensure_ascii=False, separators=(",", ":"))


def loads(text: str, article, version: str | None = None) -> ArticleFacts:
    """The records of `article` from an entry; ValueError if it was written for something else."""
    data = json.loads(text)
    if data.get("version") != (version or version_key()) or data.get("article") != article.id:
        raise ValueError("cache entry of another version or article")
    body = data["records"]
    return ArticleFacts(article=article, **{name: _decode(body[name]) for name in _LISTS})


# ---------------------------------------------------------------- the store

class Cache:
    """Per-article records under `root`, one JSON file each."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.version = version_key()
        self.hits = 0
        self.misses = 0
        self._versions: dict[str, str] = {}

    def _version(self, article) -> str:
        """The version an article's entry is for: kg's, and what the user's knowledge file says of
        the names the article writes (so an edit of that file re-reads only the articles it
        concerns)."""
        version = self._versions.get(article.id)
        if version is None:
            told = gazetteer.knowledge_key(article.text)
            version = self._versions[article.id] = f"{self.version};knowledge={told}" if told else self.version
        return version

    def _path(self, article) -> Path:
        key = entry_key(article.text, self._version(article))
        return self.root / key[:2] / f"{key}.json"

    def has(self, article) -> bool:
        """Is there an entry for `article`? Not read: `get` may still find it unreadable. (An
        entry not there is a miss.)"""
        if self._path(article).is_file():
            return True
        self.misses += 1
        return False

    def get(self, article) -> ArticleFacts | None:
        path = self._path(article)
        try:
            facts = loads(path.read_text(encoding="utf-8"), article, self._version(article))
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return facts

    def put(self, facts: ArticleFacts) -> None:
        path = self._path(facts.article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(dumps(facts, self._version(facts.article)))
            os.replace(tmp, path)
        except OSError:
            # a cache that cannot be written only costs time on the next build
            try:
                Path(tmp).unlink(missing_ok=True)
            except (NameError, OSError):
                pass
