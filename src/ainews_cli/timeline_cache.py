"""When the store's merged timeline is current, and merging it again when it is not.

The ``timeline`` table is a cache of a pure function of the stored event mentions
(merge.py) and, with inference on, of the publication dates inferred for undated
documents (infer.py) and the mentions those place.  It is current while it was merged
from the store's present generation (every save bumps it) by merging code of
``TIMELINE_REVISION``, with inference on or off as asked.  An ingest that changed the
store refreshes it (pipeline.py), so the next query over the whole store reads it as it
is; a query that finds it stale merges first.  Inference reads only what the store
keeps (no spaCy), so a new document that dates an old undated one places it here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ainews_cli import copies
from ainews_cli.merge import merge
from ainews_cli.records import DocumentInference, Event, Source
from ainews_cli.store import Store

# Bump when merging (merge.py), copy detection (copies.py), inference (infer.py) or the
# event record (records.Event) changes: a store's merged timeline from another revision
# is merged again, never shown.
TIMELINE_REVISION = "6"
INFERRED = "/inferred"  # what the stored timeline's mark ends with when inference placed mentions in it


@dataclass(frozen=True)
class Refreshed:
    """A timeline merged again: its events, and (with inference) each undated document's inference."""

    events: list[Event]
    inferences: dict[str, DocumentInference] | None


def _mark(generation: str, infer: bool) -> str:
    return f"{generation}/{TIMELINE_REVISION}" + (INFERRED if infer else "")


def is_current(store: Store, *, infer: bool = True) -> bool:
    """Whether the stored timeline was merged from the stored mentions as they are now, by
    this code, with inference as asked."""
    return _stored(store, infer)[1]


def _stored(store: Store, infer: bool) -> tuple[str, bool]:
    """The stored mentions' generation, and whether the timeline is current with it."""
    generation, merged_from = store.timeline_of()
    return generation, merged_from == _mark(generation, infer)


def refresh(store: Store, *, infer: bool = True) -> Refreshed | None:
    """Merge every stored event mention (with ``infer``, and those the inferred publication
    dates place) into the store's timeline unless it is current.  What it merged (stored
    unless the store is read-only or changed meanwhile), None when the stored timeline was
    current."""
    before, current = _stored(store, infer)
    if current:
        return None
    # The copies are found before the mentions are read, so the signatures they compare
    # are let go before every mention is held: the two at once were the most memory an
    # ingest needed.  Found before a save that came in between, they are found again.
    found = originals(store)
    generation, sources = store.event_snapshot()
    if generation != before:
        found = originals(store)
    inferences = None
    if infer:
        from ainews_cli.infer import infer as infer_dates

        inferences = {item.doc: item for item in infer_dates(store.undated_documents(), sources, found)}
        sources = [*sources, *placed(inferences.values())]
    merged = merge(sources, originals=found, sites=store.sites())
    store.replace_timeline(generation, _mark(generation, infer).split("/", 1)[1], merged, found,
                           list(inferences.values()) if inferences is not None else None)
    return Refreshed(merged, inferences)


def inferences(store: Store, docs: Sequence[str] | None = None) -> dict[str, DocumentInference]:
    """The current inference of each undated document among ``docs`` (or all)."""
    refreshed = refresh(store, infer=True)
    if refreshed is None or refreshed.inferences is None:
        return store.inferences(docs)
    wanted = None if docs is None else set(docs)
    return {doc: item for doc, item in refreshed.inferences.items() if wanted is None or doc in wanted}


def placed(items: Iterable[DocumentInference]) -> list[Source]:
    """The event mentions inferred publication dates place, each with its document."""
    return [Source(item.doc, event) for item in items for event in item.events]


def originals(store: Store, docs: Sequence[str] | None = None) -> dict[str, str]:
    """Each copy among the stored documents (or these) and its original (copies.py)."""
    members = store.copy_members(docs)
    keys = {member.key for member in members}
    buckets = [kept for bucket in store.copy_buckets() if len(kept := [key for key in bucket if key in keys]) > 1]
    signatures = store.signatures({key for bucket in buckets for key in bucket})
    return copies.originals(members, signatures, buckets)
