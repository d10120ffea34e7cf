"""EDTF (the Library of Congress Extended Date/Time Format, ISO 8601-2) for calendar
values: the standard way to write a date at exactly the precision it has.

A pure function of a TimeML calendar value, its granularity, the days that bound it
and its TimeML mod.  Nothing is narrowed and nothing is invented:

- a year, a month or a day is itself ("2015", "2023-11", "2023-11-17");
- a week or a weekend is the interval of its days ("2023-11-18/2023-11-19");
- a season is EDTF's season code (21 spring ... 24 winter: "2023-22"), a quarter or a
  half-year its sub-year grouping (33-36, 40-41: "2023-35"); ainews's seasons are
  those the text names, whatever the hemisphere, so the hemisphere-free codes;
- a decade or a century has unspecified digits ("199X", "19XX").

Of TimeML's mods only APPROX ("around November 2023") has an EDTF mark: ``~``.  EDTF
has nothing for "early", "mid" or "late", and such a date is still certainly inside
its unit, so "the end of November 2022" stays "2022-11".  BEFORE/AFTER (and their
ON_OR_ forms) become open intervals ("../2015", "2015/..").  ``?`` (uncertain) is
never written: ainews does not mark a date as uncertain.
"""

from __future__ import annotations

import re

SEASON_CODES = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
QUARTER_CODES = {"Q1": 33, "Q2": 34, "Q3": 35, "Q4": 36}
HALF_CODES = {"H1": 40, "H2": 41}

_PLAIN = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}


def edtf(value: str, granularity: str | None, first: str | None = None, last: str | None = None,
         mod: str | None = None) -> str | None:
    """The EDTF string of a calendar value, or None when it has none (a duration, a set,
    a reference such as PRESENT_REF, an unanchored "XXXX-WXX-5")."""
    if granularity is None:
        return None
    value = value.split("T")[0] if granularity == "day" else value
    plain = _PLAIN.get(granularity)
    if plain is not None:
        if not re.fullmatch(plain, value):
            return None
        text = value
    elif granularity in ("week", "weekend"):
        if not first or not last or "X" in value:
            return None
        return _interval(first, last, mod)
    elif granularity in ("season", "quarter", "half"):
        match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])", value)
        if not match:
            return None
        code = {**SEASON_CODES, **QUARTER_CODES, **HALF_CODES}[match.group(2)]
        text = f"{match.group(1)}-{code}"
    elif granularity == "decade":
        if not re.fullmatch(r"\d{3}", value):
            return None
        text = value + "X"
    elif granularity == "century":
        if not re.fullmatch(r"\d{2}", value):
            return None
        text = value + "XX"
    else:
        return None
    return _qualified(text, mod)


def _qualified(text: str, mod: str | None) -> str:
    if mod == "APPROX":
        return text + "~"
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        return "../" + text
    if mod in ("AFTER", "ON_OR_AFTER"):
        return text + "/.."
    return text


def _interval(first: str, last: str, mod: str | None) -> str:
    if mod == "APPROX":
        return f"{first}~/{last}~"
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        return f"../{last}"
    if mod in ("AFTER", "ON_OR_AFTER"):
        return f"{first}/.."
    return f"{first}/{last}"
