"""The links phase of extraction: which figures a sentence links, as the text states it ("from X
in 2013 to Y in 2022, a jump of P percent", "of which", a restatement in brackets).

`SentenceReading` is what the context phase knows of a sentence (the kind and stated period of
each figure); `find_links` runs the registry `LINK_PATTERNS` over it, one small function per
pattern, each seeing the links found before it, and returns `Link`s. The drafter
(`links.py`) turns them into claims and stated relations.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from quicktions import Fraction

from .. import vocabulary
from ..quantities import UnitError, unit_info
from . import context as cx
from . import lexicon as lx
from .mentions import Mention
from .prefilter import Prefiltered, fold

# "from a revised $60.6 billion", "from an upwardly revised 3.1%": the earlier level as revised
_REVISED = r"(?:(?:a|an|the)\s+)?(?:(?:upwardly|downwardly|slightly)\s+)?revised\s+"
# a level a move starts from named as its extreme: "fell to 1,900 from a peak of 2,400"
_EXTREME_OF = r"(?:a|an|its|their|the)\s+(?:(?:all-time|record)\s+)?(?:peak|high|low)\s+of\s+"
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:{_REVISED}|{_EXTREME_OF})?$", re.IGNORECASE)
# what may stand between two levels of a pair: a date, then an aside between commas
_PAIR_GAP = (
    # the whole of a share named once ("to 3.0% of GDP from 4.5%", "from 55% of voters to 62%")
    r"^(?:\s+of\s+(?:the\s+)?(?P<whole>[A-Za-z][\w'’-]*))?"
    r"(?:\s+(?:per|a|an|each)\s+[a-z]+)?(?:\s+(?:in|by|for|at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of|during)\s+[^,;()]{1,40}?"
    r"|\s+(?:this|last|next|a|the\s+previous)\s+(?:year|month|quarter|week)(?:\s+(?:ago|earlier|before))?)?"
    r"(?:,\s+(?:when|which|as|after|before|while)\b[^,;()]{1,60},)?,?\s*(?:--|—|–)?\s*"
)
_TO_BETWEEN = re.compile(_PAIR_GAP + r"(?:to|up\s+to|down\s+to)\s+$", re.IGNORECASE)
# "up from", "down sharply from", "barely up from": a way, maybe with an adverb of degree
# either side of it
_DEGREE = r"(?:[a-z]+ly|just|barely|still|well|only|even)"
_WAY_FROM = rf"(?:{_DEGREE}\s+)?(?:up|down)\s+(?:{_DEGREE}\s+)?from"
_FROM_BETWEEN = re.compile(
    _PAIR_GAP + rf"(?:{_WAY_FROM}|from)\s+(?:{_REVISED}|{_EXTREME_OF})?$", re.IGNORECASE
)
_TO_BEFORE = re.compile(
    r"\b(?:to|reach|reached|reaching|hit|hitting|touch|touched|touching|top|topped|topping)\s+"
    # "fell 6,000 to a seasonally adjusted 214,000": the wire's adjustment before the level
    r"(?:an?\s+seasonally[\s-]+adjusted\s+)?$",
    re.IGNORECASE,
)
_CONVERSION_BETWEEN = re.compile(
    r"^(?:-(?:tall|long|high|wide|deep|thick|heavy))?\s*(?:\(|\[|,\s*or\s+|\s+or\s+|/\s*|（)\s*(?:equivalent\s+to\s+|or\s+)?$",
    re.IGNORECASE,
)
# what the first figure is of may stand before ", or": "£95 a week on food, or £4,940 a year"
_CONVERSION_AFTER_WORDS = re.compile(
    r"^(?:\s+[a-z][a-z-]*){1,3},\s*or\s+(?:about\s+|roughly\s+|some\s+)?$", re.IGNORECASE
)


# the words naming the figure after them as a change: "an increase of", "a sharp rise of",
# "up", "down by"
NAMED_AS_CHANGE = (
    r"(?:(?:an?\s+)?(?:[a-z]+\s+)?(?:"
    + lx.CHANGE_WORDS_ALTERNATION
    + r")s?\s+of|(?:up|down)(?:\s+by)?"
    # a participle of a rise: "rose 4.2% to 5.3 million, adding 214,000" (its falls, "losing",
    # "shedding", are not read as changes of a sign)
    + r"|adding|gaining)\s+"
    + lx.BEFORE_FIGURE
)
# ... at the end of a clause that opens on a comma: the figure is a change, not the base a
# change before it is measured from ("up 6.2% from a year earlier, an increase of 2.8 billion")
_NAMED_AS_CHANGE_AT_END = re.compile(r"[,，(（]\s*" + NAMED_AS_CHANGE + r"$", re.IGNORECASE)


@dataclass
class SentenceReading:
    """The context phase's record of one sentence: its figures (positions index `mentions`),
    the kind of each (value, change, cagr, share) and the period the text gives it, if any."""

    index: int
    start: int
    end: int
    indices: list[int]
    mentions: list[Mention]
    kinds: list[str]
    periods: list[cx.PeriodMention]
    attached: dict[int, cx.PeriodMention]
    periods_of: dict[int, str | None] = field(default_factory=dict)
    notes: dict[int, list[str]] = field(default_factory=dict)
    # the sentence before gave the shares of an economy's three sectors: this one may go on
    # with another year's ("In 1990, farming had fallen to 27 percent, followed by ...")
    after_sector_shares: bool = False
    # the sentence before gave a share outside any list: a list here may go on from it
    # ("Wind gave 30% of the power. Gas gave 28%, coal 14% and the rest 58%.")
    after_loose_share: bool = False
    # lists of figures given one year each by "respectively" (分别): positions, in order
    respective: list[list[int]] = field(default_factory=list)
    # lists of figures given one thing each by "respectively" (分别): positions and names
    subjects: list[tuple[list[int], list[str]]] = field(default_factory=list)
    # lists of changes "respectively" shares out over levels the sentence gave before them:
    # (changes, levels), in order
    changed_levels: list[tuple[list[int], list[int]]] = field(default_factory=list)
    # the changes of lists "respectively" shares out over things: none is the change of the
    # one level nearest it (only `changed_levels` says whose each is)
    shared_changes: set[int] = field(default_factory=set)
    # the sentence folded for the prefilters (`folded_sentence`) and whether it holds a word of
    # a named difference (`names_a_difference`): each read once, then asked again
    folded: str | None = None
    names_a_difference: bool | None = None


def folded_sentence(reading: SentenceReading, text: str) -> str:
    """The sentence's text folded (prefilter.fold), for the prefilters that look at it whole."""
    if reading.folded is None:
        reading.folded = fold(text[reading.start : reading.end])
    return reading.folded


@dataclass(frozen=True)
class Link:
    """A link the text states between figures of one sentence (positions in the sentence):
    converts (restated, original), from_to (earlier level, later level), change (change,
    earlier level, later level; `compares`: two different things, "A charged X while B charged
    Y, P percent more"), part (part, whole), sum (whole, parts...), share (share, part,
    whole), change_of (change, the level it leads to), rate_restated (a count per length of
    time, the same count per another length), revised (an earlier estimate of a figure, the
    figure it was revised to), annualized (an annual rate, the quarter's change it compounds
    to)."""

    type: str
    positions: tuple[int, ...]
    compares: bool = False
    stated: bool = True  # False: the text leaves the reading open (a note at most)
    # a margin ("a gap of 200"): the size of the gap from the lower figure to the higher,
    # whichever way the words around it go ("both fell, a gap of 2 points")
    margin: bool = False
    sectors: bool = False  # a structure of the three sectors of an economy
    way: str = ""  # of a revision (earlier estimate, later one): "+" revised up, "-" down


LinkPattern = Callable[[SentenceReading, str, list[Link]], list[Link]]


def end_of(mention: Mention) -> int:
    """Where a figure's phrase ends: after its counted noun ("443 million units")."""
    return max(mention.end, mention.noun_end if mention.noun else 0)


def counted_alike(text: str, a: Mention, b: Mention) -> bool:
    """Whether two amounts may be counted per the same thing: not an amount per share (or per
    head) and a total in a scale ("$1.7 billion, or 60 cents per share, up from $416 million":
    the 60 cents is no later level of the $416 million). An amount with no scale beside one
    per share may be per share too ("$5.13 a share, compared with $4.62 a year earlier")."""
    a_per, b_per = _counted_per(text, a), _counted_per(text, b)
    if a_per == b_per:
        return True
    total = b if a_per else a
    return total.scale is None


def _counted_per(text: str, mention: Mention) -> bool:
    return lx.PER_COUNTED_AFTER_RE.match(text, end_of(mention)) is not None


def _levels(reading: SentenceReading, taken: set[int]) -> list[int]:
    return [p for p, kind in enumerate(reading.kinds) if kind == "value" and p not in taken]


def _converted(found: list[Link]) -> set[int]:
    """The figures a conversion link restates in another unit: no level of their own."""
    return {link.positions[0] for link in found if link.type == "converts"}


def _free_levels(reading: SentenceReading, found: list[Link]) -> list[int]:
    """The sentence's levels, less those a conversion restates."""
    return _levels(reading, _converted(found))


def _restated_in_brackets(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """ "500 billion yuan (about 70 billion US dollars)": the same figure in another currency
    or unit."""
    links = []
    for position in range(1, len(reading.mentions)):
        a, b = reading.mentions[position - 1], reading.mentions[position]
        if (
            reading.kinds[position - 1] == "value"
            and reading.kinds[position] == "value"
            and a.unit
            and b.unit
            and a.unit != b.unit
            and same_family(a.unit, b.unit)
            and not _temperature(a.unit)
            and counted_alike(text, a, b)
            and _restates_in_other_unit(text, a, b)
        ):
            # two prices of a period joined by "or" may be alternatives, not one price restated
            # ("a pass for £12 a day, or £50 a week"): the drafter's reading, a note at most
            offered = (
                "/" in a.unit and "/" in b.unit and not _BRACKET_OPENS.search(text, a.end, b.start)
            )
            links.append(Link("converts", (position, position - 1), stated=not offered))
    return links


_BRACKET_OPENS = re.compile(r"[(\[（]")


def _restates_in_other_unit(text: str, a: Mention, b: Mention) -> bool:
    """Whether the words between two figures of one family of units make the second the first
    restated: "(about 70 billion US dollars)", ", or 1,970 feet", "of open water, or 1,970 feet"."""
    gap = text[a.end : b.start]
    if _CONVERSION_BETWEEN.match(gap):
        return True
    # ... and then only when the restatement ends its clause (`_CLAUSE_ENDS`): words of its own
    # after it ("£40 a week on fuel, or £1,500 a year on rent", "10 miles on the road, or 5 km
    # on the trail") make the two figures alternatives, or figures of two things
    return bool(_CONVERSION_AFTER_WORDS.match(gap) and _CLAUSE_ENDS.match(text, b.end))


def _temperature(unit: str) -> bool:
    """Whether a unit is a temperature scale: Celsius and Fahrenheit differ by an offset as well
    as a factor, and the checker compares units by a factor alone, so "38.5C (101.3F)" is no
    restatement it can check (read as one, it was two figures of one metric that disagree)."""
    return _family(unit) == _family("degC")


_CONVERTED_BEFORE = re.compile(
    # a bare 折 only just inside a bracket or after a comma, "(折881亿元)": elsewhere it is a
    # discount (打8折) or part of a word (折旧)
    r"(?:折算为|折算成|折合|约合|相当于|(?<=[（(，,])折|\bequivalent\s+to|\bconverted\s+(?:in)?to|"
    r"\btranslat(?:es|ed|ing)\s+(?:in)?to)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _converted_by_verb(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level restated in another currency or unit by a verb of conversion, changes of the
    first allowed between them: "per capita GDP was 52,318 yuan, up 2%, or, converted at the
    average rate, equivalent to 6,908 US dollars" (折算为, 折合, 约合)."""
    restated = {link.positions[0] for link in found if link.type == "converts"}
    links = []
    for position in range(1, len(reading.mentions)):
        b = reading.mentions[position]
        if reading.kinds[position] != "value" or position in restated or not b.unit:
            continue
        gap_start = max(reading.mentions[position - 1].end, b.start - 40)
        if not _CONVERTED_BEFORE.search(text, gap_start, b.start):
            continue
        original = position - 1
        while original >= 0 and reading.kinds[original] != "value":
            original -= 1
        if original < 0:
            continue
        a = reading.mentions[original]
        if a.unit and a.unit != b.unit and same_family(a.unit, b.unit):
            if counted_alike(text, a, b):
                links.append(Link("converts", (position, original)))
    return links


_FRACTION_AS_PERCENT = re.compile(
    r"^(?:\s+[a-z][a-z-]*){0,4}\s*(?:\(|\[|（|,\s*or\s+|\s+or\s+|--|—|–)\s*"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


def _fraction_as_percent(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """ "One in five adults (20 percent)", "3 in 10 voters, or 30%": a part of a whole
    restated as a percentage, each the other's reading."""
    links = []
    for position in range(1, len(reading.mentions)):
        a, b = reading.mentions[position - 1], reading.mentions[position]
        if (
            "/" in a.number
            and a.unit == ""
            and b.unit == "%"
            and reading.kinds[position - 1] == "value"
            and reading.kinds[position] in ("value", "share")
            and _FRACTION_AS_PERCENT.match(text[a.end : b.start])
        ):
            reading.kinds[position] = "value"
            links.append(Link("converts", (position, position - 1)))
    return links


# the two ends of a range of one level, not a move between two: "a range of 4.5% to 4.75%",
# "between 5.25% and 5.5%", and the range it moved from ("... from 4.25% to 4.5%")
_RANGE_OPENS = re.compile(
    r"(?:\b(?:range|band|corridor)\s+(?:of\s+|between\s+|from\s+)?|\bbetween\s+)$", re.IGNORECASE
)
_RANGE_JOINS = re.compile(r"\s*(?:to|and|-|–|—)\s*", re.IGNORECASE)
_FROM_BETWEEN_RANGES = re.compile(r"\s*(?:,\s*)?(?:up\s+|down\s+)?from\s*", re.IGNORECASE)


def range_ends(reading: SentenceReading, text: str) -> set[int]:
    """The positions of figures that are ends of a range the sentence names as one ("a target
    range of 4.5% to 4.75%"), and of the range such a range is said to move from ("from 4.25%
    to 4.5%"): no level of a pair, no change between them."""
    ends: set[int] = set()
    mentions = reading.mentions
    for low in range(len(mentions) - 1):
        a, b = mentions[low], mentions[low + 1]
        if a.unit != b.unit or not _RANGE_JOINS.fullmatch(text, end_of(a), b.start):
            continue
        named = _RANGE_OPENS.search(text, max(reading.start, a.start - 20), a.start)
        follows = low - 1 in ends and _FROM_BETWEEN_RANGES.fullmatch(
            text, end_of(mentions[low - 1]), a.start
        )
        if named or follows:
            ends |= {low, low + 1}
    return ends


def _from_to(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two levels in either order: "from X (in 2013) to Y (in 2022)", "to Y from X"."""
    taken = _converted(found) | range_ends(reading, text)
    levels = _levels(reading, taken)
    links = []
    for a_pos, b_pos in zip(levels, levels[1:], strict=False):
        if any(p not in taken for p in range(a_pos + 1, b_pos)):
            continue  # only a restatement may stand between the two levels
        a, b = reading.mentions[a_pos], reading.mentions[b_pos]
        if not (same_family(a.unit, b.unit, exact=True) or one_rate_for_both(a, b)):
            continue
        if not counted_alike(text, a, b):
            continue
        before = text[max(reading.start, a.start - 40) : a.start]
        between = _BRACKETED.sub("", text[end_of(a) : b.start])
        if _RANGE_FROM.search(text, max(reading.start, a.start - 30), a.start):
            continue  # "tickets range from $25 to $120": a spread, not a move
        to_after = _FROM_BEFORE.search(before) and _TO_BETWEEN.match(between)
        from_after = _TO_BEFORE.search(before) and _FROM_BETWEEN.match(between)
        gap = to_after or from_after
        if gap and not _other_whole_after(text, b, gap.group("whole")):
            links.append(Link("from_to", (a_pos, b_pos) if to_after else (b_pos, a_pos)))
        elif not gap and _OBJECT_MOVED_BEFORE.search(before) and _OBJECT_THEN_TO.match(between):
            links.append(Link("from_to", (a_pos, b_pos)))
        else:
            continue
        _share_the_rate(a, b)
    return links


def _other_whole_after(text: str, second: Mention, whole: str | None) -> bool:
    """Whether the second level of a pair names a whole of its own other than the one named
    after the first ("from 4% of homes to 6% of firms": two shares, no move of one)."""
    if whole is None:
        return False
    own = _WHOLE_AFTER.match(text, end_of(second))
    return own is not None and own.group(1).lower() != whole.lower()


_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w'’-]*)")
# a verb moving a thing priced at the first level to the second: "cutting a £120 parka to £84",
# "raised the £2.40 fare to £2.60"
_OBJECT_MOVED_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(lx.OBJECT_MOVED_VERBS))
    + r")(?:\s+down)?\s+(?:a|an|the|its|their)\s+$",
    re.IGNORECASE,
)
_OBJECT_THEN_TO = re.compile(r"^(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){1,3}\s+to\s+$")
_RANGE_FROM = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spann?(?:s|ed|ing)?)\s+from\s+$",
    re.IGNORECASE,
)


def one_rate_for_both(a: Mention, b: Mention) -> bool:
    """Two amounts of one currency or unit where only one says what it is per: "from £1,250 to
    £1,350 a month", "to $300 a tonne, from $200". The pair names one rate, written once."""
    rate, bare = (a, b) if a.per else (b, a)
    return (
        bool(rate.per)
        and not bare.per
        and bool(bare.unit)
        and rate.unit.startswith(bare.unit + " / ")
    )


def _share_the_rate(a: Mention, b: Mention) -> None:
    """Give the level of a stated pair that does not say what it is per the other's rate: of
    amounts, and of counts ("rose to 1,200 a day from 1,000": 1,000 a day, not a bare count)."""
    rate, bare = (a, b) if a.per else (b, a)
    count_rate = not bare.per and not bare.unit and rate.unit.startswith("/ ")
    if a.unit != b.unit and (one_rate_for_both(a, b) or count_rate):
        bare.unit, bare.per = rate.unit, rate.per


# "estimated at X in February, and revised downwards to a current estimate of Y": a figure put
# at one level, then revised to another
_REVISED_FROM = re.compile(r"\b(?:at|of)\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)
_REVISED_TO = re.compile(
    r"^[^\d;:.!?]{0,50}?\b(?:and|but|before\s+being|then|later|since)\b[^\d;:.!?]{0,20}?"
    r"\b(?:revised|cut|raised|lowered|reduced|increased|adjusted|marked|scaled|pared|upgraded|"
    r"downgraded|trimmed|lifted)(?:\s+(?:down|up|back)(?:wards?)?)?\s+to\s+"
    r"(?:(?:a|an|the)\s+[^\d;:.!?]{0,40}?\s+of\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _revised_pair(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A figure first put at one level and then revised to another: "the deficit was estimated
    at $423 billion in February, and revised downwards to a current estimate of $296 billion",
    "growth was forecast at 2.1%, then cut to 1.6%". The earlier level first."""
    taken = _converted(found) | {p for link in found for p in link.positions}
    levels = _levels(reading, taken)
    links = []
    for a_pos, b_pos in zip(levels, levels[1:], strict=False):
        a, b = reading.mentions[a_pos], reading.mentions[b_pos]
        if b_pos - a_pos != 1 or not same_family(a.unit, b.unit, exact=True):
            continue
        if not counted_alike(text, a, b):
            continue
        if _REVISED_FROM.search(text, max(reading.start, a.start - 20), a.start) and (
            _REVISED_TO.match(_YEAR.sub("", text[end_of(a) : b.start]))
        ):
            links.append(Link("from_to", (a_pos, b_pos)))
    return links


# 由X增至Y, 从X下降到Y: 由/从 before the earlier level (a date may stand between), a verb of
# change and 至/到 between the two (the later level's date may stand after it); the unit a
# price is per may stand before each level (由每盒120元降至每盒36元)
_PER_UNIT_ZH = r"(?:每[^\d，,。；;:：的]{1,2})?"
_FROM_BEFORE_ZH = re.compile(r"[由从](?:[^，,。；;:：]{0,12}?的)?" + _PER_UNIT_ZH + r"\s*$")
_TO_BETWEEN_ZH = re.compile(
    r"^[^，,。；;:：\d]{0,4}(?:"
    + "|".join(lx.CJK_CHANGE_UP + lx.CJK_CHANGE_DOWN)
    + r")?(?:至|到)(?:[^，,。；;:：]{0,10}?的)?"
    + _PER_UNIT_ZH
    + r"\s*$"
)


def _from_to_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two levels as Chinese writes a change between them: "利润由2019年的120亿元增至2020年的
    150亿元", "从3.2万人下降到2.9万人"."""
    taken = _converted(found) | {p for link in found for p in link.positions}
    levels = _levels(reading, taken)
    links = []
    for a_pos, b_pos in zip(levels, levels[1:], strict=False):
        if b_pos - a_pos != 1:
            continue
        a, b = reading.mentions[a_pos], reading.mentions[b_pos]
        if not same_family(a.unit, b.unit, exact=True):
            continue
        before = text[max(reading.start, a.start - 16) : a.start]
        if _FROM_BEFORE_ZH.search(before) and _TO_BETWEEN_ZH.match(text[end_of(a) : b.start]):
            links.append(Link("from_to", (a_pos, b_pos)))
    return links


# "A, up P% on B", "A, a P% increase compared with B", "A, compared with B (in 2011)": B is
# the base A is measured against. What may stand between the change and B, or A and B.
_BASE_AFTER_CHANGE = re.compile(
    # "on" of "year on year" names no base ("up 12% year on year, of which mining ... $100m")
    r"^[^\d;:.()]{0,25}?\b(?:(?<!year\s)(?<!month\s)(?<!quarter\s)(?<!week\s)on|over|from|"
    r"against|compared\s+(?:with|to)|versus|vs\.?)\s+(?!year\b|month\b|quarter\b|week\b)"
    r"[^\d;:.()]{0,45}$",
    re.IGNORECASE,
)
# a period named by "this" or "last" may date the level ("52,000 burglaries last year, down
# from ...", "14.2 million tonnes this year, up 12% from ...")
_THIS_PERIOD = r"(?:this|last)\s+(?:" + "|".join(sorted(lx.TIME_NOUNS)) + r")\b"
_BASE_AFTER_LEVEL = re.compile(
    # "52,000 burglaries last year, down from 56,000 the year before", "£612 a week on average
    # in May, compared with £540 ...", "1,470 patients with flu in the week to Sunday, against
    # 1,050" (what the counted have, before the time), "2.9 million homes were connected in
    # 2025, compared with 2.2 million" (a verb in the passive); "6,300 meals to families with
    # children in May, against 4,500" (whom the counted went to)
    r"^(?:\s+(?:per|a|an|each)\s+[a-z]+)?(?:\s+(?:to|among)\s+[a-z-]+)?"
    r"(?:\s+with\s+[a-z-]+(?:\s+[a-z-]+)?)?"
    r"(?:\s+(?:was|were|had\s+been|have\s+been)\s+[a-z]+ed)?(?:\s+on\s+average)?(?:\s+(?:in|for|at)\s+[^,;:()]{1,40}?|\s+"
    + _THIS_PERIOD
    + r")?(?:,|\s+[-–—])?\s*"
    rf"(?:compared\s+(?:with|to)|against|versus|vs\.?|{_WAY_FROM})\s+[^\d;:.()]{{0,45}}$",
    re.IGNORECASE,
)
# ... or a clause that goes on about the level before the way it moved from the base: "213,000
# had been waiting more than a year, down from 226,000", "67.4% passed in both English and
# maths, down from 68.2%". No second subject may open in it (a new clause: "but", "while",
# "which", "and the ..."), whose figure the base would be.
_WAY_AFTER_CLAUSE = re.compile(
    r"^(?:(?!\b(?:but|while|whereas|although|though|which|who|whose|where|when|and\s+(?:the|its|"
    r"their|his|her|a|an|this|that|these|those|it|they|he|she|we))\b)[^,;:()])"
    rf"{{1,90}}?,\s*{_WAY_FROM}\s+[^\d;:.()]{{0,45}}$",
    re.IGNORECASE,
)
_LEVEL_BEFORE_CHANGE = re.compile(
    # "5.2 million crimes recorded in 2031 - a 23% increase on ...": a participle and a dash
    r"^(?:\s+(?:per|a|an|each)\s+[a-z]+)?(?:\s+(?:was|were|is|are))?(?:\s+[a-z]+ed)?(?:\s+(?:in|for|at)\s+[^,;:()]{1,40}?|\s+"
    + _THIS_PERIOD
    + r")?(?:,|\s+[-–—])?\s*"
    # "21,400, or just over 2% down on ...": the level restated as its change
    r"(?:or\s+(?:[a-z]+\s+){0,3})?"
    r"(?:(?:was|were|is|are)\s+)?(?:a|an|up|down|rising|falling|higher|lower|"
    # "5.5 million in 2023, an increase of 10% on the 5 million of 2022"
     + NAMED_AS_CHANGE + r")?\s*$",
    re.IGNORECASE,
)

# ... or the base in a clause dating it, after the year the change is on: "up 6% on 2015, when
# it was $4.8m", "2% down on 2008, when 68,241 a game attended". The clause opens on the base,
# or on a pronoun for the level's own measure, so it names no other quantity.
_BASE_IN_WHEN_CLAUSE = re.compile(
    r"^[^\d;:.()]{0,25}?\b(?:on|over|from|against|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:1[89]|20)\d\d\s*,\s*when\s+"
    r"(?:(?:it|they|the\s+(?:figure|total|number|average|rate|level))\s+"
    r"(?:was|were|stood\s+at|had\s+been|came\s+to|reached|totalled|totaled)\s+)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# ... unless the figure of that clause is a gap to something else ("when it was $5m below its
# peak", "when it was 3% more than the year before")
_WHEN_FIGURE_A_GAP = re.compile(
    r"\s+(?:[a-z]+\s+than|above|below|under|short\s+of|ahead\s+of|behind|up|down|off)\b",
    re.IGNORECASE,
)
# ... but a finite verb straight after the figure's words may name the figure itself as the
# change: "the 40 extra buses represent a 20% increase on the fleet of 200" (40 added), which
# the words do not tell from a level that moved
_FIGURE_IS_THE_CHANGE = re.compile(
    r"[^,;:()]*?\b(?:represent|represents|represented|mark|marks|marked|constitute|"
    r"constitutes|constituted)\s+(?:a|an)\s*$",
    re.IGNORECASE,
)
# ... or the level's own clause, then a participle naming the change the level makes: "4,100
# riders used the ferry in June, marking a 12% increase from 3,660". No second subject opens
# in the clause (as in `_WAY_AFTER_CLAUSE`), whose figure the change would be.
_CLAUSE_THEN_MARKING = re.compile(
    r"^(?:(?!\b(?:but|while|whereas|although|though|which|who|whose|where|when|and\s+(?:the|its|"
    r"their|his|her|a|an|this|that|these|those|it|they|he|she|we))\b)[^,;:()])"
    r"{0,120}?,\s*(?:marking|representing|reflecting)\s+(?:a|an)\s*$",
    re.IGNORECASE,
)


_UP_BEFORE_AMOUNT = re.compile(
    r"^[^\d;:.()]{0,40}?,\s*(?:up|down|rising|falling|an?\s+(?:increase|rise|gain|drop|fall|"
    r"decrease|decline)\s+of)\s+(?:by\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_FROM_BEFORE_BASE = re.compile(r"^\s+(?:from|on|over)\s+(?:the\s+)?$", re.IGNORECASE)


def _level_up_amount_from(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, the amount it moved by and the level it moved from, in that order: "1,200
    buses in 2020, up 300 from 900 in 2015", "$5.4m, down $0.6m from $6m". The amount is a
    change (which `_change_of_pair` links to the two levels)."""
    taken = _converted(found) | {p for link in found for p in link.positions}
    links = []
    for level in range(len(reading.mentions) - 2):
        amount, base = level + 1, level + 2
        if reading.kinds[level : base + 1] != ["value"] * 3 or {level, amount, base} & taken:
            continue
        a, d, b = reading.mentions[level : base + 1]
        if a.unit in ("%", "pp", "x") or not (
            same_family(a.unit, d.unit, exact=True) and same_family(a.unit, b.unit, exact=True)
        ):
            continue
        if not (counted_alike(text, a, d) and counted_alike(text, a, b)):
            continue
        # a year may date the level ("1,200 buses in 2020, up 300 from 900")
        moved = _YEAR.sub("", text[end_of(a) : d.start])
        if _UP_BEFORE_AMOUNT.match(moved) and _FROM_BEFORE_BASE.match(text[end_of(d) : b.start]):
            reading.kinds[amount] = "change"
            links.append(Link("from_to", (base, level)))
            taken |= {level, amount, base}
    return links


# an average named straight after the total it is of: "earned £5.5bn, an average of £275m"
_AVERAGE_AFTER_TOTAL = re.compile(r"^\s*,\s*(?:an?\s+)?average\s+of\s+" + lx.BEFORE_FIGURE + "$")


def _average_after_its_total(reading: SentenceReading, text: str, level: int) -> bool:
    """Whether a level is the average of the total of its unit just before it: "The 20 clubs
    earned £5.5bn, an average of £275m, up 10% from £5bn" (the change and its base may be of the
    total or of the average: the sentence does not say which)."""
    if level == 0:
        return False
    total, average = reading.mentions[level - 1], reading.mentions[level]
    return total.unit == average.unit and bool(
        _AVERAGE_AFTER_TOTAL.match(text[end_of(total) : average.start])
    )


def _compared_levels(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level and the base it is compared with, after it: "operating profit of $3bn, up 23% on the
    $2.4bn a year ago", "$412.5 million, an 8.7% rise on $379.5 million",
    "$5.13 a share, compared with $4.62 a year earlier". The pair of levels, earlier first;
    the change between them is `_change_of_pair`'s."""
    taken = {p for link in found if link.type in ("converts", "from_to") for p in link.positions}
    links = []
    for later in range(len(reading.mentions)):
        if reading.kinds[later] not in ("value", "share") or later in taken:
            continue
        a = reading.mentions[later]
        if _one_of_two_alternatives(reading, text, later) or _average_after_its_total(
            reading, text, later
        ):
            continue
        step = later + 1
        if step < len(reading.mentions) and reading.kinds[step] in ("change", "cagr"):
            change = reading.mentions[step]
            gap_to_change = lx.without_day_commas(text[end_of(a) : change.start])
            if not (
                _LEVEL_BEFORE_CHANGE.match(gap_to_change)
                or _CLAUSE_THEN_MARKING.match(gap_to_change)
            ) or _FIGURE_IS_THE_CHANGE.match(text, a.end, change.start):
                continue
            base, gap, pattern = step + 1, change.end, _BASE_AFTER_CHANGE
        else:
            base, gap, pattern = step, end_of(a), _BASE_AFTER_LEVEL
        if base >= len(reading.mentions) or reading.kinds[base] != "value" or base in taken:
            continue
        b = reading.mentions[base]
        if not (a.unit == b.unit or one_rate_for_both(a, b)) or not counted_alike(text, a, b):
            continue
        between = lx.without_day_commas(text[gap : b.start])
        dated_base = (
            pattern is _BASE_AFTER_CHANGE
            and _BASE_IN_WHEN_CLAUSE.match(between) is not None
            and not _WHEN_FIGURE_A_GAP.match(text, end_of(b))
        )
        if (
            not dated_base
            and not pattern.match(between)
            and not (
                pattern is _BASE_AFTER_LEVEL
                and (
                    _WAY_AFTER_CLAUSE.match(between)
                    or _having_been_earlier(text, gap, b, reading.end)
                )
            )
        ):
            continue
        if (
            pattern is _BASE_AFTER_CHANGE
            and not dated_base
            and _base_is_elsewhere(text[gap : b.start])
        ):
            continue
        if _NAMED_AS_CHANGE_AT_END.search(text, gap, b.start) or _group_after(text, a, b):
            continue
        if _REST_OF_A_WHOLE.search(text, end_of(a), b.start) or _groups_in_brackets(
            reading, text, later, base
        ):
            continue
        if reading.kinds[later] == "share" and not _points_after(reading, base):
            continue
        if _another_measure_against(reading, text, a, text[gap : b.start]):
            continue
        if pattern is _BASE_AFTER_CHANGE and _change_of_another_thing(reading, text, a, gap, b):
            continue
        links.append(Link("from_to", _earlier_first(reading, base, later)))
        # a share compared with an earlier one, and the gap in points ("46.1% of the vote, up
        # from 41.8%, a gain of 4.3 points"): two levels of one rate
        reading.kinds[later] = "value"
        _share_the_rate(a, b)
        taken |= {base, later}
    return links


# A level's own clause, long, with what it counts described ("28,600 patients who were treated
# in May had been waiting more than a year"), then the base after "compared with" or
# "against" and, closing the sentence's comparison, the change between the two named as such:
# "..., compared with 19,400 in the same month last year – a rise of 48%". No second clause
# opens in the first stretch (but, while, whereas ...), whose figure the base would be.
_LONG_CLAUSE_COMPARED = re.compile(
    r"^(?:(?!\b(?:but|while|whereas|although|though|and\s+(?:the|its|their|his|her|a|an|this|"
    r"that|these|those|it|they|he|she|we))\b)[^,;:()])"
    r"{1,140}?,\s*(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASE_THEN_NAMED_CHANGE = re.compile(
    r"^(?:\s+(?:in|during|for|at)\s+(?:(?:19|20)\d\d|[^\d,;:()–—-]{1,30}?"
    r"(?:\s+(?:in\s+)?(?:19|20)\d\d)?)"
    r"|\s+(?:a|one|two)\s+years?\s+(?:earlier|before|ago))?"
    r"\s*(?:,|--|—|–)\s*(?:a|an)\s+(?:rise|increase|jump|fall|drop|decrease|decline|gain)"
    r"\s+of\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _long_clause_compared_then_change(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level, a long clause about what it counts, the base it is compared with and the change
    between them named after it: "A total of 28,600 patients who were treated in May had been
    waiting more than a year, compared with 19,400 in the same month last year – a rise of
    48%". The named change says the two are levels of one quantity, earlier and later (the
    short clauses are `_compared_levels`', which runs first)."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base, change = later + 1, later + 2
        if reading.kinds[later : change + 1] != ["value", "value", "change"]:
            continue
        if {later, base, change} & taken:
            continue
        a, b, c = reading.mentions[later : change + 1]
        if a.unit != b.unit or a.unit in ("%", "pp", "x") or not counted_alike(text, a, b):
            continue
        if not (c.unit == "%" or same_family(c.unit, a.unit, exact=True)):
            continue
        if not _LONG_CLAUSE_COMPARED.match(text[end_of(a) : b.start]):
            continue
        if not _BASE_THEN_NAMED_CHANGE.match(text[end_of(b) : c.start]):
            continue
        # the earlier by the dates the text gives, else the base; the change itself is
        # `_change_after_pair`'s
        links.append(Link("from_to", _earlier_first(reading, base, later)))
        taken |= {later, base, change}
    return links


_OR_BETWEEN = re.compile(r"\s+or\s+$", re.IGNORECASE)


def _one_of_two_alternatives(reading: SentenceReading, text: str, position: int) -> bool:
    """Whether a figure is the second of two alternatives of one unit ("rose 4% or 5%"): no
    level of its own for a base to be compared with."""
    if position == 0:
        return False
    before, figure = reading.mentions[position - 1], reading.mentions[position]
    return (
        before.unit == figure.unit
        and _OR_BETWEEN.fullmatch(text, end_of(before), figure.start) is not None
    )


# a share's own clause, then the change in points after a comma: "71% of pupils passed this
# summer, up 4 points" or "..., a 4-point improvement"; no second subject opens in the clause
_SHARE_CLAUSE_THEN_POINTS = re.compile(
    r"^(?:(?!\b(?:but|while|whereas|although|though|which|who|whose|where|when|and\s+(?:the|its|"
    r"their|his|her|a|an|this|that|these|those|it|they|he|she|we))\b)[^,;:()]){1,100}?,\s*"
    r"(?:(?:up|down)(?:\s+by)?\s+|an?\s+|" + NAMED_AS_CHANGE + r")$",
    re.IGNORECASE,
)


def _share_then_points_on_earlier(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A share of a group in its own clause, then its move in points from the earlier share
    named after it: "64% of voters backed the plan in May, up 5 points on the 59% of
    March", "a 2.5-point improvement on last year's 70.1%". Points say the two are levels of
    one rate, so the share is compared with the earlier one as a level (`_compared_levels`
    reads the share only with its points after the earlier figure)."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        change, base = later + 1, later + 2
        if reading.kinds[later : base + 1] != ["share", "change", "value"]:
            continue
        if {later, change, base} & taken:
            continue
        a, c, b = reading.mentions[later : base + 1]
        if c.unit != "pp" or a.unit != "%" or b.unit != "%":
            continue
        if not _SHARE_CLAUSE_THEN_POINTS.match(text[end_of(a) : c.start]):
            continue
        gap = text[c.end : b.start]
        if not _BASE_AFTER_CHANGE.match(gap) or _base_is_elsewhere(gap):
            continue
        links.append(Link("from_to", (base, later)))
        reading.kinds[later] = "value"
        _share_the_rate(a, b)
        taken |= {later, change, base}
    return links


# a clause after the level giving its earlier value: ", having been 1.43 billion litres in 2024"
_HAVING_BEEN_BETWEEN = re.compile(
    r"^\s*,\s*having\s+been\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)
# ... of a time before, named straight after it
_EARLIER_TIME_AFTER = re.compile(
    r"^\s+(?:in|at\s+the\s+end\s+of)\s+(?:19|20)\d\d\b|^\s+(?:a\s+year|[a-z]+\s+years?)\s+"
    r"(?:earlier|ago|before)\b|^\s+(?:last|the\s+previous)\s+year\b",
    re.IGNORECASE,
)


def _having_been_earlier(text: str, gap: int, base: Mention, sentence_end: int) -> bool:
    """Whether the base follows the level as its earlier value, "having been" it at a time
    named after it: "rose 2.1% to 1.46 billion litres, having been 1.43 billion litres in
    2024" (not "having been forecast at", nor a figure of no time)."""
    return bool(_HAVING_BEEN_BETWEEN.match(text[gap : base.start])) and bool(
        _EARLIER_TIME_AFTER.match(text[end_of(base) : sentence_end])
    )


# the base named as a measure of its own straight after the comparison: "against premiums of"
_AGAINST_MEASURE_OF = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<noun>[a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


def _another_measure_against(reading: SentenceReading, text: str, level: Mention, gap: str) -> bool:
    """Whether the figure after "against" is another measure, named so, than the level's:
    "claims of £1.47 billion against premiums of £2.1 billion" sets two measures side by side
    (a ratio's terms), not one measure at two times ("sales of £5m, against sales of £4m")."""
    named = _AGAINST_MEASURE_OF.search(gap)
    if named is None:
        return False
    noun = named.group("noun").lower().removesuffix("s")
    before = text[max(reading.start, level.start - 60) : level.start].lower()
    return noun not in {word.removesuffix("s") for word in _WORD.findall(before)}


# what a change names after it: "a 3% rise in referrals from 400", "up 7% in shots from 300"
_CHANGE_IN_A_THING = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?in\s+(?:the\s+|its\s+|their\s+)?(?:number\s+of\s+)?"
    r"(?P<noun>[^\W\d_]+)\b",
    re.IGNORECASE,
)


def _change_of_another_thing(
    reading: SentenceReading, text: str, level: Mention, gap: int, base: Mention
) -> bool:
    """Whether the change between a level and a later figure names, after "in", a quantity the
    level's words do not: "1,850 patients, a 3% rise in referrals from 400 GPs" moves the
    referrals, not the patients. A time ("in June"), a place, or how the same quantity is
    measured ("in real terms") names no other."""
    named = _CHANGE_IN_A_THING.match(text, gap, base.start)
    if named is None:
        return False
    noun = named.group("noun")
    if noun[0].isupper() or noun.lower() in lx.TIME_NOUNS | lx.SAME_QUANTITY_MEASURED:
        return False
    named_by = noun.lower().removesuffix("s")
    own = text[max(reading.start, level.start - 60) : gap].lower()
    # one word the stem of the other names one thing ("riders", "ridership")
    return not any(
        named_by.startswith(word) or word.startswith(named_by)
        for word in (w.removesuffix("s") for w in _WORD.findall(own))
        if len(word) >= 4
    )


# another part of the whole, given no figure of its own, listed after the level: "£4m for parks
# and the rest for libraries"; not "the rest of Europe", "all others in the region"
_REST_OF_A_WHOLE = re.compile(
    r"\band\s+(?:the\s+(?:rest|remainder|balance)|(?:all\s+)?(?:the\s+)?others)\b(?!\s+of\b|['’])",
    re.IGNORECASE,
)


def _points_after(reading: SentenceReading, position: int) -> bool:
    """Whether a figure in points follows the one at `position` in its sentence."""
    return any(m.unit == "pp" for m in reading.mentions[position + 1 :])


def _earlier_first(reading: SentenceReading, base: int, later: int) -> tuple[int, int]:
    """The pair of compared levels, earlier first: the base "compared with" names, unless the
    two are dated and its year is the later one ("$2.98 trillion for 2008, compared with $3.6
    trillion for 2011, an increase of 21 percent")."""
    dated = [reading.attached.get(p) for p in (base, later)]
    years = [_YEAR.fullmatch(d.period or "") if d else None for d in dated]
    if years[0] and years[1] and int(years[0].group(0)) > int(years[1].group(0)):
        return later, base
    return base, later


# "出口额为120亿元，比上年的100亿元增长20%": 比 (较, 相比) and the earlier time, then the base
# level, then the change word straight before the change; the time may close the comparison
# without 的, as Hong Kong results write it: "收益约为100.4百万港元，较截至2017年12月31日止年度约
# 109.7百万港元减少约9.3百万港元或8.5%"
_BASE_AFTER_LEVEL_ZH = re.compile(
    r"^[^\d。；;：:]{0,4}[,，]?\s*(?:比|较)(?:[^，,。；;：:]{1,10}?[的之]"
    r"|[^，,。；;：:的]{0,16}?(?:年度|年|季度|月份|月|同期|年末|年底))\s*(?:约|近)?"
    # the currency may be named before the base, as Hong Kong results write it: 较去年同期之港币
    # 54.41亿元
    + "(?:"
    + "|".join(sorted(vocabulary.CJK_CURRENCIES_BEFORE_YUAN, key=len, reverse=True))
    + r")?\s*$"
)


def _compared_in(level_unit: str, change_unit: str) -> bool:
    """Whether two levels in `level_unit` compared with a change in `change_unit` are its two
    ends: amounts with any change; rates only with a change in points ("失业率为5.0%，比4月份的
    5.1%下降0.1个百分点"), as a percentage of a rate may be a relative change or a slip for
    points."""
    if level_unit in ("pp", "x"):
        return False
    return level_unit != "%" or change_unit == "pp"


def _compared_levels_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, then the level it is compared with as Chinese writes it, then the change: "出
    口额为120亿元，比上年的100亿元增长20%", "利润30亿元，较2022年的40亿元下降25%". The pair of
    levels, earlier first; the change between them is `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base, change = later + 1, later + 2
        if reading.kinds[later : change + 1] != ["value", "value", "change"]:
            continue
        a, b, c = reading.mentions[later : change + 1]
        if {later, base} & taken or a.unit != b.unit or not _compared_in(a.unit, c.unit):
            continue
        # a comma may close the base before its change (较去年同期之港币54.41亿元，减少港币23.93亿元);
        # or doubled: "比2023年同期的243亿元翻了一番"
        moved = text[end_of(b) : c.start].lstrip(",， ")
        if _BASE_AFTER_LEVEL_ZH.match(text[end_of(a) : b.start]) and (
            lx.CJK_CHANGE_BEFORE_RE.match(moved) or lx.CJK_DOUBLINGS_BEFORE_RE.fullmatch(moved)
        ):
            links.append(Link("from_to", (base, later)))
    return links


# "收入120亿元，与上年同期的100亿元相比增长20%", "与去年同期（100亿元）相比提升20亿元": 与 (同, 跟)
# and the earlier time before the base level, 相比 after it (the base may stand in brackets),
# then the change word
_WITH_BASE_BEFORE_ZH = re.compile(
    r"^[^\d。；;：:]{0,4}[,，]?\s*[与與同跟](?:[^，,。；;：:的（(]{0,16}?(?:年度|年|季度|月份|月|同期))"
    r"(?:的|\s*[（(])?\s*(?:约|近)?\s*$"
)
_WITH_BASE_AFTER_ZH = re.compile(r"^\s*[）)]?\s*相比\s*[,，]?\s*")


def _compared_with_base_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, then the level of an earlier time it is compared with between 与 and 相比, then
    the change: "收入120亿元，与上年同期的100亿元相比增长20%". The pair of levels, earlier first;
    the change between them is `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base, change = later + 1, later + 2
        if reading.kinds[later : change + 1] != ["value", "value", "change"]:
            continue
        a, b, c = reading.mentions[later : change + 1]
        if {later, base} & taken or a.unit != b.unit or not _compared_in(a.unit, c.unit):
            continue
        after = _WITH_BASE_AFTER_ZH.match(text[end_of(b) : c.start])
        if (
            _WITH_BASE_BEFORE_ZH.match(text[end_of(a) : b.start])
            and after
            and lx.CJK_CHANGE_BEFORE_RE.match(text[end_of(b) + after.end() : c.start])
        ):
            links.append(Link("from_to", (base, later)))
    return links


# "...180亿元，同比增长20%，上年为150亿元": the base level named by its earlier time, after a
# comma or in brackets ("（上年同期为150亿元）"); a month names it only after a change from the
# month before ("环比增长12%，11月份为76万平方米"), as elsewhere a month after a level names a
# part of its period ("一季度营业收入180亿元，同比增长20%，3月份为70亿元")
_BASE_TIME_ZH = r"(?:上年同期|去年同期|上年末|去年末|上年度|上一年|前一年(?!半)|上年|去年|上月|上一季度|上季度|上季|上期)"
_BASE_NAMED_AFTER_ZH = re.compile(
    r"^\s*[,，(（]\s*"
    + _BASE_TIME_ZH
    + r"(?:为|為|是|仅为|只有)\s*"
    # the currency may be named before the base, as Taiwan writes it: 前一年為新台幣1,088億元
    + "(?:"
    + "|".join(sorted(vocabulary.CJK_CURRENCIES_BEFORE_YUAN, key=len, reverse=True))
    + r")?\s*$"
)
_MONTH_NAMED_AFTER_ZH = re.compile(r"^\s*[,，(（]\s*\d{1,2}月份?(?:为|是)\s*$")


def _base_named_by_time_zh(text: str, between: str, changed: tuple[int, int]) -> bool:
    """Whether the words before a level name it as the base of a change by its earlier time;
    `changed` spans the words before that change (a month only after 环比)."""
    if _BASE_NAMED_AFTER_ZH.match(between) is not None:
        # a change against the same period a year ago (比上年同期) has no base in the whole
        # year's level (（上年为4.4%）)
        return "同期" in between or "同期" not in text[slice(*changed)]
    return _MONTH_NAMED_AFTER_ZH.match(between) is not None and "环比" in text[slice(*changed)]


def _base_after_change_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, its change, then the level it changed from, named by its time as Chinese
    writes it: "营业收入180亿元，同比增长20%，上年为150亿元"; a rate with its change in points
    ("比重为6.5%，比上年下降0.3个百分点，上年为6.8%"). The pair of levels, earlier first; the
    change between them is `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base = later + 2
        if reading.kinds[later : base + 1] != ["value", "change", "value"]:
            continue
        a, c, b = reading.mentions[later : base + 1]
        if {later, base} & taken or a.unit != b.unit or not _compared_in(a.unit, c.unit):
            continue
        if lx.CJK_CHANGE_BEFORE_RE.search(text, end_of(a), c.start) and _base_named_by_time_zh(
            text, text[c.end : b.start], (end_of(a), c.start)
        ):
            links.append(Link("from_to", (base, later)))
    return links


# The words between a base named by its time and the change from it: the comparison again, if
# any, then the change word ("，上年为150亿元，同比增长20%", "，上年为150亿元，比上年增长20%")
_COMPARISON_BEFORE_CHANGE_ZH = re.compile(
    r"^\s*[,，]?\s*(?:同比|环比|(?:比|较)" + _BASE_TIME_ZH + r"?)?"
)


def _base_before_change_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, the level it changed from named by its time, then the change: "进口额为180亿元，
    上年为150亿元，同比增长20%". The pair of levels, earlier first; the change between them is
    `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base, change = later + 1, later + 2
        if reading.kinds[later : change + 1] != ["value", "value", "change"]:
            continue
        a, b, c = reading.mentions[later : change + 1]
        if {later, base} & taken or a.unit != b.unit or not _compared_in(a.unit, c.unit):
            continue
        words = text[end_of(b) : c.start]
        comparison = _COMPARISON_BEFORE_CHANGE_ZH.match(words)
        if (
            comparison
            and lx.CJK_CHANGE_BEFORE_RE.match(words, comparison.end())
            and _base_named_by_time_zh(text, text[end_of(a) : b.start], (end_of(b), c.start))
        ):
            links.append(Link("from_to", (base, later)))
    return links


# the level of the time a change is against, in brackets after the change: "（上年同期为5.5%）"
_EARLIER_BRACKET_OPENS_ZH = re.compile(
    r"^\s*[（(]\s*(?P<time>" + _BASE_TIME_ZH + r")(?:为|為|是|：|:)?\s*$"
)


def _earlier_bracket_after_change_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level, its change against a time the clause names (比上年同期下降, 低于上年同期, 同比),
    then that time's level in brackets, as 统计公报 write it: "失业率为5.1%，低于上年同期0.4个百分
    点（上年同期为5.5%）". The pair of levels, earlier first; the change between them is
    `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base = later + 2
        if reading.kinds[later : base + 1] != ["value", "change", "value"]:
            continue
        a, c, b = reading.mentions[later : base + 1]
        if {later, base} & taken or a.unit != b.unit or not _compared_in(a.unit, c.unit):
            continue
        opens = _EARLIER_BRACKET_OPENS_ZH.match(text[c.end : b.start])
        if opens is None or not _BRACKET_CLOSES.match(text, b.end):
            continue
        moved = text[end_of(a) : c.start]
        if not (lx.CJK_CHANGE_BEFORE_RE.search(moved) or lx.CJK_THAN_BEFORE_RE.search(moved)):
            continue
        # the bracket's time is the one the change is against (同比: the same period a year ago)
        time = opens.group("time")
        if re.search(time + "(?!同期|末)", moved) or ("同比" in moved and time.endswith("同期")):
            links.append(Link("from_to", (base, later)))
    return links


# the base level named by its time between a level and its change, as annual reports write
# it: "净利润12.6亿元，上年同期为10.5亿元，同比增长20.0%"
_BASE_NAMED_BETWEEN_ZH = re.compile(r"^\s*[,，]\s*" + _BASE_TIME_ZH + r"(?:为|為|是)\s*$")
# ... and what opens the change after it: 同比, 比上年, 较上年 or the change word alone
_CHANGE_AFTER_BASE_ZH = re.compile(
    r"^\s*[,，]\s*(?:同比|按年|(?:比|较|較)(?:上年同期|去年同期|上年|去年)(?:末)?)?\s*(?:"
    + lx.CJK_CHANGE_WORDS
    + r")"
)


def _base_named_before_change_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level, the level of the time before named by that time, then the change between
    them: "公司实现净利润12.6亿元，上年同期为10.5亿元，同比增长20.0%". The pair of levels,
    earlier first; the change between them is `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        base, change = later + 1, later + 2
        if reading.kinds[later : change + 1] != ["value", "value", "change"]:
            continue
        a, b, c = reading.mentions[later : change + 1]
        if {later, base} & taken or a.unit != b.unit or not _compared_in(a.unit, c.unit):
            continue
        if _BASE_NAMED_BETWEEN_ZH.match(text[end_of(a) : b.start]) and (
            _CHANGE_AFTER_BASE_ZH.match(text[end_of(b) : c.start])
        ):
            links.append(Link("from_to", (base, later)))
    return links


# a clause opening on the year before, up to its level: "去年全区刑事案件立案"
_LAST_YEAR_CLAUSE_ZH = re.compile(r"(?:^|[，,。；;：:])\s*(?:去年|上年)[^\d，,。；;：:]{0,24}$")
# ... then (after its counter: 起, 件) this year's clause, moving to the later level: "，今年降至",
# "，今年已增加到"
_THIS_YEAR_MOVED_TO_ZH = re.compile(
    r"^[^\d，,。；;]{0,3}[，,]\s*(?:今年|本年)[^\d，,。；;]{0,6}?(?:降至|减至|增至|升至|回落至|回升至|"
    r"(?:增加|增长|提高|上升|下降|减少|降低)(?:到|至))\s*$"
)


def _last_year_then_now_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level of the year before in a clause opening on 去年, then this year's clause moving to
    the later level: "去年全区刑事案件立案2848起，今年降至2436起". The pair of levels, earlier
    first; a change after them is `_change_of_pair`'s."""
    taken = _converted(found) | {p for link in found for p in link.positions}
    links = []
    for earlier in range(len(reading.mentions) - 1):
        later = earlier + 1
        if reading.kinds[earlier : later + 1] != ["value", "value"] or {earlier, later} & taken:
            continue
        a, b = reading.mentions[earlier : later + 1]
        if a.unit != b.unit or a.unit in ("pp", "x"):
            continue
        if _LAST_YEAR_CLAUSE_ZH.search(text, reading.start, a.start) and (
            _THIS_YEAR_MOVED_TO_ZH.match(text[end_of(a) : b.start])
        ):
            links.append(Link("from_to", (earlier, later)))
    return links


# "normally $80, now on sale for $60": the usual level, then the one it is now sold at
_USUAL_BEFORE = re.compile(
    r"\b(?:normally|usually|regularly|typically|originally|previously)\s+(?:priced\s+at\s+|"
    r"costing\s+|selling\s+(?:for|at)\s+|sold\s+(?:for|at)\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_NOW_BETWEEN = re.compile(
    r"^[^\d;:.!?()]{0,40}\b(?:for|at|to)\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)


def _usual_then_now(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A usual level, then the level it has now, a discount or cut between them: "the jacket,
    normally $80, is on sale for $60, a discount of 25%". The pair of levels, usual first; the
    change between them is `_change_after_pair`'s or `_change_of_pair`'s."""
    taken = {p for link in found for p in link.positions}
    levels = _levels(reading, taken)
    links = []
    for first, second in zip(levels, levels[1:], strict=False):
        a, b = reading.mentions[first], reading.mentions[second]
        if second - first != 1 or a.unit != b.unit or a.unit in ("%", "pp", "x"):
            continue
        before = text[max(reading.start, a.start - 40) : a.start]
        between = text[end_of(a) : b.start]
        if (
            (_USUAL_BEFORE.search(before) and _NOW_BETWEEN.match(between))
            or (_PRICED_BEFORE.search(before) and _NOW_COSTS_BETWEEN.match(between))
            or (_USUAL_BEFORE_ZH.search(before) and _NOW_BETWEEN_ZH.match(between))
        ):
            links.append(Link("from_to", (first, second)))
    return links


# 原价5000元的空调售价4000元: the original price, the thing, the price it sells at
_USUAL_BEFORE_ZH = re.compile(r"原价\s*$")
_NOW_BETWEEN_ZH = re.compile(
    r"^[^\d，,。；;]{0,12}?(?:售价|现价|仅售|只卖|降至|降到)(?:为|仅为)?\s*$"
)
# a thing at the price it cost, then the price it now costs: "a £1,450 sofa now costs £870",
# "boots that cost £96 now sell for £72"
_PRICED_BEFORE = re.compile(r"(?:\b(?:a|an|the)|\bthat\s+cost)\s+$", re.IGNORECASE)
_NOW_COSTS_BETWEEN = re.compile(
    r"^(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){0,3}\s+now\s+(?:costs?|sells?\s+(?:for|at)|"
    r"retails?\s+(?:for|at)|goes\s+for|go\s+for)\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


_CLAUSE_OPENERS = lx.CONJUNCTIONS - {"and", "or"}


def _base_is_elsewhere(gap: str) -> bool:
    """Whether the words between a change and a later level say the change has another base:
    a time ("up 7% on the previous year but below the 1.74 billion of 2019") or a new clause
    ("..., while ..."). The change is then against that period, not against the level; a
    period's own level ("on the previous year's 1.5 billion") is still its base."""
    if any(word.lower() in _CLAUSE_OPENERS for word in _WORD.findall(gap)):
        return True
    time = lx.YOY_RE.search(gap) or lx.SEQUENTIAL_CHANGE_RE.search(gap)
    return time is not None and not re.match(r"['’]s\b", gap[time.end() :])


_WORD = re.compile(r"[^\W\d_]+")
_PLACE_AFTER = re.compile(r"\s+(?:in|for|at|among|across)\s+(?:the\s+)?([^\W\d_]+)", re.IGNORECASE)


def _group_after(text: str, later: Mention, base: Mention) -> bool:
    """Whether a level a change moved to ("rose 5% in the capital to £2,100 a month") is
    compared with another group's figure, named after it, not an earlier time's ("compared with
    £1,200 a month in the north"; but "compared with $4.62 in 2021", "... in the same quarter
    last year"). Two groups compared as such ("50 euros in Leeds against 30 euros in York")
    are left to the comparison."""
    if not _TO_BEFORE.search(text, max(0, later.start - 20), later.start):
        return False
    place = _PLACE_AFTER.match(text, end_of(base))
    if place is None:
        return False
    word = place.group(1).lower()
    return word not in lx.TIME_NOUNS and word not in lx.TIME_MODIFIERS


def _groups_in_brackets(reading: SentenceReading, text: str, first: int, then: int) -> bool:
    """Whether two figures compared inside one pair of brackets are two groups side by side
    ("(36% against 12%)", "(8% vs 19% on the placebo)"), not a level and an earlier one. They
    are a change over time only where the brackets date them apart ("($5.13 in 2020, against
    $4.62 in 2019)") or name a time after the second ("against $4.62 a year earlier)")."""
    a, b = reading.mentions[first], reading.mentions[then]
    opening = max(text.rfind("(", reading.start, a.start), text.rfind("（", reading.start, a.start))
    if opening < 0 or re.search(r"[)）]", text[opening : a.start]):
        return False
    closing = re.search(r"[()（）]", text[end_of(b) : reading.end])
    if closing is None or closing.group() in "(（":
        return False
    dated = reading.periods_of.get(first), reading.periods_of.get(then)
    if all(dated) and dated[0] != dated[1]:
        return False
    tail = text[end_of(b) : end_of(b) + closing.start()]
    return not any(word.lower() in lx.TIME_NOUNS for word in _WORD.findall(tail))


_MORE_AFTER = re.compile(
    r"^\s*(?:more|higher|greater|larger|bigger|above|less|lower|smaller|below|cheaper|"
    r"as\s+(?:" + lx.AS_MUCH_ALTERNATION + r"))\b",
    re.IGNORECASE,
)


def _change_of_pair(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A change stated in the sentence of its two levels, before or after them ("grew by over
    80% to $9 billion from $5.2 billion", "from X to Y, a jump of P percent")."""
    pairs = [link for link in found if link.type == "from_to"]
    # a gap a change left to another thing is no change of the pair ("rose from 35% to 38%,
    # widening its lead to 6 points")
    changes = [
        p
        for p, kind in enumerate(reading.kinds)
        if kind in ("change", "cagr") and not _gap_moved_to(reading, text, p)
    ]
    if not pairs or not changes:
        return []
    restated = _converted(found)
    options: dict[int, list[Link]] = {}
    for change in changes:
        # a pair across "..., and" or ";" is another clause's: "revenue rose 9.7% to X from Y,
        # and expenses grew 12.2% to Z from W" (each change its own clause's pair, or none)
        own = [
            link
            for link in pairs
            if not _clauses_apart(reading, text, change, link)
            and not _level_between(reading, change, link, restated)
            and not _share_named_after_change(reading, text, change, link)
            and not _second_change_by_fraction_between(reading, text, change, link)
        ]
        if own:
            options[change] = sorted(own, key=lambda link: _apart(reading, change, link))
    # a pair has one change of a kind and unit: of two, the nearer (由A上修至B、上修X，…由C上修
    # 至D、上修Y: X is A to B's, Y is C to D's), the other the next pair nearest it
    taken: set[tuple] = set()
    links: dict[int, Link] = {}
    for change in sorted(options, key=lambda c: _apart(reading, c, options[c][0])):
        mention = reading.mentions[change]
        kind = (reading.kinds[change], mention.unit)
        free = [link for link in options[change] if (link.positions, kind) not in taken]
        if not free:
            continue
        first, second = free[0].positions
        if _no_change_before_a_base(reading, change, first, second) or (
            _carries_a_rate_of_its_own(reading, text, change, min(first, second))
        ):
            continue
        if any(link.positions[1:] == (first, second) for link in links.values()) and (
            _own_base_zh(reading, text, change)
            and not _year_ago_base_again_zh(reading, text, change, (first, second))
        ):
            continue
        if reading.kinds[change] == "change" and not _fits_pair(
            reading, text, change, first, second
        ):
            if _percent_of_percents(reading, change, first):
                links[change] = Link("change", (change, first, second))
                taken.add((free[0].positions, kind))
            continue
        if _real_change_of_other_levels(reading, text, change, first, second):
            continue
        links[change] = Link("change", (change, first, second))
        taken.add((free[0].positions, kind))
    return [links[change] for change in sorted(links)]


# 比上年, 较2024年, 同比 before a change in its own clause: the base that change is against
_OWN_BASE_BEFORE_ZH = re.compile(r"(?:比|较|同比)[^\d，,。；;]{0,8}(?:\d{4}年)?[^\d，,。；;]{0,6}$")


def _own_base_zh(reading: SentenceReading, text: str, change: int) -> bool:
    """Whether a change names its own base in its clause ("600万吨，比2015年的300万吨翻了一番，比上年
    增长5%": the 5% is against the year before, not the 300万吨 the doubling is against)."""
    m = reading.mentions[change]
    start, _ = _clause_around(text, m.start, m.end, reading.start, reading.end)
    return _OWN_BASE_BEFORE_ZH.search(text, start, m.start) is not None


# 同比 alone before a change: against the same period a year before, as the pair's 去年同期 is
_SAME_PERIOD_ONLY_BEFORE_ZH = re.compile(r"同比[^\d，,。；;比较較]{0,6}$")
_SAME_PERIOD_A_YEAR_AGO_ZH = re.compile(r"(?:上一?年|去年|前一年)同期")


def _year_ago_base_again_zh(
    reading: SentenceReading, text: str, change: int, pair: tuple[int, int]
) -> bool:
    """Whether a change's own 同比 names the base its pair was already compared with, the same
    period a year before: "245亿元，与去年同期（200亿元）相比增加45亿元，同比增长22.5%" (the 22.5%
    is the same pair's, as the 45亿元 is)."""
    m = reading.mentions[change]
    start, _ = _clause_around(text, m.start, m.end, reading.start, reading.end)
    levels = [reading.mentions[p] for p in sorted(pair)]
    return (
        _SAME_PERIOD_ONLY_BEFORE_ZH.search(text, start, m.start) is not None
        and _SAME_PERIOD_A_YEAR_AGO_ZH.search(text, end_of(levels[0]), levels[1].start) is not None
    )


# a clause of its own naming a share after a Chinese comma: "，在总收入中所占的比重从"
_SHARE_CLAUSE_ZH = re.compile(
    "[，,][^，,。；;]*(?:" + "|".join(n for n in lx.SHARE_NOUNS if not n.isascii()) + ")"
)


def _share_named_after_change(reading: SentenceReading, text: str, change: int, pair: Link) -> bool:
    """Whether a clause naming a share stands between a change and the pair of levels after it:
    "收入50亿元，比上年增长12.5%，在总收入中所占的比重从40.1%上升到42.3%" (the 12.5% is the
    income's, the pair the share's own)."""
    first = min(pair.positions)
    if first < change:
        return _share_pair_before_growth(reading, text, change, pair)
    gap_start, gap_end = end_of(reading.mentions[change]), reading.mentions[first].start
    return _SHARE_CLAUSE_ZH.search(text, gap_start, gap_end) is not None


_SHARE_NOUNS_ZH = re.compile("|".join(n for n in lx.SHARE_NOUNS if not n.isascii()))


def _share_pair_before_growth(reading: SentenceReading, text: str, change: int, pair: Link) -> bool:
    """Whether a pair of levels a clause names as a share comes before a growth in percent of a
    clause of its own: "增加值比重从52.0%上升到54.5%，增加值增长5.8%" (the 5.8% is the amount's;
    a share's own change is written in points, 提高2.5个百分点)."""
    first, last = min(pair.positions), max(pair.positions)
    pair_start = reading.mentions[first]
    clause_start, _ = _clause_around(
        text, pair_start.start, pair_start.end, reading.start, reading.end
    )
    if _SHARE_NOUNS_ZH.search(text, clause_start, pair_start.start) is None:
        return False
    gap = text[end_of(reading.mentions[last]) : reading.mentions[change].start]
    return reading.mentions[change].unit == "%" and re.search(r"[，,；;]", gap) is not None


def _no_change_before_a_base(
    reading: SentenceReading, change: int, first: int, second: int
) -> bool:
    """Whether a word of no change stands with a level and a base named after it: "the jobless
    rate was unchanged at 4.1% in May, compared with 3.8% a year earlier", "left its rate
    unchanged at 4.5%, against 5.25% a year ago". The level did not move from the last one; the
    base may be of any earlier time."""
    m = reading.mentions[change]
    return (
        m.words
        and m.number == "0"
        and reading.mentions[second].start < reading.mentions[first].start
    )


def _second_change_by_fraction_between(
    reading: SentenceReading, text: str, change: int, pair: Link
) -> bool:
    """Whether a second change by a fraction stands between a change and the levels after it
    ("fell by a fifth in the centre and by a tenth elsewhere, from 52,000 to 45,000"): the
    levels may be the whole's, of which neither change is stated."""
    first = min(pair.positions)
    if first < change:
        return False
    return bool(
        lx.SECOND_CHANGE_BY_FRACTION_RE.search(
            text, end_of(reading.mentions[change]), reading.mentions[first].start
        )
    )


def _apart(reading: SentenceReading, change: int, pair: Link) -> tuple[int, int]:
    """How far a change stands from a pair of levels: in figures, then in characters."""
    near = min(pair.positions, key=lambda p: abs(change - p))
    a, b = sorted((reading.mentions[change], reading.mentions[near]), key=lambda m: m.start)
    return abs(change - near), b.start - a.end


_CLAUSE_EDGE = re.compile(r"[,;:()，；：（）]")


def _clause_around(text: str, start: int, end: int, lower: int, upper: int) -> tuple[int, int]:
    """The clause holding text[start:end] within text[lower:upper]: from the punctuation
    before it to the punctuation after it."""
    before = [m.end() for m in _CLAUSE_EDGE.finditer(text, lower, start)]
    after = _CLAUSE_EDGE.search(text, end, upper)
    return (before[-1] if before else lower), (after.start() if after else upper)


def _real_change_of_other_levels(
    reading: SentenceReading, text: str, change: int, first: int, second: int
) -> bool:
    """A change its own clause calls real ("an average real-terms increase of 1.6% a year",
    "up 2% adjusted for inflation") is net of price changes: the levels of another clause,
    written at the prices of their day, do not give it."""
    c = reading.mentions[change]
    low, high = _clause_around(text, c.start, c.end, reading.start, reading.end)
    if not lx.REAL_TERMS_RE.search(text, low, high):
        return False
    return not all(low <= reading.mentions[p].start < high for p in (first, second))


# a change carrying another measure of its subject to a level: "rose 0.4% in June, taking the
# annual rate to 2.1%" (the month's change of prices, the year's rate of them)
_CARRIES_A_RATE = re.compile(
    r"\b(?:taking|bringing|pushing|lifting|leaving|putting)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:rate|inflation|growth|yield)\b",
    re.IGNORECASE,
)


def _carries_a_rate_of_its_own(
    reading: SentenceReading, text: str, change: int, first_level: int
) -> bool:
    """Whether a percentage change carries a rate of its subject to levels in per cent, the
    rate another measure than the change ("rose 0.4% in June, taking the annual rate to 2.1%,
    from 1.9%": 0.4% is no change between 1.9% and 2.1%)."""
    c, level = reading.mentions[change], reading.mentions[first_level]
    if c.unit != "%" or level.unit != "%" or first_level < change:
        return False
    return _CARRIES_A_RATE.search(text, c.end, level.start) is not None


# where one clause of a sentence ends and another, with a subject of its own, begins: a
# semicolon, or "and", "but", "while" after a comma and before a new subject ("..., and total
# expenses rose"; not "..., and was up 5%", "..., with an average annual increase of 3.75%")
_NEXT_CLAUSE = re.compile(
    # "while", "whereas" open a clause whatever follows ("..., while a rival's fell to 18%")
    r";|；|(?:,\s*|\s+)(?:while|whereas|whilst)\s+(?!(?:up|down)\b)"
    # a concession opens a clause of another subject: "Child casualties were down 2%, although
    # child pedestrian injuries totalled 470 compared with 469" (not "though," an aside)
    r"|,\s*(?:although|even\s+though|though(?!\s*,))\s+"
    r"|,\s*(?:and|but)\s+(?!(?:was|were|is|are|has|had|have|will|would|rose|"
    r"fell|grew|increased|decreased|declined|dropped|climbed|jumped|gained|lost|up|down|then|"
    # "..., and it plans to add 25 more": a pronoun opens a clause of its own as a name does
    # ("..., and this year's spending fell from": a time's own subject, a clause of its own)
    r"so|that|this(?!\s+(?:year|month|week|quarter|season)['’]s)|an?|or)\b)"
    # "..., with gasoline falling from $3.69 to $3.55": another subject and its own move (not
    # "..., with an average annual increase of 3.75%")
    r"|,\s*with\s+(?!(?:a|an|its|their|his|her|the)\b)[a-z]+(?:\s+[a-z]+)?\s+[a-z]+ing\b"
    # "Profits rose 12%, helped by cutting the £120 parka to £84", "Sales fell 8% as the chain
    # stopped cutting ...": what moved the change's own subject, a move of another thing
    r"|,\s*(?:helped|aided|driven|boosted|hit|hurt|dragged|weighed\s+down)\s+by\b"
    r"|\bas\s+(?:the|its|their|a|an)\s+(?:[a-z-]+\s+){1,2}"
    r"(?:[a-z]+ed|is|are|was|were|has|had|kept|keeps|began|cut|cuts)\b",
    re.IGNORECASE,
)


def _level_between(reading: SentenceReading, change: int, pair: Link, restated: set[int]) -> bool:
    """Whether a level of its own stands between a change and a pair: "a 34.9 percent increase
    over the 35.2 million units ..., good enough for a share up from 11.7% to 14.1%" (the change's
    base is the level beside it, not the pair). A restatement in brackets stands for its level,
    and so does the pair's own level named before it ("a 1 percent reduction in the 7.0 percent
    duty, from 7.0 percent to 6.0 percent")."""
    ends = pair.positions
    nearest = min(ends) if change < min(ends) else max(ends)
    low, high = sorted((change, nearest))
    values = {(reading.mentions[p].value, reading.mentions[p].unit) for p in ends}
    # a length of time ("a record in 15 years") is no level a change of rates could be of
    lengths = set() if reading.mentions[ends[0]].unit in _LENGTHS else _LENGTHS
    return any(
        reading.kinds[p] == "value"
        and p not in restated
        and p not in ends
        and reading.mentions[p].unit not in lengths
        and (reading.mentions[p].noun or "").lower() not in lx.COUNTED_SPANS
        and (reading.mentions[p].value, reading.mentions[p].unit) not in values
        for p in range(low + 1, high)
    )


# after a pair of levels, what joins another clause ("... to 763,000) and a fall in robberies
# by 2%"): a change restating the pair follows it with no conjunction (", or 25%", ", a rise of")
_JOINED_AFTER = re.compile(r";|；|\b(?:and|but|while|whereas)\b", re.IGNORECASE)


def _clauses_apart(reading: SentenceReading, text: str, figure: int, pair: Link) -> bool:
    """Whether a clause boundary (`_NEXT_CLAUSE`) stands between a figure and the nearer of a
    pair's two levels."""
    mention = reading.mentions[figure]
    near = min(pair.positions, key=lambda p: abs(p - figure))
    level = reading.mentions[near]
    if near < figure:  # after its pair a change restates it (", or 25%"), joined by no "and"
        return _JOINED_AFTER.search(text, end_of(level), mention.start) is not None
    return _NEXT_CLAUSE.search(
        text, end_of(mention), level.start
    ) is not None or _and_opens_own_subject(text, end_of(mention), level.start)


# a bare "and" (no comma before it) and the words after it, up to a figure or a punctuation mark;
# an aside of words between commas may follow it ("and, in Leeds, house prices stood at")
_BARE_AND_WORDS = re.compile(r"(?<![,;])\s+and(?:,[^,\d]{1,40},)?\s+((?:[A-Za-z'’-]+\s+){1,6})")


def _and_opens_own_subject(text: str, start: int, end: int) -> bool:
    """Whether a bare "and" between two figures opens a clause with a subject of its own ("Prices
    rose 4% in March and inflation stood at 3.2%, against 3.5%": the levels are inflation's, not
    what rose 4%). Its own subject is one to four words that are no verb, then a finite verb;
    "and stood at" (the same subject) and "between March and April to" (no verb) open none. A
    place or a time may come first ("and in Leeds house prices stood at", "and last year
    stood at")."""
    for found in _BARE_AND_WORDS.finditer(text, start, end):
        words = _past_place_or_time([word.lower() for word in found.group(1).split()])
        if words and _subject_then_verb(words):
            return True
    return False


def _past_place_or_time(words: list[str]) -> list[str]:
    """The words after "and" less the place or time they open with: a preposition and its one
    word ("in Leeds", "by March"), words of time ("last year")."""
    if words[0] in lx.PREPOSITIONS:
        words = words[2:]
    while words and (words[0] in lx.TIME_MODIFIERS or words[0] in lx.TIME_NOUNS):
        words = words[1:]
    return words


def _subject_then_verb(words: list[str]) -> bool:
    if words[0] not in _NO_SUBJECT_WORDS:
        return any(_finite_verb(word) for word in words[1:])
    # a plural noun the lexicon lists as a verb too, then the verb of a plural subject: "and
    # exports stood at", "and records show" (not "and rises to", "and sets records")
    return bool(
        words[0] in _NOUN_OR_VERB
        and words[0].endswith("s")
        and len(words) > 1
        and _finite_verb(words[1])
        and not words[1].endswith("s")
    )


_NO_SUBJECT_WORDS = (
    lx.VERBS | lx.AUXILIARIES | lx.ADVERBS | lx.MODALS | lx.PREPOSITIONS | {"then", "so"}
)
_NOUN_OR_VERB = lx.VERBS - lx.AUXILIARIES - lx.MODALS


def _finite_verb(word: str) -> bool:
    return (word in lx.VERBS or word in lx.AUXILIARIES) and not word.endswith("ing")


# a verb that carries a total from one level to another by the amount before it
_CARRIES_TOTAL = re.compile(
    r"\b(?:taking|bringing|pushing|lifting|raising|boosting|swelling|reducing|cutting|lowering)"
    r"\b[^\d;:.!?()]{0,50}$",
    re.IGNORECASE,
)


def _amount_carrying_pair(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """An amount and the two levels it carries a total between: "the firm hired 200 engineers,
    taking its staff from 1,000 to 1,200", "2 million new users joined, bringing the total from
    5 million to 7 million". The amount is the change between the two levels."""
    pairs = [link for link in found if link.type == "from_to"]
    changed = {link.positions[0] for link in found if link.type == "change"}
    if len(pairs) != 1 or changed:
        return []
    first, second = pairs[0].positions
    level = reading.mentions[first]
    # the one figure before the pair in the levels' unit ("over the next five years" may stand
    # between); two ("300 in May and 200 in June, taking stock from 900 to 400") add up
    amounts = [
        p
        for p in range(min(first, second))
        if same_family(reading.mentions[p].unit, level.unit, exact=True)
    ]
    if len(amounts) != 1 or reading.kinds[amounts[0]] != "value" or amounts[0] in _converted(found):
        return []
    amount = amounts[0]
    a = reading.mentions[amount]
    if a.unit in ("%", "pp", "x"):
        return []
    if not _CARRIES_TOTAL.search(text, end_of(a), reading.mentions[min(first, second)].start):
        return []
    reading.kinds[amount] = "change"
    return [Link("change", (amount, first, second))]


# what turns the figure after a pair of levels into the change between them: ", or 25%",
# ", a drop of $120 billion", " -- an increase of about 11%"
_CHANGE_AFTER_PAIR = re.compile(
    r"^\s*(?:\)|）)?\s*(?:,|\(|（|--|—|–|:)\s*(?:or\s+|(?:or\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?(?:"
    + lx.CHANGE_WORDS_ALTERNATION
    + r")\s+of\s+)"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


# the earlier period a bracketed figure is of: "2023", "2022/23", "last year", "the prior year"
_EARLIER_PERIOD = (
    r"(?:(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?|(?:the\s+)?(?:last|previous|prior)\s+year"
    r"|a\s+year\s+(?:earlier|ago|before))"
)
# "£5.4m (2023: £4.9m)", as accounts write the year before
_BRACKET_OPENS_EARLIER = re.compile(
    r"^\s*[(（]\s*(?P<period>" + _EARLIER_PERIOD + r"\s*:\s*)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# "(745 million in 2022/23), an increase of 9%", "(1,392 million 2022/2023), up 16%", "(2,100
# visitors in 2022)"
_BRACKET_CLOSES_EARLIER = re.compile(
    r"^\s*(?:[a-z][a-z-]*\s+){0,3}?(?P<period>(?:(?:in|for)\s+)?" + _EARLIER_PERIOD + r")?"
    r"\s*[)）]\s*,\s*"
    r"(?:(?:or\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?(?:"
    + lx.CHANGE_WORDS_ALTERNATION
    + r")\s+of\s+|(?:"
    + lx.CHANGE_WORDS_ALTERNATION
    + r")\s+(?:by\s+)?)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


def _earlier_in_brackets(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, the same measure of an earlier period in brackets, then the change between them:
    "2,450 visitors (2,100 in 2022), an increase of 16.7%", "income of £5.4m (2023: £4.9m),
    up 10%". The bracket names the earlier period, so the change runs from its figure."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        earlier, change = later + 1, later + 2
        if {later, earlier, change} & taken:
            continue
        a, b, m = reading.mentions[later : later + 3]
        if reading.kinds[later] != "value" or reading.kinds[earlier] != "value":
            continue
        if a.unit != b.unit or a.unit in ("%", "pp", "x") or reading.kinds[change] != "change":
            continue
        if m.unit != "%" and not same_family(m.unit, a.unit, exact=True):
            continue
        opens = _BRACKET_OPENS_EARLIER.match(text[end_of(a) : b.start])
        # (a period after the figure may have been read as its counted noun: "745 million 2022/23")
        closes = _BRACKET_CLOSES_EARLIER.match(text[b.end : m.start])
        if not opens or not closes or bool(opens.group("period")) == bool(closes.group("period")):
            continue  # the bracket names the earlier period once, before or after its figure
        links += [Link("from_to", (earlier, later)), Link("change", (change, earlier, later))]
    return links


# between a change "than in" a year and the level of that year, named after it: "40 fewer than in
# 2015, when it had 400", "12% more than in 2019, when there were 2,500"
_THAN_A_YEAR_WHEN = re.compile(
    r"^\s+(?:(?:more|fewer|less|higher|lower)\s+)?than\s+(?:in\s+)?(?:1[89]|20)\d\d\s*,\s*when\s+"
    r"(?:it|they|there|the\s+[a-z]+)\s+(?P<when_verb>[a-z]+)\s+(?:at\s+|about\s+|around\s+)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
_LEVEL_THEN_ITS_CHANGE = re.compile(r"^\s*(?:,|--|—|–)\s*$")


def _year_when_its_level(gap: str, said_before: str) -> bool:
    """Whether the words after a change give the year it is measured against and, in a clause
    of that year, its level: " fewer than in 2015, when it had " (not "when it cut", nor "when
    it spent" after "raised"); `said_before` is the sentence before the first figure."""
    when = _THAN_A_YEAR_WHEN.match(gap)
    return when is not None and _levels_when(when, said_before)


def _change_than_a_year_when(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, its change "than in" a year, then the level of that year after "when": "has 360
    pupils, 40 fewer than in 2015, when it had 400". The year's level is the change's base."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        change, earlier = later + 1, later + 2
        if {later, change, earlier} & taken:
            continue
        a, m, b = reading.mentions[later : later + 3]
        if (reading.kinds[later], reading.kinds[change], reading.kinds[earlier]) != (
            "value",
            "change",
            "value",
        ):
            continue
        if a.unit != b.unit or a.unit in ("%", "pp", "x"):
            continue
        if m.unit != "%" and not same_family(m.unit, a.unit, exact=True):
            continue
        if not _LEVEL_THEN_ITS_CHANGE.match(text[end_of(a) : m.start]):
            continue
        if not _year_when_its_level(text[end_of(m) : b.start], text[reading.start : a.start]):
            continue
        # the year's clause may count something else ("when it had 3,000 staff", "when it had
        # £45m in cash")
        if _other_things_counted(a, b) or _NAMED_AFTER.match(text, end_of(b)):
            continue
        links += [Link("from_to", (earlier, later)), Link("change", (change, earlier, later))]
    return links


# a change "on" (from, compared with) the year before, then that year's level after "when": "27.8%
# of entries got an A, up by 0.6 points on last year when 27.2% did", "a turnout of 64%, down 3
# points on 2019, when 67% voted"
_CHANGE_OPENS = re.compile(r",\s*" + NAMED_AS_CHANGE + r"$", re.IGNORECASE)
# the words of a rate's unit, which every clause about a rate holds
_RATE_WORDS = frozenset({"cent", "percent", "percentage", "point"})
_ON_A_YEAR_WHEN = re.compile(
    r"^(?:\s+(?:percentage\s+)?points?)?\s+(?:on|from|compared\s+with|against)\s+(?:last\s+year|the\s+(?:previous|year\s+before)"
    r"(?:\s+year)?|a\s+year\s+(?:ago|earlier)|(?:1[89]|20)\d\d)\s*,?\s*when\s+"
    r"(?P<pronoun>(?:it|the\s+(?:rate|share|figure|proportion))\s+(?:was|stood\s+at)\s+|"
    # "Profits were £50m, up £5m on last year, when they were £45m"
    r"they\s+(?:were|stood\s+at)\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _change_on_a_year_when(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level, its change "on last year", then last year's level after "when": "27.8% of
    entries got an A, up by 0.6 points on last year when 27.2% did". The year's level is the
    change's base when "when" names it again (it was, the rate was) or its clause goes on about
    what the level's clause counts (got an A ... got an A)."""
    # a restatement of the level ("more than a quarter, or 27.8%") leaves it free
    taken = {p for link in found if link.type in ("from_to", "change") for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 2):
        change, earlier = later + 1, later + 2
        # a level may be a share of what it counts ("27.8% of entries"), as its year's is; the
        # year's, after the change, may have been read as a change too, which "when" rules out
        kinds = reading.kinds[later : earlier + 1]
        if {later, change, earlier} & taken or (
            kinds[1] != "change"
            or kinds[0] not in ("value", "share")
            or kinds[2] not in (kinds[0], "change")
        ):
            continue
        a, m, b = reading.mentions[later : earlier + 1]
        if a.unit != b.unit or a.unit in ("pp", "x") or not _compared_in(a.unit, m.unit):
            continue
        when = _ON_A_YEAR_WHEN.match(text[end_of(m) : b.start])
        if not when or not _CHANGE_OPENS.search(text[end_of(a) : m.start]):
            continue
        level_clause = text[reading.start : m.start]
        year_clause = text[
            end_of(b) : _clause_around(text, b.start, end_of(b), reading.start, reading.end)[1]
        ]
        # words only: a full stop would keep the clause's last word apart ("grades.")
        words = [_event_words(re.sub(r"[^\w\s]", " ", c)) for c in (level_clause, year_clause)]
        shared = (words[0] & words[1]) - _RATE_WORDS
        if _WHEN_FIGURE_A_GAP.match(text, end_of(b)):
            continue  # "when it was £5m below its peak": a gap to something else, no level
        if when.group("pronoun") or shared:
            links += [Link("from_to", (earlier, later)), Link("change", (change, earlier, later))]
    return links


# the bracket closing straight after the earlier figure its period opened: "(2010: $2.7bn)"
_BRACKET_CLOSES = re.compile(r"\s*[)）]")
# between a level and its change named after it: ", an increase of", ", up"
_CHANGE_NAMED_AFTER = re.compile(r"^\s*,\s*" + NAMED_AS_CHANGE + r"$", re.IGNORECASE)


def _earlier_bracket_after_change(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """The figure of the year before in brackets, as accounts and results releases write it,
    after a level its change leads to or names: "dropped 15% to $2.3bn (2010: $2.7bn)", "£48.9
    million, an increase of 50% (2012: £32.6 million)", "improved 2.7 points to 97% (2010:
    99.7%)"; with no figure of the change ("increased to 50.2p (2012: 44.2p)") the two levels
    alone. The bracket names the earlier period, so the change runs from its figure."""
    taken = {p for link in found for p in link.positions}
    links: list[Link] = []
    for earlier in range(1, len(reading.mentions)):
        b = reading.mentions[earlier]
        if earlier in taken or reading.kinds[earlier] != "value":
            continue
        opens = _BRACKET_OPENS_EARLIER.match(text[end_of(reading.mentions[earlier - 1]) : b.start])
        if not opens or not opens.group("period") or not _BRACKET_CLOSES.match(text, b.end):
            continue
        if not _year_before_the_sentences(opens.group("period"), text[reading.start : b.start]):
            continue
        later, change = _level_and_change_before(reading, text, earlier)
        if later is None or later in taken or reading.mentions[later].unit != b.unit:
            continue
        if change is None:
            links.append(Link("from_to", (earlier, later)))
        elif _change_fits(reading.mentions[change], b) and change not in taken:
            links += [Link("from_to", (earlier, later)), Link("change", (change, earlier, later))]
    return links


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _year_before_the_sentences(period: str, before: str) -> bool:
    """Whether a bracket's year may be the year before the one its sentence dates: any year
    when the sentence names none, else the year before one it names ("Revenue for 2031 rose
    10% to £4.4m (2025: £2.0m)" gives a figure of 2025, no base of the change)."""
    bracket = _YEAR.search(period)
    # years in other brackets are other brackets' earlier years, not the sentence's
    outside = _BRACKETED.sub("", before[: before.rfind(period)])
    named = {int(y.group(0)) for y in _YEAR.finditer(outside)}
    return bracket is None or not named or int(bracket.group(0)) + 1 in named


def _level_and_change_before(
    reading: SentenceReading, text: str, earlier: int
) -> tuple[int | None, int | None]:
    """The level a bracket of the year before follows, and its change: the change before the
    level with "to", or after it named (", an increase of 50%"); the change None where the
    level alone follows a verb of change with "to" ("increased to 50.2p")."""
    last = earlier - 1
    if reading.kinds[last] == "change" and last > 0 and reading.kinds[last - 1] == "value":
        level = last - 1
        if _CHANGE_NAMED_AFTER.match(
            text[end_of(reading.mentions[level]) : reading.mentions[last].start]
        ):
            return level, last
        return None, None
    if reading.kinds[last] != "value":
        return None, None
    start = end_of(reading.mentions[last - 1]) if last > 0 else reading.start
    before = text[start : reading.mentions[last].start]
    if last > 0 and reading.kinds[last - 1] == "change" and _TO_AFTER_CHANGE.match(before):
        return last, last - 1
    if _MOVED_TO.search(before):
        return last, None
    return None, None


# a verb of change straight before "to" and the level: "increased to", "fell to"
_MOVED_TO = re.compile(
    r"\b(?:"
    + "|".join(sorted(lx.MOVED_UP | lx.MOVED_DOWN, key=len, reverse=True))
    + r")\s+to\s+"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


def _change_fits(change: Mention, level: Mention) -> bool:
    """A change in percent of any level, in points of a percentage, or in the level's unit."""
    if change.unit == "%" and level.unit != "%":
        return True
    if change.unit == "pp":
        return level.unit == "%"
    return same_family(change.unit, level.unit, exact=True)


def _change_after_pair(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """The figure straight after a pair of levels, restating the move between them as a change:
    "went up from $10,000 to $12,500, or 25%", "narrowed to $300 billion from $420 billion, a
    drop of $120 billion"."""
    changed = {p for link in found if link.type == "change" for p in link.positions}
    # a figure restating a level in another form ("one in eight, or 12.6%") is that level
    restated = _converted(found)
    links = []
    for pair in (link for link in found if link.type == "from_to"):
        first, second = pair.positions
        change = max(first, second) + 1
        if change >= len(reading.mentions) or change in changed | restated or first in changed:
            continue
        if reading.kinds[change] != "value":
            continue
        between = text[
            end_of(reading.mentions[max(first, second)]) : reading.mentions[change].start
        ]
        if not _CHANGE_AFTER_PAIR.match(between) or not _fits_pair(
            reading, text, change, first, second
        ):
            continue
        reading.kinds[change] = "change"
        links.append(Link("change", (change, first, second)))
    return links


def _percent_of_percents(reading: SentenceReading, change: int, first: int) -> bool:
    """ "from 7.4 percent to 5.4 percent, a cut of 2 percent": the sentence states the link, and
    a percent change of a rate is a relative change (-27 % here). Points written as percent is
    the slip newspapers print corrections for, so it is checked as written, as in a claim file;
    the rule's hint offers 'percentage points'."""
    return reading.mentions[change].unit == "%" and reading.mentions[first].unit == "%"


TO_LEVEL = re.compile(r"\bto\s+" + lx.BEFORE_FIGURE + r"$")
_THE_LEVEL = re.compile(
    r"\b(?:" + lx.CHANGE_WORDS_ALTERNATION + r")\s+(?:in\s+|of\s+)?"
    r"(?:the|its|their)\s+$"
    # "a 4.9% rise, taking a £1,000 season ticket to £1,069": the change carries one level on
    r"|\b(?:taking|bringing|pushing|lifting|putting)\s+(?:the|a|an|its|their)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _change_applied(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A change applied to one level and the level it leads to: "a 10 percent cut in the $500
    fee brings it to $400", "cut the $500 fee by 10 percent, to $400"."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    changes = [p for p, kind in enumerate(reading.kinds) if kind == "change"]
    if len(levels) != 2 or len(changes) != 1:
        return []
    start, end = levels
    change = changes[0]
    a, b = reading.mentions[start], reading.mentions[end]
    if change > end or a.unit != b.unit:
        return []
    if not _THE_LEVEL.search(text[max(reading.start, a.start - 30) : a.start]):
        return []
    if not TO_LEVEL.search(text[max(reading.start, b.start - 20) : b.start]):
        return []
    if _percent_of_percents(reading, change, start):
        return [Link("change", (change, start, end))]
    if not _fits_pair(reading, text, change, start, end):
        return []
    return [Link("change", (change, start, end))]


def _fits_pair(reading: SentenceReading, text: str, change: int, first: int, second: int) -> bool:
    """A change links to levels of its own kind: a percent or factor to any two levels, an
    absolute change to two levels in its unit, counted per the same thing (a change per share
    is no change of a total)."""
    mention, level = reading.mentions[change], reading.mentions[first]
    if mention.unit in ("%", "x"):
        return level.unit != "%"
    if mention.unit == "pp":
        return level.unit == "%"
    return same_family(mention.unit, level.unit, exact=True) and counted_alike(text, mention, level)


def _two_of_a_unit(reading: SentenceReading, levels: list[int]) -> list[int]:
    """The levels, or, among more than two, the only two in a unit ("a basket of 20 items cost
    £54.30 ..., while ... came to £63.00": the count says what is priced, it is not compared)."""
    if len(levels) <= 2:
        return levels
    with_unit = [p for p in levels if reading.mentions[p].unit]
    units = {reading.mentions[p].unit for p in with_unit}
    return with_unit if len(with_unit) == 2 and len(units) == 1 else levels


def _two_compared(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two figures of one unit and a percentage saying how far one exceeds the other: "one
    utility charged $38.10 while another charged $70.25, about 45 percent more"."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _two_of_a_unit(reading, _free_levels(reading, found))
    if len(levels) != 2:
        return []
    a_pos, b_pos = levels
    a, b = reading.mentions[a_pos], reading.mentions[b_pos]
    if not (a.unit == b.unit or one_rate_for_both(a, b)) or a.unit in ("%", "pp", "x"):
        return []
    if _a_part_and_its_whole(reading, text, a_pos, b_pos):
        return []  # "300 out of 12,000 drivers, which was 15 percent more than in 2030"
    links = []
    for position in range(b_pos + 1, len(reading.mentions)):
        mention = reading.mentions[position]
        if mention.unit not in ("%", "x"):
            continue
        after = text[mention.end : mention.end + 20]
        said = _MORE_AFTER.match(after)
        if said and _than_another_time(reading, text, mention, min(levels, key=_value_at(reading))):
            continue  # "X in 2013-14 ... now Y, 23 percent more than last year": not X
        if said:
            high, low = (b_pos, a_pos) if b.value >= a.value else (a_pos, b_pos)
            reading.kinds[position] = "change"
            _share_the_rate(a, b)  # "charges £1,150 a month, while the other charges £1,380"
            # "P% more": the higher measured against the lower; "P% less": the other way
            less = _LESS.match(said.group(0).strip())
            links.append(
                Link(
                    "change",
                    (position, high, low) if less else (position, low, high),
                    compares=True,
                )
            )
    return links


def _a_part_and_its_whole(reading: SentenceReading, text: str, a_pos: int, b_pos: int) -> bool:
    """Whether the first level is a part of the second ("300 out of 12,000 drivers") or the
    second of the first, opening the sentence ("Of the 60,000 homes, 2,400 ..."): a part is no
    amount more or less than its whole, so a percentage after them compares something else.
    The part may name what it counts ("30 complaints out of 1,000 flights")."""
    a, b = reading.mentions[a_pos], reading.mentions[b_pos]
    if PART_OF_WHOLE.match(text[a.end : b.start]) or PART_OF_WHOLE.match(text[end_of(a) : b.start]):
        return True
    return a_pos == 0 and _OF_THE_WHOLE_OPENING.match(text[reading.start : a.start]) is not None


_LESS = re.compile(r"(?:less|lower|smaller|below|cheaper|fewer)\b", re.IGNORECASE)
# a comparison whose other term is a time: "23 percent more than last year", "than a year ago"
_THAN_A_TIME = re.compile(
    r"[^.;:\d]{0,40}?\bthan\s+(?:(?:last|the\s+previous|the\s+same\s+\w+\s+last)\s+(?:year|"
    r"month|quarter|week)|a\s+(?:year|month|quarter|week)\s+(?:ago|earlier|before))",
    re.IGNORECASE,
)


def _value_at(reading: SentenceReading) -> Callable[[int], Fraction]:
    return lambda position: reading.mentions[position].value


# a comparison with a year named: "three times as many as in 2022", "20% more than in 2019"
_THAN_A_YEAR = re.compile(
    r"[^.;:\d]{0,40}?\b(?:than|as)\s+(?:(?:in|at\s+the\s+end\s+of|during|for)\s+)?"
    r"((?:1[89]|20)\d\d)\b(?![-–/]\d)",
    re.IGNORECASE,
)


def _than_another_time(reading: SentenceReading, text: str, percent: Mention, lower: int) -> bool:
    """Whether "P% more than last year" (or "three times as many as in 2022") compares with a
    time the lower figure is not said to be of: the words before it name a time of its own
    ("in 2013-14, Rs 85,000 crore was allocated", "of the 120 branches open in 2019, 60 are
    left"), so the other time's figure is one the text does not give."""
    year = _THAN_A_YEAR.match(text, percent.end, reading.end)
    if not year and not _THAN_A_TIME.match(text, percent.end, reading.end):
        return False
    figure = reading.mentions[lower]
    since = reading.mentions[lower - 1].end if lower > 0 else reading.start
    return any(
        since <= p.start < figure.start and not (year and p.period == year.group(1))
        for p in reading.periods
    )


# the other's year, then its figure in a clause of that time with the same subject: "twice as
# many as in 2015, when it handled 14 million", "20% more than in 2019, when they were £30m"
# (the verb is checked apart: "when it cut 3,000 jobs" gives a change, no level). Not "when
# £5m was spent on ads", "when there were 300 stations": a figure of what, the words do not say
_IN_A_YEAR_WHEN = (
    r"in\s+(?:1[89]|20)\d\d,\s*when\s+"
    r"(?:it|they)\s+(?P<when_verb>[a-z]+)\s+(?:at\s+|about\s+|around\s+)?"
)


# the verbs of a clause of another time that give a level of whatever the sentence measures
_LEVEL_VERBS_WHEN = frozenset(
    "was were is are had has have stood numbered totalled totaled".split()
)


def _levels_when(match: re.Match, said_before: str) -> bool:
    """Whether the clause of the other's time gives its level, not a move ("when it cut") nor
    another quantity ("raised £12m, ... when it spent £10m"): a verb of being or having, or the
    verb the sentence gave the first figure with ("handled ..., when it handled")."""
    verb = match.group("when_verb")
    if verb is None:
        return True
    verb = verb.lower()
    if verb in lx.OBJECT_MOVED_VERBS:
        return False
    return verb in _LEVEL_VERBS_WHEN or re.search(rf"\b{verb}\b", said_before, re.I) is not None


_WHEN_CLAUSE = re.compile(_IN_A_YEAR_WHEN + r"$", re.IGNORECASE)


def _other_things_counted(a: Mention, b: Mention) -> bool:
    """Whether two counts name different things ("9 million passengers, ... when it had 3,000
    staff", "40 firms exported cars, ... last year's 2,000 cars"): no level of one another."""
    if not b.noun:
        return False
    return not a.noun or _head_noun(a.noun) != _head_noun(b.noun)


# what a figure measures, named after it: "when it had £70m in debt", "£45m of debt"
_NAMED_AFTER = re.compile(r"\s+(?:in|of)\s+[a-z]", re.IGNORECASE)
# a verb, then things it acts on with no article: "2,000 volunteers planted trees, 500 more than
# last year's 1,000" may count the trees
_BARE_PLURAL_OBJECT = re.compile(
    r"^\s+[a-z]+\s+(?!(?:was|has|is|as|us|always|across|towards|perhaps|plus|thus)\b)[a-z]{2,}s\b",
    re.IGNORECASE,
)


def _counts_its_object(clause: str, a: Mention, b: Mention) -> bool:
    """Whether a figure after a clause counts what the clause's verb acts on ("40 firms exported
    cars, ... last year's 2,000 cars"), not what its subject counts."""
    if not b.noun or not _other_things_counted(a, b):
        return False
    words = {_head_noun(word) for word in re.findall(r"[a-z]+", clause.lower())}
    return _head_noun(b.noun) in words


def _head_noun(noun: str) -> str:
    return noun.lower().split()[-1].removesuffix("s")


# "than" straight after the factor: the factor's own words carry the comparison ("3.6 times
# bigger"), which the mention reads as both readings (x3.6 .. x4.6)
# "five times that of its rival, $10 million": the other named, then its figure after a comma
_TIMES_BETWEEN = re.compile(
    r"^\s*(?:(?:as\s+(?:" + lx.AS_MUCH_ALTERNATION + r")\s+as|the|that\s+of|those\s+of|than)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?:\d{4}\s+|previous\s+|earlier\s+|old\s+)?(?:figure|level|total|"
    r"number|amount|record)\s+(?:of\s+)?)?"
    # an average or rate named with whose it is: "three times the national average of $50,000",
    # "120 times the median employee pay of $35,000", "three times the overall rate of 4.3%"
    r"|(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(?:average|median|mean|rate|share|proportion)"
    r"(?:\s+[a-z-]+){0,2}\s+(?:of\s+)?"
    r"|(?:that|those)\s+of\s+[^\d,;:.!?()]{1,40},\s*(?:at\s+|of\s+)?"
    # whose figure it is, in a word or two: "twice as many as the rival plant's 3,000"
    r"|(?:as\s+(?:" + lx.AS_MUCH_ALTERNATION + r")\s+as|than)"
    r"\s+(?:(?:the\s+)?(?:[a-z-]+\s+)?[\w-]+['’]s\s+|" + _IN_A_YEAR_WHEN + r"))$",
    re.IGNORECASE,
)


def times_between(gap: str, said_before: str) -> bool:
    """Whether the words between a factor and a figure make that figure the one the factor
    multiplies ("four times the $10 of its rival", "twice as many as in 2015, when it had");
    `said_before` is the sentence before the factor."""
    between = _TIMES_BETWEEN.match(gap)
    return between is not None and _levels_when(between, said_before)


def _times_the_other(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A figure said to be a factor of another that follows it: "it charged $40, four times
    the $10 of its rival", "600 staff, three times as many as the 200 of 2010"."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    if len(levels) != 2 or levels[1] - levels[0] != 2:
        return []
    first, second = levels
    factor = first + 1
    a, b, m = reading.mentions[first], reading.mentions[second], reading.mentions[factor]
    # two rates as levels compare by a factor as amounts do ("14.2%, three times the overall
    # rate of 4.3%"); gaps in points and factors do not
    if m.unit != "x" or a.unit != b.unit or a.unit in ("pp", "x"):
        return []
    if not times_between(text[m.end : b.start], text[reading.start : m.start]):
        return []
    if _WHEN_CLAUSE.search(text[m.end : b.start]) and _other_things_counted(a, b):
        return []
    reading.kinds[factor] = "change"
    return [Link("change", (factor, second, first), compares=True)]


# after a factor or a fraction, the figure of another time it is of, named by whose it is:
# "three times last year's 400", "half the 2019 level of 3,200", "twice the previous year's
# total of 1,200"
_OF_ANOTHER_TIMES_FIGURE = re.compile(
    r"^\s+(?:of\s+)?(?:(?:the\s+)?(?:(?:last|previous|prior)\s+(?:year|month|quarter|season|week)"
    r"|(?:1[89]|20)\d\d)['’]s|the\s+(?:1[89]|20)\d\d)\s+"
    r"(?:(?:figure|level|total|number|amount|tally|count)\s+(?:of\s+)?)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# between the level and its factor: its time, then a comma ("1,200 this year, three times")
_LEVEL_THEN_ITS_FACTOR = re.compile(
    r"^(?:\s+(?:this|last)\s+(?:year|month|quarter|season|week)|\s+in\s+(?:1[89]|20)\d\d)?"
    r"\s*,\s*(?:or\s+)?$",
    re.IGNORECASE,
)


def _multiple_of_another_times_figure(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level, then after a comma the factor or fraction it is of another time's figure, named
    by whose it is: "Sales rose to 1,200 this year, three times last year's 400", "Output was
    1,600, half the 2019 level of 3,200". The two count one thing (the base names no other)."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    linked = {p for link in found for p in link.positions}
    for level in range(len(reading.mentions) - 2):
        factor, base = level + 1, level + 2
        if {level, factor, base} & linked or reading.kinds[level] != "value":
            continue
        a, m, b = reading.mentions[level], reading.mentions[factor], reading.mentions[base]
        if reading.kinds[base] != "value" or a.unit != b.unit or a.unit in ("%", "pp", "x"):
            continue
        if b.noun and b.noun != a.noun:
            continue  # "1,200 cars this year, three times last year's 400 trucks"
        if not (
            _LEVEL_THEN_ITS_FACTOR.match(text[end_of(a) : m.start])
            and _OF_ANOTHER_TIMES_FIGURE.match(text[m.end : b.start])
        ):
            continue
        if m.unit == "x" and m.value > 1:
            reading.kinds[factor] = "change"
            return [Link("change", (factor, base, level), compares=True)]
        if m.unit == "" and "/" in m.number and 0 < m.value < 1:
            reading.kinds[factor] = "share"
            return [Link("share", (factor, level, base))]
    return []


_COMPARED_FACTOR = re.compile(
    r"\s*(?:as\s+[a-z]+\s+|more\b|higher\b|greater\b|larger\b|bigger\b)", re.IGNORECASE
)


def _factor_of_two_given(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A factor and the two figures it compares, given apart in the same sentence: "young people
    are more than twice as likely to use A as B ... (12% for B, and 26% for A)". Which figure
    is which, the text leaves to the reader: the larger over the smaller, a reading only (a
    note at most)."""
    if found or len(reading.mentions) != 3:
        return []
    factors = [p for p, m in enumerate(reading.mentions) if m.unit == "x"]
    if len(factors) != 1 or reading.kinds[factors[0]] != "change":
        return []
    # a comparison ("twice as likely", "three times more"), not a change over time ("doubled")
    if not _COMPARED_FACTOR.match(text, reading.mentions[factors[0]].end, reading.end):
        return []
    a_pos, b_pos = (p for p in range(3) if p != factors[0])
    a, b = reading.mentions[a_pos], reading.mentions[b_pos]
    if reading.kinds[a_pos] != "value" or reading.kinds[b_pos] != "value" or a.unit != b.unit:
        return []
    if a.unit in ("pp", "x") or "/" in a.number + b.number:
        return []
    high, low = (b_pos, a_pos) if b.value >= a.value else (a_pos, b_pos)
    if _than_another_time(reading, text, reading.mentions[factors[0]], low):
        return []  # "60 are left, three times as many as in 2022": against 2022's figure
    return [Link("change", (factors[0], low, high), compares=True, stated=False)]


# the other figure's time may be written before it (是2020年同期4000万人次的2.1倍)
_IS_BETWEEN_ZH = re.compile(
    r"^[^\d。；;，,]{0,4}[,，]?\s*(?:仅|只|约|已)?(?:是|为|相当于|达到)(?:"
    + lx.CJK_YEARS
    + r")?[^\d。；;]{0,12}$"
)
_OF_BEFORE_FACTOR_ZH = re.compile(r"^[^\d。；;，,]{0,6}的\s*$")


def _multiple_of_the_other(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A figure said to be a multiple of the figure after it, the factor last, as Chinese
    writes it: "利润90亿元,是上年30亿元的3倍", "相当于全国的1.5倍" (with a figure)."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    links = []
    for first, second in zip(levels, levels[1:], strict=False):
        factor = second + 1
        if factor >= len(reading.mentions) or reading.mentions[factor].unit != "x":
            continue
        a, b, m = reading.mentions[first], reading.mentions[second], reading.mentions[factor]
        if a.unit != b.unit or a.unit in ("%", "pp", "x") or second - first != 1:
            continue
        if _IS_BETWEEN_ZH.match(text[end_of(a) : b.start]) and _OF_BEFORE_FACTOR_ZH.match(
            text[end_of(b) : m.start]
        ):
            reading.kinds[factor] = "change"
            links.append(Link("change", (factor, second, first), compares=True))
    return links


# a multiple of the level of a time named, its figure given in a clause of its own: "，是上年的3倍",
# "，为上年同期的1.5倍", "，相当于2023年的2倍"
_MULTIPLE_OF_A_TIME_ZH = re.compile(
    # the quantity may be named again before the verb ("，游客数量是上年的3倍")
    r"^[，,]\s*(?P<named>[^\d，,。；;：:]{0,8}?)(?:仅|只|约|已)?(?:是|为|相当于)\s*"
    r"(?P<when>(?:上年|去年|前年|\d{4}年)(?:同期)?)\s*的\s*$"
)
# the words of a Chinese clause that name no quantity: times, scopes, verbs of being or reaching
_NOT_A_NAME_ZH = re.compile(
    r"\d{4}年|今年|本年|上年|去年|前年|同期|全年|[上下]半年|前?第?[一二三四1-4]季度|"
    r"[\d一二三四五六七八九十]+(?:[-—至到~～][\d一二三四五六七八九十]+)?月份?|全[市省区县国]|"
    r"[为是达到实现完成共计约]|\s"
)
_CLAUSE_BEFORE_ZH = re.compile(r"[，,；;。：:]")
# a part of a year a Chinese clause is dated to: a half, quarters, months
_PART_OF_YEAR_ZH = re.compile(
    r"[上下]半年|前?第?[一二三四1-4]季度|前[两三]季度|"
    r"[\d一二三四五六七八九十]+(?:[-—至到~～][\d一二三四五六七八九十]+)?月份?"
)


def _clause_opening_zh(text: str, start: int, figure: Mention) -> str:
    """The words of a figure's Chinese clause before it: from the clause mark before it (or
    the sentence's start) to the figure."""
    marks = list(_CLAUSE_BEFORE_ZH.finditer(text, start, figure.start))
    return text[marks[-1].end() if marks else start : figure.start]


def _named_alike_zh(base_words: str, level_words: str) -> bool:
    """Whether two Chinese clauses name one quantity: their words less times, scopes and
    verbs are the same, or one of them names nothing ("上年为200万吨", "今年达到600万吨")."""
    base, level = _NOT_A_NAME_ZH.sub("", base_words), _NOT_A_NAME_ZH.sub("", level_words)
    return not base or not level or base == level


def _dated_as_zh(when: str, base_words: str, level_words: str) -> bool:
    """Whether a clause is of the time a multiple names: it writes that time ("上年为", "去年同期"),
    or 上年 names the year before the year the level's clause writes ("2023年…，2024年…")."""
    year_before = when.removesuffix("同期") in ("上年", "去年")
    if when.removesuffix("同期") in base_words or (
        year_before and re.search("上年|去年", base_words)
    ):
        return not re.search("上年|去年|前年", level_words)
    base_year, level_year = (
        re.search(r"(\d{4})年", base_words),
        re.search(r"(\d{4})年", level_words),
    )
    return bool(
        year_before and base_year and level_year and int(level_year[1]) == int(base_year[1]) + 1
    )


def _parts_of_year_differ_zh(base_words: str, level_words: str) -> bool:
    """Whether a base's clause and a level's are dated to different parts of a year: a whole
    year (去年) against a half (今年上半年). A base of 同期 is the level's own part of the year."""
    if "同期" in base_words:
        return False
    return _PART_OF_YEAR_ZH.findall(base_words) != _PART_OF_YEAR_ZH.findall(level_words)


def _multiple_of_a_level_named_apart_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level said to be a multiple of another time's level, whose figure a clause of its own
    gives: "去年粮食产量200万吨，今年达到600万吨，是上年的3倍", "2023年利润30亿元，2024年利润90亿元，是上年的
    3倍", the quantity maybe named again ("，游客数量是上年的3倍")."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    factors = [p for p, m in enumerate(reading.mentions) if m.unit == "x"]
    if len(factors) != 1:
        return []
    pair = _level_named_apart_zh(reading, text, found, factors[0])
    if pair is None:
        return []
    reading.kinds[factors[0]] = "change"
    return [Link("change", (factors[0], *pair), compares=True)]


def _fraction_of_a_level_named_apart_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level said to be a fraction of another time's level, whose figure a clause of its own
    gives: "去年销量400万辆，今年销量130万辆，仅为上年的三分之一". Chinese writers round to halves,
    thirds and quarters, so the reading is left open (`_fraction_of_the_other_zh`)."""
    if any(link.type in ("from_to", "change", "share") for link in found):
        return []
    fractions = [p for p, m in enumerate(reading.mentions) if _cjk_fraction(m)]
    if len(fractions) != 1:
        return []
    pair = _level_named_apart_zh(reading, text, found, fractions[0])
    if pair is None:
        return []
    reading.kinds[fractions[0]] = "share"
    return [Link("share", (fractions[0], pair[1], pair[0]), stated=False)]


def _level_named_apart_zh(
    reading: SentenceReading, text: str, found: list[Link], factor: int
) -> tuple[int, int] | None:
    """The other time's level and the level a multiple or fraction at `factor` is of ("，是上年的",
    "，为上年同期的", "，相当于2023年的", straight after the level's figure): the one other level
    of that time in the sentence, in the unit, naming the same quantity or none."""
    if factor == 0 or reading.kinds[factor - 1] != "value":
        return None
    level_at = factor - 1
    level = reading.mentions[level_at]
    multiple = _MULTIPLE_OF_A_TIME_ZH.match(text[end_of(level) : reading.mentions[factor].start])
    if multiple is None or level.unit in ("%", "pp", "x"):
        return None
    level_words = _clause_opening_zh(text, reading.start, level)
    bases = [
        p
        for p in _free_levels(reading, found)
        if p != level_at
        and reading.mentions[p].unit == level.unit
        and reading.mentions[p].noun == level.noun  # a count of the same thing (人次)
        and _dated_as_zh(
            multiple["when"],
            _clause_opening_zh(text, reading.start, reading.mentions[p]),
            level_words,
        )
    ]
    if len(bases) != 1:
        return None
    base_words = _clause_opening_zh(text, reading.start, reading.mentions[bases[0]])
    if not _named_alike_zh(base_words, level_words):
        return None  # "去年出口额200亿元，今年进口额600亿元，是上年的3倍": last year's imports, not given
    if _parts_of_year_differ_zh(base_words, level_words):
        return (
            None  # 去年…150万吨，今年上半年达到100万吨，是上年同期的: a half against a whole year
        )
    if not _named_again_zh(multiple["named"], level_words or base_words):
        return None  # "去年游客300万人次，今年游客900万人次，收入是上年的3倍": another quantity's
    return bases[0], level_at


def _named_again_zh(named: str, level_words: str) -> bool:
    """Whether the words before a multiple's verb name nothing, or name again what the level's
    clause names (游客数量 after 今年游客, 销量 after 今年汽车销量)."""
    again, own = _NOT_A_NAME_ZH.sub("", named), _NOT_A_NAME_ZH.sub("", level_words)
    return not again or bool(own) and (own in again or again in own)


def _cjk_fraction(mention: Mention) -> bool:
    """Whether a figure is a Chinese fraction (三分之一, 一半): a share of something, under one."""
    return mention.unit == "" and "/" in mention.number and 0 < mention.value < 1


def _fraction_of_the_other_zh(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level said to be a fraction of the level after it, the fraction last, as Chinese
    writes a multiple: "今年销量100万辆，仅为去年400万辆的三分之一". Chinese writers round to
    halves, thirds and quarters (a third there may be 0.29 to 0.42, wider than the reading of
    a writer's third), so the reading is left open: a note at most."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    links = []
    for first, second in zip(levels, levels[1:], strict=False):
        fraction = second + 1
        if second - first != 1 or fraction >= len(reading.mentions):
            continue
        a, b, f = reading.mentions[first], reading.mentions[second], reading.mentions[fraction]
        if not _cjk_fraction(f) or a.unit != b.unit or a.unit in ("%", "pp", "x"):
            continue
        if _IS_BETWEEN_ZH.match(text[end_of(a) : b.start]) and _OF_BEFORE_FACTOR_ZH.match(
            text[end_of(b) : f.start]
        ):
            reading.kinds[fraction] = "share"
            links.append(Link("share", (fraction, first, second), stated=False))
    return links


_THAN_BETWEEN = re.compile(
    r"^\s*(?:(?:more|higher|greater|larger|bigger|above|less|fewer|lower|smaller|below|cheaper|"
    r"dearer|longer)\s+than|above|below)\s+"
    # "£1,380 in Bristol, 38% higher than in Cardiff, where it is £1,000": the other's place,
    # then its figure
    r"(?P<where>(?:in|at)\s+[^\d,;:()]{1,40}?,\s*where\s+(?:it|they|the\s+(?P<named>[a-z-]+))"
    r"\s+(?:is|was|are|were)\s+(?:at\s+)?$)?"
    r"(?:the\s+|that\s+of\s+|those\s+of\s+|its\s+|their\s+|his\s+|her\s+)?"
    # whose figure it is, in a word or two: "its rival's", "last year's", "the previous year's",
    # and what it names of it: "last year's yield of", "last year's more favourable yield of"
    r"(?:(?:[a-z-]+\s+)?[\w-]+['’]s\s+(?:(?:[a-z-]+\s+){1,3}of\s+)?"
    # or named before its figure: "than name brands at $4.00", "than the rival's model at $5"
    r"|(?:[a-z-]+\s+){1,3}(?:at|of)\s+)?$",
    re.IGNORECASE,
)
# what may stand between the first figure and the percentage: a time or scope it is of ("a
# budget of $3.6 billion for the coming fiscal year, 4.2% more than this year's $3.45 billion",
# "41,000 cars in 2024, 9% fewer than")
_LEVEL_THEN_PERCENT = re.compile(
    r"^(?:\s+(?:in|for|at|during)\s+(?:[^\d,;:()]|(?<!\d)\d{4}(?!\d)){1,40}?(?=\s*,))?\s*(?:,\s*)?"
    r"(?:(?:which|that)\s+)?(?:is|was|are|were)?\s*$",
    re.IGNORECASE,
)


# or the clause the first figure is the subject of: "About 1.2 million people visited the
# museum, 300,000 more than last year's 800,000", "5,000 students applied, 20% more than" (a
# verb of its own, then words with no figure and no other clause)
_SUBJECT_CLAUSE_THEN_PERCENT = re.compile(
    r"^\s+(?P<verb>[a-z]+)\b"
    r"(?:(?!\b(?:and|but|while|whereas|as|which|who|than|when|where|or|so|because|since|after|"
    r"before|until|although|though|if|once|that)\b)[^\d,;:.!?()]){0,40},\s*$",
    re.IGNORECASE,
)


def _level_then_percent(gap: str) -> bool:
    """Whether the words between a figure and a percentage or amount after it leave that
    figure the one compared: a time or scope it is of, or its own clause's verb and object."""
    if _LEVEL_THEN_PERCENT.match(gap):
        return True
    clause = _SUBJECT_CLAUSE_THEN_PERCENT.match(gap)
    if clause is None:
        return False
    verb = clause.group("verb").lower()
    return (_finite_verb(verb) or verb.endswith("ed")) and verb not in lx.OBJECT_MOVED_VERBS


# a count of the places or groups a figure before it spans: "hired 1,200 staff in 40 offices,
# 300 more than last year's 900" (the 300 are staff, not offices)
_SCOPE_BEFORE = re.compile(
    r"\b(?:in|across|among|within|throughout)\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)


def _counts_a_scope(reading: SentenceReading, text: str, position: int) -> bool:
    """Whether the figure at `position` counts the places a figure before it in its clause
    spans ("1,200 staff in 40 offices"); with none before it, "in 40 stores" is what is
    compared ("Sales rose in 40 stores, 10 more than last year's 30")."""
    mention = reading.mentions[position]
    before = text[max(0, mention.start - 40) : mention.start]
    if not mention.noun or _SCOPE_BEFORE.search(before) is None or position == 0:
        return False
    return not re.search(r"[,;:]", text[end_of(reading.mentions[position - 1]) : mention.start])


def than_between(gap: str, moved_unit: str, unit: str, said_before: str) -> bool:
    """Whether the words between a percentage or an amount (`moved_unit`) and a figure
    (`unit`) make that figure the other one compared, with no place of its own: "10% more
    than last year's", "300,000 more than in 2022, when it had"."""
    if moved_unit != "%" and not same_family(moved_unit, unit, exact=True):
        return False
    than = _THAN_BETWEEN.match(gap)
    return (than is not None and not than.group("where")) or _year_when_its_level(gap, said_before)


# a year after the other place's figure: "where it was £2,100 in 2015" is of another time
_DATED_AFTER = re.compile(r"\s+(?:in|for|during)\s+(?:1[89]|20)\d\d\b")


def _the_same_where(
    reading: SentenceReading, text: str, than: re.Match, first: Mention, other: Mention
) -> bool:
    """Whether the figure of the other place ("..., where it is £1,000") is of the quantity and
    time of the first: "where the wage is £2,100" after rents names another quantity, "where it
    was £2,100 in 2015" another year."""
    named = than.group("named")
    before = text[reading.start : first.start].lower()
    if named and named.lower().rstrip("s") not in before:
        return False
    return not _DATED_AFTER.match(text, end_of(other))


# what may stand for a noun after the second figure of a comparison whose rate the text writes
# once: a time ("the £890 of five years ago", "the £890 of 2025"), nothing counted
_TIME_AS_NOUN = re.compile(
    r"\b(?:ago|earlier|before|previously)$|^(?:in\s+)?(?:19|20)\d\d$", re.IGNORECASE
)


def _rate_written_once(text: str, a: Mention, b: Mention) -> bool:
    """Whether the figure after "than" is the amount of the first figure's rate written once:
    the first an amount per day, week, month or year, the other the same amount with no period
    and no noun of its own but a time ("the £890 deposit" counts another thing)."""
    per = _PER_PERIOD.match(a.unit)
    if per is None or b.unit != per.group("base") or not b.unit:
        return False
    if b.noun is not None:
        return _TIME_AS_NOUN.search(b.noun) is not None
    return _NO_NOUN_AFTER.match(text, b.end) is not None


# after an amount, what leaves it counting nothing of its own: the clause's end, or a time
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,;.!?)]|$)|\s+(?:of|in|from|during|at|last|earlier|before|\w+\s+years?\s+ago)\b",
    re.IGNORECASE,
)


def _percent_than_the_other(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A figure said to be a percentage or an amount above or below another that follows it:
    "Alpha charged $40, 25% more than the $32 of Beta", "$30,000, 20 percent less than the
    $37,500", "employs 5,000 people, 1,000 more than its rival's 4,000"."""
    links = []
    for first in range(len(reading.mentions) - 2):
        if reading.kinds[first] != "value" or reading.kinds[first + 2] != "value":
            continue
        a, m, b = reading.mentions[first : first + 3]
        rate_once = m.unit == "%" and _rate_written_once(text, a, b)
        if (a.unit != b.unit and not rate_once) or a.unit in ("%", "pp", "x"):
            continue
        if m.unit != "%" and not same_family(m.unit, a.unit, exact=True):
            continue
        per = _per_whom_after(text, end_of(a))
        gap = text[per.end() if per else end_of(a) : m.start]
        if not _level_then_percent(gap) or _counts_a_scope(reading, text, first):
            continue
        if per and not _per_the_same_or_unsaid(text, b, per):
            continue
        than = _THAN_BETWEEN.match(text[m.end : b.start])
        if not than or (than.group("where") and not _the_same_where(reading, text, than, a, b)):
            continue
        if not _LEVEL_THEN_PERCENT.match(gap) and (
            _counts_its_object(gap, a, b) or _BARE_PLURAL_OBJECT.match(gap)
        ):
            continue
        if rate_once:
            b.unit = a.unit  # "£1,250 a month, 40% more than the £890 of 2025": the rate said once
        reading.kinds[first + 1] = "change"
        links.append(Link("change", (first + 1, first + 2, first), compares=True))
    return links


def _per_whom_after(text: str, at: int) -> re.Match | None:
    """Whom an amount is counted per, right after it: "$1,450 per pupil", "£12 a head", "60
    cents a share" (the amount compared is the one per pupil)."""
    return lx.PER_PAYER_AFTER_RE.match(text, at) or lx.PER_COUNTED_AFTER_RE.match(text, at)


# any "per X" or "each X" after the other amount: it says per whom, maybe another than the first's
_PER_ANY_AFTER = re.compile(r"\s+(?:per|each|for\s+each)\s+[^\W\d_]+", re.IGNORECASE)


def _per_the_same_or_unsaid(text: str, other: Mention, per: re.Match) -> bool:
    """Whether the figure compared with an amount per pupil is per pupil too, or says per whom
    it is not ("35% more than the state average of $1,150"); "per teacher" counts another."""
    its_own = _per_whom_after(text, end_of(other)) or _PER_ANY_AFTER.match(text, end_of(other))
    if its_own is None:
        return other.noun is None
    return its_own.group().split()[-1].lower() == per.group().split()[-1].lower()


_MARGIN_BEFORE = re.compile(
    r"\b(?:a|the|its|their|his|her)\s+(?:winning\s+)?(?:margin|difference|gap|lead|discrepancy)"
    r"\s+(?:of\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


# an election's winning margin, "a majority of 3,435" (votes) closing its clause; not "a
# majority of 3,435 voters backed ...", most of them
_MAJORITY_BEFORE = re.compile(
    r"\b(?:a|the|its|their|his|her)\s+(?:(?:winning|slim|narrow|reduced|increased)\s+)?"
    r"majority\s+(?:of\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_CLAUSE_CLOSES = re.compile(r"\s*(?:[,;.!?)]|$)")
# one tally "to" the other: " votes to her rival's ", " to "
_TALLY_TO_TALLY = re.compile(r"^[^\d,;:.!?()]{0,20}?\bto\s+[^\d,;:.!?()]{0,30}$", re.IGNORECASE)


def _named_margin(reading: SentenceReading, text: str, position: int) -> re.Match | None:
    """The words naming a figure as the difference between two others: "a gap of" before it,
    相差 before it, 出入 or 差距 after it."""
    mention = reading.mentions[position]
    before = text[max(reading.start, mention.start - 30) : mention.start]
    cjk = lx.CJK_MARGIN_BEFORE_RE.search(before)
    if cjk and lx.CJK_THAN_FORECAST_RE.search(before, 0, cjk.start()):
        return None  # 比原预测高出: a margin from the figure's own forecast, no other figure's
    return (
        _MARGIN_BEFORE.search(before)
        or cjk
        or lx.CJK_MARGIN_AFTER_RE.match(text, end_of(mention), reading.end)
    )


def _majority_between_tallies(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two tallies set one "to" the other and the winning majority between them, closing its
    clause: "won with 21,340 votes to her rival's 17,905, a majority of 3,435" (not "3,100
    backed the deal, a majority of 1,000": a count and its whole, no two tallies)."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    if len(levels) != 3:
        return []
    a, b, m = (reading.mentions[p] for p in levels)
    if a.unit or b.unit or m.unit or (m.noun or "votes").lower() not in ("vote", "votes"):
        return []
    if not _TALLY_TO_TALLY.match(text[end_of(a) : b.start]):
        return []
    before = text[max(reading.start, m.start - 30) : m.start]
    if not _MAJORITY_BEFORE.search(before) or not _CLAUSE_CLOSES.match(text, end_of(m)):
        return []
    low, high = (levels[1], levels[0]) if a.value >= b.value else (levels[0], levels[1])
    reading.kinds[levels[2]] = "change"
    return [Link("change", (levels[2], low, high), compares=True, margin=True)]


def _margin_between(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two figures of one unit and the margin between them, named as such: "the bill passed
    by 52 votes to 48, a margin of 4 votes", "sold 900 while B sold 700, a gap of 200",
    "两地相差3亿元", "与公布的数字有2万出入". A margin called a discrepancy ("a discrepancy of",
    出入) says the two figures were meant to be one quantity: `one_quantity` joins them."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    margins = [p for p in levels[2:] if _named_margin(reading, text, p)]
    if len(margins) != 1 or len(levels) != 3 or margins[0] != levels[2]:
        return []
    a_pos, b_pos, margin = levels
    a, b, m = (reading.mentions[p] for p in levels)
    if not (a.unit == b.unit and same_family(a.unit, m.unit, exact=True)) or a.unit in ("%", "x"):
        return []
    high, low = (b_pos, a_pos) if b.value >= a.value else (a_pos, b_pos)
    reading.kinds[margin] = "change"
    links = [Link("change", (margin, low, high), compares=True, margin=True)]
    named = _named_margin(reading, text, margin)
    if named is not None and lx.DISCREPANCY_RE.search(named.group(0)):
        links.append(Link("one_quantity", (a_pos, b_pos)))
    return links


# a lead named on its figure: "6 points clear", "three seats ahead", "a lead of 6 points",
# "lead by 4,000 votes"; not a lead over something it names ("3 points clear of the
# relegation zone"), which the tallies after it need not be of
_LEAD_AFTER = re.compile(r"\s+(?:clear|ahead|behind|adrift)\b(?!\s+of\b)", re.IGNORECASE)
_LEAD_BEFORE = re.compile(r"\b(?:leads?|led|leading)\s+by\s+" + lx.BEFORE_FIGURE + r"$", re.I)
# the leader's tally, then the other's, named as such: "with 58 points ..., ahead of Riverside
# on 55", "on 44 seats, ahead of the Greens with 39", "with 52,300 votes to 48,300"
_LEADER_TALLY = re.compile(r"\b(?:with|on)\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)
_OTHER_TALLY = re.compile(
    r"^[^;:.!?()]{0,50}?(?:\bahead\s+of|\bover|\bclear\s+of|\bbehind|\btrailing)\s+[^\d,;:.!?()]{1,40}?\s+"
    r"(?:on|with)\s+" + lx.BEFORE_FIGURE + r"$|^\s*(?:to|against)\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _lead_then_tallies(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A lead named before the two tallies it is the gap between: "Harbor City are 6 points
    clear with 58 points from 26 matches, ahead of Riverside on 55", "Labour lead by 5 seats
    on 44, ahead of the Greens with 39". Figures of other things between (the matches) are
    passed over by their counted noun."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    levels = _free_levels(reading, found)
    for at, lead in enumerate(levels):
        m = reading.mentions[lead]
        if not (
            _LEAD_AFTER.match(text, end_of(m))
            or _LEAD_BEFORE.search(text, max(reading.start, m.start - 30), m.start)
            or _MARGIN_BEFORE.search(text, max(reading.start, m.start - 30), m.start)
        ):
            continue
        alike = [
            p
            for p in levels[at + 1 :]
            if reading.mentions[p].unit == m.unit and reading.mentions[p].noun in (None, m.noun)
        ]
        if m.unit in ("%", "x") or len(alike) != 2:
            return []
        a_pos, b_pos = alike
        a, b = reading.mentions[a_pos], reading.mentions[b_pos]
        if not _LEADER_TALLY.search(text, max(reading.start, a.start - 20), a.start):
            return []
        if not _OTHER_TALLY.match(text[end_of(a) : b.start]):
            return []
        reading.kinds[lead] = "change"
        low, high = sorted((a_pos, b_pos), key=_value_at(reading))
        return [Link("change", (lead, low, high), compares=True, margin=True)]
    return []


# what may stand between a rate and its gap: a few words dating it ("in March", "year on
# year"), then the comma
_RATE_THEN_POINTS = re.compile(
    r"^[^\d,;:.!?()]{0,30}[,，]?\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+|or\s+|and\s+)?$",
    re.IGNORECASE,
)
_THAN_AFTER_POINTS = re.compile(
    # no "^": matched from a position, where "^" never matches
    r"\s*(?:(?:percentage\s+)?points?\s+)?(?:"
    + "|".join(lx.COMPARATIVE_UP + lx.COMPARATIVE_DOWN)
    + r")\s+than\s+|\s*(?:(?:percentage\s+)?points?\s+)?(?:above|below)\s+",
    re.IGNORECASE,
)
# what names the other rate after "than", up to it or to the end of the clause
_NAMED_AFTER_THAN = re.compile(r"[^\d;:.!?()%,，。；]{1,80}")


def rate_named_than(text: str, points: Mention, sentence_end: int) -> tuple[int, int] | None:
    """Where the text names the rate a gap in points is measured against ("4.5 points higher
    than that of the region's total", 比全省平均水平高2.6个百分点): the span of its name, or
    None when the gap is not written as a comparison."""
    after = _THAN_AFTER_POINTS.match(text, end_of(points), sentence_end)
    if after is not None:
        named = _NAMED_AFTER_THAN.match(text, after.end(), sentence_end)
        return (named.start(), named.end()) if named else None
    end = points.start
    while (listed := lx.CJK_LISTED_GAP_BEFORE_RE.search(text, max(0, end - 16), end)) is not None:
        end = listed.start()  # a later gap of a list: what names B stands before the first
    before = lx.CJK_THAN_BEFORE_RE.search(text, max(0, end - 30), end)
    if before is None:
        return None
    group = "named" if before.group("named") else "named_after"
    return before.start(group), before.end(group)


def _listed(reading: SentenceReading, text: str, first: int, unit: str) -> bool:
    """Whether the figure at `first` and the next, both in `unit`, stand in one list."""
    a, b = reading.mentions[first], reading.mentions[first + 1]
    return (
        a.unit == b.unit == unit and lx.LIST_GAP_RE.fullmatch(text, end_of(a), b.start) is not None
    )


def _rate_of_gap(reading: SentenceReading, text: str, points: int) -> int | None:
    """The rate a gap in points is of: the figure before it, or, in a list of gaps that goes
    with as long a list of rates before it "respectively" (分别增长10.6%和9.1%,增速分别比B快4.6和3.1
    个百分点), the rate in the gap's place; None for lists that do not pair so."""
    first, last = points, points
    while first > 0 and _listed(reading, text, first - 1, "pp"):
        first -= 1
    while last + 1 < len(reading.mentions) and _listed(reading, text, last, "pp"):
        last += 1
    count = last - first + 1
    if count == 1:
        return points - 1
    rates = first - count
    if rates < 0 or not all(_listed(reading, text, p, "%") for p in range(rates, first - 1)):
        return None
    between = text[end_of(reading.mentions[first - 1]) : reading.mentions[first].start]
    if reading.mentions[first - 1].unit != "%" or not lx.RESPECTIVELY_RE.search(between):
        return None
    return rates + points - first


def _points_than_the_other(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A rate and how many points it stands above or below another: "grew 9.1%, 2.3 percentage
    points faster than the 6.8% of all exports", "增长8.1%,比全省平均水平高3.1个百分点". With the
    other rate in the sentence, a gap between the two; with only its name ("faster than that of
    household spending"), a `points_than` link the drafter resolves against the rate named so
    before. A gap from a time ("than a year earlier", 比上年) is a change of the one rate, not a
    comparison, and is left alone."""
    links = []
    for points in range(1, len(reading.mentions)):
        if reading.mentions[points].unit != "pp" or reading.kinds[points] != "change":
            continue
        rate = _rate_of_gap(reading, text, points)
        if rate is None:
            continue
        if reading.mentions[rate].unit != "%" or reading.kinds[rate] not in ("value", "change"):
            continue
        named = rate_named_than(text, reading.mentions[points], reading.end)
        if named is None or lx.YOY_RE.search(text[max(0, named[0] - 6) : named[1]]):
            continue
        gap = text[end_of(reading.mentions[rate]) : reading.mentions[points].start]
        if named[1] <= reading.mentions[points].start:  # 比B高P: the name in the gap
            links.append(Link("points_than", (points, rate)))
        elif _RATE_THEN_POINTS.match(gap):
            other = points + 1
            if other < len(reading.mentions) and reading.mentions[other].start <= named[1] + 1:
                if reading.mentions[other].unit == "%":
                    # "than the 6.8% of all exports": a rate compared, not a share of exports
                    reading.kinds[other] = "change" if reading.kinds[other] == "change" else "value"
                    links.append(Link("change", (points, other, rate), compares=True))
            else:
                links.append(Link("points_than", (points, rate)))
    return links


def _gap_between_rates(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two rates and the gap between them in points, named as such: "wages grew 4% while prices
    rose 6%, a gap of 2 percentage points", "两者相差1.5个百分点"; two shares too ("won 54% of
    the vote to 46% for her rival, a margin of 8 points")."""
    links = []
    for gap in range(2, len(reading.mentions)):
        a, b, m = reading.mentions[gap - 2 : gap + 1]
        if m.unit != "pp" or a.unit != "%" or b.unit != "%":
            continue
        kinds = {reading.kinds[p] for p in (gap - 2, gap - 1)}
        if not (kinds <= {"value", "change"} or kinds <= {"value", "share"}):
            continue
        if not (
            _named_margin(reading, text, gap) or _gap_named_after_rates(reading, text, found, gap)
        ):
            continue
        if _paired_over_time(found, gap - 2, gap - 1):
            continue  # "rose from 35% to 38%, a gap of 3 points": one rate's move
        if _change_then_its_level(reading, text, gap - 2, gap - 1):
            continue  # "rose 3% to 41%, a lead of 6 points": one rate's move and where it ended
        high, low = (gap - 1, gap - 2) if b.value >= a.value else (gap - 2, gap - 1)
        reading.kinds[gap] = "change"
        links.append(Link("change", (gap, low, high), compares=True, margin=True))
    return links


# a gap named by where a change moved it: "widening the gap to 6 points", "extending its lead
# over the Greens to 4 points"
_GAP_MOVED = (
    r"(?:widen|narrow|extend|cut|increas|reduc|clos|stretch|shrink|shrank|shrunk)\w*\s+"
    r"(?:the|its|their|his|her)\s+(?:gap|lead|margin|difference)"
    r"(?:\s+(?:over|on|with)\s+[^\d,;:.!?()]{1,30}?)?\s+to\s+" + lx.BEFORE_FIGURE + r"$"
)
_GAP_MOVED_TO = re.compile(r"\b" + _GAP_MOVED, re.IGNORECASE)
# the same, and a gap named by what it is, closing the clause straight after two rates: a real
# rate is a rate less inflation ("against inflation of 3.9%, a real return of 0.9 points")
_GAP_AFTER_RATES = re.compile(
    r"^\s*[,，]\s*(?:(?P<moved>" + _GAP_MOVED + r")|(?:a|an|the)\s+real\s+"
    r"(?:return|yield|rate|interest\s+rate)\s+(?:of\s+)?" + lx.BEFORE_FIGURE + r"$)",
    re.IGNORECASE,
)
_INFLATION_NAMED = re.compile(r"\binflation\b", re.IGNORECASE)


def _gap_moved_to(reading: SentenceReading, text: str, position: int) -> bool:
    """Whether the words before a figure name it as the gap a change left ("widening the gap
    to")."""
    start = max(reading.start, reading.mentions[position].start - 70)
    return _GAP_MOVED_TO.search(text, start, reading.mentions[position].start) is not None


def _gap_named_after_rates(
    reading: SentenceReading, text: str, found: list[Link], gap: int
) -> bool:
    """Whether the clause straight after two rates names its figure as the gap a change left
    ("..., widening the gap to 6 points") or as a real rate after a rate named as inflation
    ("against inflation of 3.9%, a real return of 0.9 points"). Not after a rate of a from/to
    pair, nor after two rates of two times ("38% in 2019 and 41% in 2024, widening its lead to
    9 points"): the gap may be to something else."""
    rates = {gap - 2, gap - 1}
    if any(link.type == "from_to" and rates & set(link.positions) for link in found):
        return False
    if len({reading.periods_of.get(p) for p in rates}) > 1:
        return False
    between = text[end_of(reading.mentions[gap - 1]) : reading.mentions[gap].start]
    named = _GAP_AFTER_RATES.match(between)
    if named is None or named.group("moved"):
        return named is not None
    return _INFLATION_NAMED.search(_named_before(reading, text, gap - 1)) is not None


def _change_then_its_level(reading: SentenceReading, text: str, a: int, b: int) -> bool:
    """Whether the second of two rates is the level the first, a change, moved to ("support rose
    3% to 41%"): one rate's move, so no gap between two rates."""
    between = text[end_of(reading.mentions[a]) : reading.mentions[b].start]
    return reading.kinds[a] == "change" and _TO_BETWEEN.match(between) is not None


def _paired_over_time(found: list[Link], a: int, b: int) -> bool:
    """Whether two figures are an earlier and a later level of one quantity."""
    return any(link.type == "from_to" and {a, b} <= set(link.positions) for link in found)


# "a 5-point lead", "an eight-point advantage": a gap in points named by the noun after it
_POINTS_GAP_AFTER = re.compile(
    r"(?:(?:-|\s+)(?:percentage[- ])?points?)?\s+"
    r"(?:lead|advantage|edge|margin|gap|cushion|deficit)\b",
    re.IGNORECASE,
)
# between two candidates' shares, written as a score: "49% to 47%", "41 percent vs. 40 percent"
_SHARES_AS_SCORE = re.compile(r"^\s*(?:to|vs\.?|versus|-|–)\s*$", re.IGNORECASE)
_FROM_BEFORE_SCORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _lead_between_shares(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A lead in points and the two shares written beside it as a score, which it is the gap
    between: "a two-point advantage over his rival, 49% to 47%", "leads by 49 percent to 44
    percent, a 5-point lead". Only one such score in the sentence; "from 49% to 47%" is a move
    over time, not a score."""
    paired = {p for link in found if link.type == "from_to" for p in link.positions}
    scores = [
        p
        for p in range(len(reading.mentions) - 1)
        if reading.mentions[p].unit == reading.mentions[p + 1].unit == "%"
        and {reading.kinds[p], reading.kinds[p + 1]} <= {"value", "share"}
        and not {p, p + 1} & paired
        and _SHARES_AS_SCORE.match(
            text[end_of(reading.mentions[p]) : reading.mentions[p + 1].start]
        )
        and not _FROM_BEFORE_SCORE.search(text, reading.start, reading.mentions[p].start)
    ]
    if len(scores) != 1:
        return []
    low, high = sorted((scores[0], scores[0] + 1), key=lambda p: reading.mentions[p].value)
    links = []
    for gap, mention in enumerate(reading.mentions):
        if (
            mention.unit != "pp"
            or gap in (low, high)
            or reading.kinds[gap] not in ("value", "change")
        ):
            continue
        if _POINTS_GAP_AFTER.match(text, end_of(mention)) or _named_margin(reading, text, gap):
            reading.kinds[gap] = "change"
            links.append(Link("change", (gap, low, high), compares=True, margin=True))
    return links if len(links) == 1 else []


_OF_BETWEEN = re.compile(r"^\s*of\s+(?:the\s+)?$", re.IGNORECASE)


def _arithmetic_written_out(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A sum written as such: "4,718,604 - 4,690,911 is 27,693" (the difference between the
    two), "120% of 4,000 should be 4,800" (a share of the second figure)."""
    links = []
    for first in range(len(reading.mentions) - 2):
        a, b, c = reading.mentions[first : first + 3]
        if not any(lx.EQUALS_BETWEEN_RE.match(text[end : c.start]) for end in (b.end, end_of(b))):
            continue
        middle = text[end_of(a) : b.start]
        if lx.MINUS_BETWEEN_RE.match(middle) and a.unit == b.unit and a.unit not in ("%", "x"):
            if not same_family(a.unit, c.unit, exact=True):
                continue
            high, low = (first, first + 1) if a.value >= b.value else (first + 1, first)
            reading.kinds[first + 2] = "change"
            links.append(Link("change", (first + 2, low, high), compares=True))
        elif _OF_BETWEEN.match(middle) and a.unit == "%" and b.unit not in ("%", ""):
            if c.unit == "" and not c.noun:
                # "120% of Rs 7,000 would be 8,400": the result is in the figure's unit
                c.unit = b.unit
            if c.unit != b.unit:
                continue
            reading.kinds[first] = "share"
            links.append(Link("share", (first, first + 2, first + 1)))
        elif _OF_BETWEEN.match(middle) and a.unit == "%" and b.unit == c.unit != "%":
            reading.kinds[first] = "share"
            links.append(Link("share", (first, first + 2, first + 1)))
    return links


_DIFFERENCE_NAMED = re.compile(
    r"\b(?:the|a)\s+(?:difference|gap|margin|discrepancy|spread)\s+between\s+(?:the\s+)?"
    r"(?:(?:two|both)\s+[^\W\d_]+,\s*)?$",
    re.IGNORECASE,
)
_AND_BETWEEN = re.compile(r"^\s*and\s+(?:the\s+)?$", re.IGNORECASE)
_DIFFERENCE_IS = re.compile(
    r"^\s*,?\s*(?:is|was|are|were|comes\s+to|amounts\s+to|stands\s+at|of)\s+"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


def _difference_between_named(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two figures and the difference between them, named as such before them: "the difference
    between 500 and 450 is 50", "the gap between $38.10 and $70.25 was $32.15". The size of the
    gap, from the lower to the higher. Between two percentages a third percentage may be points
    or a relative change: a reading only."""
    links = []
    for first in range(len(reading.mentions) - 2):
        a, b, c = reading.mentions[first : first + 3]
        if reading.kinds[first : first + 2] != ["value", "value"] or a.unit != b.unit:
            continue
        if a.unit == "x" or not (c.unit == "pp" and a.unit == "%" or same_family(a.unit, c.unit)):
            if c.unit != a.unit:
                continue
        if not _DIFFERENCE_NAMED.search(text, max(reading.start, a.start - 40), a.start):
            continue
        if not (
            _AND_BETWEEN.match(text[end_of(a) : b.start])
            and _DIFFERENCE_IS.match(text[end_of(b) : c.start])
        ):
            continue
        high, low = (first + 1, first) if b.value >= a.value else (first, first + 1)
        reading.kinds[first + 2] = "change"
        stated = not (a.unit == "%" and c.unit == "%")
        links.append(
            Link("change", (first + 2, low, high), compares=True, margin=True, stated=stated)
        )
    return links


# where the words naming a figure start: the clause break or the figure before it
_NAME_START = re.compile(r"[,，;；:：。.!?、]|\d")


def _named_before(reading: SentenceReading, text: str, position: int) -> str:
    """The words between a figure and the clause break (or the figure) before it."""
    mention = reading.mentions[position]
    start = max(reading.start, mention.start - 40)
    if position > 0:
        start = max(start, end_of(reading.mentions[position - 1]))
    window = text[start : mention.start]
    breaks = list(_NAME_START.finditer(window.rstrip()))
    return window[breaks[-1].end() :] if breaks else window


# any word of any role of a named difference: a sentence naming none has no role filled (its
# literals, searched at once, say so; the pattern itself opens on no literal and is slow)
_ANY_DIFFERENCE_WORD = Prefiltered(
    re.compile(
        "|".join(f"(?:{role.pattern})" for entry in lx.NAMED_DIFFERENCES for role in entry),
        re.IGNORECASE,
    )
)


def names_a_difference(reading: SentenceReading, text: str) -> bool:
    """Whether the sentence holds a word of any role of a named difference (asked by the links
    phase and again by the drafts that reach back a sentence: read once per sentence)."""
    if reading.names_a_difference is None:
        reading.names_a_difference = _ANY_DIFFERENCE_WORD.may_match(folded_sentence(reading, text))
    return reading.names_a_difference


def difference_roles(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[tuple[list[int], list[int], list[int], dict[int, str]]]:
    """For each entry of lexicon.NAMED_DIFFERENCES, the sentence's figures its words name in
    each role, none linked yet: the levels taken from and taken (exports, imports), the
    figures named as the difference (a trade surplus; it may read as a change), and the words
    naming each figure."""
    if not names_a_difference(reading, text):
        return [([], [], [], {}) for _ in lx.NAMED_DIFFERENCES]  # most sentences name none
    linked = {p for link in found for p in link.positions}
    levels = [p for p in _free_levels(reading, found) if p not in linked]
    # the difference may read as a change ("a natural growth rate of 7.1%")
    figures = [
        p for p, k in enumerate(reading.kinds) if k in ("value", "change") and p not in linked
    ]
    names = {p: _named_before(reading, text, p) for p in figures}
    for p in levels:
        # a level reached by the change before it is named before the change ("exports fell
        # 5% to $120bn", 出口增长5%至1900亿元)
        if p > 0 and reading.kinds[p - 1] == "change" and p - 1 in names:
            between = text[end_of(reading.mentions[p - 1]) : reading.mentions[p].start]
            if (
                _TO_AFTER_CHANGE.match(between)
                or _CJK_CHANGE_TO.match(between)
                or _ON_THE_PERIOD_TO.match(between)
            ):
                names[p] = names[p - 1] + names[p]
    # a role's words are words of some role: the names holding none of their literals (most
    # of a sentence's, where "again" or "output" let the sentence through) fill no role
    worded = {p for p, name in names.items() if _ANY_DIFFERENCE_WORD.may_match(fold(name))}
    levels = [p for p in levels if p in worded]
    figures = [p for p in figures if p in worded]
    roles = []
    for taken_from, taken, difference in lx.NAMED_DIFFERENCES:
        roles.append(
            (
                [p for p in levels if taken_from.search(names[p])],
                [p for p in levels if taken.search(names[p])],
                [p for p in figures if difference.search(names[p])],
                names,
            )
        )
    return roles


# "imports fell 1.4% on the month to $29.1 billion": the base named by its time, then the level
_ON_THE_PERIOD_TO = re.compile(
    r"^\s*,?\s*(?:on|from|over)\s+(?:the\s+)?(?:previous\s+|prior\s+)?(?:month|quarter|year|week)"
    r"\s*,?\s*to\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def narrowed_difference(entry: int, names: list[str]) -> bool:
    """Whether the words naming a difference or its two terms (in the entry's order) narrow
    one ("exports of cars", "the trade surplus with Japan", "car exports"): a narrower
    quantity, maybe not the difference of the two others (a reading only)."""
    goods = set()
    for pattern, name in zip(lx.NAMED_DIFFERENCES[entry], names, strict=True):
        n = pattern.search(name)
        if n is None:
            continue
        if _QUALIFIED_AFTER.match(name, n.end()):
            return True
        if _QUALIFIED_BEFORE.search(name, 0, n.start()) and not lx.FLOW_VERB_RE.fullmatch(n[0]):
            return True
        written = _CJK_QUALIFIER.search(name, 0, n.start())
        if written is not None and written.group("goods"):
            goods.add(written.group("goods"))
    # 钢材出口 beside 铁矿石进口: terms of two goods (one good named once is the sentence's;
    # 全县人口出生率 beside 人口死亡率 names one population, the nearer words alike)
    return any(not (a.endswith(b) or b.endswith(a)) for a in goods for b in goods)


# the Chinese words before a difference's term that name what is traded or counted (钢材出口),
# after the words that leave it whole (全年出口, 其中进口)
_CJK_QUALIFIER = re.compile(
    r"(?:其中|全年|当月|同期|累计|实现|货物|商品|贸易|外贸|對外|对外)*(?P<goods>[\u4e00-\u9fff]*)$"
)


def _named_difference(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Three figures of one unit named as a difference and the two it is taken between
    (lexicon.NAMED_DIFFERENCES): "exports of $300bn and imports of $250bn, a trade surplus of
    $50bn", "出生率11.6‰;死亡率4.5‰;自然增长率7.1‰". The difference is the size of the gap
    between the other two."""
    if len(_free_levels(reading, found)) < 2 or len(reading.mentions) < 3:
        return []
    links = []
    for entry, (*roles, names) in enumerate(difference_roles(reading, text, found)):
        triple = _one_difference_of_a_unit(reading, roles)
        if triple is None:
            continue
        a_pos, b_pos, gap = triple
        a, b = reading.mentions[a_pos], reading.mentions[b_pos]
        high, low = (b_pos, a_pos) if b.value >= a.value else (a_pos, b_pos)
        reading.kinds[gap] = "change"
        narrowed = narrowed_difference(entry, [names[p] for p in (a_pos, b_pos, gap)])
        apart = _difference_set_apart(reading, text, gap, (a_pos, b_pos))
        links.append(
            Link(
                "change",
                (gap, low, high),
                compares=True,
                margin=True,
                stated=not (narrowed or apart),
            )
        )
    return links


def _one_difference_of_a_unit(
    reading: SentenceReading, roles: list[list[int]]
) -> tuple[int, int, int] | None:
    """The one choice of three figures for the roles of a named difference (taken from, taken,
    the difference) whose two terms are of one unit and the difference of their family, or
    None where there is none or more than one. A role's words may name figures of two
    measures: "出生人口80万人，出生率为8.5‰；死亡人口60万人，死亡率为6.2‰；自然增长率为2.3‰" names
    births both as a count and as a rate, and only the rates have their difference given."""
    fitting = [
        (a, b, gap)
        for a, b, gap in itertools.product(*roles)
        if len({a, b, gap}) == 3
        and reading.mentions[a].unit == reading.mentions[b].unit
        and same_family(reading.mentions[a].unit, reading.mentions[gap].unit, exact=True)
    ]
    return fitting[0] if len(fitting) == 1 else None


# a flow named by the verb straight after its figure ("62,000 left", "90,000 people have
# arrived"), one regex for each way (in, out)
_FLOW_AFTER = tuple(
    re.compile(
        r"(?:\s+(?!(?:never|not|nor|also|then)\b)(?P<noun>[^\W\d_]+))?\s+(?:have\s+|had\s+)?(?:"
        + "|".join(verbs)
        + r")\b",
        re.IGNORECASE,
    )
    for verbs in lx.FLOWS_NAMED_AFTER
)
_FLOWS_JOINED = re.compile(r"^\s*,?\s*(?:and|while|but|whereas)\s+$", re.IGNORECASE)
# after the second flow: the net of the two named before its figure, in the next clause
_NET_OF_FLOWS_NAMED = re.compile(
    r"^\s*[,，]\s*(?:(?:leaving|giving|making|for|with)\s+)?(?:a|an|the)\s+net\s+"
    r"(?P<way>gain|loss|increase|decrease|inflow|outflow|influx|migration)\s+(?:of\s+)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# after the net: its clause ends, maybe after the time of the flows ("for the week", "last
# year"); anything else may make it the net of something else ("a net gain of 12,000 on the
# season's average", "a net gain of 20 after 2 rejoined", "a net gain of $1.1bn in value")
_NET_ENDS_ITS_CLAUSE = re.compile(
    r"(?:\s+(?:(?:in|during|for|over)\s+the|this|last)\s+(?:"
    + "|".join(sorted(lx.TIME_NOUNS))
    + r")\b)?\s*(?:[,;.!?)]|$)",
    re.IGNORECASE,
)


def _flow_named_after(text: str, mention: Mention) -> tuple[int, int, str | None] | None:
    """The way a flow goes (0 in, 1 out) as the verb after its figure names it, where the verb
    ends, and the one noun counted between them (the mention may have taken the verb for its
    noun: "90,000 arrived", "4,100 families moved out"); None when no such verb follows."""
    for way, verb in enumerate(_FLOW_AFTER):
        named = verb.match(text, mention.end)
        if named is not None and named.end() >= end_of(mention):
            return way, named.end(), named.group("noun")
    return None


def _net_of_flows_named_after(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two flows of people named by the verb after each figure, one in and one out, then their
    net named as such: "62,000 left and 90,000 arrived, a net gain of 28,000". The net is the
    size of the gap between the flows (a margin, as for the flows named before their figures,
    `_named_difference`); the three count one thing (the later figures count no other noun)."""
    linked = {p for link in found for p in link.positions}
    levels = [p for p in _free_levels(reading, found) if p not in linked]
    if len(levels) != 3:
        return []
    first, second, net = (reading.mentions[p] for p in levels)
    ways = [_flow_named_after(text, m) for m in (first, second)]
    if ways[0] is None or ways[1] is None or {ways[0][0], ways[1][0]} != {0, 1}:
        return []
    if not _FLOWS_JOINED.match(text[ways[0][1] : second.start]):
        return []
    named = _NET_OF_FLOWS_NAMED.match(text[ways[1][1] : net.start])
    if named is None or not _NET_ENDS_ITS_CLAUSE.match(text, end_of(net)):
        return []
    nouns = {ways[1][2], net.noun} - {None, ways[0][2]}
    if not first.unit == second.unit == net.unit or nouns:
        return []
    reading.kinds[levels[2]] = "change"
    return [_net_link(named, levels[2], (levels[0], levels[1]), ways[0][0] == 0, reading)]


def _net_link(
    named: re.Match, net: int, flows: tuple[int, int], first_in: bool, reading: SentenceReading
) -> Link:
    """The net of two flows: named a gain or a loss, what came in less what went out (the word
    gives the net's sign: "62,000 left and 90,000 arrived, a net loss of 28,000" is wrong);
    named otherwise ("a net inflow of", "net migration of"), the size of the gap between them."""
    if named.group("way").lower() in ("gain", "loss"):
        inflow, outflow = flows if first_in else flows[::-1]
        return Link("change", (net, outflow, inflow), compares=True)
    low, high = sorted(flows, key=_value_at(reading))
    return Link("change", (net, low, high), compares=True, margin=True)


# the flow verb straight before a figure ("lost 1,200", "gained 1,500"), one for each way
_FLOW_VERB_BEFORE = tuple(
    re.compile(r"\b(?:" + "|".join(verbs) + r")\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)
    for verbs in lx.FLOW_VERBS
)
_FLOW_JOINED_BEFORE = tuple(
    re.compile(
        r"^\s*,?\s*(?:and|while|but)\s+(?:" + "|".join(verbs) + r")\s+" + lx.BEFORE_FIGURE + r"$",
        re.IGNORECASE,
    )
    for verbs in lx.FLOW_VERBS
)


def _net_of_flow_changes(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two flows one way and the other, each after its verb and read as changes, then their net
    named as such: "lost 1,200 jobs and gained 1,500, a net gain of 300". The flows are the
    two terms (levels of what moved) and the net the size of the gap between them."""
    linked = {p for link in found for p in link.positions}
    for first in range(len(reading.mentions) - 2):
        if {first, first + 1, first + 2} & linked:
            continue
        if reading.kinds[first : first + 3] != ["change", "change", "value"]:
            continue
        a, b, net = reading.mentions[first : first + 3]
        before = text[max(reading.start, a.start - 30) : a.start]
        ways = [w for w in (0, 1) if _FLOW_VERB_BEFORE[w].search(before)]
        if len(ways) != 1 or not _FLOW_JOINED_BEFORE[1 - ways[0]].match(text[end_of(a) : b.start]):
            continue
        named = _NET_OF_FLOWS_NAMED.match(text[end_of(b) : net.start])
        if named is None or not _NET_ENDS_ITS_CLAUSE.match(text, end_of(net)):
            continue
        if not a.unit == b.unit == net.unit or {b.noun, net.noun} - {None, a.noun}:
            continue
        if a.unit in ("%", "pp", "x"):
            continue  # percentage moves compound: "lost 1.2% and gained 1.5%" nets no 0.3%
        reading.kinds[first : first + 3] = ["value", "value", "change"]
        return [_net_link(named, first + 2, (first, first + 1), ways[0] == 0, reading)]
    return []


# a counted flow's verb straight before its figure ("opened 6,200", "laid off 500"), one for each
# way, and the other way's verb after the first flow ("and closed", ", while it shed")
_COUNTED_FLOW_BEFORE = tuple(
    re.compile(r"\b(?:" + "|".join(verbs) + r")\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)
    for verbs in lx.COUNTED_FLOW_VERBS
)
_COUNTED_FLOW_JOINED = tuple(
    re.compile(
        r"^(?:\s+[^\W\d_]+)?\s*,?\s*(?:and|while|but)\s+(?:(?:it|they|he|she)\s+)?(?:"
        + "|".join(verbs)
        + r")\s+"
        + lx.BEFORE_FIGURE
        + r"$",
        re.IGNORECASE,
    )
    for verbs in lx.COUNTED_FLOW_VERBS
)


def _net_of_counted_flows(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Things begun and things ended, each after its verb, then their net named as such:
    "opened 62,000 accounts and closed 90,000, a net loss of 28,000", "hired 300 staff and laid
    off 500, a net loss of 200". The second flow and the net count the first's noun or none
    ("closed 90 branches" counts other things), and the net ends its clause."""
    linked = {p for link in found for p in link.positions}
    levels = [p for p in _free_levels(reading, found) if p not in linked]
    for first, second, net in zip(levels, levels[1:], levels[2:], strict=False):
        if net - first != 2:
            continue
        a, b, n = (reading.mentions[p] for p in (first, second, net))
        before = text[max(reading.start, a.start - 30) : a.start]
        ways = [w for w in (0, 1) if _COUNTED_FLOW_BEFORE[w].search(before)]
        # the first flow's noun may run past its figure ("opened 62,000 accounts and closed")
        if len(ways) != 1 or not _COUNTED_FLOW_JOINED[1 - ways[0]].match(text[a.end : b.start]):
            continue
        named = _NET_OF_FLOWS_NAMED.match(text[end_of(b) : n.start])
        if named is None or not _NET_ENDS_ITS_CLAUSE.match(text, end_of(n)):
            continue
        if not a.unit == b.unit == n.unit or a.unit in ("%", "pp", "x"):
            continue
        if {b.noun, n.noun} - {None, a.noun}:
            continue
        reading.kinds[net] = "change"
        return [_net_link(named, net, (first, second), ways[0] == 0, reading)]
    return []


# between a named difference and its two terms: another clause of its own (a semicolon, with
# maybe a time of its own: "...; in 2022 the net outflow was"), or a part of it (其中净迁入)
_DIFFERENCE_SET_APART = re.compile(r"[;；]|其中|其内")


def _difference_set_apart(
    reading: SentenceReading, text: str, gap: int, terms: tuple[int, int]
) -> bool:
    """Whether a semicolon or 其中 stands between a named difference and its terms, so that it
    may be another year's or a part's ("inflows of €12bn and outflows of €15bn in 2023; in 2022
    the net outflow was €5bn", 迁入12万人，迁出5万人，其中净迁入省外人口3万人): the drafter's
    reading, a note at most."""
    m = reading.mentions
    if gap > max(terms):
        between = text[end_of(m[max(terms)]) : m[gap].start]
    else:
        between = text[end_of(m[gap]) : m[min(terms)].start]
    found = _DIFFERENCE_SET_APART.search(between)
    if found is None or found.group() not in ";；":
        return found is not None
    # a list of the three set off by semicolons alike ("出生率11.6‰；死亡率4.5‰；自然增长率7.1‰")
    return found.group() not in text[end_of(m[min(terms)]) : m[max(terms)].start]


# between a level and its own change in points, in one clause: "出生率9.84‰,比上年下降0.61个
# 千分点", "a birth rate of 9.8 per 1,000, down 0.4 points"
_OWN_CHANGE_GAP = re.compile(r"^[^\d;；。.:：!?！？]{0,24}$")
_POINT_UNITS = ("pp", "千分点")


def _named_difference_of_changes(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """The three levels of a named difference (`_named_difference`: births, deaths, natural
    growth), each followed in its clause by its change in points: the difference's change is
    the gap between the two others' changes, as its level is the gap between their levels
    ("出生率9.84‰,比上年下降0.61个千分点;死亡率6.27‰,上升0.14个千分点;自然增长率3.57‰,下降0.75
    个千分点"). Changes in points only: percentage changes of the three do not subtract."""
    links = []
    for link in found:
        if link.type != "change" or not link.margin or not link.compares:
            continue
        changes = [_own_change_in_points(reading, text, p) for p in link.positions]
        if None in changes or len(set(changes)) != 3:
            continue
        gap, low, high = (c for c in changes if c is not None)
        links.append(
            Link("change", (gap, low, high), compares=True, margin=True, stated=link.stated)
        )
    return links


def _own_change_in_points(reading: SentenceReading, text: str, level: int) -> int | None:
    """The change in points right after a level in its clause, none linked yet."""
    change = level + 1
    if change >= len(reading.mentions) or reading.kinds[change] != "change":
        return None
    if reading.mentions[change].unit not in _POINT_UNITS:
        return None
    between = text[end_of(reading.mentions[level]) : reading.mentions[change].start]
    return change if _OWN_CHANGE_GAP.match(between) else None


_QUALIFIED_AFTER = re.compile(
    r"\s+(?:of|with|to|from|for|in|on|by|among|amongst)\s+(?:the\s+)?[^\W\d_]", re.I
)
_QUALIFIED_BEFORE = re.compile(
    r"(?<!['’])\b(?!(?:the|a|an|and|its|their|total|overall|annual|monthly|yearly|net|while|"
    r"but|with|as|leaving|giving|making|for|of|was|were|is|are|"
    # a verb moving the difference to its figure: "widening the deficit to $138bn"
    r"widening|narrowing|pushing|taking|bringing|cutting|lifting)\b)[a-z]+\s+$",
    re.IGNORECASE,
)


_INSTEAD_OF = re.compile(
    r"^\s*,?\s*(?:instead\s+of|rather\s+than|and\s+not|not)\s+(?:the\s+|a\s+|an\s+)?$"
    r"|^\s*[,，]?\s*(?:而非|而不是|并非)\s*$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)），。；！？]|$)")


def _alternative_figure(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A change and, straight after it, the figure the text offers in its place: "he put the
    increase at 150 percent instead of 50 percent", "a rise of 21%, not 12%". The two are
    candidates for one change (a correction's wrong figure and the right one): the second is
    linked wherever the first is (`alternative`: the figure, its alternative). The alternative
    must close its clause ("instead of the 50% planned" is another quantity)."""
    links = []
    for first in range(len(reading.mentions) - 1):
        a, b = reading.mentions[first], reading.mentions[first + 1]
        if reading.kinds[first] not in ("change", "cagr") or a.unit != b.unit:
            continue
        if a.unit not in ("%", "pp", "x") and not same_family(a.unit, b.unit, exact=True):
            continue
        if not _INSTEAD_OF.match(text[end_of(a) : b.start]):
            continue
        if not _CLAUSE_ENDS.match(text, end_of(b), reading.end):
            continue
        reading.kinds[first + 1] = reading.kinds[first]
        links.append(Link("alternative", (first, first + 1), stated=False))
    return links


# where the words leading to a figure start: the last strong clause mark before it, then the
# last two of the clauses a comma parts ("; unrounded, the vacancy rate is 6.372 percent")
_STRONG_MARKS = re.compile(r"[;:；：(（—–]")
_COMMAS = re.compile(r"[,，]")


def written_step(mention: Mention) -> Fraction:
    """The step of a figure's last written digit, its scale counted ("6.372" 0.001, "4.2
    billion" 100 million, "1,411,778,724" 1)."""
    number = mention.number.replace(",", "")
    decimals = len(number.split(".", 1)[1]) if "." in number else 0
    return Fraction(1, 10**decimals) * vocabulary.SCALES.get((mention.scale or "").lower(), 1)


def _rounded_again(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level and, next in its sentence, the same level written with other rounding, said so
    by the words leading to the second or straight after it: "the vacancy rate rose to 6.4
    percent; unrounded, it is 6.372 percent", "$4.2 billion ($4.17 billion before rounding)", "1.4
    billion, or 1,411,778,724 to be exact", 约1.4亿人，精确数字为1.4128亿人. One quantity stated
    twice (`rounded_again`: the second, the first): the conflict rule compares them.
    Both written in one unit, their last digits at different steps (a rounding restates with
    fewer digits or more)."""
    links = []
    for second in range(1, len(reading.mentions)):
        first = second - 1
        a, b = reading.mentions[first], reading.mentions[second]
        if reading.kinds[first] != "value" or reading.kinds[second] != "value":
            continue
        if a.unit != b.unit or "/" in a.number + b.number:
            continue
        gap = _STRONG_MARKS.split(text[end_of(a) : b.start])[-1]
        lead = " ".join(_COMMAS.split(gap)[-2:])
        said = lx.ROUNDED_AGAIN_BEFORE_RE.search(lead) or lx.ROUNDED_AGAIN_AFTER_RE.match(
            text, end_of(b), reading.end
        )
        if said and written_step(a) != written_step(b):
            links.append(Link("rounded_again", (second, first)))
    return links


_TAKEN_FROM_ZH = re.compile(r"^[^\d。；;,，]{0,4}(?:扣除|减去|減去|减除|減除|剔除)\s*$")
_LEAVES_ZH = re.compile(r"^[^\d。；;,，]{0,2}(?:后|後)?(?:为|為|是|剩|剩余|剩餘)\s*$")
_TAKEN_FROM_EN = re.compile(r"^\s*(?:less|after\s+(?:deducting|subtracting))\s+$", re.IGNORECASE)
_LEAVES_EN = re.compile(r"^\s*(?:leaves|leaving|is|gives|comes\s+to)\s+$", re.IGNORECASE)


def _remainder_written_out(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A figure taken out of a total and what remains, written out: "从利润156.4亿元中扣除18.4
    亿元后为138亿元", "$900 less $150 leaves $750". The total is the sum of the two."""
    links = []
    for first in range(len(reading.mentions) - 2):
        a, b, c = reading.mentions[first : first + 3]
        if reading.kinds[first : first + 3] != ["value", "value", "value"]:
            continue
        if not (a.unit == b.unit == c.unit) or a.unit in ("%", "pp", "x"):
            continue
        taken, leaves = text[end_of(a) : b.start], text[end_of(b) : c.start]
        if (_TAKEN_FROM_ZH.match(taken) and _LEAVES_ZH.match(leaves)) or (
            _TAKEN_FROM_EN.match(taken) and _LEAVES_EN.match(leaves)
        ):
            links.append(Link("sum", (first, first + 1, first + 2)))
    return links


_PARTS_OPEN = re.compile(
    r"(?:\bof\s+wh(?:ich|om)|\bamong\s+(?:them|which|whom)|\bincluding|\binclud(?:e|es|ed)|其中|"
    r",\s*with\b)"
    r"[\s,，:：]*",
    re.IGNORECASE,
)


# "450 arrests, 300 of them for theft": the first part says whose part it is after its figure
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)


# a preposition straight before a figure: what it counts frames another count ("82 in 19
# matches", "300 across 12 stores"), it is not the whole "of them" points back at
_FRAMING_BEFORE = re.compile(r"\b(?:in|across|over|from|among|at)\s+$", re.IGNORECASE)
# words after a figure that make it a total of its own, not one more part ("68 of them and
# 103 in the league overall")
_TOTAL_OF_ITS_OWN = re.compile(
    r"[^,;.\d]{0,40}?\b(?:overall|in\s+all|in\s+total|altogether)\b", re.IGNORECASE
)


def _counted_whole(reading: SentenceReading, text: str, levels: list[int], at: int) -> int | None:
    """The level a part at `levels[at]` is counted out of: the level before it, or, when a
    preposition frames that one ("There were 82 in 19 matches; 68 of them"), the one before
    that (None if there is none)."""
    whole = levels[at - 1]
    if _FRAMING_BEFORE.search(text[reading.start : reading.mentions[whole].start]):
        return levels[at - 2] if at >= 2 else None
    return whole


_CLAUSE_MARK = re.compile(r"[,，;；:：。]")


def _named_as_an_average(reading: SentenceReading, text: str, whole: int) -> bool:
    """Whether the clause of a whole names it as an average over people, before its figure."""
    start = reading.start
    for mark in _CLAUSE_MARK.finditer(text, reading.start, reading.mentions[whole].start):
        start = mark.end()
    return lx.AVERAGE_WHOLE_RE.search(text, start, reading.mentions[whole].start) is not None


def _no_part(
    text: str, named: str, figure: Mention, after_a_part: bool, in_an_aside: bool = False
) -> bool:
    """Whether a figure after a whole's announced parts, `named` the words before it, is no
    further part of that whole. Parts in an aside ("2,000 branches, 300 of them rural, ...")
    go on only after a list's joint: "..., employ 40,000 staff" is the sentence's verb again."""
    if lx.BALANCE_RE.search(named):
        return True  # "exports A, imports B, a surplus of C": the gap is no part
    if lx.RESULT_ITEM_BEFORE_RE.search(named) or lx.RESULT_ITEM_AFTER_RE.match(
        text, end_of(figure)
    ):
        return True  # "2 cents a share, including 4 cents in charges": no part of it
    if not after_a_part:
        return False
    return bool(
        (in_an_aside and not _LIST_WORD_LAST.search(named))
        or _TOTAL_OF_ITS_OWN.match(text, end_of(figure))
        # 其余为中学，共有教师5000人: the rest named with no figure ends the parts
        or _REST_WITHOUT_FIGURE.search(named)
        # 其中A 500亿元、B 400亿元，同时核定的C为2039亿元: C is no part
        or lx.MOVES_ON_RE.search(named)
    )


def _whole_and_parts(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A total and the parts announced after it: "T in all, of which A ... and B", "among
    them", "including", 其中."""
    levels = _free_levels(reading, found)
    links = []
    for at in range(1, len(levels)):
        next_level = levels[at]
        opener = _PARTS_OPEN.search(
            text, reading.mentions[levels[at - 1]].end, reading.mentions[next_level].start
        )
        of_them = opener is None
        if opener is None:
            opener = _OF_THEM_AFTER.match(text, end_of(reading.mentions[next_level]))
            whole = _counted_whole(reading, text, levels, at) if opener else None
        else:
            whole = levels[at - 1]
        if opener is None or whole is None:
            continue
        unit = reading.mentions[whole].unit
        if unit in ("%", "pp") or "/" in reading.mentions[whole].number:
            break  # "3 in 10 adults, including 4 in 10 men": rates of two wholes, no parts
        if _named_as_an_average(reading, text, whole):
            break  # 平均失业周数26.8周，其中初次寻职者33.0周: groups' averages, no parts
        parts: list[int] = []
        for part in levels[levels.index(next_level) :]:
            if not same_family(unit, reading.mentions[part].unit, exact=True):
                break
            if _counted_in_other_counters(reading.mentions[whole], reading.mentions[part]):
                break  # 放映电影120万场，其中观众超过10亿人次: showings and admissions
            before = reading.mentions[parts[-1] if parts else whole]
            named = text[end_of(before) : reading.mentions[part].start]
            if _no_part(text, named, reading.mentions[part], bool(parts), of_them):
                break
            if parts and _sibling_of_the_whole(reading, text, whole, parts[-1], part):
                break
            if parts and _PARTS_OPEN.search(named):
                # parts announced again: the level before them is a whole of its own (其中高铁
                # 4.5万公里；公路总里程543.68万公里，其中高速公路18.36万公里)
                parts.pop()
                break
            parts.append(part)
        if the_rest_last(reading, text, parts):
            return [Link("sum", (whole, *parts))]  # "..., and the rest, B": every part
        if opener.group(0).lstrip(", ").lower().startswith("with"):
            return []  # "with A" alone names no part
        links += [Link("part", (part, whole)) for part in parts]
        if len(parts) >= 2 and _parts_of_one_dimension(reading, text, parts):
            links.append(Link("parts_within", (whole, *parts)))
        break
    return links


# a list's joint straight before its next item: "300 of them rural, 200 urban", "... and 200"
_LIST_WORD_LAST = re.compile(r"(?:[,、，]|\band|\bor)\s*$", re.IGNORECASE)
_LEAD_IN_EDGE = re.compile(r"[,，;；:：。、]|其中")
_SEMICOLON = re.compile(r"[;；]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _lead_in(text: str, reading: SentenceReading, figure: int) -> str:
    """The words of a figure's own clause before it (after the last clause mark or 其中)."""
    words = text[reading.start : reading.mentions[figure].start]
    cut = 0
    for mark in _LEAD_IN_EDGE.finditer(words):
        cut = mark.end()
    return words[cut:]


def _common_ending(a: str, b: str) -> int:
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    return size


def _sibling_of_the_whole(
    reading: SentenceReading, text: str, whole: int, last_part: int, part: int
) -> bool:
    """Whether a Chinese figure after a semicolon is named like the whole rather than like the
    part before it: the whole's sibling, not one more part (国内航线完成旅客运输量3900万人次，
    其中港澳航线完成100万人次；国际航线完成旅客运输量400万人次: the international figure is
    no part of the domestic one). Parts named alike go on (其中，第一产业用电量…；第二产业用电量…)."""
    if not _SEMICOLON.search(text, reading.mentions[last_part].end, reading.mentions[part].start):
        return False
    own = _lead_in(text, reading, part)
    if not _CJK.search(own):
        return False
    like_whole = _named_alike(own, _lead_in(text, reading, whole))
    return like_whole >= 2 and like_whole > _named_alike(own, _lead_in(text, reading, last_part))


def _named_alike(own: str, other: str) -> int:
    """How many characters two Chinese names share at the end (国际航线完成旅客运输量,
    国内航线完成旅客运输量), or that open the first and stand in the other (一般公共预算支出 after
    全年一般公共预算收入: the budget's other side, named by the same opening words). An opening
    of two characters is left out: it is often a scope a part shares with its whole (户籍女性
    under 户籍人口)."""
    opening = 0
    while opening < len(own) and own[: opening + 1] in other:
        opening += 1
    return max(_common_ending(own, other), opening if opening >= 3 else 0)


def _counted_in_other_counters(whole: Mention, part: Mention) -> bool:
    """Whether two Chinese counts are written with different classifiers (场 and 人次): things
    of two kinds, neither a part of the other."""
    counters = {whole.noun, part.noun}
    return len(counters) == 2 and counters <= lx.CJK_COUNTER_WORDS


# the one whole two shares are of: "of (the) voters", "of the total", 占受访者的 (a word of
# either sex in it makes the sexes wholes of their own: "47% of male voters")
_SHARE_WHOLE = re.compile(
    r"\bof\s+(?:the\s+|all\s+)?(?P<whole>[a-z][a-z-]*)\b|占(?P<whole_zh>[\u4e00-\u9fff]{1,8}?)的",
    re.IGNORECASE,
)


# a whole Chinese names after a share (55%的受访家庭)
_SHARE_WHOLE_AFTER_ZH = re.compile(r"%的([\u4e00-\u9fff]{1,8})")


def _shares_of_each_sex(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two percentages of one whole, one for each sex ("Women made up 52% of voters and men
    46%", "46% of voters were men and 52% women", 男性占受访者的49%，女性占51%): no one is of
    both sexes, so the two add up to at most 100 % (some may be neither, so not exactly)."""
    positions = [p for p, m in enumerate(reading.mentions) if m.unit == "%"]
    if len(positions) != 2 or any(reading.kinds[p] not in ("value", "share") for p in positions):
        return []
    if any(positions[0] in link.positions or positions[1] in link.positions for link in found):
        return []
    words = text[reading.start : reading.end]
    if [len(sex.findall(words)) for sex in lx.SEXES] != [1, 1]:
        return []
    if sex_shares_whole(words) is None:
        return []
    return [Link("sex_shares", tuple(positions), stated=True)]


def sex_shares_whole(words: str) -> str | None:
    """The one whole a sentence names its shares of ("of voters"), or None: none, more than
    one, or one a sex or a time names ("of male voters", "of the year")."""
    wholes = list(_SHARE_WHOLE.finditer(words))
    if len(wholes) != 1:
        return None
    whole = wholes[0].group("whole") or wholes[0].group("whole_zh")
    if any(sex.search(whole) for sex in lx.SEXES) or whole.lower() in lx.TIME_NOUNS:
        return None
    if any(not other.startswith(whole) for other in _SHARE_WHOLE_AFTER_ZH.findall(words)):
        return None  # 男性占受访者的49%，女性占55%的受访家庭: the second share is of another whole
    return whole.lower()


def _one_of_each_sex(reading: SentenceReading, text: str, parts: list[int]) -> bool:
    """Whether each of two parts is named by one sex, each by another, in its words up to the
    next part or the clause's end ("of whom 500 were boys and 480 girls")."""
    sexes = []
    for at, part in enumerate(parts):
        start = reading.mentions[part].end
        end = reading.end if at == len(parts) - 1 else reading.mentions[parts[at + 1]].start
        words = _CLAUSE_MARK.split(text[start:end])[0]
        named = [number for number, sex in enumerate(lx.SEXES) if sex.search(words)]
        if len(named) != 1:
            return False
        sexes += named
    return sorted(sexes) == [0, 1]


def _parts_of_one_dimension(reading: SentenceReading, text: str, parts: list[int]) -> bool:
    """Whether the parts announced after a whole cannot overlap, so that their sum is at most
    the whole: one part of each sex ("of whom 500 are boys and 480 are girls"), or of each of
    other kinds no member of one is of another (其中重工业600亿元，轻工业400亿元; "of which 600 were
    approved and 500 rejected"). Parts named otherwise may overlap however alike the text
    writes them ("400 in wards and 250 in intensive care units", "£3.1bn of goods and £2.4bn
    of machinery", "600 in Britain and 500 in London", "600 about noise and 400 about
    parking"): the text never states that they do not, and an error needs a link the text
    states."""
    if len(parts) == 2 and _one_of_each_sex(reading, text, parts):
        return True
    return _one_of_each_exclusive_kind(reading, text, parts)


_CLAUSE_OR_LIST_MARK = re.compile(r"[,，;；:：。、]")


def _one_of_each_exclusive_kind(reading: SentenceReading, text: str, parts: list[int]) -> bool:
    """Whether each part is named by another member of one set of kinds that cannot overlap
    (`lx.EXCLUSIVE_KINDS`, `lx.COMPLETE_PARTITIONS`), each by one member only: in its words
    after it up to the next part (English), or before it from the figure before (Chinese)."""
    if lx.AVERAGE_WHOLE_RE.search(text, reading.start, reading.mentions[parts[0]].start):
        return False  # 月均工资…，其中全日制职工…: the groups' own averages, no parts of it
    chinese = bool(_CJK.search(text, reading.start, reading.end))
    words = []
    for at, part in enumerate(parts):
        mention = reading.mentions[part]
        if chinese:
            before = reading.mentions[part - 1] if part > 0 else None
            start = end_of(before) if before is not None else reading.start
            words.append(_CLAUSE_OR_LIST_MARK.split(text[start : mention.start])[-1])
        else:
            end = reading.end if at == len(parts) - 1 else reading.mentions[parts[at + 1]].start
            words.append(_CLAUSE_MARK.split(text[mention.end : end])[0])  # its noun too
    for kinds in (*lx.EXCLUSIVE_KINDS, *lx.COMPLETE_PARTITIONS):
        named = [[k for k, kind in enumerate(kinds) if _named_as(kind, w, chinese)] for w in words]
        if all(len(n) == 1 for n in named) and len({n[0] for n in named}) == len(parts):
            if chinese and _kinds_of_other_things_zh(kinds, words):
                continue
            return True
    return False


def _kinds_of_other_things_zh(kinds: tuple[re.Pattern[str], ...], words: list[str]) -> bool:
    """Whether Chinese parts named by kinds that cannot overlap go on to name two different
    things after the kind, by their last two characters (其中本地出生600万人；外地来本市务工人员250万人:
    migrant workers are no kind of the registered residents), not one thing or nothing
    (公办学校/民办学校, 重工业/轻工业)."""
    rests = set()
    for w in words:
        opened = _PARTS_OPENER_ZH.sub("", w, count=1)
        for kind in kinds:
            found = kind.match(opened)
            if found:
                rest = _NOT_A_NAME_ZH.sub("", opened[found.end() :])
                if rest:
                    rests.add(rest[-2:])  # the head noun (中央企业利润, 地方国有企业利润: 利润)
    return len(rests) > 1


# what a part is with or for, not what it is ("600 households with children"): no kind of it
_NOT_WHAT_IT_IS = re.compile(
    r"\b(?:with|without|having|has|have|had|whose|for|to|from|by|against|on|about|over|under|"
    r"near|than|like|including|plus)\b",
    re.IGNORECASE,
)
_PARTS_OPENER_ZH = re.compile(r"^\s*(?:其中|包括|含)?\s*")


def _named_as(kind: re.Pattern[str], words: str, chinese: bool) -> bool:
    """Whether a part's words name it as of `kind`: Chinese opening on it (其中重工业, 民办学校),
    English with no word of what it is with or for before it ("800 study full-time", not
    "600 households with children")."""
    if chinese:
        return kind.match(_PARTS_OPENER_ZH.sub("", words, count=1)) is not None
    found = kind.search(words)
    return found is not None and not _NOT_WHAT_IT_IS.search(words, 0, found.start())


_THE_REST = re.compile(
    r"\b(?:the\s+(?:rest|remainder|remaining|balance|others?)|(?:all\s+)?others)\b|其余|其餘|剩余|剩餘",
    re.IGNORECASE,
)


# the rest of a whole named and its clause ended before any figure of its own
_REST_WITHOUT_FIGURE = re.compile(r"(?:其余|其餘|剩余|剩餘)[^\d，；;]*[，；;]")


def the_rest_last(reading: SentenceReading, text: str, parts: list[int]) -> bool:
    """Whether the last of two parts or more is said to be the rest of the whole ("$6m on
    roads and the rest, $4m, on schools", 其余4亿元), with no figure of a share between."""
    if len(parts) < 2 or parts != list(range(parts[0], parts[-1] + 1)):
        return False
    last = reading.mentions[parts[-1]]
    start = end_of(reading.mentions[parts[-2]])
    return bool(_THE_REST.search(text[start : last.start + 1])) or bool(
        re.match(
            r"^[\s,，]*(?:for|on|in|to|from|went\s+to)?\s*the\s+rest\b", text[end_of(last) :], re.I
        )
    )


_OF_THE_WHOLE_OPENING = re.compile(
    r"^\W*(?:of|among|out\s+of)\s+(?:the|all|all\s+the|these|those|its|their)?\s*"
    r"(?:[\w-]+['’]s\s+)?$",  # "Of the city's 2.4 million residents, ..."
    re.IGNORECASE,
)
# a relative clause may say what the whole is ("Of the 1,250 places the county's new secondary
# schools will offer, 700 ...")
_WHOLE_THEN_PARTS = re.compile(
    r"^[^\d;:.!?()]{0,60},\s*"
    # the first part's owner and a verb of having: "Of the £612 million budget, adult care takes"
    r"(?:(?:[^\W\d_]+['’]?\s+){1,3}(?:takes|took|gets|got|receives|received)\s+)?"
    + lx.BEFORE_FIGURE
    + r"$"
)
# a year or a fiscal year that may date the whole ("for 2027-28")
_YEAR_OR_FISCAL = re.compile(r"\b(?:1[89]|20)\d\d(?:[-/–](?:\d\d){1,2})?\b")


def _whole_named_first(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A sentence opening on a whole and going on to its parts: "Of the 500 respondents, 320
    said yes and 180 said no". Every level of the whole's unit after it is a part."""
    levels = _free_levels(reading, found)
    if len(levels) < 2 or levels[0] != 0:
        return []
    whole, mention = levels[0], reading.mentions[levels[0]]
    if mention.unit in ("%", "pp", "x") or "/" in mention.number:
        return []
    if not _OF_THE_WHOLE_OPENING.match(text[reading.start : mention.start]):
        return []
    # a year may date the whole ("Of the 3,600 homes to be built by 2030, 1,400 ...")
    gap = _YEAR_OR_FISCAL.sub("", text[end_of(mention) : reading.mentions[levels[1]].start])
    if not _WHOLE_THEN_PARTS.match(gap):
        return []
    # the parts end where a part of a part begins ("...; of those, 100", "100 of them") or
    # where a semicolon opens another statement
    end = _PARTS_OF_A_PART.search(text, end_of(mention), reading.end)
    limit = min(
        end.start() if end else reading.end,
        _flow_the_other_way(reading, text, whole, levels[1:]),
    )
    parts = [
        p
        for p in levels[1:]
        if reading.mentions[p].start < limit
        and not OF_THEM_AFTER.match(text[end_of(reading.mentions[p]) : reading.end])
        and same_family(mention.unit, reading.mentions[p].unit, exact=True)
        # "20 - a quarter - have", "..., about one in eight": a fraction restates a part's share,
        # no count of the whole's members
        and is_amount(reading, p)
        # "..., a total of 500": the parts' own total is no part of its own
        and not _TOTAL_BEFORE.search(
            text, max(reading.start, reading.mentions[p].start - 40), reading.mentions[p].start
        )
        # "Of the 12 trains, 4 run at night, each carrying 400 people": what each part has
        and not _EACH_HAS_BEFORE.search(
            text, max(reading.start, reading.mentions[p].start - 25), reading.mentions[p].start
        )
        and not _of_a_kind_the_whole_is_not(reading, text, whole, p)
    ]
    links = [Link("part", (part, whole)) for part in parts]
    if len(parts) >= 2 and _parts_of_one_dimension(reading, text, parts):
        links.append(Link("parts_within", (whole, *parts)))
    return links


# a whole named by the way its members moved ("Of the 62,000 who left"), one regex for each way
_WHOLE_OF_A_FLOW = tuple(
    re.compile(
        r"\s+(?:who|that|which)\s+(?:have\s+|had\s+)?(?:" + "|".join(verbs) + r")\b",
        re.IGNORECASE,
    )
    for verbs in lx.FLOWS_NAMED_AFTER
)


def _flow_the_other_way(reading: SentenceReading, text: str, whole: int, later: list[int]) -> int:
    """Where the first figure after a whole named by a flow ("Of the 62,000 who left") that a
    verb names the other flow begins ("..., and 90,000 arrived"): those who came are no part of
    those who left. The sentence's end where there is none."""
    mention = reading.mentions[whole]
    ways = [w for w, flow in enumerate(_WHOLE_OF_A_FLOW) if flow.match(text, end_of(mention))]
    if len(ways) != 1:
        return reading.end
    for p in later:
        flow = _flow_named_after(text, reading.mentions[p])
        if flow is not None and flow[0] != ways[0]:
            return reading.mentions[p].start
    return reading.end


def _of_a_kind_the_whole_is_not(reading: SentenceReading, text: str, whole: int, part: int) -> bool:
    """Whether a figure after a whole is named by one of a set of kinds that cannot overlap
    while the whole's own words name another of them ("Of the 3,000 applications from adults,
    2,000 were granted; 1,500 children's claims were refused": the children's claims are no
    part of the adults' applications)."""
    # each figure's noun and the words after it up to its clause's end
    whole_words = _CLAUSE_MARK.split(text[reading.mentions[whole].end : reading.end])[0]
    part_words = _CLAUSE_MARK.split(text[reading.mentions[part].end : reading.end])[0]
    for kinds in (lx.SEXES, *lx.EXCLUSIVE_KINDS, *lx.COMPLETE_PARTITIONS):
        of_whole = {k for k, kind in enumerate(kinds) if kind.search(whole_words)}
        of_part = {k for k, kind in enumerate(kinds) if _named_as(kind, part_words, False)}
        if len(of_whole) == 1 and of_part and not of_part & of_whole:
            return True
    return False


# a size of each counted thing before its figure: "each carrying", "every one with", "each has"
_EACH_HAS_BEFORE = re.compile(r"\b(?:each|every)\b[^\d,;:.]{0,20}$", re.IGNORECASE)
_OF_A_PART = r"\bof\s+(?:them|those|these|whom)\b"
# a semicolon opening another statement, not the next item of a list ("; B 3,800")
_PARTS_OF_A_PART = re.compile(
    r";\s*(?!the\s+(?:rest|remainder|balance|others)\b)(?:the|a|an|its|their|this|these|those|of)\b|"
    + _OF_A_PART,
    re.IGNORECASE,
)


# after a part's clause, a comma and a share closing the sentence: "Of the 800 staff asked, 200
# said they would leave, about one in four"
# a rate, share or proportion named before its figure, of a kind or none ("a punctuality rate
# of", "a share of"), not one of another whole or an aim ("a target rate of 95%")
_NAMED_SHARE_OF = (
    r"an?\s+(?:(?!(?:" + "|".join(sorted(lx.OTHER_RATE_WORDS)) + r")\s)(?P<kind>[a-z-]+)\s+)?"
    r"(?P<named>rate|share|proportion)\s+of\s+"
)
_SHARE_CLOSING_CLAUSE = re.compile(
    r"^[^\d;:.!?()%]{0,60},\s*"
    # or named: "16,380 arrived on time, a punctuality rate of 90%"
    r"(?:" + _NAMED_SHARE_OF + r")?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_SENTENCE_CLOSES = re.compile(r"^\s*(?:[.;!?；。]|$)")


def _share_closing_its_part(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A share set off by a comma at the end of a sentence, after the clause of a part of a whole
    the sentence opened on: "Of the 800 staff asked, 200 said they would leave, about one in
    four". The share is the part's share of that whole (the part link `_whole_named_first`
    read); nothing but the part's own words may stand between them."""
    share = len(reading.mentions) - 1
    if share < 2 or not is_share_figure(reading.mentions[share]):
        return []
    if reading.kinds[share] not in ("value", "share"):
        return []
    if any(share in link.positions for link in found):
        return []
    wholes = {link.positions[0]: link.positions[1] for link in found if link.type == "part"}
    part = share - 1
    while part > 0 and reading.mentions[part].unit in _LENGTHS:
        part -= 1  # "arrived within five minutes of the timetable": how, not a part
    if part not in wholes or reading.kinds[part] != "value":
        return []
    m = reading.mentions[share]
    gap = text[end_of(reading.mentions[part]) : m.start]
    for length in reading.mentions[part + 1 : share]:  # "within 30 seconds": the length as a word
        gap = gap.replace(text[length.start : end_of(length)], "span", 1)
    if not _SHARE_CLOSING_CLAUSE.match(gap):
        return []
    if not _SENTENCE_CLOSES.match(text[m.end : reading.end]):
        return []
    reading.kinds[share] = "share"
    return [Link("share", (share, part, wholes[part]))]


# 受访的1200名毕业生中，近七成已落实工作，共计826人: a whole, the share of it that did something,
# then the count that share makes
_SCOPE_THEN_SHARE_ZH = re.compile(r"^[^\d，,。；;:：]{0,12}中\s*[，,]\s*$")
_COUNT_OF_SHARE_ZH = re.compile(r"^[^\d，,。；;:：]{0,16}[，,]\s*(?:共计|合计|总计|共有|共|计)$")


def _share_of_scope_counted_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A whole closed by 中, a share of it (七成, 70%) and the count that share makes, after 共计
    (共, 合计): "受访的1200名毕业生中，近七成已落实工作，共计826人"."""
    taken = {p for link in found for p in link.positions}
    links = []
    for whole in range(len(reading.mentions) - 2):
        share, part = whole + 1, whole + 2
        if {whole, share, part} & taken or not is_share_figure(reading.mentions[share]):
            continue
        if not (is_amount(reading, whole) and is_amount(reading, part)):
            continue
        w, m, a = reading.mentions[whole : part + 1]
        if w.unit != a.unit or reading.kinds[share] not in ("value", "share"):
            continue
        if _SCOPE_THEN_SHARE_ZH.match(text[end_of(w) : m.start]) and _COUNT_OF_SHARE_ZH.match(
            text[m.end : a.start]
        ):
            reading.kinds[share] = "share"
            links.append(Link("share", (share, part, whole)))
    return links


# 共有6.8万名考生参加高考，本科上线4.9万人，上线率为72.1%: a whole, a part, and the rate named
# by the part's own words; what is counted may stand between 共有 and the whole (共有监测断面50
# 个，其中达标断面46个，达标率为92.0%), not 公共 (公共预算)
_WHOLE_COUNTED_ZH = re.compile(r"(?:共有|共计|总共|合计|(?<![公一])共)[^\d，,。；;]{0,12}$")
_RATE_NAMED_ZH = re.compile(r"[，,]\s*(?P<name>[\u4e00-\u9fff]{1,4})率\s*(?:为|达到?|是)?\s*$")
_PART_CLAUSE_ZH = re.compile(r"^[^\d。；;]{0,20}[，,][^\d。；;，,]{0,12}$")


def _rate_named_by_its_part_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A whole after 共有, a part in the next clause and a rate closing the sentence, named by
    the part's own words: "共有6.8万名考生参加高考，本科上线4.9万人，上线率为72.1%". A rate named
    otherwise (利润率 after a count of firms in profit) is another quantity. A part of 其中
    already tied to its whole is still the rate's part."""
    taken = {p for link in found if link.type != "part" for p in link.positions}
    links = []
    for whole in range(len(reading.mentions) - 2):
        part, rate = whole + 1, whole + 2
        if {whole, part, rate} & taken or reading.mentions[rate].unit != "%":
            continue
        if not (is_amount(reading, whole) and is_amount(reading, part)):
            continue
        w, a, m = reading.mentions[whole : rate + 1]
        if w.unit != a.unit or a.value >= w.value:
            continue
        named = _RATE_NAMED_ZH.search(text, end_of(a), m.start)
        if named is None or not _WHOLE_COUNTED_ZH.search(text, reading.start, w.start):
            continue
        if not _PART_CLAUSE_ZH.match(text[end_of(w) : a.start]):
            continue
        if named.group("name") in text[end_of(w) : a.start]:
            reading.kinds[rate] = "share"
            links.append(Link("share", (rate, part, whole)))
    return links


_TOTAL_BEFORE = re.compile(
    r"(?:,|--|—|–|:)\s*(?:for\s+)?(?:a|the)\s+(?:combined\s+|grand\s+)?total\s+of\s+"
    + lx.BEFORE_FIGURE
    + r"$|"
    r",\s*(?:totall?ing|adding\s+up\s+to|together\s+(?:making|worth)|together|"
    r"(?:for\s+)?a\s+combined|(?:for\s+)?a\s+total\s+of)\s+$|"
    r"[,，]\s*(?:合计|共计|总计|總計|合共|总共|總共|一共|共)(?:有|为|為|达|達)?\s*$|"
    # "... and education (£30bn) together came to £70bn"
    r"\b(?:together|combined|between\s+them)\s+(?:came|come|comes|amounted|amount|amounts|"
    r"added\s+up|add\s+up|adds\s+up|totall?ed|totals?|made|make|makes)\s+(?:to\s+)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# "..., $80 million in total", "..., or 1,000 people in all": the total named after its figure
_BEFORE_TOTAL_AFTER = re.compile(
    r"(?:,|--|—|–|:)\s*(?:or\s+|for\s+|making\s+|that\s+is\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_WHOLE_BEFORE = re.compile(r"\b(?:of|among|out\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "A of 2,000 and B of 3,000 made a total of 5,000": the list is the verb's subject, the verb
# straight after its last figure ("..., and C made a total of" is C's own total)
_LIST_MADE_TOTAL = re.compile(
    # the last part's own words may stand first: "... and £15m for cycling come to a total of"
    r"^\s*(?:(?:for|on|in|from)\s+(?:the\s+)?[^\W\d_]+\s+)?(?:together\s+|combined\s+)?(?:made|make|makes|gave|give|gives|came\s+to|come\s+to|"
    r"comes\s+to|amounted\s+to|amount\s+to|amounts\s+to)\s+(?:a|the)\s+(?:combined\s+|grand\s+)?"
    r"total\s+of\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^[^\d.;:!?()]{0,40}$")
# a total that names a span or a whole of its own after it ("2, 4 and 6 delays in May, 30 in
# total this year", "a total of 30 so far", "2,000 in total across the chain"): it counts more
# than the parts listed
_TOTAL_OF_ITS_OWN_SPAN = re.compile(
    r"(?:"
    + lx.TOTAL_AFTER_RE.pattern
    + r")?\s*(?:[^\W\d_]+\s+)?(?:"
    + _THIS_PERIOD
    + r"|so\s+far|to\s+date|since\b|over\s+the\s+(?:year|season|decade|period)\b"
    r"|across\b|throughout\b)",
    re.IGNORECASE,
)
# parts of a stretch of the total's span, named after them: "scored 2 and 3 goals in the first
# half, 9 in total" (the total is of the whole game)
_PARTS_OF_A_STRETCH = re.compile(
    r"\bin\s+the\s+(?:first|second|third|fourth|opening|final|last)\s+[^\W\d_]+", re.IGNORECASE
)


def _listed_then_total(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Parts listed and then their total, with no word of division: "$300 for A, $350 for B
    and $320 for C, a total of $970" (or "..., $970 in total", "..., 1,000 people in all"). The list is every level of the total's unit before it,
    joined by "," or "and" alone; another figure of that unit before the list, and the reading
    is not sure, so no link."""
    levels = _free_levels(reading, found)
    for at, whole in enumerate(levels[2:], start=2):
        mention = reading.mentions[whole]
        before = text[max(reading.start, mention.start - 40) : mention.start]
        made = _LIST_MADE_TOTAL.match(
            text[end_of(reading.mentions[levels[at - 1]]) : mention.start]
        )
        if not (
            made
            or _TOTAL_BEFORE.search(before)
            or (
                _BEFORE_TOTAL_AFTER.search(before)
                and lx.TOTAL_AFTER_RE.match(text, end_of(mention))
            )
        ):
            continue
        if _TOTAL_OF_ITS_OWN_SPAN.match(text, end_of(mention)) or _PARTS_OF_A_STRETCH.search(
            text, end_of(reading.mentions[levels[at - 1]]), mention.start
        ):
            return []
        parts = _without_a_count_of_them(reading, text, levels[:at], mention)
        if any(reading.mentions[p].unit != mention.unit for p in parts):
            return []
        if any(p not in levels for p in range(parts[0], whole)):
            return []  # a change or share inside the list
        # each part may stand in brackets after its name: "health (£40bn) and education (£30bn)"
        gaps = [
            re.sub(r"[()（）]", " ", text[reading.mentions[a].end : reading.mentions[b].start])
            for a, b in zip(parts, parts[1:], strict=False)
        ]
        if not all(_LIST_GAP.match(g) and re.search(r"[,、，和及]|\band\b", g) for g in gaps):
            return []
        if any(
            _SIZE_OF_EACH.search(g)
            for g in [text[reading.start : reading.mentions[parts[0]].start], *gaps]
        ):
            return []  # "每个班有40名学生，共有12个班，合计480名": a size and a count, a product
        if not made and _WHOLE_BEFORE.search(
            text[reading.start : reading.mentions[parts[0]].start]
        ):
            return []  # "of 1,000 people, 300 ...": the first figure is a whole, not a part
        return [Link("sum", (whole, *parts))]
    return []


def _without_a_count_of_them(
    reading: SentenceReading, text: str, parts: list[int], total: Mention
) -> list[int]:
    """The parts a total sums, less a figure before them that counts or measures something else:
    "The two parks cover 420 and 380 hectares, 900 hectares in total" (a count of the parts, or
    any figure of another unit than the total's, not joined to the list by "," or "and")."""
    while len(parts) > 2:
        first, after = reading.mentions[parts[0]], reading.mentions[parts[1]]
        counts_them = first.value == len(parts) - 1 and not first.unit
        if (
            (first.unit == total.unit and not counts_them)
            or _LIST_GAP.match(text[first.end : after.start])
            and re.search(r"[,、，和及]|\band\b", text[first.end : after.start])
        ):
            break
        parts = parts[1:]
    return parts


# what makes a figure the size of each of several things, not a part of a total
_SIZE_OF_EACH = re.compile(r"每|\b(?:each|every)\b", re.IGNORECASE)


# between a total and the first part of its breakdown: the total's noun phrase, then a colon
_BREAKDOWN_OPEN = re.compile(r"^[^\d.;:!?()]{0,60}[:：][^\d.;:!?()]{0,30}$")
# between two parts of a breakdown: a part's own words, a list separator, no figure
_BREAKDOWN_GAP = re.compile(r"^[^\d.:!?()]{0,120}$")
_LIST_SEPARATOR = re.compile(r"[,、，;；]|\band\b|和|及")
# words that make two figures a comparison or a series, never a total and its parts
_NOT_A_BREAKDOWN = re.compile(
    r"\b(?:from|to|than|versus|vs|against|compared|previous|earlier|before|after|ago|"
    + lx.CHANGE_WORDS_ALTERNATION
    + r")\b|比|较|同比|增长|下降",
    re.IGNORECASE,
)


def _breakdown_after_colon(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A total and its breakdown listed after a colon: "$900 went on repairs: $500 for the
    roof and $400 for the boiler", each part maybe with its share ("$500 for the roof,
    accounting for 55 percent, and ..."). Every level after the colon must be of the total's
    unit, undated or of its date, and joined by list separators with no word of comparison; a
    rate (%) is no total (the rates of subgroups are no parts of it)."""
    levels = _free_levels(reading, found)
    for at, whole in enumerate(levels[:-2]):
        mention = reading.mentions[whole]
        opening = text[end_of(mention) : reading.mentions[levels[at + 1]].start]
        if not _BREAKDOWN_OPEN.match(opening) or _NOT_A_BREAKDOWN.search(opening.split(":")[-1]):
            continue
        if mention.unit in ("%", "pp", "x") or "/" in mention.number:
            return []
        parts = [p for p in levels[at + 1 :] if reading.mentions[p].unit == mention.unit]
        if len(parts) < 2:
            return []  # "two sources: $6m from A and $4m from B": no parts of the count
        shares = _shares_beside(reading, parts)
        if shares is None:
            return []  # a figure of another unit, a change, inside the list
        if any(
            reading.periods_of.get(p) not in (None, reading.periods_of.get(whole)) for p in parts
        ):
            return []  # dated apart: a series, not a breakdown
        gaps = [
            _gap_between(reading, text, a, b, shares)
            for a, b in zip(parts, parts[1:], strict=False)
        ]
        if all(
            _BREAKDOWN_GAP.match(g) and _LIST_SEPARATOR.search(g) and not _NOT_A_BREAKDOWN.search(g)
            for g in gaps
        ):
            for share in shares:
                reading.kinds[share] = "share"
            return [Link("sum", (whole, *parts))]
        return []
    return []


def _shares_beside(reading: SentenceReading, parts: list[int]) -> list[int] | None:
    """The percentages of a list of parts, each right after its part ("$500 for the roof (55%)
    and $400 ..."): every figure from the first part on that is no part. None when another
    figure stands in the list (a change, a figure of another unit)."""
    shares = []
    for position in range(parts[0], len(reading.mentions)):
        if position in parts:
            continue
        if reading.mentions[position].unit != "%" or position - 1 not in parts:
            return None
        if reading.kinds[position] not in ("share", "value"):
            return None
        shares.append(position)
    return shares


def _gap_between(reading: SentenceReading, text: str, a: int, b: int, skipped: list[int]) -> str:
    """The words between two figures, less the figures `skipped` between them and their
    brackets."""
    pieces, start = [], end_of(reading.mentions[a])
    for position in range(a + 1, b):
        if position in skipped:
            pieces.append(text[start : reading.mentions[position].start])
            start = reading.mentions[position].end
    pieces.append(text[start : reading.mentions[b].start])
    return re.sub(r"[(（]\s*[)）]", "", "".join(pieces))  # the brackets of a share left out


_RISE_TO = re.compile(
    r"\b(?:(?:gone|went|go|goes|going|rose|risen|rise|rises|grew|grown|climbed|jumped|fell|fallen|"
    r"dropped|declined|increased|decreased|surged|soared|shot|up|down)\s+(?:up\s+|down\s+)?to|"
    r"reached|reaching|hit|hitting)\s+(?:[^\s\d]+\s*)?$",
    re.IGNORECASE,
)


def _dated_levels(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two levels of one unit, each dated by the text, the later reached by a verb of change:
    "in 2012 it stood at 365, while by 2016 it had climbed to 618"."""
    if any(link.type == "from_to" for link in found):
        return []
    levels = _free_levels(reading, found)
    if len(levels) != 2:
        return []
    a_pos, b_pos = levels
    a, b = reading.mentions[a_pos], reading.mentions[b_pos]
    first, second = reading.periods_of.get(a_pos), reading.periods_of.get(b_pos)
    if not (first and second and first != second and a.unit == b.unit):
        return []
    if not _RISE_TO.search(text[max(a.end, b.num_start - 40) : b.num_start]):
        return []
    return [Link("from_to", (a_pos, b_pos) if _before(first, second) else (b_pos, a_pos))]


# The words straight before "to" or "from" and a level of a pair: a verb of change ("rose to",
# "narrowed sharply to", "fell back from"), or a particle after a verb ("revised up to", ", down
# from"); `prep` says which level they lead to (to: the later, from: the earlier).
_MOVED_BY_VERB = re.compile(
    rf"\b(?P<verb>[a-z]+)(?:\s+(?:back|{_DEGREE}))?\s+(?P<prep>to|from)\s+{lx.BEFORE_FIGURE}$",
    re.IGNORECASE,
)
_MOVED_BY_PARTICLE = re.compile(
    r"(?:^|[\s,(—–-])(?:(?P<verb>[a-z]+)\s+)?(?P<particle>"
    + "|".join(lx.MOVED_PARTICLES)
    + rf")(?:\s+{_DEGREE})?\s+(?P<prep>to|from)\s+{lx.BEFORE_FIGURE}$",
    re.IGNORECASE,
)
# what a particle before "to" follows when it says a move ("was revised up to", "went down
# to"), not "of up to" (at most)
_VERB_BEFORE_PARTICLE = re.compile(
    r"[a-z]+(?:ed|en)|was|were|is|are|be|been|being|went|gone|go|goes|going|came|come|comes|shot",
    re.IGNORECASE,
)
_MOVED_BETWEEN_ZH = re.compile(
    "(?P<zh>"
    + "|".join(sorted(lx.CJK_CHANGE_UP + lx.CJK_CHANGE_DOWN, key=len, reverse=True))
    + r")(?:至|到)[^，,。；;:：\d]{0,10}$"
)


def way_of_pair(reading: SentenceReading, text: str, pair: Link) -> str:
    """Which way the words of the sentence say a pair of levels moved, from the earlier to the
    later: "+" ("rose to Y from X", "Y, up from X", "revised up to Y", 由X增至Y), "-" ("fell
    from X to Y", "narrowed to Y"), "" when they say nothing of it or two things, a level is
    written negative, or a word gives a level a sign its figure does not show ("fell to a loss
    of Y from a profit of X"): the figures as written then do not tell which way it went."""
    earlier, later = (reading.mentions[p] for p in pair.positions)
    if earlier.sign == "-" or later.sign == "-":
        return ""
    first, second = sorted((earlier, later), key=lambda m: m.start)
    if _rival_before(reading, text, first):
        return ""  # "7.37 million treatments for 6.23 million patients, up from 7.36 million"
    ways = set()
    signed_from = first.start
    for mention, start in ((first, max(reading.start, first.start - 60)), (second, end_of(first))):
        found = _way_before(text[start : mention.start])
        if found is None:
            continue
        way, prep, at = found
        if prep != ("to" if mention is later else "from"):
            return ""  # "to" before the earlier level: not the move it seems
        ways.add(way)
        signed_from = min(signed_from, start + at)
    zh = _MOVED_BETWEEN_ZH.search(text, end_of(first), second.start)
    if zh and first is earlier:
        ways.add("-" if lx.CJK_DOWN_RE.fullmatch(zh.group("zh")) else "+")
    if len(ways) != 1 or lx.SIGNED_LEVEL_RE.search(text, signed_from, end_of(second)):
        return ""
    return ways.pop()


def _rival_before(reading: SentenceReading, text: str, first: Mention) -> bool:
    """Whether another figure of the first level's unit stands before it in its clause: which
    of the two a move "up from X" is of, the words do not say."""
    c_start, _ = cx.clause_bounds(text, reading.start, reading.end, first.num_start, first.end)
    return any(
        c_start <= m.start < first.start and m.unit == first.unit and m is not first
        for m in reading.mentions
    )


def _way_before(before: str) -> tuple[str, str, int] | None:
    """The way ("+" or "-") the words at the end of `before` say a level was moved to or from,
    the preposition that leads to it ("to" or "from") and where the words start; None when
    they say no way."""
    particle = _MOVED_BY_PARTICLE.search(before)
    if particle is not None:
        verb, prep = particle.group("verb"), particle.group("prep").lower()
        if prep == "from" or (verb is not None and _VERB_BEFORE_PARTICLE.fullmatch(verb)):
            return lx.MOVED_PARTICLES[particle.group("particle").lower()], prep, particle.start()
    moved = _MOVED_BY_VERB.search(before)
    if moved is None:
        return None
    word = moved.group("verb").lower()
    way = "+" if word in lx.MOVED_UP else "-" if word in lx.MOVED_DOWN else None
    return None if way is None else (way, moved.group("prep").lower(), moved.start())


# "grew at a 2.8% rate in the third quarter, revised down from an initial estimate of 3.1%": a
# figure, then the earlier estimate of it that it was revised from
_REVISED_FROM_ESTIMATE = re.compile(
    r"^[^;:.!?()\d]{0,40}?,\s*(?:(?:was|were|having\s+been|after\s+being)\s+)?revised\s+"
    r"(?P<particle>up|down|upwards?|downwards?|higher|lower)\s+from\s+(?:(?:an?|the|its)\s+)?"
    r"(?:(?:initial|earlier|first|previous|preliminary|advance|flash|original|prior)\s+)?"
    r"(?:(?:estimate|reading|figure|print)\s+of\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _revised_estimate(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A figure and the earlier estimate it was revised from, after it: "the economy grew at an
    annual rate of 2.8%, revised down from an initial estimate of 3.1%". One quantity at two
    estimates, the later first; the words say which way the revision went (`way`). Figures
    written negative, and falls, are left alone: "fell 0.3%, revised up from 0.5%" is a smaller
    fall, up as a signed figure, down as the sizes written."""
    taken = {p for link in found for p in link.positions}
    links = []
    for later in range(len(reading.mentions) - 1):
        earlier = later + 1
        a, b = reading.mentions[later], reading.mentions[earlier]
        if {later, earlier} & taken or a.unit != b.unit or "-" in (a.sign, b.sign):
            continue
        if reading.kinds[earlier] != "value" or reading.kinds[later] not in ("value", "change"):
            continue
        before = _WORD.findall(text[reading.start : a.start].lower())
        if reading.kinds[later] == "change" and any(w in lx.DOWN_WORDS for w in before):
            continue
        revised = _REVISED_FROM_ESTIMATE.match(text[end_of(a) : b.start])
        if revised is not None:
            way = lx.MOVED_PARTICLES[revised.group("particle").lower()]
            links.append(Link("revised", (earlier, later), way=way))
    return links


def _ratio_structure(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """The parts of a structure written as a ratio ("the shares of the three sectors were
    7.5:40.1:52.4", "moved from 12:40:48 to 11:41:48"): shares of one whole, which the
    ratio itself states, so they must add up to 100 %."""
    chains: dict[int, list[int]] = {}
    for position, mention in enumerate(reading.mentions):
        if mention.ratio:
            chains.setdefault(mention.ratio, []).append(position)
    links = []
    for positions in chains.values():
        for position in positions:
            reading.kinds[position] = "share"
        links.append(Link("structure", tuple(positions)))
    return links


def _sector_shares(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """The percentages of the three sectors of an economy in one sentence, in any order, one
    read as a share ("farming took 46 percent of the economy, followed by trade with
    33 percent and mining at 21 percent"): shares of one whole, adding up to 100 %."""
    taken = {p for link in found for p in link.positions}
    percents = [
        p
        for p, m in enumerate(reading.mentions)
        if m.unit == "%" and reading.kinds[p] in ("share", "value") and p not in taken
    ]
    if len(percents) != 3:
        return []
    if not any(reading.kinds[p] == "share" for p in percents) and not (
        reading.after_sector_shares and _names_sectors_only(text[reading.start : reading.end])
    ):
        return []
    if any(
        m.unit != "%" and k == "value" for m, k in zip(reading.mentions, reading.kinds, strict=True)
    ):
        return []  # the sectors' levels beside them: each share is checked against its level
    starts = [reading.start] + [reading.mentions[p].end for p in percents[:-1]]
    named = []
    for start, p in zip(starts, percents, strict=True):
        name = text[start : reading.mentions[p].start]
        members = [i for i, sector in enumerate(lx.ECONOMY_SECTORS) if sector.search(name)]
        if len(members) != 1:
            return []
        named.append(members[0])
    if sorted(named) != [0, 1, 2]:
        return []
    for p in percents:
        reading.kinds[p] = "share"
    return [Link("structure", tuple(percents), sectors=True)]


# the words naming the figures listed after 分别 as shares of one whole: 占地区生产总值的比重, 占比
_SHARES_NAMED_ZH = re.compile(r"占[^，,。；;\d]{0,20}?(?:比重|比例)|占比|比重")
# all that stands between two figures of one list of shares: 、 , ， 和 及 与
_SHARE_LIST_GAP_ZH = re.compile(r"\s*(?:、|,|，|和|及|与|與)\s*")


def _sector_shares_respectively_zh(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """The shares of the three sectors of an economy in one whole, the sectors listed before
    分别 and the percentages after it: "第一产业、第二产业和第三产业增加值占地区生产总值的比重分别
    为6.8%、38.1%和55.1%". Shares of one whole, adding up to 100 %. (Two members, 城乡, may be
    shares of two wholes: 城乡低保人数占比分别为3%和5%, each of its own population.)"""
    taken = {p for link in found for p in link.positions}
    percents = [
        p
        for p, m in enumerate(reading.mentions)
        if m.unit == "%" and reading.kinds[p] in ("share", "value") and p not in taken
    ]
    if len(percents) != 3 or percents != list(range(percents[0], percents[0] + 3)):
        return []
    m = reading.mentions
    if not all(
        _SHARE_LIST_GAP_ZH.fullmatch(text[end_of(m[p]) : m[p + 1].start]) for p in percents[:2]
    ):
        return []
    before = text[reading.start : m[percents[0]].start]
    respectively = lx.RESPECTIVELY_RE.search(before)
    if respectively is None or percents[0] != 0:
        return []  # no figure before the list: the whole is named, not given
    named = before[: respectively.start()]
    if not _SHARES_NAMED_ZH.search(named):
        return []
    # each sector named, in order, or the three listed as one (第一、二、三产业)
    starts = [hit.start() for sector in lx.ECONOMY_SECTORS if (hit := sector.search(named))]
    in_order = len(starts) == 3 and starts == sorted(starts)
    if not in_order and not any(
        size == 3 and listed.search(named) for size, listed in lx.COMPLETE_PARTITION_LISTS
    ):
        return []
    for p in percents:
        reading.kinds[p] = "share"
    return [Link("structure", tuple(percents), sectors=True)]


# the words a list of the sectors' shares is written with, beside the sectors' names
_SECTOR_LIST_WORDS = frozenset(
    "sector sectors followed percent per cent grown shrunk shrank risen fallen dropped "
    "edged slipped".split()
)


def _names_sectors_only(sentence: str) -> bool:
    """Whether a sentence names nothing but the sectors, their figures and dates ("In 1990,
    farming had fallen to 27 percent, followed by ..."), no measure of its own
    ("Unemployment in farming rose to 5 percent, ...": rates, no shares)."""
    for sector in lx.ECONOMY_SECTORS:
        sentence = sector.sub(" ", sentence)
    return all(
        cx.is_stop(word)
        or word.lower() in lx.VERBS
        or word.lower() in lx.CHANGE_WORDS
        or word.lower() in _SECTOR_LIST_WORDS
        for word in _WORD.findall(sentence)
    )


_OF_A_GROUP_AFTER = re.compile(r"^\s*(?:of|among|in|for|across)\b", re.IGNORECASE)
_ANSWER_GAP = re.compile(r"^[^\d;:.!?()]{0,60}$")


# the list's last item names everyone else: ", and other parties 12%", "; other 3%"
_OTHERS_ITEM = re.compile(r"^[\s,;]*(?:and\s+)?(?:all\s+)?others?\b", re.IGNORECASE)


def _near_a_whole(reading: SentenceReading, percents: list[int]) -> bool:
    """Whether percentages listed down to "other" add up to somewhere near 100 (50 to 150):
    rates by group ("food 5%, energy 10%, other items 2%") end on "other" too, and add up to
    nothing; the shares of a whole, slips included, stay near it."""
    return 50 <= sum(reading.mentions[p].value for p in percents) <= 150


def _list_ending_its_clause(reading: SentenceReading, text: str, percents: list[int]) -> list[int]:
    """The percentages that run, one after another, from the first to the sentence's last
    figure, or to the end of their clause when a semicolon closes it ("PS 41%, PD 30%, other
    29%; seats: PS 66, ..."); none when another figure stands among them."""
    if not percents:
        return []
    run = 0
    while run < len(percents) and percents[run] == percents[0] + run:
        run += 1
    after = percents[0] + run
    if after == len(reading.mentions):
        return percents
    closed = re.search(
        r"[;；]", text[reading.mentions[after - 1].end : reading.mentions[after].start]
    )
    return percents[:run] if closed else []


def _shares_down_to_the_rest(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Percentages of one whole listed down to its catch-all, the sentence's last figures:
    "Smith won 52% of the vote, Jones 38% and the other candidates 10%", "55% backed the plan,
    35% opposed it and 10% were undecided". The list covers the whole, so the shares add up to
    100 %. Each a share of a group of its own ("5% of men, 7% of women and 9% of the rest"),
    or a change among them, and no list of one whole."""
    taken = {p for link in found for p in link.positions}
    percents = [
        p
        for p, m in enumerate(reading.mentions)
        if m.unit == "%" and reading.kinds[p] in ("share", "value") and p not in taken
    ]
    mentions = reading.mentions
    percents = _list_ending_its_clause(reading, text, percents)
    if len(percents) < 3:
        return []
    if any(_OF_A_GROUP_AFTER.match(text[mentions[p].end : reading.end]) for p in percents[1:]):
        return []
    gaps = [
        text[mentions[a].end : mentions[b].start]
        for a, b in zip(percents, percents[1:], strict=False)
    ]
    if not all(
        _ANSWER_GAP.match(g) and _LIST_SEPARATOR.search(g) and not _NOT_A_BREAKDOWN.search(g)
        for g in gaps
    ):
        return []
    last = re.split(r"[;；.。!?]", text[mentions[percents[-1]].end : reading.end])[0]
    if not (
        _THE_REST.search(gaps[-1])
        or (_OTHERS_ITEM.match(gaps[-1]) and _near_a_whole(reading, percents))
        or lx.POLL_CATCH_ALL_RE.search(gaps[-1] + " " + last)
    ):
        return []
    if reading.after_loose_share:
        return []  # the breakdown may have opened in the sentence before: not all of it here
    for p in percents:
        reading.kinds[p] = "share"
    return [Link("structure", tuple(percents))]


_PART_BEFORE_SHARE = re.compile(
    # a date may stand by the part ("$50 billion in 2023, or 25% of ..."); then an aside that
    # opens on the share, or a verb saying the part is that share ("£800 is 0.4% of ...")
    r"^(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]*\s*(?:1[89]|20)\d\d)?"
    # the part's own words ("$20 billion on health care, ...", "12,000 jobs lost represent")
    r"(?:\s+[^\d,;:.!?()%]{1,40}?)?"
    r"(?:\s*(?:,|\(|（|--|—|–)\s*(?:or|accounting\s+for|representing|making\s+up|equal\s+to|"
    r"which\s+(?:is|was|represents|represented)|" + lx.APPROXIMATION_WORDS_ALTERNATION + r")?"
    r"|\s+(?:is|was|are|were|represents?|represented|makes?\s+up|made\s+up|"
    r"accounts?\s+for|accounted\s+for|amounts?\s+to|amounted\s+to))\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_WHOLE_AFTER_SHARE = re.compile(
    # "a third of whom -- 100 --": the count after a word pointing back is the part, no whole
    r"^\s*of\s+(?!(?:whom|which|them|these|those)\b)(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"[^\d.,;:!?()%]{0,50}?"
    r"(?:\btotal(?:\s+of)?|\bof|\bat|\bworth)?\s*$|^\s*of\s*$",
    re.IGNORECASE,
)


def _share_of_named_whole(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A part, its share and the whole it is a share of, in that order in one sentence:
    "earned £31.4 million, making up 40 per cent of the division's total of £78 million",
    "12 million people, or 20% of the 60 million"."""
    taken = _converted(found)
    links = []
    for share, kind in enumerate(reading.kinds):
        if kind != "share" or not is_share_figure(reading.mentions[share]):
            continue
        part, whole = share - 1, share + 1
        # a restatement, or a length of time the part is spread over ("will retire 39 jets
        # over the next two years, 15% of its fleet of 260"), may stand before the share
        while part in taken or (part >= 0 and reading.mentions[part].unit in _LENGTHS):
            part -= 1
        if part < 0 or whole >= len(reading.mentions) or part in taken:
            continue
        if reading.kinds[part] not in ("value", "change") or reading.kinds[whole] != "value":
            continue
        a, m, b = reading.mentions[part], reading.mentions[share], reading.mentions[whole]
        if a.unit != b.unit or a.unit in ("%", "pp", "x"):
            continue
        gap = _BRACKETED.sub("", text[end_of(a) : m.start])
        if _PART_BEFORE_SHARE.match(gap) and _WHOLE_AFTER_SHARE.match(text[m.end : b.start]):
            # "will cut 4,500 jobs, 6% of its workforce of 75,000": the size of the cut is the
            # part, a count of the whole's members
            reading.kinds[part] = "value"
            links.append(Link("share", (share, part, whole)))
    return links


_LENGTHS = frozenset(lx.DURATION_UNITS.values())
# "of the region's 9.5 million people", "of Britain's 28 million households": a whole named by
# whose it is (one to three words and 's) is a whole as "of the" is
PART_OF_WHOLE = re.compile(
    r"^\s+(?:out\s+of|of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|a\s+total\s+of\s+"
    r"|(?:the\s+)?(?:[^\W\d_]+\s+){0,2}[^\W\d_]+['’]s\s+)?$",
    re.IGNORECASE,
)
_WHOLE_OF_PARTS = re.compile(
    r"\bof\s+(?:the|all|a\s+total\s+of|(?:the\s+)?(?:[^\W\d_]+\s+){0,2}[^\W\d_]+['’]s)\s+$",
    re.IGNORECASE,
)
_SHARE_RESTATED = re.compile(
    r"^[^\d;:.]{0,30}?(?:\(|（|,\s*or\s+|\s+or\s+|--|—|–)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


# "77 passes from 79 attempts for a 97% completion rate": the rate a count out of its attempts
# makes, named a rate after its figure (so that "from" is no change's base)
_RATE_GAP = re.compile(
    r"^[^\d;:.]{0,30}?(?:,|\s)\s*(?:(?:for|giving|with|at|making)\s+)?(?:an?\s+)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# ("a 4% rate of return" is a rate of something else, no count's share)
_RATE_NAMED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:rate|accuracy)\b(?!\s+of\b)", re.IGNORECASE)
# "... out of $20bn in assets, a 40% share": the part's share, named by a share noun after it
# that ends its clause ("a 5% share of national output" is of another whole, "a 5% share price
# rise" no share at all)
_SHARE_NAMED_AFTER = re.compile(
    r"\s+(?:" + "|".join(n for n in lx.SHARE_NOUNS if n.isascii()) + r")\s*(?:[,;:.!?)]|$)",
    re.IGNORECASE,
)
# "24 of its 38 games, a win rate of 63%": the rate or share named before its figure, the
# figure ending the clause (not "a share of 30% at the busiest site", "a target rate of 95%")
_RATE_NAMED_BEFORE = re.compile(
    r"^\s*,\s*(?:(?:for|giving|with|at|making)\s+)?" + _NAMED_SHARE_OF + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
_OUT_OF_ATTEMPTS = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}(?:out\s+of|of|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)


def _counted_share(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count of a whole's members restated as a percentage: "300 out of 1,200 respondents
    (25%)", "300 of the 1,200 staff, or 25%", "Of the 1,200 surveyed, 300 (25%)", "77 passes
    from 79 attempts for a 97% completion rate"."""
    pairs = {frozenset(link.positions) for link in found if link.type == "from_to"}
    links = []
    for first in range(len(reading.mentions) - 2):
        a, b, share = reading.mentions[first : first + 3]
        if reading.kinds[first : first + 2] != ["value", "value"] or share.unit != "%":
            continue
        if frozenset((first, first + 1)) in pairs:
            continue  # "grew to 77 from 79": a pair of levels, no count out of a whole
        if a.unit != b.unit or a.unit in ("%", "pp", "x") or "/" in a.number + b.number:
            continue
        gap = text[end_of(b) : share.start]
        # a rate of counts out of attempts ("77 passes from 79 attempts for a 97% completion
        # rate"); after amounts of money a rate is of something else ("a 6% interest rate")
        rate_named = not a.unit and bool(
            _RATE_GAP.match(gap) and _RATE_NAMED_AFTER.match(text, share.end)
        )
        share_named = bool(
            _RATE_GAP.match(gap) and _SHARE_NAMED_AFTER.match(text, share.end)
        ) or _named_before_its_figure(text, gap, a, share, text[reading.start : end_of(b)])
        stated_by_is = _share_stated_by_is(text, gap, share)
        if not (
            _SHARE_RESTATED.match(gap)
            or _share_after_a_comma(reading, text, first)
            or rate_named
            or share_named
            or stated_by_is
        ):
            continue
        between = text[a.end : b.start]
        out_of = _OUT_OF.match(between) is not None
        if stated_by_is and not (out_of or _RATE_RESTATED.search(gap)):
            continue  # "5 of the 10 largest firms' growth was 4%": no count said out of a whole
        if (
            (stated_by_is and out_of)
            or PART_OF_WHOLE.match(between)
            or ((rate_named or share_named) and _OUT_OF_ATTEMPTS.match(between))
        ):
            part, whole = first, first + 1
        elif _WHOLE_OF_PARTS.search(text, max(reading.start, a.start - 20), a.start) and re.match(
            r"^[^\d;:.]{0,40},\s*$", text[end_of(a) : b.start]
        ):
            part, whole = first + 1, first
        else:
            continue
        if _share_of_another_whole(text, share, reading.mentions[whole]):
            continue
        reading.kinds[first + 2] = "share"
        links.append(Link("share", (first + 2, part, whole)))
    return links


# "or 55% of those registered": the whole a share after its count names for itself
_SHARE_OF_NAMED = re.compile(r"\s+of\s+([^\d,;:.!?()]{1,40})")
# words pointing back at the whole already named: "of which", "of whom", "of it", "of them"
_BACK_TO_THE_WHOLE = re.compile(r"(?:which|whom|it|them|these|this|that)\b", re.IGNORECASE)


def _share_of_another_whole(text: str, share: Mention, whole: Mention) -> bool:
    """Whether the share names a whole of its own that is not the count's whole: "12 million of
    the 30 million adults voted, or 55% of those registered", "or 5% of its sales" ("or 25% of
    them", "of the total" and "of the staff" after "1,200 staff" stay the count's whole)."""
    named = _SHARE_OF_NAMED.match(text, share.end)
    if named is None or _SHARE_CLAUSE_ENDS.match(text, share.end):
        return False
    if _BACK_TO_THE_WHOLE.match(named.group(1)):
        return False  # "30% of which (1,200)", "30% of it ($150 million)": the whole again
    whole_words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", whole.noun or "")}
    return not whole_words & {w.lower() for w in re.findall(r"[^\W\d_]+", named.group(1))}


# "4,175 cases out of 358,000 residents is 1.17 percent", "46 out of the 4,175 patients died and
# that rate is 1.1 percent": the count out of its whole, its own words, then a verb that says
# it is the percentage; no other clause opens between ("and" only before "that rate")
_SHARE_STATED_BY_IS = re.compile(
    r"^(?:\s+(?!(?:and|but|while|whereas|or|so|as|than)\b)[a-z'-]+){0,6}"
    r"(?:,?\s+and\s+(?:that|the|this)\s+(?:rate|share|percentage|proportion))?"
    r"\s+(?:is|was|are|were|equals|comes\s+to|works\s+out\s+to|amounts\s+to)\s+"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# "..., and that rate is 1.1 percent": the rate named, so the count may follow its whole ("Of
# the 4,175 patients, 46 died, and that rate is 1.1 percent")
_RATE_RESTATED = re.compile(
    r"\band\s+(?:that|the|this)\s+(?:rate|share|percentage|proportion)\s", re.IGNORECASE
)
_OUT_OF = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE
)


def _share_stated_by_is(text: str, gap: str, share: Mention) -> bool:
    """ "4,175 cases out of 358,000 residents is 1.17 percent": a count out of its whole said to
    be a percentage, which ends its clause ("is 4 percent more than last year" compares with
    something else, "is 4 percent of the state's total" names another whole)."""
    return bool(
        _SHARE_STATED_BY_IS.match(gap)
        and _SHARE_CLAUSE_ENDS.match(text, share.end)
        and not _NAMES_OTHER_WHOLE.match(text, share.end)
    )


# "349,000 ballots cast for 570,000 eligible voters", "4,200 of the 10,000 registered voters":
# the votes cast, a word or two, then the electorate they were cast out of
_CAST_OUT_OF_ELECTORATE = re.compile(
    r"^\s+(?:were\s+|was\s+)?(?:cast\s+|counted\s+|returned\s+)?(?:out\s+of|of|for|from|among)\s+"
    r"(?:the\s+|its\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
# the percentage named the turnout, after the electorate's clause: ", a turnout of 52%", "for a
# turnout percentage of 61 percent", ", or a 52% turnout" (the figure then "turnout")
_TURNOUT_NAMED_BEFORE = re.compile(
    r"^[^\d;:.()]{0,40}?(?:,\s*|\s+)(?:(?:for|giving|with|making|or)\s+)?(?:an?\s+)?"
    r"(?:voter\s+)?turnout(?:\s+(?:rate|percentage|figure))?\s+(?:of|at)\s+"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
_TURNOUT_NAMED_AFTER = re.compile(r"\s+(?:voter\s+)?turnout\b", re.IGNORECASE)
_TURNOUT_FIGURE_BEFORE = re.compile(
    r"^[^\d;:.()]{0,40}?,\s*(?:(?:for|giving|with|making|or)\s+)?(?:an?\s+)?"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


def _turnout_of_the_electorate(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """The votes cast out of an electorate, then the turnout they make: "349,000 ballots cast
    for 570,000 eligible voters for a turnout of 61 percent", "4,200 of the 10,000 registered
    voters cast ballots, a 42% turnout". A turnout is by definition the share of the electorate
    that voted, so the word states the link; the whole must be named as voters (the count
    "at 12 polling places" is no electorate)."""
    taken = {p for link in found for p in link.positions}
    links = []
    for first in range(len(reading.mentions) - 2):
        if reading.kinds[first : first + 2] != ["value", "value"] or {first, first + 1} & taken:
            continue
        cast, electorate, share = reading.mentions[first : first + 3]
        if share.unit != "%" or cast.unit or electorate.unit or first + 2 in taken:
            continue
        joined = text[end_of(cast) : electorate.start]
        # a bare count "of the" electorate counts its members ("4,200 of the 10,000 voters")
        counts_cast = _names_one_of(cast.noun, lx.CAST_NOUNS) or (
            cast.noun is None and PART_OF_WHOLE.match(joined) is not None
        )
        if not (
            counts_cast
            and _names_one_of(electorate.noun, lx.ELECTORATE_NOUNS)
            and _CAST_OUT_OF_ELECTORATE.match(joined)
        ):
            continue
        gap = text[end_of(electorate) : share.start]
        if _TURNOUT_NAMED_BEFORE.match(gap) or (
            _TURNOUT_FIGURE_BEFORE.match(gap) and _TURNOUT_NAMED_AFTER.match(text, share.end)
        ):
            reading.kinds[first + 2] = "share"
            links.append(Link("share", (first + 2, first, first + 1)))
    return links


# the electorate first, then the count of those who voted: "Of the 48,000 voters, 29,760 voted,
# a turnout of 62%" (the verb says the count is of the votes cast)
# the verb ends the count's clause: "12,000 voted early", "9,000 voted for the Greens" or
# "3,000 voted twice" count some of the voters, not all who turned out
_VOTED_AFTER_COUNT = re.compile(
    r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in lx.VOTING_VERB_PHRASES) + r")"
    r"(?:\s+in\s+the\s+[^\W\d_]+)?(?=\s*,)",
    re.IGNORECASE,
)
_COUNT_AFTER_WHOLE = re.compile(r"^[^\d;:.]{0,40},\s*$")
# a turnout of a group named after it: "a turnout of 62% among the over-60s", "of those under 30"
_TURNOUT_OF_A_GROUP = re.compile(r"\s+(?:among|of|for)\b", re.IGNORECASE)


def _turnout_after_its_electorate(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """The electorate named first, then how many voted and the turnout that makes: "Of the
    48,000 registered voters, 29,760 cast a ballot, a turnout of 62%". The turnout word states
    the link as in `_turnout_of_the_electorate`; the verb after the count says it counts the
    voters who voted ("Of the 48,000 voters, 20,000 were women" counts no votes)."""
    # "Of the 48,000 voters, 29,760 ..." is also read as a part of its whole: the share adds to it
    taken = {p for link in found if link.type != "part" for p in link.positions}
    links = []
    for first in range(len(reading.mentions) - 2):
        if reading.kinds[first : first + 2] != ["value", "value"] or {first, first + 1} & taken:
            continue
        electorate, cast, share = reading.mentions[first : first + 3]
        if share.unit != "%" or cast.unit or electorate.unit or first + 2 in taken:
            continue
        if not (
            _names_one_of(electorate.noun, lx.ELECTORATE_NOUNS)
            and _WHOLE_OF_PARTS.search(
                text, max(reading.start, electorate.start - 30), electorate.start
            )
            and _COUNT_AFTER_WHOLE.match(text[end_of(electorate) : cast.start])
            and _VOTED_AFTER_COUNT.match(text, cast.end)
            and _TURNOUT_NAMED_BEFORE.match(text[end_of(cast) : share.start])
            and not _TURNOUT_OF_A_GROUP.match(text, share.end)
        ):
            continue
        reading.kinds[first + 2] = "share"
        links.append(Link("share", (first + 2, first + 1, first)))
    return links


def _names_one_of(noun: str | None, words: tuple[str, ...]) -> bool:
    """Whether a counted noun phrase holds one of the words ("eligible voters": voters;
    "registered voters cast ballots": voters, ballots)."""
    return noun is not None and any(word in words for word in noun.lower().split())


def _named_before_its_figure(
    text: str, gap: str, part: Mention, share: Mention, counted: str
) -> bool:
    """ "24 of its 38 games, a win rate of 63%": a rate or share named before its figure; a
    rate after amounts of money is of something else ("a rate of 5%" on a loan). A rate of a
    kind is the count's only when the count's own words name that kind ("won ... a win rate",
    "passed ... a pass rate"): "filled 30 of its 40 posts, a vacancy rate of 25%" is of the
    rest, "approved 24 of its 38 loans, at an interest rate of 6%" of something else."""
    named = _RATE_NAMED_BEFORE.match(gap)
    if named is None or not _CLAUSE_ENDS.match(text, share.end):
        return False
    if named.group("named").lower() != "rate":
        return True
    kind = named.group("kind")
    return not part.unit and (
        kind is None or any(_same_stem(kind, word) for word in re.findall(r"[a-z]+", counted, re.I))
    )


def _consonants(word: str) -> str:
    """A word's first letter and the consonants after it, doubled ones once: "passed" psd."""
    word = word.lower()
    return re.sub(r"(.)\1", r"\1", word[0] + re.sub(r"[aeiouy]", "", word[1:]))


def _same_stem(first: str, second: str) -> bool:
    """Whether two words are forms of one ("win" and "won", "pass" and "passed", "approval"
    and "approved"): their consonants agree in the first three, or all of the shorter's."""
    a, b = _consonants(first), _consonants(second)
    return len(os.path.commonprefix([a, b])) >= min(3, len(a), len(b))


# "..., 300 people,", "..., some 600,": the count a share of a whole comes to, set off by a comma
_COUNT_OF_SHARE_BETWEEN = re.compile(
    r"^\s*(?:,|--|—|–|\()\s*" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)


def _share_of_whole_counted(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A share of a whole, then the count it comes to: "a third of the 900 staff, 300 people",
    "one in five of the 3,000 applicants, 600,", "half of the 1,200 homes (600)"."""
    taken = {p for link in found for p in link.positions}
    links = []
    for share in range(len(reading.mentions) - 2):
        whole, part = share + 1, share + 2
        if reading.kinds[share : part + 1] != ["share", "value", "value"] or (
            {share, whole, part} & taken
        ):
            continue
        m, b, a = reading.mentions[share : part + 1]
        if not is_share_figure(m) or a.unit != b.unit or a.unit in ("%", "pp", "x"):
            continue
        if PART_OF_WHOLE.match(text[m.end : b.start]) and (
            (
                _COUNT_OF_SHARE_BETWEEN.match(text[end_of(b) : a.start])
                # set off on both sides: "a third of the 600 firms expect growth, some 150
                # plan to hire" (the whole's noun read on to the comma) counts others
                and _COUNT_APPOSITION_ENDS.match(text, end_of(a))
            )
            or _count_set_off_after_words(text, b, a)
        ):
            links.append(Link("share", (share, part, whole)))
    return links


# The count a share of a whole comes to, closing the share's clause: ", or about 190,000
# people.", " - some 190,000 in all." (the words between say what the part is)
_COUNT_CLOSING_THE_SHARE = re.compile(
    r"^[^\d;:.!?()]{1,60}?(?:,\s*(?P<or>or\s+)?|\s(?P<dash>[-–—])\s*|\s*(?P<bracket>\()\s*)"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
# what may follow that count: the sentence's end, "in all", a closing bracket
_SHARE_COUNT_ENDS = re.compile(
    r"\s*(?:" + lx.TOTAL_AFTER_WORDS + r")?\s*\)?\s*(?:[.;!?]|$)", re.IGNORECASE
)
# what ends a count set off after a share's whole: "a quarter of the 2,400 flights, 600 in
# all, were delayed", "..., 300 people."
_COUNT_APPOSITION_ENDS = re.compile(
    r"\s*(?:" + lx.TOTAL_AFTER_WORDS + r")?\s*(?:[,;.!?)]|--|—|–|$)|\s-\s", re.IGNORECASE
)
# the count's noun, where it has one: people, or the whole's own noun
_PEOPLE = ("people", "persons", "adults", "individuals")


def _count_closes_the_share(text: str, gap: str, whole: Mention, count: Mention) -> bool:
    """Whether a count closing a share's clause restates the share's part: set off by "or", a
    dash or a bracket, or qualified, or "in all" ("40% of the 2,000 staff work from home, or
    some 800 people"); its noun, if any, is people or the whole's own ("Half of the 1,200
    homes flooded, about 300 destroyed" counts other homes)."""
    closing = _COUNT_CLOSING_THE_SHARE.match(gap)
    ends = _SHARE_COUNT_ENDS.match(text, end_of(count))
    if closing is None or ends is None:
        return False
    marked = closing.group("or", "dash", "bracket") != (None, None, None)
    if not (marked or count.qualifier or ends.group(0).strip(" .;!?)")):
        return False
    noun = (count.noun or "").lower()
    # the whole's noun as read may run on into its clause ("3,600 pupils walk")
    return not noun or noun in _PEOPLE or noun == (whole.noun or "").lower().partition(" ")[0]


def _share_then_its_count_closing(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A share of a whole said in its clause, then the count it comes to closing the clause:
    "Some 23% of the county's 820,000 residents are children, or about 190,000 people", "The
    county has 820,000 residents, of whom 23% are children, some 190,000 people"."""
    taken = {p for link in found for p in link.positions}
    links = []
    for share, m in enumerate(reading.mentions):
        if share in taken or reading.kinds[share] not in ("share", "value"):
            continue
        if not is_share_figure(m):
            continue
        places = _whole_and_count_of_share(reading, text, share)
        if places is None or set(places) & taken:
            continue
        whole, count = places
        w, c = reading.mentions[whole], reading.mentions[count]
        if not (is_amount(reading, whole) and is_amount(reading, count)):
            continue
        if w.unit != c.unit or c.value >= w.value:
            continue
        gap_start = end_of(w) if whole > share else m.end
        if _count_closes_the_share(text, text[gap_start : c.start], w, c):
            reading.kinds[share] = "share"
            links.append(Link("share", (share, count, whole)))
    return links


# a whole before a share it announces: "820,000 residents, of whom 23% ..."
_OF_WHOM_GAP = re.compile(r"[\s,]*(?:of|among)\s+(?:which|whom)\s*", re.IGNORECASE)


def _whole_and_count_of_share(
    reading: SentenceReading, text: str, share: int
) -> tuple[int, int] | None:
    """The whole a share is of and the figure after them that may be its count: the whole
    right after "of" ("23% of the 820,000 residents ..., or 190,000"), or before it, announcing
    it ("820,000 residents, of whom 23% ...", "Of the 820,000 residents, 23% ...")."""
    mentions, m = reading.mentions, reading.mentions[share]
    if share + 2 < len(mentions) and PART_OF_WHOLE.match(text[m.end : mentions[share + 1].start]):
        return share + 1, share + 2
    if share == 0 or share + 1 >= len(mentions):
        return None
    before = mentions[share - 1]
    if _OF_WHOM_GAP.fullmatch(text, end_of(before), m.start) or (
        share == 1 and _OF_THE_WHOLE_OPENING.match(text[reading.start : before.start])
    ):
        return share - 1, share + 1
    return None


# "a third of the 600 firms surveyed, about 200, ...": a word or two of the whole's after it
_WORDS_THEN_COUNT = re.compile(
    r"^(?:\s+[a-z-]+){1,2}\s*,\s*" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,)]|--|—|–)|\s-\s")


def _count_set_off_after_words(text: str, whole: Mention, count: Mention) -> bool:
    """The count of a share set off by commas after the whole's words ("a third of the 600
    firms surveyed, about 200, expect ..."); not a count that goes on ("half of the 1,200
    homes flooded, 300 of them in the north": a part of the part)."""
    return bool(
        _WORDS_THEN_COUNT.match(text[end_of(whole) : count.start])
        and _APPOSITION_CLOSES.match(text, end_of(count))
    )


_BARE_SHARE_AFTER = re.compile(
    r"^[^\d;:.]{0,30}?(?:,|:|：)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _share_after_a_comma(reading: SentenceReading, text: str, first: int) -> bool:
    """ "1,200 of the 4,000 casualties, 30%, were women", "1,200 of the 4,000 staff: 30
    percent": a percentage after a count out of its whole, set off by a comma alone, is the
    count's share, when it is read as a level and names no whole of its own."""
    a, b, share = reading.mentions[first : first + 3]
    return (
        reading.kinds[first + 2] in ("value", "share")
        and PART_OF_WHOLE.match(text[a.end : b.start]) is not None
        and _BARE_SHARE_AFTER.match(text[end_of(b) : share.start]) is not None
        and not _NAMES_OTHER_WHOLE.match(text, share.end, reading.end)
    )


OF_THEM_AFTER = re.compile(r"^\s+of\s+(?:them|these|those|whom)\b", re.IGNORECASE)
_SHARE_OF_THEM = re.compile(
    r"^\s+of\s+(?:them|these|those|whom)\s*(?:,\s*or|\(|（)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _part_of_them(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count said to be among the figure before it, maybe with its share: "The hospital
    treated 1,500 patients, 300 of them (20%) children", "The town has 40,000 voters; 12,000
    of them, or 30%, turned out". The whole is the level of the part's unit right before it."""
    levels = _free_levels(reading, found)
    links = []
    for at in range(1, len(levels)):
        part, whole = levels[at], _counted_whole(reading, text, levels, at)
        if whole is None:
            continue
        a, b = reading.mentions[whole], reading.mentions[part]
        if a.unit != b.unit or a.unit in ("%", "pp", "x") or "/" in a.number + b.number:
            continue
        if not OF_THEM_AFTER.match(text[b.end : reading.end]):
            continue
        links.append(Link("part", (part, whole)))
        share = part + 1
        if (
            share < len(reading.mentions)
            and reading.mentions[share].unit == "%"
            and reading.kinds[share] in ("share", "value")
            and _SHARE_OF_THEM.match(text[b.end : reading.mentions[share].start])
        ):
            reading.kinds[share] = "share"
            links.append(Link("share", (share, part, whole)))
    return links


_COUNT_AFTER_SHARE = re.compile(
    r"^\s*(?:,|\(|（|--|—|–)?\s*(?:with|or|as|that\s+is|i\.e\.)?\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _share_then_count(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A percentage and then the count it stands for out of its whole: "Turnout was 45%, with
    9,000 of the 20,000 registered voters casting a ballot", "a vacancy rate of 5% (50 out of
    1,000 homes)"."""
    links = []
    for share in range(len(reading.mentions) - 2):
        m, a, b = reading.mentions[share : share + 3]
        if m.unit != "%" or reading.kinds[share] not in ("share", "value"):
            continue
        if reading.kinds[share + 1 : share + 3] != ["value", "value"]:
            continue
        if a.unit != b.unit or a.unit in ("%", "pp", "x") or "/" in a.number + b.number:
            continue
        gap = text[m.end : a.start]
        if not gap.strip() or not _COUNT_AFTER_SHARE.match(gap):
            continue  # "45% 9,000 of ...": no words that make one the other
        if PART_OF_WHOLE.match(text[a.end : b.start]):
            reading.kinds[share] = "share"
            # "45%, with 9,000 of the 20,000 ...": the count may be another matter than the
            # rate ("unemployment was 4%, with 300 of the 1,000 job cuts in ..."): a reading
            restated = not re.search(r"\b(?:with|as)\b", gap, re.IGNORECASE)
            restated = restated or _turnout_with_its_voters(reading, text, m, b)
            links.append(Link("share", (share, share + 1, share + 2), stated=restated))
    return links


# a turnout named just before its figure ("Turnout was 61%", "a turnout of 61%")
_TURNOUT_BEFORE_FIGURE = re.compile(
    r"\bturnout(?:\s+(?:rate|was|stood\s+at|of|at|reached|hit)){0,2}\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# ... closing its clause: "voting Labour", "voting for change" count a party's voters
_VOTING_AFTER_ELECTORATE = re.compile(
    r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in lx.VOTING_PARTICIPLES) + r")"
    r"(?:\s+in\s+the\s+[^\W\d_]+)?\s*(?:[,;:.!?)]|$)",
    re.IGNORECASE,
)


def _turnout_with_its_voters(
    reading: SentenceReading, text: str, share: Mention, electorate: Mention
) -> bool:
    """ "Turnout was 61%, with 3.2 million of the 5.9 million registered voters casting a
    ballot": the count "with" gives is of the voters who voted, the turnout's own part."""
    return bool(
        _TURNOUT_BEFORE_FIGURE.search(text, max(reading.start, share.start - 40), share.start)
        and _names_one_of(electorate.noun, lx.ELECTORATE_NOUNS)
        and _VOTING_AFTER_ELECTORATE.match(text, end_of(electorate))
    )


# "2,400 out of 60,000 homes, which is 4 percent": a relative clause that restates the count
# as its share (not "which is 4 percent more than ...": a comparison with something else)
_SHARE_RESTATED_BY_WHICH = re.compile(
    r"^[^\d;:.]{0,30}?,\s*(?:which|that)\s+(?:is|was|works\s+out\s+(?:to|at)|comes\s+to|"
    r"amounts\s+to|equals)\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# what may follow a share a relative clause restates: the clause's end, or its whole again
_SHARE_CLAUSE_ENDS = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:total|all|them|those)\b)?\s*(?:[,;:.!?)]|$)", re.IGNORECASE
)


def _share_restated_by_which(text: str, gap: str, share: Mention) -> bool:
    """ "2,400 out of 60,000 homes, which is 4 percent.": the relative clause restates the count
    out of its whole as its share when the share ends the clause ("which is 4 percent more
    than last year" compares with something else)."""
    return bool(_SHARE_RESTATED_BY_WHICH.match(gap) and _SHARE_CLAUSE_ENDS.match(text, share.end))


# a level, then the percentage it makes of a whole, restating it: "1,200 (30%)", "1,200
# exporters, or 30%", "$150 million -- 30 percent --"; the part's own words may stand between
_PERCENT_AFTER_COUNT = re.compile(
    r"^[^\d;:.!?()]{0,30}?(?:\(|（|,\s*or\s+|\s+or\s+|--|—|–)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# a percentage, then in brackets the count it stands for: "30% (1,200)", "30% of them (1,200)",
# "60% or £1.2bn"
_COUNT_AFTER_PERCENT = re.compile(
    r"^\s*(?:of\s+(?:them|these|those|which|whom|it)\s*)?"
    r"(?:\(|（|,?\s*or\s+)\s*" + lx.BEFORE_FIGURE + r"$"
    # or in brackets after the whole's name: "52% of the vote (5,200 votes)"
    r"|^\s*of\s+the\s+[^\d()%,;:.]{1,30}?\s*(?:\(|（)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# a share of a whole before it, then between commas or dashes the count it stands for: "a third
# of them, 98, work abroad", "300 staff, 40% of whom -- 120 -- ..." (the closing comma or dash after
# the count, `_APPOSITION_CLOSES`, says the count is the share restated, not a figure of its own)
_COUNT_APPOSED_AFTER_PERCENT = re.compile(
    r"^\s*of\s+(?:them|these|those|which|whom)\s*(?:,|--|—|–|\s-)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# a share said to be of the figure before it: "Revenue was $500 million; exports made up 30% of
# it, or $150 million", "The club has 1,500 members, and 20% of them (300) are under 18"
_OF_THE_ONE_BEFORE = re.compile(r"\s+of\s+(?:it|them|these|those)\b", re.IGNORECASE)
_POINTED_GAP = re.compile(r"^[^\d.:!?()]{0,60}$")
# after the pair, the whole it is of: "30% (1,200) of the 4,000 firms"
_WHOLE_AFTER_PAIR = re.compile(
    r"^\s*[)）]?\s*(?:out\s+)?of\s+(?:the\s+(?:(?:"
    + "|".join(lx.WHOLE_ADJECTIVES)
    + r")\s+)?|all\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)


def _share_beside_its_count(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count (or amount) and the percentage it makes, side by side, each restating the
    other: "1,200 (30%)", "1,200 exporters, or 30%", "30% (1,200)", "30% of them (1,200)". The
    percentage is a share, and the count its part. Its whole is the figure the sentence says
    the pair is of ("30% (1,200) of the 4,000 firms", "Of the 4,000 firms, 30% (1,200) ...",
    "4,000 firms, of which 30% (1,200) ..."), for every pair of a list that opens on that pair
    ("Of the 10,000 votes cast, A won 5,200 (52%), B 3,800 (38%) and C 1,000 (10%)"): share
    links. With no whole, a list of pairs whose percentages make the whole (100 %, to their
    rounding) is the whole's every part: a `shares_of_sum` link. Otherwise a pair is a
    `share_part` link, which the drafter ties to the whole the count is found a part of
    ("The survey covered 4,000 firms. Of these, 30% (1,200) export")."""
    linked = {link.positions[0] for link in found if link.type in ("share", "structure")}
    # the parts of a sum: their percentages are shares of the sum's total (the drafter's)
    summed = {p for link in found if link.type == "sum" for p in link.positions}
    taken = _converted(found)
    pairs: list[tuple[int, int]] = []
    for share, mention in enumerate(reading.mentions):
        if share in linked or reading.kinds[share] not in ("share", "value"):
            continue
        if not is_share_figure(mention):
            continue
        part = _count_restated_by(reading, text, share, taken)
        if part is None or any(part in pair for pair in pairs):
            continue
        reading.kinds[share] = "share"
        if part not in summed:
            pairs.append((share, part))
    links = []
    for group in _listed_pairs(reading, text, pairs):
        whole = _whole_of_pair(reading, text, *group[0], taken)
        if whole is not None and any(
            _share_of_another_whole(text, reading.mentions[share], reading.mentions[whole])
            for share, _ in group
        ):
            continue
        if whole is not None:
            links += [Link("share", (share, part, whole)) for share, part in group]
        elif len(group) > 1 and _make_a_whole(reading, [share for share, _ in group]):
            links.append(Link("shares_of_sum", tuple(p for pair in group for p in pair)))
        else:
            links += [Link("share_part", pair) for pair in group]
    return links


def _listed_pairs(
    reading: SentenceReading, text: str, pairs: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """The pairs in lists: a pair follows the one before when only a list's words stand between
    them ("5,200 (52%), Jones 3,800 (38%) and ..."), its count in the first's unit."""
    groups: list[list[tuple[int, int]]] = []
    for pair in pairs:
        if groups:
            last = groups[-1][-1]
            gap = text[end_of(reading.mentions[max(last)]) : reading.mentions[min(pair)].start]
            if (
                min(pair) == max(last) + 1
                and reading.mentions[pair[1]].unit == reading.mentions[last[1]].unit
                and _PAIRS_GAP.match(gap)
                and _PAIRS_SEPARATOR.search(gap)
                and not re.search(_OF_A_PART, gap, re.IGNORECASE)  # "; of those, 100 (a third)"
            ):
                groups[-1].append(pair)
                continue
        groups.append([pair])
    return groups


_PAIRS_GAP = re.compile(r"^[)）]?[^\d.:!?()]{0,40}$")
# what joins the pairs of a list: "A 52% (5,200), B 38% (3,800) and C ...", "52% to Jones's 38%"
_PAIRS_SEPARATOR = re.compile(r"[,、，;；]|\b(?:and|to|with|versus|vs)\b|和|及", re.IGNORECASE)


def _make_a_whole(reading: SentenceReading, shares: list[int]) -> bool:
    """Whether percentages add up to the whole, 100 %, within their rounding (half a unit of
    each one's last digit): the parts a list gives are then every part of it. A list that
    cannot make 100 % may leave a part out, so it says nothing of its whole."""
    mentions = [reading.mentions[p] for p in shares]
    if any(m.unit != "%" or m.qualifier for m in mentions):
        return False
    total = sum(m.value for m in mentions)
    slack = sum(_half_unit(m.number) for m in mentions)
    return abs(total - 100) <= slack


def _half_unit(number: str) -> Fraction:
    decimals = len(number.partition(".")[2])
    return Fraction(1, 2 * 10**decimals)


def is_share_figure(mention: Mention) -> bool:
    """A figure that can state a share: a percentage, or a fraction ("a third", "3 in 10")."""
    return mention.unit == "%" or (mention.unit == "" and "/" in mention.number)


def is_amount(reading: SentenceReading, position: int) -> bool:
    """A level that can be counted out of a whole or be a part of a total: no rate, gap,
    factor or fraction."""
    mention = reading.mentions[position]
    return (
        reading.kinds[position] == "value"
        and mention.unit not in ("%", "pp", "x", "‰")
        and "/" not in mention.number
        and not mention.unit.startswith("/")
    )


def _count_restated_by(
    reading: SentenceReading, text: str, share: int, taken: set[int]
) -> int | None:
    """The count a percentage restates, right before it ("1,200 (30%)") or right after it in
    brackets ("30% (1,200)"); None when there is none, or the percentage names a whole of its
    own after it ("1,200, or 30% of exports": another pattern's)."""
    mention = reading.mentions[share]
    before = share - 1
    while before in taken:
        before -= 1
    if (
        before >= 0
        and is_amount(reading, before)
        and _restates_the_count_before(text, reading.mentions[before], mention)
        and not _NAMES_OTHER_WHOLE.match(text, mention.end, reading.end)
    ):
        return before
    after = share + 1
    if (
        after < len(reading.mentions)
        and is_amount(reading, after)
        and _restated_by_the_count_after(text, mention, reading.mentions[after])
        and not _ALTERNATIVES_BEFORE.search(text, reading.start, mention.start)
        and not _ALTERNATIVES_AFTER.match(text, reading.mentions[after].end)
    ):
        return after
    return None


def _restated_by_the_count_after(text: str, share: Mention, count: Mention) -> bool:
    """Whether the count right after a percentage restates it: in brackets ("30% (1,200)",
    "30% of them (1,200)"), or between commas after "of them", "of whom" ("a third of them,
    98, work abroad")."""
    gap = text[share.end : count.start]
    return bool(
        _COUNT_AFTER_PERCENT.match(gap)
        or (
            _COUNT_APPOSED_AFTER_PERCENT.match(gap)
            and _APPOSITION_CLOSES.match(text, end_of(count))
        )
    )


# "or" between alternatives, not a restatement: "either 10% or £300m", "5% or 100 people,
# whichever is greater"
_ALTERNATIVES_BEFORE = re.compile(r"\b(?:either|between)\s+$", re.IGNORECASE)
_ALTERNATIVES_AFTER = re.compile(r"[^\d.;:!?]{0,20}?\bwhichever\b", re.IGNORECASE)


# an aside between spaced hyphens, opened and closed: "3,780 - nine in ten - had had"
_SPACED_DASH_OPENS = re.compile(r"^\s-\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)
_SPACED_DASH_CLOSES = re.compile(r"\s-\s")


def _restates_the_count_before(text: str, count: Mention, share: Mention) -> bool:
    """Whether a percentage restates the count right before it: "1,200 (30%)", "1,200
    exporters, or 30%", "$150 million -- 30 percent --", "3,780 - nine in ten - had"."""
    gap = text[end_of(count) : share.start]
    if _PERCENT_AFTER_COUNT.match(_BRACKETED.sub("", gap)) or _share_restated_by_which(
        text, gap, share
    ):
        return True
    if "/" not in share.number:
        return False
    # a share in words set off by commas after its count restates it ("410,000, nearly one in
    # five, live in poverty"): a percentage so set off may start a list of results instead
    if _COMMA_OPENS.match(gap) and _COMMA_CLOSES.match(text, share.end):
        return True
    # a hyphen with spaces is a dash only around a share in words that closes the aside again
    # ("- nine in ten -"): between figures, hyphens may join a count to its percentage in a
    # list of results, or a range
    return bool(_SPACED_DASH_OPENS.match(gap) and _SPACED_DASH_CLOSES.match(text, share.end))


_COMMA_OPENS = re.compile(r"^\s*,\s*" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)
# ... and closed again, not by the whole the share is of named after its comma ("8,000, one in
# four, of those under 30, stayed at home": a share of the under-30s, not of the count's whole)
_COMMA_CLOSES = re.compile(r"\s*" + lx.FRACTION_COMMA_CLOSES, re.IGNORECASE)


# "30% of exports", "30 percent of the city's budget": a whole named in words, not "of the
# total" or "of them"
_NAMES_OTHER_WHOLE = re.compile(
    r"\s*of\s+(?!(?:the\s+)?total\b|all\b|them\b|these\b|those\b|which\b|whom\b)\w",
    re.IGNORECASE,
)


# after the whole a sentence opens on, what its parts are: "Of the 10,000 votes cast, Smith won"
_OPENING_WHOLE_GAP = re.compile(r"^[^\d;:.!?()]{0,40},[^\d;:.!?(),]{0,30}$")
_OF_WHICH = re.compile(r"\s*(?:of|among)\s+(?:which|whom)\b", re.IGNORECASE)


# between a whole and a share with its count, words saying the share is the whole's: "a cohort
# of 1,100 people the share was lower, at 71%, or 781"
_SHARE_OF_WHOLE_NAMED = re.compile(
    r"^[^\d;:.!?()]{0,30}\b(?:the|its|their)\s+(?:share|proportion|percentage)\b"
    r"[^\d;:.!?()]{0,30}$",
    re.IGNORECASE,
)
# the whole a count of members: "a cohort of", "a sample of", "among"
_WHOLE_COUNTED_IN = re.compile(r"\b(?:of|among)\s+(?:some\s+|about\s+)?$", re.IGNORECASE)


def _whole_of_pair(
    reading: SentenceReading, text: str, share: int, part: int, taken: set[int]
) -> int | None:
    """The whole the sentence says a share and its count are of: right after the pair ("30%
    (1,200) of the 4,000 firms"), opening the sentence ("Of the 4,000 firms surveyed, ..."), or
    announcing its parts before the pair ("4,000 firms, of which 30% (1,200) ...")."""
    unit = reading.mentions[part].unit
    last = max(share, part)
    after = last + 1
    if (
        after < len(reading.mentions)
        and is_amount(reading, after)
        and reading.mentions[after].unit == unit
        and _WHOLE_AFTER_PAIR.match(
            text[end_of(reading.mentions[last]) : reading.mentions[after].start]
        )
    ):
        return after
    first = min(share, part)
    whole = first - 1
    while whole in taken:
        whole -= 1
    if whole < 0 or not is_amount(reading, whole) or reading.mentions[whole].unit != unit:
        return None
    w = reading.mentions[whole]
    gap = text[end_of(w) : reading.mentions[first].start]
    if whole == 0 and _OF_THE_WHOLE_OPENING.match(text[reading.start : w.start]):
        return whole if _OPENING_WHOLE_GAP.match(gap) else None
    opener = _PARTS_OPEN.search(gap)
    if opener is not None and not opener.group(0).lstrip(", ").lower().startswith("with"):
        return whole if _LIST_GAP.match(gap) else None
    if share < part and _OF_WHICH.match(
        text, reading.mentions[share].end, reading.mentions[part].start
    ):
        return whole if _LIST_GAP.match(gap) else None  # "4,000 firms, 30% of which (1,200)"
    if share < part and _SHARE_OF_WHOLE_NAMED.match(gap):
        # "In a cohort of 1,100 people the share was 71%, or 781": the one count before it
        alone = not any(
            is_amount(reading, p) and reading.mentions[p].unit == unit for p in range(whole)
        )
        return whole if alone and _WHOLE_COUNTED_IN.search(text, reading.start, w.start) else None
    if share < part and _OF_THE_ONE_BEFORE.match(text, reading.mentions[share].end):
        # "of them" after the one count before it: two before, and which one is meant?
        alone = not any(
            is_amount(reading, p) and reading.mentions[p].unit == unit for p in range(whole)
        )
        return whole if alone and _POINTED_GAP.match(gap) else None
    return None


def _count_out_of_whole(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count out of the whole it is counted in, with no percentage: "1,200 out of 4,000
    firms", "only 1,200 of the 4,000 firms", "$150 million of the $500 million raised". The
    first is a part of the second (of one unit)."""
    joined = {frozenset(link.positions[1:3]) for link in found if link.type == "share"}
    joined |= {frozenset(link.positions) for link in found if link.type == "part"}
    links = []
    for part in range(len(reading.mentions) - 1):
        whole = part + 1
        if not (is_amount(reading, part) and is_amount(reading, whole)):
            continue
        a, b = reading.mentions[part], reading.mentions[whole]
        if a.unit != b.unit or frozenset((part, whole)) in joined:
            continue
        gap = text[end_of(a) : b.start]
        if PART_OF_WHOLE.match(gap) and not _made_of_other_things(a, b, text[a.end : b.start]):
            links.append(Link("part", (part, whole)))
    return links


# a count's own noun then a bare "of" ("three screenings of"), not "out of"
_NOUN_THEN_OF = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,2}?([^\W\d_]+)\s+(?<!\bout\s)of\s+$")


def _made_of_other_things(a: Mention, b: Mention, between: str) -> bool:
    """Whether a count names things of another kind, each made of or about the second count:
    "three screenings of 361,662 men", "four rounds of 2,400 interviews" (its own counted noun,
    a bare "of", the second counting another noun) are no part of it, as "1,200 of 4,000
    firms", "300 firms of 4,000 firms" or "120 nurses out of 4,000 staff" are."""
    named = _NOUN_THEN_OF.match(between)
    if named is None or not b.noun:
        return False
    return named.group(1).lower() != b.noun.split()[0].lower()


# a count among (out of, of, in) the whole it happened in, its own words around: "48 deaths
# among 40,000 births", "12 of the 3,000 patients"
_COUNTED_AMONG = re.compile(
    r"^[^\d;:.!?()]{0,40}?\b(?:among|out\s+of|of|in)\s+(?:the\s+|all\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# then the rate they make, restated after a comma: ", a rate of 1.2 per 1,000", ", or 0.12%"
_RATE_RESTATED_AFTER = re.compile(
    r"^[^\d;:.!?()]{0,40}?,\s*(?:a\s+rate\s+of|or)\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)


def _count_among_whole_then_rate(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A count among the whole it happened in, then the rate the two make, per hundred or per
    thousand: "There were 48 deaths among 40,000 births, a rate of 1.2 per 1,000", "12 of the
    3,000 patients caught it, or 0.4%". The rate is the share of the count in the whole (a
    rate of change, "a growth rate of 5%", is written with its noun, no share)."""
    taken = {p for link in found for p in link.positions}
    links = []
    for part in range(len(reading.mentions) - 2):
        whole, rate = part + 1, part + 2
        if {part, whole, rate} & taken or not (
            is_amount(reading, part) and is_amount(reading, whole)
        ):
            continue
        a, b, r = reading.mentions[part : part + 3]
        if (
            a.unit != b.unit
            or a.magnitude > b.magnitude  # "480 units in 40 stores": a frame, no whole
            or r.unit not in ("%", "‰")
            or reading.kinds[rate] not in ("value", "share")
        ):
            continue
        restated = _RATE_RESTATED_AFTER.match(text[end_of(b) : r.start])
        if a.unit and restated and "rate" in restated.group(0).lower():
            continue  # after amounts of money a rate is of something else ("a rate of 5%")
        if _COUNTED_AMONG.match(text[end_of(a) : b.start]) and restated:
            reading.kinds[rate] = "share"
            links.append(Link("share", (rate, part, whole)))
    return links


def _named_ratio_of_levels(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A percentage named as a ratio the lexicon defines by what it divides
    (`lexicon.NAMED_RATIOS`), beside the two levels it divides, each named so: "the population
    of 850,000 includes 620,000 urban residents, an urbanisation rate of 72.9%", 常住人口850万人，
    其中城镇人口620万人，城镇化率为72.9%; "assets of $12.4 billion and liabilities of $7.9
    billion, a debt ratio of 63.7%". The share of the part in the whole, as the words define it."""
    shared = {link.positions[0] for link in found if link.type in ("share", "share_part")}
    percents = [
        p
        for p, m in enumerate(reading.mentions)
        if m.unit == "%" and reading.kinds[p] in ("value", "share") and p not in shared
    ]
    if not percents:
        return []
    levels = [p for p in _free_levels(reading, found) if is_amount(reading, p)]
    names = {p: _named_before(reading, text, p) for p in [*levels, *percents]}
    for p in levels:  # "620,000 urban residents": the counted noun names the level too
        names[p] += " " + (reading.mentions[p].noun or "")
    links = []
    for ratio_words, part_words, whole_words in lx.NAMED_RATIOS:
        named = {p: m for p in percents if (m := ratio_words.search(names[p])) is not None}
        ratios = list(named)
        # a ratio of one kind of the part ("a gross margin") names that kind of part only
        kind = (named[ratios[0]].groupdict().get("kind") or "") if len(ratios) == 1 else ""
        parts = [
            p for p in levels if part_words.search(names[p]) and kind.lower() in names[p].lower()
        ]
        wholes = [
            p
            for p in levels
            if whole_words.search(names[p])
            and not part_words.search(names[p])
            and not any(_siblings(names[part], names[p]) for part in parts)
        ]
        if len(ratios) != 1 or len(parts) != 1 or len(wholes) != 1:
            continue
        if reading.mentions[parts[0]].unit != reading.mentions[wholes[0]].unit:
            continue
        reading.kinds[ratios[0]] = "share"
        links.append(Link("share", (ratios[0], parts[0], wholes[0])))
    return links


def _siblings(part_name: str, other_name: str) -> bool:
    """Whether two names name two members of one complete partition (城镇常住人口, 乡村常住人口):
    the other is the part's sibling, never its whole."""
    return any(
        any(m.search(part_name) for m in members)
        and any(m.search(other_name) for m in members)
        and not any(m.search(part_name) and m.search(other_name) for m in members)
        for members in lx.COMPLETE_PARTITIONS
    )


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
CHANGE_CLAUSE = re.compile(r"^\s*[,，;；]\s*(?:[^\s,，;；]+\s*){0,3}$")
# a year dating the level before its change, with its preposition: "500 tonnes in 2020, up"
_YEAR_DATING = re.compile(r"(?:\s+(?:in|for|during)\s+)?\b(?:1[89]|20)\d\d\b")
# a span dating the level before its change: "in the 12 months to March", "over the six weeks
# to 4 May"
_SPAN_DATING = re.compile(
    r"\s+(?:in|over|during)\s+the\s+(?:\d{1,2}|three|six|nine|twelve)\s+(?:months|weeks)\s+"
    r"(?:to|ending)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?",
)
_DASH_OPENING = re.compile(r"^\s*[–—]|^\s+-(?=\s)")
_OF_THE_WHOLE = re.compile(r"^\s*of\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_PART_RESTATED = re.compile(
    r"^[^\d;:.!?]{0,30}?(?:,\s*or|\(|（|--|—|–)\s*" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


def _share_of_whole_restated(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A share of a whole the text gives, then the part it makes, in brackets or after "or":
    "half of the 1,200 staff, or 600, were engineers", "40% of the 5,000 voters (2,000)"."""
    links = []
    for share in range(len(reading.mentions) - 2):
        whole, part = share + 1, share + 2
        if reading.kinds[share : share + 3] != ["share", "value", "value"]:
            continue
        w, p = reading.mentions[whole], reading.mentions[part]
        if w.unit != p.unit or w.unit in ("%", "pp", "x") or "/" in w.number + p.number:
            continue
        if not _OF_THE_WHOLE.match(text[reading.mentions[share].end : w.start]):
            continue
        if _PART_RESTATED.match(text[end_of(w) : p.start]):
            links.append(Link("share", (share, part, whole)))
        elif _WITH_PART.match(text[end_of(w) : p.start]):
            # "30% of the 4,000 casualties, with 1,200 killed or injured": the count is most
            # likely the share's part, but "with" may bring another matter: a reading
            links.append(Link("share", (share, part, whole), stated=False))
    return links


_WITH_PART = re.compile(
    r"^[^\d;:.!?]{0,30}?,\s*with\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)


# no superlative between them: "8个,比上月减少2个,最大降幅为2.8%" (the largest fall among the
# cities counted, not the count's), "the biggest drop was 4%"
_CHANGE_GAP = re.compile(
    r"^(?![^;；。.:!?()\d]*(?:最大|最高|最低|最小|最多|最少|\b(?:largest|biggest|highest|lowest|"
    r"steepest|sharpest|most)\b))[^;；。.:!?()\d]{0,40}$",
    re.IGNORECASE,
)


def _level_and_its_changes(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level followed by its change as an amount, and maybe as a percentage, one after the
    other: "143.6万人,比上年增加5140人,增长0.4%", "sales of $5.2 million, up $400,000 or 8.3%",
    "$64.5 million, about $3 million more than a year earlier". The changes are the level's (the
    base is the level less the amount)."""
    paired = {p for link in found if link.type in ("from_to", "change") for p in link.positions}
    links = []
    for level in range(len(reading.mentions) - 1):
        amount = level + 1
        if reading.kinds[level : level + 2] != ["value", "change"] or amount in paired:
            continue
        lead, by = reading.mentions[level : level + 2]
        if not _counts_the_level(lead, by) or not same_family(lead.unit, by.unit, exact=True):
            continue
        if lead.ratio or (lead.unit == "%" and by.unit == "%"):
            continue  # a part of a ratio; a percent change of a percentage (or points?)
        # a year may date the level between it and its changes ("$5.2 million in 2020, up");
        # a dash may open the change's clause ("2.4 million – some 300,000 more than in 2018")
        gap = _SPAN_DATING.sub("", _YEAR_DATING.sub("", text[end_of(lead) : by.start]))
        gap = _DASH_OPENING.sub(",", gap, 1)
        percents = [
            percent
            for percent in (amount + 1,)
            if percent < len(reading.mentions)
            and reading.kinds[percent] == "change"
            and reading.mentions[percent].unit == "%"
            and _CHANGE_GAP.match(
                _without_base_years(text[end_of(by) : reading.mentions[percent].start])
            )
            # "400 more than last year, while donations rose 12%": another clause's change
            and not _JOINED_AFTER.search(text, end_of(by), reading.mentions[percent].start)
            and not _bases_differ(
                _gap_before(reading, text, amount), _gap_before(reading, text, percent)
            )
        ]
        # with the amount alone, only a clause that opens on the change ("$51.5 million, about
        # $3 million more than a year earlier"), not one between two figures ("A and B")
        if not (_CHANGE_GAP.match(gap) if percents else CHANGE_CLAUSE.match(gap)):
            continue
        links += [Link("change_of", (change, level)) for change in (amount, *percents)]
    return links


def _level_then_percent_or_amount(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A level, then its change as a percentage restated after "or" as an amount: "spending
    of $52.6 billion, an increase of 9 per cent or $4.3 billion over the year", "21,400
    members, up 6% (or 1,200)". Both are the level's changes (the order "up $4.3 billion or 9
    per cent" is `_level_and_its_changes`'); the amount, read as a level of its own before,
    is the change the percentage restates."""
    taken = {p for link in found for p in link.positions}
    links = []
    for level in range(len(reading.mentions) - 2):
        percent, amount = level + 1, level + 2
        if reading.kinds[level : amount + 1] != ["value", "change", "value"]:
            continue
        if {level, percent, amount} & taken:
            continue
        lead, rate, by = reading.mentions[level : amount + 1]
        if rate.unit != "%" or lead.unit in ("%", "pp", "x", "‰") or lead.ratio:
            continue
        if not same_family(lead.unit, by.unit, exact=True) or not _counts_the_level(lead, by):
            continue
        if not _LEVEL_THEN_RATE.match(_YEAR_DATING.sub("", text[end_of(lead) : rate.start])):
            continue
        if not _OR_BETWEEN_CHANGES.match(text[end_of(rate) : by.start]):
            continue
        if _amount_per_counted_thing(text, by):
            continue  # "$52.6 billion, an increase of 9 per cent, or $1,200 per person"
        reading.kinds[amount] = "change"
        links += [Link("change_of", (percent, level)), Link("change_of", (amount, level))]
        taken |= {level, percent, amount}
    return links


# a base a Chinese change names before its verb: 比初步核算数增加, 较上年同期下降, 同比增长
_CJK_NAMED_BASE = re.compile(
    r"(?:同比|(?:比|较)([^\d，,。；;、]{1,12}?)(?:的)?)(?:" + lx.CJK_CHANGE_WORDS + r")"
)


def _cjk_base(gap: str) -> str | None:
    """The base a Chinese change names in the words before it, a year before written as 上年
    (同比, 比去年同期 and 比上年 are one base), or None where it names none."""
    named = _CJK_NAMED_BASE.search(gap)
    if named is None:
        return None
    base = (named.group(1) or "上年").removesuffix("同期")
    return "上年" if base in ("上年", "去年", "上年的", "去年的") else base


def _bases_differ(amount_gap: str, percent_gap: str) -> bool:
    """Whether an amount and the percentage after it are changes against two bases the text
    names: "5000亿元，比初步核算数增加120亿元，比上年增长6.0%" (a revision of the first estimate,
    then growth on the year before: the 6.0% is no percentage of the 120亿元)."""
    amount_base, percent_base = _cjk_base(amount_gap), _cjk_base(percent_gap)
    return amount_base is not None and percent_base is not None and amount_base != percent_base


def _gap_before(reading: SentenceReading, text: str, position: int) -> str:
    """The words between a figure and the figure before it ("" for the first)."""
    if position == 0:
        return ""
    return text[end_of(reading.mentions[position - 1]) : reading.mentions[position].start]


_YEAR_IN_GAP = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _without_base_years(gap: str) -> str:
    """The words between a change's amount and its percentage, less the year the change is
    measured from ("up 68 from 2031, a 13% increase", "$4m more than in 2031, or 9%"): that year
    is the base of both, no figure of another clause."""
    for year in reversed(list(_YEAR_IN_GAP.finditer(gap))):
        if lx.BASE_BEFORE_RE.search(gap, 0, year.start()):
            gap = gap[: year.start()] + gap[year.end() :]
    return gap


def _amount_per_counted_thing(text: str, amount: Mention) -> bool:
    """Whether an amount is counted per person, share or payer ("or $1,200 per person", "or
    $40 a household"): what each one comes to, no change of the total before it."""
    after = end_of(amount)
    return bool(
        lx.PER_COUNTED_AFTER_RE.match(text, after) or lx.PER_PAYER_AFTER_RE.match(text, after)
    )


def _counts_the_level(level: Mention, amount: Mention) -> bool:
    """Whether a count's change counts what the level does: the same noun, or none of its own
    (a change word read as its noun: "48,200 students, 1,300 fewer than last year")."""
    if level.unit or amount.unit or amount.noun == level.noun:
        return True
    return amount.noun is None or amount.noun.split()[0].lower() in lx.CHANGE_WORDS


# between a level and its percentage change: a comma, then a few words ("同比增长", "up", "an")
# or a bracket opening on the change ("India with 12,920 (+8%)")
_LEVEL_THEN_RATE = re.compile(r"^\s*(?:[,，]\s*(?:[^\s,，;；:：.。()（）\d]+\s*){0,3}|[(（]\s*)$")


def _changes_of_levels_respectively(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """Levels, then a list of their changes "respectively" (分别) shares out over them:
    "分别为120亿元和80亿元，分别增长3%和5%", "were $5bn and $4bn respectively, up 8% and 4%",
    "A was $3m, B $5m and C $7m, up 3%, 5% and 12% respectively". Each change is its own
    level's, in order, never the nearest level's."""
    links = []
    for changes, levels in reading.changed_levels:
        pairs = list(zip(changes, levels, strict=True))
        if all(
            reading.mentions[change].unit == "%"
            or same_family(reading.mentions[change].unit, reading.mentions[level].unit, exact=True)
            for change, level in pairs
        ):
            links += [Link("change_of", pair) for pair in pairs]
    return links


def _level_then_its_rate(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level and, in the clause that follows it, its percentage change with no amount:
    "利润总额812.6亿元,同比下降4.1%", "sales of $5.2 million, up 8.3% on the year". The change
    is the level's (its metric and entity, and its date when the text says year on year), though
    with no earlier level there is no arithmetic to check."""
    # a level may be a part ("of which mining, $100m, up 20%") but not already changed
    changed = {
        p
        for link in found
        if link.type in ("from_to", "change", "change_of", "cagr")
        for p in link.positions
    }
    linked = {p for link in found for p in link.positions}
    links = []
    for level in range(len(reading.mentions) - 1):
        rate = level + 1
        if reading.kinds[level : rate + 1] != ["value", "change"] or level in changed:
            continue
        if rate in linked or rate in reading.shared_changes:
            continue
        lead, by = reading.mentions[level], reading.mentions[rate]
        if by.unit != "%" or lead.unit in ("%", "pp", "x", "‰") or lead.ratio:
            continue
        if _LEVEL_THEN_RATE.match(_YEAR_DATING.sub("", text[end_of(lead) : by.start])):
            links.append(Link("change_of", (rate, level)))
    return links


_OR_BETWEEN_CHANGES = re.compile(r"^\s*(?:,|\(|（)?\s*or\s+" + lx.BEFORE_FIGURE + r"$")
_TO_AFTER_CHANGE = re.compile(
    r"^\s*(?:\)|）)?\s*,?\s*"
    # the span of the change before the level: "fell 12,000 or 3% on the year to 388,000"
    r"(?:on\s+the\s+(?:year|quarter|month|week)\s*,?\s*)?"
    r"(?:to|at|to\s+reach(?:\s+(?:a|an|the))?(?:\s+[a-z-]+){0,2}?"
    # where a market closed: "fell 1.6%, or $1.19, to settle at $71.62"
    r"|to\s+(?:settle|close|end|finish)\s+at)\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# the subject level of a sentence whose verb then changes it ("Sales of $5m rose $1m to $6m")
_SUBJECT_OF = re.compile(r"\bof\s+" + lx.BEFORE_FIGURE + r"$")
# "in the city of 11 million people": the figure describes what a preposition names, it is no
# level of the sentence's subject ("cases in the city of 11 million people rose by 325 to ...")
_DESCRIBED_OF = re.compile(
    r"\b(?:in|at|on|for|from|with|across|among|within|near)\s+(?:the\s+|an?\s+)?"
    r"(?:[a-z]+\s+){0,2}of\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# what may stand between that level and the verb of change: no other subject or clause
_TO_ITS_CHANGE = re.compile(
    r"^(?:(?!\b(?:while|whereas|but|as|with|which|who|than)\b)"
    r"(?!\band\s+(?!(?:has\s+|had\s+|was\s+|then\s+)?[a-z]+ed\b))[^;:.!?\d])*$",
    re.IGNORECASE,
)


def _level_changed_to(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A level named as the subject, then changed by an amount or a percentage to a new
    level: "Sales of $5 million rose by $1 million to $6 million", "the old record of
    95.4 billion yuan fell before dawn and grew by 31 billion yuan to reach 126.4
    billion yuan". The change is between the two levels."""
    if any(link.type in ("from_to", "change") for link in found):
        return []
    taken = _converted(found)
    levels = _levels(reading, taken)
    for first, second in zip(levels, levels[1:], strict=False):
        between = [p for p in range(first + 1, second) if p not in taken]
        if len(between) != 1 or reading.kinds[between[0]] != "change":
            continue
        change = between[0]
        a, b, m = reading.mentions[first], reading.mentions[second], reading.mentions[change]
        if a.unit != b.unit or not _fits_pair(reading, text, change, first, second):
            continue
        before = (max(reading.start, a.start - 30), a.start)
        if not _SUBJECT_OF.search(text, *before) or _DESCRIBED_OF.search(text, *before):
            continue
        gap = _BRACKETED.sub("", text[end_of(a) : m.start])
        if _TO_ITS_CHANGE.match(gap) and _TO_AFTER_CHANGE.match(text[end_of(m) : b.start]):
            return [Link("change", (change, first, second))]
    return []


def _amount_after_percent(reading: SentenceReading, text: str, amount: int, lead: Mention) -> bool:
    """A percentage change, then ", or" an amount in the level's unit, then "to" the level:
    "fell 1.65%, or $1.19, to $71.62", "rose 4%, or 200,000, to 5.2 million". The amount is
    the change in the level's unit (read as a change here)."""
    if amount == 0 or reading.kinds[amount - 1] != "change" or reading.kinds[amount] != "value":
        return False
    percent, figure = reading.mentions[amount - 1], reading.mentions[amount]
    if (
        percent.unit != "%"
        or lead.unit == "%"
        or not same_family(figure.unit, lead.unit, exact=True)
    ):
        return False
    if not _OR_BETWEEN_CHANGES.match(text[end_of(percent) : figure.start]):
        return False
    reading.kinds[amount] = "change"
    return True


def _changes_to_level(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A change, as an amount, a percentage or both, then the level it leads to: "rose
    $200,000, or 4%, to $5.2 million", "fell 12 to 480". The changes are the level's; where
    the sentence also gives the level it starts from, `_change_of_pair` links the three."""
    paired = {p for link in found if link.type in ("from_to", "change") for p in link.positions}
    links = []
    for level, kind in enumerate(reading.kinds):
        if kind != "value" or level in paired or level == 0:
            continue
        lead = reading.mentions[level]
        last = level - 1
        if not _TO_AFTER_CHANGE.match(text[end_of(reading.mentions[last]) : lead.start]):
            continue
        if reading.kinds[last] != "change" and not _amount_after_percent(reading, text, last, lead):
            continue
        changes = [last]
        if last > 0 and reading.kinds[last - 1] == "change":
            first = reading.mentions[last - 1]
            if _OR_BETWEEN_CHANGES.match(text[end_of(first) : reading.mentions[last].start]):
                changes.insert(0, last - 1)
        for change in changes:
            amount = reading.mentions[change]
            if (
                amount.unit == "%"
                and lead.unit != "%"
                or same_family(amount.unit, lead.unit, exact=True)
            ):
                links.append(Link("change_of", (change, level)))
            elif one_rate_for_both(amount, lead):
                # "rise by £6.50 to £174.50 a year", "rose by £85 a month to £1,235": the
                # amount and the level are of one rate, written once
                _share_the_rate(amount, lead)
                links.append(Link("change_of", (change, level)))
    return links


# what names the figure straight after a level as a change, in words that say so whatever the
# figure's own reading: ", an increase of £12,300", ", a rise of 4.5%", ", up $12.3 million",
# "(up 4.5%)"; ", or 4.5%" only where the figure already reads as a change (", or $3 million"
# after a level restates the level)
_CHANGE_NAMED_AFTER_LEVEL = re.compile(
    r"^\s*(?:[,，(（]|--|—|–)\s*" + NAMED_AS_CHANGE + r"$"
    r"|^\s*[,，]\s*(?:比上一?年|同比|比去年同期)?(?:增加|减少|減少|增长|增長|下降|增收|减收|減收|多|少)了?\s*$",
    re.IGNORECASE,
)
_CHANGE_OR_AFTER_LEVEL = re.compile(
    r"^\s*(?:[,，(（]|--|—|–)\s*or\s+" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE
)


def _level_then_its_other_change(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A change and the level it leads to, then the same change in its other form straight
    after the level: "rose 4.5% to £285,000, an increase of £12,300", "climbed $12.3 million
    to $285 million, a rise of 4.5%"; the level, its change, then the other form after the
    change (480亿元，比上年增长6.2%，增收28亿元; "$48 billion, up 6.2% from a year earlier, an
    increase of $2.8 billion"); or the level and its change after it, and the change before it
    in the other form (增长4.5%，达到285亿元，增加12.3亿元). Both are the level's changes, so an
    amount and a percentage of one level are checked against each other (the base is the level
    less the amount)."""
    links = []
    taken = {p for link in found for p in link.positions}
    for link in found:
        if link.type != "change_of":
            continue
        change, level = link.positions
        for other in (
            (level + 1, level - 1, change + 1) if change < level else (level - 1, change + 1)
        ):
            if not 0 <= other < len(reading.mentions) or other in taken:
                continue
            if reading.kinds[other] not in ("change", "value") or not _amount_and_percent(
                reading, change, other, level
            ):
                continue
            if _bases_differ(_gap_before(reading, text, change), _gap_before(reading, text, other)):
                continue
            if _other_form_named(reading, text, change, level, other):
                reading.kinds[other] = "change"
                _share_the_rate(reading.mentions[other], reading.mentions[level])
                taken.add(other)
                links.append(Link("change_of", (other, level)))
                break
    return links


# a time or a place straight after a level, before the comma that names its change: "in
# April", "in the year to March", "in 2025", "this year", "in London"
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_LEVEL_PLACED_AFTER = re.compile(
    r"^\s+(?:(?:in|during|for|at)\s+[^\d,;:.()]{1,30}?(?:\s+\d{4})?|in\s+\d{4}|"
    # the month a new level applies from: "will rise by 4.99% to £2,163.45 from April"
    r"from\s+(?:" + "|".join(_MONTHS) + r")|" + _THIS_PERIOD + r")(?=\s*,)",
    re.IGNORECASE,
)


def _other_form_named(
    reading: SentenceReading, text: str, change: int, level: int, other: int
) -> bool:
    """Whether the words between a level (or its change) and a figure next to them say the
    figure is the level's change in its other form: named as a change straight after the
    level or after its change (", an increase of £12,300", "，增收28亿元"), or a change the
    figure after it is the level it leads to (增长4.5%，达到285亿元)."""
    m = reading.mentions
    if other == level - 1:
        gap = text[end_of(m[other]) : m[level].start]
        return reading.kinds[other] == "change" and bool(
            _TO_AFTER_CHANGE.match(gap) or _CJK_CHANGE_TO.match(gap)
        )
    before = level if other == level + 1 else change
    if other != before + 1:
        return False
    gap = text[end_of(m[before]) : m[other].start]
    if before == change:  # the change may name its base first ("up 6.2% from a year earlier")
        gap = _CHANGE_BASE_NAMED.sub("", gap, count=1)
    else:  # the level its time or place ("to £766 in April, an increase of 5.2%")
        gap = _LEVEL_PLACED_AFTER.sub("", gap, count=1)
    return bool(
        _CHANGE_NAMED_AFTER_LEVEL.match(gap)
        or (reading.kinds[other] == "change" and _CHANGE_OR_AFTER_LEVEL.match(gap))
        or (
            _ARTICLE_BEFORE_FIGURE.match(gap)
            and _CHANGE_NOUN_AFTER_FIGURE.match(text, m[other].end) is not None
        )
    )


# the change named by its noun after the figure: ", a 30% increase", "(a £2.8m rise)", ", a
# further 4% year-on-year fall"
_ARTICLE_BEFORE_FIGURE = re.compile(
    r"^\s*(?:[,，(（]|--|—|–)\s*(?:or\s+)?an?\s+(?:[a-z-]+\s+)?" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# ... the noun ending its clause: words after it may name another thing ("a 12% increase in
# profits"), another base ("on 2019", "since 2015"), or another measure ("after inflation")
_CHANGE_NOUN_AFTER_FIGURE = re.compile(
    r"\s*(?:(?:year[- ]on[- ]year|annual|yearly)\s+)?(?:" + lx.CHANGE_WORDS_ALTERNATION + r")s?"
    r"\s*(?:[.,;:!?)）]|--|—|–|$)",
    re.IGNORECASE,
)


# the base a change names straight after it, with no figure: "year on year", "from a year
# earlier", "on the previous quarter"
_CHANGE_BASE_NAMED = re.compile(
    r"^\s*(?:year[- ]on[- ]year|(?:from|on|over|compared\s+(?:with|to)|against)\s+"
    r"(?:a|the|last|previous|same|prior)\b[^\d,;:()]{0,30})",
    re.IGNORECASE,
)


def _amount_and_percent(reading: SentenceReading, one: int, other: int, level: int) -> bool:
    """Whether two changes of a level are one an amount in the level's unit, the other a
    percentage (no points, no factor)."""
    units = (reading.mentions[one].unit, reading.mentions[other].unit)
    if (units[0] == "%") == (units[1] == "%") or "pp" in units or "x" in units:
        return False
    amount = reading.mentions[other if units[0] == "%" else one]
    lead = reading.mentions[level]
    # "to £1,738 a year, an increase of £21": the amount is of the level's rate, written once
    return same_family(amount.unit, lead.unit, exact=True) or (
        not amount.per and one_rate_for_both(amount, lead)
    )


# what changed ("rise in sales at the two stores", "in the north"; the change word may stand
# before the figure: "a gain of 7% in sales") or when ("in the second quarter", "last
# year"), no figure, comma, clause or bracket in it (a year dating it is taken out first), then
# "to" the level: "a 6% rise in sales in 2020, to $5.2 million", "rose 6% last year to 480"
_CHANGE_IN_THEN_TO = re.compile(
    r"^\s*(?:(?:(?:year[- ]on[- ]year|annual|yearly|monthly|quarterly)\s+)?(?:"
    + lx.CHANGE_WORDS_ALTERNATION
    + r")s?)?\s+(?:(?:in|during|over)\s+(?:(?!\b(?:and|while|whereas|but|as|which|who|than|to|from|"
    r"of\s+which)\b)[^\d,;:.!?()（）\[\]，。；：%$€£¥]){1,60}?|(?:last|this|the\s+past)\s+"
    r"(?:year|quarter|month|week))\s*,?\s*(?:to|to\s+reach)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over\s+|under\s+)?|"
    r"more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
# a change, then the level it reaches: "增长6%,达到52亿元", "下降3%至480万吨"
_CJK_CHANGE_TO = re.compile(r"^\s*[,，]?\s*(?:达到|達到|至|到)(?:了)?\s*(?:约|約|近|超过|超過)?$")
# the base year or "a year earlier" named after the change, then "at" or "to" the level: "up 6%
# on 2019 at $5.2 million", "down 4% from a year earlier to 480"
_CHANGE_ON_BASE_THEN_AT = re.compile(
    r"^\s*,?\s*(?:on|from|over|compared\s+(?:with|to)|against)\s+(?:(?:1[89]|20)\d\d|"
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year|"
    r"last\s+year)\s*,?\s*(?:to|at)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


def _change_named_then_level(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A change (a percentage or an amount), the words for what changed, when, or the base it
    is measured on, then the level it leads to: "posted a 6 per cent rise in visitor numbers in
    2020, to 5.2 million", "exports were up 4% on 2019 at $80 billion", "a $5 million cut in
    funding to $20 million". The change is the level's, as in "rose 6% to 5.2 million"
    (`_changes_to_level`), with the thing changed named between them. A level may have its
    change in two forms ("rose 4.5% ... to £285,000, an increase of £12,300")."""
    linked = {
        p for link in found for p in link.positions[: 1 if link.type == "change_of" else None]
    }
    links = []
    for change in range(len(reading.mentions) - 1):
        level = change + 1
        if reading.kinds[change : level + 1] != ["change", "value"]:
            continue
        if change in linked or level in linked:
            continue
        by, lead = reading.mentions[change], reading.mentions[level]
        if lead.unit in ("%", "pp", "x", "‰") or lead.ratio:
            continue
        # a percentage, or an amount in the level's own unit ("a $5 million cut in funding
        # to $20 million")
        if by.unit != "%" and not same_family(by.unit, lead.unit, exact=True):
            continue
        gap = text[end_of(by) : lead.start]
        if not (
            _CHANGE_ON_BASE_THEN_AT.match(gap)
            or _CHANGE_IN_THEN_TO.match(_YEAR.sub("", gap))
            or _CJK_CHANGE_TO.match(gap)
        ):
            continue
        # "a 5% rise in grants to 300 charities", "up 4% on 2019 at 80 stores": a count of
        # something the sentence has not named before is whom or where, not the level
        if lead.noun and not _noun_named_before(text[reading.start : lead.start], lead.noun):
            continue
        links.append(Link("change_of", (change, level)))
    return links


def _noun_named_before(words: str, noun: str) -> bool:
    """Whether the head of a counted noun ("containers", "tonnes of grain") stands in the
    words before its figure, singular or plural."""
    head = noun.split()[0].lower()
    stem = head[:-1] if len(head) > 3 and head.endswith("s") else head
    return re.search(rf"\b{re.escape(stem)}", words, re.IGNORECASE) is not None


def _change_and_its_rate(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A total change and an average annual rate over one span the sentence names, with no
    level to tie either to: "From 1953 to 2013, GDP grew 122 times, an average of 8.2 percent a
    year". Two views of one change."""
    if any(kind == "value" for kind in reading.kinds):
        return []
    if not any(p.role in ("range", "past") and p.period for p in reading.periods):
        return []
    changes = [p for p, kind in enumerate(reading.kinds) if kind == "change"]
    rates = [p for p, kind in enumerate(reading.kinds) if kind == "cagr"]
    if len(changes) != 1 or len(rates) != 1:
        return []
    if reading.mentions[changes[0]].unit not in ("%", "x"):
        return []
    return [Link("rate_of", (rates[0], changes[0]))]


# a figure per day, week, month or year as a mention's unit writes it: "/ day", "USD / month"
_PER_PERIOD = re.compile(r"^(?P<base>.*?)\s*/ (?P<period>hour|day|week|month|year)$")
# what restates a total as its rate straight after it: ", or 150 a day", "(about 150 a day)"
_RESTATED_AS_RATE = re.compile(
    # the year the total is of may stand before ("91,250 patients in 2025, or 250 a day")
    r"^(?:\s+(?:in|during)\s+(?:1[89]|20)\d\d)?"
    r"\s*(?:[,，(（]|--|—|–)\s*(?:or\s+)?(?:(?:" + lx.APPROXIMATION_WORDS_ALTERNATION + r")\s+)?$",
    re.IGNORECASE,
)
_ON_AVERAGE_AFTER = re.compile(r"\s+on\s+(?:an?\s+)?average\b", re.IGNORECASE)
# a span or scope of the rate's own after it ("200 a day in December", "during the summer", "on
# weekdays"): other than its total's, unless it is the total's year again
_RATE_SCOPED_AFTER = re.compile(
    r"\s+(?:in|during|over|on|at|across|through)\s+"
    r"(?!(?:an?\s+)?average\b|(?:1[89]|20)\d\d\b)(?:the\s+|its\s+|their\s+)?[^\W\d_]",
    re.IGNORECASE,
)


def _total_and_its_average(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A total and the average per day (week, month) it makes, in one sentence: "drew 1.2
    million visitors, an average of 3,300 a day", "sold $4.5 million, or $150,000 a day",
    接待游客1500万人次，日均30万人次. One quantity over one period, counted two ways: the rate
    rule checks them once the period's days are known. The total is the one level of the
    average's unit before it; the link is the text's only when the sentence itself
    dates the total (a year carried over from another sentence may not be the total's span)."""
    links = []
    for position, mention in enumerate(reading.mentions):
        per = _PER_PERIOD.match(mention.unit)
        if per is None or reading.kinds[position] != "value":
            continue
        total = _total_before(reading, position, per.group("base"))
        if total is None or not _said_to_average(reading, text, total, position):
            continue
        if _RATE_SCOPED_AFTER.match(text, end_of(mention)):
            continue  # "..., or 200 a day in December": the rate's own span, not the total's
        period = reading.periods_of.get(total)
        dated = period is not None and any(p.period == period for p in reading.periods)
        days = _length_in(reading, per.group("period"))
        if days and not lasts(period, reading.mentions[days[0]]):
            dated = False  # "the 7-day holiday of 2031": the year is not the span averaged over
        if lx.COUNTED_DAYS_RE.search(text, reading.start, reading.end):
            dated = False  # which days count (250 trading days a year?) the text does not say
        links.append(Link("average_of", (position, total, *days), stated=dated))
    return links


def _count_and_its_average(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A total, the count it is spread over and the average the sentence says each counted
    thing has, in that order: "scored 58 goals in 20 games, an average of 2.9 a game", "spent
    £4.2m on 300 staff, an average of £14,000 each", 共投入资金1.2亿元，惠及3000户，户均4万元.
    The average names what it is per ("each", "a head", "a game" for games, 户均 for 户), so
    the total is the count times the average (the product rule); an average per day is the
    rate rule's, and a figure per head of a population the sentence does not count is none."""
    linked = {p for link in found for p in link.positions}
    links = []
    for total in range(len(reading.mentions) - 2):
        count, each = total + 1, total + 2
        if linked & {total, count, each} or reading.kinds[total : each + 1] != ["value"] * 3:
            continue
        figures = reading.mentions[total : each + 1]
        if not _counted_over(figures[0], figures[1], figures[2]):
            continue
        if _dated_apart(reading, text, total, each):
            continue  # "520,000 fans in 19 home games last season, an average of 24,500 a game
            # this season": another season's average
        if _average_per_count(text, *figures) or _average_per_count_zh(text, *figures):
            links.append(Link("product", (total, count, each)))
    return links


# an average before its figure ("an average of", "averaged", "averaging"), "over" between it
# and the count averaged over, and the total after ("..., a total of", "..., or")
_AVERAGE_BEFORE = re.compile(
    r"\b(?:an?\s+average\s+of|averag(?:ed|ing|es))\s+(?:just\s+)?[$£€]?$", re.IGNORECASE
)
_OVER_THE_COUNT = re.compile(r"^\s+over\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_TOTAL_AFTER_AVERAGE = re.compile(
    r"^\s*,\s*(?:(?:for|making|giving|with)\s+)?(?:a|an\s+overall)\s+total\s+of\s+"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)


def _average_over_count_then_total(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """An average, the count it is over and the total, in that order: "scored an average of 25
    points over 40 games, a total of 1,000", "averaged £300 over 12 months, a total of £3,600".
    The total is the count times the average (the product rule); the total counts the
    average's thing or names none."""
    linked = {p for link in found for p in link.positions}
    for each in range(len(reading.mentions) - 2):
        count, total = each + 1, each + 2
        if linked & {each, count, total} or reading.kinds[each : total + 1] != ["value"] * 3:
            continue
        e, c, t = reading.mentions[each : total + 1]
        if not _AVERAGE_BEFORE.search(text, max(reading.start, e.start - 30), e.start):
            continue
        if not (
            _OVER_THE_COUNT.match(text[end_of(e) : c.start])
            and _TOTAL_AFTER_AVERAGE.match(text[end_of(c) : t.start])
        ):
            continue
        if c.unit or not c.noun or e.unit != t.unit or e.unit in ("%", "pp", "x"):
            continue
        if t.noun and t.noun != e.noun:
            continue
        return [Link("product", (total, count, each))]
    return []


# a span named after an average, before its clause ends: "a game this season", "a day in 2024"
_SPAN_OF_A_FIGURE = r"\b((?:this|last|next)\s+(?:season|year|month|week)|in\s+(?:1[89]|20)\d\d)\b"
_SPAN_AFTER_AVERAGE = re.compile(r"[^,;:.()]*?" + _SPAN_OF_A_FIGURE, re.IGNORECASE)
_SPAN_NAMED = re.compile(_SPAN_OF_A_FIGURE, re.IGNORECASE)


def _dated_apart(reading: SentenceReading, text: str, total: int, each: int) -> bool:
    """Whether an average names a span after it and the words from the total to it name
    another: the two are of different seasons or years."""
    after = _SPAN_AFTER_AVERAGE.match(text, reading.mentions[each].end, reading.end)
    if after is None:
        return False
    before = text[reading.mentions[total].start : reading.mentions[each].start]
    named = {span.lower() for span in _SPAN_NAMED.findall(before)}
    return bool(named) and after.group(1).lower() not in named


def _counted_over(total: Mention, count: Mention, each: Mention) -> bool:
    """A count of things (a noun, no unit) between a total and an average of one unit."""
    return (
        count.unit == ""
        and bool(count.noun)
        and total.unit == each.unit
        and total.unit not in ("%", "pp", "x", "‰")
        and not any(m.ratio for m in (total, count, each))
        and (not each.noun or each.noun == total.noun)
    )


def _average_per_count(text: str, total: Mention, count: Mention, each: Mention) -> bool:
    """ "58 goals in 20 games, an average of 2.9 a game": the count after a preposition, the
    average after a comma, then what it is per, which must be the counted thing."""
    if not lx.TOTAL_OVER_COUNT_RE.match(text[end_of(total) : count.start]):
        return False
    if not lx.AVERAGE_AFTER_COUNT_RE.match(text[end_of(count) : each.start]):
        return False
    per = lx.EACH_AFTER_RE.match(text, end_of(each))
    if per is None:
        return False
    noun = (per.group("noun") or "").lower()
    return not noun or (noun not in lx.TIME_NOUNS and _same_thing(noun, count.noun or ""))


def _same_thing(noun: str, counted: str) -> bool:
    """Whether a noun in the singular ("game") names the counted noun's head ("games"), which
    one word may qualify before it ("19 home games")."""
    return any(
        head in (noun, f"{noun}s", f"{noun}es")
        or (noun.endswith("y") and head == f"{noun[:-1]}ies")
        for head in counted.lower().split()[:2]
    )


def _average_per_count_zh(text: str, total: Mention, count: Mention, each: Mention) -> bool:
    """惠及3000户，户均4万元: the average straight after the count's clause, named per the
    counted thing (户均 of 户, 人均 of 人 or 名, 平均每村 of 村)."""
    # a few words between the total and its count, in the same clause or the next
    # (投入资金1.2亿元，惠及3000户)
    gap = text[end_of(total) : count.start]
    if len(gap) > 8 or any(stop in gap for stop in "。；;"):
        return False
    per = lx.CJK_AVERAGE_PER_RE.match(text[end_of(count) : each.start])
    if per is None:
        return False
    thing = per.group("before") or per.group("after") or per.group("each")
    counted = {count.noun or "", text[end_of(count) : end_of(count) + 1]}
    return bool(counted & set(lx.CJK_COUNTED_AS.get(thing, (thing,))))


# between what each counted thing has and their count: "£65 for each of the country's 23
# million households", "$40 to every one of the 9,000 members"
_EACH_OF_THE_COUNT = re.compile(
    r"^\s+(?:for|to|on)\s+(?:each|every)\s+(?:one\s+)?of\s+"
    r"(?:the\s+|its\s+|their\s+|these\s+|those\s+|(?:the\s+)?[^\W\d_]+['’]s\s+)?$",
    re.IGNORECASE,
)


def _total_then_each_of_count(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A total restated as what each of a count of things gets: "The scheme cost £1.2bn, or
    £52 for each of the country's 23 million households" (the total the product of the two)."""
    linked = {p for link in found for p in link.positions}
    links = []
    for total in range(len(reading.mentions) - 2):
        size, count = total + 1, total + 2
        if linked & {total, size, count} or reading.kinds[total : count + 1] != ["value"] * 3:
            continue
        t, s, c = reading.mentions[total : count + 1]
        if t.unit != s.unit or t.unit in ("%", "pp", "x", "‰") or c.unit or not c.noun:
            continue
        if any(m.ratio or "/" in m.number for m in (t, s, c)):
            continue
        if lx.AVERAGE_AFTER_COUNT_RE.match(text[end_of(t) : s.start]) and _EACH_OF_THE_COUNT.match(
            text[end_of(s) : c.start]
        ):
            links.append(Link("product", (total, count, size)))
    return links


# between a count and the price or size each has: "18,000 tickets at £450 each"
_AT_EACH_BEFORE = re.compile(
    r"^\s+(?:at|for|costing|priced\s+at)\s+" + lx.BEFORE_FIGURE + r"$", re.I
)
# after what each has, the total they make, gross: ", raising £8.1m", ", worth £2m in all", "
# for a total of"; not "making" or "earning", which may be net of costs
_EACH_THEN_TOTAL = re.compile(
    r"^\s*(?:each|apiece|a\s+head|per\s+head|a\s+piece)\s*,?\s*(?:and\s+)?"
    r"(?:raising|bringing\s+in|generating|grossing|worth|totall?ing|for\s+a\s+total\s+of|"
    r"a\s+total\s+of)\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# the total ends its clause: "raising £8.1m more than" compares it with something else,
# "raising £9.1m from tickets and sponsors" counts more than the count
_TOTAL_CLAUSE_ENDS = re.compile(r"\s*(?:[,;:.!?)]|$)")


def _count_at_each_then_total(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count, what each counted thing costs or holds, and the total they make: "sold 18,000
    season tickets at £450 each, raising £8.1m", "300 homes at $250,000 apiece, worth $75
    million". The total is the count times each's (the product rule)."""
    linked = {p for link in found for p in link.positions}
    links = []
    for count in range(len(reading.mentions) - 2):
        each, total = count + 1, count + 2
        if linked & {count, each, total} or reading.kinds[count : total + 1] != ["value"] * 3:
            continue
        c, e, t = reading.mentions[count : total + 1]
        if c.unit or not c.noun or e.unit != t.unit or e.unit in ("", "%", "pp", "x", "‰"):
            continue
        if any(m.ratio or "/" in m.number for m in (c, e, t)):
            continue
        if not _AT_EACH_BEFORE.match(text[end_of(c) : e.start]):
            continue
        if _EACH_THEN_TOTAL.match(text[end_of(e) : t.start]) and _TOTAL_CLAUSE_ENDS.match(
            text, end_of(t)
        ):
            links.append(Link("product", (total, count, each)))
    return links


# between two counts a ratio divides: "840 pupils and 42 teachers"
_TWO_COUNTS_JOINED = re.compile(r"^\s+and\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# between the second count and their ratio, in apposition: ", a ratio of", ", or", ", a
# pupil-teacher ratio of", ", giving a ratio of"
_RATIO_AFTER_COUNTS = re.compile(
    r"^\s*,\s*(?:or\s+|giving\s+|that\s+is\s+|which\s+is\s+)?"
    r"(?:(?:an?|the)\s+(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+)?ratio\s+of\s+)?"
    r"(?:(?:" + lx.APPROXIMATION_WORDS_ALTERNATION + r")\s+)?$",
    re.IGNORECASE,
)
# after the ratio's figure and noun, what it is per, closing the clause: "per teacher.", "for
# each nurse,", "to every doctor"
_PER_ONE_COUNTED = re.compile(
    r"\s*(?:per|a|for\s+each|for\s+every|to\s+each|to\s+every|to\s+one|for\s+one)\s+"
    r"(?P<noun>[^\W\d_]+)\s*(?:[,;:.!?)]|$)",
    re.IGNORECASE,
)


def _ratio_of_two_counts(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """Two counts and then, in apposition, how many of the one there are per one of the other:
    "The school has 840 pupils and 42 teachers, a ratio of 20 pupils per teacher", "42 teachers
    and 840 pupils, or 20 pupils per teacher". The ratio names both counted things, so the count
    it counts is the other count times it (the product rule)."""
    linked = {p for link in found for p in link.positions}
    links = []
    for first in range(len(reading.mentions) - 2):
        second, ratio = first + 1, first + 2
        if linked & {first, second, ratio} or reading.kinds[first : ratio + 1] != ["value"] * 3:
            continue
        a, b, r = reading.mentions[first : ratio + 1]
        if any(m.unit or not m.noun or m.ratio or "/" in m.number for m in (a, b, r)):
            continue
        if not _TWO_COUNTS_JOINED.match(text[end_of(a) : b.start]):
            continue
        if not _RATIO_AFTER_COUNTS.match(text[end_of(b) : r.start]):
            continue
        per = _PER_ONE_COUNTED.match(text, end_of(r))
        if per is None:
            continue
        figures = _counted_per_other(
            per.group("noun").lower(), r.noun or "", (first, a), (second, b)
        )
        if figures is not None:
            links.append(Link("product", (*figures, ratio)))
    return links


def _counted_per_other(
    per: str, counted: str, *counts: tuple[int, Mention]
) -> tuple[int, int] | None:
    """(the count the ratio counts, the count it is per) of two counts, when the ratio's own noun
    names one ("pupils") and what it is per the other ("teacher"); None otherwise."""
    for (total, t), (each, e) in (counts, counts[::-1]):
        if _same_heads(counted, t.noun or "") and _same_thing(per, e.noun or ""):
            return total, each
    return None


def _same_heads(noun: str, other: str) -> bool:
    """Whether two counted nouns end on the same head word ("pupils", "primary pupils")."""
    return bool(noun and other) and noun.lower().split()[-1] == other.lower().split()[-1]


def _count_times_its_size(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count, the size each counted thing has and the total they make: "each of the 4 teams
    has 12 players, 48 in total", 每个班有40名学生，共有12个班，合计480名学生. The sentence
    says what each has and that the last figure is all of them: the total is their product."""
    linked = {p for link in found for p in link.positions}
    links = []
    for count in range(len(reading.mentions) - 2):
        size, total = count + 1, count + 2
        if linked & {count, size, total} or reading.kinds[count : total + 1] != ["value"] * 3:
            continue
        if _each_of_has(text, *reading.mentions[count : total + 1]):
            links.append(Link("product", (total, count, size)))
    for size, mention in enumerate(reading.mentions):
        has = lx.CJK_EACH_HAS_RE.search(text, max(reading.start, mention.start - 8), mention.start)
        if has is None or size in linked or reading.kinds[size] != "value":
            continue
        figures = _counted_and_total_zh(reading, text, size, has.group("noun"))
        if figures is not None and not linked & set(figures):
            links.append(Link("product", (figures[1], figures[0], size)))
    return links


def _each_of_has(text: str, count: Mention, size: Mention, total: Mention) -> bool:
    """ "each of the 4 teams has 12 players, 48 in total": counts of things, no units."""
    if count.unit or size.unit or total.unit or not count.noun or not size.noun:
        return False
    if total.noun and total.noun != size.noun:
        return False
    if not lx.EACH_OF_BEFORE_RE.search(text, max(0, count.start - 24), count.start):
        return False
    if not lx.EACH_HAS_RE.match(text[end_of(count) : size.start]):
        return False
    gap = text[end_of(size) : total.start]
    return bool(lx.SIZE_THEN_TOTAL_RE.match(gap)) and (
        "total" in gap.lower() or bool(lx.TOTAL_AFTER_RE.match(text, end_of(total)))
    )


def _counted_and_total_zh(
    reading: SentenceReading, text: str, size: int, noun: str
) -> tuple[int, int] | None:
    """For 每个班有40名学生: the one count of 班 in the sentence (共有12个班) and the one total
    named by 合计 in the size's own classifier (合计480名), or None."""
    unit = reading.mentions[size]
    counts, totals = [], []
    for position, mention in enumerate(reading.mentions):
        if position == size or reading.kinds[position] != "value" or mention.unit:
            continue
        if text.startswith(noun, end_of(mention)) or (mention.noun or "").endswith(noun):
            counts.append(position)
        elif mention.noun == unit.noun and lx.CJK_TOTAL_BEFORE_RE.search(
            text, max(reading.start, mention.start - 4), mention.start
        ):
            totals.append(position)
    if unit.unit or not unit.noun or len(counts) != 1 or len(totals) != 1:
        return None
    return counts[0], totals[0]


def lasts(period: str | None, length: Mention) -> bool:
    """Whether a period lasts the length of time a figure gives ("40 days" and
    2031-01-17..2031-02-25): only a length in days is counted."""
    from ..periods import PeriodError, parse_period

    if period is None or length.unit != "day":
        return False
    try:
        return parse_period(period).days == length.value
    except PeriodError:
        return False


def _length_in(reading: SentenceReading, period: str) -> list[int]:
    """The one length of time of the sentence in the average's period ("the 8-day holiday",
    共40天): the span the total is counted over, joined to the two (no rule reads it: the rate
    rule counts the days of the claims' period)."""
    lengths = [
        p
        for p, mention in enumerate(reading.mentions)
        if reading.kinds[p] == "value" and mention.unit == period
    ]
    return lengths if len(lengths) == 1 else []


def _total_before(reading: SentenceReading, position: int, unit: str) -> int | None:
    """The one level before a rate in the rate's unit less its period, counting the same noun
    when both name one; None when the sentence gives two such levels (which one is averaged,
    the text does not say)."""
    rate = reading.mentions[position]
    levels = [
        before
        for before in range(position)
        if reading.kinds[before] == "value" and reading.mentions[before].unit == unit
    ]
    if len(levels) != 1:
        return None
    noun = reading.mentions[levels[0]].noun
    return None if rate.noun and noun and rate.noun != noun else levels[0]


def _said_to_average(reading: SentenceReading, text: str, total: int, rate: int) -> bool:
    """Whether the words around a rate make it the average of the total before it: an average
    word in the clause that leads to the rate, "on average" after it, or the rate restating the
    total straight after it (", or 150 a day")."""
    mention = reading.mentions[rate]
    previous = reading.mentions[rate - 1]
    lead = text[end_of(previous) : mention.num_start]
    if lx.AVERAGE_WORD_RE.search(lead) or _ON_AVERAGE_AFTER.match(text, end_of(mention)):
        return True
    return rate - 1 == total and bool(_RESTATED_AS_RATE.match(lead))


def _change_and_its_average_over_years(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A percentage change measured from a base year and, straight after it, its average annual
    rate over the years between, their number written: 较2029年增长41.2%，两年平均增长18.8%;
    "up 21% compared with 2029, a two-year average growth of 10%". Two views of one change,
    which the rule growth-vs-cagr compares."""
    links = []
    for rate in range(1, len(reading.mentions)):
        change = rate - 1
        if reading.mentions[change].unit == "year" and change > 0:
            change -= 1  # "a two-year average": the number of years is a figure of its own
        if (reading.kinds[change], reading.kinds[rate]) != ("change", "cagr"):
            continue
        figure = reading.mentions[change]
        if figure.unit != "%" or not lx.AVERAGE_OVER_YEARS_RE.search(
            text, end_of(figure), reading.mentions[rate].start
        ):
            continue
        # the base year before the change (较2029年增长) or after it ("up 21% from 2029")
        opening = end_of(reading.mentions[change - 1]) if change else reading.start
        closing = reading.mentions[rate].start
        if any(
            p.role in ("base", "since") and opening <= p.start < closing for p in reading.periods
        ):
            links.append(Link("rate_of", (rate, change)))
    return links


# Between a quarter's change and the same growth at an annual rate: no figure, no clause end
# ("rose 0.6% in the third quarter, or 2.4% at an annualized rate", "0.6% (2.4% annualized)",
# "0.6%, an annualized 2.4%"); the annual rate's own words before it or right after it.
_ANNUALIZED_GAP = re.compile(
    r"^[^\d;:.!?]{0,40}?(?:,\s*|\(\s*|\s+)(?:or\s+)?(?:an?\s+)?(?P<named>annuali[sz]ed\s+)?$",
    re.IGNORECASE,
)
_ANNUALIZED_AFTER = re.compile(
    r"\s*(?:annuali[sz]ed\b|at\s+an?\s+(?:annuali[sz]ed|annual)\s+(?:rate|pace)\b"
    r"|on\s+an\s+annuali[sz]ed\s+basis\b|in\s+annuali[sz]ed\s+terms\b)",
    re.IGNORECASE,
)
_QUARTER_SPOKEN_OF = re.compile(r"\bquarter\b|\bthree\s+months\b", re.IGNORECASE)


def _quarter_change_annualized(
    reading: SentenceReading, text: str, found: list[Link]
) -> list[Link]:
    """A quarter's percentage change, then the same growth at an annual rate: "GDP grew 0.6% in
    the third quarter, or 2.4% at an annualized rate". One growth two ways, the annual rate
    compounding to the change over a quarter of a year (growth-vs-cagr compares them). Only in
    a sentence speaking of a quarter (or three months), the change with no year-on-year base
    named before the rate."""
    if not _QUARTER_SPOKEN_OF.search(text, reading.start, reading.end):
        return []
    links = []
    for change in range(len(reading.mentions) - 1):
        rate = change + 1
        first, second = reading.mentions[change], reading.mentions[rate]
        if first.unit != "%" or second.unit != "%" or reading.kinds[change] != "change":
            continue
        gap = _ANNUALIZED_GAP.match(text[end_of(first) : second.start])
        if gap is None or lx.YOY_RE.search(text, end_of(first), second.start):
            continue
        if gap.group("named") or _ANNUALIZED_AFTER.match(text, end_of(second)):
            links.append(Link("annualized", (rate, change)))
    return links


# A new linking pattern is one function here and a case in tests/test_extraction_links.py.
# a count per length of time: "/ year", "/ (20 second)" (once every 20 seconds)
_TIME_RATE = re.compile(
    r"^/ (?:\(\d[\d.,]* )?(?:second|minute|hour|day|week|month|quarter|year)s?\)?$"
)
_RATE_RESTATED_BETWEEN = re.compile(
    r"^(?:\s+(?:a|an|per|each|every)\s+[a-z]+)?\s*"
    r"(?:\(|\[|,\s*or\s+|\s+or\s+|[:：]|--|—|–|,\s*(?:that\s+is|i\.e\.),?\s+)\s*"
    + lx.BEFORE_FIGURE
    + r"(?:one\s+|an?\s+[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _rate_restated(reading: SentenceReading, text: str, found: list[Link]) -> list[Link]:
    """A count per length of time restated per another length right after it: "1.5 million
    strokes a year, or one every 21 seconds", "a birth every 8 seconds (about 4 million a
    year)", "500 cars a day, or 3,500 a week". One quantity, that must agree once the
    lengths are counted; but which hours, days or weeks count (a working day? 250 working days
    a year?) the text does not say, so the reading is the drafter's (a note at most)."""
    links = []
    for position in range(1, len(reading.mentions)):
        a, b = reading.mentions[position - 1], reading.mentions[position]
        if reading.kinds[position - 1 : position + 1] != ["value", "value"]:
            continue
        if not (_TIME_RATE.match(a.unit) and _TIME_RATE.match(b.unit)) or a.unit == b.unit:
            continue
        if _RATE_RESTATED_BETWEEN.match(text[end_of(a) : b.start]):
            links.append(Link("rate_restated", (position - 1, position), stated=False))
    rates = [p for p, m in enumerate(reading.mentions) if _TIME_RATE.match(m.unit)]
    if not links and len(rates) == 2 and _same_event(reading, text, *rates):
        links.append(Link("rate_restated", tuple(rates), stated=False))
    return links


def _same_event(reading: SentenceReading, text: str, first: int, second: int) -> bool:
    """Two counts per different lengths of time of one event, named on each side of the
    second in two words or more ("every 12 minutes a road death is recorded ... insurers
    count 40,000 road deaths a year"; not "40 coffees a day and the bakery 300 loaves a
    week")."""
    a, b = reading.mentions[first], reading.mentions[second]
    if reading.kinds[first] != "value" or reading.kinds[second] != "value" or a.unit == b.unit:
        return False
    before, after = text[reading.start : b.start], text[b.start : reading.end]
    return len(_event_words(before) & _event_words(after)) >= 2


def _event_words(clause: str) -> frozenset[str]:
    """The nouns and names of a clause, singular, with no word of time or number."""
    return frozenset(
        word.lower()[:-1] if word.lower().endswith("s") and len(word) > 3 else word.lower()
        for word in cx.split_words(clause)
        if word[:1].isalpha()
        and not cx.is_stop(word)
        and word.lower() not in lx.TIME_NOUNS
        and word.lower() not in lx.VERBS
        and word.lower() not in ("every", "each", "per", "one")
    )


LINK_PATTERNS: list[LinkPattern] = [
    _ratio_structure,
    _sector_shares,
    _sector_shares_respectively_zh,
    _restated_in_brackets,
    _converted_by_verb,
    _fraction_as_percent,
    _from_to,
    _from_to_zh,
    _revised_pair,
    _revised_estimate,
    _level_up_amount_from,
    _compared_levels,
    _long_clause_compared_then_change,
    _share_then_points_on_earlier,
    _compared_levels_zh,
    _compared_with_base_zh,
    _usual_then_now,
    _base_after_change_zh,
    _base_before_change_zh,
    _earlier_bracket_after_change_zh,
    _base_named_before_change_zh,
    _last_year_then_now_zh,
    _dated_levels,
    _change_of_pair,
    _earlier_in_brackets,
    _change_than_a_year_when,
    _change_on_a_year_when,
    _earlier_bracket_after_change,
    _change_after_pair,
    _amount_carrying_pair,
    _change_applied,
    _two_compared,
    _times_the_other,
    _multiple_of_another_times_figure,
    _factor_of_two_given,
    _multiple_of_the_other,
    _multiple_of_a_level_named_apart_zh,
    _fraction_of_the_other_zh,
    _fraction_of_a_level_named_apart_zh,
    _percent_than_the_other,
    _margin_between,
    _majority_between_tallies,
    _lead_then_tallies,
    _gap_between_rates,
    _lead_between_shares,
    _points_than_the_other,
    _arithmetic_written_out,
    _difference_between_named,
    _named_difference,
    _net_of_flows_named_after,
    _net_of_flow_changes,
    _net_of_counted_flows,
    _named_difference_of_changes,
    _remainder_written_out,
    _rate_restated,
    _total_and_its_average,
    _count_and_its_average,
    _average_over_count_then_total,
    _ratio_of_two_counts,
    _count_at_each_then_total,
    _count_times_its_size,
    _total_then_each_of_count,
    _shares_of_each_sex,
    _whole_and_parts,
    _whole_named_first,
    _share_closing_its_part,
    _share_of_scope_counted_zh,
    _rate_named_by_its_part_zh,
    _listed_then_total,
    _breakdown_after_colon,
    _shares_down_to_the_rest,
    _share_of_named_whole,
    _counted_share,
    _turnout_of_the_electorate,
    _turnout_after_its_electorate,
    _share_of_whole_counted,
    _share_then_its_count_closing,
    _share_of_whole_restated,
    _part_of_them,
    _share_then_count,
    _share_beside_its_count,
    _count_among_whole_then_rate,
    _count_out_of_whole,
    _named_ratio_of_levels,
    _changes_of_levels_respectively,
    _level_and_its_changes,
    _level_then_percent_or_amount,
    _level_changed_to,
    _changes_to_level,
    _change_named_then_level,
    _level_then_its_rate,
    _level_then_its_other_change,
    _change_and_its_rate,
    _change_and_its_average_over_years,
    _quarter_change_annualized,
    _alternative_figure,
    _rounded_again,
]


def find_links(reading: SentenceReading, text: str) -> list[Link]:
    """The links phase: every pattern over the sentence, each seeing the links found before it.
    A link joins two figures of the sentence or more, so a sentence of one figure has none
    (unless that figure is a part of a ratio, which the ratio pattern reads as a share): the
    patterns are not run there (the figures of a table are sentences of one figure each)."""
    if len(reading.mentions) == 1 and not reading.mentions[0].ratio:
        return []
    found: list[Link] = []
    for pattern in LINK_PATTERNS:
        found.extend(pattern(reading, text, found))
    return found


def same_family(a: str, b: str, exact: bool = False) -> bool:
    if exact:
        return a == b or (_family(a) == _family(b) and _family(a) != "currency")
    return _family(a) == _family(b) and _family(a) not in ("count", "percent")


def _family(unit: str) -> str:
    """What a unit measures, read from the unit registry (the one table of units): kilometres and
    miles are both lengths; every currency is one family, since only a rate converts them."""
    if unit in ("%", "pp", "‰", "千分点"):
        return "percent"
    if unit in ("", "x") or unit.startswith("/"):
        return "count"
    try:
        info = unit_info(unit)
    except UnitError:
        return unit
    return "currency" if info.is_currency else str(info.dimension)


def _before(a: str, b: str) -> bool:
    from ..periods import PeriodError, parse_period

    try:
        return parse_period(a).end < parse_period(b).end
    except PeriodError:
        return False
