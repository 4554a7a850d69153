"""The built-in checks a rule file can name with `check:` when a relation is more than arithmetic.

`quote`: the quote holds the number as written, and appears verbatim in the source's text.
`conversion`: a figure restated in another currency implies an exchange rate, which must match
reference rates and every other conversion of the same source on the same date.
Each yields (claims, severity, message template, arguments); `engine` turns them into findings.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .corpus import Claim
from .findings import Severity
from .intervals import Interval, format_number
from .numerals import Numeral, exact_fraction, read_numbers
from .periods import Period
from .vocabulary import SCALE_NAMES, SCALES

if TYPE_CHECKING:
    from .index import Partition
    from .quantities import Quantity
    from .rules import Rule

__all__ = ["CHECKS", "run"]

Report = tuple[list[Claim], Severity, str, dict[str, str]]


def run(
    name: str, partition: Partition, rule: Rule, checked: set[str] | None = None
) -> Iterator[Report]:
    """The reports of the built-in check `name` (a key of CHECKS, as rule files validate);
    `checked`, when given, collects the keys of the claims it set against another figure."""
    yield from CHECKS[name](partition, rule, checked if checked is not None else set())


# ------------------------------------------------------------------ quotes


_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "}
)


def normalize_text(text: str) -> str:
    """Text compared for quotes: Unicode-normalised, typographic quotes and dashes made plain,
    runs of white space folded, as copying a quote out of a page changes exactly these."""
    if not text.isascii():  # NFKC and the typography table change only non-ASCII characters
        text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    return _SPACES.sub(" ", text).strip()


_SPACES = re.compile(r"\s+")


def quote_states(quote: str, quantity: Quantity) -> tuple[bool, str | None]:
    """Whether the quote states the value's number, in digits or words, with the value's scale
    word; when it gives the number with another scale word, that word ("trillion" in the quote
    of a value in billions). A factor range ("x1.5 .. x2.5" for "1.5 times higher") needs one
    of its ends; any other value every number it holds."""
    found = read_numbers(normalize_text(quote))
    scale = SCALE_NAMES[quantity.scale.lower()] if quantity.scale else None
    parts = [p.lstrip("+-") for p in quantity.number_text.split("..")]
    verdicts = [_states(found, p.replace(",", ""), scale) for p in parts]
    stated = [v for v in verdicts if v[0]]
    if quantity.form == "factor" and quantity.is_range:
        return (True, None) if stated else verdicts[0]
    return (True, None) if len(stated) == len(verdicts) else next(v for v in verdicts if not v[0])


def quote_has_number(quote: str, number_text: str) -> bool:
    """Whether the quote states a number as written (no scale word), in digits or in words."""
    found = read_numbers(normalize_text(quote))
    return all(
        _states(found, p.lstrip("+-").replace(",", ""), None)[0] for p in number_text.split("..")
    )


def _states(found: list[Numeral], written: str, scale: str | None) -> tuple[bool, str | None]:
    """Whether a number written as `written` ("1,200", "4/10") is among the numbers read."""
    target = exact_fraction(written)
    if "/" in written:  # a part of a whole is stated as written: 4/10 by "4 in 10" or "4/10"
        top, bottom = (exact_fraction(p) for p in written.split("/"))
        return any(n.ratio == (top, bottom) for n in found), None
    multiplier = SCALES[scale] if scale else 1
    other: str | None = None
    for numeral in found:
        size = SCALES[numeral.scale] if numeral.scale else None
        if numeral.value == target:
            # Without a scale word of its own, the number may take one given once for a table
            # or a list ("in 100 million yuan: 569,575"), or earlier in the sentence; 万亿 and
            # trillion are one scale.
            if size in (multiplier, None) or scale is None:
                return True, None
            other = numeral.scale
        elif numeral.value * (size or 1) == target * multiplier:
            return True, None  # the same figure in another scale ("8.8 million" as 880万)
    return False, other


def _quotes(partition: Partition, rule: Rule, checked: set[str]) -> Iterator[Report]:
    """Each claim's quote holds its number as written, and appears verbatim in the source's text."""
    texts: dict[str, str | None] = {}
    for claim in partition.claims:
        if claim.quote is None or rule.id in claim.ignore:
            continue
        stated, other_scale = quote_states(claim.quote, claim.quantity)
        if not stated:
            yield _quote_report(claim, rule, other_scale)
        source = claim.source
        if source.id not in texts:
            raw = partition.corpus.texts.get(source.id)
            texts[source.id] = normalize_text(raw) if raw is not None else None
        text = texts[source.id]
        if text is not None and normalize_text(claim.quote) not in text:
            yield (
                [claim],
                rule.spec.severity,
                'the quote of {claim} is not in the text of {source} ({path}): "{quote}"',
                {
                    "claim": claim.id,
                    "source": source.title,
                    "path": str(source.text_path.name if source.text_path else ""),
                    "quote": claim.quote,
                },
            )


def _quote_report(claim: Claim, rule: Rule, other_scale: str | None) -> Report:
    quantity = claim.quantity
    arguments = {"claim": claim.id, "value": quantity.text, "quote": claim.quote or ""}
    if not other_scale:
        what = "its value" if other_scale is None else "the scale word of its value"
        template = "the quote of {claim} does not state " + what + ' {value} as written: "{quote}"'
        return [claim], rule.spec.severity, template, arguments
    # The number is there with another scale word: one of the two is wrong by a power of ten.
    arguments["scale"] = other_scale
    arguments["hint"] = (
        f"'{other_scale}' in place of '{quantity.scale}' in {claim.id}, if the quote is right"
    )
    severity: Severity = "info" if rule.spec.severity == "info" else "error"
    template = (
        "the quote of {claim} says {scale} where its value {value} says "
        + str(quantity.scale)
        + ': "{quote}"'
    )
    return [claim], severity, template, arguments


# ------------------------------------------------------------------ conversions


def _conversions(partition: Partition, rule: Rule, checked: set[str]) -> Iterator[Report]:
    """A figure restated in another currency implies an exchange rate, which must match the
    reference rates and every other conversion of the same source on the same date."""
    pairs = list(_restatement_pairs(partition))
    if not pairs:
        return
    if "reference_rates" not in partition.shared:
        partition.shared["reference_rates"] = _reference_rates(partition.references)
    rates = partition.shared["reference_rates"]
    by_date: dict[
        tuple[str, tuple[str, str], Period | None], list[tuple[Claim, Claim, Interval]]
    ] = defaultdict(list)
    for original, restated, currencies in pairs:
        if rule.id in original.ignore or rule.id in restated.ignore:
            continue
        implied = original.quantity.interval / restated.quantity.interval
        nominal = original.quantity.nominal / restated.quantity.nominal
        pair_text = f"{currencies[0]} per {currencies[1]}"
        date = original.source.published or restated.period or original.period
        by_date[(original.source.id, currencies, date)].append((original, restated, implied))
        arguments = {
            "original": original.quantity.text,
            "restated": restated.quantity.text,
            "implied": f"{format_number(nominal, 5)} {pair_text} as written"
            + (
                f" ({format_number(implied.low, 5)} to {format_number(implied.high, 5)} given rounding and qualifiers)"
                if implied.is_bounded
                else " (the qualifiers leave it unbounded)"
            ),
            "pair": pair_text,
        }
        reference, months = _nearest_rate(
            rates.get(currencies, []),
            [d for d in (original.source.published, original.period) if d],
        )
        if reference is None:
            yield (
                [restated, original],
                "info",
                "{original} restated as {restated} implies {implied}; no reference rate in the corpus to check it against",
                arguments,
            )
            continue
        checked.update((original.key, restated.key, reference.key))
        arguments["reference"] = (
            f"{reference.quantity.text} ({reference.period}, {reference.source.title})"
        )
        if reference.quantity.interval.intersects(implied):
            continue
        if months is None:
            yield (
                [restated, original, reference],
                rule.spec.severity,
                "{original} restated as {restated} implies {implied}, but the reference rate is {reference}",
                arguments,
            )
        else:
            arguments["months"] = str(max(months, 1))
            yield (
                [restated, original, reference],
                "warning",
                (
                    "{original} restated as {restated} implies {implied}, but the nearest reference rate, {months} months away, is {reference}"
                ),
                arguments,
            )
    for (_, currencies, _), group in by_date.items():
        if len(group) < 2:
            continue
        checked.update(c.key for original, restated, _ in group for c in (original, restated))
        common: Interval | None = group[0][2]
        for _, _, implied in group[1:]:
            common = common.intersection(implied) if common is not None else None
        if common is None:
            claims = [c for original, restated, _ in group for c in (restated, original)]
            listing = "; ".join(
                f"{r.id}: {format_number(o.quantity.nominal / r.quantity.nominal, 5)}"
                for o, r, _ in group
            )
            yield (
                claims,
                rule.spec.severity,
                "one source converts {pair} at different rates on the same date: {rates}",
                {"pair": f"{currencies[0]} per {currencies[1]}", "rates": listing},
            )


def _restatement_pairs(partition: Partition) -> Iterator[tuple[Claim, Claim, tuple[str, str]]]:
    """(original, restatement, (original currency, restated currency)) for every restatement."""
    linked: set[str] = set()
    for claim in partition.claims:
        if claim.converts and claim.converts in partition.by_key:
            original = partition.by_key[claim.converts]
            currencies = _currency_pair(original, claim)
            if currencies:
                linked.update((claim.key, original.key))
                yield original, claim, currencies
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in partition.claims:
        if claim.kind == "value" and claim.quantity.unit.is_currency and claim.key not in linked:
            groups[(claim.source.id, claim.entity, claim.metric, claim.period)].append(claim)
    for group in groups.values():
        first = group[0]
        for other in group[1:]:
            currencies = _currency_pair(first, other)
            if currencies:
                yield first, other, currencies


def _currency_pair(original: Claim, restated: Claim) -> tuple[str, str] | None:
    a, b = original.quantity.unit, restated.quantity.unit
    if a.is_currency and b.is_currency and a.currencies != b.currencies:
        return a.currencies[0], b.currencies[0]
    return None


def _reference_rates(references: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Reference exchange rates by (numerator currency, denominator currency), both directions."""
    rates: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in references:
        dimension = dict(claim.quantity.dimension)
        currencies = [
            name[len("[currency_") : -1] for name in dimension if name.startswith("[currency_")
        ]
        if claim.metric != "exchange_rate" or len(currencies) != 2 or claim.period is None:
            continue
        up = next(c for c in currencies if dimension[f"[currency_{c}]"] > 0)
        down = next(c for c in currencies if dimension[f"[currency_{c}]"] < 0)
        rates[(up, down)].append(claim)
        inverse = Interval.point(1) / claim.quantity.interval
        rates[(down, up)].append(_inverted(claim, inverse))
    return rates


def _inverted(claim: Claim, interval: Interval) -> Claim:
    quantity = dataclasses.replace(
        claim.quantity,
        interval=interval,
        written=interval,
        nominal=1 / claim.quantity.nominal if claim.quantity.nominal else claim.quantity.nominal,
        text=f"1 / ({claim.quantity.text})",
    )
    return dataclasses.replace(claim, quantity=quantity)


def _nearest_rate(candidates: list[Claim], dates: list[Period]) -> tuple[Claim | None, int | None]:
    """The reference rate whose period holds one of the dates (months None), else the nearest
    with its distance in months: a verdict on a distant rate is only a warning."""
    best: tuple[int, Claim] | None = None
    for claim in candidates:
        for date in dates:
            assert claim.period is not None
            if claim.period.contains(date) or date.contains(claim.period):
                return claim, None
            months = _months_apart(claim.period, date)
            if best is None or months < best[0]:
                best = (months, claim)
    if best is None:
        return None, None
    return best[1], best[0]


def _months_apart(a: Period, b: Period) -> int:
    if a.end < b.start:
        return (b.start.year - a.end.year) * 12 + b.start.month - a.end.month
    return (a.start.year - b.end.year) * 12 + a.start.month - b.end.month


# The checks a rule file can name with `check:`; rules.RuleSpec accepts exactly these (and
# `assert`), and the rule-file reference documents each from its docstring.
# Each takes the partition, the rule, and the set it adds the keys of the claims it set against
# another figure to (a quote is set against its own text only, so the quote check adds none).
CHECKS: dict[str, Callable[[Partition, Rule, set[str]], Iterator[Report]]] = {
    "quote": _quotes,
    "conversion": _conversions,
}
