"""Runs rules over a corpus: for each partition (see `index`), join, evaluate, report.

Partitions are independent: they can run in any order or process. An assert rule binds its
claims through its compiled join plan and evaluates its relation over their intervals; findings
carry the arithmetic and, for a claim that fails, a hint when another reading of it fits.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import timedelta
from typing import Any, ClassVar, NamedTuple

from quicktions import Fraction

from . import checks
from .collection import collect_rarely
from .corpus import Claim, ClaimMemo, Corpus, restatement
from .errors import CheckerError
from .expressions import Assertion, Name, Verdict, interval_sum, solve_for
from .findings import Finding, Fingerprint, Severity, cite, sorted_findings
from .index import Bindings, Lack, Partition, Pattern, bound_claim, partitions
from .intervals import Interval, exact_point, format_fixed, format_number
from .periods import Period
from .quantities import Quantity, registry
from .reference_findings import against_references
from .rules import CLAIM_PLACEHOLDERS, Rule, claim_texts
from .vocabulary import SCALES

__all__ = ["WorkerLost", "check_corpus", "check_partition"]


class WorkerLost(CheckerError, RuntimeError):
    """A worker process died mid-run: the findings would be incomplete, so there are none."""


def check_corpus(corpus: Corpus, rules: list[Rule], hints: bool = True) -> list[Finding]:
    """Every rule over every partition of a corpus loaded whole (`load_corpus`), findings in a
    stable order. (A run loads and checks in pieces instead, one or several: see `processes`.)"""
    findings: list[Finding] = []
    with rare_collections():
        for partition in partitions(corpus):
            findings.extend(check_partition(partition, rules, hints))
    return sorted_findings(findings)


# Allocations between two collections of the youngest objects while rules run (Python's
# default is 700): findings pile up by the ten thousand and are never garbage (collection.py).
YOUNG_COLLECTION_EVERY = 100_000


def rare_collections() -> AbstractContextManager[None]:
    """The garbage collector run rarely while rules run."""
    return collect_rarely(YOUNG_COLLECTION_EVERY)


def check_partition(partition: Partition, rules: list[Rule], hints: bool = True) -> list[Finding]:
    """Every rule over one partition, with hints for the claims that fail and a note for each
    claim no rule could check."""
    record = Record([r for r in rules if r.spec.check == "assert"])
    outcomes = list(_run_rules(partition, rules, record))
    if hints:
        from .hints import add_hints  # hints re-evaluate joins through this module

        outcomes = add_hints(partition, outcomes, record)
    # A claim no rule checked gets one note that says all it lacked, in place of each rule's own;
    # a claim joined with levels of both its periods lacks none.
    # (An article claim: a reference figure need not be checked.)
    checked = record.checked
    unchecked = [
        c
        for c in partition.claims
        if c.key not in checked and not c.source.is_reference and not c.ignore
    ]
    not_lacking = {c.key for c in unchecked} | _joined_with_both_levels(record)
    said_once = [
        (finding, claims)
        for finding, claims in outcomes
        if record.lacking.get(id(finding), "") not in not_lacking
    ]
    read = (
        (against_references(uncertain_to_note(f, claims), claims), claims)
        for f, claims in said_once
    )
    kept = [(finding, claims) for finding, claims in read if finding is not None]
    findings = [finding for finding, _ in said_of_restatements_once(kept)]
    findings.extend(unchecked_notes(partition, rules, record, unchecked))
    return findings


def said_of_restatements_once(outcomes: list[Outcome]) -> list[Outcome]:
    """One finding for the findings of a rule that say the same of claims alike, place by place
    (`corpus.restatement`: one figure given again), naming the restatements; the rest as they
    are. Merged by what the claims state, never by the messages, and from one partition's
    findings alone (restatements share their entity and metric), so every backend and number of
    jobs merges alike."""
    # First by the sources, metrics and figures as written, which is quick; all the claims
    # state is compared only among findings alike in that (a figure is rarely given twice).
    rough: dict[tuple[str, ...], list[int]] = {}
    for index, (finding, claims) in enumerate(outcomes):
        written = [finding.rule, finding.severity]
        for claim in claims:
            written += (claim.source.id, claim.metric, claim.quantity.text)
        rough.setdefault(tuple(written), []).append(index)
    if len(rough) == len(outcomes):
        return outcomes
    alike: dict[Hashable, list[Outcome]] = {}
    for indices in rough.values():
        for index in indices:
            finding, claims = outcomes[index]
            key = (finding.rule, finding.severity, *map(restatement, claims))
            alike.setdefault(key if len(indices) > 1 else index, []).append(outcomes[index])
    merged = {id(group[0]): group for group in alike.values()}
    return [
        outcome if len(group) == 1 else _said_once(group)
        for outcome in outcomes
        if (group := merged.get(id(outcome))) is not None
    ]


def _said_once(group: list[Outcome]) -> Outcome:
    """The finding of the first claims in the files of a group alike, naming for each of its
    claims the restatements the others hold in its place and citing them after its own."""
    group = sorted(group, key=lambda outcome: [_place(c) for c in outcome[1]])
    first, claims = group[0]
    restated: list[list[Claim]] = [[] for _ in claims]
    for _, alike in group[1:]:
        for place, other in enumerate(alike):
            if all(other.key != c.key for c in (claims[place], *restated[place])):
                restated[place].append(other)
    named = [
        f"{' and '.join(o.id for o in sorted(others, key=_place))} of {claims[place].id}"
        for place, others in enumerate(restated)
        if others
    ]
    cited = list(claims)
    for others in restated:
        cited.extend(o for o in others if all(o.key != c.key for c in cited))
    merged = first.model_copy(
        update={
            "message": f"{first.message} (and the same of its restatements: {'; '.join(named)})",
            "claims": tuple(cite(c) for c in cited),
        }
    )
    return merged, tuple(cited)


def _place(claim: Claim) -> tuple[str, int, int]:
    position = claim.position
    return position.file, position.line, position.column


def _joined_with_both_levels(record: Record) -> set[str]:
    """The changes some rule joined with a level of each period they span: another rule's note
    that "the claims give no level for both periods" would say what is not so (a change of
    percentages is checked by percent-change-of-rate, whose levels growth does not take)."""
    joined = set()
    for key in set(record.lacking.values()):
        for join in record.joins.get(key, ()):
            change = next((c for c in join.claims if c.key == key), None)
            periods = {c.period for c in join.claims if c.key != key}
            if change is not None and {change.start, change.end} <= periods:
                joined.add(key)
                break
    return joined


def _spanned(claim: Claim) -> bool:
    """Whether a claim says what it spans: a change with no stated base ("the rise was 18%")
    is compared only with what it is linked to, and no note says it went unchecked."""
    if claim.kind not in ("change", "cagr"):
        return True
    return claim.start is not None or claim.start_claim is not None or claim.span_years is not None


def _spans_periods(claim: Claim) -> bool:
    """Whether a claim spans periods: a rule's unchecked note names the periods, so a change
    between two claims ("a gap of 200") gets none (the comparison rules check it)."""
    if claim.kind not in ("change", "cagr"):
        return True
    return claim.start is not None or claim.span_years is not None


UNCERTAIN_PREFIX = "possible inconsistency"
UNCERTAIN_SUFFIX = "check that these figures refer to the same thing"


def uncertain_to_note(finding: Finding, claims: Iterable[Claim]) -> Finding:
    """A finding that rests on a claim drafted below certainty (`confidence` < 1: a link the
    text may not state) is a note, never an error or a warning."""
    if finding.severity == "info" or all(c.confidence >= 1 for c in claims):
        return finding
    return as_possible(finding)


def as_possible(finding: Finding) -> Finding:
    return finding.model_copy(
        update={
            "severity": "info",
            "message": f"{UNCERTAIN_PREFIX} ({finding.rule}): {finding.message}: {UNCERTAIN_SUFFIX}",
        }
    )


# ------------------------------------------------------------------ running rules


Outcome = tuple[Finding, tuple[Claim, ...]]


@dataclasses.dataclass
class Join:
    """One binding of a rule's join that was evaluated, kept so hints can evaluate it again."""

    rule: Rule
    bindings: dict[str, Any]
    claims: tuple[Claim, ...]
    # The sides of the assertion as the figures read, by index, worked out when first needed.
    # (None until one is: most joins are never looked at again.)
    _sides: dict[int, Interval] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    @functools.cached_property
    def keys(self) -> frozenset[str]:
        """Its claims' keys, once: a group's join is looked at for each claim of the group."""
        return frozenset(c.key for c in self.claims)

    def may_pass(self, changed: Claim) -> bool:
        """Whether changing this one claim could make the join pass: always, for a join of its
        own claims; a group of figures can disagree without it (see `groups`)."""
        return True

    def fails(self, changed: Changed = None) -> bool:
        """Whether it fails as far as hints go (see `fails_for_hints`); with `changed`, one
        claim's figure read as another interval (a repair tried). A side of the assertion that
        reads no binding of that claim is worked out once per join, not once per repair."""
        rule = self.rule
        assertion = rule.assertion
        if changed is None or assertion is None or rule.spec.severity == "info":
            return fails_for_hints(rule, self.bindings, changed)
        claim = changed[0]
        holding = {
            name
            for name, value in self.bindings.items()
            if value is claim or (value.__class__ is list and any(c is claim for c in value))
        }
        lookup = figure_lookup(self.bindings, nominal=False, changed=changed)
        given = tuple(
            None if holding & names else self._side(index)
            for index, names in enumerate(self._side_names)
        )
        return not assertion.holds_with(lookup, (given[0], given[1]))

    def likeness(self, claim: Claim) -> Hashable:
        """What the join is to one of its claims, that claim left out: its rule, the bindings
        that hold the claim and the other claims in their places. Two claims alike (figure,
        kind, periods...) with the same likeness in each of their joins fare alike in each
        repair a hint tries."""
        holding = tuple(
            name
            for name, value in self.bindings.items()
            if value is claim or (value.__class__ is list and any(c is claim for c in value))
        )
        return id(self.rule), holding, tuple(None if c is claim else id(c) for c in self.claims)

    def window(self, claim: Claim) -> Window | None:
        """The exact values of the claim's figure with which the join passes, read from the
        other side of the assertion (worked out once) when the claim is one side alone; None
        when it is not (its figure inside an expression: then only `fails` can say)."""
        rule = self.rule
        assertion = rule.assertion
        if assertion is None or rule.spec.severity == "info":
            return Window.ALL
        holding = {name for name, value in self.bindings.items() if value is claim}
        if len(holding) != 1 or any(
            value.__class__ is list and any(c is claim for c in value)
            for value in self.bindings.values()
        ):
            return None
        (binding,) = holding
        alone = Name(binding)
        for index, side in enumerate((assertion.left, assertion.right)):
            if side == alone and binding not in self._side_names[1 - index]:
                other = self._side(1 - index)
                op = assertion.op if index == 0 else _MIRRORED[assertion.op]
                return Window.solving(op, other)
        return None

    def rough_window(self, claim: Claim) -> Window | None:
        """Values of the claim's figure outside which the join certainly fails, when `window`
        finds none (the figure inside an expression: `end / start - 1`): the side that reads it
        solved for it (`expressions.solve_for`), a window wider than the exact values, for the
        hints' quick test of retyped figures alone. None when it cannot be solved so (the
        claim bound twice or in a list, its figure read twice or in a function)."""
        rule = self.rule
        assertion = rule.assertion
        if assertion is None or rule.spec.severity == "info":
            return Window.ALL
        holding = [name for name, value in self.bindings.items() if value is claim]
        if len(holding) != 1 or any(
            value.__class__ is list and any(c is claim for c in value)
            for value in self.bindings.values()
        ):
            return None
        name = Name(holding[0])
        left, right = self._side_names
        if name.binding in left and name.binding in right:
            return None
        index = 0 if name.binding in left else 1
        if _references(assertion, name.binding) != [name]:
            return None
        op = assertion.op if index == 0 else _MIRRORED[assertion.op]
        side = assertion.left if index == 0 else assertion.right
        try:
            other = self._side(1 - index)
            low = None if op in ("<", "<=") else other.low
            high = None if op in (">", ">=") else other.high
            lookup = figure_lookup(self.bindings, nominal=False)
            solved = solve_for(side, name, Interval(low, high), lookup)
        except (ValueError, ArithmeticError):  # a figure the join cannot read: no quick test
            return None
        return None if solved is None else Window(solved)

    @functools.cached_property
    def _side_names(self) -> tuple[set[str], set[str]]:
        assert self.rule.assertion is not None
        return self.rule.assertion.side_names()

    def _side(self, index: int) -> Interval:
        """One side of the assertion as the figures read, worked out once."""
        sides = self._sides
        if sides is None:
            sides = self._sides = {}
        if index not in sides:
            assert self.rule.assertion is not None
            lookup = figure_lookup(self.bindings, nominal=False)
            sides[index] = self.rule.assertion.side(index, lookup)
        return sides[index]


def _references(assertion: Assertion, binding: str) -> list[Name]:
    """Every place the assertion reads a binding (`start`, `start.span`), one entry each."""
    return [n for n in assertion.name_list() if n.binding == binding]


# A comparison read from its right side: `a <= b` is `b >= a`.
_MIRRORED = {"==": "==", "<=": ">=", ">=": "<=", "<": ">", ">": "<"}


@dataclasses.dataclass(frozen=True, slots=True)
class Window:
    """The exact values one claim's figure may take for a join (or several) to pass: the closed
    `interval`, or none at all when it is None. A hint tests each retyping of a figure against
    it, in place of evaluating every join again."""

    interval: Interval | None

    ALL: ClassVar[Window]
    NONE: ClassVar[Window]

    @classmethod
    def between(cls, low: Fraction | None, high: Fraction | None) -> Window:
        """From low to high (None: unbounded), none when low is above high."""
        if low is not None and high is not None and low > high:
            return cls.NONE
        return cls(Interval(low, high))

    @classmethod
    def solving(cls, op: str, other: Interval) -> Window | None:
        """The exact values x with `x op other` for some value of `other` (as `_compare` reads
        a comparison of intervals); None for a strict comparison (an open window)."""
        if op == "==":
            return cls(other)
        if op == "<=":
            return cls.between(None, other.high)
        if op == ">=":
            return cls.between(other.low, None)
        return None

    def narrowed(self, other: Window) -> Window:
        if self.interval is None or other.interval is None:
            return Window.NONE
        both = self.interval.intersection(other.interval)
        return Window.NONE if both is None else Window(both)

    def admits(self, value: Fraction) -> bool:
        found = self.interval
        return found is not None and found.contains(value)

    def meets(self, values: Interval) -> bool:
        """Whether some value of the interval is admitted (a figure read with its range)."""
        return self.interval is not None and self.interval.intersects(values)


Window.ALL = Window(Interval.everything())
Window.NONE = Window(None)


@dataclasses.dataclass
class Record:
    """What a run over a partition evaluated: the joins, by claim key when asked (`joins`), and
    the claims some rule checked (a join of theirs evaluated, or a restatement compared with a
    rate)."""

    rules: list[Rule]  # the assert rules run
    checked: set[str] = dataclasses.field(default_factory=set)
    passed: dict[str, set[str]] = dataclasses.field(default_factory=dict)  # key -> rules passed
    # Whether to keep `passed`: the soundness tests read it, a run does not (a set per claim
    # checked, and a question to each error whether it rests on a round figure).
    keep_passed: bool = False
    # A rule's own note that it found nothing to check a claim against: id(note) -> claim key.
    lacking: dict[int, str] = dataclasses.field(default_factory=dict)
    # Every join evaluated, in order. Only hints (for a partition with an error) and the rules'
    # own notes read them by claim, so they are indexed so when first asked (`joins`): a list per
    # claim checked cost more than the rest of recording them, in partitions that never ask.
    evaluated: list[Join] = dataclasses.field(default_factory=list)
    _joins: dict[str, list[Join]] | None = dataclasses.field(default=None, init=False, repr=False)
    # For each rule (by `id`), its anchors whose join search found nothing, with what the search
    # says was missing (`JoinPlan.bindings`' `lacks`): the notes of claims no rule checked read
    # them rather than search again.
    lacks: dict[int, dict[str, tuple[Pattern, Bindings]]] = dataclasses.field(default_factory=dict)

    def add(self, join: Join) -> None:
        self.evaluated.append(join)
        checked = self.checked
        for claim in join.claims:
            checked.add(claim.key)
        if self._joins is not None:
            _index_join(self._joins, join)

    @property
    def joins(self) -> dict[str, list[Join]]:
        """The joins evaluated of each claim, by its key, in the order evaluated."""
        if self._joins is None:
            self._joins = defaultdict(list)
            for join in self.evaluated:
                _index_join(self._joins, join)
        return self._joins


def _index_join(index: dict[str, list[Join]], join: Join) -> None:
    for claim in join.claims:
        index[claim.key].append(join)


def _run_rules(
    partition: Partition, rules: list[Rule], record: Record | None = None
) -> Iterator[Outcome]:
    """Findings of every rule; `record`, when given, keeps the joins evaluated."""
    for rule in rules:
        try:
            if rule.spec.check == "assert":
                yield from _run_assert(partition, rule, record)
            else:
                for finding_claims, severity, message, arguments in checks.run(
                    rule.spec.check, partition, rule, record.checked if record else None
                ):
                    hint = arguments.pop("hint", None)
                    yield (
                        make_finding(rule, severity, message, arguments, finding_claims, hint=hint),
                        tuple(finding_claims),
                    )
        except Exception as exc:  # a rule's bug must not hide the other rules' findings
            anchor = partition.claims[0]
            yield (
                make_finding(
                    rule,
                    "error",
                    "internal error in rule {rule}: {error} (please report it)",
                    {"rule": rule.id, "error": f"{type(exc).__name__}: {exc}"},
                    [anchor],
                ),
                (anchor,),
            )


def _run_assert(partition: Partition, rule: Rule, record: Record | None) -> Iterator[Outcome]:
    assert rule.assertion is not None
    if rule.spec.compare == "groups" and len(rule.plan.patterns) == 3:
        from .crossed import run_crossed  # it builds on this module

        yield from run_crossed(partition, rule, record)
        return
    if rule.spec.compare == "groups":
        from .groups import run_groups  # it builds on this module

        yield from run_groups(partition, rule, record)
        return
    plan = rule.plan
    if not rule.spec.unchecked and (plan.never_binds(partition) or plan.lacks_a_form(partition)):
        return  # no join, and no note of its own for an anchor that finds none
    seen: set[frozenset[str]] = set()
    reachable: dict[Any, bool] = {}
    lacks = None if record is None else record.lacks.setdefault(id(rule), {})
    for anchor in plan.anchors(partition):
        joins = (
            plan.bindings(partition, anchor, lacks)
            if plan.can_bind(partition, anchor, reachable)
            else []
        )
        for bindings, claims in joins:
            key = frozenset([c.key for c in claims])
            if key in seen:
                continue
            seen.add(key)
            if partition.ignoring and any(rule.id in c.ignore for c in claims):
                continue
            if record is not None:
                record.add(Join(rule, bindings, claims))
            outcome = evaluate(partition, rule, bindings, claims)
            # A relation that holds through a round figure passes, as far as the hints go.
            if (
                record is not None
                and record.keep_passed
                and (outcome is None or passes_for_hints(outcome[0]))
            ):
                _passed(record, claims, rule.id)
            if outcome is not None:
                yield outcome
        if not joins and rule.spec.unchecked:
            note = lacking_note(partition, rule, anchor, record)
            if note is not None:
                yield note


def _passed(record: Record, claims: tuple[Claim, ...], rule_id: str) -> None:
    """Records that a rule's join of these claims passed."""
    passed = record.passed
    for claim in claims:
        rules = passed.get(claim.key)
        if rules is None:
            rules = passed[claim.key] = set()
        rules.add(rule_id)


def lacking_note(
    partition: Partition, rule: Rule, anchor: Claim, record: Record | None
) -> Outcome | None:
    """The rule's own note that it found nothing to check an anchor against, if it has one."""
    spec = rule.spec
    if not spec.unchecked or rule.id in anchor.ignore or not _spans_periods(anchor):
        return None
    template, bindings, corpus = spec.unchecked, {rule.plan.anchor.name: anchor}, partition.corpus
    note = lazy_finding(
        rule, "info", [anchor], lambda: (template, finding_arguments(bindings, corpus), None, None)
    )
    if record is not None:
        record.lacking[id(note)] = anchor.key
    return note, (anchor,)


def passes_for_hints(finding: Finding) -> bool:
    """A note, or a warning that a relation holds only through a round figure: the relation
    holds, as far as a hint is concerned."""
    return finding.severity == "info" or "rests_on" in finding.arguments


# ------------------------------------------------------------------ claims no rule checked

UNCHECKED = "unchecked"
_KIND_WORDS = {
    "value": "a figure",
    "change": "a change",
    "cagr": "an annual rate",
    "share": "a share",
}


def unchecked_notes(
    partition: Partition, rules: list[Rule], record: Record, unchecked: list[Claim]
) -> list[Finding]:
    """A note for every article claim that no rule checked (`unchecked`, in the partition's
    order), saying what each rule that could have checked it was missing (a level for a
    period, a partner claim, the whole of a share): as the rule's own search found it
    (`record.lacks`), else searched again."""
    notes = []
    assert_rules = [r for r in rules if r.spec.check == "assert"]
    # The rules whose anchor takes a claim of each kind and metric and that could say what it
    # lacks: most rules anchor on one kind of a few metrics, and asking each of them about
    # every unchecked claim cost more than the rest of the notes.
    rules_for: dict[tuple[str, str], list[Rule]] = {}
    for claim in unchecked:
        if not _spanned(claim):
            notes.append(
                _unchecked_note(claim, "the text gives no span, and no claim it is stated against")
            )
            continue
        shape = (claim.kind, claim.metric)
        if shape not in rules_for:
            rules_for[shape] = [
                r
                for r in assert_rules
                if _may_anchor(r, claim, partition.corpus)
                and not _relates_nothing(r, claim, partition.corpus)
            ]
        missing: dict[str, None] = {}
        for rule in rules_for[shape]:
            found = _lack(partition, rule, claim, record.lacks.get(id(rule)))
            if found is not None:
                missing.setdefault(f"{_describe(claim, *found, partition)} ({rule.id})")
        reasons = (
            # levels and partners first: "another figure of the same" is the weakest lead
            "it would need "
            + "; or ".join(sorted(missing, key=lambda r: r.startswith("another"))[:3])
            if missing
            else "no rule relates a claim of this kind to another"
        )
        notes.append(_unchecked_note(claim, reasons))
    return notes


def _lack(
    partition: Partition,
    rule: Rule,
    claim: Claim,
    lacks: dict[str, tuple[Pattern, Bindings]] | None,
) -> Lack:
    """What the rule found missing for an unchecked claim (`JoinPlan.missing`)."""
    kept = None if lacks is None else lacks.get(claim.key)
    if kept is None:
        return rule.plan.missing(partition, claim)
    return rule.plan.missing_as_kept(partition.corpus, claim, kept)


def _may_anchor(rule: Rule, claim: Claim, corpus: Corpus) -> bool:
    """Whether the rule's anchor takes claims of this claim's kind and metric (its other tests
    read the claim itself, and `missing` makes them)."""
    anchor = rule.plan.anchor
    return (anchor.kind is None or anchor.kind == claim.kind) and (
        anchor.metric is None or claim.metric in anchor.metric.read_list({}, corpus)
    )


def _relates_nothing(rule: Rule, claim: Claim, corpus: Corpus) -> bool:
    """Whether the rule's first pattern after its anchor reads no metric from a claim of this
    metric (`total.metric.sum_of` of a metric the vocabulary declares no sum for): `missing`
    and `missing_as_kept` then say nothing of any such claim, whatever else it states, so
    they are not asked claim by claim."""
    later = rule.plan.patterns[1:2]
    if not later or later[0].metric is None:
        return False
    path = later[0].metric
    return (
        path.binding == rule.plan.anchor.name
        and path.claim_attribute == "metric"
        and not path.read_list({path.binding: claim}, corpus)
    )


def _unchecked_note(claim: Claim, reasons: str) -> Finding:
    template = "no rule could check {claim}: " + reasons

    def text() -> dict[str, Any]:
        arguments = {"claim": claim.id}
        return {
            "message": fill(template, arguments),
            "template": template,
            "arguments": arguments,
            "stated": None,
            "computed": None,
            "claims": (cite(claim),),
            "fingerprint": Fingerprint(UNCHECKED, template, (claim.key,)),
        }

    return Finding.lazy(UNCHECKED, "info", claim.position, text)


def _describe(claim: Claim, pattern: Any, bindings: dict[str, Any], partition: Partition) -> str:
    """What a join pattern looked for, in words: 'a figure of passengers for 2016'."""
    corpus = partition.corpus
    if pattern.claim is not None:
        return f"the claim {pattern.claim.read(bindings, corpus)}"
    words = [_KIND_WORDS.get(pattern.kind or "", "another claim")]
    if pattern.metric is not None:
        metrics = pattern.metric.read_list(bindings, corpus)
        if metrics == [claim.metric] and pattern.kind == claim.kind:
            words[0] = "another " + words[0].split(" ", 1)[1]
        names = [corpus.label(m) for m in metrics]
        words.append("of " + (names[0] if len(names) == 1 else "each of " + ", ".join(names)))
    if pattern.of is not None:
        words.append(f"as a share of {pattern.of.read(bindings, corpus)}")
    period = pattern.period.read(bindings, corpus) if pattern.period is not None else None
    if period is not None:  # a claim with no period looks for others with none: nothing to say
        words.append(f"for {period}")
    elif pattern.same_span:
        words.append("over the same span")
    return " ".join(str(w) for w in words)


# ------------------------------------------------------------------ evaluating and reporting


# One claim's figure read as another interval (a hint's repair), without copying the claim.
Changed = tuple[Claim, Interval] | None


def figure_lookup(
    bindings: dict[str, Any],
    nominal: bool,
    stated: str | None = None,
    digits: bool = False,
    changed: Changed = None,
) -> Any:
    """Names to intervals; with `nominal`, every figure but the stated one (which keeps its own
    rounding) is taken exactly as written; with `digits`, round figures' zeros are taken as
    written digits, not as rounding; with `changed`, that claim's figure is that interval."""
    if not nominal and not digits and changed is None:
        return _plain_lookup(bindings)
    return _lookup(bindings, nominal, stated, digits, changed)


def _lookup(
    bindings: dict[str, Any], nominal: bool, stated: str | None, digits: bool, changed: Changed
) -> Any:
    """`figure_lookup`, whatever it is asked."""

    def lookup(name: Name) -> Interval | list[Interval]:
        value = bindings[name.binding]
        if name.attribute is None:
            if value.__class__ is list:
                return [_value(c, nominal, digits, changed) for c in value]
            if nominal and name.binding != stated:
                return exact_point(value.quantity.nominal)
            if changed is None and not digits:
                return value.quantity.interval  # as `_value` reads it, without the call
            return _value(value, False, digits, changed)
        claim = bound_claim(bindings, name.binding)
        if name.attribute == "span":
            return _span(claim)
        if name.attribute == "seconds":
            period = claim.period or claim.end
            if period is None:
                raise ValueError(f"claim '{claim.id}' has no period")
            return _duration(period, claim.quantity.unit.text)
        if name.attribute == "ratio":
            return _ratio(claim, nominal and name.binding != stated, changed)
        raise ValueError(
            f"'{name.attribute}' is not a figure of a claim (use {', '.join(FIGURES)})"
        )

    return lookup


def _plain_lookup(bindings: dict[str, Any]) -> Any:
    """`figure_lookup` of every figure as it reads, rounding and all (the lookup of every
    join a rule evaluates): a figure bound alone is its claim's interval, read directly."""

    def lookup(name: Name) -> Interval | list[Interval]:
        value = bindings[name.binding]
        if name.attribute is None and value.__class__ is not list:
            return value.quantity.interval
        return _lookup(bindings, False, None, False, None)(name)

    return lookup


def _verdicts(assertion: Assertion) -> tuple[Reading, Reading, Reading]:
    """The assertion compiled to read its figures straight from a join's bindings (see
    `Assertion.reading`), as `figure_lookup` reads them: every figure as it reads, rounding and
    all; every figure but the stated one (the left side's claim) as written; round figures'
    zeros as written digits. A reading is None for an assertion that reads an attribute other
    than a span (`change.ratio`) or a list term by term: `figure_lookup` then. Compiled once per
    assertion."""
    found = _VERDICTS.get(id(assertion))
    if found is None or found[0] is not assertion:
        left = assertion.left
        stated = left.binding if isinstance(left, Name) and left.attribute is None else None
        found = _VERDICTS[id(assertion)] = (
            assertion,
            assertion.reading(_figure_reader(_as_read)),
            assertion.reading(_figure_reader(_as_written, stated)),
            assertion.reading(_figure_reader(_as_digits)),
        )
    return found[1], found[2], found[3]


Reading = Callable[[dict[str, Any]], Verdict] | None
_VERDICTS: dict[int, tuple[Assertion, Reading, Reading, Reading]] = {}


def _as_read(claim: Claim) -> Interval:
    return claim.quantity.interval


def _as_written(claim: Claim) -> Interval:
    return exact_point(claim.quantity.nominal)


def _as_digits(claim: Claim) -> Interval:
    digits = claim.quantity.digits_exact
    return claim.quantity.interval if digits is None else digits


def _figure_reader(
    figure: Callable[[Claim], Interval], stated: str | None = None
) -> Callable[[Name], Callable[[dict[str, Any]], Interval] | None]:
    """For `Assertion.reading`: a name's figure read from the bindings by `figure` (the stated
    binding's as it reads), a list's figures summed, a claim's span; no reader for the other
    attributes (`figure_lookup` reads them)."""

    def reader(name: Name) -> Callable[[dict[str, Any]], Interval] | None:
        binding = name.binding
        if name.attribute == "span":  # read alike in every reading (compound rates)
            return lambda bindings: _span(bound_claim(bindings, binding))
        if name.attribute is not None:
            return None
        alone = _as_read if binding == stated else figure

        def read(bindings: dict[str, Any]) -> Interval:
            value = bindings[binding]
            if value.__class__ is list:  # each figure by `figure`, the stated one's too
                return interval_sum([figure(c) for c in value])
            return alone(value)

        return read

    return reader


def _span(claim: Claim) -> Interval:
    """`change.span`: the years a claim spans."""
    if claim.span_years is None:
        raise ValueError(f"claim '{claim.id}' gives no span in years")
    return Interval.point(claim.span_years)


# The attributes an assertion may read from a claim (`change.span`); rules are checked against
# this list when they load.
FIGURES = {
    "span": "the years a change or a compound rate spans",
    "seconds": "the length of the claim's period in seconds, for rates per unit of time",
    "ratio": "a change as end / start, whether written as a factor (x3) or a percent (+200 %)",
}


def _ratio(claim: Claim, nominal: bool, changed: Changed = None) -> Interval:
    """A change as the ratio of its end to its start, whatever form states it: `x3` is 3 and
    `+200 %` is 3 too, so two forms of one change compare directly."""
    form = claim.quantity.form
    value = _value(claim, nominal, changed=changed)
    if claim.kind != "change" or form not in ("factor", "percent"):
        raise ValueError(f"claim '{claim.id}' states no ratio (a factor or a percent change)")
    return value + Interval.point(Fraction(1)) if form == "percent" else value


def _duration(period: Period, unit_text: str) -> Interval:
    """How long a period lasts for a rate: in calendar months or years when the rate is per month
    or per year and the period is made of whole months ("10,100 a month" over a quarter is
    30,300, though a quarter is not three mean months); in days otherwise."""
    words = unit_text.lower()
    unit = (
        "month" if "month" in words else "year" if ("year" in words or "annum" in words) else None
    )
    whole_months = (
        period.start.day == 1 and period.end.month != (period.end + timedelta(days=1)).month
    )
    if unit is None or not whole_months:
        return Interval.point(period.days * 86400)
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    count = Fraction(months) if unit == "month" else Fraction(months, 12)
    return Interval.point(count * _seconds_per(unit))


@functools.lru_cache(maxsize=4)
def _seconds_per(unit: str) -> Fraction:
    """Seconds in the registry's own month or year, so a rate and its duration use one definition."""
    return Fraction(registry().Quantity(Fraction(1), unit).to("second").magnitude)


def _value(claim: Claim, nominal: bool, digits: bool = False, changed: Changed = None) -> Interval:
    if changed is not None and claim is changed[0]:
        return changed[1]
    if nominal:
        return Interval.point(claim.quantity.nominal)
    if digits and claim.quantity.digits_exact is not None:
        return claim.quantity.digits_exact
    return claim.quantity.interval


def _round_figures_relied_on(
    assertion: Any, bindings: dict[str, Any], claims: tuple[Claim, ...]
) -> list[Claim]:
    """The round figures ("1,200 billion") a holding relation needs to be rounding: none when it
    also holds with every written digit taken as exact."""
    round_claims = [c for c in claims if c.quantity.digits_exact is not None]
    if not round_claims:
        return []
    by_digits = _verdicts(assertion)[2]
    if (
        by_digits(bindings)
        if by_digits is not None
        else assertion.evaluate(figure_lookup(bindings, False, digits=True))
    ).holds:
        return []
    return round_claims


def round_range(quantity: Quantity, written: Interval) -> str:
    """ "1,150 and 1,250 billion": the ends of a round figure's range in its own words."""
    if quantity.form != "number":
        return f"{_show(quantity, written.low)} and {_show(quantity, written.high)}"
    divisor = (SCALES[quantity.scale.lower()] if quantity.scale else 1) * quantity.unit.factor
    grouped = "," in quantity.number_text

    def number(x: Fraction | None) -> str:
        text = format_number(abs(x or 0) / divisor, 8)
        if grouped and "e" not in text:
            whole, _, decimals = text.partition(".")
            text = f"{int(whole):,}" + (f".{decimals}" if decimals else "")
        return ("-" if x is not None and x < 0 else "") + text

    words = " ".join(w for w in (quantity.scale, quantity.unit.text) if w)
    return f"{number(written.low)} and {number(written.high)} {words}".strip()


def _rests_on(
    partition: Partition,
    rule: Rule,
    bindings: dict[str, Any],
    claims: tuple[Claim, ...],
    round_claims: list[Claim],
) -> Outcome:
    """A warning naming the round figures a relation holds through, and their ranges."""
    figures = []
    for claim in round_claims:
        quantity, written = claim.quantity, claim.quantity.written
        figures.append(
            f"{quantity.text} ({claim.id}) is a round figure for something between "
            + round_range(quantity, written)
        )
    arguments = finding_arguments(bindings, partition.corpus)
    arguments["rule"] = rule.id
    arguments["rests_on"] = "; and ".join(figures)
    severity: Severity = "info" if rule.spec.severity == "info" else "warning"
    message = "{rule} holds only if {rests_on}; taken digit for digit, the figures disagree"
    return make_finding(rule, severity, message, arguments, claims), claims


def fails_for_hints(rule: Rule, bindings: dict[str, Any], changed: Changed = None) -> bool:
    """Whether `evaluate` would give a finding that `passes_for_hints` rejects, without writing
    its message: the relation does not hold with every figure inside its rounding, and the rule
    is not a note (a relation that holds, if only through rounding or a round figure, passes).
    With `changed`, one claim's figure is read as another interval (a repair tried). (A group
    of figures bound by `groups.run_groups` answers for itself: see `GroupJoin.fails`.)"""
    assert rule.assertion is not None
    if rule.spec.severity == "info":
        return False
    as_read = _verdicts(rule.assertion)[0] if changed is None else None
    if as_read is not None:
        return not as_read(bindings).holds
    return not rule.assertion.evaluate(
        figure_lookup(bindings, nominal=False, changed=changed)
    ).holds


def evaluate(
    partition: Partition, rule: Rule, bindings: dict[str, Any], claims: tuple[Claim, ...]
) -> Outcome | None:
    assertion = rule.assertion
    assert assertion is not None
    as_read, as_written, _ = _verdicts(assertion)
    verdict = (
        as_read(bindings)
        if as_read is not None
        else assertion.evaluate(figure_lookup(bindings, nominal=False))
    )
    if verdict.holds:
        round_claims = _round_figures_relied_on(assertion, bindings, claims)
        if round_claims:
            return _rests_on(partition, rule, bindings, claims, round_claims)
    if verdict.holds and not rule.spec.note_rounding:
        return None
    stated_name = (
        assertion.left.binding
        if isinstance(assertion.left, Name) and assertion.left.attribute is None
        else None
    )
    nominal = (
        as_written(bindings)
        if as_written is not None
        else assertion.evaluate(figure_lookup(bindings, nominal=True, stated=stated_name))
    )
    if verdict.holds and nominal.holds:
        return None
    severity: Severity = rule.spec.severity if not verdict.holds else "info"
    near = rule.plan.near_notes(bindings, partition.corpus)
    if near and severity == "error":
        severity = "warning"
    corpus = partition.corpus

    def parts() -> Parts:
        arguments = finding_arguments(bindings, corpus)
        stated_claim = _stated_claim(assertion, bindings)
        # Written when read: a rounding note's message names its figures as written alone.
        arguments["computed"] = Presented(stated_claim, verdict.computed, nominal.computed)
        arguments["stated"] = stated_in_words(stated_claim) if stated_claim else str(verdict.stated)
        if verdict.holds:
            precise = present(stated_claim, nominal.computed, None, extra_places=2)
            message = (
                "{stated} holds only thanks to rounding: the figures as written give "
                + precise
                + " ({rule})"
            )
            arguments["rule"] = rule.id
        else:
            message = rule.spec.message
        if near:
            message += " (periods only nearly match: " + "; ".join(near) + ")"
        return message, arguments, verdict.stated, verdict.computed

    return lazy_finding(rule, severity, claims, parts), tuple(claims)


def _stated_claim(assertion: Any, bindings: dict[str, Any]) -> Claim | None:
    """The claim whose terms (percent, scale, unit) present the computed side: the left side's
    claim, else the first claim named in the assertion (`sum(shares) == 1` shows percents)."""
    left = assertion.left
    if (
        isinstance(left, Name)
        and left.attribute is None
        and not isinstance(bindings.get(left.binding), list)
    ):
        return bindings[left.binding]
    names = sorted(assertion.names())
    return bound_claim(bindings, names[0]) if names else None


def present(
    claim: Claim | None, interval: Interval, nominal: Interval | None, extra_places: int = 0
) -> str:
    """A computed figure in the stated claim's own terms: '+40.0% (+38.2% to +41.9% given rounding)'."""
    terms = _terms(claim.quantity) if claim else None
    return _presented(terms, interval, _point(nominal), extra_places)


def _point(nominal: Interval | None) -> Fraction | None:
    """The one value of an interval that is a point, else None."""
    return nominal.low if nominal is not None and nominal.is_point else None


def _presented(
    terms: Terms | None, interval: Interval, nominal: Fraction | None, extra_places: int
) -> str:
    """`present` in these terms, `nominal` the figures' value as written where it is one."""
    low, high = interval.low, interval.high
    if low is None and high is None:
        return "anything (the figures do not bound it)"
    if low is None:
        return f"at most {_show_in(terms, high, extra_places)}"
    low_text = _show_in(terms, low, extra_places)
    if high is None:
        return f"at least {low_text}"
    # Each bound written once: bounds that read the same are one figure.
    high_text = low_text if high == low else _show_in(terms, high, extra_places)
    if low_text == high_text:
        return low_text
    if nominal is not None:
        shown = _show_in(terms, nominal, extra_places)
        return f"{shown} ({low_text} to {high_text} given rounding)"
    return f"{low_text} to {high_text}"


# What `_show` reads of a quantity: whether it shows a sign, its form, its scale word, its
# unit's factor and words.
Terms = tuple[bool, str, str | None, Fraction, str]


def _terms(quantity: Quantity) -> Terms:
    unit = quantity.unit
    signed = bool(quantity.signed or quantity.direction)
    return signed, quantity.form, quantity.scale, unit.factor, unit.text


def _show(quantity: Quantity | None, x: Fraction, extra_places: int = 0) -> str:
    return _show_in(None if quantity is None else _terms(quantity), x, extra_places)


def _show_in(terms: Terms | None, x: Fraction, extra_places: int = 0) -> str:
    if terms is None:
        return format_number(x, 4 + extra_places)
    signed, form, scale_word, factor, unit_words = terms
    sign = "+" if signed and x > 0 else ""
    if form == "percent":
        return f"{sign}{format_fixed(x * 100, 1 + extra_places)}%"
    if form == "points":
        return f"{sign}{format_fixed(x * 100, 2 + extra_places)} pp"
    if form == "factor":
        return f"x{format_fixed(x, 2 + extra_places)}"
    scale = SCALES[scale_word.lower()] if scale_word else Fraction(1)
    shown = x / (scale * factor)
    words = " ".join(w for w in (scale_word, unit_words) if w)
    return f"{sign}{format_number(shown, 4 + extra_places)} {words}".strip()


class Presented:
    """`present`'s text of a computed figure, written when first read: a finding keeps it in
    its arguments, which a JSON report shows whole but a message seldom names (a rounding note's
    names the figures as written alone). It keeps the stated claim's terms, not the claim, and
    goes to another process as its text."""

    __slots__ = ("_terms", "_interval", "_nominal", "_text")

    def __init__(self, claim: Claim | None, interval: Interval, nominal: Interval | None) -> None:
        self._terms = _terms(claim.quantity) if claim else None
        self._interval = interval
        self._nominal = _point(nominal)
        self._text: str | None = None

    def __str__(self) -> str:
        text = self._text
        if text is None:
            text = self._text = _presented(self._terms, self._interval, self._nominal, 0)
        return text

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return str, (str(self),)


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?\}")


# A change given by its way alone ("rose to Y from X" drafted as "more than 0 %"), in words.
_WAY_IN_WORDS = {"+": "a rise", "-": "a fall"}


def stated_in_words(claim: Claim) -> str:
    """A claim's value as a finding names it: as written, but a change stated by its way alone
    with the way first: "a fall (less than 0 %)"."""
    way = claim.quantity.direction if claim.kind == "change" else None
    return claim.quantity.text if way is None else f"{_WAY_IN_WORDS[way]} ({claim.quantity.text})"


def finding_arguments(bindings: dict[str, Any], corpus: Corpus) -> Arguments:
    """The values a finding's template may name: each binding's value as written, and its
    claim's placeholder texts (CLAIM_PLACEHOLDERS) after its name (`change.period`)."""
    bound: list[Any] = []
    for name, value in bindings.items():
        if value.__class__ is list:
            texts = [c.quantity.text for c in value]
            each = EachTexts(", ".join(c.id for c in value), " times ".join(texts))
            bound += (name, " + ".join(texts), each)
        else:
            bound += (name, stated_in_words(value), _placeholder_texts(value, corpus))
    return Arguments(tuple(bound))


class EachTexts(NamedTuple):
    """What an `each` binding (a list of claims) fills into EACH_PLACEHOLDERS."""

    ids: str
    times: str


class Arguments(Mapping[str, str]):
    """A finding's arguments kept as its bindings' texts (one tuple per claim, the claim's
    placeholder texts, shared by the findings that cite it) and the values set after them
    (`arguments["rule"] = ...`, which win as in a dict): a message reads a few of them, and the
    whole dict, three dozen entries for three claims, is made only for a report that shows it
    (`as_dict`, in the order a dict filled binding by binding would have). Flat tuples, not
    dicts or a tuple per binding: a run holds one for each of its notes."""

    __slots__ = ("bound", "extra")

    def __init__(self, bound: tuple[Any, ...]) -> None:
        # name, value as written, and its claim's placeholder texts (an `each` list's ids), for
        # each binding in turn
        self.bound = bound
        # key, value, key, value... in the order set (a value may be a Presented: its text)
        self.extra: tuple[Any, ...] = ()

    def __setitem__(self, key: str, value: str | Presented) -> None:
        self.extra += (key, value)

    def __reduce__(self) -> tuple[Any, tuple[tuple[Any, ...], tuple[Any, ...]]]:
        # To another process (a settled finding's, see `findings.pack_findings`) as its two
        # tuples: the default state of slots is a dict per object, set name by name.
        return _arguments, (self.bound, self.extra)

    def get(self, key: str, default: Any = None) -> Any:
        extra = self.extra
        for place in range(len(extra) - 2, -1, -2):  # the last value set wins
            if extra[place] == key:
                value = extra[place + 1]
                return value if value.__class__ is not Presented else str(value)
        name, dot, attribute = key.partition(".")
        bound = self.bound
        for place in range(0, len(bound), 3):
            if bound[place] != name:
                continue
            if not dot:
                return bound[place + 1]
            more = bound[place + 2]
            if more.__class__ is EachTexts:
                return getattr(more, attribute) if attribute in EachTexts._fields else default
            index = _PLACEHOLDER_PLACES.get(attribute)
            found = None if index is None else more[index]
            return default if found is None else found
        return default

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())

    def as_dict(self) -> dict[str, str]:
        arguments: dict[str, str] = {}
        bound = self.bound
        for place in range(0, len(bound), 3):
            name, text, more = bound[place : place + 3]
            arguments[name] = text
            if more.__class__ is EachTexts:
                arguments[f"{name}.ids"] = more.ids
                arguments[f"{name}.times"] = more.times
                continue
            # The claim's texts beside their names after this binding's, those it has a value for.
            for argument, value in zip(_argument_names(name), more, strict=True):
                if value is not None:
                    arguments[argument] = value
        extra = self.extra
        for place in range(0, len(extra), 2):
            value = extra[place + 1]
            arguments[extra[place]] = value if value.__class__ is not Presented else str(value)
        return arguments


def _arguments(bound: tuple[Any, ...], extra: tuple[str, ...]) -> Arguments:
    """Arguments made again from their two tuples (see `Arguments.__reduce__`)."""
    arguments = Arguments(bound)
    arguments.extra = extra
    return arguments


def _claim_texts(claim: Claim, corpus: Corpus | None) -> tuple[str | None, ...]:
    assert corpus is not None
    return claim_texts(claim, corpus)


# Each placeholder's place in a claim's texts (`rules.claim_texts`).
_PLACEHOLDER_PLACES = {key: place for place, key in enumerate(CLAIM_PLACEHOLDERS)}


@functools.lru_cache(maxsize=1024)
def _argument_names(binding: str) -> tuple[str, ...]:
    """'change.period'... in the order of a claim's texts: one string for every finding that names it
    (a finding holds dozens)."""
    return tuple(f"{binding}.{key}" for key in CLAIM_PLACEHOLDERS)


# A claim's placeholder texts, worked out once while it is among the claims met lately.
_placeholder_texts: ClaimMemo[tuple[str | None, ...]] = ClaimMemo(_claim_texts)


def fill(template: str, arguments: Mapping[str, str]) -> str:
    """Put arguments into a message template; an unknown placeholder stays visible as written."""
    pieces = _template_pieces(template)
    if len(pieces) == 1:
        return template
    get = arguments.get
    filled = [pieces[0]]
    for place in range(1, len(pieces), 2):
        key = pieces[place]
        value = get(key, _UNKNOWN)
        if value is _UNKNOWN:
            value = "{" + key + "}"
        elif value is None:  # no text, as `re.sub` wrote it
            value = ""
        filled.append(value)
        filled.append(pieces[place + 1])
    return "".join(filled)


_UNKNOWN: Any = object()  # a placeholder no argument fills


@functools.lru_cache(maxsize=4096)
def _template_pieces(template: str) -> tuple[str, ...]:
    """A template cut at its placeholders: its text, then for each placeholder its key
    ('change.period') and the text after it. Parsed once for the templates a run
    repeats (a rule's message, fitted to each join; a rounding note's, which writes its own
    figure, is met once)."""
    split = _PLACEHOLDER.split(template)  # text, name, attribute or None, text, ...
    pieces = [split[0]]
    for place in range(1, len(split), 3):
        name, attribute = split[place], split[place + 1]
        pieces += (name if attribute is None else f"{name}.{attribute}", split[place + 2])
    return tuple(pieces)


def make_finding(
    rule: Rule,
    severity: Severity,
    template: str,
    arguments: Mapping[str, str],
    claims: Sequence[Claim],
    stated: str | None = None,
    computed: str | None = None,
    hint: str | None = None,
) -> Finding:
    """A finding from its template and arguments, its message and citations written when first
    asked for."""
    return lazy_finding(
        rule, severity, claims, lambda: (template, arguments, stated, computed), hint
    )


# What a finding's text is made of: its template, the arguments filled into it, and the stated
# and computed intervals (or their text).
Parts = tuple[str, Mapping[str, str], str | Interval | None, str | Interval | None]


def lazy_finding(
    rule: Rule,
    severity: Severity,
    claims: Sequence[Claim],
    parts: Callable[[], Parts],
    hint: str | None = None,
) -> Finding:
    """A finding whose text `parts()` makes when a reporter (or anything else) first asks for it:
    a note that is never shown is never written. Its arguments, fingerprint and intervals are
    given unwritten (see `Finding.settled`)."""
    rule_id = rule.id
    cited = tuple(claims)

    def text() -> dict[str, Any]:
        template, arguments, stated, computed = parts()
        return {
            "message": fill(template, arguments),
            "template": template,
            "arguments": arguments,
            "stated": stated,
            "computed": computed,
            "claims": tuple([cite(c) for c in cited]),
            "fingerprint": Fingerprint(rule_id, template, tuple([c.key for c in cited])),
        }

    return Finding.lazy(rule_id, severity, cited[0].position, text, hint)
