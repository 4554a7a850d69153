"""An amount per pupil, per household or per share compared with another by a percentage or an
amount (issue 14): "The city spends $1,450 per pupil, 26% more than the state average of
$1,150". The other amount is per the same head, or says per whom it is not; an amount per
another head ("per teacher") is no comparison."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        (
            "The city spends $1,450 per pupil, {d} more than the state average of $1,150.",
            "26%",
            "35%",
        ),
        (
            "The city spends $1,450 per pupil, {d} more than the $1,150 per pupil of the state.",
            "26%",
            "35%",
        ),
        ("Fees are $420 per student, {d} more than the $350 charged by its rival.", "$70", "$90"),
        ("Earnings were 60 cents a share, {d} more than last year's 40 cents.", "50%", "20%"),
        ("The levy is £96 per household, {d} less than the £120 it replaced.", "20%", "30%"),
    ],
)
def test_an_amount_per_head_compared_with_another(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(d=right)) == []
    assert _severities(tmp_path, text.format(d=wrong)) == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        "The city spends $1,450 per pupil, 35% more than the $1,150 per teacher it pays.",
        "The city spends $1,450 per pupil, 35% more than the $1,150 each teacher costs.",
    ],
)
def test_an_amount_per_another_head_is_not_compared(tmp_path, text):
    assert "error" not in _severities(tmp_path, text)
