"""The ingest: read the inputs, select what the store does not hold yet, batch it,
analyse each batch and save it in one transaction.

``ingest`` is the one entry point the commands use.  Each step is its own function:
``_select`` decides each document's status (an unchanged document is ``cached``, the
same content under another name is ``reused`` without NLP, the rest ``new`` or
``updated``), ``_batches`` bounds what one analysis holds, and a runner
(workers.py) analyses the batches here, in worker processes or on a Dask cluster
and saves them in reading order.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ainews_cli.analyse import pipeline_version
from ainews_cli.config import Settings
from ainews_cli.dates.bounds import DateRange
from ainews_cli.errors import InputError
from ainews_cli.ingest import content_key, expand_paths, read_inputs
from ainews_cli.records import AnalysedDocument, Document, Extraction, KnownDocument
from ainews_cli.store import Store

# A batch is analysed, then saved in one transaction; its size bounds the memory an
# ingest needs, whatever the corpus's size.
BATCH_DOCUMENTS = 64
BATCH_CHARS = 250_000

Report = Callable[[str], None]


class Progress:
    """What the pipeline tells about its progress; the CLI draws it on stderr."""

    def start(self, total: int | None) -> None: ...

    def advance(self, count: int = 1) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class IngestOptions:
    """How one ingest runs, beside the settings: the publication dates to keep, and
    whether to merge the store's timeline afterwards (so the next query over the whole
    store need not)."""

    window: DateRange = field(default_factory=DateRange)
    refresh: bool = False


@dataclass
class IngestResult:
    docs: list[str] = field(default_factory=list)  # every document read, in input order
    status: dict[str, str] = field(default_factory=dict)  # doc -> new, updated, cached, reused
    errors: list[InputError] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(status != "cached" for status in self.status.values())


def ingest(paths: Sequence[str], settings: Settings, store: Store, *, options: IngestOptions = IngestOptions(),
           report: Report, progress: Progress | None = None) -> IngestResult:
    """Read ``paths`` and store what is new.  Where the analysis runs (here, in
    ``settings.workers`` processes, or on the Dask cluster ``settings.dask`` names) does
    not change what is stored.  Documents published wholly outside ``options.window`` are
    skipped, and said so; undated documents are kept."""
    from ainews_cli.workers import runner

    progress = progress or Progress()
    version = pipeline_version(settings)
    result = IngestResult()
    run = runner(settings, version, report)

    read, saved = itertools.count(1), itertools.count(1)  # batches, numbered in the order they were read

    def save(batch: Sequence[Document], extractions: Sequence[Extraction]) -> None:
        from ainews_cli.copies import signature

        number = next(saved)
        trace(f"saving batch {number}")
        store.save([AnalysedDocument(document.doc, content_key(document), version, extraction, document.title,
                                     signature(document.body))
                    for document, extraction in zip(batch, extractions, strict=True)])
        trace(f"committed batch {number}")

    progress.start(sum(1 for item in expand_paths(paths) if isinstance(item, str)) if "-" not in paths else None)
    # The store and SQLite's files beside it may sit in the folder of news they were made from.
    store_files = [f"{store.path}{suffix}" for suffix in ("", "-wal", "-shm", "-journal")]
    files = _Files(store, version)
    documents = _read(read_inputs(paths, report, fetch_timeout=settings.fetch_timeout, unmentioned=store_files,
                                  files=files), result, report, progress)
    window = _Window(options.window)
    try:
        for batch in _batches(_select(window.keep(documents), store, version, result)):
            trace(f"analysing batch {next(read)}")
            run.submit(batch, save)
        run.finish()
        files.remember()
    finally:
        run.close()
    progress.stop()
    window.report_skipped(report)
    if options.refresh and result.changed:
        from ainews_cli.timeline_cache import refresh

        refresh(store, infer=settings.infer)
    return result


def trace(line: str) -> None:
    """Tell one step of an ingest to the file descriptor AINEWS_TRACE_FD names, if set.

    A test hook (docs/config.md): a test that interrupts an ingest reads these lines
    (``analysing batch N``, ``saving batch N``, ``committed batch N``) and sends its
    signal right after a known step, instead of after a guessed sleep."""
    fd = os.environ.get("AINEWS_TRACE_FD")
    if fd:
        with contextlib.suppress(OSError, ValueError):  # a closed or bad descriptor must not stop an ingest
            os.write(int(fd), f"{line}\n".encode())


class _Files:
    """The files this ingest reads, by their bytes: a file read before whose documents the
    store holds as they were read and analysed is not read again (ingest.FileLedger)."""

    def __init__(self, store: Store, version: str) -> None:
        self.store, self.version = store, version
        self.read_now: list[tuple[str, str, list[KnownDocument]]] = []

    def unchanged(self, path: str, digest: str) -> list[KnownDocument] | None:
        return self.store.known_file(path, digest, self.version)

    def read(self, path: str, digest: str, documents: Sequence[KnownDocument]) -> None:
        self.read_now.append((path, digest, list(documents)))

    def remember(self) -> None:
        """Note the files read, once their documents are saved (each is checked again when read)."""
        self.store.remember_files(self.read_now)


def _read(items: Iterable[Document | KnownDocument | InputError], result: IngestResult, report: Report,
          progress: Progress) -> Iterator[Document | KnownDocument]:
    """The documents read, each once; a failed input is reported and kept in the result."""
    last_path = None
    for item in items:
        if isinstance(item, InputError):
            result.errors.append(item)
            report(f"error: {item}")
            continue
        path = item.doc.split("#")[0]
        if path != last_path:
            progress.advance()
            last_path = path
        if item.doc not in result.status:
            yield item


class _Window:
    """Keeps the documents whose publication date meets the range, and counts the rest."""

    def __init__(self, dates: DateRange) -> None:
        self.dates = dates
        self.skipped = self.undated = 0

    def keep(self, documents: Iterable[Document | KnownDocument]) -> Iterator[Document | KnownDocument]:
        for document in documents:
            if self.dates.bounded:
                if document.published is None:
                    self.undated += 1
                elif not self.dates.holds_published(document.published):
                    self.skipped += 1
                    continue
            yield document

    def report_skipped(self, report: Report) -> None:
        if self.dates.bounded:
            kept = f"; {self.undated} without a known date kept" if self.undated else ""
            report(f"skipped {self.skipped} document{'s' if self.skipped != 1 else ''} published "
                   f"{self.dates.describe()}{kept}")


def _select(documents: Iterable[Document | KnownDocument], store: Store, version: str,
            result: IngestResult) -> Iterator[Document]:
    """The documents to analyse.  One stored unchanged is ``cached`` (a KnownDocument, of a
    file recognised by its bytes, is one unread); the same content stored under another name
    is saved under this one too (``reused``, no NLP)."""
    for document in documents:
        result.docs.append(document.doc)
        if isinstance(document, KnownDocument):
            result.status[document.doc] = "cached"
            continue
        key = content_key(document)
        stored = store.document(document.doc)
        if stored is not None and stored.key == key and stored.version == version:
            result.status[document.doc] = "cached"
            continue
        cached = store.cached(key, version)
        if cached is not None:
            store.save([AnalysedDocument(document.doc, key, version, cached, document.title)])
            result.status[document.doc] = "reused"
            continue
        result.status[document.doc] = "updated" if stored is not None else "new"
        yield document


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Batches of at most BATCH_DOCUMENTS documents and, past one document, BATCH_CHARS characters."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.body)
        if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
