"""Kinds of sentence found missing on a held-out set of real passages (issue 14, relation recall),
each with invented sentences: what the checker now reads, and the wrong figure it now flags."""

from __future__ import annotations

import pytest

from .text_checks import related_figures, text_errors, text_findings

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


# Net imports (净进口) or net exports are imports less exports, as a trade deficit or surplus is:
# the three named in one sentence are a difference.
NET_TRADE = [
    (
        "1-5月,铝材出口850万吨,同比下降12.1%;进口2310万吨,增长30%;净进口1460万吨。",
        ("1460万吨", "850万吨", "2310万吨"),
    ),
    (
        "Exports of feed grain fell to 3.1 million tonnes while imports rose to 5.4 million "
        "tonnes, leaving net imports of 2.3 million tonnes.",
        ("2.3 million tonnes", "3.1 million tonnes", "5.4 million tonnes"),
    ),
]


@pytest.mark.parametrize("text, figures", NET_TRADE)
def test_net_imports_are_the_gap_between_imports_and_exports(text, figures):
    assert figures in related_figures(text, "change")


def test_wrong_net_imports_are_an_error(tmp_path):
    text = "1-5月,铝材出口850万吨,同比下降12.1%;进口2310万吨,增长30%;净进口1640万吨。"
    (error,) = text_errors(tmp_path, text)
    assert "1640" in error.message


def test_net_exports_are_not_read_as_exports():
    # net exports beside exports alone: no imports named, no gap to check
    text = "Net exports reached $40 billion, while exports of machinery reached $95 billion."
    assert related_figures(text, "change") == []


# A percentage of a group said first and restated a few sentences on as "N in M" of the group
# (a quote restating the figure): one share stated twice, a reading across sentences (a note).
PERCENT_THEN_FRACTION = (
    "About 30 percent of drivers use the ferry. Parking at the quay is free. "
    '"Ferry use has held at three in ten drivers for a decade," the harbour master said.'
)


def test_a_fraction_restating_a_percentage_said_before_is_one_share():
    assert ("About 30 percent", "three in ten") in related_figures(
        PERCENT_THEN_FRACTION, "restates"
    )


def test_the_restatement_across_sentences_is_a_note_and_never_an_error(tmp_path):
    assert text_findings_of(tmp_path, PERCENT_THEN_FRACTION) == []
    wrong = PERCENT_THEN_FRACTION.replace("three in ten", "four in ten")
    assert text_findings_of(tmp_path, wrong) == [("info", "share-conflict")]


def test_two_percentages_of_the_group_before_leave_the_fraction_alone():
    text = (
        "About 30 percent of drivers use the ferry and 45 percent of drivers take the bus. "
        '"Ferry use has held at three in ten drivers," she said.'
    )
    assert related_figures(text, "restates") == []


def text_findings_of(tmp_path, text):
    """The findings on `text`, as (severity, rule)."""
    return [(f.severity, f.rule) for f in text_findings(tmp_path, text)]


# "N <things> of M <others>": things of another kind, each made of or about the second count
# ("three screenings of 5,200 pupils"), no part of it; a count out of its whole stays one.
@pytest.mark.parametrize(
    "text",
    [
        "The clinic ran three successive screenings of 5,240 pupils to enrol 410.",
        "The survey held four rounds of 2,400 interviews.",
    ],
)
def test_things_of_another_kind_of_a_count_are_no_part_of_it(text):
    assert related_figures(text, "part_of") == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Only 1,200 of 4,000 firms replied.", ("1,200", "4,000")),
        ("Some 120 nurses out of 4,000 staff struck.", ("Some 120", "4,000")),
        ("In all 300 firms of 4,000 firms replied.", ("300", "4,000")),
    ],
)
def test_a_count_out_of_its_whole_stays_a_part(text, figures):
    assert figures in related_figures(text, "part_of")
