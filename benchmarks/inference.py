"""Inference benchmark: publication dates inferred for undated articles, against their true dates.

    python benchmarks/inference.py [--keep FOLDER]

One fresh store gets the 17 dated articles of benchmarks/data/events/, the four seeds and
the 17 undated articles of benchmarks/data/undated/ (`ainews ingest`, the real pipeline,
inference on);
`ainews extract --explain --json` then gives each undated article's inferred publication
date or why there is none.  Per article the table says what was expected (undated.jsonl:
the true publication date, and whether a careful reader can infer it from the other
articles) and what ainews did:

- correct: a date or range was inferred and the true date lies within it;
- wrong: a date or range was inferred and the true date does not lie within it (or the
  article has no true date, or is marked not inferable);
- withheld: nothing was inferred (right for those marked not inferable, a miss for the others).

Nothing here is tuned on these articles beyond what the seeds' own target asks (see
docs/dates.md, "Inferred publication dates").
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import annotated

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def ainews(args: list[str], home: Path) -> str:
    env = {**os.environ, "AINEWS_HOME": str(home), "NO_COLOR": "1", "OMP_NUM_THREADS": "1"}
    for name in ("AINEWS_DB", "AINEWS_INFER"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "ainews_cli", *args], capture_output=True, text=True, env=env,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"ainews {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def verdict(inferable: bool, true: str | None, first: str | None, last: str | None) -> str:
    if first is None or last is None:
        return "withheld" if not inferable else "withheld (missed)"
    if inferable and true is not None and first <= true <= last:
        return "correct"
    return "wrong"


@dataclass(frozen=True)
class Row:
    """One undated article: what was expected and what ainews did."""

    doc: str
    lang: str
    true_published: str | None
    inferable: bool
    first: str | None  # the inferred days, or None
    last: str | None
    verdict: str
    reason: str


def evaluate(work: Path) -> tuple[list[Row], list[dict[str, Any]]]:
    """Build the pile and the store in ``work``; each undated article's row, and the seeds' records."""
    lines = annotated.load_undated()
    pile = work / "pile"
    shutil.rmtree(pile, ignore_errors=True)
    for folder in ("events", "undated"):
        (pile / folder).mkdir(parents=True)
        for name in annotated.articles(folder):
            shutil.copyfile(DATA / folder / name, pile / folder / name)
    shutil.copytree(ROOT / "seeds", pile / "seeds")
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    ainews(["ingest", str(pile)], home)
    records = json.loads(ainews(["extract", str(pile / "undated"), "--explain", "--json"], home))
    by_name = {Path(record["doc"]).name: record for record in records}
    seeds = json.loads(ainews(["extract", str(pile / "seeds"), "--explain", "--json"], home))
    rows = []
    for line in sorted(lines, key=lambda line: line.doc):
        record = by_name[line.doc]
        published = record["published"]
        inferred = published if published and published["source"] == "inferred" else None
        first, last = (inferred["first"], inferred["last"]) if inferred else (None, None)
        reason = record["inference"]["reason"] if record.get("inference") else "no inference"
        rows.append(Row(line.doc, record["lang"], line.true_published, line.inferable, first, last,
                        verdict(line.inferable, line.true_published, first, last),
                        reason.replace(str(pile) + "/", "")))
    for record in seeds:
        record["doc"] = str(Path(record["doc"]).relative_to(pile))
        if record.get("inference"):
            record["inference"]["reason"] = record["inference"]["reason"].replace(str(pile) + "/", "")
    return rows, seeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ainews-inference-"))
    try:
        rows, seeds = evaluate(work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    header = f"{'article':30} {'lang':4} {'true date':10} {'inferable':9}  {'ainews':23} verdict"
    print(header)
    print("-" * len(header))
    counts = {"correct": 0, "wrong": 0, "withheld": 0, "withheld (missed)": 0}
    reasons = []
    for row in rows:
        shown = (row.first if row.first == row.last else f"{row.first} – {row.last}") if row.first else "—"
        counts[row.verdict] += 1
        print(f"{row.doc:30} {row.lang:4} {row.true_published or '—':10} {'yes' if row.inferable else 'no':9}"
              f"  {shown:23} {row.verdict}")
        reasons.append(f"{row.doc}: {row.reason}")
    inferred_n = counts["correct"] + counts["wrong"]
    inferable = sum(row.inferable for row in rows)
    print()
    print(f"inferred {inferred_n} (correct {counts['correct']}, wrong {counts['wrong']}); withheld "
          f"{counts['withheld'] + counts['withheld (missed)']} ({counts['withheld']} rightly, "
          f"{counts['withheld (missed)']} of the {inferable} inferable missed)")
    if inferred_n:
        print(f"precision {counts['correct'] / inferred_n:.3f}, recall {counts['correct'] / inferable:.3f}")
    print()
    print("The undated seeds in the same pile (the issue's target: 002 dated 2023-11-20 to 2023-11-21, 001 undated):")
    for record in seeds:
        if record.get("inference"):
            inference = record["inference"]
            shown = inference["date"] or "—"
            print(f"  {Path(record['doc']).name:30} {record['lang']:4} {shown}")
            reasons.append(f"{Path(record['doc']).name}: {inference['reason']}")
    print()
    print("Why, per article (ainews extract --explain):")
    for reason in reasons:
        print(f"  {reason}")


if __name__ == "__main__":
    main()
