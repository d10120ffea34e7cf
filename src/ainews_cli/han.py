"""Han text: the form every look-up reads Chinese in, its script, and Chinese numbers.

Chinese is written in Simplified (Hans) and Traditional (Hant) characters, often with
full-width digits and letters ("１１月", "ＯｐｅｎＡＩ") and with several middle dots
between the parts of a transliterated name ("萨姆·奥特曼", "薩姆‧奧特曼").  The alias
table, the triggers, the date rules and the fact cues are written once, in Simplified
characters and ASCII; ``normalised`` gives the text they read.  It has the length of
the text it was made from, so every offset found in it points into the document, whose
own text is never changed: a mention keeps its surface as written.

Traditional characters are folded by OpenCC's t2s dictionaries (opencc-purepy, imported
only when a text has Han characters), whose every entry has the length of what it
replaces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Languages whose text the look-ups read normalised.
FOLDED = frozenset({"zh"})
# CJK Unified Ideographs, Extension A and the compatibility block.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{HAN}]")
_HAN_RUN = re.compile(f"[{HAN}]+")
# What normalising can change: Han characters, full-width forms, the ideographic space, dots.
_CHANGEABLE = re.compile(f"[{HAN}\u3000\uff01-\uff5e\u2027\u30fb\uff65\u2219\u22c5]")
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# The dots written between the parts of a name: katakana middle dot, hyphenation
# point (Taiwan), half-width katakana middle dot, bullet and dot operators.
_DOTS = {0x30FB: 0xB7, 0x2027: 0xB7, 0xFF65: 0xB7, 0x2219: 0xB7, 0x22C5: 0xB7}
_TABLE = _WIDTH | _DOTS
# opencc-purepy converts a long text in parallel processes; pieces below its threshold
# (one million characters) never are, and a worker process may not start others.
_PIECE = 200_000
SCRIPT_SAMPLE = 4000  # Han characters looked at to tell Hans from Hant
SHORT_TEXT = 64  # a text this long or shorter is a name or a key: normalised() keeps many


def has_han(text: str, start: int = 0, end: int | None = None) -> bool:
    return _HAN.search(text, start, len(text) if end is None else end) is not None


def all_han(text: str) -> bool:
    """Whether ``text`` is Han characters only (and not empty)."""
    return _HAN_RUN.fullmatch(text) is not None


@lru_cache(maxsize=1)
def _converter() -> Any:
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


def normalised(text: str) -> str:
    """``text`` as the look-ups read it: Traditional characters folded to Simplified,
    full-width letters, digits and signs as ASCII, any name dot as "·"; same length.

    Kept for the last few long texts, so the stages of one document share one pass,
    and apart from them for many short ones (names, alias keys), which are read again
    and again: in one cache, the names looked up between two stages pushed the
    document out, and it was folded again."""
    return _normalised_short(text) if len(text) <= SHORT_TEXT else _normalised_long(text)


@lru_cache(maxsize=4)
def _normalised_long(text: str) -> str:
    return _normalise(text)


@lru_cache(maxsize=8192)
def _normalised_short(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    if _CHANGEABLE.search(text) is None:
        return text
    text = text.translate(_TABLE)
    if not has_han(text):
        return text
    return "".join(_simplified(text[start:start + _PIECE]) for start in range(0, len(text), _PIECE))


def _simplified(piece: str) -> str:
    converter = _converter()
    folded: str = converter.t2s(piece)
    if len(folded) != len(piece):  # never with OpenCC's t2s tables; offsets must hold regardless
        folded = converter.ts(piece)
    return folded if len(folded) == len(piece) else piece


def simplified(text: str) -> str:
    """Only the Traditional characters of ``text`` folded to Simplified (same length):
    what a Chinese NER model trained on Simplified text is given."""
    if not has_han(text):
        return text
    return "".join(_simplified(text[start:start + _PIECE]) for start in range(0, len(text), _PIECE))


def script(text: str, start: int = 0, end: int | None = None) -> str | None:
    """ISO 15924 code of the Han text in ``text[start:end]``: "Hant" where more of its
    characters are Traditional-only than Simplified-only, else "Hans"; None without any
    character that only one of them writes (or without Han text)."""
    end = len(text) if end is None else end
    sample: list[str] = []
    size = 0
    for match in _HAN_RUN.finditer(text, start, end):
        sample.append(match.group(0))
        size += len(sample[-1])
        if size >= SCRIPT_SAMPLE:
            break
    if not sample:
        return None
    han = "".join(sample)[:SCRIPT_SAMPLE]
    # The characters each table changes, counted as what deleting them takes away.
    deletes_traditional, deletes_simplified = _changed_characters()
    traditional = len(han) - len(han.translate(deletes_traditional))
    simplified_only = len(han) - len(han.translate(deletes_simplified))
    if traditional == simplified_only == 0:
        return None
    return "Hant" if traditional > simplified_only else "Hans"


@lru_cache(maxsize=1)
def _character_tables() -> tuple[dict[int, str], dict[int, str]]:
    """OpenCC's character tables (no phrases) for ``str.translate``: Traditional-only
    characters to Simplified, Simplified-only ones to Traditional.  The converter's
    ``ts`` and ``st`` read these tables a character at a time in Python, many times
    slower; what they give is the same, character for character."""
    dictionary = _converter().dictionary
    tables = []
    for entry in (dictionary.ts_characters, dictionary.st_characters):
        mapping = entry[0] if isinstance(entry, tuple) else entry  # (table, longest key)
        tables.append({ord(key): value for key, value in mapping.items() if len(key) == 1})
    return tables[0], tables[1]


@lru_cache(maxsize=1)
def _changed_characters() -> tuple[dict[int, None], dict[int, None]]:
    """For ``str.translate``, deleting the characters ``_character_tables`` change:
    Traditional-only ones, and Simplified-only ones (every entry maps one character to
    one, so a character changed is a character the translation differs at)."""
    to_simplified, to_traditional = _character_tables()
    return ({code: None for code, value in to_simplified.items() if chr(code) != value},
            {code: None for code, value in to_traditional.items() if chr(code) != value})


# --- numbers --------------------------------------------------------------------------

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
NUMERALS = "".join([*DIGITS, *_SMALL_UNITS, *_LARGE_UNITS])
_ARABIC = re.compile(r"\d+(?:[.,]\d+)*")


def number(text: str) -> float | None:
    """The value of a number written in Chinese numerals, Arabic digits or both:
    "十七" 17, "二〇二三" 2023, "一百亿" 10000000000, "1.5万" 15000, "100亿" 10000000000.
    None for anything else."""
    text = text.strip().translate(_WIDTH)
    if not text:
        return None
    if len(text) > 1 and all(ch in DIGITS for ch in text):
        return float("".join(str(DIGITS[ch]) for ch in text))  # read digit by digit: 二〇二三
    total = 0.0  # whole 亿 groups
    section = 0.0  # below the last 亿
    pending = 0.0  # the last digit or Arabic number, before its unit
    seen_pending = False
    position = 0
    while position < len(text):
        ch = text[position]
        arabic = _ARABIC.match(text, position)
        if arabic:
            try:
                pending = float(arabic.group(0).replace(",", ""))
            except ValueError:
                return None
            seen_pending = True
            position = arabic.end()
            continue
        if ch in DIGITS:
            pending, seen_pending = float(DIGITS[ch]), True
        elif ch in _SMALL_UNITS:
            section += (pending if seen_pending else 1.0) * _SMALL_UNITS[ch]
            pending, seen_pending = 0.0, False
        elif ch in _LARGE_UNITS:
            value = section + pending
            if _LARGE_UNITS[ch] == 10_000:
                section, pending, seen_pending = value * 10_000, 0.0, False
            else:
                total, section, pending, seen_pending = (total + value) * 100_000_000, 0.0, 0.0, False
        else:
            return None
        position += 1
    return total + section + pending
