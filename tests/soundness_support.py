"""Helpers for test_soundness: figures written as a journalist prints them, with the interval
of true values each text admits worked out here, independently of checker.quantities.

A `Fig` is one written figure: its digits, decimals, scale word and unit. Its `interval` is the
documented reading of its text (nearest: +- half a step; truncate: [x, x + step]; a whole number's
trailing zeros are rounding at most to two significant figures: "104,000" steps by 1,000,
"100,000" by 10,000, "10 billion" by one billion), in the base unit of its family (one yuan,
one km**2, one per day, one (=100 %)). Builders elsewhere turn true values into figures, and the
oracle functions compute, from written figures, the interval a stated figure must meet.
"""

from __future__ import annotations

import calendar
import json
import math
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st
from quicktions import Fraction

from checker.engine import Record, _run_rules
from checker.findings import Finding
from checker.index import partitions
from checker.loading import load_corpus
from checker.rules import BUILTIN_RULES, load_rules

TEN = Fraction(10)

# ------------------------------------------------------------------ styles: unit spellings


@dataclass(frozen=True)
class Style:
    """How a figure's unit is written: the text after the number (and scale word), the base
    value of one shown unit, the value's form, and the family of equal units it belongs to."""

    unit: str
    factor: Fraction
    form: str  # number | percent | points | factor
    family: str


def _styles(family: str, form: str, *spellings: tuple[str, Fraction | int]) -> list[Style]:
    return [Style(text, Fraction(factor), form, family) for text, factor in spellings]


def rate_styles(prefix: str, family: str) -> list[Style]:
    """A rate per day, spelled per day, per hour, per five minutes...; base unit: one per day."""
    join = (lambda u: f"{prefix} {u}") if prefix else (lambda u: u)
    return _styles(
        family,
        "number",
        (join("/ day"), 1),
        (join("per day"), 1),
        (join("/ (24 hour)"), 1),
        (join("/ (1440 minute)"), 1),
        (join("/ hour"), 24),
        (join("/ (60 minute)"), 24),
        (join("/ minute"), 1440),
        (join("/ (5 minute)"), 288),
        (join("/ (300 second)"), 288),
        (join("/ week"), Fraction(1, 7)),
        (join("/ (7 day)"), Fraction(1, 7)),
    )


def calendar_rate_styles(prefix: str, per: str, family: str) -> list[Style]:
    """A rate per calendar month or year ("10,100 / month"); base unit: one per month (year)."""
    join = (lambda u: f"{prefix} {u}") if prefix else (lambda u: u)
    return _styles(family, "number", (join(f"/ {per}"), 1), (join(f"per {per}"), 1))


FAMILIES: dict[str, list[Style]] = {
    "count": _styles("count", "number", ("", 1)),
    "CNY": _styles("CNY", "number", ("CNY", 1), ("yuan", 1), ("RMB", 1)),
    "USD": _styles("USD", "number", ("USD", 1), ("US dollars", 1), ("dollars", 1)),
    "EUR": _styles("EUR", "number", ("EUR", 1), ("euros", 1)),
    "JPY": _styles("JPY", "number", ("JPY", 1), ("yen", 1)),
    "area": _styles(
        "area",
        "number",
        ("km**2", 1),
        ("square kilometers", 1),
        ("sq km", 1),
        ("km²", 1),
        ("m**2", Fraction(1, 10**6)),
        ("square meters", Fraction(1, 10**6)),
        ("hectares", Fraction(1, 100)),
    ),
    "rate": rate_styles("", "rate"),
    "rate-CNY": rate_styles("CNY", "rate-CNY"),
    "per-month": calendar_rate_styles("", "month", "per-month"),
    "per-month-CNY": calendar_rate_styles("CNY", "month", "per-month-CNY"),
    "per-year": calendar_rate_styles("", "year", "per-year"),
    "per-year-CNY": calendar_rate_styles("CNY", "year", "per-year-CNY"),
    "percent": _styles(
        "percent",
        "percent",
        ("%", Fraction(1, 100)),
        ("percent", Fraction(1, 100)),
        ("per cent", Fraction(1, 100)),
    ),
    "share": _styles("share", "percent", ("%", Fraction(1, 100)), ("percent", Fraction(1, 100)))
    + _styles("share", "number", ("", 1)),
    "points": _styles(
        "points", "points", ("pp", Fraction(1, 100)), ("percentage points", Fraction(1, 100))
    ),
    "factor": _styles("factor", "factor", ("", 1)),
}
LEVEL_FAMILIES = ("count", "CNY", "USD", "area", "rate")
METRIC_UNITS = {"count": "count", "CNY": "CNY", "USD": "USD", "area": "km**2", "rate": "1 / day"}

SCALES: dict[str, Fraction] = {
    "": Fraction(1),
    "thousand": TEN**3,
    "million": TEN**6,
    "billion": TEN**9,
    "trillion": TEN**12,
    "bn": TEN**9,
    "k": TEN**3,
    "mn": TEN**6,
    "tn": TEN**12,
    "wan": TEN**4,
    "yi": TEN**8,
}


# ------------------------------------------------------------------ written figures


def trailing_zeros(n: int) -> int:
    count = 0
    while n and n % 10 == 0:
        n //= 10
        count += 1
    return count


def whole_step(n: int) -> int:
    """The rounding step of a whole number: its trailing zeros are rounding at most to two
    significant figures (the documented "two-figures" reading)."""
    if not n:
        return 1
    return 10 ** min(trailing_zeros(n), max(len(str(n)) - 2, 0))


def digits_text(n: int, d: int, commas: bool) -> str:
    s = str(n).rjust(d + 1, "0")
    whole, fraction = (s[: len(s) - d], s[len(s) - d :]) if d else (s, "")
    if commas:
        whole = f"{int(whole):,}"
    return whole + ("." + fraction if d else "")


@dataclass(frozen=True)
class Fig:
    """A figure as printed: n / 10**d in shown units, then scale word and unit."""

    n: int
    d: int
    style: Style
    scale: str = ""
    negative: bool = False
    plus: bool = False
    commas: bool = False
    rounding: str = "nearest"
    qualifier: str = ""  # the words before the number: "about", "more than", "nearly"...

    @property
    def multiplier(self) -> Fraction:
        return SCALES[self.scale] * self.style.factor

    @property
    def text(self) -> str:
        number = digits_text(self.n, self.d, self.commas)
        if self.style.form == "factor":
            return " ".join(p for p in (self.qualifier, "x" + number) if p)
        sign = "-" if self.negative else ("+" if self.plus else "")
        return " ".join(
            p for p in (self.qualifier, sign + number, self.scale, self.style.unit) if p
        )

    @property
    def step(self) -> Fraction:
        if self.d:
            return Fraction(1, 10**self.d)
        return Fraction(whole_step(self.n))

    @property
    def nominal(self) -> Fraction:
        return Fraction(self.n, 10**self.d) * self.multiplier * (-1 if self.negative else 1)

    @property
    def interval(self) -> tuple[Fraction | None, Fraction | None]:
        """The true values the text admits, in the family's base unit (None: unbounded). The
        documented tolerances: about x widens the written precision by 5 % of x on each side,
        nearly x is [0.9 x, x] with x's own precision, just over x [x, 1.1 x], more than x is
        from x's lower bound up."""
        x = Fraction(self.n, 10**self.d)
        low, high = (
            (x - self.step / 2, x + self.step / 2)
            if self.rounding == "nearest"
            else (x, x + self.step)
        )
        if self.negative:
            low, high = -high, -low
        low, high = low * self.multiplier, high * self.multiplier
        kind = QUALIFIER_KINDS.get(self.qualifier)
        nominal = self.nominal
        if kind == "about":
            return low - abs(nominal) / 20, high + abs(nominal) / 20
        if kind == "nearly":
            assert nominal >= 0
            return min(low, nominal * Fraction(9, 10)), high
        if kind == "just_over":  # the mirror of nearly
            assert nominal >= 0
            return low, max(high, nominal * Fraction(11, 10))
        if kind in ("over", "at_least"):
            return low, None
        if kind in ("under", "at_most"):
            return None, high
        return low, high

    def __repr__(self) -> str:
        return repr(self.text)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))


def fig_of(
    value: Fraction,
    d: int,
    style: Style,
    scale: str,
    rounding: str,
    plus: bool = False,
    commas: bool = False,
) -> Fig:
    """The figure a writer prints for a true value with d decimals (more when d prints 0)."""
    shown = abs(value) / (SCALES[scale] * style.factor)
    while True:
        scaled = shown * 10**d
        n = round(scaled) if rounding == "nearest" else math.floor(scaled)
        if n > 0 or value == 0:
            break
        d += 1
    return Fig(
        n,
        d,
        style,
        scale,
        negative=value < 0,
        plus=plus and value > 0,
        commas=commas,
        rounding=rounding,
    )


QUALIFIERS = {
    "about": ["about", "around", "approximately", "roughly", "some", "an estimated"],
    "nearly": ["nearly", "almost", "close to"],
    "just_over": ["just over", "slightly more than", "a little over"],
    "over": ["more than", "over", "above", "exceeding", "well over"],
    "at_least": ["at least", "no less than"],
    "under": ["under", "less than", "below"],
    "at_most": ["at most", "up to", "no more than"],
}
QUALIFIER_KINDS = {word: kind for kind, words in QUALIFIERS.items() for word in words}


def _contains(interval: tuple[Fraction | None, Fraction | None], value: Fraction) -> bool:
    low, high = interval
    return (low is None or low <= value) and (high is None or value <= high)


def qualified_fig(
    draw: Any, value: Fraction, style: Style, scale: str, rounding: str, d: int, commas: bool
) -> Fig | None:
    """A true qualified figure for a positive value: "about 1.2 billion" (within 4 %), "more
    than 30 %" (a lower figure), "nearly x3" (a higher one within 10 %), "just over 300" (a
    lower one within 10 %), "up to 600 km**2"..."""
    kind = draw(st.sampled_from(list(QUALIFIERS)))
    word = draw(st.sampled_from(QUALIFIERS[kind]))
    shown = value / (SCALES[scale] * style.factor)
    if kind == "about":
        shown *= 1 + Fraction(draw(st.integers(-40, 40)), 1000)
    rounded_down = ("over", "at_least", "just_over")
    pick = round if kind == "about" else math.floor if kind in rounded_down else math.ceil
    for places in range(d, d + 30):
        n = pick(shown * 10**places)
        if n <= 0:
            continue
        fig = Fig(n, places, style, scale, commas=commas, rounding=rounding, qualifier=word)
        if _contains(fig.interval, value):
            return fig
    return None


def fitting_scales(value: Fraction, style: Style) -> list[str]:
    if style.form != "number":
        return [""]
    shown = abs(value) / style.factor
    return [""] + [w for w, s in SCALES.items() if s > 1 and Fraction(1, 10) <= shown / s < 10**6]


def draw_fig(
    draw: Any,
    value: Fraction,
    family: str,
    rounding: str,
    signed: bool = False,
    qualify: bool = False,
) -> Fig:
    """A figure a writer prints for a true value; with `qualify`, possibly with a true qualifier."""
    style = draw(st.sampled_from(FAMILIES[family]))
    scale = draw(st.sampled_from(fitting_scales(value, style)))
    d = draw(st.integers(0, 6))
    commas = draw(st.booleans())
    if qualify and value > 0 and draw(st.integers(0, 3)) == 0:
        fig = qualified_fig(draw, value, style, scale, rounding, d, commas)
        if fig is not None:
            return fig
    plus = signed and draw(st.booleans())
    if style.form in ("number", "percent") and draw(st.integers(0, 3)) == 0:
        fig = two_figures_fig(value, style, scale, rounding, plus, commas)
        if fig is not None:
            return fig
    return fig_of(value, d, style, scale, rounding, plus, commas)


def two_figures_fig(
    value: Fraction, style: Style, scale: str, rounding: str, plus: bool, commas: bool
) -> Fig | None:
    """The round figure a writer prints for a true value rounded to two significant figures
    ("13,000" for 13,456; "10,000" for 9,960), or None when the value has fewer whole digits."""
    shown = abs(value) / (SCALES[scale] * style.factor)
    if shown < 100:
        return None
    unit = 10 ** (len(str(math.floor(shown))) - 2)
    n = (round(shown / unit) if rounding == "nearest" else math.floor(shown / unit)) * unit
    fig = Fig(n, 0, style, scale, value < 0, plus and value > 0, commas, rounding)
    assert _contains(fig.interval, value), (fig.text, value)
    return fig


def draw_wrong(
    draw: Any,
    true: Fraction,
    implied: tuple[Fraction | None, Fraction | None],
    family: str,
    rounding: str,
    signed: bool = False,
    positive: bool = True,
) -> Fig:
    """A figure whose whole admitted interval lies clearly outside `implied` (the values the other
    written figures allow): 5 % to 200 % of the value (or of the implied width) beyond it, its
    whole admitted interval at least half that gap away."""
    low, high = implied
    width = high - low if low is not None and high is not None else Fraction(0)
    spread = max(abs(true), width, Fraction(1, 10**6))
    gap = spread * Fraction(draw(st.integers(5, 200)), 100)
    if low is None or high is None:
        up = low is None
    else:
        up = draw(st.booleans())
    if not up and positive and low - gap <= 0 and high is not None:
        up = True  # a level below zero would be wrong for another reason
    target = high + gap if up else low - gap
    style = draw(st.sampled_from(FAMILIES[family]))
    scale = draw(st.sampled_from(fitting_scales(target, style)))
    plus = signed and draw(st.booleans())
    commas = draw(st.booleans())
    for d in range(draw(st.integers(0, 6)), 60):
        fig = fig_of(target, d, style, scale, rounding, plus, commas)
        fig_low, fig_high = fig.interval
        # clearly: the figure's whole interval stays at least half the gap away (no float margin,
        # such as the checker's for fractional powers, may bridge it)
        if (up and fig_low > high + gap / 2) or (not up and fig_high < low - gap / 2):
            return fig
    raise AssertionError("no written figure lies outside the implied interval")  # pragma: no cover


def draw_stated(
    draw: Any,
    mode: str,
    true: Fraction,
    implied: Any,
    family: str,
    rounding: str,
    signed: bool = False,
    positive: bool = True,
) -> Fig:
    """The figure a claim states: rounded from the true value (sound), clearly wrong, or nudged
    by up to 10 % (which may or may not be within rounding: for the equal-unit properties)."""
    if mode == "wrong":
        return draw_wrong(draw, true, implied(), family, rounding, signed, positive)
    if mode == "nudged":
        true = true * (1 + Fraction(draw(st.integers(-100, 100)), 1000))
    return draw_fig(draw, true, family, rounding, signed, qualify=mode == "sound")


# ------------------------------------------------------------------ re-expressing a figure


def _power_of_ten(ratio: Fraction) -> int | None:
    for k in range(-30, 31):
        if ratio == TEN**k:
            return k
    return None


def reexpressions(fig: Fig) -> list[Fig]:
    """The same figure in another equal unit or scale word of its family, at equal precision
    (the same admitted interval), e.g. 1234.5 million = 1.2345 billion, 160 km**2 = 160 square
    kilometers = 160 million m**2, 42.9 % = 0.429 for a share."""
    if fig.n == 0 or fig.style.form not in ("number", "percent"):
        return []
    # A round whole number ("100") may warn that a relation rests on its zeros being rounding;
    # the same interval written with its precision ("0.10 thousand") states it and cannot.
    if not fig.d and trailing_zeros(fig.n):
        return []
    if fig.d:
        m, e = fig.n, fig.d
    else:
        step = whole_step(fig.n)
        z = len(str(step)) - 1
        m, e = fig.n // step, -z
    found = []
    for style in FAMILIES[fig.style.family]:
        for scale in SCALES if style.form == "number" else [""]:
            if (style, scale) == (fig.style, fig.scale):
                continue
            k = _power_of_ten(fig.multiplier / (SCALES[scale] * style.factor))
            if k is None:
                continue
            e2 = e - k
            if e2 >= 1:
                n2, d2 = m, e2
            elif whole_step(m * 10**-e2) == 10**-e2:
                n2, d2 = m * 10**-e2, 0
            else:
                continue
            if n2 >= 10**16 or d2 > 16 or (not d2 and trailing_zeros(n2)):
                continue
            other = Fig(
                n2,
                d2,
                style,
                scale,
                fig.negative,
                fig.plus,
                fig.commas,
                fig.rounding,
                fig.qualifier,
            )
            assert other.interval == fig.interval, (fig.text, other.text)
            if other.text != fig.text:
                found.append(other)
    return found


# ------------------------------------------------------------------ true values


def pow_frac(base: Fraction, exponent: Fraction) -> Fraction:
    """base ** exponent: exact for a whole exponent, else to 60 significant digits."""
    if exponent.denominator == 1:
        return base ** int(exponent)
    with localcontext() as context:
        context.prec = 60
        result = (Decimal(base.numerator) / Decimal(base.denominator)) ** (
            Decimal(exponent.numerator) / Decimal(exponent.denominator)
        )
    return Fraction(result)


def draw_level(draw: Any) -> Fraction:
    return Fraction(draw(st.integers(1000, 9_999_999)), 10**6) * TEN ** draw(st.integers(0, 12))


def draw_ratio(draw: Any) -> Fraction:
    """end / start of a level: from about 0.2 to about 10, generally not a short decimal."""
    return Fraction(draw(st.integers(2000, 100_000)), draw(st.integers(9000, 11_000)))


def draw_percent_level(draw: Any) -> Fraction:
    return Fraction(draw(st.integers(50, 95_000)), 100_000)


# ------------------------------------------------------------------ periods


@dataclass(frozen=True)
class P:
    text: str
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def months(self) -> int:
        """Calendar months the period covers (for periods of whole months)."""
        return self.end_month - (self.start.year * 12 + self.start.month) + 1

    @property
    def end_month(self) -> int:
        """Months from year 0 to the period's last month: spans between periods count these."""
        return self.end.year * 12 + self.end.month


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def year_p(y: int) -> P:
    return P(str(y), date(y, 1, 1), date(y, 12, 31))


def half_p(y: int, h: int) -> P:
    return P(f"{y}-H{h}", date(y, 6 * h - 5, 1), _month_end(y, 6 * h))


def quarter_p(y: int, q: int) -> P:
    return P(f"{y}-Q{q}", date(y, 3 * q - 2, 1), _month_end(y, 3 * q))


def month_p(y: int, m: int) -> P:
    return P(f"{y}-{m:02d}", date(y, m, 1), _month_end(y, m))


def qrange_p(y: int, q1: int, q2: int) -> P:
    return P(f"{y}-Q{q1}..{y}-Q{q2}", date(y, 3 * q1 - 2, 1), _month_end(y, 3 * q2))


def mrange_p(y: int, m1: int, m2: int) -> P:
    return P(f"{y}-{m1:02d}..{y}-{m2:02d}", date(y, m1, 1), _month_end(y, m2))


def day_p(day: date) -> P:
    return P(day.isoformat(), day, day)


GRAINS = {
    "year": (1, year_p),
    "half": (2, half_p),
    "quarter": (4, quarter_p),
    "month": (12, month_p),
}


@st.composite
def spans(
    draw: Any, grains: tuple[str, ...] = ("year", "year", "half", "quarter", "month")
) -> tuple[P, P, Fraction]:
    """Two periods of one grain, the second later, and the years between them (to minus from,
    counted between the periods' last months)."""
    grain = draw(st.sampled_from(grains))
    count, make = GRAINS[grain]
    y1 = draw(st.integers(1995, 2022))
    i1 = draw(st.integers(1, count))
    steps = draw(st.integers(1, 15 * count))
    index = (y1 * count + i1 - 1) + steps
    y2, i2 = divmod(index, count)
    first = make(y1) if grain == "year" else make(y1, i1)
    second = make(y2) if grain == "year" else make(y2, i2 + 1)
    return first, second, Fraction(second.end_month - first.end_month, 12)


@st.composite
def yoy_periods(draw: Any) -> tuple[P, P]:
    """A period and the same span a year earlier, as a writer gives them."""
    kind = draw(st.sampled_from(["year", "half", "quarter", "month", "qrange", "mrange", "day"]))
    y = draw(st.integers(1999, 2030))
    if kind == "year":
        return year_p(y), year_p(y - 1)
    if kind in ("half", "quarter", "month"):
        count, make = GRAINS[kind]
        i = draw(st.integers(1, count))
        return make(y, i), make(y - 1, i)
    if kind == "qrange":
        q2 = draw(st.integers(2, 4))
        return qrange_p(y, 1, q2), qrange_p(y - 1, 1, q2)
    if kind == "mrange":
        m1 = draw(st.integers(1, 11))
        m2 = draw(st.integers(m1 + 1, 12))
        return mrange_p(y, m1, m2), mrange_p(y - 1, m1, m2)
    month = draw(st.sampled_from([1, 2, 2, 3, 6, 12]))
    which = draw(st.sampled_from(["first", "middle", "last"]))
    day = {
        "first": 1,
        "middle": 15,
        "last": min(calendar.monthrange(y, month)[1], 28 if month == 2 else 31),
    }[which]
    # 29 February has no same day a year earlier; the day before a leap day's year does
    return day_p(date(y, month, day)), day_p(date(y - 1, month, day))


@st.composite
def rate_periods(
    draw: Any,
    kinds: tuple[str, ...] = (
        "year",
        "half",
        "quarter",
        "month",
        "qrange",
        "mrange",
        "day",
        "drange",
    ),
) -> P:
    kind = draw(st.sampled_from(kinds))
    y = draw(st.integers(1999, 2030))
    if kind == "year":
        return year_p(y)
    if kind in ("half", "quarter", "month"):
        count, make = GRAINS[kind]
        return make(y, draw(st.integers(1, count)))
    if kind == "qrange":
        return qrange_p(y, 1, draw(st.integers(2, 4)))
    if kind == "mrange":
        m1 = draw(st.integers(1, 11))
        return mrange_p(y, m1, draw(st.integers(m1 + 1, 12)))
    if kind == "years":
        last = y + draw(st.integers(1, 4))
        return P(f"{y}..{last}", date(y, 1, 1), date(last, 12, 31))
    first = date(y, 1, 1).toordinal() + draw(st.integers(0, 364))
    if kind == "day":
        return day_p(date.fromordinal(first))
    last = first + draw(st.integers(1, 400))
    return P(
        f"{date.fromordinal(first)}..{date.fromordinal(last)}",
        date.fromordinal(first),
        date.fromordinal(last),
    )


# ------------------------------------------------------------------ cases and running them


Expected = tuple[str, frozenset[str]]  # (severity, ids of the claims a finding cites)


def _rendered(node: Any) -> Any:
    if isinstance(node, Fig):
        return node.text
    if isinstance(node, dict):
        return {k: _rendered(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_rendered(v) for v in node]
    return node


_RAW = "__raw__"
_JSON_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")


def _bare(node: Any) -> Any:
    """Mark texts that are plain numbers to be written bare, not quoted."""
    if isinstance(node, str) and _JSON_NUMBER.fullmatch(node):
        return _RAW + node
    if isinstance(node, dict):
        return {k: _bare(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_bare(v) for v in node]
    return node


def _json(node: Any, indent: int | None = None) -> str:
    text = json.dumps(node, ensure_ascii=False, indent=indent)
    return re.sub(r'"' + _RAW + r'([^"]*)"', r"\1", text)


FORMATS = ("yaml", "yaml-bare", "json", "jsonl")


@dataclass
class Case:
    """A mini corpus for one rule: claim files (documents whose values may be Figs), an optional
    vocabulary, the key of the claim the rule must check (`source:id`), and the error/warning
    findings the rule must report, each as (severity, cited claim ids)."""

    rule: str
    docs: list[dict]
    metrics: dict | None = None
    stated: str | None = None
    expected: list[Expected] = field(default_factory=list)
    fmt: str = "yaml"

    def files(self) -> dict[str, str]:
        """The claim files in the case's format: YAML with quoted values, YAML or JSON with bare
        numbers (0.650, 2023: the loaders must keep them as written), or one JSON Lines file."""
        files = {}
        if self.metrics is not None:
            files["metrics.yaml"] = yaml.safe_dump(self.metrics, sort_keys=False)
        docs = [
            _rendered(doc) if self.fmt == "yaml" else _bare(_rendered(doc)) for doc in self.docs
        ]
        for number, doc in enumerate(docs, start=1):
            if self.fmt in ("yaml", "yaml-bare"):
                text = yaml.safe_dump(
                    doc, sort_keys=False, allow_unicode=True, default_flow_style=None, width=200
                )
                files[f"file-{number}.yaml"] = text.replace(_RAW, "")
            elif self.fmt == "json":
                files[f"file-{number}.json"] = _json(doc, indent=2)
        if self.fmt == "jsonl":
            files["claims.jsonl"] = "".join(_json(doc) + "\n" for doc in docs)
        return files

    def figures(self) -> list[tuple[int, int, Fig]]:
        """(doc index, claim index, figure) of every claim value that is a Fig."""
        return [
            (i, j, c["value"])
            for i, doc in enumerate(self.docs)
            for j, c in enumerate(doc["claims"])
            if isinstance(c.get("value"), Fig)
        ]

    def with_value(self, doc: int, claim: int, value: Fig) -> Case:
        docs = [dict(d, claims=[dict(c) for c in d["claims"]]) for d in self.docs]
        docs[doc]["claims"][claim]["value"] = value
        return Case(self.rule, docs, self.metrics, self.stated, list(self.expected), self.fmt)

    def __repr__(self) -> str:
        body = "".join(f"\n# {name}\n{text}" for name, text in self.files().items())
        return f"Case(rule={self.rule!r}, stated={self.stated!r}, expected={self.expected!r}, fmt={self.fmt!r}){body}"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))


def source(id: str = "article", rounding: str = "nearest", **more: Any) -> dict:
    return {
        "id": id,
        "title": f"The {id}",
        "publisher": "A newspaper",
        **({"rounding": rounding} if rounding != "nearest" else {}),
        **more,
    }


def doc(claims: list[dict], src: dict | None = None, entity: str = "Example") -> dict:
    return {"source": src or source(), "defaults": {"entity": entity}, "claims": claims}


RULES = {rule.id: rule for rule in load_rules([BUILTIN_RULES])[0]}


@dataclass
class Outcome:
    findings: list[Finding]
    passes: dict[str, set[str]]

    def reported(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule and f.severity in ("error", "warning")]

    def verdicts(self, rule: str) -> list[Expected]:
        return sorted(
            (f.severity, frozenset(c.claim for c in f.claims)) for f in self.reported(rule)
        )


def check(case: Case) -> Outcome:
    """Load the case's files as `checker check DIR` does and run its one rule, without hints:
    what `run([dir], RunOptions(select=(rule,), hints=False))` does, with the rule files read once.
    `passes` says, per claim key, the rules that checked it and found nothing wrong."""
    with tempfile.TemporaryDirectory() as directory:
        for name, text in case.files().items():
            (Path(directory) / name).write_text(text, encoding="utf-8")
        corpus = load_corpus([Path(directory)])
    assert corpus.errors == [], f"the case itself does not load: {[str(e) for e in corpus.errors]}"
    record = Record([RULES[case.rule]], keep_passed=True)
    findings: list[Finding] = []
    for partition in partitions(corpus):
        findings.extend(f for f, _ in _run_rules(partition, [RULES[case.rule]], record))
    return Outcome(findings, record.passed)


def comparable(findings: list[Finding]) -> list[tuple]:
    """Findings as compared across equal re-expressions: what they say, not how they print it
    (stated and computed are the exact intervals, in base units; messages and templates print
    figures in the stated claim's own unit, so they may differ)."""
    return sorted(
        (f.rule, f.severity, frozenset(c.claim for c in f.claims), f.stated, f.computed)
        for f in findings
    )
