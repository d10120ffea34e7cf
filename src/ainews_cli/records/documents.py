"""Documents and what the analysis finds in them, up to the extraction the store keeps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ainews_cli.records.base import JSON, sorted_keys
from ainews_cli.records.facts import Fact
from ainews_cli.records.inference import Inference


@dataclass(frozen=True)
class PubDate:
    """A document's publication date and where it came from.

    ``date`` is ISO 8601 at its own precision ("2023-11-20", "2023-11", "2023");
    ``source`` says how it was found: front_matter, json, html:meta, html:json-ld,
    html:time, feed:published, feed:updated, dateline, byline, url (docs/inputs.md).
    """

    date: str
    source: str

    @property
    def granularity(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.date)]

    def to_dict(self) -> JSON:
        return {"date": self.date, "source": self.source}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PubDate:
        return cls(data["date"], data["source"])


@dataclass(frozen=True)
class Document:
    """A document as read from its source, before any NLP.

    ``body`` is the text that all character offsets refer to: the file after its
    front matter, or a JSON record's ``text`` field exactly.
    """

    doc: str  # the path as given (or path#id for JSON records, stdin:<hash> for stdin)
    body: str
    title: str | None = None
    url: str | None = None
    lang: str | None = None  # declared in metadata
    published: PubDate | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    """What the formats that cite a document say of it."""

    title: str | None
    url: str | None
    published: str | None
    lang: str | None


# --- what the analysis finds ----------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A run of body text in one language (``method`` says how it was decided)."""

    start: int
    end: int
    lang: str
    method: str  # "script", "stopwords" (spans); "block" for analysis blocks

    def to_dict(self) -> JSON:
        return {"start": self.start, "end": self.end, "lang": self.lang, "method": self.method}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(data["start"], data["end"], data["lang"], data["method"])


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body and the language it is in; stored as ``[start, end, lang]``."""

    start: int
    end: int
    lang: str

    def to_list(self) -> list[Any]:
        return [self.start, self.end, self.lang]


# The day a wire story was filed, by its dateline, when its page is dated later: the
# source of the date "today" counts from (analyse.py), and of the anchors through it.
FILED = "filed"


@dataclass(frozen=True)
class Anchor:
    """The reference a relative temporal expression was resolved against."""

    # "published" (the document's date), FILED (the day a wire story's dateline says it was
    # filed, before its page's date), "mentioned" (an earlier date in the text) or
    # "inferred" (records/inference.py)
    source: str
    value: str  # the reference value, TimeML syntax
    text: str | None = None  # for "mentioned": the phrase that supplied it
    start: int | None = None

    def to_dict(self) -> JSON:
        return {"source": self.source, "value": self.value, "text": self.text, "start": self.start}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Anchor | None:
        return cls(data["source"], data["value"], data.get("text"), data.get("start")) if data else None


# Slots: a timeline's merge holds every stored event mention at once.
@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression found in a document, normalised TimeML-style.

    ``value`` uses TimeML value syntax ("2023-11-17", "2023-11", "2023-W46-WE",
    "2023-11-19TNI", "P2Y", "PRESENT_REF", "XXXX-WXX-5" when unanchored).
    ``granularity`` is the calendar unit of the value (see GRANULARITIES) or None
    for durations, sets and references. ``first``/``last`` are the ISO days that
    bound the value on the calendar (None when it is not a calendar interval).
    ``anchored`` is False for a relative expression that had nothing to resolve
    against; such an expression never reaches the timeline.
    """

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str | None
    anchored: bool
    first: str | None = None
    last: str | None = None
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, ...
    anchor: Anchor | None = None

    @property
    def on_calendar(self) -> bool:
        return self.anchored and self.first is not None and self.granularity is not None

    @property
    def calendar_value(self) -> str:
        """The value at its calendar granularity: "2023-11-19TNI" -> "2023-11-19"."""
        return self.value.split("T")[0] if self.granularity == "day" else self.value

    def to_dict(self) -> JSON:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "granularity": self.granularity,
            "anchored": self.anchored,
            "first": self.first,
            "last": self.last,
            "mod": self.mod,
            "anchor": self.anchor.to_dict() if self.anchor else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeExpression:
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            type=data["type"],
            value=data["value"],
            granularity=data["granularity"],
            anchored=data["anchored"],
            first=data.get("first"),
            last=data.get("last"),
            mod=data.get("mod"),
            anchor=Anchor.from_dict(data.get("anchor")),
        )


@dataclass(frozen=True)
class EntityMention:
    """One mention of an entity: the surface text, its span, its label and canonical name."""

    text: str
    start: int
    end: int
    label: str  # PERSON, ORG, LOC, PRODUCT, EVENT, MISC
    name: str  # canonical name
    # "model:<pipeline>", "alias", "alias-guarded", "described", "corporate", "listed" or "document",
    # with "+alias", "+surname", "+first name", "+company", "+case", "+repeated" or "+short" when
    # linked (docs/aliases.md)
    source: str

    def to_dict(self) -> JSON:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "name": self.name,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EntityMention:
        return cls(data["text"], data["start"], data["end"], data["label"], data["name"], data["source"])


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    type: str

    def to_dict(self) -> JSON:
        return {"name": self.name, "type": self.type}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        return cls(data["name"], data["type"])


@dataclass(frozen=True, slots=True)
class StatedAmount:
    """An amount of money a sentence states: the phrase, the number and the currency."""

    text: str
    amount: float
    currency: str

    def to_dict(self) -> JSON:
        return {"text": self.text, "amount": self.amount, "currency": self.currency}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StatedAmount:
        return cls(data["text"], data["amount"], data["currency"])


PLACES = ("LOC", "GPE")  # participant types that are no party


# Slots: a timeline's merge holds every stored event mention at once.
@dataclass(frozen=True, slots=True)
class EventMention:
    """A dated sentence: one per (sentence, calendar date) pair in one document.

    Extractions are cached by content, so the document's name is not part of it;
    the store pairs mentions with the documents they came from (``Source``).
    """

    lang: str
    sentence: str
    sentence_start: int
    sentence_end: int
    date: TimeExpression
    participants: tuple[Participant, ...]
    type: str  # event type from the trigger lexicon, "other" when none fits
    trigger: str | None
    amounts: tuple[StatedAmount, ...] = ()  # the amounts of money the sentence states
    headline: str = ""  # who did what, in a few words (headlines.py)

    def party_names(self) -> list[str]:
        """The names of the parties it names, sorted: people, organisations, products and
        named events, not the places, which say where something happened, not who did it;
        two mentions are one happening by their parties (merge.py, infer.py)."""
        return sorted({p.name for p in self.participants if p.type not in PLACES})

    def to_dict(self) -> JSON:
        return {
            "lang": self.lang,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "date": self.date.to_dict(),
            "participants": [p.to_dict() for p in self.participants],
            "type": self.type,
            "trigger": self.trigger,
            "amounts": [a.to_dict() for a in self.amounts],
            "headline": self.headline,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventMention:
        return cls(
            lang=data["lang"],
            sentence=data["sentence"],
            sentence_start=data["sentence_start"],
            sentence_end=data["sentence_end"],
            date=TimeExpression.from_dict(data["date"]),
            participants=tuple(Participant.from_dict(p) for p in data["participants"]),
            type=data["type"],
            trigger=data["trigger"],
            amounts=tuple(StatedAmount.from_dict(a) for a in data.get("amounts", ())),
            headline=data.get("headline", ""),
        )


@dataclass(frozen=True)
class Passage:
    """A sentence of an undated document that holds a temporal expression, kept with its
    text so its dates can be resolved again against an inferred publication date
    (dates/reanchor.py) without the body; stored as ``[start, text, lang]``."""

    start: int
    text: str
    lang: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def to_list(self) -> list[Any]:
        return [self.start, self.text, self.lang]


# Slots: a timeline's merge holds every stored event mention at once.
@dataclass(frozen=True, slots=True)
class Source:
    """An event mention and the document it came from: what merging works on."""

    doc: str
    mention: EventMention


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline extracted from a document's content (cached by content,
    so the document's own name and title are not part of it)."""

    lang: str
    url: str | None
    published: PubDate | None
    spans: tuple[Span, ...]
    models: Mapping[str, str | None]  # the pipeline used per language, None for the alias table only
    sentences: tuple[Sentence, ...]
    entities: tuple[EntityMention, ...]
    dates: tuple[TimeExpression, ...]
    events: tuple[EventMention, ...]
    facts: tuple[Fact, ...]
    script: str | None = None  # ISO 15924 of its Chinese text: Hans, Hant, or None without any
    # Kept for a document without a publication date only (infer.py): the event mentions
    # whose date is relative and so unanchored ("am Freitag"), and the sentences holding
    # its dates, to resolve them again once a publication date is inferred.
    pending: tuple[EventMention, ...] = ()
    passages: tuple[Passage, ...] = ()

    def to_dict(self) -> JSON:
        record = self.public_dict()
        if self.pending:
            record["pending"] = [event.to_dict() for event in self.pending]
        if self.passages:
            record["passages"] = [passage.to_list() for passage in self.passages]
        return record

    def public_dict(self) -> JSON:
        """The extraction as `ainews extract` shows it: without what is kept for inference."""
        return {
            "lang": self.lang,
            "script": self.script,
            "url": self.url,
            "published": self.published.to_dict() if self.published else None,
            "spans": [span.to_dict() for span in self.spans],
            "models": dict(self.models),
            "sentences": [sentence.to_list() for sentence in self.sentences],
            "entities": [mention.to_dict() for mention in self.entities],
            "dates": [date.to_dict() for date in self.dates],
            "events": [event.to_dict() for event in self.events],
            "facts": [fact.to_dict() for fact in self.facts],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extraction:
        return cls(
            lang=data["lang"],
            url=data.get("url"),
            published=PubDate.from_dict(data["published"]) if data.get("published") else None,
            spans=tuple(Span.from_dict(span) for span in data["spans"]),
            models=dict(data["models"]),
            sentences=tuple(Sentence(*sentence) for sentence in data["sentences"]),
            entities=tuple(EntityMention.from_dict(mention) for mention in data["entities"]),
            dates=tuple(TimeExpression.from_dict(date) for date in data["dates"]),
            events=tuple(EventMention.from_dict(event) for event in data["events"]),
            facts=tuple(Fact.from_dict(fact) for fact in data["facts"]),
            script=data.get("script"),
            pending=tuple(EventMention.from_dict(event) for event in data.get("pending", ())),
            passages=tuple(Passage(*passage) for passage in data.get("passages", ())),
        )


@dataclass(frozen=True)
class UndatedDocument:
    """A stored document without a publication date, as inference (infer.py) reads it: its
    pending event mentions, the passages that hold its dates, and the dates themselves."""

    doc: str
    pending: tuple[EventMention, ...]
    passages: tuple[Passage, ...]
    dates: tuple[TimeExpression, ...]
    sentences: tuple[tuple[int, int], ...] = ()  # the bounds of every sentence


@dataclass(frozen=True)
class DocumentInference:
    """An undated document's inference (records.inference), with what an inferred date
    places: its dates resolved through it (only those it changes) and its pending event
    mentions that land on the calendar."""

    doc: str
    inference: Inference
    dates: tuple[TimeExpression, ...] = ()
    events: tuple[EventMention, ...] = ()


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store knows it: its name, content key and pipeline version."""

    doc: str
    key: str  # the hash of everything in the document that decides its extraction
    version: str  # the pipeline version that extracted it


@dataclass(frozen=True)
class KnownDocument:
    """A document of a file read before, byte for byte, whose analysis the store holds
    under this pipeline version: it is neither read nor analysed again."""

    doc: str
    key: str  # its content key, as when it was read
    published: PubDate | None  # for --since/--until, as when it was read


@dataclass(frozen=True)
class Signature:
    """A text's MinHash signature (copies.py): how many distinct shingles it has, the
    smallest hash of them under each of a fixed set of permutations, and the hash of each
    band of those values (texts sharing a band are candidate copies)."""

    shingles: int
    values: tuple[int, ...]  # empty for a text without words
    bands: tuple[int, ...]


@dataclass(frozen=True)
class CopyMember:
    """A document as copy detection sees it."""

    doc: str
    key: str  # content key: documents with the same content are copies outright
    published: str | None


@dataclass(frozen=True)
class AnalysedDocument:
    """A document and its extraction, ready to be saved (with its text's signature when
    it was analysed; content stored before keeps the signature it has)."""

    doc: str
    key: str
    version: str
    extraction: Extraction
    title: str | None
    signature: Signature | None = None


@dataclass(frozen=True)
class ExtractedDocument:
    """A record of `ainews extract`: a document, its extraction (keys in sorted order, as
    the store keeps it) and its title.  An undated document's ``inference`` (infer.py),
    when there is one: an inferred date is its ``published``, and ``explain`` adds the
    whole inference, reason and all."""

    doc: str
    extraction: Extraction
    title: str | None
    inference: Inference | None = None
    explain: bool = False

    def to_dict(self) -> JSON:
        data = self.extraction.public_dict()
        if self.inference is not None and self.inference.inferred:
            data["published"] = self.inference.published()
        record = {"doc": self.doc, **sorted_keys(data), "title": self.title}
        if self.explain and self.inference is not None:
            record["inference"] = self.inference.to_dict()
        return record


@dataclass(frozen=True)
class ExtractionCounts:
    """What an ingest's summary says of a stored extraction, read without decoding it."""

    lang: str | None
    published: str | None
    entities: int
    dates: int
    events: int


@dataclass(frozen=True)
class IngestedDocument:
    """A record of `ainews ingest`: what became of one document read."""

    doc: str
    status: str  # new, updated, cached (stored and unchanged), reused (same content under another name)
    lang: str | None
    published: str | None
    entities: int
    dates: int
    events: int
    copy_of: str | None = None  # the original, when the document is a copy of another one

    def to_dict(self) -> JSON:
        return {"doc": self.doc, "status": self.status, "lang": self.lang, "published": self.published,
                "entities": self.entities, "dates": self.dates, "events": self.events, "copy_of": self.copy_of}


@dataclass(frozen=True)
class StoreReport:
    """A record of `ainews store check`: what the store holds and whether it is sound."""

    path: str
    ok: bool
    integrity: tuple[str, ...]
    schema: int
    pipeline_version: str
    counts: Mapping[str, int]  # documents, extractions, mentions, events, facts
    documents_without_extraction: int
    # Written by another pipeline version: processed again on their next ingest, never misread.
    stale_documents: tuple[str, ...]

    def to_dict(self) -> JSON:
        return {
            "path": self.path,
            "ok": self.ok,
            "integrity": list(self.integrity),
            "schema": self.schema,
            "pipeline_version": self.pipeline_version,
            **self.counts,
            "documents_without_extraction": self.documents_without_extraction,
            "stale_documents": list(self.stale_documents),
        }


@dataclass(frozen=True)
class Sources:
    """What the export formats need beyond the events: the cited documents, Wikidata IDs
    by canonical name, and other names the alias table gives an entity (not the surface
    forms seen, which include possessives and misspellings)."""

    documents: Mapping[str, DocumentInfo] = field(default_factory=dict)
    wikidata: Mapping[str, str] = field(default_factory=dict)
    alternate_names: Mapping[str, Sequence[str]] = field(default_factory=dict)

    NONE: ClassVar[DocumentInfo] = DocumentInfo(None, None, None, None)

    def document(self, doc: str) -> DocumentInfo:
        return self.documents.get(doc, self.NONE)
