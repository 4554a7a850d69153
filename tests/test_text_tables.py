"""Totals of tables written as text (Markdown pipe tables, tab-separated rows, columns aligned
by spaces) checked as a web page's tables are: a column headed Total is the sum of its row's
other figures, a row labelled Total the sum of the rows above it. Every table here is invented.
A mistyped cell is one error citing that cell; a table whose structure is in doubt (a part of a
part, a sub-row, averages, percentages, a blank or dash cell, a bracketed figure, mixed units,
rows of other widths) gives no error from its sums."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.documents.texttables import text_table_places
from checker.extraction import extract_text
from checker.extraction.textcheck import _all_left_out, check_texts
from tests.document_fixtures import html_with_tables
from tests.test_tables import generated_tables


def _errors(tmp_path: Path, text: str, name: str = "article.md") -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = check_texts([path])
    assert not result.input_errors
    return [f for f in result.findings if f.severity in ("error", "warning")]


def _cells(finding) -> set[tuple[int, int]]:
    """The (row, column) of every cell a finding cites."""
    places = (re.search(r"row (\d+), column (\d+)", c.place or "") for c in finding.claims)
    return {(int(p[1]), int(p[2])) for p in places if p}


def _pipe(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    rule = "|" + "---|" * len(rows[0])
    return "\n".join([lines[0], rule, *lines[1:]])


INTRO = "Lantern Bicycles Ltd reported its deliveries for the year.\n\nDeliveries by depot\n\n"
QUARTERS = [
    ["Depot", "Q1", "Q2", "Q3", "Q4", "Total"],
    ["Fernhill", "1,204", "1,318", "1,297", "1,402", "5,221"],
    ["Marlow Cross", "876", "912", "954", "1,003", "3,745"],
    ["Total", "2,080", "2,230", "2,251", "2,405", "8,966"],
]


def _with(rows: list[list[str]], row: int, column: int, text: str) -> list[list[str]]:
    changed = [list(r) for r in rows]
    changed[row][column] = text
    return changed


def test_a_clean_pipe_table_gives_nothing_and_a_mistyped_cell_one_error_naming_it(tmp_path):
    assert _errors(tmp_path, INTRO + _pipe(QUARTERS) + "\n") == []
    for row, column, text in ((2, 3, "992"), (1, 5, "5,321"), (3, 2, "2,180")):
        found = _errors(tmp_path, INTRO + _pipe(_with(QUARTERS, row, column, text)) + "\n")
        assert [f.rule for f in found] == ["sum"], (row, column, found)
        assert (row + 1, column + 1) in _cells(found[0])


def test_a_total_row_sums_the_rows_above_it_back_to_the_previous_total(tmp_path):
    rows = [
        ["Crop", "2031", "2032"],
        ["Barley", "412.5", "430.1"],
        ["Oats", "96.3", "101.0"],
        ["Total cereals", "508.8", "531.1"],
        ["Beans", "44.0", "47.2"],
        ["Peas", "31.9", "30.5"],
        ["Total pulses", "75.9", "77.7"],
    ]
    text = "Harvest of the valley farms (thousand tonnes)\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    found = _errors(tmp_path, text.replace("| 77.7 |", "| 79.7 |"))
    assert [f.rule for f in found] == ["sum"]
    assert _cells(found[0]) == {(7, 3), (5, 3), (6, 3)}


def test_space_aligned_and_tab_separated_tables_are_read(tmp_path):
    spaced = (
        "Spending of the Quarry Vale council (million)\n\n"
        "                 2027     2028     2029\n"
        "Lighting         41.2     43.0     44.1\n"
        "Libraries        88.5     90.2     93.4\n"
        "Ferries          12.3     12.9     13.0\n"
        "Total           142.0    146.1    150.5\n"
    )
    assert _errors(tmp_path, spaced, "spaced.txt") == []
    found = _errors(tmp_path, spaced.replace("146.1", "149.1"), "spaced.txt")
    assert [f.rule for f in found] == ["sum"] and (5, 3) in _cells(found[0])
    tabbed = "Kiosk takings\n\nKiosk\tMay\tJune\tJuly\tTotal\nPier\t310\t342\t365\t1017\n"
    tabbed += "Park\t205\t221\t240\t666\nAll\t515\t563\t605\t1683\n"
    assert _errors(tmp_path, tabbed, "tabbed.txt") == []
    found = _errors(tmp_path, tabbed.replace("\t666", "\t686"), "tabbed.txt")
    assert [f.rule for f in found] == ["sum"] and (3, 5) in _cells(found[0])


def test_totals_named_in_chinese_and_overall_are_totals(tmp_path):
    rows = [
        ["地区", "2030年", "2031年"],
        ["东岭", "120.4", "131.6"],
        ["西川", "88.1", "90.5"],
        ["合計", "208.5", "222.1"],
    ]
    text = "山城统计局发布分地区产量（万吨）\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    assert [f.rule for f in _errors(tmp_path, text.replace("222.1", "232.1"))] == ["sum"]
    overall = [["Ward", "Votes"], ["Ashgrove", "4,310"], ["Brindle", "3,877"], ["Overall", "8,187"]]
    text = "Votes counted in the Tallow by-election\n\n" + _pipe(overall) + "\n"
    assert _errors(tmp_path, text) == []
    assert [f.rule for f in _errors(tmp_path, text.replace("8,187", "8,387"))] == ["sum"]


def test_independently_rounded_pipe_tables_raise_nothing_but_their_planted_errors(tmp_path):
    tables = generated_tables(40, seed=7)
    for index, (rows, planted) in enumerate(tables):
        text = "Output of the regions, in thousands of tonnes.\n\n" + _pipe(rows) + "\n"
        found = _errors(tmp_path, text, f"generated-{index}.md")
        assert [f.rule for f in found] == (["sum"] if planted else []), (index, rows)


# The refusals: each table would give a false alarm if the row or column were summed (a part
# of a part, a figure that never adds up, an amount taken away). Its other
# sums are still checked: a mistyped row total is found, so the table was read.
REFUSED = {
    "of which": ("of which online", "Total"),
    "including": ("including exports", "Total"),
    "其中": ("其中：出口", "合计"),
    "#": ("# 出口", "合计"),
    "average": ("Average", "Total"),
    "per head": ("Per head", "Total"),
    "index": ("Price index", "Total"),
    "less": ("Less: returns", "Total"),
    "减": ("减：退货", "合计"),
}
# A row in percent among rows of amounts (its label says so, its cells are bare): no part.
PERCENT_ROW = ["Change on a year (%)", "4.1", "6.3"]


@pytest.mark.parametrize("label", sorted(REFUSED))
def test_a_part_of_a_part_or_a_figure_that_never_adds_up_is_no_part(tmp_path, label):
    inner, total = REFUSED[label]
    rows = [
        ["Line", "H1", "H2"],
        ["Kettles", "300", "340"],
        ["Toasters", "200", "180"],
        [inner, "120", "115"],
        [total, "500", "520"],
    ]
    text = "Sales of the Copperleaf shops\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    # without the row the table is checked: its Total row sums the rows above it
    found = _errors(tmp_path, text.replace(f"| {inner} | 120 | 115 |\n", ""))
    assert found == []
    found = _errors(tmp_path, text.replace(f"| {inner} | 120 | 115 |\n", "").replace("180", "190"))
    assert [f.rule for f in found] == ["sum"] and (3, 3) in _cells(found[0])


def test_a_row_in_percent_is_no_part_and_sums_to_nothing(tmp_path):
    rows = [
        ["Line", "H1", "H2"],
        ["Kettles", "300", "340"],
        ["Toasters", "200", "180"],
        PERCENT_ROW,
        ["Total", "500", "520"],
    ]
    text = "Sales of the Copperleaf shops\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    rows = [row for row in rows if row is not PERCENT_ROW]
    found = _errors(tmp_path, "Sales\n\n" + _pipe(_with(rows, 2, 2, "190")) + "\n")
    assert [f.rule for f in found] == ["sum"] and (3, 3) in _cells(found[0])


def test_an_average_or_percent_column_is_not_summed_into_the_total(tmp_path):
    rows = [
        ["Shop", "Jan", "Feb", "Average", "Margin %", "Total"],
        ["Dockside", "90", "110", "100", "12%", "200"],
        ["Uphill", "60", "80", "70", "9%", "140"],
    ]
    text = "Takings of the Gull Street shops\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    found = _errors(tmp_path, text.replace("| 140 |", "| 150 |"))
    assert [f.rule for f in found] == ["sum"] and (3, 6) in _cells(found[0])


def test_two_total_columns_each_sum_the_columns_since_the_one_before(tmp_path):
    rows = [
        ["Team", "Q1 2030", "Q2 2030", "Total 2030", "Q1 2031", "Q2 2031", "Total 2031"],
        ["Crane", "45", "52", "97", "48", "55", "103"],
        ["Heron", "33", "30", "63", "35", "39", "74"],
    ]
    text = "Contracts signed by the Saltmarsh teams\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    found = _errors(tmp_path, text.replace("| 74 |", "| 84 |"))
    assert [f.rule for f in found] == ["sum"] and (3, 7) in _cells(found[0])


def test_a_blank_dash_bracketed_or_mixed_unit_part_leaves_its_sum_alone(tmp_path):
    for odd in ("—", "-", "n/a", "(48)", "12%", "0.2m"):
        rows = [
            ["Fund", "2030", "2031", "Total"],
            ["Rivet", odd, "410", "569"],
            ["Sprocket", "220", "230", "450"],
        ]
        text = "Grants paid by the Tinmoor trust\n\n" + _pipe(rows) + "\n"
        assert _errors(tmp_path, text) == [], odd
        found = _errors(tmp_path, text.replace("| 450 |", "| 470 |"))
        assert [f.rule for f in found] == ["sum"] and (3, 4) in _cells(found[0]), odd


def test_a_table_whose_rows_do_not_match_its_header_or_whose_labels_are_indented_is_not_read():
    ragged = "| Item | 2030 | 2031 |\n|---|---|---|\n| Nails | 4 | 5 |\n| Total | 9 |\n"
    assert text_table_places(ragged) == []
    indented = (
        "              2030    2031\n"
        "Bolts          410     430\n"
        "   brass       120     125\n"
        "Total          410     430\n"
    )
    assert text_table_places(indented) == []
    aligned = indented.replace("   brass", "Brass   ")
    places = text_table_places(aligned)
    assert {p.row for _, p in places if p.row} == {1, 2, 3, 4}


def test_all_other_is_a_part_not_a_total_in_a_web_page_table(tmp_path):
    rows = [
        ["Port", "Tonnes"],
        ["Kestrel Bay", "410"],
        ["Heron Quay", "302"],
        ["All other ports", "275"],
        ["Total", "987"],
    ]
    path = tmp_path / "ports.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    result = check_texts([path])
    assert [f for f in result.findings if f.severity in ("error", "warning")] == []


def test_an_of_which_row_of_a_web_page_table_is_no_part_of_its_total(tmp_path):
    rows = [
        ["Region", "2030", "2031"],
        ["Upland", "210", "230"],
        ["of which: Moor", "80", "85"],
        ["Lowland", "190", "200"],
        ["Total", "400", "430"],
    ]
    path = tmp_path / "regions.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    result = check_texts([path])
    assert [f for f in result.findings if f.severity in ("error", "warning")] == []


def test_lines_of_prose_set_apart_by_double_spaces_are_no_table():
    prose = (
        "Ferry one  412 passengers boarded at the pier.\n"
        "Ferry two  389 passengers boarded later on.\n"
        "Ferry three  301 boarded in the rain.\n"
    )
    assert text_table_places(prose) == []


# a row whose label declares its currency ("Revenue (CNY)"): its cells are amounts of it, and
# the table's metrics are measured so (they were refused as counts, all of them, in silence)
CURRENCY_ROWS = [
    ["Item", "H1", "H2", "Total"],
    ["Revenue (元)", "412,300.50", "398,700.25", "811,000.75"],
    ["Costs (元)", "301,200.00", "288,450.10", "589,650.10"],
]


def test_cells_in_a_currency_their_row_declares_are_checked(tmp_path):
    path = tmp_path / "accounts.md"
    path.write_text(INTRO + _pipe(CURRENCY_ROWS) + "\n", encoding="utf-8")
    result = check_texts([path])
    assert result.claim_count >= 6 and not result.input_errors
    assert not result.corpus.warnings
    assert _errors(tmp_path, INTRO + _pipe(CURRENCY_ROWS) + "\n") == []
    wrong = _with(CURRENCY_ROWS, 1, 2, "389,700.25")
    assert [f.rule for f in _errors(tmp_path, INTRO + _pipe(wrong) + "\n")] == ["sum"]


def test_a_text_whose_every_figure_is_left_out_says_so(tmp_path):
    extraction = extract_text("Sales were 5 million.")
    extraction.left_out.append("'5 million': not expressible as a claim")
    extraction.claims.clear()
    warnings = _all_left_out([(tmp_path / "a.txt", "a", extraction)])
    assert len(warnings) == 1 and "nothing in it was checked" in warnings[0].message
    assert "'5 million'" in warnings[0].message


def test_a_header_written_a_column_left_of_its_figures_is_no_table():
    # the label column has no heading and a last pipe closes an empty cell: each figure would
    # take the heading of the column after it
    shifted = (
        "| 2031 Q2 | 2031 Q1 | 2030 Q4 | |\n---|---|---|---|\n"
        "Revenue | 412.5 | 398.1 | 377.0 |\nCosts | 301.2 | 288.4 | 270.9 |\n"
        "Profit | 111.3 | 109.7 | 106.1 |\n"
    )
    assert text_table_places(shifted) == []
    aligned = shifted.replace(
        "| 2031 Q2 | 2031 Q1 | 2030 Q4 | |", "| | 2031 Q2 | 2031 Q1 | 2030 Q4 |"
    )
    assert text_table_places(aligned) != []


def test_a_table_of_blocks_whose_row_labels_repeat_is_not_read_as_one(tmp_path):
    # two years' blocks under their own rows: "Sales" twice, its cells not told apart by label
    blocks = [
        ["Quarter", "Q1", "Q2", "Q3", "Q4", "Total"],
        ["2030", "", "", "", "", ""],
        ["Sales", "120", "131", "127", "140", "518"],
        ["Costs", "90", "95", "93", "99", "377"],
        ["2031", "", "", "", "", ""],
        ["Sales", "128", "135", "133", "149", "545"],
        ["Costs", "94", "97", "96", "104", "391"],
    ]
    assert text_table_places(INTRO + _pipe(blocks) + "\n") == []
    path = tmp_path / "blocks.md"
    path.write_text(INTRO + _pipe(blocks) + "\n", encoding="utf-8")
    assert not [f for f in check_texts([path]).findings if f.rule == "sum"]


BOXED = (
    "Ferry crossings of the Tallow estuary by route\n\n"
    "┌──────────────┬────────┬────────┐\n"
    "│ Route        │ 2031   │ 2032   │\n"
    "├──────────────┼────────┼────────┤\n"
    "│ Harbour loop │ 1,216  │ 1,342  │\n"
    "│ Island run   │ 877    │ 905    │\n"
    "│ Total        │ 2,093  │ 2,247  │\n"
    "└──────────────┴────────┴────────┘\n"
)


def test_grids_drawn_with_box_characters_or_plus_signs_are_read(tmp_path):
    assert _errors(tmp_path, BOXED, "boxed.txt") == []
    found = _errors(tmp_path, BOXED.replace("│ 905 ", "│ 915 "), "boxed.txt")
    assert [f.rule for f in found] == ["sum"] and (3, 3) in _cells(found[0])
    ascii_grid = BOXED.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "+++++++++-|"))
    assert _errors(tmp_path, ascii_grid, "grid.txt") == []
    found = _errors(tmp_path, ascii_grid.replace("| 2,247", "| 2,257"), "grid.txt")
    assert [f.rule for f in found] == ["sum"] and (4, 3) in _cells(found[0])


def test_the_search_for_box_characters_finds_every_character_the_grid_reading_maps():
    # a text is mapped to pipes and dashes only where the search finds one: it must miss none
    from checker.documents.texttables import _ANY_BOX_DRAWING, _BOX_DRAWING

    assert all(_ANY_BOX_DRAWING.fullmatch(chr(code)) for code in _BOX_DRAWING)
    others = "".join(chr(code) for code in range(0x3000) if code not in _BOX_DRAWING)
    assert _ANY_BOX_DRAWING.search(others) is None


STATEMENT = (
    "Lantern Bicycles Ltd, results for the quarter (in thousands of pounds)\n\n"
    "                          Q3 2031      Q3 2030\n"
    "Revenue\n"
    "  Bicycles               £ 4,218      £ 3,907\n"
    "  Repairs                    613          588\n"
    "Total revenue            £ 4,831      £ 4,495\n"
    "Costs\n"
    "  Parts                    1,942        1,806\n"
    "  Staff                    1,377        1,291\n"
    "Total costs              £ 3,319      £ 3,097\n"
)


def test_a_statement_of_accounts_sums_each_section_under_its_own_heading(tmp_path):
    """Section headings with no figure over indented items, the currency's sign written on the
    first row and the total only: each "Total ..." sums the items of the section it names."""
    assert _errors(tmp_path, STATEMENT, "statement.txt") == []
    found = _errors(tmp_path, STATEMENT.replace("   613 ", "   631 "), "statement.txt")
    assert [f.rule for f in found] == ["sum"]
    assert _cells(found[0]) == {(3, 2), (4, 2), (5, 2)}
    found = _errors(tmp_path, STATEMENT.replace("£ 3,097", "£ 3,079"), "statement.txt")
    assert [f.rule for f in found] == ["sum"]
    assert _cells(found[0]) == {(7, 3), (8, 3), (9, 3)}
    # no total of the first section: the second's total still sums its own items only
    second_only = STATEMENT.replace("Total revenue            £ 4,831      £ 4,495\n", "")
    assert _errors(tmp_path, second_only, "statement.txt") == []


def test_a_total_under_section_headings_it_does_not_name_sums_nothing(tmp_path):
    """A plain "Total" under two sections adds all their items or only the last section's:
    the table does not say which, so it is no sum to check."""
    text = STATEMENT.replace("Total revenue            £ 4,831      £ 4,495\n", "").replace(
        "Total costs              £ 3,319      £ 3,097",
        "Total                    £ 8,150      £ 7,592",
    )
    assert _errors(tmp_path, text, "statement.txt") == []
    assert _errors(tmp_path, text.replace("£ 8,150", "£ 3,319"), "statement.txt") == []
    # an item indented under a row of figures is still a sub-row: the table is not read
    sub_row = STATEMENT.replace("Revenue\n", "Revenue                  £ 4,831      £ 4,495\n")
    assert text_table_places(sub_row) == []


def test_a_first_row_larger_than_the_total_below_it_heads_the_table_and_is_no_part(tmp_path):
    """An income statement's revenue over its expenses and "Total operating expenses": the
    total sums the expenses, not the revenue that exceeds it in every year."""
    rows = [
        ["Year to March", "2031", "2032"],
        ["Revenue", "$ 9,412", "$ 10,268"],
        ["Cost of sales", "3,118", "3,407"],
        ["Marketing", "1,205", "1,391"],
        ["Administration", "962", "1,018"],
        ["Total operating expenses", "5,285", "5,816"],
        ["Operating income", "4,127", "4,452"],
    ]
    text = "Harbour Lamps plc: income statements (in thousands)\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == []
    found = _errors(tmp_path, text.replace("| 1,391 |", "| 1,319 |"))
    assert [f.rule for f in found] == ["sum"]
    assert _cells(found[0]) == {(3, 3), (4, 3), (5, 3), (6, 3)}


BALANCE_SHEET = [
    ["At 31 March", "2031", "2032"],
    ["Cash", "$ 1,204", "$ 1,377"],
    ["Receivables", "816", "903"],
    ["Total current assets", "2,020", "2,280"],
    ["Plant", "3,411", "3,562"],
    ["Patents", "287", "301"],
    ["Total non-current assets", "3,698", "3,863"],
    ["Payables", "512", "604"],
    ["Loans", "2,733", "2,694"],
    ["Total liabilities", "3,245", "3,298"],
    ["Share capital", "1,500", "1,500"],
    ["Retained earnings", "973", "1,345"],
    ["Total liabilities and equity", "$ 5,718", "$ 6,143"],
]


def test_a_total_naming_an_earlier_total_sums_it_with_the_rows_since(tmp_path):
    """ "Total liabilities and equity" adds the total of liabilities and the equity rows after
    it; "Total non-current assets" names no "current assets" total (a word of its own)."""
    text = "Harbour Lamps plc: balance sheet (in thousands)\n\n" + _pipe(BALANCE_SHEET) + "\n"
    assert _errors(tmp_path, text) == []
    found = _errors(tmp_path, text.replace("| 1,345 |", "| 1,354 |"))
    assert [f.rule for f in found] == ["sum"]
    assert _cells(found[0]) == {(13, 3), (10, 3), (11, 3), (12, 3)}
    found = _errors(tmp_path, text.replace("| 287 |", "| 278 |"))
    assert [f.rule for f in found] == ["sum"]
    assert _cells(found[0]) == {(7, 2), (5, 2), (6, 2)}


def _notes(tmp_path: Path, text: str, name: str = "article.md") -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f for f in check_texts([path]).findings if f.severity == "info" and f.rule == "sum"]


def test_a_tables_only_total_written_first_sums_the_rows_below_it_as_a_note(tmp_path):
    """Statistical tables often set the total first ("All piers", 合计) over its parts; the
    rows below may also be a selection of them, which the table does not say: a sum that
    fails is a note naming the cells, never an error."""
    rows = [
        ["Pier", "May", "June"],
        ["All piers", "1,517", "1,655"],
        ["North pier", "610", "642"],
        ["South pier", "505", "571"],
        ["Old pier", "402", "442"],
    ]
    text = "Kiosk takings of the Tallow piers\n\n" + _pipe(rows) + "\n"
    assert _errors(tmp_path, text) == [] and _notes(tmp_path, text) == []
    mistyped = text.replace("| 571 |", "| 517 |")
    assert _errors(tmp_path, mistyped) == []
    found = _notes(tmp_path, mistyped)
    assert len(found) == 1 and _cells(found[0]) == {(2, 3), (3, 3), (4, 3), (5, 3)}
    chinese = (
        "山城统计局发布2031年分产业增加值（亿元）\n\n"
        "项目        2031年      2030年\n"
        "合计      12,345.6    11,702.3\n"
        "第一产业     1,234.5     1,190.2\n"
        "第二产业     4,567.8     4,411.0\n"
        "第三产业     6,543.3     6,101.1\n"
    )
    assert _errors(tmp_path, chinese, "zh.txt") == [] and _notes(tmp_path, chinese, "zh.txt") == []
    found = _notes(tmp_path, chinese.replace("4,411.0", "4,441.0"), "zh.txt")
    assert len(found) == 1 and (4, 3) in _cells(found[0])


def _rows_of(lines: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in lines.strip().split("\n")]


# Each table below is clean: the review of this reading found each gave false sum errors (a
# loss among the parts, a total that takes away, a total after a subtotal of its kind).
CLEAN_ACCOUNTS = {
    "loss below a larger first row": """Segment|2031|2032
Pumps|610|650
Valves|140|150
Drones|-320|-290
Total|430|510""",
    "a total that takes away": """Item|2032|2031
Stock|£ 80|£ 70
Debtors|120|110
Total current assets|200|180
Creditors|90|85
Total current liabilities|90|85
Total assets less current liabilities|£ 110|£ 95""",
    "a total after a subtotal of its kind": """At 31 March|2031|2032
Cash|$ 1,204|$ 1,377
Receivables|816|903
Total current assets|2,020|2,280
Plant|3,111|3,262
Patents|300|300
Total assets|$ 5,431|$ 5,842""",
    "bands of less than": """Schooling|2031|2032
Less than high school|1,850|1,790
High school|6,200|6,310
College degree|4,400|4,620
Total|12,450|12,720""",
}


@pytest.mark.parametrize("name", sorted(CLEAN_ACCOUNTS))
def test_accounts_with_losses_subtotals_and_differences_raise_nothing(tmp_path, name):
    text = f"Harbour Lamps plc ({name})\n\n" + _pipe(_rows_of(CLEAN_ACCOUNTS[name])) + "\n"
    assert _errors(tmp_path, text) == []


def test_a_total_after_a_subtotal_of_its_kind_and_bands_of_less_than_are_checked(tmp_path):
    text = "Harbour Lamps plc\n\n" + _pipe(
        _rows_of(CLEAN_ACCOUNTS["a total after a subtotal of its kind"])
    )
    found = _errors(tmp_path, text.replace("| 3,262 |", "| 3,226 |") + "\n")
    assert [f.rule for f in found] == ["sum"] and _cells(found[0]) == {
        (7, 3),
        (4, 3),
        (5, 3),
        (6, 3),
    }
    bands = "Adults by schooling\n\n" + _pipe(_rows_of(CLEAN_ACCOUNTS["bands of less than"]))
    found = _errors(tmp_path, bands.replace("| 1,790 |", "| 1,970 |") + "\n")
    assert [f.rule for f in found] == ["sum"]


def test_a_currency_written_on_the_first_row_only_is_given_to_no_count_below(tmp_path):
    rows = [
        ["Item", "2031", "2032"],
        ["Revenue", "$ 520", "$ 560"],
        ["Employees", "4,100", "4,300"],
    ]
    claims = extract_text("Kettle Works at a glance\n\n" + _pipe(rows) + "\n").claims
    assert {c.value for c in claims if "USD" not in c.value} == {"4,100", "4,300"}
