"""Official statistics as reference claims: `checker reference import FILE... --map MAP.yaml`.

Readers (one module per family of formats, chosen from `formats.FORMATS` by name or by sniffing)
hand over observations as written; `mapping` says which are which metrics and entities;
`importing` writes each as a reference claim at the source's precision, with its provenance.
The rules then check articles against these claims like any other (see `reference_findings`).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import CheckerError
from ..loading import load_corpus
from ..outputs import OutputRefused, write_output
from .data import DataFileError, MissingLibrary
from .formats import FORMATS
from .importing import ImportResult, import_files, render
from .mapping import MapError, load_map

__all__ = [
    "FORMATS",
    "DataFileError",
    "ImportRequest",
    "ImportResult",
    "MapError",
    "MissingLibrary",
    "VocabularyError",
    "import_references",
    "summary",
]


OUTPUT_SUFFIXES = (".yaml", ".yml", ".jsonl")


class ReferenceFileInvalid(CheckerError):
    """Claims the map makes that would not load (a unit at odds with its metric's)."""


class VocabularyError(CheckerError):
    """The vocabulary the map's metrics must belong to cannot be read."""


@dataclass(frozen=True)
class ImportRequest:
    paths: list[Path]
    map_path: Path
    vocabulary: Path
    output: Path
    force: bool = False
    format_name: str | None = None
    structure: Path | None = None  # the SDMX-ML structure message of structure-specific data


def import_references(request: ImportRequest) -> ImportResult:
    """Read the data files, write the reference claim file; raise on bad input (nothing written)."""
    if request.output.suffix.lower() not in OUTPUT_SUFFIXES:
        raise OutputRefused(
            f"{request.output}: a reference claim file is YAML (.yaml, .yml) or JSON Lines (.jsonl)"
        )
    corpus = load_corpus([request.vocabulary])
    if corpus.errors:
        raise VocabularyError("\n".join(str(e) for e in corpus.errors))
    if not corpus.metrics:
        raise VocabularyError(f"{request.vocabulary}:1:1: declares no metrics for the map to name")
    reference_map = load_map(request.map_path, corpus.metrics)
    result = import_files(
        request.paths, reference_map, corpus.metrics, request.format_name, request.structure
    )
    if result.claims:
        text = render(result, request.output)
        _loads_cleanly(text, request.output, request.vocabulary)
        inputs = [*request.paths, request.map_path, request.vocabulary]
        inputs += [request.structure] if request.structure else []
        write_output(request.output, text, inputs, request.force, "the reference claims")
    return result


def _loads_cleanly(text: str, output: Path, vocabulary: Path) -> None:
    """The file about to be written, loaded as `checker check` will load it: a claim the map
    makes unloadable (a unit at odds with its metric's) stops the import, nothing written."""
    with tempfile.TemporaryDirectory(prefix="checker-reference-") as directory:
        trial = Path(directory) / output.name
        trial.write_text(text, encoding="utf-8")
        errors = load_corpus([trial, vocabulary]).errors
    if errors:
        raise ReferenceFileInvalid(
            "\n".join(
                f"{output}:{e.position.line}:{e.position.column}: {e.message} (the claim as the "
                "map makes it would not load; nothing written)"
                for e in errors
            )
        )


def summary(result: ImportResult, request: ImportRequest) -> str:
    """What was written and what was skipped, for the command's last line."""
    parts = [
        f"{_count(result.claims, 'reference claim')} from {_count(len(request.paths), 'file')}"
        + (f" written to {request.output}" if result.claims else "; nothing written")
    ]
    if result.unmapped:
        skipped = sum(result.unmapped.values())
        examples = ", ".join(sorted(result.unmapped)[:5])
        more = ", ..." if len(result.unmapped) > 5 else ""
        parts.append(
            f"{_count(skipped, 'observation')} of {len(result.unmapped)} series the map does not "
            "name skipped "
            f"({examples}{more})"
        )
    if result.filtered:
        parts.append(f"{_count(result.filtered, 'observation')} left out by the map's 'where'")
    if result.missing:
        parts.append(f"{_count(result.missing, 'observation')} marked missing skipped")
    return "; ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
