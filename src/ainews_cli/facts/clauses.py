"""Where the fact readers stop inside a sentence: the ends of its parts and clauses,
and the joiners between the names of a list, named once for parties.py, roles.py and
typed.py.

The marks are written in every language's forms, though a Chinese sentence is read
folded (``han.normalised``), so its full-width comma, semicolon and colon arrive as
ASCII; the ideographic full stop and enumeration comma stay as written. An ASCII full
stop inside a sentence is mostly an abbreviation's ("Inc.", "U.S.") or a decimal's
("$6.6 billion"), so some boundaries leave it out or take it only before a non-digit.

| name | what it stops at | e.g. |
|---|---|---|
| ``PART_END`` | a full stop or a semicolon: the end of a part of a sentence | "founded by Altman ...; it" |
| ``IN_PART`` | (text) no full stop, semicolon or colon; a list's commas allowed | "by Acorn, Apple and VLSI" |
| ``IN_CLAUSE`` | (text) no full stop, semicolon, colon or comma | "founded in 2015" |
| ``CLAUSE_MARK`` | a comma, semicolon, colon or ideographic full stop | "Nvidia, which expects" |
| ``CLAUSE_BREAK`` | those, a full stop or comma only before a non-digit ("6.6", "1,000") | "talks, and" |
| ``PHRASE_BREAK`` | any comma, a bracket, ! or ?, ``CLAUSE_BREAK``'s other marks | "Anthropic (the startup)" |
| ``LIST_JOINER`` | (text) between two names of a list: a comma, a joiner word, or both | ", and", "和", "、" |

``relative_clauses`` gives the relative clauses a comma opens inside a sentence (", which
bought MosaicML for $1.3 billion,", ", das 2023 einen Umsatz von 31 Milliarden Euro
erzielte,"): what they name and the amounts they state belong to them, not to the clause
around them. ``appositions`` gives the noun phrases between two commas that say what the
name before them is (", the owner of Condé Nast,", ", der Eigentümer von Condé Nast,").
"""

from __future__ import annotations

import re

from ainews_cli import languages

STOP = ".。"
SEMICOLON = ";；"
COLON = ":："
COMMA = ",，"
ENUMERATION_COMMA = "、"
BRACKETS = "()（）"
EXCLAMATION = "!?！？"


def _marks(*groups: str) -> str:
    """The marks of ``groups`` as the inside of a character class."""
    return re.escape("".join(groups))


PART_END = re.compile(f"[{_marks(STOP, SEMICOLON)}]")
# One character of text inside a part; with a count for a bounded stretch ("{0,60}?").
IN_PART_CHAR = f"[^{_marks(STOP, SEMICOLON, COLON)}]"
IN_PART = re.compile(IN_PART_CHAR + "*")
IN_CLAUSE = re.compile(f"[^{_marks(STOP, SEMICOLON, COLON, COMMA)}]*")
CLAUSE_MARK = re.compile(f"[{_marks(COMMA, SEMICOLON, COLON, '。')}]")
_BREAK = f"[{_marks(SEMICOLON, COLON, '。，')}]|[.,](?!\\d)"
CLAUSE_BREAK = re.compile(_BREAK)
# A word that sets what follows against what came before: "but", "aber", "但" (events.clause_breaks).
CONTRAST = re.compile(languages.bounded(languages.words("events.clause_breaks")), re.I)
# A pattern to join with other words that end a phrase (parties.py adds the verbs of saying).
PHRASE_BREAK = f"[{_marks(COMMA, SEMICOLON, COLON, BRACKETS, ENUMERATION_COMMA, '。', EXCLAMATION)}]|\\.(?!\\d)"

# Latin joiners between spaces ("and", "sowie"), Chinese ones as they stand ("和", "、"):
# "Microsoft, Reid Hoffman and Nvidia", "Microsoft und Nvidia", "微软、英伟达及谷歌".
_JOINERS = languages.words("facts.list_joiners")
_LATIN_JOINER = languages.either(languages.latin(_JOINERS))
LIST_JOINER = re.compile(f"\\s*[{_marks(COMMA)}]\\s*(?:(?:{_LATIN_JOINER})\\s+)?|\\s+(?:{_LATIN_JOINER})\\s+|\\s*(?:"
                         + languages.either(languages.cjk(_JOINERS)) + ")\\s*", re.I)


# A comma and a word that opens a relative clause ("which", "in which", "das", "an dem").
_RELATIVE_OPENER = re.compile(f"[{_marks(COMMA)}]\\s*"
                              + languages.bounded(languages.patterns("facts.relative_patterns")) + r"(?![\w-])")


def relative_clauses(src: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses inside [start, end) that a comma opens, each from that comma to
    the next mark that ends a clause (or ``end``): in "Databricks, which bought MosaicML for
    $1.3 billion, raised $500 million" the purchase and its price are the clause's, and so
    is the amount of "Aleph Alpha wird bewertet, die zuletzt 500 Millionen Dollar zahlten"."""
    found = []
    for opener in _RELATIVE_OPENER.finditer(src, start, end):
        close = CLAUSE_BREAK.search(src, opener.end(), end)
        found.append((opener.start(), close.start() if close is not None else end))
    return found


# A comma and the start of a noun phrase that ends in "of", "von" ("the owner of", "der Eigentümer von"), or a
# person's post right before the comma that closes it ("the PayPal co-founder").
_APPOSITION_OPENER = re.compile(f"[{_marks(COMMA)}]\\s*"
                                + languages.bounded(languages.patterns("facts.apposition_patterns"))
                                + f"(?:\\s|(?=[{_marks(COMMA)}]))")


def appositions(src: str, start: int, end: int) -> list[tuple[int, int]]:
    """The appositions inside [start, end) that a comma opens with a noun phrase of "of" or
    "von" (or a person's post: ", the PayPal co-founder,") and another comma closes, each from
    the first comma to the second: in "Advance Publications, the owner of Condé Nast, held
    about 30 percent of Reddit" the owner is Advance Publications, and Condé Nast only says
    what it owns."""
    found = []
    for opener in _APPOSITION_OPENER.finditer(src, start, end):
        close = CLAUSE_BREAK.search(src, opener.end(), end)
        if close is not None and src[close.start()] in COMMA:
            found.append((opener.start(), close.start()))
    return found


def only_comma(text: str) -> bool:
    """Whether a list joiner is a bare comma, which may as well open an apposition
    ("OpenAI, Microsoft's partner")."""
    return text.strip() in tuple(COMMA)
