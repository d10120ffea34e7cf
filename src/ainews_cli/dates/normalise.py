"""Calendar arithmetic on TimeML values: shifting, week and weekend maths, bounds.

Pure functions over ``datetime.date``; nothing here knows about text.  A value's
precision is carried by its granularity name and never widened: shifting a year
by a year gives a year, not a day that happens to fall in it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}  # meteorological, north


def parse_day(value: str) -> date:
    return date(int(value[:4]), int(value[5:7]), int(value[8:10]))


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, unit: str, amount: int) -> date:
    """Move ``day`` by ``amount`` units (Y, M, W, D, DE)."""
    if unit == "Y":
        return add_months(day, 12 * amount)
    if unit == "DE":
        return add_months(day, 120 * amount)
    if unit == "M":
        return add_months(day, amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    return day + timedelta(days=amount)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def value_at(day: date, granularity: str) -> str:
    """The TimeML value of the ``granularity``-sized unit containing ``day``."""
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "week":
        return iso_week(day)
    if granularity == "weekend":
        return iso_week(day) + "-WE"
    if granularity == "decade":
        return f"{day.year:04d}"[:3]
    return day.isoformat()


def weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.isoweekday() - weekday) % 7)


def weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.isoweekday()) % 7)


def weekend_saturday(day: date, *, future: bool) -> date:
    """Saturday of the weekend meant from ``day``: the last one, or the coming one.

    On a Saturday or Sunday both readings are the current weekend.
    """
    if day.isoweekday() == 7:
        return day - timedelta(days=1)
    if future:
        return weekday_on_or_after(day, 6)
    return weekday_on_or_before(day, 6)


_BOUNDED = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<we>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T\w+)?$"
)


def bounds(value: str) -> tuple[str, str] | None:
    """First and last ISO day of a calendar value, or None if it is not one."""
    if re.fullmatch(r"\d{3}", value):  # decade
        start = int(value) * 10
        return f"{start:04d}-01-01", f"{start + 9:04d}-12-31"
    if re.fullmatch(r"\d{2}", value):  # century "19" = 1900-1999
        start = int(value) * 100
        return f"{start:04d}-01-01", f"{start + 99:04d}-12-31"
    match = _BOUNDED.match(value)
    if not match:
        return None
    year = int(match["year"])
    if match["day"]:
        day = date(year, int(match["month"]), int(match["day"]))
        return day.isoformat(), day.isoformat()
    if match["month"]:
        month = int(match["month"])
        last_day = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last_day).isoformat()
    if match["week"]:
        monday = date.fromisocalendar(year, int(match["week"]), 1)
        if match["we"]:
            return (monday + timedelta(days=5)).isoformat(), (monday + timedelta(days=6)).isoformat()
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if match["quarter"] or match["half"]:
        size = 3 if match["quarter"] else 6
        first_month = (int(match["quarter"] or match["half"]) - 1) * size + 1
        last_month = first_month + size - 1
        return (
            date(year, first_month, 1).isoformat(),
            date(year, last_month, calendar.monthrange(year, last_month)[1]).isoformat(),
        )
    if match["season"]:
        first_month, last_month = SEASON_MONTHS[match["season"]]
        end_year = year + 1 if last_month < first_month else year
        return (
            date(year, first_month, 1).isoformat(),
            date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]).isoformat(),
        )
    return f"{year:04d}-01-01", f"{year:04d}-12-31"
