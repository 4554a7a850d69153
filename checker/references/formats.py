"""The data formats `checker reference import` reads, chosen by name or by sniffing the file.

Each format is an entry of FORMATS: its name, the suffixes it takes, a test of the file's first
bytes, and its reader. A file is read by the first entry whose suffix and sniff both match
(`--format NAME` names one instead), so a new format is one more entry, never another branch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..corpus import Position
from . import jsonstat, sdmx, tables
from .data import DataFile, DataFileError, ReadOptions

__all__ = ["FORMATS", "Format", "format_named", "format_of"]

_SNIFF_BYTES = 65536


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    read: Callable[[Path, ReadOptions], DataFile]


FORMATS: list[Format] = [
    Format(
        "sdmx-ml",
        "SDMX-ML 2.1 data messages (generic, or structure-specific with --structure), read with sdmx1",
        (".xml",),
        lambda head: b"sdmx" in head.lower(),
        sdmx.read_xml,
    ),
    Format(
        "sdmx-json",
        "SDMX-JSON 1.0 data messages, read with sdmx1",
        (".json",),
        lambda head: b'"dataSets"' in head,
        sdmx.read_json,
    ),
    Format(
        "json-stat",
        "JSON-stat 2.0 datasets (and collections of them)",
        (".json",),
        lambda head: b'"class"' in head and b'"dimension"' in head,
        jsonstat.read,
    ),
    Format(
        "sdmx-csv",
        "SDMX-CSV 2.0 (first column STRUCTURE), read with sdmx1",
        (".csv",),
        lambda head: head.lstrip(b"\xef\xbb\xbf").upper().startswith(b"STRUCTURE,"),
        sdmx.read_csv,
    ),
    Format(
        "world-bank",
        "the World Bank's bulk CSV: four lines of metadata, then one row per country and "
        "indicator with the years as columns",
        (".csv",),
        lambda head: head.lstrip(b"\xef\xbb\xbf").startswith(b'"Data Source"'),
        tables.read_world_bank,
    ),
    Format(
        "csv",
        "plain CSV, long (a period column and a value column, named in the map) or wide "
        "(the periods as columns)",
        (".csv", ".tsv", ".txt"),
        lambda head: True,
        tables.read_plain,
    ),
]


def format_named(name: str) -> Format:
    """The format called `name` (the choices of --format)."""
    return next(f for f in FORMATS if f.name == name)


def format_of(path: Path) -> Format:
    """The format of a data file, by its suffix and first bytes."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as error:
        raise DataFileError(
            Position(str(path), 1, 1), f"cannot be read: {error.strerror}"
        ) from error
    suffix = path.suffix.lower()
    for candidate in FORMATS:
        if suffix in candidate.suffixes and candidate.sniff(head):
            return candidate
    names = ", ".join(f.name for f in FORMATS)
    raise DataFileError(
        Position(str(path), 1, 1),
        f"not a data file the checker reads ({names}); name its format with --format",
    )
