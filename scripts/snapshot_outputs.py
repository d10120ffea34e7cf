"""Write what every command and format prints, so two commits can be compared byte by byte.

    python scripts/snapshot_outputs.py OUT [--corpus FILE.jsonl] [--ainews "python -m ainews_cli"]

For each case it writes OUT/<case>.out (stdout), .err (stderr) and .code (the exit
status), over a fresh store of the seeds and, with --corpus, a second fresh store of
that corpus (benchmarks/throughput.py writes one with --keep-corpus).  To compare a
change with the commit before it:

    git worktree add /tmp/before <commit>
    PYTHONPATH=/tmp/before/src python scripts/snapshot_outputs.py /tmp/out-before
    python scripts/snapshot_outputs.py /tmp/out-after
    diff -r /tmp/out-before /tmp/out-after

The store path and the temporary folder are the same in every run, so paths printed
in the output compare equal.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
WORK = Path("/tmp/ainews-snapshot")

BASIC = ("table", "json", "jsonl", "csv")
EXPORTS = ("timelinejs", "timelinejs-csv", "jsonld", "ics")


def cases(inputs: str, company: str, person: str) -> list[tuple[str, list[str]]]:
    """(name, arguments after `ainews`) for every command, format and main option."""
    found: list[tuple[str, list[str]]] = []
    for fmt in BASIC:
        found.append((f"ingest-again.{fmt}", ["ingest", inputs, "--format", fmt]))
    for fmt in (*BASIC, *EXPORTS):
        found.append((f"timeline.{fmt}", ["timeline", "--format", fmt]))
        found.append((f"timeline-paths.{fmt}", ["timeline", inputs, "--format", fmt]))
        found.append((f"profile-company.{fmt}", ["entities", "--company", company, "--format", fmt]))
        found.append((f"profile-person.{fmt}", ["entities", "--person", person, "--format", fmt]))
        found.append((f"profile-paths.{fmt}", ["entities", inputs, "--company", company, "--format", fmt]))
    for fmt in BASIC:
        found += [
            (f"timeline-explain.{fmt}", ["timeline", "--explain", "--format", fmt]),
            (f"timeline-paths-explain.{fmt}", ["timeline", inputs, "--explain", "--format", fmt]),
            (f"timeline-filtered.{fmt}", ["timeline", "--since", "2023-11", "--until", "2023-11-20", "--format", fmt]),
            (f"timeline-entity.{fmt}", ["timeline", "--entity", company, "--format", fmt]),
            (f"timeline-lang.{fmt}", ["timeline", "--lang", "de", "--format", fmt]),
            (f"timeline-paths-filtered.{fmt}", ["timeline", inputs, "--since", "2019", "--entity", person,
                                                "--format", fmt]),
            (f"timeline-group.{fmt}", ["timeline", "--group-by", "entity", "--format", fmt]),
            (f"timeline-paths-group.{fmt}", ["timeline", inputs, "--group-by", "entity", "--format", fmt]),
            (f"entities.{fmt}", ["entities", "--format", fmt]),
            (f"entities-explain.{fmt}", ["entities", "--explain", "--format", fmt]),
            (f"entities-type.{fmt}", ["entities", "--type", "person", "--format", fmt]),
            (f"entities-paths.{fmt}", ["entities", inputs, "--format", fmt]),
            (f"profile-explain.{fmt}", ["entities", "--company", company, "--explain", "--format", fmt]),
            (f"facts.{fmt}", ["facts", "--format", fmt]),
            (f"facts-entity.{fmt}", ["facts", "--entity", company, "--format", fmt]),
            (f"facts-type.{fmt}", ["facts", "--type", "role", "--format", fmt]),
            (f"facts-paths.{fmt}", ["facts", inputs, "--format", fmt]),
            (f"extract.{fmt}", ["extract", inputs, "--format", fmt]),
            (f"store-check.{fmt}", ["store", "check", "--format", fmt]),
            (f"config-show.{fmt}", ["config", "show", "--format", fmt]),
        ]
    found += [
        ("timeline-json-flag", ["timeline", "--json"]),
        ("timeline-html", ["timeline", "--html", str(WORK / "timeline.html")]),
        ("timeline-html-json", ["timeline", "--html", str(WORK / "timeline-json.html"), "--format", "json"]),
        ("timeline-bad-since", ["timeline", "--since", "2023-1-5"]),
        ("timeline-bad-format", ["timeline", "--format", "xml"]),
        ("entities-export-list", ["entities", "--format", "ics"]),
        ("profile-unknown", ["entities", "--company", "Microsofd"]),
        ("profile-wrong-kind", ["entities", "--person", company]),
        ("facts-bad-type", ["facts", "--type", "nothing"]),
        ("ingest-missing", ["ingest", str(WORK / "missing.txt")]),
        ("config-path", ["config", "path"]),
    ]
    return found


def run(ainews: list[str], out: Path, name: str, args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run([*ainews, *args], capture_output=True, env=env, cwd=WORK)
    (out / f"{name}.out").write_bytes(result.stdout)
    (out / f"{name}.err").write_bytes(result.stderr)
    (out / f"{name}.code").write_text(f"{result.returncode}\n")
    if name.endswith("html") or "html-" in name:
        for page in WORK.glob("*.html"):
            shutil.copyfile(page, out / f"{name}.{page.name}")
            page.unlink()


def snapshot(ainews: list[str], out: Path, label: str, inputs: str, company: str, person: str) -> None:
    home = WORK / f"home-{label}"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    env = {**os.environ, "AINEWS_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "120", "PYTHONHASHSEED": "0"}
    for name in ("AINEWS_DB", "AINEWS_ALIASES", "AINEWS_WORKERS", "AINEWS_DASK"):
        env.pop(name, None)
    target = out / label
    target.mkdir(parents=True, exist_ok=True)
    run(ainews, target, "ingest-first.json", ["ingest", inputs, "--format", "json"], env)
    for name, args in cases(inputs, company, person):
        run(ainews, target, name, args, env)
        print(f"{label}/{name}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, help="a JSON Lines corpus to snapshot beside the seeds")
    parser.add_argument("--ainews", default=f"{shlex.quote(sys.executable)} -m ainews_cli",
                        help="the command that runs ainews (default: this Python's ainews_cli)")
    args = parser.parse_args()
    ainews = shlex.split(args.ainews)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    seeds = WORK / "seeds"
    shutil.copytree(SEEDS, seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    snapshot(ainews, args.out, "seeds", "seeds", "Microsoft", "Sam Altman")
    if args.corpus:
        shutil.copyfile(args.corpus, WORK / "corpus.jsonl")
        snapshot(ainews, args.out, "corpus", "corpus.jsonl", "Microsoft", "Sam Altman")


if __name__ == "__main__":
    main()
