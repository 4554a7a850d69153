"""Periods: every written form, errors worded for people, and the properties rules rely on."""

from datetime import date
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.periods import Period, PeriodError, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "grain"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        (2023, date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("2023-Q3", date(2023, 7, 1), date(2023, 9, 30), "quarter"),
        ("2023-H1", date(2023, 1, 1), date(2023, 6, 30), "half"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023-11-24", date(2023, 11, 24), date(2023, 11, 24), "day"),
        (date(2023, 11, 24), date(2023, 11, 24), date(2023, 11, 24), "day"),
        ("2023-Q1..2023-Q3", date(2023, 1, 1), date(2023, 9, 30), "range"),
        ("2016 .. 2020", date(2016, 1, 1), date(2020, 12, 31), "range"),
        ("2023-01..2023-12", date(2023, 1, 1), date(2023, 12, 31), "year"),
    ],
)
def test_every_written_form(text, start, end, grain):
    period = parse_period(text)
    assert (period.start, period.end, period.grain) == (start, end, grain)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("2023-13", "months run from 01 to 12"),
        ("2023-Q5", "quarters run from Q1 to Q4"),
        ("2023-Q0", "quarters run from Q1 to Q4"),
        ("2023-02-30", "February 2023 has 28 days"),
        ("next year", "is not a period"),
        ("2023..2021", "ends before it starts"),
        (2023.5, "is not a period"),
        (True, "is not a period"),
        ("0999", "years run from 1000"),
    ],
)
def test_errors_say_what_is_wrong(text, message):
    with pytest.raises(PeriodError, match=message):
        parse_period(text)


def test_years_between_periods_as_a_compound_rate_counts_them():
    assert parse_period(2013).years_until(parse_period(2022)) == 9
    assert parse_period("2023-Q4").years_until(parse_period("2024-Q4")) == 1
    assert parse_period("2021-11").years_until(parse_period("2023-12")) == F(25, 12)


def test_year_on_year_shapes():
    three_quarters = parse_period("2023-Q1..2023-Q3")
    assert three_quarters.previous_year() == parse_period("2022-Q1..2022-Q3")
    assert parse_period("2024-02").previous_year() == parse_period("2023-02")
    assert parse_period("2024-02-29").previous_year() == parse_period("2023-02-28")
    assert three_quarters.follows(parse_period("2022-Q1..2022-Q3"))
    assert not parse_period(2023).follows(parse_period(2021))


def test_a_part_of_a_year_is_not_the_year():
    three_quarters, year = parse_period("2023-Q1..2023-Q3"), parse_period(2023)
    assert three_quarters != year
    assert year.contains(three_quarters) and not three_quarters.contains(year)
    assert year.overlaps(three_quarters)
    assert parse_period(2023).days == 365 and parse_period(2024).days == 366


grains = st.sampled_from(["year", "half", "quarter", "month", "day"])


@st.composite
def periods(draw) -> Period:
    year = draw(st.integers(min_value=1900, max_value=2100))
    grain = draw(grains)
    if grain == "year":
        text = str(year)
    elif grain == "half":
        text = f"{year}-H{draw(st.integers(1, 2))}"
    elif grain == "quarter":
        text = f"{year}-Q{draw(st.integers(1, 4))}"
    elif grain == "month":
        text = f"{year}-{draw(st.integers(1, 12)):02d}"
    else:
        text = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31))).isoformat()
    first = parse_period(text)
    if draw(st.booleans()):
        last = parse_period(str(first.shift_years(draw(st.integers(0, 5)))).split("..")[-1])
        return parse_period(f"{first}..{last}")
    return first


@settings(max_examples=300)
@given(periods())
def test_printing_a_period_reads_back_the_same(period):
    assert parse_period(str(period)) == period


@settings(max_examples=300)
@given(periods(), st.integers(min_value=-30, max_value=30))
def test_shifting_there_and_back_is_the_identity_away_from_leap_days(period, years):
    if any(day.month == 2 and day.day >= 28 for day in (period.start, period.end)):
        return  # 29 February has no twin in most years, and month ends in February move with it
    assert period.shift_years(years).shift_years(-years) == period


@settings(max_examples=300)
@given(periods(), periods())
def test_years_between_is_antisymmetric_and_containment_reflexive(first, second):
    assert first.years_until(second) == -second.years_until(first)
    assert first.contains(first)
    assert first.previous_year().shift_years(1).contains(first) or first.end.month == 2


def test_a_day_on_a_month_end_shifts_to_a_day():
    assert parse_period("2025-02-28").previous_year() == parse_period("2024-02-28")
    assert parse_period("2023-02").shift_years(1) == parse_period("2024-02")
