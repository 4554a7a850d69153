"""Links between figures of different sentences that the text ties only by what they measure.

News text rarely repeats a connector across sentences: a change stated in one paragraph ("rose
5% to 10.5 million in 2024") finds its earlier level in another ("in 2023 it handled 10
million"), tied by naming the same quantity of the same subject again. Such a link is the
drafter's reading, never stated by the text: every relation drafted here is `stated=False`, and
a claim whose fields it changes is drafted below certainty, so that a finding resting on it is
a note ("possible inconsistency ...: check that these figures refer to the same thing"), never
an error or a warning.

What counts as the same quantity is strict (a false alarm is worse than a miss): the same
entity, metric names one of which ends with the other's words (a qualifier before the same
head noun: "annual passenger numbers" and "passenger numbers"), units of one family, and
periods one year apart. Any doubt (two candidate levels, a level already paired by its own
sentence) leaves the figures unlinked.

Linear: levels are indexed once by (entity, head noun, unit family, period); each level looks
up its year-earlier key, never a scan over the other sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .link_patterns import same_family
from .mentions import Mention

__all__ = ["link_changes_across_sentences"]

# a year, or a part of one ("2024", "2024-Q3", "2024-03", "2024-H1"): the same part a year
# earlier is the base of a change stated with no base
_PERIOD = re.compile(r"^(?P<year>\d{4})(?P<part>-(?:Q[1-4]|H[12]|\d{2}))?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the least shared tail of two Chinese metric names (利润总额 within 企业利润总额): one
# character is a unit noun, not a quantity
_CJK_HEAD = 2


@dataclass(frozen=True)
class _Level:
    claim: int  # index into the claims
    mention: int
    sentence: int
    metric: str


def _year_earlier(period: str | None) -> str | None:
    match = _PERIOD.match(period or "")
    if match is None:
        return None
    return f"{int(match.group('year')) - 1}{match.group('part') or ''}"


def _words(metric: str) -> tuple[str, ...]:
    """The naming words of a drafted metric (a suffix "_2" of a metric named apart, or a
    "part_1" of a partition, is no word of it)."""
    words = [w for w in metric.split("_") if w and not w.isdigit()]
    if len(words) >= 2 and words[-1] == "part":
        words.pop()
    return tuple(words)


def _head(metric: str) -> str:
    words = _words(metric)
    if not words:
        return ""
    if _CJK.search(words[-1]):
        return words[-1][-_CJK_HEAD:] if len(words[-1]) >= _CJK_HEAD else ""
    return words[-1]


def _same_quantity(a: str, b: str) -> bool:
    """Whether two metric names name one quantity: equal, or one the other's words with a
    qualifier before them ("passenger_numbers", "annual_passenger_numbers"). A Chinese name is
    compared by its characters."""
    short, long = sorted((_words(a), _words(b)), key=len)
    if not short:
        return False
    if _CJK.search(short[-1]):
        tail, whole = "".join(short), "".join(long)
        return len(tail) >= _CJK_HEAD and whole.endswith(tail)
    return long[len(long) - len(short) :] == short


# the levels of a document by (entity, head noun, unit, period)
_Key = tuple[str, str, str, str]


def link_changes_across_sentences(
    claims: Sequence, mentions: Sequence[Mention], relations: list, guessed: float
) -> None:
    """A level of a year whose sentence gives no earlier level, and the one level of the same
    quantity (same entity, same metric or the same with a qualifier, same unit) a year earlier
    in another sentence: two levels of one quantity (`from_to`). When the later level's
    sentence states one change of that quantity with no base, the change is drafted between
    the two levels (its claim's `from` and `to`), below certainty."""
    from .links import Relation  # the draft's record; links imports this module's caller

    paired = _paired_levels(relations)
    index: dict[_Key, list[_Level]] = defaultdict(list)
    changes: dict[int, list[int]] = defaultdict(list)  # by sentence
    for number, claim in enumerate(claims):
        if claim.kind == "change":
            changes[claim.sentence].append(number)
        if claim.kind != "value" or claim.period is None:
            continue
        key = (claim.entity, _head(claim.metric), mentions[claim.mention].unit, claim.period)
        if key[1]:
            index[key].append(_Level(number, claim.mention, claim.sentence, claim.metric))
    for key, later_levels in list(index.items()):
        if len(later_levels) != 1 or later_levels[0].mention in paired:
            continue  # two levels of the quantity that year: which one changed?
        later = later_levels[0]
        earlier = _earlier_level(index, key, later)
        if earlier is None or earlier.mention in paired:
            continue
        relations.append(Relation("from_to", (earlier.mention, later.mention), stated=False))
        change = _change_without_base(claims, mentions, later, changes[later.sentence])
        if change is not None:
            _draft_change(claims, change, earlier, later, guessed)
            relations.append(
                Relation(
                    "change",
                    (claims[change].mention, earlier.mention, later.mention),
                    stated=False,
                )
            )


def _earlier_level(index: dict[_Key, list[_Level]], key: _Key, later: _Level) -> _Level | None:
    """The one level of the same quantity a year before `later`'s, in another sentence."""
    entity, head, unit, period = key
    earlier_period = _year_earlier(period)
    if earlier_period is None:
        return None
    found = [
        level
        for level in index.get((entity, head, unit, earlier_period), [])
        if level.sentence != later.sentence and _same_quantity(level.metric, later.metric)
    ]
    return found[0] if len(found) == 1 else None


def _paired_levels(relations: Sequence) -> set[int]:
    """The levels whose own sentences already tie them to another level or a change: their
    earlier level, if any, is the one the text states."""
    paired: set[int] = set()
    for relation in relations:
        if relation.type in ("from_to", "change", "cagr", "yoy", "change_of"):
            paired.update(m for m in relation.mentions[1:] if m is not None)
            if relation.type == "from_to":
                paired.update(m for m in relation.mentions if m is not None)
    return paired


def _change_without_base(
    claims: Sequence, mentions: Sequence[Mention], later: _Level, found: list[int]
) -> int | None:
    """The index of the one change of `later`'s sentence (`found`: its changes) that names its
    quantity and has no base of its own, in a unit that can change the level; None if none,
    or two."""
    level_unit = mentions[later.mention].unit
    if len(found) != 1:
        return None
    change = claims[found[0]]
    unit = mentions[change.mention].unit
    fits = (
        (unit == "%" and level_unit != "%")
        or (unit == "pp" and level_unit == "%")
        or (unit not in ("%", "pp", "x") and same_family(unit, level_unit, exact=True))
    )
    has_base = change.start_claim is not None or change.start or change.years or change.basis
    if not fits or has_base or not _same_quantity(change.metric, later.metric):
        return None
    return found[0]


def _draft_change(
    claims: Sequence, change: int, earlier: _Level, later: _Level, guessed: float
) -> None:
    claim = claims[change]
    claim.start_claim, claim.end_claim = earlier.claim, later.claim
    claim.metric = claims[later.claim].metric
    claim.period = claim.basis = None
    claim.confidence = min(claim.confidence, guessed)
    claim.notes.append(
        "its earlier level is read from another sentence naming the same quantity a year "
        "earlier: check that they measure the same thing"
    )
