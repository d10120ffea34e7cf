"""The typed records that flow through the pipeline, and their one JSON shape.

Every record is a frozen dataclass: a pure value, built once and never mutated.
``to_dict()`` is the canonical wire format used by the store, by ``--format json``
and by the tests; field names are decided here and nowhere else (docs/json.md
documents them).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Granularities a calendar value can have, coarsest first.  The rank orders the
# timeline: a year sorts before the months and days that start on the same day.
GRANULARITIES = (
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "weekend",
    "day",
)
GRANULARITY_RANK = {name: rank for rank, name in enumerate(GRANULARITIES)}


@dataclass(frozen=True)
class PubDate:
    """A document's publication date and where it came from.

    ``date`` is ISO 8601 at its own precision ("2023-11-20", "2023-11", "2023");
    ``source`` says how it was found: front_matter, json, html:meta, html:json-ld,
    html:time, feed:published, feed:updated, dateline, byline, url (docs/inputs.md).
    """

    date: str
    source: str

    @property
    def granularity(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.date)]

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "source": self.source}


@dataclass(frozen=True)
class Span:
    """A run of body text in one language (``script`` says how it was decided)."""

    start: int
    end: int
    lang: str
    method: str  # "document", "script", "stopwords"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "lang": self.lang, "method": self.method}


@dataclass(frozen=True)
class Anchor:
    """The reference a relative temporal expression was resolved against."""

    source: str  # "published" (the document's date) or "mentioned" (an earlier date in the text)
    value: str  # the reference value, TimeML syntax
    text: str | None = None  # for "mentioned": the phrase that supplied it
    start: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "value": self.value, "text": self.text, "start": self.start}


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression found in a document, normalised TimeML-style.

    ``value`` uses TimeML value syntax ("2023-11-17", "2023-11", "2023-W46-WE",
    "2023-11-19TNI", "P2Y", "PRESENT_REF", "XXXX-WXX-5" when unanchored).
    ``granularity`` is the calendar unit of the value (see GRANULARITIES) or None
    for durations, sets and references. ``first``/``last`` are the ISO days that
    bound the value on the calendar (None when it is not a calendar interval).
    ``anchored`` is False for a relative expression that had nothing to resolve
    against; such an expression never reaches the timeline.
    """

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str | None
    anchored: bool
    first: str | None = None
    last: str | None = None
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, ...
    anchor: Anchor | None = None

    @property
    def on_calendar(self) -> bool:
        return self.anchored and self.first is not None and self.granularity is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "granularity": self.granularity,
            "anchored": self.anchored,
            "first": self.first,
            "last": self.last,
            "mod": self.mod,
            "anchor": self.anchor.to_dict() if self.anchor else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpression:
        anchor = data.get("anchor")
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            type=data["type"],
            value=data["value"],
            granularity=data["granularity"],
            anchored=data["anchored"],
            first=data.get("first"),
            last=data.get("last"),
            mod=data.get("mod"),
            anchor=Anchor(**anchor) if anchor else None,
        )


@dataclass(frozen=True)
class EntityMention:
    """One mention of an entity: the surface text, its span, its label and canonical name."""

    text: str
    start: int
    end: int
    label: str  # PERSON, ORG, LOC, PRODUCT, EVENT, MISC
    name: str  # canonical name
    source: str  # "model:<pipeline>", "alias", "alias-guarded"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "name": self.name,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntityMention:
        return cls(**data)


def within(items: Sequence[Any], starts: Sequence[int], start: int, end: int) -> list[Any]:
    """The items (sorted by ``start``, ``starts`` their starts) lying inside [start, end):
    a bisection, so going through a document's sentences stays linear."""
    return [item for item in items[bisect_left(starts, start): bisect_left(starts, end)] if item.end <= end]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    lang: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "lang": self.lang}


@dataclass(frozen=True)
class Participant:
    name: str
    type: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type}


@dataclass(frozen=True)
class EventMention:
    """A dated sentence: one per (sentence, calendar date) pair in one document.

    Extractions are cached by content, so the document's name is not part of it;
    the store pairs mentions with the documents they came from.
    """

    lang: str
    sentence: str
    sentence_start: int
    sentence_end: int
    date: TimeExpression
    participants: tuple[Participant, ...]
    type: str  # event type from the trigger lexicon, "other" when none fits
    trigger: str | None
    amounts: tuple[tuple[str, float, str], ...] = ()  # (phrase, amount, currency) stated in the sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "date": self.date.to_dict(),
            "participants": [p.to_dict() for p in self.participants],
            "type": self.type,
            "trigger": self.trigger,
            "amounts": [{"text": text, "amount": amount, "currency": currency}
                        for text, amount, currency in self.amounts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventMention:
        return cls(
            lang=data["lang"],
            sentence=data["sentence"],
            sentence_start=data["sentence_start"],
            sentence_end=data["sentence_end"],
            date=TimeExpression.from_dict(data["date"]),
            participants=tuple(Participant(**p) for p in data["participants"]),
            type=data["type"],
            trigger=data["trigger"],
            amounts=tuple((a["text"], a["amount"], a["currency"]) for a in data.get("amounts", [])),
        )


@dataclass(frozen=True)
class Fact:
    """Something one sentence states: a role, a money amount, a percentage.

    ``entities`` are the canonical names mentioned in the sentence; for a role the
    attributes say who holds which role where (``person``, ``role``, ``org``,
    ``qualifier`` such as then/former/interim); for money ``amount``, ``currency``
    and ``qualifier`` (about, over, almost); for a percentage ``values``.
    """

    kind: str  # role, money, percent
    text: str  # the phrase that states it
    start: int
    end: int
    sentence: str
    sentence_start: int
    entities: tuple[str, ...]
    attributes: tuple[tuple[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            **dict(self.attributes),
            "entities": list(self.entities),
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        fixed = {"kind", "text", "start", "end", "sentence", "sentence_start", "entities"}
        return cls(
            kind=data["kind"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            sentence=data["sentence"],
            sentence_start=data["sentence_start"],
            entities=tuple(data["entities"]),
            attributes=tuple((k, v) for k, v in data.items() if k not in fixed),
        )


@dataclass(frozen=True)
class Document:
    """A document as read from its source, before any NLP.

    ``body`` is the text that all character offsets refer to: the file after its
    front matter, or a JSON record's ``text`` field exactly.
    """

    doc: str  # the path as given (or path#id for JSON records, stdin:<hash> for stdin)
    body: str
    title: str | None = None
    url: str | None = None
    lang: str | None = None  # declared in metadata
    published: PubDate | None = None
    authors: tuple[str, ...] = ()


class EncodedRecord(str):
    """A record already in its documented JSON shape, the text json.dumps(record,
    ensure_ascii=False) gives, as the store keeps merged events: the JSON writers
    write it as it is, the other formats decode it first."""

    def decode(self) -> dict[str, Any]:
        return json.loads(self)
