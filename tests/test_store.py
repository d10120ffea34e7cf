"""The store's derived tables: the merged timeline and the name and companion
tallies must always say what merging and counting the stored mentions afresh says,
after ingests that add, change and re-add documents, and after a schema-2 store is
migrated."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.entities import load_alias_table
from ainews_cli.query import TIMELINE_REVISION, TimelineQuery, entity_records, profile, timeline
from ainews_cli.store import Store, _tally

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def ingest(db: Path, *paths: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output


def fresh_tallies(db: Path) -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]]:
    """The tallies counted afresh from every stored mention."""
    with sqlite3.connect(db) as connection:
        docs = [row[0] for row in connection.execute("SELECT DISTINCT doc FROM mentions")]
        names: dict[tuple[str, ...], int] = {}
        pairs: dict[tuple[str, ...], int] = {}
        for doc in docs:
            tally = _tally(connection.execute(
                "SELECT name, label, text, source, lang, sentence FROM mentions WHERE doc = ?", (doc,)))
            for key, count in tally.names.items():
                names[key] = names.get(key, 0) + count
            for key, count in tally.pairs.items():
                pairs[key] = pairs.get(key, 0) + count
    return names, pairs


def stored_tallies(db: Path) -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]]:
    with sqlite3.connect(db) as connection:
        names = {tuple(row[:5]): row[5] for row in connection.execute("SELECT * FROM name_counts")}
        pairs = {tuple(row[:2]): row[2] for row in connection.execute("SELECT * FROM companions")}
    return names, pairs


def whole_store_equals_a_fresh_merge(db: Path) -> None:
    """Every query over the whole store (the stored timeline) gives what merging the
    stored mentions afresh gives (the per-document path, over every document)."""
    table = load_alias_table()
    with Store(db) as store:
        assert store.timeline_is_current(TIMELINE_REVISION)
        docs = [row[0] for row in store.documents()]
        for query in (TimelineQuery(), TimelineQuery(explain=True), TimelineQuery(since="2023-11", until="2023"),
                      TimelineQuery(entity="Microsoft"), TimelineQuery(entity="Sam Altman", lang="en"),
                      TimelineQuery(lang="de")):
            cached = timeline(store, query, table)
            afresh = timeline(store, TimelineQuery(**{**query.__dict__, "docs": docs}), table)
            assert cached == afresh
            encoded = timeline(store, query, table, encoded=True)
            assert [json.loads(record) for record in encoded] == afresh
        assert entity_records(store, table) == entity_records(store, table, docs=docs)
        whole = profile(store, table, "Microsoft", kind="ORG")
        assert whole == profile(store, table, "Microsoft", kind="ORG", docs=docs)
        encoded = profile(store, table, "Microsoft", kind="ORG", encoded=True)
        assert {**encoded, "events": [json.loads(e) for e in encoded["events"]],
                "facts": [json.loads(f) for f in encoded["facts"]]} == whole
    assert stored_tallies(db) == fresh_tallies(db)


@pytest.mark.slow
def test_derived_tables_follow_every_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, folder / seed.name)
    db = tmp_path / "a.db"
    ingest(db, folder)
    whole_store_equals_a_fresh_merge(db)
    for seed in SEEDS[2:]:  # new documents
        shutil.copy(seed, folder / seed.name)
    ingest(db, folder)
    whole_store_equals_a_fresh_merge(db)
    # A changed document: its old mentions leave the tallies, its new ones enter.
    changed = folder / SEEDS[0].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("Microsoft", "Google"), encoding="utf-8")
    ingest(db, folder)
    whole_store_equals_a_fresh_merge(db)
    with Store(db) as store:
        assert any(name == "Google" for name, *_ in store.name_counts())
    # The same content under a second name counts twice, as two documents.
    shutil.copy(SEEDS[3], folder / "copy.txt")
    ingest(db, folder)
    whole_store_equals_a_fresh_merge(db)


@pytest.mark.slow
def test_a_schema_2_store_is_migrated_with_its_tallies(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    ingest(db, *SEEDS)
    expected = stored_tallies(db)
    with sqlite3.connect(db) as connection:  # what schema 2 had: no tallies, no timeline, no facts.names
        connection.executescript(
            "DROP TABLE name_counts; DROP TABLE companions; DROP TABLE timeline; DROP TABLE timeline_names;"
            "ALTER TABLE facts DROP COLUMN names; DELETE FROM meta WHERE key != 'schema';"
            "UPDATE meta SET value = '2' WHERE key = 'schema';")
    with Store(db) as store:
        assert not store.timeline_is_current(TIMELINE_REVISION)
    assert stored_tallies(db) == expected
    result = CliRunner().invoke(app, ["entities", "--company", "Microsoft", "--db", str(db), "--json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["facts"]) >= 3
    result = CliRunner().invoke(app, ["timeline", "--db", str(db), "--json"])  # merges and stores the timeline
    assert result.exit_code == 0 and len(json.loads(result.stdout)) >= 15
    whole_store_equals_a_fresh_merge(db)


def test_a_timeline_merged_before_another_save_is_not_stored(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        generation, rows = store.event_snapshot()
        assert rows == []
        store.save([("a.txt", "k", "v", {"lang": "en", "published": None, "sentences": [], "entities": [],
                                         "events": [], "facts": []}, None)])
        assert not store.replace_timeline(generation, TIMELINE_REVISION, [])  # another save came between: not stored
        assert not store.timeline_is_current(TIMELINE_REVISION)
        generation, _ = store.event_snapshot()
        assert store.replace_timeline(generation, TIMELINE_REVISION, [])
        assert store.timeline_is_current(TIMELINE_REVISION)
        assert not store.timeline_is_current(TIMELINE_REVISION + "-next")  # merged by other code: stale


def test_an_extraction_no_document_points_at_is_dropped_and_a_shared_one_kept(tmp_path: Path) -> None:
    empty = {"lang": "en", "published": None, "sentences": [], "entities": [], "events": [], "facts": []}
    with Store(tmp_path / "a.db") as store:
        store.save([("a.txt", "k1", "v", empty, None), ("b.txt", "k1", "v", empty, None)])
        store.save([("a.txt", "k2", "v", empty, None)])  # a changed; b still has k1's content
        assert sorted(store.db.execute("SELECT key FROM extractions")) == [("k1",), ("k2",)]
        store.save([("b.txt", "k2", "v", empty, None)])  # now nobody has k1
        assert sorted(store.db.execute("SELECT key FROM extractions")) == [("k2",)]
        store.save([("b.txt", "k2", "v2", empty, None)])  # another pipeline version
        assert sorted(store.db.execute("SELECT key, version FROM extractions")) == [("k2", "v"), ("k2", "v2")]
        store.save([("a.txt", "k2", "v2", empty, None)])
        assert sorted(store.db.execute("SELECT key, version FROM extractions")) == [("k2", "v2")]
