"""Language: the document's language, spans in another script or language, and the
blocks of text that go to the NLP stage, each in one language.

The document language comes from langdetect, seeded so it is deterministic, on a
bounded sample of the document's Latin-script text.  Spans in another script
(Chinese, Japanese, Korean, Cyrillic, ...) are found by a Unicode-script check,
which costs nothing and cannot be fooled the way langdetect is by a short title.
A long paragraph whose function words belong to another supported language is
checked with langdetect and marked when it agrees.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ainews_cli import languages
from ainews_cli.records import Span

SAMPLE_CHARS = 4000  # langdetect sees at most this much of a document
MIN_WORDS_FOR_PARAGRAPH_CHECK = 12

# Runs of one non-Latin script; punctuation, digits and spaces between characters
# of the run belong to it.
_SCRIPTS = {
    "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "ja": "\u3040-\u30ff",
    "ko": "\uac00-\ud7af\u1100-\u11ff",
    "ru": "\u0400-\u04ff",
    "ar": "\u0600-\u06ff",
}
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
_SCRIPT_RUN = re.compile(
    "[" + "".join(_SCRIPTS.values()) + "](?:[" + "".join(_SCRIPTS.values()) + _CJK_PUNCT
    + r"0-9\s·•\-]*[" + "".join(_SCRIPTS.values()) + _CJK_PUNCT + "])?"
)
_LETTER = re.compile(r"[^\W\d_]", re.U)
_WORD = re.compile(r"[^\W\d_]+", re.U)
_ALNUM = re.compile(r"[^\W_]", re.U)  # a block of "1942" alone (a heading) is still text

# The most frequent function words of each language (data/languages/*.toml): enough
# to notice an English paragraph in a German article (and the reverse) without
# running langdetect on every paragraph.
FUNCTION_WORDS = {lang: frozenset(words) for lang, words in languages.per_language("language.function_words").items()}


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


def langdetect(text: str) -> str | None:
    """langdetect's answer for ``text``, deterministic; None when it has no answer."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _detector_factory()
    detector = factory.create()
    detector.append(text[:SAMPLE_CHARS])
    try:
        lang = detector.detect()
    except LangDetectException:
        return None
    return _normalise_code(lang)


def _normalise_code(code: str) -> str:
    return "zh" if code.startswith("zh") else code


def detect_document_language(text: str, declared: str | None = None) -> str:
    """The language of a document's text (its declared language wins)."""
    if declared:
        return declared.strip().lower().split("-")[0].split("_")[0]
    latin = _SCRIPT_RUN.sub(" ", text)
    letters = len(_LETTER.findall(latin))
    if letters < 20:
        runs = _SCRIPT_RUN.findall(text)
        if runs:
            return script_lang(max(runs, key=len)) or "und"
    # Too little real text ("ok", a megabyte of "xxxx") and langdetect guesses at random:
    # the language is then undetermined, not a guess.
    if len({word.lower() for word in _WORD.findall(latin[:SAMPLE_CHARS * 4])}) < 3:
        return "und"
    return langdetect(_sample(latin)) or "und"


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
    spans = [
        Span(match.start(), match.end(), lang, "script")
        for match in _SCRIPT_RUN.finditer(text)
        if (lang := script_lang(match.group(0))) and lang != doc_lang
    ]
    if doc_lang in FUNCTION_WORDS:
        spans.extend(_other_language_paragraphs(text, doc_lang, spans))
    return sorted(spans, key=lambda span: span.start)


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
