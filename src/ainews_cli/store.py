"""The embedded store: one SQLite file, spoken to in records.

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

``timeline`` holds the whole store's events merged (timeline_cache.py decides when
it is current): each save bumps the store's generation, and the timeline records the
generation it was merged from.  ``inferred`` holds, beside it, each undated document's
inferred publication date or why there is none (infer.py), and ``inferred_events`` the
event mentions an inferred date places; both are written with the timeline they were
merged into.

Merged events and facts are kept as the JSON text codec.py writes and handed on as
``Encoded`` records, so the JSON writers copy them without decoding.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ainews_cli.codec import Encoded, dumps, dumps_sorted, first_field, loads
from ainews_cli.errors import StoreError
from ainews_cli.records import (
    AnalysedDocument,
    Companion,
    CopyMember,
    DocumentFact,
    DocumentInference,
    DocumentInfo,
    Event,
    EventMention,
    ExtractedDocument,
    Extraction,
    ExtractionCounts,
    Fact,
    Inference,
    KnownDocument,
    NameCount,
    Passage,
    PubDate,
    Signature,
    Source,
    StoredDocument,
    StoreReport,
    TimeExpression,
    UndatedDocument,
)

# 2: mentions.source (how a mention got its name); 3: the merged timeline, the name
# and companion tallies, facts.names; 4: facts.data holds the fact with its document;
# 5: text signatures and their bands, the copies relation; 6: inferred publication dates and
# the event mentions they place; 7: each merged event's digest.  ``files`` (the files read,
# by their bytes) came later without a new schema: it is created when missing, and an older
# ainews that leaves it behind leaves nothing wrong (each row is checked against ``documents``).
SCHEMA_VERSION = 7

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
    data TEXT NOT NULL, merged_because TEXT NOT NULL, importance REAL NOT NULL, independent INTEGER NOT NULL,
    digest TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timeline_first ON timeline (first);
CREATE INDEX IF NOT EXISTS timeline_importance ON timeline (importance DESC, id);
CREATE TABLE IF NOT EXISTS timeline_names (name TEXT NOT NULL, event INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS timeline_names_name ON timeline_names (name, event);
CREATE TABLE IF NOT EXISTS signatures (key TEXT PRIMARY KEY, shingles INTEGER NOT NULL, minhash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bands (band INTEGER NOT NULL, hash INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_hash ON bands (band, hash);
CREATE INDEX IF NOT EXISTS bands_key ON bands (key);
CREATE TABLE IF NOT EXISTS copies (doc TEXT PRIMARY KEY, original TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inferred (doc TEXT PRIMARY KEY, data TEXT NOT NULL, dates TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inferred_events (
    doc TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, lang TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS inferred_events_doc ON inferred_events (doc);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, digest TEXT NOT NULL, docs TEXT NOT NULL);
"""

CHUNK = 500  # documents per `IN (...)` list


@dataclass(frozen=True)
class Tally:
    names: dict[tuple[str, ...], int]  # (name, label, text, source, lang) -> mentions
    pairs: dict[tuple[str, ...], int]  # (name, other) -> sentences naming both


def tally(rows: Iterable[tuple[Any, ...]]) -> Tally:
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
    return Tally(names, pairs)


def _names_column(names: Sequence[str]) -> str:
    """Names between unit separators, so instr() finds a whole name: "\x1fA\x1fB\x1f"."""
    return "\x1f" + "".join(f"{name}\x1f" for name in names) if names else ""


def _chunks(docs: Iterable[str]) -> Iterator[list[str]]:
    wanted = sorted(set(docs))
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start: start + CHUNK]


def _marks(chunk: Sequence[str]) -> str:
    return ",".join("?" * len(chunk))


class _Shared:
    """Decodes stored JSON keeping one object for each distinct string and integer.

    A store's event mentions repeat their names, types, dates and sentences (a copy or a
    follow-up quotes the same sentence) many times over, and merging holds every mention
    at once: decoded apart, their equal strings were most of a merge's memory."""

    def __init__(self) -> None:
        self.seen: dict[str | int, Any] = {}
        self.decoder = json.JSONDecoder(object_pairs_hook=self._object)

    def _object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        # type(), not isinstance(): True == 1, and a bool must stay a bool.
        return {key: self.seen.setdefault(value, value) if type(value) in (str, int) else value
                for key, value in pairs}

    def string(self, text: str) -> str:
        found: str = self.seen.setdefault(text, text)
        return found

    def loads(self, text: str) -> Any:
        return self.decoder.decode(text)


class Store:
    def __init__(self, path: Path, *, db: sqlite3.Connection | None = None) -> None:
        self.path = path
        if db is not None:  # read_only() opened it
            self.db = db
            return
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

    @classmethod
    def read_only(cls, path: Path) -> Store | None:
        """The store at ``path`` opened read-only, never created nor migrated (None if there is
        none); for shell completion, which must never write."""
        if not path.is_file():
            return None
        # A read-only connection to a WAL store still creates its -wal and -shm files; a
        # store closed cleanly has none, and is opened as immutable so it stays that way.
        clean = not path.with_name(path.name + "-wal").exists()
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if clean else ''}", uri=True,
                             timeout=0.2)
        return cls(path, db=db)

    @contextmanager
    def _transaction(self, begin: str | None = "BEGIN IMMEDIATE") -> Iterator[None]:
        """One transaction (``begin`` None: the one just begun): committed when the block
        ends, rolled back if it raises."""
        if begin:
            self.db.execute(begin)
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _create(self) -> None:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)

    def _migrate(self) -> None:
        with self._transaction():
            self._create()
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer ainews (schema {row[0]}); upgrade ainews or use --db"
                )
            elif int(row[0]) < SCHEMA_VERSION:
                self._upgrade(int(row[0]))
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION),))

    def _upgrade(self, schema: int) -> None:
        """Bring a store written by an older schema up to this one."""
        if schema < 3:
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(mentions)")}
            if "source" not in columns:
                self.db.execute("ALTER TABLE mentions ADD COLUMN source TEXT NOT NULL DEFAULT ''")
            if "names" not in {r[1] for r in self.db.execute("PRAGMA table_info(facts)")}:
                self.db.execute("ALTER TABLE facts ADD COLUMN names TEXT NOT NULL DEFAULT ''")
            self.db.execute("DROP INDEX IF EXISTS mentions_sentence")  # now mentions_sentence_name
            # The tallies, counted from the stored mentions.
            self.db.execute("DELETE FROM name_counts")
            self.db.execute("DELETE FROM companions")
            for doc, in self.db.execute("SELECT DISTINCT doc FROM mentions").fetchall():
                self._apply_tally(tally([]), tally(self._mention_tally_rows(doc)))
        if schema < 7:
            # The merged timeline is a cache: made again, with its importance (schema 5) and
            # each event's digest (schema 7), at the next query.
            for table in ("timeline", "timeline_names"):
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
            self.db.execute("DELETE FROM meta WHERE key = 'timeline_of'")
            self._create()
        if schema >= 4:
            return  # a document's signature (schema 5) comes with its next analysis
        # Schema 4 keeps each fact with its document.
        rows = self.db.execute("SELECT rowid, doc, data FROM facts").fetchall()
        facts = [(rowid, Fact.from_dict(loads(data)), doc) for rowid, doc, data in rows]
        self.db.executemany("UPDATE facts SET data = ?, names = ? WHERE rowid = ?",
                            [(dumps(DocumentFact(doc, fact)), _names_column(fact.entities), rowid)
                             for rowid, fact, doc in facts])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- documents and their extractions -----------------------------------------------

    def document(self, doc: str) -> StoredDocument | None:
        row = self.db.execute("SELECT doc, key, version FROM documents WHERE doc = ?", (doc,)).fetchone()
        return StoredDocument(*row) if row else None

    def known_file(self, path: str, digest: str, version: str) -> list[KnownDocument] | None:
        """The documents of the file at ``path`` when it was last read with these bytes
        (``digest``), if the store still holds every one of them as it was read, analysed
        by this pipeline ``version``; else None, and the file is read again."""
        row = self.db.execute("SELECT docs FROM files WHERE path = ? AND digest = ?", (path, digest)).fetchone()
        if row is None:
            return None
        known = [KnownDocument(doc, key, PubDate(*published) if published else None)
                 for doc, key, published in loads(row[0])]
        wanted = {document.doc: document.key for document in known}
        held: dict[str, str] = {}
        for chunk in _chunks(wanted):
            held.update(self.db.execute("SELECT doc, key FROM documents WHERE version = ? "
                                        f"AND doc IN ({_marks(chunk)})", [version, *chunk]).fetchall())
        return known if held == wanted else None

    def remember_files(self, files: Iterable[tuple[str, str, Sequence[KnownDocument]]]) -> None:
        """Note each file read (``path``, ``digest`` of its bytes) with the documents it gave."""
        rows = [(path, digest, dumps([[d.doc, d.key, [d.published.date, d.published.source] if d.published else None]
                                      for d in documents])) for path, digest, documents in files]
        if rows:
            with self._transaction():
                self.db.executemany("INSERT OR REPLACE INTO files (path, digest, docs) VALUES (?, ?, ?)", rows)

    def cached(self, key: str, version: str) -> Extraction | None:
        """The extraction stored for this content and pipeline version, if any."""
        row = self.db.execute(
            "SELECT data FROM extractions WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return Extraction.from_dict(loads(row[0])) if row else None

    def extraction(self, doc: str) -> ExtractedDocument | None:
        row = self.db.execute(
            "SELECT e.data, d.title FROM documents d JOIN extractions e ON e.key = d.key AND e.version = d.version "
            "WHERE d.doc = ?",
            (doc,),
        ).fetchone()
        # The extraction is shared by every document with this content; the title is the document's own.
        return ExtractedDocument(doc, Extraction.from_dict(loads(row[0])), row[1]) if row else None

    def extraction_counts(self, docs: Iterable[str]) -> dict[str, ExtractionCounts]:
        """Each stored document's language, publication date and how many entities, dates
        and events its extraction holds, counted by SQLite in the stored text."""
        return {doc: ExtractionCounts(*counts) for doc, *counts in self._with_extraction(
            "json_extract(e.data, '$.lang'), json_extract(e.data, '$.published.date'), "
            "json_array_length(e.data, '$.entities'), json_array_length(e.data, '$.dates'), "
            "json_array_length(e.data, '$.events')", docs)}

    def document_info(self, docs: Iterable[str]) -> dict[str, DocumentInfo]:
        """Title, URL, publication date and language of these documents, for the formats that cite them."""
        return {doc: DocumentInfo(*info) for doc, *info in self._with_extraction(
            "d.title, json_extract(e.data, '$.url'), d.published, d.lang", docs)}

    def _with_extraction(self, columns: str, docs: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        """Each of these stored documents (``d``) with its extraction (``e``): its name, then ``columns``."""
        for chunk in _chunks(docs):
            yield from self.db.execute(
                f"SELECT d.doc, {columns} FROM documents d "
                "JOIN extractions e ON e.key = d.key AND e.version = d.version "
                f"WHERE d.doc IN ({_marks(chunk)})", chunk)

    def sites(self, docs: Iterable[str] | None = None) -> dict[str, str]:
        """Each document's site (the host of its URL) where it has a URL."""
        from urllib.parse import urlsplit

        wanted = None if docs is None else set(docs)
        rows = self.db.execute("SELECT d.doc, json_extract(e.data, '$.url') FROM documents d JOIN extractions e "
                               "ON e.key = d.key AND e.version = d.version ORDER BY d.doc")
        found = {}
        for doc, url in rows:
            if not url or (wanted is not None and doc not in wanted):
                continue
            host = urlsplit(url).hostname or ""
            found[doc] = host.removeprefix("www.") or doc
        return found

    def save(self, items: Sequence[AnalysedDocument]) -> None:
        """Store each document with its extraction and what derives from it, all in one transaction."""
        if not items:
            return
        with self._transaction():
            replaced = []
            for item in items:
                before = self.document(item.doc)
                if before is not None and (before.key, before.version) != (item.key, item.version):
                    replaced.append((before.key, before.version))
                self._save_one(item)
            # Extractions no document points at any more (a document's content or the pipeline changed),
            # and the signatures of content no document has.
            self.db.executemany(
                "DELETE FROM extractions WHERE key = ? AND version = ? AND NOT EXISTS (SELECT 1 FROM documents d "
                "WHERE d.key = extractions.key AND d.version = extractions.version)", replaced)
            gone = [(key, key) for key in sorted({key for key, _ in replaced})]
            for table in ("signatures", "bands"):
                self.db.executemany(f"DELETE FROM {table} WHERE key = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM documents d WHERE d.key = ?)", gone)
            self.db.execute("INSERT INTO meta VALUES ('generation', '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def _save_one(self, item: AnalysedDocument) -> None:
        doc, data = item.doc, item.extraction
        self.db.execute("INSERT OR REPLACE INTO extractions (key, version, data) VALUES (?, ?, ?)",
                        (item.key, item.version, dumps_sorted(data)))
        signature = item.signature
        if signature is not None and signature.values and self.db.execute(
                "INSERT OR IGNORE INTO signatures (key, shingles, minhash) VALUES (?, ?, ?)",
                (item.key, signature.shingles, struct.pack(f"<{len(signature.values)}Q", *signature.values))
        ).rowcount:
            self.db.executemany("INSERT INTO bands (band, hash, key) VALUES (?, ?, ?)",
                                [(band, value, item.key) for band, value in enumerate(signature.bands)])
        old = tally(self._mention_tally_rows(doc))
        for table in ("mentions", "events", "facts"):
            self.db.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))
        published = data.published
        self.db.execute(
            "INSERT OR REPLACE INTO documents (doc, key, version, lang, published, published_source, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc, item.key, item.version, data.lang, published.date if published else None,
             published.source if published else None, item.title),
        )
        rows = []
        starts = [sentence.start for sentence in data.sentences]
        for mention in data.entities:
            index = max(bisect.bisect_right(starts, mention.start) - 1, 0)  # the sentence it is in
            lang = data.sentences[index].lang if data.sentences else data.lang
            rows.append((doc, mention.name, mention.label, mention.text, mention.start, mention.end, lang, index,
                         mention.source))
        self.db.executemany(
            'INSERT INTO mentions (doc, name, label, text, start, "end", lang, sentence, source) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._apply_tally(old, tally([(r[1], r[2], r[3], r[8], r[6], r[7]) for r in rows]))
        self.db.executemany(
            "INSERT INTO events (doc, first, last, lang, data) VALUES (?, ?, ?, ?, ?)",
            [(doc, event.date.first, event.date.last, event.lang, dumps(event)) for event in data.events],
        )
        self.db.executemany(
            "INSERT INTO facts (doc, data, names) VALUES (?, ?, ?)",
            [(doc, dumps(DocumentFact(doc, fact)), _names_column(fact.entities)) for fact in data.facts],
        )

    def _mention_tally_rows(self, doc: str) -> list[tuple[Any, ...]]:
        return self.db.execute("SELECT name, label, text, source, lang, sentence FROM mentions WHERE doc = ?",
                               (doc,)).fetchall()

    def _apply_tally(self, old: Tally, new: Tally) -> None:
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

    # --- event mentions and the merged timeline -----------------------------------------

    def event_sources(self, docs: Iterable[str] | None = None, *, inferred: bool = False) -> list[Source]:
        """The stored event mentions of these documents (or all), each with its document;
        with ``inferred`` also those their inferred publication dates place."""
        shared = _Shared()
        sources = [Source(shared.string(doc), EventMention.from_dict(shared.loads(data)))
                   for doc, data in self._rows("SELECT doc, data FROM events", docs)]
        if inferred:
            sources += [Source(shared.string(doc), EventMention.from_dict(shared.loads(data)))
                        for doc, data in self._rows("SELECT doc, data FROM inferred_events", docs)]
        return sources

    def undated_documents(self) -> list[UndatedDocument]:
        """Every document without a publication date, with what inference reads of it."""
        rows = self.db.execute(
            "SELECT d.doc, json_extract(e.data, '$.pending'), json_extract(e.data, '$.passages'), "
            "json_extract(e.data, '$.dates'), json_extract(e.data, '$.sentences') FROM documents d "
            "JOIN extractions e ON e.key = d.key AND e.version = d.version WHERE d.published IS NULL ORDER BY d.doc")
        return [UndatedDocument(doc, tuple(EventMention.from_dict(m) for m in loads(pending or "[]")),
                                tuple(Passage(*p) for p in loads(passages or "[]")),
                                tuple(TimeExpression.from_dict(d) for d in loads(dates or "[]")),
                                tuple((start, end) for start, end, _ in loads(sentences or "[]")))
                for doc, pending, passages, dates, sentences in rows]

    def inferences(self, docs: Iterable[str] | None = None) -> dict[str, DocumentInference]:
        """The stored inference of each undated document among these (or all), with the
        dates and event mentions an inferred date places."""
        placed: dict[str, list[EventMention]] = {}
        for doc, data in self._rows("SELECT doc, data FROM inferred_events", docs):
            placed.setdefault(doc, []).append(EventMention.from_dict(loads(data)))
        return {doc: DocumentInference(doc, Inference.from_dict(loads(data)),
                                       tuple(TimeExpression.from_dict(d) for d in loads(dates)),
                                       tuple(placed.get(doc, ())))
                for doc, data, dates in self._rows("SELECT doc, data, dates FROM inferred", docs)}

    def inferred_count(self, docs: Iterable[str] | None = None) -> int:
        """How many of these documents (or of all) have an inferred publication date."""
        return sum(1 for _ in self._rows("SELECT doc FROM inferred", docs, "json_extract(data, '$.first') "
                                                                           "IS NOT NULL"))

    def event_snapshot(self) -> tuple[str, list[Source]]:
        """The generation and every stored event mention, read in one transaction."""
        with self._transaction("BEGIN"):
            return self._meta("generation") or "0", self.event_sources()

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def timeline_of(self) -> tuple[str, str | None]:
        """The store's generation, and what its stored timeline was merged from ("GENERATION/REVISION")."""
        return self._meta("generation") or "0", self._meta("timeline_of")

    # --- copies ------------------------------------------------------------------------

    def copy_members(self, docs: Iterable[str] | None = None) -> list[CopyMember]:
        """Every document (or these) with its content key and publication date."""
        rows = self._rows("SELECT doc, key, published FROM documents", docs)
        return [CopyMember(*row) for row in rows]

    def copy_buckets(self) -> list[tuple[str, ...]]:
        """The content keys whose signatures share a band, bucket by bucket (buckets of one left
        out), each bucket's keys in order."""
        rows = self.db.execute(
            "SELECT group_concat(key, char(10)) FROM (SELECT band, hash, key FROM bands WHERE (band, hash) IN "
            "(SELECT band, hash FROM bands GROUP BY band, hash HAVING count(*) > 1) ORDER BY band, hash, key) "
            "GROUP BY band, hash")
        return [tuple(keys.split("\n")) for keys, in rows]

    def signatures(self, keys: Iterable[str]) -> dict[str, Signature]:
        found = {}
        for chunk in _chunks(keys):
            for key, shingles, blob in self.db.execute(
                    f"SELECT key, shingles, minhash FROM signatures WHERE key IN ({_marks(chunk)})", chunk):
                values = struct.unpack(f"<{len(blob) // 8}Q", blob)
                found[key] = Signature(shingles, values, ())
        return found

    def copies(self, docs: Iterable[str] | None = None) -> dict[str, str]:
        """Each copy among these documents (or all) and its original, as the last merge found them."""
        return dict(self._rows("SELECT doc, original FROM copies", docs))

    def replace_timeline(self, generation: str, revision: str, events: Sequence[Event],
                         originals: Mapping[str, str],
                         inferences: Sequence[DocumentInference] | None = None) -> bool:
        """Store the merged events built from ``generation`` by code of ``revision``, the
        copies relation they were merged with and the inferences they were merged with
        (when inference ran), unless another ingest saved since; False then, and nothing
        is written."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:  # a read-only store: the caller merges each time
            return False
        with self._transaction(begin=None):
            if (self._meta("generation") or "0") != generation:
                return False
            self.db.execute("DELETE FROM timeline")
            self.db.execute("DELETE FROM timeline_names")
            self.db.executemany(
                "INSERT INTO timeline (id, first, last, langs, data, merged_because, importance, independent, "
                "digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                # Rows are made as SQLite takes them, not listed first: the JSON of every
                # merged event at once would be memory that grows with the store.
                ((index, event.start, event.end, "," + ",".join(sorted(event.langs)) + ",",
                  dumps(unexplained), dumps(list(event.merged_because or ())), event.importance,
                  event.independent_sources, dumps(unexplained.digest()))
                 for index, event in enumerate(events) for unexplained in [replace(event, merged_because=None)]))
            self.db.executemany("INSERT INTO timeline_names (name, event) VALUES (?, ?)",
                                ((entity.name, index) for index, event in enumerate(events)
                                 for entity in event.entities))
            self.db.execute("DELETE FROM copies")
            self.db.executemany("INSERT INTO copies (doc, original) VALUES (?, ?)", sorted(originals.items()))
            if inferences is not None:
                self._replace_inferences(inferences)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('timeline_of', ?)", (f"{generation}/{revision}",))
        return True

    def _replace_inferences(self, inferences: Sequence[DocumentInference]) -> None:
        self.db.execute("DELETE FROM inferred")
        self.db.execute("DELETE FROM inferred_events")
        ordered = sorted(inferences, key=lambda item: item.doc)
        self.db.executemany("INSERT INTO inferred (doc, data, dates) VALUES (?, ?, ?)",
                            ((item.doc, dumps(item.inference), dumps([d.to_dict() for d in item.dates]))
                             for item in ordered))
        self.db.executemany("INSERT INTO inferred_events (doc, first, last, lang, data) VALUES (?, ?, ?, ?, ?)",
                            ((item.doc, event.date.first, event.date.last, event.lang, dumps(event))
                             for item in ordered for event in item.events))

    def timeline(self, *, since: str | None, until: str | None, name: str | None, lang: str | None,
                 explain: bool, top: int | None = None, min_sources: int | None = None,
                 sources: bool = True) -> list[Encoded[Event]]:
        """The stored merged events that overlap [since, until], name ``name``, are told in
        ``lang`` and by at least ``min_sources`` independent sources, in chronological order;
        with ``top`` the most important of them only; with why they merged if ``explain``;
        without all their ``sources``, each event's digest (Event.digest)."""
        where: list[str] = []
        params: list[str | int] = []
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
        if min_sources:
            where.append("t.independent >= ?")
            params.append(min_sources)
        condition = f" WHERE {' AND '.join(where)}" if where else ""
        column = "data" if sources or explain else "digest"
        query = f"SELECT t.id, t.{column}, t.merged_because FROM timeline t{condition}"
        if top is not None:
            query = f"SELECT * FROM ({query} ORDER BY t.importance DESC, t.id LIMIT ?)"
            params.append(top)
        rows = self.db.execute(f"{query} ORDER BY 1", params)
        if not explain:
            return [Encoded(data, Event.from_dict) for _, data, _ in rows]
        return [Encoded.of(replace(Event.from_dict(loads(data)), merged_because=tuple(loads(because))))
                for _, data, because in rows]

    def document_counts(self, docs: Iterable[str] | None = None) -> tuple[int, int]:
        """How many of these documents (or of all) the store holds, and how many of them
        have no publication date."""
        query = "SELECT count(*), count(*) - count(published) FROM documents"
        if docs is None:
            total, undated = self.db.execute(query).fetchone()
            return total, undated
        total = undated = 0
        for chunk in _chunks(docs):
            some, none = self.db.execute(f"{query} WHERE doc IN ({_marks(chunk)})", chunk).fetchone()
            total, undated = total + some, undated + none
        return total, undated

    # --- facts -------------------------------------------------------------------------

    def facts(self, docs: Iterable[str] | None = None, *, name: str | None = None) -> list[Encoded[DocumentFact]]:
        """The facts stated in these documents (or all), in document order; with ``name``
        only those whose sentence names it."""
        where, params = ("instr(names, ?) > 0", (f"\x1f{name}\x1f",)) if name else ("", ())
        # Documents of the same content (copies outright) state the same facts: those of the
        # first are read, and the others' are the same facts under their own names, neither
        # read nor decoded again (in a store of many copies, most of the facts).
        first: dict[tuple[str, str], str] = {}
        same: dict[str, str] = {}  # doc -> the first document of its content
        for doc, key, version in self._rows("SELECT doc, key, version FROM documents", docs):
            same[doc] = first.setdefault((key, version), doc)
        if len(first) == len(same):
            return [Encoded(data, DocumentFact.from_dict)
                    for data, in self._rows("SELECT data FROM facts", docs, where, params)]
        stated: dict[str, list[Encoded[DocumentFact]]] = {}
        for doc, data in self._rows("SELECT doc, data FROM facts", first.values(), where, params):
            stated.setdefault(doc, []).append(Encoded(data, DocumentFact.from_dict))
        found: list[Encoded[DocumentFact]] = []
        heads = {original: first_field("doc", original) for original in stated}
        for doc, original in same.items():  # in document order, as _rows gives them
            if original in stated:
                records = stated[original]
                found.extend(records if doc == original else _restated(records, heads[original], doc))
        return found

    # --- names -------------------------------------------------------------------------

    def names(self) -> list[str]:
        """Every canonical name mentioned in the store."""
        return [row[0] for row in self.db.execute("SELECT DISTINCT name FROM mentions")]

    def name_counts(self, name: str | None = None, docs: Iterable[str] | None = None) -> list[NameCount]:
        """The mentions of ``name`` (or of every name) counted by label, form, source and language."""
        if docs is None:
            return self._counted_names("WHERE name = ?", [name]) if name else self._counted_names()
        counts: dict[tuple[str, str, str, str, str], int] = {}
        for row in self._rows("SELECT name, label, text, source, lang FROM mentions", docs,
                              "name = ?" if name else "", (name,) if name else ()):
            counts[row] = counts.get(row, 0) + 1
        return [NameCount(*key, mentions=count) for key, count in sorted(counts.items())]

    def name_forms(self, names: Iterable[str]) -> list[NameCount]:
        """The mentions of each of ``names``, counted by label, form, source and language."""
        wanted = sorted(set(names))
        return [count for at in range(0, len(wanted), 500)
                for count in self._counted_names(f"WHERE name IN ({', '.join('?' * len(wanted[at:at + 500]))})",
                                                 wanted[at:at + 500])]

    def _counted_names(self, where: str = "", params: Sequence[str] = ()) -> list[NameCount]:
        """Rows of the name_counts table, as ``where`` picks them, in name order."""
        rows = self.db.execute(f"SELECT name, label, text, source, lang, mentions FROM name_counts {where} "
                               "ORDER BY name, label, text, source, lang", list(params)).fetchall()
        return [NameCount(*row) for row in rows]

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

    def companions(self, name: str, docs: Iterable[str] | None = None) -> list[Companion]:
        """Other names in the sentences that mention ``name``, with how many sentences they share."""
        if docs is None:
            rows = self.db.execute("SELECT other, sentences FROM companions WHERE name = ?", (name,))
            return [Companion(*row) for row in rows]
        query = (
            "SELECT name, count(*) FROM (SELECT DISTINCT other.doc, other.sentence, other.name "
            "FROM mentions AS one JOIN mentions AS other ON other.doc = one.doc AND other.sentence = one.sentence "
            "AND other.name != one.name WHERE one.name = ? AND one.doc IN ({marks})) GROUP BY name"
        )
        counts: dict[str, int] = {}
        for chunk in _chunks(docs):
            for other, count in self.db.execute(query.format(marks=_marks(chunk)), (name, *chunk)):
                counts[other] = counts.get(other, 0) + count
        return [Companion(*item) for item in counts.items()]

    def names_like(self, prefix: str, *, label: str | None = None, limit: int = 200) -> list[str]:
        """Names starting with ``prefix`` (of one label if given), most mentioned first."""
        # name_counts is the tally schema 3 keeps; a store not yet upgraded has mentions only.
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        count = "sum(mentions) FROM name_counts" if "name_counts" in tables else "count(*) FROM mentions"
        rows = self.db.execute(
            f"SELECT name, {count} WHERE name LIKE ? ESCAPE '\\' AND (? IS NULL OR label = ?) "
            "GROUP BY name ORDER BY 2 DESC, name LIMIT ?", (_like(prefix), label, label, limit))
        return [row[0] for row in rows if row[0]]

    def langs_like(self, prefix: str) -> list[str]:
        """The documents' languages starting with ``prefix``."""
        rows = self.db.execute("SELECT DISTINCT lang FROM documents WHERE lang LIKE ? ESCAPE '\\' ORDER BY lang",
                               (_like(prefix),))
        return [row[0] for row in rows if row[0]]

    # --- checks ------------------------------------------------------------------------

    def check(self, version: str) -> StoreReport:
        """What the store holds and whether it is sound (SQLite's integrity check, and
        every document pointing at an extraction)."""
        integrity = tuple(row[0] for row in self.db.execute("PRAGMA integrity_check"))
        counts = {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("documents", "extractions", "mentions", "events", "facts")}
        dangling = self.db.execute(
            "SELECT count(*) FROM documents d LEFT JOIN extractions e ON e.key = d.key AND e.version = d.version "
            "WHERE e.key IS NULL").fetchone()[0]
        stale = tuple(row[0] for row in self.db.execute(
            "SELECT doc FROM documents WHERE version != ? ORDER BY doc", (version,)))
        schema = self._meta("schema") or "0"
        return StoreReport(path=str(self.path), ok=integrity == ("ok",) and dangling == 0, integrity=integrity,
                           schema=int(schema), pipeline_version=version, counts=counts,
                           documents_without_extraction=dangling, stale_documents=stale)

    def _rows(self, query: str, docs: Iterable[str] | None, where: str = "",
              params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        condition = f" WHERE {where}" if where else ""
        if docs is None:
            yield from self.db.execute(query + condition + " ORDER BY doc, rowid", tuple(params))
            return
        for chunk in _chunks(docs):
            both = f"{where} AND doc IN ({_marks(chunk)})" if where else f"doc IN ({_marks(chunk)})"
            yield from self.db.execute(f"{query} WHERE {both} ORDER BY doc, rowid", (*params, *chunk))


def _restated(records: Sequence[Encoded[DocumentFact]], old: str, doc: str) -> list[Encoded[DocumentFact]]:
    """The facts another document states (their text beginning ``old``, its name), as
    stated by ``doc``, of the same content."""
    new = first_field("doc", doc)

    def restate(record: Encoded[DocumentFact]) -> Encoded[DocumentFact]:
        if not record.text.startswith(old):  # pragma: no cover - every stored fact begins with its document
            return Encoded.of(DocumentFact(doc, record.value.fact))
        return Encoded.made(new + record.text[len(old):], lambda: DocumentFact(doc, record.value.fact))

    return [restate(record) for record in records]


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
