"""EDTF strings: every calendar value at exactly its precision, parsed back by the
`edtf` package (the reference Python implementation of the Library of Congress spec)."""

from __future__ import annotations

import time

import pytest
from edtf import parse_edtf

from ainews_cli.dates.normalise import bounds
from ainews_cli.edtf import edtf


@pytest.mark.parametrize(("value", "granularity", "mod", "expected"), [
    ("2015", "year", None, "2015"),
    ("2023-11", "month", None, "2023-11"),
    ("2022-11", "month", "END", "2022-11"),  # "the end of November 2022": still November, no mark
    ("2023-11-17", "day", None, "2023-11-17"),
    ("2023-11-19TNI", "day", "END", "2023-11-19"),  # "late Sunday night"
    ("2023-W46-WE", "weekend", None, "2023-11-18/2023-11-19"),
    ("2023-W46", "week", None, "2023-11-13/2023-11-19"),
    ("2023-SP", "season", None, "2023-21"),
    ("2023-SU", "season", None, "2023-22"),
    ("2023-FA", "season", None, "2023-23"),
    ("2023-WI", "season", None, "2023-24"),
    ("2023-Q1", "quarter", None, "2023-33"),
    ("2023-Q3", "quarter", None, "2023-35"),
    ("2023-H2", "half", None, "2023-41"),
    ("199", "decade", "MID", "199X"),
    ("19", "century", None, "19XX"),
    ("2023-11", "month", "APPROX", "2023-11~"),
    ("2023-W46-WE", "weekend", "APPROX", "2023-11-18~/2023-11-19~"),
    ("2015", "year", "BEFORE", "../2015"),
    ("2015", "year", "AFTER", "2015/.."),
])
def test_calendar_values(value: str, granularity: str, mod: str | None, expected: str) -> None:
    first, last = bounds(value) or (None, None)
    assert edtf(value, granularity, first, last, mod) == expected
    parsed = parse_edtf(expected)
    # The parsed EDTF covers exactly the days ainews says the value covers (open ends
    # aside; EDTF leaves the months of a season to the reader).
    if mod not in ("BEFORE", "AFTER") and granularity != "season" and first and last:
        assert time.strftime("%Y-%m-%d", parsed.lower_strict()) == first
        assert time.strftime("%Y-%m-%d", parsed.upper_strict()) == last


@pytest.mark.parametrize(("value", "granularity"), [
    ("XXXX-WXX-5", "day"),  # unanchored "am Freitag"
    ("XXXX-11", "month"),
    ("P2Y", None),
    ("PRESENT_REF", None),
    ("XXXX-WXX-WE", "weekend"),
])
def test_no_edtf_for_what_is_not_on_the_calendar(value: str, granularity: str | None) -> None:
    assert edtf(value, granularity) is None
