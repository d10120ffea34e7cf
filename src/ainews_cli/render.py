"""The only module that writes results.  Data goes to stdout: rich tables for
people, JSON, JSON Lines or CSV for programs (written with ``sys.stdout.write``,
never through rich, so nothing is wrapped or coloured).  Messages go to stderr.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ainews_cli import codec
from ainews_cli.codec import Encoded
from ainews_cli.formats import csv_text, headline
from ainews_cli.records import (
    DocumentFact,
    EntitySummary,
    Event,
    ExtractedDocument,
    IngestedDocument,
    Profile,
    Role,
    StoreReport,
    Story,
)

if TYPE_CHECKING:
    from ainews_cli.config import SettingValue

BASIC_FORMATS = ("table", "json", "jsonl", "csv")
# Formats for other tools (formats.py): a timeline, or an entity profile and its events.
EXPORT_FORMATS = ("timelinejs", "timelinejs-csv", "jsonld", "ics")
FORMATS = (*BASIC_FORMATS, *EXPORT_FORMATS)
EMPTY: Mapping[str, str] = {}  # no name shown otherwise than it is keyed

Rows = tuple[list[str], list[dict[str, Any]]]  # CSV columns, and a row per record: column -> value


@dataclass(frozen=True)
class Terminal:
    """What the terminal allows; one object so tests can fake it."""

    stdout_tty: bool
    stderr_tty: bool
    color: bool

    @classmethod
    def detect(cls) -> Terminal:
        no_color = "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb"
        return cls(sys.stdout.isatty(), sys.stderr.isatty(), color=not no_color)


def stdout_console(terminal: Terminal):  # type: ignore[no-untyped-def]
    from rich.console import Console

    class Stdout(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1; the error boundary (cli._run) ends a closed pipe quietly.
            self.quiet = True
            raise BrokenPipeError

    width = None if terminal.stdout_tty else int(os.environ.get("COLUMNS", "120"))
    return Stdout(file=sys.stdout, width=width, no_color=not terminal.color or not terminal.stdout_tty,
                  highlight=False, soft_wrap=False)


def stderr_console(terminal: Terminal):  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(file=sys.stderr, stderr=True, no_color=not terminal.color or not terminal.stderr_tty,
                   highlight=False)


def values(items: Iterable[Any]) -> list[Any]:
    """Records, with those the store kept as JSON text decoded."""
    return [item.value if isinstance(item, Encoded) else item for item in items]


def emit(
    records: Any,
    fmt: str,
    terminal: Terminal,
    *,
    table: Callable[[Any], list[Any]],
    csv_rows: Callable[[Any], Rows],
    export: Callable[[str], Any] | None = None,
) -> None:
    """Write records (a list of them, or one) in ``fmt``: JSON and JSON Lines through codec.py,
    CSV, or the rich tables ``table`` makes; ``export`` makes the formats for other tools
    (a formats.Export: text for stdout, notes on what it left out for stderr)."""
    out = sys.stdout
    if fmt in EXPORT_FORMATS and export is not None:
        made = export(fmt)
        binary = getattr(out, "buffer", None)
        if fmt == "ics" and binary is not None:
            # RFC 5545 wants CRLF and UTF-8 whatever the platform's newline and locale.
            out.flush()
            binary.write(made.text.encode("utf-8"))
            binary.flush()
        else:
            out.write(made.text)
            out.flush()
        err = stderr_console(terminal)
        for note in made.notes:
            err.print(f"note: {note}", markup=False, soft_wrap=True)
        return
    if fmt == "json":
        out.write(codec.document(records))
    elif fmt == "jsonl":
        out.write(codec.json_lines(records if isinstance(records, list) else [records]))
    else:
        shown = values(records) if isinstance(records, list) else records
        if fmt == "csv":
            columns, rows = csv_rows(shown)
            out.write(csv_text(rows, columns))
        else:
            console = stdout_console(terminal)
            for renderable in table(shown):
                console.print(renderable)
    out.flush()


def write_html(events: Sequence[Event], path: Path, *, filters: dict[str, str | None]) -> None:
    """The timeline as one self-contained, offline HTML page (html_timeline.py) written to `path`."""
    from ainews_cli.html_timeline import page

    write_file(path, page(events, filters=filters))


def write_file(path: Path, text: str) -> None:
    """Write a result file whole or not at all: into a temporary file beside it, then renamed."""
    from ainews_cli.errors import OutputError

    if path.is_dir():
        raise OutputError(f"{path} is a folder; name a file in it, e.g. {path / 'timeline.html'}")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"cannot write {path}: {error.strerror or error}; name a file in a folder that exists "
                          "and that you can write to") from error


def emit_line(text: str) -> None:
    """One plain line of data, such as a path."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# --- tables ---------------------------------------------------------------------

class Column(TypedDict, total=False):
    """How a table column is laid out (rich's Table.add_column options)."""

    no_wrap: bool
    style: str
    ratio: int
    width: int
    overflow: Literal["fold", "crop", "ellipsis", "ignore"]
    justify: Literal["default", "left", "center", "right", "full"]


def _table(title: str | None, columns: Sequence[tuple[str, Column]]):  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False, header_style="bold")
    for name, options in columns:
        table.add_column(name, **options)
    return table


def _short(doc: str) -> str:
    return os.path.basename(doc.split("#")[0]) + ("#" + doc.split("#", 1)[1] if "#" in doc else "")


BARS = " ▁▂▃▄▅▆▇█"
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
# Dates this fine lie in one month (a week or weekend across two counts in the month it starts).
IN_A_MONTH = ("month", "week", "weekend", "day")


def bar(count: int, most: int) -> str:
    """One cell of a density bar or sparkline: '·' for none, else one of eight heights."""
    if count <= 0 or most <= 0:
        return "·"
    return BARS[max(1, -(-count * 8 // most))]


def _month_of(event: Event) -> int | None:
    """The month an event lies in, or None for a date coarser than a month (it is not
    counted in any month: that would place it more precisely than its source)."""
    return int(event.start[5:7]) if event.granularity in IN_A_MONTH and event.start else None


def density(events: Sequence[Event]) -> Any:
    """Per year a bar of its twelve months (how many events in each) and the count of
    events dated only to the year or a coarser part of it."""
    from rich.text import Text

    years: dict[str, list[int]] = {}
    coarse: dict[str, int] = {}
    for event in events:
        year = event.start[:4] or "????"
        months = years.setdefault(year, [0] * 12)
        month = _month_of(event)
        if month is None:
            coarse[year] = coarse.get(year, 0) + 1
        else:
            months[month - 1] += 1
    most = max((n for months in years.values() for n in months), default=0)
    text = Text()
    text.append("     JFMAMJJASOND\n", style="dim")
    for year in sorted(years):
        months = years[year]
        total = sum(months) + coarse.get(year, 0)
        text.append(f"{year} ", style="cyan")
        text.append("".join(bar(n, most) for n in months), style="magenta")
        text.append(f" {total} event{'s' if total != 1 else ''}")
        if coarse.get(year):
            text.append(f", {coarse[year]} without a month", style="dim")
        text.append("\n")
    text.rstrip()
    return text


ROW_LINES = 3  # at most, per event in the timeline table and per entity in the entity list
TABLE_EDGES = 3  # columns a table spends per column (padding and a rule), plus one for the right edge


def event_headline(event: Event) -> str:
    """The line the timeline table shows for an event (the full sentence stays in JSON and
    --explain).  The one place the table takes it from."""
    return headline(event)


class Fitted:
    """A renderable laid out for the width it is drawn at (the terminal's, or COLUMNS):
    ``build(console, width)`` gives what to draw."""

    def __init__(self, build: Callable[[Any, int], Iterable[Any]]) -> None:
        self.build = build

    def __rich_console__(self, console: Any, options: Any) -> Iterable[Any]:
        yield from self.build(console, options.max_width)


def _lines(console: Any, text: str, width: int) -> list[str]:
    """``text`` wrapped at ``width`` as rich wraps it (words, and a word longer than the line folded)."""
    from rich.text import Text

    return [line.plain.rstrip() for line in Text(text).wrap(console, max(width, 1), overflow="fold")]


def _at_most(console: Any, text: str, width: int, lines: int = ROW_LINES) -> str:
    """``text`` in at most ``lines`` lines of ``width``; what does not fit ends in "…"."""
    wrapped = _lines(console, text, width)
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    last = wrapped[lines - 1]
    return "\n".join([*wrapped[: lines - 1], last[: max(width - 1, 0)].rstrip() + "…"])


def _packed(console: Any, items: Sequence[str], width: int, lines: int = ROW_LINES) -> str:
    """As many of ``items`` as fit in ``lines`` lines of ``width``, comma-separated, an item
    wrapped only when it is longer than a line, and "+N" for those left out."""
    if not items:
        return ""
    for shown in range(len(items), 0, -1):
        left = len(items) - shown
        parts = [item + ("," if index < shown - 1 or left else "") for index, item in enumerate(items[:shown])]
        if left:
            parts.append(f"+{left}")
        rows: list[str] = []
        for part in parts:
            if rows and len(rows[-1]) + 1 + len(part) <= width:
                rows[-1] += " " + part
            else:
                rows.extend(_lines(console, part, width))
        if len(rows) <= lines:
            return "\n".join(rows)
    return _at_most(console, items[0] + (f" +{len(items) - 1}" if len(items) > 1 else ""), width, lines)


def _grouped(events: Sequence[Event]) -> Iterator[tuple[str, str, int, Event | None]]:
    """The rows of a timeline table in order: ("year", "2023", events that year, None), then
    ("month", "November", events that month, None) where events have a month, and
    ("event", "", 0, event) for each event; a year's first row starts a new section."""
    counts: dict[tuple[str, int | None], int] = {}
    for event in events:
        key = (event.start[:4], _month_of(event))
        counts[key] = counts.get(key, 0) + 1
        counts[(key[0], -1)] = counts.get((key[0], -1), 0) + 1
    year, month = None, None
    for event in events:
        this_year, this_month = event.start[:4], _month_of(event)
        if this_year != year:
            year, month = this_year, None
            yield "year", this_year or "undated", counts[(this_year, -1)], None
        if this_month is not None and this_month != month:
            month = this_month
            yield "month", MONTH_NAMES[this_month - 1], counts[(this_year, this_month)], None
        yield "event", "", 0, event


def _count_text(n: int) -> Any:
    from rich.text import Text

    return Text(f"{n} event{'s' if n != 1 else ''}", style="dim")


def _ranked_names(events: Sequence[Event], shown: Mapping[str, str]) -> Callable[[Event], list[str]]:
    """An event's participants as shown, those in most events of this timeline first (then by name)."""
    counts = Counter(e.name for event in events for e in event.entities)
    return lambda event: [shown.get(name, name) for name in
                          sorted((e.name for e in event.entities), key=lambda name: (-counts[name], name))]


def as_shown(shown: Mapping[str, str]) -> Callable[[str], str]:
    """What writes a text with each name keyed otherwise than it is shown (query.shown_names)
    as shown: "TSMC, Morris Chang and 劉德音", not "… 刘德音", where the articles write
    Traditional. Made once a table: its pattern of the names is compiled once."""
    if not shown:
        return lambda text: text
    names = re.compile("|".join(re.escape(name) for name in sorted(shown, key=len, reverse=True)))
    return lambda text: names.sub(lambda found: shown[found.group(0)], text)


def timeline_table(events: Sequence[Event], *, explain: bool = False, shown: Mapping[str, str] = EMPTY) -> list[Any]:
    """The events grouped by year and month, under a density bar of each year's months.
    Each event takes at most three lines: its headline, date, type and main participants;
    with ``explain`` also its sentence, why its mentions merged, its sources and every
    participant, in as many lines as they need.  ``shown``: names shown otherwise than
    they are keyed (query.shown_names)."""
    from rich.text import Text

    if not events:
        return []  # the command says why on stderr
    names = _ranked_names(events, shown)
    return [Text(f"Timeline: {len(events)} events", style="bold"), density(events),
            Fitted(lambda console, width: [_timeline_grid(events, names, console, width, explain=explain,
                                                          shown=shown)])]


def _timeline_grid(events: Sequence[Event], names: Callable[[Event], list[str]], console: Any, width: int, *,
                   explain: bool, shown: Mapping[str, str]) -> Any:
    from rich.text import Text

    show = as_shown(shown)
    rows = list(_grouped(events))
    date_w = max(len("Date"), *(len(_date_cell(event)) if event else len(label) for _, label, _, event in rows))
    type_w = max(len("Type"), *(len(event.type) for event in events))
    rest = width - 4 * TABLE_EDGES - 1 - date_w - type_w
    # Every name whole (up to half the room left), all of an event's names on one line
    # where a third of the room holds them; the headline gets the rest.
    longest = max((len(name) for event in events for name in names(event)), default=0)
    joined = max((len(", ".join(names(event))) for event in events), default=0)
    least = max(len("Entities"), min(longest, rest // 2))
    names_w = min(max(least, joined), max(least, rest // 3))
    event_w = max(rest - names_w, len("Event"))
    lines = len(events) * 1000 if explain else ROW_LINES  # no bound with --explain
    table = _table(None, [
        ("Date", {"no_wrap": True, "style": "cyan", "width": date_w}),
        ("Type", {"no_wrap": True, "width": type_w}),
        ("Event", {"width": event_w}),
        ("Entities", {"width": names_w}),
    ])
    for kind, label, count, event in rows:
        if kind == "year" and table.row_count:
            table.add_section()
        if event is None:
            table.add_row(Text(label, style="bold" if kind == "year" else "italic"), "", _count_text(count), "")
            continue
        told: Any = _at_most(console, show(event_headline(event)), event_w, lines)
        if explain:
            told = Text(told, style="bold")
            told.append("\n" + event.text, style="not bold")
            for why in event.merged_because or ():
                told.append("\n" + why, style="dim not bold")
            for source in sorted({f"{_short(s.doc)} ({s.lang}: {s.date_text})" for s in event.sources}):
                told.append("\n" + source, style="italic not bold")
        table.add_row(_date_cell(event), event.type, told, _packed(console, names(event), names_w, lines))
    return table


def _date_cell(event: Event) -> str:
    """An event's date as the table shows it: "≈" before a date given only through an
    inferred publication date (docs/dates.md)."""
    return f"≈{event.date}" if event.inferred else event.date


TIMELINE_COLUMNS = ["date", "granularity", "start", "end", "edtf", "type", "text", "entities", "sources"]


def _timeline_row(event: Event) -> dict[str, Any]:
    return {"date": event.date, "granularity": event.granularity, "start": event.start, "end": event.end,
            "edtf": event.edtf, "type": event.type, "text": event.text,
            "entities": [e.name for e in event.entities],
            "sources": [f"{s.doc} ({s.lang}): {s.date_text}" for s in event.sources]}


def timeline_csv(events: Sequence[Event]) -> Rows:
    return list(TIMELINE_COLUMNS), [_timeline_row(event) for event in events]


def stories_tables(stories: Sequence[Story], *, explain: bool = False, shown: Mapping[str, str] = EMPTY) -> list[Any]:
    from rich.text import Text

    parts: list[Any] = []
    for story in stories:
        parts.append(Text(f"{shown.get(story.entity, story.entity)} ({story.type})", style="bold"))
        parts.extend(timeline_table(story.events, explain=explain, shown=shown))
    return parts


def stories_csv(stories: Sequence[Story]) -> Rows:
    rows = [{**_timeline_row(event), "entity": story.entity} for story in stories for event in story.events]
    return ["entity", *TIMELINE_COLUMNS], rows




def facts_table(records: Sequence[DocumentFact], title: str | None = None,
                shown: Mapping[str, str] = EMPTY) -> list[Any]:
    """Facts as `ainews facts` and a profile print them: four columns that stay readable
    at 80 columns (the phrase is in the sentence); names as ``shown``."""
    table = _table(title or f"Facts: {len(records)}", [
        ("Fact", {"no_wrap": True}), ("Says", {"ratio": 2}), ("Date", {"no_wrap": True}),
        ("Stated in", {"ratio": 3})])
    show = as_shown(shown)
    for record in records:
        fact = record.fact
        table.add_row(fact.kind.replace("_", " "), show(fact.says()), fact.when or "",
                      f"{_short(record.doc)}: {fact.sentence}")
    return [table]


def facts_csv(records: Sequence[DocumentFact]) -> Rows:
    columns = ["doc", "kind", "text", "start", "end", "says", "sentence"]
    return columns, [{"doc": r.doc, "kind": r.fact.kind, "text": r.fact.text, "start": r.fact.start,
                      "end": r.fact.end, "says": _csv_says(r), "sentence": r.fact.sentence} for r in records]


def _csv_says(record: DocumentFact) -> str:
    details = record.fact.details
    return details.role if isinstance(details, Role) else record.fact.says()


SPARK_WIDTH = 24  # cells; a longer stretch of months is shown in equal bins


def month_axis(months: Mapping[str, Mapping[str, int]]) -> list[str]:
    """Every month ("2023-11") from the first to the last one any entity is mentioned in."""
    seen = sorted({month for counts in months.values() for month in counts})
    if not seen:
        return []
    first, last = (int(seen[0][:4]) * 12 + int(seen[0][5:]) - 1), (int(seen[-1][:4]) * 12 + int(seen[-1][5:]) - 1)
    return [f"{index // 12:04d}-{index % 12 + 1:02d}" for index in range(first, last + 1)]


def sparkline(counts: Mapping[str, int], axis: Sequence[str], width: int = SPARK_WIDTH) -> str:
    """Mentions over the months of ``axis`` (binned to ``width`` cells), scaled to the row's own peak."""
    if not axis:
        return ""
    cells = min(width, len(axis))
    bins = [sum(counts.get(month, 0) for month in axis[i * len(axis) // cells:(i + 1) * len(axis) // cells])
            for i in range(cells)]
    if not any(bins):
        return ""
    return "".join(bar(n, max(bins)) for n in bins)


def entities_table(records: Sequence[EntitySummary],
                   months: Mapping[str, Mapping[str, int]] | None = None) -> list[Any]:
    """The entity list; with ``months`` (mentions by month of publication, query.mention_months)
    a sparkline of each entity's mentions over the same months, where the terminal has room.
    Names are shown whole; each entity takes at most three lines."""
    parts: list[Any] = [Fitted(lambda console, width: [_entities_grid(records, months, console, width)])]
    parts.extend(explain_text(record) for record in records if record.explain is not None)
    return parts


def _entities_grid(records: Sequence[EntitySummary], months: Mapping[str, Mapping[str, int]] | None,
                   console: Any, width: int) -> Any:
    axis = month_axis(months) if months else []
    spark_head = f"{axis[0]}…{axis[-1]}" if axis else ""
    spark_w = max(len(spark_head), min(SPARK_WIDTH, len(axis)))

    def widest(header: str, cells: Iterable[str]) -> int:
        return max(len(header), *(len(cell) for cell in cells)) if records else len(header)

    langs = [", ".join(record.languages) for record in records]
    name_w = min(widest("Name", (record.name for record in records)), max(width // 4, 16))
    fixed: list[tuple[str, Column]] = [
        ("Name", {"style": "bold", "width": name_w, "overflow": "fold"}),
        ("Type", {"no_wrap": True, "width": widest("Type", (record.type for record in records))}),
        ("Mentions", {"justify": "right", "width": widest("Mentions", (str(r.mentions) for r in records))}),
        ("Docs", {"justify": "right", "width": widest("Docs", (str(len(r.documents)) for r in records))}),
        ("Langs", {"no_wrap": True, "width": widest("Langs", langs)}),
    ]
    used = sum(options["width"] for _, options in fixed)

    def room(columns: int, *widths: int) -> int:
        return width - columns * TABLE_EDGES - 1 - used - sum(widths)

    # The aliases before the sparkline where both do not fit, and neither below a useful width.
    spark = bool(axis) and room(7, spark_w) >= 20
    aliases_w = room(7 if spark else 6, spark_w if spark else 0)
    aliases = aliases_w >= 12
    if not aliases:
        spark = bool(axis) and room(6, spark_w) >= 0
    columns = list(fixed)
    if spark:
        columns.insert(3, (spark_head, {"no_wrap": True, "style": "magenta", "width": spark_w}))
    if aliases:
        columns.append(("Aliases", {"width": aliases_w}))
    table = _table(f"Entities: {len(records)}", columns)
    for record, languages in zip(records, langs, strict=True):
        cells = [record.name, record.type, str(record.mentions), str(len(record.documents)), languages]
        if spark:
            cells.insert(3, sparkline((months or {}).get(record.name, {}), axis))
        if aliases:
            cells.append(_packed(console, [f"{a.text} ×{a.count}" for a in record.aliases], aliases_w))
        table.add_row(*cells)
    return table


def explain_text(record: EntitySummary) -> Any:
    from rich.text import Text

    text = Text()
    text.append(f"{record.name}", style="bold")
    if record.explain is not None:
        text.append(f" is {record.type}: {record.explain.type}")
        for way in record.explain.aliases:
            text.append(f"\n  {way.text} ×{way.count}: {way.how}")
    return text


def entities_csv(records: Sequence[EntitySummary]) -> Rows:
    columns = ["name", "type", "wikidata", "mentions", "documents", "languages", "aliases"]
    return columns, [{"name": r.name, "type": r.type, "wikidata": r.wikidata, "mentions": r.mentions,
                      "documents": r.documents, "languages": r.languages,
                      "aliases": [a.text for a in r.aliases]} for r in records]


def profile_tables(record: Profile, months: Mapping[str, Mapping[str, int]] | None = None,
                   shown: Mapping[str, str] = EMPTY) -> list[Any]:
    """A profile's tables; ``shown``: names shown otherwise than they are keyed (query.shown_names)."""
    from rich.text import Text

    entity = record.entity
    head = Text()
    head.append(entity.name, style="bold")
    head.append(f"  {entity.type}")
    if entity.wikidata:
        head.append(f"  wikidata:{entity.wikidata}")
    head.append(f"\n{entity.mentions} mentions in {len(entity.documents)} documents "
                f"({', '.join(entity.languages)}); seen as "
                + ", ".join(f"{a.text} ×{a.count}" for a in entity.aliases))
    axis = month_axis(months) if months else []
    if axis:
        head.append(f"\nmentions by month of publication, {axis[0]}…{axis[-1]}: ")
        head.append(sparkline((months or {}).get(entity.name, {}), axis), style="magenta")
    parts: list[Any] = [head]
    if entity.explain is not None:
        parts.append(explain_text(entity))
    events = codec.decoded(record.events)
    parts.extend(timeline_table(events, shown=shown) if events else [Text("No dated events.")])
    facts = codec.decoded(record.facts)
    other = [f for f in facts if not isinstance(f.fact.details, Role)]
    if record.roles:
        table = _table("Roles", [("Person", {}), ("Role", {}), ("Organisation", {}), ("Stated in", {"ratio": 3})])
        for role in record.roles:
            qualified = ", ".join(f"{q}-" if q == "then" else q for q in role.qualifiers)
            first = role.sources[0]
            more = len(role.sources) - 1
            stated = f"{_short(first.doc)}: {first.sentence}" + (
                f" (and {more} more: {', '.join(dict.fromkeys(_short(s.doc) for s in role.sources[1:]))})"
                if more else "")
            table.add_row(shown.get(role.person, role.person), (qualified + " " if qualified else "") + role.role,
                          shown.get(role.org or "", role.org or ""), stated)
        parts.append(table)
    if other:
        parts.extend(facts_table(other, title="Facts stated with it", shown=shown))
    if record.appears_with:
        parts.append(Text("Appears with: " + ", ".join(f"{shown.get(c.name, c.name)} ({c.sentences})"
                                                       for c in record.appears_with)))
    return parts


def profile_csv(record: Profile) -> Rows:
    return timeline_csv(codec.decoded(record.events))


def extract_tables(records: Sequence[ExtractedDocument]) -> list[Any]:
    from rich.text import Text

    parts: list[Any] = []
    for record in records:
        data = record.extraction
        published = data.published
        inference = record.inference
        head = Text()
        head.append(record.doc, style="bold")
        if inference is not None and inference.inferred:
            head.append(f"  lang {data.lang}  published ≈{inference.date} (inferred)")
        else:
            head.append(f"  lang {data.lang}  published "
                        + (f"{published.date} ({published.source})" if published else "unknown"))
        if inference is not None and (inference.inferred or record.explain):
            head.append(f"\n  {inference.reason}")
            for evidence in inference.evidence:
                told = "; ".join(f"{e.type} {e.date} ({', '.join(_short(doc) for doc in e.docs)})"
                                 for e in evidence.events)
                head.append(f"\n  “{evidence.text}” at {evidence.start}: {told or 'no happening'}; "
                            f"published {', '.join(evidence.implies)}", style="dim")
            if record.explain:
                for against in inference.against:
                    head.append(f"\n  against: {against}", style="dim")
        for span in data.spans:
            head.append(f"\n  {span.lang} span {span.start}–{span.end} ({span.method})")
        for lang, model in data.models.items():
            head.append(f"\n  {lang}: {model or 'no spaCy pipeline, alias table only'}")
        parts.append(head)
        entities = _table(None, [("Start", {"justify": "right"}), ("End", {"justify": "right"}),
                                 ("Text", {}), ("Label", {}), ("Name", {})])
        for e in data.entities:
            entities.add_row(str(e.start), str(e.end), e.text, e.label, e.name)
        dates = _table(None, [("Start", {"justify": "right"}), ("End", {"justify": "right"}), ("Text", {}),
                              ("Type", {}), ("Value", {}), ("Granularity", {}), ("Anchor", {})])
        for d in data.dates:
            how = "—" if d.anchor is None else f"{d.anchor.source} {d.anchor.value}"
            dates.add_row(str(d.start), str(d.end), d.text, d.type, d.value, d.granularity or "",
                          how if d.anchored else "unanchored")
        parts.extend([entities, dates])
    return parts


def extract_csv(records: Sequence[ExtractedDocument]) -> Rows:
    columns = ["doc", "kind", "start", "end", "text", "label_or_type", "name_or_value", "granularity", "anchored"]
    rows: list[dict[str, Any]] = []
    for record in records:
        for e in record.extraction.entities:
            rows.append({"doc": record.doc, "kind": "entity", "start": e.start, "end": e.end,
                         "text": e.text, "label_or_type": e.label, "name_or_value": e.name})
        for d in record.extraction.dates:
            rows.append({"doc": record.doc, "kind": "date", "start": d.start, "end": d.end,
                         "text": d.text, "label_or_type": d.type, "name_or_value": d.value,
                         "granularity": d.granularity, "anchored": d.anchored})
    return columns, rows


def check_table(report: StoreReport) -> list[Any]:
    table = _table(f"Store {report.path}: {'ok' if report.ok else 'FAILED'}", [("", {}), ("", {})])
    for key, value in report.to_dict().items():
        if key in ("path", "ok"):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        table.add_row(key.replace("_", " "), shown or "none")
    return [table]


def check_csv(report: StoreReport) -> Rows:
    row = report.to_dict()
    return list(row), [row]


def ingest_table(records: Sequence[IngestedDocument]) -> list[Any]:
    if not records:
        return []  # stderr has said why
    table = _table(f"Ingested {len(records)} documents", [
        ("Document", {}), ("Status", {}), ("Lang", {}), ("Published", {}),
        ("Entities", {"justify": "right"}), ("Dates", {"justify": "right"}), ("Events", {"justify": "right"})])
    # Unchanged documents beyond a few are one row: re-ingesting a folder of thousands lists what changed
    # (JSON and CSV keep a row for each).
    unchanged = [r for r in records if r.status == "cached"]
    folded = len(unchanged) > _LISTED_UNCHANGED
    for r in records:
        if not (folded and r.status == "cached"):
            table.add_row(r.doc, r.status, r.lang, r.published or "", str(r.entities), str(r.dates), str(r.events))
    if folded:
        table.add_row(f"{len(unchanged):,} unchanged documents", "cached", "", "",
                      *(str(sum(getattr(r, count) for r in unchanged)) for count in ("entities", "dates", "events")))
    return [table]


_LISTED_UNCHANGED = 20  # unchanged documents an ingest table lists one by one


def ingest_csv(records: Sequence[IngestedDocument]) -> Rows:
    return ["doc", "status", "lang", "published", "entities", "dates", "events"], [r.to_dict() for r in records]


def settings_table(records: Sequence[SettingValue]) -> list[Any]:
    table = _table("Settings", [("Setting", {"no_wrap": True}), ("Value", {"ratio": 3}),
                                ("Source", {"no_wrap": True}), ("From", {"ratio": 2})])
    for r in records:
        table.add_row(r.key, "" if r.value is None else str(r.value), r.source, r.origin or "")
    return [table]


def settings_csv(records: Sequence[SettingValue]) -> Rows:
    return ["key", "value", "source", "origin"], [r.to_dict() for r in records]
