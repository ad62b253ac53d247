"""The `kg` command line. Each command parses its options, calls the library, prints."""
from __future__ import annotations

import io
import os
import signal
import sys
import threading
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError


class KgGroup(click.Group):
    """Turns kg's errors into one line on stderr and an exit code, never a traceback."""

    #: Commands defined in another module, imported only when asked for (or listed): `kg build`
    #: starts a rebuild's worker sooner without them.
    LAZY = {"actors": ("kg.review", "actors")}

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx, name):
        if name in self.LAZY and name not in self.commands:
            import importlib
            module, attribute = self.LAZY[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name=name)
        return super().get_command(ctx, name)

    def invoke(self, ctx):
        previous = _terminate_as_interrupt()
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing was written.", err=True)
            ctx.exit(130)
        except OSError as exc:  # disk full, permission denied...: the system's reason, on one line
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"Error: {where}{exc.strerror or exc}", err=True)
            ctx.exit(1)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _terminate_as_interrupt():
    """SIGTERM stops kg the way Ctrl-C does (files kept whole, one line); the previous handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt
    return signal.signal(signal.SIGTERM, interrupt)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """Build knowledge graphs of French news: actors, meetings, visits, gifts,
    statements, sanctions and claims, each with the article and sentence it
    comes from. Run `kg COMMAND --help` for each command's options.

    \b
    Example:
        kg build seeds --out exports
        kg query --list
        kg query meetings --graph exports/graph.ttl
        kg validate exports/graph.ttl
        kg load exports/graph.trig --endpoint http://localhost:7878/store
        kg viz exports/graph.ttl --out network.html
        kg eval my-gold.json --input my-articles/
        kg actors exports/graph.ttl --unlinked --toml >> seeds/kg.toml
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl, graph.trig, graph.jsonld and network.html.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--strict", is_flag=True,
              help="Stop, writing nothing, at any input file that is not an article "
                   "(default: skip it with a warning).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Parse and extract in N worker processes (each loads the spaCy model once). "
                   "With 1, kg parses on two threads beside its extraction when the machine has "
                   "more than one CPU.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run per-article extraction on the Dask cluster whose scheduler is at ADDRESS "
                   "(tcp://host:8786); needs kg-news[dask].")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path),
              help="Folder of the extraction cache [default: OUT/.kg-cache].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Also load the graph into the on-disk store DIR (for graphs larger than memory; "
                   "query it with kg query NAME --store DIR).")
@click.option("--knowledge", "knowledge_file", type=click.Path(path_type=Path), metavar="FILE",
              help="Your knowledge file (TOML): actors kg does not know, merges, names that are not "
                   "actors, facts to reject (see docs/knowledge.md) [default: kg.toml in a folder of INPUTS].")
def build(inputs, out_dir, quiet, strict, jobs, dask_address, cache_dir, no_cache, store_dir, knowledge_file):
    """Read articles (.txt files, or folders of them) and write their knowledge graph.

    Writes OUT/graph.ttl (Turtle), OUT/graph.trig (one named graph per
    article), OUT/graph.jsonld and OUT/network.html (the interactive
    network). The files are written all together or not at all; the same
    articles always give the same bytes.

    \b
    Example:
        kg build seeds --out exports
        kg build article1.txt article2.txt --out /tmp/kg
        kg build archive/ --out big --jobs 2
        kg build archive/ --out big --dask tcp://scheduler:8786

    An article whose text, and kg's extraction, are unchanged since the last
    build is not parsed again: its records come from the cache.

    What you know better than kg goes in a knowledge file, applied at every
    build: your actors (names, variants, type, Wikidata id, country), pairs
    that are one actor, names that are not actors, facts to reject. An edit
    of it re-reads only the articles that write the names it changes. See
    docs/knowledge.md, and `kg actors GRAPH --unlinked --toml` to start one.
    """
    from kg import build as build_mod, knowledge, pipeline
    from kg.cache import Cache, default_dir

    path = knowledge_file or knowledge.find(list(inputs))
    known = knowledge.load(path) if path is not None else None
    knowledge.use(known)  # (before the worker forks: it extracts with it too)
    store = None if no_cache else Cache(cache_dir or default_dir(out_dir))
    # a rebuild's changed articles are parsed in a worker that loads the model while the articles
    # are read; it ends as soon as the build finds it has nothing to parse
    worker = pipeline.start_worker(store, jobs, dask_address)
    options = {"jobs": jobs, "dask": dask_address, "cache": store, "worker": worker}
    def say(line):
        click.echo(line, err=True)
    try:
        reading = build_mod.read_inputs(list(inputs), strict=strict, warn=say, note=None if quiet else say)
        articles = reading.articles
        show = not quiet and len(articles) > 1 and sys.stderr.isatty()
        with click.progressbar(length=len(articles), label="Extracting", file=sys.stderr,
                               hidden=not show) as bar:
            report = build_mod.build(articles, out_dir, progress=lambda _a: bar.update(1), knowledge=known,
                                     **options)
    finally:
        if worker is not None:
            worker.close()
        knowledge.use(None)
    report.skipped, report.duplicates = len(reading.skipped), reading.duplicates
    for line in report.warnings:
        say(f"Warning: {line}")
    if store_dir is not None:
        from kg import graph as graph_mod
        graph_mod.load(out_dir / "graph.ttl", store_dir)
    if not quiet:
        for line in report.lines():
            click.echo(line)


def _remote_options(command):
    """--user, --password, --timeout, --retries: how kg talks to a SPARQL endpoint or graph store."""
    options = [
        click.option("--user", envvar="KG_USER", help="User name for HTTP Basic authentication [env: KG_USER]."),
        click.option("--password", envvar="KG_PASSWORD",
                     help="Password for HTTP Basic authentication [env: KG_PASSWORD]; never printed."),
        click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1),
                     help="Seconds to wait for each answer."),
        click.option("--retries", default=4, show_default=True, type=click.IntRange(min=0),
                     help="Retries of refused or reset connections and HTTP 502/503/504, "
                          "with exponential backoff (0.5 s, 1 s, 2 s... at most 8 s)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _endpoint(url, user, password, timeout, retries):
    from kg.remote import Endpoint

    return Endpoint(url, user=user, password=password, timeout=timeout, retries=retries)


@cli.command()
@click.argument("name", required=False)
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), help="Graph file to query (Turtle, TriG, N-Triples...).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table",
              show_default=True, help="table for reading; json, csv, tsv are the W3C SPARQL 1.1 result formats.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and what each answers.")
@click.option("--endpoint", metavar="URL",
              help="Query this SPARQL endpoint instead of a file (Oxigraph: http://HOST:7878/query).")
@_remote_options
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="On-disk graph store (for graphs larger than memory): query it, or, with --graph, "
                   "load the file into it first.")
def query(name, graph_file, fmt, list_, endpoint, user, password, timeout, retries, store_dir):
    """Run a named query, or a SPARQL file, on a graph or on a SPARQL endpoint.

    NAME is one of the named queries (see --list) or a path to a .rq file.
    With --endpoint, the query runs on a remote store (SPARQL 1.1 Protocol)
    and prints the same rows as on the file that was loaded there: the store
    must query the union of its graphs by default (oxigraph serve
    --union-default-graph) when the graphs were loaded from graph.trig.

    \b
    Example:
        kg query --list
        kg query statements --graph exports/graph.ttl
        kg query meetings --graph exports/graph.ttl --format json
        kg query my-query.rq --graph exports/graph.ttl --format csv
        kg query actors --store big/store
        kg query meetings --endpoint http://localhost:7878/query
        KG_USER=me KG_PASSWORD=secret kg query actors --endpoint https://example.org/sparql
    """
    from kg import graph as graph_mod

    if list_:
        queries = graph_mod.named_queries()
        width = max(len(n) for n in queries)
        for q in queries.values():
            click.echo(f"{q.name.ljust(width)}  {q.description}")
        return
    if not name:
        raise click.UsageError("give a query NAME or FILE.rq (kg query --list shows the names)")
    if graph_file is None and endpoint is None and store_dir is None:
        raise click.UsageError("give the graph to query with --graph FILE, --store DIR, or an endpoint with "
                               "--endpoint URL")
    sparql = graph_mod.query_text(name)
    if endpoint is not None:
        from kg import remote

        results = remote.select(_endpoint(endpoint, user, password, timeout, retries), sparql)
        click.echo(results.render(fmt).encode("utf-8"), nl=False)
        return
    if graph_file is not None:
        store = graph_mod.load(graph_file, store_dir)
    else:
        store = graph_mod.open_store(store_dir, create=False)
    results = graph_mod.select(store, sparql, source=name)
    click.echo(results.render(fmt).encode("utf-8"), nl=False)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--out", "out_file", default="network.html", show_default=True, type=click.Path(path_type=Path),
              help="The HTML file to write.")
@click.option("--focus", "focus", multiple=True, metavar="NAME",
              help="Open on the relationship between two actors or countries (give it twice): "
                   "their people, the relations between the two sides, and the actors related to "
                   "both. Once: that actor's neighbourhood.")
@click.option("--knowledge", "knowledge_file", type=click.Path(path_type=Path), metavar="FILE",
              help="The knowledge file the graph was built with: the countries of your actors place "
                   "them on their sides (the page `kg build` writes has them already).")
def viz(graph_file, out_file, focus, knowledge_file):
    """Draw the interactive network of a built graph as one self-contained HTML file.

    The page needs no network: open it from disk in any browser.

    \b
    Example:
        kg viz exports/graph.ttl --out network.html
        kg viz exports/graph.ttl --focus Russie --focus "Corée du Nord" --out ru-kp.html
        kg viz exports/graph.ttl --knowledge my-knowledge.toml --out network.html
    """
    from kg import graph as graph_mod, knowledge
    from kg import viz as viz_mod
    from kg.fileio import atomic_write

    if len(focus) > 2:
        raise click.UsageError("--focus is given once (an actor) or twice (two sides), not "
                               f"{len(focus)} times")
    known = knowledge.load(knowledge_file) if knowledge_file is not None else None
    store = graph_mod.load(graph_file)
    knowledge.use(known)
    try:
        atomic_write(out_file, lambda out: viz_mod.write_page((q.triple for q in store), out, focus))
    finally:
        knowledge.use(None)
    click.echo(f"wrote {out_file}")


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              required=True, help="The syntax to write.")
@click.option("--out", "out_file", type=click.Path(path_type=Path), help="The file to write [default: stdout].")
def export(graph_file, fmt, out_file):
    """Convert a graph file to another RDF syntax.

    GRAPH is Turtle, TriG, N-Triples, N-Quads or JSON-LD (by its suffix).
    trig and nquads keep the named graphs (graph.trig: one per article);
    turtle, ntriples and jsonld write the union of all the graphs. jsonld is
    compacted with kg's context (ontology/context.jsonld). The statements
    keep the order of GRAPH (kg build writes sorted files, so they stay
    sorted): the same file always gives the same bytes, and a file exported
    to its own syntax is unchanged.

    \b
    Example:
        kg export exports/graph.trig --format nquads --out graph.nq
        kg export exports/graph.ttl --format jsonld --out graph.jsonld
        kg export exports/graph.ttl --format ntriples | sort | head
    """
    from kg import export as export_mod
    from kg.fileio import atomic_write

    if out_file is None:  # held until complete: a bad file prints nothing but its error
        buf = io.BytesIO()
        export_mod.convert(graph_file, fmt, buf)
        click.echo(buf.getvalue(), nl=False)
    else:  # streamed into a temporary file, renamed into place once complete
        atomic_write(out_file, lambda fh: export_mod.convert(graph_file, fmt, fh))
        click.echo(f"wrote {out_file}", err=True)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--shapes", "shapes_file", type=click.Path(path_type=Path),
              help="SHACL shapes to check against [default: kg's own, ontology/shapes.ttl].")
def validate(graph_file, shapes_file):
    """Check a graph against SHACL shapes (pySHACL, no inference).

    Prints one line per violation (focus node, path, message) and exits 0
    when the graph conforms, 1 when it does not, 2 when the shapes cannot be
    loaded.

    \b
    Example:
        kg validate exports/graph.ttl
        kg validate exports/graph.ttl --shapes my-shapes.ttl
    """
    from kg import shacl

    shapes = shacl.load_shapes(shapes_file)
    data = shacl.read(graph_file)
    report = shacl.validate(data, shapes)
    for line in report.lines():
        click.echo(line)
    if not report.conforms:
        sys.exit(1)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--endpoint", metavar="URL", required=True,
              help="The Graph Store Protocol endpoint (Oxigraph: http://HOST:7878/store; Fuseki: http://HOST:3030/DATASET/data).")
@click.option("--graph", "graph_iri", metavar="IRI",
              help="Named graph to replace with a Turtle, N-Triples or JSON-LD file [default: the default graph].")
@_remote_options
def load(graph_file, endpoint, graph_iri, user, password, timeout, retries):
    """Upload a graph file to a triple store (SPARQL 1.1 Graph Store HTTP Protocol).

    Each graph is replaced with one PUT, so a load that fails leaves the
    previous version of the graph in place. A TriG or N-Quads file (such as
    graph.trig, one named graph per article) is sent as one PUT per graph it
    names; other graphs in the store are left alone. Transient failures are
    retried (see --retries).

    \b
    Example:
        kg load exports/graph.trig --endpoint http://localhost:7878/store
        kg load exports/graph.ttl --endpoint http://localhost:3030/kg/data --graph https://example.org/news
        KG_USER=admin KG_PASSWORD=secret kg load exports/graph.ttl --endpoint https://example.org/store
    """
    from kg import remote

    for loaded in remote.load(graph_file, _endpoint(endpoint, user, password, timeout, retries), graph_iri):
        click.echo(loaded.line())


@cli.command(name="eval")
@click.argument("gold_files", metavar="GOLD...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--input", "input_dir", type=click.Path(path_type=Path),
              help="The articles GOLD annotates [default: the folder beside GOLD, GOLD without .json].")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path),
              help="Score this already built graph instead of building the articles.")
@click.option("--verbose", "-v", is_flag=True, help="List every missed fact and every false positive.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_(gold_files, input_dir, graph_file, verbose, as_json):
    """Score kg on your own annotated articles: precision, recall and F1 per fact type.

    GOLD is a JSON file that lists the actors and facts of a folder of
    articles (format and matching rules: docs/evaluation.md). kg builds the
    articles, runs its named queries on the graph and compares their rows
    with the gold. Also prints how often a matched meeting has the right
    place and date, as the matching pairs them and under the best pairing
    (docs/evaluation.md). With several GOLD files, each is scored on its own
    folder, then all together.

    \b
    Example:
        kg eval eval/dev-rukp-a.json
        kg eval gold.json --input my-articles/ -v
        kg eval eval/dev-*.json --json
    """
    import json as json_mod
    import tempfile

    from kg import evaluate

    if len(gold_files) > 1 and (input_dir or graph_file):
        raise click.UsageError("--input and --graph go with a single GOLD file")
    total, figures = evaluate.Score(), {}
    for gold_file in gold_files:
        gold = evaluate.load_gold(gold_file)
        with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
            graph = graph_file or _build_for_eval(input_dir or gold_file.with_suffix(""), Path(tmp))
            rows = _named_rows(graph)
        score = evaluate.evaluate(gold, rows)
        total.add(score)
        figures[str(gold_file)] = score.as_dict()
        if not as_json:
            if len(gold_files) > 1:
                click.echo(f"== {gold_file}")
            _print_score(score, verbose)
    if as_json:
        if len(gold_files) > 1:
            figures["total"] = total.as_dict()
        click.echo(json_mod.dumps(figures if len(gold_files) > 1 else figures[str(gold_files[0])], indent=2))
    elif len(gold_files) > 1:
        click.echo(f"== all {len(gold_files)} sets")
        _print_score(total, verbose=False)


def _build_for_eval(input_dir: Path, out_dir: Path) -> Path:
    from kg import build as build_mod

    if not input_dir.is_dir():
        from kg.errors import InputError
        raise InputError(f"{input_dir}: no folder of articles beside the gold file; give one with --input DIR")
    reading = build_mod.read_inputs([input_dir], warn=lambda line: click.echo(line, err=True))
    build_mod.build(reading.articles, out_dir, cache=None)
    return out_dir / "graph.ttl"


def _named_rows(graph_file: Path) -> dict:
    from kg import evaluate
    from kg import graph as graph_mod

    store = graph_mod.load(graph_file)
    rows = {}
    for name in ("actors", *evaluate.QUERIES.values()):
        results = graph_mod.select(store, graph_mod.query_text(name), source=name)
        rows[name] = [{var: term["value"] for var, term in row.items()} for row in results.bindings]
    return rows


def _print_score(score, verbose: bool) -> None:
    for line in score.table():
        click.echo(line)
    if verbose:
        for line in score.missed:
            click.echo(f"  missed: {line}")
        for line in score.false:
            click.echo(f"  false : {line}")
    facts = score.facts
    click.echo(f"facts F1 {facts.f1:.3f} (P {facts.precision:.3f} R {facts.recall:.3f}), "
               f"actors F1 {score.counts['actor'].f1:.3f}")


def main():
    """`kg`, leaving without the interpreter's teardown: freeing a loaded spaCy model object by
    object took 0.7 s at the end of every build that parsed (measured), a tenth of a rebuild.
    Everything kg writes is renamed into place and closed before the command returns."""
    try:
        cli(prog_name="kg")
        code = 0
    except SystemExit as exc:
        code = exc.code
    if not isinstance(code, int):
        if code is not None:
            print(code, file=sys.stderr)
        code = 0 if code is None else 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (`kg query ... | head`): what it read stands
        pass
    os._exit(code)
