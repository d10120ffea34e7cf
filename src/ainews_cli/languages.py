"""Per-language knowledge of the language, reading, entity, event and fact stages: word
lists, cue patterns and tables, read once from ``data/languages/<code>.toml``.

Each file groups its entries by stage (``[language]``, ``[page]``: how a page states its
date, read by the ingest, ``[entities]``, ``[events]``, ``[facts]``). The stages apply every
language's words to every sentence (a German article quotes English and says "CEO"), so most
of them ask for unions: lists joined in ``LANGUAGES`` order, each entry once; tables merged,
where two languages may not give one word two meanings. Keys ending in ``_patterns`` (and
the lists in such a table) hold regular-expression alternatives; every other list holds
plain words, checked to have no regex syntax, because the stages join them into patterns as
written. The date tagger's word tables and rules are Python (``dates/lang_<code>.py``): they
are built into one pattern per language, not shared across languages.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

# The languages with a data file.  In a pattern joined from several languages'
# alternatives they are tried in this order (leftmost-first, as Python's re does).
LANGUAGES = ("en", "de", "zh")

_REGEX_SYNTAX = re.compile(r"[.^$*+?{}\[\]\\|()]")


@cache
def triggers() -> dict[str, Any]:
    """data/triggers.toml: each action's event type, words per language and headline templates."""
    return tomllib.loads(resources.files("ainews_cli").joinpath("data/triggers.toml").read_text("utf-8"))


@cache
def flagged_actions(flag: str) -> frozenset[str]:
    """The actions of data/triggers.toml that set ``flag`` ("acted_on_first", "sold_first", "told_by_verb",
    "venue_not_subject", "subject_first")."""
    return frozenset(action for action, entry in triggers()["actions"].items() if entry.get(flag))


@cache
def text(lang: str) -> str:
    """The data file of ``lang`` as written (the pipeline fingerprint hashes it)."""
    return resources.files("ainews_cli").joinpath(f"data/languages/{lang}.toml").read_text("utf-8")


@cache
def data(lang: str) -> dict[str, Any]:
    return tomllib.loads(text(lang))


def lookup(lang: str, path: str) -> Any:
    """The entry at a dotted ``path`` ("facts.roles") of ``lang``'s file, None where it has none."""
    node: Any = data(lang) if lang in LANGUAGES else {}
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def per_language(path: str) -> dict[str, list[str]]:
    """The list at ``path`` of each language that has one, in ``LANGUAGES`` order."""
    return {lang: found for lang in LANGUAGES if (found := lookup(lang, path)) is not None}


def words(path: str) -> list[str]:
    """The plain words at ``path`` of every language, in order, each once."""
    if _holds_patterns(path):
        raise ValueError(f"{path} holds patterns: read it with patterns()")
    found = _union(path)
    for word in found:
        if _REGEX_SYNTAX.search(word):
            raise ValueError(f"{word!r} in {path} has regex syntax; list it under a key ending in _patterns")
    return found


def patterns(path: str) -> list[str]:
    """The regex alternatives at ``path`` of every language, in order, each once."""
    if not _holds_patterns(path):
        raise ValueError(f"{path} holds plain words: read it with words()")
    # Each entry is not compiled here on its own: that cost every run a tenth of a second
    # of compiling before any document (tests/test_languages.py compiles each entry).
    return _union(path)


def either(alternatives: list[str]) -> str:
    """The alternatives joined with "|"; a pattern that never matches when there are none."""
    return "|".join(alternatives) if alternatives else "(?!)"


def alternation(path: str) -> str:
    """The words or patterns at ``path`` of every language as one alternation (``either``)."""
    return either(patterns(path) if _holds_patterns(path) else words(path))


_CJK = re.compile(r"[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def is_cjk(entry: str) -> bool:
    """Whether a word or pattern is Chinese (Japanese, Korean), or one of their marks
    ("、"): written without spaces, it has no word boundaries to match at."""
    return _CJK.search(entry) is not None


def latin(entries: list[str]) -> list[str]:
    """The entries that are not Chinese (Japanese, Korean): what a pattern for spaced text joins."""
    return [entry for entry in entries if not is_cjk(entry)]


def cjk(entries: list[str]) -> list[str]:
    """The Chinese (Japanese, Korean) entries: what a pattern for unspaced text joins."""
    return [entry for entry in entries if is_cjk(entry)]


def bounded(alternatives: list[str], before: str = r"\b", after: str = r"\b") -> str:
    """The alternatives as one pattern, each a whole word: Latin-script ones between
    ``before`` and ``after`` (word boundaries), Chinese ones as they stand, since
    Chinese writes no spaces and "\\b" never falls between two Han characters.
    Without Chinese alternatives the pattern is ``before(?:a|b)after``."""
    latin = [a for a in alternatives if not is_cjk(a)]
    cjk = [a for a in alternatives if is_cjk(a)]
    latin_pattern = before + "(?:" + either(latin) + ")" + after
    if not cjk:
        return latin_pattern
    return "(?:" + latin_pattern + "|(?:" + "|".join(cjk) + "))"


def table(path: str) -> dict[str, Any]:
    """The tables at ``path`` of every language merged; a word may not mean two things."""
    merged: dict[str, Any] = {}
    for lang in LANGUAGES:
        for key, value in (lookup(lang, path) or {}).items():
            if key in merged and merged[key] != value:
                raise ValueError(f"{key!r} in {path} of {lang}.toml is {value!r}, another language says "
                                 f"{merged[key]!r}")
            merged[key] = value
    return merged


def trie(words: Iterable[str]) -> str:
    """An alternation factored by common prefixes, so the engine branches once per letter."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)


def _holds_patterns(path: str) -> bool:
    return any(key.endswith("_patterns") for key in path.split("."))


def _union(path: str) -> list[str]:
    found: dict[str, None] = {}
    for entries in per_language(path).values():
        found.update(dict.fromkeys(entries))
    return list(found)
