"""The tables of a plain-text or Markdown article, recorded as the readers of structured files
record theirs: each cell's place (table, row, column), so that `tables.draft_table_totals` reads
their totals, changes and shares as it reads a web page's or a Word document's.

Three layouts: Markdown pipe tables ("| North | 12.0 | 13.5 |", a rule line "|---|---|" under
the header; also grids ruled with "+---+" or drawn with box-drawing characters, "│ North │"),
rows of cells set apart by tabs (a table copied from a sheet), and columns aligned by spaces
(two or more between cells). A table is read only when its structure is plain: every row has
as many cells as the header (a space-aligned header may leave the label column blank), each
column of a space-aligned table overlaps its header, and no row label is indented under
another (a sub-row, part of the row above it) unless that row is a section heading with no
figure ("Revenue" over its indented items, as statements of accounts write them). Any other
table is left as text.
"""

from __future__ import annotations

import re
import unicodedata

from ..extraction.document import Place
from ..vocabulary import CURRENCY_SIGN

__all__ = ["text_table_places"]

# A rule line under a Markdown table's header: "|---|:--:|", "+----+----+".
_RULE_LINE = re.compile(r"^[\s|:+=-]*-[\s|:+=-]*$")
# A grid's rule line with no pipe ("+------+-----+"): a line of its table all the same.
_GRID_RULE = re.compile(r"^\s*\+[-=+:]*-[-=+:]*\+\s*$")
# Box-drawing characters, one for one (offsets stay those of the text): a line that runs down
# ("│", "├", "┼") is a pipe, one that runs only across ("─", "═") a rule's dash.
_BOX_DRAWING = {
    code: "|" if re.search(r"VERTICAL|\bUP\b|\bDOWN\b", unicodedata.name(chr(code))) else "-"
    for code in range(0x2500, 0x2580)
}
# Any of them: most texts hold none, and `str.translate` by a table looks up every character
# (2 % of extracting a news article), where a search for the block turns each down at once.
_ANY_BOX_DRAWING = re.compile("[\u2500-\u257f]")
# Two or more spaces, or a tab, between two cells of a space-aligned row.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_TAB_CELL = re.compile(r"[^\t]+")
_FIGURE = re.compile(rf"[-−+(]?(?:{CURRENCY_SIGN} ?)?\d")
# A cell of figures in a table without pipes: a number (signed, bracketed, in a currency or
# per cent), or a dash or "n/a" where there is none.
_FIGURE_CELL = re.compile(
    rf"[-−+(]?(?:{CURRENCY_SIGN} ?)?\d[\d,.]*\)?\s*%?|[-–—]|n/?a", re.IGNORECASE
)
# A table has a header and two rows at least: one row adds up to nothing.
_FEWEST_ROWS = 3

Cells = list[tuple[int, int]]  # each cell's span in the text, its spaces left out


def text_table_places(text: str) -> list[tuple[int, Place]]:
    """The places of the text's tables: each cell's stretch at its (table, row, column), the
    stretches between its cells in its table, and the text around tables at no place."""
    places: list[tuple[int, Place]] = []
    number = 0
    for rows in _tables(text):
        number += 1
        if places or rows[0][0][0] > 0:
            places.append((_line_start(text, rows[0][0][0]), Place()))
        for row, cells in enumerate(rows, start=1):
            for column, (start, end) in enumerate(cells, start=1):
                if start == end:
                    continue  # a blank label over the row labels
                places.append((start, Place(table=number, row=row, column=column)))
                places.append((end, Place(table=number)))
        places.append((_line_end(text, rows[-1][-1][1]), Place()))
    # of two places at one offset (a table's first cell at its line's start) the later holds
    kept = [place for place, then in zip(places, places[1:], strict=False) if place[0] < then[0]]
    return [place for place in [*kept, *places[-1:]] if place[0] < len(text)]


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _tables(text: str) -> list[list[Cells]]:
    """Each table of the text, its rows of cells, in order: runs of lines of one layout."""
    tables: list[list[Cells]] = []
    run: list[tuple[int, str]] = []
    layout = None
    offset = 0
    drawn = text.translate(_BOX_DRAWING) if _ANY_BOX_DRAWING.search(text) else text
    lines = drawn.split("\n")
    kinds = _section_rows([_layout(line) for line in lines], lines)
    for line, kind in zip(lines, kinds, strict=True):
        if kind != layout or kind is None:
            tables += _read_run(run, layout)
            run = []
        layout = kind
        if kind is not None:
            run.append((offset, line))
        offset += len(line) + 1
    tables += _read_run(run, layout)
    return tables


# A section heading inside a space-aligned table: a short label with no figure ("Revenue",
# "Operating expenses:") between two of its rows, over the indented items of that section.
_SECTION_LABEL = re.compile(r"\s*[^\W\d_][^\d.]{0,58}")


def _section_rows(kinds: list[str | None], lines: list[str]) -> list[str | None]:
    """The lines' layouts, with a section heading between two rows of a space-aligned table
    taken as one of its rows (a row of one cell)."""
    marked = list(kinds)
    for index in range(1, len(lines) - 1):
        if kinds[index] is None and kinds[index - 1] == kinds[index + 1] == "spaced":
            if _SECTION_LABEL.fullmatch(lines[index].rstrip()):
                marked[index] = "spaced"
    return marked


# Two spaces or more between two of a line's characters: a row of space-aligned cells.
_SPACED_GAP = re.compile(r"\S {2,}\S")


def _layout(line: str) -> str | None:
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return "pipe"
    if _GRID_RULE.match(line):
        return "pipe"
    if "\t" in line.strip():
        return "tab"
    # (a line of prose holds no two spaces in a row: the search, trying every character, is
    # skipped for it)
    if "  " in line and _SPACED_GAP.search(line):
        return "spaced"
    return None


def _read_run(run: list[tuple[int, str]], layout: str | None) -> list[list[Cells]]:
    if layout == "pipe":
        rows = [_pipe_cells(offset, line) for offset, line in run if not _RULE_LINE.match(line)]
    elif layout == "tab":
        rows = [_found_cells(offset, line, _TAB_CELL) for offset, line in run]
    elif layout == "spaced":
        rows = _spaced_rows(run)
    else:
        return []
    if len(rows) < _FEWEST_ROWS or not _plain(rows, run) or _header_shifted(rows):
        return []
    return [rows]


def _header_shifted(rows: list[Cells]) -> bool:
    """A header whose last cell is empty over figures below it: written a column to the left of
    them (its label column has no heading, a last pipe closes an empty cell), so that every
    column would take the heading of the next. A real table written so is left alone."""
    header = rows[0]
    if header[-1][0] != header[-1][1]:
        return False
    return any(len(row) == len(header) and row[-1][0] < row[-1][1] for row in rows[1:])


def _pipe_cells(offset: int, line: str) -> Cells:
    """A Markdown row's cells between its pipes, the outer pipes optional."""
    pieces = line.split("|")
    if not pieces[0].strip():
        pieces = pieces[1:]
    if pieces and not pieces[-1].strip():
        pieces = pieces[:-1]
    cells: Cells = []
    at = offset + (line.index("|") + 1 if not line.split("|")[0].strip() else 0)
    for piece in pieces:
        stripped = piece.strip()
        start = at + (piece.index(stripped) if stripped else 0)
        cells.append((start, start + len(stripped)))
        at += len(piece) + 1
    return cells


def _found_cells(offset: int, line: str, cell: re.Pattern[str]) -> Cells:
    spans = []
    for found in cell.finditer(line):
        stripped = found.group(0).strip()
        if stripped:
            start = offset + found.start() + found.group(0).index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


def _spaced_rows(run: list[tuple[int, str]]) -> list[Cells]:
    """The rows of a space-aligned table; a header one cell short has a blank label cell over
    the row labels (empty span at the line's start)."""
    rows = [_found_cells(offset, line, _SPACED_CELL) for offset, line in run]
    body = [row for row in rows[1:] if len(row) > 1]  # a section heading's row has one cell
    if body and len(rows[0]) == len(body[0]) - 1:
        rows[0] = [(run[0][0], run[0][0]), *rows[0]]
    # a section heading's row: its label, and no figure in any column
    width = len(rows[0])
    return [row if len(row) != 1 else row + [(row[0][1], row[0][1])] * (width - 1) for row in rows]


def _plain(rows: list[Cells], run: list[tuple[int, str]]) -> bool:
    """Whether a table's structure is plain enough to read: as many cells in every row as in
    the header, two at least, a figure in some cell below the header, each column of a
    space-aligned table under its header, the row labels all starting where the first does (an
    indented label is a sub-row) and none written twice."""
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return False
    if not any(_FIGURE.match(_cell_text(run, cell)) for row in rows[1:] for cell in row[1:]):
        return False
    if not _labels_plain(rows, run):
        return False
    labels = [_cell_text(run, row[0]) for row in rows[1:] if row[0][0] < row[0][1]]
    if len(labels) != len(set(labels)):
        return False  # a label twice (one block a year under its own row): rows not told apart
    if "|" in run[0][1]:
        return True
    # without pipes, lines of prose set apart by double spaces could read as cells: below the
    # header, a row is a label and figures (or a dash where there is none)
    body = [_cell_text(run, cell) for row in rows[1:] for cell in row[1:] if cell[0] < cell[1]]
    if not all(_FIGURE_CELL.fullmatch(text) for text in body):
        return False
    return "\t" in run[0][1] or _columns_under_header(rows, run)


def _columns_under_header(rows: list[Cells], run: list[tuple[int, str]]) -> bool:
    """Each column of figures of a space-aligned table overlaps its header cell, line by line."""
    header = rows[0]
    for row in rows[1:]:
        for (head_start, head_end), (start, end) in list(zip(header, row, strict=True))[1:]:
            if start == end:
                continue  # no figure in a section heading's row
            head_left, head_right = _column_of(run, head_start), _column_of(run, head_end)
            left, right = _column_of(run, start), _column_of(run, end)
            if right <= head_left or left >= head_right:
                return False
    return True


def _labels_plain(rows: list[Cells], run: list[tuple[int, str]]) -> bool:
    """Whether the row labels start where the first does, or one step in under a section
    heading (a row with no figure): a label indented under a row of figures is a sub-row, part
    of the row above it, which no total adds again."""
    indents = [_indent(run, row[0][0]) for row in rows[1:]]
    base = min(indents)
    if len(set(indents)) > 2:
        return False
    heading = None  # the section heading the rows below it are indented under
    for row, indent in zip(rows[1:], indents, strict=True):
        if indent == base:
            heading = row if all(start == end for start, end in row[1:]) else None
        elif heading is None:
            return False
    return True


def _column_of(run: list[tuple[int, str]], index: int) -> int:
    """The column (characters from its line's start) of a text offset inside the run."""
    line_start = max(offset for offset, _ in run if offset <= index)
    return index - line_start


def _indent(run: list[tuple[int, str]], index: int) -> int:
    """How far a label cell's text stands from its line's start or, in a Markdown row, from
    the pipe before it."""
    offset, line = next((o, t) for o, t in reversed(run) if o <= index)
    before = line[: index - offset]
    return len(before) - (before.rfind("|") + 1)


def _cell_text(run: list[tuple[int, str]], cell: tuple[int, int]) -> str:
    offset, line = next((o, t) for o, t in reversed(run) if o <= cell[0])
    return line[cell[0] - offset : cell[1] - offset]
