"""Near misses of this stop's helpers' readings (issue 14, review N), invented: where a reading
would have drawn a false error or a wrong link from text it was not written from."""

from __future__ import annotations

from .text_checks import text_errors


def test_net_exports_of_one_good_beside_imports_of_another_are_no_error(tmp_path):
    # steel exported, iron ore imported: net steel exports are no gap between those two
    text = "钢材出口5000万吨，铁矿石进口9亿吨，钢材净出口4300万吨。"
    assert text_errors(tmp_path, text) == []


def test_net_imports_of_one_good_named_once_are_still_checked(tmp_path):
    text = "今年前三季度，原油进口4.1亿吨，出口0.2亿吨，净进口3.5亿吨。"
    (error,) = text_errors(tmp_path, text)
    assert "3.5" in error.message


def test_a_percentage_more_than_a_time_after_a_part_and_its_whole_is_no_error(tmp_path):
    # the part is no 15 percent more than its whole: the percentage compares another time
    for text in (
        "Police stopped 300 out of 12,000 drivers, which was 15 percent more than in 2030.",
        "Of the 60,000 homes, 2,400 were empty, which is 4 percent higher than last year.",
    ):
        assert text_errors(tmp_path, text) == []
