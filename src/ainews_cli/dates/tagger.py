"""Find temporal expressions in a body and normalise them TimeML-style.

Candidates come from one combined regex pass per language span (``patterns.py``);
each rule kind has a handler here that turns the match into a ``TimeExpression``.
Handlers run in text order so narrative expressions ("two years later") can use
the calendar expressions resolved before them; clock times run last because their
day may be named later in the sentence ("at 10 a.m. on Friday").
Nothing is ever resolved against today's date: without a publication date of
sufficient precision a relative expression stays unanchored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..records import GRANULARITY_RANK, Anchor, PubDate, Span, TimeExpression
from . import normalise as cal
from .lang_zh import RELATIVE_YEARS as ZH_RELATIVE_YEARS
from .lexicon import Lexicon
from .parsing import written_parts
from .registry import LEXICONS, future_cue_pattern, language_pattern, report_pattern

UNIT_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade"}
UNDERSPECIFIED = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX",
                  "decade": "XXX"}
ABSOLUTE_KINDS = frozenset({"iso", "dmy_num", "zh_ymd", "mdy", "dmy", "month_year"})
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CLAUSE_BREAK = re.compile(r"[;:—–]")
CLAUSE_WINDOW = 300  # characters around an expression that can hold its clause
# Every language's leading prepositions, in registry order (leftmost-first decides).
_LEADING_PREPOSITION = re.compile(
    "(?:" + "|".join(f"[{word[0].upper()}{word[0]}]" + word[1:].replace(" ", r"\s+")
                     for lex in LEXICONS.values() for word in lex.extra.get("leading_prepositions", ())) + r")\s+"
)
_REF_VALUES = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


@dataclass(frozen=True)
class Candidate:
    kind: str
    start: int
    end: int
    groups: dict[str, str]  # rule-local group name -> matched text, matched groups only
    lex: Lexicon


@dataclass
class _Context:
    body: str
    published: PubDate | None
    sentences: Sequence[tuple[int, int]]
    candidates: list[Candidate]
    resolved: list[TimeExpression] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    years: list[Candidate] = field(default_factory=list)
    year_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [start for start, _ in self.sentences]
        self.years = sorted((c for c in self.candidates if c.kind == "year"), key=lambda c: c.start)
        self.year_starts = [c.start for c in self.years]

    def sentence_index(self, pos: int) -> int | None:
        index = bisect_right(self.starts, pos) - 1
        if index >= 0 and pos < self.sentences[index][1]:
            return index
        return None

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        index = self.sentence_index(pos)
        if index is not None:
            return self.sentences[index]
        # Outside every sentence: the line is the next best unit.
        line_start = self.body.rfind("\n", 0, pos) + 1
        line_end = self.body.find("\n", pos)
        return line_start, len(self.body) if line_end < 0 else line_end

    def pub(self, need: str) -> date | None:
        """The publication date if it is at least as precise as ``need``."""
        if self.published is None:
            return None
        if GRANULARITY_RANK[self.published.granularity] < GRANULARITY_RANK[need]:
            return None
        text = self.published.date
        return date(int(text[:4]), int(text[5:7] or 1), int(text[8:10] or 1))

    def pub_anchor(self) -> Anchor | None:
        return Anchor(source="published", value=self.published.date) if self.published else None


def _make(c: Candidate, ctx: _Context, type_: str, value: str, granularity: str | None, *,
          anchored: bool = True, mod: str | None = None, anchor: Anchor | None = None) -> TimeExpression:
    first = last = None
    if anchored and granularity is not None:
        found = cal.bounds(value)
        if found:
            first, last = found
    start = c.start
    if granularity is not None:
        # TimeML leaves the preposition out of the expression: "on [Friday]", "im [Oktober]".
        # The rules match it (it decides the reading: "until Friday" points ahead).
        lead = _LEADING_PREPOSITION.match(ctx.body, c.start, c.end)
        if lead and lead.end() < c.end:
            start = lead.end()
    return TimeExpression(
        text=ctx.body[start:c.end], start=start, end=c.end, type=type_, value=value,
        granularity=granularity, anchored=anchored, first=first, last=last, mod=mod, anchor=anchor,
    )


def _unanchored(c: Candidate, ctx: _Context, value: str, granularity: str | None, *,
                type_: str = "DATE", mod: str | None = None) -> TimeExpression:
    return _make(c, ctx, type_, value, granularity, anchored=False, mod=mod)


# --- lexicon look-ups -------------------------------------------------------------


def _month_number(lex: Lexicon, word: str) -> int | None:
    word = word.rstrip(".").strip()
    if word.isdigit():
        return int(word)
    return lex.months.get(word) or lex.month_abbrevs.get(word)


def _number(lex: Lexicon, word: str) -> float | None:
    word = word.strip().replace(",", ".")
    try:
        return float(word)
    except ValueError:
        pass
    if lex.lang == "zh":
        return _zh_number(word)
    return lex.numbers.get(word.lower())


def _zh_number(word: str) -> float | None:
    if "十" in word:
        tens, _, units = word.partition("十")
        tens_value = _ZH_DIGITS.get(tens, 1) if tens else 1
        return float(tens_value * 10 + (_ZH_DIGITS.get(units, 0) if units else 0))
    return float(_ZH_DIGITS[word]) if word in _ZH_DIGITS else None


def _unit_code(lex: Lexicon, word: str) -> str | None:
    if lex.lang == "en":
        word = word.lower()
    return lex.units.get(word) or {"月": "M", "星期": "W"}.get(word)


def _mod(lex: Lexicon, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.split()).rstrip("-").strip()
    for name, code in lex.mods.items():
        if name.lower() == key.lower():
            return code
    return None


def _format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _is_future(c: Candidate, ctx: _Context) -> bool:
    """Whether the clause around the expression is in the future tense."""
    start, end = ctx.sentence_bounds(c.start)
    # A clause is short: looking further would make a sentence of n dates cost n² (a
    # run-on "sentence" of a scraped page).
    before = ctx.body[max(start, c.start - CLAUSE_WINDOW):c.start]
    after = ctx.body[c.end:max(min(end, c.end + CLAUSE_WINDOW), c.end)]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    stop = _CLAUSE_BREAK.search(after)
    if stop:
        after = after[:stop.start()]
    if (c.groups.get("prep") or "").lower() in ("until", "till", "by", "bis"):
        return True  # "until Friday", "bis Freitag" point ahead
    if future_cue_pattern(c.lex.lang).search(before):
        return True
    cue = future_cue_pattern(c.lex.lang).search(after)
    if cue is None:
        return False
    # "said late on Sunday that he will join", "on Friday announced it will close": the
    # future is what was said; the date is the saying's, and that is past.
    reports = report_pattern(c.lex.lang)
    return reports is None or not (reports.search(before) or reports.search(after, 0, cue.start()))


# --- absolute expressions ------------------------------------------------------------


def _numeric(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    year = int(g["year"])
    if "day" not in g:
        return _make(c, ctx, "DATE", f"{year:04d}-{int(g['month']):02d}", "month")
    try:
        day = date(year, int(g["month"]), int(g["day"]))
    except ValueError:
        return None
    if "hour" in g:
        return _make(c, ctx, "TIME", f"{day.isoformat()}T{g['hour']}:{g['minute']}", "day")
    return _make(c, ctx, "DATE", day.isoformat(), "day")


def _named(c: Candidate, ctx: _Context) -> TimeExpression | None:
    """A date with a month name and a written year ("Dec. 15, 2024", "November 2023")."""
    g = c.groups
    year, month = int(g["year"]), _month_number(c.lex, g["month"])
    day = int(g["day"]) if "day" in g else None
    if month is None:
        # A spelling the word table does not know: dateparser reads it, and only a
        # reading that keeps the written year is trusted.  (Known month names need no
        # second reading, and dateparser's first call costs about half a second.)
        parsed = written_parts(g["core"], (c.lex.lang,))
        if not parsed or parsed[0] != year or parsed[1] is None:
            return None
        month = parsed[1]
        if day is not None and parsed[2] is not None:
            day = parsed[2]
    if day is None:
        return _make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=_mod(c.lex, g.get("mod")))
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    return _make(c, ctx, "DATE", value, "day")


def _quarter(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    if "qnum" in g:
        number: int | None = int(g["qnum"])
    else:
        word = g.get("qord") or g["qord2"]
        number = c.lex.ordinals.get(word.lower()) or c.lex.ordinals.get(word)
    if not number or number > 4:
        return None
    if "year" in g:
        return _make(c, ctx, "DATE", f"{g['year']}-Q{number}", "quarter")
    # "the fourth quarter": the year the text names, else the latest such quarter of
    # the publication date (the next one if the clause is in the future tense).
    found = _text_year(c, ctx)
    if found is not None:
        return _make(c, ctx, "DATE", f"{found[0]:04d}-Q{number}", "quarter", anchor=found[1])
    pub = ctx.pub("month")
    if pub is None:
        return _unanchored(c, ctx, f"XXXX-Q{number}", "quarter")
    current = (pub.month - 1) // 3 + 1
    if _is_future(c, ctx):
        year = pub.year if number >= current else pub.year + 1
    else:
        year = pub.year if number <= current else pub.year - 1
    return _make(c, ctx, "DATE", f"{year:04d}-Q{number}", "quarter", anchor=ctx.pub_anchor())


def _half(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    if "hnum" in g:
        number: int | None = int(g["hnum"])
    elif c.lex.lang == "zh":
        number = 1 if g["hord"] == "上" else 2
    else:
        number = c.lex.ordinals.get(g["hord"].lower()) or c.lex.ordinals.get(g["hord"])
    if number not in (1, 2):
        return None
    return _make(c, ctx, "DATE", f"{g['year']}-H{number}", "half")


def _season(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    code = c.lex.seasons.get(g["season"]) or c.lex.seasons.get(g["season"].lower())
    if code is None:
        return None
    return _make(c, ctx, "DATE", f"{g['year']}-{code}", "season", mod=_mod(c.lex, g.get("mod")))


def _decade(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    return _make(c, ctx, "DATE", g["decade"], "decade", mod=_mod(c.lex, g.get("mod") or g.get("mod2")))


def _century(c: Candidate, ctx: _Context) -> TimeExpression | None:
    word = c.groups["cord"]
    number = int(word) if word.isdigit() else c.lex.ordinals.get(word.lower())
    if not number:
        return None
    return _make(c, ctx, "DATE", f"{number - 1:02d}", "century")


def _year(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    mod = _mod(c.lex, g.get("mod") or g.get("zmod"))
    return _make(c, ctx, "DATE", g["year"], "year", mod=mod)


# --- relative to the publication date ---------------------------------------------


def _ago(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    amount, unit = _number(c.lex, g["num"]), _unit_code(c.lex, g["unit"])
    if amount is None or unit is None:
        return None
    if unit in {"H", "MIN"}:
        # The publication time of day is unknown, so an hour offset is only "before now".
        return _make(c, ctx, "TIME", "PAST_REF", None, anchor=ctx.pub_anchor())
    granularity = UNIT_GRANULARITY[unit]
    pub = ctx.pub(granularity)
    if amount != int(amount):
        return _make(c, ctx, "DATE", "PAST_REF", None, anchor=ctx.pub_anchor())
    if pub is None:
        return _unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity)
    value = cal.value_at(cal.shift(pub, unit, -int(amount)), granularity)
    return _make(c, ctx, "DATE", value, granularity, anchor=ctx.pub_anchor())


def _rel_unit(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    if "ryear" in g:
        offset, unit = ZH_RELATIVE_YEARS[g["ryear"]], "Y"
    elif "grel" in g:
        offset, unit = lex.relative.get(g["grel"].lower(), 0), "Y" if g["gunit"] == "Jahres" else "M"
    else:
        rel = g["rel"] if lex.lang == "zh" else g["rel"].lower()
        offset = lex.relative.get(rel, 0)
        unit = _unit_code(lex, g["unit"]) or {"周": "W"}.get(g["unit"], "W")
        if lex.lang == "en":
            unit = {"year": "Y", "month": "M", "week": "W"}[g["unit"].lower()]
    granularity = UNIT_GRANULARITY[unit]
    mod = _mod(lex, g.get("mod"))
    pub = ctx.pub(granularity)
    if pub is None:
        return _unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
    value = cal.value_at(cal.shift(pub, unit, offset), granularity)
    return _make(c, ctx, "DATE", value, granularity, mod=mod, anchor=ctx.pub_anchor())


def _part_code(lex: Lexicon, word: str | None) -> str | None:
    if not word:
        return None
    return lex.parts_of_day.get(word) or lex.parts_of_day.get(word.lower())


def _rel_day(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    part: str | None
    if "lastnight" in g:
        offset, part = -1, "NI"
    elif "thispart" in g:
        offset, part = 0, _part_code(lex, g["thispart"])
    else:
        word = g["relday"] if g["relday"] in lex.relative_days else g["relday"].lower()
        offset = lex.relative_days.get(word, 0)
        part = _part_code(lex, g.get("part")) or ("NI" if word == "tonight" else None)
    type_ = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    pub = ctx.pub("day")
    if pub is None and offset == 0 and not part:
        # "heute" / "today" with nothing to anchor it is the present ("heute" in a narrative:
        # nowadays), which TimeML writes PRESENT_REF; it never reaches the timeline.
        return _make(c, ctx, "DATE", "PRESENT_REF", None)
    if pub is None:
        return _unanchored(c, ctx, "XXXX-XX-XX" + suffix, "day", type_=type_)
    day = pub + timedelta(days=offset)
    return _make(c, ctx, type_, day.isoformat() + suffix, "day", anchor=ctx.pub_anchor())


def _direction(lex: Lexicon, text: str) -> int:
    """-1 for "last weekend", +1 for "next weekend", 0 when tense has to decide."""
    low = text.lower()
    if lex.lang == "zh":
        return {"上": -1, "下": 1, "本": 0, "这": 0}.get(text[:1], 0)
    for word, offset in lex.relative.items():
        if offset and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            return offset
    return 0


def _weekend(c: Candidate, ctx: _Context) -> TimeExpression | None:
    text = ctx.body[c.start:c.end]
    offset = _direction(c.lex, text)
    pub = ctx.pub("day")
    if pub is None:
        return _unanchored(c, ctx, "XXXX-WXX-WE", "weekend")
    if c.lex.lang == "zh" and text[:1] in "上本这下":
        saturday = pub - timedelta(days=pub.isoweekday() - 1) + timedelta(days=5 + 7 * offset)
    elif offset < 0:
        saturday = cal.weekday_on_or_before(pub - timedelta(days=2), 6)
    elif offset > 0:
        saturday = cal.weekday_on_or_after(pub + timedelta(days=1), 6)
    else:
        saturday = cal.weekend_saturday(pub, future=_is_future(c, ctx))
    return _make(c, ctx, "DATE", cal.iso_week(saturday) + "-WE", "weekend", anchor=ctx.pub_anchor())


def _weekday(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    weekday = lex.weekdays.get(g["dow"])
    if weekday is None:
        return None
    part = _part_code(lex, g.get("part"))
    mod = {"late": "END", "early": "START"}.get(g.get("wmod", "").lower())
    type_ = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    pub = ctx.pub("day")
    if pub is None:
        return _unanchored(c, ctx, f"XXXX-WXX-{weekday}{suffix}", "day", type_=type_, mod=mod)
    rel = g.get("rel")
    if lex.lang == "zh" and rel:
        # 上周五 is Friday of last calendar week, not the latest Friday.
        monday = pub - timedelta(days=pub.isoweekday() - 1)
        day = monday + timedelta(days=7 * lex.relative[rel] + weekday - 1)
    else:
        offset = lex.relative.get(rel.lower(), 0) if rel else 0
        if rel and offset == 0:  # "this Friday": the one in the publication week
            day = pub + timedelta(days=weekday - pub.isoweekday())
        elif offset < 0:
            day = cal.weekday_on_or_before(pub - timedelta(days=1), weekday)
        elif offset > 0:  # "next Friday": never the publication day itself
            day = cal.weekday_on_or_after(pub + timedelta(days=1), weekday)
        elif _is_future(c, ctx):  # "will close on Friday" written on a Friday: that day
            day = cal.weekday_on_or_after(pub, weekday)
        else:
            day = cal.weekday_on_or_before(pub, weekday)
    return _make(c, ctx, type_, day.isoformat() + suffix, "day", mod=mod, anchor=ctx.pub_anchor())


def _sentence_year(c: Candidate, ctx: _Context) -> Candidate | None:
    """The year named for ``c`` in its own sentence: the nearest one before it, or one
    right after it ("Mai/Juni 1940"); a year in parentheses is an aside."""
    start, end = ctx.sentence_bounds(c.start)
    # Years are kept sorted by start, so finding the nearest is a bisection, not a scan.
    index = bisect_right(ctx.year_starts, c.start) - 1
    while index >= 0 and ctx.years[index].start >= start:
        other = ctx.years[index]
        if other is not c and other.end <= c.start and not _in_parentheses(ctx.body, other.start, start):
            return other
        index -= 1
    index = bisect_right(ctx.year_starts, c.end - 1)
    while index < len(ctx.years) and ctx.years[index].start < min(end, c.end + 13):
        other = ctx.years[index]
        if other is not c and not _in_parentheses(ctx.body, other.start, start):
            return other
        index += 1
    return None


def _in_parentheses(body: str, pos: int, floor: int) -> bool:
    floor = max(floor, pos - CLAUSE_WINDOW)
    opening = body.rfind("(", floor, pos)
    return opening >= 0 and body.find(")", opening, pos) < 0


def _mentioned_before(c: Candidate, ctx: _Context, granularity: str,
                      window: int | None) -> TimeExpression | None:
    """The latest calendar expression before ``c`` at least as fine as ``granularity``:
    within ``window`` sentences back (0 = its own sentence), or anywhere before it."""
    here = ctx.sentence_index(c.start)
    for previous in reversed(ctx.resolved):
        if previous.start >= c.start:
            continue
        if window is not None:
            where = ctx.sentence_index(previous.start)
            if here is None or where is None or where < here - window:
                return None
        if (previous.on_calendar and previous.granularity is not None
                and GRANULARITY_RANK[previous.granularity] >= GRANULARITY_RANK[granularity]
                and not _in_parentheses(ctx.body, previous.start, ctx.sentence_bounds(previous.start)[0])):
            return previous
    return None


def _mentioned_anchor(reference: TimeExpression) -> Anchor:
    return Anchor(source="mentioned", value=reference.value, text=reference.text, start=reference.start)


def _text_year(c: Candidate, ctx: _Context) -> tuple[int, Anchor] | None:
    """The year a month, day or season without one belongs to, when the text says it.

    A year named in the same sentence wins.  In a document without a publication
    date (a narrative, as Wikipedia tells a war) the year is the one of the latest
    date mentioned before: "Im Mai" after "April 1940" is May 1940.  A dated news
    article resolves against its publication date instead (the caller's fallback).
    """
    named = _sentence_year(c, ctx)
    if named is not None:
        anchor = Anchor(source="mentioned", value=named.groups["year"], text=ctx.body[named.start:named.end],
                        start=named.start)
        return int(named.groups["year"]), anchor
    if ctx.published is None:
        reference = _mentioned_before(c, ctx, "year", window=None)
        if reference is not None and reference.first is not None:
            return int(reference.first[:4]), _mentioned_anchor(reference)
    return None


def _bare_month(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    month = _month_number(lex, g["month"])
    if month is None or not 1 <= month <= 12:
        return None
    mod = _mod(lex, g.get("mod"))
    if not g.get("prep") and not g.get("mod") and (lex.lang != "de" or g["month"] == "August"):
        return None  # a month name alone is a month only in German, and "August" is also a name there
    prep = (g.get("prep") or "").lower()
    offset = lex.relative.get(prep, 0) if prep in lex.relative else None
    found = _text_year(c, ctx) if offset is None else None
    if found is not None:
        year, anchor = found
        return _make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=mod, anchor=anchor)
    pub = ctx.pub("month")
    if pub is None:
        return _unanchored(c, ctx, f"XXXX-{month:02d}", "month", mod=mod)
    if offset == 0:
        year = pub.year
    elif (offset or 0) < 0:
        year = pub.year if month < pub.month else pub.year - 1
    elif (offset or 0) > 0:
        year = pub.year if month > pub.month else pub.year + 1
    elif _is_future(c, ctx):
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return _make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=mod, anchor=ctx.pub_anchor())


def _month_day(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    month = _month_number(lex, g.get("month") or g.get("month2", ""))
    day = int(g.get("day") or g.get("day2", "0"))
    if month is None or not 1 <= month <= 12:
        return None
    found = _text_year(c, ctx)
    if found is not None:
        year, anchor = found
        try:
            return _make(c, ctx, "DATE", date(year, month, day).isoformat(), "day", anchor=anchor)
        except ValueError:
            return None
    pub = ctx.pub("year")
    if pub is None:
        return _unanchored(c, ctx, f"XXXX-{month:02d}-{day:02d}", "day")
    if ctx.published is not None and ctx.published.granularity != "year":
        reference = ctx.pub("month") or pub
        if ctx.published.granularity == "month":
            reference = reference.replace(day=15)
        options = []
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if not options:
            return None
        chosen = min(options, key=lambda option: abs((option - reference).days))
    else:
        try:
            chosen = date(pub.year, month, day)
        except ValueError:
            return None
    return _make(c, ctx, "DATE", chosen.isoformat(), "day", anchor=ctx.pub_anchor())


def _bare_season(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    code = lex.seasons.get(g["season"]) or lex.seasons.get(g["season"].lower())
    if code is None:
        return None
    mod = _mod(lex, g.get("mod"))
    found = _text_year(c, ctx)
    if found is not None:
        year, anchor = found
        return _make(c, ctx, "DATE", f"{year:04d}-{code}", "season", mod=mod, anchor=anchor)
    pub = ctx.pub("year")
    if pub is None:
        return _unanchored(c, ctx, f"XXXX-{code}", "season", mod=mod)
    return _make(c, ctx, "DATE", f"{pub.year:04d}-{code}", "season", mod=mod, anchor=ctx.pub_anchor())


_ANAPHOR_UNITS = {"day": "day", "month": "month", "year": "year",
                  "tag": "day", "tages": "day", "monat": "month", "monats": "month", "jahr": "year",
                  "jahres": "year"}


def _anaphor(c: Candidate, ctx: _Context) -> TimeExpression | None:
    """"am selben Tag", "im gleichen Jahr", "Ende des Jahres", "in diesem Jahr".

    "selben"/"gleichen" always point back to a date just told.  "dieses"/"diesem"
    point to the present in a dated article, and back to a date of the previous
    sentence in an undated one (else they stay unanchored: "in diesem Jahr" in an
    undated newsletter is not resolved against anything).  "des Jahres" is the year
    being told: named in the sentence, else the publication year, else the one
    mentioned before.
    """
    g, lex = c.groups, c.lex
    granularity = _ANAPHOR_UNITS[g["aunit"].lower()]
    mod = _mod(lex, g.get("mod"))
    same = g["same"].lower()
    step = -1 if same.split()[-1] in ("previous", "prior", "preceding") else 0
    same = {"the": "des"}.get(same, "selben" if same.endswith("same") or step else same)  # one word per meaning
    if "year" in g and granularity == "year":
        return _make(c, ctx, "DATE", g["year"], "year", mod=mod)  # "Ende des Jahres 1789"
    if same == "des" and mod is None:
        return None  # "Thema des Tages", "the day": idioms and plain nouns, not dates
    if same in ("diesem", "dieses", "des") and ctx.published is not None:
        if same == "des" and granularity == "year" and (named := _text_year(c, ctx)) is not None:
            return _make(c, ctx, "DATE", f"{named[0]:04d}", "year", mod=mod, anchor=named[1])
        pub = ctx.pub(granularity)
        if pub is None:
            return _unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
        return _make(c, ctx, "DATE", cal.value_at(pub, granularity), granularity, mod=mod,
                     anchor=ctx.pub_anchor())
    window = 1 if same in ("diesem", "dieses") or step else None
    reference = _mentioned_before(c, ctx, granularity, window)
    if reference is None or reference.first is None:
        return _unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
    unit = {"day": "D", "month": "M", "year": "Y"}[granularity]
    value = cal.value_at(cal.shift(cal.parse_day(reference.first), unit, step), granularity)
    return _make(c, ctx, "DATE", value, granularity, mod=mod, anchor=_mentioned_anchor(reference))


def _bc_year(c: Candidate, ctx: _Context) -> TimeExpression | None:
    # TimeML writes years before the common era as BC0490; they have no ISO days.
    return _make(c, ctx, "DATE", f"BC{int(c.groups['bc']):04d}", "year")


def _ref(c: Candidate, ctx: _Context) -> TimeExpression | None:
    kind = next(name for name in _REF_VALUES if name in c.groups)
    return _make(c, ctx, "DATE", _REF_VALUES[kind], None, anchor=ctx.pub_anchor())


# --- durations and sets ------------------------------------------------------------------


def _duration(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    if "vague" in g or "vague2" in g:
        word = (g.get("vague") or g["vague2"]).split()[-1].lower()
        code = "D" if word.startswith(("day", "tag")) else "W" if word.startswith(("week", "woche")) else \
            "M" if word.startswith(("month", "monat")) else \
            "DE" if word.startswith(("decade", "jahrzehnt")) else \
            "TH" if word.startswith("hour") else "TM" if word.startswith("minute") else "Y"
        value = f"PTX{code[1]}" if code.startswith("T") else f"PX{code}"
        if not word.endswith("s") and "vague2" in g:  # "the past decade": one of them
            value = {"DE": "P10Y", "Y": "P1Y", "M": "P1M"}.get(code, value)
        return _make(c, ctx, "DURATION", value, None)
    amount, unit = _number(lex, g["num"]), _unit_code(lex, g["unit"])
    if amount is None or unit is None:
        return None
    if amount == 1 and unit == "D" and not g["num"][0].isdigit():
        return None  # "one day", "a day", "eines Tages": indefinite or frequency, not a length
    if unit == "DE":
        amount, unit = amount * 10, "Y"
    value = f"PT{_format_amount(amount)}{'H' if unit == 'H' else 'M'}" if unit in {"H", "MIN"} else \
        f"P{_format_amount(amount)}{unit}"
    return _make(c, ctx, "DURATION", value, None)


def _set(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    if "adverb" in g:
        return _make(c, ctx, "SET", "P1Y", None)
    if "dow" in g:
        return _make(c, ctx, "SET", f"XXXX-WXX-{lex.weekdays[g['dow']]}", None)
    if "season" in g:
        code = lex.seasons.get(g["season"]) or lex.seasons.get(g["season"].lower())
        return _make(c, ctx, "SET", f"XXXX-{code}", None)
    unit = g["unit"].lower()
    # A season or quarter recurs every three months; TimeML has no shorter spelling.
    value = {"year": "P1Y", "jahr": "P1Y", "年": "P1Y", "month": "P1M", "monat": "P1M", "月": "P1M",
             "week": "P1W", "woche": "P1W", "周": "P1W", "day": "P1D", "tag": "P1D", "天": "P1D",
             "quarter": "P3M", "quartal": "P3M", "季度": "P3M", "season": "P3M"}.get(unit)
    return _make(c, ctx, "SET", value, None) if value else None


# --- narrative and clock times --------------------------------------------------------------


def _narrative(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    unit: str | None
    if c.kind == "following":
        amount: float | None = 1.0
        unit = {"year": "Y", "month": "M", "week": "W", "day": "D", "jahr": "Y", "monat": "M",
                "tag": "D"}[g["unit"].lower()]
        sign = 1
    else:
        amount, unit = _number(lex, g["num"]), _unit_code(lex, g["unit"])
        direction = " ".join(g["dir"].lower().split())
        sign = -1 if any(direction == " ".join(w.split()) for w in lex.extra.get("earlier", ())) else 1
    if amount is None or unit not in UNIT_GRANULARITY or amount != int(amount):
        return None
    granularity = UNIT_GRANULARITY[unit]
    reference = _narrative_reference(c, ctx, granularity)
    if reference is None or reference.first is None:
        return _unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity)
    day = cal.shift(cal.parse_day(reference.first), unit, sign * int(amount))
    anchor = Anchor(source="mentioned", value=reference.value, text=reference.text, start=reference.start)
    return _make(c, ctx, "DATE", cal.value_at(day, granularity), granularity, anchor=anchor)


def _narrative_reference(c: Candidate, ctx: _Context, granularity: str) -> TimeExpression | None:
    """The latest calendar expression before ``c`` in its sentence or the one before."""
    here = ctx.sentence_index(c.start)
    if here is None:
        return None
    for previous in reversed(ctx.resolved):
        where = ctx.sentence_index(previous.start)
        if where is None or where < here - 1:
            break
        if (previous.on_calendar and previous.granularity is not None
                and GRANULARITY_RANK[previous.granularity] >= GRANULARITY_RANK[granularity]):
            return previous
    return None


def _clock(c: Candidate, ctx: _Context) -> TimeExpression | None:
    g = c.groups
    hour = int(g.get("hour") or g["hour2"])
    minute = int(g.get("minute") or g.get("minute2") or 0)
    ampm = g.get("ampm", "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    zone = (g.get("zone") or g.get("zone2") or "").upper()
    # Only UTC is written into the value: other zone names change with daylight saving.
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if zone in ("UTC", "GMT", "Z") else "")
    start, end = ctx.sentence_bounds(c.start)
    days = [e for e in ctx.resolved if start <= e.start < end and e.on_calendar and e.granularity == "day"]
    if not days:
        # A day told in the sentence before ("On Monday, ... At 14:58 UTC, ...").
        previous = _mentioned_before(c, ctx, "day", window=1)
        if previous is None or previous.granularity not in ("day",):
            return _unanchored(c, ctx, "XXXX-XX-XX" + clock, None, type_="TIME")
        days = [previous]
    day = min(days, key=lambda e: abs(e.start - c.start))
    assert day.first is not None
    anchor = Anchor(source="mentioned", value=day.value, text=day.text, start=day.start)
    return _make(c, ctx, "TIME", day.first + clock, "day", anchor=anchor)


HANDLERS: dict[str, Callable[[Candidate, _Context], TimeExpression | None]] = {
    "iso": _numeric, "dmy_num": _numeric, "zh_ymd": _numeric,
    "mdy": _named, "dmy": _named, "month_year": _named,
    "quarter": _quarter, "half": _half, "season": _season, "decade": _decade, "century": _century,
    "narrative": _narrative, "following": _narrative, "ago": _ago, "rel_unit": _rel_unit,
    "rel_day": _rel_day, "weekend": _weekend, "weekday": _weekday, "set": _set,
    "bare_month": _bare_month, "month_day": _month_day, "clock": _clock, "duration": _duration,
    "ref": _ref, "year": _year, "anaphor": _anaphor, "bare_season": _bare_season, "bc_year": _bc_year,
}


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
    ctx = _Context(body=text, published=published, sentences=sorted(sentences), candidates=candidates)
    clocks = []
    for candidate in candidates:
        if candidate.kind == "clock":
            clocks.append(candidate)
            continue
        expression = HANDLERS[candidate.kind](candidate, ctx)
        if expression is not None:
            ctx.resolved.append(expression)
    timed = [e for c in clocks if (e := _clock(c, ctx)) is not None]
    return sorted([*ctx.resolved, *timed], key=lambda e: e.start)


def absolute_value(match: re.Match[str], lex: Lexicon, body: str) -> str | None:
    """The value of a fully written date matched by a language pattern, else None."""
    candidate = candidate_from_match(match, lex)
    if candidate.kind not in ABSOLUTE_KINDS or "mod" in candidate.groups:
        return None
    expression = HANDLERS[candidate.kind](candidate, _Context(body, None, (), [candidate]))
    if expression is None:
        return None
    return expression.value.split("T")[0]
