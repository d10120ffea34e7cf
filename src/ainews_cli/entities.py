"""Entities: spaCy pipelines (loaded once, lazily, NER only), batched NER, the alias
table, and canonical names.

A mention's canonical name comes, in this order, from the alias table (packaged,
extendable), from a full name used elsewhere in the same document ("Altman" ->
"Sam Altman", "Nuance" -> "Nuance Communications"), or from its own text with
possessives and genitives stripped.
Labels are settled per document by vote, and the alias table's type wins.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ainews_cli import evidence, han, languages, lexicon
from ainews_cli.config import load_advice
from ainews_cli.errors import ModelError, UsageError
from ainews_cli.records import EntityMention

# spaCy's label sets (OntoNotes, WikiNER, GermEval) mapped to ours; labels for
# numbers and dates are left to the date and fact stages.
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "PRODUCT": "PRODUCT",
    "EVENT": "EVENT",
    "NORP": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "MISC": "MISC", "OTH": "MISC",
}
LABEL_PRIORITY = ("ORG", "PERSON", "PRODUCT", "LOC", "EVENT", "MISC")
ENTITY_TYPES = LABEL_PRIORITY

# Words the small models tag as entities that no reader would call one.
_NOT_ENTITIES = frozenset(languages.words("entities.not_entities"))
# An article a span sometimes starts with ("the OpenAI board").
_CLOCK = re.compile(languages.either(languages.words("entities.clock_words")) + r"\s*")
_LEADING_ARTICLE = re.compile(r"(?:" + languages.alternation("entities.leading_articles") + r")\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# Word characters other than CJK (those are matched separately, without boundaries).
_WORD = re.compile(r"[^\W\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


@dataclass(frozen=True)
class AliasEntry:
    name: str
    type: str
    wikidata: str | None
    guarded: bool  # only counts where the entity is also named without a guarded alias
    cued: bool = False  # only counts next to a platform cue ("on X", "the X owner")
    base: str | None = None  # the product a version is of ("SenseNova" of "SenseNova 5.0")


@dataclass(frozen=True)
class AliasTable:
    """Surface form -> entity, plus the canonical names' types."""

    forms: dict[str, AliasEntry]
    types: dict[str, str]
    wikidata: dict[str, str]
    max_words: int
    cjk: re.Pattern[str] | None  # CJK forms (Simplified), matched without word boundaries
    # A form several entities list ("Copilot": Microsoft Copilot, and GitHub Copilot's
    # guarded form): every entry, the one ``forms`` holds first.
    alternatives: dict[str, tuple[AliasEntry, ...]] = field(default_factory=dict)
    # Case-folded forms, for text in capitals ("SAN FRANCISCO", "MICROSOFT").
    folded: dict[str, AliasEntry] = field(default_factory=dict)
    # Names of publishers and agencies: a source a fact cites, never one of its parties.
    publishers: frozenset[str] = frozenset()
    # The first word of every form: a word no form starts with starts no form of two
    # words or more, so alias_mentions looks it up alone. None: look everything up.
    firsts: frozenset[str] | None = None
    # Case-folded one-word forms with a capital inside ("SoftBank", "LinkedIn"), for the
    # same name written with one capital ("Softbank", "Linkedin").
    camel: dict[str, AliasEntry] = field(default_factory=dict)

    def lookup(self, text: str) -> AliasEntry | None:
        """The entry of a surface form; Chinese forms are looked up folded (微軟 is 微软)."""
        key = " ".join(text.split())
        found = self.forms.get(key)
        # Most words looked up are in no form; an ASCII one holds no CJK to fold.
        if found is None and not key.isascii() and _has_cjk(key, 0, len(key)):
            found = self.forms.get(han.normalised(key))
        return found

    def lookup_camel(self, text: str) -> AliasEntry | None:
        """The entry of a one-word form written with one capital: "Softbank" -> SoftBank;
        not a common word ("Elevenlabs" is none either way)."""
        if not (text[:1].isupper() and text[1:].islower()):
            return None
        entry = self.camel.get(text.casefold())
        return None if entry is None or evidence.common_anywhere(text) else entry

    def lookup_folded(self, text: str) -> AliasEntry | None:
        """The entry of a form written in capitals: "SAN FRANCISCO" -> San Francisco."""
        return self.folded.get(" ".join(text.split()).casefold())


def load_alias_table(user_file: Path | None = None, *, user_text: str | None = None) -> AliasTable:
    """The packaged table with the user's entries over it, from their file or, where
    the file was read elsewhere (a Dask client), from its text."""
    packaged = resources.files("ainews_cli").joinpath("data/aliases.json").read_text(encoding="utf-8")
    # The place gazetteer first: the alias table's entries (and the user's) win over it.
    entries: list[dict[str, Any]] = [{"name": place.name, "type": "LOC", "aliases": list(place.forms),
                                      "guarded": list(place.guarded)} for place in lexicon.places()]
    entries.extend(json.loads(packaged)["entities"])
    if user_file is not None:
        entries.extend(_read_user_aliases(user_file))
    if user_text is not None:
        entries.extend(_parse_user_aliases(user_text, "the alias file sent by the Dask client"))
    forms: dict[str, AliasEntry] = {}
    types: dict[str, str] = {}
    wikidata: dict[str, str] = {}
    publishers = {entry["name"] for entry in entries if entry.get("publisher")}
    everyone: dict[str, dict[str, AliasEntry]] = defaultdict(dict)  # form -> name -> entry
    for entry in entries:  # later entries (the user's) override earlier ones
        name, kind = entry["name"], entry.get("type", "ORG")
        types[name] = kind
        if entry.get("wikidata"):
            wikidata[name] = entry["wikidata"]
        cued = [_form_key(form) for form in entry.get("cued", [])]
        for form in [name, *entry.get("aliases", [])]:
            form = _form_key(form)
            if form not in cued:
                forms[form] = everyone[form][name] = AliasEntry(name, kind, entry.get("wikidata"), False)
        for form in cued:
            forms[form] = everyone[form][name] = AliasEntry(name, kind, entry.get("wikidata"), False, True)
        for form in entry.get("guarded", []):
            form = _form_key(form)
            alias = AliasEntry(name, kind, entry.get("wikidata"), True)
            everyone[form][name] = alias
            if form not in forms or forms[form].guarded or forms[form].name == name:
                forms[form] = alias  # a guarded form never hides another entity's plain alias
    alternatives = {form: (forms[form], *(e for e in found.values() if e != forms[form]))
                    for form, found in everyone.items() if len(found) > 1}
    # Capitals fold to the plain forms of more than three letters ("NVIDIA" is a form; "US" is not "Us").
    folded = {form.casefold(): alias for form, alias in forms.items()
              if not alias.guarded and sum(ch.isalpha() for ch in form) > 3}
    max_words = max(len(_WORD.findall(form)) for form in forms)
    cjk_forms = [f for f in forms if _has_cjk(f, 0, len(f))]
    # A trie, not a list of alternatives: the engine branches once per character, so a
    # page of ten megabytes of Chinese costs one pass, not one per form.
    cjk = re.compile(languages.trie(cjk_forms)) if cjk_forms else None
    firsts = frozenset(found.group(0) for form in forms if (found := _WORD.search(form)) is not None)
    camel = {form.casefold(): alias for form, alias in forms.items()
             if not alias.guarded and not alias.cued and _CAMEL.fullmatch(form)}
    return AliasTable(forms, types, wikidata, max_words, cjk, alternatives, folded, frozenset(publishers), firsts,
                      camel)


# A word of letters with a capital inside and a small letter after it: "SoftBank", "iFlytek", not "ERNIE".
_CAMEL = re.compile(r"[A-Za-z][a-z]*[A-Z][A-Za-z]*[a-z][A-Za-z]*")


def _without_legal_form(name: str) -> str | None:
    """``name`` without the legal form that ends it ("Microsoft Corp", "Broadcom Inc.", "Renesas
    Electronics Corporation"), or None where none does (entities.legal_forms)."""
    words = name.split()
    if len(words) < 2 or words[-1].rstrip(".") not in _LEGAL_FORMS:
        return None
    return " ".join(words[:-1]).rstrip(",")


_LEGAL_FORMS = frozenset(languages.words("entities.legal_forms"))
_DROPPED_LEGAL_FORMS = frozenset(languages.words("entities.dropped_legal_forms"))


def _form_key(form: str) -> str:
    """How a form or a name the table does not know is kept: whitespace folded; a Chinese
    one in the folded spelling the text is matched in (Simplified, ASCII, one kind of name
    dot), so a name spelled in either script is one entity."""
    key = " ".join(form.split())
    return han.normalised(key) if _has_cjk(key, 0, len(key)) else key


def _read_user_aliases(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot use the alias file {path}: {error}; see docs/aliases.md for its format") \
            from error
    return _parse_user_aliases(text, str(path))


def _parse_user_aliases(text: str, origin: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
        entities = data["entities"] if isinstance(data, dict) else data
        for entry in entities:
            if not isinstance(entry.get("name"), str) or entry.get("type", "ORG") not in ENTITY_TYPES:
                raise ValueError(f"entry {entry!r} needs a name and a type among {', '.join(ENTITY_TYPES)}")
        return list(entities)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UsageError(f"cannot use {origin}: {error}; see docs/aliases.md for its format") from error


# --- spaCy ------------------------------------------------------------------------

@dataclass
class LoadedPipeline:
    lang: str
    model: str | None  # package name and version, None for the alias-only fallback
    # For the packaged Chinese model: what its pipeline marks in each text, read without
    # spaCy (``lac.folder_reader``); spaCy's pipeline itself is then loaded only if asked for.
    read: Callable[[Sequence[str]], list[tuple[list[tuple[int, int, str]], list[int]]]] | None = None
    _load: Callable[[], Any] | None = field(default=None, repr=False)
    _nlp: Any = field(default=None, repr=False)

    @property
    def nlp(self) -> Any:  # spacy.Language
        if self._nlp is None and self._load is not None:
            self._nlp = self._load()
        return self._nlp

    @property
    def ner_components(self) -> list[str]:
        """The components ``nlp.pipe(texts, disable=...)`` leaves out for blocks whose
        entities are not read (headlines): the model's tokenizer and the sentence splitting
        remain, the same tokens and sentences, without running the NER."""
        return [name for name in self.nlp.pipe_names if name != "sentencizer"]


_NER_NEEDS = frozenset({"tok2vec", "transformer", "ner", "entity_ruler", "span_ruler"})


@cache
def load_pipeline(lang: str, model: str | None) -> LoadedPipeline:
    """The pipeline for ``lang``: the model's NER (nothing else) plus sentence splitting,
    loaded once a process.  Blocks whose entities are not read run it without the NER
    (``LoadedPipeline.ner_components``): a second pipeline of the tokenizer alone, loaded
    where a batch held only headlines, loaded the model's vocabulary twice.  A folder of
    the packaged Chinese model is read without spaCy (``LoadedPipeline.read``)."""
    if model is not None and _is_folder(model):
        from ainews_cli import lac

        read = lac.folder_reader(Path(model))
        if read is not None:
            try:
                version = json.loads((Path(model) / "meta.json").read_text(encoding="utf-8")).get("version", "")
            except (OSError, ValueError):
                version = ""
            return LoadedPipeline(lang, f"{Path(model).name} {version}".strip(), read,
                                  lambda: _spacy_pipeline(lang, model)[0])
    nlp, label = _spacy_pipeline(lang, model)
    return LoadedPipeline(lang, label, _nlp=nlp)


def _spacy_pipeline(lang: str, model: str | None) -> tuple[Any, str | None]:
    import spacy

    from ainews_cli import lac

    lac.register()  # the component of the packaged Chinese model
    if model is None:
        try:
            nlp = spacy.blank(lang)
        except Exception:  # spaCy has no tokenizer rules for this language
            nlp = spacy.blank("xx")
        label = None
    else:
        try:
            nlp = spacy.load(model, exclude=_excluded(model))
        except (OSError, ImportError, ValueError) as error:
            raise ModelError(
                f"the spaCy pipeline {model!r} for {lang!r} cannot be loaded ({error}); {load_advice(model, lang)}"
            ) from error
        for name in _unheard(nlp):
            nlp.remove_pipe(name)
        # A folder (the packaged model, or one named with --model) is reported by its
        # name, not its path, so records read the same on every machine.
        name = Path(model).name if _is_folder(model) else model
        label = f"{name} {nlp.meta.get('version', '')}".strip()
    if not nlp.has_pipe("senter") and not nlp.has_pipe("parser"):
        nlp.add_pipe("sentencizer")
    return nlp, label


def _is_folder(model: str) -> bool:
    return "/" in model or "\\" in model or Path(model).is_dir()


def _excluded(model: str) -> list[str]:
    """Every component but what NER needs (``_NER_NEEDS``); loading fewer is faster."""
    import spacy

    try:
        if _is_folder(model):
            meta = spacy.util.get_model_meta(Path(model))
        else:
            path = spacy.util.get_package_path(model)
            meta = spacy.util.get_model_meta(next(path.glob("*/meta.json")).parent)
    except Exception:
        return []
    components = meta.get("components") or meta.get("pipeline") or []
    return [name for name in components if name not in _NER_NEEDS]


def _unheard(nlp: Any) -> list[str]:
    """The embedding components (tok2vec, transformer) no kept component listens to.

    Their output would go unused: en_core_web_sm 3.8's ``ner`` embeds the words itself
    (only its tagger and parser listen to the shared ``tok2vec``), and running that
    ``tok2vec`` anyway took a third of an ingest's time."""
    return [name for name, pipe in nlp.pipeline
            if hasattr(pipe, "listening_components") and not pipe.listening_components]


# --- mentions ---------------------------------------------------------------------

@dataclass(frozen=True)
class RawMention:
    """A candidate mention before canonicalisation."""

    text: str
    start: int
    end: int
    label: str
    source: str
    entry: AliasEntry | None = None
    lang: str = ""  # the language of the block it was found in


def ner_mentions(doc: Any, offset: int, model: str | None, lang: str = "",
                 written: str | None = None) -> list[RawMention]:
    """Entities from a spaCy Doc of one block, in body offsets, with our labels.

    ``written``: the block as the document writes it, where the model was given
    another form of it of the same length (Traditional Chinese folded to Simplified);
    a mention keeps the surface as written."""
    found = []
    for ent in doc.ents:
        text = ent.text if written is None else written[ent.start_char: ent.end_char]
        mention = _model_mention(text, offset + ent.start_char, ent.label_, model, lang)
        if mention is not None:
            found.append(mention)
    return found


def span_mentions(text: str, spans: Sequence[tuple[int, int, str]], offset: int, model: str | None, lang: str = "",
                  written: str | None = None) -> list[RawMention]:
    """``ner_mentions`` of a block's entities given as character spans and labels (the
    packaged Chinese model's, read without a Doc: ``lac.reader``)."""
    source = text if written is None else written
    return [mention for start, end, label in spans
            if (mention := _model_mention(source[start:end], offset + start, label, model, lang)) is not None]


def _model_mention(text: str, start: int, model_label: str, model: str | None, lang: str) -> RawMention | None:
    label = LABELS.get(model_label)
    if label is None:
        return None
    # Spans sometimes carry a leading article or a trailing possessive.
    lead = _LEADING_ARTICLE.match(text)
    if lead:
        text, start = text[lead.end():], start + lead.end()
    text = text.rstrip(" ,;:")
    possessive = _POSSESSIVE.search(text)
    if possessive:
        text = text[: possessive.start()]
    if _is_junk(text, label):
        return None
    return RawMention(text, start, start + len(text), label, f"model:{model}", lang=lang)


_NAME_PARTICLES = frozenset(languages.words("entities.name_particles"))


def _is_junk(text: str, label: str) -> bool:
    if len(text) < 2 or text in _NOT_ENTITIES or not any(ch.isalpha() for ch in text):
        return True
    # "Windows to Office", "Article about the developer day": a phrase, not a name.
    if any(w[:1].islower() and w not in _NAME_PARTICLES and not re.match(r"[a-z][A-Z]", w) for w in text.split()):
        return True
    if text[0].islower() and not re.match(r"[a-z][A-Z]", text):  # "xAI", "iPhone" are fine
        return True
    return bool(re.search(r"\d", text)) and label in ("PERSON", "LOC")


def alias_mentions(text: str, start: int, end: int, table: AliasTable, lang: str) -> list[RawMention]:
    """Every alias-table form in text[start:end], longest first, whole words only.

    Word n-grams are looked up in a dictionary, so the cost is linear in the text.
    A German genitive "s" ("Microsofts", "Altmans", "Elon Musks") is accepted on a known name.
    """
    found: list[RawMention] = []
    written = text
    cjk = _has_cjk(text, start, end)
    chinese = _cjk_alias_mentions(text, start, end, table) if cjk else []
    if lang in han.FOLDED:
        # Chinese text writes Latin names in full-width letters too ("ＯｐｅｎＡＩ").
        text = han.normalised(text)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    # A Latin-script form never spans Chinese ("OpenAI董事会与Microsoft" holds no "OpenAI … Microsoft").
    apart = [cjk and _CJK_CHAR.search(text, words[k][1], words[k + 1][0]) is not None
             for k in range(len(words) - 1)]
    i = 0
    while i < len(words):
        match = None
        longest = min(table.max_words, len(words) - i)
        if longest > 1 and table.firsts is not None:
            word = text[words[i][0]: words[i][1]]
            # A longer form needs this word first, or (read folded) a line in capitals.
            if word not in table.firsts and not (word + "X").isupper():
                longest = 1
        for n in range(longest, 0, -1):
            first, last = words[i][0], words[i + n - 1][1]
            if n > 1 and any(apart[i: i + n - 1]):
                continue
            surface = text[first:last]
            if "\n" in surface:
                continue
            entry = table.lookup(surface)
            if entry is None and text[last: last + 1] == ".":
                entry = table.lookup(surface + ".")  # "OpenAI Inc."
                last += entry is not None
                surface = text[first:last]
            if text[last: last + 1] == "+" and (plus := table.lookup(surface + "+")) is not None:
                entry, last = plus, last + 1  # "Command R+", a model of its own beside "Command R"
                surface = text[first:last]
            if entry is None and surface.endswith("s") and len(surface) > 3:
                entry = table.lookup(surface[:-1])  # genitive: Microsofts, Altmans, Elon Musks
            if entry is None and surface.isupper():
                entry = table.lookup_folded(surface)  # "SAN FRANCISCO", in a dateline or a shouted line
            if entry is None and n > 1 and lang == "de" and "-" in surface and " " not in surface:
                # A name of several words in a German compound: "United-Internet-Gründer", "CD-Projekt-Chef".
                entry = table.lookup(surface.replace("-", " "))
            if entry is None and n == 1:
                entry = table.lookup_camel(surface)  # "Softbank", as German news write SoftBank
            if entry is not None and entry.cued and not _cued(text, first, last):
                continue  # "X" names the social network only as one: "a post on X", not "Model X"
            if entry is not None and lang != "de" and _german_place_word(surface, entry):
                continue  # "Three Mile Island": "Island" is Iceland only in German
            if entry is not None and entry.type == "ORG" and _VENTURE_ARM.match(text, last, end) is not None \
                    and _VENTURE_ARM_WORD.search(entry.name) is None:
                # "Dell Technologies Capital": the venture arm, an investor of its own the table does not know,
                # which the model may find; not the company.
                i += n - 1
                break
            if entry is not None:
                version = _VERSION.match(text, last, end) if entry.type == "PRODUCT" else None
                if version is not None:  # "Claude 2", "Llama 3.1", "Grok-1": a product of its own
                    last = version.end()
                    entry = AliasEntry(entry.name + version.group(0), entry.type, None, False,
                                       base=None if entry.guarded else entry.name)
                match = RawMention(written[first:last], first, last, entry.type,
                                   "alias-guarded" if entry.guarded else "alias", entry)
                i += n
                break
        if match is None:
            i += 1
        else:
            found.append(match)
    found = sorted([*found, *_first_names_sharing(written, start, found, table)], key=lambda m: m.start)
    # "谷歌DeepMind" is Google DeepMind, not also DeepMind: the Chinese form wins. The
    # Chinese forms are found in order and never overlap, so one bisection finds the one
    # a Latin-script mention could overlap.
    starts = [m.start for m in chinese]
    latin = [m for m in found if not _overlaps_one(m, chinese, starts)]
    return [*chinese, *latin]


# Before a person named in full, a list of first names that share the surname: "die Brüder Oliver, Marc und
# Alexander Samwer".
_SHARED_SURNAME = re.compile(r"((?:(?-i:[A-Z])[\w-]+\s*,\s*)*(?-i:[A-Z])[\w-]+)(?:\s*,)?\s+(?:"
                             + languages.either(languages.latin(languages.words("facts.list_joiners"))) + r")\s+$")
_FIRST_NAME = re.compile(r"(?-i:[A-Z])[\w-]+")


def _first_names_sharing(text: str, start: int, found: Sequence[RawMention], table: AliasTable) -> list[RawMention]:
    """The people a list of first names before one named in full names, where the table knows each of them
    with that surname: "Oliver, Marc und Alexander Samwer" names Oliver and Marc Samwer too."""
    more: list[RawMention] = []
    taken = [(m.start, m.end) for m in found]
    for mention in found:
        words = mention.entry.name.split() if mention.entry is not None and mention.entry.type == "PERSON" else []
        if len(words) != 2 or not mention.text.startswith(words[0]):
            continue
        listed = _SHARED_SURNAME.search(text, max(start, mention.start - 80), mention.start)
        if listed is None:
            continue
        for first in _FIRST_NAME.finditer(text, listed.start(1), listed.end(1)):
            entry = table.lookup(f"{first.group(0)} {words[1]}")
            if entry is None or entry.type != "PERSON" \
                    or any(s < first.end() and first.start() < e for s, e in taken):
                continue
            more.append(RawMention(first.group(0), first.start(), first.end(), "PERSON",
                                   "alias-guarded" if entry.guarded else "alias", entry))
    return more


def _german_place_word(surface: str, entry: AliasEntry) -> bool:
    """Whether a place's form is the German name of a place that is a common English word
    and not the place's English name: "Island" (Iceland), "Emirates"."""
    return entry.type == "LOC" and surface != entry.name and surface.isascii() \
        and all(lexicon.is_english_word(word) for word in surface.split())


_CUE_BEFORE = re.compile("(?:" + languages.bounded(languages.patterns("entities.platform_before_patterns"))
                         + r")\s*$")
_CUE_AFTER = re.compile(r"\s*(?:" + languages.bounded(languages.patterns("entities.platform_after_patterns"), "", "")
                        + ")")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ \t]+$")


def _cued(text: str, start: int, end: int) -> bool:
    """Whether a cued form stands as the platform it names: right after a cue ("on X",
    "auf X", "在X"), or right before one ("X owner", "X平台") and not after a capitalised
    word other than an article, which makes it part of a longer name ("Model X owners";
    not "Die X-Chefin")."""
    if _CUE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    if _CUE_AFTER.match(text, end, min(len(text), end + 40)) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or evidence.is_function_word(before.group(1))


def _overlaps_one(mention: RawMention, ordered: Sequence[RawMention], starts: Sequence[int]) -> bool:
    index = bisect_left(starts, mention.end) - 1
    return index >= 0 and ordered[index].end > mention.start


# A version after a product's name: " 2", " 3.1", "-1", ".5", " 3.5 Sonnet", " 1.5 Pro", " 3.1 405B", or
# a tier joined by a hyphen ("Qwen-Long", "Qwen-Max"); never a year, a count ("ChatGPT 10
# times") or the start of a longer word.
_VENTURE_ARM = re.compile(r"[ \t]+(?:" + languages.either(languages.words("entities.venture_arm_words")) + r")\b")
_VENTURE_ARM_WORD = re.compile(r"\b(?:" + languages.either(languages.words("entities.venture_arm_words")) + r")\b")
_VERSION = re.compile(
    r"(?:(?:[ -]\d{1,2}(?:\.\d{1,2})*(?:x\d{1,2})?[Bb]?|\.\d{1,2})"
    # A size in parameters after the version: "Llama 3.1 405B", "Qwen2.5 72B".
    r"(?: \d{1,3}[Bb])?"
    r"(?: (?:" + languages.alternation("entities.product_tiers") + r"))?"
    r"|-(?:" + languages.alternation("entities.product_tiers") + r")"
    # The size alone after a form that holds its version ("Llama 3.1" and " 405B").
    r"| \d{1,3}[Bb])"
    r"(?![A-Za-z0-9-]|\.\d|\s*(?:%|" + languages.alternation("entities.count_words") + r"))"
    # A series by its number, where a word for a series follows: "Ryzen 9000 series",
    # "Ryzen AI 300系列" (a longer number is a count or a year anywhere else).
    r"|[ ](?:[A-Z]{1,3} )?\d{3,4}(?=[ \t]*(?:" + languages.alternation("entities.series_words") + r"))")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]")


def _has_cjk(text: str, start: int, end: int) -> bool:
    return _CJK_CHAR.search(text, start, end) is not None


def _cjk_alias_mentions(text: str, start: int, end: int, table: AliasTable) -> list[RawMention]:
    """Chinese, Japanese and Korean forms, looked up in the folded text (Traditional
    as Simplified), with the surface as the document writes it."""
    if table.cjk is None:
        return []
    found = []
    for match in table.cjk.finditer(han.normalised(text), start, end):
        entry = table.forms[match.group(0)]
        found.append(RawMention(text[match.start(): match.end()], match.start(), match.end(), entry.type,
                                "alias-guarded" if entry.guarded else "alias", entry))
    return found


def canonical_mentions(
    body: str,
    ner: Sequence[RawMention],
    aliases: Sequence[RawMention],
    table: AliasTable,
    blocked: Sequence[tuple[int, int]] = (),
    starts: Sequence[int] = (),
) -> list[EntityMention]:
    """Settle one document's mentions: the evidence for the model's, overlaps, guarded
    aliases, first names and surnames, capitals, labels. ``starts``: where the
    document's sentences start."""
    # The paper or agency a wire dateline names filed the story: it is none of its entities.
    alias_list = sorted((a for a in aliases if not evidence.in_dateline(body, a)), key=lambda m: m.start)
    dates = sorted(blocked)
    tagged_as = {m.end: m.label for m in ner}
    ner = [m for m in evidence.weigh(body, ner, alias_list, table, starts, dates)
           if not evidence.in_dateline(body, m)]
    ner = sorted([*ner, *_untagged_again(body, ner, alias_list)], key=lambda m: m.start)
    # A name the evidence made a person's ("report to HPE CEO Antonio Neri", tagged ORG) is one wherever
    # it stands again, though the model tags it otherwise there ("Neri said").
    personal = {(m.start, m.end) for m in ner if m.label == "PERSON" and tagged_as.get(m.end, "PERSON") != "PERSON"}
    # ... and so is a full name the model tags a person where a title before it or what follows says it is one
    # ("Luca Maestri, its chief financial officer", "Kevin Mandia, who founded the firm", "Vorstandschef Niklas
    # Östberg"), though it tags the surname alone a company or a place elsewhere ("Maestri said", "Östberg").
    personal |= {(m.start, m.end) for m in ner if m.label == "PERSON" and " " in m.text
                 and evidence.person_titled(body, m.start, m.end)}
    # A guarded form a descriptor calls a company names it ("der Chipdesigner Arm"); the
    # table's own mention of a name it knows stands for the descriptor's.
    vouched = {m.entry.name for m in ner if m.source == "described" and m.entry is not None}
    # So does a Chinese one ("短视频平台快手", "芯片公司寒武纪"), and a word of a company's own right after one
    # ("荣耀品牌", "荣耀总裁").
    vouched |= {a.entry.name for a in alias_list if a.entry is not None and a.entry.guarded and a.entry.type == "ORG"
                and _has_cjk(a.text, 0, len(a.text)) and (evidence.after_chinese_descriptor(body, a.start)
                                                           or evidence.before_company_word(body, a.end))}
    # ... and a word for a model a guarded product's ("大模型“可灵”", "“日日新”大模型").
    vouched |= {a.entry.name for a in alias_list if a.entry is not None and a.entry.guarded
                and a.entry.type == "PRODUCT" and _has_cjk(a.text, 0, len(a.text))
                and evidence.beside_model_word(body, a.start, a.end)}
    # A guarded Chinese form of a place, company or product counts where the model tags that
    # very span as a name ("武汉", "高雄" even as a person's, "蘋果"; not the "台中" of "平台中",
    # the "苹果" of "苹果汁"), and a guarded Latin place where it tags it a place ("Phoenix"):
    # that span, not every other. Not a surname: the model tags every 库克 a person.
    # A form that is the surname of a transliterated full name of the document ("德鲁·休斯顿") is
    # that person's where the model tags it a person, not the place.
    tagged = {(m.start, m.end): m.label for m in ner}
    surnames = {han.normalised(m.text).rsplit("·", 1)[-1] for m in ner if m.label == "PERSON" and "·" in m.text}
    vouched_spans = {(a.start, a.end) for a in alias_list if a.entry is not None and a.entry.guarded
                     and a.entry.type != "PERSON" and (a.start, a.end) in tagged
                     and (_has_cjk(a.text, 0, len(a.text)) or tagged[(a.start, a.end)] == "LOC" == a.entry.type)
                     and not (tagged[(a.start, a.end)] == "PERSON" and han.normalised(a.text) in surnames)}
    ner = [m for m in ner if m.source != "described" or m.entry is None]
    # Looked up by bisection, not scanned for every mention: a long page holds
    # thousands of each (dates never overlap one another).
    alias_starts = [a.start for a in alias_list]
    reach = max((a.end - a.start for a in alias_list), default=0)
    date_starts = [s for s, _ in dates]
    dropped: set[int] = set()  # alias mentions a longer name took the place of
    for index, alias in enumerate(alias_list):
        if alias.label == "LOC" and _on_clock(body, alias, date_starts):
            dropped.add(index)  # "美国" in "美国时间11月17号" (US time) qualifies the date
    surnames_of_people = {m.text.rsplit(" ", 1)[-1] for m in ner if m.label == "PERSON" and " " in m.text}
    kept_ner = []
    for mention in ner:
        if mention.label == "LOC" and _on_clock(body, mention, date_starts):
            continue
        before_end = bisect_left(date_starts, mention.end) - 1
        if before_end >= 0 and dates[before_end][1] > mention.start:
            if re.search(r"\d", mention.text):
                continue  # "11:53pm Pacific" tagged ORG: it is a time, not an organisation
            if _has_cjk(mention.text, 0, len(mention.text)) and dates[before_end][0] <= mention.start \
                    and mention.end <= dates[before_end][1]:
                continue  # "周五" in "上周五" tagged LOC: it is part of a date
        window = range(bisect_left(alias_starts, mention.start - reach), bisect_left(alias_starts, mention.end))
        near = [i for i in window if i not in dropped]
        inside = [i for i in near if mention.start <= alias_list[i].start and alias_list[i].end <= mention.end]
        overlapping = [i for i in near if alias_list[i].start < mention.end and mention.start < alias_list[i].end]
        if not overlapping:
            kept_ner.append(mention)
        elif len(inside) == 1 and len(overlapping) == 1 and _extends_name(mention, alias_list[inside[0]], body,
                                                                          table, starts):
            # A longer name around one alias ("Microsoft Research", "Claude Monet") is its own entity;
            # one that opens with a product's name is a product ("Gemini Nano", tagged a person).
            alias = alias_list[inside[0]]
            dropped.add(inside[0])
            if alias.entry is not None and alias.entry.type == "PRODUCT" and alias.start == mention.start:
                mention = replace(mention, label="PRODUCT")
            kept_ner.append(mention)
        elif len(inside) == len(overlapping) and _named_after_places(mention, [alias_list[i] for i in inside]):
            # "美国加州北区联邦法院" is one court, not a country and a state: spans are outermost.
            dropped.update(inside)
            kept_ner.append(mention)
        elif mention.label == "PERSON" and mention.text in surnames_of_people and all(
                (entry := alias_list[i].entry) is not None and entry.guarded and entry.type != "PERSON"
                for i in overlapping):
            # The surname of a person the document names in full is theirs, not a guarded form's of a thing: "Andy
            # Rubin co-founded Android … Rubin still runs Android" (not Nvidia's "Rubin" chips).
            dropped.update(overlapping)
            kept_ner.append(mention)
    alias_list = [a for i, a in enumerate(alias_list) if i not in dropped]
    kept_ner = _completed_names(body, kept_ner, alias_list)
    # Guarded forms (surnames, misspellings) count only where the entity is named outright.
    named = {m.entry.name for m in alias_list if m.entry and not m.entry.guarded} | vouched
    # A version names its product: "SenseNova 5.0" lets "日日新" count for SenseNova.
    named |= {m.entry.base for m in alias_list if m.entry and m.entry.base and not m.entry.guarded}
    named |= {_named_as(m.text, table) for m in kept_ner}
    # A form several entities list names none of them outright ("Copilot").
    outright = {m.entry.name for m in alias_list if m.entry and not m.entry.guarded
                and _form_key(m.text) not in table.alternatives}
    outright |= {_named_as(m.text, table) for m in kept_ner}
    alias_list = [_settle_alternative(m, outright, table) for m in alias_list]
    raw = [m for m in alias_list if m.entry and (not m.entry.guarded or m.entry.name in named
                                                 or (m.start, m.end) in vouched_spans)
           and not (m.entry.guarded and m.entry.type == "ORG" and _in_longer_name(body, m))
           and not (_has_cjk(m.text, 0, len(m.text)) and evidence.half_of_a_word(body, m.start, m.end))]
    raw.extend(kept_ner)
    raw.sort(key=lambda m: (m.start, -m.end))
    names, hows = _resolve_names(body, raw, table)
    glossed = _glossed(body, raw, names)
    spelled = _spelled_out(body, raw, names)
    for i, name in enumerate(names):
        if name in glossed:
            names[i], hows[i] = glossed[name], hows[i] + "+gloss"
        elif name in spelled:
            names[i], hows[i] = spelled[name], hows[i] + "+acronym"
    labels = _vote_labels(raw, names, table, personal)
    return [
        EntityMention(m.text, m.start, m.end, labels[names[i]], names[i], hows[i])
        for i, m in enumerate(raw)
    ]


# ... maybe with a title the Latin name was trimmed of: "塔农（Sheikh Tahnoon bin Zayed Al Nahyan）".
_GLOSS_TITLES = languages.either(languages.latin(languages.patterns("entities.title_patterns")))
_GLOSS = re.compile(r"\s*[(（]\s*(?:(?:" + _GLOSS_TITLES + r")\s+)?", re.I)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z][\w’'-]*)[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?[A-Z][a-z]")


_GLUED_LATIN = re.compile(r"[A-Za-z0-9]")


def _untagged_again(body: str, ner: Sequence[RawMention], aliases: Sequence[RawMention]) -> list[RawMention]:
    """A Chinese person's name the model tagged at least twice in the document, where it stands again untagged,
    inside no other mention and no longer word ("前微软全球执行副总裁陆奇正式加盟百度": the model tagged 陆奇
    eleven times but not there), nor glued to Latin letters or digits (a product's name: "小鹏G6")."""
    tagged: dict[str, list[RawMention]] = {}
    for mention in ner:
        if mention.label == "PERSON" and len(mention.text) >= 2 and _has_cjk(mention.text, 0, len(mention.text)):
            tagged.setdefault(mention.text, []).append(mention)
    taken = sorted((m.start, m.end) for m in (*ner, *aliases))
    reach = max((e - s for s, e in taken), default=0)
    found = []
    for name, mentions in tagged.items():
        if len(mentions) < 2:
            continue
        for match in re.finditer(re.escape(name), body):
            start, end = match.start(), match.end()
            near = taken[bisect_left(taken, (start - reach, 0)): bisect_left(taken, (end, 0))]
            if not any(start < e for _, e in near) and not evidence.half_of_a_word(body, start, end) \
                    and not _GLUED_LATIN.match(body, end) and not _GLUED_LATIN.match(body[start - 1: start]):
                found.append(replace(mentions[0], start=start, end=end, source="repeated"))
    return found


def _completed_names(body: str, mentions: Sequence[RawMention], aliases: Sequence[RawMention]) -> list[RawMention]:
    """A person's name the model cut short at one mention where the text there reads a longer
    name it tags a person elsewhere in the document, at least as often: the longer name
    ("快手由程一|笑于2011年创立" beside "另一位联合创始人程一笑"), and no count of people
    ("由…杨沐|三位校友", read once as "杨沐三"); not a name the model tags where the longer one does not
    stand, a person of its own ("王兴" beside "王兴兴": "王兴兴奋地说"). A Latin name ends at a word's end;
    none grows into another mention."""
    tagged = Counter(m.text for m in mentions if m.label == "PERSON")
    people = sorted(tagged, key=len, reverse=True)
    taken = [(m.start, m.end) for m in [*mentions, *aliases]]

    def grows_to(mention: RawMention, name: str) -> bool:
        end = mention.start + len(name)
        return len(name) > len(mention.text) and name.startswith(mention.text) \
            and body.startswith(name, mention.start) and tagged[name] >= tagged[mention.text] \
            and not evidence.people_counted_at(body, mention.end) \
            and not any(m.text == mention.text and not body.startswith(name, m.start) for m in mentions) \
            and not (not _has_cjk(name, len(name) - 1, len(name)) and body[end: end + 1].isalnum()) \
            and not any(mention.end < e and s < end for s, e in taken if (s, e) != (mention.start, mention.end))

    out = []
    for mention in mentions:
        if mention.label == "PERSON":
            name = next((name for name in people if grows_to(mention, name)), None)
            if name is not None:
                mention = replace(mention, text=name, end=mention.start + len(name))
        out.append(mention)
    return out


def _in_longer_name(body: str, mention: RawMention) -> bool:
    """Whether an organisation's guarded form is a word of another name: "Times" of "The
    Sunday Times", "Times Square" or "Times of India" is not The New York Times, nor
    "Constellation" of "Constellation Brands" Constellation Energy.  A capitalised word
    before it counts where it is no function word or common word ("The Times" is the
    paper, "der Chipdesigner Arm" the company), one after it where it is no German noun
    that English lacks ("Arm Ende Mai")."""
    if _has_cjk(mention.text, 0, len(mention.text)):
        return False
    after = _CAPITALISED_AFTER.match(body, mention.end)
    if after is not None:
        word = _word_at(body, after.end() - 2)
        if not lexicon.is_german_noun(word) or lexicon.is_english_word(word):
            return True  # "Constellation Brands"; not "Arm Ende Mai": German capitalises its nouns
    before = _CAPITALISED_BEFORE.search(body, max(0, mention.start - 40), mention.start)
    # "Chipdesigner Arm", "Softbank-Tochter Arm" (a compound by its head), "The Times".
    return before is not None and not evidence.is_function_word(before.group(1)) \
        and not evidence.common_anywhere(before.group(1).rsplit("-", 1)[-1])


def _word_at(body: str, start: int) -> str:
    found = _WORD.match(body, start)
    return found.group(0) if found is not None else ""


def _glossed(body: str, raw: Sequence[RawMention], names: Sequence[str]) -> dict[str, str]:
    """A Chinese name glossed with its Latin form in brackets, "肖恩·怀特（Sean White）":
    one person, named as the Latin form is (so an English article's "Sean White" is the
    same), unless the alias table named the Chinese form."""
    renamed: dict[str, str] = {}
    for i in range(len(raw) - 1):
        first, gloss = raw[i], raw[i + 1]
        if first.entry is not None or not _has_cjk(first.text, 0, len(first.text)) \
                or _has_cjk(gloss.text, 0, len(gloss.text)) or not _GLOSS.fullmatch(body, first.end, gloss.start):
            continue
        if body[gloss.end: gloss.end + 1] in (")", "）") and names[i] != names[i + 1]:
            renamed[names[i]] = names[i + 1]
    return renamed


_BRACKETED = re.compile(r"[ \t]*[(（][ \t]*")
_CLOSING = re.compile(r"[ \t]*[)）]")
_WORD_PARTS = re.compile(r"[^\W\d_]+")


def _spelled_out(body: str, raw: Sequence[RawMention], names: Sequence[str]) -> dict[str, str]:
    """An acronym in brackets right after the name it abbreviates, "European Semiconductor
    Manufacturing Company (ESMC)": one organisation, named as the alias table names either
    form, else as the name spelled out (so "ESMC" alone later in the text is the same)."""
    renamed: dict[str, str] = {}
    for i in range(len(raw) - 1):
        full, short = raw[i], raw[i + 1]
        if full.label == "PERSON" or short.label == "PERSON" or names[i] == names[i + 1] \
                or not _BRACKETED.fullmatch(body, full.end, short.start) \
                or _CLOSING.match(body, short.end) is None or not _abbreviates(short.text, full.text):
            continue
        if short.entry is not None and full.entry is None:
            renamed[names[i]] = names[i + 1]
        elif full.entry is not None or short.entry is None:
            renamed[names[i + 1]] = names[i]
    return renamed


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is an acronym of the initials of ``full``'s words, with or without
    its function words ("EPA": "Environmental Protection Agency"; "BIS": "Bank for
    International Settlements")."""
    letters = short.rstrip(".")
    if not (2 <= len(letters) <= 8 and letters.isalnum() and letters.upper() == letters):
        return False
    words = _WORD_PARTS.findall(full)
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if not evidence.is_function_word(w)).upper()
    return letters in (every, content) and len(words) >= 2


def _on_clock(body: str, mention: RawMention, date_starts: Sequence[int]) -> bool:
    """Whether a place only says whose clock a date is on: "美国时间11月17号"."""
    clock = _CLOCK.match(body, mention.end)
    if clock is None:
        return False
    index = bisect_left(date_starts, clock.end())
    return index < len(date_starts) and date_starts[index] == clock.end()


def _settle_alternative(mention: RawMention, named: set[str], table: AliasTable) -> RawMention:
    """A form several entities list stands for the one the document names outright:
    "Copilot" is GitHub Copilot where the text says "GitHub Copilot", else Microsoft Copilot."""
    alternatives = table.alternatives.get(_form_key(mention.text))
    if not alternatives or mention.entry is None:
        return mention
    chosen = [e for e in alternatives if e.name in named and e.name != mention.entry.name]
    if len(chosen) == 1 and mention.entry.name not in named:
        entry = AliasEntry(chosen[0].name, chosen[0].type, chosen[0].wikidata, False)
        return replace(mention, entry=entry, label=entry.type, source="alias-guarded")
    return mention


def _extends_name(mention: RawMention, alias: RawMention, body: str, table: AliasTable,
                  starts: Sequence[int] = ()) -> bool:
    """Whether the NER span is a longer name of its own around the alias."""
    before = body[mention.start: alias.start].strip(" ,")
    after = body[alias.end: mention.end].strip(" ,")
    if _has_cjk(mention.text, 0, len(mention.text)):
        if mention.label == "ORG" and not before and evidence.venture_arm(after):
            return True  # "阿里巴巴创投": the venture arm of Alibaba, an investor of its own
        if mention.label == "ORG" and alias.entry is not None and alias.entry.type == "ORG" \
                and (own := evidence.own_company(after)) is not None \
                and not ((place := table.lookup(own)) is not None and place.type == "LOC"):
            return True  # "小米汽车有限公司": Xiaomi's car maker, a company of its own
        # "艾瑞克·施密特" around the guarded surname "施密特", "德鲁·休斯顿" around the place
        # "休斯顿": a transliterated full name of its own (the surname alone counts only beside
        # the table's full name).
        return mention.label == "PERSON" and alias.entry is not None \
            and (alias.entry.type == "LOC" or (alias.entry.guarded and alias.entry.type == "PERSON")) \
            and (han.normalised(before).endswith("·") or han.normalised(after).startswith("·"))
    if before.endswith("-") or after.startswith("-"):
        return False  # "Ex-OpenAI", "OpenAI-Chef": a compound around the name, not a longer name
    words = (before + " " + after).split()
    if not words or not all(w[:1].isupper() for w in words) or any(w in _NOT_ENTITIES for w in words):
        return False
    if _ROLE_WORD.search(before + " " + after):
        return False
    if mention.label == "PERSON" and alias.entry is not None and alias.entry.type == "LOC" \
            and len(before.split()) == 1 and not after:
        return True  # "Drew Houston" opening a caption: a first name before a place the model calls a person
    # A capitalised word that only opens the sentence ("Whatever Altman", "New OpenAI")
    # is no first name.
    opens_sentence = evidence.sentence_start(body, mention.start, starts)
    if before and opens_sentence and all(evidence.is_common(w, mention.lang) for w in before.split()):
        return False
    # ... unless it may be one, before a person's name: "Andy Rubin co-founded Android" (not the chip "Rubin").
    return not (before and opens_sentence and len(before.split()) == 1 and alias.entry is not None
                and alias.entry.guarded
                and not (mention.label == "PERSON" and evidence.may_be_name_word(before, table)))


_INSTITUTION_HEADS = tuple(languages.words("entities.institution_heads"))


def _named_after_places(mention: RawMention, places: Sequence[RawMention]) -> bool:
    """Whether a Chinese name the model found is a longer name around the places in it,
    ending in a word for an institution ("中国科学院", "加州大学伯克利分校"), not a place
    and a common word ("美国政府")."""
    if mention.label in ("LOC", "PERSON") or not places or any(p.label != "LOC" for p in places) \
            or not _has_cjk(mention.text, 0, len(mention.text)):
        return False
    folded = han.normalised(mention.text)
    return max(p.end for p in places) < mention.end and folded.endswith(_INSTITUTION_HEADS)


_ROLE_WORD = re.compile(r"\b(?:" + languages.alternation("entities.role_words") + r")\b")


def _named_as(text: str, table: AliasTable) -> str:
    """The name a mention of the model names: the alias table's, also under a legal form ("Hewlett-Packard
    Co." names HP Inc., so "HP" counts there), else its own text."""
    entry = table.lookup(text)
    if entry is None and (bare := _without_legal_form(text)) is not None \
            and (entry := table.lookup(bare)) is not None and entry.guarded:
        entry = None
    return entry.name if entry else text


def _whole_company(mention: RawMention, text: str, table: AliasTable, named: set[str]) -> str | None:
    """The company a Chinese short name the model tagged an organisation stands for: the alias table's
    name of the short name and a word for its kind ("美的" and 集团), where the document names it so
    too (``named``: the entries it names). The alias table lists no such short form of two characters
    (美的 is half of 完美的); the model's tag vouches for this one."""
    if mention.label == "LOC" or not mention.source.startswith("model:") or not _has_cjk(text, 0, len(text)):
        return None
    folded = han.normalised(text)  # the table's Chinese forms, and the kinds, are Simplified
    for kind in evidence.company_kinds():
        entry = table.forms.get(folded + kind)
        if entry is not None and entry.type == "ORG" and entry.name in named:
            return entry.name
    return None


_HAN_SHORTEST = 2  # the fewest characters of a Chinese company's short name the model may tag


def _resolve_names(body: str, raw: Sequence[RawMention], table: AliasTable) -> tuple[list[str], list[str]]:
    """Each mention's canonical name, and how it was reached (for ``entities --explain``)."""
    full_names: dict[str, set[str]] = defaultdict(set)  # surname -> full names in this document
    named_first: dict[str, int] = {}  # full name -> where the document names it first
    first_names: dict[str, set[str]] = defaultdict(set)  # first name -> full names
    mixed_case: dict[str, str] = {}  # case-folded name -> its form in ordinary case
    companies: dict[str, set[str]] = defaultdict(set)  # "Nuance" -> "Nuance Communications"
    # A word that opens a company's name of several words, where the document names it so: its full
    # names there, by place ("Varian" -> "Varian Medical Systems" at 334); and where a person's full name
    # ends in it ("Sigurd Varian" at 3293).
    opening: dict[str, list[tuple[int, str]]] = defaultdict(list)
    ending: dict[str, list[int]] = defaultdict(list)
    bare_names = _bare_companies(raw)
    for mention in raw:
        words = mention.text.split()
        if len(words) > 1 and not _has_cjk(mention.text, 0, len(mention.text)):
            if mention.label == "ORG" and (mention.entry is None or mention.entry.type == "ORG"):
                opening[words[0]].append((mention.start, _kept_name(mention, bare_names)))
            elif mention.label == "PERSON":
                ending[words[-1]].append(mention.start)
    for mention in raw:
        name = _kept_name(mention, bare_names)
        if not name.isupper():
            mixed_case.setdefault(name.casefold(), name)
        # The alias table's companies too: "Tower" of Tower Semiconductor, named so in the same document.
        if mention.label != "PERSON" and (mention.entry is None or mention.entry.type == "ORG") \
                and (short := _short_company(name) or evidence.chinese_short_name(name, _HAN_SHORTEST)
                      or evidence.latin_short_name(name)) is not None:
            companies[short].add(name)
        if mention.label == "ORG" and (defined := evidence.defined_name(body, mention.end)) is not None:
            companies[_form_key(defined)].add(name)  # "网龙网络有限公司（下称“网龙”）"
        if mention.label == "ORG" and mention.entry is None and len(name) > _HAN_SHORTEST + 1 \
                and all(han.has_han(ch) for ch in name) and not evidence.glued_character(name[-1]):
            # "環球晶" of "環球晶圓": its last character left out (not "小红书" of a "小红书在" the model glued).
            companies[name[:-1]].add(name)
        if mention.label == "PERSON" or table.types.get(name) == "PERSON":
            # A transliterated name parts its given name and surname with a dot: 布雷特·泰勒.
            parts = name.split("·") if _has_cjk(name, 0, len(name)) else name.split()
            if len(parts) >= 2:
                full_names[parts[-1]].add(name)
                first_names[parts[0]].add(name)
                named_first.setdefault(name, mention.start)
    names: list[str] = []
    hows: list[str] = []
    named = {m.entry.name for m in raw if m.entry is not None}
    for mention in raw:
        if mention.entry is not None and mention.entry.type == "LOC" and len(full_names.get(mention.text, ())) == 1 \
                and evidence.person_titled(body, mention.start, mention.end):
            # A place that is the surname of the document's one person so named, a title beside it: "Houston, the
            # chief executive" of Drew Houston.
            names.append(next(iter(full_names[mention.text])))
            hows.append(f"{mention.source}+surname")
            continue
        if mention.entry is not None:
            names.append(mention.entry.name)
            hows.append(mention.source)
            continue
        text = _form_key(mention.text)
        entry = table.lookup(text)
        if entry is None and text.isupper():
            entry = table.lookup_folded(text)
        if entry is None and (bare := _without_legal_form(text)) is not None:
            entry = table.lookup(bare)  # "Microsoft Corp" is Microsoft (not "Porsche SE", which the table knows)
        if entry is not None and not entry.cued and (not entry.guarded or entry.name in _all_names(raw)):
            names.append(entry.name)
            hows.append(f"{mention.source}+alias")
            continue
        if (whole := _whole_company(mention, text, table, named)) is not None:
            names.append(whole)  # "美的" the model tagged, in a document naming 美的集团: Midea Group
            hows.append(f"{mention.source}+company")
            continue
        if mention.label == "ORG" and text in bare_names:
            names.append(bare_names[text])  # "Equifax Inc" is Equifax, as the document goes on to call it
            hows.append(f"{mention.source}+legal form")
            continue
        if (company := _opened_company(mention, text, opening, ending)) is not None:
            names.append(company)  # "Varian" after "Varian Medical Systems", though "Sigurd Varian" comes later
            hows.append(f"{mention.source}+company")
            continue
        candidates = full_names.get(text) or full_names.get(text[:-1] if text.endswith("s") else "", set())
        if len(candidates) > 1:
            # Of two people with the surname, the one the document has named in full by then: "Wojcicki joined
            # Google in 1999" before "her sister Anne Wojcicki" is first named is Susan Wojcicki.
            candidates = {name for name in candidates if named_first[name] < mention.start}
        if len(text.split()) == 1 and len(candidates) == 1:
            names.append(next(iter(candidates)))  # "Altman", "Altmans" -> "Sam Altman"
            hows.append(f"{mention.source}+surname")
        elif (len(text) >= evidence.REPEAT_MIN or not _has_cjk(text, 0, len(text))
              or (mention.label == "ORG" and mention.source.startswith("model:"))
              or mention.source.endswith("+defined")) \
                and len(found := companies.get(text) or companies.get(text[:-1] if text.endswith("s") else "",
                                                                      set())) == 1:
            # A Chinese short name of two characters only where the model tagged it a company: "顺丰" of
            # 顺丰控股 (not 美的 of 完美的).
            names.append(next(iter(found)))  # "Nuance", "Altairs" -> "Nuance Communications", "Altair Engineering"
            hows.append(f"{mention.source}+company")
        elif len(text.split()) == 1 and mention.label == "PERSON" and len(first_names.get(text, ())) == 1:
            names.append(next(iter(first_names[text])))  # "Sam" -> "Sam Altman"
            hows.append(f"{mention.source}+first name")
        elif text.isupper() and len(text.split()) > 1:
            # "SAN FRANCISCO" in a dateline: the document's own spelling, else capitalised words.
            names.append(mixed_case.get(text.casefold()) or " ".join(w[:1] + w[1:].lower() for w in text.split()))
            hows.append(f"{mention.source}+case")
        else:
            names.append(mixed_case.get(text.casefold(), text) if text.isupper() else text)
            hows.append(mention.source)
    return names, hows


def _bare_companies(raw: Sequence[RawMention]) -> dict[str, str]:
    """The organisations the alias table does not know, named with a legal form news drops
    (entities.dropped_legal_forms), that the document names in no other long form, whatever the model took it for:
    their names without it ("Pinterest Inc" -> Pinterest; not "Lilium Ltd" beside "Lilium N.V.", which may be
    another company)."""
    texts = {_form_key(m.text) for m in raw}
    bare = {text: form for m in raw if m.label == "ORG" and m.entry is None
            and (form := _without_legal_form(text := _form_key(m.text))) is not None
            and text.split()[-1].rstrip(".") in _DROPPED_LEGAL_FORMS}
    return {text: form for text, form in bare.items()
            if not any(other != text and other.startswith(form + " ") for other in texts)}


def _kept_name(mention: RawMention, bare: Mapping[str, str]) -> str:
    """The name a mention is kept under before the names around it are read: the alias table's, else its own
    text, an organisation's without its legal form where ``bare`` (_bare_companies) gives that."""
    if mention.entry is not None:
        return mention.entry.name
    text = _form_key(mention.text)
    return bare.get(text, text) if mention.label == "ORG" else text


def _opened_company(mention: RawMention, text: str, opening: Mapping[str, list[tuple[int, str]]],
                    ending: Mapping[str, list[int]]) -> str | None:
    """For a word the model tags a person, the company whose name of several words the word ``text``
    opens, named so last before the mention, where no person's full name ending in that word came
    before: "Varian" of "Varian Medical Systems" in an article that names the brothers Russell and
    Sigurd Varian only at its end. Not where two such names came before ("Lilium GmbH", "Lilium
    N.V."): which one is a guess."""
    if mention.label != "PERSON" or " " in text or not text[:1].isupper():
        return None  # (a bare "Wirecard" the model tags a company is Wirecard, not "Wirecard Bank")
    before = [(start, name) for start, name in opening.get(text, ()) if start < mention.start]
    if len({name for _, name in before}) != 1:
        return None
    # (Nor where a person's full name ending in it came before: "Thomas Siebel, who founded Siebel Systems ...
    # Siebel said".)
    return max(before)[1] if not any(person < mention.start for person in ending.get(text, ())) else None


def _short_company(name: str) -> str | None:
    """The name a company ending in corporate words goes by in the same text: "Nuance"
    of "Nuance Communications", "Altair" of "Altair Engineering", "Acorn" of "Acorn
    Computers Ltd"; None for another name."""
    words = name.split()
    while len(words) > 1 and evidence.is_corporate(words[-1]):
        words.pop()
    return " ".join(words).rstrip(",") if len(words) < len(name.split()) else None


def _all_names(raw: Sequence[RawMention]) -> set[str]:
    return {m.entry.name for m in raw if m.entry}


def _vote_labels(raw: Sequence[RawMention], names: Sequence[str], table: AliasTable,
                 personal: set[tuple[int, int]]) -> dict[str, str]:
    """Each name's type: the alias table's, a company's where a corporate word ends it, a
    person's where the evidence made one of its mentions a person's (``personal``), else the
    model's most frequent label; on a tie, the label of its longest mention (the model reads a
    full name better than a bare surname: "Steve Huffman" a person, "Huffman returned" a company)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    longest: dict[str, dict[str, int]] = defaultdict(dict)
    persons = set()
    for mention, name in zip(raw, names, strict=True):
        votes[name][mention.label] += 1
        words = len(mention.text.split())
        longest[name][mention.label] = max(words, longest[name].get(mention.label, 0))
        if (mention.start, mention.end) in personal:
            persons.add(name)
    labels = {}
    for name, counter in votes.items():
        if name in table.types:
            labels[name] = table.types[name]
        elif len(name.split()) > 1 and evidence.is_corporate(name.split()[-1]):
            labels[name] = "ORG"  # "Acorn Computers", "Nuance Communications": a company's name, wherever it stands
        elif name in persons:
            labels[name] = "PERSON"
        else:
            top = max(counter.values())
            tied = [label for label in LABEL_PRIORITY if counter[label] == top]
            labels[name] = max(tied, key=lambda label: longest[name][label])  # the first of the longest
    return labels
