"""Near misses of stop 36's readings (branch reviewS): invented sentences that look like a
reading's shape but state no such link, each once a false error, and the wrong variants the
readings still catch."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities

# ------------------------------------- a turnout after its electorate: the verb ends its clause


@pytest.mark.parametrize(
    "text",
    [
        "Of the 48,000 voters, 12,000 voted early, a turnout of 62% overall.",
        "Of the district's 48,000 voters, 9,000 voted for the Greens, a turnout of 62% in all.",
        "Of the 48,000 voters, 3,000 voted twice, a turnout of 62%.",
    ],
)
def test_some_of_the_voters_who_voted_are_no_turnout(tmp_path, text):
    assert _severities(tmp_path, text) == []


def test_a_turnout_of_those_who_voted_in_the_election(tmp_path):
    text = "Of the 48,000 voters, 29,760 voted in the election, a turnout of {p}%."
    assert _severities(tmp_path, text.format(p=62)) == []
    assert _severities(tmp_path, text.format(p=72)) == ["error"]


# ------------------------------------------ a total after its parts that names a span of its own


@pytest.mark.parametrize(
    "text",
    [
        "The three stations had 2, 4 and 6 delays in May, 30 in total this year.",
        "The stations had 2, 4 and 6 delays in May, a total of 30 this year.",
        "The stations had 2, 4 and 6 delays in May, a total of 30 delays so far.",
        "The three stations had 2, 4 and 6 delays in May, 30 in total over the year.",
        "Two of the stores sold 420 and 380 units, 2,000 in total across the chain.",
        "Stores sold 420 and 380 units, 2,000 in total across the chain.",
        "Both teams scored 2 and 3 goals in the first half, 9 in total.",
    ],
)
def test_a_total_of_a_longer_span_is_no_sum_of_the_parts(tmp_path, text):
    assert _severities(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("The three schools got 20, 30 and 40 new laptops in May, {t} in total.", 90, 100),
        ("The two stores sold 420 and 380 units, {t} in total.", 800, 900),
        ("The two teams scored 2 and 3 goals, {t} in total.", 5, 9),
    ],
)
def test_a_total_of_the_parts_own_span_is_still_summed(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(t=right)) == []
    assert _severities(tmp_path, text.format(t=wrong)) == ["error"]


# ----------------------------------------- a share after its count that names a whole of its own


@pytest.mark.parametrize(
    "text",
    [
        "Of the 30 million adults, 12 million voted, or 55% of those registered.",
        "Some 12 million of the 30 million adults voted, or 55% of those registered.",
        "The firm sold 40,000 of the model's 2.1 million units in France, or 5% of its sales.",
        "Some 12 million of the 30 million adults work, or 55% of those aged 20 to 64.",
    ],
)
def test_a_share_of_another_whole_after_a_count(tmp_path, text):
    assert _severities(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of the 1,200 staff, 300 work from home, or {p}% of the staff.",
        "Some 300 of the 1,200 staff, or {p}% of them, work from home.",
        "Some 300 of the firm's 1,200 staff, or {p}% of the total, work from home.",
    ],
)
def test_a_share_of_the_counts_own_whole_named_again(tmp_path, text):
    assert _severities(tmp_path, text.format(p=25)) == []
    assert _severities(tmp_path, text.format(p=35)) == ["error"]


# ------------------------------------------ a fall's factor after its two levels, "-fold" drops


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("Prices fell from 80 to 20, by a factor of {f}.", "4", "3"),
        ("Prices fell from 80 to 20, a factor of {f}.", "4", "3"),
        ("Output was cut from 900 to 300, a factor of {f}.", "three", "two"),
        ("Deaths fell from 1,200 to 300, a {f} drop.", "fourfold", "threefold"),
        ("Deaths fell from 1,200 to 300, a {f} reduction.", "4-fold", "3-fold"),
    ],
)
def test_a_fall_by_a_factor_named_after_its_levels(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(f=right)) == []
    assert "error" in _severities(tmp_path, text.format(f=wrong))


def test_a_rise_by_a_factor_after_its_levels_stays_a_rise(tmp_path):
    text = "Deaths rose from 300 to 1,200, a {f} increase."
    assert _severities(tmp_path, text.format(f="fourfold")) == []
    assert _severities(tmp_path, text.format(f="threefold")) == ["error"]


# --------------------------------------------------- a count per day moving from a bare count


def test_a_count_per_day_from_a_count_written_bare(tmp_path):
    text = "Trips rose {p}%, to 1,200 a day from 1,000."
    assert _severities(tmp_path, text.format(p=20)) == []
    assert _severities(tmp_path, text.format(p=30)) != []


@pytest.mark.parametrize(
    "text",
    [
        "Of the 48,000 voters, 24,000 voted, a turnout of 62% among the over-60s.",
        "Of the 48,000 voters, 24,000 voted, a turnout of 62% of those registered in 2019.",
    ],
)
def test_a_turnout_of_a_group_named_after_it(tmp_path, text):
    assert _severities(tmp_path, text) == []


# ------------------------------------------ a part of a total named apart from its count (avgN)


def test_a_part_of_a_total_of_sizes_is_no_part_of_the_count(tmp_path):
    text = "Each of the 30 wards has 20 beds, 600 in total, and {n} of them are empty."
    assert _severities(tmp_path, text.format(n=40)) == []
    assert _severities(tmp_path, text.format(n=700)) == ["error"]


# ----------------------------------------- "up X on last year, when they were Y" (heldN, plural)


def test_a_change_on_last_year_when_they_were(tmp_path):
    text = "Profits were £50m, up £5m on last year, when they were £{y}m."
    assert _severities(tmp_path, text.format(y=45)) == []
    assert _severities(tmp_path, text.format(y=40)) == ["error"]
    sales = "Sales were 50,000, up 5,000 on last year, when they stood at {y}."
    assert _severities(tmp_path, sales.format(y="45,000")) == []
    assert _severities(tmp_path, sales.format(y="43,000")) == ["error"]


# ------------------------------------------- an "of them" aside ends before the sentence's verb


@pytest.mark.parametrize(
    "text",
    [
        "The bank's 2,000 branches, 300 of them rural, employ 40,000 staff.",
        "The 2,000 branches, 300 of them rural and 200 in cities, employ 40,000 staff.",
    ],
)
def test_an_of_them_aside_then_the_verb_of_the_whole(tmp_path, text):
    assert _severities(tmp_path, text) == []


def test_parts_listed_in_an_of_them_aside(tmp_path):
    # the aside's list goes on after "and" or ",": a part past the whole is still seen
    for text in (
        "The 1,200 staff, 300 of them part-time and {n} on nights, work shifts.",
        "The 1,200 staff, 300 of them part-time, {n} on nights, work shifts.",
    ):
        assert _severities(tmp_path, text.format(n=200)) == []
        assert _severities(tmp_path, text.format(n="1,300")) == ["warning"]


# ------------------------------------------------ a change after an average named after its total


def test_a_change_after_an_average_of_the_total_before_it(tmp_path):
    text = "The 20 clubs earned £5.5bn, an average of £275m, up 10% from £5bn."
    assert _severities(tmp_path, text) == []
    # the total alone, or the average alone, is still compared with its base
    assert _severities(tmp_path, "The 20 clubs earned £5.5bn, up 30% from £5bn.") == ["error"]
    average = "The clubs earned an average of £275m, up 30% from £250m."
    assert _severities(tmp_path, average) == ["error"]


# ------------------------------------------- what each part has is no part of the opening whole


def test_what_each_part_has_is_no_part_of_the_whole_named_first(tmp_path):
    text = "Of the 12 trains, {n} run at night, each carrying 400 people."
    assert _severities(tmp_path, text.format(n=4)) == []
    assert _severities(tmp_path, text.format(n=14)) == ["error"]
    assert (
        _severities(tmp_path, "Of the 12 trains, 4 run at night and 8 by day, each with 400 seats.")
        == []
    )


# ------------------------------------------ the undated level a listed total moved from is no sum


@pytest.mark.parametrize(
    "text",
    [
        "The parks drew 1.2, 0.8 and 0.5 million visitors, {t} million in total, up from 2.1 million.",
        "The three parks drew 1.2, 0.8 and 0.5 million visitors, {t} million in total, up from 2.1 million.",
    ],
)
def test_the_level_a_listed_total_moved_from_is_no_total_of_the_parts(tmp_path, text):
    assert _severities(tmp_path, text.format(t="2.5")) == []
    assert _severities(tmp_path, text.format(t="3.5")) == ["error"]
