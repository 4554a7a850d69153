"""Rules with `compare: groups` and three bindings: stated figures against computed ones, at once.

change-amount-and-percent checks a change stated as a percent against the one an amount and the
level it reaches give (`percent == amount / (end - amount)`). Compared in triples, a span with
many amounts and many percents costs their product in evaluations and, when they disagree, in
findings. Here the claims are gathered into cells: the amounts (first binding) sharing their
metric and span and a level (third binding), and the percents (second binding) of that metric
and span. Every amount's computed figure must meet every stated one, which is read from the
extremes of each list (the cross sweeps of `groups`, with `Pairs.links`), exactly as the
triples would be evaluated one by one: the same findings for one failing triple, one finding
naming the figures for more, and a cost that grows with the claims.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Hashable, Iterator
from typing import Any

from .corpus import Claim
from .engine import (
    Arguments,
    Changed,
    Outcome,
    Record,
    Window,
    evaluate,
    figure_lookup,
    finding_arguments,
    lacking_note,
    make_finding,
    passes_for_hints,
)
from .findings import Severity
from .groups import (
    Agreement,
    Extremes,
    Figure,
    GroupJoin,
    Pairs,
    _by_value,
    _disagreeing,
    _figures_text,
    _fixable,
    _involved,
    _meet_across,
    _round_only,
    _span_key,
    _span_words,
    round_figures_named,
)
from .index import Partition
from .intervals import Interval
from .rules import Rule

__all__ = ["run_crossed"]

Cell = tuple[Any, ...]


def run_crossed(partition: Partition, rule: Rule, record: Record | None) -> Iterator[Outcome]:
    """Every cell of the rule's claims (see the module), findings and joins recorded as the
    triples would give them."""
    first, second, third = rule.plan.patterns
    stated_by_key: dict[Cell, list[Claim]] = {}
    cells: dict[tuple[Cell, str], tuple[Claim, list[Claim]]] = {}
    for anchor in sorted(rule.plan.anchors(partition), key=_key):
        key = _cell(rule, anchor)
        if key not in stated_by_key:  # the second binding reads only these keys of the first
            stated_by_key[key] = second.candidates(partition, {first.name: anchor}, (anchor,))
        stated = stated_by_key[key]
        levels = third.candidates(partition, {first.name: anchor}, (anchor,)) if stated else []
        for level in levels:
            cells.setdefault((key, level.key), (level, []))[1].append(anchor)
        if not levels:
            note = lacking_note(partition, rule, anchor, record)
            if note is not None:
                yield note
    for (key, _), (level, amounts) in cells.items():
        yield from _run_cell(partition, rule, record, (amounts, stated_by_key[key], level))


def _cell(rule: Rule, anchor: Claim) -> Cell:
    """What the second binding reads of the first: its entity, metric, span and dimension."""
    second = rule.plan.patterns[1]
    return (
        anchor.entity,
        anchor.metric,
        _span_key(anchor) if second.same_span else None,
        anchor.span_years if second.same_span else None,
        anchor.quantity.dimension if second.same_dimension else None,
    )


def _key(claim: Claim) -> str:
    return claim.key


@dataclasses.dataclass(frozen=True)
class Reader:
    """The figures of one cell as the assertion reads them: the stated one (its left side) of a
    claim of the second binding, the computed one (its right side) of a claim of the first with
    the cell's level; either with one claim's figure read otherwise (a repair tried)."""

    rule: Rule
    level: Claim

    def stated(self, claim: Claim, digits: bool = False, changed: Changed = None) -> Interval:
        assertion = self.rule.assertion
        assert assertion is not None
        name = self.rule.plan.patterns[1].name
        lookup = figure_lookup({name: claim}, False, digits=digits, changed=changed)
        return assertion.side(0, lookup)

    def computed(self, claim: Claim, digits: bool = False, changed: Changed = None) -> Interval:
        assertion = self.rule.assertion
        assert assertion is not None
        first, _, third = self.rule.plan.patterns
        bindings = {first.name: claim, third.name: self.level}
        return assertion.side(1, figure_lookup(bindings, False, digits=digits, changed=changed))


def _run_cell(
    partition: Partition,
    rule: Rule,
    record: Record | None,
    cell: tuple[list[Claim], list[Claim], Claim],
) -> Iterator[Outcome]:
    amounts, stated, level = cell
    if rule.id in level.ignore:
        return
    amounts = [c for c in amounts if rule.id not in c.ignore]
    stated = [c for c in stated if rule.id not in c.ignore]
    if not amounts or not stated:
        return
    read = Reader(rule, level)
    computed = [Figure(c, read.computed(c), read.computed(c, True)) for c in amounts]
    said = [Figure(c, read.stated(c), read.stated(c, True)) for c in stated]
    pairs = Pairs([], [(computed, said)])
    outcomes = list(_findings(partition, rule, level, [*computed, *said], pairs))
    if record is not None:
        join = CrossedJoin(rule, {}, (*amounts, *stated, level), _fixable(pairs))
        join.cell = (read, pairs)
        record.add(join)
        if record.keep_passed:
            failed = {c.key for f, claims in outcomes if not passes_for_hints(f) for c in claims}
            for claim in join.claims:
                if claim.key not in failed:
                    record.passed.setdefault(claim.key, set()).add(rule.id)
    yield from outcomes


def _findings(
    partition: Partition, rule: Rule, level: Claim, figures: list[Figure], pairs: Pairs
) -> Iterator[Outcome]:
    """As `groups._findings`: a failing triple as its own evaluation gives it, more at once."""
    computed = pairs.links[0][0]
    for related, many in ((_disagreeing, _error), (_round_only, _warning)):
        for chosen in _involved(related, figures, pairs):
            if len(chosen) == 2:  # one of each list: two of one list are never compared
                ordered = chosen if any(f is chosen[0] for f in computed) else chosen[::-1]
                yield _triple(partition, rule, level, ordered)
            else:
                yield many(partition, rule, level, chosen)


def _triple(partition: Partition, rule: Rule, level: Claim, chosen: list[Figure]) -> Outcome:
    """A computed figure and a stated one: the triple's own finding."""
    first, second, third = rule.plan.patterns
    amount, stated = chosen
    bindings = {first.name: amount.claim, second.name: stated.claim, third.name: level}
    claims = (amount.claim, stated.claim, level)
    outcome = evaluate(partition, rule, bindings, claims)
    assert outcome is not None, "a triple found disagreeing (or resting on a round figure) holds"
    return outcome


def _arguments(
    partition: Partition, rule: Rule, level: Claim, claims: tuple[Claim, ...]
) -> Arguments:
    """The first binding's placeholders (from the first amount named) and the level's."""
    first, second, third = rule.plan.patterns
    anchor = next((c for c in claims if first.accepts(c, partition.corpus)), claims[0])
    arguments = finding_arguments({first.name: anchor, third.name: level}, partition.corpus)
    if second.same_span:
        arguments["span"] = _span_words(partition, anchor, claims)
    return arguments


def _near(partition: Partition, rule: Rule, level: Claim, claims: tuple[Claim, ...]) -> bool:
    """Whether the level only nearly matches the period (a warning then, as for a triple)."""
    first, _, third = rule.plan.patterns
    anchor = next(c for c in claims if first.accepts(c, partition.corpus))
    return bool(rule.plan.near_notes({first.name: anchor, third.name: level}, partition.corpus))


def _error(partition: Partition, rule: Rule, level: Claim, chosen: list[Figure]) -> Outcome:
    """Three or more figures, lowest first, then the level."""
    chosen = sorted(chosen, key=_by_value)
    claims = (*(f.claim for f in chosen), level)
    arguments = _arguments(partition, rule, level, claims)
    arguments["count"] = str(len(chosen))
    arguments["figures"] = _figures_text(chosen)
    severity: Severity = rule.spec.severity
    if severity == "error" and _near(partition, rule, level, claims):
        severity = "warning"
    assert rule.spec.group_message is not None
    return make_finding(rule, severity, rule.spec.group_message, arguments, claims), claims


def _warning(partition: Partition, rule: Rule, level: Claim, chosen: list[Figure]) -> Outcome:
    """As a triple's warning that it holds only through round figures, naming the first few."""
    claims = (*(f.claim for f in chosen), level)
    arguments = _arguments(partition, rule, level, claims)
    arguments["rule"] = rule.id
    arguments["rests_on"] = round_figures_named(claims)
    severity: Severity = "info" if rule.spec.severity == "info" else "warning"
    message = "{rule} holds only if {rests_on}; taken digit for digit, the figures disagree"
    return make_finding(rule, severity, message, arguments, claims), claims


# ------------------------------------------------------------------ hints


@dataclasses.dataclass
class CrossedJoin(GroupJoin):
    """A cell evaluated at once (see `run_crossed`): any one claim's repair answered from the
    extremes of the other list, or (the level, which every computed figure reads) by reading
    the cell again."""

    cell: tuple[Reader, Pairs] | None = None

    def may_pass(self, changed: Claim) -> bool:
        # without the level there is no triple to fail: its repair alone may settle them all
        return changed is self._reader.level or changed.key in self.fixable

    def likeness(self, claim: Claim) -> Hashable:
        return id(self), self.may_pass(claim)

    def fails(self, changed: Changed = None) -> bool:
        if self.rule.spec.severity == "info":
            return False
        if changed is not None and changed[0] is self._reader.level:
            # every computed figure read again, the ones at the extremes first: most repairs
            # of the level fail on one of them
            stated = self._agreement.links[0][1].bounds(None)
            return any(
                not _meet_across((i.low, i.high), stated)
                for claim in self._extremes_first
                for i in [self._reader.computed(claim, False, changed)]
            )
        return not self._agreement.agrees(changed)

    @functools.cached_property
    def _extremes_first(self) -> list[Claim]:
        """The claims of the computed figures, those at the extremes of the list first."""
        amounts = self._agreement.links[0][0]
        first = [amounts.claims[key] for _, key in (*amounts.starts, *amounts.ends)]
        return list({c.key: c for c in [*first, *amounts.claims.values()]}.values())

    def window(self, claim: Claim) -> Window | None:
        """For a stated figure, the values meeting every computed one; None for the others (a
        computed figure reads its claim inside an expression)."""
        if self.rule.spec.severity == "info":
            return Window.ALL
        said = self._pairs.links[0][1]
        if not any(f.claim is claim for f in said):
            return None
        found = self._agreement.window(claim).interval
        shift = self._reader.stated(claim, False, (claim, Interval.point(0)))
        one = self._reader.stated(claim, False, (claim, Interval.point(1)))
        if not (shift.is_point and one == shift + Interval.point(1)):
            return None
        return Window.NONE if found is None else Window(found - shift)

    @property
    def _reader(self) -> Reader:
        assert self.cell is not None
        return self.cell[0]

    @property
    def _pairs(self) -> Pairs:
        assert self.cell is not None
        return self.cell[1]

    @functools.cached_property
    def _agreement(self) -> Agreement:
        return CrossedAgreement(self._reader, self._pairs)


class CrossedAgreement(Agreement):
    """`groups.Agreement` over the two lists of a cell, each claim read by its own list."""

    def __init__(self, reader: Reader, pairs: Pairs) -> None:
        amounts, stated = pairs.links[0]
        computed = {f.claim.key for f in amounts}

        def read(claim: Claim, digits: bool, changed: Changed = None) -> Interval:
            by = reader.computed if claim.key in computed else reader.stated
            return by(claim, digits, changed)

        self.read: Callable[..., Interval] = read
        self.core = Extremes([])
        self.links = [(Extremes(amounts), Extremes(stated))]
