"""Facts read from a cue word and the parties and amounts around it: investments and
stakes in the voices each language's data lists, valuations, revenue, market value
changes, funding rounds and foundings."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Any

from ainews_cli import han, languages
from ainews_cli.facts.amounts import Amount
from ainews_cli.facts.clauses import (
    CLAUSE_BREAK,
    CLAUSE_MARK,
    COMMA,
    CONTRAST,
    IN_CLAUSE,
    IN_PART,
    IN_PART_CHAR,
    LIST_JOINER,
    PART_END,
    appositions,
    only_comma,
    relative_clauses,
)
from ainews_cli.facts.parties import (
    AGENT_BEFORE,
    DEAL_OBJECT,
    FUNCTION_WORDS,
    OBJECT_BEFORE,
    Here,
    Party,
    at_venue,
    describes,
    exchange_name,
    listed,
    named_as_agent,
    titled_person,
    titles,
)
from ainews_cli.facts.roles import CO_FOUNDED
from ainews_cli.records import (
    Fact,
    FactDate,
    FactDetails,
    Founded,
    Investment,
    Stake,
    SubjectAmount,
    TimeExpression,
    ValueChange,
)

# The kinds read from a cue word; each kind's cue words come from every language.
# A listing that raised money is a round of the company that listed ("The IPO raised $1.5 billion", "Der
# Börsengang brachte rund 1,55 Milliarden Dollar ein"), its owner written with it or the one the text is about.
_LISTING_ROUND = languages.patterns("facts.listing_round_patterns")
_CUE = {kind: re.compile(languages.bounded([*languages.patterns(f"facts.cue_patterns.{kind}"),
                                            *(_LISTING_ROUND if kind == "funding_round" else [])],
                                           r"(?<![\w-])", r"(?![\w-])"), re.I)
        for kind in ("founded", "investment", "stake", "valuation", "revenue", "market_value_change", "funding_round")}
_LISTING_CUE = re.compile(languages.either(_LISTING_ROUND), re.I)
# A value at a listing's price ("zum Ausgabepreis", "按发行价计算").
_AT_OFFER_PRICE = re.compile(languages.alternation("facts.offer_price_value_patterns"), re.I)
_UNIT_AFTER = re.compile(languages.either(languages.words("facts.founded_unit_suffixes")))
_PARTIES = {"ORG", "PERSON", "PRODUCT"}
_SUBJECTS = {"ORG", "PRODUCT"}  # what has a valuation, revenue, a round or a market value
_LOSS = re.compile(languages.bounded(languages.patterns("facts.loss_patterns")), re.I)
_GAIN = re.compile(languages.bounded(languages.patterns("facts.gain_patterns")), re.I)
_OF_OWNER = re.compile(r"\s+(?:" + languages.alternation("facts.role_org_prepositions") + r")\s+(?:(?:"
                       + languages.alternation("facts.target_articles") + r")\s+)?", re.I)
# Opening the clause right after a founding, its founder's title before a name: "…成立，创始人朱江明".
_FOUNDER_TITLED = re.compile(r"(?<=[，,；;])\s*(?:" + languages.alternation("facts.founder_title_patterns") + r")\s*")
# A verb cue its subject follows (German verb second): "Binnen einer Woche verlor Wirecard … an Wert".
_SUBJECT_AFTER_CUE = re.compile(languages.alternation("facts.subject_after_cue_patterns"))
# Between a party and a round: the party led or joined it, it raised nothing ("阿里巴巴领投").
_LEADS = re.compile(languages.bounded(languages.patterns("facts.lead_patterns")), re.I)
# ... or right before the party, its verb put first ("beteiligte sich die Geely Holding an einer Finanzierungsrunde").
_JOINED_BEFORE = re.compile(r"(?:" + languages.alternation("facts.joined_before_patterns") + r")$", re.I)
# Between an investor and the amount: the round's sum, not the investor's share ("it led a $170 million investment").
_LED_SUM = re.compile(languages.bounded(languages.patterns("facts.led_sum_patterns")), re.I)
# Right after a party: it put money in ("… and Thrive Capital took part"), so it got none.
_TOOK_PART = re.compile(r"⟧?\s*(?:" + languages.alternation("facts.took_part_patterns") + r")", re.I)
_AGENT_WORD = re.compile(languages.bounded(languages.patterns("facts.agent_patterns")), re.I)
_PASSIVE_BY = re.compile(r"\s+(?:" + languages.either(languages.latin(languages.words("facts.founded_by"))) + r")\b",
                         re.I)
# Between a list's joiner and the next founder, a few words that describe them: "and his sister", "and
# former DeepMind executive".
_LIST_GOES_ON = re.compile(r"(?:(?!(?:" + languages.alternation("facts.founded_by") + r")\b)[\w.&'-]+\s+){0,4}")
# After a name, the word that follows it; the function words of every language; what makes those a founding was
# "with" its backers.
_WORD_AFTER = re.compile(r"\s+((?-i:[a-zäöüß])[\w-]*)")
_NOT_FOUNDERS = re.compile(languages.either(languages.patterns("facts.founders_not_listed_patterns")), re.I)
# After a listed founder, an apposition set off by commas: "Naveen Rao|, its chief executive|, and".
_LISTED_ASIDE = re.compile(r"\s*,[^,;:]{1,80}?(?=\s*,)")
# Right after a founding (and its organisation and year), the word before those who founded it too:
# "co-founded Oracle in 1977 with Bob Miner and Ed Oates", "started Facebook in 2004 in his Harvard dormitory with".
_FOUNDED_WITH = re.compile(r"[^,;:.]{0,40}?(?<![\w-])(?:" + languages.alternation("facts.founded_with") + r")\s+")
# ... and a possessive that describes the first of them: "mit seiner damaligen Frau Natalja Kasperskaja".
_FOUNDED_WITH_DESCRIBED = re.compile("(?:" + languages.alternation("facts.founded_with_description_patterns") + ")")
_FOUNDED_BY_AFTER = re.compile(
    IN_PART_CHAR + r"{0,60}?(?:(?<![\w-])|(?<=[" + han.HAN + r"]))(?:" + languages.alternation("facts.founded_by")
    + r")(?:\s+|(?<=[" + han.HAN + r"]))")
# After a founding, the words that name some of its founders: "von fünf ehemaligen IBM-Mitarbeitern gegründet
# worden, darunter Dietmar Hopp und Hasso Plattner", "founded by a group of researchers, including".
_FOUNDERS_INCLUDING = re.compile(IN_PART_CHAR + r"{0,40}?[,，]\s*(?:"
                                 + languages.alternation("facts.founders_including")
                                 + r")(?:\s+|(?=[" + han.HAN + r"]))", re.I)
# A year told relative to the day of writing: "去年4月", "last year", "im vergangenen Jahr".
_RELATIVE_YEAR = re.compile(languages.bounded(languages.patterns("facts.relative_year_patterns")), re.I)
_FOUNDED_BY_WORD = re.compile(r"\b(?:" + languages.alternation("facts.founded_by") + r")\s+", re.I)
# Another verb's participle right before that "by" makes it that verb's agent: "founded in 2018, is
# chaired by Sheikh Tahnoon", "founded in 2018 and backed by Mubadala", "gegründet und geleitet von".
_OTHER_AGENT = re.compile(r"\b(?:" + languages.alternation("facts.other_agent_patterns") + r")\s+\S+\s*$")
# A deal in a valuation's clause makes its amount a price: "a deal valued at", "Die Übernahme wird mit …
# bewertet", "交易估值".
_DEAL = re.compile(languages.bounded(languages.words("facts.deal_nouns")), re.I)
_DEAL_AFTER_CUE = re.compile(r"\s+(?:(?:" + languages.alternation("facts.target_articles") + r")\s+)?"
                             + languages.bounded(languages.words("facts.deal_nouns")), re.I)
# Opening the valuation's sentence, maybe after a short phrase put first, a demonstrative for what the sentence
# before told: "At the time, that valued" (not the relative "that" of "a Series A, led in June by ..., that valued").
_THAT_VALUED = re.compile(r"\s*(?:[^,;:]{0,30},\s*)?(?:" + languages.alternation("facts.demonstrative_subjects")
                          + r")\s+", re.I)
_DEAL_OF = re.compile(languages.bounded(languages.words("facts.deal_nouns")) + r"\s*(?:[\w-]+\s+){0,3}?(?:"
                      + languages.alternation("facts.object_prepositions") + r")\s+(?:(?:"
                      + languages.alternation("facts.target_articles") + r")\s+)?$", re.I)
# After a name, a word that goes on with it ("Microsoft AI", "Google Cloud").
_NAME_GOES_ON = re.compile(r"[ -](?:" + languages.alternation("facts.name_continuations") + r")(?![A-Za-z0-9-])")
# Between a founder and the cue, a relative pronoun: "Musk, who co-founded OpenAI".
_WHO = re.compile(r"\s*,\s*(?:" + languages.alternation("facts.who_founded") + r")\s+" + IN_CLAUSE.pattern, re.I)
# Between a founder and the cue, or what was founded, a relative clause set aside: "Suleyman, who left Google last
# year, has since co-founded", "Hassabis, der die Firma als Vorstandschef führt, hatte bereits 1998 das Spielestudio
# Elixir Studios gegründet".
_WHO_ASIDE = re.compile(r"\s*,\s*(?:" + languages.alternation("facts.who_founded") + r")\s+" + IN_CLAUSE.pattern
                        + r",\s*(?:[\w-]+\s+){0,5}", re.I)
# An aside between founders and their founding's cue, and how far it may reach; an auxiliary may follow it
# ("Bankman-Fried, ein früherer Händler der Investmentfirma Jane Street, hatte FTX 2019 … gegründet").
_ASIDE = re.compile(r"\s*,\s*" + IN_CLAUSE.pattern + r",\s*(?:(?:"
                    + languages.alternation("facts.founded_active_patterns") + r")\s+)?", re.I)
_ASIDE_REACH = 80
# Opening the sentence before a founder's name set off by commas, the post that names the same subject: "Its
# chairman, Charles Dunstone, co-founded Carphone Warehouse".
_TITLED_SUBJECT = re.compile(r"\s*(?:" + languages.alternation("facts.titled_subject_patterns") + r")", re.I)
# The languages whose clauses leave out a subject the sentence told before (Chinese).
_SUBJECT_CARRIES = frozenset(lang for lang in languages.LANGUAGES
                             if languages.lookup(lang, "facts.subject_carries_over_clauses"))
# Right before an organisation: the one a founding split from ("自華邦電分割成立"), not the one founded.
_FOUNDED_ORIGIN = re.compile(r"(?:" + languages.alternation("facts.founded_origin_patterns") + r")\s*$", re.I)
# ... or the employer of a founder or chief it names ("Gegründet hat der Gründer des Telekomkonzerns Iliad das Labor").
_FOUNDED_EMPLOYER = re.compile(r"(?:" + languages.alternation("facts.founded_employer_patterns") + r")\s*$", re.I)
# Before a founding, the word that names its founders: "von Acorn, Apple und VLSI gegründet", "由苏莱曼…创立".
_FOUNDED_AGENT = re.compile(languages.bounded(languages.patterns("facts.founded_agent_patterns"), r"\b", r"\s+")
                            + r"\s*", re.I)
# After a founding's cue, the description of what it founded before its name ("co-founded the startup
# Inflection AI"), or an organisation it does not name ("成立合资公司", "founded a joint venture").
_FOUNDED_RELATIVE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.founded_relative_subject_patterns")
                               + r")$", re.I)
# Right before a founding's verb, the "and" of a predicate the people the sentence opens with share ("Tenev and Bhatt
# met as students at Stanford University and founded the company").
_FOUNDERS_COORDINATED = re.compile(r"(?:" + languages.alternation("facts.founders_coordinated_patterns") + r")$", re.I)
_FOUNDED_COORDINATED = re.compile(r"\s+(?:" + languages.alternation("facts.founded_coordinated_patterns") + r")$", re.I)
_FOUNDED_PREPOSITION = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.founded_preposition_patterns")
                                  + r")\s+(?:the\s+|der\s+|dem\s+)?$", re.I)
# Between a name and the one right after it, a relative clause's opening whose subject that one is: "Calico, which
# Google founded", "den Google gegründet hatte"; or may be ("das Google gegründet hatte": das is either); not a
# passive one ("das … gegründet worden war").
_FOUNDED_RELATIVE_OBJECT = re.compile(
    r"[,，]\s*(?:" + languages.alternation("facts.founded_relative_object_patterns")
    + r"|(?P<either>" + languages.alternation("facts.founded_relative_either_patterns") + r"))\s+$", re.I)
_PASSIVE_AFTER = re.compile(r"\s+(?:" + languages.alternation("facts.founded_passive_patterns") + r")(?![\w-])", re.I)
_FOUNDED_OBJECTS = languages.patterns("facts.founded_object_patterns")
_FOUNDED_OBJECT = re.compile(r"\s+(?:" + languages.either(languages.latin(_FOUNDED_OBJECTS)) + r")\s+|(?:"
                             + languages.either(languages.cjk(_FOUNDED_OBJECTS)) + ")", re.I)
_FOUNDED_ACTIVE = re.compile(r"\s+(?:" + languages.alternation("facts.founded_active_patterns")
                             + r")\s+(?!(?:been|worden)(?![\w-]))", re.I)
_ARTICLE_AFTER = re.compile(r"\s+(?:" + languages.alternation("facts.target_articles") + r")\s", re.I)
_FOUNDED_TIME_CLAUSE = re.compile(languages.alternation("facts.founded_time_clause_patterns"))
_UNNAMED_FOUNDED = re.compile(r"\s*(?:" + languages.alternation("facts.founded_unnamed_patterns") + r")(?![\w-])",
                              re.I)
# "Das 2023 gegründete Pariser Start-up Mistral AI": a participle before its noun, the
# organisation a few words after it.
_ATTRIBUTIVE = re.compile(languages.either(languages.patterns("facts.founded_attributive_patterns")), re.I)
# Right after a founding's cue, a name written in capitals: what was founded, though no entity names it.
_UNKNOWN_NAME = re.compile(r"[ \t]?(?-i:[A-Z])[\w-]*")
# The languages in which only names are written so (not German, which capitalises its nouns: "das 2023
# gegründete Pariser Start-up").
_NAMES_CAPITALISED = frozenset(lang for lang in languages.LANGUAGES
                               if languages.lookup(lang, "facts.only_names_capitalised"))
_FEW_WORDS = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
# A share told as held ("所持"), though what the sentence plans is its sale.
_HELD_SHARE = re.compile(languages.alternation("facts.held_share_patterns"))
# Words that tell a fact as a plan, a wish, talks or a threat, or an amount as a forecast
# ("expects revenue of", "rechnet mit einem Umsatz von", "预计"): no fact.
_HEDGE = re.compile(languages.bounded(languages.patterns("facts.unreal_patterns")
                                      + languages.patterns("facts.forecast_patterns")), re.I)
# Valuation cues that value only the name right before them, or after a copula: "left Apple worth more
# than $3.1 trillion", "OpenAI is now worth"; not "ordered Nvidia chips worth $10 billion".
_ADJACENT_CUE = re.compile(languages.either(languages.patterns("facts.adjacent_valuation_patterns")), re.I)
# (An aside between commas may stand between: "Microsoft, for its part, is worth".)
_NEXT_TO = re.compile(r"(?:(?:'s|’s)?(?:,[^,.;:⟦⟧]{1,24},)?[\s,]*(?:(?:" + languages.alternation("facts.role_copulas")
                      + r"|"
                      + languages.alternation("facts.copula_adverbs") + r")\s+){0,3})", re.I)
# The word right before a name: a verb put before its subject ("stieg Alibabas Börsenwert").
_WORD_BEFORE = re.compile(r"(?<![\w-])(\w+)\s+$")
# A loss or gain right before a market value's cue: "einem Verlust an Börsenwert von", "a loss in market value
# of": the amount after it is the change, not the level its "von", "of" would lead to.
_CHANGE_BEFORE = re.compile(f"(?:{_LOSS.pattern}|{_GAIN.pattern})\\s*$", re.I)
# Right before an amount of market value, a word that makes it a level, not a change: "rose to $3
# trillion", "mit einem Börsenwert von", "突破3万亿美元".
_LEVEL_BEFORE = re.compile(languages.bounded(languages.patterns("facts.level_patterns")) + r"\s*$", re.I)
_DEAL_CIRCUMSTANCE = re.compile("(?:" + languages.alternation("facts.deal_circumstance_patterns") + ")$", re.I)
# Around a market value's cue, words that make it the worth of what was told ("以市值计约值164亿美元";
# facts.worth_measure_patterns).
_WORTH_MEASURE = re.compile(languages.bounded(languages.patterns("facts.worth_measure_patterns")), re.I)
# Money raised to date, a sum of rounds ("to date", "insgesamt", "累计"), and the nouns that name one
# round ("the largest round to date", "die bisher größte Finanzierungsrunde").
_TOTAL = re.compile(languages.bounded(languages.patterns("facts.total_patterns")), re.I)
_OFFERING = re.compile(languages.bounded(languages.patterns("facts.offering_patterns")), re.I)
_DEBT = re.compile(languages.bounded(languages.patterns("facts.debt_patterns")), re.I)
_ROUND_NOUN = re.compile(languages.bounded(languages.patterns("facts.round_patterns"), r"\b", r""), re.I)
_HEDGE_AFTER = re.compile(languages.bounded(languages.patterns("facts.forecast_after_patterns")), re.I)
# Between a revenue cue and its amount, a verb of change and the word that leads to the level it reached.
_CHANGED_TO = re.compile(r"\s*(?:" + languages.alternation("facts.changed_to_patterns") + r")\s*", re.I)
# ... or past the period it is for, a verb of being: "revenue for the fiscal year that ended in March 2021 was".
_PERIOD_LEVEL = re.compile(r"\s*(?:" + languages.alternation("facts.period_level_patterns") + r")\s*", re.I)
# After that level, up to the level it changed from: "rose to $404.5 million last year from $58.7 million".
_CHANGED_FROM = re.compile(r"(?:" + languages.alternation("facts.changed_from_patterns") + r")\s*", re.I)
# ... or, after a level, up to the level of the year it is compared with, a verb of change after that: "营收为13.52
# 亿元，较上一年的6.71亿元增长".
_BASELINE_LEVEL = re.compile(r"(?:" + languages.alternation("facts.baseline_level_patterns") + r")\s*")
_BASELINE_CHANGE = re.compile(languages.alternation("facts.baseline_change_patterns"))
# After a revenue's level and the period it is for, up to the next period's: "$2.59 billion for the fourth quarter
# and $7.87 billion for 2013".
_NEXT_PERIOD = re.compile(r"(?:" + languages.alternation("facts.next_period_patterns") + r")\s*", re.I)
# Between that earlier level and the date phrase that dates it, a preposition at most: "from $58.7 million in 2015".
_DATED_BY = re.compile(r"\s*(?:(?:" + languages.alternation("facts.object_prepositions") + r")\b)?\s*", re.I)
# Words that tell a valuation, revenue, round or market value as what may be: "would", "könnte", "可能".
_CONDITIONAL = re.compile(languages.bounded(languages.patterns("facts.conditional_patterns")), re.I)
# Between an owner and what it owns: "Nvidia's market value", "Nvidias Börsenwert", "OpenAI的营收",
# "英伟达市值"; a space alone ties nothing ("Microsoft raised").
_POSSESSIVE = r"(?:" + languages.alternation("facts.possessive_suffixes") + r")"
_OWNER = re.compile(r"(?:" + _POSSESSIVE + r"\s?)?(?:(?:" + languages.alternation("facts.owner_period_patterns")
                    + r")\s+){0,2}", re.I)
# ... with the possessive written, an amount after it: "led Instagram's $7 million Series A round".
_POSSESSIVE_OWNER = re.compile(_POSSESSIVE + r"\s?", re.I)
# After a name, what makes it qualify a noun rather than tell who: a possessive, a
# hyphen, or a role ("Google前执行长艾瑞克·施密特", "OpenAI CEO Sam Altman").
_ROLE_WORDS = sorted((re.escape(word) for word in languages.table("facts.roles")), key=len, reverse=True)
_QUALIFIES = re.compile(_POSSESSIVE + r"(?!\w)\s|-\w|\s*(?:(?:"
                        + languages.alternation("facts.role_qualifier_patterns") + r")\s*)?(?:"
                        + languages.either(_ROLE_WORDS) + r")(?![a-z])", re.I)
# After a name, words that make it a modifier of another noun: in "Amazon-backed OpenAI rival
# Anthropic" and "ChatGPT maker OpenAI" the target is not the first name.
_MODIFIED = re.compile(r"(?:-(?!(?:" + languages.alternation("facts.own_share_nouns") + r")\b)\w|\s*(?:"
                       + languages.alternation("facts.modifier_heads") + r")(?![\w-]))", re.I)
# ... in Chinese, with no space after the noun: "台塑集团旗下的DRAM厂" (not Formosa's), "校内网创始人王兴".
_MODIFIED_UNSPACED = re.compile(languages.either(languages.cjk(languages.words("facts.modifier_heads"))))
# After a share, words that make it a share of the votes, not of the company ("25% of the voting rights").
_VOTING_SHARE = re.compile(r"\s*(?:" + languages.alternation("facts.voting_share_patterns") + r")", re.I)
# Before a share, words that make it a ceiling, no share held ("up to 50.1%").
_SHARE_CAP = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.share_cap_patterns") + r")\s*$", re.I)
# Before a holder, a genitive after a noun: the holder is that noun's attribute, not the one holding ("Der mexikanische
# Konzern des Milliardärs Carlos Slim hielt damals knapp 30 Prozent an KPN").
_GENITIVE_HOLDER = re.compile(r"\S\s+(?:" + languages.alternation("facts.genitive_articles") + r")\s+[\w-]+\s+$")
_JOINER = re.compile(r"\s*(?:,|;|\b(?:" + languages.alternation("facts.role_joiners") + r")\b)", re.I)
# Right before an investment's cue, a word that points back to one told ("and completed that investment").
_BACK_POINTER = re.compile("(?:" + languages.bounded(languages.words("facts.back_pointers")) + r")\s*$", re.I)

# The marks that stand for a party (P), an amount of money (M) and a percentage (Q) in
# a sentence the voices are matched against; {gap} never crosses a mark.
_POSSESSIVES = frozenset(languages.words("facts.possessive_pronouns"))
_MARK = {"investor": "P", "target": "P", "holder": "P", "subject": "P", "amount": "M", "percent": "Q"}
# {more}: the further names of a list that a voice's slot opens ("an den KI-Start-ups Aleph Alpha,
# Anthropic und Cohere beteiligt"), one or more.
# {priced}: as {gap}, and it may pass the price of one share, which is no amount of the deal
# ("以每股7.50美元的价格认购").
_GAPS = {"gap": r"[^⟦⟧;；]{0,60}?", "near": r"[^⟦⟧;；]{0,25}?", "more": f"(?:(?:{LIST_JOINER.pattern})⟦P\\d+⟧)+",
         "priced": r"(?:[^⟦⟧;；]|(?<=每股)⟦M\d+⟧){0,60}?"}


class _Voice:
    """A voice from the data files, its {slots} as named groups (a second {amount} is
    amount_2), with strings every match of it holds (``anchors``, one of them at least):
    a sentence that holds none is not searched.  Most sentences that name two parties
    hold no word of most voices, and searching one for a voice's {gap}s is slow."""

    def __init__(self, pattern: str) -> None:
        counts: dict[str, int] = {}

        def slot(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in _GAPS:
                return _GAPS[name]
            counts[name] = counts.get(name, 0) + 1
            group = name if counts[name] == 1 else f"{name}_{counts[name]}"
            return f"⟦{_MARK[name]}(?P<{group}>\\d+)⟧"

        self.pattern = re.compile(re.sub(r"\{([a-z_]+)\}", slot, pattern), re.I)
        self.anchors = _anchors(self.pattern)

    def finditer(self, marked: _Marked) -> Iterator[re.Match[str]]:
        if self.anchors is not None and marked.lowered is not None \
                and not any(anchor in marked.lowered for anchor in self.anchors):
            return iter(())
        return self.pattern.finditer(marked.text)


# The characters IGNORECASE matches to a letter whose lower case they do not hold ("ı" to
# "i", "ſ" to "s"): a sentence that holds one is searched for every voice (a test checks
# this list against every character of every anchor).
CASE_ODD = frozenset("ıſ")
_MARK_CHARS = frozenset("⟦⟧")


def _anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings, in lower case, one of which every match of ``pattern`` holds (None: none
    known), read from its parsed form: of its parts in sequence, the one whose strings are
    longest, where a run of literal characters is one string and an alternation gives the
    strings of all its branches.  The marks of parties and amounts do not count: every
    sentence a voice is tried on holds them."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a Python whose engine parses otherwise: every sentence is searched
        return None
    found = _required(parsed)
    return tuple(sorted({anchor.lower() for anchor in found})) if found else None


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """``_anchors`` of a parsed sequence."""
    choices: list[set[str]] = []
    run: list[str] = []
    for op, value in [*items, ("END", None)]:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(value))
            continue
        if run:
            choices.append({"".join(run)})
            run = []
        part: set[str] | None = None
        if name == "SUBPATTERN":
            part = _required(list(value[-1]))
        elif name == "BRANCH":
            branches = [_required(list(branch)) for branch in value[1]]
            part = set().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1:
            part = _required(list(value[2]))
        if part:
            choices.append(part)
    usable = [c for c in choices if not any(_MARK_CHARS & set(s) for s in c)]
    return max(usable, key=lambda c: min(len(s) for s in c), default=None)


@cache
def _voices(path: str, lang: str) -> tuple[_Voice, ...]:
    """The voices at ``path`` of ``lang``'s data file, compiled for the first sentence in that language: an
    English corpus compiles and tries no German or Chinese voice."""
    return tuple(_Voice(p) for p in languages.lookup(lang, path) or ())


_INVESTMENT_VOICES = "facts.investment_patterns"
_INVESTOR_RELATIONS = "facts.investor_relation_patterns"
_STAKE_VOICES = "facts.stake_patterns"
# A purchase of the whole company, no percentage written: "美团全资收购摩拜单车" is a stake of 100 percent.
_WHOLE_STAKES = "facts.whole_stake_patterns"
# A share held with no company named: the company the sentence before is about ("Softbank behält rund 90 Prozent
# der Anteile").
_TOPIC_STAKES = "facts.stake_of_topic_patterns"
# ... and capital put in for one ("认缴出资……，占股"): only where the sentence before tells the company raising it.
_CAPITAL_STAKES = "facts.capital_stake_patterns"
# A round's lead investor, the round named without its company ("The round was led by ...").
_ROUND_LEADS = "facts.round_lead_patterns"
_VALUATION_VOICES = "facts.valuation_patterns"
_REVENUE_VOICES = "facts.revenue_patterns"
_CONTINUATIONS = "facts.investment_continuation_patterns"
# Another amount from another investor, the verb and target of the investment before left out.
_NO_PARTY_TO_THE_END = re.compile(r"[^⟦⟧;；.。]*(?:[;；.。]|$)")
_GAPPED = "facts.investment_gapped_patterns"
# Another company's revenue right after one's, the verb left out: "Nokia setzte 2014 rund 12,7 Milliarden Euro um,
# Alcatel-Lucent rund 13,2 Milliarden Euro".
_REVENUE_GAPPED = "facts.revenue_gapped_patterns"
_GAP_AFTER_REVENUE = 20
# Stock bought with no company named: the company is the one the sentence before is about
# ("Snowflake listed on the New York Stock Exchange ... Berkshire Hathaway and Salesforce Ventures
# each bought $250 million of stock").
_STOCK_PURCHASES = "facts.stock_purchase_patterns"
# ... and capital put in with no company named ("认缴出资10亿元"): only where the sentence before tells the company
# raising it.
_CAPITAL = "facts.capital_patterns"
# A word that gives each investor of a list the same amount: "each bought $250 million", "jeweils", "各".
_EACH = re.compile(languages.bounded(languages.patterns("facts.each_patterns")), re.I)
# The next name of a list: "Microsoft, Reid Hoffman and Nvidia", "Microsoft und Nvidia", "微软、英伟达".
# A name of a list may come with a description before it that is no role ("und der schwedische Rüstungskonzern
# Saab", "the OpenAI Startup Fund"; not "and its founder Bill Gates").
_LIST_DESCRIPTION = (r"(?:(?:" + languages.alternation("facts.list_description_articles") + r")\s+(?:(?!(?:"
                     + languages.either(_ROLE_WORDS) + r")(?![\w-]))[\w-]+\s+){0,3}?)?")
# A name that owns the noun after it is no name of the list: "led by CapitalG, Alphabet's growth fund" (an
# apposition; CapitalG is the fund).
_LIST_NEXT = re.compile(f"(?:{LIST_JOINER.pattern}){_LIST_DESCRIPTION}⟦P(\\d+)⟧(?!['’]s\\b)", re.I)
# Before a party, a word that names it as where money came from: "from General Catalyst", "从阿里巴巴".
_SOURCE_BEFORE = re.compile(languages.bounded(languages.patterns("facts.source_patterns")) + r"\s*$", re.I)
# After a list of names, the words that end it with others: "and others", "und andere", "等".
_OTHERS = re.compile(r"\s*(?:" + languages.alternation("facts.and_others_patterns") + r")(?![\w-])", re.I)
# After a list of targets, what ends it: the clause's end, a preposition ("in 2023"), the investing verb.
_LIST_ENDS = re.compile(r"\s*(?:$|(?:" + languages.alternation("facts.object_prepositions") + r")\b|"
                        + _CUE["investment"].pattern + ")", re.I)
_LIST_BEFORE = re.compile(f"⟦P(\\d+)⟧(?:{LIST_JOINER.pattern})\\Z", re.I)
# ... a list of people with their posts before their names: "董事長蔡文勝及行政總裁吳欣鴻上市前分別持股".
_TITLED_BEFORE = re.compile(f"⟦P(\\d+)⟧(?:{LIST_JOINER.pattern})(?:{languages.either(_ROLE_WORDS)})\\s*\\Z", re.I)
# Between an investment's voice and a coordinated clause that continues it: no party, no stop.
_SAME_CLAUSE = re.compile(r"[^⟦⟧;；.。]{0,40}")


@dataclass(frozen=True)
class _Marked:
    """A sentence with its parties, amounts and percentages replaced by marks."""

    text: str
    positions: tuple[int, ...]  # the body offset of each character of ``text`` (and of its end)
    parties: Sequence[Party]
    amounts: Sequence[Amount]
    percents: Sequence[Amount]
    # ``text`` in lower case, for the voices' anchors; None where it holds a character of CASE_ODD.
    lowered: str | None

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        return self.positions[match.start()], self.positions[match.end()]

    def modified(self, match: re.Match[str], name: str) -> bool:
        """Whether the party in slot ``name`` modifies a noun after it ("OpenAI rival", "OpenAI-Konkurrent")."""
        return self.followed(match, name, _MODIFIED)

    def followed(self, match: re.Match[str], name: str, after: re.Pattern[str]) -> bool:
        """Whether ``after`` matches right after the mark in slot ``name``."""
        group = self._group(match, name)
        return group is not None and after.match(self.text, match.end(group) + 1) is not None

    def preceded(self, match: re.Match[str], name: str, before: re.Pattern[str]) -> bool:
        """Whether ``before`` ends right before the mark in slot ``name`` (``before`` ends in ``$``; the slot's
        group holds the mark's number, after its two opening characters, "⟦Q")."""
        group = self._group(match, name)
        return group is not None and before.search(self.text, 0, match.start(group) - 2) is not None

    @staticmethod
    def _group(match: re.Match[str], name: str) -> str | None:
        return next((g for g in (name, f"{name}_2", f"{name}_3")
                     if g in match.re.groupindex and match.group(g) is not None), None)

    def slot(self, match: re.Match[str], name: str) -> int | None:
        for group in (name, f"{name}_2", f"{name}_3"):
            if group in match.re.groupindex and match.group(group) is not None:
                return int(match.group(group))
        return None


# A name glued to the noun after it modifies that noun ("IBM-Kollegen").
_GLUED = re.compile(r"-\w")
# Before a name, an article and small-letter adjectives with no noun: in a language that writes its nouns
# with a capital the name begins with the description's noun ("die staatliche Exportförderbank Export
# Development Canada"), and is no name we can trust.
_ABSORBED = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.absorbed_noun_articles")
                       + r")\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){1,2}$", re.I)


# The words that open a relative clause and no apposition (German "der", "die" open both: ", der Chipkonzern AMD,").
_ASIDE_OPENER = re.compile(r"[,，]\s*(?:" + languages.alternation("facts.aside_openers") + r")(?![\w-])", re.I)


def _asides(here: Here, amounts: Sequence[Amount]) -> list[tuple[int, int]]:
    """The relative clauses and appositions of the sentence that close before its end and tell no deal:
    no amount or share, no cue of an investment, a stake or a round ("whose chief executive is Andy
    Jassy", "which the OpenAI Startup Fund also backs", "the owner of Condé Nast"; not "which invested
    $10 billion in OpenAI", "who held 40 percent of VMware")."""
    deal = [_CUE[kind] for kind in ("investment", "stake", "funding_round")]
    clauses = [(s, e) for s, e in relative_clauses(here.src, here.start, here.end) if _ASIDE_OPENER.match(here.src, s)]
    found = []
    for s, e in clauses + appositions(here.src, here.start, here.end):
        if e >= here.end or not here.src[e: here.end].strip(" .。"):
            continue
        if any(s <= a.start < e for a in amounts) or any(c.search(here.src, s, e) for c in deal):
            continue
        found.append((s, e))
    return found


# The rest of a compound noun a name opens ("Google-Mutter", "OpenAI-Geldgeber"); not a word of a voice
# ("Microsoft-backed OpenAI").
_COMPOUND_REST = re.compile(r"-[A-ZÄÖÜ][\w-]*\s+")


def _names_another(here: Here, party: Party) -> bool:
    """Whether the party only modifies the noun it is glued to, the name right after that noun being
    the one meant: "die Google-Mutter Alphabet", "der OpenAI-Geldgeber Microsoft". (A person after it is
    read by the lists of voices: "Nvidia und OpenAI-Chef Sam Altman".)"""
    rest = _COMPOUND_REST.match(here.src, party.end)
    return rest is not None and any(m.start == rest.end() and m.label == "ORG" for m in here.mentions)


def _mark(here: Here, amounts: Sequence[Amount], percents: Sequence[Amount]) -> _Marked:
    # A possessive pronoun stays a word ("OpenAI and its investor Microsoft"); roles read it.
    # Nor a place, which no voice takes as a party and which only says where one is ("bewertet das Start-up
    # aus Toronto mit"), nor a nationality or another name of no party ("HTC, a Taiwanese phone maker, bought"), nor
    # another name glued to the word after it ("vom US-Wagniskapitalgeber General Catalyst").
    # Nor a name inside a relative clause that tells no deal and that the sentence goes on after: the voices read
    # past "Amazon, whose chief executive is Andy Jassy, has put $4 billion into Anthropic".
    # Nor a name glued to a noun that another name follows ("von der Google-Mutter Alphabet"): that one is the party.
    aside = _asides(here, [*amounts, *percents])
    items = sorted([(p.start, p.end, f"⟦P{i}⟧") for i, p in enumerate(here.mentions)
                    if here.src[p.start: p.end].lower() not in _POSSESSIVES
                    and not (p.label in ("LOC", "MISC") or (p.label not in _PARTIES and _GLUED.match(here.src, p.end)))
                    and not _names_another(here, p)
                    and not any(s < p.start and p.end <= e for s, e in aside)]
                   + [(a.start, a.end, f"⟦M{i}⟧") for i, a in enumerate(amounts)]
                   + [(a.start, a.end, f"⟦Q{i}⟧") for i, a in enumerate(percents)]
                   # An aside a comma closes is left out with that comma, so the voices read the clause around
                   # it whole: "Character.AI, which lets users talk to characters ..., raised $150 million".
                   + [(s, e + 1, "") for s, e in aside if here.src[e] in COMMA]
                   + _glosses(here),
                   key=lambda item: (item[0], -item[1]))
    text: list[str] = []
    positions: list[int] = []
    pos = here.start
    for start, end, mark in items:
        if start < pos:
            continue  # overlaps an item already marked
        text.append(here.src[pos:start])
        positions.extend(range(pos, start))
        if not mark:
            pos = end
            continue
        text.append(mark)
        positions.extend([start] * (len(mark) - 1) + [end - 1])
        pos = end
    text.append(here.src[pos: here.end])
    positions.extend(range(pos, here.end + 1))
    joined = "".join(text)
    lowered = None if CASE_ODD.intersection(joined) else joined.lower()
    return _Marked(joined, tuple(positions), here.mentions, amounts, percents, lowered)


# Brackets around a name, right after another name: "软银愿景基金二期（SoftBank Vision Fund 2）" (read folded).
_GLOSS_OPENS = re.compile(r"[ \t]*[(（][ \t]*")
_GLOSS_CLOSES = re.compile(r"[ \t]*[)）]")


def _glosses(here: Here) -> list[tuple[int, int, str]]:
    """A name glossed in brackets by another form of it ("软银愿景基金二期（SoftBank Vision Fund
    2）领投"), left out so the voices read one party where the sentence names one."""
    mentions = sorted(here.mentions, key=lambda p: p.start)
    left = []
    for first, gloss in pairwise(mentions):
        if first.name == gloss.name and _GLOSS_OPENS.fullmatch(here.src, first.end, gloss.start) \
                and (closes := _GLOSS_CLOSES.match(here.src, gloss.end, here.end)) is not None:
            left.append((first.end, closes.end(), ""))
    return left


def typed(here: Here, amounts: Sequence[Amount], percents: Sequence[Amount]) -> list[Fact]:
    """The sentence's typed facts; ``amounts`` and ``percents``: its money_amounts and
    percent_amounts, read once for these and for the plain amounts."""
    # A board stands for its organisation in a role ("chairman of the board"), never in a deal.
    here = replace(here, mentions=[p for p in here.mentions if not p.board])
    facts: list[Fact] = []
    marked = _mark(here, amounts, percents)
    for kind, cue in _CUE.items():
        if kind == "investment":
            found = _investments(here, marked)
        elif kind == "stake":
            found = _stakes(here, marked)
        elif kind in ("valuation", "revenue"):
            found = _voiced(here, marked, kind)
            # The cue's party before the amount is a guess where a voice names the subject after the cue.
            claimed = {f.details.amount_text for f in found if isinstance(f.details, SubjectAmount)}
            found += [fact for match in cue.finditer(here.src, here.start, here.end)
                      if (fact := _TYPED[kind](here, match, amounts, percents)) is not None
                      and isinstance(fact.details, SubjectAmount) and fact.details.amount_text not in claimed]
        else:
            found = [fact for match in cue.finditer(here.src, here.start, here.end)
                     if (fact := _TYPED[kind](here, match, amounts, percents)) is not None]
        for fact in found:
            if all((f.kind, f.start, f.details) != (fact.kind, fact.start, fact.details) for f in facts):
                facts.append(fact)
    facts += _gapped_revenue(here, marked, facts)
    facts = _with_listed_periods(here, _with_earlier_levels(here, facts, amounts), amounts)
    facts = _rounds_of_targets(here, facts)
    raised = {f.details.subject for f in facts if f.kind == "funding_round" and isinstance(f.details, SubjectAmount)}
    if here.round is None and len(raised) == 1:
        # The round told in this very sentence is the one a clause after it joins: "该公司完成5亿美元A轮融资，
        # 英特尔资本、宁德时代、哔哩哔哩等参与投资".
        facts += _new_leads(replace(here, round=next(iter(raised))), marked, facts)
    return _one_claim_each(_fullest_founding([fact for fact in facts if not _hedged(here, fact)
                                              and not _a_total(here, fact) and not _per_share(here, fact)]))


def _per_share(here: Here, fact: Fact) -> bool:
    """Whether a valuation's, revenue's or round's amount is the price of one share ("valuing Fitbit at
    $7.35 a share", "每股48港元")."""
    told = fact.details.amount_text if isinstance(fact.details, SubjectAmount) else None
    at = here.src.rfind(told, fact.start, max(fact.end, fact.start + len(told))) if told else -1
    return at >= 0 and (_PER_SHARE_AFTER.match(here.src, at + len(told or "")) is not None
                        or _PER_SHARE_BEFORE.search(here.src, max(here.start, at - 24), at) is not None)


def _rounds_of_targets(here: Here, facts: list[Fact]) -> list[Fact]:
    """A valuation or a funding round is its target's, never its investor's: in "Mistral AI
    raised €600 million from General Catalyst at a valuation of €5.8 billion", "月之暗面从阿里巴巴
    获得10亿美元融资，估值25亿美元" the organisation told last before the cue invested; the
    one it invested in is valued. An investor of several targets leaves no guess, and so
    does one named only as where money came from ("sammelte … von General Catalyst ein, bei
    einer Bewertung von"), where no voice told whom it invested in."""
    targets: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact.details, Investment) and fact.details.target is not None:
            targets.setdefault(fact.details.investor, set()).add(fact.details.target)
    # The one that raised the sentence's round, where one did: "寒武纪完成1亿美元A轮融资，由国投创业领投，阿里巴巴等
    # 机构跟投，公司估值达到约10亿美元" values Cambricon, not a lead.
    raised = {f.details.subject for f in facts if f.kind == "funding_round" and isinstance(f.details, SubjectAmount)
              and not _leads(here, f.details.subject) and not _only_a_source(here, f.details.subject)}
    kept = []
    for fact in facts:
        details = fact.details
        if fact.kind == "valuation" and isinstance(details, SubjectAmount) and details.subject not in targets \
                and len(raised) == 1 and (_only_a_source(here, details.subject) or _leads(here, details.subject)):
            fact = replace(fact, details=replace(details, subject=next(iter(raised))))
        elif fact.kind in ("valuation", "funding_round") and isinstance(details, SubjectAmount) \
                and details.subject in targets:
            if len(targets[details.subject]) != 1:
                continue
            fact = replace(fact, details=replace(details, subject=next(iter(targets[details.subject]))))
        elif fact.kind in ("valuation", "funding_round") and isinstance(details, SubjectAmount) \
                and (_only_a_source(here, details.subject) or _leads(here, details.subject)):
            continue
        elif fact.kind == "funding_round" and isinstance(details, SubjectAmount) and _led_after(here, fact):
            continue  # "hatte Intel Capital eine Finanzierungsrunde über 75 Millionen Dollar bei Habana angeführt"
        kept.append(fact)
    return kept


def _led_after(here: Here, fact: Fact) -> bool:
    """Whether a verb of leading ends the clause of a round's amount, its subject before it and no
    agent between: the subject led the round ("Intel Capital eine Finanzierungsrunde über 75
    Millionen Dollar bei Habana angeführt"); not "... eingesammelt, angeführt von" nor "in einer
    von Index Ventures angeführten", nor one glued to its leader ("in SoftBank-led round")."""
    assert isinstance(fact.details, SubjectAmount)
    at = here.body.find(fact.details.amount_text, fact.start, fact.end)
    subject = next((p for p in here.mentions if p.name == fact.details.subject and fact.start <= p.start), None)
    if at < 0 or subject is None or subject.end > at:
        return False
    after = at + len(fact.details.amount_text)
    stop = CLAUSE_BREAK.search(here.src, after, here.end)
    lead = _LEADS.search(here.src, after, stop.start() if stop else here.end)
    return lead is not None and not _AGENT_WORD.search(here.src, after, lead.start()) \
        and not _PASSIVE_BY.match(here.src, lead.end()) and here.src[lead.start() - 1: lead.start()] not in "-‐"


def _leads(here: Here, name: str) -> bool:
    """Whether the sentence names ``name`` as the one that led, joined or put money into a
    round ("SoftBank led the $500 million round in Perplexity, valuing it at $9 billion",
    "阿里巴巴领投"): an investor, valued at nothing; but "OpenAI, led by Sam Altman" is led."""
    for party in here.mentions:
        # (Not what the money went to: "Accel向大疆投资7500万美元" puts money into DJI.)
        if party.name != name or party.derived \
                or DEAL_OBJECT.search(here.src, max(here.start, party.start - 12), party.start):
            continue
        end = _end_of_list(here, party)
        lead = _LEADS.search(here.src, end, min(here.end, end + 24))
        if lead is not None and (not here.src[end: lead.start()].strip()
                                 or _LIST_TAIL.fullmatch(here.src, end, lead.start())) \
                and not _PASSIVE_BY.match(here.src, lead.end()):
            return True
    return False


# After a list, the words that end it with others and the noun they may take: "等机构", "and others".
# Names no entity covers may stand in the list before them ("阿里巴巴创投、联想创投等机构").
_LIST_TAIL = re.compile(r"[^,;:，；：。]{0,16}?(?:" + languages.alternation("facts.and_others_patterns") + r")["
                        + han.HAN + r"]{0,3}\s*", re.I)


def _end_of_list(here: Here, party: Party) -> int:
    """Where the list that ``party`` opens ends: "阿里巴巴创投、联想创投等机构跟投" joined the round all
    three, "Thrive, Khosla and others led" too."""
    end = party.end
    while (joiner := LIST_JOINER.match(here.src, end)) is not None \
            and (after := next((p for p in here.mentions if p.start == joiner.end() and not p.derived), None)):
        end = after.end
    return end


# A plan that did not come about, whose reach is its sentence up to a contrast ("原计划于2020年11月上市，
# 募资规模约345亿美元，但上市被暂缓", "had originally planned to list in November, raising $34.5 billion"), and
# others' estimate ("市场人士估算，整笔交易对搜狗的估值约为35亿美元").
_PLANNED_ONCE = re.compile(languages.bounded([*languages.patterns("facts.plan_undone_patterns"),
                                              *languages.patterns("facts.estimate_patterns")]), re.I)


def _hedged(here: Here, fact: Fact) -> bool:
    """Whether the fact is told as a plan, a wish, talks, a threat or a forecast, not as
    what is ("is in talks to raise new money at a valuation of", "wollte ... investieren",
    "计划投资", "Nvidia expects revenue of", "rechnet mit einem Umsatz von", "预计"): a word of
    each language's facts.unreal_patterns or facts.forecast_patterns in the fact's clause,
    before its end ("the $4 billion it promised" is money put in)."""
    if isinstance(fact.details, Stake) and _HELD_SHARE.search(here.src, fact.start, fact.end):
        return False  # "拟将所持Grindr约98.59%的股权转让给后者": the share to be sold is held now
    hedges = [_HEDGE]
    if isinstance(fact.details, SubjectAmount | ValueChange):
        # "would rise to $150 billion", "is on track to generate $850 million in revenue": a figure told as
        # what may be. (Not a deal's: "OpenAI would receive about $10 billion from Microsoft" reports one.)
        hedges.append(_CONDITIONAL)
    if any(not CONTRAST.search(here.src, plan.end(), fact.end)
           for plan in _PLANNED_ONCE.finditer(here.src, here.start, fact.end)):
        return True
    for hedge in hedges:
        for match in hedge.finditer(here.src, max(here.start, fact.start - 40), fact.end):
            if not CLAUSE_BREAK.search(here.src, match.end(), fact.end):
                return True
    # A verb at the clause's end: "Analysten hatten mit einem Umsatz von 24 Milliarden Dollar gerechnet".
    stop = CLAUSE_BREAK.search(here.src, fact.end, here.end)
    return _HEDGE_AFTER.search(here.src, fact.end, stop.start() if stop else here.end) is not None


def _a_total(here: Here, fact: Fact) -> bool:
    """Whether a funding round is the money raised to date, told as a sum of rounds ("has
    raised $7.3 billion in total", "hat bislang mehr als 400 Millionen Dollar eingesammelt",
    "迄今共计融资25亿元"): a word of each language's facts.total_patterns in the round's
    clause, which names no round ("the largest round to date" is one); or money borrowed
    ("raised $5 billion in a bond sale", "Anleihe", "债券": facts.debt_patterns)."""
    if fact.kind != "funding_round":
        return False
    opened = [m.end() for m in CLAUSE_BREAK.finditer(here.src, here.start, fact.start)]
    closed = CLAUSE_BREAK.search(here.src, fact.end, here.end)
    start, end = (opened[-1] if opened else here.start), (closed.start() if closed else here.end)
    if _DEBT.search(here.src, start, end) is not None:
        return True
    # A total right before the amount sums rounds the sentence named: "零跑完成C1轮融资；同年11月又完成C2轮融资，两轮
    # 合计融资约60.8亿元" (not "完成总额10亿元的C1轮融资", whose round follows).
    told = here.src.rfind(fact.details.amount_text, fact.start, fact.end) if isinstance(fact.details, SubjectAmount) \
        else -1
    if told > 0 and _TOTAL.search(here.src, max(start, told - 8), told) is not None \
            and _ROUND_NOUN.search(here.src, told, end) is None \
            and _OFFERING.search(here.src, here.start, here.end) is None:
        return True
    # The gross proceeds of an offering the sentence tells are its one round: "首次公开发行2000万股美国存托股，
    # …，募资总额为2.6亿美元", "全球發售3700萬股，集資總額約10.36億元".
    return _TOTAL.search(here.src, start, end) is not None and _ROUND_NOUN.search(here.src, start, end) is None \
        and _OFFERING.search(here.src, here.start, here.end) is None


def _fullest_founding(facts: list[Fact]) -> list[Fact]:
    """One founding per organisation in a sentence, the one that tells most: "Anthropic成立于
    2021年，由达里奥·阿莫迪创立" is one founding, with its founder and its year."""
    fullest: dict[str, tuple[tuple[int, bool], Fact]] = {}
    for fact in facts:
        if isinstance(fact.details, Founded):
            tells = (len(fact.details.founders), fact.details.year is not None)
            if fact.details.org not in fullest or tells > fullest[fact.details.org][0]:
                fullest[fact.details.org] = (tells, fact)
    kept = {id(fact) for _, fact in fullest.values()}
    return [f for f in facts if not isinstance(f.details, Founded) or id(f) in kept]


def _one_claim_each(facts: list[Fact]) -> list[Fact]:
    """An amount states one thing: where a valuation, revenue, funding round or market
    value change share one, the kind whose cue stands nearest it keeps it ("bei einer
    Finanzierungsrunde ... mit rund zwei Milliarden Dollar bewertet" is a valuation)."""
    claims: dict[str, list[tuple[int, Fact]]] = {}
    for fact in facts:
        details = fact.details
        if isinstance(details, SubjectAmount | ValueChange):
            amount_at = fact.text.find(details.amount_text)
            # A valuation may be read from a market value's cue ("Börsenwert von drei Billionen Dollar").
            cue = _CUE[fact.kind].search(fact.text) or (
                _CUE["market_value_change"].search(fact.text) if fact.kind == "valuation" else None)
            # The words between the cue and the amount, either side: "von Investoren mit rund 500 Millionen
            # Dollar bewertet" is a valuation.
            distance = 999 if amount_at < 0 else 0 if cue is None else max(
                amount_at - cue.end(), cue.start() - (amount_at + len(details.amount_text)), 0)
            claims.setdefault(details.amount_text, []).append((distance, fact))
    losers = {id(fact) for group in claims.values() if len(group) > 1
              for _, fact in sorted(group, key=lambda item: item[0])[1:]}
    return [fact for fact in facts if id(fact) not in losers]


def _party_marks(marked: _Marked) -> int:
    """How many party marks a voice could read in the sentence (voices ignore case)."""
    return marked.text.count("⟦P") + marked.text.count("⟦p")


_PAYMENT = re.compile(languages.alternation("facts.payment_patterns"), re.I)
PAYMENT_REACH = 300  # characters before the sentence that may tell the payments it goes on with


def _paid(here: Here) -> bool:
    """Whether the sentence, or the text just before it, tells payments."""
    return _PAYMENT.search(here.src, max(0, here.start - PAYMENT_REACH), here.end) is not None


def _investments(here: Here, marked: _Marked) -> list[Fact]:
    """Investments in every voice the data lists; an investor named without an amount
    ("backed by Microsoft") only where no other investment of the same parties is told;
    a coordinated "and invested again" takes the parties of the investment before it."""
    found: list[tuple[int, int, Party, Party, Amount | None]] = []
    voiced = ((_voices(_INVESTMENT_VOICES, here.lang), False), (_voices(_INVESTOR_RELATIONS, here.lang), True)) \
        if _party_marks(marked) >= 2 else ()
    told: list[tuple[int, Party, bool]] = []  # each found's end in the marked text, its investor, a relation?
    shared: list[tuple[str, list[Party]]] = []  # a target and the ones listed after it, outside the voice
    relative = relative_clauses(here.src, here.start, here.end)
    for voices, relation in voiced:  # every voice names two parties; a stock purchase one
        for voice in voices:
            for match in voice.finditer(marked):
                investor, target = marked.slot(match, "investor"), marked.slot(match, "target")
                # (Money lent is no investment: "it borrowed $2.3 billion from lenders led by Magnetar", "to put $1
                # billion into Unity through convertible notes".)
                lent_until = PART_END.search(marked.text, match.end())
                if investor is None or target is None or _DEBT.search(
                        marked.text, match.start(), min(match.end() + 40, lent_until.start() if lent_until else
                                                        len(marked.text))):
                    continue
                inv, tgt = marked.parties[investor], marked.parties[target]
                if inv.name == tgt.name or inv.label not in ("ORG", "PERSON") or tgt.label not in ("ORG", "PRODUCT"):
                    continue
                if _guessed(inv, tgt, here):
                    # "der Konzern ... in das Start-up": which is which is a guess, unless the two
                    # stand for the parties of the investment just told, which this one goes on with.
                    if here.deal is None or {inv.name, tgt.name} != set(here.deal) or here.deal[0] == here.deal[1]:
                        continue
                    inv, tgt = replace(inv, name=here.deal[0]), replace(tgt, name=here.deal[1])
                if marked.modified(match, "target") or in_agent_phrase(here, tgt, _SOURCE_BEFORE):
                    # "Amazon-backed OpenAI rival Anthropic"; "new money from Amazon and Meta, which joined
                    # ..., while earlier investors including Nvidia": Meta gave money, it got none.
                    continue
                if _across_clause(relative, marked.span(match), inv, tgt):
                    # "1X Technologies, which the OpenAI Startup Fund also backs, received $100 million in a
                    # round led by EQT Ventures": a voice read on past a relative clause takes the wrong party.
                    continue
                if _TOOK_PART.match(marked.text, match.end("target")):
                    continue  # "Thrive Capital took part, and new backers included GIC": no money for Thrive
                if match.start("investor") - 2 == match.start() \
                        and OBJECT_BEFORE.search(marked.text, max(0, match.start() - 24), match.start()):
                    continue
                if not relation and match.start("target") < match.start("investor") and _paid(here):
                    continue  # "… zahlte dafür 26,3 Milliarden Dollar. Apple erhielt von Google …": a payment
                index = None if relation else marked.slot(match, "amount")
                amount = marked.amounts[index] if index is not None else None
                if amount is not None and _LED_SUM.search(marked.text, match.end("investor"), match.start("amount")):
                    amount = None  # "it led a $170 million investment in Lime": the round's sum, not its share
                others = _listed_targets(marked, match, inv)
                partners = _listed_in_voice(marked, match, inv, tgt) if relation \
                    else _co_investors(marked, match, inv, tgt)
                co_targets = [] if relation else _co_targets(marked, match, inv)
                if co_targets:
                    shared.append((tgt.name, co_targets))
                each = amount is not None and partners and not others and not co_targets and _each(marked, match)
                if not each and (others or partners or co_targets or (not relation and _and_others(marked, match))):
                    # "… an A, B und C beteiligt", "raised $6.6 billion from Microsoft and Nvidia": how
                    # the money was shared is not told.
                    amount = None
                if relation and any((f[2].name, f[3].name) == (inv.name, tgt.name) for f in found):
                    continue
                if any((f[2].name, f[3].name, f[4]) == (inv.name, tgt.name, amount) for f in found):
                    continue
                start, end = marked.span(match)
                found.append((start, end, inv, tgt, amount))
                told.append((match.end(), inv, relation))
                found += [(start, end, inv, other, None) for other in others
                          if all((f[2].name, f[3].name) != (inv.name, other.name) for f in found)]
                found += [(start, end, partner, tgt, amount if each else None) for partner in partners
                          if all((f[2].name, f[3].name) != (partner.name, tgt.name) for f in found)]
                if relation and match.end("investor") + 1 == match.end():
                    found += _listed_after(here, marked, match.end(), tgt, start)
    found = _continued(here, marked, found, told)
    found += _gapped(marked, found, here.lang)
    found += _stock_purchases(here, marked, found)
    # "Microsoft invested $10 billion in OpenAI and Anthropic": each target is one, with no amount of its
    # own; but in "... in OpenAI and Google invested $2 billion in Anthropic" Google is another investor.
    investors = {f[2].name for f in found}
    for name, co_targets in shared:
        first = next((f for f in found if f[3].name == name), None)
        if first is not None:
            found += [(first[0], first[1], first[2], other, None) for other in co_targets
                      if other.name not in investors
                      and all((f[2].name, f[3].name) != (first[2].name, other.name) for f in found)]
    found.sort(key=lambda f: f[0])
    # "... and in January agreed to a multiyear investment put at about $10 billion",
    # "... and invested again in 2021": a cue of its own, after a joiner, with no parties.
    used = {f[4] for f in found if f[4] is not None}
    for cue in _CUE["investment"].finditer(here.src, here.start, here.end):
        if not found or any(s <= cue.start() < e for s, e, *_ in found):
            continue
        before = [f for f in found if f[1] <= cue.start()]
        if not before or not _JOINER.search(here.src[before[-1][1]: cue.start()]):
            continue
        if any(before[-1][1] <= p.start < cue.start() and p.label in _PARTIES for p in here.mentions) \
                or _BACK_POINTER.search(here.src, max(here.start, cue.start() - 12), cue.start()):
            continue
        amount = next((a for a in marked.amounts if a not in used and 0 <= a.start - cue.end() <= 80), None)
        if amount is None and any(a not in used and 0 <= a.start - cue.end() <= 120 for a in marked.amounts):
            continue
        _, _, inv, tgt, _ = before[-1]
        used |= {amount} if amount is not None else set()
        found.append((cue.start(), amount.end if amount else cue.end(), inv, tgt, amount))
    facts: list[Fact] = []
    for start, end, inv, tgt, amount in found:
        if amount is None and any(f.details.investor == inv.name and f.details.target == tgt.name
                                  for f in facts if isinstance(f.details, Investment) and f.details.amount is None):
            continue  # "took money from Visa, which invested in September 2019": one investment, told twice
        parts = [(start, end)]
        facts.append(_typed_fact(here, "investment", parts, Investment(
            inv.name, tgt.name, amount.value if amount else None, amount.currency if amount else None,
            amount.qualifier if amount else None, amount.text if amount else None, _date_near(here, start))))
    return facts + _new_leads(here, marked, facts)


def _across_clause(relative: Sequence[tuple[int, int]], span: tuple[int, int], one: Party, other: Party) -> bool:
    """Whether a voice takes one party inside a relative clause and the other outside it, and
    reads on past the clause's end: the party inside belongs to the clause, not to the voice
    ("Microsoft, which invested $10 billion in OpenAI" ends inside its clause and is read)."""
    for s, e in relative:
        inside = [s <= p.start < e for p in (one, other)]
        if inside[0] != inside[1] and span[1] > e:
            return True
    return False


def _new_leads(here: Here, marked: _Marked, facts: Sequence[Fact]) -> list[Fact]:
    """The round's investors (``_round_leads``) of whom ``facts`` tell no investment in the same target."""
    pairs = {(f.details.investor, f.details.target) for f in facts if isinstance(f.details, Investment)}
    return [f for f in _round_leads(here, marked)
            if isinstance(f.details, Investment) and (f.details.investor, f.details.target) not in pairs]


def _round_leads(here: Here, marked: _Marked) -> list[Fact]:
    """The investors that led the round the last sentences told, named without it: "The
    round was led by Thrive Capital", "Angeführt wurde die Runde von General Catalyst"."""
    if here.round is None:
        return []
    facts = []
    for voice in _voices(_ROUND_LEADS, here.lang):
        for match in voice.finditer(marked):
            investor = marked.slot(match, "investor")
            if investor is None or _DEBT.search(marked.text, max(0, match.start() - 40), match.end()):
                continue  # "it borrowed $2.3 billion from lenders led by Magnetar": money lent, no round's
            start, end = marked.span(match)
            target = Party(here.round, "ORG", start, start, derived=True)
            # The first investor, those the voice lists with it ("in einer von The Raine Group und Temasek
            # angeführten Runde") and those listed after it.
            inside = [(start, end, p, target, None) for p in (marked.parties[investor],
                                                              *_listed_inside(marked, match, "investor"))]
            for _, last, inv, tgt, _ in [*inside, *_listed_after(here, marked, match.end(), target, start)]:
                if inv.label in ("ORG", "PERSON") and inv.name != tgt.name:
                    facts.append(_typed_fact(here, "investment", [(start, last)], Investment(
                        inv.name, tgt.name, None, None, None, None, _date_near(here, start))))
    return facts


def _only_a_source(here: Here, name: str) -> bool:
    """Whether every mention of ``name`` in the sentence follows a word that names where money
    came from ("from", "von", "从")."""
    named = [p for p in here.mentions if p.name == name and not p.derived]
    return bool(named) and all(_SOURCE_BEFORE.search(here.src, max(here.start, p.start - 12), p.start)
                               for p in named)


def _co_investors(marked: _Marked, match: re.Match[str], investor: Party, target: Party) -> list[Party]:
    """The investors listed with a voice's investor, before it ("Microsoft, Nvidia and
    SoftBank invested") or after it ("from Microsoft and Nvidia"): a list that a joiner word
    closes, not names a bare comma parts ("from Microsoft, Nvidia said")."""
    chain: list[tuple[Party, bool]] = []  # each listed party, and whether a word joins it
    pos = match.end("investor") + 1
    while (more := _LIST_NEXT.match(marked.text, pos)) is not None:
        chain.append((marked.parties[int(more.group(1))], not only_comma(marked.text[pos: more.start(1) - 2])))
        pos = more.end()
    if chain and _OTHERS.match(marked.text, pos):
        chain = [(party, True) for party, _ in chain]  # "from Amazon, Meta and others": a list
    start = match.start("investor") - 2
    while (before := _LIST_BEFORE.search(marked.text, 0, start)) is not None:
        if OBJECT_BEFORE.search(marked.text, max(0, before.start() - 24), before.start()):
            break  # "in OpenAI and Google invested": OpenAI is the object of the clause before
        chain.append((marked.parties[int(before.group(1))], not only_comma(marked.text[before.end(1) + 1: start])))
        start = before.start()
    if not any(word for _, word in chain):
        return []
    return [party for party, _ in chain
            if party.label in ("ORG", "PERSON") and party.name not in (investor.name, target.name)]


def _listed_in_voice(marked: _Marked, match: re.Match[str], investor: Party, target: Party) -> list[Party]:
    """The investors a relation's voice lists with its investor inside itself ("获得阿里巴巴及软银愿景基金的投资")."""
    return [p for p in _listed_inside(marked, match, "investor")
            if p.label in ("ORG", "PERSON") and p.name not in (investor.name, target.name)]


def _listed_inside(marked: _Marked, match: re.Match[str], slot: str) -> list[Party]:
    """The parties a voice lists right after its ``slot``, inside the voice ({more})."""
    listed = []
    pos = match.end(slot) + 1
    while (more := _LIST_NEXT.match(marked.text, pos)) is not None and more.end() <= match.end():
        listed.append(marked.parties[int(more.group(1))])
        pos = more.end()
    return listed


def _each(marked: _Marked, match: re.Match[str]) -> bool:
    """Whether a word of the voice, or right after it, gives every investor of its list the
    same amount: "Microsoft and Nvidia each invested $1 billion in", "... $1 billion each"."""
    return _EACH.search(marked.text, match.start(), min(len(marked.text), match.end() + 8)) is not None


def _stock_purchases(here: Here, marked: _Marked,
                     found: list[tuple[int, int, Party, Party, Amount | None]]
                     ) -> list[tuple[int, int, Party, Party, Amount | None]]:
    """Stock bought where the sentence names no company it could be of: the company the
    sentence before is about ("Snowflake listed ... Berkshire Hathaway and Salesforce Ventures
    each bought $250 million of stock"). A list shares the amount unless "each" gives it to
    every one."""
    if here.topic is None or found:
        return []
    purchases: list[tuple[int, int, Party, Party, Amount | None]] = []
    for voice in [*_voices(_STOCK_PURCHASES, here.lang), *(_voices(_CAPITAL, here.lang) if here.raised else ())]:
        for match in voice.finditer(marked):
            investor, index = marked.slot(match, "investor"), marked.slot(match, "amount")
            if investor is None or index is None:
                continue
            inv = marked.parties[investor]
            buyers = [inv, *_co_investors(marked, match, inv, inv)]
            named = {p.name for p in here.mentions if p.label == "ORG"} - {here.topic}
            if inv.label not in ("ORG", "PERSON") or here.topic in {b.name for b in buyers} \
                    or named - {b.name for b in buyers} or _and_others(marked, match):
                continue  # the stock may be of another company the sentence names
            target = Party(here.topic, "ORG", inv.start, inv.start, derived=True)
            amount = marked.amounts[index] if len(buyers) == 1 or _each(marked, match) else None
            start, end = marked.span(match)
            purchases += [(start, end, buyer, target, amount) for buyer in buyers]
    return purchases


def _and_others(marked: _Marked, match: re.Match[str]) -> bool:
    """Whether the voice's investor opens a list that ends in others ("from Amazon, Meta and
    others", "von Microsoft und anderen", "微软等"): the money is the list's, not the first name's."""
    if "investor" not in match.re.groupindex or match.group("investor") is None:
        return False
    pos = match.end("investor") + 1
    while (more := _LIST_NEXT.match(marked.text, pos)) is not None:
        pos = more.end()
    return _OTHERS.match(marked.text, pos) is not None


def _co_targets(marked: _Marked, match: re.Match[str], investor: Party) -> list[Party]:
    """The organisations listed right after a voice's target, outside the voice, with a joiner
    word ("invested $10 billion in OpenAI and Anthropic", "in OpenAI und Anthropic"): the money
    went to them all, how it was shared is not told. Not a bare comma, which may open an
    apposition ("in OpenAI, the ChatGPT maker")."""
    if "target" not in match.re.groupindex or match.group("target") is None \
            or match.end("target") + 1 != match.end():
        return []
    found: list[Party] = []
    pos = match.end()
    while (more := _LIST_NEXT.match(marked.text, pos)) is not None:
        if only_comma(marked.text[pos: more.start(1) - 2]) and not found:
            break
        party = marked.parties[int(more.group(1))]
        pos = more.end()
        if party.label in ("ORG", "PRODUCT") and party.name != investor.name:
            found.append(party)
    # The list ends its clause, or a phrase or the investing verb follows ("in OpenAI and Anthropic in
    # 2023", "in OpenAI und Anthropic investiert"); in "in Anthropic and Google put $2 billion into the
    # startup" and "in OpenAI and Nvidia said so" the last name opens a clause of its own.
    stop = CLAUSE_BREAK.search(marked.text, pos)
    tail = marked.text[pos: stop.start() if stop else len(marked.text)]
    return found if "⟦" not in tail and _LIST_ENDS.match(tail) else []


def _listed_targets(marked: _Marked, match: re.Match[str], investor: Party) -> list[Party]:
    """The targets listed after a voice's target inside the voice ({more}): "hatte sich SAP an
    den KI-Start-ups Aleph Alpha, Anthropic und Cohere beteiligt"."""
    if "target" not in match.re.groupindex or match.group("target") is None:
        return []
    return [p for p in _listed_inside(marked, match, "target")
            if p.label in ("ORG", "PRODUCT") and p.name != investor.name]


def _listed_after(here: Here, marked: _Marked, pos: int, target: Party,
                  start: int) -> list[tuple[int, int, Party, Party, Amount | None]]:
    """The investors coordinated after one a relation names ("led by Microsoft, Reid
    Hoffman, Bill Gates and Nvidia"), each with no amount: a list shares one round. An
    organisation that only titles the person after it is that person ("Google前执行长
    艾瑞克·施密特", "former Google CEO Eric Schmidt")."""
    found: list[tuple[int, int, Party, Party, Amount | None]] = []
    while (more := _LIST_NEXT.match(marked.text, pos)) is not None:
        party = marked.parties[int(more.group(1))]
        pos = more.end()
        if titles(here.src, party):
            titled = titled_person(here.src, party, marked.parties)
            if titled is None:
                continue  # the person it titles is no name we know
            party = titled
            pos = next(i for i in range(pos, len(marked.positions)) if marked.positions[i] >= titled.end - 1) + 1
        if _ABSORBED.search(here.src, max(here.start, party.start - 40), party.start):
            continue  # "die staatliche Exportförderbank Export Development Canada": the name took the noun in
        if party.label in ("ORG", "PERSON") and party.name != target.name:
            found.append((start, marked.positions[more.end()], party, target, None))
    return found


def _continued(here: Here, marked: _Marked, found: list[tuple[int, int, Party, Party, Amount | None]],
               told: list[tuple[int, Party, bool]]) -> list[tuple[int, int, Party, Party, Amount | None]]:
    """A coordinated clause right after an investment's voice, with the investor left
    out, tells the same investor's money ("Der Konzern ist größter Geldgeber von OpenAI
    und hat dem ChatGPT-Entwickler rund 13 Milliarden Dollar zugesagt"); an investor
    named without an amount (a relation) of the same parties gives way to it."""
    for voice in _voices(_CONTINUATIONS, here.lang):
        for match in voice.finditer(marked):
            before = [(end, inv, relation) for end, inv, relation in told
                      if end <= match.start() and _SAME_CLAUSE.fullmatch(marked.text, end, match.start())]
            target, index = marked.slot(match, "target"), marked.slot(match, "amount")
            if not before or target is None or index is None:
                continue
            inv, tgt, amount = before[-1][1], marked.parties[target], marked.amounts[index]
            if marked.modified(match, "target"):
                continue
            if inv.name == tgt.name or tgt.label not in ("ORG", "PRODUCT") or _guessed(inv, tgt, here):
                continue
            kept = [(f, t) for f, t in zip(found, told, strict=True)
                    if not (t[2] and (f[2].name, f[3].name) == (inv.name, tgt.name))]
            found, told = [f for f, _ in kept], [t for _, t in kept]
            start, end = marked.span(match)
            found.append((start, end, inv, tgt, amount))
            told.append((match.end(), inv, False))
    return found


def _gapped(marked: _Marked, found: list[tuple[int, int, Party, Party, Amount | None]], lang: str
            ) -> list[tuple[int, int, Party, Party, Amount | None]]:
    """A phrase right after an investment with an amount that gives another amount from another
    investor, the verb and the target left out: "received $4 billion from Amazon, and $2 billion
    from Google" is Google's $2 billion in the same target."""
    more: list[tuple[int, int, Party, Party, Amount | None]] = []
    for voice in _voices(_GAPPED, lang):
        for match in voice.finditer(marked):
            investor, index = marked.slot(match, "investor"), marked.slot(match, "amount")
            if investor is None or index is None:
                continue
            start, end = marked.span(match)
            before = [f for f in found if f[1] <= start and f[4] is not None]
            if not before or _NO_PARTY_TO_THE_END.match(marked.text, match.end()) is None:
                continue  # "..., and $2 billion from Google went to Mistral AI": another target
            last = max(before, key=lambda f: f[1])
            inv = marked.parties[investor]
            # Only after a voice that names the investor after the target ("received ... from Amazon").
            if inv.label not in ("ORG", "PERSON") or last[2].start < last[3].start \
                    or inv.name in (last[2].name, last[3].name) or any(f[2].name == inv.name for f in found):
                continue
            more.append((start, end, inv, last[3], marked.amounts[index]))
    return more


def _guessed(one: Party, other: Party, here: Here) -> bool:
    """Two parties that are both descriptions, neither named in the sentence: which
    organisation each stands for is a guess a fact does not make."""
    named = {p.name for p in here.mentions if not p.derived}
    return one.derived and other.derived and one.name not in named and other.name not in named


def _may_hold(holder: Party, target: Party, here: Here) -> bool:
    """Whether a stake voice's two parties can be holder and company held: two names, the company an
    organisation, the holder an organisation or a person, and not both descriptions guessed at."""
    return holder.name != target.name and target.label == "ORG" and holder.label in ("ORG", "PERSON") \
        and not _guessed(holder, target, here)


def _stakes(here: Here, marked: _Marked) -> list[Fact]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    # Each names a holder and a target.
    for voice in _voices(_STAKE_VOICES, here.lang) if _party_marks(marked) >= 2 else ():
        for match in voice.finditer(marked):
            holder, target, percent = (marked.slot(match, k) for k in ("holder", "target", "percent"))
            if holder is None or target is None or percent is None:
                continue
            hold, tgt, share = marked.parties[holder], marked.parties[target], marked.percents[percent]
            if marked.modified(match, "target") or marked.preceded(match, "holder", _GENITIVE_HOLDER):
                continue  # "a 10% stake in OpenAI rival Anthropic", "Der Konzern des Milliardärs Carlos Slim hielt"
            if marked.followed(match, "percent", _VOTING_SHARE) or marked.preceded(match, "percent", _SHARE_CAP) \
                    or _SHARE_CAP.search(share.qualifier or ""):
                continue  # "百度拥有携程约25%的投票权", "取得ZOZO最多50.1%的股份", "up to 50.1%": votes, a ceiling
            if not _may_hold(hold, tgt, here):
                continue
            spans.append(match.span())
            for owner, part in _holders_and_shares(here, marked, match, hold, tgt, share):
                if any(f.details == Stake(owner.name, tgt.name, part.value, part.qualifier) for f in facts):
                    continue
                facts.append(_typed_fact(here, "stake", [marked.span(match)],
                                         Stake(owner.name, tgt.name, part.value, part.qualifier)))
    for voice in _voices(_WHOLE_STAKES, here.lang) if _party_marks(marked) >= 2 else ():
        for match in voice.finditer(marked):
            holder, target = marked.slot(match, "holder"), marked.slot(match, "target")
            if holder is None or target is None:
                continue
            hold, tgt = marked.parties[holder], marked.parties[target]
            if not _may_hold(hold, tgt, here) \
                    or any(isinstance(f.details, Stake) and f.details.target == tgt.name for f in facts):
                continue
            spans.append(match.span())
            facts.append(_typed_fact(here, "stake", [marked.span(match)], Stake(hold.name, tgt.name, 100, None)))
    return [*facts, *_topic_stakes(here, marked, facts, spans)]


def _topic_stakes(here: Here, marked: _Marked, stated: list[Fact], spans: list[tuple[int, int]]) -> list[Fact]:
    """The shares holders hold where their clause names no company they are of: the one the sentence's other stakes
    are in ("台积电将持有JASM约86.5%股权，索尼、电装及丰田则分别持股约6%、5.5%及2%"), else the one
    company the sentence before told stakes in ("Ingenico ist … mit 52 Prozent am … Payone beteiligt. Die übrigen
    48 Prozent gehören dem DSV"), else, where the sentence tells none, the company the sentence before is about
    ("Arm went public ... Softbank behält rund 90 Prozent der Anteile"; "Die Fabrik gehört ESMC. TSMC hält daran
    70 Prozent, Bosch, Infineon und NXP sind mit jeweils zehn Prozent beteiligt"), or where that is the holder or it
    names none, the one the document is about ("Williams war vor dem Börsengang mit rund zwölf Prozent der größte
    Aktionär"), unless that is a holder too ("Siemens behält 35,1 Prozent der Anteile, weitere 9,9 Prozent liegen
    beim Siemens Pension-Trust" are shares of another).  Every other organisation the sentence names must be one of
    the holders: the shares may be of it."""
    targets = {f.details.target for f in stated if isinstance(f.details, Stake)}
    if len(targets) > 1:
        return []
    voices = [*_voices(_TOPIC_STAKES, here.lang), *(_voices(_CAPITAL_STAKES, here.lang) if here.raised else ())]
    found: list[tuple[re.Match[str], Party, Amount]] = []
    for voice in voices:
        for match in voice.finditer(marked):
            holder, percent = marked.slot(match, "holder"), marked.slot(match, "percent")
            if holder is None or percent is None \
                    or any(s < match.end() and match.start() < e for s, e in spans):
                continue
            found.append((match, marked.parties[holder], marked.percents[percent]))
    holders = {f.details.holder for f in stated if isinstance(f.details, Stake)}
    shares: list[tuple[re.Match[str], str, Party, Amount]] = []
    found_holders = {hold.name for _, hold, _ in found}
    for match, hold, share in found:
        if targets:
            topic: str | None = next(iter(targets))
        elif here.held not in (None, hold.name):
            topic = here.held
        elif here.topic not in (None, hold.name):
            topic = here.topic
        else:
            topic = None if here.topic is None and here.lead in found_holders else here.lead
        if topic is None or hold.label not in ("ORG", "PERSON") or hold.name == topic:
            continue
        target = Party(topic, "ORG", hold.start, hold.start, derived=True)
        for owner, part in _holders_and_shares(here, marked, match, hold, target, share):
            holders.add(owner.name)
            shares.append((match, topic, owner, part))
    facts: list[Fact] = []
    for match, topic, owner, part in shares:
        # (Within the part of the sentence the share is told in: "…，启明创投持股约5.82%；比亚迪联合创始人夏佐全也是…".)
        part_end = PART_END.search(here.src, marked.span(match)[1], here.end)
        stop = part_end.start() if part_end is not None else here.end
        if {p.name for p in here.mentions if p.label == "ORG" and p.start < stop} - {topic} - holders:
            continue  # the share may be of another company the sentence names
        details = Stake(owner.name, topic, part.value, part.qualifier)
        if all(f.details != details for f in facts):
            facts.append(_typed_fact(here, "stake", [marked.span(match)], details))
    return facts


# A word that pairs a list of holders with a list of shares in order: "respectively", "分别".
_RESPECTIVELY = re.compile(languages.bounded(languages.patterns("facts.respectively_patterns")), re.I)
_PERCENT_NEXT = re.compile(f"(?:{LIST_JOINER.pattern})⟦Q(\\d+)⟧", re.I)


def _holders_and_shares(here: Here, marked: _Marked, match: re.Match[str], holder: Party, target: Party,
                        share: Amount) -> list[tuple[Party, Amount]]:
    """The holders of a stake voice and the share of each: one holder its share; a list of holders
    ("Microsoft and Nvidia hold") each the share where a word says so ("jeweils", "each"), each the
    share in the same place of a list of shares where a word pairs them ("hold 10% and 5% of Mistral
    AI respectively", "分别持有…10%和5%"), and none where how the share is split is not told."""
    start = match.start("holder") - 2
    holders, worded = [holder], False  # a list a joiner word closes, not names a bare comma parts
    while (before := _LIST_BEFORE.search(marked.text, 0, start)
           or (_TITLED_BEFORE.search(marked.text, 0, start) if holder.label == "PERSON" else None)) is not None:
        holders.insert(0, marked.parties[int(before.group(1))])
        worded |= not only_comma(marked.text[before.end(1) + 1: start])
        start = before.start()
    pos = match.end("holder") + 1
    while (more := _LIST_NEXT.match(marked.text, pos)) is not None:
        holders.append(marked.parties[int(more.group(1))])
        worded |= not only_comma(marked.text[pos: more.start(1) - 2])
        pos = more.end()
    if not worded:
        holders = [holder]  # "解雇了Sam Altman，微软持有OpenAI约49%股份": a clause before, no list
    holders = [h for h in holders if h.label in ("ORG", "PERSON") and h.name != target.name]
    if len(holders) < 2:
        # Not one holder before a list of shares that a word pairs with holders: "索尼、电装及丰田则分别持股
        # 约6%、5.5%及2%" where one of the holders is no name found.
        paired = _RESPECTIVELY.search(here.src, here.start, here.end) is not None \
            and _PERCENT_NEXT.match(marked.text, match.end("percent") + 1) is not None
        return [(holder, share)] if holders and not paired else []
    if _RESPECTIVELY.search(here.src, here.start, here.end):
        shares = [share]
        pos = match.end("percent") + 1
        while (more := _PERCENT_NEXT.match(marked.text, pos)) is not None:
            shares.append(marked.percents[int(more.group(1))])
            pos = more.end()
        return list(zip(holders, shares, strict=True)) if len(shares) == len(holders) else []
    if _EACH.search(marked.text, match.start(), min(len(marked.text), match.end() + 8)):
        return [(h, share) for h in holders]
    return []


def _gapped_revenue(here: Here, marked: _Marked, facts: Sequence[Fact]) -> list[Fact]:
    """Another company's revenue in a clause right after a revenue's that leaves its verb out: the same period's."""
    told = [(f, f.details) for f in facts if f.kind == "revenue" and isinstance(f.details, SubjectAmount)]
    more: list[Fact] = []
    for voice in _voices(_REVENUE_GAPPED, here.lang) if told else ():
        for match in voice.finditer(marked):
            subject, index = marked.slot(match, "subject"), marked.slot(match, "amount")
            if subject is None or index is None:
                continue
            party, amount = marked.parties[subject], marked.amounts[index]
            start = marked.span(match)[0]
            # Right after the revenue told, at most its period between ("€12.7 billion in 2014, Alcatel-Lucent's").
            before = [(f, d) for f, d in told if f.end <= start and start - f.end <= _GAP_AFTER_REVENUE
                      and not any(f.end <= p.start < start for p in marked.parties)
                      and not any(f.end <= a.start < start for a in marked.amounts)]
            if not before or party.label not in _SUBJECTS or amount.currency is None \
                    or any(d.subject == party.name for _, d in told):
                continue
            period = max(before, key=lambda told_one: told_one[0].end)[1].date
            more.append(_typed_fact(here, "revenue", [(party.start, amount.end)], SubjectAmount(
                party.name, amount.value, amount.currency, amount.qualifier, amount.text, period)))
    return more


def _voiced(here: Here, marked: _Marked, kind: str) -> list[Fact]:
    """Valuations and revenue in a voice the data lists, where the cue and the amount
    stand apart or the subject comes after the cue ("values OpenAI at $157 billion",
    "Die Bewertung von OpenAI liegt bei ...", "steigerte seinen Umsatz im ersten Quartal
    auf 26 Milliarden Dollar")."""
    facts: list[Fact] = []
    for voice in _voices(_VALUATION_VOICES if kind == "valuation" else _REVENUE_VOICES, here.lang):
        for match in voice.finditer(marked):
            subject, index = marked.slot(match, "subject"), marked.slot(match, "amount")
            if subject is None or index is None:
                continue
            party, amount = marked.parties[subject], marked.amounts[index]
            if party.label not in _SUBJECTS or amount.currency is None:
                continue
            if kind == "valuation" and here.offered and here.round is None \
                    and _THAT_VALUED.fullmatch(here.src, here.start, marked.span(match)[0]) is not None:
                continue  # "At the time, that valued Five9 at about $14.7 billion": an offer's price
            details = SubjectAmount(party.name, amount.value, amount.currency, amount.qualifier, amount.text,
                                    _date_near(here, marked.span(match)[0]))
            if all(f.details != details for f in facts):
                facts.append(_typed_fact(here, kind, [marked.span(match)], details))
    return facts


# An exchange by its name (events.exchange_name_patterns): no round's or valuation's subject.
_EXCHANGE = exchange_name()


def _subject_before(here: Here, pos: int, within: int = 120, *, agents: bool = True) -> Party | None:
    """The organisation (or product: "ChatGPT ... $1 billion in revenue") told last before
    ``pos``, never a person, passing over one that only qualifies a noun after it
    ("OpenAI's former chief scientist", "OpenAI-Mitgründer") and one a relative clause
    names that closed before ``pos`` ("Databricks, which bought MosaicML for $1.3 billion,
    raised") or an apposition ("Inflection AI, the chatbot maker co-founded by ... former DeepMind
    executive Mustafa Suleyman, raised"); without ``agents``, over one named as an agent too ("in einer von Index
    Ventures angeführten Finanzierungsrunde", "raised ... from General Catalyst"), one that led or joined a round
    ("阿里巴巴、腾讯等机构跟投") and an exchange, which raises no round and is valued at nothing ("brought it back to
    the New York Stock Exchange with an offering that raised $375 million")."""
    relative = relative_clauses(here.src, here.start, here.end)
    apposed = [(s, e) for s, e in appositions(here.src, here.start, here.end) if e <= pos]
    closed = [(s, e) for s, e in relative if e <= pos] + apposed
    candidates = [m for m in here.mentions if m.label in _SUBJECTS and m.end <= pos and pos - m.end <= within
                  and not _QUALIFIES.match(here.src, m.end)
                  and not at_venue(here.src, here.start, m)
                  and not any(s <= m.start and m.end <= e for s, e in closed)
                  and (agents or not (in_agent_phrase(here, m) or _leads(here, m.name)
                                      or _EXCHANGE.search(m.name)))]
    # Inside a relative clause, the one it is about: "Microsoft paid $19.7 billion for Nuance, which had
    # revenue of $1.5 billion" tells Nuance's revenue, or none where Nuance is no name we know.
    inside = next(((s, e) for s, e in relative if s <= pos < e), None)
    if inside is not None:
        candidates = [m for m in candidates if m.start >= inside[0] or inside[0] - m.end <= 1]
    last = max(candidates, key=lambda m: m.end, default=None)
    if last is not None and listed(here.src, last, here.mentions):
        return None  # the last of a list ("Investoren sind Microsoft, Nvidia und Google"): which one is a guess
    # (Past an apposition of its own: "Anthropic, the startup co-founded by Dario Amodei, raised".)
    if last is not None and not last.derived \
            and describes(here.src, max((e for s, e in apposed if s >= last.end), default=last.end), pos):
        return None  # "Microsoft backed the startup, which is valued at": the startup is another one
    return last


# Before a figure's cue, a name no entity covers: two Han characters that are no date, or a possessive; or
# an owner told as another's ("Der Mutterkonzern kam 2019 auf einen Umsatz", "Im Vorjahr erzielte Dialog
# einen Umsatz": facts.unknown_owner_patterns).
_UNKNOWN_OWNER = re.compile(r"[" + han.HAN + r"]{2}|\w(?:'s|’s)\s*$|"
                            + languages.alternation("facts.unknown_owner_patterns"))
# Words for a period or for the company itself that may stand there and name no owner: "全年营收", "公司第三季度营收".
_NO_OWNER = re.compile(languages.either(sorted(languages.words("facts.figure_period_words"), key=len, reverse=True)))


def _topic(here: Here, kind: str, cue: re.Match[str]) -> Party | None:
    """Revenue or a market value told with no owner in a sentence that names no organisation ("Der
    Umsatz stieg 2023 um sechs Prozent auf rund 31,2 Milliarden Euro", "盘中市值一度突破1000亿元"): the one
    organisation the sentence before is about (a market value's: opens with as its subject too). And the
    money a listing raised ("Der Börsengang brachte rund 1,55 Milliarden Dollar ein") and a value at its price
    ("按发行价计算估值约540亿美元"): that one's, else the document's (the sentence before may name the parent too:
    "Den Preis hatten SAP und Qualtrics festgelegt")."""
    listing = (kind == "funding_round" and (at := _LISTING_CUE.match(here.src, cue.start())) is not None
               and at.end() == cue.end()) \
        or (kind == "valuation" and _AT_OFFER_PRICE.search(here.src, here.start, here.end) is not None)
    # Revenue the sentence before told of a company through a description goes on being its ("该公司2020年全年营收
    # 约162.6亿元…。第四季度营收约66.4亿元").
    owner = here.topic or (here.reported if kind == "revenue" else None) or (here.lead if listing else None)
    # (The sentence may name that one after the cue: "The offering raised $16 billion and valued Facebook at".)
    if (kind not in ("revenue", "market_value_change") and not listing) or owner is None \
            or any(p.label in _SUBJECTS and p.name != owner for p in here.mentions):
        return None
    if kind == "market_value_change" and here.subject != here.topic:
        return None  # a market value: only of the one organisation the sentence before is about
    # Not where the cue's clause writes an owner we do not know before it: "财报显示，超微去年营收约227億美元",
    # "Run:ai's revenue".
    opened = [m.end() for m in CLAUSE_MARK.finditer(here.src, here.start, cue.start())]
    before = list(here.src[opened[-1] if opened else here.start: cue.start()])
    offset = opened[-1] if opened else here.start
    for date in here.dates:
        for i in range(max(date.start, offset), min(date.end, cue.start())):
            before[i - offset] = " "
    if _UNKNOWN_OWNER.search(_NO_OWNER.sub(" ", "".join(before))):
        return None
    # Nor where a name the model took for no organisation stands there, maybe a company it mistook: "According
    # to its prospectus, Reddit had revenue of" with Reddit read as a place.
    if any(offset <= m.start and m.end <= cue.start() and m.label not in ("PERSON", *_SUBJECTS)
           for m in here.mentions):
        return None
    return Party(owner, "ORG", cue.start(), cue.start(), derived=True)


def in_agent_phrase(here: Here, party: Party, words: re.Pattern[str] = AGENT_BEFORE) -> bool:
    """named_as_agent in the sentence ``here`` (with ``words`` _SOURCE_BEFORE, only where money came from)."""
    return named_as_agent(here.src, here.start, party, here.mentions, words)


def _nearest_amount(here: Here, amounts: Sequence[Amount], start: int, end: int, within: int = 80) -> Amount | None:
    """The amount nearest the cue [start, end)."""
    def gap(amount: Amount) -> int:
        return max(amount.start - end, start - amount.end, 0)

    # After the cue within its part of the sentence; before it, within its clause: in
    # "Mistral AI, valued at €5.8bn, raised money" the amount is no round's. Not in a relative
    # clause the cue stands outside: "Aleph Alpha wird bewertet, die zuletzt 500 Millionen Dollar zahlten".
    others = [(s, e) for s, e in relative_clauses(here.src, here.start, here.end) if not s <= start < e]
    near = [a for a in amounts if gap(a) <= within
            and not any(s <= a.start and a.end <= e for s, e in others)
            and (IN_PART.fullmatch(here.src, end, a.start) if a.start >= end
                 else not CLAUSE_BREAK.search(here.src, a.end, start))]
    # Of two as near, the one after the cue: "had earned $1 billion on revenue of $3.71 billion".
    return min(near, key=lambda a: (gap(a), a.start < end), default=None)


def _with_earlier_levels(here: Here, facts: Sequence[Fact], amounts: Sequence[Amount]) -> list[Fact]:
    """The facts, with the level a revenue changed from where its sentence tells it after the level reached:
    "Snap's revenue rose to $404.5 million last year from $58.7 million in 2015" is Snap's revenue twice, the
    earlier one dated by the date phrase right after it (else undated: "from $1.57 billion a year earlier" is
    dated by "a year earlier"; "from $2 billion" by nothing). That date phrase never dates the later level."""
    out = list(facts)
    for index, fact in enumerate(facts):
        details = fact.details
        if fact.kind != "revenue" or not isinstance(details, SubjectAmount):
            continue
        # The fact's own amount, as written in its span.
        own = [a for a in amounts if a.text == details.amount_text and fact.start <= a.start < fact.end + 1]
        compared = next((a for a in amounts if own and a.start > own[0].end
                         and _BASELINE_LEVEL.fullmatch(here.src, own[0].end, a.start)
                         and _BASELINE_CHANGE.match(here.src, a.end)), None)
        if compared is not None and compared.currency is not None:
            # "营收为13.52亿元，较上一年的6.71亿元增长约101.7%": the year compared with told its revenue too.
            _add_level(out, index, here, details, compared, compared.currency)
            continue
        level = next((a for a in own if _CHANGED_TO.search(here.src, fact.start, a.start) is not None), None)
        if level is None:
            continue
        earlier = next((a for a in amounts if a.start > level.end
                        and _CHANGED_FROM.fullmatch(here.src, level.end, a.start)), None)
        if earlier is not None and earlier.currency is not None:
            _add_level(out, index, here, details, earlier, earlier.currency)
    return out


def _with_listed_periods(here: Here, facts: Sequence[Fact], amounts: Sequence[Amount]) -> list[Fact]:
    """The facts, with the revenue for a second period its sentence lists after the first's: "reported revenue of
    $2.59 billion for the fourth quarter and $7.87 billion for 2013" is the company's revenue twice, the second
    dated by the date phrase right after it, which never dates the first."""
    out = list(facts)
    told = {f.details.amount_text for f in facts if f.kind == "revenue" and isinstance(f.details, SubjectAmount)}
    for index, fact in enumerate(facts):
        details = fact.details
        if fact.kind != "revenue" or not isinstance(details, SubjectAmount):
            continue
        level = next((a for a in amounts if a.text == details.amount_text and fact.start <= a.start < fact.end + 1),
                     None)
        listed = next((a for a in amounts if level is not None and a.start > level.end
                       and _NEXT_PERIOD.fullmatch(here.src, level.end, a.start)), None)
        if listed is not None and listed.currency is not None and listed.text not in told:
            _add_level(out, index, here, details, listed, listed.currency)
    return out


def _add_level(out: list[Fact], index: int, here: Here, details: SubjectAmount, amount: Amount, currency: str) -> None:
    """Appends to ``out`` a second revenue of the subject of ``out[index]`` (whose details are ``details``), at
    ``amount``, dated by the date phrase right after it; that phrase no longer dates the first."""
    date = next((FactDate(d.value, d.text) for d in here.dates if d.on_calendar and d.start >= amount.end
                 and _DATED_BY.fullmatch(here.src, amount.end, d.start)), None)
    if date is not None and details.date == date:
        out[index] = replace(out[index], details=replace(details, date=None))
    subject = next((p for p in here.mentions if p.name == details.subject), None)
    parts = [(amount.start, amount.end), *(((subject.start, subject.end),) if subject is not None else ())]
    out.append(_typed_fact(here, "revenue", parts, SubjectAmount(
        details.subject, amount.value, currency, amount.qualifier, amount.text, date)))


def _date_near(here: Here, pos: int) -> FactDate | None:
    dated = [d for d in here.dates if d.on_calendar]
    if not dated:
        return None
    date = min(dated, key=lambda d: abs(d.start - pos))
    return FactDate(date.value, date.text)


def _typed_fact(here: Here, kind: str, parts: Sequence[tuple[int, int]], details: FactDetails) -> Fact:
    start = min(s for s, _ in parts)
    end = max(e for _, e in parts)
    return Fact(kind=kind, text=" ".join(here.body[start:end].split()), start=start, end=end,
                sentence=here.text, sentence_start=here.start, entities=here.names, details=details)


def _priced(here: Here, subject: Party, cue: re.Match[str]) -> bool:
    """Whether a deal, not the subject, is what the valuation's cue values: a deal noun
    after the subject in the cue's clause ("MosaicML ... in a deal valued at"; but "In the
    deal, Mistral AI was valued at" values Mistral AI), or right after the cue ("bewertet die
    Transaktion das US-Unternehmen mit"), or a demonstrative that opens the sentence and stands for
    an offer for a company the sentence before told (facts.offer_patterns), where no round was told
    ("offering 0.5533 of a Zoom share for each Five9 share. At the time, that valued Five9 at"; not
    "in its initial public offering. That valued Arm at")."""
    if _DEAL_AFTER_CUE.match(here.src, cue.end()) is not None:
        return True
    if here.offered and here.round is None and _THAT_VALUED.fullmatch(here.src, here.start, cue.start()) is not None:
        return True
    # In the cue's part of the sentence, not in a relative clause: "Softbank hatte dem Vision Fund dessen
    # Anteil von 25 Prozent an Arm abgekauft, bei einer Bewertung von" values the stake's company.
    relative = relative_clauses(here.src, here.start, here.end)
    # Nor a deal in which the subject was valued: "Argo selbst wurde bei dem Geschäft mit … bewertet".
    deals = [m for m in _DEAL.finditer(here.src, max(here.start, subject.end, cue.start() - 60), cue.start())
             if not any(s <= m.start() < e for s, e in relative)
             and not _DEAL_CIRCUMSTANCE.search(here.src, max(here.start, m.start() - 12), m.start())]
    if deals and IN_PART.fullmatch(here.src, deals[-1].end(), cue.start()):
        return True
    # "Microsoft's stake in OpenAI is valued at", "die Übernahme von MosaicML, bewertet mit": the
    # subject is what the deal or stake is in.
    return _DEAL_OF.search(here.src, max(here.start, subject.start - 40), subject.start) is not None \
        and IN_CLAUSE.fullmatch(here.src, subject.end, cue.start()) is not None


def _listed_people(here: Here, people: Sequence[Party], start: int, stop: int) -> list[str]:
    """The people of the list the first person from ``start`` (before ``stop``) opens: in "founded in
    1979 by Neal Patterson, Paul Gorup and Cliff Illig, three colleagues from the accounting firm Arthur
    Andersen" not Arthur Andersen; "and his sister Daniela Amodei" goes on with the list, and "and with Dave
    Moellenhoff", but not "Richard Schwartz, a former aide to Rudy Giuliani" (a person after another preposition is
    its object)."""
    run: list[Party] = []
    for person in sorted((p for p in people if start <= p.start < stop), key=lambda p: p.start):
        if any(p.name == person.name for p in run):
            continue  # the holder a post in an apposition stands for ("its chief executive")
        # (past an apposition of the one before: "by Naveen Rao, its chief executive, and Hanlin Tang")
        aside = _LISTED_ASIDE.match(here.src, run[-1].end, person.start) if run else None
        joiner = LIST_JOINER.match(here.src, aside.end() if aside else run[-1].end) if run else None
        if run and (joiner is None or not _LIST_GOES_ON.fullmatch(here.src, joiner.end(), person.start)
                    or (OBJECT_BEFORE.search(here.src, joiner.end(), person.start) is not None
                        and _FOUNDED_WITH.fullmatch(here.src, joiner.end(), person.start) is None)
                    or _opens_clause(here, person)):
            break  # "with Bob Miner and Ed Oates, and Safra Catz joined it in 1999": a clause of its own
        run.append(person)
    return [p.name for p in run]


def _opens_clause(here: Here, person: Party) -> bool:
    """Whether a word written small that is no function word follows the person: the verb of a clause
    the person opens ("and Safra Catz joined", "und Dieter Schwarz stieg später ein", "and Jensen Huang
    later backed it")."""
    after = _WORD_AFTER.match(here.src, person.end, here.end)
    return after is not None and after.group(1).lower() not in FUNCTION_WORDS


def _closes_list(here: Here, person: Party) -> bool:
    """Whether the list of those a founding was "with" is one of founders: not "with Peter Thiel's
    backing", "with Sam Bankman-Fried among its investors" (facts.founders_not_listed_patterns)."""
    return _NOT_FOUNDERS.match(here.src, person.end, here.end) is None


def _names_blanked(here: Here, start: int, end: int) -> str:
    """The text from start to end, each name in it blanked: the stops of "T. J. Rodgers" end no clause."""
    text = list(here.src[start:end])
    for party in here.mentions:
        lo, hi = max(party.start, start), min(party.end, end)
        if not party.derived and lo < hi:
            text[lo - start: hi - start] = "x" * (hi - lo)
    return "".join(text)


def _founded(here: Here, cue: re.Match[str], amounts: Sequence[Amount],
             percents: Sequence[Amount]) -> Fact | None:
    # Not one named as an agent: in "Gegründet wurde Arm 1990 als Gemeinschaftsunternehmen von Acorn
    # Computers, Apple und VLSI Technology" those after "von" founded it.
    people = [m for m in here.mentions if m.label == "PERSON"]
    # But where only people follow that word in a founding put first, the name after them opens the
    # clause: "Founded in 1996 by Pradeep Sindhu, Juniper made its name".
    opened = [m for m in here.mentions if m.label == "ORG" and not here.src[here.start: cue.start()].strip()
              and _after_founding_people(here, cue.end(), m, people)]
    orgs = [m for m in here.mentions if m.label == "ORG" and (not in_agent_phrase(here, m) or m in opened)]
    co = cue.group(0).lower().startswith(CO_FOUNDED)
    # "Musk, who co-founded OpenAI": the organisation follows; "OpenAI was founded in
    # 2015", "Founded as a nonprofit in 2015, OpenAI's mission": before, or the sentence's first.
    # Not after "by": "co-founded by OpenAI's former chief scientist" names a founder's employer.
    if _UNNAMED_FOUNDED.match(here.src, cue.end(), here.end):
        return None  # "与地平线在中国成立合资公司", "founded a joint venture": what was founded has no name here
    # Right after the cue in its clause ("成立，前身为联华电子" names the one it came from), or after a
    # description of it ("has since co-founded the startup Inflection AI").
    def right_after(o: Party) -> bool:
        return (0 <= o.start - cue.end() <= 4 and not CLAUSE_MARK.search(here.src, cue.end(), o.start)) \
            or _FOUNDED_OBJECT.fullmatch(here.src, cue.end(), o.start) is not None

    org = next((o for o in orgs if right_after(o)
                and not _FOUNDED_BY_WORD.fullmatch(here.src[cue.end(): o.start].strip() + " ")), None)
    if org is not None and _UNIT_AFTER.match(here.src, org.end):
        return None  # "宣布成立Watson事業部": a unit set up inside the company, no organisation founded
    if org is None and here.lang in _NAMES_CAPITALISED and _UNKNOWN_NAME.match(here.src, cue.end()) \
            and not any(p.start <= cue.end() + 2 < p.end for p in here.mentions):
        return None  # "宣布在熊本成立JASM", "co-founded Lumora": what was founded is no name we know
    if org is None and _ATTRIBUTIVE.fullmatch(cue.group(0)):
        # Only the noun it stands before: "einer eigens für ihn gegründeten AI-Einheit" founds no
        # organisation named before it.
        # Or a description the participle opens, standing for the one the sentence before opened with and named
        # alone: "Cypress ist deutlich kleiner. Das 1982 von T. J. Rodgers mitgegründete Unternehmen" (not the lead
        # investor named last in "Contentful holte sich 175 Millionen Dollar unter Führung von Tiger Global", nor
        # Siemens in "Siemens hat sich von Osram getrennt. Das 1919 gegründete Unternehmen").
        org = next((o for o in orgs if (o.start >= cue.end() and _FEW_WORDS.fullmatch(here.src, cue.end(), o.start))
                    or (o.derived and o.start <= cue.start() < o.end and o.name == here.subject == here.topic)),
                   None)
        if org is None:
            return None
    founding_companies: list[str] = []
    subject_after: Party | None = None  # a founder after the verb that follows what was founded
    if org is None:
        # "Arm wurde 1990 von Acorn, Apple und VLSI gegründet", "von fünf IBM-Mitarbeitern
        # gegründet": an organisation after "von"/"by" founded it; the one founded comes before.
        by_word = [m.start() for m in _FOUNDED_AGENT.finditer(here.src, here.start, cue.start())
                   if _agent_reaches(here, m.end(), cue.start())]
        before = by_word[-1] if by_word else cue.start()
        # Not a name glued to the noun after it: "mit vier ehemaligen IBM-Kollegen gegründet" founds no IBM; nor one a
        # Chinese noun right after it makes a modifier ("台塑集团旗下的DRAM厂，1995年成立").
        # Nor a pronoun an object's preposition takes: in "The foundation behind it was set up in 2008" the foundation
        # was founded, not what "it" stands for.
        org = max((o for o in orgs if o.end <= before and not _GLUED.match(here.src, o.end)
                   and not _MODIFIED_UNSPACED.match(here.src, o.end)
                   and not (o.pronoun and OBJECT_BEFORE.search(here.src, max(here.start, o.start - 24), o.start))
                   and not _FOUNDED_ORIGIN.search(here.src, max(here.start, o.start - 40), o.start)),
                  key=lambda o: o.end, default=None)
        if org is not None and _FOUNDED_COORDINATED.search(here.src, org.end, cue.start()) \
                and _FOUNDED_PREPOSITION.search(here.src, max(here.start, org.start - 16), org.start):
            # "Tableau grew out of a project at Stanford University and was founded": the clause's subject.
            org = next((o for o in orgs if o.end <= org.start and IN_PART.fullmatch(here.src, o.end, org.start)
                        and not _FOUNDED_PREPOSITION.search(here.src, max(here.start, o.start - 16), o.start)), None)
        relative = _FOUNDED_RELATIVE_OBJECT.search(here.src, max(here.start, org.start - 12), org.start) \
            if org is not None and org.end <= cue.start() and not _PASSIVE_AFTER.match(here.src, cue.end()) else None
        if relative is not None and relative.group("either"):
            return None  # "Calico, das Google gegründet hatte": which one founded the other, German does not say
        if org is not None and relative is not None:
            # "Calico, which Google founded in 2013", "den Google gegründet hatte": the one the relative clause
            # opens with founded the one it follows, where that one is named.
            founder = org
            org = next((o for o in orgs if not o.derived and 0 <= relative.start() - o.end <= 1), None)
            if org is None:
                return None
            founding_companies = [founder.name]
        active = _FOUNDED_ACTIVE.match(here.src, org.end, cue.start()) \
            if org is not None and org.end <= cue.start() else None
        # "Rocket Internet hatte Foodpanda 2012 gegründet": it founded, what it founded we do not know; but a
        # person right after the verb founded it ("Founders Fund hatte Peter Thiel 2005 mitgegründet").
        if active is not None:
            subject_after = next((p for p in people if p.start == active.end()), None)
            if subject_after is None:
                return None
        if org is not None and _FOUNDED_RELATIVE.search(here.src, max(here.start, cue.start() - 24), cue.start()) \
                and (_FOUNDED_OBJECT.search(here.src, org.end, cue.start())
                     or _ARTICLE_AFTER.match(here.src, cue.end()) is not None):
            # "bought Quip, the document-editing start-up he had co-founded": not Microsoft; "It was not his first
            # start-up: he had co-founded the photo-sharing site Flickr": what he founded follows, unnamed.
            return None
    if org is None and here.src[here.start: cue.start()].strip() == "" \
            and not _FOUNDED_TIME_CLAUSE.match(here.src, cue.end()):
        # Not one after a word that names founders: in "Gegründet wurde Arm 1990 als Gemeinschaftsunternehmen
        # von Acorn Computers, Apple und VLSI Technology" Apple founded, it was not founded.
        # Nor one a founder's or a chief's title names as theirs ("der Gründer des Telekomkonzerns Iliad", "dem
        # früheren Google-Chef Eric Schmidt").
        org = min((o for o in orgs if (not _FOUNDED_AGENT.search(here.src, cue.end(), o.start) or o in opened)
                   and not _FOUNDED_EMPLOYER.search(here.src, max(here.start, o.start - 48), o.start)
                   and not _GLUED.match(here.src, o.end)),
                  key=lambda o: o.start, default=None)
    if org is None or _NAME_GOES_ON.match(here.src, org.end):
        return None  # "成立名为Microsoft AI的新部门": a longer name than the one known, founded
    # The founders before the cue stand near it, or near the organisation right before a verb at the
    # clause's end: "Reil hatte zuvor die Spielefirma NaturalMotion mitgegründet".
    anchor = org.start if org.end <= cue.start() and IN_CLAUSE.fullmatch(here.src, org.end, cue.start()) \
        and not _FOUNDED_AGENT.search(here.src, org.end, cue.start()) else cue.start()
    # Or before an aside that names no one else, set off by commas: "Staniszewski and Piotr Dabkowski, friends
    # since their school days in Poland, founded ElevenLabs", "Tony Fadell, a former Apple executive, co-founded
    # Nest" (a former employer, no founder); or a relative clause (_WHO_ASIDE).
    aside = next((p.end for p in reversed(people) if p.end <= anchor and anchor - p.end <= _ASIDE_REACH
                  and (_ASIDE.fullmatch(here.src, p.end, anchor) or _WHO_ASIDE.fullmatch(here.src, p.end, anchor))
                  and not any(p.end <= m.start < anchor and m.label == "PERSON" for m in here.mentions)),
                 None)
    near_to = anchor if aside is None else aside
    near = [p for p in people if p.end <= near_to and near_to - p.end <= 40] \
        or ([subject_after] if subject_after is not None else [])
    # The founders before the cue share its clause, or open it ("Musk, who co-founded OpenAI"): in
    # "微软…延揽穆斯塔法·苏莱曼与卡伦·西蒙尼扬，并成立…新部门" those hired found nothing.
    if not near and people and _FOUNDERS_COORDINATED.search(here.src, max(here.start, cue.start() - 24), cue.start()) \
            and not here.src[here.start: people[0].start].strip() and not PART_END.search(here.src, here.start,
                                                                                           cue.start()):
        # The people the sentence opens with share the predicate the founding ends: "Tenev and Bhatt met as students
        # at Stanford University and founded the company in 2013" (no one else named before the verb).
        opening = [p for p in people if p.end <= cue.start()]
        if all(LIST_JOINER.fullmatch(here.src, one.end, other.start) for one, other in pairwise(opening)):
            near = opening
    last = max((p.end for p in near), default=cue.start())
    post_named = len(near) == 1 and _TITLED_SUBJECT.fullmatch(here.src, here.start, near[0].start) is not None \
        and only_comma(here.src[last: cue.start()])
    if CLAUSE_BREAK.search(here.src, last, cue.start()) and not _WHO.fullmatch(here.src, last, cue.start()) \
            and not _WHO_ASIDE.fullmatch(here.src, last, cue.start()) and aside is None and not post_named:
        near = []
    # "von Altman, Brockman, Ilya Sutskever und Elon Musk ... gegründet": every founder after "von", in the cue's
    # part of the sentence ("Alando, einem Auktionshaus nach dem Vorbild von eBay, das sie 1999 gründeten": not eBay).
    by_before = [m for m in _FOUNDED_AGENT.finditer(here.src, org.end, cue.start())
                 if _only_list_commas(here, m.end(), cue.start())]
    # Not a second one right after a noun the first names, which only says whose that noun is: in "das 2012 von
    # früheren Managern von Rocket Internet gegründet wurde" the managers founded it, not Rocket Internet.
    by_before = [m for i, m in enumerate(by_before)
                 if i == 0 or not _NOUN_ENDS.search(here.src, by_before[i - 1].end(), m.start())]
    if by_before:
        # ... and no one named before the company, who founded another: "58同城由姚劲波于2005年在北京创办，赶集网则由
        # 杨浩涌在同年创立" (赶集网's founder is 杨浩涌 alone).
        near = [p for p in near if p.start >= org.end]
    founders = [p.name for p in near] + founding_companies
    if by_before:
        founders += [p.name for p in people if by_before[-1].end() <= p.start and p.end <= cue.start()]
        founders += _founding_companies(here, by_before[-1].end(), org)
    # "founded in 2015 as a non-profit research lab by a group that included Altman, ...".
    # Not past the end of a relative clause the founding is told in: "Page, der Google 1998 zusammen mit Sergey
    # Brin gegründet hatte, wird Vorstandschef von Alphabet".
    by = _FOUNDED_BY_AFTER.match(here.src, cue.end(), here.end)
    if by and (_OTHER_AGENT.search(here.src, cue.end(), by.end())
               or any(s < cue.start() < e < by.end() for s, e in relative_clauses(here.src, here.start, here.end))):
        by = None
    if by:
        # (The first in its part of the sentence; the list goes on past a comma and "and": "by Naveen Rao, its
        # chief executive, and Hanlin Tang".)
        clause_end = PART_END.search(here.src, by.end(), here.end)
        stop = clause_end.start() if clause_end else here.end
        founders += _listed_people(here, people, by.end(), here.end) \
            if any(by.end() <= p.start < stop for p in people) else []
        founders += _founding_companies(here, by.end(), org)
    # "Ellison co-founded Oracle in 1977 with Bob Miner and Ed Oates": those right after "with" too; in a verb-final
    # clause, between what was founded and the cue ("hatte FTX 2019 mit Gary Wang gegründet").
    with_ = _FOUNDED_WITH.match(here.src, max(cue.end(), org.end), here.end)
    if with_ is None and org.end <= cue.start():
        with_ = _FOUNDED_WITH.match(here.src, org.end, cue.start())
    first = next((p.start for p in people if with_ is not None and (p.start == with_.end() or (
        p.start > with_.end() and _FOUNDED_WITH_DESCRIBED.fullmatch(here.src, with_.end(), p.start)))), None)
    if with_ is not None and first is not None \
            and (listed := _listed_people(here, people, first, here.end)) \
            and _closes_list(here, next(p for p in people if p.name == listed[-1] and p.start >= first)):
        founders += listed
    # ... only where the founding names its founders as a group ("by a group of researchers",
    # "von fünf ehemaligen IBM-Mitarbeitern"): not "founded last year with backing from
    # investors, including Eric Schmidt".
    including = _FOUNDERS_INCLUDING.match(here.src, cue.end(), here.end) if by or by_before else None
    if including:
        clause_end = PART_END.search(here.src, including.end(), here.end)
        stop = clause_end.start() if clause_end else here.end
        founders += [p.name for p in people if including.end() <= p.start < stop]
    if not founders and org.start >= cue.end() and not here.src[here.start: cue.start()].strip():
        # The founders between a cue that opens the sentence and what they founded: "Gegründet hatten Robert
        # Gentz und David Schneider das Unternehmen 2008".
        between = [p for p in people if cue.end() <= p.start and p.end <= org.start]
        if between and IN_CLAUSE.fullmatch(_names_blanked(here, cue.end(), org.start)) \
                and not _FOUNDED_AGENT.search(here.src, cue.end(), org.start):
            founders += _listed_people(here, people, between[0].start, org.start)
        elif not between and _FOUNDED_ACTIVE.match(here.src, cue.end(), org.start):
            # ... or after it, in its part of the sentence: "Gegründet hatten den Autobauer 2003 die Ingenieure Martin
            # Eberhard und Marc Tarpenning; Musk stieg im Jahr darauf ein".
            part_end = PART_END.search(here.src, org.end, here.end)
            stop = part_end.start() if part_end else here.end
            after = [p for p in people if org.end <= p.start and p.end <= stop]
            founders += _listed_people(here, people, after[0].start, stop) if after else []
    if not founders and here.lang in _SUBJECT_CARRIES:
        founders += _subject_of_the_chain(here, cue)
    if not founders and (titled := _FOUNDER_TITLED.search(here.src, cue.end(), here.end)) is not None:
        # "零跑汽车于2015年12月在杭州成立，创始人朱江明此前是…": the founder the next clause opens with.
        # "创始团队包括雷军、林斌等人": the list it opens.
        founders += _listed_people(here, people, titled.end(), here.end) \
            if any(0 <= p.start - titled.end() <= 1 for p in people) else []
    if org.derived and len(founders) > 1 and len({here.known.get(f) for f in founders}) == 1 \
            and (shared := here.known.get(founders[0])) not in (None, org.name):
        # "Lazaridis and Fregin founded the company in 1984", both told of as BlackBerry's: the company the
        # founders share, not the one a guess took from the sentence before (Google's Android).
        org = replace(org, name=shared)
    if org.derived and any(here.known.get(f) not in (None, org.name) for f in founders):
        # "Butterfield co-founded the company in 2009" after "Butterfield, Slack's chief executive" and a
        # sentence naming Salesforce last: which company the description means, the guess and the
        # founder's post disagree on.
        return None
    # "Alat是PIF今年2月成立的公司": the one before the copula was founded, by the organisation the cue follows.
    if org.end <= cue.start() and _ATTRIBUTIVE_AFTER.match(here.src, cue.end()) is not None:
        named = next((o for o in orgs if not o.derived and o.end < org.start
                      and _COPULA_BETWEEN.fullmatch(here.src, o.end, org.start)), None)
        if named is not None:
            founders, org = [*founders, org.name], named
    # The year only where the founding clause writes it ("in 2015", "2015 ... gegründet").
    # Between the organisation and the cue first ("百度由李彦宏和徐勇于2000年1月在北京创立，2005年
    # 在纳斯达克上市" was founded in 2000), else near the cue in its clause.
    # Or right after what the cue before it founded: "Gegründet hatten ... das Unternehmen 2008 in Berlin".
    # (A month the date anchors counts there too after a preposition, "Li set up World Labs in April" in an article of
    # September 2024; not "创办的月之暗面今年2月完成…融资", which dates what follows.)
    year = next((d for d in here.dates if cue.end() <= org.start and 0 <= d.start - org.end <= 4
                 and (gap := _YEAR_RIGHT_AFTER.fullmatch(here.src, org.end, d.start)) is not None
                 and (_written_year(d) or (d.on_calendar and d.granularity == "month" and gap.group(0).strip()))),
                None) or next((d for d in sorted(here.dates, key=lambda d: (not org.end <= d.start < cue.start(),
                                                                            abs(d.start - cue.start())))
                 # A year told relative ("去年4月") or a day ("今（30）日正式成立") only between the organisation
                 # and the cue: in "李开复创办的零一万物则在去年11月宣布" it dates what was announced.
                 if d.on_calendar and (re.search(r"\d{4}", d.text) or d.granularity == "year"
                                       or ((_RELATIVE_YEAR.search(han.normalised(d.text)) or d.granularity == "day")
                                           and org.end <= d.start < cue.start()))
                 and (org.end <= d.start < cue.start()
                      or (abs(d.start - cue.start()) <= 50
                          # "，2005年在纳斯达克上市" is another clause.
                          and IN_CLAUSE.fullmatch(_names_blanked(here, min(d.end, cue.end()),
                                                                 max(d.start, cue.start())))))
                 and d.granularity in ("year", "month", "day")), None) \
        or next((d for d in here.dates if d.end <= min(org.start, cue.start()) and _written_year(d)
                 and _opening_date_founds(here, d, org, cue)), None) \
        or _year_told_after(here, max(org.end, cue.end()))
    if not founders and year is None and org.derived:
        return None  # "since it was founded": a pronoun's founding that tells neither who nor when
    parts = [(cue.start(), cue.end()), (org.start, org.end)] + ([(year.start, year.end)] if year else [])
    return _typed_fact(here, "founded", parts, Founded(
        org.name, tuple(sorted(set(founders))), "co-founder" if co else "founder",
        year.value[:4] if year else None, year.text if year else None))


# Between a founded organisation and the date right after it: nothing, or a short word ("in", "im").
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:[^\W\d]{1,3}\s+)?")


def _year_told_after(here: Here, end: int) -> TimeExpression | None:
    """The year the next clause gives the founding just told, its verb alone: "阿里云由王坚主导创建，成立于2009年",
    "Shazam was started by four friends, and founded in 1999" (facts.founded_year_after_patterns)."""
    told = _YEAR_AFTER.search(here.src, end, here.end)
    if told is None or not IN_CLAUSE.fullmatch(_names_blanked(here, end, told.start())):
        return None
    return next((d for d in here.dates if d.start >= told.end() and not here.src[told.end(): d.start].strip()
                 and _written_year(d)), None)


def _written_year(date: TimeExpression) -> bool:
    """Whether a date can give a founding's year as written: on the calendar, a year, month or day, its year in
    digits ("2009年", "in March 2009"; not "去年")."""
    return date.on_calendar and date.granularity in ("year", "month", "day") \
        and re.search(r"\d{4}", date.text) is not None


def _opening_date_founds(here: Here, date: TimeExpression, org: Party, cue: re.Match[str]) -> bool:
    """Whether a date that opens the sentence, set off by a comma, dates its founding: right before the one
    founded ("2014年10月，螞蟻金服正式成立", "In October 2014, Ant Financial was founded"), or before the clause
    whose cue the one founded follows ("1998年6月18日，刘强东在北京中关村创办京东", "In 1998, Liu founded JD"), but
    not a founding told as what describes the one founded ("2016年，拼多多与黄峥此前创办的拼好货合并")."""
    src = here.src
    comma = _COMMA_BEFORE_NAME.match(src, date.end)
    if comma is None or not _DATED_BY.fullmatch(src, here.start, date.start):
        return False
    if org.start <= cue.start():
        return comma.end() == org.start and IN_CLAUSE.fullmatch(src, org.end, cue.start()) is not None
    return (IN_CLAUSE.fullmatch(src, comma.end(), cue.start()) is not None
            and IN_CLAUSE.fullmatch(src, cue.end(), org.start) is not None
            and not _ATTRIBUTIVE_AFTER.match(src, cue.end()))


# Before the person a Chinese sentence opens with, a clause that modifies it ("曾在…短暫任職的黃子欣").
_SUBJECT_MODIFIER = re.compile(languages.alternation("facts.subject_modifier_patterns"))


def _subject_of_the_chain(here: Here, cue: re.Match[str]) -> list[str]:
    """In a language whose clauses leave out a subject told before (facts.subject_carries_over_clauses),
    the person a sentence opens with founded what a later clause founds, where nobody and nothing else
    is named between: "黃仁勳出生於台南，幼年隨家人移居美國，1993年與兩位夥伴共同創辦輝達"."""
    first = min((p for p in here.mentions if p.label == "PERSON"), key=lambda p: p.start, default=None)
    opening = here.src[here.start: first.start] if first is not None else ""
    if first is None or (opening.strip() and not _SUBJECT_MODIFIER.fullmatch(opening)) \
            or first.end > cue.start() or PART_END.search(here.src, first.end, cue.start()):
        return []
    between = [p for p in here.mentions if first.end <= p.start < cue.start() and p.label in _PARTIES]
    return [] if between else [first.name]


# After a list of founding companies: the end of its phrase, a preposition, a year or the founding's verb.
_COMPANIES_END = re.compile(r"\s*(?:$|[.,;:!?)(。，；：]|\d|(?:" + languages.alternation("facts.object_prepositions")
                            + r"|als|as)(?![\w-])|" + _CUE["founded"].pattern + ")", re.I)


def _after_founding_people(here: Here, pos: int, org: Party, people: Sequence[Party]) -> bool:
    """Whether ``org`` opens the clause after a founding's agent phrase (from ``pos``) that names
    only people: "Founded in 1996 by Pradeep Sindhu, |Juniper made its name"."""
    agents = list(_FOUNDED_AGENT.finditer(here.src, pos, org.start))
    named = [p for p in people if agents and agents[-1].end() <= p.start and p.end <= org.start]
    if not named or here.src[named[-1].end: org.start].strip() != ",":
        return False
    gaps = [here.src[a.end: b.start] for a, b in pairwise(named)]
    return not here.src[agents[-1].end(): named[0].start].strip() and all(LIST_JOINER.fullmatch(gap) for gap in gaps)


_COMMA_AT = re.compile("[" + re.escape(COMMA) + "]")
# Between a date that opens a sentence and the name after it, a comma: "2014年10月，螞蟻金服正式成立".
_COMMA_BEFORE_NAME = re.compile(r"\s*[" + re.escape(COMMA) + r"]\s*")
# The languages whose lists part names with another mark, a comma parting clauses (Chinese, whose lists take 、).
_COMMA_ENDS_CLAUSE = frozenset(lang for lang in languages.LANGUAGES
                               if languages.lookup(lang, "facts.comma_ends_clause"))
_DESCRIBING = re.compile(r"\s*(?:[\w-]+\s+){0,3}?")
# A copula before the one a founding's attributive clause names its founder ("Alat是PIF今年2月成立的公司"), and the
# word that makes the clause attributive (facts.founded_copula_patterns, facts.founded_attributive_after_patterns).
_COPULA_BETWEEN = re.compile(r"\s*(?:" + languages.alternation("facts.founded_copula_patterns") + r")\s*")
_ATTRIBUTIVE_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.founded_attributive_after_patterns") + r")")
_YEAR_AFTER = re.compile(languages.alternation("facts.founded_year_after_patterns"), re.I)


def _agent_reaches(here: Here, start: int, end: int) -> bool:
    """Whether the agent a word after ``start`` names is the one of a founding at ``end``: across commas that part
    a list (_only_list_commas); in a language whose comma parts clauses, across clauses that leave their subject
    out ("Stellantis由PSA与FCA合并而成，于2021年1月正式成立"), not one that names its own ("由程维于2012年在北京创立，
    快的打车则同年在杭州创立")."""
    if here.lang not in _COMMA_ENDS_CLAUSE:
        return _only_list_commas(here, start, end)
    return IN_PART.fullmatch(here.src, start, end) is not None and not any(
        m.start == comma.end() for comma in _COMMA_AT.finditer(here.src, start, end) for m in here.mentions
        if m.label in _PARTIES)


def _only_list_commas(here: Here, start: int, end: int) -> bool:
    """Whether every comma in [start, end) parts names of a list (a name follows it, maybe after a few words
    that describe it): "von Altman, Brockman und Musk gegründet", "von Ryan Smith, seinem Vater Scott Smith und
    Stuart Orgill gegründet", not "nach dem Vorbild von eBay, das sie 1999 gründeten"."""
    if IN_PART.fullmatch(here.src, start, end) is None:
        return False
    names = [m.start for m in here.mentions if start <= m.start < end]
    return all(any(comma.end() <= n <= comma.end() + 40 and _DESCRIBING.fullmatch(here.src, comma.end(), n)
                   for n in names)
               for comma in _COMMA_AT.finditer(here.src, start, end))


_ARTICLE_BEFORE_NAME = re.compile(r"(?:" + languages.alternation("facts.target_articles") + r")\s+", re.I)


# A capitalised word that ends a stretch of text: in German, a noun.
_NOUN_ENDS = re.compile(r"(?-i:[A-ZÄÖÜ])[\w-]*\s+$")


def _past_article(src: str, pos: int) -> int:
    """``pos``, or past the article that stands there."""
    article = _ARTICLE_BEFORE_NAME.match(src, pos)
    return article.end() if article is not None else pos


def _founding_companies(here: Here, pos: int, org: Party) -> list[str]:
    """The organisations that founded one, listed right after the word that names its founders ("als
    Gemeinschaftsunternehmen von Acorn Computers, Apple und VLSI Technology gegründet", "founded by
    Microsoft and Nvidia"): only a list of organisations that starts there, so "founded by Altman and
    backed by Microsoft" and "by Ramaswamy, Google's former head" name no founding company."""
    found: list[str] = []
    # (An article may stand before each: "von der Auergesellschaft, Siemens & Halske und der AEG gegründet".)
    pos = _past_article(here.src, pos)
    while (party := next((p for p in here.mentions if p.start == pos and not p.derived), None)) is not None:
        if party.label != "ORG" or party.name == org.name:
            break  # a list of people ("by Hassabis, Shane Legg and Mustafa Suleyman, and Google bought it")
        if _QUALIFIES.match(here.src, party.end):
            return []  # "by OpenAI's former chief scientist", "by Ramaswamy, Google's former head"
        found.append(party.name)
        joiner = LIST_JOINER.match(here.src, party.end)
        after = _past_article(here.src, joiner.end()) if joiner is not None else -1
        if joiner is None or next((p for p in here.mentions if p.start == after), None) is None:
            # The list ends its phrase, or the name qualifies a noun after it: "by OpenAI researchers"
            # names people, not a founding company.
            return found if _COMPANIES_END.match(here.src, party.end) else []
        pos = after
    return found


# An amount a valuation's cue stands right before (a word or two between, or a Chinese verb that leads to a level:
# facts.valued_level_patterns) is the valuation's: "290 Millionen Dollar bei einer Bewertung von 2,5 Milliarden Dollar
# eingesammelt", "估值或达150亿美元".
_VALUED_BEFORE = re.compile("(?:" + _CUE["valuation"].pattern + r")(?:\s*(?:\S+\s+){0,2}|(?:"
                            + languages.alternation("facts.valued_level_patterns") + "))$", re.I)
# After an amount, words that make it a value put on a company ("the $10 billion investors put on it in a
# private funding round"): no round's money.
_VALUED_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.valued_after_patterns") + r")", re.I)
_PART_OWNER = re.compile(r"(?:" + languages.alternation("facts.part_owner_patterns") + r")$", re.I)
_PER_SHARE_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.per_share_after_patterns") + r")", re.I)
_PER_SHARE_BEFORE = re.compile(r"(?:" + languages.alternation("facts.per_share_before_patterns") + r")\s*$")


def _subject_amount(kind: str, within: int = 60):  # type: ignore[no-untyped-def]
    """valuation, revenue, funding round, market value change: an amount next to the
    cue, about the entity told just before it (a round's never one a valuation's cue names)."""

    def extract(here: Here, cue: re.Match[str], amounts: Sequence[Amount],
                percents: Sequence[Amount]) -> Fact | None:
        if kind == "funding_round":
            amounts = [a for a in amounts
                       if not _VALUED_BEFORE.search(here.src, max(here.start, a.start - 40), a.start)
                       and not _VALUED_AFTER.match(here.src, a.end)]
        amount = _nearest_amount(here, amounts, cue.start(), cue.end(), within=within)
        if amount is None and kind == "revenue":
            # Further on where a verb of change leads to the level: "Der Umsatz stieg 2023 um sechs Prozent
            # auf rund 31,2 Milliarden Euro", "revenue rose 18% to $62 billion".
            amount = next((a for a in amounts if a.start >= cue.end()
                           and (_CHANGED_TO.fullmatch(here.src, cue.end(), a.start)
                                or _PERIOD_LEVEL.fullmatch(here.src, cue.end(), a.start))), None)
        if amount is None:
            return None
        # The owner the cue is written with ("off Nvidia's market value", "OpenAI的营收"), the
        # owner after it ("Der Börsenwert von Nvidia", "the market value of Nvidia"), else the
        # party told just before.
        subject = next((p for p in here.mentions if p.label in _SUBJECTS and p.end <= cue.start()
                        and _OWNER.fullmatch(here.src, p.end, cue.start())), None) \
            or next((p for p in here.mentions if p.label in _SUBJECTS and p.end < amount.start
                     and amount.end <= cue.start() and not here.src[amount.end: cue.start()].strip()
                     and _POSSESSIVE_OWNER.fullmatch(here.src, p.end, amount.start)), None) \
            or next((p for p in here.mentions if p.label in _SUBJECTS and p.start > cue.end()
                     and _OF_OWNER.fullmatch(here.src, cue.end(), p.start)), None) \
            or next((p for p in here.mentions if p.label in _SUBJECTS and 0 < p.start - cue.end() <= 1
                     and _SUBJECT_AFTER_CUE.fullmatch(cue.group(0))
                     and here.src[p.end: p.end + 1] != "-"), None) \
            or _subject_before(here, min(amount.start, cue.start()),
                               agents=kind not in ("valuation", "funding_round")) \
            or _topic(here, kind, cue)
        if subject is None or (subject.end <= cue.start() and _PART_OWNER.search(
                here.src, max(subject.end, cue.start() - 40), cue.start()) is not None):
            return None  # "Alphabet said the unit's revenue rose": a part's figure, not Alphabet's
        near = (max(here.start, cue.start() - 24), min(here.end, cue.end() + 24))
        if kind in ("valuation", "market_value_change") and any(
                m.start() <= cue.end() and cue.start() <= m.end() for m in _WORTH_MEASURE.finditer(here.src, *near)):
            return None  # "…普通股，以市值计约值164亿美元": what shares handed out are worth, no company's value
        if kind == "valuation" and _priced(here, subject, cue):
            return None  # "in a deal valued at about $1.3 billion": the price of a deal, not a valuation
        if kind == "valuation" and _ADJACENT_CUE.fullmatch(cue.group(0)) \
                and not _NEXT_TO.fullmatch(here.src, subject.end, cue.start()) \
                and not any(p.name == subject.name and not p.derived and p.end <= subject.start
                            and _NEXT_TO.fullmatch(here.src, p.end, cue.start()) for p in here.mentions):
            # "ordered Nvidia chips worth $10 billion": what is worth it is no company ("Microsoft, for its part,
            # is worth": the name, not its pronoun, stands next to the cue).
            return None
        if kind == "funding_round" and subject.end <= cue.start() \
                and (any(not _PASSIVE_BY.match(here.src, lead.end())
                         for lead in _LEADS.finditer(here.src, subject.end, min(amount.start, cue.start())))
                     or _JOINED_BEFORE.search(here.src, max(here.start, subject.start - 60), subject.start)):
            # "阿里巴巴领投…融资", "Thrive led the ... round", "beteiligte sich die Geely Holding an einer
            # Finanzierungsrunde": the investor raised nothing; but "OpenAI, led by Sam Altman, has raised" and
            # "backed by Amazon" tell who the company is.
            return None
        date = _date_near(here, cue.start())
        currency = amount.currency
        assert currency is not None  # a money amount always has one (USD where none is named)
        details: FactDetails
        if kind == "market_value_change":
            # "lost $1 trillion in market value", "wiped $589 billion off Nvidia's market value".
            # Before the amount only where the subject comes after it: never words before the subject.
            start = subject.end if subject.end <= amount.start else max(here.start, amount.start - 25)
            # A German verb at the clause's end: "279 Milliarden Dollar an Börsenwert eingebüßt".
            after = max(amount.end, cue.end())
            stop = CLAUSE_MARK.search(here.src, after, min(here.end, after + 30))
            window = here.src[start: stop.start() if stop else min(here.end, after + 30)]
            if _SUBJECT_AFTER_CUE.fullmatch(cue.group(0)):
                window = f"{cue.group(0)} {window}"  # the verb before its subject: "verlor Wirecard … an Wert"
            elif subject.end <= cue.start() and (verb := _WORD_BEFORE.search(
                    here.src, max(here.start, subject.start - 24), subject.start)) is not None \
                    and (_LOSS.fullmatch(verb.group(1)) or _GAIN.fullmatch(verb.group(1))):
                window = f"{verb.group(1)} {window}"  # "Am ersten Handelstag stieg Alibabas Börsenwert um"
            direction = "loss" if _LOSS.search(window) else "gain" if _GAIN.search(window) else None
            if direction is None or (_LEVEL_BEFORE.search(here.src, max(here.start, amount.start - 20), amount.start)
                                     and not _CHANGE_BEFORE.search(here.src, max(here.start, cue.start() - 30),
                                                                   cue.start())):
                # "Nvidias Börsenwert von drei Billionen Dollar", "Nvidia's market value rose to $3 trillion",
                # "市值突破3万亿美元": what the company is worth, no change.
                return _typed_fact(here, "valuation", [(subject.start, subject.end), (amount.start, amount.end),
                                                       (cue.start(), cue.end())],
                                   SubjectAmount(subject.name, amount.value, currency, amount.qualifier, amount.text,
                                                 date))
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
