"""The embedded store: one SQLite file.

``extractions`` caches what the pipeline extracted from a document's content,
keyed by the content hash and the pipeline version, so unchanged content is never
processed twice (even under another name).  ``documents`` names the documents the
user ingested; ``mentions``, ``events`` and ``facts`` are derived from the
extraction in the same transaction, indexed for the queries the commands make.
Every write is one transaction: an interrupted ingest leaves the store as it was
before the batch.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ainews_cli.errors import StoreError

SCHEMA_VERSION = 2  # 2: mentions.source (how a mention got its name)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    key TEXT NOT NULL, version TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (key, version)
);
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, key TEXT NOT NULL, version TEXT NOT NULL,
    lang TEXT, published TEXT, published_source TEXT, title TEXT
);
CREATE INDEX IF NOT EXISTS documents_key ON documents (key, version);
CREATE TABLE IF NOT EXISTS mentions (
    doc TEXT NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, lang TEXT NOT NULL, sentence INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc);
CREATE INDEX IF NOT EXISTS mentions_name ON mentions (name, doc, sentence);
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions (doc, sentence);
CREATE TABLE IF NOT EXISTS events (
    doc TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, lang TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc);
CREATE INDEX IF NOT EXISTS events_first ON events (first);
CREATE TABLE IF NOT EXISTS facts (doc TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facts_doc ON facts (doc);
"""


@dataclass(frozen=True)
class StoredDocument:
    doc: str
    key: str
    version: str


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=30000")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"{path} is not an ainews store ({error}); pass another file with --db or move it away"
            ) from error
        except OSError as error:
            raise StoreError(f"cannot create the store at {path} ({error}); pass --db FILE or set AINEWS_HOME") \
                from error

    def _migrate(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer ainews (schema {row[0]}); upgrade ainews or use --db"
                )
            elif int(row[0]) < SCHEMA_VERSION:
                columns = {r[1] for r in self.db.execute("PRAGMA table_info(mentions)")}
                if "source" not in columns:
                    self.db.execute("ALTER TABLE mentions ADD COLUMN source TEXT NOT NULL DEFAULT ''")
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- cache --------------------------------------------------------------------

    def document(self, doc: str) -> StoredDocument | None:
        row = self.db.execute("SELECT doc, key, version FROM documents WHERE doc = ?", (doc,)).fetchone()
        return StoredDocument(*row) if row else None

    def cached(self, key: str, version: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT data FROM extractions WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def save(self, items: Sequence[tuple[str, str, str, dict[str, Any], str | None]]) -> None:
        """Store (doc, key, version, extraction, title) for each item, all in one transaction."""
        if not items:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for doc, key, version, data, title in items:
                self._save_one(doc, key, version, data, title)
            # Extractions no document points at any more (its content or the pipeline changed).
            self.db.execute(
                "DELETE FROM extractions WHERE NOT EXISTS (SELECT 1 FROM documents d "
                "WHERE d.key = extractions.key AND d.version = extractions.version)"
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _save_one(self, doc: str, key: str, version: str, data: dict[str, Any], title: str | None) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO extractions (key, version, data) VALUES (?, ?, ?)",
            (key, version, json.dumps(data, ensure_ascii=False, sort_keys=True)),
        )
        for table in ("mentions", "events", "facts"):
            self.db.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))
        published = data.get("published") or {}
        self.db.execute(
            "INSERT OR REPLACE INTO documents (doc, key, version, lang, published, published_source, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc, key, version, data["lang"], published.get("date"), published.get("source"), title),
        )
        sentences = data["sentences"]
        starts = [s[0] for s in sentences]
        rows = []
        for m in data["entities"]:
            index = max(bisect.bisect_right(starts, m["start"]) - 1, 0)
            lang = sentences[index][2] if sentences else data["lang"]
            rows.append((doc, m["name"], m["label"], m["text"], m["start"], m["end"], lang, index, m["source"]))
        self.db.executemany(
            'INSERT INTO mentions (doc, name, label, text, start, "end", lang, sentence, source) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self.db.executemany(
            "INSERT INTO events (doc, first, last, lang, data) VALUES (?, ?, ?, ?, ?)",
            [(doc, e["date"]["first"], e["date"]["last"], e["lang"], json.dumps(e, ensure_ascii=False))
             for e in data["events"]],
        )
        self.db.executemany(
            "INSERT INTO facts (doc, data) VALUES (?, ?)",
            [(doc, json.dumps(f, ensure_ascii=False)) for f in data["facts"]],
        )

    # --- checks ---------------------------------------------------------------------

    def check(self, version: str) -> dict[str, Any]:
        """What the store holds and whether it is sound (SQLite's integrity check, and
        every document pointing at an extraction)."""
        integrity = [row[0] for row in self.db.execute("PRAGMA integrity_check")]
        count = {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("documents", "extractions", "mentions", "events", "facts")}
        dangling = self.db.execute(
            "SELECT count(*) FROM documents d LEFT JOIN extractions e ON e.key = d.key AND e.version = d.version "
            "WHERE e.key IS NULL").fetchone()[0]
        stale = [row[0] for row in self.db.execute(
            "SELECT doc FROM documents WHERE version != ? ORDER BY doc", (version,))]
        schema = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
        return {
            "path": str(self.path),
            "ok": integrity == ["ok"] and dangling == 0,
            "integrity": integrity,
            "schema": int(schema),
            "pipeline_version": version,
            **count,
            "documents_without_extraction": dangling,
            # Written by another pipeline version: processed again on their next ingest, never misread.
            "stale_documents": stale,
        }

    # --- queries --------------------------------------------------------------------

    def extraction(self, doc: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT e.data, d.title FROM documents d JOIN extractions e ON e.key = d.key AND e.version = d.version "
            "WHERE d.doc = ?",
            (doc,),
        ).fetchone()
        # The extraction is shared by every document with this content; the title is the document's own.
        return {**json.loads(row[0]), "title": row[1]} if row else None

    def documents(self, docs: Iterable[str] | None = None) -> list[tuple[str, str, str | None]]:
        rows = self.db.execute("SELECT doc, lang, published FROM documents ORDER BY doc").fetchall()
        if docs is not None:
            wanted = set(docs)
            rows = [row for row in rows if row[0] in wanted]
        return rows

    def event_rows(self, docs: Iterable[str] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for doc, data in self._rows("SELECT doc, data FROM events", docs):
            yield doc, json.loads(data)

    def fact_rows(self, docs: Iterable[str] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for doc, data in self._rows("SELECT doc, data FROM facts", docs):
            yield doc, json.loads(data)

    def mention_rows(self, docs: Iterable[str] | None = None) -> list[tuple[str, str, str, str, str, int, str]]:
        """(doc, name, label, text, lang, sentence, source) for every entity mention."""
        return list(self._rows("SELECT doc, name, label, text, lang, sentence, source FROM mentions", docs))

    def _rows(self, query: str, docs: Iterable[str] | None, where: str = "",
              params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        condition = f" WHERE {where}" if where else ""
        if docs is None:
            yield from self.db.execute(query + condition + " ORDER BY doc, rowid", tuple(params))
            return
        wanted = sorted(set(docs))
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start: chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            both = f"{where} AND doc IN ({marks})" if where else f"doc IN ({marks})"
            yield from self.db.execute(f"{query} WHERE {both} ORDER BY doc, rowid", (*params, *chunk))

    def mentions_of(self, name: str, docs: Iterable[str] | None = None) -> list[tuple[Any, ...]]:
        """The mention rows of one canonical name (indexed by name)."""
        return list(self._rows("SELECT doc, name, label, text, lang, sentence, source FROM mentions", docs,
                               "name = ?", (name,)))

    def companions(self, name: str, docs: Iterable[str] | None = None) -> list[tuple[str, int]]:
        """Other names in the sentences that mention ``name``, with how many sentences they share."""
        query = (
            "SELECT other.name, count(DISTINCT other.doc || char(0) || other.sentence) FROM mentions AS one "
            "JOIN mentions AS other ON other.doc = one.doc AND other.sentence = one.sentence "
            "AND other.name != one.name WHERE one.name = ?"
        )
        if docs is None:
            return [(other, count) for other, count in self.db.execute(query + " GROUP BY other.name", (name,))]
        counts: dict[str, int] = {}
        wanted = sorted(set(docs))
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start: chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for other, count in self.db.execute(f"{query} AND one.doc IN ({marks}) GROUP BY other.name",
                                                (name, *chunk)):
                counts[other] = counts.get(other, 0) + count
        return list(counts.items())

    def fact_rows_naming(self, name: str, docs: Iterable[str] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """Facts whose sentence names ``name`` (a text filter in SQL, checked exactly here)."""
        needle = json.dumps(name, ensure_ascii=False)
        for doc, data in self._rows("SELECT doc, data FROM facts", docs, "instr(data, ?) > 0", (needle,)):
            fact = json.loads(data)
            if name in fact["entities"]:
                yield doc, fact


def peek(path: Path, what: str, prefix: str = "", label: str | None = None, limit: int = 200) -> list[str]:
    """Entity names (``what="names"``, most mentioned first, of one label if given)
    or document languages (``"langs"``) starting with ``prefix``, for shell
    completion: the file is opened read-only and never created; no store, no values."""
    if not path.is_file():
        return []
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    # A read-only connection to a WAL store still creates its -wal and -shm files; a
    # store closed cleanly has none, and is opened as immutable so it stays that way.
    clean = not path.with_name(path.name + "-wal").exists()
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if clean else ''}", uri=True,
                         timeout=0.2)
    try:
        if what == "langs":
            rows = db.execute("SELECT DISTINCT lang FROM documents WHERE lang LIKE ? ESCAPE '\\' ORDER BY lang",
                              (pattern,)).fetchall()
        else:
            rows = db.execute(
                "SELECT name FROM mentions WHERE name LIKE ? ESCAPE '\\' AND (? IS NULL OR label = ?) "
                "GROUP BY name ORDER BY count(*) DESC, name LIMIT ?", (pattern, label, label, limit)).fetchall()
    except sqlite3.Error:
        return []
    finally:
        db.close()
    return [row[0] for row in rows if row[0]]
