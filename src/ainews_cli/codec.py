"""JSON text: the one module that writes it, for the store and for every output.

Records (records.py) say what their JSON is with ``to_dict()``; this module turns that
into text, always with ``ensure_ascii=False`` and json's default separators, and lays
the text out: ``document`` for ``--format json`` (a list one record a line, an object
one key a line), ``json_lines`` for ``--format jsonl``, ``layout`` for an object with
one long list (TimelineJS, JSON-LD).

The store keeps records it serves often (merged events, facts) as the text this module
wrote.  A query hands them on as ``Encoded`` values: the JSON writers copy the text as it
is, and a table or another format reads ``value``, which decodes it once.  So a timeline
of ten thousand documents goes to ``--json`` without being decoded and encoded again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Encoded(Generic[T]):
    """A record as JSON text (as the store keeps it); ``value`` is the record, decoded on first use."""

    __slots__ = ("_decode", "_make", "_value", "text")

    def __init__(self, text: str, decode: Callable[[dict[str, Any]], T]) -> None:
        self.text = text
        self._decode: Callable[[dict[str, Any]], T] | None = decode
        self._make: Callable[[], T] | None = None
        self._value: T | None = None

    @classmethod
    def of(cls, record: Any) -> Encoded[Any]:
        """A record built here rather than read from the store: encoded now."""
        encoded: Encoded[Any] = cls(dumps(record), lambda _: record)
        encoded._value, encoded._decode = record, None
        return encoded

    @classmethod
    def made(cls, text: str, make: Callable[[], T]) -> Encoded[T]:
        """A record whose text is known and whose value ``make`` builds from records decoded
        already (a copy's from its original's), so its text is never decoded."""
        encoded: Encoded[T] = cls.__new__(cls)
        encoded.text, encoded._decode, encoded._make, encoded._value = text, None, make, None
        return encoded

    @property
    def value(self) -> T:
        if self._make is not None:
            self._value, self._make = self._make(), None
        if self._decode is not None:
            self._value = self._decode(json.loads(self.text))
            self._decode = None
        return self._value  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"Encoded({self.text[:60]!r}…)"


def decoded(items: Iterable[Encoded[T]]) -> list[T]:
    """The records these encoded ones hold."""
    return [item.value for item in items]


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _holds_encoded(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(item, Encoded) for item in value)


def dumps(value: Any) -> str:
    """A record (or any JSON value) as compact JSON text; Encoded values inside it, in a
    list or in a list of an object's, are written as the text they hold."""
    if isinstance(value, Encoded):
        return value.text
    value = _plain(value)
    if _holds_encoded(value):
        return "[" + ", ".join(dumps(item) for item in value) + "]"
    if isinstance(value, dict) and any(_holds_encoded(item) for item in value.values()):
        return "{" + ", ".join(f"{json.dumps(key, ensure_ascii=False)}: {dumps(item)}"
                               for key, item in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def first_field(key: str, value: Any) -> str:
    """How an object this module writes begins when its first field is ``key``: ``value``
    (so a record can be restated with another value there, without decoding it)."""
    return f"{{{json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"


def dumps_sorted(value: Any) -> str:
    """Compact JSON with the keys of every object sorted: how the store keeps an extraction."""
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def dumps_ascii_sorted(value: Any) -> str:
    """JSON with sorted keys and only ASCII characters: text to hash (a fingerprint)."""
    return json.dumps(_plain(value), sort_keys=True)


def loads(text: str) -> Any:
    return json.loads(text)


def document(value: Any) -> str:
    """``--format json``: a list one record a line, an object one key a line.

    Readable and byte-stable, and written by json's C encoder (``indent=`` would switch to
    its pure-Python one, which is most of the time of a timeline of ten thousand documents)."""
    value = value if isinstance(value, Encoded) else _plain(value)
    if isinstance(value, list):
        return "[\n" + ",\n".join(dumps(item) for item in value) + "\n]\n" if value else "[]\n"
    if isinstance(value, dict):
        return "{\n" + ",\n".join(f"{json.dumps(key)}: {dumps(item)}" for key, item in value.items()) + "\n}\n"
    return dumps(value) + "\n"


def json_lines(values: Iterable[Any]) -> str:
    """``--format jsonl``: one record a line."""
    return "".join(dumps(value) + "\n" for value in values)


def listing(values: Sequence[Any]) -> str:
    """A list one item a line, without a final newline (for a page that embeds it)."""
    return "[\n" + ",\n".join(dumps(value) for value in values) + "\n]" if values else "[]"


def layout(value: dict[str, Any], *, long: str) -> str:
    """An object one key a line, its list ``long`` one item a line (TimelineJS, JSON-LD)."""
    lines = [f"{json.dumps(key, ensure_ascii=False)}: " + (listing(item) if key == long else dumps(item))
             for key, item in value.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"
