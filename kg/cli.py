"""The `kg` command line. Each command parses its options, calls the library, prints."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError


class KgGroup(click.Group):
    """Turns kg's errors into one line on stderr and an exit code, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing was written.", err=True)
            ctx.exit(130)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """Build knowledge graphs of French news: actors, meetings, visits, gifts,
    statements and sanctions, each with the article and sentence it comes from.

    \b
    Example:
        kg build seeds --out exports
        kg query meetings --graph exports/graph.ttl
        kg viz exports/graph.ttl --out network.html
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl and network.html.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(inputs, out_dir, quiet):
    """Read articles (.txt files, or folders of them) and write their knowledge graph.

    Writes OUT/graph.ttl (Turtle) and OUT/network.html (the interactive
    network). Every file is written whole or not at all.

    \b
    Example:
        kg build seeds --out exports
        kg build article1.txt article2.txt --out /tmp/kg
    """
    from kg import build as build_mod

    articles = build_mod.load_articles(list(inputs))
    show = not quiet and len(articles) > 1 and sys.stderr.isatty()
    with click.progressbar(length=len(articles), label="Extracting", file=sys.stderr,
                           hidden=not show) as bar:
        report = build_mod.build(articles, out_dir, progress=lambda _a: bar.update(1))
    if not quiet:
        for line in report.lines():
            click.echo(line)


@cli.command()
@click.argument("name", required=False)
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), help="Graph file to query (Turtle, TriG, N-Triples...).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table",
              show_default=True, help="table for reading; json, csv, tsv are the W3C SPARQL 1.1 result formats.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and what each answers.")
def query(name, graph_file, fmt, list_):
    """Run a named query, or a SPARQL file, on a graph.

    NAME is one of the named queries (see --list) or a path to a .rq file.

    \b
    Example:
        kg query --list
        kg query statements --graph exports/graph.ttl
        kg query meetings --graph exports/graph.ttl --format json
        kg query my-query.rq --graph exports/graph.ttl --format csv
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
    if graph_file is None:
        raise click.UsageError("give the graph to query with --graph FILE")
    sparql = graph_mod.query_text(name)
    store = graph_mod.load(graph_file)
    results = graph_mod.select(store, sparql)
    click.echo(results.render(fmt).encode("utf-8"), nl=False)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--out", "out_file", default="network.html", show_default=True, type=click.Path(path_type=Path),
              help="The HTML file to write.")
def viz(graph_file, out_file):
    """Draw the interactive network of a built graph as one self-contained HTML file.

    The page needs no network: open it from disk in any browser.

    \b
    Example:
        kg viz exports/graph.ttl --out network.html
    """
    from kg import viz as viz_mod
    from kg.fileio import atomic_write
    from kg.graph import rdf_format

    import rdflib
    rdf_format(graph_file)
    if not graph_file.is_file():
        raise KgError(f"{graph_file}: no such graph file; build one with: kg build ARTICLES --out DIR")
    try:
        g = rdflib.Graph().parse(graph_file)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise KgError(f"{graph_file}: not a graph kg can read ({exc})") from None
    atomic_write(out_file, viz_mod.render(g))
    click.echo(f"wrote {out_file}")


def main():
    cli(prog_name="kg")
