"""Settings and their layering, and the per-language registry of spaCy pipelines.

Precedence, lowest first: built-in defaults, the config file
(``$AINEWS_HOME/config.toml``), ``AINEWS_*`` environment variables, command-line
flags.  ``SETTINGS`` is the table of every setting (docs/config.md documents each
row); ``resolve_settings`` also says where each value came from.  Nothing here
imports spaCy: the registry reads installed packages' metadata only, so
``ainews --help`` stays fast.

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
from pathlib import Path
from typing import Any

from ainews_cli.errors import AinewsError, UsageError

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
    workers: int = 1
    dask: str | None = None  # a Dask scheduler's address: ingest runs its analysis there
    fetch_timeout: float = 20  # seconds for fetching one URL (`ainews ingest URL`)
    infer: bool = True  # infer undated documents' publication dates from the store (infer.py)


# Where a value came from, lowest precedence first.
DEFAULT, CONFIG_FILE, ENVIRONMENT, FLAG = "default", "config file", "environment", "flag"


@dataclass(frozen=True)
class Setting:
    """One setting: its key in config.toml (and field of Settings), how its value
    is read, and where else it can be set.  Add a setting by adding a row to
    SETTINGS and a field to Settings; docs/config.md documents every row (a test
    checks it) and ``ainews config init`` and ``config show`` list it."""

    key: str
    kind: str  # "path", "text", "count" (a whole number >= 1), "seconds" (0 < s <= 3600),
    # "switch" (true or false), or "models" (a table LANG = NAME)
    help: str
    default: str  # the default in words, for the docs and the example file
    example: str = ""  # a value as written in config.toml, for the example file
    env: str | None = None
    flag: str | None = None
    in_file: bool = True  # False: cannot be set in config.toml (the home folder holds the file)


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "path", "The folder that holds the store, config.toml and aliases.json.",
            "the user data folder (~/.local/share/ainews on Linux)", env="AINEWS_HOME", in_file=False),
    Setting("db", "path", "The store file.", "ainews.db in the home folder", '"~/news/ainews.db"',
            env="AINEWS_DB", flag="--db"),
    Setting("aliases", "path", "Your own alias table, merged over the packaged one (docs/aliases.md).",
            "aliases.json in the home folder if it exists, else none", '"my-aliases.json"', env="AINEWS_ALIASES"),
    Setting("models", "models", "The spaCy pipeline per language: LANG = NAME, NAME a package, a folder, "
            "or 'none' for the alias table only (docs/models.md).",
            "the best installed pipeline with NER, else the packaged model, else none",
            'de = "de_core_news_lg"\nfr = "none"', env="AINEWS_MODEL_<LANG>", flag="--model LANG=NAME"),
    Setting("workers", "count", "Processes `ainews ingest` analyses in (each loads the models once).", "1", "2",
            env="AINEWS_WORKERS", flag="--workers"),
    Setting("batch_size", "count", "Texts a spaCy pipeline is given at once.", "64", "32"),
    Setting("dask", "text", "A Dask scheduler's address: `ainews ingest` analyses on its workers "
            "(docs/scale-out.md).", "none: analyse on this machine", '"tcp://scheduler:8786"', env="AINEWS_DASK",
            flag="--dask ADDRESS"),
    Setting("fetch_timeout", "seconds", "Seconds `ainews ingest URL` waits for one page or feed, the whole "
            "answer included (docs/inputs.md).", "20", "60", env="AINEWS_FETCH_TIMEOUT"),
    Setting("infer", "switch", "Infer a publication date for an undated document from the happenings it tells "
            "that other documents date, where the evidence holds (docs/dates.md).", "true", "false",
            env="AINEWS_INFER", flag="--no-infer"),
)
SETTINGS_BY_KEY = {setting.key: setting for setting in SETTINGS}


@dataclass(frozen=True)
class SettingValue:
    """One effective setting and where it came from, as ``ainews config show`` lists it."""

    key: str  # "db", or "models.de" for one language of a table
    value: str | int | float | None
    source: str  # default, config file, environment or flag
    origin: str | None  # the file and line, the variable, the flag, or how a default was found

    def to_dict(self) -> dict[str, str | int | float | None]:
        return {"key": self.key, "value": self.value, "source": self.source, "origin": self.origin}


def default_home(env: Mapping[str, str]) -> Path:
    if env.get("AINEWS_HOME"):
        return Path(env["AINEWS_HOME"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("ainews", appauthor=False))


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """The config file's path, whether or not it exists."""
    return default_home(os.environ if env is None else env) / "config.toml"


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
    return resolve_settings(db=db, models=models, env=env)[0]


def resolve_settings(
    *,
    db: Path | None = None,
    models: Mapping[str, str] | None = None,
    env: Mapping[str, str] | None = None,
) -> tuple[Settings, list[SettingValue]]:
    """The settings, layered (defaults, config file, environment, flags), and where
    each value came from.  Raises UsageError naming the file and line for a config
    file that is not valid TOML or holds an unknown key or a wrong type, and naming
    the variable for a bad environment value."""
    env = os.environ if env is None else env
    home = default_home(env)
    chosen: dict[str, SettingValue] = {
        "home": SettingValue("home", str(home), ENVIRONMENT, "AINEWS_HOME") if env.get("AINEWS_HOME")
        else SettingValue("home", str(home), DEFAULT, "user data folder"),
    }
    path = home / "config.toml"
    config = ConfigFile.read(path)
    flags: dict[str, object] = {"db": db}
    for setting in SETTINGS:
        if setting.kind == "models" or setting.key == "home":
            continue
        chosen[setting.key] = _default(setting, home)
        if setting.key in config.values:
            chosen[setting.key] = SettingValue(setting.key, config.values[setting.key], CONFIG_FILE,
                                               config.origin(setting.key))
        if setting.env and env.get(setting.env):
            chosen[setting.key] = SettingValue(setting.key, _from_env(setting, env[setting.env]), ENVIRONMENT,
                                               setting.env)
        if flags.get(setting.key) is not None:
            chosen[setting.key] = SettingValue(setting.key, str(flags[setting.key]), FLAG, setting.flag)
    model_values: dict[str, SettingValue] = {}
    for lang, name in config.models.items():
        model_values[lang] = SettingValue(f"models.{lang}", name, CONFIG_FILE, config.origin("models", lang))
    for variable, text in env.items():
        match = re.fullmatch(r"AINEWS_MODEL_([A-Z]{2,3})", variable)
        if match and text:
            lang = match.group(1).lower()
            model_values[lang] = SettingValue(f"models.{lang}", text, ENVIRONMENT, variable)
    for lang, name in (models or {}).items():
        model_values[lang] = SettingValue(f"models.{lang}", name, FLAG, "--model")
    fields: dict[str, Any] = {}
    for setting in SETTINGS:
        if setting.key != "home" and setting.kind != "models":
            value = chosen[setting.key].value
            fields[setting.key] = (Path(str(value)) if value else None) if setting.kind == "path" else value
    settings = Settings(home=home, models={lang: str(value.value) for lang, value in sorted(model_values.items())},
                        **fields)
    values = [chosen[setting.key] for setting in SETTINGS if setting.key in chosen]
    values.extend(model_values[lang] for lang in sorted(model_values))
    return settings, values


def _default(setting: Setting, home: Path) -> SettingValue:
    if setting.key == "db":
        return SettingValue("db", str(home / "ainews.db"), DEFAULT, "home folder")
    if setting.key == "aliases":
        found = home / "aliases.json"
        if found.exists():
            return SettingValue("aliases", str(found), DEFAULT, "home folder")
        return SettingValue("aliases", None, DEFAULT, "none: the packaged table only")
    if setting.kind == "count":
        return SettingValue(setting.key, int(setting.default), DEFAULT, None)
    if setting.kind == "seconds":
        return SettingValue(setting.key, _seconds(setting.default), DEFAULT, None)
    if setting.kind == "switch":
        return SettingValue(setting.key, setting.default == "true", DEFAULT, None)
    return SettingValue(setting.key, None, DEFAULT, None)


def _from_env(setting: Setting, text: str) -> str | int | float:
    if setting.kind == "count":
        if not text.strip().isdigit() or int(text) < 1:
            raise UsageError(f"{setting.env} must be a whole number of 1 or more, not {text!r}; "
                             f"fix or unset it")
        return int(text)
    if setting.kind == "seconds":
        seconds = _seconds(text)
        if seconds is None:
            raise UsageError(f"{setting.env} must be a number of seconds above 0 and at most 3600, not {text!r}; "
                             "fix or unset it")
        return seconds
    if setting.kind == "switch":
        switch = _SWITCH.get(text.strip().lower())
        if switch is None:
            raise UsageError(f"{setting.env} must be true or false (or 1, 0, yes, no), not {text!r}; fix or unset it")
        return switch
    return text if setting.kind == "text" else str(Path(text).expanduser())


_SWITCH = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False, "off": False}


def _seconds(value: object) -> int | float | None:
    """A number of seconds above 0 and at most an hour, as written (20, 0.5), else None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not 0 < number <= 3600:
        return None
    return int(number) if number.is_integer() else number


def default_models(settings: Settings) -> list[SettingValue]:
    """The pipeline each language gets when none is configured: what ``config show``
    lists for the languages that have an installed or packaged pipeline."""
    langs = {info.lang for info in installed_pipelines() if info.has_ner} | {m.lang for m in packaged_models()}
    values = []
    for lang in sorted(langs - set(settings.models)):
        installed = [info for info in installed_pipelines() if info.lang == lang and info.has_ner]
        if installed:
            values.append(SettingValue(f"models.{lang}", min(installed, key=_rank).name, DEFAULT,
                                       "installed spaCy pipeline"))
        else:
            packaged = packaged_model(lang)
            if packaged:
                values.append(SettingValue(f"models.{lang}", str(packaged.path), DEFAULT, "packaged with ainews"))
    return values


@dataclass(frozen=True)
class ConfigFile:
    """config.toml as read: checked values, and the line each was set on."""

    path: Path
    text: str
    values: Mapping[str, str | int | float]
    models: Mapping[str, str]

    @classmethod
    def read(cls, path: Path) -> ConfigFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path, "", {}, {})
        except OSError as error:
            raise UsageError(f"cannot read the config file {path} ({error.strerror}); "
                             "fix its permissions or move it away") from error
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise UsageError(f"{path}, line {line}: not UTF-8 text; save the file as UTF-8") from error
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            where = re.search(r" \(at line (\d+), column \d+\)$| \(at end of document\)$", message)
            reason = message[: where.start()] if where else message
            line = int(where.group(1)) if where and where.group(1) else text.rstrip("\n").count("\n") + 1
            raise UsageError(f"{path}, line {line}: {reason[:1].lower()}{reason[1:]} (not valid TOML); "
                             "fix that line (docs/config.md shows the format) or move the file away") from error
        return cls._check(path, text, data)

    @classmethod
    def _check(cls, path: Path, text: str, data: dict) -> ConfigFile:
        file = cls(path, text, {}, {})
        values: dict[str, str | int | float] = {}
        models: dict[str, str] = {}
        keys = ", ".join(s.key for s in SETTINGS if s.in_file)
        for key, value in data.items():
            setting = SETTINGS_BY_KEY.get(key)
            if setting is None or not setting.in_file:
                if setting:
                    hint = f" (the home folder is set by {setting.env} only)"
                else:
                    import difflib

                    close = difflib.get_close_matches(key, [s.key for s in SETTINGS if s.in_file], n=1)
                    hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise file._error(key, None, f"unknown key {key!r}{hint}; the keys are {keys}")
            if setting.kind == "models":
                if not isinstance(value, dict):
                    raise file._error(key, None, "models must be a table, [models] with lines such as "
                                      "de = \"de_core_news_sm\"")
                for lang, name in value.items():
                    if not re.fullmatch(r"[a-z]{2,3}", lang):
                        raise file._error("models", lang, f"{lang!r} is not a language code; use two or three "
                                          "lower-case letters, such as de")
                    if not isinstance(name, str) or not name.strip():
                        raise file._error("models", lang, f"models.{lang} must be a pipeline name in quotes, "
                                          "such as \"de_core_news_sm\", or \"none\"")
                    models[lang] = name.strip()
            elif setting.kind == "count":
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise file._error(key, None, f"{key} must be a whole number of 1 or more, not {value!r}")
                values[key] = value
            elif setting.kind == "switch":
                if not isinstance(value, bool):
                    raise file._error(key, None, f"{key} must be true or false (without quotes), not {value!r}")
                values[key] = value
            elif setting.kind == "seconds":
                seconds = _seconds(value) if isinstance(value, (int, float)) else None
                if seconds is None:
                    raise file._error(key, None, f"{key} must be a number of seconds above 0 and at most 3600, "
                                      f"not {value!r}")
                values[key] = seconds
            else:
                if not isinstance(value, str) or not value.strip():
                    what = "a file path" if setting.kind == "path" else "text"
                    raise file._error(key, None, f"{key} must be {what} in quotes, not {value!r}")
                # A relative path is relative to the folder holding the config file.
                values[key] = str(path.parent / Path(value).expanduser()) if setting.kind == "path" else value
        return cls(path, text, values, models)

    def line(self, key: str, sub: str | None = None) -> int | None:
        """The line that sets ``key`` (``sub`` in the table ``key``), if a plain reading finds it."""
        wanted = f"{key}.{sub}" if sub else key
        table = None
        for number, text in enumerate(self.text.splitlines(), start=1):
            header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", text)
            if header:
                table = _dotted(header.group(1))
                if table == wanted:
                    return number
                continue
            assignment = re.match(r"\s*([\w\"'. -]+?)\s*=", text)
            if not assignment:
                continue
            name = _dotted(assignment.group(1))
            full = f"{table}.{name}" if table else name
            # A whole table's line, or an inline table holding the value.
            if full == wanted or full.startswith(wanted + ".") or (sub and full == key):
                return number
        return None

    def origin(self, key: str, sub: str | None = None) -> str:
        line = self.line(key, sub)
        return f"{self.path}:{line}" if line else str(self.path)

    def _error(self, key: str, sub: str | None, problem: str) -> UsageError:
        line = self.line(key, sub)
        where = f"{self.path}, line {line}" if line else str(self.path)
        return UsageError(f"{where}: {problem}; fix it (see docs/config.md) or move the file away")


def example_config() -> str:
    """The file ``ainews config init`` writes: every key with its help, commented out."""
    lines = ["# ainews settings; docs/config.md describes every key.",
             "# Uncomment a line to use it. AINEWS_* variables override this file, flags override both.",
             "# A relative path is relative to this file's folder."]
    import textwrap

    # Tables last: in TOML every key after a [table] header belongs to it.
    for setting in sorted((s for s in SETTINGS if s.in_file), key=lambda s: s.kind == "models"):
        lines.append("")
        lines.extend(textwrap.wrap(f"{setting.help} Default: {setting.default}.", 88,
                                   initial_indent="# ", subsequent_indent="# "))
        if setting.kind == "models":
            lines.append(f"# [{setting.key}]")
            lines.extend(f"# {line}" for line in setting.example.splitlines())
        else:
            lines.append(f"# {setting.key} = {setting.example}")
    return "\n".join(lines) + "\n"


def write_example_config(env: Mapping[str, str] | None = None) -> Path:
    """Write ``example_config()`` to the config path; an existing file is left alone."""
    path = config_path(env)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(example_config())
    except FileExistsError as error:
        raise AinewsError(f"{path} already exists and is left as it is; edit it, or move it away and run "
                          "`ainews config init` again") from error
    except OSError as error:
        raise AinewsError(f"cannot write {path} ({error.strerror}); set AINEWS_HOME to a folder you can "
                          "write to") from error
    return path


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.split("."))


@dataclass(frozen=True)
class PipelineInfo:
    name: str  # the importable package name, what spacy.load takes
    lang: str
    version: str
    has_ner: bool


@lru_cache(maxsize=1)
def installed_pipelines() -> tuple[PipelineInfo, ...]:
    """spaCy pipeline packages installed in this environment, from their metadata."""
    from importlib import metadata  # a tenth of a query's start: only for the pipeline version

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


# spaCy's trained pipelines (spacy.io/models), the small one per language. They install
# with `python -m spacy download NAME`, which fetches spaCy's own release; never advise
# `pip install NAME`: on PyPI several such names (zh-core-web-sm, de-core-news-md,
# ja-core-news-sm, ...) are placeholders uploaded by someone else, not spaCy's models.
OFFICIAL_PIPELINES = {
    "ca": "ca_core_news_sm", "da": "da_core_news_sm", "de": "de_core_news_sm", "el": "el_core_news_sm",
    "en": "en_core_web_sm", "es": "es_core_news_sm", "fi": "fi_core_news_sm", "fr": "fr_core_news_sm",
    "hr": "hr_core_news_sm", "it": "it_core_news_sm", "ja": "ja_core_news_sm", "ko": "ko_core_news_sm",
    "lt": "lt_core_news_sm", "mk": "mk_core_news_sm", "nb": "nb_core_news_sm", "nl": "nl_core_news_sm",
    "pl": "pl_core_news_sm", "pt": "pt_core_news_sm", "ro": "ro_core_news_sm", "ru": "ru_core_news_sm",
    "sl": "sl_core_news_sm", "sv": "sv_core_news_sm", "uk": "uk_core_news_sm", "xx": "xx_ent_wiki_sm",
    "zh": "zh_core_web_sm",
}
_OFFICIAL_NAME = re.compile(r"(?P<lang>[a-z]{2})_(?:core|dep)_(?:news|web)_(?:sm|md|lg|trf)|xx_(?:ent_wiki|sent_ud)_sm")


def pipeline_advice(lang: str) -> str:
    """How to give ``lang`` a spaCy pipeline: spaCy's own download where spaCy publishes
    one, else a pipeline of the user's choosing or the alias table."""
    name = OFFICIAL_PIPELINES.get(lang)
    if name:
        return f"install spaCy's with `python -m spacy download {name}`, or name one with --model {lang}=NAME"
    return (f"spaCy publishes none for {lang!r}: name one you trust with --model {lang}=NAME (a package or a "
            "folder), or add the names you need to your alias table (docs/aliases.md)")


def load_advice(model: str, lang: str) -> str:
    """What to do when the pipeline ``model`` named for ``lang`` cannot be loaded."""
    if _OFFICIAL_NAME.fullmatch(model):
        fix = f"install it with `python -m spacy download {model}`"
    elif "/" in model or "\\" in model:
        fix = "check that the folder holds a spaCy pipeline (its config.cfg and meta.json)"
    else:
        fix = "check the name (`python -m spacy info` lists the pipelines installed)"
    return f"{fix}, or choose another with --model {lang}=NAME or --model {lang}=none"


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
