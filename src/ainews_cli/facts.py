"""Facts one sentence states, typed and normalised, with the phrase and the
sentence that state them.

- ``role``: who holds which role where ("Microsoft CEO Satya Nadella", "then-CEO Sam
  Altman", "Elon Musk, owner of X"); an organisation only where the sentence ties it.
- ``investment`` (investor, target, amount, date), ``stake`` (holder, target,
  percentage), ``valuation``, ``revenue``, ``market_value_change``,
  ``funding_round`` (subject, amount), ``founded`` (organisation, founders, year):
  read from a cue word ("investment", "Anteilseigner", "Börsenwert", "founded")
  and the entities and amounts around it in the sentence.
- ``money`` and ``percent``: amounts no typed fact explains, with the sentence's
  entities, so a profile still shows them.

Amounts are normalised in English and German ("$6.6 billion" -> 6600000000 USD,
"fast 47 Milliarden US-Dollar" -> 47000000000 USD, qualifier "fast") and in Chinese
("约100亿美元" -> 10000000000 USD, qualifier "约"; "百分之四十九" -> 49).  A Chinese
sentence is read folded (``han.normalised``: Traditional as Simplified, full-width as
ASCII), so "微軟執行長" is read as "微软执行长"; every phrase is quoted as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ainews_cli import han, languages
from ainews_cli.events import fold
from ainews_cli.han import FOLDED
from ainews_cli.records import (
    EntityMention,
    Fact,
    FactDate,
    FactDetails,
    Founded,
    Investment,
    Money,
    Percent,
    Role,
    Sentence,
    Stake,
    SubjectAmount,
    TimeExpression,
    ValueChange,
    within,
)

# Every language's words apply to every sentence (data/languages/*.toml).
_ROLES: dict[str, str] = languages.table("facts.roles")  # surface (lower case) -> canonical role
_ROLE_WORDS = "|".join(sorted((re.escape(w) for w in _ROLES), key=len, reverse=True))
_NEEDS_SPACE = frozenset(languages.words("facts.roles_needing_space"))
_QUALIFIER = r"(?P<qualifier>" + languages.alternation("facts.role_qualifier_patterns") + r")?"
# A role word ends a word, unless it is Chinese: "首席执行官萨蒂亚·纳德拉" has no space.
_ROLE = re.compile(_QUALIFIER + r"(?P<role>" + _ROLE_WORDS + r")(?:(?<=[" + han.HAN + r"])|(?![\w]))", re.I)
_ORG_QUALIFIER = re.compile(r"(?:\b(" + languages.alternation("facts.org_qualifier_patterns") + r")[\s-]+)$", re.I)
_HOLDER_GAP = re.compile(r",\s*(?:" + "|".join(w + r"\s+" for w in languages.words("facts.role_holder_articles"))
                         + r")?")
_ROLE_ORG = re.compile(r"\s*(?:" + languages.alternation("facts.role_org_prepositions") + r")\s+")
_AS_ROLE = re.compile(
    r"\s+(?:" + languages.either(languages.latin(languages.words("facts.as_role"))) + r")\s+(?:(?:"
    + languages.alternation("facts.as_role_articles") + r")\s+)?(?P<role>" + _ROLE_WORDS + r")\b", re.I)
# "米拉·穆拉蒂出任临时首席执行官", "奥特曼将重返公司担任首席执行官": a Chinese verb a few
# characters after the name, a qualifier and the role, no spaces.
_AS_ROLE_CJK = re.compile(
    r"[^，。；：,;:.!?]{0,8}?(?:" + languages.either(languages.cjk(languages.words("facts.as_role"))) + r")"
    + _QUALIFIER
    + r"(?P<role>" + _ROLE_WORDS + r")")
_FOUNDED_BY = re.compile(
    r",?\s*(?:" + languages.alternation("facts.who_founded") + r")\s+("
    + languages.alternation("facts.who_founded_verbs") + r")\s+")
_CO_FOUNDED = tuple(languages.words("facts.co_founded_prefixes"))

_SCALE: dict[str, float] = languages.table("facts.scales")
_CURRENCY_WORDS: dict[str, str] = languages.table("facts.currencies")
# Signs are written alike in every language.
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_APPROX = r"(?P<approx>" + languages.either(languages.latin(languages.words("facts.approximations"))) + r")?\s*"
_NUMBER = r"(?P<number>\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)"
_SCALE_WORDS = r"(?:\s*(?P<scale>" + languages.alternation("facts.scale_patterns") + r")\b)?"
_MONEY = re.compile(
    r"(?<![\w$€£¥])" + _APPROX
    + r"(?:(?P<sign>US\$|\$|€|£|¥)\s?" + _NUMBER + _SCALE_WORDS
    + r"|" + _NUMBER.replace("number", "number2")
    + _SCALE_WORDS.replace("scale", "scale2")
    + r"\s+(?P<currency>" + languages.alternation("facts.currency_names") + r")\b)",
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
# Decimal and group separators; a language without a data file writes numbers as English does.
# Chinese amounts: no space between number, scale and currency, and numbers in Chinese
# numerals too ("约100亿美元", "一百亿元", "1.5万亿日元"); read in the folded text.
_CJK_SCALES = sorted((w for w in _SCALE if languages.is_cjk(w)), key=len, reverse=True)
_CJK_CURRENCIES = sorted((w for w in _CURRENCY_WORDS if languages.is_cjk(w)), key=len, reverse=True)
_CJK_APPROX = r"(?P<approx>" + languages.either(sorted(languages.cjk(languages.words("facts.approximations")),
                                                        key=len, reverse=True)) + r")?"
_CJK_NUMBER = r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?|[" + han.NUMERALS + r"]+)"
_CJK_MONEY = re.compile(
    _CJK_APPROX + _CJK_NUMBER + r"\s*(?P<scale>" + languages.either(_CJK_SCALES) + r")?\s*(?P<currency>"
    + languages.either(_CJK_CURRENCIES) + r")")
_CJK_PERCENT = re.compile(
    _CJK_APPROX + r"(?:(?P<a>\d+(?:\.\d+)?)\s*%|(?:" + languages.either(languages.words("facts.percent_prefixes"))
    + r")(?P<b>[" + han.NUMERALS + r"点]+|\d+(?:\.\d+)?))")
_SEPARATORS: dict[str, tuple[str, str]] = {
    lang: (languages.lookup(lang, "facts.decimal_separator"), languages.lookup(lang, "facts.group_separator"))
    for lang in languages.LANGUAGES
}


def extract_facts(
    body: str,
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMention],
    dates: Sequence[TimeExpression] = (),
) -> list[Fact]:
    facts: list[Fact] = []
    entities = sorted(entities, key=lambda e: e.start)
    entity_starts = [e.start for e in entities]
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    for sentence in sentences:
        start, end, lang = sentence.start, sentence.end, sentence.lang
        in_sentence = within(entities, entity_starts, start, end)
        names = tuple(dict.fromkeys(e.name for e in in_sentence))
        # A Chinese sentence is read folded (same length): 微軟執行長 as 微软执行长.
        src = han.normalised(body) if lang in FOLDED else body
        here = _Sentence(body, start, end, lang, fold(body[start:end]), in_sentence, names,
                         within(dates, date_starts, start, end), src, [m.start for m in in_sentence])
        facts.extend(_roles(here))
        typed = _typed(here)
        facts.extend(typed)
        # An amount a typed fact explains is not listed again as a plain amount.
        plain = [*_money(here), *_percents(here)]
        facts.extend(f for f in plain if not any(t.start <= f.start and f.end <= t.end for t in typed))
    return facts


def _roles(here: _Sentence) -> list[Fact]:
    body, src, start, end, sentence = here.body, here.src, here.start, here.end, here.text
    people = [m for m in here.mentions if m.label == "PERSON"]
    facts = []
    for match in _ROLE.finditer(src, start, end):
        role = _ROLES[match.group("role").lower()]
        if match.group("role").lower() in _NEEDS_SPACE and not src[match.end(): match.end() + 1].isspace():
            continue
        # The holder: a person right after the role ("CEO Sam Altman") or right before it
        # ("Elon Musk, owner of X").
        person = next((p for p in here.starting(match.end(), match.end() + 3) if p.label == "PERSON"), None)
        after_person = False
        if person is None:
            person = next((p for p in here.near(match.start() - 120, match.start()) if p.label == "PERSON"
                           and 0 <= match.start() - p.end <= 6 and _HOLDER_GAP.fullmatch(src[p.end: match.start()])),
                          None)
            after_person = person is not None
        if person is None:
            continue
        # The organisation: right before the role ("Microsoft CEO", "Microsoft-CEO",
        # "Microsofts CEO", "OpenAI’s CEO") or right after it ("CEO of OpenAI", "owner of X").
        org = next((o for o in here.near(match.start() - 120, match.start()) if o.label == "ORG"
                    and 0 <= match.start() - o.end <= 3
                    and re.fullmatch(r"(?:['’]s)?[\s-]?", src[o.end: match.start()])), None)
        tail = src[(person.end if not after_person else match.end()): end]
        if org is None:
            of = _ROLE_ORG.match(tail)
            if of:
                offset = (person.end if not after_person else match.end()) + of.end()
                org = next((o for o in here.starting(offset, offset + 1) if o.label == "ORG"), None)
        qualifier = (match.group("qualifier") or "").strip(" -").lower() or None
        if org is not None and qualifier is None:
            before = _ORG_QUALIFIER.search(src[max(start, org.start - 12): org.start])
            qualifier = before.group(1).lower() if before else None
        span_start = min(match.start(), person.start, org.start if org else match.start())
        span_end = max(match.end(), person.end, org.end if org else match.end())
        facts.append(_role_fact(body, span_start, span_end, sentence, start, person.name, role,
                                org.name if org else None, qualifier))
    for person in people:
        # "Sam Altman als CEO einer ... Einheit", "hire Emmett Shear as CEO"
        as_role = _AS_ROLE.match(src, person.end, end)
        if as_role:
            role = _ROLES[as_role.group("role").lower()]
            facts.append(_role_fact(body, person.start, as_role.end(), sentence, start, person.name, role,
                                    None, None))
        cjk_role = _AS_ROLE_CJK.match(src, person.end, end) if here.lang in FOLDED else None
        if cjk_role:
            qualifier = cjk_role.group("qualifier") or None
            facts.append(_role_fact(body, person.start, cjk_role.end(), sentence, start, person.name,
                                    _ROLES[cjk_role.group("role").lower()], None, qualifier))
        after = _FOUNDED_BY.match(src, person.end, end)
        if after is None:
            continue
        org = next((o for o in here.starting(after.end(), after.end() + 1) if o.label == "ORG"), None)
        if org is not None:
            role = "co-founder" if after.group(1).lower().startswith(_CO_FOUNDED) else "founder"
            facts.append(_role_fact(body, person.start, org.end, sentence, start, person.name, role,
                                    org.name, None))
    return facts


def _role_fact(body: str, s: int, e: int, sentence: str, sentence_start: int, person: str, role: str,
               org: str | None, qualifier: str | None) -> Fact:
    return Fact(
        kind="role",
        text=" ".join(body[s:e].split()),
        start=s,
        end=e,
        sentence=sentence,
        sentence_start=sentence_start,
        entities=tuple(dict.fromkeys(n for n in (person, org) if n)),
        details=Role(person, role, org, qualifier),
    )


def parse_number(text: str, lang: str) -> float:
    """ "6.6" -> 6.6, "1,000" -> 1000, German "6,6" -> 6.6, "1.000" -> 1000."""
    decimal, group = _SEPARATORS.get(lang, (".", ","))
    if re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+", text):
        return float(text.replace(group, ""))
    return float(text.replace(group, "").replace(decimal, "."))


def _money(here: _Sentence) -> list[Fact]:
    body, start, end, names, sentence, lang = here.body, here.start, here.end, here.names, here.text, here.lang
    facts = [_stated("money", amount, here, Money(amount.value, amount.currency or "USD", amount.qualifier))
             for amount in _cjk_money(here)]
    for match in _MONEY.finditer(body, start, end):
        if _inside(match, facts):
            continue
        number = match.group("number") or match.group("number2")
        scale = (match.group("scale") or match.group("scale2") or "").lower()
        currency = _CURRENCY_SIGNS.get(match.group("sign") or "") or _CURRENCY_WORDS.get(
            (match.group("currency") or "").lower(), "USD")
        amount = _plain(parse_number(number, lang) * _SCALE.get(scale, 1))
        facts.append(_phrase_fact("money", match, sentence, start, names,
                                  Money(amount, currency, _qualifier(match))))
    return facts


def _percents(here: _Sentence) -> list[Fact]:
    body, start, end, names, sentence, lang = here.body, here.start, here.end, here.names, here.text, here.lang
    facts = [_stated("percent", amount, here, Percent((amount.value,), amount.qualifier))
             for amount in _cjk_percents(here)]
    for match in _PERCENT.finditer(body, start, end):
        if _inside(match, facts):
            continue
        values = [_plain(parse_number(v, lang)) for v in (match.group("a"), match.group("b")) if v]
        facts.append(_phrase_fact("percent", match, sentence, start, names, Percent(tuple(values), _qualifier(match))))
    return facts


def _inside(match: re.Match[str], facts: Sequence[Fact]) -> bool:
    return any(f.start < match.end() and match.start() < f.end for f in facts)


def _stated(kind: str, amount: _Amount, here: _Sentence, details: FactDetails) -> Fact:
    return Fact(kind=kind, text=here.body[amount.start: amount.end], start=amount.start, end=amount.end,
                sentence=here.text, sentence_start=here.start, entities=here.names, details=details)


def _cjk_money(here: _Sentence) -> list[_Amount]:
    """Chinese amounts of money in a Chinese sentence: "约100亿美元", "一百亿元"."""
    if here.lang not in FOLDED:
        return []
    found = []
    for match in _CJK_MONEY.finditer(here.src, here.start, here.end):
        number = han.number(match.group("number"))
        if number is None:
            continue
        value = _plain(number * _SCALE.get(match.group("scale") or "", 1))
        found.append(_Amount(match.start(), match.end(), here.body[match.start(): match.end()], value,
                             _CURRENCY_WORDS[match.group("currency")], match.group("approx")))
    return found


def _cjk_percents(here: _Sentence) -> list[_Amount]:
    """Chinese percentages in a Chinese sentence: "约49%", "百分之四十九"."""
    if here.lang not in FOLDED:
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
        found.append(_Amount(match.start(), match.end(), here.body[match.start(): match.end()], _plain(number),
                             None, match.group("approx")))
    return found


def _plain(number: float) -> int | float:
    return int(number) if number == int(number) else number


def _qualifier(match: re.Match[str]) -> str | None:
    """The approximation word ("fast", "over") of a matched amount."""
    return (match.group("approx") or "").lower() or None


def _phrase_fact(kind: str, match: re.Match[str], sentence: str, sentence_start: int, names: tuple[str, ...],
                 details: FactDetails) -> Fact:
    """A fact stated by one matched phrase."""
    phrase = match.group(0)
    return Fact(
        kind=kind,
        text=phrase.strip(),
        start=match.start() + len(phrase) - len(phrase.lstrip()),
        end=match.end(),
        sentence=sentence,
        sentence_start=sentence_start,
        entities=names,
        details=details,
    )


# --- typed facts ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Sentence:
    body: str
    start: int
    end: int
    lang: str
    text: str
    mentions: Sequence[EntityMention]
    names: tuple[str, ...]
    dates: Sequence[TimeExpression]
    src: str  # the body as the patterns read it: folded for a Chinese sentence (han.normalised)

    starts: Sequence[int] = ()  # the mentions' starts

    def near(self, start: int, end: int) -> list[EntityMention]:
        """The sentence's mentions inside [start, end), by bisection: a run-on Chinese
        "sentence" of a page without punctuation holds thousands, and every cue in it
        looks only near itself."""
        return within(self.mentions, self.starts, start, end)

    def starting(self, start: int, end: int) -> Sequence[EntityMention]:
        """The sentence's mentions that start inside [start, end), wherever they end."""
        return self.mentions[bisect_left(self.starts, start): bisect_left(self.starts, end)]


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    text: str
    value: int | float
    currency: str | None  # None for a percentage
    qualifier: str | None


# The kinds in the order their facts are listed; each kind's cue words come from every language.
_CUE = {kind: re.compile(languages.bounded(languages.patterns(f"facts.cue_patterns.{kind}"), r"(?<![\w-])",
                                          r"(?![\w-])"), re.I)
        for kind in ("founded", "investment", "stake", "valuation", "revenue", "market_value_change", "funding_round")}
_PARTIES = {"ORG", "PERSON", "PRODUCT"}
_LOSS = re.compile(languages.bounded(languages.patterns("facts.loss_patterns")), re.I)
_GAIN = re.compile(languages.bounded(languages.patterns("facts.gain_patterns")), re.I)
# "a stake in OpenAI", "invested $10 billion into the company": the words before a target.
_INTO = re.compile(r"\s*(?:[\w$€.,\s-]{0,40}?\s)?(?:" + languages.either(languages.latin(
    languages.words("facts.target_prepositions")))
                   + r")\s+(?:" + "|".join(w + r"\s+" for w in languages.words("facts.target_articles")) + r")?$")
_FOUNDED_BY_AFTER = re.compile(
    r"\s*(?:" + "|".join(languages.patterns("facts.founded_year_patterns")) + r")?(?:"
    + languages.alternation("facts.founded_by") + r")\s+")
_CJK_TARGET = frozenset(languages.cjk(languages.words("facts.target_prepositions")))
_HOLDING = re.compile(languages.either(languages.words("facts.holding_verbs")))
_PRONOUNS = ("其", "它", "该公司")
_CJK_CLAUSE_BREAK = re.compile(r"[,;:，；：]")  # "持有其约49%的股份": its
_INVESTMENT_SOURCE = re.compile(r"\s+(?:" + languages.alternation("facts.investment_sources") + r")\s+")


def _typed(here: _Sentence) -> list[Fact]:
    facts: list[Fact] = []
    amounts = _amounts(here)
    percents = _percent_amounts(here)
    seen: set[tuple[str, int]] = set()
    for kind, cue in _CUE.items():
        for match in cue.finditer(here.src, here.start, here.end):
            fact = _TYPED[kind](here, match, amounts, percents)
            if fact is not None and (fact.kind, fact.start) not in seen:
                seen.add((fact.kind, fact.start))
                facts.append(fact)
    return facts


def _amounts(here: _Sentence) -> list[_Amount]:
    found = _cjk_money(here)
    for match in _MONEY.finditer(here.body, here.start, here.end):
        if any(a.start < match.end() and match.start() < a.end for a in found):
            continue
        number = match.group("number") or match.group("number2")
        scale = (match.group("scale") or match.group("scale2") or "").lower()
        currency = _CURRENCY_SIGNS.get(match.group("sign") or "") or _CURRENCY_WORDS.get(
            (match.group("currency") or "").lower(), "USD")
        phrase = match.group(0)
        start = match.start() + len(phrase) - len(phrase.lstrip())
        found.append(_Amount(start, match.end(), phrase.strip(),
                             _plain(parse_number(number, here.lang) * _SCALE.get(scale, 1)), currency,
                             (match.group("approx") or "").lower() or None))
    return found


def _percent_amounts(here: _Sentence) -> list[_Amount]:
    found = _cjk_percents(here)
    for match in _PERCENT.finditer(here.body, here.start, here.end):
        if any(a.start < match.end() and match.start() < a.end for a in found):
            continue
        phrase = match.group(0)
        start = match.start() + len(phrase) - len(phrase.lstrip())
        found.append(_Amount(start, match.end(), phrase.strip(), _plain(parse_number(match.group("a"), here.lang)),
                             None, (match.group("approx") or "").lower() or None))
    return found


def _party_before(here: _Sentence, pos: int, within: int = 120, exclude: str | None = None) -> EntityMention | None:
    candidates = [m for m in here.mentions if m.label in _PARTIES and m.end <= pos and pos - m.end <= within
                  and m.name != exclude]
    return max(candidates, key=lambda m: m.end, default=None)


def _party_after(here: _Sentence, pos: int, within: int = 60, exclude: str | None = None) -> EntityMention | None:
    """The first entity after ``pos`` that a preposition ("in", "into", "von", "of") introduces."""
    for mention in sorted(here.mentions, key=lambda m: m.start):
        if mention.start < pos or mention.start - pos > within or mention.label not in _PARTIES:
            continue
        if mention.name != exclude and _INTO.search(here.src[pos: mention.start]):
            return mention
    return None


def _nearest_amount(amounts: Sequence[_Amount], start: int, end: int, within: int = 80) -> _Amount | None:
    def gap(amount: _Amount) -> int:
        return max(amount.start - end, start - amount.end, 0)

    if len(amounts) > 64:  # a run-on sentence: only the amounts that can be near, by bisection
        starts = [a.start for a in amounts]
        amounts = amounts[max(0, bisect_left(starts, start - within - 200)): bisect_left(starts, end + within + 1)]
    near = [a for a in amounts if gap(a) <= within]
    return min(near, key=gap, default=None)


def _date_near(here: _Sentence, pos: int) -> FactDate | None:
    dates = here.dates
    if len(dates) > 64:  # a run-on sentence: the dates around ``pos``, found by bisection
        index = bisect_left([d.start for d in dates], pos)
        dates = dates[max(0, index - 32): index + 32]
    dated = [d for d in dates if d.on_calendar]
    if not dated:
        return None
    date = min(dated, key=lambda d: abs(d.start - pos))
    return FactDate(date.value, date.text)


def _typed_fact(here: _Sentence, kind: str, parts: Sequence[tuple[int, int]], details: FactDetails) -> Fact:
    start = min(s for s, _ in parts)
    end = max(e for _, e in parts)
    return Fact(kind=kind, text=" ".join(here.body[start:end].split()), start=start, end=end,
                sentence=here.text, sentence_start=here.start, entities=here.names, details=details)


def _founded(here: _Sentence, cue: re.Match[str], amounts: Sequence[_Amount],
             percents: Sequence[_Amount]) -> Fact | None:
    # A run-on sentence (a page without punctuation) is looked at near the cue only.
    around = here.mentions if len(here.mentions) <= 64 else here.near(cue.start() - 200, cue.end() + 200)
    orgs = [m for m in around if m.label == "ORG"]
    people = [m for m in around if m.label == "PERSON"]
    co = cue.group(0).lower().startswith(_CO_FOUNDED)
    # "Musk, who co-founded OpenAI": the organisation follows; "OpenAI was founded in
    # 2015", "Founded as a nonprofit in 2015, OpenAI's mission": before, or the sentence's first.
    org = next((o for o in orgs if 0 <= o.start - cue.end() <= 4), None)
    if org is None:
        org = max((o for o in orgs if o.end <= cue.start()), key=lambda o: o.end, default=None)
    if org is None and here.src[here.start: cue.start()].strip() == "":
        org = min(orgs, key=lambda o: o.start, default=None)
    if org is None:
        return None
    founders = [p.name for p in people if p.end <= cue.start() and cue.start() - p.end <= 40]
    by = _FOUNDED_BY_AFTER.match(here.src[cue.end(): here.end])
    if by:
        founders += [p.name for p in people if cue.end() <= p.start <= cue.end() + by.end() + 60]
    year = next((d for d in sorted(here.dates, key=lambda d: abs(d.start - cue.start()))
                 if d.on_calendar and d.granularity in ("year", "month", "day")), None)
    parts = [(cue.start(), cue.end()), (org.start, org.end)] + ([(year.start, year.end)] if year else [])
    return _typed_fact(here, "founded", parts, Founded(
        org.name, tuple(sorted(set(founders))), "co-founder" if co else "founder",
        year.value[:4] if year else None, year.text if year else None))


def _investment(here: _Sentence, cue: re.Match[str], amounts: Sequence[_Amount],
                percents: Sequence[_Amount]) -> Fact | None:
    if here.lang in FOLDED:
        investor, target = _cjk_investment_parties(here, cue)
    else:
        investor = _party_before(here, cue.start())
        target = _party_after(here, cue.end(), exclude=investor.name if investor else None)
    if target is None:  # "investment from Microsoft"
        source = _INVESTMENT_SOURCE.match(here.src[cue.end(): here.end])
        if source:
            investor = next((m for m in here.mentions if m.start == cue.end() + source.end()), investor)
    amount = _nearest_amount(amounts, cue.start(), cue.end(), within=60)
    if investor is None or (target is None and amount is None) or (target and target.name == investor.name):
        return None
    parts = [(cue.start(), cue.end()), (investor.start, investor.end)]
    parts += [(target.start, target.end)] if target else []
    parts += [(amount.start, amount.end)] if amount else []
    return _typed_fact(here, "investment", parts, Investment(
        investor.name, target.name if target else None, amount.value if amount else None,
        amount.currency if amount else None, amount.qualifier if amount else None, amount.text if amount else None,
        _date_near(here, cue.start())))


def _cjk_investment_parties(here: _Sentence, cue: re.Match[str]) -> tuple[EntityMention | None,
                                                                           EntityMention | None]:
    """"微软宣布向OpenAI追加投资": the target after 向 (对, 为) before the verb, or right
    after it ("投资OpenAI"); the investor the nearest other party before the verb."""
    before = [m for m in here.near(cue.start() - 120, cue.start()) if m.label in _PARTIES]
    target = next((m for m in reversed(before) if here.src[max(here.start, m.start - 1): m.start] in _CJK_TARGET),
                  None)
    if target is None:
        target = next((m for m in here.near(cue.end(), cue.end() + 40) if m.label in _PARTIES
                       and m.start - cue.end() <= 2), None)
    investor = next((m for m in reversed(before) if target is None or m.name != target.name), None)
    return investor, target


def _stake(here: _Sentence, cue: re.Match[str], amounts: Sequence[_Amount],
           percents: Sequence[_Amount]) -> Fact | None:
    percent = _nearest_amount(percents, cue.start(), cue.end(), within=60)
    if percent is None:
        return None
    if here.lang in FOLDED:
        return _cjk_stake(here, cue, percent)
    holder = _party_before(here, min(percent.start, cue.start()))
    target = _party_after(here, max(percent.end, cue.end()), exclude=holder.name if holder else None)
    if holder is None or target is None:
        return None
    parts = [(holder.start, holder.end), (percent.start, percent.end), (cue.start(), cue.end()),
             (target.start, target.end)]
    return _typed_fact(here, "stake", parts, Stake(holder.name, target.name, percent.value, percent.qualifier))


def _cjk_stake(here: _Sentence, cue: re.Match[str], percent: _Amount) -> Fact | None:
    """"微软持有OpenAI约49%股份", "微软是OpenAI最大的投资者，持有其约49%的股份": the holder
    is the subject before the holding verb, in its clause or else the sentence's first
    (not a name followed by 的, which only qualifies), the target the name between verb
    and percentage, or for 其 ("its") the other name before the verb."""
    verbs = list(_HOLDING.finditer(here.src, max(here.start, percent.start - 30), percent.start))
    verbs = [m for m in verbs if percent.start - m.end() <= 20]
    if not verbs:
        return None
    verb = verbs[-1]
    parties = [m for m in here.near(verb.start() - 120, percent.start) if m.label in _PARTIES]
    subjects = [m for m in parties if m.end <= verb.start() and here.src[m.end: m.end + 1] != "的"]
    # The subject of the verb's own clause, else (a clause without one: "…，持有其…") the sentence's.
    clause = max((m.end() for m in _CJK_CLAUSE_BREAK.finditer(here.src, max(here.start, verb.start() - 120),
                                                               verb.start())), default=here.start)
    holder = next((m for m in subjects if m.start >= clause), subjects[0] if subjects else None)
    if holder is None:
        return None
    target = next((m for m in parties if verb.end() <= m.start and m.end <= percent.start and m.name != holder.name),
                  None)
    if target is None and here.src[verb.end(): percent.start].lstrip().startswith(_PRONOUNS):
        target = next((m for m in reversed(parties) if m.end <= verb.start() and m.name != holder.name), None)
    if target is None:
        return None
    parts = [(holder.start, holder.end), (verb.start(), verb.end()), (percent.start, percent.end),
             (cue.start(), cue.end()), (target.start, target.end)]
    return _typed_fact(here, "stake", parts, Stake(holder.name, target.name, percent.value, percent.qualifier))


def _subject_amount(kind: str, within: int = 60):  # type: ignore[no-untyped-def]
    """valuation, revenue, funding round, market value change: an amount next to the
    cue, about the entity told just before it."""

    def extract(here: _Sentence, cue: re.Match[str], amounts: Sequence[_Amount],
                percents: Sequence[_Amount]) -> Fact | None:
        amount = _nearest_amount(amounts, cue.start(), cue.end(), within=within)
        if amount is None:
            return None
        subject = _party_before(here, min(amount.start, cue.start()))
        if subject is None:
            return None
        date = _date_near(here, cue.start())
        currency = amount.currency
        assert currency is not None  # a money amount always has one (USD where none is named)
        details: FactDetails
        if kind == "market_value_change":
            window = here.src[subject.end: max(amount.end, cue.end())]
            direction = "loss" if _LOSS.search(window) else "gain" if _GAIN.search(window) else None
            details = ValueChange(subject.name, amount.value, currency, amount.qualifier, amount.text, direction,
                                  date)
        else:
            details = SubjectAmount(subject.name, amount.value, currency, amount.qualifier, amount.text, date)
        parts = [(subject.start, subject.end), (amount.start, amount.end), (cue.start(), cue.end())]
        return _typed_fact(here, kind, parts, details)

    return extract


_TYPED = {
    "founded": _founded,
    "investment": _investment,
    "stake": _stake,
    "valuation": _subject_amount("valuation"),
    "revenue": _subject_amount("revenue", within=30),
    "market_value_change": _subject_amount("market_value_change"),
    "funding_round": _subject_amount("funding_round"),
}

