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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of counts: both ends, smaller first
        ("Between 10-15 people were hurt in Aarhus.", ["10", "15"]),
        ("About 200-300 jobs will go at the Turin plant.", ["about 200", "300"]),
        ("Voters aged 18-24 in Malmo backed the plan.", ["18", "24"]),
        ("Prices in Gdansk rose 3-4 per cent.", ["3 %", "4 %"]),
        # a score or a tally, larger first, is no figure at either end
        ("Ferencvaros won 3-2 at home.", []),
        ("The Senate voted 52-48 to pass the bill.", []),
        # a split of shares is
        ("The motion in Quebec passed 66-34%.", ["66 %", "34 %"]),
        # nor is a date written with hyphens, a season or a phone number
        ("The report of 2023-11-24 counted 40 stations.", ["40"]),
        ("The 2019-20 season was cut short.", []),
        ("Call 555-1234 for tickets.", []),
    ],
)
def test_ranges_scores_and_dates_written_with_a_hyphen(text, expected):
    assert _read(text) == expected
