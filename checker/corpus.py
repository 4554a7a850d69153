"""The corpus as the rules see it: sources, claims read into quantities and periods, the vocabulary.

These are plain frozen records built by `loading`; nothing here reads files or applies rules.
Every record keeps where it was written (file, line, column) so findings can cite it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Generic, TypeVar

from quicktions import Fraction

from .periods import Period
from .quantities import Quantity, Rounding, UnitInfo

__all__ = [
    "Claim",
    "ClaimMemo",
    "Corpus",
    "FieldPlaces",
    "NO_PLACES",
    "InputError",
    "Metric",
    "Position",
    "Source",
]


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in a file, 1-based as editors show it."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True, order=True)
class InputError:
    """Bad input: one clear message at one place. Any input error makes the run exit 2."""

    position: Position
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.position}: {self.message}"


@dataclass(frozen=True, slots=True)
class Source:
    """The document claims come from, with what a citation needs."""

    id: str
    title: str
    publisher: str | None
    author: str | None
    published: Period | None
    url: str | None
    text_path: Path | None
    kind: str
    rounding: Rounding
    file: str
    position: Position
    round_numbers: str = "two-figures"
    # Reference data: the provider's dataset, and the release or retrieval date of its figures.
    dataset: str | None = None
    vintage: Period | None = None

    @property
    def is_reference(self) -> bool:
        return self.kind == "reference"


class FieldPlaces:
    """Where each field of a claim was written, relative to the claim's own place: lines after
    it and the column. Claims written alike (the fields in the same order, one a line) have the
    same places, so one FieldPlaces serves them all: a claim costs nothing for its fields'
    places (a dict of tuples cost about 800 bytes a claim, an array of numbers 190)."""

    __slots__ = ("_names", "_numbers")

    def __init__(self, names: tuple[str, ...], numbers: tuple[int, ...]) -> None:
        self._names = names
        self._numbers = numbers

    @staticmethod
    def of(places: Mapping[str, tuple[int, int]], origin: tuple[int, int]) -> FieldPlaces:
        """The places of fields written at `places` (line, column) in a claim written at `origin`."""
        line = origin[0]
        numbers = tuple(chain.from_iterable((at[0] - line, at[1]) for at in places.values()))
        return _shared_places(tuple(places), numbers)

    def find(self, name: str, origin_line: int) -> tuple[int, int] | None:
        """Where `name` was written (line, column), given the line the claim was written at."""
        try:
            at = 2 * self._names.index(name)
        except ValueError:
            return None
        return origin_line + self._numbers[at], self._numbers[at + 1]


NO_PLACES = FieldPlaces((), ())  # a claim whose fields' places are found on demand (JSON Lines)


@lru_cache(maxsize=4096)
def _shared_places(names: tuple[str, ...], numbers: tuple[int, ...]) -> FieldPlaces:
    """One FieldPlaces for each layout of fields (the claims of a file mostly share a few)."""
    return FieldPlaces(names, numbers)


# Frozen by convention, not by `frozen=True`: no code assigns a claim's fields once it is made
# (a claim read otherwise is a copy, `dataclasses.replace`), and it hashes as a frozen one
# would. A frozen dataclass sets each field through object.__setattr__ when it is made: 4 µs
# for a claim's 25 fields against 1.1 µs, a twentieth of loading every claim.
@dataclass(slots=True, unsafe_hash=True)
class Claim:
    """One figure of a source, read: its quantity, its period(s), and where it was written.

    `start`/`end` are the two periods of a change or cagr; `start_claim`/`end_claim` the two
    claims a change compares instead (as `source:claim` keys). `span_years` is the number of
    years a change or cagr covers, when known.
    """

    key: str
    id: str
    source: Source
    kind: str
    entity: str
    metric: str
    quantity: Quantity
    period: Period | None
    start: Period | None
    end: Period | None
    start_claim: str | None
    end_claim: str | None
    basis: str | None
    span_years: Fraction | None
    of: str | None
    converts: str | None
    quote: str | None
    note: str | None
    ignore: frozenset[str]
    position: Position
    field_places: FieldPlaces = field(hash=False, compare=False)
    # below 1, a finding resting on this claim is a note (a drafted link the text may not state)
    confidence: float = 1.0
    # Reference data: the series key the figure comes from, and its status (provisional...).
    series: str | None = None
    status: str | None = None

    def at(self, name: str) -> Position:
        """Where a field was written (line, column), falling back to the claim itself."""
        found = self.field_places.find(name, self.position.line)
        return Position(self.position.file, *found) if found else self.position

    @property
    def value(self) -> Quantity:
        return self.quantity


def restatement(claim: Claim) -> Hashable:
    """All a claim states but its id, place, quote and note: claims alike in it are one figure
    given again (a story repeating a level), which fare alike in every check and every repair
    (the hints search one of them, the engine reports their findings once)."""
    return (
        claim.source.id,
        claim.position.file,
        claim.kind,
        claim.entity,
        claim.metric,
        claim.quantity,
        claim.period,
        claim.start,
        claim.end,
        claim.start_claim,
        claim.end_claim,
        claim.basis,
        claim.span_years,
        claim.of,
        claim.converts,
        claim.ignore,
        claim.confidence,
        claim.series,
        claim.status,
    )


@dataclass(frozen=True, slots=True)
class Metric:
    """A vocabulary entry, read: its unit and its place in the part_of / sum_of hierarchy."""

    name: str
    unit: UnitInfo
    unit_text: str
    description: str | None
    part_of: str | None
    sum_of: tuple[str, ...]
    stock: bool
    position: Position
    includes: tuple[str, ...] = ()
    product_of: tuple[str, ...] = ()


@dataclass
class Corpus:
    """Everything loaded: sources, claims, vocabulary, source texts (by source id), and the
    input errors met on the way."""

    sources: dict[str, Source] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    metrics: dict[str, Metric] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    failed_sources: set[str] = field(default_factory=set, repr=False)
    # The shipped reference exchange rates (checker.rates.RATE_PROVIDERS) the conversion rule
    # falls back on where the corpus has no rate of its own: `--rates`, or None.
    rate_provider: str | None = None
    # Every source read, in input order, with whether its file had errors: what a run in pieces
    # needs to tell duplicated source ids across pieces as one loader would.
    source_outcomes: list[tuple[Source, bool]] = field(default_factory=list, repr=False)
    _hierarchy: dict[tuple[str, str], list[str]] = field(default_factory=dict, repr=False)
    _sets: dict[int, tuple[list[str], frozenset[str]]] = field(default_factory=dict, repr=False)
    _labels: dict[str, str] = field(default_factory=dict, repr=False)  # metric -> its words

    def descendants(self, metric: str) -> list[str]:
        """The metrics this one contains, directly or through other parts."""
        found = self._hierarchy.get(("descendants", metric))
        if found is None:
            # Walked down from the metric through a table of parts built once: the work is the
            # size of what is found, not the vocabulary times the depth of its chains.
            parts = self._parts()
            found, seen, stack = [], {metric}, list(parts.get(metric, ()))
            while stack:
                part = stack.pop()
                if part not in seen:
                    seen.add(part)
                    found.append(part)
                    stack.extend(parts.get(part, ()))
            found.sort(key=self._order().__getitem__)
            self._hierarchy[("descendants", metric)] = found
        return found

    def as_set(self, metrics: list[str]) -> frozenset[str]:
        """A metric list (one this corpus caches: ancestors, descendants) as a set, made once."""
        found = self._sets.get(id(metrics))
        if found is None or found[0] is not metrics:  # an id is only unique while its list lives
            found = self._sets[id(metrics)] = (metrics, frozenset(metrics))
        return found[1]

    def _order(self) -> dict[str, int]:
        """Each metric's place in the vocabulary, built once: descendants come in that order."""
        order = self._hierarchy.get(("order", ""))
        if order is None:
            order = self._hierarchy[("order", "")] = {  # type: ignore[assignment]
                name: number for number, name in enumerate(self.metrics)
            }
        return order  # type: ignore[return-value]

    def _parts(self) -> dict[str, list[str]]:
        parts = self._hierarchy.get(("parts", ""))
        if parts is None:
            table: dict[str, list[str]] = {}
            for name, declared in self.metrics.items():
                if declared.part_of:
                    table.setdefault(declared.part_of, []).append(name)
            parts = self._hierarchy[("parts", "")] = table  # type: ignore[assignment]
        return parts  # type: ignore[return-value]

    def label(self, metric: str) -> str:
        """A metric as words for a message: its description, else its name with spaces."""
        found = self._labels.get(metric)
        if found is None:
            found = self._labels[metric] = self._label(metric)
        return found

    def _label(self, metric: str) -> str:
        declared = self.metrics.get(metric)
        text = (
            declared.description
            if declared is not None and declared.description
            else metric.replace("_", " ")
        )
        return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text

    def ancestors(self, metric: str) -> list[str]:
        """The metrics that contain this one, nearest first (part_of chain)."""
        found = self._hierarchy.get(("ancestors", metric))
        if found is None:
            found = self._hierarchy[("ancestors", metric)] = self._chain(metric)
        return found

    def _chain(self, metric: str) -> list[str]:
        chain: list[str] = []
        seen = {metric}  # a set: a circle (reported when loading) stops the walk in linear time
        current = self.metrics.get(metric)
        while current is not None and current.part_of and current.part_of not in seen:
            chain.append(current.part_of)
            seen.add(current.part_of)
            current = self.metrics.get(current.part_of)
        return chain


Made = TypeVar("Made")


class ClaimMemo(Generic[Made]):
    """What `make` works out from a claim (and its corpus), kept for the claims met lately: a
    claim of a busy series takes part in dozens of findings, each citing it the same way.
    Kept by claim key beside the claim and corpus it was made from, so a claim of another corpus
    under the same key, or a repaired copy of it, gets its own; at most `kept` claims are held
    (all are let go when full), so a long run holds only those of the partitions at hand."""

    def __init__(self, make: Callable[[Claim, Corpus | None], Made], kept: int = 8192) -> None:
        self._make = make
        self._kept = kept
        self._made: dict[str, tuple[Claim, Corpus | None, Made]] = {}

    def __call__(self, claim: Claim, corpus: Corpus | None = None) -> Made:
        found = self._made.get(claim.key)
        if found is not None and found[0] is claim and found[1] is corpus:
            return found[2]
        made = self._make(claim, corpus)
        if len(self._made) >= self._kept:
            self._made.clear()
        self._made[claim.key] = (claim, corpus, made)
        return made
