"""Importance: how much an event matters in the pile it was merged from.  Pure functions.

An event's importance adds up, each part documented in docs/events.md:

- its independent sources: distinct sites (the host of a document's URL; a document
  without one is its own source), a copy counting as its original (log2(1 + n), twice);
- the languages it is told in (half a point for each beyond the first);
- how many documents refer to its date: tell an event on the very date (for a day, also
  in the week or weekend holding it) (log2(1 + n));
- its participants' prominence: the share of the pile's documents whose events name
  them, for the two most prominent (up to two points);
- its precision: a day two points, a week or weekend one and a half, a month one, a
  season, quarter or half a half (a year-dated mention is background more often than
  news: "founded in 2015" is repeated by every article about the company);
- its type: half a point for a typed event.

So an event told by many sites in several languages, on a day many documents speak
of, about the companies and people the pile is about, comes first; a year mentioned
in passing comes last.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as day_of
from datetime import timedelta

from ainews_cli.records import Participant, Source

PRECISION = {"day": 2.0, "weekend": 1.5, "week": 1.5, "month": 1.0, "season": 0.5, "quarter": 0.5, "half": 0.5}


@dataclass(frozen=True)
class Pile:
    """What importance is measured against: the documents and what their events name and date."""

    documents: int
    sites: Mapping[str, str]  # doc -> its site (URL host), or the doc itself
    name_documents: Mapping[str, int]  # participant -> how many documents' events name it
    on_value: Mapping[str, frozenset[str]]  # a calendar value -> the documents with an event mention on it
    spans: Sequence[tuple[str, str, str]]  # (first day, last day, doc) of week and weekend mentions, by first day
    firsts: Sequence[str]

    @classmethod
    def of(cls, members: Sequence[Source], sites: Mapping[str, str]) -> Pile:
        names: dict[str, set[str]] = defaultdict(set)
        values: dict[str, set[str]] = defaultdict(set)
        spans = []
        for source in members:
            for participant in source.mention.participants:
                names[participant.name].add(source.doc)
            date = source.mention.date
            values[date.calendar_value].add(source.doc)
            if date.granularity in ("week", "weekend") and date.first and date.last:
                spans.append((date.first, date.last, source.doc))
        spans.sort()
        return cls(len({source.doc for source in members}), sites, {name: len(docs) for name, docs in names.items()},
                   {value: frozenset(docs) for value, docs in values.items()}, spans, [first for first, _, _ in spans])

    def site(self, doc: str) -> str:
        return self.sites.get(doc) or doc

    def documents_on(self, value: str, granularity: str, first: str) -> int:
        """Documents with an event mention on this date (a day: also in the week or weekend holding it)."""
        docs = set(self.on_value.get(value, ()))
        if granularity == "day" and first:
            earliest = (day_of.fromisoformat(first) - timedelta(days=7)).isoformat()
            docs |= {doc for start, end, doc in self.spans[bisect_left(self.firsts, earliest):
                                                           bisect_right(self.firsts, first)] if start <= first <= end}
        return len(docs)


@dataclass(frozen=True)
class Weight:
    importance: float
    independent: int  # distinct sites telling the event, a copy counted as its original


def weigh(sources: Sequence[Source], participants: Sequence[Participant], value: str, first: str,
          granularity: str, typed: bool, pile: Pile) -> Weight:
    """The importance of an event made of these (original, not copied) sources."""
    independent = len({pile.site(source.doc) for source in sources})
    languages = len({source.mention.lang for source in sources})
    shares = sorted((pile.name_documents.get(p.name, 0) / max(pile.documents, 1) for p in participants),
                    reverse=True)[:2]
    on_date = pile.documents_on(value, granularity, first)
    score = (2 * math.log2(1 + independent) + 0.5 * (languages - 1) + math.log2(1 + on_date) + sum(shares)
             + PRECISION.get(granularity, 0.0) + (0.5 if typed else 0.0))
    return Weight(round(score, 3), independent)
