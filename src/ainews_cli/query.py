"""Reading the store for the commands: the timeline, the entity list, an entity's
profile and the per-document extractions, each as plain records (dicts in the
documented JSON shape, docs/json.md)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ainews_cli.entities import LABEL_PRIORITY, AliasTable
from ainews_cli.errors import UsageError
from ainews_cli.events import Event, Source, merge
from ainews_cli.formats import Sources
from ainews_cli.records import EventMention
from ainews_cli.store import Store


@dataclass(frozen=True)
class TimelineQuery:
    docs: Sequence[str] | None = None  # None: the whole store
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    lang: str | None = None
    explain: bool = False


def parse_bound(value: str | None, flag: str, *, upper: bool) -> str | None:
    """ "2023" -> "2023-01-01" (or "2023-12-31" as an upper bound), "2023-11" likewise."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        raise UsageError(f"{flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}"
    if month:
        if not upper:
            return f"{year}-{month}-01"
        import calendar

        return f"{year}-{month}-{calendar.monthrange(int(year), int(month))[1]:02d}"
    return f"{year}-12-31" if upper else f"{year}-01-01"


def timeline_events(store: Store, query: TimelineQuery, table: AliasTable) -> list[Event]:
    since = parse_bound(query.since, "--since", upper=False)
    until = parse_bound(query.until, "--until", upper=True)
    sources = [Source(doc, EventMention.from_dict(data)) for doc, data in store.event_rows(query.docs)]
    events = merge(sources)
    wanted = resolve_name(query.entity, store, table) if query.entity else None
    kept = []
    for event in events:
        # An event is kept when its interval overlaps the asked-for one.
        if since and event.last < since:
            continue
        if until and event.first > until:
            continue
        if wanted and wanted not in {p.name for p in event.participants}:
            continue
        if query.lang and query.lang not in {s.mention.lang for s in event.sources}:
            continue
        kept.append(event)
    return kept


def timeline(store: Store, query: TimelineQuery, table: AliasTable) -> list[dict[str, Any]]:
    return [event.to_dict(explain=query.explain) for event in timeline_events(store, query, table)]


def timeline_by_entity(store: Store, query: TimelineQuery, table: AliasTable) -> list[dict[str, Any]]:
    """Each participant's story: its events in order, participants with most events first."""
    stories: dict[str, list[dict[str, Any]]] = defaultdict(list)
    types: dict[str, str] = {}
    wanted = resolve_name(query.entity, store, table) if query.entity else None
    for event in timeline_events(store, query, table):
        for participant in event.participants:
            if wanted is None or participant.name == wanted:
                stories[participant.name].append(event.to_dict(explain=query.explain))
                types[participant.name] = participant.type
    ranked = sorted(stories.items(), key=lambda item: (-len(item[1]), item[0]))
    return [{"entity": name, "type": types[name], "events": events} for name, events in ranked]


def export_sources(store: Store, table: AliasTable, events: Sequence[dict[str, Any]],
                   names: Sequence[str] = ()) -> Sources:
    """The documents the events cite and the Wikidata IDs of their participants (and of
    ``names``), for the formats that name them (JSON-LD, iCalendar, TimelineJS)."""
    docs = {source["doc"] for event in events for source in event["sources"]}
    names = [*names, *(entity["name"] for event in events for entity in event["entities"])]
    wanted = set(names)
    alternate: dict[str, list[str]] = defaultdict(list)
    for form, entry in sorted(table.forms.items()):
        if entry.name in wanted and not entry.guarded and form != entry.name:
            alternate[entry.name].append(form)
    return Sources(documents=store.document_info(docs),
                   wikidata={name: table.wikidata[name] for name in sorted(wanted) if table.wikidata.get(name)},
                   alternate_names=dict(alternate))


def fact_records(store: Store, table: AliasTable, *, docs: Sequence[str] | None = None,
                 entity: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Facts stated in the documents, each with its document, in document order."""
    wanted = resolve_name(entity, store, table) if entity else None
    rows = store.fact_rows_naming(wanted, docs) if wanted else store.fact_rows(docs)
    records = [{"doc": doc, **fact} for doc, fact in rows if not kind or fact["kind"] == kind]
    return sorted(records, key=lambda r: (r["doc"], r["start"], r["kind"]))


def resolve_name(name: str, store: Store, table: AliasTable) -> str:
    """The canonical name a user means: alias table first, then names in the store."""
    entry = table.lookup(name) or next(
        (e for form, e in table.forms.items() if form.casefold() == name.casefold()), None
    )
    if entry is not None:
        return entry.name
    known = {row[0] for row in store.db.execute("SELECT DISTINCT name FROM mentions")}
    if name in known:
        return name
    folded = [k for k in known if k.casefold() == name.casefold()]
    if folded:
        return sorted(folded)[0]
    return name


MentionRow = tuple[str, str, str, str, str, int, str]


def entity_records(store: Store, table: AliasTable, *, docs: Sequence[str] | None = None,
                   type_filter: str | None = None, explain: bool = False) -> list[dict[str, Any]]:
    rows = store.mention_rows(docs)
    by_name: dict[str, list[MentionRow]] = defaultdict(list)
    for row in rows:
        by_name[row[1]].append(row)
    records = []
    for name, mentions in by_name.items():
        record = _entity_record(name, mentions, table)
        if explain:
            record["explain"] = explain_entity(name, mentions, table)
        if type_filter and record["type"] != type_filter:
            continue
        records.append(record)
    records.sort(key=lambda r: (-r["mentions"], r["name"]))
    return records


def mention_months(store: Store, *, docs: Sequence[str] | None = None,
                   name: str | None = None) -> dict[str, Counter[str]]:
    """Mentions of each entity by the month its documents were published ("2023-11"), for
    the sparklines of the entity tables.  A document without a publication date, or with
    only its year, is in no month."""
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for entity, _, published, count in store.mention_counts(docs, name):
        if published and len(published) >= 7:
            months[entity][published[:7]] += count
    return dict(months)


def explain_entity(name: str, mentions: Sequence[MentionRow], table: AliasTable) -> dict[str, Any]:
    """Why these mentions are one entity: how each surface form reached the name, how
    the type was settled."""
    ways: dict[tuple[str, str], int] = Counter((m[3], _how(m[6], name)) for m in mentions)
    labels = Counter(m[2] for m in mentions)
    settled = (f"the alias table says {table.types[name]}" if name in table.types else
               "the label most mentions carry (" + ", ".join(f"{k} ×{v}" for k, v in labels.most_common()) + ")")
    return {
        "aliases": [{"text": text, "count": count, "how": how}
                    for (text, how), count in sorted(ways.items(), key=lambda item: (-item[1], item[0]))],
        "type": settled,
    }


def _how(source: str, name: str) -> str:
    found, _, linked = source.partition("+")
    if found == "alias":
        return "a form of the name in the alias table"
    if found == "alias-guarded":
        return f"a surname or misspelling in the alias table, counted where the document also names {name}"
    model = found.removeprefix("model:") if found.startswith("model:") else "the NER model"
    if linked == "alias":
        return f"found by {model}, named through the alias table"
    if linked == "surname":
        return f"found by {model}, the surname of {name} named in the same document"
    return f"found by {model}, its own text (possessive stripped) is the name"


def _entity_record(name: str, mentions: Sequence[MentionRow], table: AliasTable) -> dict[str, Any]:
    labels = Counter(m[2] for m in mentions)
    top = max(labels.values())
    label = table.types.get(name) or next(lab for lab in LABEL_PRIORITY if labels[lab] == top)
    aliases = Counter(m[3] for m in mentions)
    return {
        "name": name,
        "type": label,
        "wikidata": table.wikidata.get(name),
        "aliases": [{"text": text, "count": count}
                    for text, count in sorted(aliases.items(), key=lambda item: (-item[1], item[0]))],
        "mentions": len(mentions),
        "documents": sorted({m[0] for m in mentions}),
        "languages": sorted({m[4] for m in mentions}),
    }


def profile(store: Store, table: AliasTable, name: str, *, kind: str,
            docs: Sequence[str] | None = None, explain: bool = False) -> dict[str, Any]:
    """An entity's profile: its record, events, companions and the facts stated about it."""
    canonical = resolve_name(name, store, table)
    mentions = store.mentions_of(canonical, docs)
    if not mentions:
        suggestion = _suggest(name, store)
        hint = f" (did you mean {suggestion}?)" if suggestion else ""
        where = "those documents" if docs is not None else "the store"
        raise UsageError(f"no entity named {name!r} in {where}{hint}; list them with `ainews entities`")
    record = _entity_record(canonical, mentions, table)
    if record["type"] != kind:
        raise UsageError(f"{canonical!r} is a {record['type']}, not a {kind}; use "
                         f"{'--person' if record['type'] == 'PERSON' else '--company'} or --type")
    if explain:
        record["explain"] = explain_entity(canonical, mentions, table)
    events = timeline(store, TimelineQuery(docs=docs, entity=canonical, explain=explain), table)
    record["events"] = events
    record["appears_with"] = _companions(store, canonical, docs)
    record["facts"] = [{"doc": doc, **fact} for doc, fact in store.fact_rows_naming(canonical, docs)]
    return record


def _companions(store: Store, name: str, docs: Sequence[str] | None) -> list[dict[str, Any]]:
    """Entities mentioned in the same sentences, most shared sentences first."""
    ranked = sorted(store.companions(name, docs), key=lambda item: (-item[1], item[0]))
    return [{"name": other, "sentences": count} for other, count in ranked[:15]]


def _suggest(name: str, store: Store) -> str | None:
    import difflib

    known = [row[0] for row in store.db.execute("SELECT DISTINCT name FROM mentions")]
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    return repr(close[0]) if close else None


def extract_records(store: Store, docs: Sequence[str]) -> list[dict[str, Any]]:
    records = []
    for doc in docs:
        data = store.extraction(doc)
        if data is not None:
            records.append({"doc": doc, **data})
    return records
