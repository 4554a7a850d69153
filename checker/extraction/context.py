"""What surrounds a number: sentences and clauses, periods, entities and metric names.

Everything here is heuristic and fast (regular expressions and word lists, no tagger): a draft
for an editor, written for news text in general. Periods are found once for the whole text;
sentences once; metric names and entities only around the mentions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import numerals
from . import lexicon as lx
from .prefilter import any_of

__all__ = [
    "PeriodMention",
    "Segments",
    "default_entity",
    "find_periods",
    "segment",
    "slug",
    "Namer",
    "is_stop",
    "listed_subjects",
    "noun_phrase_back",
    "split_words",
]

# ---------------------------------------------------------------- sentences and clauses

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Inc|Ltd|Co|Corp|Gov|Sen|Rep|Gen|Col|Lt|Rs|vs|etc|e\.g|i\.e|approx|est|Fig|p|pp|al|[A-Z])\.)$"
)
# A sentence end (. ! ? before a capital or digit, a Chinese stop) or a line break. A
# semicolon, ; or ；, ends a clause, not a sentence: "其中，甲…；乙…；丙…" lists the parts of one
# total in one sentence, as "of which A ...; B ...; C ..." does. Written to
# open on one of the characters that can open a match, the lookbehind after it saying which
# alternative goes on, so the scan skips straight to those characters; the plain form
# (tests/test_extraction_scans.py) is [.!?]+["”’')\]]*[ \t]+(?=...)|[。！？]+|[ \t]*\n[ \t]*(?:\n[ \t]*)*
# A line break's match opens on the break: the spaces and tabs before it are taken by
# `_boundaries` (opening on them, the scan stopped at every space of the text).
_BOUNDARY = re.compile(
    r"[.!?。！？\n](?:"
    r"(?<=[.!?])[.!?]*[\"”’')\]]*[ \t]+(?=[\"“‘(\[]?[A-Z0-9\u4e00-\u9fff])"
    r"|(?<=[。！？])[。！？]*"
    r"|(?<=\n)[ \t]*(?:\n[ \t]*)*"
    r")"
)


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the plain form's matches, in order: a line break's with the spaces and
    tabs before it that no earlier match took."""
    taken = 0
    for match in _BOUNDARY.finditer(text):
        start, end = match.span()
        if text[start] == "\n":
            while start > taken and text[start - 1] in " \t":
                start -= 1
        taken = end
        yield start, end


# Where a clause ends: , ; : followed by space, a dash, a bracket, Chinese commas, "and" before
# a verb in -ing, "while", "whereas", "but". Written to open on one of the characters that can
# open a match, a lookbehind choosing the alternative (in the plain form's order), so the scan
# skips straight to those characters. The plain form (tests/test_extraction_scans.py):
#   ,\s+|;\s+|:\s+|\s+[—–]\s+|\s+--\s+|—|\s*\(|\)\s*|，|、|：|；|[,;:](?=[\u4e00-\u9fff])
#   |(?<=[\u4e00-\u9fff])[,;:]
#   |\s+and\s+(?=[a-z]+ing\s)|\s+(?:while|whereas|but)\s+
# (an ASCII comma straight before or after a Chinese character ends a clause: Chinese text as
# many web pages store it, with the half-width marks)
_CLAUSE = re.compile(
    r"[,;:—()，、：；\s](?:"
    r"(?<=[,;:])\s+"
    r"|(?<=\s)\s*[—–]\s+|(?<=\s)\s*--\s+"
    r"|(?<=—)"
    r"|(?<=\s)\s*\(|(?<=\()"
    r"|(?<=\))\s*"
    r"|(?<=[，、：；])"
    r"|(?<=[,;:])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][,;:])"
    r"|(?<=\s)\s*and\s+(?=[a-z]+ing\s)|(?<=\s)\s*(?:while|whereas|but)\s+"
    r")"
)


@dataclass
class Segments:
    """Sentence and paragraph boundaries of a text, for lookups by position."""

    sentence_starts: list[int]
    sentence_ends: list[int]
    paragraph_of: list[int]

    def sentence(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def span(self, index: int) -> tuple[int, int]:
        return self.sentence_starts[index], self.sentence_ends[index]


def segment(text: str) -> Segments:
    """Sentences: split after . ! ? before a capital or digit (not after an abbreviation), after
    Chinese full stops, and at line breaks; paragraphs: split at blank lines."""
    starts, ends, paragraphs = [], [], []
    paragraph = 0
    position = 0
    for chunk_end, match_end in _boundaries(text):
        token = text[chunk_end:match_end]
        if token[0] == "." and _ABBREVIATIONS.search(text[max(0, chunk_end - 8) : chunk_end + 1]):
            continue  # "U.S. dollars", "Mr. Li": not a sentence end
        if (
            token.count("\n") == 1
            and token[0] not in ".!?。！？"
            and not _looks_complete(text, chunk_end)
            and not _LIST_ITEM.match(text, match_end)
        ):
            continue  # a line wrapped inside a sentence (a list's next item opens a new one)
        end = chunk_end + (len(token.rstrip(" \t\n")) if token[0] in ".!?。！？" else 0)
        if text[position:end].strip():
            starts.append(position)
            ends.append(end)
            paragraphs.append(paragraph)
        if "\n" in token:
            if token.count("\n") >= 2 or _looks_complete(text, chunk_end):
                paragraph += 1
        position = match_end
    if text[position:].strip():
        starts.append(position)
        ends.append(len(text.rstrip()))
        paragraphs.append(paragraph)
    return Segments(starts, ends, paragraphs)


HEADLINE_MAX_WORDS = 20


def headline_end(text: str) -> int | None:
    """Where the text's first line ends when it reads as a headline by its typography: a line
    of its own (a line break after it), short (HEADLINE_MAX_WORDS words at most) and with no
    final punctuation (a headline has no full stop; a colon or comma announces what follows)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].rstrip()
    if end < 0 or not line or len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    if line[-1] in ".!?。！？；;:：,，":
        return None
    return start + len(line)


def separate_headline(segments: Segments, text: str) -> Segments:
    """The segments with a headline (see headline_end) as a sentence and paragraph of its own,
    when a long headline was read as wrapped into the line after it."""
    end = headline_end(text)
    if end is None or not segments.sentence_starts or segments.sentence_ends[0] <= end:
        return segments
    body = len(text) - len(text[end:].lstrip())
    return Segments(
        [segments.sentence_starts[0], body, *segments.sentence_starts[1:]],
        [end, *segments.sentence_ends],
        [0, *(p + 1 for p in segments.paragraph_of)],
    )


# a line opening a list's item: "- ", "• ", "* ", "1. ", "2) "
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+\S")


def _looks_complete(text: str, end: int) -> bool:
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end]
    # a note's mark after the full stop ends the sentence too: "... fluctuations.(2)"
    return len(line) < 60 or _NOTE_MARK_AT_END.sub("", line.rstrip())[-1:] in '.!?。！？:"”'


_NOTE_MARK_AT_END = re.compile(r"(?<=[.!?])(?:\(\d{1,3}\)|\[\d{1,3}\])$")


_SPLITS: dict[tuple[int, int, int], tuple[str, list[tuple[int, int]]]] = {}


def clause_bounds(
    text: str, start: int, end: int, position: int, stop: int | None = None
) -> tuple[int, int]:
    """The clause (between commas, semicolons, dashes, brackets) of the sentence [start, end)
    that holds `position`. `stop` is where the mention ends, so a clause never cuts it."""
    key = (id(text), start, end)
    cached = _SPLITS.get(key)
    if cached is not None and cached[0] is text:  # the same text object, not one that reuses its id
        splits = cached[1]
    else:
        if len(_SPLITS) > 4096:
            _SPLITS.clear()
        # (a gloss opens on a bracket: a sentence with none is not scanned, the scan trying
        # the lookbehind at every character of it)
        glosses = (
            [(m.start(), m.end()) for m in _CJK_GLOSS.finditer(text, start, end)]
            if text.find("(", start, end) >= 0
            else []
        )
        splits = [
            (m.start(), m.end())
            for m in _CLAUSE.finditer(text, start, end)
            if not _inside_number(text, m)
            and not any(g_start <= m.start() < g_end for g_start, g_end in glosses)
        ]
        _SPLITS[key] = (text, splits)
    left, right = start, end
    limit = stop or position
    for split_start, split_end in splits:
        if split_end <= position:
            left = split_end
        elif split_start >= limit:
            right = split_start
            break
    return left, right


# A short gloss in half-width brackets inside a Chinese name, between two of its characters: a
# Latin abbreviation ("广义货币(M2)余额") or a few Chinese characters ("执业(助理)医师", "企(事)业"):
# part of the name, as it is in full-width brackets, not the end of a clause (Chinese text as many
# web pages store it, with the half-width marks). Lower-case pinyin glossing a character
# ("行业(yè)") is no part of a name.
_CJK_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])\((?:[A-Z0-9][A-Za-z0-9.+-]{0,11}|[\u4e00-\u9fff]{1,4})\)(?=[\u4e00-\u9fff])"
)


def _inside_number(text: str, match: re.Match) -> bool:
    return (
        match.group(0).startswith(",")
        and text[match.start() - 1 : match.start()].isdigit()
        and text[match.end() : match.end() + 1].isdigit()
    )


# ---------------------------------------------------------------- periods


@dataclass(slots=True)
class PeriodMention:
    """A period phrase of the text: its span, the period it names (`2023`, `2023-Q1..2023-Q3`),
    how it relates to figures (`at`, `since`, `by`, `range`) and whether it opens its sentence."""

    start: int
    end: int
    period: str | None
    role: str = "at"
    years: int | None = None
    opening: bool = False
    relative: bool = False


_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_COUNT_WORDS = {**lx.UNITS_WORDS, **lx.TENS_WORDS, "a": 1, "few": None, "several": None}
_YEAR_PREPOSITIONS = (
    r"in|during|for|since|by|until|till|through|throughout|of|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|"
    r"end\s+of|from|to|between|and|before|after|in\s+early|in\s+late|in\s+mid-?|early|late|mid-?|fiscal|year|"
    r"the\s+whole\s+of|over|within|across|compared\s+with|compared\s+to|than|versus|vs\.?"
)
_OF_YEAR = r"(?:\s+of\s+(?:(?P<{n}y>(?:1[89]|20|21)\d{{2}})|(?P<{n}r>the\s+year|this\s+year|last\s+year|the\s+same\s+year)))?"
# Every phrase opens on a word boundary, a digit or the first character of a Chinese period
# word (PERIOD_OPENINGS): the lookahead turns down any other position before the alternatives
# are tried one by one. tests/test_extraction.py checks that each alternative opens so.
PERIOD_OPENINGS = r"(?=\b|[\d前上下第一二三四五六七八九十全今去明])"
# Each phrase with the characters it can open on in lower case (tests/test_extraction_scans.py
# reads them off each phrase's pattern): the lowered search tries a phrase only at those.
_PERIOD_PHRASES: tuple[tuple[str, str], ...] = (
    (
        r"tofsenyqh\d",
        r"(?P<ending>\b(?:the\s+)?(?:(?P<en>\d{1,2}|"
        + "|".join(lx.UNITS_WORDS)
        + r")\s+months?|(?P<eu>year|quarter|half[\s-]year))\s+(?:to|ended|ending|through)\s+"
        r"(?:(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?)(?P<emo>"
        + _MONTH_RE
        + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?P<ey>(?:1[89]|20|21)\d{2}))?\b)",
    ),
    (
        "tf",
        r"(?P<quarters>\b(?:the\s+)?first\s+(?P<qn>two|three|2|3)\s+quarters"
        + _OF_YEAR.format(n="qs")
        + r")",
    ),
    (
        "tfs1-4",
        r"(?P<quarter>\b(?:the\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
        + _OF_YEAR.format(n="q")
        + r")",
    ),
    ("q", r"(?P<qcode>\bQ(?P<qc>[1-4])(?:\s*(?P<qcy>(?:1[89]|20|21)\d{2}))?\b)"),
    ("tfs", r"(?P<half>\b(?:the\s+)?(?P<hord>first|second)\s+half" + _OF_YEAR.format(n="h") + r")"),
    ("h", r"(?P<hcode>\bH(?P<hc>[12])(?:\s*(?P<hcy>(?:1[89]|20|21)\d{2}))?\b)"),
    (
        "tf",
        r"(?P<months>\b(?:the\s+)?first\s+(?P<fm>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months"
        + _OF_YEAR.format(n="m")
        + r")",
    ),
    (
        "fb",
        r"(?P<drange>\b(?:from|between)\s+(?P<dm1>"
        + _MONTH_RE
        + r")\s+(?P<dd1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<dy1>(?:1[89]|20|21)\d{2}))?\s+"
        r"(?:to|and|through|until)\s+(?:(?P<dm2>"
        + _MONTH_RE
        + r")\s+)?(?P<dd2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<dy2>(?:1[89]|20|21)\d{2})\b)?)",
    ),
    (
        "jfmasond",
        r"(?P<mrange>\b(?P<m1>"
        + _MONTH_RE
        + r")\s*(?:-|–|to|through)\s*(?P<m2>"
        + _MONTH_RE
        + r")(?:,?\s+(?:of\s+)?(?P<mry>(?:1[89]|20|21)\d{2}))?)",
    ),
    (
        "idfobsuael",
        r"(?P<month>\b(?:in|during|for|of|by|since|until|as\s+of|end\s+of|early|late)\s+(?P<mo>"
        + _MONTH_RE
        + r")(?:,?\s+(?P<moy>(?:1[89]|20|21)\d{2}))?\b(?!\s+\d))",
    ),
    (
        "fb12",
        # a year range in Chinese text too, where a character stands before it (2025-2027年)
        r"(?P<yrange>(?<![0-9A-Za-z_])(?:(?P<yrp>from|between)\s+)?(?P<yr1>(?:1[89]|20|21)\d{2})\s*(?:-|–|—|/|(?:to|and|through|至|到)(?=\s*(?:1[89]|20|21)\d{2}))\s*(?P<yr2>(?:1[89]|20|21)\d{2}|\d{2})(?![\d%]))",
    ),
    (
        r"iodftpl\s",
        r"(?P<past>\b(?:in|over|during|for|throughout)?\s*(?:the\s+)?(?:past|last|previous)\s+(?P<pn>\d+|"
        + "|".join(lx.UNITS_WORDS)
        + r"|"
        + "|".join(lx.TENS_WORDS)
        + r"|few)?\s*(?P<pu>years|decade|decades)\b)",
    ),
    (
        "tlncofdi",
        r"(?P<rel>\b(?P<relw>this|last|next|current)\s+year\b|\b(?:of|for|during|in)\s+the\s+year\b)(?!\s+(?:to|ended|ending|through)\b)",
    ),
    (
        "idfsbutoaelmywcv",
        r"(?P<year>\b(?P<yprep>"
        + _YEAR_PREPOSITIONS
        + r")\s+(?P<y>(?:1[89]|20|21)\d{2})\b(?![-–/]\d|\s*(?:%|percent|billion|million|yuan)))",
    ),
    ("12", r"(?P<yposs>\b(?P<yp>(?:1[89]|20|21)\d{2})['’]s\b)"),
    (
        r"\d",
        r"(?P<cjkdays>(?P<cdy>\d{4})年[\u4e00-\u9fff]{0,6}?从?(?P<cdm1>\d{1,2})月(?P<cdd1>\d{1,2})[日号]起?"
        r"\s*(?:至|到|-|—|~|～)\s*(?:(?P<cdm2>\d{1,2})月)?(?P<cdd2>\d{1,2})[日号]止?)",
    ),
    (
        r"前上下第一二三四五六七八九十全今去明\d",
        r"(?P<cjk>(?:(?P<cy>\d{4})年)?(?P<cp>前三季度|前两季度|前三个季度|上半年|下半年|第?[一二三四1-4]季度|全年|"
        rf"(?P<cm1>{lx.CJK_MONTH})\s*[-—至到~～]\s*(?P<cm2>{lx.CJK_MONTH})月|"
        rf"(?P<cmo>{lx.CJK_MONTH})月份?(?!\d{{1,2}}\s*[日号]|[一二三四五六七八九十]{{1,3}}[日号])(?![日号])|"
        r"[今去明]年前(?P<cfm>\d{1,2}|[一二三四五六七八九十]{1,2})个?月|[去上]年同期|今年|去年|明年)|"
        # 2031年前11个月, 二〇三一年首十一个月: the first months of a year the text writes
        r"(?P<cyf>\d{4})年[首前](?P<cfn>\d{1,2}|十[一二]?|[一二三四五六七八九])个?月|"
        r"(?P<cyo>\d{4})年(?!\d)(?![^\d，。；、,;]{1,8}期间))",
    ),
)
_PERIOD = re.compile(
    PERIOD_OPENINGS + "(?:" + "|".join(phrase for _, phrase in _PERIOD_PHRASES) + ")",
    re.IGNORECASE,
)
_CJK_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _year_of(match: re.Match, name: str, anchor: date | None) -> tuple[int | None, bool]:
    year = match.group(name + "y")
    if year:
        return int(year), False
    relative = match.group(name + "r")
    if relative and anchor:
        word = relative.lower()
        return (anchor.year - 1 if word.startswith("last") else anchor.year), True
    return (anchor.year if anchor else None), True


def find_periods(
    text: str, anchor: date | None, keep_unresolved: bool = False
) -> list[PeriodMention]:
    """Every period phrase of the text, resolved against the anchor date (the article's date)
    where it is relative ("this year", "the first three quarters of the year"). With
    `keep_unresolved`, a phrase naming the figure's own period that the text leaves unresolved
    (今年前三季度, "this year", "the first half", with no date to say which year) is kept too,
    with no period and the role "unresolved": its figures are of no period the drafter knows."""
    found: list[PeriodMention] = []
    for match in _period_matches(text):
        period, role, years, relative = _resolve(match, anchor)
        # 较2029年: the year a change is measured from, not the figure's period (the English
        # "compared with 2029" reads so by its preposition)
        compared = match.group("cjk") and lx.CJK_COMPARED_WITH_RE.search(
            text, max(0, match.start() - 8), match.start()
        )
        if period is None and years is None:
            if keep_unresolved and not compared and _names_own_period(match, text):
                found.append(PeriodMention(match.start(), match.end(), None, "unresolved"))
            continue
        if compared:
            role = "base"
        found.append(
            PeriodMention(match.start(), match.end(), period, role, years, False, relative)
        )
    return found


def date_parts_of_year(text: str, periods: list[PeriodMention]) -> None:
    """Date each Chinese part of a year the text writes without its year and leaves unresolved
    (一季度, 上半年, 3月份, 1—5月, with no article date) in the year the text last named as a
    figure's time: "2031年，全市接待游客9.2亿人次。分季度看，一季度…" speaks of 2031's first
    quarter. A phrase relative to the time of writing (今年, 去年前5个月, 上年同期) is left
    unresolved: an earlier year of the text is no "this year"."""
    from ..periods import PeriodError, parse_period

    year: int | None = None
    for period in periods:
        if period.role == "unresolved":
            named = _part_of_year(text, period, year) if year is not None else None
            if named is not None:
                period.period, period.role, period.relative = named, "at", True
            else:
                year = None  # 今年前三季度: a year the text does not give is now in force
            continue
        if period.role != "at" or not period.period:
            continue
        try:
            parsed = parse_period(period.period)
        except PeriodError:
            continue
        if parsed.start.year == parsed.end.year:
            year = parsed.start.year


def _part_of_year(text: str, period: PeriodMention, year: int) -> str | None:
    """The period a Chinese part of a year written without its year names in `year`; None for
    any other phrase, and for one relative to the time of writing."""
    match = _PERIOD.match(text, period.start)
    if match is None or match.end() != period.end or not match.group("cjk"):
        return None
    phrase = match.group("cp") or ""
    if match.group("cy") or phrase in ("今年", "去年", "明年") or phrase.endswith("同期"):
        return None
    if match.group("cfm"):
        return None  # 今年前5个月: the months of the year of writing
    return _resolve_cjk(match, match.groupdict(), date(year, 12, 31))[0]


# The phrases that name a period of the year, or a year relative to the article's date: with no
# year written and no date to resolve them, they still say the figure is of a period of its own.
_OWN_PERIOD_GROUPS = ("ending", "quarters", "quarter", "half", "months", "mrange", "month", "rel")


def _names_own_period(match: re.Match, text: str) -> bool:
    """A period phrase naming a period of its own (今年, 前三季度, "this year", "the first
    half"), not the base of a change (上年同期, "from last year", "than the first half")."""
    if match.group("cjk"):
        return not (match.group("cp") or "").endswith("同期")
    if not any(match.group(group) for group in _OWN_PERIOD_GROUPS):
        return False
    return not lx.BASE_BEFORE_RE.search(text, max(0, match.start() - 24), match.start())


# The words around which period phrases are looked for, besides a year (in the lowered text).
_TRIGGER_WORDS = (
    *("quarter", "half", "month", "year", "decade", "q1", "q2", "q3", "q4", "h1", "h2"),
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december", "年", "季度", "月"),
)
# Every alternative opens on a literal character, so the engine skips straight to the
# characters that can open one; the words are a tree of their characters (prefilter.any_of),
# so that at such a character one branch is tried, not every word. No word is the start of
# another: the tree finds what the plain alternation finds (tests/test_extraction_scans.py).
_TRIGGER = re.compile(r"1[89]\d\d|2[01]\d\d|" + any_of(_TRIGGER_WORDS))


def _lower_case_pattern(pattern: str) -> str:
    """A pattern's letters in lower case, for the lowered text searched without IGNORECASE (see
    lx.lowered_searchable). Escapes stay as written (an upper-case class is another class), and
    so does the P that opens a named group."""
    return _PATTERN_LETTER.sub(
        lambda m: m.group() if m.group()[0] in "\\(" else m.group().lower(), pattern
    )


_PATTERN_LETTER = re.compile(r"\\.|\(\?P<|[^\W\d_]")


# _PERIOD in lower case, each phrase tried only where one of its opening characters stands:
# most positions turn every phrase down on one character (half the time of _PERIOD).
_PERIOD_LOWERED = re.compile(
    PERIOD_OPENINGS
    + "(?:"
    + "|".join(
        f"(?=[{opening}])" + _lower_case_pattern(phrase) for opening, phrase in _PERIOD_PHRASES
    )
    + ")"
)


def _period_matches(text: str) -> list[re.Match]:
    """Period phrases, found only in windows around words that can start or end one (a year,
    'quarter', 'half', a month...): far faster than running the whole pattern over the text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return list(_PERIOD.finditer(text))
    case_blind = not lx.lowered_searchable(text, lowered)
    searched, pattern = (text, _PERIOD) if case_blind else (lowered, _PERIOD_LOWERED)
    found: list[re.Match] = []
    for first, last in _period_windows(text, lowered):
        for match in pattern.finditer(searched, first, last):
            if found and match.start() < found[-1].end():
                continue
            # a phrase found in the lowered text is read again as written, for its groups
            written = match if case_blind else _PERIOD.match(text, match.start(), last)
            if written is not None:
                found.append(written)
    return found


def _period_windows(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans around the period triggers, merged where they overlap, each opening at a word
    boundary so that no phrase is read from the middle of a word."""
    windows: list[list[int]] = []
    for trigger in _TRIGGER.finditer(lowered):
        first, last = max(0, trigger.start() - 32), trigger.end() + 36
        if windows and first <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], last)
        else:
            windows.append([first, last])
    spans = []
    for first, last in windows:
        while first > 0 and text[first - 1].isalnum():
            first -= 1
        spans.append((first, min(len(text), last)))
    return spans


# A period phrase resolved: (period, role, years for "the past N years", relative to the anchor).
Resolved = tuple[str | None, str, int | None, bool]


def _resolve_quarters(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year, relative = _year_of(match, "qs", anchor)
    count = {"two": 2, "three": 3}.get(groups["qn"].lower(), None) or int(groups["qn"])
    return (f"{year}-Q1..{year}-Q{count}" if year else None), "at", None, relative


def _resolve_quarter(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year, relative = _year_of(match, "q", anchor)
    return (
        (f"{year}-Q{_ORDINALS[groups['qord'].lower()]}" if year else None),
        "at",
        None,
        relative,
    )


def _resolve_qcode(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year = int(groups["qcy"]) if groups["qcy"] else (anchor.year if anchor else None)
    return (f"{year}-Q{groups['qc']}" if year else None), "at", None, not groups["qcy"]


def _resolve_half(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year, relative = _year_of(match, "h", anchor)
    return (
        (f"{year}-H{1 if groups['hord'].lower() == 'first' else 2}" if year else None),
        "at",
        None,
        relative,
    )


def _resolve_hcode(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year = int(groups["hcy"]) if groups["hcy"] else (anchor.year if anchor else None)
    return (f"{year}-H{groups['hc']}" if year else None), "at", None, not groups["hcy"]


def _resolve_months(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year, relative = _year_of(match, "m", anchor)
    word = groups["fm"].lower()
    count = lx.UNITS_WORDS.get(word) or (int(word) if word.isdigit() else None)
    if not year or not count or count > 12:
        return None, "at", None, relative
    return (
        (f"{year}-01..{year}-{count:02d}" if count > 1 else f"{year}-01"),
        "at",
        None,
        relative,
    )


def _resolve_mrange(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year = int(groups["mry"]) if groups["mry"] else (anchor.year if anchor else None)
    first = _MONTH_NAMES.index(groups["m1"].lower()) + 1
    last = _MONTH_NAMES.index(groups["m2"].lower()) + 1
    if not year or last < first:
        return None, "at", None, False
    return f"{year}-{first:02d}..{year}-{last:02d}", "at", None, not groups["mry"]


def _resolve_month(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    year = int(groups["moy"]) if groups["moy"] else (anchor.year if anchor else None)
    if (
        not year
        or groups["mo"] == "May"
        and not groups["moy"]
        and not groups["month"]
        .lower()
        .startswith(("in ", "during", "for", "by", "since", "until", "end"))
    ):
        return None, "at", None, False
    month = _MONTH_NAMES.index(groups["mo"].lower()) + 1
    role = _role(groups["month"].split()[0].lower())
    return f"{year}-{month:02d}", role, None, not groups["moy"]


def _day_range(
    year: int, first: tuple[int, int], last: tuple[int, int], year_of_end: bool = False
) -> str | None:
    """The days from one (month, day) to another, across New Year when the later falls before
    the first ("December 20 to January 5"), `year` being the first day's or, `year_of_end`, the
    last day's ("... to January 5, 2031"); None for a day no calendar has."""
    crossing = 1 if last < first else 0
    start_year = year - crossing if year_of_end else year
    try:
        start = date(start_year, *first)
        end = date(start_year + crossing, *last)
    except ValueError:
        return None
    return None if end == start else f"{start.isoformat()}..{end.isoformat()}"


def _resolve_drange(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    """ "from January 13 to February 21, 2031": a span of days, only with its year written
    (a year the text does not give is never filled in from the article's date)."""
    year = groups["dy2"] or groups["dy1"]
    if not year:
        return None, "at", None, False
    first = _MONTH_NAMES.index(groups["dm1"].lower()) + 1
    last = _MONTH_NAMES.index((groups["dm2"] or groups["dm1"]).lower()) + 1
    days = (first, int(groups["dd1"])), (last, int(groups["dd2"]))
    return _day_range(int(year), *days, year_of_end=not groups["dy1"]), "at", None, False


def _resolve_cjkdays(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    """2031年灯会从2月3日起至3月9日止, 2031年4月8日至5月6日: a span of days of the year
    written before it."""
    first = int(groups["cdm1"]), int(groups["cdd1"])
    last = int(groups["cdm2"] or groups["cdm1"]), int(groups["cdd2"])
    return _day_range(int(groups["cdy"]), first, last), "at", None, False


def _resolve_yrange(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    first = int(groups["yr1"])
    second_text = groups["yr2"]
    if _unit_follows(match):
        return groups["yr1"], "at", None, False  # "in 2024 to 2050 tonnes": a year, then a figure
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 60:
        return None, "at", None, False
    return f"{first}..{second}", "range", None, False


def _resolve_past(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    count_word = (groups["pn"] or "").lower()
    unit = groups["pu"].lower()
    count = (
        int(count_word)
        if count_word.isdigit()
        else _COUNT_WORDS.get(count_word, 1 if not count_word else None)
    )
    if count is None:
        return None, "at", None, False
    years = count * (10 if unit.startswith("decade") else 1)
    if anchor:
        return f"{anchor.year - years}..{anchor.year}", "past", years, True
    return None, "past", years, True


def _resolve_rel(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    if not anchor:
        return None, "at", None, True
    word = (groups["relw"] or "the").lower()
    year = anchor.year + {"last": -1, "next": 1}.get(word, 0)
    return str(year), "at", None, True


def _resolve_year(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    if _unit_follows(match):
        return None, "at", None, False  # "rose to 2050 tonnes": a figure, no year
    return groups["y"], _role(groups["yprep"].split()[0].lower()), None, False


def _unit_follows(match: re.Match) -> bool:
    """Whether a unit follows the four digits a period match ends on: then they are a figure."""
    after = match.string[match.end() : match.end() + 40]
    return bool(lx.UNIT_AFTER_RE.match(after) or lx.PERCENT_RE.match(after))


def _resolve_yposs(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    return groups["yp"], "at", None, False


def _resolve_cjk(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    if groups["cyo"]:
        return groups["cyo"], "at", None, False
    if groups["cfn"]:
        year, months = groups["cyf"], _month_number(groups["cfn"])
        return (f"{year}-01..{year}-{months:02d}" if months else None), "at", None, False
    year = int(groups["cy"]) if groups["cy"] else (anchor.year if anchor else None)
    phrase = groups["cp"]
    relative = not groups["cy"]
    if phrase.endswith("同期"):
        return None, "at", None, True  # last year's same period: a base, of no stated length
    if groups["cfm"]:
        return _first_months_cjk(phrase, groups["cfm"], anchor)
    if phrase in ("今年", "去年", "明年"):
        if not anchor:
            return None, "at", None, True
        return str(anchor.year + {"今年": 0, "去年": -1, "明年": 1}[phrase]), "at", None, True
    if not year:
        return None, "at", None, relative
    if phrase.startswith("前三") or phrase.startswith("前两"):
        return (
            f"{year}-Q1..{year}-Q{3 if phrase.startswith('前三') else 2}",
            "at",
            None,
            relative,
        )
    if phrase == "上半年":
        return f"{year}-H1", "at", None, relative
    if phrase == "下半年":
        return f"{year}-H2", "at", None, relative
    if phrase == "全年":
        return str(year), "at", None, relative
    if phrase.endswith("季度"):
        return f"{year}-Q{_CJK_QUARTER[phrase[-3]]}", "at", None, relative
    return _months_cjk(groups, year), "at", None, relative


def _months_cjk(groups: dict[str, Any], year: int) -> str | None:
    """1-11月, 一至三月: the months of a span; 12月份, 十二月: one month of the year."""
    if groups["cm1"]:
        first, last = _month_number(groups["cm1"]), _month_number(groups["cm2"])
        if 1 <= first < last <= 12:
            return f"{year}-{first:02d}..{year}-{last:02d}"
    month = _month_number(groups["cmo"]) if groups["cmo"] else 0
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def _month_number(written: str) -> int:
    """A month's number as written before its 月, in digits or Chinese numerals (三, 十二)."""
    return int(written) if written.isdigit() else int(numerals.cjk_numeral_value(written) or 0)


def _first_months_cjk(phrase: str, count_text: str, anchor: date | None) -> Resolved:
    """今年前5个月: January to May of the anchor's year (去年: the year before)."""
    count = int(count_text) if count_text.isdigit() else numerals.cjk_numeral_value(count_text)
    if not anchor or not count or not 1 < count <= 12:
        return None, "at", None, True
    year = anchor.year + {"今": 0, "去": -1, "明": 1}[phrase[0]]
    return f"{year}-01..{year}-{int(count):02d}", "at", None, True


_ENDING_MONTHS = {"year": 12, "quarter": 3, "half year": 6, "half-year": 6}


def _resolve_ending(match: re.Match, groups: dict[str, Any], anchor: date | None) -> Resolved:
    """ "the year to March 2023", "the three months ended 30 June": the months that end with
    the month named. With no year written, the last such month up to the article's date; with
    no date either, nothing."""
    word = (groups["en"] or "").lower()
    count = (
        _ENDING_MONTHS[re.sub(r"\s+", " ", groups["eu"].lower())]
        if groups["eu"]
        else int(word)
        if word.isdigit()
        else lx.UNITS_WORDS.get(word)
    )
    last = _MONTH_NAMES.index(groups["emo"].lower()) + 1
    if groups["ey"]:
        year, relative = int(groups["ey"]), False
    elif anchor:
        year, relative = (anchor.year if anchor.month >= last else anchor.year - 1), True
    else:
        return None, "at", None, True
    if not count or not 1 <= count <= 24:
        return None, "at", None, relative
    first = year * 12 + last - 1 - (count - 1)
    start = f"{first // 12}-{first % 12 + 1:02d}"
    end = f"{year}-{last:02d}"
    return (end if count == 1 else f"{start}..{end}"), "at", None, relative


# Which named group of _PERIOD matched decides how the phrase is read, in the pattern's order.
_RESOLVERS: dict[str, Callable[[re.Match, dict[str, Any], date | None], Resolved]] = {
    "ending": _resolve_ending,
    "quarters": _resolve_quarters,
    "quarter": _resolve_quarter,
    "qcode": _resolve_qcode,
    "half": _resolve_half,
    "hcode": _resolve_hcode,
    "months": _resolve_months,
    "drange": _resolve_drange,
    "mrange": _resolve_mrange,
    "month": _resolve_month,
    "yrange": _resolve_yrange,
    "past": _resolve_past,
    "rel": _resolve_rel,
    "year": _resolve_year,
    "yposs": _resolve_yposs,
    "cjkdays": _resolve_cjkdays,
    "cjk": _resolve_cjk,
}


def _resolve(match: re.Match, anchor: date | None) -> Resolved:
    groups = match.groupdict()
    for group, resolver in _RESOLVERS.items():
        if groups[group]:
            return resolver(match, groups, anchor)
    return None, "at", None, False


def _role(preposition: str) -> str:
    if preposition in ("since", "from", "after"):
        return "since"
    if preposition in ("by", "until", "till", "before"):
        return "by"
    if preposition in ("than", "compared", "versus", "vs", "vs."):
        return "base"
    return "at"


# ---------------------------------------------------------------- entities

# A capitalised phrase. The capital comes first and the lookbehind after it says what
# "(?<![\w'’-])" before it would say, so the scan skips to capitals; the plain form
# (tests/test_extraction_scans.py) opens (?<![\w'’-])((?:[A-Z][\w’'&.-]*|[A-Z]{2,})...
_PROPER = re.compile(
    r"([A-Z](?<![\w'’-][A-Z])(?:[\w’'&.-]*|[A-Z]+)(?:\s+(?:of\s+the\s+|(?:of|for|and|de|du|la|le|the|on)\s+)?(?:[A-Z][\w’'&.-]*))*)"
)
_POSSESSIVE_TAIL = re.compile(r"['’]s?$")


def _without_possessive(word: str) -> str:
    """The word less a possessive tail ("China's", "firms’"): asked of every capitalised word,
    so a word with no apostrophe, most of them, is returned without a substitution."""
    return _POSSESSIVE_TAIL.sub("", word) if "'" in word or "’" in word else word


# A capitalised word opens a sentence, a line or a quotation here: its capital says nothing.
# (Each opens on its first letter, the lookbehind after it saying what "\b" before it would
# say, so the scan skips to such letters; plain forms in tests/test_extraction_scans.py.)
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'&.-]*")
# Lower-case words a run at a time, parted by single spaces ("rose by a third" one match):
# a match costs the engine more than the characters it reads (tests/test_extraction_scans.py
# holds the words to the plain form, a word at a time).
_LOWER_WORD_RUN = re.compile(r"[a-z](?<!\w[a-z])[\w’'-]*(?: [a-z][\w’'-]*)*")
_CONTRACTION = re.compile(r"[’'](?:d|ll|re|ve|m|t)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameEvidence:
    """How a text writes its words: those it capitalises where no sentence or line opens, and
    those it writes in lower case. A word capitalised only where sentences open ("Profits",
    "Here", "Preliminary") is an ordinary word, not a name."""

    capitalised: frozenset[str]
    lower: frozenset[str]

    def is_name_word(self, word: str) -> bool:
        bare = _without_possessive(word).rstrip(".")
        if bare.isupper() and len(bare) > 4:
            bare = bare.capitalize()  # "GLASGOW Airport" where a dateline shouts the name
        return bare in self.capitalised and bare.lower() not in self.lower


@functools.lru_cache(maxsize=4)
def name_evidence(text: str) -> NameEvidence:
    """The text's name evidence, built once per text (one pass over its words)."""
    written: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        # a word already kept needs no second look at where it stands
        if word not in written and not _opens(text, match.start()):
            written.add(word)
    capitalised = {_without_possessive(word).rstrip(".") for word in written}
    return NameEvidence(frozenset(capitalised), frozenset(lower_case_words(text)))


def lower_case_words(text: str) -> set[str]:
    """The words the text writes opening in lower case, lowered."""
    words = set(" ".join(_LOWER_WORD_RUN.findall(text)).split())
    return {word.lower() for word in words}


def _opens(text: str, position: int) -> bool:
    """Whether a sentence, a line, a list item or a quotation opens at `position`: the four
    characters before it are blank or hold a line break, or end, but for white space, in a
    full stop, a colon, an opening quotation mark or bracket, or a list mark after a space.
    (String methods, not a pattern: this is asked of every capitalised word; the pattern it
    stands for is in tests/test_extraction_scans.py.)"""
    if position > 1 and text[position - 1] == " " and text[position - 2].isalnum():
        return False  # most words: one space after a letter or digit, which opens nothing
    window = text[max(0, position - 4) : position]
    kept = window.rstrip()
    if not kept or "\n" in window[len(kept) :]:
        return True
    return kept[-1] in _OPENING_MARKS or (
        kept[-1] in _LIST_MARKS and len(kept) > 1 and kept[-2].isspace()
    )


_OPENING_MARKS = frozenset('.!?:;"“‘([')
_LIST_MARKS = frozenset("-–—•*")


def _ordinary(word: str, evidence: NameEvidence) -> bool:
    """A capitalised word that is an ordinary word: the text writes it in lower case, or the
    lexicon knows it as a function word, a verb or a measure."""
    lower = word.lower()
    return (
        lower in evidence.lower
        or is_stop(word)
        or lower in lx.VERBS
        or lower in lx.MEASURE_NOUNS
        or lower[-1:] == "s"
        and lower[:-1] in lx.MEASURE_NOUNS
        or _without_possessive(lower) in lx.POINTING_WORDS
        or bool(_CONTRACTION.search(word))
    )


_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")


def _named_alone(text: str, end: int) -> bool:
    """A lone capitalised word opening a sentence reads as a name when it owns something or
    does something: "Shenzhen's index", "Acme reported"."""
    following = _NEXT_LOWER_WORD.match(text[end : end + 24])
    return text[max(0, end - 2) : end] in ("’s", "'s") or bool(
        following and reads_as_verb(following.group(1))
    )


def reads_as_verb(word: str) -> bool:
    """Whether a lower-case word after a name reads as its verb: one the lexicon knows, or a
    past tense it does not ("Acme enjoyed", "the council approved")."""
    return (
        word in lx.VERBS
        or word in lx.AUXILIARIES
        or len(word) > 4
        and word.endswith("ed")
        and word not in lx.MEASURE_NOUNS
        and word not in lx.TIME_MODIFIERS
    )


def default_entity(text: str, limit: int = 100_000) -> str | None:
    """The most frequent name of the text (places weigh double after 'in'), or None when it
    writes none: an entity the text does not give is left unknown."""
    counts: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = {}
    sample = text[:limit]
    evidence = name_evidence(sample)
    for start, _, name in proper_phrase_at(sample, 0, len(sample), evidence):
        if name.endswith(("ese", "ian")) and " " not in name:
            continue  # "Chinese", "Canadian": what a name is of, not a name
        key = name.casefold()
        counts[key] += 2 if sample[max(0, start - 3) : start] == "in " else 1
        spellings = spelled.get(key)
        if spellings is None:
            spellings = spelled[key] = Counter()
        spellings[name] += 1
    if not counts:
        return None
    # A one-word name counts also where it is part of a longer one ("Hamburg" in "Port of
    # Hamburg"); "White" is no name by itself, so "White House" lends it nothing.
    scores = Counter(counts)
    for key, count in counts.items():
        for word in key.split():
            if word != key and word in counts:
                scores[word] += count
    key = scores.most_common(1)[0][0]
    return spelled[key].most_common(1)[0][0]


_LEADING_WORDS = frozenset(("The", "A", "An", "In", "On", "At", "For", "By", "And", "But", "Of"))
_JOINING_WORDS = ("of", "for", "and", "de", "the", "on")


def proper_phrase_at(
    text: str, start: int, end: int, evidence: NameEvidence | None = None
) -> list[tuple[int, int, str]]:
    """Capitalised phrases (names) between start and end, with their spans. A phrase's first
    word where a sentence opens counts only if the text capitalises it elsewhere too. The
    whole text is read once (its most frequent name is the default entity) and kept: the
    phrases of a clause are then looked up in that reading (`_WholeTextNames`)."""
    evidence = evidence or name_evidence(text)
    if start == 0 and end == len(text):
        whole = _WholeTextNames(text, evidence)
        if len(_WHOLE_TEXT_NAMES) > 8:
            _WHOLE_TEXT_NAMES.clear()
        _WHOLE_TEXT_NAMES[id(text)] = whole
        return [name for *_, names in whole.steps for name in names]
    names = _WHOLE_TEXT_NAMES.get(id(text))
    # the same text object (not one that reuses its id), read with the same evidence
    if names is not None and names.text is text and names.evidence is evidence:
        found = names.within(start, end)
        if found is not None:
            return found
    return _phrases(text, start, end, evidence)


def _phrases(text: str, start: int, end: int, evidence: NameEvidence) -> list[tuple[int, int, str]]:
    return [name for *_, names in _name_steps(text, start, end, evidence) for name in names]


def _name_of(
    text: str, first: int, last: int, evidence: NameEvidence
) -> tuple[int, int, str] | None:
    """The name a capitalised phrase writes, with its span, or None (see proper_phrase_at)."""
    # an owner is written with an apostrophe: most names have none to look for
    quoted = text.find("'", first, last) >= 0 or text.find("’", first, last) >= 0
    owner = _OWNER.search(text, first, last) if quoted else None
    if owner is not None:
        last = owner.end(1)  # "China's GDP": the owner is the name, not what it owns
        # ... but an owner after "of the" is the start of a longer name than the phrase shows
        # ("the Office of the People's Government of ..."): the name is what stands before it
        joined_at = text.find(" of the ", first, owner.start())
        if joined_at >= 0:
            last = joined_at
    words = text[first:last].split()
    opening = _opens(text, first)
    while words and (
        words[0] in _LEADING_WORDS
        or words[0] in _JOINING_WORDS
        or opening
        and not evidence.is_name_word(words[0])
        and (_ordinary(words[0], evidence) or len(words) == 1 and not _named_alone(text, last))
    ):
        words = words[1:]
    while words and words[-1] in _JOINING_WORDS:
        words = words[:-1]
    if not words or quoted and _CONTRACTION.search(words[0]):
        return None
    # a name a dateline shouts ("GLASGOW Airport") as the text writes it elsewhere
    words = [
        w.capitalize() if len(w) > 4 and w.isupper() and evidence.is_name_word(w) else w
        for w in words
    ]
    joined = " ".join(words)
    cleaned = (_POSSESSIVE_TAIL.sub("", joined) if quoted else joined).strip(" .")
    if not cleaned or (
        len(words) == 1 and (cleaned in lx.NOT_ENTITIES or cleaned.isupper() and len(cleaned) <= 4)
    ):
        return None
    return first, last, cleaned


_OWNER = re.compile(r"(\S+?)['’]s?(?=\s)")
_PHRASE_BREAK = re.compile(r"\.(?=\s)|\s*\n\s*")


# One search of the scan for capitalised phrases: where it searched from, the phrase it found
# (its match, before any cut), where the next search starts, and the names it gives (none or
# one). A tuple: the scan of a whole text makes one for every capitalised phrase.
_NameStep = tuple[int, int, int, int, tuple[tuple[int, int, str], ...]]


def _name_steps(
    text: str, start: int, end: int, evidence: NameEvidence | None
) -> Iterator[_NameStep]:
    """The scan for capitalised phrases, each cut where a sentence ends or a line breaks inside
    it ("... Americans. Or", "Statistics\nPreliminary" are two phrases each), step by step;
    the names only with `evidence`."""
    position = start
    while position < end:
        match = _PROPER.search(text, position, end)
        if match is None:
            return
        first, last = match.span(1)
        # a phrase breaks only at a full stop or a line break: most phrases hold neither
        breaks = text.find(".", first, last) >= 0 or text.find("\n", first, last) >= 0
        for cut in _PHRASE_BREAK.finditer(text, first, last) if breaks else ():
            if cut.group() == "." and _ABBREVIATIONS.search(
                text[max(first, cut.start() - 6) : cut.end()]
            ):
                continue
            last = cut.start()
            break
        name = _name_of(text, first, last, evidence) if evidence and last > first else None
        searched_from = position
        position = max(last + 1, match.start() + 1) if last < match.end(1) else match.end()
        yield searched_from, first, match.end(1), position, (name,) if name else ()


class _WholeTextNames:
    """The scan for names over a whole text, step by step, so that the names of a clause are
    looked up, not read again. A scan from a clause's start takes the same steps as the whole
    text's from the first step that searched from before it and found a phrase after it; each
    step's phrase is the same while it ends inside the clause, and a phrase running past the
    clause's end is cut there, so that step on is read afresh."""

    def __init__(self, text: str, evidence: NameEvidence) -> None:
        self.text, self.evidence = text, evidence
        self.steps = list(_name_steps(text, 0, len(text), evidence))
        self.starts = [step[1] for step in self.steps]
        self.last_from = self.steps[-1][3] if self.steps else 0

    def within(self, start: int, end: int) -> list[tuple[int, int, str]] | None:
        """The names of [start, end) as a scan of that span finds them, or None when `start`
        falls inside a phrase of the whole text's scan (then the span is read afresh)."""
        first = bisect.bisect_left(self.starts, start)
        steps = self.steps
        searched_from = steps[first][0] if first < len(steps) else self.last_from
        if searched_from > start:
            return None
        found: list[tuple[int, int, str]] = []
        for step_from, step_start, step_end, _, names in itertools.islice(steps, first, None):
            if step_start >= end:
                break
            if step_end > end:
                return found + _phrases(self.text, step_from, end, self.evidence)
            found.extend(names)
        return found


_WHOLE_TEXT_NAMES: dict[int, _WholeTextNames] = {}


# ---------------------------------------------------------------- metric names

# a word, hyphenated or not; a double hyphen stands for a dash and parts two words
_WORD_OPENING = r"[A-Za-z0-9\u4e00-\u9fff]"
_TOKEN = re.compile(_WORD_OPENING + r"[\w’'&.]*(?:-[\w’'&.]+)*|[“”\"]")
_WORD_OPENER = re.compile(_WORD_OPENING)


def has_words(text: str, start: int, end: int) -> bool:
    """Whether split_words can find a word in text[start:end]: none where no letter, digit or
    Chinese character opens one (the quotation marks it also reads are dropped; a run of Chinese
    may still name nothing)."""
    return _WORD_OPENER.search(text, start, end) is not None


_NOT_WORD = re.compile(r"[^\w]+")


def slug(words: str, limit: int = 6, keep: str = "last") -> str:
    """snake_case of a phrase: lower case, words joined by '_', at most `limit` words (the last
    ones: the head of an English noun phrase comes last)."""
    parts = [p for p in _NOT_WORD.split(_CONTRACTED.sub("", words.lower())) if p]
    parts = [_singular(p) for p in parts if p not in ("the", "a", "an")]
    if len(parts) > limit:
        parts = parts[:limit] if keep == "first" else parts[-limit:]
    return "_".join(parts)


# a possessive or a contraction is no part of a name ("year's", "don't", "that'd")
_CONTRACTED = re.compile(r"n[’']t\b|[’'](?:s|d|ll|re|ve|m)\b")


def _singular(word: str) -> str:
    """A measure named in the plural, in the singular ("profits" is "profit"), so that one
    quantity written both ways gets one name; other plurals ("sales", "exports") stay."""
    return word[:-1] if word.endswith("s") and word[:-1] in lx.MEASURE_NOUNS else word


def split_words(text: str) -> list[str]:
    words = [t for t in _TOKEN.findall(text) if t not in ("“", "”", '"')]
    if not _HAN.search(text):
        return words
    return [named for named in map(cjk_name, words) if named]


_HAN = re.compile(r"[\u4e00-\u9fff]")


def cjk_name(word: str) -> str:
    """A run of Chinese before a figure without what opens and closes it and names nothing
    (a period, a place, a comparison, a verb): "一季度临江县地区生产总值为" is 地区生产总值,
    "比上年下降" nothing. Words without Chinese are returned as they are."""
    if not _HAN.search(word):
        return word
    word = lx.CJK_INNER_VERB_RE.sub("", numerals.fold(word))  # Traditional read as Simplified
    if lx.CJK_SCOPE_RE.match(word):
        return ""
    while True:
        opened = lx.CJK_NAME_OPENERS_RE.match(word)
        closed = lx.CJK_NAME_CLOSERS_RE.search(word) or _CJK_QUALIFIER_CLOSER.search(word)
        figure = _CJK_FIGURE.search(word)
        year = _CJK_YEAR_INSIDE.search(word) if figure else None
        if opened and opened.end():
            word = word[opened.end() :]
        elif year:
            # a time between a subject and its measure ("华东区2031年营业收入"): the name is both,
            # the time left out (华东区营业收入), never the words before it alone (华东区)
            word = word[: year.start()] + word[year.end() :]
        elif figure:
            # the words after a figure are another clause's ("利润6万元增长4"): the name ends
            # where the figure starts, and a figure with its unit alone names nothing
            word = word[: figure.start()]
        elif closed:
            word = word[: closed.start()]
        else:
            # one character names no measure (在, 个): a preposition, a classifier, a unit
            return "" if word in CJK_MEASURE_WORDS or len(word) == 1 else word


# A year (a range or a list of years) with its 年 inside a run of Chinese: a time, not a figure
_CJK_YEAR_INSIDE = re.compile(rf"(?<![\d.]){lx.CJK_YEARS}")
# A figure inside a run of Chinese: digits with what they are written with, after a character
_CJK_FIGURE = re.compile(r"(?<![A-Za-z])\d[\d.,]*(?![A-Za-z])")
# "近", "约", "超过" straight before a figure say how exact it is, not what it measures
_CJK_QUALIFIER_CLOSER = re.compile(
    "(?:" + "|".join(sorted(lx.CJK_QUALIFIERS_BEFORE, key=len, reverse=True)) + ")$"
)
# A classifier, unit or currency (户, 人次, 亿元): what a figure counts in, never its name alone
CJK_MEASURE_WORDS = lx.CJK_COUNTER_WORDS | frozenset(
    chars for chars, _ in lx.CJK_UNITS if _HAN.search(chars)
)


# The function words of the lexicon in one set: one look-up a word.
_STOP_WORDS = lx.DETERMINERS | lx.PREPOSITIONS | lx.CONJUNCTIONS | lx.AUXILIARIES | lx.PRONOUNS


def is_stop(word: str) -> bool:
    return word.lower().rstrip(".") in _STOP_WORDS


# Words that end a left context before a number without naming what it measures.
_TAIL_CUES = (
    lx.CHANGE_WORDS
    | lx.ADVERBS
    | lx.EVALUATIVE_WORDS
    | frozenset(
        "average annual annually yearly total further overall combined cumulative estimated "
        "compound year-on-year rate growth some around about all another additional new worth "
        "valued".split()
    )
)


def _strip_tail(words: list[str]) -> list[str]:
    """Drop what ends a left context before a number: prepositions, verbs, adverbs, change and
    rate words ("an average annual increase of")."""
    out = list(words)
    while out:
        lower = out[-1].lower()
        if (
            is_stop(out[-1])
            or lower in lx.VERBS
            or lower in _TAIL_CUES
            or lower.endswith("ly")
            and len(lower) > 4
        ):
            out.pop()
            continue
        shorter = _strip_time_tail(out)  # "exports last year were worth"
        if len(shorter) == len(out):
            break
        out = shorter
    return out


_YEAR_WRITTEN = re.compile(r"(?:1[89]|20|21)\d\d|'\d\d")  # 2024, '24


def _is_time_word(word: str) -> bool:
    lower = _without_possessive(word.lower().rstrip("."))
    return lower in lx.TIME_NOUNS or bool(_YEAR_WRITTEN.fullmatch(lower))


def _strip_time_tail(words: list[str]) -> list[str]:
    """Drop a time phrase that ends the words before a figure, with what leads up to it ("in
    the first seven months of this year", "on 2016", "a year earlier"): the period is read
    apart, and a time word never names what a figure measures."""
    out = list(words)
    basis = [w.lower() for w in out[-4:]]
    if basis and basis[-1] in ("base", "basis") and "on" in basis[:-1]:
        # "on an annual basis", "on a comparable base": how a change is measured
        return out[: len(out) - len(basis) + basis.index("on")]
    while out and (
        is_stop(out[-1]) or out[-1].lower() in lx.TIME_MODIFIERS or out[-1].lower() in lx.VERBS
    ):
        if not any(_is_time_word(w) for w in out[-4:]):
            return words
        out.pop()
    if not out or not _is_time_word(out[-1]):
        return words
    while out and (
        _is_time_word(out[-1])
        or out[-1].lower() in lx.TIME_MODIFIERS
        or out[-1].lower() in lx.UNITS_WORDS
        or out[-1].isdigit()
        or is_stop(out[-1])
    ):
        out.pop()
    return out


def _past_form(word: str) -> bool:
    """A past tense or participle ("ticked", "adopted"): never the head noun of a phrase. A
    capitalised word is a name ("United")."""
    lower = word.lower()
    return (
        word == lower
        and len(lower) > 4
        and lower.endswith("ed")
        and not lower.endswith("eed")
        and lower != "hundred"
        and lower not in lx.MEASURE_NOUNS
    )


def _adverb_form(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 4 and lower.endswith("ly") and lower not in lx.MEASURE_NOUNS


_CURRENCY_WORD = re.compile("|".join(pattern for pattern, _ in lx.CURRENCY_NAMES), re.IGNORECASE)


def _ing_form(lower: str) -> bool:
    return len(lower) > 5 and lower.endswith("ing") and lower not in lx.MEASURE_NOUNS


_PERSONAL_PRONOUNS = lx.PRONOUNS - lx.DETERMINERS - {"there"}


def reads_as_verb_at(words: list[str], index: int) -> bool:
    """Whether a word the lexicon may not know is a verb where it stands: after a personal
    pronoun ("it widens"), a modal or an infinitive's "to" after a verb ("set to touch",
    "will soon double"), before a particle ("marks down"), or an -ing form no determiner
    makes a noun ("margins leaping", "while edging")."""
    word = words[index]
    lower = word.lower()
    if lower in lx.MEASURE_NOUNS or not lower.isalpha() or index > 0 and word[:1].isupper():
        return False  # a measure, a number, a name ("Northern Europe down 3%")
    back = index - 1
    while back >= 0 and (words[back].lower() in lx.ADVERBS or _adverb_form(words[back])):
        back -= 1
    before = words[back].lower() if back >= 0 else ""
    if before in _PERSONAL_PRONOUNS or before in lx.MODALS and before != "to":
        return True
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if before == "to" and back > 0:
        verb = words[back - 1].lower()
        if verb in lx.VERBS or _past_form(verb) or verb in ("likely", "able", "due", "set"):
            return True
        if following == "at" and not lower.endswith("s"):
            return True  # "fell 1.6%, to settle at $71.62": an infinitive, then where it ended
    after_particle = words[index + 2] if index + 2 < len(words) else ""
    if (
        following in lx.VERB_PARTICLES
        and after_particle[:1].isalpha()
        and not is_stop(after_particle)
    ):
        return True  # "marks down third-quarter sales" (not "orders up 4%")
    # an -ing form after a plural subject, an auxiliary, a conjunction or a preposition of
    # time, or opening a clause, with no noun after it: "margins leaping 12%", "while edging
    # up", "after touching $73.67" (not "family planning", "the driving force", "manufacturing
    # output")
    return (
        _ing_form(lower)
        and (not following or is_stop(following) or following[:1].isdigit())
        and (
            back < 0
            or before in lx.AUXILIARIES
            or before in lx.CONJUNCTIONS
            or before in _TIME_PREPOSITIONS
            or before.endswith("s")
            and not before.endswith(("ss", "us", "is"))
            and before not in lx.DETERMINERS
        )
    )


# prepositions of time: an -ing form right after one is a verb ("after touching", "before
# closing at", "since peaking at")
_TIME_PREPOSITIONS = frozenset(("after", "before", "since", "upon", "without"))


def noun_phrase_back(words: list[str]) -> list[str]:
    """The noun phrase that ends `words`: back to a determiner, verb or preposition, across 'of'
    and 'for' ("volume of technology contract transactions")."""
    phrase: list[str] = []
    index = len(words) - 1
    while index >= 0:
        word = words[index]
        lower = word.lower()
        if lower in ("of", "for", "and") and phrase and index > 0:
            head = words[index - 1].lower()
            if head not in lx.VERBS and not is_stop(words[index - 1]) and not head.endswith("ly"):
                phrase.insert(0, word)
                index -= 1
                continue
            break
        if (
            lower in ("the", "a", "an")
            and phrase
            and index >= 2
            and words[index - 1].lower() in ("of", "for")
            and not is_stop(words[index - 2])
            and words[index - 2].lower() not in lx.VERBS
        ):
            index -= 1  # "profits of the mill": the article inside a phrase joined by "of"
            continue
        if is_stop(word):
            break
        if not phrase and _past_form(word):
            index -= 1  # "firms listed", "a projected": the participle is no head noun
            continue
        if not phrase and (_is_time_word(word) or lower in lx.POINTING_WORDS):
            break  # "on Monday adopted", "and then fell": a time names no measure
        if reads_as_verb_at(words, index) or (
            lower in lx.VERB_PARTICLES and index > 0 and reads_as_verb_at(words, index - 1)
        ):
            break  # "set to touch $9bn", "revises down output": the verb ends the phrase
        if lower in lx.VERBS:
            if (
                phrase
                and index > 0
                and lower.endswith("ed")
                and (
                    words[index - 1].lower() in lx.DETERMINERS
                    or words[index - 1].lower() in lx.PREPOSITIONS
                )
            ):
                phrase.insert(0, word)  # "an added value": a participle used as an adjective
            break
        phrase.insert(0, word)
        index -= 1
        if len(phrase) >= 9:
            break
    return phrase


_PLACE_NOUNS = frozenset(
    "city country capital region province nation municipality world area state county district "
    "town metropolis economy".split()
)


def _drop_locations(words: list[str]) -> list[str]:
    """Remove "in Pudong", "at Fudan University": a located name is the entity."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if (
            word.lower() in ("in", "at")
            and index + 2 < len(words) + 1
            and index + 1 < len(words)
            and words[index + 1].lower() == "the"
            and index + 2 < len(words)
            and words[index + 2].lower() in _PLACE_NOUNS
        ):
            index += 3
            continue
        if (
            word.lower() in ("in", "at")
            and index + 1 < len(words)
            and words[index + 1][:1].isupper()
            and words[index + 1] not in lx.NOT_ENTITIES
        ):
            index += 1
            while index < len(words) and (
                words[index][:1].isupper() or words[index].lower() in ("of", "and", "for")
            ):
                index += 1
            continue
        out.append(word)
        index += 1
    return out


def _subject(words: list[str], entity_words: set[str]) -> list[str]:
    """The subject of a clause: from its start to the first verb (skipping a possessive name)."""
    phrase: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in lx.ADVERBS:
            continue
        if (
            lower in lx.VERBS
            and lower.endswith("ed")
            and phrase
            and phrase[-1].lower() in lx.DETERMINERS
        ):
            phrase.append(word)  # "the added value": a participle used as an adjective
            continue
        if not phrase and lower in lx.MEASURE_NOUNS:
            phrase.append(word)  # "Exports rose": a measure opening a clause is its subject
            continue
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if phrase and (
            _past_form(word)
            and phrase[-1].lower() not in lx.DETERMINERS
            and following not in ("from", "by", "in")
            or reads_as_verb_at(words, index)
        ):
            break  # "the rate ticked up", "the council on Monday adopted": the verb
        if (
            lower in lx.VERBS
            or lower in lx.AUXILIARIES
            or lower in ("which", "that", "who", "whose")
        ):
            if (
                phrase
                and index + 1 < len(words)
                and lower.endswith("ed")
                and words[index + 1].lower() in ("from", "by", "in")
            ):
                phrase.append(word)  # "the added value generated from the digital economy"
                continue
            break
        phrase.append(word)
        if len(phrase) >= 12:
            break
    while phrase and _past_form(phrase[-1]):
        phrase.pop()  # "a projected $5m": a participle with no noun after it names nothing
    return phrase


def noun_head(noun: str) -> str:
    """A noun read after a figure without the participle or verb that ends it ("sectors
    monitored", "announced by"): the noun phrase is what the figure counts."""
    words = noun.split()
    while words and (_past_form(words[-1]) or words[-1].lower() in lx.VERBS):
        words.pop()
    return " ".join(words)


def _metric_words(words: list[str], entity_words: set[str]) -> list[str]:
    """The words of a noun phrase that name the metric: without determiners, a possessive or
    located name, or a leading adverb."""
    cleaned: list[str] = []
    skip_until = -1
    for index, word in enumerate(words):
        if index <= skip_until:
            continue
        lower = word.lower()
        bare = _without_possessive(word)
        if word.endswith(("’s", "'s")) and (bare in entity_words or bare[:1].isupper()):
            continue  # "Shanghai's", "the city's": the entity, not the metric
        if lower in ("in", "at") and index + 1 < len(words) and words[index + 1][:1].isupper():
            # "in Pudong": a place, which is the entity
            skip_until = index + 1
            while skip_until + 1 < len(words) and words[skip_until + 1][:1].isupper():
                skip_until += 1
            continue
        if (
            lower in lx.DETERMINERS
            or lower in ("city", "city’s", "country’s", "nation’s")
            and not cleaned
            and index + 1 < len(words)
        ):
            continue
        if lower.endswith("ly") and len(lower) > 4 and not cleaned:
            continue
        if _FIGURE_WORD.fullmatch(lower):
            continue  # "Of the £2.4bn budget": the figure names nothing ("5G", "COVID-19" do)
        cleaned.append(word)
    return cleaned


# an amount written as one word, with its currency or scale: "2.4bn", "£300m", "60%", "$5.5trn"
# (a slug would keep the digits after its point: "4bn")
_FIGURE_WORD = re.compile(
    r"(?:[£$€¥]\d[\d,.]*(?:%|k|m|mn|bn|tn|trn|b)?|\d[\d,.]*(?:%|k|m|mn|bn|tn|trn|b))[,.;:]?"
)


def normalize_phrase(
    words: list[str], entity_words: set[str]
) -> tuple[str, str | None, str | None]:
    """A noun phrase as a metric: (metric, part_of parent or None, generic measure or None).

    Drops determiners, a possessive or located name ("Shanghai's", "in Pudong"), and reorders
    "A of B" / "A for B" / "A generated from B" into "B A" when A is a measure ("volume of
    transactions" is transactions_volume). "A within B" names a part of B.
    """
    cleaned = _metric_words(words, entity_words)
    parent = None
    text = " ".join(cleaned)
    lowered = [w.lower() for w in cleaned]
    for marker in ("within", "inside", "among"):
        if marker in lowered:
            at = lowered.index(marker)
            part, whole = cleaned[:at], cleaned[at + 1 :]
            whole_name = slug(" ".join(whole))
            return slug(" ".join(whole + part)), whole_name or None, None
    for marker in ("generated from", "from", "of", "for", "in"):
        marker_words = marker.split()
        for at in range(1, len(lowered) - len(marker_words) + 1):
            if lowered[at : at + len(marker_words)] == marker_words:
                head = cleaned[:at]
                tail = cleaned[at + len(marker_words) :]
                if (
                    head
                    and tail
                    and (
                        all(
                            w.lower() in lx.MEASURE_NOUNS
                            or w.lower() in ("total", "added", "annual", "new", "generated")
                            for w in head
                        )
                    )
                ):
                    if head[-1].lower() == "number":
                        return slug(" ".join(tail)), None, None
                    return (
                        slug(" ".join(tail + [w for w in head if w.lower() != "generated"])),
                        None,
                        None,
                    )
                if marker in ("of", "for") and head and tail:
                    kept = head + [w for w in tail if w.lower() not in ("and", "of", "for", "the")]
                    return slug(" ".join(kept), 7, keep="first"), None, None
                break
    return slug(text, 7), parent, None


def prefixed_name(subject: str, metric: str) -> str:
    """A generic metric name with the subject that says what it measures before it, written
    once where the subject already ends with it ("trade_value" and "trade_value")."""
    return subject if subject == metric or subject.endswith("_" + metric) else f"{subject}_{metric}"


def generic_only(metric: str) -> bool:
    """A metric name that says what is measured but not of what ("output", "added_value")."""
    parts = metric.split("_")
    return bool(parts) and all(
        p in lx.GENERIC_ONLY
        or p in lx.MEASURE_NOUNS
        or p in ("added", "total", "value", "top", "annual")
        for p in parts
    )


def _participle_head(words: list[str], at: int) -> list[str]:
    """The noun a participle phrase ending the words modifies, where the phrase read back from
    the figure is the participle's object ("deaths linked to the storm now total 41": deaths,
    not the storm), unless that noun says only what kind of figure it is ("the added value
    generated from tourism" names tourism's added value). Empty when no participle leads in."""
    back = at - 1
    if back >= 0 and words[back].lower() in lx.DETERMINERS:
        back -= 1
    if back < 1 or words[back].lower() not in lx.PREPOSITIONS or not _past_form(words[back - 1]):
        return []
    head = noun_phrase_back(words[: back - 1])
    if not head or all(w.lower() in lx.GENERIC_ONLY or w.lower() == "added" for w in head):
        return []
    return head


class Namer:
    """Proposes metric names from the words around a mention."""

    def __init__(self, text: str, entity_words: set[str]) -> None:
        self.text = text
        self.entity_words = entity_words

    def left_phrase(self, start: int, end: int) -> list[str]:
        words = _strip_tail(_drop_locations(split_words(self.text[start:end])))
        phrase = noun_phrase_back(words)
        return _participle_head(words, len(words) - len(phrase)) or phrase

    def subject(self, start: int, end: int) -> list[str]:
        words = split_words(self.text[start:end])
        while words and (
            words[0].lower()
            in (
                "additionally",
                "furthermore",
                "moreover",
                "meanwhile",
                "however",
                "also",
                "and",
                "but",
                "so",
                "then",
                "now",
                "in",
                "addition",
                "besides",
                "overall",
            )
        ):
            words = words[1:]
        return _strip_time_tail(_subject(words, self.entity_words))

    def noun_after(self, start: int, end: int) -> list[str]:
        """The noun a figure is followed by where nothing before it names what it measures
        ("adopted a $7.4 million budget"): plain lower-case words up to a function word, a
        verb or a time word, at most three."""
        words: list[str] = []
        every = split_words(self.text[start:end])
        for index, written in enumerate(every[:3]):
            word = written.rstrip(".")
            lower = word.lower()
            if (
                lower != word
                or not lower.isalpha()
                or is_stop(word)
                or lower in lx.VERBS
                or lower in _TAIL_CUES
                or lower in lx.SCALE_WORDS
                or _CURRENCY_WORD.fullmatch(word)
                or _is_time_word(word)
                or _past_form(word)
                or reads_as_verb_at(every, index)
            ):
                break
            words.append(word)
            if written != word:
                return words  # the sentence ends with it
        following = every[len(words)] if len(words) < len(every) else ""
        # a noun phrase that closes ("budget.", "deal with"), not a verb before its object
        # ("3 in 8 favour remote voting")
        return words if not following or is_stop(following) else []

    def content_words(self, start: int, end: int, limit: int = 4) -> list[str]:
        every = split_words(self.text[start:end])
        words = [
            w
            for index, w in enumerate(every)
            if not is_stop(w)
            and w.lower() not in lx.VERBS
            and not w[:1].isdigit()
            and not _is_time_word(w)
            and w.lower() not in lx.TIME_MODIFIERS
            and w.lower() not in _TAIL_CUES
            and not _past_form(w)
            and not reads_as_verb_at(every, index)
            and w.lower() not in lx.SCALE_WORDS
            and not _CURRENCY_WORD.fullmatch(w)
        ]
        return words[-limit:]


# ---------------------------------------------------------------- noise in a name

WEEKDAYS = frozenset(w for w in lx.TIME_NOUNS if w.endswith("day") and w not in ("day", "days"))
_ATTRIBUTION_PARTS = frozenset("according said says told".split())
_CJK_ATTRIBUTION = re.compile(r"^[据經经][\u4e00-\u9fff]*?(?:反馈|测算|估算|统计|核算|显示)")
# the numbering the draft gives to names it makes unique ("figure_3", "gdp_part_2")
_NUMBERED = re.compile(r"(?:_(?:part_)?\d+)+$")


def name_parts(parts: list[str]) -> list[str]:
    """The parts of a metric name that can name what is measured: without weekdays, without
    adverbs and evaluative words before it, without a verb after it ("rate_ticked")."""
    kept = [p for p in parts if p not in WEEKDAYS and p not in _ATTRIBUTION_PARTS]
    while kept and (kept[0] in lx.ADVERBS or kept[0] in lx.EVALUATIVE_WORDS):
        kept.pop(0)
    while (
        kept
        and kept[-1] not in lx.MEASURE_NOUNS
        and (kept[-1] in lx.VERBS or kept[-1] in lx.EVALUATIVE_WORDS)
    ):
        kept.pop()
    return kept


def name_noise(name: str) -> str | None:
    """Why a metric name is not the head noun of what a figure measures, or None: a part that
    is a verb, an adverb or function word, a number, a weekday or an attribution ("according",
    据...), a Chinese name that is a classifier or unit alone or cut inside a word (...同 of
    同比). The draft's numbering of names it makes unique is no part of the name."""
    name = _NUMBERED.sub("", name)
    parts = [p for p in name.split("_") if p]
    if not parts:
        return None
    if any(p.isdigit() or _HAN.search(p) and re.search(r"\d", p) for p in parts):
        return "digit"
    if any(p in WEEKDAYS for p in parts):
        return "weekday"
    if any(p in _ATTRIBUTION_PARTS for p in parts) or _CJK_ATTRIBUTION.match(name):
        return "attribution"
    if any(is_stop(p) or p in lx.ADVERBS or p in lx.EVALUATIVE_WORDS for p in parts):
        return "function"
    if name_parts(parts) != parts or _past_form(parts[-1]):
        return "verb"
    if name in CJK_MEASURE_WORDS:
        return "unit-alone"
    if re.search(r"同$|^重|_重", name):
        return "cut-word"
    return None


# ---------------------------------------------------------------- subjects listed


# What separates the things a sentence lists before the figures "respectively" shares out.
_CJK_LIST_SEPARATOR = re.compile("以及|[、和及与與]")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|its|their|a|an)\s+", re.IGNORECASE)
# "sales in Europe and Asia": the first of the things carries the words they share
_SHARED_HEAD = re.compile(r"^(?P<head>.+?\s(?:in|of|for|at|from)\s)(?P<first>\S.*)$", re.IGNORECASE)


def listed_subjects(text: str, start: int, end: int, count: int) -> list[str] | None:
    """The names of the `count` things text[start:end] lists before the figures that
    "respectively" (分别) shares out over them, in order ("exports and imports rose", "第一产业、
    第二产业和第三产业增加值分别增长": 第一产业增加值, 第二产业增加值, 第三产业增加值), or None
    where it lists no such things, or not that many."""
    before = text[start:end]
    if _HAN.search(before):
        cut = before.rfind("分别") if "分别" in before else before.rfind("分別")
        return _cjk_subjects(before[:cut], count) if cut > 0 else None
    return _subjects(before, count)


def _cjk_subjects(before: str, count: int) -> list[str] | None:
    # 、 alone where it lists as many things each with a 和 inside (批发和零售业、住宿和餐饮业:
    # two things, not 小麦、玉米和大豆产量's three); as many things as figures, or the figures are
    # not shared out over them (小麦、玉米和大豆产量分别增长3.1%和5.2%: which two is not said)
    items = before.split("、")
    if len(items) != count or not all(_CJK_LIST_SEPARATOR.search(item) for item in items):
        items = _CJK_LIST_SEPARATOR.split(before)
    if len(items) != count:
        return None
    names = [cjk_name(item) for item in items]
    if not all(names) or any(_CJK_FIGURE.search(name) for name in names):
        return None
    others, last = names[:-1], names[-1]
    names = [name + _measure_written_once(others, last) for name in others] + [last]
    return names if len(set(names)) == count else None


def _opens_the_list(words: str) -> bool:
    """Whether what a comma sets before the things listed opens the sentence ("In 2031, exports
    and imports rose"), not a thing listed with them ("Alder, Birch and Cedar rose 4% and 6%":
    which two of the three is not said)."""
    first = words.split()[0].lower()
    return (
        any(c.isdigit() for c in words)
        or is_stop(first)
        or first in lx.ADVERBS
        or first in lx.SENTENCE_OPENERS
        or first in _ATTRIBUTION_PARTS
        or first.endswith("ly")
        or bool(find_periods(words, None, keep_unresolved=True))
    )


def _measure_written_once(others: list[str], last: str) -> str:
    """The measure written once after the last of the things listed, each one's: after the
    ending the things share (第一产业、第二产业和第三产业增加值: 增加值), after the last thing's
    first character that ends another (汽车和摩托车产量: 产量), or else after as many characters
    as the longest other thing (小麦、玉米和大豆产量: 产量; 城镇和农村居民收入: 居民收入)."""
    shared = os.path.commonprefix([name[::-1] for name in (others if len(others) > 1 else [])])
    at = last.rfind(shared[::-1]) if shared else -1
    if at >= 0:
        return last[at + len(shared) :]
    lengths = [len(name) for name in others]
    endings = {name[-1] for name in others}
    ends = [k for k in range(min(lengths), max(lengths) + 2) if last[k - 1 : k] in endings]
    thing = ends[0] if ends else max(lengths)
    return last[thing:] if len(last) > thing + 1 else ""


def _measure_after_the_last(items: list[str]) -> list[str]:
    """Things listed with the measure written once, after the last ("wheat and barley exports",
    "tea and coffee sales"): each thing that names no measure of its own takes it. Only a
    measure noun of the lexicon is shared ("cars and light trucks" are two things), and only
    words in lower case ("Leeds and New York prices": a name's words are no measure)."""
    last = items[-1].split()
    if len(last) < 2 or not _is_measure(last[-1]):
        return items
    head = last[1:]
    if any(word[:1].isupper() for word in head):
        return items
    return [
        item if _is_measure(item.split()[-1]) else f"{item} {' '.join(head)}" for item in items[:-1]
    ] + [items[-1]]


def _reads_as_verb(word: str) -> bool:
    return word.lower() in lx.VERBS or _past_form(word.lower())


def _is_measure(word: str) -> bool:
    lower = word.lower()
    return lower in lx.MEASURE_NOUNS or (lower.endswith("s") and lower[:-1] in lx.MEASURE_NOUNS)


def _subjects(before: str, count: int) -> list[str] | None:
    words = before.split()
    # the things end where their verb starts ("exports and imports rose"): the first verb
    # after the word opening the last thing ("exports" may be a verb too)
    last = max(
        (i for i, w in enumerate(words) if w.lower() == "and" or w.endswith(",")), default=-1
    )
    verb = next(
        (
            i
            for i in range(last + 2, len(words))
            if _reads_as_verb(words[i])
            # a measure that may be a verb, before the verb ("barley exports rose")
            and not (_is_measure(words[i]) and i + 1 < len(words) and _reads_as_verb(words[i + 1]))
        ),
        None,
    )
    if verb is None or last < 0:
        return None
    items = _LIST_SEPARATOR.split(" ".join(words[:verb]))
    if len(items) < count or len(items) > count and not _opens_the_list(items[-count - 1]):
        return None
    items = [_LEADING_ARTICLE.sub("", item) for item in items[-count:]]
    shared = _SHARED_HEAD.match(items[0])
    if shared and not any(_SHARED_HEAD.match(item) for item in items[1:]):
        items = [items[0]] + [shared.group("head") + item for item in items[1:]]
    items = _measure_after_the_last(items)
    names = [slug(item) for item in items]
    if not all(names) or any(any(c.isdigit() for c in name) for name in names):
        return None
    return names if len(set(names)) == count else None
