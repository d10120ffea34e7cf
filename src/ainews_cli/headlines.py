"""Headlines: an event mention told in a few words, who did what ("OpenAI fires Sam
Altman", "Microsoft invests $1 billion in OpenAI", "Satya Nadella: Sam Altman and Greg
Brockman join Microsoft"), from the action its trigger tells, the participants around
the trigger and the facts of its sentence.  Pure functions.

The templates are data (data/triggers.toml): English, whatever the language of the
sentence, so a timeline in three languages reads in one.  A headline is never a cut
sentence and never longer than MAX characters: names beyond what fits become "and N
others".  A mention without a trigger gets its participants, and the clause its date
stands in when that clause is short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ainews_cli import languages
from ainews_cli.facts.clauses import LIST_JOINER
from ainews_cli.facts.parties import exchange_name
from ainews_cli.records import (
    EntityMention,
    Fact,
    Founded,
    Investment,
    Stake,
    SubjectAmount,
    TimeExpression,
    ValueChange,
    english_qualifier,
)

MAX = 90
_SLOT = re.compile(r"\{(\w+)\}")
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# A comma between digits is a decimal or thousands mark ("für 4,5 Milliarden", "1,000"), no break.
_BREAK = re.compile(r"[;:()—–]|(?<!\d),|,(?!\d)| - ")
_WORD = re.compile(r"\w+")
# What ends a clause in any script, a decimal comma aside.
_CLAUSE_MARK = re.compile(r"[;:；：。，]|(?<!\d),|,(?!\d)")


@dataclass(frozen=True)
class Telling:
    """What a headline is made from: the sentence's text and where it starts, its entity
    mentions, the trigger (its span, type and action; None for an untyped mention), the
    date, and the facts stated in the sentence."""

    body: str
    start: int
    end: int
    entities: Sequence[EntityMention]
    trigger: tuple[int, int, str, str] | None  # start, end, type, action
    date: TimeExpression
    facts: Sequence[Fact]
    implied: Sequence[str] = ()  # participants the sentence names by description ("both", "the company")
    implied_people: frozenset[str] = frozenset()  # those of them that are people ("He" opening the sentence)
    lang: str = "en"  # the sentence's: which language's voice words read it
    read: str = ""  # the body with Traditional characters as Simplified (same length), when it differs

    @property
    def looked_up(self) -> str:
        """The body the voice words are matched in: "出售給" reads as 出售给, "，" stays "，"."""
        return self.read or self.body


def headline(telling: Telling) -> str:
    """The headline of one event mention, at most MAX characters."""
    reporter, entities = _reporter(telling)
    told = _untyped(telling, entities) if telling.trigger is None else _typed(telling, entities)
    if reporter and reporter not in told and len(reporter) + 2 + len(told) <= MAX:
        told = f"{reporter}: {told}"
    return told if len(told) <= MAX else _shorten(told)


def _typed(telling: Telling, entities: Sequence[EntityMention]) -> str:
    start, end, kind, action = telling.trigger  # type: ignore[misc]
    slots = _slots(telling, entities, start, end, action)
    for template in (*_templates().get(action, ()), *_templates().get(f"type:{kind}", ())):
        filled = _fill(template, slots)
        if filled is not None:
            return filled
    names = slots.get("names") or _names_of(telling.implied, limit=3)
    return f"{kind.capitalize()}: {names}" if names else kind.capitalize()


def _untyped(telling: Telling, entities: Sequence[EntityMention]) -> str:
    named = [e.name for e in entities if e.label in ("PERSON", "ORG", "PRODUCT", "EVENT")]
    # Places only where no one else is named ("Last fall, the U.S. government tightened
    # export rules"): a headline of only its date phrase tells nothing.
    names = _names_of([*named, *telling.implied] or [e.name for e in entities if e.label == "LOC"], limit=3)
    clause_span = _date_clause_span(telling)
    told_of = _antecedent(telling, entities, clause_span[0])
    if told_of is None and (reported := _reported(telling, entities, clause_span)) is not None:
        return reported
    clause = _date_clause(telling, told_of, entities)
    if told_of is not None:
        clause_span = (told_of[0].start, clause_span[1])
    elif clause is None and (main := _after_fronted_date(telling, clause_span)) is not None:
        clause, clause_span = main
    elif clause is None and (interrupted := _interrupted(telling, entities, clause_span)) is not None:
        return interrupted
    if clause and all(clause_span[0] <= e.start and e.end <= clause_span[1] for e in entities):
        return clause  # it names everyone itself: "Musk and Zuckerberg met in Florida in 2023"
    if names and clause and len(names) + 2 + len(clause) <= MAX:
        return f"{names}: {clause}"
    return names or clause or telling.date.text


def _after_fronted_date(telling: Telling, clause_span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The main clause after a date that opens the sentence as a clause of its own, and
    its span: "Last fall, the U.S. government tightened its rules for chip exports",
    "However, in 2019, the organization introduced …" (a description opening it told by
    the one name it stands for: "OpenAI introduced …")."""
    first, last = clause_span
    body, date = telling.body, telling.date
    if len((body[first:date.start] + body[date.end:last]).split()) > 1 or last >= telling.end:
        return None
    stop = _BREAK.search(body, last + 1, telling.end)
    end = stop.start() if stop else telling.end
    clause = _told_by_name(telling, " ".join(body[last + 1:end].split()).rstrip(".!?"))
    if len(clause.split()) < 4 or len(clause) > MAX - 10 or clause.split(" ", 1)[0].lower() in _relative_words(
            telling.lang):
        return None
    return _opened(clause), (last + 1, end)


def _interrupted(telling: Telling, entities: Sequence[EntityMention], clause_span: tuple[int, int]) -> str | None:
    """The main clause an attribution interrupts right after its subject and date, told of
    that subject: "In 2018 Musk, according to a Semafor report earlier this year, attempted
    to take over the company, but was rebuffed" -> "Elon Musk attempted to take over the
    company" (events.attribution: "according to")."""
    body, date, (first, last) = telling.body, telling.date, clause_span
    inside = [e for e in entities if first <= e.start and e.end <= last and e.label in ("PERSON", "ORG")]
    openers = tuple(w.lower() for w in languages.lookup(telling.lang, "events.attribution") or ())
    if len(inside) != 1 or not openers or last >= telling.end:
        return None
    subject = inside[0]
    around = [(first, last), (date.start, date.end), (subject.start, subject.end)]
    spoken = "".join(ch if not any(s <= i < e for s, e in around[1:]) else " "
                     for i, ch in enumerate(body[first:last], start=first))
    if any(word.lower() not in _when_prepositions(telling.lang) for word in spoken.split()):
        return None  # the clause says more than when and who: it is told by _date_clause
    start, segment = last + 1, ""
    for _ in range(3):  # past at most two attributions in a row
        stop = _CLAUSE_BREAK.search(body, start, telling.end)
        end = stop.start() if stop else telling.end
        segment = " ".join(body[start:end].split()).rstrip(".!?")
        if not segment.lower().startswith(openers):
            break
        start = end + 1
    words = segment.split()
    if len(words) < 3 or not words[0].islower() or words[0] in _relative_words(telling.lang) \
            or words[0] in _dropped_openers(telling.lang) or words[0].lower().startswith(openers):
        return None
    told = f"{subject.name} {segment}"
    return told if len(told) <= MAX - 10 else None


@cache
def _descriptions(lang: str) -> tuple[str, ...]:
    """The descriptions of more than one word that stand for an organisation ("the company")."""
    return tuple(d.lower() for d in languages.lookup(lang, "events.descriptions") or () if " " in d)


def _antecedent(telling: Telling, entities: Sequence[EntityMention],
                first: int) -> tuple[EntityMention, int] | None:
    """The name a subject relative clause opening at ``first`` is about, and where its verb
    starts: "Arm Holdings" and "listed" in "Arm Holdings, which listed on the Nasdaq last
    September,"."""
    opens = _subject_relative(telling.lang)
    if opens is None:
        return None
    for entity in entities:
        if entity.end <= first and telling.body[entity.end:first].strip() == ",":
            opened = opens.match(telling.body, entity.end)
            if opened is not None:
                return entity, opened.end()
    return None


_CHANGES = {"gain": "gains", "loss": "loses"}  # a market value's change (records.ValueChange.direction)


def _with_article(telling: Telling, party: EntityMention) -> bool:
    """Whether an article opens the party's noun phrase, a description or two between: "den
    Lichtspezialisten Osram", "the chipmaker Nod.ai"."""
    return _article_before(telling.lang).search(telling.looked_up, max(0, party.start - 48), party.start) is not None


@cache
def _article_before(lang: str) -> re.Pattern[str]:
    """An article (events.articles) and up to two words, ending where a party starts."""
    return re.compile(r"(?<![\w-])(?:" + languages.either(languages.lookup(lang, "events.articles") or [])
                      + r")\s+(?:[\w-]+\s+){0,2}$", re.I)


@cache
def _relative_words(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in languages.lookup(lang, "events.relative_words") or ())


@cache
def _subject_relative_words(lang: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in languages.lookup(lang, "events.relative_openers") or ())


@cache
def _subject_relative(lang: str) -> re.Pattern[str] | None:
    """", which" or ", who" right before a lower-case verb (not "the", "its"), where the
    language lets a headline tell the clause of the name before it."""
    words = languages.lookup(lang, "events.subject_relatives")
    if not words:
        return None
    not_verbs = languages.either([*(languages.lookup(lang, "events.articles") or ()),
                                  *(languages.lookup(lang, "events.determiners") or ())])
    return re.compile(r"\s*,\s*(?:" + languages.either(list(words)) + r")\s+(?!(?:" + not_verbs + r")\b)(?=[a-z])")


def _slots(telling: Telling, entities: Sequence[EntityMention], start: int, end: int,
           action: str | None = None) -> dict[str, str]:
    """The values a template can use, for a trigger at [start, end) telling ``action``."""
    def by_distance(mention: EntityMention) -> int:
        return mention.start - end if mention.start >= end else start - mention.end

    people = sorted((e for e in entities if e.label == "PERSON"), key=by_distance)
    # The one a successor replaced left; the successor took the post: "Nadella, who succeeded Steve Ballmer as
    # chief executive" appoints Nadella, "die Nachfolge von Mitgründer Steve Jobs angetreten" not Jobs.
    kind = telling.trigger[2] if telling.trigger else None
    replaced = [p for p in people if _replaced().search(telling.looked_up, max(0, p.start - 40), p.start)
                or _told_as(telling, p, "events.role_predecessor_patterns")]  # "auf Dieter Zetsche folgte"
    successors = [p for p in people if _successor().match(telling.looked_up, p.end)  # "由吴泳铭接替"
                  or _told_as(telling, p, "events.role_successor_patterns")]  # "handing it to Kevan Parekh"
    if kind in ("appointment", "departure"):  # "named co-chief executive alongside Benioff": Benioff stays
        people = [p for p in people if not _told_as(telling, p, "events.role_bystander_patterns")]
    if kind == "appointment" and (replaced or successors):
        people = successors or [p for p in people if p not in replaced]
    elif kind == "departure" and (replaced or successors):
        people = replaced or [p for p in people if p not in successors]
    orgs = sorted((e for e in entities if e.label == "ORG"), key=by_distance)
    if kind == "departure":  # "left for rival Anthropic", "later joined the rival lab Anthropic": not the one left
        orgs = [e for e in orgs if not _told_as(telling, e, "events.departure_destination_patterns")]
    if kind == "founding":  # "aus dem Halbleitergeschäft von Siemens hervorgegangen", "创办了微软中国研究院"
        orgs = [e for e in orgs if not _told_as(telling, e, "events.origin_patterns")
                and not _told_as(telling, e, "events.founded_unit_patterns")]
    if kind == "appointment":  # "der zuvor bei der Unternehmensberatung McKinsey gearbeitet hatte": not joined
        orgs = [e for e in orgs if not _former(telling.lang).search(telling.looked_up, max(0, e.start - 60), e.start)]
    products = sorted((e for e in entities if e.label == "PRODUCT"), key=by_distance)
    if kind == "launch":
        # Not what it is made for ("a news-reading app for the iPhone"); after an attributive word only what
        # follows it ("2016年推出的第一代Pixel" launched no Nexus One named before).
        products = [e for e in products if not _told_as(telling, e, "events.made_for_patterns")]
        if telling.looked_up.startswith(tuple(_party_patterns(telling.lang, "events.launch_attributive")), end):
            products = [e for e in products if e.start >= end]
    slots: dict[str, str] = {"s": "s", "is": "is"}
    if kind == "founding" and (venture := _joint_venture().search(telling.looked_up, telling.start, telling.end)):
        # Its partners set it up: those named after the word ("ASML entstand 1984 als Gemeinschaftsunternehmen
        # von Philips und ASM International": ASML is the venture), else all ("gründet er mit dem
        # Elektroautohersteller Rivian ein Gemeinschaftsunternehmen").
        ordered = sorted(orgs, key=lambda e: e.start)
        after = [e.name for e in ordered if e.start >= venture.end()]
        partners = list(dict.fromkeys(after or [*(e.name for e in ordered), *telling.implied]))
        slots["partners"] = _names_of(partners, limit=2)
        slots["ps"] = "s" if len(partners) == 1 else ""
        if after and (ahead := [e.name for e in ordered if e.end <= venture.start() and e.name not in after]):
            slots["venture"] = ahead[-1]
    if people:
        slots["one"] = people[0].name
        # Several people act together when they stand side by side ("Altman and Brockman").
        together = [p for p in people if abs(p.start - people[0].start) <= 40 and not _STRONG_BREAK.search(
            telling.body, min(p.end, people[0].end), max(p.start, people[0].start))][:2]  # not "…; seither führt Klein"
        slots["person"] = _names(sorted(together, key=lambda p: p.start), limit=2)
        if len({p.name for p in together}) > 1:
            slots.update(s="", are="are", **{"is": "are"})
    if orgs:
        slots["org"] = orgs[0].name
    if kind == "launch" and (maker := _maker(telling, orgs, start)) is not None:
        slots["org"] = maker
    if products:
        slots["product"] = products[0].name
    agent, patient, marked = _roles(telling.looked_up, entities, start, end, telling.lang)
    if kind == "legal" and (sued := _sued(telling.looked_up, entities, start, end, telling.lang)) is not None:
        agent, patient = sued
    if action in languages.flagged_actions("acted_on_first"):  # "Red Hat became a wholly owned subsidiary of IBM"
        stake = next((f.details for f in telling.facts if isinstance(f.details, Stake)), None)
        agent, patient = (stake.holder, stake.target) if stake is not None else (patient, agent)
    if action in languages.flagged_actions("sold_first"):
        # "华为宣布整体出售荣耀业务": the one before sells; one it is sold to buys.
        agent, patient, seller = _sale_roles(telling, entities, start, agent, patient, marked)
        if seller:
            slots["seller"] = seller
    if kind == "acquisition":
        patient = _deal_parties(telling, entities, patient, slots)
    if kind == "partnership" or action == "merge":
        # Companies partner and merge, not their chiefs ("黃仁勳…與鴻海董事長劉揚偉共同宣布…合作",
        # "拼多多与黄峥此前创办的拼好货合并").
        agent, patient = (name if name in {e.name for e in orgs} else None for name in (agent, patient))
    if action == "merge" and not (agent and patient):  # the two companies nearest the word, in their order
        near = sorted(orgs[:2], key=lambda e: e.start)
        if len({e.name for e in near}) == 2:
            agent, patient = near[0].name, near[1].name
    if agent:
        slots["agent"] = agent
    if patient:
        slots["patient"] = patient
    # The facts of the action's kinds tell its amount and whose it is: a round's, not the
    # valuation's of the same sentence (data/triggers.toml).
    kinds = _fact_kinds().get(action or "")
    facts = [f for f in telling.facts if kinds is None or f.kind in kinds]
    # Whose money or value it is: the fact's subject, else the one acting (not one after "by",
    # 由: "由阿里巴巴领投" names an investor), the organisation the sentence describes ("it
    # raised"), or one named before the trigger; one named only after it is more often an
    # investor ("raised $1.3 billion from investors including Microsoft").
    told_of = [f.details.subject for f in sorted(facts, key=lambda f: abs(f.start - start))
               if isinstance(f.details, SubjectAmount | ValueChange)]
    acting = [agent] if agent in {e.name for e in (*orgs, *products)} and not marked else []
    named_before = [e.name for e in (*orgs, *products) if e.end <= start and e.name != agent]
    # Not those "by" names before it, where another is named: in "Snap and its banks, led by Morgan Stanley and
    # Goldman Sachs, set that price … above the range" the offering is Snap's.
    led = _led_by(telling, [e for e in (*orgs, *products) if e.end <= start])
    named_before = [name for name in named_before if name not in led] or named_before
    subject_first = action in languages.flagged_actions("subject_first")
    if subject_first:
        # The first named, or the agent of a passive ("von Siemens abgespalten"), not the unit nearest the verb;
        # nor one an article makes an object ("hatte Siemens die Medizintechniktochter Siemens Healthineers an die
        # Börse gebracht, 2013 den Lichtspezialisten Osram abgespalten").
        first = sorted((e for e in orgs if e.end <= start and not _with_article(telling, e)), key=lambda e: e.start)
        voice = _voice(telling.lang)
        agents = [e for e in first if voice.passive_agent.search(telling.looked_up, max(0, e.start - 12), e.start)]
        named_before = [e.name for e in agents or first]
        acting = []
    # An investor of the sentence's investment facts raised nothing ("投資方包括微軟"); a fact's
    # own subject is what it says.
    investors = {f.details.investor for f in telling.facts if isinstance(f.details, Investment)}
    # A person is no subject: "He had co-founded Archer Aviation, …, that went public" did not take him public.
    # Nor is an exchange a listing's. Nor, for a spin-off, one the sentence only implies: in "Es ist die größte
    # Abspaltung …, größer als die von Lanxess", which company spun off is not said.
    venue = exchange_name() if action in languages.flagged_actions("venue_not_subject") else None
    implied = () if subject_first else telling.implied
    subject = [*told_of, *(name for name in (*acting, *implied, *named_before)
                           if name not in investors and name not in telling.implied_people
                           and not (venue is not None and venue.search(name)))]
    if subject:
        slots["subject"] = subject[0]
    investment = next((f.details for f in telling.facts if isinstance(f.details, Investment)), None)
    if investment is not None:  # the fact reads the parties from the syntax, not from positions
        slots["agent"] = investment.investor
        if investment.target:
            slots["patient"] = investment.target
    # Of several foundings, the one nearest the trigger: "他2005年创办校内网，…；2007年他又创办饭否网".
    founded = next((f.details for f in sorted(telling.facts, key=lambda f: abs(f.start - start))
                    if isinstance(f.details, Founded)), None)
    if founded is not None and action == "found":  # who founded what, as the fact reads it
        slots["org"] = founded.org
        for key in ("one", "person", "s", "are", "is"):
            slots.pop(key, None)
        slots.update({"s": "s", "is": "is"})
        if founded.founders:
            slots["one"] = founded.founders[0]
            slots["person"] = _names_of(list(founded.founders), limit=2)
            if len(founded.founders) > 1:
                slots.update(s="", are="are", **{"is": "are"})
    amount = _amount(facts, start, telling)
    if amount:
        slots["amount"] = amount
    change = next((f.details.direction for f in sorted(facts, key=lambda f: abs(f.start - start))
                   if isinstance(f.details, ValueChange)), None)
    if change in _CHANGES:
        slots["change"] = _CHANGES[change]
    if kind == "legal":
        # An authority acts; it is never the one acted on: "Regulators act on FTC" for "美國聯邦貿易委員會則在
        # 去年5月結束調查" names the regulator as its own target.
        # Only an authority the sentence names acts as one: "Regulators act on Apple" told a
        # patent settlement, a jury's verdict in a private suit, allegations sent to Apple.
        others = [e.name for e in orgs if not authority_name().search(e.name)]
        authorities = [e.name for e in orgs if authority_name().search(e.name)] + [
            name for name in telling.implied if authority_name().search(name)]  # "verhängte die Behörde"
        if others:
            slots["org"] = others[0]
        else:
            slots.pop("org", None)
        if authorities:
            slots["authority"] = authorities[0]
        if "patient" in slots and authority_name().search(slots["patient"]):
            slots.pop("patient")
    # A place takes part in a court case or a ruling ("Texas sues Google"); in a deal, a
    # founding or a launch it says where ("the Santa Clara company bought Nod.ai").
    named = (e.name for e in entities if (e.label != "LOC" or kind == "legal")
             and not (kind == "appointment" and e in replaced)  # "Appointment: Steve Jobs" for his successor
             and not (kind == "departure" and e in successors))  # nor "Departure: Roland Busch" for his predecessor
    names = _names_of([*named, *telling.implied], limit=3)
    if names:
        slots["names"] = names
    return {key: value for key, value in slots.items() if value or key in ("s", "ps")}


def _maker(telling: Telling, orgs: Sequence[EntityMention], trigger: int) -> str | None:
    """Who launched: the subject before the trigger, not the nearest name. Of the organisations named before
    it (not one that only owns the next, "字节跳动旗下的火山引擎发布", nor one in a person's title), the first in
    the trigger's own clause, else the first of the sentence ("Anthropic, the start-up founded by former OpenAI
    researchers, on Monday released Claude 3"); where none is named before it, the one a description stands
    for ("该公司发布DeepSeek-V2，…字节跳动…随后相继降价"); else None (the nearest is taken)."""
    owner = _owner_marks(telling.lang)
    # (A person's title: "OpenAI创始成员安德烈·卡帕西…评论说，Meta今年7月发布的".)
    people = [e.start for e in telling.entities if e.label == "PERSON"]
    before = sorted((e for e in orgs if telling.start <= e.start and e.end <= trigger
                     and (owner is None or not owner.match(telling.looked_up, e.end))
                     and not any(0 <= p - e.end <= _TITLE_REACH and not _TITLE_BREAK.search(telling.looked_up, e.end, p)
                                 for p in people)), key=lambda e: e.start)
    # The trigger's own clause: "深度求索又推出…，对标OpenAI在今年9月发布的o1" (OpenAI's o1).
    clause = max((m.end() for m in _ANY_BREAK.finditer(telling.looked_up, telling.start, trigger)), default=0)
    in_clause = [e for e in before if e.start >= clause]
    if in_clause or before:
        return (in_clause or before)[0].name
    return next((name for name in telling.implied if name not in telling.implied_people), None)


_TITLE_REACH = 24  # characters between an organisation and the person its title names
_TITLE_BREAK = re.compile(r"[,;:.!?，、；：。！？]")


@cache
def _owner_marks(lang: str) -> re.Pattern[str] | None:
    marks = languages.lookup(lang, "events.owner_marks") or []
    return re.compile("|".join(map(re.escape, marks))) if marks else None


def _sale_roles(telling: Telling, entities: Sequence[EntityMention], start: int, agent: str | None,
                patient: str | None, marked: bool) -> tuple[str | None, str | None, str | None]:
    """The buyer, the one sold and the seller of a sale told from the seller's side: unless a
    buyer is named ("出售给立讯精密"), the company acting sells; what is sold is the party right after
    the object marker ("华为将荣耀出售给", 将), else one after the trigger; never the seller.
    "緯創將昆山的兩家子公司出售給立訊精密" sells two subsidiaries, not Wistron."""
    disposal = _voice(telling.lang).disposal
    held = next((e.name for e in entities if e.start < start and e.label in ("ORG", "PRODUCT")
                 and disposal.search(telling.looked_up, max(0, e.start - 3), e.start)), None)
    if not marked:  # a company sells; "由董事長林憲銘主持召開董事會，通過出售…" does not say who
        # What is sold stands right after the trigger ("出售印度子公司WIMI"), not further on
        # ("出售荣耀带来的收益使华为").
        sold = held or next((e.name for e in entities if e.name == patient and start < e.start
                             and e.start - start <= _SOLD_REACH and "的" not in telling.looked_up[start:e.start]), None)
        return None, sold, agent if any(e.name == agent and e.label == "ORG" for e in entities) else None
    before = [e.name for e in entities
              if e.end <= start and e.label in ("ORG", "PERSON") and e.name not in (agent, held)]
    return agent, held, (before[0] if before else None)


_SOLD_REACH = 10  # characters from a sale's trigger to what it sells
_OBJECT_REACH = 40  # characters before a party that may make it an object ("für den US-Umfragespezialisten")


def _deal_parties(telling: Telling, entities: Sequence[EntityMention], patient: str | None,
                  slots: dict[str, str]) -> str | None:
    """The one bought of an acquisition, and what its headline says beside it: the one sold
    from is no target ("to buy Arm from SoftBank"); a business, plant or campus of a company
    bought is no purchase of the company ("IBM's PC business", "收购IBM的个人电脑业务" tells
    {unit_of}); a deal that collapsed, was called off or lapsed fails ({failed})."""
    named = {e.name: e for e in entities}
    if patient in named and _told_as(telling, named[patient], "events.seller_patterns"):
        patient = None
    if patient in named and _told_as(telling, named[patient], "events.unit_patterns"):
        slots["unit_of"], patient = patient, None
    # In the date's clause ("struck in September 2020, collapsed in February 2022" fails only in 2022), or after
    # a date of its report ("环球晶圆昨天宣布，…收购案…就此失效"); not "nearly collapsed", "若收購案破局".
    body, hedge, date = telling.looked_up, _voice(telling.lang).hedge, telling.date
    first = max((m.end() for m in _ANY_BREAK.finditer(body, telling.start, date.start)), default=telling.start)
    last = next((m.start() for m in _ANY_BREAK.finditer(body, date.end, telling.end)), telling.end)
    if _report_words().search(body, date.end, min(last, date.end + 12)) or \
            _report_words().search(body, max(first, date.start - 40), date.start):
        last = next((m.start() for m in _STRONG_BREAK.finditer(body, date.end, telling.end)), telling.end)
    if any(not hedge.search(body, max(first, found.start() - 20), found.start())
           for found in _failed().finditer(body, first, last)):
        slots["failed"] = "fails"
    return patient


@cache
def _joint_venture() -> re.Pattern[str]:
    """Words that name a joint venture (events.joint_venture_patterns)."""
    return re.compile(languages.alternation("events.joint_venture_patterns"), re.I)


@cache
def _failed() -> re.Pattern[str]:
    """Words that tell a deal failed (events.failed_deal_patterns)."""
    return re.compile(languages.alternation("events.failed_deal_patterns"), re.I)


def _told_as(telling: Telling, party: EntityMention, path: str) -> bool:
    """Whether a pattern at ``path`` (data/languages/*.toml) with {p} for the party matches
    around it in its sentence: "von {p} übernommen", "when {p} retired"."""
    body = telling.looked_up
    written = re.escape(body[party.start:party.end])
    for pattern in _party_patterns(telling.lang, path):
        for found in re.finditer(pattern.replace("{p}", f"(?P<p>{written})"), body[telling.start:telling.end],
                                 re.I):
            if telling.start + found.start("p") == party.start:
                return True
    return False


@cache
def _former(lang: str) -> re.Pattern[str]:
    """Words right before an organisation that make it a former employer ("zuvor bei der Beratung")."""
    patterns = languages.lookup(lang, "events.former_before_patterns") or ("(?!)",)
    return re.compile("(?:" + "|".join(patterns) + ")", re.I)


@cache
def _party_patterns(lang: str, path: str) -> tuple[str, ...]:
    return tuple(languages.lookup(lang, path) or ())


def _roles(body: str, entities: Sequence[EntityMention], start: int, end: int,
           lang: str) -> tuple[str | None, str | None, bool]:
    """The one who acts and the one acted on, among the parties in the trigger's own clause:
    in the active voice the party before the trigger acts on the one after it. A party
    after "by", "durch", 被 acts: before the trigger always ("Figma被Adobe收购"), after it
    only in the passive or right after a noun and its object ("acquisition of Figma by
    Adobe"; not "a deal advised by Goldman Sachs"). In the passive ("was acquired", "wurde
    … von Adobe übernommen") the party before is acted on; a progressive ("is acquiring")
    is no passive. A relative pronoun joins its antecedent to the clause ("Musk, who sued
    OpenAI"). In German a trigger that ends its clause ("hat Activision übernommen") comes
    after both parties, its subject first. A party after a preposition is no subject, and
    one the trigger reaches only across "and" ("co-founded OpenAI and sued it") is another
    verb's object: the agent is then left unsaid rather than guessed. The third value says
    whether the one acting was named by "by", "durch", 被 or 由 (of a round, its lead investor)."""
    voice = _voice(lang)
    parties = [e for e in entities if e.label in ("ORG", "PERSON")]
    before = [e for e in parties if e.end <= start and _joined(body, e.end, start, voice)]
    after = [e for e in parties if e.start >= end and e.start - end <= 40 and not _BREAK.search(body, end, e.start)]
    word_end = end + len(_WORD_REST.match(body, end).group(0)) if lang != "zh" else end  # type: ignore[union-attr]
    # The auxiliary may open the clause before its subject: "Im Mai wurde Kuka von Midea übernommen".
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(body, max(0, before[0].start - 60), before[0].start)),
                  default=max(0, before[0].start - 60)) if before else 0
    auxiliary = voice.passive.search(body, opening, start) if before else None
    passive = auxiliary is not None and not voice.coordination.search(body, auxiliary.end(), start) \
        and not voice.progressive.search(body[start:word_end])

    def marked(party: EntityMention) -> bool:
        return voice.agent.search(body, max(0, party.start - 20), party.start) is not None

    acting = [e for e in reversed(before) if marked(e)]
    def told_by_trigger(party: EntityMention) -> bool:  # "出售给", "sold to": the marker holds the trigger's word
        marker = voice.agent.search(body, start, party.start)
        return marker is not None and marker.start() < end

    acting += [e for e in after if marked(e) and (passive or told_by_trigger(e)
                                                  or _right_after_noun(body, word_end, e, parties, voice))]
    if passive and not acting and before and voice.passive_agent.search(body, max(0, before[-1].start - 20),
                                                                          before[-1].start):
        acting = [before[-1]]  # "wurde von Adobe übernommen", not "die von Amazon finanzierte Firma"
    if acting:
        others = [e.name for e in (*reversed(before), *after) if e.name != acting[0].name]
        return acting[0].name, others[0] if others else None, True
    if passive:
        return None, before[-1].name, False
    if voice.infinitive.search(body, max(0, start - 4), word_end):
        return _infinitive(body, parties, start, voice)
    # A party after a preposition ("in", "against", 向, 在) is no subject: "向…Anthropic追加投资",
    # "在美国加州北区联邦法院再次起诉"; one after "at" or 在 is where it happened, not whom to. Nor is one
    # whose owners are ("Red Hat's shareholders approved the sale").
    subjects = [e for e in before if not voice.object.search(body, max(0, e.start - _OBJECT_REACH), e.start)
                and not voice.possessor.match(body, e.end)]
    # ... and is acted on only in the trigger's own clause: not "塔塔電子與力積電在…合建晶圓廠的計畫，投資金額…".
    objects = [e for e in before if e not in subjects and not _CLAUSE_OPENING.search(body, e.end, start)]
    if len(subjects) > 1 and voice.final.match(body, word_end):  # "Microsoft hat Activision übernommen."
        return subjects[0].name, subjects[-1].name, False
    agent = subjects[-1].name if subjects and not voice.coordination.search(body, subjects[-1].end, start) else None
    acted_on = [e for e in (*after, *reversed(objects)) if not voice.place.search(body, max(0, e.start - 12), e.start)
                and not marked(e)]  # "sued a startup owned by ByteDance": not ByteDance
    patient = next((e.name for e in acted_on if e.name != agent), None)
    return agent, patient, False


def _infinitive(body: str, parties: Sequence[EntityMention], start: int,
                voice: _Voice) -> tuple[str | None, str | None, bool]:
    """The roles around a trigger in an infinitive with "zu": the subject of the clause before
    acts, on the party of the infinitive's own clause nearest the trigger ("kündigte Intel an,
    den Spezialisten Mobileye zu kaufen"; "vereinbart, dem US-Konzern Cree dessen Sparte
    Wolfspeed abzukaufen" buys Wolfspeed). With no subject named there, none acts."""
    opening = max((m.start() for m in _BREAK.finditer(body, max(0, start - 240), start)), default=None)
    if opening is None:
        return None, None, False
    own = [e for e in parties if opening < e.start and e.end <= start]
    governing = [e for e in parties if e.end <= opening and not _BREAK.search(body, e.end, opening)
                 and not voice.object.search(body, max(0, e.start - _OBJECT_REACH), e.start)]
    return (governing[-1].name if governing else None), (own[-1].name if own else None), False


_WORD_REST = re.compile(r"[^\W\d_]*")
_STRONG_BREAK = re.compile(r"[;:；：]")
_CLAUSE_OPENING = re.compile(r"[.!?;:,。！？；：，]")  # what ends the clause before a party's


_SUIT_REACH = 120  # characters after a suit's noun its parties may stand


def _sued(body: str, entities: Sequence[EntityMention], start: int, end: int,
          lang: str) -> tuple[str | None, str] | None:
    """The one suing and the one sued, where a suit's noun names the one it is against after it: "die Klage des
    Fotografen Robert Kneschke gegen den Verein LAION" (the photographer sued LAION, no suit against him), "the
    lawsuit by Getty Images against Stability AI"; the one suing named between, else before the noun."""
    voice = _voice(lang)
    parties = [e for e in entities if e.label in ("ORG", "PERSON")]
    later = [e for e in parties if _in_suit_reach(body, end, e)]
    against = next((e for e in later if sued_there(body, end, e, lang)), None)
    if against is None:
        return None
    suing = next((e.name for e in later if e.end <= against.start and e.name != against.name), None)
    before = [e for e in parties if e.end <= start and _joined(body, e.end, start, voice)]
    return suing or next((e.name for e in reversed(before) if e.name != against.name), None), against.name


def sued_there(body: str, end: int, party: EntityMention, lang: str) -> bool:
    """Whether ``party`` stands after a suit's noun ending at ``end``, as the one it is against: "die Klage des
    Fotografen Robert Kneschke gegen den gemeinnützigen Verein LAION" (events take it part)."""
    return _in_suit_reach(body, end, party) \
        and _voice(lang).against.search(body, max(end, party.start - 40), party.start) is not None


def _in_suit_reach(body: str, end: int, party: EntityMention) -> bool:
    """Whether ``party`` stands after a suit's noun ending at ``end``, in its clause and within _SUIT_REACH."""
    return 0 <= party.start - end <= _SUIT_REACH and not _BREAK.search(body, end, party.start)


def _right_after_noun(body: str, word_end: int, party: EntityMention, parties: Sequence[EntityMention],
                      voice: _Voice) -> bool:
    """Whether only the trigger's object stands between it and ``party``'s marker:
    "acquisition of Figma by Adobe", "Übernahme von Figma durch Adobe", "acquired by Adobe"."""
    gap = list(body[word_end:party.start])
    for other in parties:
        if word_end <= other.start and other.end <= party.start:
            gap[other.start - word_end: other.end - word_end] = " " * (other.end - other.start)
    rest = voice.agent.sub("", "".join(gap))
    return voice.noun_object.fullmatch(rest) is not None


def _joined(body: str, end: int, trigger: int, voice: _Voice) -> bool:
    """Whether a party ending at ``end`` stands in the clause of a trigger at ``trigger``."""
    return not _BREAK.search(body, end, trigger) or voice.relative.fullmatch(body, end, trigger) is not None


@dataclass(frozen=True)
class _Voice:
    """One language's words for who acts (data/languages/*.toml, [events])."""

    agent: re.Pattern[str]  # ends right before a party that acts: "by", "durch", 被
    passive: re.Pattern[str]  # between the subject and the trigger: "was", "wurde"
    progressive: re.Pattern[str]  # a trigger word so ending is no passive participle: "acquiring"
    passive_agent: re.Pattern[str]  # ends right before the party acting in a passive clause: "von"
    noun_object: re.Pattern[str]  # all that may stand between a trigger noun and its agent's marker: "of"
    relative: re.Pattern[str]  # the whole stretch between an antecedent and its clause's trigger: ", who "
    coordination: re.Pattern[str]  # "and" between a party and a trigger of another verb
    final: re.Pattern[str]  # right after a trigger that ends its clause: a break, "hat" (German)
    object: re.Pattern[str]  # ends right before a party that is a preposition's object: "in", 向…
    place: re.Pattern[str]  # ends right before a party that is a place: "at", 在
    infinitive: re.Pattern[str]  # ends at a trigger in an infinitive with "zu": "zu kaufen", "abzukaufen"
    possessor: re.Pattern[str]  # right after a party whose owners act: "'s shareholders"
    disposal: re.Pattern[str]  # ends right before what a verb after it acts on: 将 ("华为将荣耀出售给")
    hedge: re.Pattern[str]  # ends right before a failure that did not happen: "nearly", 若
    against: re.Pattern[str]  # ends right before the one a suit is against: "gegen den Verein"


def _led_by(telling: Telling, before: Sequence[EntityMention]) -> set[str]:
    """The names of a list an agent marker opens ("led by Morgan Stanley and Goldman Sachs", "由…"): who acts on
    the one named before them, not who the happening is of."""
    voice = _voice(telling.lang)
    text, led, last = telling.looked_up, set(), None
    for mention in sorted(before, key=lambda e: e.start):
        if voice.agent.search(text, max(0, mention.start - 16), mention.start) is not None or (
                last is not None and last.name in led and LIST_JOINER.fullmatch(text, last.end, mention.start)):
            led.add(mention.name)
        last = mention
    return led


@cache
def _voice(lang: str) -> _Voice:
    def listed(path: str) -> list[str]:
        return list(languages.lookup(lang, path) or [])

    def ending(path: str) -> re.Pattern[str]:
        return re.compile("(?:" + languages.either(listed(path)) + r")\s*$")

    targets, places = listed("events.target_words"), listed("events.place_patterns")
    recipients = listed("events.recipient_words")
    auxiliaries, articles = listed("events.final_auxiliaries"), listed("events.articles")
    article = r"(?:(?:" + languages.either(articles) + r")\s+)?" if articles else ""
    return _Voice(
        agent=ending("events.agent_marker_patterns"),
        passive=re.compile(languages.either(listed("events.passive_patterns"))),
        progressive=re.compile(languages.either(listed("events.progressive_patterns")) + "$" if
                               listed("events.progressive_patterns") else "(?!)"),
        passive_agent=ending("events.passive_agent_patterns"),
        noun_object=re.compile(r"\s*(?:(?:" + languages.either(listed("events.noun_object_words"))
                               + r")\s*)?" + article + r"\s*", re.I),
        relative=re.compile(r"\s*,\s*" + languages.bounded(listed("events.relative_words")) + r"\s*", re.I),
        coordination=re.compile(languages.bounded(listed("events.coordination"))),
        final=re.compile(r"\s*(?:$|[.!?]|" + _BREAK.pattern + "|" + languages.bounded(auxiliaries) + ")")
        if auxiliaries else re.compile("(?!)"),
        object=re.compile("(?:" + _object_before(targets, places, article, recipients) + "|(?-i:"
                          + languages.either(listed("events.object_patterns")) + r"))$", re.I),
        place=re.compile("(?:" + _object_before([], places, article, []) + r")$", re.I),
        infinitive=re.compile("(?:" + languages.either(listed("events.infinitive_patterns")) + ")$"),
        possessor=re.compile(languages.either(listed("events.possessor_patterns"))),
        disposal=ending("events.disposal_patterns"),
        hedge=ending("events.failed_deal_hedges"),
        against=re.compile("(?:" + languages.either(listed("events.against_patterns")) + r")\s*$"
                           if listed("events.against_patterns") else "(?!)", re.I),
    )


def _object_before(targets: list[str], places: list[str], article: str, recipients: list[str]) -> str:
    """A preposition before a party ("in the", "gegen", 在), or a Chinese one that
    points to a party a few characters of description before it ("向人工智能初创公司"); not
    across 的, which makes the party the head of a clause ("日月光与矽品共组的日月光投控"),
    but for a preposition of ``recipients`` ("向在美上市的優酷土豆")."""
    latin = languages.latin(targets + places)
    # ... after an article, a description of up to two words between: "an den Finanzinvestor KKR", "in the
    # chipmaker Nvidia" (not "In July Slack filed", "in 2015 Microsoft bought").
    pattern = r"\b(?:" + languages.either(latin) + r")\s+" + (
        r"(?:" + article[:-1] + r"(?:[^\W\d_][\w-]*\s+){0,2}?)?" if article else "")
    if languages.cjk(targets):
        pattern += "|(?:" + "|".join(languages.cjk(targets)) + r")[^\s,，;；。:：、的]{0,10}"
    if languages.cjk(recipients):
        pattern += ("|(?:" + "|".join(languages.cjk(recipients))
                    + r")[^\s,，;；。:：、]{0,12}的[^\s,，;；。:：、的]{0,10}")
    if languages.cjk(places):
        pattern += "|(?:" + "|".join(languages.cjk(places)) + ")"
    return pattern


# A name written with a small letter before a capital ("iRobot", "xAI", "eBay"): a headline opens with it as written.
_SMALL_NAME = re.compile(r"[a-z]+[A-Z]")


def _opened(text: str) -> str:
    """``text`` with its first letter a capital, unless it opens with a name written small ("iRobot")."""
    return text if _SMALL_NAME.match(text) else text[0].upper() + text[1:]


def _fill(template: str, slots: dict[str, str]) -> str | None:
    if any(slot not in slots for slot in _SLOT.findall(template)):
        return None
    filled = _SLOT.sub(lambda m: slots[m.group(1)], template)
    return _opened(filled) if filled else None


def _names(mentions: Sequence[EntityMention], *, limit: int) -> str:
    return _names_of([m.name for m in mentions], limit=limit)


def _names_of(given: Sequence[str], *, limit: int) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C and 2 others"."""
    names = list(dict.fromkeys(given))
    if not names:
        return ""
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} other{'s' if len(names) - limit > 1 else ''}"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _reporter(telling: Telling) -> tuple[str | None, list[EntityMention]]:
    """The person who said it ("Satya Nadella announced ..."), apart from the people acting."""
    reports = _report_words()
    for mention in telling.entities:
        if mention.label != "PERSON":
            continue
        after = telling.body[mention.end: mention.end + 40]
        if reports.match(after) and (telling.trigger is None or mention.end <= telling.trigger[0]):
            rest = [e for e in telling.entities if e.name != mention.name]
            if any(e.label == "PERSON" for e in rest):
                return mention.name, rest
    return None, list(telling.entities)


_CLAUSE_BREAK = re.compile(r"[;:()—–\"“”]|(?<!\d),|,(?!\d)")
_ANY_BREAK = re.compile(_CLAUSE_BREAK.pattern + "|[，；：]")  # Chinese commas too


def _date_clause_span(telling: Telling) -> tuple[int, int]:
    body, date = telling.body, telling.date
    before = [m.end() for m in _CLAUSE_BREAK.finditer(body, telling.start, date.start)]
    after = _CLAUSE_BREAK.search(body, date.end, telling.end)
    return before[-1] if before else telling.start, after.start() if after else telling.end


def _date_clause(telling: Telling, told_of: tuple[EntityMention, int] | None = None,
                 entities: Sequence[EntityMention] = ()) -> str | None:
    """The clause the date stands in, whole, when it is short and more than the date; a
    relative clause told of its antecedent and from its verb on (``told_of``, from
    ``_antecedent``: "Arm Holdings listed on the Nasdaq last September", not "Which listed …");
    in a language that puts its verb second, a clause the date opened told from its subject
    ("Im Januar hatte Alphabet-Chef Sundar Pichai … angekündigt" -> "Alphabet-Chef Sundar
    Pichai hatte … angekündigt")."""
    first, last = _date_clause_span(telling)
    if told_of is not None:
        first = told_of[1]
    elif (subject_first := _subject_first(telling, entities, first, last)) is not None:
        return subject_first
    clause = " ".join(telling.body[first:last].split()).rstrip(".!?").lstrip("-–— ")
    if len(clause) > 60 and told_of is None:
        # Told without its date, which the timeline shows beside it: "Meta's CEO visited
        # Florida [in November] to meet Trump", "[Over the weekend] rumors surged that …".
        clause = _without_date(telling, first, last)
    opener, _, rest = clause.partition(" ")
    if len(rest.split()) >= 5 and opener.lower() in _dropped_openers(telling.lang):
        clause = rest  # "and the company said it had sold its stakes": told alone
    clause = _told_by_name(telling, clause)  # "The company said …" -> "Google said …"
    if told_of is not None:
        clause = f"{told_of[0].name} {clause}"
    elif clause.split(" ", 1)[0].lower() in _relative_words(telling.lang):
        return None  # "Whom OpenAI fired last November" heads nothing
    words = clause.split()
    if len(words) < 5 or len(clause) > (60 if told_of is not None else MAX - 10):
        return None
    return _opened(clause)


def _subject_first(telling: Telling, entities: Sequence[EntityMention], first: int, last: int) -> str | None:
    """A verb-second clause that the date opens, told without the date and from its subject:
    the finite verb right after the date moves behind the subject, a name (with the words
    of its title before it, "Alphabet-Chef") or a description that stands for the one
    organisation the sentence implies ("der Konzern")."""
    body, date = telling.body, telling.date
    if not languages.lookup(telling.lang, "events.verb_second") or not first <= date.start < date.end < last:
        return None
    opening = (*_when_prepositions(telling.lang), *_fronting_adverbs(telling.lang))
    if any(word.lower() not in opening for word in body[first:date.start].split()):
        return None  # the date does not open the clause
    verb = re.match(r"\s+([a-zäöüß]+)\b", body[date.end:last])
    if verb is None:
        return None
    after = date.end + verb.end()
    subject = _subject_at(telling, entities, after, last)
    if subject is None:
        return None
    name, end = subject
    clause = " ".join(f"{name} {verb.group(1)} {body[end:last]}".split()).rstrip(".!?")
    return clause if len(clause.split()) >= 4 and len(clause) <= MAX - 10 else None


def _subject_at(telling: Telling, entities: Sequence[EntityMention], start: int,
                last: int) -> tuple[str, int] | None:
    """The subject that opens the text at ``start`` (before ``last``) and where it ends: a
    person or organisation, a person also after at most two words of its title ("Alphabet-Chef
    Sundar Pichai"; a role word, alone or after a hyphen, not any capitalised noun: in
    "kritisierten Datenschützer Meta" Meta is the object), or a description told by the one
    name the sentence implies."""
    body = telling.body
    for entity in entities:
        if not start <= entity.start < entity.end <= last or entity.label not in ("PERSON", "ORG"):
            continue
        if entity.end < last and not body[entity.end].isspace() and body[entity.end] not in ",.":
            continue  # "Alphabet" of "Alphabet-Chef": the name goes on
        before = body[start:entity.start].split()
        if not before or (entity.label == "PERSON" and len(before) <= 2 and all(_is_title(w) for w in before)):
            end = _list_end(telling, entities, entity.end, last)
            return " ".join(body[start:end].split()), end
        break
    text = body[start:last].lstrip()
    description = _opening_description(telling, text)
    return (telling.implied[0], last - len(text) + len(description)) if description else None


@cache
def _role_words() -> frozenset[str]:
    return frozenset(word.lower() for word in languages.table("facts.roles"))


def _is_title(word: str) -> bool:
    """Whether ``word`` is a role's title, alone or after a hyphen: "Chef", "Alphabet-Chef"."""
    return word.rsplit("-", 1)[-1].lower() in _role_words()


def _opening_description(telling: Telling, text: str) -> str | None:
    """The description that opens ``text`` ("the company", "der Konzern"), where the sentence
    implies one name it stands for."""
    if len(set(telling.implied)) != 1:
        return None
    found = next((d for d in _descriptions(telling.lang) if text.lower().startswith(d + " ")), None)
    following = text[len(found):].split(None, 1)[0].lower() if found else ""
    # "The board that fired its chief executive": the description is its relative clause's, not a subject.
    return None if following in (*_relative_words(telling.lang), *_subject_relative_words(telling.lang)) else found


def _told_by_name(telling: Telling, clause: str) -> str:
    """``clause`` with the description that opens it told by the one name it stands for."""
    description = _opening_description(telling, clause)
    return telling.implied[0] + clause[len(description):] if description else clause


def _list_end(telling: Telling, entities: Sequence[EntityMention], end: int, last: int) -> int:
    """Where a list of names that begins with a name ending at ``end`` ends: "Scholz und von
    der Leyen", "Altman, Brockman und Sutskever"."""
    joins = _list_joins(telling.lang)
    while joins is not None and (join := joins.match(telling.body, end, last)) is not None:
        following = next((e for e in entities if e.start == join.end() and e.end <= last), None)
        if following is None:
            break
        end = following.end
    return end


@cache
def _list_joins(lang: str) -> re.Pattern[str] | None:
    words = languages.lookup(lang, "events.list_words")
    return re.compile(r"\s*,\s*|\s+(?:" + languages.either(list(words)) + r")\s+") if words else None


def _reported(telling: Telling, entities: Sequence[EntityMention], clause_span: tuple[int, int]) -> str | None:
    """What a saying dated in a clause of its own says, told by who said it: "Google teilte
    am Dienstag mit, dass Sundar Pichai die neue Sparte selbst leiten werde" -> "Google: Sundar
    Pichai werde die neue Sparte selbst leiten"; "谷歌周二表示，皮查伊将亲自领导新部门" -> "Google:
    皮查伊将亲自领导新部门". A clause after a complementiser ("dass") that ends in its verb
    is told from its subject with that verb second."""
    from ainews_cli.dates.registry import LANGUAGES, report_pattern

    body, date, lang = telling.body, telling.date, telling.lang
    first, last = clause_span
    if (comma := _SAYING_COMMA.search(body, date.end, last)) is not None:  # a Chinese comma
        first = max([first, *(m.end() for m in _SAYING_BREAK.finditer(body, first, date.start))])
        last = comma.start()
    reports = report_pattern(lang)
    if reports is None or last >= telling.end or body[last] not in ",，":
        return None
    said = body[first:date.start] + " " + body[date.end:last]
    verbs = list(reports.finditer(said))
    spaced = lang not in LANGUAGES or LANGUAGES[lang].spaced
    # The saying ends its clause, but for a separated particle ("teilte … mit"): in
    # "宣布參選2024年總統，上月辭去…" what follows the comma is no content of it.
    rest = [w for w in said[verbs[-1].end():].split() if w.lower() not in _when_prepositions(lang)] if verbs else []
    if not verbs or len(said.split()) > 7 or len(rest) > (1 if spaced else 0):
        return None
    speakers = [e.name for e in entities if first <= e.start and e.end <= last and e.label in ("PERSON", "ORG")]
    named = list(dict.fromkeys(telling.implied))
    speaker = speakers[0] if speakers else named[0] if len(named) == 1 else None
    if speaker is None:
        return None
    stop = (_CLAUSE_BREAK if spaced else _SAYING_BREAK).search(body, last + 1, telling.end)
    end = stop.start() if stop else telling.end
    start = last + 1 + len(body[last + 1:end]) - len(body[last + 1:end].lstrip())
    opener = opens.match(body, start, end) if (opens := _complementiser(lang)) is not None else None
    if opener is not None:
        start = opener.end()
        words = body[start:end].split()
        subject = _subject_at(telling, entities, start, end)
        if subject is None or len(words) < 3 or not words[-1].rstrip(".!?").islower():
            return None
        verb = words[-1].rstrip(".!?")
        if verb.lower() not in _movable_verbs(lang):
            return None  # "…, dass Sam Altman zurückkehrt": a separable verb moved whole is no German
        name, after = subject
        content = f"{name} {verb} " + " ".join(body[after:end].split()[:-1])
    else:
        content = " ".join(body[start:end].split())
    content = content.strip().rstrip(".!?。！？")
    if (len(content.split()) < 3 if spaced else len(content) < 4):
        return None
    told = f"{speaker}: {content}"
    return told if len(told) <= MAX else None


# What ends the clause of a saying: a comma, also a Chinese one ("谷歌周二表示，…"); and what
# may open it.
_SAYING_COMMA = re.compile(r"(?<!\d),|,(?!\d)|，")
_SAYING_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[，；;：:。]")


@cache
def _movable_verbs(lang: str) -> frozenset[str]:
    """The finite verbs a headline moves behind the subject of a clause that put them last."""
    return frozenset(w.lower() for w in languages.lookup(lang, "events.movable_final_verbs") or ())


@cache
def _complementiser(lang: str) -> re.Pattern[str] | None:
    """A word that opens what was said and puts its verb last ("dass"), with the space after it."""
    words = languages.lookup(lang, "events.verb_final_complementisers")
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\s+") if words else None


def _without_date(telling: Telling, first: int, last: int) -> str:
    """The clause at [first, last) without its date phrase and the word that puts it there."""
    body, date = telling.body, telling.date
    before = body[first:date.start].rstrip()
    word = before.rsplit(None, 1)[-1] if before.split() else ""
    if word and word.lower() not in _when_prepositions(telling.lang):
        told = body[first:last]  # "since 2014", "bis 2025": the date is what the clause says, not when
    else:
        told = body[first:first + len(before) - len(word)] + " " + body[date.end:last]
    return " ".join(told.split()).strip(" ,").lstrip("-–— ").rstrip(".!?")


@cache
def _dropped_openers(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in languages.lookup(lang, "events.headline_dropped_openers") or ())


@cache
def _fronting_adverbs(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in languages.lookup(lang, "events.fronting_adverbs") or ())


@cache
def _when_prepositions(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in languages.lookup(lang, "events.when_prepositions") or ())


def _amount(facts: Sequence[Fact], near: int, telling: Telling) -> str | None:
    """The amount of money the sentence states nearest the trigger, as "about $10 billion"; none where
    another amount stands nearer the date ("revenue of $2.59 billion for the fourth quarter and $7.87
    billion for the year": the year's is not the first)."""
    stated = [(abs(f.start - near), f) for f in facts if f.money is not None]
    if not stated:
        return None
    _, fact = min(stated, key=lambda item: item[0])
    if fact.kind == "revenue" and _nearer_amount(telling, fact):
        return None
    value, currency = fact.money  # type: ignore[misc]
    english = english_qualifier(getattr(fact.details, "qualifier", None))
    return (english + " " if english else "") + money_text(value, currency)


def _nearer_amount(telling: Telling, fact: Fact) -> bool:
    """Whether another amount of the date's clause stands nearer the date than the fact's, an amount right
    before the date nearest ("$183 billion in fiscal 2014 to $383.3 billion": 2014's is the first)."""
    date, body = telling.date, telling.body

    def distance(start: int, end: int) -> int:  # in words, one more for an amount after the date
        if end <= date.start:
            return len(_WORD.findall(body, end, date.start))
        return len(_WORD.findall(body, date.end, start)) + 1

    written = getattr(fact.details, "amount_text", None)
    found = telling.body.find(written, fact.start, fact.end) if written else -1
    own = distance(found, found + len(written)) if written and found >= 0 else distance(fact.start, fact.end)
    return any(f.money is not None and f.money != fact.money and distance(f.start, f.end) < own
               and not _CLAUSE_MARK.search(telling.body, min(f.end, date.start), max(f.start, date.end))
               for f in telling.facts if f.kind == "money")


def money_text(value: float, currency: str) -> str:
    """1e9 USD -> "$1 billion", 1.05e8 EUR -> "€105 million", 2e10 CNY -> "20 billion CNY"."""
    for scale, word in _SCALES:
        if value >= scale:
            number = f"{value / scale:.2f}".rstrip("0").rstrip(".")
            text = f"{number} {word}"
            break
    else:
        text = f"{value:,.0f}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def _shorten(told: str) -> str:
    """A headline over MAX characters: fewer names ("and N others"), else its first words."""
    words = told.split()
    while len(" ".join(words)) > MAX - 2 and len(words) > 1:
        words.pop()
    return " ".join(words).rstrip(",:;") + " …"


@cache
def _templates() -> dict[str, list[str]]:
    """Headline templates by action, and by type under "type:TYPE" (data/triggers.toml)."""
    data = languages.triggers()
    found = {action: list(entry["templates"]) for action, entry in data["actions"].items()}
    found.update({f"type:{kind}": list(entry) for kind, entry in data["types"].items()})
    return found


@cache
def _replaced() -> re.Pattern[str]:
    """Right before a person, the words that make them the one a successor replaced, a title or two between
    (facts.role_replaced_patterns)."""
    return re.compile(r"(?:" + languages.alternation("facts.role_replaced_patterns") + r")\s*(?:[\w-]+\s+){0,2}$",
                      re.I)


@cache
def _successor() -> re.Pattern[str]:
    """Right after a person, the words that make them the successor (facts.role_replaced_patterns)."""
    return re.compile(r"\s*(?:" + languages.alternation("facts.role_replaced_patterns") + r")", re.I)


@cache
def authority_name() -> re.Pattern[str]:
    """Authorities by their names (data/languages/*.toml, events.authority_name_patterns); events.py reads
    them too."""
    return re.compile(languages.alternation("events.authority_name_patterns"))


@cache
def _fact_kinds() -> dict[str, frozenset[str]]:
    """The kinds of fact that tell each action's amount and subject (data/triggers.toml)."""
    return {action: frozenset(entry["facts"]) for action, entry in languages.triggers()["actions"].items()
            if "facts" in entry}


@cache
def _report_words() -> re.Pattern[str]:
    from ainews_cli.dates.registry import report_pattern

    alternatives = [p.pattern for lang in ("en", "de", "zh") if (p := report_pattern(lang)) is not None]
    return re.compile(r"\s*,?\s*(?:" + "|".join(alternatives) + ")" if alternatives else r"(?!)")
