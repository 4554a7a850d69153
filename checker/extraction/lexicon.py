"""Word lists for reading numbers in news text: number words, scales, qualifiers, units,
currencies, change and share cues. General English (and Chinese) newswire vocabulary only."""

from __future__ import annotations

import re

from .. import vocabulary
from ..vocabulary import (
    CARDINALS,
    CJK_CURRENCIES,
    CJK_PER_PERIOD_BEFORE,
    CJK_QUALIFIERS_BEFORE,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    QUALIFIER_WORDS,
    QUALIFIERS,
    SCALE_NAMES,
    TENS,
)
from ..vocabulary import (
    CJK_QUALIFIERS_AFTER as CJK_QUALIFIERS_AFTER,
)
from ..vocabulary import (
    currency_code as currency_code,
)
from .prefilter import opening_guard

# ---------------------------------------------------------------- searching lowered text

# Characters a case-blind pattern equates with an ASCII letter though lower() keeps them apart:
# the dotless i and the long s match "i" and "s" case-blind.
_CASE_BLIND_ONLY = ("ı", "ſ")


def lowered_searchable(text: str, lowered: str) -> bool:
    """Whether a pattern written in lower case finds in `lowered` (text.lower()) just what the
    same pattern finds case-blind in the text, at the same offsets: not where lowering moves
    offsets or a character matches case-blind only. (A search without IGNORECASE compares
    characters as they are, and a pattern opening on its own letters lets the engine skip
    straight to them.)"""
    return len(lowered) == len(text) and not any(c in text for c in _CASE_BLIND_ONLY)


# Endings cut from naming words before they are compared across a headline and its body.
INFLECTIONS = ("ing", "ed", "es", "s")


def stems(words: frozenset[str]) -> frozenset[str]:
    """Naming words with their inflection cut, so that a headline's present ("narrows",
    "claims") and the body's past or singular ("narrowed", "claim") compare equal. Crude but the
    same cut on both sides, and compared only as whole sets of words."""
    out = set()
    for word in words:
        for ending in INFLECTIONS:
            if word.endswith(ending) and not word.endswith("ss") and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        out.add(word.rstrip("e") if len(word) > 3 else word)
    return frozenset(out)


# ---------------------------------------------------------------- numbers in words

UNITS_WORDS = {word: value for word, value in CARDINALS.items() if 0 < value < 20}
TENS_WORDS = TENS
FRACTION_WORDS = {
    word.split()[-1]: (value.numerator, value.denominator)
    for word, value in vocabulary.FRACTION_WORDS.items()
}
FACTOR_WORDS = {
    word: int(value) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    for word, value in vocabulary.FACTOR_WORDS.items()
    if word != "halving"  # a noun ("the halving of"), not a stated factor
}
# Fractions first: "two-thirds" is one number, not "two" and a word after it.
_FRACTION_ALTERNATIVES = tuple(
    re.escape(w).replace(r"\ ", r"[- ]")
    for w in sorted(vocabulary.FRACTION_WORDS, key=len, reverse=True)
    if " " in w
)
# "every five", "each 10": the whole of a proportion ("one in every five", "three out of
# every four"), where "in every town" is none.
EVERY_NUMBER = r"(?:every|each)\s+(?:\d|(?:" + "|".join([*UNITS_WORDS, *TENS_WORDS]) + r")\b)"
# What makes "one" a figure rather than a pronoun or an article: a scale, a percent, a
# fraction or a proportion after it ("one in five", "one out of every four").
ONE_COUNTS_AFTER = (
    r"[- ](?:hundred|percent|per\s+cent|"
    + vocabulary.SPELLED_SCALE_PATTERN
    + r")|[\s-]+and[\s-]+a[\s-]+half\b|\s+(?:in|out\s+of)\s+(?!the\b|every\b|each\b)\w|-in-\w"
    + r"|\s+(?:in|out\s+of|of)\s+"
    + EVERY_NUMBER
)
# The alternatives of a number word, in the order they are tried, each opening on a letter
# (the scan of the lowered text groups them by it: mentions._WORD_NUMBERS).
NUMBER_WORD_ALTERNATIVES: tuple[str, ...] = (
    *_FRACTION_ALTERNATIVES,
    *(tens + r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?" for tens in TENS_WORDS),
    *sorted((w for w in UNITS_WORDS if w != "one"), key=len, reverse=True),
    r"one(?=" + ONE_COUNTS_AFTER + ")",
    r"half\s+a\s+dozen",
    r"a\s+dozen",
    r"half\s+a(?=\s+(?:"
    + vocabulary.SPELLED_SCALE_PATTERN
    + r"|percent|per\s+cent|percentage[\s-]+points?|points?)\b)",
    "half",
    r"a(?=\s+(?:hundred|"
    + vocabulary.SPELLED_SCALE_PATTERN
    + r")\b(?![-‐])|\s+percentage[\s-]+point\b)",
    *sorted(FACTOR_WORDS, key=len, reverse=True),
)
NUMBER_WORD_PATTERN = r"\b(?:" + "|".join(NUMBER_WORD_ALTERNATIVES) + r")\b"

# ---------------------------------------------------------------- scales

# A scale word as the extractor writes it into a value: as written, but for these few that
# are written by their English name.
_WRITTEN_AS = {
    "trn": "trillion",
    "t": "trillion",
    "bln": "billion",
    "千": "thousand",
    "百万": "million",
    "万亿": "trillion",
}
SCALE_WORDS = {
    word: _WRITTEN_AS.get(word, word)
    for word in (
        *("thousand", "million", "billion", "trillion", "mln", "bln", "mn", "bn", "tn", "trn"),
        "k",
        *("lakh", "lakhs", "crore", "crores"),
    )
}
GLUED_SCALES = {
    word: _WRITTEN_AS.get(word, word)
    for word in ("bn", "mn", "tn", "trn", "k", "m", "b", "t", "mln", "bln")
}
CJK_SCALES = {word: (_WRITTEN_AS.get(word, word), 1) for word in SCALE_NAMES if not word.isascii()}

# ---------------------------------------------------------------- qualifiers

QUALIFIERS_BEFORE: dict[str, str | None] = {
    **{q: kind for q, kind in QUALIFIERS.items() if q != "~"},
    "an average of": None,
    # British news's "about": "costs in the region of £2 million"
    "in the region of": "about",
    # abbreviations the value parser does not take (a draft writes their kind's word)
    "approx": "about",
    "ca.": "about",
    "est.": "about",
}


def _words_alternation(words) -> str:
    """A regex alternation of phrases, longest first, any run of white space between words."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


# The qualifiers written in words, for patterns that read the words before a figure's digits
# (where its qualifier is not yet part of its mention): "a factor of about 3", "rose by nearly
# half". The approximations alone ("about", "nearly") where a bound would change the reading.
QUALIFIER_WORDS_ALTERNATION = _words_alternation(
    q for q, kind in QUALIFIERS_BEFORE.items() if q[0].isalpha() and kind
)
APPROXIMATION_WORDS_ALTERNATION = _words_alternation(
    q for q, kind in QUALIFIERS_BEFORE.items() if q[0].isalpha() and kind in ("about", "nearly")
)
# A second change by a part of another base, joined to the first with no verb of its own
# ("fell by a fifth in the centre and by a tenth elsewhere"): that fraction is read as no
# figure, yet the levels after it are not the first change's.
SECOND_CHANGE_BY_FRACTION_RE = re.compile(
    r"\b(?:and|but|or|while)\s+by\s+(?:(?:" + QUALIFIER_WORDS_ALTERNATION + r")\s+)?"
    r"(?:half|(?:a|an|one|two|three|four)[- ](?:half|third|quarter|fifth|sixth|tenth)s?)\b",
    re.IGNORECASE,
)
# Signs written straight before a figure for a qualifier: "~300", ">500 staff", "≤5%".
SYMBOL_QUALIFIERS: dict[str, str] = {
    "~": "about",
    "≈": "about",
    ">": "over",
    "<": "under",
    "≥": "at_least",
    "⩾": "at_least",
    "≤": "at_most",
    "⩽": "at_most",
}
# What a pattern ending at a figure allows between its words and the figure. Qualifiers proper
# ("about", "more than", 约) belong to the figure's mention (QUALIFIER_BEFORE_RE reads them into
# its span, so the text before a mention never ends on one); only restrictive words that leave
# the figure's interval unchanged stand outside it: "fell to just 5 %", "is merely 20".
RESTRICTIVE_BEFORE = ("merely", "only", "just", "exactly")
# "as many as", "as high as": the words of a comparison of one quantity with another ("twice
# as many as in 2022", "half as much as the rival's")
AS_MUCH_ALTERNATION = "much|many|high|large|big|great|long|tall|wide|heavy|fast|expensive"
# Metals weighed in troy ounces: "ounces" in a text about them are troy ounces (31.1 g)
PRECIOUS_METALS_RE = re.compile(
    r"\b(?:gold|silver|platinum|palladium|bullion|precious\s+metals?)\b|黄金|白银|黃金|白銀",
    re.IGNORECASE,
)
# "exactly a third", "precisely half": the fraction itself, no writer's rounding of a share
EXACT_FRACTION_BEFORE = re.compile(r"\b(?:exactly|precisely)\s+$", re.IGNORECASE)
BEFORE_FIGURE = r"(?:(?:" + "|".join(RESTRICTIVE_BEFORE) + r")\s+)?"
# What ends the text before a fraction word that restates, in apposition, the figure just before
# it: "3 million, or a quarter,", "35 of the 140 seats, a quarter,", "20 - a quarter - have",
# "1,150 (about half)": the part's share (not after "100 of them", "50 of those": a part of a
# part, whose whole the drafter may not find)
FIGURE_RESTATED_BEFORE = re.compile(
    r"\d[\d,.]*(?:\s*(?:%|per\s*cent|percent|(?!of\b)[a-z]+)){0,3}\s*(?:,(?:\s*or\b)?|\(|\s[–—-])\s*"
    + BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# What follows such a fraction word: the apposition closed ("30 - a quarter - have", "(a third)"),
# else the word begins a figure of something else ("30 - half last year's total -"); a comma
# and "of" give the fraction a whole of its own ("200, one in ten, of them children")
FRACTION_COMMA_CLOSES = r",(?!\s*of\b)"
FRACTION_RESTATING_ENDS = re.compile(
    r"\s*(?:" + FRACTION_COMMA_CLOSES + r"|[;:.!?)]|[–—-](?:\s|$)|$)"
)
# Words of the value parser (checker.quantities) kept as written; others are written canonically.
PARSER_QUALIFIERS = frozenset(QUALIFIERS)
CANONICAL_QUALIFIER = QUALIFIER_WORDS
QUALIFIER_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\[“\"'‘,]))("
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
    # white space after it, or none after an abbreviation's point ("c.£2m", "approx.£5bn")
    + r")(?:\s+|(?<=\.))$",
    re.IGNORECASE,
)
# A match of QUALIFIER_BEFORE_RE ends on one of these, then white space only: a text whose
# folded form (prefilter.fold), less its trailing white space, ends on none has no match.
QUALIFIER_BEFORE_ENDINGS = tuple(q.lower() for q in QUALIFIERS_BEFORE)
# The qualifier straight before the number, or before the currency named before it
# (约合人民币320亿元, "about 32 billion yuan" as a conversion states it).
CJK_QUALIFIER_BEFORE_RE = re.compile(
    "("
    + "|".join(
        (
            f"(?<![{vocabulary.CJK_NOT_QUALIFIER_BEFORE[word]}])"
            if word in vocabulary.CJK_NOT_QUALIFIER_BEFORE
            else ""
        )
        + word
        for word in sorted(CJK_QUALIFIERS_BEFORE, key=len, reverse=True)
    )
    + ")(?:"
    + "|".join(name for name, _ in CJK_CURRENCIES if len(name) > 1)
    + ")?$"
)
# 日均 and the like anywhere in the clause before a figure (no clause mark between).
# A currency named before a Chinese figure whose 元 would say yuan (港币约100亿元).
# Any currency named straight before a Chinese figure that writes none after it: 美元3000万,
# 人民币1.2亿 (with a qualifier or a verb between: 港币约100亿).
CJK_CURRENCY_BEFORE_RE = re.compile(
    "("
    + "|".join(sorted((n for n, _ in CJK_CURRENCIES if n != "元"), key=len, reverse=True))
    + ")(?:约|近|逾|超过?|不足|达|为)?$"
)
CJK_CURRENCY_BEFORE_YUAN_RE = re.compile(
    "("
    + "|".join(sorted(vocabulary.CJK_CURRENCIES_BEFORE_YUAN, key=len, reverse=True))
    # Hong Kong announcements may space the figure from its currency: 港币 0.63 元
    + r")(?:约|近|逾|超过?|不足|达|为)?\s*$"
)
CJK_PER_PERIOD_BEFORE_RE = re.compile(
    "(" + "|".join(CJK_PER_PERIOD_BEFORE) + r")[^，。；：！？,;:!?]*$"
)
QUALIFIERS_AFTER_RE = re.compile(
    r"^(?:(?:\s+or\s+more|\s+or\s+above|\s+and\s+above|\s+or\s+over|-plus|-odd|\s+plus(?!\s+\d)"
    r"|\s+or\s+so)\b|\+(?![\w+]))",
    re.IGNORECASE,
)


def qualifier_after_kind(written: str) -> str:
    """The kind of a qualifier written after a figure: "or more" at least, "plus", "+" and
    "-odd" ("30-odd cases": thirty and some) more than, "or so" about."""
    lower = written.lower()
    if "so" in lower.split():
        return "about"
    return "over" if "plus" in lower or "+" in lower or "odd" in lower else "at_least"


# ---------------------------------------------------------------- units

CURRENCY_PREFIXES = CURRENCY_SYMBOLS
CURRENCY_PREFIX_RE = re.compile(
    r"(?:^|(?<=[^A-Za-z]))("
    + "|".join(
        re.escape(p) for p, _ in sorted(CURRENCY_PREFIXES, key=lambda x: len(x[0]), reverse=True)
    )
    + r")\s?$"
)
CURRENCY_PREFIX_CODES = dict(CURRENCY_PREFIXES)
# Every currency a figure may be written in, by its code.
CURRENCY_CODES = frozenset(
    code for _, code in (*CURRENCY_SYMBOLS, *CURRENCY_NAMES, *CJK_CURRENCIES)
)

_CURRENCY_AFTER = CURRENCY_NAMES
# Data by its bytes: the word's prefix, the symbol (in upper case only, "5 TB", "773亿GB":
# "gb" is no unit) and the unit.
DATA_UNITS = [
    ("kilo", "KB", "kB"),
    ("mega", "MB", "MB"),
    ("giga", "GB", "GB"),
    ("tera", "TB", "TB"),
    ("peta", "PB", "PB"),
    ("exa", "EB", "EB"),
]
# ... the symbol after a Chinese figure and its group (3015亿GB, 5.2万TB)
DATA_UNIT_SYMBOL_RE = re.compile(
    r"[^\S\n]?(" + "|".join(symbol for _, symbol, _ in DATA_UNITS) + r")(?![A-Za-z])"
)
DATA_UNIT_OF_SYMBOL = {symbol: unit for _, symbol, unit in DATA_UNITS}
_OTHER_UNITS_AFTER = [
    (r"square\s+kilomet(?:er|re)s?|sq\.?\s*km|km2|km²|square\s+km", "km**2"),
    (r"square\s+met(?:er|re)s?|sq\.?\s*m\b|m2|m²|㎡|sqm", "m**2"),
    (r"square\s+(?:feet|foot)|sq\.?\s*ft", "ft**2"),
    (r"square\s+miles?|sq\.?\s*mi", "mi**2"),
    (r"hectares?|ha\b", "hectare"),
    (r"acres?", "acre"),
    (r"kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour|km/h|kph", "km / hour"),
    (r"miles?\s+(?:per|an|a)\s+hour|mph", "mile / hour"),
    (r"cubic\s+met(?:er|re)s?|m3|m³", "m**3"),
    (r"kilomet(?:er|re)s?|km", "km"),
    (r"met(?:er|re)s", "m"),
    (r"centimet(?:er|re)s?|cm", "cm"),
    (r"millimet(?:er|re)s?|mm", "mm"),
    (r"nautical\s+miles?", "nautical_mile"),
    (r"miles?", "mile"),
    (r"feet|foot|ft", "ft"),
    (r"inch(?:es)?", "inch"),
    (r"metric\s+(?:tonnes?|tons?)|tonnes?|tons?", "t"),
    (r"kilograms?|kilos?|kg", "kg"),
    # pounds of weight as written beside kilograms; "pounds" alone is the currency
    (r"lbs?\b", "lb"),
    (r"micrograms?|µg|μg", "ug"),
    # the small metric units by their symbols in lower case only: "5G" and "ML" are names
    (r"milligrams?|(?-i:mg)\b", "mg"),
    (r"millilit(?:re|er)s?|(?-i:ml)\b", "ml"),
    (r"grams?|(?-i:g)\b", "g"),
    (r"troy\s+ounces?|ozt", "troy_ounce"),
    (r"ounces?|oz", "ounce"),
    (r"kilowatt[- ]hours?|kwh", "kWh"),
    (r"megawatt[- ]hours?|mwh", "MWh"),
    (r"gigawatt[- ]hours?|gwh", "GWh"),
    (r"terawatt[- ]hours?|twh", "TWh"),
    (r"kilowatts?|kw", "kW"),
    (r"megawatts?|mw", "MW"),
    (r"gigawatts?|gw", "GW"),
    *((rf"{prefix}bytes?|(?-i:{symbol})", unit) for prefix, symbol, unit in DATA_UNITS),
    (r"litres?|liters?", "liter"),
    (r"gallons?", "gallon"),
    (r"bpd|b/d|bopd", "barrel / day"),
    (r"tpd", "t / day"),  # tonnes a day, as mining reports write a plant's capacity
    (r"barrels?|bbls?\b", "barrel"),
    (r"(?:degrees?\s+)?(?:celsius|centigrade)|°\s?c|℃", "degC"),
    # (Fahrenheit is left unread: quantities.py converts a unit by a factor, and a scale with
    # an offset has none, so "117 degrees Fahrenheit (47 degrees Celsius)" would conflict.)
]
# Units that carry their scale, as energy reports write them: "102 mb/d" is 102 million
# barrels a day, "40 bcm" 40 billion cubic metres of gas, "5.2 mtpa" of liquefied gas a year.
SCALED_UNITS = [
    (r"mb/d|mmb/d|mbpd|mmbpd|mn\s?b/d|mn\s?bpd", "million", "barrel / day"),
    (r"kb/d|kbpd", "thousand", "barrel / day"),
    (r"bcm", "billion", "m**3"),
    (r"mtpa", "million", "t / year"),
    # kilotonnes and megatonnes by their symbols, in their case only ("kt" alone is a knot)
    (r"(?-i:kt)", "thousand", "t"),
    (r"(?-i:Mt)", "million", "t"),
]
# Where a unit written in Latin letters ends: no letter, digit or hyphen after it, though a
# Chinese character may follow straight on ("300mm以上", "装机100MW的", "高2.5℃和").
UNIT_END = r"(?![^\W\u4e00-\u9fff]|-)"
SCALED_UNIT_AFTER_RE = re.compile(
    r"[^\S\n]*(?:"
    + "|".join(f"({pattern})" for pattern, _, _ in SCALED_UNITS)
    + r")(?!/)"
    + UNIT_END,
    re.IGNORECASE,
)
# Words of the weather before a figure with a bare "C" or "F" run into it ("temperatures hit
# 40C", "a high of 95F"): degrees, where "40C" alone may name a seat or a grade.
TEMPERATURE_BEFORE_RE = re.compile(
    r"\b(?:temperatures?|thermometers?|mercury|heat(?:wave)?|highs?|lows?|hot(?:test)?|"
    r"warm(?:est)?|cold(?:est)?|freezing|degrees|weather|forecasts?)\b[^.;!?\n]*$",
    re.IGNORECASE,
)
TEMPERATURE_LETTERS = {"C": "degC", "F": "degF"}
# A text that speaks of temperatures (a weather report, a heatwave story): there a "C" or an
# "F" run into a number is degrees wherever it stands ("Pearce reached 41.6C").
TEMPERATURE_TEXT_RE = re.compile(
    r"\btemperatures?\b|\bheat\s?waves?\b|\bcelsius\b|\bfahrenheit\b|°\s?[CF]\b|℃|"
    r"\bmeteorolog|\bthermometers?\b",
    re.IGNORECASE,
)
# A record the clause sets before "in N years": the span it is a record over ("the lowest in
# five years", "for the first time in 9 years", "its worst month in three years").
RECORD_BEFORE_SPAN_RE = re.compile(
    r"\b(?:(?:high|low|larg|bigg|small|fast|slow|sharp|steep|strong|weak|great|long|short)est"
    r"|best|worst|most|least|first\s+time|record)\b[^.;:!?]*$",
    re.IGNORECASE,
)
# A record set over a recent span, straight after the span: 为近五年最低, 创近十年新高 (the
# lowest of the last five years): 近 there says "the last", not "nearly".
CJK_RECORD_AFTER_SPAN_RE = re.compile(r"(?:来|以来)?(?:的)?(?:最|新高|新低|之最|同期最)")
# A move in a ranking after its count: "up three places to fifth", "fell two spots in the
# table": places in a list, no quantity of what is ranked.
RANK_MOVE_AFTER = (
    r"\s+(?:places?|spots?|positions?|notches|rungs?)\s+(?:to\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\b"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|top|bottom|last|no\.|number)\b)|(?:higher|lower)\b"
    r"|in\s+the\s+(?:rankings?|table|league|list|charts?|standings|index)\b)"
)
# A rank group: 前五名, 后3位 ("the top five", "the bottom three") name places in a ranking,
# no count (票房前五名的影片: the films ranked first to fifth).
CJK_RANK_BEFORE = ("前", "后", "後")
CJK_RANK_COUNTERS = ("名", "位")
# An adverb that hedges a word of no change ("relatively stable", "broadly unchanged",
# "virtually flat"): the quantity moved a little, so no exact change of zero is stated.
ZERO_CHANGE_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:relatively|broadly|largely|virtually|essentially|basically|mostly|roughly|nearly"
    r"|almost|fairly|practically|approximately|somewhat|reasonably|more\s+or\s+less)\s+$",
    re.IGNORECASE,
)
DURATION_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "second": "second",
    "seconds": "second",
}
# The periods an amount may be paid per: the durations, and a quarter ("$50 per quarter").
PER_PERIOD_UNITS = {**DURATION_UNITS, "quarter": "(3 month)"}
# An amount per period said by an adverb ("1.2m pints daily", "£3m annually from parking"),
# when the adverb ends the phrase: "30 million daily users" are users, no rate.
RATE_ADVERBS = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "(3 month)",
    "annually": "year",
    "yearly": "year",
    "per annum": "year",
    # as rents and salaries abbreviate them ("£1,000pcm", "£30,000 pa", "£250pw")
    "per calendar month": "month",
    "pcm": "month",
    "p.c.m.": "month",
    "pa": "year",
    "p.a.": "year",
    "pw": "week",
    "p/w": "week",
}
# Rate abbreviations that may be run into an amount of money ("£1,000pcm", "£250pw").
GLUED_RATE_ABBREVIATIONS = frozenset({"pcm", "pa", "pw"})
# Periods and units abbreviated after a slash only ("120,000 bbl/d", "$4/yr"; the energy trade
# press's "$75.20/bl", a barrel, where "bl" alone after a number is no unit).
UNITS_AFTER_SLASH = {
    "d": "day",
    "wk": "week",
    "mo": "month",
    "yr": "year",
    "hr": "hour",
    "bl": "barrel",
}


def rate_adverb_period(adverb: str) -> str:
    """The period a rate adverb names ("annually": year), as a unit is written."""
    return RATE_ADVERBS[" ".join(adverb.lower().split())]


RATE_ADVERB_RE = re.compile(
    # ("£135 more annually": the rate of a difference)
    r"\s*(?:(?:more|less|extra)\s+)?(hourly|daily|weekly|monthly|quarterly|annually|yearly|per\s+annum"
    r"|per\s+calendar\s+month|(?-i:pcm|p\.c\.m\.|pa|p\.a\.|pw|p/w))(?:\b|(?<=\.))"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:from|in|on|to|for|and|or|but|by|at|since|until|this|last"
    r"|next|over|across|between|with|under|as|than|each|every)\b)",
    re.IGNORECASE,
)
PERCENT_RE = re.compile(
    # a sign in the next cell of a table ("2022\t% of total") is no figure's: no tab before it
    r"(?:[^\S\t]*(%|％)(?![\s-]?points?\b)|\s*(?:([%％][\s-]?points?\b|percent(?:age)?[\s-]+(?:points?|pts?\b)|pp\b|ppts?\b|p\.p\.)|(percent|per(?:\s+|-)cent|pct|pc|p\.c\.(?!\w))(?:\b|(?<=\.))))",
    re.IGNORECASE,
)
_CURRENCY_NAME_ALTERNATIVES = "|".join(f"(?:{p})" for p, _ in CURRENCY_NAMES)
# Another currency after a figure that makes it a rate of exchange: "6.12 yuan per dollar",
# "7.2 yuan to the US dollar", "(the rupee fell to) 83.2 against the dollar".
EXCHANGE_RATE_AFTER_RE = re.compile(
    r"\s+(?:per|to\s+(?:the|one|a|1)|against\s+(?:the|one|a|1))\s+(?P<base>"
    + _CURRENCY_NAME_ALTERNATIVES
    + r")\b",
    re.IGNORECASE,
)
# A currency named as the subject of a rate ("the yuan weakened ... to 7.2258 against the
# dollar"): the last one named in the clause before the figure.
CURRENCY_NAMED_RE = re.compile(r"\b(?:" + _CURRENCY_NAME_ALTERNATIVES + r")\b", re.IGNORECASE)
# Basis points, hundredths of a percentage point ("cut by 25 basis points", "a 50bp rise", "a
# 75-basis-point hike").
BASIS_POINTS_RE = re.compile(r"(?:\s*|-)(?:basis[\s-]+points?|bps?)\b", re.IGNORECASE)
# The units a figure is followed by, currencies first: one alternation, its groups `cur` and `unit`.
UNITS_AFTER = (
    r"(?:(?P<cur>"
    + "|".join(f"(?:{p})" for p, _ in _CURRENCY_AFTER)
    + r")|(?P<unit>"
    + "|".join(f"(?:{p})" for p, _ in _OTHER_UNITS_AFTER)
    + r"))"
)
# Tried after every figure: the lookahead of the characters that open a unit turns down a
# figure followed by another figure or a mark on one character, where the case-blind branches
# would be tried one by one.
UNIT_AFTER_RE = re.compile(
    r"\s*" + opening_guard(UNITS_AFTER, re.IGNORECASE) + UNITS_AFTER + UNIT_END,
    re.IGNORECASE,
)
# each whole name: "(?:kilograms?|kilos?)$", never "kilos?" opening "kilowatts"
_OTHER_UNIT_RES = [(re.compile(f"(?:{p})$", re.IGNORECASE), unit) for p, unit in _OTHER_UNITS_AFTER]


def other_unit(text: str) -> str | None:
    """The unit a word written after a figure names ("kilometres", "tonnes")."""
    return vocabulary.first_named(_OTHER_UNIT_RES, text)


CJK_UNITS = [
    ("个百分点", "pp"),
    ("百分点", "pp"),
    ("个千分点", "千分点"),
    ("千分点", "千分点"),
    ("‰", "‰"),
    ("%", "%"),
    ("％", "%"),
    *CJK_CURRENCIES,
    ("平方公里", "km**2"),
    ("平方千米", "km**2"),
    ("平方米", "m**2"),
    ("平米", "m**2"),  # as house sales are written: 面积120平米
    ("㎡", "m**2"),  # 均价3.8万元/㎡
    ("公里", "km"),
    ("千米", "km"),
    ("微克/立方米", "ug / m**3"),  # air quality: PM2.5平均浓度为35微克/立方米
    ("毫米", "mm"),  # rainfall: 年降水量1513.1毫米
    ("厘米", "cm"),
    ("千瓦时", "kWh"),
    ("千瓦", "kW"),
    ("兆瓦", "MW"),
    ("立方米", "m**3"),
    ("公顷", "hectare"),
    ("亩", "mu"),  # farmland: 播种面积17.64亿亩
    ("桶", "barrel"),
    ("吨公里", "t * km"),  # freight carried times the distance (货物周转量)
    ("吨", "t"),
    ("公斤", "kg"),
    ("千克", "kg"),
    ("斤", "jin"),  # half a kilogram, as harvests and market prices are weighed
    ("℃", "degC"),  # read here too after a Chinese qualifier: 局部超过39℃
    ("摄氏度", "degC"),  # degrees Celsius written out: 平均气温12.6摄氏度
    ("小时", "hour"),  # 年均日照时数1644.8小时
    ("倍", "x"),
    ("天次", ""),  # a count of days over many places (重污染395天次), no length of time
    ("天", "day"),
    ("个月", "month"),
    ("周岁", "year"),  # an age: 18周岁以上, 65岁及以上人口
    ("岁", "year"),
]
# N年 is N years, a length of time (5年, 连续3年, 三年来; 2019年 is a date, masked), not a
# grade (5年级), a decade (80年代), a time back or ahead (3年前, 5年后) or a part of a year
# (年底, 年末, 年初, 年中, 年度, 年份; "15年中国GDP" is 15 years, then China), nor the span of
# an average (两年平均增长, 5年年均), nor the term of a loan or a bond (一年期贷款, 5年期国债),
# nor the name of a plan (第十四个五年规划).
CJK_YEARS_RE = re.compile(r"年(?![级代前后底末初度份平均]|中(?![国國央部])|期(?!间)|规划)")
# N日 after 连续 or 持续 is a run of N days (连续五日, 持续3日), not the day of a month.
CJK_RUN_OF_DAYS_BEFORE_RE = re.compile("(?:连续|持续)$")
# 翻一番 (doubled), 翻两番 (quadrupled): N doublings, a factor of 2 to the N.
CJK_DOUBLINGS_BEFORE_RE = re.compile(r"翻了?$")
# Classifiers a count is written with; 对 and 趟 count trains (加开临时客车80对), 例 and 宗 cases,
# 张 tickets and sheets, 头 head of livestock, 场 showings, matches and shows.
CJK_COUNTERS = "人次|人|家|个|座|辆|台|件|项|户|所|套|条|名|班次|架次|次|款|只|架|艘|部|种|批|列|对|趟|例|宗|张|头|场次|场"
CJK_COUNTER_WORDS = frozenset(CJK_COUNTERS.split("|"))
# Classifiers a year takes as well as a count: a model year (2022款), a train (G2019次).
CJK_DATED_COUNTERS = frozenset({"款", "次", "班次", "列", "批", "部", "期"})
# A currency declared for the 元 of the figures from here on: "342亿元(港币,下同)", "(币种为
# 人民币,下同)" (in folded text: 港幣 reads 港币).
CJK_CURRENCY_BELOW_RE = re.compile(
    r"[（(]\s*(?:币种为)?("
    + "|".join(name for name, _ in CJK_CURRENCIES if name != "元")
    + r")\s*[,，、]?\s*下同\s*[)）]"
)
# Words of temperature before a figure in 度 in the same clause: 最高温度44.5度 is degrees
# Celsius (elsewhere an angle, or a kilowatt-hour of power).
CJK_TEMPERATURE_BEFORE_RE = re.compile("(?:气温|温度|高温|低温|体温|水温)[^，,。;；！!？?\n]*$")
# ... and words of electric power, where 度 is a kilowatt-hour (全社会用电量9.2万亿度)
CJK_POWER_BEFORE_RE = re.compile("(?:用电|发电|电量|售电|购电|电力)[^，,。;；！!？?\n]*$")
# 兆 before money is a trillion, as Taiwan and Hong Kong write it (1.21兆元, 3.8兆新台币), and
# so before a measure no metric prefix takes (1.3兆斤 of grain, 2兆度 of power) or a counter
# (3兆个); before a metric unit it is mega (兆瓦, 兆帕, 兆吨), which CJK_UNITS reads.
_TRILLION_OF_MEASURES = ("斤", "亩", "度", "桶", "人次", "个", "次", "件")
CJK_TRILLION_RE = re.compile(
    "兆(?="
    + "|".join(
        sorted(
            [name for name, _ in CJK_CURRENCIES] + list(_TRILLION_OF_MEASURES),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
CJK_UNIT_RE = re.compile(
    "(" + "|".join(re.escape(u) for u, _ in CJK_UNITS) + "|" + CJK_COUNTERS + ")"
)
CJK_UNIT_MAP = dict(CJK_UNITS)
# A vehicle's class by its seats (7座以下小型客车, 七座及以下车辆): a category, no figure.
CJK_SEAT_CLASS_RE = re.compile(
    r"座[^，。；！？,;!?]{0,10}?(?:客车|轿车|汽车|车辆|车型|面包车|巴士)"
)
# The units of measure a Chinese price is per (每吨500元, 4500元/吨): CJK_UNITS without rates,
# factors, lengths of time and currencies.
CJK_MEASURES = {
    chars: unit
    for chars, unit in CJK_UNITS
    if unit not in {"%", "pp", "‰", "千分点", "x", "day", "month"}
    and unit not in {code for _, code in CJK_CURRENCIES}
}
CJK_PER_MEASURE_BEFORE_RE = re.compile(
    "每(" + "|".join(sorted(CJK_MEASURES, key=len, reverse=True)) + ")(?:为|达|约|是)?$"
)
CJK_PER_MEASURE_AFTER_RE = re.compile(
    "[/／](" + "|".join(sorted(CJK_MEASURES, key=len, reverse=True)) + ")"
)
# Growth verbs before "N倍": 增长5.5倍 is a rise by 5.5 times (+550 %), not a factor of 5.5.
CJK_GROWTH = ("增长", "增加", "提高", "上升", "上涨", "扩大", "增")
# 增速 (the growth rate) stated in times is the same rise: 增速为3倍 is +300 %.
CJK_GROWTH_RATE = ("增速", "增幅")
CJK_GROWTH_BEFORE_RE = re.compile(
    "(?:(?:"
    + "|".join(CJK_GROWTH)
    + r")了?(?:约|近|将近|超过|超|逾)?|(?:"
    + "|".join(CJK_GROWTH_RATE)
    + r")(?:为|达|达到)了?(?:约|近|将近|超过|超|逾)?)\s*$"
)
# A change written straight before its figure (增长3.2%, 比上年增加5140人, 下降2.9%); 增至 and
# 降到 name the level reached instead, and the pattern needs the figure straight after the word.
CJK_CHANGE_UP = (
    "增长",
    "增加",
    "提高",
    "上升",
    "上涨",
    "扩大",
    "提升",
    "回升",
    "增速",
    "增幅",
    # of an output: 粮食总产量70650万吨，增产1.6%
    "增产",
    "增",
    # as Hong Kong and Taiwan write them: 按年升7.2%, 升幅为3%; a forecast revised up (上修,
    # 上調 folded to 上调)
    "升",
    "升幅",
    "上修",
    "上调",
    # Taiwan's word for growth (成長 folded): 一般用戶成長三.九五%
    "成长",
    # a rate of growth quickening: 增速比上半年加快1.9个百分点
    "加快",
    # a length of time lengthened (延長 folded): 平均失业周数26.8周，较上月延长0.8周
    "延长",
    # an intake enlarged, as admissions write it: 计划招生3000人，比去年扩招150人
    "扩招",
)
CJK_CHANGE_DOWN = (
    "下降",
    "减少",
    "降低",
    "回落",
    "下跌",
    "下滑",
    "降幅",
    "减产",
    "减",
    "降",
    # growth below zero: 减少0.46亿元，负增长1.21% is a fall of 1.21%
    "负增长",
    "负成长",
    "跌",
    "跌幅",
    "下修",
    "下调",
    # a rate of growth slowing (放緩 folded): 增速比上年放缓0.6个百分点 is a fall of 0.6 points
    "放缓",
    "放慢",
    "减缓",
    # a length of time shortened (縮短 folded): 平均住院日8.1天，比上年缩短0.3天
    "缩短",
)
# The change words as one alternation, longest first; 升 after 每 or 公 is the litre a price is
# per (汽油每升7.5元), no rise; 增 of 新增 is the newly added count itself (其中武汉新增615例),
# unless a period before says what it is added to (比上年新增3所)
_CJK_CHANGE_WORD_GUARDS = {"升": "(?<![每公毫])升", "增": "(?:(?<!新)|(?<=[年期月]新))增"}
CJK_CHANGE_WORDS = "|".join(
    _CJK_CHANGE_WORD_GUARDS.get(word, word)
    for word in sorted(CJK_CHANGE_UP + CJK_CHANGE_DOWN, key=len, reverse=True)
)
# How much a change word says its change is, written before it: 大幅减少, 小幅增长, 明显下降
CJK_CHANGE_DEGREES = ("大幅", "小幅", "明显", "显著", "略有", "稍有")
CJK_CHANGE_BEFORE_RE = re.compile(
    # 降幅达70%, 增幅达到12%: 达 (reached) before the size of the change; the currency of an
    # amount may stand between, as Hong Kong results write it (减少港币23.93亿元)
    "(?:"
    + "|".join(CJK_CHANGE_DEGREES)
    + ")?(?P<word>"
    + CJK_CHANGE_WORDS
    + r")(?:了|为|达到|达)?(?:约|近|超过|超|逾)?(?:"
    + "|".join(sorted(vocabulary.CJK_CURRENCIES_BEFORE_YUAN, key=len, reverse=True))
    + r")?\s*$"
)
# A change in percent in brackets straight after a change amount and what it counts, restating
# it: "比上年增加50.8万人(增长3.8%)" (read on the words between the two figures, folded)
CJK_CHANGE_IN_BRACKETS_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,3}\s*[(（]\s*(?:" + CJK_CHANGE_WORDS + r")了?\s*$"
)
# A sentence opening on its comparison with the year before, which every change of the sentence
# is measured by: "与上年比较，医院增加1176个，…", "與上年相比,…"
CJK_YOY_OPENING_RE = re.compile(r"\s*[与與同]上一?年(?:同期)?(?:相比|比[较較])\s*[,，]")
# A change word after 连 (连续): "连升9个月", "连续下降3个月" count the periods of a run of rises or
# falls, no change of the figure's quantity
CJK_RUN_OF_CHANGES_RE = re.compile("连续?(?:" + CJK_CHANGE_WORDS + r")了?\s*$")
CJK_DOWN_RE = re.compile("|".join(sorted(CJK_CHANGE_DOWN, key=len, reverse=True)))

# What opens or closes the Chinese words before a figure without naming what it measures: a
# period (上半年, 1-5月份, 今年首9个月, 2023年末), a place (全市, 济南市), a comparison (比上年,
# 同比, 与上年相比, 按可比价格计算), a source (初步核算, 国家统计局公布); and the verbs and
# particles that end them (为, 实现, 达到, 增长...); 从 (from) opening a level a part is taken
# from (从利润中扣除), not 从业人员. A metric is what is left in between.
# The number of a month before its 月, in digits or Chinese numerals (3月, 三月, 十二月); a
# numeral one only after no Chinese character but 年, 至 or 到 (统一月度 holds no January).
CJK_MONTH = r"(?:\d{1,2}|(?:(?<![\u4e00-\u9fff])|(?<=[年至到]))(?:十[一二]?|[一二三四五六七八九]))"
# A year, a range or a list of years with its 年 (2031年, 2031-2033年, 2031/2032/2033年): a time
CJK_YEARS = r"\d{4}(?:\s*[-—–至到~～/、]\s*(?:\d{4}|\d{2}))*年"
CJK_NAME_OPENERS_RE = re.compile(
    r"^(?:"
    r"(?:\d{4}年)?(?:今年|去年|全年|上半年|下半年|前[一二三四两]季度|前三个季度|第?[一二三四1-4]季度|"
    r"年末|年底|年初|"
    rf"{CJK_MONTH}\s*[-—至到~～]\s*{CJK_MONTH}月份?|{CJK_MONTH}月份?|"
    r"[首前][\d一二三四五六七八九十]+个?月|"
    r"同期|期末|末)+"
    rf"|{CJK_YEARS}"
    r"|全[市省国县区]|(?!实现|完成)[\u4e00-\u9fff]{2,3}(?:市(?![场级])|[省县](?!级))(?=[\u4e00-\u9fff]{2})"
    r"|(?:比|较|与)(?![重例率])(?:\d{4}年|上一?年|去年|上月)?(?:同期)?(?:相比)?|同比|环比|按年|按月|按可比价格计算|"
    r"从(?![业事])|初步核算|据初步核算|[\u4e00-\u9fff]{0,24}?(?:公布|显示|发布|了解到|看到|获悉|介绍|反馈|测算|估算|预计|预测|报道|报讯)|[两二三四五六七八九十\d]+年(?:平均|年均)|其中|此外|另外|以及|和|及|的|实现|完成|达到"
    r")"
)
# The time a Chinese clause speaks of, written before its figures (2021年, 一季度, 3月份, 1—6月份):
# parts listed for one time are parts of the total stated for that same time, not of the
# nearest total (a release gives the quarter's total and the month's, each with its parts)
CJK_CLAUSE_TIME_RE = re.compile(
    r"(?<![\d—\-－–~～至到])(?:\d{4}年|"
    rf"{CJK_MONTH}\s*[-—－–至到~～]\s*{CJK_MONTH}月份?|{CJK_MONTH}月份?|"
    r"第?[一二三四1-4]季度|"
    r"前[一二三四两]季度|前三个季度|[上下]半年|全年|[首前][\d一二三四五六七八九十]+个?月)"
)
# "重点服务业企业中" (among the key service enterprises...): a scope, not a name
CJK_SCOPE_RE = re.compile(r"^[\u4e00-\u9fff]{2,}中$")
# a verb inside a name: "私营企业实现营业收入" names 私营企业营业收入
CJK_INNER_VERB_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:实现|完成|达到)(?=[\u4e00-\u9fff]{2})")
CJK_NAME_CLOSERS_RE = re.compile(
    r"(?:从?\d{1,2}月\d{1,2}日起?(?:至|到)\d{1,2}月\d{1,2}日止?|(?:由|从)(?:\d{4}年|上年|去年)?的?|分别|分別|为|是|达到|达|实现|完成|共计|共|有|约|占|将|同比|环比|比|较|了|"
    + CJK_CHANGE_WORDS
    + r")$"
)

# ---------------------------------------------------------------- cues

# Growth measured at constant prices ("at comparable prices", 按可比价格计算), as the growth of
# GDP and of value added is by statistical convention even where the text does not say so: a
# total's real growth is not its parts' real growth weighted by their current levels
# A change said in words to be net of price changes: "a real-terms rise", "adjusted for
# inflation", 实际增长. It is not the change between current-price levels beside it.
REAL_TERMS = (
    r"可比价|不变价|实际(?:增长|下降)|扣除价格因素|\b(?:comparable|constant)\s+prices?\b"
    r"|\breal[\s-]+terms?\b|\binflation[- ]adjusted\b|\b(?:adjusted|allowing)\s+for\s+inflation\b"
    r"|\bafter\s+(?:taking\s+)?inflation\b"
)
REAL_TERMS_RE = re.compile(REAL_TERMS, re.IGNORECASE)
REAL_GROWTH_RE = re.compile(
    REAL_TERMS + r"|生产总值|增加值|\bGDP\b|\bgross\s+(?:domestic|regional)\s+product\b|"
    r"\b(?:value[- ]added|added\s+value)\b",
    re.IGNORECASE,
)
CHANGE_UP = (
    "increase",
    "increased",
    "increases",
    "increasing",
    "rise",
    "rose",
    "risen",
    "rises",
    "rising",
    "grow",
    "grew",
    "grown",
    "grows",
    "growing",
    "growth",
    "up",
    "jump",
    "jumped",
    "jumps",
    "surge",
    "surged",
    "surges",
    "climb",
    "climbed",
    "climbs",
    "gain",
    "gained",
    "gains",
    "expand",
    "expanded",
    "expansion",
    "soar",
    "soared",
    "higher",
    "more",
    "rebound",
    "rebounded",
    "boost",
    "boosted",
    "added",
    "add",
    "adds",
    "hike",
    "increment",
    "upturn",
    "advance",
    "advanced",
    "spike",
    "spiked",
    # past forms only: "a narrow margin", "ease of use" are no changes
    "rallied",
    "swelled",
    "ballooned",
    "leapt",
    "leaped",
    # of a size (a deficit, a gap, a lead written as a positive figure): it grew
    "widened",
    "widening",
    "widens",
)
CHANGE_DOWN = (
    "decrease",
    "decreased",
    "decreases",
    "decline",
    "declined",
    "declines",
    "declining",
    "fall",
    "fell",
    "fallen",
    "falls",
    "falling",
    "drop",
    "dropped",
    "drops",
    "down",
    "shrink",
    "shrank",
    "shrunk",
    "contracted",
    "contraction",
    "slump",
    "slumped",
    "plunge",
    "plunged",
    "lower",
    "less",
    "fewer",
    "cut",
    "cuts",
    "reduce",
    "reduced",
    "reduction",
    "dip",
    "dipped",
    "slid",
    "slide",
    "lost",
    "loss",
    "tumbled",
    "sank",
    "slowed",
    "downturn",
    # a price below another: "a 20% discount on the usual $50", "25% off"
    "discount",
    "discounted",
    "markdown",
    "off",
    "retreated",
    "eased",
    "slipped",
    "sagged",
    "skidded",
    # of a size: "the deficit narrowed to $61 billion", "the gap narrowed by 2 points"
    "narrowed",
    "narrowing",
    "narrows",
)
CHANGE_WORDS = frozenset(CHANGE_UP + CHANGE_DOWN)
# The change words as one alternation, longest first (as CJK_CHANGE_WORDS for Chinese)
CHANGE_WORDS_ALTERNATION = "|".join(sorted(CHANGE_WORDS, key=len, reverse=True))
# Words naming a whole as the whole it was before its parts split off: "13,103 (24%) of the
# original 54,075 participants", "of the initial 300 applicants".
WHOLE_ADJECTIVES = ("original", "initial", "entire", "total", "combined", "overall")
# Verbs that change what they act on only with "by" and its figure ("raise the fare by £2",
# "lowered its forecast by 0.3 points"); alone they may count ("raised £5m for charity").
CHANGED_BY_UP = tuple("raise raises raised raising lift lifts lifted lifting hiked".split())
CHANGED_BY_DOWN = tuple("lowered lowers lowering trim trims trimmed".split())
CHANGED_BY_VERBS = CHANGE_WORDS | frozenset(CHANGED_BY_UP + CHANGED_BY_DOWN)
# the words that give a change its way down ("lowered the fee by 2%" is -2 %)
# verbs moving a priced thing from one figure to another: "cutting a £120 parka to £84"
OBJECT_MOVED_VERBS = CHANGED_BY_VERBS | frozenset(
    "cutting reducing reduces slash slashes slashed slashing marked marking".split()
)
DOWN_WORDS = frozenset(CHANGE_DOWN + CHANGED_BY_DOWN)
# words naming a rate of another whole or an aim, not the rate of the part before it: "16,380
# arrived on time, a target rate of 95%", "..., a national rate of 85%"
OTHER_RATE_WORDS = frozenset(
    "target targeted national nationwide average expected required goal benchmark normal "
    "typical usual regional global industry historic historical previous former".split()
)
# The words of the two tables that say which way a level moved when they stand straight before
# "to" or "from" and its figure ("rose to $5 billion from $4 billion", "cut from 7% to 6%"):
# all but those that say something else there. A noun a verb before it acts on ("slowing growth
# to 2%", "narrowed the loss to"), a comparative or a particle alone ("up to" is at most; a
# particle after a verb is read apart: MOVED_PARTICLES), "added to", "lost to".
_NO_MOVE_BEFORE_TO = frozenset(
    "growth more less higher lower loss lost add added adds gain gains off discount discounted "
    "markdown up down increment upturn downturn".split()
)
MOVED_UP = frozenset(CHANGE_UP) - _NO_MOVE_BEFORE_TO
MOVED_DOWN = frozenset(CHANGE_DOWN) - _NO_MOVE_BEFORE_TO
# A particle after a verb of no direction of its own: "revised up to", "marked down from",
# "ticked higher to"; its way is the move's.
MOVED_PARTICLES = {
    "up": "+",
    "upward": "+",
    "upwards": "+",
    "higher": "+",
    "down": "-",
    "downward": "-",
    "downwards": "-",
    "lower": "-",
}
# Words that give a level a sign its figure does not show ("fell to a loss of $3 million from
# a profit of $2 million", "swung to a deficit of"): the figures as written do not say which
# way such a pair moved.
SIGNED_LEVEL_RE = re.compile(
    r"\b(?:loss(?:es)?|deficits?|surplus(?:es)?|profits?|negative|minus|shortfalls?|"
    r"contractions?|debit|overdrawn)\b|亏损|亏|赤字|逆差|顺差|负",
    re.IGNORECASE,
)
# Comparatives that say which way one figure stands from another (vocabulary's, and
# 比全国快0.3个百分点, 高于全国0.3个百分点): the sign of the gap between them.
COMPARATIVE_UP = vocabulary.COMPARATIVE_UP
COMPARATIVE_DOWN = vocabulary.COMPARATIVE_DOWN
CJK_COMPARATIVE_UP = ("高出", "高", "快", "多")
CJK_COMPARATIVE_DOWN = ("低", "慢", "少")
_CJK_WAYS = "|".join(CJK_COMPARATIVE_UP + CJK_COMPARATIVE_DOWN)
# 比B高 / 高于B straight before the gap: `named` or `named_after` is B's name, `way` the word
CJK_THAN_BEFORE_RE = re.compile(
    r"(?:[比较](?P<named>[^\d。；;，,]{1,20}?)(?P<way>" + _CJK_WAYS + r")了?"
    r"|(?P<way_of>" + _CJK_WAYS + r")于(?P<named_after>[^\d。；;，,]{1,20}?))\s*$"
)
# An earlier gap of a list of gaps straight before a later one (比B快4.6和3.1个百分点: before 3.1,
# the 4.6 and what names B before it)
CJK_LISTED_GAP_BEFORE_RE = re.compile(r"\d+(?:\.\d+)?(?:个百分点|個百分點)?\s*[和、及与與]\s*$")
# A figure's own forecast or aim named as what it is compared with, before the words of a
# margin (比原预测高出9.4个百分点): the margin is from that forecast, no other figure's
CJK_FORECAST_WORDS = ("预测", "预估", "预期", "预计", "原估", "目标")
CJK_THAN_FORECAST_RE = re.compile(
    r"[比较][^\d，,。；;]{0,8}?(?:" + "|".join(CJK_FORECAST_WORDS) + r")[^\d，,。；;]{0,4}$"
)
# A figure named as what someone expected, forecast or predicted ("economists had been
# anticipating a rate of 4.2%", "the consensus forecast of 3%"): words before it in its sentence.
# Another quantity than the figure that came out, so never its restatement. Not "as expected"
# or "than expected" (said of the figure that came out), nor "unexpected".
EXPECTATION_BEFORE_RE = re.compile(
    r"(?<!\bas\s)(?<!\bthan\s)\b(?:expect(?:s|ed|ing|ations?)|anticipat(?:es|ed|ing)|"
    r"forecast(?:s|ed|ing)?|predict(?:s|ed|ing|ions?)|consensus)\b",
    re.IGNORECASE,
)
# The difference between two figures named as such, in Chinese: before it (相差2万户, 差距为3亿元)
# or after it (有2万出入, 3亿元的差距; matched from the figure's end)
CJK_MARGIN_BEFORE_RE = re.compile(
    r"(?:相差|差距|差额|之差|差了|多出|高出)(?:了|为|是)?(?:约|近)?\s*$"
)
CJK_MARGIN_AFTER_RE = re.compile(r"(?:的)?(?:出入|差距|差额|之差|差异)")
# A difference said to be a discrepancy: the two figures were meant to be one quantity
DISCREPANCY_RE = re.compile(r"出入|不符|\bdiscrepanc(?:y|ies)\b|\bmismatch\b", re.IGNORECASE)
# Words saying a figure is one of its sentence written again with other rounding: "6.4 percent;
# unrounded, the vacancy rate is 6.372 percent", "$4.2 billion ($4.17 billion before rounding)", "1.4
# billion, or 1,411,778,724 to be exact", 约1.4亿人，精确数字为1.4128亿人. ROUNDED_AGAIN_BEFORE_RE is
# matched in the clause that leads to the second figure, ROUNDED_AGAIN_AFTER_RE straight after it.
# Not "exactly" or "precisely" alone: "of the 40 guests, exactly 12 stayed" restates nothing.
ROUNDED_AGAIN_BEFORE_RE = re.compile(
    r"\b(?:unrounded|un-rounded|before\s+rounding|without\s+rounding|to\s+be\s+(?:exact|precise)|"
    r"more\s+precisely|rounded(?:\s+(?:up|down|off))?\s+to)\b"
    r"|精确(?:地说|来说|数字|数据|值)?|精確(?:地說|來說|數字|數據|值)?|四舍五入(?:后|前)?|四捨五入(?:後|前)?",
    re.IGNORECASE,
)
ROUNDED_AGAIN_AFTER_RE = re.compile(
    r"\s*(?:percent|per\s+cent)?\s*,?\s*(?:unrounded|before\s+rounding|to\s+be\s+(?:exact|precise)|"
    r"rounded)\b",
    re.IGNORECASE,
)
# 较2029年, 比2029年, 與2029年相比 (written straight before the year): the base of a change
CJK_COMPARED_WITH_RE = re.compile(r"(?:较|較|比|相比|相较于?|相較於?|与|與|同)\s*$")
# "from last year", "than that of the first half", "compared with the third quarter": the words before a
# period that make it the base a figure is compared with, not the figure's own period
BASE_BEFORE_RE = re.compile(
    r"\b(?:from|than|on|over|versus|vs\.?|against|since|compared\s+(?:with|to))\s+"
    r"(?:(?:that|those)\s+(?:of|in)\s+|in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Days that are not every day of a period: a daily average over trading, working or school
# days, or of a market's trading, where a year has some 250 of them (交易日, 工作日, 成交)
COUNTED_DAYS_RE = re.compile(
    r"\b(?:trading|working|business|school|opening|week)[\s-]*days?\b|\bweekdays?\b|\bshares\b"
    r"|\bturnover\b|\bvolumes?\b|\btrad(?:ed|ing|es)\b|交易日|工作日|成交",
    re.IGNORECASE,
)
# what says a figure per day is the average of a total: "an average of", "averaging", 平均, 日均
AVERAGE_WORD_RE = re.compile(r"\baverag(?:e|ed|ing)\b|平均|日均", re.IGNORECASE)
# Words opening a statement of its own after a list of parts (同时核定的动态投资概算为2039亿元,
# "meanwhile", "in addition"): the figure after them is no further part of the whole before.
MOVES_ON_RE = re.compile(
    r"同时|此外|另外|\b(?:meanwhile|separately|in\s+addition|additionally)\b", re.IGNORECASE
)
# A whole named as an average over people (平均失业周数, 人均收入, 月均工资, "the average wait",
# "the median wage"): the figures after 其中 or "including" are the groups' own averages, which
# may exceed it or add up past it, not parts adding up to it.
AVERAGE_WHOLE_RE = re.compile(
    r"平均|[人户戶月年日]均|均价|均價|\b(?:average|mean|median|typical)\b", re.IGNORECASE
)
YOY_RE = re.compile(
    r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by/y\b|from\s+a\s+year\s+(?:earlier|ago|before)|than\s+a\s+year\s+(?:earlier|ago|before)"
    r"|(?:over|on|from|than|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|prior|preceding)\s+year|same\s+period\s+(?:of\s+)?last\s+year"
    r"|compared\s+(?:with|to)\s+(?:a|one)\s+year\s+(?:earlier|ago)|on\s+an\s+annual\s+basis|同比"
    # "up 8% on a year earlier", "from the year before", "on last year" (not "on the year": a
    # market's "up 8% on the year" is since the year began)
    r"|\b(?:on|from|over|than|against|versus|vs\.?)\s+(?:a|one|the)\s+year\s+(?:earlier|ago|before)\b"
    r"|\b(?:on|from|over|than|against|versus|vs\.?)\s+last\s+year(?![’']s)\b"
    r"|[比较較]上一?年|[比较較]去年|按年(?=[上下升跌增减減])"  # 按年上升: Hong Kong's year on year
    r"|[与與同]上一?年(?:同期)?(?:相比|比[较較])",
    re.IGNORECASE,
)
# "两年平均增长18.8%", "a two-year average growth of 4.1%": the average annual rate of a change
# over the number of years written before it (the years in `cjk` or `en`)
_YEARS_COUNTED = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
AVERAGE_OVER_YEARS = (
    r"(?:(?P<cjk>[两兩二三四五六七八九十]|\d{1,2})年平均|\b(?P<en>"
    + _YEARS_COUNTED
    + r")-year\s+average)"
)
AVERAGE_OVER_YEARS_RE = re.compile(AVERAGE_OVER_YEARS + r"[^，。,;；\d]{0,24}$", re.IGNORECASE)
CAGR_BEFORE_RE = re.compile(
    r"(?:average\s+annual|annual(?:ized)?\s+average|average\s+yearly|compound(?:ed)?\s+annual|annuali[sz]ed|\bcagr\b|年均"
    r"|[两兩二三四五六七八九十\d]年平均|\b" + _YEARS_COUNTED + r"-year\s+average)"
    r"[\w\s-]{0,40}$",
    re.IGNORECASE,
)
CAGR_AFTER_RE = re.compile(
    r"^[\w\s-]{0,20}?\b(?:a|per|each)\s+year\s+on\s+average|^[\w\s-]{0,20}?\bon\s+average\s+(?:a|per|each)\s+year|^\s*annually\s+on\s+average"
    r"|^\s*(?:compound(?:ed)?\s+annual|average\s+annual|annual\s+average|annuali[sz]ed)\s+(?:growth|rate|increase|decline)|^\s*cagr\b",
    re.IGNORECASE,
)
# "2% a year", "2% annually": a rate each year (not "58.9% a year before", a year's level)
ANNUAL_AFTER_RE = re.compile(
    r"^\s*(?:a|per|each|every)\s+year\b(?!\s+(?:before|earlier|ago|after|later|on\b|previously))"
    r"|^\s*annually\b|^\s*per\s+annum\b",
    re.IGNORECASE,
)
# Wholes the text need not name as sums: parts that are all of these, each once and in this
# order, exhaust their whole (the three industries of a GDP, the towns and the countryside of a
# population, the exports and imports of a trade total). Announced as the parts of a figure
# ("among them", 其中), they are its sum.
COMPLETE_PARTITIONS = tuple(
    tuple(re.compile(member, re.IGNORECASE) for member in members)
    for members in (
        (
            r"\b(?:primary|first)\s+(?:industry|industries|sector)\b",
            r"\b(?:secondary|second)\s+(?:industry|industries|sector)\b",
            r"\b(?:tertiary|third)\s+(?:industry|industries|sector)\b",
        ),
        ("第一产业", "第二产业", "第三产业"),
        (r"\burban\b", r"\brural\b"),
        ("城[镇鎮]", "[乡鄉农農]村"),
        # a trade total: exports and imports (进出口 holds both words, so neither member is it)
        (r"\bexports?\b", r"\bimports?\b"),
        ("(?<![进進])出口", "(?<![出])[进進]口"),
        # passengers, sales, tourists: at home and from abroad ("gross domestic product" and
        # the International Monetary Fund are no members)
        (r"\bdomestic\b(?!\s+product)", r"\binternational\b(?!\s+monetary)|\boverseas\b"),
        # a state's enterprises, budget or debt: the central and the local
        (r"\bcentral\b(?!\s+bank)", r"\blocal\b"),
        ("中央", "地方"),
        # 国内生产总值 (GDP) and 国内外 (at home and abroad) are no members
        ("[国國]内(?!生[产產]|外)", "入境|[国國][际際]|境外"),
        # a budget's revenue: from taxes and from everything else
        (r"\b(?<!-)tax\s+revenues?\b", r"\bnon-?tax\s+revenues?\b"),
        ("(?<![非])税收收入|(?<![非])稅收收入", "非税收入|非稅收入"),
    )
)
# The two sexes, each a group no person of the other is in: counts or shares of a whole named
# one each by them are parts that cannot overlap. They are no complete partition of people
# (children are neither men nor women, and a count may leave some unstated), so they add up
# to at most their whole, never exactly to it.
SEXES = (
    re.compile(r"\b(?:men|man|males?|boys)\b|男性|男生|男子|男孩", re.IGNORECASE),
    re.compile(r"\b(?:women|woman|females?|girls)\b|女性|女生|女子|女孩", re.IGNORECASE),
)
# Kinds no member of one is of another, like the sexes, where they need not be all of a whole
# (heavy and light industry leave mining out of a county's industry; some applications are
# neither approved nor refused yet): parts of a whole named one each by them cannot overlap,
# so they add up to at most their whole. The members of `COMPLETE_PARTITIONS` are such kinds too.
EXCLUSIVE_KINDS = tuple(
    tuple(re.compile(member, re.IGNORECASE) for member in members)
    for members in (
        (r"\bheavy\s+industry\b", r"\blight\s+industry\b"),
        ("重工[业業]", "(?<!减)[轻輕]工[业業]"),
        (r"\bfull[- ]time\b", r"\bpart[- ]time\b"),
        ("(?<!非)全日制", "非全日制"),
        (r"\b(?:approved|accepted|granted)\b", r"\b(?:rejected|refused|denied|turned\s+down)\b"),
        (r"\badults?\b", r"\bchild(?:ren)?\b"),
        ("成年人", "未成年人|儿童|兒童"),
        ("公办|公辦|公立", "民办|民辦|私立"),
        ("本地", "外地"),
        # buyers of new vehicles: private buyers, fleets and businesses
        (r"\b(?:private|retail)\b", r"\bfleets?\b", r"\bbusiness\b"),
    )
)
# The gap between two figures (a trade surplus, a budget deficit): named after the parts of a
# whole, it is none of them.
BALANCE_RE = re.compile(
    r"\b(?:surplus|deficit|shortfall)\b|\bbalance\s+of\s+(?:trade|payments)\b"
    r"|\b(?:trade|budget|fiscal|current[- ]account)\s+balance\b|顺差|逆差|順差|差额|差額",
    re.IGNORECASE,
)
# Arithmetic written out ("4,159,797 - 4,137,218 is 22,579"): what stands between the two
# operands, and between them and the result
MINUS_BETWEEN_RE = re.compile(r"^\s*(?:[-–−]|minus)\s*$", re.IGNORECASE)
EQUALS_BETWEEN_RE = re.compile(
    r"^\s*(?:=|is|equals|makes|comes\s+to|gives|leaves|(?:ought\s+to|should|would|must)\s+be)"
    r"\s+" + BEFORE_FIGURE + r"$|^\s*=\s*$",
    re.IGNORECASE,
)
# A surplus or deficit named bare, ending the words that name its figure ("a surplus of $38bn",
# "the deficit was $8bn"): nothing narrows it ("the deficit with China", "the surplus in services")
_BARE_DIFFERENCE_ENDS = (
    # "widening the deficit to $138bn", "a surplus at $40bn"
    r"\s*(?:(?:of|was|is|stood\s+at|came\s+to|reached|totalled|totaled|to|at)\s*)?"
    r"(?:(?:" + APPROXIMATION_WORDS_ALTERNATION + r")\s*)?[$£€¥]?\s*$"
)
# The verbs that name a flow in and a flow out by their figure ("bought for £45m", "took out
# $5bn"): their subject before them names who moves the money, it narrows no quantity.
FLOW_VERBS = (("gained", "added", "bought", "put"), ("lost", "sold", r"took\s+out", "withdrew"))
FLOW_VERB_RE = re.compile(r"\b(?:" + "|".join(FLOW_VERBS[0] + FLOW_VERBS[1]) + r")\b", re.I)
# Verbs of things begun and ended, hired and let go ("opened 6,200 accounts and closed 9,000",
# "hired 300 staff and laid off 500"), read as two flows only where the net of them is named
# right after them: alone, "opened at 3,100 and closed at 3,250" are levels of one price.
COUNTED_FLOW_VERBS = (
    ("opened", "hired", "recruited", "created", "launched", r"signed\s+up"),
    ("closed", r"laid\s+off", "shed", "dismissed", "cut", "scrapped"),
)
# The same flows named by the verb after their figure, of people moving ("62,000 left and 90,000
# arrived"): (the verbs of a flow in, the verbs of a flow out).
FLOWS_NAMED_AFTER = (
    (r"arrived", r"moved\s+in", r"immigrated", r"came\s+in"),
    (r"left", r"departed", r"moved\s+(?:out|away)", r"emigrated"),
)
# Quantities defined as the difference of two others, by their names: (what is taken from,
# what is taken, the difference). A trade balance is exports less imports, a population's
# natural growth its births less its deaths, a budget balance revenue less spending. Named so
# beside each figure of one sentence, the three are checked as a margin (the size of the gap,
# whichever way it goes: a "deficit" and a "surplus" are both sizes).
NAMED_DIFFERENCES = tuple(
    tuple(re.compile(p, re.IGNORECASE) for p in entry)
    for entry in (
        (
            # net imports or exports are the gap too (imports less exports, whichever way)
            r"(?<!\bnet\s)\bexports?\b|(?<![进進净淨])出口",
            r"(?<!\bnet\s)\bimports?\b|(?<![出净淨])[进進]口",
            # "a surplus of $38bn" beside exports and imports (not "the current-account deficit")
            r"\btrade\s+(?:surplus|deficit|balance|gap)\b|顺差|逆差|順差|贸易差额|貿易差額"
            r"|\bnet\s+(?:imports|exports)\b|[净淨](?:进口|進口|出口)"
            r"|\b(?:a|the|its|their)\s+(?:net\s+)?(?:surplus|deficit)" + _BARE_DIFFERENCE_ENDS,
        ),
        (
            r"\bbirths?\b|\bbirth\s+rate\b|出生率|出生人口",
            r"\bdeaths?\b|\bdeath\s+rate\b|\bmortality\s+rate\b|死亡率|死亡人口",
            r"\bnatural\s+(?:growth|increase)\b|自然增长率|自然增长人口|自然增長率",
        ),
        (
            r"\b(?:revenues?|receipts|income)\b|财政收入|收入",
            r"\b(?:expenditures?|spending|outlays)\b|财政支出|支出",
            r"\bbudget\s+(?:surplus|deficit|balance)\b|\bfiscal\s+(?:surplus|deficit)\b|赤字|结余"
            r"|\b(?:a|the|its|their)\s+(?:surplus|deficit)" + _BARE_DIFFERENCE_ENDS,
        ),
        (
            # a flow in and a flow out, named before their figures ("inflows were €12bn",
            # "bought for £45m", 迁入人口8.2万人), and what is left of them named "net"
            r"(?<!\bnet\s)\b(?:inflows?|immigration|arrivals|" + "|".join(FLOW_VERBS[0]) + r")\b"
            r"|(?<![净淨])(?:迁入|遷入|流入)",
            r"(?<!\bnet\s)\b(?:outflows?|emigration|departures|" + "|".join(FLOW_VERBS[1]) + r")\b"
            r"|(?<![净淨])(?:迁出|遷出|流出)",
            r"\bnet\s+(?:inflows?|outflows?|migration|gain|loss|increase|decrease|spend)\b"
            r"|[净淨](?:迁入|遷入|迁出|遷出|流入|流出)",
        ),
    )
)
# What may stand before and after a difference's name, in the words naming its figure, when the
# difference is read against terms of the sentence before: nothing that narrows it ("the trade
# surplus with China", 对东盟贸易顺差) or dates it apart ("In June the trade surplus").
PLAIN_DIFFERENCE_BEFORE_RE = re.compile(
    r"^\s*(?:(?:leaving|giving|making|with|and)\s+)?(?:(?:a|an|the|its|their|our|overall|total|"
    r"annual|monthly|net)\s+)*$|^(?:实现|全年|当月|同期)?(?:货物|商品)?(?:贸易|外贸)?$",
    re.IGNORECASE,
)
PLAIN_DIFFERENCE_AFTER_RE = re.compile(
    r"^\s*(?:was|is|were|came\s+to|stood\s+at|of|totalled|totaled|reached|narrowed\s+to|"
    r"widened\s+to)?\s*(?:" + QUALIFIER_WORDS_ALTERNATION + r")?\s*$"
    r"|^(?:为|达|达到|是)?(?:约|近)?$",
    re.IGNORECASE,
)
# The total the partitions above divide, and the words that make a figure one per head.
# The same partitions named in one list before their figures, which "respectively" then
# gives in that order ("the primary, secondary and tertiary industries reached A, B and C,
# respectively"): (number of members, the list).
COMPLETE_PARTITION_LISTS = (
    (
        3,
        re.compile(
            r"\b(?:primary|first),?\s+(?:secondary|second),?\s+(?:and\s+)?(?:tertiary|third)\s+"
            r"(?:industries|sectors)\b",
            re.IGNORECASE,
        ),
    ),
    (3, re.compile(r"第一、(?:第)?二、(?:第)?三产业|一、二、三产业")),
    # the three industries named as one, as statistical releases write them (三次产业增加值占GDP的比重)
    (3, re.compile(r"三次产业|三次產業|三大产业|三大產業")),
    (2, re.compile(r"\burban\s+and\s+rural\b", re.IGNORECASE)),
    (2, re.compile(r"城镇和乡村|城乡")),
)
# The three sectors of an economy as writers name them in any order with their shares
# ("farming took 46 percent, trade 33 percent and mining 21 percent"): one whole.
ECONOMY_SECTORS = (
    re.compile(
        r"\bagricultur\w*|\bfarming\b|\bprimary\s+(?:industry|industries|sector)\b|第一产业|第一產業",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<!primary\s)(?<!tertiary\s)\bindustr(?:y|ial)\b|"
        r"\bsecondary\s+(?:industry|industries|sector)\b|第二产业|第二產業",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bservices?\b|\btertiary\s+(?:industry|industries|sector)\b|第三产业|第三產業",
        re.IGNORECASE,
    ),
)
# The nouns of a poll itself, which two sentences reporting one poll share whatever it found
# ("a survey has revealed" ... "the survey found"): no word of what a share of people do.
POLL_NOUNS = frozenset(
    "survey surveys poll polls polling pollster study studies research questionnaire "
    "respondents findings".split()
)
# Words that make a sentence a poll's: there a lead "of 8 points" is in percentage points.
POLL_WORDS_RE = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|respondents?|voters|electorate|"
    r"approval|disapprov\w*|favou?rab\w*|margin\s+of\s+error)\b",
    re.IGNORECASE,
)
# A lead or a gap between a poll's shares: "Lund's lead is 8 points", "trails by 5 points".
POLL_GAP_WORDS_RE = re.compile(
    r"\b(?:lead|leads|leading|led|margin|gap|ahead|behind|trails?|trailing|trailed|edge)\b",
    re.IGNORECASE,
)
# The nouns of a standing division of an economy or a society: "the three industries" (primary,
# secondary, tertiary) names the division, as 三次产业 does, and counts nothing the text checks.
CLASSIFICATION_AFTER_RE = re.compile(
    r"\s+(?:(?:major|main|economic|industrial)\s+)?(?:industries|sectors|strata)\b", re.IGNORECASE
)
# Points a player or a team scores, never percentage points.
SCORED_POINTS_RE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|goals?|rebounds?|assists?|touchdowns?|games?|match(?:es)?|innings)\b",
    re.IGNORECASE,
)
# What a player, a team or a candidate tallies: after four digits that could be a year ("won
# 2031 votes", "with 1984 points"), a count of these, never a date.
TALLIED_NOUNS_AFTER_RE = re.compile(
    r"[^\S\n]+(?:points|votes|goals|runs|ballots|signatures|wickets|yards|appearances)\b"
    r"(?![^\S\n]+(?:to|towards?)\b)",  # "2024 points to a recovery": the verb
    re.IGNORECASE,
)
# A market's index, whose points are its own ("the Dow fell 12 points"), never a poll's.
MARKET_INDEX_RE = re.compile(
    r"\b(?:index|indices|Dow|Nasdaq|S&P|FTSE|Nikkei|Hang\s+Seng|Sensex|Nifty|DAX|CAC|Kospi|"
    r"stocks?|shares|benchmark)\b|指数",
    re.IGNORECASE,
)
# An item a result is arrived at with, which "including" names though it is no part of the
# result ("earned 2 cents a share, including 4 cents in charges", "a profit of $5m, including a
# $2m gain on the sale"): a charge can exceed the profit it was taken from.
RESULT_ITEM_BEFORE_RE = re.compile(
    r"\b(?:an?\s+)?(?:one-?time\s+|pre-?tax\s+|restructuring\s+|non-?cash\s+)?"
    r"(?:charges?|gains?|losses?|write-?(?:downs?|offs?)|impairments?|items?)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
RESULT_ITEM_AFTER_RE = re.compile(
    r"[^\S\n]*(?:(?:a|per)\s+share\s+)?(?:(?:in|of|from)\s+)?(?:one-?time\s+|pre-?tax\s+|"
    r"restructuring\s+|non-?cash\s+)?(?:charges?|gains?|losses?|write-?(?:downs?|offs?)|"
    r"impairments?|items?)\b",
    re.IGNORECASE,
)
# The answer of a poll's list that gathers everyone else ("Don't know"): a list of answers
# that has one covers every respondent once, so its percentages add up to 100 %.
POLL_CATCH_ALL_RE = re.compile(
    r"\b(?:(?:don|didn)['’]?t\s+know|d(?:o|id)\s+not\s+know|not\s+sure|unsure|no\s+opinion|undecided|"
    r"none\s+of\s+(?:these|the\s+above)|no\s+answer|refused)\b|不知道|说不清|說不清|不清楚",
    re.IGNORECASE,
)

# Partitions of a total other than a GDP, each with the words that name the total it divides
# (the three sections of industry: mining, manufacturing, the utilities). Listed in this order,
# one figure each, after a level named so, they are its parts with no word of division.
NAMED_PARTITIONS = (
    (
        re.compile(r"\bindustrial\b|工业|工業", re.IGNORECASE),
        (
            re.compile(r"\bmining\b|采矿业|採礦業", re.IGNORECASE),
            re.compile(r"\bmanufactur(?:ing|ers?)\b|制造业|製造業", re.IGNORECASE),
            re.compile(
                r"\b(?:utilit(?:y|ies)|electricity|power)\b|(?:电力|電力)[、,，]\s*(?:热力|熱力)",
                re.IGNORECASE,
            ),
        ),
    ),
)
# Wholes whose parts a sentence or two after them name one each, in any order: a balance
# sheet's assets (its liabilities and the owners' equity), retail sales of consumer goods as
# the statistics divide them (catering and the retail of goods: 餐饮收入, 商品零售), the
# electricity a society uses as the energy statistics divide it (the three industries' use
# and the households' of town and country: 第一产业用电量 ... 城乡居民生活用电量).
SPLIT_WHOLES = (
    (
        re.compile(
            r"\b(?:total\s+)?assets\b|资产总[计额]|資產總[計額]|总资产|總資產", re.IGNORECASE
        ),
        (
            re.compile(r"\bliabilit(?:y|ies)\b|负债|負債", re.IGNORECASE),
            re.compile(
                r"\b(?:owners['’]?|shareholders['’]?|stockholders['’]?)\s+equity\b|所有者权益|所有者權益",
                re.IGNORECASE,
            ),
        ),
    ),
    (
        re.compile(
            r"\bretail\s+sales\s+of\s+consumer\s+goods\b|社会消费品零售总额|社會消費品零售總額",
            re.IGNORECASE,
        ),
        (
            re.compile(r"\bcatering\b|餐饮收入|餐飲收入", re.IGNORECASE),
            re.compile(
                r"\bretail\s+sales\s+of\s+goods\b|\bgoods\s+retail\b|商品零售", re.IGNORECASE
            ),
        ),
    ),
    (
        re.compile("全社[会會]用[电電]量"),
        tuple(
            re.compile(f"{industry}[产產][业業]用[电電]") for industry in ("第一", "第二", "第三")
        )
        + (re.compile("城[乡鄉]居民生活用[电電]"),),
    ),
)
# Wholes no complete partition exhausts, the statistics counting a part beside its members:
# the electricity a society uses is the three industries' and the households' (城乡居民生活
# 用电), so the three industries alone add up to less (`SPLIT_WHOLES` names all four).
BEYOND_PARTITIONS_RE = re.compile("全社[会會]用[电電]量")
# A balance sheet's debt ratio (资产负债率): its liabilities as a share of its assets
DEBT_RATIO_RE = re.compile(
    r"\b(?:debt|debt[-\s]to[-\s]assets?|liabilit(?:y|ies)[-\s]to[-\s]assets?|"
    r"asset[-\s]liability)\s+ratio\b|资产负债率|資產負債率",
    re.IGNORECASE,
)
# Ratios named by what they divide, of the wholes above: (the words naming the ratio, the
# SPLIT_WHOLES entry, its member the ratio is the share of).
NAMED_SHARES_OF_SPLIT_WHOLES = ((DEBT_RATIO_RE, 0, 0),)
# Ratios named by what they divide, with the words naming the part and the whole each level
# of one sentence is named by: (the ratio, the part, the whole). A debt ratio is liabilities
# over assets; an urbanisation rate (城镇化率) the urban population over the population; a
# profit margin (营业收入利润率) the profit over the revenue.
NAMED_RATIOS = (
    (DEBT_RATIO_RE, SPLIT_WHOLES[0][1][0], SPLIT_WHOLES[0][0]),
    (
        re.compile(
            # a margin of one kind of profit (group "kind") is of that profit only
            r"\b(?:(?P<kind>net|operating|pre-tax|gross)\s+|profit\s+)?margin\b|营业收入利润率|營業收入利潤率",
            re.IGNORECASE,
        ),
        re.compile(r"\bprofits?\b|\bearnings\b|\bnet\s+income\b|利润总额|利潤總額", re.IGNORECASE),
        re.compile(r"\brevenues?\b|\bsales\b|\bturnover\b|营业收入|營業收入", re.IGNORECASE),
    ),
    (
        re.compile(r"\burbani[sz]ation\s+(?:rate|ratio|level)\b|城镇化率|城鎮化率", re.IGNORECASE),
        re.compile(r"\burban\b|城镇|城鎮", re.IGNORECASE),
        re.compile(r"\bpopulation\b|\bresidents\b|人口", re.IGNORECASE),
    ),
)
RESPECTIVELY_RE = re.compile(r"\brespectively\b|分别|分別", re.IGNORECASE)
# The years a "respectively" gives its figures one each, in order: a list ("2031, 2032 and
# 2033", "2031年、2032年和2033年", "2031/2032/2033年") or a range ("2031-2033年", "2031 to 2033", "2031至33年").
_YEAR_IN_LIST = r"(?:19|20)\d\d\s*年?"
YEAR_LIST_RE = re.compile(
    rf"(?<![\d.]){_YEAR_IN_LIST}(?:\s*(?:,|，|、|;|/|and|和|及|与|與|&)\s*(?:and\s+)?{_YEAR_IN_LIST})+"
    r"(?![\d.%])",
    re.IGNORECASE,
)
YEAR_RANGE_RE = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s*年?\s*(?:-|–|—|~|～|至|到|to)\s*((?:19|20)?\d\d)\s*年?(?![\d.%])",
    re.IGNORECASE,
)
# What stands between two figures of one list: a comma, 、, a slash, "and", 和 (the unit of each
# figure is part of its mention).
LIST_GAP_RE = re.compile(
    r"\s*(?:[,，、;；]\s*(?:and\s+|和|及)?|/|and|和|及|与|與|&)\s*", re.IGNORECASE
)

# A list's gap before a change that has a verb of its own: "分别下降10%和增长25%", "down 10% and
# up 25% respectively" (the words of change stand between the figures, each its own way)
LIST_GAP_THEN_CHANGE_RE = re.compile(
    r"\s*(?:[,，、;；]\s*(?:and\s+|和|及)?|and|和|及|与|與)\s*"
    r"(?:(?:" + CJK_CHANGE_WORDS + r")(?:了|为|達|达)?|"
    r"\b(?:" + "|".join(CHANGE_UP + CHANGE_DOWN) + r")\b(?:\s+by)?)\s*",
    re.IGNORECASE,
)

PARTITIONED_TOTAL_RE = re.compile(
    r"\bGDP\b|\bgross\s+(?:domestic|regional)\s+product\b|生产总值|生產總值", re.IGNORECASE
)
# A share with the whole it is of, as Chinese writes it after a part (占总人口的52%, 占全市的比重为
# 6.6%): the words name the share's whole, not the level they follow or the one after them
CJK_SHARE_OF_WHOLE_RE = re.compile(r"占[^，,；;。\d]{0,16}?\s*\d[\d.]*\s*[%％]")
# The words right before a level naming it a ratio, a rate or an index (性别比为112.9, 出生率
# 9.8, "a sex ratio of 104"): a quotient of two counts, never the total of counts
RATIO_NAMED_BEFORE_RE = re.compile(
    r"(?:比|率|比例|比重|指数|指數|\bratio|\brate|\bindex)\s*(?:为|為|是|达到|達到|达|達|of|was|is|at|stood\s+at)?\s*$",
    re.IGNORECASE,
)
# (It opens on its first letter, the lookbehind after it saying what "\b" before it would say, so
# the scan skips to such letters; the plain form is in tests/test_extraction_scans.py.)
PER_HEAD_RE = re.compile(r"p(?<!\w.)er\s+(?:capita|head|person)\b|人均", re.IGNORECASE)
# What an amount is counted per, written after it: "60 cents per share", "$2.18 a diluted share",
# "$9,500 per head". An amount per share is no part, level or change of a company's total.
PER_COUNTED_AFTER_RE = re.compile(
    r"\s*(?:per|a|an|each)\s+(?:(?:basic|diluted|ordinary|common|class\s+[a-z])\s+)?share\b"
    r"|\s*per\s+(?:capita|head|person|resident|inhabitant)\b",
    re.IGNORECASE,
)
# Whom a charge or a payment falls on, between the amount and its period: "$20 per household
# per year", "EUR 45 a vehicle a month" (an amount per head keeps PER_COUNTED_AFTER_RE's reading).
PER_PAYER_AFTER_RE = re.compile(
    r"[^\S\n]+(?:per|a|an|each)[^\S\n]+(?:household|family|home|vehicle|car|member|employee"
    r"|customer|subscriber|user|pupil|student|patient|child|adult)\b",
    re.IGNORECASE,
)
# The opening of a Chinese pair of opposite flows, written as one name (进出口: imports and
# exports; 出入境: leaving and entering): a shorter name inside it (出口, 入境) is one of the
# pair, not the name of the pair's total. Matched on the character before the shorter name and
# its first.
CJK_PAIRED_FLOW_RE = re.compile(r"[进進]出|出入")
# the end of a Chinese name that says "the total of" what comes before it (企业总数: the number of
# firms; 出口总额: all exports): the name of the whole, less it, names the same quantity
TOTAL_OF_ZH_RE = re.compile(r"(?:总数|總數|总量|總量|总额|總額|总和|總和|总计|總計)$")

# A quarter's growth restated as the rate a year of such quarters would give: "expanded at an
# annual rate of 2.9% in the first quarter", "a 2.4% annualized pace", "SAAR"
ANNUALIZED_RE = re.compile(r"\bannuali[sz]ed\b|\bannual\s+(?:rate|pace)\b|\bsaar\b", re.IGNORECASE)
# the quarter a clause speaks of, by its ordinal ("in the second quarter", "Q2")
QUARTER_NAMED_RE = re.compile(
    r"\b(?:(?P<ordinal>first|second|third|fourth)[\s-]+quarter|q(?P<digit>[1-4]))\b",
    re.IGNORECASE,
)
# what a whole economy produces, by the names news gives it: one quantity whichever is used
ECONOMY_OUTPUT_RE = re.compile(
    r"\bgdp\b|\bgross\s+domestic\s+product\b|\beconomy\b|\beconomic\s+output\b",
    re.IGNORECASE,
)

# A company's own measure beside the one its accounts report ("adjusted net income per diluted
# share", "operating (non-GAAP) earnings"), and a sentence saying what it leaves out: "Adjusted
# earnings per share for the quarter exclude charges of $0.12". The measure's name follows the
# qualifier (a bracketed gloss between them), the span of time may follow the name.
ADJUSTED_QUALIFIER = r"(?:adjusted|operating|underlying|non-gaap)\b(?:\s*\([^()]{1,20}\))?"
ADJUSTED_EXCLUDES_RE = re.compile(
    rf"\b(?P<qualifier>{ADJUSTED_QUALIFIER})\s+(?P<measure>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,5}}?)"
    r"(?:\s+(?:for|in)\s+[^,;.]{1,40}?)?\s+exclude[sd]?\b",
    re.IGNORECASE,
)
# the qualifier written right before a measure's name: the adjusted figure, not the reported one
ADJUSTED_BEFORE_RE = re.compile(rf"\b{ADJUSTED_QUALIFIER}\s*$", re.IGNORECASE)
# a word before a measure's name that makes it another measure ("net income" is not the
# "income" of "operating income excludes ..."; "basic earnings per share" not the diluted)
MEASURE_NARROWED_BEFORE_RE = re.compile(
    r"\b(?:net|gross|operating|pre-?tax|total|basic|diluted|core)\s*$", re.IGNORECASE
)
# What the left-out items are: charges and costs lowered the reported figure, so the adjusted
# one is the reported one plus them; gains or income left out would lower it instead (a sign
# the sentence does not give item by item: such a sentence is not read).
EXCLUDED_CHARGE_RE = re.compile(
    r"\b(?:charges?|expenses?|costs?|losses|impairments?|amorti[sz]ation|write-?downs?"
    r"|compensation)\b",
    re.IGNORECASE,
)
EXCLUDED_GAIN_RE = re.compile(
    r"\b(?:gains?|benefits?|credits?|income|revenues?|proceeds|profits?)\b", re.IGNORECASE
)

# words in a level's clause that say it is a total, which a share "of the total" later in its
# sentence is of ("Sales totalled $50 million, with exports at $20 million, or 40% of the
# total"; "The mill sawed 8,000 logs in all, ...")
TOTAL_LEVEL_RE = re.compile(
    r"\b(?:total(?:s|led|ed|ling|ing)?|in\s+all|altogether|overall|all\s+told|combined)\b",
    re.IGNORECASE,
)

# the opening of a sentence that totals the figures just before it ("Together, that comes to
# 3.3 million tonnes"; "These add up to 97%"; a list's "Total:" line; 以上合计330万吨): its
# figure is their sum. Not "in all" or "in total", which as often open a wider total ("It has
# 300 staff in Paris and 200 in Lyon. In total, it employs 5,000")
TOTAL_OF_BEFORE_RE = re.compile(
    r"\W*(?:(?:together|combined|taken\s+together)\b|total\s*:"
    r"|(?:that|this|these|they|the\s+two|both)\s+(?:figures\s+)?"
    r"(?:adds?\s+up\s+to|comes?\s+to|came\s+to|totals?\b|totall?ed\b|amounts?\s+to|amounted\s+to)"
    r"|(?:以上|上述|两者|兩者|二者|两项|兩項)(?:合计|合計|共计|共計|总计|總計))",
    re.IGNORECASE,
)

# The nouns that name a part's share of its whole, alone after the part's name ("the primary
# industry's share", 第一产业比重): a change of that share, in points.
SHARE_NOUNS = frozenset({"share", "shares", "proportion", "比重", "占比", "份额"})
# Who an election's turnout is a share of (the electorate: "570,000 eligible voters") and what
# it counts (the ballots or votes cast, the voters who voted)
ELECTORATE_NOUNS = ("voters", "electors", "electorate")
CAST_NOUNS = ("ballots", "votes", "voters")
# what the voters who voted did, said after their count ("29,760 voted", "cast a ballot")
VOTING_VERB_PHRASES = (
    "voted",
    "cast a ballot",
    "cast ballots",
    "cast their ballots",
    "cast a vote",
    "cast votes",
    "cast their votes",
    "turned out",
    "went to the polls",
)
# ... and said after the electorate they are of, as a participle ("3.2 million of the 5.9 million
# registered voters casting a ballot")
VOTING_PARTICIPLES = (
    "voting",
    "casting a ballot",
    "casting ballots",
    "casting their ballots",
    "casting a vote",
    "casting votes",
    "casting their votes",
    "turning out",
)
SHARE_VERBS = (
    "account",
    "accounts",
    "accounted",
    "accounting",
    "comprise",
    "comprises",
    "comprised",
    "comprising",
    "represent",
    "represents",
    "represented",
    "representing",
    "constitute",
    "constitutes",
    "constituted",
    "constituting",
    "make",
    "makes",
    "made",
    "making",
    "share",
    "proportion",
    "占",
)

# A day written with its year, "December 31, 2008", "Sept. 30, 2019": the comma inside it ends no
# clause, so a period phrase that names it ("for the quarter ended December 31, 2008") goes on.
DAY_WITH_YEAR = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(,)\s*(?:1[89]|20)\d\d\b"
)


def without_day_commas(gap: str) -> str:
    """The words between two figures with the comma of every dated day a space (same length)."""
    return DAY_WITH_YEAR.sub(lambda day: day.group().replace(",", " "), gap)


# ---------------------------------------------------------------- words that end or start noun phrases

DETERMINERS = frozenset(
    "the a an its their his her our your this that these those such another each every any some all both "
    "whose which what my".split()
)
PREPOSITIONS = frozenset(
    "of in on at for from to by with within without into onto over under between among amid during "
    "since until through throughout across about around as than via per against toward towards "
    "including like upon after before beyond near despite versus vs".split()
)
CONJUNCTIONS = frozenset(
    "and or but nor yet so while whereas although though because if when where whether".split()
)
PRONOUNS = frozenset("it they he she we you i them him us which who whom that there this".split())
# A time phrase ending the words before a figure ("profits in the first seven months of this
# year were"): its nouns, and the words that lead up to them. Never what a figure measures.
TIME_NOUNS = frozenset(
    "year years month months quarter quarters half halves week weeks day days decade decades "
    "period periods fy january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday spring summer autumn fall winter".split()
)
# spans counted in a sport's or a school's own units of time ("in five seasons", "over three
# terms"): lengths of no fixed number of days, no levels
COUNTED_SPANS = frozenset("seasons terms semesters campaigns sessions".split())
# the words after "a 5% rise in" that say how the level's own quantity is measured ("in real
# terms", "in value", "in volume"), not another quantity that rose ("a 5% rise in referrals")
SAME_QUANTITY_MEASURED = frozenset("real nominal value volume number numbers total size".split())
# the words that place a time against the text's own ("last year", "this quarter")
TIME_DEICTICS = frozenset("this last next previous past".split())
TIME_MODIFIERS = TIME_DEICTICS | frozenset(
    "same current coming whole entire full fiscal financial "
    "calendar first second third fourth final early late mid earlier ago before prior "
    "corresponding then".split()
)
# A change against the period just before (month on month, quarter on quarter, 环比): its
# earlier level is the previous month's or quarter's, never the same period a year before
SEQUENTIAL_CHANGE_RE = re.compile(
    r"\b(?:month|quarter)[\s-]+on[\s-]+(?:month|quarter)\b|\b(?:m/m|q/q)\b|\bsequential(?:ly)?\b"
    r"|\b(?:from|over|on|than)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:month|quarter)\b"
    r"|\b(?:a|one|the)\s+(?:month|quarter)\s+(?:earlier|before)\b|环比|[比较較]上[月季]"
    r"|按[月季](?=[上下升跌增减減])",  # 按月下跌: Hong Kong's month on month
    re.IGNORECASE,
)
# The characters of a Chinese time phrase inside a name (上年同期, 1-9月, 一季度): a name holding
# one names the quantity at another time, never a part of it
CJK_TIME_IN_NAME_RE = re.compile("[年月季期]")
# Words that point or ask ("Here's", "How did..."): capitalised only where a sentence opens.
POINTING_WORDS = frozenset("here there now then how what when where why who".split())
AUXILIARIES = frozenset(
    "is are was were be been being has have had will would shall should can could may might must ought "
    "do does did "
    "'s".split()
)
VERBS = frozenset(
    "achieved achieve achieves include includes reached reach reaches reaching hit hits totaled totalled totals totaling totalling stood stands "
    "stand amounted amounts amount came comes come saw sees see seen reported reports report recorded records record "
    "registered registers posted posts generated generates attracted attracts expanded expand expands expanding "
    "accounted accounting accounts account comprised comprises comprise constituted constitutes represented represents "
    "made makes make making ranked ranks rank led leads lead built builds build opened opens open added adds add "
    "implemented rolled rolls commercialized commercialised upgraded upgrades increased increase increases decreased "
    "decreases grew grow grows rose rise rises fell fall falls dropped drops declined declines jumped jumps surged surges "
    "climbed climbs soared soars exceeded exceeds exceed topped tops surpassed surpasses handled handles processed "
    "produced produces sold sells earned earns spent spends invested invests received receives welcomed welcomes served "
    "serves employed employs hosted hosts launched launches completed completes created creates set sets delivered "
    "delivers exported exports imported imports shows show showed shown said says according hopes hope aims aim plans "
    "plan needs need continued continues remains remained became become becomes has have had is are was were will "
    "would could can may might should must be been being got gets stayed stays went goes kept keeps maintained "
    "maintains recruited approved approves issued issues obtained obtains launched hit marking marked marks contributed "
    "contributing contributes comprising topping exceeding surpassing reaching totaling totalling amounting standing "
    "hitting registering recording posting generating attracting seeing reporting rising falling growing surging "
    "jumping climbing dropping declining increasing decreasing expanding bringing brought brings pushing pushed "
    "pushes taking took takes helped helps raised raises gained gains lost loses cut cuts won wins involved involves "
    "involving covered covers covering included includes intensified strengthened focused focusing topped ranks "
    "enrolled visited visits attended trained compared means meaning announced announces announce "
    "revised revises revising "
    # forecasts ("the company expects revenue of $8bn"): the words after the verb name it
    "expects expected expecting predicts predicted predicting anticipates anticipated forecasts "
    # headline verbs, capitalised in a Title Case headline ("Storm Kills 17 In Ohio")
    "kill kills killed injure injures injured hurt hurts leave leaves left slash slashes slashed "
    "axe axes axed shed sheds evacuated displaced "
    # participles opening a clause before what they count ("Scoring 6 goals so far, she...")
    "scoring scored scores adding winning selling opening cutting hiring creating buying "
    "signing claiming losing shedding netting collecting".split()
)
# Adverbs and evaluative adjectives that stand before a figure or a verb and never name what a
# figure measures ("a staggering 16 billion", "rather than 2%", "now sharply revised").
ADVERBS = frozenset(
    "now also still already currently alone together only just even further recently newly "
    "rather quite merely simply almost nearly roughly sharply slightly "
    "specifically particularly notably".split()
)
# Words that open a sentence before its figure with no comma ("Yesterday 12 people were hurt",
# "Perhaps 300 came", "Overall 40 firms failed"), where a capitalised name would name a model
# ("Vantage 9 owners"); adverbs in -ly and the words of the lists above are known already.
SENTENCE_OPENERS = frozenset(
    "today yesterday tonight tomorrow meanwhile again thus instead perhaps maybe overall "
    "altogether nationwide worldwide statewide elsewhere together combined still yet".split()
)
EVALUATIVE_WORDS = frozenset(
    "staggering whopping massive huge hefty enormous impressive astonishing astounding "
    "remarkable stunning striking mere meagre meager paltry modest healthy significant sharp "
    "slight steady strong robust solid dramatic unprecedented record record-high".split()
)
# Particles that make a phrasal verb of the word before them ("ticked up", "revised down")
VERB_PARTICLES = frozenset("up down back off out".split())
# Modals, and the "to" of an infinitive: the word after them is a verb ("expected to touch")
MODALS = frozenset("will would could can may might should must shall to".split())
MEASURE_NOUNS = frozenset(
    "value added value-added volume scale total amount number figure figures output area size rate level index share "
    "proportion percentage sum revenue revenues sales turnover income profit profits investment investments spending "
    "expenditure expenditures budget cost costs price prices production capacity count population growth increase "
    "worth valuation balance deposits loans debt assets exports imports trade consumption".split()
)
GENERIC_ONLY = frozenset(
    "value added value-added volume scale total amount number figure figures area size level index "
    "share proportion percentage sum growth increase worth count".split()
)
GDP_ALIASES = {
    "gdp": "gdp",
    "grp": "gdp",
    "gross domestic product": "gdp",
    "gross regional product": "gdp",
    "economic output": "gdp",
    "economy": "gdp",
    "国内生产总值": "gdp",
    "地区生产总值": "gdp",
    "gnp": "gnp",
}
NOT_ENTITIES = frozenset(
    "The A An In On At For From To By With Of And Or But As It Its This That These Those There Their They We Our He She "
    "His Her I You Your Mr Mrs Ms Dr Prof Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov "
    "Dec Chinese American British European Japanese Korean Indian Russian French German Asian African Australian "
    "Canadian Global National International Government Report Press Conference Data Core Second Third First Over "
    "Almost Nearly About More Less Some Since During After Before According However Meanwhile Also Additionally "
    "Furthermore Moreover Through Generative Newspapers Share Follow Print Related Web Go Add Send Get Enter User Your "
    "Racist Judging Looking Technological High Business Cultural New Steady Approval Newly Emphasis Action "
    "Municipal Director Mayor President Minister Secretary Chairman City State Province Party Bureau Office Commission "
    "Ministry Department Council Center Centre Academy University Institute Association Committee Exchange Zone Area "
    "Park Street Forum Index Science Development Research Adjusted Underlying Operating".split()
)

# ---------------------------------------------------------------- products of a count (issue 14)
# A total, the count it is spread over and what each counted thing has: "scored 58 goals in 20
# games, an average of 2.9 a game", "each of the 4 teams has 12 players, 48 in total",
# 惠及3000户，户均4万元, 每个班有40名学生，共有12个班，合计480名学生.

# between a total and the count it is spread over: "58 goals in 20 games", "£4.2m on 300 staff"
TOTAL_OVER_COUNT_RE = re.compile(
    r"^\s+(?:in|on|for|to|among|across|between|over)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# between the count and its average: ", an average of", ", or", ", averaging"
AVERAGE_AFTER_COUNT_RE = re.compile(
    r"^(?:\s+(?:in|during)\s+(?:1[89]|20)\d\d)?\s*(?:,|\(|--|—|–)\s*(?:or\s+|that\s+is\s+)?"
    r"(?:(?:an?\s+average\s+of|averaging|on\s+average)\s+)?"
    r"(?:(?:" + APPROXIMATION_WORDS_ALTERNATION + r")\s+)?$",
    re.IGNORECASE,
)
# after the average, what it is an average per: "each", "apiece", "a head", "a game"
EACH_AFTER_RE = re.compile(
    r"\s*(?:each|apiece|a\s+head|per\s+(?:head|person|capita)|(?:a|per)\s+(?P<noun>[^\W\d_]+))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# a Chinese average per the counted thing, straight before its figure: 户均, 人均, 平均每户
CJK_AVERAGE_PER_RE = re.compile(
    r"^[，,]\s*(?:(?P<before>[户人家村校])均|平均每(?P<after>[户人家村校个名位所])|"
    r"每(?P<each>[户人家村校])平均)(?:约|达到?|为)?$"
)
# the counted things a Chinese average names by one character: 人均 of people counted in 名
CJK_COUNTED_AS = {"人": ("人", "名", "位"), "户": ("户",), "家": ("家",)}
# "each of the 4 teams": the count of the things each of which has the size after it
EACH_OF_BEFORE_RE = re.compile(
    r"\beach\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$", re.IGNORECASE
)
# between the count and each one's size: "has", "fielded", "employs"
EACH_HAS_RE = re.compile(
    r"^\s+(?:has|had|have|holds|held|fields|fielded|employs|employed|seats|seated|contains|"
    r"contained|carries|carried)\s+$",
    re.IGNORECASE,
)
# what makes a figure the total of the parts or sizes before it, written after it: "48 in
# total", "970 in all", "£2bn combined", "3,000 between them"
TOTAL_AFTER_WORDS = (
    r"in\s+total|in\s+all|altogether|all\s+told|combined|together|in\s+aggregate|between\s+them"
)
TOTAL_AFTER_RE = re.compile(r"\s*(?:" + TOTAL_AFTER_WORDS + r")\b", re.IGNORECASE)
SIZE_THEN_TOTAL_RE = re.compile(
    r"^\s*[,;(]\s*(?:or\s+|making\s+|giving\s+|for\s+)?(?:a\s+total\s+of\s+)?$", re.IGNORECASE
)
# a Chinese size of each counted thing: 每个班有40名学生, 每家企业平均有
CJK_EACH_HAS_RE = re.compile(
    r"每(?:个|家|所|户|支|座|间)?(?P<noun>[\u4e00-\u9fff]{1,2}?)(?:都|均)?(?:有|配备|配有)$"
)
CJK_TOTAL_BEFORE_RE = re.compile(r"(?:合计|共计|总计|一共|总共)(?:有)?$")
