"""Reading articles: decoding, HTML, caps, bad files, duplicates (no spaCy here: fast)."""
from __future__ import annotations

import os

import pytest

from kg import articles
from kg.articles import NotAnArticle, Skipped, cap, decode, html_text, read_all, read_article, read_text
from kg.errors import InputError

FRENCH = "Le président a déclaré « bienvenue » à l’ambassadeur, à Séoul, en été.\n"


# ---------------------------------------------------------------- decoding

def test_utf8_is_read_as_is():
    assert decode(FRENCH.encode("utf-8")) == (FRENCH, "utf-8")


def test_utf8_with_a_bom():
    text, encoding = decode(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    assert text == FRENCH and encoding == "utf-8"


def test_utf16_with_a_bom():
    text, encoding = decode(FRENCH.encode("utf-16"))
    assert text == FRENCH and encoding == "utf-16"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_1252_and_latin_1_are_decoded(encoding):
    text = FRENCH.replace("’", "'").replace("« ", "\"").replace(" »", "\"")  # latin-1 has no ’
    assert decode(text.encode(encoding)) == (text, "windows-1252")


def test_windows_1252_quotes_and_euro():
    text = "L’État a payé 3 € — « cher »."
    assert decode(text.encode("cp1252")) == (text, "windows-1252")


def test_nul_bytes_are_binary():
    with pytest.raises(NotAnArticle, match="binary file .*NUL"):
        decode(b"%PDF-1.4\x00\x01\x02")


def test_control_characters_are_binary():
    with pytest.raises(NotAnArticle, match="binary"):
        decode(bytes(range(1, 32)) * 20)


def test_bytes_that_are_no_known_encoding_say_so():
    with pytest.raises(NotAnArticle, match=r"neither UTF-8 \(invalid byte 0x81 at offset 2\) nor Windows-1252.*iconv"):
        decode(b"ab\x81\x8d\x8f\x90\x9d" * 10)


# ---------------------------------------------------------------- HTML

def test_html_gives_its_visible_text_only():
    page = ("<!DOCTYPE html><html><head><title>Titre de la page</title>"
            "<style>p { color: red }</style><script>alert('x')</script></head>"
            "<body><h1>Macron &agrave; S&eacute;oul</h1><p>Il a <b>rencontr&eacute;</b> le pr&eacute;sident.</p>"
            "<noscript>Activez JavaScript</noscript><p>Fin&nbsp;du texte.</p></body></html>")
    assert html_text(page) == "Titre de la page\nMacron à Séoul\nIl a rencontré le président.\nFin du texte."


def test_html_is_recognised_in_a_txt_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n  <html><body><p>Texte &amp; fin</p><script>x()</script></body></html>", encoding="utf-8")
    notes = []
    assert read_text(path, notes) == "Texte & fin"
    assert notes == [f"{path}: HTML: visible text only"]


def test_text_mentioning_tags_is_not_html(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Il a écrit <html> dans son message.\n", encoding="utf-8")
    assert read_text(path) == "Il a écrit <html> dans son message.\n"


def test_html_without_visible_text_is_not_an_article(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><script>alert(1)</script></html>", encoding="utf-8")
    with pytest.raises(NotAnArticle, match="HTML with no visible text"):
        read_text(path)


# ---------------------------------------------------------------- size

def test_cap_cuts_at_a_paragraph():
    text = ("Un paragraphe assez long pour compter.\n\n" * 10)
    out = cap(text, 100)
    assert len(out) <= 100 and out.endswith("compter.") and text.startswith(out)


def test_cap_leaves_short_texts_alone():
    assert cap("court", 100) == "court"


def test_a_huge_file_is_capped_with_a_note(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(FRENCH.encode("utf-8") * (10 * 2**20 // len(FRENCH.encode("utf-8"))))  # 10 MB
    notes = []
    text = read_text(path, notes)
    assert len(text) <= articles.MAX_CHARS and text.endswith("été.")
    assert len(notes) == 1 and "only the first" in notes[0] and str(path) in notes[0]


# ---------------------------------------------------------------- bad files

def test_empty_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"a\.txt: empty file$"):
        read_article(tmp_path / "a.txt")


def test_whitespace_only(tmp_path):
    (tmp_path / "a.txt").write_text(" \n\t\u00a0\n\r\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.txt: only whitespace, no text$"):
        read_article(tmp_path / "a.txt")


def test_a_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    with pytest.raises(NotAnArticle, match=r"named pipe \(FIFO\), not a regular file"):
        read_text(tmp_path / "pipe.txt")


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(NotAnArticle, match="a folder, not a file"):
        read_text(tmp_path / "x.txt")


def test_permission_denied_says_so(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(FRENCH, encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(type(path), "read_bytes", denied)
    with pytest.raises(NotAnArticle, match=r"cannot read it \(Permission denied\); check its permissions"):
        read_text(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; see the monkeypatched test")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(FRENCH, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(NotAnArticle, match="Permission denied"):
        read_text(path)


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file or folder"):
        read_all([tmp_path / "nope.txt"])


def test_read_all_skips_bad_files_and_counts_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_text("\ufeff" + FRENCH.replace("\n", "\r\n"), encoding="utf-8")  # same text
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01")
    (tmp_path / "e.md").write_text("not an article suffix", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    reading = read_all([tmp_path, tmp_path / "a.txt"])  # a.txt named twice: read once
    assert [a.source for a in reading.articles] == [str(tmp_path / "a.txt")]
    assert reading.duplicates == 1
    assert reading.skipped == [Skipped(tmp_path / "c.txt", "empty file"),
                               Skipped(tmp_path / "d.txt", "binary file (it holds NUL bytes), not text")]


def test_the_encoding_does_not_change_the_article(tmp_path):
    text = "L'État a payé 3 € pour « la paix ».\n"
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    reading = read_all([tmp_path])
    assert len(reading.articles) == 1 and reading.duplicates == 1
    assert reading.notes == [f"{tmp_path / 'cp1252.txt'}: read as windows-1252"]
