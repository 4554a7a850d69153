"""The index rules join claims through: partitions by entity, and each rule's join compiled once.

Claims are partitioned by entity (entities linked by a claim reference share a partition; a run
in pieces splits an entity's claims further by metric family, see `families`); each
partition is indexed by (entity, kind, metric, period), so every join is a lookup, never a loop
over pairs of the corpus. A rule's join patterns are compiled into a JoinPlan when the rule is
loaded: paths such as `part.metric.ancestors` are split once, literals parsed once, and the tests
a claim must pass are ordered cheapest first, because the plan runs once per anchor claim.
"""

from __future__ import annotations

import copy
import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .corpus import Claim, Corpus
from .periods import Period, parse_period

if TYPE_CHECKING:
    from .rules import ClaimPattern

__all__ = ["JoinPlan", "Partition", "bound_claim", "entity_groups", "is_rate", "partitions"]

KINDS = ("value", "change", "cagr", "share")
MAX_COMBINATIONS = 256
# A stock level measured this close to the end of a period stands in for it, with a warning.
NEAR_DAYS = 62
_TIME_RATE = ("[time]", -1)
# What a join pattern's path can read (`change.start`, `part.metric.ancestors`), by what the
# path has reached; docs/rule-files.md is generated from these descriptions.
CLAIM_ATTRIBUTES = {
    "metric": "the claim's metric (a name)",
    "period": "the claim's period",
    "start": "where a change or a compound rate starts (a period)",
    "end": "where a change or a compound rate ends (a period)",
    "start_claim": "the claim a change names as its start",
    "end_claim": "the claim a change names as its end",
    "of": "for a share: the metric it is a share of",
    "entity": "the entity the claim is about",
}
METRIC_ATTRIBUTES: dict[str, tuple[str, Callable[[str, Corpus], Any]]] = {
    "ancestors": (
        "the metrics that contain it, nearest first (its part_of chain)",
        lambda metric, corpus: corpus.ancestors(metric),
    ),
    "descendants": (
        "the metrics it contains, directly or through other parts",
        lambda metric, corpus: corpus.descendants(metric),
    ),
    "part_of": (
        "the metric metrics.yaml says it is part of",
        lambda metric, corpus: _declared(metric, corpus, "part_of"),
    ),
    "sum_of": (
        "the metrics metrics.yaml says it is the sum of",
        lambda metric, corpus: list(_declared(metric, corpus, "sum_of") or ()) or None,
    ),
    "includes": (
        "the metrics metrics.yaml says it includes, parts that cannot overlap",
        lambda metric, corpus: list(_declared(metric, corpus, "includes") or ()) or None,
    ),
    "product_of": (
        "the metrics metrics.yaml says it is the product of (a count and an average, a price "
        "per unit and an amount)",
        lambda metric, corpus: list(_declared(metric, corpus, "product_of") or ()) or None,
    ),
}
PERIOD_ATTRIBUTES: dict[str, tuple[str, Callable[[Period], Any]]] = {
    "previous": ("the same period a year earlier", lambda period: period.previous_year()),
}

Bindings = dict[str, Any]  # binding name -> Claim, or a list of claims for an `each` pattern
# What a rule's anchor found nothing for: the first pattern that found no claim and the bindings
# made before it (see `JoinPlan.missing`), or None.
Lack = tuple["Pattern", Bindings] | None


class Partition:
    """The claims of one group of entities, indexed for the joins rules make."""

    def __init__(
        self,
        claims: list[Claim],
        corpus: Corpus,
        references: list[Claim],
        shared: dict[str, Any] | None = None,
    ) -> None:
        self.claims: Sequence[Claim] = claims
        self.corpus = corpus
        self.references = references
        # Derived from the references, the same for every partition: built once per run.
        self.shared: dict[str, Any] = shared if shared is not None else {}
        by_kind: dict[str, list[Claim]] = defaultdict(list)
        by_metric: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
        by_period: dict[tuple[str, str, str, Period | None], list[Claim]] = defaultdict(list)
        # Read only (a trial partition for hints replaces one entry of each, see `replaced`).
        self.by_key: Mapping[str, Claim] = {c.key: c for c in claims}
        self.by_kind: Mapping[str, list[Claim]] = by_kind
        self.by_metric: Mapping[tuple[str, str, str], list[Claim]] = by_metric
        self.by_period: Mapping[tuple[str, str, str, Period | None], list[Claim]] = by_period
        self.entities: dict[str, None] = {}  # in order of appearance
        self.ignoring = any(c.ignore for c in claims)  # whether any claim here ignores a rule
        # The anchors of each rule's first pattern, by what that pattern tests (see `anchors`):
        # rules alike in it (six anchor on every share) look them up once.
        self.anchor_lists: dict[str, list[Claim]] = {}
        # The metrics claims here use, in order of appearance: a join on a long metric list
        # (the descendants of the top of a long part_of chain) looks up only these.
        self.metrics_used: dict[str, None] = {}
        for claim in claims:
            entity, kind, metric = claim.entity, claim.kind, claim.metric
            self.entities.setdefault(entity)
            self.metrics_used.setdefault(metric)
            by_kind[kind].append(claim)
            by_metric[(entity, kind, metric)].append(claim)
            by_period[(entity, kind, metric, claim.period)].append(claim)

    @functools.cached_property
    def shapes(self) -> set[tuple[str, str, str, str | None]]:
        """(entity, kind, metric, form) of every claim, and the same with no form: what a
        join looks up, made once when first asked (see `JoinPlan.can_bind`)."""
        found: set[tuple[str, str, str, str | None]] = set()
        for claim in self.claims:
            found.add((claim.entity, claim.kind, claim.metric, claim.quantity.form))
        found.update((entity, kind, metric, None) for entity, kind, metric, _ in list(found))
        return found

    @functools.cached_property
    def kinds_and_forms(self) -> set[tuple[str, str]]:
        """(kind, form) of every claim: whether a join can find anything here at all (see
        `JoinPlan.lacks_a_form`), made once when first asked."""
        return {(claim.kind, claim.quantity.form) for claim in self.claims}

    def replaced(self, old: Claim, new: Claim) -> Partition:
        """The same partition with one claim read differently (for hints). A claim whose
        entity, kind, metric, period and ignores stay as they were keeps its place in every
        index: the trial reads this partition's own indexes, and copies a list that held the
        claim only when a join looks that list up (which reads it whole anyway), so a repair
        tried on one claim among tens of thousands of one metric costs what its joins cost."""
        if _place(new) != _place(old):
            claims = [new if c is old else c for c in self.claims]
            return Partition(claims, self.corpus, self.references, self.shared)
        entity, kind, metric = old.entity, old.kind, old.metric
        trial = copy.copy(self)
        trial.__dict__.pop("shapes", None)  # the new claim's form may differ
        trial.__dict__.pop("kinds_and_forms", None)
        trial.anchor_lists = {}
        trial.claims = _ReplacedClaims(self.claims, old, new)
        trial.by_key = _OneReplaced(self.by_key, old.key, lambda: new)
        trial.by_kind = _OneReplaced.in_lists(self.by_kind, kind, old, new)
        trial.by_metric = _OneReplaced.in_lists(self.by_metric, (entity, kind, metric), old, new)
        trial.by_period = _OneReplaced.in_lists(
            self.by_period, (entity, kind, metric, old.period), old, new
        )
        return trial


class _ReplacedClaims(Sequence[Claim]):
    """A partition's claims with one read differently, without copying them."""

    __slots__ = ("claims", "old", "new")

    def __init__(self, claims: Sequence[Claim], old: Claim, new: Claim) -> None:
        self.claims, self.old, self.new = claims, old, new

    def __getitem__(self, place: Any) -> Any:
        if isinstance(place, slice):
            return [self.new if c is self.old else c for c in self.claims[place]]
        found = self.claims[place]
        return self.new if found is self.old else found

    def __len__(self) -> int:
        return len(self.claims)


class _OneReplaced(Mapping[Any, Any]):
    """An index of a partition with the entry at one key replaced, worked out when first read:
    every other entry is the partition's own."""

    __slots__ = ("index", "key", "make", "made")

    def __init__(self, index: Mapping[Any, Any], key: Any, make: Callable[[], Any]) -> None:
        self.index = index
        self.key = key
        self.make = make
        self.made: Any = None

    @classmethod
    def in_lists(
        cls, index: Mapping[Any, list[Claim]], key: Any, old: Claim, new: Claim
    ) -> _OneReplaced:
        """An index of lists with `old` replaced by `new` in the list at `key`."""
        return cls(index, key, lambda: [new if c is old else c for c in index[key]])

    def __getitem__(self, key: Any) -> Any:
        if key != self.key:
            return self.index[key]
        if self.made is None:
            self.made = self.make()
        return self.made

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key == self.key or key in self.index else default

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def __iter__(self) -> Iterator[Any]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


def _place(claim: Claim) -> tuple[Any, ...]:
    """What decides where a claim stands in a partition's indexes."""
    return (claim.key, claim.entity, claim.kind, claim.metric, claim.period, claim.ignore)


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


def partitions(corpus: Corpus, groups: list[list[Claim]] | None = None) -> Iterator[Partition]:
    """Group claims by entity, merging entities that claims link by reference, in a stable order
    (`groups`: those of `claim_groups`, when the caller counted them). Each partition is indexed
    when it is reached, so a run holds the indexes of one partition at a time; a list of
    `groups` given is emptied as its partitions are reached, so a caller that holds the claims
    nowhere else (see `engine.check_corpus`) lets each partition's claims go once it is checked."""
    # Read now, not when the first partition is asked for: the caller may let go of its claims.
    references = [c for c in corpus.claims if c.source.is_reference]
    return _indexed(claim_groups(corpus) if groups is None else groups, corpus, references)


def _indexed(
    groups: list[list[Claim]], corpus: Corpus, references: list[Claim]
) -> Iterator[Partition]:
    shared: dict[str, Any] = {}
    for number, claims in enumerate(groups):
        groups[number] = []
        yield Partition(claims, corpus, references, shared)


def claim_groups(corpus: Corpus) -> list[list[Claim]]:
    """The claims of each partition, in the order `partitions` gives them."""
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
    return [groups[root] for root in sorted(groups)]


def is_rate(claim: Claim, corpus: Corpus) -> bool:
    """A figure per unit of time of a metric that is not itself a rate (337 a day of a count)."""
    if _TIME_RATE not in claim.quantity.dimension:
        return False
    metric = corpus.metrics.get(claim.metric)
    return metric is None or _TIME_RATE not in metric.unit.dimension


# ------------------------------------------------------------------ compiled joins


class Path:
    """A pattern value: a path read from an earlier binding (`change.start`,
    `part.metric.ancestors`), or a literal written in the rule (`gdp`, `2023`)."""

    __slots__ = ("binding", "claim_attribute", "attributes", "literal")

    def __init__(self, text: str, earlier: Iterable[str]) -> None:
        head, _, rest = text.partition(".")
        self.binding = head if head in earlier else None
        attributes = tuple(rest.split(".")) if rest and self.binding else ()
        # The first attribute reads the bound claim: checked here once, then read directly.
        self.claim_attribute = (
            attributes[0] if attributes and attributes[0] in CLAIM_ATTRIBUTES else None
        )
        self.attributes = attributes[1:] if self.claim_attribute else attributes
        self.literal = None if self.binding else text

    def read(self, bindings: Bindings, corpus: Corpus) -> Any:
        if self.binding is None:
            return self.literal
        value = bindings[self.binding]
        if value.__class__ is list:
            value = value[0]
        if self.claim_attribute is not None:
            value = getattr(value, self.claim_attribute)
            if value is None:
                return None
        for attribute in self.attributes:
            value = _attribute(value, attribute, corpus)
            if value is None:
                return None
        return value

    def read_list(self, bindings: Bindings, corpus: Corpus) -> list[Any]:
        value = self.read(bindings, corpus)
        if value is None:
            return []
        if value.__class__ is list:
            return value  # the corpus's cached list, read only: copying it costs its length
        return list(value) if isinstance(value, tuple) else [value]


def _declared(metric: str, corpus: Corpus, field_name: str) -> Any:
    """A field of the metric as metrics.yaml declares it; None for a metric it does not declare."""
    declared = corpus.metrics.get(metric)
    return None if declared is None else getattr(declared, field_name)


def _attribute(value: Any, attribute: str, corpus: Corpus) -> Any:
    if isinstance(value, Claim):
        if attribute not in CLAIM_ATTRIBUTES:
            raise ValueError(f"claims have no attribute '{attribute}' in rule paths")
        return getattr(value, attribute)
    if isinstance(value, str) and attribute in METRIC_ATTRIBUTES:
        return METRIC_ATTRIBUTES[attribute][1](value, corpus)
    if isinstance(value, Period) and attribute in PERIOD_ATTRIBUTES:
        return PERIOD_ATTRIBUTES[attribute][1](value)
    raise ValueError(f"'{attribute}' cannot be read from {value!r} in a rule path")


def bound_claim(bindings: Bindings, name: str) -> Claim:
    """The claim a name bound (the first of an `each` list)."""
    value = bindings[name]
    return value[0] if isinstance(value, list) else value


def _may_hold(pattern: Pattern, bound: tuple[Claim, ...]) -> bool:
    """Whether the pattern's pool may hold a claim bound already: one named by key may hold
    any; one looked up in the indexes holds only claims of its kinds (a change's two levels
    never hold the change). The one or two claims most joins have bound so far are tested
    without a generator (two lookups for each anchor of the common rules)."""
    if pattern.claim is not None:
        return True
    kinds = pattern.kinds
    if len(bound) == 1:
        return bound[0].kind in kinds
    if len(bound) == 2:
        return bound[0].kind in kinds or bound[1].kind in kinds
    return any(b.kind in kinds for b in bound)


def _same_span(a: Claim, b: Claim) -> bool:
    # spans between two named claims, or to the one named level a change led to
    if a.end_claim is not None or b.end_claim is not None:
        return a.start_claim == b.start_claim and a.end_claim == b.end_claim
    if a.start is not None and b.start is not None:
        return a.start == b.start and a.end == b.end
    return a.span_years is not None and a.span_years == b.span_years


class Pattern:
    """One binding of a join, compiled: where to look its claims up, and what they must pass."""

    def __init__(self, name: str, spec: ClaimPattern, earlier: list[str]) -> None:
        self.name = name
        self.spec = spec
        self.each = spec.each
        self.kind = spec.kind
        self.kinds = (spec.kind,) if spec.kind else KINDS
        self.forms = frozenset(spec.form) if spec.form else None
        self.span = spec.span
        self.basis = spec.basis
        self.rate = spec.rate
        self.claim = Path(spec.claim, earlier) if spec.claim else None
        self.metric = Path(spec.metric, earlier) if spec.metric else None
        self.period = Path(spec.period, earlier) if spec.period else None
        # "first.period": the period of a level or share bound earlier (not a change's start/end)
        self.level_period = (
            spec.period.split(".")[0] if spec.period and spec.period.endswith(".period") else None
        )
        self.of = Path(spec.of, earlier) if spec.of is not None else None
        self.same_dimension = spec.same_dimension
        self.same_span = spec.same_span
        self.after = spec.after
        # Index lookups already match the kind: the other tests run only when the pattern has some.
        self.tests_claim = (
            self.claim is not None
            or bool(self.forms or self.span or self.basis)
            or self.rate is not None
        )
        self.tests_bindings = bool(
            self.of is not None or self.same_dimension or self.same_span or self.after
        )
        # Of the tests of the claim alone, only its form (most levels a relation reads).
        self.only_forms = (
            self.forms is not None and not self.span and not self.basis and self.rate is None
        )
        # Most patterns look up one kind by the metric and a period of claims bound earlier
        # (`metric: change.metric, period: change.start`): read directly (see `direct_pool`).
        self.direct = (
            not self.each
            and self.claim is None
            and len(self.kinds) == 1
            and _plain_read(self.metric, "metric")
            and (self.period is None or _plain_read(self.period, None))
        )

    def _unstated(
        self, partition: Partition, bindings: Bindings, entities: Any, metrics: list[Any]
    ) -> list[Claim]:
        """Levels whose period the text does not state meet only the levels of the same source
        that state none either (one article's unstated time), never a change's missing span."""
        bound = bindings.get(self.level_period) if self.level_period else None
        if not isinstance(bound, Claim) or bound.kind not in ("value", "share"):
            return []
        if self.rate is not None and is_rate(bound, partition.corpus):
            return []  # a rate over an unstated time cannot be turned into a total
        return [
            c
            for e in entities
            for kind in self.kinds
            for m in metrics
            for c in partition.by_period.get((e, kind, m, None), ())
            if c.source is bound.source
        ]

    def candidates(
        self,
        partition: Partition,
        bindings: Bindings,
        bound: tuple[Claim, ...],
        metrics: list[Any] | None = None,
    ) -> list[Claim]:
        """The claims this binding may take, given the earlier ones (`bound`, the anchor first).
        `metrics` overrides the pattern's metric path (one metric of an `each` list)."""
        corpus = partition.corpus
        pool = (
            self.direct_pool(partition, bindings, bound[0].entity)
            if self.direct and metrics is None and bound
            else None
        )
        if pool is None:
            pool = self._pool(partition, bindings, bound, metrics)
        if not pool:
            return []
        # A claim binds once per join (but may repeat in `each` lists): checked before any test.
        if not self.each and bound and _may_hold(self, bound):
            if len(bound) == 1:
                taken_key = bound[0].key
                pool = [c for c in pool if c.key != taken_key]
            else:
                taken = {b.key for b in bound}
                pool = [c for c in pool if c.key not in taken]
        if self.tests_claim:
            if self.claim is None and self.only_forms:
                forms = self.forms  # the indexes matched the kind: the form is all to test
                pool = [c for c in pool if c.quantity.form in forms]  # type: ignore[operator]
            else:
                pool = [c for c in pool if self.accepts(c, corpus)]
        if self.tests_bindings:
            pool = [c for c in pool if self.fits(c, bindings, corpus)]
        # An index's own list is only read by the joins: a copy would cost its length each time.
        return pool if pool.__class__ is list else list(pool)

    def direct_pool(
        self, partition: Partition, bindings: Bindings, entity: str
    ) -> Sequence[Claim] | None:
        """What `_pool` finds for a `direct` pattern, read straight from the index where one
        key holds it; None where `_pool` must look further (no period to look up, no claim
        for it: a level that states none, a stock measured near its end)."""
        assert self.metric is not None and self.metric.binding is not None
        bound = bindings[self.metric.binding]
        if bound.__class__ is list:
            bound = bound[0]
        period_path = self.period
        if period_path is None:
            return partition.by_metric.get((entity, self.kinds[0], bound.metric), ())
        assert period_path.binding is not None and period_path.claim_attribute is not None
        holder = bindings[period_path.binding]
        if holder.__class__ is list:
            holder = holder[0]
        period = getattr(holder, period_path.claim_attribute)
        if period is None:
            return None
        return partition.by_period.get((entity, self.kinds[0], bound.metric, period)) or None

    def _pool(
        self,
        partition: Partition,
        bindings: Bindings,
        bound: tuple[Claim, ...],
        metrics: list[Any] | None,
    ) -> Sequence[Claim]:
        """The claims the index holds (an index's own list, read only, where one key holds them) under the keys the binding reads (the named claim; else
        the anchor's entity, the pattern's kinds, the metrics and the period), before any test."""
        corpus = partition.corpus
        entity = bound[0].entity if bound else None
        if self.claim is not None:
            key = self.claim.read(bindings, corpus)
            found = partition.by_key.get(key) if isinstance(key, str) else None
            return (found,) if found is not None else ()
        if metrics is None and self.metric is not None:
            metrics = self.metric.read_list(bindings, corpus)
            if not metrics:  # a metric with no parts, say: nothing to look up
                return ()
        if metrics is not None and len(metrics) > len(partition.metrics_used):
            wanted = corpus.as_set(metrics)
            metrics = [m for m in partition.metrics_used if m in wanted]
        if metrics is None:
            if entity is None and len(self.kinds) == 1:
                return partition.by_kind.get(self.kinds[0], ())
            return [
                c
                for kind in self.kinds
                for c in partition.by_kind.get(kind, ())
                if entity is None or c.entity == entity
            ]
        entities = (entity,) if entity is not None else partition.entities
        if self.period is None:
            by_metric = partition.by_metric
            if entity is not None and len(self.kinds) == 1 and len(metrics) == 1:
                return by_metric.get((entity, self.kinds[0], metrics[0]), ())
            return [
                c
                for e in entities
                for kind in self.kinds
                for m in metrics
                for c in by_metric.get((e, kind, m), ())
            ]
        return self._of_period(partition, bindings, entities, metrics)

    def _of_period(
        self, partition: Partition, bindings: Bindings, entities: Any, metrics: list[Any]
    ) -> Sequence[Claim]:
        """The claims of the period the pattern reads, else the levels of a stock measured near
        its end; with no period, the levels that state none (see `_unstated`)."""
        assert self.period is not None
        period = self.period.read(bindings, partition.corpus)
        if isinstance(period, str):
            period = parse_period(period)  # a period written in the rule itself
        if period is None:
            return self._unstated(partition, bindings, entities, metrics)
        by_period = partition.by_period
        pool: Sequence[Claim]
        if len(entities) == 1 and len(self.kinds) == 1 and len(metrics) == 1:
            (entity,) = entities
            pool = by_period.get((entity, self.kinds[0], metrics[0], period), ())
        else:
            pool = [
                c
                for e in entities
                for kind in self.kinds
                for m in metrics
                for c in by_period.get((e, kind, m, period), ())
            ]
        if pool:
            return pool
        return [
            c for e in entities for c in _near_levels(partition, e, self.kinds, metrics, period)
        ]

    def accepts(self, claim: Claim, corpus: Corpus) -> bool:
        """The tests that read only the claim itself."""
        if self.kind is not None and claim.kind != self.kind:
            return False
        if self.forms is not None and claim.quantity.form not in self.forms:
            return False
        span = self.span
        if span is not None:
            if span == "periods" and (claim.start is None or claim.basis == "yoy"):
                return False
            if span == "claims" and claim.start_claim is None:
                return False
            if span == "level" and (claim.end_claim is None or claim.start_claim is not None):
                return False
            if span == "years" and (claim.start is not None or claim.end_claim is not None):
                return False
        if self.basis is not None and (claim.basis or "none") != self.basis:
            return False
        return self.rate is None or is_rate(claim, corpus) == self.rate

    def fits(self, claim: Claim, bindings: Bindings, corpus: Corpus) -> bool:
        """The tests against earlier bindings."""
        if self.of is not None and claim.of != self.of.read(bindings, corpus):
            return False
        if (
            self.same_dimension
            and claim.quantity.dimension
            != bound_claim(bindings, self.same_dimension).quantity.dimension
        ):
            return False
        if self.same_span and not _same_span(claim, bound_claim(bindings, self.same_span)):
            return False
        return not (self.after and claim.key <= bound_claim(bindings, self.after).key)


class JoinPlan:
    """A rule's join, compiled: the anchor pattern first, then each pattern in the order written."""

    def __init__(self, join: dict[str, ClaimPattern]) -> None:
        names = list(join)
        self.patterns = [
            Pattern(name, join[name], names[:position]) for position, name in enumerate(names)
        ]
        self.anchor = self.patterns[0]
        # The patterns that look their claims up by a period (see `near_notes`).
        self.dated = [p for p in self.patterns if p.period is not None]
        self.repeats = any(p.each for p in self.patterns)  # an `each` list may bind a claim again
        # What the first pattern tests, all of it (it reads no binding): its anchors' key.
        self._anchor_tests = self.anchor.spec.model_dump_json()
        # The later patterns that look their claims up by a relation of a metric read from the
        # anchor (`change.metric.sum_of`, `whole.metric.descendants`, `share.of.sum_of`): a
        # relation most metrics lack, so most anchors find nothing there (see `can_bind`).
        # The patterns that bind one claim looked up by kind and form, with the (kind, form)
        # pairs each may take (see `lacks_a_form`).
        self.formed = [
            (p, frozenset((kind, form) for kind in p.kinds for form in p.forms))
            for p in self.patterns
            if p.forms is not None and not p.each and p.claim is None
        ]
        self.related = [
            p
            for p in self.patterns[1:]
            if p.claim is None
            and p.metric is not None
            and p.metric.binding == self.anchor.name
            and p.metric.claim_attribute in _READ
            and p.metric.attributes
        ]

    def never_binds(self, partition: Partition) -> bool:
        """Whether no anchor can bind in this run: a pattern looks its claims up by a relation
        (sums, parts) that no metric of the vocabulary declares. Worked out once per run."""
        known = partition.shared.setdefault("never_binds", {})
        found = known.get(id(self))
        if found is None:
            declared = partition.corpus.metrics.values()
            found = known[id(self)] = any(
                not any(getattr(m, _DECLARING[p.metric.attributes[0]], None) for m in declared)
                for p in self.related
                if p.metric is not None and p.metric.attributes[0] in _DECLARING
            )
        return found

    def lacks_a_form(self, partition: Partition) -> bool:
        """Whether one of the patterns finds no claim anywhere in the partition, because it
        holds none of the kinds and forms that pattern takes (an archive of levels in figures
        and changes in percent holds no level in percent for `percent-change-of-rate`): no
        anchor can bind, and the rule is not run there."""
        present = partition.kinds_and_forms
        return any(present.isdisjoint(pairs) for _, pairs in self.formed)

    def can_bind(self, partition: Partition, anchor: Claim, memo: dict[Any, bool]) -> bool:
        """False when `bindings` would find no join for this anchor because a pattern looking
        its claims up by a relation of a metric read from the anchor finds no claim of its
        kind and form for the related metrics in the anchor's entity (an `each` pattern: for
        one of them). Decided once per entity, metric and whole in a partition (`memo`, one
        per rule and partition)."""
        if not self.related:
            return True
        key = (anchor.entity, anchor.metric, anchor.of)
        found = memo.get(key)
        if found is None:
            bindings, corpus = {self.anchor.name: anchor}, partition.corpus
            found = memo[key] = all(
                _holds_some(partition, p, anchor.entity, p.metric.read_list(bindings, corpus))
                for p in self.related
                if p.metric is not None
            )
        return found

    def anchors(self, partition: Partition) -> list[Claim]:
        """The claims the first pattern takes (read only: an index's own list, or one shared by
        the rules whose first pattern tests the same)."""
        found = partition.anchor_lists.get(self._anchor_tests)
        if found is None:
            found = partition.anchor_lists[self._anchor_tests] = self.anchor.candidates(
                partition, {}, ()
            )
        return found

    def bindings(
        self,
        partition: Partition,
        anchor: Claim,
        lacks: dict[str, tuple[Pattern, Bindings]] | None = None,
    ) -> list[tuple[Bindings, tuple[Claim, ...]]]:
        """Every way to bind the other patterns around one anchor (none when one of them finds no
        claim), each with its distinct claims in binding order, in the order a depth-first
        search would find them. With `lacks`, an anchor for which the first pattern after it finds
        no claim is kept there with that pattern and its bindings, from which `missing_as_kept`
        says what `missing` says (the search up to there is `missing`'s own when no pattern is
        `each`: `missing` tries the first choice of each of its metrics alone)."""
        joins: list[tuple[Bindings, tuple[Claim, ...]]] = [({self.anchor.name: anchor}, (anchor,))]
        for pattern in self.patterns[1:]:
            extended = []
            for bindings, bound in joins:
                if pattern.each:
                    choices = self._each_choices(partition, pattern, bindings, bound)
                    if choices is not None:
                        for combination in itertools.islice(
                            itertools.product(*choices), MAX_COMBINATIONS
                        ):
                            extended.append(
                                ({**bindings, pattern.name: list(combination)}, bound + combination)
                            )
                    continue
                for candidate in pattern.candidates(partition, bindings, bound):
                    extended.append(({**bindings, pattern.name: candidate}, bound + (candidate,)))
            if not extended:
                if lacks is not None and not self.repeats and len(joins[0][1]) == 1:
                    lacks[anchor.key] = pattern, joins[0][0]
                return []
            joins = extended
        if self.repeats:
            joins = [
                (bindings, tuple({c.key: c for c in bound}.values())) for bindings, bound in joins
            ]
        return joins

    def takes_anchor(self, claim: Claim, corpus: Corpus) -> bool:
        """Whether the anchor pattern takes this claim (what `anchors` finds, for one claim)."""
        anchor = self.anchor
        if anchor.kind is not None and claim.kind != anchor.kind:
            return False
        if anchor.tests_claim and not anchor.accepts(claim, corpus):
            return False
        return anchor.metric is None or claim.metric in anchor.metric.read_list({}, corpus)

    def missing_as_kept(self, corpus: Corpus, claim: Claim, kept: tuple[Pattern, Bindings]) -> Lack:
        """What `missing` says of a claim `bindings` kept in its `lacks` (the first pattern
        after the anchor, which found no claim, and the anchor's bindings), worked out from
        that: None where the rule does not take the claim as its anchor or the pattern reads no
        related metric from it (a relation the vocabulary does not declare)."""
        if not self.takes_anchor(claim, corpus):
            return None
        pattern, bindings = kept
        if pattern.metric is not None and not pattern.metric.read_list(bindings, corpus):
            return None
        return kept

    def missing(self, partition: Partition, claim: Claim) -> Lack:
        """For a claim this rule could anchor on but found no join for, the first pattern that
        found nothing and the bindings made before it (to say what was missing). None when the
        rule does not take the claim as its anchor, finds a join, or needs a relation the
        vocabulary does not declare (a part for a metric with no parts)."""
        anchor, corpus = self.anchor, partition.corpus
        if not self.takes_anchor(claim, corpus):
            return None
        joins: list[tuple[Bindings, tuple[Claim, ...]]] = [({anchor.name: claim}, (claim,))]
        for pattern in self.patterns[1:]:
            if pattern.metric is not None and not pattern.metric.read_list(joins[0][0], corpus):
                return None
            extended = []
            for bindings, bound in joins:
                if pattern.each:
                    choices = self._each_choices(partition, pattern, bindings, bound)
                    if choices is not None:
                        first = [options[0] for options in choices]
                        extended.append(({**bindings, pattern.name: first}, bound + tuple(first)))
                    continue
                for candidate in pattern.candidates(partition, bindings, bound):
                    extended.append(({**bindings, pattern.name: candidate}, bound + (candidate,)))
            if not extended:
                return pattern, joins[0][0]
            joins = extended
        return None

    @staticmethod
    def _each_choices(
        partition: Partition, pattern: Pattern, bindings: Bindings, bound: tuple[Claim, ...]
    ) -> list[list[Claim]] | None:
        """For a pattern binding one claim per listed metric, the options for each metric."""
        metrics = (
            pattern.metric.read_list(bindings, partition.corpus)
            if pattern.metric is not None
            else None
        )
        if not metrics:
            return None
        choices = []
        for metric in metrics:
            options = pattern.candidates(partition, bindings, bound, metrics=[metric])
            if not options:
                return None
            choices.append(options)
        return choices

    def near_notes(self, bindings: Bindings, corpus: Corpus) -> list[str]:
        """'figure for X stands in for Y' for each binding whose period only nearly matches."""
        notes = []
        for pattern in self.dated:
            value = bindings.get(pattern.name)
            if isinstance(value, Claim):
                assert pattern.period is not None
                expected = pattern.period.read(bindings, corpus)
                if isinstance(expected, str):
                    expected = parse_period(expected)
                if expected is not None and value.period != expected:
                    notes.append(f"{value.id} gives {value.period}, not {expected}")
        return notes


def _plain_read(path: Path | None, attribute: str | None) -> bool:
    """Whether a path reads one attribute (this one, or any) of a claim bound earlier, as it
    is (`change.metric`, `change.start`)."""
    return (
        path is not None
        and path.binding is not None
        and path.claim_attribute is not None
        and (attribute is None or path.claim_attribute == attribute)
        and not path.attributes
    )


# The anchor's attributes a pattern's metric path may start from for `can_bind`.
_READ = frozenset({"metric", "of"})
# The relations of metrics a join reads, by the field of metrics.yaml without which no metric
# has any: no `part_of` anywhere, no metric has ancestors, descendants or a whole.
_DECLARING = {
    "sum_of": "sum_of",
    "includes": "includes",
    "product_of": "product_of",
    "part_of": "part_of",
    "ancestors": "part_of",
    "descendants": "part_of",
}


def _holds_some(partition: Partition, pattern: Pattern, entity: str, metrics: list[Any]) -> bool:
    """Whether the partition holds a claim of the entity, of one of the pattern's kinds and
    forms, for one of the metrics (for an `each` pattern: for each of them)."""
    if not metrics:
        return False
    shapes = partition.shapes
    forms = pattern.forms
    if forms is None:
        found = [
            any((entity, kind, metric, None) in shapes for kind in pattern.kinds)
            for metric in metrics
        ]
    else:
        found = [
            any((entity, kind, metric, form) in shapes for kind in pattern.kinds for form in forms)
            for metric in metrics
        ]
    return all(found) if pattern.each else any(found)


def _near_levels(
    partition: Partition,
    entity: str,
    kinds: tuple[str, ...],
    metrics: list[Any],
    period: Period,
) -> list[Claim]:
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
                if (
                    other is not None
                    and other != period
                    and period.contains(other)
                    and (period.end - other.end).days <= NEAR_DAYS
                ):
                    found.append(claim)
    return found
