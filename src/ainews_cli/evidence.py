"""The evidence step between NER and the entity list: a span a model tagged becomes a
name only where the text bears it out.

A model's span is weighed against the alias table (which always wins), the place
gazetteer, the word lists (lexicon.py) and the rest of the document:

- **titles and roles** are split off ("Chief Technology Officer Mira Murati" -> "Mira
  Murati", "Technologiechefin Murati" -> "Murati", "Microsoft-Chef Satya Nadella");
  a span that is only a title ("Treasury" of "Treasury Secretary") is dropped, and a
  name of two or three plain words after a title is a person's, whatever type the
  model gave it ("chief executive Brett Adcock"). The facts stage reads the role
  (facts.py);
- a **common word glued to a name** at the start of a sentence is trimmed ("Following
  Altman" -> "Altman");
- a **capitalised German common noun** ("Börsenwert", "Führungsturbulenzen", "Dollar")
  in a German sentence is no name, unless it is the surname of a person the document
  names in full; a sentence-initial common word ("Returns", "Revenue") is none either;
- a **lone first name or surname** tagged PERSON counts only where the document names
  the person in full ("Sam" -> "Sam Altman"; "Trojan" of "Trojan horse" is dropped);
- an **acronym** the alias table does not know ("PDF", "CPU") counts only where the
  document spells it out ("Environmental Protection Agency (EPA)");
- a **phrase of common words** ("The Accidental Consumer Tech Company", a title) is
  not the name of an organisation or place;
- a **Chinese** span loses a conjunction the model took with it ("中国移动和" of
  "中国移动和中国电信"), and a place counts only where the gazetteer knows it or it ends
  in a word for a place ("海淀区"; not the idiom "康庄大道");
- a **byline** ("By Mark Rivera", "Von Anna Schmidt", "记者 李明") names people, where
  the model, reading it as a heading, found none;
- an **all-caps or title-case run** (a shouted line, a headline of thirty capitalised
  words) is read by the alias table only;
- a **company descriptor** names the company after it ("Finanzinvestor KKR", "the
  programmable-chip maker Xilinx", "der Chipdesigner Arm": a guarded form of the alias
  table counts there), and a phrase of common words ending in a **corporate word**
  ("Nuance Communications") is a name where its first word stands again as one, and
  words no list calls common before a corporate word are a company no model tagged
  ("VLSI Technology");
- a **surname** the model tagged alone takes the first name before it ("Gundbert
  Scherf"), and the surname of a person named in full counts where it stands alone
  again untagged ("Guo" after "Lucy Guo").
- the **paper or agency of a wire dateline** ("BERLIN (dpa) - ", "【经济日报记者…／台北报导】")
  is no entity of the story; a **reporter's name** the Chinese model cut short in a
  byline ("林大" of "记者林大为／") is taken whole; a **corporate word** right after an
  organisation's span ends its name ("BlackRock Private Equity Partners");
- a **name the model found once** counts where it stands again untagged: a person's
  full name, an organisation's no word list of the language calls common (also as the
  name part of a German compound: "Cruise-Chef"), a Chinese name of three characters
  or more.

Each rule is a plain function of the span and the document; the word lists and titles
are data (data/languages/<code>.toml, data/lexicon/).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ainews_cli import han, languages, lexicon

if TYPE_CHECKING:
    from ainews_cli.entities import AliasTable, RawMention

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}s?\.?")
_CAPITALISED_RUN = 8  # capitalised words in a row that make a line a headline
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_ORGAN_SUFFIXES = tuple(languages.words("entities.organ_suffixes"))
_CONJUNCTIONS = tuple(languages.words("entities.trailing_conjunctions"))
_PLACE_SUFFIXES = tuple(languages.words("entities.place_suffixes"))
_BUSINESS_ENDS = tuple(languages.words("entities.business_ends"))
_DESCRIPTION_HEADS = tuple(languages.words("entities.description_heads"))
_NOT_NAMES = frozenset(languages.cjk(languages.words("entities.not_entities")))
_NOT_ENTITY_WORDS = frozenset(languages.words("entities.not_entities"))


@cache
def _chinese_triggers() -> frozenset[str]:
    """What a happening is told by (data/triggers.toml: "交棒", hands over; "出任", takes the post),
    folded: it names no one, though a model reading a headline tags it ("鸿海董事长交棒 刘扬伟接掌").
    Read when first needed: folding loads OpenCC, which a query of the store never needs."""
    return frozenset(han.normalised(word) for action in languages.triggers()["actions"].values()
                     for word in action.get("zh", ()))


# A Han character next to a Latin letter: a Chinese name is not written so ("輝達GTC").
_HAN_LATIN = re.compile(f"[{han.HAN}][A-Za-z]|[A-Za-z][{han.HAN}]")
_LATIN_TITLE = re.compile(f"[A-Za-z]+(?=[{han.HAN}])")
_PEOPLE_COUNT = re.compile("(?:" + languages.alternation("entities.people_count_patterns") + ")")
_PEOPLE_COUNTED = re.compile(_PEOPLE_COUNT.pattern + "$")
_PEOPLE_JOINERS = tuple(languages.words("entities.people_list_joiners"))
# "所持的世創股份" (the Siltronic shares it holds): 股份 after a company's name is its shares there.
_SHARES_BEFORE = re.compile("(?:" + languages.alternation("entities.shares_before_patterns") + ")$")
_SHARES = "股份"
_ORG_TRAILING = tuple(languages.cjk(languages.words("entities.org_trailing_words")))
_ORGANISATION_ENDS = tuple(languages.cjk(languages.words("entities.organisation_ends")))
# Right before a name, words that make it the place a company is at ("based in Migdal HaEmek").
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("entities.place_before_patterns") + r")\s+$")
# ... but not a company whose site it names: "based in Kyutai's Paris office", "located in Crusoe facilities".
_PLACE_OF_COMPANY = re.compile(r"['’]s\b|\s+(?:" + languages.alternation("entities.company_site_patterns") + ")", re.I)
_PERSON_TRAILING = re.compile("(?:" + languages.either(
    [re.escape(word) for word in languages.cjk(languages.words("entities.person_trailing_words"))]) + ")$")
_PERSON_VERB_SPLITS = tuple(languages.cjk(languages.words("entities.person_verb_splits")))
_PERSON_VERB_LONGEST = max(map(len, _PERSON_VERB_SPLITS), default=0)


# A byline's names: capitalised words (with particles: "Ursula von der Leyen"), or two to
# four Han characters (a transliteration with its dot), joined by commas or "and".
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?"
_JOINS = ("and", "und", "&")


@cache
def _byline_name() -> re.Pattern[str]:
    particles = languages.either([re.escape(p) for p in sorted(_particles(), key=len, reverse=True)
                                  if p.islower() and p not in _JOINS])
    latin = r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:" + particles + r")[ \t]+)*[A-ZÀ-Þ][\w'’-]+){1,3}"
    return re.compile(f"{latin}|{_HAN_NAME}")


@cache
def _byline() -> re.Pattern[str]:
    name = _byline_name().pattern
    joins = r"[ \t]*(?:[,、，]|[ \t](?:" + "|".join(map(re.escape, _JOINS)) + r")[ \t])[ \t]*|[ \t]+"
    return re.compile(r"^[ \t]*(?:" + languages.either(languages.patterns("entities.byline_patterns"))
                      + r")[ \t]*(?P<names>(?:" + name + r")(?:(?:" + joins + r")(?:" + name + r"))*)[ \t]*$",
                      re.M)


class _Taken:
    """Spans already named, sorted: whether a stretch overlaps one, found by bisection (a long
    page holds thousands of mentions)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = max((e - s for s, e in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        window = range(bisect_left(self.starts, start - self.reach), bisect_left(self.starts, end))
        return any(self.spans[i][0] < end and start < self.spans[i][1] for i in window)


def bylines(body: str, ner: Sequence[RawMention], aliases: Sequence[RawMention] = ()) -> list[RawMention]:
    """The people a byline names ("By Mark Rivera", "Von Anna Schmidt", "记者 李明") where
    the model found nothing: a model reads a byline as a heading, or not at all.  A name
    around another kind of entity the alias table knows ("By Microsoft Research") is none."""
    from ainews_cli.entities import RawMention

    taken = _Taken([*((m.start, m.end) for m in ner), *((a.start, a.end) for a in aliases if a.label != "PERSON")])
    found = []
    folded = han.normalised(body)  # of the same length: "記者" is read as "记者"
    for line in _byline().finditer(folded):
        for name in _byline_name().finditer(folded, line.start("names"), line.end("names")):
            start, end = name.span()
            words = name.group(0).split()
            if not han.has_han(name.group(0)) and (
                    any(w[:1].isupper() and w.lower() in _function_words() for w in words)
                    or all(is_common(w, "") for w in words)):
                continue  # "By The Numbers", "By Staff Reporter": no name
            if han.has_han(name.group(0)) and name.group(0) in _NOT_NAMES:
                continue  # "文／本报记者 韩露": the byline's words are no name
            if not taken.overlaps(start, end):
                found.append(RawMention(body[start:end], start, end, "PERSON", "byline"))
    return found


# A name after a company descriptor: capitalised words of Latin letters (no Han, no
# hyphen: "Arm-Eigentümer" names "Arm"), on one line.
_DESCRIBED_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9.&'’]*"
_CORPORATE = frozenset(languages.words("entities.corporate_words"))
_POSSESSIVE = re.compile(r"['’]s?$")
_CAMEL_WORD = re.compile(r"[A-Za-z][a-z]*[A-Z][A-Za-z]*")
# A name the alias table does not know that a Chinese descriptor names: one word in capitals,
# longer than the acronyms of a kind of thing ("SaaS", "AIGC", "API").
_CHINESE_DESCRIBED = re.compile(r"[A-Z]{5,}")
# A name of letters and digits ("G42", "01.AI"): a company where a descriptor calls it one.
_ALPHANUMERIC = re.compile(r"(?=[\w.]*\d)(?=[\w.]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.]{1,9}[A-Za-z0-9]")


@cache
def _descriptor() -> re.Pattern[str]:
    alternatives = languages.patterns("entities.company_descriptor_patterns")
    # A word that ends in a full stop ends the name: "KKR. Der Chipdesigner Arm" is two.
    name = f"(?P<name>{_DESCRIBED_WORD}(?:(?<!\\.)[ \t]+{_DESCRIBED_WORD})*)"
    # A descriptor's own pattern says where it may begin: an English word at a word's start,
    # a German one anywhere in its compound ("Chipkonzern"); a pattern that first matched
    # the whole word and gave it back a letter at a time cost a tenth of all extraction.
    latin = "(?:" + languages.either(languages.latin(alternatives)) + r")[ \t]+"
    chinese = "(?:" + languages.either(languages.cjk(alternatives)) + ")"
    return re.compile(f"(?:{latin}|{chinese}){name}")


@cache
def _apposed() -> re.Pattern[str]:
    """One word named a company by an apposition right after it: "G42, an artificial
    intelligence company based in Abu Dhabi", "G42, ein KI-Unternehmen aus Abu Dhabi"."""
    after = languages.either(languages.patterns("entities.company_apposition_patterns"))
    # Not a place a preposition puts before the comma: "In Zhubei, a company representative …".
    places = "".join(f"(?<!\\b{re.escape(word)} )" for word in languages.words("entities.apposition_prepositions"))
    return re.compile(f"(?<![\\w.&'’-]){places}(?P<name>{_DESCRIBED_WORD})(?=,[ \t]+(?:{after}))")


@cache
def _chinese_descriptor_end() -> re.Pattern[str]:
    descriptors = languages.cjk(languages.patterns("entities.company_descriptor_patterns"))
    return re.compile("(?:" + languages.either(descriptors) + ")$")


def after_chinese_descriptor(body: str, start: int) -> bool:
    """Whether a Chinese word for a company stands right before ``start``: "短视频平台|快手"."""
    return _chinese_descriptor_end().search(han.normalised(body[max(0, start - 12): start])) is not None


_MODEL_WORDS = tuple(languages.cjk(languages.words("entities.model_words")))
_OPENING_QUOTES = "“「『\""
_CLOSING_QUOTES = "”」』\""


def beside_model_word(body: str, start: int, end: int) -> bool:
    """Whether a Chinese word for a model stands right before a name in quotes or right after
    the name ("视频生成大模型“可灵”", "“日日新”大模型", "可灵大模型")."""
    quoted = body[start - 1: start] in _OPENING_QUOTES and body[end: end + 1] in _CLOSING_QUOTES and start > 0
    after = han.normalised(body[end + quoted: end + quoted + 4])
    before = han.normalised(body[max(0, start - 1 - 4): start - 1]) if quoted else ""
    return after.startswith(_MODEL_WORDS) or (quoted and before.endswith(_MODEL_WORDS))


_COMPANY_AFTER_WORDS = tuple(languages.cjk(languages.words("entities.company_after_words")))


def before_company_word(body: str, end: int) -> bool:
    """Whether a Chinese word of a company's own stands right after a name: "荣耀|品牌", "荣耀|总裁"."""
    return han.normalised(body[end: end + 3]).startswith(_COMPANY_AFTER_WORDS)


_WORD_BREAKS = frozenset(languages.cjk(languages.words("entities.word_breaks")))


def half_of_a_word(body: str, start: int, end: int) -> bool:
    """Whether a Chinese form's first character makes a word with the one before it, or its
    last with the one after it ("加|快手|机", "可灵|活"): then it names nothing."""
    return han.normalised(body[max(0, start - 1): start + 1]) in _WORD_BREAKS \
        or han.normalised(body[end - 1: end + 1]) in _WORD_BREAKS


_ABBREVIATIONS = frozenset(languages.words("entities.corporate_abbreviations"))


def is_corporate(word: str) -> bool:
    """A word that ends a company's name: "Graphics", "Communications", "AG", "Inc.", "N.V."."""
    return word.replace(".", "") in _CORPORATE


@cache
def _corporate_run() -> re.Pattern[str]:
    ends = languages.either([re.escape(w) for w in sorted(_CORPORATE, key=len, reverse=True)])
    return re.compile(r"(?<![\w.&'’-])(?P<head>(?:" + _DESCRIBED_WORD + r"(?<!\.)[ \t]+){1,3})(?:" + ends
                      + r")(?![\w&'’-])")


def corporate_names(body: str, table: AliasTable, taken: Sequence[tuple[int, int]]) -> list[RawMention]:
    """Companies named with a corporate word the model did not tag: "VLSI Technology" of
    "Acorn Computers, Apple und VLSI Technology".  Every word before the corporate one is
    a name no word list calls common and the alias table does not know (so "Information
    Technology", "Google Cloud Software" and "Global Communications" are none); a run in
    a headline or a shouted line is not read."""
    from ainews_cli.entities import RawMention

    named = _Taken(taken)
    found = []
    for match in _corporate_run().finditer(body):
        head = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", match.group("head"))]
        while head and (is_function_word(head[0][1]) or common_anywhere(head[0][1])):
            head = head[1:]  # "Laut", "The": opening words, not the name
        if not head:
            continue
        start, end = match.start("head") + head[0][0], match.end()
        words = [w for _, w in head]
        if any(common_anywhere(w) or w.endswith(".") or table.lookup(w) is not None or w in _NOT_ENTITY_WORDS
               or is_corporate(w) for w in words) or table.lookup(body[start:end]) is not None \
                or named.overlaps(start, end):
            continue
        line = body.rfind("\n", 0, start) + 1, body.find("\n", end) % (len(body) + 1)
        if shouted_or_headline(body[line[0]: line[1] or len(body)]):
            continue
        found.append(RawMention(body[start:end], start, end, "ORG", "corporate"))
    return found


def people_counted_at(body: str, pos: int) -> bool:
    """Whether a count of people stands at ``pos`` ("杨沐|三位校友"): no part of a name before it."""
    return _PEOPLE_COUNT.match(han.normalised(body[pos: pos + 8])) is not None


def common_anywhere(word: str) -> bool:
    # The language of a described name is not known here: common in English or German is common.
    return is_common(word, "en") or is_common(word, "de")


def described(body: str, table: AliasTable, blocked: Sequence[tuple[int, int]] = (),
              people: Sequence[str] = ()) -> list[RawMention]:
    """The companies a descriptor names right before them: "Finanzinvestor KKR", "der
    Chipdesigner Arm", "the programmable-chip maker Xilinx", "US-Chipsoftware-Hersteller
    Mentor Graphics", "芯片设计公司Arm".  A name the alias table knows counts as its entry
    (a guarded form of a company too: the descriptor says which "Arm" it is); one it does
    not know counts where it is one word no word list calls common ("Innomotics", not
    "Gewinne" of "dass der Konzern Gewinne macht"), or ends in a corporate word ("Mentor
    Graphics").  A word of a person's name (``people``), a title, a date, an acronym no
    reader calls a name ("AI", "CEO", "IT"), the head of a compound ("USB" of
    "Hersteller USB-Sticks") are none; after a Chinese descriptor only the alias table's
    names count, and one word in capitals of five letters or more ("软件公司CARIAD";
    "企业SaaS服务" names a kind of service, not a company)."""
    from ainews_cli.entities import RawMention

    parts = {part for person in people for part in person.split()}
    found = []
    folded = han.normalised(body)  # of the same length: Chinese descriptors in Simplified
    matches = sorted([*_descriptor().finditer(folded), *_apposed().finditer(body)], key=lambda m: m.start("name"))
    for match in matches:
        start = match.start("name")
        words = []
        for word in re.finditer(r"\S+", body[start: match.end("name")]):
            text = word.group(0)
            if is_function_word(text):
                break
            possessive = _POSSESSIVE.search(text)
            if possessive is not None:  # "Xilinx's chips": the name ends at its possessive
                cut = possessive.start()
                words.append((start + word.start(), start + word.start() + cut, text[:cut]))
                break
            words.append((start + word.start(), start + word.end(), text))
            if text.endswith(".") and not is_corporate(text):
                break  # a full stop ends the name with its sentence
        name = _described_name(body, words, table, parts)
        if name is None:
            continue
        first, last = name
        if any(s < last and first < e for s, e in blocked) or _titles().match(body, first, last):
            continue
        if body[last - 1: last] == "." and body[first: last - 1].split()[-1] not in _ABBREVIATIONS:
            last -= 1  # "SMART Global Holdings." at a sentence's end
        text = body[first:last]
        entry = table.lookup(text)
        if entry is None and (body[last: last + 1] == "-" or (
                han.has_han(match.group(0))
                and not (_CHINESE_DESCRIBED.fullmatch(text) or _ALPHANUMERIC.fullmatch(text)))):
            continue  # after a Chinese descriptor, a name in capitals of five letters or more ("CARIAD"), or "G42"
        if entry is not None and table.types.get(entry.name) == "LOC":
            continue  # "dass der Konzern Deutschland verlässt": a place the company leaves
        found.append(RawMention(text, first, last, "ORG", "described", entry))
    return found


def _described_name(body: str, words: list[tuple[int, int, str]], table: AliasTable,
                    parts: set[str]) -> tuple[int, int] | None:
    if not words:
        return None  # a function word right after the descriptor: "the company It"
    for n in range(len(words), 0, -1):  # the longest the alias table knows
        entry = table.lookup(body[words[0][0]: words[n - 1][1]].rstrip("."))
        if entry is not None:
            return (words[0][0], words[n - 1][1]) if entry.type == "ORG" else None
    whole = len(words)
    while len(words) > 1 and not is_corporate(words[-1][2]) and common_anywhere(words[-1][2]):
        words = words[:-1]
    if len(words) == 1 < whole and not (words[0][2].isupper() or _CAMEL_WORD.fullmatch(words[0][2])):
        return None  # "Künstliche" of "Künstliche Intelligenz": a word of a phrase; "KKR Ende Mai" stands
    texts = [w[2].rstrip(".") if not is_corporate(w[2]) else w[2] for w in words]
    if len(words) > 1:
        return (words[0][0], words[-1][1]) if is_corporate(texts[-1]) else None
    text = texts[0]
    if (sum(ch.isalpha() for ch in text) < (3 if text.isupper() else 2) and not _ALPHANUMERIC.fullmatch(text)) \
            or text in _NOT_ENTITY_WORDS or text in parts or common_anywhere(text):
        return None
    return words[0][0], words[0][0] + len(text)


def _title_alternatives() -> list[str]:
    roles = sorted((re.escape(w) for w in languages.table("facts.roles")), key=len, reverse=True)
    return [*languages.patterns("entities.title_patterns"), *roles]


@cache
def _titles() -> re.Pattern[str]:
    qualifiers = languages.patterns("facts.role_qualifier_patterns")
    return re.compile(r"(?:(?:" + "|".join(qualifiers) + r")?(?:" + "|".join(_title_alternatives())
                      + r")(?:,?\s+|$))+", re.I)


@cache
def _title_words() -> re.Pattern[str] | None:
    """Text every title match holds: each alternative's longest run of plain characters
    ("chef" of ``\\w*chef(?:in)?``, "officer" of ``chief \\w+ officer``), found without
    the titles' ``\\w*`` backtracking at every position.  Where this finds nothing,
    ``_titles`` finds nothing either.  None when an alternative has no such run."""
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own reading of a pattern

    words = set()
    for alternative in _title_alternatives():
        runs, run = [], ""
        for op, value in _parser.parse(alternative):
            if op is _parser.LITERAL:
                run += chr(value)
            else:
                runs.append(run)
                run = ""
        runs.append(run)
        longest = max(runs, key=len)
        if len(longest) < 2:
            return None
        words.add(longest)
    lowered = {word.lower() for word in words}
    # To tell whether any is there, a word that holds another ("chairman", "chair") adds nothing.
    least = {word for word in lowered if not any(other != word and other in word for other in lowered)}
    return re.compile(languages.trie(least), re.I)


def _particles() -> frozenset[str]:
    return frozenset(languages.words("entities.name_particles")) | frozenset(
        languages.words("entities.leading_articles"))


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w for lang in languages.LANGUAGES
                     for w in languages.lookup(lang, "language.function_words") or [])


def is_function_word(word: str) -> bool:
    """A function word of any language: "the", "Die", "von"."""
    return word.lower() in _function_words()


def is_common(word: str, lang: str) -> bool:
    """A common word of the sentence's language (any language's where it has no lists):
    "Following", "Accidental"; German nouns too ("Börsenwert")."""
    word = word.strip(".,;:'’\"“”()")
    if not word:
        return True
    if word.lower() in _function_words():
        return True
    if lang == "de" and lexicon.is_german_noun(word):
        return True
    return lexicon.is_english_word(word) if lang != "de" else False


# A slash inside a credit, between a person and the agency: "Carla Benavides / Newswire".
_CREDIT_SLASH = re.compile(r"\s*/")
# Inside a model's person, a word that joins two names ("joins Cash App and Square"): no one person.
_JOINED = re.compile(r"\s(?:" + languages.either(languages.latin(languages.words("facts.list_joiners"))) + r")\s")


def sentence_start(body: str, pos: int, starts: Sequence[int]) -> bool:
    """Whether ``pos`` opens a sentence (or a line, or a quote that opens one)."""
    before = body[max(0, pos - 3): pos]
    index = bisect_left(starts, pos)
    if index < len(starts) and starts[index] == pos:
        return True
    # What stands before, quotes, spaces and a heading's marks ("**Wer Yogiyo kaufen könnte**") left out; a
    # window, as a long text has many mentions.
    window = max(0, pos - 64)
    head = body[window:pos].rstrip(" \t\"“„'‘«*_#>")
    if not head and window:
        head = body[:pos].rstrip(" \t\"“„'‘«*_#>")
    return not head or head[-1] in ".!?\n:;" or before.endswith("\n")


def _sentence_of(body: str, pos: int, starts: Sequence[int]) -> tuple[int, int]:
    """The sentence (and line) around ``pos``; ``starts`` sorted, looked up by bisection."""
    index = bisect_right(starts, pos)
    first = starts[index - 1] if index else 0
    last = starts[index] if index < len(starts) else len(body)
    start = body.rfind("\n", first, pos) + 1 or first
    end = body.find("\n", pos, last)
    return start, end if end >= 0 else last


def shouted_or_headline(text: str) -> bool:
    """A line in capitals ("SAM ALTMAN FIRED") or a run of capitalised words longer
    than a name ("Die Große Koalition Streitet Über Neue Regeln ..."): read by the
    alias table only."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
        return True
    run = longest = 0
    for word in text.split():
        run = run + 1 if word[:1].isupper() else 0
        longest = max(longest, run)
    return longest >= _CAPITALISED_RUN


@cache
def _quoted_headline() -> re.Pattern[str]:
    return re.compile(languages.either(languages.patterns("entities.quoted_headline_patterns")), re.I)


# Two to four capitalised words: a person's name as a gloss writes it ("Oliver Blume", "C. C. Wei").
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}")
# A Latin name in brackets right after a Chinese one: "塔农（Sheikh Tahnoon bin Zayed Al Nahyan）".
_LATIN_GLOSS = re.compile(f"(?<=[{han.HAN}])[（(][ \t]*(?P<name>[A-Z][\\w'’.-]*(?:[ \t]+[\\w'’.-]+){{1,7}})[ \t]*[）)]")


def _latin_glosses(body: str, ner: Sequence[RawMention]) -> list[RawMention]:
    """The model's mentions with a Latin name it cut into pieces inside the brackets that
    gloss a Chinese name ("Sheikh Tahnoon", "Zayed Al", "Al Nahyan" of "塔農（Sheikh Tahnoon
    bin Zayed Al Nahyan）") made one person again, and the gloss of a Chinese person's name
    that person's, whatever the model read in it."""
    if not any(han.has_han(m.text) for m in ner):
        return list(ner)
    kept = list(ner)
    for gloss in _LATIN_GLOSS.finditer(body):
        start, end = gloss.span("name")
        inside = [m for m in kept if start <= m.start and m.end <= end]
        # The gloss of a person the model named in Chinese is that person's name, whatever the model made
        # of its pieces: "奥博穆（Oliver Blume）", where it read "Oliver" as an organisation.
        chinese = next((m for m in kept if m.end == gloss.start() and m.label == "PERSON" and han.has_han(m.text)),
                       None)
        if chinese is not None and _CAPITALISED_NAME.fullmatch(body, start, end):
            template = inside[0] if inside else chinese
        elif len(inside) >= 2 and all(m.label == "PERSON" for m in inside):
            template = inside[0]
        else:
            continue
        kept = [m for m in kept if m not in inside]
        kept.append(replace(template, text=body[start:end], start=start, end=end, label="PERSON", entry=None))
    return sorted(kept, key=lambda m: (m.start, m.end))


def weigh(
    body: str,
    ner: Sequence[RawMention],
    aliases: Sequence[RawMention],
    table: AliasTable,
    starts: Sequence[int] = (),
    blocked: Sequence[tuple[int, int]] = (),
) -> list[RawMention]:
    """The model's mentions that the evidence bears out, trimmed where a title or a
    sentence-opening word is glued to them, and the companies a descriptor names
    (``described``: source "described", with the alias table's entry where it knows
    the name).  Most evidence is of spaced, capitalising scripts: a Chinese mention is
    only trimmed and checked against the gazetteer.  ``blocked``: the dates' spans."""
    starts = sorted(starts)
    ner = [*_latin_glosses(body, ner), *bylines(body, ner, aliases)]
    alias_spans = {(a.start, a.end) for a in aliases}
    spans = [(m.start, m.end) for m in [*ner, *aliases]]
    unspaced = [_with_kind_word(body, _with_company_word(body, _with_venture_arm(body, _whole_reporter(body, o)),
                                                         table), table) for m in ner
                if han.has_han(m.text) and (o := _chinese(body, m, table)) is not None]
    unspaced = _whole_repeated(body, _names_before_others(body, _whole_chinese_names(body, _people_listed(
        body, unspaced, table))), table)
    trimmed = []
    headline: dict[tuple[int, int], bool] = {}  # by sentence: a long one holds many mentions
    quoted: dict[tuple[int, int], int] = {}  # by sentence: where a headline quoted in it starts, else its end
    for mention in ner:
        if han.has_han(mention.text):
            continue
        if (slash := _CREDIT_SLASH.search(mention.text, 1)) is not None and mention.label == "PERSON":
            # "Carla Benavides / Newswire" of a photo credit: the person, not the agency after the slash.
            mention = replace(mention, text=mention.text[:slash.start()], end=mention.start + slash.start())
        if mention.label == "PERSON" and _JOINED.search(mention.text):
            continue
        if mention.label == "LOC" and mention.lang == "de":
            mention = _without_nouns_after_place(mention)
        span = _sentence_of(body, mention.start, starts)
        if span not in headline:
            headline[span] = shouted_or_headline(body[span[0]: span[1]])
            marker = _quoted_headline().search(body, span[0], span[1])
            quoted[span] = marker.end() if marker is not None else span[1]
        if headline[span] or quoted[span] <= mention.start:
            continue
        untitled = _split_title(body, mention)
        if untitled is None:
            continue
        if untitled.label == "ORG" and (untitled is not mention or _title_before(body, untitled.start, untitled.end)
                                        or _title_after(body, untitled.end) or _founder_before(body, untitled.start)) \
                and _looks_like_person(untitled.text, untitled.lang, table,
                                       listed=_founder_before(body, untitled.start, listed=True)
                                       and _after_listed_person(body, untitled.start, ner)):
            # "Founder and chief executive Brett Adcock", "Omri Geller, its chief executive"
            untitled = replace(untitled, label="PERSON")
        if untitled.label in ("ORG", "MISC") and table.lookup(untitled.text) is None \
                and _PLACE_BEFORE.search(body, max(0, untitled.start - 24), untitled.start) \
                and not _PLACE_OF_COMPANY.match(body, untitled.end):
            untitled = replace(untitled, label="LOC")  # "based in Migdal HaEmek": where a company is, a place
        opened = _trim_opener(body, untitled, alias_spans, table, starts)
        if opened is not None:
            named = _with_surname(body, _with_first_name(body, opened, table, starts), table, spans)
            trimmed.append(_with_corporate_word(body, named, alias_spans))
    full_names = _full_names(trimmed, aliases, table)
    listed = listed_companies(body, [*ner, *aliases], blocked)
    unspaced.extend(listed)
    unspaced.extend(place_companies(body, aliases, ner))
    again = names_again(body, [*trimmed, *unspaced], [*ner, *aliases, *listed], blocked, starts)
    unspaced.extend(m for m in again if han.has_han(m.text))
    shorts = short_names(body, unspaced, [*ner, *aliases, *unspaced], blocked)
    unspaced = [m for m in unspaced if not any(s.start == m.start and m.end < s.end for s in shorts)]
    unspaced.extend(shorts)
    trimmed.extend(m for m in again if not han.has_han(m.text))
    trimmed.extend(_surnames_again(body, trimmed, aliases, starts))
    # A longer name the model found from the described one on stands ("die Tochter Siemens
    # Healthineers", not Siemens); a model's span over the descriptor and its name, or inside
    # the name, gives way to it ("Rüstungs-Start-up Helsing", "Xilinx" tagged as a person).
    companies = [c for c in described(body, table, blocked, sorted(full_names))
                 if not any(m.start == c.start and c.end < m.end for m in trimmed)]
    trimmed = [m for m in trimmed if not any(c.start < m.end and m.start < c.end for c in companies)]
    taken = [(m.start, m.end) for m in [*ner, *aliases, *companies]]
    companies.extend(corporate_names(body, table, taken))
    # A name only a descriptor called a company, where it stands again ("G42's board").
    companies.extend(names_again(body, [c for c in companies if c.entry is None and c.source == "described"],
                                 [*ner, *aliases, *companies, *trimmed], blocked))
    # A name a descriptor calls a company is one wherever else the model tagged it.
    company_names = {c.text for c in companies if c.entry is None}
    # A name the model tags an organisation, where it tags it a person elsewhere ("Cruise"
    # of "stoppte Cruise seine Fahrten"), unless it is a part of a person's name: an
    # organisation there too, if the evidence bears it out.
    parts = {part for name in full_names for part in name.split()}
    tagged_companies = {m.text for m in trimmed if m.label == "ORG" and m.source.startswith("model:")
                        and " " not in m.text and m.text not in parts and _company_name(m)}
    # A company the model tags inside a sentence, or names in full with a corporate word ("Juniper
    # Networks"), is one where a sentence opens with it too ("Juniper's chief executive, Rami Rahim"),
    # though its name is a common word.
    inside = {m.text for m in trimmed if m.label == "ORG" and " " not in m.text and not m.text.isupper()
              and not sentence_start(body, m.start, starts)}
    inside |= {m.text.split()[0] for m in trimmed if m.label == "ORG" and len(m.text.split()) > 1
               and all(is_corporate(w) for w in m.text.split()[1:])}
    kept = []
    for mention in trimmed:
        if mention.text in company_names:
            kept.append(replace(mention, label="ORG"))
            continue
        if mention.label == "PERSON" and mention.text in tagged_companies:
            mention = replace(mention, label="ORG")
        known = table.lookup(mention.text)
        if (known is not None and not known.cued) or (mention.label == "ORG" and mention.text in inside
                                                      and sentence_start(body, mention.start, starts)):
            kept.append(mention)
            continue
        if _no_evidence(body, mention, full_names, starts):
            continue
        kept.append(mention)
    # A name before a comma and a state is a town, whatever called it a company, and so wherever else the
    # document names it: "the Bedford, Massachusetts-based company", "the Bedford headquarters".
    found = [*kept, *unspaced, *companies]
    # (Not over the model's untrimmed spans: "Healthineers-Chef Bernd Montag" gave way to the name.)
    found.extend(latin_short_names(body, found, [*aliases, *found], table, blocked))
    found.extend(defined_names(body, [*aliases, *found], [*aliases, *found], blocked))
    towns = {m.text for m in found if not han.has_han(m.text) and table.lookup(m.text) is None
             and _before_region(body, m.end)}
    return sorted([replace(m, label="LOC", entry=None) if m.text in towns else m for m in found],
                  key=lambda m: (m.start, m.end))


def _whole_chinese_names(body: str, mentions: list[RawMention]) -> list[RawMention]:
    """A Chinese person's name the model cut short by the character before it, where the document
    names the person in full elsewhere: "此后方洪波一直执掌" (后方, "the rear", took his surname) is
    方洪波's, named so in "交棒给方洪波"."""
    full = {han.normalised(m.text) for m in mentions if m.label == "PERSON"}
    return [replace(m, text=body[m.start - 1: m.end], start=m.start - 1)
            if m.label == "PERSON" and m.start > 0 and han.normalised(body[m.start - 1: m.end]) in full else m
            for m in mentions]


# The word that ends a list of people with others ("等"), and the words that join names in Chinese.
_OTHERS = tuple(languages.cjk(languages.patterns("facts.and_others_patterns")))
_NAME_JOINERS = tuple(languages.cjk(languages.words("facts.list_joiners")))


def _people_listed(body: str, mentions: list[RawMention], table: AliasTable) -> list[RawMention]:
    """A short Chinese name the model tagged an organisation, listed between people: "由温书豪、马健和赖力鹏
    三位…博士后于2015年创立" (马健, a person), or after one with the "等" that ends a list of people; not a name
    the alias table knows, nor one of more than three characters."""
    ordered = sorted(mentions, key=lambda m: m.start)

    def joined(first: RawMention, second: RawMention) -> bool:
        return han.normalised(body[first.end: second.start]).strip() in _PEOPLE_JOINERS

    relabelled = {}
    for i, m in enumerate(ordered):
        if m.label != "ORG" or not 2 <= len(m.text) <= 3 or not han.all_han(m.text) \
                or table.lookup(m.text) is not None or i == 0:
            continue
        before, after = ordered[i - 1], ordered[i + 1] if i + 1 < len(ordered) else None
        between = after is not None and after.label == "PERSON" and joined(m, after)
        if before.label == "PERSON" and joined(before, m) and (between or body.startswith(_OTHERS, m.end)):
            relabelled[m.start] = replace(m, label="PERSON")
    return [relabelled.get(m.start, m) for m in mentions]


def _names_before_others(body: str, mentions: list[RawMention]) -> list[RawMention]:
    """A Chinese person's two-character name the model read without its third character, where one character
    stands between it and the "等" that ends a list of people: "展讯由武平、陈大同等人于2001年在上海创办" (陈大同; the
    model took "同等", "equal", for a word), unless that character joins names ("陈大和等人")."""
    return [replace(m, text=body[m.start: m.end + 1], end=m.end + 1)
            if m.label == "PERSON" and len(m.text) == 2 and han.has_han(body[m.end: m.end + 1])
            and not han.normalised(body[m.end]).startswith(_NAME_JOINERS) and body.startswith(_OTHERS, m.end + 1)
            and not any(o.start <= m.end < o.end for o in mentions) else m
            for m in mentions]


_TAIL = 2  # the characters a name cut short is read on by
_TAIL_STOPS = tuple(languages.words("entities.repeated_tail_stops"))
_REPEATED = 3  # how often at least the document writes it so


def _whole_repeated(body: str, mentions: list[RawMention], table: AliasTable) -> list[RawMention]:
    """A Chinese name the model cut short wherever it stands, where the document writes it on with
    the same two characters every time (at least three): "文远知行" (WeRide), tagged "文远" (a given
    name) seventeen times. A name of four characters or more so written is an organisation's; one
    the alias table knows, or whose two characters open a word of speech, of a title, of a time or of
    a share (``repeated_tail_stops``), or hold a word that joins or points, is not cut short. The
    model's other mentions inside the longer name give way to it."""
    tails: dict[str, str | None] = {}
    whole: list[RawMention] = []
    for mention in mentions:
        text = mention.text
        if not 2 <= len(text) <= 3 or not all(han.has_han(ch) for ch in text) or table.lookup(text) is not None:
            continue
        if text not in tails:
            tails[text] = _repeated_tail(body, text)
        if tails[text] is not None and body[mention.end: mention.end + _TAIL] == tails[text]:
            end = mention.end + _TAIL
            whole.append(replace(mention, text=body[mention.start: end], end=end, label="ORG", entry=None))
    if not whole:
        return mentions
    kept = [m for m in mentions if not any(w.start < m.end and m.start < w.end for w in whole)]
    return sorted([*kept, *whole], key=lambda m: (m.start, m.end))


def _repeated_tail(body: str, text: str) -> str | None:
    """The two characters the document writes after every ``text``, where it writes it at least
    three times and they may be the rest of its name."""
    at = [m.end() for m in re.finditer(re.escape(text), body)]
    tails = {body[end: end + _TAIL] for end in at}
    if len(at) < _REPEATED or len(tails) != 1:
        return None
    tail = next(iter(tails))
    folded = han.normalised(tail)
    if len(tail) < _TAIL or not all(han.has_han(ch) for ch in tail) or any(ch in _NOT_IN_NAME for ch in folded) \
            or folded.startswith((*_TAIL_STOPS, *_COMPANY_KINDS)):
        return None
    return tail


def _latin_forms(places: Iterable[lexicon.Place]) -> frozenset[str]:
    """The Latin names and other forms of ``places``."""
    return frozenset(form for place in places for form in (place.name, *place.forms) if not han.has_han(form))


@cache
def _regions() -> frozenset[str]:
    """The Latin names of the gazetteer's states, provinces and countries."""
    return _latin_forms(place for place in lexicon.places() if place.kind in ("state", "province", "country"))


@cache
def _latin_places() -> frozenset[str]:
    """The Latin names of every place the gazetteer knows."""
    return _latin_forms(lexicon.places())


def _without_nouns_after_place(mention: RawMention) -> RawMention:
    """A German model's place that runs on into common nouns after a place's name is that place: "beantragte FTX
    in Delaware Gläubigerschutz" (Delaware, and creditor protection, the legal event's word)."""
    words = mention.text.split(" ")
    for size in range(len(words) - 1, 0, -1):
        place = " ".join(words[:size])
        if place in _latin_places() and all(w[:1].isupper() and is_common(w, "de") for w in words[size:]):
            return replace(mention, text=place, end=mention.start + len(place))
    return mention


_REGION_AFTER = re.compile(r",[ \t]*((?-i:[A-Z])\w*(?:[ \t](?-i:[A-Z])\w*)?)(?=[\s,.;:)-]|$)")


def _before_region(body: str, end: int) -> bool:
    """Whether a comma and a state, province or country follow a name: "Bedford, Massachusetts",
    "Hsinchu, Taiwan" name a town."""
    after = _REGION_AFTER.match(body, end)
    return after is not None and after.group(1) in _regions()


# An agency in a wire dateline: "BERLIN (dpa) - ", "SAN FRANCISCO, March 14 (Reuters) – ",
# "(dpa/AFP) —": what stands in the brackets is agencies, a dash follows.
_AGENCIES = re.compile(r"\(([A-Za-z][\w .&/-]{0,40})\)[ \t]*[-–—]")
_DATELINE_OPEN = 80  # characters of its line before the brackets of a dateline's agency
# A place alone, up to three capitalised words, opening a dateline's line: "München ", "Frankfurt/Main ".
_PLACE_ALONE = re.compile(r"[ \t]*(?-i:[A-ZÄÖÜ])[\w.'-]+(?:[ \t/-]+(?-i:[A-ZÄÖÜ])[\w.'-]+){0,2}[ \t]*,?[ \t]*")


@cache
def _chinese_dateline() -> re.Pattern[str]:
    return re.compile(r"[ \t]*(?:" + languages.either(languages.cjk(languages.patterns(
        "entities.dateline_after_patterns"))) + ")")


_BRACKETED_BYLINE = re.compile(r"^[ \t]*[（(【〔][^）)】〕\n]{1,40}[）)】〕][ \t]*")


def in_dateline(body: str, mention: RawMention) -> bool:
    """Whether an organisation stands in a wire dateline as the paper or agency that
    filed the story ("BERLIN (dpa) - ", "【经济日报记者林大为／台北报导】",
    "新华社北京11月1日电"): no entity the story tells of."""
    if mention.label != "ORG":
        return False
    line = body.rfind("\n", 0, mention.start) + 1
    if han.has_han(mention.text):
        # (After a bracketed byline: "（南海财讯社记者 岑若溪）南海财讯社北京9月24日电".)
        opening = _BRACKETED_BYLINE.sub("", body[line: mention.start], count=1)
        return not opening.strip(" \t【[（(「〔") \
            and _chinese_dateline().match(han.normalised(body[mention.end: mention.end + 24])) is not None
    bracket = body.rfind("(", line, mention.start)
    if bracket < 0 or bracket - line > _DATELINE_OPEN:
        return False
    agencies = _AGENCIES.match(body, bracket)
    if agencies is None or agencies.end(1) < mention.end:
        return False
    # A dateline opens with its place in capitals ("BERLIN", "SAN FRANCISCO,"), holds its
    # date ("Berlin, 6. August 2024 (dpa) –") or is a place alone ("München (dpa) -"); "Shares of
    # Nvidia (NVDA) — " is none.
    opening = body[line: bracket]
    first = opening.split(maxsplit=1)[0].strip(",") if opening.strip() else ""
    return (len(first) > 1 and first.isupper()) or any(ch.isdigit() for ch in opening) \
        or _PLACE_ALONE.fullmatch(opening) is not None


# A reporter's name the Chinese model cut short in a byline ("记者林大|为／台北报导"): one
# more character, then the byline's end (a slash, a closing bracket, a space, 报道, 摄, 电);
# not a comma or a verb ("记者王明说，" is 王明 who says).
_REPORTER_BEFORE = re.compile(r"记者[ \t]*$")
_REPORTER_REST = re.compile(f"[{han.HAN}](?=[/／|｜)）】\\]\\s]|报道|报导|摄|电|讯|$)")


_VENTURE_ARMS = tuple(languages.cjk(languages.words("entities.venture_arm_suffixes")))


def _with_word_after(body: str, mention: RawMention, words: Sequence[str]) -> RawMention:
    """The mention with the first of ``words`` (in Simplified characters) that the document
    writes right after it, if one."""
    after = han.normalised(body[mention.end: mention.end + max(map(len, words), default=0)])
    word = next((w for w in words if after.startswith(w)), None)
    if word is None:
        return mention
    end = mention.end + len(word)
    return replace(mention, text=body[mention.start: end], end=end)


def _with_venture_arm(body: str, mention: RawMention) -> RawMention:
    """A Chinese company the model tagged without the word after it that makes the name
    its venture arm's: "阿里巴巴创投" tagged "阿里巴巴"."""
    return _with_word_after(body, mention, _VENTURE_ARMS) if mention.label == "ORG" else mention


# The rest of a long company name the model cut short before its 公司: two to six Han
# characters that hold no word joining or pointing ("索尼半導體|解決方案公司"; not
# "腾讯|旗下的公司", "苹果|等公司").
_COMPANY_REST = re.compile(f"(?P<rest>[{han.HAN}]{{2,6}}?)公司")
_WHOLE_ENDS = tuple(languages.words("entities.company_whole_ends"))
_NOT_IN_NAME = frozenset("的和与及等这那该家将在是已也为于从向对把被其此各多两几些个所并而或且旗下称说发推宣收获")


def _with_company_word(body: str, mention: RawMention, table: AliasTable) -> RawMention:
    """A Chinese company the model tagged without the words up to its 公司: "索尼半導體解決方案公司"
    tagged "索尼半導體".  Only a name the alias table does not know, and not one that ends
    in the word of a full legal name already ("吉利控股集团")."""
    if mention.label != "ORG" or mention.entry is not None or table.lookup(mention.text) is not None \
            or han.normalised(mention.text).endswith(_WHOLE_ENDS):
        return mention  # "吉利控股集团|组建…公司": a name that ends in its kind is whole
    rest = _COMPANY_REST.match(han.normalised(body[mention.end: mention.end + 12]))
    if rest is None or any(ch in _NOT_IN_NAME for ch in rest.group("rest")):
        return mention
    end = mention.end + rest.end()
    return replace(mention, text=body[mention.start: end], end=end)


_KINDS_AFTER = tuple(sorted(languages.words("entities.company_kind_after"), key=len, reverse=True))


def _with_kind_word(body: str, mention: RawMention, table: AliasTable) -> RawMention:
    """A Chinese company the model tagged without the word for its kind the document writes right
    after it: "顺丰控股" tagged "顺丰". Only a name the alias table does not know ("腾讯|集团副总裁"
    is Tencent's)."""
    if mention.label != "ORG" or mention.entry is not None or table.lookup(mention.text) is not None \
            or han.normalised(mention.text).endswith(_KINDS_AFTER):
        return mention
    longer = _with_word_after(body, mention, _KINDS_AFTER)
    return mention if longer.text.endswith(_SHARES) and _shares_of(body, mention.start) else longer


def _shares_of(body: str, start: int) -> bool:
    """Whether a 股份 after the company named at ``start`` is its shares: "所持的|世創股份"."""
    return _SHARES_BEFORE.search(han.normalised(body[max(0, start - 10): start])) is not None


_NAME_ENDS = tuple(sorted({*languages.words("entities.company_legal_ends"), *_WHOLE_ENDS,
                          *languages.words("entities.company_name_kinds")}, key=len, reverse=True))
_BRACKETED = re.compile(r"[（(][^）)]{1,8}[）)]")


def own_company(after: str) -> str | None:
    """The words of a Chinese company's legal name after another company's name that make
    it a company of its own ("小米|汽车有限公司": "汽车", Xiaomi's car maker; "腾讯|音乐娱乐集团");
    None where only words for its kind and legal form follow ("华为|技术有限公司", "苹果|公司",
    "阿里巴巴|（中国）有限公司"): that is the company itself.  The caller checks the words
    are no place ("微软|中国有限公司")."""
    rest = han.normalised(after)
    if not rest.endswith(_WHOLE_ENDS):
        return None
    rest = _BRACKETED.sub("", rest)
    while (end := next((e for e in _NAME_ENDS if rest.endswith(e)), None)) is not None:
        rest = rest[: -len(end)]
    if len(rest) < 2 or not all(han.has_han(ch) and ch not in _NOT_IN_NAME for ch in rest) or rest in _NOT_NAMES:
        return None
    return rest


def glued_character(character: str) -> bool:
    """Whether a Han character is a word of grammar a model may glue to a name ("小红书在", "的"), no
    character of a name."""
    return han.normalised(character) in _NOT_IN_NAME


def venture_arm(text: str) -> bool:
    """Whether ``text`` (the rest of a name after a company's) names its venture arm."""
    return han.normalised(text) in _VENTURE_ARMS


def _whole_reporter(body: str, mention: RawMention) -> RawMention:
    """A reporter's name of two characters the model tagged in a byline where the name
    has three: the third too ("记者林大为" tagged "林大")."""
    if mention.label != "PERSON" or len(mention.text) != 2 \
            or not _REPORTER_BEFORE.search(han.normalised(body[max(0, mention.start - 4): mention.start])):
        return mention
    rest = _REPORTER_REST.match(han.normalised(body[mention.end: mention.end + 2]))
    if rest is None:
        return mention
    return replace(mention, text=body[mention.start: mention.end + 1], end=mention.end + 1)


REPEAT_MIN = 3  # characters of a Chinese name looked for again

# A stock code after a company's name: "（9660）", "(688256.SH)", "（09660.HK）".
_LISTING = r"[（(](?:\d{4,6}(?:\.(?:HK|SH|SZ))?)[)）]"
_COMPANY_KINDS = tuple(languages.words("entities.company_name_kinds"))
_LEGAL_ENDS = tuple(sorted(languages.words("entities.company_legal_ends"), key=len, reverse=True))


@cache
def _listed() -> re.Pattern[str]:
    descriptors = languages.either(languages.cjk(languages.patterns("entities.company_descriptor_patterns")))
    return re.compile(f"(?:{descriptors})(?P<name>[{han.HAN}]{{2,8}}){_LISTING}")


def listed_companies(body: str, taken: Sequence[RawMention], blocked: Sequence[tuple[int, int]] = ()
                     ) -> list[RawMention]:
    """A Chinese company a descriptor names with its stock code after it, where no model
    found it: "自动驾驶芯片公司地平线机器人（9660）".  The name runs from the last descriptor
    to the code.  Source "listed"."""
    from ainews_cli.entities import RawMention

    named = _Taken([*((m.start, m.end) for m in taken), *blocked])
    found = []
    folded = han.normalised(body)  # of the same length: descriptors in Simplified
    descriptor = re.compile(languages.either(languages.cjk(languages.patterns("entities.company_descriptor_patterns"))))
    for match in _listed().finditer(folded):
        start, end = match.span("name")
        inner = list(descriptor.finditer(folded, start, end))
        if inner:
            start = inner[-1].end()  # "芯片公司X公司Y（…）": the last descriptor says whose code it is
        # A descriptor that ends a name found ("阿里巴巴集团旗下（9988）") names nothing after it.
        if end - start < 2 or named.overlaps(start, end) or named.overlaps(match.start(), start) \
                or folded[start:end] in _NOT_NAMES:
            continue
        found.append(RawMention(body[start:end], start, end, "ORG", "listed", lang="zh"))
    return found


_PLACE_COMPANY_HEADS = tuple(sorted(languages.cjk(languages.words("entities.place_company_heads")), key=len,
                                   reverse=True))
_PLACE_COMPANY_NOT_BEFORE = tuple(languages.cjk(languages.words("entities.place_company_not_before")))


def place_companies(body: str, aliases: Sequence[RawMention], taken: Sequence[RawMention]) -> list[RawMention]:
    """A Chinese company named by its country and what it does, where no model found it:
    "中国移动" of "获得中国移动约13.6亿元的战略投资" (the gazetteer reads "中国", the model
    nothing).  The place and a word of ``place_company_heads`` right after it are one name,
    unless the word goes on into another ("中国移动互联网").  Source "corporate", as a
    company named by the word that ends its name."""
    from ainews_cli.entities import RawMention

    named = _Taken((m.start, m.end) for m in taken)
    found = []
    for place in aliases:
        if place.label != "LOC" or not han.has_han(place.text):
            continue
        after = han.normalised(body[place.end: place.end + 8])
        head = next((h for h in _PLACE_COMPANY_HEADS if after.startswith(h)), None)
        if head is None or after[len(head):].startswith(_PLACE_COMPANY_NOT_BEFORE):
            continue
        end = place.end + len(head)
        if named.overlaps(place.end, end):
            continue
        found.append(RawMention(body[place.start: end], place.start, end, "ORG", "corporate", lang="zh"))
    return found


def short_names(body: str, found: Sequence[RawMention], taken: Sequence[RawMention],
                blocked: Sequence[tuple[int, int]] = ()) -> list[RawMention]:
    """A Chinese company named in full, then by its short name: the name without the word
    that says what kind of company it is ("地平线机器人" -> "地平线", "黑芝麻智能" -> "黑芝麻";
    entities.company_name_kinds).  Only names the alias table does not know (it lists its
    own short forms), and short names of at least REPEAT_MIN characters; the name counts
    for the company it is short for."""
    from ainews_cli.entities import RawMention

    heads: dict[str, RawMention] = {}
    for mention in found:
        if mention.label == "ORG" and mention.entry is None \
                and (head := chinese_short_name(han.normalised(mention.text))) is not None:
            heads.setdefault(head, mention)
    if not heads:
        return []
    named = _Taken([*((m.start, m.end) for m in taken), *blocked])
    # A model's mention that only opens the short name ("索尼" of "索尼半導體解決方案當時投資")
    # gives way to it: the model cut the name short.
    openers = {(m.start, m.end) for m in taken if m.source.startswith("model:") and m.entry is None}
    kept = _Taken([*((m.start, m.end) for m in taken if (m.start, m.end) not in openers), *blocked])
    folded_body = han.normalised(body)
    short = []
    for match in re.finditer(languages.trie(list(heads)), folded_body):
        start, end = match.span()
        if named.overlaps(start, end) and (kept.overlaps(start, end) or not any(
                s == start and e < end for s, e in openers) or any(s <= start and end <= e for s, e in openers)):
            continue
        full = heads[match.group(0)]
        short.append(RawMention(body[start:end], start, end, "ORG", full.source.split("+")[0] + "+short",
                                lang=full.lang))
    return short


# Right after a company's name, the short name the document defines for it (entities.defined_name_patterns):
# quoted, maybe after a defining word ('(hereinafter "ByteDance")', '("ByteDance")', "（下称“网龙”）"), or bare
# after one ("（以下简称腾讯）"). Read in folded text, whose brackets and colons are ASCII.
_DEFINING = "(?:" + languages.alternation("entities.defined_name_patterns") + r")\s*:?\s*"
_DEFINED = re.compile(
    r"\s*\(\s*(?:(?:" + _DEFINING + r")?[\"“„「『](?P<quoted>[^\s\"“”„「」『』()](?:[^\"“”„「」『』()\n]{0,28}"
    r"[^\s\"“”„「」『』()])?)[\"”“」』]|" + _DEFINING + r"(?P<bare>[^\s\"“”„「」『』(),、;:。]{2,12}))\s*\)", re.I)


_OPENING_BRACKETS = ("(", "（")  # what folds to the "(" _DEFINED opens with


def defined_name(body: str, end: int) -> str | None:
    """The short name a document defines for the name ending at ``end`` (_DEFINED), as
    written: "网龙" of "网龙网络有限公司（下称“网龙”）"; None where it defines none, or where
    what the brackets quote is no name (lower case, a single character)."""
    if not body[end: end + 60].lstrip().startswith(_OPENING_BRACKETS):
        return None  # the common case, read without folding the text after every name
    match = _DEFINED.match(han.normalised(body[end: end + 60]))
    if match is None:
        return None
    name = match.group("quoted") or match.group("bare")
    start = end + match.start("quoted" if match.group("quoted") else "bare")
    written = body[start: start + len(name)]
    return written if len(written) >= 2 and not written[:1].islower() else None


def defined_names(body: str, found: Sequence[RawMention], taken: Sequence[RawMention],
                  blocked: Sequence[tuple[int, int]] = ()) -> list[RawMention]:
    """A company's short name the document defines right after its full name (defined_name),
    wherever it stands: "网龙" after "网龙网络有限公司（下称“网龙”）", of two characters too
    (the definition vouches for it), a Latin one as whole words.  The name counts for the
    company it is short for (entities.py); source: the full name's, with "+defined"."""
    from ainews_cli.entities import RawMention

    defined: dict[str, RawMention] = {}
    for mention in found:
        if mention.label == "ORG" and (short := defined_name(body, mention.end)) is not None \
                and len(short) < len(mention.text):
            defined.setdefault(short, mention)
    if not defined:
        return []
    named = _Taken([*((m.start, m.end) for m in taken), *blocked])
    # Where they stand, as names_again finds names: Chinese ones as written, Latin ones as whole words or a
    # compound's head (the full mentions are organisations).
    again = []
    for start, end in _names_at(body, defined):
        if not named.overlaps(start, end):
            full = defined[body[start:end]]
            again.append(RawMention(body[start:end], start, end, "ORG",
                                    full.source.split("+")[0] + "+defined", lang=full.lang))
    return again


def latin_short_name(name: str) -> str | None:
    """The short name a company of two Latin words goes by in the same text: its second word, where
    that is no common word of English or German, no corporate word, and of five letters at least
    ("Healthineers" of "Siemens Healthineers", "Telekom" of "Deutsche Telekom"; not "Energy" of
    "Siemens Energy")."""
    words = name.split()
    if len(words) != 2 or han.has_han(name):
        return None
    last = words[1]
    if len(last) < _LATIN_SHORTEST or not last[:1].isupper() or not last.isalpha() or is_corporate(last) \
            or is_common(last, "en") or is_common(last, "de") or last.endswith(_DEMONYM_ENDINGS):
        return None  # (nor a word for a people: "American" of "Anglo American")
    return last


_LATIN_SHORTEST = 5


def _known_company(table: AliasTable, name: str) -> bool:
    entry = table.lookup(name)
    return entry is not None and entry.type == "ORG"
_DEMONYM_ENDINGS = tuple(languages.words("entities.demonym_endings"))
# Nouns for a person of a people ("Swede", "Dane"), no name nor part of the one after them.
_DEMONYM_NOUNS = frozenset(languages.words("entities.demonym_nouns"))
_NOUN_ABBREVIATIONS = frozenset(languages.words("entities.noun_abbreviations"))


def latin_short_names(body: str, found: Sequence[RawMention], taken: Sequence[RawMention], table: AliasTable,
                      blocked: Sequence[tuple[int, int]] = ()) -> list[RawMention]:
    """A company of two Latin words named in full, then by its second word (latin_short_name), alone
    or as a compound's head ("Healthineers-Chef"); not a word that ends a person's name of the
    document ("Horowitz" of "Ben Horowitz", beside "Andreessen Horowitz"). Only where the first word
    is a company the alias table knows ("Siemens") or the document glues the second to a noun
    ("Healthineers-Aktie"): the model tags a person's full name a company too ("Ginni Rometty").
    The name counts for the company it is short for; source: the full name's, with "+short"."""
    from ainews_cli.entities import RawMention

    surnames = {m.text.split()[-1] for m in found if m.label == "PERSON"}
    heads: dict[str, RawMention] = {}
    for mention in found:
        if mention.label == "ORG" and mention.entry is None \
                and (head := latin_short_name(mention.text)) is not None and head not in surnames \
                and (_known_company(table, mention.text.split()[0]) or f"{head}-" in body):
            heads.setdefault(head, mention)
    named = _Taken([*((m.start, m.end) for m in taken), *blocked])
    short = []
    for head, full in heads.items():
        for match in re.finditer(r"(?<![\w-])" + re.escape(head) + r"(?!\w)", body):
            if not named.overlaps(*match.span()):
                short.append(RawMention(head, match.start(), match.end(), "ORG", full.source.split("+")[0] + "+short",
                                        lang=full.lang))
    return short


def company_kinds() -> tuple[str, ...]:
    """The words that end a Chinese company's name and say what kind it is (entities.company_name_kinds)."""
    return _COMPANY_KINDS


def chinese_short_name(name: str, shortest: int = REPEAT_MIN) -> str | None:
    """The short name of a Chinese company's name (folded) that ends in a word for its kind:
    "地平线" of "地平线机器人", also after its legal form ("91无线" of "91无线网络有限公司"),
    else the name without that form ("小米汽车" of "小米汽车有限公司"); None where none is
    left of ``shortest`` characters."""
    if not han.has_han(name):
        return None
    legal = next((end for end in _LEGAL_ENDS if name.endswith(end)), None)
    bare = name[: -len(legal)] if legal is not None else name
    kind = next((k for k in _COMPANY_KINDS if bare.endswith(k)), None)
    for short in (bare[: -len(kind)] if kind is not None else None, bare if legal is not None else None):
        if short is not None and len(short) >= shortest:
            return short
    return None


def names_again(body: str, found: Sequence[RawMention], taken: Sequence[RawMention],
                blocked: Sequence[tuple[int, int]] = (), starts: Sequence[int] = ()) -> list[RawMention]:
    """A name the model found once, where it stands again in the same document and nothing
    was found: one document means one thing by one name.  The German model tags the first
    "Torsten Reil" but not the one in the founders' sentence; the Chinese model reads
    "聯發科今天發表" but not "聯發科股價".  Latin names are a person's full name, as whole
    words, or an organisation's no word list of the document's language calls common
    ("Cruise" in a German article, also as the head of a compound: "Cruise-Chef"; not
    "Figure" in an English one); Chinese ones an organisation's or a person's of at
    least REPEAT_MIN characters (shorter ones stand inside too many words).  Where two such names overlap, the longer
    wins ("聯發科技", "聯發科"): one pass over the text finds them all.  Source: the model's,
    with "+repeated"."""
    from ainews_cli.entities import RawMention

    names: dict[str, RawMention] = {}
    tagged = Counter(m.text for m in found if m.label == "ORG" and m.source.startswith("model:"))
    # (Once is enough inside a sentence, where a common word is not capitalised: "agreed to buy Autonomy"; not a
    # word of a person's name the document gives: "the Bond franchise" beside "James Bond". A sentence opening
    # with such a word is the company's only as its owner, before an apposition or a company's verb: "Autonomy's
    # board", "Autonomy, based in Cambridge,", "Stripe raised", but not "Harbor seals".)
    parts = {part for m in found if m.label == "PERSON" for part in m.text.split()[1:]}
    inside = {m.text for m in found if m.label == "ORG" and m.source.startswith("model:") and m.text not in parts
              and not sentence_start(body, m.start, starts)} if starts else set()
    once: set[str] = set()
    for mention in found:
        if not mention.source.startswith(("model:", "listed", "described")) \
                or mention.label not in ("ORG", "PERSON", "LOC"):
            continue
        chinese = han.has_han(mention.text)
        if (chinese and mention.label != "LOC" and len(mention.text) >= REPEAT_MIN) or (
                not chinese and mention.label == "PERSON" and len(mention.text.split()) >= 2) or (
                not chinese and mention.label in ("ORG", "LOC")
                and (_company_name(mention) or _common_word_company(body, mention, tagged[mention.text]))):
            names.setdefault(mention.text, mention)
        elif not chinese and mention.text in inside and _common_word_company(body, mention, tagged[mention.text] + 1):
            names.setdefault(mention.text, mention)
            once.add(mention.text)
    if not names:
        return []
    named = _Taken([*((m.start, m.end) for m in taken), *blocked])
    again: list[RawMention] = []
    for start, end in _names_at(body, names):
        if named.overlaps(start, end):
            continue
        if body[start:end] in once and sentence_start(body, start, starts) \
                and not _COMPANY_MARKED_AFTER.match(body, end):
            continue
        seen = names[body[start:end]]
        again.append(RawMention(seen.text, start, end, seen.label, seen.source + "+repeated", lang=seen.lang))
    return again


# An English possessive's ending after a name ("Autonomy's board").
_POSSESSIVE_S = r"['’]s(?![\w'’-])"
# After a common word opening a sentence, what makes it a company's name: a possessive, an apposition, a company's
# verb ("Stripe raised $600 million").
_COMPANY_MARKED_AFTER = re.compile(_POSSESSIVE_S + "|,|\\s+(?:"
                                   + languages.alternation("entities.company_verb_patterns") + r")\b")
# A letter of a Latin word: a Han character next to a name is a boundary ("AI平台Rubin，").
_LATIN_WORD = re.compile(r"[^\W\u3400-\u9fff]|['’-]")
# The name part of a compound is the name ("Cruise-Chef", "Cruise-Robotaxi"); so is a possessive's.
_COMPOUND_HEAD = re.compile(r"-[A-ZÀ-Þ]|" + _POSSESSIVE_S)


def _names_at(body: str, names: dict[str, RawMention]) -> list[tuple[int, int]]:
    """Where the names stand in ``body``, left to right, none overlapping the one before:
    at each place a Chinese name first, else a person's as whole Latin words, else an
    organisation's as whole words or a compound's head; of those, the longest.

    What one regular expression of the names did (the Chinese names' trie, then each
    Latin kind's between word boundaries), without compiling one for each document: the
    boundary's character class took longer to compile than the whole scan."""
    kinds = {name: 0 if han.has_han(name) else 1 if names[name].label == "PERSON" else 2 for name in names}
    at: dict[int, list[str]] = {}
    for name in names:
        found = body.find(name)
        while found >= 0:
            at.setdefault(found, []).append(name)
            found = body.find(name, found + 1)
    spans: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(at):
        if start < reached:
            continue
        # The kinds in the expression's order; in each the longest name that fits.
        for name in sorted(at[start], key=lambda n: (kinds[n], -len(n))):
            end = start + len(name)
            if kinds[name]:  # a Latin name: whole words, or an organisation's as a compound's head
                glued_before = start > 0 and _LATIN_WORD.match(body, start - 1) is not None
                glued_after = end < len(body) and _LATIN_WORD.match(body, end) is not None \
                    and not (kinds[name] == 2 and _COMPOUND_HEAD.match(body, end) is not None)
                if glued_before or glued_after:
                    continue
            spans.append((start, end))
            reached = end
            break
    return spans


def _common_word_company(body: str, mention: RawMention, tagged: int) -> bool:
    """Whether a single common word the model tagged an organisation is a company's name all
    through the document: an English one ("Wiz") tagged twice or more (``tagged``), that the document never
    writes in lower case (German capitalises its nouns, so only the word lists decide there)."""
    word = mention.text
    return mention.lang == "en" and mention.label == "ORG" and tagged >= 2 and word[:1].isupper() \
        and word[1:].islower() and word.isalpha() and len(word) >= 3 \
        and re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", body) is None


def _company_name(mention: RawMention) -> bool:
    """Whether an organisation's name the model found is one to look for again: capitalised
    words, none a function word, and a single word of at least three letters that is no
    common word of the document's language ("Cruise" in German, not "Figure" in English) or is written with a
    capital inside ("BlackBerry", not "blackberry")."""
    words = mention.text.split()
    if not words or any(not (w[:1].isupper() or w[:1].isdigit()) or is_function_word(w) for w in words):
        return False
    if len(words) > 1:
        return True
    word = words[0]
    return (sum(ch.isalpha() for ch in word) >= 3 or _ALPHANUMERIC.fullmatch(word) is not None) \
        and (_CAMEL_WORD.fullmatch(word) is not None or (
            not is_common(word, mention.lang)
            and not (mention.lang == "de" and lexicon.is_german_noun(word.rsplit("-", 1)[-1]))))


_NOT_FIRST_NAMES = frozenset(languages.words("entities.not_first_names"))
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t]$")


def may_be_name_word(word: str, table: AliasTable) -> bool:
    """Whether a capitalised word next to a person's name the model cut short may be the rest of it: no common
    or function word, no weekday, no name the alias table knows."""
    return not (common_anywhere(word) or is_function_word(word) or word in _NOT_FIRST_NAMES
                or table.lookup(word) is not None)


def _with_first_name(body: str, mention: RawMention, table: AliasTable, starts: Sequence[int]) -> RawMention:
    """A surname the model tagged without the first name before it: "Gundbert Scherf" of
    "Torsten Reil, Gundbert Scherf und Niklas Köhler" tagged "Scherf".  The word before
    counts where it is capitalised inside a sentence and no common word, title or name
    the alias table knows ("Finanzchef Scherf", "Microsoft Scherf" are none)."""
    if mention.label != "PERSON" or " " in mention.text or common_anywhere(mention.text):
        return mention
    before = _NAME_BEFORE.search(body, max(0, mention.start - 40), mention.start)
    if before is None:
        return mention
    word = before.group(1)
    if not may_be_name_word(word, table) or _titles().fullmatch(word + " ") \
            or sentence_start(body, before.start(1), starts):
        return mention
    return replace(mention, text=body[before.start(1): mention.end], start=before.start(1))


_SURNAME_AFTER = re.compile(r"[ \t]+([A-ZÀ-Þ][a-zß-ÿ]+)(?![\w’'.-])")


def _with_surname(body: str, mention: RawMention, table: AliasTable, taken: Sequence[tuple[int, int]]) -> RawMention:
    """Two given names the model tagged without the surname after them: "Johann Friedrich Weskott" of "Friedrich
    Bayer und Johann Friedrich Weskott hatten die Firma gegründet" tagged "Johann Friedrich". The word after counts
    where it is capitalised and no common word, German noun, weekday, name the alias table knows or other mention."""
    if mention.label != "PERSON" or len(mention.text.split()) != 2:
        return mention
    after = _SURNAME_AFTER.match(body, mention.end)
    if after is None:
        return mention
    word = after.group(1)
    if not may_be_name_word(word, table) or lexicon.is_german_noun(word) \
            or any(s < after.end() and after.start(1) < e for s, e in taken):
        return mention
    return replace(mention, text=body[mention.start: after.end()], end=after.end())


_CORPORATE_NEXT = re.compile(r"[ \t]+([A-Z][A-Za-z]+)(?![\w&'’-])")


def _with_corporate_word(body: str, mention: RawMention, alias_spans: set[tuple[int, int]]) -> RawMention:
    """An organisation the model tagged without the corporate word that ends its name:
    "BlackRock Private Equity Partners" of "Fonds, die BlackRock Private Equity Partners
    verwaltet" tagged without "Partners"."""
    if mention.label != "ORG":
        return mention
    after = _CORPORATE_NEXT.match(body, mention.end)
    if after is None or not is_corporate(after.group(1)) or any(s < after.end() and mention.end < e
                                                                for s, e in alias_spans):
        return mention
    return replace(mention, text=body[mention.start: after.end()], end=after.end())


_SURNAME_NEXT = re.compile(r"[ \t]+[A-ZÀ-Þ]")


def _surnames_again(body: str, ner: Sequence[RawMention], aliases: Sequence[RawMention],
                    starts: Sequence[int]) -> list[RawMention]:
    """The surname of a person the model named in full, where it stands again alone and
    the model did not tag it ("Guo left the company" after "Lucy Guo"): a surname two of
    the document's people share, one that is a common word ("Young", "Busch") or that
    stands next to another capitalised word ("Guo Ping") is none."""
    from ainews_cli.entities import RawMention

    people: dict[str, set[str]] = {}
    for mention in ner:
        if mention.label == "PERSON" and len(words := mention.text.split()) >= 2:
            people.setdefault(words[-1], set()).add(mention.text)
    taken = _Taken((m.start, m.end) for m in [*ner, *aliases])
    found = []
    for surname, names in people.items():
        if len(names) > 1 or len(surname) < 3 or not surname.isalpha() or common_anywhere(surname):
            continue
        for match in re.finditer(r"(?<![\w’'-])" + re.escape(surname) + r"(?![\w’'-])", body):
            start, end = match.span()
            if taken.overlaps(start, end) or _SURNAME_NEXT.match(body, end) is not None:
                continue
            before = _NAME_BEFORE.search(body, max(0, start - 40), start)
            if before is not None and not sentence_start(body, before.start(1), starts) \
                    and not common_anywhere(before.group(1)):
                continue  # "Ping Guo": part of another name ("Finanzvorstand Guo" is not)
            found.append(RawMention(surname, start, end, "PERSON", "document", lang=ner[0].lang if ner else ""))
    return found


def _glued_word(body: str, text: str) -> bool:
    """Whether a Chinese name ends in a word of grammar the model glued to it (entities.org_trailing_words), which
    the document more often writes the name without."""
    return han.normalised(text).endswith(_ORG_TRAILING) and body.count(text[:-1]) > body.count(text)


def _chinese(body: str, mention: RawMention, table: AliasTable) -> RawMention | None:
    """A Chinese mention as far as the evidence bears it out: without a conjunction the
    model took with it, without a body of the organisation, and a place only where the
    gazetteer knows it or it ends in a word for a place."""
    joined = _without_conjunction(mention)
    if joined is not None and table.lookup(joined.text) is None:
        joined = _untitled_chinese(body, joined) or joined
    if joined is not None and joined.label == "ORG":
        joined = _after_descriptor(joined)
        if han.normalised(joined.text).endswith(_SHARES) and len(joined.text) - len(_SHARES) >= 2 \
                and _shares_of(body, joined.start):
            joined = replace(joined, text=joined.text[:-len(_SHARES)], end=joined.end - len(_SHARES))
        elif len(joined.text) >= 4 and not han.normalised(joined.text).endswith(_ORGANISATION_ENDS) \
                and _glued_word(body, joined.text):
            joined = replace(joined, text=joined.text[:-1], end=joined.end - 1)  # "環球晶會" (will)
    if joined is not None and joined.label == "PERSON" and len(joined.text) >= 3 and _glued_word(body, joined.text):
        joined = replace(joined, text=joined.text[:-1], end=joined.end - 1)  # "程维则表示" (then said)
    if joined is not None and joined.label == "PERSON" and (title := _LATIN_TITLE.match(joined.text)):
        rest = joined.text[title.end():]  # "CEO邓泰华": the title is no part of the name
        joined = replace(joined, text=rest, start=joined.start + title.end()) if len(rest) >= 2 else None
    if joined is not None and (count := _PEOPLE_COUNTED.search(joined.text)) is not None and count.start() >= 2 \
            and body.endswith(_PEOPLE_JOINERS, 0, joined.start):
        # "温书豪、马健和赖力鹏三位…博士后": a count of people ends the list of their names, whatever the model
        # tagged the last ("赖力鹏三位" a company; not "星河智能两位联合创始人", no list)
        joined = replace(joined, text=joined.text[:count.start()], end=joined.start + count.start(), label="PERSON")
    if joined is not None and joined.label == "PERSON" \
            and (trailing := _PERSON_TRAILING.search(han.normalised(joined.text))) is not None:
        # "李柯多次" (李柯, many times): the adverb is no part of the name
        joined = replace(joined, text=joined.text[:trailing.start()], end=joined.start + trailing.start()) \
            if trailing.start() >= 2 else None
    if joined is not None and joined.label == "PERSON" and len(joined.text) >= 3 and han.normalised(
            joined.text[-1] + body[joined.end: joined.end + _PERSON_VERB_LONGEST - 1]).startswith(_PERSON_VERB_SPLITS):
        joined = replace(joined, text=joined.text[:-1], end=joined.end - 1)  # "林文伯續任": 續任 continues in office
    if joined is None or (joined.label == "PERSON" and _HAN_LATIN.search(joined.text)):
        return None  # a Chinese name is not written half in Latin letters: "輝達GTC" is no person
    folded = han.normalised(joined.text)
    if folded in _NOT_NAMES or folded in _chinese_triggers():
        return None  # read folded: 新創公司 (a startup) is 新创公司
    if joined.label == "ORG" and table.lookup(joined.text) is None \
            and ((folded.endswith(_DESCRIPTION_HEADS) and not folded.endswith(_WHOLE_ENDS))
                 or generic_only(joined.text)):
        return None  # "人工智能股" (AI stocks), "互联网大厂" (the big internet firms): no names
    named = _without_organ(joined, table)
    if named is None or named.label != "LOC":
        return named
    folded = han.normalised(named.text)
    known = table.lookup(named.text) is not None
    if not known and folded.endswith(_BUSINESS_ENDS):
        return replace(named, label="ORG")
    if known or folded.endswith(_PLACE_SUFFIXES):
        return named
    return None  # "康庄大道" (an idiom: the right way), tagged as a place


@cache
def _generic() -> tuple[frozenset[str], tuple[str, ...], int]:
    words = frozenset(han.normalised(word) for word in languages.words("entities.generic_words"))
    heads = tuple(han.normalised(word) for word in languages.words("entities.generic_heads"))
    return words, heads, max(map(len, words))


def generic_only(text: str) -> bool:
    """Whether a Chinese span is made only of words that say what kind of company a
    company is (entities.generic_words), maybe before a kind of company ("AI基础设施公司",
    "芯片巨头", "并购"): no name, which has a word of its own."""
    words, heads, longest = _generic()
    folded = han.normalised(text).strip()
    for head in heads:
        if folded.endswith(head) and len(folded) > len(head):
            folded = folded[:-len(head)]
            break
    # Longest words first, any split: "云计算" before "云"; memo by position.
    reachable = [True] + [False] * len(folded)
    for start in range(len(folded)):
        if reachable[start]:
            for size in range(1, min(longest, len(folded) - start) + 1):
                if folded[start:start + size] in words:
                    reachable[start + size] = True
    return bool(folded) and reachable[len(folded)]


_INSTITUTIONS = tuple(languages.cjk(languages.words("entities.institution_heads")))
_NOT_AFTER_TITLES = tuple(languages.words("entities.not_names_after_titles"))


@cache
def _chinese_titles() -> tuple[str, ...]:
    roles = languages.cjk(list(languages.table("facts.roles"))) + languages.words("entities.person_titles")
    return tuple(sorted(set(roles), key=len, reverse=True))


def _untitled_chinese(body: str, mention: RawMention) -> RawMention | None:
    """A Chinese person the model took with a title, as the name after it: an organisation's
    span that ends in a title and two to four characters ("阿联国家安全顾问塔农": 塔农), a
    person's that opens with the title's last character ("执行长萧鹏" tagged "长萧鹏": 萧鹏).
    None where the mention holds no title so."""
    folded = han.normalised(body[max(0, mention.start - 5): mention.end])
    lead = mention.start - max(0, mention.start - 5)
    text = folded[lead:]
    if mention.label == "ORG":
        # The title that ends last (the longest of those): "董事会主席" ends "台积电董事会主席", so no name follows.
        ends = [(at + len(title), len(title)) for title in _chinese_titles() if (at := text.rfind(title)) > 0]
        if not ends:
            return None
        rest = len(text) - max(ends)[0]
        name = text[-rest:] if rest else ""
        if 2 <= rest <= 4 and han.has_han(name) and name not in _NOT_NAMES and not name.endswith(
                (*_ORGAN_SUFFIXES, *_PLACE_SUFFIXES, *_DESCRIPTION_HEADS, *_INSTITUTIONS, *_NOT_AFTER_TITLES)):
            start = mention.end - rest
            return replace(mention, text=body[start: mention.end], start=start, label="PERSON")
        return None
    if mention.label == "PERSON" and len(text) >= 3 and folded[:lead + 1].endswith(_chinese_titles()):
        return replace(mention, text=mention.text[1:], start=mention.start + 1)
    return None


@cache
def _chinese_descriptor() -> re.Pattern[str]:
    return re.compile(languages.either(languages.cjk(languages.patterns("entities.company_descriptor_patterns"))))


def _after_descriptor(mention: RawMention) -> RawMention:
    """A Chinese organisation the model tagged with the word for a company before its name:
    "GPU企业壁仞科技" -> "壁仞科技".  The name after the last such word counts where it has
    three characters or more ("阿里巴巴集团控股" keeps its 控股)."""
    folded = han.normalised(mention.text)
    last = max(_chinese_descriptor().finditer(folded), key=lambda found: found.start(), default=None)
    if last is None or last.start() == 0 or len(folded) - last.end() < REPEAT_MIN \
            or not han.has_han(folded[last.end():last.end() + 1]):
        return mention
    return replace(mention, text=mention.text[last.end():], start=mention.start + last.end())


def _without_conjunction(mention: RawMention) -> RawMention | None:
    """ "中国移动和" (of "中国移动和中国电信") -> "中国移动"; None where nothing is left but a
    character or two."""
    text = mention.text
    while text and han.normalised(text).endswith(_CONJUNCTIONS):
        text = text[:-1]
    if text == mention.text:
        return mention
    if len(text) < 2:
        return None
    return replace(mention, text=text, end=mention.start + len(text))


def _without_organ(mention: RawMention, table: AliasTable) -> RawMention | None:
    """A Chinese organisation named by one of its bodies ("OpenAI董事会"): the organisation
    where the alias table knows it, else None ("致信董事会" is a verb and a board)."""
    if mention.label != "ORG":
        return mention
    # Read folded: "致信董事會" (Traditional) ends with 董事会 as well.
    folded = han.normalised(mention.text)
    suffix = next((s for s in _ORGAN_SUFFIXES if folded.endswith(s)), None)
    if suffix is None:
        return mention
    head = mention.text[: -len(suffix)]
    if not head or (table.lookup(head) or table.lookup(han.normalised(head))) is None:
        return None
    return replace(mention, text=head, end=mention.start + len(head))


@cache
def _title_end() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(_title_alternatives()) + r")(?P<comma>[ \t]*,)?[ \t]+$", re.I)


def _title_before(body: str, start: int, end: int) -> bool:
    """Whether a title or role ends right before the name at ``start``-``end`` ("chief
    executive |Brett Adcock"), or before a name set off by commas ("Adobe's chief
    executive, |Shantanu Narayen|, said"; not "the chief executive, Goldman Sachs said")."""
    window = max(0, start - 40)
    words = _title_words()
    if words is not None and words.search(body, window, start) is None:
        return False
    title = _title_end().search(body, window, start)
    return title is not None and (title.group("comma") is None or body[end: end + 1] == ",")


@cache
def _title_after_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + languages.either(languages.patterns("entities.title_after_patterns")) + ")(?:"
                      + "|".join(_title_alternatives()) + r")(?![\w-])", re.I)


def _title_after(body: str, end: int) -> bool:
    """Whether a title follows ``end`` as a person's ("Omri Geller|, its chief executive",
    "Steve Huffman| returned as chief executive")."""
    return _title_after_pattern().match(body, end, end + 80) is not None


_PERSON_AFTER = re.compile(languages.either(languages.patterns("entities.person_after_patterns")), re.I)


def person_titled(body: str, start: int, end: int) -> bool:
    """Whether a person's title stands right before the name ("Vorstandschef |Niklas Östberg") or follows it
    (``person_follows``)."""
    return _title_before(body, start, end) or person_follows(body, end)


def person_follows(body: str, end: int) -> bool:
    """Whether what follows ``end`` says the name before it is a person's: a title ("Luca Maestri|, its
    chief financial officer") or what only a person takes ("Kevin Mandia|, who founded the firm")."""
    return _title_after(body, end) or _PERSON_AFTER.match(body, end, end + 20) is not None


@cache
def _founders_before_pattern() -> re.Pattern[str]:
    name = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
    return re.compile("(?i:" + languages.either(languages.patterns("entities.founders_before_patterns"))
                      + rf")(?:{name}(?:\s*,\s*|\s+(?:and|und)\s+))*$")


def _founder_before(body: str, start: int, listed: bool = False) -> bool:
    """Whether the name at ``start`` is one of those a company "was founded … by": "founded
    in 2005 by |Steve Huffman and |Alexis Ohanian"; ``listed``: not the first of them."""
    found = _founders_before_pattern().search(body, max(0, start - 120), start)
    return found is not None and (not listed or found.group(0).rstrip().endswith((",", " and", " und")))


def _after_listed_person(body: str, start: int, ner: Sequence[RawMention]) -> bool:
    """Whether a name the model tags a person ends right before the list's joiner before ``start``:
    "Neal Patterson, Paul Gorup and |Cliff Illig" (not "Toyota, Shell and |Air Liquide")."""
    return any(m.label == "PERSON" and m.end < start and _LIST_JOIN.fullmatch(body, m.end, start) for m in ner)


_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|und)\s+)?|\s+(?:and|und)\s+")


def _looks_like_person(text: str, lang: str, table: AliasTable, listed: bool = False) -> bool:
    """Two or three capitalised words, none common, corporate or a function word, that the
    alias table does not know: what a title before them makes a person's name. ``listed``: after
    other founders, where only the surname must be no common word ("Neal Patterson, Paul Gorup and
    Cliff Illig")."""
    words = text.split()
    return 2 <= len(words) <= 3 and table.lookup(text) is None and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() and not is_corporate(w)
        and (not is_common(w, lang) or (listed and i < len(words) - 1))
        for i, w in enumerate(words))


def _split_title(body: str, mention: RawMention) -> RawMention | None:
    """The mention without a title or role before it; None where it is only a title."""
    title = _titles().match(mention.text)
    if title is not None:
        rest = mention.text[title.end():]
        if not any(ch.isalpha() for ch in rest) or not rest[:1].isupper():
            return None
        start = mention.start + title.end()
        return replace(mention, text=rest, start=start)
    # "Treasury" tagged alone in "Treasury Secretary Larry Summers": the title covers it.
    window = max(0, mention.start - 30), min(len(body), mention.end + 30)
    words = _title_words()
    if words is not None and words.search(body, *window) is None:
        return mention
    for match in _titles().finditer(body, *window):
        if match.start() > mention.start:
            break  # the matches come in order: none after this one starts early enough
        if mention.end <= match.end() and body[mention.end: mention.end + 1] != "-":
            return None
    return mention


def _trim_opener(body: str, mention: RawMention, alias_spans: set[tuple[int, int]], table: AliasTable,
                 starts: Sequence[int]) -> RawMention | None:
    """ "Following Altman" -> "Altman": a common word that opens the sentence is no
    part of the name after it. Where the rest is an alias, the alias stands alone; a German noun
    before a company the alias table knows is none of its name anywhere ("Agentur Bloomberg")."""
    words = mention.text.split(" ")
    if len(words) >= 2 and mention.lang == "de" and lexicon.is_german_noun(words[0]) \
            and (entry := table.lookup(rest := mention.text[len(words[0]) + 1:].lstrip())) is not None \
            and entry.type == "ORG":
        # "die Agentur Bloomberg": a German noun for what a known company is, anywhere in the sentence.
        return replace(mention, text=rest, start=mention.end - len(rest))
    demonym = len(words) >= 2 and words[0] in _DEMONYM_NOUNS  # "the Dane Janus Friis": no part of the name
    if not demonym and (len(words) < 2 or not sentence_start(body, mention.start, starts)
                        or not is_common(words[0], mention.lang)):
        return mention
    rest = mention.text[len(words[0]) + 1:].lstrip()
    start = mention.end - len(rest)
    if not demonym and len(words) == 2 and mention.label == "PERSON" and words[0].lower() not in _function_words() \
            and (place := table.lookup(rest)) is not None and place.type == "LOC":
        return mention  # "Drew Houston, left, and …" opening a caption: a first name before a surname that is a place
    if (start, mention.end) in alias_spans or any(s <= start and mention.end <= e for s, e in alias_spans):
        return None
    if demonym or table.lookup(rest) is not None \
            or re.search(r"(?<!\w)" + re.escape(rest) + r"(?!\w)", body[mention.end:]):
        return replace(mention, text=rest, start=start)
    return mention


def _full_names(ner: Sequence[RawMention], aliases: Sequence[RawMention], table: AliasTable) -> set[str]:
    names = {m.text for m in ner if m.label == "PERSON" and len(m.text.split()) >= 2}
    names |= {m.entry.name for m in aliases if m.entry is not None and m.entry.type == "PERSON"
              and not m.entry.guarded}
    return names


def _no_evidence(body: str, mention: RawMention, full_names: set[str], starts: Sequence[int]) -> bool:
    text, lang = mention.text, mention.lang
    words = text.split()
    parts = {part for name in full_names for part in (name.split()[0], name.split()[-1])}
    single = len(words) == 1
    if single and (text in parts or text.rstrip("s") in parts):
        return False  # the first name or surname of a person named in full
    if single and text in _DEMONYM_NOUNS:
        return True  # "the Swede": a word for a people, no name
    if single and sum(ch.isalpha() for ch in text) <= 1:
        return True  # "X." of "wrote on X.": a letter is a name only through the alias table
    if single and mention.label == "PERSON":
        return True  # a lone name with no full name in the document: "Trojan", "Curren"
    if single and _ACRONYM.fullmatch(text):
        return f"({text.rstrip('.')})" not in body  # spelled out somewhere: "Protection Agency (EPA)"
    if single and "-" in text:
        head = text.rsplit("-", 1)[1]
        if head[:1].islower() or (lang == "de" and (lexicon.is_german_noun(head) or head in _NOUN_ABBREVIATIONS)):
            return True  # "KI-Start-up", "Cloud-Plattform", "Business-KI"
    if single and lang == "de" and lexicon.is_german_noun(text):
        return True
    if single and sentence_start(body, mention.start, starts) and is_common(text, lang):
        return True  # "Returns", "Revenue" opening a sentence
    if not single and mention.label != "PERSON":
        content = [w for w in words if w not in _particles()]
        if content and all(is_common(w, lang) or len(w.strip(".")) == 1 for w in content):
            # "Accidental Consumer Tech Company", "Big Tech"; but a company's name ending in
            # a corporate word whose first word the text uses as a name again ("Nuance
            # Communications" ... "Nuance's debt") is one.
            return not (len(words) >= 2 and is_corporate(words[-1]) and _named_again(body, words[0], mention, starts))
    return False


def _named_again(body: str, word: str, mention: RawMention, starts: Sequence[int]) -> bool:
    """Whether ``word`` stands capitalised elsewhere in ``body``, not opening a sentence."""
    for found in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", body):
        if not (mention.start <= found.start() < mention.end) and not sentence_start(body, found.start(), starts):
            return True
    return False
