"""Settings and their layering, and the per-language registry of spaCy pipelines.

Precedence, lowest first: built-in defaults, the config file
(``$AINEWS_HOME/config.toml``), ``AINEWS_*`` environment variables, command-line
flags.  Nothing here imports spaCy: the registry reads installed packages'
metadata only, so ``ainews --help`` stays fast.

The registry's order per language: a ``--model``/config/env setting, then the best
installed spaCy pipeline with NER (``de_core_news_lg`` before ``_sm``), then the NER
model packaged with ainews (``models/LANG_ainews_ner``, see docs/models.md), then none
(entities from the alias table only).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ainews_cli.errors import UsageError

NO_MODEL = "none"  # a model setting that turns NER off for a language (aliases only)

# Pipelines we know by name, best first per language, when several are installed.
_SIZE_RANK = {"trf": 0, "lg": 1, "md": 2, "sm": 3}
# The packaged models' folder; each model is a spaCy pipeline directory LANG_ainews_ner.
MODELS_DIR = Path(__file__).resolve().parent / "models"


@dataclass(frozen=True)
class Settings:
    home: Path
    db: Path
    models: Mapping[str, str] = field(default_factory=dict)  # lang -> package name or "none"
    aliases: Path | None = None  # the user's own alias file, merged over the packaged one
    batch_size: int = 64
    dask: str | None = None  # a Dask scheduler's address: ingest runs its analysis there


def default_home(env: Mapping[str, str]) -> Path:
    if env.get("AINEWS_HOME"):
        return Path(env["AINEWS_HOME"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("ainews", appauthor=False))


def parse_model_flags(values: list[str]) -> dict[str, str]:
    models: dict[str, str] = {}
    for value in values:
        lang, sep, name = value.partition("=")
        if not sep or not re.fullmatch(r"[a-z]{2,3}", lang.strip()) or not name.strip():
            raise UsageError(f"--model takes LANG=NAME, such as de=de_core_news_sm, not {value!r}")
        models[lang.strip()] = name.strip()
    return models


def load_settings(
    *,
    db: Path | None = None,
    models: Mapping[str, str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    env = os.environ if env is None else env
    home = default_home(env)
    config = _read_config(home / "config.toml")
    merged_models: dict[str, str] = {str(k): str(v) for k, v in config.get("models", {}).items()}
    for key, value in env.items():
        match = re.fullmatch(r"AINEWS_MODEL_([A-Z]{2,3})", key)
        if match and value:
            merged_models[match.group(1).lower()] = value
    merged_models.update(models or {})
    db_path = db or (Path(env["AINEWS_DB"]) if env.get("AINEWS_DB") else None)
    db_path = db_path or (Path(config["db"]).expanduser() if config.get("db") else home / "ainews.db")
    aliases = env.get("AINEWS_ALIASES") or config.get("aliases")
    if aliases is None and (home / "aliases.json").exists():
        aliases = str(home / "aliases.json")
    dask = env.get("AINEWS_DASK") or config.get("dask")
    return Settings(
        home=home,
        db=db_path,
        models=merged_models,
        aliases=Path(aliases).expanduser() if aliases else None,
        dask=str(dask) if dask else None,
    )


def _read_config(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"cannot read the config file {path}: {error}; fix or remove it") from error


@dataclass(frozen=True)
class PipelineInfo:
    name: str  # the importable package name, what spacy.load takes
    lang: str
    version: str
    has_ner: bool


@lru_cache(maxsize=1)
def installed_pipelines() -> tuple[PipelineInfo, ...]:
    """spaCy pipeline packages installed in this environment, from their metadata."""
    found = []
    for entry in metadata.entry_points(group="spacy_models"):
        meta = _package_meta(entry.value)
        if meta is None:
            continue
        components = meta.get("pipeline") or meta.get("components") or []
        found.append(
            PipelineInfo(
                name=entry.value,
                lang=str(meta.get("lang", "")),
                version=str(meta.get("version", "")),
                has_ner="ner" in components,
            )
        )
    return tuple(sorted(found, key=lambda info: info.name))


def _package_meta(package: str) -> dict | None:
    # find_spec locates a top-level package without importing (running) it.
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _rank(info: PipelineInfo) -> tuple[int, int, str]:
    # Official names (de_core_news_sm) before republished ones; bigger before smaller.
    parts = info.name.split("_")
    official = 0 if len(parts) == 4 and parts[1] == "core" else 1
    size = _SIZE_RANK.get(parts[3] if len(parts) > 3 else "", 4)
    return (official, size, info.name)


@dataclass(frozen=True)
class PackagedModel:
    lang: str
    path: Path  # the folder spacy.load takes
    version: str
    checksum: str  # of the weights, written by training/train.py


@lru_cache(maxsize=1)
def packaged_models() -> tuple[PackagedModel, ...]:
    """The NER models shipped inside ainews (trained by training/train.py)."""
    found = []
    for meta_path in sorted(MODELS_DIR.glob("*_ainews_ner/meta.json")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.append(PackagedModel(
            lang=str(meta.get("lang", "")),
            path=meta_path.parent,
            version=str(meta.get("version", "")),
            checksum=str(meta.get("checksum", "")),
        ))
    return tuple(found)


def packaged_model(lang: str) -> PackagedModel | None:
    return next((model for model in packaged_models() if model.lang == lang), None)


def choose_pipeline(lang: str, settings: Settings) -> str | None:
    """The pipeline to use for ``lang``: a package name or a folder (the packaged
    model), or None for the alias-only fallback."""
    configured = settings.models.get(lang)
    if configured:
        return None if configured == NO_MODEL else configured
    candidates = [info for info in installed_pipelines() if info.lang == lang and info.has_ner]
    if candidates:
        return min(candidates, key=_rank).name
    packaged = packaged_model(lang)
    return str(packaged.path) if packaged else None
