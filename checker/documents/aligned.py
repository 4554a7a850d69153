"""Tables of a PDF set without ruled lines, found from the alignment of their words, as most
statistical bulletins print them.

A block is read as a table only where it clearly is one: consecutive rows of a row label
followed by figures alone, the figures standing in columns (a column's figures share their
right edge, left edge or middle), two figure columns at least, three rows at least with the
header. The header is the line or lines just above the figures whose every cell stands over a
single column. Prose never qualifies: its lines are words, not a label and figures; lines of
two columns of prose are one cell each side of the gutter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AlignedTable", "aligned_tables"]

# A figure cell: a number (signs, thousands separators, decimals, percent) or the marks
# tables print for no figure.
_FIGURE = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?%?|[-−+]?\.\d+%?|[-–—…]|\.\.|\.\.\.")
_HEADER_LINES = 3


@dataclass
class _Cell:
    text: str
    x0: float
    x1: float


@dataclass
class AlignedTable:
    """A table found: the text of each cell by row ('' where a row has none in a column), and
    the rows of words of the page it was read from (by their index in the rows given)."""

    rows: list[list[str | None]]
    top: float
    lines: list[int]


def aligned_tables(rows: list[list[dict]]) -> list[AlignedTable]:
    """The tables without rules among a page's rows of words (each row left to right, the rows
    from the top), in their order down the page."""
    cells = [_cells(row) for row in rows]
    found: list[AlignedTable] = []
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and _figure_row(cells[end]):
            if end > start and not _close(rows[end - 1], rows[end], 1.2):
                break
            end += 1
        # the first row may be the header, its years centred over figures set otherwise
        tables = (_table(rows, cells, first, end) for first in (start, start + 1))
        table = next((t for t in tables if t is not None), None) if end - start >= 2 else None
        if table is not None:
            found.append(table)
        start = max(end, start + 1)
    return found


def _cells(row: list[dict]) -> list[_Cell]:
    """A row's words grouped into cells: a gap as wide as two spaces parts two cells."""
    cells = [_Cell(row[0]["text"], row[0]["x0"], row[0]["x1"])]
    for before, word in zip(row, row[1:], strict=False):
        if word["x0"] - before["x1"] > word["size"] * 0.6:
            cells.append(_Cell(word["text"], word["x0"], word["x1"]))
        else:
            cells[-1] = _Cell(f"{cells[-1].text} {word['text']}", cells[-1].x0, word["x1"])
    return cells


def _figure_row(cells: list[_Cell]) -> bool:
    """A row label followed by figures alone."""
    return (
        len(cells) >= 2
        and not _FIGURE.fullmatch(cells[0].text)
        and all(_FIGURE.fullmatch(cell.text) for cell in cells[1:])
    )


def _close(upper: list[dict], lower: list[dict], lines: float) -> bool:
    """Whether two rows follow each other with no more than `lines` of type size between."""
    size = max(w["size"] for w in upper + lower)
    gap = min(w["top"] for w in lower) - max(w["bottom"] for w in upper)
    return gap <= size * lines


def _columns(body: list[list[_Cell]]) -> list[tuple[float, float]] | None:
    """The figure columns: the spans of the figure cells that overlap, left to right; None when
    a column's figures are not aligned or it holds too few of them to be one."""
    spans: list[list[_Cell]] = []
    for cell in sorted((c for row in body for c in row[1:]), key=lambda c: c.x0):
        if spans and cell.x0 <= max(c.x1 for c in spans[-1]):
            spans[-1].append(cell)
        else:
            spans.append([cell])
    if len(spans) < 2:
        return None
    for column in spans:
        if len(column) < max(2, len(body) / 2) or not _aligned(column):
            return None
    return [(min(c.x0 for c in column), max(c.x1 for c in column)) for column in spans]


def _aligned(column: list[_Cell]) -> bool:
    """Whether a column's figures share their right edge, left edge or middle (a point)."""
    return any(
        max(edges) - min(edges) <= 1.0
        for edges in (
            [c.x1 for c in column],
            [c.x0 for c in column],
            [(c.x0 + c.x1) / 2 for c in column],
        )
    )


def _place(cell: _Cell, columns: list[tuple[float, float]]) -> int | None:
    """The grid column of a cell: 0 left of the figure columns (the row labels), else the one
    figure column it stands over; None when it stands over two or none."""
    if cell.x1 < columns[0][0]:
        return 0
    over = [n for n, (x0, x1) in enumerate(columns, start=1) if cell.x0 <= x1 and cell.x1 >= x0]
    return over[0] if len(over) == 1 else None


def _grid_row(cells: list[_Cell], columns: list[tuple[float, float]]) -> list[str] | None:
    """A row's cells on the grid, '' where it has none; None when a cell does not fit one."""
    texts = [""] * (len(columns) + 1)
    for cell in cells:
        column = _place(cell, columns)
        if column is None or (texts[column] and column):
            return None
        texts[column] = f"{texts[column]} {cell.text}".strip()
    return texts


def _table(
    rows: list[list[dict]], cells: list[list[_Cell]], start: int, end: int
) -> AlignedTable | None:
    """The table whose figure rows are rows[start:end], with the header above them."""
    body = cells[start:end]
    columns = _columns(body) if len(body) >= 2 else None
    if columns is None:
        return None
    grid = [texts for texts in (_grid_row(row, columns) for row in body) if texts is not None]
    if len(grid) < len(body):
        return None  # a row with two figures in one column, or one over two columns
    header: list[list[str]] = []
    first = start
    while first > 0 and len(header) < _HEADER_LINES and _close(rows[first - 1], rows[first], 0.8):
        line = _grid_row(cells[first - 1], columns)
        if line is None or not any(line[1:]):
            break
        header.insert(0, line)
        first -= 1
    if header:
        joined = [" ".join(filter(None, texts)) for texts in zip(*header, strict=True)]
        grid.insert(0, joined)
    if len(grid) < 3:
        return None
    top = min(w["top"] for w in rows[first])
    return AlignedTable([list(row) for row in grid], top, [*range(first, end)])
