"""Merging: the event mentions of one happening become one ``Event``; events sort
chronologically.  Pure functions only.

Mentions join when they tell the same happening:

1. typed mentions of the same type on the same date that share a participant;
2. a typed mention dated coarser (a year, half, quarter, season, month, week or weekend)
   and a typed mention dated finer inside it (a day, or a week or weekend inside a
   month) of the same type sharing two participants, when the finer dates inside it
   are all one day: a "November 2023" that could be either of two days stays apart;
3. an untyped mention on a day: the typed event of that day it shares most
   participants with, else the untyped mentions of that day sharing a participant,
   in both cases only as another document's telling (one article's sentences about one
   day are its different happenings unless a trigger types them alike);
4. the very same sentence on the same date in two documents (a quote, a wire story).

Participants shared are parties: people, organisations, products, named events; a
place says where, not who ("United States" in two reports of 2009). Two mentions
that each name a product, none the same, are two launches however else they agree.
Two different days never join, not even through a weekend or a month both lie in.
The merged event takes its most precise date; each source keeps its own.

A copy of an article (copies.py) tells nothing the original does not: its mention of a
sentence the original tells (same sentence, same date phrase) becomes a source of the
original's event, marked ``copy_of``, and adds no event.  What a copy says beyond its
original (an added paragraph) is merged like any other mention.

Every step looks mentions up in indexes keyed by type, date and participant, so the
cost grows with the mentions, not with their pairs, and the result depends only on
the set of mentions, never on their order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as day_of
from typing import Any

from ainews_cli.edtf import edtf
from ainews_cli.importance import Pile, weigh
from ainews_cli.records import GRANULARITY_RANK, INFERRED, Event, EventMention, EventSource, Participant, Source

OTHER = "other"
COARSE = ("year", "half", "quarter", "season", "month", "week", "weekend")  # may hold a finer date
FINER = ("week", "weekend", "day")


@dataclass(frozen=True)
class _Happening:
    """Mentions grouped as one happening, before they become an Event record."""

    date: str
    granularity: str
    first: str
    last: str
    type: str
    headline: str
    text: str
    participants: tuple[Participant, ...]
    sources: tuple[Source, ...]
    merged_because: tuple[str, ...]
    mod: str | None  # the date's TimeML mod when every source giving that date agrees on it

    def event(self, conflicts: tuple[str, ...], copies: Mapping[tuple[str, int, int], list[Source]],
              originals: Mapping[str, str], pile: Pile) -> Event:
        weight = weigh(self.sources, self.participants, self.date, self.first, self.granularity, self.type != OTHER,
                       pile)
        sources = []
        for source in self.sources:
            sources.append(EventSource.of(source))
            sources.extend(EventSource.of(copy, copy_of=originals[copy.doc]) for copy in copies.get(_key(source), ()))
        return Event(
            date=self.date,
            granularity=self.granularity,
            start=self.first,
            end=self.last,
            edtf=edtf(self.date, self.granularity, self.first, self.last, self.mod),
            type=self.type,
            headline=self.headline,
            text=self.text,
            entities=self.participants,
            sources=tuple(sources),
            conflicts=conflicts,
            importance=weight.importance,
            independent_sources=weight.independent,
            merged_because=self.merged_because,
        )


class _Groups:
    """Union-find over mentions that keeps, per group, the one day it is on (a group never
    holds two different days) and why each pair joined."""

    def __init__(self, members: Sequence[Source]) -> None:
        self.members = members
        self.parent = list(range(len(members)))
        self.reasons: dict[int, list[str]] = defaultdict(list)
        self.days = {i: m.mention.date.calendar_value for i, m in enumerate(members)
                     if m.mention.date.granularity == "day"}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def day(self, i: int) -> str | None:
        return self.days.get(self.find(i))

    def join(self, i: int, j: int, why: str) -> bool:
        root_i, root_j = self.find(i), self.find(j)
        if root_i == root_j:
            return True
        day_i, day_j = self.days.get(root_i), self.days.get(root_j)
        if day_i and day_j and day_i != day_j:
            return False  # through a weekend or a month, two different days would meet
        self.reasons[i].append(f"{_label(self.members[i])} ~ {_label(self.members[j])}: {why}")
        keep, drop = min(root_i, root_j), max(root_i, root_j)
        self.parent[drop] = keep
        if day_i or day_j:
            self.days[keep] = day_i or day_j  # type: ignore[assignment]
        return True

    def groups(self) -> list[tuple[list[int], tuple[str, ...]]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.members)):
            found[self.find(i)].append(i)
        return [(indices, tuple(r for i in indices for r in self.reasons.get(i, []))) for indices in found.values()]


def merge(sources: Iterable[Source], *, originals: Mapping[str, str] | None = None,
          sites: Mapping[str, str] | None = None) -> list[Event]:
    """Group the mentions of each happening into one event, in chronological order, each
    weighed (importance.py).

    ``originals``: each copy's original (copies.py); a copy's mentions of what its
    original tells become sources of the original's events.  ``sites``: each document's
    site (its URL's host), so two documents of one site count as one source."""
    originals = originals or {}
    members, copies = _set_copies_apart(sorted(sources, key=_key), originals)
    pile = Pile.of(members, sites or {})
    groups = _Groups(members)
    _same_date(groups, members)
    _finer_inside_coarser(groups, members)
    _untyped_on_a_day(groups, members)
    _same_sentence(groups, members)
    happenings = sorted((_happening([members[i] for i in indices], why) for indices, why in groups.groups()),
                        key=_happening_key)
    return [happening.event(conflicts, copies, originals, pile)
            for happening, conflicts in zip(happenings, _conflicts(happenings), strict=True)]


def _set_copies_apart(members: list[Source], originals: Mapping[str, str]
                      ) -> tuple[list[Source], dict[tuple[str, int, int], list[Source]]]:
    """The mentions to merge, and each original mention's copies: a copy's mention of
    the same sentence with the same date phrase (at the same place in it)."""
    told = {_told(source.doc, source.mention): source for source in members if source.doc not in originals}
    kept: list[Source] = []
    copies: dict[tuple[str, int, int], list[Source]] = defaultdict(list)
    for source in members:
        original = originals.get(source.doc)
        match = told.get(_told(original, source.mention)) if original else None
        if match is None:
            kept.append(source)
        else:
            copies[_key(match)].append(source)
    return kept, copies


def _told(doc: str | None, mention: EventMention) -> tuple[str | None, str, str, int]:
    return doc, mention.sentence, mention.date.text, mention.date.start - mention.sentence_start


def _same_date(groups: _Groups, members: Sequence[Source]) -> None:
    """1. The same date, the same type, a shared participant."""
    same: dict[tuple[str, str, str, str], int] = {}
    for i, source in enumerate(members):
        mention = source.mention
        if mention.type == OTHER:
            continue
        for name in mention.party_names():
            key = (mention.type, mention.date.calendar_value, mention.date.granularity or "", name)
            if key not in same:
                same[key] = i
            elif not _other_products(members[same[key]].mention, mention):
                groups.join(same[key], i, f"same {key[2]} {key[1]}, shared {name}, both {key[0]}")


def _finer_inside_coarser(groups: _Groups, members: Sequence[Source]) -> None:
    """2. A coarser date holding finer ones of the same type, two shared participants,
    when the finer ones inside it are on one day at most."""
    # (type, participant, participant) -> (first day, last day, mention) of the finer dates
    finer: dict[tuple[str, str, str], list[tuple[str, str, int]]] = defaultdict(list)
    for i, source in enumerate(members):
        date = source.mention.date
        if source.mention.type != OTHER and date.granularity in FINER and date.first and date.last:
            for pair in _pairs(source.mention):
                finer[(source.mention.type, *pair)].append((date.first, date.last, i))
    for entries in finer.values():
        entries.sort()
    for i, source in enumerate(members):
        mention, date = source.mention, source.mention.date
        if mention.type == OTHER or date.granularity not in COARSE or not date.first or not date.last:
            continue
        rank = GRANULARITY_RANK[date.granularity]
        inside: dict[int, tuple[str, str]] = {}  # j -> (granularity, value), of finer mentions inside
        for pair in _pairs(mention):
            entries = finer.get((mention.type, *pair), [])
            starting = entries[bisect_left(entries, (date.first,)): bisect_right(entries, (date.last, "~"))]
            for _, last, j in starting:
                inner = members[j].mention.date
                if last <= date.last and GRANULARITY_RANK[inner.granularity or ""] > rank:
                    inside[j] = (inner.granularity or "", inner.calendar_value)
        days = {groups.day(j) for j in inside} - {None}
        if len(days) > 1:
            continue  # "November 2023" between two days: which one is not ours to guess
        shared = ", ".join(sorted(set(mention.party_names())
                                  & {n for j in inside for n in members[j].mention.party_names()}))
        for j, (granularity, value) in sorted(inside.items()):
            if _other_products(mention, members[j].mention):
                continue
            groups.join(i, j, f"{granularity} {value} within {date.granularity} {date.calendar_value}, "
                              f"shared {shared}, both {mention.type}")


def _untyped_on_a_day(groups: _Groups, members: Sequence[Source]) -> None:
    """3. An untyped mention joins the typed event of its day it shares most participants
    with, else the untyped mentions of its day sharing a participant."""
    participants: dict[int, set[str]] = defaultdict(set)
    on_day: dict[tuple[str, str], set[int]] = defaultdict(set)
    docs: dict[int, set[str | None]] = defaultdict(set)
    for i, source in enumerate(members):
        mention = source.mention
        if mention.type == OTHER:
            continue
        participants[groups.find(i)] |= set(mention.party_names())
        docs[groups.find(i)].add(source.doc)
        if mention.date.granularity == "day":
            for name in mention.party_names():
                on_day[(mention.date.calendar_value, name)].add(groups.find(i))
    loose: dict[tuple[str, str], int] = {}
    for i, source in enumerate(members):
        mention = source.mention
        if mention.type != OTHER or mention.date.granularity != "day":
            continue
        day, names = mention.date.calendar_value, set(mention.party_names())
        roots = {root for name in names for root in on_day.get((day, name), ())
                 if docs[root] != {source.doc}}
        if roots:
            best = max(roots, key=lambda root: (len(names & participants[root]), -root))
            shared = sorted(names & participants[best])
            groups.join(best, i, f"same day {day}, shared {', '.join(shared)}, untyped joins typed")
            continue
        for name in sorted(names):
            if (day, name) not in loose:
                loose[(day, name)] = i
            elif members[loose[(day, name)]].doc != source.doc:
                groups.join(loose[(day, name)], i, f"same day {day}, shared {name}")


def _same_sentence(groups: _Groups, members: Sequence[Source]) -> None:
    """4. The very same sentence on the same date, typed or not."""
    first: dict[tuple[str, str, str], int] = {}
    for i, source in enumerate(members):
        mention = source.mention
        key = (mention.sentence, mention.date.calendar_value, mention.date.granularity or "")
        if key in first:
            if source.doc != members[first[key]].doc:
                groups.join(first[key], i, f"the same sentence, on {key[1]}")
        else:
            first[key] = i


def _other_products(one: EventMention, other: EventMention) -> bool:
    """Whether both name products and none the same: two launches by one company in a
    year ("iPhone 4", "MacBook Air") are two happenings."""
    products = [{p.name for p in m.participants if p.type == "PRODUCT"} for m in (one, other)]
    return all(products) and not products[0] & products[1]


def _pairs(mention: EventMention) -> list[tuple[str, str]]:
    names = mention.party_names()
    return [(a, b) for index, a in enumerate(names) for b in names[index + 1:]]


def _conflicts(events: Sequence[_Happening]) -> list[tuple[str, ...]]:
    """Mark events that look like one happening dated differently by different documents:
    the same type, two shared participants, days at most three apart.  They are not
    merged (which day is right is not ours to decide), each says the other exists."""
    notes: dict[int, list[str]] = defaultdict(list)
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)  # (type, participant) -> day events
    for i, event in enumerate(events):
        if event.granularity == "day" and event.type != OTHER:
            for participant in event.participants:
                by_key[(event.type, participant.name)].append(i)
    seen: set[tuple[int, int]] = set()
    for indices in by_key.values():  # events are in date order, so each list is too
        for position, i in enumerate(indices):
            a = events[i]
            for j in indices[position + 1:]:
                b = events[j]
                gap = (day_of.fromisoformat(b.first) - day_of.fromisoformat(a.first)).days
                if gap > 3:
                    break
                if gap == 0 or (i, j) in seen:
                    continue
                seen.add((i, j))
                shared = {p.name for p in a.participants} & {p.name for p in b.participants}
                docs_a, docs_b = {s.doc for s in a.sources}, {s.doc for s in b.sources}
                if len(shared) >= 2 and docs_a != docs_b:
                    notes[i].append(f"{', '.join(sorted(docs_b))} may tell the same {b.type} on {b.date}")
                    notes[j].append(f"{', '.join(sorted(docs_a))} may tell the same {a.type} on {a.date}")
    return [tuple(notes.get(i, [])) + _amount_conflicts(event) for i, event in enumerate(events)]


def _amount_conflicts(event: _Happening) -> tuple[str, ...]:
    """Sources of one event that each state one amount, and not the same one."""
    stated: dict[str, set[tuple[float, str]]] = defaultdict(set)
    for source in event.sources:
        if len(source.mention.amounts) == 1:
            stated[source.doc].add((source.mention.amounts[0].amount, source.mention.amounts[0].currency))
    values = {value for found in stated.values() for value in found}
    if len(stated) < 2 or len(values) < 2:
        return ()
    told = "; ".join(f"{doc}: " + ", ".join(f"{amount:,.0f} {currency}" for amount, currency in sorted(found))
                     for doc, found in sorted(stated.items()))
    return (f"amounts differ: {told}",)


def _label(source: Source) -> str:
    return f"{source.doc}@{source.mention.sentence_start}"


def _key(source: Source) -> tuple[str, int, int]:
    return (source.doc, source.mention.sentence_start, source.mention.date.start)


def _happening(group: Sequence[Source], reasons: tuple[str, ...]) -> _Happening:
    # The most precise date any source gives: a day told within a weekend is that day.
    date = max((s.mention.date for s in group), key=lambda d: GRANULARITY_RANK.get(d.granularity or "", -1))
    kinds = Counter(s.mention.type for s in group if s.mention.type != OTHER)
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else OTHER
    # "around November 2023" in one source and "in November 2023" in another: the month
    # is not approximate, so the event keeps a mod only when all its sources say it.
    mods = {s.mention.date.mod for s in group
            if s.mention.date.calendar_value == date.calendar_value and s.mention.date.granularity == date.granularity}
    participants: dict[str, Participant] = {}
    for source in group:
        for participant in source.mention.participants:
            participants.setdefault(participant.name, participant)
    # The headline of the source that tells the event best: of the event's type, in English, typed, first.
    teller = min(group, key=lambda s: (s.mention.type != kind, s.mention.lang != "en", s.mention.trigger is None))
    # A source an inferred publication date places says so (infer.py), so --explain shows it.
    placed = tuple(f"{_label(s)}: “{s.mention.date.text}” placed through the publication date inferred for "
                   f"{s.doc} (`ainews extract --explain`)" for s in group
                   if s.mention.date.anchor is not None and s.mention.date.anchor.source == INFERRED)
    return _Happening(
        date=date.calendar_value,
        granularity=date.granularity or "",
        first=date.first or "",
        last=date.last or "",
        type=kind,
        headline=teller.mention.headline,
        text=group[0].mention.sentence,
        participants=tuple(sorted(participants.values(), key=lambda p: p.name)),
        sources=tuple(group),
        merged_because=reasons + placed,
        mod=mods.pop() if len(mods) == 1 else None,
    )


def _happening_key(event: _Happening) -> tuple[Any, ...]:
    # Earlier start first; on the same start a year before its months and days.
    return (event.first, GRANULARITY_RANK.get(event.granularity, 99), event.last, _key(event.sources[0]), event.text)
