"""Runs ainews itself on benchmark documents: `ainews COMMAND PATHS --json` in a
temporary home, so the benchmarks score exactly what the command lists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_ainews(command: Sequence[str], paths: Sequence[Path], *, home: Path | None = None) -> Any:
    """The decoded JSON output of `ainews COMMAND PATHS --json`; paths are given relative
    to the repository, so each record's `doc` is `benchmarks/data/.../NAME`."""
    with tempfile.TemporaryDirectory(prefix="ainews-bench-") as temporary:
        env = {**os.environ, "AINEWS_HOME": str(home or temporary), "OMP_NUM_THREADS": "1"}
        env.pop("AINEWS_DB", None)
        args = [sys.executable, "-m", "ainews_cli", *command, *(str(p.relative_to(ROOT)) for p in paths), "--json"]
        done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"ainews {' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
        return json.loads(done.stdout)
