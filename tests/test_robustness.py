"""Bad input gets a clear answer, nothing is ever half-written, nothing from an article runs.

Every case goes through the real CLI and checks the exit code, the message
and that no traceback is printed. The bad files are made here, in tmp_path.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

from kg import articles as articles_mod
from tests.conftest import need, run

GOOD = "Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 mars 2024.\n"
EXPORTS = ("graph.ttl", "network.html")


def build(*args):
    result = run("build", *map(str, args))
    assert "Traceback" not in result.output
    return result


def corpus(tmp_path: Path, **files: bytes | str) -> Path:
    """A folder with one good article and `files` (name → content)."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Warning:")]


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def temp_files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.tmp")]


@pytest.fixture
def previous(tmp_path) -> Path:
    """An export folder holding a previous build's files (stand-ins: only their bytes matter)."""
    out = tmp_path / "out"
    out.mkdir()
    for name in EXPORTS:
        (out / name).write_text(f"previous {name}\n", encoding="utf-8")
    return out


# ---------------------------------------------------------------- bad files: skipped by default

BAD = {
    "empty": (b"", "empty file"),
    "whitespace": (b"  \n\t\r\n \xc2\xa0 \n", "only whitespace, no text"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (it holds NUL bytes), not text"),
    "controls": (bytes(range(1, 9)) * 50, "binary file (control characters), not text"),
    "undecodable": (b"caf\x81 \x8d\x8f\x90" * 20, "neither UTF-8 (invalid byte 0x81 at offset 3) nor Windows-1252 text"),
    "markup-only": (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "HTML with no visible text"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_is_skipped_with_one_warning(tmp_path, case):
    content, reason = BAD[case]
    folder = corpus(tmp_path, **{f"{case}.txt": content})
    out = tmp_path / "out"
    result = build(folder, "--out", out)
    assert result.exit_code == 0, result.output
    assert warnings(result) == [f"Warning: {folder / (case + '.txt')}: {reason}; skipped"] or \
        (case == "undecodable" and len(warnings(result)) == 1 and reason in warnings(result)[0])
    assert result.stdout.startswith("1 article read (1 file skipped), ")
    assert (out / "graph.ttl").is_file()


@pytest.mark.parametrize("case", sorted(BAD))
def test_strict_makes_a_bad_file_an_error_and_writes_nothing(tmp_path, previous, case):
    content, reason = BAD[case]
    folder = corpus(tmp_path, **{f"{case}.txt": content})
    before = snapshot(previous)
    result = build(folder, "--out", previous, "--strict")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {folder / (case + '.txt')}: ")
    assert reason in result.stderr and "nothing was written (--strict)" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""
    assert snapshot(previous) == before


def test_strict_counts_the_other_bad_files(tmp_path):
    folder = corpus(tmp_path, **{"a.txt": b"", "b.txt": b"\x00", "c.txt": b" "})
    result = build(folder, "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {folder / 'a.txt'}: empty file (and 2 more bad files); nothing was written (--strict)\n"
    assert not (tmp_path / "out").exists()


def test_windows_1252_is_decoded_with_a_note(tmp_path):
    text = "Le président français Emmanuel Macron a déclaré : « L’été sera chaud ».\n"
    folder = corpus(tmp_path, **{"cp1252.txt": text.encode("cp1252")})
    out = tmp_path / "out"
    result = build(folder, "--out", out, "--strict")
    assert result.exit_code == 0, result.output
    assert f"Note: {folder / 'cp1252.txt'}: read as windows-1252" in result.stderr
    assert result.stdout.startswith("2 articles read, ")
    assert "L’été sera chaud" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_latin_1_is_decoded(tmp_path):
    text = "Le ministre a visité Séoul, où il a été reçu.\n"
    folder = corpus(tmp_path, **{"latin1.txt": text.encode("latin-1")})
    result = build(folder, "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 0 and "read as windows-1252" in result.stderr
    assert "Séoul" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_html_gives_its_visible_text(tmp_path):
    page = ("<html><head><title>Macron reçoit Scholz à Paris</title><script>var secret = 'SCRIPTTEXT';</script>"
            "<style>.x{}</style></head><body><p>Emmanuel Macron a reçu Olaf Scholz &agrave; Paris.</p></body></html>")
    folder = corpus(tmp_path, **{"page.txt": page})
    out = tmp_path / "out"
    result = build(folder, "--out", out)
    assert result.exit_code == 0 and f"Note: {folder / 'page.txt'}: HTML: visible text only" in result.stderr
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Macron reçoit Scholz à Paris" in graph
    assert "SCRIPTTEXT" not in graph and "<p>" not in graph


def test_a_huge_file_is_read_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(articles_mod, "MAX_CHARS", 20_000)  # the real cap (100,000) costs spaCy ~5 s
    folder = corpus(tmp_path)
    para = "Le président a reçu le ministre à Paris pour parler de la paix et du commerce.\n\n"
    (folder / "huge.txt").write_text(para * (10 * 2**20 // len(para)), encoding="utf-8")  # 10 MB
    result = build(folder, "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 0, result.output
    assert re.search(r"Note: .*huge\.txt: 10,\d{3},\d{3} characters, only the first 19,\d{3} are read", result.stderr)


def test_the_same_article_twice_is_one_article(tmp_path):
    folder = corpus(tmp_path, **{"copy.txt": "\ufeff" + GOOD.replace("\n", "\r\n")})
    result = build(folder, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stdout.startswith("1 article read (1 duplicate ignored), ")
    assert result.stderr == ""


def test_a_fifo_is_skipped_not_waited_for(tmp_path):
    folder = corpus(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    result = build(folder, folder / "pipe.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert warnings(result) == [f"Warning: {folder / 'pipe.txt'}: a named pipe (FIFO), not a regular file; skipped"]


def test_an_unreadable_file_is_skipped(tmp_path, monkeypatch):
    folder = corpus(tmp_path, **{"secret.txt": GOOD.upper()})
    real = Path.read_bytes

    def read_bytes(self):  # tests run as root, which reads any file: simulate the refusal
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = build(folder, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert warnings(result) == [f"Warning: {folder / 'secret.txt'}: cannot read it (Permission denied); "
                                "check its permissions; skipped"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; "
                    "test_an_unreadable_file_is_skipped simulates it")
def test_an_unreadable_file_is_skipped_for_real(tmp_path):
    folder = corpus(tmp_path, **{"secret.txt": GOOD.upper()})
    (folder / "secret.txt").chmod(0)
    result = build(folder, "--out", tmp_path / "out")
    assert result.exit_code == 0 and "Permission denied" in warnings(result)[0]


def test_a_folder_with_no_article(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not an article", encoding="utf-8")
    result = build(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: no article found in {tmp_path / 'empty'}; "
                             "give .txt files or folders holding them\n")
    assert not (tmp_path / "out").exists()


def test_a_folder_of_bad_files_only(tmp_path, previous):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"\x00\x00")
    before = snapshot(previous)
    result = build(folder, "--out", previous)
    assert result.exit_code == 1
    assert len(warnings(result)) == 2
    assert result.stderr.splitlines()[-1] == (f"Error: no article could be read from {folder} "
                                              "(2 files skipped); nothing was written")
    assert snapshot(previous) == before


def test_a_missing_path(tmp_path):
    result = build(tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or folder\n"


# ---------------------------------------------------------------- text that stresses extraction

STRESS = {
    "no-boundaries": " ".join(["le président Macron a dit que la paix avance et que Kim Jong-un viendra"] * 150),
    "unbalanced": "« Emmanuel Macron a déclaré : « nous irons » puis « rien.\nOlaf Scholz a dit : \" oui.\n» » » \"\n",
    "long-quote": "Emmanuel Macron a déclaré : « " + " ".join(["paix"] * 5000) + " ».\n",
    "names": ("Jean O'Brien, Marie d’Artagnan, Pierre \"le Grand\" <Dupont> et Anne <b>Roy</b> ont rencontré "
              "Sophie {Martin}|Leroy\\ à Paris. O'Brien a déclaré : « C'est <fini> ».\n"),
    "emoji": "Emmanuel Macron 🇫🇷 a rencontré Kim Jong-un 👋🏽 à Séoul 🎉. Il a déclaré : « 😀 paix 🕊️ ».\n",
    "rtl": "Emmanuel Macron a rencontré محمد بن سلمان à Riyad. Il a déclaré : « שלום עליכם ».\u200f\u202e abc\n",
    "controls": "Le président\u200b Macron\u00ad a reçu\u2028 le ministre\u0007 à Paris\ufeff.\n",
}

IRI_BAD = re.compile(r'[\s<>"{}|\\^`\x00-\x20]')


@pytest.fixture(scope="module")
def stress_build(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stress")
    for name, text in STRESS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    out = folder / "out"
    result = build(folder, "--out", out, "--strict")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{len(STRESS)} articles read, ")
    return out


def test_stress_texts_give_turtle_that_rapper_accepts(stress_build):
    rapper = need("rapper")
    proc = subprocess.run([rapper, "-i", "turtle", "-c", str(stress_build / "graph.ttl")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "error" not in proc.stderr.lower() and "warning" not in proc.stderr.lower()


def test_stress_texts_give_only_valid_iris(stress_build):
    g = rdflib.Graph().parse(stress_build / "graph.ttl")
    iris = {t for triple in g for t in triple if isinstance(t, rdflib.URIRef)}
    assert iris
    bad = [i for i in iris if IRI_BAD.search(str(i)) or not re.match(r"^[a-z][a-z0-9+.-]*:", str(i))]
    assert bad == []


# ---------------------------------------------------------------- nothing from an article runs

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>")


def test_article_text_is_escaped_in_the_page(tmp_path):
    text = (f"Kim {PAYLOADS[0]} Jong-un a rencontré Emmanuel Macron à Paris.\n"
            f"Emmanuel Macron a déclaré : « {PAYLOADS[1]} nous sommes prêts {PAYLOADS[0]} ».\n"
            f"Le ministre Jean {PAYLOADS[2]} Dupont a déclaré : « {PAYLOADS[2]} » .\n"
            f"{PAYLOADS[1]} Olaf Scholz a visité Séoul.\n")
    folder = tmp_path / "xss"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    result = build(folder, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "network.html").read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page
    assert "alert(2)</script>" not in page


def test_labels_and_sentences_are_escaped_in_the_page():
    """Straight to the renderer, so the payload surely is a label, a sentence, a headline."""
    from kg import viz
    from kg.vocab import KG
    g = rdflib.Graph()
    a, b = rdflib.URIRef("https://w3id.org/kg-news/id/person/a"), rdflib.URIRef("https://w3id.org/kg-news/id/person/b")
    art = rdflib.URIRef("https://w3id.org/kg-news/id/article/0000000000000000")
    m, ev = rdflib.URIRef("https://w3id.org/kg-news/id/meeting/1"), rdflib.URIRef("https://w3id.org/kg-news/id/evidence/x")
    for node, payload in ((a, PAYLOADS[0]), (b, PAYLOADS[1])):
        g.add((node, rdflib.RDF.type, KG.Person))
        g.add((node, rdflib.RDFS.label, rdflib.Literal(payload)))
        g.add((node, KG.mentionedIn, art))
    g.add((art, rdflib.RDF.type, KG.Article))
    g.add((art, KG.headline, rdflib.Literal(PAYLOADS[2], lang="fr")))
    g.add((m, rdflib.RDF.type, KG.Meeting))
    g.add((m, KG.participant, a))
    g.add((m, KG.participant, b))
    g.add((m, KG.evidence, ev))
    g.add((m, KG.source, art))
    g.add((ev, KG.sentence, rdflib.Literal(PAYLOADS[2] + PAYLOADS[1], lang="fr")))
    g.add((ev, KG.inArticle, art))
    page = viz.render(g)
    for payload in PAYLOADS:
        assert payload not in page
    assert "alert(2)</script>" not in page


# ---------------------------------------------------------------- outputs: all or nothing

def test_a_build_that_fails_while_writing_leaves_the_previous_exports(tmp_path, previous, monkeypatch):
    from kg import fileio
    before = snapshot(previous)
    real = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the first export is in place: the second fails
            raise OSError(28, "No space left on device", str(dst))
        return real(src, dst)
    monkeypatch.setattr(fileio.os, "replace", failing_replace)
    result = build(corpus(tmp_path), "--out", previous)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert "No space left on device" in result.stderr and "previous files were kept" in result.stderr
    monkeypatch.undo()
    assert snapshot(previous) == before
    assert temp_files(previous) == []


def test_an_interrupt_while_rendering_leaves_the_previous_exports(tmp_path, previous, monkeypatch):
    from kg import viz
    before = snapshot(previous)

    def interrupted(_graph, out):
        out.write(b"<!DOCTYPE html>")  # half a page in its temporary file
        raise KeyboardInterrupt
    monkeypatch.setattr(viz, "write_page", interrupted)
    result = build(corpus(tmp_path), "--out", previous)
    assert result.exit_code == 130
    assert result.stderr == "Interrupted; nothing was written.\n"
    assert snapshot(previous) == before and temp_files(previous) == []


def test_a_full_disk_while_writing_a_temp_file(tmp_path, previous, monkeypatch):
    from kg import fileio
    before = snapshot(previous)
    real = os.fsync
    count = []

    def full(fd):
        count.append(fd)
        if len(count) == 2:
            raise OSError(28, "No space left on device")
        return real(fd)
    monkeypatch.setattr(fileio.os, "fsync", full)
    result = build(corpus(tmp_path), "--out", previous)
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert "cannot write it (No space left on device)" in result.stderr
    monkeypatch.undo()
    assert snapshot(previous) == before and temp_files(previous) == []


def test_out_is_a_file(tmp_path):
    (tmp_path / "out").write_text("a file", encoding="utf-8")
    result = build(corpus(tmp_path), "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert (tmp_path / "out").read_text(encoding="utf-8") == "a file"


def test_atomic_write_all_keeps_every_file_or_none(tmp_path):
    from kg.fileio import atomic_write_all

    (tmp_path / "a").write_text("old a")
    with pytest.raises(TypeError):
        atomic_write_all({tmp_path / "a": "new a", tmp_path / "b": 42})  # the second cannot be written
    assert (tmp_path / "a").read_text() == "old a" and not (tmp_path / "b").exists()
    assert list(tmp_path.glob(".*")) == []
    atomic_write_all({tmp_path / "a": "new a", tmp_path / "b": b"new b"})
    assert (tmp_path / "a").read_text() == "new a" and (tmp_path / "b").read_bytes() == b"new b"
    assert list(tmp_path.glob(".*")) == []


def _fails(exc):
    def write(_out):
        raise exc
    return write


def _slowly(text):
    def write(out):
        time.sleep(0.5)
        out.write(text)
    return write


@pytest.mark.skipif(not __import__("kg.fileio").fileio.can_fork(), reason="files are written apart on Linux only")
@pytest.mark.parametrize("apart_fails, other_fails, raised", [
    (None, None, None),
    (OSError(28, "No space left on device"), None, "No space left on device"),
    (ValueError("a bug in the page"), None, "a bug in the page"),
    (KeyboardInterrupt(), None, KeyboardInterrupt),
    (None, OSError(13, "Permission denied"), "Permission denied"),
])
def test_a_file_written_apart_is_kept_with_the_others_or_none(tmp_path, apart_fails, other_fails, raised):
    from kg.errors import OutputError
    from kg.fileio import atomic_write_all

    (tmp_path / "page").write_text("old page")
    files = {tmp_path / "rdf": _fails(other_fails) if other_fails else _slowly(b"new rdf"),
             tmp_path / "page": _fails(apart_fails) if apart_fails else _slowly(b"new page")}
    if raised is None:
        atomic_write_all(files, apart=[tmp_path / "page"])
        assert (tmp_path / "page").read_bytes() == b"new page" and (tmp_path / "rdf").read_bytes() == b"new rdf"
    else:
        kind = raised if raised is KeyboardInterrupt else OutputError
        with pytest.raises(kind) as caught:
            atomic_write_all(files, apart=[tmp_path / "page"])
        if kind is OutputError:
            assert raised in str(caught.value) and "\n" not in str(caught.value)
        assert (tmp_path / "page").read_text() == "old page" and not (tmp_path / "rdf").exists()
    assert list(tmp_path.glob(".*")) == []


def test_a_build_writes_the_same_bytes_with_its_page_written_apart_or_not(tmp_path, monkeypatch):
    import kg.build

    folder = corpus(tmp_path)
    assert build(folder, "--out", tmp_path / "apart", "--no-cache", "-q").exit_code == 0
    monkeypatch.setattr(kg.build, "PAGE_APART_UP_TO", 0)
    assert build(folder, "--out", tmp_path / "one", "--no-cache", "-q").exit_code == 0
    assert snapshot(tmp_path / "apart") == snapshot(tmp_path / "one")
    assert len(snapshot(tmp_path / "one")) == 4


def _slow_corpus(folder: Path) -> Path:
    """Articles that keep spaCy busy for several seconds, and a note printed before extraction."""
    folder.mkdir()
    para = "Le président Emmanuel Macron a reçu à Paris le ministre Olaf Scholz pour parler de paix.\n"
    (folder / "huge.txt").write_text(para * 20_000, encoding="utf-8")  # capped: ~100,000 characters
    return folder


def _run_and_signal(tmp_path, previous, signum, delay):
    folder = _slow_corpus(tmp_path / "slow")
    before = snapshot(previous)
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.Popen([str(kg), "build", str(folder), "--out", str(previous)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()  # the note on huge.txt: reading is done, the model loads next
        assert "huge.txt" in first
        time.sleep(delay)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "Traceback" not in err
    assert proc.returncode == 130
    assert err.strip() == "Interrupted; nothing was written."
    assert out == ""
    assert snapshot(previous) == before
    assert temp_files(previous) == []


def test_ctrl_c_during_extraction_leaves_the_previous_exports(tmp_path, previous):
    # the model loads in ~2.5 s, then the capped article takes ~5 s to parse: 5 s lands in extraction
    _run_and_signal(tmp_path, previous, signal.SIGINT, delay=5)


def test_sigterm_leaves_the_previous_exports(tmp_path, previous):
    _run_and_signal(tmp_path, previous, signal.SIGTERM, delay=1)


def test_the_kg_command_flushes_its_output_and_keeps_its_exit_codes(seeds_graph):
    # `kg` leaves with os._exit (kg.cli.main): what it printed must still arrive whole
    kg = str(Path(sys.executable).with_name("kg"))
    done = subprocess.run([kg, "query", "meetings", "--graph", str(seeds_graph), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    assert json.loads(done.stdout)["results"]["bindings"]
    unknown = subprocess.run([kg, "query", "who-met-whom", "--graph", str(seeds_graph)],
                             capture_output=True, text=True, timeout=120)
    assert unknown.returncode == 1 and unknown.stderr.startswith("Error: unknown query")
    usage = subprocess.run([kg, "query"], capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and "Usage:" in usage.stderr


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not __import__("kg.fileio").fileio.can_fork(), reason="a rebuild forks its worker on Linux only")
def test_ctrl_c_during_a_rebuild_stops_its_worker_and_keeps_the_previous_exports(tmp_path, previous):
    folder = _slow_corpus(tmp_path / "slow")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    assert build(folder / "good.txt", "--out", previous, "-q").exit_code == 0  # cached: a hit below
    before = snapshot(previous)
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.Popen([str(kg), "build", str(folder), "--out", str(previous)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "huge.txt" in proc.stderr.readline()
        time.sleep(4)  # the worker parses huge.txt (the model loads in ~2.5 s, the parse takes ~5 s)
        workers = _children(proc.pid)
        assert proc.poll() is None and workers, "no worker to interrupt"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130 and err.strip() == "Interrupted; nothing was written." and out == ""
    assert snapshot(previous) == before and temp_files(previous) == []
    time.sleep(0.5)
    assert not [w for w in workers if _running(w)]


# ---------------------------------------------------------------- queries and graph files

def test_malformed_sparql_says_where(seeds_graph, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x\nWHER { ?x ?y ?z }", encoding="utf-8")
    result = run("query", str(rq), "--graph", str(seeds_graph))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert re.fullmatch(rf"Error: {re.escape(str(rq))}:2:\d+: malformed SPARQL near '.+': expected one of .*WHERE.*\n",
                        result.stderr), result.stderr


def test_unknown_query_lists_the_known_ones(seeds_graph):
    result = run("query", "who-met-whom", "--graph", str(seeds_graph))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "unknown query 'who-met-whom'; named queries: actors" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_graph_that_does_not_parse_says_which_file_where_and_why(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b "unterminated .\n', encoding="utf-8")
    result = run("query", "actors", "--graph", str(bad))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: {bad}: not valid Turtle: ")
    assert "line 3" in result.stderr and "column" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_binary_graph_file(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe")
    result = run("query", "actors", "--graph", str(bad))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: {bad}: ") and len(result.stderr.splitlines()) == 1


def test_viz_of_a_graph_that_does_not_parse(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b", encoding="utf-8")
    result = run("viz", str(bad), "--out", str(tmp_path / "n.html"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: {bad}: ") and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "n.html").exists()
