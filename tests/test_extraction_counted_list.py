"""Parts listed after a figure that counts them, then their total (issue 14): "The two parks
cover 420 and 380 hectares, 800 hectares in total" sums the two areas, not the count; a figure
of the total's unit before the list still leaves the reading unsure."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("The two parks cover 420 and 380 hectares, {t} hectares in total.", "800", "900"),
        ("Two firms reported 420 and 380 complaints, a total of {t}.", "800", "900"),
        ("The three regions received £42m, £35m and £23m, a total of £{t}m.", "100", "110"),
        (
            "Its four plants made 12,000, 9,500, 8,000 and 6,500 cars, {t} in all.",
            "36,000",
            "38,000",
        ),
    ],
)
def test_parts_listed_after_a_count_of_them(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(t=right)) == []
    assert _severities(tmp_path, text.format(t=wrong)) == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        # a level of the total's unit before the list: which figures the total sums is unsure
        "Sales were 300 in March; 420 and 380 in April and May, 900 in total.",
        # the count is not the number of parts listed
        "Five firms reported 420 and 380 complaints, a total of 900.",
    ],
)
def test_a_figure_before_the_list_that_may_be_a_part(tmp_path, text):
    assert "error" not in _severities(tmp_path, text)
