"""Rules with `compare: groups`: all the claims of one quantity compared at once.

A rule such as conflict equates one figure of two claims that share their keys (entity, metric,
period...). Compared in pairs, n statements of one quantity cost n(n-1)/2 evaluations and, when
they disagree, give as many findings. Here the claims the join relates are gathered into their
group (the relation is an equivalence: `rules` checks the join when the rule loads), and which
pairs fail is read from the sorted intervals, exactly (Fractions), without visiting the pairs.

`same_span` is the one join key that is no equivalence: a change given only as three years meets
every span of three years, and those spans do not meet one another. Its claims are split by
span (`span_groups`): a span's changes with the changes given only in years that meet it,
which compare every two of the span's and each of the span's with each given in years; and the
changes given in years alone, which compare every two of theirs. Every pair the join relates is
compared in exactly one group, with the same sweeps run over two lists (`Pairs`):

- two closed intervals fail `==` when one ends below where the other starts, so a figure
  disagrees with some other exactly when the lowest end of the others is below its start, or
  the highest start of the others above its end;
- a pair holds only through a round figure ("1,200 billion") when the intervals meet but the
  intervals with the round figures' zeros taken as written digits do not. A figure has such a
  partner on its left when, among the figures whose digit interval ends below its own digit
  interval, the highest end of an interval reaches its start: one sort and a running maximum
  (the mirror image finds partners on the right).

Each group gives at most one error (the figures in some pair that disagrees) and one warning (the
figures in some pair that holds only through a round figure); either is split in two when a
drafted claim (confidence below 1) is among them, as the pairs would be, so that the drafted
claim's pairs become a note and the others' stay errors. Two figures are reported exactly as the
pair would be (message, fingerprint, hint); three or more with the rule's `group_message`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import heapq
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator
from typing import Any

from quicktions import Fraction

from .corpus import Claim
from .engine import (
    Arguments,
    Changed,
    Join,
    Outcome,
    Record,
    Window,
    evaluate,
    figure_lookup,
    finding_arguments,
    lacking_note,
    make_finding,
    passes_for_hints,
    round_range,
)
from .expressions import Name
from .findings import Severity
from .index import Partition, Pattern
from .intervals import Interval, format_number
from .rules import Rule

__all__ = ["Agreement", "GroupJoin", "Partners", "PartnersTrial", "run_groups"]

# A finding lists this many figures in full, then how many more and the highest; and this many
# claims for one figure stated again and again. The finding cites every claim all the same.
MAX_FIGURES = 5
MAX_CLAIMS_PER_FIGURE = 3
MAX_ROUND_FIGURES = 3


@dataclasses.dataclass(frozen=True, slots=True)
class Figure:
    claim: Claim
    interval: Interval  # what the assertion reads from the claim, within its rounding
    digits: Interval  # the same with a round figure's zeros taken as written digits


@dataclasses.dataclass
class GroupJoin(Join):
    """A group evaluated at once; `fixable` holds the claims without which the others agree,
    the only ones whose repair alone could make the whole group agree."""

    fixable: frozenset[str] = frozenset()

    def may_pass(self, changed: Claim) -> bool:
        return changed.key in self.fixable

    def fails(self, changed: Changed = None) -> bool:
        """Whether every pair the group compares agrees, with `changed`, one claim's figure
        read as another interval (a repair a hint tries): answered from the group's extremes,
        worked out once, so that trying repairs on each of its claims costs no more than the
        group."""
        return self.rule.spec.severity != "info" and not self._agreement.agrees(changed)

    def rough_window(self, claim: Claim) -> Window | None:
        return None  # a group's agreement is no assertion to solve (`window` reads it)

    def likeness(self, claim: Claim) -> Hashable:
        """The group itself, and whether the claim's repair alone could make it agree: the
        others' figures are the same for two claims alike (see `Join.likeness`)."""
        return id(self), self.may_pass(claim)

    def window(self, claim: Claim) -> Window | None:
        """The exact values of the claim's figure with which the group agrees, from its
        extremes; None when the figure the rule compares is not the claim's value shifted (a
        read it cannot invert)."""
        if self.rule.spec.severity == "info":
            return Window.ALL
        read = self._agreement.read
        zero, one = (read(claim, False, (claim, Interval.point(Fraction(n)))) for n in (0, 1))
        if not (zero.is_point and one == zero + Interval.point(Fraction(1))):
            return None
        found = self._agreement.window(claim).interval
        return Window.NONE if found is None else Window(found - zero)

    @functools.cached_property
    def _agreement(self) -> Agreement:
        return Agreement(self.rule, self.bindings)


def run_groups(partition: Partition, rule: Rule, record: Record | None) -> Iterator[Outcome]:
    """One pass over the rule's anchors, smallest key first: the first claim of a group finds
    the whole group (its second binding, `after` the first, takes every larger key); with
    `same_span`, the claims sharing the other keys, split by span (see `span_groups`)."""
    first, second = rule.plan.patterns
    gather = _keys_only(first, second)
    read = figure_reader(rule)
    grouped: set[str] = set()
    # A claim alone under the keys it is looked up by forms no group; a rule with no note of its
    # own for it says nothing of it (most figures of an archive are stated once).
    alone_says_nothing = not rule.spec.unchecked and gather.direct
    for anchor in sorted(rule.plan.anchors(partition), key=_key):
        if anchor.key in grouped:
            continue
        if alone_says_nothing and _alone(gather, partition, first.name, anchor):
            continue
        others = gather.candidates(partition, {first.name: anchor}, (anchor,))
        shared = sorted([anchor, *others], key=_key)
        grouped.update(c.key for c in shared)
        for group in _groups(rule, shared):
            if len(group) > 1:
                yield from _run_group(partition, rule, record, group, read)
                continue
            note = lacking_note(partition, rule, group[0], record)
            if note is not None:
                yield note


def _alone(gather: Pattern, partition: Partition, name: str, anchor: Claim) -> bool:
    """Whether the index holds the anchor alone under the keys `gather` looks up."""
    pool = gather.direct_pool(partition, {name: anchor}, anchor.entity)
    return pool is not None and len(pool) == 1 and pool[0] is anchor


def _groups(rule: Rule, shared: list[Claim]) -> Iterator[list[Claim]]:
    """The groups of claims that share the join's keys, without the claims that ignore the rule
    (split by span first, so a span's changes never leave the changes given in years to compare
    among themselves twice); a claim alone only when it had no partner before (as pairs, a claim
    whose partners all ignore the rule is not one the rule lacked partners for)."""
    same_span = rule.plan.patterns[1].same_span
    kept = [c for c in shared if rule.id not in c.ignore]
    groups = span_groups(kept) if same_span else [kept] if kept else []
    partnered: set[str] = set()
    if len(kept) < len(shared):
        before = span_groups(shared) if same_span else [shared]
        partnered = {c.key for group in before if len(group) > 1 for c in group}
    for group in groups:
        if len(group) > 1 or group[0].key not in partnered:
            yield group


def _run_group(
    partition: Partition,
    rule: Rule,
    record: Record | None,
    group: list[Claim],
    read: Callable[..., Interval],
) -> Iterator[Outcome]:
    """The findings of one group of claims (in key order), recorded for the hints."""
    first, second = rule.plan.patterns
    figures = [Figure(c, read(c, False), read(c, True)) for c in group]
    pairs = compared_pairs(rule, figures)
    outcomes = list(_findings(partition, rule, figures, pairs))
    if record is not None:
        bindings = {first.name: group[0], second.name: group[1:]}
        record.add(GroupJoin(rule, bindings, tuple(group), _fixable(pairs)))
        # As pairs, a claim passes when one of its pairs does; here, when it is in no error.
        if record.keep_passed:
            failed = {c.key for f, claims in outcomes if not passes_for_hints(f) for c in claims}
            for claim in group:
                if claim.key not in failed:
                    record.passed.setdefault(claim.key, set()).add(rule.id)
    yield from outcomes


@functools.lru_cache(maxsize=256)
def _keys_only(first: Pattern, second: Pattern) -> Pattern:
    """The second binding without its `same_span` test: every claim sharing the other keys.
    Made once for a rule's two patterns (as patterns compare, by identity): a run asks it for
    each partition, and a pattern is a model copied and compiled."""
    if not second.same_span:
        return second
    return Pattern(second.name, second.spec.model_copy(update={"same_span": None}), [first.name])


# ------------------------------------------------------------------ groups by span


SpanKey = tuple[Any, ...]


def _span_key(claim: Claim) -> SpanKey | None:
    """What a change's span is, as `index` compares spans: two named claims, two periods, or
    only a number of years (which meets every span of periods that long); None for none."""
    if claim.end_claim is not None:  # two named claims, or only the level it led to
        return ("claims", claim.start_claim, claim.end_claim)
    if claim.start is not None:
        return ("periods", claim.start, claim.end)
    if claim.span_years is not None:
        return ("years", claim.span_years)
    return None


def span_groups(claims: list[Claim]) -> list[list[Claim]]:
    """Claims sharing their other keys, split by span, each group in key order: the changes over
    one span (two periods or two claims) with the changes given only as that many years, and
    the changes given only as so many years on their own. A change given only in years is in
    each group of its length: compared there with the span, and with the other changes given in
    years only in its own group (`compared_pairs` says which pairs each group compares).
    A claim compared with no other is a group of one, unless another group holds it."""
    spans: dict[SpanKey, list[Claim]] = {}
    alone: list[Claim] = []
    for claim in claims:
        key = _span_key(claim)
        if key is None:
            alone.append(claim)
        else:
            spans.setdefault(key, []).append(claim)
    groups: list[list[Claim]] = []
    joined: set[str] = set()
    for key, members in spans.items():
        if key[0] == "years":
            group = members
        else:
            lengths = {c.span_years for c in members} if key[0] == "periods" else set()
            years = [c for length in lengths for c in spans.get(("years", length), ())]
            group = sorted([*members, *years], key=_key)
        groups.append(group)
        if len(group) > 1:
            joined.update(c.key for c in group)
    singles = [g for g in groups if len(g) == 1 and g[0].key not in joined]
    return [*(g for g in groups if len(g) > 1), *singles, *([c] for c in alone)]


@dataclasses.dataclass(frozen=True, slots=True)
class Pairs:
    """Which pairs of a group's figures its join relates: every two of `core`, and each figure
    of the first list of a link with each of the second (changes over 2020 to 2023 with the
    changes given only as three years, which this group does not compare with one another)."""

    core: list[Figure]
    links: list[tuple[list[Figure], list[Figure]]]

    def all(self) -> list[Figure]:
        return [*self.core, *(f for _, years in self.links for f in years)]


def compared_pairs(rule: Rule, figures: list[Figure]) -> Pairs:
    """Every pair of a group, or (with same_span) the pairs of a span with the changes given
    only in years that meet it: those are compared with one another in their own group."""
    if not rule.plan.patterns[1].same_span:
        return Pairs(figures, [])
    years = [f for f in figures if _only_years(f.claim)]
    if not years or len(years) == len(figures):
        return Pairs(figures, [])
    spans = [f for f in figures if not _only_years(f.claim)]
    lengths = dict.fromkeys(f.claim.span_years for f in years)
    links = [
        (
            [f for f in spans if f.claim.span_years == length],
            [f for f in years if f.claim.span_years == length],
        )
        for length in lengths
    ]
    return Pairs(spans, links)


def _only_years(claim: Claim) -> bool:
    key = _span_key(claim)
    return key is not None and key[0] == "years"


def _key(claim: Claim) -> str:
    return claim.key


def figure_reader(rule: Rule) -> Callable[..., Interval]:
    """The figure the rule's assertion reads from one claim (its value, or `.ratio`), within its
    rounding or, with `digits`, with a round figure's zeros taken as written digits."""
    assert rule.assertion is not None
    name = rule.assertion.right
    assert isinstance(name, Name)

    def read(claim: Claim, digits: bool, changed: Changed = None) -> Interval:
        found = figure_lookup({name.binding: claim}, False, digits=digits, changed=changed)(name)
        assert isinstance(found, Interval)
        return found

    return read


Bounds = tuple[Fraction | None, Fraction | None]  # the highest start, the lowest end (None: none)


class Extremes:
    """A list of figures summed up for its bounds with any one figure read otherwise: its two
    highest starts and two lowest ends (an unbounded end is none), and its claims."""

    __slots__ = ("claims", "starts", "ends")

    def __init__(self, figures: list[Figure]) -> None:
        self.claims = {f.claim.key: f.claim for f in figures}
        starts = [(f.interval.low, f.claim.key) for f in figures if f.interval.low is not None]
        ends = [(f.interval.high, f.claim.key) for f in figures if f.interval.high is not None]
        self.starts = heapq.nlargest(2, starts, key=_first)
        self.ends = heapq.nsmallest(2, ends, key=_first)

    def without(self, key: str) -> tuple[int, Bounds]:
        """How many figures the list holds but the one of this claim, and their bounds."""
        return len(self.claims) - (key in self.claims), (
            _top(self.starts, key),
            _top(self.ends, key),
        )

    def holds(self, claim: Claim) -> bool:
        return self.claims.get(claim.key) is claim

    def bounds(self, replaced: Figure | None) -> Bounds:
        """The highest start and lowest end, with `replaced` in place of its claim's figure
        when the list holds that claim."""
        if replaced is None or self.claims.get(replaced.claim.key) is not replaced.claim:
            return _top(self.starts, None), _top(self.ends, None)
        key, low, high = replaced.claim.key, replaced.interval.low, replaced.interval.high
        start, end = _top(self.starts, key), _top(self.ends, key)
        if low is not None:
            start = low if start is None else max(start, low)
        if high is not None:
            end = high if end is None else min(end, high)
        return start, end


def _first(row: tuple[Fraction, str]) -> Fraction:
    return row[0]


def _top(rows: list[tuple[Fraction, str]], without: str | None) -> Fraction | None:
    return next((value for value, key in rows if key != without), None)


class Agreement:
    """Whether a group (as bound by `run_groups`) agrees in every pair it compares, with one
    claim's figure read as another interval or not: from the extremes of each list of figures
    it compares (see `Pairs`), so that asking costs the same whatever the group's size."""

    def __init__(self, rule: Rule, bindings: dict[str, Any]) -> None:
        first, second = rule.plan.patterns
        self.read = figure_reader(rule)
        figures = []
        for claim in [bindings[first.name], *bindings[second.name]]:
            interval = self.read(claim, False)
            figures.append(Figure(claim, interval, interval))
        pairs = compared_pairs(rule, figures)
        self.core = Extremes(pairs.core)
        self.links = [(Extremes(spans), Extremes(years)) for spans, years in pairs.links]

    def agrees(self, changed: Changed = None) -> bool:
        replaced = None
        if changed is not None:
            interval = self.read(changed[0], False, changed)
            replaced = Figure(changed[0], interval, interval)
        start, end = self.core.bounds(replaced)
        return _meet(start, end) and all(
            _meet_across(spans.bounds(replaced), years.bounds(replaced))
            for spans, years in self.links
        )

    def window(self, claim: Claim) -> Window:
        """The figures the rule reads (`read`) which, read exactly as the claim's, leave the
        group agreeing: `agrees` solved for one claim."""
        found = _within(self.core, claim)
        for spans, years in self.links:
            found = found.narrowed(_across(spans, years, claim))
        return found


def _within(figures: Extremes, claim: Claim) -> Window:
    """The figures of the claim with which every two of the list agree."""
    if not figures.holds(claim):
        return Window.ALL if _meet(*figures.bounds(None)) else Window.NONE
    start, end = figures.without(claim.key)[1]
    return Window.between(start, end) if _meet(start, end) else Window.NONE


def _across(spans: Extremes, years: Extremes, claim: Claim) -> Window:
    """The figures of the claim with which each figure of one list agrees with each of the
    other (the claim in one of them, or in neither)."""
    for own, other in ((spans, years), (years, spans)):
        if own.holds(claim):
            start, end = own.without(claim.key)[1]
            other_start, other_end = other.bounds(None)
            if _meet(start, other_end) and _meet(other_start, end):
                return Window.between(other_start, other_end)
            return Window.NONE
    return Window.ALL if _meet_across(spans.bounds(None), years.bounds(None)) else Window.NONE


class Partners:
    """The claims a rule comparing groups would pair with a claim read otherwise (a hint's
    trial: a change in points read as percent joins the changes in percent), by their extremes:
    the claims sharing its keys and, with same_span, meeting its span (see `span_groups`) all
    agree with it when its figure meets their highest start and lowest end. The extremes of
    each set of claims that share keys and span are worked out once per partition and rule, so
    a trial costs the same whatever the size of the group it would join."""

    def __init__(self, rule: Rule, partition: Partition) -> None:
        self.rule, self.second = rule, rule.plan.patterns[1]
        self.read = figure_reader(rule)
        cells: dict[tuple[Any, ...], list[Figure]] = defaultdict(list)
        for claim in rule.plan.anchors(partition):
            cell = self._cell(claim)
            if cell is not None:
                interval = self.read(claim, False)
                cells[cell].append(Figure(claim, interval, interval))
        # A change given only in years meets every span that long, and the others given so.
        lengths: dict[tuple[Any, ...], list[Figure]] = defaultdict(list)
        for (base, span), figures in cells.items() if self.second.same_span else ():
            if span[0] in ("periods", "years"):
                lengths[(base, figures[0].claim.span_years)].extend(figures)
        self.cells = {cell: Extremes(figures) for cell, figures in cells.items()}
        self.lengths = {length: Extremes(figures) for length, figures in lengths.items()}

    def _base(self, claim: Claim) -> tuple[Any, ...]:
        """The keys a claim shares with its partners, but the span."""
        second = self.second
        return (
            claim.entity,
            claim.metric,
            claim.of if second.of is not None else None,
            claim.quantity.dimension if second.same_dimension else None,
        )

    def _cell(self, claim: Claim) -> tuple[Any, ...] | None:
        if not self.second.same_span:
            return self._base(claim)
        span = _span_key(claim)
        return None if span is None else (self._base(claim), span)

    def trial(self, claim: Claim) -> PartnersTrial | None:
        """The pairs the claim (as read in a trial) would be in, or None for none."""
        if not self.second.same_span:
            sets = [self.cells.get(self._base(claim))]
        else:
            base, span = self._base(claim), _span_key(claim)
            if span is None:
                sets = []
            elif span[0] == "claims":
                sets = [self.cells.get((base, span))]
            elif span[0] == "periods":
                years = ("years", claim.span_years)
                sets = [self.cells.get((base, span)), self.cells.get((base, years))]
            else:
                sets = [self.lengths.get((base, span[1]))]
        counted = [found.without(claim.key) for found in sets if found is not None]
        if not any(count for count, _ in counted):
            return None
        starts = [bounds[0] for _, bounds in counted if bounds[0] is not None]
        ends = [bounds[1] for _, bounds in counted if bounds[1] is not None]
        bounds = (max(starts) if starts else None, min(ends) if ends else None)
        return PartnersTrial(self, claim, bounds)


@dataclasses.dataclass(frozen=True, slots=True)
class PartnersTrial:
    """The pairs one claim read otherwise would be in, answered at once (see `Partners`)."""

    partners: Partners
    claim: Claim
    bounds: Bounds  # the highest start and lowest end of its partners' figures

    def fails(self) -> bool:
        """Whether some pair fails, as `engine.fails_for_hints` would say of it."""
        if self.partners.rule.spec.severity == "info":
            return False
        figure = self.partners.read(self.claim, False)
        return not _meet_across((figure.low, figure.high), self.bounds)


def _meet(start: Fraction | None, end: Fraction | None) -> bool:
    """Closed intervals meet pairwise exactly when the highest start is not above the lowest end."""
    return start is None or end is None or start <= end


def _meet_across(some: Bounds, others: Bounds) -> bool:
    """Whether each interval of one list meets each of the other: none of the one starts above
    where one of the other ends, nor ends below where one of the other starts."""
    return _meet(some[0], others[1]) and _meet(others[0], some[1])


# ------------------------------------------------------------------ which figures disagree


def _agree(intervals: list[Interval]) -> bool:
    """Closed intervals meet pairwise exactly when the highest start is not above the lowest end."""
    lows = [i.low for i in intervals if i.low is not None]
    highs = [i.high for i in intervals if i.high is not None]
    return not lows or not highs or max(lows) <= min(highs)


def _agree_across(some: list[Figure], others: list[Figure]) -> bool:
    """Whether each interval of one list meets each of the other."""
    return not _disagreeing(some, others)


def _pairs_agree(pairs: Pairs, without: Figure | None = None) -> bool:
    def kept(figures: list[Figure]) -> list[Figure]:
        return [f for f in figures if f is not without]

    return _agree([f.interval for f in kept(pairs.core)]) and all(
        _agree_across(kept(spans), kept(years)) for spans, years in pairs.links
    )


def _fixable(pairs: Pairs) -> frozenset[str]:
    everything = pairs.all()
    if _pairs_agree(pairs):
        return frozenset(f.claim.key for f in everything)
    # Only a figure that starts highest or ends lowest in some list can stand in the way.
    suspects: dict[str, Figure] = {}
    for figures in (pairs.core, *(f for link in pairs.links for f in link)):
        starts = [(f.interval.low, i) for i, f in enumerate(figures) if f.interval.low is not None]
        ends = [(f.interval.high, i) for i, f in enumerate(figures) if f.interval.high is not None]
        for chosen in (max(starts) if starts else None, min(ends) if ends else None):
            if chosen is not None:
                suspect = figures[chosen[1]]
                suspects[suspect.claim.key] = suspect
    return frozenset(f.claim.key for f in suspects.values() if _pairs_agree(pairs, f))


Related = Callable[[list[Figure], list[Figure]], set[str]]


def _disagreeing(among: list[Figure], others: list[Figure]) -> set[str]:
    """The claims of `among` whose figure disagrees with some figure of `others`."""
    lows = [f.interval.low for f in others if f.interval.low is not None]
    highs = [f.interval.high for f in others if f.interval.high is not None]
    top_start = max(lows) if lows else None
    bottom_end = min(highs) if highs else None
    found = set()
    for figure in among:
        low, high = figure.interval.low, figure.interval.high
        if (bottom_end is not None and low is not None and bottom_end < low) or (
            top_start is not None and high is not None and top_start > high
        ):
            found.add(figure.claim.key)
    return found


def _round_only(among: list[Figure], others: list[Figure]) -> set[str]:
    """The claims of `among` whose figure meets some figure of `others` only through rounding a
    round figure: the intervals meet, the digit intervals do not."""
    if not all(f.digits.is_subset(f.interval) for f in (*among, *others)):
        # Never for figures read today (the digits narrow the rounding); compared pair by pair.
        return {
            a.claim.key
            for a in among
            if any(
                a.interval.intersects(b.interval) and not a.digits.intersects(b.digits)
                for b in others
            )
        }
    return _round_partner_below(among, others) | _round_partner_above(among, others)


def _round_partner_below(among: list[Figure], others: list[Figure]) -> set[str]:
    """Figures with a partner whose digit interval ends below theirs and whose interval reaches
    theirs (with digits inside intervals, the partner's interval then starts below their end):
    among the partners sorted by where their digits end, a running maximum of where they end."""
    rows = sorted(
        ((f.digits.high, f.interval.high) for f in others if f.digits.high is not None),
        key=lambda row: row[0],
    )
    ends = [row[0] for row in rows]
    reach: list[Fraction | None] = []  # the highest interval end so far; None: unbounded
    for _, high in rows:
        previous = reach[-1] if reach else high
        reach.append(None if high is None or previous is None else max(previous, high))
    found = set()
    for figure in among:
        start, low = figure.digits.low, figure.interval.low
        if start is None:
            continue
        count = bisect.bisect_left(ends, start)  # partners whose digits end below this start
        if count:
            top = reach[count - 1]
            if top is None or low is None or top >= low:
                found.add(figure.claim.key)
    return found


def _round_partner_above(among: list[Figure], others: list[Figure]) -> set[str]:
    """The mirror image: a partner whose digit interval starts above theirs and whose interval
    reaches down to theirs (a running minimum from the highest start down)."""
    rows = sorted(
        ((f.digits.low, f.interval.low) for f in others if f.digits.low is not None),
        key=lambda row: row[0],
    )
    starts = [row[0] for row in rows]
    reach: list[Fraction | None] = []  # from the end: the lowest interval start; None: unbounded
    for _, low in reversed(rows):
        previous = reach[-1] if reach else low
        reach.append(None if low is None or previous is None else min(previous, low))
    reach.reverse()
    found = set()
    for figure in among:
        end, high = figure.digits.high, figure.interval.high
        if end is None:
            continue
        first = bisect.bisect_right(starts, end)  # partners whose digits start above this end
        if first < len(rows):
            bottom = reach[first]
            if bottom is None or high is None or bottom <= high:
                found.add(figure.claim.key)
    return found


def _related_pairs(related: Related, pairs: Pairs) -> set[str]:
    """The claims in some pair the group compares that `related` picks."""
    found = related(pairs.core, pairs.core)
    for spans, years in pairs.links:
        found |= related(spans, years) | related(years, spans)
    return found


def _involved(related: Related, figures: list[Figure], pairs: Pairs) -> Iterator[list[Figure]]:
    """The figures in some related pair: those among claims stated for certain, then (when a
    drafted claim is in the group) those in a pair with a drafted claim, reported apart."""

    def certain(some: list[Figure]) -> list[Figure]:
        return [f for f in some if f.claim.confidence >= 1]

    def drafted(some: list[Figure]) -> list[Figure]:
        return [f for f in some if f.claim.confidence < 1]

    links = [(certain(spans), certain(years)) for spans, years in pairs.links]
    sets = [_related_pairs(related, Pairs(certain(pairs.core), links))]
    if any(f.claim.confidence < 1 for f in figures):
        # The pairs with a drafted claim: each list's drafted figures against what it meets.
        core = pairs.core
        found = related(core, drafted(core)) | related(drafted(core), core)
        for spans, years in pairs.links:
            found |= related(spans, drafted(years)) | related(drafted(years), spans)
            found |= related(years, drafted(spans)) | related(drafted(spans), years)
        sets.append(found)
    for keys in sets:
        if keys:
            yield [f for f in figures if f.claim.key in keys]


# ------------------------------------------------------------------ findings


def _findings(
    partition: Partition, rule: Rule, figures: list[Figure], pairs: Pairs
) -> Iterator[Outcome]:
    for chosen in _involved(_disagreeing, figures, pairs):
        yield (
            _pair(partition, rule, chosen)
            if len(chosen) == 2
            else _error(partition, rule, chosen, pairs)
        )
    for chosen in _involved(_round_only, figures, pairs):
        yield (
            _pair(partition, rule, chosen)
            if len(chosen) == 2
            else _warning(partition, rule, chosen, pairs)
        )


def _pair(partition: Partition, rule: Rule, chosen: list[Figure]) -> Outcome:
    """Two figures: the finding the pair's own evaluation gives (they are in key order)."""
    first, second = rule.plan.patterns
    claims = (chosen[0].claim, chosen[1].claim)
    outcome = evaluate(partition, rule, {first.name: claims[0], second.name: claims[1]}, claims)
    assert outcome is not None, "a pair found disagreeing (or resting on a round figure) holds"
    return outcome


def _error(partition: Partition, rule: Rule, chosen: list[Figure], pairs: Pairs) -> Outcome:
    """Three or more figures, cited in the order the message lists them: lowest first."""
    chosen = sorted(chosen, key=_by_value)
    claims = tuple(f.claim for f in chosen)
    arguments = _group_arguments(partition, rule, claims, pairs)
    arguments["count"] = str(len(chosen))
    arguments["figures"] = _figures_text(chosen)
    assert rule.spec.group_message is not None
    finding = make_finding(rule, rule.spec.severity, rule.spec.group_message, arguments, claims)
    return finding, claims


def _warning(partition: Partition, rule: Rule, chosen: list[Figure], pairs: Pairs) -> Outcome:
    """As a pair's warning that it holds only through round figures, naming the first few."""
    claims = tuple(f.claim for f in chosen)
    arguments = _group_arguments(partition, rule, claims, pairs)
    arguments["rule"] = rule.id
    arguments["rests_on"] = round_figures_named(claims)
    severity: Severity = "info" if rule.spec.severity == "info" else "warning"
    message = "{rule} holds only if {rests_on}; taken digit for digit, the figures disagree"
    return make_finding(rule, severity, message, arguments, claims), claims


def round_figures_named(claims: tuple[Claim, ...]) -> str:
    """The round figures among the claims and their ranges, the first few, each once."""
    round_figures: dict[str, list[Claim]] = {}  # one round figure stated again is named once
    for claim in claims:
        if claim.quantity.digits_exact is not None:
            round_figures.setdefault(claim.quantity.text, []).append(claim)
    named = [
        f"{text} ({_and(_shown_ids(same))}) is a round figure for something between "
        + round_range(same[0].quantity, same[0].quantity.written)
        for text, same in list(round_figures.items())[:MAX_ROUND_FIGURES]
    ]
    if len(round_figures) > MAX_ROUND_FIGURES:
        named.append(f"{len(round_figures) - MAX_ROUND_FIGURES} more figures are round ones too")
    return "; and ".join(named)


def _group_arguments(
    partition: Partition, rule: Rule, claims: tuple[Claim, ...], pairs: Pairs
) -> Arguments:
    """The first binding's placeholders, read from the first claim the group is about (a change
    over the group's span, not one given only in years), and with same_span the span in words."""
    core = {id(f.claim) for f in pairs.core}
    anchor = next((c for c in claims if id(c) in core), claims[0])
    arguments = finding_arguments({rule.plan.anchor.name: anchor}, partition.corpus)
    if rule.plan.patterns[1].same_span:
        arguments["span"] = _span_words(partition, anchor, claims)
    return arguments


def _span_words(partition: Partition, anchor: Claim, claims: tuple[Claim, ...]) -> str:
    """'2020 to 2023', 'from now to planned', '3 years'; a span of periods that changes given
    only in years meet adds '(or 3 years, as some changes give it)'."""
    if anchor.start_claim is not None and anchor.end_claim is not None:
        return f"from {_claim_id(partition, anchor.start_claim)} to " + _claim_id(
            partition, anchor.end_claim
        )
    if anchor.start is None:
        return _years(anchor.span_years)
    words = f"{anchor.start} to {anchor.end}"
    lengths = dict.fromkeys(c.span_years for c in claims if _only_years(c))
    if lengths:
        words += f" (or {' or '.join(_years(n) for n in lengths)}, as some changes give it)"
    return words


def _claim_id(partition: Partition, key: str) -> str:
    claim = partition.by_key.get(key)
    return claim.id if claim is not None else key


def _years(count: Fraction | None) -> str:
    if count is None:
        return "an unstated span"
    return f"{format_number(count)} year" + ("" if count == 1 else "s")


_ZERO = Fraction(0)


def _by_value(figure: Figure) -> tuple[bool, Fraction, bool, Fraction]:
    """Lowest first: an unbounded start before any, an unbounded end after any."""
    low, high = figure.interval.low, figure.interval.high
    return (low is not None, _ZERO if low is None else low, high is None, high or _ZERO)


def _figures_text(figures: list[Figure]) -> str:
    """'1,000 (c0 in One); 1,007 (c1 and c2 in One, c9 in Two); ...': figures sorted lowest
    first, each as written once with the claims that state it; past MAX_FIGURES, how many more
    and the highest."""
    by_text: dict[str, list[Claim]] = {}
    for figure in figures:
        by_text.setdefault(figure.claim.quantity.text, []).append(figure.claim)
    entries = [f"{text} ({_citations(claims)})" for text, claims in by_text.items()]
    if len(entries) > MAX_FIGURES:
        hidden = len(entries) - MAX_FIGURES + 1
        entries = [*entries[: MAX_FIGURES - 2], f"{hidden} more", entries[-1]]
    return "; ".join(entries)


def _citations(claims: list[Claim]) -> str:
    """'c1 and c2 in One, c9 in Two', at most MAX_CLAIMS_PER_FIGURE ids, then how many more."""
    by_source: dict[str, list[str]] = {}
    for claim in claims[:MAX_CLAIMS_PER_FIGURE]:
        by_source.setdefault(claim.source.title, []).append(claim.id)
    parts = [f"{_and(ids)} in {title}" for title, ids in by_source.items()]
    hidden = len(claims) - MAX_CLAIMS_PER_FIGURE
    if hidden > 0:
        parts.append(f"{hidden} more")
    return ", ".join(parts)


def _shown_ids(claims: list[Claim]) -> list[str]:
    """The ids of the first MAX_CLAIMS_PER_FIGURE claims, then how many more."""
    ids = [c.id for c in claims[:MAX_CLAIMS_PER_FIGURE]]
    hidden = len(claims) - MAX_CLAIMS_PER_FIGURE
    return [*ids, f"{hidden} more"] if hidden > 0 else ids


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
