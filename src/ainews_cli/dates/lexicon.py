"""What the temporal tagger knows of a language: the shape of its word tables
(``Lexicon``) and of the language itself (``DateLanguage``: the tables and the rules
built from them).

Each language is one module, ``lang_<code>.py``, with its ``Lexicon`` and its rules;
``registry.py`` lists them.  Each ``Lexicon`` maps surface words to the numbers and
codes the normaliser needs.  Words are listed in their written case; the rules decide
where an initial capital is also allowed (sentence starts), because German nouns and
English month names must stay capitalised to avoid "may"/"March" the verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# TimeML part-of-day codes: MO morning, AF afternoon, EV evening, NI night.
# Unit codes used throughout: Y year, M month, W week, D day, H hour, MIN minute, DE decade.


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: dict[str, int]  # full names, may stand with a preposition alone
    month_abbrevs: dict[str, int]  # only with a day or a year next to them
    weekdays: dict[str, int]  # ISO weekday numbers, Monday = 1
    parts_of_day: dict[str, str]
    numbers: dict[str, int]  # number words usable before a unit
    units: dict[str, str]  # unit word (all inflections) -> unit code
    ordinals: dict[str, int]  # "third" -> 3, for quarters, halves, centuries
    seasons: dict[str, str]  # -> TimeML season code
    mods: dict[str, str]  # "early" -> START; phrases written with single spaces
    # this/last/next words in front of year/month/week/weekend/weekday -> offset
    relative: dict[str, int]
    relative_days: dict[str, int]  # today/yesterday/tomorrow -> day offset
    present_refs: tuple[str, ...]
    past_refs: tuple[str, ...]
    future_refs: tuple[str, ...]
    future_cues: tuple[str, ...]  # words that make a clause future tense
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Whether no verb form tells a past from a future (Chinese): a day told without a cue is
    # then the nearest, not leaning to the past (handlers).
    tenseless: bool = False
    # Words that give a month or a day its year: "July 12 last year", "im Juli des
    # gleichen Jahres", "同年7月" -> (what the year counts from, years to add). "published":
    # the publication year; "told": the year of the latest date told before.
    year_refs: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Counts of hours that are whole days: "twenty-four" -> 1, for "Twenty-four hours
    # later", "48 Stunden später", 四十八小时后 (that many days after the day told before).
    day_hours: dict[str, int] = field(default_factory=dict)
    # Days named for a fixed day of the year: "New Year's Day" -> (1, 1), "Heiligabend" -> (12, 24),
    # 元旦 -> (1, 1); a day of a month whose year the text or the publication date gives (handlers).
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class DateLanguage:
    """A language of the temporal tagger: its word tables and the rules built from them."""

    lexicon: Lexicon
    rules: Callable[[Lexicon], dict[str, str]]  # rule kind (patterns.KINDS) -> regex
    starters: Callable[[Lexicon], str]  # a lookahead for the first token any rule can start with
    spaced: bool = True  # words stand between spaces and rules start at a word start (not Chinese)
