"""Every recipe in docs/jq.md, run as written in bash on the seeds' real output.

A recipe is a ```sh block followed by the block showing its output.  Each one runs
with the jq bindings from PyPI behind a `jq` command (tests/jq_cli.py), so the
check needs nothing outside pip, and again with the system's jq when there is one
(Debian's jq 1.6 here), which checks the recipes work with an older jq too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "jq.md"
BIN = Path(sys.executable).parent  # where pip put the ainews command


def parse(text: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The set-up commands (```sh blocks without an output) and the recipes:
    (heading, command, expected output)."""
    setup, recipes = [], []
    heading = ""
    blocks = re.finditer(r"^## (?P<heading>[^\n]+)$|^```sh\n(?P<command>.*?)^```\n"
                         r"(?:\n```(?:text|json)\n(?P<output>.*?)^```$)?", text, flags=re.MULTILINE | re.DOTALL)
    for block in blocks:
        if block["heading"]:
            heading = block["heading"]
        elif block["output"] is None:
            setup.append(block["command"])
        else:
            recipes.append((heading, block["command"], block["output"]))
    return setup, recipes


SETUP, RECIPES = parse(DOC.read_text(encoding="utf-8"))


def test_the_doc_has_its_recipes() -> None:
    assert SETUP == ["ainews ingest seeds/\n"]
    assert len(RECIPES) >= 10
    assert all(command.startswith(("ainews ", "{ ainews ")) and "| jq " in command for _, command, _ in RECIPES)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store the doc's set-up command fills, with the real English model."""
    home = tmp_path_factory.mktemp("jq-home")
    for command in SETUP:
        subprocess.run(["bash", "-c", command], cwd=ROOT, env=environment(home, BIN), check=True,
                       capture_output=True)
    return home


@pytest.fixture(scope="module")
def pip_jq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose `jq` runs tests/jq_cli.py."""
    folder = tmp_path_factory.mktemp("jq-bin")
    script = folder / "jq"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ROOT / "tests" / "jq_cli.py"}" "$@"\n')
    script.chmod(0o755)
    return folder


def environment(home: Path, *path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AINEWS_")}
    return {**env, "AINEWS_HOME": str(home), "NO_COLOR": "1",
            "PATH": os.pathsep.join([*map(str, path), env.get("PATH", "")])}


@pytest.mark.parametrize("jq", ["pip", "system"])
@pytest.mark.parametrize(("heading", "command", "expected"), RECIPES, ids=[r[0] for r in RECIPES])
def test_recipe(heading: str, command: str, expected: str, jq: str, home: Path, pip_jq: Path) -> None:
    if jq == "pip":
        env = environment(home, pip_jq, BIN)
    else:
        if shutil.which("jq") is None:
            pytest.skip("no jq on PATH: the recipes were checked with the jq bindings from PyPI only")
        env = environment(home, BIN)
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, f"{heading}: {result.stderr}"
    assert result.stdout == expected, (
        f"docs/jq.md, '{heading}': the recipe printed something else (diff above); if ainews's "
        "output changed on purpose, put the new output in the doc")
