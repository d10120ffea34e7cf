"""The fact benchmark's scoring (benchmarks/facts.py): a founding with no year that the
Chinese annotators wrote for "小米集团创始人…雷军" is found through the founder's role ainews
lists, as "co-founder Ilya Sutskever" is annotated a role; a role alone finds no founding
that gives a year, nor one of another organisation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import annotated  # noqa: E402
import facts as benchmark  # noqa: E402

DOC = "zh-xiaomi-su7.md"
SENTENCE = "小米集团创始人、董事长兼首席执行官雷军在发布会上公布了价格"


def _line() -> annotated.FactLine:
    lines = [line for line in annotated.load_facts(ROOT / "benchmarks/data/eighth/facts.jsonl")
             if line.doc == DOC and line.sentence == SENTENCE]
    assert len(lines) == 1
    return lines[0]


def _role(org: str) -> dict[str, Any]:
    start = annotated.load_document(DOC).body.index("小米集团创始人")
    return {"doc": f"benchmarks/data/eighth/{DOC}", "kind": "role", "person": "Lei Jun", "role": "founder",
            "org": org, "start": start, "end": start + 19, "text": "小米集团创始人、董事长兼首席执行官雷军"}


def _found_foundings(listed: list[dict[str, Any]]) -> int:
    scored, _ = benchmark.score([_line()], listed)
    return sum(1 for s in scored for fact in s.complete if fact["kind"] == "founded")


def test_a_founder_role_finds_the_founding_with_no_year() -> None:
    assert _found_foundings([_role("Xiaomi")]) == 1


def test_no_role_or_another_organisations_finds_nothing() -> None:
    assert _found_foundings([]) == 0
    assert _found_foundings([_role("Huawei")]) == 0
