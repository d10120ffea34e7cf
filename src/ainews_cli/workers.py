"""Where batches are analysed: in this process, in local worker processes
(``--workers N``), or on a Dask cluster (``--dask ADDRESS``).

Every runner takes batches in reading order and saves their extractions in that
same order, so the store is the same whichever runs the analysis.  A pool keeps at
most two batches a worker waiting, so memory stays flat; each worker loads its
pipelines once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from ainews_cli.analyse import Analyser, pipeline_version, user_alias_text
from ainews_cli.config import Settings
from ainews_cli.errors import AinewsError, UsageError
from ainews_cli.records import Document, Extraction

Report = Callable[[str], None]
Save = Callable[[Sequence[Document], Sequence[Extraction]], None]


class Runner(Protocol):
    def submit(self, batch: Sequence[Document], save: Save) -> None: ...

    def finish(self) -> None: ...

    def close(self) -> None: ...


class InProcess:
    """The analysis in this process: each batch is analysed and saved at once."""

    def __init__(self, settings: Settings, report: Report) -> None:
        self.analyser = Analyser(settings, report)

    def submit(self, batch: Sequence[Document], save: Save) -> None:
        save(batch, self.analyser.analyse(batch))

    def finish(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Backend(Protocol):
    workers: int

    def submit(self, documents: Sequence[Document]) -> Any: ...

    def result(self, future: Any) -> tuple[list[Extraction], list[str]]: ...

    def close(self) -> None: ...


class Pool:
    """Batches analysed elsewhere (worker processes, or a Dask cluster), saved in the
    order they were read."""

    def __init__(self, backend: _Backend, report: Report) -> None:
        self.backend = backend
        self.report = report
        self.reported: set[str] = set()
        self.limit = 2 * backend.workers
        self.queue: deque[tuple[Any, Sequence[Document], Save]] = deque()

    def submit(self, batch: Sequence[Document], save: Save) -> None:
        self.queue.append((self.backend.submit(batch), batch, save))
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


def runner(settings: Settings, version: str, report: Report) -> Runner:
    """The runner the settings ask for: a Dask cluster, local worker processes, or this process."""
    if settings.dask:
        return Pool(DaskBackend(settings, version), report)
    if settings.workers > 1:
        return Pool(ProcessBackend(settings, settings.workers), report)
    return InProcess(settings, report)


class ProcessBackend:
    """Local worker processes (``--workers N``).

    They start with the first batch.  Where they are forked (Linux), this process first
    loads what that batch's analysis needs (``Analyser.warm``: the stages' modules, the
    alias table, its languages' pipelines), and every worker inherits it: spaCy is
    imported and each model loaded once, not once a worker (about 1.5 s of CPU a worker
    for English).  An ingest with nothing to analyse loads nothing."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.executor: Any = None

    def submit(self, documents: Sequence[Document]) -> Any:
        if self.executor is None:
            self.executor = self._start(documents)
        return self.executor.submit(_analyse_in_worker, list(documents))

    def _start(self, documents: Sequence[Document]) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context()
        if context.get_start_method() == "fork":
            worker = _Worker(self.settings)
            worker.analyser.warm(documents)
            _WORKER[:] = [worker]  # what each forked worker starts with (_start_worker)
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=_start_worker,
                                   initargs=(self.settings,))

    def result(self, future: Any) -> tuple[list[Extraction], list[str]]:
        return future.result()  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        _WORKER.clear()  # this process's warmed analyser, with its pipelines


class _Worker:
    """A worker process's own analyser, and the notices it has not passed on yet."""

    def __init__(self, settings: Settings) -> None:
        self.notices: list[str] = []
        self.analyser = Analyser(settings, self.notices.append)

    def analyse(self, documents: list[Document]) -> tuple[list[Extraction], list[str]]:
        extractions = self.analyser.analyse(documents)
        said = list(self.notices)
        self.notices.clear()
        return extractions, said


_WORKER: list[_Worker] = []  # this process's worker, once it is started


def _start_worker(settings: Settings) -> None:
    if not _WORKER:  # a forked worker has the warmed analyser of the process that started it
        _WORKER.append(_Worker(settings))


def _analyse_in_worker(documents: list[Document]) -> tuple[list[Extraction], list[str]]:
    return _WORKER[0].analyse(documents)


class DaskBackend:
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
        user_aliases = user_alias_text(settings)
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

    def submit(self, documents: Sequence[Document]) -> Any:
        return self.client.submit(_analyse_on_dask, *self.job, list(documents), pure=False)

    def result(self, future: Any) -> tuple[list[Extraction], list[str]]:
        try:
            return future.result()  # type: ignore[no-any-return]
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
                     documents: list[Document]) -> tuple[list[Extraction], list[str]]:
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
