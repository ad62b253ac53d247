"""Articles: reading them from disk and what their text says about themselves.

An article's id comes from its content (normalised text), so renaming or
moving a file changes nothing in the graph.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Article:
    id: str  # 16 hex digits of the SHA-256 of the normalised text
    text: str  # normalised text: NFC, "\n" line ends
    title: str | None
    source: str  # where it was read from (file name), for messages only

    @property
    def words(self) -> int:
        return len(self.text.split())


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return text.strip() + "\n"


def article_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def guess_title(text: str) -> str | None:
    """The first line that reads like a headline: four words or more, no final full stop."""
    for line in text.splitlines():
        line = line.strip()
        if len(line.split()) >= 4 and not line.endswith("."):
            return line
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def from_text(text: str, source: str = "<text>") -> Article:
    text = normalise(text)
    return Article(id=article_id(text), text=text, title=guess_title(text), source=source)


def read_article(path: Path) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); check the path and its permissions") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; convert it with iconv -t UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return from_text(text, source=str(path))


def article_paths(inputs: list[Path]) -> list[Path]:
    """The article files named by `inputs` (files, or folders of .txt files), sorted."""
    paths: list[Path] = []
    for item in inputs:
        if item.is_dir():
            paths.extend(p for p in sorted(item.rglob("*")) if p.is_file() and p.suffix in ARTICLE_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(item).parts))
        elif item.exists():
            paths.append(item)
        else:
            raise InputError(f"{item}: no such file or folder")
    return paths


def read_articles(inputs: list[Path]) -> list[Article]:
    """Read every article; the same text twice is one article. Sorted by id."""
    by_id: dict[str, Article] = {}
    for path in article_paths(inputs):
        article = read_article(path)
        by_id.setdefault(article.id, article)
    return [by_id[k] for k in sorted(by_id)]


_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def clean_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()
