"""Docs that cannot drift: the command reference is the real --help, every command
is documented, and docs/config.md lists exactly the settings config.py reads."""

from __future__ import annotations

import difflib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.config import MODELS_DIR, SETTINGS

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_commands_doc", ROOT / "scripts" / "gen_commands_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_commands_md_is_the_real_help() -> None:
    gen = generator()
    expected = gen.render()
    actual = (DOCS / "commands.md").read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(actual.splitlines(True), expected.splitlines(True),
                                                 "docs/commands.md", "--help now"))[:60])
        pytest.fail(f"docs/commands.md differs from the commands' --help; regenerate it with "
                    f"`{gen.REGENERATE}` and commit it.\n{diff}")


def test_every_command_has_help_and_is_in_the_reference_and_the_readme() -> None:
    reference = (DOCS / "commands.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paths = generator().command_paths()
    assert ["timeline"] in paths and ["config", "show"] in paths and ["store", "check"] in paths
    for path in paths[1:]:
        name = " ".join(["ainews", *path])
        result = CliRunner().invoke(app, [*path, "--help"])
        assert result.exit_code == 0, name
        summary = result.stdout.split("\n\n")[1].strip()
        assert len(summary) > 10, f"{name} has no help text: give its function a docstring"
        assert f"\n## {name}\n" in reference, f"{name} is missing from docs/commands.md"
        assert f"`{name}" in readme, f"{name} is missing from the README's command list"


def documented_keys() -> dict[str, tuple[str, str]]:
    """key -> (environment variable, flag) from the table in docs/config.md."""
    keys = {}
    for line in (DOCS / "config.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"`\w+`", cells[0]):
            keys[cells[0].strip("`")] = (cells[1].strip("`"), cells[2].strip("`"))
    return keys


def test_config_md_documents_exactly_the_keys_config_py_reads() -> None:
    documented = documented_keys()
    read = {s.key: (s.env or "", s.flag or "") for s in SETTINGS if s.in_file}
    assert set(read) - set(documented) == set(), "keys read by config.py but missing from docs/config.md's table"
    assert set(documented) - set(read) == set(), "keys in docs/config.md that config.py does not read"
    for key, (env, flag) in read.items():
        assert documented[key][0] == env, f"docs/config.md: {key} is set by {env or 'no variable'}"
        assert documented[key][1].split(" ")[0] == flag.split(" ")[0], f"docs/config.md: {key}'s flag is {flag}"


def blocks(text: str, language: str = "") -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL)


def test_config_md_example_sets_every_key_and_show_prints_what_the_doc_says(tmp_path: Path) -> None:
    text = (DOCS / "config.md").read_text(encoding="utf-8")
    [example] = blocks(text, "toml")
    [shown] = [block for block in blocks(text) if block.startswith("$ AINEWS_WORKERS=4 ainews config show")]
    data_home = tmp_path / "share"
    (data_home / "ainews").mkdir(parents=True)
    (data_home / "ainews" / "config.toml").write_text(example, encoding="utf-8")
    # The user data folder of a user /home/me, as in the doc, with the example config file.
    env = {"AINEWS_HOME": None, "XDG_DATA_HOME": str(data_home), "HOME": "/home/me", "AINEWS_WORKERS": "4"}
    result = CliRunner().invoke(app, ["config", "show", "--format", "csv"], env=env)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.replace(str(data_home), "/home/me/.local/share") \
        .replace(str(MODELS_DIR), ".../site-packages/ainews_cli/models").splitlines()
    rows = {line.split(",")[0]: line.split(",")[2] for line in lines[1:]}
    assert {key for key, source in rows.items() if source == "config file"} >= {
        s.key for s in SETTINGS if s.in_file and s.kind != "models" and s.key != "workers"}
    assert rows["models.de"] == rows["models.fr"] == "config file"
    # Pipelines chosen by default depend on what is installed: compare the rest.
    expected = shown.splitlines()[1:]
    assert [line for line in lines if ",default,installed spaCy pipeline" not in line] == \
        [line for line in expected if ",default,installed spaCy pipeline" not in line]


def test_config_md_error_example_is_the_real_message(tmp_path: Path) -> None:
    text = (DOCS / "config.md").read_text(encoding="utf-8")
    [shown] = [block for block in blocks(text) if block.startswith("ainews: error:")]
    (tmp_path / "config.toml").write_text('db = "news.db"\nworker = 2\n')
    result = CliRunner().invoke(app, ["timeline"], env={"AINEWS_HOME": str(tmp_path)})
    assert result.exit_code == 2
    assert result.stderr.replace(str(tmp_path), "/home/me/.local/share/ainews") == shown
