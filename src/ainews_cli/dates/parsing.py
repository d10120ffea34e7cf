"""dateparser, wrapped so it can only normalise what was written.

dateparser is imported lazily (it costs about 0.1 s) and one ``DateDataParser`` is
kept per language.  Its settings switch off relative parsing and require a written
year, so a missing year is never filled in from today's date; the returned
``period`` then tells which parts (day, month) were written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_SETTINGS = {
    "REQUIRE_PARTS": ["year"],
    # Relative and timestamp parsers would read "2 years ago" or "1700000000" against now.
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_TIME_AS_PERIOD": True,
    "PREFER_DAY_OF_MONTH": "first",
}


@lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...]) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(languages), settings=_SETTINGS)


@lru_cache(maxsize=4096)
def written_parts(text: str, languages: tuple[str, ...]) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a date string, None for parts that were not written."""
    try:
        parser = _parser(languages)
    except ValueError:  # a language dateparser does not know
        return None
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    found = data.date_obj
    if data.period == "year":
        return found.year, None, None
    if data.period == "month":
        return found.year, found.month, None
    return found.year, found.month, found.day
