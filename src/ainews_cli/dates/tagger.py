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

from .. import han
from ..records import PubDate, Span, TimeExpression
from .context import Candidate, Context, make
from .handlers import HANDLERS
from .lang_zh import ROC_YEAR_ONE
from .lexicon import Lexicon
from .registry import LEXICONS, language_pattern

ABSOLUTE_KINDS = frozenset({"iso", "dmy_num", "zh_ymd", "mdy", "dmy", "month_year"})
# Groups that hold a number the handlers read with int(): Chinese numerals become digits.
_NUMBER_GROUPS = frozenset({"year", "month", "day", "mday", "hour", "hour2", "minute", "minute2"})
# Languages whose rules read the text folded (han.normalised): Traditional as Simplified.
FOLDED = han.FOLDED


def candidate_from_match(match: re.Match[str], lex: Lexicon) -> Candidate:
    kind = match.lastgroup or ""
    prefix = kind + "__"
    groups = {name[len(prefix):]: text for name, text in match.groupdict().items()
              if text is not None and name.startswith(prefix)}
    if lex.lang in FOLDED:
        groups = {name: _digits(text) if name in _NUMBER_GROUPS else text for name, text in groups.items()}
        roc = groups.pop("rocyear", None) or groups.pop("rocbare", None)
        if roc is not None:  # Taiwan's calendar
            groups["year"] = str(ROC_YEAR_ONE - 1 + int(roc))
    return Candidate(kind, match.start(), match.end(), groups, lex)


def _digits(text: str) -> str:
    """ "十七" -> "17", "二〇二三" -> "2023", "半" (of an hour) -> "30"; digits stay as written."""
    if text.isascii():
        return text
    if text == "半":
        return "30"
    value = han.number(text)
    return str(int(value)) if value is not None else text


def find_candidates(text: str, spans: Sequence[Span]) -> list[Candidate]:
    found: list[Candidate] = []
    for span in spans:
        pattern = language_pattern(span.lang)
        if pattern is None:
            continue
        lex = LEXICONS[span.lang]
        # Chinese rules read the text folded, of the same length, so offsets hold.
        source = han.normalised(text) if span.lang in FOLDED else text
        found.extend(candidate_from_match(m, lex) for m in pattern.finditer(source, span.start, span.end))
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
    folded = han.normalised(text) if any(span.lang in FOLDED for span in spans) else text
    ctx = Context(body=text, published=published, sentences=sorted(sentences), candidates=candidates,
                  folded=folded)
    clocks = []
    for index, candidate in enumerate(candidates):
        if candidate.kind == "clock":
            clocks.append(candidate)
            continue
        if candidate.kind == "weekday" and (_glossed(text, candidate, candidates[index + 1:index + 2])
                                            or _glossing(text, candidates[max(0, index - 1):index], candidate)):
            continue  # "on Friday, November 17, 2023", "on Aug. 6, a Friday": the day written out, not last Friday
        expression = HANDLERS[candidate.kind](candidate, ctx)
        if expression is not None and (yearly := _yearly(ctx, expression, candidate)) is not None:
            ctx.resolved[-1] = yearly  # "每年的6月18日", "every year on June 18": a day of every year
        elif expression is not None:
            ctx.resolved.append(expression)
    timed = [e for c in clocks if (e := HANDLERS["clock"](c, ctx)) is not None]
    return sorted([*ctx.resolved, *timed], key=lambda e: e.start)


# Between "every year" and the day of it that recurs: "每年的6月18日", "every year on June 18", "jedes Jahr am 18.
# Juni".
_YEARLY_GAP = re.compile(r"\s*(?:的|on|am)?\s*", re.I)


def _yearly(ctx: Context, day: TimeExpression, candidate: Candidate) -> TimeExpression | None:
    """A day of the year that "every year" right before it makes recur (a set, XXXX-MM-DD), where it writes
    no year of its own; None where it is a day of its own."""
    every = ctx.resolved[-1] if ctx.resolved else None
    if every is None or every.type != "SET" or every.value != "P1Y" or day.granularity != "day" \
            or _YEARLY_GAP.fullmatch(ctx.body, every.end, day.start) is None or re.search(r"\d{4}", day.text):
        return None
    merged = Candidate(candidate.kind, every.start, day.end, candidate.groups, candidate.lex)
    return make(merged, ctx, "SET", "XXXX" + day.value[4:10], None)


# What a written day is told with right after its weekday: "Friday, November 17, 2023", "Freitag,
# dem 17. November", "Friday (Nov. 17)", "周五（11月17日）".
_GLOSS_GAP = re.compile(r"\s*(?:,\s*(?:(?:dem|den|the)\s+)?|\(\s*|（\s*)")
_WRITTEN_DAYS = ("iso", "dmy_num", "zh_ymd", "mdy", "dmy", "month_day")


def _glossed(text: str, weekday: Candidate, following: Sequence[Candidate]) -> bool:
    """Whether a weekday is glossed by the written day right after it, which tells the day."""
    return bool(following) and following[0].kind in _WRITTEN_DAYS and \
        _GLOSS_GAP.fullmatch(text, weekday.end, following[0].start) is not None


# ... and a weekday told right after the written day, as its gloss: "on Aug. 6, a Friday,", "am 6. August, einem
# Freitag,", "11月17日（周五）".
_GLOSSING_GAP = re.compile(r"\s*(?:,\s*(?:a|an|einem|einen|ein)\s+|\(\s*|（\s*)", re.I)


def _glossing(text: str, preceding: Sequence[Candidate], weekday: Candidate) -> bool:
    """Whether a weekday glosses the written day right before it, which tells the day."""
    return bool(preceding) and preceding[-1].kind in _WRITTEN_DAYS and \
        _GLOSSING_GAP.fullmatch(text, preceding[-1].end, weekday.start) is not None


def absolute_value(match: re.Match[str], lex: Lexicon, body: str) -> str | None:
    """The value of a fully written date matched by a language pattern, else None."""
    candidate = candidate_from_match(match, lex)
    if candidate.kind not in ABSOLUTE_KINDS or "mod" in candidate.groups:
        return None
    expression = HANDLERS[candidate.kind](candidate, Context(body, None, (), [candidate]))
    if expression is None:
        return None
    return expression.value.split("T")[0]
