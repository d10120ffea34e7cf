"""Date ranges given on the command line (``--since``, ``--until``): YYYY, YYYY-MM or
YYYY-MM-DD, read as the first or the last day they cover."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ainews_cli.errors import UsageError
from ainews_cli.records import PubDate


def parse_bound(value: str | None, flag: str, *, upper: bool) -> str | None:
    """ "2023" -> "2023-01-01" (or "2023-12-31" as an upper bound), "2023-11" likewise."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        raise UsageError(f"{flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}"
    if month:
        if not upper:
            return f"{year}-{month}-01"
        return f"{year}-{month}-{calendar.monthrange(int(year), int(month))[1]:02d}"
    return f"{year}-12-31" if upper else f"{year}-01-01"


@dataclass(frozen=True)
class DateRange:
    """The days from ``since`` to ``until`` (ISO days, either open)."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> DateRange:
        return cls(parse_bound(since, "--since", upper=False), parse_bound(until, "--until", upper=True))

    @property
    def bounded(self) -> bool:
        return self.since is not None or self.until is not None

    def overlaps(self, first: str, last: str) -> bool:
        """Whether the days from ``first`` to ``last`` meet the range."""
        return not ((self.since and last < self.since) or (self.until and first > self.until))

    def holds_published(self, published: PubDate) -> bool:
        """Whether the days a publication date covers ("2023" is the whole year) meet the range."""
        first = parse_bound(published.date, "published", upper=False) or published.date
        last = parse_bound(published.date, "published", upper=True) or published.date
        return self.overlaps(first, last)

    def describe(self) -> str:
        """ "outside 2023-01-01 – 2023-12-31", "before 2023-01-01" or "after 2023-12-31"."""
        if self.since and self.until:
            return f"outside {self.since} – {self.until}"
        return f"before {self.since}" if self.since else f"after {self.until}"
