"""Temporal expressions: find them in text, normalise them TimeML-style, read metadata dates.

``find_dates`` tags a document body; ``parse_date_string``, ``dateline_date``,
``lead_dateline_date`` and ``date_from_url`` read the publication date from metadata,
a dateline (a line of its own, or the opening of a wire story) or a URL.
dateparser is imported only when a date string actually needs it.
"""

from __future__ import annotations

from .strings import date_from_url, dateline_date, lead_dateline_date, parse_date_string
from .tagger import find_dates

__all__ = ["date_from_url", "dateline_date", "find_dates", "lead_dateline_date", "parse_date_string"]
