"""The same articles give byte-identical files, whatever the names and order of the input files."""
from __future__ import annotations

import shutil

from tests.conftest import SEEDS, run

FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "network.html")


def test_renamed_and_reordered_inputs_give_identical_bytes(seeds_build, tmp_path):
    originals = sorted(SEEDS.glob("*.txt"))
    assert len(originals) >= 2
    renamed = tmp_path / "articles"
    renamed.mkdir()
    # other names, sorting in the reverse order of the originals, given one by one in that order
    copies = []
    for i, path in enumerate(reversed(originals)):
        copy = renamed / f"{i:02d}-{path.stem[::-1]}.txt"
        shutil.copyfile(path, copy)
        copies.append(copy)
    out = tmp_path / "out"
    result = run("build", *map(str, copies), "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    for name in FILES:
        assert (out / name).read_bytes() == (seeds_build / name).read_bytes(), f"{name} depends on the input files' names or order"
