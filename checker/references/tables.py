"""Tables in CSV: the World Bank's bulk download, and plain tables long or wide.

The World Bank's bulk CSV (API_<indicator>_DS2_...csv) opens with four lines of metadata ("Data
Source", "Last Updated Date"), then a header `Country Name, Country Code, Indicator Name,
Indicator Code, 1960, 1961, ...`: one row per country and indicator, the years as columns.
A plain table is long when the map names its period and value columns, else wide: every column
whose header reads as a period (2023, 2023-Q1) holds values, every other column a dimension.
Cells are kept as written; an empty cell (or `..`, the World Bank's missing value) is no figure.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from ..corpus import Position
from ..periods import PeriodError, parse_period
from .data import DataFile, DataFileError, Observation, ReadOptions

__all__ = ["read_plain", "read_world_bank", "wide_columns"]

MISSING = ("", "..", ":", "NA", "N/A")
WORLD_BANK = "World Bank"
_WB_ENTITY, _WB_METRIC = "Country Code", "Indicator Code"
_WB_LABELS = ("Country Name", "Indicator Name")
_WB_HEADER_LINE = 5


def _rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(Position(str(path), 1, 1), f"cannot be read: {error}") from error
    dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        raise DataFileError(Position(str(path), 1, 1), f"malformed CSV: {error}") from error


def read_world_bank(path: Path, options: ReadOptions) -> DataFile:
    rows = _rows(path)
    meta = {row[0]: row[1] for row in rows[: _WB_HEADER_LINE - 1] if len(row) >= 2}
    if len(rows) < _WB_HEADER_LINE or rows[_WB_HEADER_LINE - 1][:4] != [
        "Country Name",
        _WB_ENTITY,
        "Indicator Name",
        _WB_METRIC,
    ]:
        raise DataFileError(
            Position(str(path), _WB_HEADER_LINE, 1),
            "a World Bank bulk CSV has its header on line 5: Country Name, Country Code, "
            "Indicator Name, Indicator Code, then the years",
        )
    header = rows[_WB_HEADER_LINE - 1]
    years = wide_columns(header)
    observations = []
    for number, row in enumerate(rows[_WB_HEADER_LINE:], start=_WB_HEADER_LINE + 1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < 4:
            raise DataFileError(
                Position(str(path), number, 1),
                "a row names a country and an indicator in its first four cells",
            )
        dimensions = {_WB_ENTITY: row[1], _WB_METRIC: row[3]}
        observations.extend(_wide_row(path, number, row, years, dimensions))
    return DataFile(
        path=path,
        format="world-bank",
        provider=WORLD_BANK,
        dataset=meta.get("Data Source"),
        title=meta.get("Data Source"),
        vintage=meta.get("Last Updated Date") or None,
        observations=observations,
        entity_dimension=_WB_ENTITY,
        metric_dimension=_WB_METRIC,
    )


def wide_columns(header: list[str]) -> dict[int, str]:
    """The columns whose header reads as a period: column index -> period."""
    found = {}
    for index, name in enumerate(header):
        try:
            parse_period(name.strip())
        except (PeriodError, ValueError):
            continue
        found[index] = name.strip()
    return found


def _wide_row(
    path: Path, number: int, row: list[str], periods: dict[int, str], dimensions: dict[str, str]
) -> list[Observation]:
    found = []
    for index, period in periods.items():
        cell = row[index].strip() if index < len(row) else ""
        if cell in MISSING:
            continue
        _number(path, number, index, cell)
        found.append(Observation(dict(dimensions), period, cell, line=number))
    return found


def _number(path: Path, line: int, index: int, cell: str) -> None:
    try:
        if not math.isfinite(float(cell.replace(",", ""))):
            raise ValueError(cell)
    except ValueError:
        raise DataFileError(
            Position(str(path), line, index + 1), f"'{cell}' is not a number"
        ) from None


def read_plain(path: Path, options: ReadOptions) -> DataFile:
    """A plain table: long when `period` and `value` name its columns, else wide."""
    period, value, status = options.period, options.value, options.status
    rows = _rows(path)
    if not rows:
        raise DataFileError(Position(str(path), 1, 1), "the table is empty")
    header = [name.strip() for name in rows[0]]
    named = {name: header.index(name) for name in (period, value, status) if name}
    missing = [name for name in (period, value, status) if name and name not in header]
    if missing:
        raise DataFileError(
            Position(str(path), 1, 1),
            f"no column {missing[0]!r} (the map names it); the columns are {', '.join(header)}",
        )
    if period and value:
        return _long(path, rows, header, named[period], named[value], named.get(status or ""))
    periods = wide_columns(header)
    if not periods:
        raise DataFileError(
            Position(str(path), 1, 1),
            "no column reads as a period (2023, 2023-Q1): a long table needs 'period' and "
            "'value' in the map to name its columns",
        )
    observations = []
    for number, row in enumerate(rows[1:], start=2):
        dimensions = {
            name: row[i].strip()
            for i, name in enumerate(header)
            if i not in periods and i < len(row)
        }
        observations.extend(_wide_row(path, number, row, periods, dimensions))
    return DataFile(path=path, format="csv", observations=observations)


def _long(
    path: Path,
    rows: list[list[str]],
    header: list[str],
    period: int,
    value: int,
    status: int | None,
) -> DataFile:
    kept = {period, value} | ({status} if status is not None else set())
    observations = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise DataFileError(
                Position(str(path), number, 1),
                f"this row has {len(row)} cells, the header {len(header)}",
            )
        cell = row[value].strip()
        if cell in MISSING:
            continue
        _number(path, number, value, cell)
        dimensions = {name: row[i].strip() for i, name in enumerate(header) if i not in kept}
        observations.append(
            Observation(
                dimensions,
                row[period].strip(),
                cell,
                status=row[status].strip() or None if status is not None else None,
                line=number,
            )
        )
    return DataFile(path=path, format="csv", observations=observations)
