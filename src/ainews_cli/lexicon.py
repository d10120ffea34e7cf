"""Word lists and the place gazetteer the entity evidence step reads (data/lexicon/,
data/places/), loaded once, lazily.

- German common nouns (Wikidata Lexemes, CC0): a capitalised German word that is one
  ("Börsenwert", "Führungsturbulenzen" as a compound of two) is no name by itself.
- English common words (SCOWL sizes 10-50): "Following", "Accidental", "Treasury".
- Places: every country with its English, German and Chinese names (Unicode CLDR),
  their common short forms, regions and the cities AI-industry news name (ours).

``scripts/build_lexicon.py`` derives the word lists and countries.json from their
sources; data/lexicon/README.md and data/places/README.md name the licences.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ainews_cli import languages

# Inflectional endings of German nouns (and "-in", "-innen" of feminine forms),
# longest first, read back to the lemma: "Turbulenzen" -> "Turbulenz".
_DE_ENDINGS = ("innen", "ern", "nen", "ens", "es", "en", "er", "ns", "in", "e", "n", "s", "")
_DE_REPLACED_ENDINGS = ("a", "um", "us", "o")
_DE_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})
_MIN_HEAD = 4  # letters of the last part of a compound ("Konzern" in "Chipkonzern")
_MIN_MODIFIER = 3  # letters of its first part


def _lines(name: str) -> frozenset[str]:
    data = resources.files("ainews_cli").joinpath(f"data/lexicon/{name}").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


@cache
def german_nouns() -> frozenset[str]:
    return _lines("de_nouns.txt.gz")


@cache
def english_words() -> frozenset[str]:
    return _lines("en_words.txt.gz") | frozenset(languages.words("entities.common_words"))


@cache
def _name_heads() -> tuple[str, ...]:
    return tuple(sorted(languages.words("entities.name_heads"), key=len, reverse=True))


def _de_lemma(word: str) -> bool:
    """Whether ``word`` (capitalised) is a German noun lemma or a regular form of one."""
    nouns = german_nouns()
    for ending in _DE_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if len(stem) < 3:
            continue
        if stem in nouns or (stem.translate(_DE_UMLAUTS) in nouns and stem != stem.translate(_DE_UMLAUTS)):
            return True
        # Plurals that replace the singular's ending: "Firmen" (Firma), "Zentren" (Zentrum), "Konten" (Konto).
        if ending == "en" and any(stem + singular in nouns for singular in _DE_REPLACED_ENDINGS):
            return True
    return False


@cache
def is_german_noun(word: str) -> bool:
    """A capitalised German common noun, alone or as the head of a compound whose first
    part is one too ("Chip|konzern", "Führung|s|turbulenzen"). A compound whose head
    forms place and family names ("Zucker|berg", "Darm|stadt") is not counted."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    if _de_lemma(word):
        return True
    lower = word.lower()
    if lower.endswith(_name_heads()):
        return False
    for cut in range(_MIN_MODIFIER, len(word) - _MIN_HEAD + 1):
        head = word[cut:].capitalize()
        if not _de_lemma(head):
            continue
        modifier = word[:cut]
        for linked in (modifier, modifier[:-1] if modifier.endswith("s") else "",
                       modifier[:-1] if modifier.endswith("n") else ""):
            if len(linked) >= _MIN_MODIFIER and _de_lemma(linked.capitalize()):
                return True
    return False


def is_english_word(word: str) -> bool:
    """A common English word, written capitalised or not ("Following", "Treasury")."""
    return (word.lower() in english_words() and not word.isupper()) or word.lower() in _SHORT_COMMON


# Short words that are common in every casing (an all-caps "THE" is still a word).
_SHORT_COMMON = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by"})


@dataclass(frozen=True)
class Place:
    name: str  # the English name
    kind: str  # country, city, state, province, region, continent, union
    forms: tuple[str, ...]
    # Forms that are also parts of common words ("台中" in "平台中", "成都" in "完成都"): they
    # count where the model tags them a place or the place is named outright, as the alias
    # table's guarded forms do.
    guarded: tuple[str, ...] = ()


@cache
def places() -> tuple[Place, ...]:
    """Every place of the gazetteer with its names in en, de and zh."""
    folder = resources.files("ainews_cli").joinpath("data/places")
    countries = json.loads(folder.joinpath("countries.json").read_text("utf-8"))["countries"]
    ours = json.loads(folder.joinpath("places.json").read_text("utf-8"))
    extra: dict[str, list[str]] = ours["country_forms"]
    found = [Place(c["name"], "country", tuple(dict.fromkeys([*c["forms"], *extra.get(c["code"], [])])))
             for c in countries]
    found += [Place(p["name"], p["kind"], tuple(p["forms"]), tuple(p.get("guarded", ()))) for p in ours["places"]]
    return tuple(found)
