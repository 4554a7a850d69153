"""A figure after a semicolon named like the whole, not like the part before it, is the whole's
sibling, not one more part of it (issue 14, heldM): 国内航线…，其中港澳航线…；国际航线….
Invented sentences, checked end to end, and the parts named alike that go on."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from checker.extraction.textcheck import check_texts

from .text_checks import text_errors


def _parts_of(text: str) -> list[tuple[str, str]]:
    extraction = extract_text(text)
    return [
        tuple(extraction.mentions[m].number for m in relation.mentions if m is not None)
        for relation in extraction.relations
        if relation.type == "part_of"
    ]


def test_a_sibling_after_a_nested_part_is_no_part(tmp_path):
    text = (
        "2021年，国内航线完成货运量400万吨，比上年增长5.0%，其中港澳航线完成30万吨；"
        "国际航线完成货运量600万吨，比上年增长9.0%。"
    )
    assert _parts_of(text) == [("30", "400")]
    assert text_errors(tmp_path, text) == []


def test_a_sibling_in_traditional_characters_is_no_part(tmp_path):
    text = (
        "2021年,國內航線完成旅客運輸量2000萬人次,其中港澳航線完成150萬人次;"
        "國際航線完成旅客運輸量2600萬人次。"
    )
    assert _parts_of(text) == [("150", "2000")]
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "全社会用电量6000亿千瓦时，其中，第一产业用电量100亿千瓦时；第二产业用电量4000亿千瓦时；"
            "第三产业用电量1000亿千瓦时。",
            3,
        ),
        (
            "全国旅客运输量4500万人次，其中国内航线完成旅客运输量3900万人次；"
            "国际航线完成旅客运输量600万人次。",
            2,
        ),
        ("全年货运量5200万吨，其中铁路货运量3000万吨；公路货运量2000万吨。", 2),
    ],
)
def test_parts_named_alike_go_on_after_a_semicolon(text, parts):
    assert len(_parts_of(text)) == parts


def test_a_part_past_its_whole_is_still_an_error(tmp_path):
    text = "全年货运量5200万吨，其中铁路货运量3000万吨；公路货运量5500万吨。"
    assert [f.rule for f in text_errors(tmp_path, text)] == ["part-whole"]


def _sums(text: str) -> list[tuple[str, ...]]:
    extraction = extract_text(text)
    return [
        tuple(extraction.mentions[m].number for m in relation.mentions if m is not None)
        for relation in extraction.relations
        if relation.type == "sum"
    ]


_TOTAL_THEN_MEMBERS = (
    "2020年,全行業完成貨運量5200萬噸,比上年增長8.0%。國內航線完成貨運量4100萬噸,比上年增長6.0%,"
    "其中港澳航線完成300萬噸,比上年增長1.0%;國際航線完成貨運量{intl}萬噸,比上年增長15.0%。"
)


def test_members_after_a_total_add_up_though_one_has_a_part_of_its_own(tmp_path):
    text = _TOTAL_THEN_MEMBERS.format(intl="1100")
    assert ("5200", "4100", "1100") in _sums(text)
    assert text_errors(tmp_path, text) == []


def test_members_that_do_not_add_up_are_reported(tmp_path):
    text = _TOTAL_THEN_MEMBERS.format(intl="1200")
    article = tmp_path / "a.txt"
    article.write_text(text + "\n", encoding="utf-8")
    rules = [f.rule for f in check_texts([article]).findings if f.severity != "info"]
    assert rules == ["sum"]
