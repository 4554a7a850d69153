"""Kinds of number writing from real news and reports that the mention reader missed or misread
(issue 14): tallies of four digits, notes' marks in round brackets, a possessive before a
count, participles opening a clause, amounts per payer and period, counts per period written
with an adverb. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from checker.extraction import find_mentions


def _read(text: str) -> list[str]:
    return [m.value_text() for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # four digits a year could be, before what a player, team or candidate tallies: a count
        ("The veteran finished the season with 2031 points, a club record.", ["2031"]),
        ("Ms Okafor won 1987 votes in the runoff in Dunmore.", ["1987"]),
        ("Over her career the striker scored 2004 goals for Harwick.", ["2004"]),
        ("A total of 1956 ballots were spoiled, officials said.", ["1956"]),
        # ... but a date's preposition, a determiner or a possessive makes them the year
        ("In 2019 votes were counted by hand in the county.", []),
        ("The 2019 votes were counted by hand in the county.", []),
        ("By 2030 points will be awarded for a draw.", []),
        ("The league's 2024 points table was published.", []),
        ("2024 points to a slower year for exporters.", []),
    ],
)
def test_four_digits_before_a_tallied_noun_are_a_count(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a note's mark in round brackets run into what it marks
        ("Adjusted earnings were $1.42(1) a share, against $1.30.", ["1.42 USD", "1.30 USD"]),
        ("Net profit rose to $2.15 billion.(1) Sales fell 3%.", ["2.15 billion USD", "3 %"]),
        ("Sales gained 2 percentage points on currency moves.(3)", ["2 pp"]),
        # ... or after a plain word, closing its clause
        ("Cases were highest among older adults (1). They fell by 12%.", ["12 %"]),
        ("Coverage rose among teenagers (7), the survey found.", []),
        # a count in brackets after a name, or after a figure, stays a figure
        ("The death toll was highest in Kent (84), officials said.", ["84"]),
        ("Of the 120 staff, 30% (36) left.", ["120", "30 %", "36"]),
    ],
)
def test_notes_marks_in_round_brackets_are_no_figures(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive owns what the number counts: no model's name
        ("Following Thursday's 358-point drop, the index fell further.", ["358"]),
        ("The council approved Mayor Lind's 12 proposals on Monday.", ["12"]),
        # a participle opening a clause counts what follows it
        ("Scoring 6 goals so far, the striker is the club's top scorer.", ["6"]),
        ("Adding 12 stores this year, the chain now has 340.", ["12", "340"]),
        # a model named at a sentence's start stays a name, an index named with a possessive too
        ("Windows 11 users rose.", []),
        ("The Standard & Poor's 500 index lost 31.5 points.", ["31.5"]),
        # a verb is no plural of a word that names by number ("junctions 10 and 12", "tops")
        ("The share citing rent arrears now tops 4 in 10.", ["4 in 10"]),
        ("The retailer plans 40 new stores in Kerrow.", ["40"]),
    ],
)
def test_a_possessive_or_a_participle_before_a_count(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an amount per its payer and per a period is a rate by the period
        ("The council keeps the waste fee at $20 per household per year.", ["20 USD / year"]),
        ("The levy is €45 a vehicle a month in Tolvik.", ["45 EUR / month"]),
        ("Members pay $300 per member annually.", ["300 USD / year"]),
        # ... a payer with no period, or an amount per head, keeps its reading
        ("Tickets cost $20 per family.", ["20 USD"]),
        ("Tickets cost $20 per person per day.", ["20 USD"]),
        # a bare count with a rate adverb after it
        ("Job losses averaged 512,000 monthly in the first quarter.", ["512,000 / month"]),
        ("The clinic now sees 40 daily, the board said.", ["40 / day"]),
        ("The plant files 12 monthly reports.", ["12"]),
    ],
)
def test_rates_per_payer_and_period_and_counts_per_period(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year cut to two digits after its kind is a date, not a figure
        ("Spending for the fiscal year 24 will be 45 trillion rupees.", ["45 trillion INR"]),
        ("The financial year 25 budget adds 12 clinics in Orvale.", ["12"]),
        ("Last year 300 people moved to Orvale.", ["300"]),
    ],
)
def test_a_two_digit_year_after_its_kind_is_a_date(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # more months than a year holds, more days than a month: a length of time, not a part
        (
            "The clinic gave 9,120 doses at 14 sites in the first 19 months of the scheme.",
            ["9,120", "14", "19 month"],
        ),
        ("The mayor signed 61 orders in her first 100 days.", ["61", "100 day"]),
        # ... a part of a year or a month stays a period's name
        ("Profits rose 4% in the first 10 months of the year.", ["4 %"]),
        ("Sales rose in the first 15 days of March.", []),
    ],
)
def test_first_months_beyond_a_year_are_a_length_of_time(text, expected):
    assert _read(text) == expected
