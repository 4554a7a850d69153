"""PDF files, read with pdfplumber (MIT, on pdfminer.six; pure Python, no network): the words
of each page with their positions, put back into reading order by this module.

ReadOptions are found from the page's own layout: a gutter is a vertical strip that the lines on
both sides of it leave empty; a line that crosses it (a headline over both columns) is read in
its place, and between such lines the left column is read before the right, so figures of
neighbouring columns never run together. Lines become paragraphs where the gap between them
grows or the type size changes; a word broken at a line end is joined again (its hyphen kept
when the document writes the word with a hyphen elsewhere more often than without, or when
digits stand on either side).
Tables become cells: ruled ones from their lines, the others from the alignment of their
figures (aligned.py).
Page numbers alone at the top or bottom of a page are left out. Citations give the page, and the
paragraph counted on that page.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..extraction.document import Document, Place
from .aligned import aligned_tables
from .placed import PlacedText
from .registry import UnreadableFile

__all__ = ["read_pdf"]

_HYPHENS = "-\u00ad\u2010"
_WORD = re.compile(r"\w(?:[\w'’-]*\w)?")
_SENTENCE_END = re.compile(r"[.!?:;。！？][\"”’)\]]*$")


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    size: float
    left: float
    right: float


@dataclass
class _Grid:
    """A table of a page: the text of each cell by row, None where a merged cell goes on."""

    rows: list[list[str | None]]
    top: float


def read_pdf(path: Path, data: bytes) -> Document:
    import pdfplumber

    text = PlacedText()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_lines(page) for page in pdf.pages]
    except Exception as problem:  # pdfminer raises many kinds of error on a damaged file
        if _asks_password(problem):
            raise UnreadableFile(
                "this PDF is protected by a password: save a copy without one and check that"
            ) from None
        raise UnreadableFile(
            "this PDF is damaged and cannot be read: export it again, or check the article as text"
        ) from None
    lines = [line for page in pages for block in page if isinstance(block, list) for line in block]
    flow = _Flow(text, _spellings(lines))
    for number, blocks in enumerate(pages, start=1):
        flow.page(number, blocks)
    return text.document(path, "pdf")


def _spellings(lines: list[_Line]) -> Counter:
    """How often the document writes each word whole (the halves of a word broken at a line
    end are not words of their own)."""
    counts: Counter = Counter()
    broken = False
    for line in lines:
        found = _WORD.findall(line.text.lower())
        ends_broken = line.text[-1:] in _HYPHENS
        counts.update(found[int(broken) : len(found) - int(ends_broken)])
        broken = ends_broken
    return counts


def _asks_password(problem: BaseException) -> bool:
    """Whether pdfminer refused for want of a password (pdfplumber wraps its errors)."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    seen: list[object] = [problem, problem.__cause__, problem.__context__, *problem.args]
    return any(isinstance(cause, PDFPasswordIncorrect) for cause in seen)


def _page_lines(page: Any) -> list[list[_Line] | _Grid]:
    """The page's blocks in reading order: runs of lines (a block: one column's run of lines)
    and tables (ruled, or set by alignment alone), each in its place from the top: the text
    between two tables is read column by column on its own."""
    ghosts = _ghost_spaces(page.chars)
    if ghosts:
        page = page.filter(lambda item: id(item) not in ghosts)
    words = page.extract_words(extra_attrs=["size"])
    ruled = _grids(page, words)
    outside = [w for w in words if not any(_within(w, box) for _, box in ruled)]
    rows = [r for r in _rows(outside) if not _page_number(r, page.height)]
    unruled = aligned_tables(rows)
    grids = [grid for grid, _ in ruled] + [_Grid(table.rows, table.top) for table in unruled]
    in_tables = {line for table in unruled for line in table.lines}
    rows = [row for number, row in enumerate(rows) if number not in in_tables]
    blocks: list[list[_Line] | _Grid] = []
    for grid in sorted(grids, key=lambda grid: grid.top):
        blocks += _blocks([r for r in rows if r[0]["top"] < grid.top])
        rows = [r for r in rows if r[0]["top"] >= grid.top]
        blocks.append(grid)
    return blocks + _blocks(rows)


def _within(word: dict, box: tuple[float, float, float, float]) -> bool:
    middle = ((word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2)
    return box[0] <= middle[0] <= box[2] and box[1] <= middle[1] <= box[3]


def _grids(page: Any, words: list[dict]) -> list[tuple[_Grid, tuple[float, float, float, float]]]:
    """The page's ruled tables (pdfplumber's table finder, on the lines drawn), from the top,
    with their bounding boxes; a grid of two rows and two columns at least. Tables without
    rules are found from the alignment of their words (aligned.py)."""
    found = []
    for table in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
        rows = [
            [None if box is None else _cell_text(words, box) for box in row.cells]
            for row in table.rows
        ]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            found.append((_Grid(rows, table.bbox[1]), table.bbox))
    return found


def _cell_text(words: list[dict], box: tuple[float, float, float, float]) -> str:
    """The words of a cell in reading order, a line's words and the lines joined by a space."""
    inside = [w for w in words if _within(w, box)]
    return " ".join(" ".join(w["text"] for w in row) for row in _rows(inside))


def _blocks(rows: list[list[dict]]) -> list[list[_Line]]:
    """Rows of words as blocks of lines in reading order: split at the widest gutter, lines
    over it read in their place, each side split again (three columns are two gutters)."""
    gutter = _gutter(rows)
    if gutter is None:
        return [[_line(row) for row in rows]] if rows else []
    blocks: list[list[_Line]] = []
    across: list[list[dict]] = []  # rows over the whole width, one after the other
    left: list[list[dict]] = []
    right: list[list[dict]] = []
    middle = (gutter[0] + gutter[1]) / 2
    for row in rows:
        if _spans(row, gutter) or (across and _goes_on(_line(across[-1]), row)):
            blocks += _blocks(left) + _blocks(right)
            left, right = [], []
            across.append(row)
            continue
        if across:
            blocks.append([_line(r) for r in across])
            across = []
        for side, words in (
            (left, [w for w in row if w["x0"] + w["x1"] < 2 * middle]),
            (right, [w for w in row if w["x0"] + w["x1"] >= 2 * middle]),
        ):
            side += [words] if words else []
    blocks += [[_line(r) for r in across]] if across else []
    return blocks + _blocks(left) + _blocks(right)


def _ghost_spaces(chars: list[dict]) -> set[int]:
    """Spaces the next character is drawn over (Chromium prints a soft hyphen so where it did
    not break the line): no gap between words, so no space in the text."""
    return {
        id(char)
        for char, following in zip(chars, chars[1:], strict=False)
        if char["text"] == " "
        and following["text"] != " "
        and abs(following["top"] - char["top"]) < 1
        and following["x0"] < char["x1"] - 1
    }


def _goes_on(line: _Line, row: list[dict]) -> bool:
    """Whether a row is the next line of the same paragraph as `line` (same type size, no
    paragraph gap): the short last line of a headline or paragraph over both columns."""
    size = max(w["size"] for w in row)
    top = min(w["top"] for w in row)
    return abs(size - line.size) <= 0.5 and top - line.bottom <= 0.5 * size


def _spans(row: list[dict], gutter: tuple[float, float]) -> bool:
    """Whether a line runs over the gutter: no gap between its words as wide as a gutter
    where the gutter is (a headline's word spaces are narrower)."""
    size = max(w["size"] for w in row)
    edges = [-1e9, *(x for w in row for x in (w["x0"], w["x1"])), 1e9]
    for left, right in zip(edges[::2], edges[1::2], strict=True):
        if left <= gutter[0] + 1 and right >= gutter[1] - 1 and right - left >= size * 1.2:
            return False
    return True


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words on one baseline (tolerance: a third of the type size), each row left to right."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - word["bottom"]) <= word["size"] / 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _page_number(row: list[dict], height: float) -> bool:
    top, bottom = row[0]["top"], row[0]["bottom"]
    alone = len(row) == 1 and re.fullmatch(r"\d{1,4}|-\s*\d{1,4}\s*-", row[0]["text"])
    return bool(alone) and (top < height * 0.06 or bottom > height * 0.92)


def _gutter(rows: list[list[dict]]) -> tuple[float, float] | None:
    """The widest strip of the page that at most a third of its lines cross (headlines, the
    lines above and below the columns), with columns of text on both sides; None for one
    column."""
    if len(rows) < 4:
        return None
    low = min(w["x0"] for row in rows for w in row)
    high = max(w["x1"] for row in rows for w in row)
    size = sorted(w["size"] for row in rows for w in row)[len(rows) // 2]
    covered = [0] * (int(high - low) + 2)
    for row in rows:
        seen: set[int] = set()
        for word in row:
            seen.update(range(int(word["x0"] - low), int(word["x1"] - low) + 1))
        for x in seen:
            covered[x] += 1
    best: tuple[int, int] | None = None
    start = None
    for x, count in enumerate(covered + [len(rows)]):
        if count <= len(rows) / 3:
            start = x if start is None else start
            continue
        if (
            start is not None
            and x - start >= size * 1.2
            and _both_sides(rows, low + start, low + x)
        ):
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        start = None
    if best is None:
        return None
    # The gutter proper: where fewest lines cross (a headline over both columns), not the
    # ragged ends of the left column's lines.
    fewest = min(covered[best[0] : best[1]])
    core = _longest_run([x for x in range(*best) if covered[x] == fewest])
    return low + core[0], low + core[1] + 1


def _longest_run(xs: list[int]) -> tuple[int, int]:
    runs: list[tuple[int, int]] = []
    for x in xs:
        if runs and runs[-1][1] == x - 1:
            runs[-1] = (runs[-1][0], x)
        else:
            runs.append((x, x))
    return max(runs, key=lambda run: run[1] - run[0])


def _both_sides(rows: list[list[dict]], start: float, end: float) -> bool:
    """Whether a strip parts two columns of text: a quarter of the lines or more on each side,
    of three words or more on average (a table's columns hold a word or two a cell)."""
    lefts = [[w for w in row if w["x1"] <= start] for row in rows]
    rights = [[w for w in row if w["x0"] >= end] for row in rows]
    for side in (lefts, rights):
        lines = [words for words in side if words]
        if len(lines) < len(rows) / 4 or sum(map(len, lines)) < 3 * len(lines):
            return False
    return True


def _line(row: list[dict]) -> _Line:
    """Words of a row joined by a space, or a tab where a gap as wide as two spaces parts them
    (the cells of a table)."""
    parts = [row[0]["text"]]
    for before, word in zip(row, row[1:], strict=False):
        parts.append("\t" if word["x0"] - before["x1"] > word["size"] * 0.6 else " ")
        parts.append(word["text"])
    return _Line(
        "".join(parts),
        min(w["top"] for w in row),
        max(w["bottom"] for w in row),
        max(w["size"] for w in row),
        row[0]["x0"],
        row[-1]["x1"],
    )


class _Flow:
    """Lines put into paragraphs across blocks and pages: whether the last block broke off in
    the middle of a sentence (its last line full and without a closing stop)."""

    def __init__(self, text: PlacedText, words: Counter) -> None:
        self.text = text
        self.words = words
        self.broken_off = False
        self.last_size = 0.0
        self.tables = 0
        # The table the text last ended with, while nothing else follows it: (its page, its
        # first row, how many rows it has so far), for a table the next page goes on with.
        self.open_table: tuple[int, list[str | None], int] | None = None

    def grid(self, page: int, grid: _Grid) -> None:
        """A table as the Word reader writes one: its cells parted by tabs, its rows by line
        breaks, each cell at its place (page, table, row, column on the table's grid). A table
        that starts a page where the last page ended with a table of as many columns goes on
        with it (its header, repeated on the new page, is not read twice)."""
        rows = grid.rows
        going_on = self.open_table
        if going_on and going_on[0] < page and len(going_on[1]) == len(rows[0]):
            first = 1 + going_on[2]
            if rows[0] == going_on[1]:
                rows = rows[1:]
        else:
            self.tables += 1
            first = 1
            self.text.separate("\n\n")
        for number, row in enumerate(rows, start=first):
            self._row(Place(page=page, table=self.tables, row=number), row)
        header = going_on[1] if going_on and first > 1 else grid.rows[0]
        self.open_table = (page, header, first + len(rows) - 1)
        self.broken_off = False

    def _row(self, place: Place, row: list[str | None]) -> None:
        last = 1
        for column, cell in enumerate(row, start=1):
            if cell is None:
                continue  # a merged cell goes on over this column
            here = replace(place, column=column)
            if column > 1:
                self.text.add("\t", here)
            self.text.add(cell, here)
            last = column
        self.text.add("\n", replace(place, column=last))

    def _goes_on(self, line: _Line) -> bool:
        """Whether a block's first line carries on the sentence the last block broke off."""
        return self.broken_off and abs(line.size - self.last_size) <= 0.5

    def page(self, page: int, blocks: list[list[_Line] | _Grid]) -> None:
        lines = [line for block in blocks if isinstance(block, list) for line in block]
        paragraph = 0
        for block in blocks:
            if isinstance(block, _Grid):
                self.grid(page, block)
                continue
            self.open_table = None
            previous: _Line | None = None
            for line in block:
                starts = (
                    previous is None
                    or line.top - previous.bottom > min(line.size, previous.size) * 0.5
                    or abs(line.size - previous.size) > 0.5
                )
                if starts and not (previous is None and self._goes_on(line)):
                    paragraph += 1
                    self.text.separate("\n\n")
                else:
                    paragraph = max(paragraph, 1)
                    if not self.text.parts[-1].endswith("\n"):
                        _join(self.text, line.text, self.words)
                self.text.add(line.text, Place(page=page, paragraph=paragraph))
                previous = line
            if previous is not None:
                self.broken_off = _broken_off(previous, block, lines)
                self.last_size = previous.size


def _broken_off(last: _Line, block: list[_Line], lines: list[_Line]) -> bool:
    """Whether a block's last line runs to the right edge of its column (the lines of the page
    that start where the block starts) with no closing stop: its sentence goes on in the next."""
    start = min(line.left for line in block)
    edge = max(line.right for line in lines if abs(line.left - start) < 2 * line.size)
    return last.right >= edge - 2 * last.size and not _SENTENCE_END.search(last.text)


def _broken_word(head: str, tail: str, mark: str, words: Counter) -> bool:
    """Whether a hyphen at a line end broke one word (so it goes) rather than joined two: the
    document's own spelling decides; when it has neither, the mark does: a soft hyphen or the
    typographic hyphen (U+2010) is the typesetter's, a hyphen-minus the writer's."""
    joined, hyphenated = words[head + tail], words[f"{head}-{tail}"]
    if joined != hyphenated:
        return joined > hyphenated
    return mark != "-"


def _join(text: PlacedText, following: str, words: Counter) -> None:
    """Join a line to the one before: a space, nothing after a word broken by a hyphen, or a
    line break between the rows of a table (lines of cells parted by tabs)."""
    last = text.parts[-1]
    if "\t" in last or "\t" in following:
        text.add("\n", text.places[-1][1])
        return
    if last[-1:] in _HYPHENS and last[-2:-1].isalnum() and following[:1].isalnum():
        head = last.rsplit(None, 1)[-1].rstrip(_HYPHENS).lower()
        tail = re.split(r"[^\w-]", following, maxsplit=1)[0].lower()
        if head.isalpha() and tail[:1].isalpha() and _broken_word(head, tail, last[-1], words):
            text.parts[-1] = last[:-1]
            text.length -= 1
        return  # otherwise a compound or a range (2013-2022): its hyphen stays, and no space
    text.add(" ", text.places[-1][1])
