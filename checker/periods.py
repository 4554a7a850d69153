"""Periods a figure refers to: years, halves, quarters, months, days, and ranges of them.

A Period is the closed span of days [start, end] with the grain it was written in. It knows
its order, containment, length, the same span a year earlier, and the years between two periods.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from quicktions import Fraction

from .errors import CheckerError

__all__ = ["Period", "PeriodError", "parse_period"]

_FIRST_YEAR, _LAST_YEAR = 1000, 9999
_DAYS_PER_YEAR = Fraction(36525, 100)
_FORMS = "write 2023, 2023-Q3, 2023-H1, 2023-11, 2023-11-24, or a range such as 2023-Q1..2023-Q3"

# Numbers are matched loosely (\d+) so that 2023-Q5 or 2023-13 get a message about the number
# rather than about the shape; ASCII so that digits from other scripts are not read as years.
_SINGLE = re.compile(
    r"(?P<year>\d+)(?:-(?:[Qq](?P<quarter>\d+)|[Hh](?P<half>\d+)|(?P<month>\d+)(?:-(?P<day>\d+))?))?",
    re.ASCII,
)
_MONTHS_IN = {"year": 12, "half": 6, "quarter": 3, "month": 1}


class PeriodError(CheckerError, ValueError):
    """A period that cannot be read; the message names it and is written for the person who wrote it."""


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """The days from `start` to `end` (both included), and the grain they were written in.

    Build periods with parse_period: it turns a range that is exactly one year, half, quarter,
    month or day into that period, which is what lets every period print as text that reads back.
    """

    start: date
    end: date
    grain: str  # 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range'
    # Periods key the rules' index: hashed once, from day numbers, which hash the same in every
    # process (a pickled period keeps a hash that stays right on another machine).
    _hash: int = field(init=False, repr=False, compare=False)
    # Its text, written on first use: findings print the same periods again and again.
    _text: str | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.start.toordinal(), self.end.toordinal())))

    def __hash__(self) -> int:
        return self._hash

    def __str__(self) -> str:
        text = self._text
        if text is None:
            text = self._written()
            object.__setattr__(self, "_text", text)
        return text

    def _written(self) -> str:
        if self.grain != "range":
            return _label(self.start, self.grain)
        # Halves are left out: a range aligned to halves is aligned to quarters, the usual way to write it.
        for grain in ("year", "quarter", "month"):
            if (
                _enclosing(self.start, grain).start == self.start
                and _enclosing(self.end, grain).end == self.end
            ):
                return f"{_label(self.start, grain)}..{_label(self.end, grain)}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_instant(self) -> bool:
        return self.start == self.end

    @property
    def year(self) -> int | None:
        """The year, when the period is exactly one calendar year."""
        if (self.start.month, self.start.day) == (1, 1) and self.end == date(
            self.start.year, 12, 31
        ):
            return self.start.year
        return None

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def shift_years(self, years: int) -> Period:
        """The same span moved by whole years (a 29 February becomes the 28th)."""
        if not (_FIRST_YEAR <= self.start.year + years and self.end.year + years <= _LAST_YEAR):
            raise PeriodError(
                f"'{self}' moved by {years} years is not a period: years run from {_FIRST_YEAR} to {_LAST_YEAR}"
            )
        start, end = _shift(self.start, years), _shift(self.end, years)
        if self.start.day == 1 and self.end == _month_end(self.end.year, self.end.month):
            end = _month_end(
                end.year, end.month
            )  # whole months stay whole: February 2023 -> February 2024 ends on the 29th
        # A range can land on exactly one month (2024-02-01..2024-02-28 a year back is February 2023),
        # and must then become that month to keep printing as text that reads back.
        return _span(start, end)

    def previous_year(self) -> Period:
        return self.shift_years(-1)

    def follows(self, other: Period) -> bool:
        """Whether this is `other` a year later: the pair a year-on-year change compares.

        Both directions are tried because 29 February has two neighbours: 2024-02-29 follows
        2023-02-28 (its previous year), and 2025-02-28 follows 2024-02-29 (that day a year later).
        """
        if (self.start.year - other.start.year, self.end.year - other.end.year) != (1, 1):
            return False  # also keeps both shifts below inside the years a period may have
        return self.previous_year() == other or other.shift_years(1) == self

    def years_until(self, other: Period) -> Fraction:
        """Years from this period to `other`, as a compound annual rate counts them (2013 -> 2022 is 9).

        Measured between the periods' ends: in months when both end on a month end, so whole
        years, quarters and months give exact fractions; otherwise in days of an average year.
        """
        if self.end == _month_end(self.end.year, self.end.month) and other.end == _month_end(
            other.end.year, other.end.month
        ):
            months = (other.end.year - self.end.year) * 12 + other.end.month - self.end.month
            return Fraction(months, 12)
        return Fraction((other.end - self.end).days) / _DAYS_PER_YEAR


def parse_period(value: str | int | date) -> Period:
    """Read a period as written (`2023`, `2023-Q3`, `2023-Q1..2023-Q3`, a YAML int or date); raises PeriodError."""
    if isinstance(value, date):
        # YAML reads `2023-11-24 10:00` as a datetime; a datetime never compares equal to a date.
        day = value.date() if isinstance(value, datetime) else value
        if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
            raise PeriodError(
                f"'{day.isoformat()}' is not a period: years run from {_FIRST_YEAR} to {_LAST_YEAR}"
            )
        return Period(day, day, "day")
    # bool is an int, and True would otherwise read as the year 1.
    if isinstance(value, int) and not isinstance(value, bool):
        return _parse_text(str(value))
    if isinstance(value, str):
        return _parse_text(value)
    if isinstance(value, float):
        raise PeriodError(
            f"'{value}' is not a period: a year is a whole number such as 2023; {_FORMS}"
        )
    raise PeriodError(f"'{value}' is not a period: {_FORMS}")


# Only text is cached: caching parse_period itself would let 2023.0 (equal to 2023) hit the entry for 2023.
@lru_cache(maxsize=65536)
def _parse_text(text: str) -> Period:
    cleaned = text.strip()
    if not cleaned:
        raise PeriodError(f"the period is empty: {_FORMS}")
    if ".." not in cleaned:
        return _parse_single(cleaned, cleaned)
    first_text, _, last_text = (part.strip() for part in cleaned.partition(".."))
    if not first_text or not last_text:
        raise PeriodError(
            f"'{cleaned}' is not a period: a range needs a start and an end, as in 2023-Q1..2023-Q3"
        )
    if ".." in last_text:
        raise PeriodError(
            f"'{cleaned}' is not a period: a range has a single '..', as in 2023-Q1..2023-Q3"
        )
    first, last = _parse_single(first_text, cleaned), _parse_single(last_text, cleaned)
    if last.end < first.start:
        raise PeriodError(
            f"'{cleaned}' is not a period: the range ends ({last_text}) before it starts ({first_text})"
        )
    # 2023..2023-H1 or 2023-Q3..2023 read literally are a half year, which is surely not what was meant.
    if last.start < first.start or last.end < first.end:
        raise PeriodError(
            f"'{cleaned}' is not a period: a range runs from an earlier period to a later one, and {first_text} is not before {last_text}"
        )
    return _span(first.start, last.end)


def _parse_single(text: str, whole: str) -> Period:
    match = _SINGLE.fullmatch(text)
    if not match:
        raise PeriodError(f"'{whole}' is not a period: {_FORMS}")
    year = int(match["year"])
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise PeriodError(
            f"'{whole}' is not a period: years run from {_FIRST_YEAR} to {_LAST_YEAR}"
        )
    if match["quarter"]:
        quarter = int(match["quarter"])
        if not 1 <= quarter <= 4:
            raise PeriodError(f"'{whole}' is not a period: quarters run from Q1 to Q4")
        return _enclosing(date(year, 3 * quarter, 1), "quarter")
    if match["half"]:
        half = int(match["half"])
        if half not in (1, 2):
            raise PeriodError(f"'{whole}' is not a period: halves are H1 and H2")
        return _enclosing(date(year, 6 * half, 1), "half")
    if not match["month"]:
        return _enclosing(date(year, 1, 1), "year")
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise PeriodError(f"'{whole}' is not a period: months run from 01 to 12")
    if not match["day"]:
        return _enclosing(date(year, month, 1), "month")
    day, last = int(match["day"]), calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise PeriodError(
            f"'{whole}' is not a period: {calendar.month_name[month]} {year} has {last} days"
        )
    return Period(date(year, month, day), date(year, month, day), "day")


def _enclosing(day: date, grain: str) -> Period:
    """The year, half, quarter, month or day that contains `day`."""
    if grain == "day":
        return Period(day, day, "day")
    months = _MONTHS_IN[grain]
    first = (day.month - 1) // months * months + 1
    return Period(date(day.year, first, 1), _month_end(day.year, first + months - 1), grain)


def _span(start: date, end: date) -> Period:
    """The days from start to end, as a single period when they are exactly one."""
    for grain in ("year", "half", "quarter", "month", "day"):
        single = _enclosing(start, grain)
        if single.end == end and single.start == start:
            return single
    return Period(start, end, "range")


def _label(day: date, grain: str) -> str:
    """The text of the `grain` period containing `day`."""
    if grain == "year":
        return f"{day.year}"
    if grain == "half":
        return f"{day.year}-H{(day.month + 5) // 6}"
    if grain == "quarter":
        return f"{day.year}-Q{(day.month + 2) // 3}"
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift(day: date, years: int) -> date:
    year = day.year + years
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))
