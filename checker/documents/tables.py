"""The tables of a document (Word, HTML): cells by row and column, with the first row's column
headers and the first column's row labels; and the totals a table states, drafted as claims
the `sum` rule checks with intervals (a total against its parts, each within its rounding).

A row labelled total (Total, Totals, All, 合计, 总计: vocabulary.TOTAL_LABEL) sums the rows
above it, up to the header or the previous total; a column headed total sums the other columns
of its row. Column headers that are all years are periods: a row is then one metric over the
years; otherwise each cell is a metric of its own (row label and column header). Every figure
of a table gets a metric named after its table, row and column, so citations and claim files
say which cell it is; the link from a total to its parts is stated by the table itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extraction.context import slug
from ..extraction.document import Document
from ..extraction.links import DraftClaim, Extraction, MetricDraft, Relation
from ..extraction.mentions import Mention
from ..vocabulary import TOTAL_LABEL

__all__ = ["Cell", "cells_of", "draft_table_totals", "tables_of"]

_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?\s*%?|[-−]?\.\d+\s*%?")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class Cell:
    row: int
    column: int
    start: int  # its text in the document's text: text[start:end]
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def tables_of(extraction: Extraction) -> dict[int, dict[tuple[int, int], Cell]]:
    """Each table's cells by (row, column), from the places the reader recorded."""
    return cells_of(extraction.document)


def cells_of(document: Document) -> dict[int, dict[tuple[int, int], Cell]]:
    """Each table of the document: its cells by (row, column), from the places the reader
    recorded (the extractor's tables and the review page's come from here)."""
    if not document.places:
        return {}
    bounds = [start for start, _ in document.places[1:]] + [len(document.text)]
    tables: dict[int, dict[tuple[int, int], Cell]] = {}
    for (start, place), end in zip(document.places, bounds, strict=True):
        if place.table is None or place.row is None or place.column is None:
            continue
        raw = document.text[start:end]
        text = raw.strip()
        if not text:
            continue
        first = start + raw.index(text)
        cells = tables.setdefault(place.table, {})
        known = cells.get((place.row, place.column))
        if known is None:
            cells[(place.row, place.column)] = Cell(
                place.row, place.column, first, first + len(text), text
            )
        else:  # one cell read in pieces (a tracked change inside it)
            known.end = first + len(text)
            known.text = document.text[known.start : known.end]
    return tables


def draft_table_totals(extraction: Extraction, article: str) -> None:
    """Name every drafted figure of a table after the article (its source id) and its cell,
    and link each total the table states to its parts (metrics with sum_of; a stated
    relation). The article's name keeps one article's table 1 from another's."""
    claims = {}
    for index, claim in enumerate(extraction.claims):
        mention = extraction.mentions[claim.mention]
        claims[mention.num_start] = index
    before = {claim.metric for claim in extraction.claims}
    for number, cells in tables_of(extraction).items():
        figures = {
            key: claims[cell.start] if cell.start in claims else _drafted(extraction, number, cell)
            for key, cell in cells.items()
            if key[0] > 1 and key[1] > 1 and _NUMBER.fullmatch(cell.text)
        }
        if figures:
            _Table(
                extraction, f"{slug(article, 12, 'first')}_table{number}", cells, figures
            ).draft()
    # The metrics the drafter named table cells by, that no claim, share or metric refers to any more.
    used = {claim.metric for claim in extraction.claims} | {c.of for c in extraction.claims}
    for name in before - used:
        if not any(name in (m.part_of, *(m.sum_of or ())) for m in extraction.metrics.values()):
            extraction.metrics.pop(name, None)


def _drafted(extraction: Extraction, table: int, cell: Cell) -> int:
    """A claim for a figure the prose extractor passed over (a cell of 2055 reads like a
    year in prose; under a header of years it is a figure); its index."""
    number = cell.text.replace("−", "-")
    extraction.mentions.append(
        Mention(cell.start, cell.end, cell.start, cell.end, number.rstrip("% ").strip())
    )
    taken = {claim.id for claim in extraction.claims}
    identifier = f"table{table}-r{cell.row}-c{cell.column}"
    while identifier in taken:
        identifier += "-x"
    extraction.claims.append(
        DraftClaim(
            mention=len(extraction.mentions) - 1,
            value=number.replace("%", " %") if number.endswith("%") else number,
            quote=(cell.start, cell.end),
            id=identifier,
        )
    )
    return len(extraction.claims) - 1


class _Table:
    def __init__(
        self,
        extraction: Extraction,
        name: str,
        cells: dict[tuple[int, int], Cell],
        figures: dict[tuple[int, int], int],
    ) -> None:
        self.extraction = extraction
        self.name = name
        self.cells = cells
        self.figures = figures
        self.rows = sorted({row for row, _ in cells})
        self.columns = sorted({column for _, column in figures})
        self.total_rows = [r for r in self.rows if r > 1 and _is_total(self.label(r))]
        self.total_columns = [c for c in self.columns if _is_total(self.header(c))]
        parts = [c for c in self.columns if c not in self.total_columns]
        self.by_year = bool(parts) and all(_YEAR.fullmatch(self.header(c)) for c in parts)

    def label(self, row: int) -> str:
        cell = self.cells.get((row, 1))
        return cell.text if cell else f"row {row}"

    def header(self, column: int) -> str:
        cell = self.cells.get((1, column))
        return cell.text if cell else f"column {column}"

    def metric(self, row: int, column: int) -> str:
        name = f"{self.name}_{slug(self.label(row)) or f'row{row}'}"
        if self.by_year and column not in self.total_columns:
            return name
        return f"{name}_{slug(self.header(column)) or f'column{column}'}"

    def draft(self) -> None:
        for (row, column), index in self.figures.items():
            claim = self.extraction.claims[index]
            claim.kind, claim.metric, claim.confidence = "value", self.metric(row, column), 1.0
            claim.notes = []  # the drafter's notes on its own reading of the row
            claim.start = claim.end = claim.of = claim.basis = None
            claim.years = None
            claim.start_claim = claim.end_claim = None
            year = self.by_year and column not in self.total_columns
            claim.period = self.header(column) if year else None
            self.extraction.metrics.setdefault(
                claim.metric,
                MetricDraft(
                    claim.metric,
                    None,
                    f"{self.label(row)}, {self.header(column)}",
                ),
            )
        for total in self.total_rows:
            earlier = [r for r in self.total_rows if r < total]
            start = earlier[-1] if earlier else 1
            parts = [r for r in self.rows if start < r < total]
            for column in self.columns:
                self._link((total, column), [(row, column) for row in parts])
        for total in self.total_columns:
            parts = [c for c in self.columns if c not in self.total_columns]
            for row in self.rows:
                if row not in self.total_rows:
                    self._link((row, total), [(row, column) for column in parts])

    def _link(self, total: tuple[int, int], parts: list[tuple[int, int]]) -> None:
        """The total's metric is the sum of the parts' metrics, when every one is a figure."""
        if total not in self.figures or len(parts) < 2 or any(p not in self.figures for p in parts):
            return
        drafted = self.extraction.metrics[self.metric(*total)]
        if drafted.sum_of is None:
            drafted.sum_of = [self.metric(*part) for part in parts]
        mentions = [self.extraction.claims[self.figures[key]].mention for key in (total, *parts)]
        self.extraction.relations.append(Relation("sum", tuple(mentions)))


def _is_total(label: str) -> bool:
    return TOTAL_LABEL.match(label.strip()) is not None
