"""Shapes of published Chinese text the drafter misread (issue 14): a change measured against
"the year before" written 比上一年 (and its 一年 taken for a length of time); a name holding a
short gloss in half-width brackets (广义货币(M2)余额) cut at the bracket, so that different
balances shared one name; quarters and halves written without their year (分季度看，一季度…)
left undated, and a change dated by the quarter of the next clause; a growth rate slowing
(放缓) read as a rise; a run of rises (连升9个月) read as a change. Invented sentences of each
shape."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import text_errors, text_findings


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind, c.metric, c.period, c.basis) for c in extract_text(text).claims]


@pytest.mark.parametrize("than", ["比上一年", "较上一年"])
def test_a_change_from_the_year_before_written_with_its_one_is_year_on_year(than):
    text = f"2031年，全县职工年平均工资为85000元，{than}增加4000元，增长4.9%。"
    claims = _claims(text)
    assert ("change", "职工年平均工资", "2031", "yoy") in claims
    assert len([c for c in claims if c[:2] == ("change", "职工年平均工资")]) == 2
    # 上一年 names a year, it is no length of one year
    assert all(m.unit != "year" for m in extract_text(text).mentions)


def test_a_change_from_the_year_before_is_checked_against_its_amount(tmp_path):
    right = "2031年，全县职工年平均工资为85000元，比上一年增加4000元，增长4.9%。"
    wrong = right.replace("增加4000元", "增加5000元")
    assert not text_errors(tmp_path, right)
    errors = text_errors(tmp_path, wrong)
    assert [f.rule for f in errors] == ["change-amount-and-percent"]


@pytest.mark.parametrize("open_, close", [("(", ")"), ("（", "）")])
def test_a_gloss_in_brackets_inside_a_chinese_name_stays_in_it(open_, close):
    text = (
        f"2031年6月末，甲类存款{open_}A1{close}余额52.30万亿元，同比增长6.2%。"
        f"乙类存款{open_}B2{close}余额18.40万亿元，同比增长3.1%。"
    )
    metrics = [c.metric for c in extract_text(text).claims if c.kind == "value"]
    assert len(set(metrics)) == 2
    assert all(m.startswith(("甲类存款", "乙类存款")) for m in metrics)


def test_balances_named_with_a_gloss_raise_no_conflict(tmp_path):
    text = (
        "2031年6月末,甲类存款(A1)余额52.30万亿元,同比增长6.2%。"
        "乙类存款(B2)余额18.40万亿元,同比增长3.1%。"
    )
    assert not [f for f in text_findings(tmp_path, text) if "conflict" in f.rule]


# ---------------------------------------------------------------- a part of a year with no year


def test_quarters_written_without_their_year_take_the_year_the_text_named():
    text = (
        "2031年，全市接待游客9.20亿人次，比上年增长35.0%。\n\n"
        "分季度看，一季度接待游客2.10亿人次，同比增长30.5%；二季度接待游客2.30亿人次，"
        "同比增长40.1%。"
    )
    periods = [(c.kind, c.period) for c in extract_text(text).claims]
    assert periods == [
        ("value", "2031"),
        ("change", "2031"),
        ("value", "2031-Q1"),
        ("change", "2031-Q1"),
        ("value", "2031-Q2"),
        ("change", "2031-Q2"),
    ]
    yoy = [c for c in extract_text(text).claims if c.kind == "change"]
    assert all(c.basis == "yoy" for c in yoy)


def test_a_half_year_without_its_year_takes_the_year_of_the_sentence_before():
    text = (
        "2031年上半年，全省入境游客6950万人次，比上年同期增长2.4%。"
        "上半年，国际旅游收入601亿美元，比上年同期增长4.3%。"
    )
    assert {c.period for c in extract_text(text).claims} == {"2031-H1"}


@pytest.mark.parametrize(
    "text",
    [
        # no year anywhere: the quarter stays undated
        "一季度接待游客2.10亿人次，同比增长30.5%。",
        # 今年 is the year of writing, which an earlier year of the text does not give
        "2030年全市接待游客9.20亿人次。今年前5个月接待游客3.10亿人次。",
        # 今年 names the year of 前三季度 written after it: no earlier year is in force
        "2030年全市接待游客9.20亿人次。今年前三季度，接待游客7.10亿人次。",
    ],
)
def test_a_part_of_a_year_no_year_of_the_text_names_stays_undated(text):
    claims = extract_text(text).claims
    assert [c.period for c in claims][-1] is None


# ---------------------------------------------------------------- slowing, runs of rises


def test_a_growth_rate_slowing_is_a_fall_in_points():
    for word in ("放缓", "放緩", "减缓"):
        text = f"2031年，全市工业增加值增长5.0%，增速比上年{word}0.6个百分点。"
        points = [c for c in extract_text(text).claims if c.value.endswith("pp")]
        assert [c.value for c in points] == ["-0.6 pp"], word


@pytest.mark.parametrize("text", ["本港零售銷售連升9個月。", "全市出口连续下降3个月。"])
def test_a_run_of_rises_counts_months_and_is_no_change(text):
    assert [c.kind for c in extract_text(text).claims] == ["value"]


def test_a_change_after_a_level_is_of_the_level_s_quarter_not_the_next_one():
    text = "2031年一季度接待游客2.10亿人次，同比增长30.5%；2031年二季度接待游客2.30亿人次。"
    assert [(c.kind, c.period) for c in extract_text(text).claims] == [
        ("value", "2031-Q1"),
        ("change", "2031-Q1"),
        ("value", "2031-Q2"),
    ]


def test_a_half_width_comma_after_a_chinese_word_ends_its_clause():
    text = "分行业看,2031年制造业增加值12.16亿元,同比增长6.5%。"
    assert {c.metric for c in extract_text(text).claims} == {"制造业增加值"}


# ---------------------------------------------------------------- bulletins' brackets and openers


def test_a_chinese_gloss_in_brackets_keeps_a_rate_apart_from_its_count(tmp_path):
    text = (
        "2031年末，全省执业(助理)医师42.8万人，注册护士50.1万人。"
        "每千人口执业(助理)医师3.04人，每千人口注册护士3.56人。"
    )
    metrics = [c.metric for c in extract_text(text).claims]
    assert len(set(metrics)) == 4
    assert not [f for f in text_findings(tmp_path, text) if "conflict" in f.rule]


def _percents(text: str) -> list:
    return [c for c in extract_text(text).claims if c.value.endswith("%")]


@pytest.mark.parametrize("bracket", ["({})", "（{}）"])
def test_a_percent_in_brackets_after_a_change_amount_restates_it(tmp_path, bracket):
    percent = bracket.format("增長3.8%")
    right = f"2031年末，全省衛生人員總數139.8萬人，比上年增加5.1萬人{percent}。"
    assert [(c.kind, c.period, c.basis) for c in _percents(right)] == [("change", "2031", "yoy")]
    assert not text_errors(tmp_path, right)
    wrong = right.replace("3.8%", "4.8%")
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["change-amount-and-percent"]


@pytest.mark.parametrize("opening", ["与上年比较，", "與上年相比,"])
def test_a_sentence_opening_on_the_year_before_measures_its_changes_by_it(opening):
    text = f"2031年末，全省医院3120个。{opening}医院增加116个，卫生院增加75个。"
    changes = [c for c in extract_text(text).claims if c.kind == "change"]
    assert [(c.period, c.basis) for c in changes] == [("2031", "yoy"), ("2031", "yoy")]


@pytest.mark.parametrize(
    "second_base",
    ["比上年增长6.0%", "同比增长6.0%", "较去年同期增长6.0%"],
)
def test_a_revision_of_a_first_estimate_is_no_amount_of_the_growth_on_a_year(tmp_path, second_base):
    # a revised figure, its difference from the first estimate, then its growth on the year
    # before: two bases the text names, so the percentage is no percentage of the amount
    text = f"经核实，2031年全县粮食产量为80万吨，比初步核算数增加3万吨，{second_base}。"
    assert not [f for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")]
    # against one base the two forms of a change are still checked against each other
    same = f"2031年全县粮食产量为80万吨，比上年增加3万吨，{second_base}。"
    assert [f.rule for f in text_errors(tmp_path, same)] == ["change-amount-and-percent"]


@pytest.mark.parametrize(
    "by_sex",
    [
        # each part's share of the population between the parts, then the ratio
        "按性别分，男性41000人，占总人口的51.3%；女性39000人，占总人口的48.7%，性别比为105.1。",
        # the ratio named after the population itself
        "按性别分，男性41000人，女性39000人，总人口性别比为105.1。",
    ],
)
def test_a_sex_ratio_is_no_whole_of_the_next_breakdown_of_the_population(tmp_path, by_sex):
    right = f"年末全县户籍人口80000人。{by_sex}按城乡分，城镇人口30000人；乡村人口50000人。"
    assert not [f for f in text_findings(tmp_path, right) if f.severity in ("error", "warning")]
    # the urban and rural counts are still the parts of the population stated before
    wrong = right.replace("乡村人口50000人", "乡村人口53000人")
    errors = text_errors(tmp_path, wrong)
    assert [f.rule for f in errors] == ["sum"]
    assert "80000" in errors[0].message


# 新增 before a part's figure is the newly added count itself, no change: "其中返乡人员新增500人"
# is a part of the whole 新增 before it; 比上年新增6所 stays a change on the year before
@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("全市新增城镇就业1200人，其中返乡人员新增500人。", []),
        ("全市新增城镇就业1200人，其中返乡人员新增1500人。", ["part-whole"]),
        ("全省新增病例349例（其中：省会新增215例）。", []),
        ("全省新增病例349例（其中：省会新增415例）。", ["part-whole"]),
    ],
)
def test_a_part_newly_added_after_a_newly_added_whole_is_its_part(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules
    assert all(c.kind != "change" for c in extract_text(text).claims)


@pytest.mark.parametrize("than", ["比上年", "较上年同期", "比上月"])
def test_newly_added_against_an_earlier_period_stays_a_change(than):
    text = f"年末全市共有幼儿园80所，{than}新增6所。"
    assert [c.kind for c in extract_text(text).claims] == ["value", "change"]
