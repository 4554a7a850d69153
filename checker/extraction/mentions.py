"""Numeric mentions: every number of a text that states a quantity, read as written.

One regular expression finds candidate numbers (digits, number words, numbers with Chinese
scale characters); each candidate is then read outwards: a currency sign or qualifier before
it, a scale word, unit, percent sign or counted noun after it. Years used as dates, dates,
times of day, phone numbers, version numbers, list numbers, ordinals, numbers glued to letters
("5G", "COVID-19") and numbers in short quoted names are not quantities and are left out.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from quicktions import Fraction

from .. import numerals, vocabulary
from ..intervals import parse_decimal
from . import lexicon as lx
from .prefilter import Prefiltered, fold

__all__ = ["Mention", "find_mentions"]


# The form of a value by its unit: per mille (‰) is a rate like percent, 千分点 its points.
_FORMS = {"%": "percent", "‰": "percent", "pp": "points", "千分点": "points", "x": "factor"}


@dataclass(slots=True)
class Mention:
    """A number as written: its span (qualifier to unit), the number's own span, and its reading.

    `number` is the number as a value text reads it (`1,406`, `0.65`, `1/2`, `5` for "five");
    `unit` is canonical: "" a count, "%", "pp", "x" a factor, an ISO currency code, or a pint
    unit (`km**2`, `/ day`). `noun` is the counted noun phrase after a count, when there is one.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    number: str
    scale: str | None = None
    unit: str = ""
    qualifier: str | None = None
    qualifier_text: str | None = None
    sign: str = ""
    words: bool = False
    noun: str | None = None
    noun_end: int = 0
    per: str | None = None
    annual: bool = False
    ratio: int = 0  # parts of one structure written as a ratio share a number (1, 2, ...)
    # "a third", "one in five", "4 in 10": a share a writer rounded to a fraction, drafted as
    # "k in n" (the nearest such fraction, quantities), never as the exact k/n
    writers_fraction: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def form(self) -> str:
        return _FORMS.get(self.unit, "number")

    @property
    def is_no_change(self) -> bool:
        """A word of no change ("flat", "unchanged", 持平): a change of zero (`_no_change`)."""
        return self.words and self.sign == "+" and self.number == "0"

    @property
    def value(self) -> Fraction:
        number = self.number.replace(",", "")
        if "/" in number:
            top, bottom = number.split("/")
            return Fraction(int(top), int(bottom))
        return parse_decimal(number)

    @property
    def magnitude(self) -> Fraction:
        """The value with its scale word applied ("1.2 million": 1,200,000), its unit aside."""
        return self.value * vocabulary.SCALES.get((self.scale or "").lower(), 1)

    def value_text(self, signed: str = "") -> str:
        """The value as a claim file writes it: `[qualifier] number [scale] [unit]`."""
        parts: list[str] = []
        if self.qualifier:
            # a fall's bound is on its size: "fell by more than 30%" is less than -30 %
            kind = _BOUNDS_OF_A_FALL.get(self.qualifier, "") if signed == "-" else ""
            written = (self.qualifier_text or "").lower()
            if kind:
                parts.append(lx.CANONICAL_QUALIFIER[kind])
            else:
                parts.append(
                    written
                    if written in lx.PARSER_QUALIFIERS
                    else lx.CANONICAL_QUALIFIER[self.qualifier]
                )
        # unsigned, a figure keeps the sign it is written with ("from -140,000 to -227,000")
        number = (signed or ("-" if self.sign == "-" else "")) + self.number
        if self.unit == "x":  # a factor, or a range of factors ("x3.6 .. x4.6")
            number = " .. ".join("x" + end for end in self.number.split(".."))
        if self.writers_fraction and self.unit in ("", "x") and "/" in number:
            number = number.replace("/", " in ")
        elif self.writers_fraction and self.unit == "x":
            number += " in 1"  # "doubled": the writer's two times (x2 in 1, 1.75 to 2.25)
        parts.append(number)
        if self.scale:
            parts.append(self.scale)
        if self.unit and self.unit != "x":
            # a claim's value reads a lone "m" after a number as millions: metres are spelled out
            unit = self.unit.split(" ", 1)
            parts.append(" ".join(["metre" if unit[0] == "m" else unit[0], *unit[1:]]))
        return " ".join(parts)


# A bound on a change's size, turned for a fall (about and nearly scale with the sign).
_BOUNDS_OF_A_FALL = {"over": "under", "under": "over", "at_least": "at_most", "at_most": "at_least"}


_CANDIDATE = re.compile(
    r"(?P<num>(?<![A-Za-z0-9_.,/:])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?)"
    r"|(?P<word>" + lx.NUMBER_WORD_PATTERN + r")",
    re.IGNORECASE,
)

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NUMBER_WORDS = "|".join([*lx.UNITS_WORDS, *lx.TENS_WORDS])
# Between the first and the last day of a span of days ("1-5 June", "June 1 to 5").
_DAYS_BETWEEN = r"(?:[-–—]|\s(?:to|and|until|till|through)\s)\s*"
_TIME_WORDS = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)"
# An age written as a compound ("a 9-month-old", "the 14-year-old girl"): a figure in its unit.
_AGE_TEXT = r"-(year|month|week|day)s?-old\b"
_AGE = re.compile(_AGE_TEXT, re.IGNORECASE)
# A length of time as a compound adjective: "a four-year deal", "a 90-day window".
_DURATION_COMPOUND = re.compile(r"-(year|month|week|day|hour|minute|second)\b(?![-‐])", re.I)
# Masks are checked at each candidate, never over the whole text: patterns that start at the
# number (matched there) and patterns that end just before it (searched in a short window).
# Those that start at the digits of a number:
_MASK_AFTER_DIGITS = [
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)",  # 2023-11-24
    r"\d{1,2}/\d{1,2}/\d{2,4}(?!\d)",  # 11/24/2023
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b",  # 19 March
    r"\d{1,2}[-/.]" + _MONTH + r"\.?[-/.]\d{2,4}\b",  # 19-Sep-2017, 3/Mar/21
    r"\d{1,2}(?:st|nd|rd|th)?\s*"
    + _DAYS_BETWEEN
    + r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r"\b",  # 1-5 June, between 1 and 5 June: the first day
    r"\d{4}年|\d{1,2}(?:\s*[-—–~～、,，至到和及]\s*\d{1,2})*\s*月|(?<!连续)(?<!持续)\d{1,2}日",
    # 5年级 a grade, 80年代 a decade, 3年前, 5年期 a term, 5年规划 a plan's name
    r"\d{1,3}年(?:级|代|前|期(?!间)|规划)",
    r"(?<=每)\d+股",  # 每10股派2元: the shares a dividend is paid on
    r"\d{1,2}时(?!间|期|代)",  # 0时, 24时: hours of the day
    r"(?:(?<=时)|(?<=点))\d{1,2}分(?!钟|之)",  # 10时30分, 8点15分: the minutes of one
    r"\d+号(?!召)",  # 2号线, 3号楼, 1号文件: a line, a building, a paper named by its number
    r"\d{3,}(?:服务)?热线",  # 12345热线: a hotline
    r"\d{1,2}·\d{1,2}|(?<=\d·)\d{1,2}|(?<=双)\d{1,2}(?!\d)",  # 3·15, 双11: days named
    # a threshold that names a class, not a figure of it: 票房过十亿的13部, 超过5亿元的企业,
    # 票房破10亿的影片
    r"(?:(?<=过)|(?<=逾)|(?<=破))(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
    r"(?:万亿|亿|万|千)?(?:美元|港元|元|人次|人|部|家|个|辆|台|吨)?的",
    r"\d{1,2}:\d{2}",  # 09:30
    r"\d{1,3}\s*min(?:ute)?s?\s+read\b",  # "5 min read": a web page's reading time
    r"\d{1,4}[x×]\d{1,4}(?!\d)",  # "a 4x4", "1920x1080": a kind of vehicle, a screen's size
    r"\d{1,3}-in-\d{1,5}-year\b",  # "a 1-in-100-year flood": how rare a kind of event is
    # a Chinese share index named by its count of stocks (沪深300, 中证500, 上证50), as "CSI 300"
    r"(?<=沪深|中证|上证|深证|科创)\d{2,4}(?![\d.%点])|(?<=创业板)\d{2,4}(?![\d.%点])",
    # a group of places named by its counts (2+26城市, 9+2城市群): a name, no figures
    r"\d{1,3}\+\d{1,3}(?=[\u4e00-\u9fff])|(?<=\d\+)\d{1,3}(?=[\u4e00-\u9fff])",
    # a time with a point before its zone ("10.16 EST", "17.30 BST"), as British papers write it
    r"\d{1,2}\.\d{2}\s*(?-i:GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|ET|PT|CET|CEST|HKT|JST|AEST)\b",
    r"\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\d{1,2}\s+o['’]clock\b",  # 5 p.m., 1 o’clock
    r"\(?\d{2,4}\)?[\s.-]\d{3,4}[.-]\d{3,4}(?!\d)|\d{3,4}[.-]\d{4}(?!\d)",  # phone numbers
    r"\d+\.\d+\.\d+",  # 1.2.3
    # a street address: "10 Downing Street", "1600 Pennsylvania Avenue"
    r"\d{1,5}[A-Za-z]?\s+(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|"
    r"Lane|Boulevard|Blvd|Drive|Place|Square|Terrace|Crescent|Way)\b)",
    r"(?:1[89]|20|21)\d{2}\s*(?:[-–—/]|to|through|and)\s*(?:(?:1[89]|20|21)\d{2}|\d{2})(?![\d.,%])",  # 2016-2020
    r"(?:\d+\s*)?[A-Za-z]+\(s\)",
    r"\d{1,3}-for-\d{1,3}\b",  # a share split or a bonus issue named by its terms: "3-for-1"
    # a name that writes a number twice, in digits then in a capitalised word ("7-Eleven")
    r"\d{1,2}-(?-i:"
    + "|".join(word.capitalize() for word in (*lx.UNITS_WORDS, *lx.TENS_WORDS))
    + r")\b",
]


def _mask_after_counts(count: str, some: str) -> list[str]:
    """Those that start at a count, written as `count` (digits or words), or as `some` where
    "a" and "an" count too ("a year ago")."""
    return [
        some + r"\s+" + _TIME_WORDS + r"\s+(?:ago|from\s+now|since)\b",
        count
        + r"(?!"
        + _AGE_TEXT
        + r")[- ](?:year|month|week|day|hour|minute|decade)s?[- ](?:old|long|plan|period|term|program|programme)\b",
        count + r"(?!" + _AGE_TEXT + r")-(?:decade|time|member|way|stop|dimensional|digit)\b",
        # the term of a bond or a loan names it ("the 10-year yield", "three-month bills")
        count
        + r"[- ](?:year|month|week)[- ](?:(?:government|treasury|benchmark)\s+)?(?:yields?|bonds?"
        r"|notes?|bills?|gilts?|treasur(?:y|ies)|bunds?|mortgages?|swaps?|jgbs?|libor|euribor"
        r"|paper|maturit(?:y|ies))\b",
        count + lx.RANK_MOVE_AFTER,
    ]


# Those that start at a number word:
_MASK_AFTER_WORDS = [
    r"(?:one|two|three|four)\s+(?:of|in)\s+(?:(?:the|its|their|them|those|these)\b"
    rf"|(?!{lx.EVERY_NUMBER})(?:every|each)\b)",
    r"twice\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b",
    r"(?:"
    + "|".join(lx.UNITS_WORDS)
    + r")\s+(?:by|after|at\s+a\s+time)\s+(?:"
    + "|".join(lx.UNITS_WORDS)
    + r")\b",
    r"one\b(?![- ](?:half|" + "|".join(vocabulary.FRACTION_PARTS) + rf")|{lx.ONE_COUNTS_AFTER})",
    r"half\s+(?:a|an)\b(?!\s+(?:dozen|percent|per\s+cent|percentage|points?|"
    + vocabulary.SPELLED_SCALE_PATTERN
    + r")\b)|half[- ](?:year|hour|day|way|time|brother|sister)",
    r"(?:double|triple)[- ](?:digit|check|down|edged|standard|click|decker|dip|team)",
    r"(?:" + "|".join(lx.UNITS_WORDS) + r")-for-(?:" + "|".join(lx.UNITS_WORDS) + r")\b",
    # the number of digits of a sum, no figure: "a six-figure salary", "earns seven figures"
    r"(?:" + "|".join(lx.UNITS_WORDS) + r")[- ](?:figures?|digits?)\b",
]
_MASK_AFTER = re.compile(
    "|".join(
        _MASK_AFTER_DIGITS
        + _mask_after_counts(f"(?:\\d+|{_NUMBER_WORDS})", f"(?:\\d+|{_NUMBER_WORDS}|a|an)")
        + _MASK_AFTER_WORDS
    ),
    re.IGNORECASE,
)
# The same at an ASCII digit, where no number word can start: tried at every figure written in
# digits, it does not try the words one by one (the case-blind engine tries each in turn).
_MASK_AFTER_AT_DIGIT = re.compile(
    "|".join(_MASK_AFTER_DIGITS + _mask_after_counts(r"\d+", r"\d+")), re.IGNORECASE
)
# What a date, a version or a list writes before its number is a day, a year or a plain
# index, never a grouped or decimal figure ("On the 1st of July, 2,000 people marched").
_DAY_OR_YEAR = re.compile(r"\d{1,4}(?:\.\d)?")
# Every alternative opens on a word boundary or one of MASK_BEFORE_OPENINGS' characters: the
# lookahead turns down any other position of the window before the alternatives are tried.
MASK_BEFORE_OPENINGS = r"(?=\b|[#第表图附注])"
_MASK_BEFORE = re.compile(
    MASK_BEFORE_OPENINGS
    + "(?:"
    + "|".join(
        [
            r"\b" + _MONTH + r"\.?,?\s+$",  # March 19 / March 2024
            r"\b" + _MONTH + r"\.?\s*['’]$",  # Aug'25, Dec '24: a month and its year cut short
            r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$",  # March 19, 2024
            r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*" + _DAYS_BETWEEN + "$",  # June 1-5
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+$",  # 19 March 2024
            r"\b(?:version|ver\.?|v)\s*$",  # version 2.0
            r"\b(?:no|nos)\.\s*$|#$",  # No. 5, #3
            r"(?:第|表|图|附表|附图|注)\s*$",  # 第3 (an ordinal), 表1 (Table 1), 注2 (note 2)
            r"\b(?:1[89]|20)\d{2}\s*=\s*$",  # an index's base, "(2015=100)"
            # a year cut to two digits after its kind: "the fiscal year 24", "financial year 25"
            r"\b(?:fiscal|financial|budget|academic|school|tax)\s+year\s+$",
        ]
    )
    + ")",
    re.IGNORECASE,
)
# What every match of _MASK_BEFORE holds, checked in a few steps where the search tries every
# word boundary of the window: a month's first three letters at the start of a word, or a
# window ending (but for white space) in a version or list mark. A window with a character
# beyond ASCII (Chinese marks, letters that match others case-blind) takes the search at once.
_MONTH_STEM = re.compile(
    r"[adfjmnos](?<![a-z0-9_][adfjmnos])(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"
)
_MARK_ENDINGS = ("v", "ver", "ver.", "version", "no.", "nos.", "#", "=", " year")


def _may_mask_before(window: str) -> bool:
    """False only where _MASK_BEFORE cannot match the window."""
    if not window.isascii():
        return True
    lowered = window.lower()
    return _MONTH_STEM.search(lowered) is not None or lowered.rstrip().endswith(_MARK_ENDINGS)


_PERIOD_WORD_BEFORE = re.compile(
    r"\b(first|last|past|next|previous|coming|latter|former|second|every|each|in|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PERIOD_WORD_AFTER = re.compile(
    r"\S*\s+(years?|months?|quarters?|weeks?|days?|decades?|halves)\b(['’]|\s+time\b)?",
    re.IGNORECASE,
)
# "the first three quarters": a period named, not a length of time; "the
# next five years", "in the past two months" state a duration, read as one.
# "finished in five years", "in two years' time" point at a time more than they measure one;
# "the lowest in five years" measures the span of a record (`_span_of_a_record`).
_PERIOD_ORDINALS = frozenset({"first", "second", "latter", "former", "each", "in"})
# A range of years: "2019-22", "2022/23", "from 2019 to 2022". A word between the ends asks a
# year of four digits after it ("in 2022 to 54 tonnes" is a year and a figure).
_YEAR_RANGE_BEFORE = re.compile(
    r"(?P<first>(?:1[89]|20|21)\d{2})\s*(?:(?P<mark>[-–—/])|to|through|and)\s*$"
)
# The later groups of a phone number, international ("+44 20 7946") or national ("0800 123")
_PHONE_BEFORE = re.compile(
    r"(?:\+\d{1,3}|\(?(?<![\w.,])0\d{1,4}\)?)(?:(?:[^\S\n]|[.-])\(?\d{1,4}\)?)*(?:[^\S\n]|[.-])$"
)


def _may_end_phone(window: str) -> bool:
    """False only where _PHONE_BEFORE cannot match: it ends, at the window's end or before a
    line break closing it (where `$` also matches), on a blank other than a line break, a
    full stop or a hyphen."""
    last = window[-2:-1] if window.endswith("\n") else window[-1:]
    return last in (".", "-") or (last.isspace() and last != "\n")


_CJK_SCALED = re.compile(
    r"\d\s*(?:" + "|".join(sorted(map(re.escape, lx.CJK_SCALES), key=len, reverse=True)) + ")"
)


def _is_name(inner: str) -> bool:
    # Chinese writes no spaces: a quoted clause there shows by its punctuation or its length,
    # a quoted figure by its scale ("新增企业5.2万户" quotes a statistic).
    if _CJK.search(inner) and (
        len(inner) > 20 or re.search(r"[，。；！？,;]", inner) or _CJK_SCALED.search(inner)
    ):
        return False
    return (
        len(inner.split()) <= 8
        and not re.search(r"[.!?;,]\s", inner)
        and not re.search(r"[%$€£¥]|\bpercent\b", inner, re.IGNORECASE)
    )


def _period_named(text: str, start: int, window: str) -> bool:
    """Whether the number is part of a period's name ("the first three quarters"), where a
    length of time ("the past five years") is a duration."""
    unit = _PERIOD_WORD_AFTER.match(text, start)
    if unit is None:
        return False
    word = _PERIOD_WORD_BEFORE.search(window)
    if word is None or _longer_than_a_part(text[start : unit.start(1)], unit.group(1)):
        return False
    if unit.group(1).lower() not in lx.DURATION_UNITS or unit.group(2):
        return True  # "the past two years' figures", "in two years' time"
    return word.group(1).lower() in _PERIOD_ORDINALS and not _span_of_a_record(window, word)


def _span_of_a_record(window: str, word: re.Match[str]) -> bool:
    """Whether "in N years" right after no "the" is the span a record of the clause runs over
    ("the lowest in five years", "the first fall in 9 years"), which the labels of real text
    count as a length of time; "in the six months to June" names the figures' period."""
    return (
        word.group(0).lower().split()[0] == "in"
        and len(word.group(0).split()) == 1
        and lx.RECORD_BEFORE_SPAN_RE.search(window, 0, word.start()) is not None
    )


# The most of a unit a part of a year or of a month holds: "the first 19 months" names no part
# of a year ("the first ten months" does), it measures a length of time.
_MOST_IN_A_PART = {"month": 12, "months": 12, "day": 31, "days": 31}


def _longer_than_a_part(number: str, unit: str) -> bool:
    most = _MOST_IN_A_PART.get(unit.lower())
    digits = number.strip()
    return most is not None and digits.isdigit() and int(digits) > most


# a figure right before a bracket: what the bracket holds restates it ("30% (12) of them")
_FIGURE_BEFORE_BRACKET = re.compile(r"(?:\d|%|\bper\s?cent|\bpercent)\s*\($", re.IGNORECASE)


_CLOSING_QUOTE = re.compile(r"[\"”»]")


def _masked(text: str, start: int, end: int) -> bool:
    """Whether the candidate at [start, end) is a date, time, phone, version or list number,
    part of a period phrase, or inside a short quoted name."""
    mask = _MASK_AFTER_AT_DIGIT if "0" <= text[start : start + 1] <= "9" else _MASK_AFTER
    if mask.match(text, start):
        return True
    window = text[max(0, start - 40) : start]
    # The patterns that end at the number are searched only where a word precedes it: a
    # search tries every position of the window, and most numbers in tables have none.
    worded = _has_word_character(window)
    if (
        worded
        and _DAY_OR_YEAR.fullmatch(text, start, end)
        and _may_mask_before(window)
        and _MASK_BEFORE.search(window)
        and not _figure_after_month(text, window, start, end)
    ):
        return True
    if worded and _period_named(text, start, window):
        return True
    if _list_number(text, window, start, end):
        return True
    if (
        end - start in (2, 4)
        and text[start:end].isdigit()
        and _year_range_end(text, window, start, end)
    ):
        return True
    if _phone_number(text, window, start):
        return True
    if "《" in window and _inside_title_marks(text, window, end):
        return True
    if _quoted_alone(text, start, end) or _reference_number(text, window, start, end):
        return True
    quote_at = max(window.rfind('"'), window.rfind("“"))
    if quote_at >= 0 and "\n" not in window[quote_at:]:
        closing = _CLOSING_QUOTE.search(text[end : end + 80])
        if closing and "\n" not in text[end : end + closing.start()]:
            inner = window[quote_at + 1 :] + text[start : end + closing.start()]
            if _is_name(inner) and window[:quote_at].count('"') % 2 == 0:
                return True
    return False


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether bare digits stand alone between single quotes, as a name: "the ‘60’ plate", "the
    '88' model" (not feet and inches, 5'10")."""
    return (
        text[start - 1 : start] in ("‘", "'")
        and text[end : end + 1] in ("’", "'")
        and text[start:end].isdigit()
        and not text[start - 2 : start - 1].isalnum()
        and not text[end + 1 : end + 2].isalnum()
    )


# A word and a space before a bracket: "in California (4).", where the bracket may cite a source
_WORD_BEFORE_BRACKET = re.compile(r"[A-Za-z][^\S\n]\($")
# A note's mark after a plain word, closing a sentence or a clause ("among adults (1).")
_PLAIN_WORD_REFERENCE = re.compile(r"\b[a-z]+[^\S\n]\(\d{1,2}\)(?:[.;\n]|$)")


def _reference_number(text: str, window: str, start: int, end: int) -> bool:
    """Whether one or two digits in brackets after a name end a sentence or a clause ("were
    similar in California (4).") in a text that cites numbered sources so after plain words
    ("among adults (1)."; _bracketed_note_mark): a reference too, no count of the place. A text
    with no such citation counts after names ("deaths in Kent (84).")."""
    return (
        end - start <= 2
        and text[start:end].isdigit()
        and _WORD_BEFORE_BRACKET.search(window) is not None
        and text[end : end + 1] == ")"
        and text[end + 1 : end + 2] in (".", ";", "\n", "")
        and _PLAIN_WORD_REFERENCE.search(text) is not None
    )


def _inside_title_marks(text: str, window: str, end: int) -> bool:
    """Whether the candidate stands between Chinese title marks, 《...》, which name a work (a
    film, a book, a report: 《长河2》, 《2049年的城市》): a number there is part of the name."""
    opening = window.rfind("《")
    if "》" in window[opening:]:
        return False
    closing = text.find("》", end, end + 40)
    return closing >= 0 and not re.search(r"[《\n]", text[end:closing])


def _list_number(text: str, window: str, start: int, end: int) -> bool:
    """Whether the candidate numbers an item of a list: at the start of a line ("1. ", "2．工业",
    "3、", "5   董事会"), or as "(1)" in running text (not "30% (1,200) of the firms", the
    count it makes)."""
    after = text[end : end + 3]
    line_start = window.rfind("\n")
    if (
        (line_start >= 0 or start == len(window))  # the window reaches back to a line's start
        and not window[line_start + 1 :].strip(" \t(")
        and (
            (after[:1] in ".)．、" and (after[1:2] in (" ", "\t") or _CJK.match(after[1:2] or " ")))
            or (end - start <= 2 and _SPACED_LIST_ITEM.match(text, end))
        )
    ):
        return True
    return (
        window.endswith("(")
        and after[:1] == ")"
        and after[1:2] == " "
        and text[end + 2 : end + 3].isalpha()
        and end - start <= 2
        and not _FIGURE_BEFORE_BRACKET.search(window)
    )


def _phone_number(text: str, window: str, start: int) -> bool:
    """Whether the candidate is a group of a phone number or a code: after "+" and followed by
    more groups, one opening on a zero ("0800", "020"; "0.5" is a figure), or a later group of
    one the window holds."""
    if window.rstrip().endswith("+") and re.match(
        r"\d{1,4}(?:[\s.-]\d{1,4}){2,5}", text[start : start + 24]
    ):
        return True
    if text.startswith("0", start) and text[start + 1 : start + 2].isdigit():
        return True
    return (
        ("+" in window or "0" in window)
        and _may_end_phone(window)
        and bool(_PHONE_BEFORE.search(window))
    )


# A section's number set apart from its heading by a run of spaces, as text taken from a PDF
# keeps it ("5   董事会决议", "2   Results"): a letter or a Chinese character after the run.
_SPACED_LIST_ITEM = re.compile(r"(?:[ \t]{2,}|\t)(?=[^\W\d_])")
# A month name, maybe with its day, ending the window: what follows may be its day or year.
_MONTH_BEFORE = re.compile(
    r"\b" + _MONTH + r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?P<comma>,)?\s+$", re.IGNORECASE
)


def _figure_after_month(text: str, window: str, start: int, end: int) -> bool:
    """Whether the number after a month name is a figure, not its day or year: a decimal never
    dates ("in March 2.3 points"), and after a comma only a year does, with no unit after it
    ("In March, 12% of flights", "By June, 4 points", where "March, 2024" is a date)."""
    month = _MONTH_BEFORE.search(window)
    if month is None:
        return False
    if "." in text[start:end]:
        return True
    if month.group("comma") is None:
        return False
    return not _YEAR.match(text[start:end]) or _unit_follows(text, end)


def _year_range_end(text: str, window: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) close a range of years opened in `window`:
    two digits only after a dash or a slash, four a year, and no unit after either (a unit makes
    it a figure)."""
    joined = _YEAR_RANGE_BEFORE.search(window)
    if joined is None:
        return False
    number = text[start:end]
    if len(number) == 2 and joined.group("mark") is None:
        return False
    if len(number) == 4 and (not _YEAR.match(number) or number <= joined.group("first")):
        return False  # "from 2,222 in 2009 to 1857 in 2010": years run forward, figures may not
    return not _unit_follows(text, end)


_YEAR = re.compile(r"(?:1[89]|20|21)\d{2}$")
_GLUED = re.compile(r"([A-Za-z]+)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# Words before a number that names something ("Article 5", "Prop 442", "note 2", "IAS 19").
_IDENTIFIER_WORDS = frozenset(
    "article section chapter clause room line route phase level grade class type model series "
    "page pages vol volume issue item step stage round gate lane building floor exit platform "
    "terminal tier no number flight highway road district block unit lot batch group session "
    "term edition episode season part figure table paragraph verse psalm act rule format "
    "category ward zone plan code id note notes prop proposition top junction row seat "
    "channel track p pp amendment resolution regulation directive appendix annex exhibit "
    "footnote interstate version dial bus apartment suite ias ifrs iso".split()
)
# A word's start: letters run into a figure are its unit, no word ("1.15p 7.69p" is no "p 7")
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][\w'’.-]*$")
_CURRENCY_HINT = re.compile(r"[^\W\d_]|[$€£¥￥₹₩₽₦₱]")
_WORD_CHARACTER = re.compile(r"[^\W\d_]|#")


def _has_word_character(window: str) -> bool:
    """Whether _WORD_CHARACTER finds a letter or '#' in the window. An ASCII window whose only
    letters would be ASCII ones holds none when lowering it changes nothing that upper case
    would (the words before a figure in a table of figures): said without a search that tries
    every character."""
    if window.isascii() and "#" not in window and window.lower() == window.upper():
        return False
    return _WORD_CHARACTER.search(window) is not None


# A scale word joined on to what follows is a class of size ("a 100-billion-yuan-level
# cluster"), unless it opens a rate ("a £1.5 million-a-year deal") or a size ("a 2
# million-strong army"), or a range's other end follows ("$3.5 billion-$4 billion"). "five
# million-dollar homes" may be five homes: left alone.
_SCALE_JOINED_ON = r"(?![-‐](?!(?:a|an|per)[-‐]|strong\b|plus\b|[$£€¥\d]))"
_SCALE_AFTER = re.compile(
    r"(?:\s*|-(?=[a-z]+\b"
    + _SCALE_JOINED_ON
    + r"))("
    + "|".join(sorted((w for w in lx.SCALE_WORDS if len(w) > 1), key=len, reverse=True))
    + r")\b"
    + _SCALE_JOINED_ON,
    re.IGNORECASE,
)
_WORD_SCALE_AFTER = re.compile(
    r"[\s-]+("
    + "|".join(sorted((w for w in lx.SCALE_WORDS if len(w) > 3), key=len, reverse=True))
    + r")\b(?![-‐])",
    re.IGNORECASE,
)
# "the first half of the year" is a period, "the eastern half of the country" a place.
_HALF_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|latter|former|eastern|western|northern|southern|upper|lower)\s+$",
    re.IGNORECASE,
)
# per mille, written out as a rate per thousand too ("1.2 per 1,000 births": 1.2 ‰)
_PER_MILLE_AFTER = re.compile(
    r"\s*(?:‰|per\s*mill?e\b|per\s+(?:1,000|1000|thousand)\b(?![.,]?\d))", re.IGNORECASE
)
# "4,000 units a year earlier" is a time back, not a rate
_TIME_BACK_AFTER = r"(?!\s+(?:earlier|ago|before|previously|prior|later)\b)"
_RATE_AFTER = re.compile(
    r"\b(?:each|every|per|a)\s+(day|week|month|year|hour|minute|quarter(?!\s+of\b))\b"
    + _TIME_BACK_AFTER,
    re.IGNORECASE,
)
_TIMES_AFTER = re.compile(
    r"\s*(?:times|-fold|fold)\b(\s+(?:higher|more|larger|bigger|greater|faster)\b)?", re.IGNORECASE
)
_DURATION_AFTER = re.compile(
    r"\s+(?:(?:consecutive|straight|successive|full|whole|calendar|working|business|trading|school)\s+)?(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b(?!\s+(?:ago|old))",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(
    r"\b(?:for|over|lasted|lasting|last|within|spanning|took|taking|spent|past|next|previous|coming|every)\s+(?:(?:the|a|just|only|"
    + lx.QUALIFIER_WORDS_ALTERNATION
    + r")\s+)*$",
    re.IGNORECASE,
)
_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
# A length of time between two events: "just seven hours after", "two days later".
_BETWEEN_EVENTS_AFTER = re.compile(r"\s+(?:after|later|before|earlier)\b", re.IGNORECASE)
_NOUN_WORD = re.compile(r"[^\S\n]*([“”\"‘’']?[A-Za-z0-9][\w'’&/.-]*[”\"’']?)")
# a sign after a space, a bracket or Chinese text and its punctuation ("上月为-0.5%")
_WORD_SIGN_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\u3000-\u303f\u4e00-\u9fff\uff08\uff0c\uff1a\uff1b]))([+\-−–])$"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")
_WORDS_TO_LINE_END = re.compile(r"[^\n]*?[A-Za-z\u4e00-\u9fff]")


def _sign_before(text: str, start: int, rest: int) -> str:
    """The sign written before the figure at `start` ("-" or "+"), or "". A dash opening a
    line with words after the figure is a list's bullet ("-23% of the vote"), not a minus; a
    line of the figure alone is a table's cell ("-10.7")."""
    found = _WORD_SIGN_BEFORE.search(text[max(0, start - 2) : start])
    if found is None:
        return ""
    if _LINE_START.search(text[max(0, start - 40) : start - 1]) and _WORDS_TO_LINE_END.match(
        text, rest
    ):
        return ""
    return "-" if found.group(1) in "-−–" else "+"


# A minus written as a word: "minus 12 degrees", 负3.5% (正负, plus or minus, is a tolerance),
# 零下12摄氏度 (below zero).
_MINUS_WORD_BEFORE = re.compile(r"(?:\bminus[^\S\n]+|(?<!正)负|零下)$", re.IGNORECASE)
# ... but "minus" after a figure, maybe with its unit or scale after it, subtracts ("$10
# million minus $3 million", "12 minus 4"); "from 4 to minus 2" is a range.
_FIGURE_BEFORE_MINUS = re.compile(
    r"(?:\d|%)(?:[^\S\n]*(?!(?:to|and|or|than|at|from|of|by|between|in)\b)[A-Za-z]+)?"
    r"[^\S\n]*$",
    re.IGNORECASE,
)


def _minus_word_before(text: str, start: int) -> int:
    """The length of a minus written as a word right before the figure at `start`, or 0."""
    found = _MINUS_WORD_BEFORE.search(text, max(0, start - 12), start)
    if found is None:
        return 0
    if found.group().lower().startswith("minus") and _FIGURE_BEFORE_MINUS.search(
        text, max(0, found.start() - 30), found.start()
    ):
        return 0
    return start - found.start()


# A currency code or "Rs." written straight before the digits ("CNY3.9 trillion", "Rs.6,000"),
# and a dollar sign with its country after it ("$US102 billion", "$A45m").
_GLUED_CODES = sorted(
    {p for p, _ in lx.CURRENCY_PREFIXES if p.isalpha() and p.isupper() and len(p) == 3}
    | {p for p, _ in lx.CURRENCY_PREFIXES if p.startswith("$") and p[1:].isalpha()}
    | {"Rs.", "Rs", "Tk", "KSh", "Ksh"}
)
# Every match opens on a digit or a point, so the pattern opens on the class of the two: the
# engine skips in one loop to where one stands, where a lookahead opening it was tried at every
# character. The first digit is read, then the lookbehinds say what stands before it. The plain
# form (tests/test_extraction_scans.py): (?:(?<![A-Za-z0-9_./])(?<!\d[,:])|(?<=CNY)|...|(?<=R))
# (?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d])|...|\d+)(?:\.\d+)?|\.(?<=...)
# thousands set apart by a space, a no-break or a thin space ("12 000", "1 250 000")
_SPACED_THOUSANDS = r"|\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)"
_DIGITS_TEXT = (
    r"[\d.](?:(?<=\d)(?:(?<![A-Za-z0-9_./]\d)(?<!\d[,:]\d)|"
    + "|".join(f"(?<={re.escape(code)}\\d)" for code in _GLUED_CODES)
    + r"|(?<=(?<![A-Za-z0-9&])[RN]\d)"  # the rand ("R18.50") or the naira, in a text of it
    + r")(?:\d?(?:,\d{2})+,\d{3}(?![\d,])|\d{0,2}(?:,\d{3})+(?![\d])"
    + _SPACED_THOUSANDS
    + r"|\d*)(?:\.\d+)?"
    # a decimal written without its leading zero (".05 percent"), after a space or bracket
    r"|(?<=[\s(]\.)\d+(?![\d.,]))"
)
_DIGITS = re.compile(_DIGITS_TEXT)
# A text that groups thousands with commas ("1,250") sets no group apart by a space: there
# "delivered 40 737 jets" is two numbers, not 40,737.
_DIGITS_COMMA_GROUPS = re.compile(_DIGITS_TEXT.replace(_SPACED_THOUSANDS, "", 1))
# (It opens on the comma, the lookbehind after it saying that a digit stands before, so the
# scan skips to commas; the plain form, \d,\d{3}(?![\d]), in tests/test_extraction_scans.py.)
_COMMA_THOUSANDS = re.compile(r",(?<=\d,)\d{3}(?![\d])")
# In a text that writes decimals with a comma ("$5,8-billion"), "5,8" is one number.
_DIGITS_DECIMAL_COMMA = re.compile(
    _DIGITS_TEXT.replace(r"(?:\.\d+)?", r"(?:,\d{1,2}(?![\d,])|\.\d+)?")
)


def _by_opening_letter(alternatives: tuple[str, ...]) -> str:
    """An alternation of words, each opening on a lower-case letter, written as one branch per
    letter, in the order the letters first come: at each position the engine tries only the
    alternatives of the letter there (in their order), not every one."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        letter, rest = alternative[:1], alternative[1:]
        if not ("a" <= letter <= "z") or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"{alternative!r} opens on no lower-case letter of its own")
        by_letter.setdefault(letter, []).append(rest)
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())


# Number words, searched in the lowered text (tests/test_extraction_scans.py holds them to the
# plain pattern): one opens the text, or follows a character no word holds (every one ends on
# a letter, so the one before never holds that character). The scan skips to such characters,
# a space or a mark, where one that opened on the letters would stop at most letters.
_NUMBER_WORD = _by_opening_letter(lx.NUMBER_WORD_ALTERNATIVES)
_WORD_NUMBER_OPENING = re.compile(f"(?:{_NUMBER_WORD})\\b")
_WORD_NUMBERS = re.compile(f"\\W({_NUMBER_WORD})\\b")


def number_word_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans of the number words of a lowered text, in order."""
    opening = _WORD_NUMBER_OPENING.match(lowered)
    spans = [opening.span()] if opening else []
    spans += [m.span(1) for m in _WORD_NUMBERS.finditer(lowered, opening.end() if opening else 0)]
    return spans


def find_mentions(text: str) -> list[Mention]:
    """Every numeric mention of the text, in order. Traditional Chinese is read as Simplified
    and full-width digits as ASCII (the folded text has the same offsets)."""
    text = numerals.fold(text)
    found: list[Mention] = []
    last_end = -1
    money = _Money(text)
    for start, end, kind in _candidates(text):
        if start < last_end or (kind != "zero" and _masked(text, start, end)):
            continue
        if kind == "digits" and (text.startswith("/", end) or text.startswith("%/", end)):
            listed = _slash_list(text, start, money)
            if listed:  # "3.1/3.9/4.6亿元": a figure each, the list read once
                found.extend(listed)
                last_end = listed[-1].end
                continue
        mention = _READERS[kind](text, start, end, money)
        if mention is not None and not _length_of_a_class(text, mention):
            if found and _restated(text, found[-1], mention):
                mention.qualifier = found[-1].qualifier
                mention.qualifier_text = found[-1].qualifier_text
            found.append(mention)
            # "4 in 10" is one mention: its whole is not another
            last_end = (
                mention.end if "/" in mention.number or "/ (" in mention.unit else mention.num_end
            )
    if "兆" in text:
        found = _trillions_then_yi(text, found)
    if "元" in text:
        _currency_of_yuan(text, found, money)
    if "(" in text or "（" in text or "nit" in text:
        found = _declared_units(text, found)
    _units_of_ranges(text, found)
    _units_of_lists(text, found)
    _points_of_polls(text, found)
    _units_of_figures_restated(found)
    if "from" in text:
        _units_of_earlier_levels_after(text, found)
    _units_of_differences_written_out(text, found)
    if "(" in text or "（" in text:
        _units_of_comparatives(text, found)
    if "factor" in text:
        _factors_named(text, found)
    if "|" in text or "\t" in text or ("  " in text and _COLUMN_GAP.search(text)):
        found = _with_table_units(text, found)
    if "每" in text:
        found = _with_cjk_proportions(text, found)
    _troy_ounces_of_precious_metals(text, found)
    _currency_of_cents(text, found, money.local_dollar)
    return _with_ratios(text, found)


def _with_ratios(text: str, found: list[Mention]) -> list[Mention]:
    """The figures written as ratios: a structure's shares, two counts."""
    if ":" not in text and "：" not in text:
        return found
    return _with_two_part_ratios(text, _with_ratio_shares(text, found))


# Two counts written as a ratio, as polls and votes give a lead ("wins 2:1 among moderates",
# "backed it by a 3:1 margin", "a ratio of 5:2"): the second part a single digit, which no time
# of day has for its minutes, and a word of ratios after it or before it.
_TWO_PART_RATIO = re.compile(
    r"(?<![\d.:：,])(\d{1,3}):([1-9])(?![\d:：.,]\d?)(?="
    r"[^\S\n]+(?:among|margin|ratio|majority|in\s+favou?r)\b)"
    r"|(?<=\bratio\sof\s)(\d{1,3}):([1-9])(?![\d:：.,]\d?)",
    re.IGNORECASE,
)


def _two_part_ratios(text: str) -> Iterator[re.Match]:
    """The ratios of the text, searched only around its colons: the pattern opens on a
    lookbehind, so a search of the whole text would try it at every character (a 1 MB text:
    56 ms, the text's colons: a few). The window's end leaves room for the words after it."""
    at = text.find(":")
    while at != -1:
        ratio = _TWO_PART_RATIO.search(text, max(0, at - 3), at + 64)
        if ratio is not None and ratio.start() <= at < ratio.end():
            yield ratio
        at = text.find(":", at + 1)


def _with_two_part_ratios(text: str, found: list[Mention]) -> list[Mention]:
    ratios = []
    spans = [(m.start, m.end) for m in found]
    for ratio in _two_part_ratios(text):
        first, second = ratio.group(1) or ratio.group(3), ratio.group(2) or ratio.group(4)
        if not _overlaps_any(spans, ratio.start(), ratio.end()):
            start, end = ratio.span()
            ratios.append(Mention(start, end, start, end, f"{first}/{second}"))
    return sorted(found + ratios, key=lambda m: m.start) if ratios else found


# Cents written after a figure, its end: the hundredths _read_hundredths reads as US dollars.
_CENTS_END = re.compile(r"(?:cents?|¢)$", re.IGNORECASE)


def _currency_of_cents(text: str, found: list[Mention], local_dollar: str | None) -> None:
    """Cents are hundredths of the one currency the sentence writes its other amounts in, when
    that is not the US dollar ("rose 4 cents to 12.40 euros", "fell 3 cents to C$8.10"); with
    none, of the text's own dollar (`_Money.local_dollar`); else, or with more than one, they
    stay US cents."""
    if "cent" not in text and "¢" not in text:
        return
    ordered = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for mention in found:
        # the few characters before its end only: a search from the text's start would read
        # the whole text again for every amount
        if (
            mention.unit != "USD"
            or not _CENTS_END.search(text, max(0, mention.end - 6), mention.end)
            or _US_CENTS.search(text, mention.num_end, mention.end + 4)
        ):
            continue  # (and "72 US cents", "72 cents US": marked as the US dollar's)
        start, end = _sentence_around(text, mention.start)
        codes = {
            other.unit.split(" ")[0]
            for other in ordered[
                bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)
            ]
            if other is not mention
        } & lx.CURRENCY_CODES
        if len(codes) == 1 and codes.isdisjoint(_NO_CENTS):
            mention.unit = codes.pop()
        elif not codes and local_dollar:
            mention.unit = local_dollar  # "44 cents in every dollar" in a text of Aussie dollars


_US_CENTS = re.compile(r"\bU\.?S\.?\s+cents?\b|\bcents?\s+U\.?S\b")
# Currencies no "cent" is a hundredth of: sterling has pence, the yen and the won none.
_NO_CENTS = frozenset({"USD", "GBP", "JPY", "KRW"})


def _troy_ounces_of_precious_metals(text: str, found: list[Mention]) -> None:
    """Ounces in a text about gold, silver or platinum are troy ounces, as mines, refiners and
    markets weigh them ("1,782 kilograms (57,306 ounces)" of gold: 31.1 g an ounce, not 28.3)."""
    ounces = [m for m in found if m.unit == "ounce"]
    if ounces and lx.PRECIOUS_METALS_RE.search(text):
        for mention in ounces:
            mention.unit = "troy_ounce"


# A list of figures parted by slashes, as forecasts write one a year ("归母净利润分别为3.1/3.9/
# 4.6亿元", "增长15.3%/25.8%/17.9%", "EPS of 0.52/0.65/0.78"): no date ("2031/12/31").
_SLASH_LIST = re.compile(
    r"(?<![\d.,/:-])\d[\d,]*(?:\.\d+)?%?(?:/\d[\d,]*(?:\.\d+)?%?){1,5}(?![\d/.])"
)
_LIST_MEMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")


def _slash_list(text: str, start: int, money: _Money) -> list[Mention] | None:
    """The figures of a list parted by slashes from `start`, each in the unit and scale the last
    is written with; None where the slashes part a date, a fraction or a ratio ("1/3", "25/20":
    two figures with no decimals), or the last figure has no unit or scale of its own."""
    listed = _SLASH_LIST.match(text, start)
    if listed is None:
        return None
    members = list(_LIST_MEMBER.finditer(text, start, listed.end()))
    numbers = [m[0].rstrip("%") for m in members]
    if len(members) < 3 and not all("." in n for n in numbers):
        return None
    if any(len(n) == 4 and n.isdigit() and n[:2] in ("19", "20") for n in numbers):
        return None  # a date, or a list of years
    last = members[-1]
    # the last figure read as if it stood where the list starts (what stands before the list,
    # a qualifier or a currency, is before it), in a window without the figures before it
    window_start, skipped = max(0, start - 40), last.start() - start
    window = text[window_start:start] + text[last.start() : listed.end() + 40]
    at = start - window_start
    tail = _read_digits(window, at, at + len(last[0].rstrip("%")), money)
    if tail is None or not (tail.unit or tail.scale) or "/" in tail.number or tail.unit == "x":
        return None  # no unit of its own, or a ratio ("1.5/1.0 times")
    opening = tail.start + window_start if tail.start < at else start  # a qualifier's
    for field_name in ("start", "end", "num_start", "num_end", "noun_end"):
        offset = getattr(tail, field_name)
        if offset:
            setattr(tail, field_name, offset + window_start + (skipped if offset >= at else 0))
    tail.start = max(tail.start, last.start())
    heads = [
        Mention(m.start(), m.end(), m.start(), m.start() + len(n), n, tail.scale, tail.unit)
        for m, n in zip(members[:-1], numbers, strict=False)
    ]
    heads[0].start = opening
    for head in heads:
        head.qualifier, head.qualifier_text = tail.qualifier, tail.qualifier_text
    return [*heads, tail]


# Trillions (兆) written before the hundreds of millions of one amount: 3兆5000億元 is 35000
# 亿, 一兆一一二三億元 11123 亿, as Taiwan and Hong Kong write large amounts.
_TRILLIONS_BEFORE = re.compile(r"(?:(?P<digits>\d+)|(?P<numeral>[〇零一二两三四五六七八九十]+))兆$")


def _trillions_then_yi(text: str, found: list[Mention]) -> list[Mention]:
    """Each amount written in 兆 and 亿 as one mention in 亿, where the 亿 part was read alone
    (and the figure before 兆, if in digits, as a bare count)."""
    dropped: set[int] = set()
    for index, mention in enumerate(found):
        if mention.scale != "亿" or mention.qualifier or "/" in mention.number:
            continue
        head = _TRILLIONS_BEFORE.search(text, max(0, mention.num_start - 12), mention.num_start)
        if head is None or not 0 < mention.value < 10**4:
            continue
        digits = head.group("digits")
        trillions = int(digits) if digits else numerals.cjk_numeral_value(head.group("numeral"))
        if not trillions or trillions.denominator != 1:
            continue
        mention.number = numerals.value_text(trillions * 10**4 + mention.value)
        mention.start = mention.num_start = head.start()
        if index and found[index - 1].num_start == head.start():
            dropped.add(index - 1)
    return [m for i, m in enumerate(found) if i not in dropped] if dropped else found


def _currency_of_yuan(text: str, found: list[Mention], money: _Money) -> None:
    """The currency a figure's 元 writes where it is not the renminbi: the New Taiwan dollar in
    a text that names it and never the renminbi (稅後純益1.21兆元), or the one a bracket declares
    for the figure before it and those after ("342亿元(港币,下同)"), unless a figure names
    the renminbi itself."""
    declared = [
        (found_at.start(), lx.CJK_UNIT_MAP[found_at.group(1)])
        for found_at in lx.CJK_CURRENCY_BELOW_RE.finditer(text)
    ]
    if money.taiwan_dollars:
        declared.insert(0, (0, "TWD"))
    if not declared:
        return
    starts = [start for start, _ in declared]
    for mention in found:
        if not (mention.unit == "CNY" or mention.unit.startswith("CNY ")):
            continue
        last = bisect.bisect_right(starts, mention.end + 1) - 1
        if last >= 0 and "人民币" not in text[max(0, mention.start - 4) : mention.end]:
            mention.unit = declared[last][1] + mention.unit[3:]


# "每10人中有3人", "每五个家庭中就有一个": a part of every whole, N/M, as "3 in 10" is. The
# whole opens the phrase with 每 (every), what it counts may follow; 中...有 (among them there
# are) leads to the part.
_CJK_PROPORTION = re.compile(
    r"每(?P<whole>\d{1,7}|[一二两三四五六七八九十百千万]{1,6})(?:"
    + lx.CJK_COUNTERS
    + r")?[\u4e00-\u9fff]{0,6}?中(?:就|便)?有(?=[\d一二两三四五六七八九十])"
)


def _with_cjk_proportions(text: str, found: list[Mention]) -> list[Mention]:
    """Each "每M...中有N" proportion as one mention N/M, the part's, where the whole and
    the part were two counts (the whole, read alone, is no figure the text states)."""
    by_start = {m.num_start: m for m in found}
    inside: set[int] = set()
    for match in _CJK_PROPORTION.finditer(text):
        whole_text = match.group("whole")
        whole = (
            Fraction(whole_text) if whole_text.isdigit() else numerals.cjk_numeral_value(whole_text)
        )
        part = by_start.get(match.end())
        if part is None or whole is None or part.unit or part.scale or "/" in part.number:
            continue
        if not 0 < part.value < whole:
            continue
        part.number = f"{part.number.replace(',', '')}/{numerals.value_text(whole)}"
        part.start = match.start()
        inside.update(m.num_start for m in found if match.start() <= m.num_start < match.end())
    return [m for m in found if m.num_start not in inside] if inside else found


_FACTOR_OF_BEFORE = re.compile(
    r"\bfactor\s+of\s+(?:(?:" + lx.APPROXIMATION_WORDS_ALTERNATION + r")\s+)?$", re.I
)


# a fall by a factor: "fell by a factor of three", "was cut sharply by a factor of 2"
_FALL_BY_A_FACTOR_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:[a-z]+ly\s+)?by\s+an?\s+factor\s+of\s+"
    r"(?:(?:" + lx.QUALIFIER_WORDS_ALTERNATION + r")\s+)?$",
    re.IGNORECASE,
)


# a fall from one level to another, then the factor it makes: "fell from 80 to 20, by a factor
# of 4", "dropped from 900 to 300, a factor of three"
_FALL_FROM_TO_THEN_FACTOR = re.compile(
    r"\b([a-z]+)\s+from\s+[^,;:]{1,30}?\s+to\s+[^,;:]{1,30},\s*(?:by\s+)?an?\s+factor\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than)\s+)?$",
    re.IGNORECASE,
)


def _factors_named(text: str, found: list[Mention]) -> None:
    """ "rose by a factor of three", "a factor of 2.5": the number is a factor."""
    for mention in found:
        before = _before(text, mention.start, 40)
        if (
            not mention.unit
            and mention.scale is None
            and mention.noun is None  # "a factor of 12 firms" counts firms
            and "/" not in mention.number
            and _FACTOR_OF_BEFORE.search(before)
        ):
            mention.unit = "x"
            fall = _FALL_BY_A_FACTOR_BEFORE.search(before) or _FALL_FROM_TO_THEN_FACTOR.search(
                _before(text, mention.start, 100)
            )
            verb = fall.group(1).lower() if fall else ""
            if verb in lx.DOWN_WORDS or verb in lx.COMPARATIVE_DOWN:
                _fall_by_a_factor(mention)


def _fall_by_a_factor(mention: Mention) -> None:
    """ "fell by a factor of 2.5": the level is the base over the factor, x1 in 2.5 read as 10 in
    25 so that the rounding of the factor's last digit bounds it (x1/2.55 to x1/2.45); its
    qualifier bounds it from the other side ("by a factor of more than 3": under x1 in 3)."""
    whole, _, decimals = mention.number.partition(".")
    scale = 10 ** len(decimals)
    mention.number = f"{scale}/{int(whole + decimals)}"
    mention.writers_fraction = True
    if mention.qualifier:
        mention.qualifier = _FALL_QUALIFIERS.get(mention.qualifier, mention.qualifier)
        mention.qualifier_text = None


# Where a text declares the unit of its figures: "(100 million yuan)", "(in billion yuan)",
# "Unit: 10,000 tonnes". A bracket holds the declaration alone.
# Written to open on the class of the characters that open a match, case-sensitive there so
# that the engine skips in one loop to where one stands, a lookbehind then choosing the
# alternative; the plain form (tests/test_extraction_scans.py) is
#   [(（]\s*(?:(?:in|units?\s*[:：])\s*)?(?P<bracket>...)\s*[)）]|\bunits?\s*[:：]\s*(?P<after>...)...
_UNIT_DECLARATION = re.compile(
    r"(?-i:[(（uU])(?:(?<=[(（])\s*(?:(?:in|units?\s*[:：])\s*)?(?P<bracket>[^()（）\n]{1,30}?)\s*[)）]"
    r"|(?<=[uU])(?<!\w[uU])nits?\s*[:：]\s*(?P<after>[^\n.;,，。()]{1,30}?)\s*(?=[\n.;,，。()]|$))",
    re.IGNORECASE,
)
# What binds a figure to the declaration just before it: "GDP (billion yuan): 61,237.8",
# "the total (in 100 million yuan) was 5,695.7".
_DECLARED_FIGURE_BETWEEN = re.compile(
    r"\s*[:：]\s*|\s+(?:was|were|is|are|of|at|reached|totall?ed|stood\s+at)\s+", re.IGNORECASE
)


def _declared_units(text: str, found: list[Mention]) -> list[Mention]:
    """A unit declared in a bracket or after "Unit:" is no figure of its own ("(100 million
    yuan)" is 亿 yuan, a power of ten), and the bare figure bound to it just after takes it.
    A bracket straight after a figure restates that figure ("$15 million (100 million yuan)"):
    it is one."""
    declarations = []
    ends = sorted(m.end for m in found)
    starts = sorted((m.start, number) for number, m in enumerate(found))
    for match in _UNIT_DECLARATION.finditer(text):
        group = "bracket" if match.group("bracket") is not None else "after"
        if group == "bracket" and _figure_ends_before(ends, match.start()):
            continue
        inside = _mentions_within(found, starts, match.start(group), match.end(group))
        if inside and not _power_of_ten(inside[0]):
            continue  # a figure of its own ("(about 120 billion dollars)"): no declaration
        declared = _declared_unit(match.group(group).strip())
        if declared is not None:
            declarations.append((match, declared, inside))
    dropped = {id(m) for _, _, inside in declarations for m in inside}
    kept = [m for m in found if id(m) not in dropped]
    at = {m.start: m for m in kept}
    for match, declared, _ in declarations:
        bound = _DECLARED_FIGURE_BETWEEN.match(text, match.end())
        figure = at.get(bound.end()) if bound else None
        if figure is not None and not figure.noun:
            _give_unit(figure, declared)
    return kept


def _figure_ends_before(ends: list[int], position: int) -> bool:
    """Whether a figure ends at most three characters before `position` (`ends` sorted)."""
    first = bisect.bisect_left(ends, position - 3)
    return first < len(ends) and ends[first] <= position


def _mentions_within(
    found: list[Mention], starts: list[tuple[int, int]], start: int, end: int
) -> list[Mention]:
    """The mentions starting in [start, end), in the order of `found` (`starts` holds each
    mention's start and place in `found`, sorted): looked up, never scanned, so that a long
    text with many brackets stays linear."""
    first = bisect.bisect_left(starts, (start, -1))
    last = bisect.bisect_left(starts, (end, -1))
    return [found[number] for number in sorted(n for _, n in starts[first:last])]


def _power_of_ten(mention: Mention) -> bool:
    """Whether the mention inside a declaration is only its multiplier: "100 million", "10,000"."""
    value = mention.value * vocabulary.SCALES.get((mention.scale or "").lower(), 1)
    return value.denominator == 1 and str(value.numerator).rstrip("0") == "1"


def _points_of_polls(text: str, found: list[Mention]) -> None:
    """ "an 8-point lead" in a sentence about a poll, "Lund's lead is 8 points" in a text about
    one: the gap between two shares of the respondents, in percentage points. A market's
    index has points of its own ("the Dow fell 12 points"); more than 100 are never a poll's."""
    points = [m for m in found if m.noun in ("point", "points") and not m.unit and m.value <= 100]
    if not points:
        return
    poll_text = lx.POLL_WORDS_RE.search(text, 0, 20000) is not None
    percentages = sorted(m.start for m in found if m.unit == "%")  # points never become one
    for mention in points:
        start, stop = _sentence_around(text, mention.start)
        before = _sentence_around(text, max(0, start - 2))[0]  # the sentence before too
        if (
            lx.MARKET_INDEX_RE.search(text, before, stop)
            or lx.SCORED_POINTS_RE.search(text, before, stop)
            or ".." in mention.number
        ):
            continue
        if (
            (
                poll_text
                and (
                    lx.POLL_WORDS_RE.search(text, start, stop)
                    or lx.POLL_GAP_WORDS_RE.search(text, start, stop)
                )
            )
            or _rate_before(percentages, before, start)
            or _level_rate_in(text, found, start, stop)
        ):
            mention.unit, mention.noun = "pp", None


# What names a percentage the level a quantity moves to or from ("fell 3 points, to 41%"),
# where "or 1.1%" and "up 2.6%" restate the change instead.
_RATE_LEVEL_BEFORE = re.compile(
    r"\b(?:to|from)\s+(?:(?:just|about|around|nearly|almost|some)\s+)?$", re.IGNORECASE
)


def _level_rate_in(text: str, found: list[Mention], start: int, stop: int) -> bool:
    """Whether the sentence [start, stop) holds a percentage named as the level the points
    move a rate to or from: the points are then percentage points of that rate."""
    return any(
        m.unit == "%"
        and start <= m.start < stop
        and _RATE_LEVEL_BEFORE.search(text, max(start, m.start - 16), m.start)
        for m in found
    )


def _rate_before(percentages: list[int], since: int, until: int) -> bool:
    """Whether a percentage (`percentages`: their starts, sorted) stands in the sentence before
    the points: "The levy is 13%. That is 3 points more than in May" (within one sentence the
    links read them)."""
    first = bisect.bisect_left(percentages, since)
    return first < len(percentages) and percentages[first] < until


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Where a figure may stand, in order: (start, end, kind), the kind naming its reader in
    `_READERS` (digits, number words, Chinese numerals and fractions, words of no change)."""
    # A character whose lower case is longer shifts offsets: match case-blind instead.
    lower_case = text.lower()
    lowered = lower_case if len(lower_case) == len(text) else None
    if numerals.decimal_comma_text(text):
        digits = _DIGITS_DECIMAL_COMMA
    else:
        digits = _DIGITS_COMMA_GROUPS if _COMMA_THOUSANDS.search(text) else _DIGITS
    candidates: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "digits") for m in digits.finditer(text)
    ]
    words = (
        number_word_spans(lowered)
        if lowered is not None
        else [m.span() for m in re.finditer(lx.NUMBER_WORD_PATTERN, text, re.IGNORECASE)]
    )
    candidates += [(start, end, "words") for start, end in words]
    if _CJK.search(text):
        candidates += [
            (m.start(), m.end(), "cjk") for m in numerals.CJK_NUMERAL_SCAN.finditer(text)
        ]
        candidates += [
            (m.start(), m.end(), "cjk_of") for m in numerals.CJK_FRACTION_RE.finditer(text)
        ]
    zero_changes = (
        zero_change_spans(lower_case)
        if lx.lowered_searchable(text, lower_case)
        else [m.span(1) for m in _ZERO_CHANGE.finditer(text)]
    )
    candidates += [
        (start, end, "zero")
        for start, end in zero_changes
        if _ZERO_CHANGE_BEFORE.search(text, max(0, start - 40), start)
        and not lx.ZERO_CHANGE_HEDGE_BEFORE_RE.search(text, max(0, start - 24), start)
    ]
    candidates.sort()
    return candidates


def _no_change(text: str, start: int, end: int, money: _Money) -> Mention:
    """ "unchanged", "flat", 持平: a change of zero."""
    return Mention(start, end, start, end, "0", unit="%", sign="+", words=True)


# The reader of each kind of candidate (see `_candidates`).
_READERS: dict[str, Callable[[str, int, int, _Money], Mention | None]] = {
    "digits": lambda text, start, end, money: _read_digits(text, start, end, money),
    "words": lambda text, start, end, money: _read_words(text, start, end),
    "cjk": lambda text, start, end, money: _read_cjk_numeral(text, start, end),
    "cjk_of": lambda text, start, end, money: _read_cjk_fraction(text, start, end),
    "zero": _no_change,
}


# The length of time that defines a group: "people out of work for under six months", "those
# jobless 40 weeks or longer", "patients waiting over a year". A class's bound, not a figure
# the text states of anything.
_CLASS_BY_TIME_BEFORE = re.compile(
    r"\b(?:unemployed|jobless|out\s+of\s+work|waiting|waited|wait)\s+(?:for\s+)?"
    r"(?:(?:less|more|fewer|longer)\s+than\s+|over\s+|under\s+|at\s+least\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset(lx.DURATION_UNITS.values())


def _length_of_a_class(text: str, mention: Mention) -> bool:
    return mention.unit in _TIME_UNITS and bool(
        _CLASS_BY_TIME_BEFORE.search(_before(text, mention.num_start, 40))
    )


# A table's cells, separated by "|" (a Markdown row, or a table flattened one cell a line): a
# header cell that declares a unit in brackets ("Total (100 million yuan)", "Share (%)"), and
# rows, a label cell and its cells of bare numbers.
_CELL = re.compile(r"[^|]+")
_UNIT_HEADER = re.compile(
    r"^(?:[^\n]{0,80}?[(（]\s*([^()（）\n]{1,30}?)\s*[)）]|(?:单位|units?)\s*[:：]\s*([^\n]{1,30}))$",
    re.IGNORECASE,
)
# A cell of one figure, with the scale it may write of its own ("4363.73亿" in a column of 元)
_NUMBER_CELL = re.compile(r"^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万亿|亿|万)?$")
_SCALE_BY_MULTIPLIER = {
    multiplier: name for name, multiplier in reversed(vocabulary.SCALES.items())
}


def _with_table_units(text: str, found: list[Mention]) -> list[Mention]:
    """Bare numbers of a table in the units its headers declare, and a header's own bracket
    read as the unit it declares, not as a figure. A table written one row a line ("| North |
    12.5 | 40.1 |") takes each column's unit from its header cell; one flattened a cell a line
    takes the one declared unit for all its numbers, or splits each row's numbers evenly
    among several in order (the usual layout of statistical tables: each header over as many
    columns)."""
    at = {m.num_start: m for m in found}
    declared: list[tuple[int, int]] = []
    if len(_TABLE_LINE.findall(text)) >= 2:
        _line_table_units(text, at, declared, _TABLE_LINE, _CELL)
    elif "|" not in text:
        if len(_TAB_LINE.findall(text)) >= 2:  # a table copied from a sheet: tabs between cells
            _line_table_units(text, at, declared, _TAB_LINE, _TAB_CELL)
        elif len(_SPACED_LINE.findall(text)) >= 2:  # plain text: columns aligned by spaces
            _line_table_units(text, at, declared, _SPACED_LINE, _SPACED_CELL)
    elif not _unit_column_table_units(text, at, declared):
        _flat_table_units(text, at, declared)
    return _outside_spans(found, declared)


def _outside_spans(found: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that start in none of the spans [start, end): each looked up among the
    spans sorted by start, with the furthest end reached so far (a long text with many table
    cells stays linear)."""
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    furthest = list(itertools.accumulate((end for _, end in spans), max))
    kept = []
    for mention in found:
        last = bisect.bisect_right(starts, mention.start) - 1
        if last < 0 or furthest[last] <= mention.start:
            kept.append(mention)
    return kept


_TABLE_LINE = re.compile(r"^[^|\n]*\|[^|\n]*\|[^\n]*$", re.MULTILINE)
_TAB_LINE = re.compile(r"^[^\t\n]*\t[^\n]*$", re.MULTILINE)
_TAB_CELL = re.compile(r"(?:^|(?<=\t))[^\t\n]*", re.MULTILINE)  # empty cells too
# A row of a plain-text table, its columns set apart by two spaces or more; a cell is words
# set apart by one ("Change (%)").
# spaces before a column of figures
_COLUMN_GAP = re.compile(rf"  +(?=[-+(]?{vocabulary.CURRENCY_SIGN}? ?\d)")
_SPACED_LINE = re.compile(r"^[^\n]*?\S {2,}\S[^\n]*$", re.MULTILINE)
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def _line_table_units(
    text: str, at: dict[int, Mention], declared: list, lines: re.Pattern, cells_of: re.Pattern
) -> None:
    """A table written one row a line, its cells split as `cells_of` finds them."""
    columns: dict[int, tuple[str | None, str]] = {}
    unit_column = None
    follows = -1
    title_unit = None
    for line in lines.finditer(text):
        if line.start() != follows:  # a line of another kind between: the table has ended
            columns, unit_column = {}, None
            title_unit = _title_unit(text, line.start())
        follows = line.end() + 1
        cells = list(cells_of.finditer(text, line.start(), line.end()))
        units = [_header_unit(cell) for cell in cells]
        named = [i for i, cell in enumerate(cells) if _UNIT_COLUMN.match(_last_line(cell))]
        if _row_labelled_with_unit(cells, units, at):  # "| 每股收益(元) | 0.76 | 0.44 |"
            declared.append((cells[0].start(), cells[0].end()))
            for cell in cells[1:]:
                mention = _number_cell(cell, at)
                if mention is not None and units[0] is not None:
                    _give_unit(mention, units[0])
            continue
        if any(units) or named:
            columns = {i: unit for i, unit in enumerate(units) if unit}
            unit_column = named[0] if named else None
            declared += [(c.start(), c.end()) for c, u in zip(cells, units, strict=True) if u]
            continue
        contents = [cell.group(0).strip(" \t-:=") for cell in cells]
        if any(contents) and not any(_NUMBER_CELL.match(c.group(0).strip()) for c in cells):
            columns, unit_column = {}, None  # a header of no units: another table's
            continue
        unit_cell = (
            cells[unit_column] if unit_column is not None and unit_column < len(cells) else None
        )
        row_unit = _row_unit(unit_cell) if unit_cell else None
        if unit_cell and row_unit:
            declared.append((unit_cell.start(), unit_cell.end()))
        for i, cell in enumerate(cells):
            mention = _number_cell(cell, at)
            declared_unit = columns.get(i, row_unit) or title_unit
            if mention is not None and declared_unit is not None:
                _give_unit(mention, declared_unit)


def _row_labelled_with_unit(
    cells: list[re.Match[str]], units: list[tuple[str | None, str] | None], at: dict[int, Mention]
) -> bool:
    """A row whose label declares the unit of its figures ("Revenue ($m) | 412 | 398", the
    usual layout of a company's summary, a period a column): the label alone declares a unit,
    and figures follow it."""
    return (
        len(cells) > 1
        and units[0] is not None
        and not any(units[1:])
        and any(_number_cell(cell, at) for cell in cells[1:])
    )


# A table's title ending on the unit of its figures ("Exports by region (US$ million)",
# "分地区出口（亿元）"), or a line declaring it ("Unit: 100 million yuan", "单位：亿元").
_TITLE_UNIT = re.compile(
    r"(?:[(（](?P<bracket>[^()（）\n]{1,30})[)）]|(?:units?|单位)\s*[:：]\s*(?P<after>[^\n]{1,30}?))"
    r"[^\S\n]*\n$",
    re.IGNORECASE,
)


def _title_unit(text: str, table_start: int) -> tuple[str | None, str] | None:
    """The unit the line just before a table declares for its figures, if it declares one."""
    title = _TITLE_UNIT.search(text, max(0, table_start - 200), table_start)
    if title is None or "\n" in text[title.start() : table_start - 1]:
        return None
    return _declared_unit(title.group("bracket") or title.group("after"))


# The header of a column of units, one a row: "| 工业增加值 | 亿元 | 456.7 |" (计量单位, Unit).
_UNIT_COLUMN = re.compile(r"(?:计量)?单位$|units?(?:\s+of\s+measure(?:ment)?)?$", re.IGNORECASE)


def _last_line(cell: re.Match[str]) -> str:
    return cell.group(0).strip().rpartition("\n")[2].strip()


def _row_unit(cell: re.Match[str]) -> tuple[str | None, str] | None:
    """The unit a row's cell of units declares ("亿元", "100 million yuan", "%")."""
    content = cell.group(0).strip()
    if not content or _NUMBER_CELL.match(content) or "\n" in content:
        return None
    return _declared_unit(content)


def _unit_column_table_units(text: str, at: dict[int, Mention], declared: list) -> bool:
    """A table flattened a cell a line with a column of units: the header (..., Unit, columns),
    then rows of a label, a unit and one cell a column. Each figure takes its column's unit
    when the header declares one ("Growth (%)"), else its row's. False when no such table."""
    cells = list(_CELL.finditer(text))
    named = next((i for i, c in enumerate(cells) if _UNIT_COLUMN.match(_last_line(c))), None)
    first = next(
        (i for i, c in enumerate(cells) if named is not None and i > named and _number_cell(c, at)),
        None,
    )
    if named is None or first is None or first - named < 4 or not _row_unit(cells[first - 1]):
        return False
    headers = cells[named + 1 : first - 2]
    columns = [_header_unit(cell) for cell in headers]
    declared += [(c.start(), c.end()) for c, u in zip(headers, columns, strict=True) if u]
    row = first - 2
    while row + 2 + len(columns) <= len(cells):
        row_unit = _row_unit(cells[row + 1])
        if _number_cell(cells[row], at) or row_unit is None:
            break
        declared.append((cells[row + 1].start(), cells[row + 1].end()))
        for cell, column_unit in zip(cells[row + 2 : row + 2 + len(columns)], columns, strict=True):
            mention = _number_cell(cell, at)
            if mention is not None:
                _give_unit(mention, column_unit or row_unit)
        row += 2 + len(columns)
    return True


def _flat_table_units(text: str, at: dict[int, Mention], declared: list) -> None:
    headers: list[tuple[str | None, str]] = []
    rows: list[list[Mention]] = []
    for cell in _CELL.finditer(text):
        content = cell.group(0).strip()
        if _NUMBER_CELL.match(content):
            if rows and headers:
                mention = _number_cell(cell, at)
                rows[-1].append(mention) if mention else rows[-1].clear()
            continue
        unit = _header_unit(cell)
        if unit is not None:
            if rows:  # a header after rows starts another table
                _apply_table_units(headers, rows)
                headers, rows = [], []
            headers.append(unit)
            declared.append((cell.start(), cell.end()))
        elif headers and content:
            rows.append([])  # a label cell starts a row
    _apply_table_units(headers, rows)


def _header_unit(cell: re.Match[str]) -> tuple[str | None, str] | None:
    header = _UNIT_HEADER.match(cell.group(0).strip().rpartition("\n")[2])
    return _declared_unit(header.group(1) or header.group(2)) if header else None


def _number_cell(cell: re.Match[str], at: dict[int, Mention]) -> Mention | None:
    content = cell.group(0).strip()
    if not _NUMBER_CELL.match(content):
        return None
    signed = content[0] in "-+−"  # a mention's number starts after its sign
    return at.get(cell.start() + cell.group(0).index(content) + signed)


def _give_unit(mention: Mention, declared: tuple[str | None, str]) -> None:
    scale, unit = declared
    if mention.unit not in ("", unit):
        return
    if mention.scale is None:
        mention.scale, mention.unit = scale, unit
    elif scale is None and unit in lx.CURRENCY_CODES:
        mention.unit = unit  # "4363.73亿" under "(元)": the cell writes its own scale


# A currency opening a declaration, before its scale: "$m", "US$ bn", "£ million", "RMB bn".
_CURRENCY_DECLARED = re.compile(
    "("
    + "|".join(re.escape(p) for p, _ in sorted(lx.CURRENCY_PREFIXES, key=lambda x: -len(x[0])))
    + r")\s*(?![\d.])"
)
# Thousands as a table's header writes them: "'000", "000s", "thousands".
_THOUSANDS_DECLARED = re.compile(r"(?<![\d,.])['’]?000s?\b|\bthousands\b", re.IGNORECASE)
# A plural scale a header writes ("$ millions"), and what may stand between it and its sign.
_PLURAL_SCALE = re.compile(r"^[,\s]*(million|billion|trillion)s?\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # a text declares the same few units again and again
def _declared_unit(written: str) -> tuple[str | None, str] | None:
    """The scale and unit a header's bracket declares: "%", "100 million yuan" (亿 CNY), "亿元"."""
    if written.strip() in ("%", "％"):
        return None, "%"
    written = _THOUSANDS_DECLARED.sub("thousand", written.strip())
    currency = _CURRENCY_DECLARED.match(written)
    glue = "" if _CJK.match(written) else " "
    if currency:  # "$m", "US$ bn", "€ million", "RMB bn": the figure goes after the sign
        sign, rest = currency.group(1), _PLURAL_SCALE.sub(r"\1", written[currency.end() :])
        glued = rest.lower() in lx.GLUED_SCALES  # "£m" is "£1m", not "£1 m"
        read = find_mentions(f"{sign}1{'' if glued else ' '}{rest}".rstrip())
    else:
        read = find_mentions(written if written[:1].isdigit() else "1" + glue + written)
    if len(read) != 1 or not (read[0].unit or read[0].scale) or read[0].unit == "x":
        return None
    multiplier = read[0].value * vocabulary.SCALES.get((read[0].scale or "").lower(), 1)
    if multiplier == 1:
        return None, read[0].unit
    scale = _SCALE_BY_MULTIPLIER.get(multiplier)
    return (scale, read[0].unit) if scale else None


def _apply_table_units(headers: list[tuple[str | None, str]], rows: list[list[Mention]]) -> None:
    widths = {len(row) for row in rows if row}
    if not headers or len(widths) != 1:
        return
    width = widths.pop()
    if width % len(headers):
        return
    span = width // len(headers)
    for row in rows:
        for column, mention in enumerate(row):
            _give_unit(mention, headers[column // span])


# Between the two ends of a range: "5-6%", "from 3.1 to 3.4 million", "between 2 and 3 percent".
_RANGE_BETWEEN = re.compile(r"\s*(?:[-–—～~至到]|to)\s*|\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _units_of_ranges(text: str, found: list[Mention]) -> None:
    """The first end of a range written once with its scale and unit ("5-6%", "from 3.1 to
    3.4 million tonnes", "$5-6 billion", 1.2万—1.5万元) in the second's scale and unit, and the
    second in the first's currency. A full number ("412,000 to 2.3 million") or a change ("by 0.2 to 5.4
    percent") is no range end."""
    for first, then in zip(found, found[1:], strict=False):
        between = _RANGE_BETWEEN.fullmatch(text, first.end, then.start)
        if between is not None and between.group(0) in ("-", "–") and not first.scale:
            written_out = abridged_thousands(first.number, then.number)
            if written_out is not None:  # "30-40,000 people": 30,000 to 40,000
                if _currency_of_rate(first, then):
                    then.unit = f"{first.unit} {then.unit}".strip()  # "$30-40,000 a year"
                first.number, first.unit, first.noun = written_out, then.unit, None
                continue
        if between is not None and _hyphened_amounts(between.group(0), first, then):
            then.unit = first.unit  # "$1,200-1,500": the second end in the first's currency
            continue
        if (
            between is None
            or (first.scale is not None and first.scale != then.scale)
            or ("," in first.number and not _grouped_ends(between.group(0), first, then))
            or "/" in first.number
            or first.noun is not None
            # a qualifier before a range joined by a dash is the range's ("about 1-2C")
            or (first.qualifier and between.group(0).strip() not in _DASHES)
            or not (then.scale or then.unit)
            or (
                first.unit
                and first.unit != then.unit
                and not then.unit.startswith(first.unit + " / ")  # "$1m-$2m a year"
                and not _currency_then_scale(first, then)
            )
            or _BY_BEFORE.search(_before(text, first.start, 8))
            # an end that writes its own unit after it is whole: 上涨300元至2.1万元
            or (
                first.unit
                and first.scale is None
                and then.scale
                and text[first.num_end : first.end].strip()
            )
        ):
            continue
        if "and" in between.group(0) and not _BETWEEN_BEFORE.search(_before(text, first.start)):
            continue
        if _currency_of_rate(first, then):
            then.unit = f"{first.unit} {then.unit}".strip()  # "$5-6 billion (a year)"
        first.scale, first.unit = then.scale, then.unit


_DASHES = ("-", "–", "—")


def _currency_of_rate(first: Mention, then: Mention) -> bool:
    """Whether the first end's unit is the second's too, before its rate ("$5-6 billion a
    year"); a rate the first end has of its own (日均7000到8000人次: / day) is no unit to add."""
    return (
        first.unit != ""
        and not first.unit.startswith("/ ")
        and (then.unit == "" or then.unit.startswith("/ "))
    )


def _grouped_ends(between: str, first: Mention, then: Mention) -> bool:
    """ "30,000-40,000 jobs", "1,200–1,500 euros", "210,000 to 225,000 ounces": a range of two
    full numbers, joined by a dash or "to"."""
    return between.strip() in ("-", "–", "to") and "," in then.number


def _hyphened_amounts(between: str, first: Mention, then: Mention) -> bool:
    """ "$1,200-1,500", "€20–30": a range of money written with its currency once, before."""
    return (
        between.strip() in ("-", "–")
        and first.unit in lx.CURRENCY_CODES
        and first.scale is None
        and not (then.unit or then.scale or then.qualifier)
        and first.value < then.value
    )


# Between two figures of a list: "3.5, 5.8 and 7.6 percent", "12.4 and 10.6 trillion yuan",
# "12、15和18亿元" (the Chinese clause comma ， ends a clause, not a list item).
_LIST_BETWEEN = re.compile(r"\s*[,、]\s*(?:(?:and|or)\s+|和|及)?|\s+(?:and|or)\s+|和|及|与")
_EACH = re.compile(r"\b(?:respectively|each)\b|分别|各", re.IGNORECASE)


def _units_of_lists(text: str, found: list[Mention]) -> None:
    """A list of figures written once with its unit and scale, after the last ("grew 3.5, 5.8
    and 7.6 percent respectively", "12.4 and 10.6 trillion yuan"): each bare figure before
    is in that unit and scale. A whole number of four digits or more is a full number ("412,000
    and 2.3 million yuan"): it takes the unit only. Two figures split by a comma ("3, and 45
    percent") are a list only where the text says "respectively"."""
    for index, last in enumerate(found):
        if not (last.unit or last.scale) or last.unit == "x" or index == 0:
            continue
        items: list[Mention] = []
        for position in range(index - 1, -1, -1):  # indexed: slices would copy the list
            earlier, then = found[position], found[position + 1]
            between = _LIST_BETWEEN.fullmatch(text, earlier.end, then.start)
            if between is None or not _bare_list_item(earlier, last):
                break
            if last.unit in _RATE_UNITS and "." not in earlier.number and earlier.value >= 1000:
                break  # "up 340,000 or 18%": a count restated as its rate, no list of rates
            items.append(earlier)
        if not items or (
            len(items) == 1
            and "," in text[items[0].end : last.start]
            and not _EACH.search(text, last.end, last.end + 40)
        ):
            continue
        for item in items:
            whole = "." not in item.number and item.value >= 1000
            item.unit = last.unit
            item.scale = item.scale or (None if whole else last.scale)
            item.noun = None


# The units of rates of a whole: a whole number of four digits or more is never one of them.
_RATE_UNITS = frozenset({"%", "pp", "‰"})


def _bare_list_item(mention: Mention, last: Mention) -> bool:
    """A figure written with nothing of its own, or only the list's scale; in a list of
    points, its own measure word too ("扩大1个和0.9个百分点": 个 is half of 个百分点)."""
    return (
        not mention.unit
        and (mention.noun is None or (mention.noun == "个" and last.form == "points"))
        and mention.scale in (None, last.scale)
        and "/" not in mention.number
        and ".." not in mention.number
    )


def _currency_then_scale(first: Mention, then: Mention) -> bool:
    """ "$5-6 billion", "£2-3bn a year": the currency before the first end, the scale (and
    the period of a rate) after the second."""
    return bool(
        re.fullmatch(r"[A-Z]{3}", first.unit)
        and then.scale
        and (then.unit == "" or then.unit.startswith("/ "))
    )


def _units_of_figures_restated(found: list[Mention]) -> None:
    """ "was trimmed to 41,37,218 crore ... 4137218 – 4115900", "falls $184B ... a 184 billion
    fall": a bare figure that writes the same digits as a figure stated earlier with its unit
    (and the same scale, or none) is that figure again, in its unit and scale."""
    stated: dict[str, Mention] = {}
    for mention in found:
        digits = mention.number.replace(",", "")
        if "/" in digits or ".." in digits or len(digits.replace(".", "").lstrip("0")) < 3:
            continue
        if mention.unit:
            if mention.unit != "x" and "/" not in mention.unit:
                stated[digits] = mention
            continue
        earlier = stated.get(digits)
        noun = (mention.noun or "").split()
        if earlier is None or (noun and noun[0].lower() not in lx.CHANGE_WORDS):
            continue
        scale = vocabulary.SCALES.get((mention.scale or "").lower())
        if mention.scale is None:
            mention.scale = earlier.scale
        elif scale != vocabulary.SCALES.get((earlier.scale or "").lower()):
            continue
        mention.unit = earlier.unit


# "to 417 million tonnes from 800 million": the earlier level after "from", its scale written
# again and its unit not (nor a noun of its own), straight after the later level
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_FROM_BETWEEN = re.compile(r"\s+from\s+", re.IGNORECASE)


def _units_of_earlier_levels_after(text: str, found: list[Mention]) -> None:
    """A pair written "to X from Y" with X's unit written once, after X ("rose to 417 million
    tonnes from 800 million", "to 1.2 million barrels a day from 1 million"): Y is in X's
    unit, as "from 800 million to 417 million tonnes" reads the range's unit written once."""
    for later, earlier in zip(found, found[1:], strict=False):
        if (
            later.unit
            and not earlier.unit
            and earlier.noun is None
            and later.unit not in ("x", "pp")
            and earlier.scale is not None
            and vocabulary.SCALES.get(earlier.scale.lower())
            == vocabulary.SCALES.get((later.scale or "").lower())
            and _FROM_BETWEEN.fullmatch(text, max(later.end, later.noun_end), earlier.start)
            and _TO_BEFORE.search(_before(text, later.start, 12))
        ):
            earlier.unit = later.unit


# A figure's comparative in brackets after it, with a label of its period or none: "400.3
# million euros (Q1/2002: 391.1 million)", "7.47 euros (7.24)".
_COMPARATIVE_OPENS = re.compile(r"\s*[(（]\s*(?:[^()（）:：\n]{1,16}[:：]\s*)?$")
_COMPARATIVE_CLOSES = re.compile(r"\s*[)）]")


def _units_of_comparatives(text: str, found: list[Mention]) -> None:
    """A bare figure alone in brackets straight after a figure in a currency, in the same scale
    (or none), is its comparative (a company's results: the year before) in that currency. A
    small whole number there may be a note's mark ("£5.2m (2)"): left bare."""
    for first, then in itertools.pairwise(found):
        if then.unit or first.unit not in lx.CURRENCY_CODES or then.scale != first.scale:
            continue
        if not _COMPARATIVE_OPENS.match(text[first.end : then.start]):
            continue
        if not _COMPARATIVE_CLOSES.match(text, then.end):
            continue
        if "." not in then.number and "," not in then.number and then.value < 10:
            continue
        then.unit = first.unit


def _units_of_differences_written_out(text: str, found: list[Mention]) -> None:
    """ "4159797 crore – 4137218 crore is merely 22,579": the result of a subtraction written out
    is in its operands' unit and scale when it writes none."""
    for a, b, c in zip(found, found[1:], found[2:], strict=False):
        if c.unit or c.scale or not a.unit or a.unit in ("%", "x") or "/" in a.unit:
            continue
        if (a.unit, a.scale) != (b.unit, b.scale):
            continue
        if lx.MINUS_BETWEEN_RE.match(text[a.end : b.start]) and lx.EQUALS_BETWEEN_RE.match(
            text[b.end : c.start]
        ):
            c.unit, c.scale = a.unit, a.scale


_BRACKET_BETWEEN = re.compile(r"\s*[(（]\s*")


def _restated(text: str, first: Mention, then: Mention) -> bool:
    """ "at least CNY35 million (USD4.8 million)": the same figure in another unit, in brackets
    straight after it, bounded as the first one is."""
    return bool(
        first.qualifier
        and not then.qualifier
        and first.unit not in ("", "%", "pp", "x")
        and then.unit not in ("", "%", "pp", "x")
        and _BRACKET_BETWEEN.fullmatch(text, first.end, then.start)
    )


# A quantity said to be "flat" or "unchanged": a change of +0 %. Only as the predicate of a
# quantity ("was flat at $8bn", "(flat adjusting for currency)"), never "a flat rate".
_ZERO_CHANGE_FOLLOWS = (
    r"(?=\s*[.,;:)]|\s+(?:at|in|on|from|compared|against|versus|year|over|adjusting|excluding"
    r"|after|while|and|but|since)\b)"
)
_ZERO_CHANGE = re.compile(
    # the first letters first: most positions fail on one character class
    "(?=["
    + "".join({w[0] for w in vocabulary.ZERO_CHANGE_WORDS})
    + r"])\b("
    + "|".join(w.replace(" ", r"\s+") for w in vocabulary.ZERO_CHANGE_WORDS)
    + ")"
    + _ZERO_CHANGE_FOLLOWS,
    re.IGNORECASE,
)
# The same in lower case, for the lowered text (lx.lowered_searchable), as the number words
# are scanned (`number_word_spans`): at the text's opening, or after a character no word holds,
# so that the engine skips to those characters (each word ends on a letter).
_ZERO_CHANGE_WORD = "|".join(w.replace(" ", r"\s+") for w in vocabulary.ZERO_CHANGE_WORDS)
_ZERO_CHANGE_OPENING = re.compile(f"({_ZERO_CHANGE_WORD})" + _ZERO_CHANGE_FOLLOWS)
_ZERO_CHANGE_LOWERED = re.compile(f"\\W({_ZERO_CHANGE_WORD})" + _ZERO_CHANGE_FOLLOWS)


# Most texts hold none of the words (their literals: "change", "flat", "same"...): the scan,
# which stops at every space, is skipped there.
_ZERO_CHANGE_WORDS_IN = Prefiltered(_ZERO_CHANGE_LOWERED)


def zero_change_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans of the words of no change of a lowered text, in order."""
    if not _ZERO_CHANGE_WORDS_IN.may_match(lowered):
        return []
    opening = _ZERO_CHANGE_OPENING.match(lowered)
    spans = [opening.span(1)] if opening else []
    after = opening.end() if opening else 0
    return spans + [m.span(1) for m in _ZERO_CHANGE_LOWERED.finditer(lowered, after)]


# Searched only in the few words before a word of no change, not over the whole text: a verb of
# being, or one of keeping with what is kept between ("left interest rates unchanged at 4.5%").
_ZERO_CHANGE_BEFORE = re.compile(
    r"(?:\(|\b(?:is|was|were|are|been|be|remained|remains|remain|stayed|stays|stay"
    r"|ended|closed|came\s+in)\s+(?:[a-z]+ly\s+)?"
    r"|\b(?:left|leaves?|leaving|kept|keeps?|keeping|held|holds?|holding)\s+(?:[a-z]+\s+){0,4})$",
    re.IGNORECASE,
)


# A structure written as a ratio of three or more parts ("the shares of the three sectors were
# 7.5:40.1:52.4", 三次产业结构为…): parts that add up to 100 are percentages.
# (The first digit comes first and the lookbehind after it says what one before it would say,
# so the scan skips every character that is no digit.)
_RATIO_CHAIN = re.compile(r"\d(?<![\d.:：]\d)\d*(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?){2,}(?![\d:：])")
_RATIO_PART = re.compile(r"\d+(?:\.\d+)?")


# What every ratio chain holds: a colon after a digit, a number, a colon and a digit. Colons
# are rare, digits are not: a text without this has no chain, and the chain's scan (which
# stops at every digit) is not run.
_RATIO_SHAPE = re.compile(r"[:：](?<=\d[:：])\d+(?:\.\d+)?[:：]\d")


def _with_ratio_shares(text: str, found: list[Mention]) -> list[Mention]:
    if _RATIO_SHAPE.search(text) is None:
        return found
    chains = [c for c in _RATIO_CHAIN.finditer(text) if not _time_of_day(_parts_of(c))]
    whole = [_sums_to_100(_parts_of(c)) for c in chains]
    paired: set[int] = set()
    # "moved from 12:40:48 to 11:41:48": a ratio that a structure of as many parts changes
    # into (or from) is that structure at another time, whatever its sum; the rule on shares
    # then says whether its parts add up
    for i, (a, b) in enumerate(zip(chains, chains[1:], strict=False)):
        if (
            len(_parts_of(a)) == len(_parts_of(b))
            and _RATIO_FROM_TO.match(text, a.end(), b.start())
            and _RATIO_FROM.search(text, max(0, a.start() - 12), a.start())
        ):
            whole[i] = whole[i + 1] = whole[i] or whole[i + 1]
            paired.update((i, i + 1))
    shares: list[Mention] = []
    for i, chain in enumerate(chains):
        if not whole[i]:
            continue
        # only a structure that changes can fail to add up: it alone is linked for the check
        number = i + 1 if i in paired else 0
        for part in _RATIO_PART.finditer(chain.group(0)):
            start, end = chain.start() + part.start(), chain.start() + part.end()
            shares.append(Mention(start, end, start, end, part.group(0), unit="%", ratio=number))
    if not shares:
        return found
    spans = sorted((m.start, m.end) for m in shares)
    kept = [m for m in found if not _overlaps_any(spans, m.start, m.end)]
    return sorted(kept + shares, key=lambda m: m.start)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans`, sorted and disjoint (a ratio chain's
    parts): only the last span starting before `end` can, as the ends rise with the starts."""
    before = bisect.bisect_left(spans, (end, -1))
    return before > 0 and spans[before - 1][1] > start


_RATIO_FROM = re.compile(r"\bfrom\s+$|由$|从$", re.IGNORECASE)
_RATIO_FROM_TO = re.compile(
    r"(?:\s*(?:in\s+)?\d{4}年?)?\s*(?:to|调整为|变为|调整到|变化为)\s*", re.IGNORECASE
)


def _parts_of(chain: re.Match[str]) -> list[str]:
    return _RATIO_PART.findall(chain.group(0))


def _sums_to_100(parts: list[str]) -> bool:
    """Parts that add up to 100, each rounded to its last digit (the sum may miss 100 by half a
    unit apiece)."""
    total = sum(parse_decimal(part) for part in parts)
    slack = sum(Fraction(1, 2 * 10 ** len(_decimals(part))) for part in parts)
    return abs(total - 100) <= slack


def _time_of_day(parts: list[str]) -> bool:
    """20:40:40 is a time, whatever its sum."""
    return (
        len(parts) == 3
        and all(part.isdigit() for part in parts)
        and int(parts[0]) < 24
        and all(len(part) == 2 and int(part) < 60 for part in parts[1:])
    )


def _decimals(number: str) -> str:
    return number.partition(".")[2]


def _before(text: str, start: int, size: int = 40) -> str:
    return text[max(0, start - size) : start]


_INDIAN_SCALES = frozenset(w for w, s in vocabulary.SCALE_NAMES.items() if s in ("crore", "lakh"))


class _Money:
    """What the whole text says of its money (and of its weather): ¥ is yuan in a text of yuan (else yen), a "p"
    run into a number is pence in a text of pounds ("shares rose 12p to 340p"), an "R" before
    it the rand in a text of rand. Each is read from the text's head the first time a figure
    asks: most texts never do, and searching every article for each cost 6 % of extraction."""

    def __init__(self, text: str) -> None:
        self._head = text[:20000]

    @functools.cached_property
    def yuan(self) -> bool:
        return bool(_YUAN_TEXT.search(self._head))

    @functools.cached_property
    def sterling(self) -> bool:
        return bool(_STERLING_TEXT.search(self._head))

    @functools.cached_property
    def rand(self) -> bool:
        return bool(_RAND_TEXT.search(self._head))

    @functools.cached_property
    def rupee(self) -> str:
        """The rupee "Rs" writes: Pakistan's, Sri Lanka's or Nepal's in a text that names that
        country and not India, else India's."""
        if _INDIA_TEXT.search(self._head):
            return "INR"
        for country, code in _RUPEE_COUNTRIES:
            if country.search(self._head):
                return code
        return "INR"

    @functools.cached_property
    def taiwan_dollars(self) -> bool:
        return bool(_TAIWAN_DOLLAR_TEXT.search(self._head)) and not _RENMINBI_TEXT.search(
            self._head
        )

    @functools.cached_property
    def temperatures(self) -> bool:
        """A text of the weather: "41.6C" in it is degrees, not a seat or a grade."""
        return bool(lx.TEMPERATURE_TEXT_RE.search(self._head))

    @functools.cached_property
    def local_dollar(self) -> str | None:
        """The one dollar other than the US one a text names as its own, where it marks its US
        amounts apart ("the Aussie dollar fell to 71 US cents"): its bare "$" is that dollar."""
        if not _US_DOLLAR_MARK.search(self._head):  # first: one search, and few texts mark US$
            return None
        codes = {code for pattern, code in _LOCAL_DOLLARS if pattern.search(self._head)}
        return codes.pop() if len(codes) == 1 else None

    @functools.cached_property
    def naira(self) -> bool:
        return bool(_NAIRA_TEXT.search(self._head))

    def letter_currency(self, letter: str) -> str | None:
        """The currency a capital letter run into an amount writes in this text: "R" the rand
        in a text of rand, "N" the naira in a text of naira."""
        if letter == "R" and self.rand:
            return "ZAR"
        if letter == "N" and self.naira:
            return "NGN"
        return None


_YUAN_TEXT = re.compile(r"yuan|RMB|renminbi|元|China|Chinese")
_LOCAL_DOLLARS = [
    (re.compile(pattern, re.IGNORECASE), code) for pattern, code in vocabulary.LOCAL_DOLLAR_NAMES
]
_US_DOLLAR_MARK = re.compile(vocabulary.US_DOLLAR_MARKS, re.IGNORECASE)
# (in the folded text: 新台幣 reads 新台币)
_TAIWAN_DOLLAR_TEXT = re.compile(r"新台币|台币|NT\$|\bTWD\b")
_RENMINBI_TEXT = re.compile(r"人民币|RMB|renminbi|\bCNY\b|yuan", re.IGNORECASE)
# (a British text writes its prices in pence too: "the FTSE 250 firm's shares rose 3p")
_STERLING_TEXT = re.compile(
    r"£|\bpence\b|\bGBP\b|\bsterling\b|\bFTSE\b|\bUK\b|\bBritain\b|\bBritish\b", re.IGNORECASE
)
# "R" run into a number is the rand in a text that names it (elsewhere a road or a grade)
_RAND_TEXT = re.compile(r"\brand\b|\bZAR\b|South\s+Africa", re.IGNORECASE)
_INDIA_TEXT = re.compile(r"\bIndia|₹|\bINR\b")
_RUPEE_COUNTRIES = (
    (re.compile(r"\bPakistan"), "PKR"),
    (re.compile(r"\bSri\s+Lanka"), "LKR"),
    (re.compile(r"\bNepal"), "NPR"),
)
# ... and "N" the naira in a Nigerian text ("N5 billion", "N250,000")
_NAIRA_TEXT = re.compile(r"\bnaira\b|\bNGN\b|₦|Nigeria", re.IGNORECASE)
_LETTER_BEFORE = re.compile(r"(?:^|[^\w$])[RN]$")


def _letter_amount(text: str, before: str, start: int, end: int, money: _Money) -> bool:
    """ "R18.50", "R5,8-billion", "N250bn" in a text of rand or of naira: an amount, written
    with decimals, thousands or a scale (a bare "R61" is a road as often as a price, "N2" a
    grade)."""
    return bool(
        money.letter_currency(before[-1:])
        and _LETTER_BEFORE.search(before[-2:])
        and (re.search(r"[.,]", text[start:end]) or _SCALE_AFTER.match(text, end))
    )


def _no_figure(text: str, before: str, start: int, end: int, money: _Money) -> bool:
    """Digits that state no figure of their own: a road or model named with an R ("the R61"),
    a piece of a time, date or name, the base of a rate ("kWh per 10 thousand dollars"), a
    note's mark ("rose 3.2%[1]", "3.2%1": a superscript kept as plain text)."""
    if before.endswith(("R", "N")) and not _letter_amount(text, before, start, end, money):
        return True
    if before.endswith("[") and _NOTE_MARK.fullmatch(text, start - 1, min(len(text), end + 1)):
        return True
    if _bracketed_note_mark(text, start, end):
        return True
    if before.endswith(("%", "％")) and end - start <= 2:
        return True
    return not _stands_alone(text, before, start, end) or bool(_PER_BEFORE.search(before[-6:]))


# A fraction written with a slash, before what it is a part of: "1/3 of", "1/4的", "2/3以上".
_SLASH_FRACTION = re.compile(r"(\d{1,2})/(\d{1,3})(?=\s+of\s|的|以上|左右)", re.IGNORECASE)
# ... and one a Chinese share names before it: 占全国的1/4, 约占1/3 (a date takes no 占)
_BARE_SLASH_FRACTION = re.compile(r"(\d{1,2})/(\d{1,3})(?![\d/])")
_CJK_SHARE_BEFORE = re.compile(r"占[^，,。；;！？\d]{0,12}$")


def _slash_fraction(text: str, before: str, start: int, end: int) -> re.Match[str] | None:
    """A fraction written with a slash from the number at `start` ("1/3 of voters", 约1/4的企业,
    占全国的1/4), where the words around make it one (a date takes neither)."""
    if not text.startswith("/", end):
        return None
    fraction = _SLASH_FRACTION.match(text, start)
    if fraction is None and _CJK_SHARE_BEFORE.search(before):
        fraction = _BARE_SLASH_FRACTION.match(text, start)
    return fraction


def _read_slash_fraction(text: str, fraction: re.Match[str], before: str) -> Mention:
    """ "1/3 of voters", 约1/4的企业, 2/3以上: a part of a whole (a date or a ratio takes no
    "of"), with its qualifier before it or, in Chinese, after it."""
    start, end = fraction.start(), fraction.end()
    mention = Mention(start, end, start, end, fraction.group(0))
    chinese = lx.CJK_QUALIFIER_BEFORE_RE.search(before) if _CJK.match(before[-1:] or " ") else None
    if chinese:
        mention.qualifier = lx.CJK_QUALIFIERS_BEFORE[chinese.group(1)]
        mention.start = start - (len(before) - chinese.start(1))
        return mention
    mention.end = _cjk_qualifier_after(text, mention, end)
    return _with_qualifier(mention, _qualifier_before(text, start))


# A note's mark in square brackets: "[1]", "[12]" (a figure is never written so).
_NOTE_MARK = re.compile(r"\[\d{1,3}\]")
# ... and in round ones: "(1)", "(1,2)", "(3-5)", read by what stands around them.
_BRACKETED_MARK = re.compile(r"\((\d{1,3}(?:[,–-]\d{1,3})*)\)")
_SPACED_MARK_ENDS = re.compile(r"[.,;]|[^\S\n]*(?:\n|$)")


def _bracketed_note_mark(text: str, start: int, end: int) -> bool:
    """A note's mark in round brackets: run into what it marks ("EPS of $1.42(1)", "from
    currency moves.(2)"), or a number of one or two digits after a plain word, closing its
    clause ("among older adults (1)."). After a name it counts ("deaths in Kent (84)"), and
    before a word it numbers a list item (_list_number)."""
    opening = text.rfind("(", max(0, start - 12), start)
    if opening < 1:
        return False
    mark = _BRACKETED_MARK.match(text, opening)
    if mark is None or mark.end() < end + 1:
        return False
    before = text[opening - 1]
    if before.isascii() and (before.isalnum() or before in ".,;:%)"):
        return True
    word = re.search(r"([A-Za-z]+)[^\S\n]$", text[max(0, opening - 30) : opening])
    return bool(
        word
        and word.group(1).islower()
        and mark.group(1).isdigit()
        and len(mark.group(1)) <= 2
        and _SPACED_MARK_ENDS.match(text, mark.end())
    )


# One to two digits after a comma cannot be a group of thousands: a decimal comma, where the
# candidate (in a text of decimal points) stopped before it.
_DECIMAL_COMMA_AFTER = re.compile(r",(\d{1,2})(?![\d,])")


_SPACED_GROUP = re.compile(r"[ \u00a0\u2009\u202f](?=\d{3})")


_DECIMAL_COMMA_END = re.compile(r",\d{1,2}$")  # "12,5": a decimal comma, not a group


# The fraction of a mixed number written with a slash after its whole ("5 1/2 inches", "7 3/4
# per cent"): a part in halves, thirds, quarters or eighths, no date ("3 1/2/2020") going on.
_MIXED_FRACTION_AFTER = re.compile(r" ([1-7])/([2348])(?![/\d])")


def _written_number(text: str, before: str, start: int, end: int) -> tuple[str, int] | None:
    """The candidate's number as a value text reads it, and where it ends. "12,5" in a text of
    decimal points is read as a decimal only with what makes it an amount, a unit or scale
    after it or a currency before it; with nothing it may be a list ("items 3,4"): left out."""
    number = text[start:end]
    if number.startswith("."):
        number = "0" + number
    spaced = _SPACED_GROUP.search(number)
    if spaced and _MONTH_BEFORE.search(before):  # "on May 12 300 people": a day, then a figure
        return None
    if spaced:
        number = _SPACED_GROUP.sub(",", number)  # "12 000" is written as the claim file has it
    if "," in number and _DECIMAL_COMMA_END.search(number):
        number = number.replace(",", ".")  # a decimal comma: the candidate took it as one
    fraction = vocabulary.VULGAR_FRACTIONS.get(text[end : end + 1])
    if fraction is not None and number.isdigit():  # "2½ per cent"
        return numerals.value_text(int(number) + fraction), end + 1
    mixed = _MIXED_FRACTION_AFTER.match(text, end)
    if mixed and number.isdigit() and 0 < int(mixed.group(1)) < int(mixed.group(2)):
        part = Fraction(int(mixed.group(1)), int(mixed.group(2)))  # "2 1/2 months"
        return numerals.value_text(int(number) + part), mixed.end()
    decimals = _DECIMAL_COMMA_AFTER.match(text, end)
    if decimals is None:
        return number, end
    if not (_unit_follows(text, decimals.end()) or lx.CURRENCY_PREFIX_RE.search(before)):
        return None
    return number + "." + decimals.group(1), decimals.end()


def _read_digits(text: str, start: int, end: int, money: _Money) -> Mention | None:
    """A number in digits, read outwards: what runs into it, what stands before it (currency,
    qualifier, sign), then what follows (scale, unit, "in M", a second share, a compound)."""
    before = _before(text, start)
    written = _written_number(text, before, start, end)
    if written is None:
        return None
    number, end = written
    fraction = _slash_fraction(text, before, start, end)
    if fraction and 0 < int(fraction.group(1)) < int(fraction.group(2)):
        return _read_slash_fraction(text, fraction, before)
    if _no_figure(text, before, start, end, money):
        return None
    mention = Mention(start, end, start, end, number)
    rest = _read_glued(text, mention, before, money)
    if rest is None:
        return None
    if rest == end and before.endswith(("百分之", "千分之")):  # 年增率達百分之24.4
        return _cjk_share_of(text, mention, start - 3, before.endswith("千分之"))
    if rest == end and (
        _CJK.match(text[end : end + 1] or " ")
        or (_CJK.match(before[-1:] or " ") and lx.CJK_QUALIFIER_BEFORE_RE.search(before))
        or (_SPACED_CJK_GROUP.match(text, end) and not _LATIN_BEFORE.search(before))
        or (_SPACED_CJK_UNIT.match(text, end) and not _LATIN_BEFORE.search(before))
    ):
        return _read_cjk(text, mention, before)  # a Chinese number: 31723.1亿元, 5万, 约5.1%
    if not _read_before(text, mention, before, rest, money):
        return None
    if mention.scale is None and _read_in(text, mention, rest):
        return mention
    pair = _PAIR_AFTER.match(text, rest)
    if pair and Fraction(pair.group(1)) < mention.value <= 100 and not mention.unit:
        mention.unit = "%"  # "passed 66 - 34%": the sign ends a pair of shares
        mention.end = rest
        return mention
    age = _AGE.match(text, rest)
    if age and not mention.unit:
        mention.unit, mention.end = lx.DURATION_UNITS[age.group(1).lower()], age.end()
        return mention
    if _score_or_tally(text, mention, rest):
        return None
    if text[rest : rest + 1] == "-":  # a compound adjective: "a 30-foot-tall wall"
        if _read_compound_adjective(text, mention, rest):
            return mention
        if _unit_follows(text, rest + 1):
            rest += 1  # "a 27.6-percent rise"
    _read_after(text, mention, rest, number.replace(",", ""), money)
    _finish_unit(text, mention)
    _read_exchange_rate(text, mention)
    return mention


def _read_exchange_rate(text: str, mention: Mention) -> None:
    """A figure in one currency per another is a rate of exchange ("6.12 yuan per dollar" is
    6.12 CNY/USD); a bare figure against a currency is in the one the clause names before it
    ("the rupee fell to 83.2 against the dollar"). Nothing where the clause names none."""
    if mention.scale is not None or mention.unit not in ("", *lx.CURRENCY_CODES):
        return
    after = lx.EXCHANGE_RATE_AFTER_RE.match(text, mention.end)
    if after is None:
        return
    base = lx.currency_code(after.group("base"))
    quote = mention.unit
    if not quote:
        clause = _CLAUSE_BEFORE.search(_before(text, mention.start, 120))
        named = lx.CURRENCY_NAMED_RE.findall(clause.group(0)) if clause else []
        quote = lx.currency_code(named[-1]) or "" if named else ""
    if base and quote and quote != base:
        mention.unit, mention.end = f"{quote}/{base}", after.end()


_CLAUSE_BEFORE = re.compile(r"[^.;!?\n]*$")


# A rate per an amount of value named before its figure: "raising the rate per $1,000 of
# assessed value to $10.73", "the levy per $100 of valuation is $2.10".
_PER_VALUE_BEFORE = re.compile(
    r"\bper\s+(?P<cur>[$€£])\s?(?P<amount>\d{1,3}(?:,\d{3})*|\d+)\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:value|valuation)\b[^.;\d$€£]{0,40}?\b(?:to|at|of|is|was|be)\s+$",
    re.IGNORECASE,
)


# "a daily average of", "the weekly average was", "average daily ridership of": the figure
# after is a rate per that period (an annual average of a growth rate is no rate: not read).
_AVERAGE_PER_PERIOD_BEFORE = Prefiltered(
    re.compile(
        r"\b(?:(daily|weekly|monthly)\s+average|average\s+(daily|weekly|monthly)(?:\s+[a-z]+)?)"
        r"\s+(?:of|was|is|were|stood\s+at|reached|hit|rose\s+to|fell\s+to)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$",
        re.IGNORECASE,
    )
)


_AGED_BEFORE = re.compile(
    r"\b(?:aged|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:[-–]|to|and)\s*)?$", re.IGNORECASE
)


def _finish_unit(text: str, mention: Mention) -> None:
    """What the words around say of a figure's unit once it is read: rupees for an amount in
    crore or lakh that counts nothing, a rate per an amount of value named before it."""
    if _rupees_by_scale(mention):
        mention.unit = "INR"
    if not mention.unit and mention.scale is None and mention.noun is None:
        if _AGED_BEFORE.search(_before(text, mention.start, 24)):
            mention.unit = "year"  # "aged 45", "players aged 18-24": an age in years
    if "/" not in mention.unit and mention.unit not in _NOT_PER_PERIOD:
        average = _AVERAGE_PER_PERIOD_BEFORE.search(_before(text, mention.start, 60))
        if average:  # "a daily average of 8.8 million trips": so many a day
            period = lx.rate_adverb_period(average.group(1) or average.group(2))
            mention.unit = f"{mention.unit} / {period}".strip()
    per = _PER_VALUE_BEFORE.search(_before(text, mention.start, 90)) if mention.unit else None
    if per and len(mention.unit) == 3 and mention.scale is None:
        code = lx.CURRENCY_PREFIX_CODES.get(per.group("cur"))
        if code == mention.unit:
            amount = per.group("amount").replace(",", "")
            mention.unit = f"{mention.unit} / ({amount} {code})"


# An amount as a compound adjective: "a 5-billion-dollar plan", "a 40-million-pound deal" (not
# "a 100-billion-yuan-level cluster", a class of size).
_SCALE_MONEY_COMPOUND = re.compile(
    r"-(thousand|million|billion|trillion)-(dollars?|pounds?|euros?|yuan|yen|rupees?)(?![-‐\w])",
    re.IGNORECASE,
)


def _read_compound_adjective(text: str, mention: Mention, rest: int) -> bool:
    """ "a 30-foot wall", "a 90-day window": the figure in its unit. "a 7-point lead" counts
    points as "7 points" does (beside percentages, the links read them as percentage points)."""
    money = _SCALE_MONEY_COMPOUND.match(text, rest)
    if money and not mention.unit and mention.scale is None:  # "a 5-billion-dollar plan"
        written = money.group(2).lower()
        mention.scale = money.group(1).lower()
        mention.unit = "GBP" if written.startswith("pound") else lx.currency_code(written) or ""
        mention.end = money.end()
        return True
    compound = _COMPOUND_UNIT.match(text, rest)
    if compound is None or mention.unit:
        return False
    word = compound.group(1)
    unit = lx.other_unit(word) or lx.DURATION_UNITS.get(word.lower())
    if unit:
        mention.unit, mention.end = unit, compound.end()
        return True
    if word.lower() in ("point", "points"):
        mention.noun, mention.noun_end = "points", compound.end()
        return True
    return False


def _rupees_by_scale(mention: Mention) -> bool:
    """ "trimmed to 41,15,870 crore": an amount in crore or lakh that counts nothing is in rupees,
    as Indian writing leaves it."""
    if mention.unit or (mention.scale or "").lower() not in _INDIAN_SCALES:
        return False
    noun = (mention.noun or "").split()
    return not noun or noun[0].lower() in lx.CHANGE_WORDS


_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)


def _stands_alone(text: str, before: str, start: int, end: int) -> bool:
    """Not a piece of a time, ratio, date, version or name ("10:30", "1.2.3", "COVID-19"),
    though the second of a split of shares ("54-46%") or of a range ("5-6%") is a figure."""
    after = text[end : end + 2]
    if after[:1] in (":", "/", ".") and after[1:2].isdigit():
        return False
    # a Chinese character is no letter of a name: 增长率为-1.5‰ is a figure with its sign
    joined = before[-2:-1]
    if before.endswith("-") and joined.isalnum() and not _CJK.match(joined):
        if not joined.isdigit():  # "3.5bn-4bn", "the 2 percent-to-4 percent range"
            return bool(_SCALED_RANGE_START.search(before) or _PERCENT_TO_BEFORE.search(before))
        return _split_pair(text, before, start, end) or _range_end(text, before, start, end)
    return not _tally_end(text, before, start, end)


# The first of a score or tally joined by a dash ("voted 6–3", "won 3—2"): a hyphen's are
# read with the ranges above.
_TALLY_START = re.compile(r"(?<![\d.,/-])(\d{1,3})[–—比]$")


def _tally_end(text: str, before: str, start: int, end: int) -> bool:
    """Whether the number ends a score or tally joined by a dash, as _score_or_tally reads
    one (the larger or an equal first, no unit after)."""
    first = _TALLY_START.search(before) if before.endswith(("–", "—", "比")) else None
    written = text[start:end]
    return bool(
        first
        and written.isdigit()
        and int(written) <= int(first.group(1))
        and not _unit_follows(text, end)
        and not (before.endswith("比") and _CJK_RATIO_BEFORE.search(before, 0, first.start()))
    )


# The first end of a range in percent and "to" hyphened to the second ("2 percent-to-4 percent").
_PERCENT_TO_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)-?\s*to-$", re.IGNORECASE)
# The first end of a range, its scale run into it: "3.5bn-4bn euros", "$2m-3m".
_SCALED_RANGE_START = re.compile(
    r"(?<![\w.,])\d+(?:\.\d+)?(?:" + "|".join(lx.GLUED_SCALES) + r")-$", re.IGNORECASE
)


# The first end of a range and its hyphen; one of a chain ("2023-11-24") is a piece of a date.
def abridged_thousands(first: str, second: str) -> str | None:
    """The first end of a range that leaves its thousands to the second ("30-40,000",
    "5-10,000", "70-100,000": 30,000, 5,000, 70,000), written out; None where the ends are
    two whole numbers of one kind or the first is no smaller than the second's lead."""
    groups = second.split(",")
    if not (first.isdigit() and all(g.isdigit() for g in groups) and len(groups) > 1):
        return None
    if set(groups[1:]) != {"000"} or int(first) >= int(groups[0]):
        return None
    return first + ",000" * (len(groups) - 1)


_RANGE_START = re.compile(r"(?<![\d./-])(?<!\d,)(\d{1,3}(?:,\d{3})*(?:\.\d+)?)-$")
_SHORT_NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _range_end(text: str, before: str, start: int, end: int) -> bool:
    """Whether the number ends a range written with a hyphen ("5-6%", "10-15 million people",
    "200-300 jobs", "aged 18-24", "30,000-40,000 jobs"): the smaller first, no date or score
    ("2019-20", "3-2"); a second end of four digits or more needs its unit after it
    ("555-1234" is a phone number) or both ends their thousands set apart by commas."""
    first = _RANGE_START.search(before)
    if first is None or re.match(r"[-/.]\d", text[end : end + 2]):
        return False
    written = text[start:end]
    grouped = _GROUPED_NUMBER.fullmatch(written) is not None
    if grouped and abridged_thousands(first.group(1), written) is not None:
        return True  # "30-40,000": the first end is 30,000
    if grouped != ("," in first.group(1)):
        return False  # "3-4,000.5" and "3,000-4" are no ranges of one kind
    if _identifier_before(before[: first.start()], text, start - len(before) + first.start()):
        return False  # "pp. 14-15", "articles 3-5": the second of two names
    return parse_decimal(first.group(1).replace(",", "")) < parse_decimal(
        written.replace(",", "")
    ) and bool(grouped or _SHORT_NUMBER.fullmatch(written) or _unit_follows(text, end))


# not "3-4.5", "3-4,000", "3-4%"; 以3比1获胜 (won 3-1) in Chinese
_SCORE_AFTER = re.compile(r"(?:[-–—]|(?P<bi>比))(\d{1,3})(?![\d%]|[.,]\d)")


def _score_or_tally(text: str, mention: Mention, position: int) -> bool:
    """ "won 3-2", "voted 52-48", "a 7-2 ruling": a score or a tally, the larger (or an equal)
    first and no unit, is one pair of numbers that neither end states alone (a range is written smaller
    first, a split of shares with its percent sign)."""
    after = _SCORE_AFTER.match(text, position)
    return bool(
        after
        and not mention.unit
        and mention.scale is None
        and mention.number.isdigit()
        and int(after.group(2)) <= int(mention.number)  # "a 50-50 split", "drew 2-2"
        and not _unit_follows(text, after.end())
        and not (after.group("bi") and _CJK_RATIO_BEFORE.search(_before(text, mention.start, 8)))
    )


# A ratio named before two counts joined by 比 (男女比例为105比100): two figures, no score.
_CJK_RATIO_BEFORE = re.compile(r"比例|之比|比率|比值|比為|比为")


# Units written straight after the number ("5km", "3kWh", "5pct"): read with the others.
_GLUED_UNITS = frozenset(
    "km kg kwh mw gw kw gwh twh mwh cm mm ha sqm km2 m2 pct pc bp bps mph kph ft pp ppt ppts pts".split()
)


# Grams, milligrams and millilitres run into a figure ("a 400g pack", "2.5mg", "750ml"), in
# lower case only: "5G" names a network; kilotonnes and megatonnes as mining reports write
# them ("12.5kt", "3.2Mt"), where "kt" alone is a knot; data in bytes by its upper-case
# symbols ("15GB", "2TB").
_GLUED_CASED_UNITS = frozenset({"g", "mg", "ml", "kt", "Mt"} | set(lx.DATA_UNIT_OF_SYMBOL))
# The line counts of video modes, written with a "p" ("720p", "1080p"): no pence.
_VIDEO_LINES = frozenset("240 360 480 576 720 1080 1440 2160 4320".split())


def _read_glued(text: str, mention: Mention, before: str, money: _Money) -> int | None:
    """Letters run into the number: a scale ("5bn", "$184B"), a factor ("3x"), pence in a text
    of pounds ("99p") or a unit read later; where the number goes on (None) they make it a name
    ("5G", "1st", "3D")."""
    end = mention.num_end
    glued = _GLUED.match(text, end)
    if not glued:
        return end
    letters = glued.group(1)
    lower = letters.lower()
    if _ORDINAL.fullmatch(letters):
        return None
    if lower in lx.GLUED_SCALES and _glued_scale(letters, before, text, end + len(letters)):
        mention.scale = lx.GLUED_SCALES[lower]
        return end + len(letters)
    if lower in lx.SCALE_WORDS and len(lower) > 3:  # "9.659billion"
        mention.scale = lx.SCALE_WORDS[lower]
        return end + len(letters)
    if lower == "x":
        mention.unit = "x"
        mention.end = end + 1
        return end + 1
    if letters in lx.TEMPERATURE_LETTERS and _temperature_glued(before, money):
        mention.unit = lx.TEMPERATURE_LETTERS[letters]  # "temperatures hit 40C"
        mention.end = end + 1
        return end + 1
    if lower in lx.GLUED_RATE_ABBREVIATIONS and _currency_before(before):
        return end  # "£1,000pcm": the rate is read with the money's unit
    if (
        letters == "p"
        and money.sterling
        and not text.startswith(".m", end + 1)  # "5p.m."
        and mention.number not in _VIDEO_LINES  # "a 1080p screen"
    ):
        mention.number = numerals.value_text(mention.value / 100)
        mention.unit = "GBP"
        mention.end = end + 1
        return end + 1
    if letters == "t":  # tonnes as mining reports write them: "94,900t"
        mention.unit = "t"
        mention.end = end + 1
        return end + 1
    return end if lower in _GLUED_UNITS or letters in _GLUED_CASED_UNITS else None


def _temperature_glued(before: str, money: _Money) -> bool:
    """Whether a "C" or "F" run into a number makes it degrees: after a word of the weather in
    its clause ("temperatures hit 40C"), or anywhere in a text that speaks of temperatures
    ("Pearce reached 41.6C", "Max 35C, min 21C" in a weather report), unless a word before
    makes the number a name ("Seat 40C")."""
    if lx.TEMPERATURE_BEFORE_RE.search(before):
        return True
    if not money.temperatures:
        return False
    found = _word_before(before)
    return found is None or found[0].rstrip(".").lower().rstrip("s") not in _IDENTIFIER_WORDS


def _read_before(text: str, mention: Mention, before: str, rest: int, money: _Money) -> bool:
    """Currency, qualifier and sign before the number; False when it is a year used as a date
    or a number naming something, with no unit, scale or qualifier to say otherwise."""
    start = mention.num_start
    currency = _currency_before(before)
    letter = money.letter_currency(before[-1:]) if currency is None else None
    if letter:  # read_digits let through the rand and the naira only
        currency = (letter, 1)  # "R18.50", "N5 billion" in a text of rand or naira
    prefix_start = start
    if currency:
        code, length = currency
        if code == "CNY" and text[start - length : start].strip() in ("¥", "￥") and not money.yuan:
            code = "JPY"
        if code == "INR" and text[start - length : start].startswith("Rs"):
            code = money.rupee  # "Rs 14.5 trillion" in a text of Pakistan
        if code == "USD" and text[start - length : start].strip() == "$" and money.local_dollar:
            code = money.local_dollar  # "$36 billion" where the text's own is the Aussie dollar
        mention.unit = code
        prefix_start = start - length
    qualifier = _qualifier_before(text, prefix_start)
    if not currency and not qualifier and not _unit_follows(text, rest):
        if (
            _YEAR.match(mention.number)
            and mention.scale is None
            and not moved_from_a_figure(text, mention.num_start, mention.num_end)
            and not _tallied_count(text, before, rest)
        ):
            return False
        if (
            _identifier_before(before, text, start)
            and mention.scale is None  # "Gatwick 31.4m": a scale run into it counts
        ):
            return False  # "Windows 11"
    sign = _sign_before(text, prefix_start, rest)
    if sign and not qualifier:
        mention.sign = sign
        prefix_start -= 1
    elif not qualifier and (minus := _minus_word_before(text, prefix_start)):
        mention.sign = "-"
        prefix_start -= minus
    if qualifier:
        mention.qualifier, mention.qualifier_text, prefix_start = qualifier
    mention.start = prefix_start
    return True


# Words before four digits that make them a date or a year's name, whatever follows: "in 2031
# points were...", "the 2019 votes", "Labour's 1997 seats".
_DATED_OR_NAMED_BEFORE = re.compile(
    r"(?:\b(?:"
    + "|".join(sorted(lx.DETERMINERS | lx.PREPOSITIONS - {"with", "of", "than", "about", "around"}))
    + r")|['’]s?)\s+$",
    re.IGNORECASE,
)


def _tallied_count(text: str, before: str, rest: int) -> bool:
    """Four digits a year could be, before what a player, team or candidate tallies ("scored
    2031 points", "with 1984 votes"): a count, unless a date's preposition, a determiner or a
    possessive before makes them the year ("in 2019 votes were cast", "the 2019 votes")."""
    return bool(
        lx.TALLIED_NOUNS_AFTER_RE.match(text, rest) and not _DATED_OR_NAMED_BEFORE.search(before)
    )


# A figure a change starts from, and the year it is of: "from 2,222 (in 2009) to".
_FIGURE_FROM = r"(?P<figure>\d[\d,.]*)(?:\s+in\s+(?:1[89]|20|21)\d{2})?"
_MOVED_FROM_BEFORE = re.compile(r"\bfrom\s+" + _FIGURE_FROM + r"\s+to\s+$", re.IGNORECASE)
_MOVED_FROM_AFTER = re.compile(r",?\s+(?:up|down)\s+from\s+" + _FIGURE_FROM, re.IGNORECASE)
# "512 crashes in 2031, up from 440": a date's preposition makes the four digits the time of the
# figure before them, not the level the change reached
_DATED_BY = re.compile(r"\b(?:in|during|since|until|through)\s+$", re.IGNORECASE)


def moved_from_a_figure(text: str, start: int, end: int) -> bool:
    """Whether four digits that could be a year are the figure a change reaches from a figure
    that is no year ("fell from 2222 to 1857", "was 1857, down from 2,222"): a year is never
    the end of a change between counts."""
    before = _MOVED_FROM_BEFORE.search(text, max(0, start - 40), start)
    dated = _DATED_BY.search(text, max(0, start - 10), start)
    moved = before or (None if dated else _MOVED_FROM_AFTER.match(text, end))
    if moved is None:
        return False
    figure = moved.group("figure").rstrip(",.")
    return _YEAR.match(figure) is None


# What a one-letter glued "m" measures when it is metres, not millions: "1.8m tall", "the
# 100m race", "a 30m-high wall".
_METRES_AFTER = re.compile(
    r"-|\s+(?:tall|high|long|wide|deep|away|above|below|under|in\s+(?:height|length|diameter|depth)"
    r"|race|run|sprint|hurdles|freestyle|backstroke|breaststroke|butterfly|relay|dash|mark)\b",
    re.IGNORECASE,
)


def _glued_scale(letters: str, before: str, text: str, position: int) -> bool:
    """Whether letters run into a number are its scale ("5bn", "$184B", "217m passengers")."""
    if len(letters) > 1 or _currency_before(before):
        return True
    if letters == "K":
        return _thousands_k(text, position)
    if letters in "bBtT":
        return False  # "5B" names a grade or a pencil, "5t" weighs; "$1.2T" is money
    if letters == "M" and _brand_opens_sentence(before, text, position):
        return False  # "3M cut 2,500 jobs": a company, the subject of its verb
    second = _SCALED_RANGE_END.match(text, position)
    if second:  # "2m-3m dollars": the first end of a range, in the second's scale
        position = second.end()
    return not _METRES_AFTER.match(text, position)


_SCALED_RANGE_END = re.compile(r"-\d+(?:\.\d+)?(?:" + "|".join(lx.GLUED_SCALES) + r")\b")
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
_WHOLE_M = re.compile(r"(?<![\d.,])\d{1,3}M$")


def _brand_opens_sentence(before: str, text: str, position: int) -> bool:
    """Whether a whole number with a capital M opens its sentence as a company's name, a verb
    (or a possessive) after it ("3M cut 2,500 jobs", "3M's sales"); "5M people" counts."""
    if not _sentence_starts(before) or not _WHOLE_M.search(text, max(0, position - 5), position):
        return False
    word = _WORD_AFTER.match(text, position)
    return text.startswith(("'s", "’s"), position) or bool(word and word.group(1) in lx.VERBS)


# What a "K" run into a number names when it is no thousands: a race ("a 10K run"), a screen
# ("8K"), a gold ("18K"), a size in memory ("64K").
_K_NAMES_AFTER = re.compile(
    r"[-\s]*(?:races?|runs?|walks?|fun\s+runs?|marathons?|courses?|screens?|tv|video|displays?"
    r"|gold|ram|memory|resolution|chips?|modems?|ultra\w*)\b",
    re.IGNORECASE,
)


def _thousands_k(text: str, position: int) -> bool:
    """ "275K jobs", "1.5K": an upper-case K is thousands on a number of three digits or with
    decimals; "5K", "10K", "18K", "4K" name a race, a gold or a screen."""
    number = _NUMBER_BEFORE_K.search(text, max(0, position - 20), position - 1)
    return bool(number) and not _K_NAMES_AFTER.match(text, position)


_NUMBER_BEFORE_K = re.compile(r"(?<![\d.,])(?:\d{3}|\d+\.\d+)$")


def _currency_before(before: str) -> tuple[str, int] | None:
    # searched (a pattern ending in `$` tries every position) only where a sign or a letter is
    if not _CURRENCY_HINT.search(before[-8:]):
        return None
    match = lx.CURRENCY_PREFIX_RE.search(before)
    if not match:
        return None
    symbol = match.group(1)
    return lx.CURRENCY_PREFIX_CODES[symbol], len(before) - match.start(1)


# A split of shares, larger first, the percent sign after the second: "54-46%", "66 - 34%"
# (a range is written smaller first: "5-6%").
# "66 - 34%", "66-34%": a pair of shares; "980  -1.3%" (a sign on the second only) is none
_PAIR_AFTER = re.compile(r"(?:\s*[-–]\s*|\s+[-–]\s+)(?<!\s[-–])(\d{1,2}(?:\.\d+)?)\s*%")
_PAIR_BEFORE = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*[-–]\s*$")


def _split_pair(text: str, before: str, start: int, end: int) -> bool:
    """Whether the number is the second of a split of shares ("54-46%")."""
    first = _PAIR_BEFORE.search(before)
    return bool(
        first
        and text[end : end + 1] == "%"
        and Fraction(first.group(1)) > Fraction(text[start:end])
    )


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence around `at`, up to 200 characters either side."""
    window_start = max(0, at - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, at)]
    start = ends[-1] if ends else window_start
    after = _SENTENCE_END.search(text, at, at + 200)
    return start, after.start() if after else min(len(text), at + 200)


_COMPOUND_UNIT = re.compile(r"-([A-Za-z]+)(?=-[A-Za-z]|[^\w-]|$)")
_VERB_BEFORE_UP = re.compile(
    r"\b(?:\w+ed|adds?|go|goes|gone|went|moves?|ticks?|shot|rose|risen|rises?|grew|grown|climbs?|jumps?)\s+$",
    re.IGNORECASE,
)


_ARTICLE_BEFORE = re.compile(r"(?<=\s)an?\s+$")
# Qualifiers that are also prepositions: "over a 10-year period" is no bound on the figure.
_PREPOSITIONS_OF_PLACE = frozenset({"over", "above", "under", "below", "some", "up to"})
_FACTOR_BEFORE_AS = re.compile(
    r"(?:\b(?:twice|thrice|half|times|much|many)|\d(?:\.\d+)?x?)\s+$", re.IGNORECASE
)


# "rose 20% over five years", "£5bn over 10 years": "over" after a figure spans the time the
# figure took, where "served over 20 years" is more than 20 years.
_FIGURE_ENDS_BEFORE = re.compile(
    r"(?:\d|%|(?<![A-Za-z])(?:percent|cent|million|billion|trillion|bn|mn|m|k|points?|pp))\s+$",
    re.I,
)
_SPAN_AFTER = re.compile(
    r"[\w.,-]+\s+(?:years?|months?|weeks?|days?|decades?|quarters?|hours?)\b", re.IGNORECASE
)


def _over_a_span(text: str, before_over: str, start: int) -> bool:
    if _AVERAGE_THEN_FIGURE.search(before_over):
        return True  # "an average of 25 points over 40 games": the games averaged over
    return bool(_FIGURE_ENDS_BEFORE.search(before_over) and _SPAN_AFTER.match(text, start))


# an average and its figure, maybe with what it counts, right before "over": "an average of 25
# points over", "averaged 3.1 goals over", "averaging $1,200 over"
_AVERAGE_THEN_FIGURE = re.compile(
    r"\b(?:an?\s+average\s+of|averag(?:ed|ing|es))\s+(?:just\s+)?[$£€]?\d[\d.,]*"
    r"(?:\s*(?:%|m|bn|k|million|billion))?(?:\s+[^\W\d_]+){0,2}\s+$",
    re.IGNORECASE,
)


# "up 4% over 2018", "sales 6 percent above 2019 levels": a preposition after a figure, before a
# year, names the year the figure is measured against, where "over 2018 people" counts them
# (a year with a unit after it stays a figure: the year rule keeps those).
_COMPARED_PREPOSITIONS = frozenset({"over", "above", "under", "below"})
_YEAR_AFTER = re.compile(r"(?:1[89]|20|21)\d{2}(?![\d,.]?\d)")


def _against_a_year(text: str, before_preposition: str, start: int) -> bool:
    return bool(_FIGURE_ENDS_BEFORE.search(before_preposition) and _YEAR_AFTER.match(text, start))


_SYMBOL_CHARACTERS = frozenset(lx.SYMBOL_QUALIFIERS)
# A sign for a qualifier, after a space, a bracket or nothing ("10~20" is a range, "<b>" a tag);
# ">" opening a line quotes it.
_SYMBOL_BEFORE = re.compile(
    r"(?:(?:^|(?<=[\s(\[]))(["
    + "".join(sign for sign in lx.SYMBOL_QUALIFIERS if sign != ">")
    + r"])|(?<=[ \t(\[])(>))\s?$"
)


def _qualifier_before(text: str, start: int) -> tuple[str, str, int] | None:
    before = _before(text, start, 30)
    symbol = (
        _SYMBOL_BEFORE.search(before, len(before) - 3)
        if not _SYMBOL_CHARACTERS.isdisjoint(before[-2:])
        else None
    )
    if symbol:  # "~300 homes", "firms with >500 staff"
        at = symbol.lastindex or 1
        sign = symbol.group(at)
        return lx.SYMBOL_QUALIFIERS[sign], sign, start - (len(before) - symbol.start(at))
    if not _has_word_character(before):
        return None  # no word, no qualifier (and no search over the window)
    match = qualifier_ending(before, len(before))
    article = _ARTICLE_BEFORE.search(before) if match is None else None
    if article:  # "just under a seven percent reduction", "nearly a 7% rise"
        match = qualifier_ending(before, article.start())
        if match and match.group(1).lower() in _PREPOSITIONS_OF_PLACE:
            match = None
    if match:
        phrase = match.group(1).lower()
        kind = lx.QUALIFIERS_BEFORE[phrase]
        if kind is None:
            return None
        if phrase == "up to" and _VERB_BEFORE_UP.search(before[: match.start(1)]):
            return None  # "edged up to 6.7 percent", "add up to 100": a movement, not a cap
        if phrase.startswith("as ") and _FACTOR_BEFORE_AS.search(before[: match.start(1)]):
            return None  # "twice as much as $5 million": a comparison, not a cap
        if phrase == "over" and _over_a_span(text, before[: match.start(1)], start):
            return None
        if phrase in _COMPARED_PREPOSITIONS and _against_a_year(
            text, before[: match.start(1)], start
        ):
            return None
        # "over" and "above" and "under" as prepositions of place or time are not qualifiers;
        # they are when directly before the number, which the pattern already requires.
        return kind, match.group(1), start - (len(before) - match.start(1))
    return None


def qualifier_ending(before: str, end: int) -> re.Match[str] | None:
    """lx.QUALIFIER_BEFORE_RE's search of before[:end], asked only where that text ends on a
    qualifier and white space (the only place a match can stand): a test of its end, not a
    search from every position of the window."""
    if not fold(before[:end].rstrip()).endswith(lx.QUALIFIER_BEFORE_ENDINGS):
        return None
    return lx.QUALIFIER_BEFORE_RE.search(before, 0, end)


def _word_before(before: str) -> tuple[str, int] | None:
    """The word that ends `before` (white space after it), and where it starts: found from
    the end in constant time, where a search for a pattern ending in `$` tries every position."""
    if not before or not before[-1].isspace():
        return None
    stripped = before.rstrip()
    at = max(stripped.rfind(" "), stripped.rfind("\n"), stripped.rfind("\t")) + 1
    token = stripped[at:]
    word = _WORD_START.search(token)
    if word is None:
        return None
    return token[word.start() :], at + word.start()


def _sentence_starts(head: str) -> bool:
    """Whether a sentence starts after `head` (its end, a line break or an opening quote)."""
    stripped = head.rstrip()
    return not stripped or stripped[-1] in '.!?:;"“”(' or "\n" in head[len(stripped) :]


# An acronym straight before a bare number names the pair ("FTSE 100", "S&P 500").
_ACRONYM_NAME = re.compile(r"(?:[A-Z]&[A-Z]|[A-Z]{2,6})\s+")
# ... when the number is a plain one of a few digits and no other follows it (a table's row,
# "GDP 612,340 6.9", gives a value after its label)
_NAMING_NUMBER = re.compile(r"\d{1,4}(?![\d,.])(?!\s*[-+(]?\d)")


_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d])")


# A figure and a comma before a name: the name opens the next item of a list of names and
# their figures ("Heathrow 67.3m, Gatwick 31.4m", "Labour 38, Conservatives 33").
_FIGURE_ITEM_BEFORE = re.compile(
    r"\d(?:[%a-zA-Z]{1,2})?\s*[,;]\s*(?:and\s+)?(?:[A-Z][\w'’.&-]*\s+){0,2}$"
)


_INDEX_NAMED_AFTER = re.compile(r"\d+[^\S\n]+(?:stock[^\S\n]+)?ind(?:ex|ices)\b", re.IGNORECASE)


def _identifier_before(before: str, text: str, start: int) -> bool:
    """A number naming something ("Article 5", "Fortune 500", "Windows 11") rather than counting."""
    found = _word_before(before)
    if found is None:
        return False
    token, at = found
    if before.count("\n", at) >= 2:
        return False  # the word ends the paragraph before ("the 1998 season\n\n59,238")
    word = token.rstrip(".").lower()
    if word in _IDENTIFIER_WORDS or (
        word.endswith("s") and word[:-1] in _IDENTIFIER_WORDS and word not in lx.VERBS
    ):
        return True  # "junction 10", "between junctions 10 and 12" (not "tops 4 in 10")
    if (
        _ACRONYM_NAME.fullmatch(before, max(0, at - 2)) or _ACRONYM_NAME.fullmatch(before, at)
    ) and _NAMING_NUMBER.match(text, start):
        return True  # "the FTSE 100", "the S&P 500", "CAC 40": an index or a model named
    if token.endswith(("'s", "’s")) and not _INDEX_NAMED_AFTER.match(text, start):
        # a possessive owns what the number counts ("Thursday's 358-point drop"), but for an
        # index's name ("Standard & Poor's 500 index")
        return False
    # a brand written in camel case names a model wherever it stands ("iPhone 15", "eBay 20")
    camel_case = token[0].islower() and token[1:2].isupper()
    if not (token[0].isupper() and token[1:2].islower()) and not camel_case:
        return False
    if _GROUPED_DIGITS.match(text, start):
        return False  # "Jones 3,800 (38%)": a name counts in thousands, never names a model
    if _FIGURE_ITEM_BEFORE.search(before, 0, at):
        return False  # "Lund 38, Berg 33": each name of a list with its figure
    if (
        token.rstrip(".").lower() in lx.QUALIFIERS_BEFORE
        or token in lx.NOT_ENTITIES
        or token.lower() in lx.VERBS
        or token.lower() in lx.VERB_PARTICLES  # "Down 332 points", a market report's line
    ):
        return False
    if (
        token.lower() in lx.PREPOSITIONS
        or token.lower() in lx.DETERMINERS
        or token.lower() in lx.CONJUNCTIONS
    ):
        return False
    if camel_case or not _sentence_starts(before[:at]):
        return True
    return _model_opens_sentence(token.rstrip(".").lower(), text, start)


# A model's number before the word that opens its clause ("Windows 11 users", "Boeing 737
# deliveries"), not a preposition or a direction ("Exports 412 up 6%" is a table's row).
_MODEL_NUMBER = re.compile(r"\d{1,4}[^\S\n]+([a-z][a-z'’-]*)\b")


def _model_opens_sentence(word: str, text: str, start: int) -> bool:
    """Whether a capitalised word opening a sentence and the plain number after it name a
    model ("Windows 11 users", "Boeing 737 deliveries rose"): the word names something where
    it is no adverb, time word, function word or measure ("Yesterday 12 people", "Sales 300")
    and a word of the sentence follows the number."""
    after = _MODEL_NUMBER.match(text, start)
    if after is None or not _NAMING_NUMBER.match(text, start):
        return False
    following = after.group(1)
    if (
        following in lx.PREPOSITIONS
        or following in lx.CONJUNCTIONS
        or following in lx.DETERMINERS
        or following in lx.VERB_PARTICLES
        or following in lx.AUXILIARIES
    ):
        return False
    return not (
        word.endswith(("ly", "'s", "’s"))
        or word in lx.ADVERBS
        or word in lx.SENTENCE_OPENERS
        or word in lx.TIME_NOUNS
        or word in lx.TIME_MODIFIERS
        or word in lx.POINTING_WORDS
        or word in lx.PRONOUNS
        or word in lx.MEASURE_NOUNS
        or word in lx.EVALUATIVE_WORDS
    )


def _unit_follows(text: str, position: int) -> bool:
    after = text[position : position + 40]
    return bool(
        _SCALE_AFTER.match(after) or lx.PERCENT_RE.match(after) or lx.UNIT_AFTER_RE.match(after)
    )


# "pounds" after a scale word is money ("nine million pounds"), unless it weighs something
# ("two million pounds of beef"); "pounds sterling" is read with the other currency names.
_POUNDS_AFTER = re.compile(r"\s+pounds?\b(?!\s+(?:of|sterling)\b)", re.IGNORECASE)


# Weighing words before "N pounds": a weight, even in a text of sterling.
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh\w*|heav\w+|light\w+|tip(?:s|ped)?\s+the\s+scales)\b")


def _sterling_pounds(text: str, mention: Mention, money: _Money | None) -> bool:
    """ "pay 800 pounds more" in a text that writes £ (or pence, sterling): money, unless the
    words before weigh something ("weighed 8 pounds")."""
    if money is None or not money.sterling:
        return False
    return not _WEIGHT_BEFORE.search(_before(text, mention.start, 40).lower())


def _read_after(
    text: str, mention: Mention, position: int, plain: str, money: _Money | None = None
) -> None:
    """Scale word, unit or percent, qualifier after, counted noun and rate: all after the number.
    `money` says what the text's money is, where the reader of digits knows it."""
    dozens = _DOZENS_AFTER.match(text, position) if mention.scale is None else None
    if dozens and "/" not in mention.number and ".." not in mention.number:  # "two dozen"
        mention.number = numerals.value_text(mention.value * vocabulary.GROUP_WORDS["dozen"])
        position = mention.end = dozens.end()
    after = text[position : position + 80]
    scale = _SCALE_AFTER.match(after) if mention.scale is None else None
    if scale:
        word = scale.group(1)
        mention.scale = lx.SCALE_WORDS.get(word.lower(), word.lower())
        position += scale.end()
        position = _read_lakh_crore(text, mention, position)
        position = _read_compound(text, mention, position)
        after = text[position : position + 80]
    pounds = _POUNDS_AFTER.match(text, position) if not mention.unit else None
    if pounds and not mention.scale and not _sterling_pounds(text, mention, money):
        pounds = None
    if pounds:  # "3.5 billion pounds", "80m pounds": an amount of money, no weight
        mention.unit, position = "GBP", pounds.end()
    if mention.unit not in ("", "x"):
        position = _read_qualifier_after(text, mention, position)  # "$1.2 trillion-plus"
        mention.end = position
        if not _read_per(text, mention, position):
            _read_noun(text, mention, position)
        return
    if mention.unit == "x" or _read_rate_unit(text, mention, position):
        return
    scaled = lx.SCALED_UNIT_AFTER_RE.match(after) if mention.scale is None else None
    if scaled:  # "102.3 mb/d": a unit with its scale
        mention.scale, mention.unit = lx.SCALED_UNITS[(scaled.lastindex or 1) - 1][1:]
        mention.end = _read_qualifier_after(text, mention, position + scaled.end())
        return
    unit = lx.UNIT_AFTER_RE.match(after)
    if unit:
        _read_unit(text, mention, unit, position)
        return
    if mention.scale is None and _read_hundredths(text, mention, position):
        return
    times = _TIMES_AFTER.match(after)
    if times:
        mention.unit = "x"
        mention.end = position + times.end()
        # "rose five-fold" is five times the base, as "fivefold" is; "rose 5 times" either
        fold = "fold" in times.group(0).lower()
        if fold and _FALL_NAMED_AFTER_FOLD.match(text, mention.end):
            _fall_by_a_factor(mention)  # "a fourfold drop": the level is the base over 4
            return
        if times.group(1) or (not fold and _RISE_BEFORE.search(_before(text, mention.start, 30))):
            high = numerals.value_text(Fraction(plain) + 1)
            mention.number = f"{plain}..{high}"
            mention.notes.append(
                "'times higher' ('increased N times') has two readings: the range of both"
            )
        elif not fold and mention.words:  # "three times the 520,000": the writer's whole
            mention.writers_fraction = mention.value in WRITERS_WHOLE_FACTORS
        return
    _read_count(text, mention, position)


# the fall a factor in "-fold" names after it: "a fourfold drop", "a 10-fold reduction"
_FALL_NAMED_AFTER_FOLD = re.compile(
    r"\s+(?:" + "|".join(w for w in lx.CHANGE_DOWN if w.isalpha() and w.islower()) + r")\b",
    re.IGNORECASE,
)


# "increased 122 times": a rise by N times is read as N or N + 1 times the base, as is
# "N times higher".
_RISE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(w for w in lx.CHANGE_UP if w.endswith(("ed", "rose", "grew")))
    + r")\s+(?:by\s+)?(?:(?:"
    + lx.QUALIFIER_WORDS_ALTERNATION
    + r")\s+)?$",
    re.IGNORECASE,
)


# A price per unit: "Rs 62 per kilogram", "$6 a gram", "$13.45 a year", "$2.75 per $1,000", "a
# $50,000-a-year job", "$80/barrel".
_PER_AFTER = re.compile(
    r"(?:\s+(?:(?:more|less|extra)\s+)?(?:per|a|an|each)\s+|-(?:a|an|per)-|/)(?:(?P<amount>[$€£¥]\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s+"
    + vocabulary.SPELLED_SCALE_PATTERN
    + r")?)|(?P<word>(?:square\s+|cubic\s+|troy\s+)?[A-Za-z]+))"
    + lx.UNIT_END
    # "$4.8bn a year earlier": a time back, not a rate
    + r"(?!\s+(?:earlier|ago|before|previously|prior)\b)",
    re.IGNORECASE,
)


def _read_per(text: str, mention: Mention, position: int) -> bool:
    """A money amount per unit of something: its unit becomes a rate (INR / kg, USD / year,
    USD / (1000 USD))."""
    payer = lx.PER_PAYER_AFTER_RE.match(text, position)
    if payer and _read_period_after_payer(text, mention, payer.end()):
        return True
    adverb = lx.RATE_ADVERB_RE.match(text, position)
    if adverb:
        period = lx.rate_adverb_period(adverb.group(1))
        mention.unit, mention.per = f"{mention.unit} / {period}", adverb.group(1)
        mention.end = adverb.end()
        return True
    per = _PER_AFTER.match(text, position)
    if per is None:
        return False
    if per.group("word"):
        word = per.group("word").lower()
        unit = lx.PER_PERIOD_UNITS.get(word) or lx.other_unit(word)
        if unit is None and text.startswith("/", position):  # "bbl/d", "$4/yr"
            unit = lx.UNITS_AFTER_SLASH.get(word)
        if _grade(text, mention, position, word):
            unit = "t"
        elif unit is None or word in ("m", "t"):
            return False
        mention.unit = f"{mention.unit} / {unit}"
    else:
        amount = find_mentions(per.group("amount"))
        if len(amount) != 1 or not amount[0].unit:
            return False
        scaled = amount[0].value * vocabulary.SCALES.get((amount[0].scale or "").lower(), 1)
        mention.unit = f"{mention.unit} / ({numerals.value_text(scaled)} {amount[0].unit})"
    mention.per = per.group(0).strip()
    mention.end = per.end()
    return True


def _grade(text: str, mention: Mention, position: int, word: str) -> bool:
    """ "5.2 g/t": grams of metal in a tonne of ore, a grade, where "t" alone after "per" may
    be no tonne."""
    return word == "t" and mention.unit in ("g", "mg", "kg") and text.startswith("/", position)


def _read_period_after_payer(text: str, mention: Mention, position: int) -> bool:
    """ "$20 per household per year": an amount per its payer and per a period is a rate by
    the period (USD / year); a payer with no period after leaves the amount as it is."""
    adverb = lx.RATE_ADVERB_RE.match(text, position)
    per = _PER_AFTER.match(text, position) if adverb is None else None
    word = (per.group("word") or "").lower() if per else ""
    if adverb:
        period, end, mention.per = (
            lx.rate_adverb_period(adverb.group(1)),
            adverb.end(),
            adverb.group(1),
        )
    elif per and word in lx.PER_PERIOD_UNITS:
        period, end, mention.per = lx.PER_PERIOD_UNITS[word], per.end(), per.group(0).strip()
    else:
        return False
    mention.unit = f"{mention.unit} / {period}"
    mention.end = end
    return True


# "730 billion 200 million yuan", "2 trillion and 470 billion": one amount in two scales, as
# Chinese amounts are put into English (8904亿 has no single English scale).
_COMPOUND_AFTER = re.compile(
    r"\s+(?:and\s+)?(\d{1,3})\s+(trillion|billion|million|thousand)\b", re.IGNORECASE
)


_CRORE_AFTER = re.compile(r"\s+crores?\b", re.IGNORECASE)


def _read_lakh_crore(text: str, mention: Mention, position: int) -> int:
    """ "1.2 lakh crore" is 1,20,000 crore, "86 thousand crore" 86,000: the amount in crore."""
    crore = _CRORE_AFTER.match(text, position)
    scale = vocabulary.SCALE_NAMES.get((mention.scale or "").lower())
    if crore is None or scale not in ("lakh", "thousand"):
        return position
    mention.number = numerals.value_text(mention.value * vocabulary.SCALES[scale])
    mention.scale = "crore"
    return crore.end()


def _read_compound(text: str, mention: Mention, position: int) -> int:
    """Fold a following smaller-scale amount into the number, in the first one's scale."""
    while mention.scale and mention.scale.lower() in vocabulary.SCALES:
        more = _COMPOUND_AFTER.match(text, position)
        if more is None or "/" in mention.number or ".." in mention.number:
            break
        larger = vocabulary.SCALES[mention.scale.lower()]
        smaller = vocabulary.SCALES[more.group(2).lower()]
        if smaller >= larger or Fraction(more.group(1)) * smaller >= larger:
            break
        value = mention.value + Fraction(more.group(1)) * smaller / larger
        mention.number = numerals.value_text(value)
        position = mention.num_end = more.end()
    return position


_HUNDREDTHS_AFTER = re.compile(r"\s*(" + vocabulary.CURRENCY_HUNDREDTHS_PATTERN + ")", re.I)
_HUNDREDTHS_CODES = [(re.compile(p, re.I), code) for p, code in vocabulary.CURRENCY_HUNDREDTHS]


def _read_hundredths(text: str, mention: Mention, position: int) -> bool:
    """ "five cents", "75¢": the figure in its currency, a hundredth of it each."""
    hundredths = _HUNDREDTHS_AFTER.match(text, position)
    code = hundredths and vocabulary.first_named(_HUNDREDTHS_CODES, hundredths.group(1))
    if not hundredths or not code or "/" in mention.number or ".." in mention.number:
        return False
    mention.number = numerals.value_text(mention.value / 100)
    mention.unit = code
    mention.end = hundredths.end()
    # "50 cents per $1,000", "12 cents a gallon": a rate, as "$3.20 per $1,000" is
    if not _read_per(text, mention, mention.end):
        _read_noun(text, mention, mention.end)
    return True


def _read_rate_unit(text: str, mention: Mention, position: int) -> bool:
    """Per mille, percent or points after the number."""
    after = text[position : position + 40]
    basis = lx.BASIS_POINTS_RE.match(after)
    if basis and mention.scale is None and "/" not in mention.number:
        mention.number = numerals.value_text(mention.value / 100)
        mention.unit = "pp"  # a basis point is a hundredth of a percentage point
        mention.end = position + basis.end()
        return True
    per_mille = _PER_MILLE_AFTER.match(after)
    if per_mille:
        mention.unit = "‰"
        mention.end = _cjk_qualifier_after(text, mention, position + per_mille.end())
        return True
    percent = lx.PERCENT_RE.match(after)
    if not percent:
        return False
    mention.unit = "pp" if percent.group(2) else "%"
    # 增长10%以上, 下降5%左右: the qualifier after the sign
    mention.end = _cjk_qualifier_after(text, mention, position + percent.end())
    if lx.ANNUAL_AFTER_RE.match(text[mention.end : mention.end + 24]):  # its ^: the slice
        mention.annual = True
    return True


def _read_unit(text: str, mention: Mention, unit: re.Match[str], position: int) -> None:
    """A currency name or a unit of measure after the number, and a qualifier after it."""
    if unit.group("cur"):
        written = unit.group("cur")
        code = lx.currency_code(written)
        if written.lower().startswith("pound") and "sterling" not in written.lower():
            code = code if mention.scale else "lb"
        mention.unit = code or ""
    else:
        mention.unit = lx.other_unit(unit.group("unit")) or ""
    position += unit.end()
    mention.end = _read_qualifier_after(text, mention, position)
    # "500 barrels a day", "300 rupees a month": an amount of a unit per a length of time
    if mention.unit and "/" not in mention.unit and _read_per(text, mention, mention.end):
        return
    _read_noun(text, mention, position)


def _read_qualifier_after(text: str, mention: Mention, position: int) -> int:
    """ "or more", "-plus", "+" after a figure's unit: its qualifier, where none is before it;
    in Chinese, 以上 or 左右 after a unit in Latin letters ("300 mm以上", "100MW左右")."""
    if mention.qualifier:
        return position
    more = lx.QUALIFIERS_AFTER_RE.match(text[position : position + 20])
    if more is None:
        spaced = position + 1 if text.startswith(" ", position) else position
        after = _cjk_qualifier_after(text, mention, spaced)
        return position if after == spaced else after
    mention.qualifier = lx.qualifier_after_kind(more.group(0))
    mention.qualifier_text = None
    return position + more.end()


def _read_count(text: str, mention: Mention, position: int) -> None:
    """A count: its qualifier after ("or more"), a duration, or its noun and rate."""
    after = text[position : position + 80]
    more = lx.QUALIFIERS_AFTER_RE.match(after)
    if more and not mention.qualifier:
        mention.qualifier = lx.qualifier_after_kind(more.group(0))
        position += more.end()
        after = text[position : position + 80]
    mention.end = position
    duration = _DURATION_AFTER.match(after)
    if duration:
        mention.unit = lx.DURATION_UNITS[duration.group(1).lower()]
        mention.end = position + duration.end()
        every = _EVERY_BEFORE.search(_before(text, mention.start, 12))
        if every and not mention.qualifier and "/" not in mention.number:
            # "every 25 seconds": once per that length of time, a rate
            mention.unit = f"/ ({mention.number.replace(',', '')} {mention.unit})"
            mention.number = "1"
            mention.start -= len(every.group(0))
        return
    _read_noun(text, mention, position)
    if mention.noun is None and _whole_in_percent(text, mention):
        mention.unit = "%"
        return
    bare = _BARE_RATE_AFTER.match(text, position) if mention.noun is None else None
    if bare:  # "an average of 12 a day"
        mention.per = bare.group(1).lower()
        mention.unit = f"/ {mention.per}"
        mention.end = bare.end()
    elif mention.noun is None and text[position : position + 1] == " ":
        adverb = lx.RATE_ADVERB_RE.match(text, position)
        if adverb:  # "losses averaged 512,000 monthly in the first quarter"
            mention.per = adverb.group(1).lower()
            mention.unit = f"/ {lx.rate_adverb_period(mention.per)}"
            mention.end = adverb.end()
    if mention.noun is not None:
        tail = text[mention.noun_end : mention.noun_end + 40]
        rate = _RATE_AFTER.match(tail.lstrip()) if tail.lstrip() else None
        if rate is None:
            rate = _RATE_AFTER_VERB.match(tail) or _RATE_AFTER_CLAUSE.match(
                text, mention.noun_end, mention.noun_end + 60
            )
        adverb = lx.RATE_ADVERB_RE.match(tail) if rate is None else None
        if rate:
            mention.per = rate.group(1).lower()
            mention.unit = f"/ {lx.PER_PERIOD_UNITS[mention.per]}"
        elif adverb:  # "30 million passengers annually"
            mention.per = adverb.group(1).lower()
            mention.unit = f"/ {lx.rate_adverb_period(mention.per)}"


# "the figures add up to 100", "shares that sum to 100": a whole of percentages, 100 %.
_SUMS_TO_BEFORE = re.compile(r"\b(?:add(?:s|ed|ing)?\s+up|sum(?:s|med|ming)?)\s+to\s+$", re.I)


def _whole_in_percent(text: str, mention: Mention) -> bool:
    return mention.number == "100" and bool(
        _SUMS_TO_BEFORE.search(_before(text, mention.start, 30))
    )


_BARE_RATE_AFTER = re.compile(
    r"\s+(?:each|every|per|a)\s+(day|week|month|hour|minute|year)\b"
    r"(?!\s+(?:ago|earlier|before|later|on|after))",
    re.IGNORECASE,
)
# "six people are killed in shark attacks per year": the rate ends the clause the count opens
# (words only between, no comma or figure; "each year ago" and the like are no rate).
_RATE_AFTER_CLAUSE = re.compile(
    r"(?:\s+[A-Za-z'’-]+){1,8}?\s+(?:each|every|per)\s+(day|week|month|year)\b"
    r"(?!\s+(?:ago|earlier|before|later|after|since|on|to)\b)",
    re.IGNORECASE,
)
_RATE_AFTER_VERB = re.compile(
    r"\s*(?:\w+ed\s+)?(?:each|every|per|a)\s+(day|week|month|hour|minute)\b" + _TIME_BACK_AFTER,
    re.IGNORECASE,
)


_COMPARED_WITH = re.compile(r"(?:compared|relative)\s+(?:with|to)\b", re.IGNORECASE)
# the words that end a counted noun phrase: what follows is no part of the noun
_FUNCTION_WORDS = lx.PREPOSITIONS | lx.DETERMINERS | lx.CONJUNCTIONS | lx.AUXILIARIES | lx.PRONOUNS


# a plural noun ("volunteers", "firms"), not "glass", "bonus", "analysis", "news", "series"
_PLURAL_HEAD = re.compile(r"[a-z]{2,}(?<!ss|us|is|ws|es)s$|[a-z]{3,}(?:ies|[^aeiouy]es)$")
_OF_BETWEEN = re.compile(r"\s+of\s+")  # "2.4 million square meters of ..."


def _read_noun(text: str, mention: Mention, position: int) -> None:
    """The counted noun phrase after a number ("300 'hidden champion' manufacturing firms"),
    or the noun after a unit ("2.4 million square meters of new shopping malls")."""
    words: list[str] = []
    cursor = position
    if mention.unit not in ("", "x"):
        of = _OF_BETWEEN.match(text[cursor : cursor + 8])
        if not of:
            return
        cursor += of.end()
    for _ in range(6):
        match = _NOUN_WORD.match(text, cursor)
        if not match:
            break
        raw = match.group(1)
        word = raw.strip("“”\"‘’'").rstrip(".")
        lower = word.lower()
        if (
            not word
            or lower in _FUNCTION_WORDS
            or (lower in lx.VERBS and words)
            or _COMPARED_WITH.match(text, match.start(1))  # "to 56,077 compared with 57,702"
        ):
            break
        if words and _participle_after_noun(text, match, words[-1]):
            break
        if lower in lx.SCALE_WORDS or _YEAR.match(lower):
            break
        if (lower in lx.TIME_MODIFIERS if words else lower in lx.TIME_DEICTICS) and _time_noun_at(
            text, match.end()
        ):
            # "52,000 burglaries last year", "from 2.5 million last year": the time of the
            # count, not what it counts
            break
        if lower in lx.RATE_ADVERBS and lx.RATE_ADVERB_RE.match(text, match.start()):
            break  # "passengers annually": the rate, after the noun
        if mention.unit == "" and not words and (lower in lx.DURATION_UNITS):
            break
        words.append(word)
        cursor = match.end()
        if raw.endswith((".", ",")) or text[cursor : cursor + 1] in ",;:)(":
            break
        if len(words) == 1 and lower in ("point", "points", "pts"):
            words[0] = "points"  # "fell 1.2pts": the abbreviation is counted as the word
            break  # "0.5 point lower": points counted, whatever the words after say
    if words:
        mention.noun = " ".join(words)
        mention.noun_end = cursor


def _participle_after_noun(text: str, match: re.Match[str], last: str) -> bool:
    """Whether the -ed or -ing word `match` after the noun words so far ends the noun: after a
    plural noun it is the noun's verb ("2,000 volunteers planted trees"); else when no noun
    follows it ("4,000 jobs created.", not "300 registered voters")."""
    lower = match.group(1).strip("“”\"‘’'").rstrip(".").lower()
    if not (lower.endswith("ed") and len(lower) > 3 or lower.endswith("ing") and len(lower) > 5):
        return False
    if _PLURAL_HEAD.search(last):
        return True
    following = _NOUN_WORD.match(text, match.end())
    nxt = following.group(1).strip("“”\"‘’'").lower() if following else ""
    return (
        not nxt
        or nxt in lx.PREPOSITIONS
        or nxt in lx.DETERMINERS
        or nxt in lx.AUXILIARIES
        or nxt in lx.CONJUNCTIONS
        or nxt[:1].isdigit()
        or text[match.end() : match.end() + 1] in ",.;:"
    )


def _time_noun_at(text: str, position: int) -> bool:
    following = _NOUN_WORD.match(text, position)
    return following is not None and following.group(1).strip(".,;:").lower() in lx.TIME_NOUNS


_WORD_POINTS_COMPOUND = re.compile(r"-(percentage-)?points?\b(?![-‐])", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|of)\s+$", re.IGNORECASE)


def _read_words(text: str, start: int, end: int) -> Mention | None:
    """A number in words: a factor ("doubled"), a part ("two thirds of"), a dozen, or a
    cardinal phrase read by value ("two hundred and fifty")."""
    written = text[start:end]
    lower = re.sub(r"\s+", " ", written.lower())
    before = _before(text, start)
    if before.endswith("-") or (before.endswith(" ") is False and before[-1:].isalpha()):
        return None
    # a capitalised number word inside a sentence names something ("the Big Four", "Three Gorges")
    if written[0].isupper() and not _sentence_starts(before):
        return None
    after = text[end : end + 60]
    if lx.CLASSIFICATION_AFTER_RE.match(after) and _DEFINITE_BEFORE.search(before):
        return None  # "the three industries": the name of a division, not a count to check
    age = _AGE.match(text, end)
    if age:  # "an eleven-year-old"
        value = _word_value(lower)
        unit = lx.DURATION_UNITS[age.group(1).lower()]
        return (
            Mention(start, age.end(), start, end, str(value), unit=unit, words=True)
            if value
            else None
        )
    duration = _DURATION_COMPOUND.match(text, end)
    if duration:  # "a four-year deal"
        value = _word_value(lower)
        unit = lx.DURATION_UNITS[duration.group(1).lower()]
        return (
            Mention(start, duration.end(), start, end, str(value), unit=unit, words=True)
            if value
            else None
        )
    points = _WORD_POINTS_COMPOUND.match(after)
    if points:  # "a three-point rise", "a two-percentage-point gap", "a quarter-point cut"
        value = _word_value(lower) or vocabulary.FRACTION_WORDS.get(lower.replace("-", " "))
        if not value or lower == "half":  # "the half-point mark" is the middle of a race
            return None
        mention = Mention(start, end, start, end, numerals.value_text(Fraction(value)), words=True)
        if points.group(1):
            mention.unit, mention.end = "pp", end + points.end()
        else:
            mention.noun, mention.noun_end = "points", end + points.end()
        return mention
    if after.startswith("-") and not re.match(
        r"-(?:thirds|quarters|fold|half)\b|-in-\w|-and-a-half\b", after
    ):
        return None
    return _read_number_word(text, start, end, lower, before, after)


def _read_number_word(
    text: str, start: int, end: int, lower: str, before: str, after: str
) -> Mention | None:
    """A number word (`lower`, lowered, its white space single) read by its kind: a factor, a
    part, a dozen or a cardinal phrase, with the qualifier before it."""
    mention = Mention(start, end, start, end, "", words=True)
    qualifier: tuple[str, str | None, int] | None = _qualifier_before(text, start)
    key = lower.replace("-", " ")
    if lower in lx.FACTOR_WORDS:
        read = _read_factor_word(mention, lower, before, after)
        qualifier = _qualifier_of_a_fall(read, qualifier)
    elif key in vocabulary.FRACTION_WORDS:
        read = _read_fraction_word(text, mention, key, before, after, qualifier)
        qualifier = _qualifier_of_a_fall(read, qualifier)
    elif lower.endswith("a dozen"):
        dozen = Fraction(vocabulary.GROUP_WORDS["dozen"])
        mention.number = numerals.value_text(dozen / 2 if lower.startswith("half") else dozen)
        read = mention
    else:
        read = _read_cardinal_words(text, mention, lower)
    return _with_qualifier(read, qualifier) if read is not None else None


# A fall's qualifier bounds the part lost, its factor from the other side: "more than halved"
# is less than x1/2, "fell by nearly a third" just over x2/3 (a loss of a little under a
# third: x2/3 to x4/5, not anything down to no loss), "by just over a third" nearly x2/3.
_FALL_QUALIFIERS = {
    "over": "under",
    "under": "over",
    "at_least": "at_most",
    "at_most": "at_least",
    "nearly": "just_over",
    "just_over": "nearly",
    "about": "about",
}


def _qualifier_of_a_fall(
    read: Mention | None, qualifier: tuple[str, str | None, int] | None
) -> tuple[str, str | None, int] | None:
    """The qualifier of a factor read from a word of a fall ("halved", "cut by a quarter",
    "a third lower": below x1), turned to bound the factor; others as written."""
    if read is None or qualifier is None or read.unit != "x" or read.value >= 1:
        return qualifier
    kind, _, start = qualifier
    return _FALL_QUALIFIERS.get(kind, kind), None, start


_FACTOR_VERBS = ("double", "triple", "quadruple", "quintuple", "treble", "halve")
_FACTOR_VERB_AFTER = re.compile(r"\s+(?:in|to|the|its|their|it|them|from|by|that|$)", re.I)
_FACTOR_VERB_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|nearly|almost|more\s+than|did|does|not"
    r"|expected\s+to)\s+$",
    re.IGNORECASE,
)


# The factors a writer says in words as a whole, choosing between it and the halves beside it
# ("doubled", "three times"): read as x2 in 1, 1.75 to 2.25 (checker.quantities). Larger ones
# ("fivefold", "ten times") are read to their digit.
WRITERS_WHOLE_FACTORS = frozenset({2, 3, 4})


def _read_factor_word(mention: Mention, lower: str, before: str, after: str) -> Mention | None:
    """ "doubled", "twice as", "quadruple the": a factor. "double" as an adjective ("a double
    room") is not one: the verb needs an object or a verb before it."""
    if (
        lower in _FACTOR_VERBS
        and not _FACTOR_VERB_AFTER.match(after + " ")
        and not _FACTOR_VERB_BEFORE.search(before)
    ):
        return None
    if lower == "twice" and not re.match(r"\s+(?:as|the|that|its|their)\b", after, re.I):
        return None
    factor = lx.FACTOR_WORDS[lower]
    mention.number = str(factor)
    mention.unit = "x"
    # "halved" is the writer's half, as "half" is (x1 in 2: 0.45 to 0.55), not exactly x1/2;
    # "doubled", "tripled", "twice" the writer's two or three times, nearer it than the one and
    # a half or two and a half times they could have said (x2 in 1: 1.75 to 2.25). Not the
    # "-fold" words, whose falls are read below, nor "fivefold" and more (read to the digit).
    # the lexicon writes a fraction as its text "1/2", a whole as a number
    small_whole = factor in WRITERS_WHOLE_FACTORS and not lower.endswith("fold")
    mention.writers_fraction = isinstance(factor, str) or small_whole
    if lower.endswith("fold") and _FALL_NAMED_AFTER_FOLD.match(after):
        _fall_by_a_factor(mention)  # "a fourfold drop": the level is the base over 4
    return mention


_COMPARED_AFTER = re.compile(
    r"\s+(" + "|".join(lx.COMPARATIVE_UP + lx.COMPARATIVE_DOWN) + r")\b", re.IGNORECASE
)
# The verb of a change by a part of the base ("rose by a third", "were cut by about a
# quarter", "has fallen sharply by half"): the verb, an adverb in -ly between allowed.
_BY_CHANGE_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:[a-z]+ly\s+)?(by\s+|of\s+)?(?:(?:"
    + lx.QUALIFIER_WORDS_ALTERNATION
    + r")\s+)?$",
    re.IGNORECASE,
)
# Without "by", the change's noun and "of" or its verb alone ("a decline of a third", "shares
# fell a quarter") name a change only when the fraction ends the phrase: "the rise of a third
# party", "grew a third of its crops" are no changes
_CHANGE_PHRASE_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:to|from|in|on|since|over|this|last|between|during|after|before|"
    r"compared|against|versus|and|but|while|year)\b)",
    re.IGNORECASE,
)


# A part of a scale word or of a percentage: "three quarters of a million", "a third of a
# billion", "a quarter of a percentage point".
_OF_A_SCALE = re.compile(
    r"\s+of\s+(?:a|an|one)\s+(?:(" + vocabulary.SPELLED_SCALE_PATTERN + r")\b(?![-‐])"
    r"|(?=(?:percent|per\s+cent|percentage[\s-]+points?)\b))",
    re.IGNORECASE,
)


# A part of a point: "a quarter point", "a half-point cut", "three-quarters of a point".
# "a quarter point", "three-quarters of a point", "a quarter percentage point" ("a quarter of
# a percentage point" is read as a percentage's part)
_FRACTION_OF_A_POINT = re.compile(
    r"\s+of\s+(?:a|one)[^\S\n]*[\s-](?=points?\b)"
    r"|[^\S\n]*[\s-](?=(?:percentage[\s-]+)?points?\b)",
    re.I,
)


def _read_fraction_word(
    text: str, mention: Mention, key: str, before: str, after: str, qualifier: tuple | None
) -> Mention | None:
    """ "two thirds of", "about half": a part of a whole; "cut in half" a factor of 1/2."""
    value = vocabulary.FRACTION_WORDS[key]
    fraction = f"{value.numerator}/{value.denominator}"
    of_point = _FRACTION_OF_A_POINT.match(text, mention.end)
    if of_point:  # "a quarter point", "three-quarters of a point": points, read after
        mention.number = numerals.value_text(value)
        mention.num_start += 2 if key.startswith("a ") else 0
        mention.end = mention.num_end
        _read_after(text, mention, of_point.end(), mention.number)
        return mention
    of_scale = _OF_A_SCALE.match(text, mention.end)
    if of_scale:  # "a quarter of a million", "two-thirds of a billion dollars": one amount
        mention.number = numerals.value_text(value)
        mention.scale = (of_scale.group(1) or "").lower() or None
        mention.num_start += 2 if key.startswith("a ") else 0
        mention.end = mention.num_end = of_scale.end()
        _read_after(text, mention, mention.end, mention.number)
        return mention
    by_change = _BY_CHANGE_BEFORE.search(before)
    if (
        by_change
        and (by_change.group(2) or "").lower() != "by "
        and not _CHANGE_PHRASE_ENDS.match(after)
    ):
        by_change = None
    compared = _COMPARED_AFTER.match(after)
    if (by_change and by_change.group(1).lower() in lx.CHANGE_WORDS) or compared:
        # "rose by a third" is x4/3 of the base, "cut by a quarter" x3/4, "rose by half" x3/2;
        # "a third more than" x4/3, "a quarter lower" x3/4
        up = (
            compared.group(1).lower() in lx.COMPARATIVE_UP
            if compared
            else by_change.group(1).lower() not in lx.DOWN_WORDS  # type: ignore[union-attr]
        )
        factor = 1 + value if up else 1 - value
        mention.end += compared.end() if compared else 0
        mention.number, mention.unit = f"{factor.numerator}/{factor.denominator}", "x"
        # the writer's third, as "a third" of a whole is: "fell by two-thirds" is a fall of
        # 63 % to 71 %, not exactly x1/3
        mention.writers_fraction = not lx.EXACT_FRACTION_BEFORE.search(before)
        return mention
    if key == "half" and re.search(r"\b(?:in|by)\s+$", before, re.IGNORECASE):
        mention.number, mention.unit = fraction, "x"  # "cut in half", "slashed by half"
        mention.writers_fraction = True
        return mention
    if _AS_MUCH_AFTER.match(after):  # "half as many as in 2022": a factor, no share
        mention.number, mention.unit = fraction, "x"
        mention.num_start += 2 if key.startswith("a ") else 0
        mention.writers_fraction = not lx.EXACT_FRACTION_BEFORE.search(before)
        return mention
    if not (
        _OF_AFTER_FRACTION.match(after)
        or _RESTATED_AFTER_FRACTION.match(after)
        or qualifier
        or (lx.FIGURE_RESTATED_BEFORE.search(before) and lx.FRACTION_RESTATING_ENDS.match(after))
    ):
        return None
    if _HALF_PERIOD_BEFORE.search(before):
        return None  # "the first half of the year" is a period, "the eastern half" a place
    if key.startswith("a "):
        mention.num_start += 2
    mention.number = fraction
    mention.writers_fraction = not lx.EXACT_FRACTION_BEFORE.search(before)
    return mention


# What a fraction word of a whole is followed by: "of", "the", "that", "as" ("half of them",
# "a third as many"), or its restatement in per cent ("Half (48%) of", "Almost half – 43% –").
_OF_AFTER_FRACTION = re.compile(r"\s+(?:of|the|that|as)\b", re.IGNORECASE)
# "half as many as", "a third as large as": the fraction of another quantity, a factor
_AS_MUCH_AFTER = re.compile(r"\s+as\s+(?:" + lx.AS_MUCH_ALTERNATION + r")\s+as\b", re.IGNORECASE)
_RESTATED_AFTER_FRACTION = re.compile(r"\s*(?:[(（]|[–—-]\s)\s*\d[\d.]*\s*(?:%|per\s*cent|percent)")
_POINT_AFTER = re.compile(r"\s+points?\b", re.IGNORECASE)
# "a million", "half a million": an article before a scale word is a number.
_ARTICLE_VALUES = {"a": Fraction(1), "half a": Fraction(1, 2)}
_DOZENS_AFTER = re.compile(r"\s+dozen\b(?!s)", re.IGNORECASE)
_RANK_BEFORE = re.compile(r"\btop\s+$", re.IGNORECASE)


def _read_cardinal_words(text: str, mention: Mention, lower: str) -> Mention | None:
    """A cardinal in words, the whole phrase by value, with its scale and what follows; a bare
    number word with nothing counted ("the two met") is rarely a figure."""
    phrase = _NUMBER_PHRASE.match(text, mention.start)
    if lower == "a":  # "a hundred and twenty people": one number, not "twenty" alone
        phrase = _A_HUNDRED.match(text, mention.start)
    value: Fraction | int | None = _word_value(lower) or _ARTICLE_VALUES.get(lower)
    position = mention.end
    if phrase and phrase.end() > position:
        read = numerals.word_number_value(phrase.group(0).replace("-", " "))
        if read is not None:
            value, position = read, phrase.end()
    if value is None:
        return None
    mention.number = numerals.value_text(Fraction(value))
    decimals = _POINT_DIGITS.match(text, position)
    if decimals and Fraction(value).denominator == 1:  # "five point two": 5.2, as written
        digits = "".join(str(_DIGIT_WORDS[w]) for w in decimals.group(1).lower().split())
        mention.number = f"{mention.number}.{digits}"
        position = decimals.end()
    scale = _WORD_SCALE_AFTER.match(text, position)
    if scale:
        mention.scale = scale.group(1).lower()
        position = scale.end()
    elif position == mention.end and lower in _ARTICLE_VALUES:
        # "a" and "half a" are numbers only before a scale ("half a million"), in "a hundred"
        # or before a percentage ("half a per cent", "a percentage point"): the candidate's
        # pattern sees to that
        if not lx.PERCENT_RE.match(text, position) and not _POINT_AFTER.match(text, position):
            return None
    mention.end = mention.num_end = position
    if mention.scale is None and _read_in(text, mention, position):
        return mention
    _read_after(text, mention, position, mention.number)
    if (
        mention.unit == ""
        and mention.scale is None
        and _RANK_BEFORE.search(_before(text, mention.start))
    ):
        return None  # "among the top three markets": a rank
    if mention.unit == "" and mention.noun is None and mention.scale is None:
        if not (
            _COUNTED_AFTER_WORD.match(text, mention.end)
            or _listed_part(text, mention)
            or _FACTOR_OF_BEFORE.search(_before(text, mention.start, 30))  # "a factor of three"
        ):
            return None
    return mention


# The digits of a decimal said in words, one a word: "point two", "point oh five".
_DIGIT_WORDS = {
    "zero": 0,
    "oh": 0,
    "nought": 0,
    **{w: v for w, v in lx.UNITS_WORDS.items() if v < 10},
}
_POINT_DIGITS = re.compile(
    r"\s+point((?:\s+(?:" + "|".join(_DIGIT_WORDS) + r")\b)+)", re.IGNORECASE
)
_COUNTED_AFTER_WORD = re.compile(
    r"\s*(?:of\s+(?:the|them|those|these|its|their)|or\s+more|percent|%)", re.IGNORECASE
)
# A part of a total listed by place, its noun left out: "42 deaths, including nine in Ohio
# and two in Iowa".
_LISTED_PART_BEFORE = re.compile(r"(?:\bincluding|\band|,)\s+$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|from|at)\s+(?:the\s+)?[A-Z]")


def _listed_part(text: str, mention: Mention) -> bool:
    return bool(
        _PLACE_AFTER.match(text, mention.end)
        and _LISTED_PART_BEFORE.search(_before(text, mention.start, 20))
    )


_UNIT_WORD = "(?:" + "|".join(sorted(lx.UNITS_WORDS, key=len, reverse=True)) + ")"
_UP_TO_99 = (
    "(?:(?:" + "|".join(lx.TENS_WORDS) + r")(?:[- ]" + _UNIT_WORD + r")?|" + _UNIT_WORD + ")"
)
_UP_TO_999 = _UP_TO_99 + r"(?:\s+hundred(?:\s+(?:and\s+)?" + _UP_TO_99 + r")?)?"
# A number in words longer than one word: "two hundred and fifty", "three thousand four
# hundred", "one and a half" (before a scale word, read after it).
_NUMBER_PHRASE = re.compile(
    r"\b"
    + _UP_TO_999
    + r"(?:\s+thousand(?:\s+(?:and\s+)?"
    + _UP_TO_999
    + r")(?=\W))?(?:[\s-]+and[\s-]+a[\s-]+half(?=\s+(?:"
    + vocabulary.SPELLED_SCALE_PATTERN
    + r"|times|per\s*cent|percent(?:age)?|years?|months?|weeks?|days?|hours?)\b))?\b",
    re.IGNORECASE,
)


_A_HUNDRED = re.compile(
    r"a\s+hundred(?:\s+(?:and\s+)?" + _UP_TO_99 + r")?\b(?![-‐])", re.IGNORECASE
)


# "N in M" ("4 in 10", "one in five", "one-in-four", "one in 3 million", "two out of three"):
# a part of a whole, N/M.
_IN_AFTER = re.compile(
    r"(?:\s+(?:in|out\s+of)\s+(?:(?:every|each)\s+)?|-in-|\s+of\s+(?:every|each)\s+)"
    r"(\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(
        sorted([*lx.UNITS_WORDS, *lx.TENS_WORDS, "hundred", "thousand"], key=len, reverse=True)
    )
    + r")(?:\s+("
    + vocabulary.SPELLED_SCALE_PATTERN
    + r"))?\b(?![.,]\d|[-‐][A-Za-z])",
    re.IGNORECASE,
)


def _read_in(text: str, mention: Mention, position: int) -> bool:
    """Read "N in M" after the number N: the mention becomes the fraction N/M."""
    match = _IN_AFTER.match(text, position)
    if match is None or "/" in mention.number or "." in mention.number:
        return False
    whole = match.group(1).replace(",", "")
    if _YEAR.match(match.group(1)):
        return False  # "3 in 2019" (but "1 in 2,000" is a part of a whole)
    value = Fraction(whole) if whole.isdigit() else numerals.word_number_value(whole)
    if value is None:
        return False
    if match.group(2):
        value *= numerals.word_number_value(match.group(2)) or 1
    if value <= mention.value:
        return False
    if match.group(0).lstrip()[:3].lower() == "out" and value > 100:
        # "340 out of 1,700 members" are two counts the text may use again (the whole, the
        # part); "two out of three", "9 out of 10" are a proportion
        return False
    mention.number = f"{mention.number.replace(',', '')}/{value}"
    mention.end, mention.writers_fraction = match.end(), True
    return True


def _with_qualifier(mention: Mention, qualifier: tuple[str, str | None, int] | None) -> Mention:
    """The mention with the qualifier read before it ("about half", "nearly five-fold")."""
    if qualifier:
        mention.qualifier, mention.qualifier_text, mention.start = qualifier
    return mention


def _word_value(lower: str) -> int | None:
    parts = re.split(r"[- ]", lower)
    total = 0
    for part in parts:
        if part in lx.TENS_WORDS:
            total += lx.TENS_WORDS[part]
        elif part in lx.UNITS_WORDS:
            total += lx.UNITS_WORDS[part]
        else:
            return None
    return total or None


def _no_cjk_figure(text: str, mention: Mention, position: int, before: str) -> bool:
    """Whether a Chinese number names a period, a place in a ranking, a score or a class."""
    if _CJK_FIRST_MONTHS.search(before) and text.startswith("个月", position):
        return True  # 前2个月, 首9个月: the first months of the year, a period
    if before.endswith(lx.CJK_RANK_BEFORE) and text.startswith(lx.CJK_RANK_COUNTERS, position):
        return True  # 前五名, 后3位: places in a ranking
    if text.startswith("比", position) and _score_or_tally(text, mention, position):
        return True  # 以3比1获胜: a score
    # a class of seat; 21世纪, a century: a date
    return bool(lx.CJK_SEAT_CLASS_RE.match(text, position)) or text.startswith("世纪", position)


def _read_cjk(text: str, mention: Mention, before: str) -> Mention | None:
    position = mention.num_end
    if _no_cjk_figure(text, mention, position, before):
        return None
    qualifier = lx.CJK_QUALIFIER_BEFORE_RE.search(before)
    if qualifier:
        mention.qualifier = lx.CJK_QUALIFIERS_BEFORE[qualifier.group(1)]
        mention.qualifier_text = None
        mention.start = mention.num_start - (len(before) - qualifier.start(1))
    elif sign := _sign_before(text, mention.num_start, position):  # 拉动经济增长-0.2个百分点
        mention.sign = sign
        mention.start = mention.num_start - 1
    elif minus := _minus_word_before(text, mention.num_start):  # 增速为负3.5%
        mention.sign = "-"
        mention.start = mention.num_start - minus
    position = _cjk_scale(text, mention, position)
    position = _cjk_smaller_group(text, mention, position)
    position = _cjk_qualifier_after(text, mention, position, first=True)
    if mention.scale is None:  # "五百五十多万": the qualifier before the group character
        for chars in _CJK_GROUPS:
            if text.startswith(chars, position):
                mention.scale = lx.CJK_SCALES[chars][0]
                position += len(chars)
                break
    position = _cjk_unit(text, mention, position, before)
    named = lx.CJK_CURRENCY_BEFORE_YUAN_RE.search(before) if mention.unit == "CNY" else None
    if named:  # 港币100亿元: Hong Kong dollars, 元 their unit
        mention.unit = vocabulary.CJK_CURRENCIES_BEFORE_YUAN[named.group(1)]
    named = lx.CJK_CURRENCY_BEFORE_RE.search(before) if not mention.unit else None
    if named:  # 美元3000万, 人民币1.2亿: the currency named before, none after
        mention.unit = lx.CJK_UNIT_MAP[named.group(1)]
    if qualifier and _recent_span(text, mention, position, before, qualifier):
        mention.qualifier = None  # 近5年来: "the last five years", a span, not "nearly"
        mention.start = mention.num_start
    position = _cjk_qualifier_after(text, mention, position)
    per = lx.CJK_PER_PERIOD_BEFORE_RE.search(before)
    if per and mention.unit not in _NOT_PER_PERIOD:
        mention.unit = f"{mention.unit} / {lx.CJK_PER_PERIOD_BEFORE[per.group(1)]}".strip()
    position = _cjk_price_per_measure(text, mention, position, before)
    if _YEAR.match(mention.number) and mention.scale is None and not mention.unit:
        if not _counted_not_dated(mention):
            return None
    mention.end = position
    return mention


def _cjk_scale(text: str, mention: Mention, position: int) -> int:
    """The group a Chinese figure counts in (万, 亿, 百万), after its place (5千万)."""
    if _SPACED_CJK_GROUP.match(text, position):
        position += 1  # "18.4 万人次": a space set between the digits and their group
    position = _cjk_place_before_group(text, mention, position)
    if mention.scale is None and lx.CJK_TRILLION_RE.match(text, position):
        mention.scale = lx.CJK_SCALES["万亿"][0]
        return position + 1
    for chars, (scale, _) in sorted(lx.CJK_SCALES.items(), key=lambda item: -len(item[0])):
        if mention.scale is None and text.startswith(chars, position):
            mention.scale = scale
            if chars[0] in _CJK_PLACE_CHARACTERS:  # 5百万: 百万 is no figure of its own
                mention.num_end = position + 1
            return position + len(chars)
    return position


# One space between digits and the group character they count in, as web pages set them.
_SPACED_CJK_GROUP = re.compile("[ \u00a0\u3000](?:[万亿萬億]|" + lx.CJK_TRILLION_RE.pattern + ")")
# ... and between digits and their unit ("444,956,011 元", "提升 5 个百分点"), as web pages
# and copied PDFs set them.
_SPACED_CJK_UNIT = re.compile(
    "[ \u00a0\u3000](?=" + "|".join(re.escape(u) for u, _ in lx.CJK_UNITS if _CJK.match(u)) + ")"
)
_LATIN_BEFORE = re.compile(r"[A-Za-z][^\S\n]?$")  # "In 2020 万科": an English sentence's year
_DURATIONS = frozenset({"year", "month", "day"})


def _recent_span(
    text: str, mention: Mention, position: int, before: str, qualifier: re.Match[str]
) -> bool:
    """Whether 近 before a length of time says "the last" (近5年来, 近三个月以来, a clause
    opening on 近5年, a record over it: 为近五年最低), not "nearly" (工作近5年, worked nearly
    five years)."""
    if qualifier.group(1) != "近" or mention.unit not in _DURATIONS:
        return False
    opens = not _CJK.match(before[qualifier.start(1) - 1 : qualifier.start(1)] or " ")
    return (
        opens
        or text.startswith(("来", "以来"), position)
        or lx.CJK_RECORD_AFTER_SPAN_RE.match(text, position) is not None
    )


def _counted_not_dated(mention: Mention) -> bool:
    """Whether four digits that could be a year count something: a year is written with 年,
    a count with its classifier ("2000多人", "2015家企业"), save a model's year (2022款)."""
    return bool(mention.noun) and mention.noun not in lx.CJK_DATED_COUNTERS


_CJK_PLACE_CHARACTERS = ("百", "千")
# Two numerals in a row that say "N or N+1" (两三, 三四十): a guess, not a figure.
_CJK_TWO_GUESSES = re.compile("(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)[十百千]?")
# A place character before a group character: "3千万" is 3000 万, "5百亿" 500 亿 (百万 is a
# scale of its own, a million).
_CJK_PLACE_BEFORE_GROUP = re.compile(r"(千)(万亿|亿|万)|(百)(万亿|亿)")


def _cjk_place_before_group(text: str, mention: Mention, position: int) -> int:
    place = _CJK_PLACE_BEFORE_GROUP.match(text, position)
    if place is None or "/" in mention.number or ".." in mention.number:
        return position
    placed, group = (1, 2) if place.group(1) else (3, 4)
    mention.number = numerals.value_text(mention.value * _CJK_GROUP_SIZE[place.group(placed)])
    mention.scale = lx.CJK_SCALES[place.group(group)][0]
    mention.num_end = place.start(group)  # the place is the number's: no figure of its own
    return place.end()


# The smaller group that goes on an amount in 亿 or 万: "3亿5000万元", "1亿4千万", "12万3千元".
_CJK_SMALLER_GROUP = re.compile(r"零?(\d+(?:\.\d+)?)(千万|百万|万|千|百)(?![\d万亿])")
_CJK_GROUP_SIZE = {"千万": 10**7, "百万": 10**6, "万": 10**4, "千": 1000, "百": 100}


# The units after 万 written in digits with no scale word, as Taiwan's press writes a count
# ("4萬783部" is 40,783), before the counter or unit: not a year, month or day after it.
_CJK_UNITS_AFTER_WAN = re.compile(r"(\d{1,4})(?=[\u4e00-\u9fff])(?![万亿千百兆年月日号])")


def _cjk_smaller_group(text: str, mention: Mention, position: int) -> int:
    """Fold the smaller group after 亿 or 万 into the number, in the larger group's scale: the
    amount is one figure ("3亿5000万元" is 3.5 亿 yuan, "4万783部" 4.0783 万), not two."""
    larger = vocabulary.SCALES.get((mention.scale or "").lower())
    more = _CJK_SMALLER_GROUP.match(text, position) if mention.scale in ("亿", "万") else None
    if more is None and mention.scale == "万":
        more = _CJK_UNITS_AFTER_WAN.match(text, position)
    if more is None or larger is None or "/" in mention.number or ".." in mention.number:
        return position
    size = _CJK_GROUP_SIZE[more.group(2)] if more.lastindex == 2 else 1
    smaller = Fraction(more.group(1)) * size
    if not 0 < smaller < larger or "." in mention.number:
        return position
    mention.number = numerals.value_text(mention.value + smaller / larger)
    mention.num_end = more.end()
    return more.end()


def _cjk_price_per_measure(text: str, mention: Mention, position: int, before: str) -> int:
    """每公斤30元, 4500元/吨: a price per unit of measure, in the currency per that unit; a
    measure per another written with a slash (a yield: 单产387公斤/亩) likewise."""
    after = lx.CJK_PER_MEASURE_AFTER_RE.match(text, position)
    if mention.unit in _CJK_CURRENCY_CODES:
        per = after or lx.CJK_PER_MEASURE_BEFORE_RE.search(before)
    elif mention.unit in _CJK_MEASURE_UNITS and after:
        per = after if lx.CJK_MEASURES[after.group(1)] != mention.unit else None
    else:
        return position
    if per:
        mention.unit = f"{mention.unit} / {lx.CJK_MEASURES[per.group(1)]}"
    return after.end() if after and per else position


_CJK_CURRENCY_CODES = frozenset(code for _, code in vocabulary.CJK_CURRENCIES)
_CJK_MEASURE_UNITS = frozenset(lx.CJK_MEASURES.values())
# A share, a change in points or a factor is no rate per period (日均增长5% is a growth rate).
_NOT_PER_PERIOD = frozenset({"%", "pp", "‰", "千分点", "x"})


_CJK_FIRST_MONTHS = re.compile(r"(?:前|首|头)$")
# A character after 上下 that makes a word of it (上下游, 上下班); 上下浮动 and 上下波动 float
# about the figure.
_CJK_UP_AND_DOWN_WORD = re.compile(r"(?![的浮波])[\u4e00-\u9fff]")


def _cjk_qualifier_after(text: str, mention: Mention, position: int, first: bool = False) -> int:
    """多, 余, 以上, 左右 after a figure (before its unit when `first`: "十七亿多人次")."""
    for chars, kind in lx.CJK_QUALIFIERS_AFTER.items():
        if not text.startswith(chars, position):
            continue
        if first and chars != "多" and text.startswith("多家", position + len(chars) - 1):
            continue
        if chars == "上下" and _CJK_UP_AND_DOWN_WORD.match(text, position + 2):
            continue  # 300家上下游企业: firms up and down the chain, 上下班: to and from work
        mention.qualifier = mention.qualifier or kind
        return position + len(chars)
    return position


def _cjk_unit(text: str, mention: Mention, position: int, before: str) -> int:
    """The unit or counted noun after a Chinese figure. 增长5.5倍 ("grew 5.5 times") is a rise
    of 550 %, not a factor of 5.5; 八成 is eight tenths, 80 %."""
    years = lx.CJK_YEARS_RE.match(text, position)
    if years and mention.scale is None and mention.value < 1000:
        mention.unit = "year"
        return years.start() + 1
    if text.startswith("番", position) and lx.CJK_DOUBLINGS_BEFORE_RE.search(before):
        if mention.scale is None and mention.value.denominator == 1 and mention.value <= 10:
            mention.number = str(2 ** int(mention.value))
            mention.unit = "x"
            return position + 1
    if _SPACED_CJK_UNIT.match(text, position) and position == mention.num_end:
        position += 1  # "1735 元": a space set between the digits and their unit
    if text.startswith("度", position) and _cjk_degrees(mention, before):
        return position + 1
    if text.startswith("日", position) and _run_of_days(text, mention.start):
        mention.unit = "day"  # 连续五日
        return position + 1
    basis = _CJK_BASIS_POINTS.match(text, position)
    if basis and mention.scale is None:  # 下调25个基点: a hundredth of a percentage point each
        mention.number = numerals.value_text(mention.value / 100)
        mention.unit = "pp"
        return basis.end()
    unit = lx.CJK_UNIT_RE.match(text, position)
    if unit:
        code = lx.CJK_UNIT_MAP.get(unit.group(1))
        if code == "x" and _grows_by_times(before):
            mention.number = numerals.value_text(mention.value * 100)
            code = "%"
        if code:
            mention.unit = code
        else:
            mention.noun = unit.group(1)
        return unit.end()
    percent = lx.PERCENT_RE.match(text, position)
    if percent:
        mention.unit = "pp" if percent.group(2) else "%"
        return percent.end()
    data = lx.DATA_UNIT_SYMBOL_RE.match(text, position)
    if data:  # 3015亿GB
        mention.unit = lx.DATA_UNIT_OF_SYMBOL[data.group(1)]
        return data.end()
    return _cjk_tenths(text, mention, position)


def _run_of_days(text: str, start: int) -> bool:
    return lx.CJK_RUN_OF_DAYS_BEFORE_RE.search(text, max(0, start - 2), start) is not None


def _cjk_degrees(mention: Mention, before: str) -> bool:
    """度 after a figure: a degree Celsius after words of temperature (最高温度44.5度), a
    kilowatt-hour after words of power (全社会用电量9.2万亿度); else no unit read (an angle)."""
    if lx.CJK_TEMPERATURE_BEFORE_RE.search(before):
        mention.unit = "degC"
        return True
    if lx.CJK_POWER_BEFORE_RE.search(before):
        mention.unit = "kWh"
        return True
    return False


def _cjk_tenths(text: str, mention: Mention, position: int) -> int:
    """打8折 (eight tenths of the price), 八成 (eight tenths, 80 %), 三成一 (31 %)."""
    if text.startswith("折", position) and _DISCOUNT_AFTER.match(text, position + 1):
        if mention.scale is None and mention.value <= 10:  # 打8折: eight tenths of the price
            mention.number = numerals.value_text(mention.value / 10)
            mention.unit = "x"
            return position + 1
    if text.startswith("成", position) and _TENTHS_AFTER.match(text, position + 1):
        if mention.scale is None and mention.value <= 10 and "." not in mention.number:
            hundredths = _HUNDREDTHS_AFTER_TENTHS.match(text, position + 1)
            extra = _HUNDREDTHS[hundredths.group(1)] if hundredths else 0
            mention.number = numerals.value_text(mention.value * 10 + extra)
            mention.unit = "%"
            return hundredths.end(1) if hundredths else position + 1
    return position


_CJK_BASIS_POINTS = re.compile("个?基点")
# The figures in times listed before this one, each with its 倍 ("分别增长3倍和2倍").
_CJK_TIMES_LISTED = re.compile(r"(?:[\d.一二三四五六七八九十两点]+倍[、和及与])+$")


def _grows_by_times(before: str) -> bool:
    """Whether N倍 is a rise by N times: a growth verb before it, or before the list of figures
    in times it ends ("分别增长3倍和2倍" is +300 % and +200 %)."""
    listed = _CJK_TIMES_LISTED.search(before)
    return bool(lx.CJK_GROWTH_BEFORE_RE.search(before[: listed.start()] if listed else before))


# 成 as tenths ("八成", "七成以上"), not the verb 成为 (become) or a word (成本, 成交).
_TENTHS_AFTER = re.compile(r"(?![为立功本员交绩果长熟就型品])")
# A digit after 成 that goes on the tenths (三成一 is 31 %, 两成半 25 %), ending the figure:
# before another character it opens a word (三成一线城市: 30 % of first-tier cities).
_HUNDREDTHS_AFTER_TENTHS = re.compile(
    "([一二三四五六七八九半])(?:(?![\u4e00-\u9fff])|(?=左右|以上))"
)
_HUNDREDTHS = {**{c: i for i, c in enumerate("一二三四五六七八九", start=1)}, "半": Fraction(5)}
# 折 as tenths of a price ("6.9折", "八折优惠"), not 折算 (converted), 折合, 折旧 and the like.
_DISCOUNT_AFTER = re.compile(r"(?![算合旧射叠腾返线价])")


# Characters after a Chinese numeral that make it part of a word, not a figure: 一些 (some),
# 一致 (agreed), 十分 (very), 一季度 (the first quarter) and the like, and the date and
# ordinal readings (一月, 十日, 第一).
# The group characters of Chinese numbers, longest first (千 and 百 are places, read as digits).
_CJK_GROUPS = ("万亿", "亿", "万")
_CJK_NUMERAL_WORD_AFTER = re.compile(r"[些致样般起直定切道同带旦季月日号时点分周星届次期]")
# 数十万, 几百: "several" tens of thousands is no figure.
_CJK_NUMERAL_WORD_BEFORE = re.compile(r"[第初统唯万单周每逐专之数几]$")


def _read_cjk_fraction(text: str, start: int, end: int) -> Mention | None:
    """五分之一 is 1/5 (of a whole named around it), with a qualifier before it (近三分之二)."""
    match = numerals.CJK_FRACTION_RE.match(text, start, end)
    half = bool(match and match.group("half"))
    whole = (
        Fraction(2) if half else numerals.cjk_numeral_value(match.group("whole")) if match else None
    )
    part = (
        Fraction(1) if half else numerals.cjk_numeral_value(match.group("part")) if match else None
    )
    if not whole or not part or part >= whole or whole.denominator != 1 or part.denominator != 1:
        return None
    mention = Mention(start, end, start, end, f"{part}/{whole}")
    before = _before(text, start, 8)
    qualifier = lx.CJK_QUALIFIER_BEFORE_RE.search(before)
    if qualifier:
        mention.qualifier = lx.CJK_QUALIFIERS_BEFORE[qualifier.group(1)]
        mention.start -= len(before) - qualifier.start(1)
    mention.end = _cjk_qualifier_after(text, mention, end)  # 三分之二以上, 一半左右
    return mention


def _read_cjk_numeral(text: str, start: int, end: int) -> Mention | None:
    """A figure in Chinese numerals ("十九亿人次", "百分之十六点七", "一万七千五百多列"): read
    by value, then its scale, qualifier and unit as for digits."""
    match = numerals.CJK_NUMERAL_RE.match(text, start, end)
    if match is None:
        return None
    numeral = match.group("num")
    # A trailing group character is the scale (十九亿 is 19 亿), read after the number.
    body = numeral
    for scale in _CJK_GROUPS:
        if body.endswith(scale) and len(body) > len(scale):
            body = body[: -len(scale)]
            break
    if body != numeral and ("亿" in body or "万" in body):
        return _read_cjk_groups(text, match)
    if _CJK_TWO_GUESSES.fullmatch(body):
        return None  # 两三个月, 三四十人, 七八成: "two or three", a guess, no figure
    if body in _CJK_GROUPS and (
        _CJK_MORE_THAN_PLACE.match(text, match.end("num")) or _qualified_bare_place(text, match)
    ):
        return _read_bare_group(text, match)  # 万余人, 近万人: more than (nearly) one 万
    # 百亿元, 千万元: a place character with no numeral before it is one of that place; so
    # is one with 余 or 多 and what it counts after it (百余家, 千余人: more than a hundred)
    bare_place = body in _CJK_PLACES and (
        body != numeral
        or _CJK_MORE_THAN_PLACE.match(text, match.end("num")) is not None
        or _qualified_bare_place(text, match)
    )
    value = _CJK_PLACES[body] if bare_place else numerals.cjk_numeral_value(body)
    if value is None:
        return None
    num_start = match.start("num")
    num_end = num_start + len(body)
    if _CJK_NUMERAL_WORD_BEFORE.search(text, max(0, start - 1), start) and not match.group("of"):
        return None
    mention = Mention(start, num_end, num_start, num_end, numerals.value_text(value))
    if match.group("of"):
        mention.end = end
        return _cjk_share_of(text, mention, start, match.group("of") == "千分之")
    if (
        _CJK_NUMERAL_WORD_AFTER.match(text, num_end)
        and text[num_end : num_end + 1] not in lx.CJK_SCALES
        and not (text.startswith("日", num_end) and _run_of_days(text, start))
    ):
        return None
    read = _read_cjk(text, mention, _before(text, start))
    if read is None or _a_word_of_numerals(text, read, numeral, bare_place):
        return None
    return read


def _cjk_share_of(text: str, mention: Mention, start: int, per_mille: bool) -> Mention:
    """A percentage or per mille written 百分之 (千分之) before its number, opening at `start`,
    with the qualifier before it (约百分之十, 近百分之5.5) or after it (百分之十左右)."""
    mention.unit = "‰" if per_mille else "%"
    mention.start = start
    before = _before(text, start)
    qualifier = lx.CJK_QUALIFIER_BEFORE_RE.search(before)
    if qualifier and qualifier.end() == len(before):
        mention.qualifier = lx.CJK_QUALIFIERS_BEFORE[qualifier.group(1)]
        mention.start = start - (len(before) - qualifier.start(1))
    mention.end = _cjk_qualifier_after(text, mention, mention.end)
    return mention


def _a_word_of_numerals(text: str, read: Mention, numeral: str, bare_place: bool) -> bool:
    """Whether a Chinese numeral read with what follows it is a word, no figure."""
    if not (read.unit or read.scale or read.noun):
        return True  # a numeral with nothing counted is a word ("一体", "三生")
    if numeral in ("零", "〇") and not read.unit:
        return True  # 零件, 零部件: parts, a word, no count of nothing
    if numeral == "一" and read.noun and not (read.unit or read.scale or read.qualifier):
        return True  # 一个, 一家: "a", as English "a firm" (a count of one is no figure to check)
    before = text[read.num_start - 1 : read.num_start]
    if (
        numeral == "一"
        and read.unit in _TIME_UNITS
        # 前一年為: the year before (but 前一年半: the first year and a half)
        and (before in _THE_ONE or (before == "前" and not text.startswith("半", read.end)))
    ):
        return True  # 最多的一年, 这一天: the year, the day, no length of time
    # 百万富翁 (a millionaire), 千万不要 (never), 百亿级 (a class of size)
    return bare_place and (not (read.unit or read.noun) or text.startswith("级", read.end))


# Words before 一 that make 一年, 一天 a particular one: "the", "this", "that", "the same", "the
# previous", "the next" (比上一年: than the year before).
_THE_ONE = frozenset("的这那同哪這上下")
_CJK_PLACES = {"百": Fraction(100), "千": Fraction(1000)}
_CJK_MORE_THAN_PLACE = re.compile("[余多](?:" + lx.CJK_COUNTERS + ")")
_CJK_COUNTED = re.compile(
    "(?:" + lx.CJK_COUNTERS + "|" + "|".join(name for name, _ in lx.CJK_CURRENCIES) + ")"
)


def _qualified_bare_place(text: str, match: re.Match[str]) -> bool:
    """近千人, 逾百家, 近万名, 超亿元: a bare place or group between a qualifier and what it
    counts or its currency is one of it (nearly a thousand people); with neither it is a word
    (百家争鸣, 千人一面, 万人空巷). 破亿, 破万 say a threshold crossed, no figure ("票房破亿元的
    影片", "5部影片票房破亿元": a class of films)."""
    num_start = match.start("num")
    qualifier = lx.CJK_QUALIFIER_BEFORE_RE.search(text, max(0, num_start - 3), num_start)
    return (
        qualifier is not None
        and qualifier.group(1) != "破"
        and _CJK_COUNTED.match(text, match.end("num")) is not None
    )


def _read_bare_group(text: str, match: re.Match[str]) -> Mention | None:
    """A group character with no numeral before it, then 余 or 多 and what it counts ("万余人",
    "万多家企业"): more than one of that group, read as "1万余人" is. Alone it is a word (万一,
    万元户, 亿万): only 余 or 多 and a counter after it make it a count."""
    start, end = match.start("num"), match.end("num")
    before = text[max(0, match.start() - 1) : match.start()]
    if before.isdigit() or _CJK_NUMERAL_WORD_BEFORE.search(before):
        return None  # 1万余人 is read with its digits; 数万余人 (several) is no figure
    scale = lx.CJK_SCALES[match.group("num")][0]
    return _read_cjk(text, Mention(start, end, start, end, "1", scale=scale), _before(text, start))


def _read_cjk_groups(text: str, match: re.Match[str]) -> Mention | None:
    """A numeral of two groups ("一亿四千万", 140 million; "十八亿九千万"): read whole, in the
    scale of its larger group (1.4 亿), as a claim file writes it."""
    numeral = match.group("num")
    value = numerals.cjk_numeral_value(numeral)
    group = next(g for g in _CJK_GROUPS if g in numeral[:-1])
    if value is None or _CJK_NUMERAL_WORD_BEFORE.search(
        text, max(0, match.start() - 1), match.start()
    ):
        return None
    start, end = match.start("num"), match.end("num")
    scale = lx.CJK_SCALES[group][0]
    number = numerals.value_text(value / vocabulary.SCALES[scale.lower()])
    mention = Mention(start, end, start, end, number, scale=scale)
    return _read_cjk(text, mention, _before(text, start))
