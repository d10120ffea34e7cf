"""What a user is told, on which stream and with which exit code: dates given on the
command line, empty and unsupported inputs, a reader that closes the pipe, and the
advice for a language without a spaCy pipeline.

Each case is one a new user met on a fresh clone; the comment above it says what
happened before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.dates.bounds import DateRange, days

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
NO_NER = ["--model", "en=none", "--model", "de=none"]
GOOD = "---\ndate: 2024-01-10\n---\nOn Monday, Microsoft invested in Mistral AI.\n"


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


# --- dates on the command line ---------------------------------------------------------------

# Before: each of these exited 0 (month 13 read as January of the next year, day 30 of
# February as a day after the 28th); now each is a usage error naming the value.
@pytest.mark.parametrize(("value", "why"), [
    ("2023-13-01", "there is no month 13"),
    ("2023-13", "there is no month 13"),
    ("2023-00-10", "there is no month 00"),
    ("2023-02-30", "2023-02 has days 01 to 28"),
    ("2023-04-31", "2023-04 has days 01 to 30"),
    ("2023-W53", "2023 has ISO weeks 01 to 52"),
    ("0000", "there is no year 0"),
    ("2023-1-5", "months, days and weeks take two digits"),  # refused before too
])
@pytest.mark.parametrize("flag", ["--since", "--until"])
def test_an_impossible_date_is_a_usage_error_naming_it_and_the_forms(flag: str, value: str, why: str) -> None:
    for command in ("timeline", "ingest"):
        result = run(command, str(SEEDS), flag, value)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr == (f"ainews: error: {flag} takes a calendar date as YYYY, YYYY-MM, YYYY-MM-DD or an "
                                 f"ISO week YYYY-Www (2023, 2023-11, 2023-11-17, 2023-W46), not {value!r} ({why})\n")


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2023", "2023-01-01", "2023-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-02", "2023-02-01", "2023-02-28"),
    ("2024-02-29", "2024-02-29", "2024-02-29"),
    ("2023-W46", "2023-11-13", "2023-11-19"),
    ("2020-W53", "2020-12-28", "2021-01-03"),
    ("2025-W01", "2024-12-30", "2025-01-05"),
])
def test_real_calendar_dates_cover_their_days(value: str, first: str, last: str) -> None:
    assert days(value) == (first, last)
    assert DateRange.parse(value, value) == DateRange(first, last)


def test_a_backwards_range_is_a_usage_error() -> None:
    # Before: "No dated events" on stdout, exit 0.
    result = run("timeline", str(SEEDS), "--since", "2024", "--until", "2023")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("ainews: error: --since 2024 starts after --until 2023 ends (2024-01-01 > 2023-12-31); "
                             "give the earlier date to --since\n")
    # One day, or a month and a day in it, is a range.
    assert DateRange.parse("2023-11-17", "2023-11-17").overlaps("2023-11-17", "2023-11-17")
    assert DateRange.parse("2023-11", "2023-11-01") == DateRange("2023-11-01", "2023-11-01")


# --- a reader that closes the pipe ------------------------------------------------------------

@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of two dated documents, analysed without NER (no spaCy model needed)."""
    folder = tmp_path_factory.mktemp("news")
    (folder / "a.md").write_text(GOOD, encoding="utf-8")
    (folder / "b.md").write_text("---\ndate: 2023-11-20\n---\nOn Friday, OpenAI fired Sam Altman.\n",
                                 encoding="utf-8")
    db = str(folder / "a.db")
    result = run("ingest", str(folder), "--db", db, *NO_NER)
    assert result.exit_code == 0, result.stderr
    return db


def closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ainews with stdout a pipe whose reader has already gone (`| head` that has read
    all it wants): the first write fails, however small the output."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "ainews_cli", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "COLUMNS": "80"}, check=False)
    finally:
        os.close(write_end)


# Before: exit 1 for every format (json and csv exited 0 only when the output fitted in the
# pipe's buffer before `head` closed it); rich's table exited 1 on its own.
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "timelinejs", "timelinejs-csv", "jsonld", "ics"])
def test_a_closed_pipe_ends_quietly_with_exit_0(small_store: str, fmt: str) -> None:
    result = closed_pipe("timeline", "--db", small_store, "--format", fmt)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize("args", [["entities", "--db", "{db}"], ["entities", "--company", "Microsoft", "--db", "{db}"],
                                  ["facts", "--json", "--db", "{db}"], ["config", "path"], ["--version"]])
def test_a_closed_pipe_ends_quietly_for_other_commands(small_store: str, args: list[str]) -> None:
    result = closed_pipe(*(arg.format(db=small_store) for arg in args))
    assert (result.returncode, result.stderr) == (0, "")


def test_a_closed_pipe_leaves_the_exit_partial_when_an_input_failed(small_store: str, tmp_path: Path) -> None:
    result = closed_pipe("timeline", str(tmp_path / "missing.txt"), "--db", small_store, "--json")
    assert result.returncode == 3 and "missing.txt: no such file or folder" in result.stderr
