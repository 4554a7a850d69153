"""Tests for checker.intervals: worked examples plus soundness properties."""

import decimal
import math
import operator
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from quicktions import Fraction as F

from checker.intervals import Interval, format_fixed, format_number, parse_decimal

I = Interval
EVERYTHING = Interval.everything()


# Construction


def test_ints_become_fractions():
    interval = I(1, 2)
    assert type(interval.low) is F and type(interval.high) is F


def test_empty_interval_rejected():
    with pytest.raises(ValueError):
        I(2, 1)


@pytest.mark.parametrize("low, high", [(0.5, 1), (0, 1.0), (True, 2), ("1", 2)])
def test_inexact_or_odd_bounds_rejected(low, high):
    with pytest.raises(TypeError):
        I(low, high)


def test_constructors():
    assert I.point(3) == I(3, 3)
    assert I.closed(F(1, 2), 2) == I(F(1, 2), F(2))
    assert I.at_least(300) == I(300, None)
    assert I.at_most(2) == I(None, 2)
    assert I.everything() == I(None, None)


def test_equality_is_structural_and_hashable():
    assert I(1, 2) == I(F(1), F(2))
    assert I(1, 2) != I(1, 3)
    assert len({I(1, 2), I(F(2, 2), 2)}) == 1


def test_properties():
    assert I(1, 3).is_bounded and not I.at_least(1).is_bounded and not I.at_most(1).is_bounded
    assert I.point(2).is_point and not I(1, 2).is_point and not EVERYTHING.is_point
    assert I(F("0.645"), F("0.655")).width == F("0.01")
    assert I(F("0.645"), F("0.655")).midpoint == F("0.65")
    assert I.at_least(1).width is None and I.at_most(1).midpoint is None


# Set relations


def test_contains():
    assert 1 in I(1, 2) and 2 in I(1, 2) and F(3, 2) in I(1, 2)
    assert 3 not in I(1, 2) and 0 not in I(1, 2)
    assert -(10**100) in I.at_most(0) and 10**100 not in I.at_most(0)
    assert I(1, 2).contains(F(3, 2))


def test_contains_rejects_float():
    with pytest.raises(TypeError):
        I(0, 1).contains(0.5)


def test_intersection_and_intersects():
    assert I(1, 3).intersection(I(2, 5)) == I(2, 3)
    assert I(1, 2).intersection(I(2, 5)) == I.point(2)
    assert I(1, 2).intersection(I(3, 5)) is None
    assert I.at_least(1).intersection(I.at_most(4)) == I(1, 4)
    assert I(1, 3).intersection(2) == I.point(2)
    assert I(1, 2).intersects(I(2, 3)) and not I(1, 2).intersects(I(F(201, 100), 3))


def test_hull():
    assert I(1, 2).hull(I(5, 6)) == I(1, 6)
    assert I(1, 2).hull(I.at_most(0)) == I.at_most(2)
    assert I(1, 2).hull(7) == I(1, 7)


def test_is_subset():
    assert I(1, 2).is_subset(I(0, 2))
    assert not I(1, 3).is_subset(I(0, 2))
    assert I(1, 2).is_subset(I.at_least(1))
    assert not I.at_least(1).is_subset(I(1, 100))
    assert I.at_least(1).is_subset(EVERYTHING)
    assert not EVERYTHING.is_subset(I.at_least(1))


def test_distance():
    assert I(1, 2).distance(I(5, 6)) == 3
    assert I(5, 6).distance(I(1, 2)) == 3
    assert I(1, 3).distance(I(2, 5)) == 0
    assert I.at_least(10).distance(I.at_most(4)) == 6
    assert I(F("0.645"), F("0.655")).distance(F("0.7")) == F("0.045")
    assert type(I(1, 3).distance(2)) is F


# Comparisons


def test_possibly_and_certainly():
    a, b = I(1, 3), I(2, 5)
    assert a.possibly_le(b) and a.possibly_lt(b) and a.possibly_ge(b) and a.possibly_gt(b)
    assert not a.certainly_le(b) and not a.certainly_ge(b)
    assert I(1, 2).certainly_le(I(2, 3)) and not I(1, 2).certainly_lt(I(2, 3))
    assert I(1, 2).possibly_ge(I(2, 3)) and not I(1, 2).possibly_gt(I(2, 3))
    assert I(4, 5).certainly_gt(3) and I(4, 5).certainly_ge(4) and not I(4, 5).certainly_gt(4)
    assert not I(4, 5).possibly_le(3) and not I(4, 5).possibly_lt(4)
    assert I.at_least(4).possibly_ge(10**100) and not I.at_least(4).certainly_le(10**100)
    assert not EVERYTHING.certainly_le(EVERYTHING) and EVERYTHING.possibly_lt(EVERYTHING)
    assert I(1, 2).possibly_eq(2) and not I(1, 2).possibly_eq(3)


def test_comparison_rejects_float():
    with pytest.raises(TypeError):
        I(0, 1).possibly_le(0.5)


# Arithmetic examples


def test_add_sub_neg():
    assert I(1, 2) + I(10, 20) == I(11, 22)
    assert I(1, 2) - I(10, 20) == I(-19, -8)
    assert I.at_least(1) + I(0, 5) == I.at_least(1)
    assert I.at_least(1) - I.at_most(0) == I.at_least(1)
    assert I.at_least(1) - I.at_least(0) == EVERYTHING
    assert -I(1, 2) == I(-2, -1) and -I.at_least(3) == I.at_most(-3)


def test_mixed_operands_either_side():
    assert I(1, 2) + 1 == I(2, 3) and 1 + I(1, 2) == I(2, 3)
    assert I(1, 2) - 1 == I(0, 1) and 1 - I(1, 2) == I(-1, 0)
    assert I(1, 2) * F(1, 2) == I(F(1, 2), 1) and F(1, 2) * I(1, 2) == I(F(1, 2), 1)
    assert I(1, 2) / 2 == I(F(1, 2), 1) and 2 / I(1, 2) == I(1, 2)
    assert F(1) + I(0, 1) == I(1, 2)


@pytest.mark.parametrize("op", [operator.add, operator.sub, operator.mul, operator.truediv])
def test_float_operands_rejected(op):
    with pytest.raises(TypeError):
        op(I(1, 2), 0.5)
    with pytest.raises(TypeError):
        op(0.5, I(1, 2))


@pytest.mark.parametrize(
    "a, b, product",
    [
        (I(1, 2), I(3, 4), I(3, 8)),
        (I(-1, 2), I(3, 4), I(-4, 8)),
        (I(-2, 3), I(-5, 7), I(-15, 21)),
        (I.at_least(1), I(-2, -1), I.at_most(-1)),
        (I.point(0), EVERYTHING, I.point(0)),
        (I(0, 1), I.at_least(1), I.at_least(0)),
        (I(-1, 0), I.at_least(2), I.at_most(0)),
        (I.at_most(-1), I.at_most(-2), I.at_least(2)),
        (I(-1, 1), I.at_least(1), EVERYTHING),
        (EVERYTHING, I.point(3), EVERYTHING),
    ],
)
def test_mul(a, b, product):
    assert a * b == product
    assert b * a == product


@pytest.mark.parametrize(
    "a, b, quotient",
    [
        (I(1, 2), I(4, 8), I(F(1, 8), F(1, 2))),
        (I(-1, 2), I(-4, -2), I(-1, F(1, 2))),
        (I(1, 2), I(0, 3), I.at_least(F(1, 3))),
        (I(1, 2), I(-3, 0), I.at_most(F(-1, 3))),
        (I(-1, 2), I(0, 3), EVERYTHING),
        (I(1, 2), I(-1, 1), EVERYTHING),
        (I(1, 2), I.point(0), EVERYTHING),
        (I.point(0), I.point(0), EVERYTHING),
        (I(1, 2), I.at_least(1), I(0, 2)),
        (I(1, 2), I.at_least(0), I.at_least(0)),
        (I.at_least(1), I(1, 2), I.at_least(F(1, 2))),
        # Every admissible (nonzero) divisor gives 0 / y == 0.
        (I.point(0), I(-1, 1), I.point(0)),
    ],
)
def test_div(a, b, quotient):
    assert a / b == quotient


@pytest.mark.parametrize(
    "a, n, power",
    [
        (I(2, 3), 2, I(4, 9)),
        (I(-3, -2), 2, I(4, 9)),
        (I(-2, 3), 2, I(0, 9)),
        (I(-3, 2), 3, I(-27, 8)),
        (I(-2, 3), 0, I.point(1)),
        (EVERYTHING, 0, I.point(1)),
        (I.at_least(2), 3, I.at_least(8)),
        (I.at_most(-2), 2, I.at_least(4)),
        (I.at_most(-2), 3, I.at_most(-8)),
        (I.at_least(-1), 2, I.at_least(0)),
        (I(2, 4), -1, I(F(1, 4), F(1, 2))),
        (I(-4, -2), -2, I(F(1, 16), F(1, 4))),
        (I(-1, 1), -1, EVERYTHING),
        (I(-1, 2), -2, I.at_least(F(1, 4))),
        (I(0, 2), -1, I.at_least(F(1, 2))),
        (I.point(0), -2, EVERYTHING),
        (I(F("1.05"), F("1.06")), 9, I(F("1.05") ** 9, F("1.06") ** 9)),
    ],
)
def test_pow(a, n, power):
    assert a**n == power


def test_pow_rejects_non_int_exponent():
    with pytest.raises(TypeError):
        I(1, 2) ** F(1, 2)


@pytest.mark.parametrize(
    "a, result",
    [
        (I(1, 2), I(1, 2)),
        (I(-2, -1), I(1, 2)),
        (I(-3, 2), I(0, 3)),
        (I.at_most(-1), I.at_least(1)),
        (I.at_least(-5), I.at_least(0)),
        (EVERYTHING, I.at_least(0)),
    ],
)
def test_abs(a, result):
    assert abs(a) == result


def test_relative_change_relation():
    start, end = I(F("99.5"), F("100.5")), I(F("164.5"), F("165.5"))
    change = end / start - 1
    assert change.possibly_eq(F("0.65")) and not change.possibly_eq(F("0.7"))


# Formatting


@pytest.mark.parametrize(
    "x, significant, text",
    [
        (F("0.65"), 6, "0.65"),
        (F(100), 6, "100"),
        (F("-2.5"), 6, "-2.5"),
        (F(0), 6, "0"),
        (F(1, 3), 6, "0.333333"),
        (F(2, 3), 6, "0.666667"),
        (F(-2, 3), 6, "-0.666667"),
        (F("0.1") + F("0.2"), 6, "0.3"),
        (F(1234567), 6, "1234570"),
        (F(1234567), 7, "1234567"),
        (F("9.9999996"), 6, "10"),
        (F("999999.5"), 6, "1000000"),
        (F("0.000001"), 6, "0.000001"),
        (F("0.00000015"), 6, "1.5e-07"),
        (F(10) ** 15, 6, "1e+15"),
        (F(10) ** 15 - 1, 6, "1e+15"),
        (F(10) ** 15 - 1, 15, "999999999999999"),
        (F("-123456789012345.6"), 3, "-123000000000000"),
        (F(10) ** 5000, 6, "1e+5000"),
        (F(2), 1, "2"),
        (F("2.5"), 1, "3"),
        (F("-2.5"), 1, "-3"),
        (5, 6, "5"),
    ],
)
def test_format_number(x, significant, text):
    assert format_number(x, significant) == text


def test_format_number_rejects_bad_input():
    with pytest.raises(TypeError):
        format_number(0.5)
    with pytest.raises(ValueError):
        format_number(F(1), 0)


@pytest.mark.parametrize(
    "interval, text",
    [
        (I(F("0.645"), F("0.655")), "[0.645, 0.655]"),
        (I.at_least(300), "[300, inf)"),
        (I.at_most(2), "(-inf, 2]"),
        (EVERYTHING, "(-inf, inf)"),
        (I.point(F(-1, 2)), "[-0.5, -0.5]"),
        # Distinct bounds get extra digits rather than printing as a point.
        (I(F("1234566.5"), F("1234567.5")), "[1234566.5, 1234567.5]"),
    ],
)
def test_str(interval, text):
    assert str(interval) == text


# Properties

# Built from integers rather than st.fractions(), which is several times slower to draw.
small_fractions = st.one_of(
    st.integers(-20, 20).map(F),
    st.builds(F, st.integers(-5000, 5000), st.integers(1, 50)),
)


@st.composite
def intervals(draw):
    a, b = sorted([draw(small_fractions), draw(small_fractions)])
    low = None if draw(st.integers(0, 4)) == 0 else a
    high = None if draw(st.integers(0, 4)) == 0 else b
    return I(low, high)


@st.composite
def intervals_with_point(draw):
    """An interval and one of its members, favouring bounds and 0 where the edge cases live."""
    interval = draw(intervals())
    candidates = [bound for bound in (interval.low, interval.high) if bound is not None]
    if 0 in interval:
        candidates.append(F(0))
    offset = F(draw(st.integers(0, 2500)), 50)
    if interval.is_bounded:
        candidates.append(interval.low + offset * interval.width / 50)
    elif interval.low is not None:
        candidates.append(interval.low + offset)
    elif interval.high is not None:
        candidates.append(interval.high - offset)
    else:
        candidates.append(draw(small_fractions))
    x = draw(st.sampled_from(candidates))
    return interval, x


@settings(max_examples=200)
@given(intervals_with_point(), intervals_with_point())
def test_generated_points_are_members(ax, by):
    (a, x), (b, y) = ax, by
    assert x in a and y in b


@settings(max_examples=200)
@given(
    intervals_with_point(),
    intervals_with_point(),
    st.sampled_from([operator.add, operator.sub, operator.mul, operator.truediv]),
)
def test_binary_operations_are_sound(ax, by, op):
    (a, x), (b, y) = ax, by
    assume(op is not operator.truediv or y != 0)
    expected = op(x, y)
    assert expected in op(a, b)
    assert expected in op(a, y)
    assert expected in op(x, b)


@settings(max_examples=200)
@given(intervals_with_point(), st.integers(-4, 5))
def test_power_is_sound(ax, n):
    a, x = ax
    assume(n >= 0 or x != 0)
    assert x**n in a**n


@settings(max_examples=200)
@given(intervals_with_point())
def test_unary_operations_are_sound(ax):
    a, x = ax
    assert -x in -a
    assert abs(x) in abs(a)


@settings(max_examples=200)
@given(intervals_with_point(), intervals_with_point())
def test_possibly_holds_when_witnessed(ax, by):
    (a, x), (b, y) = ax, by
    if x <= y:
        assert a.possibly_le(b) and b.possibly_ge(a)
    if x < y:
        assert a.possibly_lt(b) and b.possibly_gt(a)
    if x == y:
        assert a.possibly_eq(b)


@settings(max_examples=200)
@given(intervals_with_point(), intervals_with_point())
def test_certainly_holds_for_every_choice(ax, by):
    (a, x), (b, y) = ax, by
    if a.certainly_le(b):
        assert x <= y
    if a.certainly_lt(b):
        assert x < y
    if a.certainly_ge(b):
        assert x >= y
    if a.certainly_gt(b):
        assert x > y


@settings(max_examples=200)
@given(intervals(), intervals())
def test_possibly_is_the_negation_of_certainly_the_opposite(a, b):
    assert a.possibly_le(b) == (not a.certainly_gt(b))
    assert a.possibly_lt(b) == (not a.certainly_ge(b))
    assert a.possibly_ge(b) == (not a.certainly_lt(b))
    assert a.possibly_gt(b) == (not a.certainly_le(b))


@settings(max_examples=200)
@given(intervals_with_point(), intervals_with_point())
def test_intersection_and_hull_contents(ax, by):
    (a, x), (b, y) = ax, by
    common = a.intersection(b)
    assert (common is not None) == a.intersects(b)
    if x in b:
        assert common is not None and x in common
    if common is not None:
        assert common.is_subset(a) and common.is_subset(b)
    hull = a.hull(b)
    assert x in hull and y in hull and a.is_subset(hull) and b.is_subset(hull)


@settings(max_examples=200)
@given(intervals_with_point(), intervals_with_point())
def test_distance_is_a_lower_bound_on_gaps(ax, by):
    (a, x), (b, y) = ax, by
    gap = a.distance(b)
    assert gap == b.distance(a)
    assert gap <= abs(x - y)
    assert (gap == 0) == a.intersects(b)


@settings(max_examples=200)
@given(intervals())
def test_width_and_midpoint(a):
    if a.is_bounded:
        assert a.width >= 0 and a.midpoint in a
    else:
        assert a.width is None and a.midpoint is None


@settings(max_examples=200)
@given(st.integers(-999_999, 999_999), st.integers(-12, 10))
def test_format_number_prints_short_decimals_canonically(digits, scale):
    value = Decimal(digits).scaleb(scale)
    assume(value == 0 or Decimal("1e-6") <= abs(value) < Decimal("1e15"))
    text = format(value.normalize(), "f")
    assert format_number(F(text)) == text


def _rounded_reference(x: F, significant: int) -> F:
    """x rounded half away from zero to `significant` significant digits, in plain Fractions."""
    if x == 0:
        return x
    magnitude, exponent = abs(x), 0
    while magnitude >= F(10) ** (exponent + 1):
        exponent += 1
    while magnitude < F(10) ** exponent:
        exponent -= 1
    unit = F(10) ** (exponent - significant + 1)
    rounded = math.floor(magnitude / unit + F(1, 2)) * unit
    return rounded if x > 0 else -rounded


ratios = st.builds(
    lambda numerator, denominator, shift: F(numerator, denominator) * F(10) ** shift,
    st.integers(-(10**30), 10**30),
    st.integers(1, 10**20),
    st.integers(-25, 25),
)


@settings(max_examples=300)
@given(ratios, st.integers(1, 14))
def test_format_number_prints_the_value_rounded_half_away_from_zero(x, significant):
    text = format_number(x, significant)
    assert parse_decimal(text) == _rounded_reference(x, significant), text


# Values halfway between two of `places` decimals: rounded to the even one, as round() does.
ties = st.builds(
    lambda odd, places: F(2 * odd + 1, 2 * 10**places), st.integers(-999, 999), st.integers(0, 4)
)


@settings(max_examples=300)
@given(st.one_of(ratios, ties), st.integers(0, 4))
def test_format_fixed_prints_what_the_rounded_value_prints_as_a_float(x, places):
    assume(abs(x) < 10**200)
    assert format_fixed(x, places) == f"{float(round(x, places)):.{places}f}"


@settings(max_examples=300)
@given(ratios, st.integers(1, 10**12), st.integers(0, 12))
def test_interval_text_adds_digits_until_no_bound_moves_by_a_hundredth_of_the_width(
    low, width, smallness
):
    high = low + F(width, 10**smallness)
    tolerance = (high - low) / 100
    significant = 6
    while significant < 30 and any(
        abs(_rounded_reference(bound, significant) - bound) > tolerance for bound in (low, high)
    ):
        significant += 1
    text = f"[{format_number(low, significant)}, {format_number(high, significant)}]"
    assert str(Interval(low, high)) == text
    assert str(Interval(low, high)) == text  # written again, from those written lately


# ---- real powers (roots), as used for compound annual rates


def _precise_power(x: F, exponent: F) -> F:
    """x ** exponent to 60 digits, far beyond the float margin the implementation uses."""
    if exponent.denominator == 1:
        return x ** int(exponent)
    with decimal.localcontext() as context:
        context.prec = 60
        base = decimal.Decimal(x.numerator) / decimal.Decimal(x.denominator)
        power = decimal.Decimal(exponent.numerator) / decimal.Decimal(exponent.denominator)
        return F((base.ln() * power).exp())


@settings(max_examples=200)
@given(
    low=st.fractions(min_value=F(1, 100), max_value=100),
    width=st.fractions(min_value=0, max_value=10),
    numerator=st.integers(min_value=-20, max_value=20),
    denominator=st.integers(min_value=2, max_value=12),
    data=st.data(),
)
def test_real_power_contains_every_power_of_its_points(low, width, numerator, denominator, data):
    base = Interval(low, low + width)
    exponent = F(numerator, denominator)
    x = data.draw(st.fractions(min_value=base.low, max_value=base.high))
    assert base.power(exponent).contains(_precise_power(x, exponent))


def test_real_power_of_whole_exponent_is_exact():
    assert Interval(F(1), F(2)).power(3) == Interval(1, 8)
    assert Interval(F(1), F(2)).power(Interval.point(2)) == Interval(1, 4)


def test_real_power_of_a_root_brackets_the_root():
    ninth_root = Interval(F(14, 10), F(14, 10)).power(F(1, 9))
    assert ninth_root.contains(_precise_power(F(14, 10), F(1, 9)))
    assert ninth_root.width < F(1, 10**6)


def test_real_power_of_negative_base_is_unbounded():
    assert Interval(-1, 2).power(F(1, 2)) == Interval.everything()


def test_an_interval_travels_to_another_process_as_it_is():
    """Pickled (to a worker, or back with a finding), an interval is made again from its bounds
    without its checks, by `_trusted`, unbounded sides included."""
    import pickle

    for interval in (I(F(1, 3), F(7, 2)), I.at_least(F(-2)), I(None, F(5)), EVERYTHING):
        packed = pickle.dumps(interval, protocol=pickle.HIGHEST_PROTOCOL)
        assert b"_trusted" in packed
        again = pickle.loads(packed)
        assert again == interval and (again.low, again.high) == (interval.low, interval.high)
        assert str(again) == str(interval)


@settings(max_examples=500, deadline=None)
@given(
    x=st.floats(allow_nan=False)
    | st.sampled_from([0.0, -0.0, 5e-324, 1.7976931348623157e308, math.inf, -math.inf])
)
def test_a_float_bound_is_widened_by_its_margin_exactly(x):
    """A root's float bounds are widened outward by |x| / 10**9 and 10**-300, exactly as those
    fractions add up (the same reduced fraction), made from the float's own whole numbers."""
    from checker.intervals import _widen_down, _widen_up

    if math.isinf(x):
        assert _widen_down(x) is None and _widen_up(x) is None
        return
    value = F(x)
    margin = abs(value) * F(1, 10**9) + F(1, 10**300)
    for widened, expected in ((_widen_down(x), value - margin), (_widen_up(x), value + margin)):
        assert (widened.numerator, widened.denominator) == (
            expected.numerator,
            expected.denominator,
        )


def test_a_root_with_a_point_exponent_is_the_root_of_its_two_bounds():
    from checker.intervals import _float_power, _widen_down, _widen_up

    base = Interval(F(17535, 10000), F(17545, 10000))
    root = base.power(Interval.point(F(1, 5)))
    assert root.low == _widen_down(_float_power(base.low, F(1, 5)))
    assert root.high == _widen_up(_float_power(base.high, F(1, 5)))
    both = base.power(Interval(F(1, 5), F(1, 4)))
    assert both.low == _widen_down(_float_power(base.low, F(1, 5)))
    assert both.high == _widen_up(_float_power(base.high, F(1, 4)))
