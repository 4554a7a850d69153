"""Gaps in points news names by what they are or by where a change left them (branch relM):
"a real return of 0.9 points" after a rate and inflation, "widening the gap to 6 points" after
two shares. Every text here is invented."""

from __future__ import annotations

import pytest

from .text_checks import text_errors


@pytest.mark.parametrize(
    "text, rules",
    [
        (
            "Savings average 4.8%, against inflation of 3.9%, a real return of 1.9 points.",
            ["comparison-points"],
        ),
        ("Savings average 4.8%, against inflation of 3.9%, a real return of 0.9 points.", []),
        (
            "Labour polled 38% and the Conservatives 32%, widening the gap to 8 points.",
            ["comparison-points"],
        ),
        ("Labour polled 38% and the Conservatives 32%, widening the gap to 6 points.", []),
        (
            "Labour polled 41% and the Greens 35%, extending its lead over the Greens to 9 points.",
            ["comparison-points"],
        ),
        (
            "Labour polled 41% and the Greens 35%, extending its lead over the Greens to 6 points.",
            [],
        ),
        # no rate named as inflation: a real return of what the text does not say
        ("Savings average 4.8% and shares returned 7.1%, a real return of 1.2 points.", []),
    ],
)
def test_a_gap_named_by_what_it_is_or_where_it_moved(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules


@pytest.mark.parametrize(
    "text",
    [
        "Labour's share rose from 35% to 38%, widening its lead to 6 points.",
        "Labour rose to 38% in May from 33% in April, widening the gap to 6 points.",
        "Labour polled 38% in 2019 and 41% in 2024, widening its lead to 9 points.",
        "Savings rates rose to 4.8% from 4.1%, against inflation of 3.9%, a real return of 0.9 "
        "points.",
        "Labour polled 38% and the Tories 32%, while the Greens cut the gap to 2 points.",
    ],
)
def test_a_gap_left_by_one_rate_moving_is_no_change_of_it(tmp_path, text):
    """One rate's earlier and later level (or its levels of two times), then the gap it left to
    something else, or a gap another subject moved: the gap is neither their change (a false
    comparison-points error before, on the first) nor their margin."""
    assert text_errors(tmp_path, text) == []
