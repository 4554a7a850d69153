"""A change "than in" a year whose level the text gives after "when" (branch relM): "has 360
pupils, 40 fewer than in 2015, when it had 400". Every text here is invented."""

from __future__ import annotations

import pytest

from .text_checks import text_errors


@pytest.mark.parametrize(
    "text, rules",
    [
        (
            "The school has 360 pupils, 40 fewer than in 2015, when it had 420.",
            ["comparison-absolute"],
        ),
        ("The school has 360 pupils, 40 fewer than in 2015, when it had 400.", []),
        (
            "The club has 2,800 members, 22% more than in 2019, when there were 2,500.",
            ["comparison"],
        ),
        ("The club has 2,800 members, 12% more than in 2019, when there were 2,500.", []),
        # the level after "when" counts another thing: no base of the change
        ("The port handled 5,200 ships, 300 more than in 2021, when it had 90 berths.", []),
        ("The school has 360 pupils, 40 fewer than in 2015, when it had 420 teachers.", []),
    ],
)
def test_the_level_of_the_year_compared_is_the_change_base(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules
