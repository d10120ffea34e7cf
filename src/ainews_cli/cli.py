"""The command line: flags become options, one library call, one renderer.

Every command is registered with ``_command``, which gives it the shared flags
(--format/--json where it writes records, --db and --model where it uses the store,
--debug everywhere), declared once here, and runs it inside the single error
boundary: library errors (AinewsError) become one line on stderr and a named exit
code; --debug shows the traceback instead.  Nothing heavy is imported at module
level, so `ainews --help` stays fast.

Settings reach commands by one rule: whatever decides how documents are read and
analysed (models, batch size, workers, Dask, fetch timeout) applies to every command
that reads documents, `ingest` and any command given PATHs alike; a flag of the same
name overrides its setting.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ainews_cli import __version__, completion
from ainews_cli.errors import AinewsError, ExitStatus, UsageError

if TYPE_CHECKING:
    from ainews_cli.config import Settings
    from ainews_cli.entities import AliasTable
    from ainews_cli.pipeline import IngestOptions, IngestResult, Progress
    from ainews_cli.records import DocumentFact, Event
    from ainews_cli.render import Terminal
    from ainews_cli.store import Store


# --- typer's classes, as ainews uses them --------------------------------------------------

class _Command(typer.core.TyperCommand):
    """A command whose --help names its arguments by their metavar (PATH), as options are,
    not by their Python type (<list[str]>), and whose plain values need no pydantic."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, typer.core.TyperArgument):
                param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_values(super().get_params(ctx))


class _Group(typer.core.TyperGroup):
    """A group (ainews, ainews store, ainews config) whose flags' plain values need no pydantic."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_values(super().get_params(ctx))


def _plain_values(params: list[Any]) -> list[Any]:
    """``params``, each checked by _PlainValues (typer's --help and completion flags too)."""
    if _plain is not None:
        for param in params:
            if getattr(param, "_runtime_param", False) is None:
                param._runtime_param = _plain(param.type_descriptor)
    return params


# Typer (0.2x) checks every flag's value, given or not, with a pydantic TypeAdapter it
# builds on first use: importing pydantic and building them cost a query about 0.15 s,
# a third of its time.  The values most flags take (text, a list of texts, a path, a
# flag) need no check, so they are taken as they come, or as typer's own path check
# takes them; any other value (a number with its bounds) goes to typer's adapter.
# Older typers have no such step, and keep theirs.
_plain: Callable[[Any], Any] | None = None
try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # pragma: no cover - an older typer
    pass
else:
    @dataclass(frozen=True)
    class _PlainValues(RuntimeParam):
        descriptor: TypeDescriptor

        @classmethod
        def of(cls, descriptor: TypeDescriptor) -> _PlainValues:
            return cls(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                       descriptor=descriptor)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            info, kind = self.parameter_info, self.annotation
            if info.parser is None and self.descriptor.file_annotation is None:
                if kind is str and isinstance(value, str):
                    return value
                if kind == list[str] and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                    return list(value)
                if kind is Path and info.path_type is None and isinstance(value, (str, Path)):
                    return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    _plain = _PlainValues.of


app = typer.Typer(
    help="Timelines and entity profiles from AI-industry news in several languages.\n\n"
    "Data goes to stdout (tables, or --format json|jsonl|csv); progress and messages to stderr.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # typer's --install-completion/--show-completion for bash, zsh, fish and PowerShell;
    # the values offered come from ainews_cli.completion.
    rich_markup_mode=None,
    cls=_Group,
)

# --- the shared flags, declared once ------------------------------------------------

DB_HELP = "The store file (default: ainews.db under AINEWS_HOME or the user data folder)."
ModelOption = Annotated[
    list[str] | None,
    typer.Option("--model", metavar="LANG=NAME", help="Use this spaCy pipeline for a language: LANG=NAME (NAME "
                 "'none' for aliases only). Repeatable.", show_default=False, autocompletion=completion.models),
]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", metavar="FORMAT", help="Output format: table, json, jsonl or csv.",
                      autocompletion=completion.formats)
]
TimelineFormatOption = Annotated[
    str, typer.Option("--format", "-f", metavar="FORMAT", help="Output format: table, json, jsonl or csv; for other "
                      "tools "
                      "timelinejs (TimelineJS3 JSON), timelinejs-csv (its spreadsheet), jsonld (schema.org) or "
                      "ics (iCalendar). See docs/formats.md.", autocompletion=completion.timeline_formats)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(metavar="PATH", help="Files, folders (read recursively), globs, http(s) URLs, or - for "
                   "stdin.",
                   show_default=False),
]
InferOption = Annotated[
    bool | None,
    typer.Option("--infer/--no-infer", help="Infer publication dates of undated documents from the happenings "
                 "other documents date, where the evidence holds (default: AINEWS_INFER, infer in config.toml, or "
                 "on). See docs/dates.md.", show_default=False),
]
IncludeInferredOption = Annotated[
    bool, typer.Option("--include-inferred", help="With --format ics: also the events dated only through an "
                       "inferred publication date (left out by default).")
]
BASIC, TIMELINE = "basic", "timeline"  # which formats a command writes


def _db_option(help: str) -> Any:
    # The store's own flag reads AINEWS_DB; `config show --db` only asks "as with this file?".
    envvar = "AINEWS_DB" if help == DB_HELP else None
    return Annotated[Path | None, typer.Option("--db", metavar="FILE", help=help, envvar=envvar, show_default=False)]


@dataclass(frozen=True)
class Shared:
    """The flags every command shares, as given."""

    fmt: str | None = None  # None: the command writes no records
    json: bool = False
    exports: bool = False  # the command also writes the formats for other tools
    db: Path | None = None
    models: tuple[str, ...] = ()
    debug: bool = False

    def output(self, *, exports: bool | None = None, what: str = "this command") -> str:
        """The output format, checked; ``exports`` narrows what the command writes this time."""
        from ainews_cli.render import BASIC_FORMATS, FORMATS

        if self.json:
            return "json"
        fmt = self.fmt or "table"
        if fmt not in FORMATS:
            raise UsageError(f"--format takes one of {', '.join(FORMATS)}, not {fmt!r}")
        if fmt not in BASIC_FORMATS and not (self.exports if exports is None else exports):
            raise UsageError(f"--format {fmt} is for a timeline (`ainews timeline`, or a profile: `ainews entities "
                             f"--company NAME`); {what} writes {', '.join(BASIC_FORMATS)}")
        return fmt


def _command(group: typer.Typer, *, formats: str | None = BASIC, store: bool = True, name: str | None = None,
             db_help: str = DB_HELP) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register ``function(ctx, **its own flags)`` as a command of ``group`` with the shared flags."""

    def decorate(function: Callable[..., None]) -> Callable[..., None]:
        own = [p for p in inspect.signature(function, eval_str=True).parameters.values() if p.name != "ctx"]
        keyword = inspect.Parameter.KEYWORD_ONLY
        shared = []
        if formats:
            shared += [inspect.Parameter("fmt", keyword, default="table",
                                         annotation=TimelineFormatOption if formats == TIMELINE else FormatOption),
                       inspect.Parameter("json_flag", keyword, default=False, annotation=JsonOption)]
        if store:
            shared += [inspect.Parameter("db", keyword, default=None, annotation=_db_option(db_help)),
                       inspect.Parameter("model", keyword, default=None, annotation=ModelOption)]
        shared.append(inspect.Parameter("debug", keyword, default=False, annotation=DebugOption))

        @functools.wraps(function)
        def run(**flags: Any) -> None:
            options = Shared(fmt=flags.pop("fmt", None), json=flags.pop("json_flag", False),
                             exports=formats == TIMELINE, db=flags.pop("db", None),
                             models=tuple(flags.pop("model", None) or ()), debug=flags.pop("debug", False))
            _run(options, lambda ctx: function(ctx, **flags))

        run.__signature__ = inspect.Signature(own + shared)  # type: ignore[attr-defined]
        # The annotations evaluated once here: typer reads them again with get_type_hints,
        # which would compile each one's text anew at every start.
        run.__annotations__ = {p.name: p.annotation for p in own + shared}
        summary = (function.__doc__ or "").strip().splitlines()[0]
        group.command(name=name, cls=_Command, short_help=summary)(run)
        return function

    return decorate


def _version(value: bool) -> None:
    if value:
        try:
            sys.stdout.write(f"ainews {__version__}\n")
            sys.stdout.flush()
        except BrokenPipeError:
            _discard_stdout()
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Timelines and entity profiles from AI-industry news in several languages."""


# --- what a command runs with, and the error boundary -------------------------------------

class Context:
    """Everything one command needs: its shared options, the settings, the store, the
    alias table, the terminal, and a way to report on stderr."""

    def __init__(self, shared: Shared) -> None:
        from ainews_cli.render import Terminal

        self.shared = shared
        self.terminal: Terminal = Terminal.detect()
        self._err: Any = None
        self._settings: Settings | None = None
        self._store: Store | None = None
        self._aliases: AliasTable | None = None
        self.partial = False

    @property
    def err(self) -> Any:
        """The console for stderr, made when first needed: importing rich is a tenth of
        the start of a command that writes JSON and says nothing."""
        if self._err is None:
            from ainews_cli.render import stderr_console

            self._err = stderr_console(self.terminal)
        return self._err

    @property
    def settings(self) -> Settings:
        # Read when first needed, so `ainews config path` works beside a broken config file.
        if self._settings is None:
            from ainews_cli.config import load_settings, parse_model_flags

            self._settings = load_settings(db=self.shared.db, models=parse_model_flags(list(self.shared.models)))
        return self._settings

    def override(self, **flags: Any) -> None:
        """Flags over the settings of the same name (those given, not None)."""
        from dataclasses import replace

        given = {key: value for key, value in flags.items() if value is not None}
        if given:
            self._settings = replace(self.settings, **given)

    def report(self, message: str) -> None:
        self.err.print(message, markup=False, soft_wrap=True)

    @property
    def store(self) -> Store:
        if self._store is None:
            from ainews_cli.store import Store

            self._store = Store(self.settings.db)
        return self._store

    @property
    def aliases(self) -> AliasTable:
        if self._aliases is None:
            from ainews_cli.entities import load_alias_table

            self._aliases = load_alias_table(self.settings.aliases)
        return self._aliases

    def read(self, paths: Sequence[str], options: IngestOptions | None = None) -> IngestResult:
        """Ingest ``paths`` (with a progress bar on a terminal); an input that fails makes the exit partial."""
        from ainews_cli.pipeline import IngestOptions, ingest

        result = ingest(paths, self.settings, self.store, options=options or IngestOptions(), report=self.report,
                        progress=self._progress())
        if result.errors:
            self.partial = True
        return result

    def docs(self, paths: Sequence[str] | None) -> list[str] | None:
        """The documents PATHs name, ingested first; None (the whole store) without PATHs.
        When none could be read the command ends here with exit 3: there is nothing to show,
        and stderr has said why."""
        if not paths:
            return None
        result = self.read(paths)
        if not result.docs:
            if result.errors:
                raise typer.Exit(int(ExitStatus.PARTIAL))
            from ainews_cli.errors import InputError

            raise InputError(", ".join(paths), "no document was read", "name files that hold documents")
        return result.docs

    def _progress(self) -> Progress | None:
        if not self.terminal.stderr_tty:
            return None
        from ainews_cli.pipeline import Progress

        err = self.err

        class Bar(Progress):
            def start(self, total: int | None) -> None:
                from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
                from rich.progress import Progress as RichProgress

                self.bar = RichProgress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                                        TimeElapsedColumn(), console=err, transient=True)
                self.task = self.bar.add_task("files", total=total)
                self.bar.start()

            def advance(self, count: int = 1) -> None:
                self.bar.advance(self.task, count)

            def stop(self) -> None:
                self.bar.stop()

        return Bar()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _run(shared: Shared, body: Callable[[Context], None]) -> None:
    """The error boundary every command goes through."""
    context = None
    try:
        context = Context(shared)
        body(context)
    except AinewsError as error:
        if shared.debug:
            raise
        _error_line(str(error))
        raise typer.Exit(int(error.exit_status)) from None
    except KeyboardInterrupt:
        _error_line("interrupted; everything committed before stays in the store")
        raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
    except BrokenPipeError:
        # The reader has gone (`| head`): what it wanted it has, so stop quietly, as
        # filters do on SIGPIPE; inputs that failed still make the exit partial.
        _discard_stdout()
        partial = context is not None and context.partial
        raise typer.Exit(int(ExitStatus.PARTIAL if partial else ExitStatus.OK)) from None
    finally:
        if context is not None:
            context.close()
    if context.partial:
        raise typer.Exit(int(ExitStatus.PARTIAL))


def _discard_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush of what is still
    buffered for a closed pipe raises nothing."""
    import os

    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a file (a test's capture)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fileno)
    finally:
        os.close(null)


def _error_line(message: str) -> None:
    sys.stderr.write(f"ainews: error: {message}\n")


# --- the commands -------------------------------------------------------------------------

@_command(app)
def ingest(
    ctx: Context,
    paths: PathsArgument = None,
    workers: Annotated[int | None, typer.Option("--workers", metavar="N", min=1, show_default=False,
                                                help="Analyse in this many processes (each loads the models "
                                                "once; default: AINEWS_WORKERS, workers in config.toml, "
                                                "or 1).")] = None,
    dask: Annotated[str | None, typer.Option("--dask", metavar="ADDRESS",
                                             help="Analyse on this Dask scheduler's workers (tcp://HOST:8786; "
                                             "default: AINEWS_DASK or dask in config.toml); they need ainews and "
                                             "the same models. See docs/scale-out.md.",
                                             show_default=False)] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Skip documents and feed items published "
                                              "before this date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www); undated "
                                              "ones are kept.")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Skip documents and feed items published "
                                              "after this date.")] = None,
) -> None:
    """Add documents to the store, skipping unchanged ones.

    A document whose content and pipeline are unchanged is not analysed again."""
    from ainews_cli import render
    from ainews_cli.dates.bounds import DateRange
    from ainews_cli.pipeline import IngestOptions
    from ainews_cli.query import ingest_notes, ingest_records

    if not paths:
        raise UsageError("name at least one file, folder or glob to ingest (or - for stdin)")
    output = ctx.shared.output(what="`ainews ingest`")
    options = IngestOptions(window=DateRange.parse(since, until), refresh=True)
    ctx.override(workers=workers, dask=dask)
    result = ctx.read(paths, options)
    records = ingest_records(ctx.store, result.docs, result.status)
    render.emit(records, output, ctx.terminal, table=render.ingest_table, csv_rows=render.ingest_csv)
    for note in ingest_notes(records):
        ctx.report(note)


@_command(app, formats=TIMELINE)
def timeline(
    ctx: Context,
    paths: PathsArgument = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Only events that reach this date or later "
                                              "(YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www).")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Only events that begin on or before this "
                                              "date.")] = None,
    entity: Annotated[str | None, typer.Option(metavar="NAME", help="Only events this entity takes part in.",
                                               autocompletion=completion.entity_names)] = None,
    lang: Annotated[str | None, typer.Option(metavar="LANG", help="Only events told in this language (en, de, "
                                             "...).",
                                             autocompletion=completion.langs)] = None,
    explain: Annotated[bool, typer.Option(help="Say which mentions merged into each event and why.")] = False,
    top: Annotated[int | None, typer.Option("--top", metavar="N", min=1, show_default=False,
                                            help="Only the N most important events (importance: independent "
                                            "sources, languages, prominence), in date order.")] = None,
    min_sources: Annotated[int | None, typer.Option("--min-sources", metavar="K", min=1, show_default=False,
                                                    help="Only events told by at least K independent sources "
                                                    "(sites; a copy counts as its original).")] = None,
    group_by: Annotated[str | None, typer.Option("--group-by", metavar="entity", help="One story a participant, "
                                                 "most events first.", autocompletion=completion.group_by)] = None,
    html: Annotated[Path | None, typer.Option("--html", metavar="FILE", show_default=False,
                                              help="Write an interactive, offline HTML page of the timeline to FILE "
                                              "(stdout then stays empty unless --format json|jsonl|csv is given).")
                    ] = None,
    infer: InferOption = None,
    include_inferred: IncludeInferredOption = False,
) -> None:
    """The merged, chronological list of events.

    With PATHs: ingest those documents and show only their events."""
    from functools import partial

    from ainews_cli import query, render
    from ainews_cli.codec import decoded
    from ainews_cli.dates.bounds import DateRange

    output = ctx.shared.output(exports=group_by is None, what="--group-by entity")
    if group_by not in (None, "entity"):
        raise UsageError(f"--group-by takes 'entity', not {group_by!r}")
    if html is not None and group_by:
        raise UsageError("--html draws the whole timeline; leave out --group-by (--entity NAME shows one story)")
    dates = DateRange.parse(since, until)
    ctx.override(infer=infer)
    asked = query.TimelineQuery(docs=ctx.docs(paths), dates=dates, entity=entity, lang=lang, explain=explain,
                                top=top, min_sources=min_sources, infer=ctx.settings.infer,
                                sources=output != "table" or explain or html is not None)
    table = ctx.aliases if entity else None  # only an --entity is looked up in it

    def notes(shown: int) -> None:
        for note in query.timeline_notes(ctx.store, asked, table, shown=shown):
            ctx.report(note)

    if group_by == "entity":
        stories = query.timeline_by_entity(ctx.store, asked, table)
        shown = query.shown_names(ctx.store, stories, lambda: ctx.aliases) if output == "table" else {}
        render.emit(stories, output, ctx.terminal, table=partial(render.stories_tables, explain=explain, shown=shown),
                    csv_rows=render.stories_csv)
        notes(sum(len(story.events) for story in stories))
        return
    records = query.timeline(ctx.store, asked, table)
    if html is not None:
        render.write_html(decoded(records), html,
                          filters={"since": since, "until": until, "entity": entity, "lang": lang})
        ctx.report(f"wrote {html}: {len(records)} events; it opens offline in any browser")
        if output == "table":
            notes(len(records))
            return

    def export(fmt: str) -> Any:
        from ainews_cli.formats import timeline_export

        events = decoded(records)
        title = "AI news timeline" + (f": {entity}" if entity else "")
        return timeline_export(fmt, events=events, sources=query.export_sources(ctx.store, ctx.aliases, events),
                               title=title, include_inferred=include_inferred)

    # Only the table reads the events here: JSON is written as the stored text, never decoded.
    events: list[Event] = decoded(records) if output == "table" else []
    shown = query.shown_names(ctx.store, events, lambda: ctx.aliases) if output == "table" else {}
    render.emit(records, output, ctx.terminal, table=partial(render.timeline_table, explain=explain, shown=shown),
                csv_rows=render.timeline_csv, export=export)
    notes(len(records))


@_command(app, formats=TIMELINE)
def entities(
    ctx: Context,
    paths: PathsArgument = None,
    company: Annotated[str | None, typer.Option(metavar="NAME", help="Show this company's profile.",
                                                autocompletion=completion.companies)] = None,
    person: Annotated[str | None, typer.Option(metavar="NAME", help="Show this person's profile.",
                                               autocompletion=completion.people)] = None,
    type_: Annotated[str | None, typer.Option("--type", metavar="TYPE", help="Only entities of this type: PERSON, "
                                              "ORG, "
                                              "PRODUCT, LOC, EVENT, MISC.",
                                              autocompletion=completion.entity_types)] = None,
    explain: Annotated[bool, typer.Option(help="Say how each form reached its canonical name and how the type "
                                          "was settled.")] = False,
    infer: InferOption = None,
    include_inferred: IncludeInferredOption = False,
) -> None:
    """Canonical entities, or one company's or person's profile.

    The list gives each entity's mentions, documents and languages; --company NAME or
    --person NAME gives its profile."""
    from functools import partial

    from ainews_cli import query, render
    from ainews_cli.entities import ENTITY_TYPES

    output = ctx.shared.output(exports=bool(company or person), what="the entity list")
    if company and person:
        raise UsageError("give --company or --person, not both")
    wanted_type = type_.upper() if type_ else None
    if wanted_type and wanted_type not in ENTITY_TYPES:
        raise UsageError(f"--type takes one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
    ctx.override(infer=infer)
    docs = ctx.docs(paths)
    if company or person:
        record = query.profile(ctx.store, ctx.aliases, company or person or "", kind="ORG" if company else "PERSON",
                               docs=docs, explain=explain, infer=ctx.settings.infer)
        profile_table = render.profile_tables
        if output == "table":  # a sparkline and names as shown; the machine formats stay as they are
            profile_table = partial(profile_table, months=query.mention_months(ctx.store, docs=docs,
                                                                               name=record.entity.name,
                                                                               table=ctx.aliases),
                                    shown=query.shown_names(ctx.store, [record], lambda: ctx.aliases))

        def export(fmt: str) -> Any:
            from ainews_cli.formats import profile_export

            return profile_export(fmt, record=record, sources=query.profile_sources(ctx.store, ctx.aliases, record),
                                  include_inferred=include_inferred)

        render.emit(record, output, ctx.terminal, table=profile_table, csv_rows=render.profile_csv, export=export)
        return
    records = query.entity_records(ctx.store, ctx.aliases, docs=docs, type_filter=wanted_type, explain=explain)
    table = render.entities_table
    if output == "table":  # the sparklines; the machine formats stay as they are
        table = partial(table, months=query.mention_months(ctx.store, docs=docs, table=ctx.aliases))
    render.emit(records, output, ctx.terminal, table=table, csv_rows=render.entities_csv)


@_command(app)
def facts(
    ctx: Context,
    paths: PathsArgument = None,
    entity: Annotated[str | None, typer.Option(metavar="NAME", help="Only facts stated in sentences that name "
                                               "this entity.",
                                               autocompletion=completion.entity_names)] = None,
    type_: Annotated[str | None, typer.Option("--type", metavar="KIND", help="Only facts of this kind: role, "
                                              "founded, investment, "
                                              "stake, valuation, revenue, market_value_change, funding_round, "
                                              "money, percent.", autocompletion=completion.fact_kinds)] = None,
) -> None:
    """Typed facts the documents state, each with its sentence.

    Roles, foundings, investments, stakes, valuations, revenue, market value changes,
    funding rounds, amounts and percentages."""
    from functools import partial

    from ainews_cli import render
    from ainews_cli.codec import decoded
    from ainews_cli.query import fact_records, shown_names
    from ainews_cli.records import FACT_KINDS

    output = ctx.shared.output(what="`ainews facts`")
    if type_ and type_ not in FACT_KINDS:
        raise UsageError(f"--type takes one of {', '.join(FACT_KINDS)}, not {type_!r}")
    records = fact_records(ctx.store, ctx.aliases, docs=ctx.docs(paths), entity=entity, kind=type_)
    stated: list[DocumentFact] = decoded(records)
    shown = shown_names(ctx.store, stated, lambda: ctx.aliases) if output == "table" else {}
    render.emit(records, output, ctx.terminal, table=partial(render.facts_table, shown=shown),
                csv_rows=render.facts_csv)


@_command(app)
def extract(
    ctx: Context,
    paths: PathsArgument = None,
    explain: Annotated[bool, typer.Option(help="Say for each undated document why a publication date was or was "
                                          "not inferred, and from what.")] = False,
    infer: InferOption = None,
) -> None:
    """What the pipeline saw in each document.

    Its language, publication date, entities and dates, with their offsets."""
    from ainews_cli import render
    from ainews_cli.query import extract_records

    if not paths:
        raise UsageError("name at least one file, folder or glob to extract from (or - for stdin)")
    output = ctx.shared.output(what="`ainews extract`")
    ctx.override(infer=infer)
    records = extract_records(ctx.store, ctx.read(paths).docs, infer=ctx.settings.infer, explain=explain)
    render.emit(records, output, ctx.terminal, table=render.extract_tables, csv_rows=render.extract_csv)


store_app = typer.Typer(help="Look after the store.", no_args_is_help=True, cls=_Group)
app.add_typer(store_app, name="store")


@_command(store_app, name="check")
def store_check(ctx: Context) -> None:
    """Verify the store and say what it holds.

    SQLite's integrity check, and every document with its extraction."""
    from ainews_cli import render
    from ainews_cli.analyse import pipeline_version
    from ainews_cli.errors import StoreError

    output = ctx.shared.output(what="`ainews store check`")
    report = ctx.store.check(pipeline_version(ctx.settings))
    render.emit(report, output, ctx.terminal, table=render.check_table, csv_rows=render.check_csv)
    if not report.ok:
        raise StoreError(f"{report.path} failed its check; restore a copy, or ingest again into a new --db")


config_app = typer.Typer(help="The settings: config.toml, AINEWS_* variables and flags (docs/config.md).",
                         short_help="The settings: config.toml, AINEWS_* variables and flags.", no_args_is_help=True,
                         cls=_Group)
app.add_typer(config_app, name="config")


@_command(config_app, formats=None, store=False, name="path")
def config_path(ctx: Context) -> None:
    """Print the config file's path, whether or not it exists.

    The file is not read."""
    from ainews_cli import render
    from ainews_cli.config import config_path as path

    render.emit_line(str(path()))


@_command(config_app, name="show", db_help="Show the settings as they are with this store file.")
def config_show(ctx: Context) -> None:
    """The settings in effect and where each comes from.

    Each is a default, or comes from the config file, the environment or a flag."""
    from ainews_cli import render
    from ainews_cli.config import default_models, parse_model_flags, resolve_settings

    output = ctx.shared.output()
    settings, values = resolve_settings(db=ctx.shared.db, models=parse_model_flags(list(ctx.shared.models)))
    records = [*values, *default_models(settings)]
    render.emit(records, output, ctx.terminal, table=render.settings_table, csv_rows=render.settings_csv)


@_command(config_app, formats=None, store=False, name="init")
def config_init(ctx: Context) -> None:
    """Write a config file with every setting commented out.

    An existing file is never overwritten."""
    from ainews_cli import render
    from ainews_cli.config import write_example_config

    path = write_example_config()
    ctx.report(f"wrote {path}; uncomment the settings you want to change")
    render.emit_line(str(path))


# ainews parallelises its analysis with processes (--workers), so numpy's BLAS gets one
# thread in each: the packaged Chinese model's matrix products are small, and BLAS
# threads spinning for a core that other work holds made its forward pass five to ten
# times slower on a busy 2-core machine.  Set before numpy loads; a user's setting wins.
BLAS_THREADS = {"OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}


def main() -> None:
    for name, value in BLAS_THREADS.items():
        os.environ.setdefault(name, value)
    app()
