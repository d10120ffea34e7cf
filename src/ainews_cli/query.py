"""Reading the store for the commands: the timeline, the entity list, an entity's
profile, the facts, the per-document extractions and the ingest summary, each as
typed records (records.py).

Merged events and facts come as ``Encoded`` records: the JSON writers copy the text
the store keeps, the tables read their values.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ainews_cli import han
from ainews_cli.codec import Encoded, decoded
from ainews_cli.dates.bounds import DateRange
from ainews_cli.errors import UsageError
from ainews_cli.records import (
    AliasCount,
    AliasWay,
    Companion,
    DocumentFact,
    DocumentInference,
    EntitySummary,
    Event,
    Explanation,
    ExtractedDocument,
    Founded,
    IngestedDocument,
    NameCount,
    Profile,
    Sources,
    Story,
    counted,
    merge_roles,
)
from ainews_cli.store import Store

# Merging (merge.py, timeline_cache.py) is imported by the queries that merge, so an
# ingest's summary does not; the alias table is loaded, and entities.py imported, only
# where a name is looked up.
if TYPE_CHECKING:
    from ainews_cli.entities import AliasTable

MANY_EVENTS = 200  # a timeline longer than this ends with a hint on narrowing it


@dataclass(frozen=True)
class TimelineQuery:
    docs: Sequence[str] | None = None  # None: the whole store
    dates: DateRange = field(default_factory=DateRange)
    entity: str | None = None
    lang: str | None = None
    explain: bool = False
    top: int | None = None  # only the most important events, this many
    min_sources: int | None = None  # only events told by at least this many independent sources
    infer: bool = True  # with the mentions inferred publication dates place (infer.py)
    sources: bool = True  # False: a table's reading, each stored event's digest (Event.digest)


def timeline(store: Store, query: TimelineQuery, table: AliasTable | None) -> list[Encoded[Event]]:
    """The merged events, in chronological order, that pass the query's filters.

    Over the whole store they come from the stored timeline (merged first if an ingest
    changed the store); over some documents (``query.docs``) those documents' mentions
    are merged on their own.  ``table`` resolves ``query.entity``; without an entity it
    may be None (loading the alias table is a tenth of a warm timeline's time)."""
    from ainews_cli.merge import merge
    from ainews_cli.timeline_cache import inferences, originals, placed, refresh

    wanted = resolve_name(query.entity, store, _needed(table)) if query.entity else None
    merged = None
    if query.docs is None:
        refreshed = refresh(store, infer=query.infer)
        if refreshed is None:
            return store.timeline(since=query.dates.since, until=query.dates.until, name=wanted, lang=query.lang,
                                  explain=query.explain, top=query.top, min_sources=query.min_sources,
                                  sources=query.sources)
        merged = refreshed.events
    if merged is None:
        sources = store.event_sources(query.docs)
        if query.infer:  # inferred over the whole store: the pile dates a document, not the documents asked for
            sources += placed(inferences(store, query.docs).values())
        merged = merge(sources, originals=originals(store, query.docs), sites=store.sites(query.docs))
    kept = []
    for event in merged:
        # An event is kept when its interval overlaps the asked-for one.
        if not query.dates.overlaps(event.start, event.end):
            continue
        if wanted and wanted not in event.names:
            continue
        if query.lang and query.lang not in event.langs:
            continue
        if query.min_sources and event.independent_sources < query.min_sources:
            continue
        kept.append(event)
    if query.top is not None:
        chosen = set(sorted(range(len(kept)), key=lambda i: (-kept[i].importance, i))[:query.top])
        kept = [event for i, event in enumerate(kept) if i in chosen]
    return [Encoded.of(event if query.explain else _unexplained(event)) for event in kept]


def _needed(table: AliasTable | None) -> AliasTable:
    if table is None:
        raise ValueError("an --entity query needs the alias table")
    return table


def timeline_notes(store: Store, query: TimelineQuery, table: AliasTable | None, *, shown: int) -> list[str]:
    """What a reader of a timeline of ``shown`` events should know about what it leaves
    out: documents without a publication date (their relative dates are not on it), and,
    when it is empty, why."""
    documents, undated = store.document_counts(query.docs)
    if not documents:
        return [] if query.docs is not None else ["the store holds no documents yet; add some with "
                                                  "`ainews ingest PATH`"]
    inferred = store.inferred_count(query.docs) if query.infer and undated else 0
    undated -= inferred
    guessed = ([f"{counted(inferred, 'document')} {'has an' if inferred == 1 else 'have'} inferred publication "
                f"date{'' if inferred == 1 else 's'} (≈; see `ainews extract --explain`)"] if inferred else [])
    dateless = (f"{counted(undated, 'document')} {'has' if undated == 1 else 'have'} no publication date; "
                f"{'its' if undated == 1 else 'their'} relative dates are left out (see `ainews extract`)")
    if shown:
        many = ([f"{shown:,} events; narrow them with --top N, --min-sources K, --since/--until or --entity NAME"]
                if shown > MANY_EVENTS and query.top is None else [])
        return [*many, *guessed, dateless] if undated else [*many, *guessed]
    filters = _filters(query)
    unfiltered = (len(timeline(store, TimelineQuery(docs=query.docs, infer=query.infer, sources=False), table))
                  if filters else 0)
    if unfiltered:
        notes = [f"none of the {counted(unfiltered, 'event')} matches {' '.join(filters)}", *guessed]
        return [*notes, dateless] if undated else notes
    why = (f"{undated} {'has' if undated == 1 else 'have'} no publication date, so "
           f"{'its' if undated == 1 else 'their'} relative dates are left out" if undated else
           "none states a date ainews can place")
    return [f"no dated events in {counted(documents, 'document')}: {why} (see `ainews extract`)"]


def ingest_notes(records: Sequence[IngestedDocument]) -> list[str]:
    """What a reader of an ingest's table should know: how many of the documents read are
    copies of how many articles (each copy's tellings are sources of its original's events)."""
    copies = [r for r in records if r.copy_of]
    if not copies:
        return []
    originals = {r.copy_of for r in copies}
    return [f"{len(copies)} {'copy' if len(copies) == 1 else 'copies'} of {counted(len(originals), 'article')}: "
            "each adds its sources to the original's events, no events of its own (copy_of in --json)"]


def _filters(query: TimelineQuery) -> list[str]:
    given = [("--since", query.dates.since), ("--until", query.dates.until), ("--entity", query.entity),
             ("--lang", query.lang), ("--min-sources", query.min_sources)]
    return [f"{flag} {value}" for flag, value in given if value]


def _unexplained(event: Event) -> Event:
    from dataclasses import replace

    return replace(event, merged_because=None)


def timeline_by_entity(store: Store, query: TimelineQuery, table: AliasTable | None) -> list[Story]:
    """Each participant's story: its events in order, participants with most events first."""
    stories: dict[str, list[Event]] = defaultdict(list)
    types: dict[str, str] = {}
    wanted = resolve_name(query.entity, store, _needed(table)) if query.entity else None
    for encoded in timeline(store, query, table):
        event = encoded.value
        for participant in event.entities:
            if wanted is None or participant.name == wanted:
                stories[participant.name].append(event)
                types[participant.name] = participant.type
    ranked = sorted(stories.items(), key=lambda item: (-len(item[1]), item[0]))
    return [Story(name, types[name], tuple(events)) for name, events in ranked]


def export_sources(store: Store, table: AliasTable, events: Sequence[Event], names: Sequence[str] = ()) -> Sources:
    """The documents the events cite and the Wikidata IDs of their participants (and of
    ``names``), for the formats that name them (JSON-LD, iCalendar, TimelineJS)."""
    docs = {source.doc for event in events for source in event.sources}
    wanted = set(names) | {entity.name for event in events for entity in event.entities}
    alternate: dict[str, list[str]] = defaultdict(list)
    for form, entry in sorted(table.forms.items()):
        if entry.name in wanted and not entry.guarded and form != entry.name:
            alternate[entry.name].append(form)
    return Sources(documents=store.document_info(docs),
                   wikidata={name: table.wikidata[name] for name in sorted(wanted) if table.wikidata.get(name)},
                   alternate_names=dict(alternate))


def profile_sources(store: Store, table: AliasTable, record: Profile) -> Sources:
    """What the export formats need for a profile: its events' sources, and the entity and
    the founders its facts name."""
    founders = [name for fact in record.facts if isinstance(fact.value.fact.details, Founded)
                for name in fact.value.fact.details.founders]
    return export_sources(store, table, [event.value for event in record.events],
                          names=[record.entity.name, *founders])


def fact_records(store: Store, table: AliasTable, *, docs: Sequence[str] | None = None,
                 entity: str | None = None, kind: str | None = None) -> list[Encoded[DocumentFact]]:
    """Facts stated in the documents, each with its document, in document order."""
    wanted = resolve_name(entity, store, table) if entity else None
    records = [record for record in store.facts(docs, name=wanted) if not kind or record.value.fact.kind == kind]
    return sorted(records, key=lambda r: (r.value.doc, r.value.fact.start, r.value.fact.kind))


def resolve_name(name: str, store: Store, table: AliasTable) -> str:
    """The canonical name a user means: alias table first, then names in the store."""
    entry = table.lookup(name) or next(
        (e for form, e in table.forms.items() if form.casefold() == name.casefold()), None
    )
    if entry is not None:
        return entry.name
    known = set(store.names())
    if name in known:
        return name
    if han.has_han(name) and han.normalised(name) in known:
        return han.normalised(name)  # a Chinese name as shown (Traditional) is kept folded
    folded = [k for k in known if k.casefold() == name.casefold()]
    if folded:
        return sorted(folded)[0]
    return name


def entity_records(store: Store, table: AliasTable, *, docs: Sequence[str] | None = None,
                   type_filter: str | None = None, explain: bool = False) -> list[EntitySummary]:
    by_name: dict[str, list[NameCount]] = defaultdict(list)
    for row in store.name_counts(docs=docs):
        by_name[row.name].append(row)
    documents: dict[str, list[str]] = defaultdict(list)
    for name, doc in store.name_docs(docs=docs):
        documents[name].append(doc)
    records = []
    for name, counts in by_name.items():
        record = _summary(name, counts, documents[name], table, explain=explain)
        if type_filter and record.type != type_filter:
            continue
        records.append(record)
    records.sort(key=lambda r: (-r.mentions, r.name))
    return records


def mention_months(store: Store, *, docs: Sequence[str] | None = None,
                   name: str | None = None, table: AliasTable | None = None) -> dict[str, Counter[str]]:
    """Mentions of each entity by the month its documents were published ("2023-11"), for
    the sparklines of the entity tables, by the name the tables show (``shown_name``,
    where ``table`` is given).  A document without a publication date, or with only its
    year, is in no month."""
    if name is not None and han.has_han(name):
        name = han.normalised(name)  # shown as written, kept folded
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for entity, _, published, count in store.mention_counts(docs, name):
        if published and len(published) >= 7:
            months[entity][published[:7]] += count
    if table is not None and any(han.has_han(entity) for entity in months):
        by_name: dict[str, list[NameCount]] = defaultdict(list)
        for row in store.name_counts(name, docs):
            by_name[row.name].append(row)
        months = defaultdict(Counter, {shown_name(entity, by_name[entity], table): counts
                                       for entity, counts in months.items()})
    return dict(months)


def shown_names(store: Store, records: Iterable[object],
                aliases: Callable[[], AliasTable]) -> dict[str, str]:
    """The names the records name that tables show otherwise than they are keyed, with the
    name shown (``shown_name``): a Chinese name the alias table does not know, as the
    documents write it.  Without a Chinese name, nothing is looked up (``aliases`` loads
    the table only when one is there)."""
    chinese = sorted({name for name in _names_in(records) if han.has_han(name)})
    if not chinese:
        return {}
    table = aliases()
    by_name: dict[str, list[NameCount]] = defaultdict(list)
    for row in store.name_forms(chinese):
        by_name[row.name].append(row)
    return {name: shown for name in chinese if (shown := shown_name(name, by_name[name], table)) != name}


def _names_in(records: Iterable[object]) -> Iterator[str]:
    """Every name a table of these records shows: events' participants, stories' entities,
    facts' sentences' names (their parties among them), a profile's roles and companions."""
    for record in records:
        if isinstance(record, Event):
            yield from (e.name for e in record.entities)
        elif isinstance(record, Story):
            yield record.entity
            yield from _names_in(record.events)
        elif isinstance(record, DocumentFact):
            yield from record.fact.entities
        elif isinstance(record, Profile):
            events: list[Event] = decoded(record.events)
            facts: list[DocumentFact] = decoded(record.facts)
            yield from _names_in([*events, *facts])
            yield from (name for role in record.roles for name in (role.person, role.org or ""))
            yield from (companion.name for companion in record.appears_with)


def shown_name(name: str, counts: Sequence[NameCount], table: AliasTable) -> str:
    """The name an entity is shown by.  A Chinese name the alias table does not know is
    kept in its folded spelling (Simplified), so both scripts name one entity; it is shown
    as the documents write it: the written form of that name with the most mentions
    ("劉揚偉" where the articles are Traditional)."""
    if name in table.types or not han.has_han(name):
        return name
    written: Counter[str] = Counter()
    for count in counts:
        if count.text != name and han.normalised(count.text) == name:
            written[count.text] += count.mentions
        elif count.text == name:
            written[name] += count.mentions
    if not written:
        return name
    most = max(written.values())
    return min(text for text, n in written.items() if n == most)


def _explain(name: str, counts: Sequence[NameCount], table: AliasTable) -> Explanation:
    """Why these mentions are one entity: how each surface form reached the name, how
    the type was settled."""
    ways: Counter[tuple[str, str]] = Counter()
    labels: Counter[str] = Counter()
    for count in counts:
        ways[(count.text, _how(count.source, name))] += count.mentions
        labels[count.label] += count.mentions
    settled = (f"the alias table says {table.types[name]}" if name in table.types else
               "the label most mentions carry (" + ", ".join(f"{k} ×{v}" for k, v in labels.most_common()) + ")")
    return Explanation(
        aliases=tuple(AliasWay(text, count, how)
                      for (text, how), count in sorted(ways.items(), key=lambda item: (-item[1], item[0]))),
        type=settled,
    )


def _how(source: str, name: str) -> str:
    found, _, linked = source.partition("+")
    if linked.startswith("defined"):
        return (f"the short name the document defines for {name} in brackets right after its full name "
                "(\"（下称“网龙”）\", \"(hereinafter “ByteDance”)\")")
    if found == "alias":
        return "a form of the name in the alias table"
    if found == "alias-guarded":
        return (f"a guarded form in the alias table or the place gazetteer (a surname, a misspelling, a word "
                f"with other meanings), counted where the document also names {name} or a model or a word "
                f"for a company vouches for it")
    if found == "document":
        return f"the surname of {name}, named in full in the same document, where it stands again alone"
    if found == "corporate":
        return "a name ending in a word for a company (\"Technology\", \"AG\", \"中国移动\") no model tagged"
    if found == "described":
        short = f", the short name of {name} named in the same document" if linked == "company" else ""
        return f"named right after a word for a company (\"the chip designer\", \"Finanzinvestor\"){short}"
    if found == "listed":
        short = f", the short name of {name} named in full in the same document" if linked.startswith("short") else ""
        again = ", named so elsewhere in the same document" if linked.startswith("repeated") else ""
        return ("a Chinese company named with its stock code after a word for a company "
                f"(\"芯片公司X（9660）\"){short}{again}")
    model = found.removeprefix("model:") if found.startswith("model:") else "the NER model"
    if linked.startswith("short"):
        return f"the short name of {name}, which {model} found in full in the same document"
    if linked == "alias":
        return f"found by {model}, named through the alias table"
    if linked == "surname":
        return f"found by {model}, the surname of {name} named in the same document"
    if linked == "company":
        return f"found by {model}, the short name of {name} named in the same document"
    if linked == "first name":
        return f"found by {model}, the first name of {name} named in the same document"
    if linked == "case":
        return f"found by {model} in capitals, written as {name}"
    if linked.startswith("repeated"):
        return f"found by {model} elsewhere in the same document, and so here too"
    return f"found by {model}, its own text (possessive stripped) is the name"


def _summary(name: str, counts: Sequence[NameCount], documents: Sequence[str], table: AliasTable, *,
             explain: bool) -> EntitySummary:
    from ainews_cli.entities import LABEL_PRIORITY

    labels: Counter[str] = Counter()
    aliases: Counter[str] = Counter()
    for count in counts:
        labels[count.label] += count.mentions
        aliases[count.text] += count.mentions
    top = max(labels.values())
    label = table.types.get(name) or next(lab for lab in LABEL_PRIORITY if labels[lab] == top)
    return EntitySummary(
        name=shown_name(name, counts, table),
        type=label,
        wikidata=table.wikidata.get(name),
        aliases=tuple(AliasCount(text, count)
                      for text, count in sorted(aliases.items(), key=lambda item: (-item[1], item[0]))),
        mentions=sum(labels.values()),
        documents=tuple(sorted(documents)),
        languages=tuple(sorted({count.lang for count in counts})),
        explain=_explain(name, counts, table) if explain else None,
    )


def profile(store: Store, table: AliasTable, name: str, *, kind: str,
            docs: Sequence[str] | None = None, explain: bool = False, infer: bool = True) -> Profile:
    """An entity's profile: its summary, events, companions and the facts stated about it."""
    canonical = resolve_name(name, store, table)
    counts = store.name_counts(canonical, docs)
    if not counts:
        suggestion = _suggest(name, store)
        hint = f" (did you mean {suggestion}?)" if suggestion else ""
        where = "those documents" if docs is not None else "the store"
        raise UsageError(f"no entity named {name!r} in {where}{hint}; list them with `ainews entities`")
    summary = _summary(canonical, counts, [doc for _, doc in store.name_docs(canonical, docs)], table,
                       explain=explain)
    if summary.type != kind:
        raise UsageError(f"{canonical!r} is a {summary.type}, not a {kind}; use "
                         f"{'--person' if summary.type == 'PERSON' else '--company'} or --type")
    events = timeline(store, TimelineQuery(docs=docs, entity=canonical, explain=explain, infer=infer), table)
    ranked = sorted(store.companions(canonical, docs), key=lambda c: (-c.sentences, c.name))
    facts = store.facts(docs, name=canonical)
    # Roles once each, with every document that states them; the other facts as stored.
    roles = merge_roles([record.value for record in facts if record.value.fact.kind == "role"])
    others = [record for record in facts if record.value.fact.kind != "role"]
    return Profile(summary, events, tuple(ranked[:15]), others, tuple(roles))


def _suggest(name: str, store: Store) -> str | None:
    import difflib

    close = difflib.get_close_matches(name, store.names(), n=1, cutoff=0.75)
    return repr(close[0]) if close else None


def extract_records(store: Store, docs: Sequence[str], *, infer: bool = True,
                    explain: bool = False) -> list[ExtractedDocument]:
    """What the analysis found in each document; with ``infer``, an undated document's
    inferred publication date and what it places (its dates and event mentions), and with
    ``explain`` why a date was or was not inferred."""
    records = [record for doc in docs if (record := store.extraction(doc)) is not None]
    if not infer:
        return records
    from ainews_cli.timeline_cache import inferences

    found = inferences(store, [record.doc for record in records])
    return [_with_inference(record, found[record.doc], explain) if record.doc in found else record
            for record in records]


def _with_inference(record: ExtractedDocument, item: DocumentInference, explain: bool) -> ExtractedDocument:
    from dataclasses import replace

    extraction = record.extraction
    if item.inference.inferred:
        placed_dates = {(d.start, d.end): d for d in item.dates}
        dates = tuple(placed_dates.get((d.start, d.end), d) for d in extraction.dates)
        events = tuple(sorted((*extraction.events, *item.events),
                              key=lambda e: (e.sentence_start, e.date.start, e.date.end)))
        extraction = replace(extraction, dates=dates, events=events)
    return ExtractedDocument(record.doc, extraction, record.title, inference=item.inference, explain=explain)


def ingest_records(store: Store, docs: Sequence[str], status: dict[str, str]) -> list[IngestedDocument]:
    """What became of each document an ingest read, what was found in it, and which
    document it is a copy of (as the store's last merge found)."""
    records = []
    copy_of = store.copies(docs)
    counts = store.extraction_counts(docs)
    for doc in docs:
        data = counts.get(doc)
        records.append(IngestedDocument(
            doc=doc,
            status=status[doc],
            lang=data.lang if data else None,
            published=data.published if data else None,
            entities=data.entities if data else 0,
            dates=data.dates if data else 0,
            events=data.events if data else 0,
            copy_of=copy_of.get(doc),
        ))
    return records


__all__ = ["Companion", "TimelineQuery"]
