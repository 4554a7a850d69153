"""Totals, parts and flows news writes in one sentence (branch partsL): a net flow beside the
flows in and out it is left of, parts announced by "including", "of which" whose sum exceeds
the whole. Every text here is invented."""

from __future__ import annotations

import pytest

from .text_checks import text_errors


@pytest.mark.parametrize(
    "text, rules",
    [
        # a flow in and a flow out named before their figures, what is left of them "net"
        (
            "The club sold players for £30m and bought for £45m, a net spend of £25m.",
            ["comparison-absolute"],
        ),
        ("The club sold players for £30m and bought for £45m, a net spend of £15m.", []),
        ("Inflows were €12bn and outflows €15bn, a net outflow of €5bn.", ["comparison-absolute"]),
        ("Inflows were €12bn and outflows €15bn, a net outflow of €3bn.", []),
        ("全年迁入人口8.2万人，迁出人口5.1万人，净迁入4.1万人。", ["comparison-absolute"]),
        ("全年迁入人口8.2万人，迁出人口5.1万人，净迁入3.1万人。", []),
        # a verb's subject names who moves the money, it does not narrow the flow
        (
            "Savers put $80m into the scheme and withdrew $50m, a net inflow of $40m.",
            ["comparison-absolute"],
        ),
        ("Savers put $80m into the scheme and withdrew $50m, a net inflow of $30m.", []),
    ],
)
def test_a_net_flow_is_the_gap_between_the_flows_in_and_out(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules
