"""Kinds of sentence a fresh held-out set of real passages showed unread (heldN, issue 14), each
on invented sentences: a Chinese base between 与 and 相比 (in brackets or after 的) and 同比 after
it, a Chinese opening that breaks the figure before down (具体来看), and a change "on last year,
when" last year's level."""

from __future__ import annotations

import pytest

from .text_checks import related_figures, text_findings


def _flagged(tmp_path, text: str) -> list[str]:
    """The rules of the errors and warnings `checker check --text` gives `text`."""
    return [f.rule for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "上半年观众总数约为380.5万人次，与去年同期（320.4万人次）相比增加逾60万人次。",
            "上半年观众总数约为380.5万人次，与去年同期（320.4万人次）相比增加逾90万人次。",
        ),
        (
            "全年出口额为150亿元，与上年同期的120亿元相比增长25%。",
            "全年出口额为150亿元，与上年同期的120亿元相比增长35%。",
        ),
        (
            "一季度营业收入为58.2亿元，与2022年同期的47.9亿元相比，增加10.3亿元。",
            "一季度营业收入为58.2亿元，与2022年同期的47.9亿元相比，增加13.3亿元。",
        ),
    ],
)
def test_a_chinese_base_between_with_and_compared_is_the_levels_change(tmp_path, text, wrong):
    assert len(related_figures(text, "change")) == 1
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, wrong)


def test_a_chinese_same_period_change_after_a_compared_pair_is_that_pairs_too(tmp_path):
    text = "上半年票房为245.8亿元，与去年同期（202.5亿元）相比提升逾43亿元，同比增长21%。"
    assert sorted(related_figures(text, "change")) == [
        ("21%", "202.5亿元", "245.8亿元"),
        ("逾43亿元", "202.5亿元", "245.8亿元"),
    ]
    assert _flagged(tmp_path, text) == []
    wrong = text.replace("同比增长21%", "同比增长31%")
    assert _flagged(tmp_path, wrong)
    # a change against another year's base keeps its own base (比上年)
    own = "产量600万吨，比2015年的500万吨增加100万吨，比上年增长5%。"
    assert [r[0] for r in related_figures(own, "change")] == ["100万吨"]


@pytest.mark.parametrize("opening", ["具体来看", "具體來看", "具体而言", "分项看"])
def test_a_chinese_breakdown_opening_gives_parts_of_the_figure_before(tmp_path, opening):
    text = (
        f"国庆假期全省接待游客约3.4亿人次。{opening}，城市景区接待游客1.2亿人次，"
        "乡村景区接待游客约0.9亿人次，其他景区接待游客约0.7亿人次。"
    )
    parts = related_figures(text, "part_of") + related_figures(text, "sum")
    assert {figures[-1] for figures in parts} == {"约3.4亿人次"}
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, change",
    [
        (
            "Some 31.4 per cent of entries were awarded a top grade, up by 0.8 percentage points "
            "on last year when 30.6 per cent were awarded a top grade.",
            ("0.8 percentage points", "30.6 per cent", "Some 31.4 per cent"),
        ),
        (
            "About 33 per cent of homes had solar panels, up 4 points on 2020, when 29 per cent "
            "of homes had them.",
            ("4", "29 per cent", "About 33 per cent"),
        ),
        (
            "The vacancy rate was 6.2%, down 0.5 points from a year ago, when it was 6.7%.",
            ("0.5", "6.7%", "6.2%"),
        ),
    ],
)
def test_a_change_on_last_year_when_its_level_was_is_their_change(tmp_path, text, change):
    assert related_figures(text, "change") == [change]
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "The vacancy rate was 6.2%, down 0.5 points from a year ago, when it was 6.7%.",
            "The vacancy rate was 6.2%, down 0.9 points from a year ago, when it was 6.7%.",
        ),
        (
            "Membership was 5,400, down 300 on last year, when it was 5,700.",
            "Membership was 5,400, down 500 on last year, when it was 5,700.",
        ),
    ],
)
def test_a_wrong_change_on_last_year_when_its_level_was_is_flagged(tmp_path, text, wrong):
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, wrong)


def test_a_when_clause_about_something_else_is_no_base(tmp_path):
    # the 12 per cent counts teachers, not what the 27.8 per cent counts
    text = (
        "Some 27.8 per cent of pupils got an A, up 0.6 points on last year when 12 per cent of "
        "teachers retired."
    )
    assert related_figures(text, "change") == []
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "三次产业增加值占GDP的比重分别为6.3%、39.5%和54.2%。",
        "全年三次產業增加值占地區生產總值的比重分別為7.4%、36.1%和56.5%。",
    ],
)
def test_the_shares_of_the_three_industries_named_as_one_add_up_to_all(tmp_path, text):
    assert len(related_figures(text, "shares_sum_100")) == 1
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace("54.2%", "56.2%").replace("56.5%", "58.5%")) == [
        "sum-shares"
    ]


def test_the_three_industries_growth_rates_are_no_shares(tmp_path):
    text = "三次产业增加值分别增长4.8%、5.1%和6.3%。"
    assert related_figures(text, "shares_sum_100") == []
    assert _flagged(tmp_path, text) == []
