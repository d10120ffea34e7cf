"""`ainews ingest --dask ADDRESS`: the analysis on a Dask distributed cluster (a
LocalCluster of worker processes here) stores exactly what a local run stores."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")

from test_reliability import corpus, stored  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=True) as local:
        yield local


def ingest(args: list[str], db: Path, aliases: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AINEWS_HOME": str(db.parent)}
    if aliases is not None:
        env["AINEWS_ALIASES"] = str(aliases)
    return subprocess.run([sys.executable, "-m", "ainews_cli", "ingest", *args, "--db", str(db), "--json"],
                          capture_output=True, text=True, env=env, timeout=600)


def derived(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """The tables the queries read, in a stable order."""
    with sqlite3.connect(db) as connection:
        return {
            "documents": connection.execute("SELECT * FROM documents ORDER BY doc").fetchall(),
            "mentions": connection.execute("SELECT * FROM mentions ORDER BY doc, start, name").fetchall(),
            "events": connection.execute("SELECT doc, data FROM events ORDER BY doc, data").fetchall(),
            "facts": connection.execute("SELECT doc, data FROM facts ORDER BY doc, data").fetchall(),
        }


@pytest.mark.slow
def test_a_dask_ingest_stores_what_a_local_ingest_stores(tmp_path: Path, cluster: distributed.LocalCluster) -> None:
    docs = corpus(tmp_path / "corpus", 70)  # two batches: both workers get work
    # A user alias file: the client reads it and sends its text to the workers.
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"entities": [{"name": "Sam Altman", "type": "PERSON",
                                                 "aliases": ["Mr. Altman"]},
                                                {"name": "Tech Twitter", "type": "ORG",
                                                 "aliases": ["tech Twitter"]}]}), encoding="utf-8")
    local = tmp_path / "local" / "a.db"
    local.parent.mkdir()
    assert ingest([str(docs), str(ROOT / "seeds")], local, aliases).returncode == 0
    remote = tmp_path / "dask" / "a.db"
    remote.parent.mkdir()
    result = ingest([str(docs), str(ROOT / "seeds"), "--dask", cluster.scheduler_address], remote, aliases)
    assert result.returncode == 0, result.stderr
    assert [r["status"] for r in json.loads(result.stdout)] == ["new"] * 74
    assert stored(remote) == stored(local)
    assert derived(remote) == derived(local)
    with sqlite3.connect(remote) as connection:
        assert connection.execute("SELECT count(*) FROM mentions WHERE name = 'Tech Twitter'").fetchone()[0] > 0
    # Unchanged documents are not sent to the cluster again.
    again = ingest([str(docs), "--dask", cluster.scheduler_address], remote, aliases)
    assert {r["status"] for r in json.loads(again.stdout)} == {"cached"}


@pytest.mark.slow
def test_workers_with_another_pipeline_version_get_no_work(tmp_path: Path,
                                                           cluster: distributed.LocalCluster) -> None:
    with distributed.Client(cluster.scheduler_address) as client:
        client.run(_set_revision, "other")
        try:
            db = tmp_path / "a.db"
            result = ingest([str(ROOT / "seeds"), "--dask", cluster.scheduler_address], db)
        finally:
            client.run(_set_revision, None)
    assert result.returncode == 2
    assert "runs another ainews version or other spaCy pipelines" in result.stderr
    assert "install the same ainews and models on the workers" in result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def _set_revision(value: str | None) -> None:
    from ainews_cli import analyse

    original = analyse.__dict__.setdefault("_ORIGINAL_REVISION", analyse.PIPELINE_REVISION)
    analyse.PIPELINE_REVISION = value or original


@pytest.mark.slow  # the Dask client tries the closed port for its whole 10 s connect timeout
def test_an_unreachable_scheduler_is_one_line_with_the_fix(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "AINEWS_HOME": str(tmp_path), "AINEWS_DASK": f"tcp://127.0.0.1:{port}"}
    result = subprocess.run([sys.executable, "-m", "ainews_cli", "ingest", str(ROOT / "seeds")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("ainews: error:")]
    assert len(lines) == 1, result.stderr
    assert f"cannot reach the Dask scheduler at 'tcp://127.0.0.1:{port}'" in lines[0]
    assert "dask scheduler" in lines[0]
