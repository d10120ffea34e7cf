"""Reading the store for the commands: the timeline, the entity list, an entity's
profile and the per-document extractions, each as plain records (dicts in the
documented JSON shape, docs/json.md)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ainews_cli.entities import LABEL_PRIORITY, AliasTable
from ainews_cli.errors import UsageError
from ainews_cli.events import Source, merge
from ainews_cli.formats import Sources
from ainews_cli.records import EncodedRecord, EventMention
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


# Bump when merging (events.merge) or the event record (Event.to_dict) changes: a
# store's merged timeline from another revision is merged again, never shown.
TIMELINE_REVISION = "1"


def refresh_timeline(store: Store) -> list[tuple[dict[str, Any], list[str]]] | None:
    """Merge every stored event mention into the store's timeline table unless it is
    current.  The merged events when it merged (they are stored unless the store is
    read-only or changed meanwhile), None when the stored timeline was current."""
    if store.timeline_is_current(TIMELINE_REVISION):
        return None
    generation, rows = store.event_snapshot()
    merged = _merge(rows)
    store.replace_timeline(generation, TIMELINE_REVISION, merged)
    return merged


def _merge(rows: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[dict[str, Any], list[str]]]:
    """Stored event mentions (doc, mention) merged: each event's record and why it merged."""
    events = merge(Source(doc, EventMention.from_dict(data)) for doc, data in rows)
    return [(event.to_dict(), list(event.merged_because)) for event in events]


def timeline(store: Store, query: TimelineQuery, table: AliasTable,
             *, encoded: bool = False) -> list[Any]:
    """The merged events, in chronological order, that pass the query's filters.

    Over the whole store they come from the stored timeline (refreshed first if an
    ingest changed the store); over some documents (``query.docs``) those documents'
    mentions are merged on their own.  ``encoded``: stored events may come as their
    JSON text (EncodedRecord), for the JSON writers, instead of being decoded."""
    since = parse_bound(query.since, "--since", upper=False)
    until = parse_bound(query.until, "--until", upper=True)
    wanted = resolve_name(query.entity, store, table) if query.entity else None
    merged = None
    if query.docs is None:
        merged = refresh_timeline(store)
        if merged is None:
            rows = store.timeline_rows(since=since, until=until, name=wanted, lang=query.lang)
            if encoded:
                # The stored text is json.dumps(record); "merged_because" goes last, as to_dict puts it.
                return [EncodedRecord(f'{data[:-1]}, "merged_because": {because}}}' if query.explain else data)
                        for data, because in rows]
            if not query.explain:
                return [json.loads(data) for data, _ in rows]
            return [{**json.loads(data), "merged_because": json.loads(because)} for data, because in rows]
    if merged is None:
        merged = _merge(store.event_rows(query.docs))
    kept = []
    for record, because in merged:
        # An event is kept when its interval overlaps the asked-for one.
        if since and record["end"] < since:
            continue
        if until and record["start"] > until:
            continue
        if wanted and wanted not in {p["name"] for p in record["entities"]}:
            continue
        if query.lang and query.lang not in {s["lang"] for s in record["sources"]}:
            continue
        kept.append({**record, "merged_because": because} if query.explain else record)
    return kept


def timeline_by_entity(store: Store, query: TimelineQuery, table: AliasTable) -> list[dict[str, Any]]:
    """Each participant's story: its events in order, participants with most events first."""
    stories: dict[str, list[dict[str, Any]]] = defaultdict(list)
    types: dict[str, str] = {}
    wanted = resolve_name(query.entity, store, table) if query.entity else None
    for record in timeline(store, query, table):
        for participant in record["entities"]:
            if wanted is None or participant["name"] == wanted:
                stories[participant["name"]].append(record)
                types[participant["name"]] = participant["type"]
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
    records = ([fact.decode() for fact in store.facts_naming(wanted, docs)] if wanted else
               [{"doc": doc, **fact} for doc, fact in store.fact_rows(docs)])
    records = [record for record in records if not kind or record["kind"] == kind]
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


CountRow = tuple[str, str, str, str, str, int]  # name, label, text, source, lang, mentions


def entity_records(store: Store, table: AliasTable, *, docs: Sequence[str] | None = None,
                   type_filter: str | None = None, explain: bool = False) -> list[dict[str, Any]]:
    by_name: dict[str, list[CountRow]] = defaultdict(list)
    for row in store.name_counts(docs=docs):
        by_name[row[0]].append(row)
    documents: dict[str, list[str]] = defaultdict(list)
    for name, doc in store.name_docs(docs=docs):
        documents[name].append(doc)
    records = []
    for name, counts in by_name.items():
        record = _entity_record(name, counts, documents[name], table)
        if explain:
            record["explain"] = explain_entity(name, counts, table)
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


def explain_entity(name: str, counts: Sequence[CountRow], table: AliasTable) -> dict[str, Any]:
    """Why these mentions are one entity: how each surface form reached the name, how
    the type was settled."""
    ways: Counter[tuple[str, str]] = Counter()
    labels: Counter[str] = Counter()
    for _, label, text, source, _, count in counts:
        ways[(text, _how(source, name))] += count
        labels[label] += count
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


def _entity_record(name: str, counts: Sequence[CountRow], documents: Sequence[str],
                   table: AliasTable) -> dict[str, Any]:
    labels: Counter[str] = Counter()
    aliases: Counter[str] = Counter()
    for _, label, text, _, _, count in counts:
        labels[label] += count
        aliases[text] += count
    top = max(labels.values())
    label = table.types.get(name) or next(lab for lab in LABEL_PRIORITY if labels[lab] == top)
    return {
        "name": name,
        "type": label,
        "wikidata": table.wikidata.get(name),
        "aliases": [{"text": text, "count": count}
                    for text, count in sorted(aliases.items(), key=lambda item: (-item[1], item[0]))],
        "mentions": sum(labels.values()),
        "documents": sorted(documents),
        "languages": sorted({row[4] for row in counts}),
    }


def profile(store: Store, table: AliasTable, name: str, *, kind: str,
            docs: Sequence[str] | None = None, explain: bool = False, encoded: bool = False) -> dict[str, Any]:
    """An entity's profile: its record, events, companions and the facts stated about it.

    ``encoded``: events and facts may come as their JSON text (EncodedRecord), for the
    JSON writers."""
    canonical = resolve_name(name, store, table)
    counts = store.name_counts(canonical, docs)
    if not counts:
        suggestion = _suggest(name, store)
        hint = f" (did you mean {suggestion}?)" if suggestion else ""
        where = "those documents" if docs is not None else "the store"
        raise UsageError(f"no entity named {name!r} in {where}{hint}; list them with `ainews entities`")
    record = _entity_record(canonical, counts, [doc for _, doc in store.name_docs(canonical, docs)], table)
    if record["type"] != kind:
        raise UsageError(f"{canonical!r} is a {record['type']}, not a {kind}; use "
                         f"{'--person' if record['type'] == 'PERSON' else '--company'} or --type")
    if explain:
        record["explain"] = explain_entity(canonical, counts, table)
    record["events"] = timeline(store, TimelineQuery(docs=docs, entity=canonical, explain=explain), table,
                                encoded=encoded)
    record["appears_with"] = _companions(store, canonical, docs)
    facts = store.facts_naming(canonical, docs)
    record["facts"] = facts if encoded else [fact.decode() for fact in facts]
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
