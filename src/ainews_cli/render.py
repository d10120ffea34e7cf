"""The only module that writes results.  Data goes to stdout: rich tables for
people, JSON, JSON Lines or CSV for programs (written with ``sys.stdout.write``,
never through rich, so nothing is wrapped or coloured).  Messages go to stderr.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ainews_cli.records import EncodedRecord

BASIC_FORMATS = ("table", "json", "jsonl", "csv")
# Formats for other tools (formats.py): a timeline, or an entity profile and its events.
EXPORT_FORMATS = ("timelinejs", "timelinejs-csv", "jsonld", "ics")
FORMATS = (*BASIC_FORMATS, *EXPORT_FORMATS)


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

    width = None if terminal.stdout_tty else int(os.environ.get("COLUMNS", "120"))
    return Console(file=sys.stdout, width=width, no_color=not terminal.color or not terminal.stdout_tty,
                   highlight=False, soft_wrap=False)


def stderr_console(terminal: Terminal):  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(file=sys.stderr, stderr=True, no_color=not terminal.color or not terminal.stderr_tty,
                   highlight=False)


def write_json(records: Any, out: TextIO) -> None:
    """A list one record a line, an object one key a line: readable, byte-stable, and
    written by json's C encoder (indent= would switch to its pure-Python one, which
    is most of the time of a timeline over ten thousand documents)."""
    if isinstance(records, list):
        body = ",\n".join(_encoded(record) for record in records)
        out.write("[\n" + body + "\n]\n" if records else "[]\n")
    elif isinstance(records, dict):
        body = ",\n".join(f"{json.dumps(key)}: {_encoded(value)}" for key, value in records.items())
        out.write("{\n" + body + "\n}\n")
    else:
        out.write(json.dumps(records, ensure_ascii=False) + "\n")


def write_jsonl(records: Sequence[Any], out: TextIO) -> None:
    for record in records:
        out.write(_encoded(record) + "\n")


def _encoded(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False), with records already encoded (in a list
    or on their own) written as they are."""
    if isinstance(value, EncodedRecord):
        return value
    if isinstance(value, list) and any(isinstance(item, EncodedRecord) for item in value):
        return "[" + ", ".join(_encoded(item) for item in value) + "]"
    if isinstance(value, dict) and any(isinstance(item, list) and any(isinstance(i, EncodedRecord) for i in item)
                                       for item in value.values()):
        return "{" + ", ".join(f"{json.dumps(key, ensure_ascii=False)}: {_encoded(item)}"
                               for key, item in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def _decoded(records: Any) -> Any:
    """Records with every EncodedRecord (in the list, or in a record's lists) decoded."""
    if isinstance(records, EncodedRecord):
        return records.decode()
    if isinstance(records, list):
        return [_decoded(item) for item in records]
    if isinstance(records, dict):
        return {key: _decoded(value) if isinstance(value, list) else value for key, value in records.items()}
    return records


def safe_cell(value: Any) -> str:
    """A CSV cell: lists joined with "; ", formula-looking text neutralised."""
    if value is None:
        text = ""
    elif isinstance(value, (list, tuple)):
        text = "; ".join(safe_cell(item) for item in value)
    elif isinstance(value, dict):
        text = value.get("name") or value.get("text") or json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    # A spreadsheet runs a cell that starts with one of these as a formula.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def write_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    out.write(csv_text(rows, columns))


def emit(
    records: Sequence[dict[str, Any]] | dict[str, Any],
    fmt: str,
    terminal: Terminal,
    *,
    table: Callable[[Any], list[Any]],
    csv_rows: Callable[[Any], tuple[list[str], list[dict[str, Any]]]],
    export: Callable[[str], Any] | None = None,
) -> None:
    """Write records in ``fmt``; ``export`` makes the formats for other tools (a
    formats.Export: text for stdout, notes on what it left out for stderr)."""
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
    if fmt not in ("json", "jsonl"):
        records = _decoded(records)
    if fmt == "json":
        write_json(records, out)
    elif fmt == "jsonl":
        write_jsonl(records if isinstance(records, list) else [records], out)
    elif fmt == "csv":
        columns, rows = csv_rows(records)
        write_csv(rows, columns, out)
    else:
        console = stdout_console(terminal)
        for renderable in table(records):
            console.print(renderable)
    out.flush()


def write_html(records: Sequence[dict[str, Any]], path: Path, *, filters: dict[str, str | None]) -> None:
    """The timeline as one self-contained, offline HTML page (html_timeline.py) written to `path`."""
    from ainews_cli.html_timeline import page

    write_file(path, page(records, filters=filters))


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

def _table(title: str | None, columns: Sequence[tuple[str, dict[str, Any]]]):  # type: ignore[no-untyped-def]
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


def _month_of(event: dict[str, Any]) -> int | None:
    """The month an event lies in, or None for a date coarser than a month (it is not
    counted in any month: that would place it more precisely than its source)."""
    return int(event["start"][5:7]) if event["granularity"] in IN_A_MONTH and event["start"] else None


def density(events: Sequence[dict[str, Any]]) -> Any:
    """Per year a bar of its twelve months (how many events in each) and the count of
    events dated only to the year or a coarser part of it."""
    from rich.text import Text

    years: dict[str, list[int]] = {}
    coarse: dict[str, int] = {}
    for event in events:
        year = event["start"][:4] or "????"
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


def timeline_table(events: Sequence[dict[str, Any]]) -> list[Any]:
    """The events grouped by year and month, under a density bar of each year's months."""
    from rich.text import Text

    if not events:
        return [Text("No dated events. Documents without a publication date keep their relative dates "
                     "unanchored; see `ainews extract`.")]
    table = _table(None, [
        ("Date", {"no_wrap": True, "style": "cyan"}),
        ("Type", {"no_wrap": True}),
        ("Event", {"ratio": 5}),
        ("Entities", {"ratio": 2}),
        ("Sources", {"ratio": 2}),
    ])
    counts: dict[tuple[str, int | None], int] = {}
    for event in events:
        key = (event["start"][:4], _month_of(event))
        counts[key] = counts.get(key, 0) + 1
        counts[(key[0], -1)] = counts.get((key[0], -1), 0) + 1
    year, month = None, None
    for event in events:
        this_year, this_month = event["start"][:4], _month_of(event)
        if this_year != year:
            if year is not None:
                table.add_section()
            year, month = this_year, None
            n = counts[(this_year, -1)]
            table.add_row(Text(this_year or "undated", style="bold"), "", Text(f"{n} event{'s' if n != 1 else ''}",
                                                                                style="dim"), "", "")
        if this_month is not None and this_month != month:
            month = this_month
            n = counts[(this_year, this_month)]
            table.add_row(Text(MONTH_NAMES[this_month - 1], style="italic"), "",
                          Text(f"{n} event{'s' if n != 1 else ''}", style="dim"), "", "")
        sources = sorted({f"{_short(s['doc'])} ({s['lang']}: {s['date_text']})" for s in event["sources"]})
        table.add_row(
            event["date"],
            event["type"],
            event["text"],
            ", ".join(e["name"] for e in event["entities"]),
            "\n".join(sources),
        )
    return [Text(f"Timeline: {len(events)} events", style="bold"), density(events), table]


def timeline_csv(events: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    columns = ["date", "granularity", "start", "end", "edtf", "type", "text", "entities", "sources"]
    rows = [{**event, "sources": [f"{s['doc']} ({s['lang']}): {s['date_text']}" for s in event["sources"]]}
            for event in events]
    return columns, rows


def stories_tables(stories: Sequence[dict[str, Any]]) -> list[Any]:
    from rich.text import Text

    if not stories:
        return timeline_table([])
    parts: list[Any] = []
    for story in stories:
        parts.append(Text(f"{story['entity']} ({story['type']})", style="bold"))
        parts.extend(timeline_table(story["events"]))
    return parts


def stories_csv(stories: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    columns, _ = timeline_csv([])
    rows = [row for story in stories for row in
            ({**r, "entity": story["entity"]} for r in timeline_csv(story["events"])[1])]
    return ["entity", *columns], rows


def facts_table(records: Sequence[dict[str, Any]]) -> list[Any]:
    table = _table(f"Facts: {len(records)}", [
        ("Fact", {"no_wrap": True}), ("Says", {"ratio": 2}), ("Date", {"no_wrap": True}),
        ("Stated in", {"ratio": 3})])
    for fact in records:
        if fact["kind"] == "role":
            qualifier = f"{fact['qualifier']} " if fact.get("qualifier") else ""
            says = f"{fact['person']}: {qualifier}{fact['role']}" + (f" of {fact['org']}" if fact.get("org") else "")
        else:
            says = fact_value(fact)
        date = (fact.get("date") or {}).get("value") or fact.get("year") or ""
        table.add_row(fact["kind"].replace("_", " "), says, date, f"{_short(fact['doc'])}: {fact['sentence']}")
    return [table]


def facts_csv(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    columns = ["doc", "kind", "text", "start", "end", "says", "sentence"]
    return columns, [{**r, "says": fact_value(r) if r["kind"] != "role" else r["role"]} for r in records]


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


def entities_table(records: Sequence[dict[str, Any]],
                   months: Mapping[str, Mapping[str, int]] | None = None) -> list[Any]:
    """The entity list; with ``months`` (mentions by month of publication, query.mention_months)
    a sparkline of each entity's mentions over the same months."""
    axis = month_axis(months) if months else []
    columns: list[tuple[str, dict[str, Any]]] = [
        ("Name", {"style": "bold"}),
        ("Type", {"no_wrap": True}),
        ("Mentions", {"justify": "right"}),
    ]
    if axis:
        columns.append((f"{axis[0]}…{axis[-1]}", {"no_wrap": True, "style": "magenta"}))
    columns += [("Docs", {"justify": "right"}), ("Languages", {}), ("Aliases", {"ratio": 2})]
    table = _table(f"Entities: {len(records)}", columns)
    for record in records:
        spark = [sparkline((months or {}).get(record["name"], {}), axis)] if axis else []
        table.add_row(
            record["name"], record["type"], str(record["mentions"]), *spark, str(len(record["documents"])),
            ", ".join(record["languages"]),
            ", ".join(f"{a['text']} ×{a['count']}" for a in record["aliases"]),
        )
    parts: list[Any] = [table]
    for record in records:
        if "explain" in record:
            parts.append(explain_text(record))
    return parts


def explain_text(record: dict[str, Any]) -> Any:
    from rich.text import Text

    text = Text()
    text.append(f"{record['name']}", style="bold")
    text.append(f" is {record['type']}: {record['explain']['type']}")
    for way in record["explain"]["aliases"]:
        text.append(f"\n  {way['text']} ×{way['count']}: {way['how']}")
    return text


def entities_csv(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    columns = ["name", "type", "wikidata", "mentions", "documents", "languages", "aliases"]
    return columns, [{**r, "aliases": [a["text"] for a in r["aliases"]]} for r in records]


def profile_tables(record: dict[str, Any], months: Mapping[str, Mapping[str, int]] | None = None) -> list[Any]:
    from rich.text import Text

    head = Text()
    head.append(record["name"], style="bold")
    head.append(f"  {record['type']}")
    if record.get("wikidata"):
        head.append(f"  wikidata:{record['wikidata']}")
    head.append(f"\n{record['mentions']} mentions in {len(record['documents'])} documents "
                f"({', '.join(record['languages'])}); seen as "
                + ", ".join(f"{a['text']} ×{a['count']}" for a in record["aliases"]))
    axis = month_axis(months) if months else []
    if axis:
        head.append(f"\nmentions by month of publication, {axis[0]}…{axis[-1]}: ")
        head.append(sparkline((months or {}).get(record["name"], {}), axis), style="magenta")
    parts: list[Any] = [head]
    if "explain" in record:
        parts.append(explain_text(record))
    parts.extend(timeline_table(record["events"]) if record["events"] else [Text("No dated events.")])
    roles = [f for f in record["facts"] if f["kind"] == "role"]
    other = [f for f in record["facts"] if f["kind"] != "role"]
    if roles:
        table = _table("Roles", [("Person", {}), ("Role", {}), ("Organisation", {}), ("Stated in", {"ratio": 3})])
        for fact in roles:
            role = (f"{fact['qualifier']}-" if fact.get("qualifier") == "then" else
                    f"{fact['qualifier']} " if fact.get("qualifier") else "") + fact["role"]
            table.add_row(fact["person"], role, fact.get("org") or "", f"{_short(fact['doc'])}: {fact['sentence']}")
        parts.append(table)
    if other:
        table = _table("Facts stated with it", [
            ("Fact", {"no_wrap": True}), ("Phrase", {"ratio": 1}), ("Value", {"no_wrap": True}),
            ("Sentence", {"ratio": 3})])
        for fact in other:
            table.add_row(fact["kind"].replace("_", " "), fact["text"], fact_value(fact),
                          f"{_short(fact['doc'])}: {fact['sentence']}")
        parts.append(table)
    if record["appears_with"]:
        parts.append(Text("Appears with: " + ", ".join(
            f"{c['name']} ({c['sentences']})" for c in record["appears_with"])))
    return parts


def fact_value(fact: dict[str, Any]) -> str:
    """A fact's normalised content in a few words."""
    qualifier = f"{fact['qualifier']} " if fact.get("qualifier") else ""
    amount = f"{qualifier}{fact['amount']:,} {fact['currency']}" if fact.get("amount") is not None else ""
    kind = fact["kind"]
    if kind == "founded":
        founders = f" by {', '.join(fact['founders'])}" if fact["founders"] else ""
        verb = "co-founded" if fact["role"] == "co-founder" else "founded"
        year = f" in {fact['year']}" if fact.get("year") else ""
        return f"{fact['org']} {verb}{year}{founders}"
    if kind == "investment":
        return f"{fact['investor']} → {fact['target'] or '?'}" + (f": {amount}" if amount else "")
    if kind == "stake":
        return f"{fact['holder']} holds {qualifier}{fact['percent']} % of {fact['target']}"
    if kind == "percent":
        return f"{qualifier}{'–'.join(str(v) for v in fact['values'])} %"
    if kind == "market_value_change":
        return f"{fact['subject']}: {fact.get('direction') or 'change'} of {amount}"
    if "subject" in fact:
        return f"{fact['subject']}: {amount}"
    return amount


def profile_csv(record: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    return timeline_csv(record["events"])


def extract_tables(records: Sequence[dict[str, Any]]) -> list[Any]:
    from rich.text import Text

    parts: list[Any] = []
    for record in records:
        published = record["published"]
        head = Text()
        head.append(record["doc"], style="bold")
        head.append(f"  lang {record['lang']}  published "
                    + (f"{published['date']} ({published['source']})" if published else "unknown"))
        for span in record["spans"]:
            head.append(f"\n  {span['lang']} span {span['start']}–{span['end']} ({span['method']})")
        for lang, model in record["models"].items():
            head.append(f"\n  {lang}: {model or 'no spaCy pipeline, alias table only'}")
        parts.append(head)
        entities = _table(None, [("Start", {"justify": "right"}), ("End", {"justify": "right"}),
                                 ("Text", {}), ("Label", {}), ("Name", {})])
        for e in record["entities"]:
            entities.add_row(str(e["start"]), str(e["end"]), e["text"], e["label"], e["name"])
        dates = _table(None, [("Start", {"justify": "right"}), ("End", {"justify": "right"}), ("Text", {}),
                              ("Type", {}), ("Value", {}), ("Granularity", {}), ("Anchor", {})])
        for d in record["dates"]:
            anchor = d["anchor"]
            how = "—" if anchor is None else f"{anchor['source']} {anchor['value']}"
            dates.add_row(str(d["start"]), str(d["end"]), d["text"], d["type"], d["value"],
                          d["granularity"] or "", how if d["anchored"] else "unanchored")
        parts.extend([entities, dates])
    return parts


def extract_csv(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    columns = ["doc", "kind", "start", "end", "text", "label_or_type", "name_or_value", "granularity", "anchored"]
    rows = []
    for record in records:
        for e in record["entities"]:
            rows.append({"doc": record["doc"], "kind": "entity", "start": e["start"], "end": e["end"],
                         "text": e["text"], "label_or_type": e["label"], "name_or_value": e["name"]})
        for d in record["dates"]:
            rows.append({"doc": record["doc"], "kind": "date", "start": d["start"], "end": d["end"],
                         "text": d["text"], "label_or_type": d["type"], "name_or_value": d["value"],
                         "granularity": d["granularity"], "anchored": d["anchored"]})
    return columns, rows


def check_table(report: dict[str, Any]) -> list[Any]:
    table = _table(f"Store {report['path']}: {'ok' if report['ok'] else 'FAILED'}", [("", {}), ("", {})])
    for key, value in report.items():
        if key in ("path", "ok"):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        table.add_row(key.replace("_", " "), shown or "none")
    return [table]


def ingest_table(records: Sequence[dict[str, Any]]) -> list[Any]:
    table = _table(f"Ingested {len(records)} documents", [
        ("Document", {}), ("Status", {}), ("Lang", {}), ("Published", {}),
        ("Entities", {"justify": "right"}), ("Dates", {"justify": "right"}), ("Events", {"justify": "right"})])
    for r in records:
        table.add_row(r["doc"], r["status"], r["lang"], r["published"] or "", str(r["entities"]),
                      str(r["dates"]), str(r["events"]))
    return [table]


def ingest_csv(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    return ["doc", "status", "lang", "published", "entities", "dates", "events"], list(records)


def settings_table(records: Sequence[dict[str, Any]]) -> list[Any]:
    table = _table("Settings", [("Setting", {"no_wrap": True}), ("Value", {"ratio": 3}),
                                ("Source", {"no_wrap": True}), ("From", {"ratio": 2})])
    for r in records:
        table.add_row(r["key"], "" if r["value"] is None else str(r["value"]), r["source"], r["origin"] or "")
    return [table]


def settings_csv(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    return ["key", "value", "source", "origin"], list(records)
