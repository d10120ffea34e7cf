"""Hostile input, crashes and concurrent use: nothing stored is lost or corrupted.

The hostile files are generated here.  The crash and Ctrl-C tests run a real `ainews
ingest` subprocess that tells its steps on a pipe (AINEWS_TRACE_FD, docs/config.md) and
send SIGKILL or SIGINT right after a known step, then check the store; no test sleeps.
How long hostile input takes is measured by benchmarks/linearity.py, not asserted here.
"""

from __future__ import annotations

import itertools
import json
import os
import selectors
import signal
import socket
import sqlite3
import subprocess
import sys
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
    result = run("ingest", str(tmp_path / "hostile"), "--db", str(db), "--json")
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert sorted(Path(line.split(": ")[1]).name.split("#")[0] for line in errors) == bad
    assert all(";" in line for line in errors)  # every message names the fix
    assert sorted(Path(r["doc"]).name for r in json.loads(result.stdout)) == good
    assert integrity(db) == "ok"
    after = json.loads(run("timeline", "--db", str(db), "--json").stdout)
    kept = [e for e in after if not e["sources"][0]["doc"].endswith("good.md")]

    def unweighed(events: list[dict]) -> list[dict]:  # importance is relative to the pile, which grew
        return [{key: value for key, value in e.items() if key != "importance"} for e in events]

    assert unweighed(kept) == unweighed(json.loads(before))
    check = json.loads(run("store", "check", "--db", str(db), "--json").stdout)
    assert check["ok"] and check["documents"] == 1 + len(good)


def test_yaml_aliases_are_refused_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.md"
    levels = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 12))
    path.write_text("---\nl0: &l0 [lol]\n" + levels + "title: *l11\n---\nbody\n")
    result = run("ingest", str(path), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 3 and "aliases" in result.stderr
    assert "error:" in result.stderr and "bomb.md" in result.stderr


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


BATCH = 64  # pipeline.BATCH_DOCUMENTS: short documents fill a batch by count, not by size


WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber basalt cedar dune ember fjord "
         "granite harbor iris jasper kelp lagoon meadow nectar onyx pebble quartz reef sable thistle umber "
         "violet willow yarrow zephyr").split()


def short_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` distinct short documents (two lines of a seed each, every other one dated),
    so that an ingest has several batches of 64 and each batch is quick to analyse."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [line.strip() for path in SEEDS for line in path.read_text(encoding="utf-8").split("---\n")[-1]
             .splitlines() if 60 <= len(line.strip()) <= 250]
    paths = []
    for index in range(count):
        front = "---\ndate: 2023-11-20\n---\n" if index % 2 == 0 else ""
        # A line of words of its own, so that no document is a copy of another (a copy costs
        # no analysis, and each batch must have work enough to be interrupted).
        own = " ".join(WORDS[(index * 7 + step * (index % 5 + 1)) % len(WORDS)] for step in range(30))
        second = lines[(7 * index + 3 + index // len(lines)) % len(lines)]
        text = f"{front}Document {index}: {own}.\n\n{lines[index % len(lines)]}\n{second}\n"
        path = folder / f"doc{index:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


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


# The longest any single step of these small ingests may take before a test gives up
# instead of hanging; a guard against a hung child, never a measure of speed.
HANG = 300


def _interruptible() -> None:
    """In the child: Ctrl-C interrupts, as at a terminal, even where the tests run in the
    background of a shell without job control (which starts them with SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Traced:
    """An `ainews ingest` subprocess that writes its steps to a pipe (AINEWS_TRACE_FD)."""

    runs = itertools.count()

    def __init__(self, paths: list[Path], db: Path, *, env: dict[str, str] | None = None) -> None:
        read, write = os.pipe()
        variables = {**os.environ, "AINEWS_HOME": str(db.parent), "AINEWS_TRACE_FD": str(write), **(env or {})}
        run = next(self.runs)
        self.out, self.err = db.parent / f"ingest{run}.out", db.parent / f"ingest{run}.err"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "ainews_cli", "ingest", *map(str, paths), "--db", str(db), "--json"],
                stdout=out, stderr=err, env=variables, pass_fds=(write,), preexec_fn=_interruptible)
        os.close(write)  # the child holds the only writer: the pipe ends when the child does
        self.fd = read
        self.buffer = b""
        self.steps: list[str] = []

    def next_step(self) -> str | None:
        """The next step the ingest tells, or None once it has ended."""
        while b"\n" not in self.buffer:
            with selectors.DefaultSelector() as selector:
                selector.register(self.fd, selectors.EVENT_READ)
                if not selector.select(timeout=HANG):
                    self.process.kill()
                    raise AssertionError(f"the ingest told nothing for {HANG} s after {self.steps}")
            chunk = os.read(self.fd, 4096)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        self.steps.append(line.decode())
        return self.steps[-1]

    def until(self, step: str) -> None:
        """Read steps up to and including ``step``; fail if the ingest ends first."""
        while (told := self.next_step()) != step:
            if told is None:
                self.wait()
                raise AssertionError(f"the ingest ended before {step!r}: {self.steps}; {self.stderr()}")

    def signal(self, number: int) -> int:
        self.process.send_signal(number)
        return self.wait()

    def wait(self) -> int:
        while self.next_step() is not None:
            pass
        os.close(self.fd)
        return self.process.wait(timeout=HANG)

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")


def batches(steps: list[str], word: str) -> list[int]:
    return [int(step.split()[-1]) for step in steps if step.startswith(word)]


def test_ingest_tells_each_batch_step_on_the_trace_descriptor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = short_corpus(tmp_path / "corpus", BATCH + 5)
    read, write = os.pipe()
    monkeypatch.setenv("AINEWS_TRACE_FD", str(write))
    db = str(tmp_path / "a.db")
    no_ner = ["--model", "en=none", "--model", "de=none"]
    try:
        assert run("ingest", str(tmp_path / "corpus"), "--db", db, *no_ner).exit_code == 0
        paths[0].write_text("---\ndate: 2024-01-10\n---\nOn Monday, Microsoft invested in Mistral AI.\n")
        assert run("ingest", str(tmp_path / "corpus"), "--db", db, *no_ner).exit_code == 0  # one changed
    finally:
        os.close(write)
        with os.fdopen(read) as steps:
            told = steps.read().splitlines()
    assert told == [f"{step} batch {n}" for n in (1, 2) for step in ("analysing", "saving", "committed")] + \
        ["analysing batch 1", "saving batch 1", "committed batch 1"]
    # A descriptor that is not open, or not a number, does not stop an ingest.
    for value in ("99999", "stderr"):
        monkeypatch.setenv("AINEWS_TRACE_FD", value)
        paths[1].write_text(f"Another change, traced to {value}.\n")
        assert run("ingest", str(paths[1]), "--db", db, *no_ner).exit_code == 0


@pytest.mark.slow
def test_sigkill_at_any_step_loses_nothing_committed(tmp_path: Path) -> None:
    paths = short_corpus(tmp_path / "corpus", 5 * BATCH + 10)  # six batches
    reference_db = tmp_path / "reference" / "a.db"
    reference_db.parent.mkdir()
    assert Traced(paths, reference_db).wait() == 0
    reference = stored(reference_db)
    assert len(reference) == len(paths)

    db = tmp_path / "killed" / "a.db"
    db.parent.mkdir()
    seen: dict[str, str] = {}
    # Each run starts where the last left off (stored documents are cached, so its
    # batch 1 is the first not yet stored); killed before its first commit, between
    # commits, while analysing, and right as a transaction begins.
    for step in ("analysing batch 1", "committed batch 1", "analysing batch 2", "saving batch 2"):
        ingest = Traced(paths, db)
        ingest.until(step)
        assert ingest.signal(signal.SIGKILL) == -signal.SIGKILL
        assert integrity(db) == "ok"
        now = stored(db)
        # Everything committed before the kill is still there, unchanged ...
        assert all(now[doc] == data for doc, data in seen.items())
        # ... and every stored document is what an uninterrupted run stores ...
        assert all(reference[doc] == data for doc, data in now.items())
        # ... in whole batches, in reading order: a transaction is all or nothing.
        assert (len(now) - len(seen)) % BATCH == 0
        assert set(now) == set(map(str, paths[: len(now)]))
        committed = batches(ingest.steps, "committed")
        assert len(now) - len(seen) >= BATCH * len(committed)
        seen = now
    assert 0 < len(seen) < len(paths)
    finished = Traced(paths, db)
    assert finished.wait() == 0, finished.stderr()
    assert stored(db) == reference
    assert integrity(db) == "ok"


@pytest.mark.slow
def test_concurrent_ingests_and_readers_agree_with_a_sequential_run(tmp_path: Path) -> None:
    paths = short_corpus(tmp_path / "corpus", 2 * (BATCH + 10))
    sequential = tmp_path / "sequential" / "a.db"
    sequential.parent.mkdir()
    assert Traced(paths, sequential).wait() == 0

    db = tmp_path / "concurrent" / "a.db"
    db.parent.mkdir()
    writers = [Traced(paths[::2], db), Traced(paths[1::2], db)]  # two batches each: 64 and 10
    readers = 0
    running = list(writers)
    while running:
        for writer in list(running):
            step = writer.next_step()
            if step is None:
                running.remove(writer)
            elif step.startswith("saving"):
                # A reader while this writer's transaction is under way, and the other writer busy.
                reader = subprocess.run([sys.executable, "-m", "ainews_cli", "timeline", "--db", str(db), "--json"],
                                        capture_output=True, text=True, timeout=HANG)
                assert reader.returncode == 0, reader.stderr
                json.loads(reader.stdout)
                readers += 1
            elif step.startswith("committed"):
                stored(db)  # every document stored so far has its extraction
    assert [writer.wait() for writer in writers] == [0, 0], [writer.stderr() for writer in writers]
    assert readers == 4
    assert stored(db) == stored(sequential)
    timeline = [sys.executable, "-m", "ainews_cli", "timeline", "--json", "--db"]
    assert subprocess.run([*timeline, str(db)], capture_output=True, text=True).stdout == subprocess.run(
        [*timeline, str(sequential)], capture_output=True, text=True).stdout


@pytest.mark.slow
@pytest.mark.parametrize("step", ["analysing batch 2", "saving batch 2"])
def test_ctrl_c_stops_cleanly_with_exit_130_and_an_intact_store(tmp_path: Path, step: str) -> None:
    paths = short_corpus(tmp_path / "corpus", 2 * BATCH + 10)
    db = tmp_path / "a.db"
    ingest = Traced(paths, db)
    ingest.until(step)
    assert ingest.signal(signal.SIGINT) == 130, ingest.stderr()
    err = ingest.stderr()
    assert "ainews: error: interrupted; everything committed before stays in the store" in err
    assert "Traceback" not in err
    assert integrity(db) == "ok"
    interrupted = stored(db)  # every stored document has its extraction
    # Batch 1 committed before the signal; what was under way is rolled back, whole.
    assert len(interrupted) % BATCH == 0 and len(interrupted) >= BATCH * len(batches(ingest.steps, "committed"))
    assert set(map(str, paths[:BATCH])) <= set(interrupted)
    finished = Traced(paths, db)
    assert finished.wait() == 0, finished.stderr()
    completed = stored(db)
    assert len(completed) == len(paths)
    assert all(completed[doc] == data for doc, data in interrupted.items())


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    paths = short_corpus(tmp_path / "corpus", 2 * BATCH + 10)  # three batches for two workers
    one = tmp_path / "one" / "a.db"
    one.parent.mkdir()
    assert Traced(paths, one).wait() == 0
    two = tmp_path / "two" / "a.db"
    two.parent.mkdir()
    ingest = Traced(paths, two, env={"AINEWS_WORKERS": "2"})
    assert ingest.wait() == 0, ingest.stderr()
    # Analysed in parallel, saved in reading order.
    assert batches(ingest.steps, "committed") == [1, 2, 3]
    assert sorted(batches(ingest.steps, "analysing")) == [1, 2, 3]
    assert stored(two) == stored(one)
    assert integrity(two) == "ok"


@pytest.mark.parametrize(
    ("bodies", "loaded"),
    [
        # A story in English and one in Chinese: both languages' pipelines, as their analysis loads them.
        (["OpenAI said on Monday that Microsoft would invest $10 billion in the company.",
          "微软周一表示，将向OpenAI投资100亿美元。"], ["en", "zh"]),
        # German, and Traditional Chinese (read by the Chinese model).
        (["Microsoft investiert nach Angaben vom Montag zehn Milliarden Dollar in OpenAI.",
          "微軟週一表示，將向OpenAI投資100億美元。"], ["de", "zh"]),
        # Only an English title in Chinese text: the alias table reads it, no English pipeline is loaded.
        (["The Future of the Partnership\n\n微软周一表示，将向OpenAI投资100亿美元。"], ["zh"]),
        (["The Future of the Partnership"], []),
    ],
)
def test_a_warmed_analyser_loads_the_pipelines_its_analysis_would(monkeypatch: pytest.MonkeyPatch,
                                                                  bodies: list[str], loaded: list[str]) -> None:
    """What ``Analyser.warm`` loads before workers are forked is what analysing the batch loads."""
    from ainews_cli import entities
    from ainews_cli.analyse import Analyser
    from ainews_cli.config import load_settings
    from ainews_cli.records import Document

    documents = [Document(f"doc{index}", body) for index, body in enumerate(bodies)]
    settings = load_settings(env={"AINEWS_HOME": str(Path.cwd())})
    real = entities.load_pipeline
    warmed: list[str] = []
    monkeypatch.setattr(entities, "load_pipeline", lambda lang, model: warmed.append(lang))
    Analyser(settings, lambda line: None).warm(documents)
    assert warmed == loaded
    analysed: list[str] = []
    monkeypatch.setattr(entities, "load_pipeline", lambda lang, model: analysed.append(lang) or real(lang, model))
    Analyser(settings, lambda line: None).analyse(documents)
    assert sorted(set(analysed)) == loaded


def test_forked_workers_start_with_the_warmed_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker forked after ``ProcessBackend`` warmed an analyser keeps it; one started
    otherwise makes its own; closing the backend lets this process's go."""
    from ainews_cli import workers
    from ainews_cli.config import load_settings

    settings = load_settings(env={"AINEWS_HOME": str(Path.cwd())})
    monkeypatch.setattr(workers, "_WORKER", [])
    workers._start_worker(settings)
    own = workers._WORKER[0]
    workers._start_worker(settings)
    assert len(workers._WORKER) == 1 and workers._WORKER[0] is own
    backend = workers.ProcessBackend(settings, 2)
    backend.close()  # nothing was submitted: no process was started, nothing loaded
    assert backend.executor is None and workers._WORKER == []
