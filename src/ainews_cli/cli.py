"""The command line: flags become options, one library call, one renderer.

This is the single error boundary: library errors (AinewsError) become one line
on stderr and a named exit code; --debug shows the traceback instead.  Nothing
heavy is imported at module level, so `ainews --help` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from ainews_cli import __version__, completion
from ainews_cli.errors import AinewsError, ExitStatus, UsageError

app = typer.Typer(
    help="Timelines and entity profiles from AI-industry news in several languages.\n\n"
    "Data goes to stdout (tables, or --format json|jsonl|csv); progress and messages to stderr.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # typer's --install-completion/--show-completion for bash, zsh, fish and PowerShell;
    # the values offered come from ainews_cli.completion.
    rich_markup_mode=None,
)

T = TypeVar("T")

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="The store file (default: ainews.db under AINEWS_HOME or the user data folder).",
                 envvar="AINEWS_DB", show_default=False),
]
ModelOption = Annotated[
    list[str] | None,
    typer.Option("--model", help="Use this spaCy pipeline for a language: LANG=NAME (NAME 'none' for aliases "
                 "only). Repeatable.", show_default=False, autocompletion=completion.models),
]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv.",
                      autocompletion=completion.formats)
]
TimelineFormatOption = Annotated[
    str, typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv; for other tools "
                      "timelinejs (TimelineJS3 JSON), timelinejs-csv (its spreadsheet), jsonld (schema.org) or "
                      "ics (iCalendar). See docs/formats.md.", autocompletion=completion.timeline_formats)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(help="Files, folders (read recursively), globs, http(s) URLs, or - for stdin.",
                   show_default=False),
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ainews {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Timelines and entity profiles from AI-industry news in several languages."""


class _Context:
    """Everything one command needs: settings, the store, the terminal, messages."""

    def __init__(self, db: Path | None, models: list[str] | None, debug: bool) -> None:
        from ainews_cli.render import Terminal, stderr_console

        self.debug = debug
        self.terminal = Terminal.detect()
        self.err = stderr_console(self.terminal)
        self._flags = (db, models)
        self._settings: Any = None
        self._store: Any = None
        self._aliases: Any = None
        self.partial = False

    @property
    def settings(self) -> Any:
        # Read when first needed, so `ainews config path` works beside a broken config file.
        if self._settings is None:
            from ainews_cli.config import load_settings, parse_model_flags

            db, models = self._flags
            self._settings = load_settings(db=db, models=parse_model_flags(models or []))
        return self._settings

    def report(self, message: str) -> None:
        self.err.print(message, markup=False, soft_wrap=True)

    @property
    def store(self) -> Any:
        if self._store is None:
            from ainews_cli.store import Store

            self._store = Store(self.settings.db)
        return self._store

    @property
    def aliases(self) -> Any:
        if self._aliases is None:
            from ainews_cli.entities import load_alias_table

            self._aliases = load_alias_table(self.settings.aliases)
        return self._aliases

    def use_dask(self, address: str) -> None:
        from dataclasses import replace

        self._settings = replace(self.settings, dask=address)

    def ingest(self, paths: list[str], workers: int = 1, *, refresh: bool = False, since: str | None = None,
               until: str | None = None) -> Any:
        from ainews_cli.pipeline import ingest

        result = ingest(paths, self.settings, self.store, report=self.report, progress=self._progress(),
                        workers=workers, refresh=refresh, since=since, until=until)
        if result.errors:
            self.partial = True
        return result

    def _progress(self) -> Any:
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


def _run(db: Path | None, models: list[str] | None, debug: bool, body: Callable[[_Context], None]) -> None:
    """The error boundary every command goes through."""
    context = None
    try:
        context = _Context(db, models, debug)
        body(context)
    except AinewsError as error:
        if debug:
            raise
        _error_line(str(error))
        raise typer.Exit(int(error.exit_status)) from None
    except KeyboardInterrupt:
        _error_line("interrupted; everything committed before stays in the store")
        raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
    finally:
        if context is not None:
            context.close()
    if context.partial:
        raise typer.Exit(int(ExitStatus.PARTIAL))


def _error_line(message: str) -> None:
    sys.stderr.write(f"ainews: error: {message}\n")


def _format(fmt: str, json_flag: bool, *, exports: bool = False, what: str = "this command") -> str:
    """The output format; ``exports``: the command also writes the formats for other tools."""
    from ainews_cli.render import BASIC_FORMATS, FORMATS

    if json_flag:
        return "json"
    if fmt not in FORMATS:
        raise UsageError(f"--format takes one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt not in BASIC_FORMATS and not exports:
        raise UsageError(f"--format {fmt} is for a timeline (`ainews timeline`, or a profile: `ainews entities "
                         f"--company NAME`); {what} writes {', '.join(BASIC_FORMATS)}")
    return fmt


def _profile_export(fmt: str, ctx: _Context, record: dict[str, Any]) -> Any:
    from functools import partial

    from ainews_cli.formats import profile_export
    from ainews_cli.query import export_sources
    from ainews_cli.render import EXPORT_FORMATS

    if fmt not in EXPORT_FORMATS:
        return None
    founders = [name for fact in record["facts"] if fact["kind"] == "founded" for name in fact.get("founders", [])]
    sources = export_sources(ctx.store, ctx.aliases, record["events"], names=[record["name"], *founders])
    return partial(profile_export, record=record, sources=sources)


def _export(fmt: str, ctx: _Context, events: list[dict[str, Any]], title: str) -> Any:
    """What render.emit calls for a format for other tools (formats.py)."""
    from functools import partial

    from ainews_cli.formats import timeline_export
    from ainews_cli.query import export_sources
    from ainews_cli.render import EXPORT_FORMATS

    if fmt not in EXPORT_FORMATS:
        return None
    return partial(timeline_export, events=events, sources=export_sources(ctx.store, ctx.aliases, events),
                   title=title)


@app.command()
def ingest(
    paths: PathsArgument = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, show_default=False,
                                                help="Analyse in this many processes (each loads the models "
                                                "once; default: AINEWS_WORKERS, workers in config.toml, "
                                                "or 1).")] = None,
    dask: Annotated[str | None, typer.Option("--dask", metavar="ADDRESS",
                                             help="Analyse on this Dask scheduler's workers (tcp://HOST:8786; "
                                             "default: AINEWS_DASK or dask in config.toml); they need ainews and "
                                             "the same models. See docs/scale-out.md.",
                                             show_default=False)] = None,
    since: Annotated[str | None, typer.Option(help="Skip documents and feed items published before this date "
                                              "(YYYY, YYYY-MM or YYYY-MM-DD); undated ones are kept.")] = None,
    until: Annotated[str | None, typer.Option(help="Skip documents and feed items published after this "
                                              "date.")] = None,
    fmt: FormatOption = "table",
    json_flag: JsonOption = False,
    db: DbOption = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """Add documents to the store; unchanged documents are not processed again."""

    def body(ctx: _Context) -> None:
        if not paths:
            raise UsageError("name at least one file, folder or glob to ingest (or - for stdin)")
        output = _format(fmt, json_flag, what="`ainews ingest`")
        if dask:
            ctx.use_dask(dask)
        result = ctx.ingest(paths, workers or ctx.settings.workers, refresh=True, since=since, until=until)
        records = []
        for doc in result.docs:
            data = ctx.store.extraction(doc) or {}
            published = data.get("published")
            records.append({
                "doc": doc,
                "status": result.status[doc],
                "lang": data.get("lang"),
                "published": published["date"] if published else None,
                "entities": len(data.get("entities", [])),
                "dates": len(data.get("dates", [])),
                "events": len(data.get("events", [])),
            })
        from ainews_cli import render

        render.emit(records, output, ctx.terminal, table=render.ingest_table, csv_rows=render.ingest_csv)

    _run(db, model, debug, body)


@app.command()
def timeline(
    paths: PathsArgument = None,
    since: Annotated[str | None, typer.Option(help="Only events that reach this date or later "
                                              "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Only events that begin on or before this date.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only events this entity takes part in.",
                                               autocompletion=completion.entity_names)] = None,
    lang: Annotated[str | None, typer.Option(help="Only events told in this language (en, de, ...).",
                                             autocompletion=completion.langs)] = None,
    explain: Annotated[bool, typer.Option(help="Say which mentions merged into each event and why.")] = False,
    group_by: Annotated[str | None, typer.Option("--group-by", help="'entity': one story a participant, "
                                                 "most events first.", autocompletion=completion.group_by)] = None,
    html: Annotated[Path | None, typer.Option("--html", metavar="FILE", show_default=False,
                                              help="Write an interactive, offline HTML page of the timeline to FILE "
                                              "(stdout then stays empty unless --format json|jsonl|csv is given).")
                    ] = None,
    fmt: TimelineFormatOption = "table",
    json_flag: JsonOption = False,
    db: DbOption = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """The merged, chronological list of events (PATHs: ingest those and show only them)."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.query import TimelineQuery
        from ainews_cli.query import timeline as build

        output = _format(fmt, json_flag, exports=group_by is None, what="--group-by entity")
        if group_by not in (None, "entity"):
            raise UsageError(f"--group-by takes 'entity', not {group_by!r}")
        if html is not None and group_by:
            raise UsageError("--html draws the whole timeline; leave out --group-by (--entity NAME shows one story)")
        docs = ctx.ingest(paths).docs if paths else None
        query = TimelineQuery(docs=docs, since=since, until=until, entity=entity, lang=lang, explain=explain)
        if group_by == "entity":
            from ainews_cli.query import timeline_by_entity

            stories = timeline_by_entity(ctx.store, query, ctx.aliases)
            render.emit(stories, output, ctx.terminal, table=render.stories_tables, csv_rows=render.stories_csv)
            return
        records = build(ctx.store, query, ctx.aliases, encoded=html is None and output in ("json", "jsonl"))
        if html is not None:
            render.write_html(records, html, filters={"since": since, "until": until, "entity": entity, "lang": lang})
            ctx.report(f"wrote {html}: {len(records)} events; it opens offline in any browser")
            if output == "table":
                return
        title = "AI news timeline" + (f": {entity}" if entity else "")
        render.emit(records, output, ctx.terminal, table=render.timeline_table, csv_rows=render.timeline_csv,
                    export=_export(output, ctx, records, title))

    _run(db, model, debug, body)


@app.command()
def entities(
    paths: PathsArgument = None,
    company: Annotated[str | None, typer.Option(help="Show this company's profile.",
                                                autocompletion=completion.companies)] = None,
    person: Annotated[str | None, typer.Option(help="Show this person's profile.",
                                               autocompletion=completion.people)] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Only entities of this type: PERSON, ORG, "
                                              "PRODUCT, LOC, EVENT, MISC.",
                                              autocompletion=completion.entity_types)] = None,
    explain: Annotated[bool, typer.Option(help="Say how each form reached its canonical name and how the type "
                                          "was settled.")] = False,
    fmt: TimelineFormatOption = "table",
    json_flag: JsonOption = False,
    db: DbOption = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """Canonical entities with their mentions, documents and languages, or one entity's profile."""

    def body(ctx: _Context) -> None:
        from functools import partial

        from ainews_cli import render
        from ainews_cli.entities import ENTITY_TYPES
        from ainews_cli.query import entity_records, mention_months, profile

        output = _format(fmt, json_flag, exports=bool(company or person), what="the entity list")
        if company and person:
            raise UsageError("give --company or --person, not both")
        wanted_type = type_.upper() if type_ else None
        if wanted_type and wanted_type not in ENTITY_TYPES:
            raise UsageError(f"--type takes one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
        docs = ctx.ingest(paths).docs if paths else None
        if company or person:
            record = profile(ctx.store, ctx.aliases, company or person or "", kind="ORG" if company else "PERSON",
                             docs=docs, explain=explain, encoded=output in ("json", "jsonl"))
            profile_table = render.profile_tables
            if output == "table":  # a sparkline; the machine formats stay as they are
                profile_table = partial(profile_table, months=mention_months(ctx.store, docs=docs,
                                                                             name=record["name"]))
            render.emit(record, output, ctx.terminal, table=profile_table, csv_rows=render.profile_csv,
                        export=_profile_export(output, ctx, record))
            return
        records = entity_records(ctx.store, ctx.aliases, docs=docs, type_filter=wanted_type, explain=explain)
        table = render.entities_table
        if output == "table":  # the sparklines; the machine formats stay as they are
            table = partial(table, months=mention_months(ctx.store, docs=docs))
        render.emit(records, output, ctx.terminal, table=table, csv_rows=render.entities_csv)

    _run(db, model, debug, body)


@app.command()
def facts(
    paths: PathsArgument = None,
    entity: Annotated[str | None, typer.Option(help="Only facts stated in sentences that name this entity.",
                                               autocompletion=completion.entity_names)] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Only facts of this kind: role, founded, investment, "
                                              "stake, valuation, revenue, market_value_change, funding_round, "
                                              "money, percent.", autocompletion=completion.fact_kinds)] = None,
    fmt: FormatOption = "table",
    json_flag: JsonOption = False,
    db: DbOption = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """Typed facts the documents state (roles, investments, stakes, valuations, ...), each with its sentence."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.query import fact_records

        output = _format(fmt, json_flag, what="`ainews facts`")
        if type_ and type_ not in FACT_KINDS:
            raise UsageError(f"--type takes one of {', '.join(FACT_KINDS)}, not {type_!r}")
        docs = ctx.ingest(paths).docs if paths else None
        records = fact_records(ctx.store, ctx.aliases, docs=docs, entity=entity, kind=type_)
        render.emit(records, output, ctx.terminal, table=render.facts_table, csv_rows=render.facts_csv)

    _run(db, model, debug, body)


FACT_KINDS = ("role", "founded", "investment", "stake", "valuation", "revenue", "market_value_change",
              "funding_round", "money", "percent")


@app.command()
def extract(
    paths: PathsArgument = None,
    fmt: FormatOption = "table",
    json_flag: JsonOption = False,
    db: DbOption = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """What the pipeline saw in each document: language, publication date, entities, dates."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.query import extract_records

        if not paths:
            raise UsageError("name at least one file, folder or glob to extract from (or - for stdin)")
        output = _format(fmt, json_flag, what="`ainews extract`")
        result = ctx.ingest(paths)
        records = extract_records(ctx.store, result.docs)
        render.emit(records, output, ctx.terminal, table=render.extract_tables, csv_rows=render.extract_csv)

    _run(db, model, debug, body)


store_app = typer.Typer(help="Look after the store.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("check")
def store_check(
    fmt: FormatOption = "table",
    json_flag: JsonOption = False,
    db: DbOption = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """Verify the store (SQLite integrity, every document with its extraction) and say what it holds."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.errors import StoreError
        from ainews_cli.pipeline import pipeline_version

        output = _format(fmt, json_flag, what="`ainews store check`")
        report = ctx.store.check(pipeline_version(ctx.settings))
        render.emit(report, output, ctx.terminal, table=render.check_table,
                    csv_rows=lambda r: (list(r), [r]))
        if not report["ok"]:
            raise StoreError(f"{report['path']} failed its check; restore a copy, or ingest again into a new --db")

    _run(db, model, debug, body)


config_app = typer.Typer(help="The settings: config.toml, AINEWS_* variables and flags (docs/config.md).",
                         no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("path")
def config_path(debug: DebugOption = False) -> None:
    """Print the config file's path, whether or not it exists (it is not read)."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.config import config_path as path

        render.emit_line(str(path()))

    _run(None, None, debug, body)


@config_app.command("show")
def config_show(
    fmt: FormatOption = "table",
    json_flag: JsonOption = False,
    db: Annotated[Path | None, typer.Option("--db", help="Show the settings as they are with this store file.",
                                            show_default=False)] = None,
    model: ModelOption = None,
    debug: DebugOption = False,
) -> None:
    """The effective settings and where each comes from: default, config file, environment or flag."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.config import default_models, parse_model_flags, resolve_settings

        output = _format(fmt, json_flag)
        settings, values = resolve_settings(db=db, models=parse_model_flags(model or []))
        records = [value.to_dict() for value in [*values, *default_models(settings)]]
        render.emit(records, output, ctx.terminal, table=render.settings_table, csv_rows=render.settings_csv)

    _run(None, None, debug, body)


@config_app.command("init")
def config_init(debug: DebugOption = False) -> None:
    """Write a config file listing every setting, commented out; never overwrites one."""

    def body(ctx: _Context) -> None:
        from ainews_cli import render
        from ainews_cli.config import write_example_config

        path = write_example_config()
        ctx.report(f"wrote {path}; uncomment the settings you want to change")
        render.emit_line(str(path))

    _run(None, None, debug, body)


def main() -> None:
    app()
