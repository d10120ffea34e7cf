"""The languages the temporal tagger knows, and the patterns compiled for each.

A language is a module ``lang_<code>.py`` holding its ``Lexicon`` and its rules; to
add one, write the module and list it here.
"""

from __future__ import annotations

import re
from functools import cache

from . import lang_de, lang_en, lang_zh
from .lexicon import DateLanguage, Lexicon
from .patterns import alt, combine

LANGUAGES: dict[str, DateLanguage] = {
    language.lexicon.lang: language for language in (lang_en.LANGUAGE, lang_de.LANGUAGE, lang_zh.LANGUAGE)
}
LEXICONS: dict[str, Lexicon] = {lang: language.lexicon for lang, language in LANGUAGES.items()}


@cache
def language_pattern(lang: str, *, prefilter: bool = True) -> re.Pattern[str] | None:
    """The combined candidate regex for ``lang``, or None for a language the tagger does not know.

    ``prefilter=False`` drops the first-token lookahead; only tests want that.
    """
    language = LANGUAGES.get(lang)
    return combine(language, prefilter=prefilter) if language is not None else None


@cache
def report_pattern(lang: str) -> re.Pattern[str] | None:
    """Past-tense verbs of saying ("said", "sagte"), or None for a language without them."""
    reports = LEXICONS[lang].extra.get("reports")
    if not reports:
        return None
    if not LANGUAGES[lang].spaced:
        return re.compile(alt(reports))
    return re.compile(r"(?<![\w’'])" + alt(reports, cap=True) + r"\b")


@cache
def past_cue_pattern(lang: str) -> re.Pattern[str] | None:
    """Words that put a clause in the past: "had", "was", "hatte", 了 and 曾. Not the
    reporting verbs: "announced today an event to be held on October 12" and "added that
    the contract may be signed on September 12" tell days ahead."""
    language = LANGUAGES[lang]
    cues = language.lexicon.extra.get("past_cues", ())
    if not cues:
        return None
    if not language.spaced:
        return re.compile(alt(cues))
    return re.compile(r"(?<![\w’'])" + alt(cues, cap=True) + r"\b")


@cache
def simple_past_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A verb in the simple past before a date ("Quibi launched on April 6"), and the auxiliaries that, before it in
    the clause, make it no such verb ("is expected on"); None for a language that lists no such verb."""
    extra = LEXICONS[lang].extra
    verbs, blockers = extra.get("simple_past_before"), extra.get("simple_past_blockers", ())
    if not verbs:
        return None
    return re.compile("|".join(verbs)), re.compile("|".join(blockers) or "(?!)")


@cache
def past_form_pattern(lang: str) -> re.Pattern[str] | None:
    """A past form of a verb in a language that tells what lies ahead in the present: an
    auxiliary of a past tense ("hat", "wurde"), a weak preterite ("eröffnete", "meldeten";
    not a word that only ends like one, "ersten", "größte") or a strong one, also after a
    prefix ("kam", "übernahm", "stattfand"); lower case only, as German writes its verbs.
    None for a language whose present does not tell the future."""
    extra = LEXICONS[lang].extra
    auxiliaries, stems = extra.get("past_auxiliaries"), extra.get("strong_past_stems")
    if not auxiliaries or not stems:
        return None
    endings = alt(extra.get("weak_past_endings", ()))
    excluded = "".join(rf"(?<!\b{word})" for word in extra.get("not_weak_past", ()))
    # A stem of three letters or more, not ending in one "s" (superlatives: "meisten").
    weak = rf"\b[a-zäöüß]{{3,}}(?:(?<=ss)|(?<!s))(?:{endings})\b{excluded}"
    return re.compile(rf"\b{alt(auxiliaries)}\b|\b[a-zäöüß]*{alt(stems)}\b|{weak}")


@cache
def present_verb_pattern(lang: str) -> re.Pattern[str] | None:
    """A verb in the present ("eröffnet", "findet"), in a language whose present tells the
    future; None for another language."""
    extra = LEXICONS[lang].extra
    verbs = extra.get("present_verbs")
    if not verbs:
        return None
    excluded = "".join(rf"(?<!\b{word})" for word in extra.get("not_present_verbs", ()))
    return re.compile("(?:" + "|".join(verbs) + ")" + excluded)


@cache
def clause_join_pattern(lang: str) -> re.Pattern[str] | None:
    """Where a second clause with its own verb starts ("and sued", "und verklagte"), or
    None for a language that does not list them."""
    joins = LEXICONS[lang].extra.get("clause_joins")
    if not joins:
        return None
    return re.compile(r"(?<![\w’'])(?:" + "|".join(joins) + r")\b")


@cache
def future_cue_pattern(lang: str) -> re.Pattern[str]:
    """Words that put a clause in the future."""
    language = LANGUAGES[lang]
    if not language.spaced:
        return re.compile(alt(language.lexicon.future_cues))
    return re.compile(r"(?<![\w’'])" + alt(language.lexicon.future_cues, cap=True) + r"\b|'ll\b|’ll\b")


@cache
def disposal_pattern(lang: str) -> re.Pattern[str] | None:
    """A future cue that marks the object of a verb of putting after it, not a future ("將小米列入清單"), from the cue
    on; None for a language without one."""
    extra = LEXICONS[lang].extra
    cues, results = extra.get("disposal_cues"), extra.get("disposal_results")
    if not cues or not results:
        return None
    return re.compile(alt(cues) + r"(?!" + alt(extra.get("disposal_not_after", ())) + r")[^，,。；;]{1,20}?"
                      + alt(results))


@cache
def schedule_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A schedule's verbs in the present, and the words that tie them to another time or make
    them what was to be; None for a language without them."""
    extra = LEXICONS[lang].extra
    cues, breaks = extra.get("schedule_cues"), extra.get("schedule_breaks")
    if not cues:
        return None
    return (re.compile(r"(?<![\w’'])" + alt(cues, cap=True) + r"\b"),
            re.compile(r"(?<![\w’'])" + alt(breaks or (), cap=True) + r"\b"))


@cache
def intent_cue_pattern(lang: str) -> re.Pattern[str] | None:
    """Words that put what follows them ahead ("OpenAI will am Mittwoch ... vorstellen"),
    or None for a language without them."""
    cues = LEXICONS[lang].extra.get("intent_cues")
    return re.compile(r"(?<![\w’'])" + alt(cues, cap=True) + r"\b") if cues else None


@cache
def hearsay_pattern(lang: str) -> re.Pattern[str] | None:
    """What makes an intent word before it hearsay of the past, wherever the rest of its
    sentence puts it ("soll ... entlassen worden sein"), or None for a language without one."""
    ends = LEXICONS[lang].extra.get("hearsay_ends")
    return re.compile(r"\b(?:" + "|".join(ends) + r")\b") if ends else None
