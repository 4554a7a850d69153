"""Data files to a reference claim file: each mapped observation becomes a claim, written at the
source's own precision, with its provenance.

A figure is written as the source states it: `5.2` with two decimals stated is `5.20` (5.195 to
5.205), `105.2` with a unit multiplier of 9 is `105.2 billion`, and a figure with neither is
written as in the file. Reference sources read trailing zeros as digits (`round_numbers: exact`):
a statistics table's `520` is 520, not a round figure.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from ..corpus import Metric, Position
from ..outputs import IMPORT_SIGNATURE
from ..periods import PeriodError, parse_period
from ..vocabulary import STATUS_CODES
from .data import DataFile, DataFileError, Observation, ReadOptions
from .formats import format_named, format_of
from .mapping import ReferenceMap, SeriesTarget

__all__ = ["ImportResult", "import_files", "render"]

# The scale word for a unit multiplier a source states (SDMX UNIT_MULT); other powers of ten
# shift the decimal point.
_SCALE_WORDS = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
_UNITLESS = ("count", "")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.\-]+")
# How statistics files write periods the claim format writes otherwise: SDMX's 2023-S1 and
# 2023-M01, Eurostat's and JSON-stat's 2023Q1, 2023M01 and 2023S1, SDMX's annual 2023-A1.
_PERIOD_FORMS = [
    (re.compile(r"^(\d{4})-?Q([1-4])$"), r"\1-Q\2"),
    (re.compile(r"^(\d{4})-?[SH]([12])$"), r"\1-H\2"),
    (re.compile(r"^(\d{4})-?M(\d{2})$"), r"\1-\2"),
    (re.compile(r"^(\d{4})-A1$"), r"\1"),
]


@dataclass
class ImportResult:
    """The claim files (one per provider, dataset and vintage) and what was skipped."""

    files: list[dict[str, Any]] = field(default_factory=list)
    claims: int = 0
    unmapped: Counter[str] = field(default_factory=Counter)  # series key -> observations skipped
    missing: int = 0  # observations whose status says the figure is missing
    filtered: int = 0  # observations the map's `where` leaves out


def import_files(
    paths: list[Path],
    reference_map: ReferenceMap,
    metrics: dict[str, Metric],
    format_name: str | None,
    structure: Path | None = None,
) -> ImportResult:
    result = ImportResult()
    options = ReadOptions(
        reference_map.period, reference_map.value, reference_map.status, structure
    )
    sources: dict[tuple, dict[str, Any]] = {}
    ids: Counter[str] = Counter()
    for path in paths:
        chosen = format_named(format_name) if format_name else format_of(path)
        data = chosen.read(path, options)
        source = _source(data, reference_map)
        key = (source["publisher"], source.get("dataset"), source.get("vintage"), source["title"])
        claim_file = sources.setdefault(key, {"source": source, "claims": []})
        for obs in data.observations:
            claim = _claim(obs, data, reference_map, metrics, result)
            if claim is not None:
                claim["id"] = _unique_id(claim, ids)
                claim_file["claims"].append(dict(sorted(claim.items(), key=_field_order)))
                result.claims += 1
    result.files = [f for f in sources.values() if f["claims"]]
    for number, claim_file in enumerate(result.files, start=1):
        claim_file["source"]["id"] = _source_id(claim_file["source"], number)
    return result


def _source(data: DataFile, reference_map: ReferenceMap) -> dict[str, Any]:
    vintage = data.vintage or reference_map.vintage
    provider = data.provider or reference_map.provider or data.path.stem
    dataset = data.dataset or reference_map.dataset
    source: dict[str, Any] = {
        "id": "",
        "title": reference_map.title or data.title or dataset or data.path.name,
        "publisher": provider,
        "kind": "reference",
        "round_numbers": "exact",
    }
    if dataset:
        source["dataset"] = dataset
    if vintage:
        try:
            parse_period(str(vintage))
        except PeriodError as error:
            raise DataFileError(
                Position(str(data.path), 1, 1), f"vintage {vintage!r}: {error}"
            ) from error
        source["vintage"] = str(vintage)
    return source


def _source_id(source: dict[str, Any], number: int) -> str:
    words = [source["publisher"], source.get("dataset") or source["title"], source.get("vintage")]
    slug = _ID_UNSAFE.sub("-", "-".join(str(w) for w in words if w)).strip("-").lower()
    return f"{slug or 'reference'}-{number}" if number > 1 else slug or "reference"


def _claim(
    obs: Observation,
    data: DataFile,
    reference_map: ReferenceMap,
    metrics: dict[str, Metric],
    result: ImportResult,
) -> dict[str, Any] | None:
    if any(obs.dimensions.get(k, v) != v for k, v in reference_map.where.items()):
        result.filtered += (
            1  # left out by the map's `where` (a dimension the file lacks is no test)
        )
        return None
    status = STATUS_CODES.get(obs.status, "") if obs.status else None
    if obs.status and status is None:
        result.missing += 1  # the status says there is no figure
        return None
    # The map's dimension names, unless a file of a format that fixes its own (World Bank) lacks it.
    entity_dimension = _dimension(reference_map.entity, data.entity_dimension, obs)
    metric_dimension = _dimension(reference_map.metric, data.metric_dimension, obs)
    if entity_dimension is None or metric_dimension is None:
        missing = "entity" if entity_dimension is None else "metric"
        raise DataFileError(
            Position(str(data.path), 1, 1),
            f"the map must say which dimension names the {missing} ('{missing}:'); "
            f"this file's are {', '.join(obs.dimensions)}",
        )
    target = reference_map.target(obs.series_key) or reference_map.target(
        obs.dimensions.get(metric_dimension, "")
    )
    entity = reference_map.entities.get(obs.dimensions.get(entity_dimension, ""))
    if target is None or entity is None:
        result.unmapped[obs.series_key] += 1
        return None
    claim: dict[str, Any] = {
        "entity": entity,
        "metric": target.metric,
        "period": _period(obs, data),
        "value": _value_text(obs, data, target, metrics),
        "series": obs.series_key,
    }
    if status:
        claim["status"] = status
    if target.kind == "share":
        claim.update(kind="share", of=target.of)
    elif target.kind == "change":
        claim.update(kind="change", basis="yoy")
    return claim


def _period(obs: Observation, data: DataFile) -> str:
    """The observation's period as the claim format writes it."""
    written = obs.period.strip()
    for pattern, form in _PERIOD_FORMS:
        written = pattern.sub(form, written)
    try:
        parse_period(written)
    except PeriodError as error:
        raise DataFileError(
            Position(str(data.path), obs.line or 1, 1),
            f"series {obs.series_key}: the period {obs.period!r} cannot be read ({error})",
        ) from None
    return written


def _dimension(mapped: str | None, fixed: str | None, obs: Observation) -> str | None:
    return mapped if mapped in obs.dimensions or fixed is None else fixed


def _value_text(
    obs: Observation, data: DataFile, target: SeriesTarget, metrics: dict[str, Metric]
) -> str:
    """The figure at the source's precision, with its scale word and unit."""
    try:
        number = Decimal(obs.value.replace(",", ""))
    except InvalidOperation:
        line = obs.line or 1
        raise DataFileError(
            Position(str(data.path), line, 1), f"{obs.value!r} is not a number"
        ) from None
    if obs.decimals is not None:  # 5.2 stated to two decimals is 5.20: 5.195 to 5.205
        number = number.quantize(Decimal(1).scaleb(-obs.decimals))
    scale = _SCALE_WORDS.get(obs.multiplier or 0)
    if obs.multiplier and scale is None:
        number = number.scaleb(obs.multiplier)
    text = _plain(number)
    if target.kind in ("share", "change"):
        unit = "%"
    else:
        unit = target.unit or (metrics[target.metric].unit_text if target.metric in metrics else "")
        unit = "" if unit in _UNITLESS else unit
    if target.kind == "change" and not text.startswith("-"):
        text = "+" + text
    return " ".join(w for w in (text, scale, unit) if w)


def _plain(number: Decimal) -> str:
    """A decimal in positional notation that keeps its precision: 1.05E+11 is '105 billion'
    would need a scale word, so a figure written with an exponent keeps its digits as a range."""
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent <= 0:
        return f"{number:f}"
    half = Decimal(5).scaleb(exponent - 1)  # half the last digit written
    return f"{number - half:f} .. {number + half:f}"


def _unique_id(claim: dict[str, Any], ids: Counter[str]) -> str:
    base = _ID_UNSAFE.sub("-", f"{claim['metric']}-{claim['entity']}-{claim['period']}").strip("-")
    base = base if base[:1].isalnum() else f"c-{base}"
    ids[base] += 1
    return base if ids[base] == 1 else f"{base}-{ids[base]}"


_ORDER = ("id", "kind", "entity", "metric", "of", "period", "basis", "value", "series", "status")


def _field_order(item: tuple[str, Any]) -> int:
    return _ORDER.index(item[0])


def render(result: ImportResult, output: Path) -> str:
    """The claim files as YAML (one source) or JSON Lines (one source a line), by suffix."""
    if output.suffix.lower() == ".jsonl":
        return "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in result.files)
    if len(result.files) > 1:
        names = "; ".join(
            f"{f['source']['publisher']}, {f['source']['title']}" for f in result.files
        )
        raise DataFileError(
            Position(str(output), 1, 1),
            f"these files hold {len(result.files)} datasets ({names}); a YAML claim file holds "
            "one: write JSON Lines (.jsonl), one source a line, or import them one at a time",
        )
    claim_file = result.files[0]
    claims = "".join(
        "  - " + json.dumps(c, ensure_ascii=False) + "\n" for c in claim_file["claims"]
    )
    head = yaml.safe_dump({"source": claim_file["source"]}, sort_keys=False, allow_unicode=True)
    # The mark outputs.SIGNATURES knows: importing again may replace this file without --force.
    # JSON Lines can carry no mark, so replacing one always needs --force.
    return f"{IMPORT_SIGNATURE}\n" + head + "claims:\n" + claims
