"""When the store's merged timeline is current, and merging it again when it is not.

The ``timeline`` table is a cache of a pure function of the stored event mentions
(merge.py).  It is current while it was merged from the store's present
generation (every save bumps it) by merging code of ``TIMELINE_REVISION``.  An
ingest that changed the store refreshes it (pipeline.py), so the next query over
the whole store reads it as it is; a query that finds it stale merges first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ainews_cli import copies
from ainews_cli.merge import merge
from ainews_cli.records import Event
from ainews_cli.store import Store

# Bump when merging (merge.py), copy detection (copies.py) or the event record
# (records.Event) changes: a store's merged timeline from another revision is merged
# again, never shown.
TIMELINE_REVISION = "4"


def is_current(store: Store) -> bool:
    """Whether the stored timeline was merged from the stored mentions as they are now, by this code."""
    generation, merged_from = store.timeline_of()
    return merged_from == f"{generation}/{TIMELINE_REVISION}"


def refresh(store: Store) -> list[Event] | None:
    """Merge every stored event mention into the store's timeline unless it is current.
    The merged events when it merged (stored unless the store is read-only or changed
    meanwhile), None when the stored timeline was current."""
    if is_current(store):
        return None
    generation, sources = store.event_snapshot()
    found = originals(store)
    merged = merge(sources, originals=found, sites=store.sites())
    store.replace_timeline(generation, TIMELINE_REVISION, merged, found)
    return merged


def originals(store: Store, docs: Sequence[str] | None = None) -> dict[str, str]:
    """Each copy among the stored documents (or these) and its original (copies.py)."""
    members = store.copy_members(docs)
    keys = {member.key for member in members}
    buckets = [kept for bucket in store.copy_buckets() if len(kept := [key for key in bucket if key in keys]) > 1]
    signatures = store.signatures({key for bucket in buckets for key in bucket})
    return copies.originals(members, signatures, buckets)
