"""Values for shell completion (typer's ``--install-completion``).

The shell runs ``ainews`` on every Tab press with ``_AINEWS_COMPLETE`` set; typer
calls these functions with the word typed so far.  They import little, never
raise and never write: a store is read only when its file exists, read-only, and
any problem (a broken config file, a locked or foreign database) just means no
suggestions.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any


def _fit(values: Iterable[str], incomplete: str) -> list[str]:
    # Typer keeps only values that start with the word as typed, case and all.
    found = [value for value in values if value.startswith(incomplete)]
    if os.environ.get("_AINEWS_COMPLETE", "").endswith("bash"):
        # Bash inserts a value as it is, so a name with a space must arrive escaped
        # ("Sam\ Altman") to stay one argument; but typer compares values with the
        # unescaped word, so once the word holds a space nothing can be offered.
        if " " in incomplete:
            return []
        found = [value.replace(" ", "\\ ") for value in found]
    return found


def formats(incomplete: str) -> list[str]:
    from ainews_cli.render import BASIC_FORMATS

    return _fit(BASIC_FORMATS, incomplete)


def timeline_formats(incomplete: str) -> list[str]:
    """A timeline's or a profile's formats: the basic ones and those for other tools."""
    from ainews_cli.render import FORMATS

    return _fit(FORMATS, incomplete)


def entity_types(incomplete: str) -> list[str]:
    from ainews_cli.entities import ENTITY_TYPES

    return _fit(ENTITY_TYPES, incomplete)


def fact_kinds(incomplete: str) -> list[str]:
    from ainews_cli.records import FACT_KINDS

    return _fit(FACT_KINDS, incomplete)


def group_by(incomplete: str) -> list[str]:
    return _fit(["entity"], incomplete)


def models(incomplete: str) -> list[str]:
    """LANG=NAME for every installed spaCy pipeline with NER and the packaged
    models, and LANG=none, read from package metadata (nothing is loaded)."""
    try:
        from ainews_cli.config import NO_MODEL, installed_pipelines, packaged_models

        pairs = {f"{info.lang}={info.name}" for info in installed_pipelines() if info.has_ner and info.lang}
        pairs |= {f"{model.lang}={model.path}" for model in packaged_models()}
        pairs |= {f"{pair.split('=')[0]}={NO_MODEL}" for pair in pairs}
    except Exception:  # completion must never fail
        return []
    return _fit(sorted(pairs), incomplete)


def companies(ctx: Any, incomplete: str) -> list[str]:
    return _fit(_from_store(ctx, "names", incomplete, "ORG"), incomplete)


def people(ctx: Any, incomplete: str) -> list[str]:
    return _fit(_from_store(ctx, "names", incomplete, "PERSON"), incomplete)


def entity_names(ctx: Any, incomplete: str) -> list[str]:
    return _fit(_from_store(ctx, "names", incomplete), incomplete)


def langs(ctx: Any, incomplete: str) -> list[str]:
    return _fit(_from_store(ctx, "langs", incomplete), incomplete)


def _from_store(ctx: Any, what: str, incomplete: str, label: str | None = None) -> list[str]:
    try:
        from pathlib import Path

        from ainews_cli.config import load_settings
        from ainews_cli.store import Store

        flag = (getattr(ctx, "params", None) or {}).get("db")
        store = Store.read_only(Path(flag) if flag else load_settings().db)
        if store is None:
            return []
        with store:
            return store.langs_like(incomplete) if what == "langs" else store.names_like(incomplete, label=label)
    except Exception:  # a broken config or store: no suggestions, never an error mid-completion
        return []
