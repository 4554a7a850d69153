"""What joining three figures by their units alone would raise (issue 13's a08 question).

A rate in X per unit of Y ("6 USD a gram"), an amount in Y's dimension (18 kilogram) and a
total in X (3,000 USD), of one entity and period, with no declared link: would multiplying the
first two and comparing with the third be sound? This counts, in every claim corpus given, the
triples such a join would make and how many of them the product would fail (each an error the
checker would raise). Also the triples of dimensionless figures (a count, an average, a total)
that a join by units would make, for comparison. Nothing of the corpora is printed but their
names and the counts (realdev cases of the test split only as totals).

    python bench/unit_join_false_alarms.py DIR...   # each DIR one corpus (a claims directory)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import permutations
from pathlib import Path

from checker.corpus import Claim
from checker.intervals import multiply, overlaps
from checker.runner import RunOptions, run

_TIME = "[time]"


def _dimension(claim: Claim) -> dict[str, object]:
    return dict(claim.quantity.unit.dimension)


def _per_unit_triples(claims: list[Claim]) -> list[tuple[Claim, Claim, Claim]]:
    """(rate, amount, total): the rate's dimension is the total's over the amount's, the
    amount's is not empty and not a time (a rate per day is the rate rule's)."""
    found = []
    for rate, amount, total in permutations(claims, 3):
        per = _dimension(amount)
        if not per or _TIME in per or len({rate.metric, amount.metric, total.metric}) < 3:
            continue
        if not any(power < 0 for power in _dimension(rate).values()):  # type: ignore[operator]
            continue  # the rate is the figure per unit: each pair is counted once
        made = defaultdict(int, _dimension(rate))
        for name, power in per.items():
            made[name] += power  # type: ignore[operator]
        if {k: v for k, v in made.items() if v} == _dimension(total) and _dimension(total):
            found.append((rate, amount, total))
    return found


def _count_triples(claims: list[Claim]) -> list[tuple[Claim, Claim, Claim]]:
    """(count, average, total) of dimensionless figures, each pair counted once."""
    plain = [c for c in claims if not _dimension(c)]
    return [
        (a, b, t)
        for a, b, t in permutations(plain, 3)
        if a.key < b.key and len({a.metric, b.metric, t.metric}) == 3
    ]


def _groups(paths: list[str]) -> list[list[Claim]]:
    result = run(paths, RunOptions(select=("conflict",), hints=False))
    groups: dict[tuple[str, str, object], list[Claim]] = defaultdict(list)
    for claim in result.corpus.claims:
        quantity = claim.quantity
        if claim.kind == "value" and quantity.form == "number" and claim.period is not None:
            groups[(claim.source.id, claim.entity, claim.period)].append(claim)
    return [g for g in groups.values() if len(g) >= 3]


def measure(paths: list[str]) -> tuple[int, int, int, int]:
    """Per-unit triples and how many fail, dimensionless triples and how many fail."""
    per_unit = failing = plain = plain_failing = 0
    for claims in _groups(paths):
        if len(claims) > 60:  # a generated archive's partition: the pairs are what count
            claims = claims[:60]
        for rate, amount, total in _per_unit_triples(claims):
            per_unit += 1
            product = multiply(rate.quantity.interval, amount.quantity.interval)
            failing += not overlaps(product, total.quantity.interval)
        for a, b, total in _count_triples(claims):
            plain += 1
            product = multiply(a.quantity.interval, b.quantity.interval)
            plain_failing += not overlaps(product, total.quantity.interval)
    return per_unit, failing, plain, plain_failing


def main(arguments: list[str]) -> None:
    split = Path(__file__).with_name("realdev_split.txt").read_text(encoding="utf-8").split()
    hidden = [0, 0, 0, 0]
    for directory in arguments:
        figures = measure([directory])
        if Path(directory).name in split:
            hidden = [h + f for h, f in zip(hidden, figures, strict=True)]
            continue
        if any(figures):
            print(
                f"{directory}\tper-unit {figures[0]} ({figures[1]} failing)\t"
                f"dimensionless {figures[2]} ({figures[3]} failing)"
            )
    print(
        f"test-split cases together\tper-unit {hidden[0]} ({hidden[1]} failing)\t"
        f"dimensionless {hidden[2]} ({hidden[3]} failing)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
