"""Resolving an undated document's dates again, against a publication date found later.

The analysis keeps, for a document without a publication date, the sentences that hold
its temporal expressions (``Passage``).  Given a day, ``resolve_passages`` runs the same
tagger over them as the analysis ran over the body, so "am Freitag" gets exactly the
value it would have had in a document of that day, with no spaCy and no body: the
sentences stand at their own offsets in a text of blanks, each a span of its language.
A handler reads nothing outside an expression's sentence but the expressions resolved
before it, which the passages hold, and which sentence each lies in (the bounds of every
sentence are kept with the extraction), so the values are those of the whole body.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Passage, PubDate, Sentence, Span, TimeExpression
from .handlers import _direction
from .tagger import find_candidates, find_dates

BARE_KINDS = frozenset({"weekday", "weekend"})


def passages(text: str, sentences: Sequence[Sentence], dates: Sequence[TimeExpression]) -> list[Passage]:
    """The sentences of ``text`` that hold one of ``dates``, with their text."""
    starts = sorted({d.start for d in dates})
    kept, index = [], 0
    for sentence in sorted(sentences, key=lambda s: (s.start, s.end)):
        while index < len(starts) and starts[index] < sentence.start:
            index += 1
        if index < len(starts) and starts[index] < sentence.end:
            kept.append(Passage(sentence.start, text[sentence.start:sentence.end], sentence.lang))
    return kept


def resolve_passages(found: Sequence[Passage], published: PubDate,
                     sentences: Sequence[tuple[int, int]] = ()) -> dict[tuple[int, int], TimeExpression]:
    """Every temporal expression of the passages resolved against ``published``, by its span.

    ``sentences``: the bounds of all the document's sentences, as the analysis found them.
    "Two days later" looks for a date in its own sentence or the one before, so a
    sentence without a date between them must still count."""
    if not found:
        return {}
    ordered = sorted(found, key=lambda p: p.start)
    parts: list[str] = []
    at = 0
    for passage in ordered:
        if passage.start < at:  # overlapping sentences: never the analysis's, but never misread either
            continue
        parts.extend((" " * (passage.start - at), passage.text))
        at = passage.end
    ends = [end for _, end in sentences]
    parts.append(" " * max(0, max(ends, default=0) - at))
    text = "".join(parts)
    kept = [p for p in ordered if text[p.start:p.end] == p.text]
    bounds = sorted(set(sentences)) if sentences else [(p.start, p.end) for p in kept]
    expressions = find_dates(text, spans=[Span(p.start, p.end, p.lang, "block") for p in kept],
                             sentences=bounds, published=published)
    return {(e.start, e.end): e for e in expressions}


def is_bare(text: str, lang: str) -> bool:
    """Whether a date phrase is a weekday or a weekend named without "last", "next" or
    "this" ("am Freitag", "over the weekend", "Sonntagnacht"): news names such a day only
    while it is recent, which a calendar rule alone does not say."""
    found = find_candidates(text, [Span(0, len(text), lang, "block")])
    if len(found) != 1 or found[0].kind not in BARE_KINDS:
        return False
    candidate = found[0]
    if candidate.kind == "weekday":
        return "rel" not in candidate.groups
    return _direction(candidate.lex, text[candidate.start:candidate.end]) == 0
