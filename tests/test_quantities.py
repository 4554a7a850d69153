"""Values as written become exact intervals: examples for every construct, and properties."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from quicktions import Fraction as F

from checker.intervals import Interval
from checker.quantities import (
    SCALES,
    Tolerances,
    UnitError,
    ValueError_,
    ValueReader,
    format_value,
    parse_value,
)


def interval(text, **kwargs):
    return parse_value(text, **kwargs).interval


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("0.65", F("0.645"), F("0.655")),
        ("0.650", F("0.6495"), F("0.6505")),
        ("1.406 billion", F("1.4055e9"), F("1.4065e9")),
        ("1,406", F("1405.5"), F("1406.5")),
        ("104,000", F(103500), F(104500)),  # trailing zeros of a whole number may be rounding
        ("822.67 billion CNY", F("822.665e9"), F("822.675e9")),
        ("+8.3 %", F("0.0825"), F("0.0835")),
        ("-2.5", F("-2.55"), F("-2.45")),
        ("1/3", F(1, 3), F(1, 3)),
        ("5 wan", F(45000), F(55000)),
        ("71.4亿", F("71.35e8"), F("71.45e8")),
        ("3 yi", F("2.5e8"), F("3.5e8")),
        ("2.4 million m**2", F("2.35e6"), F("2.45e6")),
        ("160 square kilometers", F("155e6"), F("165e6")),
        ("7.09 .. 7.11 CNY/USD", F("7.085"), F("7.115")),
        ("x1.5 .. x2.5", F("1.45"), F("2.55")),
        ("+1.4 pp", F("0.0135"), F("0.0145")),
    ],
)
def test_written_precision_sets_the_interval(text, low, high):
    assert interval(text) == Interval(low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 300", Interval.at_least(F("295"))),  # 300 may be rounded to two figures
        ("more than 2.11 million", Interval.at_least(F("2.105e6"))),
        ("at least 16", Interval.at_least(F("15.5"))),
        ("under 5", Interval.at_most(F("5.5"))),
        ("up to 600 km**2", Interval.at_most(F("605e6"))),
        ("nearly 1/2", Interval(F("0.45"), F("0.5"))),
        # nearly bounds a size from below whatever its sign: "fell nearly 50%" is 45% to 50%
        ("nearly -50 %", Interval(F("-0.505"), F("-0.45"))),
        ("almost 2.4 million", Interval(F("2.16e6"), F("2.45e6"))),
        (
            "about 119.74 billion USD",
            Interval(
                F("119.735e9") - F("119.74e9") * F("0.05"),
                F("119.745e9") + F("119.74e9") * F("0.05"),
            ),
        ),
        ("nearly x3", Interval(F("2.5"), F("3.5"))),  # the hull of its rounding and 3 x (1 - 10 %)
        ("over +30 %", Interval.at_least(F("0.295"))),
        # a bound at zero states a sign, which is not rounded ("more than 0" is no -0.4)
        ("more than 0 %", Interval.at_least(F(0))),
        ("less than 0 pp", Interval.at_most(F(0))),
        ("at least 0.0", Interval.at_least(F(0))),
    ],
)
def test_qualifiers_map_to_documented_intervals(text, expected):
    assert interval(text) == expected


@pytest.mark.parametrize(
    ("text", "way"),
    [("more than 0 %", "+"), ("at most 0 pp", "-"), ("more than 3 %", None), ("0 %", None)],
)
def test_a_value_of_a_sign_alone_says_its_way(text, way):
    assert parse_value(text).direction == way


def test_tolerances_are_configurable():
    reader = ValueReader(tolerances=Tolerances(about=F(1, 10), nearly=F(1, 5)))
    assert reader.value("about 123").interval == Interval(
        F("122.5") - F("12.3"), F("123.5") + F("12.3")
    )
    assert reader.value("nearly 123").interval == Interval(F(123) * F("0.8"), F("123.5"))


def test_truncating_sources_admit_the_digits_cut_off():
    assert interval("0.65", rounding="truncate") == Interval(F("0.65"), F("0.66"))
    assert interval("-0.65", rounding="truncate") == Interval(F("-0.66"), F("-0.65"))


def test_units_convert_to_base_units_and_keep_currencies_apart():
    per_day = parse_value("337 / day")
    every_five_minutes = parse_value("1 / (5 minute)")
    assert per_day.dimension == every_five_minutes.dimension
    assert every_five_minutes.interval == Interval(F("0.5") / 300, F("1.5") / 300)
    assert parse_value("3 CNY").dimension != parse_value("3 USD").dimension
    assert (
        parse_value("3 yuan").dimension
        == parse_value("3 RMB").dimension
        == parse_value("3 CNY").dimension
    )
    assert parse_value("119.74 billion U.S. dollars").dimension == parse_value("1 USD").dimension
    assert parse_value("3 sq ft").interval.low > 0


def test_percent_and_points_differ_in_form_not_in_size():
    percent, points = parse_value("+1.4 %"), parse_value("+1.4 pp")
    assert (percent.form, points.form) == ("percent", "points")
    assert percent.interval == points.interval


def test_count_nouns_are_accepted_only_when_declared():
    with pytest.raises(UnitError, match="count_nouns"):
        parse_value("300 enterprises")
    reader = ValueReader(count_nouns=frozenset({"enterprises", "base stations"}))
    assert reader.value("300 enterprises").dimension == ()
    assert reader.value("104,000 base stations").dimension == ()
    assert reader.value("337 enterprises / day").dimension == parse_value("1 / day").dimension


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("lots", "no number"),
        ("5 gauss-ish", "unknown unit"),
        ("300 widgets", "unknown unit 'widgets'"),
        ("x3 CNY", "factor"),
        ("5 .. 3", "ends below"),
        ("5 % more", "nothing may follow"),
        ("1/0", "divides by zero"),
    ],
)
def test_unreadable_values_say_why(text, message):
    with pytest.raises(ValueError_, match=message):
        parse_value(text)


def test_each_distinct_text_is_read_once():
    reader = ValueReader()
    assert reader.value("1.406 billion CNY") is reader.value("1.406 billion CNY")
    assert reader.unit("CNY / day") is reader.unit("CNY / day")


# ---- properties

decimals = st.builds(
    lambda whole, fraction_digits, digits: (whole, digits[:fraction_digits]),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=6),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
)
scale_words = st.sampled_from(
    [None, "thousand", "million", "billion", "trillion", "k", "bn", "tn", "wan", "yi"]
)
units = st.sampled_from(["", "CNY", "USD", "km**2", "%", "pp", "/ day", "square meters"])


def _written(whole: int, fraction: str) -> str:
    return f"{whole}.{fraction}" if fraction else str(whole)


@settings(max_examples=300)
@given(decimals, scale_words, units, st.sampled_from(["", "+", "-"]))
@example((104000, ""), None, "", "")
@example((0, "65"), None, "", "")
def test_interval_contains_the_written_value_with_the_width_its_precision_implies(
    number, scale, unit, sign
):
    whole, fraction = number
    text = " ".join(p for p in (sign + _written(whole, fraction), scale, unit) if p)
    quantity = parse_value(text)
    multiplier = (SCALES[scale.lower()] if scale else 1) * quantity.unit.factor
    written = F(_written(whole, fraction)) * (-1 if sign == "-" else 1) * multiplier
    assert quantity.interval.contains(written)
    assert quantity.nominal == written
    if fraction:
        step = F(1, 10 ** len(fraction))
    else:
        # Trailing zeros are rounding at most to two significant figures.
        digits = str(whole)
        zeros = len(digits) - len(digits.rstrip("0"))
        step = F(10 ** min(zeros, max(len(digits) - 2, 0))) if whole else F(1)
    assert quantity.interval.width == step * multiplier
    assert quantity.interval.midpoint == written


qualifiers = st.sampled_from(
    [
        None,
        "about",
        "around",
        "nearly",
        "almost",
        "more than",
        "over",
        "at least",
        "less than",
        "under",
        "at most",
        "up to",
        "an estimated",
        "exceeding",
    ]
)


@settings(max_examples=300)
@given(decimals, scale_words, units, qualifiers, st.sampled_from(["", "+", "-"]))
def test_parsing_what_the_formatter_prints_gives_the_same_interval(
    number, scale, unit, qualifier, sign
):
    whole, fraction = number
    text = " ".join(p for p in (qualifier, sign + _written(whole, fraction), scale, unit) if p)
    quantity = parse_value(text)
    again = parse_value(format_value(quantity))
    assert again.interval == quantity.interval
    assert (again.form, again.dimension) == (quantity.form, quantity.dimension)


def _decimal_text(mantissa: int, decimals: int) -> str:
    digits = str(mantissa).rjust(decimals + 1, "0")
    return f"{digits[:-decimals]}.{digits[-decimals:]}" if decimals else digits


@settings(max_examples=200)
@given(
    st.integers(min_value=1, max_value=10**8),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(
        [
            ("thousand", "million", 3),
            ("million", "billion", 3),
            ("billion", "trillion", 3),
            ("wan", "yi", 4),
        ]
    ),
)
def test_re_expressing_a_value_with_another_scale_word_keeps_the_interval(
    mantissa, decimals, scales
):
    small, large, shift = scales
    # 1234.5 thousand and 1.2345 million are the same figure at the same precision
    as_small = parse_value(f"{_decimal_text(mantissa, decimals + 1)} {small}")
    as_large = parse_value(f"{_decimal_text(mantissa, decimals + 1 + shift)} {large}")
    assert as_large.interval == as_small.interval


value_pieces = st.lists(
    st.sampled_from(
        [
            "12",
            "0.65",
            "1,406.5",
            "104,000",
            "2,234,302",
            "41,15,870",
            ",",
            ",000",
            "3",
            "/",
            "4",
            ".5",
            "+",
            "-",
            "−",
            "x",
            "about",
            "nearly",
            "billion",
            "bn",
            "万",
            "亿",
            "CNY",
            "%",
            "pp",
            "per",
            "day",
            "stations",
            "km2",
            "..",
            " ",
            "  ",
            "\n",
        ]
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=1500)
@given(value_pieces, st.sampled_from(["nearest", "truncate"]))
@example(["3", " ", "/", "4"], "nearest")
@example(["3", "  ", "/4"], "nearest")
@example(["7.09", " ", "..", " ", "7.11", " ", "CNY"], "nearest")
@example(["-", "2,234,302", " ", "billion", " ", "CNY"], "nearest")
@example(["104,000", ",000", " ", "stations"], "truncate")
def test_the_fast_path_for_plain_numbers_reads_exactly_as_the_full_parser(pieces, rounding):
    # ValueReader.value takes a short cut for "1955.31 billion CNY"; _parse_value is the full grammar.
    from checker.quantities import DEFAULT_ROUND_NUMBERS, _parse_value

    text = "".join(pieces)
    outcomes = []
    for read in (
        lambda: ValueReader(frozenset({"stations"})).value(text, rounding),
        lambda: _parse_value(
            text, ValueReader(frozenset({"stations"})), rounding, DEFAULT_ROUND_NUMBERS
        ),
    ):
        try:
            outcomes.append(read())
        except ValueError_ as exc:
            outcomes.append(str(exc))
    assert outcomes[0] == outcomes[1]


def test_the_disk_cached_registry_reads_units_exactly_as_a_fresh_one_and_a_broken_cache_is_set_aside(
    tmp_path, monkeypatch
):
    import pint

    from checker import quantities

    units = [
        "mile",
        "km**2",
        "CNY / USD",
        "1 / (5 minute)",
        "USD / day",
        "acre",
        "kWh",
        "tonne / year",
    ]

    def factors(ureg):
        return [ureg.parse_expression(u).to_base_units().magnitude for u in units]

    expected = factors(quantities._registry(None))
    quantities._registry(tmp_path / "cache")  # writes the cache
    assert list((tmp_path / "cache").glob("*.pickle"))
    assert factors(quantities._registry(tmp_path / "cache")) == expected  # reads it back, exactly

    monkeypatch.setattr(
        quantities.platformdirs, "user_cache_path", lambda *args, **kwargs: tmp_path
    )
    folder = tmp_path / f"pint-{pint.__version__}-strsafe"
    quantities._registry(folder)
    for pickled in folder.glob("*.pickle"):
        pickled.write_bytes(b"not a pickle")
    quantities.registry.cache_clear()
    try:
        assert factors(quantities.registry()) == expected
        assert not folder.exists()  # removed, to be written afresh next time
    finally:
        quantities.registry.cache_clear()


@pytest.mark.parametrize(
    ("text", "reading", "low", "high"),
    [
        ("10 billion", "two-figures", F("9.5e9"), F("10.5e9")),
        ("100,000", "two-figures", F("95000"), F("105000")),
        ("104,000", "two-figures", F("103500"), F("104500")),
        ("50 %", "two-figures", F("0.495"), F("0.505")),
        ("1,200 billion", "two-figures", F("1150e9"), F("1250e9")),
        ("20 billion", "last-digit", F("15e9"), F("25e9")),
        ("100,000", "last-digit", F("50000"), F("150000")),
        ("100,000", "exact", F("99999.5"), F("100000.5")),
        ("50 %", "exact", F("0.495"), F("0.505")),
        ("0.50", "two-figures", F("0.495"), F("0.505")),  # decimals keep their own precision
    ],
)
def test_round_numbers_are_read_as_configured(text, reading, low, high):
    assert parse_value(text, round_numbers=reading).interval == Interval(low, high)


def test_a_round_figure_keeps_its_digit_for_digit_interval():
    quantity = parse_value("1,200 billion")
    assert quantity.digits_exact == Interval(F("1199.5e9"), F("1200.5e9"))
    assert parse_value("10 billion").digits_exact is None  # two figures: nothing more to read
    assert parse_value("1,234").digits_exact is None


def test_units_read_in_an_earlier_run_are_read_from_the_disk_table_without_pint(tmp_path):
    import json
    import os
    import subprocess
    import sys

    units = ["CNY", "km**2", "1 / day", "USD / tonne", "percent"]
    program = (
        "import sys, json\n"
        "from checker.quantities import unit_info\n"
        f"infos = [unit_info(u) for u in {units!r}]\n"
        "print(json.dumps([[str(i.factor), [[n, str(p)] for n, p in i.dimension]] for i in infos]))\n"
        "print('pint' in sys.modules)\n"
    )
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def read() -> tuple[list, bool]:
        out = subprocess.run(
            [sys.executable, "-c", program], env=environment, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        infos, imported = out.stdout.strip().splitlines()
        return json.loads(infos), imported == "True"

    fresh, first_imported = read()
    assert first_imported  # nothing on disk yet: pint reads them, and they are written
    (table,) = (tmp_path / "checker").glob("units-*.json")
    again, second_imported = read()
    assert (again, second_imported) == (fresh, False)  # the same readings, exactly, from disk
    table.write_text("{not json")
    broken, third_imported = read()
    assert (broken, third_imported) == (fresh, True)  # a broken table is read afresh by pint
    assert json.loads(table.read_text())  # and written whole again


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # the writer's nearest "k in n": n rounded as a written whole number is
        ("1 in 5", F(2, 11), F(2, 9)),
        ("3 in 10", F(6, 21), F(6, 19)),
        ("1 in 20", F(2, 41), F(2, 39)),
        # and nearer k/n than the halves, thirds, quarters and fifths on either side of it
        ("1 in 2", F(9, 20), F(11, 20)),  # between 2/5 and 3/5, not 1/2.5 to 1/1.5
        ("1 in 3", F(7, 24), F(11, 30)),  # between 1/4 and 2/5
        ("2 in 3", F(19, 30), F(17, 24)),  # between 3/5 and 3/4
        ("2 in 5", F(11, 30), F(4, 9)),  # above the middle of 1/3 and 2/5
        # a side-taking qualifier bounds it by the fraction itself
        ("almost 1 in 2", F(2, 5), F(1, 2)),  # "almost half (44%)"
        # approximate already: "about two-thirds" is not widened again (61 % is not it)
        ("about 2 in 3", F(19, 30), F(17, 24)),
        ("nearly 1 in 4", F(2, 9), F(1, 4)),
        ("more than 1 in 3", F(1, 3), None),
        ("less than 1 in 10", None, F(1, 10)),
        # a factor over one is a whole and a writer's fraction more ("rose by a third")
        ("x4 in 3", F(31, 24), F(41, 30)),
        ("x3 in 2", F(29, 20), F(31, 20)),
    ],
)
def test_a_writers_fraction_k_in_n_admits_the_shares_it_is_nearest(text, low, high):
    quantity = parse_value(text)
    assert quantity.interval == Interval(low, high)
    assert quantity.nominal == F(*map(int, quantity.number_text.removeprefix("x").split(" in ")))
    assert parse_value(format_value(quantity)).interval == quantity.interval
    assert parse_value("1/5").interval == Interval(F(1, 5), F(1, 5))  # a fraction stays exact


def test_a_writers_fraction_needs_a_whole_of_at_least_two():
    with pytest.raises(ValueError_, match="at least 2"):
        parse_value("1 in 1")


@pytest.mark.parametrize(
    "value, low, high",
    [
        ("x4 in 5", F(7, 9), F(9, 11)),  # one less one in five
        ("x3 in 4", F(5, 7), F(31, 40)),  # one less one in four
        ("x2 in 3", F(19, 30), F(17, 24)),  # as before: thirds are symmetric
        ("x1 in 2", F(9, 20), F(11, 20)),
        ("4 in 5", F(31, 40), F(8, 9)),  # a share keeps the rounding of n
    ],
)
def test_a_factor_under_one_is_a_whole_less_a_writers_fraction(value, low, high):
    interval = parse_value(value).interval
    assert (interval.low, interval.high) == (low, high)
