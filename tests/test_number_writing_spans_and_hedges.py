"""Kinds of number writing read wrong on real text never tuned on (issue 14, mention precision
and recall on unseen text). Every sentence is invented; each figure is expected as the claim
file writes its value (`[qualifier] number [scale] [unit]`)."""

from __future__ import annotations

import pytest

from checker.extraction import find_mentions


def _values(text: str) -> list[str]:
    return [mention.value_text() for mention in find_mentions(text)]


# A length of time after "in" that a record of the clause runs over: a span, not a point in time.
SPANS_AFTER_IN = [
    (
        "The mill shed 410 jobs, its worst month in three years.",
        ["410", "3 year"],
    ),
    ("Ferry trips fell for the first time in 9 years.", ["9 year"]),
    ("Bookings hit their highest level in eight months.", ["8 month"]),
    ("Wages grew at the fastest pace in 11 years, by 4.4%.", ["11 year", "4.4 %"]),
]

# A point in time stays unread, and so does the period the figures are of ("in the six months
# to June"), or a length after a record of another sentence.
TIMES_AFTER_IN = [
    ("The bridge reopens in two years' time, at a cost of $40m.", ["40 m USD"]),
    ("The bridge reopens in three years time; 60 staff will be hired.", ["60"]),
    ("The ward will be rebuilt in 4 years.", []),
    ("Output fell 3% in the first two months.", ["3 %"]),
    ("Rents rose 5.2% in the 12 months to June.", ["5.2 %"]),
    ("Sales were the best ever. In 3 years the plant will close.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPANS_AFTER_IN)
def test_a_span_after_in_is_read_as_a_duration(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), TIMES_AFTER_IN)
def test_a_point_in_time_or_a_named_period_stays_unread(text, expected):
    assert _values(text) == expected


# A word of no change with a hedge before it states no exact change of zero: the quantity
# moved a little. Without the hedge, or with an adverb that hedges nothing, it is one.
ZERO_CHANGES = [
    ("Hospital visits remained relatively stable on the week.", []),
    ("The jobless rate was broadly unchanged at 5.2%.", ["5.2 %"]),
    ("Freight volumes were virtually flat in May.", []),
    ("Rents stayed largely unchanged, at $1,240 a month.", ["1,240 USD / month"]),
    ("The jobless rate was unchanged at 5.2%.", ["0 %", "5.2 %"]),
    ("Sales in Oslo were worryingly flat at $2bn.", ["0 %", "2 bn USD"]),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_CHANGES)
def test_a_hedged_word_of_no_change_states_no_change_of_zero(text, expected):
    assert _values(text) == expected


# Points that move a rate to or from a percentage the sentence names are percentage points;
# an index's points restated as a percent change ("or 1.1%") and a player's points are not.
POINTS = [
    ("Backing for the plan fell 4 points, to 38%.", ["4 pp", "38 %"]),
    ("The jobless rate climbed 2 points from 6% in a year.", ["2 pp", "6 %"]),
    ("The Hang Seng lost 210 points, or 1.2%.", ["210", "1.2 %"]),
    ("Okafor scored 27 points and made 52% of his shots.", ["27", "52 %"]),
    # a part of a point written in words, "percentage" between them
    ("The bank lifted its rate by a quarter percentage point.", ["0.25 pp"]),
    ("The bank cut its rate by three-quarters of a percentage point.", ["0.75 pp"]),
]


@pytest.mark.parametrize(("text", "expected"), POINTS)
def test_points_of_a_rate_are_percentage_points(text, expected):
    assert _values(text) == expected


# 百分 without 之 before a Chinese numeral is a percentage, as some papers write it; 百分点,
# 百分百 and a hundred minutes (一百分钟) are not.
CJK_PERCENT_WITHOUT_ZHI = [
    ("全县农民人均收入增长百分七点二。", ["7.2 %"]),
    ("该区失业率降至百分四，约为全省的一半。", ["4 %", "1/2"]),
    ("比上年提高0.8个百分点，计划百分百完成。", ["0.8 pp"]),
    ("一百分钟后会议结束。", []),
]


@pytest.mark.parametrize(("text", "expected"), CJK_PERCENT_WITHOUT_ZHI)
def test_bai_fen_without_zhi_is_a_percentage(text, expected):
    assert _values(text) == expected
