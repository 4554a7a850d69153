"""Numbers as writers write them, read by value: Chinese numerals, number words, Indian digit
grouping and decimal commas, and the folding that lets one reader see Traditional and
Simplified Chinese, full-width and ASCII digits alike. For the quote check, `read_numbers`
gives every reading of every number in a text with the scale word written after it.

Chinese numerals are read by cn2an and English number words by numerizer: both are small,
well-kept libraries that read the whole grammar of their numbers ("一万七千五百", "两百",
"two hundred and fifty", "one and a half million"), where a table of words reads only the
forms it lists. Traditional characters are folded to Simplified by OpenCC (the reference
converter, with its own dictionaries, no network), character for character so every offset
still points into the text as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from quicktions import Fraction

from .intervals import parse_decimal
from .vocabulary import (
    CARDINALS,
    COMPARATIVE_DOWN,
    COMPARATIVE_UP,
    CURRENCY_HUNDREDTHS_PATTERN,
    CURRENCY_SIGN,
    FACTOR_WORDS,
    FRACTION_WORDS,
    GROUP_WORDS,
    SCALE_NAMES,
    SCALES,
    SPELLED_SCALE_PATTERN,
    TENS,
    ZERO_CHANGE_WORDS,
)

__all__ = [
    "CJK_NUMERAL_RE",
    "compound_values",
    "Numeral",
    "exact_fraction",
    "read_numbers",
    "writes_digits",
    "cjk_values_stated",
    "cjk_numeral_value",
    "decimal_comma_text",
    "fold",
    "years_in_digits",
    "indian_grouping",
    "word_number_value",
]

_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Full-width digits, point and percent sign as ASCII (the full-width comma stays: in Chinese
# text it separates clauses, never digit groups).
_WIDE = re.compile(r"[\uff10-\uff19．％]")
_WIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"．": ".", "％": "%"})


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """The text with Traditional Chinese characters as Simplified and full-width digits as
    ASCII, of the same length, so a span of one is a span of the other."""
    if text.isascii():  # known to the string itself: most English text is folded already
        return text
    folded = text.translate(_WIDTH) if _WIDE.search(text) else text
    if not _CJK_CHAR.search(folded):
        return folded
    converted = _converter().convert(folded)
    if len(converted) != len(folded):
        # A phrase converted to one of another length: convert character by character instead.
        convert = _converter().convert
        converted = "".join(
            c if not _CJK_CHAR.match(c) else (convert(c) if len(convert(c)) == 1 else c)
            for c in folded
        )
    if "○" in converted or "◯" in converted:
        converted = _CIRCLES_AS_ZERO.sub(lambda zeros: "〇" * len(zeros.group(0)), converted)
    return converted


# A year written in Chinese digits (二〇二三年, 一九九八年, 二○二七年 with a circle for the zero,
# as Taiwan's press sets it): four digit characters straight before 年, no numeral before them;
# or before another such year that a range or list joins it to, whose 年 is both's
# (二〇二九至二〇三一年, 二〇三〇、二〇三一年)
_CJK_YEAR = re.compile(
    "(?<![〇零○◯一二两三四五六七八九十百千万亿点])[〇零○◯一二三四五六七八九]{4}"
    "(?=年|\\s*[-—–~～至到、/]\\s*[〇零○◯一二三四五六七八九]{4}年)"
)
_CJK_YEAR_DIGITS = str.maketrans("〇零○◯一二三四五六七八九", "0000123456789")


def years_in_digits(text: str) -> str:
    """The text with every year written in Chinese digits written in ASCII digits, of the same
    length, so the readings of years written 2023年 read it and a span of one is a span of the
    other (quotes stay the text's own)."""
    if "年" not in text:
        return text
    return _CJK_YEAR.sub(lambda year: year.group(0).translate(_CJK_YEAR_DIGITS), text)


# A circle written for the zero among Chinese digits, as Taiwan's press sets them (二○二三年,
# 五○五七點四億元, 一點○五兆元), or for the whole before a point in a percentage written out
# (百分之○點四); elsewhere a circle is a bullet or a mark.
_CIRCLES_AS_ZERO = re.compile("(?<=[〇零一二两三四五六七八九十点])[○◯]+|(?<=分之)[○◯](?=点)")


# A Chinese numeral: digits 〇..九 and 两, the places 十 百 千 (廿 卅 twenty and thirty, as Hong
# Kong and Taiwan papers write them) and the groups 万 亿, a decimal
# point 点, or a point as Taiwan's press sets it between numeral digits (年增四.六八%: 4.68%);
# optionally as a percentage (百分之) or per mille (千分之).
_CJK_NUMERAL_CHARACTERS = "[〇零一二两三四五六七八九十廿卅百千万亿]"
_CJK_DECIMALS = "(?:[点.．][〇零一二三四五六七八九]+)?"
# 百分 without 之 is a percentage too, as some papers write it (增长百分八点五).
CJK_NUMERAL_RE = re.compile(
    r"(?P<of>百分之?|千分之)?(?P<num>" + _CJK_NUMERAL_CHARACTERS + "+" + _CJK_DECIMALS + ")"
)
# The spans of CJK_NUMERAL_RE, written to open on a numeral character (百 and 千 open 百分之
# and 千分之), so a scan of a whole text skips straight to one: tried at every character, the
# optional group first made the engine try every position of the text.
CJK_NUMERAL_SCAN = re.compile(
    _CJK_NUMERAL_CHARACTERS
    + "(?:(?:(?<=百)分之?|(?<=千)分之)"
    + _CJK_NUMERAL_CHARACTERS
    + "+|"
    + _CJK_NUMERAL_CHARACTERS
    + "*)"
    + _CJK_DECIMALS
)
# A fraction in Chinese: 五分之一 (one fifth), 三分之二 (two thirds); 百分之 and 千分之 are
# percent and per mille, read with the numerals.
CJK_FRACTION_RE = re.compile(
    r"(?P<whole>[二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)分之"
    r"(?P<part>[一二两三四五六七八九十]+)|(?P<half>一半|半数)"
)
_CJK_DIGIT = re.compile(r"[〇零一二两三四五六七八九十廿卅]")
# Twenty and thirty written as one character, as Hong Kong and Taiwan papers set them (廿三万,
# 百分之卅六): the reader knows only the tens written with 十.
_CJK_TENS = str.maketrans({"廿": "二十", "卅": "三十"})


@lru_cache(maxsize=4096)  # a text repeats its numerals; the reader is a pure function
def cjk_numeral_value(numeral: str) -> Fraction | None:
    """The value of a Chinese numeral ("一万七千五百" 17500, "一点四" 1.4), or None when it
    is no number (a lone place or group character: 百, 万)."""
    if not _CJK_DIGIT.search(numeral):
        return None
    numeral = numeral.replace(".", "点").replace("．", "点").translate(_CJK_TENS)
    import cn2an

    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return parse_decimal(str(value))


@lru_cache(maxsize=4096)  # a text repeats its number phrases; numerizer is a pure function
def word_number_value(words: str) -> Fraction | None:
    """The value of an English number phrase ("two hundred and fifty" 250, "one and a half
    million" 1500000), or None when numerizer reads no single number in it."""
    from numerizer import numerize

    try:
        reading = numerize(words).strip()
    except (ValueError, IndexError, AttributeError):
        return None
    try:
        return parse_decimal(reading)
    except (ValueError, ZeroDivisionError):
        return None


# Lakh and crore grouping: the last three digits, then groups of two ("41,15,870", "3,62,418"):
# _INDIAN, below with the other forms of digits.


def indian_grouping(number: str) -> bool:
    """Whether a number is grouped the Indian way (and so is not a misgrouped Western one)."""
    return _INDIAN.fullmatch(number) is not None and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", number)


def decimal_comma_text(text: str) -> bool:
    """Whether a text writes its decimals with a comma ("5,8 miljard", "$5,8-billion"): it has
    numbers like "5,8" or "17,1%" (one to two digits after the comma, then no digit) and none
    grouped in thousands with a decimal point ("1,234.5"), which would say the opposite."""
    commas = itertools.islice(_WRITTEN_DECIMAL_COMMA.finditer(text), 2)
    return sum(1 for _ in commas) == 2 and _THOUSANDS_THEN_POINT.search(text) is None


# The number's first digit comes first, so the scan skips every character that is no digit;
# the lookbehind after it then says what "(?<![\d,.])" before it would say.
_WRITTEN_DECIMAL_COMMA = re.compile(r"\d(?<![\d,.]\d)\d{0,2},\d{1,2}(?![\d,])")
_THOUSANDS_THEN_POINT = re.compile(r"\d,\d{3}\.\d")


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
            value = parse_decimal(match.group("digits"))
        values.add(value)
        follows = text[match.end() : match.end() + 1]
        if follows == "倍":
            values.add(value * 100)
        elif follows == "成":
            values.add(value * 10)
    if "一半" in text or "半数" in text:
        values.add(Fraction(1, 2))  # half
    return values


_SCALE_WORD = "(" + SPELLED_SCALE_PATTERN + ")"
_COMPOUND = re.compile(
    r"(\d+(?:\.\d+)?)\s+" + _SCALE_WORD + r"((?:\s+(?:and\s+)?\d{1,3}\s+" + _SCALE_WORD + r")+)",
    re.IGNORECASE,
)
_COMPOUND_PART = re.compile(r"(\d{1,3})\s+" + _SCALE_WORD, re.IGNORECASE)


def compound_values(text: str) -> set[tuple[Fraction, str]]:
    """Amounts written in two scales ("730 billion 200 million" is 730.2 billion), each as the
    number in its first scale, with that scale's name."""
    from .vocabulary import SCALE_NAMES, SCALES

    values = set()
    for match in _COMPOUND.finditer(text):
        larger = SCALES[match.group(2).lower()]
        value = parse_decimal(match.group(1))
        for part in _COMPOUND_PART.finditer(match.group(3)):
            value += parse_decimal(part.group(1)) * SCALES[part.group(2).lower()] / larger
        values.add((value, SCALE_NAMES[match.group(2).lower()]))
    return values


# ---------------------------------------------------------------- numbers in a quote


@dataclass(frozen=True, slots=True)
class Numeral:
    """One reading of a number in the text: its value before any scale word, and that scale
    (the vocabulary's name for it: "billion" for bn, 亿 for yi), if one follows."""

    value: Fraction
    scale: str | None
    # A part of a whole as written ("4 in 10", "3/4", "half"): a claim's "4/10" is stated by
    # "4 in 10", not by "2 in 5".
    ratio: tuple[Fraction, Fraction] | None = None


@lru_cache(maxsize=4096)
def exact_fraction(digits: str) -> Fraction:
    """A decimal or `a/b` text as an exact fraction, without handing quicktions a one-character
    string (see `intervals.parse_decimal`)."""
    if "/" in digits:
        numerator, denominator = digits.split("/")
        return Fraction(int(numerator), int(denominator))
    return parse_decimal(digits)


# ---------------------------------------------------------------- digits

# Every match opens on a digit or a point; saying so first lets the engine skip straight to one
# (the alternatives open on look-behinds, which it otherwise tries at every character).
_DIGITS = re.compile(
    r"(?=[\d.])(?:(?<![\d.])\d+(?:(?:,[ \u00a0]?|[.\u00a0\u202f'’])\d+)*|(?<![\w.])\.\d+)"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:[.\u00a0\u202f'’]\d{3})*,\d+")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def _digit_readings_of(token: str) -> tuple[Fraction, ...]:
    """`_digit_values`, in its order, once per token: a corpus writes the same years and
    figures again and again. A plain run ("2013", "1.754") has one reading, itself."""
    if _PLAIN.fullmatch(token):
        return (exact_fraction(token),)
    return tuple(_digit_values(token))


def _digit_values(token: str) -> set[Fraction]:
    """Every reading of a run of digits and separators."""
    values: set[Fraction] = set()
    if re.search(r",[ \u00a0]", token):  # a list, "30,000, 20": each item is read whole too
        for item in re.split(r",[ \u00a0]", token):
            values |= _digit_values(item)
    compact = re.sub(r"[ \u00a0\u202f'’]", "", token) if "," in token else token
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
# A one-letter scale is as often a unit ("5 m" of cloth, "5 b" of a list): read both ways,
# unless a currency sign opens the figure and the letter is run into it ("$2.4m", "£3bn" is
# read by the longer names): money is no length, so "$2.4m" is 2.4 million and nothing else.
_AMBIGUOUS_SCALES = frozenset({"m", "b", "k"})
_MONEY_OPENS = re.compile(CURRENCY_SIGN + r"\s?[\d,.]*$")


def _scales_after(text: str, end: int) -> list[str | None]:
    match = _CJK_SCALE.match(text, end) or _LATIN_SCALE.match(text, end)
    if match is None:
        return [None]
    word = match.group(1).lower()
    if word not in _AMBIGUOUS_SCALES:
        return [SCALE_NAMES[word]]
    glued = match.start(1) == end
    if glued and _MONEY_OPENS.search(text, max(0, end - 24), end):
        return [SCALE_NAMES[word]]
    return [SCALE_NAMES[word], None]


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
_IN = re.compile(
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(\d[\d,]*(?:\.\d+)?(?:\s+"
    + SPELLED_SCALE_PATTERN
    + r")?|\w+)",
    re.IGNORECASE,
)
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


def _count(word: str) -> Fraction | None:
    """The whole of "N in M": a number word, or digits with a scale word ("2 million")."""
    number, _, scale = word.replace(",", "").partition(" ")
    if re.fullmatch(r"\d+(?:\.\d+)?", number):
        return exact_fraction(number) * (SCALES[scale.lower()] if scale else 1)
    value = _word_value(word)
    return Fraction(value) if value else None


Ratio = tuple[Fraction, Fraction]


def _word_numerals(text: str) -> Iterator[tuple[Fraction, int, Ratio | None]]:
    """Number words with where they end: "thirty-two", "four in ten" (4/10 and 40 per cent),
    "half" (1/2, 50 per cent), "doubled" (x2, +100 per cent)."""
    words = _words_in(text)
    if _may_hold(words, _RUN_FIRSTS):
        yield from _word_runs(text)
    for match in _DIGITS.finditer(text):
        if _PLAIN.fullmatch(match.group(0)):
            yield from _part_of(text, exact_fraction(match.group(0)), match.end())
    if _may_hold(words, _ZERO_FIRSTS):
        for match in _ZERO.finditer(text):
            yield Fraction(0), match.end(), None
    if _may_hold(words, _EVERY_FIRSTS) and _EVERY.search(text):
        yield Fraction(1), 0, None  # "every 25 seconds" is one every 25 seconds
    if _may_hold(words, _PHRASE_FIRSTS):
        yield from _phrases(text)


def _words_in(text: str) -> frozenset[str] | None:
    """The words of an ASCII text, lowercased: a pattern of words (matched whole, ignoring
    case) can match only if its first word is among them. None for other text, where case
    folding has more to it than lowercasing: every pattern is tried."""
    return frozenset(_LETTERS.findall(text.lower())) if text.isascii() else None


def _may_hold(words: frozenset[str] | None, firsts: frozenset[str]) -> bool:
    return words is None or not words.isdisjoint(firsts)


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    firsts = frozenset(phrase.lower().split()[0] for phrase in phrases)
    assert all(w.isascii() and w.isalpha() for w in firsts), "the prefilter reads ASCII words"
    return firsts


def _word_runs(text: str) -> Iterator[tuple[Fraction, int, Ratio | None]]:
    for match in _WORD_RUN.finditer(text):
        value = _word_value(match.group(0))
        if value is None:
            continue
        yield Fraction(value), match.end(), None
        before_hundred = re.match(r"(.*?)[\s-]+hundred\b", match.group(0), re.IGNORECASE)
        if before_hundred:  # "five hundred-billion-yuan": 5 with the scale word hundred
            prefix = _word_value(before_hundred.group(1))
            if prefix:
                yield Fraction(prefix), match.start() + len(before_hundred.group(1)), None
        yield from _part_of(text, Fraction(value), match.end())


# "by" before a part of the base, a qualifier or two between ("by about a third").
_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# a comparative after a part of the base ("a third more than", "a quarter lower")
_COMPARED_AFTER = re.compile(
    r"\s+(?:" + "|".join(COMPARATIVE_UP + COMPARATIVE_DOWN) + r")\b", re.IGNORECASE
)


def _phrases(text: str) -> Iterator[tuple[Fraction, int, Ratio | None]]:
    for match in _PHRASES.finditer(text):
        phrase = re.sub(r"[\s-]+", " ", match.group(1).lower())
        if phrase in GROUP_WORDS:
            yield Fraction(GROUP_WORDS[phrase]), match.end(), None
            continue
        value = FRACTION_WORDS.get(phrase) or FRACTION_WORDS.get(f"a {phrase}")
        if value is None:
            value = FACTOR_WORDS[phrase]
            yield abs(value - 1) * 100, match.end(), None  # doubled: +100 %; halved: -50 %
        else:
            yield value * 100, match.end(), None
            if _BY_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ) or _COMPARED_AFTER.match(text, match.end()):
                # "rose by a third" and "a third more" state x4/3, "cut by a third" and "a third
                # less" x2/3: which one is the words around it, not the number's business
                for factor in (1 + value, 1 - value):
                    yield (
                        factor,
                        match.end(),
                        (Fraction(factor.numerator), Fraction(factor.denominator)),
                    )
        yield value, match.end(), (Fraction(value.numerator), Fraction(value.denominator))


def _part_of(text: str, part: Fraction, end: int) -> Iterator[tuple[Fraction, int, Ratio | None]]:
    """ "four in ten", "one in 3 million": the part of the whole, as a fraction and a percent."""
    whole = _IN.match(text, end)
    count = _count(whole.group(1)) if whole else None
    if whole and count:
        yield part / count, whole.end(), (part, count)
        yield part / count * 100, whole.end(), None


_ZERO = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in ZERO_CHANGE_WORDS) + r")\b",
    re.IGNORECASE,
)
_EVERY = re.compile(r"\bevery\b", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")
# The first words of the word patterns, for `_words_in`.
_RUN_FIRSTS = _first_words(_NUMBER_WORDS)
_ZERO_FIRSTS = _first_words(ZERO_CHANGE_WORDS)
_EVERY_FIRSTS = frozenset({"every"})
_PHRASE_FIRSTS = _first_words([*FRACTION_WORDS, *FACTOR_WORDS, *GROUP_WORDS])
_RATIO = re.compile(r"(?<![\d/.])(\d+)/([1-9]\d*)(?![\d/])")
# A figure in hundredths of its unit ("75¢", "five cents") or in per mille (‰, 千分点), which a
# claim may give in the unit or in percent.
_HUNDREDTHS = re.compile(r"\s*" + CURRENCY_HUNDREDTHS_PATTERN, re.IGNORECASE)
_PER_MILLE = re.compile(r"\s*(?:‰|个?千分点|per\s*mill?e\b)", re.IGNORECASE)


def _readings_at(
    text: str, value: Fraction, end: int, ratio: Ratio | None = None
) -> Iterator[Numeral]:
    """A number's readings with what follows it: its scale word, or cents or per mille."""
    for scale in _scales_after(text, end):
        yield Numeral(value, scale, ratio)
    if _HUNDREDTHS.match(text, end):
        yield Numeral(value / 100, None)
    if _PER_MILLE.match(text, end):
        yield Numeral(value / 10, None)


# ---------------------------------------------------------------- all together


def read_digit_numbers(text: str) -> list[Numeral]:
    """The readings of the numbers `text` writes in digits: a part of `read_numbers` (which adds
    ratios, Chinese numerals and number words), enough to find most figures quoted as written."""
    return list(_digit_readings(fold(text)))


def read_digit_numbers_of(text: str, value: Fraction) -> list[Numeral]:
    """The readings of the numbers `text` writes in digits that read as `value` (with any scale
    word after them): the part of `read_digit_numbers` that can state that value as written."""
    folded = fold(text)
    return [
        numeral
        for match in _DIGITS.finditer(folded)
        if value in _digit_readings_of(match.group(0))
        for numeral in _readings_at(folded, value, match.end())
    ]


def writes_plainly(text: str, written: str, scale: str | None) -> bool:
    """Whether an ASCII text writes the plain number `written` ("1.754") digit for digit as one
    of its numbers in digits, with no scale word after it or one of the size of `scale` (a
    scale's name, None for any): the common way a quote states its figure, found without
    reading any number's value. True only where `read_digit_numbers_of` finds a reading that
    states the figure so (the number read alike, the same scale words after it); False says
    nothing (another reading may state it)."""
    if not text.isascii() or not _PLAIN.fullmatch(written):
        return False  # (fold leaves an ASCII text as it is)
    size = SCALES[scale] if scale else None
    for match in _DIGITS.finditer(text):
        if match.group(0) != written:
            continue
        for after in _scales_after(text, match.end()):
            if size is None or after is None or SCALES[after] == size:
                return True
    return False


def _digit_readings(folded: str) -> Iterator[Numeral]:
    for match in _DIGITS.finditer(folded):
        for value in _digit_readings_of(match.group(0)):
            yield from _readings_at(folded, value, match.end())


def writes_digits(text: str, number: str) -> bool:
    """Whether the text writes a whole number digit for digit ("1,200" for 1200): a claim that
    restates "5.5 times" as +550 % holds no round figure, whatever its zeros."""
    digits = number.lstrip("+-").replace(",", "")
    plain = re.sub(r"(?<=\d)[,\u00a0\u202f](?=\d)", "", fold(text))
    return re.search(rf"(?<![\d.]){re.escape(digits)}(?!\d|[.,]\d)", plain) is not None


def read_numbers(text: str) -> list[Numeral]:
    """Every reading of every number in `text`, with the scale word after it."""
    text = fold(text)
    found: set[Numeral] = set(_digit_readings(text))
    for match in _RATIO.finditer(text):  # "3/4"
        top, bottom = Fraction(int(match.group(1))), Fraction(int(match.group(2)))
        found.update(_readings_at(text, top / bottom, match.end(), (top, bottom)))
    if _CJK_CHAR.search(text):  # Chinese numerals, N倍 and N成, read by cn2an
        for match in CJK_NUMERAL_RE.finditer(text):
            value = cjk_numeral_value(match.group("num"))
            if value is not None:
                found.update(_readings_at(text, value, match.end()))
        found.update(Numeral(value, None) for value in cjk_values_stated(text))
    for value, end, ratio in _word_numerals(text):
        found.update(_readings_at(text, value, end, ratio))
    found.update(Numeral(value, scale) for value, scale in compound_values(text))
    return sorted(found, key=lambda n: (n.value, n.scale or ""))
