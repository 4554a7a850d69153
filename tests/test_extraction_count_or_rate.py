"""A count restated as its rate after "or" ("up 340,000 or 18%") is no list of two rates: the
count keeps its own unit, and the change in both forms is checked against the level."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import text_severities as _severities


@pytest.mark.parametrize(
    "text",
    [
        "Visitor numbers rose to 2.45 million, up 340,000 or {p}% on the year before.",
        "Visitor numbers rose by 340,000 or {p}% to 2.45 million.",
        "Membership fell to 18,600, down 2,400 or {p}% on last year.",
    ],
)
def test_a_count_or_its_rate_is_one_change(tmp_path, text):
    right = 16 if "Visitor" in text else 11
    assert _severities(tmp_path, text.format(p=right)) == []
    assert _severities(tmp_path, text.format(p=right + 3)) == ["error"]


def test_small_figures_before_a_percent_are_still_a_list(tmp_path):
    values = [c.value for c in extract_text("Rates rose by 12 or 15% in most towns.").claims]
    assert values[0].endswith("%")
