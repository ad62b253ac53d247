"""The graph layer: loading graph files, running SPARQL, writing results.

Queries run on Oxigraph (pyoxigraph), which parses and joins an order of
magnitude faster than rdflib's in-memory store; the rest of kg only sees
`load`, `select` and the W3C result formats below.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, QueryError

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3,
}
RESULT_FORMATS = ("table", "json", "csv", "tsv")


def rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise InputError(f"{path}: unknown graph format {path.suffix!r}; use one of {known}") from None


def open_store(directory: str | Path, create: bool = True) -> ox.Store:
    """The on-disk Oxigraph store in `directory`, for graphs larger than memory."""
    directory = Path(directory)
    if not create and not directory.is_dir():
        raise InputError(f"{directory}: no graph store there; make one with: kg build ARTICLES --store {directory}")
    try:
        return ox.Store(str(directory))
    except OSError as exc:
        raise InputError(f"{directory}: cannot open the graph store ({exc}); is another kg using it?") from None


def load(path: str | Path, store_dir: str | Path | None = None) -> ox.Store:
    """A store holding the graph file at `path` (named graphs kept, queried as a union).

    In memory, or with `store_dir` in the on-disk store there, emptied first.
    """
    path = Path(path)
    fmt = rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with: kg build ARTICLES --out DIR")
    if store_dir is None:
        store = ox.Store()
    else:
        store = open_store(store_dir)
        store.clear()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {_one_line(exc.msg)}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the graph ({exc})") from None
    if store_dir is not None:
        store.flush()
    return store


# ---------------------------------------------------------------- named queries

@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def _describe(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(l for l in lines if l).split(" Variables:")[0]


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped with kg, by name."""
    folder = resources.files("kg.queries")
    out = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            text = item.read_text(encoding="utf-8")
            name = item.name[:-3]
            out[name] = NamedQuery(name, _describe(text), text)
    return out


def query_text(name_or_path: str) -> str:
    """The SPARQL of a named query, or of a `.rq` file."""
    queries = named_queries()
    if name_or_path in queries:
        return queries[name_or_path].text
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the query ({exc})") from None
    known = ", ".join(queries)
    raise InputError(f"unknown query {name_or_path!r}; named queries: {known} (or give a .rq file)")


# ---------------------------------------------------------------- results

@dataclass
class Results:
    """SELECT results as the W3C JSON format holds them: variables, and bindings of terms."""

    vars: list[str]
    bindings: list[dict[str, dict]]

    def to_json(self) -> str:
        return json.dumps({"head": {"vars": self.vars}, "results": {"bindings": self.bindings}},
                          ensure_ascii=False, indent=1) + "\n"

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(self.vars)
        for row in self.bindings:
            writer.writerow([row[v]["value"] if v in row else "" for v in self.vars])
        return buf.getvalue()

    def to_tsv(self) -> str:
        lines = ["\t".join("?" + v for v in self.vars)]
        for row in self.bindings:
            lines.append("\t".join(_tsv_term(row[v]) if v in row else "" for v in self.vars))
        return "\n".join(lines) + "\n"

    def to_table(self, width: int = 60) -> str:
        cells = [[_short(row[v]["value"], width) if v in row else "" for v in self.vars]
                 for row in self.bindings]
        widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(self.vars)]
        def line(values):
            return "  ".join(val.ljust(w) for val, w in zip(values, widths)).rstrip()
        out = [line(self.vars), line(["-" * w for w in widths])]
        out += [line(r) for r in cells]
        out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(out) + "\n"

    def render(self, fmt: str) -> str:
        return getattr(self, f"to_{fmt}")()


def _short(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def _tsv_term(term: dict) -> str:
    value = term["value"]
    if term["type"] == "uri":
        return f"<{value}>"
    if term["type"] == "bnode":
        return f"_:{value}"
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    if "xml:lang" in term:
        return f'"{escaped}"@{term["xml:lang"]}'
    if "datatype" in term:
        return f'"{escaped}"^^<{term["datatype"]}>'
    return f'"{escaped}"'


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _one_line(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


_AT = re.compile(r"^error at (\d+):(\d+): ")


def sparql_error(exc: SyntaxError, sparql: str, source: str | None = None) -> QueryError:
    """The parser's message on one line, after `SOURCE:LINE:COLUMN:` and the text found there."""
    message = exc.msg or str(exc)
    where, near = source or "query", ""
    found = _AT.match(message)
    if found:
        line, column = int(found.group(1)), int(found.group(2))
        message = message[found.end():]
        where += f":{line}:{column}"
        lines = sparql.splitlines()
        if 0 < line <= len(lines):
            text = lines[line - 1][max(column - 1, 0):][:40].strip()
            near = f" near {text!r}" if text else " at the end of line"
        else:
            near = " at the end of the query"
    if message.startswith("expected one of") and len(message) > 120:
        message = message[:120].rsplit(",", 1)[0] + ", …"
    return QueryError(f"{where}: malformed SPARQL{near}: {_one_line(message)}")


def select(store: ox.Store, sparql: str, source: str | None = None) -> Results:
    """Run a SELECT query on a local store; `source` names the query in messages."""
    try:
        solutions = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise sparql_error(exc, sparql, source) from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("only SELECT queries can be printed as a table or results; this one is not a SELECT")
    variables = [v.value for v in solutions.variables]
    columns = list(enumerate(variables))
    bindings = []
    seen: dict = {}  # a term is converted once, however many rows hold it (at scale, most repeat)
    for solution in solutions:
        row = {}
        for i, v in columns:
            term = solution[i]
            if term is not None:
                value = seen.get(term)
                if value is None:
                    value = seen[term] = _json_term(term)
                row[v] = value
        bindings.append(row)
    return Results(variables, bindings)
