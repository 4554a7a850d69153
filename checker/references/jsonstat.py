"""JSON-stat 2.0 (https://json-stat.org/full/), read directly: no maintained Python reader of it
exists without pandas, and the format is small.

A dataset holds `id` (the dimensions, in order), `size` (how many categories each has),
`dimension` (each one's categories: `index`, a list or code -> position, and for a metric
dimension `unit`, with `decimals`), `value` (a list in row-major order over `id`, or position ->
value) and `status` (one status for all, a list, or position -> status). `role.time` names the
time dimension. A collection holds datasets in `link.item`. Numbers are read as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import product
from pathlib import Path
from typing import Any

from ..corpus import Position
from .data import DataFile, DataFileError, Observation, ReadOptions

__all__ = ["read"]

# Dimension ids that name time when `role.time` does not say which one does.
_TIME_IDS = ("time", "year", "period", "TIME_PERIOD")


def read(path: Path, options: ReadOptions) -> DataFile:
    where = Position(str(path), 1, 1)
    try:
        document = json.loads(path.read_text(encoding="utf-8"), parse_float=str)
    except json.JSONDecodeError as error:
        raise DataFileError(
            Position(str(path), error.lineno, error.colno), f"malformed JSON: {error.msg}"
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(where, f"cannot be read: {error}") from error
    datasets = _datasets(document, where)
    first = datasets[0]
    observations: list[Observation] = []
    for dataset in datasets:
        try:
            observations.extend(_observations(dataset))
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise DataFileError(where, f"not a JSON-stat 2.0 dataset: {error!r}") from error
    source = first.get("source")
    return DataFile(
        path=path,
        format="json-stat",
        provider=source if isinstance(source, str) else None,
        dataset=first.get("extension", {}).get("dataset")
        if isinstance(first.get("extension"), dict)
        else None,
        title=first.get("label"),
        vintage=str(first["updated"])[:10] if first.get("updated") else None,
        observations=observations,
    )


def _datasets(document: Any, where: Position) -> list[dict]:
    if isinstance(document, dict) and document.get("class") == "dataset":
        return [document]
    if isinstance(document, dict) and document.get("class") == "collection":
        items = document.get("link", {}).get("item", [])
        found = [i for i in items if isinstance(i, dict) and i.get("class") == "dataset"]
        if found:
            return found
    raise DataFileError(
        where, 'not a JSON-stat 2.0 dataset: expected "class": "dataset" (or a collection of them)'
    )


def _categories(dimension: dict) -> list[str]:
    index = dimension["category"].get("index")
    if index is None:  # a single category may give only its label
        return list(dimension["category"]["label"])
    if isinstance(index, list):
        return [str(code) for code in index]
    return [code for code, _ in sorted(index.items(), key=lambda item: item[1])]


def _observations(dataset: dict) -> Iterator[Observation]:
    ids: list[str] = dataset["id"]
    sizes: list[int] = dataset["size"]
    if len(ids) != len(sizes):
        raise ValueError("'id' and 'size' list different numbers of dimensions")
    categories = {name: _categories(dataset["dimension"][name]) for name in ids}
    roles = dataset.get("role", {})
    time = next(iter(roles.get("time", [])), None) or next((i for i in ids if i in _TIME_IDS), None)
    if time is None:
        raise ValueError("no time dimension (role.time)")
    decimals = _decimals(dataset, roles)
    values, statuses = dataset["value"], dataset.get("status")
    for position, codes in enumerate(product(*(categories[name] for name in ids))):
        value = _at(values, position)
        if value is None:
            continue
        coordinates = dict(zip(ids, codes, strict=True))
        period = coordinates.pop(time)
        status = statuses if isinstance(statuses, str) else _at(statuses, position)
        yield Observation(
            dimensions=coordinates,
            period=period,
            value=str(value),
            decimals=next(
                (d for (name, code), d in decimals.items() if coordinates.get(name) == code), None
            ),
            status=status,
        )


def _at(values: Any, position: int) -> Any:
    if isinstance(values, list):
        return values[position] if position < len(values) else None
    if isinstance(values, dict):
        return values.get(str(position))
    return None


def _decimals(dataset: dict, roles: dict) -> dict[tuple[str, str], int]:
    """(dimension, category) -> the decimals its unit states, for the metric dimensions."""
    found = {}
    for name in roles.get("metric", []) or dataset["id"]:
        units = dataset["dimension"][name]["category"].get("unit", {})
        for code, unit in units.items():
            if isinstance(unit, dict) and isinstance(unit.get("decimals"), int):
                found[(name, code)] = unit["decimals"]
    return found
