"""Periods a figure refers to: years, halves, quarters, months, days, and ranges of them.

A Period is the closed span of days [start, end] with the grain it was written in. It knows
its order, containment, length, the same span a year earlier, and the years between two periods.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache

__all__ = ["Period", "PeriodError", "parse_period"]


class PeriodError(ValueError):
    """A period text that cannot be read; the message is written for the person who wrote it."""


_SINGLE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<quarter>[Qq]\d)|(?P<half>[Hh]\d)|(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?))?$"
)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """The days from `start` to `end` (both included), and the grain they were written in."""

    start: date
    end: date
    grain: str

    def __str__(self) -> str:
        if self.grain != "range":
            return _single_text(self.start, self.grain)
        for grain in ("year", "half", "quarter", "month", "day"):
            first = _single_text(self.start, grain)
            last = _single_text(self.end, grain)
            if _parse_single(first, first).start == self.start and _parse_single(last, last).end == self.end:
                return f"{first}..{last}"
        raise AssertionError("every range starts and ends on a day")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_instant(self) -> bool:
        return self.start == self.end

    @property
    def year(self) -> int | None:
        """The year, when the period is exactly one calendar year."""
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31):
            return self.start.year
        return None

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def shift_years(self, years: int) -> Period:
        """The same span moved by whole years (a 29 February becomes the 28th)."""
        start = _shift(self.start, years)
        end = _shift(self.end, years)
        if self.start.day == 1 and self.end == _month_end(self.end):
            end = _month_end(end)  # whole months stay whole: February 2023 -> February 2024 ends on the 29th
        return Period(start, end, self.grain)

    def previous_year(self) -> Period:
        return self.shift_years(-1)

    def follows(self, other: Period) -> bool:
        """Whether this is `other` a year later: the pair a year-on-year change compares."""
        return other.shift_years(1) == self

    def years_until(self, other: Period) -> Fraction:
        """Years from this period to `other`, as a compound annual rate counts them (2013 -> 2022
        is 9): measured between the periods' ends, in months when both end a month."""
        if self.year is not None and other.year is not None:
            return Fraction(other.year - self.year)
        if self.end == _month_end(self.end) and other.end == _month_end(other.end):
            months = (other.end.year - self.end.year) * 12 + other.end.month - self.end.month
            return Fraction(months, 12)
        return Fraction((other.end - self.end).days) / Fraction(36525, 100)


def _single_text(day: date, grain: str) -> str:
    if grain == "year":
        return f"{day.year:04d}"
    if grain == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if grain == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _shift(day: date, years: int) -> date:
    year = day.year + years
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _parse_single(text: str, whole: str) -> Period:
    match = _SINGLE.match(text)
    if not match:
        raise PeriodError(f"'{whole}' is not a period: write 2023, 2023-Q3, 2023-H1, 2023-11, 2023-11-24, or a range such as 2023-Q1..2023-Q3")
    year = int(match["year"])
    if year < 1000:
        raise PeriodError(f"'{whole}' is not a period: years run from 1000 to 9999")
    if match["quarter"]:
        quarter = int(match["quarter"][1])
        if not 1 <= quarter <= 4:
            raise PeriodError(f"'{whole}' is not a period: quarters run from Q1 to Q4")
        first = date(year, 3 * quarter - 2, 1)
        return Period(first, _month_end(date(year, 3 * quarter, 1)), "quarter")
    if match["half"]:
        half = int(match["half"][1])
        if half not in (1, 2):
            raise PeriodError(f"'{whole}' is not a period: halves are H1 and H2")
        return Period(date(year, 6 * half - 5, 1), _month_end(date(year, 6 * half, 1)), "half")
    if match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise PeriodError(f"'{whole}' is not a period: months run from 01 to 12")
        if match["day"]:
            day = int(match["day"])
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise PeriodError(f"'{whole}' is not a period: {calendar.month_name[month]} {year} has {last} days")
            moment = date(year, month, day)
            return Period(moment, moment, "day")
        first = date(year, month, 1)
        return Period(first, _month_end(first), "month")
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


@lru_cache(maxsize=65536)
def _parse_text(text: str) -> Period:
    cleaned = text.strip()
    if not cleaned:
        raise PeriodError("the period is empty")
    if ".." in cleaned:
        first_text, _, last_text = (part.strip() for part in cleaned.partition(".."))
        if ".." in last_text:
            raise PeriodError(f"'{cleaned}' is not a period: a range has one '..'")
        first = _parse_single(first_text, cleaned)
        last = _parse_single(last_text, cleaned)
        if last.end < first.start:
            raise PeriodError(f"'{cleaned}' is not a period: the range ends before it starts")
        for grain in ("year", "half", "quarter", "month"):
            single = _parse_single(_single_text(first.start, grain), cleaned)
            if (single.start, single.end) == (first.start, last.end):
                return single  # 2023-01..2023-12 is the year 2023, and prints so
        return Period(first.start, last.end, "range")
    return _parse_single(cleaned, cleaned)


def parse_period(value: str | int | date) -> Period:
    """Read a period as written (`2023`, `2023-Q3`, `2023-Q1..2023-Q3`...); raises PeriodError."""
    if isinstance(value, bool) or isinstance(value, float):
        raise PeriodError(f"'{value}' is not a period: write a year such as 2023, or a date such as 2023-11-24")
    if isinstance(value, date):
        return Period(value, value, "day")
    if isinstance(value, int):
        return _parse_text(str(value))
    if not isinstance(value, str):
        raise PeriodError(f"'{value}' is not a period")
    return _parse_text(value)
