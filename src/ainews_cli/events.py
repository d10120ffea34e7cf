"""Event mentions: a dated sentence where something happens becomes an event mention,
typed by the trigger nearest its date.  Pure functions only; merge.py merges the
mentions of one happening into events.

A mention needs a calendar date (anchored, with a granularity) and either a
participant (a named entity in the sentence) or an event trigger.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ainews_cli import languages
from ainews_cli.records import (
    EntityMention,
    EventMention,
    Participant,
    Sentence,
    TimeExpression,
    within,
)

PARTICIPANT_LABELS = {"PERSON", "ORG", "PRODUCT", "LOC", "EVENT"}
OTHER = "other"


@dataclass(frozen=True)
class Triggers:
    patterns: dict[str, re.Pattern[str]]  # lang -> one pattern; group name = event type

    def find(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        pattern = self.patterns.get(lang)
        if pattern is None:
            return []
        return [(m.start(), m.end(), m.lastgroup or OTHER) for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def load_triggers() -> Triggers:
    data = json.loads(resources.files("ainews_cli").joinpath("data/triggers.json").read_text("utf-8"))
    by_lang: dict[str, list[str]] = defaultdict(list)
    for kind, langs in data["types"].items():
        for lang, words in langs.items():
            alternatives = []
            for word in sorted(words, key=len, reverse=True):
                whole = word.endswith("$")
                body = re.escape(word.rstrip("$")).replace(r"\ ", r"\s+")
                alternatives.append(body + (r"\b" if whole else r"\w*"))
            by_lang[lang].append(f"(?P<{kind}>" + "|".join(alternatives) + ")")
    # Case-insensitive on the first letter only would be ideal; German nouns are
    # capitalised, English verbs may start a sentence: match case-insensitively.
    return Triggers({lang: re.compile(r"(?<![\w-])(?:" + "|".join(groups) + ")", re.I)
                     for lang, groups in by_lang.items()})


MAX_TRIGGER_BREAKS = 3  # clause breaks between a date and the trigger that types it
MAX_TRIGGER_CHARS = 140
PARTICIPANT_WINDOW = 60  # participants stand this near the date or the trigger
# Clause breaks: punctuation, and words of every language ("but", "aber"; data/languages/*.toml).
_BREAK = re.compile(r"[,()—–]| - |\b(?:" + languages.alternation("events.clause_breaks") + r")\b")
_STRONG_BREAK = re.compile(r"[;:]")  # counts as MAX_TRIGGER_BREAKS: a trigger beyond it is elsewhere
# A date inside "according to a Semafor report earlier this year" dates the report,
# not the happening the sentence tells.
_ATTRIBUTION = re.compile(r"\b(?:" + languages.alternation("events.attribution") + r")\b", re.I)
_INNER_BULLET = re.compile(r"\n\s*[-*•]\s+")
_FIRST_PERSON = re.compile(r"\b(?:" + languages.alternation("events.first_person_patterns") + r")\b")
# Copyright and photo credits, captions with a credit, bylines, navigation: no event is told there.
_BOILERPLATE = re.compile(languages.alternation("events.boilerplate_patterns"), re.I)


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
    are left out, as are credits, captions with a credit, bylines and navigation.
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
        if _BOILERPLATE.search(text):
            continue
        in_sentence = within(entities, entity_starts, start, end)
        hits = [(s + start, e + start, kind) for s, e, kind in triggers.find(text, lang)]
        for date in on_calendar:
            if _is_dateline(text, date):
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


def _nearest_trigger(date: TimeExpression, hits: Sequence[tuple[int, int, str]],
                     body: str) -> tuple[int, int, str] | None:
    """The trigger closest to the date, counting clause breaks between them first:
    in "co-founded OpenAI in 2015 but left in 2018, sued" 2018 goes with "left".
    A trigger too far away, or beyond a ";" or ":", does not type the date."""

    def distance(hit: tuple[int, int, str]) -> tuple[int, int]:
        start, end, _ = hit
        lo, hi = (end, date.start) if end <= date.start else (date.end, start)
        if lo >= hi:
            return (0, 0)
        strong = len(_STRONG_BREAK.findall(body, lo, hi))
        return (len(_BREAK.findall(body, lo, hi)) + MAX_TRIGGER_BREAKS * strong, hi - lo)

    near = [hit for hit in hits
            if distance(hit)[0] <= MAX_TRIGGER_BREAKS and distance(hit)[1] <= MAX_TRIGGER_CHARS]
    return min(near, key=distance) if near else None


# --- merging ----------------------------------------------------------------------
