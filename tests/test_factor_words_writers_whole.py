"""A factor in one word is the writer's whole: "doubled" is nearer two than the one and a half
or two and a half times a writer could have said (x2 in 1: 1.75 to 2.25), where the digit "2"
is read 1.5 to 2.5. Invented sentences."""

import pytest

from checker.quantities import ValueError_, parse_value
from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("x2 in 1", 1.75, 2.25),
        ("x3 in 1", 2.75, 3.25),
        ("nearly x2 in 1", 1.5, 2),  # down to the rounding of the whole, as "nearly x2"
        ("x2", 1.5, 2.5),  # digits keep their own rounding
    ],
)
def test_a_writers_whole_is_nearer_it_than_the_halves_beside_it(text, low, high):
    interval = parse_value(text).interval
    assert float(interval.low) == pytest.approx(low)
    assert float(interval.high) == pytest.approx(high)


def test_more_than_doubled_is_from_two_up():
    interval = parse_value("more than x2 in 1").interval
    assert interval.low == 2 and interval.high is None


def test_one_in_one_is_no_factor():
    with pytest.raises(ValueError_, match="k of at least 2 in 1"):
        parse_value("x1 in 1")


@pytest.mark.parametrize(
    "text",
    [
        "Passenger numbers doubled from 3.2 million to 5.1 million.",
        "Sales of electric cars doubled to 190,000, up from 120,000 a year earlier.",
        "Fines tripled from 1,200 to 2,500 in four years.",
        "Ticket sales reached 1.3 million, three times the 520,000 sold in 2019.",
    ],
)
def test_a_rise_far_from_the_word_is_an_error(tmp_path, capsys, text):
    assert " error [" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "Passenger numbers doubled from 3.2 million to 6.3 million.",
        "Passenger numbers nearly doubled from 3.2 million to 5.1 million.",
        "Fines more than tripled from 1,200 to 4,100 in four years.",
        "Fines tripled from 1,200 to 3,500 in four years.",
        # digits keep their own rounding: 2.5 is a 3 read to its digit
        "Ticket sales reached 1.3 million, 3 times the 520,000 sold in 2019.",
    ],
)
def test_a_rise_the_word_fits_is_clean(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)
