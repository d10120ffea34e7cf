"""The date tagger's shared pattern pieces, and their combination into one pattern.

Each language module (``lang_en.py``, ``lang_de.py``, ``lang_zh.py``) builds its rules
from its lexicon with the pieces here: ``alt`` alternations (``languages.trie`` too), the year,
day and ISO rules Latin-script languages share, and the first-token lookahead.
``combine`` joins a language's rules into one pattern.

Every rule is a named alternative ``(?P<kind>...)`` whose inner groups are renamed
``kind__name`` so one pass over a text span finds every kind at once and
``match.lastgroup`` says which rule fired.  Python's alternation is leftmost-first,
not longest, so the rule order below is the tie-break: at one start position the
longer, more specific rules ("two years later", "the end of November 2022") are
listed before the shorter ones they contain ("two years", "2022").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..languages import trie
from .lexicon import DateLanguage, Lexicon

# Kinds in priority order; a kind missing from a language is simply skipped.
KINDS = (
    "iso", "dmy_num", "zh_ymd", "mdy", "dmy", "quarter", "half", "season", "month_year", "bc_year",
    "decade", "century", "narrative", "following", "ago", "weekend", "weekday", "anaphor", "rel_unit",
    "rel_day", "set", "bare_month", "bare_season", "month_day", "day_only", "clock", "duration", "ref",
    "year",
)

YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# With a month or day next to it a number is surely a year, whatever its century.
YEAR_ANY = r"(?P<year>1\d{3}|20\d\d)"
# A year from before 1800 standing alone needs a word that introduces years in front:
# "von 1763", "im Jahr 1614", "(1779)", "1775 bis 1783".
_OLD_YEAR_CUES = (
    "in", "im", "von", "vom", "bis", "seit", "ab", "um", "nach", "vor", "zwischen", "und", "Jahr", "Jahre",
    "Jahres", "Jahren", "since", "until", "by", "from", "to", "of", "year", "around", "circa", "between",
    "and",
)
_OLD_YEAR = (
    r"(?:" + "|".join(rf"(?<=\b{w} )" for w in _OLD_YEAR_CUES) + r"|(?<=\()|(?<=\d–)|(?<=\d-))(?=1[0-7]\d\d)"
)
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"


def alt(words: Iterable[str], *, cap: bool = False) -> str:
    """A non-capturing alternation, longest first, spaces matching any whitespace.

    ``cap`` also admits an initial capital, for words that open a sentence.
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        body = r"\s+".join(re.escape(piece) for piece in word.split(" "))
        first = word[0]
        if cap and first.isalpha() and first.lower() != first.upper():
            body = f"[{first.lower()}{first.upper()}]" + body[len(re.escape(first)):]
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class LatinWords:
    """Alternations of a Latin-script lexicon's tables that many of its rules use."""

    month_any: str  # full month names and abbreviations, an abbreviation maybe with a dot
    months: str  # full month names
    nums: str  # number words and small numbers
    units: str
    cal_units: str  # units of the calendar: years, months, weeks, days
    mods: str  # "early", "the end of", "Anfang" before a date, in the group "mod"
    ordinals: str
    weekdays: str
    zones: str  # time zones
    rel: str  # this/last/next words

    @classmethod
    def of(cls, lex: Lexicon) -> LatinWords:
        return cls(
            # Abbreviations may carry a dot ("Dec."); full names are tried first by length.
            month_any=alt([*lex.months, *lex.month_abbrevs]) + r"\b\.?",
            months=alt(lex.months),
            nums=r"(?:" + alt(lex.numbers, cap=True) + r"|\d{1,3}(?:[.,]\d)?)",
            units=alt(lex.units),
            cal_units=alt(w for w, code in lex.units.items() if code in {"Y", "M", "W", "D"}),
            mods=r"(?P<mod>" + alt(lex.mods, cap=True) + r")(?:\s*-\s*|\s+)",
            ordinals=alt(lex.ordinals),
            weekdays=alt(lex.weekdays),
            zones=alt(lex.extra["time_zones"]),
            rel=alt(lex.relative, cap=True),
        )


def year_after(lex: Lexicon) -> str:
    """The words after a month or a day that give its year, in the group "yref": "July 12
    last year", "in July of the same year", "12. Juli vergangenen Jahres"."""
    return r"(?:,?\s+(?:of\s+)?(?P<yref>" + alt(lex.year_refs) + r")\b(?!['’]s))?"


def latin_rules(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """The rules Latin-script languages share: ISO dates, years, years before the common era.

    Years are told alike in English and German, so one rule knows the words around a
    year in both ("in 1763", "im Jahr 1614", "2048 GPUs", "49 Prozent", "44 BC", "v. Chr.").
    """
    year_free = (
        # A year must stand alone: not "$2015", "v2023.1", "GPT-2023", nor a count or a percent.
        r"(?:(?<=\d{4}/)|(?<![\w$€£¥.,/'’#]))(?<![A-Za-z]-)"
    )
    year_tail = (
        r"(?![\d%]|[^\W\d_]|[.,]\d|\s*%|\s+(?:percent|per\s+cent|Prozent)\b|\s+" + alt(lex.extra["count_nouns"])
        + r"\b)"
    )
    rules: dict[str, str] = {}
    rules["iso"] = (
        r"(?<![\w.\-/])" + YEAR + r"-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?:Z|[+-]\d\d:?\d\d)?)?)?(?![\w\-/])"
    )
    rules["year"] = (
        r"(?:" + words.mods + r"|" + year_free + r")(?:(?=1[89]\d\d|20\d\d)|" + _OLD_YEAR + r")" + YEAR_ANY
        + year_tail
    )
    # Years before the common era: "490 v. Chr.", "das Jahr 256 v. Chr.", "44 BC".
    rules["bc_year"] = (
        r"(?:(?:[Dd]as\s+)?Jahre?s?\s+)?(?<![\d.,])(?P<bc>\d{1,4})\s*"
        r"(?:v\.\s*Chr\.|vor\s+Christus|BC\b|B\.C\.|BCE\b)"
    )
    return rules


def latin_starters(lex: Lexicon) -> str:
    """A lookahead for the first token any rule of a Latin-script ``lex`` can start with.

    Checked once per word start, it spares the engine trying every rule at words that
    cannot begin a date ("company", "the" not followed by a date word still pays).
    A test compares the filtered pattern with the unfiltered one to keep them in step.
    The openers below that are no lexicon words are English and German alike: the
    lookahead only has to let every match through.
    """
    x = lex.extra
    words = {*lex.months, *lex.month_abbrevs, *lex.weekdays, *lex.seasons, *lex.numbers, *lex.ordinals,
             *lex.relative, *lex.relative_days, *x["every"], *x["set_adverbs"], *x["month_preps"],
             *x["weekday_preps"]}
    phrases = (*lex.mods, *lex.present_refs, *lex.past_refs, *lex.future_refs, *x["weekend_forms"],
               *x["vague_durations"], *x.get("following", ()), *x.get("later", ()), *x.get("earlier", ()),
               *lex.day_hours, *lex.holidays)
    words |= {phrase.split()[0] for phrase in phrases}
    # Rule openers that are not lexicon words: articles, prepositions, "Q3", "H1".
    words |= {"few", "several", "many", "couple", "past", "previous", "recent", "following", "coming", "days",
              "weeks", "months", "years", "decades", "hours", "minutes", "just", "only"}
    words |= {"the", "that", "in", "im", "am", "an", "um", "vor", "der", "den", "die", "das", "des", "dem", "diesem",
              "dieses", "diesen", "selben", "gleichen", "demselben", "desselben", "Beginn", "Jahr", "Jahre",
              "Jahres", "Stunden", "wenige", "einige", "nur", "zwei", "drei"}
    words |= {word[0].upper() + word[1:] for word in words}
    # Weekdays go without a word end: German glues the part of day on ("Sonntagnacht").
    return r"(?=\d|[QH][1-4]|" + trie(words) + r"\b|" + trie(lex.weekdays) + ")"


_GROUP = re.compile(r"\(\?P<(\w+)>")


def combine(language: DateLanguage, *, prefilter: bool = True) -> re.Pattern[str]:
    """The language's rules as one pattern, in ``KINDS`` order.

    ``prefilter=False`` drops the first-token lookahead; only tests want that.
    """
    rules = language.rules(language.lexicon)
    alternatives = []
    for kind in KINDS:
        if kind in rules:
            inner = _GROUP.sub(rf"(?P<{kind}__\1>", rules[kind])
            alternatives.append(f"(?P<{kind}>{inner})")
    # Latin-script rules all start at a word start ("now" must not match inside "know").
    # Testing that once, before the alternation, lets the engine skip mid-word positions
    # without trying every rule there, which is most of the cost of a pass.
    lead = r"(?<!\w)(?=\w)" if language.spaced else ""
    if prefilter:
        lead += language.starters(language.lexicon)
    return re.compile(lead + "(?:" + "|".join(alternatives) + ")")
