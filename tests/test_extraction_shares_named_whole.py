"""Shares of a whole named by whose it is, and a turnout after its electorate (issue 14): each
shape read from invented sentences, checked end to end (a wrong share gives an error, a right
one nothing), and the look-alikes left alone."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities

# ------------------------------------------- "N of the region's M people": a possessive whole


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        (
            "Rural areas are home to 4.1 million of the region's 9.5 million people, or {p}%.",
            43,
            53,
        ),
        (
            "The software unit earned $560 million of the group's $2.8 billion profit, {p} percent.",
            20,
            30,
        ),
        (
            "Some 3.2 million of the country's 12 million households, about {p}%, rent homes.",
            27,
            37,
        ),
        ("Inspectors closed 45 of Britain's 300 licensed abattoirs, or {p}% of them.", 15, 25),
    ],
)
def test_a_part_of_a_whole_named_by_whose_it_is(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(p=right)) == []
    assert _severities(tmp_path, text.format(p=wrong)) == ["error"]


def test_a_possessive_whole_opening_the_sentence(tmp_path):
    text = "Of the city's 2,400 bus drivers, 1,080 were women, or {p}%."
    assert _severities(tmp_path, text.format(p="45")) == []
    assert _severities(tmp_path, text.format(p="54")) == ["error"]


# --------------------------------------- a turnout after its electorate, the voters who voted


@pytest.mark.parametrize(
    "text",
    [
        "Of the district's 48,000 voters, 29,760 cast a ballot, a turnout of {p}%.",
        "Of the 48,000 registered voters, 29,760 voted, a turnout of {p} percent.",
        "Of the 48,000 electors, 29,760 turned out, giving a turnout of {p}%.",
    ],
)
def test_a_turnout_after_its_electorate(tmp_path, text):
    assert _severities(tmp_path, text.format(p="62")) == []
    assert _severities(tmp_path, text.format(p="72")) == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        # the count after the electorate counts no votes: its turnout is of something unsaid
        "Of the 48,000 voters, 29,760 were women, a turnout of 72%.",
        # the count voted for one side: a turnout is of all who voted
        "Of the 48,000 voters, 20,000 backed the mayor, a turnout of 72%.",
    ],
)
def test_a_count_of_other_voters_is_no_turnout(tmp_path, text):
    assert "error" not in _severities(tmp_path, text)
