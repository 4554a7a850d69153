"""Changes, gaps and comparisons between figures the text states (issue 14): each shape read
from invented sentences, in several wordings, checked end to end (a wrong figure gives an
error, a right one nothing), and the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from checker.extraction.textcheck import check_texts

from .text_checks import text_errors


def _relations(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    extraction = extract_text(text)
    return [
        (
            relation.type,
            tuple(extraction.mentions[m].number for m in relation.mentions if m is not None),
            relation.stated,
        )
        for relation in extraction.relations
    ]


def _findings(tmp_path, text: str) -> list:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    return [f for f in check_texts([article]).findings if f.severity != "info"]


# ---------------------------------------------------------------- a gap in points


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Farm output rose 3.2 percent, which was 1.1 percentage points lower than the "
            "4.3 percent of industry.",
            ("1.1", "4.3", "3.2"),
        ),
        (
            "Exports of machinery grew 9.1% last month, 2.3 percentage points faster than the "
            "6.8% of all exports.",
            ("2.3", "6.8", "9.1"),
        ),
        (
            "Its unemployment rate was 6.1%, 1.3 points above the national rate of 4.8%.",
            ("1.3", "4.8", "6.1"),
        ),
        ("The birth rate fell to 1.2%, 0.4 points below the 1.6% of the year before.", None),
    ],
)
def test_a_gap_in_points_between_two_rates_of_the_sentence(text, expected):
    gaps = [r for r in _relations(text) if r[0] == "change"]
    if expected is None:  # the earlier rate given: still a gap between two stated rates
        assert [r[1] for r in gaps] == [("0.4", "1.6", "1.2")]
    else:
        assert gaps == [("change", expected, True)]


@pytest.mark.parametrize(
    "gap, wrong",
    [("1.1 percentage points lower", "1.1 percentage points higher"), ("0.4 points", "4 points")],
)
def test_a_gap_in_points_is_checked_with_its_sign(tmp_path, gap, wrong):
    if gap.startswith("0.4"):
        right = "Wages rose 2.4%, 0.4 points faster than the 2.0% of prices."
    else:
        right = f"Farm output rose 3.2 percent, {gap} than the 4.3 percent of industry."
    assert _findings(tmp_path, right) == []
    errors = _findings(tmp_path, right.replace(gap, wrong))
    assert [f.rule for f in errors] == ["comparison-points"]


def test_a_gap_in_points_to_a_rate_named_before_is_stated(tmp_path):
    text = (
        "Household spending on durable goods rose 6.5% in 2020. Spending on furniture grew "
        "12.0%, 5.5 percentage points faster than that of household spending on durable goods."
    )
    assert ("change", ("5.5", "6.5", "12.0"), True) in _relations(text)
    assert _findings(tmp_path, text) == []
    errors = _findings(tmp_path, text.replace("5.5 percentage", "3.5 percentage"))
    assert [f.rule for f in errors] == ["comparison-points"]
    other = "Sales in the north grew by 4.1%. Sales in the south grew by 7.5%, or 3.4 "
    assert ("change", ("3.4", "4.1", "7.5"), True) in _relations(
        other + "percentage points more than sales in the north."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Investment in the city rose 2.1 percent. Infrastructure investment grew 4.0 percent, "
        "1.9 percentage points higher than the average.",
        "全省规模以上工业增加值增长5.0%。其中，装备制造业增长8.1%，高于全省平均水平3.1个百分点。",
        "全县农业总产值增长2.0%。其中，渔业产值增长6.7%，比全县平均水平快4.7个百分点。",
    ],
)
def test_a_gap_to_the_average_is_a_reading_only(tmp_path, text):
    (gap,) = [r for r in _relations(text) if r[0] == "change"]
    assert gap[2] is False and len(gap[1]) == 3
    wrong = text.replace("1.9 percentage", "9.9 percentage").replace("3.1个", "1.1个")
    wrong = wrong.replace("4.7个", "2.7个")
    assert all(f.severity != "error" for f in _findings(tmp_path, wrong))


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate was 5.2%, 0.3 points higher than a year earlier.",
        "Car sales grew 11.4%, 1.6 percentage points faster than in the first quarter.",
        "城镇调查失业率为5.2%，比上年提高0.3个百分点。",
        "Prices rose 2.0%. Rents rose 3.0%, 1.0 percentage point higher than the average of 2019.",
    ],
)
def test_a_gap_from_an_earlier_time_links_nothing(text):
    assert [r for r in _relations(text) if r[0] == "change"] == []


# ---------------------------------------------------------------- a margin named as such


@pytest.mark.parametrize(
    "right, wrong",
    [
        (
            "2020年甲市接待游客520万人次,乙市接待游客480万人次,两市相差40万人次。",
            "2020年甲市接待游客520万人次,乙市接待游客480万人次,两市相差60万人次。",
        ),
        (
            "甲县粮食产量为31.5万吨,乙县为29.5万吨,两者之间有2万吨的差距。",
            "甲县粮食产量为31.5万吨,乙县为29.5万吨,两者之间有5万吨的差距。",
        ),
    ],
)
def test_a_margin_named_in_chinese_is_checked(tmp_path, right, wrong):
    assert _findings(tmp_path, right) == []
    errors = _findings(tmp_path, wrong)
    assert [f.rule for f in errors] == ["comparison-absolute"]


@pytest.mark.parametrize(
    "text",
    [
        "公报称全年新登记企业8.6万户,各月数字加总为8.1万户,与公报数字有0.5万出入。",
        "The agency counted 4,210 claims, yet its monthly tables add up to 4,010 claims, "
        "a discrepancy of 200 claims.",
    ],
)
def test_a_discrepancy_between_two_figures_is_reported(tmp_path, text):
    """The text itself says the two figures disagree: one quantity stated twice."""
    errors = _findings(tmp_path, text)
    assert [f.rule for f in errors] == ["conflict"]
    assert "4,010" in errors[0].message or "8.1" in errors[0].message


def test_a_margin_is_no_discrepancy(tmp_path):
    text = "Alpha sold 900 cars while Beta sold 700 cars, a gap of 200 cars."
    assert _findings(tmp_path, text) == []
    assert _findings(tmp_path, text.replace("200", "300"))[0].rule == "comparison-absolute"


# ---------------------------------------------------------------- an amount carrying a total


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The firm hired 200 engineers in 2019, taking its staff from 1,000 to 1,200.",
            ("200", "1,000", "1,200"),
        ),
        (
            "About 2 million new users joined over the next two years, bringing the total "
            "number of users from 5 million to 7 million.",
            ("2", "5", "7"),
        ),
        (
            "The plant shed 450 jobs, cutting its workforce from 3,200 to 2,750.",
            ("450", "3,200", "2,750"),
        ),
        (
            "The council raised $4 million, taking its reserves to $12 million from $9 million.",
            ("4", "9", "12"),
        ),
    ],
)
def test_an_amount_carrying_a_total_between_two_levels(text, expected):
    assert ("change", expected, True) in _relations(text)


def test_an_amount_carrying_a_total_is_checked(tmp_path):
    right = "The plant shed 450 jobs, cutting its workforce from 3,200 to 2,750."
    assert _findings(tmp_path, right) == []
    errors = _findings(tmp_path, right.replace("450", "650"))
    assert [f.rule for f in errors] == ["comparison-absolute"]


def test_two_amounts_before_the_levels_carry_nothing():
    text = "Sales were 300 units in May and 200 units in June, taking stock from 900 units to 400 units."
    assert [r for r in _relations(text) if r[0] == "change"] == []


# ---------------------------------------------------------------- more shapes of a change


@pytest.mark.parametrize(
    "text, expected",
    [
        ("利润由2019年的120亿元增至2020年的150亿元，增长25%。", ("25", "120", "150")),
        ("全县常住人口从3.2万人下降到2.9万人，减少0.3万人。", ("0.3", "3.2", "2.9")),
        ("Tuition went up from $10,000 to $12,500, or 25%.", ("25", "10,000", "12,500")),
        (
            "The deficit narrowed to $300 billion from $420 billion, a drop of $120 billion.",
            ("120", "420", "300"),
        ),
        (
            "Enrolment went from 800 to 1,000 -- an increase of about 25 percent.",
            ("25", "800", "1,000"),
        ),
        (
            "The firm employs 5,000 people, 1,000 more than its rival's 4,000.",
            ("1,000", "4,000", "5,000"),
        ),
        ("Alpha has 3,200 staff, 800 fewer than the 4,000 of Beta.", ("800", "4,000", "3,200")),
        (
            "Imports reached 900 tonnes. This is 4.5 times the 2010 figure of 200 tonnes.",
            ("4.5", "200", "900"),
        ),
        (
            "Wages grew 4% while prices rose 6%, a gap of 2 percentage points.",
            ("2", "4", "6"),
        ),
        (
            "Exports fell 3.5% and imports fell 1.0%, a gap of 2.5 percentage points.",
            ("2.5", "1.0", "3.5"),
        ),
        ("两地增速分别为6.5%和5.0%，相差1.5个百分点。", ("1.5", "5.0", "6.5")),
    ],
)
def test_a_change_between_two_stated_figures(tmp_path, text, expected):
    assert ("change", expected, True) in _relations(text)
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, slip",
    [
        ("利润由2019年的124.6亿元增至2020年的155.8亿元，增长25.0%。", ("25.0%", "35.0%")),
        ("Tuition went up from $10,250 to $12,300, or 20%.", ("20%", "30%")),
        (
            "The deficit narrowed to $300 billion from $420 billion, a drop of $120 billion.",
            ("$120", "$150"),
        ),
        ("Alpha has 3,260 staff, 790 fewer than the 4,050 of Beta.", ("790 fewer", "690 fewer")),
        (
            "Exports fell 3.5% and imports fell 1.0%, a gap of 2.5 percentage points.",
            ("2.5 perc", "4.5 perc"),
        ),
    ],
)
def test_a_slipped_change_between_two_stated_figures_is_an_error(tmp_path, text, slip):
    errors = _findings(tmp_path, text.replace(*slip))
    assert len(errors) == 1 and errors[0].severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose from £900 to £1,000, or 30% of the average wage.",
        "Sales grew from $5 million to $6 million, or £4 million.",
        "Alpha lost 900 members while Beta lost 700 members, a gap of 200 members.",
    ],
)
def test_look_alikes_of_a_change_after_its_levels_raise_nothing(tmp_path, text):
    assert [f for f in _findings(tmp_path, text) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The city had 1,240 buses in 2020, up 280 from 960 in 2015.",
        "Profit was $5.43m, down $0.62m from $6.05m a year earlier.",
        "Membership stood at 4,530, an increase of 710 on the 3,820 of last year.",
    ],
)
def test_a_level_up_an_amount_from_another(tmp_path, text):
    assert any(r[0] == "change" and r[2] for r in _relations(text))
    assert _findings(tmp_path, text) == []
    slipped = text.replace("280", "310").replace("0.62m", "0.92m").replace("710", "610")
    assert [f.severity for f in _findings(tmp_path, slipped)] == ["error"]


def test_a_chinese_period_before_its_figure_dates_it():
    extraction = extract_text("利润由2019年的124.6亿元增至2020年的155.8亿元，增长25.0%。")
    periods = [c.period for c in extraction.claims if c.kind == "value"]
    assert periods == ["2019", "2020"]
    assert {c.metric for c in extraction.claims} == {"利润"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2031, ferry fares brought in $5.4m, up 8% on a year earlier.",
        "In 2031, ferry fares brought in $5.4m, up 8% on last year.",
        "Ferry fares rose 8% in 2031 from the year before to $5.4m.",
        "In 2031, ferry fares brought in $5.4m, 8% more than last year.",
    ],
)
def test_a_change_on_the_year_before_is_year_on_year(text):
    (change,) = [c for c in extract_text(text).claims if c.kind == "change"]
    assert (change.basis, change.period) == ("yoy", "2031")


def test_a_change_on_the_year_is_not_read_as_year_on_year():
    # a market's "up 8% on the year" is since the year began
    text = "In 2031, the index closed at 5,400, up 8% on the year."
    (change,) = [c for c in extract_text(text).claims if c.kind == "change"]
    assert change.basis is None


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a year in Chinese digits, a circle for its zero as Taiwan's press sets it
        ("二〇三一年，全县茶叶产值为86.4亿元，比上年增长7.5%。", ["2031", "2031"]),
        ("二○三一年全县茶叶产值86.4亿元。", ["2031"]),
        ("一九九八年全县茶叶产值为8.6亿元。", ["1998"]),
        # months in Chinese numerals, alone or as a span, after a year in either writing
        ("二〇三一年三月，全县茶叶出口额为2.6亿元。", ["2031-03"]),
        ("2031年十二月份，全县茶叶出口额为2.6亿元。", ["2031-12"]),
        ("二〇三一年一至十一月，全县茶叶出口额为26.4亿元。", ["2031-01..2031-11"]),
        # the first months of a year the text writes, in Simplified or Traditional script
        ("2031年前11个月，全县茶叶出口额为26.4亿元。", ["2031-01..2031-11"]),
        ("二〇三一年首九個月的茶葉出口額為26.4億元。", ["2031-01..2031-09"]),
        # a numeral before 月 after another Chinese character is no month (统一月度)
        ("2031年统一月度结算的茶叶出口额为2.6亿元。", ["2031"]),
    ],
)
def test_years_and_months_in_chinese_numerals_date_their_figures(text, periods):
    extraction = extract_text(text)
    assert [c.period for c in extraction.claims] == periods
    # quotes stay as the text writes them
    assert all(extraction.document.text[c.quote[0] : c.quote[1]] in text for c in extraction.claims)
    # and the time opening the sentence is no part of the name
    assert all(not c.metric.startswith(("年", "月")) for c in extraction.claims)
    assert all(not c.metric[0].isdigit() for c in extraction.claims)


@pytest.mark.parametrize(
    ("in_chinese_digits", "in_ascii_digits"),
    [
        (
            "二〇二九至二〇三一年，全县茶叶产值年均增长8.5%。",
            "2029至2031年，全县茶叶产值年均增长8.5%。",
        ),
        ("二〇二九—二〇三一年全县茶叶产值年均增长8.5%。", "2029—2031年全县茶叶产值年均增长8.5%。"),
    ],
)
def test_a_range_of_years_in_chinese_digits_is_read_as_the_range_in_digits(
    in_chinese_digits, in_ascii_digits
):
    # the first year has no 年 of its own: the range is not its last year alone
    claims = extract_text(in_chinese_digits).claims
    assert [(c.kind, c.period) for c in claims] == [
        (c.kind, c.period) for c in extract_text(in_ascii_digits).claims
    ]
    assert all(c.period != "2031" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "水务局2030年发布规划,预估到2035年每年用水成长率为2.0%,但统计出炉,去年用水量高达12.5亿"
        "立方米、年增4.1%,为十年来最高。",
        "规划预计到2035年用水量年均增长2.0%，但统计显示，去年全市用水量达到12.5亿立方米、增长4.1%，"
        "为十年来最高。",
    ],
)
def test_a_figure_of_a_year_the_text_leaves_unresolved_takes_no_other_clauses_year(text):
    # 去年 with no date to say which year: its figures are of no year the drafter knows, not
    # of the target year an earlier clause names
    periods = {c.value: c.period for c in extract_text(text).claims}
    assert periods["2.0 %"] == "2035"
    assert [periods[v] for v in ("12.5 亿 m**3", "+4.1 %", "10 year")] == [None, None, None]


def test_a_change_between_years_in_chinese_digits_is_checked_as_between_years_in_digits(
    tmp_path,
):
    text = "二〇三〇年，全县茶叶产量为500吨。二〇三一年，全县茶叶产量为560吨，比上年增长12%。"
    article = tmp_path / "article.txt"
    for written, rules in ((text, []), (text.replace("12%", "20%"), ["yoy"])):
        article.write_text(written + "\n", encoding="utf-8")
        # levels of two sentences: a note, as with years in digits
        assert [f.rule for f in check_texts([article]).findings if f.rule == "yoy"] == rules


# ---------------------------------------------------------------- across two sentences


@pytest.mark.parametrize(
    "text",
    [
        "Average rents stood at £1,040 in 2019. They have since risen to £1,300, a jump of 25 "
        "per cent.",
        "Its debt was $3.12 billion in 2015. It has now fallen to $2.34 billion, a drop of 25%.",
        "The price was 48.2 euros last spring. It then climbed to 60.25 euros, up 25 percent.",
    ],
)
def test_a_pronoun_carries_the_level_before_to_a_new_one(tmp_path, text):
    relations = _relations(text)
    assert [r[0] for r in relations if r[2]] == ["from_to", "change"]
    assert _findings(tmp_path, text) == []
    slipped = text.replace("25", "35")
    assert [f.severity for f in _findings(tmp_path, slipped)] == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        "Rents stood at £1,000 in 2019. Prices have since risen to £1,250, a jump of 25 per cent.",
        "Rents stood at £1,000 in 2019 and £900 in 2018. They have since risen to £1,250.",
        "Rents stood at £1,000 in 2019. Since then they rose 25 per cent.",
    ],
)
def test_no_pronoun_or_two_levels_before_links_nothing_across(text):
    relations = _relations(text)
    assert not any(r[0] == "change" for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        "The chain said its takings climbed 1.6% to $8.84 billion. This was up from $8.70 billion "
        "a year earlier.",
        "Ticket income fell 6.5% to 412 million euros. That compares with 440.5 million euros in "
        "the same quarter last year.",
        "Group turnover slipped 3.2% to £2.13 billion. It was down from £2.2 billion last year.",
    ],
)
def test_a_pronoun_gives_the_base_of_the_level_before(tmp_path, text):
    relations = _relations(text)
    assert [r[0] for r in relations if r[2]] == ["from_to", "change"]
    assert _findings(tmp_path, text) == []
    slipped = text.replace("1.6%", "6.1%").replace("6.5%", "9.5%").replace("3.2%", "8.2%")
    assert [f.severity for f in _findings(tmp_path, slipped)] == ["error"]


def test_a_pronoun_pairs_each_level_before_with_its_base_in_order():
    text = (
        "Its net income fell to $318 million, or $0.61 per share. This was down from $352 "
        "million, or $0.68 per share, in the prior year."
    )
    pairs = [r[1] for r in _relations(text) if r[0] == "from_to"]
    assert pairs == [("352", "318"), ("0.68", "0.61")]


@pytest.mark.parametrize(
    "text",
    [
        "The shop sold 3,000 bikes in May, 10% more than in April. This was up from 2,500 a year "
        "earlier.",
        "The shop sold 3,000 bikes in May, up 10% on April. That compares with 2,500 a year "
        "earlier.",
    ],
)
def test_a_change_naming_its_own_base_takes_no_base_from_the_next_sentence(tmp_path, text):
    """A change that names the time it is measured against ("more than in April") is not the
    change from the base the next sentence gives ("a year earlier"): a false error before."""
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no pronoun for the level before: another quantity's figure
        "The chain said its takings climbed 1.6% to $8.84 billion. Rivals were up from $8.70 "
        "billion.",
        # the levels do not match one for one (a count against an amount)
        "Takings climbed 1.6% to $8.84 billion. That compares with 7,120 stores a year earlier.",
        # a sentence between
        "Takings climbed 1.6% to $8.84 billion. Stores numbered 7,120. This was up from $8.70 "
        "billion.",
    ],
)
def test_no_base_across_without_a_pronoun_for_matching_levels(text):
    assert not any(r[0] == "change" and r[2] for r in _relations(text))


@pytest.mark.parametrize(
    "text, gap",
    [
        (
            "全市限额以上零售额同比增长4.2%。汽车类零售额同比增长7.9%,增速比全市限额以上零售额快3.7个百分点。",
            ("3.7", "4.2", "7.9"),
        ),
        (
            "規模以上服務業營業收入同比增長8.3%。信息服務業營業收入增長12.1%，增速比規模以上服務業高3.8個百分點。",
            ("3.8", "8.3", "12.1"),
        ),
    ],
)
def test_a_gap_to_a_rate_named_in_chinese_before(tmp_path, text, gap):
    assert [r for r in _relations(text) if r[0] == "change"] == [("change", gap, True)]
    assert _findings(tmp_path, text) == []
    slipped = text.replace("3.7个", "5.7个").replace("3.8個", "5.8個")
    assert [f.severity for f in _findings(tmp_path, slipped)] == ["error"]


def test_gaps_listed_respectively_pair_with_the_rates_in_order(tmp_path):
    text = (
        "规模以上工业增加值同比增长5.2%。仪器仪表和医药行业增加值同比分别增长9.6%和7.0%,"
        "增速分别比规模以上工业快4.4和1.8个百分点。"
    )
    changes = [r[1] for r in _relations(text) if r[0] == "change"]
    assert changes == [("4.4", "5.2", "9.6"), ("1.8", "5.2", "7.0")]
    assert _findings(tmp_path, text) == []
    # without "respectively" the lists are not paired: nothing is read across them
    loose = text.replace("分别", "")
    assert not any(r[0] == "change" for r in _relations(loose))
    assert [f.severity for f in _findings(tmp_path, text.replace("1.8个", "2.8个"))] == ["error"]


def test_a_chinese_name_held_by_several_rates_before_is_a_reading_only():
    text = (
        "规模以上工业增加值同比增长5.2%,规模以上工业利润增长3.0%。"
        "仪器仪表行业增加值增长9.6%,增速比规模以上工业快4.4个百分点。"
    )
    assert [r[2] for r in _relations(text) if r[0] == "change"] in ([], [False])


def test_a_factor_and_the_two_figures_it_compares_are_a_reading(tmp_path):
    text = "Imports were twice as high as exports, with 410 tonnes and 150 tonnes."
    assert ("change", ("2", "150", "410"), False) in _relations(text)
    # the reading never gives more than a note
    assert [f for f in _findings(tmp_path, text) if f.severity == "error"] == []
    # a change over time is no comparison of the two
    assert _relations("Imports doubled to 400 tonnes; exports were 150 tonnes.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The deficit was estimated at $423 billion in February, and revised downwards to a "
        "current estimate of $296 billion. The difference is $127 billion.",
        "Sales rose from 1,210 units to 1,460 units. The difference was 250 units.",
        "The bill was put at £4.23m, but later raised to £5.14m. The gap between the two "
        "figures is £0.91m.",
    ],
)
def test_the_difference_of_the_pair_before(tmp_path, text):
    assert [r[0] for r in _relations(text)] == ["from_to", "change"]
    assert _findings(tmp_path, text) == []
    slipped = text.replace("127", "157").replace("250 units", "350 units")
    slipped = slipped.replace("0.91m", "1.91m")
    assert [f.severity for f in _findings(tmp_path, slipped)] == ["error"]


def test_a_difference_with_no_pair_before_is_a_level():
    text = "Sales were 1,210 units. The difference was 250 units."
    assert _relations(text) == []


@pytest.mark.parametrize(
    ("text", "amount", "percent", "level"),
    [
        ("House prices rose 4.5% to £285,000, an increase of £12,300.", "12,300", "4.5", "285,000"),
        ("Sales climbed $12.3 million to $285 million, a rise of 4.5%.", "12.3", "4.5", "285"),
        ("The levy fell 3% to $8.1 million (down $250,000).", "250,000", "3", "8.1"),
        ("全市社会消费品零售总额同比增长4.5%，达到285亿元，增加12.3亿元。", "12.3", "4.5", "285"),
        ("全年粮食产量下降3%至810万吨，减少25万吨。", "25", "3", "810"),
    ],
)
def test_a_change_to_a_level_then_the_change_in_its_other_form(text, amount, percent, level):
    relations = _relations(text)
    assert ("change_of", (amount, level), True) in relations
    assert ("change_of", (percent, level), True) in relations


@pytest.mark.parametrize(
    "text",
    [
        # a restatement of the level, no change
        "Sales rose 4.5% to $285 million, or $300 million at constant prices.",
        # two percentages: another measure of the change, not the amount
        "Sales rose 4.5% to $285 million, a gain of 7% in volume.",
    ],
)
def test_a_figure_after_a_changed_level_that_is_not_its_other_change(text):
    assert [r for r in _relations(text) if r[0] == "change_of"] == []


def test_a_change_to_a_level_and_its_amount_that_disagree_are_an_error(tmp_path):
    wrong = (
        "In 2030, house prices rose 4.5% from a year earlier to £285,000, an increase of £21,300."
    )
    right = (
        "In 2030, house prices rose 4.5% from a year earlier to £285,000, an increase of £12,300."
    )
    errors = [f for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert len(errors) == 1 and "21,300" in errors[0].message
    assert _findings(tmp_path, right) == []


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The budget is $2.4 billion, 9% more than last year's $2.2 billion.", ("9", "2.2", "2.4")),
        ("The fee of £540 is 10% lower than the previous year's £600.", ("10", "600", "540")),
        ("Acme sold 1,300 units, 30% more than its rival's 1,000.", ("30", "1,000", "1,300")),
        (
            "He earns $150,000, three times the national average of $50,000.",
            ("3", "50,000", "150,000"),
        ),
        (
            "The chief executive was paid $4.2 million, 120 times the median employee pay of "
            "$35,000.",
            ("120", "35,000", "4.2"),
        ),
        (
            "Rents in the capital reach £2,400, twice the regional average of £1,200.",
            ("2", "1,200", "2,400"),
        ),
    ],
)
def test_a_figure_compared_with_another_named_by_whose_or_as_an_average(text, joined):
    assert ("change", joined, True) in _relations(text)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The budget is $2.4 billion, 20% more than last year's $2.2 billion.",
            "The budget is $2.4 billion, 9% more than last year's $2.2 billion.",
        ),
        (
            "Rents in the capital reach £2,400, three times the regional average of £1,200.",
            "Rents in the capital reach £2,400, twice the regional average of £1,200.",
        ),
    ],
)
def test_a_comparison_with_last_years_figure_or_an_average_is_checked(tmp_path, wrong, right):
    assert [f.rule for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert _findings(tmp_path, right) == []


@pytest.mark.parametrize(
    ("text", "amount", "percent", "level"),
    [
        ("Spending will increase by $2 billion, or 4%, to $52 billion.", "2", "4", "52"),
        ("Spending is set to rise by $2 billion, or 4%, to $52 billion.", "2", "4", "52"),
        ("The council plans to reduce by £1.5m, or 6%, to £23.5m.", "1.5", "6", "23.5"),
    ],
)
def test_a_change_by_an_amount_in_the_present_or_future(text, amount, percent, level):
    relations = _relations(text)
    assert ("change_of", (amount, level), True) in relations
    assert ("change_of", (percent, level), True) in relations


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "The plant's output of 12,000 cars was 20% below the 15,000 it made in 2029.",
            ("20", "15,000", "12,000"),
        ),
        ("Fares of $66 are 10% above the $60 charged by its rival.", ("10", "60", "66")),
    ],
)
def test_a_figure_a_percentage_above_or_below_another(text, joined):
    assert ("change", joined, True) in _relations(text)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The team won 42 of its 60 games, or 70%.", ("70", "42", "60")),
        ("The chain closed 18 of their 240 stores, or 7.5%.", ("7.5", "18", "240")),
    ],
)
def test_a_count_of_its_whole_with_its_share(text, joined):
    assert ("share", joined, True) in _relations(text)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "2030年全市财政收入480.6亿元，比上年增长6.2%，增收38.1亿元。",
            "2030年全市财政收入480.6亿元，比上年增长6.2%，增收28.1亿元。",
        ),
        (
            "2030年全县社会消费品零售总额5120.4亿元，比上年增长6%，增加389.9亿元。",
            "2030年全县社会消费品零售总额5120.4亿元，比上年增长6%，增加289.9亿元。",
        ),
        (
            "In 2030 the city's revenue was 48.3 billion yuan, up 6.2% from a year earlier, an "
            "increase of 4.8 billion yuan.",
            "In 2030 the city's revenue was 48.3 billion yuan, up 6.2% from a year earlier, an "
            "increase of 2.8 billion yuan.",
        ),
    ],
)
def test_a_level_its_dated_change_then_the_amount_of_it(tmp_path, wrong, right):
    """The amount after a level's dated percentage is the same change: it takes the span."""
    errors = [f for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert [f.rule for f in errors] == ["change-amount-and-percent"]
    assert _findings(tmp_path, right) == []


def test_an_amount_named_as_a_change_is_no_base_of_the_change_before_it():
    text = (
        "In 2030 the city's revenue was 48.3 billion yuan, up 6.2% from a year earlier, an "
        "increase of 2.8 billion yuan."
    )
    assert not any(kind == "from_to" for kind, _, _ in _relations(text))


def test_a_change_on_a_named_period_is_not_the_change_from_a_level_after_it():
    """ "up 4% on the previous year but below the 2.9 million of 2018": the change is against
    the previous year, the later figure another time's level; the previous year's own level
    is still the base."""
    for text in (
        "Ferry crossings rose to 2.3 million in the year to May, up 4% on the previous year "
        "but still below the 2.9 million made in 2018.",
        "Ferry crossings rose to 2.3 million, up 4% from a year earlier, while the 2.9 million "
        "of 2018 is still far off.",
    ):
        assert not [r for r in _relations(text) if r[0] == "change"], text
    based = _relations("Operating profit was $3bn, up 23% on the previous year's $2.4bn.")
    assert ("change", ("23", "2.4", "3"), True) in based


def test_a_real_terms_change_is_not_the_change_of_current_price_levels():
    real = "Road spending will rise from $81 billion to $96 billion, a real-terms increase of 2.1% a year."
    assert not [r for r in _relations(real) if r[0] == "change"]
    cash = "Road spending will rise from $81 billion to $96 billion, an increase of 18.5%."
    assert [r for r in _relations(cash) if r[0] == "change"]


def test_a_list_down_to_the_rest_after_a_share_of_the_sentence_before_is_not_summed():
    """The breakdown may have opened in the sentence before ("Coal provided 41% of the
    power."): its shares alone are not all of the whole."""
    listed = (
        "Gas provided 22%, hydro 12%, wind 9% and biomass 5%, with the remaining 52% from coal."
    )
    assert [r for r in _relations(listed) if r[0] == "shares_sum_100"]
    after = "Coal provided 41% of the grid's power in 2025. " + listed.replace("52%", "11%")
    assert not [r for r in _relations(after) if r[0] == "shares_sum_100"]


def test_a_percentage_restating_n_in_m_after_two_levels_is_no_change_between_them(tmp_path):
    """ "from one in four to about one in eight, or 12.6%": the percentage restates the later
    level (checked against it), it is not the change between the two."""
    text = (
        "One in five adults in the county drank daily in 2004; by 2024 the figure had fallen "
        "to about one in ten, or {}."
    )
    assert not [r for r in _relations(text.format("10.3%")) if r[0] == "change"]
    assert not [f for f in _findings(tmp_path, text.format("10.3%")) if f.severity != "note"]
    wrong = [f for f in _findings(tmp_path, text.format("30.1%")) if f.severity == "error"]
    assert len(wrong) == 1 and "30.1 %" in wrong[0].message


def test_a_level_dated_by_this_year_before_its_change_and_base():
    text = "Growers picked 8.4 million tonnes of pears this year, down 9% from last year's 9.2 million tonnes."
    assert ("change", ("9", "9.2", "8.4"), True) in _relations(text)


def test_a_margin_in_points_between_two_shares_of_the_vote(tmp_path):
    text = "Ana Ruiz won the council seat with 58.2% of the vote to 41.8% for Ben Cole, a margin of {} points."
    assert not [f for f in _findings(tmp_path, text.format("16.4")) if f.severity != "note"]
    wrong = [f for f in _findings(tmp_path, text.format("14.6")) if f.severity == "error"]
    assert len(wrong) == 1 and "14.6 pp" in wrong[0].message


def _values(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # levels that are themselves changes, written negative, and a revision between them
        (
            "The change for March was revised down by 45,000, from -120,000 to -165,000.",
            [("change", "-45,000"), ("value", "-120,000"), ("value", "-165,000")],
        ),
        ("The county's net migration was -1,300 in 2031.", [("value", "-1,300")]),
        # Chinese: a sign after Chinese text, before 个百分点 and before %, over the word 增长
        ("2031年净出口拉动经济增长-0.3个百分点。", [("change", "-0.3 pp")]),
        ("2031年全省出口同比增长-2.5%，上年为-1.5%。", [("change", "-2.5 %"), ("value", "-1.5 %")]),
        # a dash opening a line of words is a bullet; a figure alone on its line is a cell
        (
            "Party results:\n-24% of the vote\n-88 seats (14% of seats)\n",
            [("share", "24 %"), ("value", "88"), ("share", "14 %")],
        ),
        ("Growth (%)\n-3.4\n", [("value", "-3.4")]),
    ],
)
def test_a_figure_keeps_the_sign_it_is_written_with(text, expected):
    assert _values(text) == expected


def test_a_revision_between_negative_levels_is_no_error(tmp_path):
    text = "The change for March was revised down by 45,000, from -120,000 to -165,000.\n"
    assert text_errors(tmp_path, text) == []
    wrong = "The change for March was revised down by 54,000, from -120,000 to -165,000.\n"
    assert text_errors(tmp_path, wrong) != []


@pytest.mark.parametrize(
    "text",
    [
        "Home sales fell by 4 per cent to 48,210 compared with 50,130 in April 2030.",
        "Home sales fell by 4 per cent to 48,210 - compared with 50,130 in April 2030.",
        "Passenger numbers rose 6% to 1,590 compared to 1,500 a year earlier.",
    ],
)
def test_a_change_to_a_level_compared_with_its_base(tmp_path, text):
    kinds = [r[0] for r in _relations(text)]
    assert "from_to" in kinds and "change" in kinds
    assert text_errors(tmp_path, text) == []
    wrong = text.replace("by 4 per cent", "by 14 per cent").replace("rose 6%", "rose 16%")
    assert [e.rule for e in text_errors(tmp_path, wrong)] == ["comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "The trade gap widened 8% to $51.3 billion in May from a revised $47.5 billion in April.",
        "The jobless rate rose 0.2 points from an upwardly revised 4.3% to 4.5%.",
    ],
)
def test_a_pair_whose_earlier_level_is_revised(tmp_path, text):
    assert "from_to" in [r[0] for r in _relations(text)]
    assert text_errors(tmp_path, text) == []
    wrong = text.replace("widened 8%", "widened 18%").replace("0.2 points", "0.4 points")
    assert text_errors(tmp_path, wrong) != []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb of change with its object and the percentage, "by" or not
        ("The harbour board raised the mooring levy 6.2 percent to $3.1 million.", "+6.2 %"),
        ("The ferry firm lifted fares 3% last month.", "+3 %"),
        # a way down: lowered, trimmed
        ("The harbour board lowered the mooring fee by 2%.", "-2 %"),
        ("Officials trimmed the harbour budget 2% this year.", "-2 %"),
    ],
)
def test_a_verb_of_change_its_object_and_a_percentage_is_a_change_of_its_way(text, value):
    assert [c.value for c in extract_text(text).claims if c.kind == "change"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board raised its mooring levy to 6.2 percent.",  # the level reached
        "The harbour charity raised $5 million, 40% of its goal.",  # money raised
    ],
)
def test_a_level_raised_to_or_money_raised_is_no_change(text):
    assert [c.kind for c in extract_text(text).claims if c.kind == "change"] == []


def test_a_percentage_a_year_between_two_dated_levels_is_an_annual_rate(tmp_path):
    # "2% a year" compounds over the span: no change of 2% over the four years
    text = "Harbour dues rose by 2% a year from £1,200 in 2031 to £1,300 in 2035."
    (rate,) = [c for c in extract_text(text).claims if c.kind != "value"]
    assert (rate.kind, rate.start, rate.end) == ("cagr", "2031", "2035")
    assert _findings(tmp_path, text) == []
    assert [f.rule for f in _findings(tmp_path, text.replace("2%", "5%"))] == ["cagr"]


@pytest.mark.parametrize(
    "text",
    [
        "The board will spend £4m for parks and the rest for libraries, up 8% on last year's £7.5m.",
        "Fares brought in $3m in June and the remainder in July, a rise of 6% on the $4.4m of 2030.",
        "Grants were €2m in the north and the balance in the south, up 3% from €2.6m.",
    ],
)
def test_a_change_after_the_rest_of_a_whole_is_no_change_of_the_part_before(tmp_path, text):
    # the change follows "the rest", a part with no figure: it is that part's (or the whole's),
    # never the part named before it
    assert not [r for r in _relations(text) if r[0] in ("from_to", "change")]
    assert _findings(tmp_path, text) == []


def test_a_change_after_a_part_of_its_own_is_still_its_change(tmp_path):
    text = "Grants were €2.4m in the north, up 9% on the €2.2m of 2030."
    assert ("from_to", ("2.2", "2.4"), True) in _relations(text)
    assert _findings(tmp_path, text) == []
    wrong = "Grants were €2.4m in the north, up 19% on the €2.2m of 2030."
    assert [f.rule for f in _findings(tmp_path, wrong)] == ["comparison"]


# ------------------------------------- a change amount restated as a percentage after 或


@pytest.mark.parametrize(
    "text",
    [
        "本公司的营业额为250.6百万港元,比上年减少30.6百万港元或10.9%。",
        "該行的利息收入為48.2億港元,比上年減少5.9億港元或10.9%。",
        "The charity's income was $250.6 million, down $30.6 million or 10.9% on the year.",
    ],
)
def test_a_percentage_after_or_takes_the_way_of_the_amount_before_it(tmp_path, text):
    """减少X或P%: the percentage restates the fall, and falls with it (no change word of its
    own precedes it); it had been read as a rise, an error on right figures."""
    assert _findings(tmp_path, text) == []
    assert len(text_errors(tmp_path, text.replace("10.9%", "12.9%"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The shortfall narrowed to 2.0% of output from 3.5%, a fall of 1.5 percentage points.",
        "The shortfall narrowed from 3.5% of output to 2.0%, a fall of 1.5 percentage points.",
    ],
)
def test_the_whole_of_a_share_named_once_between_a_pair_of_levels(tmp_path, text):
    # "of output" after the first level is the whole of both: one rate moved
    assert ("from_to", ("3.5", "2.0"), True) in _relations(text)
    assert _findings(tmp_path, text) == []
    wrong = text.replace("a fall of 1.5", "a fall of 2.5")
    assert [f.rule for f in _findings(tmp_path, wrong)] == ["comparison-points"]


def test_two_shares_of_different_wholes_are_no_pair(tmp_path):
    text = "Backing grew from 4% of tenants to 6% of owners, a rise of 5 points."
    assert [r for r in _relations(text) if r[0] == "from_to"] == []
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "本公司的营业额为250.6百万港元,较截至2030年6月30日止年度281.2百万港元减少30.6百万港元"
        "或10.9%。",
        "本公司的营业额为250.6百万港元,较2030年281.2百万港元减少30.6百万港元或10.9%。",
        "本公司的营业额约为250.6百万港元,较上年同期约281.2百万港元减少约30.6百万港元或10.9%。",
    ],
)
def test_a_level_after_a_time_with_no_de_is_the_base_of_the_change(tmp_path, text):
    """较<time>X减少Y: the level after the time compared with is where the change starts (as
    with 的 after the time), not the level the change led to."""
    assert ("change", ("30.6", "281.2", "250.6"), True) in _relations(text)
    assert _findings(tmp_path, text) == []
    wrong = text.replace("或10.9%", "或15.2%").replace("约", "")
    assert len(text_errors(tmp_path, wrong)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "本公司的营业额为250.6百万港元,较同业的281.2百万港元低。",
        "本公司的营业额为250.6百万港元,较竞争对手281.2百万港元减少30.6百万港元。",
    ],
)
def test_a_level_compared_with_no_time_before_it_is_no_base(text):
    """较 before another thing's figure, with no time and no 的, compares two things."""
    assert not [r for r in _relations(text) if r[0] == "change" and "281.2" in r[1]]


# ------------------------------------------- a length of time lengthened or shortened


@pytest.mark.parametrize(
    "text, value",
    [
        ("4月份病人平均住院日为9.6天，比上月延长0.4天。", "+0.4"),
        ("5月份平均通勤时间为41.5分钟，较上月缩短1.2分钟。", "-1.2"),
        ("6月份申請的平均處理時間為18.2日，較上月縮短2.5日。", "-2.5"),
    ],
)
def test_a_length_of_time_lengthened_or_shortened_is_a_change(text, value):
    """延长 (lengthened) and 缩短 (shortened) before a figure move a length of time: a change,
    not a level named 延长."""
    extraction = extract_text(text)
    changes = [c for c in extraction.claims if c.kind == "change"]
    assert len(changes) == 1 and changes[0].value.startswith(value)


# --------------------------------- the groups of an average are no parts of it


@pytest.mark.parametrize(
    "text",
    [
        "4月份求职者平均求职周数为21.4周，其中初次求职者为27.9周，非初次求职者为19.6周。",
        "去年城镇居民人均可支配收入为5.2万元，其中男性为5.9万元，女性为4.6万元。",
        "The average wait was 21 weeks, including 28 weeks for hip operations.",
    ],
)
def test_the_groups_of_an_average_are_no_parts_of_it(tmp_path, text):
    """其中 or "including" after an average over people gives the groups' own averages, which
    may exceed it: no part-whole error."""
    assert not [r for r in _relations(text) if r[0] == "part_of"]
    assert _findings(tmp_path, text) == []


def test_the_parts_of_a_whole_named_as_no_average_are_still_checked(tmp_path):
    """The same sentence about a total: a part above it is an error."""
    text = "4月份求职者总数为21.4万人，其中初次求职者为27.9万人。"
    errors = text_errors(tmp_path, text)
    assert len(errors) == 1 and "part" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "该项目的初始预算为620.4亿元，其中土建工程约410.4亿元、设备购置约210亿元，同时核定的"
        "全周期预算为1510亿元。",
        "The fund's first budget was $62 million, including $41 million for roads and "
        "$21 million for schools; in addition, a later budget of $151 million was agreed.",
    ],
)
def test_a_figure_after_the_list_moves_on_is_no_part(tmp_path, text):
    """同时 (meanwhile), "in addition" after the parts of a whole open a statement of their
    own: its figure is no further part, and no part-whole error."""
    assert not [r for r in _relations(text) if r[0] == "part_of" and r[1][0] in ("1510", "151")]
    assert [f for f in _findings(tmp_path, text) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "text",
    [
        "集团的基础盈利为港币30.5亿元，较去年同期之港币48.8亿元，减少港币18.3亿元或37.5%。",
        "集團的基礎盈利為港幣30.5億元，較去年同期之港幣48.8億元，減少港幣18.3億元或37.5%。",
    ],
)
def test_a_change_with_its_currency_named_before_it_is_checked(tmp_path, text):
    """减少港币X: the currency between the change word and its figure; 较去年同期之港币Y: the
    base after 之 and its currency; a comma before the change. A change from the base to the
    level, checked both ways."""
    assert ("change", ("18.3", "48.8", "30.5"), True) in _relations(text)
    assert _findings(tmp_path, text) == []
    assert len(text_errors(tmp_path, text.replace("37.5%", "27.5%"))) == 1


def test_a_currency_spaced_from_its_figure_is_its_unit():
    """港币 0.63 元: Hong Kong dollars, though a space stands between."""
    claims = extract_text("每股基础盈利为港币 0.63 元。").claims
    assert [c.value for c in claims] == ["0.63 HKD"]


# ---------------------------------------------------------------- each clause's own verb


def _changes(text: str) -> list[str]:
    extraction = extract_text(text)
    return [claim.value for claim in extraction.claims if claim.kind == "change"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coffee sales fell 12% and tea sales rose 30% in 2031.", ["-12 %", "+30 %"]),
        ("Tea sales rose 7% to £4m, coffee sales slipped 3%.", ["+7 %", "-3 %"]),
        ("Ferry trips declined 8% while bus trips climbed 15%.", ["-8 %", "+15 %"]),
        ("A 9% rise in rents and a 4% drop in prices.", ["+9 %", "-4 %"]),
        ("Output is 2.2% down, having risen 5% in the spring.", None),
        # a verb written once before a list is every figure's
        ("Tea and coffee sales rose 7% and 4% respectively.", ["+7 %", "+4 %"]),
        ("Tea and coffee sales fell 7% and 4% respectively.", ["-7 %", "-4 %"]),
        # a comparative before "than" is no way of its own
        ("Ferry trips fell 6% more than planners had expected.", ["-6 %"]),
    ],
)
def test_each_change_takes_the_way_of_its_own_clause(text, expected):
    changes = _changes(text)
    if expected is None:  # a fall written after its figure, a rise in the clause after it
        assert changes[0] == "-2.2 %"
    else:
        assert changes == expected


def test_a_fall_beside_a_rise_is_checked_against_its_levels(tmp_path):
    clean = "Revenue climbed 6% last year while profit fell 10% to $2.70m from $3.00m."
    assert [f for f in _findings(tmp_path, clean) if f.rule != "unchecked"] == []
    wrong = "Revenue climbed 6% last year while profit fell 10% to $2.40m from $3.00m."
    assert text_errors(tmp_path, wrong)


def _named_changes(text: str) -> list[tuple[str, str]]:
    extraction = extract_text(text)
    return [(c.metric, c.value) for c in extraction.claims if c.kind == "change"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ticket sales rose 4% and profit fell 10% in 2031.",
            [("ticket_sales", "+4 %"), ("profit", "-10 %")],
        ),
        (
            "Exports of timber fell 10% and imports rose 25%.",
            [("timber", "-10 %"), ("imports", "+25 %")],
        ),
        # a pronoun or no subject at all: the first clause's subject goes on
        ("Ticket sales rose 4% and they fell 6% a year later.", None),
        ("Ticket sales rose 4% in spring and in summer rose 6%.", None),
        ("Ticket sales rose 4% and then fell 6%.", None),
    ],
)
def test_a_change_in_a_clause_of_its_own_takes_that_clauses_subject(text, expected):
    changes = _named_changes(text)
    if expected is None:
        assert {metric for metric, _ in changes} == {"ticket_sales"}
    else:
        assert changes == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "今年前三季度，茶叶和咖啡销量分别下降6%和增长14%。",
            [("茶叶销量", "-6 %"), ("咖啡销量", "+14 %")],
        ),
        (
            "今年前三季度，茶叶和咖啡销量分别为30万吨和12万吨，分别下降6%和增长14%。",
            [("茶叶销量", "-6 %"), ("咖啡销量", "+14 %")],
        ),
        (
            "In 2031, tea and coffee sales were 300 tonnes and 120 tonnes, down 6% and up 14% "
            "respectively.",
            [("tea_sales", "-6 %"), ("coffee_sales", "+14 %")],
        ),
        (
            "Tea and coffee sales fell 6% and rose 14% respectively in 2031.",
            [("tea_sales", "-6 %"), ("coffee_sales", "+14 %")],
        ),
    ],
)
def test_changes_shared_out_each_with_its_own_verb(text, expected):
    assert _named_changes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wheat and barley exports rose 3% and 5% respectively.",
            ["wheat_exports", "barley_exports"],
        ),
        ("Plum, pear and apple sales fell 2%, 4% and 7% respectively.", None),
        # a measure of its own, a compound noun, a place's name: nothing shared
        ("Revenue and net profit rose 3% and 5% respectively.", ["revenue", "net_profit"]),
        ("Vans and light trucks rose 3% and 5% respectively.", ["vans", "light_trucks"]),
        ("Leeds and New York prices rose 3% and 5% respectively.", ["leeds", "new_york_price"]),
    ],
)
def test_things_listed_with_their_measure_written_once(text, expected):
    names = [metric for metric, _ in _named_changes(text)]
    if expected is None:
        assert names == ["plum_sales", "pear_sales", "apple_sales"]
    else:
        assert names == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales were £40m in Porto while the rest of Iberia lagged, up 20% from £40m.",
        "Sales were £40m in Porto and the others' fell, up 20% from £40m.",
    ],
)
def test_the_rest_in_another_role_leaves_a_level_its_change(tmp_path, text):
    # not another part of a whole listed after the level: its change is still checked
    assert [f.rule for f in _findings(tmp_path, text)] == ["comparison"]


# ---------------------------------------------------------------- a count's change after its level

# A count with no unit, then ", up N" or ", down N": the count's change, as with an amount of
# money ("$498m, up $68m, or 16%"); read as a level, "N, or P%" became a part and its share.
COUNT_THEN_CHANGE = [
    "The shelter took in 742 cats, up 92, or 14.2 percent, from the year before.",
    "Ferry crossings fell to 3,150, down 350, or 10%.",
    "The register now lists 1,280 charities, up 80 on last year, a 6.7% rise.",
]


@pytest.mark.parametrize("text", COUNT_THEN_CHANGE)
def test_a_count_then_up_a_bare_number_is_its_change(tmp_path, text):
    assert [r[0] for r in _relations(text)] == ["change_of", "change_of"]
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        (COUNT_THEN_CHANGE[0], ("14.2 percent", "12.4 percent")),
        (COUNT_THEN_CHANGE[1], ("10%", "11.1%")),
        (COUNT_THEN_CHANGE[2], ("6.7%", "7.2%")),
    ],
)
def test_a_count_then_a_wrong_change_is_an_error(tmp_path, text, wrong):
    rules = [f.rule for f in text_errors(tmp_path, text.replace(*wrong))]
    assert rules == ["change-amount-and-percent-to-level"]


# The year a change is measured from, between its amount and its percentage, is no other clause:
# "up 68 from 2031, a 13% increase" restates the change of the level before.
BASE_YEAR_BETWEEN = [
    "The fund held $612 million in 2032, up $72 million from 2031, a 13.3% increase.",
    "Clinics treated 3,920 patients in 2032, 420 more than in 2031, a 12% rise.",
    "Exports reached 8,400 tonnes in 2030, up 600 tonnes from 2029, an increase of 7.7%.",
]


@pytest.mark.parametrize("text", BASE_YEAR_BETWEEN)
def test_a_base_year_between_a_change_and_its_percent_keeps_them_together(tmp_path, text):
    assert sum(r[0] in ("change_of", "from_to") for r in _relations(text)) >= 2
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        (BASE_YEAR_BETWEEN[0], ("13.3%", "11.8%")),
        (BASE_YEAR_BETWEEN[1], ("12%", "10.7%")),
        (BASE_YEAR_BETWEEN[2], ("7.7%", "7.1%")),
    ],
)
def test_a_base_year_between_and_a_wrong_percent_is_an_error(tmp_path, text, wrong):
    assert len(text_errors(tmp_path, text.replace(*wrong))) == 1


# ---------------------------------------------------------------- a base named by its time


@pytest.mark.parametrize(
    "text, slip",
    [
        ("全年完成公路货运量8.64亿吨，上年为8.12亿吨，同比增长6.4%。", ("6.4%", "4.6%")),
        ("全年完成公路货运量8.64亿吨，上年为8.12亿吨，比上年增长6.4%。", ("6.4%", "4.6%")),
        ("一般公共预算支出326.5亿元，比上年增长5.2%（上年为310.4亿元）。", ("5.2%", "2.5%")),
        (
            "零售業總銷貨價值為325.6億港元，較上年同期增加4.1%，上年同期為312.8億港元。",
            ("4.1%", "1.4%"),
        ),
        ("9月份商品房销售面积48.6万平方米，环比增长8.2%，8月份为44.9万平方米。", ("8.2%", "2.8%")),
        ("城镇居民恩格尔系数为28.4%，比上年下降0.6个百分点，上年为29.0%。", ("29.0%", "29.4%")),
    ],
)
def test_a_base_named_by_its_earlier_time_is_checked(tmp_path, text, slip):
    """The level a change is from, named by its time before or after the change (上年为,
    （上年同期为）, 环比…8月份为), is that change's base: a slipped figure is an error."""
    assert _findings(tmp_path, text) == []
    errors = _findings(tmp_path, text.replace(*slip))
    assert len(errors) == 1 and errors[0].severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "The fund held $612 million in 2032, up $72 million from 2031, while in 2030 costs rose 9%.",
        "Clinics treated 3,920 patients, up 420; in 2031 staff numbers fell 12%.",
        "The index stood at 4,100, up 300 points and 2.5% above its 2020 low.",
    ],
)
def test_a_percent_of_another_clause_stays_apart(tmp_path, text):
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a month after a quarter's growth over a year is a part of the quarter, no base
        "一季度营业收入180.5亿元，同比增长20.3%，3月份为70.2亿元。",
        # the change after the base is another quantity's
        "户籍人口812.4万人，上年末为805.1万人，常住人口增长11.2%。",
    ],
)
def test_a_level_named_by_a_time_that_is_no_base_links_nothing(tmp_path, text):
    assert not [r for r in _relations(text) if r[0] in ("from_to", "change")]
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, slip, stated",
    [
        # a word of degree before the change word (大幅, 小幅); counts written as Taiwan writes
        # them, the units after 萬 in digits
        (
            "全年新房成交量為3萬612套,比上年的4萬1250套大幅減少25.8%。",
            ("25.8%", "28.5%"),
            "states -28.5 %",
        ),
        (
            "港口货物吞吐量为8.64亿吨，比上年的8.43亿吨小幅增长2.5%。",
            ("2.5%", "5.2%"),
            "states +5.2 %",
        ),
    ],
)
def test_a_change_with_a_word_of_degree_is_checked_against_its_base(tmp_path, text, slip, stated):
    assert _findings(tmp_path, text) == []
    errors = _findings(tmp_path, text.replace(*slip))
    assert len(errors) == 1 and errors[0].severity == "error"
    assert errors[0].message.endswith(stated)


@pytest.mark.parametrize(
    "text",
    [
        "全年出口增长5.36%，进口增长3.12%，比原预测高出1.05个百分点。",
        "居民消费增长2.4%，投资增长7.9%，比预期高出3.1个百分点。",
    ],
)
def test_a_margin_from_a_forecast_is_no_gap_between_two_rates(tmp_path, text):
    """比原预测高出: the rate stands that far above its own forecast, not above the other rate
    of the sentence."""
    assert not [r for r in _relations(text) if r[0] == "change"]
    assert _findings(tmp_path, text) == []


# ---------------------------------------------------------------- a bare "and" opening a clause


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose 5% in London and house prices stood at £300,000, against £270,000 a year"
        " earlier.",
        "Wages rose 3% in May and the jobless rate stood at 4.2%, against 4.0% in April.",
        "Ticket sales fell 6% and average fares were £52 against £40 last season.",
    ],
)
def test_a_bare_and_with_a_subject_of_its_own_opens_another_clause(tmp_path, text):
    """The levels after "and" + a subject + a verb are that subject's, not the change's before
    "and": no comparison of them against the change."""
    assert ("change", 3) not in [(kind, len(figures)) for kind, figures, _ in _relations(text)]
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose 30% and reached $5.6bn from $5bn.",
        "Profit jumped 50% year on year and hit £50m, from £40m.",
        "Membership rose 35% in 2024 and then reached 2,300 from 2,000.",
    ],
)
def test_a_bare_and_before_the_same_subjects_verb_keeps_the_change_of_its_levels(tmp_path, text):
    """ "and reached", "and then reached": the same subject, so the change is the levels'."""
    assert [f.rule for f in text_errors(tmp_path, text)] == ["comparison"]


# ---------------------------------------------------------------- a change named by its noun


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bookings rose by 1,500 to 6,500, a 30% increase.",
            "Bookings rose by 1,500 to 6,500, a 50% increase.",
        ),
        (
            "Bookings rose 30% to 6,500, a 1,500 increase.",
            "Bookings rose 50% to 6,500, a 1,500 increase.",
        ),
        (
            "The charity raised £4.2m, up 5% on a year earlier, a £200,000 rise.",
            "The charity raised £4.2m, up 5% on a year earlier, a £400,000 rise.",
        ),
    ],
)
def test_the_other_form_of_a_change_named_by_its_noun_after_the_figure(tmp_path, right, wrong):
    """ ", a 30% increase" after an amount and its level (or ", a 1,500 increase" after a
    percentage) is the same change in its other form, as ", an increase of 30%" is."""
    assert _findings(tmp_path, right) == []
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["change-amount-and-percent-to-level"]


# ---------------------------------------------------------------- factors as writers write them


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Reported burglaries have halved since 2015, to 2,900 from 5,900.",
            "Reported burglaries have halved since 2015, to 2,900 from 4,900.",
        ),
        (
            "Reported burglaries have more than halved since 2015, to 2,900 from 5,900.",
            "Reported burglaries have more than halved since 2015, to 2,900 from 5,500.",
        ),
        (
            "Coach trips have fallen by two-thirds since 2019, to 3,600 from 10,100.",
            "Coach trips have fallen by two-thirds since 2019, to 4,600 from 10,100.",
        ),
        (
            "Coach trips have been cut by half since 2019, to 4,900 from 10,100.",
            "Coach trips have been cut by half since 2019, to 3,900 from 10,100.",
        ),
        (
            "Club membership rose by a third last year, to 1,350 from 1,010.",
            "Club membership rose by a third last year, to 1,450 from 1,010.",
        ),
    ],
)
def test_halved_is_the_writers_half_as_doubled_is_read_to_its_digit(tmp_path, right, wrong):
    """ "halved" is about a half (0.45 to 0.55), as "half" of a whole is: 2,900 from 5,900
    (0.49) halves, with neither an error nor a warning; 2,900 from 4,900 (0.59) does not."""
    assert _findings(tmp_path, right) == []
    assert len(text_errors(tmp_path, wrong)) == 1


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Child poverty in the district is 31%, twice the national rate of 15.5%.",
            "Child poverty in the district is 31%, three times the national rate of 15.5%.",
        ),
        (
            "Youth unemployment is 14.2%, more than three times the overall rate of 4.3%.",
            "Youth unemployment is 14.2%, more than four times the overall rate of 4.3%.",
        ),
    ],
)
def test_a_rate_a_factor_of_another_rate_named_after_it(tmp_path, right, wrong):
    """Two rates as levels compare by a factor as amounts do, the second named as a rate
    ("three times the overall rate of 4.3%")."""
    assert _findings(tmp_path, right) == []
    assert len(text_errors(tmp_path, wrong)) == 1


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Coal output fell 40% to 180 million tonnes from 300 million.",
            "Coal output fell 30% to 180 million tonnes from 300 million.",
        ),
        (
            "Shipments rose 25% to 1.5 million barrels a day from 1.2 million last year.",
            "Shipments rose 45% to 1.5 million barrels a day from 1.2 million last year.",
        ),
    ],
)
def test_the_earlier_level_after_from_takes_the_unit_written_once(tmp_path, right, wrong):
    """ "to 180 million tonnes from 300 million": the earlier level is in tonnes too, as "from
    300 million to 180 million tonnes" is; "last year" after it is its time, not its noun."""
    assert _findings(tmp_path, right) == []
    assert len(text_errors(tmp_path, wrong)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose £2m to £12m, a 35% increase in profits.",
        "Sales climbed £3m to £15m, a 40% increase on 2019.",
        "The budget grew £4m to £40m, a 25% increase since 2015.",
        "Wages rose £30 to £630, a 4% increase after inflation.",
        "Output rose 2% to 510 tonnes, a 40 tonne increase on the 2018 figure.",
    ],
)
def test_a_change_named_by_its_noun_with_words_after_it_is_no_other_form(tmp_path, text):
    """ ", a 35% increase in profits", "on 2019", "after inflation": words after the noun name
    another thing, another base or another measure, not the level's change in its other form."""
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Imports climbed 3% and exports stood at £450m, against £400m.",
        "Ticket sales rose 2% and records show fares at £60, against £50.",
        "Rents rose 5% and in Bristol house prices stood at £300,000, against £270,000.",
        "Fees rose 5% and, in York, house prices stood at £300,000, against £270,000.",
    ],
)
def test_a_bare_and_before_a_plural_noun_or_a_place_opens_another_clause(tmp_path, text):
    """ "and exports stood at" (a noun the lexicon lists as a verb too), "and in Bristol house
    prices stood at", "and, in York, house prices" (a place first): the levels after it are
    another subject's."""
    assert _findings(tmp_path, text) == []


def test_a_bare_and_before_a_time_and_the_same_subjects_verb_keeps_the_change(tmp_path):
    """ "and last year stood at": a time, then the verb of the same subject."""
    text = "Turnover rose 15% and last year stood at £520,000, against £480,000."
    assert [f.rule for f in text_errors(tmp_path, text)] == ["comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "House prices rose 0.4% in June, taking the annual rate to 2.1%, from 1.9% in May.",
        "Consumer prices rose 0.3% last month, pushing the yearly inflation rate to 3.4% from 3.1%.",
    ],
)
def test_a_change_carrying_another_rate_of_its_subject_is_no_change_of_that_rate(tmp_path, text):
    """ "rose 0.4% in June, taking the annual rate to 2.1%, from 1.9%": the month's change is
    no change between the year's rates (a false comparison error before)."""
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "1,450,000 people visited the zoo, 150,000 more than last year's 1,100,000.",
            "1,450,000 people visited the zoo, 350,000 more than last year's 1,100,000.",
        ),
        (
            "6,000 students applied to the college, 50% more than last year's 5,000.",
            "6,000 students applied to the college, 20% more than last year's 5,000.",
        ),
        (
            "Sales were £36m, 50% more than in 2019, when they were £30m.",
            "Sales were £36m, 20% more than in 2019, when they were £30m.",
        ),
        (
            "The port handled 12 million containers, three times as many as in 2012, when it "
            "handled 2 million.",
            "The port handled 12 million containers, three times as many as in 2012, when it "
            "handled 4 million.",
        ),
    ],
)
def test_a_comparison_after_its_figures_own_clause_or_with_the_others_year(tmp_path, wrong, right):
    """The figure compared may be the subject of a clause of its own ("1,450,000 people
    visited the zoo, 150,000 more than ..."), and the other figure may come in a clause of its
    time ("than in 2019, when they were £30m", "as many as in 2012, when it handled 2
    million")."""
    assert [f.rule for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert _findings(tmp_path, right) == []


@pytest.mark.parametrize(
    "text",
    [
        # the clause of the other's year moves a figure: no level of that year
        "Employment is 40,000, 2,000 fewer than in 2015, when it cut 3,000 jobs.",
        # the figure before the comparison counts the places the first one spans
        "The firm hired 1,200 staff in 40 offices, 300 more than last year's 900.",
        # a clause of its own opening with another subject after "and"
        "1,200 people applied and the board accepted most, 300 more than last year's 1,100.",
    ],
)
def test_a_comparison_leaves_a_move_a_scope_or_another_clause_alone(tmp_path, text):
    assert [f for f in _findings(tmp_path, text) if f.severity != "note"] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The ferry carried 2.6 million people in 2024. That was 30% more than in 2021, when "
            "it carried 2.4 million.",
            "The ferry carried 2.6 million people in 2024. That was 8% more than in 2021, when "
            "it carried 2.4 million.",
        ),
        (
            "The appeal raised £1.5m this year. This is 20% more than last year's £1.1m.",
            "The appeal raised £1.5m this year. This is 36% more than last year's £1.1m.",
        ),
    ],
)
def test_a_sentence_pointing_back_compares_the_level_before_by_a_percentage(tmp_path, wrong, right):
    """ "That was 30% more than in 2021, when it carried 2.4 million", "This is 20% more than
    last year's £1.1m": the opening points back at the one level of the sentence before, as
    "That number is 2.7 times larger than" does for a factor."""
    assert [f.rule for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert _findings(tmp_path, right) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales were £36m, 20% more than in 2019, when £5m was spent on ads.",
        "Turnout was 4.6 million, 15% more than in 2022, when there were 300 polling stations.",
        "Fees came to £4.6m in 2023. That was 15% more than in 2022, when £900,000 went unpaid.",
    ],
)
def test_a_figure_opening_the_clause_of_the_others_year_is_not_compared(tmp_path, text):
    """ "when £5m was spent on ads": a figure of what, the words do not say."""
    assert [f for f in _findings(tmp_path, text) if f.severity != "note"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the figure after the clause counts what its verb acts on, not its subject
        "About 40 firms exported cars, 500 more than last year's 2,000 cars.",
        # a second clause with a subject of its own, opened by "so"
        "1,200 people applied so the college hired tutors, 30 more than last year's 20.",
        # the clause of the other's year counts something else
        "The airport handled 9 million passengers, 50% more than in 2015, when it had 3,000 staff.",
        # or names what its figure measures after it
        "Revenue was £50m, 25% more than in 2019, when it had £45m in cash.",
        # the clause's verb acts on things counted too: which the comparison counts is unsaid
        "About 2,000 students received grants, 500 more than last year's 1,000.",
        # and so does one the counted noun would otherwise swallow with its object
        "Some 2,400 volunteers planted trees, 600 more than last year's 1,200.",
        # or gives another quantity with a verb of its own
        "The charity raised £12m, 20% more than in 2020, when it spent £11m.",
    ],
)
def test_a_comparison_leaves_another_quantity_of_either_clause_alone(tmp_path, text):
    assert [f for f in _findings(tmp_path, text) if f.severity != "note"] == []


def test_a_count_of_places_with_no_figure_before_it_is_the_one_compared(tmp_path):
    """ "in 40 stores" is the scope of a figure before it in its clause; with none, it is what
    the comparison after it measures."""
    wrong = "Sales rose in 40 stores, 15 more than last year's 30."
    right = "Sales rose in 40 stores, 10 more than last year's 30."
    assert [f.rule for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert _findings(tmp_path, right) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Ticket sales at the pier rose by a factor of three, to 2,000 from 400.",
            "Ticket sales at the pier rose by a factor of five, to 2,000 from 400.",
        ),
        (
            "The waiting list fell by a factor of 4 to 300 names from 600 names.",
            "The waiting list fell by a factor of 2 to 300 names from 600 names.",
        ),
        (
            "The leak rate was cut by a factor of 2.5, to 8 litres from 40 litres.",
            "The leak rate was cut by a factor of 5, to 8 litres from 40 litres.",
        ),
    ],
)
def test_a_change_by_a_factor_in_words_or_down(tmp_path, wrong, right):
    """ "rose by a factor of three" is x3 of the base; "fell by a factor of 4" is the base over
    4, not four times it."""
    assert [f.rule for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert _findings(tmp_path, right) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The museum drew 5,200 visitors in March. It was up 900 from 4,600 in February.",
            "The museum drew 5,200 visitors in March. It was up 600 from 4,600 in February.",
        ),
        (
            "The shelter housed 310 dogs in 2024. Dogs rose by 45 from last year's 280.",
            "The shelter housed 310 dogs in 2024. Dogs rose by 30 from last year's 280.",
        ),
    ],
)
def test_a_change_from_a_base_after_the_level_of_the_sentence_before(tmp_path, wrong, right):
    """ "It was up 700 from 4,600": the change runs from the base it names to the one level of
    the sentence before, which the sentence points back at or names again."""
    assert [f.rule for f in _findings(tmp_path, wrong) if f.severity == "error"]
    assert _findings(tmp_path, right) == []


def test_a_change_from_a_base_named_by_another_word_is_a_note(tmp_path):
    """ "Attendance went up by ..." after "5,200 attendees": the same quantity by the drafter's
    reading, so a wrong change is a note; a sentence naming something else is left alone."""
    noted = (
        "The fair had 5,200 attendees in May. Attendance went up by 900 from a total of 4,600 "
        "in April."
    )
    article = tmp_path / "noted.txt"
    article.write_text(noted + "\n", encoding="utf-8")
    found = [f for f in check_texts([article]).findings if f.rule == "comparison-absolute"]
    assert [f.severity for f in found] == ["info"]
    other = "The fair had 5,200 attendees in May. Parking rose by 900 from 4,600 in April."
    assert [f for f in _findings(tmp_path, other) if f.rule == "comparison-absolute"] == []
