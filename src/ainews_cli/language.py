"""Language: the document's language, spans in another script or language, and the
blocks of text that go to the NLP stage, each in one language.

The script decides first: a document whose letters are mostly Han is Chinese (mostly
kana Japanese, mostly Hangul Korean, Cyrillic Russian, Arabic Arabic), counted before
langdetect and never by it, which reads a Chinese article's Latin residue ("OpenAI",
a URL) as Portuguese.  A Han character is counted as three letters: it carries about
as much text (an English story has about three times as many letters as its Chinese
translation has characters).  A paragraph the document quotes (the one after a line
ending in a colon, a blockquote) does not decide its language.  Only then does
langdetect, seeded so it is deterministic, choose among the Latin-script languages
on a bounded sample of the Latin-script text.

Spans in another language are found line by line.  A line mostly in an East Asian
script is one span across the digits, Latin names and punctuation in it ("OpenAI董事会",
"2023年11月20日 09:15"); only a stretch of Latin text that reads as a sentence (four
words or more, mostly in lower case: a quoted English tweet) is a change of
language.  In a line mostly in Latin script the runs of another script are spans of
their own.  A long paragraph whose function words belong to another supported
language is checked with langdetect and marked when it agrees.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ainews_cli import languages
from ainews_cli.han import HAN
from ainews_cli.records import Span

SAMPLE_CHARS = 4000  # langdetect sees at most this much of a document
SCRIPT_SAMPLE_CHARS = 60_000  # the script counts read at most this much (start, middle, end)
MIN_WORDS_FOR_PARAGRAPH_CHECK = 12
MIN_FOREIGN_WORDS = 4  # a Latin stretch in Chinese text shorter than this is a name, not a language
EAST_ASIAN_WEIGHT = 3  # letters one Han, kana or Hangul character counts as

# Runs of one non-Latin script; punctuation, digits and spaces between characters
# of the run belong to it.
_SCRIPTS = {
    "zh": HAN,
    "ja": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "ko": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
    "ru": "\u0400-\u04ff",
    "ar": "\u0600-\u06ff",
}
_EAST_ASIAN = ("zh", "ja", "ko")
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
_SCRIPT_RUN = re.compile(
    "[" + "".join(_SCRIPTS.values()) + "](?:[" + "".join(_SCRIPTS.values()) + _CJK_PUNCT
    + r"0-9\s·•\-]*[" + "".join(_SCRIPTS.values()) + _CJK_PUNCT + "])?"
)
# A run in a line mostly in Latin script, with the digits written before it: "2023年11月20日".
_NARROW_RUN = re.compile(r"(?:(?<![^\W\d_])\d[\d:./\-]*\s?(?=[" + "".join(_SCRIPTS[lang] for lang in ("zh", "ja", "ko"))
                         + "]))?" + _SCRIPT_RUN.pattern)
# The katakana middle dot "・" joins the parts of a foreign name in Chinese too ("比尔・盖茨"):
# counted as kana, a Chinese paragraph of names read as Japanese.
_COUNTED = {lang: re.compile(f"[{chars}]" if lang != "ja" else f"(?!\u30fb)[{chars}]")
            for lang, chars in _SCRIPTS.items()}
_LETTER = re.compile(r"[^\W\d_]", re.U)
_WORD = re.compile(r"[^\W\d_]+", re.U)
_ALNUM = re.compile(r"[^\W_]", re.U)  # a block of "1942" alone (a heading) is still text
_NON_LATIN = "".join(_SCRIPTS.values())
_ANY_SCRIPT = re.compile(f"[{_NON_LATIN}]")
_LATIN_WORD = re.compile(f"[^\\W\\d_{_NON_LATIN}]+(?:['’][^\\W\\d_{_NON_LATIN}]+)*")
_LATIN_LETTER = re.compile(f"[^\\W\\d_{_NON_LATIN}]")
_EAST_ASIAN_CHAR = re.compile("[" + "".join(_SCRIPTS[lang] for lang in _EAST_ASIAN) + "]")
# A Latin stretch inside East Asian text: Latin words and what may stand between them.
# A closing quotation mark after a sentence ends it: "…with OpenAI.” OpenAI董事会…".
_QUOTES = "\"“”„«»"
_LATIN_STRETCH = re.compile(
    f"[^\\W\\d_{_NON_LATIN}](?:(?:[^{_NON_LATIN}{_CJK_PUNCT}{_QUOTES}\\n]|(?<![.!?…])[{_QUOTES}])*"
    f"[^\\W_{_NON_LATIN}])?[.!?…]*"
)
_QUOTE_OPENERS = ">\"“”„«»「『‘'"

# Languages langdetect can name that are written in Latin script; it chooses among them only.
LATIN_SCRIPT_LANGS = frozenset(
    "af ca cs cy da de en es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv sw tl tr vi".split()
)

# The most frequent function words of each language (data/languages/*.toml): enough
# to notice an English paragraph in a German article (and the reverse) without
# running langdetect on every paragraph.
FUNCTION_WORDS = {lang: frozenset(words) for lang, words in languages.per_language("language.function_words").items()}
# A document whose words are at least this share one language's function words, and
# that language's at least FUNCTION_WORDS_LEAD times the others', is in that language
# without asking langdetect (which costs as much as the rest of reading the language).
FUNCTION_WORDS_SHARE = 0.25
FUNCTION_WORDS_LEAD = 3
FUNCTION_WORDS_MIN = 30  # words in the sample; fewer, and langdetect decides


@dataclass(frozen=True)
class Block:
    """A stretch of text that is analysed as one unit in one language."""

    start: int
    end: int
    lang: str


def script_lang(text: str) -> str | None:
    """The language a run of non-Latin script stands for (kana means Japanese)."""
    for lang in ("ja", "ko", "zh", "ru", "ar"):
        if re.search("[" + _SCRIPTS[lang] + "]", text):
            return lang
    return None


@lru_cache(maxsize=1)
def _detector_factory():  # type: ignore[no-untyped-def]
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    from langdetect.detector_factory import init_factory

    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def langdetect(text: str, *, latin: bool = True) -> str | None:
    """langdetect's answer for ``text``, deterministic; None when it has no answer.

    ``latin``: choose among the Latin-script languages only (the script counts have
    decided already that the text is not Chinese, Japanese, Korean, ...)."""
    from langdetect.lang_detect_exception import LangDetectException

    from ainews_cli.detector import FastDetector

    factory = _detector_factory()
    if not factory.langlist:
        raise LangDetectException(0, "langdetect has no language profiles")
    detector = FastDetector(factory)  # factory.create()'s Detector, with faster inner loops
    detector.append(text[:SAMPLE_CHARS])
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return None
    codes = [_normalise_code(guess.lang) for guess in found]
    if latin:
        codes = [code for code in codes if code in LATIN_SCRIPT_LANGS]
    return codes[0] if codes else None


def _normalise_code(code: str) -> str:
    return "zh" if code.startswith("zh") else code


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in (a bounded sample of) ``text``: zh (Han), ja (kana), ko
    (Hangul), ru (Cyrillic), ar (Arabic), and latin for every other letter."""
    sample = _spread(text, SCRIPT_SAMPLE_CHARS)
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in _COUNTED.items()}
    counts["latin"] = len(_LETTER.findall(sample)) - sum(counts.values())
    return counts


def dominant_script(text: str) -> str | None:
    """The language the document's own letters' script stands for (zh, ja, ko, ru,
    ar), or None when they are mostly Latin (langdetect decides then)."""
    own = _own_text(text)
    counts = script_counts(own)
    if sum(counts.values()) < 20 <= sum(script_counts(text).values()):
        counts = script_counts(text)  # little text besides quotations: all of it decides
    east = sum(counts[lang] for lang in _EAST_ASIAN)
    weighted = east * EAST_ASIAN_WEIGHT
    others = counts["latin"] + counts["ru"] + counts["ar"]
    if east and weighted >= others:
        if counts["ko"] > counts["zh"] + counts["ja"]:
            return "ko"
        # Japanese writes kana between its kanji; Chinese has none (or a stray の).
        return "ja" if counts["ja"] >= 0.1 * (counts["zh"] + counts["ja"]) else "zh"
    if counts["ru"] + counts["ar"] > counts["latin"] + weighted:
        return "ru" if counts["ru"] >= counts["ar"] else "ar"
    return None


def _own_text(text: str) -> str:
    """The document's text less what it quotes: the paragraph after a line that ends
    in a colon ("纳德拉在推文中写道：", "He wrote:"), and quoted or blockquoted lines."""
    kept = []
    quoting = False
    for line in _spread(text, SCRIPT_SAMPLE_CHARS * 2).splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if quoting or stripped[0] in _QUOTE_OPENERS:
            quoting = False
            continue
        kept.append(stripped)
        quoting = stripped.endswith((":", "："))
    return "\n".join(kept)


def _spread(text: str, size: int) -> str:
    """``text`` when short, else its beginning, middle and end (``size`` characters)."""
    if len(text) <= size:
        return text
    third = size // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle - third // 2: middle + third // 2], text[-third:]))


def detect_document_language(text: str, declared: str | None = None) -> str:
    """The language of a document's text (its declared language wins)."""
    if declared:
        return declared.strip().lower().split("-")[0].split("_")[0]
    # Most documents have no letter of a script of their own: then the script counts
    # cannot decide and there are no runs to take out, so neither is counted.
    scripts = _ANY_SCRIPT.search(text) is not None
    by_script = dominant_script(text) if scripts else None
    if by_script is not None:
        return by_script
    latin = _SCRIPT_RUN.sub(" ", text) if scripts else text
    if _at_least(_LETTER.finditer(latin), 20) < 20:
        runs = _SCRIPT_RUN.findall(text)
        if runs:
            return script_lang(max(runs, key=len)) or "und"
    # Too little real text ("ok", a megabyte of "xxxx") and langdetect guesses at random:
    # the language is then undetermined, not a guess.
    if _at_least((word.group(0).lower() for word in _WORD.finditer(latin, 0, SAMPLE_CHARS * 4)), 3,
                 distinct=True) < 3:
        return "und"
    sample = _sample(latin)
    words = _WORD.findall(sample)
    # Greek, Hebrew, Thai ... (no script of their own here): langdetect may name them.
    mostly_latin = len(_LATIN_WORD.findall(sample)) * 2 >= len(words)
    if mostly_latin and (by_words := _by_function_words(words)) is not None:
        return by_words
    return langdetect(sample, latin=mostly_latin) or "und"


def _at_least(items: Iterator[Any], enough: int, *, distinct: bool = False) -> int:
    """How many ``items`` there are (distinct ones with ``distinct``), counted up to ``enough``."""
    seen: set[Any] = set()
    count = 0
    for item in items:
        if distinct:
            seen.add(item)
            count = len(seen)
        else:
            count += 1
        if count >= enough:
            break
    return count


def _by_function_words(words: list[str]) -> str | None:
    """The language whose function words make up a news text's share of ``words``
    while the other languages' barely occur; None when that is not clear (langdetect
    decides then).  English and German news run at 26-60% of their own function
    words and under 10% of the other's; French, Dutch, Danish, Spanish, Polish ...
    at most 11% of either."""
    if len(words) < FUNCTION_WORDS_MIN:
        return None
    lowered = [word.lower() for word in words]
    counts = {lang: sum(word in vocab for word in lowered) for lang, vocab in FUNCTION_WORDS.items()}
    if not counts:
        return None
    best = max(counts, key=lambda lang: counts[lang])
    others = max((n for lang, n in counts.items() if lang != best), default=0)
    if counts[best] >= FUNCTION_WORDS_SHARE * len(lowered) and others * FUNCTION_WORDS_LEAD <= counts[best]:
        return best
    return None


def _sample(text: str) -> str:
    # Beginning, middle and end, so a long intro in another language does not decide.
    text = re.sub(r"\s+", " ", text)
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2: middle + third // 2], text[-third:]))


def language_spans(text: str, doc_lang: str) -> list[Span]:
    """Spans of ``text`` in a language other than ``doc_lang``, in order."""
    spans: list[Span] = []
    # A line without a letter of a script of its own holds no span of one (in a
    # Latin-script document): most documents have none.
    if doc_lang in _SCRIPTS or _ANY_SCRIPT.search(text):
        for line in re.finditer(r"[^\n]+", text):
            spans.extend(_line_spans(text, line.start(), line.end(), doc_lang))
    if doc_lang in FUNCTION_WORDS:
        spans.extend(_other_language_paragraphs(text, doc_lang, spans))
    return sorted(spans, key=lambda span: span.start)


def _line_spans(text: str, start: int, end: int, doc_lang: str) -> Iterator[Span]:
    east = _count(_EAST_ASIAN_CHAR, text, start, end)
    if doc_lang in _SCRIPTS or (east and east * EAST_ASIAN_WEIGHT >= _count(_LATIN_LETTER, text, start, end)):
        yield from _non_latin_line(text, start, end, doc_lang)
        return
    for match in _NARROW_RUN.finditer(text, start, end):
        lang = script_lang(match.group(0))
        if lang and lang != doc_lang:
            yield Span(match.start(), match.end(), lang, "script")


def _count(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """How many characters of text[start:end] ``pattern`` (one character) matches,
    without a list of them (a line can be ten megabytes)."""
    return sum(1 for _ in pattern.finditer(text, start, end)) if end - start < 1000 else \
        (end - start) - len(pattern.sub("", text[start:end]))


def _non_latin_line(text: str, start: int, end: int, doc_lang: str) -> Iterator[Span]:
    """A line mostly in Chinese (Japanese, Korean), or any line of a document in a
    non-Latin script: its East Asian text is one span across the digits, names and
    punctuation in it, less the Latin stretches that are sentences of their own."""
    lang = script_lang(text[start:end]) or doc_lang
    foreign = [(match.start(), match.end(), found) for match in _LATIN_STRETCH.finditer(text, start, end)
               if (found := _foreign_language(match.group(0))) is not None]
    edges = [start, *itertools.chain.from_iterable((s, e) for s, e, _ in foreign), end]
    for piece_start, piece_end in zip(edges[::2], edges[1::2], strict=True):
        trimmed = _trim(text, piece_start, piece_end)
        if trimmed is not None and lang != doc_lang and _EAST_ASIAN_CHAR.search(text, *trimmed):
            yield Span(trimmed[0], trimmed[1], lang, "script")
    for s, e, found in foreign:
        if found != doc_lang:
            yield Span(s, e, found, "script")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch from the first letter or digit to the last letter, digit or mark
    that ends a sentence (leading quote marks, bullets and blockquote signs left out)."""
    while start < end and not (text[start].isalnum()):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "。！？.!?…）)」』”\""):
        end -= 1
    return (start, end) if start < end else None


def _foreign_language(stretch: str) -> str | None:
    """The Latin-script language of a stretch inside East Asian text that reads as a
    sentence of its own, or None for a name, a title or a product ("OpenAI", "Chief
    Executive Officer Satya Nadella", "GPT-4 Turbo")."""
    words = _LATIN_WORD.findall(stretch)
    # A sentence has spaces between its words; "t.sina.com.cn" or a path has none.
    if len(words) < MIN_FOREIGN_WORDS or len(stretch.split()) < MIN_FOREIGN_WORDS:
        return None
    lower = sum(word[:1].islower() for word in words)
    counts = {lang: sum(word.lower() in vocab for word in words) for lang, vocab in FUNCTION_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang]) if counts else None
    if lower * 2 < len(words) and (best is None or counts[best] < 2):
        return None
    if best is not None and counts[best] >= 2 and all(counts[best] > n for lang, n in counts.items() if lang != best):
        return best
    return langdetect(stretch) or "und"


def _other_language_paragraphs(text: str, doc_lang: str, script_spans: list[Span]) -> Iterator[Span]:
    for match in re.finditer(r"[^\n]+", text):
        if any(span.start < match.end() and match.start() < span.end for span in script_spans):
            continue
        words = [word.lower() for word in _WORD.findall(match.group(0))]
        if len(words) < MIN_WORDS_FOR_PARAGRAPH_CHECK:
            continue
        counts = {lang: sum(word in vocab for word in words) for lang, vocab in FUNCTION_WORDS.items()}
        best = max(counts, key=lambda lang: counts[lang])
        clearly_other = best != doc_lang and counts[best] >= 0.2 * len(words) and counts[best] > 2 * counts[doc_lang]
        if clearly_other and langdetect(match.group(0)) == best:
            line = match.group(0)
            lead = len(line) - len(line.lstrip())
            yield Span(match.start() + lead, match.start() + len(line.rstrip()), best, "stopwords")


# --- blocks -----------------------------------------------------------------------

_HARD_END = re.compile(r"[.!?:\"”»“]\s*$|^\s*(?:#{1,6}\s|>|[-*•]\s*$)")
_SOFT_END = re.compile(r"[,;(–—\-]\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
MAX_BLOCK_CHARS = 20_000


def blocks(text: str, doc_lang: str, spans: list[Span]) -> list[Block]:
    """Split ``text`` into analysis blocks.

    A block never crosses a paragraph break, a heading, a line that ends a sentence
    or a change of language; a bullet that continues the previous line's sentence
    ("late Sunday night,\\n- Satya Nadella announced ...") stays in its block.
    """
    cuts = _line_cuts(text)
    for span in spans:
        cuts.update((span.start, span.end))
    cuts.update((0, len(text)))
    result: list[Block] = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        lang = next((span.lang for span in spans if span.start <= start and end <= span.end), doc_lang)
        result.extend(_trimmed(text, start, end, lang))
    return result


def _line_cuts(text: str) -> set[int]:
    cuts: set[int] = set()
    lines = list(re.finditer(r"[^\n]*(?:\n|$)", text))
    previous: str | None = None
    for match in lines:
        line = match.group(0).rstrip("\r\n")
        if previous is not None and _is_hard_break(previous, line):
            cuts.add(match.start())
        previous = line if line.strip() else ""
    return cuts


def _is_hard_break(previous: str, line: str) -> bool:
    if not previous.strip() or not line.strip():
        return True
    if _HARD_END.search(previous) or re.match(r"\s*(?:#{1,6}\s|>)", line):
        return True
    if _SOFT_END.search(previous):
        return False
    rest = _BULLET.sub("", line).lstrip()
    # A new line that starts in lower case continues the sentence of the line before.
    return not (rest[:1].islower())


def _trimmed(text: str, start: int, end: int, lang: str) -> Iterator[Block]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not _ALNUM.search(text, start, end):
        return
    while end - start > MAX_BLOCK_CHARS:
        # Over-long paragraphs (scraped pages without line breaks) are cut after a
        # sentence end so that no NLP call sees an unbounded text.
        window = text[start: start + MAX_BLOCK_CHARS]
        cut = max(window.rfind(". "), window.rfind("。"), window.rfind("\n"))
        cut = start + (cut + 1 if cut > MAX_BLOCK_CHARS // 2 else MAX_BLOCK_CHARS)
        yield Block(start, cut, lang)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield Block(start, end, lang)
