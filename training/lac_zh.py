"""Build ainews's Chinese NER from Baidu LAC 2.1.2 (Apache-2.0), offline, on CPU.

    pip install 'setuptools<70' wheel   # pip runs the sdist's setup.py to read its metadata
    pip download --no-deps --no-binary :all: --no-build-isolation LAC==2.1.2 -d lac-sdist
    tar xzf lac-sdist/LAC-2.1.2.tar.gz -C lac-sdist
    pip install -e '.[train-zh]'
    python training/lac_zh.py lac-sdist/LAC-2.1.2/LAC/lac_model            # fine-tune and package
    python training/lac_zh.py lac-sdist/LAC-2.1.2/LAC/lac_model --original # LAC as it is (no UNER)

Steps: read LAC's Paddle tensors (``lac_model/model``) and dictionaries
(``lac_model/conf``) into numpy; fine-tune the whole network with a new output layer and
CRF for PER/ORG/LOC on the UNER zh_gsdsimp training split, with JAX, the development
split picking the epoch; write ``src/ainews_cli/models/zh_ainews_ner/``: a blank spaCy
``zh`` pipeline (character segmentation) with the ``ainews_lac_ner`` component of
``src/ainews_cli/lac.py``, weights in int8 (embeddings) and float16. Test splits are
never read here; ``benchmarks/ner.py`` scores them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import struct
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

TARGET = ROOT / "src" / "ainews_cli" / "models" / "zh_ainews_ner"
MODEL_VERSION = "1.0.0"  # bump with every model shipped
ENTITY_LABELS = ("PER", "ORG", "LOC")
# Characters LAC's replacement table lacks: the hyphenation point Traditional Chinese
# writes between the parts of a foreign name (威廉‧陆斯佛得), read as the middle dot.
EXTRA_CHAR_MAP = {"‧": "·", "•": "·", "・": "·"}


# --- LAC's files -----------------------------------------------------------------------

def read_paddle_tensor(path: Path) -> np.ndarray:
    """A Paddle 1.x LoDTensor file: uint32 version, uint64 LoD level count (and the
    levels), uint32 version, int32 descriptor length, a TensorDesc protobuf (field 1 the
    data type, 5 = float32; field 2 the dimensions), then the data."""
    raw = path.read_bytes()
    position = 4
    (levels,) = struct.unpack_from("<Q", raw, position)
    position += 8
    for _ in range(levels):
        (size,) = struct.unpack_from("<Q", raw, position)
        position += 8 + size
    position += 4
    (length,) = struct.unpack_from("<i", raw, position)
    position += 4
    descriptor = raw[position: position + length]
    position += length
    dtype, dims = _tensor_desc(descriptor)
    if dtype != 5:
        raise ValueError(f"{path.name}: data type {dtype}, expected float32 (5)")
    return np.frombuffer(raw, dtype="<f4", offset=position, count=math.prod(dims)).reshape(dims).copy()


def _tensor_desc(message: bytes) -> tuple[int, list[int]]:
    def varint(i: int) -> tuple[int, int]:
        value = shift = 0
        while True:
            byte = message[i]
            i += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value, i

    dtype, dims, i = -1, [], 0
    while i < len(message):
        key, i = varint(i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(i)
            if field == 1:
                dtype = value
            else:
                dims.append(value)
        elif wire == 2:  # packed dimensions
            size, i = varint(i)
            end = i + size
            while i < end:
                value, i = varint(i)
                dims.append(value)
        else:
            raise ValueError(f"unexpected protobuf wire type {wire}")
    return dtype, dims


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    """LAC's ``load_kv_dict``: tab-separated pairs; lines without exactly one tab skipped."""
    pairs = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        terms = line.split("\t")
        if len(terms) == 2:
            pairs.append((terms[0], terms[1]))
    return pairs


def read_lac(folder: Path) -> tuple[dict[str, np.ndarray], dict[str, Any], list[str], list[str]]:
    """LAC's lexical model as this project's weights, config, vocabulary and
    segmentation words (the original 49 part-of-speech and name tags as output)."""
    tensors = {p.name: read_paddle_tensor(p) for p in (folder / "model").iterdir() if p.name != "__model__"}
    hidden = tensors["gru_0.b_0"].size // 3
    weights: dict[str, np.ndarray] = {"embedding": tensors["word_emb"]}
    for i in range(4):
        flat = tensors[f"gru_{i}.w_0"].reshape(-1)
        # Paddle's layout: [H, 2H] for the update and reset gates, then [H, H] for the candidate.
        weights[f"gru{i}.gate_w"] = flat[: 2 * hidden * hidden].reshape(hidden, 2 * hidden)
        weights[f"gru{i}.cand_w"] = flat[2 * hidden * hidden:].reshape(hidden, hidden)
        weights[f"gru{i}.input_w"] = tensors[f"fc_{i}.w_0"]
        # The fc layer's bias and the GRU's are both added before the activations: one sum.
        weights[f"gru{i}.bias"] = tensors[f"fc_{i}.b_0"] + tensors[f"gru_{i}.b_0"].reshape(-1)
    weights["out_w"], weights["out_b"] = tensors["fc_4.w_0"], tensors["fc_4.b_0"]
    crf = tensors["crfw"]  # row 0 start scores, row 1 end scores, then transitions [from, to]
    weights["crf_start"], weights["crf_end"], weights["crf_trans"] = crf[0], crf[1], crf[2:]

    conf = folder / "conf"
    tags: dict[int, str] = {}
    for key, tag in _read_pairs(conf / "tag.dic"):
        tags[int(key)] = tag  # later lines override earlier ones (nr-B -> PER-B)
    labels = [tags[i] for i in range(len(tags))]
    vocab_pairs = _read_pairs(conf / "word.dic")
    vocab = [word for _, word in sorted(vocab_pairs, key=lambda pair: int(pair[0]))]
    assert [int(i) for i, _ in sorted(vocab_pairs, key=lambda p: int(p[0]))] == list(range(len(vocab)))
    char_map = dict(_read_pairs(conf / "q2b.dic"))
    for source, target in EXTRA_CHAR_MAP.items():
        char_map.setdefault(source, target)
    segment_words, total = [], 0
    for line in (conf / "small_seg.dic").read_text(encoding="utf-8").splitlines():
        word, count = line.strip().split(" ")
        segment_words.append(word)
        total += int(count)  # only the total matters to fast_cut, not each word's count
    config = {
        "labels": labels,
        "entity_labels": list(ENTITY_LABELS),
        "layers": 2,
        "oov": "OOV",
        "char_map": char_map,
        "log_total": math.log(total),
        "normalise_before_cut": False,
    }
    return weights, config, vocab, segment_words


# --- packaging -------------------------------------------------------------------------

def compact(weights: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The shipped form: the embedding table in int8 with one float16 scale per row (half
    of float16's size, the same dev F1 to the third decimal), everything else float16."""
    table = weights["embedding"].astype(np.float32)
    scale = np.abs(table).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    found = {name: array.astype(np.float16) for name, array in weights.items() if name != "embedding"}
    found["embedding"] = np.round(table / scale[:, None]).astype(np.int8)
    found["embedding_scale"] = scale.astype(np.float16)
    return found


LICENSE_NOTE = """\
This folder holds a model derived from two works:

1. Baidu LAC 2.1.2 (Lexical Analysis of Chinese), https://github.com/baidu/lac,
   Copyright (c) 2020 Baidu, Inc., licensed under the Apache License, Version 2.0
   (the full text follows below). Its lexical model (embeddings, bidirectional GRUs,
   dictionaries) was converted from Paddle's format to numpy and modified: a new output
   layer and CRF for PER/ORG/LOC, and every weight fine-tuned, with ainews's
   training/lac_zh.py.
2. Universal NER v1, zh_gsdsimp, licensed under CC BY-SA 4.0
   (https://creativecommons.org/licenses/by-sa/4.0/). Attribution: Stephen Mayhew et
   al. Universal NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark.
   NAACL 2024. https://www.universalner.org

The fine-tuned model, as a work adapted from the UNER data, is shared under CC BY-SA 4.0
with both attributions above; the parts that come from LAC remain also under the
Apache License 2.0, whose terms (notice and statement of changes) are kept here.

"""


def package(weights: dict[str, np.ndarray], config: dict[str, Any], vocab: list[str], segment_words: list[str],
            *, scores: dict[str, Any], fine_tuned: bool, target: Path = TARGET) -> Path:
    """Write the spaCy pipeline folder ``zh_ainews_ner`` (weights in ``compact`` form)."""
    import spacy

    import ainews_cli.lac as lac

    lac.register()
    nlp = spacy.blank("zh")  # the default character segmentation: nothing to install
    component = nlp.add_pipe(lac.FACTORY, name="ner")
    component.tagger = lac.LacTagger(compact(weights), config, vocab, segment_words)
    if target.exists():
        shutil.rmtree(target)
    nlp.meta.update({"name": "ainews_ner", "version": MODEL_VERSION})
    nlp.to_disk(target)
    digest = hashlib.sha256()
    for path in sorted(p for p in target.rglob("*") if p.is_file() and p.name != "meta.json"):
        digest.update(path.relative_to(target).as_posix().encode())
        digest.update(path.read_bytes())
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    data = "Baidu LAC 2.1.2 lexical model (Apache-2.0)" + (
        ", fine-tuned on Universal NER v1 zh_gsdsimp train (CC BY-SA 4.0), dev for the epoch" if fine_tuned else "")
    meta.update({
        "name": "ainews_ner",
        "version": MODEL_VERSION,
        "description": f"ainews's offline zh NER: LAC's BiGRU-CRF in numpy. {data}.",
        "license": "CC BY-SA 4.0" if fine_tuned else "Apache-2.0",
        "labels": {"ner": list(ENTITY_LABELS)},
        "sources": [
            {"name": "Baidu LAC 2.1.2", "author": "Baidu, Inc.", "url": "https://github.com/baidu/lac",
             "license": "Apache-2.0"},
            *([{"name": "Universal NER v1 zh_gsdsimp", "author": "Stephen Mayhew et al. Universal NER: A "
                "Gold-Standard Multilingual Named Entity Recognition Benchmark. NAACL 2024",
                "url": "https://www.universalner.org", "license": "CC BY-SA 4.0"}] if fine_tuned else []),
        ],
        "author": "ainews",
        "url": "",
        "email": "",
        "checksum": digest.hexdigest(),
        "performance": scores,
    })
    (target / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    apache = (HERE / "licenses" / "Apache-2.0.txt").read_text(encoding="utf-8")
    (target / "LICENSE").write_text(LICENSE_NOTE + apache, encoding="utf-8")
    write_readme(target, meta)
    return target


def write_readme(target: Path, meta: dict[str, Any]) -> None:
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    scores = meta["performance"]
    rows = "\n".join(f"| {label} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} |"
                     for label, v in scores.items() if isinstance(v, dict))
    text = f"""# zh_ainews_ner {meta['version']}

ainews's Chinese named-entity recognizer, labels PER, ORG and LOC. A spaCy pipeline:
blank `zh` (character segmentation, nothing to install) and the component
`ainews_lac_ner` (`src/ainews_cli/lac.py`), which runs Baidu LAC's BiGRU-CRF in numpy:
LAC's dictionary pre-segmentation, word and character embeddings, two bidirectional GRU
layers, an output layer and a CRF for PER/ORG/LOC. ainews loads it when no official
`zh_core_*` pipeline is installed (see docs/models.md); `--model zh=none` turns it off.

- Base model: Baidu LAC 2.1.2 lexical analyser, Copyright (c) 2020 Baidu, Inc., Apache
  License 2.0 (https://github.com/baidu/lac). Converted to numpy and modified (new
  output layer and CRF, all weights fine-tuned; int8 embeddings, float16 elsewhere).
- Fine-tuning data: Universal NER v1 zh_gsdsimp, training split; the development
  split picks the epoch. CC BY-SA 4.0. Attribution: Stephen Mayhew et al. Universal
  NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark. NAACL 2024.
  https://www.universalner.org
- Licence: this model is shared under CC BY-SA 4.0 with both attributions above; LAC's
  Apache-2.0 notice is kept in LICENSE.
- Reproduce: `python training/lac_zh.py LAC_MODEL_DIR` (see the script's docstring).
- Size: {size / 1e6:.1f} MB. Checksum of the weights: `{meta['checksum'][:16]}`.

Development-split scores (UNER zh_gsdsimp dev, strict character spans):

| label | P | R | F1 |
| --- | --- | --- | --- |
{rows}

Test-split scores: run `python benchmarks/ner.py` (see docs/models.md).
"""
    (target / "README.md").write_text(text, encoding="utf-8")


# --- fine-tuning -----------------------------------------------------------------------

NER_TAGS = ["O", "PER-B", "PER-I", "ORG-B", "ORG-I", "LOC-B", "LOC-I"]
_BUCKETS = (16, 32, 48, 64, 96, 128, 192, 256, 384, 512)


def examples(tagger: Any, split: str) -> list[tuple[str, np.ndarray, list[int], np.ndarray, set]]:
    """UNER sentences as (text, unit ids, unit lengths, unit tags, gold character spans).
    A unit (dictionary word) takes the tag of its first character."""
    from train import UNER_LABELS, benchmarks_dir, read_iob2, to_characters

    path = benchmarks_dir() / "uner-zh-gsdsimp" / f"zh_gsdsimp-ud-{split}.iob2"
    found = []
    for sentence in read_iob2(path, UNER_LABELS):
        chars = to_characters(sentence)
        text = "".join(ch for ch, _ in chars)
        ids, lengths = tagger.units(text)
        tags, position = [], 0
        for length in lengths:
            tag = chars[position][1]
            tags.append(NER_TAGS.index("O" if tag == "O" else f"{tag[2:]}-{tag[0]}"))
            position += length
        gold = set()
        for start, end, label in group_char_tags([tag for _, tag in chars]):
            gold.add((start, end, label))
        found.append((text, ids, lengths, np.asarray(tags), gold))
    return found


def group_char_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and spans and spans[-1][2] == tag[2:] and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1, tag[2:])
        elif tag != "O":
            spans.append((i, i + 1, tag[2:]))
    return spans


def score_spans(tagger: Any, data: list) -> dict[str, dict[str, float]]:  # type: ignore[type-arg]
    """Strict character-span precision, recall and F1 per label and over all."""
    predicted = tagger.spans([text for text, *_ in data])
    counts = {label: [0, 0, 0] for label in (*ENTITY_LABELS, "all")}
    for (*_, gold), spans in zip(data, predicted, strict=True):
        found = set(spans)
        for label in ENTITY_LABELS:
            p = {s for s in found if s[2] == label}
            g = {s for s in gold if s[2] == label}
            for key in (label, "all"):
                counts[key][0] += len(p & g)
                counts[key][1] += len(p - g)
                counts[key][2] += len(g - p)
    result = {}
    for label, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        result[label] = {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0.0, 4)}
    return result


Trained = tuple[dict[str, np.ndarray], dict[str, Any], dict[str, Any]]  # weights, config, dev scores


def finetune(weights: dict[str, np.ndarray], config: dict[str, Any], vocab: list[str], segment_words: list[str],
             *, epochs: int, lr_encoder: float, lr_embedding: float, lr_head: float, dropout: float,
             batch_size: int, seed: int, average_decay: float, distil: float) -> Trained:
    """Train a PER/ORG/LOC output layer and CRF, and every LAC weight, on UNER train;
    keep the epoch whose compacted model scores best on dev (scored as shipped, in numpy).

    With ``distil`` > 0, LAC's own output layer and CRF stay on the network during
    training, learning to give the tags the original LAC gives the same sentences
    (weighted by ``distil``), so fine-tuning keeps more of what LAC knew; they are not
    shipped."""
    import jax
    import jax.numpy as jnp

    from ainews_cli.lac import LacTagger

    original = LacTagger(weights, config, vocab, segment_words)
    config = dict(config, labels=NER_TAGS)
    hidden = weights["gru0.cand_w"].shape[0]
    rng = np.random.default_rng(seed)
    params = {name: jnp.asarray(array) for name, array in weights.items()
              if name not in ("out_w", "out_b", "crf_start", "crf_end", "crf_trans")}
    out_w = rng.normal(0, 0.01, (2 * hidden, len(NER_TAGS))).astype(np.float32)
    out_b = np.zeros(len(NER_TAGS), np.float32)
    params.update({"out_w": jnp.asarray(out_w), "out_b": jnp.asarray(out_b),
                   "crf_start": jnp.zeros(len(NER_TAGS)), "crf_end": jnp.zeros(len(NER_TAGS)),
                   "crf_trans": jnp.zeros((len(NER_TAGS), len(NER_TAGS)))})
    head = {"out_w", "out_b", "crf_start", "crf_end", "crf_trans"}
    if distil:
        params.update({f"lac.{name}": jnp.asarray(weights[name]) for name in head})

    probe = LacTagger(weights, config, vocab, segment_words)
    train, dev = examples(probe, "train"), examples(probe, "dev")
    print(f"train {len(train)} sentences, dev {len(dev)}", flush=True)
    teacher = teacher_tags(original, [ids for _, ids, *_ in train]) if distil else [np.zeros(0)] * len(train)

    def gru(p: dict, x: Any, index: int, mask: Any) -> Any:  # type: ignore[type-arg]
        inputs = x @ p[f"gru{index}.input_w"] + p[f"gru{index}.bias"]

        def step(h: Any, inp: Any) -> tuple[Any, Any]:
            gates = jax.nn.sigmoid(inp[:, : 2 * hidden] + h @ p[f"gru{index}.gate_w"])
            update, reset = gates[:, :hidden], gates[:, hidden:]
            candidate = jnp.tanh(inp[:, 2 * hidden:] + (reset * h) @ p[f"gru{index}.cand_w"])
            h = h + update * (candidate - h)
            return h, h

        h0 = jnp.zeros((x.shape[0], hidden))
        _, out = jax.lax.scan(step, h0, jnp.swapaxes(inputs, 0, 1))
        return jnp.swapaxes(out, 0, 1)

    def emissions(p: dict, ids: Any, lengths: Any, key: Any, train_mode: bool) -> Any:  # type: ignore[type-arg]
        steps = ids.shape[1]
        positions = jnp.arange(steps)[None, :]
        mask = positions < lengths[:, None]
        reverse = jnp.where(mask, lengths[:, None] - 1 - positions, positions)
        rows = jnp.arange(ids.shape[0])[:, None]
        x = p["embedding"][ids]
        for layer in range(2):
            if train_mode and dropout:
                key, sub = jax.random.split(key)
                x = x * jax.random.bernoulli(sub, 1 - dropout, x.shape) / (1 - dropout)
            forward = gru(p, x, 2 * layer, mask)
            backward = gru(p, x[rows, reverse], 2 * layer + 1, mask)[rows, reverse]
            x = jnp.concatenate([forward, backward], axis=2)
        if train_mode and dropout:
            key, sub = jax.random.split(key)
            x = x * jax.random.bernoulli(sub, 1 - dropout, x.shape) / (1 - dropout)
        return x, mask

    def loss(p: dict, ids: Any, lengths: Any, tags: Any, teacher: Any, key: Any) -> Any:  # type: ignore[type-arg]
        x, mask = emissions(p, ids, lengths, key, True)
        value = crf_nll(x @ p["out_w"] + p["out_b"], mask, lengths, tags,
                        p["crf_start"], p["crf_end"], p["crf_trans"])
        if distil:
            value += distil * crf_nll(x @ p["lac.out_w"] + p["lac.out_b"], mask, lengths, teacher,
                                      p["lac.crf_start"], p["lac.crf_end"], p["lac.crf_trans"])
        return value

    def crf_nll(scores: Any, mask: Any, lengths: Any, tags: Any, start: Any, end: Any, trans: Any) -> Any:
        fmask = mask.astype(scores.dtype)
        rows = jnp.arange(tags.shape[0])
        gold = start[tags[:, 0]] + scores[rows, 0, tags[:, 0]]
        emitted = jnp.take_along_axis(scores, tags[:, :, None], axis=2)[:, :, 0]
        gold += jnp.sum(emitted[:, 1:] * fmask[:, 1:], axis=1)
        gold += jnp.sum(trans[tags[:, :-1], tags[:, 1:]] * fmask[:, 1:], axis=1)
        gold += end[tags[rows, lengths - 1]]

        def step(alpha: Any, inputs: Any) -> tuple[Any, None]:
            score, active = inputs
            moved = jax.nn.logsumexp(alpha[:, :, None] + trans[None], axis=1) + score
            return jnp.where(active[:, None], moved, alpha), None

        alpha0 = start + scores[:, 0]
        alpha, _ = jax.lax.scan(step, alpha0, (jnp.swapaxes(scores[:, 1:], 0, 1), jnp.swapaxes(mask[:, 1:], 0, 1)))
        log_z = jax.nn.logsumexp(alpha + end, axis=1)
        return jnp.sum(log_z - gold) / tags.shape[0]

    grad_fn = jax.jit(jax.value_and_grad(loss))

    @jax.jit
    def blend(average: dict, p: dict) -> dict:  # type: ignore[type-arg]
        return {name: average_decay * average[name] + (1 - average_decay) * p[name] for name in p}

    @jax.jit
    def adam(p: dict, m: dict, v: dict, g: dict, t: Any) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
        new_p, new_m, new_v = {}, {}, {}
        for name in p:
            lr = lr_head if name in head else lr_embedding if name == "embedding" else lr_encoder
            new_m[name] = 0.9 * m[name] + 0.1 * g[name]
            new_v[name] = 0.999 * v[name] + 0.001 * g[name] ** 2
            m_hat = new_m[name] / (1 - 0.9 ** t)
            v_hat = new_v[name] / (1 - 0.999 ** t)
            new_p[name] = p[name] - lr * m_hat / (jnp.sqrt(v_hat) + 1e-8)
        return new_p, new_m, new_v

    def batches() -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        order = sorted(rng.permutation(len(train)), key=lambda i: len(train[i][1]))
        found = []
        for first in range(0, len(order) - batch_size + 1, batch_size):
            chosen = order[first: first + batch_size]
            group = [train[i] for i in chosen]
            longest = max(len(ids) for _, ids, *_ in group)
            steps = next(b for b in (*_BUCKETS, longest) if b >= longest)
            ids = np.zeros((batch_size, steps), np.int32)
            tags = np.zeros((batch_size, steps), np.int32)
            lac_tags = np.zeros((batch_size, steps), np.int32)
            lengths = np.zeros(batch_size, np.int32)
            for row, (_, unit_ids, _, unit_tags, _) in enumerate(group):
                ids[row, : len(unit_ids)] = unit_ids
                tags[row, : len(unit_tags)] = unit_tags
                lengths[row] = len(unit_ids)
                lac_tags[row, : len(teacher[chosen[row]])] = teacher[chosen[row]]
            found.append((ids, lengths, tags, lac_tags))
        rng.shuffle(found)  # type: ignore[arg-type]
        return found

    def as_numpy(p: dict) -> dict[str, np.ndarray]:  # type: ignore[type-arg]
        return {name: np.asarray(value, dtype=np.float32) for name, value in p.items()}

    m = {name: jnp.zeros_like(value) for name, value in params.items()}
    v = {name: jnp.zeros_like(value) for name, value in params.items()}
    key = jax.random.PRNGKey(seed)
    best: tuple[float, int, dict[str, np.ndarray], dict[str, Any]] = (-1.0, 0, {}, {})
    t = 0
    average = params  # an exponential moving average of the weights, which is steadier on dev
    for epoch in range(1, epochs + 1):
        started, total = time.monotonic(), 0.0
        for ids, lengths, tags, lac_tags in batches():
            t += 1
            key, sub = jax.random.split(key)
            value, grads = grad_fn(params, ids, lengths, tags, lac_tags, sub)
            params, m, v = adam(params, m, v, grads, t)
            average = blend(average, params) if average_decay else params
            total += float(value)
        current = {name: array for name, array in as_numpy(average).items() if not name.startswith("lac.")}
        scores = score_spans(LacTagger(compact(current), config, vocab, segment_words), dev)
        print(f"epoch {epoch}: loss {total:.1f}, dev F1 {scores['all']['f']:.4f} "
              + " ".join(f"{label} {scores[label]['f']:.3f}" for label in ENTITY_LABELS)
              + f" ({time.monotonic() - started:.0f} s)", flush=True)
        if scores["all"]["f"] > best[0]:
            best = (scores["all"]["f"], epoch, current, scores)
    print(f"best: epoch {best[1]}, dev F1 {best[0]:.4f}", flush=True)
    return best[2], config, dict(best[3], epoch=best[1])


def teacher_tags(tagger: Any, sequences: list[np.ndarray], batch_size: int = 64) -> list[np.ndarray]:
    """The original LAC's tag ids for each sequence of unit ids."""
    found: list[np.ndarray] = [np.zeros(0, np.int32)] * len(sequences)
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    for first in range(0, len(order), batch_size):
        group = order[first: first + batch_size]
        batch = [sequences[i] for i in group]
        paths = tagger.viterbi(tagger.emissions(batch), np.array([len(ids) for ids in batch]))
        for i, path in zip(group, paths, strict=True):
            found[i] = np.asarray(path, np.int32)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lac_model", type=Path, help="the lac_model folder of the LAC 2.1.2 sdist")
    parser.add_argument("--original", action="store_true", help="package LAC as it is, without fine-tuning")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--lr-encoder", type=float, default=5e-4)
    parser.add_argument("--lr-embedding", type=float, default=None, help="default: --lr-encoder")
    parser.add_argument("--lr-head", type=float, default=2e-3)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--average", type=float, default=0.995,
                        help="decay of the weights' moving average (0: none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-normalise", action="store_true",
                        help="segment the raw text, as LAC does, instead of after its character table")
    parser.add_argument("--distil", type=float, default=0.0,
                        help="weight of keeping LAC's own tags while fine-tuning (0: off)")
    parser.add_argument("--output", type=Path, default=TARGET, help="the model folder to write")
    parser.add_argument("--dry-run", action="store_true", help="train and score, write nothing")
    args = parser.parse_args(argv)
    started = time.monotonic()
    weights, config, vocab, segment_words = read_lac(args.lac_model)
    # Traditional characters and full-width forms read through LAC's own character table
    # before segmentation, so the dictionary finds their words too (one character for
    # one: offsets do not move).
    config["normalise_before_cut"] = not args.no_normalise
    if args.original:
        from ainews_cli.lac import LacTagger

        scores = score_spans(LacTagger(weights, config, vocab, segment_words), examples(
            LacTagger(weights, config, vocab, segment_words), "dev"))
        fine_tuned = False
    else:
        weights, config, scores = finetune(
            weights, config, vocab, segment_words, epochs=args.epochs, lr_encoder=args.lr_encoder,
            lr_embedding=args.lr_encoder if args.lr_embedding is None else args.lr_embedding,
            lr_head=args.lr_head, dropout=args.dropout, batch_size=args.batch_size, seed=args.seed,
            average_decay=args.average, distil=args.distil)
        fine_tuned = True
    print(json.dumps(scores), flush=True)
    if args.dry_run:
        return 0
    target = package(weights, config, vocab, segment_words, scores=scores, fine_tuned=fine_tuned,
                     target=args.output)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"wrote {target} ({size / 1e6:.1f} MB) in {(time.monotonic() - started) / 60:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
