"""The net of two flows named a gain or a loss says which way it goes (issue 14): "62,000 people
left and 90,000 arrived, a net loss of 28,000" has the direction wrong, where a net named
otherwise ("a net inflow of", "net migration of") is only the size of the gap."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("Last year 62,000 people left and 90,000 arrived, a net {w} of 28,000.", "gain", "loss"),
        ("Last year 90,000 people left and 62,000 arrived, a net {w} of 28,000.", "loss", "gain"),
        ("Last year 90,000 arrived and 62,000 left, a net {w} of 28,000.", "gain", "loss"),
        ("The club lost 1,200 members and gained 1,500, a net {w} of 300.", "gain", "loss"),
        ("The club gained 1,200 members and lost 1,500, a net {w} of 300.", "loss", "gain"),
    ],
)
def test_a_net_gain_or_loss_goes_the_way_of_the_flows(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(w=right)) == []
    assert _severities(tmp_path, text.format(w=wrong)) == ["error"]


def test_a_net_named_otherwise_is_the_size_of_the_gap(tmp_path):
    text = "Last year 90,000 people left and 62,000 arrived, a net outflow of 28,000."
    assert _severities(tmp_path, text) == []
