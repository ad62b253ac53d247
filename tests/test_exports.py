"""exports/ is what `kg build seeds --out exports` writes, and the files are standard."""
from __future__ import annotations

import re
import subprocess

from tests.conftest import EXPORTS, need


def test_exports_are_up_to_date(seeds_build):
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "network.html"):
        committed = (EXPORTS / name).read_bytes()
        fresh = (seeds_build / name).read_bytes()
        assert committed == fresh, (f"exports/{name} is stale: rebuild it with "
                                    "`kg build seeds --out exports` and commit it")


def test_rapper_accepts_the_turtle(seeds_graph):
    rapper = need("rapper")
    proc = subprocess.run([rapper, "-i", "turtle", "-c", str(seeds_graph)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"returned \d+ triples", proc.stderr)


def test_network_html_loads_nothing_from_the_network(seeds_build):
    page = (seeds_build / "network.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I)
    assert "@import" not in page
