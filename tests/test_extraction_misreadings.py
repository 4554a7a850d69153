"""Three misreadings of figures (issue 14): a year before "to" and a figure taken for a range of
years, a figure after a month name and a comma taken for a date, and two groups compared in
brackets taken for a change over time. Invented sentences of each shape."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from tests.test_extraction_links import _links


def _figures(text: str) -> list[tuple[str, str]]:
    return [(m.number, m.unit) for m in extract_text(text).mentions]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Imports of copper rose in 2022 to 54 tonnes.", ("54", "t")),
        ("The harvest fell in 2021 to 38 million tonnes, the lowest in a decade.", ("38", "t")),
        ("Spending climbed through 2019 to 71 percent of the budget.", ("71", "%")),
        ("The agency cut its forecast for 2023 to 12 billion dollars.", ("12", "USD")),
        ("Output was lifted in 2024 to 2050 tonnes a year.", ("2050", "t / year")),
    ],
)
def test_a_figure_after_a_year_and_to_is_no_range_of_years(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text, years",
    [
        ("Prices rose 30% from 2019 to 2022, the report said.", ("2019", "2022")),
        ("Between 2015 and 2020 the fund grew by 40%.", ("2015", "2020")),
        ("Enrolment in 2022-23 was the highest on record, at 900 pupils.", None),
        ("The budget for 2023/24 was approved on Monday: 12 billion dollars.", None),
    ],
)
def test_year_ranges_stay_ranges(text, years):
    extraction = extract_text(text)
    years_read = [m for m in extraction.mentions if m.unit == "" and m.noun is None]
    assert not years_read
    if years:
        assert [(c.start, c.end) for c in extraction.claims] == [years]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Inflation eased in March, 2.3 percentage points below its peak.", ("2.3", "pp")),
        ("By June, 4 percentage points separated the two parties.", ("4", "pp")),
        ("In March, 12% of the flights were late.", ("12", "%")),
        ("Through September, 300 people had applied.", ("300", "")),
        ("In March 2.3 percentage points separated the two rates.", ("2.3", "pp")),
    ],
)
def test_a_figure_after_a_month_and_a_comma_is_read(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report was published on March 19, 2024, by the ministry.",
        "Applications closed in March, 2024 after a long delay.",
        "The strike began on 4 May, 2023 in the capital.",
    ],
)
def test_dates_after_a_month_stay_dates(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was higher among young voters (36% against 12%).",
        "Women were more likely to answer (54 percent versus 41 percent).",
        "The new drug cut the risk of relapse (8% vs 19% on the placebo).",
        "Rural schools spend less per pupil ($4,100 compared with $5,300 in cities).",
    ],
)
def test_two_groups_compared_in_brackets_are_no_change_over_time(text):
    assert not [link for link in _links(text) if link[0] == "from_to"]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Profit was $5.13 a share, compared with $4.62 a year earlier.", ("4.62", "5.13")),
        ("Revenue reached $3bn, against $2.4bn in 2019.", ("2.4", "3")),
        ("Profit rose ($5.13 a share, against $4.62 a year earlier).", ("4.62", "5.13")),
        ("Profit rose ($5.13 a share in 2021, versus $4.62 in 2020).", ("4.62", "5.13")),
    ],
)
def test_a_level_compared_with_an_earlier_one_is_still_a_pair(text, pair):
    assert ("from_to", pair) in _links(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("铜进口量2022年增至54吨。", ("54", "t")),
        ("3月，2.3个百分点的差距仍然存在。", ("2.3", "pp")),
        ("3月，失业率为5.2%。", ("5.2", "%")),
    ],
)
def test_chinese_of_the_same_shapes_reads_the_figure(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text", ["年轻选民投票率更高（36%对12%）。", "女性更愿意回答（54%比41%）。"]
)
def test_chinese_groups_compared_in_brackets_are_no_change_over_time(text):
    assert not [link for link in _links(text) if link[0] == "from_to"]
