"""Runs rules over a corpus: partition by entity, index, join, evaluate, report.

Claims are partitioned by entity (entities linked by a claim reference share a partition);
each partition is indexed by (entity, kind, metric, period) so every join is a lookup, never a
loop over pairs of the corpus. Partitions are independent: they can run in any order or process.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import itertools
import multiprocessing
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import timedelta
from fractions import Fraction
from typing import Any

from .corpus import Claim, Corpus
from .expressions import Name
from .findings import Finding, Severity, cite, fingerprint
from .intervals import Interval, format_number
from .periods import Period, parse_period
from .quantities import SCALES, Quantity, registry
from .rules import ClaimPattern, Rule
from . import checks

__all__ = ["Partition", "WorkerLost", "check_corpus", "check_partition", "entity_groups", "partitions"]

MAX_COMBINATIONS = 256
_TIME_RATE = ("[time]", Fraction(-1))


class Partition:
    """The claims of one group of entities, indexed for the joins rules make."""

    def __init__(self, claims: list[Claim], corpus: Corpus, references: list[Claim], shared: dict[str, Any] | None = None) -> None:
        self.claims = claims
        self.corpus = corpus
        self.references = references
        # Derived from the references, the same for every partition: built once per run.
        self.shared: dict[str, Any] = shared if shared is not None else {}
        self.by_key: dict[str, Claim] = {c.key: c for c in claims}
        self.by_kind: dict[str, list[Claim]] = defaultdict(list)
        self.by_metric: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
        self.by_period: dict[tuple[str, str, str, Period | None], list[Claim]] = defaultdict(list)
        self.entities: dict[str, None] = {}  # in order of appearance
        for claim in claims:
            self.add(claim)

    def add(self, claim: Claim) -> None:
        self.entities.setdefault(claim.entity)
        self.by_kind[claim.kind].append(claim)
        self.by_metric[(claim.entity, claim.kind, claim.metric)].append(claim)
        self.by_period[(claim.entity, claim.kind, claim.metric, claim.period)].append(claim)

    def replaced(self, old: Claim, new: Claim) -> Partition:
        """The same partition with one claim read differently (for hints)."""
        return Partition([new if c is old else c for c in self.claims], self.corpus, self.references, self.shared)


def entity_groups(links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """For entities linked by claims (a change comparing two entities' claims, a restatement),
    the entity naming their shared partition: the smallest name of each linked group."""
    parent: dict[str, str] = {}

    def find(entity: str) -> str:
        while parent.setdefault(entity, entity) != entity:
            parent[entity] = parent[parent[entity]]
            entity = parent[entity]
        return entity

    for first, second in links:
        a, b = find(first), find(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {entity: find(entity) for entity in parent}


def partitions(corpus: Corpus) -> Iterator[Partition]:
    """Group claims by entity, merging entities that claims link by reference, in a stable order."""
    references = [c for c in corpus.claims if c.source.is_reference]
    by_key = {c.key: c for c in corpus.claims}
    groups_of = entity_groups(
        (claim.entity, by_key[linked].entity)
        for claim in corpus.claims
        for linked in (claim.start_claim, claim.end_claim, claim.converts)
        if linked in by_key
    )
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        groups[groups_of.get(claim.entity, claim.entity)].append(claim)
    shared: dict[str, Any] = {}
    for root in sorted(groups):
        yield Partition(groups[root], corpus, references, shared)


class WorkerLost(RuntimeError):
    """A worker process died mid-run: the findings would be incomplete, so there are none."""


def check_corpus(corpus: Corpus, rules: list[Rule], hints: bool = True, jobs: int = 1,
                 progress: Callable[[str, int, int], None] | None = None) -> list[Finding]:
    """Every rule over every partition, on `jobs` processes; the order of the findings is the same
    whatever the number of processes, since they are sorted after the merge."""
    groups = list(partitions(corpus))
    report = progress or (lambda stage, done, total: None)
    findings: list[Finding] = []
    if jobs <= 1 or len(groups) < 2:
        for done, partition in enumerate(groups, start=1):
            findings.extend(check_partition(partition, rules, hints))
            report("check", done, len(groups))
    else:
        findings = _check_in_processes(groups, rules, hints, jobs, report)
    return sorted(findings, key=Finding.sort_key)


_WORK: tuple[list[Partition], list[Rule], bool] | None = None


def _check_chunk(indices: list[int]) -> list[Finding]:
    assert _WORK is not None
    groups, rules, hints = _WORK
    return [f for index in indices for f in check_partition(groups[index], rules, hints)]


def _check_in_processes(groups: list[Partition], rules: list[Rule], hints: bool, jobs: int,
                        report: Callable[[str, int, int], None]) -> list[Finding]:
    """Partitions checked by forked workers, which inherit the loaded corpus instead of receiving it."""
    global _WORK
    context = multiprocessing.get_context("fork")
    pieces = jobs * 8
    chunks = [c for c in (list(range(start, len(groups), pieces)) for start in range(pieces)) if c]
    _WORK = (groups, rules, hints)
    findings: list[Finding] = []
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            done = 0
            for chunk, found in zip(chunks, pool.map(_check_chunk, chunks)):
                findings.extend(found)
                done += len(chunk)
                report("check", done, len(groups))
        return findings
    except concurrent.futures.process.BrokenProcessPool as exc:
        raise WorkerLost("a worker process stopped before finishing its partitions") from exc
    finally:
        _WORK = None


def check_partition(partition: Partition, rules: list[Rule], hints: bool = True) -> list[Finding]:
    """Every rule over one partition, with hints for the claims that fail."""
    outcomes = list(_run_rules(partition, rules, {}))
    if hints:
        outcomes = _add_hints(partition, rules, outcomes)
    return [finding for finding, _ in outcomes]


# ------------------------------------------------------------------ running rules


Outcome = tuple[Finding, tuple[Claim, ...]]
Passes = dict[str, set[str]]


def _run_rules(partition: Partition, rules: list[Rule], passes: Passes) -> Iterator[Outcome]:
    """Findings of every rule; `passes` collects, per claim key, the rules it was checked by and passed."""
    for rule in rules:
        try:
            if rule.spec.check == "assert":
                yield from _run_assert(partition, rule, passes)
            else:
                for finding_claims, severity, message, arguments in checks.run(rule.spec.check, partition, rule):
                    yield _finding(rule, severity, message, arguments, finding_claims), tuple(finding_claims)
        except Exception as exc:  # a rule's bug must not hide the other rules' findings
            anchor = partition.claims[0]
            yield _finding(rule, "error", "internal error in rule {rule}: {error} (please report it)",
                           {"rule": rule.id, "error": f"{type(exc).__name__}: {exc}"}, [anchor]), (anchor,)


def _run_assert(partition: Partition, rule: Rule, passes: Passes) -> Iterator[Outcome]:
    spec = rule.spec
    assert spec.join is not None and rule.assertion is not None
    names = list(spec.join)
    anchor_name = names[0]
    anchor_pattern = spec.join[anchor_name]
    seen: set[frozenset[str]] = set()
    for anchor in _candidates(partition, anchor_pattern, {}):
        joined = False
        for bindings in _extend(partition, spec.join, names[1:], {anchor_name: anchor}):
            if bindings is None:
                continue
            joined = True
            claims = _claims_of(bindings)
            key = frozenset(c.key for c in claims)
            if key in seen:
                continue
            seen.add(key)
            if any(rule.id in c.ignore for c in claims):
                continue
            outcome = _evaluate(partition, rule, bindings, claims)
            if outcome is None or outcome[0].severity == "info":
                for claim in claims:
                    passes.setdefault(claim.key, set()).add(rule.id)
            if outcome is not None:
                yield outcome
        if not joined and spec.unchecked and rule.id not in anchor.ignore:
            arguments = _arguments({anchor_name: anchor}, partition)
            yield _finding(rule, "info", spec.unchecked, arguments, [anchor]), (anchor,)


def _extend(partition: Partition, join: dict[str, ClaimPattern], names: list[str],
            bindings: dict[str, Any]) -> Iterator[dict[str, Any] | None]:
    """Every way to bind the remaining names; None marks a binding that found no claim."""
    if not names:
        yield dict(bindings)
        return
    name, rest = names[0], names[1:]
    pattern = join[name]
    if pattern.each:
        choices = _each_choices(partition, pattern, bindings)
        if choices is None:
            yield None
            return
        for combination in itertools.islice(itertools.product(*choices), MAX_COMBINATIONS):
            yield from _extend(partition, join, rest, {**bindings, name: list(combination)})
        return
    found = False
    for candidate in _candidates(partition, pattern, bindings):
        found = True
        yield from _extend(partition, join, rest, {**bindings, name: candidate})
    if not found:
        yield None


def _each_choices(partition: Partition, pattern: ClaimPattern, bindings: dict[str, Any]) -> list[list[Claim]] | None:
    metrics = _resolve_list(pattern.metric, bindings, partition)
    if not metrics:
        return None
    choices = []
    for metric in metrics:
        single = pattern.model_copy(update={"metric": None})
        options = list(_candidates(partition, single, bindings, metric_override=metric))
        if not options:
            return None
        choices.append(options)
    return choices


def _claims_of(bindings: dict[str, Any]) -> list[Claim]:
    """The distinct claims of a join, in binding order (an `each` list may repeat the anchor)."""
    claims: dict[str, Claim] = {}
    for value in bindings.values():
        for claim in value if isinstance(value, list) else [value]:
            claims.setdefault(claim.key, claim)
    return list(claims.values())


def _candidates(partition: Partition, pattern: ClaimPattern, bindings: dict[str, Any],
                metric_override: str | None = None) -> Iterator[Claim]:
    bound = [c for value in bindings.values() for c in (value if isinstance(value, list) else [value])]
    entity = bound[0].entity if bound else None
    if pattern.claim:
        key = _resolve(pattern.claim, bindings, partition)
        pool: Iterable[Claim] = [partition.by_key[key]] if isinstance(key, str) and key in partition.by_key else []
    else:
        metrics = [metric_override] if metric_override else _resolve_list(pattern.metric, bindings, partition)
        kinds = [pattern.kind] if pattern.kind else ["value", "change", "cagr", "share"]
        if metrics is None:
            pool = (c for kind in kinds for c in partition.by_kind.get(kind, ()) if entity is None or c.entity == entity)
        else:
            period = _resolve(pattern.period, bindings, partition) if pattern.period else None
            if isinstance(period, str):
                period = parse_period(period)  # a period written in the rule itself
            if pattern.period and period is None:
                return
            # An anchor (nothing bound yet) may be of any entity of the partition.
            entities = [entity] if entity is not None else partition.entities
            if pattern.period:
                pool = [c for e in entities for kind in kinds for m in metrics for c in partition.by_period.get((e, kind, m, period), ())]
                if not pool:
                    pool = [c for e in entities for c in _near_levels(partition, e, kinds, metrics, period)]
            else:
                pool = [c for e in entities for kind in kinds for m in metrics for c in partition.by_metric.get((e, kind, m), ())]
    for claim in pool:
        if not pattern.each and any(claim is b for b in bound):
            continue
        if _matches(claim, pattern, bindings, partition):
            yield claim


NEAR_DAYS = 62


def _near_levels(partition: Partition, entity: str | None, kinds: list[str], metrics: list[str], period: Period) -> list[Claim]:
    """Levels of a stock measured near the end of a period that has none of its own ("as of
    2023-11-24" for the end of 2023). A verdict resting on one is only a warning."""
    found = []
    for metric in metrics:
        declared = partition.corpus.metrics.get(metric)
        if declared is None or not declared.stock:
            continue
        for kind in kinds:
            for claim in partition.by_metric.get((entity, kind, metric), ()):
                other = claim.period
                if other is not None and other != period and period.contains(other) and (period.end - other.end).days <= NEAR_DAYS:
                    found.append(claim)
    return found


def _near_bindings(rule: Rule, bindings: dict[str, Any], partition: Partition) -> list[str]:
    """'figure for X stands in for Y' for each binding whose period only nearly matches."""
    notes = []
    for name, pattern in (rule.spec.join or {}).items():
        value = bindings.get(name)
        if pattern.period and isinstance(value, Claim):
            expected = _resolve(pattern.period, bindings, partition)
            if expected is not None and value.period != expected:
                notes.append(f"{value.id} gives {value.period}, not {expected}")
    return notes


def _matches(claim: Claim, pattern: ClaimPattern, bindings: dict[str, Any], partition: Partition) -> bool:
    if pattern.kind and claim.kind != pattern.kind:
        return False
    quantity = claim.quantity
    if pattern.form and quantity.form not in pattern.form:
        return False
    if pattern.span:
        if pattern.span == "periods" and (claim.start is None or claim.basis == "yoy"):
            return False
        if pattern.span == "claims" and claim.start_claim is None:
            return False
        if pattern.span == "years" and (claim.start is not None or claim.start_claim is not None):
            return False
    if pattern.basis:
        if (claim.basis or "none") != pattern.basis:
            return False
    if pattern.rate is not None and is_rate(claim, partition.corpus) != pattern.rate:
        return False
    if pattern.of is not None:
        wanted = _resolve(pattern.of, bindings, partition)
        if claim.of != wanted:
            return False
    if pattern.same_dimension and claim.quantity.dimension != _bound(bindings, pattern.same_dimension).quantity.dimension:
        return False
    if pattern.same_span and not _same_span(claim, _bound(bindings, pattern.same_span)):
        return False
    if pattern.after and claim.key <= _bound(bindings, pattern.after).key:
        return False
    return True


def _bound(bindings: dict[str, Any], name: str) -> Claim:
    value = bindings[name]
    return value[0] if isinstance(value, list) else value


def _same_span(a: Claim, b: Claim) -> bool:
    if a.start is not None and b.start is not None:
        return a.start == b.start and a.end == b.end
    return a.span_years is not None and a.span_years == b.span_years


def is_rate(claim: Claim, corpus: Corpus) -> bool:
    """A figure per unit of time of a metric that is not itself a rate (337 a day of a count)."""
    if _TIME_RATE not in claim.quantity.dimension:
        return False
    metric = corpus.metrics.get(claim.metric)
    return metric is None or _TIME_RATE not in metric.unit.dimension


def _resolve(path: str | None, bindings: dict[str, Any], partition: Partition) -> Any:
    """A pattern value: a literal, or a path from a binding (change.start, part.metric.part_of)."""
    if path is None:
        return None
    head, _, rest = path.partition(".")
    if head not in bindings:
        return path
    value: Any = _bound(bindings, head)
    for attribute in rest.split(".") if rest else []:
        value = _attribute(value, attribute, partition)
        if value is None:
            return None
    return value


def _resolve_list(path: str | None, bindings: dict[str, Any], partition: Partition) -> list[str] | None:
    if path is None:
        return None
    value = _resolve(path, bindings, partition)
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


_CLAIM_ATTRIBUTES = {"metric", "period", "start", "end", "start_claim", "end_claim", "of", "entity"}


def _attribute(value: Any, attribute: str, partition: Partition) -> Any:
    if isinstance(value, Claim):
        if attribute not in _CLAIM_ATTRIBUTES:
            raise ValueError(f"claims have no attribute '{attribute}' in rule paths")
        return getattr(value, attribute)
    if isinstance(value, str):
        metrics = partition.corpus.metrics
        if attribute == "ancestors":
            return partition.corpus.ancestors(value)
        if attribute == "descendants":
            return partition.corpus.descendants(value)
        metric = metrics.get(value)
        if metric is None:
            return None
        if attribute == "part_of":
            return metric.part_of
        if attribute == "sum_of":
            return list(metric.sum_of) or None
    if isinstance(value, Period) and attribute == "previous":
        return value.previous_year()
    raise ValueError(f"'{attribute}' cannot be read from {value!r} in a rule path")


# ------------------------------------------------------------------ evaluating and reporting


def _lookup(bindings: dict[str, Any], nominal: bool, stated: str | None = None) -> Any:
    """Names to intervals; with `nominal`, every figure but the stated one (which keeps its own
    rounding) is taken exactly as written."""
    def lookup(name: Name) -> Interval | list[Interval]:
        value = bindings[name.binding]
        if name.attribute is None:
            if isinstance(value, list):
                return [_value(c, nominal) for c in value]
            return _value(value, nominal and name.binding != stated)
        claim = _bound(bindings, name.binding)
        if name.attribute == "span":
            if claim.span_years is None:
                raise ValueError(f"claim '{claim.id}' gives no span in years")
            return Interval.point(claim.span_years)
        if name.attribute == "seconds":
            period = claim.period or claim.end
            if period is None:
                raise ValueError(f"claim '{claim.id}' has no period")
            return _duration(period, claim.quantity.unit.text)
        raise ValueError(f"'{name.attribute}' is not a figure of a claim (use span or seconds)")

    return lookup


def _duration(period: Period, unit_text: str) -> Interval:
    """How long a period lasts for a rate: in calendar months or years when the rate is per month
    or per year and the period is made of whole months ("10,100 a month" over a quarter is
    30,300, though a quarter is not three mean months); in days otherwise."""
    words = unit_text.lower()
    unit = "month" if "month" in words else "year" if ("year" in words or "annum" in words) else None
    whole_months = period.start.day == 1 and period.end.month != (period.end + timedelta(days=1)).month
    if unit is None or not whole_months:
        return Interval.point(period.days * 86400)
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    count = Fraction(months) if unit == "month" else Fraction(months, 12)
    return Interval.point(count * _seconds_per(unit))


@functools.lru_cache(maxsize=4)
def _seconds_per(unit: str) -> Fraction:
    """Seconds in the registry's own month or year, so a rate and its duration use one definition."""
    return Fraction(registry().Quantity(Fraction(1), unit).to("second").magnitude)


def _value(claim: Claim, nominal: bool) -> Interval:
    if nominal:
        return Interval.point(claim.quantity.nominal)
    return claim.quantity.interval


def _evaluate(partition: Partition, rule: Rule, bindings: dict[str, Any], claims: list[Claim]) -> Outcome | None:
    assertion = rule.assertion
    assert assertion is not None
    verdict = assertion.evaluate(_lookup(bindings, nominal=False))
    if verdict.holds and not rule.spec.note_rounding:
        return None
    stated_name = assertion.left.binding if isinstance(assertion.left, Name) and assertion.left.attribute is None else None
    nominal = assertion.evaluate(_lookup(bindings, nominal=True, stated=stated_name))
    if verdict.holds and nominal.holds:
        return None
    severity: Severity = rule.spec.severity if not verdict.holds else "info"
    near = _near_bindings(rule, bindings, partition)
    if near and severity == "error":
        severity = "warning"
    arguments = _arguments(bindings, partition)
    stated_claim = _stated_claim(assertion, bindings)
    nominal_computed = nominal.computed
    arguments["computed"] = present(stated_claim, verdict.computed, nominal_computed)
    arguments["stated"] = stated_claim.quantity.text if stated_claim else str(verdict.stated)
    if verdict.holds:
        precise = present(stated_claim, nominal_computed, None, extra_places=2)
        message = "{stated} holds only thanks to rounding: the figures as written give " + precise + " ({rule})"
        arguments["rule"] = rule.id
    else:
        message = rule.spec.message
    if near:
        message += " (periods only nearly match: " + "; ".join(near) + ")"
    finding = _finding(rule, severity, message, arguments, claims,
                       stated=str(verdict.stated), computed=str(verdict.computed))
    return finding, tuple(claims)


def _stated_claim(assertion: Any, bindings: dict[str, Any]) -> Claim | None:
    """The claim whose terms (percent, scale, unit) present the computed side: the left side's
    claim, else the first claim named in the assertion (`sum(shares) == 1` shows percents)."""
    left = assertion.left
    if isinstance(left, Name) and left.attribute is None and not isinstance(bindings.get(left.binding), list):
        return bindings[left.binding]
    names = sorted(assertion.names())
    return _bound(bindings, names[0]) if names else None


def present(claim: Claim | None, interval: Interval, nominal: Interval | None, extra_places: int = 0) -> str:
    """A computed figure in the stated claim's own terms: '+40.0% (+38.2% to +41.9% given rounding)'."""
    quantity = claim.quantity if claim else None

    def show(x: Fraction) -> str:
        return _show(quantity, x, extra_places)

    if interval.is_bounded and show(interval.low) == show(interval.high):
        return show(interval.low)
    if interval.low is None and interval.high is None:
        return "anything (the figures do not bound it)"
    if interval.low is None:
        return f"at most {show(interval.high)}"
    if interval.high is None:
        return f"at least {show(interval.low)}"
    if nominal is not None and nominal.is_point and interval.low != interval.high:
        return f"{show(nominal.low)} ({show(interval.low)} to {show(interval.high)} given rounding)"
    if interval.low == interval.high:
        return show(interval.low)
    return f"{show(interval.low)} to {show(interval.high)}"


def _show(quantity: Quantity | None, x: Fraction, extra_places: int = 0) -> str:
    if quantity is None:
        return format_number(x, 4 + extra_places)
    if quantity.form == "percent":
        return f"{'+' if quantity.signed and x > 0 else ''}{_decimals(x * 100, 1 + extra_places)}%"
    if quantity.form == "points":
        return f"{'+' if quantity.signed and x > 0 else ''}{_decimals(x * 100, 2 + extra_places)} pp"
    if quantity.form == "factor":
        return f"x{_decimals(x, 2 + extra_places)}"
    scale = SCALES[quantity.scale.lower()] if quantity.scale else Fraction(1)
    shown = x / (scale * quantity.unit.factor)
    words = " ".join(w for w in (quantity.scale, quantity.unit.text) if w)
    sign = "+" if quantity.signed and x > 0 else ""
    return f"{sign}{format_number(shown, 4 + extra_places)} {words}".strip()


def _decimals(x: Fraction, places: int) -> str:
    rounded = round(x, places)
    return f"{float(rounded):.{places}f}"


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?\}")


def _arguments(bindings: dict[str, Any], partition: Partition) -> dict[str, str]:
    arguments: dict[str, str] = {}
    for name, value in bindings.items():
        if isinstance(value, list):
            arguments[name] = " + ".join(c.quantity.text for c in value)
            arguments[f"{name}.ids"] = ", ".join(c.id for c in value)
            continue
        claim: Claim = value
        arguments[name] = claim.quantity.text
        arguments[f"{name}.id"] = claim.id
        arguments[f"{name}.metric"] = claim.metric
        arguments[f"{name}.label"] = partition.corpus.label(claim.metric)
        arguments[f"{name}.entity"] = claim.entity
        arguments[f"{name}.source"] = claim.source.title
        if claim.period is not None:
            arguments[f"{name}.period"] = str(claim.period)
        if claim.start is not None and claim.end is not None:
            arguments[f"{name}.start"] = str(claim.start)
            arguments[f"{name}.end"] = str(claim.end)
        if claim.span_years is not None:
            arguments[f"{name}.span"] = format_number(claim.span_years)
        if claim.of:
            arguments[f"{name}.of"] = claim.of
    return arguments


def fill(template: str, arguments: dict[str, str]) -> str:
    """Put arguments into a message template; an unknown placeholder stays visible as written."""
    def replace(match: re.Match[str]) -> str:
        key = match.group(1) + (f".{match.group(2)}" if match.group(2) else "")
        return arguments.get(key, match.group(0))

    return _PLACEHOLDER.sub(replace, template)


def _finding(rule: Rule, severity: Severity, template: str, arguments: dict[str, str], claims: list[Claim],
             stated: str | None = None, computed: str | None = None, hint: str | None = None) -> Finding:
    primary = claims[0]
    return Finding(
        rule=rule.id, severity=severity, message=fill(template, arguments), template=template,
        arguments=arguments, stated=stated, computed=computed, hint=hint, file=primary.position.file,
        line=primary.position.line, column=primary.position.column,
        claims=tuple(cite(c) for c in claims), fingerprint=fingerprint(rule.id, claims, template),
    )


# ------------------------------------------------------------------ hints


_SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}


def alternatives(claim: Claim) -> Iterator[tuple[str, Claim]]:
    """The claim read with one scale word changed, or percent <-> percentage points swapped."""
    quantity = claim.quantity
    if quantity.form in ("percent", "points") and claim.kind == "change":
        swapped = "points" if quantity.form == "percent" else "percent"
        word = "percentage points" if swapped == "points" else "percent"
        yield f"'{word}' in place of '{'percent' if swapped == 'points' else 'percentage points'}'", \
            dataclasses.replace(claim, quantity=dataclasses.replace(quantity, form=swapped))
        return
    if quantity.form != "number":
        return
    written_scale = (quantity.scale or "").lower()
    current = _SCALE_WORDS.get({"k": "thousand", "m": "million", "bn": "billion", "b": "billion", "tn": "trillion"}.get(written_scale, written_scale), 0)
    for word, exponent in sorted(_SCALE_WORDS.items(), key=lambda item: (abs(item[1] - current), -item[1])):
        if exponent == current:
            continue
        factor = Fraction(10) ** (exponent - current)
        change = f"'{word}' in place of '{quantity.scale}'" if quantity.scale else f"'{word}' after {quantity.number_text}"
        altered = dataclasses.replace(
            quantity, interval=quantity.interval * factor, written=quantity.written * factor,
            nominal=quantity.nominal * factor, text=f"{quantity.text} (read as {word})", scale=word,
        )
        yield change, dataclasses.replace(claim, quantity=altered)


def _add_hints(partition: Partition, rules: list[Rule], outcomes: list[Outcome]) -> list[Outcome]:
    failing: dict[str, set[str]] = defaultdict(set)
    for finding, claims in outcomes:
        if finding.severity == "error":
            for claim in claims:
                failing[claim.key].add(finding.rule)
    if not failing:
        return outcomes
    hints: dict[str, str] = {}
    for key in sorted(failing):
        claim = partition.by_key.get(key)
        if claim is None or claim.source.is_reference:
            continue
        # Readings nearest the text first: the first that fits is the likely slip; a farther one
        # ("thousand" where "million" already fits) would only add noise.
        for change, altered in alternatives(claim):
            trial = partition.replaced(claim, altered)
            passes: Passes = {}
            errors_on_claim = [f for f, cs in _run_rules(trial, rules, passes) if f.severity == "error" and any(c.key == key for c in cs)]
            # A reading that merely escapes the rules it failed (a percent read as points that no
            # rule joins any more) fits nothing; it must be checked again by them, and pass.
            if not errors_on_claim and failing[key] <= passes.get(key, set()):
                hints[key] = f"{change} in {claim.id} would make every check on it pass"
                break
    if not hints:
        return outcomes
    updated: list[Outcome] = []
    for finding, claims in outcomes:
        notes = [hints[c.key] for c in claims if c.key in hints] if finding.severity == "error" else []
        if notes:
            finding = finding.model_copy(update={"hint": "; or ".join(dict.fromkeys(notes))})
        updated.append((finding, claims))
    return updated
