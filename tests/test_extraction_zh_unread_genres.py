"""Shapes of Chinese release text from genres not read before (power use, telecoms, films,
foreign investment) that gave false errors (issue 14): a threshold naming a class of things
(票房过十亿的13部) read as a figure and a part; a change given again for a level restated in
another currency (折…亿元人民币，同比增长…) taken for the same change; a change of an amount
tied to the share pair of the clause after it (…增长12.5%，在总收入中所占的比重从A上升到B);
parts of a known partition (the three industries) that go on after a full stop with one more
part. Invented sentences of each shape, with the planted error each fix must still catch."""

from __future__ import annotations

import pytest

from .text_checks import text_errors, text_findings


def _errors_and_warnings(tmp_path, text: str) -> list[str]:
    return [
        f"{f.rule}: {f.message}"
        for f in text_findings(tmp_path, text)
        if f.severity in ("error", "warning")
    ]


# ---------------------------------------------------------------- a threshold naming a class


@pytest.mark.parametrize("over", ["过十亿的", "超过5亿元的", "逾千万的"])
def test_a_threshold_naming_a_class_is_no_part(tmp_path, over):
    text = f"全年共有甲类展会64场，其中观众{over}11场。"
    assert not _errors_and_warnings(tmp_path, text)


def test_a_part_after_a_threshold_is_still_checked(tmp_path):
    text = "全年共有甲类展会64场，其中观众过十亿的71场。"
    assert [f.rule for f in text_errors(tmp_path, text)] == ["part-whole"]


# ---------------------------------------------------------------- a change in each currency


@pytest.mark.parametrize("converted", ["折", "折合"])
def test_a_change_of_a_level_restated_in_another_currency_is_no_conflict(tmp_path, converted):
    text = (
        f"2031年5月，甲市吸收外来投资10.5亿美元，同比增长2.6%"
        f"（{converted}70.4亿元人民币，同比增长0.4%）。"
    )
    assert not _errors_and_warnings(tmp_path, text)


def test_two_changes_of_one_level_in_one_currency_still_conflict(tmp_path):
    text = "2031年5月，甲市吸收外来投资10.5亿美元，同比增长2.6%，同比增长0.4%。"
    assert [f.rule for f in text_errors(tmp_path, text)] == ["change-conflict"]


# ---------------------------------------------------------------- a share's own pair after


def test_a_change_of_an_amount_is_not_the_share_pair_of_the_next_clause(tmp_path):
    text = (
        "2031年1-4月，甲公司线上收入累计完成50.5亿元，比上年同期增长12.5%，"
        "在总收入中所占的比重从上年同期的40.10%上升到42.30%。"
    )
    assert not _errors_and_warnings(tmp_path, text)


def test_a_change_of_a_share_before_its_pair_is_still_checked(tmp_path):
    text = "2031年，甲公司线上收入占总收入的比重提高3.2个百分点，从40.10%上升到42.30%。"
    assert [f.rule for f in text_errors(tmp_path, text)]


# ---------------------------------------------------------------- parts going on after a stop


_PARTS = (
    "2031年，全市用水总量950亿立方米。其中，第一产业用水量100亿立方米；第二产业用水量300亿立方米；"
    "第三产业用水量200亿立方米。城乡居民生活用水量{last}亿立方米。"
)


def test_a_part_after_the_full_stop_that_completes_the_sum_is_no_error(tmp_path):
    assert not _errors_and_warnings(tmp_path, _PARTS.format(last=350))


def test_parts_that_fall_short_even_with_the_next_sentence_still_give_the_sum(tmp_path):
    assert [f.rule for f in text_errors(tmp_path, _PARTS.format(last=150))] == ["sum"]
