"""The project's one vocabulary of number language: scale words, qualifiers, number words,
currency names, and the statuses statistics offices give their figures.

The value parser (`quantities`), the quote check (`checks`), the hints (`engine`) and the
extractor's lexicon (`extraction.lexicon`) all read these tables; none keeps a table of its own,
so a word the parser accepts is a word the quote check, the hints and the extractor know too.
General English and Chinese newswire vocabulary only: nothing here names a figure or an entity.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from quicktions import Fraction

__all__ = [
    "CARDINALS",
    "CJK_CURRENCIES",
    "CJK_CURRENCIES_BEFORE_YUAN",
    "COMPARATIVE_DOWN",
    "COMPARATIVE_UP",
    "CJK_PER_PERIOD_BEFORE",
    "CJK_QUALIFIERS_AFTER",
    "CJK_QUALIFIERS_BEFORE",
    "CURRENCY_NAMES",
    "CURRENCY_SIGN",
    "CURRENCY_SYMBOLS",
    "FACTOR_WORDS",
    "FRACTION_WORDS",
    "GROUP_WORDS",
    "OBSERVATION_STATUSES",
    "ObservationStatus",
    "QUALIFIERS",
    "QUALIFIER_WORDS",
    "REVISABLE_STATUSES",
    "SCALES",
    "SCALE_FAMILY",
    "SCALE_NAMES",
    "STATUS_CODES",
    "TABLE_CHANGE_HEADER",
    "TABLE_GROWTH_RATE_HEADER",
    "TABLE_PERCENT_HEADER",
    "TABLE_POINTS_HEADER",
    "TABLE_SHARE_HEADER",
    "TENS",
    "TABLE_NOT_SUMMED",
    "TOTAL_LABEL",
    "VULGAR_FRACTIONS",
    "ZERO_CHANGE_WORDS",
    "currency_code",
    "first_named",
    "scale_exponent",
]

# ---------------------------------------------------------------- scale words

# Each scale, under the name a finding prints, with what it multiplies by.
_MULTIPLIERS: dict[str, Fraction] = {
    "hundred": Fraction(10**2),
    "thousand": Fraction(10**3),
    "million": Fraction(10**6),
    "billion": Fraction(10**9),
    "trillion": Fraction(10**12),
    "万": Fraction(10**4),
    "亿": Fraction(10**8),
    "万亿": Fraction(10**12),
    "lakh": Fraction(10**5),
    "crore": Fraction(10**7),
}
# Every written form of a scale (lower case) and the scale it names. The one-letter forms `m`,
# `b` and `k` are scales only where a number runs into them or a space follows ("5m", "5 m
# people"), never inside a unit such as `m**2`: the parser's pattern sees to that.
SCALE_NAMES: dict[str, str] = {
    "hundred": "hundred",
    "thousand": "thousand",
    "k": "thousand",
    "千": "thousand",
    "million": "million",
    "m": "million",
    "mn": "million",
    "mln": "million",
    "百万": "million",
    "billion": "billion",
    "bn": "billion",
    "bln": "billion",
    "b": "billion",
    "trillion": "trillion",
    "tn": "trillion",
    "tr": "trillion",
    "trn": "trillion",
    "wan": "万",
    "万": "万",
    "yi": "亿",
    "亿": "亿",
    "wanyi": "万亿",
    "万亿": "万亿",
    "lakh": "lakh",
    "lakhs": "lakh",
    "crore": "crore",
    "crores": "crore",
}
SCALES: dict[str, Fraction] = {word: _MULTIPLIERS[name] for word, name in SCALE_NAMES.items()}

# Scales a writer chooses among in one language: a slip changes one for another of its family
# ("billion" for "trillion", 万 for 亿), which is what the hints try.
SCALE_FAMILY: dict[str, tuple[str, ...]] = {
    "hundred": ("thousand", "million", "billion", "trillion"),
    "thousand": ("thousand", "million", "billion", "trillion"),
    "million": ("thousand", "million", "billion", "trillion"),
    "billion": ("thousand", "million", "billion", "trillion"),
    "trillion": ("thousand", "million", "billion", "trillion"),
    "万": ("万", "亿", "万亿"),
    "亿": ("万", "亿", "万亿"),
    "万亿": ("万", "亿", "万亿"),
    "lakh": ("lakh", "crore"),
    "crore": ("lakh", "crore"),
}
# The English scale words as spelled in a number phrase ("two million", "730 billion 200
# million"), as one regular-expression group for the patterns that read such phrases.
SPELLED_SCALES: tuple[str, ...] = SCALE_FAMILY["million"]
SPELLED_SCALE_PATTERN = "(?:" + "|".join(SPELLED_SCALES) + ")"


def scale_exponent(word: str | None) -> int:
    """The power of ten a scale word multiplies by (0 for none): "bn" is 9, "亿" is 8."""
    if not word:
        return 0
    multiplier = SCALES[word.lower()]
    return len(str(int(multiplier))) - 1


# ---------------------------------------------------------------- qualifiers

# Each phrase a writer puts before a figure, and the interval it makes of it (see
# `quantities.Tolerances`): about (widened both ways), nearly (up to the figure, from a little
# below), just_over (from the figure, to a little above: the mirror of nearly), over and
# at_least (from the figure up), under and at_most (up to the figure).
QUALIFIERS: dict[str, str] = {
    "an estimated": "about",
    "estimated": "about",
    "approximately": "about",
    "around": "about",
    "roughly": "about",
    "about": "about",
    "some": "about",
    "approx.": "about",
    "circa": "about",
    "c.": "about",
    "~": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "slightly under": "nearly",
    "slightly less than": "nearly",
    "slightly below": "nearly",
    "a little under": "nearly",
    "a little less than": "nearly",
    "just over": "just_over",
    "just above": "just_over",
    "slightly over": "just_over",
    "slightly above": "just_over",
    "slightly more than": "just_over",
    "a little over": "just_over",
    "a little more than": "just_over",
    "well over": "over",
    "more than": "over",
    "over": "over",
    "above": "over",
    "exceeding": "over",
    "exceeded": "over",
    "exceeds": "over",
    "exceed": "over",
    "topped": "over",
    "topping": "over",
    "surpassed": "over",
    "surpassing": "over",
    "in excess of": "over",
    "upwards of": "over",
    "north of": "over",
    "at least": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "no fewer than": "at_least",
    "as few as": "at_least",
    "as little as": "at_least",
    "under": "under",
    "less than": "under",
    "below": "under",
    "fewer than": "under",
    "south of": "under",
    "at most": "at_most",
    "up to": "at_most",
    "as much as": "at_most",
    "as many as": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "a minimum of": "at_least",
}
# The word a finding or a drafted claim writes for each kind of qualifier.
QUALIFIER_WORDS: dict[str, str] = {
    "about": "about",
    "nearly": "nearly",
    "just_over": "just over",
    "over": "more than",
    "at_least": "at least",
    "under": "less than",
    "at_most": "at most",
}
CJK_QUALIFIERS_BEFORE: dict[str, str] = {
    "约为": "about",
    "约合": "about",
    "大约": "about",
    "约": "about",
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "超过": "over",
    "逾": "over",
    "超": "over",
    "突破": "over",
    "破": "over",  # 票房破245亿元: broke through, more than (not 打破, `CJK_NOT_QUALIFIER_BEFORE`)
    "跌破": "under",  # 股指跌破2800点: fell below
    "不到": "under",
    "不足": "under",
    "低于": "under",
    "高于": "over",
    "至少": "at_least",
    "最多": "at_most",
    "约有": "about",
    "约占": "about",
    "大概": "about",
    "超出": "over",
    "不少于": "at_least",
    "不低于": "at_least",
    "不超过": "at_most",
    "不高于": "at_most",
}
# Characters before a qualifier that make it part of another word: 打破3项纪录 (broke three
# records), 击破, 看破, 识破, 攻破 state no bound.
CJK_NOT_QUALIFIER_BEFORE: dict[str, str] = {"破": "打击看识攻"}
# Words that make the figures of their clause a rate per period: 日均 (a daily average) before
# "880万人次" states 880 万 a day.
CJK_PER_PERIOD_BEFORE: dict[str, str] = {
    "日均": "day",
    "每日": "day",
    "每天": "day",
    "每月": "month",
    "每年": "year",
}
# (年均 and 月均 are left out: "按年均汇率折算" converts at the year's average rate.)
CJK_QUALIFIERS_AFTER: dict[str, str] = {
    "多": "over",
    "余": "over",
    "以上": "at_least",
    "及以上": "at_least",  # 65岁及以上: 65 and over
    "或以上": "at_least",
    "左右": "about",
    "上下": "about",
    "以下": "at_most",
    "及以下": "at_most",
    "或以下": "at_most",
    "以内": "at_most",
}

# ---------------------------------------------------------------- number words

# Cardinal numbers in words. "a" and "no" are not numbers: "a rise" states no 1, "no change"
# no 0, so neither may stand for a figure in a quote.
CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
# Numbers named by a word for a group ("a dozen").
GROUP_WORDS: dict[str, int] = {"dozen": 12}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# A part of a whole in words; "N in M" ("four in ten", "one in five") is read from CARDINALS.
FRACTION_WORDS: dict[str, Fraction] = {
    "half": Fraction(1, 2),
    "a half": Fraction(1, 2),
    "one half": Fraction(1, 2),
    "a third": Fraction(1, 3),
    "one third": Fraction(1, 3),
    "two thirds": Fraction(2, 3),
    "a quarter": Fraction(1, 4),
    "one quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4),
    "a fifth": Fraction(1, 5),
    "one fifth": Fraction(1, 5),
    "a tenth": Fraction(1, 10),
    "one tenth": Fraction(1, 10),
}
# Every other common fraction in words ("two fifths", "three tenths", "seven eighths"), made
# from the cardinals and the parts a whole is commonly cut into.
FRACTION_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
for _part, _whole in FRACTION_PARTS.items():
    for _word, _count in CARDINALS.items():
        if 1 < _count < _whole:
            FRACTION_WORDS.setdefault(f"{_word} {_part}s", Fraction(_count, _whole))
    FRACTION_WORDS.setdefault(f"a {_part}", Fraction(1, _whole))
    FRACTION_WORDS.setdefault(f"one {_part}", Fraction(1, _whole))
# Comparatives that say which way one figure stands from another ("4.5 points higher than",
# "a third more than"): the sign of the gap between them.
COMPARATIVE_UP = ("higher", "faster", "quicker", "more", "greater", "larger", "bigger", "above")
COMPARATIVE_DOWN = ("lower", "slower", "less", "fewer", "smaller", "below")
# A factor in one word: "doubled" is x2, "halved" x1/2.
FACTOR_WORDS: dict[str, Fraction] = {
    "double": Fraction(2),
    "doubled": Fraction(2),
    "doubles": Fraction(2),
    "doubling": Fraction(2),
    "twice": Fraction(2),
    "twofold": Fraction(2),
    "triple": Fraction(3),
    "tripled": Fraction(3),
    "triples": Fraction(3),
    "tripling": Fraction(3),
    "treble": Fraction(3),
    "trebled": Fraction(3),
    "threefold": Fraction(3),
    "quadruple": Fraction(4),
    "quadrupled": Fraction(4),
    "quadruples": Fraction(4),
    "fourfold": Fraction(4),
    "fivefold": Fraction(5),
    "quintuple": Fraction(5),
    "quintupled": Fraction(5),
    "quintuples": Fraction(5),
    "tenfold": Fraction(10),
    "halve": Fraction(1, 2),
    "halving": Fraction(1, 2),
    "halved": Fraction(1, 2),
    "halves": Fraction(1, 2),
}
# Words that state a change of zero ("unchanged", "flat", "identical to").
ZERO_CHANGE_WORDS: tuple[str, ...] = (
    "unchanged",
    "flat",
    "identical",
    "the same",
    "stable",
    "steady",
    "no change",
)

# A fraction written as one character after a whole number ("2½ per cent", "1¾ million").
VULGAR_FRACTIONS: dict[str, Fraction] = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}

# ---------------------------------------------------------------- currencies

# Symbols and codes written before (or after) a figure, with their ISO 4217 code.
CURRENCY_SYMBOLS: list[tuple[str, str]] = [
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("U.S. $", "USD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("S$", "SGD"),
    ("NZ$", "NZD"),
    ("R$", "BRL"),
    # the country after the sign, as Australian and Canadian papers write it ("$US102
    # billion", "$A116.59 billion", "$C45 million")
    ("$US", "USD"),
    ("$A", "AUD"),
    ("$AU", "AUD"),
    ("$C", "CAD"),
    ("$NZ", "NZD"),
    ("$HK", "HKD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("HKD", "HKD"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("INR", "INR"),
    ("CHF", "CHF"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("SGD", "SGD"),
    ("KRW", "KRW"),
    # other ISO codes written before a figure ("SEK 12bn"), and the rupiah's "Rp"
    *(
        (code, code)
        for code in "NZD TWD SEK NOK DKK MXN BRL ZAR TRY PLN IDR MYR THB RUB SAR AED NGN".split()
    ),
    ("Rp", "IDR"),
    # the taka, the Kenyan shilling and the cedi as Bangladeshi, Kenyan and Ghanaian papers
    # write them ("Tk 500 crore", "KSh 2,000", "GH₵15.50")
    ("Tk", "BDT"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("GH₵", "GHS"),
    ("GH¢", "GHS"),
    *((code, code) for code in "BDT KES GHS PKR LKR NPR UGX TZS HUF CZK UAH".split()),
]
# Currency names written after a figure, as patterns (case-insensitive), most specific first.
# One character written before a figure for its currency ("$1,200", "£ 3.5m"), as a regular
# expression's character class: where a figure may open on one (a table's cell, a column).
CURRENCY_SIGN = "[" + "".join(sorted({s for s, _ in CURRENCY_SYMBOLS if len(s) == 1})) + "]"

# A country's own dollar named by a text (as patterns, case-insensitive): where the text also
# marks the US dollar's amounts as such ("93 US cents", "US$2.1 billion"), its bare "$" is the
# named dollar ("the Aussie dollar ... $36 billion was spent").
LOCAL_DOLLAR_NAMES: list[tuple[str, str]] = [
    (r"australian\s+dollars?|aussie\s+dollars?", "AUD"),
    (r"canadian\s+dollars?|\bloonie\b", "CAD"),
    (r"new\s+zealand\s+dollars?|kiwi\s+dollars?", "NZD"),
    (r"singapore\s+dollars?", "SGD"),
    (r"hong\s+kong\s+dollars?", "HKD"),
]
# What marks an amount in US dollars where a text's bare "$" may be another dollar.
US_DOLLAR_MARKS = (
    r"\bUS\$|\bU\.S\.\$|\bUS\s+cents?\b|\bcents?\s+US\b|\bU\.?S\.?\s+dollars?\b|\bUSD\b"
)
CURRENCY_NAMES: list[tuple[str, str]] = [
    (r"u\.?s\.?\s+dollars?|us\s+dollars?|american\s+dollars?", "USD"),
    (r"hong\s+kong\s+dollars?|hk\s+dollars?", "HKD"),
    (r"australian\s+dollars?", "AUD"),
    (r"canadian\s+dollars?", "CAD"),
    (r"singapore\s+dollars?", "SGD"),
    (r"new\s+taiwan\s+dollars?|taiwan\s+dollars?", "TWD"),
    (r"new\s+zealand\s+dollars?", "NZD"),
    (r"swiss\s+francs?|chf", "CHF"),
    (r"swedish\s+(?:kronor|krona|crowns?)|kronor|krona|sek", "SEK"),
    (r"norwegian\s+(?:kroner|krone|crowns?)|nok", "NOK"),
    (r"danish\s+(?:kroner|krone|crowns?)|dkk", "DKK"),
    (r"egyptian\s+pounds?", "EGP"),
    (r"philippine\s+pesos?", "PHP"),
    (r"(?:israeli\s+|new\s+)?shekels?", "ILS"),
    (r"(?:vietnamese\s+)?dong", "VND"),
    (r"pakistani\s+rupees?", "PKR"),
    (r"sri\s+lankan\s+rupees?", "LKR"),
    (r"nepal(?:ese|i)\s+rupees?", "NPR"),
    (r"kenyan\s+shillings?", "KES"),
    (r"ugandan\s+shillings?", "UGX"),
    (r"tanzanian\s+shillings?", "TZS"),
    (r"taka", "BDT"),
    (r"(?:ghanaian\s+)?cedis?", "GHS"),
    (r"forints?", "HUF"),
    (r"(?:czech\s+)?korun(?:a|as|y)", "CZK"),
    (r"hryvnias?|hryvni", "UAH"),
    (r"dollars?", "USD"),
    (r"yuan|renminbi|rmb|cny", "CNY"),
    # the euro's sign after the figure too, as most of the euro area writes it ("4,50 €"),
    # unless it opens the next figure ("in 2023 €500m")
    (r"euros?|eur|€(?!\s?\d)", "EUR"),
    (r"pounds?\s+sterling|british\s+pounds?|gbp", "GBP"),
    (r"yen|jpy", "JPY"),
    (r"rupees?|inr", "INR"),
    (r"roubles?|rubles?", "RUB"),
    (r"reais|reals?", "BRL"),
    (r"pesos", "MXN"),
    (r"rand", "ZAR"),
    (r"baht", "THB"),
    (r"ringgit", "MYR"),
    (r"rupiah", "IDR"),
    (r"naira", "NGN"),
    (r"dirhams?", "AED"),
    (r"riyals?", "SAR"),
    (r"liras?|lire", "TRY"),
    (r"zlot(?:y|ys|ies)|złot(?:y|ych|e)|zł|pln", "PLN"),
    (r"usd", "USD"),
    (r"hkd", "HKD"),
    (r"krw", "KRW"),
    (r"won", "KRW"),
]
# Hundredths of a currency written after a figure ("five cents", "75¢", "40 pence"), and the
# currency they are hundredths of.
CURRENCY_HUNDREDTHS: list[tuple[str, str]] = [
    (r"u\.?s\.?\s+cents?(?![A-Za-z])", "USD"),  # "71 US cents", where the text's dollar is another
    (r"¢|cents?(?![A-Za-z])", "USD"),
    (r"pence\b", "GBP"),
]
CURRENCY_HUNDREDTHS_PATTERN = "(?:" + "|".join(p for p, _ in CURRENCY_HUNDREDTHS) + ")"
CJK_CURRENCIES: list[tuple[str, str]] = [
    ("美元", "USD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("日圆", "JPY"),  # as Taiwan writes the yen (日圓, folded)
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("英镑", "GBP"),
    ("人民币", "CNY"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("美金", "USD"),
    ("澳元", "AUD"),
    ("加元", "CAD"),
    ("韩元", "KRW"),
    ("卢比", "INR"),
    ("卢布", "RUB"),
    ("新加坡元", "SGD"),
    ("瑞士法郎", "CHF"),
    ("元", "CNY"),
]
# The currencies named before a Chinese figure written with 元 after it: 港币100亿元 is Hong
# Kong dollars, 新台币200亿元 New Taiwan dollars (人民币 is the yuan 元 names anyway).
CJK_CURRENCIES_BEFORE_YUAN: dict[str, str] = {
    name: code for name, code in CJK_CURRENCIES if len(name) > 1 and not name.endswith("元")
}
# each whole name: an alternative of a pattern never matches only the opening of another name
_CURRENCY_NAME_RES = [(re.compile(f"(?:{p})$", re.IGNORECASE), code) for p, code in CURRENCY_NAMES]


def first_named(names: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    """What the first of `names` (a pattern for a whole name, and what it names) that matches
    `text`, with its white space folded, names."""
    cleaned = re.sub(r"\s+", " ", text.strip())
    for pattern, named in names:
        if pattern.match(cleaned):
            return named
    return None


def currency_code(text: str) -> str | None:
    """The ISO code of a currency name written after a figure ("US dollars", "yuan")."""
    return first_named(_CURRENCY_NAME_RES, text)


# ---------------------------------------------------------------- observation statuses

# What a statistics office says of one figure (a claim file's `status:`, on reference data).
ObservationStatus = Literal[
    "normal",
    "provisional",
    "estimated",
    "forecast",
    "revised",
    "break",
    "imputed",
    "unvalidated",
    "experimental",
    "low-reliability",
]
OBSERVATION_STATUSES: tuple[str, ...] = get_args(ObservationStatus)
# Statuses that say the figure will or may still change: an article that differs from such a
# figure may have quoted another release of it, so the finding is a warning.
REVISABLE_STATUSES = frozenset(
    {
        "provisional",
        "estimated",
        "forecast",
        "imputed",
        "unvalidated",
        "experimental",
        "low-reliability",
    }
)
# The codes and words data files write for a status: SDMX's code list CL_OBS_STATUS (upper
# case), Eurostat's flags (lower case) and the words of plain tables. A code for a missing value
# (SDMX H, L, M, O, Q; Eurostat ':') marks an observation with no figure, which is skipped.
STATUS_CODES: dict[str, str | None] = {
    "A": "normal",
    "B": "break",
    "E": "estimated",
    "F": "forecast",
    "G": "experimental",
    "I": "imputed",
    "P": "provisional",
    "U": "low-reliability",
    "V": "unvalidated",
    "H": None,
    "L": None,
    "M": None,
    "O": None,
    "Q": None,
    "b": "break",
    "e": "estimated",
    "f": "forecast",
    "p": "provisional",
    "r": "revised",
    "u": "low-reliability",
    ":": None,
    "preliminary": "provisional",
    "prelim": "provisional",
    "final": "normal",
    **{status: status for status in OBSERVATION_STATUSES},
}


# The label of a table's row or column of totals: "Total", "Grand total", "Totals", "All",
# "Overall", 合计, 总计, 共计, 合計, 總計 (alone or leading the label: "Total exports"); never "All
# other", a part.
TOTAL_LABEL = re.compile(
    r"(?:grand\s+)?totals?\b|all\b(?!\s+others?\b)|overall\b|合计|总计|共计|合計|總計",
    re.IGNORECASE,
)
# A table's row or column that is no part of a sum of its neighbours: a part of a part ("of
# which", "including", "incl.", "thereof", 其中, or a label opening on "#" as statistical
# yearbooks mark one), or a figure per unit or of a kind that never
# adds up (averages, per share, per head, per capita, indices, rates, ratios, medians).
TABLE_NOT_SUMMED = re.compile(
    r"^\s*(?:[-–—•*]\s*)?(?:of\s+which|including|incl\.|thereof|among\s+which|其中)|^\s*[#＃]"
    r"|^\s*(?:less|minus|deduct)\b(?!\s+than)|^\s*减[:：]"  # taken away: "Less: returns"
    r"|\b(?:average|avg|mean|median|per\s+(?:share|head|capita|person|employee|unit)|per\s*cent"
    r"|percentage|index|indices|rate|ratio|margin|yield|multiple)s?\b|人均|平均|指数|比率|率",
    re.IGNORECASE,
)

# The header of a table column of changes between two periods: "Change", "% change", "Growth",
# "y/y", "Year on year", 增长, 增速, 同比, 增减, 变动.
TABLE_CHANGE_HEADER = re.compile(
    r"\b(?:changes?|growth|increase|decrease|rise|fall|y/y|yoy|difference|diff)\b"
    r"|year[\s-]+on[\s-]+year|增长|增速|增幅|同比|环比|增减|变动|变化",
    re.IGNORECASE,
)
# A column of figures in percent ("% change", "Share (%)", "Per cent"); a change column in
# percent, or headed by a rate of growth (增速, 同比), is a relative change, any other an amount in
# the unit of its levels ("Change", "增减").
TABLE_PERCENT_HEADER = re.compile(r"%|％|\bper\s*cent\b|\bpercent(?:age)?\b|\bpct\b", re.IGNORECASE)
TABLE_GROWTH_RATE_HEADER = re.compile(
    r"\bgrowth\b|\brate\b|增速|增长率|增幅|同比|环比", re.IGNORECASE
)
# A column of changes in percentage points, which this reading does not check.
TABLE_POINTS_HEADER = re.compile(r"percentage[\s-]+points?|\bpp\b|\bp\.p\.|百分点", re.IGNORECASE)
# The header of a table column of shares of a whole: "Share", "% of total", "Proportion",
# "Per cent of total", 占比, 构成, 比重 (not "Share price", "Shares outstanding"). A column headed
# only "%" or "Per cent" may hold rates as well as shares: it is read as shares only where its
# Total row states 100.
TABLE_SHARE_HEADER = re.compile(
    r"\bshares?\b(?!\s+(?:prices?|holders?|capital|outstanding|held|issued|traded))"
    r"|\bproportion\b|\bof\s+(?:the\s+)?total\b|\bcomposition\b|占比|构成|比重|份额",
    re.IGNORECASE,
)
