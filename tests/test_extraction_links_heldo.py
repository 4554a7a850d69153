"""Kinds of sentence a fresh held-out set of real passages showed unread (heldO, issue 14), each
on invented sentences: a level, then its change as a percentage restated after "or" as an
amount; and a Chinese share of a whole named again (占可支配收入的比重) after several levels
named alike (the whole of all residents, another group's, and a median of it)."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import related_figures, text_findings


def _flagged(tmp_path, text: str) -> list[str]:
    """The rules of the errors and warnings `checker check --text` gives `text`."""
    return [f.rule for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "text, level, percent, amount, wrong",
    [
        (
            "Spending reached a record $52.6 billion, an increase of 9 per cent or $4.3 billion "
            "over the year.",
            "$52.6 billion",
            "9 per cent",
            "$4.3 billion",
            "$7.3 billion",
        ),
        (
            "Ticket sales climbed to 52,600, a rise of 9 per cent, or 4,340, on last season.",
            "52,600",
            "9 per cent",
            "4,340",
            "6,340",
        ),
        (
            "The club now has 21,400 members, up 6% (or 1,200) since January.",
            "21,400",
            "6%",
            "1,200",
            "2,200",
        ),
        (
            "Exports were worth £18.9bn in 2031, up 12% or £2bn on the year before.",
            "£18.9bn",
            "12%",
            "£2bn",
            "£4bn",
        ),
    ],
)
def test_a_level_then_its_percent_change_or_amount(tmp_path, text, level, percent, amount, wrong):
    assert sorted(related_figures(text, "change_of")) == sorted([(percent, level), (amount, level)])
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(amount, wrong))


@pytest.mark.parametrize(
    "text",
    [
        # two percentages after "or": alternatives of one change, no amount
        "Revenue was $52.6 billion, up 9 per cent or 10 per cent at constant currency.",
        # an amount of another unit after "or"
        "The fleet grew to 1,250 buses, up 4% or 48 drivers.",
    ],
)
def test_no_amount_restating_the_percent_no_link(text):
    assert related_figures(text, "change_of") == []


_INCOME = (
    "上半年，全省居民人均可支配收入21000元，增长5.0%。分城乡看，城镇居民人均可支配收入28000元，"
    "增长4.1%；农村居民人均可支配收入12000元，增长6.0%。\n\n"
    "上半年，全省居民人均可支配收入中位数18000元，增长4.5%，中位数是平均数的85.7%。\n\n"
    "按收入来源分，全省居民人均工资性收入12000元，增长4.1%，占可支配收入的比重为57.1%；"
    "人均财产净收入3000元，增长3.2%，占可支配收入的比重为14.3%。"
)


def test_a_chinese_share_named_again_is_of_the_level_of_all_residents():
    assert sorted(related_figures(_INCOME, "share")) == [
        ("14.3%", "3000元", "21000元"),
        ("57.1%", "12000元", "21000元"),
    ]


def test_a_chinese_share_named_again_checks_against_that_level(tmp_path):
    assert _flagged(tmp_path, _INCOME) == []
    assert _flagged(
        tmp_path, _INCOME.replace("占可支配收入的比重为14.3%", "占可支配收入的比重为24.3%")
    )


def test_a_chinese_share_of_a_group_is_of_that_groups_level():
    text = (
        "城镇居民人均消费支出20000元，增长3.0%；农村居民人均消费支出9000元，增长6.0%。"
        "其中，城镇居民人均食品支出6000元，占消费支出的比重为30.0%。"
    )
    assert related_figures(text, "share") == [("30.0%", "6000元", "20000元")]


def test_a_chinese_share_named_again_after_two_groups_alone_stays_unlinked():
    # 城镇 and 农村 named alike, the part of neither: which one is meant?
    text = (
        "城镇居民人均消费支出20000元，增长3.0%；农村居民人均消费支出9000元，增长6.0%。"
        "其中，人均食品支出4000元，占消费支出的比重为30.0%。"
    )
    shares = [r for r in extract_text(text).relations if r.type == "share"]
    assert shares and all(None in r.mentions for r in shares)


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        (
            "全年出生人口80万人，出生率为8.52‰；死亡人口60万人，死亡率为6.18‰；自然增长率为2.34‰。",
            "2.34‰",
            "3.34‰",
        ),
        (
            "全年出生人口80万人，人口出生率为8.52‰；死亡人口90万人，人口死亡率为9.18‰；"
            "人口自然增长率为-0.66‰。",
            "-0.66‰",
            "-0.96‰",
        ),
        (
            "全年出生人口80萬人，出生率為8.52‰；死亡人口60萬人，死亡率為6.18‰；自然增長率為2.34‰。",
            "6.18‰",
            "5.18‰",
        ),
    ],
)
def test_a_natural_growth_rate_beside_the_counts_of_births_and_deaths(tmp_path, text, right, wrong):
    (link,) = related_figures(text, "change")
    assert all(figure.endswith("‰") for figure in link)
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(right, wrong))


def test_a_natural_growth_of_rates_and_of_counts_both_given_stays_unread():
    # two differences of the roles' words, of counts and of rates: which figures go together is
    # left to the units, and two fit
    text = (
        "全年出生人口80万人，出生率为8.52‰；死亡人口60万人，死亡率为6.18‰；"
        "自然增长人口20万人，自然增长率为2.34‰。"
    )
    assert related_figures(text, "change") == []


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        (
            "A total of 31,460 people in Wales who were seen at a clinic during May had been "
            "waiting more than 12 weeks, compared with 21,250 in the same month in 2019 – a rise "
            "of 48%.",
            "48%",
            "58%",
        ),
        (
            "Some 31,460 patients had waited a long time, against 21,250 a year earlier, an "
            "increase of 48%.",
            "48%",
            "38%",
        ),
        (
            "Some 6,200 homes across the county that were let to tenants had stood empty for long "
            "spells, compared with 7,750 in 2019 – a fall of 20%.",
            "20%",
            "30%",
        ),
    ],
)
def test_a_long_clause_then_its_base_and_the_change_named(tmp_path, text, right, wrong):
    assert len(related_figures(text, "from_to")) == 1
    assert len(related_figures(text, "change")) == 1
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(right, wrong))


@pytest.mark.parametrize(
    "text",
    [
        # a second clause opens before the base: its figure is the base's subject
        "Some 31,460 patients were seen in May, but clinics in the north saw more, compared "
        "with 21,250 in 2019 – a rise of 48%.",
        # no change named after the base: two levels only, not read from a long clause
        "A total of 31,460 people in Wales who were seen at a clinic during May had been "
        "waiting, compared with 21,250 in the same month in 2019.",
    ],
)
def test_a_long_clause_without_its_named_change_is_not_read(text):
    assert related_figures(text, "change") == []
