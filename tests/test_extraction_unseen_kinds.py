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


def test_the_earlier_level_in_brackets_after_a_change_against_its_time_zh(tmp_path):
    rate = "三季度全县农村居民登记失业率为3.8%，低于上年同期{}个百分点（上年同期为4.1%）。"
    assert related_figures(rate.format("0.3"), "from_to") == [("4.1%", "3.8%")]
    assert _alarms(tmp_path, rate.format("0.3")) == []
    assert text_errors(tmp_path, rate.format("0.5"))
    amount = "上半年全县旅游收入48亿元，同比增长{}%（去年同期为40亿元）。"
    assert _alarms(tmp_path, amount.format("20")) == []
    assert text_errors(tmp_path, amount.format("12"))


def test_a_bracket_of_another_time_than_the_change_is_against_is_no_base_zh(tmp_path):
    # the change is against the same period a year ago, the bracket gives the whole year's
    text = "三季度全县农村居民登记失业率为3.8%，比上年同期下降0.3个百分点（上年为4.4%）。"
    assert related_figures(text, "from_to") == []
    assert _alarms(tmp_path, text) == []


def test_two_measures_set_against_each_other_are_no_earlier_level(tmp_path):
    # a ratio's two terms side by side: fees against costs is no move from costs to fees
    text = "Fees of $3.3 million against costs of $4.4 million left the club a cost ratio of 75%."
    assert related_figures(text, "from_to") == []
    assert _alarms(tmp_path, text) == []
    # the same measure named again after "against" is still its earlier level
    again = "Fees of $3.3 million, against fees of $2.2 million a year earlier, rose {}%."
    assert related_figures(again.format("50"), "from_to") == [("$2.2 million", "$3.3 million")]
    assert text_errors(tmp_path, again.format("40"))


def test_a_count_down_by_an_amount_on_the_year_before_then_its_percentage(tmp_path):
    text = "The depot logged 2,380 breakdowns last year, down {} on the year before, a fall of 16%."
    assert _alarms(tmp_path, text.format("453")) == []
    assert text_errors(tmp_path, text.format("353"))
    spanned = (
        "The hospital treated 4,416 stroke patients in the 12 months to June, {} more than a "
        "year earlier, an 8.1% rise."
    )
    assert _alarms(tmp_path, spanned.format("331")) == []
    assert text_errors(tmp_path, spanned.format("431"))


def test_the_three_sectors_shares_listed_respectively_add_up_to_100_zh(tmp_path):
    text = "全县第一产业、第二产业和第三产业增加值占全县生产总值的比重分别为11.4%、42.3%和{}%。"
    assert _alarms(tmp_path, text.format("46.3")) == []
    assert text_errors(tmp_path, text.format("48.3"))
    listed = "第一、二、三产业增加值占全县生产总值的比重分别为11.4%、42.3%和48.3%。"
    assert text_errors(tmp_path, listed)


def test_two_members_shares_listed_respectively_may_be_of_two_wholes_zh(tmp_path):
    # each a share of its own population: no sum to 100
    text = "城乡低保对象占比分别为3.2%和5.6%。"
    assert _alarms(tmp_path, text) == []


def test_the_base_named_by_its_time_between_a_level_and_its_change_zh(tmp_path):
    text = "报告期内，公司实现营业收入45.6亿元，上年同期为38.0亿元，同比增长{}%。"
    assert related_figures(text.format("20.0"), "from_to") == [("38.0亿元", "45.6亿元")]
    assert _alarms(tmp_path, text.format("20.0")) == []
    assert text_errors(tmp_path, text.format("22.0"))


def test_an_intake_enlarged_by_an_amount_then_its_percentage_zh(tmp_path):
    text = "今年该学院研究生计划招生3150人，比去年扩招150人，增幅{}%。"
    assert _alarms(tmp_path, text.format("5.0")) == []
    assert text_errors(tmp_path, text.format("6.0"))


def test_last_years_level_then_this_years_moved_to_zh(tmp_path):
    text = "去年全县道路交通事故1250起，今年降至1000起，降幅为{}%。"
    assert related_figures(text.format("20.0"), "from_to") == [("1250", "1000")]
    assert _alarms(tmp_path, text.format("20.0")) == []
    assert text_errors(tmp_path, text.format("25.0"))


def test_a_level_having_been_its_earlier_value_at_a_time_named_after_it(tmp_path):
    text = (
        "Wool sales rose {}% to 8.8 million kilograms, having been 8.0 million kilograms in 2027."
    )
    assert related_figures(text.format("10"), "from_to") == [
        ("8.0 million kilograms", "8.8 million kilograms")
    ]
    assert _alarms(tmp_path, text.format("10")) == []
    assert text_errors(tmp_path, text.format("12"))
    # a forecast it had been is no earlier level
    forecast = (
        "Wool sales rose to 8.8 million kilograms, having been forecast at 8.0 million in 2027."
    )
    assert related_figures(forecast, "from_to") == []


def test_a_winning_majority_between_two_tallies(tmp_path):
    text = "The mayor was re-elected with 9,412 votes to his challenger's 7,838, a majority of {}."
    assert _alarms(tmp_path, text.format("1,574")) == []
    assert text_errors(tmp_path, text.format("1,754"))


def test_a_majority_after_a_count_and_its_whole_is_no_margin_of_tallies(tmp_path):
    text = "Of the 860 members who voted, 520 backed the merger, a majority of 180."
    assert related_figures(text, "change") == []
    assert _alarms(tmp_path, text) == []


def test_the_year_before_named_after_a_change_in_traditional_script_zh(tmp_path):
    text = "本集團全年營收新台幣552億元，年增{}%，前一年為新台幣480億元。"
    assert related_figures(text.format("15.0"), "from_to") == [("480億元", "552億元")]
    assert _alarms(tmp_path, text.format("15.0")) == []
    assert text_errors(tmp_path, text.format("12.0"))
