"""A share of a whole, then the count it comes to closing the share's clause (issue 14): "Some
23% of the county's 820,000 residents are children, or about 190,000 people". A count that goes
on to say something of its own counts others, and is no restatement of the share."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        (
            "Some 23% of the county's 820,000 residents are children, or about {n} people.",
            "190,000",
            "230,000",
        ),
        (
            "The county has 820,000 residents, of whom 23% are children, some {n} people.",
            "190,000",
            "230,000",
        ),
        ("40% of the 2,000 staff work from home, or some {n} people.", "800", "900"),
        ("A quarter of the 3,600 pupils walk to school - about {n} pupils.", "900", "1,200"),
    ],
)
def test_a_count_closing_a_share_clause_restates_its_part(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(n=right)) == []
    assert _severities(tmp_path, text.format(n=wrong)) == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        "A third of the 600 firms expect growth, some 150 plan to hire.",
        "Half of the 1,200 homes were flooded, about 300 destroyed.",
        "The club has 1,500 members, of whom 20% are juniors, about 450 are seniors.",
    ],
)
def test_a_count_saying_something_of_its_own_counts_others(tmp_path, text):
    assert _severities(tmp_path, text) == []
