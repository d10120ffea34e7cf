from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def ainews_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty AINEWS_HOME; nothing touches the user's store."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("AINEWS_HOME", str(home))
    for name in ("AINEWS_DB", "AINEWS_ALIASES", "AINEWS_MODEL_EN", "AINEWS_MODEL_DE", "AINEWS_MODEL_ZH",
                 "AINEWS_WORKERS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return home


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One store holding the four seeds, shared by the tests that only read it."""
    from typer.testing import CliRunner

    from ainews_cli.cli import app

    path = str(tmp_path_factory.mktemp("seeds") / "ainews.db")
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", path])
    assert result.exit_code == 0, result.stderr
    return path
