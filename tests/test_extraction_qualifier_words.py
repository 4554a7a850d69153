"""Patterns that read the words before a figure's digits take every qualifier of the one
vocabulary (lexicon.QUALIFIERS_BEFORE), not a few written into each pattern: a cut "by close to
a third" or "by approximately a third" is read as "by nearly/about a third" is."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities

QUALIFIERS = ["nearly", "close to", "approximately", "roughly"]


@pytest.mark.parametrize("qualifier", QUALIFIERS)
def test_a_cut_by_a_qualified_third_checks_its_levels(tmp_path, qualifier):
    text = "Bus fares were cut by {q} a third, from 300 to {level} dollars."
    assert _severities(tmp_path, text.format(q=qualifier, level=205)) == []
    assert _severities(tmp_path, text.format(q=qualifier, level=150)) == ["error"]


@pytest.mark.parametrize("qualifier", ["about", "approximately", "an estimated"])
def test_a_factor_of_a_qualified_figure_is_a_factor(tmp_path, qualifier):
    text = "Sales fell by a factor of {q} 4, from 1,000 units to {level}."
    assert _severities(tmp_path, text.format(q=qualifier, level=250)) == []
    assert _severities(tmp_path, text.format(q=qualifier, level=500)) == ["error"]
