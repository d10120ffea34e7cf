"""Named-entity benchmark: ainews's NER (the pipeline the registry picks per language,
loaded and read exactly as `ainews extract` does) against GermEval 2014 test, UNER PUD
de/en/zh and UNER zh_gsdsimp test, beside published anchors.

    python benchmarks/ner.py [--data ../shared/benchmarks] [--model de=NAME] [--limit N]

Metric: strict span F1 (same start, end and label), micro-averaged, per class too, and
for GermEval over PER, ORG and LOC together ("P/O/L", comparable with the UNER sets).
Each sentence becomes one text (tokens joined with spaces; Chinese tokens joined
without) that goes through `entities.load_pipeline` and `entities.ner_mentions`, and
mentions are compared with the gold spans by character offsets. Only the model is
scored: the alias table is left out. A "(doc.ents)" row per set scores the model's own
spans, before `ner_mentions` strips articles and drops lower-case phrases. Chinese sets
get a "speed" row too: characters per second of `nlp.pipe` (loading excluded).

GermEval: outer level, OTH scored as MISC, the -deriv/-part classes dropped from the
gold (the shipped model is trained without them; see docs/models.md). UNER: PER, ORG,
LOC; predicted MISC/PRODUCT/EVENT are not scored there. Chinese PUD is in traditional
characters, the zh_gsdsimp training data in simplified ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"
sys.path.insert(0, str(ROOT / "src"))

# Published anchors, quoted beside each row (most are on other data, so only a bearing).
ANCHORS = {
    "germeval": "GBERT-large 0.882 (GermEval test); de_core_news_sm 0.821 (WikiNER)",
    "de_pud": "de_core_news_sm 0.821 (WikiNER)",
    "en_pud": "en_core_web_sm 0.843 (OntoNotes); XLM-R large 0.801 (en PUD)",
    "zh_pud": "zh_core_web_sm 0.684 (OntoNotes); XLM-R large 0.871 (zh PUD)",
    "zh_gsdsimp": "XLM-R large 0.894 (zh_gsdsimp test)",
}
GERMEVAL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
UNER = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

NAME_CLASSES = ("PERSON", "ORG", "LOC")  # the "P/O/L" row: micro-averaged over these three
Span = tuple[int, int, str]  # character start, end, our label


@dataclass
class Sentence:
    text: str
    gold: set[Span]


def read_conll(path: Path, labels: dict[str, str], *, joiner: str = " ") -> list[Sentence]:
    """Token per line (index, token, BIO tag, ...), ``#`` lines skipped, blank line
    between sentences; tags outside ``labels`` (GermEval's LOCderiv, ...) read as O."""
    sentences = []
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            columns = line.split("\t")
            tokens.append((columns[1], columns[2]))
            continue
        if tokens:
            sentences.append(_sentence(tokens, labels, joiner))
        tokens = []
    return sentences


def _sentence(tokens: list[tuple[str, str]], labels: dict[str, str], joiner: str) -> Sentence:
    text = ""
    gold: set[Span] = set()
    current: Span | None = None  # the entity being read
    for i, (token, tag) in enumerate(tokens):
        start = len(text) + (len(joiner) if i else 0)
        text = text + joiner + token if i else token
        prefix, _, name = tag.partition("-")
        label = labels.get(name) if prefix in ("B", "I") else None
        if current is not None and prefix == "I" and label == current[2]:
            current = (current[0], len(text), current[2])
            continue
        if current is not None:
            gold.add(current)
        current = (start, len(text), label) if label else None
    if current is not None:
        gold.add(current)
    return Sentence(text, gold)


@dataclass
class Score:
    tp: Counter[str]
    fp: Counter[str]
    fn: Counter[str]

    def row(self, label: str | tuple[str, ...] | None) -> tuple[float, float, float, int]:
        """Micro-averaged P, R, F1 and gold count: over all labels (None), one, or several."""
        labels = (label,) if isinstance(label, str) else label
        pick = (lambda c: sum(c.values())) if labels is None else (lambda c: sum(c[name] for name in labels))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


def score(sentences: list[Sentence], lang: str, model: str | None, labels: set[str]) -> tuple[Score, Score, float]:
    """Scores of ainews's mentions and, for reference, of the model's own ``doc.ents``
    (before ainews strips articles and drops phrases such as "Bank of the West"), and
    the seconds ``nlp.pipe`` took."""
    from ainews_cli.entities import LABELS, load_pipeline, ner_mentions

    pipeline = load_pipeline(lang, model)
    mentions, raw = Score(Counter(), Counter(), Counter()), Score(Counter(), Counter(), Counter())
    started = time.perf_counter()
    docs = list(pipeline.nlp.pipe((s.text for s in sentences), batch_size=256))
    seconds = time.perf_counter() - started
    for sentence, doc in zip(sentences, docs, strict=True):
        found = {(m.start, m.end, m.label) for m in ner_mentions(doc, 0, pipeline.model) if m.label in labels}
        _count(mentions, found, sentence.gold)
        ents = {(e.start_char, e.end_char, LABELS.get(e.label_, "")) for e in doc.ents}
        _count(raw, {span for span in ents if span[2] in labels}, sentence.gold)
    return mentions, raw, seconds


def _count(result: Score, predicted: set[Span], gold: set[Span]) -> None:
    for span in predicted & gold:
        result.tp[span[2]] += 1
    for span in predicted - gold:
        result.fp[span[2]] += 1
    for span in gold - predicted:
        result.fn[span[2]] += 1


def main(argv: list[str] | None = None) -> int:
    from ainews_cli.config import choose_pipeline, load_settings, parse_model_flags

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", action="append", default=[], help="LANG=NAME, as for ainews")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences of each set")
    args = parser.parse_args(argv)
    settings = load_settings(models=parse_model_flags(args.model))
    data: Path = args.data
    sets = [  # name, lang, file, gold labels, joiner
        ("germeval", "de", data / "germeval2014-ner" / "NER-de-test.tsv", GERMEVAL, " "),
        ("de_pud", "de", data / "uner-pud" / "de_pud" / "de_pud-ud-test.iob2", UNER, " "),
        ("en_pud", "en", data / "uner-pud" / "en_pud" / "en_pud-ud-test.iob2", UNER, " "),
        ("zh_pud", "zh", data / "uner-pud" / "zh_pud" / "zh_pud-ud-test.iob2", UNER, ""),
        ("zh_gsdsimp", "zh", data / "uner-zh-gsdsimp" / "zh_gsdsimp-ud-test.iob2", UNER, ""),
    ]
    header = f"{'set':<11} {'model':<34} {'class':<7} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}  published anchor"
    print(header)
    print("-" * len(header))
    for name, lang, path, labels, joiner in sets:
        sentences = read_conll(path, labels, joiner=joiner)
        if args.limit:
            sentences = sentences[: args.limit]
        model = choose_pipeline(lang, settings)
        if model is None:
            print(f"{name:<11} {'(no model: alias table only)':<34} {'all':<7} {'-':>6} {'-':>6} {'-':>6} "
                  f"{sum(len(s.gold) for s in sentences):>6}  {ANCHORS[name]}")
            continue
        started = time.monotonic()
        result, raw, seconds = score(sentences, lang, model, set(labels.values()))
        label = Path(model).name if "/" in model else model
        classes = sorted(set(labels.values()))
        # With MISC scored too, a PER+ORG+LOC row compares with the sets that have no MISC.
        names = [None, *classes, *([NAME_CLASSES] if "MISC" in classes else [])]
        for cls in names:
            p, r, f, n = result.row(cls)
            anchor = ANCHORS[name] if cls is None else ""
            shown = "P/O/L" if cls == NAME_CLASSES else cls or "all"
            print(f"{name:<11} {label:<34} {shown:<7} {p:>6.3f} {r:>6.3f} {f:>6.3f} {n:>6}  {anchor}")
        p, r, f, n = raw.row(None)
        print(f"{name:<11} {label + ' (doc.ents)':<34} {'all':<7} {p:>6.3f} {r:>6.3f} {f:>6.3f} {n:>6}  "
              "the model's spans before ainews's clean-up")
        if lang == "zh":
            speed = sum(len(s.text) for s in sentences) / seconds
            print(f"{name:<11} {label:<34} {'speed':<7} {speed:>,.0f} characters/s (nlp.pipe, loading excluded)")
        print(f"{'':<11} ({len(sentences)} sentences in {time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
