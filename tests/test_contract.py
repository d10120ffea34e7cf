"""Real output of every command checked against the field lists in docs/json.md.

Not marked slow: with the session store of the seeds (conftest's seeds_db) this is
where the fast lane (`pytest -m "not slow"`) runs the real English spaCy model over
whole articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

from edtf import parse_edtf
from typer.testing import CliRunner

from ainews_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]


def documented() -> dict[str, set[str]]:
    """Field names per record, read from the tables of docs/json.md."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in (ROOT / "docs" / "json.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\w+) record|(\w[\w ]*?)(?: record)?:$", line)
        if heading:
            current = (heading.group(1) or heading.group(2)).strip()
            sections[current] = set()
        elif current and (line.startswith("| `") or re.match(r"\| \w+: `", line)):
            first_cell = line.split("|")[1]
            sections[current].update(re.findall(r"`(\w+)`", first_cell))
    return sections


def output(*args: str) -> object:
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_docs_list_every_record() -> None:
    assert {"timeline", "source", "entities", "profile", "fact", "extract", "temporal expression"} <= set(
        documented())


def test_timeline_records(seeds_db: str) -> None:
    docs = documented()
    events = output("timeline", "--db", seeds_db)
    assert events
    for event in events:
        assert set(event) == docs["timeline"]
        for source in event["sources"]:
            assert set(source) == docs["source"]
        parse_edtf(event["edtf"])  # every date is a valid EDTF string
    assert {(e["date"], e["edtf"]) for e in events} >= {
        ("2015", "2015"), ("2023-11", "2023-11"), ("2023-11-17", "2023-11-17"),
        ("2023-W46-WE", "2023-11-18/2023-11-19")}
    explained = output("timeline", "--db", seeds_db, "--explain")
    assert all(set(event) == docs["timeline"] | {"merged_because"} for event in explained)


def test_entities_and_profile_records(seeds_db: str) -> None:
    docs = documented()
    for record in output("entities", "--db", seeds_db):
        assert set(record) == docs["entities"]
    profile = output("entities", "--company", "Microsoft", "--db", seeds_db)
    assert set(profile) == docs["entities"] | docs["profile"]
    base = {"kind", "text", "start", "end", "entities", "sentence", "sentence_start", "doc"}
    for fact in profile["facts"]:
        assert base <= set(fact) <= docs["fact"] | {"doc"}
        assert fact["kind"] != "role"  # roles are merged into `roles`
    assert profile["roles"]
    for role in profile["roles"]:
        assert set(role) == docs["role"]
        for source in role["sources"]:
            assert set(source) == {"doc", "text", "start", "end", "sentence"}


def test_facts_records(seeds_db: str) -> None:
    docs = documented()
    base = {"kind", "text", "start", "end", "entities", "sentence", "sentence_start", "doc"}
    facts = output("facts", "--db", seeds_db)
    assert {f["kind"] for f in facts} >= {"role", "founded", "investment", "stake", "market_value_change"}
    for fact in facts:
        assert base <= set(fact) <= docs["fact"] | {"doc"}


def test_extract_records(seeds_db: str) -> None:
    docs = documented()
    records = output("extract", str(ROOT / "seeds"), "--db", seeds_db)
    assert len(records) == 4
    for record in records:
        assert set(record) == docs["extract"]
        for date in record["dates"]:
            assert set(date) == docs["temporal expression"]
        for entity in record["entities"]:
            assert set(entity) == {"text", "start", "end", "label", "name", "source"}


def test_every_command_has_help_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("ingest", "timeline", "entities", "facts", "extract"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--format" in result.stdout
        assert f"`ainews {command}" in readme
