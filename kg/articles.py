"""Articles: reading them from disk and what their text says about themselves.

An article's id comes from its content (normalised text), so renaming or
moving a file changes nothing in the graph.

Reading is forgiving and says what it did: a file that cannot be an article
(empty, binary, undecodable, unreadable, not a regular file) is reported with
the reason, never half-read; text in Windows-1252/Latin-1 or UTF-16 is
decoded; HTML is reduced to its visible text; a huge file is capped.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError

ARTICLE_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# spaCy needs about 1 GB of memory and 5 s per 100,000 characters; the longest
# real news articles are about 60,000. Longer texts are cut at a paragraph.
MAX_CHARS = 100_000


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


# ---------------------------------------------------------------- bytes → text

class NotAnArticle(InputError):
    """A file that cannot be read as an article; the message is the reason, without the path."""


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


#: What no text holds: controls other than line ends and tabs, C1 controls and DEL, U+FFFD.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _looks_like_text(text: str) -> bool:
    """Few characters that no text holds (`_NOT_TEXT`): a stray one in a short text is fine,
    more than 1% of a long one is not."""
    sample = text[:20_000]
    return len(_NOT_TEXT.findall(sample)) <= max(8, len(sample) // 100)


def decode(raw: bytes) -> tuple[str, str]:
    """The text of `raw` and the encoding it was read in: UTF-8 (BOM or not), UTF-16 with a BOM,
    else Windows-1252 (a superset of Latin-1's printable characters) when the result reads as text."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise NotAnArticle(f"starts with a {encoding} byte-order mark but is not {encoding} "
                                   f"(byte {exc.start}); convert it with iconv -t UTF-8") from None
    if b"\x00" in raw[:65_536]:
        raise NotAnArticle("binary file (it holds NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if not _looks_like_text(text):
            raise NotAnArticle("binary file (control characters), not text")
        return text, "utf-8"
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        return text, "windows-1252"
    raise NotAnArticle(f"neither UTF-8 (invalid byte 0x{raw[utf8_error.start]:02x} at offset {utf8_error.start}) "
                       "nor Windows-1252 text; convert it with iconv -f ENCODING -t UTF-8")


# ---------------------------------------------------------------- HTML → text

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "title", "tr", "table",
           "article", "section", "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt",
           "main", "aside", "nav", "hr", "address"}
_HIDDEN = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"}


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The visible text of an HTML page: no markup, scripts or styles; one line per block."""
    parser = _VisibleText()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------- files → articles

def cap(text: str, limit: int | None = None) -> str:
    """`text` cut to at most `limit` characters, at the last paragraph (else line, else word) end."""
    limit = MAX_CHARS if limit is None else limit
    if len(text) <= limit:
        return text
    head = text[:limit]
    for sep in ("\n\n", "\n", " "):
        cut = head.rfind(sep)
        if cut > limit // 2:
            return head[:cut]
    return head


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Reading:
    """What reading the inputs gave: the articles (one per distinct text, sorted by id),
    the files skipped and why, and notes on files read with a change (encoding, HTML, capped)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    duplicates: int = 0


def _check_regular(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise NotAnArticle(f"cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise NotAnArticle("a folder, not a file")
    if not stat.S_ISREG(mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
        raise NotAnArticle(f"{kind}, not a regular file")


def read_text(path: Path, notes: list[str] | None = None) -> str:
    """The article text of the file at `path`; NotAnArticle (message: the reason) when it has none."""
    _check_regular(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        hint = "; check its permissions" if isinstance(exc, PermissionError) else ""
        raise NotAnArticle(f"cannot read it ({reason}){hint}") from None
    if not raw:
        raise NotAnArticle("empty file")
    text, encoding = decode(raw)
    if not text.strip():
        raise NotAnArticle("only whitespace, no text")
    changes = []
    if encoding not in ("utf-8",):
        changes.append(f"read as {encoding}")
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = html_text(text)
        changes.append("HTML: visible text only")
        if not text.strip():
            raise NotAnArticle("HTML with no visible text")
    capped = cap(text)
    if len(capped) < len(text):
        changes.append(f"{len(text):,} characters, only the first {len(capped):,} are read "
                       f"(articles are capped at {MAX_CHARS:,})")
        text = capped
    if changes and notes is not None:
        notes.append(f"{path}: " + "; ".join(changes))
    return text


def read_article(path: Path, notes: list[str] | None = None) -> Article:
    """The article in the file at `path`; InputError naming the file and the reason when there is none."""
    try:
        return from_text(read_text(path, notes), source=str(path))
    except NotAnArticle as exc:
        raise InputError(f"{path}: {exc}") from None


def article_paths(inputs: list[Path]) -> list[Path]:
    """The article files named by `inputs` (files, or folders of .txt files), sorted.

    In a folder, every non-hidden `*.txt` that is not a folder counts (a pipe or an
    unreadable file then gets reported, not silently left out)."""
    paths: list[Path] = []
    for item in inputs:
        if item.is_dir():
            paths.extend(p for p in sorted(item.rglob("*")) if p.suffix in ARTICLE_SUFFIXES and not p.is_dir()
                         and not any(part.startswith(".") for part in p.relative_to(item).parts))
        elif item.exists() or item.is_symlink():
            paths.append(item)
        else:
            raise InputError(f"{item}: no such file or folder")
    return paths


def read_all(inputs: list[Path]) -> Reading:
    """Read every article of `inputs`; the same text twice is one article. Never raises for a bad
    file (it goes to `skipped`); raises InputError for an input path that does not exist."""
    reading = Reading()
    by_id: dict[str, Article] = {}
    seen: set[Path] = set()
    for path in article_paths(inputs):
        if path in seen:
            continue
        seen.add(path)
        try:
            article = from_text(read_text(path, reading.notes), source=str(path))
        except NotAnArticle as exc:
            reading.skipped.append(Skipped(path, str(exc)))
            continue
        if article.id in by_id:
            reading.duplicates += 1
        by_id.setdefault(article.id, article)
    reading.articles = [by_id[k] for k in sorted(by_id)]
    return reading
