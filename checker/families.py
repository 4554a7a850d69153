"""Metric families: where one entity's claims may be split into partitions checked apart.

A partition holds an entity's claims (with the entities linked to it) so that every join a rule
makes is found inside it. A join starts at an anchor claim and reaches the other claims it binds
only through the anchor's entity and a metric read from an earlier binding (`change.metric`,
`share.of`, `whole.metric.descendants`, `total.metric.sum_of`), or through a claim an earlier
binding names (`change.start_claim`). So when every rule joins that way, claims whose metrics
are not linked by the vocabulary's `part_of` and `sum_of`, by a share's `of`, or by one claim
naming another, never meet in a join, and an entity's claims split by family give the same
findings as the whole entity (tests/test_scale.py compares both on the realistic corpora).

The conversion check is the one check that compares claims of different metrics outside a join:
the restatements one source makes on one date must agree on a rate. The metrics of every claim
that may be a restatement (one naming another with `converts`, and the figures of one source,
entity, metric and period in two currencies) make one family.

When some rule joins any other way (a pattern with no metric, a metric written in the rule, a
path this analysis does not know), nothing is split: every metric is one family.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .corpus import Claim, Metric
from .index import METRIC_ATTRIBUTES, Path, Pattern

if TYPE_CHECKING:
    from .rules import Rule

__all__ = [
    "ALL_METRICS",
    "MetricFamilies",
    "PartitionName",
    "PartitionPlan",
    "restated_metrics",
    "splits_by_family",
]

# The one family every metric belongs to when the rules forbid a split.
ALL_METRICS = ""
# The attributes of a claim that hold a metric, and those that name another claim.
_METRIC_FIELDS = ("metric", "of")
_CLAIM_FIELDS = ("start_claim", "end_claim")


def splits_by_family(rules: Iterable[Rule]) -> bool:
    """Whether every rule's join reaches its other claims only through a related metric or a
    named claim (see the module's docstring)."""
    return all(
        _reaches_by_family(pattern)
        for rule in rules
        if rule.spec.check == "assert"
        for pattern in rule.plan.patterns[1:]
    )


def _reaches_by_family(pattern: Pattern) -> bool:
    if pattern.claim is not None:
        return _reads(pattern.claim, _CLAIM_FIELDS) and not pattern.claim.attributes
    if pattern.metric is None:
        return False
    return _reads(pattern.metric, _METRIC_FIELDS) and all(
        attribute in METRIC_ATTRIBUTES for attribute in pattern.metric.attributes
    )


def _reads(path: Path, fields: tuple[str, ...]) -> bool:
    """Whether a path reads one of `fields` of a claim bound earlier (not a literal)."""
    return path.binding is not None and path.claim_attribute in fields


def restated_metrics(claims: Iterable[Claim]) -> set[str]:
    """The metrics of the claims that may be restatements or restated (see the module's
    docstring): a claim naming another with `converts`, and the figures of one source, entity,
    metric and period written in two or more currencies. (The claim a `converts` names joins
    through the links, as a named claim does.)"""
    found: set[str] = set()
    currencies: dict[tuple[str, str, str, object], set[tuple[str, ...]]] = defaultdict(set)
    for claim in claims:
        if claim.converts is not None:
            found.add(claim.metric)
        unit = claim.quantity.unit
        if claim.kind == "value" and unit.is_currency:
            place = (claim.source.id, claim.entity, claim.metric, claim.period)
            currencies[place].add(tuple(unit.currencies))
    found.update(metric for (_, _, metric, _), seen in currencies.items() if len(seen) > 1)
    return found


class MetricFamilies:
    """Each metric's family, named by its smallest metric name (ALL_METRICS when nothing may be
    split): metrics linked by the vocabulary, by `links` (a share's metric and its whole, the
    metrics of a claim and a claim it names) and by restatement are one family."""

    def __init__(
        self,
        metrics: Mapping[str, Metric],
        links: Iterable[tuple[str, str]],
        restated: Iterable[str],
        split: bool,
    ) -> None:
        self.split = split
        self._parent: dict[str, str] = {}
        if not split:
            return
        for name, declared in metrics.items():
            for related in (
                declared.part_of,
                *declared.sum_of,
                *declared.includes,
                *declared.product_of,
            ):
                if related:
                    self._join(name, related)
        for first, second in links:
            self._join(first, second)
        restated = sorted(restated)
        for metric in restated[1:]:
            self._join(restated[0], metric)

    def of(self, metric: str) -> str:
        """The family of a metric."""
        if not self.split:
            return ALL_METRICS
        return self._find(metric)

    def _find(self, metric: str) -> str:
        parent = self._parent
        while parent.get(metric, metric) != metric:
            parent[metric] = parent.get(parent[metric], parent[metric])
            metric = parent[metric]
        return metric

    def _join(self, first: str, second: str) -> None:
        a, b = self._find(first), self._find(second)
        if a != b:
            self._parent[max(a, b)] = min(a, b)


PartitionName = tuple[str, str]  # (the entity naming the partition, the metric family)


class PartitionPlan:
    """Which partition each claim falls in: its entity's group (entities linked by claims share
    one, see `index.entity_groups`) and its metric's family."""

    def __init__(self, groups: dict[str, str], families: MetricFamilies) -> None:
        self.groups = groups
        self.families = families
        self._family: dict[str, str] = {}  # metric -> family, looked up once per metric

    def name(self, entity: str, metric: str) -> PartitionName:
        family = self._family.get(metric)
        if family is None:
            family = self._family[metric] = self.families.of(metric)
        return self.groups.get(entity, entity), family
