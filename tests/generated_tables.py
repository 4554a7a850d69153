"""Tables the tests generate with share and change columns: every figure rounded from true values
(levels, their total, each change from the true levels, each share from the true level over
the true total), and in some of them one figure moved further than rounding can explain. The
same tables are written as Word tables, web-page tables and PDF tables (tests/test_tables.py,
tests/test_documents_pdf.py), and must give the same verdicts.

Besides the tables that can be checked, the suite holds tables that must never raise anything:
the top few categories (shares that do not add up to 100, no Total row), a column of rates in
percent with a Total row, a Total row giving a subtotal's share."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# Headers as statistics offices write them, English and Chinese; each layout takes one.
SHARE_HEADERS = ("Share of total (%)", "% of total", "Share (%)", "占比(%)", "比重(%)", "构成(%)")
PERCENT_CHANGE_HEADERS = ("% change", "Growth (%)", "Change (%)", "增速(%)", "环比增长(%)")
YEAR_ON_YEAR_HEADERS = ("y/y %", "同比增长(%)", "Year-on-year change (%)")
AMOUNT_CHANGE_HEADERS = ("Change", "增减")
TOTAL_LABELS = ("Total", "合计", "总计", "All regions")


@dataclass
class GeneratedTable:
    rows: list[list[str]]
    planted: tuple[int, int] | None  # the cell moved (row, column), counted from 1
    planted_kind: str | None  # "share", "change" or "level"


def rounded(value: Decimal, decimals: int) -> str:
    return str(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _percent(value: Decimal) -> Decimal:
    return value * 100


def _english(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for word in words if word.isascii())


def _periods(generator: random.Random, count: int, english: bool) -> list[str]:
    if generator.random() < 0.7:
        first = generator.randint(2015, 2022)
        suffix = "年" if generator.random() < 0.2 and not english else ""
        return [f"{first + n}{suffix}" for n in range(count)]
    year = generator.randint(2018, 2024)
    return [f"Q{q} {year}" for q in range(1, count + 1)]


class _Builder:
    """One table: true levels by part and period, the printed figures, the planted error."""

    def __init__(self, generator: random.Random, english: bool) -> None:
        self.generator = generator
        self.words = _english if english else (lambda words: words)
        self.parts = generator.randint(2, 6)
        self.decimals = generator.randint(0, 2)
        self.periods = _periods(generator, generator.randint(1, 3), english)
        self.true = [
            [Decimal(generator.randint(10_000, 2_000_000)).scaleb(-3) for _ in self.periods]
            for _ in range(self.parts)
        ]
        self.totals = [sum(column) for column in zip(*self.true, strict=True)]
        self.names = [f"Region {chr(65 + p)}" for p in range(self.parts)]

    def level(self, value: Decimal) -> str:
        return rounded(value, self.decimals)

    def table(self) -> GeneratedTable:
        """Levels by period, then a change column (with two periods or more), then a share
        column of the last period; a Total row; maybe one figure moved."""
        g = self.generator
        header = ["Region", *self.periods]
        change = len(self.periods) >= 2
        relative = g.random() < 0.75
        if change:
            yearly = self.periods[0][:1] != "Q"
            relatives = PERCENT_CHANGE_HEADERS + (YEAR_ON_YEAR_HEADERS if yearly else ())
            header.append(g.choice(self.words(relatives if relative else AMOUNT_CHANGE_HEADERS)))
        share_header = g.choice(self.words(SHARE_HEADERS))
        if len(self.periods) > 1 and g.random() < 0.5:
            share_header = f"Share, {self.periods[-1]} (%)"
        header.append(share_header)
        total_share = g.choice(("100.0", "100", ""))
        rows = [header]
        for values, name in [*zip(self.true, self.names, strict=True), (self.totals, "")]:
            row = [name or g.choice(self.words(TOTAL_LABELS)), *(self.level(v) for v in values)]
            if change:
                row.append(self._change(values[-2], values[-1], relative))
            share = _percent(values[-1] / self.totals[-1])
            row.append(rounded(share, 1) if name else total_share)
            rows.append(row)
        if not total_share and len(self.periods) > 1 and not share_header.startswith("Share,"):
            # a blank Total share and several level columns: which one the shares divide is
            # not said, so the table does not state the breakdown whole; give it its 100.
            rows[-1][-1] = "100.0"
        return self._plant(rows, change, relative)

    def _change(self, start: Decimal, end: Decimal, relative: bool) -> str:
        if relative:
            return rounded(_percent(end / start - 1), 1)
        return rounded(end - start, self.decimals)

    def _plant(self, rows: list[list[str]], change: bool, relative: bool) -> GeneratedTable:
        g = self.generator
        if g.random() >= 0.4:
            return GeneratedTable(rows, None, None)
        kinds = ["share", "level"] + (["change"] if change else [])
        kind = g.choice(kinds)
        row = g.randint(2, self.parts + 1)
        share_column = len(rows[0])
        if kind == "share":
            # the shares may stray from 100 by half a unit each; a move of one more unit per
            # share always shows.
            step = Decimal("0.1") * (self.parts + 1)
            moved = Decimal(rows[row - 1][-1]) + step * g.choice((-1, 1))
            moved = moved if moved > 0 else moved + 2 * step
            rows[row - 1][-1] = str(moved)
            return GeneratedTable(rows, (row, share_column), kind)
        if kind == "change":
            column = share_column - 1
            rows[row - 1][column - 1] = self._wrong_change(rows[row - 1], relative)
            return GeneratedTable(rows, (row, column), kind)
        column = g.randint(2, len(self.periods) + 1)
        step = Decimal(1).scaleb(-self.decimals) * (self.parts + 2)
        value = Decimal(rows[row - 1][column - 1])
        rows[row - 1][column - 1] = str(value + step if value < step * 2 else value - step)
        return GeneratedTable(rows, (row, column), kind)

    def _wrong_change(self, row: list[str], relative: bool) -> str:
        """A change outside what the two printed levels admit, given their rounding, by more
        than the change's own rounding."""
        start, end = Decimal(row[len(self.periods) - 1]), Decimal(row[len(self.periods)])
        half = Decimal(1).scaleb(-self.decimals) / 2
        if relative:
            high = _percent((end + half) / (start - half) - 1)
            low = _percent((end - half) / (start + half) - 1)
            unit = Decimal("0.1")
            decimals = 1
        else:
            high, low = end - start + 2 * half, end - start - 2 * half
            unit = Decimal(1).scaleb(-self.decimals)
            decimals = self.decimals
        if self.generator.random() < 0.5:
            return rounded(high + 2 * unit + abs(high - low), decimals)
        return rounded(low - 2 * unit - abs(high - low), decimals)


def _never_checked(generator: random.Random, english: bool) -> GeneratedTable:
    """A table whose shares, rates or changes must never raise anything: the top categories of a
    whole (no Total row), rates in percent beside their Total row, a subtotal's share, changes
    on the year before between two quarters, changes in percentage points."""
    kind = generator.choice(("top", "rates", "subtotal", "year on year", "points"))
    names = [f"Country {chr(65 + n)}" for n in range(generator.randint(3, 5))]
    shares = [Decimal(generator.randint(30, 200)) / 10 for _ in names]
    if kind in ("year on year", "points"):
        # changes on the same quarter a year before (not in the table), or in points
        quarters = ["Q2 2024", "Q3 2024"] if kind == "year on year" else ["2023", "2024"]
        header = ["Country", *quarters, "y/y %" if kind == "year on year" else "Change (pp)"]
        rows = [header] + [
            [n, str(s), str(s + 1), str(Decimal(generator.randint(-90, 90)) / 10)]
            for n, s in zip(names, shares, strict=True)
        ]
        return GeneratedTable(rows, None, None)
    if kind == "top":
        header = [
            "Country",
            "Exports",
            generator.choice(_english(SHARE_HEADERS) if english else SHARE_HEADERS),
        ]
        rows = [header] + [
            [n, str(generator.randint(100, 900)), str(s)]
            for n, s in zip(names, shares, strict=True)
        ]
        return GeneratedTable(rows, None, None)
    if kind == "rates":
        header = ["Region", "Unemployment rate (%)"]
        rows = [header] + [[n, str(s)] for n, s in zip(names, shares, strict=True)]
        rows.append(["Total", str(Decimal(generator.randint(30, 120)) / 10)])
        return GeneratedTable(rows, None, None)
    header = ["Country", generator.choice(_english(SHARE_HEADERS) if english else SHARE_HEADERS)]
    rows = [header] + [[n, str(s)] for n, s in zip(names, shares, strict=True)]
    rows.append(["Total", str(sum(shares))])  # the share of the countries listed, together
    return GeneratedTable(rows, None, None)


def generated_tables(count: int, seed: int, english: bool = False) -> list[GeneratedTable]:
    """`count` tables: about nine in ten with levels, changes and shares to check (two in five
    of them with one figure moved), the rest never to be checked at all. english: headers and
    labels in English only (a PDF printed without Chinese fonts cannot be read back)."""
    generator = random.Random(seed)
    return [
        _Builder(generator, english).table()
        if generator.random() < 0.9
        else _never_checked(generator, english)
        for _ in range(count)
    ]
