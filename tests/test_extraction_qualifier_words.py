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


@pytest.mark.parametrize(
    "text, level, right",
    [
        ("Crime fell by a fifth, from 52,000 offences to {level}.", 45_000, False),
        ("Crime fell by a fifth, from 52,000 offences to {level}.", 41_600, True),
        ("Crime fell by a fifth, from 52,000 offences to {level}.", 42_200, True),
        ("Sales were cut by a quarter, from 8,000 units to {level}.", 6_400, False),
        ("Sales were cut by a quarter, from 8,000 units to {level}.", 6_000, True),
    ],
)
def test_a_fall_by_a_fraction_is_one_less_that_fraction(tmp_path, text, level, right):
    """'fell by a fifth' is a fall of 18.2 % to 22.2 % (one in five), not the 11 % that four
    fifths of the base read alone would allow (x4 in 5 as 0.775 to 0.889)."""
    severities = _severities(tmp_path, text.format(level=f"{level:,}"))
    assert severities == ([] if right else ["error"])
