"""Identical input gives byte-identical output, whatever the order it was ingested in
and whatever Python's string hashing.

Two stores are built from the same documents (the four seeds and a few written here,
English and German, dated and undated, some telling the same events) in separate
`ainews` processes: one with every file in one `ingest` call, the other one file per
call in reverse order, each store under its own PYTHONHASHSEED.  Every output is then
written by its own process under that store's hash seed, and the bytes are compared.
A set iterated unsorted, or a sort without a total key, anywhere between the files and
the bytes, makes one of these differ.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Documents beside the seeds.  They retell the seeds' events (the firing on Friday
# 2023-11-17, the Sunday-night hiring, the founding in 2015, the 2019 investment) in
# other words and languages, so events merge across documents and languages, and two
# of them tell the same sentence on the same date, so merged events tie on every key
# but their sources.
WRITTEN = {
    "board-en.md": "---\ntitle: OpenAI board fires Altman\ndate: 2023-11-18\n---\n"
                   "OpenAI's board fired Sam Altman on Friday. Greg Brockman resigned as president hours later.\n\n"
                   "OpenAI was founded in 2015 as a non-profit by Sam Altman, Elon Musk and others.\n",
    "board-en-copy.md": "---\ndate: 2023-11-20\n---\n"
                        "OpenAI's board fired Sam Altman on Friday. Greg Brockman resigned as president hours "
                        "later.\n",
    "nadella-de.md": "---\ntitle: Microsoft holt Altman\ndate: 2023-11-21\n---\n"
                     "Der Aufsichtsrat von OpenAI hatte Sam Altman am Freitag entlassen. Am Sonntag kündigte "
                     "Microsoft-Chef Satya Nadella an, dass Altman und Brockman zu Microsoft wechseln.\n\n"
                     "Microsoft investierte 2019 eine Milliarde Dollar in OpenAI und hält 49 Prozent.\n",
    "undated-en.txt": "On Monday, Microsoft said it would invest in Mistral AI. In 2024, Meta committed "
                      "billions of dollars to artificial intelligence. Sam Altman returned to OpenAI as CEO.\n",
    "undated-de.txt": "Am Mittwoch stellte OpenAI ein neues Modell vor. Elon Musk gründete OpenAI im Jahr 2015 "
                      "mit und verließ den Aufsichtsrat 2018.\n",
    "wire.jsonl": '{"id": "w1", "date": "2023-11-19", "text": "Emmett Shear was named interim CEO of OpenAI '
                  'over the weekend, after the board fired Sam Altman on Friday."}\n'
                  '{"id": "w2", "lang": "de", "text": "Microsoft und OpenAI verlängerten 2023 ihre '
                  'Partnerschaft."}\n',
}

HASH_SEEDS = ("1", "2")

# Every output that lists things, in each format, from the whole store.
OUTPUTS = {
    **{f"timeline {fmt}": ["timeline", "--format", fmt]
       for fmt in ("json", "jsonl", "csv", "table", "timelinejs", "timelinejs-csv", "jsonld", "ics")},
    "timeline explain": ["timeline", "--explain", "--json"],
    "timeline by entity": ["timeline", "--group-by", "entity", "--json"],
    "entities json": ["entities", "--json"],
    "entities table": ["entities", "--format", "table"],
    "Microsoft": ["entities", "--company", "Microsoft", "--json"],
    "Sam Altman": ["entities", "--person", "Sam Altman", "--json"],
    "Sam Altman jsonld": ["entities", "--person", "Sam Altman", "--format", "jsonld"],
    "facts": ["facts", "--json"],
}


def ainews(args: list[str], home: Path, hash_seed: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "AINEWS_HOME": str(home), "PYTHONHASHSEED": hash_seed, "COLUMNS": "120",
           "NO_COLOR": "1"}
    result = subprocess.run([sys.executable, "-m", "ainews_cli", *args, "--db", str(home / "ainews.db")],
                            capture_output=True, env=env, timeout=600)
    assert result.returncode == 0, (args, result.stderr.decode())
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for name, text in WRITTEN.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def outputs(home: Path, hash_seed: str, files: list[Path]) -> dict[str, bytes]:
    commands = {**OUTPUTS, "extract": ["extract", *map(str, files), "--json"]}
    with ThreadPoolExecutor(2) as pool:
        done = {name: pool.submit(ainews, args, home, hash_seed) for name, args in commands.items()}
        return {name: future.result().stdout for name, future in done.items()}


def first_difference(first: dict[str, bytes], second: dict[str, bytes]) -> str:
    """Where the first output that differs starts to differ, to read in a failure."""
    for name in first:
        if first[name] != second[name]:
            lines = zip(first[name].splitlines(), second[name].splitlines(), strict=False)
            number, (one, other) = next(((n, pair) for n, pair in enumerate(lines, 1) if pair[0] != pair[1]),
                                        (0, (b"", b"")))
            return f"{name}, line {number}:\n  {one.decode()[:300]}\n  {other.decode()[:300]}"
    return ""


@pytest.mark.slow
def test_the_same_documents_in_another_order_and_hash_seed_give_the_same_bytes(
        corpus: list[Path], tmp_path: Path) -> None:
    all_at_once, one_by_one = tmp_path / "all-at-once", tmp_path / "one-by-one"
    all_at_once.mkdir()
    one_by_one.mkdir()
    ainews(["ingest", str(corpus[0].parent)], all_at_once, HASH_SEEDS[0])
    for path in reversed(corpus):
        ainews(["ingest", str(path)], one_by_one, HASH_SEEDS[1])
    first = outputs(all_at_once, HASH_SEEDS[0], corpus)
    second = outputs(one_by_one, HASH_SEEDS[1], corpus)
    assert [name for name in first if first[name] != second[name]] == [], first_difference(first, second)
    # What was compared has content: the written documents' events merged with the seeds'.
    assert all(first.values())
    timeline = first["timeline json"].decode()
    assert "board-en.md" in timeline and "nadella-de.md" in timeline and "wire.jsonl#w1" in timeline
