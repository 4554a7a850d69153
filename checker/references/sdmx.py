"""SDMX data messages (SDMX-ML, SDMX-JSON, SDMX-CSV) read through the sdmx1 library.

sdmx1 is the maintained SDMX library for Python (it reads every SDMX format); it pulls pandas,
lxml and requests, so it is the optional extra `checker[references]`, imported only when an SDMX
file is read. No network is used: files are read as given.

SDMX-CSV 2.0 carries no structure, and sdmx1 needs one to read it; the format fixes the column
order (STRUCTURE, STRUCTURE_ID, ACTION, the dimensions, OBS_VALUE, the attributes), so the
structure is built from the header. sdmx1 reads an SDMX-JSON series' attributes from the data
set instead of the series; they are read here from the series, as the format says.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ..corpus import Position
from .data import DataFile, DataFileError, MissingLibrary, Observation, ReadOptions

__all__ = ["read_csv", "read_json", "read_xml"]

INSTALL = "pip install 'checker[references]'"
TIME_DIMENSION = "TIME_PERIOD"
# SDMX-CSV 2.0's fixed columns before the dimensions, and the measure after them.
_CSV_LEADING = ("STRUCTURE", "STRUCTURE_ID", "ACTION")
_CSV_MEASURE = "OBS_VALUE"
_FLOW = re.compile(r"^(?:([^:]*):)?([^(]*)(?:\(.*\))?$")


def _library() -> Any:
    try:
        import sdmx
    except ImportError as error:
        raise MissingLibrary(
            f"reading SDMX needs the sdmx1 library, which is not installed: {INSTALL}"
        ) from error
    return sdmx


def read_xml(path: Path, options: ReadOptions) -> DataFile:
    # Well-formedness first, with expat: sdmx1's own errors do not say where a file breaks.
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        line, column = error.position
        raise DataFileError(
            Position(str(path), line, column + 1), f"malformed XML: {error}"
        ) from error
    if not root.tag.endswith("StructureSpecificData"):
        return _read(path, "sdmx-ml", {})
    # Without its structure, a structure-specific message cannot tell a dimension from an
    # attribute: sdmx1 would read UNIT_MULT as part of the series key and lose the multiplier.
    if options.structure is None:
        raise DataFileError(
            Position(str(path), 1, 1),
            "a structure-specific SDMX-ML message is read with its data structure: give the "
            "SDMX-ML structure message with --structure (or import the generic, SDMX-JSON or "
            "SDMX-CSV form of the data)",
        )
    return _read(path, "sdmx-ml", {"structure": _structure(options.structure)})


def _structure(path: Path) -> Any:
    """The first data structure definition of an SDMX-ML structure message."""
    sdmx = _library()
    try:
        message = sdmx.read_sdmx(path)
        return next(iter(message.structure.values()))
    except Exception as error:  # sdmx1 raises what its parsers raise: report it, at the file
        raise DataFileError(
            Position(str(path), 1, 1),
            f"not an SDMX-ML structure message holding a data structure: {error}",
        ) from error


def read_json(path: Path, options: ReadOptions) -> DataFile:
    text = _text(path)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataFileError(
            Position(str(path), error.lineno, error.colno), f"malformed JSON: {error.msg}"
        ) from error
    data = _read(path, "sdmx-json", {})
    _series_attributes_from_series(raw, data)
    name = raw.get("structure", {}).get("name") if isinstance(raw, dict) else None
    data.title = data.title or (name if isinstance(name, str) else None)
    return data


def read_csv(path: Path, options: ReadOptions) -> DataFile:
    lines = _text(path).lstrip("\ufeff").splitlines()
    header = lines[0].split(",")
    data = _read(path, "sdmx-csv", {"structure": _csv_structure(path, header)})
    # The data flow is named on every row: AGENCY:ID(VERSION).
    flow = lines[1].split(",")[1] if len(lines) > 1 and lines[1].count(",") else ""
    data.dataset = _FLOW.sub(r"\2", flow) or None
    return data


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(Position(str(path), 1, 1), f"cannot be read: {error}") from error


def _read(path: Path, name: str, options: dict[str, Any]) -> DataFile:
    sdmx = _library()
    try:
        message = sdmx.read_sdmx(path, **options)
    except Exception as error:  # sdmx1 raises what its parsers raise: report it, at its place
        line, column = getattr(error, "position", None) or (getattr(error, "lineno", 1), 1)
        raise DataFileError(
            Position(str(path), line or 1, column or 1),
            f"not a readable {name} data message: {error}",
        ) from error
    if not getattr(message, "data", None):
        raise DataFileError(Position(str(path), 1, 1), f"holds no data set ({name})")
    header = message.header
    sender = getattr(header, "sender", None)
    flow = getattr(message, "dataflow", None)
    structure = getattr(message.data[0], "structured_by", None)
    prepared = getattr(header, "prepared", None)
    return DataFile(
        path=path,
        format=name,
        provider=(str(sender.name) or sender.id) if sender is not None else None,
        dataset=(flow.id if flow is not None and flow.id else None)
        or getattr(structure, "id", None),
        title=str(flow.name) if flow is not None and str(flow.name) else None,
        vintage=prepared.date().isoformat() if prepared is not None else None,
        observations=list(_observations(message)),
    )


def _observations(message: Any) -> Iterator[Observation]:
    for dataset in message.data:
        for obs in dataset.obs:
            dimensions = {k: str(_code(v.value)) for k, v in obs.key.values.items()}
            period = dimensions.pop(TIME_DIMENSION, None)
            if period is None or obs.value is None:
                continue
            attributes = {}
            if obs.series_key is not None:
                attributes.update({k: _code(v.value) for k, v in obs.series_key.attrib.items()})
            attributes.update({k: _code(v.value) for k, v in obs.attached_attribute.items()})
            value = obs.value if isinstance(obs.value, str) else repr(obs.value)
            if value.lower() in ("", "nan"):
                continue
            yield Observation(
                dimensions=dimensions,
                period=period,
                value=value,
                decimals=_integer(attributes.get("DECIMALS")),
                multiplier=_integer(attributes.get("UNIT_MULT")),
                status=attributes.get("OBS_STATUS"),
            )


def _code(value: Any) -> str:
    """An attribute's or dimension's value as its code ("P"), whether sdmx1 gives a Code or text."""
    return str(getattr(value, "id", value))


def _integer(text: str | None) -> int | None:
    try:
        return int(text) if text not in (None, "") else None
    except ValueError:
        return None


def _csv_structure(path: Path, header: list[str]) -> Any:
    """A data flow whose structure is read from an SDMX-CSV 2.0 header."""
    from sdmx.model import v21

    columns = [c.strip().strip('"') for c in header]
    if _CSV_MEASURE not in columns or columns[: len(_CSV_LEADING)][:2] != list(_CSV_LEADING[:2]):
        raise DataFileError(
            Position(str(path), 1, 1),
            "an SDMX-CSV 2.0 header starts STRUCTURE,STRUCTURE_ID and has an OBS_VALUE column",
        )
    first = 3 if columns[2] == "ACTION" else 2
    measure = columns.index(_CSV_MEASURE)
    structure = v21.DataStructureDefinition(id="from-csv-header")
    for name in columns[first:measure]:
        if name == TIME_DIMENSION:
            structure.dimensions.getdefault(name, cls=v21.TimeDimension)
        else:
            structure.dimensions.getdefault(name)
    structure.measures.getdefault(_CSV_MEASURE)
    for name in columns[measure + 1 :]:
        structure.attributes.getdefault(name)
    return v21.DataflowDefinition(id="from-csv-header", structure=structure)


def _series_attributes_from_series(raw: Any, data: DataFile) -> None:
    """Series attributes (UNIT_MULT, DECIMALS) as each SDMX-JSON series gives them."""
    try:
        definitions = raw["structure"]["attributes"].get("series", [])
        series = raw["dataSets"][0].get("series", {})
        dimensions = raw["structure"]["dimensions"]["series"]
    except (KeyError, TypeError, IndexError, AttributeError):
        return
    by_key: dict[str, dict[str, str]] = {}
    for indices, element in series.items():
        codes = [
            str(dimensions[i]["values"][int(n)]["id"]) for i, n in enumerate(indices.split(":"))
        ]
        attributes = {}
        for definition, index in zip(definitions, element.get("attributes", []), strict=False):
            if index is not None:
                attributes[definition["id"]] = str(definition["values"][index]["id"])
        by_key[".".join(codes)] = attributes
    data.observations = [
        _with_attributes(obs, by_key.get(obs.series_key, {})) for obs in data.observations
    ]


def _with_attributes(obs: Observation, attributes: dict[str, str]) -> Observation:
    from dataclasses import replace

    return replace(
        obs,
        decimals=_integer(attributes.get("DECIMALS")) if "DECIMALS" in attributes else obs.decimals,
        multiplier=_integer(attributes.get("UNIT_MULT"))
        if "UNIT_MULT" in attributes
        else obs.multiplier,
    )
