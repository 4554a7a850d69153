"""Real number writing in mentions (issue 14, point 5): each form read by value."""

from __future__ import annotations

import pytest

from checker.extraction.mentions import find_mentions
from checker.numerals import cjk_numeral_value, fold


def _read(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value_text()) for m in find_mentions(text)]


def test_fold_keeps_offsets_and_reads_traditional_as_simplified():
    text = "總值十九億元，增長７．５％"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "总值十九亿元，增长7.5%"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("三千", 3000), ("两百", 200), ("一万七千五百", 17500), ("十九", 19), ("一点四", "7/5")],
)
def test_chinese_numerals_by_value(numeral, value):
    from quicktions import Fraction

    assert cjk_numeral_value(numeral) == Fraction(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("旅客十九億人次", [("十九億人次", "19 亿")]),
        ("开行一万七千五百多列", [("一万七千五百多列", "more than 17500")]),
        ("增长百分之五点二", [("百分之五点二", "5.2 %")]),
        ("五百五十多万人次", [("五百五十多万人次", "more than 550 万")]),
        ("四十天", [("四十天", "40 day")]),
        ("两百万元", [("两百万元", "200 万 CNY")]),
    ],
)
def test_chinese_numerals_in_text(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text", ["一些企业", "第一名", "一季度增长", "十分重要", "统一部署", "三生三世"]
)
def test_numeral_characters_in_words_are_not_figures(text):
    assert _read(text) == []
