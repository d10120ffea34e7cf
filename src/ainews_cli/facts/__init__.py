"""Facts one sentence states, typed and normalised, with the phrase and the
sentence that state them.

- ``role``: who holds which role where ("Microsoft CEO Satya Nadella", "then-CEO Sam
  Altman", "Satya Nadella, Microsoft's chief executive", "Mira Murati was named interim
  chief executive", "Technologiechefin Mira Murati", "微软首席执行官萨蒂亚·纳德拉"); one per
  person, role and organisation in a document (roles.py).
- ``investment`` (investor, target, amount, date) and ``stake`` (holder, target,
  percentage): read from the voices each language's data lists, over the sentence
  with its parties and amounts marked ("{investor} invested {amount} in {target}",
  "{target} would receive {amount} from {investor}", "erhält {target} von {investor}
  {amount}", "{holder}持有{target}约{percent}股份"; typed.py).
- ``valuation``, ``revenue``, ``market_value_change``, ``funding_round`` (subject,
  amount), ``founded`` (organisation, founders, year): read from a cue word
  ("Börsenwert", "founded", "估值") and the entities and amounts around it (typed.py).
- ``money`` and ``percent``: amounts no typed fact explains, with the sentence's
  entities, so a profile still shows them (amounts.py).

Parties are the sentence's entities less publishers and cited sources ("according to
Semafor", "Bloomberg reported"), with the organisations that descriptions ("the
company", "der Konzern", "das Start-up") and pronouns ("it") stand for, and, for roles
only, the organisation a definite board ("the board", "des Verwaltungsrats") belongs to
where the text named that board ("OpenAI's board"; parties.py).

Amounts are normalised in English, German and Chinese ("$6.6 billion" -> 6600000000
USD, "fast 47 Milliarden US-Dollar" -> 47000000000 USD, qualifier "fast", "约100亿美元"
-> 10000000000 USD, qualifier "约"); where a number has both separators, the last one is
the decimal one ("1.000,5", "1,000.5").  A Chinese sentence is read folded
(``han.normalised``: Traditional as Simplified, full-width as ASCII), so "微軟執行長" is
read as "微软执行长"; every phrase is quoted as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ainews_cli import han, languages
from ainews_cli.facts.amounts import money_amounts, money_facts, parse_number, percent_amounts, percent_facts
from ainews_cli.facts.parties import (
    Context,
    Here,
    credited_only,
    main_organisation,
    opening_subject,
    parties,
    publishers_spoken_of,
)
from ainews_cli.facts.roles import FORMER, roles
from ainews_cli.facts.typed import typed
from ainews_cli.records import (
    EntityMention,
    Fact,
    Founded,
    Investment,
    Role,
    Sentence,
    Stake,
    SubjectAmount,
    TimeExpression,
    fold,
    within,
)

__all__ = ["extract_facts", "parse_number"]

# A sentence that tells a company raising capital ("百度宣布增资扩股"): capital the next one tells put in with no
# company named is put into it.
_RAISING = re.compile(languages.bounded(languages.patterns("facts.raising_patterns")), re.I)
# An offer for a company: what "that valued Five9 at" in the next sentence prices.
_OFFERED = re.compile(languages.bounded(languages.patterns("facts.offer_patterns")), re.I)


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
    lead = main_organisation(body, sentences, entities, publishers)
    context = Context(lead)
    credited = credited_only(body, entities)
    # A publisher is no party, unless the document tells of it as a company ("Getty Images … umsetzte").
    publishers -= publishers_spoken_of(body, entities, publishers)
    known: dict[str, set[str]] = {}
    raised = offered = False
    for sentence in sentences:
        start, end, lang = sentence.start, sentence.end, sentence.lang
        in_sentence = within(entities, entity_starts, start, end)
        names = tuple(dict.fromkeys(e.name for e in in_sentence))
        # A Chinese sentence is read folded (same length): 微軟執行長 as 微软执行长.
        src = han.normalised(body) if lang in han.FOLDED else body
        found = parties(src, start, end, in_sentence, publishers | credited, context, lang)
        holding = context.held_last()
        here = Here(body, start, end, lang, fold(body[start:end]), found, names,
                    within(dates, date_starts, start, end), src, context.last_deal(), context.last_round(),
                    context.named_of_last(), context.subject_of_last(),
                    _paragraph_lead(body, lead, start, entities, entity_starts), raised,
                    {person: next(iter(orgs)) for person, orgs in known.items() if len(orgs) == 1}, offered,
                    context.reported_last(), holding[0] if holding is not None else None)
        held = roles(here)
        facts.extend(held)
        amounts, percents = money_amounts(here), percent_amounts(here)
        typed_facts = _told_once(typed(here, amounts, percents))
        facts.extend(typed_facts)
        # An amount a typed fact explains is not listed again as a plain amount.
        plain = [*money_facts(here, amounts), *percent_facts(here, percents)]
        facts.extend(f for f in plain if not any(t.start <= f.start and f.end <= t.end for t in typed_facts))
        for fact in (*held, *typed_facts):
            # A post at an organisation its phrase names, not one guessed from the sentences around: one guess
            # is not built on another.
            if isinstance(fact.details, Role) and fact.details.org and fact.details.qualifier not in FORMER \
                    and (fact.details.org == lead
                         or any(e.name == fact.details.org and fact.start <= e.start and e.end <= fact.end
                                for e in in_sentence)):
                known.setdefault(fact.details.person, set()).add(fact.details.org)
            elif isinstance(fact.details, Founded):
                for founder in fact.details.founders:
                    known.setdefault(founder, set()).add(fact.details.org)
        context.add(found, opening_subject(src, start, found), opening_subject(src, start, found, owner=True),
                    opening_subject(src, start, found, described=True), _is_heading(body, start, end),
                    frozenset(f.details.org for f in held if isinstance(f.details, Role) and f.details.org))
        raised = _RAISING.search(src, start, end) is not None
        offered = _OFFERED.search(src, start, end) is not None
        # A sentence that names who joined the round told before tells that round again ("Angeführt wurde die
        # Runde von Index Ventures. Neu dabei sind ... Auch die bisherigen Geldgeber ... beteiligten sich").
        told_round = context.last_round()
        context.told([(f.details.investor, f.details.target) for f in typed_facts
                      if isinstance(f.details, Investment) and f.details.target is not None],
                     [f.details.subject for f in typed_facts
                      if f.kind == "funding_round" and isinstance(f.details, SubjectAmount)]
                     + [told_round for f in typed_facts
                        if told_round and isinstance(f.details, Investment) and f.details.target == told_round][:1],
                     {f.details.subject for f in typed_facts
                      if f.kind == "revenue" and isinstance(f.details, SubjectAmount)},
                     {(f.details.holder, f.details.target) for f in typed_facts if isinstance(f.details, Stake)})
    return _one_role_each(_priced_before(_at_the_lead(_founders_of(_less_shared_names(_founded_once(facts), entities),
                                                                   body),
                                                      known, lead)))


def _founded_once(facts: list[Fact]) -> list[Fact]:
    """A founding told with neither founders nor a year, where the document tells the same
    organisation's founding with either: one founding, the headline's "大基金三期注册成立" and
    the lead's "已于2024年5月24日注册成立" (a year); the first says nothing the second does not."""
    told = {f.details.org for f in facts
            if isinstance(f.details, Founded) and (f.details.founders or f.details.year is not None)}
    return [f for f in facts if not (isinstance(f.details, Founded) and not f.details.founders
                                     and f.details.year is None and f.details.org in told)]


def _at_the_lead(facts: list[Fact], known: dict[str, set[str]], lead: str | None) -> list[Fact]:
    """A role stated without its organisation ("Chief executive Clément Delangue") is at the
    organisation the document is about where that is the only one the document places the person
    at ("Hugging Face's chief executive, Clément Delangue" elsewhere); a person the document also
    places elsewhere ("who became Xilinx's chief executive") keeps none."""
    return [replace(f, details=replace(f.details, org=lead))
            if lead is not None and isinstance(f.details, Role) and f.details.org is None
            and known.get(f.details.person) == {lead} else f for f in facts]


# A line of its own with no sentence's end and a few words: a heading ("**From stake to lawsuit**").
_HEADING = re.compile(r"[ \t#>*_]*(?:[^\s.!?。！？:;：；]+[ \t]+){0,7}[^\s.!?。！？:;：；]+[ \t*_]*")


def _is_heading(body: str, start: int, end: int) -> bool:
    """Whether the sentence at [start, end) stands on a line of its own as a heading (_HEADING)."""
    opens = body.rfind("\n", 0, start) + 1
    closes = body.find("\n", end)
    return _HEADING.fullmatch(body, opens, len(body) if closes < 0 else closes) is not None


def _paragraph_lead(body: str, lead: str | None, start: int, entities: Sequence[EntityMention],
                    entity_starts: Sequence[int]) -> str | None:
    """The organisation the document is about, as the one a sentence's posts are at, unless the
    sentence's paragraph names another one before it, other than as an object, and names the one the
    document is about nowhere before the sentence: "Cypress ist deutlich kleiner. ... Rodgers führte
    es als Vorstandschef" in an article about Infineon, "Run:ai was founded in 2018. Chief executive
    Omri Geller said Nvidia would keep the team" in one about Nvidia, "Der Zeitpunkt ist heikel. In New
    York hatte der Büroanbieter WeWork seinen Börsengang verschoben. Am Dienstag trat Mitgründer Adam
    Neumann als Vorstandschef zurück" in one about TeamViewer (but "Her exit adds to a long list.
    Co-founder John Schulman left for rival Anthropic. Ilya Sutskever, another co-founder, quit" is
    still OpenAI's)."""
    if lead is None:
        return None
    opens = body.rfind("\n", 0, start) + 1
    before = within(entities, entity_starts, opens, start)
    if any(e.name == lead for e in before):
        return lead
    return None if any(e.label == "ORG" and not _OBJECT_BEFORE.search(body, max(opens, e.start - 30), e.start)
                       for e in before) else lead


# Right before a name, a preposition and a word or two: an object ("left for rival Anthropic").
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.object_prepositions")
                            + r")\s+(?:[\w-]+\s+){0,2}$", re.I)


def _less_shared_names(facts: list[Fact], entities: Sequence[EntityMention]) -> list[Fact]:
    """Less the roles of a name alone that is part of several people's full names in the document
    (a family name comes first in some languages): in a story of Lee Kun-hee and his son Lee
    Jae-yong, "Lee war seit 2012 stellvertretender Vorsitzender" is one of theirs, which is a guess."""
    parts: dict[str, set[str]] = {}
    for entity in entities:
        if entity.label == "PERSON" and len(words := entity.name.split()) > 1:
            for word in words:
                parts.setdefault(word, set()).add(entity.name)
    return [f for f in facts if not (isinstance(f.details, Role) and len(parts.get(f.details.person, ())) > 1)]


# Right before a post, a possessive pronoun that gives it to another: "Its chairman".
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.role_its_patterns") + r")\s+$", re.I)


def _founders_of(facts: list[Fact], body: str) -> list[Fact]:
    """A founder's role told without its organisation ("Mitgründer Plattner", "co-founder Peter Sarlin")
    is one at the organisation the document says the person founded, where it says of one only:
    "SAP war 1972 von ... Dietmar Hopp und Hasso Plattner gegründet. Mitgründer Plattner ist ...". So is
    any post told without one in the sentence that tells the founding, of a person the document gives no
    post elsewhere: "Colin Angle, who co-founded iRobot in 1990 …, was stepping down as chairman and chief
    executive"; not one a possessive pronoun gives to another: "Its chairman, Charles Dunstone, co-founded
    Carphone Warehouse"."""
    founded: dict[str, set[str]] = {}
    founded_in: set[tuple[str, int]] = set()  # (founder, sentence)
    for fact in facts:
        if isinstance(fact.details, Founded):
            for founder in fact.details.founders:
                founded.setdefault(founder, set()).add(fact.details.org)
                founded_in.add((founder, fact.sentence_start))
    posted: dict[str, set[str]] = {}  # the organisations the document gives each person a post at
    for fact in facts:
        if isinstance(fact.details, Role) and fact.details.org is not None:
            posted.setdefault(fact.details.person, set()).add(fact.details.org)
    kept = []
    for fact in facts:
        details = fact.details
        if isinstance(details, Role) and details.org is None \
                and len(orgs := founded.get(details.person, set())) == 1 \
                and (details.role in ("founder", "co-founder")
                     or ((details.person, fact.sentence_start) in founded_in
                         and posted.get(details.person, set()) <= orgs
                         and not _POSSESSIVE_BEFORE.search(body, max(0, fact.start - 8), fact.start))):
            org = next(iter(orgs))
            fact = replace(fact, details=replace(details, org=org),
                           entities=tuple(dict.fromkeys((*fact.entities, org))))
        kept.append(fact)
    return kept


def _told_once(facts: list[Fact]) -> list[Fact]:
    """A sentence's investments, less one without an amount that the sentence goes on to
    state with one: "Microsoft, OpenAI's largest backer, had already invested about $13
    billion" is one investment, of $13 billion; in "put $1 billion into OpenAI in 2019 and
    invested again in 2021" the second, after it, is another."""
    def key(details: Investment) -> tuple[str, str | None, str | None]:
        return details.investor, details.target, details.date.value if details.date else None

    priced = [(key(f.details), f.start) for f in facts if isinstance(f.details, Investment)
              and f.details.amount is not None]
    return [f for f in facts if not (isinstance(f.details, Investment) and f.details.amount is None
                                     and any(k == key(f.details) and at > f.start for k, at in priced))]


def _priced_before(facts: list[Fact]) -> list[Fact]:
    """A document's investments, less one told with neither an amount nor a date whose investor
    and company a sentence before told with an amount: "腾讯…以约17.8亿美元买入特斯拉…。马斯克…表示，
    很高兴腾讯成为特斯拉的投资者" names the same investment again, not another (in one sentence,
    "invested again" is another: _told_once)."""
    priced: dict[tuple[str, str | None], int] = {}
    kept = []
    for fact in facts:
        details = fact.details
        if isinstance(details, Investment):
            pair = (details.investor, details.target)
            if details.amount is None and details.date is None and priced.get(pair, fact.sentence_start) \
                    < fact.sentence_start:
                continue
            if details.amount is not None:
                priced.setdefault(pair, fact.sentence_start)
        kept.append(fact)
    return kept


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
