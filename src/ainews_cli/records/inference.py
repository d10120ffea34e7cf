"""An inferred publication date: the days an undated document was published on, as the
happenings it tells with relative dates and other documents date give them, and why.

infer.py makes these; the store keeps one per undated document (with the reason when
nothing is inferred); `ainews extract` shows it as the document's ``published`` (source
``inferred``) and, with --explain, as its ``inference``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ainews_cli.records.base import JSON

INFERRED = "inferred"  # published.source and anchor.source of what an inferred date places


def days_value(first: str, last: str) -> str:
    """A run of days as ISO 8601 writes it: the day itself, or the interval "first/last"."""
    return first if first == last else f"{first}/{last}"


@dataclass(frozen=True)
class MatchedEvent:
    """A dated happening elsewhere in the store that a relative mention tells: its date,
    type and headline, and the documents that date it."""

    date: str
    type: str
    headline: str
    docs: tuple[str, ...]

    def to_dict(self) -> JSON:
        return {"date": self.date, "type": self.type, "headline": self.headline, "docs": list(self.docs)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MatchedEvent:
        return cls(data["date"], data["type"], data["headline"], tuple(data["docs"]))


@dataclass(frozen=True)
class Evidence:
    """One relative mention of the undated document that tells a dated happening: the date
    phrase, its sentence and type, the publication days it allows (``implies``, runs of
    days) and the happenings it matched."""

    text: str
    start: int
    sentence: str
    type: str
    implies: tuple[str, ...]  # "2023-11-17/2023-11-21", one per run of days
    events: tuple[MatchedEvent, ...]

    def to_dict(self) -> JSON:
        return {"text": self.text, "start": self.start, "sentence": self.sentence, "type": self.type,
                "implies": list(self.implies), "events": [event.to_dict() for event in self.events]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(data["text"], data["start"], data["sentence"], data["type"], tuple(data["implies"]),
                   tuple(MatchedEvent.from_dict(event) for event in data["events"]))


@dataclass(frozen=True)
class Inference:
    """What inference made of one undated document: the days it was published on
    (``first``..``last``; None when nothing is inferred), why, the mentions that agree
    (``evidence``) and what speaks against a date (``against``)."""

    first: str | None
    last: str | None
    reason: str
    evidence: tuple[Evidence, ...] = ()
    against: tuple[str, ...] = ()

    @property
    def inferred(self) -> bool:
        return self.first is not None and self.last is not None

    @property
    def date(self) -> str | None:
        """The inferred date as ISO 8601: a day, or the interval of the days it may be."""
        return days_value(self.first, self.last) if self.first and self.last else None

    def published(self) -> JSON:
        """The document's ``published`` when the date is inferred."""
        return {"date": self.date, "source": INFERRED, "first": self.first, "last": self.last,
                "evidence": [evidence.to_dict() for evidence in self.evidence]}

    def to_dict(self) -> JSON:
        return {"date": self.date, "first": self.first, "last": self.last, "reason": self.reason,
                "evidence": [evidence.to_dict() for evidence in self.evidence], "against": list(self.against)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Inference:
        return cls(data["first"], data["last"], data["reason"],
                   tuple(Evidence.from_dict(evidence) for evidence in data["evidence"]), tuple(data["against"]))
