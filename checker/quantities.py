"""Values as written in claim files, read into exact intervals of the true values they admit.

Holds the project's one pint registry (with `units.txt`: currencies as separate dimensions),
the qualifier tolerances, and the parser of `[qualifier] number [scale] [unit]` and ranges.
Periods, claims and rules live elsewhere; this module knows nothing of metrics.
"""

from __future__ import annotations

import contextlib
import fractions
import hashlib
import importlib.util
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NamedTuple

import platformdirs
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from quicktions import Fraction

from .errors import CheckerError
from .intervals import Interval, StrSafeFraction, parse_decimal
from .vocabulary import (
    CJK_CURRENCIES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    QUALIFIER_WORDS,
    QUALIFIERS,
    SCALES,
    currency_code,
)

if TYPE_CHECKING:
    import pint

__all__ = [
    "Dimension",
    "Quantity",
    "Tolerances",
    "UnitError",
    "UnitInfo",
    "ValueError_",
    "ValueReader",
    "format_value",
    "parse_value",
]

Rounding = Literal["nearest", "truncate"]
# How far a whole number's trailing zeros may be rounding (see `_step`).
RoundNumbers = Literal["two-figures", "last-digit", "exact"]
DEFAULT_ROUND_NUMBERS: RoundNumbers = "two-figures"
Form = Literal["number", "percent", "points", "factor"]
Dimension = tuple[tuple[str, Fraction], ...]

DIMENSIONLESS: Dimension = ()


def _exact(value: object) -> object:
    """A configured 0.05 means the decimal 5/100, not the binary float nearest to it."""
    return parse_decimal(str(value)) if isinstance(value, float) else value


# Validated as the standard library's Fraction (which pydantic knows), kept as ours.
ExactFraction = Annotated[fractions.Fraction, BeforeValidator(_exact), AfterValidator(Fraction)]


class Tolerances(BaseModel):
    """How far a qualifier widens a written figure (fractions of the figure).

    `about 300` admits the written precision widened by `about` x 300 on each side;
    `nearly 300` admits [300 x (1 - nearly), 300], `nearly -300` [-300, -300 x (1 - nearly)];
    `just over 300`, its mirror, [300, 300 x (1 + nearly)].
    Other over/under qualifiers are one-sided and unbounded.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    about: ExactFraction = Field(
        default=Fraction(5, 100),
        ge=0,
        le=1,
        description="about, around, approximately, roughly, some, an estimated",
    )
    nearly: ExactFraction = Field(
        default=Fraction(10, 100),
        ge=0,
        le=1,
        description="nearly, almost, just under; and, the other way, just over, slightly more than",
    )


DEFAULT_TOLERANCES = Tolerances()


class ValueError_(CheckerError, ValueError):
    """A value text that cannot be read; the message is written for a journalist."""


class UnitError(ValueError_):
    """A unit that the registry and the vocabulary's count nouns do not know."""


# Qualifier phrases (from the one vocabulary), longest first so that "more than" wins over "more".
_QUALIFIER_RE = re.compile(
    r"(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")(?=[\s+\-−x×\d.])\s*",
    re.IGNORECASE,
)

# Latin scale words must stand alone ("m" is million only before a space, never in "m**2");
# the Chinese 万 and 亿 run straight into what follows ("71.4亿元").
_SCALE_RE = re.compile(
    r"(?P<scale>"
    # 千 before 分点, 米, 克 or 瓦 begins a unit (千分点, 千米, 千克, 千瓦), not a scale.
    + "|".join(
        s + ("(?![分米克瓦])" if s.endswith("千") else "")
        for s in sorted(SCALES, key=len, reverse=True)
        if not s.isascii()
    )
    + r"|(?:"
    + "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True) if s.isascii())
    + r")(?=$|\s))",
    re.IGNORECASE,
)

_NUMBER_RE = re.compile(
    r"""(?P<factor>[x×]\s*)?
        (?P<sign>[+\-−])?
        (?P<number>
            \d+\s+in\s+\d+(?![\d.,])        # a writer's fraction in words, "1 in 5"
          | \d+\s*/\s*\d+(?![\d.,])          # a fraction, "1/3"
          | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?  # Indian grouping, "41,15,870" (lakh, crore)
          | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])  # grouped thousands, "104,000" or "1,406.5"
          | (?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?  # plain, "0.65", ".5", or "1.5e3"
        )""",
    re.VERBOSE,
)

# Unit phrases that pint cannot read as written; keys are matched case-insensitively as whole words.
# Currency symbols and Chinese currency names come from the one vocabulary; names written in
# letters ("US dollars", "yuan") are matched by the vocabulary's patterns below.
_UNIT_PHRASES: dict[str, str] = {
    **{symbol.lower(): code for symbol, code in CURRENCY_SYMBOLS},
    **dict(CJK_CURRENCIES),
    "square kilometers": "km**2",
    "square kilometres": "km**2",
    "square kilometer": "km**2",
    "square kilometre": "km**2",
    "sq km": "km**2",
    "sq. km": "km**2",
    "km2": "km**2",
    "km²": "km**2",
    "square meters": "m**2",
    "square metres": "m**2",
    "square meter": "m**2",
    "square metre": "m**2",
    "sq m": "m**2",
    "m2": "m**2",
    "m²": "m**2",
    "sq ft": "ft**2",
    "square feet": "ft**2",
    "square foot": "ft**2",
    "square miles": "mi**2",
    "square mile": "mi**2",
    "sq mi": "mi**2",
    "per": "/",
    "each": "/",
}
_UNIT_PHRASE_RE = re.compile(
    r"(?<![\w$])("
    + "|".join(re.escape(p) for p in sorted(_UNIT_PHRASES, key=len, reverse=True))
    + "|"
    + "|".join(f"(?:{pattern})" for pattern, _ in CURRENCY_NAMES)
    + r")(?![\w])",
    re.IGNORECASE,
)


def _unit_phrase(match: re.Match[str]) -> str:
    phrase = match.group(1)
    code = _UNIT_PHRASES.get(phrase.lower()) or currency_code(phrase)
    return f" {code} "


# What may not follow a number: more digits after a dot, a comma or a space ("1.2.3", "1,23",
# "5 2"), which would otherwise be read as a unit and multiply the number.
_RUN_ON_RE = re.compile(r"[.,]?\d|\s+\d")
# Longer numbers are not figures anyone publishes, and Python refuses to convert past 4,300 digits.
MAX_DIGITS = 100
MAX_EXPONENT = 1000

# A sign, a plain decimal (or one grouped in thousands, "2,234,302") and what follows after a
# space (not "/", which makes a fraction): read exactly as _NUMBER_RE and _split_single would
# read it, without their alternatives (a grouping in thousands is never an Indian one).
_PLAIN_VALUE_RE = re.compile(
    r"([+\-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?![\s/])(.+))?"
)
# "1 in 5" is a fraction, not one inch followed by a 5
_IN_FRACTION = re.compile(r"[+\-]?\d+\s+in\s+\d")
_PERCENT_RE = re.compile(r"^(%|percent|per\s*cent|pct)(?=$|\s)", re.IGNORECASE)
_POINTS_RE = re.compile(
    r"^(pp|p\.p\.|percentage\s+points?|percent\s+points?|points?)(?=$|\s)", re.IGNORECASE
)
# Per mille (‰, births per thousand people) is a rate like percent, ten times finer; per-mille
# points (千分点) are its points.
_PER_MILLE_RE = re.compile(r"^(‰|per\s*mill?e)(?=$|\s)", re.IGNORECASE)
_PER_MILLE_POINTS_RE = re.compile(
    r"^(千分点|个千分点|per[\s-]*mill?e\s+points?)(?=$|\s)", re.IGNORECASE
)
_UNIT_FORMS: tuple[tuple[re.Pattern[str], Form, str, Fraction], ...] = (
    (_PERCENT_RE, "percent", "%", Fraction(1, 100)),
    (_PER_MILLE_POINTS_RE, "points", "千分点", Fraction(1, 1000)),
    (_POINTS_RE, "points", "pp", Fraction(1, 100)),
    (_PER_MILLE_RE, "percent", "‰", Fraction(1, 1000)),
)


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The project's one pint registry: exact Fraction magnitudes and the currency dimensions.

    pint can keep its parse of the definition files on disk; reading that back makes a run start
    several times faster. The cache lives in the user's cache directory, one folder per pint
    version, keyed by each file's content. A cache that cannot be read or written is removed and
    the registry built without it, so a broken cache costs time, never a wrong unit.
    """
    import pint  # here, not at the top: a run whose units are all known never needs it

    folder = _cache_root() / f"pint-{pint.__version__}-strsafe"
    try:
        return _registry(folder)
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        return _registry(None)


def _cache_root() -> Path:
    return platformdirs.user_cache_path("checker", appauthor=False)


def _registry(cache_folder: Path | None) -> pint.UnitRegistry:
    import pint

    # pint builds its magnitudes from definition text: StrSafeFraction reads those strings
    # without the quicktions bug that `intervals.parse_decimal` explains.
    ureg: pint.UnitRegistry = pint.UnitRegistry(
        non_int_type=StrSafeFraction, cache_folder=cache_folder
    )
    ureg.load_definitions(str(Path(__file__).with_name("units.txt")))
    return ureg


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit read once: its text as written, its factor to base units and its dimension."""

    text: str
    factor: Fraction
    dimension: Dimension
    # Read from the dimension once, not each time asked: a run asks them of every claim.
    currencies: tuple[str, ...] = field(init=False, repr=False, compare=False)
    is_currency: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        dimension = self.dimension
        object.__setattr__(
            self,
            "currencies",
            tuple(
                name[len("[currency_") : -1]
                for name, _ in dimension
                if name.startswith("[currency_")
            ),
        )
        object.__setattr__(
            self,
            "is_currency",
            len(dimension) == 1
            and dimension[0][0].startswith("[currency_")
            and dimension[0][1] == 1,
        )


COUNT = UnitInfo("", Fraction(1), DIMENSIONLESS)


@lru_cache(maxsize=4096)
def unit_info(text: str) -> UnitInfo:
    """A normalised unit expression read by pint; cached because the same few units recur, and
    kept on disk (see `_unit_table`) because importing pint costs a third of a second of every
    run's start, more than reading a hundred thousand claims' units takes."""
    table = _unit_table()
    known = table.get(text)
    if known is not None:
        return known
    info = _pint_unit_info(text)
    table[text] = info
    _write_unit_table(table)
    return info


def _pint_unit_info(text: str) -> UnitInfo:
    import pint

    ureg = registry()
    try:
        parsed = ureg.parse_expression(text)
    except Exception as exc:  # pint's parser fails on malformed text in many ways ("1 /" asserts)
        raise UnitError(f"unknown unit '{text}'") from exc
    if not isinstance(parsed, pint.Quantity):
        return UnitInfo(text, Fraction(parsed), DIMENSIONLESS)
    base = parsed.to_base_units()
    dimension = tuple(sorted((str(k), Fraction(v)) for k, v in base.dimensionality.items()))
    return UnitInfo(text, Fraction(base.magnitude), dimension)


# Bumped when what `_pint_unit_info` makes of a unit changes, so an older table is not read.
UNIT_TABLE_FORMAT = 1


@lru_cache(maxsize=1)
def _unit_table_path() -> Path:
    """The file of units read before, named by what their reading depends on: the pint found
    (where it is installed and when), the project's units.txt and the table's format. Any of
    them changed, the table is another file, read afresh."""
    spec = importlib.util.find_spec("pint")
    origin = Path(spec.origin) if spec is not None and spec.origin else None
    stamp = origin.stat() if origin is not None else None
    key = hashlib.sha256(
        "\x1f".join(
            [
                str(UNIT_TABLE_FORMAT),
                str(origin),
                str(stamp.st_mtime_ns if stamp else ""),
                str(stamp.st_size if stamp else ""),
                hashlib.sha256(Path(__file__).with_name("units.txt").read_bytes()).hexdigest(),
            ]
        ).encode()
    ).hexdigest()[:16]
    return _cache_root() / f"units-{key}.json"


@lru_cache(maxsize=1)
def _unit_table() -> dict[str, UnitInfo]:
    """The units read by pint in earlier runs (this process adds its own); empty when there is
    no table, or it cannot be read (it is then written afresh: a broken table costs time,
    never a wrong unit)."""
    try:
        rows = json.loads(_unit_table_path().read_text(encoding="utf-8"))
        return {
            text: UnitInfo(
                text,
                Fraction(factor[0], factor[1]),
                tuple((name, Fraction(n, d)) for name, n, d in dimension),
            )
            for text, (factor, dimension) in rows.items()
        }
    except (OSError, ValueError, TypeError, KeyError, ZeroDivisionError):
        return {}


def _write_unit_table(table: dict[str, UnitInfo]) -> None:
    """The table written whole, in place of the old one at once (a process reading it meanwhile
    reads the old one or the new, never half); a cache that cannot be written is done without."""
    rows = {
        text: (
            (info.factor.numerator, info.factor.denominator),
            [(name, power.numerator, power.denominator) for name, power in info.dimension],
        )
        for text, info in table.items()
    }
    try:
        path = _unit_table_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(rows, out)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


# Frozen by convention, as a claim is (see `corpus.Claim`): made for every claim loaded, in a
# third of a frozen dataclass's time.
@dataclass(slots=True, unsafe_hash=True)
class Quantity:
    """A value as written and the exact interval of true values its text admits.

    `interval` and `written` are in base units (yuan, square metres, per second...), percent and
    percentage points as plain fractions (8.3 % is 0.083). `written` is the rounding interval alone;
    `interval` also applies the qualifier; `nominal` is the number as written, in base units.
    `form` tells a percent from percentage points from a factor.
    """

    text: str
    number_text: str
    nominal: Fraction
    interval: Interval
    written: Interval
    unit: UnitInfo
    form: Form = "number"
    qualifier: str | None = None
    scale: str | None = None
    signed: bool = False
    # For a round figure ("100,000", "20 billion") whose zeros the reading takes as rounding: the
    # interval if every written digit were exact. A rule that holds only through that rounding
    # says which round figure it rests on.
    digits_exact: Interval | None = None

    @property
    def dimension(self) -> Dimension:
        return self.unit.dimension

    @property
    def is_range(self) -> bool:
        return ".." in self.number_text

    @property
    def is_fraction(self) -> bool:
        """Written as a fraction, "1/3" or a writer's "1 in 5": no digits to have slipped."""
        return "/" in self.number_text or " in " in self.number_text

    @property
    def direction(self) -> str | None:
        """The way ("+" or "-") of a value that states a sign and no size ("more than 0 %",
        "less than 0"), as a change given by its way alone is written; None for any other."""
        if self.nominal != 0 or self.is_range:
            return None
        return {"over": "+", "at_least": "+", "under": "-", "at_most": "-"}.get(
            self.qualifier or ""
        )

    def __str__(self) -> str:
        return self.text


def _step(whole: str, round_numbers: RoundNumbers) -> int:
    """The rounding step of a whole number as written, in units of its last digit's place.

    Trailing zeros are rounding at most to two significant figures ("two-figures", the default):
    `10 billion` is 9.5 to 10.5 billion, `100,000` is 95,000 to 105,000, `50 %` is 49.5 to
    50.5 %, and `104,000` keeps its own precision, 103,500 to 104,500. No reader takes `$20
    billion` for 25 billion, which the last nonzero digit alone ("last-digit": `100,000` is
    50,000 to 150,000) would admit; "exact" takes every written zero as a digit."""
    zeros = len(whole) - len(whole.rstrip("0"))
    if round_numbers == "exact" or not zeros:
        return 1
    if round_numbers == "last-digit":
        return 10**zeros
    return 10 ** min(zeros, max(len(whole) - 2, 0))


def _read_number(
    number: str,
    rounding: Rounding,
    negative: bool,
    multiplier: Fraction,
    round_numbers: RoundNumbers = DEFAULT_ROUND_NUMBERS,
) -> tuple[Fraction, Interval]:
    """The written number and the interval of values that round (or truncate) to it, both times
    `multiplier` (scale word and unit factor). Integer arithmetic, one Fraction per bound: this
    runs once per distinct value text of the corpus."""
    digits = sum(c.isdigit() for c in number)
    if digits > MAX_DIGITS:
        raise ValueError_(
            f"a number of {digits:,} digits is not a figure a claim can hold (at most "
            f"{MAX_DIGITS}); write it with a scale word or an exponent"
        )
    sign = -1 if negative else 1
    if " in " in number:
        return _read_writers_fraction(number, sign * multiplier)
    if "/" in number:
        numerator, denominator = (int(p) for p in number.split("/"))
        if denominator == 0:
            raise ValueError_(f"'{number}' divides by zero")
        exact = Fraction(
            sign * numerator * multiplier.numerator, denominator * multiplier.denominator
        )
        return exact, Interval(exact, exact)
    number, _, exponent_text = number.lower().partition("e")
    exponent = int(exponent_text or "0")
    if abs(exponent) > MAX_EXPONENT:
        raise ValueError_(f"the exponent e{exponent} is beyond what a figure can hold")
    if exponent:  # the written precision is the mantissa's, scaled: 1.5e3 is 1450 to 1550
        multiplier = multiplier * Fraction(10) ** exponent
    whole, _, decimals = number.replace(",", "").partition(".")
    mantissa = int(whole + decimals or "0")
    denominator = 10 ** len(decimals)
    step = 1 if decimals or not mantissa else _step(whole.lstrip("0") or "0", round_numbers)
    top, bottom = multiplier.numerator * sign, multiplier.denominator * denominator
    exact = Fraction(mantissa * top, bottom)
    if rounding == "truncate":
        first, second = exact, Fraction((mantissa + step) * top, bottom)
    else:
        first, second = (
            Fraction((2 * mantissa - step) * top, 2 * bottom),
            Fraction((2 * mantissa + step) * top, 2 * bottom),
        )
    # A negative number's ends come out the other way round.
    return exact, Interval(first, second) if first <= second else Interval(second, first)


def _read_writers_fraction(number: str, multiplier: Fraction) -> tuple[Fraction, Interval]:
    """ "1 in 5": the fraction a writer rounds a share to, k in n for the nearest whole n, so
    k/(n + 1/2) to k/(n - 1/2): "one in five" is 18.2 % to 22.2 %, as "5" is 4.5 to 5.5."""
    numerator, denominator = (int(p) for p in number.split(" in "))
    if denominator < 1 or (denominator == 1 and numerator < 2):
        raise ValueError_(
            f"'{number}': a fraction 'k in n' needs n of at least 2 (or, for a factor in one "
            "word such as 'doubled', k of at least 2 in 1)"
        )
    exact = numerator * multiplier / denominator
    ends = (
        numerator * multiplier * 2 / (2 * denominator + 1),
        numerator * multiplier * 2 / (2 * denominator - 1),
    )
    if denominator == 1:  # a whole in words ("doubled"): its rounding is k's, 1.5 to 2.5
        ends = ((2 * numerator - 1) * multiplier / 2, (2 * numerator + 1) * multiplier / 2)
    return exact, Interval(min(ends), max(ends))


# The fractions a writer picks from for a share in words: halves, thirds, quarters, fifths.
_COMMON_FRACTIONS = sorted({Fraction(k, n) for n in range(1, 6) for k in range(n + 1)})


def _nearest_common_fraction(number: str, exact: Fraction, written: Interval) -> Interval:
    """A writer who could have said "a quarter" or "two fifths" says "a third" only for a
    share nearer a third than either (29.2 % to 36.7 %): the rounding of n alone would let
    "one in two" stand for 40 % to 66.7 %. Fractions of larger n keep the rounding of n."""
    numerator, denominator = (int(p) for p in number.split(" in "))
    fraction = Fraction(numerator, denominator)
    # a factor over one is a whole and a writer's fraction more: "rose by a third" (4 in 3) is
    # 1 and a third, so 1.29 to 1.37
    whole = Fraction(fraction.numerator // fraction.denominator)
    part = fraction - whole
    if denominator == 1 and exact != 0:
        # a factor in one word ("doubled", 2 in 1): nearer 2 than the one and a half or two
        # and a half times a writer could have said, so 1.75 to 2.25
        return _between(whole - Fraction(1, 4), whole + Fraction(1, 4), exact / fraction, written)
    if exact == 0 or part not in _COMMON_FRACTIONS or part in (0, 1):
        return written
    at, scale = _COMMON_FRACTIONS.index(part), exact / fraction
    return _between(
        whole + (_COMMON_FRACTIONS[at - 1] + part) / 2,
        whole + (part + _COMMON_FRACTIONS[at + 1]) / 2,
        scale,
        written,
    )


def _between(low: Fraction, high: Fraction, scale: Fraction, written: Interval) -> Interval:
    """From low to high times scale (either way round for a negative scale), within written."""
    ends = sorted((low * scale, high * scale))
    return Interval(max(written.low, ends[0]), min(written.high, ends[1]))  # type: ignore[type-var]


def _factor_under_one(number: str, written: Interval) -> Interval:
    """A factor under one is a whole less a writer's fraction, as one over it is a whole and a
    fraction more: "fell by a fifth" (x4 in 5) is one less 18.2 % to 22.2 %, so 0.778 to 0.818,
    where the rounding of n in "4 in 5" would let it be 0.775 to 0.889 (a fall of 11 %). The
    common fractions are symmetric about a half, so halves and thirds read as before."""
    numerator, denominator = (int(p) for p in number.split(" in "))
    gap_number = f"{denominator - numerator} in {denominator}"
    gap_exact, gap_written = _read_writers_fraction(gap_number, Fraction(1))
    gap = _nearest_common_fraction(gap_number, gap_exact, gap_written)
    low, high = 1 - gap.high, 1 - gap.low  # type: ignore[operator]
    return Interval(max(written.low, low), min(written.high, high))  # type: ignore[type-var]


def _writers_fraction_bound(
    qualifier: str | None, number: str, exact: Fraction, written: Interval
) -> Interval:
    """A qualifier names the side of a writer's fraction: "almost one in two" is below a half
    (down to the rounding of n: "almost half (44%)"), "more than a third" above a third
    itself, not above its rounding; with no side named, the nearest common fraction."""
    if qualifier == "nearly":
        return Interval(min(written.low, exact), exact)  # type: ignore[type-var]
    if qualifier == "just_over":  # the mirror: "just over a quarter" is 25 % to 28.6 %
        return Interval(exact, max(written.high, exact))  # type: ignore[type-var]
    if qualifier in ("over", "at_least", "under", "at_most"):
        return Interval.point(exact)
    return _nearest_common_fraction(number, exact, written)


def _apply_qualifier(
    qualifier: str | None, exact: Fraction, written: Interval, tolerances: Tolerances
) -> Interval:
    if qualifier is None:
        return written
    if qualifier == "about":
        spread = abs(exact) * tolerances.about
        return Interval(written.low - spread, written.high + spread)
    if qualifier == "nearly":
        # nearly bounds the size from below, whatever the sign: "fell nearly 50%" is a fall of
        # 45% to 50%, [-50%, -45%], not one of 50% to 55%
        return written.hull(Interval.point(exact * (1 - tolerances.nearly)))
    if qualifier == "just_over":
        # the mirror of nearly: "just over 300" is 299.5 to 330, "fell just over 50%" -55 to -49.5
        return written.hull(Interval.point(exact * (1 + tolerances.nearly)))
    # "more than 0", "less than 0" state a sign, which is not rounded: a rise of any size, not
    # anything above -0.5
    if qualifier in ("over", "at_least"):
        return Interval.at_least(0 if exact == 0 else written.low)
    return Interval.at_most(0 if exact == 0 else written.high)


class _Single(NamedTuple):
    """A single value's parts as written. A named tuple: a frozen dataclass set its six fields
    one by one through object.__setattr__ (three times the cost), and one is made for each
    distinct value read."""

    qualifier: str | None
    factor: bool
    sign: str
    number: str
    scale: str | None
    rest: str


def _split_single(text: str) -> _Single:
    rest = text.strip()
    qualifier = None
    match = _QUALIFIER_RE.match(rest)
    if match:
        qualifier = QUALIFIERS[match.group("q").lower()]
        rest = rest[match.end() :]
    number = _NUMBER_RE.match(rest)
    if not number:
        raise ValueError_(f"'{text.strip()}' has no number where one is expected")
    if _RUN_ON_RE.match(rest, number.end()):
        raise ValueError_(
            f"'{text.strip()}' is not one number as written (digits run on after "
            f"'{number.group('number')}'); write it as 1,234.5, 1234.5 or 1.2345e3"
        )
    scale, rest = _split_scale(rest[number.end() :])
    sign = number.group("sign") or ""
    if sign == "−":
        sign = "-"
    return _Single(
        qualifier,
        bool(number.group("factor")),
        sign,
        _number_as_written(number.group("number")),
        scale,
        rest,
    )


def _number_as_written(number: str) -> str:
    """The number without its spaces ("1 / 3" is 1/3), a writer's fraction spaced "1 in 5"."""
    return re.sub(r"\s*in\s*", " in ", re.sub(r"\s", "", number))


def _split_scale(after_number: str) -> tuple[str | None, str]:
    """What follows a number: its scale word, if any, and the unit text after it."""
    rest = after_number.strip()
    scale_match = _SCALE_RE.match(rest)
    if scale_match:
        return scale_match.group("scale"), rest[scale_match.end() :].strip()
    return None, rest


def _read_unit(rest: str, reader: ValueReader) -> tuple[Form, UnitInfo]:
    for pattern, form, symbol, factor in _UNIT_FORMS:
        if pattern.match(rest):
            if pattern.sub("", rest, count=1).strip():
                raise ValueError_(f"'{rest}': nothing may follow {symbol}")
            return form, UnitInfo(symbol, factor, DIMENSIONLESS)
    return "number", reader.unit(rest)


class ValueReader:
    """Reads unit and value texts against the registry, a vocabulary's count nouns and the
    qualifier tolerances; each distinct text is read once and cached, as the same texts recur."""

    def __init__(
        self, count_nouns: frozenset[str] = frozenset(), tolerances: Tolerances = DEFAULT_TOLERANCES
    ) -> None:
        self.tolerances = tolerances
        self._values: dict[tuple[str, str, str], Quantity] = {}
        self.count_nouns = frozenset(n.lower() for n in count_nouns)
        nouns = sorted(self.count_nouns, key=len, reverse=True)
        self._noun_re = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(n) for n in nouns) + r")(?!\w)", re.IGNORECASE
            )
            if nouns
            else None
        )
        self._cache: dict[str, UnitInfo] = {}
        self._suffixes: dict[str | None, tuple[str | None, str, Reading]] = {}

    def value(
        self,
        text: str,
        rounding: Rounding = "nearest",
        round_numbers: RoundNumbers = DEFAULT_ROUND_NUMBERS,
    ) -> Quantity:
        """Read a value text; raises ValueError_ (or UnitError) with a message for the writer."""
        key = (text, rounding, round_numbers)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = self._read(text, rounding, round_numbers)
        return found

    def _read(self, text: str, rounding: Rounding, round_numbers: RoundNumbers) -> Quantity:
        # Most values are a plain number and a suffix the corpus repeats ("1955.31 billion CNY"):
        # the suffix is split once, the number read directly. Anything else takes the full path.
        source = str(text).strip()
        plain = _PLAIN_VALUE_RE.fullmatch(source) if ".." not in source else None
        if plain is None or (plain.group(3) or "x")[0].isdigit() or _IN_FRACTION.match(source):
            return _parse_value(source, self, rounding, round_numbers)
        sign, number, suffix = plain.groups()
        known = self._suffixes.get(suffix)
        if known is None:
            scale, rest = _split_scale(suffix or "")
            known = self._suffixes[suffix] = (
                scale,
                rest,
                _reading(source, _Single(None, False, "", "1", scale, rest), self),
            )
        scale, rest, reading = known
        single = _Single(None, False, sign, number, scale, rest)
        return _quantity(source, single, self, (rounding, round_numbers), reading)

    def unit(self, text: str) -> UnitInfo:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._parse(text)
        return found

    def _parse(self, text: str) -> UnitInfo:
        stripped = text.strip()
        if not stripped or stripped.lower() in ("count", "counts", "number", "dimensionless"):
            return UnitInfo(stripped, Fraction(1), DIMENSIONLESS)
        expression = stripped
        if self._noun_re is not None:
            expression = self._noun_re.sub("", expression).strip()
        expression = _UNIT_PHRASE_RE.sub(_unit_phrase, " " + expression).strip()
        expression = re.sub(r"\s+", " ", expression)
        if expression.startswith("/"):
            expression = "1 " + expression
        if not expression:
            return UnitInfo(stripped, Fraction(1), DIMENSIONLESS)
        try:
            info = unit_info(expression)
        except UnitError:
            hint = (
                " (if it counts things, declare it under count_nouns in metrics.yaml)"
                if re.fullmatch(r"[A-Za-z][A-Za-z -]*", stripped)
                else ""
            )
            raise UnitError(f"unknown unit '{stripped}'{hint}") from None
        if info.factor <= 0:  # "5 / -1 day": a rate per negative time measures nothing
            raise UnitError(f"the unit '{stripped}' is negative or zero; put a sign on the number")
        return UnitInfo(stripped, info.factor, info.dimension)


def parse_value(
    text: str,
    rounding: Rounding = "nearest",
    reader: ValueReader | None = None,
    round_numbers: RoundNumbers = DEFAULT_ROUND_NUMBERS,
) -> Quantity:
    """Read `[qualifier] number [scale] [unit]`, or a range `low .. high unit`, into a Quantity."""
    return (reader or _default_reader()).value(text, rounding, round_numbers)


@lru_cache(maxsize=1)
def _default_reader() -> ValueReader:
    return ValueReader()


def _parse_value(
    text: str, reader: ValueReader, rounding: Rounding, round_numbers: RoundNumbers
) -> Quantity:
    source = str(text).strip()
    if not source:
        raise ValueError_("the value is empty")
    if ".." in source:
        return _parse_range(source, reader, rounding, round_numbers)
    return _quantity(source, _split_single(source), reader, (rounding, round_numbers))


Reading = tuple[
    Form, UnitInfo, Fraction
]  # what a value's words say: its form, its unit, the multiplier to base units


def _reading(source: str, single: _Single, reader: ValueReader) -> Reading:
    if single.factor and (single.rest or single.scale):
        raise ValueError_(f"'{source}': a factor such as x3 takes no unit")
    form: Form
    if single.factor:
        form, unit = "factor", COUNT
    else:
        form, unit = _read_unit(single.rest, reader)
    scale = SCALES[single.scale.lower()] if single.scale else Fraction(1)
    return form, unit, scale * unit.factor


def _quantity(
    source: str,
    single: _Single,
    reader: ValueReader,
    readings: tuple[Rounding, RoundNumbers],
    reading: Reading | None = None,
) -> Quantity:
    rounding, round_numbers = readings
    form, unit, multiplier = reading or _reading(source, single, reader)
    negative = single.sign == "-"
    exact, written = _read_number(single.number, rounding, negative, multiplier, round_numbers)
    if " in " in single.number:
        written = _writers_fraction_bound(single.qualifier, single.number, exact, written)
        if form == "factor" and single.qualifier in (None, "about") and 0 < exact < 1:
            written = _factor_under_one(single.number, written)
    # a writer's fraction is approximate already: "about two-thirds" is the nearest common
    # fraction, not widened again (61 % is no "about two-thirds")
    about_a_fraction = single.qualifier == "about" and " in " in single.number
    interval = (
        written
        if about_a_fraction
        else _apply_qualifier(single.qualifier, exact, written, reader.tolerances)
    )
    digits_exact = None
    if round_numbers != "exact" and single.number.endswith("0") and "." not in single.number:
        as_written = _read_number(single.number, rounding, negative, multiplier, "exact")[1]
        if as_written != written:
            digits_exact = _apply_qualifier(single.qualifier, exact, as_written, reader.tolerances)
    # In the order of the fields, not by name: a value is read once for every distinct text,
    # and its 11 keywords cost more than the rest of making it.
    return Quantity(
        source,  # text
        single.sign + single.number if single.sign else single.number,  # number_text
        exact,  # nominal
        interval,
        written,
        unit,
        form,
        single.qualifier,
        single.scale,
        bool(single.sign),  # signed
        digits_exact,
    )


def _parse_range(
    source: str, reader: ValueReader, rounding: Rounding, round_numbers: RoundNumbers
) -> Quantity:
    low_text, _, high_text = source.partition("..")
    if ".." in high_text:
        raise ValueError_(f"'{source}': a range has one '..'")
    low, high = _split_single(low_text), _split_single(high_text)
    if low.qualifier or high.qualifier:
        raise ValueError_(f"'{source}': a range takes no qualifier")
    if low.factor != high.factor:
        raise ValueError_(f"'{source}': both ends of a range must be factors, or neither")
    if low.rest and high.rest and low.rest != high.rest:
        raise ValueError_(f"'{source}': the two ends of a range have different units")
    rest = high.rest or low.rest
    form: Form
    form, unit = ("factor", COUNT) if high.factor else _read_unit(rest, reader)
    ends: list[Interval] = []  # each bounded: _read_number reads a written number
    exacts: list[Fraction] = []
    for end in (low, high):
        scale = (
            SCALES[(end.scale or high.scale or "").lower()]
            if (end.scale or high.scale)
            else Fraction(1)
        )
        multiplier = scale * unit.factor
        exact, written = _read_number(
            end.number, rounding, end.sign == "-", multiplier, round_numbers
        )
        exacts.append(exact)
        ends.append(written)
    if exacts[1] < exacts[0]:
        raise ValueError_(f"'{source}': the range ends below where it starts")
    interval = ends[0].hull(ends[1])
    number_text = f"{low.sign}{low.number}..{high.sign}{high.number}"
    middle = (interval.low + interval.high) / 2  # type: ignore[operator]  # bounded
    return Quantity(
        source,
        number_text,
        middle,
        interval,
        interval,
        unit,
        form,
        None,
        high.scale or low.scale,
        bool(low.sign or high.sign),
    )


def format_value(quantity: Quantity) -> str:
    """The canonical text of a value: qualifier, number as written, scale, unit. Reading it back
    gives the same interval (a property the tests hold it to)."""
    if quantity.is_range:
        low, high = quantity.number_text.split("..")
        marker = "x" if quantity.form == "factor" else ""
        return " ".join(
            p
            for p in (f"{marker}{low} .. {marker}{high}", quantity.scale, _unit_word(quantity))
            if p
        )
    words = [QUALIFIER_WORDS[quantity.qualifier]] if quantity.qualifier else []
    words.append(("x" if quantity.form == "factor" else "") + quantity.number_text)
    words += [w for w in (quantity.scale, _unit_word(quantity)) if w]
    return " ".join(words)


def _unit_word(quantity: Quantity) -> str:
    return "" if quantity.form == "factor" else quantity.unit.text
