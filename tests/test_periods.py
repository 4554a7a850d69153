"""Periods: every written form, errors worded for people, and the properties rules rely on."""

import re
from datetime import date, datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from quicktions import Fraction as F

from checker.periods import Period, PeriodError, parse_period


@pytest.mark.parametrize(
    ("value", "start", "end", "grain"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        (2023, date(2023, 1, 1), date(2023, 12, 31), "year"),
        (" 2023\n", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("2023-Q3", date(2023, 7, 1), date(2023, 9, 30), "quarter"),
        ("2023-q4", date(2023, 10, 1), date(2023, 12, 31), "quarter"),
        ("2023-H1", date(2023, 1, 1), date(2023, 6, 30), "half"),
        ("2023-H2", date(2023, 7, 1), date(2023, 12, 31), "half"),
        ("2023-11", date(2023, 11, 1), date(2023, 11, 30), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023-11-24", date(2023, 11, 24), date(2023, 11, 24), "day"),
        (date(2023, 11, 24), date(2023, 11, 24), date(2023, 11, 24), "day"),
        (datetime(2023, 11, 24, 10, 30), date(2023, 11, 24), date(2023, 11, 24), "day"),
        ("2023-Q1..2023-Q3", date(2023, 1, 1), date(2023, 9, 30), "range"),
        ("2016..2020", date(2016, 1, 1), date(2020, 12, 31), "range"),
        ("2016 .. 2020", date(2016, 1, 1), date(2020, 12, 31), "range"),
        ("2023-H2..2024-Q1", date(2023, 7, 1), date(2024, 3, 31), "range"),
        ("2023-11-24..2024-01", date(2023, 11, 24), date(2024, 1, 31), "range"),
        # ranges that are exactly one year, half, quarter, month or day become it
        ("2023-01..2023-12", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("2024-01..2024-03", date(2024, 1, 1), date(2024, 3, 31), "quarter"),
        ("2023-Q1..2023-Q2", date(2023, 1, 1), date(2023, 6, 30), "half"),
        ("2023-11-01..2023-11-30", date(2023, 11, 1), date(2023, 11, 30), "month"),
        ("2023-Q4..2023-12-31", date(2023, 10, 1), date(2023, 12, 31), "quarter"),
        ("2023-11-24..2023-11-24", date(2023, 11, 24), date(2023, 11, 24), "day"),
        ("1000", date(1000, 1, 1), date(1000, 12, 31), "year"),
        ("9999-12-31", date(9999, 12, 31), date(9999, 12, 31), "day"),
    ],
)
def test_every_written_form(value, start, end, grain):
    period = parse_period(value)
    assert (period.start, period.end, period.grain) == (start, end, grain)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2023", "2023"),
        ("2023-q3", "2023-Q3"),
        ("2023-H1", "2023-H1"),
        ("2023-1", "2023-01"),
        ("2023-1-5", "2023-01-05"),
        (date(2023, 11, 24), "2023-11-24"),
        ("2023-Q1 ..2023-Q3", "2023-Q1..2023-Q3"),
        ("2023-01..2023-09", "2023-Q1..2023-Q3"),
        ("2022-H2..2023-H1", "2022-Q3..2023-Q2"),
        ("2016-01-01..2020-12-31", "2016..2020"),
        ("2023-11..2024-01", "2023-11..2024-01"),
        ("2023-11-24..2024-01", "2023-11-24..2024-01-31"),
        ("2023-01..2023-12", "2023"),
    ],
)
def test_printing_gives_the_canonical_text(value, text):
    assert str(parse_period(value)) == text


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "the period is empty"),
        ("   ", "the period is empty"),
        ("2023-13", "'2023-13' is not a period: months run from 01 to 12"),
        ("2023-00", "'2023-00' is not a period: months run from 01 to 12"),
        ("2023-Q5", "'2023-Q5' is not a period: quarters run from Q1 to Q4"),
        ("2023-Q0", "'2023-Q0' is not a period: quarters run from Q1 to Q4"),
        ("2023-H3", "'2023-H3' is not a period: halves are H1 and H2"),
        ("2023-02-30", "'2023-02-30' is not a period: February 2023 has 28 days"),
        ("2024-04-31", "'2024-04-31' is not a period: April 2024 has 30 days"),
        ("2023-01-00", "'2023-01-00' is not a period: January 2023 has 31 days"),
        ("next year", "'next year' is not a period: write 2023, 2023-Q3"),
        ("2023-W05", "'2023-W05' is not a period: write 2023"),
        ("FY2023", "'FY2023' is not a period"),
        ("٢٠٢٣", "'٢٠٢٣' is not a period"),
        (
            "2023..2021",
            "'2023..2021' is not a period: the range ends (2021) before it starts (2023)",
        ),
        ("2023-Q3..2023-Q2", "'2023-Q3..2023-Q2' is not a period: the range ends (2023-Q2)"),
        ("2023-Q1..2023-Q5", "'2023-Q1..2023-Q5' is not a period: quarters run from Q1 to Q4"),
        (
            "2023..2023-H1",
            "'2023..2023-H1' is not a period: a range runs from an earlier period to a later one, and 2023 is not before 2023-H1",
        ),
        ("2023-Q3..2023", "'2023-Q3..2023' is not a period: a range runs from an earlier period"),
        (
            "2023-11-24..2023-11",
            "'2023-11-24..2023-11' is not a period: a range runs from an earlier period",
        ),
        ("..2023", "'..2023' is not a period: a range needs a start and an end"),
        ("2023..", "'2023..' is not a period: a range needs a start and an end"),
        ("2020..2021..2022", "'2020..2021..2022' is not a period: a range has a single '..'"),
        ("0999", "'0999' is not a period: years run from 1000 to 9999"),
        ("10000", "'10000' is not a period: years run from 1000 to 9999"),
        (999, "'999' is not a period: years run from 1000 to 9999"),
        (-2023, "'-2023' is not a period"),
        (date(999, 12, 31), "'0999-12-31' is not a period: years run from 1000 to 9999"),
        (2023.5, "'2023.5' is not a period: a year is a whole number"),
        (2023.0, "'2023.0' is not a period: a year is a whole number"),
        (True, "'True' is not a period"),
        (False, "'False' is not a period"),
        (None, "'None' is not a period"),
        (["2023"], "'['2023']' is not a period"),
    ],
)
def test_errors_say_what_is_wrong(value, message):
    with pytest.raises(PeriodError, match=re.escape(message)):
        parse_period(value)


def test_a_period_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_period("2023-Q5")


def test_the_same_text_is_read_once():
    assert parse_period("2023-Q3") is parse_period("2023-Q3")
    assert parse_period(2023) is parse_period("2023")


def test_a_float_equal_to_a_cached_year_is_still_refused():
    parse_period(2023)
    with pytest.raises(PeriodError):
        parse_period(2023.0)


def test_length_instants_and_years():
    assert parse_period(2023).days == 365 and parse_period(2024).days == 366
    assert parse_period("2023-Q1").days == 90 and parse_period("2023-H2").days == 184
    assert parse_period("2024-02").days == 29 and parse_period("2023-11-24").days == 1
    assert parse_period("2016..2020").days == 1827
    assert parse_period("2023-11-24").is_instant
    assert not parse_period("2023-11").is_instant
    assert parse_period(2023).year == 2023 and parse_period("2023-01..2023-12").year == 2023
    assert parse_period("2023-Q4").year is None and parse_period("2016..2020").year is None


def test_a_part_of_a_year_is_not_the_year():
    three_quarters, year = parse_period("2023-Q1..2023-Q3"), parse_period(2023)
    assert three_quarters != year
    assert year.contains(three_quarters) and not three_quarters.contains(year)
    assert year.overlaps(three_quarters) and three_quarters.overlaps(year)
    assert year.contains(parse_period("2023-12-31")) and not year.contains(
        parse_period("2024-01-01")
    )


def test_neighbours_do_not_overlap():
    assert not parse_period("2023-Q1").overlaps(parse_period("2023-Q2"))
    assert parse_period("2023-Q1..2023-Q2").overlaps(parse_period("2023-06-30"))
    assert not parse_period(2023).overlaps(parse_period("2024-01-01"))


def test_periods_sort_by_start_then_end():
    texts = ["2024", "2023-Q2", "2023", "2023-01-01", "2023-H1", "2023-Q1"]
    assert [str(p) for p in sorted(map(parse_period, texts))] == [
        "2023-01-01",
        "2023-Q1",
        "2023-H1",
        "2023",
        "2023-Q2",
        "2024",
    ]
    assert parse_period("2023-Q1") < parse_period("2023-Q2") <= parse_period("2023-Q2")


def test_shifting_by_years_keeps_the_shape():
    assert parse_period("2023-Q1..2023-Q3").previous_year() == parse_period("2022-Q1..2022-Q3")
    assert parse_period("2023-Q1..2023-Q3").shift_years(2).grain == "range"
    assert parse_period("2016..2020").shift_years(3) == parse_period("2019..2023")
    assert parse_period("2023-H2").shift_years(-10) == parse_period("2013-H2")
    assert parse_period("2023-11-24").previous_year() == parse_period("2022-11-24")


def test_shifting_across_29_february():
    assert parse_period("2024-02-29").previous_year() == parse_period("2023-02-28")
    assert parse_period("2024-02").previous_year() == parse_period("2023-02")
    assert parse_period("2023-02").shift_years(1) == parse_period("2024-02")
    assert parse_period("2023-12..2024-02").previous_year() == parse_period("2022-12..2023-02")
    assert parse_period("2025-02-28").previous_year() == parse_period("2024-02-28")
    assert parse_period("2024-02-01..2024-02-28").previous_year() == parse_period("2023-02")


def test_shifting_out_of_the_years_is_an_error():
    with pytest.raises(
        PeriodError,
        match="^'1000-Q1' moved by -1 years is not a period: years run from 1000 to 9999",
    ):
        parse_period("1000-Q1").previous_year()
    with pytest.raises(PeriodError):
        parse_period("9998..9999").shift_years(1)


def test_year_on_year_pairs():
    assert parse_period("2023-Q1..2023-Q3").follows(parse_period("2022-Q1..2022-Q3"))
    assert parse_period(2023).follows(parse_period(2022))
    assert not parse_period(2022).follows(parse_period(2023))
    assert not parse_period(2023).follows(parse_period(2021))
    assert not parse_period(2023).follows(parse_period("2022-Q4"))
    assert not parse_period("2023-Q1").follows(parse_period("2022-Q2"))
    assert not parse_period("2023-01").follows(parse_period("2022-01-01"))
    assert parse_period("2024-02-29").follows(parse_period("2023-02-28"))
    assert parse_period("2025-02-28").follows(parse_period("2024-02-29"))
    assert not parse_period("1000").follows(parse_period("9999"))
    assert not parse_period("1000").follows(parse_period("1000"))


def test_years_between_periods_as_a_compound_rate_counts_them():
    assert parse_period(2013).years_until(parse_period(2022)) == 9
    assert parse_period(2022).years_until(parse_period(2013)) == -9
    assert parse_period("2016..2020").years_until(parse_period(2023)) == 3
    assert parse_period("2023-Q4").years_until(parse_period("2024-Q4")) == 1
    assert parse_period("2023-Q1").years_until(parse_period("2023-Q4")) == F(3, 4)
    assert parse_period("2021-11").years_until(parse_period("2023-12")) == F(25, 12)
    assert parse_period("2023-11-30").years_until(parse_period("2024-11")) == 1
    assert parse_period("2023-11-24").years_until(parse_period("2024-11-24")) == F(366) / F(
        36525, 100
    )
    assert parse_period("2023-11-24").years_until(parse_period("2023-12")) == F(37) / F(36525, 100)
    assert isinstance(parse_period(2013).years_until(parse_period(2022)), F)


# --- properties ------------------------------------------------------------------------------

_GRAINS = ("year", "half", "quarter", "month", "day")


@st.composite
def single_texts(draw, first_year: int = 1000, last_year: int = 9999) -> str:
    year = draw(st.integers(first_year, last_year))
    grain = draw(st.sampled_from(_GRAINS))
    if grain == "year":
        return str(year)
    if grain == "half":
        return f"{year}-H{draw(st.integers(1, 2))}"
    if grain == "quarter":
        return f"{year}-Q{draw(st.integers(1, 4))}"
    if grain == "month":
        return f"{year}-{draw(st.integers(1, 12)):02d}"
    return draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31))).isoformat()


@st.composite
def range_texts(draw, first_year: int = 1000, last_year: int = 9999) -> tuple[str, str]:
    """Two single periods, the first starting and ending no later than the second: a valid range."""
    first, last = sorted(
        (draw(single_texts(first_year, last_year)), draw(single_texts(first_year, last_year))),
        key=lambda text: parse_period(text).start,
    )
    assume(parse_period(first).end <= parse_period(last).end)
    return first, last


@st.composite
def periods(draw, first_year: int = 1000, last_year: int = 9999) -> Period:
    if draw(st.booleans()):
        return parse_period(draw(single_texts(first_year, last_year)))
    first, last = draw(range_texts(first_year, last_year))
    return parse_period(
        f"{first}{draw(st.sampled_from(['', ' ']))}..{draw(st.sampled_from(['', ' ']))}{last}"
    )


def _leap_sensitive(period: Period) -> bool:
    """Whether a shift there and back may not return: a day or range touching the end of February,
    where 29 February has no twin in most years and a range's 28 February can turn into a month end."""
    return period.grain in ("day", "range") and any(
        day.month == 2 and day.day >= 28 for day in (period.start, period.end)
    )


@settings(max_examples=400)
@given(periods())
def test_printing_a_period_reads_back_the_same(period):
    assert parse_period(str(period)) == period


@given(range_texts())
def test_a_range_runs_from_the_start_of_its_first_to_the_end_of_its_last(texts):
    first, last = map(parse_period, texts)
    whole = parse_period(f"{texts[0]}..{texts[1]}")
    assert (whole.start, whole.end) == (first.start, last.end)
    assert whole.contains(first) and whole.contains(last)
    assert whole.days >= max(first.days, last.days)


@given(periods(), periods())
def test_containment_and_overlap(first, second):
    assert first.contains(first) and first.overlaps(first)
    assert first.overlaps(second) == second.overlaps(first)
    if first.contains(second):
        assert first.overlaps(second) and first.days >= second.days


@settings(max_examples=300)
@given(periods(1100, 9800), st.integers(-100, 100))
def test_shifting_there_and_back_is_the_identity_away_from_leap_days(period, years):
    assume(not _leap_sensitive(period))
    shifted = period.shift_years(years)
    assert (shifted.start.year, shifted.end.year) == (
        period.start.year + years,
        period.end.year + years,
    )
    assert shifted.grain == period.grain
    assert shifted.shift_years(-years) == period


@given(periods(1001, 9999))
def test_a_period_follows_its_previous_year(period):
    earlier = period.previous_year()
    assert period.follows(earlier)
    assert not earlier.follows(period) and not period.follows(period)
    assert earlier.grain == period.grain or period.grain == "range"
    assert abs(earlier.days - period.days) <= 2
    assert period.previous_year() == earlier  # the same answer every time


@given(periods(1000, 9998))
def test_a_year_later_follows_the_period(period):
    later = period.shift_years(1)
    assert later.follows(period)
    if period.end.year <= 9997:
        assert not period.shift_years(2).follows(period)


@settings(max_examples=300)
@given(periods(), periods())
def test_years_between_is_antisymmetric(first, second):
    assert first.years_until(second) == -second.years_until(first)
    assert first.years_until(first) == 0
    assert (first.years_until(second) > 0) == (first.end < second.end)


@given(st.integers(1000, 9999), st.integers(1000, 9999))
def test_years_between_whole_years_is_the_difference_of_the_years(first, second):
    assert parse_period(first).years_until(parse_period(second)) == second - first
