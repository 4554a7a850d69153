"""Number writing common in news text that the development set holds little of (issue 14):
pence, changes by a part of the base, ranges of amounts per period. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from checker.cli import main
from checker.extraction import find_mentions


def _read(text: str) -> list[str]:
    return [m.value_text() for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # pence run into the number, in a text of pounds
        (
            "A first-class stamp in Leeds now costs 95p, up from 85p; a parcel £3.40.",
            ["0.95 GBP", "0.85 GBP", "3.40 GBP"],
        ),
        (
            "Shares in the Bristol grocer fell 14p to 262p, valuing it at £1.1bn.",
            ["0.14 GBP", "2.62 GBP", "1.1 bn GBP"],
        ),
        # ... but not in a text of no pounds, nor a video mode or a time
        ("Shares in the Ohio grocer fell 14p to 262p.", []),
        ("The 1080p screen sells for £240.", ["240 GBP"]),
        ("Doors open at 7p.m. and tickets cost £12.", ["12 GBP"]),
        # a range of amounts per period: the currency before the first end, scale and period
        # after the second
        (
            "The levy would raise $4-5 billion a year for Nevada.",
            ["4 billion USD / year", "5 billion USD / year"],
        ),
        ("The scheme will cost £2-3bn a year.", ["2 bn GBP / year", "3 bn GBP / year"]),
    ],
)
def test_news_number_writing(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Membership of the Oslo club rose by a third to 12,000.", ["x4/3", "12,000"]),
        ("Bus fares in Graz were cut by about a quarter.", ["about x3/4"]),
        ("Ticket sales in Lyon grew by half.", ["x3/2"]),
        ("Turnout in Cork fell by half.", ["x1/2"]),
        ("Budgets were slashed by half.", ["x1/2"]),  # a cut the verb list does not know
        ("Exports have fallen sharply by two-thirds since 2019.", ["x1/3"]),
        ("The price of bread was reduced by a fifth.", ["x4/5"]),
        # an ordinal after "by" is no part of a base
        ("The talks were followed by a third round in Geneva.", []),
        ("A quarter of homes in Bergen have no car.", ["1/4"]),
    ],
)
def test_a_change_by_a_part_of_its_base_is_a_factor(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "sentence, status",
    [
        # a rise by half is x3/2, not x1/2: no false alarm
        (
            "Membership of the club rose by half, from 200 members in 2020 to 300 members in 2021.",
            0,
        ),
        (
            "Membership of the club rose by a third, from 300 members in 2020 to 400 members "
            "in 2021.",
            0,
        ),
        ("Spending on the park fell by a quarter, from 800 euros in 2020 to 600 euros in 2021.", 0),
        # the text's own words, wrong by the levels it gives
        (
            "Membership of the club rose by a third, from 300 members in 2020 to 500 members "
            "in 2021.",
            1,
        ),
    ],
)
def test_a_change_by_a_part_of_its_base_checks_against_its_levels(tmp_path, sentence, status):
    passage = tmp_path / "passage.txt"
    passage.write_text(sentence + "\n", encoding="utf-8")
    assert main(["check", "--text", str(passage)]) == status
