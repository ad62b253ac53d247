"""`kg build --dask`: extraction on a Dask cluster of worker processes gives the same bytes."""
from __future__ import annotations

import pytest

from tests.conftest import SEEDS, run

distributed = pytest.importorskip("distributed")


def test_dask_build_is_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.pipeline.DASK_CHUNK", 1)  # one article per task, so both workers take part
    inputs = [str(SEEDS / "001_ee42deb19c253f9e.txt"), str(SEEDS / "002_eb603a7251a024bf.txt")]
    local = tmp_path / "local"
    assert run("build", *inputs, "--out", str(local), "-q", "--no-cache").exit_code == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as cluster:
        remote = tmp_path / "dask"
        result = run("build", *inputs, "--out", str(remote), "-q", "--no-cache", "--dask", cluster.scheduler_address)
        assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "network.html"):
        assert (remote / name).read_bytes() == (local / name).read_bytes()


def test_dask_workers_are_told_the_knowledge_file(tmp_path, monkeypatch):
    # a name the file says is not an actor is dropped on the cluster as it is here
    monkeypatch.setattr("kg.pipeline.DASK_CHUNK", 1)
    known = tmp_path / "kg.toml"
    known.write_text('[[not_actor]]\nname = "Kremlin"\n', encoding="utf-8")
    inputs = [str(SEEDS / "001_ee42deb19c253f9e.txt"), str(SEEDS / "002_eb603a7251a024bf.txt")]
    local = tmp_path / "local"
    assert run("build", *inputs, "--out", str(local), "-q", "--no-cache", "--knowledge", str(known)).exit_code == 0
    assert "organization/kremlin" not in (local / "graph.ttl").read_text(encoding="utf-8")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as cluster:
        remote = tmp_path / "dask"
        result = run("build", *inputs, "--out", str(remote), "-q", "--no-cache", "--knowledge", str(known),
                     "--dask", cluster.scheduler_address)
        assert result.exit_code == 0, result.output
    assert (remote / "graph.trig").read_bytes() == (local / "graph.trig").read_bytes()


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.pipeline.DASK_TIMEOUT", "1s")
    result = run("build", str(SEEDS / "001_ee42deb19c253f9e.txt"), "--out", str(tmp_path / "o"), "-q",
                 "--no-cache", "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code != 0
    assert "Dask scheduler" in result.output
    assert not (tmp_path / "o" / "graph.ttl").exists()
