"""From mentions to claims: what each number is (a level, a change, an annual rate, a share, a
restatement), which figures a sentence links ("from X in 2013 to Y in 2022, a jump of P
percent"), and the period, entity and metric of each.

Each sentence goes through three phases, each with its record: context (`SentenceReading`: the
kind and the stated period of each figure), links (`Link`s: `link_patterns.find_links` runs the
registry `LINK_PATTERNS`, one small function per pattern) and draft (`DraftClaim`s and
`Relation`s, a relation `stated` when the text states it), which this module holds. A claim tied
to others by a stated relation gets confidence 1, any other the drafter's `GUESSED`; nothing the
text does not give is filled in.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from quicktions import Fraction

from .. import numerals
from . import context as cx
from . import crosslinks
from . import lexicon as lx
from . import partitions as pt
from .document import HEADER_WORDS, Document
from .link_patterns import (
    CHANGE_CLAUSE,
    OF_THEM_AFTER,
    PART_OF_WHOLE,
    TO_LEVEL,
    Link,
    SentenceReading,
    difference_roles,
    end_of,
    find_links,
    folded_sentence,
    is_share_figure,
    lasts,
    names_a_difference,
    narrowed_difference,
    one_rate_for_both,
    rate_named_than,
    same_family,
    sex_shares_whole,
    than_between,
    the_rest_last,
    times_between,
    way_of_pair,
)
from .mentions import Mention, find_mentions, moved_from_a_figure
from .prefilter import Prefiltered, fold
from .rates_by_name import RatesByName

__all__ = ["DraftClaim", "Extraction", "MetricDraft", "Relation", "extract_document"]


@dataclass
class DraftClaim:
    """One claim of the draft, before it is written: the fields of the claim-file format."""

    mention: int
    kind: str = "value"
    metric: str = ""
    entity: str = ""
    value: str = ""
    period: str | None = None
    start: str | None = None
    end: str | None = None
    basis: str | None = None
    years: int | str | None = None  # whole years, or a part of one as written ("0.25")
    of: str | None = None
    converts: int | None = None  # the index of the claim this one restates
    start_claim: int | None = None  # a change between two claims: their indices
    end_claim: int | None = None
    confidence: float = 1.0
    quote: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)
    sentence: int = 0
    id: str = ""
    left_out: str | None = None  # why the draft cannot express this claim, if it cannot
    # why the conflict rule does not apply: "from X to Y" with no date is two times, not one
    not_a_conflict: str | None = None
    # other rules that do not apply to it, and why (a restatement of a table's cell)
    ignore: tuple[str, ...] = ()
    ignore_reason: str | None = None
    # the figure of its sentence this one states again, as the text says ("a discrepancy of"):
    # one metric, never named apart
    same_as: int | None = None


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# the words a next sentence opens on, up to its first figure, in one clause
_NEXT_SENTENCE_OPENING = re.compile(r"[。.]?\s*([^\d，,。；;：:]{2,30}?)\s*(?=\d)")
_CHANGE_IN_OTHER_CURRENCY = (
    "the change of the figure restated in another currency: the rate between them moved too"
)


def _follows_restatement(
    reading: SentenceReading, position: int, restates: dict[int, Link]
) -> bool:
    """Whether the change at `position` comes right after a figure restated in another currency
    (no level between) whose original already has its change: "up 2.6% (折881亿元人民币, up
    0.4%)" gives the change in each currency, and the two differ by the rate's own change, so
    the pair is no conflict ("19.5tn yuan ($2.8tn), up 8%" has one change, of both)."""
    for before in range(position - 1, -1, -1):
        if before in restates:
            original = restates[before].positions[1]
            return any(reading.kinds[p] == "change" for p in range(original + 1, before))
        if reading.kinds[before] == "value":
            return False
    return False


class _WatchedClaim(DraftClaim):
    """A claim an index finds by the words of its metric (`rates_by_name`): a new metric is
    written down for the index. Only the claims put in an index are of this class, so setting
    or reading the metric of any other claim costs nothing more."""

    _metric: str
    _renames: list[DraftClaim]

    @property  # type: ignore[override]
    def metric(self) -> str:
        return self._metric

    @metric.setter
    def metric(self, metric: str) -> None:
        self._metric = metric
        self._renames.append(self)


def watch_renames(claim: DraftClaim, renames: list[DraftClaim]) -> None:
    """From now on, write the claim into `renames` whenever its metric is set (its fields,
    asdict and what it reads stay as they were)."""
    watched = cast(_WatchedClaim, claim)
    watched._metric, watched._renames = claim.metric, renames
    claim.__class__ = _WatchedClaim


@dataclass
class Relation:
    """A link between mentions: from_to (two levels), change and cagr (value, from level, to
    level), yoy (value, level), change_of (a change, the level it leads to: "L, up D or P%"),
    share (value, level or None), converts (restated, original), part_of (part level, whole
    level)."""

    type: str
    mentions: tuple[int | None, ...]
    of: str | None = None
    stated: bool = True  # the text states the link; False: the drafter's reading (a note at most)


@dataclass
class MetricDraft:
    name: str
    unit: str | None = None
    description: str | None = None
    part_of: str | None = None
    sum_of: list[str] | None = None  # the parts a total is divided into, when the text lists them
    # parts of one dimension the text names in a total, maybe not all of it: at most the total
    includes: list[str] | None = None
    # a count and what each counted thing has (an average, a size): their product is the total
    product_of: list[str] | None = None


@dataclass
class Extraction:
    document: Document
    mentions: list[Mention]
    claims: list[DraftClaim]
    relations: list[Relation]
    metrics: dict[str, MetricDraft]
    entity: str  # "" when the text names nobody: the draft then names no entity
    anchor: date | None
    left_out: list[str] = field(default_factory=list)  # what the draft cannot express, and why
    # figures the text links that no relation of their own records (a change and the level
    # its sentence ties it to, weighed by a total's growth): a finding may rest on them
    stated_joins: list[tuple[int, int]] = field(default_factory=list)


_CHANGE_RIGHT = re.compile(
    r"^\s*(?:(?:year[- ]on[- ]year|yoy|y/y|annual|on-year|month[- ]on[- ]month)\s+)?"
    # what changes may stand between, as nouns ("a 4.5% fare increase", "a 3% council tax
    # rise"), never a word that opens another phrase ("5% despite the rise")
    r"(?:(?!(?:the|an?|of|in|on|at|for|to|and|or|but|despite|after|before|with|as|than|from|"
    r"by|since|is|was|were|are|be|this|that|which|its|their)\b)[a-z][a-z'’-]*\s+){0,3}?(?:surge|increase|rise|jump|growth|decline|drop|fall|gain|"
    r"hike|climb|expansion|contraction|reduction|decrease|slump|rebound|cut|dip|uptick|boost|discount|markdown|off)s?\b(?:\s+(?:in|of)\s+(?P<np>[^,.;()]+))?",
    re.IGNORECASE,
)
_CHANGE_LEFT = Prefiltered(
    re.compile(
        r"\b(" + lx.CHANGE_WORDS_ALTERNATION + r")\b(?:\s+by)?[\s\w-]{0,25}$",
        re.IGNORECASE,
    )
)
_ABS_CHANGE_LEFT = Prefiltered(
    re.compile(
        r"\b(?:(?:increased|rose|grew|fell|decreased|dropped|declined|climbed|jumped|surged|cut|reduced|raised|lowered|was\s+up|were\s+up|was\s+down|were\s+down|up|down"
        # the present, the future and the plans ("will increase by", "is set to rise by")
        r"|(?:increase|rise|grow|fall|decrease|drop|decline|climb|jump|surge|reduce|raise|lower)s?"
        r"|increasing|rising|growing|falling|decreasing|dropping|declining|reducing|raising)\s+by"
        r"|added|adding|adds|add|gained|lost|shed|cut"
        # the noun: "an increase of 17 from 14,949 to 14,966" (not "a loss of", a level)
        r"|(?:increase|rise|fall|drop|decrease|decline|reduction|jump)\s+of"
        r")\s+(?:a\s+total\s+of\s+|another\s+|an\s+additional\s+)?$",
        re.IGNORECASE,
    )
)
# "rose $2 million to", "fell 12 from": a verb of change straight before an amount, also in
# the present tense of headlines ("Deficit drops $30B")
_CHANGED_AMOUNT_LEFT = Prefiltered(
    re.compile(
        r"\b(?:rose|grew|fell|dropped|declined|climbed|jumped|increased|decreased|surged|slipped|"
        # the verbs of market reports: "The S&P 500 slid 65.52 points, or 2.7 percent, to ..."
        r"slid|sank|skidded|tumbled|plunged|plummeted|soared|slumped|dipped|rallied|advanced|"
        r"gave\s+up|"
        r"gained|(?:rise|grow|fall|drop|decline|climb|jump|increase|decrease|surge|slip)s?|"
        r"(?:was|were|is|are)\s+(?:up|down))\s+" + lx.BEFORE_FIGURE + r"$",
        re.IGNORECASE,
    )
)
# "$3 million more than a year earlier", "200,000 more passengers than in the previous year":
# an amount compared with the same quantity earlier (what is counted may stand between)
_MORE_THAN_BEFORE = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower)(?:\s+[a-z][a-z-]*){0,3}?\s+than\s+(?:in\s+)?"
    r"(?:the\s+)?(?:last|previous|"
    # an earlier year named: "40 tonnes more than in 2019"
    r"prior|preceding|same\s+(?:period|month|quarter)|a\s+year|(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
_ADDED_RIGHT = re.compile(
    r"^[^,.;]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:newly\s+)?(?:added|created|lost|cut)\b",
    re.IGNORECASE,
)
# a level reached by the change before it: "... to 9.9 million", ", reaching 9.9 million"
_REACHED_LEVEL = re.compile(
    r"(?:\bto|\breaching|\bto\s+reach)\s+(?:an?\s+(?:new\s+|record\s+)?(?:high\s+of\s+)?)?$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(
    r"[;:()]|\b(?:and|while|but|whereas|compared|against|from)\b", re.IGNORECASE
)
# a percentage straight after "fell to", "rose from" is a level, not the change
_LEVEL_REACHED = Prefiltered(
    re.compile(
        r"\b(?:" + lx.CHANGE_WORDS_ALTERNATION + r")\s+(?:to|from)\s+$",
        re.IGNORECASE,
    )
)
# "a 2 percent cut in the 8 percent tax", "raised its 4% levy": the rate a change is of (its
# base), written as the object of the change word, is a level
_LEVEL_CHANGED = Prefiltered(
    re.compile(
        r"\b(?:" + lx.CHANGE_WORDS_ALTERNATION + r")\s+"
        r"(?:(?:in|of|on|to)\s+)?(?:the|its|their|this|that)\s+$",
        re.IGNORECASE,
    )
)
# 较上年的80.5%, 比4月份的5.1%: the level a comparison is made with (its time and 的 before
# it), not a change, though 较上年 names the year before; not 比重的 nor 较快的 (a degree)
_COMPARED_BASE_ZH = re.compile(
    r"(?:比(?![重例率])|[较較](?![快慢高低大小多少好]))[^，,。；;：:\d]{1,10}?的\s*$"
)
# "cut the $500 fee by 10 percent": the object stands between the verb and "by"
_CHANGED_BY = Prefiltered(
    re.compile(
        r"\b(?:" + "|".join(sorted(lx.CHANGED_BY_VERBS, key=len, reverse=True)) + r")\s+"
        # what is changed, with its article or a bare noun or two ("to increase council tax by")
        r"(?:(?:the|its|their|a|an)\s[^.;:,]{0,40}|(?:[a-z][a-z'’-]*\s+){1,3})\bby\s+"
        + lx.BEFORE_FIGURE
        + r"$",
        re.IGNORECASE,
    )
)
# "raised the toll 6.2 percent", "lifted prices 3%": a verb of change that is no change word
# alone (raise, lift, trim: "raised $5 million" is money raised), its object, then a
# percentage with no "by": the change (never "raised to 6.2 percent", the level reached, nor
# "raised its 4.5% rate by", the rate changed)
_RAISED_BY_PERCENT = Prefiltered(
    re.compile(
        r"\b(?:"
        + "|".join(sorted(lx.CHANGED_BY_VERBS - lx.CHANGE_WORDS, key=len, reverse=True))
        + r")\s+(?:(?!to\b|from\b|by\b)[a-z][\w'’-]*\s+){0,3}"
        # the object's last word no article ("raised its 4.5% rate": the rate changed)
        r"(?!(?:the|its|their|this|that|an?|his|her|our)\s)(?!to\b|from\b|by\b)[a-z][\w'’-]*\s+$",
        re.IGNORECASE,
    )
)
_SHARE_LEFT = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|comprise[sd]?|comprising|make[s]?\s+up|made\s+up|making\s+up|represent(?:s|ed|ing)?|constitut(?:e|es|ed|ing)|equal(?:s|led|ling)?\s+to|share\s+of|proportion\s+of|占)[\s\w-]{0,15}$",
    re.IGNORECASE,
)
# a change noun right after a percent the share words stand before: "representing an 8% drop
# from 10,000" names a change, not a share
_CHANGE_NOUN_RIGHT = re.compile(
    r"^\s*(?:annual\s+|yearly\s+|year-on-year\s+)?(?:increase|rise|gain|jump|drop|decline|fall|"
    r"decrease)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|plans?\s+to|aims?\s+to|expects?\s+to|expected\s+to|target(?:s|ed)?|goal|by\s+the\s+end\s+of|is\s+set\s+to|are\s+set\s+to)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"^\W*(?:that|this|which|it)(?:\s+is|['’]s|\s+was|\s+represents|\s+means|\s+makes)\b|"
    r"\b(?:the|this|that)\s+corresponding\b|\b(?:the|this|that)\s+(?:increase|rise|decrease|"
    r"fall|drop|change|jump|cut|reduction|growth)\s+(?:is|was|of|amounts?\s+to)\b",
    re.IGNORECASE,
)
_DIVIDED = Prefiltered(
    re.compile(
        r"\b(?:(?:divided|split|broken\s+down|distributed|allocated|shared\s+out)\b"
        r"(?:\s+(?:up|in\s+this\s+(?:fashion|way|manner)|as\s+follows|like\s+this|among\s+\w+))?"
        r"(?:\s+into)?"
        # "is made up of", "consists of", "comprises": words that say the list is the whole
        r"|made\s+up\s+of|consist(?:s|ed|ing)?\s+of|composed\s+of|compris(?:e|es|ed|ing)\b"
        r"|break(?:s|ing)?\s+down\s+(?:as|into)|broke\s+down\s+(?:as|into))\s*[:,]?",
        re.IGNORECASE,
    )
)
# the patterns read around each figure, compiled once
# "the 52% of the previous year", "the 52% of 2029": a share of no whole, the earlier level (but
# "30% of 2029 revenue", "of 2029's budget" name a whole of that year)
_OF_EARLIER_RIGHT = re.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:previous|last|same)|(?:19|20)\d\d(?=\s*(?:[,.;:)]|$)))"
)
_COMPARED_RIGHT = re.compile(r"\s+(?:higher|lower|more|less|fewer|up|down)\b")
# a bracket open before the figure, maybe on a figure it follows ("(43.4 million tonnes, +5.4%)")
_OPEN_BRACKET = re.compile(r"[(（](?:[^()（）]{0,40}?,)?\s*$")
_FIGURE_BEFORE_BRACKET = re.compile(r"\d[\d,.]*\s*(?:[a-z]+\s*){0,2}[(（,]\s*$", re.IGNORECASE)


def _signed_change_in_brackets(sign: str, before: str) -> bool:
    """A signed percentage in a bracket, first or after the figure it moves, is a change: with
    a plus always ("sales (+8%)", "(30.8 million tonnes, +2.4%)"), with a minus beside a figure
    ("6,060 (-8.4%)"), since a level may be below zero ("the deposit rate (-0.5%)")."""
    if not _OPEN_BRACKET.search(before):
        return False
    return sign == "+" or bool(_FIGURE_BEFORE_BRACKET.search(before))


_UP_DOWN_LEFT = re.compile(r"(?:^|,)\s*(?:up|down)\s+$")
_HIGHER_LOWER_RIGHT = re.compile(r"\s+(?:higher|lower)\b")
_SPEAKER_RIGHT = re.compile(
    r"\s+(?:said|says|told|noted|stated|added|explained|announced|stressed|pointed|urged|argued)\b"
)
_IN_AT_LEFT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_RELATIVE_PRONOUN = re.compile(r"\b(?:whose|which|that|who)\b")
# a Chinese comma too: Chinese writes a figure's time before it, so a time after "，" is the
# next clause's (达到8400万人次，是2020年同期4000万人次的2.1倍)
_CLAUSE_MARK = re.compile(r"[,;()；，（）]")
_FROM_WORD = re.compile(r"\bfrom\b")
_WORD_RIGHT = re.compile(r"\s+([a-z]+)")
_PHRASE_WORD = re.compile(r"[\w’'&.-]+")
_YEAR_WORD = re.compile(r"\d{4}")
_LOWER_WORD = re.compile(r"[a-z]+")
# the lexicon's patterns searched once a figure or more: skipped where their words are absent
_YOY = Prefiltered(lx.YOY_RE)
_CAGR_BEFORE = Prefiltered(lx.CAGR_BEFORE_RE)
_PARTITIONED_TOTAL = Prefiltered(lx.PARTITIONED_TOTAL_RE)
_NAMED_WHOLES = tuple(Prefiltered(whole) for whole, _ in lx.NAMED_PARTITIONS)
# asked of most sentences and of the words before most figures, seldom found
_RESPECTIVELY = Prefiltered(lx.RESPECTIVELY_RE)
_PER_HEAD = Prefiltered(lx.PER_HEAD_RE)
_POINTS_BACK_TOTAL = re.compile(
    r"^\W*(?:the|that|this)\s+(?:sum|total|amount|money|figure|settlement|payment)\b|^\W*it\b",
    re.IGNORECASE,
)
# A sentence opening on the parts of the figure of the sentence before ("There were 800.
# Of these, 300 ..."): the connector states the link, as "of which" does inside one sentence.
# lengths of time and ages: no whole of parts a sentence announces ("of these", "among those")
_TIME_UNITS = frozenset(lx.DURATION_UNITS.values())
# Chinese openings that break the figure before down ("具体来看，铁路…，公路…"), as 其中 does
_BREAKDOWN_OPENINGS_ZH = r"其中|具体来看|具體來看|具体而言|具體而言|分[项類类]看"
_PARTS_BACK = re.compile(
    r"^\W*(?:(?:among\s+(?:them|these|those)|of\s+(?:these|them|those|which|the\s+total|"
    r"(?:this|that)\s+(?:total|amount|sum|figure)))"
    r"[\s,，:：]|of\s+(?:this|that)\s*[,:]|" + _BREAKDOWN_OPENINGS_ZH + ")",
    re.IGNORECASE,
)
# a paragraph opening on a detail of the paragraph before, whose period it keeps
_GOES_ON = re.compile(
    r"\W*(?:specifically|in\s+particular|more\s+specifically|in\s+detail|of\s+(?:these|this|them|"
    r"which|the\s+total)|among\s+(?:them|these|which)|within\s+(?:this|that|it))\b\s*[,，:：]|"
    r"\W*(?:" + _BREAKDOWN_OPENINGS_ZH + ")",
    re.IGNORECASE,
)
# ... or on the group the figure before counts, named again ("全市重点企业利润总额80亿元。
# 1—3月,重点企业中,国有企业利润总额30亿元"): "among <the group>".
# a sentence opening on the figures before it and going on to what they make ("That is 25%")
_SHARE_BACK = re.compile(
    r"^\W*(?:that|this)(?:\s+is|['’]s|\s+was|\s+represents|\s+makes|\s+amounts\s+to|"
    r"\s+comes\s+to|\s+means)\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# what may open a sentence before the count it gives "of them": a word of approximation
_COUNT_OPENING = re.compile(
    r"^\W*(?:(?:only|just|" + lx.QUALIFIER_WORDS_ALTERNATION + r")\s+)?$",
    re.IGNORECASE,
)
_GROUP_BACK_ZH = re.compile(
    r"^(?:[^。；;，,]{0,12}[，,])?\s*(?P<group>[\u4e00-\u9fff]{2,20}?)中[，,]"
)
# A figure alone in its sentence (`_Analyzer._figure_alone`): digits with thousands separators
# and decimals, only white space before it, and white space or a stop after it
_PLAIN_NUMBER = re.compile(r"[\d,]+(?:\.\d+)?")
_BLANK = re.compile(r"\s*")
_BLANK_TO_STOP = re.compile(r"\s*[.;,:。；，]?\s*")
# A sentence opening on what the figure of the sentence before leads to ("Fares rose 20%.
# So a $1,000 bill goes to $1,200").
_CARRIES_BACK = re.compile(
    r"^\W*(?:(?:so(?!\s+far\b)|that\s+means|this\s+means|that\s+is)\b|这意味着)", re.IGNORECASE
)
# A sentence opening on what the sentence before stated ("That's an increase of ...")
_THAT_IS = re.compile(r"\W*(?:that|this|it)(?:\s+is|\s+was|['’]s|\s+represents|\s+marks)\b", re.I)
# an amount named as a move: "an increase of $245,000"
_MOVE_OF = re.compile(
    r"\b(?:an?\s+)?(?:[a-z]+\s+)?(?:increase|rise|jump|gain|drop|fall|decrease|decline|cut|"
    r"reduction)\s+of\s+" + lx.BEFORE_FIGURE + r"$",
    re.IGNORECASE,
)
# A sentence opening on the figure of the sentence before ("This figure is ...")
_POINTS_BACK_FIGURE = re.compile(
    r"^\W*(?:(?:this|that|the)\s+(?:figure|number|total|amount|sum|level)|this|that|it)\s+"
    r"(?:is|was|represents|makes)\b",
    re.IGNORECASE,
)
# Words that may stand before a period opening its clause ("in the second quarter").
_PERIOD_LEADS = frozenset(("in", "In", "during", "During", "for", "For", "the", "and", "And"))
# a period written straight before a figure with 的 ("2019年的120亿元"): matched from its end to
# the figure's start (fullmatch, so nothing else stands between)
_OF_PERIOD_ZH = re.compile(r"\s*的\s*")
_AVERAGE = re.compile(r"\baverage\b|平均", re.IGNORECASE)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")  # a name written in Chinese characters only
_RATE_KINDS = ("value", "change")  # what a gap in points may be measured from


def _names_a_time(phrase: str) -> bool:
    """Whether the phrase after an opening "in" or "by" ("By 2020", "In the years that
    followed", "by then") names a time, not a place or a group ("In North America")."""
    return any(
        word.isdigit() or word in lx.TIME_NOUNS or word in lx.TIME_MODIFIERS
        for word in re.findall(r"\w+", phrase.lower())
    )


# A sentence opening on the figure of the sentence before and saying where it moved to ("Rents
# stood at £1,000 in 2019. They have since risen to £1,250"): the pronoun states the link.
# (Matched from the sentence's start, so no "^".)
_MOVED_BACK = re.compile(
    # a time may open the sentence ("By 2020 that number had tripled to 36,000")
    r"\W*(?:(?:(?P<at>by|in)|since|over|between)\s+(?P<time>[^,;:.!?]{1,30}?),?\s+)?"
    r"(?:they|it|(?:this|that|the)\s+(?:figure|number|total|level|price|rate|amount)|this|that)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:since\s+|then\s+|now\s+|later\s+|subsequently\s+)?"
    r"(?:(?:" + lx.QUALIFIER_WORDS_ALTERNATION + r")\s+)?"
    r"(?:risen|rose|fallen|fell|grown|grew|climbed|dropped|increased|decreased|jumped|slipped|"
    r"declined|soared|surged|shrunk|shrank|gone\s+up|gone\s+down|went\s+up|went\s+down|"
    r"doubled|tripled|trebled|quadrupled|halved)\b"
    # or names the move itself: "(it was $250bn.) A drop to $230bn is an 8% reduction"
    r"|\W*(?:a|an|the)\s+(?:rise|increase|jump|drop|fall|decline|cut|reduction)\s+to\b",
    re.IGNORECASE,
)
# A sentence opening on the levels of the sentence before and giving what they are compared
# with, a base ("Sales rose 1.4% to $6.51 billion. This was up from $6.42 billion a year
# earlier", "That compares with $240 million, or 55 cents a share"). (Matched from the
# sentence's start, so no "^".)
# a change naming the time it is measured against ("10% more than in April", "up 4% on March"):
# a base the next sentence gives for the level ("This was up from 2,500 a year earlier") is
# another one
_OWN_BASE_AFTER_CHANGE = re.compile(
    r"\s*(?:more|less|fewer|higher|lower|up|down|above|below)?\s*"
    r"(?:than|on|from|over|against|compared\s+(?:with|to))\s+(?:in|on|during|at)?\s*"
    r"(?:the\s+|a\s+)?(?:previous|prior|last|same|"
    + "|".join(sorted(lx.TIME_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# a change's base after it: "by 440 from a total of 3,660", "from last year's 3,660", "from
# its peak of 2,400"
_FROM_A_BASE = re.compile(
    r"\s+from\s+(?:a\s+total\s+of\s+|(?:last|the\s+previous|the\s+prior)\s+"
    r"(?:year|month|quarter|week|season)['’]s\s+|(?:its|the|a)\s+(?:(?:all-time|record)\s+)?"
    r"(?:peak|high|low)\s+of\s+|the\s+|its\s+)?",
    re.IGNORECASE,
)
# a sentence opening on a pronoun for the level before it, then its move: "It rose by 440"
_POINTS_BACK_AT_A_LEVEL = re.compile(
    r"\W*(?:it|this|that|(?:this|that|the)\s+(?:figure|number|total|level))\s+"
    r"(?:was\s+|is\s+|has\s+|had\s+)?(?:up|down|rose|fell|went\s+(?:up|down)|increased|"
    r"decreased|grew|dropped|climbed|declined|risen|fallen|grown)\b",
    re.IGNORECASE,
)
_COMPARED_BACK = re.compile(
    r"\W*(?:this|that|it)\s+(?:(?:was|is)\s+(?:(?:up|down)\s+from|compared\s+(?:with|to))"
    r"|compare[sd]?\s+(?:with|to))\b",
    re.IGNORECASE,
)
# A sentence opening on the difference between the two levels of the sentence before ("...
# estimated at $423 billion, and revised to $296 billion. The difference is $127 billion.")
_DIFFERENCE_BACK = re.compile(
    r"\W*(?:the|that|this)\s+(?:difference|gap|margin|discrepancy)\s+(?:between\s+(?:them|the\s+"
    r"two(?:\s+[a-z]+)?)\s+)?(?:is|was|of|amounts\s+to|comes\s+to)\b",
    re.IGNORECASE,
)
_FROM_LEVEL = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_NO_BASE = "the text does not say what the change is measured against"
_TO_LEVEL_ONLY = "the text gives the level this change led to, not the level before or a period"
_PERIOD_OF_WHOLE = "the period of the whole the text says this is a share of"
_SPANLESS_RATE = "an average annual rate without a span"
# the span of a quarter in years: a quarter's change and its annual rate span it
QUARTER_YEARS = "0.25"
_OF_RIGHT = re.compile(r"^\s*of\s+(?P<np>[^,.;()]{1,80})", re.IGNORECASE)
# "30% of them", "30 percent of the total": words that point back to a whole, naming none
_NAMES_NO_WHOLE = re.compile(
    r"\s*(?:them|these|those|which|whom|the\s+total|all)\s*$", re.IGNORECASE
)
# a whole named only as the total: "30% of the total", "of all", 占总数的, 占全部的
_THE_TOTAL = re.compile(
    r"(?:the\s+)?(?:total|whole|overall\s+total|grand\s+total)|all|总数|總數|总量|總量|全部|总额|總額",
    re.IGNORECASE,
)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# how many claims (or relations) back a share's whole, or its unlinked draft, is looked for
# (bounded: linear time)
_NAMED_AGAIN_LOOKBACK = 60
_TOTAL_WORDS = frozenset(
    "total national nationwide country nation whole overall all entire sum global world".split()
)


# one answer of a poll on its own line, its percentage last ("Will vote for it 14%")
_POLL_ANSWER = re.compile(
    r"^[ \t]*(?P<answer>[^\d\n%]{1,80}?)[ \t:：.-]*(?P<pct>\d{1,3}(?:\.\d+)?)[ \t]*%[ \t]*$"
)

# ---------------------------------------------------------------- records between the phases

GUESSED = 0.5  # a claim tied to no other by a link the text states: its metric is a guess


# a bracketed acronym inside a phrase ("growth rate (CAGR) of"): read the phrase without it
_UNBRACKETED = re.compile(r"\s*[()（）]\s*")
_POINT_NOUNS = frozenset(["point", "points", "percentage point", "percentage points"])


_OR_BETWEEN = re.compile(r"^\s*,?\s*(?:or|或)\s*" + lx.BEFORE_FIGURE + r"$", re.IGNORECASE)


def _respective_years(reading: SentenceReading, text: str) -> None:
    """Figures listed with a list of years and "respectively" (分别) take one year each, in
    order: "revenue of $8.3bn, $10.2bn and $11.8bn in 2031, 2032 and 2033 respectively, up
    15%, 23% and 16%"; "预计2031-2033年营业收入分别为83.2亿元、102.2亿元、118.2亿元". A list is
    figures of one unit with only commas, 、 or "and" between them, as long as the years' list;
    the figures after a change's own in its list are changes too. The text states which year
    each figure is of; the nearest year would give the first ones none or the wrong one, and
    gives no figure outside such a list one of those years (but the one written straight
    after it). Never where "respectively" may share the figures out over things instead
    (`_years_shared_out`)."""
    sentence = text[reading.start : reading.end]
    if not _RESPECTIVELY.search(sentence, folded_sentence(reading, text)):
        return
    found = _listed_years(sentence)
    if found is None:
        return
    years, (list_start, list_end) = found
    listed = [run for run in _figure_lists(reading, text) if len(run) == len(years)]
    first = listed[0] if listed else [0]  # with no list as long, the sentence's first figure
    if not _years_shared_out(reading, text, first, (list_start, list_end)):
        return
    for position, period in reading.periods_of.items():
        attached = reading.attached.get(position)
        own = attached is not None and not (
            attached.start - reading.start < list_end and attached.end - reading.start > list_start
        )  # a year written straight after its figure, not one of the list's
        if period in years and not own and not any(position in run for run in listed):
            # one of the listed years given by nearness: which figure it is of is not stated
            reading.periods_of[position] = None
    for run in listed:
        for position, year in zip(run, years, strict=True):
            reading.periods_of[position] = year
        if reading.kinds[run[0]] == "change":
            for position in run[1:]:
                reading.kinds[position] = "change"
        reading.respective.append(run)


def _says_respectively(reading: SentenceReading, text: str) -> bool:
    """Whether the sentence says "respectively" (分别): searched only where it may stand."""
    return _RESPECTIVELY.may_match(folded_sentence(reading, text)) and bool(
        lx.RESPECTIVELY_RE.search(text, reading.start, reading.end)
    )


def _respective_changes(reading: SentenceReading, text: str) -> None:
    """A list of figures that "respectively" (分别) shares out after a change's verb is a list
    of changes: "exports and imports rose 8.2% and 4.5% respectively", "第一产业、第二产业和第三产业
    增加值分别增长3.1%、5.2%和6.4%" (the verb is written once, before the first)."""
    if not _says_respectively(reading, text):
        return
    for run in _figure_lists(reading, text):
        if reading.kinds[run[0]] == "change":
            for position in run[1:]:
                reading.kinds[position] = "change"
            reading.shared_changes.update(run)


def _respective_subjects(reading: SentenceReading, text: str) -> None:
    """A list of figures that "respectively" (分别) shares out over things listed before it
    gives each figure its thing's name ("exports and imports rose 8.2% and 4.5% respectively":
    exports +8.2 %, imports +4.5 %); one list of figures straight after another of as many
    goes on with the same things ("分别为120亿元和80亿元，分别增长3%和5%")."""
    if reading.respective or not _says_respectively(reading, text):
        return
    for run in _figure_lists(reading, text):
        first = reading.mentions[run[0]]
        start = max(
            reading.start, *(text.rfind(m, reading.start, first.start) + 1 for m in "，；;：")
        )
        names = cx.listed_subjects(text, start, first.start, len(run))
        if names is not None:
            reading.subjects.append((run, names))
        elif run[0] and _names_a_thing_between(reading, text, run[0] - 1, run[0]):
            continue  # "工资分别比上年增长20%和30%": the figures are of a thing of their own
        elif reading.subjects and _goes_on_with_things(reading, run):
            earlier, earlier_names = reading.subjects[-1]
            reading.subjects.append((run, earlier_names))
            if _changes_of(reading, run, earlier):
                reading.changed_levels.append((run, earlier))
        elif levels := _levels_before(reading, run):
            reading.changed_levels.append((run, levels))


def _goes_on_with_things(reading: SentenceReading, run: list[int]) -> bool:
    """Whether a list of figures straight after the sentence's last list over things, as long,
    goes on with the same things ("分别为120亿元和80亿元，分别增长3%和5%")."""
    earlier = reading.subjects[-1][0]
    gap = reading.mentions[run[0]].start - reading.mentions[earlier[-1]].end
    return len(earlier) == len(run) and gap <= _GOES_ON_WITH_THINGS


def _names_a_thing_between(reading: SentenceReading, text: str, earlier: int, later: int) -> bool:
    """Whether the words between two figures name a thing of their own ("..., while prices
    rose", "，工资分别比上年增长"): the later figures are not the earlier ones' changes."""
    start = max(reading.mentions[earlier].end, reading.mentions[earlier].noun_end or 0)
    end = reading.mentions[later].start
    between = text[start:end]
    if _CHINESE.search(between):
        cut = between.find("分别") if "分别" in between else between.find("分別")
        return bool(cx.cjk_name(between[: cut if cut >= 0 else None].strip("，,、；; ")))
    words = cx.Namer(text, set()).content_words(start, end)
    return any(not _RESPECTIVELY.search(word) for word in words)


def _changes_of(reading: SentenceReading, changes: list[int], levels: list[int]) -> bool:
    return all(reading.kinds[p] == "change" for p in changes) and all(
        reading.kinds[p] == "value" for p in levels
    )


def _levels_before(reading: SentenceReading, changes: list[int]) -> list[int] | None:
    """The levels a list of changes "respectively" shares out over, where no things are listed
    before it: as many levels as changes straight before it, each in a clause of its own ("A
    was $3m, B was $5m and C was $7m, up 3%, 5% and 12% respectively"); None if the figures
    before it are not that."""
    count = len(changes)
    before = list(range(changes[0]))[-count:]
    if len(before) < count or not _changes_of(reading, changes, before):
        return None
    units = {reading.mentions[p].unit for p in before}
    return before if len(units) == 1 and not units & {"%", "pp", "x", "‰"} else None


# The most characters between two lists of figures over the same things ("，分别比上年增长").
_GOES_ON_WITH_THINGS = 20


def _years_shared_out(
    reading: SentenceReading, text: str, first: list[int], span: tuple[int, int]
) -> bool:
    """Whether the years are what "respectively" shares the figures out over: not where
    things are listed before the figures ("revenue and net profit of ... respectively", 东区和
    西区...分别为), where the years are a span ("between 2031 and 2032"), a season or fiscal
    year ("2031-32", "2031/2032赛季"), a quarter's or a month's, or stand in another clause
    (继2029年、2030年亏损后，...)."""
    sentence = text[reading.start : reading.end]
    list_start, list_end = span
    opening = reading.mentions[first[0]].start - reading.start
    closing = reading.mentions[first[-1]].end - reading.start
    before = sentence[:opening]
    if list_end <= opening:  # the years' own "and" lists no things
        before = before[:list_start] + " " + before[list_end:]
    clause = re.split(r"[,，;；:：]", before)[-1]  # "..., and profits were": a clause's "and"
    if _THINGS_LISTED.search(clause):
        return False
    around = (
        sentence[max(0, list_start - 14) : list_start] + "|" + sentence[list_end : list_end + 14]
    )
    if _NOT_YEARS_OF_FIGURES.search(around):
        return False
    between = sentence[list_end:opening] if list_end <= opening else sentence[closing:list_start]
    return not _CLAUSE_BREAK.search(between)


# Things listed before the figures "respectively" shares out ("A and B were ... respectively").
_THINGS_LISTED = re.compile(
    r"\w\s+(?:and|&)\s+\w|[\u4e00-\u9fff][和与與及、][\u4e00-\u9fff]", re.IGNORECASE
)
# Years that are a span, a season, a fiscal year, a quarter's or a month's, not a list's.
_NOT_YEARS_OF_FIGURES = re.compile(
    r"\b(?:between|from|since|season|fiscal|financial|FY|quarters?|half|months?|Q[1-4]|H[12]|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|[从由自]$|赛季|财年|财政年度|年度|学年|季度|[上下]半年|\d月",
    re.IGNORECASE,
)
# A clause break between the years and the figures they date: _CLAUSE_BREAK, below.


def _listed_years(sentence: str) -> tuple[list[str], tuple[int, int]] | None:
    """The years of the sentence's one list of years, or range of three years or more (a
    range of two is a season or a fiscal year: "2031-32"), with its span; None where the
    sentence has several or none."""
    lists = list(lx.YEAR_LIST_RE.finditer(sentence))
    ranges = list(lx.YEAR_RANGE_RE.finditer(sentence))
    if len(lists) + len(ranges) != 1:
        return None
    if lists:
        years = re.findall(r"(?:19|20)\d\d", lists[0][0])
        distinct = len(set(years)) == len(years)
        return (years, lists[0].span()) if distinct else None
    first, last = int(ranges[0][1]), ranges[0][2]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if not 2 <= end - first < 10:
        return None
    return [str(year) for year in range(first, end + 1)], ranges[0].span()


def _figure_lists(reading: SentenceReading, text: str) -> list[list[int]]:
    """Runs of the sentence's figures of one unit with only a list's gap between each two."""
    runs: list[list[int]] = []
    for position, mention in enumerate(reading.mentions):
        if runs and position - 1 == runs[-1][-1]:
            before = reading.mentions[position - 1]
            if before.unit == mention.unit and (
                lx.LIST_GAP_RE.fullmatch(text, before.end, mention.start)
                or _changes_each_with_its_verb(reading, text, position)
            ):
                runs[-1].append(position)
                continue
        runs.append([position])
    return [run for run in runs if len(run) > 1]


def _changes_each_with_its_verb(reading: SentenceReading, text: str, position: int) -> bool:
    """Whether a change follows a change in a list, each with its own verb ("分别下降10%和增长
    25%", "down 10% and up 25% respectively")."""
    return (
        reading.kinds[position - 1] == reading.kinds[position] == "change"
        and lx.LIST_GAP_THEN_CHANGE_RE.fullmatch(
            text, reading.mentions[position - 1].end, reading.mentions[position].start
        )
        is not None
    )


def _points_beside_percents(reading: SentenceReading, text: str) -> None:
    """ "fell 19 points ... from 63 percent to 44 percent": a count of points in a sentence
    of percentages is a change in percentage points. More than 100 points are an index's
    ("the Dow fell 300 points, or 0.9%"), never percentage points, and so are any in a
    sentence naming a market index ("the FTSE 100 ... a decline of 20.9 points, or 0.3%")."""
    if not any(m.unit == "%" for m in reading.mentions):
        return
    points = [
        position
        for position, mention in enumerate(reading.mentions)
        if mention.unit == ""
        and (mention.noun or "").lower() in _POINT_NOUNS
        and ".." not in mention.number
        and mention.value <= 100
    ]
    # the index's name is looked for only where there are points to read (most sentences: none)
    if not points or lx.MARKET_INDEX_RE.search(text, reading.start, reading.end):
        return
    for position in points:
        reading.mentions[position].unit, reading.mentions[position].noun = "pp", None
        reading.kinds[position] = "change"


_POINTS_OF_RATE = {"%": "pp", "‰": "千分点"}
# per mille written out as a rate per thousand ("0.4 per 1,000"), not as ‰ or "per mille"
_PER_THOUSAND_WRITTEN = re.compile(r"\bper\s+(?:1,000|1000|thousand)\b", re.IGNORECASE)


def _rate_then_its_points(reading: SentenceReading, text: str) -> None:
    """ "出生率11.6‰,比上年下降0.7个千分点", "the jobless rate was 4.1%, down 0.2 points": a rate
    named, not moved, and its change in points in the clause after it is a level (the words
    "year on year" after it had made it read as a change)."""
    for position in range(len(reading.mentions) - 1):
        rate, points = reading.mentions[position], reading.mentions[position + 1]
        if reading.kinds[position : position + 2] != ["change", "change"]:
            continue
        if _POINTS_OF_RATE.get(rate.unit) != points.unit:
            continue
        if not CHANGE_CLAUSE.match(text[rate.end : points.start]):
            continue
        before = text[max(reading.start, rate.start - 30) : rate.start]
        if cjk_change_before(before) or _CHANGE_LEFT.search(before):
            continue
        reading.kinds[position] = "value"


def _percent_beside_amount(reading: SentenceReading, text: str) -> None:
    """ "up $400,000 or 8.3%": a percentage joined by "or" to a change is that change as a
    percentage."""
    for position in range(1, len(reading.mentions)):
        mention = reading.mentions[position]
        if (
            mention.unit == "%"
            and reading.kinds[position] == "value"
            and reading.kinds[position - 1] == "change"
            and reading.mentions[position - 1].unit not in ("%", "pp", "x")
            # "lost 588.40 points, or 4.6 percent": after the amount's counted noun
            and _OR_BETWEEN.match(text[end_of(reading.mentions[position - 1]) : mention.start])
        ):
            reading.kinds[position] = "change"


# Between a change and the next figure its verb also governs: the first one's place or time
# and "and" ("rose 8% in London and 5% in Manchester", "fell 3% in 2023 and 2% in 2024"), with
# no verb or level word of its own ("rose 8% in London and was 5% ...", "... to 5%").
_SAME_VERB_GAP = re.compile(
    r"\s+(?:in|at|for|among|across)\s+"
    # "in the year to March": a time, whose "to" names no level
    r"(?:the\s+(?:year|quarter|(?:\w+\s+)?(?:months|weeks))\s+to\s+)?"
    r"(?:(?!(?:was|were|is|are|stood|reached|to|from|against|than|of|and|but|while|which|it|"
    r"its|their|had|has|have)\b)[\w'’.-]+\s*){1,4},?\s+and\s+$",
    re.IGNORECASE,
)


def _changes_under_one_verb(reading: SentenceReading, text: str) -> None:
    """A percentage listed after a change with only the change's place or time between them
    is a change too: in "rents rose 8% in London and 5% in Manchester" the 5% is Manchester's
    rise, not a level (read as one, "against 6% nationally" made it a pair of levels)."""
    for position in range(1, len(reading.mentions)):
        before, mention = reading.mentions[position - 1], reading.mentions[position]
        if (
            reading.kinds[position - 1 : position + 1] == ["change", "value"]
            and mention.unit == before.unit
            and mention.unit in ("%", "pp")
            and _SAME_VERB_GAP.fullmatch(text, end_of(before), mention.start)
        ):
            reading.kinds[position] = "change"


# the name of the whole after a share ("52% of the city's GDP") or before it (占GDP的比重为52%)
_OF_NAMED_AFTER = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?P<np>[^,.;:()\d%]{1,60})",
    re.IGNORECASE,
)
# the place a whole is all of (全市, 全省): a share of 全国 is of another whole
_ALL_OF_A_SCOPE = re.compile(r"全[市省县区国縣區國]")
# the words saying a whole's name is all of what it measures, before that name (全省, 全部)
_ALL_OF_BEFORE = re.compile(r"^(?:" + _ALL_OF_A_SCOPE.pattern + r"|全部)")
_OCCUPIES_BEFORE = re.compile(
    r"占(?P<all>"
    + _ALL_OF_A_SCOPE.pattern
    + r")?(?P<np>[^,，。；;:：\d%]{1,20}?)的?(?:比重|比例|份额)?"
    r"(?:为|达到?|是)?(?:约|近|超过)?\s*$"
)
# "their share of GDP was 52%", "the share of exports in total sales stood at 30%"
_SHARE_OF_BEFORE = re.compile(
    r"\bshare\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<np>[^,.;:()\d%]{1,40}?)\s+(?:was|is|"
    r"stood\s+at|came\s+to|reached|(?:rose|fell|grew|climbed|dropped|edged\s+up)\s+to)\s+"
    + lx.BEFORE_FIGURE
    + r"$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
# "..., a rise of 40% from the previous year's total": the base named in words after the change
_FROM_NAMED = re.compile(
    r"\s*(?:from|on|over|compared\s+with|compared\s+to)\s+(?P<np>[^,.;:()\d]{3,50}?)\s*(?=[,.;:]|$)",
    re.IGNORECASE,
)
# "<name> of $7.1 billion", "<name> was $7.1 billion": the words naming the figure after them
_INTRODUCED = re.compile(
    r"(?P<np>[^,.;:()\d]{3,50}?)\s+(?:of|was|were|is|stood\s+at|at)\s+"
    + lx.BEFORE_FIGURE
    + r"[$€£¥]?\s*$",
    re.IGNORECASE,
)
_STRUCTURE_WORDS = re.compile(
    r"\b(?:structure|proportions?|ratio|composition|mix)\b|结构|比例|构成", re.IGNORECASE
)


def _ratio_chain(reading: SentenceReading, text: str, size: int) -> list[int] | None:
    """The positions of the percentages of the sentence written as one ratio ("7.7:57.5:34.8"),
    when the sentence has exactly one ratio and it has `size` parts."""
    chains: list[list[int]] = []
    for position, mention in enumerate(reading.mentions):
        joined = (
            chains
            and chains[-1][-1] == position - 1
            and text[reading.mentions[position - 1].end : mention.start] in (":", "：")
        )
        if mention.unit != "%" or reading.kinds[position] != "value":
            continue
        if joined:
            chains[-1].append(position)
        else:
            chains.append([position])
    ratios = [chain for chain in chains if len(chain) > 1]
    return ratios[0] if len(ratios) == 1 and len(ratios[0]) == size else None


def extract_document(
    document: Document, anchor: date | None = None, entity: str | None = None
) -> Extraction:
    """Every numeric mention of the document as a draft claim, with the links between them.
    Traditional Chinese is read as Simplified throughout, as the mentions are, and years in
    Chinese digits as years in digits (the folded text has the same offsets): the words around
    a figure (佔, 總量, 較上年) are the lexicon's; quotes come from the document's text."""
    text = numerals.fold(numerals.years_in_digits(document.text))
    anchor = anchor or document.published
    mentions = find_mentions(text)
    periods = cx.find_periods(text, anchor, keep_unresolved=True)
    periods = _periods_no_figure_holds(periods, mentions, text)
    cx.date_parts_of_year(text, periods)
    segments = cx.separate_headline(cx.segment(text), text)
    for period in periods:
        index = segments.sentence(period.start)
        start = segments.sentence_starts[index]
        period.opening = len(text[start : period.start].split()) <= 2
    default_entity = entity or cx.default_entity(text) or ""
    analyzer = _Analyzer(document, text, mentions, periods, segments, default_entity, anchor)
    analyzer.run()
    stated = {m for r in analyzer.relations if r.stated for m in r.mentions if m is not None}
    stated.update(m for pair in analyzer.stated_joins for m in pair)
    for claim in analyzer.claims:
        claim.confidence = 1.0 if claim.mention in stated else GUESSED
    # figures of different sentences naming one quantity: the drafter's reading, below certainty
    drafted = crosslinks.DraftSoFar(
        analyzer.claims,
        mentions,
        analyzer.relations,
        analyzer.metrics,
        text,
        GUESSED,
        analyzer.stated_joins,
    )
    for read in crosslinks.READINGS:
        read(drafted)
    analyzer.draft_moves()
    analyzer.keep_earlier_levels_out_of_sums()
    return Extraction(
        document,
        mentions,
        analyzer.claims,
        analyzer.relations,
        analyzer.metrics,
        default_entity,
        anchor,
        stated_joins=analyzer.stated_joins,
    )


def _periods_no_figure_holds(
    periods: list[cx.PeriodMention], mentions: list[Mention], text: str
) -> list[cx.PeriodMention]:
    """The periods but those of one year the mentions read as a count, the end of a change
    from a figure that is no year ("fell from 2222 in 2009 to 1857 in 2010": "to 1857" is no
    period)."""
    counts = [
        m
        for m in mentions
        if len(m.number) == 4 and moved_from_a_figure(text, m.num_start, m.num_end)
    ]
    if not counts:
        return periods
    starts = [m.num_start for m in counts]
    kept = []
    for period in periods:
        first = bisect.bisect_left(starts, period.start)
        if first == len(starts) or starts[first] >= period.end:
            kept.append(period)
    return kept


def _within_year(scope: cx.PeriodMention | None, opening: cx.PeriodMention) -> bool:
    """Whether a sentence opening on a bare year names the year of the period in scope, a span
    inside it ("The festival runs from 3 February to 9 March, 35 days. ... In 2031 the
    festival is expected to ..."): a sentence of no figures saying so leaves the narrower
    period in scope, which its year adds nothing to."""
    from ..periods import PeriodError, parse_period

    if scope is None or not scope.period or not opening.period or not opening.period.isdigit():
        return False
    try:
        inner, year = parse_period(scope.period), parse_period(opening.period)
    except PeriodError:
        return False
    return inner != year and year.start <= inner.start and inner.end <= year.end


def _head_noun(metric: str) -> str:
    """The last word of a drafted metric name, the head noun of the phrase it was named after
    ("flood_damage_claims" -> "claims"; a suffix "_2" of a metric named apart is no word)."""
    words = [w for w in metric.split("_") if w and not w.isdigit()]
    return words[-1] if words else ""


def _title_words(line: str) -> list[str]:
    """The words of a headline, as the header reader keeps them when it takes the line for the
    headline (it drops "by", "posted", dates and separators)."""
    words = re.findall(r"\w+", line.lower())
    return [w for w in words if w not in HEADER_WORDS]


def _same_digits(a: Mention, b: Mention) -> bool:
    """Whether two figures are written with the same significant digits, four at least
    besides trailing zeros, once the longer is rounded to the length of the shorter."""
    if "/" in a.number + b.number or ".." in a.number + b.number:
        return False
    short, long = sorted(
        (re.sub(r"\D", "", m.number).lstrip("0") for m in (a, b)), key=lambda d: (len(d), d)
    )
    if len(short.rstrip("0")) < 4:
        return False
    rounded = int(long[: len(short)]) + (len(long) > len(short) and long[len(short)] >= "5")
    return str(rounded) == short


# A scope or an earlier time right after a share: it is of another whole than the part before it
# ("a proportion of 40% in the older stock", "a share of 30% at the busiest site", "a share of
# 20% a decade ago")
_SCOPE_OR_TIME_RIGHT = re.compile(
    r"\s+(?:(?:in|at|among|across)\s+(?:the|its|their|this|that|these|those)\b"
    r"|(?:a|one|two|three|four|five|ten|\d+)\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b"
    r"|last\s+(?:year|month|decade)\b|in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


class _Analyzer:
    # What the drafting remembers from one sentence to the next, each empty at the start: the
    # class holds the first value, an analysis sets its own when it learns one.
    # the last name a figure of the paragraph was read as about: a sentence that names none
    # goes on about it
    entity_in_paragraph: str | None = None
    # the percentages of the sentences before, by name, for a gap in points: made on the
    # first gap, and the claims filed so far (a prefix of `claims`)
    _rates: RatesByName | None = None
    _rates_filed: int = 0
    # (sentence, earlier level, later level) of the last pair of levels drafted, for "That
    # is a rise of P%" in the next sentence
    last_pair: tuple[int, int, int] | None = None
    _previous: tuple[int, int, int] | None = None
    _loose_headline: bool = False  # a headline with no full stop: read by its words in part
    _sentence_relations: int = 0  # where the relations of the sentence being drafted start
    # (sentence, mention) of the one level of the last sentence with one level in a unit
    _single_level: tuple[int, int] | None = None
    _sole_level: tuple[int, int] | None = None  # the only level of its sentence
    _sentence_levels: tuple[int, list[int]] | None = None  # (sentence, mentions) of its levels
    # (sentence, mention) of the later of the only two levels of a sentence, a pair or a
    # comparison ("a budget of $3.6 billion, 4.2% more than this year's $3.45 billion"): what
    # the sentence is about, as its sole level would be
    _pair_subject: tuple[int, int] | None = None
    _sector_shares_sentence: int = -2  # the last sentence giving the sectors' shares
    _loose_share_sentence: int = -2  # the last sentence giving a share of no listed breakdown
    _sole_change: tuple[int, int] | None = None  # the only figure of its sentence, a change
    # (sentence, part, whole) of the sentence's two levels when they are "X of the Y"
    _counted_pair: tuple[int, int, int] | None = None
    # (sentence, mention) of the last level named as a total the partitions divide (a GDP)
    _named_total: tuple[int, int] | None = None
    _mention_starts: list[int] | None = None  # where each figure's number starts, asked rarely
    # (sentence, whole, parts) of the last complete partition drafted as a sum
    _partition: tuple[int, int, list[int]] | None = None
    _broken_down: int | None = None  # the whole of the last partition drafted so far
    # (sentence, mention, place) of the one count of the sentence, no part, said to be "in"
    # a named place: "31 deaths in Aland"
    _located: tuple[int, int, str] | None = None
    # (sentence, {entry of lexicon.NAMED_DIFFERENCES: (taken from, taken, their words)}) of
    # the last sentence naming a level of either term of a difference (once) and no difference
    _difference_terms: tuple[int, dict[int, list[tuple[int, str] | None]]] | None = None

    def __init__(
        self,
        document: Document,
        text: str,
        mentions: list[Mention],
        periods: list[cx.PeriodMention],
        segments: cx.Segments,
        entity: str,
        anchor: date | None,
    ) -> None:
        self.document = document
        self.text = text  # the document's, folded as the mentions read it, years in digits
        self.mentions = mentions
        self.periods = periods
        self.period_starts = [p.start for p in periods]
        self.segments = segments
        self.entity = entity
        self.anchor = anchor
        self.namer = cx.Namer(self.text, {entity})
        self.claims: list[DraftClaim] = []
        self.relations: list[Relation] = []
        self.metrics: dict[str, MetricDraft] = {}
        self.claim_of: dict[int, int] = {}
        self.scope_period: dict[int, cx.PeriodMention] = {}
        self._locals: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        self._naming_words_of: dict[int, frozenset[str]] = {}  # by mention: asked once per claim
        # the earlier level of every pair of levels ("from X to Y"): the level a change starts
        # from, which a headline's "falls to Z" does not restate
        self.pair_starts: set[int] = set()
        # the percentage changes the text ties to a level ("L, up P%"), by the level's mention
        self.rates_of_level: dict[int, list[int]] = {}
        self.stated_joins: list[tuple[int, int]] = []
        # (earlier level, later level, way) of each pair of levels whose words say which way
        # it moved ("rose to Y from X"): drafted as a change of that sign if nothing sizes it
        self.moves: list[tuple[int, int, str]] = []
        # a span of days and the figure giving its length, in the sentence that names both
        # ("from 3 February to 9 March, 35 days"): the length of a total's span carried on
        self._length_of_span: dict[str, int] = {}
        # the sentence's counts restated by a percentage whose whole it does not give (position
        # of the count -> position of the percentage): `share_part` links
        self._share_of_part: dict[int, int] = {}
        # (sentence, mention) of the last level named as the total of each NAMED_PARTITIONS
        self._named_wholes: dict[int, tuple[int, int]] = {}
        # the levels of this sentence and the one before that name a member of a partition
        self._member_levels: list[pt.MemberLevel] = []
        # a ratio the lexicon names as a part's share of a whole drafted as a sum (a debt
        # ratio): its words, the whole, the part, and the sentences of the parts
        self._named_ratios: list[tuple[re.Pattern[str], int, int, int, int]] = []
        self._by_sentence: dict[int, list[int]] = {}
        # the kind the context phase read for each mention (value, change, cagr, share), before
        # drafting turns a rate with no span into a level: what a headline figure is matched on
        self.read_kinds: dict[int, str] = {}

    # ------------------------------------------------------------ driving

    def run(self) -> None:
        by_sentence = self._by_sentence
        for index, mention in enumerate(self.mentions):
            by_sentence.setdefault(self.segments.sentence(mention.num_start), []).append(index)
        scope: cx.PeriodMention | None = None
        paragraph = -1
        for sentence in range(len(self.segments.sentence_starts)):
            start, end = self.segments.span(sentence)
            if self.segments.paragraph_of[sentence] != paragraph:
                paragraph = self.segments.paragraph_of[sentence]
                self.entity_in_paragraph = None
                # a paragraph that opens on a detail of the one before ("Specifically, ...",
                # "Of these, ...", 其中) goes on in its period
                if not _GOES_ON.match(self.text, start, end):
                    scope = None
            opening = self._opening_period(start, end)
            if opening is not None and not (
                sentence not in by_sentence and _within_year(scope, opening)
            ):
                scope = opening
            if sentence in by_sentence:
                self._sentence(sentence, by_sentence[sentence], scope)
        self._poll_answers()
        self._headline_against_body()
        self._growth_of_parts()
        self._fractions_restated_as_percents()
        self._shares_named_by_ratio()

    def _shares_named_by_ratio(self) -> None:
        """A percentage named as a ratio the lexicon defines as a part's share of a whole
        (`lexicon.NAMED_SHARES_OF_SPLIT_WHOLES`), in the sentences that gave the parts of that
        whole ("Liabilities rose to $510 billion, taking the debt ratio to 60.7 percent"; 资产
        负债率为57.5%): the share of that part in that whole, as the text's words define it."""
        shared = {r.mentions[0] for r in self.relations if r.type == "share"}
        for words, whole, part, first, last in self._named_ratios:
            named = [
                index
                for sentence in range(first, last + 1)
                for index in self._by_sentence.get(sentence, [])
                if self.mentions[index].unit == "%"
                and index in self.claim_of
                and index not in shared  # its own sentence read it (one sentence, both levels)
                and self.claims[self.claim_of[index]].kind in ("value", "share")
                and words.search(self._words_before(index, sentence))
            ]
            if len(named) != 1:
                continue
            ratio = self.claims[self.claim_of[named[0]]]
            part_claim, whole_claim = (self.claims[self.claim_of[i]] for i in (part, whole))
            ratio.kind, ratio.metric, ratio.of = "share", part_claim.metric, whole_claim.metric
            ratio.entity, ratio.period = whole_claim.entity, whole_claim.period
            self.relations.append(Relation("share", (named[0], part, whole)))
            shared.add(named[0])

    def _words_before(self, index: int, sentence: int) -> str:
        """The words leading to a figure: from the figure before it in its sentence (or the
        sentence's start)."""
        start = self.segments.span(sentence)[0]
        if index > 0 and self.segments.sentence(self.mentions[index - 1].num_start) == sentence:
            start = end_of(self.mentions[index - 1])
        return self.text[start : self.mentions[index].start]

    def _fractions_restated_as_percents(self) -> None:
        """ "Nearly 6 in 10 nurses back the strike" ... "57 percent of nurses back the
        strike": a share of a group written "N in M", and a percentage of the same group a few
        sentences on, are one share stated twice (the rule share-conflict compares them). The
        words may measure two things of one group, so it is the drafter's reading: a note at
        most. Two percentages of the group: which one? No link."""
        restated: set[int] = set()
        for index, mention in enumerate(self.mentions):
            if mention.unit or "/" not in mention.number or index not in self.claim_of:
                continue
            after = _GROUP_AFTER_FRACTION.match(self.text, mention.end)
            group = after.group(1) if after and _is_group_noun(after.group(1)) else ""
            later_ones = range(index + 1, min(len(self.mentions), index + _PERCENTS_AHEAD))
            percents = self._percents_of_group(index, group, later_ones)
            if len(percents) == 1:
                self._one_share_of_group(index, percents[0], group.lower())
                restated.add(percents[0])
            elif not percents and (found := self._percent_said_next(index, group)) is not None:
                self._one_share_of_group(index, *found)
                restated.add(found[0])
            elif not percents and (said := self._percent_said_before(index, group)) is not None:
                if said not in restated:
                    self._one_share_of_group(index, said, group.lower())
                    restated.add(said)
        if restated:
            # a percentage's share of a whole the words around it seemed to name, now its
            # group's (one pass over the relations: linear time)
            self.relations = [
                r
                for r in self.relations
                if not (
                    r.type == "share" and r.mentions[1:] == (None,) and r.mentions[0] in restated
                )
            ]

    def _percents_of_group(self, fraction: int, group: str, among: range) -> list[int]:
        """The percentages of `group` ("57 percent of nurses") among the figures `among`, at
        most three sentences from the fraction's."""
        if not group:
            return []
        sentence = self.segments.sentence(self.mentions[fraction].num_start)
        return [
            other
            for other in among
            if self.mentions[other].unit == "%"
            and abs(self.segments.sentence(self.mentions[other].num_start) - sentence) <= 3
            and other in self.claim_of
            and _same_group(self.text, self.mentions[other], group)
        ]

    def _percent_said_before(self, fraction: int, group: str) -> int | None:
        """The one percentage of the fraction's group in the three sentences before it, when
        none follows: the figure said first, the fraction restating it ("About 20 percent of
        adults smoke." ... "Smoking has stayed at one in five adults")."""
        earlier = range(fraction - 1, max(-1, fraction - _PERCENTS_AHEAD), -1)
        percents = self._percents_of_group(fraction, group, earlier)
        return percents[0] if len(percents) == 1 else None

    def _percent_said_next(self, fraction: int, its_group: str) -> tuple[int, str] | None:
        """The percentage restating a fraction that no percentage of its own group restates,
        in the sentence right after it: "More than three in five drivers are switching to
        public transport, a survey found. It found 61% of car users are considering public
        transport"; a headline's "4 in 10 back the tax" over "Nearly 40% of adults back the
        tax". The fraction the only figure of its sentence, the percentage the only one of the
        next and of a group it names, and the two sentences saying what the share does in a
        word that is neither a group's (`its_group`, the fraction's) nor the poll's
        ("transport", "tax"): the group's name may differ (drivers, car users), what they do
        may not. The percentage's index and group, or None."""
        sentence = self.segments.sentence(self.mentions[fraction].num_start)
        around = self.mentions[max(0, fraction - 1) : fraction + _PERCENTS_AHEAD]
        if any(
            m is not self.mentions[fraction] and self.segments.sentence(m.num_start) == sentence
            for m in around
        ):
            return None
        following = [
            later
            for later in range(fraction + 1, min(len(self.mentions), fraction + _PERCENTS_AHEAD))
            if self.segments.sentence(self.mentions[later].num_start) == sentence + 1
        ]
        percents = [p for p in following if self.mentions[p].unit == "%"]
        if len(percents) != 1 or percents[0] not in self.claim_of:
            return None
        if any("/" in self.mentions[p].number for p in following):
            return None  # a fraction there too: which one does the percentage restate?
        percent = self.mentions[percents[0]]
        named = _GROUP_OF_PERCENT.match(self.text, percent.end)
        if named is None:
            return None
        words = named.group(1).split()  # the group's name: a noun, a word before it at most
        group = words[: next((k for k, w in enumerate(words) if not _is_group_noun(w)), 2)]
        if not group:
            return None
        said = {s: _content_words(self._words_of(s)) for s in (sentence, sentence + 1)}
        shared = lx.stems(said[sentence]) & lx.stems(said[sentence + 1])
        set_aside = lx.stems(frozenset(w.lower() for w in [*group, its_group])) | _POLL_STEMS
        if not shared - set_aside:
            return None
        return percents[0], " ".join(group).lower()

    def _words_of(self, sentence: int) -> str:
        """A sentence's text with its figures left out ("Two in five" names nothing)."""
        start, end = self.segments.span(sentence)
        if self._mention_starts is None:
            self._mention_starts = [m.num_start for m in self.mentions]
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end)
        cut, words = start, []
        for mention in self.mentions[first:last]:
            words.append(self.text[cut : mention.start])
            cut = max(cut, mention.end)
        return " ".join([*words, self.text[cut:end]])

    def _one_share_of_group(self, fraction: int, percent: int, group: str) -> None:
        metric = f"{_tidy(group)}_share_{fraction}"
        for index in (fraction, percent):
            claim = self.claims[self.claim_of[index]]
            claim.kind, claim.metric, claim.of = "share", metric, _tidy(group)
        self._declare(metric)
        self._declare(_tidy(group))
        self.metrics[metric].part_of = _tidy(group)
        self.relations.append(Relation("restates", (percent, fraction), stated=False))

    def _growth_of_parts(self) -> None:
        """A total and its parts, each with the one percentage change the text ties to it ("利润
        总额900亿元,同比增长6%。其中,甲业...300亿元,同比下降2%;..."): the total's
        change is the parts' changes weighted by their levels, a relation among the changes
        (`growth_of_parts`: the total's change, then the parts'), which the growth-of-parts rule
        checks where the text dates them alike."""
        rates = {level: list(changes) for level, changes in self.rates_of_level.items()}
        joined = set()
        for relation in self.relations:
            change, level = relation.mentions[0], relation.mentions[-1]
            if relation.type in ("yoy", "change_of") and relation.stated:
                joined.add((change, level))
            if relation.type != "yoy" or change is None or level is None:
                continue
            if self.mentions[change].unit == "%" and change not in rates.get(level, []):
                rates.setdefault(level, []).append(change)
        for relation in [r for r in self.relations if r.type == "sum"]:
            members = [m for m in relation.mentions if m is not None]
            if all(len(rates.get(m, [])) == 1 for m in members):
                changes = tuple(rates[m][0] for m in members)
                sentences = {self.segments.sentence(self.mentions[c].start) for c in changes}
                if any(
                    lx.REAL_GROWTH_RE.search(self.text, *self.segments.span(s)) for s in sentences
                ):
                    continue  # real growth: the parts' levels are no weights for it
                self._span_of_siblings([self.claims[self.claim_of[c]] for c in changes])
                self.relations.append(Relation("growth_of_parts", changes, stated=relation.stated))
                # each change is its level's, as its sentence states: the changes and the
                # levels the rule weighs them by are one chain of stated links
                self.stated_joins.extend(
                    (c, m) for c, m in zip(changes, members, strict=True) if (c, m) not in joined
                )

    def _span_of_siblings(self, changes: list[DraftClaim]) -> None:
        """A part's change the text gives with no base, last in its sentence, right after the
        sentence of another part's change dated as the total's ("International visitors were
        up 9% on 2019 at 3 million. Domestic visitors, at 5 million, were down 2%."): the
        sentence leaves out the base it shares with the one before, so the change spans what
        the total's and that part's do."""
        total, parts = changes[0], changes[1:]
        span = (total.basis, total.period, total.start, total.end)
        if not (total.basis or total.start):
            return
        dated = [p.sentence for p in parts if (p.basis, p.period, p.start, p.end) == span]
        for part in parts:
            undated = not (part.basis or part.start or part.years or part.start_claim is not None)
            if not undated or part.sentence - 1 not in dated:
                continue
            mention = self.mentions[part.mention]
            if _NOTHING_AFTER.match(
                self.text, end_of(mention), self.segments.span(part.sentence)[1]
            ):
                part.basis, part.period, part.start, part.end = span
                part.notes = [n for n in part.notes if n != _NO_BASE]

    def _poll_answers(self) -> None:
        """A poll's question and, one a line under it, its answers each with a percentage,
        one of them the catch-all ("Don't know"): the shares of every respondent, which add up
        to 100 %. A text with no question mark has no question: nothing to read."""
        if "?" not in self.text and "？" not in self.text:
            return
        position = 0
        question: str | None = None
        block: list[tuple[str, int]] = []
        for line in self.text.split("\n") + [""]:
            answer = _POLL_ANSWER.match(line) if question is not None else None
            if answer:
                block.append((answer.group("answer"), position + answer.start("pct")))
            else:
                if question is not None and len(block) >= 2:
                    self._draft_poll(question, block)
                block = []
                question = line.strip() if line.strip().endswith(("?", "？")) else None
            position += len(line) + 1

    def _draft_poll(self, question: str, block: list[tuple[str, int]]) -> None:
        """The answers of a poll (their percentages at the offsets of `block`) as the shares of
        the question's respondents, when one answer is the catch-all."""
        if not any(lx.POLL_CATCH_ALL_RE.search(answer) for answer, _ in block):
            return
        if self._mention_starts is None:
            self._mention_starts = [m.num_start for m in self.mentions]
        starts = self._mention_starts
        indices = []
        for _, at in block:
            index = bisect.bisect_left(starts, at)
            if index == len(starts) or starts[index] != at or index not in self.claim_of:
                return
            indices.append(index)
        whole = f"poll_{_tidy(cx.slug(question, limit=8, keep='first'))}"
        first = self.claims[self.claim_of[indices[0]]]
        parts = []
        for number, index in enumerate(indices, start=1):
            claim = self.claims[self.claim_of[index]]
            claim.kind, claim.of, claim.metric = "share", whole, f"{whole}_answer_{number}"
            claim.entity, claim.period = first.entity, first.period
            self.metrics.setdefault(claim.metric, MetricDraft(claim.metric)).part_of = whole
            parts.append(claim.metric)
        self._declare(whole, description=question)
        self.metrics[whole].sum_of = parts
        self.relations.append(Relation("shares_sum_100", tuple(indices), whole))

    def _headline_against_body(self) -> None:
        """A headline and the body's first paragraph naming the same quantity in the same words
        ("Death Toll From X Rises to 17" / "X's death toll climbed to 11"): an explicit
        cross-reference, so the two levels are one metric, stated as linked."""
        title = self.document.headline
        segments = self.segments
        if not title or not segments.sentence_starts:
            return
        start, end = segments.span(0)
        first = self.text[start:end]
        # the title as the header reader kept it, or the same words on a headline's own line
        # (the reader drops "by" and dates from the title it keeps)
        stopped = first.rstrip()[-1:] in ".!?。！？；;"
        if first.strip() != title.strip() and (
            _title_words(first) != _title_words(title) or stopped
        ):
            return  # a first sentence with its full stop is the body's, not a headline
        # a first line with its full stop, taken for the title, is a sentence of its own: only
        # words or digits the same make it restate the next paragraph, never its words in part
        self._loose_headline = not stopped
        body = [i for i, p in enumerate(segments.paragraph_of) if p == 1 + segments.paragraph_of[0]]
        for head in self.claims:
            if head.sentence == 0 and head.kind == "value":
                self._headline_level(head, start, body)
        for head in self.claims:
            if head.sentence == 0 and head.kind == "change" and head.start_claim is None:
                self._headline_change(head, start, body)
            elif head.sentence == 0 and self.read_kinds.get(head.mention) == "cagr":
                self._headline_rate(head)

    def _headline_level(self, head: DraftClaim, start: int, body: list[int]) -> None:
        """A headline's level and the levels of the body's first paragraph in its unit: those
        named in the same words restate it; failing any, the one level whose metric ends in the
        headline's head noun ("Flood Claims Climb To 900" / "insurers counted 700 flood
        claims"). Two such levels: no link (which one is meant?)."""
        words = self._naming_words(head.mention, start)
        if len(words) < 2:
            return
        unit = self.mentions[head.mention].unit
        # a level the text dates otherwise is another figure of the quantity, not a restatement;
        # nor is what someone expected of it, unless the headline gives an expectation too
        expected = self._named_as_expected(head)
        same_unit = [
            c
            for c in self.claims
            if c.sentence in body
            and c.kind == "value"
            and self.mentions[c.mention].unit == unit
            and (None in (c.period, head.period) or c.period == head.period)
            and (expected or not self._named_as_expected(c))
        ]
        linked, stated = self._restated_by_headline(head, lx.stems(words), same_unit)
        for claim in linked:
            claim.metric, claim.entity = head.metric, head.entity
            self.relations.append(
                Relation("restates", (head.mention, claim.mention), stated=stated)
            )

    def _named_as_expected(self, claim: DraftClaim) -> bool:
        """Whether the words of the claim's sentence before its figure name it as what someone
        expected or forecast ("economists had expected a rate of 4.2%")."""
        start, _ = self.segments.span(claim.sentence)
        figure = self.mentions[claim.mention]
        return lx.EXPECTATION_BEFORE_RE.search(self.text, start, figure.start) is not None

    def _restated_by_headline(
        self, head: DraftClaim, stems: frozenset[str], same_unit: list[DraftClaim]
    ) -> tuple[list[DraftClaim], bool]:
        """The body's levels a headline's level restates, and whether the text states it. Named
        in the same words (a headline's "narrows" is the body's "narrowed"), or written with the
        same significant digits, the longer rounded to the shorter, whatever scale word each
        carries ("RMB 2,184.7 billion" / "RMB 2.18473"): stated. Failing those, the one level
        named by every word of the headline and more ("Deficit Narrows To $180bn" / "the federal
        deficit narrowed to $180bn"), or the one whose metric ends in the headline's head noun:
        the drafter's reading ("Flood Claims Climb To 900" may add up claims the body lists
        apart), so a disagreement is a note, never an error. Never the level a change starts
        from ("Rate Falls To 4.1%" / "fell to 4.3% from 4.6%"), though it counts among the
        candidates that make the loose readings ambiguous."""
        starts = self._starting_levels(head)
        ends = [c for c in same_unit if c.mention not in starts]
        linked = [c for c in ends if lx.stems(self._clause_naming_words(c)) == stems] or [
            c for c in ends if _same_digits(self.mentions[head.mention], self.mentions[c.mention])
        ]
        if linked:
            return linked, True
        noun = _head_noun(head.metric)
        within = [
            c
            for c in same_unit
            if self._loose_headline and stems <= lx.stems(self._clause_naming_words(c))
        ]
        # a figure the text gives as a part of another ("including nine in ...") is not the
        # headline's figure restated, whatever its name
        parts = {r.mentions[0] for r in self.relations if r.type == "part_of" and r.stated}
        by_noun = [
            c for c in same_unit if noun and _head_noun(c.metric) == noun and c.mention not in parts
        ]
        loose = within if len(within) == 1 else by_noun if len(by_noun) == 1 else []
        return [c for c in loose if c.mention not in starts], False

    def _starting_levels(self, head: DraftClaim) -> set[int]:
        """The levels of the body a headline's level cannot restate: those a change starts from,
        unless the headline's figure is itself one ("Area To Expand From 900 sq km")."""
        figure = self.mentions[head.mention]
        if head.mention in self.pair_starts or _FROM_LEVEL.search(
            self.text, max(0, figure.start - 12), figure.start
        ):
            return set()
        return self.pair_starts

    def _clause_naming_words(self, claim: DraftClaim) -> frozenset[str]:
        """The naming words of the claim's clause, read once per claim: a figure named later
        asks them of every earlier figure of its unit."""
        words = self._naming_words_of.get(claim.mention)
        if words is None:
            mention = self.mentions[claim.mention]
            c_start, _ = cx.clause_bounds(
                self.text, *self.segments.span(claim.sentence), mention.num_start
            )
            words = self._naming_words_of[claim.mention] = self._naming_words(
                claim.mention, c_start
            )
        return words

    def _headline_rate(self, head: DraftClaim) -> None:
        """A headline's average annual rate and the body's only one ("Market To Grow At A 6% CAGR"
        / "..., a 6.1% compound annual growth rate"): an average annual rate is a kind narrow
        enough that a headline stating one and a body stating one alone name one quantity, an
        explicit cross-reference. One metric; a rate with no span (drafted as a level) takes the
        other's. Two rates or more in the body: no link (which one is meant?)."""
        unit = self.mentions[head.mention].unit
        rates = [
            claim
            for claim in self.claims
            if claim.sentence > 0
            and self.read_kinds.get(claim.mention) == "cagr"
            and self.mentions[claim.mention].unit == unit
        ]
        if len(rates) != 1:
            return
        (rate,) = rates
        spanned, spanless = (rate, head) if rate.kind == "cagr" else (head, rate)
        spanless.metric, spanless.entity = spanned.metric, spanned.entity
        if spanless.kind == "value" and spanned.kind == "cagr":
            spanless.kind, spanless.period, spanless.years = "cagr", None, spanned.years
            spanless.start, spanless.end = spanned.start, spanned.end
            spanless.start_claim, spanless.end_claim = spanned.start_claim, spanned.end_claim
            spanless.notes = [n for n in spanless.notes if not n.startswith(_SPANLESS_RATE)]
        elif spanless.kind == "value":
            spanless.period = spanned.period  # two levels of one average annual rate
        self.relations.append(Relation("cagr", (head.mention, rate.mention)))

    def _headline_change(self, head: DraftClaim, start: int, body: list[int]) -> None:
        """A headline's change and a pair of levels in the body's first paragraph naming the
        same quantity in the same words ("Flood Claims In Riverton Climb 30%" / "Riverton's
        flood claims climbed from 700 to 900"): the change is stated between them. Failing
        any, the one pair of that paragraph whose metric ends in the headline's head noun
        ("insurers' flood claims went from 700 to 900"); two such pairs: no link."""
        words = self._naming_words(head.mention, start)
        if len(words) < 2 or head.start is not None:
            return
        pairs = []
        for relation in self.relations:
            if relation.type != "from_to" or not relation.stated:
                continue
            first, second = (
                self.claims[self.claim_of[m]] for m in relation.mentions if m is not None
            )
            if (
                first.sentence in body
                and self._fits_levels(head.mention, first.mention)
                and crosslinks.may_span(self.text, head, first, second)
            ):
                pairs.append((first, second))
        stems = lx.stems(words)
        named = [p for p in pairs if lx.stems(self._clause_naming_words(p[0])) == stems]
        within = [
            p
            for p in pairs
            if self._loose_headline and stems <= lx.stems(self._clause_naming_words(p[0]))
        ]
        noun = _head_noun(head.metric)
        by_noun = [p for p in pairs if noun and _head_noun(p[0].metric) == noun]
        chosen = (
            named[:1]
            or (within if len(within) == 1 else [])
            or (by_noun if len(by_noun) == 1 else [])
        )
        for first, second in chosen:
            head.start_claim, head.end_claim = self._place(first), self._place(second)
            head.metric, head.entity = first.metric, first.entity
            head.period = head.basis = None
            # by the head noun alone, the drafter's reading: a note at most (see _headline_level)
            self.relations.append(
                Relation(
                    "change", (head.mention, first.mention, second.mention), stated=bool(named)
                )
            )

    def _fits_levels(self, change: int, level: int) -> bool:
        unit, level_unit = self.mentions[change].unit, self.mentions[level].unit
        if unit in ("%", "x"):
            return level_unit != "%"
        if unit == "pp":
            return level_unit == "%"
        return same_family(unit, level_unit, exact=True)

    def _naming_words(self, mention: int, start: int) -> frozenset[str]:
        """The content words that name what a figure measures, from `start` to the figure."""
        return _content_words(self.text[start : self.mentions[mention].start])

    def _opening_period(self, start: int, end: int) -> cx.PeriodMention | None:
        """The period a sentence opens on, which the sentences after it keep; one the text
        leaves unresolved too (they keep no period then, rather than an earlier one). A
        sentence that lists figures period by period ("一季度增长6.7%，二季度增长6.9%", "in the
        first quarter, 5%; in the second, 6%") opens on none: its first period is one of a
        list, not the time of what follows."""
        periods = self._periods_in(start, end)
        # (most sentences name one period or none: the clauses are looked at only when two)
        if len({p.period for p in periods if p.period}) > 1 and (
            len({p.period for p in periods if p.period and self._opens_clause(p, start, end)}) > 1
        ):
            return None
        for period in periods:
            if period.opening and (
                period.period and period.role in ("at", "by") or period.role == "unresolved"
            ):
                return period
        return None

    def _opens_clause(self, period: cx.PeriodMention, start: int, end: int) -> bool:
        """Whether a period of the sentence [start, end) opens its clause, but for a
        preposition ("in the second quarter, ...")."""
        c_start, _ = cx.clause_bounds(self.text, start, end, period.start)
        return all(word in _PERIOD_LEADS for word in self.text[c_start : period.start].split())

    def _periods_in(self, start: int, end: int) -> list[cx.PeriodMention]:
        first = bisect.bisect_left(self.period_starts, start)
        # indexed from `first`: a slice of the list would copy every period after it, for
        # every sentence (quadratic in a long document's periods)
        periods, found = self.periods, []
        for index in range(first, len(periods)):
            if periods[index].start >= end:
                break
            found.append(periods[index])
        return found

    # ------------------------------------------------------------ one sentence

    def _sentence(self, sentence: int, indices: list[int], scope: cx.PeriodMention | None) -> None:
        """One sentence in three phases: context (kind and period of each figure), links (what
        the sentence states between its figures), draft (claims)."""
        alone = self._figure_alone(sentence, indices)
        if alone is not None:
            self._draft_figure_alone(alone, scope)
            return
        reading = self._read_sentence(sentence, indices, scope)
        reading.after_sector_shares = self._sector_shares_sentence == sentence - 1
        reading.after_loose_share = self._loose_share_sentence == sentence - 1
        self._lengths_of_spans(reading)
        self.read_kinds.update(zip(reading.indices, reading.kinds, strict=True))
        links = find_links(reading, self.text)
        if any(link.type == "structure" and link.sectors for link in links):
            self._sector_shares_sentence = sentence
        listed = {p for link in links if link.type == "structure" for p in link.positions}
        if any(k == "share" and p not in listed for p, k in enumerate(reading.kinds)):
            self._loose_share_sentence = sentence
        self._draft_sentence(reading, links)

    def _figure_alone(self, sentence: int, indices: list[int]) -> SentenceReading | None:
        """The reading of a sentence that is one plain figure and nothing else (a line of a
        list or of a table of bare numbers: "1,234"), a level; None for any other sentence.
        Every other pass of `_sentence` needs a word, a unit, a period or a second figure of
        the sentence to find anything, so `_draft_figure_alone` drafts it without them
        (tests/test_figure_alone.py holds the two ways to one draft and one remembered state)."""
        if len(indices) != 1:
            return None
        mention = self.mentions[indices[0]]
        if (
            mention.unit
            or mention.words
            or mention.noun
            or mention.qualifier
            or mention.scale
            or mention.per
            or mention.annual
            or mention.ratio
            or not _PLAIN_NUMBER.fullmatch(mention.number)
        ):
            return None
        start, end = self.segments.span(sentence)
        if (
            not _BLANK.fullmatch(self.text, start, mention.start)
            or not _BLANK_TO_STOP.fullmatch(self.text, mention.end, end)
            or self._periods_in(start, end)
            or self._classify(0, [mention], start, end) != "value"
        ):
            return None
        return SentenceReading(sentence, start, end, indices, [mention], ["value"], [], {})

    def _draft_figure_alone(self, reading: SentenceReading, scope: cx.PeriodMention | None) -> None:
        """What `_sentence` drafts for a figure alone in its sentence (`_figure_alone`): a level
        at the period in scope, of the entity in scope, unnamed; and what the sentences after
        remember of this one: its only level, and no pair, change, place, member of a
        partition, term of a difference or count of a whole."""
        index, mention = reading.indices[0], reading.mentions[0]
        # `_period_for` where the sentence names no period
        reading.periods_of[0] = scope.period if scope is not None and scope.period else None
        self.read_kinds[index] = "value"
        self._sentence_relations = len(self.relations)
        self._share_of_part = {}
        self._previous = self.last_pair  # `_remember_pairs` with no pair
        claim = DraftClaim(
            mention=index,
            kind="value",
            quote=self._quote(mention, reading.start, reading.end),
            sentence=reading.index,
        )
        # `_draft_level`: no pair, no change before, no whole; `_name_level`: no name in the
        # clause, no word before the figure to name it
        entity = self.entity_in_paragraph or self.entity
        self.namer.entity_words = {entity, self.entity}
        claim.metric, claim.entity = _tidy(_in_years("figure", mention)), entity
        claim.period, claim.value = reading.periods_of[0], mention.value_text()
        self._add(index, claim, mention)
        if self._member_levels:  # `_parts_named_apart`: no member named here
            self._member_levels = [
                m for m in self._member_levels if m.sentence >= reading.index - 1
            ]
        self._located = None
        self._difference_terms = None
        self._single_level, self._sole_level = None, (reading.index, index)  # `_draft_division`
        self._sentence_levels = (reading.index, [index])
        self._sole_change = None
        self._counted_pair = None
        self._pair_subject = None

    def _lengths_of_spans(self, reading: SentenceReading) -> None:
        for position, mention in enumerate(reading.mentions):
            if mention.unit != "day" or reading.kinds[position] != "value":
                continue
            for period in reading.periods:
                if period.period and lasts(period.period, mention):
                    self._length_of_span.setdefault(period.period, reading.indices[position])

    # ------------------------------------------------------------ phase: context

    def _read_sentence(
        self, sentence: int, indices: list[int], scope: cx.PeriodMention | None
    ) -> SentenceReading:
        s_start, s_end = self.segments.span(sentence)
        mentions = [self.mentions[i] for i in indices]
        periods = self._periods_in(s_start, s_end)
        attached = self._attach_periods(mentions, periods, s_end)
        kinds = [self._classify(p, mentions, s_start, s_end) for p in range(len(indices))]
        reading = SentenceReading(
            sentence, s_start, s_end, indices, mentions, kinds, periods, attached
        )
        _points_beside_percents(reading, self.text)
        _rate_then_its_points(reading, self.text)
        self._that_is_its_change(reading)
        _percent_beside_amount(reading, self.text)
        _changes_under_one_verb(reading, self.text)
        for position in range(len(mentions)):
            period, note = self._period_for(
                position, mentions, attached, periods, s_start, s_end, scope
            )
            reading.periods_of[position] = period
            if note:
                reading.notes.setdefault(position, []).append(note)
        _respective_years(reading, self.text)
        _respective_changes(reading, self.text)
        _respective_subjects(reading, self.text)
        return reading

    # ------------------------------------------------------------ phase: draft

    def _draft_sentence(self, reading: SentenceReading, links: list[Link]) -> None:
        self._sentence_relations = len(self.relations)
        pairs = [link for link in links if link.type == "from_to"]
        # a percentage beside the count it makes, of a whole the sentence does not give: the
        # share of that count in the whole it is found to be a part of ("Of these, 30% (1,200)")
        self._share_of_part = {
            link.positions[1]: link.positions[0] for link in links if link.type == "share_part"
        }
        parts = {
            link.positions[0]: reading.indices[link.positions[1]]
            for link in links
            if link.type == "part"
        }
        parts = parts or self._parts_of_previous(reading)
        # an average per head is no part of another, nor a whole of others (人均收入: the urban
        # and rural averages do not add up to the average of all)
        parts = {
            p: whole
            for p, whole in parts.items()
            if not _PER_HEAD.search(self._words_before(reading.indices[p], reading.index))
            and not _PER_HEAD.search(
                self._words_before(whole, self.segments.sentence(self.mentions[whole].num_start))
            )
        }
        structures = [link.positions for link in links if link.type == "structure"]
        self._remember_pairs(reading, pairs)
        first_claim = len(self.claims)
        self._draft_figures(reading, links, parts, pairs, {p for s in structures for p in s})
        for number, positions in enumerate(structures, start=1):
            self._draft_structure(reading, positions, number)
        for link in links:
            if link.type == "shares_of_sum":
                self._draft_shares_of_sum(reading, link.positions)
            if link.type == "parts_within":
                self._draft_parts_within(*(reading.indices[p] for p in link.positions))
            if link.type == "sex_shares":
                self._draft_sex_shares(reading, *(reading.indices[p] for p in link.positions))
        self._respective_lists(reading)
        self._respective_subject_names(reading)
        self._draft_across_sentences(reading, links, parts, pairs)
        self._in_text_order(first_claim)
        self._carry_change(reading)
        self._share_of_previous_pair(reading)
        self._pair_subject = self._subject_apart(reading, links)

    def _respective_lists(self, reading: SentenceReading) -> None:
        """The levels of a list a year each are one quantity over those years: each takes the
        name the first one has ("revenue of $8.3bn, $10.2bn and $11.8bn in 2031, 2032 and 2033
        respectively": not a metric "billion" for the last). A list of changes on the year
        before, of the same years ("up 15%, 23% and 16% year on year"), is stated of the list
        of levels nearest before it: each change of its year's level, each level after the one
        before (two forecasts in one sentence, revenue's then profit's, each with its growth)."""
        levels: list[DraftClaim] = []
        for run in reading.respective:
            claims = [self.claim_of.get(reading.indices[p]) for p in run]
            if None in claims:
                continue
            drafted = [self.claims[cast(int, index)] for index in claims]
            if all(claim.kind == "value" for claim in drafted):
                for claim in drafted[1:]:
                    claim.metric, claim.entity = drafted[0].metric, drafted[0].entity
                levels = drafted
            elif levels and all(c.kind == "change" and c.basis == "yoy" for c in drafted):
                for level, change in zip(levels, drafted, strict=True):
                    change.metric, change.entity = level.metric, level.entity
                    self.relations.append(Relation("yoy", (change.mention, level.mention)))
                for earlier, later in zip(levels, levels[1:], strict=False):
                    self.relations.append(Relation("from_to", (earlier.mention, later.mention)))
                levels = []  # a list of levels has one list of changes

    def _respective_subject_names(self, reading: SentenceReading) -> None:
        """Each figure of a list "respectively" shares out over things takes its thing's name,
        unless another reading named it as a part or a whole."""
        named = {
            name
            for m in self.metrics.values()
            if m.part_of or m.sum_of
            for name in (m.name, m.part_of, *(m.sum_of or []))
        }
        for run, names in reading.subjects:
            # a name the entity reader took from the things ("sales in Europe and Asia") is theirs
            words = {w for name in names for w in re.split(r"_|(?=[\u4e00-\u9fff])", name)}
            for position, name in zip(run, names, strict=True):
                index = self.claim_of.get(reading.indices[position])
                if index is None or self.claims[index].metric in named:
                    continue
                claim = self.claims[index]
                claim.metric = name
                if any(w.lower() in words for w in cx.split_words(claim.entity)):
                    claim.entity = self.entity

    def _remember_pairs(self, reading: SentenceReading, pairs: list[Link]) -> None:
        """The sentence's "from X to Y" pairs dated, and the last one kept for the sentences
        after (the one before kept too: a change here may point back at it)."""
        self._pair_periods(reading, pairs)
        self.pair_starts.update(reading.indices[link.positions[0]] for link in pairs)
        for link in pairs:
            way = way_of_pair(reading, self.text, link)
            if way:
                earlier, later = (reading.indices[p] for p in link.positions)
                self.moves.append((earlier, later, way))
        previous_pair = self.last_pair
        if pairs:
            first, second = pairs[-1].positions
            self.last_pair = (reading.index, reading.indices[first], reading.indices[second])
        self._previous = previous_pair

    def _draft_figures(
        self,
        reading: SentenceReading,
        links: list[Link],
        parts: dict[int, int],
        pairs: list[Link],
        in_ratio: set[int],
    ) -> None:
        """A claim of each figure of the sentence but those of a structure written as a ratio,
        levels first (a change names the levels it links, wherever they stand)."""
        restates = {link.positions[0]: link for link in links if link.type == "converts"}
        changes = {link.positions[0]: link for link in links if link.type == "change"}
        shares = {link.positions[0]: link for link in links if link.type == "share"}
        topic: tuple[str, str] | None = None
        named_levels: list[tuple[int, tuple[str, str]]] = []  # (position, its metric and entity)
        for position in _drafting_order(reading, links, parts):
            index = reading.indices[position]
            mention = reading.mentions[position]
            claim = DraftClaim(
                mention=index,
                kind=reading.kinds[position],
                quote=self._quote(mention, reading.start, reading.end),
                sentence=reading.index,
            )
            claim.notes.extend(reading.notes.get(position, []))
            if _OWN_TIME_UNDATED in claim.notes:
                claim.not_a_conflict = _OWN_TIME_UNDATED  # "7月13天、8月11天": three months
            if position in in_ratio:
                continue
            if position in restates:
                self._draft_restatement(reading, position, restates[position], claim)
            elif claim.kind == "value":
                named = self._draft_level(reading, position, claim, pairs, parts)
                named_levels.append((position, named[0]))
                if topic is None or named[1]:
                    topic = named[0]
            elif claim.kind == "share":
                self._draft_share(reading, position, claim, topic, shares.get(position))
            else:
                own_topic = self._clause_topic(reading, position, named_levels) or topic
                self._draft_change(reading, position, claim, own_topic, changes.get(position))
                if _follows_restatement(reading, position, restates):
                    claim.ignore += ("change-conflict",)
                    claim.ignore_reason = _CHANGE_IN_OTHER_CURRENCY

    def _clause_topic(
        self,
        reading: SentenceReading,
        position: int,
        named_levels: list[tuple[int, tuple[str, str]]],
    ) -> tuple[str, str] | None:
        """The topic of a change after a semicolon: the first level of its own clause ("imports
        were $1.6bn, down 17%; exports $0.6bn, down 17.7%": the second change is the exports'),
        None where no semicolon stands before it or its clause has no level before it."""
        start = reading.mentions[position].start
        stop = max(
            self.text.rfind(";", reading.start, start), self.text.rfind("；", reading.start, start)
        )
        if stop < 0:
            return None
        return next(
            (
                named
                for level, named in sorted(named_levels)
                if stop < reading.mentions[level].start < start
            ),
            None,
        )

    def _draft_across_sentences(
        self, reading: SentenceReading, links: list[Link], parts: dict[int, int], pairs: list[Link]
    ) -> None:
        """What the sentence's claims, once drafted, tie together: sums, changes of a level,
        and the links that reach back to the sentences before (partitions, a factor of the
        level before, a total divided)."""
        self._structure_of_partition(reading)
        self._complete_partition(reading, parts)
        self._parts_named_apart(reading)
        self._located_part_before(reading, parts)
        for whole in sorted(set(parts.values())):
            self._shares_of_parts(reading, whole, sorted(p for p, w in parts.items() if w == whole))
        self._factor_of_previous(reading)
        self._moved_from_previous(reading)
        self._change_from_a_base_after_previous(reading)
        self._compared_with_previous(reading)
        self._change_of_previous_level(reading)
        self._difference_of_previous(reading)
        self._difference_after_its_terms(reading, links)
        self._draft_division(reading)
        self._undated_pairs(reading, pairs)
        if links:  # a sentence of one figure, most of an article's, has none
            self._draft_links(reading, links)
            for link in links:
                if link.type == "product":
                    self._draft_product(*(reading.indices[p] for p in link.positions))

    def _draft_links(self, reading: SentenceReading, links: list[Link]) -> None:
        """What the sentence's links state between its drafted claims: a change's level, a
        rate's change, a sum, one quantity written twice, a gap to a named rate."""
        changes_of = Counter(link.positions[1] for link in links if link.type == "change_of")
        for link in links:
            if link.type == "change_of":
                self._change_of_level(reading, link, changes_of[link.positions[1]] > 1)
            if link.type == "rate_of":
                self._rate_of_change(*(reading.indices[p] for p in link.positions))
            if link.type == "annualized":
                self._annualized_quarter(*(reading.indices[p] for p in link.positions))
            if link.type == "sum":
                self._draft_sum(reading, reading.indices[link.positions[0]], [*link.positions[1:]])
            if link.type == "one_quantity":
                self._one_quantity(*(reading.indices[p] for p in link.positions))
            if link.type == "rounded_again":
                self._rounded_again(reading, *(reading.indices[p] for p in link.positions))
            if link.type == "rate_restated":
                joined = tuple(reading.indices[p] for p in link.positions)
                self._one_quantity(*joined)
                self.relations.append(Relation("rate", joined, stated=link.stated))
            if link.type == "average_of":
                self._average_of_total([reading.indices[p] for p in link.positions], link)
            if link.type == "points_than":
                self._gap_to_named_rate(reading, *link.positions)
            if link.type == "revised":
                earlier, later = (reading.indices[p] for p in link.positions)
                self.moves.append((earlier, later, link.way))
                self.stated_joins.append((earlier, later))
        for link in links:
            if link.type == "alternative":
                self._alternative_change(*(reading.indices[p] for p in link.positions))
        for level in [p for p, count in changes_of.items() if count == 2]:
            self._one_span_for_both_forms(
                [
                    reading.indices[link.positions[0]]
                    for link in links
                    if link.type == "change_of" and link.positions[1] == level
                ],
                reading.indices[level],
            )

    def _one_span_for_both_forms(self, changes: list[int], level: int) -> None:
        """An amount and a percentage of one level's change in one sentence: the same change in
        two forms. One of them dated (比上年增长6.2%，增收28亿元; "up 6.2% from a year earlier,
        an increase of $2.8 billion"), the undated one spans what the dated one does; neither
        ("fell by 58 to 570, a decrease of 9%"), both name the level they led to (`to:` alone),
        which checks them with no period."""
        claims = [self.claims[self.claim_of[i]] for i in changes]
        if len(claims) != 2 or {self.mentions[c.mention].unit == "%" for c in claims} != {
            True,
            False,
        }:
            return
        dated = [c for c in claims if c.basis or c.start or c.years or c.start_claim is not None]
        if not dated and self.claims[self.claim_of[level]].kind == "value":
            for claim in claims:
                claim.end_claim = self.claim_of[level]
                claim.notes = [n for n in claim.notes if n != _NO_BASE] + [_TO_LEVEL_ONLY]
            return
        if len(dated) != 1:
            return
        source = dated[0]
        for claim in claims:
            if claim is not source:
                claim.basis, claim.period = source.basis, source.period
                claim.start, claim.end, claim.years = source.start, source.end, source.years
                claim.notes = [n for n in claim.notes if n != _NO_BASE]

    def _change_of_level(self, reading: SentenceReading, link: Link, several: bool) -> None:
        """A change and the level it leads to ("reached 900, up 5%"): the text states the
        change is the level's, so one metric and entity. `several`: the level has other
        changes in the sentence (an amount and a percentage of it, checked together)."""
        joined = tuple(reading.indices[p] for p in link.positions)
        change, level = (self.claims[self.claim_of[i]] for i in joined)
        change.metric, change.entity = level.metric, level.entity
        self._dated_by_level(reading, link.positions, change, level)
        # the sentence's own relations only (a scan of all would be quadratic)
        for r in range(self._sentence_relations, len(self.relations)):
            relation = self.relations[r]
            if relation.type == "yoy" and relation.mentions[0] == joined[0]:
                self.relations[r] = Relation("yoy", joined, stated=relation.stated)
        if self.mentions[joined[0]].unit == "%":
            self.rates_of_level.setdefault(joined[1], []).append(joined[0])
        # a change and its level alone have no arithmetic to check: the amount and the
        # percentage of one level have (the base is the level less the amount)
        if several and all(r.mentions != joined for r in self.relations[-8:]):
            self.relations.append(Relation("change_of", joined))

    def _alternative_change(self, figure: int, alternative: int) -> None:
        """A figure the text offers in place of a change ("the increase as 150 percent instead
        of 50 percent"): the same change, between the same levels, once the sentence has linked
        the first; the arithmetic says which of the two holds. The drafter's reading (a note at
        most), and no conflict between the two: the text gives them as rival values."""
        main, other = (self.claims[self.claim_of[i]] for i in (figure, alternative))
        relation = next(
            (
                r
                for r in self.relations[self._sentence_relations :]
                if r.mentions[0] == figure and r.type in ("change", "cagr")
            ),
            None,
        )
        if relation is None or main.kind != other.kind:
            return
        other.metric, other.entity, other.period = main.metric, main.entity, main.period
        other.start, other.end, other.basis, other.years = (
            main.start,
            main.end,
            main.basis,
            main.years,
        )
        other.start_claim, other.end_claim = main.start_claim, main.end_claim
        other.notes = [n for n in other.notes if n != _NO_BASE]
        mention = self.mentions[alternative]
        if mention.unit != "x":
            other.value = mention.value_text("-" if main.value.startswith("-") else "+")
        other.not_a_conflict = "a figure the text gives in place of another ('instead of')"
        self.relations.append(
            Relation(relation.type, (alternative, *relation.mentions[1:]), stated=False)
        )

    def _rate_of_change(self, average: int, total: int) -> None:
        """An average annual rate and the total change it averages: one metric and, when the
        rate gives its number of years and the change has no span, one span ("up 41% on two
        years before, a two-year average of 19%")."""
        rate, change = (self.claims[self.claim_of[i]] for i in (average, total))
        rate.metric, rate.entity = change.metric, change.entity
        if rate.years and not (change.start or change.basis or change.years):
            change.years = rate.years
            change.notes = [n for n in change.notes if n != _NO_BASE]
        self.relations.append(Relation("cagr", (rate.mention, change.mention)))

    def _annualized_quarter(self, annual: int, quarterly: int) -> None:
        """An annual rate and the quarter's change it compounds to: the rate a cagr of the
        change's metric over a quarter of a year, the change over the same span, as the
        sentence states (a change with a span of its own is not a quarter's: no link)."""
        rate, change = (self.claims[self.claim_of[i]] for i in (annual, quarterly))
        if change.start or change.basis or change.years or change.start_claim is not None:
            return
        rate.kind, rate.metric, rate.entity = "cagr", change.metric, change.entity
        rate.period, rate.value = None, rate.value.removeprefix("+")
        for claim in (rate, change):
            claim.years = QUARTER_YEARS
            claim.notes = [n for n in claim.notes if n != _NO_BASE and _SPANLESS_RATE not in n]
        self.relations.append(Relation("cagr", (annual, quarterly)))

    def _average_of_total(self, joined: list[int], link: Link) -> None:
        """A total and its average per day (week, month), with the length they are counted
        over when the sentence gives it: one quantity of one period, so the average takes the
        total's metric, entity and period, and the rate rule checks them."""
        rate, level = (self.claims[self.claim_of[i]] for i in joined[:2])
        rate.metric, rate.entity = level.metric, level.entity
        # a length the sentence gives that the total's period does not last ("the 7-day
        # holiday" of a year): the average is over a span the claims cannot name
        spanned = len(joined) < 3 or lasts(level.period, self.mentions[joined[2]])
        rate.period = level.period if spanned else None
        length = self._length_of_span.get(level.period or "")
        if len(joined) < 3 and length is not None and not link.stated:
            # the span carried from the sentence that gave its length: the three are linked
            # as the rate rule reads them, as the drafter's reading (the link is not stated)
            joined = [*joined, length]
        self.relations.append(Relation("rate", tuple(joined), stated=link.stated))

    def _draft_product(self, total: int, count: int, each: int) -> None:
        """A total, the count it is spread over and what each counted thing has (an average, a
        size), as the sentence states them: one entity and period, and the total's metric the
        product of the other two (the product rule). The figure each has takes a metric of its
        own, named after the total, and so does a total drafted under another's name (48 after
        "4 teams" is no number of teams); a total already declared otherwise is left alone."""
        claims = [self.claims[self.claim_of[i]] for i in (total, count, each)]
        whole, counted, per = claims
        periods = {c.period for c in claims if c.period is not None}
        known = self.metrics.get(whole.metric)
        if len(periods) > 1 or (known is not None and (known.sum_of or known.product_of)):
            return  # figures of different times, or a total the sentence divides otherwise
        if whole.metric in (counted.metric, per.metric):
            whole.metric = self._unused_metric(f"{per.metric}_in_all")
            self._parts_follow_their_whole(total, whole.metric)
        per.metric = self._unused_metric(f"{whole.metric}_each")
        self.metrics[per.metric] = MetricDraft(
            per.metric, description=f"{whole.metric.replace('_', ' ')} each"
        )
        for claim in claims:
            claim.entity, claim.period = whole.entity, next(iter(periods), None)
        self.metrics.setdefault(whole.metric, MetricDraft(whole.metric)).product_of = [
            counted.metric,
            per.metric,
        ]
        self.relations.append(Relation("product", (total, count, each)))

    def _parts_follow_their_whole(self, whole: int, metric: str) -> None:
        """The parts drafted of a figure renamed since are parts of its new metric: "Each of the
        30 wards has 20 beds, 600 in total, and 40 of them are empty" (40 of the 600 beds,
        drafted under "wards" before the total was named apart from the 30 wards)."""
        for relation in self.relations:
            part = relation.mentions[0]
            if relation.type == "part_of" and relation.mentions[1] == whole and part is not None:
                self.metrics[self.claims[self.claim_of[part]].metric].part_of = metric

    def _unused_metric(self, base: str) -> str:
        """`base` numbered to a metric name the draft does not use yet."""
        number = 1
        while f"{base}_{number}" in self.metrics:
            number += 1
        return f"{base}_{number}"

    def _one_quantity(self, first: int, second: int) -> None:
        """Two figures the text says disagree ("a discrepancy of 2,000", 有2万出入): one quantity
        stated twice, so the second takes the first's metric, entity and period (the conflict
        rule then reports the two)."""
        stated, restated = (self.claims[self.claim_of[i]] for i in (first, second))
        restated.metric, restated.entity = stated.metric, stated.entity
        restated.period = restated.period or stated.period
        restated.not_a_conflict, restated.same_as = None, first

    def _rounded_again(self, reading: SentenceReading, restated: int, stated: int) -> None:
        """A level written again with other rounding ("6.4 percent; unrounded, 6.372
        percent"): one quantity (`_one_quantity`), and the sentence's other figures named as
        the restatement was (the level it moved from) named as it now is."""
        named = self.claims[self.claim_of[restated]].metric
        self._one_quantity(stated, restated)
        renamed = self.claims[self.claim_of[restated]].metric
        for index in reading.indices:
            claim = self.claims[self.claim_of[index]]
            if claim.metric == named:
                claim.metric = renamed
        self.relations.append(Relation("restates", (restated, stated)))

    def _gap_to_named_rate(self, reading: SentenceReading, points: int, rate: int) -> None:
        """A gap in points between a rate of the sentence and a percentage the text gave before
        under the name the comparison uses ("spending rose 6.5%" / "furniture grew 12%, 5.5
        points faster than that of household spending"). The one earlier percentage whose metric the
        name's words make up: stated. Several: the first of them, and a comparison with "the
        average" naming none: the only percentage of the sentence before; both the drafter's
        reading (a note at most)."""
        gap = self.claims[self.claim_of[reading.indices[points]]]
        span = rate_named_than(self.text, reading.mentions[points], reading.end)
        if span is None or gap.start_claim is not None or self._periods_in(*span):
            return
        words = _content_words(self.text[span[0] : span[1]])
        rates = self._earlier_rates(reading.index)
        named = [
            c for c in (rates.named(words) if len(words) >= 2 else []) if c.kind in _RATE_KINDS
        ]
        stated = len(named) == 1
        if not named and len(words) == 1 and _CJK_NAME.fullmatch(min(words)):
            named = self._earlier_rates_under(reading.index, min(words))
            stated = len(named) == 1
        if not named and _AVERAGE.search(self.text, *span):
            named = [c for c in self._claims_of_sentence(reading.index - 1) if self._is_rate(c)]
            named = named if len(named) == 1 else []
        if not named:
            return
        base, compared = named[0], reading.indices[rate]
        gap.start_claim, gap.end_claim = self._place(base), self.claim_of[compared]
        gap.notes = [n for n in gap.notes if n != _NO_BASE]
        self.relations.append(
            Relation("change", (gap.mention, base.mention, compared), stated=stated)
        )

    def _earlier_rates_under(self, sentence: int, name: str) -> list[DraftClaim]:
        """The percentages before `sentence` whose metric holds a Chinese name whole (增速比规模以上
        工业快4.6个百分点: the rate of 规模以上工业增加值 given before); Chinese writes a name as
        one run of characters, so it is no set of words to look up. Rare: only for a gap."""
        return [
            c
            for c in self.claims
            if c.sentence < sentence and name in c.metric and self._is_rate(c)
        ]

    def _earlier_rates(self, sentence: int) -> RatesByName:
        """The index of the percentages (levels and changes) of the sentences before
        `sentence`, brought up to it: claims stand in the order of their sentences, and a
        sentence's own are put in order before the next is drafted, so the claims of the
        sentences before are those up to the first of this one, never moved again."""
        if self._rates is None:
            self._rates = RatesByName(watch_renames)
        while (
            self._rates_filed < len(self.claims)
            and self.claims[self._rates_filed].sentence < sentence
        ):
            claim = self.claims[self._rates_filed]
            if self.mentions[claim.mention].unit == "%":  # fixed once its sentence is read
                self._rates.add(claim, self._clause_naming_words(claim))
            self._rates_filed += 1
        return self._rates

    def _claims_of_sentence(self, sentence: int) -> list[DraftClaim]:
        """The claims of `sentence`, one of those `_earlier_rates` was brought up to: they
        stand just before the first claim not filed, if it has any."""
        first = self._rates_filed
        while first and self.claims[first - 1].sentence == sentence:
            first -= 1
        return self.claims[first : self._rates_filed]

    def _is_rate(self, claim: DraftClaim) -> bool:
        return claim.kind in _RATE_KINDS and self.mentions[claim.mention].unit == "%"

    def _dated_by_level(
        self,
        reading: SentenceReading,
        positions: tuple[int, ...],
        change: DraftClaim,
        level: DraftClaim,
    ) -> None:
        """A year-on-year change the text dates only through the level it leads to ("$5.2
        million in 2020, up $400,000 or 8.3% from a year earlier"): the level's period. The
        words "year on year" may stand by the change or by the level."""
        if change.basis or change.start or change.years or change.start_claim is not None:
            return
        if level.period and any(self._span(p, reading)[0] == "yoy" for p in positions):
            change.basis, change.period = "yoy", level.period
            change.notes = [n for n in change.notes if n != _NO_BASE]
        else:
            self._dated_by_base_year(change, level)

    def _dated_by_base_year(self, change: DraftClaim, level: DraftClaim) -> None:
        """A change before the level of a year it leads to, dated by the year the words between
        them name (`_base_year_of_change`); a change with a span of its own keeps it."""
        if change.basis or change.start or change.years or change.start_claim is not None:
            return
        if not (level.period and level.period.isdigit()):
            return
        after = end_of(self.mentions[change.mention])
        if change.mention < level.mention:
            between = self.text[after : self.mentions[level.mention].start]
            base = _base_year_of_change(between, int(level.period))
        else:  # "Imports, at $20 billion, were down 3% on 2019"
            named = _BASE_YEAR.match(self.text, after, self.segments.span(change.sentence)[1])
            base = int(named.group("year")) if named else None
            base = base if base is not None and base < int(level.period) else None
        if base is None:
            return
        if base == int(level.period) - 1:
            change.basis, change.period = "yoy", level.period
        else:
            change.start, change.end = str(base), level.period
        change.notes = [n for n in change.notes if n != _NO_BASE]

    def _undated_pairs(self, reading: SentenceReading, pairs: list[Link]) -> None:
        """ "fell from X to Y" with no date: the two levels are one metric at two times the text
        does not name, so they must not be read as one figure stated twice."""
        for link in pairs:
            first, second = (self.claims[self.claim_of[reading.indices[p]]] for p in link.positions)
            if first.period is None and second.period is None:
                first.not_a_conflict = (
                    "the level before the change ('from ... to ...'), at a time the text does not "
                    "name"
                )
                # and its restatement in another unit: "from 1,069 kilograms (34,353 ounces)"
                earlier = self.claim_of[reading.indices[link.positions[0]]]
                for index in reading.indices:
                    restated = self.claims[self.claim_of[index]] if index in self.claim_of else None
                    if restated is not None and restated.converts == earlier:
                        restated.not_a_conflict = first.not_a_conflict

    def keep_earlier_levels_out_of_sums(self) -> None:
        """The undated level a total moved from is no total of the parts listed for the later
        one: "The parks drew 1.2, 0.8 and 0.5 million visitors, 2.5 million in total, up from
        2.1 million" (the 2.1 million shares the total's metric and its lack of a date)."""
        for claim in self.claims:
            drafted = self.metrics.get(claim.metric)
            if claim.not_a_conflict and drafted is not None and drafted.sum_of:
                claim.ignore += ("sum",)
                claim.ignore_reason = claim.ignore_reason or (
                    "a level at another time than the parts the text lists"
                )

    def draft_moves(self) -> None:
        """A pair of levels whose words give the way it moved and no figure its size ("rose to
        Y from X", "narrowed to Y from X", "Y, down from X"): a change between the two claims
        stating its sign alone ("more than 0 %", "less than 0 %", the contract's qualifiers),
        so that levels that went the other way are found. Drafted once every link is known (a
        change of the next sentence may size the pair: "That is a rise of 7%"), and kept out
        of `claim_of`: the figure it is quoted at stays the level's."""
        # only a change the text ties to the pair sizes it: a reading across sentences
        # (crosslinks.py, not stated) must not take the place of the way the text states
        sized = {
            frozenset(r.mentions[1:3])
            for r in self.relations
            if r.type in ("change", "cagr") and len(r.mentions) == 3 and r.stated
        }
        for earlier, later, way in self.moves:
            drafted = (self.claim_of.get(earlier), self.claim_of.get(later))
            if frozenset((earlier, later)) in sized or drafted[0] is None or drafted[1] is None:
                continue
            first, second = self.claims[drafted[0]], self.claims[drafted[1]]
            # the later of two estimates of a change may be drafted as the change ("grew 2.8%,
            # revised down from 3.1%"); not a fall ("fell 0.3%, revised up from 0.5%": a smaller
            # fall, the way of the sizes, not of the figures)
            if first.kind != "value" or second.kind not in ("value", "change"):
                continue
            if second.kind == "change" and second.value.startswith("-"):
                continue
            self.claims.append(
                DraftClaim(
                    mention=later,
                    kind="change",
                    metric=second.metric,
                    entity=second.entity,
                    value=_way_value(way, self.mentions[later].unit),
                    start_claim=drafted[0],
                    end_claim=drafted[1],
                    quote=(
                        min(first.quote[0], second.quote[0]),
                        max(first.quote[1], second.quote[1]),
                    ),
                    notes=[_WAY_ONLY],
                    sentence=second.sentence,
                    ignore=("quote",),
                    ignore_reason="the text says which way the figure moved, in words, not by how much",
                )
            )

    def _subject_apart(self, reading: SentenceReading, links: list[Link]) -> tuple[int, int] | None:
        """`_subject_of_pair`, when a share of it can only be checked against it: the other
        level is of another metric or period ("$3.6 billion for next year, 4.2% more than this
        year's $3.45 billion"). Two levels of one metric with no period ("$1.2 billion, up from
        $1.1 billion") are both what a share of that metric is checked against."""
        subject = _subject_of_pair(reading, self.text, links)
        if subject is None:
            return None
        drafted = [
            self.claims[self.claim_of[i]]
            for p, i in enumerate(reading.indices)
            if reading.kinds[p] == "value" and i in self.claim_of
        ]
        keys = {(c.metric, c.entity, c.period) for c in drafted}
        return subject if len(keys) == len(drafted) == 2 else None

    def _draft_division(self, reading: SentenceReading) -> None:
        """A total and the parts it is divided into, listed in full: "The sum would be divided
        in this fashion: A for ..., B for ... and C for ..." (the total in the sentence before,
        which the opening points back at) or "X was split into A, B and C" (one sentence)."""
        text = self.text[reading.start : reading.end]
        levels = [p for p, k in enumerate(reading.kinds) if k == "value"]
        division = _DIVIDED.search(text, folded_sentence(reading, self.text))
        whole_index = None
        if division is not None and levels:
            before = [
                p for p in levels if reading.mentions[p].end <= reading.start + division.start()
            ]
            parts = _through_the_last_item(
                reading,
                self.text,
                [p for p in levels if reading.mentions[p].start >= reading.start + division.end()],
            )
            if len(before) == 1:
                whole_index = reading.indices[before[0]]
            elif not before and _POINTS_BACK_TOTAL.match(text) and self._single_level:
                if self._single_level[0] == reading.index - 1:
                    whole_index = self._single_level[1]
        one = [p for p in levels if reading.mentions[p].unit]
        self._single_level = (reading.index, reading.indices[one[0]]) if len(one) == 1 else None
        self._sole_level = (reading.index, reading.indices[levels[0]]) if len(levels) == 1 else None
        self._sentence_levels = (reading.index, [reading.indices[p] for p in levels])
        if whole_index is None or division is None or len(parts) < 2:
            return
        self._draft_sum(reading, whole_index, parts)

    def _factor_of_previous(self, reading: SentenceReading) -> None:
        """The only level of the sentence before, said to be a factor of this sentence's only
        level by an opening that points back at it ("Over 64,000 enrolled. That number is
        2.7 times larger than the 23,807 of the year before"), or a percentage or an amount
        above or below it ("The airport handled 4.6 million passengers in 2023. That was 10% more
        than in 2022, when it handled 4.2 million"): a comparison the text states."""
        sole = self._sole_level
        if sole is None or sole[0] != reading.index - 1:
            return
        if not _POINTS_BACK_FIGURE.match(self.text[reading.start : reading.end]):
            return
        levels = [p for p, kind in enumerate(reading.kinds) if kind == "value"]
        factors = [p for p, m in enumerate(reading.mentions) if m.unit == "x"]
        if len(levels) != 1 or levels[0] < 1 or factors not in ([], [levels[0] - 1]):
            return
        factor, level = reading.mentions[levels[0] - 1], reading.mentions[levels[0]]
        earlier = self.mentions[sole[1]]
        if earlier.unit != level.unit or level.unit in ("%", "pp", "x"):
            return
        gap = self.text[factor.end : level.start]
        # the clause of the earlier level and this one say which verbs give its level
        said_before = self.text[max(0, earlier.start - 200) : factor.start]
        if factors:
            if not times_between(gap, said_before):
                return
        elif len(reading.mentions) != 2 or not than_between(
            gap, factor.unit, level.unit, said_before
        ):
            return
        change = self.claims[self.claim_of[reading.indices[levels[0] - 1]]]
        if change.kind != "change" or change.start_claim is not None:
            return
        if change.start or change.years or change.basis:
            return
        change.start_claim = self.claim_of[reading.indices[levels[0]]]
        change.end_claim = self.claim_of[sole[1]]
        change.notes = [n for n in change.notes if n != _NO_BASE]
        self.relations.append(
            Relation(
                "change", (reading.indices[levels[0] - 1], reading.indices[levels[0]], sole[1])
            )
        )

    def _that_is_its_change(self, reading: SentenceReading) -> None:
        """The context of a sentence opening on "That is" for the only level of the sentence
        before: an amount named as a move ("an increase of $245,000") and a count of points
        ("0.4 points lower", the level a percentage) are changes of that level."""
        sole = self._sole_level
        if sole is None or sole[0] != reading.index - 1:
            return
        if not _THAT_IS.match(self.text, reading.start, reading.end):
            return
        unit = self.mentions[sole[1]].unit
        for position, mention in enumerate(reading.mentions):
            before = self.text[max(reading.start, mention.start - 30) : mention.start]
            if unit == "%" and mention.unit == "" and (mention.noun or "").lower() in _POINT_NOUNS:
                mention.unit, mention.noun = "pp", None
                reading.kinds[position] = "change"
            elif mention.unit == unit and _MOVE_OF.search(before):
                reading.kinds[position] = "change"

    def _change_of_previous_level(self, reading: SentenceReading) -> None:
        """A sentence of changes only, opening on "That is" for the only level of the sentence
        before ("The levy was set at $8.3 million. That's an increase of $245,000, or 3.0%";
        "The rate fell to 3.1%. That is 0.4 points lower than a year earlier"): the changes are
        that level's (its metric, entity, and date when they are year on year); an amount and a
        percentage of it are checked against each other."""
        sole = self._sole_level
        if sole is None or sole[0] != reading.index - 1 or "value" in reading.kinds:
            return
        if not _THAT_IS.match(self.text, reading.start, reading.end):
            return
        level = self.claims[self.claim_of[sole[1]]]
        changes = [
            (position, self.claims[self.claim_of[index]])
            for position, (index, kind) in enumerate(
                zip(reading.indices, reading.kinds, strict=True)
            )
            if kind == "change"
            and (self._fits_levels(index, sole[1]) or self._of_the_rate(index, sole[1]))
        ]
        if not changes or len(changes) != len(reading.kinds) or len(changes) > 2:
            return
        if any(c.start_claim is not None or c.start or c.years for _, c in changes):
            return
        for _, change in changes:
            self._take_the_rate(change, level)
        if (
            len(changes) == 1
            and _NOTHING_AFTER.fullmatch(
                self.text, end_of(self.mentions[changes[0][1].mention]), reading.end
            )
            and self._other_form_before(changes[0][1], level)
        ):
            return
        # the sentence is only the changes: "year on year" anywhere in it is theirs
        yearly = bool(lx.YOY_RE.search(self.text, reading.start, reading.end))
        for _, change in changes:
            change.metric, change.entity = level.metric, level.entity
            if yearly and level.period and not change.start and change.basis in (None, "yoy"):
                change.basis, change.period = "yoy", level.period
                change.notes = [n for n in change.notes if n != _NO_BASE]
            if len(changes) == 2:
                self.relations.append(Relation("change_of", (change.mention, sole[1])))
        if len(changes) == 2:  # the two forms of one change: both name the level they led to
            self._one_span_for_both_forms([c.mention for _, c in changes], sole[1])

    def _of_the_rate(self, change: int, level: int) -> bool:
        """Whether an amount of change written with no per-period is of a level's rate ("£1,738
        a year. That is an increase of £21")."""
        amount, rate = self.mentions[change], self.mentions[level]
        return not amount.per and one_rate_for_both(amount, rate)

    def _take_the_rate(self, change: DraftClaim, level: DraftClaim) -> None:
        """An amount of change of a level's rate takes the rate, written once."""
        if not self._of_the_rate(change.mention, level.mention):
            return
        amount, rate = self.mentions[change.mention], self.mentions[level.mention]
        sign = change.value[:1] if change.value[:1] in "+-" else "+"
        amount.unit, amount.per = rate.unit, rate.per
        change.value = amount.value_text(sign)

    def _other_form_before(self, change: DraftClaim, level: DraftClaim) -> bool:
        """A change of the level in the sentence before, in the other form of this one's (a
        percentage for an amount): "The cap will rise by 1.2% to £1,738. That is an increase of
        £21". Both name the level they led to and are checked against each other through it
        (the base is the level less the amount); False when the sentence before gives no such
        change, or one that spans a period (dated changes are checked by their period)."""
        percent = self.mentions[change.mention].unit == "%"
        before = [
            c
            for c in self.claims
            if c.sentence == level.sentence
            and c.kind == "change"
            and (c.metric, c.entity) == (level.metric, level.entity)
        ]
        if len(before) != 1 or (self.mentions[before[0].mention].unit == "%") == percent:
            return False
        other = before[0]
        if other.basis or other.start or other.years or other.start_claim is not None:
            return False
        change.metric, change.entity = level.metric, level.entity
        for claim in (other, change):
            claim.end_claim = self.claim_of[level.mention]
            claim.notes = [n for n in claim.notes if n != _NO_BASE] + [_TO_LEVEL_ONLY]
            self.relations.append(Relation("change_of", (claim.mention, level.mention)))
        return True

    def _moved_from_previous(self, reading: SentenceReading) -> None:
        """The only level of the sentence before, and where this sentence, opening on a pronoun
        for it, says it moved to ("Rents stood at £1,000 in 2019. They have since risen to
        £1,250, a jump of 25 per cent"): a pair of levels of one metric, and the sentence's
        changes are the change between them."""
        sole = self._sole_level
        if sole is None or sole[0] != reading.index - 1:
            return
        moved = _MOVED_BACK.match(self.text, reading.start, reading.end)
        if moved is None or (moved.group("at") and not _names_a_time(moved.group("time"))):
            return  # "In North America they fell 3%": another place's figure, not a later time
        unit = self.mentions[sole[1]].unit
        levels = [
            p
            for p, (kind, m) in enumerate(zip(reading.kinds, reading.mentions, strict=True))
            if kind == "value" and same_family(unit, m.unit, exact=True)
        ]
        if len(levels) != 1 or unit in ("%", "pp", "x"):
            return
        reached = reading.mentions[levels[0]]
        if not TO_LEVEL.search(self.text, max(reading.start, reached.start - 20), reached.start):
            return
        earlier = self.claims[self.claim_of[sole[1]]]
        later = self.claims[self.claim_of[reading.indices[levels[0]]]]
        later.metric, later.entity = earlier.metric, earlier.entity
        if earlier.period is None and later.period is None:
            earlier.not_a_conflict = "the level the next sentence says it moved from"
        self.relations.append(Relation("from_to", (sole[1], later.mention)))
        self.pair_starts.add(sole[1])
        for position, kind in enumerate(reading.kinds):
            change = self.claims[self.claim_of[reading.indices[position]]]
            if kind != "change" or change.start_claim is not None or change.start or change.basis:
                continue
            if change.years or not self._fits_levels(change.mention, sole[1]):
                continue
            change.start_claim, change.end_claim = self._place(earlier), self._place(later)
            change.metric, change.entity = earlier.metric, earlier.entity
            change.notes = [n for n in change.notes if n != _NO_BASE]
            self.relations.append(Relation("change", (change.mention, sole[1], later.mention)))

    def _change_from_a_base_after_previous(self, reading: SentenceReading) -> None:
        """A sentence of a change and the level it ran from, after the only level of the
        sentence before ("The ferry carried 4,100 riders in June. Ridership went up by 440 from
        a total of 3,660 in May"): the change from that base to the level before. Stated when
        the sentence points back at that level ("It rose by ...") or names what it counts
        again ("Riders rose by ..."); else the drafter's reading, a note at most."""
        sole = self._sole_level
        if sole is None or sole[0] != reading.index - 1 or reading.kinds != ["change", "value"]:
            return
        change_at, base_at = reading.indices
        moved, base = self.mentions[change_at], self.mentions[base_at]
        level = self.mentions[sole[1]]
        if level.unit in ("%", "pp", "x") or not same_family(level.unit, base.unit, exact=True):
            return
        if moved.unit not in (level.unit, "%") or not _FROM_A_BASE.fullmatch(
            self.text, moved.end, base.start
        ):
            return  # a change by an amount of the level's unit or by a percentage
        if base.noun and base.noun.lower() != (level.noun or "").lower():
            return  # "It was up 40 from 360 sailings": a base of another count
        change = self.claims[self.claim_of[change_at]]
        if change.start_claim is not None or change.start or change.years or change.basis:
            return
        earlier, later = self.claims[self.claim_of[base_at]], self.claims[self.claim_of[sole[1]]]
        if _POINTS_BACK_AT_A_LEVEL.match(self.text, reading.start, reading.end):
            stated = True
        else:
            named = self._names_the_level_again(reading, moved, level)
            if named is None:
                return  # "Profit rose by $5m from $10m" after a level of revenue
            stated = named
        earlier.metric, earlier.entity = later.metric, later.entity
        if earlier.period == later.period:
            earlier.not_a_conflict = "the level the next sentence's change runs from"
        change.metric, change.entity = later.metric, later.entity
        change.start_claim, change.end_claim = self._place(earlier), self._place(later)
        change.notes = [n for n in change.notes if n != _NO_BASE]
        self.relations.append(Relation("from_to", (base_at, sole[1]), stated=stated))
        self.pair_starts.add(base_at)
        self.relations.append(Relation("change", (change_at, base_at, sole[1]), stated=stated))

    def _names_the_level_again(
        self, reading: SentenceReading, moved: Mention, level: Mention
    ) -> bool | None:
        """Whether the words opening the sentence before its change name what the level of the
        sentence before counts: True for its noun ("Riders rose by 440" after "4,100 riders"),
        False for a word of the same stem ("Ridership went up by 440": the same quantity, the
        drafter's reading), None for neither."""
        if not level.noun:
            return None
        noun = level.noun.lower().split()[-1]
        opening = re.findall(r"[a-z]+", self.text[reading.start : moved.start].lower())[:3]
        if noun in opening:
            return True
        stem = noun.removesuffix("s")[:5]
        return False if len(stem) == 5 and any(w.startswith(stem) for w in opening) else None

    def _compared_with_previous(self, reading: SentenceReading) -> None:
        """The levels of a sentence opening on a pronoun for the levels of the sentence before
        and comparing them ("This was up from", "That compares with"): the earlier levels of
        those, one for one in the order written, each in the unit and scale of its own ("fell
        to $212 million, or 48 cents a share. This was down from $240 million, or 55 cents a
        share"); a change of such a level in the sentence before is the change between them."""
        before = self._sentence_levels
        if before is None or before[0] != reading.index - 1 or not before[1]:
            return
        if not _COMPARED_BACK.match(self.text, reading.start, reading.end):
            return
        levels = [reading.indices[p] for p, kind in enumerate(reading.kinds) if kind == "value"]
        if len(levels) != len(before[1]) or not all(
            self._compared_alike(earlier, later)
            for earlier, later in zip(levels, before[1], strict=True)
        ):
            return
        for earlier_index, later_index in zip(levels, before[1], strict=True):
            earlier = self.claims[self.claim_of[earlier_index]]
            later = self.claims[self.claim_of[later_index]]
            earlier.metric, earlier.entity = later.metric, later.entity
            if earlier.period is None and later.period is None:
                earlier.not_a_conflict = "the level the next sentence compares it with"
            self.relations.append(Relation("from_to", (earlier_index, later_index)))
            self.pair_starts.add(earlier_index)
            self._change_between(before[0], earlier, later)

    def _compared_alike(self, earlier: int, later: int) -> bool:
        """Whether a level compared with one of the sentence before can be its earlier level:
        the same unit and scale, and that one not already paired with an earlier level."""
        first, second = self.mentions[earlier], self.mentions[later]
        if first.unit in ("%", "pp", "x") or later in self.pair_starts:
            return False
        return first.unit == second.unit and (first.scale is None) == (second.scale is None)

    def _change_between(self, sentence: int, earlier: DraftClaim, later: DraftClaim) -> None:
        """The one change of `sentence` of the later level's quantity with no base yet: the
        change from the earlier level to the later."""
        changes = [
            c
            for c in self.claims  # rare: only after an opening that compares back
            if c.sentence == sentence
            and c.kind == "change"
            and (c.metric, c.entity) == (later.metric, later.entity)
            and c.start_claim is None
            and not (c.start or c.basis or c.years)
            and self._fits_levels(c.mention, later.mention)
            and not _OWN_BASE_AFTER_CHANGE.match(self.text, self.mentions[c.mention].end)
        ]
        if len(changes) != 1:
            return
        change = changes[0]
        change.start_claim, change.end_claim = self._place(earlier), self._place(later)
        change.notes = [n for n in change.notes if n != _NO_BASE]
        self.relations.append(Relation("change", (change.mention, earlier.mention, later.mention)))

    def _difference_of_previous(self, reading: SentenceReading) -> None:
        """The one figure of a sentence opening on "The difference is", in the unit of the pair
        of levels of the sentence before: the margin between them (from the lower to the
        higher, as "a gap of" in one sentence)."""
        pair = self._previous
        if pair is None or pair[0] != reading.index - 1:
            return
        if not _DIFFERENCE_BACK.match(self.text, reading.start, reading.end):
            return
        unit = self.mentions[pair[1]].unit
        if any(kind != "value" for kind in reading.kinds):
            return
        same = [p for p, m in enumerate(reading.mentions) if same_family(unit, m.unit, exact=True)]
        if len(same) != 1:
            return
        low, high = sorted(pair[1:], key=lambda i: self.mentions[i].magnitude)
        margin = self.claims[self.claim_of[reading.indices[same[0]]]]
        first = self.claims[self.claim_of[low]]
        margin.kind, margin.value = "change", reading.mentions[same[0]].value_text("+")
        margin.start_claim, margin.end_claim = self.claim_of[low], self.claim_of[high]
        margin.metric, margin.entity, margin.period = first.metric, first.entity, None
        self.relations.append(Relation("change", (margin.mention, low, high)))

    def _difference_after_its_terms(self, reading: SentenceReading, links: list[Link]) -> None:
        """A figure named as a difference (lexicon.NAMED_DIFFERENCES: a trade surplus, a
        population's natural growth) whose two terms, one level each, the sentence before gives
        (出口7.81万亿元；进口6万亿元。贸易顺差1.81万亿元。), or the one term this sentence does not
        ("Exports were $27.3 billion. Imports rose to $29.1 billion, leaving a trade deficit of
        $1.8 billion"): the size of the gap between the two, as in one sentence."""
        before, self._difference_terms = self._difference_terms, None
        if not names_a_difference(reading, self.text):
            return  # no word of any term or difference here: nothing to keep, nothing to read
        earlier = before[1] if before is not None and before[0] == reading.index - 1 else {}
        terms: dict[int, list[tuple[int, str] | None]] = {}
        # a level the sentence links to its change is still a term; a restatement is none
        restated = [link for link in links if link.type == "converts"]
        for entry, (*both, gaps, names) in enumerate(
            difference_roles(reading, self.text, restated)
        ):
            if any(len(term) > 1 for term in both) or (all(both) and gaps):
                continue  # two of a term, or all three here: the sentence's own
            here = [(reading.indices[t[0]], names[t[0]]) if t else None for t in both]
            if not gaps and any(here):
                terms[entry] = here
            elif len(gaps) == 1 and entry in earlier:
                # each term given once: here or in the sentence before, not both
                joined = [h or e for h, e in zip(here, earlier[entry], strict=True)]
                if not any(h and e for h, e in zip(here, earlier[entry], strict=True)):
                    self._gap_of_terms(reading, gaps[0], entry, joined, names)
        if terms:
            self._difference_terms = (reading.index, terms)

    def _gap_of_terms(
        self,
        reading: SentenceReading,
        position: int,
        entry: int,
        terms: list[tuple[int, str] | None],
        names: dict[int, str],
    ) -> None:
        """The difference at `position` drafted as the margin between its two terms (mention,
        words), levels of one unit and period."""
        first_term, second_term = terms
        if first_term is None or second_term is None:
            return
        (a, a_name), (b, b_name) = first_term, second_term
        gap = reading.indices[position]
        if gap not in self.claim_of or any(i not in self.claim_of for i in (a, b)):
            return
        first, second = self.claims[self.claim_of[a]], self.claims[self.claim_of[b]]
        unit = self.mentions[a].unit
        if unit != self.mentions[b].unit or not same_family(
            unit, self.mentions[gap].unit, exact=True
        ):
            return
        if first.kind != "value" or second.kind != "value" or first.period != second.period:
            return
        margin = self.claims[self.claim_of[gap]]
        # a difference opening its sentence is named plainly from the sentence's start: "Year
        # to date, the deficit was ..." dates it apart from the terms
        opening = self.text[reading.start : reading.mentions[position].start]
        words = names[position] if position else opening
        if margin.period not in (None, first.period) or not _named_plainly(entry, words):
            return
        low, high = sorted((a, b), key=lambda i: self.mentions[i].magnitude)
        margin.kind, margin.value = "change", reading.mentions[position].value_text("+")
        margin.start_claim, margin.end_claim = self.claim_of[low], self.claim_of[high]
        margin.metric, margin.entity, margin.period = first.metric, first.entity, None
        margin.basis = None
        margin.notes = [n for n in margin.notes if n != _NO_BASE]
        narrowed = narrowed_difference(entry, [a_name, b_name, names[position]])
        self.relations.append(Relation("change", (gap, low, high), stated=not narrowed))

    def _carry_change(self, reading: SentenceReading) -> None:
        """A change stated alone and, in the next sentence, opened by "So" or "That means", the
        two levels it leads from and to ("Fares rose 20%. So a $1,000 bill goes to $1,200"):
        the connector states that the change is the one between them."""
        sole = self._sole_change
        only = reading.kinds == ["change"]
        self._sole_change = (reading.index, reading.indices[0]) if only else None
        if sole is None or sole[0] != reading.index - 1 or reading.kinds != ["value", "value"]:
            return
        if not _CARRIES_BACK.match(self.text[reading.start : reading.end]):
            return
        first, second = reading.mentions
        if first.unit != second.unit or not TO_LEVEL.search(
            self.text[max(first.end, second.start - 30) : second.start]
        ):
            return
        change = self.claims[self.claim_of[sole[1]]]
        if change.kind != "change" or change.start or change.years or change.basis:
            return
        start, end = (self.claim_of[i] for i in reading.indices)
        change.start_claim, change.end_claim = start, end
        change.metric, change.entity = self.claims[start].metric, self.claims[start].entity
        change.notes = [n for n in change.notes if n != _NO_BASE]
        self.relations.append(Relation("change", (sole[1], *reading.indices)))

    def _share_of_previous_pair(self, reading: SentenceReading) -> None:
        """A sentence of one percentage opening on "That is", after a sentence whose two levels
        are a count of a whole ("Women hold 300 of the 1,200 seats. That is 25 per cent"): the
        share of the one in the other, which the pointing back states."""
        pair, self._counted_pair = self._counted_pair, None
        levels = [p for p, kind in enumerate(reading.kinds) if kind == "value"]
        if len(levels) == 2 and levels[1] == levels[0] + 1 and len(reading.mentions) == 2:
            a, b = (reading.mentions[p] for p in levels)
            if a.unit == b.unit and a.unit not in ("%", "pp", "x") and "/" not in a.number:
                if PART_OF_WHOLE.match(self.text[a.end : b.start]):
                    counted, of = (reading.indices[p] for p in levels)
                    self._counted_pair = (reading.index, counted, of)
            return
        if pair is None or pair[0] != reading.index - 1 or len(reading.mentions) != 1:
            return
        mention, index = reading.mentions[0], reading.indices[0]
        if mention.unit != "%" or not _SHARE_BACK.match(self.text[reading.start : mention.start]):
            return
        claim = self.claims[self.claim_of[index]]
        part, whole = (self.claims[self.claim_of[i]] for i in pair[1:])
        if part.entity != whole.entity:
            return
        if part.period and whole.period and part.period != whole.period:
            return
        # "300 of the 1,200 seats in 2023": one count of the other, dated once for the two
        part.period = whole.period = part.period or whole.period
        self._drop_unlinked_share(index)
        if part.metric == whole.metric:
            part.metric = f"{whole.metric}_part"
        claim.kind, claim.metric, claim.of = "share", part.metric, whole.metric
        claim.entity, claim.period = part.entity, part.period
        claim.value = mention.value_text()
        self._declare(whole.metric, description=None)
        self.relations.append(Relation("share", (index, *pair[1:]), whole.metric))

    def _parts_of_previous(self, reading: SentenceReading) -> dict[int, int]:
        """The levels of a sentence that opens on the parts of the only level of the sentence
        before ("The firm hired 800 staff. Of these, 300 were engineers"), each mapped to that
        whole's mention: the levels of its unit, which the connector states are parts of it; or
        the count it opens on, said to be "of them" ("Some 200 of them were engineers")."""
        sole = self._sole_level
        if sole is None or sole[0] != reading.index - 1:
            return {}
        sentence = self.text[reading.start : reading.end]
        group = _GROUP_BACK_ZH.match(sentence)
        # the whole's clause is read only where a group is named: a sentence of figures after a
        # sentence of one level (a table, a list of bare numbers) names none
        whole_clause = (
            self._clause_text(self.claims[self.claim_of[sole[1]]]) if group is not None else ""
        )
        named_again = group is not None and group.group("group") in whole_clause
        unit = self.mentions[sole[1]].unit
        if unit in _TIME_UNITS:
            return {}  # "in the past five years. Among those aged 18 to 34": no whole of ages
        if not named_again and not _PARTS_BACK.match(sentence):
            # "The firm made 800 cars. Some 200 of them were electric": the opening count only
            first = reading.mentions[0] if reading.mentions else None
            # or the percentage it opens on, and the count that percentage stands for ("Some
            # 30% of them (1,200) were electric")
            counted = [p for p, share in self._share_of_part.items() if share == 0]
            opening = counted[0] if counted else 0
            if (
                first is not None
                and reading.kinds[opening] == "value"
                and same_family(unit, reading.mentions[opening].unit, exact=True)
                and _COUNT_OPENING.match(self.text[reading.start : first.start])
                and OF_THEM_AFTER.match(self.text[first.end : reading.end])
            ):
                return {opening: sole[1]}
            return {}
        parts = {}
        for p, (kind, mention) in enumerate(zip(reading.kinds, reading.mentions, strict=True)):
            if kind != "value" or not same_family(unit, mention.unit, exact=True):
                continue
            start = reading.mentions[p - 1].end if p else reading.start
            # named again, a group says which figures are of it, not which measure: a part is
            # of the whole's measure only (its words end as the whole's: 利润总额, not 营业收入)
            if named_again and _same_ending(self.text[start : mention.start], whole_clause) < 2:
                continue
            parts[p] = sole[1]
        return parts

    def _complete_partition(self, reading: SentenceReading, parts: dict[int, int]) -> None:
        """Parts that are, in order, every member of a whole the lexicon knows to be complete
        (the three industries): the sum of the figure they are announced as the parts of
        ("Among them, the primary industry ...", 其中), or, with no announcement, of the total
        the lexicon names their whole (a GDP) in the three sentences before."""
        wholes = set(parts.values())
        if len(wholes) == 1:
            positions = sorted(parts)
            # "Of these, 700 came online; the rest, 500, by post": every part of it
            if (
                self._is_partition(reading, positions)
                and not self._parts_go_on_after(reading, next(iter(wholes)), positions)
            ) or the_rest_last(reading, self.text, positions):
                whole = wholes.pop()
                self._draft_sum(reading, whole, positions)
                self._partition = (reading.index, whole, [reading.indices[p] for p in positions])
        elif not parts and self._named_total is not None:
            sentence, whole = self._named_total
            unit = self.mentions[whole].unit
            # the levels of the total's unit: a rate beside them ("up 3.5%, 5.6% and 5.2%") is
            # none of its parts
            levels = [
                p
                for p, kind in enumerate(reading.kinds)
                if kind == "value" and (reading.mentions[p].unit == unit or unit == "%")
            ]
            if (
                reading.index - 3 <= sentence < reading.index
                and levels
                and all(reading.mentions[p].unit == unit for p in levels)
                and self._is_partition(reading, levels)
            ):
                self._draft_sum(reading, whole, levels)
                self._partition = (reading.index, whole, [reading.indices[p] for p in levels])
        if not parts:
            self._parts_of_named_whole(reading)
        self._remember_named_total(reading)

    def _parts_of_named_whole(self, reading: SentenceReading) -> None:
        """The members of a partition the lexicon names with its total (mining, manufacturing
        and the utilities of industry), one level each in order, within three sentences after
        a level named as that total ("industrial profits were ..."): its sum."""
        for number, (_, members) in enumerate(lx.NAMED_PARTITIONS):
            named = self._named_wholes.get(number)
            if named is None or not reading.index - 3 <= named[0] < reading.index:
                continue
            unit = self.mentions[named[1]].unit
            levels = [
                p
                for p, kind in enumerate(reading.kinds)
                if kind == "value" and reading.mentions[p].unit == unit
            ]
            if len(levels) != len(members):
                continue
            # each member's words stand between the level before and its own level
            starts = [reading.start] + [end_of(reading.mentions[p]) for p in levels[:-1]]
            names = [
                self.text[start : reading.mentions[p].start]
                for start, p in zip(starts, levels, strict=True)
            ]
            if all(member.search(name) for member, name in zip(members, names, strict=True)):
                self._draft_sum(reading, named[1], levels)
                return

    def _structure_of_partition(self, reading: SentenceReading) -> None:
        """A structure written as a ratio ("the ratio of the three sectors stood at
        0.9:37.2:61.9", 三次产业结构为6.3:48.1:45.6) within three sentences after the parts of a
        complete partition, as many parts as it: each part of the ratio is the share of the
        part in that order in their whole. Of two ratios ("from 16:41:43 in 2013 to 15:40:45
        in 2014"), the one dated as the whole is."""
        if self._partition is None or not 0 < reading.index - self._partition[0] <= 3:
            return
        _, whole, parts = self._partition
        whole_claim = self.claims[self.claim_of[whole]]
        chain = _ratio_chain(reading, self.text, len(parts)) or self._dated_ratio(
            reading, len(parts), whole_claim.period
        )
        if chain is None or not _STRUCTURE_WORDS.search(
            self.text, reading.start, reading.mentions[chain[0]].start
        ):
            return
        for position, part in zip(chain, parts, strict=True):
            index = reading.indices[position]
            claim = self.claims[self.claim_of[index]]
            claim.kind, claim.of = "share", whole_claim.metric
            claim.metric = self.claims[self.claim_of[part]].metric
            claim.entity, claim.period = whole_claim.entity, whole_claim.period
            self.relations.append(Relation("share", (index, part, whole), whole_claim.metric))
        self._partition = None

    def _dated_ratio(
        self, reading: SentenceReading, size: int, period: str | None
    ) -> list[int] | None:
        """The positions of the one ratio of `size` parts of the sentence drafted (as a
        structure) at `period`, a period the text gives."""
        chains: dict[int, list[int]] = {}
        for position, mention in enumerate(reading.mentions):
            if mention.ratio:
                chains.setdefault(mention.ratio, []).append(position)
        dated = [
            chain
            for chain in chains.values()
            if len(chain) == size
            and period is not None
            and all(self.claims[self.claim_of[reading.indices[p]]].period == period for p in chain)
        ]
        return dated[0] if len(dated) == 1 else None

    def _is_partition(self, reading: SentenceReading, positions: list[int]) -> bool:
        """Whether the words before each figure (from the figure before it) name, in order,
        every member of one complete partition of the lexicon; or, the figures given
        "respectively", whether the words before the first one list those members."""
        names = []
        for position in positions:
            start = reading.mentions[position - 1].end if position else reading.start
            names.append(self.text[start : reading.mentions[position].start])
        if any(
            len(partition) == len(names)
            and all(member.search(name) for member, name in zip(partition, names, strict=True))
            for partition in lx.COMPLETE_PARTITIONS
        ):
            return True
        after = self.text[reading.mentions[positions[-1]].end : reading.end]
        return bool(_RESPECTIVELY.search(after)) and any(
            size == len(names) and listed.search(names[0])
            for size, listed in lx.COMPLETE_PARTITION_LISTS
        )

    def _parts_go_on_after(
        self, reading: SentenceReading, whole: int, positions: list[int]
    ) -> bool:
        """Whether the next sentence opens on one more part measured as the listed ones, that
        makes up what they fall short of: "其中，第一产业用电量…；第三产业用电量…。城乡居民生活
        用电量1323亿千瓦时" (the three industries are not all of a power use here)."""
        last = reading.mentions[positions[-1]]
        words = self.text[reading.mentions[positions[-2]].end : last.start]
        member = next(
            (found for p in lx.COMPLETE_PARTITIONS for m in p if (found := m.search(words))), None
        )
        measure = words[member.end() :].strip() if member else ""
        opening = _NEXT_SENTENCE_OPENING.match(self.text, reading.end)
        if len(measure) < 2 or not _CJK_ONLY.fullmatch(measure) or opening is None:
            return False
        after = next((m for m in self.mentions if m.start >= opening.end()), None)
        total = self.mentions[whole]
        if after is None or after.start != opening.end() or after.unit != total.unit:
            return False
        listed = [reading.mentions[p].magnitude for p in positions]
        gap = total.magnitude - sum(listed) - after.magnitude
        return opening.group(1).endswith(measure) and abs(gap) <= total.magnitude / 1000

    def _remember_named_total(self, reading: SentenceReading) -> None:
        """The first level of this sentence named as a total the partitions divide (a GDP, not
        a GDP per head), for the parts listed in the sentences after it; and the first named,
        in its own clause, as the total of a partition of `NAMED_PARTITIONS`."""
        self._remember_named_wholes(reading)
        for position, kind in enumerate(reading.kinds):
            if kind != "value":
                continue
            start = reading.mentions[position - 1].end if position else reading.start
            words = self.text[
                max(start, reading.mentions[position].start - 80) : reading.mentions[position].start
            ]
            if words and _PARTITIONED_TOTAL.search(words) and not _PER_HEAD.search(words):
                self._named_total = (reading.index, reading.indices[position])
                return

    def _remember_named_wholes(self, reading: SentenceReading) -> None:
        """For each partition of `NAMED_PARTITIONS`, the first level of the sentence whose own
        clause names its total and none of its members ("industrial profits were ...")."""
        found: set[int] = set()
        for position, kind in enumerate(reading.kinds):
            if kind != "value":
                continue
            mention = reading.mentions[position]
            before = self.text[max(reading.start, mention.start - 80) : mention.start]
            # the clause ends the words before: a total named nowhere in them is in no clause
            # (nor where there are none: a figure opening its sentence)
            if not before:
                continue
            folded = fold(before)
            if not any(whole.search(before, folded) for whole in _NAMED_WHOLES):
                continue
            clause = _CLAUSE_BREAK.split(before)[-1]
            if _PER_HEAD.search(clause):
                continue
            for number, (whole, members) in enumerate(lx.NAMED_PARTITIONS):
                if number in found or not whole.search(clause):
                    continue
                if not any(member.search(clause) for member in members):
                    self._named_wholes[number] = (reading.index, reading.indices[position])
                    found.add(number)

    def _draft_parts_within(self, whole_index: int, *parts: int) -> None:
        """Parts of one dimension announced after a total ("including 500 in hospitals and 400
        in care homes"), each drafted as its part: the total includes them, so their sum is at
        most the total (a whole divided into all its parts has its sum instead)."""
        whole = self.claims[self.claim_of[whole_index]]
        drafted = self.metrics.get(whole.metric)
        if drafted is None or drafted.sum_of:
            return
        names = [self.claims[self.claim_of[p]].metric for p in parts if p in self.claim_of]
        if len(set(names)) != len(parts):
            return
        if any(self.metrics.get(n, MetricDraft(n)).part_of != whole.metric for n in names):
            return
        # a part alone past the whole is rule part-whole's finding: the sum's would repeat it
        if any(self.mentions[p].magnitude > self.mentions[whole_index].magnitude for p in parts):
            return
        drafted.includes = names

    def _draft_sex_shares(self, reading: SentenceReading, *shares: int) -> None:
        """Two percentages of one whole, one for each sex (`link_patterns.sex_shares_whole`):
        each the share of its sex in the whole, which includes both (at most 100 % together)."""
        whole = sex_shares_whole(self.text[reading.start : reading.end])
        claims = [self.claims[self.claim_of[s]] for s in shares if s in self.claim_of]
        if whole is None or len(claims) != 2 or claims[0].period != claims[1].period:
            return
        whole = f"{whole}_whole" if whole in self.metrics else whole
        self.metrics[whole] = MetricDraft(whole, "count", includes=[])
        self.relations = [
            r for r in self.relations if not (r.type == "share" and r.mentions[0] in shares)
        ]
        for number, claim in enumerate(claims, start=1):
            claim.kind, claim.of = "share", whole
            claim.metric, claim.entity = f"{whole}_part_{number}", self.entity
            self.metrics[claim.metric] = MetricDraft(claim.metric, "percent", part_of=whole)
            cast(list[str], self.metrics[whole].includes).append(claim.metric)
            self.relations.append(Relation("share", (claim.mention, None), whole))
        self.stated_joins.append((claims[0].mention, claims[1].mention))  # one sentence's whole

    def _draft_sum(self, reading: SentenceReading, whole_index: int, parts: list[int]) -> None:
        """The parts (positions in the sentence) of a total the text states, each named after
        the total: the draft declares the total the sum of its parts."""
        if self._draft_sum_of(whole_index, [reading.indices[p] for p in parts]):
            self._shares_of_parts(reading, whole_index, parts)

    def _draft_sum_of(self, whole_index: int, parts: list[int], with_changes: bool = False) -> bool:
        """The parts (mentions) of a total the text states, each named after the total: the
        draft declares the total the sum of its parts. A second breakdown of one total ("by
        area ... by type ...") gives parts only: the vocabulary holds one sum per metric. With
        `with_changes`, the changes drafted under a part's name in its sentence (the parts
        drafted before the whole was known) take its new name. False when the units differ."""
        whole = self.claims[self.claim_of[whole_index]]
        if {self.mentions[p].unit for p in parts} != {self.mentions[whole_index].unit}:
            return False
        drafted = self.metrics.setdefault(whole.metric, MetricDraft(whole.metric))
        # the same parts again (in another language, say) keep their names and their sum
        same = self._same_parts(drafted.sum_of, parts)
        again = bool(drafted.sum_of) and not same
        names: list[str] = []
        for at, index in enumerate(parts):
            claim = self.claims[self.claim_of[index]]
            old = (claim.metric, claim.entity)
            number = len(names) + 1
            while f"{whole.metric}_part_{number}" in self.metrics and not same:
                number += 1
            claim.metric = same[at] if same else f"{whole.metric}_part_{number}"
            claim.entity, claim.period = whole.entity, whole.period
            for change in self.rates_of_level.get(index, []):
                # dated now the part has the whole's year ("up 6% on 2019 at 80,000")
                self._dated_by_base_year(self.claims[self.claim_of[change]], claim)
            self.metrics.setdefault(claim.metric, MetricDraft(claim.metric)).part_of = whole.metric
            names.append(claim.metric)
            if with_changes:
                self._rename_changes(claim, old)
            if again:
                self.relations.append(Relation("part_of", (index, whole_index)))
        if not again:
            drafted.sum_of = names
            self.relations.append(Relation("sum", (whole_index, *parts)))
        return True

    def _same_parts(self, names: list[str] | None, parts: list[int]) -> list[str]:
        """The part names of a total's sum when `parts` give the same figures in the same order
        ("31.08 billion yuan, 276.35 billion yuan" and "310.8亿元, 2763.5亿元"); else none."""
        if not names or len(names) != len(parts):
            return []
        # the parts drafted lately (a bounded look back, so many sums stay linear)
        drafted = {c.metric: c.mention for c in self.claims[-200:] if c.metric in names}
        if len(drafted) != len(names):
            return []
        for name, index in zip(names, parts, strict=True):
            earlier = self.mentions[drafted[name]].magnitude
            if not earlier or abs(self.mentions[index].magnitude / earlier - 1) > Fraction(1, 1000):
                return []
        return names

    def _rename_changes(self, level: DraftClaim, old: tuple[str, str]) -> None:
        """The changes of a level's sentence drafted under its old metric and entity take its
        new ones (and its period, for a change dated by none of its own)."""
        position = self.claim_of[level.mention]
        for claim in self.claims[max(0, position - 8) : position + 8]:
            if claim.sentence != level.sentence or claim.kind != "change":
                continue
            if (claim.metric, claim.entity) == old:
                claim.metric, claim.entity = level.metric, level.entity

    def _parts_named_apart(self, reading: SentenceReading) -> None:
        """The members of a partition named one figure each over this sentence and the one
        before ("International passengers were 8.1 million. Domestic passengers, at 5.3
        million, ..."), after a level named as their whole within three sentences: its sum
        (`partitions`)."""
        if self._member_levels:
            self._member_levels = [
                m for m in self._member_levels if m.sentence >= reading.index - 1
            ]
        self._member_levels += pt.members_named(reading, self.text)
        if not self._member_levels:
            return
        for number, parts in pt.complete_members(self._member_levels, reading.index):
            claims = [self.claims[self.claim_of[p]] for p in parts]
            if any(c.kind != "value" or c.converts is not None for c in claims):
                continue
            if any(self.metrics.get(c.metric, MetricDraft("")).part_of for c in claims):
                continue  # drafted as parts already
            in_order = list(parts)  # the lexicon's order of the members
            parts.sort()
            if self._another_part_listed(parts):
                continue
            whole = self._whole_named_before(number, parts)
            if whole is not None and self._draft_sum_of(whole, parts, with_changes=True):
                self._member_levels = [m for m in self._member_levels if m.partition != number]
                self._broken_down = whole
                first = min(self.segments.sentence(self.mentions[p].start) for p in parts)
                for words, member in pt.ratios_of(number):
                    self._named_ratios.append(
                        (words, whole, in_order[member], first, reading.index)
                    )

    def _another_part_listed(self, parts: list[int]) -> bool:
        """Whether the list of a partition's members (mentions, in order) goes on to a level of
        another name, of their unit and period, after the first member in their sentences
        (其中：地方收入500万元；上划中央收入300万元；上划省级收入100万元): a third part, so
        the two members are not all of their whole. A level a move starts from is no part, nor
        is a part of a member (国内…，其中港澳…；国际…)."""
        first = self.claims[self.claim_of[parts[0]]]
        members = {self.claims[self.claim_of[p]].metric for p in parts}
        unit = self.mentions[parts[0]].unit
        sentences = {self.claims[self.claim_of[p]].sentence for p in parts}
        bases = {r.mentions[0] for r in self.relations if r.type == "from_to"}
        position = self.claim_of[parts[0]]
        return any(
            claim.sentence in sentences
            and claim.kind == "value"
            and claim.converts is None
            and claim.mention > parts[0]
            and claim.mention not in parts
            and claim.mention not in bases
            and self.metrics.get(claim.metric, MetricDraft("")).part_of not in members
            and claim.period == first.period
            and self.mentions[claim.mention].unit == unit
            for claim in self.claims[position : position + 40]
        )

    def _located_part_before(self, reading: SentenceReading, parts: dict[int, int]) -> None:
        """A total whose parts are counts in named places ("Flood deaths have reached 57, with
        6 in Bland and 3 in Cland" read as parts) after a sentence whose one count is of
        another named place and of the noun the total names ("48 deaths in Aland"): that count
        is a part of the total too."""
        before, self._located = self._located, None
        places = dict(self._places(reading))
        located = [
            (p, place)
            for p, place in places.items()
            if p not in parts and not reading.mentions[p].unit
        ]
        if len(located) == 1:
            self._located = (reading.index, reading.indices[located[0][0]], located[0][1])
        wholes = set(parts.values())
        if before is None or before[0] != reading.index - 1 or len(wholes) != 1:
            return
        whole = wholes.pop()
        if not all(p in places for p in parts) or before[2] in places.values():
            return
        whole_claim, part = self.claims[self.claim_of[whole]], self.claims[self.claim_of[before[1]]]
        clause = self._clause_text(whole_claim)
        noun = self.mentions[before[1]].noun or ""
        if self.mentions[whole].unit != "" or _IN_PLACE.search(clause) or not noun:
            return
        if not pt.naming_words(noun, 0) <= pt.naming_words(clause, 0):
            return  # the total names another noun than the count's
        declared = self.metrics.get(part.metric, MetricDraft("")).part_of
        if declared and declared != whole_claim.metric:
            return  # a part of another whole (a part of this one already: named as one)
        if part.metric == whole_claim.metric:  # "30 deaths" and "deaths total 41": named apart
            number = 1
            while f"{whole_claim.metric}_part_{number}" in self.metrics:
                number += 1
            part.metric = f"{whole_claim.metric}_part_{number}"
        part.entity, part.period = whole_claim.entity, whole_claim.period
        self.metrics.setdefault(part.metric, MetricDraft(part.metric)).part_of = whole_claim.metric
        self._declare(whole_claim.metric)
        self.relations.append(Relation("part_of", (before[1], whole)))

    def _places(self, reading: SentenceReading) -> list[tuple[int, str]]:
        """The levels of the sentence followed by "in" and a capitalised name (after their
        noun): their positions and the names."""
        found = []
        for position, mention in enumerate(reading.mentions):
            if reading.kinds[position] != "value":
                continue
            place = _IN_PLACE.match(self.text, end_of(mention), reading.end)
            if place is not None:
                found.append((position, place.group("place")))
        return found

    def _whole_named_before(self, number: int, parts: list[int]) -> int | None:
        """The level a partition's parts are the parts of: the nearest before them, within
        three sentences, of their unit, that names the whole (`partitions.names_whole`) in a
        sentence naming the places and bodies their words name (`partitions.proper_names`);
        of the time their sentence opens on ("In the first half, ...") when it opens on one,
        else of their period when they have one. When levels of different periods would do:
        the whole of the partition drafted last, if it is one of them, else None."""
        part_claims = [self.claims[self.claim_of[p]] for p in parts]
        time = pt.opening_time(self._sentence_text(part_claims[0].sentence))
        # the opening time says which whole; a period the context carried over from a sentence
        # before would not (only a period the parts' own sentences state counts)
        dated = time is None and all(
            self._periods_in(*self.segments.span(c.sentence)) for c in part_claims
        )
        periods = {c.period for c in part_claims} - {None} if dated else set()
        if len(periods) > 1:
            return None
        phrases = [self._part_phrase(p) for p in parts]
        if any(_PER_HEAD.search(phrase) for phrase in phrases):
            return None  # averages per head of urban and rural residents add up to no whole
        cjk_time = self._cjk_time_before(parts[0])
        # a release states each time's total, then its other figures, then the parts by time:
        # the time the parts and the total both name lets the total stand further back
        reach = 6 if cjk_time else 3
        shared = pt.shared_name(number, phrases)
        names = set().union(
            *(
                pt.proper_names(phrase, number, self.text.startswith(phrase, start))
                for phrase, start in zip(
                    phrases, (self.segments.span(c.sentence)[0] for c in part_claims), strict=True
                )
            )
        )
        found = [
            claim
            for claim in self._levels_before(parts, min(c.sentence for c in part_claims) - reach)
            if (not periods or claim.period in periods)
            and (time is None or time in self._sentence_text(claim.sentence).lower())
            and (cjk_time is None or self._cjk_time_before(claim.mention) == cjk_time)
            # the parts are of no place or body the whole's sentence does not name
            and all(name in self._sentence_text(claim.sentence) for name in names)
            and pt.names_whole(number, *self._whole_phrase(claim), shared)
        ]
        if not periods and len({c.period for c in found}) > 1:
            # a second breakdown of the whole the sentence before broke down ("By area, urban
            # A and rural B. By type, catering C and goods D")
            found = [c for c in found if c.mention == self._broken_down]
        return found[0].mention if found else None

    def _levels_before(self, parts: list[int], earliest: int) -> list[DraftClaim]:
        """The levels of the parts' unit before the first part, back to sentence `earliest`,
        nearest first, restatements and the parts of a whole left out."""
        first = min(parts)
        unit = self.mentions[first].unit
        levels = []
        for claim in reversed(self.claims[: self.claim_of[first]]):
            if claim.sentence < earliest:
                break
            if claim.kind != "value" or claim.converts is not None or claim.mention in parts:
                continue
            if self.metrics.get(claim.metric, MetricDraft("")).part_of:
                continue  # drafted as a part of a whole already
            if same_family(unit, self.mentions[claim.mention].unit, exact=True):
                levels.append(claim)
        return levels

    def _cjk_time_before(self, index: int) -> str | None:
        """The Chinese time phrase of a figure's sentence nearest before it (`partitions`)."""
        start = self.segments.span(self.segments.sentence(self.mentions[index].start))[0]
        return pt.cjk_time_before(self.text[start : self.mentions[index].start])

    def _sentence_text(self, sentence: int) -> str:
        return self.text[slice(*self.segments.span(sentence))]

    def _part_phrase(self, index: int) -> str:
        """The words naming a part, from the level before it in its sentence (or the start)."""
        start = self.segments.span(self.claims[self.claim_of[index]].sentence)[0]
        for earlier in range(index - 1, -1, -1):
            if self.mentions[earlier].end <= start:
                break
            if earlier in self.claim_of and self.claims[self.claim_of[earlier]].kind == "value":
                start = self.mentions[earlier].end
                break
        return self.text[start : self.mentions[index].start]

    def _whole_phrase(self, claim: DraftClaim) -> tuple[str, str]:
        """The words naming a level, from the level before it in its sentence to the end of its
        clause ("had $110 trillion worth of assets"), and the words right before it (from the
        figure before)."""
        mention = self.mentions[claim.mention]
        s_start, s_end = self.segments.span(claim.sentence)
        start, near = s_start, s_start
        for earlier in range(claim.mention - 1, -1, -1):
            if self.mentions[earlier].end <= s_start:
                break
            near = max(near, self.mentions[earlier].end)
            if earlier in self.claim_of and self.claims[self.claim_of[earlier]].kind == "value":
                start = self.mentions[earlier].end
                break
        after = _CLAUSE_BREAK.split(self.text[mention.end : min(s_end, mention.end + 60)])
        return self.text[start : mention.start] + " " + after[0], self.text[near : mention.start]

    def _shares_of_parts(
        self, reading: SentenceReading, whole_index: int, parts: list[int]
    ) -> None:
        """A percentage that follows a part of a stated sum or whole, before the next part, and
        names no whole of its own ("the primary industry added 640 billion yuan, accounting for
        8.0 percent; the secondary industry ...", 其中出口300亿元,占比60%) is the part's share
        of that whole: the only whole the text gives it. A share drafted without a whole is tied
        to the two (of one period and entity)."""
        whole = self.claims[self.claim_of[whole_index]]
        for part, stop in zip(parts, [*parts[1:], len(reading.mentions)], strict=True):
            shares = [
                p
                for p in range(part + 1, stop)
                if reading.kinds[p] == "share" and is_share_figure(reading.mentions[p])
            ]
            if part in self._share_of_part:
                shares = [self._share_of_part[part]]  # "30% (1,200)": the share before its part
            if not shares or self._names_its_whole(reading, shares[0]):
                continue
            index = reading.indices[shares[0]]
            part_claim = self.claims[self.claim_of[reading.indices[part]]]
            if (part_claim.period, part_claim.entity) != (whole.period, whole.entity):
                continue
            if not self._drop_unlinked_share(index):
                continue  # linked by the sentence already
            claim = self.claims[self.claim_of[index]]
            claim.metric, claim.of = part_claim.metric, whole.metric
            claim.entity, claim.period = whole.entity, whole.period
            self.relations.append(
                Relation("share", (index, reading.indices[part], whole_index), whole.metric)
            )

    def _drop_unlinked_share(self, index: int) -> bool:
        """Take out the relation of a share drafted with no whole, one of the last drafted (so
        in linear time); False when there is none (the share is linked already)."""
        last = len(self.relations) - 1
        for at in range(last, max(-1, last - _NAMED_AGAIN_LOOKBACK), -1):
            relation = self.relations[at]
            if relation.type == "share" and relation.mentions == (index, None):
                del self.relations[at]
                return True
        return False

    def _names_its_whole(self, reading: SentenceReading, position: int) -> bool:
        """Whether the words around a share name what it is a share of ("8% of exports",
        占出口总额的比重为8%), not only that it is one ("accounting for 8%", 占比8%)."""
        mention = reading.mentions[position]
        named = _OF_RIGHT.match(self.text[mention.end : reading.end])
        if named and not _NAMES_NO_WHOLE.match(named.group("np")):
            return True
        if _SCOPE_OR_TIME_RIGHT.match(self.text, mention.end, reading.end):
            return True  # "a share of 40% in the older stock", "20% a decade ago": another whole
        occupies = _OCCUPIES_BEFORE.search(
            self.text, max(reading.start, mention.start - 30), mention.start
        )
        return occupies is not None and len(occupies.group("np").strip("比重例份额")) >= 2

    def _draft_shares_of_sum(self, reading: SentenceReading, positions: tuple[int, ...]) -> None:
        """Counts listed each with its percentage, the percentages making 100 % ("A won 5,200
        votes (52%), B 3,800 (38%) and C 1,000 (10%)"): every part of a whole the text does
        not give, the sum of the counts, and each percentage the share of its count in that
        sum. Parts of another period or entity than the first: no link."""
        pairs = list(zip(positions[::2], positions[1::2], strict=True))
        part_claims = [self.claims[self.claim_of[reading.indices[part]]] for _, part in pairs]
        first = part_claims[0]
        if any((c.period, c.entity) != (first.period, first.entity) for c in part_claims):
            return
        whole = f"{first.metric}_sum"
        names = []
        for number, ((share, part), part_claim) in enumerate(
            zip(pairs, part_claims, strict=True), start=1
        ):
            part_claim.metric = f"{whole}_part_{number}"
            self.metrics.setdefault(
                part_claim.metric, MetricDraft(part_claim.metric)
            ).part_of = whole
            names.append(part_claim.metric)
            index = reading.indices[share]
            self._drop_unlinked_share(index)
            claim = self.claims[self.claim_of[index]]
            claim.metric, claim.of = part_claim.metric, whole
            claim.entity, claim.period = first.entity, first.period
            self.relations.append(Relation("share", (index, reading.indices[part], None), whole))
        self._declare(whole, description=None)
        self.metrics[whole].sum_of = names
        shares = tuple(reading.indices[share] for share, _ in pairs)
        self.relations.append(Relation("shares_sum_100", shares, whole))

    def _draft_structure(
        self, reading: SentenceReading, positions: tuple[int, ...], number: int
    ) -> None:
        """The parts of a ratio as shares of one whole that is their sum, dated by the period
        written right after the ratio ("11:41:48 in 2021"); undated ratios of one sentence get
        wholes of their own, so two of them are never read as one structure stated twice."""
        first, last = reading.mentions[positions[0]], reading.mentions[positions[-1]]
        name, entity, _ = self._name_level(
            first, positions[0], reading.mentions, reading.start, reading.end, subject_only=True
        )
        period = next(
            (
                p.period
                for p in reading.periods
                if p.role == "at" and 0 <= p.start - last.end <= 4 and p.period
            ),
            None,
        )
        whole = f"{name}_structure" if period else f"{name}_structure_{number}"
        parts = []
        for k, position in enumerate(positions, start=1):
            index, mention = reading.indices[position], reading.mentions[position]
            claim = DraftClaim(
                mention=index,
                kind="share",
                metric=f"{whole}_part_{k}",
                entity=entity,
                period=period,
                of=whole,
                value=mention.value_text(),
                quote=self._quote(mention, reading.start, reading.end),
                sentence=reading.index,
            )
            self._add(index, claim, mention)
            self.metrics[claim.metric].part_of = whole
            parts.append(claim.metric)
        self._declare(whole, description=None)
        self.metrics[whole].sum_of = parts
        self.relations.append(
            Relation("shares_sum_100", tuple(reading.indices[p] for p in positions), whole)
        )

    def _in_text_order(self, first: int) -> None:
        """This sentence's claims (from `first` on) in the order of their figures; the claim
        indices they hold follow. Earlier sentences' claims are in order already and hold no
        index of this sentence's, so only these are sorted: sorting every claim again for each
        sentence made drafting quadratic in the article's length."""
        tail = sorted(range(first, len(self.claims)), key=lambda i: self.claims[i].mention)
        if tail == list(range(first, len(self.claims))):
            return
        new_index = {old: first + new for new, old in enumerate(tail)}
        self.claims[first:] = [self.claims[i] for i in tail]
        for claim in self.claims[first:]:
            for name in ("converts", "start_claim", "end_claim"):
                old = getattr(claim, name)
                if old is not None:
                    setattr(claim, name, new_index.get(old, old))
        for i in range(first, len(self.claims)):
            self.claim_of[self.claims[i].mention] = i

    def _pair_periods(self, reading: SentenceReading, pairs: list[Link]) -> None:
        """ "from X to Y in 2022": the text dates only the later level; the earlier one keeps no
        period of its own (the change then compares the two claims)."""
        sentence = self.text[reading.start : reading.end]
        for link in pairs:
            first, second = link.positions
            if reading.periods_of.get(first) == reading.periods_of.get(second):
                reading.periods_of[first] = None  # one date for both: it dates the later level
            if first in reading.attached or second not in reading.attached:
                continue
            later = reading.attached[second]
            future = later.relative or later.role == "by" or _FUTURE.search(sentence)
            if future and self.anchor and self.anchor.isoformat() != later.period:
                reading.periods_of[first] = self.anchor.isoformat()
                reading.notes[first] = ["the level before the change: taken at the article's date"]
            else:
                reading.periods_of[first] = None

    def _draft_restatement(
        self, reading: SentenceReading, position: int, link: Link, claim: DraftClaim
    ) -> None:
        original = link.positions[1]
        mention = reading.mentions[position]
        index = reading.indices[position]
        original_index = self.claim_of[reading.indices[original]]
        first = self.claims[original_index]
        claim.metric, claim.entity, claim.period = first.metric, first.entity, first.period
        claim.converts = original_index
        claim.value = mention.value_text()
        fraction = reading.mentions[original]
        if mention.unit == "%" and fraction.unit == "" and "/" in fraction.number:
            # "one in five (21%)": the words round the percentage to a fraction
            first.value = fraction.value_text().replace("/", " in ")
        self.relations.append(
            Relation("converts", (index, reading.indices[original]), stated=link.stated)
        )
        self._add(index, claim, mention)

    def _draft_level(
        self,
        reading: SentenceReading,
        position: int,
        claim: DraftClaim,
        pairs: list[Link],
        parts: dict[int, int],
    ) -> tuple[tuple[str, str], bool]:
        """A level: named from its own words, or after the level it is paired with or is a
        part of. Returns (metric, entity) and whether it is paired (then it sets the topic)."""
        mention = reading.mentions[position]
        index = reading.indices[position]
        pair = next((link.positions for link in pairs if position in link.positions), None)
        other = None if pair is None else pair[0] if pair[1] == position else pair[1]
        drafted_other = self.claim_of.get(reading.indices[other]) if other is not None else None
        if drafted_other is not None and other is not None and pair is not None:
            first = self.claims[drafted_other]
            metric, entity, parent = first.metric, first.entity, None
            # the earlier level first, as the link has them ("X, up from Y": Y, then X)
            ends = (reading.indices[other], index)
            self.relations.append(Relation("from_to", ends if pair[1] == position else ends[::-1]))
        elif (reached := self._reached_by_change(reading, position)) is not None:
            (metric, entity), parent = reached, None
        else:
            metric, entity, parent = self._name_level(
                mention, position, reading.mentions, reading.start, reading.end
            )
        period = reading.periods_of[position]
        if position in parts:
            whole = self.claims[self.claim_of[parts[position]]]
            if metric == "figure":  # unnamed: named after its whole, under which it is declared
                metric = f"{whole.metric}_part_{len(self.claims) + 1}"
            if whole.metric == metric:  # named like its whole: a part of it all the same
                metric = f"{metric}_part_{len(self.claims) + 1}"
            parent = whole.metric
            entity, period = whole.entity, period or whole.period
        claim.metric, claim.entity = metric, entity
        claim.period = period
        claim.value = mention.value_text()
        if parent and parent != metric and not self._is_ancestor(metric, parent):
            self._declare(parent)
            self.metrics.setdefault(metric, MetricDraft(metric)).part_of = parent
            if position in parts:
                self.relations.append(Relation("part_of", (index, parts[position])))
            else:
                level_index = self._level_with_metric(parent, claim.entity, claim.period)
                if level_index is not None:
                    # the part's own words name its whole ("within the logistics sector")
                    self.relations.append(Relation("part_of", (index, level_index)))
        self._add(index, claim, mention)
        return (metric, entity), other is not None

    def _reached_by_change(self, reading: SentenceReading, position: int) -> tuple[str, str] | None:
        """The metric a change right before a level names, when the level is what the change
        reached ("visitor numbers grew by almost 4% to over 7.3 million", "a 5.8% rise
        in overall passenger numbers, to 13.43 million"): the level measures the same thing."""
        if position == 0 or reading.kinds[position - 1] != "change":
            return None
        previous, mention = reading.mentions[position - 1], reading.mentions[position]
        if previous.unit == mention.unit and previous.unit not in ("%", "pp", "x"):
            return None  # "fell 45,000 to 1.36 million" names both alike already
        between = self.text[previous.end : mention.start]
        if len(between) > 100 or not _REACHED_LEVEL.search(between) or _NEW_CLAUSE.search(between):
            return None
        return self._own_metric(
            previous, "change", position - 1, reading.mentions, reading.start, reading.end
        )

    def _change_metric(
        self, reading: SentenceReading, position: int, claim: DraftClaim, topic
    ) -> None:
        mention = reading.mentions[position]
        own = self._own_metric(
            mention, claim.kind, position, reading.mentions, reading.start, reading.end
        ) or self._subject_after_conjunction(reading, position)
        if own is not None:
            claim.metric, claim.entity = own
        elif topic is not None:
            claim.metric, claim.entity = topic
        else:
            claim.metric, claim.entity, _ = self._name_level(
                mention, position, reading.mentions, reading.start, reading.end, subject_only=True
            )

    def _subject_after_conjunction(
        self, reading: SentenceReading, position: int
    ) -> tuple[str, str] | None:
        """The subject of a change in a clause of its own joined to the figure before it ("sales
        rose 4% and profit fell 10%", "..., while bus trips climbed 15%"): the words between the
        conjunction and the change's verb, not the first clause's subject. None where no
        figure stands before it or the words are not that."""
        if position == 0:
            return None
        mention = reading.mentions[position]
        joined = _CLAUSE_JOINED.match(
            self.text[end_of(reading.mentions[position - 1]) : mention.start]
        )
        if joined is None or not _way_of_word(joined.group("verb").lower()):
            return None
        if cx.split_words(joined.group("np"))[0].lower() in lx.PREPOSITIONS:
            return None  # "and in the spring rose 5%": the first clause's subject goes on
        start = end_of(reading.mentions[position - 1]) + joined.start("np")
        subject = self.namer.subject(start, start + len(joined.group("np")))
        if all(cx.is_stop(word) for word in subject):
            return None  # "and it fell 6%": the pronoun stands for the first clause's subject
        name = cx.normalize_phrase(subject, self.namer.entity_words)[0]
        if not name:
            return None
        c_start, c_end, _, _ = self._local(position, reading.mentions, reading.start, reading.end)
        return _tidy(name), self._entity(mention, c_start, c_end, reading.start, reading.end)

    def _draft_share(
        self, reading: SentenceReading, position: int, claim: DraftClaim, topic, link: Link | None
    ) -> None:
        mention = reading.mentions[position]
        index = reading.indices[position]
        if link is not None and self._draft_linked_share(reading, claim, link):
            return
        if link is None and (
            self._share_of_named_total(reading, position, claim)
            or self._share_of_level_named_again(reading, position, claim)
            or self._share_of_the_total_before(reading, position, claim)
            or self._share_of_the_total_in_its_sentence(reading, position, claim)
            or self._share_of_all_of_the_parts_whole(reading, position, claim)
        ):
            return
        self._change_metric(reading, position, claim, topic)
        claim.period = reading.periods_of[position]
        claim.of = self._share_of(mention, claim.metric, claim.entity)
        claim.value = mention.value_text()
        self._declare(claim.of, description=None)
        if claim.of != claim.metric:
            drafted = self.metrics.setdefault(claim.metric, MetricDraft(claim.metric))
            if (
                drafted.part_of is None
                and mention.value <= 100
                and not self._is_ancestor(claim.metric, claim.of)
            ):
                drafted.part_of = claim.of
        else:
            claim.of = f"{claim.metric}_whole"
            self._declare(claim.of, description=None)
        self.relations.append(Relation("share", (index, None), claim.of, stated=False))
        self._add(index, claim, mention)

    def _share_of_named_total(
        self, reading: SentenceReading, position: int, claim: DraftClaim
    ) -> bool:
        """A share of a total the text named a few sentences before by the words it uses again
        ("GDP was 100 billion yuan. The tertiary industry added 52 billion yuan, accounting for
        52% of GDP", 占地区生产总值的比重为52%): the share of the level right before it in that
        total, which the repeated name states."""
        if self._named_total is None or not 0 <= reading.index - self._named_total[0] <= 3:
            return False
        whole = self._named_total[1]
        mention = reading.mentions[position]
        named = self._whole_named(reading, mention)
        if named is None or not lx.PARTITIONED_TOTAL_RE.search(named.group("np")):
            return False
        if _PER_HEAD.search(named.group("np")):
            return False
        unit = self.mentions[whole].unit
        before = [p for p in range(position) if reading.kinds[p] == "value"]
        if not before or reading.mentions[before[-1]].unit != unit:
            return False
        part = reading.indices[before[-1]]
        return part != whole and self._draft_share_between(
            claim, reading.indices[position], part, whole
        )

    def _share_of_level_named_again(
        self, reading: SentenceReading, position: int, claim: DraftClaim
    ) -> bool:
        """A share of a level given before its part (in an earlier sentence, or earlier in its
        own), named again by the words that named it there ("Book sales reached 48 million
        euros. ... Sales of e-books were 9 million euros, making up 18.75% of book sales",
        占图书销售额的比重为18.75%): the share of the level right before it in that level.
        Named in the same words, the text states the link; by some of them only ("41% of the
        jobless" after "the number of jobless people"), it is the drafter's reading, a note at
        most. Only a level of the part's period and entity; two named alike, no link."""
        mention = reading.mentions[position]
        named = self._whole_named(reading, mention)
        before = [p for p in range(position) if reading.kinds[p] == "value"]
        if named is None or not before or _PER_HEAD.search(named.group("np")):
            return False
        part = reading.indices[before[-1]]
        if self.mentions[part].unit in ("%", "pp", "x"):
            return False
        # 占全国人口比重: the whole with its 全国, which the level's own clause may write too
        extra_words = self._named_again_by((named.groupdict().get("all") or "") + named.group("np"))
        if extra_words is None:
            return False
        part_claim = self.claims[self.claim_of[part]]
        candidates: dict[int, list[DraftClaim]] = {}
        for earlier in self.claims[-_NAMED_AGAIN_LOOKBACK:]:
            if (
                (earlier.sentence < reading.index or earlier.mention < part)
                and earlier.kind == "value"
                and earlier.converts is None
                and self.mentions[earlier.mention].unit == self.mentions[part].unit
                and earlier.entity == part_claim.entity
                # a part the text dates nowhere is of the whole it names, whenever that is
                and part_claim.period in (None, earlier.period)
                and not self._given_as_share(earlier)
            ):
                extra = extra_words(earlier)
                if extra is not None:
                    candidates.setdefault(extra, []).append(earlier)
        if not candidates:
            return False
        nearest = candidates[min(candidates)]
        if len(nearest) > 1:
            nearest = self._level_of_the_parts_scope(nearest, named.group("np"), part_claim)
        if len(nearest) != 1:
            return False  # two levels named alike: which one is meant?
        (whole,) = nearest
        if not self._date_part_by_whole(part_claim, whole):
            return False
        return self._draft_share_between(
            claim, reading.indices[position], part, whole.mention, stated=min(candidates) <= 0
        )

    def _share_of_all_of_the_parts_whole(
        self, reading: SentenceReading, position: int, claim: DraftClaim
    ) -> bool:
        """A share of all of what a whole measures (占全部投资的45%, 占全省投资的, 占投资总额的)
        right after a part the text gives as a part of that whole (其中, 固定资产投资5600亿元。
        其中，工业投资2100亿元，...，占全部投资的37.5%): the share of the part in that whole,
        whose name ends in the words the share names it by. The text states both links."""
        named = self._whole_named(reading, reading.mentions[position])
        before = [p for p in range(position) if reading.kinds[p] == "value"]
        if named is None or not before or not _CHINESE.search(named.group("np")):
            return False
        written = named.group("np").strip()
        measured = lx.TOTAL_OF_ZH_RE.sub("", _ALL_OF_BEFORE.sub("", written))
        says_all = bool(named.groupdict().get("all")) or measured != written
        if not says_all or len(measured) < 2:
            return False  # 占投资的: not said to be all of it
        part = reading.indices[before[-1]]
        whole = self._whole_given_for(part)
        if whole is None or not self.claims[self.claim_of[whole]].metric.endswith(measured):
            return False
        share = reading.indices[position]
        # a part of a part (其中…，其中…): "all" of it is the larger whole's
        opens = self.segments.span(self.segments.sentence(self.mentions[whole].num_start))[0]
        if self.text.count("其中", opens, self.mentions[share].start) > 1:
            return False
        if self._larger_level_before(whole, measured):
            return False  # 民间投资 after 固定资产投资: "all" investment is the larger one's
        # 占全省投资的 after a whole of 全市: the share is of a larger whole the text names apart
        scopes = set(_ALL_OF_A_SCOPE.findall(self.text, opens, self.mentions[whole].start))
        if named.groupdict().get("all") and scopes - {named.group("all")}:
            return False
        if not scopes and self._qualified_whole(whole, measured, opens):
            return False  # 民间投资 may itself be a part of all investment: the words do not say
        return self._draft_share_between(claim, share, part, whole)

    def _qualified_whole(self, whole: int, measured: str, opens: int) -> bool:
        """Whether the whole's name has words before what the share measures (民间投资 for
        占全部投资的) and nothing before it in its sentence says it is all of it (全部): then it
        may be a group of that measure, not its total."""
        metric = self.claims[self.claim_of[whole]].metric
        return metric != measured and "全部" not in self.text[opens : self.mentions[whole].start]

    def _larger_level_before(self, whole: int, measured: str) -> bool:
        """Whether a level of the same measure, unit and period larger than the level `whole`
        comes shortly before it: then the whole is no total of "all" of that measure."""
        level = self.mentions[whole]
        claim = self.claims[self.claim_of[whole]]
        for index in range(max(0, whole - _NAMED_AGAIN_LOOKBACK), whole):
            if index not in self.claim_of:
                continue
            other = self.claims[self.claim_of[index]]
            if other.kind != "value" or not other.metric.endswith(measured):
                continue
            earlier = self.mentions[index]
            if earlier.unit == level.unit and other.period == claim.period:
                if earlier.magnitude > level.magnitude:
                    return True
        return False

    def _whole_given_for(self, part: int) -> int | None:
        """The level the text gives as the whole of the level `part` (a stated `part_of`), among
        the last relations drafted (bounded: linear time)."""
        for relation in self.relations[-_NAMED_AGAIN_LOOKBACK:]:
            if relation.type == "part_of" and relation.stated and relation.mentions[0] == part:
                return relation.mentions[1]
        return None

    def _given_as_share(self, level: DraftClaim) -> bool:
        """Whether the text gives a level as a share of something in its own sentence ("411
        MPs (63% of MPs)"): a part, never the whole a later share names ("121 MPs (19% of
        MPs)" is not 121 of the 411)."""
        return any(
            c.kind == "share" and c.sentence == level.sentence and c.metric == level.metric
            for c in self.claims[-_NAMED_AGAIN_LOOKBACK:]
        )

    def _date_part_by_whole(self, part: DraftClaim, whole: DraftClaim) -> bool:
        """A part the text dates nowhere, said to be a share of a dated whole, is of the whole's
        period, which the text gives; False when the whole's quantity is given for another
        period too ("Sales reached $800 million in 2023 and $700 million in 2022. Online sales
        were $200 million, or 25% of sales": which year's?)."""
        if part.period is not None or whole.period is None:
            return True
        if any(
            c.kind == "value" and c.metric == whole.metric and c.period != whole.period
            for c in self.claims[-_NAMED_AGAIN_LOOKBACK:]
        ):
            return False
        part.period = whole.period
        part.notes.append(_PERIOD_OF_WHOLE)
        return True

    def _whole_named(self, reading: SentenceReading, mention: Mention) -> re.Match | None:
        """The words that name the whole of a share: after it ("52% of GDP"), or before it
        (占GDP的比重为52%, "their share of GDP was 52%"); the match's group `np`."""
        return (
            _OF_NAMED_AFTER.match(self.text, mention.end, reading.end)
            or _OCCUPIES_BEFORE.search(
                self.text, max(reading.start, mention.start - 30), mention.start
            )
            or _SHARE_OF_BEFORE.search(
                self.text, max(reading.start, mention.start - 80), mention.start
            )
        )

    def _share_of_the_total_before(
        self, reading: SentenceReading, position: int, claim: DraftClaim
    ) -> bool:
        """A share "of the total" (of them, of all; 占总数的) right after its part, when the
        sentence before gives one level, of the part's unit: "The plant made 4,000 cars. Electric
        models made up 1,200, or 30% of the total". The words point back at that level."""
        sole = self._sole_level or self._pair_subject
        if sole is None or sole[0] != reading.index - 1:
            return False
        mention = reading.mentions[position]
        named = self._whole_named(reading, mention)
        if named is None or not _THE_TOTAL.fullmatch(named.group("np").strip()):
            return False
        before = [p for p in range(position) if reading.kinds[p] == "value"]
        if not before or reading.mentions[before[-1]].unit != self.mentions[sole[1]].unit:
            return False
        part = reading.indices[before[-1]]
        if self.mentions[part].unit in ("%", "pp", "x"):
            return False
        # "Sales reached $800 million. Exports were $200 million, or 25% of the total": which
        # total? The part must be named by a word of the whole's clause ("... $500 million in
        # taxes. Property taxes brought in $150 million, 30 percent of the total"), or, an
        # amount in a unit, said to make up a part of it ("Public safety accounts for $1.2
        # billion, or a third of the total"); a count's noun says what it counts ("made 900
        # vans. Electric cars made up 1,200, or 30% of the total": not of the vans)
        if not self._clause_words(part) & self._clause_words(sole[1]) and not (
            self.mentions[part].unit
            and _SHARE_LEFT.search(self.text, reading.start, self.mentions[part].start)
        ):
            return False
        return self._draft_share_between(claim, reading.indices[position], part, sole[1])

    def _share_of_the_total_in_its_sentence(
        self, reading: SentenceReading, position: int, claim: DraftClaim
    ) -> bool:
        """A share "of the total" (of all) right after its part, when an earlier clause of its
        sentence gives the one other level of the part's unit, as a total: "Sales totalled $50
        million, with exports accounting for $20 million, or 40% of the total". The words point
        back at that level, which the sentence states: the share of the part in it."""
        mention = reading.mentions[position]
        named = self._whole_named(reading, mention)
        if named is None or not _THE_TOTAL.fullmatch(named.group("np").strip()):
            return False
        levels = [p for p in range(position) if reading.kinds[p] == "value"]
        if len(levels) < 2 or levels[-1] != position - 1:
            return False  # the part right before its share ("$20 million, or 40% of ...")
        part, unit = reading.indices[levels[-1]], reading.mentions[levels[-1]].unit
        if unit in ("%", "pp", "x"):
            return False
        wholes = [p for p in levels[:-1] if reading.mentions[p].unit == unit]
        if len(wholes) != 1:
            return False  # two levels it may be of ("rose from $45 million to $50 million")
        whole = reading.indices[wholes[0]]
        span = self.segments.span(reading.index)
        w_start, w_end = cx.clause_bounds(self.text, *span, self.mentions[whole].num_start)
        if w_end > self.mentions[part].start:
            return False  # one clause: "rose from 300 to 200, or 20% of the total"
        # the whole's clause says it is a total, or names what the part's narrows ("sold 5,000
        # cars, and electric cars made up 1,200, or 24% of the total"): not "spent $5 million
        # on ads, and exports brought in $20 million, or 40% of the total" (of all sales)
        if not (
            lx.TOTAL_LEVEL_RE.search(self.text, w_start, w_end)
            or self._clause_words(part) & self._clause_words(whole)
        ):
            return False
        return self._draft_share_between(claim, reading.indices[position], part, whole)

    def _clause_words(self, index: int) -> frozenset[str]:
        """The words naming the quantity of the clause of the figure `index`, whole (before and
        after the figure: "collected $500 million in taxes"); Chinese, its characters."""
        mention = self.mentions[index]
        span = self.segments.span(self.segments.sentence(mention.num_start))
        c_start, c_end = cx.clause_bounds(self.text, *span, mention.num_start)
        # the clause less the figure itself ("$800 million" names nothing)
        clause = f"{self.text[c_start : mention.start]} {self.text[mention.end : c_end]}"
        if _CHINESE.search(clause):
            han = re.sub(r"[^\u4e00-\u9fff]", "", clause)
            return frozenset(han[i : i + 2] for i in range(len(han) - 1))  # its words, roughly
        return _whole_words(re.sub(r"[^\w\s'’-]", " ", clause))

    def _named_again_by(self, phrase: str) -> Callable[[DraftClaim], int | None] | None:
        """How far an earlier level's name is from `phrase`, the words a share names its whole
        by: the number of words its clause names it by beyond the phrase's (None: not all of
        the phrase's). Chinese, unsplit into words: the phrase as written in the level's
        clause, or nothing (-1 where the clause writes its 全国, 全市 too: "占全国人口比重" is
        nearer "年末全国人口" than "出生人口"). None when the phrase says no more than "the
        total"."""
        if _CHINESE.search(phrase):
            whole = phrase.strip()
            np = _ALL_OF_BEFORE.sub("", whole)
            # 占企业总数的30%: "the total of firms" is named by "firms" (全市共有企业4000家)
            total_of = lx.TOTAL_OF_ZH_RE.sub("", np)
            if len(np) < 2:
                return None
            if len(total_of) < 2:
                total_of = np

            def written(earlier: DraftClaim) -> int | None:
                # the level's own words, after the marks that end the clauses before it
                # (占全国人口的61.3%；60岁及以上人口: the whole named there is not this level's)
                clause = _CJK_CLAUSE_MARK.split(self._clause_text(earlier))[-1]
                if whole != np and whole in clause:
                    return -1
                if whole != np and cx.cjk_name(clause) not in (np, total_of):
                    # 占全部投资的比重, 占全市人口的: all of it, no group of it (国有控股投资,
                    # 60岁及以上人口)
                    return None
                return 0 if _names_in(np, clause) or _names_in(total_of, clause) else None

            return written
        words = _whole_words(_cut_noun_phrase(phrase, measures=True))
        if not words - _TOTAL_WORDS:
            return None  # "of the total": which total the words do not say
        # "30% of total sales" names the level of "Sales reached ...": the words that say it is
        # the total need not be in the whole's own name
        needed = words - _TOTAL_WORDS

        def extra(earlier: DraftClaim) -> int | None:
            # the words before the level, or the noun it counts ("treated 1,500 patients")
            noun = [w.lower() for w in cx.split_words(self.mentions[earlier.mention].noun or "")]
            if needed and needed == set(noun[: len(needed)]):
                return 0  # "1,500 patients last year" ... "20% of patients"
            naming = _whole_words(self._clause_text(earlier))
            counted = _whole_words(" ".join(noun))
            if counted & needed:  # "5,000 civilian casualties" ... "of all casualties"
                naming |= counted
            return len(naming - words) if needed <= naming else None

        return extra

    def _level_of_the_parts_scope(
        self, levels: list[DraftClaim], phrase: str, part: DraftClaim
    ) -> list[DraftClaim]:
        """Of Chinese levels a share names alike (占可支配收入的比重 after 全国居民人均可支配收入,
        城镇居民人均可支配收入 and 居民人均可支配收入中位数), those whose name ends in the words
        the share uses (the measure itself, not a statistic of it: 中位数) and adds the fewest
        words before them that the part's own name does not open on (人均工资性收入 and
        居民人均工资性收入 are parts of 居民人均可支配收入, of all residents, not of another
        group's 城镇居民人均可支配收入). The releases of income and spending by source give all
        these levels before the parts."""
        measured = cx.cjk_name(_ALL_OF_BEFORE.sub("", phrase.strip()))
        if not _CHINESE.search(measured) or len(measured) < 2:
            return []
        own = cx.cjk_name(_CJK_CLAUSE_MARK.split(self._clause_text(part))[-1])
        extra: dict[int, list[DraftClaim]] = {}
        for level in levels:
            name = cx.cjk_name(_CJK_CLAUSE_MARK.split(self._clause_text(level))[-1])
            if not name.endswith(measured):
                continue
            scope = name[: -len(measured)]
            shared = max(n for n in range(len(scope) + 1) if scope.endswith(own[:n]))
            extra.setdefault(len(scope) - shared, []).append(level)
        return extra[min(extra)] if extra else []

    def _clause_text(self, claim: DraftClaim) -> str:
        """The words of a level's clause before its figure."""
        mention = self.mentions[claim.mention]
        c_start, _ = cx.clause_bounds(
            self.text, *self.segments.span(claim.sentence), mention.num_start
        )
        return self.text[c_start : mention.start]

    def _draft_linked_share(self, reading: SentenceReading, claim: DraftClaim, link: Link) -> bool:
        """A share whose part and whole the sentence gives: the share of the part's metric in
        the whole's, at the part's period (a part named like its whole is named after it).
        False when the two are of different entities or periods: the share is then drafted on
        its own."""
        share, part, whole = (reading.indices[p] for p in link.positions)
        return self._draft_share_between(claim, share, part, whole, stated=link.stated)

    def _draft_share_between(
        self, claim: DraftClaim, share: int, part: int, whole: int, stated: bool = True
    ) -> bool:
        """The share claim of the figure `share` of the level `part` in the level `whole`
        (mention indices); False when the two levels are of different entities or periods."""
        part_claim = self.claims[self.claim_of[part]]
        whole_claim = self.claims[self.claim_of[whole]]
        if part_claim.period != whole_claim.period or part_claim.entity != whole_claim.entity:
            return False
        if part_claim.metric == whole_claim.metric:
            part_claim.metric = f"{whole_claim.metric}_part"
        claim.metric, claim.entity = part_claim.metric, part_claim.entity
        claim.of, claim.period = whole_claim.metric, part_claim.period
        claim.value = self.mentions[share].value_text()
        self._declare(claim.of, description=None)
        self.relations.append(Relation("share", (share, part, whole), claim.of, stated=stated))
        self._add(share, claim, self.mentions[share])
        return True

    def _draft_change(
        self,
        reading: SentenceReading,
        position: int,
        claim: DraftClaim,
        topic,
        link: Link | None,
    ) -> None:
        mention = reading.mentions[position]
        index = reading.indices[position]
        kind = claim.kind
        self._change_metric(reading, position, claim, topic)
        if link is not None and all(
            reading.indices[p] in self.claim_of for p in link.positions[1:]
        ):
            self._draft_linked_change(reading, claim, link)
        elif (pair := self._referred_pair(reading, position)) is not None:
            first = self.claims[self.claim_of[pair[0]]]
            second = self.claims[self.claim_of[pair[1]]]
            claim.start_claim, claim.end_claim = self.claim_of[pair[0]], self.claim_of[pair[1]]
            claim.metric, claim.entity = first.metric, first.entity
            self.relations.append(Relation(kind, (index, first.mention, second.mention)))
        elif (named := self._named_base(reading, position)) is not None:
            claim.start_claim, claim.end_claim = self.claim_of[named[0]], self.claim_of[named[1]]
            reached = self.claims[claim.end_claim]
            claim.metric, claim.entity = reached.metric, reached.entity
            self.relations.append(Relation(kind, (index, *named)))
        else:
            self._change_span(reading, position, claim)
            level = self._level_before(reading, position, claim.metric)
            # its level: its year's, or its thing's, never the one before it
            listed = position in reading.shared_changes or any(
                position in run for run in reading.respective
            )
            if claim.basis == "yoy" and level is not None and not listed:
                self.relations.append(Relation("yoy", (index, level)))
        signed = (
            self._change_sign(reading, mention, link)
            if claim.kind == "change" and not mention.is_no_change
            else ""
        )
        if claim.kind == "change" and mention.unit == "x":
            claim.value = mention.value_text()
        elif claim.kind == "change":
            written = self.text[mention.start : mention.end]
            claim.value = _in_points(
                mention.value_text(signed or "+"), mention, link, reading, written
            )
        else:
            claim.value = mention.value_text()
        self._add(index, claim, mention)

    def _change_sign(self, reading: SentenceReading, mention: Mention, link: Link | None) -> str:
        """The way of a change: "+" for a margin (the gap from the lower figure to the higher);
        a comparison's comparative ("800 fewer than"); the change words around it; failing
        those, the way of the two levels it is stated between."""
        if link is not None and link.margin:
            return "+"
        before = self.text[max(reading.start, mention.start - 60) : mention.start]
        after = self.text[mention.end : min(reading.end, mention.end + 40)]
        compared = mention.unit == "pp" or (link is not None and link.compares)
        return (
            # the sign written with the figure says it before any word: "增长-0.2%" is a fall
            mention.sign
            or (compared and _comparative_sign(before, after))
            or self._restated_sign(reading, mention)
            or _own_clause_sign(reading, self.text, mention)
            or _sign(before, after)
            or (link is not None and _direction(reading, link))
            or ""
        )

    def _restated_sign(self, reading: SentenceReading, mention: Mention) -> str:
        """The way of a percentage restating, after "or" (或), the change amount just before it:
        that amount's, which its change word gives ("减少9.3百万港元或8.5%", "fell $9m, or 8%");
        "" for any other figure. Chinese writes no change word before the percentage."""
        position = next(p for p, m in enumerate(reading.mentions) if m is mention)
        if position == 0 or mention.unit != "%" or reading.kinds[position - 1] != "change":
            return ""
        amount = reading.mentions[position - 1]
        if amount.unit in ("%", "pp", "x") or not _OR_BETWEEN.match(
            self.text[end_of(amount) : mention.start]
        ):
            return ""
        before = self.text[max(reading.start, amount.start - 60) : amount.start]
        after = self.text[amount.end : min(reading.end, amount.end + 40)]
        return amount.sign or _sign(before, after)

    def _draft_linked_change(self, reading: SentenceReading, claim: DraftClaim, link: Link) -> None:
        """A change between the two levels its link names: between their periods when the text
        dates both, otherwise between the two claims. An annual rate needs the two dates (the
        years it compounds over): without them it is linked but drafted as a rate of unknown
        span, never as a total change."""
        index = reading.indices[link.positions[0]]
        first = self.claims[self.claim_of[reading.indices[link.positions[1]]]]
        second = self.claims[self.claim_of[reading.indices[link.positions[2]]]]
        dated = bool(first.period and second.period and first.period != second.period)
        stated = link.stated
        if dated and not link.compares:
            claim.start, claim.end = first.period, second.period
        elif claim.kind == "cagr":
            self._change_span(reading, link.positions[0], claim)
            stated = False
        else:
            claim.start_claim = self.claim_of[reading.indices[link.positions[1]]]
            claim.end_claim = self.claim_of[reading.indices[link.positions[2]]]
            if link.margin and _signed(second) < _signed(first):
                # a margin between two changes goes from the lower to the higher as drafted,
                # signs included ("exports fell 3.5% and imports fell 1.0%, a gap of 2.5 points")
                claim.start_claim, claim.end_claim = claim.end_claim, claim.start_claim
        if not link.compares:
            if _names_what_levels_do_not(claim.metric, first, second):
                self._renamed_levels(claim.metric, first, second)
            claim.metric, claim.entity = first.metric, first.entity
        kind = "cagr" if reading.kinds[link.positions[0]] == "cagr" else claim.kind
        self.relations.append(Relation(kind, (index, first.mention, second.mention), stated=stated))

    def _renamed_levels(self, name: str, first: DraftClaim, second: DraftClaim) -> None:
        """Two levels the text names only through their change ("a 14% increase in homicide
        offences, from 630 to 719") take the change's name, and their unit goes with it."""
        unnamed = self.metrics.get(first.metric)
        first.metric = second.metric = name
        named = self.metrics.setdefault(name, MetricDraft(name, description=name.replace("_", " ")))
        if named.unit is None and unnamed is not None:
            named.unit = unnamed.unit

    def _named_base(self, reading: SentenceReading, position: int) -> tuple[int, int] | None:
        """A percentage change of the level just before it, measured "from" a figure the text
        named a few sentences before in the same words ("beat the previous year's total of $7.1
        billion. ... may reach $9.8 billion, a rise of nearly 40% from the previous year's
        total"): (the base's mention, the level's mention); None unless exactly one figure was
        named so."""
        mention = reading.mentions[position]
        named = _FROM_NAMED.match(self.text, mention.end, reading.end)
        if mention.unit != "%" or named is None or position == 0:
            return None
        level = reading.mentions[position - 1]
        if reading.kinds[position - 1] != "value" or level.unit in ("%", "pp", "x"):
            return None
        if not CHANGE_CLAUSE.match(self.text[end_of(level) : mention.start]):
            return None
        words = _title_words(named.group("np"))
        bases = []
        for claim in reversed(self.claims):  # in text order: the three sentences before only
            if claim.sentence < reading.index - 3:
                break
            if (
                claim.kind == "value"
                and claim.sentence < reading.index
                and self.mentions[claim.mention].unit == level.unit
                and _title_words(self._introduced_by(claim.mention))[-len(words) :] == words
            ):
                bases.append(claim.mention)
        return (
            (bases[0], reading.indices[position - 1])
            if len(words) >= 2 and len(bases) == 1
            else None
        )

    def _introduced_by(self, mention: int) -> str:
        """The words that introduce a figure as "<name> of X" or "<name> was X"."""
        start = self.mentions[mention].start
        before = self.text[max(0, start - 80) : start]
        introduced = _INTRODUCED.search(before)
        return introduced.group("np") if introduced else ""

    def _referred_pair(self, reading: SentenceReading, position: int) -> tuple[int, int] | None:
        """The two levels of the sentence before, when this sentence points back at them ("That
        is a rise of 44%", "the corresponding increase") and has no level of its own."""
        if self._previous is None or self._previous[0] != reading.index - 1:
            return None
        if any(
            k == "value" and m.unit not in ("%", "pp")
            for k, m in zip(reading.kinds, reading.mentions, strict=True)
        ):
            return None
        if position != next(p for p, k in enumerate(reading.kinds) if k in ("change", "cagr")):
            return None  # the first change the sentence states, not one quoted after it
        if not _POINTS_BACK.search(self.text[reading.start : reading.mentions[position].start]):
            return None
        return self._previous[1], self._previous[2]

    def _level_before(self, reading: SentenceReading, position: int, metric: str) -> int | None:
        """The mention of the nearest level before `position` in its sentence on `metric`, as
        first stated: a restatement in another currency or unit is of the figure before it
        ("4.2 billion yuan (US$0.6 bn), up 9%": the change is the yuan figure's)."""
        for earlier in range(position - 1, -1, -1):
            drafted = self.claim_of.get(reading.indices[earlier])
            if drafted is None or self.claims[drafted].converts is not None:
                continue
            if self.claims[drafted].kind == "value":
                if self.claims[drafted].metric == metric:
                    return reading.indices[earlier]
        return None

    def _change_span(self, reading: SentenceReading, position: int, claim: DraftClaim) -> None:
        """What a change or an annual rate spans when no two levels of its sentence give it:
        year on year when the text says so, a range or a number of years the text names, and
        otherwise nothing (a change with an unknown base, compared only with what it is linked
        to)."""
        span = self._span(position, reading)
        if span[0] == "range":
            claim.start, claim.end = span[1], span[2]
        elif span[0] == "years":
            claim.years = span[1]
        elif span[0] == "yoy" and reading.periods_of[position]:
            claim.basis, claim.period = "yoy", reading.periods_of[position]
        elif claim.kind == "cagr":
            claim.kind = "value"
            claim.metric = claim.metric + "_average_annual_growth"
            claim.period = reading.periods_of[position]
            claim.notes.append(_SPANLESS_RATE + ": drafted as a level; add from/to to check it")
        else:
            claim.notes.append(_NO_BASE)

    # ------------------------------------------------------------ reading one mention

    def _local(
        self, position: int, mentions: list[Mention], s_start: int, s_end: int
    ) -> tuple[int, int, int, int]:
        """The clause of a mention, and the part of it between its neighbours (cached)."""
        mention = mentions[position]
        key = (mention.num_start, s_start)
        found = self._locals.get(key)
        if found is None:
            c_start, c_end = cx.clause_bounds(
                self.text, s_start, s_end, mention.num_start, mention.end
            )
            left = max(c_start, mentions[position - 1].end if position > 0 else c_start)
            right = min(
                c_end, mentions[position + 1].start if position + 1 < len(mentions) else c_end
            )
            found = self._locals[key] = (c_start, c_end, left, max(left, right))
        return found

    def _classify(self, position: int, mentions: list[Mention], s_start: int, s_end: int) -> str:
        mention = mentions[position]
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        before = self.text[left : mention.start]
        after = self.text[mention.end : right]
        unit = mention.unit
        ratio = mention.form in ("percent", "points") or "/" in mention.number
        if unit == "x" or mention.is_no_change:
            return "change"  # a factor; "flat", "unchanged": a change of zero, never a level
        if mention.form == "points":  # pp, 千分点
            return "change"
        if ratio:
            return self._ratio_kind(mention, before, after, (s_start, left, right))
        if not before and not after and not mention.noun:
            # a figure alone in its clause (a list's or a table's bare figures): none of the
            # words below stands, and none of their patterns matches no text (a test holds them)
            return "value"
        if (
            _ABS_CHANGE_LEFT.search(before, folded := fold(before))
            or _CHANGED_AMOUNT_LEFT.search(before, folded)
            or _MORE_THAN_BEFORE.match(after)
            or _UP_DOWN_LEFT.search(before)  # "sales, up $4m", "742 cats, up 92"
            # "raise the subscription by £12": the amount changes what stands between
            or _CHANGED_BY.search(self.text[max(c_start, mention.start - 60) : mention.start])
            or (unit != "x" and cjk_change_before(before) and not _run_of_changes(mention, before))
            or (mention.noun and _ADDED_RIGHT.match(self.text[mention.end : c_end]))
            or _HIGHER_LOWER_RIGHT.match(after)  # "closed 120 higher"
        ):
            return "change"
        return "value"

    def _ratio_kind(
        self, mention: Mention, before: str, after: str, bounds: tuple[int, int, int]
    ) -> str:
        """The kind of a figure in percent, points or a fraction: a share, an average annual
        rate, a change or a level reached."""
        s_start, left, right = bounds
        if lx.CAGR_AFTER_RE.match(after):
            return "cagr"  # "a 6.4% compound annual growth rate"
        if mention.sign and _signed_change_in_brackets(
            mention.sign, self.text[max(s_start, mention.start - 50) : mention.start]
        ):
            return "change"  # "India with 12,920 (+8%)": a signed percent beside a figure moved
        if (_SHARE_LEFT.search(before) and not _CHANGE_NOUN_RIGHT.match(after)) or (
            _OF_RIGHT.match(after)
            and not _CHANGE_LEFT.search(before[-30:])
            and not _OF_EARLIER_RIGHT.match(after)
        ):
            return "share"
        if "/" in mention.number and not _CHANGE_LEFT.search(before[-30:]):
            # "a third of", or "20, or a third," restating the figure before it
            # what follows is read past the clause, which a comma ends: ", of them children"
            restated = lx.FIGURE_RESTATED_BEFORE.search(
                self.text[max(s_start, left - 40) : mention.start]
            ) and lx.FRACTION_RESTATING_ENDS.match(self.text, mention.end)
            return "share" if _OF_RIGHT.match(after) or restated else "value"
        near = before[-40:]
        folded = fold(near)  # the words right before it, asked by four patterns below
        if (
            _CAGR_BEFORE.search(before)
            or _CAGR_BEFORE.search(
                _UNBRACKETED.sub(" ", self.text[max(s_start, mention.start - 80) : mention.start])
            )
            or lx.CAGR_AFTER_RE.match(after)
            or mention.annual
            and _CHANGE_LEFT.search(near, folded)
        ):
            return "cagr"
        if (
            _LEVEL_REACHED.search(near, folded)
            or _LEVEL_CHANGED.search(near, folded)
            or _COMPARED_BASE_ZH.search(before)
        ):
            return "value"  # "reduced to 4.2 percent": the level reached, not the change
        if (
            _CHANGE_LEFT.search(near, folded)
            or cjk_change_before(before)
            or _CHANGED_BY.search(self.text[max(s_start, mention.start - 60) : mention.start])
            or (mention.unit == "%" and _RAISED_BY_PERCENT.search(near, folded))
            or _CHANGE_RIGHT.match(after)
            or _YOY.search(self.text[left:right])
            or _COMPARED_RIGHT.match(after)
        ):
            return "change"
        return "value"

    def _attach_periods(
        self, mentions: list[Mention], periods: list[cx.PeriodMention], s_end: int
    ) -> dict[int, cx.PeriodMention]:
        """A period written straight after a figure ("0.65 in 2013") belongs to it; so does one
        Chinese writes straight before it with 的 ("由2019年的120亿元增至2020年的150亿元"), first."""
        attached: dict[int, cx.PeriodMention] = {}
        for position, mention in enumerate(mentions):
            for period in periods:
                if (
                    period.period
                    and period.role in ("at", "by")
                    and _OF_PERIOD_ZH.fullmatch(self.text, period.end, mention.start)
                ):
                    attached[position] = period
        taken = {id(period) for period in attached.values()}
        for position, mention in enumerate(mentions):
            if position in attached:
                continue
            limit = mentions[position + 1].start if position + 1 < len(mentions) else s_end
            after = max(mention.end, mention.noun_end or 0)
            for period in periods:
                if (
                    after <= period.start < limit
                    and period.start - after <= 28
                    and period.period
                    and period.role in ("at", "by")
                ):
                    gap = self.text[after : period.start]
                    if (
                        not _CLAUSE_MARK.search(gap)
                        and not _FROM_WORD.search(gap)
                        and id(period) not in taken
                    ):
                        attached[position] = period
                    break
        return attached

    def _period_for(
        self,
        position: int,
        mentions: list[Mention],
        attached: dict[int, cx.PeriodMention],
        periods: list[cx.PeriodMention],
        s_start: int,
        s_end: int,
        scope: cx.PeriodMention | None,
    ) -> tuple[str | None, str | None]:
        if position in attached:
            return attached[position].period, None
        mention = mentions[position]
        c_start, c_end, _, _ = self._local(position, mentions, s_start, s_end)
        taken = {id(p) for p in attached.values()}
        usable = [p for p in periods if p.period and p.role in ("at", "by") and id(p) not in taken]
        inside = [p for p in usable if c_start <= p.start < c_end]
        # with none in its clause, a figure is of a time named before it, not of one that opens
        # a later clause ("一季度…12.2亿，同比增长46.5%；二季度…": the growth is the first quarter's)
        before = [p for p in usable if p.end <= mention.num_start]
        pool = inside or (
            []
            if self._own_time_unresolved(mention, periods, usable, c_start, c_end)
            else before or usable
        )
        if pool:
            best = min(pool, key=lambda p: abs(p.start - mention.num_start))
            return best.period, None
        # the figure's own period, named before it or in its clause, which the text leaves
        # unresolved: not the period an earlier sentence gave
        if any(
            p.role == "unresolved" and (p.start < mention.num_start or c_start <= p.start < c_end)
            for p in periods
        ):
            # one of a list of such times in the sentence ("7月13天、8月11天、9月2天")
            own = any(
                p.role == "unresolved" and 0 <= mention.num_start - p.end <= 2 for p in periods
            )
            listed = {self.text[p.start : p.end] for p in periods if p.role == "unresolved"}
            return None, _OWN_TIME_UNDATED if own and len(listed) > 1 else None
        if scope is not None and scope.period:
            return scope.period, None
        # A figure the text dates nowhere has no period: never the machine's clock, never a
        # year guessed from the text, never the article's date (it dates the writing, not the
        # figure); the anchor only resolves what the text says relative to it ("this year").
        return None, None

    @staticmethod
    def _own_time_unresolved(
        mention: Mention,
        periods: list[cx.PeriodMention],
        usable: list[cx.PeriodMention],
        c_start: int,
        c_end: int,
    ) -> bool:
        """Whether a figure whose clause names no period the text resolves is of a time named
        unresolved (去年 with no date to say which year) in its clause or as the nearest time
        before it: then it takes no other clause's year ("预估到2027年...，去年售电量...、年增4.68%")."""
        if any(p.role == "unresolved" and c_start <= p.start < c_end for p in periods):
            return True
        before = [
            p
            for p in periods
            if p.start < mention.num_start and (p.role == "unresolved" or p in usable)
        ]
        return bool(before) and max(before, key=lambda p: p.start).role == "unresolved"

    def _quote(self, mention: Mention, s_start: int, s_end: int) -> tuple[int, int]:
        # the figure's clause as `_local` found it when the figure was classified
        found = self._locals.get((mention.num_start, s_start))
        c_start, c_end = (
            found[:2]
            if found is not None
            else cx.clause_bounds(self.text, s_start, s_end, mention.num_start, mention.end)
        )
        if len(self.text[c_start:c_end].split()) < 4:
            c_start, c_end = s_start, s_end
        segment = self.text[c_start:c_end]
        stripped = segment.strip().rstrip(".;,")
        offset = c_start + (len(segment) - len(segment.lstrip()))
        return offset, offset + len(stripped)

    # ------------------------------------------------------------ names and entities

    def _name_level(
        self,
        mention: Mention,
        position: int,
        mentions: list[Mention],
        s_start: int,
        s_end: int,
        subject_only: bool = False,
    ) -> tuple[str, str, str | None]:
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        entity = self._entity(mention, c_start, c_end, s_start, s_end)
        namer = self.namer
        namer.entity_words = {entity, self.entity}
        metric = "" if subject_only else _noun_metric(mention)
        if metric and metric != "figure" and not cx.generic_only(metric):
            return metric, entity, None
        if not cx.has_words(self.text, s_start, mention.start):
            # no word before the figure in its sentence (a table's bare figures): every
            # reading below would find none, and leave the name as it is or "figure"
            return _tidy(_in_years(metric or "figure", mention)), entity, None
        parent = None
        phrase = [] if subject_only else namer.left_phrase(left, mention.start)
        if phrase:
            named, parent, _ = cx.normalize_phrase(phrase, namer.entity_words)
            metric = named or metric
        if not metric or cx.generic_only(metric):
            antecedent = self._named_by_antecedent(c_start, mention.start, metric)
            if antecedent:
                return antecedent, entity, None
            metric, parent = self._with_subject(
                metric, parent, entity, (c_start, s_start, s_end), mention.start
            )
        if not metric:
            words = (
                namer.noun_after(mention.end, right)
                or namer.content_words(left, mention.start)
                or namer.content_words(s_start, mention.start)
            )
            metric = cx.slug(" ".join(words)) or "figure"
        return _tidy(_in_years(metric, mention)), entity, parent

    def _named_by_antecedent(self, c_start: int, end: int, metric: str) -> str | None:
        """ "..., which rose to 5%": the figure of a relative clause named by the phrase the
        pronoun stands for, before its own name if it has one."""
        relative = _RELATIVE_PRONOUN.search(self.text[c_start:end])
        if not relative:
            return None
        antecedent = self.namer.left_phrase(c_start, c_start + relative.start())
        if not antecedent:
            return None
        named, _, _ = cx.normalize_phrase(antecedent, self.namer.entity_words)
        if not named:
            return None
        return _tidy(f"{named}_{metric}" if metric else named)

    def _with_subject(
        self,
        metric: str,
        parent: str | None,
        entity: str,
        bounds: tuple[int, int, int],
        end: int,
    ) -> tuple[str, str | None]:
        """A name that says too little (or nothing) completed by the subject of the clause, or
        of the sentence's first clause when the clause's own is only cue words; the subject
        that is the entity itself adds nothing. `bounds`: clause start, sentence start and end."""
        c_start, s_start, s_end = bounds
        namer = self.namer
        subject_words = namer.subject(c_start, end)
        if not subject_words or _only_cues(subject_words):
            first_clause = cx.clause_bounds(self.text, s_start, s_end, s_start, s_start)
            subject_words = namer.subject(s_start, min(first_clause[1], end))
        subject, subject_parent, _ = cx.normalize_phrase(
            _strip_cues(subject_words), namer.entity_words
        )
        # "Of the $300m fund, ...": the words before the whole are no subject
        if not subject or subject in ("of", "among") or _same_as_entity(subject, entity):
            return metric, parent
        if not metric:
            return subject, subject_parent
        if subject_parent:
            parent = f"{subject_parent}_{metric}"
        return cx.prefixed_name(subject, metric), parent

    def _own_metric(
        self,
        mention: Mention,
        kind: str,
        position: int,
        mentions: list[Mention],
        s_start: int,
        s_end: int,
    ) -> tuple[str, str] | None:
        """The metric a change or share names itself ("a 20.3% surge in new business
        registrations", "the total revenues of ... surged over 30%"), or None."""
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        entity = self._entity(mention, c_start, c_end, s_start, s_end)
        self.namer.entity_words = {entity, self.entity}
        after = self.text[mention.end : right]
        if _named_noun(mention) and kind == "change":
            return _tidy(cx.slug(cx.noun_head(mention.noun or ""))), entity
        if kind == "share":
            subject = _strip_cues(self.namer.subject(c_start, mention.start))
            if (
                subject
                and not _only_cues(subject)
                and _own_subject(self.text[c_start : mention.start])
            ):
                name, _, _ = cx.normalize_phrase(subject, self.namer.entity_words)
                if name and not _same_as_entity(name, entity):
                    return _tidy(name), entity
        match = _CHANGE_RIGHT.match(after)
        if match and match.group("np") and kind == "change":
            words = cx.noun_phrase_back(cx.split_words(_cut_noun_phrase(match.group("np"))))
            if words:
                name, _, _ = cx.normalize_phrase(words, self.namer.entity_words)
                if name and not cx.generic_only(name):
                    return _tidy(name), entity
        phrase = _strip_cues(self.namer.left_phrase(left, mention.start))
        if phrase and not _only_cues(phrase):
            name, _, _ = cx.normalize_phrase(phrase, self.namer.entity_words)
            if name and not cx.generic_only(name) and not _same_as_entity(name, entity):
                return _tidy(name), entity
        return None

    def _entity(self, mention: Mention, c_start: int, c_end: int, s_start: int, s_end: int) -> str:
        text = self.text
        candidates = cx.proper_phrase_at(text, c_start, c_end)
        chosen = self._pick_entity(candidates, mention)
        if (
            chosen is None
            and c_start > s_start
            and not _own_subject(text[c_start : mention.start], mention)
        ):
            first = cx.clause_bounds(text, s_start, s_end, s_start, s_start)
            chosen = self._pick_entity(cx.proper_phrase_at(text, s_start, first[1]), mention)
        if chosen is None:
            return self.entity_in_paragraph or self.entity  # named in an earlier sentence
        self.entity_in_paragraph = chosen
        return chosen

    def _pick_entity(self, candidates: list[tuple[int, int, str]], mention: Mention) -> str | None:
        text = self.text
        best: tuple[int, str] | None = None
        for start, end, name in candidates:
            if start <= mention.num_start < end:
                continue
            if start > 0 and text[start - 1] in '“"' or name in lx.NOT_ENTITIES:
                continue
            if _SPEAKER_RIGHT.match(text[end : end + 12]):
                continue  # a speaker, not what the figure is about
            possessive = text[end : end + 2] in ("’s", "'s")
            located = bool(_IN_AT_LEFT.search(text[max(0, start - 8) : start]))
            following = _WORD_RIGHT.match(text[end : end + 20])
            subject = bool(following and cx.reads_as_verb(following.group(1)))
            if not (possessive or located or subject):
                continue
            distance = abs(mention.num_start - start)
            if best is None or distance < best[0]:
                best = (distance, name)
        return best[1] if best else None

    def _share_of(self, mention: Mention, metric: str, entity: str) -> str:
        match = _OF_RIGHT.match(self.text[mention.end : mention.end + 100])
        if not match:
            return f"{metric}_total"
        words = cx.split_words(_cut_noun_phrase(match.group("np")))
        kept = []
        for word in words:
            bare = re.sub(r"['’]s$", "", word)
            if word.endswith(("’s", "'s")) or word.lower() in lx.DETERMINERS:
                continue
            if bare == entity or bare == self.entity:
                continue
            kept.append(word)
        phrase = " ".join(kept).lower()
        if phrase in lx.GDP_ALIASES:
            return lx.GDP_ALIASES[phrase]
        if not kept or set(phrase.split()) <= _TOTAL_WORDS:
            return f"{metric}_{'national_' if 'national' in phrase or 'country' in phrase or 'nationwide' in phrase else ''}total"
        return _tidy(cx.slug(phrase))

    # ------------------------------------------------------------ spans

    def _span(self, position: int, reading: SentenceReading) -> tuple:
        """What the text says a change spans: ("yoy",), ("range", first, last), ("years", n)
        or ("none",). "since 2010" spans to the article's date only when there is one."""
        text = self.text
        c_start, c_end, left, right = self._local(
            position, reading.mentions, reading.start, reading.end
        )
        if (
            position > 0
            and reading.kinds[position - 1] == "change"
            and lx.CJK_CHANGE_IN_BRACKETS_RE.match(
                numerals.fold(
                    text[reading.mentions[position - 1].end : reading.mentions[position].start]
                )
            )
        ):
            # "比上年增加50.8万人(增长3.8%)": the percent restates the amount's change, over its span
            return self._span(position - 1, reading)
        if any(position in run for run in reading.respective):
            # one of a list of figures a year each: over the year before it where the text
            # says so (同比, "on a year earlier"), else over a base the text does not give
            return ("yoy",) if _YOY.search(text[reading.start : reading.end]) else ("none",)
        # (from the clause's start: "a two-year average" is a figure of its own)
        years = _years_averaged(text[c_start : reading.mentions[position].start])
        if years:
            return ("years", years)
        if (
            _YOY.search(text[left:right])
            or _YOY.search(text[c_start:c_end])
            or lx.CJK_YOY_OPENING_RE.match(text, reading.start)
        ):
            return ("yoy",)
        for period in reading.periods:
            if period.role in ("range", "past") and period.period and ".." in period.period:
                first, last = period.period.split("..")
                return ("range", first, last)
            if (
                period.role == "since"
                and period.period
                and period.period.isdigit()
                and self.anchor
                and int(period.period) < self.anchor.year
            ):
                return ("range", period.period, str(self.anchor.year))
            if period.role == "past" and period.years:
                return ("years", period.years)
        return ("none",)

    def _level_with_metric(self, metric: str, entity: str, period: str | None) -> int | None:
        for claim in reversed(self.claims):
            if (
                claim.kind == "value"
                and claim.metric == metric
                and claim.entity == entity
                and claim.period == period
                and claim.converts is None
            ):
                return claim.mention
        return None

    def _is_ancestor(self, metric: str, other: str) -> bool:
        current = self.metrics.get(other)
        seen = set()
        while current is not None and current.part_of and current.part_of not in seen:
            if current.part_of == metric:
                return True
            seen.add(current.part_of)
            current = self.metrics.get(current.part_of)
        return False

    # ------------------------------------------------------------ bookkeeping

    def _place(self, claim: DraftClaim) -> int:
        """Where a drafted claim stands in the list of claims: looked up by its figure (one
        claim a figure), never searched for, since `list.index` compares every earlier claim
        field by field (quadratic in a long document)."""
        place = self.claim_of[claim.mention]
        assert self.claims[place] is claim, "one claim a figure"
        return place

    def _declare(self, name: str, description: str | None = None) -> None:
        self.metrics.setdefault(name, MetricDraft(name, description=description))

    def _add(self, index: int, claim: DraftClaim, mention: Mention) -> None:
        claim.notes.extend(mention.notes)
        if claim.metric == "figure":  # no name in the text: never joined with another by name
            claim.metric = f"figure_{len(self.claims) + 1}"
        self.claim_of[index] = len(self.claims)
        self.claims.append(claim)
        drafted = self.metrics.get(claim.metric)
        if drafted is None:
            description = claim.metric.replace("_", " ")
            drafted = self.metrics[claim.metric] = MetricDraft(
                claim.metric, description=description
            )
        if claim.kind == "value" or (claim.kind == "change" and mention.form == "number"):
            unit = _metric_unit(mention)
            if drafted.unit is None:
                drafted.unit = unit


# "in North Carolina", "in the Bronx": a named place right after a figure
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_LAST_ITEM_BEFORE = re.compile(r"\b(?:and|as\s+well\s+as)\b|和|及|以及", re.IGNORECASE)


def _way_value(way: str, unit: str) -> str:
    """A change of that way and no size, in points between two rates (a rise from 4.9% to 5.2%
    is read as +0.3 points), in percent between two amounts."""
    return ("more than 0 " if way == "+" else "less than 0 ") + ("pp" if unit == "%" else "%")


_WAY_ONLY = "a change the text gives by its direction alone ('rose to', 'narrowed to', 'down from')"


def _subject_of_pair(
    reading: SentenceReading, text: str, links: list[Link]
) -> tuple[int, int] | None:
    """(sentence, mention) of the later level of a sentence whose only two levels are a pair,
    or one quantity at two times compared ("$3.6 billion, 4.2% more than this year's $3.45
    billion": the first); None for any other sentence, and for two things compared ("Europe's
    $90 million, 50% more than Asia's $60 million": "the total" after it may be their sum)."""
    levels = {p for p, kind in enumerate(reading.kinds) if kind == "value"}
    for link in links:
        ends = link.positions[1:] if link.type == "change" else link.positions
        if link.type not in ("from_to", "change") or len(ends) != 2 or set(ends) != levels:
            continue
        if link.compares:
            change, base = (reading.mentions[p] for p in link.positions[:2])
            if not _TIME_BASE.search(text, change.end, base.start):
                continue
        return reading.index, reading.indices[ends[-1]]
    return None


# a base named by its time ("than this year's", "than a year earlier", "than in 2023")
_TIME_BASE = re.compile(
    r"\b(?:this|last|next|the\s+(?:previous|prior|same|current))\s+(?:year|month|quarter|week|"
    r"season)|\byears?\s+(?:earlier|ago|before)|\b(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


def _base_year_of_change(between: str, year: int) -> int | None:
    """The year a change is measured from, as the words between it and the level it leads to
    (of `year`) name it: the base year itself ("up 6% on 2019 at $5.2 million"), or the year
    before when they place the change in the level's own year ("a 6% rise in sales in 2020, to
    $5.2 million"). None when they name no year, or another year than the level's."""
    base = _BASE_YEAR.search(between)
    if base is not None:
        return int(base.group("year")) if int(base.group("year")) < year else None
    within = _IN_YEAR.findall(between)
    return year - 1 if within and all(int(found) == year for found in within) else None


# the end of a sentence, right after a figure: nothing more is said of it
_NOTHING_AFTER = re.compile(r"[\s.!?。！？\"'”’)]*$")
_BASE_YEAR = re.compile(
    r"\s*\b(?:on|from|over|compared\s+(?:with|to)|against)\s+(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\bin\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)


def _through_the_last_item(reading: SentenceReading, text: str, parts: list[int]) -> list[int]:
    """A list's figures up to the one "and" brings in ("A, B and C, 12 left": C ends it)."""
    for at in range(1, len(parts)):
        gap = text[end_of(reading.mentions[parts[at - 1]]) : reading.mentions[parts[at]].start]
        if _LAST_ITEM_BEFORE.search(gap):
            return parts[: at + 1]
    return parts


def _in_years(metric: str, mention: Mention) -> str:
    """A figure in years measures a length of time: its name says so."""
    if mention.unit == "year" and not metric.endswith("years"):
        return f"{metric}_years"
    return metric


def _metric_unit(mention: Mention) -> str:
    unit = mention.unit
    if unit in ("", "x") or unit.startswith("/"):
        return "count"
    if unit == "%":
        return "percent"
    return unit


def _content_words(text: str) -> frozenset[str]:
    """The words of a phrase that name a quantity: no function word, verb, change word or
    number ("the town's total farm output" -> town, total, farm, output)."""
    return frozenset(
        re.sub(r"['’]s$", "", w.lower())
        for w in cx.split_words(text)
        if not cx.is_stop(w)
        and w.lower() not in lx.VERBS
        and w.lower() not in lx.CHANGE_WORDS
        and not w[:1].isdigit()
    )


# the group a share written "N in M" counts in: "6 in 10 nurses", "two in five tenants"
_GROUP_AFTER_FRACTION = re.compile(r"\s+([A-Za-z][\w'-]+)")
# the group a percentage counts in, named after it: "61% of car users are ...", "40% of all
# adults back ..." (its words up to a verb or a function word: `_percent_said_next`)
_GROUP_OF_PERCENT = re.compile(r"\s+of\s+(?:all\s+)?([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?)")
# the words of a poll, which two sentences about one poll share whatever its findings
_POLL_STEMS = lx.stems(frozenset(lx.POLL_NOUNS))
# how many figures after a fraction its restatement as a percentage is looked for among
_PERCENTS_AHEAD = 40


def _is_group_noun(word: str) -> bool:
    lower = word.lower()
    return not (
        cx.is_stop(word) or lower in lx.VERBS or lower in lx.AUXILIARIES or lower in lx.CHANGE_WORDS
    )


def _same_group(text: str, percent: Mention, group: str) -> bool:
    """Whether a percentage is of the group named ("57 percent of nurses")."""
    named = re.match(r"\s+of\s+(?:all\s+)?([A-Za-z][\w'-]+)", text[percent.end : percent.end + 60])
    return named is not None and named.group(1).lower() == group.lower()


_CJK_CLAUSE_MARK = re.compile(r"[,，、；;：:]")


def _names_in(name: str, clause: str) -> bool:
    """Whether a Chinese clause writes `name` as a name of its own: not as one of a pair of
    flows a longer name holds (占出口总值的58% names exports, which 进出口总值, the total of
    imports and exports, holds as characters, not as a quantity)."""
    return any(
        at == 0 or not lx.CJK_PAIRED_FLOW_RE.match(clause, at - 1)
        for at in (m.start() for m in re.finditer(re.escape(name), clause))
    )


def _whole_words(text: str) -> frozenset[str]:
    """The words that name a whole: its content words, and the nouns of measure that are verbs
    as well ("exports", "imports"), which name the quantity here."""
    words = {w.lower() for w in cx.split_words(text)}
    return _content_words(text) | (words & lx.MEASURE_NOUNS)


_COMPARED_AFTER = re.compile(
    r"^\s*(?:(?:percentage\s+)?points?\s+)?(?:(?P<way>[a-z]+)\s+than|(?P<way_of>above|below))\b",
    re.IGNORECASE,
)


def _years_averaged(before: str) -> int | None:
    """The number of years an average rate is over, written before it: 两年平均 (2), "a
    three-year average" (3); None when the words before give none."""
    written = lx.AVERAGE_OVER_YEARS_RE.search(before[-40:])
    if written is None:
        return None
    word = (written.group("cjk") or written.group("en")).lower()
    if word.isdigit():
        return int(word)
    value = lx.UNITS_WORDS.get(word) or numerals.cjk_numeral_value(numerals.fold(word))
    return int(value) if value and value > 1 else None


def _run_of_changes(mention: Mention, before: str) -> bool:
    """Whether a length of time is the number of periods of a run of rises or falls (连升9个月,
    連續下跌3年), not a change."""
    return mention.unit in lx.DURATION_UNITS.values() and bool(
        lx.CJK_RUN_OF_CHANGES_RE.search(numerals.fold(before[-12:]))
    )


def cjk_change_before(before: str) -> re.Match | None:
    """The Chinese change word written straight before a figure (增长, 下降; in Traditional
    script too: 增長, 減少), read from the last characters of the words before it."""
    tail = numerals.fold(before[-12:])
    # every match holds a Chinese change word: a tail in ASCII (most English text) holds none
    return None if tail.isascii() else lx.CJK_CHANGE_BEFORE_RE.search(tail)


def _comparative_sign(before: str, after: str) -> str:
    """The sign of a gap in points written as a comparison ("1.1 points lower than", 比B低1.1个
    百分点, 低于B 1.1个百分点): the comparative decides, whatever verb the rate had; "" when the
    gap is not written so, or is a change over time (比上年提高: the change word decides)."""
    if cjk_change_before(before):
        return ""
    english = _COMPARED_AFTER.match(after)
    way = (english.group("way") or english.group("way_of")).lower() if english else ""
    if way in lx.COMPARATIVE_UP + lx.COMPARATIVE_DOWN:
        return "-" if way in lx.COMPARATIVE_DOWN else "+"
    chinese = lx.CJK_THAN_BEFORE_RE.search(before)
    if chinese:
        way = chinese.group("way") or chinese.group("way_of")
        return "-" if way in lx.CJK_COMPARATIVE_DOWN else "+"
    return ""


_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _sign(before: str, after: str) -> str:
    """The sign the words around a change give it: "" when they say nothing of its way."""
    cjk = cjk_change_before(before)
    if cjk:  # the change word written straight before the figure decides
        return "-" if lx.CJK_DOWN_RE.match(cjk.group("word")) else "+"
    # a figure after "than" is what another is compared with: the words before "than" say how
    # that other figure stands ("4.5 points lower than the 4.3% of X"), not how this one changed
    before = _THAN.split(before)[-1]
    words = _LOWER_WORD.findall((before[-40:] + " " + after[:30]).lower())
    ups = [w for w in words if w in lx.CHANGE_UP]
    downs = [w for w in words if w in lx.DOWN_WORDS]
    if downs and not ups:
        return "-"
    return "+" if ups else ""


# a word of change and what follows it: a comparative before "than" says how one figure stands
# against another ("fell 4% more than expected"), not which way a change went
_CHANGE_WORD_IN_CLAUSE = re.compile(r"\b([a-z]+)\b(?!\s+than\b)")
_WORD_STRAIGHT_AFTER = re.compile(r"[ \t]*([A-Za-z]+)(?![A-Za-z]|\s+than\b)")


# a clause of its own after a figure: a conjunction, its subject, the change's verb ("... and
# profit fell 10%", "..., while bus trips climbed by 15%")
_CLAUSE_JOINED = re.compile(
    r"^\s*,?\s*(?:and|but|while|whereas)\s+(?P<np>[^\d,;:()\[\]]{1,60}?)\s+"
    r"(?P<verb>[A-Za-z]+)(?:\s+by)?\s*$",
    re.IGNORECASE,
)


def _own_clause_sign(reading: SentenceReading, text: str, mention: Mention) -> str:
    """The sign a change's own words give it where other figures of the sentence have verbs of
    their own ("exports fell 10% and imports rose 25%", "imports rose 5% to $3m, exports fell
    10%": the rise is not the exports'): a change word straight after the figure ("a 5% fall
    in imports") decides, else the last one between the figure before and this one. "" when
    neither says it: a verb written once before a list ("rose 3% and 5%") is shared."""
    after = _WORD_STRAIGHT_AFTER.match(text, mention.end, reading.end)
    if after is not None:
        way = _way_of_word(after.group(1).lower())
        if way:
            return way
    position = next(p for p, m in enumerate(reading.mentions) if m is mention)
    start = end_of(reading.mentions[position - 1]) if position else reading.start
    own = _THAN.split(text[max(start, mention.start - 60) : mention.start])[-1].lower()
    for word in reversed(_CHANGE_WORD_IN_CLAUSE.findall(own)):
        way = _way_of_word(word)
        if way:
            return way
    return ""


def _way_of_word(word: str) -> str:
    """ "+" for a word of rise, "-" for one of fall, "" for any other."""
    return "+" if word in lx.CHANGE_UP else "-" if word in lx.DOWN_WORDS else ""


def _direction(reading: SentenceReading, link: Link) -> str:
    """The sign of a change the words around it leave unsaid, from the two levels it is stated
    to lie between ("shed 450 jobs, cutting its workforce from 3,200 to 2,750"): "-" when the
    later level is the lower. "" for a comparison of two things (no earlier and later)."""
    if link.type != "change" or link.compares or len(link.positions) != 3:
        return ""
    try:
        first, second = (reading.mentions[p].magnitude for p in link.positions[1:])
    except ValueError:
        return ""
    return "-" if second < first else ""


def _in_points(
    value: str, mention: Mention, link: Link | None, reading: SentenceReading, written: str
) -> str:
    """A margin between two rates written in their own unit ("a natural growth rate of 7.1‰"
    between 11.6‰ and 4.5‰) is a gap in points, not a relative change. So is any change
    written as a rate per thousand ("fell by 0.4 per 1,000"): a relative change is written in
    percent."""
    if mention.unit == "‰" and _PER_THOUSAND_WRITTEN.search(written):
        return value[: -len(mention.unit)] + _POINTS_OF_RATE[mention.unit]
    if link is None or not link.margin or mention.unit not in _POINTS_OF_RATE:
        return value
    if any(reading.mentions[p].unit != mention.unit for p in link.positions[1:]):
        return value
    return value[: -len(mention.unit)] + _POINTS_OF_RATE[mention.unit]


def _signed(claim: DraftClaim) -> Fraction:
    """A drafted claim's number with its sign ("-3.5 %" -> -3.5), its scale aside (the two
    claims a margin joins share their unit)."""
    number = re.search(r"[-+]?\d[\d,]*(?:\.\d+)?", claim.value)
    return Fraction(number.group().replace(",", "")) if number else Fraction(0)


def _named_plainly(entry: int, words: str) -> bool:
    """Whether the words naming a figure name the difference of lexicon.NAMED_DIFFERENCES
    `entry` and nothing else: no words narrowing or dating it ("the trade surplus with China",
    对东盟贸易顺差, "In June the trade surplus")."""
    name = lx.NAMED_DIFFERENCES[entry][2].search(words)
    return (
        name is not None
        and lx.PLAIN_DIFFERENCE_BEFORE_RE.match(words[: name.start()]) is not None
        and lx.PLAIN_DIFFERENCE_AFTER_RE.match(words[name.end() :]) is not None
    )


# words that never name what a figure measures: comparison words, markup entity names
_NOT_NAMES = frozenset(
    "more less most least fewer than instead quot amp nbsp lt gt apos rs per cent percent "
    "points point gone went".split()
)

_CUES = lx.CHANGE_WORDS | {
    "average",
    "annual",
    "yearly",
    "rate",
    "growth",
    "year-on-year",
    "jump",
    "total",
    "of",
    "a",
    "an",
    "the",
    "with",
    "by",
    "remarkable",
    "healthy",
    "momentum",
    "increase",
    "marking",
    "pushing",
}


def _strip_cues(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in lx.CHANGE_WORDS or w.lower() in ("added",)]


def _only_cues(words: list[str]) -> bool:
    return all(w.lower() in _CUES or w.lower() in lx.VERBS or cx.is_stop(w) for w in words)


def _same_as_entity(name: str, entity: str) -> bool:
    return name.replace("_", " ") == entity.lower()


def _own_subject(text: str, mention: Mention | None = None) -> bool:
    """Whether a clause opens with a noun phrase of its own (so it has its own subject): a
    counted noun ("and more than 170 new measures were...") is one."""
    words = cx.split_words(text)
    while words and words[0].lower() in ("and", "but", "while", "whereas", "so", "yet"):
        words = words[1:]
    if not words:
        return bool(mention is not None and mention.noun)
    first = words[0].lower()
    return not (
        first in lx.PREPOSITIONS
        or first in lx.VERBS
        or first.endswith("ing")
        or first in ("which", "whose", "who", "that")
    )


def _same_ending(a: str, b: str) -> int:
    """How many Han characters two Chinese phrases end on in common (销售额: 3)."""
    a, b = a.rstrip(), b.rstrip()
    count = 0
    while count < min(len(a), len(b)) and a[-1 - count] == b[-1 - count]:
        if not _CHINESE.match(a[-1 - count]):
            break
        count += 1
    return count


def _cut_noun_phrase(text: str, measures: bool = False) -> str:
    """The noun phrase `text` opens on, up to its first preposition, verb or year. With
    `measures`, a noun of measure that is a verb as well ("of exports", "of total imports")
    is a noun there."""
    words = []
    for word in _PHRASE_WORD.findall(text):
        lower = word.lower()
        if measures and lower in lx.MEASURE_NOUNS:
            words.append(word)
            continue
        if (
            (lower in lx.PREPOSITIONS and lower not in ("of",))
            or lower in lx.VERBS
            or lower in lx.AUXILIARIES
            or lower in lx.CONJUNCTIONS
            and lower != "and"
            or _YEAR_WORD.fullmatch(word)
        ):
            break
        words.append(word)
    while words and words[-1].lower() in ("of", "and"):
        words.pop()
    return " ".join(words[:8])


# Units of area: a figure in one measures an area, whatever the noun after it says.
_AREA_UNITS = frozenset(("km**2", "m**2", "ft**2", "mi**2", "hectare", "acre"))


def _names_what_levels_do_not(name: str, first: DraftClaim, second: DraftClaim) -> bool:
    """Whether a change names what it changes ("homicide_offences") where its two levels,
    named alike, name nothing (a "figure_N" of the draft's own numbering)."""
    return (
        first.metric == second.metric
        and _UNNAMED.fullmatch(first.metric) is not None
        and bool(name)
        and _UNNAMED.fullmatch(name) is None
        and not cx.generic_only(name)
    )


_UNNAMED = re.compile(r"figure(?:_\d+)?")


# a figure whose own clause names its time, one of a list of such times the text does not date
# ("7月13天、8月11天"): figures of other such times are not one quantity stated twice
_OWN_TIME_UNDATED = "the text names its time (a month, a quarter) but not the year"


def _noun_metric(mention: Mention) -> str:
    """The noun after a figure as its metric ("5,000 jobs"), one of area marked so; empty
    when the noun names nothing (a classifier, a unit)."""
    if not _named_noun(mention):
        return ""
    metric = cx.slug(cx.noun_head(mention.noun or ""), 6)
    if mention.unit in _AREA_UNITS and not metric.endswith("area"):
        metric += "_area"
    return _tidy(metric) if metric else metric


def _named_noun(mention: Mention) -> bool:
    """Whether the noun after a figure names what it counts: a Chinese classifier or unit
    (万户, 8630人) says only what it counts in."""
    noun = mention.noun or ""
    return noun not in cx.CJK_MEASURE_WORDS and bool(cx.noun_head(noun))


@functools.lru_cache(maxsize=4096)
def _tidy(metric: str) -> str:
    """A metric name of content words only: never a number, a function word, the remains of
    markup ("more", "000", "quot"), a weekday or a verb glued after the noun. (Cached: the
    same names come back figure after figure, and the answer depends on the name alone.)"""
    parts = [
        part
        for part in metric.split("_")
        if part and not part.isdigit() and not cx.is_stop(part) and part not in _NOT_NAMES
    ]
    metric = "_".join(cx.name_parts(parts))
    return metric or "figure"


def _drafting_order(
    reading: SentenceReading, links: list[Link], parts: dict[int, int]
) -> list[int]:
    """The sentence's figures in the order they are drafted: levels first, then the rest; a
    gap between two rates after both ("4.8 points faster than the 8.4% of all sales"); a part
    before its whole ("1,200 out of 4,000 firms") after the whole."""
    gaps = {
        link.positions[0]
        for link in links
        if link.type == "change" and any(reading.kinds[p] != "value" for p in link.positions[1:])
    }
    late = {p for p, whole in parts.items() if whole > reading.indices[p]}
    return sorted(
        range(len(reading.indices)),
        key=lambda p: (reading.kinds[p] != "value", p in late, p in gaps),
    )
