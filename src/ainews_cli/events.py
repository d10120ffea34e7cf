"""Event mentions: a dated sentence where something happens becomes an event mention,
typed by the trigger nearest its date.  Pure functions only; merge.py merges the
mentions of one happening into events.

A mention needs a calendar date (anchored, with a granularity) and either a
participant (a named entity in the sentence) or an event trigger.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ainews_cli import han, languages
from ainews_cli.dates.context import mentioned_anchor
from ainews_cli.dates.strings import dateline_end, dates_the_page
from ainews_cli.facts.clauses import CONTRAST
from ainews_cli.facts.parties import (
    AGENT_BEFORE,
    OBJECT_BEFORE,
    at_venue,
    exchange_name,
    is_cited,
    main_organisation,
    not_a_company,
)
from ainews_cli.headlines import Telling, authority_name, headline, sued_there
from ainews_cli.lexicon import is_german_noun
from ainews_cli.records import (
    EntityMention,
    EventMention,
    Fact,
    Founded,
    Investment,
    Participant,
    Role,
    Sentence,
    SubjectAmount,
    TimeExpression,
    ValueChange,
    fold,
    within,
)

PARTICIPANT_LABELS = {"PERSON", "ORG", "PRODUCT", "LOC", "EVENT"}
OTHER = "other"


EVENT_TYPES = ("founding", "funding", "acquisition", "appointment", "departure", "launch", "partnership", "legal",
               "financial")  # in this order a word two types could claim is tried (and "other")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    action: str  # the action of data/triggers.toml the word tells ("fire", "invest", ...)


# A trigger starts a word, or a capitalised noun after a hyphen ("Microsoft-Aktie"),
# never a word's lower-case tail ("non-profit" is no profit); Han text has no word starts.
_LEAD = r"(?:(?<![\w-])|(?<=\w-)(?=(?-i:[A-ZÄÖÜ]))|(?=[\u3400-\u9fff\uf900-\ufaff]))"


@dataclass(frozen=True)
class _Alternative:
    """One alternative of a language's trigger pattern, in the order they are tried."""

    pattern: str
    first: str | None  # the character every match begins with (case aside); None if not known
    kind: tuple[str, str] | None  # the (type, action) it tells; None for a phrase that tells none


@dataclass(frozen=True)
class Triggers:
    # lang -> the words' literal beginnings as one prefix tree: a text none of them is in
    # holds no trigger.  Most sentences hold none, and the one pattern of every word tries
    # all of them at every position (about 1 ms a Chinese sentence; the tree, 5 µs).
    present: dict[str, re.Pattern[str]]
    alternatives: dict[str, list[_Alternative]]

    # lang -> action -> (one of which must stand in the trigger's clause, none of which may), where
    # an action of data/triggers.toml has them ("verkauft … Sparte$" sells a holding of its own or
    # to a buyer, not shares on the market).
    conditions: dict[str, dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]]
    # lang -> the alternatives (not_triggers first, then the words) as one pattern dispatched by the first
    # character (``_dispatched``), and by group number what a match of it tells; compiled on a language's
    # first text (a third of a second each), not for the languages a corpus does not hold.
    _compiled: dict[str, tuple[re.Pattern[str], list[tuple[str, str] | None]]] = field(
        default_factory=dict, compare=False, repr=False)

    def compiled(self, lang: str) -> tuple[re.Pattern[str], list[tuple[str, str] | None]]:
        if lang not in self._compiled:
            self._compiled[lang] = _dispatched(self.alternatives[lang])
        return self._compiled[lang]

    def find(self, text: str, lang: str) -> list[Trigger]:
        return self._kept(self.scan(text, lang), text, lang)

    def _kept(self, hits: list[Trigger], text: str, lang: str) -> list[Trigger]:
        """``hits`` whose clause meets their action's conditions; between a verb and its particle
        that do not, the words are read on their own ("agreed to pay a $30 million fine for …"
        pays no price for a company, and the fine is legal; the particle stays unread: a company
        that "prüfte eine Partnerschaft" entered none)."""
        conditions = self.conditions.get(lang, {})
        kept = []
        for hit in hits:
            if hit.action not in conditions or _meets(text, hit, *conditions[hit.action]):
                kept.append(hit)
            elif (last := text.rfind(" ", hit.start, hit.end)) > hit.start:
                kept.extend(self._kept(self._find(*self.compiled(lang), text, hit.start + 1, last), text, lang))
        return kept

    def scan(self, text: str, lang: str) -> list[Trigger]:
        """The triggers of ``text`` as the words match, before their actions' clause conditions."""
        if lang not in self.alternatives or self.present[lang].search(text) is None:
            return []
        return self._find(*self.compiled(lang), text, 0, len(text))

    @staticmethod
    def _find(pattern: re.Pattern[str], kinds: list[tuple[str, str] | None], text: str, start: int,
              end: int) -> list[Trigger]:
        found = []
        # A not_trigger holds a trigger and tells no event: it is matched, and dropped.
        for m in pattern.finditer(text, start, end):
            if not m.lastindex or (kind := kinds[m.lastindex]) is None:
                continue
            found.append(Trigger(m.start(), m.end(), *kind))
            if kind[0] == OTHER and m.end() - m.start() > len(m.group(0).split()[0]):
                # An untyped verb around its object tells what the object does: "kündigte am
                # Dienstag den Kauf von Initech an" announces a purchase; but only its object,
                # right after its article ("nach dem Kauf von Qualtrics" tells when, not what).
                found.extend(t for t in Triggers._find(pattern, kinds, text, m.start() + 1, m.end())
                             if t.type != OTHER and _NESTED_OBJECT.search(text, m.start(), t.start))
        return found

    def plain(self, lang: str) -> re.Pattern[str]:
        """The alternatives as one plain alternation: group 1 the not_triggers, then a group
        a word.  What ``find`` finds, the slow way (for tests)."""
        refused = [a.pattern for a in self.alternatives[lang] if a.kind is None]
        words = [f"({a.pattern})" for a in self.alternatives[lang] if a.kind is not None]
        return re.compile(_LEAD + "(?:(" + "|".join(refused) + ")|" + "|".join(words) + ")", re.I)


# What a trigger inside an untyped verb must stand as to tell what happened: its object
# ("kündigte den Kauf von Initech an"), not "nach dem Kauf" (data/languages/*.toml).
_NESTED_OBJECT = re.compile(languages.alternation("events.nested_object_patterns"), re.I)
# A clause, for an action's clause conditions (data/triggers.toml): no comma or point between
# digits ends one ("$4.6 billion for Apptio").
_CONDITION_BREAK = re.compile(r"[;:!?。；：！？\n]|(?<!\d)\.|\.(?!\d)|,(?!\d)|，")


def _meets(text: str, hit: Trigger, required: re.Pattern[str] | None, refused: re.Pattern[str] | None) -> bool:
    """Whether the clause of ``hit`` holds one of ``required`` and none of ``refused``."""
    start = max((m.end() for m in _CONDITION_BREAK.finditer(text, 0, hit.start)), default=0)
    stop = _CONDITION_BREAK.search(text, hit.end)
    clause = text[start:stop.start() if stop else len(text)]
    return (required is None or required.search(clause) is not None) and \
        (refused is None or refused.search(clause) is None)


def _dispatched(alternatives: Sequence[_Alternative]) -> tuple[re.Pattern[str], list[tuple[str, str] | None]]:
    """One pattern of the alternatives, a group each, in their order, where each run of
    alternatives whose first characters are known is tried by the character at the
    position: a branch for each first character, behind a look-ahead for it.  An
    alternative could only match at a position where its first character stands, so at
    each position the first alternative that matches is the plain alternation's."""
    names: list[tuple[str, int]] = []

    def group(index: int) -> str:
        names.append((name := f"a{len(names)}", index))
        return f"(?P<{name}>{alternatives[index].pattern})"

    parts: list[str] = []
    run: dict[str, list[int]] = {}  # the current run's branches, by first character (case aside)
    for index, alternative in enumerate([*alternatives, None]):
        if alternative is not None and alternative.first is not None:
            run.setdefault(alternative.first.lower(), []).append(index)
            continue
        parts.extend(f"(?=[{re.escape(key)}])(?:" + "|".join(group(i) for i in members) + ")"
                     for key, members in run.items())
        run = {}
        if alternative is not None:
            parts.append(group(index))
    pattern = re.compile(_LEAD + "(?:" + "|".join(parts) + ")", re.I)
    kinds: list[tuple[str, str] | None] = [None] * (pattern.groups + 1)
    for name, index in names:
        kinds[pattern.groupindex[name]] = alternatives[index].kind
    return pattern, kinds


def _trigger_word(word: str, reach: int = 8, particle_end: str = "", *, commas: bool = True) -> str:
    """A trigger word as a pattern: a word start ("invest" also matches "investment"), or the
    whole word with a trailing "$"; Han words as written (Chinese has no word ends).  Two
    parts with " … " between them are a verb and its separated particle or object, at most
    ``reach`` words apart within the clause: "stellt … vor" matches "stellte Mistral AI
    sein neues Modell vor"."""
    if SPLIT in word:
        verb, particle = word.split(SPLIT)
        # A German day is a word with its dot: "kündigte am 6. Februar Bard an".
        # In German no comma between them (events.separable_commas): "stellte am Montag fest, dass der
        # Umsatz vor dem Vorjahr lag" (but "für 4,5 Milliarden"); a particle (lower case) ends its clause
        # (events.particle_end).
        ending = particle_end if particle[:1].islower() else ""
        gap = r"[\s,]+" if commas else r"\s+"  # "opened its own chatbot, Bard, to users"
        # A number's point or comma is no break: "agreed to pay $4.6 billion for", "für 4,5 Milliarden".
        return (_trigger_word(verb) + rf"(?:{gap}(?:\d{{1,2}}\.|(?:[^\s.,;:!?]|(?<=\d)[,.](?=\d))+)){{0,{reach}}}?{gap}"
                + re.escape(particle.rstrip("$")) + r"\b" + ending)
    whole = word.endswith("$")
    body = re.escape(word.rstrip("$")).replace(r"\ ", r"\s+")
    if _CJK.search(word):
        return body
    return body + (r"\b" if whole else r"\w*")


@lru_cache(maxsize=1)
def load_triggers() -> Triggers:
    data = languages.triggers()
    words: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # lang -> (word, type, action)
    for action, entry in data["actions"].items():
        for lang, listed in entry.items():
            if lang in languages.LANGUAGES:  # not "type", "templates" or "facts"
                # As written and as folded: the fold of a Simplified phrase is not always itself (OpenCC's phrase
                # table folds 结束 to 結束, and 結束 to 结束), and a text is read folded once.
                for word in listed:
                    for form in dict.fromkeys((word, han.normalised(word) if _CJK.search(word) else word)):
                        words[lang].append((form, entry["type"], action))
    # Phrases that hold a trigger and tell no event ("founders", "发布声明") come first:
    # at one position the leftmost alternative wins. Whole words, but Han ones as written.
    # Patterns too ("started powering": a beginning, where "started" alone founds).
    not_triggers = sorted(languages.words("events.not_triggers"), key=len, reverse=True)
    refused = [*(_Alternative(re.escape(w) + ("" if _CJK.search(w) else r"(?![\w-])"), _first(w), None)
                 for w in not_triggers),
               *(_Alternative(p, None, None) for p in languages.patterns("events.not_trigger_patterns"))]
    order = (*EVENT_TYPES, OTHER)
    alternatives = {}
    for lang, entries in words.items():
        # Split verbs first ("kündigt … an" announces, where "kündigte" alone fires), then phrases of several
        # words ("raised its bid" bids, where "raised" alone raises money), then types in EVENT_TYPES order (an
        # untyped "宣布" last), and within one the longer words first.
        entries.sort(key=lambda e: (SPLIT not in e[0], " " not in e[0], order.index(e[1]), -len(e[0]), e[0]))
        # How far a verb's particle may stand: German fills the middle of its clause ("stellte am Dienstag
        # in San Francisco sein neues Sprachmodell Orbit vor"; events.separable_reach).
        reach = languages.lookup(lang, "events.separable_reach") or SPLIT_WORDS
        ending = languages.lookup(lang, "events.particle_end") or ""
        commas = languages.lookup(lang, "events.separable_commas") is not False
        alternatives[lang] = [*refused, *(_Alternative(_trigger_word(word, reach, ending, commas=commas), _first(word),
                                                       (kind, action))
                                          for word, kind, action in entries)]
    present = {lang: re.compile(languages.trie(sorted({_literal_start(word) for word, _, _ in entries})), re.I)
               for lang, entries in words.items()}
    conditions: dict[str, dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]] = defaultdict(dict)
    for action, entry in data["actions"].items():
        for lang in languages.LANGUAGES:
            required, refused = entry.get("clause", {}).get(lang), entry.get("not_in_clause", {}).get(lang)
            if required or refused:
                conditions[lang][action] = (re.compile("|".join(required), re.I) if required else None,
                                            re.compile("|".join(refused), re.I) if refused else None)
    return Triggers(present, alternatives, dict(conditions))


def _first(word: str) -> str | None:
    """The character a trigger word's or a not_trigger's matches begin with, where it is
    a letter or a digit (as written: the pattern ignores case)."""
    return word[0] if word[:1].isalnum() else None


def _literal_start(word: str) -> str:
    """What every match of ``_trigger_word(word)`` begins with, as written: the word, or
    for a split verb its verb, up to its first space (which matches any whitespace)."""
    return word.split(SPLIT)[0].rstrip("$").split(" ")[0]


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _words(path: str) -> str:
    """The words at ``path`` as one alternation: whole words, but for Han text, which has no word ends."""
    return "|".join(re.escape(word) if _CJK.search(word) else rf"(?<![\w-]){re.escape(word)}(?![\w-])"
                    for word in languages.words(path)) or "(?!)"


SPLIT, SPLIT_WORDS = " … ", 8  # a separable verb in data/triggers.toml: "stellt … vor"
MAX_TRIGGER_BREAKS = 3  # clause breaks between a date and the trigger that types it
MAX_TRIGGER_CHARS = 140
PARTICIPANT_WINDOW = 60  # participants stand this near the date or the trigger
_PARTIES = {"PERSON", "ORG"}  # a list may mix them: "Microsoft and Nvidia, as well as Reid Hoffman"
_ROLE_EVENTS = ("appointment", "departure")  # events of a role, whose organisation a role fact may give
APPOSED_REACH = 200  # characters before a trigger that a product set beside its noun is looked for in
IMPLIED_REACH = 3  # sentences back that a description ("the company") may point to
# Clause breaks: punctuation, and words of every language ("but", "aber"; data/languages/*.toml).
# Chinese punctuation breaks a clause as its ASCII forms do.
# A comma between digits is a decimal or thousands mark ("für 4,5 Milliarden", "1,000"), no break.
_BREAK_MARKS = r"[()—–，（）]|(?<!\d),|,(?!\d)| - "
_BREAK = re.compile(_BREAK_MARKS + "|" + languages.bounded(languages.words("events.clause_breaks")))
_STRONG_BREAK = re.compile(r"[;:；：]")  # a trigger beyond it is elsewhere
_PUNCTUATION_BREAK = re.compile(f"{_BREAK_MARKS}|{_STRONG_BREAK.pattern}")  # the marks of both, no words
_CLAUSE_END = re.compile(f"{_BREAK.pattern}|{_STRONG_BREAK.pattern}")  # either break
_MEANS_WORDS = languages.words("events.means_words")
_MEANS = re.compile(r"(?:" + languages.bounded(languages.latin(_MEANS_WORDS)) + r"\s+(?:[\w-]+\s+){0,3}"
                    r"|(?:" + languages.either(languages.cjk(_MEANS_WORDS)) + r")[^，。；：,;:]{0,6})$", re.I)
# Right before a date, a word that makes it the end of what its clause tells: "ran it as chief executive until 2014".
_UNTIL = re.compile(languages.bounded(languages.words("events.until_words")) + r"\s*$", re.I)
# Words that make a post held "until" a date a term, a contract, a stay or a forecast, no departure.
_UNTIL_HELD = re.compile(languages.bounded(languages.patterns("events.until_held_patterns")), re.I)
# Right before a trigger, a word that makes it a happening before or after the one its clause tells: "after leaving".
_PRIOR = re.compile(r"(?<![\w-])(?:" + languages.alternation("events.prior_patterns") + r")\s+$", re.I)
_PRIOR_CLAUSE = re.compile(languages.alternation("events.prior_clause_patterns"))
_TOLD_BACK = re.compile(languages.alternation("events.told_back_patterns"))
_THEN = re.compile(languages.alternation("events.then_patterns"), re.I)
_CLAUSE_BREAK = re.compile(_BREAK.pattern + "|" + _STRONG_BREAK.pattern)
# The actions of words that tell a happening without typing it ("announce", 宣布).
_UNTYPED = frozenset(action for action, entry in languages.triggers()["actions"].items() if entry["type"] == OTHER)
_GLOSS = re.compile(r"[(（][^()（）,，;；:：]{1,40}[)）]")
_COORDINATION = re.compile(_words("events.coordination"))
# A date inside "according to a Semafor report earlier this year" dates the report,
# not the happening the sentence tells.
_ATTRIBUTION = re.compile(r"\b(?:" + languages.alternation("events.attribution") + r")\b|"
                          + languages.alternation("events.attribution_patterns"), re.I)
# ... but one closed before the date ("Medienberichten zufolge hatte der Verwaltungsrat in der
# vergangenen Woche …") says who told it, undated: the date is the happening's.
_CLOSED_ATTRIBUTIONS = frozenset(word.lower() for word in languages.words("events.closing_attribution"))
_REPORTER = re.compile(languages.alternation("events.reporter_patterns"), re.I)
# A date in a clause that tells a state or a count as of that day ("holds 75 percent",
# "截至…当天"), with no typed trigger near it, dates no happening.
_STATE = re.compile(languages.alternation("events.state_patterns"), re.I)
_PERIOD_END = re.compile("(?:" + languages.alternation("events.period_end_before") + r")\s*$")
_PERIOD_END_AFTER = re.compile(r"\s*(?:" + languages.alternation("events.period_end_after_patterns") + ")")
_PERIOD_END_RELATIVE = re.compile("(?:" + languages.alternation("events.period_end_relative_patterns") + ")$")
_PERIOD_END_VERB = re.compile(r"\s*(?:" + languages.alternation("events.period_end_verb_patterns") + ")")
# A forecast ("she expected the company's revenue to exceed", "预计"): a trigger after it in its
# stretch of sentence tells what is expected, and a stretch holding one dates no untyped happening.
# A state as of the time of writing ("now has 200 million users"), reported: no happening of the report's date.
_STATE_NOW = re.compile(languages.alternation("events.now_state_patterns"), re.I)
_FORECAST = re.compile(languages.alternation("events.forecast_patterns"), re.I)
# ... and what one meant to do ("wollte … im Juli 2021 … beginnen"): a date after either with no typed trigger
# marks nothing.
_FORECAST_OR_INTENDED = re.compile(
    "|".join((_FORECAST.pattern, languages.alternation("events.intention_patterns"))), re.I)
# ... or right after it, the verb put second: "Im Sommer wollte Volocopter bei den Olympischen Spielen fliegen".
_INTENDED_AFTER = re.compile(r"\s*(?:" + languages.alternation("events.intention_patterns") + ")", re.I)
# A report right before the date ("said late Wednesday that ..."): the date is the report's, and
# what it reports (after the date) is the happening, not a trigger before it.
_REPORTED = re.compile("(?:" + languages.alternation("events.report_patterns") + r")\s*$", re.I)
# "reported" attributes a happening to a source, but results to the one whose results they are.
_REPORT_CLAUSE = re.compile(languages.alternation("events.report_clause_patterns"), re.I)
_REPORT_OWNED = re.compile(languages.alternation("events.report_owned_patterns"), re.I)
_RESULTS_REPORTED = re.compile(languages.bounded(languages.words("events.result_report_words")), re.I)
# Right after a report's word, the word that opens what it reports: "reported that".
_REPORTED_THAT = re.compile(r"\s+" + languages.bounded(languages.words("events.report_complementizers")), re.I)
# Right after a report's word, the figures it gives: "and reported revenue of" (not "reported that").
_RESULTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + languages.bounded(languages.words("events.result_nouns")), re.I)
_FIRST_PERSON = re.compile(languages.bounded(languages.patterns("events.first_person_patterns")))
# Copyright lines, bylines, navigation, editors' notes, and lines with a photo credit
# (captions): no event is told there.
_BOILERPLATE = re.compile(languages.either([*languages.patterns("page.navigation_patterns"),
                                             *languages.patterns("events.boilerplate_patterns")]), re.I)
_CAPTION = re.compile(languages.alternation("events.caption_patterns"), re.I)
_DESCRIPTION = re.compile(_words("events.descriptions") + "|" + languages.alternation("events.description_patterns"),
                          re.I)
_FOLLOWS = re.compile(languages.alternation("events.product_follow_patterns"), re.I)
_PROCEEDING = re.compile(languages.alternation("events.proceeding_patterns"))  # "ein Verfahren eingeleitet"
# "die Bonner Behörde", "das Amt": the authority named before, not the organisation it deals with.
_AUTHORITY = re.compile(languages.alternation("events.authority_description_patterns"), re.I)
_AUTHORITY_NAME = authority_name()
_EXCHANGE_NAME = exchange_name()
_COURT_NAME = re.compile(languages.alternation("events.court_name_patterns"))
_AUTHORITY_HEAD = re.compile(languages.alternation("events.authority_head_patterns"), re.I)
_PLACE_ADJECTIVE = re.compile(r"(?-i:[A-ZÄÖÜ])[a-zäöüß]+er")  # "die Bonner Behörde", "die Brüsseler Behörde"
AUTHORITY_REACH = 12  # sentences back that an authority's description ("die Behörde") may point to
_AGAINST = re.compile(_words("events.against_words") + r"\s+\S", re.I)  # "gegen den Onlinehändler"
_OWN_OBJECT = re.compile(_words("events.own_object_words"), re.I)
_DEAL_TERMS = re.compile(languages.alternation("events.deal_term_patterns"), re.I)
_OWNER = re.compile(languages.alternation("events.owner_patterns"), re.I)  # "Acme's shares", "die Aktie von Acme"
# Right before a name, the words that make it the medium something was said on: "on (tech) Twitter", "via X".
_MEDIUM_BEFORE = re.compile("(?:" + languages.bounded(languages.patterns("events.medium_patterns")) + r")\s*$")
_PLACE_BEFORE = re.compile(languages.bounded(languages.patterns("events.place_patterns")) + r"\s*$")  # "在", "at"
_ACTS = re.compile(r"\s(?-i:[a-zäöüß])\w+\s", re.I)  # a lower-case word, as a verb between a description and its object
_FAILURE = re.compile(languages.bounded(languages.patterns("events.failure_patterns"), "", ""), re.I)
_CALLED_OFF = re.compile(languages.alternation("events.called_off_patterns"), re.I)
_ATTRIBUTIVE = re.compile(languages.either(languages.words("events.attributive_marks")))
_PAIR = re.compile(_words("events.pair_words"), re.I)
# A definite noun for a happening told before ("the deal", "die Übernahme", "该交易").
_EVENT_NOUN = re.compile(languages.alternation("events.event_noun_patterns"), re.I)
_AGREEMENT_NOUN = re.compile(languages.alternation("events.agreement_noun_patterns"), re.I)
_DEAL_TYPES = ("acquisition", "funding", "partnership")
ANAPHORA_REACH = 8  # sentences back where "the deal" finds the deal
_ORG_PRONOUN = re.compile(_words("events.org_pronouns"), re.I)
# What may stand between such a pronoun and its verb: "it also raised", "it agreed to buy".
def _spaced(path: str) -> list[str]:
    """The phrases at ``path`` as patterns whose spaces match any run of whitespace ("agreed to")."""
    return [re.escape(phrase).replace(r"\ ", r"\s+") for phrase in languages.words(path)]


_PRONOUN_VERB = re.compile(r"\s+(?:(?:\w+ly|" + languages.either(_spaced("events.pronoun_verb_words"))
                           + r")\s+){0,2}", re.I)
# ... of them, an agreement, which is the pronoun's act whatever it agrees to.
_AGREEMENT = re.compile(languages.bounded(_spaced("events.pronoun_agreement_words")), re.I)
# After a pronoun, a copula and a determiner: the pronoun names what the noun is ("It was the first …").
_NAMING_COPULA = re.compile(r"(?:" + languages.alternation("events.naming_copula_patterns") + r")(?![\w-])", re.I)
# A word opening a clause that tells a next happening of the same date ("and formed", "并成立", "由…接任").
_SEQUEL = re.compile(languages.bounded(languages.patterns("events.sequel_patterns")), re.I)
# ... right before the trigger: "and formed", "and agreed to buy", "并成立", "由张勇接任" (a name between).
_SEQUEL_GAP = re.compile(_PRONOUN_VERB.pattern + r"|[^\W\d_a-zA-Z]{0,10}|\s+"
                         + languages.bounded(languages.words("events.sequel_gap_words")) + r"\s+", re.I)
# Between a pronoun's verb and the noun of its object, a word that ends the object: "it rained for the launch".
_OBJECT_BREAK = re.compile(languages.bounded(languages.words("events.object_breaks")), re.I)
_CLAUSE_LEAD = re.compile(r"[\s\"'“‘]*(?:\w{1,3}[\s\"'“‘]+)*")  # "In May it", "and last Thursday it": short words only
# "he", "er", "他": a person named just before (_referent).
_PERSON_PRONOUN = re.compile(languages.bounded(languages.patterns("events.person_pronoun_patterns")), re.I)
_ROLES: dict[str, str] = languages.table("facts.roles")
_ROLE = re.compile(languages.trie(_ROLES), re.I)  # the longest role word, as facts/roles.py reads them
_TITLED = re.compile("(?:" + _ROLE.pattern + r")\s+$", re.I)  # "president Greg Brockman": a title before a name
# What stands between a leaving and where the one leaving went: "left for rival Anthropic".
_DESTINATION = re.compile(r"\s+(?:" + languages.bounded(languages.words("events.destination_words"))
                          + r")\s+(?:[\w-]+\s+){0,2}")
_ROLE_LINK = re.compile(r"(?:['’]s)?\s+|-")
# A description right after these ("in the startup", "向该公司") is another party than the
# organisation acting in its clause.
_TARGET = re.compile("(?:" + languages.bounded(languages.words("events.target_words")) + r")\s*$", re.I)
_BASELINE = re.compile("(?:" + languages.alternation("events.baseline_patterns") + r")\s*$", re.I)
# A date a happening was set for ("had scheduled the presentation for Aug. 8"), marked ⟨…⟩.
_SCHEDULED = re.compile(languages.alternation("events.scheduled_patterns"), re.I)
_BASELINE_BESIDE = re.compile("(?:" + languages.alternation("events.baseline_beside_patterns") + r")\s*$", re.I)
_LEADS = re.compile(languages.alternation("events.role_lead_patterns"), re.I)  # leading an organisation: a role held
_SINCE = re.compile("(?:" + languages.bounded(languages.words("events.since_words")) + r")\s*$", re.I)
_SINCE_FRAME = re.compile(languages.alternation("events.since_frame_patterns"), re.I)  # marked ⟨…⟩
_SINCE_FROM = frozenset(word.lower() for word in languages.words("events.since_from_words"))
_FIGURE = re.compile(r"\d")  # a figure told (any digit, full-width ones too)
_FIGURE_CHANGE = {lang: re.compile(languages.either(words))
                  for lang, words in languages.per_language("events.figure_change_words").items()}
_SINCE_AFTER = re.compile(r"\s*(?:" + languages.either(languages.words("events.since_after_words")) + ")")
_RANGE = re.compile(r"\s*(?:" + languages.alternation("events.range_words") + r")\s*$", re.I)
# An organisation named as a former employer ("former OpenAI employees", "OpenAI前研究副总裁").
_FORMER_BEFORE = re.compile(languages.alternation("events.former_before_patterns"), re.I)
_FORMER_AFTER = re.compile(languages.alternation("events.former_after_patterns"))
# What stands between two names of one list: "A, B and C", "A und B", "A、B和C", and a description
# of the next after its article: "Nvidia und der japanische Arm-Eigentümer SoftBank".
_LIST_GAP = re.compile(r"\s*(?:[,，、]\s*)?(?:" + languages.bounded(languages.words("events.list_words")) + r"\s*(?:"
                       + languages.bounded(languages.words("events.apposition_words")) + r"\s+(?:[\w-]+\s+){0,3})?)?")
# A clause these open describes someone ("Microsoft, which invested in OpenAI, said on Monday").
_RELATIVE = re.compile(r"\s*(?:" + languages.bounded(languages.words("events.relative_words")) + "|"
                       + languages.alternation("events.relative_patterns") + ")", re.I)
# A name, maybe glossed ("Safe Superintelligence (SSI)"), described by what follows its comma.
_SUBJECT_DESCRIBED = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）])?\s*,\s*" + languages.bounded(
    languages.words("events.relative_words") + languages.words("events.apposition_words")), re.I)
# A trigger right after these tells what was wanted or threatened, not what happened:
# "to attract investment", "threatening to quit".
# Chinese writes no spaces: there the word stands anywhere before the trigger in its clause
# ("要求董事会辞职并让奥特曼复职", the staff demand the board resign and Altman return).
# A product a launch names where the entity stage found none: the name after a noun for a kind
# of product ("its chatbot Pi", "KI-Assistenten Joule", "聊天机器人Pi", "大语言模型“通义千问”"), or a
# versioned name ("MPT-30B", "Mistral 7B"). Latin names are capitalised; one word without a digit
# that German writes as a noun ("das Modell Anfang 2024") is none.
_PRODUCT_NOUNS = languages.words("events.product_nouns")
# A product's name that only says what kind of thing the noun after it is: "Windows computers",
# "Windows-Rechnern", "ChatGPT users".
_MODIFIED = re.compile(r"(?:\s+|-)(?:" + languages.either(languages.words("events.product_modified_nouns"))
                       + r")\b", re.I)
_NAME = r"(?-i:[A-Z][\w+]*(?:-\w+)*(?:\s\d\w*(?:\.\d\w*)?)?)(?![\w-])"
_QUOTED = r"“(?P<quoted>[^“”]{1,20})”|「(?P<cornered>[^「」]{1,20})」"
_CJK_NOUN = "(?:" + languages.either(languages.cjk(_PRODUCT_NOUNS)) + ")"
# An edition after a versioned name is part of it: "Mate 60 Pro", "Galaxy S24 Ultra".
_EDITION = r"(?:\s(?-i:" + languages.either(languages.words("events.product_edition_words")) + r")(?![A-Za-z0-9-]))?"
_PRODUCT = re.compile(
    r"(?<![\w-])[\w-]*?(?:" + languages.either(languages.latin(_PRODUCT_NOUNS)) + r")(?:s|e|en|n)?\s*,?\s+(?P<name>"
    + _NAME + r")"
    # ... with a version or a capitalised short part after a space: "大模型Apollo ADFM", "车型Apollo RT6"
    r"|" + _CJK_NOUN + r"\s*(?:(?P<latin>[A-Za-z][\w+]*(?:-\w+)*(?:\s\d[A-Za-z0-9]*(?:\.\d\w*)?" + _EDITION
    + r"|\s(?-i:[A-Z][A-Z0-9]{1,5})(?![\w-]))?)|" + _QUOTED
    # ... or a Chinese name with a model number: "晶片天玑9300", "车型小米SU7" (not "手机销量100万")
    + r"|(?P<han_versioned>[\u4e00-\u9fff]{1,4}?(?:[A-Za-z]{1,3}\d{1,4}|\d{1,5})[A-Za-z]{0,3})"
    r"(?![\dA-Za-z万亿千百%.．])" + r")"
    r"|(?:“(?P<before>[^“”]{1,20})”|「(?P<cornered_before>[^「」]{1,20})」)[\u4e00-\u9fff]{0,2}" + _CJK_NOUN
    # a Latin name with a digit right before the noun or a word for a line of models: "DGX GH200超级电脑",
    # "Instinct MI325X加速器", "Mate 40系列"
    + r"|(?<![A-Za-z0-9_-])(?P<latin_before>(?-i:[A-Z][A-Za-z0-9+]*(?:\s[A-Z][A-Za-z0-9+]*)?\s?[A-Z]*\d"
    r"[A-Za-z0-9+]*))(?:" + _CJK_NOUN + "|" + languages.either(languages.words("events.product_series_words")) + ")"
    + r"|(?<![\w-])(?P<versioned>(?-i:[A-Z][A-Za-z]*(?:-\d\w*|\s\d+(?:\.\d+)?[A-Za-z]?)))(?![\w-])", re.I)
# A law or rule named in book-title marks, a draft's note after it left out: "《…管理办法（征求意见稿）》".
_LAW_TITLE = re.compile(r"《(?P<law>[^《》()]{1,40}?(?:" + languages.either(languages.words("events.law_title_ends"))
                        + r"))(?:\([^()]{1,12}\))?》")
_UNREAL_WORDS = languages.patterns("events.unreal_patterns")
# A Chinese date right after a word of plan, schedule or forecast is a target, not a day
# something happened: "後者預計7月上市", "文遠知行則計劃於今日在納斯達克上市", "将于年内推出".
_TARGET_DATE = re.compile("(?:" + languages.either(languages.cjk(_UNREAL_WORDS)
                                                   + languages.cjk(languages.patterns("events.forecast_patterns")))
                          + r")[^\W\d]{0,3}$")
_CITED_FIGURE = re.compile(languages.alternation("events.cited_figure_patterns"), re.I)
_UNREAL = re.compile(
    r"(?:(?:" + languages.either(languages.latin(_UNREAL_WORDS)) + r")\s+(?:\w+\s+){0,2}"
    r"|(?:" + languages.either(languages.cjk(_UNREAL_WORDS)) + r")[^，。；：,;:]{0,20})$", re.I)


@dataclass(frozen=True)
class _Text:
    """One document's body, sentences, entities (sorted) and who holds which role where."""

    body: str  # as the look-ups read it: Chinese folded (han.normalised), the same length as written
    written: str  # as written, for what a mention quotes
    sentences: Sequence[Sentence]
    entities: Sequence[EntityMention]
    starts: Sequence[int]
    roles: Mapping[tuple[str, str], str]  # (organisation, role) -> the one person stated to hold it
    facts: Mapping[int, Sequence[Fact]]  # by the start of their sentence
    counts: Mapping[str, int]  # mentions per entity name
    main: str | None  # the organisation the document is about (facts.parties.main_organisation)
    labels: Mapping[str, str]  # each entity name's label
    sentence_starts: Sequence[int]
    dated: Sequence[int]  # where the document's calendar dates start, in order
    authorities: Sequence[EntityMention] = ()  # the organisations named as authorities, in order
    authority_starts: Sequence[int] = ()  # where they start
    written_on: str | None = None  # the day the document was written (ISO), when known
    publishers: frozenset[str] = frozenset()  # names the alias table marks as publishers: cited, never a party

    def named_before(self, index: int, labels: set[str]) -> list[EntityMention]:
        """Entities of these labels named in the IMPLIED_REACH sentences before sentence ``index``, in order;
        a caption, a credit, a "related" link or a wire dateline between counts for nothing, nor
        does a reporter's name ("The company's revenue" after "SAN FRANCISCO, March 14 (Reuters) -"
        is not Reuters')."""
        told: list[Sentence] = []
        for sentence in reversed(self.sentences[max(0, index - 2 * IMPLIED_REACH):index]):
            if len(told) == IMPLIED_REACH:
                break
            if not _page_furniture(self.body, sentence) and dateline_end(self.body, sentence.start) < sentence.end:
                told.append(sentence)
        return [e for s in reversed(told) for e in within(self.entities, self.starts, s.start, s.end)
                if e.label in labels and not _reporter(self.body, e)]

    def authority_before(self, position: int) -> EntityMention | None:
        """The authority (authority_name_patterns) the document names last before ``position``, courts aside: no
        description of an agency stands for one ("Die Kommission" after "der EuGH bestätigte")."""
        at = bisect_left(self.authority_starts, position)
        while at and _COURT_NAME.search(self.authorities[at - 1].name):
            at -= 1
        return self.authorities[at - 1] if at else None

    def sentence_at(self, position: int) -> Sentence:
        """The sentence holding ``position``."""
        return self.sentences[max(0, bisect_right(self.sentence_starts, position) - 1)]

    def mentions_of(self, name: str) -> int:
        return self.counts.get(name, 0)

    def main_org(self) -> str | None:
        return self.main

    def employer(self, person: str) -> str | None:
        """The one organisation the document's role facts give this person, if just one."""
        orgs = {org for (org, _), holder in self.roles.items() if holder == person}
        return next(iter(orgs)) if len(orgs) == 1 else None


def event_mentions(
    body: str,
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMention],
    dates: Sequence[TimeExpression],
    facts: Sequence[Fact] = (),
    *,
    unanchored: bool = False,
    written: str | None = None,
    publishers: frozenset[str] = frozenset(),
) -> list[EventMention]:
    """One mention per (sentence, calendar date) where something happened.  ``publishers``:
    names the alias table marks as publishers, never the organisation a document is about.

    ``written`` is the day the document was written (its publication or filing day):
    nothing dated wholly after it has happened ("bis Ende 2025 investieren" in an article
    with no relative date to tell the day by).

    With ``unanchored`` the mentions of the relative dates left unanchored instead
    ("am Freitag" in a document without a publication date): what would be event
    mentions had the document a date, kept so an inferred one can place them (infer.py).

    Something happened when an event trigger stands near the date (at most three
    clause breaks away) or a participant stands in the date's own clause.  A date
    in a clause in the first person singular dates the author's doings ("I wrote
    earlier this year", "als ich am Samstag ... schrieb"), and a date in an
    attribution ("according to a report earlier this year") dates the report: both
    are left out, as are credits, captions, bylines, navigation and editors' notes.
    A description ("the company", "der Konzern", "both", "Meta's CEO") brings in the
    participant it stands for: the organisation or pair named just before, or the
    person a role fact of the document names (``facts``).
    """
    triggers = load_triggers()
    found = []
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    entities = sorted(entities, key=lambda e: e.start)
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_sentence[fact.sentence_start].append(fact)
    # Words are looked up in the text as read: the Traditional "該公司" is the listed "该公司".
    looked_up = han.normalised(body) if any(s.lang in han.FOLDED for s in sentences) else body
    text = _Text(looked_up, body, sentences, entities, [e.start for e in entities], _role_holders(facts), by_sentence,
                 Counter(e.name for e in entities), main_organisation(body, sentences, entities, publishers),
                 {e.name: e.label for e in entities}, [s.start for s in sentences],
                 [d.start for d in dates if d.on_calendar],
                 authorities := [e for e in entities if e.label == "ORG" and _AUTHORITY_NAME.search(e.name)],
                 [e.start for e in authorities],
                 written := _written(dates) or (written if written and len(written) == 10 else None), publishers)
    dated_before: list[TimeExpression] = []  # the sentence before's dates on the calendar
    for index, sentence in enumerate(sentences):
        start, end, lang = sentence.start, sentence.end, sentence.lang
        on_calendar = [d for d in within(dates, date_starts, start, end)
                       if (_relative_unanchored(d) if unanchored
                           else d.on_calendar and not _ahead(d, written, looked_up))]
        then = None if on_calendar or unanchored else _then(looked_up, sentence, dated_before)
        dated_before = on_calendar
        if then is not None:
            on_calendar = [then]
        if not on_calendar or _page_furniture(looked_up, sentence):
            continue
        opening = dateline_end(body, start)
        # The place and the agency of a wire story's dateline take no part in what it tells.
        in_sentence = [e for e in within(entities, text.starts, start, end) if e.start >= opening]
        # Chinese triggers are read folded: 解僱 is 解雇.
        folded = looked_up if lang in han.FOLDED else body
        read = folded[start:end]
        if lang in han.FOLDED and _is_cjk_dateline(read, on_calendar, start):
            continue
        told = [replace(hit, start=hit.start + start, end=hit.end + start) for hit in triggers.find(read, lang)
                if not _UNREAL.search(folded, start, hit.start + start)]
        told = [hit for hit in told if not _in_name(in_sentence, hit.start, hit.end)]
        # What a forecast expects ("she expected the company's revenue to exceed") did not happen.
        foreseen = [hit for hit in told if _forecast(folded, start, hit.start)]
        hits = _governing([hit for hit in told if hit not in foreseen], folded, on_calendar)
        for date in on_calendar:
            if date.start < opening or _glosses(looked_up, date, on_calendar) \
                    or _baseline(looked_up, date, on_calendar) or _scheduled(looked_up, date):
                continue  # a wire story's dateline ("REDMOND, Wash., April 12, 2021 —") dates the story
            if _PERIOD_END.search(looked_up, max(start, date.start - 4), date.start) \
                    or _PERIOD_END_AFTER.match(looked_up, date.end) or (
                        _PERIOD_END_RELATIVE.search(looked_up, max(start, date.start - 12), date.start)
                        and _PERIOD_END_VERB.match(looked_up, date.end)):
                # A period's end: "发布了截至2023年12月31日的第四季度及全年业绩", "Im Ende Juni abgelaufenen
                # Geschäftsjahr", "im Geschäftsjahr 2018, das Ende September endete"
                continue
            mention = _mention(text, index, date, in_sentence, hits, on_calendar, foreseen)
            if mention is None or (mention.type == OTHER and _REPORT_OWNED.match(looked_up, date.end)):
                continue  # "Cook thanked him in Monday's announcement": the day of a document, nothing typed
            if date is then and mention.type in (OTHER, "financial"):
                continue  # "Damals war das Unternehmen … wert", "At the time, that valued Five9 at": a state then
            if mention.trigger is None and (_forecast(folded, start, date.start, _FORECAST_OR_INTENDED)
                                            or _INTENDED_AFTER.match(folded, date.end)):
                continue  # "業界人士預期，…台積電今年仍將維持高資本支出": a date a forecast speaks of, no event word
            sequels = _sequels(text, index, date, hits, on_calendar, mention)
            if sequels:
                # "劉德音卸任董事長，由魏哲家接任": the one who takes over in the next clause does not leave.
                mention = _mention(text, index, date, in_sentence, hits, on_calendar, foreseen,
                                   people_until=sequels[0][1]) or mention
            found.append(mention)
            for sequel, _ in sequels:
                # "马云于2019年9月卸任董事局主席，由张勇接任": a second happening of the same day.
                also = _mention(text, index, date, in_sentence, hits, on_calendar, foreseen, chosen=sequel)
                if also is not None and also.type == sequel.type:
                    found.append(also)
    return found


def _then(body: str, sentence: Sentence, dated_before: Sequence[TimeExpression]) -> TimeExpression | None:
    """A word for "then" in a sentence that tells no date of its own ("damals", "当时", "at the time"), as a
    date: the last of ``dated_before``, the dates the sentence before told on the calendar, with that one as its
    anchor ("NXP entstand 2006 aus der Halbleitersparte von Philips. Die Niederländer verkauften damals 80,1
    Prozent")."""
    word = _THEN.search(body, sentence.start, sentence.end) if dated_before else None
    if word is None:
        return None
    last = dated_before[-1]
    return replace(last, text=word.group(0), start=word.start(), end=word.end(), anchor=mentioned_anchor(last))


def _sequels(text: _Text, index: int, date: TimeExpression, hits: Sequence[Trigger],
             dates: Sequence[TimeExpression], mention: EventMention) -> list[tuple[Trigger, int]]:
    """The typed triggers after the one that typed ``mention`` that tell further happenings of
    its date, each with where its clause opens: each opens a clause of its own with a word that
    joins a next happening ("and", "und", "并", "由"; `sequel_patterns`), of another type, in the
    same stretch (no ";" or ":" between), with no date of its own and not in a relative clause
    ("Microsoft hired its founders and formed a new unit", "马云卸任董事局主席，由张勇接任")."""
    if mention.trigger is None or mention.type == OTHER:
        return []
    body, sentence = text.body, text.sentences[index]
    first = min((h for h in hits if text.written[h.start:h.end] == mention.trigger and h.type == mention.type),
                key=lambda h: abs(h.start - date.start), default=None)
    if first is None:
        return []
    found: list[tuple[Trigger, int]] = []
    for hit in hits:
        if hit.start < first.end or hit.type in (OTHER, mention.type, *(h.type for h, _ in found)):
            continue
        # (Read up to the trigger's end: a join may look ahead to it, "，许冉接任".)
        joins = [m for m in _SEQUEL.finditer(body, first.end, hit.end) if m.end() <= hit.start]
        if not joins or not _SEQUEL_GAP.fullmatch(body, joins[-1].end(), hit.start):
            continue
        # The first happening's own date may stand in its clause, before the join ("resigned on
        # Wednesday and handed the job to Tim Cook"); any other date between is the next one's.
        if _STRONG_BREAK.search(body, first.end, hit.start) or any(
                first.end <= d.start < hit.end and not (d is date and d.end <= joins[-1].start()) for d in dates):
            continue
        lo, hi = _stretch(body, sentence, hit.start, hit.end)
        if any(lo <= d.start < hi and d.calendar_value != date.calendar_value for d in dates) or \
                _describes(body, sentence.start, hit, date):
            continue
        found.append((hit, joins[-1].start()))
    return found


def _left_for(body: str, hit: Trigger, parties: Sequence[EntityMention]) -> bool:
    """Whether every organisation of a leaving is where the one leaving went, named after the
    trigger behind a destination word ("left for rival Anthropic", "wechselte zu Google"): the
    organisation left goes unnamed."""
    orgs = [e for e in parties if e.label == "ORG"]
    return bool(orgs) and all(e.start >= hit.end and _DESTINATION.fullmatch(body, hit.end, e.start) for e in orgs)


def _reports_dated(body: str, date: TimeExpression, dates: Sequence[TimeExpression], hit: Trigger | None,
                   clause: tuple[int, int]) -> bool:
    """Whether the date's clause only reports (report_clause_patterns: "…, Intel said on Monday",
    "teilte der Konzern am Montag mit") what its sentence tells before it with a date of its own:
    the trigger stands outside the clause, and another date of the sentence, before the clause and
    in the same stretch (no ";" or ":" between), dates the happening. The report's date then tells
    no second happening."""
    start, end = clause
    if hit is None or start <= hit.start < end or hit.start >= end or not _REPORT_CLAUSE.search(body, start, end):
        return False
    return any(d.end <= start and d.calendar_value != date.calendar_value
               and not _STRONG_BREAK.search(body, d.end, start) for d in dates)


def _round_valued(body: str, valued: Trigger, hits: Sequence[Trigger], date: TimeExpression,
                  dates: Sequence[TimeExpression]) -> Trigger | None:
    """The funding trigger whose round a valuation word values: one in the same stretch of the
    sentence (no ";" or ":" between) with no other date between them, nearest the valuation.
    A round is told by its round, not by the valuation it gives ("hatte 270 Millionen Dollar bei
    einer Bewertung von 2,2 Milliarden eingesammelt")."""
    def between(hit: Trigger) -> tuple[int, int]:
        return (hit.end, valued.start) if hit.end <= valued.start else (valued.end, hit.start)

    rounds = [hit for hit in hits if hit.type == "funding" and not _STRONG_BREAK.search(body, *between(hit))
              and not any(between(hit)[0] <= d.start < between(hit)[1] and d.calendar_value != date.calendar_value
                          for d in dates)]
    return min(rounds, key=lambda hit: between(hit)[1] - between(hit)[0], default=None)


def _cited_figure(body: str, start: int, date: TimeExpression, dates: Sequence[TimeExpression]) -> bool:
    """Whether the date stands after a document that shows a figure ("财报显示，", "filings show")
    and the sentence dates no document before it: the date is the figure's period ("…2022年营收"),
    the report's own day goes unsaid (not "阿里巴巴上周二公布的财报显示，…")."""
    cited = _CITED_FIGURE.search(body, start, date.start)
    return cited is not None and not any(d.start < cited.end() for d in dates)


def _forecast(body: str, start: int, at: int, words: re.Pattern[str] = _FORECAST) -> bool:
    """Whether a forecast word (or one of ``words``) stands before ``at`` in its stretch of
    sentence (after the last ";" or ":" from ``start``): "she expected the company's revenue to exceed"."""
    strong = [m.end() for m in _STRONG_BREAK.finditer(body, start, at)]
    return words.search(body, strong[-1] if strong else start, at) is not None


def _in_name(entities: Sequence[EntityMention], start: int, end: int) -> bool:
    """Whether a trigger word lies inside a longer name ("New York Stock Exchange", "Founders Fund") or
    a person's ("Richter hatte HelloFresh 2011 gegründet": Dominik Richter, no judge)."""
    return any(e.start <= start and end <= e.end and (e.label == "PERSON" or e.end - e.start > end - start)
               for e in entities)


def _governing(hits: list[Trigger], body: str = "", dates: Sequence[TimeExpression] = ()) -> list[Trigger]:
    """The triggers that tell a happening of their own: a partnership word right before
    another trigger says how that happened ("与微软合作发布", released together), not a
    partnership of its own; nor does a trigger after a word of means ("went public through a
    merger", "通过与SPAC合并在纳斯达克上市") when a trigger of another type stands in its clause,
    nor one right after "after" or "before" that a trigger of another type before it precedes ("founded
    Zoom in 2011 after leaving Cisco")."""
    def means(hit: Trigger) -> bool:
        found = _MEANS.search(body, max(0, hit.start - 40), hit.start)
        # Only the first trigger after the word of means is the means: in "durch eine Fusion an
        # die Börse", "通过合并在纳斯达克上市" the one after it is the happening.
        if found is None or any(found.start() <= other.start < hit.start for other in hits if other is not hit):
            return False
        return any(other.type not in (OTHER, hit.type) and not _CLAUSE_BREAK.search(
            body, min(hit.end, other.end), max(hit.start, other.start)) for other in hits)

    def approved(hit: Trigger) -> bool:
        # A deal an authority approves is its object: "approved the takeover", "cleared the merger".
        return hit.type in _DEAL_TYPES and any(
            other.action in _APPROVALS and other.end <= hit.start
            and _APPROVED_OBJECT.fullmatch(body, other.end, hit.start) for other in hits)

    def prior(hit: Trigger) -> bool:
        # "Yuan founded Zoom in 2011 after leaving Cisco": the leaving is before the founding its clause dates; but
        # "before joining VMware in 2012" dates the joining.
        return _PRIOR.search(body, max(0, hit.start - 40), hit.start) is not None \
            and not any(d.start >= hit.start for d in dates) and any(
            other.type not in (OTHER, hit.type) and other.end <= hit.start
            and not _STRONG_BREAK.search(body, other.end, hit.start) for other in hits)

    def before_main(hit: Trigger) -> bool:
        # "在金融危机导致公司出现亏损后，柳传志重新出任董事局主席": a clause of time before the main one.
        clause = next((m for m in _PRIOR_CLAUSE.finditer(body, max(0, hit.start - 48), min(len(body), hit.end + 48))
                       if m.start() <= hit.start and hit.end <= m.end()), None)
        return clause is not None and any(other.type not in (OTHER, hit.type) and other.start >= clause.end()
                                          and not _STRONG_BREAK.search(body, clause.end(), other.start)
                                          for other in hits)

    return [hit for hit in hits if not (
        hit.type == "partnership" and any(other.start == hit.end and other.type not in (OTHER, "partnership")
                                          for other in hits)) and not means(hit) and not approved(hit)
            and not prior(hit) and not before_main(hit)]


_APPROVALS = ("review",)  # data/triggers.toml: an authority's review or approval of a deal
_APPROVED_OBJECT = re.compile(r"\s+(?:" + languages.bounded(languages.words("events.articles")) + r"\s+)?"
                              r"(?:[\w$.'’-]+\s+){0,3}?")


def _written(dates: Sequence[TimeExpression]) -> str | None:
    """The day the document was published, as its relative dates were read against it; None where
    only its month or year is known (a URL such as ".../2019/0826/..." gives the year alone)."""
    return next((day for d in dates if d.anchor and d.anchor.source == "published"
                 and len(day := d.anchor.value[:10]) == 10), None)


_ENDED_PERIODS = ("year", "half", "quarter")
# How long before the writing a role held "since" a date is news of its start: "Seit Sonntag führen
# Zinsner und Holthaus Intel" tells a change; "has been chief executive since July 2021" a standing role.
_LATELY = dt.timedelta(days=31)


def _lately(date: TimeExpression, written: str | None) -> bool:
    """Whether ``date`` began at most _LATELY before the day the document was written, or after it."""
    return written is not None and date.first is not None and \
        dt.date.fromisoformat(written) - dt.date.fromisoformat(date.first) <= _LATELY


# The words that put a date in the part of its period still to come: "later this year", "später
# in diesem Jahr", "今年晚些时候" (matched around the date, marked ⟨…⟩, case aside).
_LATER_IN_PERIOD = re.compile(languages.alternation("events.later_in_period_patterns"), re.I)


def _ahead(date: TimeExpression, written: str | None, body: str = "") -> bool:
    """Whether the date lies wholly after the day the document was written: a target, a
    forecast or a schedule ("Für 2025 peilt der Konzern ... an", "will Nvidia am 16.
    Februar vorlegen", "from Dec. 13", "later this year"), which has not happened, or a past
    day read wrong."""
    if written is None or date.first is None or date.last is None:
        return False
    if date.first > written:
        return True
    # "bis zum Ende des Jahres", "by the end of the year" in an article of that year: its end is
    # still to come (not in the period's last month, when it may have come).
    if date.mod == "END" and date.granularity in _ENDED_PERIODS and date.first <= written < date.last[:7]:
        return True
    return written < date.last and _LATER_IN_PERIOD.search(_around(body, date)) is not None


def _around(body: str, date: TimeExpression, before: int = 16, after: int = 8) -> str:
    """The date with the ``before`` and ``after`` characters around it, marked ⟨…⟩, for patterns that frame it."""
    return f"{body[max(0, date.start - before): date.start]}⟨{date.text}⟩{body[date.end: date.end + after]}"


def _relative_unanchored(date: TimeExpression) -> bool:
    """An expression that a publication date might put on the calendar: a relative one
    left unanchored ("am Freitag" = XXXX-WXX-5), or "heute", which an undated text reads
    as the present (PRESENT_REF).  Durations and sets never are."""
    return not date.on_calendar and date.type in ("DATE", "TIME")


def _reporter(body: str, mention: EntityMention) -> bool:
    """Whether the name is a reporter's or an editor's ("（记者 张伟）", "Reporting by ...")."""
    return _REPORTER.search(body, max(0, mention.start - 24), mention.start) is not None


def _page_furniture(body: str, sentence: Sentence) -> bool:
    """Whether the sentence is part of the page, not of the story: a byline, a caption, a
    credit, a "related" link (``_is_boilerplate``) or a line that only dates the page."""
    return _is_boilerplate(body, sentence.start, sentence.end) \
        or dates_the_page(body, sentence.start, sentence.end, sentence.lang)


def _is_boilerplate(body: str, start: int, end: int) -> bool:
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    # search(body[start:end]): with a start position "^" would not match where the sentence starts.
    return bool(_BOILERPLATE.search(body[start:end])) or bool(
        _CAPTION.search(body[line_start: line_end if line_end >= 0 else len(body)]))


def _mention(text: _Text, index: int, date: TimeExpression, in_sentence: Sequence[EntityMention],
             hits: Sequence[Trigger], dates: Sequence[TimeExpression],
             foreseen: Sequence[Trigger] = (), *, chosen: Trigger | None = None,
             people_until: int | None = None) -> EventMention | None:
    """The mention of ``date`` in sentence ``index``, typed by the trigger that governs the
    date (``chosen``, when a second happening of the date is told: _sequels); people named
    only from ``people_until`` on (the clause of such a second happening) take no part."""
    body, sentence = text.body, text.sentences[index]
    start, end = sentence.start, sentence.end
    if _is_dateline(body[start:end], date) or _TARGET_DATE.search(body, max(start, date.start - 12), date.start):
        return None
    clause_start, clause_end = _clause(body, start, end, date)
    clause = body[clause_start:clause_end]
    if _FIRST_PERSON.search(clause):
        return None  # "Als ich am Samstag ... schrieb": the author's doings, not the industry's
    counted = _counted_from(date, hits)
    reported = _REPORTED.search(body, clause_start, date.start) is not None
    # "Amazon has hired Adept's chief executive, the two companies said on Friday, in an
    # arrangement…": a report whose date ends its clause reports what the sentence told before it.
    # Not "said on Monday, January 23, that …", a date glossed by the next.
    reports_back = reported and (comma := _FRONTED_END.match(body, date.end)) is not None \
        and not any(d.start > date.start and d.start - comma.end() <= 2 for d in dates)
    relative = _relative_clause(body, start, end, date)
    candidates = [replace(h, type=OTHER) if h.type in counted else h for h in hits
                  if not _describes(body, start, h, date)
                  and (relative is None or relative[0] <= h.start < relative[1]
                       or _ANTECEDENT.fullmatch(body, h.end, relative[0]) is not None)]
    if reports_back:
        before = [h for h in candidates if h.end <= date.start and h.type != OTHER
                  and not _STRONG_BREAK.search(body, h.end, date.start)]
        candidates = before[:1] or candidates
    hit = chosen or _nearest_trigger(date, candidates,
                                     body, fronted=_fronted(body, start, date, hits, dates) or (
                                         reported and not reports_back),
                                     others=[d for d in dates if d.calendar_value != date.calendar_value],
                                     clause=(clause_start, clause_end))
    if chosen is None and _reports_dated(body, date, dates, hit, (clause_start, clause_end)):
        return None  # "sei zum 1. Dezember in den Ruhestand getreten, teilte der Konzern am Montag mit"
    # "has been chief executive since 2019", "ist seit 2019 Chefin": the role began then, news only
    # shortly before the writing ("Seit Sonntag führen Zinsner und Holthaus Intel"); a role held since
    # long before is a standing state ("Tim Cook ist seit 2011 Vorstandschef", "自2018年起担任董事长").
    began = False
    since = _SINCE.search(body, max(start, date.start - 12), date.start) or _SINCE_AFTER.match(body, date.end) \
        or _SINCE_FRAME.search(_around(body, date))
    # Not "ab Oktober übernahm er die Leitung", "hatte ab 2012 VMware geführt": from then on, what he did.
    standing = since is not None and not _lately(date, text.written_on) \
        and since.group(0).strip().lower() not in _SINCE_FROM
    if since and hit is not None and hit.type in _ROLE_EVENTS:
        if standing:
            return None
    elif since:
        if standing or (not (_ROLE.search(body, clause_start, clause_end)
                             and _COPULA.search(body, clause_start, clause_end))
                        and not _LEADS.search(body, clause_start, clause_end)):
            return None  # "has committed $13 billion since 2019": a span up to now, no happening of 2019
        hit, began = None, True
    # (Not one after the date that another date after it dates: "Five9 was founded in 2001 and reported revenue of
    # $434 million for 2020".)
    if any(not (hit is not None and hit.action == "revenue" and _RESULTS_REPORTED.fullmatch(m.group(0)))
           and not (m.group(0).lower() in _CLOSED_ATTRIBUTIONS and clause_start + m.end() <= date.start)
           and not (clause_start + m.start() >= date.end and _RESULTS_AFTER.match(body, clause_start + m.end())
                    and any(d.start >= clause_start + m.end() and d.calendar_value != date.calendar_value
                            for d in dates))
           # (Nor one whose "that" clause the date stands in: "On Monday, Bloomberg reported that Apple had acquired
           # DarwinAI in 2023" dates the acquisition 2023, the report Monday.)
           and not (clause_start + m.end() <= date.start and _REPORTED_THAT.match(body, clause_start + m.end())
                    and any(d.end <= clause_start + m.start() and d.calendar_value != date.calendar_value
                            for d in dates))
           for m in _ATTRIBUTION.finditer(clause)):
        return None  # "according to a report earlier this year" dates the report ("It reported revenue" does not)
    if hit is not None and hit.action == "valuation" and chosen is None and \
            (round_ := _round_valued(body, hit, hits, date, dates)) is not None:
        hit = round_  # "Die Runde bewertet Cohere mit 5,5 Milliarden", "raised $270 million at a valuation of"
    if hit is not None and hit.action == "join" and (partner := next(
            (h for h in hits if h.type == "partnership" and h.start >= hit.end
             and not _CLAUSE_BREAK.search(body, hit.end, h.start)), None)) is not None:
        hit = partner  # "Earlier this week it joined BlackRock and MGX in a partnership": no one took a post
    if hit is not None and hit.type == "partnership" and _invested(text.facts.get(start, ()), date):
        # "Nach der im Januar angekündigten Vereinbarung erhält OpenAI von Microsoft rund 10
        # Milliarden Dollar": the agreement is the investment.
        hit = replace(hit, type="funding", action="invest")
    if hit is not None and hit.type in _DEAL_TYPES and not clause_start <= hit.start < clause_end and \
            _FAILURE.search(clause):
        hit = replace(hit, type=OTHER)  # "Ein Verkauf an Nvidia, 2020 verkündet, scheiterte im Februar 2022"
    if hit is not None and hit.type in _DEAL_TYPES and (_CALLED_OFF.search(clause)
                                                        or _CALLED_OFF.search(_clause_of(body, start, end, hit))):
        # "Amazon and iRobot called off their merger agreement on Monday, ending an attempt … to buy": what the
        # date's clause tells is the calling off; so does the deal's own clause ("百度昨日发布公告称，已终止…协议，
        # 不再收购…YY直播").
        hit = replace(hit, type=OTHER)
    # "He ran it as chief executive until 2014", "war bis 2014 Vorstandschef": the post ended then.
    # Not a date still to come or the day of writing ("has held the post until today"), nor a term, a contract, a
    # forecast or a stay ("runs until 2027", "bleibt bis 2030 Vorstandschef", "任期直至2027年", "said supply would
    # remain tight until 2025").
    ended = (hit is None or hit.type in (OTHER, "appointment")) and _ROLE.search(body, clause_start, clause_end) \
        and _UNTIL.search(body, max(start, date.start - 10), date.start) is not None \
        and date.last is not None and (text.written_on is None or date.last < text.written_on) \
        and not _UNTIL_HELD.search(body, start, end)
    if hit is not None and hit.type == "launch" and _launches_organisation(body, end, hit, in_sentence):
        hit = replace(hit, type="founding", action="found")  # "Sutskever launched SSI in June"
    if hit is not None and hit.action == "announce" and _announces_product(body, end, hit, in_sentence, hits):
        hit = replace(hit, type="launch", action="launch")  # "Google announced Bard on Feb. 6"
    if hit is not None and hit.type == "financial" and _cited_figure(body, start, date, dates):
        return None  # "财报显示，科大讯飞2022年营收约188.2亿元": a year's figure from an undated report
    if hit is not None and hit.action == "revenue" and date.granularity in _ENDED_PERIODS and \
            (change := _FIGURE_CHANGE.get(sentence.lang)) is not None and not change.search(body, start, end) \
            and not (clause_start <= hit.start < clause_end and _FIGURE.search(body, hit.end, clause_end)):
        # "利润增速明显快于营收增速，…碳酸锂等…价格在去年大幅回落": the figure of another clause; "蔚来本月5日发布了
        # 今年第三季度财报": a report's period, no figure told (but "美团2022年营收约2200亿元" is the year's result).
        return None
    if hit is not None and hit.action == "revenue" and hit.start < date.start <= hit.end + 1 \
            and any(d is not date and d.granularity == "day" for d in dates):
        # "Zahlen für das dritte Quartal legt der Konzern am 23. Oktober vor": the period the results cover,
        # told right after their word; the day in the sentence dates them.
        return None
    if (hit is None or hit.type == OTHER) and (_STATE.search(clause) or (
            reported and _STATE_NOW.search(body, start, clause_start))):
        # "Heute hält der Konzern 75 Prozent", "截至发布会当天，已有650家企业": a state, a count; "ChatGPT
        # now has 200 million users, the company said last month": the report of one.
        return None
    # Descriptions count where nothing stronger than a comma stands between them and the date.
    strong_before = [m.end() for m in _STRONG_BREAK.finditer(body, start, date.start)]
    strong_after = _STRONG_BREAK.search(body, date.end, end)
    stretch = (strong_before[-1] if strong_before else start, strong_after.start() if strong_after else end)
    if (hit is None or hit.type == OTHER) and (any(stretch[0] <= h.start < stretch[1] for h in foreseen) or (
            date.granularity == "year" and _ATTRIBUTIVE.match(body, date.end))):
        return None  # "业界人士预期，…今年仍将带动…营收成长": a forecast; "今年的Computex": a year naming an edition
    in_clause = [e for e in in_sentence if clause_start <= e.start and e.end <= clause_end]
    if hit is None or hit.type == OTHER:
        # A platform named as where something was said ("the discussion on tech Twitter over the weekend")
        # takes no part in an untyped happening.
        in_clause = [e for e in in_clause if not (_MEDIUM_BEFORE.search(body, max(start, e.start - 16), e.start)
                                                  and not _OWNED.match(body, e.end))]  # not "on OpenAI's board"
    implied = _implied(text, index, in_sentence, *stretch, dates)
    # An untyped word in another clause ("kommt die Ankündigung zur rechten Zeit, denn … im
    # vergangenen Jahr") tells nothing of the date's own clause.
    untold = hit is None or (hit.action in _UNTYPED and not clause_start <= hit.start < clause_end)
    back = _told_back(text, index) if chosen is None and (hit is None or hit.type == OTHER) else None
    if untold and not _participants(in_clause) and not implied and back is None:
        return None
    pronoun = _PERSON_PRONOUN.search(body, strong_before[-1] if strong_before else start,
                                     strong_after.start() if strong_after else end)
    if pronoun:  # "他2019年離開DeepMind": the person "he" stands for takes part
        person = _referent(text, index, pronoun.start())
        implied = (*implied, Participant(person, "PERSON")) if person else implied
    # A cited source ("according to a Semafor report") tells, it does not take part.
    # Not one beyond a semicolon from both where its part tells a date of its own: "Co-founder John Schulman
    # left for rival Anthropic in August; the same day, president Greg Brockman said" tells two happenings,
    # each of its own names ("eingesammelt; unter den Geldgebern waren damals …" goes on with one).
    others = [d.start for d in dates if d is not date and start <= d.start < end]
    # Not one named as where it happened ("在美国加州北区联邦法院起诉", "an der Nasdaq", "listed on the New York
    # Stock Exchange"), but in taking or leaving a post ("在百度任职"); a place stays, as where.
    venue = hit is None or hit.type not in _ROLE_EVENTS
    near = [e for e in in_sentence
            if not (venue and e.label != "LOC" and at_venue(body, start, e)
                    and not _OWNED.match(body, e.end))
            and ((_near(e, date.start, date.end) and not _set_apart(body, e, date.start, date.end, others))
                or (hit is not None and _near(e, hit.start, hit.end)
                    and not _set_apart(body, e, hit.start, hit.end, others)))
            and not is_cited(body, start, end, e) and not _reporter(body, e)]
    if hit is not None and hit.type == "legal":
        # The one a suit's noun names it against, farther off: "die Klage des Fotografen Robert Kneschke gegen den
        # gemeinnützigen Verein LAION".
        near += [e for e in in_sentence
                 if e.label in _PARTIES and e not in near and sued_there(body, hit.end, e, sentence.lang)]
    if (resumed := _resumed(body, start, clause_start)) is not None:
        # "Intel hatte den Bau der Fabrik, für die der Bund … zugesagt hat, im September … verschoben":
        # the clause a relative clause interrupted goes on in the date's clause; its parties act there.
        near += [e for e in in_sentence if resumed[0] <= e.start < resumed[1] and e.label in _PARTIES
                 and e not in near and not is_cited(body, start, end, e) and not _reporter(body, e)]
    told_in = [e for e in in_sentence if not is_cited(body, start, end, e)]
    if (stretch_of := _relative_stretch(body, start, end, date)) is not None:
        # "Musk, who co-founded OpenAI in 2015 but left in 2018, has taken legal action, accusing OpenAI
        # and its investor Microsoft": the happening of a relative clause is its own and its antecedent's.
        def of_clause(e: EntityMention) -> bool:
            return stretch_of[0] <= e.start < stretch_of[1] or (
                e.end <= stretch_of[0] and (_ANTECEDENT.fullmatch(body, e.end, stretch_of[0]) is not None
                                            or _OWNED_ANTECEDENT.fullmatch(body, e.end, stretch_of[0]) is not None))
        near, told_in = [e for e in near if of_clause(e)], [e for e in told_in if of_clause(e)]
    near = _with_lists(body, near, told_in)
    # A former employer ("siblings who had worked at OpenAI") takes no part, except in a leaving.
    # Nor one named only in another's title (_in_other_title); either, where the sentence names it otherwise too,
    # takes part.
    if hit is not None and hit.type == "departure":
        former: set[str] = set()
    else:
        apart = {(e.start, e.end) for e in in_sentence
                 if _former(body, start, e) or _in_other_title(body, e, in_sentence, hit)}
        former = {e.name for e in in_sentence if (e.start, e.end) in apart} \
            - {e.name for e in in_sentence if e.label == "ORG" and (e.start, e.end) not in apart}
    # A product named only as the kind of another thing ("Windows computers") takes no part.
    taking = [e for e in near if e.name not in former and not (e.label == "PRODUCT" and _MODIFIED.match(body, e.end))]
    participants = {p.name: p for p in (*_participants(taking), *implied)}
    settled = _fact_parties(text.facts.get(start, ()), hit.type if hit else OTHER, date)
    if hit is not None and hit.type in ("financial", "funding") and settled:
        # A figure's owner a fact of the sentence settled is what its description stands for; another
        # organisation guessed for it takes no part.
        guessed = {p.name for p in implied if p.type == "ORG"} - {e.name for e in in_sentence} - set(settled)
        participants = {name: p for name, p in participants.items() if name not in guessed}
    for name in settled:
        if name not in former:
            participants.setdefault(name, Participant(name, text.labels.get(name, "ORG")))
    if (subject := _subject(text, index, in_sentence, date, hit)) is not None:
        # "Nvidia, whose chips train most models, added $184 billion to its market value last month"
        participants[subject.name] = Participant(subject.name, subject.label)
        implied = (*implied, participants[subject.name])
    if hit is not None and hit.type == "financial" and all(p.type != "ORG" for p in participants.values()) and \
            not _OWNER.search(body, start, end) and (topic := _named_first(text, in_sentence, hit)
                                                     or _topic(text, index, set())) is not None:
        # "Der Umsatz stieg 2023 um sechs Prozent", "the pre-money valuation was $18 billion": figures
        # whose owner goes unsaid are those of the organisation just spoken of; not "Acme's shares",
        # whose owner is named, though by a name the entity stage did not find.
        participants[topic.name] = Participant(topic.name, "ORG")
        implied = (*implied, participants[topic.name])
    # "Die FTC reichte im Dezember Klage gegen die Übernahme ein": the parties of the acquisition
    # the document told before take part; "Angekündigt hatten die Konzerne den Deal im September
    # 2020": announcing it, untyped, is that acquisition.
    referred, parties = _told_before(text, index, date)
    for name in parties:
        participants.setdefault(name, Participant(name, "ORG"))
    if hit is not None and hit.type in _DEAL_TYPES and chosen is None:
        # "SAP übernimmt WalkMe. Wie der Konzern am Mittwoch mitteilte, zahlt er 14 Dollar je Aktie": the
        # deal the sentence before told, undated, is this one; its other party takes part.
        for name in _deal_continued(text, index, hit.type, participants):
            participants.setdefault(name, Participant(name, "ORG"))
    for maker in _makers(text, participants.values()):
        # "ging der Übersetzer DeepL Translator online": a product named after its maker.
        participants[maker] = Participant(maker, "ORG")
    if hit is not None and hit.type == "departure" and (main := text.main_org()) is not None and \
            main not in participants and _left_for(body, hit, [e for e in in_sentence if e.name in participants]):
        # "Co-founder John Schulman left for rival Anthropic in August": the organisation left goes
        # unnamed; in a document about one, it is that one.
        participants[main] = Participant(main, "ORG")
        implied = (*implied, participants[main])
    if (hit is None or hit.type in (*_ROLE_EVENTS, OTHER, "launch")) and \
            all(p.type != "ORG" for p in participants.values()):
        # "Mira Murati was named interim chief", "布罗克曼宣布将休长假", "他…发表了DGX GH200": the
        # organisation where a role fact of the document places the person.
        employers = {text.employer(p.name) for p in participants.values() if p.type == "PERSON"} - {None}
        if len(employers) == 1:
            org = Participant(employers.pop() or "", "ORG")
            participants[org.name] = org
            implied = (*implied, org)
        elif not employers and (main := text.main_org()) and any(p.type == "PERSON" for p in participants.values()) \
                and ((hit is not None and hit.type in _ROLE_EVENTS) or any(
                    e.label == "PERSON" and e.name in participants and _TITLED.search(body, max(start, e.start - 40),
                                                                                     e.start)
                    for e in in_sentence)):
            # "Mark Chen was named senior vice president the same day", "Sutskever … quit in May",
            # "president Greg Brockman said he would take a sabbatical": in a document about one
            # organisation, a role taken, left or held with none named is there.
            participants[main] = Participant(main, "ORG")
            implied = (*implied, participants[main])
    kind = "departure" if ended else hit.type if hit else "appointment" if began else OTHER
    if kind == OTHER and back is not None:
        # "Vogt … ist zurückgetreten. Das teilte er am Sonntagabend mit.": the leaving is told that day.
        kind = back[0]
        for party in back[1]:
            participants.setdefault(party.name, party)
    if kind == OTHER and hit is None and any(
            e.label == "PRODUCT" and e.name in participants and _FOLLOWS.search(body, max(clause_start, e.start - 30),
                                                                               e.start) for e in in_clause):
        kind = "launch"  # "Im März 2023 folgte GPT-4": a product that follows another comes out
    if kind == OTHER and (hit is None or hit.action == "announce") and _regulates(participants.values()):
        kind = "legal"  # "hatte sich die Behörde mit dem Konzern befasst": an authority dealing with a company
    if kind == "legal" and hit is not None and _PROCEEDING.search(text.written, hit.start, hit.end) and \
            (main := text.main_org()) is not None and not _AUTHORITY_NAME.search(main) and \
            _only_authorities(participants.values()) and not _named_against(body, clause_start, clause_end):
        # "Das Verfahren hatte das Amt im März 2023 eingeleitet": the one an authority proceeds against
        # goes unnamed; in a document about one organisation, it is that one.
        participants[main] = Participant(main, "ORG")
        implied = (*implied, participants[main])
    if kind == "funding" and hit is not None and hit.action == "invest" and _in_a_place(participants.values()) and \
            not _invested(text.facts.get(start, ()), date):
        kind = OTHER  # "für Großbritannien Investitionen von 2,5 Milliarden Pfund angekündigt": spending
    laws = list(_LAW_TITLE.finditer(body, strong_before[-1] if strong_before else start,
                                    strong_after.start() if strong_after else end))
    if kind == OTHER and any(clause_start <= law.start() < clause_end for law in laws):
        kind = "legal"  # "2021年8月，全国人大常委会通过《个人信息保护法》": a law's making
    if kind == "legal":
        for law in laws:
            # A law the entity stage knows goes by its name there ("《晶片與科學法案》", the CHIPS and Science Act).
            name = next((e.name for e in in_sentence if e.start <= law.start("law") and law.end("law") <= e.end),
                        text.written[law.start("law"):law.end("law")])
            participants.setdefault(name, Participant(name, "MISC"))
    if kind == "launch" and hit is not None:
        for product in _launched(text, index, hit, date, in_sentence, dates, hits):
            participants.setdefault(product, Participant(product, "PRODUCT"))
    if kind == OTHER and referred is not None and hit is not None and hit.action == "announce":
        kind = referred  # announcing the deal told before is that deal ("said the deal" stays untyped)
    points_back = kind == "partnership" and hit is not None and hit.action == "partner" and any(
        m.start() <= hit.start and hit.end <= m.end()
        for m in _AGREEMENT_NOUN.finditer(body, max(start, hit.start - 40), min(end, hit.end + 40)))
    bought, buyers = _told_before(text, index, date, _AGREEMENT_NOUN, ("acquisition",)) if points_back else (None, [])
    if bought is not None:
        # "The two companies announced their agreement on Nov. 1": the purchase told before, and its parties.
        kind = bought
        for name in buyers:
            participants.setdefault(name, Participant(name, "ORG"))
    if kind == OTHER and _invests(body, text.facts.get(start, ()), date, clause_start, clause_end):
        kind = "funding"  # "Im vergangenen Jahr hatte sich SAP an Aleph Alpha beteiligt": a word no trigger is
    if kind == OTHER and any(e.label == "MISC" and e.name in participants for e in in_clause):
        kind = "legal"  # "Die EU-Kommission hatte den Entwurf für den AI Act im April 2021 vorgelegt": a law's making
    if (opener := _passive_goes_on(body, start, clause_start, hit, hits, in_sentence)) is not None:
        # "Reddit was founded in 2005 by …, and was bought by Condé Nast the following year": the clause
        # befalls the sentence's subject.
        participants.setdefault(opener.name, Participant(opener.name, opener.label))
        implied = (*implied, participants[opener.name])
    for name in _other_conjuncts(body, start, end, date, dates, hits, in_sentence, (p.name for p in implied)):
        participants.pop(name, None)
    if people_until is not None:
        for name in {e.name for e in in_sentence if e.label == "PERSON" and e.start >= people_until} - {
                e.name for e in in_sentence if e.start < people_until} - {p.name for p in implied}:
            participants.pop(name, None)
    verb = _told_by(body, hit, hits) if hit is not None else None
    told_by: tuple[int, int, str, str] | None = None
    if verb is not None and verb.type != OTHER:
        # A trigger re-typed as the happening it refers to ("announced their agreement": the acquisition told
        # before) reads by that type's templates, not its word's.
        told_by = (verb.start, verb.end, kind, "") if bought is not None else (verb.start, verb.end, verb.type,
                                                                                verb.action)
    told = Telling(text.written, start, end, [e for e in in_sentence if e.name in participants], told_by, date,
                   text.facts.get(start, ()), [p.name for p in implied],
                   frozenset(p.name for p in implied if p.type == "PERSON"), sentence.lang, _voiced(text, start, end))
    return EventMention(
        lang=sentence.lang,
        sentence=fold(text.written[start:end]),
        sentence_start=start,
        sentence_end=end,
        date=date,
        participants=tuple(participants.values()),
        type=kind,
        trigger=text.written[hit.start:hit.end] if hit else None,
        headline=headline(told),
    )


def _voiced(text: _Text, start: int, end: int) -> str:
    """The document as a headline reads its voice words in the sentence at [start, end):
    Traditional characters as Simplified ("出售給" as 出售给), its punctuation as written (a
    Chinese comma is no break there); "" where that is the text as written."""
    sentence = text.written[start:end]
    simplified = han.simplified(sentence)
    return "" if simplified == sentence else text.written[:start] + simplified + text.written[end:]


def _told_by(body: str, hit: Trigger, hits: Sequence[Trigger]) -> Trigger:
    """The trigger a headline reads the parties around: for a word that does not say who acts
    (a price per share, a round: data/triggers.toml, told_by_verb), the nearest other trigger of
    its type in its clause ("übernimmt den Anbieter Altair für 113 Dollar je Aktie in bar",
    "hatte Tencent eine Finanzierungsrunde über 90 Millionen Dollar angeführt")."""
    if hit.action not in _TOLD_BY_VERB:
        return hit
    verbs = [other for other in hits if other.type == hit.type and other.action not in _TOLD_BY_VERB
             and not _CLAUSE_BREAK.search(body, min(hit.end, other.end), max(hit.start, other.start))]
    return min(verbs, key=lambda other: abs(other.start - hit.start), default=hit)


_TOLD_BY_VERB = languages.flagged_actions("told_by_verb")


# What makes a description before a trigger the one the happening befalls: "被Google收购", "was bought by".
_PASSIVE_MARK = re.compile(languages.bounded(languages.patterns("events.passive_marker_patterns")), re.I)
# The opening of a conjunct that goes on in the passive, its subject left out: ", and was bought by".
_PASSIVE_GOES_ON = re.compile(r"\W*(?:" + languages.alternation("events.coordination") + r")?\s*(?:"
                              + languages.alternation("events.passive_auxiliaries") + r")\s+(?:[\w-]+\s+)?$", re.I)
# A pronoun standing for a party named before: "merged it with", "fusionierte es mit", "将其并入".
_OBJECT_PRONOUN = re.compile(languages.bounded(languages.patterns("events.object_pronoun_patterns")), re.I)
# What a conjunct may name as its own party (a place too: the model tags "Tableau" as one).
_CONJUNCT_PARTIES = {"PERSON", "ORG", "PRODUCT", "LOC"}
# Where two dated conjuncts of one sentence meet ("… in 2021 and Tableau …", "…收購Tableau，2021年…"),
# the strongest first: a semicolon, a comma, a list word. A comma before an article, a determiner
# or a relative word opens an apposition or a relative clause, no conjunct ("DeepMind, the
# London lab it bought in 2014", "Nervana Systems, dessen Mitgründer …").
_CONJUNCT_JOINS = (
    re.compile(r"[;；]"),
    re.compile(r"[,，](?!\s*(?:" + languages.alternation("events.articles") + "|" + languages.alternation(
        "events.determiners") + "|" + languages.alternation("events.relative_words") + r")(?![\w-]))", re.I),
    re.compile(r"、|(?<![\w-])(?:" + languages.alternation("events.list_words") + r")(?![\w-])", re.I),
)


def _passive_goes_on(body: str, start: int, clause_start: int, hit: Trigger | None, hits: Sequence[Trigger],
                     in_sentence: Sequence[EntityMention]) -> EntityMention | None:
    """The name that opens the sentence as its subject, where the date's clause goes on in the passive
    with no subject of its own (", and was bought by Condé Nast the following year")."""
    if hit is None or hit.type == OTHER or hit.start < clause_start \
            or _PASSIVE_GOES_ON.match(body, clause_start, hit.start) is None \
            or any(clause_start <= e.start < hit.start for e in in_sentence):
        return None
    first = min(h.start for h in hits if start <= h.start <= hit.start)
    opener = next((e for e in in_sentence if e.label in ("ORG", "PERSON")), None)
    if opener is None or opener.end > first or body[start: opener.start].strip().lower() not in _OPENING_WORDS:
        return None
    return opener


_OPENING_WORDS = frozenset(["", *(w.lower() for w in languages.words("events.articles"))])


def _other_conjuncts(body: str, start: int, end: int, date: TimeExpression, dates: Sequence[TimeExpression],
                     hits: Sequence[Trigger], in_sentence: Sequence[EntityMention],
                     implied: Iterable[str] = ()) -> set[str]:
    """The parties the sentence names only in another dated conjunct than the date's, where the
    date's own conjunct names a party of the same standing: for 2019 in "Salesforce bought Slack
    for $27.7 billion in 2021 and Tableau for $15.7 billion in 2019", Slack; for 2021 in
    "Salesforce曾於2019年以157億美元收購Tableau，2021年以277億美元收購Slack", Tableau. A party
    before the sentence's first trigger (the subject) is shared, and so is one after a preposition,
    which a bare name in the other conjunct does not stand in for ("invested $300 million in
    Anthropic in 2022 and Amazon $4 billion in 2023"), and so is one a description stands for.
    Conjuncts part at the strongest break between their dates (_CONJUNCT_JOINS), where the
    sentence's triggers tell one type of happening, each conjunct the same or none ("founded …
    in 2010 …, and Google bought it in 2014" may tell of one company in both); in a chain of
    posts the organisation stays ("joined Alibaba in 2007 …, chairman in 2019"): only people
    part. Triggers of several types part their parties only where each conjunct is a clause of
    its own, a name before its own trigger: "Google acquired DeepMind in 2014, and Microsoft
    invested in OpenAI in 2019" (then nothing is shared)."""
    typed = [h for h in hits if start <= h.start < end and h.type != OTHER]
    told_types = {h.type for h in typed}
    if not told_types:
        return set()
    first = min((h.start for h in hits if start <= h.start < end), default=None)
    told = sorted({d.calendar_value: d for d in sorted(dates, key=lambda d: -d.start)
                   if start <= d.start and d.end <= end and d.on_calendar}.values(), key=lambda d: d.start)
    if first is None or len(told) < 2 or date.calendar_value not in {d.calendar_value for d in told}:
        return set()
    cuts = []
    for before, after in pairwise(told):
        joins = next((found for join in _CONJUNCT_JOINS
                      if (found := list(join.finditer(body, before.end, after.start)))), None)
        if not joins:
            return set()  # "on Monday, January 23": one date glossed, no conjuncts
        cuts.append(joins[-1].start())
    bounds = [start, *cuts, end]

    def objects(conjunct: int) -> list[EntityMention]:
        low, high = bounds[conjunct], bounds[conjunct + 1]
        return [e for e in in_sentence if e.label in _CONJUNCT_PARTIES and max(first, low) <= e.start < high
                and OBJECT_BEFORE.search(body, max(low, e.start - 40), e.start) is None]

    own = bisect_right(cuts, date.start)
    if _OBJECT_PRONOUN.search(body, bounds[own], bounds[own + 1]):
        return set()  # "… and, in 2023, merged it with its Azure unit": "it" is the other conjunct's party
    if (described := _DESCRIPTION.search(body, bounds[own], bounds[own + 1])) is not None:
        # "该公司2014年被Google收购": a description the happening befalls stands for the other
        # conjunct's party; one acting before its trigger ("是该公司自2021年收购Slack以来") is the subject.
        verb = min((h.start for h in typed if described.end() <= h.start < bounds[own + 1]), default=None)
        if verb is None or _PASSIVE_MARK.search(body, described.end(), verb):
            return set()
    if len(told_types) > 1 and not told_types <= set(_ROLE_EVENTS):
        # Clauses of their own, a subject before each one's trigger: nothing is shared.
        # A conjunct that goes on in the passive with no subject of its own ("Reddit was founded in 2005 by
        # Steve Huffman and Alexis Ohanian, and was bought by Condé Nast the following year") befalls the
        # sentence's subject, which every conjunct shares.
        verbs = [min((h.start for h in typed if low <= h.start < high), default=None) for low, high in pairwise(bounds)]
        # (Not a venue: "，2018年7月9日在港交所主板挂牌" goes on with the sentence's subject.)
        if any(verb is None or not (any(low <= e.start < verb and e.label in _PARTIES and not at_venue(body, low, e)
                                        for e in in_sentence)
                                    or (low > start and _PASSIVE_GOES_ON.match(body, low, verb)))
               for verb, low in zip(verbs, bounds, strict=False)):
            return set()
        verb, low = verbs[own], bounds[own]
        passive = verb is not None and low > start and _PASSIVE_GOES_ON.match(body, low, verb) is not None
        mine = {e.name for e in in_sentence if bisect_right(cuts, e.start) == own or (passive and e.start < first)}
        return {e.name for e in in_sentence if bisect_right(cuts, e.start) != own} - mine - set(implied)
    if not objects(own):
        return set()
    kept = {e.name for e in in_sentence if e.start < first or bisect_right(cuts, e.start) == own} | set(implied)
    parting = {"PERSON"} if told_types <= set(_ROLE_EVENTS) else _CONJUNCT_PARTIES
    return {e.name for conjunct in range(len(bounds) - 1) if conjunct != own for e in objects(conjunct)
            if e.label in parting} - kept


def _launched(text: _Text, index: int, trigger: Trigger, date: TimeExpression,
              in_sentence: Sequence[EntityMention], dates: Sequence[TimeExpression],
              hits: Sequence[Trigger] = ()) -> list[str]:
    """The products a launch names in the clause of its trigger or of its date that the entity
    stage did not find (_PRODUCT): names that overlap no entity and no date. A launch word
    after the trigger, with no one else named between them, continues it ("發表…主題演講，推出
    Instinct MI325X加速器"): its clause counts too."""
    body, sentence = text.body, text.sentences[index]
    stretches = [_clause(body, sentence.start, sentence.end, date)]
    continued = [h for h in hits if h.type == "launch" and h.start >= trigger.end and not any(
        trigger.end <= e.start < h.start and e.label in _PARTIES for e in in_sentence)]
    for word in (trigger, *continued):
        lo, hi = _stretch(body, sentence, word.start, word.end)
        while (listed := _LIST_GOES_ON.match(body, hi)) is not None:
            # "推出了…Baichuan 4，以及…AI助手“百小应”": a list of what was launched goes on past the comma.
            hi = _stretch(body, sentence, listed.end(), listed.end())[1]
        if not any(lo <= d.start < hi for d in dates if d is not date):  # another date's clause tells its own
            stretches.append((lo, hi))
    found = []
    for apposed in _APPOSED_PRODUCT.finditer(body, max(sentence.start, trigger.start - APPOSED_REACH), trigger.start):
        # "Joule, dem KI-Assistenten, den SAP … vorgestellt hatte": the relative clause launching the
        # noun holds the trigger. A name the entity stage read is its own.
        if not _CLAUSE_BREAK.search(body, apposed.end(), trigger.start) and not any(
                e.start < apposed.end("name") and apposed.start("name") < e.end for e in in_sentence):
            found.append(text.written[apposed.start("name"):apposed.end("name")])
    for lo, hi in stretches:
        # A name may follow its noun after a comma ("ihr erstes Sprachmodell, Mistral 7B").
        for match in _PRODUCT.finditer(body, lo, min(sentence.end, hi + 30)):
            group = next(g for g in _PRODUCT_GROUPS if match.group(g))
            at, to = match.span(group)
            # A name the entity stage read stays its; one that holds a name it read is longer ("Mistral 7B").
            read = [e for e in in_sentence if e.start < to and at < e.end]
            if match.start() >= hi or any(not (at <= e.start and e.end <= to) or (e.start, e.end) == (at, to)
                                          for e in read) or any(d.start < to and at < d.end for d in dates):
                continue
            name = text.written[at:to]
            if sentence.lang == "de" and " " not in name and not re.search(r"\d", name) and is_german_noun(name):
                continue
            found.append(name)
    return list(dict.fromkeys(found))


# ... not where a pronoun opens a clause after it: "released Model-A on Monday, and it beats Model-70B".
_LIST_GOES_ON = re.compile(r"[,，、]\s*" + languages.bounded(languages.words("events.list_words")) + r"(?!\s*(?:"
                           + languages.bounded(languages.words("events.org_pronouns")
                                               + languages.patterns("events.person_pronoun_patterns")) + r"))", re.I)
# A name, a comma, the noun for its kind of product with its article, a comma and a relative
# pronoun: "Joule, dem KI-Assistenten, den SAP … vorgestellt hatte"; the verb that ends the name's
# clause may stand between ("will die Technik mit Joule verbinden, dem KI-Assistenten, den …").
_APPOSED_PRODUCT = re.compile(
    r"(?<![\w-])(?P<name>" + _NAME + r")(?:\s+(?-i:[a-zäöüß])\w*){0,2}\s*,\s+(?:"
    + languages.bounded(languages.words("events.articles")) + r")\s+(?:[\w-]+\s+)?[\w-]*?(?:"
    + languages.either(languages.latin(_PRODUCT_NOUNS)) + r")(?:s|e|en|n)?\s*,\s*"
    + languages.bounded(languages.words("events.apposition_relatives")), re.I)
_PRODUCT_GROUPS = ("name", "latin", "quoted", "cornered", "han_versioned", "before", "cornered_before", "latin_before",
                   "versioned")


def _stretch(body: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): between the clause breaks (a ";" or ":" too) before and after it."""
    before = [m.end() for m in _CLAUSE_END.finditer(body, sentence.start, start)]
    after = _CLAUSE_END.search(body, end, sentence.end)
    return before[-1] if before else sentence.start, after.start() if after else sentence.end


def _with_lists(body: str, near: Sequence[EntityMention], in_sentence: Sequence[EntityMention]) -> list[EntityMention]:
    """The mentions near the date or trigger and every name listed with one of them
    ("investors including Microsoft and Nvidia, as well as Reid Hoffman, Bill Gates and
    Eric Schmidt": all five take part, however far the last stands)."""
    kept = {id(e) for e in near}
    ordered = sorted(in_sentence, key=lambda e: e.start)
    listed = [bool(_LIST_GAP.fullmatch(body, a.end, b.start)) and (a.label == b.label or {a.label, b.label} <= _PARTIES)
              for a, b in pairwise(ordered)]
    for forward in (True, False):  # spread along each run of listed names, both ways
        for i in range(len(listed)) if forward else reversed(range(len(listed))):
            a, b = ordered[i], ordered[i + 1]
            if listed[i] and (id(a) in kept) != (id(b) in kept):
                kept.update((id(a), id(b)))
    return [e for e in ordered if id(e) in kept]


def _only_authorities(participants: Iterable[Participant]) -> bool:
    """Whether authorities (authority_name_patterns) take part, and no one else."""
    parties = list(participants)
    return bool(parties) and all(p.type == "ORG" and _AUTHORITY_NAME.search(p.name) for p in parties)


def _regulates(participants: Iterable[Participant]) -> bool:
    """Whether an authority (authority_name_patterns) and an organisation that is none take part; an
    exchange or its listing committee is none ("科创板上市委员会审议通过了其首发申请")."""
    orgs = [bool(_AUTHORITY_NAME.search(p.name)) and not _EXCHANGE_NAME.search(p.name)
            for p in participants if p.type == "ORG"]
    return any(orgs) and not all(orgs)


def _in_a_place(participants: Iterable[Participant]) -> bool:
    """Whether an investment goes into a place, not an organisation: one organisation (the one
    spending) and a place take part ("Microsoft investiert 3,2 Milliarden Euro in Deutschland")."""
    kinds = [p.type for p in participants]
    return kinds.count("ORG") <= 1 and "LOC" in kinds


def _invested(facts: Sequence[Fact], date: TimeExpression) -> bool:
    """Whether the sentence tells an investment with an amount, of the date's year or undated."""
    year = date.calendar_value[:4]
    return any(isinstance(f.details, Investment) and f.details.amount is not None and f.details.target
               and (f.details.date is None or f.details.date.value[:4] == year) for f in facts)


def _invests(body: str, facts: Sequence[Fact], date: TimeExpression, start: int, end: int) -> bool:
    """Whether an investment fact of the sentence, of the date's year or undated, is stated in
    the date's clause [start, end): the facts stage reads investing verbs in every voice. One
    told in a relative clause ("Microsoft, which invested in OpenAI, said on Monday") describes."""
    year = date.calendar_value[:4]
    return any(isinstance(f.details, Investment) and f.details.target and f.start < end and start < f.end
               and (f.details.date is None or f.details.date.value[:4] == year)
               and not any(_RELATIVE.match(body, m.end()) for m in _BREAK.finditer(body, f.start, f.end))
               for f in facts)


def _former(body: str, start: int, mention: EntityMention) -> bool:
    """Whether an organisation is named as someone's former employer: "former OpenAI
    employees", "der zuvor bei Google DeepMind arbeitete", "OpenAI前研究副总裁"."""
    return mention.label == "ORG" and bool(
        _FORMER_BEFORE.search(body, max(start, mention.start - PARTICIPANT_WINDOW), mention.start)
        or _FORMER_AFTER.match(body, mention.end))


def _fact_parties(facts: Sequence[Fact], kind: str, date: TimeExpression) -> list[str]:
    """The parties of the sentence's founding, investment and figure facts, for a founding,
    funding or financial event of the same year: "OpenAI was founded in 2015 by Elon Musk,
    Sam Altman and others" names its founders however far from the date they stand."""
    found: list[str] = []
    year = date.calendar_value[:4]
    for fact in facts:
        details = fact.details
        if kind == "founding" and isinstance(details, Founded) and details.year in (None, year):
            found.extend((details.org, *details.founders))
        elif kind == "funding" and isinstance(details, Investment) and (
                details.date is None or details.date.value[:4] == year):
            found.extend(name for name in (details.investor, details.target) if name)
        elif kind in ("financial", "funding") and isinstance(details, SubjectAmount | ValueChange) and (
                details.date is None or details.date.value[:4] == year):
            # "At its peak the startup was valued at $2.77 billion": whose figure it is, a description settled.
            found.append(details.subject)
        elif kind == "partnership" and isinstance(details, Investment):
            # "an investment in OpenAI ... the third phase of a partnership that began in 2019":
            # the partners are the investor and the one invested in, whenever it began.
            found.extend(name for name in (details.investor, details.target) if name)
    return found


def _role_holders(facts: Sequence[Fact]) -> dict[tuple[str, str], str]:
    """(organisation, role) -> person, where the document names exactly one person in that role."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for fact in facts:
        details = fact.details
        if isinstance(details, Role) and details.org:
            holders[(details.org, details.role)].add(details.person)
    return {key: next(iter(people)) for key, people in holders.items() if len(people) == 1}


def _stands_alone(text: _Text, sentence: Sentence) -> bool:
    """Whether the sentence speaks of an organisation by a description that stands for one
    named before, not one that only says what the name right after it is ("der Chipkonzern
    Infineon", "the chipmaker Nvidia"), nor a possessive after an organisation its sentence
    names ("Kurtz founded CrowdStrike … with Dmitri Alperovitch, its former chief technology
    officer"; a noun may point further back: "… Chefin der Produktsparte Intel Products, das
    Unternehmen" is Intel)."""
    named = [e for e in within(text.entities, text.starts, sentence.start, sentence.end) if e.label == "ORG"
             and not at_venue(text.body, sentence.start, e)]
    for match in _DESCRIPTION.finditer(text.body, sentence.start, sentence.end):
        at = bisect_left(text.starts, match.end())
        possessive = match.group(0).islower() and " " not in match.group(0)
        if (at == len(text.starts) or text.starts[at] - match.end() > 2) \
                and not (possessive and any(e.end <= match.start() for e in named)):
            return True
    return False


def _topic(text: _Text, index: int, excluded: set[str], depth: int = 2) -> EntityMention | None:
    """The organisation a description in sentence ``index`` stands for, of those named in the
    IMPLIED_REACH sentences before (not as a former employer, nor in ``excluded``): the one
    organisation the sentence before names ("…的起点是OpenAI。该公司…"; one in a person's title
    such as "Quora-Chef" does not count), else the one the document is about (most mentioned),
    then the last.  When the sentence before speaks of one by description itself, the one that
    description stands for ("The startup sells tools to companies such as OpenAI. In May it
    released MPT-7B")."""
    body = text.body
    # (Not one named as where something happened: "took it public on the Nasdaq", nor an army or a party, nor a
    # publisher cited: "Über das Interesse hatte die Agentur Bloomberg berichtet. … kam das Energiegeschäft auf einen
    # Umsatz von …".)
    before = [e for e in text.named_before(index, {"ORG"})
              if not _former(body, text.sentence_at(e.start).start, e) and e.name not in excluded
              and not at_venue(body, 0, e) and not not_a_company(e.name) and e.name not in text.publishers
              # (Nor the agent of another noun's verb: in "a consortium led by Blackstone bought a stake in it. … the
              # group reported revenue", the group is not Blackstone.)
              and not _AGENT_BEFORE.search(body, max(0, e.start - 24), e.start)]
    if not before:
        return None
    previous = text.sentences[index - 1] if index else None
    if previous is not None and depth and _stands_alone(text, previous):
        return _topic(text, index - 1, excluded, depth - 1) or before[-1]
    last = {e.name: e for e in before if previous is not None and e.start >= previous.start
            and not _in_title(body, e)}
    if len(last) == 1:
        return next(iter(last.values()))
    if not last and (main := _main_spoken_of(text, index, excluded, before)) is not None:
        return main
    return max(enumerate(before), key=lambda item: (text.mentions_of(item[1].name), item[0]))[1]


def _named_first(text: _Text, in_sentence: Sequence[EntityMention], hit: Trigger) -> EntityMention | None:
    """The one organisation the sentence names before the trigger, as no venue nor former employer:
    the one an unsaid owner of a figure is ("Kurtz founded CrowdStrike in 2011 …, and took it public")."""
    body, start = text.body, text.sentence_at(hit.start).start
    before = [e for e in in_sentence if e.label == "ORG" and e.end <= hit.start and not _former(body, start, e)
              and not at_venue(body, start, e)]
    return before[0] if len({e.name for e in before}) == 1 else None


# Right before a name, a participle and the word that make it the agent of another noun's verb ("a consortium led by
# Blackstone"), not a party of the sentence's own.
_AGENT_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.other_agent_patterns") + r")\s+"
                           + languages.bounded(languages.patterns("facts.agent_patterns")) + r"\s+$", re.I)


MAIN_DOMINANCE = 3  # how many times more often the document names its main organisation than those in reach


def _main_spoken_of(text: _Text, index: int, excluded: set[str],
                    before: Sequence[EntityMention]) -> EntityMention | None:
    """The last mention of the organisation the document is about, where the sentences in reach
    before ``index`` name others but speak of it by description ("CoreWeave … raised $1.1 billion.
    The deal values the company at $19 billion. Magnetar and Lykos also put money into the round.
    … investors led by Fidelity bought a stake in the company")."""
    main = text.main
    if main is None or main in excluded or any(e.name == main for e in before):
        return None
    # Only one the document tells of far more than of those in reach (Lykos Global Management,
    # named once as an investor, is no company of its own story there).
    if text.mentions_of(main) < MAIN_DOMINANCE * max((text.mentions_of(e.name) for e in before), default=0):
        return None
    reach = text.sentences[max(0, index - IMPLIED_REACH):index]
    if not any(_stands_alone(text, sentence) for sentence in reach):
        return None
    start = text.sentences[index].start
    return next((e for e in reversed(text.entities) if e.name == main and e.start < start), None)


def _implied(text: _Text, index: int, in_sentence: Sequence[EntityMention], start: int,
             end: int, dates: Sequence[TimeExpression] = ()) -> tuple[Participant, ...]:
    """Participants the stretch [start, end) of a sentence names by description: "the
    company" (no organisation named in the sentence) the organisation the document is about
    of those named just before, and after "in", "with", 向 ("Amazon invested in the startup")
    the one of them that is not the organisation acting there; "both" (fewer than two named)
    the two named last; "Meta's CEO" (no person after it) the person the document gives that
    role; "He", "Er", "他" opening the sentence the one person the sentence before names."""
    body = text.body
    found: list[Participant] = []
    # A former employer named in a title ("den früheren Twitch-Chef") acts in nothing here.
    orgs = [e for e in in_sentence if e.label == "ORG" and not _former(body, text.sentences[index].start, e)]

    targets = 0
    # "die Behörde", "das Amt" stand for the authority the document named before, however far back.
    # Not one told long before, nor one the description's modifier does not name ("die irische
    # Datenschutzbehörde", "das Auswärtige Amt" after the Bundeskartellamt).
    authorities = [(match, authority) for match in _AUTHORITY.finditer(body, start, end)
                   if (authority := text.authority_before(match.start())) is not None
                   and bisect_right(text.sentence_starts, authority.start) > index - AUTHORITY_REACH
                   and _stands_for(match.group(0), authority.name)]
    # With two organisations named before the description or in its clause, which one it is
    # would be a guess. Those named in a later clause ("该公司去年5月推出Pi，6月宣布募得13亿美元，
    # 投资方包括微软、辉达") are others: the description opening the sentence is its subject.
    for match in _DESCRIPTION.finditer(body, start, end):
        if any(a.start() < match.end() and match.start() < a.end() for a, _ in authorities) or \
                _names_next(text, match.end(), text.sentences[index].lang):
            continue
        after = _BREAK.search(body, match.end(), end)
        stop = after.start() if after else end
        # One named later in its clause, not right after it, is another party: "the Santa Clara
        # company bought Nod.ai", "Der Münchner Technologiekonzern übernimmt den US-Anbieter Altair".
        # Not one after a place word: in "该公司在深交所上市" the exchange is where the company listed.
        # Chinese writes no lower-case verb to tell by: one named later than right after it is
        # another party ("公司2019年2月获得SK海力士领投的融资").
        cjk = languages.is_cjk(match.group(0))
        named = {e.name for e in orgs if e.start < match.start() or (
            match.end() <= e.start and not _PLACE_BEFORE.search(body, max(match.end(), e.start - 6), e.start)
            and (e.start <= match.end() + 2
                 or (not cjk and e.start < stop and not _ACTS.search(body, match.end(), e.start))))}
        if len(named) > 1:
            continue
        if _TARGET.search(body, max(start, match.start() - 12), match.start()) or _object_of(body, orgs, match):
            if len({e.name for e in orgs}) <= 1:
                targets += 1
        elif not named and not found and (topic := _topic(text, index, set())) is not None:
            found.append(Participant(topic.name, "ORG"))
        elif not named and not found and (main := text.main_org()) is not None:
            # No organisation named in reach: "the startup", far from its name, is the one the document is about.
            found.append(Participant(main, "ORG"))
    for match in _ORG_PRONOUN.finditer(body, start, end):
        # "In May it released MPT-7B": "it" opening its clause (after nothing but a date) is the
        # organisation just named, when no organisation stands before it in its sentence.
        opened = [m.end() for m in _CLAUSE_BREAK.finditer(body, text.sentences[index].start, match.start())]
        lead = body[opened[-1] if opened else text.sentences[index].start:match.start()]
        for date in dates:
            lead = lead.replace(date.text, " ")
        if not _CLAUSE_LEAD.fullmatch(lead) or found or any(e.start < match.start() for e in orgs):
            continue
        # ... and acts: a trigger follows it ("it released", "it also raised"), not "it rained".
        verb = _PRONOUN_VERB.match(body, match.end())
        if verb is not None and _NAMING_COPULA.match(body, verb.end()):
            continue  # "It was the first initial public offering …": "it" is the happening, no company acting
        told_text = body[verb.end():min(end, verb.end() + 40)] if verb else ""
        told = load_triggers().find(told_text, text.sentences[index].lang) if verb else []
        # Or its object's noun, no preposition between: "it signed a framework agreement", not "it rained for
        # the launch". An untyped act right after it counts too: "it had introduced watsonx", "it postponed".
        if not any(hit.start == 0 or (hit.type != OTHER and not _OBJECT_BREAK.search(told_text[:hit.start]))
                   for hit in told) and not (verb is not None and _AGREEMENT.search(verb.group(0))):
            continue
        if (topic := _topic(text, index, set())) is not None:
            found.append(Participant(topic.name, "ORG"))
    if targets:
        # "der Konzern … in das Start-up", "亚马逊…向该公司投资": another party than the one acting.
        for _ in range(targets):
            other = _topic(text, index, {e.name for e in orgs} | {p.name for p in found}
                           | {authority.name for _, authority in authorities})
            if other is not None:
                found.append(Participant(other.name, "ORG"))
    for _, authority in authorities:
        if authority.name not in {p.name for p in found}:
            found.append(Participant(authority.name, "ORG"))
    named = {e.name for e in in_sentence if e.label in PARTICIPANT_LABELS}
    if (pair := _PAIR.search(body, start, end)) is not None:
        # Fewer than two named in the sentence: the two named last before it. Else the two its
        # sentence names before the word ("Amazon has hired Adept's chief …, the two companies said").
        earlier = text.named_before(index, {"PERSON", "ORG"}) if len(named) < 2 else \
            [e for e in in_sentence if e.label in _PARTIES and e.end <= pair.start()]
        last: list[EntityMention] = []
        for mention in reversed(earlier):
            if mention.name not in {m.name for m in last}:
                last.append(mention)
            if len(last) == 2:
                break
        if len(last) == 2 and last[0].label == last[1].label:
            found.extend(Participant(m.name, m.label) for m in reversed(last))
    for org in (e for e in orgs if start <= e.start < end):
        link = _ROLE_LINK.match(body, org.end)  # "Meta's CEO", "Meta CEO", "Meta-Chef"
        role = _ROLE.match(body, link.end()) if link else None
        if role is None:
            continue
        person = text.roles.get((org.name, _ROLES[role.group(0).lower()]))
        followed = any(e.label == "PERSON" and 0 <= e.start - role.end() <= 2 for e in in_sentence)
        if person and not followed:
            found.append(Participant(person, "PERSON"))
    return tuple(found)


def _names_next(text: _Text, end: int, lang: str) -> bool:
    """Whether a German description ending at ``end`` says what the name right after it is, a name
    the entity stage did not find ("das Start-up Humane"): a capitalised word that is no noun and
    starts no entity ("der Verwaltungsrat Altman gefeuert": the board acted on a name it found)."""
    word = _NEXT_WORD.match(text.body, end) if lang == "de" else None
    if word is None or is_german_noun(word.group(1)):
        return False
    at = bisect_left(text.starts, word.start(1))
    return at == len(text.starts) or text.starts[at] != word.start(1)


_NEXT_WORD = re.compile(r"[ \t]+((?-i:[A-ZÄÖÜ])[\w-]*)")


def _object_of(body: str, orgs: Sequence[EntityMention], description: re.Match[str]) -> bool:
    """Whether the description is the object of a verb whose subject is the organisation
    named right before it ("GM übernahm das Start-up", "Globex bought the startup"): another
    party than that organisation. Not after a copula ("Nvidia became the most valuable
    company") or a report ("Microsoft said the company would"), nor a possessive ("raised
    the company's forecast"), which are the organisation itself."""
    subject = next((e for e in reversed(orgs) if e.end <= description.start()), None)
    if subject is None or _OWNED.match(body, description.end()) or \
            description.group(0).lower().split()[0] in _GENITIVE_ARTICLES:
        return False
    verb = _VERB_OBJECT.fullmatch(body, subject.end, description.start())
    return verb is not None and not _COPULA.search(body, subject.end, description.start()) \
        and not _REPORTED.search(body, subject.end, description.start())


_VERB_OBJECT = re.compile(r"\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){1,2}")  # "übernahm", "has bought": lower-case words only
_COPULA = re.compile(languages.bounded(languages.words("events.copula_words")), re.I)
_OWNED = re.compile(r"['’]s\b")
_GENITIVE_ARTICLES = frozenset(languages.words("events.genitive_articles"))


def _told_before(text: _Text, index: int, date: TimeExpression, nouns: re.Pattern[str] = _EVENT_NOUN,
                 told: Sequence[str] = ()) -> tuple[str | None, list[str]]:
    """The type and the organisations of the happening a definite noun in the date's stretch
    of sentence ``index`` names ("the deal", "die Übernahme", "该交易"; not "the acquisition of
    Arm", which tells it): those near the trigger of that kind in the nearest sentence before
    that tells one (not by such a noun), within ANAPHORA_REACH sentences. ``nouns``: the nouns
    that point back; ``told``: the types they may point to (else the noun's own or any deal's)."""
    body, sentence = text.body, text.sentences[index]
    before = [m.end() for m in _STRONG_BREAK.finditer(body, sentence.start, date.start)]
    after = _STRONG_BREAK.search(body, date.end, sentence.end)
    noun = nouns.search(body, before[-1] if before else sentence.start, after.start() if after else sentence.end)
    if noun is None:
        return None, []
    triggers = load_triggers()
    named = [hit.type for hit in triggers.find(noun.group(0), sentence.lang) if hit.type not in (OTHER, "partnership")]
    kinds = set(told) or set(named) or set(_DEAL_TYPES)  # "the deal", "das Vorhaben": any deal
    reach = max(0, index - ANAPHORA_REACH)
    # Further back, the document's first such happening of the organisation it is about: "The two companies
    # announced the deal on June 13" a dozen sentences after "Microsoft completed its purchase of LinkedIn".
    main = text.main_org()
    for far, earlier in [*((False, s) for s in reversed(text.sentences[reach:index])),
                         *((True, s) for s in text.sentences[:reach] if main is not None)]:
        pointing = [m.span() for m in _EVENT_NOUN.finditer(body, earlier.start, earlier.end)]
        hits = [hit for hit in triggers.find(body[earlier.start:earlier.end], earlier.lang) if hit.type in kinds
                and not _UNREAL.search(body, earlier.start, earlier.start + hit.start)
                and not any(lo <= earlier.start + hit.start < hi for lo, hi in pointing)]
        if not hits:
            continue
        spans = [(earlier.start + hit.start, earlier.start + hit.end) for hit in hits]
        names = list(dict.fromkeys(
            e.name for e in within(text.entities, text.starts, earlier.start, earlier.end)
            if e.label == "ORG" and any(_near(e, lo, hi) for lo, hi in spans)
            and not _former(body, earlier.start, e) and not _in_title(body, e)))
        if far and (main not in names or len(names) < 2):
            continue
        return hits[0].type, names
    return None, []


def _named_against(body: str, start: int, end: int) -> bool:
    """Whether the clause [start, end) names whom a proceeding is against ("gegen den Onlinehändler")
    or describes another than the authority ("der Konzern")."""
    return _AGAINST.search(body, start, end) is not None or any(
        not _AUTHORITY.match(body, d.start()) for d in _DESCRIPTION.finditer(body, start, end))


def _stands_for(description: str, name: str) -> bool:
    """Whether an authority's description ("die Bonner Behörde", "das Kartellamt") may stand for the
    authority of this name: each word before its head, and what a compound puts before it, is in the
    name (or names a seat: "Bonner")."""
    words = description.split()[1:]  # the article aside
    if not words:
        return False
    head = _AUTHORITY_HEAD.search(words[-1])
    modifiers = [*words[:-1], words[-1][:head.start()] if head else ""]
    folded = name.lower()
    for modifier in filter(None, (m.strip("-") for m in modifiers)):
        stem = re.sub(r"(?:e[nrs]?|s)$", "", modifier.lower()) if len(modifier) > 4 else modifier.lower()
        if not (stem in folded or _PLACE_ADJECTIVE.fullmatch(modifier)):
            return False
    return True


def _deal_continued(text: _Text, index: int, kind: str, participants: Mapping[str, Participant]) -> list[str]:
    """The organisations of a deal of this kind the sentence right before tells without a date of
    its own, near its trigger, when the mention names fewer than two organisations and one of them
    is among those: the deal goes on in this sentence ("… zahlt er den Aktionären 14 Dollar je Aktie")."""
    orgs = {name for name, p in participants.items() if p.type == "ORG"}
    if not index or len(orgs) != 1:
        return []
    # A sentence with an object of its own tells another deal ("Am Dienstag kaufte AMD außerdem ein
    # Start-up"), unless it tells the terms of the one before ("zahlt 14 Dollar je Aktie in bar").
    sentence = text.sentences[index]
    if (_OWN_OBJECT.search(text.body, sentence.start, sentence.end) or
            _DESCRIPTION.search(text.body, sentence.start, sentence.end)) and \
            not _DEAL_TERMS.search(text.body, sentence.start, sentence.end):
        return []
    earlier = text.sentences[index - 1]
    if _page_furniture(text.body, earlier) or bisect_left(text.dated, earlier.start) < bisect_left(text.dated,
                                                                                                   earlier.end):
        return []
    spans = [(earlier.start + hit.start, earlier.start + hit.end)
             for hit in load_triggers().find(text.body[earlier.start:earlier.end], earlier.lang)
             if hit.type == kind and not _UNREAL.search(text.body, earlier.start, earlier.start + hit.start)]
    named = list(dict.fromkeys(
        e.name for e in within(text.entities, text.starts, earlier.start, earlier.end)
        if e.label == "ORG" and any(_near(e, lo, hi) for lo, hi in spans)
        and not _former(text.body, earlier.start, e) and not _in_title(text.body, e)))
    return [name for name in named if name not in orgs] if orgs & set(named) else []


def _told_back(text: _Text, index: int) -> tuple[str, list[Participant]] | None:
    """The type and the parties of the happening the sentence before tells, when sentence
    ``index`` announces it ("Das teilte er am Sonntagabend mit", "宣布了这一消息"; told_back_patterns)
    and the sentence before gives it no date of its own: the first typed trigger there that
    is not unreal, and the people and organisations it names."""
    sentence = text.sentences[index]
    if not index or not _TOLD_BACK.search(text.body[sentence.start:sentence.end]):
        return None
    earlier = text.sentences[index - 1]
    if bisect_left(text.dated, earlier.start) < bisect_left(text.dated, earlier.end):
        return None
    hits = [hit for hit in load_triggers().find(text.body[earlier.start:earlier.end], earlier.lang)
            if hit.type != OTHER and not _UNREAL.search(text.body, earlier.start, earlier.start + hit.start)]
    if not hits:
        return None
    parties = [Participant(e.name, e.label) for e in within(text.entities, text.starts, earlier.start, earlier.end)
               if e.label in _PARTIES and not _reporter(text.body, e)]
    return hits[0].type, list({p.name: p for p in parties}.values())


def _makers(text: _Text, participants: Iterable[Participant]) -> list[str]:
    """The organisations of the document whose name opens a participating product's name
    ("DeepL Translator" -> DeepL, "Microsoft Copilot" -> Microsoft), when no organisation
    takes part yet."""
    parties = list(participants)
    if any(p.type == "ORG" for p in parties):
        return []
    found = []
    for product in (p.name for p in parties if p.type == "PRODUCT"):
        words = product.split()
        for cut in range(len(words) - 1, 0, -1):
            name = " ".join(words[:cut])
            if text.labels.get(name) == "ORG":
                found.append(name)
                break
    return found


def _subject(text: _Text, index: int, in_sentence: Sequence[EntityMention], date: TimeExpression,
             hit: Trigger | None) -> EntityMention | None:
    """The person or organisation opening the sentence, described by a relative clause or an
    apposition ("Nvidia, whose chips …, added", "Databricks, which was started in 2013 …, was
    valued … when it raised", "Safe Superintelligence (SSI), the startup co-founded by …, has
    raised"), for a date after that description: the subject of the clause that follows, when
    no one else is named there before the date or trigger."""
    body, sentence = text.body, text.sentences[index]
    first = next((e for e in in_sentence if e.label in PARTICIPANT_LABELS), None)
    if first is None or first.label not in _PARTIES or body[sentence.start:first.start].strip(" \"'“‘"):
        return None
    opened = _SUBJECT_DESCRIBED.match(body, first.end)
    if opened is None:
        return None
    closed = _BREAK.search(body, opened.end(), sentence.end)
    if closed is None or date.start < closed.end():
        return None
    until = min(date.start, hit.start) if hit is not None and hit.start >= closed.end() else date.start
    named = [e for e in in_sentence if closed.end() <= e.start < until and e.label in _PARTIES]
    return None if named else first


_TITLE_APPOSED = re.compile(languages.alternation("events.person_title_apposition_patterns"), re.I)


def _title_after(body: str, org: EntityMention) -> re.Match[str] | None:
    """The role word that follows the organisation: "Quora-Chef", "Meta's CEO", "LinkedIn共同创办人"."""
    link = _ROLE_LINK.match(body, org.end)
    return _ROLE.match(body, link.end() if link else org.end)


def _in_title(body: str, org: EntityMention) -> bool:
    return _title_after(body, org) is not None


def _in_other_title(body: str, org: EntityMention, in_sentence: Sequence[EntityMention],
                    hit: Trigger | None) -> bool:
    """Whether an organisation is named only in a title, which takes no part in the happening
    (benchmarks/data/README.md): before a person's name ("hired Inflection AI co-founder Mustafa
    Suleyman", "特斯拉首席执行官埃隆·马斯克起诉OpenAI") or in an apposition after it ("Nat Friedman,
    the co-founder of … Xamarin, started work as"), or a post held that the happening is not
    ("宣布参选，上月辞去鸿海董事职务" for the announcement). Not the post an appointment gives in
    its clause ("becomes Google's chief scientist", "担任阿里巴巴首席执行官")."""
    if org.label != "ORG":
        return False
    if any(e.label == "PERSON" and e.end <= org.start and _TITLE_APPOSED.fullmatch(body, e.end, org.start)
           for e in in_sentence):
        return True  # "Nat Friedman, the co-founder of the developer-tools startup Xamarin, started work as"
    role = _title_after(body, org)
    if role is None:
        return False
    if any(e.label == "PERSON" and 0 <= e.start - role.end() <= 2 for e in in_sentence):
        return True
    given = hit is not None and hit.type == "appointment" and hit.start < org.start \
        and _CLAUSE_BREAK.search(body, hit.start, org.start) is None  # "becomes … chief": the title inside
    return not given


def _referent(text: _Text, index: int, at: int, depth: int = 2) -> str | None:
    """The person a pronoun at ``at`` in sentence ``index`` stands for: the one person named
    before it in its sentence, else the one of the sentence before, or the one that
    sentence's own pronoun stood for ("蘇萊曼…。他2010年…。他2019年…"). Two people there: none."""
    sentence = text.sentences[index]
    named = {e.name for e in within(text.entities, text.starts, sentence.start, at) if e.label == "PERSON"}
    if named or index == 0:
        return next(iter(named)) if len(named) == 1 else None
    before = text.sentences[index - 1]
    earlier = _PERSON_PRONOUN.search(text.body, before.start, before.end)
    if earlier and depth and not any(e.label == "PERSON" for e in within(text.entities, text.starts, before.start,
                                                                          earlier.start())):
        return _referent(text, index - 1, earlier.start(), depth - 1)
    named = {e.name for e in within(text.entities, text.starts, before.start, before.end) if e.label == "PERSON"}
    return next(iter(named)) if len(named) == 1 else None


def _breaks_around(body: str, start: int, end: int, at: int, to: int) -> tuple[int, re.Match[str] | None]:
    """Where the clause around [at, to) starts, after the last clause break before it within its sentence
    [start, end), and the first clause break after it (None: the sentence ends the clause)."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(body, start, at)]
    return before[-1] if before else start, _CLAUSE_BREAK.search(body, to, end)


def _clause_of(body: str, start: int, end: int, hit: Trigger) -> str:
    """The trigger's clause, between the breaks around it within its sentence [start, end)."""
    clause_start, after = _breaks_around(body, start, end, hit.start, hit.end)
    return body[clause_start: after.start() if after else end]


def _clause(body: str, start: int, end: int, date: TimeExpression) -> tuple[int, int]:
    """The stretch around the date between clause breaks, within its sentence.

    A fronted date ("Finally, late Sunday night, Satya Nadella announced ...") is
    a clause of its own; its clause is the one that follows.
    """
    clause_start, after = _breaks_around(body, start, end, date.start, date.end)
    clause_end = after.start() if after else end
    if after and not re.search(r"\w{3,}", body[clause_start:date.start] + body[date.end:clause_end].replace(
            date.text, "")) and not _STRONG_BREAK.match(after.group(0)):
        following = _CLAUSE_BREAK.search(body, after.end(), end)
        clause_end = following.start() if following else end
    return clause_start, clause_end


def _near(mention: EntityMention, start: int, end: int) -> bool:
    return mention.end >= start - PARTICIPANT_WINDOW and mention.start <= end + PARTICIPANT_WINDOW


_SEMICOLON = re.compile(r"[;；]")


def _set_apart(body: str, mention: EntityMention, start: int, end: int, others: Sequence[int]) -> bool:
    """Whether a semicolon stands between the mention and the span [start, end), and the
    mention's side of the nearest one holds a date of ``others`` (where they start)."""
    if mention.end <= start:
        marks = [m.start() for m in _SEMICOLON.finditer(body, mention.end, start)]
        return bool(marks) and any(d < marks[-1] for d in others if mention.end <= d or d < mention.start)
    marks = [m.start() for m in _SEMICOLON.finditer(body, end, mention.start)]
    return bool(marks) and any(d > marks[0] for d in others)


def _participants(mentions: Iterable[EntityMention]) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for mention in mentions:
        # A law the alias table knows ("AI Act") takes part; the model's other MISC spans do not.
        party = mention.label in PARTICIPANT_LABELS or (mention.label == "MISC" and mention.source.startswith("alias"))
        if party and mention.name not in seen:
            seen[mention.name] = Participant(mention.name, mention.label)
    return tuple(seen.values())


def _is_dateline(sentence: str, date: TimeExpression) -> bool:
    # A line that is nothing but a date is the article's dateline, not an event.
    return len(sentence.strip()) <= len(date.text) + 3


# What a Chinese dateline holds besides its dates: a label ("发布时间："), digits and
# punctuation, and the source after 来源 ("2023年11月20日 09:15 来源：新华网").
_DATELINE_LABELS = languages.either(languages.words("events.dateline_labels"))
_CJK_DATELINE = re.compile(r"\W*(?:(?:" + _DATELINE_LABELS + r")\s*[:：]?)?[\W\d_]*(?:(?:" + _DATELINE_LABELS
                           + r")\s*[:：].{0,30})?")


def _is_cjk_dateline(read: str, dates: Sequence[TimeExpression], offset: int) -> bool:
    """A Chinese sentence that only dates the article (read folded)."""
    if len(read) > 80:
        return False
    rest = list(read)
    for date in dates:
        for i in range(max(0, date.start - offset), min(len(rest), date.end - offset)):
            rest[i] = " "
    return _CJK_DATELINE.fullmatch("".join(rest).strip()) is not None


def _baseline(body: str, date: TimeExpression, dates: Sequence[TimeExpression]) -> bool:
    """Whether ``date`` is what a figure is compared with: "compared with 2022", "较去年同期增长",
    and beside the sentence's other date "tripled from a year earlier" (not the start of a
    range: "from 2019 to 2023"). ``dates``: the sentence's."""
    if _BASELINE.search(body, max(0, date.start - 40), date.start):
        return True
    if len(dates) < 2 or not _BASELINE_BESIDE.search(body, max(0, date.start - 25), date.start):
        return False
    return not any(_RANGE.fullmatch(body, date.end, other.start) for other in dates if other.start >= date.end)


def _scheduled(body: str, date: TimeExpression) -> bool:
    """Whether ``date`` is what a happening was set for, which it may never have kept: "hatte die
    Präsentation für den 8. August angesetzt", "a trial set to begin on Oct. 17", "原定于8月8日"; the German verb
    may end a long clause: "Für Mittwoch hat ein Unterausschuss des US-Repräsentantenhauses eine Anhörung zu
    Datendiebstählen angesetzt"."""
    return _SCHEDULED.search(_around(body, date, 80, 120)) is not None


def _glosses(body: str, date: TimeExpression, dates: Sequence[TimeExpression]) -> bool:
    """Whether ``date`` only glosses the date before it in parentheses: "上周五（11月17日）",
    "今日（22日）" tell one day once. ``dates``: the sentence's, in order."""
    previous = [d for d in dates if d.end <= date.start]
    if not previous:
        return False
    before = previous[-1]
    return body[before.end: date.start].strip() in ("(", "（") and before.calendar_value == date.calendar_value


def _launches_organisation(body: str, end: int, hit: Trigger, in_sentence: Sequence[EntityMention]) -> bool:
    """Whether a launch word's object is an organisation, not a product: "Sutskever launched
    SSI in June", "Musk unveiled xAI" found a company. Someone acting stands before the word
    (else the name after it may be the subject: "Im Juni startete Google …"), and the first
    name after it in its clause decides; a product named there too makes it a launch
    ("launched Copilot at Microsoft"), and so does a name the organisation's is only the start of
    ("发布了小米SU7": Xiaomi's SU7, _NAME_GOES_ON), and so does one after an agent's word
    ("Google發表的手機由宏達電代工": HTC made the phone), and a Chinese name that a few characters and 的 make
    the maker of what follows ("发布华为自主研发的操作系统鸿蒙OS", _MAKER_OF)."""
    after = _BREAK.search(body, hit.end, end)
    stop = after.start() if after else end
    named = [e for e in in_sentence if hit.end <= e.start < stop and e.label in PARTICIPANT_LABELS]
    acting = any(e.label in _PARTIES and e.end <= hit.start for e in in_sentence)
    return acting and bool(named) and named[0].label == "ORG" and \
        named[0].start - hit.end <= PARTICIPANT_WINDOW // 2 and not any(e.label == "PRODUCT" for e in named) \
        and not _KIND_BEFORE.search(body, hit.end, named[0].start) and not _NAME_GOES_ON.match(body, named[0].end) \
        and not _MAKER_OF.match(body, named[0].end) \
        and not AGENT_BEFORE.search(body, max(hit.end, named[0].start - 12), named[0].start)


# A model name glued to the maker's: "小米SU7", "华为Mate 60" (a Latin letter or a digit right after it).
_NAME_GOES_ON = re.compile(r"[A-Za-z0-9]")
# After a Chinese name, a few characters up to 的: "华为|自主研发的" names the maker of what follows.
_MAKER_OF = re.compile(f"[{han.HAN}]{{0,6}}的")
# A noun for a kind of product right before a name makes it a product: "发布了自动驾驶大模型Apollo ADFM".
_KIND_BEFORE = re.compile("(?:" + languages.either(languages.cjk(_PRODUCT_NOUNS)) + "|"
                          + languages.bounded(languages.latin(_PRODUCT_NOUNS)) + r")\s*$", re.I)


def _announces_product(body: str, end: int, hit: Trigger, in_sentence: Sequence[EntityMention],
                       hits: Sequence[Trigger] = ()) -> bool:
    """Whether an announcement's object is a product: the first name inside a separated
    verb ("kündigte am Mittwoch Gemini an") or right after the word ("announced Bard",
    "announced its Gemini model", "宣布了Llama 2"; not "宣布接入文心一言", which joins it) is a
    product, so the product is launched; not when another trigger follows it in its clause,
    which tells what was announced of it ("宣布通义千问系列多款模型大幅降价", a price cut)."""
    after = _BREAK.search(body, hit.end, end)
    stop = after.start() if after else end
    named = [e for e in in_sentence if hit.start < e.start < stop and e.label in PARTICIPANT_LABELS]
    if not named or named[0].label != "PRODUCT" or any(named[0].end <= h.start < stop for h in hits):
        return False
    return named[0].start < hit.end or bool(_OBJECT_GAP.fullmatch(body, hit.end, named[0].start))


_OBJECT_GAP = re.compile(r"\s*(?:[a-z]+\s+){0,2}|了")  # "announced its new Bard", "宣布了Bard"


def _fronted(body: str, start: int, date: TimeExpression, hits: Sequence[Trigger],
             dates: Sequence[TimeExpression]) -> bool:
    """Whether the date opens a clause of its own after an earlier clause: nothing but a
    clause break ("，", "but", "但") stands between it and the clause before, and a comma
    follows it ("…推出Bard，但两天后，…"). A date after another date's clause glosses it
    ("on Monday, January 23,"), and a trigger inside the date's own text names what it
    counts from: neither makes it fronted."""
    before = [m for m in _BREAK.finditer(body, start, date.start)]
    if not before or not _FRONTED_LEAD.fullmatch(body, before[-1].end(), date.start) \
            or not _FRONTED_END.match(body, date.end):
        return False
    # The clause before must end in words, not in a date ("on Monday, January 23, …").
    previous = body[start:before[-1].start()].rstrip(" ,，")
    if not re.search(r"[^\W\d_]$", previous) or any(d.end == start + len(previous) for d in dates):
        return False
    return not any(date.start <= h.start < date.end for h in hits)


_FRONTED_END = re.compile(r"\s*[,，]")
_FRONTED_LEAD = re.compile(r"\s*(?:\w{1,3}\s+)?")  # a preposition the date's text leaves out: "am 8. Februar"


_ANTECEDENT = re.compile(r"\s*[,，]?\s*")  # "Apple's shares, which fell 2% on Monday": what the clause describes
_OWNED_ANTECEDENT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*[,，]\s*")  # ... and its owner: Apple


def _relative_clause(body: str, start: int, end: int, date: TimeExpression) -> tuple[int, int] | None:
    """The relative clause the date stands in ("Nervana, dessen Mitgründer heute Intels
    KI-Sparte leitet", "Nvidia, whose market value passed $1 trillion in May,"), None when it
    stands in none: a trigger outside it tells another happening than the date's."""
    breaks = [m.end() for m in _BREAK.finditer(body, start, date.start)]
    if not breaks or not _RELATIVE.match(body, breaks[-1]):
        return None
    closed = _BREAK.search(body, date.end, end)
    return breaks[-1], closed.start() if closed else end


def _relative_stretch(body: str, start: int, end: int, date: TimeExpression) -> tuple[int, int] | None:
    """The relative clause the date stands in, its coordinated clauses taken with it ("Musk, who
    co-founded OpenAI in 2015 but left in 2018, has taken legal action"), from its opening word to
    the punctuation that closes it; None when the date stands in none."""
    breaks = list(_BREAK.finditer(body, start, date.start))
    for found in reversed(breaks):
        if _RELATIVE.match(body, found.end()):
            closed = _PUNCTUATION_BREAK.search(body, date.end, end)
            return found.end(), closed.start() if closed else end
        if _PUNCTUATION_BREAK.fullmatch(found.group(0)):
            return None  # a clause of its own between: the date is not the relative clause's
    return None


def _resumed(body: str, start: int, clause_start: int) -> tuple[int, int] | None:
    """The clause that a relative clause right before the date's clause interrupted ("Intel hatte
    den Bau der Fabrik, für die der Bund … zugesagt hat, im September … verschoben", "Globex built
    the plant, for which the state paid, in 2019"), which the date's clause continues; None when
    the clause before the date's is no relative clause."""
    breaks = list(_CLAUSE_BREAK.finditer(body, start, clause_start))
    if len(breaks) < 2 or not _RELATIVE.match(body, breaks[-2].end()) or _STRONG_BREAK.match(breaks[-2].group(0)):
        return None
    return (breaks[-3].end() if len(breaks) >= 3 else start), breaks[-2].start()


def _describes(body: str, start: int, hit: Trigger, date: TimeExpression) -> bool:
    """Whether the trigger stands in a relative clause ("which invested", "who founded") that
    does not hold the date: it describes someone, it does not tell what happened that day."""
    if date.start <= hit.start <= date.end:
        return False
    lo = max(start, hit.start - MAX_TRIGGER_CHARS)
    breaks = [m.end() for m in _BREAK.finditer(body, lo, hit.start)]
    if _ATTRIBUTIVE.match(body, hit.end):
        # "李开复创办的零一万物则在去年11月宣布": a Chinese trigger before 的 describes the name after
        # it, and tells its own happening only with a date of its own ("2015年创办的OpenAI").
        return not (breaks[-1] if breaks else start) <= date.start < hit.start
    if not breaks or not _RELATIVE.match(body, breaks[-1]):
        return False
    opened = breaks[-1]
    # The comma inside a date ("November 30, 2022") closes no clause; one inside a verb and its
    # particle does ("für die der Bund Milliarden zugesagt hat, im September um … verschoben"
    # is no "Milliarden … um").
    closed = next((m for m in _BREAK.finditer(body, hit.start, hit.end + MAX_TRIGGER_CHARS)
                   if not date.start <= m.start() < date.end), None)
    return not (opened <= date.start and (closed is None or date.end <= closed.start()))


_OFFSET = re.compile("(?:" + languages.either(languages.words("events.offset_ends")) + ")$")  # "两个月后", not "当日"


def _counted_from(date: TimeExpression, hits: Sequence[Trigger]) -> set[str]:
    """The types of the happening a date counts from when its trigger stands right before
    it: "上线两个月后" (two months after going online) dates what followed the launch, not a
    launch, nor the launch the sentence told before it ("推出ChatGPT，…上线两个月后用户破亿"). Such
    triggers still say something happened then, untyped."""
    if date.anchor is None or date.anchor.source != "mentioned" or not _OFFSET.search(date.text):
        return set()
    return {hit.type for hit in hits if hit.end == date.start and hit.type != OTHER}


def _in_clause(body: str, hit: Trigger, date: TimeExpression) -> bool:
    """Whether the trigger and the date stand in one clause (no clause break between them)."""
    lo, hi = (hit.end, date.start) if hit.end <= date.start else (date.end, hit.start)
    return lo >= hi or _CLAUSE_BREAK.search(body, lo, hi) is None


def _nearest_trigger(date: TimeExpression, hits: Sequence[Trigger], body: str, *, fronted: bool = False,
                     others: Sequence[TimeExpression] = (), clause: tuple[int, int] = (0, 0)) -> Trigger | None:
    """The trigger closest to the date, counting clause breaks between them first:
    in "co-founded OpenAI in 2015 but left in 2018, sued" 2018 goes with "left".
    A typed trigger outside the date's ``clause``, nearer one of ``others`` (the sentence's
    other dates), is that date's when the date's clause holds a trigger of its own: in
    "郭台铭今年8月宣布参选…，上月辞去鸿海董事职务" 辞去 types 上月, not 8月 (but "released
    Claude in March and Claude 2 in July" dates two releases).
    A trigger too far away, or beyond a ";" or ":", does not type the date.  A trigger
    that types nothing ("宣布", announce) counts only where no typed one is near:
    "宣布解雇" is a departure."""

    def gap(hit: Trigger, date: TimeExpression = date) -> tuple[int, int]:
        return (hit.end, date.start) if hit.end <= date.start else (date.end, hit.start)

    def distance(hit: Trigger, date: TimeExpression = date) -> tuple[int, int, int]:
        start = hit.start
        lo, hi = gap(hit, date)
        if lo >= hi:
            return (0, 0, 0)
        strong = len(_STRONG_BREAK.findall(body, lo, hi))
        # Between two triggers within reach, "and" after the date leans to the one before it:
        # "co-founded OpenAI in 2015 and left its board in 2018" (2015 is the founding).
        joined = len(_COORDINATION.findall(body, lo, hi)) if start >= date.end else 0
        # A name glossed in parentheses ("哈薩比斯（Demis Hassabis）") breaks no clause.
        between = _GLOSS.sub(" ", body[lo:hi])
        return (len(_BREAK.findall(between)) + (MAX_TRIGGER_BREAKS + 1) * strong, joined, hi - lo)

    # The distance in characters first: counting breaks over a long gap of a run-on
    # sentence, for every trigger in it, would cost its length times its triggers.
    own = [hit for hit in hits if clause[0] <= hit.start < clause[1]]

    def claimed(hit: Trigger) -> bool:
        if hit.type == OTHER or hit in own:
            return False
        # With no trigger in the date's clause, a trigger still belongs to another date of its
        # own clause when "but" sets the date's clause against it: in "聯發科2022年營收約5488億元，
        # 創歷史新高，但今年…營運面臨調整" 營收 is 2022's figure (not in "released MPT-7B in May,
        # and last Thursday it followed with MPT-30B").
        mine = others if own else [other for other in others if _in_clause(body, hit, other)
                                   and CONTRAST.search(body, *sorted((hit.end, date.start)))]
        return any(distance(hit, other)[::2] < distance(hit)[::2] for other in mine)

    close = [hit for hit in hits if gap(hit)[1] - gap(hit)[0] <= MAX_TRIGGER_CHARS and not claimed(hit)]
    near = [hit for hit in close if distance(hit)[0] <= MAX_TRIGGER_BREAKS]
    if fronted:
        # "谷歌于2月6日推出Bard，但两天后，Alphabet的市值蒸发", "Finally, on Sunday, Nadella announced":
        # a date that opens its clause dates what follows it, when something typed follows.
        after = [hit for hit in near if hit.start >= date.end and hit.type != OTHER]
        near = after or near
    typed = [hit for hit in near if hit.type != OTHER]
    return min(typed or near, key=distance) if near else None
