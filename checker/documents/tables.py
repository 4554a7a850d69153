"""The tables of a document (Word, HTML, the ruled tables of a PDF): cells by row and column,
with the first row's column headers and the first column's row labels; and what a table states,
drafted as claims the rules check with intervals, each figure within its rounding.

Each column is read by what its header says it holds (the words are vocabulary.TABLE_*):
- levels, of a period when the header is one (2024, Q1 2024): a row is then one metric over
  the periods; otherwise each cell is a metric of its own (row label and column header). A row
  labelled total (vocabulary.TOTAL_LABEL) sums the rows above it, up to the header or the
  previous total; a column headed total sums the level columns of its row (`sum`).
- changes between the two period columns they span (`growth`, `change-absolute`).
- shares of a whole the table states whole (a Total row of 100, or the total of the level
  column they divide): together 100 % (`sum-shares`), each its level over the total (`share`).
Columns in percent that are not shares (rates) are figures no rule adds up. A figure of the
prose that names a cell's row and is of its column's kind is linked to that cell (conflict
rules). Every figure of a table gets a metric named after its table, row and column, so
citations and claim files say which cell it is; the links are stated by the table itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quicktions import Fraction

from ..extraction.context import slug
from ..extraction.document import Document
from ..extraction.draft import leave_out
from ..extraction.lexicon import CAGR_BEFORE_RE, CURRENCY_CODES, YOY_RE
from ..extraction.links import DraftClaim, Extraction, MetricDraft, Relation
from ..extraction.mentions import Mention
from ..periods import parse_period
from ..vocabulary import (
    CURRENCY_SIGN,
    CURRENCY_SYMBOLS,
    TABLE_CHANGE_HEADER,
    TABLE_GROWTH_RATE_HEADER,
    TABLE_NOT_SUMMED,
    TABLE_PERCENT_HEADER,
    TABLE_POINTS_HEADER,
    TABLE_SHARE_HEADER,
    TOTAL_LABEL,
)

__all__ = [
    "CHECKED_BY_ROW",
    "RESTATEMENT_KEPT_FROM",
    "RESTATES_A_CELL",
    "SUMMED_ONCE",
    "Cell",
    "cells_of",
    "draft_table_totals",
    "header_period",
    "periods_in",
    "tables_of",
]

# A cell's figure: signed, in per cent, or after a currency's sign ("$1,200", "$ 1,200").
_NUMBER = re.compile(rf"[-−+]?(?:{CURRENCY_SIGN} ?)?(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*%?")
_CURRENCY_BEFORE = re.compile(rf"{CURRENCY_SIGN} ?")


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


# A table's only total written first: the rows below are read as its parts, a reading the
# table does not state (they may be a selection), so a sum that fails is a note.
TOTAL_FIRST = "a total over the rows below it: they are read as its parts, which may be a selection"
TOTAL_FIRST_CONFIDENCE = 0.8


def draft_table_totals(extraction: Extraction, article: str) -> None:
    """Name every drafted figure of a table after the article (its source id) and its cell;
    link each total the table states to its parts (metrics with sum_of; a stated relation),
    each change to the levels it spans, each share to its whole, and each prose figure that
    restates a cell to that cell. The article's name keeps one article's table 1 from
    another's."""
    tables = tables_of(extraction)
    headings = {number: header_rows(cells) for number, cells in tables.items()}
    _leave_out_headings(extraction, headings)
    claims = {}
    for index, claim in enumerate(extraction.claims):
        mention = extraction.mentions[claim.mention]
        claims[mention.num_start] = index
    before = {claim.metric for claim in extraction.claims}
    drafted: list[_Table] = []
    for number, cells in tables.items():
        figures = {
            key: _read(claims, cell, extraction, number)
            for key, cell in cells.items()
            if key[0] > headings[number] and key[1] > 1 and _NUMBER.fullmatch(cell.text)
        }
        if figures:
            name = f"{slug(article, 12, 'first')}_table{number}"
            table = _Table(extraction, (number, name), cells, figures, headings[number])
            table.draft()
            drafted.append(table)
    _link_restatements(extraction, drafted)
    # A Total row's 100 % is what the shares were checked against, not a figure of its own.
    leave_out(extraction, {index: WHOLE_STATED for table in drafted for index in table.wholes})
    # The metrics the drafter named table cells by, that no claim, share or metric refers to any more.
    used = {claim.metric for claim in extraction.claims} | {c.of for c in extraction.claims}
    for name in before - used:
        if not any(name in (m.part_of, *(m.sum_of or ())) for m in extraction.metrics.values()):
            extraction.metrics.pop(name, None)


def header_rows(cells: dict[tuple[int, int], Cell]) -> int:
    """How many rows head the table: the first, and each next one that has no row label and
    no figure but a period (a header over two rows: "Exports" over "2024", "2025")."""
    rows = sorted({row for row, _ in cells})
    count = 1
    for row in rows[1:]:
        texts = [cell.text for (r, column), cell in cells.items() if r == row and column > 1]
        if row != count + 1 or (row, 1) in cells or not texts:
            break
        if any(_NUMBER.fullmatch(t) and header_period(t) is None for t in texts):
            break
        count = row
    return count


def _leave_out_headings(extraction: Extraction, headings: dict[int, int]) -> None:
    """The numbers of a table's header rows and of its row labels (2024 over a column, "Aged
    15-24") are names, not figures: left out of the draft, with the reason."""
    document = extraction.document
    left = {}
    for index, claim in enumerate(extraction.claims):
        place = document.place_at(extraction.mentions[claim.mention].num_start)
        if place is None or place.table is None or place.row is None:
            continue
        if place.column == 1 or place.row <= headings.get(place.table, 1):
            left[index] = "a number in a table's header or row label: a name, not a figure"
    leave_out(extraction, left)


def _read(claims: dict[int, int], cell: Cell, extraction: Extraction, table: int) -> int:
    """The claim for a cell's figure: the prose extractor's, whose number starts the cell or
    follows its sign or currency (-2.1, $1,200, -$ 3.5), or one drafted for it; its index."""
    digit = re.search(r"\d", cell.text)
    for start in range(cell.start, cell.start + (digit.start() if digit else 0) + 1):
        if start in claims:
            return claims[start]
    return _drafted(extraction, table, cell)


def _drafted(extraction: Extraction, table: int, cell: Cell) -> int:
    """A claim for a figure the prose extractor passed over (a cell of 2055 reads like a
    year in prose; under a header of years it is a figure); its index."""
    number = cell.text.replace("−", "-")
    sign = _CURRENCY_BEFORE.search(number)
    if sign:  # "$1,200" is 1,200 USD
        number = f"{_CURRENCY_BEFORE.sub('', number)} {dict(CURRENCY_SYMBOLS)[sign[0].strip()]}"
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
    """One table's figures drafted as claims, each column read by what its header says it
    holds: levels (of a period when the header is one), totals, changes or shares."""

    def __init__(
        self,
        extraction: Extraction,
        numbered: tuple[int, str],  # the table's number in the document, and its metrics' stem
        cells: dict[tuple[int, int], Cell],
        figures: dict[tuple[int, int], int],
        heading: int = 1,
    ) -> None:
        self.extraction = extraction
        self.heading = heading  # the rows that head the table
        self.wholes: list[int] = []  # the claims of Total rows' shares that state the whole
        self.number, self.name = numbered
        self.cells = cells
        self.figures = figures
        self.rows = sorted({row for row, _ in cells})
        self.columns = sorted({column for _, column in figures})
        # a total "less" something ("Total assets less current liabilities") is a difference
        self.total_rows = [
            r
            for r in self.rows
            if r > heading and _is_total(self.label(r)) and not _TAKEN_AWAY.search(self.label(r))
        ]
        self.change_columns = [
            c for c in self.columns if TABLE_CHANGE_HEADER.search(self.header(c))
        ]
        self.total_columns = [
            c for c in self.columns if c not in self.change_columns and _is_total(self.header(c))
        ]
        # Columns in percent (by header or by every cell): shares, or rates, which never add up.
        self.percent_columns = [
            c
            for c in self.columns
            if c not in (*self.change_columns, *self.total_columns) and self._in_percent(c)
        ]
        self.share_columns = [
            c
            for c in self.columns
            if c not in (*self.change_columns, *self.total_columns) and self._holds_shares(c)
        ]
        self.levels = [
            c
            for c in self.columns
            if c
            not in (
                *self.change_columns,
                *self.total_columns,
                *self.share_columns,
                *self.percent_columns,
            )
            and not TABLE_NOT_SUMMED.search(self.header(c))  # averages, per head: no parts
        ]
        periods = {c: header_period(self.lowest_header(c)) for c in self.levels}
        named = [p for p in periods.values() if p is not None]
        # A period named twice (2024 under two headings) is no longer one row's level in it.
        distinct = len(set(named)) == len(named)
        self.periods = {c: p for c, p in periods.items() if p is not None and distinct}
        if self.total_columns and not (self.change_columns or self.share_columns):
            # a row's total is of no one period: its parts are each a metric of their own
            self.periods = {}

    def _in_percent(self, column: int) -> bool:
        texts = [self.cells[key].text for key in self.figures if key[1] == column]
        return bool(TABLE_PERCENT_HEADER.search(self.header(column))) or all(
            text.endswith(("%", "％")) for text in texts
        )

    def _holds_shares(self, column: int) -> bool:
        if TABLE_SHARE_HEADER.search(self.header(column)):
            return True
        # A column in percent may hold rates: shares only where a Total row states the whole.
        return column in self.percent_columns and any(
            (row, column) in self.figures
            and abs(Fraction(_number(self.cells[(row, column)].text).replace(",", "")) - 100) <= 1
            for row in self.total_rows
        )

    def label(self, row: int) -> str:
        cell = self.cells.get((row, 1))
        return cell.text if cell else f"row {row}"

    def header(self, column: int) -> str:
        """The column's header, read down its header rows ("Exports 2024")."""
        texts = [
            self.cells[(r, column)].text
            for r in range(1, self.heading + 1)
            if (r, column) in self.cells
        ]
        return " ".join(texts) if texts else f"column {column}"

    def lowest_header(self, column: int) -> str:
        """The header cell nearest the figures: the period of a column headed over two rows."""
        for row in range(self.heading, 0, -1):
            if (row, column) in self.cells:
                return self.cells[(row, column)].text
        return f"column {column}"

    def metric(self, row: int, column: int) -> str:
        name = f"{self.name}_{slug(self.label(row)) or f'row{row}'}"
        if column in self.periods:
            return name
        return f"{name}_{slug(self.header(column)) or f'column{column}'}"

    def claim(self, key: tuple[int, int]) -> DraftClaim:
        return self.extraction.claims[self.figures[key]]

    def mention(self, key: tuple[int, int]) -> int:
        return self.claim(key).mention

    def draft(self) -> None:
        for column in self.columns:
            self._currency_down(column)
        for key in self.figures:
            self._value(*key)
        if not self.total_columns:  # else a cell's slip would be an error of its row and column
            for total, parts in self._blocks():
                if self._summed_rows(parts):
                    for column in self.levels:
                        self._link((total, column), [(row, column) for row in parts])
        for total, parts in self._column_blocks():
            for row in self.rows:
                if self._summed_rows([row]):  # no row of averages or percentages
                    self._link((row, total), [(row, column) for column in parts])
        for column in self.share_columns:
            for total, parts in self._blocks():
                self._shares(column, total, parts)
        for column in self.change_columns:
            self._changes(column)

    def _value(self, row: int, column: int) -> None:
        claim = self.claim((row, column))
        claim.kind, claim.metric, claim.confidence = "value", self.metric(row, column), 1.0
        claim.notes = []  # the drafter's notes on its own reading of the row
        if row in self.total_rows and self._total_first():
            claim.confidence = TOTAL_FIRST_CONFIDENCE
            claim.notes = [TOTAL_FIRST]
        claim.start = claim.end = claim.of = claim.basis = None
        claim.years = None
        claim.start_claim = claim.end_claim = None
        claim.period = self.periods.get(column)
        # the cell's own unit, or the one its row or column declares ("营业收入(元)")
        unit = self.extraction.mentions[claim.mention].unit
        self.extraction.metrics.setdefault(
            claim.metric,
            MetricDraft(
                claim.metric,
                unit if unit and unit not in ("%", "pp", "x") else None,
                f"{self.label(row)} in table {self.number}"
                if column in self.periods
                else f"{self.label(row)}, {self.header(column)}, in table {self.number}",
            ),
        )

    def _currency_down(self, column: int) -> None:
        """A column's figures in its one currency, as accounts write them: the sign on the
        first row and the total ("$ 1,200", "800", "$ 2,000"), the rows between in the same
        currency. A column of figures in two currencies, or with units, is left as written."""
        keys = sorted(key for key in self.figures if key[1] == column)
        mentions = [self.extraction.mentions[self.mention(key)] for key in keys]
        units = {mention.unit for mention in mentions}
        currencies = [unit for unit in units if unit in CURRENCY_CODES]
        if len(currencies) != 1 or units != {"", currencies[0]}:
            return
        signed = [index for index, mention in enumerate(mentions) if mention.unit]
        # between the first signed row and the last (a total): rows after it (employees,
        # stores) are counts as written
        for key, mention in list(zip(keys, mentions, strict=True))[signed[0] : signed[-1]]:
            if not mention.unit and not mention.scale:
                mention.unit = currencies[0]
                self.claim(key).value = mention.value_text()

    def _blocks(self) -> list[tuple[int, list[int]]]:
        """Each total row with the rows it sums: those above it, up to the header or the
        previous total; or, when section headings (a label, no figure) stand among those, up
        to the heading the total names ("Total revenue" under "Revenue"), a total naming none
        of them summing no block (which rows it adds is not stated). A total that names
        earlier totals ("Total liabilities and equity" below "Total liabilities") sums them
        with the rows since the last total. A table's only total, written first ("All
        regions", 合计 over the rows it sums, as statistical tables set it), sums the rows below
        (a reading below certainty: `_total_first`)."""
        body = [r for r in self.rows if r > self.heading]
        if self._total_first():
            below = body[1:]
            sections = [r for r in below if not any((r, c) in self.figures for c in self.columns)]
            return [] if sections else [(body[0], below)]
        blocks = []
        for total in self.total_rows:
            earlier = [r for r in self.total_rows if r < total]
            start = earlier[-1] if earlier else self.heading
            rows = [r for r in self.rows if start < r < total]
            sections = [r for r in rows if not any((r, c) in self.figures for c in self.columns)]
            named = [r for r in sections if self._names_row(total, r)]
            if named:
                rows = [r for r in rows if r > named[-1]]
            if not set(rows) & set(sections):
                totals = [r for r in earlier if self._names_row(total, r)]
                blocks.append((total, totals + self._after_larger_rows(total, rows)))
        return blocks

    def _total_first(self) -> bool:
        """Whether the table's only total is its first row, over two rows or more: the rows
        below may be its parts or a selection of them ("All exports" over the main goods), which
        the table does not say; its sums are drafted below certainty (a finding is a note)."""
        body = [r for r in self.rows if r > self.heading]
        return self.total_rows == body[:1] and len(body) > 2

    def _names_row(self, total: int, row: int) -> bool:
        """Whether a total's label names what another row holds, as whole words: "Total
        revenue" the heading "Revenue:", "Total liabilities and equity" the row "Total
        liabilities" (never "Total non-current assets" the row "Total current assets"); or
        holds a kind of what the total sums: "Total assets" the row "Total current assets"."""
        subject = _subject(self.label(row))
        if not subject:
            return False
        if not subject.isascii():  # not 流动资产合计 inside 非流动资产合计
            return re.search(rf"(?<!非){re.escape(subject)}", self.label(total)) is not None
        named = rf"(?<![\w-]){re.escape(subject)}(?![\w-])"
        if re.search(named, self.label(total), re.IGNORECASE):
            return True
        whole = _subject(self.label(total))
        kind_of = rf"(?<![\w-])[\w-]+\s+{re.escape(whole)}$"
        return (
            row in self.total_rows
            and bool(whole)
            and whole.isascii()
            and (re.search(kind_of, subject, re.IGNORECASE) is not None)
        )

    def _after_larger_rows(self, total: int, rows: list[int]) -> list[int]:
        """The rows a total sums, past the first ones that are each larger than the total in
        every column of levels: no part of a total of figures none below zero, they head the
        table (an income statement's Revenue over its expenses and "Total expenses")."""
        if any(self._negative(row) for row in rows):
            return rows  # a loss among the parts: a larger first row may be one of them
        while rows and self._larger(rows[0], total):
            rows = rows[1:]
        return rows

    def _negative(self, row: int) -> bool:
        return any(
            self.extraction.mentions[self.mention((row, column))].sign == "-"
            for column in self.levels
            if (row, column) in self.figures
        )

    def _larger(self, row: int, total: int) -> bool:
        compared = 0
        for column in self.levels:
            if (row, column) not in self.figures or (total, column) not in self.figures:
                continue
            mine, whole = (
                self.extraction.mentions[self.mention(k)] for k in ((row, column), (total, column))
            )
            # one column's figures: a currency's sign written on some rows only is the same unit
            units = {mine.unit, whole.unit} - {""}
            if mine.scale != whole.scale or len(units) > 1 or mine.sign or whole.sign:
                return False
            if not mine.value > whole.value:
                return False
            compared += 1
        return compared > 0

    def _column_blocks(self) -> list[tuple[int, list[int]]]:
        """Each total column with the level columns it sums: those before it, back to the
        previous total column."""
        blocks = []
        for total in self.total_columns:
            earlier = [c for c in self.total_columns if c < total]
            start = earlier[-1] if earlier else 0
            blocks.append((total, [c for c in self.levels if start < c < total]))
        return blocks

    def _summed_rows(self, rows: list[int]) -> bool:
        """Whether the rows above a total are its parts: none a part of another ("of which"),
        a figure per head or an average, or a row of percentages."""
        for row in rows:
            label = self.label(row)
            if TABLE_NOT_SUMMED.search(label) or TABLE_PERCENT_HEADER.search(label):
                return False
            texts = [self.cells[key].text for key in self.figures if key[0] == row]
            if texts and all(text.endswith(("%", "％")) for text in texts):
                return False
        return True

    def _link(self, total: tuple[int, int], parts: list[tuple[int, int]]) -> None:
        """The total's metric is the sum of the parts' metrics, when every one is a figure (a
        part in another unit, 12% among amounts, the sum rule leaves out: same_dimension)."""
        if total not in self.figures or len(parts) < 2 or any(p not in self.figures for p in parts):
            return
        drafted = self.extraction.metrics[self.metric(*total)]
        if drafted.sum_of is None:
            drafted.sum_of = [self.metric(*part) for part in parts]
        mentions = [self.mention(key) for key in (total, *parts)]
        self.extraction.relations.append(Relation("sum", tuple(mentions)))

    def _level_of_shares(self, column: int) -> int | None:
        """The level column a column of shares divides: the one of the period its header names,
        else the only level column; None when there is no such column or several."""
        header = self.header(column)
        named = [p for p in periods_in(header) if p in self.periods.values()]
        if len(named) == 1:
            level = next(c for c, p in self.periods.items() if p == named[0])
        elif len(self.levels) == 1:
            level = self.levels[0]
        else:
            return None
        # "Share of population" divides no column of GDP, "of national output" no column of
        # the regions' output: a whole the header names is the level column's own quantity
        # (every word of it in that column's header) or its total.
        whole = _SHARE_OF.search(header)
        if whole is None or _WHOLE_WORDS.match(whole[1]):
            return level
        words = set(re.findall(r"[^\W\d_]+", whole[1].lower()))
        return level if words <= set(re.findall(r"\w+", self.header(level).lower())) else None

    def _shares(self, column: int, total: int, parts: list[int]) -> None:
        """The shares of a breakdown the table states whole: its Total row reads 100 (give or
        take the rounding of the shares), or it has no share there and the level column the
        shares divide has its total. Each part is then a share of the whole, the shares add up
        to 100 % (sum-shares) and each is its level over the total (share). A breakdown the
        table does not state whole (the top five, no Total row) is never checked against 100."""
        keys = [(row, column) for row in parts]
        if len(parts) < 2 or any(key not in self.figures for key in keys):
            return
        level = self._level_of_shares(column)
        if level is not None and any((row, level) not in self.figures for row in (*parts, total)):
            level = None
        explicit = TABLE_SHARE_HEADER.search(self.header(column)) is not None
        if (total, column) in self.figures:
            printed = self.cells[(total, column)].text
            if not _reads_100(printed, [self.cells[key].text for key in keys]):
                if explicit:  # a subtotal of shares: the sum of its parts' shares
                    self._link((total, column), keys)
                return
            whole_key = (total, column if level is None else level)
        elif level is not None and explicit:
            whole_key = (total, level)
        else:
            return
        whole = self.metric(*whole_key)
        if level is None:  # the whole the shares divide, which the table gives no figure of
            whole = f"{whole}_whole"
            # in words for the findings: the whole row and the column of its shares
            description = (
                f"{self.label(total)} in table {self.number}, column “{self.header(column)}”"
            )
            self.extraction.metrics.setdefault(whole, MetricDraft(whole, None, description))
        base = column if level is None else level
        part_metrics = [self.metric(row, base) for row in parts]
        drafted = self.extraction.metrics[whole]
        if drafted.sum_of not in (None, part_metrics):
            return
        drafted.sum_of = part_metrics
        if (total, column) in self.figures:
            self.wholes.append(self.figures[(total, column)])
        in_percent = not _fractions(self.header(column), [self.cells[key].text for key in keys])
        for row, metric in zip(parts, part_metrics, strict=True):
            claim = self.claim((row, column))
            claim.kind, claim.metric, claim.of = "share", metric, whole
            claim.ignore, claim.ignore_reason = CHECKED_BY_ROW, ROW_CHECKS
            claim.period = self.periods.get(base)
            number = _number(self.cells[(row, column)].text)
            claim.value = f"{number} %" if in_percent else number
            level_mention = self.mention((row, level)) if level is not None else None
            relation = (claim.mention, level_mention, self.mention(whole_key))
            self.extraction.relations.append(Relation("share", relation, whole))
        together = tuple(self.mention(key) for key in (*keys, whole_key))
        self.extraction.relations.append(Relation("shares_sum_100", together, whole))

    def _span(self, column: int) -> tuple[int, int] | None:
        """The two level columns a change column spans: the periods its header names, else the
        two period columns nearest before it, else the ones either side of it; in the order of
        their periods."""
        named = periods_in(self.header(column))
        if named:
            columns = [c for c, p in self.periods.items() if p in named]
            if len(named) != 2 or len(columns) != 2:
                return None  # a span the table's own columns do not give
        else:
            before = [c for c in self.periods if c < column]
            after = [c for c in self.periods if c > column]
            columns = before[-2:] if len(before) >= 2 else before + after[:1]
            if len(columns) != 2:
                return None
        first, second = sorted(columns, key=lambda c: parse_period(self.periods[c]))
        start, end = parse_period(self.periods[first]), parse_period(self.periods[second])
        header = self.header(column)
        yearly = YOY_RE.search(header) or CAGR_BEFORE_RE.search(re.sub(r"[^\w\s-]", " ", header))
        if start == end or (yearly and not end.follows(start)):
            # a change on the year before spans neither two quarters nor two years apart; an
            # average annual rate is the change only over one year
            return None
        return first, second

    def _changes(self, column: int) -> None:
        """Each change of a change column against the two levels of its row it spans (growth,
        change-absolute): a change in percent where the header or the cell says so or names a
        rate of growth, otherwise an amount in the levels' unit. Changes in percentage points
        are left as they are."""
        header = self.header(column)
        span = self._span(column)
        if span is None or TABLE_POINTS_HEADER.search(header):
            return
        first, second = span
        relative = bool(
            TABLE_PERCENT_HEADER.search(header) or TABLE_GROWTH_RATE_HEADER.search(header)
        )
        if not relative and not self._signed_percent(column):
            reading = self._bare_change_reading(column, first, second)
            if reading is None:
                return
            relative = reading == "percent"
        for row in self.rows:
            keys = [(row, column), (row, first), (row, second)]
            if any(key not in self.figures for key in keys):
                continue
            text = self.cells[(row, column)].text
            claim = self.claim((row, column))
            claim.kind, claim.metric, claim.period = "change", self.metric(row, first), None
            claim.ignore, claim.ignore_reason = CHECKED_BY_ROW, ROW_CHECKS
            claim.start, claim.end = self.periods[first], self.periods[second]
            number = _number(text)
            signed = number if number.startswith("-") else f"+{number}"
            claim.value = f"{signed} %" if relative or text.endswith("%") else signed
            self.extraction.relations.append(
                Relation("change", tuple(self.mention(key) for key in keys))
            )

    def _signed_percent(self, column: int) -> bool:
        """Whether a cell of the column carries a per-cent sign (the column is then in percent)."""
        return any(
            self.cells[(row, column)].text.rstrip().endswith(("%", "％"))
            for row in self.rows
            if (row, column) in self.figures
        )

    def _bare_change_reading(self, column: int, first: int, second: int) -> str | None:
        """How a change column headed only "Change", its cells bare numbers, is written: as an
        amount or in percent, whichever the rows fit more often (a header that does not say
        must not turn every percentage into a wrong amount). A column no row fits either way
        is wrong either way, and read as amounts; None when the rows fit both readings alike,
        and the column is then left unchecked."""
        fits = {"amount": 0, "percent": 0}
        for row in self.rows:
            keys = [(row, column), (row, first), (row, second)]
            if any(key not in self.figures for key in keys):
                continue
            change, before, after = (self.cells[key].text for key in keys)
            for reading in _change_readings(change, before, after):
                fits[reading] += 1
        if fits["amount"] == fits["percent"]:
            return "amount" if fits["amount"] == 0 else None
        return max(fits, key=fits.__getitem__)


# The rules over a sum of parts take each part's figure once, from its cell: a prose figure
# that restates a cell is never summed with the others as a second figure of its part.
SUMMED_ONCE = (
    "growth-of-parts",
    "growth-of-parts-from-start",
    "growth-of-summed-levels",
    "sum-shares",
    "share-of-summed-part",
    "share-of-summed-whole",
    "share-of-sums",
)
# A table's own change or share is checked against the levels of its row and its total; the
# rules that rebuild a total's change or share from its parts' would only say it again (a wrong
# part's change read as the Total's error).
CHECKED_BY_ROW = (
    "growth-of-parts",
    "growth-of-parts-from-start",
    "growth-of-summed-levels",
    "share-of-summed-part",
    "share-of-summed-whole",
    "share-of-sums",
)
ROW_CHECKS = "a table's cell, checked against the levels of its own row and the total"
WHOLE_STATED = "a Total row's share stating the whole (100 %), which its shares are checked against"
RESTATES_A_CELL = (
    "it restates a table's cell, checked against it: the cell's figure is the one the rules "
    "over its row's levels and over sums of parts take"
)
# A prose figure that restates a cell is checked against the cell only: the cell is checked
# against its row's levels, so a prose figure that differs from the cell is one slip, one
# finding (the conflict, citing the sentence and the row with its levels), not a second error
# from the same levels.
RESTATEMENT_KEPT_FROM = (*SUMMED_ONCE, "growth", "change-absolute", "share")


def _link_restatements(extraction: Extraction, tables: list[_Table]) -> None:
    """A figure of the prose that restates a cell: a change in percent, or a share, whose quote
    names the cell's row label ("exports of machinery rose 8.3%" and the row Machinery, column
    % change), when exactly one cell of the article's tables is of its kind and so named. The
    prose figure then takes the cell's metric, span and entity, with a stated link, so the
    conflict rules check the two together and a disagreement is an error citing both."""
    document = extraction.document
    cells = [
        (table, key)
        for table in tables
        for key in table.figures
        if table.claim(key).kind in ("change", "share")
    ]
    for claim in extraction.claims if cells else ():
        if claim.kind not in ("change", "share") or claim.converts is not None:
            continue
        if claim.start_claim is not None:
            continue
        place = document.place_at(claim.quote[0])
        if place is not None and place.table is not None:
            continue
        quote = document.text[claim.quote[0] : claim.quote[1]]
        found = [
            (table, key)
            for table, key in cells
            if _names(quote, table.label(key[0])) and _restates(claim, table.claim(key))
        ]
        if len(found) != 1:
            continue  # no cell, or several: what the prose restates is not stated
        table, key = found[0]
        cell = table.claim(key)
        claim.metric, claim.entity, claim.of, claim.period = (
            cell.metric,
            cell.entity,
            cell.of,
            cell.period,
        )
        claim.start, claim.end, claim.basis, claim.years = cell.start, cell.end, None, None
        claim.confidence = 1.0
        claim.notes = [n for n in claim.notes if "measured against" not in n]
        claim.ignore, claim.ignore_reason = RESTATEMENT_KEPT_FROM, RESTATES_A_CELL
        extraction.relations.append(Relation("restates", (claim.mention, cell.mention)))


def _names(quote: str, label: str) -> bool:
    """Whether the quote names a row label: as whole words (any case), or as written for a
    label in Chinese; never a label of fewer than three letters, a number, or a total."""
    label = label.strip()
    if len(label) < 3 and label.isascii() or not re.search(r"[^\W\d_]", label) or _is_total(label):
        return False
    if not label.isascii():
        return label in quote
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", quote, re.IGNORECASE) is not None


def _restates(claim: DraftClaim, cell: DraftClaim) -> bool:
    """Whether a prose figure is of a cell's kind and quantity: a change in percent over the
    same span (or none said, or its end), or a share of the same period (or none said)."""
    if claim.kind != cell.kind or claim.kind not in ("change", "share"):
        return False
    if not (claim.value.endswith("%") and cell.value.endswith("%")):
        return False
    if claim.kind == "share":
        return claim.period in (None, cell.period)
    if claim.years is not None:
        return False
    if claim.start and claim.end:
        return (claim.start, claim.end) == (cell.start, cell.end)
    return claim.period in (None, cell.end)


# The whole a share header names ("Share of exports (%)"), and the names of any whole.
_SHARE_OF = re.compile(r"\bof\s+(?:the\s+)?([^()%,]+)", re.IGNORECASE)
_WHOLE_WORDS = re.compile(r"\s*(?:total|all|whole|sum)\b", re.IGNORECASE)


# A label that takes an amount away: no sum ("Total assets less current liabilities", 净额).
_TAKEN_AWAY = re.compile(r"\b(?:less|minus|net\s+of|after|excluding)\b|减|扣除|净额", re.IGNORECASE)


def _subject(label: str) -> str:
    """What a row's label names, its total word and a closing colon left out ("Total current
    assets" names "current assets", "Revenue:" "Revenue")."""
    label = label.strip()
    opening = TOTAL_LABEL.match(label)
    return re.sub(r"[\s:：]+$", "", label[opening.end() if opening else 0 :]).strip()


def _is_total(label: str) -> bool:
    return TOTAL_LABEL.match(label.strip()) is not None


def _number(text: str) -> str:
    """A cell's figure as the claim format writes it: a plain minus, no per-cent sign, no plus."""
    return _CURRENCY_BEFORE.sub("", text.replace("−", "-").rstrip("%％ ").strip().lstrip("+"))


def _change_readings(change: str, before: str, after: str) -> list[str]:
    """The readings of a bare change that its two levels allow, each level and the change
    within their rounding: "amount" (after - before), "percent" (after / before - 1, in %)."""
    value, start, end = (Fraction(_number(t).replace(",", "")) for t in (change, before, after))
    slack, start_slack, end_slack = (_half_unit(t) for t in (change, before, after))
    readings = []
    if abs(end - start - value) <= slack + start_slack + end_slack:
        readings.append("amount")
    if start - start_slack > 0 and end + end_slack > 0:
        lowest = ((end - end_slack) / (start + start_slack) - 1) * 100
        highest = ((end + end_slack) / (start - start_slack) - 1) * 100
        if lowest - slack <= value <= highest + slack:
            readings.append("percent")
    return readings


def _half_unit(text: str) -> Fraction:
    """Half a unit of the last digit a figure writes: how far rounding may have moved it."""
    number = _number(text).replace(",", "")
    decimals = len(number.split(".")[1]) if "." in number else 0
    return Fraction(1, 2 * 10**decimals)


def _reads_100(printed: str, parts: list[str]) -> bool:
    """Whether a Total row's share states the whole: 100, or a sum of rounded shares as near 100
    as the rounding of the shares and its own allows (99.9 for three shares to one decimal)."""
    try:
        value = Fraction(_number(printed).replace(",", ""))
    except ValueError:
        return False
    slack = _half_unit(printed) + sum((_half_unit(part) for part in parts), Fraction(0))
    return abs(value - 100) <= slack


def _fractions(header: str, texts: list[str]) -> bool:
    """Shares written as fractions of one (0.25), not in percent: no per-cent sign anywhere and
    none above one."""
    if TABLE_PERCENT_HEADER.search(header) or any(text.endswith(("%", "％")) for text in texts):
        return False
    return all(Fraction(_number(text).replace(",", "")) <= 1 for text in texts)


_QUARTER = r"(?:Q([1-4])\s*[-/]?\s*((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-/]?\s*Q([1-4]))"
_HALF = r"(?:H([12])\s*[-/]?\s*((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-/]?\s*H([12]))"
_MONTH = r"((?:19|20)\d\d)[-/.](0[1-9]|1[0-2])(?!\d)|((?:19|20)\d\d)年(1[0-2]|0?[1-9])月"
_YEAR = r"((?:19|20)\d\d)(?:\s*[-–/]\s*(\d\d)(?!\d))?年?"
_PERIOD_IN_HEADER = re.compile(
    rf"(?<![\d.]){_QUARTER}|(?<![\d.]){_HALF}|(?<![\d.]){_MONTH}|(?<![\d.]){_YEAR}(?![\d.%])",
    re.IGNORECASE,
)


def periods_in(header: str) -> list[str]:
    """The periods a header names, as claim files write them: 2024, 2024-Q1 (Q1 2024), 2024-H2,
    2024-03 (2024年3月); a range of years written short (2024-25) names both years."""
    found: list[str] = []
    for match in _PERIOD_IN_HEADER.finditer(header):
        groups = match.groups()
        quarter, half, month, year = groups[0:4], groups[4:8], groups[8:12], groups[12:14]
        if any(quarter):
            found.append(f"{quarter[1] or quarter[2]}-Q{quarter[0] or quarter[3]}")
        elif any(half):
            found.append(f"{half[1] or half[2]}-H{half[0] or half[3]}")
        elif any(month):
            found.append(f"{month[0] or month[2]}-{int(month[1] or month[3]):02d}")
        else:
            found.append(year[0])
            if year[1]:
                found.append(f"{year[0][:2]}{year[1]}")
    return found


def header_period(header: str) -> str | None:
    """The period a header is, when it is nothing else (2024, Q1 2024, 2024年, 2024-03)."""
    text = header.strip().rstrip("*")
    match = _PERIOD_IN_HEADER.fullmatch(text)
    return periods_in(text)[0] if match and len(periods_in(text)) == 1 else None
