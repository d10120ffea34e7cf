"""The embedded store: one SQLite file.

``extractions`` caches what the pipeline extracted from a document's content,
keyed by the content hash and the pipeline version, so unchanged content is never
processed twice (even under another name).  ``documents`` names the documents the
user ingested; ``mentions``, ``events`` and ``facts`` are derived from the
extraction in the same transaction, indexed for the queries the commands make.
Every write is one transaction: an interrupted ingest leaves the store as it was
before the batch.

``name_counts`` and ``companions`` tally the mentions of the whole store (mentions
by name, label, form, source and language; sentences two names share), kept up to
date by every save, document by document, so a profile reads a few rows instead of
every mention of its entity.  ``facts.names`` lists a fact's entities between
separators, so the facts naming an entity are found without decoding the others.

``timeline`` holds the whole store's events merged (events.merge), so the timeline
and profiles need not merge every stored mention on each query.  It is a cache of a
pure function of the ``events`` table: each save bumps the store's generation, and
the timeline is used only while it was built from the current one.
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
from ainews_cli.records import EncodedRecord

# 2: mentions.source (how a mention got its name); 3: the merged timeline, the name
# and companion tallies, facts.names
SCHEMA_VERSION = 3

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
CREATE INDEX IF NOT EXISTS mentions_sentence_name ON mentions (doc, sentence, name);
CREATE TABLE IF NOT EXISTS name_counts (
    name TEXT NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, lang TEXT NOT NULL,
    mentions INTEGER NOT NULL, PRIMARY KEY (name, label, text, source, lang)
);
CREATE TABLE IF NOT EXISTS companions (
    name TEXT NOT NULL, other TEXT NOT NULL, sentences INTEGER NOT NULL, PRIMARY KEY (name, other)
);
CREATE TABLE IF NOT EXISTS events (
    doc TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, lang TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc);
CREATE INDEX IF NOT EXISTS events_first ON events (first);
CREATE TABLE IF NOT EXISTS facts (doc TEXT NOT NULL, data TEXT NOT NULL, names TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS facts_doc ON facts (doc);
CREATE TABLE IF NOT EXISTS timeline (
    id INTEGER PRIMARY KEY, first TEXT NOT NULL, last TEXT NOT NULL, langs TEXT NOT NULL,
    data TEXT NOT NULL, merged_because TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timeline_first ON timeline (first);
CREATE TABLE IF NOT EXISTS timeline_names (name TEXT NOT NULL, event INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS timeline_names_name ON timeline_names (name, event);
"""


@dataclass(frozen=True)
class _Tally:
    names: dict[tuple[str, ...], int]  # (name, label, text, source, lang) -> mentions
    pairs: dict[tuple[str, ...], int]  # (name, other) -> sentences naming both


def _tally(rows: Iterable[tuple[Any, ...]]) -> _Tally:
    """The tallies of one document's mention rows (name, label, text, source, lang, sentence)."""
    names: dict[tuple[str, ...], int] = {}
    in_sentence: dict[int, set[str]] = {}
    for name, label, text, source, lang, sentence in rows:
        key = (name, label, text, source, lang)
        names[key] = names.get(key, 0) + 1
        in_sentence.setdefault(sentence, set()).add(name)
    pairs: dict[tuple[str, ...], int] = {}
    for together in in_sentence.values():
        for name in together:
            for other in together:
                if other != name:
                    pairs[(name, other)] = pairs.get((name, other), 0) + 1
    return _Tally(names, pairs)


def _names_column(names: Sequence[str]) -> str:
    """Names between unit separators, so instr() finds a whole name: "\x1fA\x1fB\x1f"."""
    return "\x1f" + "".join(f"{name}\x1f" for name in names) if names else ""


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
                if "names" not in {r[1] for r in self.db.execute("PRAGMA table_info(facts)")}:
                    self.db.execute("ALTER TABLE facts ADD COLUMN names TEXT NOT NULL DEFAULT ''")
                self.db.execute("DROP INDEX IF EXISTS mentions_sentence")  # now mentions_sentence_name
                self._backfill()
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _backfill(self) -> None:
        """Fill the tallies and facts.names of a store written by schema 2."""
        self.db.execute("DELETE FROM name_counts")
        self.db.execute("DELETE FROM companions")
        for doc, in self.db.execute("SELECT DISTINCT doc FROM mentions").fetchall():
            self._apply_tally(_tally([]), _tally(self._mention_tally_rows(doc)))
        rows = self.db.execute("SELECT rowid, data FROM facts").fetchall()
        self.db.executemany("UPDATE facts SET names = ? WHERE rowid = ?",
                            [(_names_column(json.loads(data)["entities"]), rowid) for rowid, data in rows])

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
            replaced = []
            for doc, key, version, data, title in items:
                before = self.db.execute("SELECT key, version FROM documents WHERE doc = ?", (doc,)).fetchone()
                if before is not None and tuple(before) != (key, version):
                    replaced.append(tuple(before))
                self._save_one(doc, key, version, data, title)
            # Extractions no document points at any more (a document's content or the pipeline changed).
            self.db.executemany(
                "DELETE FROM extractions WHERE key = ? AND version = ? AND NOT EXISTS (SELECT 1 FROM documents d "
                "WHERE d.key = extractions.key AND d.version = extractions.version)", replaced)
            self.db.execute("INSERT INTO meta VALUES ('generation', '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _save_one(self, doc: str, key: str, version: str, data: dict[str, Any], title: str | None) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO extractions (key, version, data) VALUES (?, ?, ?)",
            (key, version, json.dumps(data, ensure_ascii=False, sort_keys=True)),
        )
        old = _tally(self._mention_tally_rows(doc))
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
        self._apply_tally(old, _tally([(r[1], r[2], r[3], r[8], r[6], r[7]) for r in rows]))
        self.db.executemany(
            "INSERT INTO events (doc, first, last, lang, data) VALUES (?, ?, ?, ?, ?)",
            [(doc, e["date"]["first"], e["date"]["last"], e["lang"], json.dumps(e, ensure_ascii=False))
             for e in data["events"]],
        )
        self.db.executemany(
            "INSERT INTO facts (doc, data, names) VALUES (?, ?, ?)",
            [(doc, json.dumps(f, ensure_ascii=False), _names_column(f["entities"])) for f in data["facts"]],
        )

    def _mention_tally_rows(self, doc: str) -> list[tuple[Any, ...]]:
        return self.db.execute("SELECT name, label, text, source, lang, sentence FROM mentions WHERE doc = ?",
                               (doc,)).fetchall()

    def _apply_tally(self, old: _Tally, new: _Tally) -> None:
        """Move the store's tallies from a document's old mentions to its new ones."""
        for table, columns, count, (before, after) in (
            ("name_counts", ("name", "label", "text", "source", "lang"), "mentions", (old.names, new.names)),
            ("companions", ("name", "other"), "sentences", (old.pairs, new.pairs)),
        ):
            delta: list[tuple[Any, ...]] = [(*key, after.get(key, 0) - before.get(key, 0))
                                            for key in before.keys() | after.keys()]
            delta = [row for row in delta if row[-1]]
            if not delta:
                continue
            names = ", ".join(columns)
            self.db.executemany(
                f"INSERT INTO {table} ({names}, {count}) VALUES ({', '.join('?' * (len(columns) + 1))}) "
                f"ON CONFLICT ({names}) DO UPDATE SET {count} = {count} + excluded.{count}", delta)
            # Only a key that lost mentions can have reached zero: delete by key, not by scanning the table.
            self.db.executemany(f"DELETE FROM {table} WHERE {' AND '.join(f'{c} = ?' for c in columns)} "
                                f"AND {count} <= 0", [row[:-1] for row in delta if row[-1] < 0])

    # --- the merged timeline -------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def timeline_is_current(self, revision: str) -> bool:
        """Whether the stored timeline was merged from the stored mentions as they are
        now, by code of this ``revision`` (a change to merging makes it stale too)."""
        return self._meta("timeline_of") == f"{self._meta('generation') or '0'}/{revision}"

    def event_snapshot(self) -> tuple[str, list[tuple[str, dict[str, Any]]]]:
        """The generation and every stored event mention, read in one transaction."""
        self.db.execute("BEGIN")
        try:
            generation = self._meta("generation") or "0"
            rows = [(doc, json.loads(data)) for doc, data in
                    self.db.execute("SELECT doc, data FROM events ORDER BY doc, rowid")]
        finally:
            self.db.execute("COMMIT")
        return generation, rows

    def replace_timeline(self, generation: str, revision: str,
                         events: Sequence[tuple[dict[str, Any], list[str]]]) -> bool:
        """Store the merged events (record, merged_because) built from ``generation`` by
        code of ``revision``, unless another ingest saved since; False then, and nothing
        is written."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:  # a read-only store: the caller merges each time
            return False
        try:
            if (self._meta("generation") or "0") != generation:
                self.db.execute("ROLLBACK")
                return False
            self.db.execute("DELETE FROM timeline")
            self.db.execute("DELETE FROM timeline_names")
            self.db.executemany(
                "INSERT INTO timeline (id, first, last, langs, data, merged_because) VALUES (?, ?, ?, ?, ?, ?)",
                [(index, record["start"], record["end"],
                  "," + ",".join(sorted({s["lang"] for s in record["sources"]})) + ",",
                  json.dumps(record, ensure_ascii=False), json.dumps(because, ensure_ascii=False))
                 for index, (record, because) in enumerate(events)])
            self.db.executemany("INSERT INTO timeline_names (name, event) VALUES (?, ?)",
                                [(entity["name"], index) for index, (record, _) in enumerate(events)
                                 for entity in record["entities"]])
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('timeline_of', ?)", (f"{generation}/{revision}",))
            self.db.execute("COMMIT")
            return True
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def timeline_rows(self, *, since: str | None, until: str | None, name: str | None,
                      lang: str | None) -> list[tuple[str, str]]:
        """(record JSON, merged_because JSON) of the merged events that overlap
        [since, until], name ``name`` and are told in ``lang``, in chronological order."""
        where, params = [], []
        if since:
            where.append("t.last >= ?")
            params.append(since)
        if until:
            where.append("t.first <= ?")
            params.append(until)
        if lang:
            where.append("instr(t.langs, ?) > 0")
            params.append(f",{lang},")
        if name:
            where.append("t.id IN (SELECT event FROM timeline_names WHERE name = ?)")
            params.append(name)
        condition = f" WHERE {' AND '.join(where)}" if where else ""
        return self.db.execute(f"SELECT t.data, t.merged_because FROM timeline t{condition} ORDER BY t.id",
                               params).fetchall()

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

    def document_info(self, docs: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Title, URL, publication date and language of these documents, for the formats that cite them."""
        found: dict[str, dict[str, Any]] = {}
        wanted = sorted(set(docs))
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start: chunk_start + 500]
            rows = self.db.execute(
                "SELECT d.doc, d.lang, d.published, d.title, json_extract(e.data, '$.url') FROM documents d "
                "JOIN extractions e ON e.key = d.key AND e.version = d.version "
                f"WHERE d.doc IN ({','.join('?' * len(chunk))})", chunk)
            for doc, lang, published, title, url in rows:
                found[doc] = {"title": title, "url": url, "published": published, "lang": lang}
        return found

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

    def name_counts(self, name: str | None = None,
                    docs: Iterable[str] | None = None) -> list[tuple[str, str, str, str, str, int]]:
        """(name, label, text, source, lang, mentions): the mentions of ``name`` (or of
        every name) counted by label, form, source and language."""
        if docs is None:
            where, params = ("WHERE name = ?", (name,)) if name else ("", ())
            return self.db.execute(f"SELECT name, label, text, source, lang, mentions FROM name_counts {where} "
                                   "ORDER BY name, label, text, source, lang", params).fetchall()
        counts: dict[tuple[str, ...], int] = {}
        for row in self._rows("SELECT name, label, text, source, lang FROM mentions", docs,
                              "name = ?" if name else "", (name,) if name else ()):
            counts[row] = counts.get(row, 0) + 1
        return [(*key, count) for key, count in sorted(counts.items())]  # type: ignore[misc]

    def name_docs(self, name: str | None = None, docs: Iterable[str] | None = None) -> list[tuple[str, str]]:
        """(name, doc) for each document that mentions ``name`` (or each name)."""
        where, params = ("WHERE name = ?", (name,)) if name else ("", ())
        rows = self.db.execute(f"SELECT DISTINCT name, doc FROM mentions {where} ORDER BY name, doc",
                               params).fetchall()
        if docs is not None:
            wanted = set(docs)
            rows = [row for row in rows if row[1] in wanted]
        return rows

    def mention_counts(self, docs: Iterable[str] | None = None,
                       name: str | None = None) -> list[tuple[str, str, str | None, int]]:
        """(name, doc, the document's publication date, mentions) per entity and document."""
        query = ("SELECT m.name, m.doc, d.published, COUNT(*) FROM mentions m JOIN documents d ON d.doc = m.doc"
                 + (" WHERE m.name = ?" if name is not None else "") + " GROUP BY m.name, m.doc")
        rows = self.db.execute(query, (name,) if name is not None else ()).fetchall()
        if docs is not None:
            wanted = set(docs)
            rows = [row for row in rows if row[1] in wanted]
        return sorted(rows)

    def companions(self, name: str, docs: Iterable[str] | None = None) -> list[tuple[str, int]]:
        """Other names in the sentences that mention ``name``, with how many sentences they share."""
        if docs is None:
            return self.db.execute("SELECT other, sentences FROM companions WHERE name = ?", (name,)).fetchall()
        query = (
            "SELECT name, count(*) FROM (SELECT DISTINCT other.doc, other.sentence, other.name "
            "FROM mentions AS one JOIN mentions AS other ON other.doc = one.doc AND other.sentence = one.sentence "
            "AND other.name != one.name WHERE one.name = ? AND one.doc IN ({marks})) GROUP BY name"
        )
        counts: dict[str, int] = {}
        wanted = sorted(set(docs))
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start: chunk_start + 500]
            for other, count in self.db.execute(query.format(marks=",".join("?" * len(chunk))), (name, *chunk)):
                counts[other] = counts.get(other, 0) + count
        return list(counts.items())

    def facts_naming(self, name: str, docs: Iterable[str] | None = None) -> list[EncodedRecord]:
        """The facts whose sentence names ``name``, each with its document, as JSON text."""
        return [EncodedRecord('{"doc": ' + json.dumps(doc, ensure_ascii=False) + ", " + data[1:])
                for doc, data in self._rows("SELECT doc, data FROM facts", docs, "instr(names, ?) > 0",
                                            (f"\x1f{name}\x1f",))]


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
            # name_counts is the tally schema 3 keeps; a store not yet upgraded has mentions only.
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            count = "sum(mentions) FROM name_counts" if "name_counts" in tables else "count(*) FROM mentions"
            rows = db.execute(
                f"SELECT name, {count} WHERE name LIKE ? ESCAPE '\\' AND (? IS NULL OR label = ?) "
                "GROUP BY name ORDER BY 2 DESC, name LIMIT ?", (pattern, label, label, limit)).fetchall()
    except sqlite3.Error:
        return []
    finally:
        db.close()
    return [row[0] for row in rows if row[0]]
