"""Date ranges given on the command line (``--since``, ``--until``): YYYY, YYYY-MM,
YYYY-MM-DD or an ISO week YYYY-Www, each a real calendar date, read as the first or
the last day it covers."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ainews_cli.errors import UsageError
from ainews_cli.records import PubDate

FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www (2023, 2023-11, 2023-11-17, 2023-W46)"
_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


def days(value: str) -> tuple[str, str]:
    """The first and last ISO day a date covers: "2023" -> ("2023-01-01", "2023-12-31"),
    "2023-W46" -> ("2023-11-13", "2023-11-19").  Raises ValueError, saying why, for a
    value of another shape or one that is not on the calendar ("2023-02-30")."""
    match = _SHAPE.fullmatch(value.strip())
    if not match:
        loose = re.fullmatch(r"\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}-W\d{1,2}", value.strip())
        raise ValueError("months, days and weeks take two digits" if loose else "")
    year_text, month_text, day_text, week_text = match.groups()
    year = int(year_text)
    if year < dt.MINYEAR:
        raise ValueError("there is no year 0")
    if week_text:
        week = int(week_text)
        weeks = dt.date(year, 12, 28).isocalendar().week  # 28 December is always in the last week
        if not 1 <= week <= weeks:
            raise ValueError(f"{year} has ISO weeks 01 to {weeks}")
        return (dt.date.fromisocalendar(year, week, 1).isoformat(), dt.date.fromisocalendar(year, week, 7).isoformat())
    if not month_text:
        return f"{year_text}-01-01", f"{year_text}-12-31"
    month = int(month_text)
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month_text}")
    last = calendar.monthrange(year, month)[1]
    if not day_text:
        return f"{year_text}-{month_text}-01", f"{year_text}-{month_text}-{last:02d}"
    day = int(day_text)
    if not 1 <= day <= last:
        raise ValueError(f"{year_text}-{month_text} has days 01 to {last}")
    return (value.strip(),) * 2


def parse_bound(value: str | None, flag: str, *, upper: bool) -> str | None:
    """ "2023" -> "2023-01-01" (or "2023-12-31" as an upper bound), "2023-11" likewise;
    a UsageError naming the value and the forms taken for anything else."""
    if value is None:
        return None
    try:
        first, last = days(value)
    except ValueError as error:
        why = f" ({error})" if str(error) else ""
        raise UsageError(f"{flag} takes a calendar date as {FORMS}, not {value!r}{why}") from None
    return last if upper else first


@dataclass(frozen=True)
class DateRange:
    """The days from ``since`` to ``until`` (ISO days, either open)."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> DateRange:
        """The range two flags give; a range that ends before it starts is a UsageError."""
        dates = cls(parse_bound(since, "--since", upper=False), parse_bound(until, "--until", upper=True))
        if dates.since and dates.until and dates.since > dates.until:
            raise UsageError(f"--since {since} starts after --until {until} ends ({dates.since} > {dates.until}); "
                             "give the earlier date to --since")
        return dates

    @property
    def bounded(self) -> bool:
        return self.since is not None or self.until is not None

    def overlaps(self, first: str, last: str) -> bool:
        """Whether the days from ``first`` to ``last`` meet the range."""
        return not ((self.since and last < self.since) or (self.until and first > self.until))

    def holds_published(self, published: PubDate) -> bool:
        """Whether the days a publication date covers ("2023" is the whole year) meet the range."""
        try:
            first, last = days(published.date)
        except ValueError:
            first = last = published.date
        return self.overlaps(first, last)

    def describe(self) -> str:
        """ "outside 2023-01-01 – 2023-12-31", "before 2023-01-01" or "after 2023-12-31"."""
        if self.since and self.until:
            return f"outside {self.since} – {self.until}"
        return f"before {self.since}" if self.since else f"after {self.until}"
