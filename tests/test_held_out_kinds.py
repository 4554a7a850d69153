"""Kinds of sentence found missing on a held-out set of real passages (issue 14, relation recall),
each with invented sentences: what the checker now reads, and the wrong figure it now flags."""

from __future__ import annotations

import pytest

from .text_checks import related_figures, text_errors

# A period phrase naming a day with its year ("for the quarter ended September 30, 2027") keeps
# the level with its change and the base after it: the comma inside the date ends no clause.
DATED_PERIOD_CHANGES = [
    (
        "Orchard Labs reported sales of $318 million for the quarter ended September 30, 2027, "
        "an increase of 12 percent from $284 million a year earlier.",
        ("12 percent", "$284 million", "$318 million"),
    ),
    (
        "Net income was $41.5 million for the quarter ended Jan. 31, 2029, up 9% from "
        "$38.1 million.",
        ("9%", "$38.1 million", "$41.5 million"),
    ),
]


@pytest.mark.parametrize("text, figures", DATED_PERIOD_CHANGES)
def test_a_change_after_a_period_ending_on_a_dated_day_joins_both_levels(text, figures):
    assert figures in related_figures(text, "change")


def test_a_level_compared_after_a_dated_day_is_a_pair_of_levels():
    text = "Earnings were $2.75 a share for the year ended June 30, 2026, compared with $2.40."
    assert ("$2.40", "$2.75") in related_figures(text, "from_to")


def test_a_wrong_change_after_a_dated_period_is_an_error(tmp_path):
    text = (
        "Orchard Labs reported sales of $318 million for the quarter ended September 30, 2027, "
        "an increase of 21 percent from $284 million a year earlier."
    )
    (error,) = text_errors(tmp_path, text)
    assert "states +21 %" in error.message


def test_a_dated_day_without_its_year_is_left_alone():
    # "Sunday, May 3," is a day named twice, not "Month D, YYYY": no reading is stretched over it
    text = "Turnout was 4,210 on Sunday, May 3, up 12% from 3,760."
    assert related_figures(text, "change") == []
