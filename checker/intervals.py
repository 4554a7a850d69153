"""Exact interval arithmetic over Fractions, with unbounded ends allowed.

An Interval holds every true value a rounded number admits; each operation returns an
interval containing every value the operation can take on its operands (never fewer).
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass
from typing import Any, TypeAlias

from quicktions import Fraction

__all__ = [
    "Interval",
    "add",
    "divide",
    "multiply",
    "overlaps",
    "subtract",
    "Number",
    "StrSafeFraction",
    "exact_point",
    "format_fixed",
    "format_number",
    "parse_decimal",
]

Number: TypeAlias = Fraction | int

_DEFAULT_SIGNIFICANT = 6
# __str__ adds digits until each printed bound is off by at most this share of the width,
# but stops at _MAX_SIGNIFICANT so bounds a hair apart cannot make it print hundreds of digits.
_DISPLAY_TOLERANCE = Fraction(1, 100)
_MAX_SIGNIFICANT = 30
# Exponent range printed positionally: 1e-6 <= |x| < 1e15.
_MIN_POSITIONAL_EXPONENT = -6
_MAX_POSITIONAL_EXPONENT = 14


_DECIMAL = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?")
_RATIO = re.compile(r"([+-]?\d+)\s*/\s*([+-]?\d+)")


def parse_decimal(text: str) -> Fraction:
    """A decimal ("0.65", "-2.5", "7", "1e-3") or ratio ("1/3") text as an exact Fraction.

    Every text the project reads into a Fraction goes through here, never through
    `Fraction(str)`: quicktions 1.17 to 1.24, given a one-character str ("0", "7"), overwrites
    CPython's cached one-byte bytes objects, so that b"\x00" reads b"7" for the rest of the
    process (gzip and NUL-byte checks then fail at random). Built from ints, it cannot."""
    stripped = text.strip()
    ratio = _RATIO.fullmatch(stripped)
    if ratio:
        return Fraction(int(ratio.group(1)), int(ratio.group(2)))
    match = _DECIMAL.fullmatch(stripped)
    if match is None or not (match.group(2) or match.group(3)):
        raise ValueError(f"invalid literal for Fraction: {text!r}")
    sign, whole, decimals, exponent = match.groups()
    decimals = decimals or ""
    numerator = int((whole or "") + decimals or "0")
    denominator = 10 ** len(decimals)
    power = int(exponent or 0)
    if power >= 0:
        numerator *= 10**power
    else:
        denominator *= 10**-power
    return Fraction(-numerator if sign == "-" else numerator, denominator)


class StrSafeFraction(Fraction):
    """quicktions' Fraction, but a str goes through `parse_decimal`: the type handed to
    libraries that build Fractions from text themselves (pint's `non_int_type`)."""

    def __new__(cls, numerator: object = 0, denominator: object = None) -> StrSafeFraction:
        if isinstance(numerator, str) and denominator is None:
            parsed = parse_decimal(numerator)
            return super().__new__(cls, parsed.numerator, parsed.denominator)
        return super().__new__(cls, numerator, denominator)


def _is_number(x: object) -> bool:
    # bool is an int subclass, but a True/False bound is almost surely a caller's bug.
    # Any exact rational (a standard-library Fraction from a caller included) becomes ours.
    return isinstance(x, numbers.Rational) and not isinstance(x, bool)


def _to_fraction(x: object) -> Fraction:
    if type(x) is Fraction:  # the common case, without the slow check against numbers.Rational
        return x
    if not _is_number(x):
        raise TypeError(
            f"expected Fraction or int, got {type(x).__name__} {x!r}; "
            "floats are inexact, parse decimals with Fraction('0.65')"
        )
    return Fraction(x)


@dataclass(frozen=True, slots=True)
class Interval:
    """The closed interval [low, high]; a None bound is unbounded on that side."""

    low: Fraction | None
    high: Fraction | None

    def __post_init__(self) -> None:
        low, high = self.low, self.high
        # Bounds already exact (the common case on the hot path) are kept as they are.
        if low is not None and type(low) is not Fraction:
            low = _to_fraction(low)
            object.__setattr__(self, "low", low)
        if high is not None and type(high) is not Fraction:
            high = _to_fraction(high)
            object.__setattr__(self, "high", high)
        if low is not None and high is not None and low > high:
            raise ValueError(f"empty interval: low {low} > high {high}")

    @classmethod
    def point(cls, x: Number) -> Interval:
        return cls(x, x)

    @classmethod
    def closed(cls, low: Number | None, high: Number | None) -> Interval:
        return cls(low, high)

    @classmethod
    def at_least(cls, x: Number) -> Interval:
        return cls(x, None)

    @classmethod
    def at_most(cls, x: Number) -> Interval:
        return cls(None, x)

    @classmethod
    def everything(cls) -> Interval:
        return cls(None, None)

    @property
    def is_bounded(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    @property
    def width(self) -> Fraction | None:
        if self.low is None or self.high is None:
            return None
        return self.high - self.low

    @property
    def midpoint(self) -> Fraction | None:
        if self.low is None or self.high is None:
            return None
        return (self.low + self.high) / 2

    # Set relations

    def contains(self, x: Number) -> bool:
        x = _to_fraction(x)
        return (self.low is None or self.low <= x) and (self.high is None or x <= self.high)

    def __contains__(self, x: Number) -> bool:
        return self.contains(x)

    def intersects(self, other: Interval | Number) -> bool:
        """Whether they share a value: neither ends below where the other starts (what
        `intersection` finds, without building the interval)."""
        return overlaps(self, _coerce(other))

    def intersection(self, other: Interval | Number) -> Interval | None:
        other = _coerce(other)
        low = _max_low(self.low, other.low)
        high = _min_high(self.high, other.high)
        if low is not None and high is not None and low > high:
            return None
        return Interval(low, high)

    def hull(self, other: Interval | Number) -> Interval:
        other = _coerce(other)
        low = None if self.low is None or other.low is None else min(self.low, other.low)
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return Interval(low, high)

    def is_subset(self, other: Interval | Number) -> bool:
        other = _coerce(other)
        low_inside = other.low is None or (self.low is not None and other.low <= self.low)
        high_inside = other.high is None or (self.high is not None and self.high <= other.high)
        return low_inside and high_inside

    def distance(self, other: Interval | Number) -> Fraction:
        """The gap between the two intervals, 0 when they share a value."""
        other = _coerce(other)
        # A gap exists only between a finite high and a finite low (certainly_lt, spelled out).
        if self.high is not None and other.low is not None and self.high < other.low:
            return other.low - self.high
        if other.high is not None and self.low is not None and other.high < self.low:
            return self.low - other.high
        return Fraction(0)

    # Relations for SOME choice of values (x in self, y in other)

    def possibly_eq(self, other: Interval | Number) -> bool:
        return self.intersects(other)

    def possibly_le(self, other: Interval | Number) -> bool:
        return not self.certainly_gt(other)

    def possibly_lt(self, other: Interval | Number) -> bool:
        return not self.certainly_ge(other)

    def possibly_ge(self, other: Interval | Number) -> bool:
        return not self.certainly_lt(other)

    def possibly_gt(self, other: Interval | Number) -> bool:
        return not self.certainly_le(other)

    # Relations for ALL choices of values (x in self, y in other)

    def certainly_le(self, other: Interval | Number) -> bool:
        other = _coerce(other)
        return self.high is not None and other.low is not None and self.high <= other.low

    def certainly_lt(self, other: Interval | Number) -> bool:
        other = _coerce(other)
        return self.high is not None and other.low is not None and self.high < other.low

    def certainly_ge(self, other: Interval | Number) -> bool:
        return _coerce(other).certainly_le(self)

    def certainly_gt(self, other: Interval | Number) -> bool:
        return _coerce(other).certainly_lt(self)

    # Arithmetic

    def __neg__(self) -> Interval:
        return Interval(_negate(self.high), _negate(self.low))

    def __abs__(self) -> Interval:
        if self.low is not None and self.low >= 0:
            return self
        if self.high is not None and self.high <= 0:
            return -self
        high = None if self.low is None or self.high is None else max(-self.low, self.high)
        return Interval(0, high)

    def __add__(self, other: Interval | Number) -> Interval:
        other = _operand(other)
        if other is None:
            return NotImplemented
        return add(self, other)

    __radd__ = __add__

    def __sub__(self, other: Interval | Number) -> Interval:
        other = _operand(other)
        if other is None:
            return NotImplemented
        return subtract(self, other)

    def __rsub__(self, other: Number) -> Interval:
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other + -self

    def __mul__(self, other: Interval | Number) -> Interval:
        other = _operand(other)
        if other is None:
            return NotImplemented
        return multiply(self, other)

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | Number) -> Interval:
        other = _operand(other)
        if other is None:
            return NotImplemented
        return divide(self, other)

    def __rtruediv__(self, other: Number) -> Interval:
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other / self

    def __pow__(self, exponent: int) -> Interval:
        if not isinstance(exponent, int) or isinstance(exponent, bool):
            return NotImplemented
        if exponent == 0:
            # Python's convention 0 ** 0 == 1 makes this hold for every x, unbounded or not.
            return Interval.point(1)
        if exponent < 0:
            return Interval.point(1) / self**-exponent
        # Bounds in order by monotony, so made without the checks (a compound rate's power of
        # exact fractions, in every join of its rules).
        if exponent % 2 == 1 or (self.low is not None and self.low >= 0):
            # x ** exponent is non-decreasing on this interval.
            return _trusted(_power(self.low, exponent), _power(self.high, exponent))
        if self.high is not None and self.high <= 0:
            return _trusted(_power(self.high, exponent), _power(self.low, exponent))
        # An even power over an interval straddling 0 bottoms out at 0.
        high = (
            None
            if self.low is None or self.high is None
            else max(self.low**exponent, self.high**exponent)
        )
        return Interval(0, high)

    def power(self, exponent: Interval | Number) -> Interval:
        """self ** exponent for any exponent: exact for a whole-number exponent; otherwise (a
        root, as in a compound annual rate) from float bounds widened outward, so still sound."""
        exponent = _coerce(exponent)
        low, high = exponent.low, exponent.high
        if low is not None and high is not None and max(abs(low), abs(high)) > MAX_EXPONENT:
            # Exact powers that large take unbounded time and memory; nothing is concluded.
            return Interval.everything()
        if exponent.is_point and exponent.low is not None and exponent.low.denominator == 1:
            return self ** int(exponent.low)
        if self.low is None or self.low < 0 or not exponent.is_bounded:
            return Interval.everything()  # a fractional power of a negative number is not real
        # A point exponent (a compound rate's 1 / years) has two corners, not four alike.
        powers = (low,) if low == high else (low, high)
        corners = [_float_power(base, power) for base in (self.low, self.high) for power in powers]
        low = min(corners)
        high = max(corners)
        # Widened outward, so in order: made without comparing bounds of a thousand bits.
        return _trusted(_widen_down(low), _widen_up(high))

    def __reduce__(self) -> tuple[Any, tuple[Fraction | None, Fraction | None]]:
        # To another process (a finding's intervals, a claim's figure) as its two bounds, made
        # again without the checks they passed here: the dataclass's own state for slots was read
        # and set field by field in Python.
        return _trusted, (self.low, self.high)

    def __str__(self) -> str:
        # The same intervals are written again and again (a figure's range, in every finding
        # about it): each is worked out once while it is among those written lately.
        text = _INTERVAL_TEXTS.get(self)
        if text is None:
            if len(_INTERVAL_TEXTS) >= _INTERVAL_TEXTS_KEPT:
                _INTERVAL_TEXTS.clear()
            text = _INTERVAL_TEXTS[self] = _interval_text(self.low, self.high)
        return text


# The four operations on two intervals, for callers that hold two intervals already (a rule's
# compiled assertion): the operators above coerce a number first, then call these. An exact
# point (a figure taken as written: `exact_point`, whose two bounds are one Fraction) combined
# with another is worked out once, not once per bound: the same value, half the arithmetic.


def overlaps(left: Interval, right: Interval) -> bool:
    """Whether two intervals share a value (`Interval.intersects`, for two intervals)."""
    a, b, c, d = left.low, left.high, right.low, right.high
    return not (
        (b is not None and c is not None and b < c) or (d is not None and a is not None and d < a)
    )


def add(left: Interval, right: Interval) -> Interval:
    a, b, c, d = left.low, left.high, right.low, right.high
    if a is b and c is d and a is not None and c is not None:
        total = a + c
        return _trusted(total, total)
    low = None if a is None or c is None else a + c
    high = None if b is None or d is None else b + d
    return _trusted(low, high)


def subtract(left: Interval, right: Interval) -> Interval:
    a, b, c, d = left.low, left.high, right.low, right.high
    if a is b and c is d and a is not None and c is not None:
        difference = a - c
        return _trusted(difference, difference)
    # left + -right, without making -right: the bounds are the same exact fractions.
    low = None if a is None or d is None else a - d
    high = None if b is None or c is None else b - c
    return _trusted(low, high)


def multiply(left: Interval, right: Interval) -> Interval:
    a, b, c, d = left.low, left.high, right.low, right.high
    if a is not None and b is not None and c is not None and d is not None:
        if a is b and c is d:
            product = a * c
            return _trusted(product, product)
        # Bounded operands, the common case: the four corner products, no infinities.
        if a >= 0 and c >= 0:
            return _trusted(a * c, b * d)
        products = (a * c, a * d, b * c, b * d)
        return _trusted(min(products), max(products))
    extended = [
        _extended_mul(x, y)
        for x in (_extended_low(left), _extended_high(left))
        for y in (_extended_low(right), _extended_high(right))
    ]
    return _from_extended(min(extended), max(extended))


def divide(left: Interval, right: Interval) -> Interval:
    a, b, c, d = left.low, left.high, right.low, right.high
    # No true value of the divisor is admissible, so the quotient is undefined; everything()
    # keeps every rule built on it satisfiable instead of inventing a value.
    if c == 0 and d == 0:
        return Interval.everything()
    if a is not None and b is not None and c is not None and d is not None:
        if a is b and c is d:
            quotient = a / c
            return _trusted(quotient, quotient)
        if a >= 0 and c > 0:
            return _trusted(a / d, b / c)  # positive over strictly positive: the common case
    return multiply(left, _reciprocal(right))


_INTERVAL_TEXTS: dict[Interval, str] = {}
_INTERVAL_TEXTS_KEPT = 8192


def _interval_text(low: Fraction | None, high: Fraction | None) -> str:
    """'[1.5, 2.5]', '(-inf, 3]': each bound to 6 significant digits, or more if fewer would
    move a bound by a sizeable share of the width (see _DISPLAY_TOLERANCE)."""
    significant = _DEFAULT_SIGNIFICANT
    if low is None or high is None or low == high:
        low_text = "(-inf" if low is None else "[" + format_number(low, significant)
        high_text = "inf)" if high is None else format_number(high, significant) + "]"
        return f"{low_text}, {high_text}"
    # Rounding a bound by a sizeable share of the width misdraws the interval, at worst as a
    # point: [1234566.5, 1234567.5] must not print as [1234570, 1234570].
    tolerance = (high - low) * _DISPLAY_TOLERANCE
    while True:
        low_rounded = _rounding(low, significant)
        high_rounded = _rounding(high, significant)
        if significant >= _MAX_SIGNIFICANT or not (
            _off_by_more(low, low_rounded, tolerance) or _off_by_more(high, high_rounded, tolerance)
        ):
            return f"[{_decimal_text(low, low_rounded)}, {_decimal_text(high, high_rounded)}]"
        significant += 1


# The largest exponent evaluated: a rule raising a figure further (b ** 100000000) learns nothing.
MAX_EXPONENT = 1000

# Float pow is correct to within a few ulps; this margin dwarfs that, keeping bounds sound: a
# bound x is widened by |x| / _MARGIN and by 1 / _TINY (see `_widen`).
_MARGIN = 10**9
_TINY = 10**300
_MARGIN_OF_TINY = _TINY // _MARGIN


def _float_power(base: Fraction | None, exponent: Fraction) -> float:
    """base ** exponent for base >= 0 (None meaning +inf), as a float that may be inf."""
    if base is None:
        return math.inf if exponent > 0 else 0.0
    if base == 0:
        return math.inf if exponent < 0 else 0.0
    try:
        return math.exp(float(exponent) * math.log(base))
    except OverflowError:
        return math.inf


def _widen_down(x: float) -> Fraction | None:
    return _widen(x, -1)


def _widen_up(x: float) -> Fraction | None:
    return _widen(x, 1)


def _widen(x: float, way: int) -> Fraction | None:
    """x + way * (|x| / _MARGIN + 1 / _TINY) exactly (None for an infinite x), from x's own
    ratio of whole numbers n / d: (n * _TINY + way * (|n| * _TINY / _MARGIN + d)) / (d * _TINY),
    one fraction made and reduced where the sum of three fractions made and reduced four."""
    if math.isinf(x):
        return None
    numerator, denominator = x.as_integer_ratio()
    return Fraction(
        numerator * _TINY + way * (abs(numerator) * _MARGIN_OF_TINY + denominator),
        denominator * _TINY,
    )


def exact_point(x: Fraction) -> Interval:
    """`Interval.point(x)` made without the checks an exact value never needs (a figure taken
    as written, once per figure in every relation a rule evaluates)."""
    return _trusted(x, x) if type(x) is Fraction else Interval.point(x)


def _trusted(low: Fraction | None, high: Fraction | None) -> Interval:
    """An Interval from bounds already known to be ordered Fractions (None where unbounded),
    skipping the checks."""
    interval = _new_object(Interval)
    _set_low(interval, low)
    _set_high(interval, high)
    return interval


# An interval's slots set through their descriptors: half the cost of object.__setattr__, which
# looks each name up (a rule's arithmetic makes hundreds of thousands of intervals).
_new_object = object.__new__
_set_low = Interval.__dict__["low"].__set__
_set_high = Interval.__dict__["high"].__set__


def _operand(other: object) -> Interval | None:
    if isinstance(other, Interval):
        return other
    if _is_number(other):
        return Interval.point(other)
    return None


def _coerce(other: object) -> Interval:
    interval = _operand(other)
    if interval is None:
        raise TypeError(f"expected Interval, Fraction or int, got {type(other).__name__} {other!r}")
    return interval


def _negate(bound: Fraction | None) -> Fraction | None:
    return None if bound is None else -bound


def _max_low(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_high(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _power(bound: Fraction | None, exponent: int) -> Fraction | None:
    # Only reached where the power is monotone, so an infinite bound stays infinite on the same side.
    return None if bound is None else bound**exponent


# Multiplication works on extended reals: math.inf stands for a missing bound because it
# orders exactly against Fractions. It never enters arithmetic, _extended_mul handles it.


def _extended_low(interval: Interval) -> Fraction | float:
    return -math.inf if interval.low is None else interval.low


def _extended_high(interval: Interval) -> Fraction | float:
    return math.inf if interval.high is None else interval.high


def _extended_mul(x: Fraction | float, y: Fraction | float) -> Fraction | float:
    if x == 0 or y == 0:
        # An infinite bound is never attained, so a zero factor pins the product at 0
        # (this gives [0, 0] * (-inf, inf) = [0, 0]).
        return Fraction(0)
    if isinstance(x, float) or isinstance(y, float):
        return math.inf if (x > 0) == (y > 0) else -math.inf
    return x * y


def _from_extended(low: Fraction | float, high: Fraction | float) -> Interval:
    return Interval(
        None if low == -math.inf else low,
        None if high == math.inf else high,
    )


def _reciprocal(interval: Interval) -> Interval:
    """Hull of 1/y over the nonzero y in interval (which is not [0, 0])."""
    low, high = interval.low, interval.high
    if low is not None and low >= 0:
        return Interval(0 if high is None else 1 / high, None if low == 0 else 1 / low)
    if high is not None and high <= 0:
        return Interval(None if high == 0 else 1 / high, 0 if low is None else 1 / low)
    return Interval.everything()


def _decimal_exponent(numerator: int, denominator: int) -> int:
    """The e with 10**e <= numerator/denominator < 10**(e + 1), for a positive ratio."""
    # bit lengths give log2 of the ratio to within 1, so the estimate is at most one step off;
    # the loops settle it exactly, in whole numbers (no Fraction made, no float of a huge one).
    e = math.floor((numerator.bit_length() - denominator.bit_length()) * _LOG10_2)
    while _below_power_of_ten(numerator, denominator, e):
        e -= 1
    while not _below_power_of_ten(numerator, denominator, e + 1):
        e += 1
    return e


def _below_power_of_ten(numerator: int, denominator: int, exponent: int) -> bool:
    """Whether numerator/denominator < 10**exponent."""
    if exponent >= 0:
        return numerator < denominator * _ten_to(exponent)
    return numerator * _ten_to(-exponent) < denominator


_LOG10_2 = math.log10(2)
# 10**k as whole numbers for the k figures reach; larger ones are computed when asked.
_POWERS_OF_TEN = tuple(10**k for k in range(64))


def _ten_to(k: int) -> int:
    """10**k for k >= 0."""
    return _POWERS_OF_TEN[k] if k < 64 else 10**k


def _significant_digits(numerator: int, denominator: int, significant: int) -> tuple[int, int, int]:
    """A positive ratio rounded (half away from zero) to `significant` digits, as (digits, scale,
    exponent): the rounded magnitude is digits * 10**scale, with no trailing zero in digits
    where scale < 0, and its leading digit stands at 10**exponent. In whole numbers: Fraction
    arithmetic here cost more than all else in writing a finding's message."""
    exponent = _decimal_exponent(numerator, denominator)
    shift = significant - 1 - exponent  # the ratio times 10**shift has `significant` whole digits
    if shift >= 0:
        numerator *= _ten_to(shift)
    else:
        denominator *= _ten_to(-shift)
    digits = (2 * numerator + denominator) // (2 * denominator)  # floor(ratio + 1/2)
    if digits == _ten_to(significant):
        # Rounding carried into a new leading digit, e.g. 9.999999 -> 10.0000.
        digits //= 10
        exponent += 1
    scale = exponent - significant + 1
    while scale < 0 and digits % 10 == 0:
        digits //= 10
        scale += 1
    return digits, scale, exponent


# A number rounded to some significant digits: (digits, scale, exponent) as _significant_digits
# gives them, (0, 0, 0) for zero.
Rounding = tuple[int, int, int]


def _rounding(x: Fraction, significant: int) -> Rounding:
    numerator = x.numerator
    if numerator == 0:
        return 0, 0, 0
    return _significant_digits(abs(numerator), x.denominator, significant)


def _off_by_more(x: Fraction, rounded: Rounding, tolerance: Fraction) -> bool:
    """Whether x rounded as `rounded` is more than `tolerance` away from x."""
    digits, scale, _ = rounded
    numerator, denominator = abs(x.numerator), x.denominator
    # |digits * 10**scale - numerator/denominator| > tolerance, in whole numbers.
    if scale >= 0:
        printed, below = digits * _ten_to(scale), 1
    else:
        printed, below = digits, _ten_to(-scale)
    gap = abs(printed * denominator - numerator * below)
    return gap * tolerance.denominator > tolerance.numerator * denominator * below


def format_number(x: Fraction, significant: int = _DEFAULT_SIGNIFICANT) -> str:
    """x as a short decimal rounded (half away from zero) to at most `significant` digits.

    Trailing zeros are dropped and whole numbers print without a point; magnitudes below
    1e-6 or from 1e15 up use exponent notation such as 1.5e-07.
    """
    x = _to_fraction(x)
    if significant < 1:
        raise ValueError(f"significant must be at least 1, got {significant}")
    return _decimal_text(x, _rounding(x, significant))


def _decimal_text(x: Fraction, rounded: Rounding) -> str:
    """x as `format_number` writes it, rounded as `rounded`."""
    digits, scale, exponent = rounded
    sign = "-" if x < 0 else ""
    if not _MIN_POSITIONAL_EXPONENT <= exponent <= _MAX_POSITIONAL_EXPONENT:
        text = str(digits).rstrip("0")
        mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
        return f"{sign}{mantissa}e{exponent:+03d}"
    if scale >= 0:
        return f"{sign}{digits * _ten_to(scale)}"
    text = str(digits).rjust(1 - scale, "0")
    return f"{sign}{text[:scale]}.{text[scale:]}"


def format_fixed(x: Fraction, places: int) -> str:
    """x rounded half to even to `places` decimals, printed with exactly that many, as
    f"{float(round(x, places)):.{places}f}" prints it (a float past 2**53 shows its own digits),
    in whole numbers."""
    scaled, denominator = x.numerator * _ten_to(places), x.denominator
    whole, rest = divmod(scaled, denominator)
    if 2 * rest > denominator or (2 * rest == denominator and whole % 2):
        whole += 1
    return f"{whole / _ten_to(places):.{places}f}"
