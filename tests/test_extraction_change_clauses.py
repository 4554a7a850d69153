"""A level, its change and its base, where a clause stands between them (issue 14, heldM):
the level's own clause before a participle naming the change ("..., marking a 12% increase
from ..."), the base in a clause dating it ("up 6% on 2015, when it was ..."), and the level
restated as its change after "or". Invented sentences, checked end to end, and the look-alikes
left alone."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import text_errors


def _changes(text: str) -> list[tuple[str, ...]]:
    extraction = extract_text(text)
    return [
        tuple(extraction.mentions[m].number for m in relation.mentions if m is not None)
        for relation in extraction.relations
        if relation.type == "change" and relation.stated
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "About 4,100 riders used the ferry in June, marking a 12% increase from 3,660 riders "
            "a year earlier.",
            ("12", "3,660", "4,100"),
        ),
        (
            "At least 730 cyclists were counted on the bridge for the week ending May 9, "
            "marking a 46% increase from 500 cyclists a week before.",
            ("46", "500", "730"),
        ),
        (
            "The library lent 18,200 books over the summer, reflecting a 9% decline from "
            "20,000 books the summer before.",
            ("9", "20,000", "18,200"),
        ),
        (
            "Ridership hit 9,200 in March, representing an 8% drop from 10,000 in March 2019.",
            ("8", "10,000", "9,200"),
        ),
        ("Exports reached $5.4bn, representing a 20% increase from $4.5bn.", ("20", "4.5", "5.4")),
    ],
)
def test_a_participle_names_the_change_of_the_clause_level(tmp_path, text, expected):
    assert expected in _changes(text)
    assert text_errors(tmp_path, text) == []


def test_a_participle_change_that_does_not_fit_is_an_error(tmp_path):
    text = "About 4,100 riders used the ferry in June, marking a 21% increase from 3,660 riders."
    assert [f.rule for f in text_errors(tmp_path, text)] == ["comparison"]


@pytest.mark.parametrize(
    "text",
    [
        # the figure before the participle is an amount added, not a level
        "The company added 2,000 jobs in May, marking a 5% increase from 40,000 a year earlier.",
        # a second subject opens before the participle
        "Sales were 5,200 units while returns fell sharply, marking a 3% increase from "
        "4,000 units.",
    ],
)
def test_a_participle_after_another_figure_links_nothing(tmp_path, text):
    assert _changes(text) == []
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Profit was $5.1m, up 6% on 2015, when it was $4.8m.", ("6", "4.8", "5.1")),
        (
            "The average gate at the 90 matches was 21,400, or just over 2 per cent down on "
            "2015, when 21,900 fans a match attended.",
            ("2", "21,900", "21,400"),
        ),
        (
            "Turnout was 61%, down 4 points compared with 2017, when the figure was 65%.",
            ("4", "65", "61"),
        ),
    ],
)
def test_a_base_in_a_clause_dating_it(tmp_path, text, expected):
    assert expected in _changes(text)
    assert text_errors(tmp_path, text) == []


def test_a_base_in_a_dating_clause_that_does_not_fit_is_an_error(tmp_path):
    text = "The average gate was 21,400, or 6.7 per cent down on 2015, when 21,900 fans attended."
    assert [f.rule for f in text_errors(tmp_path, text)] == ["comparison"]


def test_a_dating_clause_about_another_quantity_gives_no_base(tmp_path):
    text = "Profit was $5.1m, up 6% on 2015, when revenue was $40m."
    assert _changes(text) == []
    assert text_errors(tmp_path, text) == []


def test_a_share_after_representing_stays_a_share():
    extraction = extract_text("Sales were 1,200 units, representing a 25% share of the 4,800 sold.")
    assert [r.type for r in extraction.relations] == ["share"]
    assert _changes("Sales were 1,200 units, representing a 25% share of the 4,800 sold.") == []
