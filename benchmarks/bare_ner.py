"""The bare NER model: the limit `ainews ingest` is measured against (benchmarks/throughput.py).

    python benchmarks/bare_ner.py MODEL TEXTS.jsonl [--processes N] [--batch-size 64] [--forward] [--describe]

One process that imports spaCy (and nothing of ainews but, for the packaged Chinese
model, the module that registers its component), loads MODEL (a package name or a
folder) with every component excluded but ``ner`` and what ``ner`` listens to, adds a
sentencizer, and pipes the "text" of each JSON Lines record through it, ``batch_size``
texts at a time, in N processes.  What is kept is read from the model's own config:
a ``ner`` whose embedding is a listener (``upstream`` names a component, or ``*``
for any tok2vec or transformer) keeps that component; one with its own embedding
(en_core_web_sm 3.8) keeps nothing else.  ``--describe`` prints what it would load.

``--forward``, for the packaged Chinese model: no spaCy (not even imported), the model's
own forward pass (LAC's segmentation, BiGRU-CRF and Viterbi decoding over bounded
chunks, ``LacTagger.spans``) over the same texts, ``batch_size`` chunks a batch.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EMBEDDERS = ("tok2vec", "transformer")


def _config(model: str) -> dict[str, Any]:
    import spacy

    path = Path(model) if Path(model).is_dir() else spacy.util.get_package_path(model)
    found = path / "config.cfg"
    if not found.exists():  # an installed package keeps the pipeline one folder down
        found = next(path.glob("*/config.cfg"))
    return dict(spacy.util.load_config(found, interpolate=False))


def _listened(node: Any) -> set[str]:
    """The ``upstream`` of every listener layer in a component's config."""
    found: set[str] = set()
    if isinstance(node, dict):
        if "Listener" in str(node.get("@architectures", "")):
            found.add(str(node.get("upstream", "*")))
        for value in node.values():
            found |= _listened(value)
    return found


def plan(model: str) -> tuple[list[str], list[str], str]:
    """(kept, excluded) components of MODEL for NER alone, and how its ner embeds words."""
    config = _config(model)
    pipeline = list(config["nlp"]["pipeline"])
    components = config.get("components", {})
    ner = components.get("ner", {})
    upstream = _listened(ner)
    kept = {"ner"}
    for name in pipeline:
        factory = components.get(name, {}).get("factory", name)
        if name in upstream or ("*" in upstream and factory in EMBEDDERS):
            kept.add(name)
    listened = [n for n in pipeline if n in kept and n != "ner"]
    if listened:
        embedding = f"ner listens to {', '.join(listened)}"
    elif ner.get("factory", "ner") == "ner":
        embedding = "ner embeds the words itself (no listener)"
    else:
        embedding = f"ner is the {ner.get('factory')} component"
    return [n for n in pipeline if n in kept], [n for n in pipeline if n not in kept], embedding


def forward(model: str, texts: list[str], batch_size: int) -> int:
    """The packaged Chinese model's forward pass, no spaCy pipeline: its spans found."""
    from ainews_cli.lac import LacTagger

    tagger = LacTagger.from_disk(Path(model) / "ner")
    found = 0
    for start in range(0, len(texts), batch_size):
        found += sum(len(spans) for spans in tagger.spans(texts[start: start + batch_size], batch_size=batch_size))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model")
    parser.add_argument("texts", type=Path, nargs="?")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--forward", action="store_true",
                        help="the packaged Chinese model's forward pass alone, without spaCy's pipeline")
    parser.add_argument("--describe", action="store_true", help="say what would be loaded, and stop")
    args = parser.parse_args()
    if args.forward and not args.describe:  # the network alone: no spaCy is imported
        assert args.texts is not None
        with args.texts.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle]
        found = forward(args.model, texts, args.batch_size)
        print(json.dumps({"forward": "LacTagger.spans", "texts": len(texts), "entities": found}), file=sys.stderr)
        return

    import spacy

    if "zh_ainews_ner" in args.model:
        import ainews_cli.lac

        ainews_cli.lac.register()  # the packaged Chinese model's component

    kept, excluded, embedding = plan(args.model)
    if args.describe:
        print(json.dumps({"kept": kept, "excluded": excluded, "embedding": embedding}))
        return
    assert args.texts is not None
    with args.texts.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    nlp = spacy.load(args.model, exclude=excluded)
    nlp.add_pipe("sentencizer")
    entities = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
        entities += len(doc.ents)
    print(json.dumps({"pipeline": nlp.pipe_names, "texts": len(texts), "entities": entities}), file=sys.stderr)


if __name__ == "__main__":
    main()
