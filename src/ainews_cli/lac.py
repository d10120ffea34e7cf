"""Chinese NER in numpy: Baidu LAC's lexical analyser (a dictionary pre-segmentation,
word and character embeddings, two bidirectional GRU layers and a CRF), with an output
layer for PER, ORG and LOC, run as the spaCy component ``ainews_lac_ner``.

This module owns the model folder's format, the segmentation LAC's embeddings expect,
the forward pass and Viterbi decoding, and cutting long texts into bounded chunks. It
needs numpy only: the original package needs ``paddle.fluid``, which no Python 3.11
paddle has. ``training/lac_zh.py`` converts LAC's files and fine-tunes the network.

It imports no spaCy: ``register()`` registers the factory, so ``spacy.load`` can build
the packaged ``zh_ainews_ner`` pipeline (``entities.load_pipeline`` calls it first), and
``folder_reader`` reads that pipeline's folder without spaCy at all.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

FACTORY = "ainews_lac_ner"
WEIGHTS = "weights.npz"
CONFIG = "lac.json"
VOCAB = "vocab.txt"  # the embedding rows' words (and characters), one a line, in row order
SEGMENT_WORDS = "segment_words.txt"  # the pre-segmentation dictionary, one word a line

# Chunks are at most this many characters: a GRU step per word or character is linear,
# but a padded batch holds whole chunks, and a text without sentence ends (a 10 MB run
# of Han characters) must not become one sequence. Longer stretches are cut at a comma
# where one is near the limit, else anywhere: a name across a hard cut is lost.
MAX_CHUNK = 200
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|[.](?=\s)")
_SOFT_BREAK = "，,、：: \t"
_LATIN = re.compile(r"[a-zA-Z0-9]")
_WINDOW = 1024  # chunks segmented and tagged together (sorted by length inside)

Spans = list[tuple[int, int, str]]  # character start, end, label


class Segmenter:
    """LAC's ``fast_cut``: the fewest dictionary words covering the text (each word costs
    the log of the dictionary's total count minus the log of its length), runs of Latin
    letters and digits kept as one word. The embeddings were trained on this cut, so it
    is reproduced exactly, ties included (the later end wins)."""

    def __init__(self, words: Iterable[str], log_total: float) -> None:
        # word -> length, prefix -> 0: a prefix lets the scan go on without being a word.
        self.prefixes: dict[str, int] = {}
        for word in words:
            self.prefixes[word] = len(word)
            for i in range(1, len(word)):
                self.prefixes.setdefault(word[:i], 0)
        self.log_total = log_total
        self._cost = {n: math.log(n) - log_total for n in {*self.prefixes.values()} - {0}}

    def cut(self, text: str) -> list[str]:
        n = len(text)
        prefixes, log_total, cost = self.prefixes, self.log_total, self._cost
        best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        for start in range(n - 1, -1, -1):
            # A single character is always a candidate, dictionary word or not.
            choice = (-log_total + best[start + 1][0], start)
            end = start + 2
            while end <= n:
                length = prefixes.get(text[start:end])
                if length is None:
                    break
                if length:
                    candidate = (cost[length] + best[end][0], end - 1)
                    choice = max(choice, candidate)
                end += 1
            best[start] = choice
        words: list[str] = []
        latin = ""
        i = 0
        while i < n:
            end = best[i][1] + 1
            word = text[i:end]
            if len(word) == 1 and _LATIN.match(word):
                latin += word
            else:
                if latin:
                    words.append(latin)
                    latin = ""
                words.append(word)
            i = end
        if latin:
            words.append(latin)
        return words


class LacTagger:
    """The BiGRU-CRF: ``spans(texts)`` gives each text's PER/ORG/LOC character spans."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict[str, Any], vocab: Sequence[str],
                 segment_words: Iterable[str]) -> None:
        self.weights = weights
        self.config = config
        self.labels: list[str] = list(config["labels"])
        self.entity_labels = set(config["entity_labels"])
        self.vocab = list(vocab)
        self.word_ids = {word: i for i, word in enumerate(self.vocab)}
        self.oov = self.word_ids[config["oov"]]
        self.char_map: dict[str, str] = config["char_map"]
        self.normalise = str.maketrans(self.char_map) if config.get("normalise_before_cut") else None
        self.segmenter = Segmenter(segment_words, float(config["log_total"]))
        self.hidden = int(weights["gru0.cand_w"].shape[0])
        self.layers = int(config["layers"])
        self._float = {name: array.astype(np.float32) for name, array in weights.items() if name != "embedding"}

    @classmethod
    def from_disk(cls, path: Path) -> LacTagger:
        config = json.loads((path / CONFIG).read_text(encoding="utf-8"))
        with np.load(path / WEIGHTS) as archive:
            weights = {name: archive[name] for name in archive.files}
        vocab = (path / VOCAB).read_text(encoding="utf-8").split("\n")
        words = (path / SEGMENT_WORDS).read_text(encoding="utf-8").split("\n")
        return cls(weights, config, vocab, (w for w in words if w))

    # --- input ------------------------------------------------------------------------

    def units(self, text: str) -> tuple[np.ndarray, list[int]]:
        """Embedding row ids of the text's units (dictionary words, else characters) and
        each unit's length in characters."""
        if self.normalise is not None:
            text = text.translate(self.normalise)  # one character for one: offsets hold
        ids: list[int] = []
        lengths: list[int] = []
        get, char_map, oov = self.word_ids.get, self.char_map, self.oov
        for word in self.segmenter.cut(text):
            row = get(word)
            if row is not None:
                ids.append(get(char_map.get(word, word), oov))
                lengths.append(len(word))
            else:
                ids.extend(get(char_map.get(ch, ch), oov) for ch in word)
                lengths.extend([1] * len(word))
        return np.asarray(ids, dtype=np.int64), lengths

    # --- the network ------------------------------------------------------------------

    def emissions(self, batch: Sequence[np.ndarray]) -> np.ndarray:
        """Per-unit label scores for sequences of unit ids, padded: [batch, time, labels]."""
        lengths = np.array([len(ids) for ids in batch])
        steps = int(lengths.max())
        padded = np.full((len(batch), steps), self.oov, dtype=np.int64)
        for row, ids in enumerate(batch):
            padded[row, : len(ids)] = ids
        # The backward GRU reads each sequence from its own last unit: reverse within the
        # length, so padding stays at the end of both directions.
        positions = np.arange(steps)[None, :]
        reverse = np.where(positions < lengths[:, None], lengths[:, None] - 1 - positions, positions)
        rows = np.arange(len(batch))[:, None]
        x = self.weights["embedding"][padded].astype(np.float32)
        if "embedding_scale" in self._float:  # int8 rows, each with its own scale
            x *= self._float["embedding_scale"][padded][:, :, None]
        for layer in range(self.layers):
            forward = self._gru(x, 2 * layer)
            backward = self._gru(x[rows, reverse], 2 * layer + 1)[rows, reverse]
            x = np.concatenate([forward, backward], axis=2)
        w = self._float
        return x @ w["out_w"] + w["out_b"]

    def _gru(self, x: np.ndarray, index: int) -> np.ndarray:
        """Paddle's ``dynamic_gru``: update and reset gates, then the candidate from the
        reset previous state; h = (1 - u) * h + u * c.

        The steps run over time-major copies, each step's arithmetic into buffers made
        once: the same operations on the same values as ``sigmoid(step + h @ W)`` and so
        on, without a new array for each of them at every step."""
        w = self._float
        hidden = self.hidden
        inputs = x @ w[f"gru{index}.input_w"] + w[f"gru{index}.bias"]
        gate_w, cand_w = w[f"gru{index}.gate_w"], w[f"gru{index}.cand_w"]
        batch, steps = x.shape[0], x.shape[1]
        by_step = np.ascontiguousarray(inputs.transpose(1, 0, 2))  # [time, batch, 3 * hidden]
        out = np.empty((steps, batch, hidden), dtype=np.float32)
        h: np.ndarray = np.zeros((batch, hidden), dtype=np.float32)
        gates = np.empty((batch, 2 * hidden), dtype=np.float32)
        candidate = np.empty((batch, hidden), dtype=np.float32)
        reset_h = np.empty((batch, hidden), dtype=np.float32)
        update, reset = gates[:, :hidden], gates[:, hidden:]
        for t in range(steps):
            step = by_step[t]
            np.matmul(h, gate_w, out=gates)
            np.add(step[:, : 2 * hidden], gates, out=gates)
            np.negative(gates, out=gates)
            np.exp(gates, out=gates)
            np.add(1.0, gates, out=gates)
            np.divide(1.0, gates, out=gates)  # the sigmoid of the gates
            np.multiply(reset, h, out=reset_h)
            np.matmul(reset_h, cand_w, out=candidate)
            np.add(step[:, 2 * hidden:], candidate, out=candidate)
            np.tanh(candidate, out=candidate)
            np.subtract(candidate, h, out=candidate)
            np.multiply(update, candidate, out=candidate)
            np.add(h, candidate, out=out[t])
            h = out[t]
        return out.transpose(1, 0, 2)

    def viterbi(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Best label paths of a padded batch under the CRF (start, end, transitions)."""
        w = self._float
        start, end, transitions = w["crf_start"], w["crf_end"], w["crf_trans"]
        batch, steps, _ = scores.shape
        best = start + scores[:, 0]
        backpointers = np.zeros((batch, steps, scores.shape[2]), dtype=np.int64)
        for t in range(1, steps):
            candidates = best[:, :, None] + transitions[None]
            pointer = candidates.argmax(axis=1)
            moved = candidates.max(axis=1) + scores[:, t]
            active = (t < lengths)[:, None]
            best = np.where(active, moved, best)
            backpointers[:, t] = pointer
        best = best + end
        paths = []
        for row in range(batch):
            label = int(best[row].argmax())
            path = [label]
            for t in range(int(lengths[row]) - 1, 0, -1):
                label = int(backpointers[row, t, label])
                path.append(label)
            paths.append(path[::-1])
        return paths

    # --- output -----------------------------------------------------------------------

    def tag_units(self, texts: Sequence[str], *, batch_size: int = 64) -> list[tuple[list[int], list[str]]]:
        """Each text's unit lengths and labels (texts should be chunks: see ``chunks``)."""
        prepared = [self.units(text) for text in texts]
        results: list[tuple[list[int], list[str]]] = [([], []) for _ in texts]
        # Similar lengths together: less padding.
        order = sorted((i for i, (ids, _) in enumerate(prepared) if len(ids)), key=lambda i: len(prepared[i][0]))
        for first in range(0, len(order), batch_size):
            group = order[first: first + batch_size]
            batch = [prepared[i][0] for i in group]
            lengths = np.array([len(ids) for ids in batch])
            paths = self.viterbi(self.emissions(batch), lengths)
            for i, path in zip(group, paths, strict=True):
                results[i] = (prepared[i][1], [self.labels[label] for label in path])
        return results

    def spans(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Spans]:
        """PER/ORG/LOC character spans of each text, of any length."""
        pieces: list[tuple[int, int, int]] = []  # text index, chunk start, chunk end
        for index, text in enumerate(texts):
            pieces.extend((index, start, end) for start, end in chunks(text))
        found: list[Spans] = [[] for _ in texts]
        # A window of chunks at a time: memory stays bounded however long the text.
        for first in range(0, len(pieces), _WINDOW):
            window = pieces[first: first + _WINDOW]
            tagged = self.tag_units([texts[i][start:end] for i, start, end in window], batch_size=batch_size)
            for (index, start, end), (lengths, labels) in zip(window, tagged, strict=True):
                chunk = texts[index][start:end]
                # Only the entities are widened: each span is widened on its own.
                named = [span for span in group_units(lengths, labels) if span[2] in self.entity_labels]
                found[index].extend((start + a, start + b, label)
                                    for a, b, label in whole_latin_words(chunk, named))
        return found


def group_units(lengths: Sequence[int], labels: Sequence[str]) -> Spans:
    """Units tagged ``X-B`` (or ``O``) start a span, ``X-I`` continues one of label X (an
    ``X-I`` after another label starts one); character spans of every label."""
    spans: Spans = []
    position = 0
    for length, tag in zip(lengths, labels, strict=True):
        name, _, part = tag.rpartition("-")
        name = name or tag
        if part == "I" and spans and spans[-1][2] == name and spans[-1][1] == position:
            spans[-1] = (spans[-1][0], position + length, name)
        else:
            spans.append((position, position + length, name))
        position += length
    return spans


def whole_latin_words(text: str, spans: Spans) -> Spans:
    """Spans widened to whole runs of Latin letters and digits: a word LAC's vocabulary
    lacks ("OpenAI") is read letter by letter, and a name never starts inside a word."""
    widened = []
    for start, end, label in spans:
        while start > 0 and _LATIN.match(text[start - 1]) and _LATIN.match(text[start]):
            start -= 1
        while end < len(text) and _LATIN.match(text[end]) and _LATIN.match(text[end - 1]):
            end += 1
        widened.append((start, end, label))
    return widened


def chunks(text: str, limit: int = MAX_CHUNK) -> Iterator[tuple[int, int]]:
    """(start, end) ranges covering ``text``, cut after sentence ends, each at most
    ``limit`` characters; whitespace-only ranges are left out."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield from _bounded(text, start, match.end(), limit)
        start = match.end()
    yield from _bounded(text, start, len(text), limit)


def _bounded(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    while end - start > limit:
        window = text[start + limit // 2: start + limit]
        soft = max(window.rfind(ch) for ch in _SOFT_BREAK)
        cut = start + limit // 2 + soft + 1 if soft >= 0 else start + limit
        if text[start:cut].strip():
            yield start, cut
        start = cut
    if text[start:end].strip():
        yield start, end


# --- the spaCy component -------------------------------------------------------------

class LacNer:
    """Sets ``doc.ents`` from ``LacTagger``; the weights live in the component's folder."""

    def __init__(self, nlp: Language | None, name: str, batch_size: int) -> None:
        self.name = name
        self.batch_size = batch_size
        self.tagger: LacTagger | None = None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        if self.tagger is None:
            raise ValueError(f"the {FACTORY} component has no weights; load it from its folder with spacy.load")
        buffer: list[Doc] = []
        for doc in docs:
            buffer.append(doc)
            if len(buffer) >= batch_size:
                yield from self._annotate(buffer)
                buffer = []
        if buffer:
            yield from self._annotate(buffer)

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        assert self.tagger is not None
        texts = [doc.text for doc in docs]  # doc.text is rebuilt on every read: once per doc
        found = self.tagger.spans(texts, batch_size=self.batch_size)
        for doc, text, spans in zip(docs, texts, found, strict=True):
            ents: list[Span] = []
            for start, end, label in spans:
                span = _char_span(doc, text, start, end, label)
                if span is not None and (not ents or span.start >= ents[-1].end):
                    ents.append(span)
            doc.set_ents(ents, default="outside")
        return docs

    def entities(self, texts: Sequence[str]) -> list[Spans]:
        """The entities ``doc.ents`` holds after this component, for a tokenizer that
        makes every character other than whitespace a token (``_char_span`` then
        keeps each span as it is, less the whitespace at its ends)."""
        if self.tagger is None:
            raise ValueError(f"the {FACTORY} component has no weights; load it from its folder with spacy.load")
        found = []
        for text, spans in zip(texts, self.tagger.spans(texts, batch_size=self.batch_size), strict=True):
            ents: Spans = []
            for start, end, label in spans:
                piece = text[start:end]
                start += len(piece) - len(piece.lstrip())
                end -= len(piece) - len(piece.rstrip())
                if end > start and (not ents or start >= ents[-1][1]):
                    ents.append((start, end, label))
            found.append(ents)
        return found

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> LacNer:
        self.tagger = LacTagger.from_disk(Path(path))
        return self

    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        if self.tagger is None:
            raise ValueError(f"the {FACTORY} component has no weights to write")
        write_model(Path(path), self.tagger.weights, self.tagger.config, self.tagger.vocab,
                    [w for w, n in self.tagger.segmenter.prefixes.items() if n])


# --- the packaged pipeline, read without a Doc -----------------------------------------

Reading = tuple[Spans, list[int]]  # a text's entities, and where its sentences start


def reader(nlp: Language) -> Callable[[Sequence[str]], list[Reading]] | None:
    """For a pipeline of a character tokenizer, this component and a sentencizer (the
    packaged model as ``entities.load_pipeline`` loads it): a function that gives, for
    each text, what ``nlp.pipe`` would mark in it, without making a Doc: the entities
    ``doc.ents`` would hold and the character offset of the first token of each of
    ``doc.sents``.  A Doc of one token a character, made and read back in Python,
    cost a Chinese ingest about a tenth of what the network itself costs.  None for
    any other pipeline."""
    components = [component for _, component in nlp.pipeline]
    if not any(isinstance(component, LacNer) for component in components):
        return None
    from spacy.lang.zh import ChineseTokenizer, Segmenter
    from spacy.pipeline import Sentencizer

    if not (isinstance(nlp.tokenizer, ChineseTokenizer) and nlp.tokenizer.segmenter == Segmenter.char
            and len(components) == 2 and isinstance(components[0], LacNer)
            and isinstance(components[1], Sentencizer)):
        return None
    ner: LacNer = components[0]
    punct_chars = frozenset(components[1].punct_chars)
    if any(len(ch) != 1 or ch.isspace() for ch in punct_chars):
        return None  # an entry a whitespace token could equal: only the Doc says

    def read(texts: Sequence[str]) -> list[Reading]:
        return list(zip(ner.entities(texts), (sentence_starts(text, punct_chars) for text in texts), strict=True))

    return read


def folder_reader(path: Path) -> Callable[[Sequence[str]], list[Reading]] | None:
    """``reader`` of the pipeline ``entities.load_pipeline`` would load from the folder
    ``path``, made without spaCy: where the folder's config is that of the packaged
    model (spaCy's character tokenizer for Chinese, this component alone as ``ner``, no
    callbacks) the pipeline is that character tokenizer, this component and spaCy's
    default sentencizer, whose sentence ends ``data/sentencizer_punct.json`` holds.
    Importing spaCy cost a Chinese ingest more than half a second.  None for a folder
    of any other pipeline, which spaCy loads."""
    import configparser
    from importlib import resources

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string((path / "config.cfg").read_text(encoding="utf-8"))
        tokenizer_cfg = json.loads((path / "tokenizer" / "cfg").read_text(encoding="utf-8"))

        def value(section: str, key: str) -> Any:
            return json.loads(parser.get(section, key))

        if not (value("nlp", "lang") == "zh" and value("nlp", "pipeline") == ["ner"]
                and value("nlp", "disabled") == []
                and value("nlp.tokenizer", "@tokenizers") == "spacy.zh.ChineseTokenizer"
                and value("nlp.tokenizer", "segmenter") == "char" and tokenizer_cfg.get("segmenter") == "char"
                and value("components.ner", "factory") == FACTORY
                and set(parser["components.ner"]) - set(parser.defaults()) <= {"factory", "batch_size"}
                and all(value("nlp", hook) is None
                        for hook in ("before_creation", "after_creation", "after_pipeline_creation"))):
            return None
        batch_size = int(value("components.ner", "batch_size")) if parser.has_option("components.ner",
                                                                                      "batch_size") else 64
        ner = LacNer(None, "ner", batch_size).from_disk(path / "ner")
    except (OSError, ValueError, KeyError, configparser.Error):
        return None  # spaCy loads it, and says what is wrong
    punct = json.loads(resources.files("ainews_cli").joinpath("data/sentencizer_punct.json").read_text("utf-8"))
    punct_chars = frozenset(punct["punct_chars"])

    def read(texts: Sequence[str]) -> list[Reading]:
        return list(zip(ner.entities(texts), (sentence_starts(text, punct_chars) for text in texts), strict=True))

    return read


def sentence_starts(text: str, punct_chars: Collection[str]) -> list[int]:
    """Where spaCy's sentencizer starts sentences in the Doc of spaCy's character
    tokenizer (``spacy.lang.zh``, segmenter "char"): the offset of each sentence's
    first token.

    That tokenizer makes each character other than whitespace a token, followed by
    one space of its own where one follows it; any other run of whitespace is a token.
    The sentencizer starts a sentence at the first token, and after a token in
    ``punct_chars`` at the first token after it that is neither in ``punct_chars``
    nor punctuation (every character of Unicode category P)."""
    starts = [0] if text else []
    pattern = _punct_pattern(frozenset(punct_chars))
    n = len(text)
    position = 0
    for match in pattern.finditer(text):
        if match.start() < position:
            continue  # within the punctuation after the last sentence end
        position = match.end()
        while True:
            if position < n and text[position] == " ":
                position += 1  # the space of the token before, not a token
            if position < n and not text[position].isspace() and (
                    text[position] in punct_chars or unicodedata.category(text[position]).startswith("P")):
                position += 1
                continue
            break
        if position < n:
            starts.append(position)
    return starts


@lru_cache(maxsize=4)
def _punct_pattern(punct_chars: frozenset[str]) -> re.Pattern[str]:
    # The sentencizer compares whole tokens: a longer entry is never a character's token.
    chars = "".join(re.escape(ch) for ch in sorted(punct_chars) if len(ch) == 1 and not ch.isspace())
    return re.compile(f"[{chars}]" if chars else "(?!)")


def _char_span(doc: Doc, text: str, start: int, end: int, label: str) -> Span | None:
    text = text[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    if end <= start:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="contract")


def write_model(path: Path, weights: dict[str, np.ndarray], config: dict[str, Any], vocab: Sequence[str],
                segment_words: Sequence[str]) -> None:
    """The component's folder: weights (float16), config, vocabulary, segmentation words."""
    if any("\n" in word for word in [*vocab, *segment_words]):
        raise ValueError("a vocabulary entry holds a line break")
    path.mkdir(parents=True, exist_ok=True)
    np.savez(path / WEIGHTS, **weights)  # type: ignore[arg-type]
    (path / CONFIG).write_text(json.dumps(config, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                               encoding="utf-8")
    (path / VOCAB).write_text("\n".join(vocab), encoding="utf-8")
    (path / SEGMENT_WORDS).write_text("\n".join(segment_words), encoding="utf-8")


def make_lac_ner(nlp: Language, name: str, batch_size: int) -> LacNer:
    return LacNer(nlp, name, batch_size)


def register() -> None:
    """Register the component's factory with spaCy (once), before ``spacy.load`` or
    ``add_pipe`` builds it: this module imports spaCy only here."""
    from spacy.language import Language

    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, default_config={"batch_size": 64})(make_lac_ner)
