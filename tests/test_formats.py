"""The formats for other tools, from the real output of `ainews timeline seeds/`:
TimelineJS3 JSON (validated against the structure TimelineJS3 reads), its spreadsheet
layout, schema.org JSON-LD (expanded by a JSON-LD processor, offline) and iCalendar
(parsed back with icalendar), each checked field by field."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest
from pyld import jsonld
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.formats import TIMELINEJS_COLUMNS, headline, ics, timelinejs, timelinejs_rows
from ainews_cli.records import Event, Sources

ROOT = Path(__file__).resolve().parents[1]

# The TimelineJS3 JSON format as its documentation (docs/json-format.html in
# NUKnightLab/TimelineJS3) defines it: a timeline object, slides, dates, texts, media.
# Date parts are numbers; TimelineJS also reads strings of digits (its examples write
# them so), which is what ainews writes.  Nothing else is allowed anywhere.
_PART = {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": r"^-?\d+$"}]}
TIMELINEJS3_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": {"type": "array", "items": {"$ref": "#/$defs/slide"}},
        "title": {"$ref": "#/$defs/title"},
        "eras": {"type": "array", "items": {"$ref": "#/$defs/era"}},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "$defs": {
        "date": {
            "type": "object",
            "required": ["year"],
            "additionalProperties": False,
            "properties": {
                "year": _PART,
                "month": {"oneOf": [{"type": "integer", "minimum": 1, "maximum": 12},
                                    {"type": "string", "pattern": r"^(?:[1-9]|1[0-2])$"}]},
                "day": {"oneOf": [{"type": "integer", "minimum": 1, "maximum": 31},
                                  {"type": "string", "pattern": r"^(?:[1-9]|[12]\d|3[01])$"}]},
                "hour": _PART, "minute": _PART, "second": _PART, "millisecond": _PART,
                "display_date": {"type": "string"},
                "format": {"type": "string"},
            },
        },
        "text": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
        },
        "media": {
            "type": "object",
            "required": ["url"],
            "additionalProperties": False,
            "properties": {k: {"type": "string"} for k in
                           ("url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target")},
        },
        "background": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"url": {"type": "string"}, "alt": {"type": "string"}, "color": {"type": "string"}},
        },
        "slide_properties": {
            "start_date": {"$ref": "#/$defs/date"},
            "end_date": {"$ref": "#/$defs/date"},
            "text": {"$ref": "#/$defs/text"},
            "media": {"$ref": "#/$defs/media"},
            "group": {"type": "string"},
            "display_date": {"type": "string"},
            "background": {"$ref": "#/$defs/background"},
            "autolink": {"type": "boolean"},
            "unique_id": {"type": "string"},
        },
        "slide": {
            "type": "object",
            "required": ["start_date"],
            "additionalProperties": False,
            "properties": {k: {"$ref": f"#/$defs/slide_properties/{k}"} for k in
                           ("start_date", "end_date", "text", "media", "group", "display_date", "background",
                            "autolink", "unique_id")},
        },
        "title": {
            "type": "object",
            "additionalProperties": False,
            "properties": {k: {"$ref": f"#/$defs/slide_properties/{k}"} for k in
                           ("text", "media", "background", "autolink", "unique_id")},
        },
        "era": {
            "type": "object",
            "required": ["start_date", "end_date"],
            "additionalProperties": False,
            "properties": {"start_date": {"$ref": "#/$defs/date"}, "end_date": {"$ref": "#/$defs/date"},
                           "text": {"$ref": "#/$defs/text"}},
        },
    },
}


def slugify(text: str) -> str:
    """What TimelineJS3 does to a unique_id before it uses it (core/Util.js slugify,
    without its accent table): an id it would rewrite would break hash bookmarks."""
    text = re.sub(r"[^a-z0-9 -]", "", text.strip().lower())
    text = re.sub(r"-+", "-", re.sub(r"\s+", "-", text))
    return re.sub(r"^([0-9])", r"_\1", text)


pytestmark = pytest.mark.slow


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def events(seeds_db: str) -> list[dict[str, Any]]:
    return json.loads(run("timeline", "--db", seeds_db, "--json").stdout)


def by_text(items: list[dict[str, Any]], words: str, key: Any) -> dict[str, Any]:
    [found] = [item for item in items if words in key(item)]
    return found


def test_timelinejs_validates_and_keeps_each_dates_precision(seeds_db: str, events: list[dict[str, Any]]) -> None:
    result = run("timeline", "--db", seeds_db, "--format", "timelinejs")
    data = json.loads(result.stdout)
    jsonschema.validate(data, TIMELINEJS3_SCHEMA)
    slides = data["events"]
    assert len(slides) == len(events) == 19
    text = lambda slide: slide["text"]["text"]  # noqa: E731
    founding = by_text(slides, "OpenAI was founded in 2015", text)
    assert founding["start_date"] == {"year": "2015"} and "end_date" not in founding
    assert founding["text"]["headline"] == "OpenAI is founded"  # the headline, never a cut sentence
    fired = by_text(slides, "Sam Altman was fired", text)
    assert fired["start_date"] == {"year": "2023", "month": "11", "day": "17"} and "end_date" not in fired
    assert fired["group"] == "OpenAI"
    crisis = by_text(slides, "The November 2023 leadership crisis", text)
    assert crisis["start_date"] == {"year": "2023", "month": "11"}
    weekend = by_text(slides, "hire former Twitch CEO Emmett Shear", text)
    assert weekend["start_date"] == {"year": "2023", "month": "11", "day": "18"}
    assert weekend["end_date"] == {"year": "2023", "month": "11", "day": "19"}
    assert weekend["display_date"] == "Weekend of 18–19 November 2023"
    # Sentences and sources are HTML-escaped text, with each source's document and date phrase.
    funding = by_text(slides, "billion investment in OpenAI in 2019", text)
    assert "Microsoft&#x27;s $1 billion" in funding["text"]["text"]
    assert "seeds/001_2d44bcb9e0d12544.txt (en), “2019”" in funding["text"]["text"]
    assert '<a href="https://stratechery.com/2023/openais-misalignment-and-microsofts-gain/">' in fired["text"]["text"]
    # Every slide is in its event's main entity's row, and ids are unique, stable and kept by TimelineJS.
    for slide, event in zip(slides, events, strict=True):
        names = {e["name"] for e in event["entities"]}
        assert slide["group"] in names if names else "group" not in slide
    ids = [slide["unique_id"] for slide in slides]
    assert len(set(ids)) == len(ids) and all(slugify(i) == i for i in ids)
    assert data["title"]["text"]["headline"] == "AI news timeline"
    assert result.stdout == run("timeline", "--db", seeds_db, "--format", "timelinejs").stdout


def test_timelinejs_never_invents_a_day_or_month(seeds_db: str, events: list[dict[str, Any]]) -> None:
    slides = json.loads(run("timeline", "--db", seeds_db, "--format", "timelinejs").stdout)["events"]
    depth = {"year": 1, "month": 2, "day": 3, "weekend": 3, "week": 3, "season": 2, "quarter": 2}
    for slide, event in zip(slides, events, strict=True):
        parts = ("year", "month", "day")[: depth[event["granularity"]]]
        assert tuple(slide["start_date"]) == parts
        assert slide["start_date"]["year"] == event["start"][:4]


def test_timelinejs_csv_is_the_sheet_template_with_the_same_content(seeds_db: str) -> None:
    data = json.loads(run("timeline", "--db", seeds_db, "--format", "timelinejs").stdout)
    text = run("timeline", "--db", seeds_db, "--format", "timelinejs-csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0] == ",".join(TIMELINEJS_COLUMNS)
    title, *slides = rows
    assert title["Type"] == "title" and title["Headline"] == "AI news timeline" and not title["Year"]
    assert len(slides) == len(data["events"])
    for row, slide in zip(slides, data["events"], strict=True):
        start, end = slide["start_date"], slide.get("end_date", {})
        assert (row["Year"], row["Month"], row["Day"]) == (start["year"], start.get("month", ""),
                                                            start.get("day", ""))
        assert (row["End Year"], row["End Month"], row["End Day"]) == (end.get("year", ""), end.get("month", ""),
                                                                      end.get("day", ""))
        assert row["Headline"] == slide["text"]["headline"] and row["Text"] == slide["text"]["text"]
        assert row["Group"] == slide.get("group", "") and row["Display Date"] == slide.get("display_date", "")
        assert row["Type"] == "" and row["Time"] == row["Media"] == ""
    founding = next(row for row in slides if "OpenAI was founded in 2015" in row["Text"])
    assert (founding["Year"], founding["Month"], founding["Day"]) == ("2015", "", "")


def _expand(data: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """JSON-LD expansion with the context read from a local stand-in, never fetched: the
    schema.org vocabulary, with the terms schema.org's own context makes IRIs."""
    asked: list[str] = []

    def loader(url: str, options: Any = None) -> dict[str, Any]:
        asked.append(url)
        context = {"@vocab": "https://schema.org/", "sameAs": {"@type": "@id"}, "url": {"@type": "@id"}}
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": {"@context": context}}

    return jsonld.expand(data, {"documentLoader": loader}), asked


def test_jsonld_is_a_schema_org_graph_of_events_entities_and_articles(seeds_db: str,
                                                                      events: list[dict[str, Any]]) -> None:
    data = json.loads(run("timeline", "--db", seeds_db, "--format", "jsonld").stdout)
    assert data["@context"] == "https://schema.org"
    graph = data["@graph"]
    nodes = {node["@id"]: node for node in graph}
    assert len(nodes) == len(graph)
    # Every reference points at a node of the graph.
    for node in graph:
        for value in node.values():
            for ref in value if isinstance(value, list) else [value]:
                if isinstance(ref, dict):
                    assert set(ref) == {"@id"} and ref["@id"] in nodes
    kinds = [node["@type"] for node in graph]
    assert kinds.count("Event") == len(events)
    assert kinds.count("NewsArticle") == 4  # the German seed's events are dated through its inferred date
    founding = by_text(graph, "OpenAI was founded in 2015", lambda n: n.get("description", ""))
    assert founding["startDate"] == "2015" and "endDate" not in founding
    weekend = by_text(graph, "hire former Twitch CEO Emmett Shear", lambda n: n.get("description", ""))
    assert (weekend["startDate"], weekend["endDate"]) == ("2023-11-18", "2023-11-19")
    fired = by_text(graph, "Sam Altman was fired", lambda n: n.get("description", ""))
    assert fired["startDate"] == "2023-11-17" and fired["keywords"] == "departure"
    about = {nodes[ref["@id"]]["name"]: nodes[ref["@id"]] for ref in fired["about"]}
    assert about["OpenAI"]["@type"] == "Organization"
    assert about["OpenAI"]["sameAs"] == "https://www.wikidata.org/wiki/Q21708200"
    assert about["Sam Altman"]["@type"] == "Person"
    assert [nodes[ref["@id"]]["name"] for ref in fired["actor"]] == ["Sam Altman"]
    article, german = [nodes[ref["@id"]] for ref in fired["subjectOf"]]
    assert article["identifier"].endswith("seeds/000_1549dbc9ce3dcc2a.txt")
    # Seed 002 tells it too; its publication date is inferred, which datePublished does not state.
    assert german["identifier"].endswith("seeds/002_ff88baaabcbe5633.txt") and "datePublished" not in german
    assert article == {
        "@id": article["@id"], "@type": "NewsArticle", "identifier": article["identifier"],
        "headline": "OpenAI 的错位与微软的收获 – Ben Thompson 的《Stratechery》",
        "url": "https://stratechery.com/2023/openais-misalignment-and-microsofts-gain/",
        "datePublished": "2023-11-20", "inLanguage": "en",
    }
    expanded, asked = _expand(data)
    assert asked == ["https://schema.org"]
    types = {t for node in expanded for t in node.get("@type", [])}
    assert types == {"https://schema.org/Event", "https://schema.org/Organization", "https://schema.org/Person",
                     "https://schema.org/NewsArticle", "https://schema.org/Product", "https://schema.org/Place"}
    expanded_fired = next(n for n in expanded if n["@id"] == fired["@id"])
    assert expanded_fired["https://schema.org/startDate"] == [{"@value": "2023-11-17"}]


def test_profile_jsonld_is_the_organization_with_its_facts(seeds_db: str) -> None:
    data = json.loads(run("entities", "--company", "OpenAI", "--db", seeds_db, "--format", "jsonld").stdout)
    graph = data["@graph"]
    nodes = {node["@id"]: node for node in graph}
    openai = graph[0]
    assert openai["@type"] == "Organization" and openai["name"] == "OpenAI"
    assert openai["sameAs"] == "https://www.wikidata.org/wiki/Q21708200"
    assert "Open AI" in openai["alternateName"] and "OpenAIs" not in openai["alternateName"]
    assert openai["foundingDate"] == "2015"
    assert [nodes[ref["@id"]]["name"] for ref in openai["founder"]] == ["Elon Musk"]
    told = [nodes[ref["@id"]] for ref in openai["subjectOf"]]
    assert told and all(node["@type"] == "Event" for node in told)
    assert all({"@id": openai["@id"]} in node.get("about", []) for node in told)
    _, asked = _expand(data)
    assert asked == ["https://schema.org"]


def test_ics_has_one_all_day_event_per_day_weekend_or_week(seeds_db: str, events: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--format", "ics"])
    assert result.exit_code == 0
    raw = result.stdout_bytes
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75  # octets, folded by RFC 5545's rule
    calendar = icalendar.Calendar.from_ical(raw)
    entries = list(calendar.walk("VEVENT"))
    calendar_events = [e for e in events if e["granularity"] in ("day", "weekend", "week")]
    # Seed 002's weekend loss is dated only through its inferred publication date: left out, and said so.
    assert len(entries) == len(calendar_events) - 1 == 5
    assert "13 events left out" in result.stderr and "a calendar entry needs days" in result.stderr
    assert ("1 event left out (2023-W46-WE): dated only through a publication date ainews inferred"
            in result.stderr)
    everything = CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--format", "ics", "--include-inferred"])
    entries_too = list(icalendar.Calendar.from_ical(everything.stdout_bytes).walk("VEVENT"))
    assert len(entries_too) == len(calendar_events) and "ainews inferred" not in everything.stderr
    loss = next(e for e in entries_too if "Microsoft verlor" in str(e["DESCRIPTION"]))
    assert "publication date inferred: 2023-11-20/2023-11-21" in str(loss["DESCRIPTION"])
    uids = [str(entry["UID"]) for entry in entries]
    assert len(set(uids)) == len(uids)
    fired = next(e for e in entries if "Sam Altman was fired" in str(e["DESCRIPTION"]))
    assert fired["DTSTART"].dt == date(2023, 11, 17) and fired["DTEND"].dt == date(2023, 11, 18)
    assert fired["DTSTART"].params["VALUE"] == "DATE"
    assert fired["DTSTAMP"].dt == datetime.fromisoformat("2023-11-20T00:00:00+00:00")
    assert str(fired["SUMMARY"]) == "OpenAI fires Sam Altman"
    assert "seeds/000_1549dbc9ce3dcc2a.txt" in str(fired["DESCRIPTION"]) and "“Friday”" in str(fired["DESCRIPTION"])
    assert str(fired["URL"]) == "https://stratechery.com/2023/openais-misalignment-and-microsofts-gain/"
    weekend = next(e for e in entries if "Emmett Shear" in str(e["DESCRIPTION"]))
    assert weekend["DTSTART"].dt == date(2023, 11, 18) and weekend["DTEND"].dt == date(2023, 11, 20)
    assert "EDTF 2023-11-18/2023-11-19" in str(weekend["DESCRIPTION"])
    # No event of a year or a month was given a day.
    assert not any("OpenAI was founded in 2015" in str(e["DESCRIPTION"]) for e in entries)
    assert raw == CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--format", "ics"]).stdout_bytes


@pytest.mark.parametrize(("args", "message"), [
    (["facts", "--format", "ics"], "`ainews facts` writes table, json, jsonl, csv"),
    (["entities", "--format", "jsonld"], "the entity list writes table, json, jsonl, csv"),
    (["timeline", "--group-by", "entity", "--format", "timelinejs"], "--group-by entity writes"),
    (["extract", "seeds", "--format", "timelinejs-csv"], "`ainews extract` writes"),
])
def test_formats_for_other_tools_are_refused_where_they_make_no_sense(seeds_db: str, args: list[str],
                                                                     message: str) -> None:
    result = CliRunner().invoke(app, [*args, "--db", seeds_db])
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_help_lists_the_new_formats() -> None:
    for command in ("timeline", "entities"):
        help_text = " ".join(CliRunner().invoke(app, [command, "--help"]).stdout.split())
        for fmt in ("timelinejs (", "timelinejs-csv", "jsonld", "ics"):
            assert fmt in help_text


# --- the writers on records the seeds do not have (no model needed) -------------------

def record(date_value: str, granularity: str, start: str, end: str, edtf_value: str | None,
           text: str = "Something happened.") -> Event:
    return Event.from_dict({
        "date": date_value, "granularity": granularity, "start": start, "end": end, "edtf": edtf_value,
        "type": "launch", "headline": "OpenAI launches a product", "text": text,
        "entities": [{"name": "OpenAI", "type": "ORG"}], "importance": 4.5, "independent_sources": 1,
            "sources": [{"doc": "a.txt", "lang": "en", "sentence": text, "start": 0, "end": len(text),
                         "date_text": date_value, "date_start": 0, "date_value": date_value, "anchor": None,
                         "trigger": "launched"}], "conflicts": []})


@pytest.mark.parametrize(("event", "start", "end", "shown"), [
    (record("2023-SU", "season", "2023-06-01", "2023-08-31", "2023-22"),
     {"year": "2023", "month": "6"}, {"year": "2023", "month": "8"}, "Summer 2023"),
    (record("2023-Q3", "quarter", "2023-07-01", "2023-09-30", "2023-35"),
     {"year": "2023", "month": "7"}, {"year": "2023", "month": "9"}, "Q3 2023"),
    (record("199", "decade", "1990-01-01", "1999-12-31", "199X"), {"year": "1990"}, {"year": "1999"}, "1990s"),
    (record("2023-11", "month", "2023-11-01", "2023-11-30", "2023-11~"), {"year": "2023", "month": "11"}, None,
     "Around November 2023"),
    (record("2023-W52-WE", "weekend", "2023-12-30", "2023-12-31", "2023-12-30/2023-12-31"),
     {"year": "2023", "month": "12", "day": "30"}, {"year": "2023", "month": "12", "day": "31"},
     "Weekend of 30–31 December 2023"),
    (record("2024-W01", "week", "2024-01-01", "2024-01-07", "2024-01-01~/2024-01-07~"),
     {"year": "2024", "month": "1", "day": "1"}, {"year": "2024", "month": "1", "day": "7"},
     "Around the week of 1–7 January 2024"),
    (record("2023-W48", "week", "2023-11-27", "2023-12-03", "2023-11-27/2023-12-03"),
     {"year": "2023", "month": "11", "day": "27"}, {"year": "2023", "month": "12", "day": "3"},
     "Week of 27 November – 3 December 2023"),
])
def test_timelinejs_dates_of_every_granularity(event: Event, start: dict[str, str],
                                               end: dict[str, str] | None, shown: str) -> None:
    data, notes = timelinejs([event], Sources(), title="t")
    jsonschema.validate(data, TIMELINEJS3_SCHEMA)
    [slide] = data["events"]
    assert slide["start_date"] == start and slide.get("end_date") == end and slide["display_date"] == shown
    assert notes == ()
    [_, row] = timelinejs_rows(data)
    assert row["Display Date"] == shown


def test_an_event_without_a_calendar_date_is_left_out_with_a_note() -> None:
    loose = record("XXXX-WXX-5", "day", "", "", None)
    data, notes = timelinejs([loose, record("2015", "year", "2015-01-01", "2015-12-31", "2015")], Sources(),
                             title="t")
    assert [s["start_date"] for s in data["events"]] == [{"year": "2015"}]
    assert notes == ("1 event left out (XXXX-WXX-5): no calendar date to place them on TimelineJS",)
    made = ics([loose, record("2015", "year", "2015-01-01", "2015-12-31", "2015")], Sources(), title="t")
    assert "BEGIN:VEVENT" not in made.text and "2 events left out" in made.notes[0]


def test_ics_stamp_falls_back_to_the_events_first_day_without_a_publication_date() -> None:
    text = "<b>OpenAI</b> launched; it said “yes”, then: no."
    made = ics([record("2023-11-17", "day", "2023-11-17", "2023-11-17", "2023-11-17", text)], Sources(),
               title="t")
    [entry] = icalendar.Calendar.from_ical(made.text).walk("VEVENT")
    assert entry["DTSTAMP"].dt == datetime.fromisoformat("2023-11-17T00:00:00+00:00")
    assert str(entry["DESCRIPTION"]).startswith(text)  # escaped for iCalendar, read back exactly


# --- the terminal: density bars and sparklines (tables only) ---------------------------

def table_output(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_timeline_table_is_grouped_by_year_and_month_under_a_density_bar(seeds_db: str) -> None:
    lines = table_output("timeline", "--db", seeds_db, "--format", "table").splitlines()
    assert lines[:8] == [
        "Timeline: 19 events",
        "     JFMAMJJASOND",
        "2015 ············ 1 event, 1 without a month",
        "2018 ············ 2 events, 2 without a month",
        "2019 ············ 2 events, 2 without a month",
        "2022 ··········▂· 2 events, 1 without a month",  # the end of November 2022; "one year ago" is a year
        "2023 ··········█· 9 events, 2 without a month",  # seven in November 2023: the peak
        "2024 ··········▂· 3 events, 2 without a month",
    ]
    cells = [[cell.strip() for cell in line.split("│")[1:4]] for line in lines if line.startswith("│")]
    headings = [(date, what) for date, kind, what in cells if not kind and what.endswith(("event", "events"))]
    assert headings == [("2015", "1 event"), ("2018", "2 events"), ("2019", "2 events"), ("2022", "2 events"),
                        ("November", "1 event"), ("2023", "9 events"), ("November", "7 events"),
                        ("2024", "3 events"), ("November", "1 event")]


def table_rows(out: str, starts: int = 0) -> list[list[list[str]]]:
    """The rows of the last table in ``out``: each a list of its lines, each line its cells;
    a row starts where its cell in column ``starts`` is not empty."""
    rows: list[list[list[str]]] = []
    for line in out.splitlines():
        if line.startswith(("┏", "┃", "┡")):
            rows = []
        elif line.startswith("│"):
            cells = [cell.strip() for cell in line.split("│")[1:-1]]
            if cells[starts] or not rows:
                rows.append([])
            rows[-1].append(cells)
    return rows


def test_timeline_table_at_80_columns_gives_each_event_at_most_three_lines(seeds_db: str) -> None:
    # Before: the Event column was 14 characters wide and one event ran to about 15 lines.
    result = CliRunner().invoke(app, ["timeline", "--db", seeds_db], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) == 80
    # The date column holds "≈2023-W46-WE", seed 002's weekend loss dated through its inferred date.
    assert lines[8] == "┏━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓"
    assert lines[9] == "┃ Date         ┃ Type        ┃ Event                         ┃ Entities        ┃"
    events = json.loads(CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--json"]).stdout)
    rows = [row for row in table_rows(result.stdout) if row[0][1]]  # an event's row names its type
    assert len(rows) == len(events) == 19
    assert [row[0][0] for row in rows if row[0][0].startswith("≈")] == ["≈2023-W46-WE"]
    for row, event in zip(rows, events, strict=True):
        assert len(row) <= 3, row
        assert (row[0][0].removeprefix("≈"), row[0][1]) == (event["date"], event["type"])
        told = " ".join(line[2] for line in row if line[2])
        whole = headline(Event.from_dict(event))
        assert told == whole or (told.endswith("…") and whole.startswith(told[:-1].rsplit(" ", 1)[0]))
        # The main participants, each whole, and "+N" for those left out.
        cell = re.fullmatch(r"(.*?)(?:,? ?\+(\d+))?", " ".join(line[3] for line in row if line[3]))
        assert cell is not None
        names = cell.group(1).split(", ") if cell.group(1) else []
        participants = [entity["name"] for entity in event["entities"]]
        assert set(names) <= set(participants) and len(names) + int(cell.group(2) or 0) == len(participants)
    # The full sentences are in the JSON and --explain, not in the table.
    assert "On Friday, then-CEO Sam Altman was fired" not in result.stdout
    explained = CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--explain"], env={"COLUMNS": "80"})
    told = {row[0][0]: " ".join(line[2] for line in row if line[2]) for row in table_rows(explained.stdout)}
    firing = next(e for e in events if e["date"] == "2023-11-17")
    sentence, (source, german) = firing["text"], firing["sources"]
    assert told["2023-11-17"].startswith(f"{headline(Event.from_dict(firing))} {sentence} ")
    assert told["2023-11-17"].endswith(f"{Path(source['doc']).name} (en: {source['date_text']}) "
                                       f"{Path(german['doc']).name} (de: {german['date_text']})")
    assert "“Freitag” placed through the publication date inferred for" in told["2023-11-17"]
    assert "both founding" in told["2015"]  # why the mentions merged
    # The German seed's date is inferred, the other undated seed's relative dates are left out.
    assert result.stderr == ("1 document has an inferred publication date (≈; see `ainews extract --explain`)\n"
                             "1 document has no publication date; its relative dates are left out "
                             "(see `ainews extract`)\n")


def test_the_event_row_takes_its_line_from_one_function(seeds_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from ainews_cli import render

    monkeypatch.setattr(render, "event_headline", lambda event: f"HEADLINE {event.date}")
    out = table_output("timeline", "--db", seeds_db)
    assert out.count("HEADLINE ") == 19 and "HEADLINE 2023-11-17" in out


def test_entity_names_are_whole_at_80_columns(seeds_db: str) -> None:
    # Before: "Mark Zuckerb…", "Microso…".
    result = CliRunner().invoke(app, ["entities", "--db", seeds_db], env={"COLUMNS": "80"})
    assert result.exit_code == 0 and max(len(line) for line in result.stdout.splitlines()) <= 80
    rows = table_rows(result.stdout, starts=1)  # a long name wraps; its type is on its first line
    entities = json.loads(run("entities", "--db", seeds_db, "--json").stdout)
    assert [" ".join(line[0] for line in row if line[0]) for row in rows] == [e["name"] for e in entities]
    short = [row[0][0] for row in rows if len(row[0][0]) <= 20]
    assert "Mark Zuckerberg" in short and "Amazon Web Services" in short and "…" not in result.stdout
    assert all(len(row) <= 3 for row in rows)


def test_a_profile_prints_its_facts_readably_at_80_columns(seeds_db: str) -> None:
    # Before: five columns, the phrase and the sentence squeezed to two characters ("P…").
    result = CliRunner().invoke(app, ["entities", "--company", "Microsoft", "--db", seeds_db],
                                env={"COLUMNS": "80"})
    assert result.exit_code == 0 and max(len(line) for line in result.stdout.splitlines()) <= 80
    facts = result.stdout.split("Facts stated with it")[1]
    assert "┃ Fact                ┃ Says " in facts and "┃ Stated in " in facts
    told = " ".join(line[3] for row in table_rows(facts) for line in row if line[3])
    assert "Microsoft’s $1 billion investment in OpenAI in 2019" in told.replace("'", "’")


def test_help_has_human_metavars_and_whole_summaries() -> None:
    # Before: <list[str]>, <str>, <path>, <int range>, and summaries cut with "...".
    env = {"COLUMNS": "80"}
    for path in ([], ["store"], ["config"]):
        out = CliRunner().invoke(app, [*path, "--help"], env=env, prog_name="ainews").stdout
        listed = out.split("Commands:\n")[1].splitlines()
        assert listed and all(re.fullmatch(r"  [a-z]+ +[A-Z].*[.)]", line) for line in listed), listed
        assert "..." not in out.split("Commands:")[1] and "…" not in out
    helps = {name: CliRunner().invoke(app, [*name.split(), "--help"], env=env, prog_name="ainews").stdout
             for name in ("ingest", "timeline", "entities", "facts", "extract", "store check", "config show")}
    for name, out in helps.items():
        assert not re.search(r"<[\w\[\] ]+>", out), name  # a type (<str>, <list[str]>) in place of a metavar
        if name not in ("store check", "config show"):
            assert f"Usage: ainews {name} [OPTIONS] [PATH]..." in out and "\n  PATH  Files" in out
    assert "--since DATE" in helps["timeline"] and "--until DATE" in helps["ingest"]
    assert "--workers N" in helps["ingest"] and "--model LANG=NAME" in helps["facts"]
    assert "--db FILE" in helps["config show"] and "--format FORMAT" in helps["extract"]


def test_entities_table_has_a_sparkline_of_mentions_by_month_of_publication(seeds_db: str) -> None:
    out = table_output("entities", "--db", seeds_db)
    # Two seeds are dated (2023-11-20 and 2024-12-15): fourteen months, OpenAI in both.
    assert "2023-11…2024-12" in out
    openai = next(line for line in out.splitlines() if line.startswith("│ OpenAI "))
    assert "█············▄" in openai
    zuckerberg = next(line for line in out.splitlines() if line.startswith("│ Mark Zuckerberg "))
    assert "·············█" in zuckerberg
    profile = table_output("entities", "--company", "OpenAI", "--db", seeds_db)
    assert "mentions by month of publication, 2023-11…2024-12: █············▄" in profile
    # The machine formats do not change.
    entities = json.loads(run("entities", "--db", seeds_db, "--json").stdout)
    assert set(entities[0]) == {"name", "type", "wikidata", "aliases", "mentions", "documents", "languages"}
    header = run("entities", "--db", seeds_db, "--format", "csv").stdout.splitlines()[0]
    assert header == "name,type,wikidata,mentions,documents,languages,aliases"


def test_sparkline_bins_long_stretches_and_scales_to_its_peak() -> None:
    from ainews_cli.render import bar, month_axis, sparkline

    months = {"A": {"2021-01": 1, "2023-12": 4}, "B": {"2022-06": 2}}
    axis = month_axis(months)
    assert (axis[0], axis[-1], len(axis)) == ("2021-01", "2023-12", 36)
    assert sparkline(months["A"], axis) == "▂" + "·" * 22 + "█"  # 36 months in 24 cells
    assert len(sparkline(months["B"], axis)) == 24
    assert sparkline({}, axis) == "" and sparkline(months["A"], []) == ""
    assert [bar(n, 8) for n in range(9)] == ["·", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
