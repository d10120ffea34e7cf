"""The parties a fact can take, and the sentence the fact readers look at."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ainews_cli import languages
from ainews_cli.records import EntityMention, TimeExpression


@dataclass(frozen=True)
class Party:
    """An entity that can take part in a fact: a mention, or a description ("the
    company", "der Konzern") or pronoun ("it") standing for one."""

    name: str
    label: str
    start: int
    end: int
    derived: bool = False  # a description or pronoun


@dataclass(frozen=True)
class Here:
    """One sentence as the fact readers see it."""

    body: str  # the document as written: what a fact quotes
    start: int
    end: int
    lang: str
    text: str  # the sentence, folded to one line
    mentions: Sequence[Party]
    names: tuple[str, ...]  # the names of the sentence's entities, in order
    dates: Sequence[TimeExpression]
    src: str  # the body as the patterns read it: folded for a Chinese sentence (han.normalised)


class Context:
    """The organisations named in the sentences before, for descriptions and pronouns."""

    def __init__(self) -> None:
        self.sentences: list[list[Party]] = []

    def add(self, parties: list[Party]) -> None:
        self.sentences.append([p for p in parties if p.label == "ORG"])

    def recent(self, back: int = 2) -> list[Party]:
        return [p for sentence in self.sentences[-back:] for p in sentence]

    def first_of_last(self) -> Party | None:
        last = self.sentences[-1] if self.sentences else []
        return last[0] if last else None


_DESCRIPTION = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.description_patterns") + r")(?![\w-])", re.I)
_PRONOUN = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.pronoun_patterns") + r")(?![\w-])", re.I)
_CITED_BEFORE = re.compile(r"(?:" + languages.alternation("facts.attribution_before") + r")\s+(?:the\s+)?$", re.I)
_CITED_AFTER = re.compile(r"^\s*,?\s*(?:" + languages.alternation("facts.attribution_after") + r")\b", re.I)


def parties(src: str, start: int, end: int, mentions: Sequence[EntityMention], publishers: frozenset[str],
            context: Context) -> list[Party]:
    """The sentence's possible parties: its entities less publishers and cited sources
    ("according to Semafor", "Bloomberg reported"), and the organisations its
    descriptions and pronouns stand for."""
    found: list[Party] = []
    for mention in mentions:
        if mention.name in publishers:
            continue
        if _CITED_BEFORE.search(src[max(start, mention.start - 30): mention.start]) \
                or _CITED_AFTER.match(src[mention.end: min(end, mention.end + 30)]):
            continue
        found.append(Party(mention.name, mention.label, mention.start, mention.end))
    descriptions = list(_DESCRIPTION.finditer(src, start, end))
    # A description that takes a name in ("der US-Konzern", "dem ChatGPT-Entwickler") stands for
    # an organisation, not for the name inside it.
    found = [p for p in found if not any(d.start() <= p.start and p.end <= d.end() for d in descriptions)]
    taken = [(m.start, m.end) for m in mentions
             if not any(d.start() <= m.start and m.end <= d.end() for d in descriptions)]
    derived: list[Party] = []
    for match in sorted([*descriptions, *_PRONOUN.finditer(src, start, end)], key=lambda m: m.start()):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if _PRONOUN.fullmatch(match.group(0)):
            # "it", "its": the sentence's first organisation before it, else the last sentence's first.
            before = next((p for p in found if p.label == "ORG" and p.end <= match.start()), None)
            org = before or context.first_of_last()
        else:
            # "the company", "der Konzern": the organisation named last before it, unless the
            # sentence names it after the description or another description stands for it.
            later = {p.name for p in found if p.start > match.start()}
            used = {p.name for p in derived}
            earlier = [p for p in (*context.recent(), *found, *derived)
                       if p.label == "ORG" and p.end <= match.start()]
            org = next((p for p in reversed(earlier) if p.name not in later | used), None)
        if org is not None:
            derived.append(Party(org.name, "ORG", match.start(), match.end(), derived=True))
    return sorted([*found, *derived], key=lambda p: (p.start, p.end))
