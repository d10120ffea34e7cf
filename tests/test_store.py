"""The store's derived tables: the merged timeline and the name and companion
tallies must always say what merging and counting the stored mentions afresh says,
after ingests that add, change and re-add documents, and after a schema-2 store is
migrated."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli import timeline_cache
from ainews_cli.cli import app
from ainews_cli.codec import decoded
from ainews_cli.dates.bounds import DateRange
from ainews_cli.entities import load_alias_table
from ainews_cli.query import TimelineQuery, entity_records, profile, timeline
from ainews_cli.records import (
    INFERRED,
    AnalysedDocument,
    Anchor,
    DocumentFact,
    Event,
    EventSource,
    Extraction,
    ExtractionCounts,
)
from ainews_cli.store import SCHEMA_VERSION, Store, tally
from ainews_cli.timeline_cache import TIMELINE_REVISION, is_current

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
            counted = tally(connection.execute(
                "SELECT name, label, text, source, lang, sentence FROM mentions WHERE doc = ?", (doc,)))
            for key, count in counted.names.items():
                names[key] = names.get(key, 0) + count
            for key, count in counted.pairs.items():
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
        assert is_current(store)
        with sqlite3.connect(db) as connection:
            docs = [row[0] for row in connection.execute("SELECT doc FROM documents ORDER BY doc")]
        for query in (TimelineQuery(), TimelineQuery(explain=True),
                      TimelineQuery(dates=DateRange.parse("2023-11", "2023")),
                      TimelineQuery(entity="Microsoft"), TimelineQuery(entity="Sam Altman", lang="en"),
                      TimelineQuery(lang="de")):
            cached = timeline(store, query, table)
            afresh = timeline(store, TimelineQuery(**{**query.__dict__, "docs": docs}), table)
            assert decoded(cached) == decoded(afresh)
            # The text the store keeps is what encoding the record gives.
            assert [event.text for event in cached] == [event.text for event in afresh]
        assert entity_records(store, table) == entity_records(store, table, docs=docs)
        whole = profile(store, table, "Microsoft", kind="ORG")
        per_document = profile(store, table, "Microsoft", kind="ORG", docs=docs)
        assert (whole.entity, whole.appears_with) == (per_document.entity, per_document.appears_with)
        assert [e.text for e in whole.events] == [e.text for e in per_document.events]
        assert [f.text for f in whole.facts] == [f.text for f in per_document.facts]
        assert decoded(whole.facts) == decoded(per_document.facts)
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
        assert any(count.name == "Google" for count in store.name_counts())
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
        assert not is_current(store)
    assert stored_tallies(db) == expected
    result = CliRunner().invoke(app, ["entities", "--company", "Microsoft", "--db", str(db), "--json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["facts"]) >= 3
    result = CliRunner().invoke(app, ["timeline", "--db", str(db), "--json"])  # merges and stores the timeline
    assert result.exit_code == 0 and len(json.loads(result.stdout)) >= 15
    whole_store_equals_a_fresh_merge(db)


EMPTY = Extraction(lang="en", url=None, published=None, spans=(), models={}, sentences=(), entities=(), dates=(),
                   events=(), facts=())


def saved(doc: str, key: str, version: str = "v") -> AnalysedDocument:
    return AnalysedDocument(doc, key, version, EMPTY, None)


def test_a_timeline_merged_before_another_save_is_not_stored(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        generation, sources = store.event_snapshot()
        assert sources == []
        store.save([saved("a.txt", "k")])
        # Another save came between: not stored.
        assert not store.replace_timeline(generation, TIMELINE_REVISION, [], {})
        assert not is_current(store)
        generation, _ = store.event_snapshot()
        assert store.replace_timeline(generation, TIMELINE_REVISION, [], {})
        assert is_current(store, infer=False)
        assert not is_current(store)  # merged without inference: stale for a query that infers
        assert store.timeline_of()[1] != f"{generation}/{TIMELINE_REVISION}-next"  # merged by other code: stale


def test_copies_found_before_another_save_are_found_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A refresh finds the copies before it reads the mentions (to hold less at once); a
    # save in between must not leave the timeline merged with the copies of before it.
    read_at: list[str] = []
    find = timeline_cache.originals
    with Store(tmp_path / "a.db") as store:
        store.save([saved("a.txt", "k")])

        def originals(store: Store, docs: list[str] | None = None) -> dict[str, str]:
            read_at.append(store.timeline_of()[0])
            found = find(store, docs)
            if len(read_at) == 1:
                store.save([saved("b.txt", "k2")])
            return found

        monkeypatch.setattr(timeline_cache, "originals", originals)
        assert timeline_cache.refresh(store, infer=False) is not None
        assert len(read_at) == 2 and read_at[0] != read_at[1]
        assert is_current(store, infer=False)


def keys(db: Path, columns: str = "key") -> list[tuple[str, ...]]:
    with sqlite3.connect(db) as connection:
        return sorted(connection.execute(f"SELECT {columns} FROM extractions"))


def test_an_extraction_no_document_points_at_is_dropped_and_a_shared_one_kept(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Store(db) as store:
        store.save([saved("a.txt", "k1"), saved("b.txt", "k1")])
        store.save([saved("a.txt", "k2")])  # a changed; b still has k1's content
        assert keys(db) == [("k1",), ("k2",)]
        store.save([saved("b.txt", "k2")])  # now nobody has k1
        assert keys(db) == [("k2",)]
        store.save([saved("b.txt", "k2", "v2")])  # another pipeline version
        assert keys(db, "key, version") == [("k2", "v"), ("k2", "v2")]
        store.save([saved("a.txt", "k2", "v2")])
        assert keys(db, "key, version") == [("k2", "v2")]


def test_a_schema_3_store_keeps_its_facts_with_their_documents(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    ingest(db, SEEDS[1])
    with sqlite3.connect(db) as connection:  # schema 3 kept a fact without its document
        rows = connection.execute("SELECT rowid, data FROM facts").fetchall()
        assert rows and all(json.loads(data)["doc"] for _, data in rows)
        for rowid, data in rows:
            fact = json.loads(data)
            del fact["doc"]
            connection.execute("UPDATE facts SET data = ? WHERE rowid = ?", (json.dumps(fact, ensure_ascii=False),
                                                                               rowid))
        connection.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    with Store(db) as store:
        assert [record.value.doc for record in store.facts()] == [str(SEEDS[1])] * len(rows)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (str(SCHEMA_VERSION),)


def _told(doc: str, lang: str, value: str, inferred: bool) -> EventSource:
    anchor = Anchor(INFERRED if inferred else "published", "2023-11-20")
    return EventSource(doc, lang, "s", 0, 1, "Friday", 0, value, anchor, None)


DIGESTS = [
    # (sources as (lang, date value, through an inferred date)), the event dated 2023-11-17
    [("en", "2023-11-17", False)] * 30,
    [("en", "2023-11-17", True)] * 30,
    [("en", "2023-11-17", True)] * 20 + [("de", "2023-11-17", False)],
    [("en", "2023-11", False), ("zh", "2023-11-17", True), ("en", "2023-11-17", True)],
    [("de", "2023-11", False)] * 5,
]


@pytest.mark.parametrize("told", DIGESTS)
def test_an_events_digest_reads_as_the_event_in_a_table(told: list[tuple[str, str, bool]]) -> None:
    sources = tuple(_told(f"d{i}.txt", *each) for i, each in enumerate(told))
    event = Event("2023-11-17", "day", "2023-11-17", "2023-11-17", "2023-11-17", "departure", "h", "t", (), sources)
    digest = event.digest()
    assert (digest.inferred, digest.langs) == (event.inferred, event.langs)
    assert set(digest.sources) <= set(sources) and len(digest.sources) <= 2 * len(event.langs)
    assert replace(digest, sources=sources) == event


def test_a_table_of_the_stored_timeline_reads_digests_and_json_every_source(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    pile = tmp_path / "pile"
    pile.mkdir()
    text = SEEDS[3].read_text(encoding="utf-8")
    for i in range(6):
        (pile / f"copy{i}.txt").write_text(text + f"\nFooter {i}\n", encoding="utf-8")
    ingest(db, pile)
    with Store(db) as store:
        full = [json.loads(e.text) for e in store.timeline(since=None, until=None, name=None, lang=None, explain=False)]
        light = [json.loads(e.text) for e in store.timeline(since=None, until=None, name=None, lang=None,
                                                        explain=False, sources=False)]
    assert max(len(e["sources"]) for e in full) >= 6  # every copy tells it
    assert max(len(e["sources"]) for e in light) <= 2
    assert light == [Event.from_dict(e).digest().to_dict() for e in full]


def test_the_facts_of_documents_of_the_same_content_are_read_once_and_stated_by_each(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("a.txt", "c.txt"):  # the same article under two names: c's facts are a's, restated
        shutil.copy(SEEDS[1], folder / name)
    shutil.copy(SEEDS[3], folder / "b.txt")
    ingest(db, folder)
    with sqlite3.connect(db) as connection:
        def stored(where: str = "", *params: str) -> list[str]:
            return [data for data, in connection.execute(f"SELECT data FROM facts {where} ORDER BY doc, rowid",
                                                         params)]

        every, microsoft = stored(), stored("WHERE instr(names, ?) > 0", "\x1fMicrosoft\x1f")
    assert len({json.loads(text)["doc"] for text in every}) == 3 and microsoft
    with Store(db) as store:
        for name, expected in ((None, every), ("Microsoft", microsoft)):
            found = store.facts(name=name)
            assert [record.text for record in found] == expected
            assert [record.value for record in found] == [DocumentFact.from_dict(json.loads(text))
                                                          for text in expected]
        only = [str(folder / "c.txt")]
        assert [record.text for record in store.facts(only)] == [t for t in every if json.loads(t)["doc"] in only]


def test_an_ingests_counts_are_those_of_the_stored_extraction(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    ingest(db, SEEDS[1], SEEDS[3])
    docs = [str(SEEDS[1]), str(SEEDS[3]), "not stored"]
    with Store(db) as store:
        counts = store.extraction_counts(docs)
        assert set(counts) == set(docs[:2])
        for doc, found in counts.items():
            stored = store.extraction(doc)
            assert stored is not None
            data = stored.extraction
            assert found == ExtractionCounts(data.lang, data.published.date if data.published else None,
                                             len(data.entities), len(data.dates), len(data.events))
            assert found.entities and found.dates
