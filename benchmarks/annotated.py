"""The hand-annotated evaluation data under benchmarks/data/, loaded and checked.

    from annotated import load_events, load_entities, load_facts, load_undated

Each loader reads one JSON Lines file and returns frozen records. It raises
`AnnotationError` (file, line and what to fix) when a line names a document that
does not exist, uses a type or kind outside the lists below, or quotes a
`sentence` that does not occur exactly once in its document: the quoted text is
how a benchmark finds the sentence, so it must point at one place. Entities are
checked harder still: every occurrence of every listed surface form in the
document's body must be listed, as often as it occurs (`count_forms`).

benchmarks/data/README.md describes the files and the annotation rules.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
ARTICLE_SUFFIXES = (".md", ".txt")
LANGUAGES = ("en", "de", "zh")

EVENT_TYPES = frozenset({
    "founding", "funding", "acquisition", "appointment", "departure",
    "launch", "partnership", "legal", "financial", "other",
})
ENTITY_TYPES = frozenset({"PERSON", "ORG", "LOC", "PRODUCT", "EVENT", "MISC"})
# Each fact kind with its required fields (a value may be null where the sentence
# does not say it) and the optional ones.
_AMOUNT = ("amount", "currency")
FACT_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "role": (("person", "role", "org"), ("qualifier",)),
    "founded": (("org", "founders", "year"), ("role",)),
    "investment": (("investor", "target", *_AMOUNT), ("qualifier",)),
    "stake": (("holder", "target", "percent"), ("qualifier",)),
    "valuation": (("subject", *_AMOUNT), ("qualifier",)),
    "revenue": (("subject", *_AMOUNT), ("qualifier",)),
    "funding_round": (("subject", *_AMOUNT), ("qualifier",)),
    "market_value_change": (("subject", *_AMOUNT, "direction"), ("qualifier",)),
}
FACT_KINDS = frozenset(FACT_FIELDS)
DIRECTIONS = frozenset({"loss", "gain"})

# A date at the precision a sentence gives it: year, month, day, ISO week, the
# weekend of an ISO week, a season, a quarter or a half (TimeML value syntax).
_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2})(?:-WE)?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?"
)
_LATIN = "A-Za-z0-9\u00c0-\u024f"


class AnnotationError(ValueError):
    """A line of the annotated data is wrong; the message says where and how to fix it."""


@dataclass(frozen=True)
class Document:
    """One article: its file, its text, and where its body starts (after YAML front matter)."""

    name: str
    path: Path
    text: str
    body_start: int
    front_matter: Mapping[str, str]

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def lang(self) -> str:
        """en, de or zh, from the file name's prefix."""
        return self.name.split("-", 1)[0]

    @property
    def script(self) -> str | None:
        """Hant or Hans for Chinese documents (zh-hant-* are Traditional), else None."""
        if self.lang != "zh":
            return None
        return "Hant" if self.name.startswith("zh-hant-") else "Hans"

    def find(self, sentence: str) -> tuple[int, int]:
        """The (start, end) of `sentence` in the body; it occurs there exactly once."""
        start = self.body.index(sentence)
        return start, start + len(sentence)


@dataclass(frozen=True)
class PublishedLine:
    doc: str
    published: str
    dated_by: str


@dataclass(frozen=True)
class EventLine:
    doc: str
    sentence: str
    event: bool
    date: str | None
    type: str | None
    participants: tuple[str, ...]
    note: str | None
    line: int


@dataclass(frozen=True)
class EntityLine:
    doc: str
    name: str
    type: str
    mentions: tuple[str, ...]
    note: str | None
    line: int


@dataclass(frozen=True)
class NonEntityLine:
    doc: str
    not_entity: str
    note: str | None
    line: int


@dataclass(frozen=True)
class Fact:
    """One fact: its kind and its fields (person, role, org; investor, target, amount, ...)."""

    kind: str
    fields: tuple[tuple[str, Any], ...]

    def __getitem__(self, key: str) -> Any:
        return dict(self.fields)[key]

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.fields).get(key, default)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **dict(self.fields)}


@dataclass(frozen=True)
class FactLine:
    doc: str
    sentence: str
    facts: tuple[Fact, ...]
    note: str | None
    line: int


@dataclass(frozen=True)
class UndatedLine:
    doc: str
    true_published: str | None
    evidence: str
    inferable: bool
    line: int


# --- documents ---------------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The simple `key: value` YAML front matter of a text and where its body starts."""
    if not text.startswith("---\n"):
        return {}, 0
    end = text.find("\n---\n", 3)
    if end < 0:
        return {}, 0
    fields = {}
    for row in text[4:end].splitlines():
        key, sep, value = row.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields, end + len("\n---\n")


# The folders of articles written blind to the rules, in the order they arrived (each set's own
# events.jsonl, facts.jsonl and published.jsonl beside its articles).
BLIND_FOLDERS = ("seen", "third", "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird",
                 "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth",
                 "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird",
                 "thirtyfourth", "thirtyfifth", "thirtysixth",
                 "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth",
                 "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
                 "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth",
                 "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth",
                 "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtysecond", "sixtythird")
# Articles are shared: an annotation file may name an article of any of these folders
# (its own first); the names are unique across them.
ARTICLE_FOLDERS = ("events", "entities", "facts", *BLIND_FOLDERS)
# The repository's seed articles (seeds/ beside benchmarks/), annotated in
# entities/seeds.jsonl; named "seeds" as a folder.
SEEDS = "seeds"


@lru_cache(maxsize=1)
def _alias_table() -> Any:
    from ainews_cli.entities import load_alias_table

    return load_alias_table()


def canonical(name: str) -> str:
    """The name ainews gives a party an annotation names: the alias table's (and place
    gazetteer's) canonical name of a form it knows ("萝卜快跑" -> Apollo Go, "Deutschland" ->
    Germany), else the name as written. Annotators wrote a name the table did not know yet as
    the article writes it; the table growing later renames it, in ainews and here alike. (Put
    through it, ainews's own names stay as they are: they are canonical already, or no plain
    form of the table.)"""
    entry = _alias_table().lookup(name)
    # Only a plain form: a guarded one ("Arm", a surname) names its entity only in context.
    return entry.name if entry is not None and not entry.guarded and not entry.cued else name


def _folder(data: Path, folder: str) -> Path:
    return data.parent.parent / "seeds" if folder == SEEDS else data / folder


def load_document(name: str, *folders: str, data: Path = DATA) -> Document:
    """The article `name`, looked up in the given folders, then in ARTICLE_FOLDERS."""
    for folder in dict.fromkeys((*folders, *ARTICLE_FOLDERS)):
        path = _folder(data, folder) / name
        if path.suffix in ARTICLE_SUFFIXES and path.is_file():
            text = path.read_text(encoding="utf-8")
            fields, body_start = split_front_matter(text)
            return Document(name, path, text, body_start, fields)
    looked = ", ".join(f"{folder}/" for folder in dict.fromkeys((*folders, *ARTICLE_FOLDERS)))
    raise AnnotationError(f"no article {name!r} in {looked} (an .md or .txt file)")


def articles(folder: str, *, data: Path = DATA) -> list[str]:
    """The names of the articles in one folder, sorted."""
    return sorted(p.name for p in _folder(data, folder).iterdir() if p.suffix in ARTICLE_SUFFIXES)


# --- checks --------------------------------------------------------------------------


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise AnnotationError(f"{path} is missing")
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip():
            continue
        try:
            record = json.loads(row)
        except json.JSONDecodeError as e:
            raise AnnotationError(f"{path.name}:{number}: not JSON ({e.msg})") from e
        if not isinstance(record, dict):
            raise AnnotationError(f"{path.name}:{number}: a line must be a JSON object")
        yield number, record


def _where(path: Path, number: int) -> str:
    return f"{path.parent.name}/{path.name}:{number}"


def _require(record: dict[str, Any], keys: tuple[str, ...], allowed: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in record]
    if missing:
        raise AnnotationError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(record) - set(keys) - set(allowed))
    if unknown:
        raise AnnotationError(f"{where}: unknown field {', '.join(unknown)}; allowed: {', '.join(keys + allowed)}")


def _check_sentence(document: Document, sentence: Any, where: str) -> None:
    if not isinstance(sentence, str) or not sentence.strip():
        raise AnnotationError(f"{where}: `sentence` must be a non-empty string")
    count = document.text.count(sentence)
    if count != 1:
        fix = "copy it from the document exactly" if count == 0 else "quote more of it so it is unique"
        raise AnnotationError(f"{where}: {sentence!r} occurs {count} times in {document.name}; {fix}")
    if document.text.index(sentence) < document.body_start:
        raise AnnotationError(f"{where}: {sentence!r} is in the front matter of {document.name}, not its body")


def check_date(value: Any, where: str) -> None:
    """A date string at any precision `_DATE` knows, naming a real calendar unit."""
    match = _DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise AnnotationError(
            f"{where}: date {value!r} is not 2023, 2023-11, 2023-11-17, 2023-W46, 2023-W46-WE, 2023-SP, 2023-Q4 "
            "or 2023-H2"
        )
    year = int(match["y"])
    try:
        if match["d"]:
            dt.date(year, int(match["m"]), int(match["d"]))
        elif match["m"]:
            dt.date(year, int(match["m"]), 1)
        elif match["w"]:
            dt.date.fromisocalendar(year, int(match["w"]), 1)
    except ValueError as e:
        raise AnnotationError(f"{where}: date {value!r} is not on the calendar ({e})") from e


def date_start(value: str) -> dt.date:
    """The first day a date value covers (seasons are the northern meteorological ones)."""
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValueError(value)
    year = int(match["y"])
    if match["d"]:
        return dt.date(year, int(match["m"]), int(match["d"]))
    if match["m"]:
        return dt.date(year, int(match["m"]), 1)
    if match["w"]:
        monday = dt.date.fromisocalendar(year, int(match["w"]), 1)
        return monday + dt.timedelta(days=5) if value.endswith("-WE") else monday
    tail = value[5:]
    months = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}
    return dt.date(year, months.get(tail, 1), 1)


def _strings(value: Any, what: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise AnnotationError(f"{where}: `{what}` must be a list of non-empty strings")
    return tuple(value)


def _note(record: dict[str, Any], where: str) -> str | None:
    note = record.get("note")
    if note is not None and (not isinstance(note, str) or not note.strip()):
        raise AnnotationError(f"{where}: `note`, when given, must be a non-empty string")
    return note


def count_forms(body: str, forms: set[str]) -> Counter[str]:
    """How often each surface form occurs in `body`, longest forms first and without
    overlaps ("Sam Altman" takes its "Altman"), a Latin-script form only as a whole
    word (so "Meta" is not counted inside "Metadaten"; "OpenAI-Chef" does count)."""
    taken: list[tuple[int, int]] = []
    counts: Counter[str] = Counter()
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        before = f"(?<![{_LATIN}])" if re.match(f"[{_LATIN}]", form) else ""
        after = f"(?![{_LATIN}])" if re.search(f"[{_LATIN}]$", form) else ""
        for match in re.finditer(before + re.escape(form) + after, body):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            counts[form] += 1
    return counts


# --- loaders ------------------------------------------------------------------------


def load_published(path: Path | None = None) -> list[PublishedLine]:
    """events/published.jsonl: each dated article's true publication date and what dates it."""
    path = path or DATA / "events" / "published.jsonl"
    data = path.parent.parent
    lines = []
    for number, record in _read_jsonl(path):
        where = _where(path, number)
        _require(record, ("doc", "published", "dated_by"), (), where)
        document = load_document(record["doc"], data=data)
        check_date(record["published"], where)
        date = document.front_matter.get("date")
        if date and date != record["published"]:
            raise AnnotationError(f"{where}: {document.name}'s front matter says {date}, not {record['published']}")
        lines.append(PublishedLine(record["doc"], record["published"], record["dated_by"]))
    return lines


def load_events(path: Path | None = None) -> list[EventLine]:
    """events/events.jsonl: one line per annotated sentence, an event or not."""
    path = path or DATA / "events" / "events.jsonl"
    data = path.parent.parent
    lines = []
    for number, record in _read_jsonl(path):
        where = _where(path, number)
        _require(record, ("doc", "sentence", "event"), ("date", "type", "participants", "note"), where)
        document = load_document(record["doc"], data=data)
        _check_sentence(document, record["sentence"], where)
        note = _note(record, where)
        if not isinstance(record["event"], bool):
            raise AnnotationError(f"{where}: `event` must be true or false")
        participants = _strings(record.get("participants", []), "participants", where)
        if record["event"]:
            if record.get("type") not in EVENT_TYPES:
                raise AnnotationError(
                    f"{where}: type {record.get('type')!r} is not one of {', '.join(sorted(EVENT_TYPES))}"
                )
            if "date" not in record:
                raise AnnotationError(f"{where}: an event needs `date` (null when the sentence cannot place it)")
            if record["date"] is not None:
                check_date(record["date"], where)
            if not participants:
                raise AnnotationError(f"{where}: an event needs at least one participant")
        else:
            if record.get("type") is not None or record.get("date") is not None:
                raise AnnotationError(f"{where}: a non-event has no type and no date; say in `note` what it is")
            if note is None:
                raise AnnotationError(f"{where}: a non-event needs a `note` saying why it is not one")
        lines.append(EventLine(
            record["doc"], record["sentence"], record["event"], record.get("date"), record.get("type"),
            participants, note, number,
        ))
    return lines


def _load_entity_file(path: Path, folder: str = "entities") -> tuple[list[EntityLine], list[NonEntityLine]]:
    data = path.parent.parent
    entities, non_entities = [], []
    for number, record in _read_jsonl(path):
        where = _where(path, number)
        if "not_entity" in record:
            _require(record, ("doc", "not_entity"), ("note",), where)
            document = load_document(record["doc"], folder, data=data)
            text = record["not_entity"]
            if not isinstance(text, str) or text not in document.body:
                raise AnnotationError(f"{where}: {text!r} does not occur in the body of {document.name}")
            non_entities.append(NonEntityLine(record["doc"], text, _note(record, where), number))
            continue
        _require(record, ("doc", "name", "type", "mentions"), ("note",), where)
        load_document(record["doc"], folder, data=data)
        if record["type"] not in ENTITY_TYPES:
            raise AnnotationError(f"{where}: type {record['type']!r} is not one of {', '.join(sorted(ENTITY_TYPES))}")
        if not isinstance(record["name"], str) or not record["name"].strip():
            raise AnnotationError(f"{where}: `name` must be a non-empty string")
        mentions = _strings(record["mentions"], "mentions", where)
        if not mentions:
            raise AnnotationError(f"{where}: an entity needs at least one mention")
        entities.append(EntityLine(
            record["doc"], record["name"], record["type"], mentions, _note(record, where), number,
        ))
    seen: set[tuple[str, str]] = set()
    for entity in entities:
        if (entity.doc, entity.name) in seen:
            raise AnnotationError(f"{_where(path, entity.line)}: {entity.name} is listed twice for {entity.doc}")
        seen.add((entity.doc, entity.name))
    for doc in dict.fromkeys(e.doc for e in entities):
        listed = Counter(m for e in entities if e.doc == doc for m in e.mentions)
        found = count_forms(load_document(doc, folder, data=data).body, set(listed))
        wrong = sorted(form for form in listed if listed[form] != found[form])
        if wrong:
            detail = "; ".join(f"{form!r} listed {listed[form]}, occurs {found[form]}" for form in wrong)
            raise AnnotationError(f"{path.name}: in {doc}, list each surface form once per occurrence: {detail}")
        for non_entity in non_entities:
            if non_entity.doc == doc and non_entity.not_entity in listed:
                raise AnnotationError(
                    f"{_where(path, non_entity.line)}: {non_entity.not_entity!r} is also listed as a mention"
                )
    return entities, non_entities


def load_entities(path: Path | None = None) -> list[EntityLine]:
    """entities/entities.jsonl: per document, every entity with its mentions as written,
    one list entry per occurrence in the body."""
    return _load_entity_file(path or DATA / "entities" / "entities.jsonl")[0]


def load_non_entities(path: Path | None = None) -> list[NonEntityLine]:
    """entities/entities.jsonl's `not_entity` lines: strings a model may wrongly tag."""
    return _load_entity_file(path or DATA / "entities" / "entities.jsonl")[1]


def load_seed_entities(path: Path | None = None) -> tuple[list[EntityLine], list[NonEntityLine]]:
    """entities/seeds.jsonl: the entities and tempting non-entities of the repository's
    seed articles (seeds/), annotated as entities.jsonl is."""
    return _load_entity_file(path or DATA / "entities" / "seeds.jsonl", SEEDS)


def _check_fact(fact: Any, where: str) -> Fact:
    if not isinstance(fact, dict) or fact.get("kind") not in FACT_KINDS:
        kind = fact.get("kind") if isinstance(fact, dict) else fact
        raise AnnotationError(f"{where}: fact kind {kind!r} is not one of {', '.join(sorted(FACT_KINDS))}")
    required, optional = FACT_FIELDS[fact["kind"]]
    _require(fact, ("kind", *required), (*optional, "note"), f"{where} ({fact['kind']})")
    if "amount" in fact:
        amount, currency = fact["amount"], fact["currency"]
        if amount is not None and (not isinstance(amount, int | float) or amount <= 0):
            raise AnnotationError(f"{where}: amount {amount!r} must be a positive number in whole units, or null")
        if (amount is None) != (currency is None) or (currency is not None and not re.fullmatch(r"[A-Z]{3}", currency)):
            raise AnnotationError(f"{where}: currency {currency!r} must be an ISO code when there is an amount")
    if fact["kind"] == "stake" and not (isinstance(fact["percent"], int | float) and 0 < fact["percent"] <= 100):
        raise AnnotationError(f"{where}: percent {fact['percent']!r} must be a number in (0, 100]")
    if fact["kind"] == "market_value_change" and fact["direction"] not in DIRECTIONS:
        raise AnnotationError(f"{where}: direction {fact['direction']!r} must be loss or gain")
    if fact["kind"] == "founded":
        if not isinstance(fact["founders"], list):
            raise AnnotationError(f"{where}: founders must be a list (empty when the sentence names none)")
        if fact["year"] is not None and not isinstance(fact["year"], int):
            raise AnnotationError(f"{where}: year must be a number or null")
    return Fact(fact["kind"], tuple((k, v) for k, v in fact.items() if k != "kind"))


def load_facts(path: Path | None = None) -> list[FactLine]:
    """facts/facts.jsonl: fact-bearing sentences with their facts, and sentences that
    hold an amount or a role word but no fact (`"facts": []`)."""
    path = path or DATA / "facts" / "facts.jsonl"
    data = path.parent.parent
    lines = []
    for number, record in _read_jsonl(path):
        where = _where(path, number)
        _require(record, ("doc", "sentence", "facts"), ("note",), where)
        document = load_document(record["doc"], "facts", data=data)
        _check_sentence(document, record["sentence"], where)
        if not isinstance(record["facts"], list):
            raise AnnotationError(f"{where}: `facts` must be a list")
        facts = tuple(_check_fact(fact, where) for fact in record["facts"])
        lines.append(FactLine(record["doc"], record["sentence"], facts, _note(record, where), number))
    return lines


def load_undated(path: Path | None = None) -> list[UndatedLine]:
    """undated/undated.jsonl: each undated article's true publication date, whether a
    careful reader can infer it from the other articles, and why."""
    path = path or DATA / "undated" / "undated.jsonl"
    data = path.parent.parent
    lines = []
    for number, record in _read_jsonl(path):
        where = _where(path, number)
        _require(record, ("doc", "true_published", "evidence", "inferable"), (), where)
        path_ = data / "undated" / record["doc"]
        if not path_.is_file() or path_.suffix not in ARTICLE_SUFFIXES:
            raise AnnotationError(f"{where}: no article {record['doc']!r} in undated/")
        document = load_document(record["doc"], "undated", data=data)
        if document.front_matter.keys() & {"date", "url"}:
            raise AnnotationError(f"{where}: {document.name} has a date or url in its front matter; strip it")
        if not isinstance(record["inferable"], bool):
            raise AnnotationError(f"{where}: `inferable` must be true or false")
        if record["true_published"] is None:
            if record["inferable"]:
                raise AnnotationError(f"{where}: an inferable date needs `true_published`")
        else:
            check_date(record["true_published"], where)
        if not isinstance(record["evidence"], str) or len(record["evidence"]) < 20:
            raise AnnotationError(f"{where}: `evidence` must say, in a sentence, how a reader can (or cannot) tell")
        lines.append(UndatedLine(
            record["doc"], record["true_published"], record["evidence"], record["inferable"], number,
        ))
    return lines
