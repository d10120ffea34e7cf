"""Temporal expressions: find them in text, normalise them TimeML-style, read metadata dates.

``find_dates`` tags a document body; ``parse_date_string``, ``dateline_date``,
``lead_dateline_date``, ``yearless_dateline_date``, ``closing_date_code`` and ``date_from_url``
read the publication date from metadata, a dateline (a line of its own, or the opening of
a wire story), a closing date code or a URL.
dateparser is imported only when a date string actually needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .strings import (
        closing_date_code,
        date_from_url,
        dateline_date,
        dateline_end,
        dates_the_page,
        lead_dateline_date,
        lead_dateline_end,
        parse_date_string,
        stated_day,
        story_day,
        yearless_dateline_date,
    )
    from .tagger import find_dates

__all__ = ["closing_date_code", "date_from_url", "dateline_date", "dateline_end", "dates_the_page", "find_dates",
           "lead_dateline_date", "lead_dateline_end", "parse_date_string", "stated_day", "story_day",
           "yearless_dateline_date"]


def __getattr__(name: str) -> Any:
    # Imported when first asked for: `dates.bounds` (--since/--until), which every query
    # imports, needs neither the tagger nor its per-language patterns.
    if name == "find_dates":
        from .tagger import find_dates

        return find_dates
    if name in __all__:
        from . import strings

        return getattr(strings, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
