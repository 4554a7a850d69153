"""Numeric mentions: every number of a text that states a quantity, read as written.

One regular expression finds candidate numbers (digits, number words, numbers with Chinese
scale characters); each candidate is then read outwards: a currency sign or qualifier before
it, a scale word, unit, percent sign or counted noun after it. Years used as dates, dates,
times of day, phone numbers, version numbers, list numbers, ordinals, numbers glued to letters
("5G", "COVID-19") and numbers in short quoted names are not quantities and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quicktions import Fraction

from .. import numerals
from ..intervals import parse_decimal
from . import lexicon as lx

__all__ = ["Mention", "find_mentions", "masked_spans"]


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
    notes: list[str] = field(default_factory=list)

    @property
    def form(self) -> str:
        return {"%": "percent", "pp": "points", "x": "factor"}.get(self.unit, "number")

    @property
    def value(self) -> Fraction:
        number = self.number.replace(",", "")
        if "/" in number:
            top, bottom = number.split("/")
            return Fraction(int(top), int(bottom))
        return parse_decimal(number)

    def value_text(self, signed: str = "") -> str:
        """The value as a claim file writes it: `[qualifier] number [scale] [unit]`."""
        parts: list[str] = []
        if self.qualifier:
            written = (self.qualifier_text or "").lower()
            parts.append(
                written
                if written in lx.PARSER_QUALIFIERS
                else lx.CANONICAL_QUALIFIER[self.qualifier]
            )
        number = signed + self.number if signed else self.number
        if self.unit == "x":
            number = "x" + self.number
        parts.append(number)
        if self.scale:
            parts.append(self.scale)
        if self.unit and self.unit != "x":
            parts.append(self.unit)
        return " ".join(parts)


_CANDIDATE = re.compile(
    r"(?P<num>(?<![A-Za-z0-9_.,/:])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?)"
    r"|(?P<word>" + lx.NUMBER_WORD_PATTERN + r")",
    re.IGNORECASE,
)

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NUMBER_WORDS = "|".join([*lx.UNITS_WORDS, *lx.TENS_WORDS])
_TIME_WORDS = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)"
# Masks are checked at each candidate, never over the whole text: patterns that start at the
# number (matched there) and patterns that end just before it (searched in a short window).
_MASK_AFTER = re.compile(
    "|".join(
        [
            r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)",  # 2023-11-24
            r"\d{1,2}/\d{1,2}/\d{2,4}(?!\d)",  # 11/24/2023
            r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b",  # 19 March
            r"\d{4}年|\d{1,2}(?:-\d{1,2})?月|\d{1,2}日",
            r"\d{1,2}:\d{2}",  # 09:30
            r"\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\d{1,2}\s+o'clock\b",  # 5 p.m.
            r"\(?\d{2,4}\)?[\s.-]\d{3,4}[.-]\d{3,4}(?!\d)|\d{3,4}[.-]\d{4}(?!\d)",  # phone numbers
            r"\d+\.\d+\.\d+",  # 1.2.3
            r"(?:1[89]|20|21)\d{2}\s*(?:[-–—/]|to|through|and)\s*(?:(?:1[89]|20|21)\d{2}|\d{2})(?![\d.,%])",  # 2016-2020
            r"(?:\d+|"
            + _NUMBER_WORDS
            + r"|a|an)\s+"
            + _TIME_WORDS
            + r"\s+(?:ago|later|earlier|before|after|from\s+now|since)\b",
            r"(?:\d+|"
            + _NUMBER_WORDS
            + r")[- ](?:year|month|week|day|hour|minute|decade)s?[- ](?:old|long|plan|period|term|program|programme)\b",
            r"(?:\d+|"
            + _NUMBER_WORDS
            + r")-(?:year|month|week|day|hour|minute|decade|time|member|way|stop|dimensional|digit|fold)\b",
            r"(?:one|two|three|four)\s+(?:of|in)\s+(?:the|every|each|its|their|them|those|these)\b",
            r"twice\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b",
            r"(?:"
            + "|".join(lx.UNITS_WORDS)
            + r")\s+(?:by|after|at\s+a\s+time)\s+(?:"
            + "|".join(lx.UNITS_WORDS)
            + r")\b",
            r"one\b(?![- ](?:third|quarter|million|billion|thousand|hundred|trillion|percent|per\s+cent))",
            r"half\s+(?:a|an)\b|half[- ](?:year|hour|day|way|time|brother|sister)",
            r"(?:double|triple)[- ](?:digit|check|down|edged|standard|click|decker|dip|team)",
            r"(?:\d+\s*)?[A-Za-z]+\(s\)",
        ]
    ),
    re.IGNORECASE,
)
_MASK_BEFORE = re.compile(
    "|".join(
        [
            r"\b" + _MONTH + r"\.?,?\s+$",  # March 19 / March 2024
            r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$",  # March 19, 2024
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+$",  # 19 March 2024
            r"\b(?:version|ver\.?|v)\s*$",  # version 2.0
            r"\b(?:no|nos)\.\s*$|#$",  # No. 5, #3
        ]
    ),
    re.IGNORECASE,
)
_PERIOD_WORD_BEFORE = re.compile(
    r"\b(?:first|last|past|next|previous|coming|latter|former|second|every|each|in|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PERIOD_WORD_AFTER = re.compile(
    r"\S*\s+(?:years?|months?|quarters?|weeks?|days?|decades?|halves)(?:['’]|\s+time)?\b",
    re.IGNORECASE,
)
_YEAR_RANGE_BEFORE = re.compile(r"(?:1[89]|20|21)\d{2}\s*(?:[-–—/]|to|through|and)\s*$")
_SHORT_QUOTE = re.compile(r"[\"“„«]([^\"”“«»\n]{1,80})[\"”»]")
_PHONE_BEFORE = re.compile(r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?)*[\s.-]$")


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names (kept for callers that want them; mentions check masks at
    each candidate)."""
    return [(m.start(1), m.end(1)) for m in _SHORT_QUOTE.finditer(text) if _is_name(m.group(1))]


def _is_name(inner: str) -> bool:
    return (
        len(inner.split()) <= 8
        and not re.search(r"[.!?;,]\s", inner)
        and not re.search(r"[%$€£¥]|\bpercent\b", inner, re.IGNORECASE)
    )


def _masked(text: str, start: int, end: int) -> bool:
    """Whether the candidate at [start, end) is a date, time, phone, version or list number,
    part of a period phrase, or inside a short quoted name."""
    if _MASK_AFTER.match(text, start):
        return True
    window = text[max(0, start - 40) : start]
    if window and _MASK_BEFORE.search(window):
        return True
    if window and _PERIOD_WORD_BEFORE.search(window) and _PERIOD_WORD_AFTER.match(text, start):
        return True
    after = text[end : end + 3]
    line_start = window.rfind("\n")
    if (
        (start == 0 or line_start >= 0)
        and not window[line_start + 1 :].strip(" \t(")
        and after[:1] in ".)"
        and after[1:2] in (" ", "\t")
    ):
        return True  # a list number at the start of a line
    if (
        window.endswith("(")
        and after[:1] == ")"
        and after[1:2] == " "
        and text[end + 2 : end + 3].isalpha()
    ):
        return True  # (1) in running text
    if end - start in (2, 4) and _YEAR_RANGE_BEFORE.search(window) and text[start:end].isdigit():
        return True
    if window.rstrip().endswith(tuple("+")) and re.match(
        r"\d{1,4}(?:[\s.-]\d{1,4}){2,5}", text[start : start + 24]
    ):
        return True  # an international phone number
    if "+" in window and _PHONE_BEFORE.search(window):
        return True  # the later groups of one
    quote_at = max(window.rfind('"'), window.rfind("“"))
    if quote_at >= 0 and "\n" not in window[quote_at:]:
        closing = re.search(r"[\"”»]", text[end : end + 80])
        if closing and "\n" not in text[end : end + closing.start()]:
            inner = window[quote_at + 1 :] + text[start : end + closing.start()]
            if _is_name(inner) and window[:quote_at].count('"') % 2 == 0:
                return True
    return False


_YEAR = re.compile(r"(?:1[89]|20|21)\d{2}$")
_GLUED = re.compile(r"([A-Za-z]+)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:article|section|chapter|clause|room|line|route|phase|level|grade|class|type|model|series|page|pages|vol|"
    r"volume|issue|item|step|stage|round|gate|lane|building|floor|exit|platform|terminal|tier|no|number|flight|"
    r"highway|road|district|block|unit|lot|batch|group|session|term|edition|episode|season|part|figure|table|"
    r"paragraph|verse|psalm|act|rule|format|category|ward|zone|plan|code|id)\.?\s+$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)\s+$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“”(]\s*|\n\s*)$")
_SCALE_AFTER = re.compile(
    r"\s*(thousand|million|billion|trillion|mln|mn|bn|tn|trn)\b(?![-‐])", re.IGNORECASE
)
_HUNDRED_AFTER = re.compile(r"\s+hundred\b(?![-‐])", re.IGNORECASE)
_WORD_SCALE_AFTER = re.compile(
    r"[\s-]+(thousand|million|billion|trillion)\b(?![-‐])", re.IGNORECASE
)
_RATE_AFTER = re.compile(
    r"\b(?:each|every|per|a)\s+(day|week|month|year|hour|minute)\b", re.IGNORECASE
)
_TIMES_AFTER = re.compile(
    r"\s*(?:times|-fold|fold)\b(\s+(?:higher|more|larger|bigger|greater|faster)\b)?", re.IGNORECASE
)
_DURATION_AFTER = re.compile(
    r"\s+(?:(?:consecutive|straight|successive|full|whole)\s+)?(years?|months?|weeks?|days?|hours?|minutes?)\b(?!\s+(?:ago|later|earlier|old))",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(
    r"\b(?:for|over|lasted|lasting|last|within|spanning|took|taking|spent)\s+(?:(?:the|a|nearly|almost|about|over|more\s+than|some|around)\s+)*$",
    re.IGNORECASE,
)
_NOUN_WORD = re.compile(r"\s*([“”\"‘’']?[A-Za-z0-9][\w'’&/.-]*[”\"’']?)")
_WORD_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([+\-−–])$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


_DIGITS = re.compile(r"(?<![A-Za-z0-9_.,/:])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?")
_WORD_NUMBERS = re.compile(lx.NUMBER_WORD_PATTERN)


def find_mentions(text: str, masks: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every numeric mention of the text, in order. Traditional Chinese is read as Simplified
    and full-width digits as ASCII (the folded text has the same offsets)."""
    text = numerals.fold(text)
    lowered = text.lower()
    if len(lowered) != len(
        text
    ):  # a character whose lower case is longer: match case-blind instead
        lowered = None
    candidates = [(m.start(), m.end(), False) for m in _DIGITS.finditer(text)]
    words = (
        _WORD_NUMBERS.finditer(lowered)
        if lowered is not None
        else re.finditer(lx.NUMBER_WORD_PATTERN, text, re.IGNORECASE)
    )
    candidates += [(m.start(), m.end(), True) for m in words]
    if _CJK.search(text):
        candidates += [(m.start(), m.end(), None) for m in numerals.CJK_NUMERAL_RE.finditer(text)]
    candidates.sort()
    found: list[Mention] = []
    last_end = -1
    yuan_text = bool(re.search(r"yuan|RMB|renminbi|元|China|Chinese", text[:20000]))
    for start, end, is_word in candidates:
        if start < last_end or _masked(text, start, end):
            continue
        if is_word is None:
            mention = _read_cjk_numeral(text, start, end)
        elif is_word:
            mention = _read_words(text, start, end)
        else:
            mention = _read_digits(text, start, end, yuan_text)
        if mention is not None:
            found.append(mention)
            last_end = mention.num_end
    return found


def _running_max(values: list[int]) -> list[int]:
    out, best = [], -1
    for value in values:
        best = max(best, value)
        out.append(best)
    return out


def _before(text: str, start: int, size: int = 40) -> str:
    return text[max(0, start - size) : start]


def _read_digits(text: str, start: int, end: int, yuan_text: bool) -> Mention | None:
    number = text[start:end]
    after = text[end : end + 60]
    # continuing digits: a time, a ratio or date, a version; glued letters: 5G, 3D, 1st
    if after[:1] in (":", "/") and after[1:2].isdigit():
        return None
    if after[:1] == "." and after[1:2].isdigit():
        return None
    before = _before(text, start)
    if before.endswith("-") and len(before) > 1 and (before[-2].isalpha() or before[-2].isdigit()):
        return None  # COVID-19, F-35
    mention = Mention(start, end, start, end, number)
    rest = end
    glued = _GLUED.match(after)
    if glued:
        letters = glued.group(1)
        if _ORDINAL.fullmatch(letters):
            return None
        lower = letters if len(letters) == 1 else letters.lower()
        if lower in lx.GLUED_SCALES and (len(letters) > 1 or _currency_before(before)):
            mention.scale = lx.GLUED_SCALES[lower]
            rest = end + len(letters)
        elif letters.lower() in (
            "km",
            "kg",
            "kwh",
            "mw",
            "gw",
            "kw",
            "gwh",
            "twh",
            "mwh",
            "cm",
            "mm",
            "ha",
            "sqm",
            "km2",
            "m2",
            "pct",
        ):
            pass  # a unit written straight after the number: read below
        elif letters.lower() == "x":
            mention.unit = "x"
            mention.end = rest = end + 1
        else:
            return None
    # a Chinese number: 31723.1亿元, 5万, 5.1%
    if _CJK.match(after[:1] or " ") and not glued:
        return _read_cjk(text, mention, before)
    currency = _currency_before(before)
    prefix_start = start
    if currency:
        code, length = currency
        if code == "CNY" and text[start - length : start].strip() in ("¥", "￥") and not yuan_text:
            code = "JPY"
        mention.unit = code
        prefix_start = start - length
    # a year used as a date: never a quantity unless a unit, scale or qualifier says so
    plain = number.replace(",", "")
    qualifier = _qualifier_before(text, prefix_start)
    if _YEAR.match(number) and not currency and not qualifier and mention.scale is None:
        if not _unit_follows(text, rest):
            return None
    if not currency and not qualifier and _identifier_before(before, text, start):
        if not _unit_follows(text, rest):
            return None
    sign_match = _WORD_SIGN_BEFORE.search(text[max(0, prefix_start - 2) : prefix_start])
    if sign_match and not qualifier:
        mention.sign = "-" if sign_match.group(1) in "-−–" else "+"
        prefix_start -= 1
    if qualifier:
        mention.qualifier, mention.qualifier_text, qstart = qualifier
        prefix_start = qstart
    mention.start = prefix_start
    _read_after(text, mention, rest, plain)
    if (
        mention.unit == ""
        and mention.scale is None
        and mention.noun is None
        and mention.per is None
    ):
        # a bare number directly before a capitalised name is a name's number ("Fortune 500" is not here; "500 Fortune")
        pass
    return mention


def _currency_before(before: str) -> tuple[str, int] | None:
    match = lx.CURRENCY_PREFIX_RE.search(before)
    if not match:
        return None
    symbol = match.group(1)
    return lx.CURRENCY_PREFIX_CODES[symbol], len(before) - match.start(1)


def _qualifier_before(text: str, start: int) -> tuple[str, str, int] | None:
    before = _before(text, start, 30)
    match = lx.QUALIFIER_BEFORE_RE.search(before)
    if match:
        phrase = match.group(1).lower()
        kind = lx.QUALIFIERS_BEFORE[phrase]
        if kind is None:
            return None
        # "over" and "above" and "under" as prepositions of place or time are not qualifiers;
        # they are when directly before the number, which the pattern already requires.
        return kind, match.group(1), start - (len(before) - match.start(1))
    return None


def _identifier_before(before: str, text: str, start: int) -> bool:
    """A number naming something ("Article 5", "Fortune 500", "Windows 11") rather than counting."""
    if _IDENTIFIER_BEFORE.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    if not word:
        return False
    token = word.group(1)
    if not (token[0].isupper() and token[1:2].islower()):
        return False
    if (
        token.rstrip(".").lower() in lx.QUALIFIERS_BEFORE
        or token in lx.NOT_ENTITIES
        or token.lower() in lx.VERBS
    ):
        return False
    if (
        token.lower() in lx.PREPOSITIONS
        or token.lower() in lx.DETERMINERS
        or token.lower() in lx.CONJUNCTIONS
    ):
        return False
    head = before[: word.start(1)]
    return not _SENTENCE_START_BEFORE.search(head)


def _unit_follows(text: str, position: int) -> bool:
    after = text[position : position + 40]
    return bool(
        _SCALE_AFTER.match(after) or lx.PERCENT_RE.match(after) or lx.UNIT_AFTER_RE.match(after)
    )


def _read_after(text: str, mention: Mention, position: int, plain: str) -> None:
    """Scale word, unit or percent, qualifier after, counted noun and rate: all after the number."""
    after = text[position : position + 80]
    scale = _SCALE_AFTER.match(after) if mention.scale is None else None
    if scale:
        word = scale.group(1)
        mention.scale = lx.SCALE_WORDS.get(word.lower(), word.lower())
        position += scale.end()
        after = text[position : position + 80]
    if mention.unit not in ("", "x"):
        mention.end = position
        _read_noun(text, mention, position)
        return
    if mention.unit == "x":
        return
    percent = lx.PERCENT_RE.match(after)
    if percent:
        mention.unit = "pp" if percent.group(2) else "%"
        position += percent.end()
        mention.end = position
        tail = text[position : position + 40]
        if lx.ANNUAL_AFTER_RE.match(tail):
            mention.annual = True
        return
    unit = lx.UNIT_AFTER_RE.match(after)
    if unit:
        if unit.group("cur"):
            written = unit.group("cur")
            code = lx.currency_code(written)
            if (
                written.lower().startswith("pound")
                and "sterling" not in written.lower()
                and not mention.scale
            ):
                code = "lb"
            mention.unit = code or ""
        else:
            mention.unit = lx.other_unit(unit.group("unit")) or ""
        position += unit.end()
        mention.end = position
        more = lx.QUALIFIERS_AFTER_RE.match(text[position : position + 20])
        if more and not mention.qualifier:
            mention.qualifier = "at_least" if "plus" not in more.group(0).lower() else "over"
            mention.qualifier_text = None
            mention.end = position + more.end()
        _read_noun(text, mention, position)
        return
    times = _TIMES_AFTER.match(after)
    if times:
        mention.unit = "x"
        mention.end = position + times.end()
        if times.group(1):
            low = plain
            high = str(Fraction(plain) + 1)
            mention.number = f"{low}..{high}" if "." not in high else mention.number
            mention.notes.append("'times higher' has two readings: the range of both")
        return
    more = lx.QUALIFIERS_AFTER_RE.match(after)
    if more and not mention.qualifier:
        mention.qualifier = "at_least" if "plus" not in more.group(0).lower() else "over"
        position += more.end()
        after = text[position : position + 80]
    mention.end = position
    duration = _DURATION_AFTER.match(after)
    if duration and (
        _FOR_BEFORE.search(_before(text, mention.start, 40))
        or re.match(r"\s+(?:consecutive|straight|successive)", after)
    ):
        mention.unit = lx.DURATION_UNITS[duration.group(1).lower()]
        mention.end = position + duration.end()
        return
    _read_noun(text, mention, position)
    if mention.noun is not None:
        tail = text[mention.noun_end : mention.noun_end + 40]
        rate = _RATE_AFTER.match(tail.lstrip()) if tail.lstrip() else None
        if rate is None:
            rate = re.match(
                r"\s*(?:\w+ed\s+)?(?:each|every|per|a)\s+(day|week|month|hour|minute)\b",
                tail,
                re.IGNORECASE,
            )
        if rate:
            mention.per = rate.group(1).lower()
            mention.unit = f"/ {mention.per}"


def _read_noun(text: str, mention: Mention, position: int) -> None:
    """The counted noun phrase after a number ("300 'hidden champion' manufacturing firms"),
    or the noun after a unit ("2.4 million square meters of new shopping malls")."""
    words: list[str] = []
    cursor = position
    if mention.unit not in ("", "x"):
        of = re.match(r"\s+of\s+", text[cursor : cursor + 8])
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
            or lower in lx.PREPOSITIONS
            or lower in lx.DETERMINERS
            or lower in lx.CONJUNCTIONS
            or lower in lx.AUXILIARIES
            or lower in lx.PRONOUNS
            or (lower in lx.VERBS and words)
        ):
            break
        if words and (
            lower.endswith("ed") and len(lower) > 4 or lower.endswith("ing") and len(lower) > 5
        ):
            following = _NOUN_WORD.match(text, match.end())
            nxt = following.group(1).strip("“”\"‘’'").lower() if following else ""
            if (
                not nxt
                or nxt in lx.PREPOSITIONS
                or nxt in lx.DETERMINERS
                or nxt in lx.AUXILIARIES
                or nxt in lx.CONJUNCTIONS
                or nxt[:1].isdigit()
                or text[match.end() : match.end() + 1] in ",.;:"
            ):
                break
        if lower in lx.SCALE_WORDS or _YEAR.match(lower):
            break
        if mention.unit == "" and not words and (lower in lx.DURATION_UNITS):
            break
        words.append(word)
        cursor = match.end()
        if raw.endswith((".", ",")) or text[cursor : cursor + 1] in ",;:)(":
            break
    if words:
        mention.noun = " ".join(words)
        mention.noun_end = cursor


def _read_words(text: str, start: int, end: int) -> Mention | None:
    written = text[start:end]
    lower = re.sub(r"\s+", " ", written.lower())
    before = _before(text, start)
    if before.endswith("-") or (before.endswith(" ") is False and before[-1:].isalpha()):
        return None
    # a capitalised number word inside a sentence names something ("the Big Four", "Three Gorges")
    if written[0].isupper() and not _SENTENCE_START_BEFORE.search(before):
        return None
    after = text[end : end + 60]
    if after.startswith("-") and not re.match(r"-(?:thirds|quarters|fold)\b", after):
        return None
    mention = Mention(start, end, start, end, "", words=True)
    qualifier = _qualifier_before(text, start)
    if lower in lx.FACTOR_WORDS:
        value = lx.FACTOR_WORDS[lower]
        if (
            lower in ("double", "triple", "quadruple", "treble")
            and not re.match(
                r"\s+(?:in|to|the|its|their|from|by|that|$)", after + " ", re.IGNORECASE
            )
            and not re.search(
                r"\b(?:to|will|would|could|can|may|might|nearly|almost|more\s+than|did|does|expected\s+to)\s+$",
                before,
                re.IGNORECASE,
            )
        ):
            return None
        if lower == "twice" and not re.match(
            r"\s+(?:as|the|that|its|their)\b", after, re.IGNORECASE
        ):
            return None
        mention.number = str(value)
        mention.unit = "x"
    elif lower.replace("-", " ") in (
        "half",
        "a third",
        "a quarter",
        "two thirds",
        "three quarters",
        "one third",
        "one quarter",
    ):
        key = lower.replace("-", " ")
        fraction = {
            "half": "1/2",
            "a third": "1/3",
            "a quarter": "1/4",
            "two thirds": "2/3",
            "three quarters": "3/4",
            "one third": "1/3",
            "one quarter": "1/4",
        }[key]
        if not re.match(r"\s+(?:of|the|that|as)\b", after, re.IGNORECASE):
            return None
        if key.startswith("a "):
            mention.num_start = start + 2
        mention.number = fraction
    elif lower == "a dozen":
        mention.number = "12"
    else:
        value = _word_value(lower)
        if value is None:
            return None
        hundred = _HUNDRED_AFTER.match(after)
        position = end
        if hundred:
            value *= 100
            position += hundred.end()
        mention.number = str(value)
        scale = _WORD_SCALE_AFTER.match(text, position)
        if scale:
            mention.scale = scale.group(1).lower()
            position = scale.end()
        mention.end = mention.num_end = position
        _read_after(text, mention, position, str(value))
        if mention.unit in ("", "x") and mention.noun is None and mention.scale is None:
            if not re.match(
                r"\s*(?:of\s+(?:the|them|those|these|its|their)|or\s+more|percent|%)",
                text[mention.end : mention.end + 20],
                re.IGNORECASE,
            ):
                return None  # a bare number word ("the two met") is rarely a figure
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


def _read_cjk(text: str, mention: Mention, before: str) -> Mention | None:
    position = mention.num_end
    qualifier = lx.CJK_QUALIFIER_BEFORE_RE.search(before)
    if qualifier:
        mention.qualifier = lx.CJK_QUALIFIERS_BEFORE[qualifier.group(1)]
        mention.qualifier_text = None
        mention.start = mention.num_start - len(qualifier.group(1))
    for chars, (scale, _) in sorted(lx.CJK_SCALES.items(), key=lambda item: -len(item[0])):
        if text.startswith(chars, position):
            mention.scale = scale
            position += len(chars)
            break
    position = _cjk_qualifier_after(text, mention, position, first=True)
    if mention.scale is None:  # "五百五十多万": the qualifier before the group character
        for chars in _CJK_GROUPS:
            if text.startswith(chars, position):
                mention.scale = lx.CJK_SCALES[chars][0]
                position += len(chars)
                break
    position = _cjk_unit(text, mention, position, before)
    position = _cjk_qualifier_after(text, mention, position)
    if _YEAR.match(mention.number) and mention.scale is None and not mention.unit:
        return None
    mention.end = position
    return mention


def _cjk_qualifier_after(text: str, mention: Mention, position: int, first: bool = False) -> int:
    """多, 余, 以上, 左右 after a figure (before its unit when `first`: "十七亿多人次")."""
    for chars, kind in lx.CJK_QUALIFIERS_AFTER.items():
        if not text.startswith(chars, position):
            continue
        if first and chars != "多" and text.startswith("多家", position + len(chars) - 1):
            continue
        mention.qualifier = mention.qualifier or kind
        return position + len(chars)
    return position


def _cjk_unit(text: str, mention: Mention, position: int, before: str) -> int:
    """The unit or counted noun after a Chinese figure. 增长5.5倍 ("grew 5.5 times") is a rise
    of 550 %, not a factor of 5.5; 八成 is eight tenths, 80 %."""
    unit = lx.CJK_UNIT_RE.match(text, position)
    if unit:
        code = lx.CJK_UNIT_MAP.get(unit.group(1))
        if code == "x" and lx.CJK_GROWTH_BEFORE_RE.search(before):
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
    if text.startswith("成", position) and _TENTHS_AFTER.match(text, position + 1):
        if mention.scale is None and mention.value <= 10 and "." not in mention.number:
            mention.number = numerals.value_text(mention.value * 10)
            mention.unit = "%"
            return position + 1
    return position


# 成 as tenths ("八成", "七成以上"), not the verb 成为 (become) or a word (成本, 成交).
_TENTHS_AFTER = re.compile(r"(?![为立功本员交绩果长熟就型品])")


# Characters after a Chinese numeral that make it part of a word, not a figure: 一些 (some),
# 一致 (agreed), 十分 (very), 一季度 (the first quarter) and the like, and the date and
# ordinal readings (一月, 十日, 第一).
# The group characters of Chinese numbers, longest first (千 and 百 are places, read as digits).
_CJK_GROUPS = ("万亿", "亿", "万")
_CJK_NUMERAL_WORD_AFTER = re.compile(r"[些致样般起直定切道同带旦季月日号时点分周星届次期]")
_CJK_NUMERAL_WORD_BEFORE = re.compile(r"[第初统唯万单周每逐专之]$")


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
    value = numerals.cjk_numeral_value(body)
    if value is None:
        return None
    num_start = match.start("num")
    num_end = num_start + len(body)
    if _CJK_NUMERAL_WORD_BEFORE.search(text, max(0, start - 1), start) and not match.group("of"):
        return None
    mention = Mention(start, num_end, num_start, num_end, numerals.value_text(value))
    if match.group("of"):
        mention.unit = "%" if match.group("of") == "百分之" else "‰"
        mention.end = end
        return mention
    if (
        _CJK_NUMERAL_WORD_AFTER.match(text, num_end)
        and text[num_end : num_end + 1] not in lx.CJK_SCALES
    ):
        return None
    read = _read_cjk(text, mention, _before(text, start))
    if read is None or not (read.unit or read.scale or read.noun):
        return None  # a numeral with nothing counted is a word ("一体", "三生")
    return read
