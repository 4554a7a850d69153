"""Real number writing in mentions (issue 14, point 5): each form read by value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extraction.mentions import find_mentions
from checker.intervals import parse_decimal
from checker.numerals import Numeral, cjk_numeral_value, fold, read_numbers


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deficit drops $184B in a year", [("$184B", "184 b USD")]),
        ("traffic rose to 67.34m, Gatwick", [("67.34m", "67.34 m")]),
        ("1.7m fewer pints", [("1.7m", "1.7 m")]),
        ("He is 1.8m tall and ran the 100m race", []),
        ("assets of CNY3.9 trillion", [("CNY3.9 trillion", "3.9 trillion CNY")]),
        ("reached 9.659billion yuan", [("9.659billion yuan", "9.659 billion CNY")]),
        ("trimmed to 41,15,870 crore", [("41,15,870 crore", "41,15,870 crore INR")]),
        (
            "a birth rate of 9.37‰, down 0.52个千分点",
            [("9.37‰", "9.37 ‰"), ("0.52个千分点", "0.52 千分点")],
        ),
        ("in the first half of the year", []),
        ("1—5月份增长3.4%", [("3.4%", "3.4 %")]),
        ("two hundred and fifty people came", [("two hundred and fifty", "250")]),
        ("one and a half million people", [("one and a half million", "1.5 million")]),
        ("three thousand four hundred jobs", [("three thousand four hundred", "3400")]),
        ("3 in 10 oppose it", [("3 in 10", "3 in 10")]),
        ("a risk of one in 3 million", [("one in 3 million", "1 in 3000000")]),
        ("more than three in five Scots", [("more than three in five", "more than 3 in 5")]),
        ("3 in 2019", [("3", "3")]),
    ],
)
def test_english_number_writing(text, expected):
    assert _read(text) == expected


def test_decimal_commas_where_the_text_uses_them():
    text = "revenue of $5,8-billion, against $6,1-billion, down 1,5%"
    assert _read(text) == [
        ("$5,8-billion", "5.8 billion USD"),
        ("$6,1-billion", "6.1 billion USD"),
        ("1,5%", "1.5 %"),
    ]
    # One such number in a text grouped in thousands is not enough to read commas so.
    assert _read("sold 1,234.5 tonnes and 5,8 more")[0] == ("1,234.5 tonnes", "1,234.5 t")


@pytest.mark.parametrize(
    ("quote", "number", "stated"),
    [
        ("四十天內共發送旅客", "40", True),
        ("同比增長5.5倍", "550", True),
        ("八成左右", "80", True),
        ("trimmed to 41,15,870 crore", "41,15,870", True),
        ("IBM had $5,8-billion", "5.8", True),
        ("6 in 20 oppose it", "6/20", True),
        ("one in 3 million", "1/3000000", True),
        ("6 in 20 oppose it", "3/10", False),
        ("十九億", "20", False),
    ],
)
def test_the_quote_check_reads_the_same_forms(quote, number, stated):
    from checker.checks import quote_has_number

    assert quote_has_number(quote, number) is stated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate edged up to 6.7 percent", [("6.7 percent", "6.7 %")]),
        ("loans of up to $50,000", [("up to $50,000", "up to 50,000 USD")]),
        ("a 30-foot-tall wall", [("30-foot", "30 ft")]),
        ("a 27.6-percent rise", [("27.6-percent", "27.6 %")]),
        ("It passed 54-46%.", [("54", "54 %"), ("46%", "46 %")]),
        ("the lake is 2.7 times bigger", [("2.7 times bigger", "x2.7 .. x3.7")]),
        ("it would quintuple, not quadruple it", [("quintuple", "x5"), ("quadruple", "x4 in 1")]),
        ("a five-fold rise", [("five-fold", "x5")]),
        ("cut the deficit in half", [("half", "x1 in 2")]),
    ],
)
def test_english_forms_around_the_number(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rs 62 per kilogram", [("Rs 62 per kilogram", "62 INR / kg")]),
        ("$13.45 a year", [("$13.45 a year", "13.45 USD / year")]),
        ("$2.75 per $1,000 of value", [("$2.75 per $1,000", "2.75 USD / (1000 USD)")]),
        ("$5 a share", [("$5", "5 USD")]),
    ],
)
def test_prices_per_unit(text, expected):
    assert _read(text) == expected


def test_an_amount_in_two_scales_is_one_figure():
    text = "GDP was 730 billion 200 million yuan"
    assert _read(text) == [("730 billion 200 million yuan", "730.2 billion CNY")]
    assert _read("3 billion and 2 billion") == [
        ("3 billion", "3 billion"),
        ("2 billion", "2 billion"),
    ]


def test_an_amount_in_two_scales_is_read_in_its_first_scale():
    found = read_numbers("a turnover of 730 billion 200 million yuan")
    assert Numeral(parse_decimal("730.2"), "billion") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [("earned $30,000, 20 percent less", 30000), ("sold 1,200, 30 more than", 1200)],
)
def test_a_grouped_number_before_a_comma_and_another_number_is_read_whole(text, value):
    # "30,000, 20" is a list of two numbers: each item keeps its own grouping
    assert value in {n.value for n in read_numbers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "gdp of 1.754 trillion yuan in 2013",
        "1,754 and 1754 and 17.54 and .5",
        "30,000, 20 and 5 million, 75 cents, 5‰",
        "总值１７５４亿元",
        "1 754.5 and 1’754",
    ],
)
def test_the_first_look_of_the_quote_check_is_a_part_of_all_the_digits(text):
    """What `read_digit_numbers_of` finds for a value is among the readings of every number in
    digits: the quote check's cheaper first look can state nothing the full reading would not."""
    from checker.numerals import read_digit_numbers, read_digit_numbers_of

    every = set(read_digit_numbers(text))
    for value in {n.value for n in every}:
        assert set(read_digit_numbers_of(text, value)) <= every
    assert read_digit_numbers_of(text, parse_decimal("987654321")) == []


def test_the_first_look_reads_only_the_figure_asked_for():
    from checker.numerals import read_digit_numbers_of

    assert read_digit_numbers_of("gdp of 1.754 trillion yuan in 2013", parse_decimal("1.754")) == [
        Numeral(parse_decimal("1.754"), "trillion")
    ]


_PLAIN_TEXT_PIECES = st.sampled_from(
    [
        "1.754",
        "1,754",
        "1754",
        "17.54",
        ".5",
        "2013",
        "30,000, 20",
        "1 754",
        "5",
        "05",
        "x3",
        " ",
        "  ",
        "\t",
        "\n",
        ", ",
        ".",
        "-",
        "+",
        "%",
        " trillion",
        " million",
        "m",
        "b",
        " k",
        " bn",
        " thousand",
        " cents",
        "‰",
        "亿",
        "１７５４",
        " of gdp",
        " in ",
        "yuan",
        "pp",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(_PLAIN_TEXT_PIECES, max_size=8),
    written=st.sampled_from(["1.754", "1754", "17.54", "5", "2013", "30", "0.5", "20"]),
    scale=st.sampled_from([None, "trillion", "million", "billion", "thousand"]),
)
def test_a_number_written_plainly_is_a_number_the_quote_check_reads(pieces, written, scale):
    """`writes_plainly`, the quote check's first look without reading values, says a text
    states a figure only where the readings of its numbers in digits do (`_states` over
    `read_digit_numbers_of`); and a quote's text is normalised alike with or without the fold
    of white space it skips for a single-spaced ASCII text."""
    from checker.checks import _SPACES, _states, normalize_text
    from checker.numerals import exact_fraction, read_digit_numbers_of, writes_plainly

    text = "".join(pieces)
    if writes_plainly(text, written, scale):
        assert _states(read_digit_numbers_of(text, exact_fraction(written)), written, scale)[0]
    if text.isascii():
        assert normalize_text(text) == _SPACES.sub(" ", text).strip()


def test_a_number_written_plainly_with_its_scale_word_or_none():
    from checker.numerals import writes_plainly

    assert writes_plainly("gdp of 1.754 trillion yuan in 2013", "1.754", "trillion")
    assert writes_plainly("gdp of 1.754 yuan", "1.754", "trillion")  # a scale given elsewhere
    assert not writes_plainly("gdp of 1.754 billion yuan", "1.754", "trillion")
    assert not writes_plainly("gdp of 11.754 trillion yuan", "1.754", "trillion")
    assert not writes_plainly("gdp of 1,754 yuan", "1754", None)  # read by the full path
