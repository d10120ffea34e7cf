"""Amounts of money and percentages, normalised: "$6.6 billion" -> 6600000000 USD,
"fast 47 Milliarden US-Dollar" -> 47000000000 USD (qualifier "fast"), "约100亿美元" ->
10000000000 USD (qualifier "约"), "百分之四十九" -> 49."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ainews_cli import han, languages
from ainews_cli.facts.parties import Here
from ainews_cli.records import Fact, FactDetails, Money, Percent

# Every language's words apply to every sentence (data/languages/*.toml).
SCALE: dict[str, float] = languages.table("facts.scales")
# ... but a language's own reading of a scale word, as written, in its sentences ("eine Billion" in German).
_OWN_SCALES: dict[str, dict[str, float]] = {lang: languages.lookup(lang, "facts.own_scales") or {}
                                            for lang in languages.LANGUAGES}
_CURRENCY_WORDS: dict[str, str] = languages.table("facts.currencies")
_NUMBER_WORDS: dict[str, int] = languages.table("facts.number_words")
# Signs are written alike in every language.
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_APPROX = r"(?P<approx>" + languages.either(languages.latin(languages.words("facts.approximations"))) + r")?\s*"
# A number, not a piece of one ("000,5" of "1.000,5"); group separators, then a decimal part.
_NUMBER = r"(?<![\d.,])(?P<number>\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
_SCALE_WORDS = r"(?:\s*(?P<scale>" + languages.alternation("facts.scale_patterns") + r")(?![\w]))?"
_WORD_NUMBER = r"(?P<word>" + languages.either(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_MONEY = re.compile(
    r"(?<![\w$€£¥])" + _APPROX
    + r"(?:(?P<sign>US\$|\$|€|£|¥)\s?" + _NUMBER + _SCALE_WORDS
    + r"|" + _NUMBER.replace("number", "number2")
    + _SCALE_WORDS.replace("scale", "scale2")
    + r"\s+(?P<currency>" + languages.alternation("facts.currency_names") + r")\b"
    + r"|" + _WORD_NUMBER + r"\s+(?P<scale3>" + languages.alternation("facts.scale_patterns") + r")\s+"
    + r"(?P<currency3>" + languages.alternation("facts.currency_names") + r")\b)",
    re.I,
)
_PERCENT = re.compile(
    r"(?<![\w.])" + _APPROX
    + r"(?:" + "|".join(w + r"\s+" for w in languages.words("facts.percent_between"))
    + r")?(?P<a>\d+(?:[.,]\d+)?)(?:\s*(?:" + "|".join([*languages.words("facts.percent_range"), "-", "–"])
    + r")\s*(?P<b>\d+(?:[.,]\d+)?))?"
    + r"\s*(?:" + "|".join(["%", *(w + r"\b" for w in languages.words("facts.percent_words"))]) + r")",
    re.I,
)
# A share written in words: "mit jeweils zehn Prozent", "ten percent" (not "a percent").
_WORD_PERCENT = re.compile(
    r"(?<![\w-])" + _APPROX + r"(?P<word>"
    + languages.either(sorted((w for w in _NUMBER_WORDS if len(w) > 1), key=len, reverse=True))
    + r")\s+(?:" + "|".join(w + r"\b" for w in languages.words("facts.percent_words")) + r")",
    re.I,
)
# Chinese amounts: no space between number, scale and currency, and numbers in Chinese
# numerals too ("约100亿美元", "一百亿元", "1.5万亿日元"); read in the folded text.
_CJK_APPROX = r"(?P<approx>" + languages.either(sorted(languages.cjk(languages.words("facts.approximations")),
                                                        key=len, reverse=True)) + r")?"
_CJK_NUMBER = r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?|[" + han.NUMERALS + r"]+)"
_CJK_SCALES = languages.either(sorted((w for w in SCALE if languages.is_cjk(w)), key=len, reverse=True))
# A number written in two parts, the higher before the lower: "1兆5874亿元" is 1.5874 trillion, "3亿5000万元",
# "1亿两千万美元" (the lower in Chinese numerals).
_CJK_HIGH = r"(?:(?P<high>\d+(?:\.\d+)?)(?P<high_scale>" + _CJK_SCALES + r")(?=[\d" + "".join(han.DIGITS) + r"十拾]))?"
_CJK_MONEY = re.compile(
    _CJK_APPROX + _CJK_HIGH + _CJK_NUMBER + r"\s*(?P<scale>" + _CJK_SCALES + r")?\s*(?P<currency>"
    + languages.either(sorted((w for w in _CURRENCY_WORDS if languages.is_cjk(w)), key=len, reverse=True)) + r")")
# A currency word that names another currency in Traditional script: a bare 元 in Taiwan's
# "鴻海去年營收約6.6兆元" is the New Taiwan dollar.
_TRADITIONAL_CURRENCIES: dict[str, str] = languages.table("facts.currencies_traditional")
# "数十亿美元" is several billion dollars: no amount.
_VAGUE = frozenset(languages.words("facts.vague_number_prefixes"))
_CJK_PERCENT = re.compile(
    _CJK_APPROX + r"(?:(?P<a>\d+(?:\.\d+)?)\s*%|(?:" + languages.either(languages.words("facts.percent_prefixes"))
    + r")(?P<b>[" + han.NUMERALS + r"点]+|\d+(?:\.\d+)?))")
# Decimal and group separators; a language without a data file writes numbers as English does.
_SEPARATORS: dict[str, tuple[str, str]] = {
    lang: (languages.lookup(lang, "facts.decimal_separator"), languages.lookup(lang, "facts.group_separator"))
    for lang in languages.LANGUAGES
}


@dataclass(frozen=True)
class Amount:
    """An amount of money or a percentage as a sentence states it."""

    start: int
    end: int
    text: str
    value: int | float
    currency: str | None  # None for a percentage
    qualifier: str | None
    upper: int | float | None = None  # a range's upper end: "between 5 and 50 percent"


def parse_number(text: str, lang: str) -> float:
    """ "6.6" -> 6.6, "1,000" -> 1000, German "6,6" -> 6.6, "1.000" -> 1000; with both
    separators the last is the decimal one: "1.000,5" and "1,000.5" are 1000.5."""
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        group = "," if decimal == "." else "."
        return float(text.replace(group, "").replace(decimal, "."))
    decimal, group = _SEPARATORS.get(lang, (".", ","))
    if re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+", text):
        return float(text.replace(group, ""))
    return float(text.replace(group, "").replace(decimal, "."))


def plain(number: float) -> int | float:
    """A number as written: "4.44亿" is 444000000, not the 444000000.00000006 that 4.44 * 1e8 gives
    in binary floating point (a product is rounded to the digits it can hold)."""
    number = float(f"{number:.12g}")
    return int(number) if number == int(number) else number


def money_amounts(here: Here) -> list[Amount]:
    """The sentence's amounts of money, in order."""
    found = _cjk_money(here)
    for match in _MONEY.finditer(here.src, here.start, here.end):
        if _overlaps(match, found):
            continue
        value, currency = _money_value(match, here.lang)
        found.append(_amount(here, match, value, currency))
    return sorted(found, key=lambda a: a.start)


def percent_amounts(here: Here) -> list[Amount]:
    """The sentence's percentages, in order."""
    found = _cjk_percents(here)
    for match in _PERCENT.finditer(here.src, here.start, here.end):
        if _overlaps(match, found):
            continue
        upper = plain(parse_number(match.group("b"), here.lang)) if match.group("b") else None
        found.append(_amount(here, match, plain(parse_number(match.group("a"), here.lang)), None, upper))
    for match in _WORD_PERCENT.finditer(here.src, here.start, here.end):
        if not _overlaps(match, found):
            found.append(_amount(here, match, _NUMBER_WORDS[match.group("word").lower()], None))
    return sorted(found, key=lambda a: a.start)


def money_facts(here: Here, amounts: Sequence[Amount]) -> list[Fact]:
    """The facts of the sentence's ``amounts`` (its money_amounts)."""
    return [_stated("money", a, here, Money(a.value, a.currency or "USD", a.qualifier)) for a in amounts]


def percent_facts(here: Here, percents: Sequence[Amount]) -> list[Fact]:
    """The facts of the sentence's ``percents`` (its percent_amounts)."""
    return [_stated("percent", a, here, Percent((a.value,) if a.upper is None else (a.value, a.upper), a.qualifier))
            for a in percents]


def _stated(kind: str, amount: Amount, here: Here, details: FactDetails) -> Fact:
    return Fact(kind=kind, text=amount.text, start=amount.start, end=amount.end, sentence=here.text,
                sentence_start=here.start, entities=here.names, details=details)


_AMOUNT_OF = frozenset(languages.words("facts.amount_of_words"))
_NOUN_BEFORE = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß][\wäöüß-]*\s+$")  # "Finanzierungsrunde ", not "USA "


def _amount(here: Here, match: re.Match[str], value: int | float, currency: str | None,
            upper: int | float | None = None) -> Amount:
    """A matched amount, its leading space left out, quoted as the document writes it; its
    qualifier none where, right after a noun, it says what the amount is of."""
    phrase = match.group(0)
    start = match.start() + len(phrase) - len(phrase.lstrip())
    qualifier = (match.group("approx") or "").lower() or None
    if qualifier in _AMOUNT_OF and _NOUN_BEFORE.search(here.body, max(here.start, start - 40), start):
        qualifier = None
    return Amount(start, match.end(), here.body[start: match.end()].strip(), value, currency, qualifier, upper)


def _overlaps(match: re.Match[str], found: list[Amount]) -> bool:
    return any(a.start < match.end() and match.start() < a.end for a in found)


def _money_value(match: re.Match[str], lang: str) -> tuple[int | float, str]:
    """The amount and currency of a matched amount of money."""
    if match.group("word"):
        number: float = _NUMBER_WORDS[match.group("word").lower()]
        currency = _CURRENCY_WORDS.get(match.group("currency3").lower(), "USD")
        return plain(number * _scale(match.group("scale3"), lang)), currency
    number = parse_number(match.group("number") or match.group("number2"), lang)
    currency = _CURRENCY_SIGNS.get(match.group("sign") or "") or _CURRENCY_WORDS.get(
        (match.group("currency") or "").lower(), "USD")
    return plain(number * _scale(match.group("scale") or match.group("scale2") or "", lang)), currency


def _scale(word: str, lang: str) -> float:
    """What a scale word multiplies by in a sentence of ``lang``: "Billion" is 10^12 in German."""
    own = _OWN_SCALES.get(lang, {})
    return own[word] if word in own else SCALE.get(word.lower(), 1)


def _cjk_money(here: Here) -> list[Amount]:
    """Chinese amounts of money in a Chinese sentence: "约100亿美元", "一百亿元"."""
    if here.lang not in han.FOLDED:
        return []
    found = []
    for match in _CJK_MONEY.finditer(here.src, here.start, here.end):
        if not match.group("approx") and here.src[match.start() - 1: match.start()] in _VAGUE:
            continue
        number = han.number(match.group("number").replace(",", ""))
        if number is not None:
            value = number * SCALE.get(match.group("scale") or "", 1)
            if match.group("high"):
                high = SCALE[match.group("high_scale")]
                if value >= high:
                    continue  # "1亿5000亿元" is no number
                value += float(match.group("high")) * high
            currency = _CURRENCY_WORDS[match.group("currency")]
            written = match.group("currency")
            if written in _TRADITIONAL_CURRENCIES and han.script(here.body, here.start, here.end) == "Hant":
                currency = _TRADITIONAL_CURRENCIES[written]
                if currency == "TWD" and _renminbi_page(here.src) and _opens_in_hong_kong(here.src):
                    currency = "CNY"  # "騰訊收入約5,546億元" on a Hong Kong page that tells its figures in 人民幣
                elif currency != "HKD" and _in_hong_kong(here):
                    currency = "HKD"
            found.append(_amount(here, match, plain(value), currency))
    return found


_HONG_KONG: list[str] = languages.table("facts.currency_places_traditional").get("HKD", [])
_HONG_KONG_DATELINE = re.compile(languages.either(languages.patterns("facts.hong_kong_dateline_patterns")))
_HONG_KONG_LISTING = re.compile(languages.either(languages.patterns("facts.hong_kong_listing_patterns")))


def _in_hong_kong(here: Here) -> bool:
    """Whether a Traditional-script sentence's amount is told in Hong Kong: the sentence (read folded) names
    its places or markets, or the document opens with a Hong Kong dateline or a listing on Hong Kong's
    exchange. Decided per sentence otherwise: a paper that names Hong Kong somewhere tells its other amounts
    in New Taiwan dollars all the same."""
    return any(place in here.src[here.start: here.end] for place in _HONG_KONG) or _opens_in_hong_kong(here.src)


# The written names of the renminbi, the Hong Kong and the New Taiwan dollar (not a bare 元).
_RENMINBI, _HONG_KONG_DOLLAR, _NEW_TAIWAN = (
    [word for word, code in languages.table("facts.currencies").items() if code == wanted and word != "元"
     and han.has_han(word)]
    for wanted in ("CNY", "HKD", "TWD"))


@functools.lru_cache(maxsize=8)
def _renminbi_page(src: str) -> bool:
    """Whether a Traditional-script page (read folded) names renminbi, writes Hong Kong dollars out and never
    names New Taiwan dollars: on a Hong Kong page its bare 元 are renminbi (a paper on Tencent's results:
    "全年收入為6,090億元人民幣", "騰訊收入約5,546億元", "派息總額約320億港元"). Not a page that names renminbi once
    and writes Hong Kong dollars as bare 元 ("以每股3.85元招股，集資逾55億元"), nor a Taiwanese one that names both
    in passing ("台積電…去年營收約2兆1617億元")."""
    return all(any(word in src for word in words) for words in (_RENMINBI, _HONG_KONG_DOLLAR)) \
        and not any(word in src for word in _NEW_TAIWAN)


@functools.lru_cache(maxsize=8)
def _opens_in_hong_kong(src: str) -> bool:
    """Whether the story opens in Hong Kong: a Hong Kong dateline opens one of its first lines (after its
    headline), or its opening tells a listing on Hong Kong's exchange."""
    opening = src.lstrip()
    lines = [line.strip() for line in opening[:600].splitlines() if line.strip()][:4]
    return any(_HONG_KONG_DATELINE.match(line) for line in lines) \
        or _HONG_KONG_LISTING.search(opening, 0, 400) is not None


def _cjk_percents(here: Here) -> list[Amount]:
    """Chinese percentages in a Chinese sentence: "约49%", "百分之四十九"."""
    if here.lang not in han.FOLDED:
        return []
    found = []
    for match in _CJK_PERCENT.finditer(here.src, here.start, here.end):
        written = match.group("a") or match.group("b")
        whole, _, decimals = written.partition("点")
        number = han.number(whole)
        if number is None or (decimals and not all(ch in han.DIGITS for ch in decimals)):
            continue
        if decimals:
            number = float(f"{int(number)}." + "".join(str(han.DIGITS[ch]) for ch in decimals))
        found.append(_amount(here, match, plain(number), None))
    return found
