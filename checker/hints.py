"""Hints: which single typed slip in one claim explains the errors, found by minimal change.

Statistics offices locate errors the way Fellegi and Holt proposed: change as few figures as
possible so that every edit rule passes. A hint here is that idea with typed repairs, the slips
writers and sub-editors actually make: a scale word swapped (million for billion, 万 for 亿),
percent for percentage points, a decimal point shifted, two digits transposed, a digit dropped
or added, the sign. A repair is offered only when, with it, every join the claim is part of
passes (it never breaks another rule) and every rule that failed on the claim checks it again
and passes. Repairs are ranked by how many of the partition's errors they clear, then by how
common the slip is; equally good repairs are all offered.

Only the joins that involve the changed claim are evaluated again: the run keeps them (see
`engine.Record`). A repair that changes what a claim joins (percent read as points) looks its
joins up again around the claim alone.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Any

from quicktions import Fraction

from .corpus import Claim, restatement
from .engine import Join, Outcome, Record, Window
from .groups import GroupJoin, Partners, PartnersTrial
from .index import Partition, Pattern
from .intervals import Interval, parse_decimal
from .quantities import Form, Quantity, parse_value
from .vocabulary import QUALIFIER_WORDS, SCALE_FAMILY, SCALE_NAMES, scale_exponent

if TYPE_CHECKING:
    from .rules import Rule

__all__ = ["Repair", "add_hints", "repairs"]

# The kinds of slip, most common first: the order breaks ties between repairs that clear as
# many errors.
SLIPS = (
    "scale word",
    "percentage points",
    "decimal point",
    "transposed digits",
    "dropped digit",
    "added digit",
    "sign",
)
# How a hint names a slip in numbers, after the corrected figure ("44.30 in place of 4.30 (a
# digit dropped)"); scale words and percentage points say themselves.
_SLIP_WORDS = {
    "decimal point": "the decimal point shifted",
    "transposed digits": "two digits transposed",
    "dropped digit": "a digit dropped",
    "added digit": "a digit too many",
    "sign": "the sign",
}
MAX_OFFERED = 3


@dataclasses.dataclass(frozen=True)
class Repair:
    """One claim read with one slip undone. A figure retyped with other digits is read (its
    rounding, its qualifier) only when asked for: most of the dozens of retypings of a figure fit
    nothing, and the search tries them as written (see `_as_written`), for which the figure's
    exact value is enough."""

    slip: str  # one of SLIPS
    change: str  # in words: "'billion' in place of 'million'"
    read: Callable[[], Claim | None]  # the claim as repaired, or None when it cannot be read
    # The repaired figure as written, in base units, for a claim with no qualifier: what the
    # search needs, known without reading the figure.
    exact: Fraction | None = None
    # The repaired figure's interval in base units, where the repair reads it with a rounding
    # known without reading the figure (a scale word: the same digits, see `_as_repaired`).
    reads: Interval | None = None

    @functools.cached_property
    def built(self) -> Claim | None:
        return self.read()

    @property
    def claim(self) -> Claim:
        """The claim as repaired."""
        if self.built is None:
            raise ValueError(f"the repair {self.change} cannot be read")
        return self.built

    @property
    def rank(self) -> int:
        # a dropped and an added digit are equally likely slips
        return SLIPS.index(self.slip) - (self.slip == "added digit")


# ------------------------------------------------------------------ typed repairs


# Whether a figure retyped as this text (sign and digits) could fit; False rules it out unread.
Plausible = Callable[[str], bool]


def repairs(claim: Claim, plausible: Plausible | None = None) -> Iterator[Repair]:
    """Every single typed repair of a claim's value, most common slips first; with `plausible`,
    only the retypings of its digits it lets through."""
    quantity = claim.quantity
    if quantity.is_range or quantity.is_fraction:
        return
    yield from reading_repairs(claim)
    yield from _digit_repairs(claim, plausible)


def reading_repairs(claim: Claim) -> Iterator[Repair]:
    """The repairs that read the figure's digits otherwise (percent for percentage points, a
    scale word for another): a misreading a writer repeats in each figure read so, and one of
    the few a figure allows (a handful, against a hundred retypings of its digits)."""
    quantity = claim.quantity
    if quantity.is_range or quantity.is_fraction:
        return
    yield from form_repairs(claim)
    if quantity.form == "number":
        yield from _scales(claim)


def form_repairs(claim: Claim) -> Iterator[Repair]:
    """The repairs that read the figure in another form (percent for percentage points): the
    only ones that can take a claim out of the joins of a rule that tests forms."""
    quantity = claim.quantity
    if quantity.is_range or quantity.is_fraction:
        return
    if quantity.form in ("percent", "points") and claim.kind == "change":
        yield _points_swapped(claim)


def _points_swapped(claim: Claim) -> Repair:
    quantity = claim.quantity
    swapped: Form = "points" if quantity.form == "percent" else "percent"
    words = {"points": "percentage points", "percent": "percent"}
    swapped_claim = dataclasses.replace(claim, quantity=dataclasses.replace(quantity, form=swapped))
    return Repair(
        "percentage points",
        f"'{words[swapped]}' in place of '{words[quantity.form]}'",
        lambda: swapped_claim,
    )


def _scales(claim: Claim) -> Iterator[Repair]:
    """The figure with its scale word swapped for another of the same family (万 for 亿,
    billion for trillion), nearest first and the larger of two equally near; a figure with no
    scale word is tried with the English ones."""
    quantity = claim.quantity
    written = SCALE_NAMES.get((quantity.scale or "").lower(), "thousand")
    current = scale_exponent(quantity.scale)
    options = [(word, scale_exponent(word)) for word in SCALE_FAMILY[written]]
    options.sort(key=lambda item: (abs(item[1] - current), -item[1]))
    for word, exponent in options:
        if exponent == current:
            continue
        factor = Fraction(10) ** (exponent - current)
        change = (
            f"'{word}' in place of '{quantity.scale}'"
            if quantity.scale
            else f"'{word}' after {quantity.number_text}"
        )
        # read with its rounding (see `_as_repaired`): no exact value
        read = functools.partial(_scaled, claim, word, factor)
        yield Repair("scale word", change, read, reads=quantity.interval * factor)


def _scaled(claim: Claim, word: str, factor: Fraction) -> Claim:
    """The claim with its figure read with this scale word."""
    quantity = claim.quantity
    altered = dataclasses.replace(
        quantity,
        interval=quantity.interval * factor,
        written=quantity.written * factor,
        nominal=quantity.nominal * factor,
        text=f"{quantity.text} (read as {word})",
        scale=word,
    )
    return dataclasses.replace(claim, quantity=altered)


def _digit_repairs(claim: Claim, plausible: Plausible | None = None) -> Iterator[Repair]:
    """Decimal point shifted, adjacent digits transposed, a digit dropped or added, the sign
    (those `plausible` lets through, when given)."""
    quantity = claim.quantity
    text = _plain(quantity.number_text)
    sign = text[0] if text[:1] in "+-" else ""
    digits = text.lstrip("+-")
    if not digits or not all(c.isdigit() or c == "." for c in digits):
        return
    number = parse_decimal(digits)
    if number == 0:
        return
    seen = {digits}
    for slip, candidate in _digit_variants(digits):
        normal = _normal(candidate)
        if normal is None or normal in seen:
            continue
        seen.add(normal)
        if plausible is not None and not plausible(sign + normal):
            continue
        shown = _as_the_writer_wrote(normal, quantity.number_text)
        yield _retyped(
            claim,
            slip,
            f"{sign}{shown} in place of {quantity.number_text} ({_SLIP_WORDS[slip]})",
            (sign, normal, number),
        )
    flipped = "-" if sign != "-" else "+"
    if (quantity.form != "number" or claim.kind != "value") and (
        plausible is None or plausible(flipped + digits)
    ):
        yield _retyped(
            claim,
            "sign",
            f"{flipped}{digits} in place of {quantity.number_text} ({_SLIP_WORDS['sign']})",
            (flipped, digits, number),
        )


def _plain(number_text: str) -> str:
    """A figure's number without its grouping: '1,406.5' is '1406.5'."""
    return number_text.replace(",", "").replace(" ", "").replace("_", "")


def _retyped(claim: Claim, slip: str, change: str, number: tuple[str, str, Fraction]) -> Repair:
    """A repair writing other digits (`number`: sign, digits, the number they replace), read
    only when asked for; its exact value, when the figure has no qualifier to read."""
    sign, digits, replaced = number
    quantity = claim.quantity
    exact = None
    if quantity.qualifier is None:
        exact = parse_decimal(f"{sign}{digits}") * abs(quantity.nominal) / replaced
    return Repair(
        slip, change, functools.partial(_with_number, claim, sign, digits, replaced), exact
    )


def _digit_variants(digits: str) -> Iterator[tuple[str, str]]:
    bare = digits.replace(".", "")
    point = digits.index(".") if "." in digits else len(digits)
    for shift in (1, -1, 2, -2, 3, -3):
        place = point + shift
        if 0 <= place <= len(bare):
            yield "decimal point", _place_point(bare, place)
    positions = [i for i, c in enumerate(digits) if c.isdigit()]
    # digits side by side in the reading, the point between them or not: '3.6' typed for '6.3'
    # is the same slip as '36' for '63', the point staying where it was
    for a, b in zip(positions, positions[1:], strict=False):
        if digits[a] != digits[b]:
            yield (
                "transposed digits",
                digits[:a] + digits[b] + digits[a + 1 : b] + digits[a] + digits[b + 1 :],
            )
    for i in positions:
        yield "added digit", digits[:i] + digits[i + 1 :]
    for i in range(len(digits) + 1):
        for d in "0123456789":
            yield "dropped digit", digits[:i] + d + digits[i:]


def _place_point(bare: str, place: int) -> str:
    if place <= 0:
        return "0." + "0" * (-place) + bare
    if place >= len(bare):
        return bare + "0" * (place - len(bare))
    return bare[:place] + "." + bare[place:]


def _normal(candidate: str) -> str | None:
    """A number text as a writer would give it (no leading zeros, no trailing point)."""
    candidate = candidate.removesuffix(".")
    if not candidate or candidate.startswith("."):
        return None
    if not candidate.strip("0."):  # digits and a point, all of them zeros
        return None
    whole, _, decimals = candidate.partition(".")
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{decimals}" if decimals else whole


_THOUSANDS_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def _as_the_writer_wrote(candidate: str, written: str) -> str:
    """A repaired figure shown in the stated figure's style, so the reader recognises it: a
    whole number stays whole ('10,000 in place of 100,000', not '10000.0') and keeps its
    thousands commas where it had them."""
    whole, _, decimals = candidate.partition(".")
    if "." not in written and not decimals.strip("0"):
        decimals = ""
    if _THOUSANDS_GROUPED.fullmatch(written):
        whole = f"{int(whole):,}"
    return f"{whole}.{decimals}" if decimals else whole


def _with_number(claim: Claim, sign: str, digits: str, number: Fraction) -> Claim | None:
    """The claim with another number written in place of its own, read as the parser reads a
    figure (its rounding and qualifier), in the same scale and unit."""
    quantity = claim.quantity
    multiplier = abs(quantity.nominal) / number
    qualifier = QUALIFIER_WORDS.get(quantity.qualifier or "", "")
    try:
        read = parse_value(f"{qualifier} {sign}{digits}".strip(), claim.source.rounding)
    except ValueError:
        return None
    altered: Quantity = dataclasses.replace(
        quantity,
        interval=read.interval * multiplier,
        written=read.written * multiplier,
        nominal=read.nominal * multiplier,
        number_text=f"{sign}{digits}",
        text=quantity.text.replace(quantity.number_text, f"{sign}{digits}", 1),
    )
    return dataclasses.replace(claim, quantity=altered)


# ------------------------------------------------------------------ searching and ranking

JoinId = tuple[str, frozenset[str]]  # rule id and the keys of the claims a join bound


@dataclasses.dataclass
class _Fit:
    repair: Repair
    cleared: frozenset[JoinId]  # the failing joins the repair makes pass


@dataclasses.dataclass
class _Search:
    """The partition searched for repairs, what its run evaluated, the claims naming each claim
    as their start or end, and for each rule comparing groups the extremes of its claims
    (worked out when a trial first needs them)."""

    partition: Partition
    record: Record
    naming: dict[str, list[str]]
    converted: set[str]  # the keys of the claims another converts
    partners: dict[str, Partners] = dataclasses.field(default_factory=dict)
    # For each rule, the claims its anchor takes, by entity and metric (made when first needed)
    anchors: dict[str, dict[tuple[str, str], list[Claim]]] = dataclasses.field(default_factory=dict)
    # The repairs that fitted a claim, by its likeness (see `_likeness`): a claim alike fares alike
    alike: dict[Hashable, list[Repair]] = dataclasses.field(default_factory=dict)
    # The joins a claim read in another form was found in (`_joins_around`), by its key and the
    # repair: a pair's first repair is often one a single repair tried
    around: dict[tuple[str, str], list[Join | PartnersTrial]] = dataclasses.field(
        default_factory=dict
    )

    def joins_around(self, claim: Claim, repair: Repair) -> list[Join | PartnersTrial]:
        """The joins of the claim as repaired, in another form (see `_joins_around`)."""
        key = (claim.key, repair.change)
        if key not in self.around:
            self.around[key] = _joins_around(self, claim, _as_repaired(repair))
        return self.around[key]

    def partners_of(self, rule: Rule) -> Partners:
        if rule.id not in self.partners:
            self.partners[rule.id] = Partners(rule, self.partition)
        return self.partners[rule.id]

    def anchors_of(self, rule: Rule, claim: Claim) -> list[Claim]:
        """The claims of this claim's entity and metric that the rule's anchor takes."""
        if rule.id not in self.anchors:
            found: dict[tuple[str, str], list[Claim]] = defaultdict(list)
            for anchor in rule.plan.anchors(self.partition):
                found[(anchor.entity, anchor.metric)].append(anchor)
            self.anchors[rule.id] = found
        return self.anchors[rule.id].get((claim.entity, claim.metric), [])


def add_hints(partition: Partition, outcomes: list[Outcome], record: Record) -> list[Outcome]:
    """Each error finding with the best repairs of its claims, where a repair fits."""
    failing: dict[str, set[JoinId]] = defaultdict(set)
    for finding, claims in outcomes:
        if finding.severity == "error":
            join_id = (finding.rule, frozenset(c.key for c in claims))
            for claim in claims:
                failing[claim.key].add(join_id)
    errors = {join_id for ids in failing.values() for join_id in ids}
    # Whether a join gave an error, by id: a group's join is shared by every claim of the group
    # and compared with the errors once, not once per claim (its keys are the whole group).
    erred: dict[int, bool] = {}

    def failing_first(join: Join) -> bool:
        if id(join) not in erred:
            erred[id(join)] = (join.rule.id, join.keys) in errors
        return not erred[id(join)]

    fits: dict[str, list[_Fit]] = {}
    converted = {c.converts for c in partition.claims if c.converts is not None}
    search = _Search(partition, record, _naming(partition), converted)
    for key in sorted(failing):
        found_claim = partition.by_key.get(key)
        if found_claim is None or found_claim.source.is_reference or not record.joins.get(key):
            continue
        ordered = sorted(record.joins[key], key=failing_first)
        found = _claim_fits(search, found_claim, failing[key], ordered)
        if found:
            fits[key] = found
    hinted = {join_id for found in fits.values() for fit in found for join_id in fit.cleared}
    pairs = _pair_fits(search, failing, errors - hinted) if errors - hinted else []
    if not fits and not pairs:
        return outcomes
    updated: list[Outcome] = []
    for finding, claims in outcomes:
        if finding.severity == "error":
            join_id = (finding.rule, frozenset(c.key for c in claims))
            hint = _hint(join_id, claims, fits) or _pair_hint(join_id, pairs)
            if hint:
                finding = finding.model_copy(update={"hint": hint})
        updated.append((finding, claims))
    return updated


def _claim_fits(
    search: _Search, claim: Claim, failed: set[JoinId], ordered: list[Join]
) -> list[_Fit]:
    """The repairs of one claim that fit, the nearest of each kind of slip (`ordered`: the
    claim's joins, the failing ones first)."""
    # Figures that disagree without it: no repair that keeps it among them clears them, but
    # one that takes it out of those rules' joins (a percent read as points) may.
    blocked = {j.rule.id: j.rule for j in ordered if not j.may_pass(claim)}
    if blocked:
        # ... and clears none of their errors: the others still disagree without it.
        failed = {join_id for join_id in failed if join_id[0] not in blocked}
        if not failed:
            return []
    likeness = _likeness(search, claim, ordered)
    if likeness in search.alike:
        return [_Fit(repair, frozenset(failed)) for repair in search.alike[likeness]]
    tests = _Tests(claim, ordered)
    tried = (
        [r for r in form_repairs(claim) if _leaves(r, claim, blocked, search.partition)]
        if blocked
        else repairs(claim, tests.plausible())
    )
    found: list[_Fit] = []
    slips: set[str] = set()
    for repair in tried:
        # repairs come nearest first: once 'million' fits, 'thousand' is only noise
        if repair.slip in slips:
            continue
        fit = _fit(search, claim, repair, failed, tests)
        if fit is not None:
            found.append(fit)
            slips.add(repair.slip)
    if likeness is not None:
        search.alike[likeness] = [fit.repair for fit in found]
    return found


def _likeness(search: _Search, claim: Claim, ordered: list[Join]) -> Hashable | None:
    """What the repairs of a claim and their fit depend on, so that claims alike in all of it
    (a figure stated again and again) are searched once: all of the claim but its id, place and
    quote, and its joins with the claim left out (`Join.likeness`: the same other claims in the
    same places). None for a claim that another names by its key (a change between two claims,
    a conversion): a repair may make it join the claims naming it, which a claim alike would
    not."""
    if claim.key in search.naming or claim.key in search.converted:
        return None
    return restatement(claim), tuple(join.likeness(claim) for join in ordered)


def _leaves(repair: Repair, claim: Claim, rules: dict[str, Rule], partition: Partition) -> bool:
    """Whether a repair takes the claim out of every join of these rules: it changes the
    figure's form (read only then), and no binding of theirs takes a figure in the new form."""
    if repair.exact is not None or repair.built is None:
        return False
    built = repair.built
    return built.quantity.form != claim.quantity.form and not any(
        _could_bind(rule, built, partition) for rule in rules.values()
    )


def _could_bind(rule: Rule, claim: Claim, partition: Partition, after_first: bool = False) -> bool:
    """Whether some binding of the rule's join (with `after_first`, other than the first) could
    take the claim, by its tests of the claim alone (kind, form, span, basis, rate): a join the
    claim is part of passes one of them."""
    patterns = rule.plan.patterns[1:] if after_first else rule.plan.patterns
    return any(p.accepts(claim, partition.corpus) for p in patterns)


def _hint(join_id: JoinId, claims: tuple[Claim, ...], fits: dict[str, list[_Fit]]) -> str | None:
    """The repairs that clear this finding, the fewest changes for the most errors first: every
    repair changes one claim, so the best clear the most errors, and the most common slip breaks
    a tie; repairs equally good on both counts are all offered."""
    candidates = [
        (fit, claim)
        for claim in claims
        for fit in fits.get(claim.key, ())
        if join_id in fit.cleared
    ]
    if not candidates:
        return None
    best = min((-len(fit.cleared), fit.repair.rank) for fit, _ in candidates)
    chosen = [(f, c) for f, c in candidates if (-len(f.cleared), f.repair.rank) == best]
    return "; or ".join(_words(fit, claim) for fit, claim in chosen[:MAX_OFFERED])


def _words(fit: _Fit, claim: Claim) -> str:
    return f"{fit.repair.change} in {claim.id} would make every check on it pass"


# ------------------------------------------------------------------ repairs of two claims


@dataclasses.dataclass(frozen=True)
class _Pair:
    """Two claims repaired at once: two changes, weighed only for errors no single repair
    clears (Fellegi and Holt: the fewest changes first). The first claim's repair clears its
    own errors but breaks joins that all hold the second claim, whose repair mends them. Both
    undo one misreading (`reading_repairs`, the same kind of slip twice: 'percent' for points
    in a figure and its restatement): two retypings of digits among the hundreds of pairs a
    pair of figures allows fit by chance too often to name the slip."""

    first: tuple[Claim, Repair]
    second: tuple[Claim, Repair]
    cleared: frozenset[JoinId]

    @property
    def rank(self) -> int:
        return self.first[1].rank + self.second[1].rank

    @property
    def keys(self) -> frozenset[str]:
        return frozenset((self.first[0].key, self.second[0].key))


def _pair_fits(
    search: _Search, failing: dict[str, set[JoinId]], unhinted: set[JoinId]
) -> list[_Pair]:
    """The pairs of repairs that fit, searched from each claim of an error no single repair
    clears; a pair found from either of its claims is kept once."""
    found: dict[tuple[str, str, str, str], _Pair] = {}
    errors = {join_id for ids in failing.values() for join_id in ids}
    for key in sorted({k for _, keys in unhinted for k in keys}):
        claim = search.partition.by_key.get(key)
        if claim is None or claim.source.is_reference or not search.record.joins.get(key):
            continue
        for pair in _pairs_from(search, claim, errors, failing):
            (a, ra), (b, rb) = sorted((pair.first, pair.second), key=lambda side: side[0].key)
            found.setdefault((a.key, ra.change, b.key, rb.change), pair)
    return list(found.values())


def _pairs_from(
    search: _Search, claim: Claim, errors: set[JoinId], failing: dict[str, set[JoinId]]
) -> Iterator[_Pair]:
    """Pairs whose first repair is of this claim: a repair that clears the joins it failed
    (`_first_repairs`) and breaks only joins holding one other claim, with each repair of that
    claim that makes every join of both pass in the partition with both replaced."""
    for repair, broken, trial in _first_repairs(search, claim, errors):
        # the claims every broken join holds: a repair of one of them may mend them all
        common = functools.reduce(frozenset.__and__, (j.keys for j in broken)) - {claim.key}
        if not common:
            continue
        around = _Search(trial, search.record, search.naming, search.converted)
        for other_key in sorted(common):
            other = trial.by_key[other_key]
            if other.source.is_reference:
                continue
            cleared = _pair_cleared(search, (claim, other), failing)
            for second in _second_repairs(around, other, broken, repair.slip):
                yield _Pair((claim, repair), (other, second), cleared)


def _pair_cleared(
    search: _Search, claims: tuple[Claim, Claim], failing: dict[str, set[JoinId]]
) -> frozenset[JoinId]:
    """The errors of either claim a pair clears: not those of a group that disagrees without
    either of them alone (`Join.may_pass`), which the others may still keep failing."""
    blocked = {
        (join.rule.id, join.keys)
        for claim in claims
        for join in search.record.joins.get(claim.key, ())
        if not any(join.may_pass(c) for c in claims if c.key in join.keys)
    }
    return frozenset(
        (failing.get(claims[0].key, set()) | failing.get(claims[1].key, set())) - blocked
    )


def _first_repairs(
    search: _Search, claim: Claim, errors: set[JoinId]
) -> Iterator[tuple[Repair, list[Join], Partition]]:
    """The misreadings of a claim undone (`reading_repairs`) that pass every join it failed and
    still is part of, with the joins they break (bound with the repaired claim) and the
    partition with it replaced; not those that break nothing (single repairs, weighed first)."""
    ordered = search.record.joins[claim.key]
    failed = [j for j in ordered if (j.rule.id, j.keys) in errors]
    blocked = {j.rule.id: j.rule for j in failed if not j.may_pass(claim)}
    if blocked:
        tried = [r for r in form_repairs(claim) if _leaves(r, claim, blocked, search.partition)]
    else:
        tests = _Tests(claim, failed)
        tried = [r for r in reading_repairs(claim) if _passes_failed(tests, claim, r)]
    for repair in tried:
        if repair.built is None:
            continue
        broken = _broken_by(search, claim, repair)
        if broken:
            yield repair, broken, search.partition.replaced(claim, _as_repaired(repair))


def _broken_by(search: _Search, claim: Claim, repair: Repair) -> list[Join]:
    """The joins the claim as repaired fails, each bound with it; none when it fails none (a
    single repair, weighed first) or fails a group answered at once, which names no claims."""
    altered = _as_repaired(repair)
    if altered.quantity.form == claim.quantity.form:
        # in the same form it joins what it joined: each join read with its figure changed,
        # and those that fail bound again with the repaired claim (a group is looked up again)
        changed = (claim, altered.quantity.interval)
        failing = [j for j in search.record.joins[claim.key] if j.fails(changed)]
        if not any(isinstance(j, GroupJoin) for j in failing):
            return [_rebound(j, claim, altered) for j in failing]
    broken = [j for j in search.joins_around(claim, repair) if j.fails()]
    named = [j for j in broken if isinstance(j, Join)]
    return named if len(named) == len(broken) else []


def _rebound(join: Join, old: Claim, new: Claim) -> Join:
    """The join with one claim read otherwise in each place it holds it."""

    def swapped(value: Any) -> Any:
        if value is old:
            return new
        if value.__class__ is list:
            return [new if c is old else c for c in value]
        return value

    bindings = {name: swapped(value) for name, value in join.bindings.items()}
    return Join(join.rule, bindings, tuple(new if c is old else c for c in join.claims))


def _passes_failed(tests: _Tests, claim: Claim, repair: Repair) -> bool:
    """The quick test of a repair against the joins the claim failed: by its exact value, or
    (its figure read with a qualifier) by its interval; a change of form leaves them."""
    if repair.exact is not None:
        return tests.admits(repair.exact)
    if repair.reads is not None:
        return tests.meets(repair.reads)
    built = repair.built
    if built is None:
        return False
    if built.quantity.form != claim.quantity.form:
        return True
    return tests.meets(_as_repaired(repair).quantity.interval)


def _second_repairs(
    around: _Search, claim: Claim, broken: list[Join], slip: str
) -> Iterator[Repair]:
    """The repairs of the second claim undoing the first's kind of slip with which the joins
    the first broke pass (the quick test) and every join it is part of, in the partition with
    the first repaired, does: the nearest that fits (once 'million' fits, 'thousand' is noise)."""
    tests = _Tests(claim, broken)
    for repair in reading_repairs(claim):
        if repair.slip != slip or not _passes_failed(tests, claim, repair):
            continue
        if repair.built is None:
            continue
        joins = _joins_around(around, claim, _as_repaired(repair))
        if joins and not any(j.fails() for j in joins):
            yield repair
            return


def _pair_hint(join_id: JoinId, pairs: list[_Pair]) -> str | None:
    """The pairs of repairs that clear this finding, the most errors cleared and the most
    common slips first; pairs equally good are all offered."""
    candidates = [pair for pair in pairs if join_id in pair.cleared]
    if not candidates:
        return None
    best = min((-len(pair.cleared), pair.rank) for pair in candidates)
    chosen = [pair for pair in candidates if (-len(pair.cleared), pair.rank) == best]
    return "; or ".join(_pair_words(pair) for pair in chosen[:MAX_OFFERED])


def _pair_words(pair: _Pair) -> str:
    (a, first), (b, second) = sorted((pair.first, pair.second), key=lambda side: side[0].id)
    return (
        f"{first.change} in {a.id} and {second.change} in {b.id} "
        "would make every check on them pass"
    )


class _Tests:
    """What a repair of one claim that keeps its form must pass: every join of the claim (the
    failing ones first). A join that can be solved for the claim's figure (`Join.window`) is
    asked once, for the values it admits; the others are evaluated for each repair."""

    def __init__(self, claim: Claim, ordered: list[Join]) -> None:
        self.claim, self.ordered = claim, ordered

    @functools.cached_property
    def _solved(self) -> tuple[list[Window], Window, list[Join]]:
        windows: list[Window] = []
        unsolved: list[Join] = []
        for join in self.ordered:
            window = join.window(self.claim)
            if window is None:
                unsolved.append(join)
            else:
                windows.append(window)
        return windows, functools.reduce(Window.narrowed, windows, Window.ALL), unsolved

    @property
    def _rough(self) -> Window:
        """The solved joins' window narrowed by the others' rough ones (`Join.rough_window`):
        no value outside it passes every join, though not every value inside does."""
        _, window, unsolved = self._solved
        for join in unsolved:
            rough = join.rough_window(self.claim)
            if rough is not None:
                window = window.narrowed(rough)
        return window

    def admits(self, value: Fraction) -> bool:
        """Whether every join passes with the claim's figure exactly this value."""
        _, window, unsolved = self._solved
        if not window.admits(value):
            return False
        exact = (self.claim, Interval.point(value))
        return not any(join.fails(exact) for join in unsolved)

    def meets(self, values: Interval) -> bool:
        """Whether every join passes with the claim's figure read as this interval."""
        windows, _, unsolved = self._solved
        if not all(window.meets(values) for window in windows):
            return False
        changed = (self.claim, values)
        return not any(join.fails(changed) for join in unsolved)

    def plausible(self) -> Plausible | None:
        """A quick test of the claim's figure retyped (see `Plausible`), by the window of the
        joins solved for it and the rough windows of the others (`_rough`; a retyped figure is
        never 0, which they leave out), in floating point with a margin far wider than its
        rounding: it rules out only figures certainly outside, and leaves the exact test to
        `admits`. None when it cannot rule anything out."""
        quantity = self.claim.quantity
        if quantity.qualifier is not None:
            return None  # a retyped figure is read with its qualifier's range: no exact value
        window = self._rough.interval
        if window is None:
            return _never
        try:
            number = abs(parse_decimal(_plain(quantity.number_text)))
        except ValueError:
            return None  # no digits to retype
        if number == 0 or quantity.nominal == 0 or window == Interval.everything():
            return None
        # a retyped text t stands for t * abs(nominal) / number (see `_retyped`)
        low, high = (
            None if bound is None else _rough(bound * number / abs(quantity.nominal))
            for bound in (window.low, window.high)
        )
        return functools.partial(_roughly_between, low, high)


def _never(text: str) -> bool:
    return False


# Relative and absolute margins of the floating point test: floats are off by 1e-16 at most.
_MARGIN, _TINY = 1e-9, 1e-300


def _rough(bound: Fraction) -> float | None:
    """A bound as a float, None when it does not fit in one (no test on that side)."""
    try:
        return float(bound)
    except OverflowError:
        return None


def _roughly_between(low: float | None, high: float | None, text: str) -> bool:
    value = float(text)
    if low is not None and value < low - abs(low) * _MARGIN - _TINY:
        return False
    return high is None or value <= high + abs(high) * _MARGIN + _TINY


def _fit(
    search: _Search, claim: Claim, repair: Repair, failed: set[JoinId], tests: _Tests
) -> _Fit | None:
    """A repair fits when every join the repaired claim is part of passes: it clears the
    claim's errors and breaks no check that held (a repair that settles one error and leaves
    another on the same claim is no solution, in Fellegi and Holt's sense). A repair that
    changes what the claim joins (a percent read as points) must be checked again by at least
    one join: a claim that merely escapes the rules it failed fits nothing."""
    if repair.exact is not None or repair.reads is not None:
        # the same form, its value known unread: read only once it fits
        if repair.exact is not None and not tests.admits(repair.exact):
            return None
        if repair.reads is not None and not tests.meets(repair.reads):
            return None
        return _Fit(repair, frozenset(failed)) if repair.built is not None else None
    if repair.built is None:
        return None
    altered = _as_repaired(repair)
    if altered.quantity.form == claim.quantity.form:
        # in the same form it joins what it joined: its figure read otherwise in each join
        if not tests.meets(altered.quantity.interval):
            return None
        return _Fit(repair, frozenset(failed))
    joins = search.joins_around(claim, repair)
    if not joins or any(join.fails() for join in joins):
        return None
    return _Fit(repair, frozenset(failed))


def _as_repaired(repair: Repair) -> Claim:
    """The claim as a repair reads it: its figure exactly as the repair writes it
    (`_as_written`), but with another scale word, which leaves the writer's digits, and so
    their rounding, as they were ('1.51 billion' read as '1.51 trillion' is 1.505 to 1.515
    trillion)."""
    claim = repair.claim
    return claim if repair.slip == "scale word" else _as_written(claim)


def _as_written(claim: Claim) -> Claim:
    """A repaired figure taken exactly as the repair writes it (a qualifier keeps its range): a
    repair must fit by its value, never by the looser rounding of a shorter figure ('0.9' for
    '0.91' admits 0.85 to 0.95)."""
    quantity = claim.quantity
    if quantity.qualifier is not None:
        return claim
    exact = dataclasses.replace(quantity, interval=Interval.point(quantity.nominal))
    return dataclasses.replace(claim, quantity=exact)


def _joins_around(search: _Search, claim: Claim, altered: Claim) -> list[Join | PartnersTrial]:
    """The joins a claim read in another form is part of: looked up from the anchors that could
    reach it (itself, the claims of its entity and metric, the claims it names, and the anchors
    of the joins it was part of), in the partition with the claim replaced. A rule that can
    take it only as a claim its anchor names is looked up from the claims naming it; a rule
    comparing groups answers for all its pairs at once, from the extremes of the claims sharing
    its keys (see `groups.Partners`). The claims of its metric are tried as anchors only by a
    rule that could reach it from them."""
    trial = search.partition.replaced(claim, altered)
    anchors: dict[str, list[Claim]] = defaultdict(list)
    for join in search.record.joins[claim.key]:
        anchors[join.rule.id].append(trial.by_key[join.claims[0].key])
    named_by = [trial.by_key[k] for k in search.naming.get(altered.key, ())]
    found: list[Join | PartnersTrial] = []
    for rule in search.record.rules:
        if not _could_bind(rule, altered, trial):
            continue  # no binding takes the claim as repaired: none of its joins holds it
        later = [p for p in rule.plan.patterns[1:] if p.accepts(altered, trial.corpus)]
        if (
            later
            and rule.spec.compare == "groups"
            and len(rule.plan.patterns) == 2
            and later[0].period is None
        ):
            pairs = search.partners_of(rule).trial(altered)
            if pairs is not None:
                found.append(pairs)
            continue
        if not later:  # only the first binding takes it: it anchors every join it is in
            tried = [altered]
        elif all(_named_by_anchor(rule, p) for p in later):
            tried = [altered, *named_by]
        else:
            nearby = _nearby(search, rule, later, trial, altered, named_by)
            tried = [altered, *nearby, *anchors.get(rule.id, ())]
        found.extend(_joins_from(rule, trial, altered, tried))
    return found


def _joins_from(rule: Rule, trial: Partition, altered: Claim, tried: list[Claim]) -> list[Join]:
    """The rule's joins holding the altered claim, bound from these anchors."""
    found: list[Join] = []
    seen: set[frozenset[str]] = set()
    for anchor in tried:
        if not rule.plan.takes_anchor(anchor, trial.corpus):
            continue
        for bindings, claims in rule.plan.bindings(trial, anchor):
            keys = frozenset(c.key for c in claims)
            if altered.key in keys and keys not in seen:
                seen.add(keys)
                found.append(Join(rule, bindings, claims))
    return found


def _nearby(
    search: _Search,
    rule: Rule,
    later: list[Pattern],
    trial: Partition,
    altered: Claim,
    named_by: list[Claim],
) -> list[Claim]:
    """The claims of the altered claim's entity and metric (and those it names) that could
    anchor a join of the rule holding it. All of them that its anchor takes, unless every binding that takes it looks
    its claims up by a relation of the anchor's metric that never holds the metric itself (the
    parts a change's metric is the sum of), or by a claim the anchor names: then no claim of the
    same metric reaches it that way, but a claim naming it may."""
    corpus, anchor = trial.corpus, rule.plan.anchor.name
    ends = (altered.start_claim, altered.end_claim)
    named = [trial.by_key[k] for k in ends if k is not None and k in trial.by_key]
    for pattern in later:
        if _named_by_anchor(rule, pattern):
            continue
        path = pattern.metric
        if (
            pattern.claim is not None
            or path is None
            or path.binding != anchor
            or path.claim_attribute != "metric"
            or not path.attributes
            or altered.metric in path.read_list({anchor: altered}, corpus)
        ):
            # the claim itself anchors in the trial as altered (the caller tries it first)
            others = [c for c in search.anchors_of(rule, altered) if c.key != altered.key]
            return others + named
    return [c for c in named_by if (c.entity, c.metric) == (altered.entity, altered.metric)] + named


def _naming(partition: Partition) -> dict[str, list[str]]:
    """For each claim, the claims of the partition that name it as their start or end."""
    naming: dict[str, list[str]] = defaultdict(list)
    for claim in partition.claims:
        for named in {claim.start_claim, claim.end_claim}:
            if named is not None:
                naming[named].append(claim.key)
    return naming


def _named_by_anchor(rule: Rule, pattern: Pattern) -> bool:
    """Whether a binding takes only the claim its rule's anchor names as start or end."""
    path = pattern.claim
    return (
        path is not None
        and path.binding == rule.plan.anchor.name
        and path.claim_attribute in ("start_claim", "end_claim")
        and not path.attributes
    )
