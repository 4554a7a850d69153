"""Tables footed with intervals: a generated suite of tables, each rounded correctly from true
values, some with one planted error in a total larger than the rounding allows, as Word
tables and web-page tables. Every planted error is found, and no correctly rounded table raises
an error or a warning."""

from __future__ import annotations

import random
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.documents.tables import CHECKED_BY_ROW, RESTATEMENT_KEPT_FROM
from checker.extraction.textcheck import check_texts
from tests.document_fixtures import docx_with, html_with_tables, table_xml, tracked_paragraph

pytest.importorskip("docx")


def _rounded(value: Decimal, decimals: int) -> str:
    return str(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def generated_tables(count: int, seed: int) -> list[tuple[list[list[str]], bool]]:
    """(rows, planted) for `count` tables: 2 to 6 parts, one to three years, 0 to 2 decimals;
    each part rounded from a true value, the total rounded from the true sum; in about a third,
    one total moved by more than the parts' and the total's rounding together can hide."""
    generator = random.Random(seed)
    tables = []
    for _ in range(count):
        parts = generator.randint(2, 6)
        years = [str(2020 + y) for y in range(generator.randint(1, 3))]
        decimals = generator.randint(0, 2)
        true = [
            [Decimal(generator.randint(1, 10**6)).scaleb(-decimals - 3) for _ in years]
            for _ in range(parts)
        ]
        rows = [["Region", *years]]
        rows += [
            [f"Region {chr(65 + p)}", *(_rounded(v, decimals) for v in true[p])]
            for p in range(parts)
        ]
        totals = [sum(column) for column in zip(*true, strict=True)]
        planted = generator.random() < 1 / 3
        if planted:
            where = generator.randrange(len(years))
            # The printed total and the printed parts' sum may each stray from the true sum by
            # half a unit a figure: a move of (parts + 1) units and one more always shows.
            step = Decimal(1).scaleb(-decimals)
            totals[where] += (parts + 2) * step * generator.choice((-1, 1))
        rows.append(["Total", *(_rounded(t, decimals) for t in totals)])
        tables.append((rows, planted))
    return tables


@pytest.mark.slow
def test_every_planted_error_is_found_and_no_correct_table_raises_anything(tmp_path: Path):
    tables = generated_tables(210, seed=16)
    files = []
    per_file = 30
    for start in range(0, len(tables), per_file):
        body = [
            tracked_paragraph([("same", "Regional Statistics Office")]),
            tracked_paragraph([("same", "Output of the regions, in thousands of tonnes")]),
        ]
        for rows, _ in tables[start : start + per_file]:
            body += [tracked_paragraph([("same", "Output by region.")]), table_xml(rows)]
        files.append(docx_with(tmp_path / f"tables-{start // per_file}.docx", body))
    result = check_texts(files)
    assert not result.input_errors
    by_file: dict[str, dict[int, set[str]]] = {}
    for finding in result.findings:
        if finding.severity in ("error", "warning"):
            for citation in finding.claims:
                table = re.match(r"table (\d+)", citation.place or "")
                assert table, (finding.message, citation.place)
                by_file.setdefault(Path(citation.file).name, {}).setdefault(
                    int(table[1]), set()
                ).add(finding.rule)
    planted = 0
    for index, (_, is_planted) in enumerate(tables):
        name, number = f"tables-{index // per_file}.docx", index % per_file + 1
        rules = by_file.get(name, {}).get(number, set())
        assert rules == ({"sum"} if is_planted else set()), (index, tables[index])
        planted += is_planted
    assert planted >= 50 and len(tables) - planted >= 100


def _cited_cells(result, kinds=("error", "warning")) -> dict[tuple[str, int], dict]:
    """(file name, table) -> {"rules": the rules of its errors and warnings, "cells": the
    (row, column) of every cell they cite}."""
    found: dict[tuple[str, int], dict] = {}
    for finding in result.findings:
        if finding.severity not in kinds:
            continue
        for citation in finding.claims:
            place = re.search(r"table (\d+), row (\d+), column (\d+)", citation.place or "")
            assert place, (finding.message, citation.place)
            entry = found.setdefault(
                (Path(citation.file).name, int(place[1])), {"rules": set(), "cells": set()}
            )
            entry["rules"].add(finding.rule)
            entry["cells"].add((int(place[2]), int(place[3])))
    return found


# The rules that must speak for each kind of planted error (others may speak too: a moved level
# also breaks the change and the share beside it).
PLANTED_RULES = {"share": {"sum-shares"}, "change": {"growth", "change-absolute"}, "level": {"sum"}}


def assert_verdicts(tables, found, name_of) -> None:
    """Every planted figure is cited by an error of its kind; no other table raises an error or
    a warning."""
    for index, table in enumerate(tables):
        entry = found.get(name_of(index), {"rules": set(), "cells": set()})
        if table.planted is None:
            assert not entry["rules"], (index, table.rows, entry)
            continue
        assert table.planted in entry["cells"], (index, table.rows, entry)
        assert entry["rules"] & PLANTED_RULES[table.planted_kind], (index, table.rows, entry)


def _written(tables, tmp_path: Path, kind: str, per_file: int) -> list[Path]:
    """The tables, `per_file` to a Word document or a web page, each after a line of prose."""
    files = []
    for start in range(0, len(tables), per_file):
        chunk = tables[start : start + per_file]
        path = tmp_path / f"shares-{start // per_file}.{kind}"
        if kind == "docx":
            body = [tracked_paragraph([("same", "Regional output, in thousands of tonnes")])]
            for table in chunk:
                body += [tracked_paragraph([("same", "Output by region.")]), table_xml(table.rows)]
            files.append(docx_with(path, body))
            continue
        path.write_text(html_with_tables([t.rows for t in chunk]), encoding="utf-8")
        files.append(path)
    return files


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["docx", "html"])
def test_share_and_change_columns_every_planted_error_found_no_correct_table_flagged(
    tmp_path: Path, kind: str
):
    from tests.generated_tables import generated_tables

    tables = generated_tables(260, seed=1616)
    per_file = 40
    files = _written(tables, tmp_path, kind, per_file)
    result = check_texts(files)
    assert not result.input_errors
    found = _cited_cells(result)
    assert_verdicts(
        tables, found, lambda index: (f"shares-{index // per_file}.{kind}", index % per_file + 1)
    )
    planted = [t.planted_kind for t in tables]
    assert min(planted.count(error) for error in PLANTED_RULES) >= 20
    assert planted.count(None) >= 100


# Exports by sector: levels of two years, the change between them and each sector's share of
# the 2025 total; every figure consistent.
_SECTORS = [
    ["Sector", "2024", "2025", "% change", "Share, 2025 (%)"],
    ["Machinery", "120.4", "131.2", "9.0", "49.8"],
    ["Textiles", "80.3", "84.9", "5.7", "32.2"],
    ["Food", "45.1", "47.6", "5.5", "18.1"],
    ["Total", "245.8", "263.7", "7.3", "100.0"],
]


def _page_with_prose(tmp_path: Path, prose: str) -> Path:
    path = tmp_path / "sectors.html"
    page = html_with_tables([_SECTORS]).replace("<p>Output by region.</p>", f"<p>{prose}</p>", 1)
    path.write_text(page, encoding="utf-8")
    return path


def _serious(path: Path) -> list[tuple[str, list[str | None]]]:
    result = check_texts([path])
    assert not result.input_errors
    return sorted(
        (f.rule, [c.place for c in f.claims])
        for f in result.findings
        if f.severity in ("error", "warning")
    )


def test_the_correct_table_alone_raises_nothing(tmp_path: Path):
    assert _serious(_page_with_prose(tmp_path, "Exports by sector.")) == []


@pytest.mark.parametrize(
    ("prose", "rule", "cell"),
    [
        ("Exports of machinery rose 12.0% in 2025.", "change-conflict", "row 2, column 4"),
        ("Food exports grew 7.5 percent.", "change-conflict", "row 4, column 4"),
        ("Textiles accounted for 36.2% of exports in 2025.", "share-conflict", "row 3, column 5"),
    ],
)
def test_a_prose_figure_naming_its_row_is_checked_against_its_cell(
    tmp_path: Path, prose: str, rule: str, cell: str
):
    found = _serious(_page_with_prose(tmp_path, prose))
    # one slip, one finding: the conflict, citing the sentence and the cell (its row, with the
    # levels, quoted), and no second error from the row's levels or from sums of parts
    assert found == [(rule, found[0][1])], found
    assert sorted(found[0][1]) == ["paragraph 2", f"table 1, {cell}"]


def test_a_wrong_cell_its_prose_repeats_is_still_an_error_of_the_cell(tmp_path: Path):
    rows = [list(row) for row in _SECTORS]
    rows[1][3] = "12.0"  # Machinery's change, which its levels (120.4 -> 131.2) put at 9.0
    path = tmp_path / "sectors.html"
    page = html_with_tables([rows]).replace(
        "<p>Output by region.</p>", "<p>Exports of machinery rose 12.0% in 2025.</p>", 1
    )
    path.write_text(page, encoding="utf-8")
    growth = [places for name, places in _serious(path) if name == "growth"]
    assert growth and all("table 1, row 2, column 4" in places for places in growth), growth


def test_the_rules_a_restatement_is_kept_from_are_rules():
    from checker.rules import BUILTIN_RULES, load_rules

    rules, _ = load_rules([BUILTIN_RULES])
    assert set(RESTATEMENT_KEPT_FROM) | set(CHECKED_BY_ROW) <= {rule.id for rule in rules}


@pytest.mark.parametrize(
    "prose",
    [
        "Exports of machinery rose 9.0% in 2025, the office said.",  # agrees with its cell
        "Textiles made up 32.2% of exports in 2025.",
        "Exports rose 12.0% in 2025.",  # names no row: not the cell's restatement
        "Machinery and food exports rose 12.0% in 2025.",  # names two rows: which is not said
        "Exports of machinery rose 12.0% between 2020 and 2022.",  # another span
    ],
)
def test_a_prose_figure_without_a_stated_link_to_one_cell_is_never_an_error(
    tmp_path: Path, prose: str
):
    assert _serious(_page_with_prose(tmp_path, prose)) == []


@pytest.mark.parametrize(
    ("rows", "rule"),
    [
        # a change column between the two years it spans
        (
            [["Sector", "2024", "Change", "2025"], ["Food", "45.1", "+3.5", "47.6"]],
            "change-absolute",
        ),
        # the periods named by the header, not the two columns before it
        (
            [
                ["Sector", "2023", "2024", "2025", "% change 2023-24"],
                ["Food", "40.0", "45.1", "47.6", "5.5"],
            ],
            "growth",
        ),
    ],
)
def test_a_change_column_spans_the_periods_its_place_or_header_gives(tmp_path, rows, rule):
    path = tmp_path / "changes.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    wrong = _serious(path)
    assert [name for name, _ in wrong] == [rule]
    rows[1][{"change-absolute": 2, "growth": 4}[rule]] = "+2.5" if rule != "growth" else "12.8"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert _serious(path) == []


def test_a_change_column_headed_only_change_is_read_as_its_rows_are_written(tmp_path):
    # bare figures under "Change" that the levels give as percentages, not as amounts
    rows = [
        ["Sector", "2024", "2025", "Change"],
        ["Food", "45.1", "47.6", "5.5"],
        ["Fuel", "120.0", "126.0", "5.0"],
        ["Metals", "80.0", "76.0", "-5.0"],
    ]
    path = tmp_path / "percent-changes.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert _serious(path) == []
    rows[2][3] = "7.0"  # one percentage wrong: an error, in percent
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert [name for name, _ in _serious(path)] == ["growth"]


@st.composite
def _share_tables(draw):
    """A table of levels and their shares of the total, every figure rounded from true values."""
    parts = draw(st.integers(2, 5))
    decimals = draw(st.integers(0, 2))
    true = [Decimal(draw(st.integers(1_000, 5_000_000))).scaleb(-3) for _ in range(parts)]
    whole = sum(true)
    rows = [["Item", "Output", draw(st.sampled_from(["Share (%)", "占比(%)", "% of total"]))]]
    rows += [
        [f"Item {chr(65 + n)}", _rounded(value, decimals), _rounded(value / whole * 100, 1)]
        for n, value in enumerate(true)
    ]
    rows.append(["Total", _rounded(whole, decimals), draw(st.sampled_from(["100.0", "100", ""]))])
    return rows


@pytest.mark.slow
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_share_tables(), moved=st.integers(0, 5), up=st.booleans())
def test_a_share_column_rounded_right_never_errs_and_moved_always_does(tmp_path, rows, moved, up):
    path = tmp_path / "shares.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert _serious(path) == []
    row = 1 + moved % (len(rows) - 2)
    step = Decimal("0.1") * (len(rows) - 1)  # one unit more than all the shares' rounding
    share = Decimal(rows[row][2])
    rows[row][2] = str(share + step if up or share < step * 2 else share - step)
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    rules = {name for name, _ in _serious(path)}
    assert "sum-shares" in rules and rules <= {"sum-shares", "share", "share-of-summed-whole"}


@pytest.mark.parametrize(
    "rows",
    [
        # shares of the nation's output, not of the regions': they need not add up to 100
        [
            ["Region", "Output", "Share of national output (%)"],
            ["North", "120.0", "12.0"],
            ["South", "80.0", "8.0"],
            ["Total", "200.0", ""],
        ],
        # a share of another quantity than the level column beside it
        [
            ["Region", "GDP", "Share of population (%)"],
            ["North", "120.0", "70.0"],
            ["South", "80.0", "30.0"],
            ["Total", "200.0", "100.0"],
        ],
        # share prices, not shares
        [
            ["Company", "Shares held", "Share price"],
            ["North Co", "120", "12.5"],
            ["South Co", "80", "40.1"],
            ["Total", "200", ""],
        ],
        # an average annual rate over five years is no change between the two columns
        [
            ["Region", "2015", "2020", "Average annual growth (%)"],
            ["North", "100.0", "150.0", "8.4"],
            ["South", "80.0", "120.0", "8.4"],
        ],
        # a change on the year before, beside two quarters of one year
        [["Region", "Q2 2024", "Q3 2024", "同比增长(%)"], ["North", "100.0", "150.0", "3.1"]],
    ],
)
def test_a_column_of_another_whole_or_span_is_not_checked_against_the_levels(tmp_path, rows):
    path = tmp_path / "shares.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert _serious(path) == []


def test_a_header_over_two_rows_names_the_periods_and_is_never_summed(tmp_path):
    rows = [
        ["Sector", "Exports", "", "Change"],
        ["", "2024", "2025", "(%)"],
        ["Machinery", "120.4", "131.2", "9.0"],
        ["Textiles", "80.3", "84.9", "5.7"],
        ["Total", "200.7", "216.1", "7.7"],
    ]
    path = tmp_path / "two-rows.html"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert _serious(path) == []
    rows[3][3] = "15.7"
    path.write_text(html_with_tables([rows]), encoding="utf-8")
    assert (
        "growth",
        ["table 1, row 4, column 4", "table 1, row 4, column 2", "table 1, row 4, column 3"],
    ) in _serious(path)


def test_table_findings_name_the_table_its_rows_and_columns_in_words(tmp_path):
    levels = [
        ["Region", "Output", "Share (%)"],
        ["North", "40", "40.0"],
        ["South", "35", "35.0"],
        ["East", "25", "25.0"],
        ["Total", "110", ""],
    ]
    # shares of a whole the table gives no figure of (which of two years they divide is not
    # said): named by its Total row and the shares' column
    shares = [
        ["Region", "2023", "2024", "Share (%)"],
        ["North", "38", "40", "40.0"],
        ["South", "34", "35", "37.0"],
        ["East", "28", "25", "25.0"],
        ["All regions", "100", "100", "100.0"],
    ]
    path = tmp_path / "shares.html"
    path.write_text(html_with_tables([levels, shares]), encoding="utf-8")
    messages = {f.rule: f.message for f in check_texts([path]).findings if f.severity == "error"}
    assert {"sum", "sum-shares"} <= set(messages), messages
    assert messages["sum"].startswith("total, Output, in table 1 (no stated period) is 110, but")
    assert messages["sum-shares"].startswith(
        "the shares of all regions in table 2, column “Share (%)” ("
    )
    for message in messages.values():
        assert "_" not in message, message  # no metric id
