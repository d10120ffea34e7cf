"""What every record module shares: granularities, the JSON shape type, span helpers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

# Granularities a calendar value can have, coarsest first.  The rank orders the
# timeline: a year sorts before the months and days that start on the same day.
GRANULARITIES = (
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "weekend",
    "day",
)
GRANULARITY_RANK = {name: rank for rank, name in enumerate(GRANULARITIES)}

JSON = dict[str, Any]  # a record's JSON shape, as to_dict() gives it


class Record(Protocol):
    def to_dict(self) -> JSON: ...


R = TypeVar("R")


def within(items: Sequence[R], starts: Sequence[int], start: int, end: int) -> list[R]:
    """The items (sorted by ``start``, ``starts`` their starts) lying inside [start, end):
    a bisection, so going through a document's sentences stays linear."""
    found = items[bisect_left(starts, start): bisect_left(starts, end)]
    return [item for item in found if item.end <= end]  # type: ignore[attr-defined]


_INNER_BULLET = re.compile(r"\n\s*[-*•]\s+")


def fold(text: str) -> str:
    """A sentence as records keep it for display: list bullets inside it dropped,
    whitespace folded."""
    return " ".join(_INNER_BULLET.sub(" ", text).split())


def counted(n: int, what: str) -> str:
    """``n`` and a noun that takes "s" in the plural, for messages: "1 document", "3 mentions"."""
    return f"{n} {what}{'' if n == 1 else 's'}"


def sorted_keys(value: Any) -> Any:
    """A JSON value with the keys of every object in sorted order (the stored extraction's shape)."""
    if isinstance(value, dict):
        return {key: sorted_keys(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [sorted_keys(item) for item in value]
    return value
