"""Per-language data files (data/languages/*.toml) and how the stages read them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ainews_cli import analyse, languages
from ainews_cli.config import load_settings

DATA = Path(__file__).resolve().parents[1] / "src" / "ainews_cli" / "data" / "languages"
STAGES = {"language", "page", "entities", "events", "facts"}


def test_every_data_file_is_a_listed_language() -> None:
    assert sorted(path.stem for path in DATA.glob("*.toml")) == sorted(languages.LANGUAGES)


@pytest.mark.parametrize("lang", languages.LANGUAGES)
def test_a_data_file_groups_its_entries_by_stage(lang: str) -> None:
    data = languages.data(lang)
    assert set(data) <= STAGES
    for path, value in _leaves(data):
        if isinstance(value, list) and any(key.endswith("_patterns") for key in path.split(".")):
            for pattern in value:
                re.compile(pattern)
        elif isinstance(value, list):
            assert all(isinstance(word, str) and word for word in value), path


def _leaves(node: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for key, value in node.items():
        path = f"{prefix}{key}"
        found += _leaves(value, path + ".") if isinstance(value, dict) else [(path, value)]
    return found


def fake_files(monkeypatch: pytest.MonkeyPatch, files: dict[str, dict[str, Any]]) -> None:
    monkeypatch.setattr(languages, "LANGUAGES", tuple(files))
    monkeypatch.setattr(languages, "data", files.__getitem__)


def test_lists_join_in_language_order_each_entry_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_files(monkeypatch, {"en": {"events": {"attribution": ["according to", "reported"]}},
                             "de": {"events": {"attribution": ["laut", "reported"]}},
                             "fr": {}})
    assert languages.words("events.attribution") == ["according to", "reported", "laut"]
    assert languages.per_language("events.attribution") == {"en": ["according to", "reported"],
                                                            "de": ["laut", "reported"]}
    assert languages.either(languages.words("events.clause_breaks")) == "(?!)"  # never matches


def test_plain_words_may_not_hide_regex_syntax(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_files(monkeypatch, {"en": {"facts": {"as_role": ["as"], "loss_patterns": [r"lost\w*"]}},
                             "de": {"facts": {"as_role": [r"al\w*"]}}})
    with pytest.raises(ValueError, match="_patterns"):
        languages.words("facts.as_role")
    with pytest.raises(ValueError, match="words"):
        languages.patterns("facts.as_role")
    assert languages.patterns("facts.loss_patterns") == [r"lost\w*"]


def test_one_word_may_not_mean_two_things(monkeypatch: pytest.MonkeyPatch) -> None:
    # German "Billion" is the English "trillion": both in one merged table would be wrong.
    fake_files(monkeypatch, {"en": {"facts": {"scales": {"billion": 1e9, "k": 1e3}}},
                             "de": {"facts": {"scales": {"billion": 1e12, "k": 1e3}}}})
    with pytest.raises(ValueError, match="billion"):
        languages.table("facts.scales")


def test_the_pipeline_version_changes_with_a_language_file(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    settings = load_settings(env={"AINEWS_HOME": str(tmp_path)})
    before = analyse.pipeline_version(settings)
    original = languages.text
    monkeypatch.setattr(languages, "text", lambda lang: original(lang) + "\n# changed\n")
    assert analyse.pipeline_version(settings) != before
