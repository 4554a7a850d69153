"""A total and its average per day (week, month) in one sentence, and spans of days, read from
sentences written for these tests (issue 14): the rate rule checks the pair when the sentence
dates the total; a year carried over from another sentence gives a note at most."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extraction import context as cx
from checker.extraction import extract_text

from .text_checks import text_errors, text_findings


def _average_links(text: str) -> list[tuple[str, ...]]:
    extraction = extract_text(text)
    return [
        tuple(extraction.mentions[m].number for m in r.mentions)
        for r in extraction.relations
        if r.type == "rate"
    ]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "In 2031 the aquarium drew 1.8 million visitors, an average of 7,900 a day.",
            "In 2031 the aquarium drew 1.8 million visitors, an average of 4,900 a day.",
        ),
        (
            "Ticket sales reached $6.2 million in April 2031, or $350,000 a day on average.",
            "Ticket sales reached $6.2 million in April 2031, or $207,000 a day on average.",
        ),
        (
            "2031年全年港口吞吐集装箱2400万标箱，日均9.1万标箱。",
            "2031年全年港口吞吐集装箱2400万标箱，日均6.6万标箱。",
        ),
        (
            "2031年1月10日至2月18日，全省客运量为5200万人次，平均每天180万人次。",
            "2031年1月10日至2月18日，全省客运量为5200万人次，平均每天130万人次。",
        ),
    ],
)
def test_a_total_and_its_daily_average_are_checked(tmp_path, wrong, right):
    errors = text_errors(tmp_path, wrong)
    assert [f.rule for f in errors] == ["rate"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a count and a rate of another thing: no average
        "In 2031 the depot employed 5,000 people and shipped 20,000 parcels a day.",
        # two levels of the unit before the rate: which one it averages is not said
        "In 2031 the park drew 900,000 adults and 400,000 children, an average of 3,600 a day.",
    ],
)
def test_a_rate_beside_a_count_it_does_not_average_is_not_linked(text):
    assert _average_links(text) == []


def test_an_average_dated_only_by_another_sentence_is_a_note(tmp_path):
    text = (
        "In 2031, the ferry line added two boats. The line carried 2.2 million passengers, "
        "an average of 9,000 a day."
    )
    assert _average_links(text) == [("9,000", "2.2")]
    findings = text_findings(tmp_path, text)
    assert [f.rule for f in findings if f.severity != "info"] == []
    assert any(f.rule == "rate" for f in findings)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2031年灯会从2月3日起至3月9日止，共35天。", "2031-02-03..2031-03-09"),
        ("2031年3月1日至3月31日，全市接待游客800万人次。", "2031-03-01..2031-03-31"),
        ("The fair ran from June 3 to June 12, 2031.", "2031-06-03..2031-06-12"),
        ("Between March 1 and 31, 2031, the park drew 90,000 visitors.", "2031-03-01..2031-03-31"),
        ("Flights rose from December 20 to January 5, 2031.", "2030-12-20..2031-01-05"),
    ],
)
def test_a_span_of_days_with_its_year_is_a_period(text, period):
    assert [p.period for p in cx.find_periods(text, date(2031, 7, 1))] == [period]


@pytest.mark.parametrize(
    "text",
    [
        # no year written: never the article's
        "The fair ran from June 3 to June 12.",
        # no such day
        "The fair ran from February 30 to March 2, 2031.",
    ],
)
def test_a_span_of_days_without_a_year_or_a_calendar_day_gives_no_period(text):
    assert [p.period for p in cx.find_periods(text, date(2031, 7, 1)) if p.period] == []


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Over the 10-day festival, organisers sold 450,000 tickets, or 45,000 a day.",
            ("45,000", "450,000", "10"),
        ),
        ("五一5天假期，全市接待游客1500万人次，日均300万人次。", ("300", "1500", "5")),
    ],
)
def test_the_length_a_total_is_averaged_over_joins_the_link(text, joined):
    assert _average_links(text) == [joined]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The plan calls for a 3 percent cut in the 8.5 percent sales tax.", "8.5"),
        ("The board backed a 10% increase in the 4% levy.", "4"),
        ("The bank raised its 4.5% rate by 0.25 points.", "4.5"),
        ("Ministers want a 5 percent reduction of the 19 percent duty.", "19"),
    ],
)
def test_the_rate_a_change_is_of_is_a_level_not_a_change(text, level):
    extraction = extract_text(text)
    kinds = {extraction.mentions[c.mention].number: c.kind for c in extraction.claims}
    assert kinds[level] == "value"


def test_a_percent_cut_of_a_rate_is_no_second_change_of_the_pair(tmp_path):
    # the base rate is a level: no rival change of the pair to conflict with
    text = "Officials proposed a 1 point reduction in the 7.0 percent duty, from 7.0 percent to 6.0 percent."
    assert [f for f in text_findings(tmp_path, text) if f.severity != "info"] == []


def test_a_cut_in_percent_of_a_rate_that_falls_in_points_is_an_error(tmp_path):
    # the points-versus-percent slip: the rate falls 1 point, a relative cut of about 14 %
    text = "Officials proposed a 1 percent reduction in the 7.0 percent duty, from 7.0 percent to 6.0 percent."
    errors = text_errors(tmp_path, text)
    assert len(errors) == 1 and "-1 %" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "In 2031 the port's exports reached 4.2 billion yuan (US$0.6 billion), up 9% year on year.",
        "In 2031 farm income reached 12.5 billion rupees ($150 million), an increase of 6 percent "
        "over the previous year.",
    ],
)
def test_a_change_after_a_restated_level_is_of_the_level_as_first_stated(text):
    extraction = extract_text(text)
    (yoy,) = [r for r in extraction.relations if r.type == "yoy"]
    level = extraction.mentions[yoy.mentions[1]]
    assert level.unit in ("CNY", "INR")


@pytest.mark.parametrize(
    "text",
    [
        "今年前三季度利润总额5.12万亿元，较2029年同期增长52.3%。",
        "全年营业收入8.8亿元，比2029年增长12%。",
        "与2029年相比，全年营业收入增长12%。",
        "全年營業收入8.8億元，較2029年增長12%。",
    ],
)
def test_a_chinese_year_a_change_is_measured_from_is_no_period_of_the_figures(text):
    assert [p.role for p in cx.find_periods(text, None)] == ["base"]
    extraction = extract_text(text)
    assert [c.period for c in extraction.claims if c.period] == []


def test_a_period_the_text_leaves_unresolved_is_not_replaced_by_an_earlier_one(tmp_path):
    # 今年 with no date: the year is unknown, and certainly not the full year named before
    text = "2029年全年利润总额4.0万亿元。今年前三季度，利润总额5.12万亿元，较2029年同期增长52.3%。"
    extraction = extract_text(text)
    periods = {extraction.mentions[c.mention].number: c.period for c in extraction.claims}
    assert periods["4.0"] == "2029" and periods["5.12"] is None
    assert not [f for f in text_findings(tmp_path, text) if f.rule == "conflict"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2031年全年利潤總額6.34萬億元，較上年增長41.2%。", "+41.2 %"),
        ("2031年全年出口額2.5萬億元，比上年減少3.5%。", "-3.5 %"),
        ("2031年全年營業收入8.8億元，比上年下降1.2%。", "-1.2 %"),
    ],
)
def test_chinese_change_words_in_traditional_script_make_a_change(text, value):
    extraction = extract_text(text)
    assert [c.value for c in extraction.claims if c.kind == "change"] == [value]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "2031年前三季度利润总额5.12万亿元，较2029年同期增长41.2%，两年平均增长15.8%。",
            "2031年前三季度利润总额5.12万亿元，较2029年同期增长41.2%，两年平均增长18.8%。",
        ),
        (
            "2031年全年出口總額3.3萬億元，比2028年增長33.1%，三年平均增長12%。",
            "2031年全年出口總額3.3萬億元，比2028年增長33.1%，三年平均增長10%。",
        ),
        (
            "In 2031 profits reached $5.1 billion, up 41.2% compared with 2029, a two-year "
            "average growth of 15.8%.",
            "In 2031 profits reached $5.1 billion, up 41.2% compared with 2029, a two-year "
            "average growth of 18.8%.",
        ),
        (
            "In 2031 exports rose 33.1% from 2028, a three-year average growth of 12%.",
            "In 2031 exports rose 33.1% from 2028, a three-year average growth of 10%.",
        ),
    ],
)
def test_a_change_from_a_base_year_and_its_average_over_the_years_are_checked(
    tmp_path, wrong, right
):
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["growth-vs-cagr"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


def test_a_change_over_a_number_of_years_is_written_in_the_draft():
    # a span in years is text in the claim file, as a period is: the claim is not left out
    extraction = extract_text("In 2031 exports rose 33.1% from 2028, a three-year average of 10%.")
    assert extraction.left_out == []
    assert sorted(c.years for c in extraction.claims if c.years) == [3, 3]


@pytest.mark.parametrize(
    "text",
    [
        "In 2030, the group sold 5,000 cars. This year, the group sold 6,000 cars.",
        "In 2030, the group sold 5,000 cars. In the first half, the group sold 3,100 cars.",
        "In 2030, the mill made 800 tonnes. In the third quarter it made 260 tonnes.",
    ],
)
def test_a_figure_of_an_unresolved_period_takes_no_year_from_a_sentence_before(tmp_path, text):
    # with no article date, "this year" and "the first half" are of no year the drafter knows
    extraction = extract_text(text)
    assert sorted(c.period or "" for c in extraction.claims) == ["", "2030"]
    assert not [f for f in text_findings(tmp_path, text) if f.rule == "conflict"]


def test_a_period_written_as_a_base_keeps_the_earlier_year():
    # "than that of the first quarter" is what the figure is compared with, not its period
    text = (
        "In the first half of 2030, sales reached 400 tonnes. Specifically, exports were "
        "150 tonnes, 1.4 points higher than that of the first quarter."
    )
    extraction = extract_text(text)
    periods = {extraction.mentions[c.mention].number: c.period for c in extraction.claims}
    assert periods["150"] == periods["400"] == "2030-H1"


@pytest.mark.parametrize(
    "text",
    [
        # the year is not the 7 days averaged over: no rate over the year
        "2031年春节假期7天，全市接待游客1750万人次，日均接待游客250万人次。",
        "During the 5-day carnival in 2031, the city welcomed 1 million visitors, an average "
        "of 200,000 a day.",
    ],
)
def test_an_average_over_a_length_the_period_does_not_last_is_not_checked_over_it(tmp_path, text):
    assert [f for f in text_findings(tmp_path, text) if f.rule == "rate"] == []


def test_an_average_over_a_span_of_days_that_lasts_its_length_is_checked(tmp_path):
    text = "2031年1月10日至2月18日共40天，全省客运量为5200万人次，日均180万人次。"
    assert [f.rule for f in text_errors(tmp_path, text)] == ["rate"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2031 the exchange traded 2 billion shares, an average of 8 million a day.",
        "In 2031 the bank cleared $500 billion of payments, or $2 billion per working day.",
        "2031年全年股票成交金额200万亿元，日均成交8000亿元。",
    ],
)
def test_an_average_over_days_that_may_be_trading_days_is_a_note_at_most(tmp_path, text):
    findings = text_findings(tmp_path, text)
    assert [f for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("text", "joined", "period"),
    [
        (
            "2031年灯会从2月3日起至3月9日止，共35天。2031年灯会将延续往年的布局。"
            "预计接待游客700万人次，日均20万人次。",
            ("20", "700", "35"),
            "2031-02-03..2031-03-09",
        ),
        (
            "2030年秋收从9月1日起至9月30日止，共30天。2030年小麦种植面积创新高。"
            "全县外运粮食150万吨，日均5万吨。",
            ("5", "150", "30"),
            "2030-09-01..2030-09-30",
        ),
        (
            "2031年暑运從7月1日起至8月31日止，共62天。記者獲悉，2031年暑運客流將保持高位。"
            "全省鐵路預計發送旅客3100萬人次，日均50萬人次。",
            ("50", "3100", "62"),
            "2031-07-01..2031-08-31",
        ),
    ],
)
def test_a_span_of_days_stays_the_period_when_a_sentence_names_its_year(text, joined, period):
    """A sentence of no figures naming the year of the span in scope leaves the span (not the
    whole year) as the period of the figures after it, and the span's length, given where the
    span is, joins the link of a total and its average (the drafter's reading: a note at
    most)."""
    extraction = extract_text(text)
    assert _average_links(text) == [joined]
    assert {c.period for c in extraction.claims} == {period}
    assert not any(r.stated for r in extraction.relations if r.type == "rate")


def test_a_sentence_with_figures_of_the_year_takes_the_year_after_a_span():
    text = (
        "2030年秋收从9月1日起至9月30日止，共30天。2030年全县粮食产量300万吨。"
        "全县外运粮食150万吨，日均5万吨。"
    )
    extraction = extract_text(text)
    periods = [c.period for c in extraction.claims if c.value.startswith(("300", "150"))]
    assert periods == ["2030", "2030"]
