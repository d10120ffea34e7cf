"""The parties a fact can take, and the sentence the fact readers look at."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from functools import cache

from ainews_cli import han, languages
from ainews_cli.facts.clauses import (
    CLAUSE_MARK,
    COMMA,
    LIST_JOINER,
    PART_END,
    PHRASE_BREAK,
    only_comma,
    relative_clauses,
)
from ainews_cli.lexicon import is_english_word
from ainews_cli.records import EntityMention, Sentence, TimeExpression


@dataclass(frozen=True)
class Party:
    """An entity that can take part in a fact: a mention, or a description ("the
    company", "der Konzern") or pronoun ("it") standing for one."""

    name: str
    label: str
    start: int
    end: int
    derived: bool = False  # a description or pronoun
    board: bool = False  # a board standing for its organisation ("the board"): a role's, never a deal's party
    # Named in the background: in an agent phrase ("founded by Hoffman, DeepMind co-founder Suleyman",
    # "angeführt von General Catalyst") or as a former employer ("arbeitete zuvor bei Google DeepMind"); a
    # description or pronoun in a later sentence ("the company", "its") stands for it only where nothing else fits.
    background: bool = False
    pronoun: bool = False  # derived from a pronoun ("it", "its"), not a description
    # Derived from a sentence before that names other organisations too: a deal's guess the
    # sentence's other party may settle, a role's it does not.
    among_several: bool = False
    # A pronoun standing for what the last sentence named only through a description of its own
    # ("... sell its power to Microsoft. The Baltimore-based company plans ... It will be renamed after the
    # company's former chief executive Chris Crane"): a guess on a guess, which a deal may take, a role not.
    remote: bool = False
    # Among several, one of which is the organisation the document is about: the post a plain description owns
    # is that one's ("Uber … bought Otto … In March, Jeff Jones, the company's president, quit").
    lead_among: bool = False


@dataclass(frozen=True)
class Here:
    """One sentence as the fact readers see it."""

    body: str  # the document as written: what a fact quotes
    start: int
    end: int
    lang: str
    text: str  # the sentence, folded to one line
    mentions: Sequence[Party]
    names: tuple[str, ...]  # the names of the sentence's entities, in order
    dates: Sequence[TimeExpression]
    src: str  # the body as the patterns read it: folded for a Chinese sentence (han.normalised)
    deal: tuple[str, str] | None = None  # the investor and target of an investment the last sentences told
    round: str | None = None  # who raised the funding round the last sentences told
    topic: str | None = None  # the one organisation the last sentence names in its foreground, if one
    subject: str | None = None  # the organisation the last sentence opens with as its subject, if one
    lead: str | None = None  # the organisation the document is about, if it tells one (main_organisation)
    raised: bool = False  # whether the last sentence tells a company raising capital (facts.raising_patterns)
    # Each person the sentences before gave a current post at or a founding of one organisation only, and that one.
    known: Mapping[str, str] = field(default_factory=dict)
    offered: bool = False  # whether the last sentence tells an offer for a company (facts.offer_patterns)
    reported: str | None = None  # whose revenue the last sentence told, where it told one company's
    held: str | None = None  # the one company the last sentence told stakes in (Context.held_last)


class Context:
    """The organisations named in the sentences before, for descriptions and pronouns."""

    def __init__(self, lead: str | None = None) -> None:
        self.lead = lead  # the organisation the document is about (main_organisation)
        self.sentences: list[list[Party]] = []
        self.subjects: list[str | None] = []  # by sentence: the organisation it opens with as its subject
        self.openers: list[str | None] = []  # ... or as its subject's owner ("Graphcore's chips were")
        self.described: list[str | None] = []  # ... or through a description ("In 2016 the company bought")
        self.board: str | None = None  # the organisation whose board was named last ("OpenAI's board")
        # By sentence: the investments (investor, target) and the rounds (who raised) it told.
        self.deals: list[list[tuple[str, str]]] = []
        self.rounds: list[list[str]] = []
        self.revenues: list[set[str]] = []  # by sentence: whose revenue it told
        self.holdings: list[set[tuple[str, str]]] = []  # by sentence: the stakes (holder, company) it told
        self.posts: list[frozenset[str]] = []  # by sentence: the organisations it gave posts at
        self.section = 0  # the index of the sentence that opened the section: a heading, else the first

    def told(self, deals: list[tuple[str, str]], rounds: list[str], revenues: Set[str] = frozenset(),
             holdings: Set[tuple[str, str]] = frozenset()) -> None:
        self.deals.append(deals)
        self.rounds.append(rounds)
        self.revenues.append(set(revenues))
        self.holdings.append(set(holdings))

    def held_last(self) -> tuple[str, frozenset[str]] | None:
        """The one company the last sentence told stakes in, and their holders: "Valar Ventures holds 10.2%,
        while ... Baillie Gifford 4.9%. Thiel's fund first backed the company in 2013" goes on with that company."""
        last = self.holdings[-1] if self.holdings else set()
        companies = {company for _, company in last}
        return (next(iter(companies)), frozenset(holder for holder, _ in last)) if len(companies) == 1 else None

    def reported_last(self) -> str | None:
        """The one company whose revenue the last sentence told: "该公司2020年全年营收约162.6亿元。第四季度营收约
        66.4亿元" goes on with its results."""
        last = self.revenues[-1] if self.revenues else set()
        return next(iter(last)) if len(last) == 1 else None

    def last_deal(self, back: int = 2) -> tuple[str, str] | None:
        """The investment the last sentences told last: "The retailer poured $2.75 billion into
        the San Francisco startup" goes on with it."""
        return next((d for sentence in reversed(self.deals[-back:]) for d in reversed(sentence)), None)

    def last_round(self, back: int = 3) -> str | None:
        """Who raised the round the last sentences told: "Angeführt wurde die Runde von ..."."""
        return next((r for sentence in reversed(self.rounds[-back:]) for r in reversed(sentence)), None)

    def add(self, parties: list[Party], subject: str | None = None, opener: str | None = None,
            described: str | None = None, heading: bool = False, posts: frozenset[str] = frozenset()) -> None:
        if heading:
            self.section = len(self.sentences)
        self.posts.append(posts)
        self.sentences.append([p for p in parties if p.label == "ORG" and not p.board])
        self.subjects.append(subject)
        self.openers.append(opener)
        self.described.append(described)

    def subject_of_last(self) -> str | None:
        return self.subjects[-1] if self.subjects else None

    def opener_with(self, party: Party) -> tuple[str | None, list[tuple[str, str]]]:
        """The organisation that opens the last sentence naming ``party`` (as its subject or its
        subject's owner), and the investments that sentence told."""
        index = next((i for i in range(len(self.sentences) - 1, -1, -1) if party in self.sentences[i]), None)
        if index is None:
            return None, []
        return self.openers[index], self.deals[index] if index < len(self.deals) else []

    def several_with(self, party: Party, among: str | None = None) -> bool:
        """Whether the sentence before that names ``party`` names other organisations in its foreground too
        (``among`` one of them, if given)."""
        sentence = next((s for s in reversed(self.sentences) if party in s), [])
        names = {p.name for p in sentence if not p.derived and not p.background}
        return len(names) > 1 and (among is None or among in names)

    def went_on_with(self, name: str) -> bool:
        """Whether the last sentence told of the organisation ``name`` through a pronoun or description, or
        gave a post there, and of no other organisation."""
        last = self.sentences[-1] if self.sentences else []
        return all(p.name == name and p.derived for p in last) \
            and (bool(last) or self.posts[-1:] == [frozenset((name,))])

    def named_last(self, name: str) -> bool:
        """Whether the last sentence names the organisation itself, not through a description or pronoun."""
        return any(p.name == name and not p.derived for p in (self.sentences[-1] if self.sentences else []))

    def recent(self, back: int = 2) -> list[Party]:
        """The organisations of the last ``back`` sentences of the section."""
        return [p for sentence in self.sentences[max(len(self.sentences) - back, self.section):] for p in sentence]

    def after_heading(self) -> bool:
        """Whether the last sentence is a heading that names no organisation: "**From stake to lawsuit**"."""
        return self.section == len(self.sentences) - 1 and self.section > 0 and not self.sentences[-1]

    def named_of_last(self) -> str | None:
        """The one organisation the last sentence names (not a description or pronoun) in
        its foreground, where it names one: "Snowflake listed on the New York Stock
        Exchange" is about Snowflake."""
        last = [p for p in (self.sentences[-1] if self.sentences else []) if not p.derived and not p.background]
        return last[0].name if len({p.name for p in last}) == 1 else None

    def opened_by_description(self) -> str | None:
        """The organisation the last sentence told of first through a description or pronoun ("In December, the
        company said it had submitted a draft to the SEC"), where that sentence names no other before it."""
        last = sorted(self.sentences[-1] if self.sentences else [], key=lambda p: p.start)
        return last[0].name if last and last[0].derived and not last[0].background else None

    def only_of_last(self, besides: frozenset[str] = frozenset()) -> Party | None:
        """The organisation the last sentence names, where it names one: after "Sam Altman,
        who stepped down as president of Y Combinator, is OpenAI's chief executive", whose
        "its" the next sentence means is a guess. One named in the background ("who had
        worked at OpenAI") is left out where another is named; so are the names ``besides``."""
        last = [p for p in (self.sentences[-1] if self.sentences else []) if p.name not in besides]
        foreground = [p for p in last if not p.background] or last
        return foreground[0] if len({p.name for p in foreground}) == 1 else None


# A name of no company ("美国卡内基梅隆大学"), which a company's description never stands for.
_NOT_A_COMPANY = re.compile(languages.either(languages.words("facts.not_company_words")))


def not_a_company(name: str) -> bool:
    """Whether the name is one of no company (facts.not_company_words): a university, an army, a party."""
    return _NOT_A_COMPANY.search(name) is not None


_DESCRIPTION = re.compile(
    languages.bounded(languages.patterns("facts.description_patterns"), r"(?<![\w-])", r"(?![\w-])"), re.I)
_PRONOUN = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.pronoun_patterns") + r")(?![\w-])", re.I)
_PLAIN_DESCRIPTION = re.compile(languages.alternation("facts.plain_description_patterns"), re.I)
_GROUP_DESCRIPTION = re.compile(languages.alternation("facts.group_description_patterns"), re.I)
# Right before a party, the word that makes it what a deal's money went to or what it valued: "in", "向", "对"
# (Chinese ones after any character: "Accel向大疆投资").
DEAL_OBJECT = re.compile(languages.bounded(languages.patterns("facts.deal_object_patterns"), r"(?<![\w-])", "")
                         + r"\s*$", re.I)
_RAISED_ROUND = re.compile(languages.alternation("facts.raised_round_valued_patterns"), re.I)
# Between a person's name and an organisation, the opening of an apposition: "Peter Thiel, the PayPal co-founder".
_PERSON_APPOSITION_OPENING = re.compile(f"[{re.escape(COMMA)}]\\s*(?:\\w+\\s+)?")
# A fund's description and the names of funds it may stand for: "the fund" is the Vision Fund, not SoftBank.
_FUND_DESCRIPTION = re.compile(languages.alternation("facts.fund_description_patterns"), re.I)
_FUND_NAME = re.compile(languages.alternation("facts.fund_name_patterns"))
_COMPANY_DESCRIPTION = re.compile(languages.alternation("facts.company_description_patterns"), re.I)
_INVESTOR_GROUP = re.compile(languages.alternation("facts.investor_group_patterns"), re.I)
# How far back a group of investors told counts (about a dozen sentences).
_GROUP_REACH = 2000
# Right before a party (and its article), the words that name it what a deal was in: "bought a stake in Anthropic".
_PRONOUN_TARGET = re.compile(languages.bounded(languages.patterns("facts.pronoun_target_patterns")) + r"\s+(?:(?:"
                             + languages.alternation("facts.target_articles") + r")\s+)?$", re.I)
# Boards: named with their organisation ("OpenAI's board", "the board of OpenAI", "Der
# Verwaltungsrat von OpenAI", "OpenAI董事会"), and definite ("the board", "des
# Verwaltungsrats", "董事会"), which stands for the organisation whose board was named last.
_BOARD = "(?:" + languages.alternation("facts.board_patterns") + ")"
_BOARD_AFTER = re.compile(r"(?:" + languages.alternation("facts.possessive_suffixes") + r")?[\s-]*" + _BOARD
                          + r"(?![\w-])", re.I)
_BOARD_BEFORE = re.compile(r"(?<![\w-])" + _BOARD + r"\s+(?:" + languages.alternation("facts.role_org_prepositions")
                           + r")\s+(?:(?:" + languages.alternation("facts.target_articles") + r")\s+)?$", re.I)
# A Latin-script board is definite with its article; a Chinese one as it stands.
_DEFINITE_BOARD = re.compile(
    r"(?<![\w-])(?:" + languages.alternation("facts.board_articles") + r")\s+(?:(?:"
    + languages.alternation("facts.board_adjectives") + r")\s+){0,2}(?:"
    + languages.either(languages.latin(languages.patterns("facts.board_patterns"))) + r")(?![\w-])|"
    + languages.either(languages.cjk(languages.patterns("facts.board_patterns"))), re.I)
_OF_NAME = re.compile(r"\s+(?:" + languages.alternation("facts.role_org_prepositions") + r")\s+(?:(?:"
                      + languages.alternation("facts.target_articles") + r")\s+)?", re.I)
# An agent phrase or a former employer up to the name, within its clause: "by Hoffman, DeepMind",
# "angeführt von General", "had both worked at"; a comma before a small letter ends the clause
# ("who stepped down as president of Y Combinator, is OpenAI's").
_BACKGROUND = re.compile(r"(?:(?<![\w-])|(?<=[" + han.HAN + r"]))(?:"
                         + languages.alternation("facts.background_patterns")
                         + r")\s*(?:[^.;:!?。；,]|,(?!\s*(?-i:[a-zäöüß])))*$", re.I)
# After a name an agent word stands before, the participle that makes it the one that led ("vom Investor WP
# Investment angeführten Runde"): the name is in the background.
_AGENT_PARTICIPLE = re.compile(languages.alternation("facts.agent_participle_patterns"))
_HYPHENATED = re.compile(r"[-‐]\w")
_OBJECT_RELATIVE = re.compile(r"\s*,?\s*(?:" + languages.bounded(languages.words("facts.object_relative_words"))
                              + r")\s+", re.I)
# Right before an organisation, words that name it a former employer: "Rowan Trollope, a former Cisco
# executive, has been its chief executive" (its: not Cisco's).
_FORMER_EMPLOYER = re.compile(languages.either(languages.patterns("facts.former_employer_patterns")), re.I)
# Right before a clause: a comma or semicolon, maybe with a joiner, or a joiner ("…, and it still owns").
_JOINERS = languages.alternation("facts.role_joiners")
_CLAUSE_OPENED = re.compile(r"(?:[,;，；]\s*(?:(?:" + _JOINERS + r")\s+)?|(?<![\w-])(?:" + _JOINERS + r")\s+)$", re.I)
# Before a party, the word that names it as the agent of a passive or a participle, or as where
# money came from: "led by", "von Index Ventures angeführt", "由红杉中国领投", "from General Catalyst".
# Such a party raised nothing and is valued at nothing.
AGENT_BEFORE = re.compile(languages.bounded(languages.patterns("facts.agent_patterns")) + r"\s*$", re.I)
# ... or with a description in small letters between: "from the investment firms Silver Lake and Sixth Street".
_AGENT_DESCRIBED = re.compile(languages.bounded(languages.latin(languages.patterns("facts.agent_patterns")))
                              + r"\s+(?:(?:" + languages.alternation("facts.target_articles")
                              + r")\s+)?(?:(?:(?-i:[a-z])[\w-]*\s+){1,3}|(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:"
                              + languages.alternation("facts.agent_description_noun_patterns") + r")\s+)$", re.I)
_AGENT_DESCRIBED_REACH = 48
_AGENT_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.agent_after_patterns") + r")", re.I)


def named_as_agent(src: str, start: int, party: Party | EntityMention, mentions: Sequence[Party | EntityMention],
                   words: re.Pattern[str] = AGENT_BEFORE) -> bool:
    """Whether the party follows a word that names an agent or where money came from ("by",
    "from", "von", "由", "从"; ``words``), itself or as a later name of a list that one opens
    ("from Amazon, Meta and others"), or is one of a list that words after make those who put money in
    ("红杉中国、高瓴等机构跟投"); ``start``: where its sentence starts."""
    last = party
    while (after := next((p for p in mentions if p.start >= last.end and not getattr(p, "derived", False)
                          and LIST_JOINER.fullmatch(src, last.end, p.start)), None)) is not None:
        last = after
    if _AGENT_AFTER.match(src, last.end):
        return True
    while True:
        if words.search(src, max(start, party.start - 12), party.start) or (
                words is AGENT_BEFORE and _AGENT_DESCRIBED.search(src, max(start, party.start - _AGENT_DESCRIBED_REACH),
                                                                  party.start)):
            return True
        before = next((p for p in mentions if p.end <= party.start and not getattr(p, "derived", False)
                       and LIST_JOINER.fullmatch(src, p.end, party.start)), None)
        if before is None:
            return False
        party = before
_TITLE_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}")
# A title after an organisation, its holder right after it: "LinkedIn共同创办人里德·霍夫曼", "Google前执行长
# 艾瑞克·施密特", "DeepMind co-founder Mustafa Suleyman", "OpenAI-Chef Sam Altman": the organisation
# tells who the person is, in the background of the sentence.
_ROLE_WORDS = languages.either(sorted((re.escape(w) for w in languages.table("facts.roles")), key=len, reverse=True))
_TITLE_BEFORE_NAME = re.compile(r"(?:-|\s*)(?:(?:" + languages.alternation("facts.role_qualifier_patterns")
                                + r")\s*)?(?:" + _ROLE_WORDS + r")(?![a-z])\s*", re.I)
# After a name, an apposition that gives it a post at an organisation a pronoun stands for: "Omri
# Geller, its chief executive", "Ronen Dar, seine Technikchefin". What holds such a post is a person,
# though the model named it an organisation; a post an organisation may hold ("its investor") tells nothing.
_PERSON_ROLES = languages.either(sorted((re.escape(w) for w, role in languages.table("facts.roles").items()
                                         if role not in languages.words("facts.roles_without_org")),
                                        key=len, reverse=True))
_PERSON_APPOSITION = re.compile(r"\s*,\s*(?:" + languages.alternation("facts.person_apposition_pronouns")
                                + r")\s+(?:(?:" + languages.alternation("facts.role_qualifier_patterns")
                                + r")\s*)?(?:" + _PERSON_ROLES + r")(?![\w-])", re.I)
# Right before a name the model alone read as an organisation, a post only a person holds ("report to HPE CEO
# Antonio Neri"): the name is a person's, where it is written as one (two or three capitalised words).
_PERSON_TITLE_BEFORE = re.compile(r"(?<!\w)(?:" + _PERSON_ROLES + r")\s+$", re.I)
_WRITTEN_AS_PERSON = re.compile(r"(?-i:[A-ZÄÖÜ][a-zäöüßéèáíóúñç]+)(?:[ -](?-i:[A-ZÄÖÜ][a-zäöüßéèáíóúñç]+)){1,2}")
# A clause that only says who said it: ", wie Mistral am Dienstag mitteilte", ", OpenAI said".
_SPEAKER_BEFORE = re.compile(r"[,，]\s*(?:(?:" + languages.alternation("facts.speech_openers") + r")\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:" + languages.alternation("facts.speech_verbs")
                            + r")(?![\w-])\W*$", re.I)
# Chinese ones at a clause's opening ("，据PitchBook数据", not "占据"), glued to the name.
_CITED_BEFORE = re.compile(
    r"(?:(?:" + languages.either(languages.latin(languages.words("facts.attribution_before")))
    + r")\s+(?:(?:the|an?)\s+)?|(?<![" + han.HAN + r"])(?:"
    + languages.either(languages.cjk(languages.words("facts.attribution_before"))) + r")\s*)$", re.I)
_CITED_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:" + languages.either(languages.latin(languages.words("facts.attribution_after"))) + r")\b|(?:"
    + languages.either(languages.cjk(languages.words("facts.attribution_after"))) + r"))", re.I)


# A party right after a preposition is an object, never the subject a voice starts with:
# in "the largest investor in OpenAI and has invested $13 billion in Anthropic" OpenAI invests nothing.
OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.object_prepositions") + r")\s+(?:(?:"
                            + languages.alternation("facts.target_articles") + r")\s+)?$", re.I)
# Right before a name, words that make it where something happened ("在美国加州北区联邦法院起诉", "an der
# Nasdaq", "地平线登陆港交所"): no party of the happening, never a figure's owner (events.venue_patterns).
VENUE_BEFORE = re.compile(languages.bounded(languages.patterns("events.venue_patterns")) + r"\s*$", re.I)


_AT_BEFORE = re.compile(languages.bounded(languages.patterns("events.place_patterns")) + r"\s+(?:the\s+)?$", re.I)
_PLACE_OF = re.compile(r"(?:['’]s)?\s+(?:" + languages.alternation("events.venue_place_patterns") + r")\b")
# Right after an exchange named straight after the company it lists, the listing: "美团点评港交所挂牌".
_LISTED_AFTER = re.compile(r"\s*(?:" + languages.alternation("events.venue_after_patterns") + r")")
@cache
def exchange_name() -> re.Pattern[str]:
    """Exchanges by their names ("Nasdaq", "港交所"; data/languages/*.toml, events.exchange_name_patterns); events.py
    and headlines.py read them too."""
    return re.compile(languages.alternation("events.exchange_name_patterns"))


# The words before an exchange's name that make it where ("on Nasdaq").
_ON_EXCHANGE = re.compile(languages.bounded(languages.patterns("events.exchange_venue_patterns")) + r"\s*$", re.I)


def at_venue(src: str, start: int, mention: Party | EntityMention,
             mentions: Sequence[Party | EntityMention] = ()) -> bool:
    """Whether the mention is named as where something happened ("on the Nasdaq", "on Nasdaq", "at the Nasdaq
    MarketSite"), looking back no further than ``start``, itself or as a later name of a list
    that one opens (``mentions``: "在港交所和上交所同步发布")."""
    while True:
        before = max(start, mention.start - 24)
        if VENUE_BEFORE.search(src, before, mention.start) is not None or (
                exchange_name().search(mention.name) is not None
                and _ON_EXCHANGE.search(src, before, mention.start) is not None) or (
                _PLACE_OF.match(src, mention.end) is not None
                and _AT_BEFORE.search(src, before, mention.start) is not None) or (
                _LISTED_AFTER.match(src, mention.end) is not None
                and any(m.end == mention.start and m.label == "ORG" for m in mentions)):
            return True
        opener = next((m for m in mentions if start <= m.start and m.end <= mention.start
                       and LIST_JOINER.fullmatch(src, m.end, mention.start)), None)
        if opener is None:
            return False
        mention = opener


_CLAUSE_BREAK = re.compile(PHRASE_BREAK + r"|(?<![\w-])(?:"
                           + languages.alternation("facts.speech_verbs") + r")(?![\w-])", re.I)


def _same_clause(src: str, org: Party, at: int) -> bool:
    """Whether a description at ``at`` shares a clause with ``org``, its subject, before it
    ("Microsoft backed the startup"), so that it means another organisation; an
    apposition ("Anthropic, the startup"), a clause after a comma or a verb of saying
    ("OpenAI said the company"), or an organisation after a preposition ("Geldgeber von
    OpenAI und hat dem ChatGPT-Entwickler") may mean the same one."""
    between = src[org.end: at]
    if OBJECT_BEFORE.search(src[max(0, org.start - 24): org.start]):
        return False
    if not between.strip() and _OBJECT_CASE.match(src, at):
        return True  # "Carlyle dem Kopfhörerhersteller": an object right after the subject
    return bool(re.search(r"\w", between)) and not _CLAUSE_BREAK.search(between)


_OBJECT_CASE = re.compile(languages.bounded(languages.words("facts.object_case_articles")) + r"\s")


# A photo credit's label right before a name: "Photo: Leah Brandt/Cityline Pictures", "图片来源：视觉中国".
_CREDIT_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.credit_patterns") + r")$", re.I)
# ... and one right after it: "港湾财经社资料图片" (Chinese read folded).
_CREDIT_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.credit_after_patterns") + r")")


def credited_only(body: str, mentions: Sequence[EntityMention]) -> frozenset[str]:
    """The names a document gives only as photo credits ("Photo: Leah Brandt/Cityline Pictures",
    "港湾财经社资料图片"): a photographer's or an agency's, like a publisher no party of the story, nor
    one a later "it" means ("Foto: Helsing" under a story about Helsing credits a party)."""
    folded = han.normalised(body)
    credits = [(m.name, _credit(folded, m)) for m in mentions]
    return frozenset({name for name, credit in credits if credit} - {name for name, credit in credits if not credit})


def _credit(folded: str, mention: EntityMention) -> bool:
    """Whether a mention stands in a photo credit of the (folded) text."""
    return _CREDIT_BEFORE.search(folded, max(0, mention.start - 16), mention.start) is not None \
        or _CREDIT_AFTER.match(folded, mention.end) is not None


SPOKEN_OF = 2  # how often a publisher must be named, neither credited nor cited, to be a party of the story


def publishers_spoken_of(body: str, mentions: Sequence[EntityMention], publishers: frozenset[str]) -> frozenset[str]:
    """The publishers the document tells of as a company, not as a source: named at least SPOKEN_OF times outside
    photo credits and citations ("Getty Images, das 2023 rund 917 Millionen Dollar umsetzte", "Getty-Chef Craig
    Peters"), not "(Foto: Getty Images)" or "according to Reuters"."""
    named = [m for m in mentions if m.name in publishers]
    if not named:
        return frozenset()  # the common case: no text to fold
    folded = han.normalised(body)
    told = Counter(m.name for m in named if not _credit(folded, m)
                   and not is_cited(folded, max(0, m.start - 40), min(len(folded), m.end + 40), m))
    return frozenset(name for name, count in told.items() if count >= SPOKEN_OF)


def describes(src: str, start: int, end: int) -> bool:
    """Whether a description ("the startup", "das Start-up", "该公司") lies in [start, end)."""
    return _DESCRIPTION.search(src, start, end) is not None


def listed(src: str, party: Party | EntityMention, others: Sequence[Party | EntityMention]) -> bool:
    """Whether ``party`` follows another name as the next item of a list."""
    # Not after a bare comma, which may as well open an apposition ("OpenAI, Microsoft's partner").
    return any(other.end < party.start and (joiner := LIST_JOINER.fullmatch(src, other.end, party.start)) is not None
               and not only_comma(joiner.group()) for other in others)


def is_cited(src: str, start: int, end: int, mention: EntityMention) -> bool:
    """Whether the sentence [start, end) cites this entity as its source: "according to
    (a) Semafor (report)", "Bloomberg reported that", "laut Handelsblatt"."""
    return bool(_CITED_BEFORE.search(src[max(start, mention.start - 30): mention.start])
                or _CITED_AFTER.match(src[mention.end: min(end, mention.end + 30)]))


# A capitalised word right after a description: the name it titles, which the model may have missed ("das
# Start-up Humane").
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])")


def parties(src: str, start: int, end: int, mentions: Sequence[EntityMention], publishers: frozenset[str],
            context: Context, lang: str = "en") -> list[Party]:
    """The sentence's possible parties: its entities less publishers and cited sources
    ("according to Semafor", "Bloomberg reported"), and the organisations its
    descriptions and pronouns stand for."""
    found: list[Party] = []
    # A name in a relative clause or an apposition ("Microsoft, der wichtigste Geldgeber des ChatGPT-Entwicklers
    # OpenAI, profitiert"; "the team, which will become part of AMD's AI group") is in the background.
    relative = relative_clauses(src, start, end)
    for mention in mentions:
        if mention.name in publishers:
            continue
        if is_cited(src, start, end, mention):
            continue
        if mention.label == "ORG" and at_venue(src, start, mention, mentions):
            continue  # "took it public on the Nasdaq": where, not who; no "it" after stands for it
        # ... and so is a former employer ("Brian Armstrong, a former Airbnb engineer, co-founded the company").
        background = _BACKGROUND.search(src, max(start, mention.start - 60), mention.start) is not None \
            or (_AGENT_PARTICIPLE.match(src, mention.end) is not None
                and named_as_agent(src, start, mention, mentions)) \
            or titled_person(src, mention, mentions) is not None \
            or any(s <= mention.start < e for s, e in relative) \
            or (mention.label == "ORG"
                and _FORMER_EMPLOYER.search(src, max(start, mention.start - 40), mention.start) is not None)
        person = mention.label == "ORG" and (
            _PERSON_APPOSITION.match(src, mention.end, end) is not None
            or (mention.source.startswith("model:") and _WRITTEN_AS_PERSON.fullmatch(mention.text) is not None
                and (_PERSON_TITLE_BEFORE.search(src, max(start, mention.start - 40), mention.start) is not None
                     or _posted(src, mention, mentions))))
        label = "PERSON" if person else mention.label
        found.append(Party(mention.name, label, mention.start, mention.end, background=background))
    descriptions = list(_DESCRIPTION.finditer(src, start, end))
    # A description that takes a name in ("der US-Konzern", "dem ChatGPT-Entwickler") stands for
    # an organisation, not for the name inside it.
    found = [p for p in found if not any(d.start() <= p.start and p.end <= d.end() for d in descriptions)]
    taken = [(m.start, m.end) for m in mentions
             if not any(d.start() <= m.start and m.end <= d.end() for d in descriptions)]
    derived: list[Party] = []
    for match in sorted([*descriptions, *_PRONOUN.finditer(src, start, end)], key=lambda m: m.start()):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        pronoun = _PRONOUN.fullmatch(match.group(0)) is not None
        # (Not a description before a preposition: "the startup co-founded by OpenAI's former researcher".)
        if any(_TITLE_GAP.fullmatch(src, match.end(), m.start)
               and (pronoun or not OBJECT_BEFORE.search(src, match.end(), m.start))
               for m in mentions if m.label == "ORG" and match.end() < m.start <= match.end() + 30):
            continue  # "the startup accelerator Y Combinator": a title of the name after it
        if pronoun and (post := _post_before(src, match, found)) is not None:
            org = post
        elif pronoun:
            # "it", "its": the sentence's first organisation before it, else the last sentence's only one.
            # Not one that only modifies a word after it: in "SoftBank-backed Arm raised $4.87 billion,
            # valuing it at", "it" is not SoftBank.
            # Nor one named in the background ("Mistral AI raised money in a round led by General Catalyst that
            # valued it at"), where another fits.
            # What a description before it stands for fits too: in "investors led by Fidelity bought a stake
            # in the company in a deal that valued it", "it" is the company. Where every one fits only in
            # the background, the nearest: "Founded in 1996 by Pradeep Sindhu, Juniper made its name".
            # Nor one named as an agent ("in a round led by Coatue and Lightspeed Venture Partners that valued
            # it"): such a party is valued at nothing.
            fits = sorted((p for p in (*found, *(d for d in derived if not d.pronoun))
                           if p.label == "ORG" and p.end <= match.start() and not _HYPHENATED.match(src, p.end)),
                          key=lambda p: p.start)
            # Not a former employer: "Rowan Trollope, a former Cisco executive, has been its chief executive" (the one
            # the sentence before names alone, else none: "Pat Gelsinger, a former Intel engineer who returned in
            # 2021, became its chief executive" may be Intel's, but who can tell).
            fits = [p for p in fits if not _FORMER_EMPLOYER.search(src, max(start, p.start - 40), p.start)
                    and not _OBJECT_RELATIVE.fullmatch(src, p.end, match.start())]
            if _VALUED_BEFORE.search(src, max(start, match.start() - 24), match.start()):
                # What is valued is no one who put money in: "Sequoia Capital had put $50 million into the company,
                # and Microsoft joined a round that valued it".
                fits = [p for p in fits if not _PUT_IN_AFTER.match(src, p.end, match.start())]
            agents = [p for p in fits if not p.derived and named_as_agent(src, start, p, found)]
            fits = [p for p in fits if p not in agents]
            # A description that stands for what another sentence named is taken only as what a deal was in
            # ("bought a stake in the company ... valued it"), and a name there before it: in "OpenAI raised $6.6
            # billion. Investors bought a stake in Anthropic, the company's rival, in a deal that valued it", "it"
            # is Anthropic. Where the sentence names an organisation of its own, no other description is taken.
            names = {p.name for p in found}
            # (Not a pronoun that opens a clause as its subject: in "SoftBank bought Arm Holdings in 2016, and it
            # still owns about 90% of the company", "it" is SoftBank.)
            targets = [] if _CLAUSE_OPENED.search(src, start, match.start()) else \
                [p for p in fits if _PRONOUN_TARGET.search(src, max(start, p.start - 40), p.start)]
            target = next((p for p in targets if not p.derived), None) or next(iter(targets), None)
            if target is None and any(not p.derived for p in fits):
                fits = [p for p in fits if not p.derived or p.name in names]
            before = target or next((p for p in fits if not p.background), None) or (fits[-1] if fits else None)
            if target is None and before is not None and before.background and any(
                    before.end <= d.start() < match.start() for d in descriptions):
                org = None  # a description no name stands for comes between: "led by Fidelity ... the company ... it"
            elif target is None and before is not None and before.derived \
                    and any(a.end <= before.start for a in agents):
                org = None  # "Investors led by Thrive Capital, the company's rival, ... valued it": a guess
            elif before is None and (after := _named_after(src, match.end(), end, mentions)) is not None:
                # "According to its prospectus, Reddit had revenue": the subject after the phrase put first,
                # where the model took it for an organisation; else whose it is is a guess.
                org = next((p for p in found if p.start == after.start and p.label == "ORG"), None)
            else:
                # A pronoun opening its sentence after one whose subject was a description goes on with what that
                # stood for, not with a party named after it: "In December, the company said it had submitted a
                # draft to the SEC. Its filing showed revenue of $1.28 billion".
                described = context.opened_by_description() if not src[start: match.start()].strip() else None
                org = before or (Party(described, "ORG", match.start(), match.end(), derived=True, pronoun=True)
                                 if described is not None else context.only_of_last())
                if org is None and (going_on := _subject_going_on(src, match.end(), end, context)) is not None:
                    org = Party(going_on, "ORG", match.start(), match.end(), derived=True)
        else:
            # "the company", "der Konzern": the organisation named last before it, unless the
            # sentence names it after the description or another description stands for it.
            apposed = _APPOSED.search(src, max(start, match.start() - _APPOSED_REACH), match.start()) \
                if lang in _APPOSING else None
            if apposed is not None \
                    and (apposed.start() > start or not is_english_word(apposed.group(0).rstrip(", \t"))) \
                    and not any(m.start <= apposed.start() < m.end for m in mentions):
                # "when it bought Quip, the document-editing start-up he had co-founded": the apposition of a
                # name no entity covers (capitalised inside an English sentence, or no common word opening it:
                # "Asana, the workplace-software company", not "Meanwhile, the company") stands for that one.
                continue
            if _GROUP_DESCRIPTION.fullmatch(match.group(0)) \
                    and _INVESTOR_GROUP.search(src, max(0, match.start() - _GROUP_REACH), match.start()):
                continue  # "a group of investors led by Silver Lake ... sell 65% of Skype to the group"
            stop = PART_END.search(src, match.end(), end)
            later = {p.name for p in found if match.start() < p.start < (stop.start() if stop else end)
                     and not _speaker(src, p, end)}
            used = {p.name for p in derived}
            # Not what a description in a sentence before stood for: "to close the gap with Nvidia. ...
            # The chipmaker said ... The startup was co-founded": one guess is not taken on as another.
            earlier = [p for p in (*(p for p in context.recent() if not p.derived or p.pronoun), *found, *derived)
                       if p.label == "ORG" and p.end <= match.start()]
            fund = _FUND_DESCRIPTION.search(match.group(0)) is not None
            company = _COMPANY_DESCRIPTION.fullmatch(match.group(0)) is not None
            # Not the one whose relative clause holds it: in "Yahoo settled with Third Point, which owns about 5.8
            # percent of the company", the company is Yahoo.
            about = {p.name for p in found for s, e in relative
                     if s <= match.start() < e and p.end <= s and not src[p.end: s].strip()}
            fits = [p for p in reversed(earlier) if p.name not in later | used | about and not not_a_company(p.name)
                    and (_FUND_NAME.search(p.name) if fund else not (company and _FUND_NAME.search(p.name)))]
            if DEAL_OBJECT.search(src, max(start, match.start() - 12), match.start()) is not None:
                # "Accel Partners led a $12.7 million round in the company": where the money went is not the
                # party the sentence opens with, nor one a person's apposition names ("Peter Thiel, the PayPal
                # co-founder, put $500,000 into the company").
                # Nor the lead of a round the sentence told: "Instagram closed a $50 million funding round led by
                # Sequoia Capital that valued the company".
                receivers = [p for p in fits if p not in found or not (
                    not src[start: p.start].strip() or named_as_agent(src, start, p, found)
                    or any(q.label == "PERSON" and _PERSON_APPOSITION_OPENING.fullmatch(src, q.end, p.start)
                           for q in found))]
                raiser = next((p for p in found if p.label == "ORG" and not src[start: p.start].strip()), None)
                if raiser is not None and _RAISED_ROUND.search(src, start, match.start()):
                    # ... but after a round the sentence's subject raised, that subject: "Stripe raised $6.5 billion
                    # in a round that valued the company at $50 billion".
                    receivers = fits = [raiser]
                if len(receivers) < len(fits):
                    # ... and, those passed over, not one a sentence before named in passing ("in his Harvard
                    # dormitory"): the one organisation the sentence before names, or the company the document is
                    # about.
                    fits = [p for p in receivers if p in found or p.name in (context.named_of_last(), context.lead)]
                # Nor, for what is valued, one a sentence before told putting money in: "Sequoia Capital put in seed
                # money that April. By 2017 investors valued the company at $31 billion" (Airbnb's valuation).
                if _VALUED_BEFORE.search(src, max(start, match.start() - 24), match.start()):
                    fits = [p for p in fits if p in found or not _PUT_IN_AFTER.match(src, p.end)]
            org = next((p for p in fits if not p.background), None)
            held = context.held_last() if company else None
            if org is not None and org not in found and held is not None and org.name in held[1] \
                    and held[0] not in later | used:
                # "… Andreessen Horowitz has 9.3% and Baillie Gifford 4.9%. Thiel's fund first backed the company":
                # the company they hold shares in, not the holder named last.
                org = Party(held[0], "ORG", match.start(), match.end(), derived=True)
            if org is not None and org not in found and org not in derived \
                    and (subject := context.subject_of_last()) not in (None, org.name) \
                    and _OBJECT_APPOSED.search(src, max(0, org.start - 40), org.start) is not None:
                # "2015 übernahm NXP den US-Konkurrenten Freescale. … setzte der Autochip-Spezialist … um": the
                # last sentence's subject, not the object it acted on.
                org = next((p for p in fits if p.name == subject), org)
            if org is None and context.lead is not None and _PLAIN_DESCRIPTION.fullmatch(match.group(0)) is not None \
                    and not fits and context.lead not in later | used \
                    and _NAME_AFTER.match(src, match.end()) is None:
                # Where the sentences before name no organisation ("（图：…东方财讯社记者 骆可欣 摄）
                # 此次发行共涉及5亿股新股。上周三，该公司将每股发行价定为"), the company the document is about.
                org = Party(context.lead, "ORG", match.start(), match.end(), derived=True)
            if org is not None and context.lead is not None and org.name != context.lead \
                    and _PLAIN_DESCRIPTION.fullmatch(match.group(0)) is not None and org not in found \
                    and (_QUALIFYING.match(src, org.end) is not None or context.subject_of_last() == context.lead) \
                    and org.name not in (context.subject_of_last(), context.openers[-1] if context.openers else None) \
                    and context.lead not in later and not any(p.start < match.start() for p in found) \
                    and not src[src.rfind("\n", 0, start + 1) + 1: start].strip():
                # "Investors have poured money into the company." opening a paragraph: the company the document
                # is about, not one the paragraph before named only as an owner ("Microsoft's research centre") or
                # as what the one the document is about acted on ("Spotify bought the startup Niland. ¶ The company
                # was founded in Stockholm"); but an owner its sentence opened with is what it was about ("Apple's
                # iPhone sales fell.").
                org = Party(context.lead, "ORG", match.start(), match.end(), derived=True)
            if org is None and context.lead is not None and context.after_heading() \
                    and _PLAIN_DESCRIPTION.fullmatch(match.group(0)) is not None \
                    and not any(p.label == "ORG" and not p.background and p.start < match.start() for p in found):
                # "**From stake to lawsuit** The saga began when ... Musk had built a stake in the company": a
                # section opens with the company the document is about (past a former employer: "EARLY BACKERS ¶
                # Chief executive Brian Armstrong, a former Airbnb engineer, co-founded the company").
                org = Party(context.lead, "ORG", match.start(), match.end(), derived=True)
            # Not one the sentence before names as an agent, where it opens with another as its subject: "MiniMax
            # 本月初完成新一轮融资，由阿里巴巴集团领投。本轮融资完成后，该公司的估值约为25亿美元" (MiniMax's, not the
            # lead investor's).
            subject = context.subject_of_last()
            if org is not None and org not in found and subject is not None and org.name != subject \
                    and named_as_agent(src, 0, org, earlier) \
                    and (kept := next((p for p in fits if p.name == subject and not p.background), None)) is not None \
                    and kept not in found and not any(listed(src, p, context.recent()) for p in (kept, org)):
                org = kept
            # Nor one the sentence before names only as the owner of a thing told after another that opens it:
            # "Graphcore's chips were meant to challenge Nvidia's graphics processors. At its peak the startup was
            # valued at" (Graphcore's), unless the one opening it put money in that owner.
            opener, deals = context.opener_with(org) if org is not None and org not in found else (None, [])
            if org is not None and opener is not None and org.name != opener and _QUALIFYING.match(src, org.end) \
                    and (opener, org.name) not in deals \
                    and (kept := next((p for p in fits if p.name == opener and not p.background), None)) is not None:
                org = kept
            if org is not None and org in found and (listed(src, org, found) or any(
                    listed(src, other, [org]) for other in found)):
                org = None  # "Microsoft and Nvidia backed the startup": which one it means is a guess
            elif org is not None and org not in found and not org.derived and listed(src, org, context.recent()):
                # "AMD, Intel, IBM and Qualcomm also took part. The company was founded": the same, unless the
                # list put money into one company the sentence before told ("Thrive Capital and Greylock Partners
                # also invested. The company began life as Burbn": Instagram).
                backed = {target for investor, target in (context.deals[-1] if context.deals else [])
                          if investor == org.name}
                org = next((p for p in fits if p.name in backed), None) if len(backed) == 1 else None
            elif org is not None and org in found and _same_clause(src, org, match.start()) \
                    and not any(s <= match.start() < e and not s <= org.start < e for s, e in relative) \
                    and not (_VALUED_BEFORE.search(src, max(start, match.start() - 24), match.start())
                             and _ROUND_WORD.search(src, org.end, match.start())):
                # "Microsoft backed the startup": not Microsoft, but the one organisation the sentence
                # before names that this sentence names nowhere ("the partnership between Microsoft and
                # OpenAI ... Microsoft holds 49 percent of the ChatGPT maker's business arm"). (But a round it
                # raised that valued the company values it: "Instagram closed a $50 million funding round led by
                # Sequoia Capital that valued the company at about $500 million".)
                last = context.only_of_last(besides=frozenset(p.name for p in found))
                org = last if last is not None and not last.background else None
        if org is not None:
            # "继百度…、阿里巴巴…之后，又一家中国科技公司…。该公司董事长": one of several the sentence before names.
            # But where the last sentence went on with it alone through a pronoun or description, it is the one
            # told of: "Salesforce said MuleSoft's software would power … Marc Benioff, its chairman, said …
            # Keith Block, the company's president" (Salesforce's).
            several = org not in found and org not in derived and context.several_with(org) \
                and not context.went_on_with(org.name)
            lead_among = several and not pronoun and context.lead is not None \
                and context.several_with(org, context.lead) and _PLAIN_DESCRIPTION.fullmatch(match.group(0)) is not None
            # (Not where the sentence itself names it, or a description before it in the sentence stood for it:
            # "Konzernchef Tim Cook betont, Apple wolle …", "X is the company's chief strategy officer, and Y has
            # been its chief financial officer".)
            remote = pronoun and org not in found and not context.named_last(org.name) \
                and not any(p.name == org.name for p in (*found, *derived))
            derived.append(Party(org.name, "ORG", match.start(), match.end(), derived=True, pronoun=pronoun,
                                 among_several=several, remote=remote, lead_among=lead_among))
    return sorted([*found, *derived, *_boards(src, start, end, found, context)], key=lambda p: (p.start, p.end))


# After an organisation, a post it gives the person before it: "Parag Agrawal, Twitter's chief executive".
_POSSESSIVE_POST = re.compile(r"(?:" + languages.alternation("facts.possessive_suffixes") + r")\s+(?:(?:"
                              + languages.alternation("facts.role_qualifier_patterns") + r")\s*)?(?:" + _PERSON_ROLES
                              + r")(?![\w-])", re.I)
_APPOSITION_COMMA = re.compile(r"\s*,\s*")


def _posted(src: str, mention: EntityMention, mentions: Sequence[EntityMention]) -> bool:
    """Whether an apposition gives the name a post at an organisation: "Parag Agrawal, Twitter's chief
    executive" (a person's name, though the model read it as an organisation's)."""
    return any(_APPOSITION_COMMA.fullmatch(src, mention.end, m.start) and _POSSESSIVE_POST.match(src, m.end)
               for m in mentions if m.label == "ORG" and m.start > mention.end)


def _post_before(src: str, pronoun: re.Match[str], found: Sequence[Party]) -> Party | None:
    """What a pronoun in a person's apposition stands for where an apposition before it in the sentence
    names the organisation of another person's post: in "Parag Agrawal, Twitter's chief executive, along with
    Ned Segal, its chief financial officer", "its" is Twitter's (not that of "the Tesla chief executive" who
    fired them)."""
    person = next((p for p in found if p.label == "PERSON" and p.end <= pronoun.start()
                   and _APPOSITION_COMMA.fullmatch(src, p.end, pronoun.start())), None)
    if person is None or _PERSON_APPOSITION.match(src, person.end) is None:
        return None
    people = [p for p in found if not p.derived and p.end <= person.start]  # (the model may read one as an ORG)
    posts = [o for o in found if o.label == "ORG" and not o.derived and o.end <= person.start
             and _POSSESSIVE_POST.match(src, o.end) is not None
             and any(_APPOSITION_COMMA.fullmatch(src, p.end, o.start) for p in people)]
    return posts[-1] if posts else None


# Right before a name, an object's title (facts.object_apposition_patterns): "den US-Konkurrenten Freescale".
_OBJECT_APPOSED = re.compile(languages.alternation("facts.object_apposition_patterns"), re.I)
# A capitalised word and the comma of an apposition right before a description, inside an English
# sentence (German capitalises every noun).
_APPOSED = re.compile(r"(?<![\w-])(?-i:[A-Z])[\w&.'-]*(?<![.]),[ \t]*$")
_APPOSED_REACH = 40
_APPOSING = frozenset({"en"})  # the languages that capitalise names only


# Right after a pronoun in its clause, what makes it the one who put money in, or the one money went to or
# a figure is of ("It first put $1 billion into the lab", "It is now valued at $18 billion").
_IN_CLAUSE_AFTER = r"[^,;:.，。；]{0,30}?(?<![\w-])(?:"
_PUT_IN_AFTER = re.compile(_IN_CLAUSE_AFTER + languages.alternation("facts.pronoun_investor_patterns") + r")(?![\w-])",
                           re.I)
# Right before a pronoun, a word that values or tells money raised by what it stands for: "a round that valued it".
_ROUND_WORD = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.round_patterns") + r")(?![\w-])", re.I)
_VALUED_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.pronoun_target_cue_patterns") + r")\s+$",
                            re.I)
_TOLD_OF_AFTER = re.compile(_IN_CLAUSE_AFTER + languages.alternation("facts.pronoun_target_cue_patterns") + r")", re.I)


def _subject_going_on(src: str, pos: int, end: int, context: Context) -> str | None:
    """What a pronoun stands for when the sentence before names several companies (``pos``: the pronoun's end):
    the one it opened with as its subject (named, or through a description: "In 2016 the company bought assets
    of Pebble. ... wore its business down"), where it names no other in its foreground; where it told an
    investment of its subject in another, the investor where the pronoun's clause puts money in ("Microsoft has
    invested about $13 billion in OpenAI. It first put $1 billion into the lab"), the one invested in where it
    tells a value or a round ("… in Anthropic. It is now valued at $18 billion"), else a guess ("Its chief
    executive")."""
    if not context.sentences:
        return None
    described = context.described[-1] if context.described else None
    if described is not None:  # a description as its subject goes on telling of that company
        return described
    subject = context.subject_of_last()
    if subject is None:
        return None
    others = {p.name for p in context.sentences[-1] if p.name != subject and not p.background and not p.derived}
    if not others:
        return subject
    # The others only put money into the subject: "Quibi received $1 billion from backers that included Walt
    # Disney and NBCUniversal. In March it raised another $750 million."
    told = context.deals[-1] if context.deals else []
    if told and {investor for investor, _ in told} >= others and all(target == subject for _, target in told):
        return subject
    deal = context.last_deal(back=1)
    if deal is None or deal[0] != subject:
        return None
    if _PUT_IN_AFTER.match(src, pos, end):
        return deal[0]
    if _TOLD_OF_AFTER.match(src, pos, end):
        return deal[1]
    return None


def _named_after(src: str, pos: int, end: int, mentions: Sequence[EntityMention]) -> EntityMention | None:
    """The name that opens the clause after a pronoun's phrase put first: "According to its prospectus,
    Reddit had", "Nach seinen Angaben, OpenAI ..."; None where the pronoun's clause does not end so, or
    names someone before its comma ("it raised $1 billion in a round led by Andreessen Horowitz, Sequoia
    and ...": a list, no clause put first)."""
    comma = CLAUSE_MARK.search(src, pos, end)
    if comma is None or src[comma.start()] not in ",，" \
            or any(pos <= m.start and m.end <= comma.start() for m in mentions):
        return None
    return next((m for m in mentions if 0 <= m.start - comma.end() <= 2 and not src[comma.end(): m.start].strip()),
                None)


# After a name, what makes it qualify a noun rather than be the subject: a possessive or a hyphen ("Microsoft's
# Azure cloud", "OpenAI-Chef").
_QUALIFYING = re.compile(r"(?:" + languages.alternation("facts.possessive_suffixes") + r")(?![\w])|[-‐]\w")


# What belongs to an organisation, opening a sentence before its name: "Shares of Mobileye jumped".
_OWNED_OPENER = re.compile(r"(?:" + languages.alternation("facts.owned_opener_patterns") + r")", re.I)
_GROUP_OPENER = re.compile(r"(?:" + languages.alternation("facts.group_opener_patterns") + r")", re.I)


def opening_subject(src: str, start: int, found: Sequence[Party], *, owner: bool = False,
                    described: bool = False) -> str | None:
    """The organisation a sentence opens with as its subject, after at most a few words or an
    opening phrase and its comma ("Nvidia unveiled a chip", "On Monday, Nvidia said"); not one
    that only qualifies a noun ("Microsoft's Azure cloud"), unless ``owner`` asks for the
    subject's owner too ("Microsoft's Azure cloud", "Shares of Mobileye"), nor one after a preposition.
    With ``described``, only one a description stands for ("In December 2016 the company bought")."""
    first = next((p for p in sorted(found, key=lambda p: p.start)
                  if p.label in ("ORG", "PERSON") and (not p.pronoun if described else not p.derived)), None)
    if described and (first is None or not first.derived):
        return None
    # (A board acts for its organisation: "OpenAI's board fired Sam Altman" is about OpenAI.)
    before = src[start: first.start].strip() if first is not None else ""
    if first is None or first.label != "ORG" or first.background or _GROUP_OPENER.search(before) \
            or (not owner and _QUALIFYING.match(src, first.end) and not _BOARD_AFTER.match(src, first.end)) \
            or (OBJECT_BEFORE.search(src[max(start, first.start - 24): first.start])
                and not (owner and _OWNED_OPENER.fullmatch(before))):
        return None
    # "In December 2016 the company bought": a few words of time before it too.
    # Or a description of it put first, ending in its noun, not a function word ("Die Aktien der", "The rivalry
    # between"): "Auch der Montabaurer Internetkonzern United Internet stieg ein".
    opened = before.endswith(tuple(",，")) or (len(before.split()) <= 2 and len(before) <= 16) \
        or (len(before.split()) <= 3 and len(before) <= 20 and any(ch.isdigit() for ch in before)) \
        or (_DESCRIBED_OPENER.fullmatch(before) is not None and before.split()[-1].lower() not in _NO_HEADS)
    return first.name if opened else None


# Function words of every language, lower case (typed.py reads them too).
FUNCTION_WORDS = frozenset(word.lower() for lang in languages.LANGUAGES
                           for word in languages.lookup(lang, "language.function_words") or [])
_NO_HEADS = FUNCTION_WORDS | frozenset(word.lower() for lang in languages.LANGUAGES
                                       for word in languages.lookup(lang, "facts.opener_not_heads") or [])
_DESCRIBED_OPENER = re.compile(r"(?:[\w-]+\s+)?(?:" + languages.alternation("facts.list_description_articles")
                               + r")\s+(?:[\w-]+\s+){0,2}[\w-]+", re.I)


def titles(src: str, party: Party | EntityMention) -> bool:
    """Whether the organisation stands before a title ("Google前执行长", "OpenAI CEO")."""
    return party.label == "ORG" and _TITLE_BEFORE_NAME.match(src, party.end) is not None


def titled_person(src: str, org: Party | EntityMention, mentions: Sequence[Party | EntityMention]) -> Party | None:
    """The person whose title the organisation only qualifies ("Google前执行长艾瑞克·施密特",
    "DeepMind co-founder Mustafa Suleyman"), where it does."""
    if org.label != "ORG":
        return None
    title = _TITLE_BEFORE_NAME.match(src, org.end)
    person = next((m for m in mentions if title is not None and m.label == "PERSON" and m.start == title.end()), None)
    if person is None:
        return None
    return person if isinstance(person, Party) else Party(person.name, person.label, person.start, person.end)


def _speaker(src: str, party: Party, end: int) -> bool:
    """Whether the party speaks in a clause of its own after the one a description stands in:
    "Das Unternehmen wird ... bewertet, wie Mistral am Dienstag mitteilte", "..., OpenAI said"."""
    return (_SPEAKER_BEFORE.search(src, max(0, party.start - 8), party.start) is not None
            and _SPEAKER_AFTER.match(src, party.end, end) is not None)


def _boards(src: str, start: int, end: int, found: list[Party], context: Context) -> list[Party]:
    """The sentence's definite boards ("the board", "des Verwaltungsrats"), each standing
    for the organisation whose board the text named last, in this sentence or before; a
    board the text never tied to an organisation stands for none."""
    named = [(p.end, p.name) for p in found if p.label == "ORG" and not p.derived
             and _BOARD_AFTER.match(src, p.end, end)]
    named += [(p.start, p.name) for p in found if p.label == "ORG" and not p.derived
              and _BOARD_BEFORE.search(src[max(start, p.start - 40): p.start])]
    named.sort()
    boards = []
    for match in _DEFINITE_BOARD.finditer(src, start, end):
        if any(p.start < match.end() and match.start() < p.end for p in found):
            continue  # "the OpenAI board", "OpenAI董事会": named, not definite
        of = _OF_NAME.match(src, match.end(), end)
        if of is not None and any(p.start == of.end() and p.label == "ORG" for p in found):
            continue  # "the board of Reddit", "Der Verwaltungsrat von OpenAI": named after
        before = [name for pos, name in named if pos <= match.start()]
        if before:
            context.board = before[-1]
        if context.board is not None:
            boards.append(Party(context.board, "ORG", match.start(), match.end(), derived=True, board=True))
    if named:
        context.board = named[-1][1]
    return boards


# How often the document must name the organisation it is about, more often than any other.
MAIN_MENTIONS = 3


def main_organisation(src: str, sentences: Sequence[Sentence], mentions: Sequence[EntityMention],
                      publishers: frozenset[str] = frozenset()) -> str | None:
    """The organisation the document is about, which a post or a happening told with no
    organisation is at ("was named chief scientist in May", "the startup"): the one it names
    most, at least MAIN_MENTIONS times, where it names it twice as often as any other or its
    headline opens with it ("OpenAI's technology chief Mira Murati quits", "Nvidia to buy Israeli
    AI startup Run:ai"). A publisher is none; of a tie, the one the headline opens with, else none. (Not
    the one a headline opens with that the text names less: "Google buys Mandiant" is Mandiant's story.)"""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.label == "ORG" and mention.name not in publishers:
            counts[mention.name] = counts.get(mention.name, 0) + 1
    if not counts or not sentences:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    main, most = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if most < MAIN_MENTIONS:
        return None
    if most >= 2 * runner_up:
        return main
    # (After a compound that only owns it: "Softbank-Tochter Arm glänzt beim Börsendebüt", "SoftBank-backed Arm".)
    start, end = sentences[0].start, sentences[0].end
    tied = {name for name, count in ranked if count == most}
    opening = next((m for m in mentions if start <= m.start < end and m.label == "ORG" and m.name in tied), None)
    main = opening.name if opening is not None else main
    before = src[start: opening.start].strip(" \t\n\"'“„«‘") if opening is not None else None
    return main if before is not None and (not before or _OWNING_COMPOUND.fullmatch(before)
                                           or _KICKER.fullmatch(before)) else None


_OWNING_COMPOUND = re.compile(r"[\w.&]+-\w+")
# (Nor after a kicker put before a colon: "Fernwartung aus Göppingen: TeamViewer startet an der Börse".)
_KICKER = re.compile(r"[^.!?。！？:：\n]{1,60}[:：]")
