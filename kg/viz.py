"""The interactive HTML network: actors as nodes, facts as edges, every script inlined.

Text from articles is escaped before it reaches the page.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from itertools import combinations

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.vocab import KG

COLORS = {"Person": "#1f77b4", "Country": "#d62728", "Organization": "#2ca02c", "Place": "#9467bd"}
SHAPES = {"Person": "dot", "Country": "diamond", "Organization": "square", "Place": "triangle"}
EDGE_COLORS = {"met": "#555555", "visited": "#9467bd", "gave a gift to": "#ff7f0e", "sanctions": "#d62728"}


def _label(g: Graph, node) -> str:
    return str(g.value(node, RDFS.label) or node)


def edges(g: Graph) -> list[tuple[str, str, str, str]]:
    """(source, target, kind, evidence) for each relation between two actors."""
    out = []

    def evidence(fact) -> str:
        sentences = sorted(str(g.value(ev, KG.sentence)) for ev in g.objects(fact, KG.evidence))
        return sentences[0] if sentences else ""

    for m in sorted(g.subjects(RDF.type, KG.Meeting)):
        for a, b in combinations(sorted(g.objects(m, KG.participant)), 2):
            out.append((str(a), str(b), "met", evidence(m)))
    for kind, cls, src, dst in (("visited", KG.Visit, KG.traveler, KG.destination),
                                ("gave a gift to", KG.Gift, KG.giver, KG.recipient),
                                ("sanctions", KG.Sanction, KG.imposer, KG.target)):
        for f in sorted(g.subjects(RDF.type, cls)):
            a, b = g.value(f, src), g.value(f, dst)
            if a is not None and b is not None:
                out.append((str(a), str(b), kind, evidence(f)))
    return out


def render(g: Graph) -> str:
    from pyvis.network import Network
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    actors = {}
    for cls in ("Person", "Country", "Organization", "Place"):
        for node in sorted(g.subjects(RDF.type, getattr(KG, cls))):
            actors[str(node)] = cls
    for node, cls in sorted(actors.items()):
        label = _label(g, node)
        net.add_node(node, label=label, title=html.escape(f"{label} ({cls})"),
                     color=COLORS[cls], shape=SHAPES[cls])
    grouped = defaultdict(list)
    for a, b, kind, ev in edges(g):
        if a in actors and b in actors:
            grouped[(a, b, kind)].append(ev)
    for (a, b, kind), evs in sorted(grouped.items()):
        net.add_edge(a, b, label=kind, title=html.escape(" | ".join(evs)), color=EDGE_COLORS[kind],
                     width=len(evs))
    page = net.generate_html(notebook=False)
    return strip_remote_resources(page)


_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def strip_remote_resources(page: str) -> str:
    """pyvis links Bootstrap from a CDN even with inlined resources: drop every remote load."""
    return _REMOTE.sub("", page)
