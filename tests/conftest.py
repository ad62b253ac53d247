"""Shared fixtures: the seeds built once per test session, through the CLI."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPORTS = ROOT / "exports"


def run(*args: str, **kwargs):
    """Run `kg ARGS...` through click's CliRunner; stderr kept apart."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """The seeds built into a fresh folder: the folder holding graph.ttl and network.html."""
    out = tmp_path_factory.mktemp("seeds-build")
    result = run("build", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def seeds_graph(seeds_build) -> Path:
    return seeds_build / "graph.ttl"


def need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed; run the tests through scripts/test, which installs it")
    return path
