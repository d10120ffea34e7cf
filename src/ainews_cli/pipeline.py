"""The pipeline: documents -> language -> entities -> dates -> events and facts,
in batches, with the store as cache.

``ingest`` is the one entry point the commands use: it reads inputs, skips what
the store already holds for this content and pipeline version, analyses the rest
in batches (one ``nlp.pipe`` call per language per batch) and saves each batch in
one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from ainews_cli import __version__
from ainews_cli.config import NO_MODEL, Settings, choose_pipeline, installed_pipelines, packaged_models
from ainews_cli.errors import AinewsError, InputError, UsageError
from ainews_cli.ingest import analysable, content_key, expand_paths, read_inputs
from ainews_cli.language import Block, blocks, detect_document_language, language_spans
from ainews_cli.records import Document, PubDate
from ainews_cli.store import Store

# Bump when a change to the code changes what is extracted: stored extractions of
# other revisions are then recomputed, never misread.
PIPELINE_REVISION = "2"
# A batch is analysed, then saved in one transaction; its size bounds the memory an
# ingest needs, whatever the corpus's size.
BATCH_DOCUMENTS = 64
BATCH_CHARS = 250_000
_LEAD = re.compile(r"^(?:\s|[-*•>#]+\s)*")

Report = Callable[[str], None]


class Progress:
    """What the pipeline tells about its progress; the CLI draws it on stderr."""

    def start(self, total: int | None) -> None: ...

    def advance(self, count: int = 1) -> None: ...

    def stop(self) -> None: ...


@dataclass
class IngestResult:
    docs: list[str] = field(default_factory=list)  # every document read, in input order
    status: dict[str, str] = field(default_factory=dict)  # doc -> new, updated, cached, reused
    errors: list[InputError] = field(default_factory=list)


_READ = object()


def pipeline_version(settings: Settings, *, user_aliases: Any = _READ) -> str:
    """A fingerprint of everything that decides an extraction besides the content.

    ``user_aliases``: the text of the user's alias file when it is known already (a
    Dask worker gets it from the client, as its own disk may not have the file)."""
    if user_aliases is _READ:
        user_aliases = _user_aliases(settings)
    parts = {
        "ainews": __version__,
        "revision": PIPELINE_REVISION,
        "aliases": resources.files("ainews_cli").joinpath("data/aliases.json").read_text("utf-8"),
        "user_aliases": user_aliases,
        "triggers": resources.files("ainews_cli").joinpath("data/triggers.json").read_text("utf-8"),
        "pipelines": [(p.name, p.version) for p in installed_pipelines()],
        # A retrained packaged model has a new checksum, so its extractions are redone.
        "packaged_models": [(m.lang, m.version, m.checksum) for m in packaged_models()],
        "models": sorted(settings.models.items()),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def _user_aliases(settings: Settings) -> str | None:
    return settings.aliases.read_text("utf-8") if settings.aliases and settings.aliases.exists() else None


def ingest(
    paths: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    report: Report,
    progress: Progress | None = None,
    workers: int = 1,
    refresh: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> IngestResult:
    """Read ``paths`` and store what is new.  The analysis runs here, in ``workers``
    local processes, or on the Dask cluster ``settings.dask`` names; the store is
    the same whichever runs it.  ``refresh``: merge the store's timeline afterwards if
    anything changed, so the next query over the whole store need not.  With
    ``since``/``until`` (YYYY, YYYY-MM or YYYY-MM-DD), documents whose publication date
    lies wholly outside the range are skipped, and said so; undated documents are kept."""
    from ainews_cli.query import parse_bound

    window = (parse_bound(since, "--since", upper=False), parse_bound(until, "--until", upper=True))
    progress = progress or Progress()
    version = pipeline_version(settings)
    result = IngestResult()
    total = sum(1 for item in expand_paths(paths) if isinstance(item, str)) if "-" not in paths else None
    pool: _Workers | None = None
    if settings.dask:
        pool = _Workers(_DaskBackend(settings, version), report)
    elif workers > 1:
        pool = _Workers(_ProcessBackend(settings, workers), report)
    progress.start(total)
    analyser = Analyser(settings, report)
    pending: list[tuple[Document, str, str]] = []  # (document, key, status)
    analysed, saved = itertools.count(1), itertools.count(1)  # batches, numbered in the order they were read

    def save(batch: list[tuple[Document, str, str]], extractions: list[dict[str, Any]]) -> None:
        number = next(saved)
        trace(f"saving batch {number}")
        store.save([(document.doc, key, version, data, document.title)
                    for (document, key, _), data in zip(batch, extractions, strict=True)])
        trace(f"committed batch {number}")

    def flush() -> None:
        if not pending:
            return
        batch = list(pending)
        pending.clear()
        trace(f"analysing batch {next(analysed)}")
        if pool is None:
            save(batch, analyser.analyse([document for document, _, _ in batch]))
        else:
            pool.submit(batch, save)

    last_path = None
    skipped = undated = 0
    for item in read_inputs(paths, report, fetch_timeout=settings.fetch_timeout):
        if isinstance(item, InputError):
            result.errors.append(item)
            report(f"error: {item}")
            continue
        path = item.doc.split("#")[0]
        if path != last_path:
            progress.advance()
            last_path = path
        if item.doc in result.status:
            continue
        if window != (None, None):
            if item.published is None:
                undated += 1
            elif not published_within(item.published, *window):
                skipped += 1
                continue
        result.docs.append(item.doc)
        key = content_key(item)
        stored = store.document(item.doc)
        if stored is not None and stored.key == key and stored.version == version:
            result.status[item.doc] = "cached"
            continue
        cached = store.cached(key, version)
        if cached is not None:
            # Same content under another name: reuse the extraction, no NLP.
            store.save([(item.doc, key, version, cached, item.title)])
            result.status[item.doc] = "reused"
            continue
        result.status[item.doc] = "updated" if stored is not None else "new"
        pending.append((item, key, result.status[item.doc]))
        if len(pending) >= BATCH_DOCUMENTS or sum(len(d.body) for d, _, _ in pending) >= BATCH_CHARS:
            flush()
    try:
        flush()
        if pool is not None:
            pool.finish()
    finally:
        if pool is not None:
            pool.close()
    progress.stop()
    if window != (None, None):
        first, last = window
        outside = f"outside {first} – {last}" if first and last else f"before {first}" if first else f"after {last}"
        kept = f"; {undated} without a known date kept" if undated else ""
        report(f"skipped {skipped} document{'s' if skipped != 1 else ''} published {outside}{kept}")
    if refresh and any(status != "cached" for status in result.status.values()):
        from ainews_cli.query import refresh_timeline

        refresh_timeline(store)
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


def published_within(published: PubDate, since: str | None, until: str | None) -> bool:
    """Whether the days a publication date covers ("2023" is the whole year) meet the range."""
    from ainews_cli.query import parse_bound

    first = parse_bound(published.date, "published", upper=False) or published.date
    last = parse_bound(published.date, "published", upper=True) or published.date
    return not ((since and last < since) or (until and first > until))


class _Workers:
    """Batches analysed elsewhere (worker processes, or a Dask cluster), each worker
    loading its pipelines once; results are saved in the order the batches were read,
    so the store is the same as after a run in one process.  At most two batches a
    worker wait, so memory stays flat."""

    def __init__(self, backend: _ProcessBackend | _DaskBackend, report: Report) -> None:
        self.backend = backend
        self.report = report
        self.reported: set[str] = set()
        self.limit = 2 * backend.workers
        self.queue: deque[tuple[Any, list[tuple[Document, str, str]], Callable[..., None]]] = deque()

    def submit(self, batch: list[tuple[Document, str, str]], save: Callable[..., None]) -> None:
        future = self.backend.submit([document for document, _, _ in batch])
        self.queue.append((future, batch, save))
        while len(self.queue) > self.limit:
            self._save_oldest()

    def finish(self) -> None:
        while self.queue:
            self._save_oldest()

    def _save_oldest(self) -> None:
        future, batch, save = self.queue.popleft()
        extractions, notices = self.backend.result(future)
        for notice in notices:
            if notice not in self.reported:  # each worker says it once; say it once
                self.reported.add(notice)
                self.report(notice)
        save(batch, extractions)

    def close(self) -> None:
        self.backend.close()


class _ProcessBackend:
    """Local worker processes (``--workers N``)."""

    def __init__(self, settings: Settings, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(settings,))

    def submit(self, documents: list[Document]) -> Any:
        return self.executor.submit(_analyse_in_worker, documents)

    def result(self, future: Any) -> tuple[list[dict[str, Any]], list[str]]:
        return future.result()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


_WORKER: dict[str, Any] = {}


def _start_worker(settings: Settings) -> None:
    notices: list[str] = []
    _WORKER["notices"] = notices
    _WORKER["analyser"] = Analyser(settings, notices.append)


def _analyse_in_worker(documents: list[Document]) -> tuple[list[dict[str, Any]], list[str]]:
    extractions = _WORKER["analyser"].analyse(documents)
    notices = list(_WORKER["notices"])
    _WORKER["notices"].clear()
    return extractions, notices


class _DaskBackend:
    """A Dask distributed cluster (``--dask ADDRESS``): the same per-document analysis
    runs on its workers, which need ainews and the same pipelines installed.  Before
    any work is sent, every worker's pipeline version is checked against this one,
    so a worker with other models never writes extractions under this version."""

    def __init__(self, settings: Settings, version: str) -> None:
        try:
            from distributed import Client
        except ImportError as error:
            raise UsageError("--dask needs Dask's distributed scheduler: pip install 'ainews-cli[dask]'") from error
        import logging

        # Dask logs connection chatter at INFO; ainews says what matters itself.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        address = settings.dask or ""
        try:
            self.client = Client(address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise UsageError(f"cannot reach the Dask scheduler at {address!r} ({error}); start one "
                             "(`dask scheduler` and `dask worker ADDRESS`) or fix --dask / AINEWS_DASK") from error
        # The user's alias file is read here and sent along: the workers' disks may not have it.
        user_aliases = _user_aliases(settings)
        try:
            self.workers = self._check_workers(settings, version, user_aliases)
        except BaseException:
            self.client.close()
            raise
        self.job = (settings, version, user_aliases)

    def _check_workers(self, settings: Settings, version: str, user_aliases: str | None) -> int:
        info = self.client.scheduler_info(n_workers=-1)["workers"]
        if not info:
            raise UsageError(f"the Dask cluster at {settings.dask!r} has no workers; start some with "
                             f"`dask worker {settings.dask}`")
        versions = self.client.run(_dask_worker_version, settings, user_aliases)
        different = sorted(worker for worker, theirs in versions.items() if theirs != version)
        if different:
            raise UsageError(
                f"Dask worker {different[0]} runs another ainews version or other spaCy pipelines than this "
                f"machine ({len(different)} of {len(versions)} workers differ); install the same ainews and "
                "models on the workers")
        return sum(worker.get("nthreads", 1) for worker in info.values())

    def submit(self, documents: list[Document]) -> Any:
        return self.client.submit(_analyse_on_dask, *self.job, documents, pure=False)

    def result(self, future: Any) -> tuple[list[dict[str, Any]], list[str]]:
        try:
            return future.result()
        except Exception as error:  # a worker died or the cluster went away mid-run
            if isinstance(error, AinewsError):
                raise
            raise AinewsError(f"the Dask cluster failed while analysing ({type(error).__name__}: {error}); "
                              "batches saved before stay in the store, run the same ingest again") from error

    def close(self) -> None:
        self.client.close()


def _dask_worker_version(settings: Settings, user_aliases: str | None) -> str:
    return pipeline_version(settings, user_aliases=user_aliases)


# One analyser per worker process and settings: the pipelines load once, not per batch.
_DASK_ANALYSERS: dict[str, tuple[Analyser, list[str]]] = {}


def _analyse_on_dask(settings: Settings, version: str, user_aliases: str | None,
                     documents: list[Document]) -> tuple[list[dict[str, Any]], list[str]]:
    from ainews_cli.entities import load_alias_table

    if pipeline_version(settings, user_aliases=user_aliases) != version:
        raise UsageError("a Dask worker's ainews or spaCy pipelines changed during the run; install the same "
                         "ones on every worker and run the ingest again")
    if version not in _DASK_ANALYSERS:
        notices: list[str] = []
        analyser = Analyser(settings, notices.append, aliases=load_alias_table(user_text=user_aliases))
        _DASK_ANALYSERS[version] = (analyser, notices)
    analyser, notices = _DASK_ANALYSERS[version]
    extractions = analyser.analyse(documents)
    said = list(notices)
    notices.clear()
    return extractions, said


# Languages spaCy publishes trained pipelines for (spacy.io/models); for others the
# notice does not suggest a package that does not exist.
SPACY_PIPELINE_LANGS = frozenset(
    "ca da de el en es fi fr hr it ja ko lt mk nb nl pl pt ro ru sl sv uk xx zh".split()
)


def _model_hint(lang: str) -> str:
    # spaCy names its English and Chinese pipelines core_web, the others core_news.
    return f"{lang}_core_{'web' if lang in ('en', 'zh') else 'news'}_sm"


def _is_headline(text: str) -> bool:
    """A heading in title case ("The Future of the Partnership"): small NER models tag
    such lines as names, so only the alias table reads them."""
    if text.lstrip().startswith("#"):
        return True
    if "\n" in text.strip() or text.rstrip()[-1:] in ".!?:;\"”" or len(text.split()) > 14:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


@dataclass(frozen=True)
class _Prepared:
    document: Document
    text: str
    lang: str
    spans: list[Any]
    blocks: list[Block]


class Analyser:
    """Runs the NLP stages over batches of documents; pipelines are loaded once."""

    def __init__(self, settings: Settings, report: Report, *, aliases: Any = None) -> None:
        self.settings = settings
        self.report = report
        self._noticed: set[str] = set()
        self._aliases: Any = aliases  # the alias table, loaded on first use unless given

    def analyse(self, documents: Sequence[Document]) -> list[dict[str, Any]]:
        from ainews_cli.entities import alias_mentions, load_alias_table

        if self._aliases is None:
            self._aliases = load_alias_table(self.settings.aliases)
        prepared = [self._prepare(document) for document in documents]
        nlp_out = self._run_nlp(prepared)
        results = []
        for index, item in enumerate(prepared):
            ner, sentences, models = nlp_out[index]
            aliases = [m for block in item.blocks
                       for m in alias_mentions(item.text, block.start, block.end, self._aliases, block.lang)]
            results.append(self._extract(item, ner, aliases, sentences, models))
        return results

    def _prepare(self, document: Document) -> _Prepared:
        text = analysable(document.body)
        lang = detect_document_language(text, document.lang)
        spans = language_spans(text, lang)
        return _Prepared(document, text, lang, spans, blocks(text, lang, spans))

    def _run_nlp(self, prepared: Sequence[_Prepared]) -> list[tuple[list[Any], list[tuple[int, int, str]], dict]]:
        from ainews_cli.entities import load_pipeline, ner_mentions

        by_lang: dict[str, list[tuple[int, Block]]] = defaultdict(list)
        for index, item in enumerate(prepared):
            for block in item.blocks:
                by_lang[block.lang].append((index, block))
        out: list[tuple[list[Any], list[tuple[int, int, str]], dict]] = [([], [], {}) for _ in prepared]
        for lang in sorted(by_lang):
            model = choose_pipeline(lang, self.settings)
            pipeline = load_pipeline(lang, model)
            # Only where nothing is installed or packaged: --model LANG=none is asked for, not missed.
            if model is None and lang not in self._noticed and self.settings.models.get(lang) != NO_MODEL \
                    and lang != "und":
                self._noticed.add(lang)
                install = f"install one (e.g. pip install {_model_hint(lang)}) or " \
                    if lang in SPACY_PIPELINE_LANGS else ""
                self.report(
                    f"notice: no spaCy pipeline for {lang!r} is installed, so entities in {lang!r} text come "
                    f"from the alias table only; {install}name one with --model {lang}=NAME"
                )
            items = by_lang[lang]
            texts = (prepared[index].text[block.start: block.end] for index, block in items)
            # spaCy keeps every new word's string in its vocabulary; a memory zone frees
            # the batch's own when it closes, so memory does not grow with the corpus.
            with pipeline.nlp.memory_zone():
                for (index, block), doc in zip(items, pipeline.nlp.pipe(texts, batch_size=self.settings.batch_size),
                                               strict=True):
                    ner, sentences, models = out[index]
                    models[lang] = pipeline.model
                    if model and not _is_headline(doc.text):
                        ner.extend(ner_mentions(doc, block.start, pipeline.model))
                    for sent in doc.sents:
                        text = sent.text
                        # A sentence starts after list bullets, quote marks and heading hashes.
                        stripped = _LEAD.sub("", text).rstrip()
                        lead = len(text) - len(_LEAD.sub("", text))
                        if stripped:
                            start = block.start + sent.start_char + lead
                            sentences.append((start, start + len(stripped), lang))
        for _, sentences, _ in out:
            sentences.sort()
        return out

    def _extract(self, item: _Prepared, ner: list[Any], aliases: list[Any],
                 sentences: list[tuple[int, int, str]], models: dict) -> dict[str, Any]:
        from ainews_cli.dates import find_dates
        from ainews_cli.entities import canonical_mentions
        from ainews_cli.events import event_mentions
        from ainews_cli.facts import extract_facts
        from ainews_cli.records import Span

        document = item.document
        block_spans = [Span(b.start, b.end, b.lang, "block") for b in item.blocks]
        dates = find_dates(item.text, spans=block_spans, sentences=[(s, e) for s, e, _ in sentences],
                           published=document.published)
        entities = canonical_mentions(item.text, ner, aliases, self._aliases,
                                      blocked=[(d.start, d.end) for d in dates])
        facts = extract_facts(item.text, sentences, entities, dates)
        events = [
            # The amounts each dated sentence states, so merged events can show where sources disagree.
            replace(event, amounts=tuple(
                (fact.text, dict(fact.attributes)["amount"], dict(fact.attributes)["currency"]) for fact in facts
                if event.sentence_start <= fact.start < event.sentence_end
                and dict(fact.attributes).get("amount") is not None))
            for event in event_mentions(item.text, sentences, entities, dates)
        ]
        return {
            "lang": item.lang,
            "url": document.url,
            "published": document.published.to_dict() if document.published else None,
            "spans": [span.to_dict() for span in item.spans],
            "models": {lang: models[lang] for lang in sorted(models)},
            "sentences": [list(sentence) for sentence in sentences],
            "entities": [m.to_dict() for m in entities],
            "dates": [d.to_dict() for d in dates],
            "events": [e.to_dict() for e in events],
            "facts": [f.to_dict() for f in facts],
        }
