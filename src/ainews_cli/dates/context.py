"""What the date handlers share: a candidate match, the document context it is read
in, the expression it becomes, and the look-ups in the language's word tables.

The context knows the sentences, the publication date and the expressions resolved
so far, so a handler can anchor a relative expression ("on Friday") to the
publication date or a narrative one ("two years later") to a date told before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .. import han
from ..records import FILED, GRANULARITY_RANK, Anchor, PubDate, TimeExpression
from . import normalise as cal
from .lexicon import Lexicon
from .registry import (
    LANGUAGES,
    LEXICONS,
    clause_join_pattern,
    disposal_pattern,
    future_cue_pattern,
    hearsay_pattern,
    intent_cue_pattern,
    past_cue_pattern,
    past_form_pattern,
    present_verb_pattern,
    report_pattern,
    schedule_patterns,
    simple_past_patterns,
)

UNIT_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade"}
UNDERSPECIFIED = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX",
                  "decade": "XXX"}
_CLAUSE_BREAK = re.compile(r"[;:—–；：]")
_SEMICOLON = re.compile(r"[;；]")
_PUNCTUATION = re.compile(r"[,;:，；：、]")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)|，")  # not a decimal or thousands comma
CLAUSE_WINDOW = 300  # characters around an expression that can hold its clause
# Every language's leading prepositions, in registry order (leftmost-first decides).
_LEADING_PREPOSITION = re.compile(
    "(?:" + "|".join(f"[{word[0].upper()}{word[0]}]" + word[1:].replace(" ", r"\s+")
                     for lex in LEXICONS.values() for word in lex.extra.get("leading_prepositions", ())) + r")\s+"
)


@dataclass(frozen=True)
class Candidate:
    kind: str
    start: int
    end: int
    groups: dict[str, str]  # rule-local group name -> matched text, matched groups only
    lex: Lexicon


@dataclass
class Context:
    body: str
    published: PubDate | None
    sentences: Sequence[tuple[int, int]]
    candidates: list[Candidate]
    resolved: list[TimeExpression] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    folded: str = ""  # the body as the Chinese rules read it (han.normalised), else the body

    years: list[Candidate] = field(default_factory=list)
    year_starts: list[int] = field(default_factory=list)
    dated: list[Candidate] = field(default_factory=list)  # every candidate that names its year
    dated_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folded = self.folded or self.body
        self.starts = [start for start, _ in self.sentences]
        self.years = sorted((c for c in self.candidates if c.kind == "year"), key=lambda c: c.start)
        self.year_starts = [c.start for c in self.years]
        self.dated = sorted((c for c in self.candidates if "year" in c.groups), key=lambda c: c.start)
        self.dated_starts = [c.start for c in self.dated]

    def text_of(self, c: Candidate) -> str:
        """The text the candidate's rules read: folded for Chinese, else the body."""
        return self.folded if c.lex.lang == "zh" else self.body

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
        """What dates count from: the document's date, or the day its dateline says it was
        filed (a wire story filed the day before its page, analyse.py)."""
        if self.published is None:
            return None
        return Anchor(source=FILED if self.published.source == FILED else "published", value=self.published.date)


def make(c: Candidate, ctx: Context, type_: str, value: str, granularity: str | None, *,
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


def unanchored(c: Candidate, ctx: Context, value: str, granularity: str | None, *,
                type_: str = "DATE", mod: str | None = None) -> TimeExpression:
    return make(c, ctx, type_, value, granularity, anchored=False, mod=mod)


# --- lexicon look-ups -------------------------------------------------------------


def month_number(lex: Lexicon, word: str) -> int | None:
    word = word.rstrip(".").strip()
    if word.isdigit():
        return int(word)
    return lex.months.get(word) or lex.month_abbrevs.get(word)


def number_value(lex: Lexicon, word: str) -> float | None:
    word = word.strip().replace(",", ".")
    try:
        return float(word)
    except ValueError:
        pass
    if lex.lang == "zh":
        return han.number(word)
    return lex.numbers.get(word.lower())


def unit_code(lex: Lexicon, word: str) -> str | None:
    if lex.lang == "en":
        word = word.lower()
    return lex.units.get(word) or {"月": "M", "星期": "W"}.get(word)


def mod_code(lex: Lexicon, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.split()).rstrip("-").strip()
    for name, code in lex.mods.items():
        if name.lower() == key.lower():
            return code
    return None


def format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def part_code(lex: Lexicon, word: str | None) -> str | None:
    if not word:
        return None
    return lex.parts_of_day.get(word) or lex.parts_of_day.get(word.lower())


def _clause_around(c: Candidate, ctx: Context) -> tuple[str, str]:
    """The text of the expression's clause before it and after it."""
    start, end = ctx.sentence_bounds(c.start)
    # A clause is short: looking further would make a sentence of n dates cost n² (a
    # run-on "sentence" of a scraped page).
    text = ctx.text_of(c)
    before = text[max(start, c.start - CLAUSE_WINDOW):c.start]
    after = text[c.end:max(min(end, c.end + CLAUSE_WINDOW), c.end)]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    stop = _CLAUSE_BREAK.search(after)
    if stop:
        after = after[:stop.start()]
    return before, after


def _simple_past_before(lang: str, before: str) -> bool:
    """Whether a verb in the simple past stands before the date in its clause ("Quibi launched on April 6"), with
    no auxiliary before it that makes it none ("is expected on"; ``simple_past_patterns``)."""
    simple = simple_past_patterns(lang)
    return simple is not None and simple[0].search(before) is not None and simple[1].search(before) is None


def is_past(c: Candidate, ctx: Context) -> bool:
    """Whether the clause around the expression holds a past cue ("had", "hatte", 曾), or the
    date is the day of a saying (``_said_on``: "announced Bard on", "2月6日宣布"); callers
    ask ``is_future`` first, which wins."""
    cues = past_cue_pattern(c.lex.lang)
    before, after = _clause_around(c, ctx)
    if _said_on(c, before, after):
        return True
    if _simple_past_before(c.lex.lang, before):
        return True  # "Quibi launched on April 6"
    if (forms := past_form_pattern(c.lex.lang)) is not None and _opens_sentence(ctx, c.start) \
            and forms.match(after.lstrip()):
        return True  # "Am 7. November teilte Elmos mit, das Ministerium werde …": the verb second, in the past
    if not LANGUAGES[c.lex.lang].spaced and _opens_sentence(ctx, c.start) \
            and (reports := report_pattern(c.lex.lang)) is not None and reports.search(after):
        return True  # "5月13日，市场监管总局宣布…立案调查" (written in December): a saying told, the May before
    return cues is not None and (cues.search(before) is not None or cues.search(after) is not None)


def present_tells_future(c: Candidate, ctx: Context) -> bool:
    """Whether the date stands in a clause of a language that tells what lies ahead in the
    present, the clause shows no past form and the date's own stretch of it (between commas) a
    verb in the present: "SAP eröffnet im Juli ein Labor" (not "eröffnete", "hat … eröffnet",
    "die im Juli stattfand", "Im August, kurz nach dem Börsengang, sammelte …")."""
    forms, present = past_form_pattern(c.lex.lang), present_verb_pattern(c.lex.lang)
    if forms is None or present is None:
        return False
    before, after = _clause_around(c, ctx)
    own = _COMMA.split(before)[-1] + " " + _COMMA.split(after)[0]
    return forms.search(before + " " + after) is None and present.search(own) is not None


def _an_attribute(c: Candidate, before: str) -> bool:
    """Whether the word right before the day makes it an attribute of the noun before it ("den Berichten vom
    Montag"; the language's ``day_attribute_words``)."""
    words = f"{before} {c.groups.get('prep') or ''}".split()
    return bool(words) and words[-1].lower() in c.lex.extra.get("day_attribute_words", ())


def is_future(c: Candidate, ctx: Context) -> bool:
    """Whether the clause around the expression is in the future tense."""
    before, after = _clause_around(c, ctx)
    if (c.groups.get("prep") or "").lower() in ("until", "till", "by", "bis"):
        return True  # "until Friday", "bis Freitag" point ahead
    if _said_then(c, before, after):
        return False  # "..., wie das Unternehmen am Mittwoch mitteilte": the day it was said
    if _future_cue(c, before) is not None:
        return True
    schedule = schedule_patterns(c.lex.lang)
    if schedule is not None:
        own = _COMMA.split(before)[-1] + " " + _COMMA.split(after)[0]
        if schedule[0].search(own) and not schedule[1].search(own):
            return True
    # An intent only in the date's own stretch: not "Softbank, das ... plant, hat am Montag".
    intent = intent_cue_pattern(c.lex.lang)
    # ... or the verb right after it, second in its clause: "schon am Donnerstag will Rocket Internet folgen" (not
    # "Zu den Berichten vom Montag will sich Microsoft nicht äußern": the reports' day).
    if intent is not None and (intent.search(_COMMA.split(before)[-1]) or (
            intent.match(after.lstrip()) and not _an_attribute(c, before))):
        hearsay = hearsay_pattern(c.lex.lang)
        return hearsay is None or hearsay.search(ctx.text_of(c), c.end, ctx.sentence_bounds(c.start)[1]) is None
    cue = _future_cue(c, after)
    if cue is None:
        return False
    if _COMMA.search(after, 0, cue.start()) and _simple_past_before(c.lex.lang, before):
        return False  # "agreed on Monday to buy National, betting that analog chips will grow": another clause's
    # "said late on Sunday that he will join", "on Friday announced it will close", "hatte
    # am Mittwoch mitgeteilt, es werde wachsen": the future is what was said; the date is
    # the saying's, and that is past.
    reports, past = report_pattern(c.lex.lang), past_cue_pattern(c.lex.lang)
    for told in (reports, past):
        if told is not None and (told.search(before) or told.search(after, 0, cue.start())):
            return False
    return True


def _future_cue(c: Candidate, text: str) -> re.Match[str] | None:
    """The first word of ``text`` that puts a clause in the future, passing over a Chinese 将 that only marks the
    object of a verb of putting ("1月14日將小米列入清單", "华为将荣耀出售给…": registry.disposal_pattern)."""
    disposal = disposal_pattern(c.lex.lang)
    return next((cue for cue in future_cue_pattern(c.lex.lang).finditer(text)
                 if disposal is None or not disposal.match(text, cue.start())), None)


def _said_on(c: Candidate, before: str, after: str) -> bool:
    """Whether the date is the day of a saying, before publication: a verb of saying a few
    words before it, nothing between saying where to ("Google announced Bard on Feb. 6";
    not "announced today an event to be held on November 25", "confirmed WWDC for June
    10", "kündigte Zahlen für den 22. Mai an").  Chinese puts the day of a saying right
    before its verb ("谷歌2月6日宣布"); a day after the verb is what was said ("宣布3月28日发布").
    """
    reports = report_pattern(c.lex.lang)
    if reports is None:
        return False
    if not LANGUAGES[c.lex.lang].spaced:
        return reports.match(after.lstrip(), 0, 4) is not None
    said = list(reports.finditer(before))
    if not said:
        return False
    gap = before[said[-1].end():]
    destinations = c.lex.extra.get("destinations", ())
    return len(gap.split()) <= 3 and len(gap) <= 24 and not any(w in destinations for w in gap.lower().split())


def _said_then(c: Candidate, before: str, after: str) -> bool:
    """Whether the date stands with a verb of saying in its own stretch between commas, with
    no future cue between them: "will buy Nuance, the company said on Monday", "wird ...
    bewertet, wie das Unternehmen am Mittwoch mitteilte" date the saying (not "will report
    on Monday, it said", nor "said it will buy Nuance on Monday")."""
    reports = report_pattern(c.lex.lang)
    if reports is None:
        return False
    future = future_cue_pattern(c.lex.lang)
    near_before = _COMMA.split(before)[-1]
    near_after = _COMMA.split(after)[0]
    # A saying before the date in Chinese tells what will be ("宣布3月28日发布"): not here.
    said = list(reports.finditer(near_before)) if LANGUAGES[c.lex.lang].spaced else []
    if said and not future.search(near_before, said[-1].end()):
        return True
    told = reports.search(near_after)
    return told is not None and not future.search(near_after, 0, told.start())


def _referred_year(c: Candidate, ctx: Context) -> tuple[int, Anchor] | None:
    base, offset = c.lex.year_refs[" ".join(c.groups["yref"].split())]
    if base == "published":
        pub = ctx.pub("year")
        anchor = ctx.pub_anchor()
        return (pub.year + offset, anchor) if pub is not None and anchor is not None else None
    return told_year(c, ctx, offset)


def told_year(c: Candidate, ctx: Context, offset: int = 0) -> tuple[int, Anchor] | None:
    """The year of the latest date told before ``c``, ``offset`` years on: what "that year" and "That August"
    count from."""
    reference = mentioned_before(c, ctx, "year", window=None)
    if reference is None or reference.first is None:
        return None
    return int(reference.first[:4]) + offset, mentioned_anchor(reference)


def _sentence_year(c: Candidate, ctx: Context) -> Candidate | None:
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
        if other is not c and not _in_parentheses(ctx.body, other.start, start) \
                and not _PUNCTUATION.search(ctx.body, c.end, other.start):
            return other  # "Mai/Juni 1940"; not "kündigte im Oktober an, bis 2040 ... zu stecken"
        index += 1
    return None


def _other_clause(named: Candidate, c: Candidate, ctx: Context) -> bool:
    """Whether the year ``named`` before ``c`` belongs to an earlier clause with its own
    verb: "co-founded OpenAI in 2015 and sued it in February" does not say which
    February, unless the year opens the sentence ("In 2015, it ... and ... in February")
    and so frames all of it.  A publication in that same year leaves no doubt either."""
    joins = clause_join_pattern(c.lex.lang)
    if joins is None or named.end > c.start:
        return False
    start, _ = ctx.sentence_bounds(c.start)
    if named.start - start <= 40 and len(ctx.body[start:named.start].split()) <= 2:
        return False
    pub = ctx.pub("year")
    if pub is not None and pub.year == int(named.groups["year"]):
        return False
    return bool(joins.search(ctx.body, named.end, c.start) or _SEMICOLON.search(ctx.body, named.end, c.start))


def _in_aside(named: Candidate, c: Candidate, ctx: Context) -> bool:
    """Whether ``named`` stands in an aside between commas that closes before ``c``:
    "Sutskever, who co-founded OpenAI in 2015, said on May 14", "Mistral AI, founded in
    2023 and based in Paris, released Mistral Large in February" tell a day or month of
    the publication's year (or of the date told before, in a text without one)."""
    start, _ = ctx.sentence_bounds(c.start)
    # Within a clause's reach: a sentence of n dates must not cost n² (one long run-on line).
    opened = [m.start() for m in _COMMA.finditer(ctx.body, max(start, named.start - CLAUSE_WINDOW), named.start)]
    return bool(opened) and opened[-1] > start and _COMMA.search(ctx.body, named.end, c.start) is not None


def year_in_doubt(c: Candidate, ctx: Context) -> bool:
    """Whether the year of ``c`` cannot be told: the latest date before it in its sentence
    that names a year ("2015", "December 2015", "April 1, 1976") is another clause's
    (``_other_clause``), so neither it nor the publication date may stand in: "founded
    on April 1, 1976, and went public on December 12" does not say which December."""
    start, _ = ctx.sentence_bounds(c.start)
    index = bisect_right(ctx.dated_starts, c.start - 1) - 1
    while index >= 0 and ctx.dated[index].start >= start:
        named = ctx.dated[index]
        if named.end <= c.start and not _in_parentheses(ctx.body, named.start, start):
            return not _in_aside(named, c, ctx) and _other_clause(named, c, ctx)
        index -= 1
    return False


def _in_parentheses(body: str, pos: int, floor: int) -> bool:
    floor = max(floor, pos - CLAUSE_WINDOW)
    opening = body.rfind("(", floor, pos)
    return opening >= 0 and body.find(")", opening, pos) < 0


def mentioned_before(c: Candidate, ctx: Context, granularity: str,
                      window: int | None, *, happenings: bool = False) -> TimeExpression | None:
    """The latest calendar expression before ``c`` at least as fine as ``granularity``:
    within ``window`` sentences back (0 = its own sentence), or anywhere before it. With
    ``happenings``, not the end of a period reported on ("its fiscal second quarter, which ended on
    Nov. 30"; the language's ``period_ends``): "the next day" counts from a happening's day. Without,
    not after the words that never open a happening's date either (``never_happening_after``, "截至")."""
    here = ctx.sentence_index(c.start)
    ends = c.lex.extra.get("period_ends", ()) if happenings else c.lex.extra.get("never_happening_after", ())
    for previous in reversed(ctx.resolved):
        if previous.start >= c.start:
            continue
        if word_before(ctx, previous, ends):
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


def word_before(ctx: Context, date: TimeExpression, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (a language's ``period_ends``, ``since_words``) stands right before the date."""
    return bool(words) and ctx.body[max(0, date.start - _WORD_BEFORE_REACH): date.start].rstrip().lower().endswith(
        words)


_WORD_BEFORE_REACH = 16  # how far before a date those words may stand


def mentioned_anchor(reference: TimeExpression) -> Anchor:
    return Anchor(source="mentioned", value=reference.value, text=reference.text, start=reference.start)


def narrative_year(c: Candidate, ctx: Context, month: int, day: bool) -> tuple[int, Anchor] | None:
    """In a dated article, the year of a story told in order: a month without a year up to two
    months after a date with an earlier year that its sentence or the one before told, or a day
    (``day``) in the month told: "2018年4月16日，…。同年6月，…。6月29日，…。7月，…" in an article of 2024
    (not 2024-06-29, nor 2023-07); both open their sentences, as a story's steps do (not "has been chief
    executive since February 2014. On March 12", nor "Nvidia, founded in April 1993, said on May 22"),
    and the first starts no span ("Seit Februar 2014 …"). The month told again is another year's:
    "took it public in June 2019. The company joined the S&P 500 index in June" (of the article's
    year); and a story of the year before may return to the news: "Ende November 2022 veröffentlichte
    … Am 6. November hatte Altman" in November 2023, "in January 2023. In February, Microsoft also
    agreed" in 2024."""
    if ctx.published is None:
        return None
    # ... or, within one sentence, after a date that itself went on from one told before: "案件源於2015年11月的黑客
    # 入侵事件。黑客於同月14日入侵…，集團至11月24日才察覺異常" in an article of 2018 (2015-11-24). (Not after a date
    # the sentence names outright: "Nvidia, founded in April 1993, said on May 22".)
    going_on = mentioned_before(c, ctx, "month", window=0)
    pub = ctx.pub("year")
    if going_on is not None and going_on.first is not None and going_on.anchor is not None \
            and going_on.anchor.source == "mentioned" and pub is not None:
        year, told = int(going_on.first[:4]), int(going_on.first[5:7])
        if year < pub.year and told <= month <= told + _STORY_MONTHS and (month != told or day):
            return year, mentioned_anchor(going_on)
    if not _opens_sentence(ctx, c.start):
        return None
    reference = mentioned_before(c, ctx, "month", window=1)
    if reference is None or reference.first is None or reference.granularity is None or pub is None \
            or not _opens_sentence(ctx, reference.start) \
            or word_before(ctx, reference, c.lex.extra.get("since_words", ())):
        return None
    year, told = int(reference.first[:4]), int(reference.first[5:7])
    same = month == told and day and reference.granularity == "month"
    if year > pub.year - _STORY_YEARS_BACK or not (same or told < month <= told + _STORY_MONTHS):
        return None
    return year, mentioned_anchor(reference)


def _opens_sentence(ctx: Context, pos: int) -> bool:
    """Whether the date at ``pos`` opens its sentence, maybe after a short word ("In June", "Am 29. Juni")."""
    before = ctx.body[ctx.sentence_bounds(pos)[0]: pos].strip(" \t\n\"'“„«‘*#>-")
    return _SHORT_OPENER.fullmatch(before) is not None


_SHORT_OPENER = re.compile(r"(?:[A-Za-zÄÖÜäöüß]{1,4})?")
_STORY_MONTHS = 2  # how many months after a date told a month without a year still continues its story
_STORY_YEARS_BACK = 2  # how many years before the article's at least a story told in order lies


def text_year(c: Candidate, ctx: Context) -> tuple[int, Anchor] | None:
    """The year a month, day or season without one belongs to, when the text says it.

    Words next to it that give the year ("July 12 last year", "同年7月") decide alone:
    without the date they count from, the year is not known (the caller leaves the
    expression unanchored, as it must when ``c.groups`` holds "yref").

    A year named in the same sentence wins.  In a document without a publication
    date (a narrative, as Wikipedia tells a war) the year is the one of the latest
    date mentioned before: "Im Mai" after "April 1940" is May 1940.  A dated news
    article resolves against its publication date instead (the caller's fallback).
    """
    if "yref" in c.groups:
        return _referred_year(c, ctx)
    named = _sentence_year(c, ctx)
    if named is not None and _in_aside(named, c, ctx):
        named = None
    if named is not None and _other_clause(named, c, ctx):
        return None  # the caller asks year_in_doubt and leaves it unanchored
    if named is not None:
        anchor = Anchor(source="mentioned", value=named.groups["year"], text=ctx.body[named.start:named.end],
                        start=named.start)
        return int(named.groups["year"]), anchor
    if ctx.published is None:
        reference = mentioned_before(c, ctx, "year", window=None)
        if reference is not None and reference.first is not None:
            return int(reference.first[:4]), mentioned_anchor(reference)
    return None
