"""Events: dated sentences become event mentions; mentions of the same happening
merge into one event; events sort chronologically.  Pure functions only.

A mention needs a calendar date (anchored, with a granularity) and either a
participant (a named entity in the sentence) or an event trigger.  Mentions merge
when they share the date and granularity, share a participant, and their types
agree ("other" agrees with anything).  Merging is a union of such pairs, so the
result does not depend on the order of the input.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as day_of
from datetime import timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from ainews_cli import han, languages
from ainews_cli.edtf import edtf
from ainews_cli.records import (
    GRANULARITY_RANK,
    EntityMention,
    Event,
    EventMention,
    EventSource,
    Participant,
    Sentence,
    Source,
    TimeExpression,
    within,
)

PARTICIPANT_LABELS = {"PERSON", "ORG", "PRODUCT", "LOC", "EVENT"}
OTHER = "other"
_NOT_TRIGGER = "not_trigger"


@dataclass(frozen=True)
class Triggers:
    patterns: dict[str, re.Pattern[str]]  # lang -> one pattern; group name = event type

    def find(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        pattern = self.patterns.get(lang)
        if pattern is None:
            return []
        return [(m.start(), m.end(), m.lastgroup or OTHER) for m in pattern.finditer(text)
                if m.lastgroup != _NOT_TRIGGER]


@lru_cache(maxsize=1)
def load_triggers() -> Triggers:
    data = json.loads(resources.files("ainews_cli").joinpath("data/triggers.json").read_text("utf-8"))
    by_lang: dict[str, list[str]] = defaultdict(list)
    # Phrases that hold a trigger and tell no event come first: at one position the
    # leftmost alternative wins, so "发布声明" hides the "发布" in it.
    kinds = [(_NOT_TRIGGER, data.get("not_triggers", {})), *data["types"].items()]
    for kind, langs in kinds:
        for lang, words in langs.items():
            alternatives = []
            for word in sorted(words, key=len, reverse=True):
                whole = word.endswith("$")
                body = re.escape(word.rstrip("$")).replace(r"\ ", r"\s+")
                # Chinese has no word ends to find: a word matches where it stands.
                alternatives.append(body + ("" if languages.is_cjk(word) else r"\b" if whole else r"\w*"))
            by_lang[lang].append(f"(?P<{kind}>" + "|".join(alternatives) + ")")
    # Case-insensitive on the first letter only would be ideal; German nouns are
    # capitalised, English verbs may start a sentence: match case-insensitively.
    return Triggers({lang: re.compile(("" if lang in han.FOLDED else r"(?<![\w-])") + "(?:" + "|".join(groups) + ")",
                                      re.I)
                     for lang, groups in by_lang.items()})


MAX_TRIGGER_BREAKS = 3  # clause breaks between a date and the trigger that types it
MAX_TRIGGER_CHARS = 140
PARTICIPANT_WINDOW = 60  # participants stand this near the date or the trigger
# Clause breaks: punctuation, and words of every language ("but", "aber"; data/languages/*.toml).
# Chinese punctuation breaks a clause as its ASCII forms do.
_BREAK = re.compile(r"[,()—–，（）]| - |" + languages.bounded(languages.words("events.clause_breaks")))
_STRONG_BREAK = re.compile(r"[;:；：]")  # counts as MAX_TRIGGER_BREAKS: a trigger beyond it is elsewhere
# A date inside "according to a Semafor report earlier this year" dates the report,
# not the happening the sentence tells.
_ATTRIBUTION = re.compile(r"\b(?:" + languages.alternation("events.attribution") + r")\b", re.I)
_INNER_BULLET = re.compile(r"\n\s*[-*•]\s+")
_FIRST_PERSON = re.compile(r"\b(?:" + languages.alternation("events.first_person_patterns") + r")\b")


def event_mentions(
    body: str,
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMention],
    dates: Sequence[TimeExpression],
) -> list[EventMention]:
    """One mention per (sentence, calendar date) where something happened.

    Something happened when an event trigger stands near the date (at most three
    clause breaks away) or a participant stands in the date's own clause.  A date
    in a clause in the first person singular dates the author's doings ("I wrote
    earlier this year", "als ich am Samstag ... schrieb"), and a date in an
    attribution ("according to a report earlier this year") dates the report: both
    are left out.
    """
    triggers = load_triggers()
    found = []
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    entities = sorted(entities, key=lambda e: e.start)
    entity_starts = [e.start for e in entities]
    for sentence in sentences:
        start, end, lang = sentence.start, sentence.end, sentence.lang
        on_calendar = [d for d in within(dates, date_starts, start, end) if d.on_calendar]
        if not on_calendar:
            continue
        text = body[start:end]
        in_sentence = within(entities, entity_starts, start, end)
        # Chinese triggers are read folded: 解僱 is 解雇.
        read = han.normalised(body)[start:end] if lang in han.FOLDED else text
        hits = [(s + start, e + start, kind) for s, e, kind in triggers.find(read, lang)]
        for date in on_calendar:
            if _is_dateline(text, date) or (lang in han.FOLDED and _is_cjk_dateline(read, on_calendar, start)):
                continue
            if _glosses(body, date, on_calendar):
                continue
            clause_start, clause_end = _clause(body, start, end, date)
            clause = body[clause_start:clause_end]
            if _ATTRIBUTION.search(clause):
                continue
            if _FIRST_PERSON.search(clause):
                continue  # "Als ich am Samstag ... schrieb": the author's doings, not the industry's
            hit = _nearest_trigger(date, hits, body)
            in_clause = [e for e in in_sentence if clause_start <= e.start and e.end <= clause_end]
            if hit is None and not _participants(in_clause):
                continue
            near = [e for e in in_sentence if _near(e, date.start, date.end)
                    or (hit is not None and _near(e, hit[0], hit[1]))]
            found.append(
                EventMention(
                    lang=lang,
                    sentence=fold(text),
                    sentence_start=start,
                    sentence_end=end,
                    date=date,
                    participants=_participants(near),
                    type=hit[2] if hit else OTHER,
                    trigger=body[hit[0]:hit[1]] if hit else None,
                )
            )
    return found


def fold(text: str) -> str:
    """A sentence for display: list bullets inside it dropped, whitespace folded."""
    return " ".join(_INNER_BULLET.sub(" ", text).split())


def _clause(body: str, start: int, end: int, date: TimeExpression) -> tuple[int, int]:
    """The stretch around the date between clause breaks, within its sentence.

    A fronted date ("Finally, late Sunday night, Satya Nadella announced ...") is
    a clause of its own; its clause is the one that follows.
    """
    breaks = re.compile(_BREAK.pattern + "|" + _STRONG_BREAK.pattern)
    before = [m.end() for m in breaks.finditer(body, start, date.start)]
    clause_start = before[-1] if before else start
    after = breaks.search(body, date.end, end)
    clause_end = after.start() if after else end
    if after and not re.search(r"\w{3,}", body[clause_start:date.start] + body[date.end:clause_end].replace(
            date.text, "")) and not _STRONG_BREAK.match(after.group(0)):
        following = breaks.search(body, after.end(), end)
        clause_end = following.start() if following else end
    return clause_start, clause_end


def _near(mention: EntityMention, start: int, end: int) -> bool:
    return mention.end >= start - PARTICIPANT_WINDOW and mention.start <= end + PARTICIPANT_WINDOW


def _participants(mentions: Iterable[EntityMention]) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for mention in mentions:
        if mention.label in PARTICIPANT_LABELS and mention.name not in seen:
            seen[mention.name] = Participant(mention.name, mention.label)
    return tuple(seen.values())


def _is_dateline(sentence: str, date: TimeExpression) -> bool:
    # A line that is nothing but a date is the article's dateline, not an event.
    return len(sentence.strip()) <= len(date.text) + 3


# What a Chinese dateline holds besides its dates: a label ("发布时间："), digits and
# punctuation, and the source after 来源 ("2023年11月20日 09:15 来源：新华网").
_DATELINE_LABELS = languages.either(languages.words("events.dateline_labels"))
_CJK_DATELINE = re.compile(r"\W*(?:(?:" + _DATELINE_LABELS + r")\s*[:：]?)?[\W\d_]*(?:(?:" + _DATELINE_LABELS
                           + r")\s*[:：].{0,30})?")


def _is_cjk_dateline(read: str, dates: Sequence[TimeExpression], offset: int) -> bool:
    """A Chinese sentence that only dates the article (read folded)."""
    rest = list(read)
    for date in dates:
        for i in range(max(0, date.start - offset), min(len(rest), date.end - offset)):
            rest[i] = " "
    return len(read) <= 80 and _CJK_DATELINE.fullmatch("".join(rest).strip()) is not None


def _glosses(body: str, date: TimeExpression, dates: Sequence[TimeExpression]) -> bool:
    """Whether ``date`` only glosses the date before it in parentheses: "上周五（11月17日）",
    "今日（22日）" tell one day once."""
    previous = [d for d in dates if d.end <= date.start and d is not date]
    if not previous:
        return False
    before = previous[-1]
    between = body[before.end: date.start]
    return between.strip() in ("(", "（") and before.calendar_value == date.calendar_value


def _nearest_trigger(date: TimeExpression, hits: Sequence[tuple[int, int, str]],
                     body: str) -> tuple[int, int, str] | None:
    """The trigger closest to the date, counting clause breaks between them first:
    in "co-founded OpenAI in 2015 but left in 2018, sued" 2018 goes with "left".
    A trigger too far away, or beyond a ";" or ":", does not type the date.  A trigger
    that types nothing ("宣布", announce) counts only where no typed one is near:
    "宣布解雇" is a departure."""

    def gap(hit: tuple[int, int, str]) -> tuple[int, int]:
        start, end, _ = hit
        return (end, date.start) if end <= date.start else (date.end, start)

    def distance(hit: tuple[int, int, str]) -> tuple[int, int]:
        lo, hi = gap(hit)
        if lo >= hi:
            return (0, 0)
        strong = len(_STRONG_BREAK.findall(body, lo, hi))
        return (len(_BREAK.findall(body, lo, hi)) + MAX_TRIGGER_BREAKS * strong, hi - lo)

    # The distance in characters first: counting breaks over a long gap of a run-on
    # sentence, for every trigger in it, would cost its length times its triggers.
    close = [hit for hit in hits if gap(hit)[1] - gap(hit)[0] <= MAX_TRIGGER_CHARS]
    near = [hit for hit in close if distance(hit)[0] <= MAX_TRIGGER_BREAKS]
    typed = [hit for hit in near if hit[2] != OTHER]
    return min(typed or near, key=distance) if near else None


# --- merging ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Happening:
    """Mentions grouped as one happening, before they become an Event record."""

    date: str
    granularity: str
    first: str
    last: str
    type: str
    text: str
    participants: tuple[Participant, ...]
    sources: tuple[Source, ...]
    merged_because: tuple[str, ...]
    mod: str | None  # the date's TimeML mod when every source giving that date agrees on it

    def event(self, conflicts: tuple[str, ...]) -> Event:
        return Event(
            date=self.date,
            granularity=self.granularity,
            start=self.first,
            end=self.last,
            edtf=edtf(self.date, self.granularity, self.first, self.last, self.mod),
            type=self.type,
            text=self.text,
            entities=self.participants,
            sources=tuple(EventSource.of(source) for source in self.sources),
            conflicts=conflicts,
            merged_because=self.merged_because,
        )


def calendar_date(expression: TimeExpression) -> str:
    """The value at its calendar granularity: "2023-11-19TNI" -> "2023-11-19"."""
    return expression.calendar_value


FINE = {"month": 0, "week": 1, "weekend": 2, "day": 3}  # granularities that can contain one another


class _Groups:
    """Union-find over mentions that keeps, per group, the one day it is on (a group never
    holds two different days) and why each pair joined."""

    def __init__(self, members: Sequence[Source]) -> None:
        self.members = members
        self.parent = list(range(len(members)))
        self.reasons: dict[int, list[str]] = defaultdict(list)
        self.days = {i: calendar_date(m.mention.date) for i, m in enumerate(members)
                     if m.mention.date.granularity == "day"}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

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


def merge(sources: Iterable[Source]) -> list[Event]:
    """Group mentions of the same happening into events, in chronological order.

    Typed mentions join when they have the same type, share a participant and have
    compatible dates: the same date, or (sharing two participants) a day inside a
    weekend, a week or a month, or a weekend or week inside a month; never two
    different days, not even through a weekend both lie in.  A mention of type
    "other" joins only on the very same day: the typed event it shares most
    participants with, or else other untyped mentions.  Dates coarser than a month
    (years, quarters) join only the same value.

    Every step looks mentions up in indexes keyed by type, date and participant, so
    the cost grows with the mentions, not with their pairs (ten thousand articles
    telling one week).  The result depends only on the set of mentions, never on
    their order.
    """
    members = sorted(sources, key=_source_key)
    groups = _Groups(members)
    typed = [i for i, m in enumerate(members) if m.mention.type != OTHER]
    # 1. The same date, the same type, a shared participant.
    same: dict[tuple[str, str, str, str], int] = {}
    for i in typed:
        mention = members[i].mention
        for name in _names(mention):
            key = (mention.type, calendar_date(mention.date), mention.date.granularity or "", name)
            if key in same:
                groups.join(same[key], i, f"same {key[2]} {key[1]}, shared {name}, both {key[0]}")
            else:
                same[key] = i
    # 2. A finer date inside a coarser one, the same type, two shared participants.
    finer: dict[tuple[str, str, str, str, str], int] = {}
    for i in typed:
        mention = members[i].mention
        if mention.date.granularity in FINE and mention.date.granularity != "month":
            for pair in _pairs(mention):
                finer.setdefault((mention.type, mention.date.granularity, calendar_date(mention.date), *pair), i)
    for i in typed:
        mention = members[i].mention
        if mention.date.granularity not in ("month", "week", "weekend") or not mention.date.first:
            continue
        for granularity, value in _contained(mention.date):
            for pair in _pairs(mention):
                j = finer.get((mention.type, granularity, value, *pair))
                if j is not None:
                    groups.join(i, j, f"{granularity} {value} within {mention.date.granularity} "
                                      f"{calendar_date(mention.date)}, shared {', '.join(pair)}, both {mention.type}")
    # 3. Untyped mentions on the very same day.
    participants: dict[int, set[str]] = defaultdict(set)
    on_day: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in typed:
        mention = members[i].mention
        participants[groups.find(i)] |= set(_names(mention))
        if mention.date.granularity == "day":
            for name in _names(mention):
                on_day[(calendar_date(mention.date), name)].add(groups.find(i))
    loose: dict[tuple[str, str], int] = {}
    for i, source in enumerate(members):
        mention = source.mention
        if mention.type != OTHER or mention.date.granularity != "day":
            continue
        day, names = calendar_date(mention.date), set(_names(mention))
        roots = {root for name in names for root in on_day.get((day, name), ())}
        if roots:
            best = max(roots, key=lambda root: (len(names & participants[root]), -root))
            shared = sorted(names & participants[best])
            groups.join(best, i, f"same day {day}, shared {', '.join(shared)}, untyped joins typed")
            continue
        for name in sorted(names):
            if (day, name) in loose:
                groups.join(loose[(day, name)], i, f"same day {day}, shared {name}")
            else:
                loose[(day, name)] = i
    happenings = sorted((_happening([members[i] for i in indices], why) for indices, why in groups.groups()),
                        key=_happening_key)
    return [happening.event(conflicts) for happening, conflicts in zip(happenings, _conflicts(happenings),
                                                                        strict=True)]


def _names(mention: EventMention) -> list[str]:
    return sorted({p.name for p in mention.participants})


def _pairs(mention: EventMention) -> list[tuple[str, str]]:
    names = _names(mention)
    return [(a, b) for index, a in enumerate(names) for b in names[index + 1:]]


def _contained(date: TimeExpression) -> list[tuple[str, str]]:
    """The (granularity, value) of every day, week and weekend inside a month, week or weekend."""
    assert date.first and date.last
    first, last = day_of.fromisoformat(date.first), day_of.fromisoformat(date.last)
    found: list[tuple[str, str]] = []
    day = first
    while day <= last:
        found.append(("day", day.isoformat()))
        year, week, weekday = day.isocalendar()
        monday = day - timedelta(days=weekday - 1)
        if date.granularity == "month" and weekday == 1 and monday + timedelta(days=6) <= last:
            found.append(("week", f"{year}-W{week:02d}"))
        if date.granularity in ("month", "week") and weekday == 6 and day + timedelta(days=1) <= last:
            found.append(("weekend", f"{year}-W{week:02d}-WE"))
        day += timedelta(days=1)
    return found


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


def _source_key(source: Source) -> tuple[str, int, int]:
    return (source.doc, source.mention.sentence_start, source.mention.date.start)


def _happening(group: Sequence[Source], reasons: tuple[str, ...]) -> _Happening:
    # The most precise date any source gives: a day told within a weekend is that day.
    date = max((s.mention.date for s in group), key=lambda d: GRANULARITY_RANK.get(d.granularity or "", -1))
    kinds = Counter(s.mention.type for s in group if s.mention.type != OTHER)
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else OTHER
    # "around November 2023" in one source and "in November 2023" in another: the month
    # is not approximate, so the event keeps a mod only when all its sources say it.
    mods = {s.mention.date.mod for s in group
            if calendar_date(s.mention.date) == calendar_date(date) and s.mention.date.granularity == date.granularity}
    participants: dict[str, Participant] = {}
    for source in group:
        for participant in source.mention.participants:
            participants.setdefault(participant.name, participant)
    return _Happening(
        date=calendar_date(date),
        granularity=date.granularity or "",
        first=date.first or "",
        last=date.last or "",
        type=kind,
        text=group[0].mention.sentence,
        participants=tuple(sorted(participants.values(), key=lambda p: p.name)),
        sources=tuple(group),
        merged_because=reasons,
        mod=mods.pop() if len(mods) == 1 else None,
    )


def _happening_key(event: _Happening) -> tuple[Any, ...]:
    # Earlier start first; on the same start a year before its months and days.
    return (event.first, GRANULARITY_RANK.get(event.granularity, 99), event.last,
            _source_key(event.sources[0]), event.text)
