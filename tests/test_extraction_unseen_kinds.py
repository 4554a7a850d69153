"""Kinds of relation wording from the unseen invented passages (issue 14) that the checker now
reads, each on invented sentences: the error it catches and the consistent wording it leaves
alone."""

from __future__ import annotations

from .text_checks import related_figures, text_errors, text_findings


def _alarms(tmp_path, text: str) -> list[str]:
    return [f.message for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")]


def test_a_share_of_a_group_then_its_move_in_points_on_the_earlier_share(tmp_path):
    text = "In the county, 58.2% of adults cycled once a week in 2030, up {} points on the 52.7% of 2029."
    assert related_figures(text.format("5.5"), "from_to") == [("52.7%", "58.2%")]
    assert _alarms(tmp_path, text.format("5.5")) == []
    assert text_errors(tmp_path, text.format("4.5"))
    named = "At the depot, 83.1% of trains left on time in June, a 2.4-point gain on May's 80.7%."
    assert _alarms(tmp_path, named) == []
    assert text_errors(tmp_path, named.replace("2.4-point", "3.4-point"))


def test_a_share_then_points_compared_with_another_group_is_no_move(tmp_path):
    # the figure after "compared with" is another group's, not an earlier share of this one
    text = "Among the staff, 41% of men worked from home, up 3 points, while 35% of women did."
    assert related_figures(text, "from_to") == []
    assert _alarms(tmp_path, text) == []
