"""Find temporal expressions in a body and normalise them TimeML-style.

Candidates come from one combined regex pass per language span (``registry.py``
compiles each language's pattern); each rule kind has a handler (``handlers.py``)
that turns the match into a ``TimeExpression``.  Handlers run in text order so
narrative expressions ("two years later") can use the calendar expressions resolved
before them; clock times run last because their day may be named later in the
sentence ("at 10 a.m. on Friday").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import PubDate, Span, TimeExpression
from .context import Candidate, Context
from .handlers import HANDLERS
from .lexicon import Lexicon
from .registry import LEXICONS, language_pattern

ABSOLUTE_KINDS = frozenset({"iso", "dmy_num", "zh_ymd", "mdy", "dmy", "month_year"})


def candidate_from_match(match: re.Match[str], lex: Lexicon) -> Candidate:
    kind = match.lastgroup or ""
    prefix = kind + "__"
    groups = {name[len(prefix):]: text for name, text in match.groupdict().items()
              if text is not None and name.startswith(prefix)}
    return Candidate(kind, match.start(), match.end(), groups, lex)


def find_candidates(text: str, spans: Sequence[Span]) -> list[Candidate]:
    found: list[Candidate] = []
    for span in spans:
        pattern = language_pattern(span.lang)
        if pattern is None:
            continue
        lex = LEXICONS[span.lang]
        found.extend(candidate_from_match(m, lex) for m in pattern.finditer(text, span.start, span.end))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for candidate in found:  # spans should not overlap, but never emit overlapping output
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


def find_dates(text: str, *, spans: Sequence[Span], sentences: Sequence[tuple[int, int]],
               published: PubDate | None) -> list[TimeExpression]:
    """All temporal expressions in ``text``, sorted by start and non-overlapping."""
    candidates = find_candidates(text, spans)
    ctx = Context(body=text, published=published, sentences=sorted(sentences), candidates=candidates)
    clocks = []
    for candidate in candidates:
        if candidate.kind == "clock":
            clocks.append(candidate)
            continue
        expression = HANDLERS[candidate.kind](candidate, ctx)
        if expression is not None:
            ctx.resolved.append(expression)
    timed = [e for c in clocks if (e := HANDLERS["clock"](c, ctx)) is not None]
    return sorted([*ctx.resolved, *timed], key=lambda e: e.start)


def absolute_value(match: re.Match[str], lex: Lexicon, body: str) -> str | None:
    """The value of a fully written date matched by a language pattern, else None."""
    candidate = candidate_from_match(match, lex)
    if candidate.kind not in ABSOLUTE_KINDS or "mod" in candidate.groups:
        return None
    expression = HANDLERS[candidate.kind](candidate, Context(body, None, (), [candidate]))
    if expression is None:
        return None
    return expression.value.split("T")[0]
