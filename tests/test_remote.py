"""Remote stores: `kg load` and `kg query --endpoint` against a real Oxigraph server,
plus endpoints that are down, fail, hang or fail for a while. Traffic goes to 127.0.0.1 only."""
from __future__ import annotations

import base64
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg import graph as graph_mod
from kg import remote
from kg.errors import EndpointError
from tests.conftest import run

pytestmark = pytest.mark.server

COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_UNION = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_program() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    program = str(beside) if beside.exists() else shutil.which("oxigraph")
    if program is None:
        pytest.fail("the oxigraph server is not installed; pip install oxigraph (in the test extras)")
    return program


class Server:
    """`oxigraph serve` on 127.0.0.1 and a free port, union default graph on, stopped by its pid."""

    def __init__(self, location: Path):
        self.location = location
        self.proc = None
        self.port = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Server":
        self.port = free_port()
        self.proc = subprocess.Popen(
            [oxigraph_program(), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {self.proc.stderr.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        pytest.fail("oxigraph serve did not answer within 20 s")

    def stop(self, sig=signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.proc is not None and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    def count(self, sparql: str) -> int:
        return int(remote.select(remote.Endpoint(f"{self.url}/query", retries=0), sparql).bindings[0]["n"]["value"])


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("oxigraph")).start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def loaded(server, seeds_build):
    """The seeds' graph.trig loaded into the server: one named graph per article."""
    result = run("load", str(seeds_build / "graph.trig"), "--endpoint", f"{server.url}/store")
    assert result.exit_code == 0, result.output
    return server


def local_count(path: Path, sparql: str) -> int:
    return int(graph_mod.select(graph_mod.load(path), sparql).bindings[0]["n"]["value"])


def test_load_puts_one_graph_per_article(loaded, seeds_build):
    trig = seeds_build / "graph.trig"
    assert loaded.count(COUNT_QUADS) == local_count(trig, COUNT_QUADS)
    graphs = remote.select(remote.Endpoint(f"{loaded.url}/query"),
                           "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/kg-news/ontology#Article> } }")
    assert len(graphs.bindings) == local_count(seeds_build / "graph.ttl",
                                               "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/kg-news/ontology#Article> }")


@pytest.mark.parametrize("name", sorted(graph_mod.named_queries()))
def test_named_queries_give_the_same_rows_remotely_as_locally(loaded, seeds_build, name):
    here = run("query", name, "--graph", str(seeds_build / "graph.ttl"), "--format", "json")
    there = run("query", name, "--endpoint", f"{loaded.url}/query", "--format", "json")
    assert there.exit_code == 0, there.output
    assert there.stdout == here.stdout
    assert '"value"' in here.stdout or name == "gifts"


def test_a_turtle_load_replaces_its_named_graph(server, seeds_build, tmp_path):
    graph = "http://example.org/replaced"
    ttl = seeds_build / "graph.ttl"
    result = run("load", str(ttl), "--endpoint", f"{server.url}/store", "--graph", graph)
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"triples → <{graph}>\n")
    in_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    assert server.count(in_graph) == local_count(ttl, COUNT_UNION)
    small = tmp_path / "small.ttl"
    small.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    assert run("load", str(small), "--endpoint", f"{server.url}/store", "--graph", graph).exit_code == 0
    assert server.count(in_graph) == 1


def test_a_load_cut_off_by_the_server_dying_leaves_the_previous_graph(tmp_path, seeds_build, monkeypatch):
    """The server is killed while it applies a large PUT; after a restart the old graph is whole."""
    srv = Server(tmp_path / "store").start()
    try:
        graph = "http://example.org/g"
        endpoint = remote.Endpoint(f"{srv.url}/store", retries=0, timeout=30)
        before = remote.load(seeds_build / "graph.ttl", endpoint, graph)[0].triples
        big = tmp_path / "big.nt"
        with big.open("w", encoding="utf-8") as fh:
            for i in range(200_000):
                fh.write(f"<http://example.org/s{i}> <http://example.org/p{i % 17}> \"value {i}\" .\n")
        real_urlopen = urllib.request.urlopen

        def urlopen_then_kill(request, *args, **kwargs):
            threading.Timer(0.3, srv.proc.send_signal, [signal.SIGKILL]).start()
            return real_urlopen(request, *args, **kwargs)

        monkeypatch.setattr(urllib.request, "urlopen", urlopen_then_kill)
        with pytest.raises(EndpointError) as caught:
            remote.load(big, endpoint, graph)
        monkeypatch.undo()
        assert srv.url in str(caught.value)
        srv.proc.wait(timeout=10)
        srv.start()  # same location, new port
        in_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        assert srv.count(in_graph) == before
    finally:
        srv.stop()


# ---------------------------------------------------------------- endpoints that fail

class FakeStore:
    """A tiny HTTP server on 127.0.0.1: answers each request with the next status of `statuses`."""

    def __init__(self, statuses, delay: float = 0.0):
        self.statuses = list(statuses)
        self.delay = delay
        self.seen: list[tuple[str, str, str | None]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                fake.seen.append((self.command, self.path, self.headers.get("Authorization")))
                time.sleep(fake.delay)
                status = fake.statuses.pop(0) if len(fake.statuses) > 1 else fake.statuses[0]
                body = b"boom: the store is broken\n" if status >= 400 else b""
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                try:
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the timeout test)

            do_GET = do_POST = do_PUT = answer

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake():
    made = []

    def make(statuses, delay=0.0):
        made.append(FakeStore(statuses, delay))
        return made[-1]
    yield make
    for f in made:
        f.close()


def one_line_error(result, *parts):
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    for part in parts:
        assert part in result.stderr, result.stderr


def test_an_endpoint_that_is_down_is_one_line_and_exit_1(seeds_graph):
    url = f"http://127.0.0.1:{free_port()}"
    result = run("load", str(seeds_graph), "--endpoint", f"{url}/store", "--retries", "1")
    one_line_error(result, f"{url}/store?default", "connection refused (after 2 attempts)")
    result = run("query", "actors", "--endpoint", f"{url}/query", "--retries", "0")
    one_line_error(result, f"{url}/query", "connection refused")


def test_an_endpoint_that_answers_500_is_one_line_and_exit_1(fake, seeds_graph):
    store = fake([500])
    result = run("load", str(seeds_graph), "--endpoint", f"{store.url}/store")
    one_line_error(result, f"{store.url}/store?default", "HTTP 500", "boom")
    assert len(store.seen) == 1, "a 500 is not retried"
    result = run("query", "meetings", "--endpoint", f"{store.url}/query")
    one_line_error(result, f"{store.url}/query", "HTTP 500")


def test_a_4xx_is_one_line(fake, seeds_graph):
    store = fake([404])
    one_line_error(run("load", str(seeds_graph), "--endpoint", f"{store.url}/nowhere"), "HTTP 404")
    one_line_error(run("query", "roles", "--endpoint", f"{store.url}/nowhere"), "HTTP 404")


def test_transient_failures_are_retried_with_exponential_backoff(fake, seeds_graph):
    store = fake([503, 502, 504, 204])
    delays = []
    endpoint = remote.Endpoint(f"{store.url}/store", retries=4, sleep=delays.append)
    assert remote.load(seeds_graph, endpoint)[0].graph is None
    assert delays == [0.5, 1.0, 2.0]
    assert [m for m, _p, _a in store.seen] == ["PUT"] * 4
    store = fake([503])
    endpoint = remote.Endpoint(f"{store.url}/store", retries=2, sleep=delays.append)
    with pytest.raises(EndpointError, match=r"HTTP 503 .*after 3 attempts"):
        remote.load(seeds_graph, endpoint)
    assert [remote.Endpoint("http://x", backoff=0.5).delay(n) for n in range(6)] == [0.5, 1, 2, 4, 8, 8]


def test_a_store_that_does_not_answer_in_time_is_one_line(fake, seeds_graph):
    store = fake([204], delay=3)
    started = time.monotonic()
    result = run("load", str(seeds_graph), "--endpoint", f"{store.url}/store", "--timeout", "0.5")
    one_line_error(result, "no answer within 0.5 s")
    assert time.monotonic() - started < 3


def test_credentials_are_sent_and_never_echoed(fake, seeds_graph):
    store = fake([401])
    env = {"KG_USER": "alice", "KG_PASSWORD": "s3cret-pw"}
    result = run("load", str(seeds_graph), "--endpoint", f"{store.url}/store", env=env)
    one_line_error(result, "HTTP 401")
    result2 = run("query", "actors", "--endpoint", f"{store.url}/query", "--user", "bob", "--password", "pw-2")
    one_line_error(result2, "HTTP 401")
    for r in (result, result2):
        assert "s3cret" not in r.output + r.stderr and "pw-2" not in r.output + r.stderr
    tokens = [auth for _m, _p, auth in store.seen]
    assert tokens == ["Basic " + base64.b64encode(b"alice:s3cret-pw").decode(),
                      "Basic " + base64.b64encode(b"bob:pw-2").decode()]


def test_a_trig_file_refuses_graph_and_a_bad_file_sends_nothing(fake, seeds_build, tmp_path):
    store = fake([204])
    result = run("load", str(seeds_build / "graph.trig"), "--endpoint", f"{store.url}/store", "--graph", "http://x/g")
    one_line_error(result, "--graph")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    one_line_error(run("load", str(bad), "--endpoint", f"{store.url}/store"), str(bad))
    assert store.seen == []


@pytest.mark.parametrize("sparql, form", [
    ("# Add a row\n# per meeting\n# Delete nothing\nSELECT ?s WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX ask: <http://example.org/select#>\n  # drop it\nask { ?s ?p ?o }", "ASK"),
    ("BASE <http://example.org/>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("INSERT DATA { <a> <b> <c> }", "INSERT"),
    ("# nothing but a comment\n", None),
])
def test_the_query_form_is_read_past_comment_lines_and_prefixes(sparql, form):
    assert remote.query_form(sparql) == form


def test_comment_lines_with_keywords_do_not_turn_a_select_into_an_update(loaded):
    sparql = "# Add up the articles\n# Load nothing\n# Delete nothing\n" + COUNT_UNION
    assert int(remote.select(remote.Endpoint(f"{loaded.url}/query"), sparql).bindings[0]["n"]["value"]) > 0
