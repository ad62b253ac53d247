"""Remote triple stores: uploading through the SPARQL 1.1 Graph Store HTTP Protocol, querying
through the SPARQL 1.1 Protocol (SPARQLWrapper).

Loading replaces a graph with one PUT, so the store swaps the old graph for
the new one in one request: a load that fails (refused, cut off, rejected)
leaves the previous version in place. A TriG or N-Quads file is sent as one
PUT per graph it names, in IRI order: each graph is replaced whole or not at
all, graphs the file does not name are left alone, and running the same load
again after a failure finishes the job (PUT is idempotent).

Transient failures — connection refused or reset, HTTP 502, 503, 504 — are
retried with exponential backoff (0.5 s, 1 s, 2 s, ... at most 8 s between
tries, `retries` times); anything else is an `EndpointError` at once: one
line with the URL and what went wrong. Credentials go in an HTTP Basic
`Authorization` header and never into a message.
"""
from __future__ import annotations

import base64
import http.client
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import EndpointError, InputError, QueryError

TRANSIENT_STATUS = frozenset({502, 503, 504})
MAX_DELAY = 8.0
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass
class Endpoint:
    """A SPARQL query endpoint or Graph Store endpoint, with how to talk to it."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 0.5
    sleep: object = field(default=time.sleep, repr=False)

    def __post_init__(self):
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EndpointError(f"{self.url}: not an http(s) URL")

    @property
    def shown(self) -> str:
        """The URL as messages show it: without any user:password@ part."""
        return _safe(self.url)

    def headers(self) -> dict[str, str]:
        if self.user is None:
            return {}
        token = base64.b64encode(f"{self.user}:{self.password or ''}".encode("utf-8")).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    def delay(self, attempt: int) -> float:
        return min(self.backoff * 2 ** attempt, MAX_DELAY)


def _safe(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if "@" in parts.netloc:
        parts = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1])
    return urllib.parse.urlunsplit(parts)


class _Transient(Exception):
    def __init__(self, what: str):
        self.what = what


def _with_retries(endpoint: Endpoint, url: str, call):
    """Run `call()`, retrying transient failures; EndpointError for the rest."""
    for attempt in range(endpoint.retries + 1):
        try:
            return call()
        except _Transient as exc:
            if attempt == endpoint.retries:
                tries = endpoint.retries + 1
                raise EndpointError(f"{_safe(url)}: {exc.what} (after {tries} attempt{'s' if tries != 1 else ''})") from None
            endpoint.sleep(endpoint.delay(attempt))
    raise AssertionError("unreachable")


def _classify(url: str, exc: BaseException, timeout: float):
    """Turn an error of urllib into _Transient (retry) or EndpointError (give up)."""
    if isinstance(exc, urllib.error.HTTPError):
        status = f"HTTP {exc.code} {exc.reason}".rstrip()
        if exc.code in TRANSIENT_STATUS:
            return _Transient(status)
        detail = _first_line(exc)
        return EndpointError(f"{_safe(url)}: {status}" + (f": {detail}" if detail else ""))
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return EndpointError(f"{_safe(url)}: no answer within {timeout:g} s")
    if isinstance(reason, ConnectionRefusedError):
        return _Transient("connection refused")
    if isinstance(reason, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                           http.client.RemoteDisconnected, http.client.IncompleteRead)):
        return _Transient("connection reset")
    if isinstance(reason, socket.gaierror):
        return EndpointError(f"{_safe(url)}: unknown host")
    text = str(getattr(reason, "strerror", None) or reason)
    return EndpointError(f"{_safe(url)}: {text}")


def _first_line(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(2000).decode("utf-8", "replace")
    except Exception:  # the body is a courtesy; the status says enough
        return ""
    line = next((l.strip() for l in body.splitlines() if l.strip()), "")
    return line[:200]


def _send(endpoint: Endpoint, method: str, url: str, body: bytes, content_type: str) -> int:
    headers = {"Content-Type": content_type, **endpoint.headers()}

    def call():
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
                response.read()
                return response.status
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise _classify(url, exc, endpoint.timeout) from None

    return _with_retries(endpoint, url, call)


# ---------------------------------------------------------------- loading

@dataclass(frozen=True)
class Loaded:
    graph: str | None  # None: the default graph
    triples: int

    def line(self) -> str:
        where = f"<{self.graph}>" if self.graph else "the default graph"
        return f"{self.triples} triples → {where}"


def graph_url(store: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph: ?graph=IRI, or ?default."""
    sep = "&" if urllib.parse.urlsplit(store).query else "?"
    if graph is None:
        return f"{store}{sep}default"
    return f"{store}{sep}graph={urllib.parse.quote(graph, safe='')}"


def read_graphs(path: str | Path) -> tuple[bool, dict[str | None, list]]:
    """The file's triples by graph (None: the default graph), and whether its format names graphs."""
    import pyoxigraph as ox

    from kg.graph import rdf_format

    path = Path(path)
    fmt = rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with: kg build ARTICLES --out DIR")
    graphs: dict[str | None, list] = {}
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            graphs.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {exc.msg}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the graph ({exc})") from None
    return fmt.supports_datasets, graphs


def load(path: str | Path, endpoint: Endpoint, graph: str | None = None) -> list[Loaded]:
    """Upload a graph file to a Graph Store endpoint, replacing the graphs it holds.

    A Turtle, N-Triples, JSON-LD or RDF/XML file replaces the graph `graph`
    (the default graph when None) with one PUT. A TriG or N-Quads file
    replaces each graph it names with one PUT per graph; `graph` must then
    be None. The file is read whole before the first request, so a file
    that does not parse changes nothing.
    """
    import pyoxigraph as ox

    dataset, graphs = read_graphs(path)
    if dataset and graph is not None:
        raise InputError(f"{path}: a {Path(path).suffix} file names its own graphs; "
                         "--graph is for Turtle, N-Triples and JSON-LD files")
    if not dataset:
        graphs = {graph: graphs.get(None, [])}
    done = []
    for name in sorted(graphs, key=lambda g: (g is None, g or "")):
        triples = graphs[name]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        _send(endpoint, "PUT", graph_url(endpoint.url, name), body, "application/n-triples")
        done.append(Loaded(name, len(set(triples))))
    return done


# ---------------------------------------------------------------- querying

_COMMENT_LINE = re.compile(r"^[ \t]*#.*$", re.MULTILINE)
_PREFIX = re.compile(r"(PREFIX\s+[\w.-]*:\s*|BASE\s+)<[^>]*>", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b",
                   re.IGNORECASE)


def query_form(sparql: str) -> str | None:
    """The query's form ("SELECT", "ASK"...): its first keyword once comment lines and the
    prologue are set aside; None if there is none."""
    found = _FORM.search(_PREFIX.sub(" ", _COMMENT_LINE.sub("", sparql)))
    return found.group(1).upper() if found else None


def select(endpoint: Endpoint, sparql: str):
    """Run a SELECT query on a SPARQL endpoint: the same `graph.Results` as a local query."""
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    from kg.graph import Results

    client = SPARQLWrapper(endpoint.url)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(max(1, int(round(endpoint.timeout))))
    client.addCustomHttpHeader("User-Agent", "kg")
    for name, value in endpoint.headers().items():
        client.addCustomHttpHeader(name, value)
    client.setQuery(sparql)
    # SPARQLWrapper's own guess reads every other comment line ("# Add ..." made an update);
    # with no keyword at all, the endpoint says what is wrong
    client.queryType = query_form(sparql) or "SELECT"
    if client.queryType != "SELECT":
        raise QueryError("only SELECT queries can be printed as a table or results; this one is not a SELECT")

    def call():
        try:
            return client.query().convert()
        except SPARQLWrapperException as exc:
            raise EndpointError(f"{endpoint.shown}: {_wrapper_status(exc)}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise _classify(endpoint.url, exc, endpoint.timeout) from None
        except ValueError as exc:  # the answer is not JSON
            raise EndpointError(f"{endpoint.shown}: the answer is not SPARQL JSON results ({exc})") from None

    data = _with_retries(endpoint, endpoint.url, call)
    if not isinstance(data, dict) or "head" not in data or "results" not in data:
        raise EndpointError(f"{endpoint.shown}: the answer is not SPARQL JSON results")
    variables = list(data["head"].get("vars", []))
    bindings = [{v: _term(row[v]) for v in variables if v in row} for row in data["results"]["bindings"]]
    return Results(variables, bindings)


_WRAPPER_STATUS = {"QueryBadFormed": "HTTP 400 Bad Request", "Unauthorized": "HTTP 401 Unauthorized",
                   "EndPointNotFound": "HTTP 404 Not Found", "URITooLong": "HTTP 414 URI Too Long",
                   "EndPointInternalError": "HTTP 500 Internal Server Error"}


def _wrapper_status(exc) -> str:
    status = _WRAPPER_STATUS.get(type(exc).__name__, type(exc).__name__)
    response = getattr(exc, "response", None) or b""
    if isinstance(response, bytes):
        response = response.decode("utf-8", "replace")
    line = next((l.strip() for l in str(response).splitlines() if l.strip()), "")
    return status + (f": {line[:200]}" if line else "")


def _term(term: dict) -> dict:
    """A result term as a local query writes it (SPARQL 1.0 typed-literal, xsd:string made plain)."""
    out = dict(term)
    if out.get("type") == "typed-literal":
        out["type"] = "literal"
    if "xml:lang" in out or out.get("datatype") in (XSD_STRING, RDF_LANGSTRING):
        out.pop("datatype", None)
    return out
