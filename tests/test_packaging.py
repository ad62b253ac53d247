"""The wheel a user installs carries the named queries, the ontology and the data."""
from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_ships_queries_ontology_and_data(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("kg_news-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for query in ("actors", "roles", "meetings", "visits", "gifts", "statements", "sanctions", "claims"):
        assert f"kg/queries/{query}.rq" in names
    assert "kg/ontology/kg.ttl" in names
    assert "kg/data/gazetteer.json" in names
    assert any(n.startswith("kg/data/cues/") and n.endswith(".json") for n in names)
    # the learned actor check: its weights and config, and the config that retrains it
    assert {"kg/data/models/actors/meta.json", "kg/data/models/actors/textcat/model", "kg/learn/actors.cfg"} <= names
    assert any(n.endswith("entry_points.txt") for n in names)
