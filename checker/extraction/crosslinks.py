"""Links between figures of different sentences that the text ties only by what they measure.

News text rarely repeats a connector across sentences: a change stated in one paragraph ("rose
5% to 10.5 million in 2024") finds its earlier level in another ("in 2023 it handled 10
million"), tied by naming the same quantity of the same subject again. Such a link is the
drafter's reading, never stated by the text: every relation drafted here is `stated=False`, and
a claim whose fields it changes is drafted below certainty, so that a finding resting on it is
a note ("possible inconsistency ...: check that these figures refer to the same thing"), never
an error or a warning.

The readings (`READINGS`, run in order over a `DraftSoFar`), each one pass over an index
built once (extraction stays linear): `link_changes_across_sentences` (a level and the level of
its quantity a year earlier, with the change of the later one's sentence),
`link_changes_to_pairs` (a change alone in its sentence and the pair of levels of its quantity
stated nearby), `link_unnamed_changes_to_pair_before` (a change naming nothing, alone in its
sentence, and the one pair of levels of the sentence before), `link_changes_to_pair_after` (a
change alone in its sentence and the one pair of levels of the sentence after, whose head noun
the change names),
`link_amount_and_percent_to_level` (a change as a percentage to a level, and the change as an
amount in another sentence, or the other way round), `link_parts_named_within` (a
level named by an earlier total's name narrowed: "sales of e-books" after "sales"),
`link_parts_an_owner_includes` (a count an owner's level includes: "The county's deaths include
five children" after "40 deaths in the county"),
`link_shares_to_siblings_whole` (a share naming no whole after parts listed one sentence each,
the first with its share of a named whole), `link_shares_of_the_total_before` (a share "of
the total" and the level its part's name narrows, paragraphs before),
`link_partitions_across_sentences` (the members of a complete partition, urban and rural
say, one sentence each after other figures, and the total before them),
`link_exclusive_kinds_after_a_total` (levels of one sentence named by a total's head noun
with kinds that cannot overlap, "private" and "fleet", after the total: at most it together),
`link_totals_of_the_sentence_before` (a sentence of one level opening on words that total the
levels of the sentence before: "Together, that comes to ..."),
`link_adjusted_to_reported` (a company's adjusted figure, the sum of its reported one and the
charges a later sentence says the adjusted measure excludes) and
`link_restatements_across_sentences` (a level stated again with other rounding under the
same name) and `link_changes_to_structure_shares` (the change in points of each share of a
structure, in its sentence or the next: together zero; stated in its sentence). What counts as the same quantity is strict (a false alarm is worse than a miss):
the same entity, metric names that match word for word (a qualifier before the same head
noun at most), the same unit, compatible periods. Any doubt (two candidates of other values, a
level its own sentence already pairs) leaves the figures unlinked.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from . import lexicon as lx
from .link_patterns import TO_LEVEL, same_family, written_step
from .mentions import Mention
from .prefilter import Prefiltered, fold

if TYPE_CHECKING:
    from .links import DraftClaim, Relation


class DraftSoFar(NamedTuple):
    """What the sentence-by-sentence analysis drafted, which the readings across sentences
    extend: its claims, the mentions they stand on, the relations (appended to), the metrics'
    vocabulary (parts and sums declared in it), the text, the confidence of a guess, and the
    pairs of mentions the text joins with no relation of their own (appended to)."""

    claims: Sequence[DraftClaim]
    mentions: Sequence[Mention]
    relations: list
    metrics: dict
    text: str
    guessed: float
    stated_joins: list[tuple[int, int]]


__all__ = [
    "READINGS",
    "DraftSoFar",
    "link_adjusted_to_reported",
    "link_annualized_to_quarter",
    "link_amount_and_percent_to_level",
    "link_changes_across_sentences",
    "link_changes_to_pair_after",
    "link_changes_to_pairs",
    "link_changes_to_structure_shares",
    "link_exclusive_kinds_after_a_total",
    "link_partitions_across_sentences",
    "link_parts_an_owner_includes",
    "link_parts_named_within",
    "link_restatements_across_sentences",
    "link_shares_of_the_total_before",
    "link_shares_to_siblings_whole",
    "link_totals_of_the_sentence_before",
    "link_unnamed_changes_to_pair_before",
]

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


def may_span(text: str, change: DraftClaim, earlier: DraftClaim, later: DraftClaim) -> bool:
    """Whether a change may be the change between two levels of other words: not when the
    change says it is on a year earlier ("up 9.7% on a year earlier") and the levels are not
    known to be a year apart ("£163,645 in January, up from £162,654 in December")."""
    if not lx.YOY_RE.search(text, *change.quote):
        return True
    return earlier.period is not None and _year_earlier(later.period) == earlier.period


def _period_before(period: str | None) -> str | None:
    """The month, quarter or half just before a part of a year ("2024-03" -> "2024-02",
    "2024-Q1" -> "2023-Q4"); None for a whole year."""
    match = _PERIOD.match(period or "")
    if match is None or match.group("part") is None:
        return None
    year, part = int(match.group("year")), match.group("part")[1:]
    if part[0] in "QH":
        count = 4 if part[0] == "Q" else 2
        number = int(part[1:])
        return f"{year}-{part[0]}{number - 1}" if number > 1 else f"{year - 1}-{part[0]}{count}"
    month = int(part)
    return f"{year}-{month - 1:02d}" if month > 1 else f"{year - 1}-12"


@functools.lru_cache(maxsize=4096)  # asked of each level's name by several passes in turn
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


def link_changes_across_sentences(drafted: DraftSoFar) -> None:
    """A level of a year whose sentence gives no earlier level, and the one level of the same
    quantity (same entity, same metric or the same with a qualifier, same unit) a year earlier
    in another sentence: two levels of one quantity (`from_to`). When the later level's
    sentence states one change of that quantity with no base, the change is drafted between
    the two levels (its claim's `from` and `to`), below certainty; a change the text says is
    on the month or quarter before ("month on month", 环比) is drafted from the level of that
    month or quarter instead."""
    claims, mentions, relations, _, text, guessed, _ = drafted
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
        change = _change_without_base(claims, mentions, later, changes[later.sentence])
        sequential = change is not None and lx.SEQUENTIAL_CHANGE_RE.search(
            text, *claims[change].quote
        )
        before = _period_before(key[3]) if sequential else _year_earlier(key[3])
        earlier = _earlier_level(index, key, later, before)
        if earlier is None or earlier.mention in paired:
            continue
        relations.append(Relation("from_to", (earlier.mention, later.mention), stated=False))
        if change is not None:
            _draft_change(claims, change, earlier, later, guessed)
            relations.append(
                Relation(
                    "change",
                    (claims[change].mention, earlier.mention, later.mention),
                    stated=False,
                )
            )


def _earlier_level(
    index: dict[_Key, list[_Level]], key: _Key, later: _Level, earlier_period: str | None
) -> _Level | None:
    """The one level of the same quantity at `earlier_period`, in another sentence."""
    entity, head, unit, _ = key
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
    claims: Sequence[DraftClaim], mentions: Sequence[Mention], later: _Level, found: list[int]
) -> int | None:
    """The index of the one change of `later`'s sentence (`found`: its changes) that names its
    quantity and has no base of its own, in a unit that can change the level; None if none,
    or two."""
    if len(found) != 1:
        return None
    change = claims[found[0]]
    fits = _fits(mentions[change.mention].unit, mentions[later.mention].unit)
    if not fits or _has_base(change) or not _same_quantity(change.metric, later.metric):
        return None
    return found[0]


def _has_base(change: DraftClaim) -> bool:
    return bool(change.start_claim is not None or change.start or change.years or change.basis)


def _change_of_pair(
    claims: Sequence[DraftClaim],
    relations: list[Relation],
    number: int,
    pair: tuple[int, int],
    guessed: float,
) -> None:
    """Draft claim `number` as the change between the pair's two levels (a reading, below
    certainty) and record the relation, not stated."""
    from .links import Relation  # links imports this module

    first, second = pair
    _draft_change(claims, number, _level(claims, first), _level(claims, second), guessed)
    relations.append(
        Relation(
            "change",
            (claims[number].mention, claims[first].mention, claims[second].mention),
            stated=False,
        )
    )


def _draft_change(
    claims: Sequence[DraftClaim], change: int, earlier: _Level, later: _Level, guessed: float
) -> None:
    """The change claim `change` drafted between two levels of other sentences, below
    certainty, with a note saying so in the draft."""
    claim = claims[change]
    claim.start_claim, claim.end_claim = earlier.claim, later.claim
    claim.metric = claims[later.claim].metric
    claim.period = claim.basis = None
    claim.confidence = min(claim.confidence, guessed)
    claim.notes.append(
        "its levels are read from another sentence naming the same quantity: check that they "
        "measure the same thing"
    )


# ---------------------------------------------------------------- a change and a pair elsewhere

# how many sentences apart a change and the pair of levels it may measure are looked for
_PAIR_REACH = 8


def _fits(change_unit: str, level_unit: str) -> bool:
    """Whether a change in `change_unit` can be the change between two levels in
    `level_unit`: a percentage or a factor of any level (between two percentages, writers
    give points as percent: the rule on points tells them apart), points of percentages, an
    amount of its own family."""
    if change_unit in ("%", "x"):
        return True
    if change_unit == "pp":
        return level_unit == "%"
    return same_family(change_unit, level_unit, exact=True)


def link_changes_to_pairs(drafted: DraftSoFar) -> None:
    """A change with no base, alone in its sentence with no level of its quantity ("the deal
    cuts payroll taxes by 2%"), and the one pair of levels ("from X to Y") the text states in
    a sentence near it for the same entity and a metric named by the change's words and maybe
    more ("the payroll tax rate goes from 6.2% to 4.2%"): the change drafted between them,
    below certainty. Pairs of the same two values are one pair restated; pairs of other values
    leave the change unlinked. Names compare with their inflections cut ("taxes", "tax"), as
    the headline matching does (`lexicon.stems`)."""
    claims, mentions, relations, _, text, guessed, _ = drafted

    stated_pairs = [r for r in relations if r.type == "from_to" and r.stated]
    if not stated_pairs:
        return  # no pair of levels for a change to fall between
    pairs: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    paired = _paired_levels(relations)
    levels_in: set[int] = set()  # sentences with a level
    for claim in claims:
        if claim.kind == "value":
            levels_in.add(claim.sentence)
    claim_of = {claim.mention: number for number, claim in enumerate(claims)}
    for relation in stated_pairs:
        first, second = (claim_of.get(m) for m in relation.mentions)
        if first is None or second is None:
            continue
        for key in _name_keys(claims[first].metric):
            pairs[(claims[first].entity, key)].append((claims[first].sentence, first, second))
    for number, claim in enumerate(claims):
        if claim.kind != "change" or claim.mention in paired or claim.sentence in levels_in:
            continue
        if _has_base(claim) or _given_out_respectively(claims, mentions, text, claim):
            continue
        found = _pair_named(claims, mentions, claim, pairs)
        if found is None:
            continue
        first, second = found
        if not may_span(text, claim, claims[first], claims[second]):
            continue
        if not _dated_as_pair(text, mentions, claim, (claims[first], claims[second])):
            continue
        _change_of_pair(claims, relations, number, (first, second), guessed)


def _dated_as_pair(
    text: str,
    mentions: Sequence[Mention],
    change: DraftClaim,
    pair: tuple[DraftClaim, DraftClaim],
) -> bool:
    """Whether a change's own words (its quote) name no year but those of its pair of levels
    (their sentence's years, their periods'): a change its words date to another year ("this
    comes after prices in the last quarter of 2021 went up 3.4%") is an earlier change, not the
    change between levels the text gives no such year."""
    named = set(_YEAR.findall(text, *change.quote))
    pair_years = _years_around(text, mentions[pair[1].mention])
    for level in pair:
        pair_years |= _years_of(level.period)
    return named <= pair_years


def _given_out_respectively(
    claims: Sequence[DraftClaim], mentions: Sequence[Mention], text: str, change: DraftClaim
) -> bool:
    """Whether a change is one of a list of changes its sentence gives out "respectively" to
    a list of things ("falls of 25%, 4% and 5% respectively for the colleges, the language
    schools and the academies"): which thing each is the change of, its name cannot tell, so
    no pair of levels elsewhere is looked for by it."""
    if sum(c.kind == "change" and c.sentence == change.sentence for c in claims) < 2:
        return False
    mention = mentions[change.mention]
    after = _SENTENCE_END.search(text, mention.end, mention.end + _SENTENCE_REACH)
    end = after.start() if after else min(len(text), mention.end + _SENTENCE_REACH)
    return lx.RESPECTIVELY_RE.search(text, mention.end, end) is not None


def _level(claims: Sequence[DraftClaim], number: int) -> _Level:
    claim = claims[number]
    return _Level(number, claim.mention, claim.sentence, claim.metric)


# a Chinese metric name holds at least this many characters, and a name restating it at most
# this many more (the namer keeps a trailing auxiliary: 将, 比上年)
_CJK_NAME, _CJK_TRAIL = 4, 3


def _name_keys(metric: str) -> list[str]:
    """The keys a pair of levels is indexed by: each stem of its naming words, or the first
    characters of a Chinese name."""
    if _CJK.search(metric):
        name = "".join(_words(metric))
        return [name[:_CJK_NAME]] if len(name) >= _CJK_NAME else []
    return sorted(lx.stems(frozenset(_words(metric))))


def _change_names_levels(change: str, levels: str) -> bool:
    """Whether a change's metric names the quantity of a pair of levels: every naming word of
    the change (two at least: one word names too little) among the levels' words; in Chinese,
    one name the other with at most a few characters more after it. Never levels named as a
    share of what the change names alone ("permits fell 20%" / "their share of permits rose
    from 64% to 70%"): a share is another quantity than its part."""
    if _names_share(levels) and not _names_share(change):
        return False
    if _CJK.search(change) or _CJK.search(levels):
        short, long = sorted(("".join(_words(change)), "".join(_words(levels))), key=len)
        return (
            len(short) >= _CJK_NAME
            and long.startswith(short)
            and len(long) - len(short) <= _CJK_TRAIL
        )
    named = lx.stems(frozenset(_words(change)))
    return len(named) >= 2 and named <= lx.stems(frozenset(_words(levels)))


def _names_share(metric: str) -> bool:
    """Whether a metric's name calls it a share ("share", "proportion", 比重, 占比)."""
    return any(
        word in lx.SHARE_NOUNS or (_CJK.search(word) and any(n in word for n in lx.SHARE_NOUNS))
        for word in _words(metric)
    )


def _pair_named(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    change: DraftClaim,
    pairs: dict[tuple[str, str], list[tuple[int, int, int]]],
) -> tuple[int, int] | None:
    """The one pair of levels near `change` whose metric its metric names
    (`_change_names_levels`), in a unit the change can move: pairs of the same two values are
    one pair restated, pairs of other values leave the change unlinked."""
    metric, unit = change.metric, mentions[change.mention].unit
    keys = _name_keys(metric)
    if not keys:
        return None
    found: dict[tuple[str, str], tuple[int, int]] = {}
    for _, first, second in pairs.get((change.entity, keys[0]), []):
        if abs(claims[first].sentence - change.sentence) > _PAIR_REACH:
            continue
        if not _change_names_levels(metric, claims[first].metric):
            continue
        if not _fits(unit, mentions[claims[first].mention].unit):
            continue
        values = (claims[first].value, claims[second].value)
        found.setdefault(values, (first, second))
    if len(found) != 1:
        return None
    return next(iter(found.values()))


# the name the draft gives a figure whose words name nothing ("figure_5")
_UNNAMED = re.compile(r"figure(?:_\d+)?")


def link_unnamed_changes_to_pair_before(drafted: DraftSoFar) -> None:
    """A change with no base, the only figure of its sentence, whose words name nothing it
    changes ("... a mere 0.3 percentage point, in other words."), right after a sentence
    stating one pair of levels of one entity in a unit it can move ("the rate rose from 5.1
    percent to 5.4 percent"): the change between them, below certainty, the sentence going on
    about the pair. Only the sentence just before, one pair there (two: which one?), and a
    change the namer found no words for (a change naming anything is left to
    `link_changes_to_pairs`, which compares names)."""
    claims, mentions, relations, _, text, guessed, _ = drafted

    pairs = _stated_pairs_by_sentence(claims, relations)
    if not pairs:
        return
    figures = Counter(claim.sentence for claim in claims)
    paired = _paired_levels(relations)
    for number, change in enumerate(claims):
        if change.kind != "change" or figures[change.sentence] != 1 or change.mention in paired:
            continue
        if _UNNAMED.fullmatch(change.metric) is None or _has_base(change):
            continue
        before = {(claims[a].value, claims[b].value): (a, b) for a, b in pairs[change.sentence - 1]}
        if len(before) != 1:
            continue
        first, second = next(iter(before.values()))
        if claims[first].entity != change.entity or not may_span(
            text, change, claims[first], claims[second]
        ):
            continue
        if not _fits(mentions[change.mention].unit, mentions[claims[first].mention].unit):
            continue
        _change_of_pair(claims, relations, number, (first, second), guessed)


def _stated_pairs_by_sentence(
    claims: Sequence[DraftClaim], relations: list
) -> dict[int, list[tuple[int, int]]]:
    """The pairs of levels a sentence states ("from X to Y"), as claim numbers, by sentence."""
    claim_of = {claim.mention: number for number, claim in enumerate(claims)}
    pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for relation in relations:
        if relation.type == "from_to" and relation.stated:
            first, second = (claim_of.get(m) for m in relation.mentions)
            if first is not None and second is not None:
                pairs[claims[first].sentence].append((first, second))
    return pairs


# the units of a span of time ("over the past five years"): a duration beside a change is
# no level of its quantity
_DURATIONS = frozenset(lx.DURATION_UNITS.values())


def link_changes_to_pair_after(drafted: DraftSoFar) -> None:
    """A change with no base, the only level-free figure of its sentence besides durations
    ("Delayed transfers of care rose 31.1 per cent on the same week last year."), right before
    a sentence stating one pair of levels of one entity ("There were 14,307 delays compared to
    10,913 last year."): the change between them, below certainty, the next sentence giving
    the figures it moved between. The pair's head noun must be one of the change's naming
    words, inflections cut ("delays", "delayed transfers"): `link_changes_to_pairs` asks the
    other way round (every word of the change among the pair's) and misses the shorter name
    a writer uses the second time. Only the sentence just after, one pair there (two: which
    one?), English names (a Chinese pair is named in full, read by the other passes)."""
    claims, mentions, relations, _, text, guessed, _ = drafted

    pairs = _stated_pairs_by_sentence(claims, relations)
    if not pairs:
        return
    figures = Counter(
        claim.sentence for claim in claims if mentions[claim.mention].unit not in _DURATIONS
    )
    paired = _paired_levels(relations)
    for number, change in enumerate(claims):
        if change.kind != "change" or figures[change.sentence] != 1 or change.mention in paired:
            continue
        if _has_base(change) or _CJK.search(change.metric):
            continue
        after = {(claims[a].value, claims[b].value): (a, b) for a, b in pairs[change.sentence + 1]}
        if len(after) != 1:
            continue
        first, second = next(iter(after.values()))
        if not _pair_named_by_change(change, claims[first]) or not may_span(
            text, change, claims[first], claims[second]
        ):
            continue
        if _fits(mentions[change.mention].unit, mentions[claims[first].mention].unit):
            _change_of_pair(claims, relations, number, (first, second), guessed)


def _pair_named_by_change(change: DraftClaim, level: DraftClaim) -> bool:
    """Whether a pair's level names what a change measures: one entity, the level's head noun
    among the change's naming words (inflections cut)."""
    if change.entity != level.entity or _UNNAMED.fullmatch(level.metric) is not None:
        return False
    head = _head(level.metric)
    return bool(head) and lx.stems(frozenset({head})) <= lx.stems(frozenset(_words(change.metric)))


# ---------------------------------------------------------------- an amount and a percent apart

# how far before a level its "to" is looked for ("rose 5% to about 4.2 million")
_TO_REACH = 20


class _Reached(NamedTuple):
    level: int  # the claim of a level a change of its sentence led to ("rose 5% to 4.2 million")
    change: int  # that change's claim


def link_amount_and_percent_to_level(drafted: DraftSoFar) -> None:
    """A level a change of its sentence led to ("container volume rose 5% to 4.2 million"),
    and in another sentence nearby the change of the same quantity in the other form, an
    amount for a percentage or a percentage for an amount ("container volume rose by 200,000
    in 2024"), alone in a sentence with no level: both changes led to that level (`change_of`
    each), so the amount and the percentage check each other against it, below certainty.
    The same entity and metric name, the other change's sentence naming no year but the
    level's, the level the only one of its quantity in the text and one such change for it
    (two: which one is meant?)."""
    claims, mentions, relations, _, text, guessed, _ = drafted
    from .links import Relation

    reached = _levels_reached(claims, mentions, text)
    if not reached:
        return
    levels_in = {claim.sentence for claim in claims if claim.kind == "value"}
    changes_in = Counter(claim.sentence for claim in claims if claim.kind == "change")
    apart: dict[_Reached, list[int]] = defaultdict(list)  # the changes apart of each level
    for number, change in enumerate(claims):
        if change.kind != "change" or change.sentence in levels_in or _has_base(change):
            continue
        found = reached.get((change.entity, change.metric), [])
        if len(found) != 1 or changes_in[change.sentence] != 1 or change.end_claim is not None:
            continue
        level, other = claims[found[0].level], claims[found[0].change]
        if not 0 < abs(change.sentence - level.sentence) <= _PAIR_REACH:
            continue
        if change.period not in (None, level.period):
            continue
        if not _years_around(text, mentions[change.mention]) <= _years_of(level.period):
            continue
        if _other_form(mentions, change, other, level) and not _level_between(
            claims, mentions, change, level
        ):
            apart[found[0]].append(number)
    for pair, numbers in apart.items():
        if len(numbers) != 1:
            continue
        for joined in (pair.change, numbers[0]):
            claims[joined].end_claim = pair.level
            claims[joined].confidence = min(claims[joined].confidence, guessed)
            claims[joined].notes.append(
                "read with a change of the same quantity another sentence states, as led to "
                "the same level: check that they are the same change"
            )
            relations.append(
                Relation(
                    "change_of", (claims[joined].mention, claims[pair.level].mention), stated=False
                )
            )


def _level_between(
    claims: Sequence[DraftClaim], mentions: Sequence[Mention], change: DraftClaim, level: DraftClaim
) -> bool:
    """Whether a sentence between a change and the level it would be read as leading to gives
    another level in that level's unit ("prices ended the year £15,000 higher" / "the typical
    home was worth £220,000" / "in one region prices rose 7% to £236,000"): the change may
    lead to that one as well (which one is meant?)."""
    low, high = sorted((change.sentence, level.sentence))
    unit = mentions[level.mention].unit
    return any(
        low < claim.sentence < high
        and claim.kind == "value"
        and mentions[claim.mention].unit == unit
        for claim in claims
    )


def _levels_reached(
    claims: Sequence[DraftClaim], mentions: Sequence[Mention], text: str
) -> dict[tuple[str, str], list[_Reached]]:
    """By (entity, metric): the levels written after "to" that the one change of their
    sentence, with no base and no level of its own, led to, when the level is the only one of
    its metric in the sentence."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    levels_of = Counter((c.entity, c.metric) for c in claims if c.kind == "value")
    for number, claim in enumerate(claims):
        by_sentence[claim.sentence].append(number)
    reached: dict[tuple[str, str], list[_Reached]] = defaultdict(list)
    for numbers in by_sentence.values():
        changes = [n for n in numbers if claims[n].kind == "change"]
        if len(changes) != 1 or _has_base(claims[changes[0]]):
            continue
        change = claims[changes[0]]
        if change.end_claim is not None:
            continue  # already tied to a level of its sentence
        levels = [
            n for n in numbers if claims[n].kind == "value" and claims[n].metric == change.metric
        ]
        if len(levels) != 1 or levels_of[(change.entity, change.metric)] != 1:
            continue
        mention = mentions[claims[levels[0]].mention]
        if TO_LEVEL.search(text, max(0, mention.start - _TO_REACH), mention.start):
            key = (change.entity, change.metric)
            reached[key].append(_Reached(levels[0], changes[0]))
    return reached


# where a sentence ends (a full stop before a space, not a decimal point), and a year in it
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|[。！？；\n]")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
# how far around a figure its sentence is looked at
_SENTENCE_REACH = 300


def _years_around(text: str, mention: Mention) -> set[str]:
    """The years written in the sentence of a figure."""
    lower = max(0, mention.start - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lower, mention.start)]
    after = _SENTENCE_END.search(text, mention.end, mention.end + _SENTENCE_REACH)
    end = after.start() if after else min(len(text), mention.end + _SENTENCE_REACH)
    return set(_YEAR.findall(text, ends[-1] if ends else lower, end))


def _years_of(period: str | None) -> set[str]:
    match = _PERIOD.match(period or "")
    return {match.group("year")} if match else set()


def _other_form(
    mentions: Sequence[Mention], change: DraftClaim, other: DraftClaim, level: DraftClaim
) -> bool:
    """Whether two changes of one level are an amount of the level's family and a
    percentage, one each."""
    units = {mentions[c.mention].unit for c in (change, other)}
    level_unit = mentions[level.mention].unit
    if "%" not in units or len(units) != 2 or level_unit in _NOT_ADDITIVE:
        return False
    (amount,) = units - {"%"}
    return same_family(amount, level_unit, exact=True)


# ---------------------------------------------------------------- a part named within its whole

# what joins a whole's name to the words that narrow it to a part ("online sales of books",
# "exports to Asia", "revenue from services")
_NARROWED_BY = r"\s+(?:of|in|from|on|among|by|to)\s+"
# the least a whole's name holds: two English words, or four Chinese characters ending in a
# word of totals (利润总额); one word or a short name names too little to tell a part by
_WHOLE_WORDS, _WHOLE_CJK = 2, 4
# units of figures that are no amounts: a part of a percentage, a factor or a rate is no part
_NOT_ADDITIVE = frozenset({"%", "pp", "x"})
# words narrowing a name to a time ("sales of the previous quarter"): the quantity at another
# time, never a part of it
_TIME_WORDS = lx.TIME_NOUNS | lx.TIME_MODIFIERS


def _cjk_name(metric: str) -> str:
    """The Chinese characters of a drafted metric's naming words (a "_money" or "_count" the
    namer adds to tell two figures apart is no word of the name)."""
    if metric.isascii():
        return ""  # most names: no Chinese, and no word to look at
    return "".join(w for w in _words(metric) if _CJK.search(w))


def _whole_names(metric: str) -> tuple[tuple[str, ...] | str, ...]:
    """The names of the wholes a level's metric may narrow, the longest first: the leading
    words of an English name, followed in the text by "of", "in", "from" ("online retail
    sales of physical goods" narrows "online retail sales"); the trailing characters of a
    Chinese name that end in a word of totals, after a group (股份制企业利润总额 narrows
    利润总额)."""
    return _wholes_of_name(_name_key(metric))


# read once a name: metrics named apart by a number ("figure_2", "figure_3": a list's bare
# figures) share their naming words
@functools.lru_cache(maxsize=4096)
def _wholes_of_name(name: tuple[str, ...] | str) -> tuple[tuple[str, ...] | str, ...]:
    if isinstance(name, str):
        return tuple(
            name[start:]
            for start in range(2, len(name) - _WHOLE_CJK + 1)
            if lx.TOTAL_OF_ZH_RE.search(name[start:])
            and not lx.CJK_TIME_IN_NAME_RE.search(name[:start])
        )
    return tuple(
        name[:end]
        for end in range(len(name) - 1, _WHOLE_WORDS - 1, -1)
        if not _TIME_WORDS & set(name[end:])
    )


def _name_key(metric: str) -> tuple[str, ...] | str:
    return _cjk_name(metric) or _words(metric)


def _additive_level(claim: DraftClaim, mentions: Sequence[Mention], text: str) -> bool:
    """Whether a claim is a level that parts can add up to: an amount or a count, never a
    percentage, a factor, a rate per something or an average per head."""
    unit = mentions[claim.mention].unit
    if claim.kind != "value" or claim.converts is not None or unit in _NOT_ADDITIVE:
        return False
    return "/" not in unit and not _PER_HEAD.search(text[slice(*claim.quote)])


# asked of every level's quote, seldom found
_PER_HEAD = Prefiltered(lx.PER_HEAD_RE)


def _narrows_in_text(whole: tuple[str, ...] | str, part: DraftClaim, text: str) -> bool:
    """Whether the part's clause writes the whole's name and narrows it by a preposition
    ("sales of e-books"): a name the namer joined otherwise ("net income per share") is no
    part. A Chinese name narrows by the group written before it."""
    if isinstance(whole, str):
        return True
    written = r"\b" + r"\W+".join(map(re.escape, whole)) + _NARROWED_BY
    return re.search(written, text[slice(*part.quote)], re.IGNORECASE) is not None


def link_parts_named_within(drafted: DraftSoFar) -> None:
    """A level named by the name of a level stated in an earlier sentence, narrowed ("Online
    retail sales reached 900 billion euros. ... Online retail sales of furniture were 70
    billion euros"; 利润总额 ... 国有企业利润总额): a part of that whole (`part_of`), below
    certainty. Only the same entity, unit and period (a part the text dates nowhere is left
    alone when its whole is dated: the part may be of another time); the nearest earlier
    sentence naming the whole, one value there. A part already declared of a whole, or named
    by two levels, is left alone."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    levels_of = Counter(c.metric for c in claims if c.kind == "value")
    tied = {m for r in relations if r.type in ("part_of", "sum") for m in r.mentions}
    # (entity, unit, period, name): the claims of the latest sentence naming a level so
    latest: dict[tuple, list[int]] = {}
    for number, claim in enumerate(claims):
        if not _additive_level(claim, mentions, text):
            continue
        base = (claim.entity, mentions[claim.mention].unit, claim.period)
        if levels_of[claim.metric] == 1 and claim.mention not in tied:
            whole = _whole_before(claims, latest, base, claim, text)
            if whole is not None and _may_be_part_of(metrics, claim.metric, whole.metric):
                _draft_part(claims, metrics, relations, number, whole, guessed)
        _index(latest, (*base, _name_key(claim.metric)), claims, number)


def link_parts_an_owner_includes(drafted: DraftSoFar) -> None:
    """A count in a sentence opening on an owner's level that includes it ("The county's
    deaths include five children"), after a level of that noun said of that owner a few
    sentences before ("Storms caused 40 deaths in the county"): a part of that level, below
    certainty. Only the nearest such level, one value, its unit; a part already tied is left
    alone."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    tied = {m for r in relations if r.type in ("part_of", "sum") for m in r.mentions}
    for number, claim in enumerate(claims):
        mention = mentions[claim.mention]
        if claim.mention in tied or not _additive_level(claim, mentions, text):
            continue
        if "includ" not in text[max(0, mention.start - 30) : mention.start].lower():
            continue  # most figures: no "include(s|d)" right before, no sentence start to find
        included = _OWNER_INCLUDES.match(text, _sentence_start(text, mention), mention.start)
        if included is None:
            continue
        whole = _owners_level_before(claims, mentions, text, number, included)
        if whole is not None and _may_be_part_of(metrics, claim.metric, whole.metric):
            _draft_part(claims, metrics, relations, number, whole, guessed)


# a sentence opening on an owner's level that includes the figure after it: "North Shore's
# deaths include", "The county's jobs included"
_OWNER_INCLUDES = re.compile(
    r"\s*(?:the\s+)?(?P<owner>[\w.-]+(?:\s+[\w.-]+){0,3}?)['’]s?\s+(?P<noun>[a-z]+)\s+"
    r"(?:include|includes|included)\s+(?:at\s+least\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)


_OWN_CLAUSE_CUT = re.compile(r"[\d,;:]")


def _owners_level_before(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    text: str,
    number: int,
    included: re.Match[str],
) -> DraftClaim | None:
    """The level of the included noun in the nearest earlier sentence (within a few) whose
    clause names the owner: the only one there, else None."""
    part = claims[number]
    unit = mentions[part.mention].unit
    owner = [w.lower() for w in re.findall(r"[\w-]+", included.group("owner"))]
    noun = included.group("noun").lower()
    found: list[DraftClaim] = []
    for earlier in reversed(claims[:number]):
        if earlier.sentence == part.sentence:
            continue
        if found and earlier.sentence != found[0].sentence:
            break
        if part.sentence - earlier.sentence > _PARTITION_REACH:
            break
        level = mentions[earlier.mention]
        counted = (level.noun or "").lower().split()
        if level.unit != unit or not counted or counted[-1] != noun:
            continue
        # the words of its own figure's clause, not a figure beside it ("40 deaths in A and
        # 12 in B")
        start, end = earlier.quote
        own = _OWN_CLAUSE_CUT.split(text[start : level.start])[-1]
        own += _OWN_CLAUSE_CUT.split(text[level.end : end])[0]
        if _additive_level(earlier, mentions, text) and all(
            re.search(rf"\b{re.escape(w)}\b", own, re.IGNORECASE) for w in owner
        ):
            found.append(earlier)
    return found[0] if len({c.value for c in found}) == 1 else None


def _whole_before(
    claims: Sequence[DraftClaim],
    latest: dict[tuple, list[int]],
    base: tuple,
    part: DraftClaim,
    text: str,
) -> DraftClaim | None:
    """The one level, in the nearest earlier sentence naming it, of the longest whole the
    part's name narrows; None if there none, or two of other values."""
    for name in _whole_names(part.metric):
        found = latest.get((*base, name))
        if not found or not _narrows_in_text(name, part, text):
            continue
        values = {claims[n].value for n in found}
        if claims[found[0]].sentence == part.sentence or len(values) != 1:
            return None
        return claims[found[0]]
    return None


def _may_be_part_of(metrics: dict, part: str, whole: str) -> bool:
    """Whether `part` can be declared a part of `whole`: no whole of its own yet, and `whole`
    no part of it (a cycle)."""
    drafted = metrics.get(part)
    if drafted is None or drafted.part_of is not None or part == whole:
        return False
    seen, current = {whole}, metrics.get(whole)
    while current is not None and current.part_of and current.part_of not in seen:
        if current.part_of == part:
            return False
        seen.add(current.part_of)
        current = metrics.get(current.part_of)
    return whole in metrics


def _draft_part(
    claims: Sequence[DraftClaim],
    metrics: dict,
    relations: list,
    part: int,
    whole: DraftClaim,
    guessed: float,
) -> None:
    from .links import Relation

    claim = claims[part]
    metrics[claim.metric].part_of = whole.metric
    claim.confidence = min(claim.confidence, guessed)
    claim.notes.append(
        "read as a part of a total another sentence names the same way: check that it is one"
    )
    relations.append(Relation("part_of", (claim.mention, whole.mention), stated=False))


# ---------------------------------------------------------------- a share beside its siblings'


# words naming the whole of a share after it ("40% of exports"; "of the total" names none) or
# before it (占出口的比重为40%; 占比40% names none)
_WHOLE_NAMED_AFTER = re.compile(r"\s*of\s+(?!(?:the\s+)?(?:total|all|whole)\b)\w", re.IGNORECASE)
_WHOLE_NAMED_BEFORE = re.compile(r"占(?!比)[^\d，。,;；]{2,}$")


def _names_no_whole(text: str, mention: Mention) -> bool:
    return not (
        _WHOLE_NAMED_AFTER.match(text, mention.end)
        or _WHOLE_NAMED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


def link_shares_to_siblings_whole(drafted: DraftSoFar) -> None:
    """A share whose words name no whole ("accounting for 40 percent", 占比40%), after a part
    of its sentence, when a sentence before gives a part of the same kind (the same head
    noun, unit and entity) with its share of a whole the text names ("... accounting for 6%
    of GDP"): a share of that whole too, the parts being listed one sentence each. Below
    certainty; only the nearest such share within a few sentences, one level before the share
    in its sentence, and the whole's period (a part the text dates nowhere takes it, when the
    whole is given for that period only)."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    claim_of = {claim.mention: number for number, claim in enumerate(claims)}
    periods_of = _periods_of(claims)
    levels_before = _levels_before_shares(claims, mentions)
    made_up: set[str] = set()  # the names the drafter had made up for the shares' wholes
    sibling: tuple = ()  # the mentions of the latest share with its part and whole
    for position, relation in enumerate(relations):
        if relation.type != "share" or relation.mentions[0] not in claim_of:
            continue
        if len(relation.mentions) == 3 and all(m in claim_of for m in relation.mentions):
            sibling = relation.mentions
            continue
        share = claims[claim_of[relation.mentions[0]]]
        part = levels_before.get(relation.mentions[0])
        if not sibling or part is None or share.of != f"{share.metric}_total":
            continue
        if not _names_no_whole(text, mentions[share.mention]):
            continue
        whole = claims[claim_of[sibling[2]]]
        if not _sibling_of(claims[claim_of[sibling[1]]], claims[part], share, mentions):
            continue
        if claims[part].period not in (whole.period, None) or len(periods_of[whole.metric]) > 1:
            continue
        made_up.add(share.of)
        relations[position] = _draft_sibling_share(claims, metrics, share, part, whole, guessed)
    _drop_unused(claims, metrics, made_up)


def _levels_before_shares(claims: Sequence[DraftClaim], mentions: Sequence[Mention]) -> dict:
    """For each share, the one amount or count of its sentence before it (by mention), when
    there is exactly one: the part it is the share of."""
    found: dict[int, int] = {}
    levels: list[int] = []  # the levels of the current sentence before the current claim
    sentence = -1
    for number, claim in enumerate(claims):
        if claim.sentence != sentence:
            sentence, levels = claim.sentence, []
        if claim.kind == "share" and len(levels) == 1:
            found[claim.mention] = levels[0]
        unit = mentions[claim.mention].unit
        if claim.kind == "value" and unit not in _NOT_ADDITIVE and "/" not in unit:
            levels.append(number)
    return found


def _sibling_of(
    sibling: DraftClaim, part: DraftClaim, share: DraftClaim, mentions: Sequence[Mention]
) -> bool:
    """Whether `part` (of the share `share`) and `sibling` are parts of one kind: another
    metric with the same head noun, the same entity and unit, a few sentences apart."""
    return (
        sibling.metric != part.metric
        and _head(sibling.metric) == _head(part.metric) != ""
        and sibling.entity == part.entity
        and mentions[sibling.mention].unit == mentions[part.mention].unit
        and 0 < share.sentence - sibling.sentence <= _PAIR_REACH
    )


def _draft_sibling_share(
    claims: Sequence[DraftClaim],
    metrics: dict,
    share: DraftClaim,
    part: int,
    whole: DraftClaim,
    guessed: float,
):
    """The share claim `share` drafted as the share of the level `part` in `whole`, below
    certainty (the part too, when it takes the whole's period), and its relation."""
    from .links import Relation

    part_claim = claims[part]
    placeholder = share.of
    share.metric, share.entity = part_claim.metric, part_claim.entity
    share.of, share.period = whole.metric, whole.period
    share.confidence = min(share.confidence, guessed)
    if part_claim.period != whole.period:
        part_claim.period = whole.period
        part_claim.confidence = min(part_claim.confidence, guessed)
        part_claim.notes.append("the period of the whole the text says this is a share of")
    share.notes.append(
        "its whole is read from the parts listed before it with their shares: check that it "
        "is the same"
    )
    drafted = metrics.get(part_claim.metric)
    if drafted is not None and drafted.part_of == placeholder:
        drafted.part_of = whole.metric
    return Relation(
        "share", (share.mention, part_claim.mention, whole.mention), whole.metric, False
    )


def _periods_of(claims: Sequence[DraftClaim]) -> dict[str, set[str | None]]:
    """The periods each metric's levels are given for."""
    periods: dict[str, set[str | None]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "value":
            periods[claim.metric].add(claim.period)
    return periods


def _drop_unused(claims: Sequence[DraftClaim], metrics: dict, made_up: set[str]) -> None:
    """The names made up for wholes the shares are now of, dropped from the vocabulary when no
    claim and no metric uses them any more (one pass each, however many shares)."""
    if not made_up:
        return
    used = {name for c in claims for name in (c.metric, c.of)}
    used.update(m.part_of for m in metrics.values())
    for name in made_up - used:
        metrics.pop(name, None)


# ---------------------------------------------------------------- a share of the total before

# words pointing a share at a total they do not name: "30% of the total", "of all",
# 占总数的30%
_OF_THE_TOTAL_AFTER = re.compile(r"\s*of\s+(?:the\s+(?:total|whole)|all)\b", re.IGNORECASE)
_OF_THE_TOTAL_BEFORE = re.compile(
    r"占(?:总数|總數|总量|總量|全部)的?(?:比重|比例)?(?:为|為|达|達)?\s*$"
)


def _points_at_the_total(text: str, mention: Mention) -> bool:
    return bool(
        _OF_THE_TOTAL_AFTER.match(text, mention.end)
        or _OF_THE_TOTAL_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    )


def _narrows_name(part: str, whole: str) -> bool:
    """Whether the part's metric is the whole's with words (characters) before it: "electric
    cars" of "cars", 入境游客 of 游客."""
    part_cjk, whole_cjk = _cjk_name(part), _cjk_name(whole)
    if part_cjk or whole_cjk:
        return (
            len(whole_cjk) >= 2 and len(part_cjk) > len(whole_cjk) and part_cjk.endswith(whole_cjk)
        )
    short, long = _words(whole), _words(part)
    return bool(short) and len(long) > len(short) and long[len(long) - len(short) :] == short


def link_shares_of_the_total_before(drafted: DraftSoFar) -> None:
    """A share "of the total" (of all, 占总数的) after its part, no total in its sentence,
    and the levels of the nearest sentence before giving the part's unit (within a few
    sentences): when they hold one value and the part is named by its name narrowed ("The
    plant made 4,000 cars. ... Electric cars made up 1,200, or 30% of the total"), the share
    of the part in that level. Below certainty; an undated part takes the level's period only
    when the level is given for that period only."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    claim_of = {claim.mention: number for number, claim in enumerate(claims)}
    unlinked = {
        r.mentions[0]
        for r in relations
        if r.type == "share" and r.mentions[1:] == (None,) and r.mentions[0] in claim_of
    }
    if not unlinked:
        return
    wholes = _totals_before(claims, mentions, text, unlinked)
    made_up: set[str] = set()  # the names the drafter had made up for the shares' wholes
    periods_of = _periods_of(claims)
    for position, relation in enumerate(relations):
        found = wholes.get(relation.mentions[0]) if relation.type == "share" else None
        if found is None or relation.mentions[1:] != (None,):
            continue
        share, part, whole = claims[claim_of[relation.mentions[0]]], found[0], claims[found[1]]
        if claims[part].period not in (whole.period, None) or len(periods_of[whole.metric]) > 1:
            continue
        made_up.add(share.of or "")
        relations[position] = _draft_sibling_share(claims, metrics, share, part, whole, guessed)
    _drop_unused(claims, metrics, made_up)


def _totals_before(
    claims: Sequence[DraftClaim], mentions: Sequence[Mention], text: str, unlinked: set[int]
) -> dict[int, tuple[int, int]]:
    """For each share of `unlinked` pointing at the total, its part and the one level it may
    be of (claim indices): see `link_shares_of_the_total_before`."""
    parts = _levels_before_shares(claims, mentions)
    # (entity, unit): the levels of the latest sentence before the current one, and of it
    earlier: dict[tuple[str, str], list[int]] = {}
    current: dict[tuple[str, str], list[int]] = {}
    sentence, found = -1, {}
    for number, claim in enumerate(claims):
        if claim.sentence != sentence:
            earlier.update(current)
            sentence, current = claim.sentence, {}
        part = parts.get(claim.mention)
        if claim.mention in unlinked and part is not None:
            key = (claims[part].entity, mentions[claims[part].mention].unit)
            levels = earlier.get(key, [])
            if (
                levels
                and len({claims[n].value for n in levels}) == 1
                and sentence - claims[levels[0]].sentence <= _PAIR_REACH
                and _narrows_name(claims[part].metric, claims[levels[0]].metric)
                and _points_at_the_total(text, mentions[claim.mention])
            ):
                found[claim.mention] = (part, levels[0])
        if _additive_level(claim, mentions, text):
            key = (claim.entity, mentions[claim.mention].unit)
            current.setdefault(key, []).append(number)
    return found


# ---------------------------------------------------------------- a partition across paragraphs


# how many sentences after a total its members may stand: the reach of the partitions read
# sentence by sentence (partitions.py), farther the total is no longer the one meant
_PARTITION_REACH = 3


@dataclass
class _Partition:
    """The levels naming the members of one complete partition of the lexicon, each by a
    total's name with the member's word ("urban" + "resident population"), and the level
    stated before the first of them under the total's name."""

    whole: list[int]  # the claims of the nearest earlier sentence naming the total
    members: dict[int, list[int]]  # member -> its claims


# any member of any complete partition: a name holding none of the literals its matches hold
# (prefilter.py) names no member, and the members are not searched one by one
_ANY_COMPLETE_MEMBER = Prefiltered(
    re.compile(
        "|".join(
            f"(?:{member.pattern})" for members in lx.COMPLETE_PARTITIONS for member in members
        ),
        re.IGNORECASE,
    )
)


def _member_named(metric: str) -> tuple[int, int, tuple[str, ...] | str] | None:
    """The one member of one complete partition a metric's name holds, and the name less it
    (the total's: 城镇常住人口 -> 常住人口, "urban_population" -> "population"); None when
    it holds none, or several."""
    cjk = _cjk_name(metric)
    return _member_in_name(cjk or " ".join(_words(metric)), bool(cjk))


@functools.lru_cache(maxsize=4096)  # read once a name, as `_wholes_of_name`
def _member_in_name(name: str, cjk: bool) -> tuple[int, int, tuple[str, ...] | str] | None:
    found = _one_member_named(name)
    if found is None:
        return None
    number, member, match = found
    rest = name[: match.start()] + name[match.end() :]
    if cjk:
        return (number, member, rest) if len(rest) >= 2 else None
    words = tuple(rest.split())
    return (number, member, words) if words else None


def link_partitions_across_sentences(drafted: DraftSoFar) -> None:
    """The members of a complete partition of the lexicon (urban and rural, exports and
    imports, central and local) each given in a sentence of its own under a total's name with
    the member's word, paragraphs after a level stated under the total's name ("The resident
    population was 1.2 million. ... The urban resident population was 800,000. ... The rural
    resident population was 400,000"): the total's sum, below certainty. Each member named
    by one level, of one value, within three sentences after the total; the total one value in
    the nearest sentence before the first member; the same entity and unit; the same period, or parts the text dates nowhere taking
    the total's when it is given for that period only."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    levels_of = Counter(c.metric for c in claims if c.kind == "value")
    periods_of = _periods_of(claims)
    tied = {m for r in relations if r.type in ("part_of", "sum") for m in r.mentions}
    latest: dict[tuple, list[int]] = {}  # (entity, unit, name): the latest sentence's levels
    found: dict[tuple, _Partition] = {}
    for number, claim in enumerate(claims):
        if not _additive_level(claim, mentions, text):
            continue
        base = (claim.entity, mentions[claim.mention].unit)
        named = _member_named(claim.metric)
        if named is not None and levels_of[claim.metric] == 1 and claim.mention not in tied:
            partition, member, whole_name = named
            key = (*base, whole_name, partition)
            if key not in found:
                found[key] = _Partition(list(latest.get((*base, whole_name), [])), {})
            found[key].members.setdefault(member, []).append(number)
        _index(latest, (*base, _name_key(claim.metric)), claims, number)
    for (_, _, _, partition), listed in found.items():
        parts = _complete_parts(claims, listed, len(lx.COMPLETE_PARTITIONS[partition]))
        if parts is not None and _may_sum(claims, metrics, periods_of, listed.whole[0], parts):
            _draft_sum(claims, metrics, relations, listed.whole[0], parts, guessed)


def _index(latest: dict[tuple, list[int]], key: tuple, claims: Sequence[DraftClaim], number: int):
    found = latest.get(key)
    if found and claims[found[0]].sentence == claims[number].sentence:
        found.append(number)
    else:
        latest[key] = [number]


def _complete_parts(
    claims: Sequence[DraftClaim], listed: _Partition, size: int
) -> list[int] | None:
    """The parts in the partition's order, when every member is named by one level, each in
    a sentence other than the total's, within a few sentences of it, and the total is one
    value."""
    if not listed.whole or len({claims[n].value for n in listed.whole}) != 1:
        return None
    if sorted(listed.members) != list(range(size)):
        return None
    if any(len(levels) != 1 for levels in listed.members.values()):
        return None
    parts = [listed.members[member][0] for member in range(size)]
    whole_sentence = claims[listed.whole[0]].sentence
    if any(not 0 < claims[p].sentence - whole_sentence <= _PARTITION_REACH for p in parts):
        return None
    return parts


def _may_sum(
    claims: Sequence[DraftClaim],
    metrics: dict,
    periods_of: dict[str, set[str | None]],
    whole: int,
    parts: list[int],
) -> bool:
    """Whether the draft can declare the total the sum of the parts: no sum of its own yet, no
    part a part of a total already, and the periods compatible."""
    total = claims[whole]
    drafted = metrics.get(total.metric)
    if drafted is None or drafted.sum_of or drafted.part_of:
        return False
    if any(claims[p].metric not in metrics or metrics[claims[p].metric].part_of for p in parts):
        return False
    periods = {claims[p].period for p in parts}
    if periods == {total.period}:
        return True
    # undated parts of a total the text dates once
    return periods == {None} and len(periods_of[total.metric]) == 1


def _read_as_part_of(
    part: DraftClaim, total: DraftClaim, metrics: dict, guessed: float, note: str
) -> None:
    """A claim read, below certainty, as a part of a total another sentence names: declared a
    part of its metric, dated as the total, with the note that says what to check."""
    metrics[part.metric].part_of = total.metric
    part.confidence = min(part.confidence, guessed)
    part.notes.append(note)
    if part.period != total.period:
        part.period = total.period
        part.notes.append("the period of the total it is read as a part of")


def _draft_sum(
    claims: Sequence[DraftClaim],
    metrics: dict,
    relations: list,
    whole: int,
    parts: list[int],
    guessed: float,
) -> None:
    from .links import Relation

    total = claims[whole]
    for number in parts:
        _read_as_part_of(
            claims[number],
            total,
            metrics,
            guessed,
            "read as a part of a total another sentence names: check that the parts listed "
            "make up that total",
        )
    metrics[total.metric].sum_of = [claims[p].metric for p in parts]
    relations.append(
        Relation("sum", (total.mention, *(claims[p].mention for p in parts)), stated=False)
    )


# ------------------------------------------- parts of kinds that cannot overlap, after a total


def link_exclusive_kinds_after_a_total(drafted: DraftSoFar) -> None:
    """Levels of one sentence named by the head noun of a total stated in a sentence before it,
    each with another member of one set of kinds that cannot overlap (`lx.EXCLUSIVE_KINDS`:
    "New registrations fell 5% to 180,000. Private registrations fell to 95,000, while fleet
    registrations dropped to 92,000."): parts of that total, adding up to at most it, below
    certainty (the text does not say the total is theirs). English names only; the total is
    the one value of its head noun in the nearest sentence before (within a few) naming it, of
    the same entity and unit, its name holding no member of the set."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    levels_of = Counter(c.metric for c in claims if c.kind == "value")
    tied = {m for r in relations if r.type in ("part_of", "sum") for m in r.mentions}
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        if _additive_level(claim, mentions, text) and not _CJK.search(claim.metric):
            by_sentence[claim.sentence].append(number)
    for numbers in by_sentence.values():
        found = _exclusive_kinds_of_one_head(claims, mentions, numbers)
        if found is None:
            continue
        kinds, parts = found
        if any(levels_of[claims[p].metric] != 1 or claims[p].mention in tied for p in parts):
            continue
        whole = _total_of_the_kinds_before(claims, mentions, by_sentence, parts, kinds)
        if whole is None or not all(
            _may_be_part_of(metrics, claims[p].metric, whole.metric) for p in parts
        ):
            continue
        if metrics[whole.metric].sum_of or metrics[whole.metric].includes:
            continue
        if any(
            mentions[claims[p].mention].magnitude > mentions[whole.mention].magnitude for p in parts
        ):
            continue  # a part alone past the total: rule part-whole's finding
        _draft_parts_within_total(claims, metrics, relations, whole, parts, guessed)


def _exclusive_kinds_of_one_head(
    claims: Sequence[DraftClaim], mentions: Sequence[Mention], numbers: list[int]
) -> tuple[int, list[int]] | None:
    """The levels of one sentence named by one head noun, each by another member of one set of
    `lx.EXCLUSIVE_KINDS` (`_member_named_as`), of one entity, unit and period: that set's
    number and the levels; None if they are fewer than two or any is named otherwise."""
    words = [_words(claims[n].metric) for n in numbers]
    heads = {w[-1] for w in words if len(w) >= 2}
    if len(numbers) < 2 or len(heads) != 1 or any(not w for w in words):
        return None
    kept = {(claims[n].entity, claims[n].period, mentions[claims[n].mention].unit) for n in numbers}
    if len(kept) != 1:
        return None
    head = heads.pop()
    for number, kinds in enumerate(lx.EXCLUSIVE_KINDS):
        named = [_member_named_as(kinds, w, head) for w in words]
        if None not in named and len(set(named)) == len(numbers):
            return number, numbers
    return None


def _member_named_as(
    kinds: tuple[re.Pattern[str], ...], words: tuple[str, ...], head: str
) -> int | None:
    """The member of a set of kinds a level is of: the one its name holds before the head noun
    ("private_registrations"), or that is its whole name ("fleet", the head left to the other
    parts: "while fleet dropped to 92,000")."""
    if len(words) == 1:
        qualifier = words[0]
    elif words[-1] == head:
        qualifier = " ".join(words[:-1])
    else:
        return None
    named = [k for k, kind in enumerate(kinds) if kind.fullmatch(qualifier)]
    return named[0] if len(named) == 1 else None


def _total_of_the_kinds_before(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    by_sentence: dict[int, list[int]],
    parts: list[int],
    kinds: int,
) -> DraftClaim | None:
    """The one level of the parts' head noun in the nearest sentence before them naming it
    (within a few), of their entity, unit and period (or the parts undated), named by no
    member of their set of kinds; None if there is none or it is not one value."""
    first = claims[parts[0]]
    head, unit = _words(first.metric)[-1], mentions[first.mention].unit
    for sentence in range(first.sentence - 1, first.sentence - _PARTITION_REACH - 1, -1):
        found = [
            claims[n]
            for n in by_sentence.get(sentence, [])
            if _words(claims[n].metric)[-1:] == (head,)
            and claims[n].entity == first.entity
            and mentions[claims[n].mention].unit == unit
        ]
        if not found:
            continue
        if len({c.value for c in found}) != 1 or first.period not in (None, found[0].period):
            return None
        name = " ".join(_words(found[0].metric))
        if any(kind.search(name) for kind in lx.EXCLUSIVE_KINDS[kinds]):
            return None  # "Private registrations rose to ... Fleet and private ..."
        return found[0]
    return None


def _draft_parts_within_total(
    claims: Sequence[DraftClaim],
    metrics: dict,
    relations: list,
    whole: DraftClaim,
    parts: list[int],
    guessed: float,
) -> None:
    from .links import Relation

    for number in parts:
        _read_as_part_of(
            claims[number],
            whole,
            metrics,
            guessed,
            "read as a part of a total another sentence names: check that the kinds named "
            "cannot overlap and are of that total",
        )
        relations.append(Relation("part_of", (claims[number].mention, whole.mention), stated=False))
    metrics[whole.metric].includes = [claims[p].metric for p in parts]


# ---------------------------------------------------------------- one level stated twice

# the fewest digits a restated figure is written with: a figure of one digit ("5 million",
# "0.3") is the rounding of too many others to tell it is the same
_RESTATED_DIGITS = 2


def link_restatements_across_sentences(drafted: DraftSoFar) -> None:
    """A level stated again in another sentence with other rounding (a summary's "profit of
    412 million" and the report's "411.8 million"; a prose figure and a table's): one
    quantity stated twice (`restates`, the later and the earlier, not stated). Being one
    metric, the two are compared by the conflict rule already: the link changes no field, so
    no claim is drafted below certainty for it, and only records the reading. Only the
    two levels of one metric name, entity, unit and period in the text (a third: which one is
    restated?), in different sentences, each written with two digits or more, the finer
    rounding to the coarser. A name with a qualifier more may name another subject the
    entity reader missed ("Osprey Metals' net profit"): no restatement. Figures written alike
    to one step are one figure twice, as the reading within a sentence (`rounded_again`) has
    it: no other rounding to read."""
    claims, mentions, relations, *_ = drafted
    from .links import Relation

    index: dict[tuple, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        if claim.kind == "value" and claim.converts is None and _words(claim.metric):
            unit = mentions[claim.mention].unit
            index[(claim.entity, claim.metric, unit, claim.period)].append(number)
    linked = {frozenset(r.mentions) for r in relations if r.type == "restates"}
    for found in index.values():
        if len(found) != 2:
            continue
        earlier, later = (claims[n] for n in found)
        pair = (later.mention, earlier.mention)
        if earlier.sentence == later.sentence or frozenset(pair) in linked:
            continue
        if _rounds_to(mentions[earlier.mention], mentions[later.mention]):
            later.notes.append(
                "read as a figure another sentence states with other rounding: check that it "
                "is the same"
            )
            relations.append(Relation("restates", pair, stated=False))


def _rounds_to(a: Mention, b: Mention) -> bool:
    """Whether two figures may be one written twice: each of two digits or more, the one
    written more finely (a step of its last digit smaller) within half a step of the last
    digit of the other."""
    if "/" in a.number + b.number or ".." in a.number + b.number:
        return False
    if any(len(re.sub(r"\D", "", m.number).lstrip("0")) < _RESTATED_DIGITS for m in (a, b)):
        return False
    coarse, fine = sorted((a, b), key=written_step, reverse=True)
    if written_step(coarse) == written_step(fine):
        return False
    return abs(fine.magnitude - coarse.magnitude) <= written_step(coarse) / 2


# ---------------------------------------------------------------- a total of the sentence before


# the totalling words' literals: the pattern opens on \W* and is slow to search for
_TOTALLING = Prefiltered(lx.TOTAL_OF_BEFORE_RE)


def link_totals_of_the_sentence_before(drafted: DraftSoFar) -> None:
    """A sentence of one level that opens on words totalling what came before ("Together,
    that comes to 3.3 million tonnes"; 以上合计330万吨), right after a sentence giving two
    levels or more of its entity and unit, named apart ("rice output was 1.8 million tonnes
    and wheat output 1.5 million tonnes"), or after sentences (lines of a list) giving one
    level of that unit each and nothing else: the sum of those levels, below certainty.
    Every level of that unit in the sentence before is a part (one left out: which ones add
    up?), and the periods compatible (`_may_sum`)."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    if not _TOTALLING.may_match(fold(text)):
        return  # no sentence of the text can open on such words: one scan says so
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        by_sentence[claim.sentence].append(number)
    periods_of = _periods_of(claims)
    for numbers in by_sentence.values():
        if len(numbers) != 1 or not _additive_level(claims[numbers[0]], mentions, text):
            continue
        total = claims[numbers[0]]
        if not lx.TOTAL_OF_BEFORE_RE.match(text, _sentence_start(text, mentions[total.mention])):
            continue
        parts = _parts_before(claims, mentions, by_sentence, total)
        if len(parts) < 2 or len({claims[n].metric for n in parts}) != len(parts):
            continue
        if any(not _additive_level(claims[n], mentions, text) for n in parts):
            continue
        if any(claims[n].entity != total.entity for n in parts):
            continue
        if _may_sum(claims, metrics, periods_of, numbers[0], parts):
            _draft_sum(claims, metrics, relations, numbers[0], parts, guessed)


def _parts_before(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    by_sentence: dict[int, list[int]],
    total: DraftClaim,
) -> list[int]:
    """The levels in the total's unit of the sentence before it; when that sentence holds
    one figure only, such a level, the run of sentences before it that do the same (a list,
    one line an item), opened by a sentence with no level in that unit (a line with two
    figures, or another figure of the unit, before the run: where does the list start?)."""
    unit = mentions[total.mention].unit

    def levels(sentence: int) -> list[int]:
        return [
            n
            for n in by_sentence.get(sentence, [])
            if claims[n].kind == "value" and mentions[claims[n].mention].unit == unit
        ]

    sentence = total.sentence - 1
    found = levels(sentence)
    if len(found) != 1 or len(by_sentence.get(sentence, [])) != 1:
        return found
    run: list[int] = []
    while len(found) == 1 and len(by_sentence.get(sentence, [])) == 1:
        run[:0] = found
        sentence -= 1
        found = levels(sentence)
    return [] if found else run


def _sentence_start(text: str, mention: Mention) -> int:
    """Where the sentence of a figure starts (within a few hundred characters)."""
    lower = max(0, mention.start - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lower, mention.start)]
    return ends[-1] if ends else lower


# ---------------------------------------------------------------- a quarter's growth annualized

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# a text of no annual rate is turned down by one search for its literals ("annual", "saar"),
# not by the case-blind pattern tried at every word of it
_ANNUALIZED = Prefiltered(lx.ANNUALIZED_RE)


def link_annualized_to_quarter(drafted: DraftSoFar) -> None:
    """A quarter's growth stated at an annual rate in one sentence ("The economy expanded at
    a 2.4% annualized pace in the third quarter") and as the change over the quarter in
    another ("output rose 0.6% in the third quarter"): one growth, the annual
    rate compounding to the quarter's change over a quarter of a year (a `cagr` of the
    change's metric over 0.25 years, the change over the same span), below certainty. Only
    percentages the text gives no other span, one quarter named by each, the same entity, the
    same metric name or both named as the economy's output (GDP, the economy); one value of
    the quarter's change (a change repeated is one change: the nearest is taken). Lines with
    no full stop (a headline, a standfirst) restate the body and are not read."""
    claims, mentions, relations, _, text, guessed, _ = drafted
    if not _ANNUALIZED.search(text):
        return
    from .links import Relation

    annualized: list[int] = []
    quarterly: list[int] = []
    for number, claim in enumerate(claims):
        quarter = _quarter_of(claim, mentions, text)
        if quarter is not None:
            clause = text[slice(*claim.quote)]
            (annualized if lx.ANNUALIZED_RE.search(clause) else quarterly).append(number)
    for rate in annualized:
        change = _quarter_change(claims, mentions, text, rate, quarterly)
        if change is None:
            continue
        quarterly.remove(change)
        _draft_annual_rate(claims, claims[rate], claims[change], guessed)
        relations.append(
            Relation("cagr", (claims[rate].mention, claims[change].mention), stated=False)
        )


def _quarter_of(claim: DraftClaim, mentions: Sequence[Mention], text: str) -> int | None:
    """The quarter a percentage's sentence names (one only), when it may be a growth over that
    quarter: no span of its own, no year-on-year base in the sentence, not on a line with no
    full stop."""
    if mentions[claim.mention].unit != "%" or claim.kind not in ("value", "change"):
        return None
    if claim.start or claim.basis or claim.years or claim.start_claim is not None:
        return None
    mention = mentions[claim.mention]
    start = _sentence_start(text, mention)
    end = _SENTENCE_END.search(text, mention.end)
    sentence = text[start : end.end() if end else len(text)]
    named = {
        _ORDINALS.get((m.group("ordinal") or "").lower()) or int(m.group("digit") or 0)
        for m in lx.QUARTER_NAMED_RE.finditer(sentence)
    }
    if len(named) != 1 or lx.YOY_RE.search(sentence):
        return None
    line_end = text.find("\n", mention.end)
    line = text[: len(text) if line_end < 0 else line_end].rstrip()
    if not line.endswith((".", "!", "?", "”", '"')):
        return None  # a headline or a standfirst
    return named.pop()


def _quarter_change(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    text: str,
    rate: int,
    quarterly: list[int],
) -> int | None:
    """The nearest change over the annual rate's quarter, in another sentence nearby, of the
    same quantity; None when there is none or two of other values."""
    annual = claims[rate]
    quarter = _quarter_of(annual, mentions, text)
    found = [
        n
        for n in quarterly
        if claims[n].kind == "change"
        and claims[n].sentence != annual.sentence
        and abs(claims[n].sentence - annual.sentence) <= _PAIR_REACH
        and claims[n].entity == annual.entity
        and _quarter_of(claims[n], mentions, text) == quarter
        and _same_output(claims[n], annual, text)
    ]
    if len({claims[n].value for n in found}) != 1:
        return None
    return min(found, key=lambda n: abs(claims[n].sentence - annual.sentence))


def _same_output(change: DraftClaim, annual: DraftClaim, text: str) -> bool:
    if change.metric == annual.metric:
        return True
    return all(lx.ECONOMY_OUTPUT_RE.search(text[slice(*c.quote)]) for c in (change, annual))


def _draft_annual_rate(
    claims: Sequence[DraftClaim], rate: DraftClaim, change: DraftClaim, guessed: float
) -> None:
    """The annual rate as the compound rate of the change's metric over the quarter, the change
    over that span: the rule growth-vs-cagr compares them."""
    from .links import _NO_BASE, QUARTER_YEARS  # links imports this module

    rate.kind, rate.metric, rate.entity = "cagr", change.metric, change.entity
    rate.value = rate.value.removeprefix("+")
    for claim in (rate, change):
        claim.years = QUARTER_YEARS
        claim.notes = [n for n in claim.notes if n != _NO_BASE]
        claim.notes.append(
            "read as one quarter's growth, stated over the quarter and at an annual rate in "
            "another sentence: check that they are the same growth"
        )
        claim.confidence = min(claim.confidence, guessed)


# ---------------------------------------------------------------- an adjusted figure and what it leaves out

# how far before the sentence naming the left-out items the two figures are looked for, and
# how close after its name a figure stands to be the named measure's
_ADJUSTED_REACH = 3000
_NAME_TO_FIGURE = 40


def link_adjusted_to_reported(drafted: DraftSoFar) -> None:
    """A sentence saying what a company's own measure leaves out ("Adjusted net income per
    diluted share for the quarter excludes restructuring charges of $0.11 and amortization
    expense of $0.07"), after sentences giving that measure ("Adjusted net income per diluted
    share was $1.02") and the reported one, the same name without the qualifier ("Net income
    per diluted share was $0.84"): the adjusted figure is the sum of the reported one and the
    charges left out, below certainty. Only charges and costs (gains left out would count the
    other way), one sentence naming each figure, every figure of the items' unit, entity and
    period; the adjusted measure is named apart from the reported one when the namer gave both
    one name."""
    claims, mentions, relations, metrics, text, guessed, _ = drafted
    if "xclud" not in text:
        return  # no sentence can say what a measure excludes: one scan says so
    value_of = {c.mention: n for n, c in enumerate(claims) if c.kind == "value"}
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        if claim.kind == "value":
            by_sentence[claim.sentence].append(number)
    for numbers in by_sentence.values():
        found = _excluded_items(claims, mentions, metrics, text, numbers)
        if found is None:
            continue
        qualifier, measure, items = found
        start = _sentence_start(text, mentions[claims[numbers[0]].mention])
        unit = mentions[claims[items[0]].mention].unit
        named = _named_figures(claims, mentions, value_of, text, measure, start, unit)
        if named is None:
            continue
        adjusted, reported = named
        if _may_add_up(claims, metrics, adjusted, [reported, *items]):
            _name_adjusted_apart(claims, metrics, adjusted, reported, qualifier)
            _draft_sum(claims, metrics, relations, adjusted, [reported, *items], guessed)


def _excluded_items(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    metrics: dict,
    text: str,
    numbers: list[int],
) -> tuple[str, str, list[int]] | None:
    """The qualifier, the measure's name and the left-out items (levels of one unit after the
    verb, parts of a total the sentence gives left to that total) of a sentence saying what an
    adjusted measure excludes; None for any other sentence, or items that are not charges."""
    first = mentions[claims[numbers[0]].mention]
    start = _sentence_start(text, first)
    said = lx.ADJUSTED_EXCLUDES_RE.search(text, start, first.start)
    if said is None:
        return None
    unit = first.unit
    items = [
        n
        for n in numbers
        if mentions[claims[n].mention].unit == unit
        and not (metrics.get(claims[n].metric) and metrics[claims[n].metric].part_of)
    ]
    last = mentions[claims[numbers[-1]].mention]
    end = _SENTENCE_END.search(text, last.end)
    tail = text[said.end() : end.start() if end else len(text)]
    if not lx.EXCLUDED_CHARGE_RE.search(tail) or lx.EXCLUDED_GAIN_RE.search(tail):
        return None
    qualifier = re.sub(r"\W+", "_", said.group("qualifier").split()[0].lower())
    return qualifier, said.group("measure"), items


def _named_figures(
    claims: Sequence[DraftClaim],
    mentions: Sequence[Mention],
    value_of: dict[int, int],
    text: str,
    measure: str,
    before: int,
    unit: str,
) -> tuple[int, int] | None:
    """The adjusted and the reported figure of a measure: in the sentences before `before`
    that write its name, the level of `unit` right after the name's first writing, adjusted
    when the qualifier comes before it. None unless one sentence names each (two sentences
    giving the adjusted measure: which one is left out from?)."""
    name = re.compile(r"\b" + r"\s+".join(map(re.escape, measure.split())) + r"\b", re.I)
    seen: set[int] = set()
    found: dict[bool, list[int]] = {True: [], False: []}
    starts = [m.start for m in mentions]
    for written in name.finditer(text, max(0, before - _ADJUSTED_REACH), before):
        at = bisect.bisect_left(starts, written.end())
        if at == len(mentions) or mentions[at].start - written.end() > _NAME_TO_FIGURE:
            continue
        number = value_of.get(at)
        if number is None or claims[number].sentence in seen:
            continue
        seen.add(claims[number].sentence)
        lead = text[max(0, written.start() - _NAME_TO_FIGURE) : written.start()]
        adjusted = lx.ADJUSTED_BEFORE_RE.search(lead) is not None
        if mentions[at].unit == unit and (
            adjusted or not lx.MEASURE_NARROWED_BEFORE_RE.search(lead)
        ):
            found[adjusted].append(number)
    if len(found[True]) != 1 or len(found[False]) != 1:
        return None
    return found[True][0], found[False][0]


def _may_add_up(claims: Sequence[DraftClaim], metrics: dict, total: int, parts: list[int]) -> bool:
    """Whether the adjusted figure can be drafted the sum of the reported one and the items:
    one entity, each part of the total's period or undated, the items named apart from each
    other and from both figures, none a part of a total already, the total no sum yet."""
    whole = claims[total]
    names = [claims[p].metric for p in parts[1:]]
    if len(set(names)) != len(names) or {whole.metric, claims[parts[0]].metric} & set(names):
        return False
    if any(claims[p].entity != whole.entity for p in parts):
        return False
    if any(claims[p].period not in (None, whole.period) for p in parts):
        return False
    drafted = metrics.get(whole.metric)
    if drafted is None or drafted.sum_of or drafted.part_of:
        return False
    return all(claims[p].metric in metrics and not metrics[claims[p].metric].part_of for p in parts)


def _name_adjusted_apart(
    claims: Sequence[DraftClaim], metrics: dict, adjusted: int, reported: int, qualifier: str
) -> None:
    """The namer's one name for both measures ("diluted share" for the adjusted and the
    reported earnings per share) given, in the adjusted figure's sentence, the qualifier: two
    quantities, never one stated twice."""
    from .links import MetricDraft

    old = claims[adjusted].metric
    if old != claims[reported].metric:
        return
    new = f"{qualifier}_{old}"
    metrics.setdefault(new, MetricDraft(new, unit=metrics[old].unit))
    sentence = claims[adjusted].sentence
    for claim in claims:
        if claim.sentence == sentence and claim.metric == old:
            claim.metric = new


# ---------------------------------------------------------------- the changes of a structure's shares


def link_changes_to_structure_shares(drafted: DraftSoFar) -> None:
    """The shares of every part of a whole (三次产业结构为6.8:42.7:50.5; the parts its
    metrics declare, in order), and right after them, in the rest of their sentence or in the
    next, one change in points for each, in the same order, each naming its part as a member
    of one complete partition of the lexicon (第一产业占比上升0.4个百分点,第二产业占比回落1.0
    个百分点,第三产业占比上升0.6个百分点; "the primary industry's share rose 0.4 points"): each the change that led to its part's share (`to` the share), so that they add
    up to zero (`share_changes`, the changes in order; the rule share-changes). In the shares'
    sentence the text states it; in the next, a reading, below certainty. Any other change in
    points there, a member out of order or a change with a span of its own: no link."""
    claims, mentions, relations, metrics, text, guessed, joins = drafted
    from .links import Relation

    by_sentence: dict[int, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        by_sentence[claim.sentence].append(number)
    for sentence, numbers in list(by_sentence.items()):
        shares = _structure_shares(claims, metrics, numbers)
        if shares is None:
            continue
        after = [n for n in numbers if claims[n].mention > claims[shares[-1]].mention]
        stated = any(_in_points(claims, mentions, n) for n in after)
        changes = [
            n
            for n in (after if stated else by_sentence.get(sentence + 1, []))
            if _in_points(claims, mentions, n)
        ]
        if len(changes) != len(shares) or not _name_members_in_order(claims, changes):
            continue
        if any(
            _GROWTH_RATE_BEFORE.search(_clause_before(text, mentions[claims[n].mention]))
            for n in changes
        ):
            continue  # 第一产业增速回落0.6个百分点: the change of its growth, not of its share
        if any(_has_base(claims[n]) or claims[n].end_claim is not None for n in changes):
            continue
        for change, share in zip(changes, shares, strict=True):
            claim = claims[change]
            claim.metric, claim.end_claim = claims[share].metric, share
            claim.period = claim.start = claim.end = None
            if stated:  # the change and its share: one chain of stated links
                claim.confidence = max(claim.confidence, claims[share].confidence)
                joins.append((claims[share].mention, claim.mention))
            else:
                claim.confidence = min(claim.confidence, guessed)
                claim.notes.append(
                    "read as the change of the share the sentence before gives for its part: "
                    "check that it is"
                )
        relations.append(
            Relation("share_changes", tuple(claims[n].mention for n in changes), stated=stated)
        )


# the words of a growth rate in a change's clause, which a namer cuts from its metric
_GROWTH_RATE_BEFORE = re.compile(
    "|".join(lx.CJK_GROWTH_RATE) + r"|增长速度|\bgrowth\b|\brates?\b", re.IGNORECASE
)


def _clause_before(text: str, mention: Mention) -> str:
    """The words of a figure's clause before it (from the last comma or stop, within reach)."""
    before = text[max(0, mention.start - 40) : mention.start]
    return re.split(r"[,，;；、。!?！？]", before)[-1]


def _structure_shares(
    claims: Sequence[DraftClaim], metrics: dict, numbers: list[int]
) -> list[int] | None:
    """The shares of one sentence (claim indices, in order) when they are the shares of all
    the parts a whole's metric declares, in its order, and the sentence gives no other share."""
    shares = [n for n in numbers if claims[n].kind == "share"]
    if len(shares) < 2:
        return None
    whole = metrics.get(claims[shares[0]].of or "")
    if whole is None or whole.sum_of != [claims[n].metric for n in shares]:
        return None
    return shares if all(claims[n].of == claims[shares[0]].of for n in shares) else None


def _in_points(claims: Sequence[DraftClaim], mentions: Sequence[Mention], number: int) -> bool:
    return claims[number].kind == "change" and mentions[claims[number].mention].unit == "pp"


def _name_members_in_order(claims: Sequence[DraftClaim], changes: list[int]) -> bool:
    """Whether the changes' names are the members of one complete partition, each one, in
    the partition's order (第一产业, 第二产业, 第三产业; urban, rural), with a word for a
    share at most (第一产业比重, "primary industry share"): not a growth rate of the member
    (第一产业增速加快0.6个百分点 is no change of its share)."""
    found = [_member_of(claims[n].metric) for n in changes]
    if any(f is None for f in found):
        return False
    partitions = {f[0] for f in found if f is not None}
    if len(partitions) != 1:
        return False
    members = [f[1] for f in found if f is not None]
    return members == list(range(len(lx.COMPLETE_PARTITIONS[partitions.pop()])))


def _member_of(metric: str) -> tuple[int, int] | None:
    """The one member of a complete partition a metric's name is (its partition and its
    place in it), with a word for a share at most; None for none, several, or more words."""
    cjk = _cjk_name(metric)
    name = cjk or " ".join(_words(metric))
    found = _one_member_named(name)
    if found is None:
        return None
    number, member, match = found
    rest = (name[: match.start()] + " " + name[match.end() :]).split()
    return (number, member) if set(rest) <= lx.SHARE_NOUNS else None


def _one_member_named(name: str) -> tuple[int, int, re.Match[str]] | None:
    """The one member of a complete partition of the lexicon a name holds (its partition, its
    place in it, where the name holds it); None for none or several."""
    if not _ANY_COMPLETE_MEMBER.may_match(fold(name)):
        return None
    found = [
        (number, member, match)
        for number, members in enumerate(lx.COMPLETE_PARTITIONS)
        for member, pattern in enumerate(members)
        for match in [pattern.search(name)]
        if match is not None
    ]
    return found[0] if len(found) == 1 else None


# The readings across sentences, in the order they run: a later one sees the links and the
# parts declared by an earlier one (a part already linked is left alone).
READINGS: tuple[Callable[[DraftSoFar], None], ...] = (
    link_changes_across_sentences,
    link_changes_to_pairs,
    link_unnamed_changes_to_pair_before,
    link_changes_to_pair_after,
    link_amount_and_percent_to_level,
    link_parts_named_within,
    link_parts_an_owner_includes,
    link_shares_to_siblings_whole,
    link_shares_of_the_total_before,
    link_partitions_across_sentences,
    link_exclusive_kinds_after_a_total,
    link_totals_of_the_sentence_before,
    link_annualized_to_quarter,
    link_adjusted_to_reported,
    link_restatements_across_sentences,
    link_changes_to_structure_shares,
)
