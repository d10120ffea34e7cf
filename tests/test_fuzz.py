"""The coverage-guided fuzz target (tests/fuzz/fuzz_targets.py) runs clean for a fixed
number of runs from a fixed seed: loaders, the temporal tagger and the alias matcher
never raise anything but the InputError they are meant to.  The amount of work is
fixed, not the time it takes (about a minute on two busy cores); AINEWS_FUZZ_RUNS
changes it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

TARGET = Path(__file__).resolve().parent / "fuzz" / "fuzz_targets.py"


@pytest.mark.slow
def test_fuzz_targets_run_clean(tmp_path: Path) -> None:
    runs = int(os.environ.get("AINEWS_FUZZ_RUNS", "150000"))
    result = subprocess.run(
        [sys.executable, str(TARGET), f"-runs={runs}", "-seed=20261123", "-rss_limit_mb=2048",
         f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, cwd=tmp_path, timeout=1800,  # a guard against a hang, not a measure
        env={**os.environ, "PYTHONPATH": str(TARGET.parents[2] / "src")},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    done = re.search(r"Done (\d+) runs in (\d+) second", result.stderr)
    assert done and int(done.group(1)) == runs, result.stderr[-2000:]
    print(f"fuzzing: {runs} runs in {done.group(2)} s, no crash")
