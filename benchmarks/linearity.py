"""Linearity benchmark: how the analysis stages' time grows with adversarial text, and
how long hostile input takes to be refused.

    python benchmarks/linearity.py [--runs 5] [--only NAME ...] [--skip-hostile]

The tests check what these inputs give (tests/test_properties.py, tests/test_reliability.py,
tests/test_web.py); this script times them, since a time measured on a shared machine
cannot decide whether a test passes.  For each adversarial text of tests/test_properties.py
it runs every stage but the spaCy model (language, dates, entities from the alias table,
facts) on a quarter of the text and on all of it, several times, and prints the median with
the min-max.  Linear work takes about 4 times as long on 4 times the text; a stage whose
ratio of medians is above 8 is reported as looking super-linear (unless it takes under
0.05 s on the whole text, where the ratio is noise).  The hostile files are those
tests/test_reliability.py and tests/test_web.py make; their times are printed beside the
bound the tests used to assert.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SUPER_LINEAR = 8.0  # times the quarter's median; linear is 4


STAGES = ("language", "dates", "entities", "facts")
NOISE = 0.05  # seconds: a stage faster than this on the whole text is not judged by its ratio


def timed(work: Callable[[], object], runs: int) -> list[float]:
    """Wall seconds of ``runs`` calls of ``work``, after one untimed call that warms caches."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def spread(times: list[float]) -> str:
    return f"{statistics.median(times):.3f} s ({min(times):.3f}-{max(times):.3f})"


def stage_times(text: str) -> dict[str, float]:
    """Seconds each stage takes on ``text``, chained as tests/test_properties.py's all_stages
    (and the pipeline, less spaCy's model) chains them."""
    from ainews_cli.dates import find_dates
    from ainews_cli.entities import alias_mentions, canonical_mentions
    from ainews_cli.facts import extract_facts
    from ainews_cli.ingest import analysable
    from ainews_cli.language import blocks, language_spans
    from ainews_cli.records import PubDate, Sentence, Span
    from test_properties import TABLE

    clock = [time.perf_counter()]

    def lap() -> float:
        clock.append(time.perf_counter())
        return clock[-1] - clock[-2]

    blanked = analysable(text)
    pieces = blocks(blanked, "en", language_spans(blanked, "en"))
    sentences = [(b.start, b.end) for b in pieces]
    language = lap()
    dates = find_dates(blanked, spans=[Span(b.start, b.end, b.lang, "x") for b in pieces], sentences=sentences,
                       published=PubDate("2023-11-20", "json"))
    dated = lap()
    aliases = [m for b in pieces for m in alias_mentions(blanked, b.start, b.end, TABLE, b.lang)]
    entities = canonical_mentions(blanked, [], aliases, TABLE)
    named = lap()
    extract_facts(blanked, [Sentence(b.start, b.end, b.lang) for b in pieces], entities, dates)
    return {"language": language, "dates": dated, "entities": named, "facts": lap()}


def measure(text: str, runs: int) -> dict[str, list[float]]:
    """Per stage (and "all"), the seconds of ``runs`` runs after one warm-up run."""
    stage_times(text)
    times: dict[str, list[float]] = {stage: [] for stage in (*STAGES, "all")}
    for _ in range(runs):
        for stage, seconds in stage_times(text).items():
            times[stage].append(seconds)
        times["all"].append(sum(times[stage][-1] for stage in STAGES))
    return times


def stages(runs: int, only: list[str]) -> list[str]:
    """Print the quarter/whole table; return "text: stage" for what looks super-linear."""
    from test_properties import ADVERSARIAL

    names = [name for name in sorted(ADVERSARIAL) if not only or name in only]
    print(f"Every stage but spaCy's model on a quarter of each text and on all of it, {runs} runs each: "
          "median (min-max); the ratio of the medians, linear is 4\n")
    print("| text | characters | a quarter | all of it | ratio | the stage with the highest ratio |")
    print("|---|---:|---|---|---:|---|")
    flagged = []
    for name in names:
        text = ADVERSARIAL[name]
        small, large = measure(text[: len(text) // 4], runs), measure(text, runs)
        ratios = {stage: statistics.median(large[stage]) / max(statistics.median(small[stage]), 1e-6)
                  for stage in (*STAGES, "all")}
        judged = [stage for stage in STAGES if statistics.median(large[stage]) >= NOISE]
        flagged += [f"{name}: {stage} ({ratios[stage]:.1f})" for stage in judged if ratios[stage] > SUPER_LINEAR]
        worst = max(judged, key=ratios.__getitem__, default=None)
        shown = f"{worst} {ratios[worst]:.1f}, {spread(large[worst])}" if worst else f"none over {NOISE} s"
        print(f"| {name} | {len(text):,} | {spread(small['all'])} | {spread(large['all'])} | "
              f"{ratios['all']:.1f} | {shown} |")
    print()
    return flagged


def hostile(runs: int) -> None:
    """Time the refusal of hostile input, each against the bound the tests used to assert."""
    from ainews_cli.ingest import read_file
    from test_reliability import hostile_corpus, run

    def ignore(message: str) -> None:
        del message

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        hostile_corpus(tmp / "hostile")
        bomb = tmp / "bomb.md"
        levels = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 12))
        bomb.write_text("---\nl0: &l0 [lol]\n" + levels + "title: *l11\n---\nbody\n", encoding="utf-8")
        endless = tmp / "endless.html"
        endless.write_text("<html><body><article>" + "<p>Microsoft said on Monday that it hired Sam Altman.</p>"
                           * 60_000 + "</article></body></html>", encoding="utf-8")
        entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        laughs = tmp / "laughs.rss"
        laughs.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{entities}]>'
                          '<rss version="2.0"><channel><title>x</title><item><title>a</title>'
                          "<description>&lol9;</description></item></channel></rss>", encoding="utf-8")
        databases = iter(range(1_000_000))

        def ingest(path: Path) -> None:
            result = run("ingest", str(path), "--db", str(tmp / f"{next(databases)}.db"))
            assert result.exit_code == 3, result.stderr

        cases: list[tuple[str, float, Callable[[], object]]] = [
            ("ingest the hostile folder (a new store)", 60, lambda: ingest(tmp / "hostile")),
            ("ingest a YAML alias bomb", 10, lambda: ingest(bomb)),
            ("read a page of 60,000 elements", 5, lambda: list(read_file(str(endless), ignore))),
            ("read a billion-laughs feed", 5, lambda: list(read_file(str(laughs), ignore))),
        ]
        print(f"Hostile input, {runs} runs each: median (min-max), and the bound the tests used to assert\n")
        print("| input | time | bound |")
        print("|---|---|---:|")
        for label, bound, work in cases:
            times = timed(work, runs)
            over = " (over)" if max(times) > bound else ""
            print(f"| {label} | {spread(times)} | {bound} s{over} |")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement (default 5)")
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only these adversarial texts")
    parser.add_argument("--skip-hostile", action="store_true", help="only the stages' table")
    args = parser.parse_args()
    flagged = stages(args.runs, args.only)
    if not args.skip_hostile:
        hostile(args.runs)
    if flagged:
        print(f"looks super-linear (a ratio over {SUPER_LINEAR:g}): {'; '.join(flagged)}")
    else:
        print(f"no stage looks super-linear (no ratio over {SUPER_LINEAR:g} where a stage takes {NOISE} s or more; "
              "linear is 4)")


if __name__ == "__main__":
    main()
