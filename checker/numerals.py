"""Numbers as writers write them, read by value: Chinese numerals, number words, Indian digit
grouping and decimal commas, and the folding that lets one reader see Traditional and
Simplified Chinese, full-width and ASCII digits alike.

Chinese numerals are read by cn2an and English number words by numerizer: both are small,
well-kept libraries that read the whole grammar of their numbers ("一万七千五百", "两百",
"two hundred and fifty", "one and a half million"), where a table of words reads only the
forms it lists. Traditional characters are folded to Simplified by OpenCC (the reference
converter, with its own dictionaries, no network), character for character so every offset
still points into the text as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quicktions import Fraction

__all__ = [
    "CJK_NUMERAL_RE",
    "cjk_values_stated",
    "cjk_numeral_value",
    "decimal_comma_text",
    "fold",
    "indian_grouping",
    "word_number_value",
]

_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Full-width digits, point and percent sign as ASCII (the full-width comma stays: in Chinese
# text it separates clauses, never digit groups).
_WIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"．": ".", "％": "%"})


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """The text with Traditional Chinese characters as Simplified and full-width digits as
    ASCII, of the same length, so a span of one is a span of the other."""
    folded = text.translate(_WIDTH)
    if not _CJK_CHAR.search(folded):
        return folded
    converted = _converter().convert(folded)
    if len(converted) == len(folded):
        return converted
    # A phrase converted to one of another length: convert character by character instead.
    convert = _converter().convert
    return "".join(
        c if not _CJK_CHAR.match(c) else (convert(c) if len(convert(c)) == 1 else c) for c in folded
    )


# A Chinese numeral: digits 〇..九 and 两, the places 十 百 千 and the groups 万 亿, a decimal
# point 点; optionally as a percentage (百分之) or per mille (千分之).
CJK_NUMERAL_RE = re.compile(
    r"(?P<of>百分之|千分之)?(?P<num>[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?)"
)
_CJK_DIGIT = re.compile(r"[〇零一二两三四五六七八九十]")


def cjk_numeral_value(numeral: str) -> Fraction | None:
    """The value of a Chinese numeral ("一万七千五百" 17500, "一点四" 1.4), or None when it
    is no number (a lone place or group character: 百, 万)."""
    if not _CJK_DIGIT.search(numeral):
        return None
    import cn2an

    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return Fraction(str(value))


def word_number_value(words: str) -> Fraction | None:
    """The value of an English number phrase ("two hundred and fifty" 250, "one and a half
    million" 1500000), or None when numerizer reads no single number in it."""
    from numerizer import numerize

    try:
        reading = numerize(words).strip()
    except (ValueError, IndexError, AttributeError):
        return None
    try:
        return Fraction(reading)
    except (ValueError, ZeroDivisionError):
        return None


# Lakh and crore grouping: the last three digits, then groups of two ("28,30,760", "1,75,554").
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


def indian_grouping(number: str) -> bool:
    """Whether a number is grouped the Indian way (and so is not a misgrouped Western one)."""
    return _INDIAN.fullmatch(number) is not None and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", number)


def decimal_comma_text(text: str) -> bool:
    """Whether a text writes its decimals with a comma ("5,8 miljard", "$5,8-billion"): it has
    numbers like "5,8" or "17,1%" (one to two digits after the comma, then no digit) and none
    grouped in thousands with a decimal point ("1,234.5"), which would say the opposite."""
    commas = re.findall(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])", text)
    points = re.search(r"\d,\d{3}\.\d", text)
    return len(commas) >= 2 and points is None


def value_text(value: Fraction) -> str:
    """An exact value as a claim file writes its number (no float on the way)."""
    if value.denominator == 1:
        return str(value.numerator)
    digits = 0
    scaled = value
    while scaled.denominator != 1 and digits < 12:
        scaled *= 10
        digits += 1
    if scaled.denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    whole = str(abs(scaled.numerator)).rjust(digits + 1, "0")
    sign = "-" if value < 0 else ""
    return f"{sign}{whole[:-digits]}.{whole[-digits:]}"


_STATED = re.compile(
    r"(?P<cjk>" + CJK_NUMERAL_RE.pattern + r")|(?P<digits>\d+(?:\.\d+)?)(?=[倍成])"
)


def cjk_values_stated(quote: str) -> set[Fraction]:
    """The values a Chinese quote states in ways digits do not show: numerals by value
    ("四十" 40, "百分之十六点七" 16.7), and N倍 and N成 also as the percentages they state
    (增长5.5倍 is +550 %, 八成 is 80 %)."""
    text = fold(quote)
    values: set[Fraction] = set()
    for match in _STATED.finditer(text):
        if match.group("cjk"):
            value = cjk_numeral_value(match.group("num"))
            if value is None:
                continue
        else:
            value = Fraction(match.group("digits"))
        values.add(value)
        follows = text[match.end() : match.end() + 1]
        if follows == "倍":
            values.add(value * 100)
        elif follows == "成":
            values.add(value * 10)
    return values
