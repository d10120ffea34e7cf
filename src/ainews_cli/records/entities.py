"""Entities across documents: name counts, summaries and profiles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ainews_cli.codec import Encoded
from ainews_cli.records.base import JSON
from ainews_cli.records.facts import DocumentFact, MergedRole
from ainews_cli.records.timeline import Event


@dataclass(frozen=True)
class NameCount:
    """Mentions of a canonical name counted by label, surface form, how it was named and language."""

    name: str
    label: str
    text: str
    source: str
    lang: str
    mentions: int


@dataclass(frozen=True)
class AliasCount:
    text: str
    count: int

    def to_dict(self) -> JSON:
        return {"text": self.text, "count": self.count}


@dataclass(frozen=True)
class AliasWay:
    text: str
    count: int
    how: str

    def to_dict(self) -> JSON:
        return {"text": self.text, "count": self.count, "how": self.how}


@dataclass(frozen=True)
class Explanation:
    """Why these mentions are one entity: how each surface form reached the name, and how
    the type was settled."""

    aliases: tuple[AliasWay, ...]
    type: str

    def to_dict(self) -> JSON:
        return {"aliases": [way.to_dict() for way in self.aliases], "type": self.type}


@dataclass(frozen=True)
class EntitySummary:
    """A record of `ainews entities`: one canonical entity across the documents."""

    name: str
    type: str
    wikidata: str | None
    aliases: tuple[AliasCount, ...]
    mentions: int
    documents: tuple[str, ...]
    languages: tuple[str, ...]
    explain: Explanation | None = None

    def to_dict(self) -> JSON:
        record: JSON = {
            "name": self.name,
            "type": self.type,
            "wikidata": self.wikidata,
            "aliases": [alias.to_dict() for alias in self.aliases],
            "mentions": self.mentions,
            "documents": list(self.documents),
            "languages": list(self.languages),
        }
        if self.explain is not None:
            record["explain"] = self.explain.to_dict()
        return record


@dataclass(frozen=True)
class Companion:
    name: str
    sentences: int

    def to_dict(self) -> JSON:
        return {"name": self.name, "sentences": self.sentences}


@dataclass(frozen=True)
class Profile:
    """An entity's profile: its summary, the events it takes part in, the entities it
    appears with, the roles stated in sentences naming it (each once, with every source)
    and the other facts stated there."""

    entity: EntitySummary
    events: Sequence[Encoded[Event]]
    appears_with: tuple[Companion, ...]
    facts: Sequence[Encoded[DocumentFact]]
    roles: tuple[MergedRole, ...] = ()

    def to_dict(self) -> JSON:
        # events and facts stay as the store keeps them; codec.py writes their text as it is.
        return {**self.entity.to_dict(), "events": list(self.events),
                "appears_with": [c.to_dict() for c in self.appears_with],
                "roles": [role.to_dict() for role in self.roles], "facts": list(self.facts)}
