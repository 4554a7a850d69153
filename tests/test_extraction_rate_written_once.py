"""A comparison whose rate the text writes once, on its first figure (branch relM): "$620 a
week, 24% more than the $500 of 2019" compares two weekly amounts. Every text here is
invented."""

from __future__ import annotations

import pytest

from .text_checks import text_errors


@pytest.mark.parametrize(
    "text, rules",
    [
        ("Rent is now £1,250 a month, 60% more than the £890 of five years ago.", ["comparison"]),
        ("Rent is now £1,250 a month, 40% more than the £890 of five years ago.", []),
        ("Nurses earn $620 a week, 34% more than the $500 of 2019.", ["comparison"]),
        ("Nurses earn $620 a week, 24% more than the $500 of 2019.", []),
        # the second figure counts a thing of its own, or has a period of its own: no rate
        # carried over to it
        ("Rent is now £1,250 a month, 60% more than the £890 deposit.", []),
        ("Nurses earn $620 a week, 34% more than the $500 a month of 2019.", []),
    ],
)
def test_the_rate_of_the_first_figure_carries_to_the_one_compared(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules
