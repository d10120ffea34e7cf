"""The typed records that flow from a document to the byte written, and their JSON shape.

Every record is a frozen dataclass: a pure value, built once and never mutated.
``to_dict()`` gives its JSON shape (field names and order are decided here and
nowhere else; docs/json.md documents them) and ``from_dict()`` reads it back;
codec.py is the one module that turns them into JSON text.

The path a value takes: a ``Document`` is read (ingest.py); the analysis makes an
``Extraction`` of it (``Sentence``, ``EntityMention``, ``TimeExpression``,
``EventMention``, ``Fact``); the store keeps extractions and hands back the event
mentions as ``Source``; merging makes ``Event`` records; queries make ``EntitySummary``,
``Profile``, ``Story``, ``DocumentFact`` and ``ExtractedDocument`` records.

- base.py: granularities, the JSON shape type, span helpers;
- documents.py: documents, what the analysis finds, the extraction, store reports;
- facts.py: the fact kinds (FACT_KINDS) with their typed details, and the fact record;
- timeline.py: merged events, their sources, an entity's story;
- inference.py: an undated document's inferred publication date and its evidence;
- entities.py: entity summaries and profiles.
"""

from ainews_cli.records.base import (
    GRANULARITIES,
    GRANULARITY_RANK,
    JSON,
    Record,
    counted,
    fold,
    sorted_keys,
    within,
)
from ainews_cli.records.documents import (
    FILED,
    AnalysedDocument,
    Anchor,
    CopyMember,
    Document,
    DocumentInference,
    DocumentInfo,
    EntityMention,
    EventMention,
    ExtractedDocument,
    Extraction,
    ExtractionCounts,
    IngestedDocument,
    KnownDocument,
    Participant,
    Passage,
    PubDate,
    Sentence,
    Signature,
    Source,
    Sources,
    Span,
    StatedAmount,
    StoredDocument,
    StoreReport,
    TimeExpression,
    UndatedDocument,
)
from ainews_cli.records.entities import (
    AliasCount,
    AliasWay,
    Companion,
    EntitySummary,
    Explanation,
    NameCount,
    Profile,
)
from ainews_cli.records.facts import (
    FACT_KINDS,
    DocumentFact,
    Fact,
    FactDate,
    FactDetails,
    Founded,
    Investment,
    MergedRole,
    Money,
    Percent,
    Role,
    RoleSource,
    Stake,
    SubjectAmount,
    ValueChange,
    english_qualifier,
    merge_roles,
)
from ainews_cli.records.inference import INFERRED, Evidence, Inference, MatchedEvent, days_value
from ainews_cli.records.timeline import Event, EventSource, Story

__all__ = [
    "FACT_KINDS",
    "FILED",
    "GRANULARITIES",
    "GRANULARITY_RANK",
    "INFERRED",
    "JSON",
    "AliasCount",
    "AliasWay",
    "AnalysedDocument",
    "Anchor",
    "Companion",
    "CopyMember",
    "Document",
    "DocumentFact",
    "DocumentInference",
    "DocumentInfo",
    "EntityMention",
    "EntitySummary",
    "Event",
    "EventMention",
    "EventSource",
    "Evidence",
    "Explanation",
    "ExtractedDocument",
    "Extraction",
    "ExtractionCounts",
    "Fact",
    "FactDate",
    "FactDetails",
    "Founded",
    "Inference",
    "IngestedDocument",
    "Investment",
    "KnownDocument",
    "MatchedEvent",
    "MergedRole",
    "Money",
    "NameCount",
    "Participant",
    "Passage",
    "Percent",
    "Profile",
    "PubDate",
    "Record",
    "Role",
    "RoleSource",
    "Sentence",
    "Signature",
    "Source",
    "Sources",
    "Span",
    "Stake",
    "StatedAmount",
    "StoreReport",
    "StoredDocument",
    "Story",
    "SubjectAmount",
    "TimeExpression",
    "UndatedDocument",
    "ValueChange",
    "counted",
    "days_value",
    "english_qualifier",
    "fold",
    "merge_roles",
    "sorted_keys",
    "within",
]
