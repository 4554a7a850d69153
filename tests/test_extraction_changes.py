"""Changes, gaps and comparisons between figures the text states (issue 14): each shape read
from invented sentences, in several wordings, checked end to end (a wrong figure gives an
error, a right one nothing), and the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from checker.extraction.textcheck import check_texts


def _relations(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    extraction = extract_text(text)
    return [
        (
            relation.type,
            tuple(extraction.mentions[m].number for m in relation.mentions if m is not None),
            relation.stated,
        )
        for relation in extraction.relations
    ]


def _findings(tmp_path, text: str) -> list:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    return [f for f in check_texts([article]).findings if f.severity != "info"]


# ---------------------------------------------------------------- a gap in points


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Farm output rose 3.2 percent, which was 1.1 percentage points lower than the "
            "4.3 percent of industry.",
            ("1.1", "4.3", "3.2"),
        ),
        (
            "Exports of machinery grew 9.1% last month, 2.3 percentage points faster than the "
            "6.8% of all exports.",
            ("2.3", "6.8", "9.1"),
        ),
        (
            "Its unemployment rate was 6.1%, 1.3 points above the national rate of 4.8%.",
            ("1.3", "4.8", "6.1"),
        ),
        ("The birth rate fell to 1.2%, 0.4 points below the 1.6% of the year before.", None),
    ],
)
def test_a_gap_in_points_between_two_rates_of_the_sentence(text, expected):
    gaps = [r for r in _relations(text) if r[0] == "change"]
    if expected is None:  # the earlier rate given: still a gap between two stated rates
        assert [r[1] for r in gaps] == [("0.4", "1.6", "1.2")]
    else:
        assert gaps == [("change", expected, True)]


@pytest.mark.parametrize(
    "gap, wrong",
    [("1.1 percentage points lower", "1.1 percentage points higher"), ("0.4 points", "4 points")],
)
def test_a_gap_in_points_is_checked_with_its_sign(tmp_path, gap, wrong):
    if gap.startswith("0.4"):
        right = "Wages rose 2.4%, 0.4 points faster than the 2.0% of prices."
    else:
        right = f"Farm output rose 3.2 percent, {gap} than the 4.3 percent of industry."
    assert _findings(tmp_path, right) == []
    errors = _findings(tmp_path, right.replace(gap, wrong))
    assert [f.rule for f in errors] == ["comparison-points"]


def test_a_gap_in_points_to_a_rate_named_before_is_stated(tmp_path):
    text = (
        "Household spending on durable goods rose 6.5% in 2020. Spending on furniture grew "
        "12.0%, 5.5 percentage points faster than that of household spending on durable goods."
    )
    assert ("change", ("5.5", "6.5", "12.0"), True) in _relations(text)
    assert _findings(tmp_path, text) == []
    errors = _findings(tmp_path, text.replace("5.5 percentage", "3.5 percentage"))
    assert [f.rule for f in errors] == ["comparison-points"]
    other = "Sales in the north grew by 4.1%. Sales in the south grew by 7.5%, or 3.4 "
    assert ("change", ("3.4", "4.1", "7.5"), True) in _relations(
        other + "percentage points more than sales in the north."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Investment in the city rose 2.1 percent. Infrastructure investment grew 4.0 percent, "
        "1.9 percentage points higher than the average.",
        "全省规模以上工业增加值增长5.0%。其中，装备制造业增长8.1%，高于全省平均水平3.1个百分点。",
        "全县农业总产值增长2.0%。其中，渔业产值增长6.7%，比全县平均水平快4.7个百分点。",
    ],
)
def test_a_gap_to_the_average_is_a_reading_only(tmp_path, text):
    (gap,) = [r for r in _relations(text) if r[0] == "change"]
    assert gap[2] is False and len(gap[1]) == 3
    wrong = text.replace("1.9 percentage", "9.9 percentage").replace("3.1个", "1.1个")
    wrong = wrong.replace("4.7个", "2.7个")
    assert all(f.severity != "error" for f in _findings(tmp_path, wrong))


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate was 5.2%, 0.3 points higher than a year earlier.",
        "Car sales grew 11.4%, 1.6 percentage points faster than in the first quarter.",
        "城镇调查失业率为5.2%，比上年提高0.3个百分点。",
        "Prices rose 2.0%. Rents rose 3.0%, 1.0 percentage point higher than the average of 2019.",
    ],
)
def test_a_gap_from_an_earlier_time_links_nothing(text):
    assert [r for r in _relations(text) if r[0] == "change"] == []
