"""What every reader of a statistics file hands over: observations as the file writes them.

A reader keeps each figure as its text (`105.2`, never a float), with the precision the file
states (decimals, unit multiplier) and the status it gives, so that the claim written from it
reads as the source's own rounding. Nothing here knows the claim-file format or the map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import Position
from ..errors import CheckerError

__all__ = ["ReadOptions", "DataFile", "DataFileError", "MissingLibrary", "Observation"]


@dataclass(frozen=True)
class Observation:
    """One figure of a data file, as written."""

    dimensions: dict[str, str]  # dimension (or column) -> code, in the file's order, time left out
    period: str
    value: str  # the number as written: "105.2", "1.05E+11"
    decimals: int | None = None  # decimals the source states for it (SDMX DECIMALS, JSON-stat)
    multiplier: int | None = None  # the power of ten its unit is multiplied by (SDMX UNIT_MULT)
    status: str | None = None  # the status code or word written beside it ("P", "p", "provisional")
    line: int | None = None  # where it is written, when the format has lines

    @property
    def series_key(self) -> str:
        """The series' key, SDMX style: the dimension codes joined by dots ("A.KE.GDP")."""
        return ".".join(self.dimensions.values())


@dataclass(frozen=True)
class ReadOptions:
    """What a reader may need beside the file: the columns of a plain long table the map names
    (periods, values, statuses), and the SDMX-ML structure message a structure-specific data
    message is read with."""

    period: str | None = None
    value: str | None = None
    status: str | None = None
    structure: Path | None = None


@dataclass
class DataFile:
    """A data file read: who published it, which dataset, when, and its observations."""

    path: Path
    format: str
    provider: str | None = None
    dataset: str | None = None  # the provider's id of the dataset (NA_MAIN, WDI)
    title: str | None = None  # the dataset's name
    vintage: str | None = None  # the release or preparation date the file states, ISO
    observations: list[Observation] = field(default_factory=list)
    # Which dimensions name the entity and the metric, when the format says (World Bank files).
    entity_dimension: str | None = None
    metric_dimension: str | None = None


class DataFileError(CheckerError):
    """A data file that cannot be read: one message at one place."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(f"{position}: {message}")
        self.position = position


class MissingLibrary(CheckerError):
    """A format whose reader needs an optional library that is not installed."""
