"""Facts one sentence states, typed and normalised, with the phrase and the
sentence that state them.

- ``role``: who holds which role where ("Microsoft CEO Satya Nadella", "then-CEO Sam
  Altman", "Satya Nadella, Microsoft's chief executive", "Mira Murati was named interim
  chief executive", "Technologiechefin Mira Murati"); one per person, role and
  organisation in a document.
- ``investment`` (investor, target, amount, date) and ``stake`` (holder, target,
  percentage): read from the voices each language's data lists, over the sentence
  with its parties and amounts marked ("{investor} invested {amount} in {target}",
  "{target} would receive {amount} from {investor}", "erhält {target} von {investor}
  {amount}", "{holder} ... to hold {percent} of {target}").
- ``valuation``, ``revenue``, ``market_value_change``, ``funding_round`` (subject,
  amount), ``founded`` (organisation, founders, year): read from a cue word
  ("Börsenwert", "founded") and the entities and amounts around it.
- ``money`` and ``percent``: amounts no typed fact explains, with the sentence's
  entities, so a profile still shows them.

Parties are the sentence's entities less publishers and cited sources ("according to
Semafor", "Bloomberg reported"), with the organisations that descriptions ("the
company", "der Konzern", "das Start-up") and pronouns ("it") stand for.

Amounts are normalised in English and German ("$6.6 billion" -> 6600000000 USD,
"fast 47 Milliarden US-Dollar" -> 47000000000 USD, qualifier "fast"); where a number
has both separators, the last one is the decimal one ("1.000,5", "1,000.5").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ainews_cli import languages
from ainews_cli.events import fold
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
_ROLE = re.compile(r"(?<![\w])" + _QUALIFIER + r"(?P<role>" + _ROLE_WORDS + r")(?![\w])", re.I)
_ORG_QUALIFIER = re.compile(r"(?:\b(" + languages.alternation("facts.org_qualifier_patterns") + r")[\s-]+)$", re.I)
_FOUNDED_BY = re.compile(
    r",?\s*(?:" + languages.alternation("facts.who_founded") + r")\s+("
    + languages.alternation("facts.who_founded_verbs") + r")\s+")
_CO_FOUNDED = tuple(languages.words("facts.co_founded_prefixes"))

_SCALE: dict[str, float] = languages.table("facts.scales")
_CURRENCY_WORDS: dict[str, str] = languages.table("facts.currencies")
_NUMBER_WORDS: dict[str, int] = languages.table("facts.number_words")
# Signs are written alike in every language.
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_APPROX = r"(?P<approx>" + languages.alternation("facts.approximations") + r")?\s*"
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
# Decimal and group separators; a language without a data file writes numbers as English does.
_SEPARATORS: dict[str, tuple[str, str]] = {
    lang: (languages.lookup(lang, "facts.decimal_separator"), languages.lookup(lang, "facts.group_separator"))
    for lang in languages.LANGUAGES
}


def extract_facts(
    body: str,
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMention],
    dates: Sequence[TimeExpression] = (),
    publishers: frozenset[str] = frozenset(),
) -> list[Fact]:
    """The facts of one document. ``publishers``: names the alias table marks as
    publishers, which a fact never takes as a party."""
    facts: list[Fact] = []
    entities = sorted(entities, key=lambda e: e.start)
    entity_starts = [e.start for e in entities]
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    context = _Context()
    for sentence in sentences:
        start, end, lang = sentence.start, sentence.end, sentence.lang
        in_sentence = within(entities, entity_starts, start, end)
        names = tuple(dict.fromkeys(e.name for e in in_sentence))
        parties = _parties(body, start, end, in_sentence, publishers, context)
        here = _Sentence(body, start, end, lang, fold(body[start:end]), parties, names,
                         within(dates, date_starts, start, end))
        facts.extend(_roles(here))
        typed = _typed(here)
        facts.extend(typed)
        # An amount a typed fact explains is not listed again as a plain amount.
        plain = [*_money(body, start, end, names, here.text, lang),
                 *_percents(body, start, end, names, here.text, lang)]
        facts.extend(f for f in plain if not any(t.start <= f.start and f.end <= t.end for t in typed))
        context.add(parties)
    return _one_role_each(facts)


def _one_role_each(facts: list[Fact]) -> list[Fact]:
    """One role fact per person, role and organisation in a document (the first that
    states it); a role stated without its organisation goes where the document also
    states it with one."""
    with_org = {(f.details.person, f.details.role, f.details.qualifier) for f in facts
                if isinstance(f.details, Role) and f.details.org is not None}
    seen: set[tuple[str, str, str | None]] = set()
    kept = []
    for fact in facts:
        details = fact.details
        if isinstance(details, Role):
            key = (details.person, details.role, details.org)
            # "interim CEO" beside "former chief executive of Twitch" is another role.
            same = [q for p, r, q in with_org
                    if (p, r) == key[:2] and (q == details.qualifier or not details.qualifier)]
            if key in seen or (details.org is None and same):
                continue
            seen.add(key)
        kept.append(fact)
    return kept


# --- parties ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Party:
    """An entity that can take part in a fact: a mention, or a description ("the
    company", "der Konzern") or pronoun ("it") standing for one."""

    name: str
    label: str
    start: int
    end: int
    derived: bool = False  # a description or pronoun


class _Context:
    """The organisations named in the sentences before, for descriptions and pronouns."""

    def __init__(self) -> None:
        self.sentences: list[list[_Party]] = []

    def add(self, parties: list[_Party]) -> None:
        self.sentences.append([p for p in parties if p.label == "ORG"])

    def recent(self, back: int = 2) -> list[_Party]:
        return [p for sentence in self.sentences[-back:] for p in sentence]

    def first_of_last(self) -> _Party | None:
        last = self.sentences[-1] if self.sentences else []
        return last[0] if last else None


_DESCRIPTION = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.description_patterns") + r")(?![\w-])", re.I)
_PRONOUN = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.pronoun_patterns") + r")(?![\w-])", re.I)
_CITED_BEFORE = re.compile(r"(?:" + languages.alternation("facts.attribution_before") + r")\s+(?:the\s+)?$", re.I)
_CITED_AFTER = re.compile(r"^\s*,?\s*(?:" + languages.alternation("facts.attribution_after") + r")\b", re.I)


def _parties(body: str, start: int, end: int, mentions: Sequence[EntityMention], publishers: frozenset[str],
             context: _Context) -> list[_Party]:
    """The sentence's possible parties: its entities less publishers and cited sources
    ("according to Semafor", "Bloomberg reported"), and the organisations its
    descriptions and pronouns stand for."""
    found: list[_Party] = []
    for mention in mentions:
        if mention.name in publishers:
            continue
        if _CITED_BEFORE.search(body[max(start, mention.start - 30): mention.start]) \
                or _CITED_AFTER.match(body[mention.end: min(end, mention.end + 30)]):
            continue
        found.append(_Party(mention.name, mention.label, mention.start, mention.end))
    descriptions = list(_DESCRIPTION.finditer(body, start, end))
    # A description that takes a name in ("der US-Konzern", "dem ChatGPT-Entwickler") stands for
    # an organisation, not for the name inside it.
    found = [p for p in found if not any(d.start() <= p.start and p.end <= d.end() for d in descriptions)]
    taken = [(m.start, m.end) for m in mentions
             if not any(d.start() <= m.start and m.end <= d.end() for d in descriptions)]
    derived: list[_Party] = []
    for match in sorted([*descriptions, *_PRONOUN.finditer(body, start, end)], key=lambda m: m.start()):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if _PRONOUN.fullmatch(match.group(0)):
            # "it", "its": the sentence's first organisation before it, else the last sentence's first.
            before = next((p for p in found if p.label == "ORG" and p.end <= match.start()), None)
            org = before or context.first_of_last()
        else:
            # "the company", "der Konzern": the organisation named last before it, unless the
            # sentence names it after the description or another description stands for it.
            later = {p.name for p in found if p.start > match.start()}
            used = {p.name for p in derived}
            earlier = [p for p in (*context.recent(), *found, *derived)
                       if p.label == "ORG" and p.end <= match.start()]
            org = next((p for p in reversed(earlier) if p.name not in later | used), None)
        if org is not None:
            derived.append(_Party(org.name, "ORG", match.start(), match.end(), derived=True))
    return sorted([*found, *derived], key=lambda p: (p.start, p.end))

# --- roles ------------------------------------------------------------------------------

_JOINED_ROLE = re.compile(r"\s+(?:" + languages.alternation("facts.role_joiners") + r")\s+" + _QUALIFIER
                         + r"(?P<role>" + _ROLE_WORDS + r")(?![\w])", re.I)
_APPOSITION_ARTICLES = languages.alternation("facts.role_apposition_articles")
# ", the former", ", a", ", bis Freitag": an apposition's opening before the role.
_APPOSITION = re.compile(r"^\s*,\s*(?:[\w.]+\s+){0,2}?(?:(?:" + _APPOSITION_ARTICLES + r")\s+)?$", re.I)
_ROLE_VERB = re.compile(r"(?:" + languages.alternation("facts.role_verb_patterns") + r")\s+(?:(?:"
                        + _APPOSITION_ARTICLES + r")\s+)?$", re.I)
_HIRING_VERB = re.compile(r"\b(?:" + languages.alternation("facts.hiring_verb_patterns") + r")\b", re.I)
_ROLE_BY = [(re.compile(r"\b" + re.escape(words).replace(r"\ ", r"\s+") + r"\s+$", re.I), role)
            for words, role in languages.table("facts.role_by").items()]
_OTHER_ORG = re.compile(r"\s*(?:" + languages.alternation("facts.role_other_org_patterns") + r")", re.I)
_ORG_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.role_org_prepositions") + r")\s+(?:(?:"
                        + languages.alternation("facts.target_articles") + r")\s+)?(?:[\w-]+\s+){0,3}?", re.I)
_WITHOUT_ORG = frozenset(languages.words("facts.roles_without_org"))


@dataclass
class _RoleFound:
    person: _Party
    role: str
    start: int  # the role word's span
    end: int
    org: _Party | None
    qualifier: str | None
    explicit: bool  # the syntax ties the organisation to the role


def _roles(here: _Sentence) -> list[Fact]:
    body = here.body
    people = [p for p in here.mentions if p.label == "PERSON"]
    orgs = [p for p in here.mentions if p.label == "ORG"]
    found: list[_RoleFound] = []
    for match in _ROLE.finditer(body, here.start, here.end):
        word = match.group("role").lower()
        if word in _NEEDS_SPACE and not body[match.end(): match.end() + 1].isspace():
            continue
        if any(p.start <= match.start("role") < p.end and not p.derived for p in here.mentions):
            continue  # a role word inside a name
        roles = [match]
        while (joined := _JOINED_ROLE.match(body, roles[-1].end(), here.end)) is not None:
            roles.append(joined)  # "chief scientist and co-founder Ilya Sutskever"
        person = _holder(here, match, roles[-1].end(), people)
        if person is None:
            continue
        first_org: tuple[_Party | None, bool] = (None, False)
        for index, role in enumerate(roles):
            if any(f.start == role.start("role") for f in found):
                continue
            org, explicit = _role_org(here, role, person, orgs, found)
            if index == 0:
                first_org = (org, explicit)
            elif org is None and first_org[1]:
                org, explicit = first_org  # "Microsoft's chairman and chief executive"
            qualifier = (role.group("qualifier") or match.group("qualifier") or "").strip(" -").lower() or None
            if org is not None and explicit and qualifier is None:
                before = _ORG_QUALIFIER.search(body[max(here.start, org.start - 12): org.start])
                qualifier = before.group(1).lower() if before else None
            found.append(_RoleFound(person, _ROLES[role.group("role").lower()], role.start("role"), role.end("role"),
                                    org, qualifier, explicit))
    for pattern, role_name in _ROLE_BY:
        for person in people:  # "chaired by Bret Taylor"
            if pattern.search(body[max(here.start, person.start - 30): person.start]):
                org = _context_org(person.start, orgs, found)
                found.append(_RoleFound(person, role_name, person.start, person.end, org, None, False))
    facts = []
    for held in found:
        if held.role in _WITHOUT_ORG and not held.explicit:
            held.org = None
        parts = [(held.start, held.end), (held.person.start, held.person.end)]
        if held.org is not None and held.explicit and not held.org.derived:
            parts.append((held.org.start, held.org.end))
        facts.append(_role_fact(body, min(s for s, _ in parts), max(e for _, e in parts), here.text, here.start,
                                held.person.name, held.role, held.org.name if held.org else None, held.qualifier))
    for person in people:
        after = _FOUNDED_BY.match(body, person.end, here.end)
        if after is None:
            continue
        org = next((o for o in orgs if o.start == after.end()), None)
        role_name = "co-founder" if after.group(1).lower().startswith(_CO_FOUNDED) else "founder"
        if org is not None:
            facts.append(_role_fact(body, person.start, org.end, here.text, here.start, person.name, role_name,
                                    org.name, None))
    return facts


def _holder(here: _Sentence, match: re.Match[str], run_end: int, people: Sequence[_Party]) -> _Party | None:
    """The person who holds the role: right after it ("CEO Sam Altman"), before it in an
    apposition ("Satya Nadella, Microsoft's chief executive", "Sam Altman, bis Freitag
    Chef von OpenAI"), or the one a verb gives it to ("was named interim chief
    executive", "hire Emmett Shear as CEO", "als CEO")."""
    body = here.body
    after = next((p for p in people if 0 <= p.start - run_end <= 2), None)
    if after is not None:
        return after
    before = [p for p in people if p.end <= match.start()]
    if not before:
        return None
    nearest = before[-1]
    # The words between, an organisation's possessive before the role left out
    # ("Microsoft's", "the startup's").
    between = body[nearest.end: match.start()]
    orgs = [p for p in here.mentions if nearest.end <= p.start and p.end <= match.start() and p.label == "ORG"]
    if orgs and orgs[-1].end >= match.start() - 3:
        between = body[nearest.end: orgs[-1].start]
    if len(between) <= 40 and _APPOSITION.match(between):
        return nearest
    if _ROLE_VERB.search(between) and not any(nearest.end <= p.start < match.start() for p in people):
        return nearest
    return None


def _role_org(here: _Sentence, role: re.Match[str], person: _Party, orgs: Sequence[_Party],
              found: Sequence[_RoleFound]) -> tuple[_Party | None, bool]:
    """The role's organisation and whether the syntax ties it: right before the role
    ("Microsoft CEO", "Microsoft-Chef", "OpenAI's president", "the startup's chief
    executive") or after it ("chief executive of the streaming site Twitch", "Chef von
    OpenAI"); else, where the role is given by a verb of hiring or stands before the
    name, the organisation named last before it in the sentence, unless the words after
    the role name another ("als CEO einer ... AI-Einheit")."""
    body = here.body
    role_start = role.start()
    before = next((o for o in reversed(orgs) if 0 <= role_start - o.end <= 3
                   and re.fullmatch(r"(?:['’]s|s)?[\s-]?", body[o.end: role_start])), None)
    if before is not None:
        return before, True
    org_after = _ORG_AFTER.match(body, role.end())
    if org_after is not None:
        # A name before a description: "of the startup accelerator Y Combinator" is Y Combinator.
        for org in sorted(orgs, key=lambda o: o.derived):
            if role.end() < org.start <= role.end() + 60 and _ORG_AFTER.fullmatch(body, role.end(), org.start):
                return org, True
    if _OTHER_ORG.match(body, role.end()) or (org_after is not None and body[org_after.end():].strip()[:1].islower()):
        return None, False
    if body[role_start - 1: role_start] == "-":
        return None, False  # "HDE-Hauptgeschäftsführer": the compound names an organisation we do not know
    if person.start > role.end():  # "Firmenchef Sam Altman"
        return _context_org(role_start, orgs, found, only_one=True), False
    if _HIRING_VERB.search(body[here.start: role_start]):  # "for OpenAI to hire ... as CEO"
        return _context_org(person.start, orgs, found), False
    return None, False


def _context_org(pos: int, orgs: Sequence[_Party], found: Sequence[_RoleFound], *,
                 only_one: bool = False) -> _Party | None:
    """The organisation named last before ``pos`` in the sentence that no other role
    claims; with ``only_one``, else the one organisation the sentence's descriptions
    stand for ("Technologiechefin Mira Murati übernimmt die Leitung des Unternehmens")."""
    claimed = {(f.org.start, f.org.end) for f in found if f.org is not None and f.explicit}
    free = [o for o in orgs if (o.start, o.end) not in claimed]
    candidates = [o for o in free if o.end <= pos]
    if candidates:
        return candidates[-1]
    # Only a description ("des Unternehmens") vouches for an organisation named after the role:
    # "CEO Sam Altman met Microsoft" does not make him Microsoft's.
    if only_one and not claimed and len({o.name for o in free}) == 1 and all(o.derived for o in free):
        return free[0]
    return None


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


def _money_value(match: re.Match[str], lang: str) -> tuple[int | float, str]:
    """The amount and currency of a matched amount of money."""
    if match.group("word"):
        number: float = _NUMBER_WORDS[match.group("word").lower()]
        scale = match.group("scale3").lower()
        currency = _CURRENCY_WORDS.get(match.group("currency3").lower(), "USD")
        return _plain(number * _SCALE.get(scale, 1)), currency
    number = parse_number(match.group("number") or match.group("number2"), lang)
    scale = (match.group("scale") or match.group("scale2") or "").lower()
    currency = _CURRENCY_SIGNS.get(match.group("sign") or "") or _CURRENCY_WORDS.get(
        (match.group("currency") or "").lower(), "USD")
    return _plain(number * _SCALE.get(scale, 1)), currency


def _money(body: str, start: int, end: int, names: tuple[str, ...], sentence: str, lang: str) -> list[Fact]:
    facts = []
    for match in _MONEY.finditer(body, start, end):
        amount, currency = _money_value(match, lang)
        facts.append(_phrase_fact("money", match, sentence, start, names, Money(amount, currency, _qualifier(match))))
    return facts


def _percents(body: str, start: int, end: int, names: tuple[str, ...], sentence: str, lang: str) -> list[Fact]:
    facts = []
    for match in _PERCENT.finditer(body, start, end):
        values = [_plain(parse_number(v, lang)) for v in (match.group("a"), match.group("b")) if v]
        facts.append(_phrase_fact("percent", match, sentence, start, names, Percent(tuple(values), _qualifier(match))))
    return facts


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
    mentions: Sequence[_Party]
    names: tuple[str, ...]
    dates: Sequence[TimeExpression]


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    text: str
    value: int | float
    currency: str | None  # None for a percentage
    qualifier: str | None


# The kinds read from a cue word; each kind's cue words come from every language.
_CUE = {kind: re.compile(r"(?<![\w-])(?:" + languages.alternation(f"facts.cue_patterns.{kind}") + r")(?![\w-])", re.I)
        for kind in ("founded", "investment", "stake", "valuation", "revenue", "market_value_change", "funding_round")}
_PARTIES = {"ORG", "PERSON", "PRODUCT"}
_LOSS = re.compile(r"\b(?:" + languages.alternation("facts.loss_patterns") + r")\b", re.I)
_GAIN = re.compile(r"\b(?:" + languages.alternation("facts.gain_patterns") + r")\b", re.I)
_FOUNDED_BY_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:" + languages.alternation("facts.founded_by") + r")\s+")
_FOUNDED_BY_WORD = re.compile(r"\b(?:" + languages.alternation("facts.founded_by") + r")\s+", re.I)
_JOINER = re.compile(r"\s*(?:,|;|\b(?:" + languages.alternation("facts.role_joiners") + r")\b)", re.I)

# The marks that stand for a party (P), an amount of money (M) and a percentage (Q) in
# a sentence the voices are matched against; {gap} never crosses a mark.
_POSSESSIVES = frozenset(languages.words("facts.possessive_pronouns"))
_MARK = {"investor": "P", "target": "P", "holder": "P", "amount": "M", "percent": "Q"}
_GAPS = {"gap": r"[^⟦⟧;]{0,60}?", "near": r"[^⟦⟧;]{0,25}?"}


def _voice(pattern: str) -> re.Pattern[str]:
    """A voice from the data files, its {slots} as named groups (a second {amount} is
    amount_2)."""
    counts: dict[str, int] = {}

    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _GAPS:
            return _GAPS[name]
        counts[name] = counts.get(name, 0) + 1
        group = name if counts[name] == 1 else f"{name}_{counts[name]}"
        return f"⟦{_MARK[name]}(?P<{group}>\\d+)⟧"

    return re.compile(re.sub(r"\{([a-z_]+)\}", slot, pattern), re.I)


_INVESTMENT_VOICES = [_voice(p) for p in languages.patterns("facts.investment_patterns")]
_INVESTOR_RELATIONS = [_voice(p) for p in languages.patterns("facts.investor_relation_patterns")]
_STAKE_VOICES = [_voice(p) for p in languages.patterns("facts.stake_patterns")]


@dataclass(frozen=True)
class _Marked:
    """A sentence with its parties, amounts and percentages replaced by marks."""

    text: str
    positions: tuple[int, ...]  # the body offset of each character of ``text`` (and of its end)
    parties: Sequence[_Party]
    amounts: Sequence[_Amount]
    percents: Sequence[_Amount]

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        return self.positions[match.start()], self.positions[match.end()]

    def slot(self, match: re.Match[str], name: str) -> int | None:
        for group in (name, f"{name}_2", f"{name}_3"):
            if group in match.re.groupindex and match.group(group) is not None:
                return int(match.group(group))
        return None


def _mark(here: _Sentence, amounts: Sequence[_Amount], percents: Sequence[_Amount]) -> _Marked:
    # A possessive pronoun stays a word ("OpenAI and its investor Microsoft"); roles read it.
    items = sorted([(p.start, p.end, f"⟦P{i}⟧") for i, p in enumerate(here.mentions)
                    if here.body[p.start: p.end].lower() not in _POSSESSIVES]
                   + [(a.start, a.end, f"⟦M{i}⟧") for i, a in enumerate(amounts)]
                   + [(a.start, a.end, f"⟦Q{i}⟧") for i, a in enumerate(percents)],
                   key=lambda item: (item[0], -item[1]))
    text: list[str] = []
    positions: list[int] = []
    pos = here.start
    for start, end, mark in items:
        if start < pos:
            continue  # overlaps an item already marked
        text.append(here.body[pos:start])
        positions.extend(range(pos, start))
        text.append(mark)
        positions.extend([start] * (len(mark) - 1) + [end - 1])
        pos = end
    text.append(here.body[pos: here.end])
    positions.extend(range(pos, here.end + 1))
    return _Marked("".join(text), tuple(positions), here.mentions, amounts, percents)


def _typed(here: _Sentence) -> list[Fact]:
    facts: list[Fact] = []
    amounts = _amounts(here)
    percents = _percent_amounts(here)
    marked = _mark(here, amounts, percents)
    for kind, cue in _CUE.items():
        if kind == "investment":
            found = _investments(here, marked)
        elif kind == "stake":
            found = _stakes(here, marked)
        else:
            found = [fact for match in cue.finditer(here.body, here.start, here.end)
                     if (fact := _TYPED[kind](here, match, amounts, percents)) is not None]
        for fact in found:
            if all((f.kind, f.start, f.details) != (fact.kind, fact.start, fact.details) for f in facts):
                facts.append(fact)
    return _one_claim_each(facts)


def _one_claim_each(facts: list[Fact]) -> list[Fact]:
    """An amount states one thing: where a valuation, revenue, funding round or market
    value change share one, the kind whose cue stands nearest it keeps it ("bei einer
    Finanzierungsrunde ... mit rund zwei Milliarden Dollar bewertet" is a valuation)."""
    claims: dict[str, list[tuple[int, Fact]]] = {}
    for fact in facts:
        details = fact.details
        if isinstance(details, SubjectAmount | ValueChange):
            amount_at = fact.text.find(details.amount_text)
            cue = _CUE[fact.kind].search(fact.text)
            distance = abs((cue.start() if cue else 0) - amount_at) if amount_at >= 0 else 999
            claims.setdefault(details.amount_text, []).append((distance, fact))
    losers = {id(fact) for group in claims.values() if len(group) > 1
              for _, fact in sorted(group, key=lambda item: item[0])[1:]}
    return [fact for fact in facts if id(fact) not in losers]


def _amounts(here: _Sentence) -> list[_Amount]:
    found = []
    for match in _MONEY.finditer(here.body, here.start, here.end):
        phrase = match.group(0)
        start = match.start() + len(phrase) - len(phrase.lstrip())
        value, currency = _money_value(match, here.lang)
        found.append(_Amount(start, match.end(), phrase.strip(), value, currency,
                             (match.group("approx") or "").lower() or None))
    return found


def _percent_amounts(here: _Sentence) -> list[_Amount]:
    found = []
    for match in _PERCENT.finditer(here.body, here.start, here.end):
        phrase = match.group(0)
        start = match.start() + len(phrase) - len(phrase.lstrip())
        found.append(_Amount(start, match.end(), phrase.strip(), _plain(parse_number(match.group("a"), here.lang)),
                             None, (match.group("approx") or "").lower() or None))
    return found


def _investments(here: _Sentence, marked: _Marked) -> list[Fact]:
    """Investments in every voice the data lists; an investor named without an amount
    ("backed by Microsoft") only where no other investment of the same parties is told;
    a coordinated "and invested again" takes the parties of the investment before it."""
    found: list[tuple[int, int, _Party, _Party, _Amount | None]] = []
    for voices, relation in ((_INVESTMENT_VOICES, False), (_INVESTOR_RELATIONS, True)):
        for voice in voices:
            for match in voice.finditer(marked.text):
                investor, target = marked.slot(match, "investor"), marked.slot(match, "target")
                if investor is None or target is None:
                    continue
                inv, tgt = marked.parties[investor], marked.parties[target]
                if inv.name == tgt.name or inv.label not in ("ORG", "PERSON") or tgt.label not in ("ORG", "PRODUCT"):
                    continue
                if _guessed(inv, tgt, here):
                    continue  # "der Konzern ... in das Start-up": which is which is a guess
                index = None if relation else marked.slot(match, "amount")
                amount = marked.amounts[index] if index is not None else None
                if relation and any((f[2].name, f[3].name) == (inv.name, tgt.name) for f in found):
                    continue
                if any((f[2].name, f[3].name, f[4]) == (inv.name, tgt.name, amount) for f in found):
                    continue
                start, end = marked.span(match)
                found.append((start, end, inv, tgt, amount))
    found.sort(key=lambda f: f[0])
    # "... and in January agreed to a multiyear investment put at about $10 billion",
    # "... and invested again in 2021": a cue of its own, after a joiner, with no parties.
    used = {f[4] for f in found if f[4] is not None}
    for cue in _CUE["investment"].finditer(here.body, here.start, here.end):
        if not found or any(s <= cue.start() < e for s, e, *_ in found):
            continue
        before = [f for f in found if f[1] <= cue.start()]
        if not before or not _JOINER.search(here.body[before[-1][1]: cue.start()]):
            continue
        if any(before[-1][1] <= p.start < cue.start() and p.label in _PARTIES for p in here.mentions):
            continue
        amount = next((a for a in marked.amounts if a not in used and 0 <= a.start - cue.end() <= 80), None)
        if amount is None and any(a not in used and 0 <= a.start - cue.end() <= 120 for a in marked.amounts):
            continue
        _, _, inv, tgt, _ = before[-1]
        used |= {amount} if amount is not None else set()
        found.append((cue.start(), amount.end if amount else cue.end(), inv, tgt, amount))
    facts = []
    for start, end, inv, tgt, amount in found:
        parts = [(start, end)]
        facts.append(_typed_fact(here, "investment", parts, Investment(
            inv.name, tgt.name, amount.value if amount else None, amount.currency if amount else None,
            amount.qualifier if amount else None, amount.text if amount else None, _date_near(here, start))))
    return facts


def _guessed(one: _Party, other: _Party, here: _Sentence) -> bool:
    """Two parties that are both descriptions, neither named in the sentence: which
    organisation each stands for is a guess a fact does not make."""
    named = {p.name for p in here.mentions if not p.derived}
    return one.derived and other.derived and one.name not in named and other.name not in named


def _stakes(here: _Sentence, marked: _Marked) -> list[Fact]:
    facts: list[Fact] = []
    for voice in _STAKE_VOICES:
        for match in voice.finditer(marked.text):
            holder, target, percent = (marked.slot(match, k) for k in ("holder", "target", "percent"))
            if holder is None or target is None or percent is None:
                continue
            hold, tgt, share = marked.parties[holder], marked.parties[target], marked.percents[percent]
            if hold.name == tgt.name or tgt.label != "ORG" or hold.label not in ("ORG", "PERSON") \
                    or _guessed(hold, tgt, here):
                continue
            if any(f.details == Stake(hold.name, tgt.name, share.value, share.qualifier) for f in facts):
                continue
            facts.append(_typed_fact(here, "stake", [marked.span(match)],
                                     Stake(hold.name, tgt.name, share.value, share.qualifier)))
    return facts


def _party_before(here: _Sentence, pos: int, within: int = 120, exclude: str | None = None) -> _Party | None:
    candidates = [m for m in here.mentions if m.label in _PARTIES and m.end <= pos and pos - m.end <= within
                  and m.name != exclude]
    return max(candidates, key=lambda m: m.end, default=None)


def _nearest_amount(amounts: Sequence[_Amount], start: int, end: int, within: int = 80) -> _Amount | None:
    def gap(amount: _Amount) -> int:
        return max(amount.start - end, start - amount.end, 0)

    near = [a for a in amounts if gap(a) <= within]
    return min(near, key=gap, default=None)


def _date_near(here: _Sentence, pos: int) -> FactDate | None:
    dated = [d for d in here.dates if d.on_calendar]
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
    orgs = [m for m in here.mentions if m.label == "ORG"]
    people = [m for m in here.mentions if m.label == "PERSON"]
    co = cue.group(0).lower().startswith(_CO_FOUNDED)
    # "Musk, who co-founded OpenAI": the organisation follows; "OpenAI was founded in
    # 2015", "Founded as a nonprofit in 2015, OpenAI's mission": before, or the sentence's first.
    org = next((o for o in orgs if 0 <= o.start - cue.end() <= 4), None)
    if org is None:
        org = max((o for o in orgs if o.end <= cue.start()), key=lambda o: o.end, default=None)
    if org is None and here.body[here.start: cue.start()].strip() == "":
        org = min(orgs, key=lambda o: o.start, default=None)
    if org is None:
        return None
    founders = [p.name for p in people if p.end <= cue.start() and cue.start() - p.end <= 40]
    # "von Altman, Brockman, Ilya Sutskever und Elon Musk ... gegründet": every founder after "von".
    by_before = [m for m in _FOUNDED_BY_WORD.finditer(here.body, org.end, cue.start())]
    if by_before:
        founders += [p.name for p in people if by_before[-1].end() <= p.start and p.end <= cue.start()]
    # "founded in 2015 as a non-profit research lab by a group that included Altman, ...".
    by = _FOUNDED_BY_AFTER.match(here.body, cue.end(), here.end)
    if by:
        clause_end = re.search(r"[.;]|$", here.body[by.end(): here.end])
        stop = by.end() + (clause_end.start() if clause_end else 0)
        founders += [p.name for p in people if by.end() <= p.start < stop]
    # The year only where the founding clause writes it ("in 2015", "2015 ... gegründet").
    year = next((d for d in sorted(here.dates, key=lambda d: abs(d.start - cue.start()))
                 if d.on_calendar and (re.search(r"\d{4}", d.text) or d.granularity == "year")
                 and (abs(d.start - cue.start()) <= 40 or org.end <= d.start < cue.start())
                 and d.granularity in ("year", "month", "day")), None)
    parts = [(cue.start(), cue.end()), (org.start, org.end)] + ([(year.start, year.end)] if year else [])
    return _typed_fact(here, "founded", parts, Founded(
        org.name, tuple(sorted(set(founders))), "co-founder" if co else "founder",
        year.value[:4] if year else None, year.text if year else None))


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
            window = here.body[subject.end: max(amount.end, cue.end())]
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
    "valuation": _subject_amount("valuation"),
    "revenue": _subject_amount("revenue", within=30),
    "market_value_change": _subject_amount("market_value_change"),
    "funding_round": _subject_amount("funding_round"),
}
