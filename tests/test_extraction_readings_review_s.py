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
    ],
)
def test_a_total_of_a_longer_span_is_no_sum_of_the_parts(tmp_path, text):
    assert _severities(tmp_path, text) == []


def test_a_total_of_the_parts_own_span_is_still_summed(tmp_path):
    text = "The three schools got 20, 30 and 40 new laptops in May, {t} in total."
    assert _severities(tmp_path, text.format(t=90)) == []
    assert _severities(tmp_path, text.format(t=100)) == ["error"]


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
