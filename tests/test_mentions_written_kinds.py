"""Kinds of number writing the mention reader missed or misread on text it had not seen
(issue 14): a minus written as a word, numbers inside Chinese title marks, 兆 before a measure,
data in bytes, two counts written as a ratio. Every sentence is invented.
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
        ("Overnight lows reached minus 9 degrees in Tarnow.", ["-9"]),
        ("Output growth was minus 0.7 percent in the spring.", ["-0.7 %"]),
        ("The gauge ranged from 4 to minus 2.5 over the week.", ["4", "-2.5"]),
        ("去年该县工业增速为负2.4%，今年回升至6.1%。", ["-2.4 %", "6.1 %"]),
        ("山区最低气温零下18摄氏度。", ["-18 degC"]),
        # "minus" after a figure subtracts; 正负 is a tolerance, plus or minus
        (
            "Sales of $14 million minus $5 million in returns left $9 million.",
            ["14 million USD", "5 million USD", "9 million USD"],
        ),
        ("The answer is 20 minus 6, the teacher said.", ["20", "6"]),
        ("测量误差为正负2%。", ["2 %"]),
    ],
)
def test_a_minus_written_as_a_word_signs_the_figure(text, expected):
    assert _read(text) == expected


def test_the_minus_word_is_part_of_the_mention():
    assert _spans("Lows hit minus 9 degrees; 增速为负2.4%。") == ["minus 9", "负2.4%"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("上映首周，《星河3》票房4.2亿元，《1978》票房1.1亿元。", ["4.2 亿 CNY", "1.1 亿 CNY"]),
        ("他的新书《3099年的港口》印了5万册。", ["5 万"]),
        ("据《2030年发展纲要》，全市人口将达120万人。", ["120 万"]),
        # a title mark closed before the figure leaves it a figure
        ("《晨报》报道，全县新增就业3200人。", ["3200"]),
    ],
)
def test_a_number_inside_chinese_title_marks_names_a_work(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全省粮食总产量达1.4兆斤。", ["1.4 trillion jin"]),
        ("全年用电量达2.7兆度。", ["2.7 trillion kWh"]),
        ("岛内营收合计3.1兆元新台币。", ["3.1 trillion TWD"]),
        # before a metric unit 兆 is mega
        ("新增风电装机620兆瓦。", ["620 MW"]),
    ],
)
def test_zhao_before_a_measure_is_a_trillion(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Subscribers used 812 GB of data, and the archive holds 3 TB.", ["812 GB", "3 TB"]),
        ("The cloud stored 4.5 petabytes, or 90 gigabytes a user.", ["4.5 PB", "90 GB"]),
        ("Each phone comes with 64GB and the laptop with a 2TB drive.", ["64 GB", "2 TB"]),
        ("全省移动互联网流量达216亿GB，户均流量为12.4GB。", ["216 亿 GB", "12.4 GB"]),
        # a name in capitals and a network are no unit
        ("Team GB won 4 medals on 5G phones.", ["4"]),
    ],
)
def test_data_in_bytes_is_a_unit(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The challenger leads 3:1 among young voters.", ["3/1"]),
        ("Members approved the merger by a 4:1 margin.", ["4/1"]),
        ("Applicants outnumber places at a ratio of 7:2 this year.", ["7/2"]),
        # times of day, verses and a match's score are no ratio
        ("The polls closed at 8:30 among scenes of chaos.", []),
        ("Rovers won 2:1 at home on Sunday.", []),
    ],
)
def test_two_counts_written_as_a_ratio(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Analysts expect $2.5 billion-$3 billion in bookings.",
            ["2.5 billion USD", "3 billion USD"],
        ),
        ("The sale could raise £40 million-£45 million.", ["40 million GBP", "45 million GBP"]),
        # a scale joined on to a word is still a class of size or a rate
        ("It is a £2 million-a-year contract.", ["2 million GBP / year"]),
    ],
)
def test_a_range_of_amounts_joined_by_a_hyphen_keeps_each_scale(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("港口连续六日吞吐量超过80万标箱。", ["6 day", "more than 80 万"]),
        ("该市持续4日降雨，累计降水120毫米。", ["4 day", "120 mm"]),
        # the day of a month stays a date
        ("3月6日，全市接待游客52万人次。", ["52 万"]),
    ],
)
def test_a_run_of_days_is_a_length_of_time(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Support slipped 2.4 percentage pts to 41%.", ["2.4 pp", "41 %"]),
        ("The lead narrowed by 3 percent points.", ["3 pp"]),
    ],
)
def test_percentage_points_abbreviated(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ore milled averaged 4.7 g/t gold, up from 3.9g/t.", ["4.7 g / t", "3.9 g / t"]),
        # "t" alone after "per" is left unread
        ("Freight cost $6/t more.", ["6 USD"]),
    ],
)
def test_a_grade_in_grams_a_tonne(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The millage is 40 cents per $1,000 of value, down from 42 cents per $1,000.",
            ["0.4 USD / (1000 USD)", "0.42 USD / (1000 USD)"],
        ),
        ("Diesel rose 9 cents a litre over the month.", ["0.09 USD / liter"]),
        # a share is no unit: earnings per share stay an amount
        ("Earnings were 38 cents a share.", ["0.38 USD"]),
    ],
)
def test_cents_per_an_amount_or_a_unit_are_a_rate(text, expected):
    assert _read(text) == expected
