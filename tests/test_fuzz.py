"""The coverage-guided fuzz target (tests/fuzz/fuzz_targets.py) runs clean for a
bounded time: loaders, the temporal tagger and the alias matcher never raise
anything but the InputError they are meant to."""

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
    seconds = int(os.environ.get("AINEWS_FUZZ_SECONDS", "45"))
    result = subprocess.run(
        [sys.executable, str(TARGET), f"-max_total_time={seconds}", "-seed=20261123", "-rss_limit_mb=2048",
         f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, timeout=seconds + 120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(TARGET.parents[2] / "src")},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    runs = re.search(r"Done (\d+) runs", result.stderr)
    assert runs and int(runs.group(1)) > 10_000, result.stderr[-2000:]
    print(f"fuzzing: {runs.group(1)} runs in {seconds} s, no crash")
