"""Rules with `compare: groups`: all the claims of one quantity compared at once.

A rule such as conflict equates one figure of two claims that share their keys (entity, metric,
period...). Compared in pairs, n statements of one quantity cost n(n-1)/2 evaluations and, when
they disagree, give as many findings. Here the claims the join relates are gathered into their
group (the relation is an equivalence: `rules` checks the join when the rule loads), and which
pairs fail is read from the sorted intervals, exactly (Fractions), without visiting the pairs:

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
from collections.abc import Callable, Iterator
from typing import Any

from quicktions import Fraction

from .corpus import Claim
from .engine import (
    Changed,
    Join,
    Outcome,
    Record,
    _arguments,
    _finding,
    _lookup,
    _round_range,
    evaluate,
    lacking_note,
    passes_for_hints,
)
from .expressions import Name
from .findings import Severity
from .index import Partition
from .intervals import Interval
from .rules import Rule

__all__ = ["GroupJoin", "group_agrees", "run_groups"]

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


def run_groups(partition: Partition, rule: Rule, record: Record | None) -> Iterator[Outcome]:
    """One pass over the rule's anchors, smallest key first: the first claim of a group finds
    the whole group (its second binding, `after` the first, takes every larger key)."""
    first, second = rule.plan.patterns
    read = figure_reader(rule)
    grouped: set[str] = set()
    for anchor in sorted(rule.plan.anchors(partition), key=_key):
        if anchor.key in grouped:
            continue
        others = second.candidates(partition, {first.name: anchor}, (anchor,))
        group = sorted([anchor, *others], key=_key)
        grouped.update(c.key for c in group)
        if len(group) == 1:
            note = lacking_note(partition, rule, anchor, record)
            if note is not None:
                yield note
            continue
        if partition.ignoring:
            group = [c for c in group if rule.id not in c.ignore]
            if len(group) < 2:
                continue
        figures = [Figure(c, read(c, False), read(c, True)) for c in group]
        outcomes = list(_findings(partition, rule, figures))
        if record is not None:
            bindings = {first.name: group[0], second.name: group[1:]}
            record.add(GroupJoin(rule, bindings, tuple(group), _fixable(figures)))
            # As pairs, a claim passes when one of its pairs does; here, when it is in no error.
            failed = {c.key for f, claims in outcomes if not passes_for_hints(f) for c in claims}
            for claim in group:
                if claim.key not in failed:
                    record.passed.setdefault(claim.key, set()).add(rule.id)
        yield from outcomes


def _key(claim: Claim) -> str:
    return claim.key


def figure_reader(rule: Rule) -> Callable[..., Interval]:
    """The figure the rule's assertion reads from one claim (its value, or `.ratio`), within its
    rounding or, with `digits`, with a round figure's zeros taken as written digits."""
    assert rule.assertion is not None
    name = rule.assertion.right
    assert isinstance(name, Name)

    def read(claim: Claim, digits: bool, changed: Changed = None) -> Interval:
        found = _lookup({name.binding: claim}, False, digits=digits, changed=changed)(name)
        assert isinstance(found, Interval)
        return found

    return read


def group_agrees(rule: Rule, bindings: dict[str, Any], changed: Changed = None) -> bool:
    """Whether every figure of a group (as bound by `run_groups`) agrees with every other; with
    `changed`, one claim's figure read as another interval (a repair a hint tries)."""
    first, second = rule.plan.patterns
    read = figure_reader(rule)
    claims = [bindings[first.name], *bindings[second.name]]
    return _agree([read(c, False, changed) for c in claims])


# ------------------------------------------------------------------ which figures disagree


def _agree(intervals: list[Interval]) -> bool:
    """Closed intervals meet pairwise exactly when the highest start is not above the lowest end."""
    lows = [i.low for i in intervals if i.low is not None]
    highs = [i.high for i in intervals if i.high is not None]
    return not lows or not highs or max(lows) <= min(highs)


def _fixable(figures: list[Figure]) -> frozenset[str]:
    intervals = [f.interval for f in figures]
    if _agree(intervals):
        return frozenset(f.claim.key for f in figures)
    # Only the figure that starts highest or the one that ends lowest can stand in the way.
    starts = [(f.interval.low, i) for i, f in enumerate(figures) if f.interval.low is not None]
    ends = [(f.interval.high, i) for i, f in enumerate(figures) if f.interval.high is not None]
    suspects = {max(starts)[1], min(ends)[1]}
    return frozenset(
        figures[i].claim.key
        for i in suspects
        if _agree([v for j, v in enumerate(intervals) if j != i])
    )


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


def _involved(related: Related, figures: list[Figure]) -> Iterator[list[Figure]]:
    """The figures in some related pair: those among claims stated for certain, then (when a
    drafted claim is in the group) those in a pair with a drafted claim, reported apart."""
    certain = [f for f in figures if f.claim.confidence >= 1]
    drafted = [f for f in figures if f.claim.confidence < 1]
    sets = [related(certain, certain)]
    if drafted:
        sets.append(related(figures, drafted) | related(drafted, figures))
    for keys in sets:
        if keys:
            yield [f for f in figures if f.claim.key in keys]


# ------------------------------------------------------------------ findings


def _findings(partition: Partition, rule: Rule, figures: list[Figure]) -> Iterator[Outcome]:
    for chosen in _involved(_disagreeing, figures):
        yield (
            _pair(partition, rule, chosen) if len(chosen) == 2 else _error(partition, rule, chosen)
        )
    for chosen in _involved(_round_only, figures):
        yield (
            _pair(partition, rule, chosen)
            if len(chosen) == 2
            else _warning(partition, rule, chosen)
        )


def _pair(partition: Partition, rule: Rule, chosen: list[Figure]) -> Outcome:
    """Two figures: the finding the pair's own evaluation gives (they are in key order)."""
    first, second = rule.plan.patterns
    claims = (chosen[0].claim, chosen[1].claim)
    outcome = evaluate(partition, rule, {first.name: claims[0], second.name: claims[1]}, claims)
    assert outcome is not None, "a pair found disagreeing (or resting on a round figure) holds"
    return outcome


def _error(partition: Partition, rule: Rule, chosen: list[Figure]) -> Outcome:
    """Three or more figures, cited in the order the message lists them: lowest first."""
    chosen = sorted(chosen, key=_by_value)
    claims = tuple(f.claim for f in chosen)
    arguments = _arguments({rule.plan.anchor.name: claims[0]}, partition)
    arguments["count"] = str(len(chosen))
    arguments["figures"] = _figures_text(chosen)
    assert rule.spec.group_message is not None
    finding = _finding(rule, rule.spec.severity, rule.spec.group_message, arguments, claims)
    return finding, claims


def _warning(partition: Partition, rule: Rule, chosen: list[Figure]) -> Outcome:
    """As a pair's warning that it holds only through round figures, naming the first few."""
    claims = tuple(f.claim for f in chosen)
    round_figures: dict[str, list[Claim]] = {}  # one round figure stated again is named once
    for claim in claims:
        if claim.quantity.digits_exact is not None:
            round_figures.setdefault(claim.quantity.text, []).append(claim)
    named = [
        f"{text} ({_and(_shown_ids(same))}) is a round figure for something between "
        + _round_range(same[0].quantity, same[0].quantity.written)
        for text, same in list(round_figures.items())[:MAX_ROUND_FIGURES]
    ]
    if len(round_figures) > MAX_ROUND_FIGURES:
        named.append(f"{len(round_figures) - MAX_ROUND_FIGURES} more figures are round ones too")
    arguments = _arguments({rule.plan.anchor.name: claims[0]}, partition)
    arguments["rule"] = rule.id
    arguments["rests_on"] = "; and ".join(named)
    severity: Severity = "info" if rule.spec.severity == "info" else "warning"
    message = "{rule} holds only if {rests_on}; taken digit for digit, the figures disagree"
    return _finding(rule, severity, message, arguments, claims), claims


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
