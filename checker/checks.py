"""The built-in checks a rule file can name with `check:` when a relation is more than arithmetic.

`quote`: the quote holds the number as written, and appears verbatim in the source's text.
`conversion`: a figure restated in another currency implies an exchange rate, which must match
reference rates and every other conversion of the same source on the same date.
Each yields (claims, severity, message template, arguments); `engine` turns them into findings.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from .corpus import Claim
from .findings import Severity
from .intervals import Interval, format_number
from .numerals import (
    Numeral,
    exact_fraction,
    read_digit_numbers,
    read_digit_numbers_of,
    read_numbers,
    value_text,
    writes_plainly,
)
from .periods import Period
from .rates import RATE_MARGIN, RATE_PROVIDERS, RateBand
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
    elif text.isprintable() and "  " not in text:
        return text.strip()  # its only white space single spaces: none to fold (most quotes)
    return _SPACES.sub(" ", text).strip()


_SPACES = re.compile(r"\s+")


def quote_states(quote: str, quantity: Quantity) -> tuple[bool, str | None]:
    """Whether the quote states the value's number, in digits or words, with the value's scale
    word; when it gives the number with another scale word, that word ("trillion" in the quote
    of a value in billions). A factor range ("x1.5 .. x2.5" for "1.5 times higher") needs one
    of its ends; any other value every number it holds."""
    either_end = quantity.form == "factor" and quantity.is_range
    # "1 in 5" is stated as the fraction it is ("one in five", "a fifth")
    number_text = quantity.number_text.replace(" in ", "/")
    stated = _quote_states(quote, number_text, quantity.scale, either_end)
    if not stated[0] and quantity.form == "factor" and "/" in number_text:
        # a fall by a factor, x1 in 4, is written as the factor the base is divided by: "fell
        # from 80 to 20, by a factor of 4", "a fourfold drop"
        top, bottom = number_text.split("/")
        divisor = value_text(exact_fraction(bottom) / exact_fraction(top))
        if _FACTOR_WORDS.search(quote):
            stated = _quote_states(quote, divisor, quantity.scale, either_end)
    if not stated[0] and quantity.unit.text == "GBP" and _in_pence(quote, number_text):
        return True, None  # "shares fell 30.3p to 359p": pounds written in pence
    return stated


_FACTOR_WORDS = re.compile(r"\bfactor\b|fold\b", re.IGNORECASE)


# a figure in pence, its "p" run into the number ("359p", "30.3p"), as British papers write
# share prices: the value in pounds is a hundredth of it
_PENCE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)p\b")


def _in_pence(quote: str, number_text: str) -> bool:
    written = [exact_fraction(p.lstrip("+-").replace(",", "")) for p in number_text.split("..")]
    pence = {exact_fraction(m.group(1)) / 100 for m in _PENCE.finditer(quote)}
    return all(value in pence for value in written)


# An archive repeats its sentences ("growth of 5.2 % in 2014" of many places): each quote and
# figure is read once. Bounded, so a long run over many archives keeps its memory.
@functools.lru_cache(maxsize=1 << 16)
def _quote_states(
    quote: str, number_text: str, scale_word: str | None, either_end: bool
) -> tuple[bool, str | None]:
    text = normalize_text(quote)
    scale = SCALE_NAMES[scale_word.lower()] if scale_word else None
    written = [p.lstrip("+-").replace(",", "") for p in number_text.split("..")]
    # The numbers in digits that read as the figure itself first (the common case, without
    # reading the others), then every number in digits, then every reading: each a part of the
    # next, so what one states, the next states too.
    if "/" not in number_text and all(
        writes_plainly(text, w, scale)
        or _states(read_digit_numbers_of(text, exact_fraction(w)), w, scale)[0]
        for w in written
    ):
        return True, None
    in_digits = read_digit_numbers(text)
    if all(_states(in_digits, w, scale)[0] for w in written):
        return True, None
    found = read_numbers(text)
    verdicts = [_states(found, w, scale) for w in written]
    stated = [v for v in verdicts if v[0]]
    if len(stated) < len(verdicts) and not any(v[1] for v in verdicts):
        extracted = _extracted_values(quote)
        verdicts = [
            v if v[0] else (_value_of(w, scale) in extracted, None)
            for v, w in zip(verdicts, written, strict=True)
        ]
        stated = [v for v in verdicts if v[0]]
    if either_end:
        return (True, None) if stated else verdicts[0]
    return (True, None) if len(stated) == len(verdicts) else next(v for v in verdicts if not v[0])


def _extracted_values(quote: str) -> frozenset[Fraction]:
    """The values (number times scale) the extractor reads in a quote: it reads ways of writing
    the readers above do not ("25 basis points", "five point two", "2½", 3千万, 7亿3000万), and
    a figure it drafted from a quote is stated by that quote."""
    from .extraction.mentions import find_mentions  # the extractor needs the checker, not back

    return frozenset(
        m.value * SCALES.get((m.scale or "").lower(), 1)
        for m in find_mentions(quote)
        if ".." not in m.number
    )


def _value_of(written: str, scale: str | None) -> Fraction:
    if "/" in written:
        top, bottom = written.split("/")
        value = exact_fraction(top) / exact_fraction(bottom)
    else:
        value = exact_fraction(written.lstrip("x"))
    return value * (SCALES[scale] if scale else 1)


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
            # or a list ("in 100 million yuan: 612,340"), or earlier in the sentence; 万亿 and
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
    reference rates (the corpus's, else those `--rates` names) and every other conversion of the
    same source on the same date."""
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
        date = original.source.published or restated.period or original.period
        if date is not None:  # with no date at all, nothing says two conversions share one
            by_date[(original.source.id, currencies, date)].append((original, restated, implied))
        restatement = _Restatement(original, restated, currencies, implied)
        if rates.get(currencies):
            report = _against_corpus_rates(restatement, rates[currencies], rule, checked)
        else:
            report = _against_shipped_rates(
                restatement, partition.corpus.rate_provider, rule, checked
            )
        if report is not None:
            yield report
    yield from _rates_within_a_source(by_date, rule, checked)


@dataclass(frozen=True)
class _Restatement:
    """A figure and its restatement in another currency, with the rate they imply."""

    original: Claim
    restated: Claim
    currencies: tuple[str, str]  # (original's, restatement's): the rate is the first per the second
    implied: Interval

    @property
    def pair(self) -> str:
        return f"{self.currencies[0]} per {self.currencies[1]}"

    def arguments(self) -> dict[str, str]:
        nominal = self.original.quantity.nominal / self.restated.quantity.nominal
        implied = self.implied
        return {
            "original": self.original.quantity.text,
            "restated": self.restated.quantity.text,
            "implied": f"{format_number(nominal, 5)} {self.pair} as written"
            + (
                f" ({format_number(implied.low, 5)} to {format_number(implied.high, 5)} given rounding and qualifiers)"
                if implied.is_bounded
                else " (the qualifiers leave it unbounded)"
            ),
            "pair": self.pair,
        }


def _against_corpus_rates(
    restatement: _Restatement, candidates: list[Claim], rule: Rule, checked: set[str]
) -> Report | None:
    """The restatement against the corpus's own reference rate for its date (or the nearest one,
    whose verdict is only a warning)."""
    original, restated = restatement.original, restatement.restated
    reference, months = _nearest_rate(
        candidates, [d for d in (original.source.published, original.period) if d]
    )
    if reference is None:
        return None
    checked.update((original.key, restated.key, reference.key))
    if reference.quantity.interval.intersects(restatement.implied):
        return None
    arguments = restatement.arguments()
    arguments["reference"] = (
        f"{reference.quantity.text} ({reference.period}, {reference.source.title})"
    )
    claims = [restated, original, reference]
    if months is None:
        template = "{original} restated as {restated} implies {implied}, but the reference rate is {reference}"
        return claims, rule.spec.severity, template, arguments
    arguments["months"] = str(max(months, 1))
    template = "{original} restated as {restated} implies {implied}, but the nearest reference rate, {months} months away, is {reference}"
    return claims, "warning", template, arguments


def _against_shipped_rates(
    restatement: _Restatement, provider: str | None, rule: Rule, checked: set[str]
) -> Report:
    """The restatement against the band of rates a writer could have used (rates.py), from the
    rates `--rates` names; with none, a note that it could not be checked."""
    original, restated = restatement.original, restatement.restated
    arguments = restatement.arguments()
    band, dated = _shipped_band(restatement, provider)
    if band is None:
        where = "the corpus" + (
            f" or the {provider.upper()} rates shipped for that date" if provider else ""
        )
        arguments["where"] = where
        template = "{original} restated as {restated} implies {implied}; no reference rate in {where} to check it against"
        return [restated, original], "info", template, arguments
    checked.update((original.key, restated.key))
    arguments["reference"] = (
        f"{format_number(band.day_rate, 5)} {band.pair} on {band.day.isoformat()} ({band.citation})"
    )
    arguments["source"] = band.citation
    arguments["band"] = (
        f"{format_number(band.low, 4)} to {format_number(band.high, 4)} {band.pair} "
        f"({band.since.isoformat()} to {band.day.isoformat()}, {format_number(RATE_MARGIN * 100, 2)} % either side)"
    )
    inside = Interval.closed(band.low, band.high).intersects(restatement.implied)
    if inside and dated:
        template = "{original} restated as {restated} implies {implied}; the reference rate was {reference}, within the rates a writer could have used: {band}"
    elif inside:
        template = "{original} restated as {restated} implies {implied}; with no date to check it against, it is only within every rate published: {band}, {source}"
    elif dated:
        template = "{original} restated as {restated} implies {implied}, outside every rate a writer could have used: {band}; the reference rate was {reference}"
    else:
        template = "{original} restated as {restated} implies {implied}, outside every rate published: {band}, {source}"
    return [restated, original], "info" if inside else rule.spec.severity, template, arguments


def _shipped_band(restatement: _Restatement, provider: str | None) -> tuple[RateBand | None, bool]:
    """The band of the provider's rates up to the article's date (else the end of the figure's
    period), reaching back to the start of the figure's period; with no date at all, every rate
    the provider holds (whether the band is dated is the second value)."""
    if provider is None:
        return None, False
    original, restated = restatement.original, restatement.restated
    rates = RATE_PROVIDERS[provider]()
    periods = [p for p in (restated.period, original.period) if p is not None]
    at = original.source.published or (periods[0] if periods else None)
    if at is None:
        return rates.whole_band(*restatement.currencies), False
    since = min([p.start for p in periods] + [at.end])
    return rates.band(*restatement.currencies, at.end, since), True


def _rates_within_a_source(
    by_date: dict[tuple[str, tuple[str, str], Period | None], list[tuple[Claim, Claim, Interval]]],
    rule: Rule,
    checked: set[str],
) -> Iterator[Report]:
    """One source converting the same pair on the same date at rates no single rate satisfies."""
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
