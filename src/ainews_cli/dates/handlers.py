"""One handler per rule kind: it turns a candidate match into a ``TimeExpression``,
normalised TimeML-style and anchored where the text or the publication date allows.

Nothing is ever resolved against today's date: without a publication date of
sufficient precision a relative expression stays unanchored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from ..records import GRANULARITY_RANK, Anchor, TimeExpression
from . import lang_zh
from . import normalise as cal
from .context import (
    UNDERSPECIFIED,
    UNIT_GRANULARITY,
    Candidate,
    Context,
    format_amount,
    is_future,
    is_past,
    make,
    mentioned_anchor,
    mentioned_before,
    mod_code,
    month_number,
    narrative_year,
    number_value,
    part_code,
    present_tells_future,
    text_year,
    told_year,
    unanchored,
    unit_code,
    word_before,
    year_in_doubt,
)
from .lexicon import Lexicon
from .parsing import written_parts
from .registry import LANGUAGES

_REF_VALUES = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
# Days a month and day told in no tense must lie nearer after publication than before it.
_LEAN_PAST = 31


# --- absolute expressions ------------------------------------------------------------


def _numeric(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    year = int(g["year"])
    if "day" not in g:
        return make(c, ctx, "DATE", f"{year:04d}-{int(g['month']):02d}", "month")
    try:
        day = date(year, int(g["month"]), int(g["day"]))
    except ValueError:
        return None
    if "hour" in g:
        return make(c, ctx, "TIME", f"{day.isoformat()}T{g['hour']}:{g['minute']}", "day")
    if "part" in g:  # 2023年11月17日晚间
        return make(c, ctx, "TIME", f"{day.isoformat()}T{part_code(c.lex, g['part'])}", "day")
    return make(c, ctx, "DATE", day.isoformat(), "day")


def _named(c: Candidate, ctx: Context) -> TimeExpression | None:
    """A date with a month name and a written year ("Dec. 15, 2024", "November 2023")."""
    g = c.groups
    year, month = int(g["year"]), month_number(c.lex, g["month"])
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
        return make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=mod_code(c.lex, g.get("mod")))
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    return make(c, ctx, "DATE", value, "day")


def _quarter(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    if "qrel" in g:  # 上季, 本季度: the publication's quarter, or the one before or after it
        pub = ctx.pub("month")
        if pub is None:
            return unanchored(c, ctx, "XXXX-QX", "quarter")
        index = pub.year * 4 + (pub.month - 1) // 3 + c.lex.relative[g["qrel"]]
        return make(c, ctx, "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", anchor=ctx.pub_anchor())
    if "qnum" in g:
        number: int | None = int(g["qnum"])
    elif "qlast" in g:  # "the holiday quarter", "das Weihnachtsquartal": October to December
        number = 4
    else:
        word = g.get("qord") or g.get("qord2") or g["qord3"]
        number = c.lex.ordinals.get(word.lower()) or c.lex.ordinals.get(word)
    if not number or number > 4:
        return None
    return _part_of_year(c, ctx, number, 4)


def _half(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    if "hnum" in g:
        number: int | None = int(g["hnum"])
    elif c.lex.lang == "zh":
        number = 1 if g["hord"] == "上" else 2
    else:
        word = g.get("hord") or g["hord2"]
        number = c.lex.ordinals.get(word.lower()) or c.lex.ordinals.get(word)
    if number not in (1, 2):
        return None
    return _part_of_year(c, ctx, number, 2)


def _part_of_year(c: Candidate, ctx: Context, number: int, parts: int) -> TimeExpression:
    """Quarter (``parts`` 4) or half (2) ``number`` of the year the text gives it."""
    g = c.groups
    letter, grain = ("Q", "quarter") if parts == 4 else ("H", "half")
    if "year" in g:
        return make(c, ctx, "DATE", f"{g['year']}-{letter}{number}", grain)
    if "ryear" in g:  # 今年第三季度, 去年下半年: of the publication's year, or the one before
        pub = ctx.pub("year")
        if pub is None:
            return unanchored(c, ctx, f"XXXX-{letter}{number}", grain)
        year = pub.year + lang_zh.RELATIVE_YEARS[g["ryear"]]
        return make(c, ctx, "DATE", f"{year:04d}-{letter}{number}", grain, anchor=ctx.pub_anchor())
    # "the fourth quarter of last year": the year the words after it give; "the fourth
    # quarter": the year the text names, else the latest such part of the publication's
    # year (the next one if the clause is in the future tense).
    found = text_year(c, ctx)
    if found is not None:
        return make(c, ctx, "DATE", f"{found[0]:04d}-{letter}{number}", grain, anchor=found[1])
    pub = ctx.pub("month")
    if pub is None or "yref" in g or year_in_doubt(c, ctx):
        return unanchored(c, ctx, f"XXXX-{letter}{number}", grain)
    year = _period_year(c, ctx, pub, (number - 1) * 12 // parts + 1, 12 // parts, None)
    return make(c, ctx, "DATE", f"{year:04d}-{letter}{number}", grain, anchor=ctx.pub_anchor())


def _season(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    code = c.lex.seasons.get(g["season"]) or c.lex.seasons.get(g["season"].lower())
    if code is None:
        return None
    return make(c, ctx, "DATE", f"{g['year']}-{code}", "season", mod=mod_code(c.lex, g.get("mod")))


def _decade(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    return make(c, ctx, "DATE", g["decade"], "decade", mod=mod_code(c.lex, g.get("mod") or g.get("mod2")))


def _century(c: Candidate, ctx: Context) -> TimeExpression | None:
    word = c.groups["cord"]
    number = int(word) if word.isdigit() else c.lex.ordinals.get(word.lower())
    if not number:
        return None
    return make(c, ctx, "DATE", f"{number - 1:02d}", "century")


def _year(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    mod = mod_code(c.lex, g.get("mod") or g.get("zmod"))
    return make(c, ctx, "DATE", g["year"], "year", mod=mod)


# --- relative to the publication date ---------------------------------------------


def _ago(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    amount, unit = number_value(c.lex, g["num"]), unit_code(c.lex, g["unit"])
    if amount is None or unit is None:
        return None
    if unit in {"H", "MIN"}:
        # The publication time of day is unknown, so an hour offset is only "before now".
        return make(c, ctx, "TIME", "PAST_REF", None, anchor=ctx.pub_anchor())
    granularity = UNIT_GRANULARITY[unit]
    pub = ctx.pub(granularity)
    if amount != int(amount):
        return make(c, ctx, "DATE", "PAST_REF", None, anchor=ctx.pub_anchor())
    if pub is None:
        return unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity)
    value = cal.value_at(cal.shift(pub, unit, -int(amount)), granularity)
    return make(c, ctx, "DATE", value, granularity, anchor=ctx.pub_anchor())


def _rel_unit(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    if "ryear" in g and "month" in g:
        return _relative_year_month(c, ctx)
    if "ryear" in g:
        offset, unit = lang_zh.RELATIVE_YEARS[g["ryear"]], "Y"
    elif "grel" in g:
        offset, unit = lex.relative.get(g["grel"].lower(), 0), "Y" if g["gunit"] == "Jahres" else "M"
    else:
        rel = g["rel"] if lex.lang == "zh" else g["rel"].lower()
        offset = lex.relative.get(rel, 0)
        unit = unit_code(lex, g["unit"]) or {"周": "W"}.get(g["unit"], "W")
        if lex.lang == "en":
            unit = {"year": "Y", "month": "M", "week": "W"}[g["unit"].lower()]
    if "mday" in g:
        return _day_of_relative_month(c, ctx, offset)
    granularity = UNIT_GRANULARITY[unit]
    mod = mod_code(lex, g.get("mod") or g.get("mod2"))
    pub = ctx.pub(granularity)
    if pub is None:
        return unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
    value = cal.value_at(cal.shift(pub, unit, offset), granularity)
    return make(c, ctx, "DATE", value, granularity, mod=mod, anchor=ctx.pub_anchor())


def _day_of_relative_month(c: Candidate, ctx: Context, offset: int) -> TimeExpression | None:
    """上月20日, 本月6日: a day of the month before, of or after the publication's."""
    day = int(c.groups["mday"])
    pub = ctx.pub("month")
    if pub is None:
        return unanchored(c, ctx, f"XXXX-XX-{day:02d}", "day")
    month = cal.shift(pub, "M", offset)
    try:
        value, granularity = date(month.year, month.month, day).isoformat(), "day"
    except ValueError:  # 上月31日 after a February: the month is what is sure
        value, granularity = f"{month.year:04d}-{month.month:02d}", "month"
    return make(c, ctx, "DATE", value, granularity, anchor=ctx.pub_anchor())


def _relative_year_month(c: Candidate, ctx: Context) -> TimeExpression | None:
    """去年11月, 今年1月5日: a month (or day) of the year before, of or after the publication's."""
    g = c.groups
    month, day = int(g["month"]), int(g["day"]) if "day" in g else None
    granularity = "day" if day is not None else "month"
    pub = ctx.pub("year")
    if pub is None:
        value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day is not None else "")
        return unanchored(c, ctx, value, granularity)
    year = pub.year + lang_zh.RELATIVE_YEARS[g["ryear"]]
    try:
        value = date(year, month, day).isoformat() if day is not None else f"{year:04d}-{month:02d}"
    except ValueError:
        return None
    return make(c, ctx, "DATE", value, granularity, anchor=ctx.pub_anchor())


def _rel_day(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    part: str | None
    if "lastnight" in g:
        offset, part = -1, "NI"
    elif "daypart" in g:  # 昨晚, 今晨
        offset, part = lang_zh.DAY_PARTS[g["daypart"]]
    elif "thispart" in g:
        offset, part = 0, part_code(lex, g["thispart"])
    elif "numbered" in g:  # 昨（24）日: yesterday if the 24th was yesterday, else the 24th as told
        pub = ctx.pub("day")
        if pub is None or (pub + timedelta(days=lang_zh.NUMBERED_DAYS[g["numbered"]])).day != int(g["day"]):
            return _day_only(c, ctx)
        offset, part = lang_zh.NUMBERED_DAYS[g["numbered"]], part_code(lex, g.get("part"))
    else:
        word = g["relday"] if g["relday"] in lex.relative_days else g["relday"].lower()
        offset = lex.relative_days.get(word, 0)
        part = part_code(lex, g.get("part")) or ("NI" if word == "tonight" else None)
    type_ = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    pub = ctx.pub("day")
    if pub is None and offset == 0 and not part:
        # "heute" / "today" with nothing to anchor it is the present ("heute" in a narrative:
        # nowadays), which TimeML writes PRESENT_REF; it never reaches the timeline.
        return make(c, ctx, "DATE", "PRESENT_REF", None)
    if pub is None:
        return unanchored(c, ctx, "XXXX-XX-XX" + suffix, "day", type_=type_)
    day = pub + timedelta(days=offset)
    return make(c, ctx, type_, day.isoformat() + suffix, "day", anchor=ctx.pub_anchor())


def _direction(lex: Lexicon, text: str) -> int:
    """-1 for "last weekend", +1 for "next weekend", 0 when tense has to decide."""
    low = text.lower()
    if lex.lang == "zh":
        return {"上": -1, "下": 1, "本": 0, "这": 0}.get(text[:1], 0)
    for word, offset in lex.relative.items():
        if offset and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            return offset
    return 0


def _weekend(c: Candidate, ctx: Context) -> TimeExpression | None:
    # Chinese rules read the folded text: 這週末 is 这周末.
    text = ctx.text_of(c)[c.start:c.end]
    offset = _direction(c.lex, text)
    pub = ctx.pub("day")
    if pub is None:
        return unanchored(c, ctx, "XXXX-WXX-WE", "weekend")
    if c.lex.lang == "zh" and text[:1] in "上本这下":
        saturday = pub - timedelta(days=pub.isoweekday() - 1) + timedelta(days=5 + 7 * offset)
    elif offset < 0:
        saturday = cal.weekday_on_or_before(pub - timedelta(days=2), 6)
    elif offset > 0:
        saturday = cal.weekday_on_or_after(pub + timedelta(days=1), 6)
    else:
        saturday = cal.weekend_saturday(pub, future=is_future(c, ctx))
    return make(c, ctx, "DATE", cal.iso_week(saturday) + "-WE", "weekend", anchor=ctx.pub_anchor())


def _weekday(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    weekday = lex.weekdays.get(g["dow"])
    if weekday is None:
        return None
    part = part_code(lex, g.get("part"))
    mod = {"late": "END", "early": "START"}.get(g.get("wmod", "").lower())
    type_ = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    pub = ctx.pub("day")
    if pub is None:
        return unanchored(c, ctx, f"XXXX-WXX-{weekday}{suffix}", "day", type_=type_, mod=mod)
    if g.get("after"):
        # "the following Monday", "am Montag darauf": the first such day after the day told before.
        told_day = mentioned_before(c, ctx, "day", None, happenings=True)
        if told_day is None or told_day.first is None or told_day.granularity != "day":
            return unanchored(c, ctx, f"XXXX-WXX-{weekday}{suffix}", "day", type_=type_, mod=mod)
        day = cal.weekday_on_or_after(cal.parse_day(told_day.first) + timedelta(days=1), weekday)
        return make(c, ctx, type_, day.isoformat() + suffix, "day", mod=mod, anchor=mentioned_anchor(told_day))
    rel = g.get("rel")
    # Weeks from the publication's, where the words name a calendar week: "last week", 上周.
    week: int | None = None
    if "wrel" in g:
        week = lex.relative[g["wrel"].lower()]
    elif "wnear" in g:  # "am Montag der Vorwoche"
        week = -1 if g["wnear"] in lex.extra.get("earlier_weeks", ()) else 1
    elif lex.lang == "zh" and rel:
        week = lex.relative[rel]
    told = _week_told_before(c, ctx) if week is None and not rel else None
    if week is not None:
        # 上周五, "Tuesday of last week", "Dienstag vergangener Woche": that day of the
        # calendar week before (or after) the publication's, not the latest such day.
        monday = pub - timedelta(days=pub.isoweekday() - 1)
        day = monday + timedelta(days=7 * week + weekday - 1)
    elif told is not None:
        day = date.fromisocalendar(int(told.value[:4]), int(told.value[6:8]), weekday)
        return make(c, ctx, type_, day.isoformat() + suffix, "day", mod=mod, anchor=mentioned_anchor(told))
    else:
        offset = lex.relative.get(rel.lower(), 0) if rel else 0
        if rel and offset == 0:  # "this Friday": the one in the publication week
            day = pub + timedelta(days=weekday - pub.isoweekday())
        elif offset < 0:
            day = cal.weekday_on_or_before(pub - timedelta(days=1), weekday)
            if day == pub - timedelta(days=1) and (rel or "").lower() in lex.extra.get("last_not_yesterday", ()):
                day -= timedelta(days=7)  # "last Tuesday" written on a Wednesday: the week before's
        elif offset > 0:  # "next Friday": never the publication day itself
            day = cal.weekday_on_or_after(pub + timedelta(days=1), weekday)
        elif is_future(c, ctx):  # "will close on Friday" written on a Friday: that day
            day = cal.weekday_on_or_after(pub, weekday)
        else:
            day = cal.weekday_on_or_before(pub, weekday)
    return make(c, ctx, type_, day.isoformat() + suffix, "day", mod=mod, anchor=ctx.pub_anchor())


_WEEK_VALUE = re.compile(r"\d{4}-W\d\d$")


def _week_told_before(c: Candidate, ctx: Context) -> TimeExpression | None:
    """The calendar week named just before a bare weekday in its sentence, a comma and a
    preposition between at most: "Next week, on Friday", "Nächste Woche, am Freitag"."""
    reference = mentioned_before(c, ctx, "week", window=0)
    if reference is None or not _WEEK_VALUE.match(reference.value or ""):
        return None
    gap = ctx.text_of(c)[reference.end:c.start]
    return reference if len(gap.split()) <= 1 and len(gap) <= 6 else None


def _bare_month(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    month = month_number(lex, g["month"])
    if month is None or not 1 <= month <= 12:
        return None
    mod = mod_code(lex, g.get("mod"))
    if g.get("that"):  # "That August it turned to Kickstarter": the month in the year told before
        told = told_year(c, ctx)
        if told is None:
            return unanchored(c, ctx, f"XXXX-{month:02d}", "month", mod=mod)
        return make(c, ctx, "DATE", f"{told[0]:04d}-{month:02d}", "month", mod=mod, anchor=told[1])
    if g.get("following"):  # "the following September": the first September after the month told before
        before = mentioned_before(c, ctx, "month", window=None)
        if before is None or before.first is None:
            return unanchored(c, ctx, f"XXXX-{month:02d}", "month", mod=mod)
        year = int(before.first[:4]) + (month <= int(before.first[5:7]))
        return make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=mod, anchor=mentioned_anchor(before))
    if not g.get("prep") and not g.get("mod") and lex.lang != "zh" and (lex.lang != "de" or g["month"] == "August"):
        # A month name alone is a month only in German (and "August" is also a name
        # there); Chinese numbers its months ("11月"), which are nothing else.
        return None
    prep = (g.get("prep") or "").lower()
    offset = lex.relative.get(prep, 0) if prep in lex.relative else None
    found = (text_year(c, ctx) or (narrative_year(c, ctx, month, False) if "yref" not in g else None)) \
        if offset is None else None
    if found is not None:
        year, anchor = found
        return make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=mod, anchor=anchor)
    pub = ctx.pub("month")
    if pub is None or "yref" in g or year_in_doubt(c, ctx):
        return unanchored(c, ctx, f"XXXX-{month:02d}", "month", mod=mod)
    # "this March" is the publication year's, even when it is over or still to come.
    year = pub.year if offset == 0 else _period_year(c, ctx, pub, month, 1, offset)
    return make(c, ctx, "DATE", f"{year:04d}-{month:02d}", "month", mod=mod, anchor=ctx.pub_anchor())


def _period_year(c: Candidate, ctx: Context, pub: date, first: int, months: int, offset: int | None) -> int:
    """The year of a month or season (``months`` long, from month ``first``) told without
    one in a text published in ``pub``'s month: "last" takes the latest one over, "next"
    the first still to begin, "this" the one under way; else the clause's tense decides:
    a future the one under way or next, a past the latest one begun; a present that may
    tell the future ("Im Juli eröffnet SAP ein Labor") the nearest."""
    now = pub.year * 12 + pub.month - 1
    # Each candidate's year and first month, months counted from year 0.
    spans = [(year, year * 12 + first - 1) for year in range(pub.year - 2, pub.year + 2)]
    under_way = next((y for y, start in spans if start <= now < start + months), None)
    if offset is not None and offset < 0:  # last fall: the latest one over
        return next(y for y, start in reversed(spans) if start + months - 1 < now)
    if offset is not None and offset > 0:  # next spring: the first one still to begin
        return next(y for y, start in spans if start > now)
    if offset == 0 and under_way is not None:  # this winter: the one under way
        return under_way
    if is_future(c, ctx):  # "im Herbst wird es starten", "this fall it will": this one or the next
        return next(y for y, start in spans if start + months - 1 >= now)
    if not is_past(c, ctx) and present_tells_future(c, ctx):  # the nearest, the earlier of two as near
        return min(spans, key=lambda span: (abs(span[1] - now), span[1]))[0]
    return next(y for y, start in reversed(spans) if start <= now)  # the latest one begun


def _month_day(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    month = month_number(lex, g.get("month") or g.get("month2", ""))
    day = int(g.get("day") or g.get("day2", "0"))
    if g.get("holiday"):  # "New Year's Day", "Heiligabend", 元旦: a day of a month
        month, day = lex.holidays[" ".join(g["holiday"].split())]
    if month is None or not 1 <= month <= 12:
        return None
    part = part_code(lex, g.get("part"))
    type_, suffix = ("TIME", f"T{part}") if part else ("DATE", "")
    found = text_year(c, ctx) or (narrative_year(c, ctx, month, True) if "yref" not in g else None)
    if found is not None:
        year, anchor = found
        try:
            return make(c, ctx, type_, date(year, month, day).isoformat() + suffix, "day", anchor=anchor)
        except ValueError:
            return None
    pub = ctx.pub("year")
    if pub is None or "yref" in g or year_in_doubt(c, ctx):
        return unanchored(c, ctx, f"XXXX-{month:02d}-{day:02d}" + suffix, "day", type_=type_)
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
        # A weekday written with it says which year ("announced the deal on Sunday, Oct. 28" in July 2019:
        # 28 October 2018 was a Sunday).
        weekday = _weekday_before(c, ctx)
        options = [o for o in options if o.isoweekday() == weekday] or options
        lean = 0
        if ctx.published.granularity == "day":
            # A past clause never tells a day after publication, a future one never a day before.
            ahead = is_future(c, ctx)
            told = [o for o in options if o >= reference] if ahead else \
                [o for o in options if o <= reference] if is_past(c, ctx) else options
            options = told or options
            # No tense either way, in a language that writes one: news tells what was, so a day after
            # publication must be the nearer by a month ("dates to April 25" written on 28 October:
            # the April before).
            if not ahead and not c.lex.tenseless and not present_tells_future(c, ctx):
                lean = _LEAN_PAST
        chosen = min(options, key=lambda option: abs((option - reference).days)
                     + (lean if option > reference else 0))
    else:
        try:
            chosen = date(pub.year, month, day)
        except ValueError:
            return None
    return make(c, ctx, type_, chosen.isoformat() + suffix, "day", anchor=ctx.pub_anchor())


_WORD_BEFORE = re.compile(r"(\w+)\.?,?\s*$")


def _weekday_before(c: Candidate, ctx: Context) -> int | None:
    """The weekday written right before a date ("Sunday, Oct. 28", "am Sonntag, 28. Oktober"), if one, maybe with
    an article between ("Am Montag, dem 7. November": the language's ``weekday_day_articles``)."""
    end = c.start
    word = _WORD_BEFORE.search(ctx.body, max(0, end - 16), end)
    if word is not None and word.group(1) in c.lex.extra.get("weekday_day_articles", ()):
        end = word.start()
        word = _WORD_BEFORE.search(ctx.body, max(0, end - 16), end)
    return c.lex.weekdays.get(word.group(1)) if word is not None else None


def _day_only(c: Candidate, ctx: Context) -> TimeExpression | None:
    """A day of the month alone ("18日", "今日（22日）"): in the month of a date told just
    before (this sentence or the one before, in its paragraph), else the one of the publication date's
    month or the next or previous that puts it nearest the publication date."""
    g, lex = c.groups, c.lex
    day = int(g["day"])
    part = part_code(lex, g.get("part"))
    type_, suffix = ("TIME", f"T{part}") if part else ("DATE", "")
    if not 1 <= day <= 31:
        return None
    told = mentioned_before(c, ctx, "month", window=1)
    if told is not None and "\n" in ctx.body[told.end: c.start]:
        told = None  # the paragraph before's: "去年5月發表了U11。\n\nAlphabet美國時間1日公布" is this month's
    if told is not None and told.first is not None:
        first = cal.parse_day(told.first)
        try:
            value = date(first.year, first.month, day).isoformat()
        except ValueError:
            return None
        return make(c, ctx, type_, value + suffix, "day", anchor=mentioned_anchor(told))
    pub = ctx.pub("month")
    if pub is None:
        # "11月17日 … 18日" in an undated text: the 18th of a November of no known year.
        told_month = next((e.value[5:7] for e in reversed(ctx.resolved) if e.start < c.start
                           and re.match(r"XXXX-\d\d", e.value) and _sentences_apart(ctx, e.start, c.start) <= 1),
                          "XX")
        return unanchored(c, ctx, f"XXXX-{told_month}-{day:02d}" + suffix, "day", type_=type_)
    reference = ctx.pub("day") or pub.replace(day=15)
    options = []
    for shift in (-1, 0, 1):
        month = cal.add_months(pub.replace(day=1), shift)
        try:
            options.append(date(month.year, month.month, day))
        except ValueError:
            continue
    if not options:
        return None
    chosen = min(options, key=lambda option: abs((option - reference).days))
    return make(c, ctx, type_, chosen.isoformat() + suffix, "day", anchor=ctx.pub_anchor())


# The month each season starts in; it lasts three months (winter into the next year).
_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _bare_season(c: Candidate, ctx: Context) -> TimeExpression | None:
    """A season without its year: "im Herbst", "last fall", "this summer", "im Herbst
    vergangenen Jahres", "the spring of last year"."""
    g, lex = c.groups, c.lex
    word = g.get("season") or g["season2"]
    code = lex.seasons.get(word) or lex.seasons.get(word.lower())
    if code is None:
        return None
    mod = mod_code(lex, g.get("mod"))
    rel = (g.get("rel") or "").lower()
    offset = lex.relative.get(rel) if rel else None
    found = text_year(c, ctx) if offset is None else None
    if found is not None:
        year, anchor = found
        return make(c, ctx, "DATE", f"{year:04d}-{code}", "season", mod=mod, anchor=anchor)
    pub = ctx.pub("month")
    if pub is None or "yref" in g or (offset is None and year_in_doubt(c, ctx)):
        return unanchored(c, ctx, f"XXXX-{code}", "season", mod=mod)
    year = _period_year(c, ctx, pub, _SEASON_STARTS[code], 3, offset)
    return make(c, ctx, "DATE", f"{year:04d}-{code}", "season", mod=mod, anchor=ctx.pub_anchor())


_ANAPHOR_UNITS = {"day": "day", "month": "month", "year": "year",
                  "tag": "day", "tages": "day", "monat": "month", "monats": "month", "jahr": "year",
                  "jahres": "year"}


def _anaphor(c: Candidate, ctx: Context) -> TimeExpression | None:
    """"am selben Tag", "im gleichen Jahr", "Ende des Jahres", "in diesem Jahr".

    "selben"/"gleichen" always point back to a date just told.  "dieses"/"diesem"
    point to the present in a dated article, and back to a date of the previous
    sentence in an undated one (else they stay unanchored: "in diesem Jahr" in an
    undated newsletter is not resolved against anything).  "des Jahres" is the year
    being told: named in the sentence, else the publication year, else the one
    mentioned before.
    """
    g, lex = c.groups, c.lex
    if lex.lang == "zh":
        return _zh_anaphor(c, ctx)
    if "wunit" in g:  # "the same week", "in derselben Woche": the week of the date told before
        return _counted_from(c, ctx, "week", 0, None)
    if "hsame" in g:  # "hours later", "Stunden später": the day told in this sentence or the one before
        return _counted_from(c, ctx, "day", 0, 1)
    if "hdays" in g:  # "Twenty-four hours later": whole days after it
        return _whole_days_later(c, ctx)
    if "apart" in g:  # "am selben Abend", "that same evening": the day told before, at that time
        told = _counted_from(c, ctx, "day", 0, None)
        part = part_code(lex, g["apart"])
        if told is None or not told.anchored or told.granularity != "day" or part is None:
            return told
        return make(c, ctx, "TIME", f"{told.value}T{part}", "day", anchor=told.anchor)
    if "bunit" in g:  # "the year before": one unit before the date told before
        return _counted_from(c, ctx, _ANAPHOR_UNITS[g["bunit"].lower()], -1, None)
    granularity = _ANAPHOR_UNITS[g["aunit"].lower()]
    mod = mod_code(lex, g.get("mod"))
    same = g["same"].lower()
    step = -1 if same.split()[-1] in ("previous", "prior", "preceding") else 0
    same = {"the": "des"}.get(same, "selben" if same.endswith("same") or step else same)  # one word per meaning
    if "year" in g and granularity == "year":
        return make(c, ctx, "DATE", g["year"], "year", mod=mod)  # "Ende des Jahres 1789"
    if same == "des" and mod is None:
        return None  # "Thema des Tages", "the day": idioms and plain nouns, not dates
    if same in ("diesem", "dieses", "des") and ctx.published is not None:
        if same == "des" and granularity == "year" and (named := text_year(c, ctx)) is not None:
            return make(c, ctx, "DATE", f"{named[0]:04d}", "year", mod=mod, anchor=named[1])
        pub = ctx.pub(granularity)
        if pub is None:
            return unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
        return make(c, ctx, "DATE", cal.value_at(pub, granularity), granularity, mod=mod,
                     anchor=ctx.pub_anchor())
    # "that day" points to the sentence or the one before, as "diesem" does in an undated text.
    window = 1 if same in ("diesem", "dieses", "that") or step else None
    return _counted_from(c, ctx, granularity, step, window, mod)


def _counted_from(c: Candidate, ctx: Context, granularity: str, step: int, window: int | None,
                  mod: str | None = None) -> TimeExpression | None:
    """"the same day", "the next day", 同年: ``step`` units from the latest date told before.

    A day counts from the latest day told, unless only a month or a week is told in this
    sentence or the one before: then the same day lies inside it ("scheiterte im Februar
    2022 … Am selben Tag übernahm Haas": February 2022, not the day told paragraphs
    earlier), and the next day is not known. A month told further back is background
    ("该公司今年5月宣布…。微软是…。同日，…" is the day of the article's news)."""
    near = mentioned_before(c, ctx, "month", 1) if granularity == "day" else None
    if near is not None and near.granularity != "day" and mentioned_before(c, ctx, "day", 1) is None:
        if step != 0 or near.granularity is None:
            return unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
        return make(c, ctx, "DATE", near.value, near.granularity, mod=mod, anchor=mentioned_anchor(near))
    reference = mentioned_before(c, ctx, granularity, window, happenings=step != 0)
    if reference is None or reference.first is None:
        return unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity, mod=mod)
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[granularity]
    value = cal.value_at(cal.shift(cal.parse_day(reference.first), unit, step), granularity)
    return make(c, ctx, "DATE", value, granularity, mod=mod, anchor=mentioned_anchor(reference))


def _whole_days_later(c: Candidate, ctx: Context) -> TimeExpression | None:
    """"Twenty-four hours later", "48 Stunden später", 四十八小时后: the day that many days after
    the day told in the sentence before. No date where the count is approximate ("About 48
    hours later", "约48小时后") or glosses a day its own sentence told ("On Monday, 72 hours
    later, …")."""
    lex = c.lex
    before = ctx.text_of(c)[max(0, c.start - 16):c.start].lower()
    words = before.split() if LANGUAGES[lex.lang].spaced else [before]
    told = " ".join(words[-2:])
    if any(told.endswith(word) for word in lex.extra.get("approximations", ())):
        return None
    if mentioned_before(c, ctx, "day", 0) is not None:
        return None
    hours = c.groups["hdays"]
    return _counted_from(c, ctx, "day", lex.day_hours.get(hours) or lex.day_hours[hours.lower()], 1)


def _sentences_apart(ctx: Context, earlier: int, later: int) -> int:
    first, second = ctx.sentence_index(earlier), ctx.sentence_index(later)
    return second - first if first is not None and second is not None else 99


def _zh_anaphor(c: Candidate, ctx: Context) -> TimeExpression | None:
    """当天/当日/同日 "that day", 次日/翌日/第二天 "the next day", 同年 "the same year",
    次年 "the following year": the latest date told before, as in "am selben Tag"."""
    g = c.groups
    if "hsame" in g:  # 数小时后 "hours later": the day told in this sentence or the one before
        return _counted_from(c, ctx, "day", 0, 1)
    if "hdays" in g:  # 24小时后: whole days after it
        return _whole_days_later(c, ctx)
    return _counted_from(c, ctx, lang_zh.ANAPHOR_UNITS[g["aunit"]], lang_zh.ANAPHORS[g["same"]], None)


def _bc_year(c: Candidate, ctx: Context) -> TimeExpression | None:
    # TimeML writes years before the common era as BC0490; they have no ISO days.
    return make(c, ctx, "DATE", f"BC{int(c.groups['bc']):04d}", "year")


def _ref(c: Candidate, ctx: Context) -> TimeExpression | None:
    kind = next(name for name in _REF_VALUES if name in c.groups)
    return make(c, ctx, "DATE", _REF_VALUES[kind], None, anchor=ctx.pub_anchor())


# --- durations and sets ------------------------------------------------------------------


def _duration(c: Candidate, ctx: Context) -> TimeExpression | None:
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
        return make(c, ctx, "DURATION", value, None)
    amount, unit = number_value(lex, g["num"]), unit_code(lex, g["unit"])
    if amount is None or unit is None:
        return None
    if amount == 1 and unit == "D" and not g["num"][0].isdigit():
        return None  # "one day", "a day", "eines Tages": indefinite or frequency, not a length
    if unit == "DE":
        amount, unit = amount * 10, "Y"
    value = f"PT{format_amount(amount)}{'H' if unit == 'H' else 'M'}" if unit in {"H", "MIN"} else \
        f"P{format_amount(amount)}{unit}"
    return make(c, ctx, "DURATION", value, None)


def _set(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    if "adverb" in g:
        return make(c, ctx, "SET", "P1Y", None)
    if "dow" in g:
        return make(c, ctx, "SET", f"XXXX-WXX-{lex.weekdays[g['dow']]}", None)
    if "season" in g:
        code = lex.seasons.get(g["season"]) or lex.seasons.get(g["season"].lower())
        return make(c, ctx, "SET", f"XXXX-{code}", None)
    unit = g["unit"].lower()
    # A season or quarter recurs every three months; TimeML has no shorter spelling.
    value = {"year": "P1Y", "jahr": "P1Y", "年": "P1Y", "month": "P1M", "monat": "P1M", "月": "P1M",
             "week": "P1W", "woche": "P1W", "周": "P1W", "day": "P1D", "tag": "P1D", "天": "P1D",
             "quarter": "P3M", "quartal": "P3M", "季度": "P3M", "season": "P3M"}.get(unit)
    return make(c, ctx, "SET", value, None) if value else None


# --- narrative and clock times --------------------------------------------------------------


def _narrative(c: Candidate, ctx: Context) -> TimeExpression | None:
    g, lex = c.groups, c.lex
    unit: str | None
    if c.kind == "following":
        amount: float | None = 1.0
        unit = {"year": "Y", "month": "M", "week": "W", "day": "D", "jahr": "Y", "monat": "M",
                "tag": "D"}[g["unit"].lower()]
        sign = 1
    else:
        amount, unit = number_value(lex, g["num"]), unit_code(lex, g["unit"])
        direction = " ".join(g["dir"].lower().split())
        sign = -1 if any(direction == " ".join(w.split()) for w in lex.extra.get("earlier", ())) else 1
    if amount is None or unit not in UNIT_GRANULARITY or amount != int(amount):
        return None
    granularity = UNIT_GRANULARITY[unit]
    reference = _narrative_reference(c, ctx, granularity)
    if reference is None or reference.first is None:
        return unanchored(c, ctx, UNDERSPECIFIED[granularity], granularity)
    day = cal.shift(cal.parse_day(reference.first), unit, sign * int(amount))
    anchor = Anchor(source="mentioned", value=reference.value, text=reference.text, start=reference.start)
    return make(c, ctx, "DATE", cal.value_at(day, granularity), granularity, anchor=anchor)


def _narrative_reference(c: Candidate, ctx: Context, granularity: str) -> TimeExpression | None:
    """The latest calendar expression before ``c`` in its sentence or the one before, passing over
    the end of a period reported on ("which ended on Nov. 30, rose 6%. Its shares surged the next
    day": the day after the report's)."""
    here = ctx.sentence_index(c.start)
    if here is None:
        return None
    ends = c.lex.extra.get("period_ends", ())
    for previous in reversed(ctx.resolved):
        where = ctx.sentence_index(previous.start)
        if where is None or where < here - 1:
            break
        if word_before(ctx, previous, ends):
            continue
        if (previous.on_calendar and previous.granularity is not None
                and GRANULARITY_RANK[previous.granularity] >= GRANULARITY_RANK[granularity]):
            return previous
    return None


def _clock(c: Candidate, ctx: Context) -> TimeExpression | None:
    g = c.groups
    hour = int(g.get("hour") or g["hour2"])
    minute = int(g.get("minute") or g.get("minute2") or 0)
    ampm = (g.get("ampm") or g.get("ampm3") or "").lower()
    if c.lex.lang == "zh":  # 下午3点, 晚上8点半, 凌晨1点, 中午12点
        hour = _zh_hour(lang_zh.CLOCK_PARTS.get(ampm, ""), hour)
    elif ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    zone = (g.get("zone") or g.get("zone2") or "").upper()
    # Only UTC is written into the value: other zone names change with daylight saving.
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if zone in ("UTC", "GMT", "Z") else "")
    start, end = ctx.sentence_bounds(c.start)
    days = [e for e in ctx.resolved if start <= e.start < end and e.on_calendar and e.granularity == "day"]
    if not days:
        # A day told in the sentence before ("On Monday, ... At 14:58 UTC, ...").
        previous = mentioned_before(c, ctx, "day", window=1)
        if previous is None or previous.granularity not in ("day",):
            return unanchored(c, ctx, "XXXX-XX-XX" + clock, None, type_="TIME")
        days = [previous]
    day = min(days, key=lambda e: abs(e.start - c.start))
    assert day.first is not None
    anchor = Anchor(source="mentioned", value=day.value, text=day.text, start=day.start)
    return make(c, ctx, "TIME", day.first + clock, "day", anchor=anchor)


def _zh_hour(part: str, hour: int) -> int:
    if hour == 24:
        return 0
    if part == "pm" or (part == "noon" and hour < 11) or (part == "night" and 6 <= hour < 12):
        return hour + 12 if hour < 12 else hour
    if part in ("am", "night") and hour == 12:
        return 0
    return hour


HANDLERS: dict[str, Callable[[Candidate, Context], TimeExpression | None]] = {
    "iso": _numeric, "dmy_num": _numeric, "zh_ymd": _numeric,
    "mdy": _named, "dmy": _named, "month_year": _named,
    "quarter": _quarter, "half": _half, "season": _season, "decade": _decade, "century": _century,
    "narrative": _narrative, "following": _narrative, "ago": _ago, "rel_unit": _rel_unit,
    "rel_day": _rel_day, "weekend": _weekend, "weekday": _weekday, "set": _set,
    "bare_month": _bare_month, "month_day": _month_day, "day_only": _day_only, "clock": _clock,
    "duration": _duration,
    "ref": _ref, "year": _year, "anaphor": _anaphor, "bare_season": _bare_season, "bc_year": _bc_year,
}
