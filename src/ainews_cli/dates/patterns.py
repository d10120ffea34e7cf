"""Compiled candidate regexes, one combined pattern per language, built from the lexicon.

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
from functools import cache

from .lexicon import LEXICONS, ZH_RELATIVE_YEARS, Lexicon

# Kinds in priority order; a kind missing from a language is simply skipped.
KINDS = (
    "iso", "dmy_num", "zh_ymd", "mdy", "dmy", "quarter", "half", "season", "month_year", "bc_year",
    "decade", "century", "narrative", "following", "ago", "weekend", "weekday", "anaphor", "rel_unit",
    "rel_day", "set", "bare_month", "bare_season", "month_day", "clock", "duration", "ref", "year",
)

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# With a month or day next to it a number is surely a year, whatever its century.
_YEAR_ANY = r"(?P<year>1\d{3}|20\d\d)"
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
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"


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


def _month_any(lex: Lexicon) -> str:
    # Abbreviations may carry a dot ("Dec."); full names are tried first by length.
    return alt([*lex.months, *lex.month_abbrevs]) + r"\b\.?"


def _latin_rules(lex: Lexicon) -> dict[str, str]:
    en = lex.lang == "en"
    x = lex.extra
    month_any = _month_any(lex)
    months = alt(lex.months)
    nums = r"(?:" + alt(lex.numbers, cap=True) + r"|\d{1,3}(?:[.,]\d)?)"
    units = alt(lex.units)
    cal_units = alt(w for w, code in lex.units.items() if code in {"Y", "M", "W", "D"})
    mods = r"(?P<mod>" + alt(lex.mods, cap=True) + r")(?:\s*-\s*|\s+)"
    ordinals = alt(lex.ordinals)
    weekdays = alt(lex.weekdays)
    zones = alt(x["time_zones"])
    rel = alt(lex.relative, cap=True)
    year_free = (
        # A year must stand alone: not "$2015", "v2023.1", "GPT-2023", nor a count or a percent.
        r"(?:(?<=\d{4}/)|(?<![\w$€£¥.,/'’#]))(?<![A-Za-z]-)"
    )
    year_tail = (
        r"(?![\d%]|[^\W\d_]|[.,]\d|\s*%|\s+(?:percent|per\s+cent|Prozent)\b|\s+" + alt(x["count_nouns"]) + r"\b)"
    )
    rules: dict[str, str] = {}
    rules["iso"] = (
        r"(?<![\w.\-/])" + _YEAR + r"-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?:Z|[+-]\d\d:?\d\d)?)?)?(?![\w\-/])"
    )
    if en:
        rules["mdy"] = (
            r"(?P<core>(?P<month>" + month_any + r")\s*" + _DAY + r"(?:st|nd|rd|th)?\s?,?\s+" + _YEAR_ANY
            + r")(?!\d)"
        )
        rules["dmy"] = (
            r"(?<![\d.,$])(?P<core>" + _DAY + r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + month_any
            + r"),?\s+" + _YEAR_ANY + r")(?!\d)"
        )
        rules["month_year"] = (
            r"(?:" + mods + r")?(?P<core>(?P<month>" + month_any + r")\s+(?:of\s+)?" + _YEAR_ANY + r")(?!\d)"
        )
        rules["quarter"] = (
            r"(?:(?:[Tt]he\s+)?(?P<qord>" + ordinals + r")\s+quarter\s+(?:of\s+)?|Q(?P<qnum>[1-4])\s*"
            r"(?:of\s+|/\s*)?)" + _YEAR + r"(?!\d)"
            r"|[Tt]he\s+(?P<qord2>" + ordinals + r")(?:\s+|-)quarter\b(?!\s+(?:of\s+)?(?:\d|this|last|next))"
        )
        rules["half"] = (
            r"(?:(?:[Tt]he\s+)?(?P<hord>first|second)\s+half\s+(?:of\s+)?|H(?P<hnum>[12])\s*(?:of\s+)?)"
            + _YEAR + r"(?!\d)"
        )
        rules["season"] = (
            r"(?:" + mods + r")?(?:[Tt]he\s+)?(?P<season>" + alt(lex.seasons, cap=True) + r")\s+(?:of\s+)?"
            + _YEAR + r"(?!\d)"
        )
        rules["decade"] = (
            r"(?:" + mods + r")?(?:[Tt]he\s+)?(?:(?P<mod2>early|mid|late)(?:-|\s+))?(?<![\d$.,])"
            r"(?P<decade>1[89]\d|20\d)0s\b"
        )
        rules["century"] = r"(?:[Tt]he\s+)?(?P<cord>" + ordinals + r")\s+century\b"
        # "the same day", "the end of the year" (the year being told, or the article's own).
        rules["anaphor"] = (
            r"(?:" + mods + r")?(?P<same>[Tt]he(?:\s+very)?\s+same|[Tt]he\s+(?:previous|prior|preceding)|the)"
            r"\s+(?P<aunit>day|month|year)\b(?!\s+\d)"
        )
        rules["following"] = r"[Tt]he\s+(?:following|next)\s+(?P<unit>year|month|week|day)\b"
        rules["ago"] = r"(?<![\d$€£.,])(?P<num>" + nums + r")\s+(?P<unit>" + units + r")\s+ago\b"
        rules["rel_unit"] = (
            r"(?:" + mods + r")?(?:(?P<side>[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]he\s+)?(?P<rel>" + rel
            + r")\s+(?P<unit>year|month|week)\b(?!-)"
        )
        rules["rel_day"] = (
            r"(?P<lastnight>[Ll]ast\s+night)\b|[Tt]his\s+(?P<thispart>morning|afternoon|evening)\b"
            r"|(?P<relday>" + alt(lex.relative_days, cap=True) + r")\b(?:\s+(?P<part>"
            + alt(lex.parts_of_day) + r")\b)?"
        )
        rules["weekend"] = r"(?P<form>" + alt(x["weekend_forms"], cap=True) + r")\b"
        rules["weekday"] = (
            r"(?:(?P<prep>" + alt(x["weekday_preps"], cap=True) + r")\s+)?(?:(?P<wmod>[Ll]ate|[Ee]arly)\s+)?"
            r"(?:(?P<rel>" + rel + r")\s+)?(?<!Black\s)(?<!Good\s)(?<!Cyber\s)(?P<dow>" + weekdays
            + r")\b(?!-)(?:\s+(?P<part>" + alt(lex.parts_of_day) + r")\b)?"
        )
        rules["set"] = (
            r"(?:" + alt(x["every"], cap=True) + r")\s+(?:(?P<unit>year|month|week|day|quarter|season)"
            r"|(?P<dow>" + weekdays + r")|(?P<season>" + alt(lex.seasons) + r"))\b|(?P<adverb>"
            + alt(x["set_adverbs"]) + r")\b"
        )
        rules["bare_month"] = (
            r"(?:" + mods + r"|(?P<prep>" + alt(x["month_preps"], cap=True) + r")\s+)(?P<month>" + months
            + r")\b(?!\.?,?\s*(?:\d|of\s+\d))"
        )
        rules["month_day"] = (
            r"(?P<month>" + month_any + r")\s*" + _DAY + r"(?:st|nd|rd|th)?\b(?!\s*,?\s*\d|:)"
            r"|(?<![\d.,$])(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>"
            + month_any + r")(?!\.?,?\s*\d)"
        )
        rules["clock"] = (
            r"(?<![\d.:$])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)"
            r"(?:\s+(?P<zone>" + zones + r")\b)?"
            r"|(?<![\d.:$])(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)\s+(?P<zone2>" + zones + r")\b"
        )
        plural_units = r"(?:days|weeks|months|years|decades)\b"
        rules["duration"] = (
            r"(?P<vague>" + alt(x["vague_durations"], cap=True) + r")\b"
            # "the past several months", "recent weeks", "the next few years": lengths of no
            # stated size (TimeML PXM).
            r"|(?P<vague2>(?:[Tt]he\s+)?(?:(?:past|last|next|coming|previous|following)\s+)?"
            r"(?:few|several|many|couple\s+of)\s+" + plural_units
            + r"|(?:[Tt]he\s+)?(?:past|last|next|coming|previous)\s+" + plural_units
            + r"|[Rr]ecent\s+" + plural_units
            + r"|[Tt]he\s+past\s+(?:decade|year|month)\b"
            # "for days", "within weeks", "the first time in years"
            + r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in ("for", "within", "in", "over", "after", "lasting"))
            + r")(?:days|weeks|months|years|decades|hours|minutes)\b(?!\s+(?:ago|later|earlier|of|old))" + r")"
            r"|(?<![\d$€£.,])(?P<num>" + nums + r")[\s-]+(?P<unit>" + units + r")\b(?!-)"
        )
        past = alt(x for x in lex.past_refs if x != "in the past")
        rules["ref"] = (
            r"(?P<present>" + alt(lex.present_refs, cap=True) + r")\b(?!-)"
            r"|(?P<past>" + past + r"|[Ii]n\s+the\s+past(?!\s+(?:" + nums + r"|few|several|" + units
            + r")\b))\b"
            r"|(?P<future>" + alt(lex.future_refs, cap=True) + r")\b"
        )
    else:  # German
        day_dot = r"(?<![\d.,])" + _DAY + r"\.\s*"
        rules["dmy_num"] = (
            r"(?<![\d.,])" + _DAY + r"\.\s?(?P<month>0?[1-9]|1[0-2])\.\s?" + _YEAR_ANY + r"(?![\d.]\d)"
        )
        rules["dmy"] = r"(?P<core>" + day_dot + r"(?P<month>" + month_any + r")\s+" + _YEAR_ANY + r")(?!\d)"
        rules["month_year"] = (
            r"(?:" + mods + r")?(?P<core>(?P<month>" + month_any + r")\s+" + _YEAR_ANY + r")(?!\d)"
        )
        rules["quarter"] = (
            r"(?:(?P<qord>" + ordinals + r")\s+Quartal\s+(?:des\s+Jahres\s+)?|Q(?P<qnum>[1-4])\s*/?\s*)"
            + _YEAR + r"(?!\d)"
        )
        rules["half"] = (
            r"(?:(?P<hord>" + ordinals + r")\s+(?:Halbjahr|Jahreshälfte)\s+(?:des\s+Jahres\s+)?"
            r"|H(?P<hnum>[12])\s*/?\s*)" + _YEAR + r"(?!\d)"
        )
        rules["season"] = (
            r"(?:" + mods + r")?(?:(?:im|der|den)\s+)?(?P<season>" + alt(lex.seasons)
            + r")\s+(?:des\s+Jahres\s+)?" + _YEAR_ANY + r"(?!\d)"
        )
        rules["decade"] = (
            r"(?:" + mods + r")?(?:(?:der|den|die)\s+)?(?<![\d.,])(?P<decade>1[89]\d|20\d)0er\b"
            r"(?:\s+Jahren?\b)?"
        )
        rules["century"] = r"(?<![\d.])(?P<cord>19|20|21)\.\s*Jahrhunderts?\b"
        rules["narrative"] = (
            r"(?<![\d.,])(?P<num>" + nums + r")\s+(?P<unit>" + cal_units + r")\s+(?P<dir>"
            + alt([*x["later"], *x["earlier"]]) + r")\b"
        )
        rules["following"] = r"(?:[Ii]m|[Aa]m)\s+(?:folgenden|darauffolgenden)\s+(?P<unit>Jahr|Monat|Tag)\b"
        rules["ago"] = r"[Vv]or\s+(?P<num>" + nums + r")\s+(?P<unit>" + units + r")\b"
        rules["rel_unit"] = (
            r"(?P<mod>Anfang|Mitte|Ende)\s+(?P<grel>" + alt(lex.relative) + r")\s+(?P<gunit>Jahres|Monats)\b"
            r"|(?:(?:[Ii]n\s+der|[Ii]n|[Ii]m|[Aa]m)\s+)?(?P<rel>" + rel
            + r")\s+(?P<unit>Jahr|Monat|Woche)\b"
        )
        rules["rel_day"] = (
            r"(?P<relday>[Hh]eute|[Gg]estern|morgen)\b(?:\s+(?P<part>Morgen|Vormittag|Nachmittag|Abend|Nacht)\b)?"
        )
        rules["weekend"] = r"(?P<form>" + alt(x["weekend_forms"], cap=True) + r")\b"
        rules["weekday"] = (
            r"(?:(?P<prep>" + alt(x["weekday_preps"], cap=True) + r")\s+)?(?:(?P<rel>" + alt(lex.relative)
            + r")\s+)?(?P<dow>" + weekdays + r")(?P<part>" + alt(lex.parts_of_day) + r")?(?![a-zäöüß\-])"
        )
        rules["set"] = (
            r"(?:" + alt(x["every"], cap=True) + r")\s+(?:(?P<unit>Jahr|Monat|Woche|Tag|Quartal)"
            r"|(?P<dow>" + weekdays + r")|(?P<season>" + alt(lex.seasons) + r"))\b|(?P<adverb>"
            + alt(x["set_adverbs"], cap=True) + r")\b"
        )
        rules["bare_month"] = (
            r"(?:" + mods + r"|(?P<prep>" + alt(x["month_preps"], cap=True) + r")\s+)?(?P<month>" + months
            + r")\b(?!\.?\s*\d)(?!-)"
        )
        # Anaphora to a date just told: "am selben Tag", "im gleichen Jahr", "Ende des Jahres".
        rules["anaphor"] = (
            r"(?:(?P<mod>Anfang|Beginn|Mitte|Ende)\s+)?(?:(?:[Aa]m|[Ii]m|[Aa]n|[Ii]n)\s+)?"
            r"(?:(?P<same>selben|gleichen|demselben|diesem|dieses|desselben|des)\s+)"
            r"(?P<aunit>Tag|Tages|Monat|Monats|Jahr|Jahres)\b(?:\s+" + _YEAR_ANY + r"\b)?(?![\s\d]*\d)"
        )
        rules["bare_season"] = (
            r"(?:" + mods + r")?(?:(?:[Ii]m|[Dd]en|[Dd]er|[Dd]es|[Dd]iesen|[Dd]ieses)\s+)?(?P<season>"
            + alt(lex.seasons) + r")s?\b(?!\s+\d)(?!-)"
        )
        rules["month_day"] = day_dot + r"(?P<month>" + month_any + r")(?!\.?\s*\d)"
        rules["clock"] = (
            r"(?:[Uu]m\s+)?(?<![\d.:,])(?P<hour2>[01]?\d|2[0-3])(?:[:.](?P<minute2>[0-5]\d))?\s*Uhr\b"
            r"(?:\s+(?P<zone2>" + zones + r")\b)?"
        )
        rules["duration"] = (
            r"(?P<vague>" + alt(x["vague_durations"], cap=True) + r")\b"
            r"|(?<![\d$€£.,])(?P<num>" + nums + r")\s+(?P<unit>" + units + r")\b(?!-)"
        )
        rules["ref"] = (
            r"(?P<present>" + alt(lex.present_refs, cap=True) + r")\b"
            r"|(?P<past>" + alt(lex.past_refs, cap=True) + r")\b"
            r"|(?P<future>" + alt(lex.future_refs, cap=True) + r")\b"
        )
    if en:
        rules["narrative"] = (
            r"(?<![\d$€£.,])(?P<num>" + nums + r")\s+(?P<unit>" + cal_units + r")\s+(?P<dir>"
            + alt([*x["later"], *x["earlier"]]) + r")\b"
        )
    rules["year"] = (
        r"(?:" + mods + r"|" + year_free + r")(?:(?=1[89]\d\d|20\d\d)|" + _OLD_YEAR + r")" + _YEAR_ANY + year_tail
    )
    # Years before the common era: "490 v. Chr.", "das Jahr 256 v. Chr.", "44 BC".
    rules["bc_year"] = (
        r"(?:(?:[Dd]as\s+)?Jahre?s?\s+)?(?<![\d.,])(?P<bc>\d{1,4})\s*"
        r"(?:v\.\s*Chr\.|vor\s+Christus|BC\b|B\.C\.|BCE\b)"
    )
    return rules


def _zh_rules(lex: Lexicon) -> dict[str, str]:
    num = r"(?P<num>\d{1,3}|[一两二三四五六七八九十]+)"
    cal_unit = r"(?P<unit>年|个月|周|个星期|星期|天)"
    part = r"(?P<part>" + alt(lex.parts_of_day) + r")?"
    month = r"(?P<month>1[0-2]|0?[1-9])"
    rules: dict[str, str] = {}
    rules["iso"] = (
        r"(?<![\d.\-/])" + _YEAR + r"-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?![\d\-/])"
    )
    rules["zh_ymd"] = r"(?<!\d)" + _YEAR + r"\s*年\s*" + month + r"\s*月(?:\s*" + _DAY + r"\s*[日号])?"
    rules["quarter"] = r"(?<!\d)" + _YEAR + r"\s*年\s*第?(?P<qord>[一二三四1-4])季度"
    rules["half"] = r"(?<!\d)" + _YEAR + r"\s*年\s*(?P<hord>上|下)半年"
    rules["season"] = r"(?<!\d)" + _YEAR + r"\s*年\s*(?P<season>" + alt(lex.seasons) + r")"
    rules["decade"] = r"(?<!\d)(?P<decade>1[89]\d|20\d)0\s*年代"
    rules["narrative"] = num + r"\s*" + cal_unit + r"\s*(?P<dir>之后|以后|后)"
    rules["ago"] = num + r"\s*(?P<unit>年|个月|周|个星期|星期|天|个小时|小时|分钟)\s*(?:之前|以前|前)"
    rules["weekend"] = r"(?P<rel>上|本|这|下)?个?周末"
    rules["weekday"] = r"(?P<rel>上|本|这|下)?个?(?:周|星期|礼拜)(?P<dow>[一二三四五六日天])" + part
    rules["rel_unit"] = (
        r"(?P<ryear>" + alt(ZH_RELATIVE_YEARS) + r")|(?P<rel>上|本|这|下)个?(?P<unit>月|周|星期)"
    )
    rules["rel_day"] = r"(?P<relday>" + alt(lex.relative_days) + r")" + part
    rules["set"] = r"每(?P<unit>年|月|周|天|季度)"
    rules["month_day"] = r"(?<![\d年])" + month + r"\s*月\s*" + _DAY + r"\s*[日号]"
    rules["bare_month"] = r"(?<![\d年个])" + month + r"\s*月(?!\s*\d|份\s*\d)"
    rules["ref"] = (
        r"(?P<present>" + alt(lex.present_refs) + r")|(?P<past>" + alt(lex.past_refs) + r")"
        r"|(?P<future>" + alt(lex.future_refs) + r")"
    )
    rules["year"] = r"(?<!\d)" + _YEAR + r"\s*年(?P<zmod>初|底|末)?(?!\s*\d)"
    return rules


_GROUP = re.compile(r"\(\?P<(\w+)>")


def _starters(lex: Lexicon) -> str:
    """A lookahead for the first token any rule of ``lex`` can start with.

    Checked once per word start, it spares the engine trying every rule at words that
    cannot begin a date ("company", "the" not followed by a date word still pays).
    A test compares the filtered pattern with the unfiltered one to keep them in step.
    """
    if lex.lang == "zh":
        heads = {w[0] for table in (lex.relative_days, ZH_RELATIVE_YEARS, lex.relative, lex.numbers)
                 for w in table}
        heads |= {w[0] for w in (*lex.present_refs, *lex.past_refs, *lex.future_refs)}
        heads |= set("周星礼每")
        return r"(?=\d|[" + "".join(sorted(heads)) + r"])"
    x = lex.extra
    words = {*lex.months, *lex.month_abbrevs, *lex.weekdays, *lex.seasons, *lex.numbers, *lex.ordinals,
             *lex.relative, *lex.relative_days, *x["every"], *x["set_adverbs"], *x["month_preps"],
             *x["weekday_preps"]}
    phrases = (*lex.mods, *lex.present_refs, *lex.past_refs, *lex.future_refs, *x["weekend_forms"],
               *x["vague_durations"], *x.get("following", ()), *x.get("later", ()), *x.get("earlier", ()))
    words |= {phrase.split()[0] for phrase in phrases}
    # Rule openers that are not lexicon words: articles, prepositions, "Q3", "H1".
    words |= {"few", "several", "many", "couple", "past", "previous", "recent", "following", "coming", "days",
              "weeks", "months", "years", "decades", "hours", "minutes"}
    words |= {"the", "in", "im", "am", "an", "um", "vor", "der", "den", "die", "das", "des", "dem", "diesem",
              "dieses", "diesen", "selben", "gleichen", "demselben", "desselben", "Beginn", "Jahr", "Jahre",
              "Jahres"}
    words |= {word[0].upper() + word[1:] for word in words}
    # Weekdays go without a word end: German glues the part of day on ("Sonntagnacht").
    return r"(?=\d|[QH][1-4]|" + trie(words) + r"\b|" + trie(lex.weekdays) + ")"


def trie(words: Iterable[str]) -> str:
    """An alternation factored by common prefixes, so the engine branches once per letter."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)


@cache
def language_pattern(lang: str, *, prefilter: bool = True) -> re.Pattern[str] | None:
    """The combined candidate regex for ``lang``, or None without a lexicon.

    ``prefilter=False`` drops the first-token lookahead; only tests want that.
    """
    lex = LEXICONS.get(lang)
    if lex is None:
        return None
    rules = _zh_rules(lex) if lang == "zh" else _latin_rules(lex)
    alternatives = []
    for kind in KINDS:
        if kind in rules:
            inner = _GROUP.sub(rf"(?P<{kind}__\1>", rules[kind])
            alternatives.append(f"(?P<{kind}>{inner})")
    # Latin-script rules all start at a word start ("now" must not match inside "know").
    # Testing that once, before the alternation, lets the engine skip mid-word positions
    # without trying every rule there, which is most of the cost of a pass.
    lead = "" if lang == "zh" else r"(?<!\w)(?=\w)"
    if prefilter:
        lead += _starters(lex)
    return re.compile(lead + "(?:" + "|".join(alternatives) + ")")


@cache
def report_pattern(lang: str) -> re.Pattern[str] | None:
    """Past-tense verbs of saying ("said", "sagte"), or None for a language without them."""
    reports = LEXICONS[lang].extra.get("reports")
    return re.compile(r"(?<![\w’'])" + alt(reports, cap=True) + r"\b") if reports else None


@cache
def future_cue_pattern(lang: str) -> re.Pattern[str]:
    lex = LEXICONS[lang]
    if lang == "zh":
        return re.compile(alt(lex.future_cues))
    return re.compile(r"(?<![\w’'])" + alt(lex.future_cues, cap=True) + r"\b|'ll\b|’ll\b")
