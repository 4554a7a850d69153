"""'Just over' is the mirror of 'nearly': a little above a figure, not anything above it.

"Of the 650 seats, 220 are held by women, just over a quarter" cannot hold (220 is a third of
650); read as "more than a quarter" it passed. Invented sentences and claims."""

import pytest

from checker.quantities import parse_value
from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("just over 300", 295, 330),  # the figure's rounding, to 10 % above it
        ("slightly more than 2.5 million", 2_450_000, 2_750_000),
        ("a little over 1 in 4", 0.25, 1 / 3.5),  # a quarter itself, to the rounding of n above
        ("just over -50 %", -0.55, -0.495),  # a fall: its size a little over 50 %
        ("slightly less than 300", 270, 305),  # and the other side reads as nearly
    ],
)
def test_just_over_is_bounded_a_little_above_the_figure(text, low, high):
    interval = parse_value(text).interval
    assert float(interval.low) == pytest.approx(low)
    assert float(interval.high) == pytest.approx(high)


def test_more_than_stays_unbounded():
    assert parse_value("more than 300").interval.high is None  # no upper bound


@pytest.mark.parametrize(
    "text",
    [
        "Of the 650 councillors, 220 are women, just over a quarter.",
        "The bill rose by just over 10% to £1,450 from £1,250.",
    ],
)
def test_a_figure_far_above_just_over_is_an_error(tmp_path, capsys, text):
    assert " error [" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 650 councillors, 170 are women, just over a quarter.",
        "The bill rose by just over 10% to £1,450 from £1,315.",
        "Of the 1,200 members, 610 voted yes, just over half.",
    ],
)
def test_a_figure_a_little_above_is_clean(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)
