"""Kinds of number writing news text uses that the mention reader misread (issue 14, stop 38):
近 before a record over a recent span, rank groups and moves in a ranking, 破 and 跌破 as
bounds, Chinese scores with 比, a range whose first end writes its own unit, a number quoted
alone as a name, references to numbered sources, the bare "$" of a text whose own dollar is
another than the US one, "US cents". Every sentence is invented.
"""

from __future__ import annotations

import pytest

from checker.extraction import find_mentions


def _read(text: str) -> list[str]:
    return [m.value_text() for m in find_mentions(text)]


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("今年暑期档平均票价41.2元，为近八年最低。", ["41.2 CNY", "8 year"]),
        ("该省粮价涨幅创近三年新高。", ["3 year"]),
        # "nearly" where 近 bounds a length of time of its own
        ("他在该厂工作近6年。", ["nearly 6 year"]),
    ],
)
def test_jin_before_a_record_over_a_recent_span_says_the_last(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("销量排行前四名的车企合计售出6.2万辆。", ["6.2 万"]),
        ("全市纳税前10位企业共缴税38亿元。", ["38 亿 CNY"]),
        ("The airline moved up three places to sixth with 48 million passengers.", ["48 million"]),
        ("Lisbon fell 2 spots in the rankings, to 17 million visitors.", ["17 million"]),
        # a count of people named with 名 stays one
        ("该厂共有35名技术员。", ["35"]),
    ],
)
def test_places_in_a_ranking_are_no_figures(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("上半年该片票房破18亿元。", ["more than 18 亿 CNY"]),
        ("沪指盘中跌破2900点。", ["less than 2900"]),
        # 打破 breaks a record, it bounds no figure; 破亿 names a threshold crossed, a class
        ("该队打破4项省纪录。", ["4"]),
        ("档期内共7部影片票房破亿元。", ["7"]),
    ],
)
def test_po_and_diepo_bound_the_figure(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("客队以4比2战胜主队，观众达3.1万人。", ["3.1 万"]),
        ("全场比分定格在101比97。", []),
        # a ratio named before 比 keeps both counts
        ("新生儿性别比为108比100。", ["108", "100"]),
    ],
)
def test_a_chinese_score_with_bi_is_no_figure(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("每平方米租金上涨450元至1.8万元。", ["450 CNY", "1.8 万 CNY"]),
        ("Fees rose from 8 euros to 2 million euros.", ["8 EUR", "2 million EUR"]),
        # a first end without its unit still takes the second's scale and unit
        ("项目投资在200至600万元之间。", ["200 万 CNY", "600 万 CNY"]),
    ],
)
def test_a_range_end_with_its_own_unit_keeps_its_scale(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Orders jumped before the new ‘15’ plate arrived, to 388,000 cars.", ["388,000"]),
        ("Fans queued for the '84' reissue, 12,000 of them.", ["12,000"]),
        # feet and inches are no quoted name
        ("The centre is 6'11\" tall.", ["6", "11"]),
    ],
)
def test_digits_quoted_alone_are_a_name(text, expected):
    assert _read(text) == expected


def test_numbered_references_of_a_report_are_no_figures():
    text = (
        "Uptake was lower among older adults (2). Rates were similar in Nevada (9). "
        "Coverage reached 71% in 2011."
    )
    assert _spans(text) == ["71%"]


def test_a_count_after_a_name_stays_a_figure_where_the_text_cites_nothing():
    text = "Deaths were highest in Kent (84), then Surrey (12)."
    assert _read(text) == ["84", "12"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The soft Aussie dollar, down from 88 US cents to 69 US cents, lifted spending by "
            "visitors to $27.4 billion. Some 38 cents in every dollar went to the regions.",
            ["0.88 USD", "0.69 USD", "27.4 billion AUD", "some 0.38 AUD"],
        ),
        (
            "With the loonie at 74 cents US, exports reached $51 billion.",
            ["0.74 USD", "51 billion CAD"],
        ),
        # a text naming another dollar without marking US amounts keeps "$" for the US one
        (
            "The Australian dollar rose 0.3% to 71 cents; gold fell $9 to $1,288 an ounce.",
            ["0.3 %", "0.71 USD", "9 USD / ounce", "1,288 USD / ounce"],
        ),
    ],
)
def test_a_bare_dollar_is_the_dollar_the_text_names_as_its_own(text, expected):
    assert _read(text) == expected
