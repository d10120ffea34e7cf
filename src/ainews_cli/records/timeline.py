"""The timeline: events merged from the mentions of one happening, and their sources."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ainews_cli.records.base import JSON
from ainews_cli.records.documents import Anchor, Participant, Source
from ainews_cli.records.inference import INFERRED


@dataclass(frozen=True)
class EventSource:
    """One document's telling of an event: the sentence and the date phrase in it."""

    doc: str
    lang: str
    sentence: str
    start: int
    end: int
    date_text: str
    date_start: int
    date_value: str
    anchor: Anchor | None
    trigger: str | None
    copy_of: str | None = None  # the original, where this document is a copy of another (copies.py)

    @classmethod
    def of(cls, source: Source, copy_of: str | None = None) -> EventSource:
        mention = source.mention
        return cls(source.doc, mention.lang, mention.sentence, mention.sentence_start, mention.sentence_end,
                   mention.date.text, mention.date.start, mention.date.value, mention.date.anchor, mention.trigger,
                   copy_of)

    def to_dict(self) -> JSON:
        return {
            "doc": self.doc,
            "lang": self.lang,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "date_text": self.date_text,
            "date_start": self.date_start,
            "date_value": self.date_value,
            "anchor": self.anchor.to_dict() if self.anchor else None,
            "trigger": self.trigger,
            "copy_of": self.copy_of,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventSource:
        return cls(data["doc"], data["lang"], data["sentence"], data["start"], data["end"], data["date_text"],
                   data["date_start"], data["date_value"], Anchor.from_dict(data["anchor"]), data["trigger"],
                   data.get("copy_of"))


@dataclass(frozen=True)
class Event:
    """A happening on the timeline: the mentions of it merged, in one record.

    ``start``/``end`` are the days its date covers; ``edtf`` the date in EDTF;
    ``merged_because`` says why the mentions merged (None when not asked for).
    """

    date: str
    granularity: str
    start: str
    end: str
    edtf: str | None
    type: str
    headline: str  # who did what, in at most 90 characters (headlines.py)
    text: str
    entities: tuple[Participant, ...]
    sources: tuple[EventSource, ...]
    conflicts: tuple[str, ...] = ()
    importance: float = 0.0  # how much it matters in its pile (importance.py)
    independent_sources: int = 0  # distinct sites telling it, a copy counted as its original
    merged_because: tuple[str, ...] | None = None

    def to_dict(self) -> JSON:
        record: JSON = {
            "date": self.date,
            "granularity": self.granularity,
            "start": self.start,
            "end": self.end,
            "edtf": self.edtf,
            "type": self.type,
            "headline": self.headline,
            "text": self.text,
            "entities": [p.to_dict() for p in self.entities],
            "sources": [s.to_dict() for s in self.sources],
            "conflicts": list(self.conflicts),
            "importance": self.importance,
            "independent_sources": self.independent_sources,
        }
        if self.merged_because is not None:
            record["merged_because"] = list(self.merged_because)
        return record

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        because = data.get("merged_because")
        return cls(
            date=data["date"],
            granularity=data["granularity"],
            start=data["start"],
            end=data["end"],
            edtf=data["edtf"],
            type=data["type"],
            headline=data["headline"],
            text=data["text"],
            entities=tuple(Participant.from_dict(p) for p in data["entities"]),
            sources=tuple(EventSource.from_dict(s) for s in data["sources"]),
            conflicts=tuple(data["conflicts"]),
            importance=data["importance"],
            independent_sources=data["independent_sources"],
            merged_because=tuple(because) if because is not None else None,
        )

    @property
    def names(self) -> set[str]:
        return {p.name for p in self.entities}

    @property
    def inferred(self) -> bool:
        """Whether the event's date is given only by sources placed through an inferred
        publication date (records.inference): the table marks it, iCalendar leaves it out."""
        giving = [s for s in self.sources if s.date_value.split("T")[0] == self.date]
        return bool(giving) and all(s.anchor is not None and s.anchor.source == INFERRED for s in giving)

    @property
    def langs(self) -> set[str]:
        return {s.lang for s in self.sources}

    def digest(self) -> Event:
        """The event with only the sources a table reads: the first in each language, and
        of those that give its date the first placed through an inferred publication date
        and the first not, so ``inferred`` and ``langs`` stay as they are.  A table of a
        pile with thousands of copies reads this, not every source (the store keeps both)."""
        kept: dict[object, int] = {}
        for index, source in enumerate(self.sources):
            kept.setdefault(("lang", source.lang), index)
            if source.date_value.split("T")[0] == self.date:
                kept.setdefault(("gives", source.anchor is not None and source.anchor.source == INFERRED), index)
        return replace(self, sources=tuple(self.sources[i] for i in sorted(set(kept.values()))))


@dataclass(frozen=True)
class Story:
    """A record of `ainews timeline --group-by entity`: one participant's events in order."""

    entity: str
    type: str
    events: tuple[Event, ...]

    def to_dict(self) -> JSON:
        return {"entity": self.entity, "type": self.type, "events": [event.to_dict() for event in self.events]}
