"""PDFs read back: the seed articles printed by Debian's headless Chromium give exactly the
findings of their plain text with citations naming the page, two-column pages are read column
by column, words broken at line ends are joined again, and page numbers are left out.

Needs Chromium and Playwright, as the browser tests (tests/test_browser.py): without them these
tests skip, except under CI, where a missing browser fails."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from checker.documents import read_article
from checker.extraction.textcheck import check_texts
from tests.browser_support import launched_chromium
from tests.document_fixtures import html_from_text, paragraphs_of, print_pdf
from tests.test_documents import SEED_FILES, every_claim_quotes_its_own_text, findings_of

pytestmark = pytest.mark.browser
pdfplumber = pytest.importorskip("pdfplumber")


@pytest.fixture(scope="module")
def chromium():
    yield from launched_chromium()


@pytest.fixture(scope="module")
def seed_pdfs(chromium, tmp_path_factory) -> dict[Path, Path]:
    directory = tmp_path_factory.mktemp("pdfs")
    return {
        seed: print_pdf(
            chromium,
            html_from_text(seed.read_text(encoding="utf-8"), chrome=False),
            directory / f"{seed.stem}.pdf",
        )
        for seed in SEED_FILES
    }


def squashed(text: str) -> str:
    """Text without spaces, line breaks or hyphens: how two renderings of it compare."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem[:3])
def test_a_seed_as_a_pdf_gives_the_findings_of_its_text_citing_the_page(seed, seed_pdfs):
    pdf = seed_pdfs[seed]
    assert findings_of(pdf) == findings_of(seed)
    with pdfplumber.open(pdf) as opened:
        pages = [page.extract_text() or "" for page in opened.pages]
    assert len(pages) >= 1
    cited = 0
    for finding in check_texts([pdf]).findings:
        for citation in finding.claims:
            match = re.fullmatch(r"page (\d+), paragraph (\d+)", citation.place or "")
            assert match, citation.place
            number = int(match[1])
            # the quote starts on the page cited, and may run on to the next one
            here = squashed(pages[number - 1] + "".join(pages[number : number + 1]))
            assert squashed(citation.quote or "") in here
            earlier = squashed("".join(pages[: number - 1]))
            assert squashed(citation.quote or "") not in earlier
            cited += 1
    assert cited


def test_every_pdf_citation_maps_back_to_the_identical_substring(seed_pdfs):
    assert sum(every_claim_quotes_its_own_text(read_article(p)) for p in seed_pdfs.values()) > 40


_LEFT = [
    "Exports rose 8.3 percent in March to 120.4 billion yuan.",
    "Coal output was 41.7 million tonnes, down 2.2 percent.",
    "The port handled 9,150 ships in the quarter.",
]
_RIGHT = [
    "Imports fell 6.1 percent to 77.9 billion yuan.",
    "Steel output reached 88.6 million tonnes, up 1.4 percent.",
    "Airports served 3,470 flights in the quarter.",
]


# A paragraph over the whole width below the columns (a short line there could not be told
# from the left column's last line).
_BELOW = "Below both columns, a note over the whole width of the page: all figures are provisional."


_THIRD = [
    "Rail freight grew 4.9 percent to 5.3 million tonnes.",
    "Bus ridership was 61,300 a day, up 0.8 percent.",
    "Bridges carried 14,020 lorries in the quarter.",
]


@pytest.mark.parametrize("columns", [2, 3])
def test_columns_are_read_one_after_the_other_never_merged(chromium, tmp_path, columns):
    groups = [_LEFT, _RIGHT, _THIRD][:columns]
    style = (
        f".cols {{ column-count: {columns}; column-gap: 1.5cm; }}"
        " .cols p { break-inside: avoid; margin: 0 0 1em 0 } .cols .next { break-before: column; }"
    )
    body = "".join(
        f'<p class="{"next" if i == 0 and g else ""}">{p}</p>'
        for g, group in enumerate(groups)
        for i, p in enumerate(group)
    )
    page = (
        f"<!DOCTYPE html><html lang=en><head><style>body {{ font: 10pt serif }} {style}</style>"
        f"</head><body><h1>Quarterly figures across all the columns</h1>"
        f'<div class="cols">{body}</div><p>{_BELOW}</p></body></html>'
    )
    document = read_article(print_pdf(chromium, page, tmp_path / "columns.pdf"))
    expected = ["Quarterly figures across all the columns", *sum(groups, []), _BELOW]
    assert paragraphs_of(document.text) == expected
    assert document.place_at(document.text.index("Imports")).label() == "page 1, paragraph 5"


def test_words_broken_at_line_ends_are_joined_and_compounds_keep_their_hyphen(chromium, tmp_path):
    words = "inter\u00adnation\u00adal\u00adly ac\u00adcount\u00adabil\u00adity"
    paragraphs = [
        f"The high-quality index rose {words} to 0.91 in 2022 from 0.65 in 2013, a high-quality "
        f"result for the period 2013-2022 that was {words} noted by well-known "
        f"non-governmental observers and {words} repeated."
    ] * 3
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<!DOCTYPE html><html lang=en><head><style>body { font: 12pt serif; width: 5.5cm }"
        f"</style></head><body>{body}</body></html>"
    )
    pdf = print_pdf(chromium, page, tmp_path / "narrow.pdf")
    with pdfplumber.open(pdf) as opened:
        printed = "\n".join(page.extract_text() for page in opened.pages)
    assert re.search(r"[-\u00ad\u2010]\n", printed), "the fixture must break words at line ends"
    document = read_article(pdf)
    assert paragraphs_of(document.text) == [p.replace("\u00ad", "") for p in paragraphs]


def test_a_table_in_a_pdf_keeps_its_cells_apart(chromium, tmp_path):
    rows = [("Region", "2024", "2025"), ("North", "12.5", "13.1"), ("Total", "40.2", "41.0")]
    table = "".join(
        "<tr>" + "".join(f"<td style='padding: 0 1.5em'>{c}</td>" for c in row) + "</tr>"
        for row in rows
    )
    page = (
        f"<html><body><p>Output by region, in billion yuan.</p><table>{table}</table></body></html>"
    )
    document = read_article(print_pdf(chromium, page, tmp_path / "table.pdf"))
    assert "North\t12.5\t13.1\nTotal\t40.2\t41.0" in document.text.replace("\n\n", "\n")


# Ruled tables, as statistics offices print them; never cut by a page break.
RULED = (
    "table { border-collapse: collapse; margin: 0.5em 0; break-inside: avoid }"
    " th, td { border: 0.75pt solid #000; padding: 1pt 4pt; font: 9pt sans-serif }"
)


def test_a_ruled_table_in_a_pdf_becomes_cells_with_their_page(chromium, tmp_path):
    from checker.documents.tables import cells_of
    from tests.document_fixtures import SECTOR_ROWS, html_with_tables

    page = html_with_tables([SECTOR_ROWS], RULED)
    document = read_article(print_pdf(chromium, page, tmp_path / "sectors.pdf"))
    tables = cells_of(document)
    assert list(tables) == [1]
    cells = tables[1]
    assert {key: cell.text for key, cell in cells.items()} == {
        (r, c): text
        for r, row in enumerate(SECTOR_ROWS, start=1)
        for c, text in enumerate(row, start=1)
    }
    place = document.place_at(cells[(5, 3)].start)
    assert place is not None and place.label() == "page 1, table 1, row 5, column 3"
    assert every_claim_quotes_its_own_text(document) >= 8
    (finding,) = [f for f in check_texts([tmp_path / "sectors.pdf"]).findings if f.rule == "sum"]
    assert finding.severity == "error"
    assert finding.claims[0].place == "page 1, table 1, row 5, column 3"


@pytest.mark.slow
def test_pdf_tables_every_planted_error_found_no_correct_table_flagged(chromium, tmp_path):
    from tests.document_fixtures import html_with_tables
    from tests.generated_tables import generated_tables
    from tests.test_tables import PLANTED_RULES, _cited_cells, assert_verdicts

    tables = generated_tables(260, seed=1617, english=True)
    per_file = 65
    files = [
        print_pdf(
            chromium,
            html_with_tables([t.rows for t in tables[start : start + per_file]], RULED),
            tmp_path / f"tables-{start // per_file}.pdf",
        )
        for start in range(0, len(tables), per_file)
    ]
    for path in files:
        document = read_article(path)
        assert max(cells_count(document)) == per_file
        assert every_claim_quotes_its_own_text(document) > 0
    result = check_texts(files)
    assert not result.input_errors
    assert_verdicts(
        tables,
        _cited_cells(result),
        lambda index: (f"tables-{index // per_file}.pdf", index % per_file + 1),
    )
    planted = [t.planted_kind for t in tables]
    assert min(planted.count(error) for error in PLANTED_RULES) >= 15
    assert planted.count(None) >= 100


# Tables set by alignment alone, as most statistical bulletins print them: no rules, the
# figures right-aligned, left-aligned or centred in their columns.
UNRULED = (
    "table { border-collapse: collapse; margin: 0.5em 0; break-inside: avoid }"
    " th, td { padding: 1pt 6pt; font: 9pt sans-serif }"
)
FIGURES_ALIGNED = ("right", "left", "center", "right")


def unruled(align: str) -> str:
    return f"{UNRULED} td + td {{ text-align: {align} }}"


def test_a_table_without_rules_below_two_columns_of_prose_is_cells_the_prose_lines(
    chromium, tmp_path
):
    from checker.documents.tables import cells_of
    from tests.document_fixtures import SECTOR_ROWS

    body = "".join(
        f'<p class="{"next" if i == 0 and g else ""}">{p}</p>'
        for g, group in enumerate([_LEFT, _RIGHT])
        for i, p in enumerate(group)
    )
    head = "".join(f"<th>{c}</th>" for c in SECTOR_ROWS[0])
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in SECTOR_ROWS[1:]
    )
    page = (
        "<!DOCTYPE html><html lang=en><head><style>body { font: 10pt serif }"
        " .cols { column-count: 2; column-gap: 1.5cm } .cols p { break-inside: avoid;"
        f" margin: 0 0 1em 0 }} .cols .next {{ break-before: column }} {unruled('right')}"
        f'</style></head><body><div class="cols">{body}</div><p>{_BELOW}</p>'
        f"<table><tr>{head}</tr>{rows}</table></body></html>"
    )
    document = read_article(print_pdf(chromium, page, tmp_path / "mixed.pdf"))
    tables = cells_of(document)
    assert list(tables) == [1]
    assert {key: cell.text for key, cell in tables[1].items()} == {
        (r, c): text
        for r, row in enumerate(SECTOR_ROWS, start=1)
        for c, text in enumerate(row, start=1)
    }
    prose = document.text[: tables[1][(1, 1)].start]
    assert paragraphs_of(prose) == [*_LEFT, *_RIGHT, _BELOW]


@pytest.mark.slow
def test_pdf_tables_without_rules_every_planted_error_found_no_correct_table_flagged(
    chromium, tmp_path
):
    from checker.documents.tables import cells_of
    from tests.document_fixtures import html_with_tables
    from tests.generated_tables import generated_tables
    from tests.test_tables import PLANTED_RULES, _cited_cells, assert_verdicts

    tables = generated_tables(260, seed=1618, english=True)
    per_file = 65
    files = [
        print_pdf(
            chromium,
            html_with_tables([t.rows for t in tables[start : start + per_file]], unruled(align)),
            tmp_path / f"unruled-{start // per_file}.pdf",
        )
        for start, align in zip(range(0, len(tables), per_file), FIGURES_ALIGNED, strict=True)
    ]
    # A table of one column of figures is not clearly a table: it stays lines of text, and
    # its figures, not footed, raise nothing (the verdicts below see every finding).
    numbers: dict[int, tuple[str, int]] = {}
    for start in range(0, len(tables), per_file):
        chunk = range(start, min(start + per_file, len(tables)))
        footed = [index for index in chunk if len(tables[index].rows[0]) >= 3]
        for number, index in enumerate(footed, start=1):
            numbers[index] = (f"unruled-{start // per_file}.pdf", number)
    for number, path in enumerate(files):
        document = read_article(path)
        found = cells_of(document)
        for index, (name, table) in numbers.items():
            if name == path.name:
                rows = tables[index].rows
                assert {key: cell.text for key, cell in found[table].items()} == {
                    (r, c): text
                    for r, row in enumerate(rows, start=1)
                    for c, text in enumerate(row, start=1)
                    if text
                }, (number, index)
        assert len(found) == sum(name == path.name for name, _ in numbers.values())
        assert every_claim_quotes_its_own_text(document) > 0
    result = check_texts(files)
    assert not result.input_errors
    assert_verdicts(
        [tables[index] for index in sorted(numbers)],
        _cited_cells(result),
        lambda position: numbers[sorted(numbers)[position]],
    )
    planted = [t.planted_kind for t in tables]
    assert min(planted.count(error) for error in PLANTED_RULES) >= 15
    assert planted.count(None) >= 100


def cells_count(document) -> list[int]:
    from checker.documents.tables import cells_of

    return list(cells_of(document)) or [0]


def test_a_table_going_on_over_the_next_page_is_one_table(chromium, tmp_path):
    from checker.documents.tables import cells_of
    from tests.document_fixtures import html_with_tables

    regions = [[f"Region {n}", f"{10 + n}.5"] for n in range(1, 71)]
    total = sum(Decimal(value) for _, value in regions)
    rows = [["Region", "Output"], *regions, ["Total", str(total + 20)]]
    page = (
        html_with_tables([rows], RULED.replace("break-inside: avoid", ""))
        .replace("<table><tr>", "<table><thead><tr>")
        .replace("</th></tr>", "</th></tr></thead>")
    )
    path = print_pdf(chromium, page, tmp_path / "long.pdf")
    document = read_article(path)
    tables = cells_of(document)
    assert list(tables) == [1]
    cells = tables[1]
    assert {key: cell.text for key, cell in cells.items()} == {
        (r, c): text for r, row in enumerate(rows, start=1) for c, text in enumerate(row, start=1)
    }
    last = document.place_at(cells[(len(rows), 2)].start)
    assert last is not None and last.page is not None and last.page > 1
    (finding,) = [f for f in check_texts([path]).findings if f.rule == "sum"]
    assert finding.severity == "error"
    assert finding.claims[0].place == f"page {last.page}, table 1, row {len(rows)}, column 2"
