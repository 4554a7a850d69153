"""Numbers as running text writes them, read for the quote check: digits in any grouping
(`1,406.5`, Indian `28,30,760`, a decimal comma `2,15`, a stray space `1, 724.7`), Chinese
numerals (三十二, 八百八十万), number words ("thirty-two", "four in ten", "half", "doubled"),
each with the scale word written right after it (billion, bn, 万, 亿, crore...).

A numeral may have several readings ("2,150" is 2150, or 2.15 with a decimal comma); the quote
check accepts a claim's number when any reading gives it, so an odd way of writing never makes a
false alarm. All words come from the one vocabulary (`checker.vocabulary`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quicktions import Fraction

from .intervals import parse_decimal
from .vocabulary import CARDINALS, FACTOR_WORDS, FRACTION_WORDS, GROUP_WORDS, SCALE_NAMES, TENS

__all__ = ["Numeral", "exact_fraction", "numerals"]


@dataclass(frozen=True, slots=True)
class Numeral:
    """One reading of a number in the text: its value before any scale word, and that scale
    (the vocabulary's name for it: "billion" for bn, 亿 for yi), if one follows."""

    value: Fraction
    scale: str | None


def exact_fraction(digits: str) -> Fraction:
    """A decimal or `a/b` text as an exact fraction, without handing quicktions a one-character
    string (see `intervals.parse_decimal`)."""
    if "/" in digits:
        numerator, denominator = digits.split("/")
        return Fraction(int(numerator), int(denominator))
    return parse_decimal(digits)


# ---------------------------------------------------------------- digits

_DIGITS = re.compile(r"(?<![\d.])\d+(?:(?:,[ \u00a0]?|[.\u00a0\u202f'’])\d+)*|(?<![\w.])\.\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:[.\u00a0\u202f'’]\d{3})*,\d+")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


def _digit_values(token: str) -> set[Fraction]:
    """Every reading of a run of digits and separators."""
    compact = re.sub(r"[ \u00a0\u202f'’]", "", token) if "," in token else token
    values: set[Fraction] = set()
    if _THOUSANDS.fullmatch(compact) or _INDIAN.fullmatch(compact):
        values.add(exact_fraction(compact.replace(",", "")))
    if _DECIMAL_COMMA.fullmatch(compact):
        values.add(exact_fraction(re.sub(r"[.\u00a0\u202f'’]", "", compact).replace(",", ".")))
    grouped = re.sub(r"[\u00a0\u202f'’]", "", token)
    if re.fullmatch(r"\d{1,3}(?:\d{3})*(?:\.\d+)?", grouped) and grouped != token:
        values.add(exact_fraction(grouped))  # thin-space grouping, "1 406.5"
    for piece in re.split(r",\s?|[\u00a0\u202f]", token):  # a list, "3, 5 and 7"
        if _PLAIN.fullmatch(piece):
            values.add(exact_fraction(piece))
    if token.startswith("."):  # ".5"
        values.add(exact_fraction("0" + token))
    return values


# ---------------------------------------------------------------- scale words after a number

_LATIN_SCALE = re.compile(
    r"[\s-]*("
    + "|".join(re.escape(w) for w in sorted(SCALE_NAMES, key=len, reverse=True) if w.isascii())
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
# 千 before 分, 米, 克 or 瓦 begins a unit (千分点, 千米, 千克, 千瓦), not a scale.
_CJK_SCALE = re.compile(
    r"\s*("
    + "|".join(
        re.escape(w) + ("(?![分米克瓦])" if w.endswith("千") else "")
        for w in sorted(SCALE_NAMES, key=len, reverse=True)
        if not w.isascii()
    )
    + ")"
)
# A one-letter scale is as often a unit ("5 m" of cloth, "5 b" of a list): read both ways.
_AMBIGUOUS_SCALES = frozenset({"m", "b", "k"})


def _scales_after(text: str, end: int) -> list[str | None]:
    match = _CJK_SCALE.match(text, end) or _LATIN_SCALE.match(text, end)
    if match is None:
        return [None]
    word = match.group(1).lower()
    return [SCALE_NAMES[word], None] if word in _AMBIGUOUS_SCALES else [SCALE_NAMES[word]]


# ---------------------------------------------------------------- Chinese numerals

_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CJK_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_RUN = re.compile("[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")


def _cjk_value(run: str) -> Fraction:
    """三十二 is 32, 一百零六 106, 十五 15, 三点六 3.6."""
    whole, _, decimals = run.partition("点")
    value = Fraction(_cjk_whole(whole))
    for place, char in enumerate(decimals, start=1):
        value += Fraction(_CJK_DIGITS[char], 10**place)
    return value


def _cjk_whole(run: str) -> int:
    total, digit = 0, None
    for char in run:
        if char in _CJK_DIGITS:
            digit = _CJK_DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _CJK_UNITS[char]
            digit = None
    return total + (digit or 0)


# ---------------------------------------------------------------- words

_NUMBER_WORDS = {**CARDINALS, **TENS}
_WORD_RUN = re.compile(
    r"\b(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:[\s-]+(?:and[\s-]+)?(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"|hundred))*\b",
    re.IGNORECASE,
)
_IN = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?(\w+)", re.IGNORECASE)
_PHRASES = re.compile(
    r"\b("
    + "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]+")
        for w in sorted([*FRACTION_WORDS, *FACTOR_WORDS, *GROUP_WORDS], key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


def _word_value(run: str) -> int | None:
    total = 0
    for word in re.split(r"[\s-]+", run.lower()):
        if word == "and":
            continue
        if word == "hundred":
            total = max(total, 1) * 100
        elif word in _NUMBER_WORDS:
            total += _NUMBER_WORDS[word]
        else:
            return None
    return total


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _word_value(word)


def _word_numerals(text: str) -> Iterator[tuple[Fraction, int]]:
    """Number words with where they end: "thirty-two", "four in ten" (4/10 and 40 per cent),
    "half" (1/2, 50 per cent), "doubled" (x2, +100 per cent)."""
    for match in _WORD_RUN.finditer(text):
        value = _word_value(match.group(0))
        if value is None:
            continue
        yield Fraction(value), match.end()
        before_hundred = re.match(r"(.*?)[\s-]+hundred\b", match.group(0), re.IGNORECASE)
        if before_hundred:  # "five hundred-billion-yuan": 5 with the scale word hundred
            prefix = _word_value(before_hundred.group(1))
            if prefix:
                yield Fraction(prefix), match.start() + len(before_hundred.group(1))
        whole = _IN.match(text, match.end())
        if whole and (_count(whole.group(1)) or 0) > 0:
            part = Fraction(value, _count(whole.group(1)) or 1)
            yield part, whole.end()
            yield part * 100, whole.end()
    for match in _IN_DIGITS.finditer(text):
        part = Fraction(int(match.group(1)), int(match.group(2)))
        yield part, match.end()
        yield part * 100, match.end()
    for match in _PHRASES.finditer(text):
        phrase = re.sub(r"[\s-]+", " ", match.group(1).lower())
        if phrase in GROUP_WORDS:
            yield Fraction(GROUP_WORDS[phrase]), match.end()
            continue
        value = FRACTION_WORDS.get(phrase) or FRACTION_WORDS.get(f"a {phrase}")
        if value is None:
            value = FACTOR_WORDS[phrase]
            yield abs(value - 1) * 100, match.end()  # doubled: +100 %; halved: -50 %
        else:
            yield value * 100, match.end()
        yield value, match.end()


_IN_DIGITS = re.compile(r"\b(\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?([1-9]\d*)\b", re.IGNORECASE)


# ---------------------------------------------------------------- all together


def numerals(text: str) -> list[Numeral]:
    """Every reading of every number in `text`, with the scale word after it."""
    found: set[Numeral] = set()
    for match in _DIGITS.finditer(text):
        for value in _digit_values(match.group(0)):
            found.update(Numeral(value, scale) for scale in _scales_after(text, match.end()))
    for match in _CJK_RUN.finditer(text):
        run = match.group(0)
        if len(run) == 1 and run in _CJK_UNITS:
            continue  # 十, 百 or 千 alone is a word more often than a number
        value = _cjk_value(run)
        found.update(Numeral(value, scale) for scale in _scales_after(text, match.end()))
    for value, end in _word_numerals(text):
        found.update(Numeral(value, scale) for scale in _scales_after(text, end))
    return sorted(found, key=lambda n: (n.value, n.scale or ""))
