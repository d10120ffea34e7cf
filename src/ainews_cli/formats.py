"""Standard formats of the timeline for other tools: TimelineJS3 (JSON and its
spreadsheet layout), schema.org JSON-LD and iCalendar.

Pure functions from timeline records (docs/json.md) and the documents they cite to
text or plain data; render.py writes what they return.  Each keeps ainews's rule
that a date is never made more precise than its source: a year-only event is a year
on TimelineJS, a month a month; a calendar entry needs days, so iCalendar takes only
events dated to a day, a weekend or a week and names the others in a note.

Every event has one identifier in all of them (TimelineJS ``unique_id``, JSON-LD
``@id``, iCalendar ``UID``): a hash of its date and its first source (document,
sentence, date phrase), so the same documents always give the same identifiers.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as day_of
from datetime import timedelta
from typing import Any, TypedDict

from ainews_cli import codec
from ainews_cli.records import INFERRED, Event, EventSource, Founded, Profile, Sources

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
# A calendar entry is made of days: only these granularities fit one without inventing a day.
ICS_GRANULARITIES = ("day", "weekend", "week")
WIKIDATA = "https://www.wikidata.org/wiki/"
SCHEMA_TYPES = {"ORG": "Organization", "PERSON": "Person", "PRODUCT": "Product", "LOC": "Place",
                "EVENT": "Event"}


@dataclass(frozen=True)
class Export:
    """What a writer made: the text for stdout and notes for stderr (events left out and why)."""

    text: str
    notes: tuple[str, ...] = ()


# --- shared pieces ------------------------------------------------------------------

def event_id(event: Event) -> str:
    """A stable identifier: the event's date and first source (a source belongs to one event)."""
    first = event.sources[0]
    key = f"{event.date}|{first.doc}|{first.start}|{first.date_start}"
    return "ainews-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def headline(event: Event) -> str:
    """The event's title: its headline, who did what (headlines.py), never a cut sentence."""
    return event.headline or ", ".join(e.name for e in event.entities) or event.type.capitalize()


def main_entities(events: Sequence[Event]) -> dict[int, str]:
    """Each event's main entity: of its participants, the one in most events of this
    timeline (then by name), so an entity's events share a row on TimelineJS."""
    counts = Counter(e.name for event in events for e in event.entities)
    return {index: min((e.name for e in event.entities), key=lambda name: (-counts[name], name))
            for index, event in enumerate(events) if event.entities}


def _day(iso: str) -> day_of:
    return day_of.fromisoformat(iso)


def _human_day(day: day_of) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _human_span(first: day_of, last: day_of) -> str:
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {_human_day(last)}"
    return f"{_human_day(first)} – {_human_day(last)}"


def display_date(event: Event) -> str | None:
    """How the date reads where its parts alone would mislead: a weekend, a week, a
    season, a quarter, a decade, or a date given as approximate ("Around November
    2023").  None where year, month and day say it all."""
    granularity, value = event.granularity, event.date
    first, last = _day(event.start), _day(event.end)
    approximate = "~" in (event.edtf or "")
    if granularity == "weekend":
        text = f"Weekend of {_human_span(first, last)}"
    elif granularity == "week":
        text = f"Week of {_human_span(first, last)}"
    elif granularity == "season":
        text = f"{SEASONS.get(value[5:], value[5:])} {value[:4]}"
    elif granularity == "quarter":
        text = f"{value[5:]} {value[:4]}"
    elif granularity == "half":
        text = f"{'First' if value.endswith('1') else 'Second'} half of {value[:4]}"
    elif granularity == "decade":
        text = f"{first.year}s"
    elif granularity == "century":
        text = f"{first.year}–{last.year}"
    elif not approximate:
        return None
    elif granularity == "day":
        text = _human_day(first)
    elif granularity == "month":
        text = f"{MONTHS[first.month - 1]} {first.year}"
    else:
        text = str(first.year)
    if not approximate:
        return text
    return f"Around the {text[0].lower() + text[1:]}" if granularity in ("weekend", "week", "half") else \
        f"Around {text}"


def _source_label(source: EventSource, sources: Sources) -> str:
    title = sources.document(source.doc).title
    return f"{title} ({source.doc})" if title else source.doc


def _sources_html(event: Event, sources: Sources) -> str:
    items = []
    for source in event.sources:
        info = sources.document(source.doc)
        label = html.escape(_source_label(source, sources))
        if info.url:
            label = f'<a href="{html.escape(info.url)}">{label}</a>'
        published = f", published {html.escape(info.published)}" if info.published else ""
        said = "" if source.sentence == event.text else f": {html.escape(source.sentence)}"
        items.append(f"<li>{label} ({html.escape(source.lang)}{published}), "
                     f"“{html.escape(source.date_text)}”{said}</li>")
    conflicts = "".join(f"<p>Conflict: {html.escape(c)}</p>" for c in event.conflicts)
    return f"<p>{html.escape(event.text)}</p><p>Sources:</p><ul>{''.join(items)}</ul>{conflicts}"


def _placeable(event: Event) -> bool:
    return bool(event.start and event.end and event.edtf)


def _left_out(events: Sequence[Event], why: str) -> tuple[str, ...]:
    if not events:
        return ()
    dates = sorted({e.date for e in events})
    shown = ", ".join(dates[:5]) + (", …" if len(dates) > 5 else "")
    return (f"{len(events)} event{'s' if len(events) != 1 else ''} left out ({shown}): {why}",)


# --- TimelineJS3 --------------------------------------------------------------------

class SlideText(TypedDict):
    headline: str
    text: str


class Slide(TypedDict, total=False):
    """A TimelineJS3 slide: its dates hold only the parts the date has ("year", "month", "day")."""

    start_date: dict[str, str]
    end_date: dict[str, str]
    display_date: str
    text: SlideText
    group: str
    unique_id: str


class TimelineTitle(TypedDict):
    text: SlideText


class TimelineJS(TypedDict):
    """The object TimelineJS3 reads (its JSON format): a title slide, the slides, the scale."""

    title: TimelineTitle
    events: list[Slide]
    scale: str


def _date_parts(event: Event) -> tuple[dict[str, str], dict[str, str] | None]:
    """TimelineJS start_date and end_date holding only the parts the date has (numbers as
    strings, as TimelineJS's own examples write them)."""
    granularity = event.granularity
    first, last = _day(event.start), _day(event.end)

    def parts(day: day_of, depth: int) -> dict[str, str]:
        found = {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
        return dict(list(found.items())[:depth])

    if granularity == "day":
        return parts(first, 3), None
    if granularity == "month":
        return parts(first, 2), None
    if granularity == "year":
        return parts(first, 1), None
    if granularity in ("week", "weekend"):
        return parts(first, 3), parts(last, 3)
    if granularity in ("season", "quarter", "half"):
        return parts(first, 2), parts(last, 2)
    return parts(first, 1), parts(last, 1)  # decade, century


def timelinejs(events: Sequence[Event], sources: Sources, *, title: str) -> tuple[TimelineJS, tuple[str, ...]]:
    """The TimelineJS3 JSON object ({title, events, scale}) and notes on events left out."""
    placeable = [event for event in events if _placeable(event)]
    groups = main_entities(placeable)
    slides = []
    for index, event in enumerate(placeable):
        start, end = _date_parts(event)
        slide: Slide = {"start_date": start}
        if end is not None:
            slide["end_date"] = end
        shown = display_date(event)
        if shown:
            slide["display_date"] = shown
        slide["text"] = {"headline": html.escape(headline(event)), "text": _sources_html(event, sources)}
        if index in groups:
            slide["group"] = groups[index]
        slide["unique_id"] = event_id(event)
        slides.append(slide)
    documents = sorted({s.doc for event in placeable for s in event.sources})
    span = f", {placeable[0].start[:4]}–{placeable[-1].end[:4]}" if placeable else ""
    data: TimelineJS = {
        "title": {"text": {"headline": html.escape(title),
                           "text": f"<p>{len(slides)} events from {len(documents)} documents{span}.</p>"}},
        "events": slides,
        "scale": "human",
    }
    notes = _left_out([e for e in events if not _placeable(e)], "no calendar date to place them on TimelineJS")
    return data, notes


def write_timelinejs(data: TimelineJS) -> str:
    """One slide a line, like ainews's other JSON."""
    return codec.layout(dict(data), long="events")


# The columns of TimelineJS's Google-sheet template, in its order.
TIMELINEJS_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                      "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                      "Background")


def timelinejs_rows(data: TimelineJS) -> list[dict[str, str]]:
    """The TimelineJS JSON as rows of its spreadsheet template: the title row first."""
    rows = [{"Headline": data["title"]["text"]["headline"], "Text": data["title"]["text"]["text"],
             "Type": "title"}]
    for slide in data["events"]:
        start, end = slide["start_date"], slide.get("end_date", {})
        text = slide["text"]
        rows.append({
            "Year": start["year"], "Month": start.get("month", ""), "Day": start.get("day", ""),
            "End Year": end.get("year", ""), "End Month": end.get("month", ""), "End Day": end.get("day", ""),
            "Display Date": slide.get("display_date", ""),
            "Headline": text["headline"], "Text": text["text"],
            "Group": slide.get("group", ""),
        })
    return rows


# --- schema.org JSON-LD -------------------------------------------------------------

def _blank(kind: str, key: str) -> str:
    return f"_:{kind}-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _schema_dates(event: Event) -> dict[str, str]:
    """startDate (and endDate for an interval) as ISO 8601 at the date's own precision."""
    granularity, first, last = event.granularity, event.start, event.end
    if granularity in ("year", "month", "day"):
        return {"startDate": event.date}
    if granularity in ("week", "weekend"):
        return {"startDate": first, "endDate": last}
    if granularity in ("season", "quarter", "half"):
        return {"startDate": first[:7], "endDate": last[:7]}
    return {"startDate": first[:4], "endDate": last[:4]}


# A JSON-LD node: an open schema.org object whose keys ("@id", "@type") are no Python names.
Node = dict[str, Any]


def _entity_node(name: str, kind: str, sources: Sources) -> Node:
    node: Node = {"@id": _blank("entity", name), "@type": SCHEMA_TYPES.get(kind, "Thing"), "name": name}
    if sources.alternate_names.get(name):
        node["alternateName"] = list(sources.alternate_names[name])
    if name in sources.wikidata:
        node["sameAs"] = WIKIDATA + sources.wikidata[name]
    return node


def _article_node(doc: str, sources: Sources) -> Node:
    info = sources.document(doc)
    node: Node = {"@id": _blank("doc", doc), "@type": "NewsArticle", "identifier": doc}
    if info.title:
        node["headline"] = info.title
    if info.url:
        node["url"] = info.url
    if info.published:
        node["datePublished"] = info.published
    if info.lang and info.lang != "und":
        node["inLanguage"] = info.lang
    return node


def _event_nodes(events: Sequence[Event], sources: Sources) -> tuple[list[Node], dict[str, Node], set[str]]:
    nodes: list[Node] = []
    entities: dict[str, Node] = {}
    docs: set[str] = set()
    for event in events:
        node: Node = {"@id": "_:" + event_id(event), "@type": "Event", "name": headline(event),
                      "description": event.text, **_schema_dates(event), "keywords": event.type}
        if event.entities:
            node["about"] = [{"@id": _blank("entity", e.name)} for e in event.entities]
            people = [{"@id": _blank("entity", e.name)} for e in event.entities if e.type == "PERSON"]
            if people:
                node["actor"] = people
        cited = sorted({s.doc for s in event.sources})
        node["subjectOf"] = [{"@id": _blank("doc", doc)} for doc in cited]
        nodes.append(node)
        docs.update(cited)
        for e in event.entities:
            entities.setdefault(e.name, _entity_node(e.name, e.type, sources))
    return nodes, entities, docs


def jsonld(events: Sequence[Event], sources: Sources) -> tuple[Node, tuple[str, ...]]:
    """A schema.org graph: an Event per timeline event, the Organization/Person/... it is
    about, and the NewsArticle each source is (its subjectOf)."""
    placeable = [event for event in events if _placeable(event)]
    nodes, entities, docs = _event_nodes(placeable, sources)
    graph = [*nodes, *(entities[name] for name in sorted(entities)),
             *(_article_node(doc, sources) for doc in sorted(docs))]
    notes = _left_out([e for e in events if not _placeable(e)], "no calendar date for schema.org startDate")
    return {"@context": "https://schema.org", "@graph": graph}, notes


def profile_jsonld(record: Profile, sources: Sources) -> Node:
    """An entity profile as a schema.org Organization or Person: its names, Wikidata, what
    its founding facts state (Organization: founder, foundingDate when the sources agree),
    and its events with the articles that tell them."""
    name, kind = record.entity.name, record.entity.type
    entity = _entity_node(name, kind, sources)
    founded = [details for fact in record.facts if isinstance(details := fact.value.fact.details, Founded)
               and details.org == name]
    if kind == "ORG" and founded:
        founders = sorted({founder for f in founded for founder in f.founders})
        if founders:
            entity["founder"] = [{"@id": _blank("entity", founder)} for founder in founders]
        years = {f.year for f in founded if f.year}
        if len(years) == 1:
            entity["foundingDate"] = years.pop()
    placeable = [event for event in (encoded.value for encoded in record.events) if _placeable(event)]
    nodes, entities, docs = _event_nodes(placeable, sources)
    if nodes:
        entity["subjectOf"] = [{"@id": node["@id"]} for node in nodes]
    for person in sorted({founder for f in founded for founder in f.founders}):
        entities.setdefault(person, _entity_node(person, "PERSON", sources))
    entities.pop(name, None)
    graph = [entity, *nodes, *(entities[other] for other in sorted(entities)),
             *(_article_node(doc, sources) for doc in sorted(docs))]
    return {"@context": "https://schema.org", "@graph": graph}


def write_jsonld(data: Node) -> str:
    """One node a line."""
    return codec.layout(data, long="@graph")


# --- iCalendar ----------------------------------------------------------------------

def ics(events: Sequence[Event], sources: Sources, *, title: str, include_inferred: bool = False) -> Export:
    """An RFC 5545 calendar: one all-day VEVENT per event dated to a day, a weekend or a
    week (DTEND the day after its last day, as RFC 5545 wants).  DTSTAMP is the newest
    publication date among the event's documents (the event's first day when none has
    one), never the time of the run, so the same store gives the same bytes.  An event
    dated only through an inferred publication date is left out unless
    ``include_inferred``: a calendar entry shows no evidence."""
    import icalendar  # a well-kept RFC 5545 writer: escaping, CRLF and 75-octet folding

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//ainews//ainews timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    guessed = [] if include_inferred else [e for e in events if e.inferred]
    left = {id(e) for e in guessed}
    kept = [e for e in events if _placeable(e) and e.granularity in ICS_GRANULARITIES and id(e) not in left]
    for event in kept:
        entry = icalendar.Event()
        entry.add("uid", event_id(event))
        entry.add("dtstamp", _stamp(event, sources))
        entry.add("dtstart", _day(event.start))
        entry.add("dtend", _day(event.end) + timedelta(days=1))
        entry.add("summary", headline(event))
        entry.add("description", _description(event, sources))
        entry.add("categories", [event.type])
        url = next((sources.document(s.doc).url for s in event.sources if sources.document(s.doc).url), None)
        if url:
            entry.add("url", url)
        entry.add("transp", "TRANSPARENT")  # a news event does not make anyone busy
        calendar.add_component(entry)
    left |= {id(e) for e in kept}
    coarse = [e for e in events if id(e) not in left]
    notes = _left_out(coarse, "dated only to a month, season, year or coarser (a calendar entry needs days, "
                              "and ainews does not invent one); --format json or timelinejs keeps them")
    notes += _left_out(guessed, "dated only through a publication date ainews inferred (`ainews extract "
                                "--explain` says from what); --include-inferred keeps them")
    return Export(calendar.to_ical().decode("utf-8"), notes)


def _stamp(event: Event, sources: Sources) -> Any:
    from datetime import UTC, datetime

    published = [sources.document(s.doc).published for s in event.sources]
    dates = sorted(p for p in published if p)
    if dates:
        # A publication date known only to its month or year stamps the first day of it.
        year, month, day = [*dates[-1].split("-"), "1", "1"][:3]
        return datetime(int(year), int(month), int(day), tzinfo=UTC)
    first = _day(event.start)
    return datetime(first.year, first.month, first.day, tzinfo=UTC)


def _description(event: Event, sources: Sources) -> str:
    lines = [event.text, "", f"Date: {event.date} ({event.granularity}; EDTF {event.edtf})"]
    shown = display_date(event)
    if shown:
        lines[-1] += f", {shown}"
    lines.append("Sources:")
    for source in event.sources:
        info = sources.document(source.doc)
        where = _source_label(source, sources)
        extra = f", published {info.published}" if info.published else ""
        if source.anchor is not None and source.anchor.source == INFERRED:
            extra += f", publication date inferred: {source.anchor.value}"
        url = f" {info.url}" if info.url else ""
        said = "" if source.sentence == event.text else f": {source.sentence}"
        lines.append(f"- {where} ({source.lang}{extra}){url}, “{source.date_text}”{said}")
    lines.extend(f"Conflict: {c}" for c in event.conflicts)
    return "\n".join(lines)


# --- entry points -------------------------------------------------------------------

def timeline_export(fmt: str, *, events: Sequence[Event], sources: Sources,
                    title: str = "AI news timeline", include_inferred: bool = False) -> Export:
    """The timeline in one of the formats above (render.EXPORT_FORMATS); iCalendar leaves out
    the events dated only through an inferred publication date unless ``include_inferred``."""
    if fmt == "ics":
        return ics(events, sources, title=title, include_inferred=include_inferred)
    if fmt == "jsonld":
        graph, notes = jsonld(events, sources)
        return Export(write_jsonld(graph), notes)
    data, notes = timelinejs(events, sources, title=title)
    if fmt == "timelinejs":
        return Export(write_timelinejs(data), notes)
    return Export(csv_text(timelinejs_rows(data), TIMELINEJS_COLUMNS), notes)


def profile_export(fmt: str, *, record: Profile, sources: Sources, include_inferred: bool = False) -> Export:
    """An entity profile: JSON-LD of the entity itself, or its events in the other formats."""
    if fmt == "jsonld":
        return Export(write_jsonld(profile_jsonld(record, sources)))
    return timeline_export(fmt, events=[event.value for event in record.events], sources=sources,
                           title=f"{record.entity.name}: timeline", include_inferred=include_inferred)


# --- CSV ----------------------------------------------------------------------------

def safe_cell(value: Any) -> str:
    """A CSV cell: lists joined with "; ", formula-looking text neutralised."""
    if value is None:
        text = ""
    elif isinstance(value, (list, tuple)):
        text = "; ".join(safe_cell(item) for item in value)
    else:
        text = str(value)
    # A spreadsheet runs a cell that starts with one of these as a formula.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header row, a row per record (column -> value), every cell safe_cell's."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(column)) for column in columns])
    return buffer.getvalue()
