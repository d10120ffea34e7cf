"""The interactive timeline page: one self-contained, offline HTML file.

The template, its stylesheet and its script live in ``data/timeline.{html,css,js}``
and are put together here with the timeline records embedded as a JSON script
element. The page fetches nothing: its Content-Security-Policy allows no source at
all except the inline style and script, named by their SHA-256 hashes (a hash, not
a nonce, so the same records always give the same bytes).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from importlib import resources
from typing import Any

from ainews_cli import codec
from ainews_cli.records import Event

# What an HTML parser could read inside a <script> element as its end or as a comment
# opening, escaped the JSON way; the parsed data is unchanged. U+2028/9 too, for
# anyone who pastes the data into a script.
_UNSAFE_IN_SCRIPT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_UNSAFE_PATTERN = re.compile("[<>&\u2028\u2029]")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def embed_json(value: Any) -> str:
    """JSON that can stand inside <script type="application/json"> whatever its strings hold;
    a list one record a line, like `--format json`."""
    text = codec.listing(value) if isinstance(value, list) else codec.dumps_sorted(value)
    return _UNSAFE_PATTERN.sub(lambda m: _UNSAFE_IN_SCRIPT[m.group(0)], text)


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _asset(name: str) -> str:
    return (resources.files("ainews_cli") / "data" / name).read_text(encoding="utf-8")


def page(records: Sequence[Event], *, filters: Mapping[str, str | None]) -> str:
    """The page for these timeline records; `filters` are the flags that chose them (shown in the header)."""
    style, script = _asset("timeline.css"), _asset("timeline.js")
    csp = (f"default-src 'none'; script-src '{_hash(script)}'; style-src '{_hash(style)}'; "
           "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    used = {key: value for key, value in filters.items() if value}
    title = "ainews timeline" + (": " + ", ".join(f"{key} {value}" for key, value in used.items()) if used else "")
    values = {
        "csp": csp,
        "title": html.escape(title),
        "style": style,
        "script": script,
        # An event dated only through an inferred publication date shows its date as "≈DATE"
        # (its label, its details); each source's anchor says "inferred" (docs/html.md).
        "data": embed_json([replace(event, date=f"≈{event.date}") if event.inferred else event
                            for event in records]),
        "meta": embed_json({"filters": used}),
    }
    # One pass: text put in (a sentence saying "{{script}}") is never looked at again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("timeline.html"))
