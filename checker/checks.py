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

from quicktions import Fraction

from .corpus import Claim
from .findings import Severity
from .intervals import Interval, format_number
from .numerals import cjk_values_stated, word_number_value
from .periods import Period
from .vocabulary import CARDINALS, FACTOR_WORDS, FRACTION_WORDS, GROUP_WORDS, TENS

if TYPE_CHECKING:
    from .index import Partition
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


def _words_by_value() -> dict[Fraction, tuple[str, ...]]:
    """Each number the vocabulary has words for, with those words ("two", "doubled", "twice")."""
    named: dict[Fraction, list[str]] = defaultdict(list)
    tables: list[dict[str, Fraction] | dict[str, int]] = [
        CARDINALS,
        TENS,
        GROUP_WORDS,
        FACTOR_WORDS,
        FRACTION_WORDS,
        {"hundred": 100, "thousand": 1000},
    ]
    for table in tables:
        for word, value in table.items():
            named[Fraction(value)].append(word)
    return {value: tuple(words) for value, words in named.items()}


_WORDS = _words_by_value()
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
_GROUPING = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_WORD = re.compile(r"[a-z]+")


def quote_has_number(quote: str, number_text: str) -> bool:
    """Whether the quote states the number as written, in digits or in words."""
    plain = _GROUPING.sub("", normalize_text(quote).lower())
    words: set[str] | None = None  # the quote's words, read only when digits are not enough
    for part in number_text.split(".."):
        digits = part.lstrip("+-").replace(",", "")
        if _has_digits(plain, digits) or _has_digits_grouped_otherwise(quote, digits):
            continue
        if words is None:
            words = set(_WORD.findall(plain))
        if not (
            _has_in_words(plain, words, digits)
            or _has_in_chinese(quote, digits)
            or _has_n_in_m(plain, digits)
        ):
            return False
    return True


_N_IN_M = re.compile(r"([\w.]+)\s+in\s+(?:every\s+)?([\w.]+)(?:\s+(thousand|million|billion)\b)?")


def _has_n_in_m(plain: str, digits: str) -> bool:
    """A part of a whole written "N in M" ("4 in 10", "one in five", "one in 2 million")."""
    if "/" not in digits or " in " not in plain:
        return False
    numerator, denominator = (Fraction(p) for p in digits.split("/"))
    for match in _N_IN_M.finditer(plain):
        part, whole = _number_of(match.group(1)), _number_of(match.group(2))
        if part is None or whole is None:
            continue
        if match.group(3):
            whole *= _number_of(match.group(3)) or 1
        if (part, whole) == (numerator, denominator):
            return True
    return False


def _number_of(word: str) -> Fraction | None:
    try:
        return Fraction(word)
    except ValueError:
        return word_number_value(word)


def _has_in_chinese(quote: str, digits: str) -> bool:
    """The number in Chinese numerals ("四十"), or as 倍 or 成 state it ("5.5倍" is 550 %)."""
    if not _CJK.search(quote) or "/" in digits:
        return False
    try:
        value = Fraction(digits)
    except ValueError:
        return False
    return value in cjk_values_stated(quote)


_CJK = re.compile(r"[\u3400-\u9fff]")


_ANY_GROUPING = re.compile(r"(?<=\d),(?=\d{2})")


def _has_digits_grouped_otherwise(quote: str, digits: str) -> bool:
    """The digits as Indian grouping writes them ("28,30,760") or with a decimal comma
    ("5,8" for 5.8), as the extractor reads a text that writes them so."""
    if "," not in quote:
        return False
    plain = normalize_text(quote).lower()
    if _has_digits(_ANY_GROUPING.sub("", plain), digits):
        return True
    return "." in digits and _has_digits(plain, digits.replace(".", ","))


def _has_digits(text: str, digits: str) -> bool:
    """`digits` in `text`, not as a piece of a longer number ("3" is not in "30.33")."""
    start = text.find(digits)
    while start >= 0:
        end = start + len(digits)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        inside_before = before.isdigit() or (
            before in ".," and start > 1 and text[start - 2].isdigit()
        )
        inside_after = after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit())
        if not inside_before and not inside_after:
            return True
        start = text.find(digits, start + 1)
    return False


def _has_words(text: str, words: set[str], candidates: tuple[str, ...]) -> bool:
    return any((w in text) if " " in w or "-" in w else (w in words) for w in candidates)


def _has_in_words(text: str, words: set[str], digits: str) -> bool:
    """The number written in words: "three", "a dozen", "half", "two thirds"."""
    if "/" in digits:
        numerator, denominator = (int(p) for p in digits.split("/"))
        return _has_words(text, words, _WORDS.get(Fraction(numerator, denominator), ()))
    try:
        value = Fraction(digits)
    except ValueError:
        return False
    return _has_words(text, words, _WORDS.get(value, ()))


def _quotes(partition: Partition, rule: Rule, checked: set[str]) -> Iterator[Report]:
    """Each claim's quote holds its number as written, and appears verbatim in the source's text."""
    texts: dict[str, str | None] = {}
    for claim in partition.claims:
        if claim.quote is None or rule.id in claim.ignore:
            continue
        if not quote_has_number(claim.quote, claim.quantity.number_text):
            yield (
                [claim],
                rule.spec.severity,
                'the quote of {claim} does not state its value {value} as written: "{quote}"',
                {"claim": claim.id, "value": claim.quantity.number_text, "quote": claim.quote},
            )
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
