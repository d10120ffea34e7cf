"""Hostile input, crashes and concurrent use: nothing stored is lost or corrupted.

The hostile files are generated here; the crash test kills a real `ainews ingest`
subprocess with SIGKILL at random moments and checks the store after each kill.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def hostile_corpus(folder: Path) -> tuple[list[str], list[str]]:
    """Broken and hostile files (and two good ones): (bad names, good names)."""
    folder.mkdir()
    bad = {
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "nul.txt": b"text with a \x00 inside",
        "invalid-utf8.txt": b"caf\xe9 \x81\x8d",
        "bad-utf16.txt": b"\xff\xfe\x00\xd8",  # a lone surrogate
        "malformed-yaml.md": b"---\ntitle: [unclosed\n---\nbody",
        "yaml-bomb.md": b"---\na: &a [lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\n"
                        b"title: *c\n---\nbody",
        "huge-front-matter.md": b"---\n" + b"k: " + b"v" * 70_000 + b"\n---\nbody",
        "truncated.json": b'{"text": "OpenAI was fou',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "no-text.json": b'{"title": "a record without text"}',
        "too-big.txt": b"word " * 4_300_000,  # over the 20 MB limit
        "sitemap.xml": b'<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>',
        "app-shell.html": b'<html><body><div id="app"></div><script src="app.js"></script></body></html>',
        "endless.html": b"<html><body>" + b"<p>Microsoft hired Sam Altman.</p>" * 60_000 + b"</body></html>",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    good = {
        "empty.txt": b"",
        "latin1.txt": "Am Freitag übernahm Microsoft die Führung.".encode("latin-1"),
        "one-long-line.txt": b"x" * 1_000_000,
        "good.md": b"---\ndate: 2024-01-10\n---\nOn Monday, Microsoft invested in Mistral AI.\n",
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
    loop = folder / "loop"
    loop.mkdir()
    (loop / "up").symlink_to("..")  # a folder that contains itself
    return sorted(bad), sorted(good)


@pytest.mark.slow
def test_hostile_input_is_skipped_with_one_line_each_and_the_store_is_untouched(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert run("ingest", str(SEEDS[3]), "--db", str(db)).exit_code == 0
    before = run("timeline", "--db", str(db), "--json").stdout
    bad, good = hostile_corpus(tmp_path / "hostile")
    started = time.monotonic()
    result = run("ingest", str(tmp_path / "hostile"), "--db", str(db), "--json")
    assert time.monotonic() - started < 60
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert sorted(Path(line.split(": ")[1]).name.split("#")[0] for line in errors) == bad
    assert all(";" in line for line in errors)  # every message names the fix
    assert sorted(Path(r["doc"]).name for r in json.loads(result.stdout)) == good
    assert integrity(db) == "ok"
    after = json.loads(run("timeline", "--db", str(db), "--json").stdout)
    kept = [e for e in after if not e["sources"][0]["doc"].endswith("good.md")]
    assert kept == json.loads(before)
    check = json.loads(run("store", "check", "--db", str(db), "--json").stdout)
    assert check["ok"] and check["documents"] == 1 + len(good)


def test_yaml_aliases_are_refused_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.md"
    levels = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 12))
    path.write_text("---\nl0: &l0 [lol]\n" + levels + "title: *l11\n---\nbody\n")
    started = time.monotonic()
    result = run("ingest", str(path), "--db", str(tmp_path / "a.db"))
    assert time.monotonic() - started < 10
    assert result.exit_code == 3 and "aliases" in result.stderr


def test_the_pipeline_needs_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ainews tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = run("timeline", str(SEEDS[0]), "--db", str(tmp_path / "a.db"), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)


def corpus(folder: Path, count: int) -> Path:
    """``count`` distinct documents made from the seeds (distinct content: no reuse)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    for index in range(count):
        (folder / f"doc{index:03d}.txt").write_text(f"Document {index}.\n\n" + texts[index % len(texts)],
                                                   encoding="utf-8")
    return folder


def ingest_process(paths: list[Path], db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "AINEWS_HOME": str(db.parent)}
    return subprocess.Popen([sys.executable, "-m", "ainews_cli", "ingest", *map(str, paths), "--db", str(db),
                             "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def stored(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT d.doc, e.data FROM documents d JOIN extractions e ON e.key = d.key AND e.version = d.version"
        ).fetchall()
        missing = connection.execute(
            "SELECT count(*) FROM documents d LEFT JOIN extractions e ON e.key = d.key AND e.version = d.version "
            "WHERE e.key IS NULL").fetchone()[0]
    assert missing == 0, "a document without its extraction"
    return {doc: data for doc, data in rows}


@pytest.mark.slow
def test_sigkill_at_any_moment_loses_nothing_committed(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "corpus", 80)
    reference_db = tmp_path / "reference" / "a.db"
    reference_db.parent.mkdir()
    assert ingest_process([docs], reference_db).wait(timeout=300) == 0
    reference = stored(reference_db)

    db = tmp_path / "killed" / "a.db"
    db.parent.mkdir()
    rnd = random.Random(20261123)
    kills = 0
    seen: dict[str, str] = {}
    for _ in range(8):
        process = ingest_process([docs], db)
        time.sleep(rnd.uniform(0.3, 3.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
        assert integrity(db) == "ok"
        now = stored(db)
        # Everything committed before a kill is still there, unchanged.
        assert all(now[doc] == data for doc, data in seen.items())
        seen = now
    assert kills >= 4
    assert ingest_process([docs], db).wait(timeout=300) == 0
    assert stored(db) == reference


@pytest.mark.slow
def test_concurrent_ingests_and_a_reader_agree_with_a_sequential_run(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "corpus", 24)
    files = sorted(docs.glob("*.txt"))
    sequential = tmp_path / "sequential" / "a.db"
    sequential.parent.mkdir()
    assert ingest_process([docs], sequential).wait(timeout=300) == 0

    db = tmp_path / "concurrent" / "a.db"
    db.parent.mkdir()
    first = ingest_process(files[::2], db)
    second = ingest_process(files[1::2], db)
    readers = 0
    while first.poll() is None or second.poll() is None:
        if db.exists():
            reader = subprocess.run([sys.executable, "-m", "ainews_cli", "timeline", "--db", str(db), "--json"],
                                    capture_output=True, text=True, timeout=60)
            assert reader.returncode == 0, reader.stderr
            json.loads(reader.stdout)
            readers += 1
        time.sleep(0.2)
    assert first.returncode == 0 and second.returncode == 0, (first.stderr.read(), second.stderr.read())
    assert readers >= 1
    assert stored(db) == stored(sequential)
    timeline = [sys.executable, "-m", "ainews_cli", "timeline", "--json", "--db"]
    assert subprocess.run([*timeline, str(db)], capture_output=True, text=True).stdout == subprocess.run(
        [*timeline, str(sequential)], capture_output=True, text=True).stdout


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_exit_130_and_an_intact_store(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "corpus", 40)
    db = tmp_path / "a.db"
    process = ingest_process([docs], db)
    time.sleep(2.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    assert integrity(db) == "ok"
    stored(db)  # every stored document has its extraction
    assert ingest_process([docs], db).wait(timeout=300) == 0


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "corpus", 70)  # more than one batch of 64
    one = tmp_path / "one" / "a.db"
    one.parent.mkdir()
    assert ingest_process([docs], one).wait(timeout=300) == 0
    two = tmp_path / "two" / "a.db"
    two.parent.mkdir()
    env = {**os.environ, "AINEWS_HOME": str(two.parent), "AINEWS_WORKERS": "2"}
    result = subprocess.run([sys.executable, "-m", "ainews_cli", "ingest", str(docs), "--db", str(two), "--json"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert stored(two) == stored(one)
    assert integrity(two) == "ok"
