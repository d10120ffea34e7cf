"""Facts one sentence states: roles (who is CEO of what), money amounts and
percentages, normalised, with the phrase and the sentence that state them.

Roles are read only from tight patterns ("Microsoft CEO Satya Nadella",
"then-CEO Sam Altman", "Elon Musk, owner of X", "Musk, who co-founded OpenAI");
an organisation is attached only when the sentence ties it to the role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ainews_cli.events import fold
from ainews_cli.records import EntityMention, Fact

_ROLES = {
    # surface (lower case) -> canonical role
    "ceo": "CEO", "chief executive": "CEO", "chief executive officer": "CEO", "chef": "CEO",
    "president": "president", "präsident": "president",
    "chairman": "chair", "chair": "chair", "vorsitzende": "chair", "vorsitzender": "chair",
    "vorsitzenden": "chair",
    "cto": "CTO", "chief technology officer": "CTO",
    "chief scientist": "chief scientist", "chef-wissenschaftler": "chief scientist",
    "co-founder": "co-founder", "cofounder": "co-founder", "mitgründer": "co-founder",
    "founder": "founder", "gründer": "founder",
    "owner": "owner", "eigentümer": "owner", "besitzer": "owner",
    "board member": "board member", "investor": "investor",
    "hauptgeschäftsführer": "managing director", "geschäftsführer": "managing director",
}
_ROLE_WORDS = "|".join(sorted((re.escape(w) for w in _ROLES), key=len, reverse=True))
_QUALIFIER = r"(?P<qualifier>then-|former\s+|ex-|Ex-|interim\s+|acting\s+|new\s+|ehemalige[rn]?\s+|neue[rn]?\s+)?"
_ROLE = re.compile(_QUALIFIER + r"(?P<role>" + _ROLE_WORDS + r")(?![\w])", re.I)
_AS_ROLE = re.compile(r"\s+(?:as|als)\s+(?:(?:the|its|their|der|die|den)\s+)?(?P<role>" + _ROLE_WORDS + r")\b", re.I)
_FOUNDED_BY = re.compile(r",?\s*who\s+(co-founded|cofounded|founded)\s+")

_SCALE = {
    "thousand": 1e3, "k": 1e3, "tausend": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "billionen": 1e12,
}
_CURRENCY_WORDS = {
    "us-dollar": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "euro": "EUR", "eur": "EUR", "pound": "GBP", "pounds": "GBP", "yuan": "CNY", "renminbi": "CNY",
}
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_APPROX = (r"(?P<approx>about|around|roughly|nearly|almost|over|more than|up to|at least|some|"
           r"rund|etwa|fast|knapp|über|mehr als|bis zu|mindestens)?\s*")
_NUMBER = r"(?P<number>\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)"
_SCALE_WORDS = (r"(?:\s*(?P<scale>trillion|billion|million|thousand|Milliarden|Milliarde|Millionen|Billionen|"
                r"Tausend|Mrd\.?|Mio\.?|bn|mn|[kmb])\b)?")
_MONEY = re.compile(
    r"(?<![\w$€£¥])" + _APPROX
    + r"(?:(?P<sign>US\$|\$|€|£|¥)\s?" + _NUMBER + _SCALE_WORDS
    + r"|" + _NUMBER.replace("number", "number2")
    + _SCALE_WORDS.replace("scale", "scale2")
    + r"\s+(?P<currency>US-Dollar|Dollar|dollars|USD|Euro|EUR|pounds|yuan)\b)",
    re.I,
)
_PERCENT = re.compile(
    r"(?<![\w.])" + _APPROX.replace("approx", "approx")
    + r"(?:between\s+|zwischen\s+)?(?P<a>\d+(?:[.,]\d+)?)(?:\s*(?:and|to|-|–|und|bis)\s*(?P<b>\d+(?:[.,]\d+)?))?"
    + r"\s*(?:%|percent\b|per cent\b|Prozent\b)",
    re.I,
)


def extract_facts(
    body: str, sentences: Sequence[tuple[int, int, str]], entities: Sequence[EntityMention]
) -> list[Fact]:
    facts: list[Fact] = []
    for start, end, lang in sentences:
        in_sentence = [e for e in entities if start <= e.start and e.end <= end]
        names = tuple(dict.fromkeys(e.name for e in in_sentence))
        sentence = fold(body[start:end])
        facts.extend(_roles(body, start, end, in_sentence, sentence))
        facts.extend(_money(body, start, end, names, sentence, lang))
        facts.extend(_percents(body, start, end, names, sentence, lang))
    return facts


def _roles(body: str, start: int, end: int, mentions: Sequence[EntityMention], sentence: str) -> list[Fact]:
    people = [m for m in mentions if m.label == "PERSON"]
    orgs = [m for m in mentions if m.label == "ORG"]
    facts = []
    for match in _ROLE.finditer(body, start, end):
        role = _ROLES[match.group("role").lower()]
        if match.group("role").lower() == "chef" and not body[match.end(): match.end() + 1].isspace():
            continue
        # The holder: a person right after the role ("CEO Sam Altman") or right before it
        # ("Elon Musk, owner of X").
        person = next((p for p in people if 0 <= p.start - match.end() <= 2), None)
        after_person = False
        if person is None:
            person = next((p for p in people if 0 <= match.start() - p.end <= 6
                           and re.fullmatch(r",\s*(?:the\s+)?", body[p.end: match.start()])), None)
            after_person = person is not None
        if person is None:
            continue
        # The organisation: right before the role ("Microsoft CEO", "Microsoft-CEO",
        # "Microsofts CEO", "OpenAI’s CEO") or right after it ("CEO of OpenAI", "owner of X").
        org = next((o for o in orgs if 0 <= match.start() - o.end <= 3
                    and re.fullmatch(r"(?:['’]s)?[\s-]?", body[o.end: match.start()])), None)
        tail = body[(person.end if not after_person else match.end()): end]
        if org is None:
            of = re.match(r"\s*(?:of|at|von|bei|der|des)\s+", tail)
            if of:
                offset = (person.end if not after_person else match.end()) + of.end()
                org = next((o for o in orgs if o.start == offset), None)
        qualifier = (match.group("qualifier") or "").strip(" -").lower() or None
        if org is not None and qualifier is None:
            before = re.search(r"(?:\b(ex|former|ehemalige[rn]?)[\s-]+)$", body[max(start, org.start - 12): org.start],
                               re.I)
            qualifier = before.group(1).lower() if before else None
        span_start = min(match.start(), person.start, org.start if org else match.start())
        span_end = max(match.end(), person.end, org.end if org else match.end())
        facts.append(_role_fact(body, span_start, span_end, sentence, start, person.name, role,
                                org.name if org else None, qualifier))
    for person in people:
        # "Sam Altman als CEO einer ... Einheit", "hire Emmett Shear as CEO"
        as_role = _AS_ROLE.match(body, person.end, end)
        if as_role:
            role = _ROLES[as_role.group("role").lower()]
            facts.append(_role_fact(body, person.start, as_role.end(), sentence, start, person.name, role,
                                    None, None))
        after = _FOUNDED_BY.match(body, person.end, end)
        if after is None:
            continue
        org = next((o for o in orgs if o.start == after.end()), None)
        if org is not None:
            role = "co-founder" if after.group(1).startswith("co") else "founder"
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
        attributes=(("person", person), ("role", role), ("org", org), ("qualifier", qualifier)),
    )


def parse_number(text: str, lang: str) -> float:
    """ "6.6" -> 6.6, "1,000" -> 1000, German "6,6" -> 6.6, "1.000" -> 1000."""
    decimal, group = (",", ".") if lang == "de" else (".", ",")
    if re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+", text):
        return float(text.replace(group, ""))
    return float(text.replace(group, "").replace(decimal, "."))


def _money(body: str, start: int, end: int, names: tuple[str, ...], sentence: str, lang: str) -> list[Fact]:
    facts = []
    for match in _MONEY.finditer(body, start, end):
        number = match.group("number") or match.group("number2")
        scale = (match.group("scale") or match.group("scale2") or "").lower()
        currency = _CURRENCY_SIGNS.get(match.group("sign") or "") or _CURRENCY_WORDS.get(
            (match.group("currency") or "").lower(), "USD")
        amount = _plain(parse_number(number, lang) * _SCALE.get(scale, 1))
        facts.append(_phrase_fact("money", match, sentence, start, names,
                                  (("amount", amount), ("currency", currency))))
    return facts


def _percents(body: str, start: int, end: int, names: tuple[str, ...], sentence: str, lang: str) -> list[Fact]:
    facts = []
    for match in _PERCENT.finditer(body, start, end):
        values = [_plain(parse_number(v, lang)) for v in (match.group("a"), match.group("b")) if v]
        facts.append(_phrase_fact("percent", match, sentence, start, names, (("values", values),)))
    return facts


def _plain(number: float) -> int | float:
    return int(number) if number == int(number) else number


def _phrase_fact(kind: str, match: re.Match[str], sentence: str, sentence_start: int, names: tuple[str, ...],
                 attributes: tuple[tuple[str, Any], ...]) -> Fact:
    """A fact stated by one matched phrase; its approximation word ("fast", "over") is the qualifier."""
    phrase = match.group(0)
    return Fact(
        kind=kind,
        text=phrase.strip(),
        start=match.start() + len(phrase) - len(phrase.lstrip()),
        end=match.end(),
        sentence=sentence,
        sentence_start=sentence_start,
        entities=names,
        attributes=(*attributes, ("qualifier", (match.group("approx") or "").lower() or None)),
    )
