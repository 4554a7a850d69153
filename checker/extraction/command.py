"""`checker extract FILE`: the work behind the command (checker/cli.py only parses options).

Writes the draft claim file to standard output, to `--output FILE`, or into `--output DIR`
(any path not ending in .yaml, .yml or .json: DIR/<source-id>.yaml, a plain-text copy of the article in DIR/sources/ so quotes are verified,
and DIR/metrics.yaml). A metrics.yaml beside the output gets the new metrics added at its end;
entries already there are kept as written. No existing file is replaced without --force, and
every file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

from ..documents import UnreadableFile, read_article
from ..documents.revisions import note_revisions
from ..documents.tables import draft_table_totals
from ..outputs import OutputRefused, check_output, write_output
from . import extract
from .document import Document
from .draft import append_metrics, claim_file_text, metrics_text, source_id_for
from .links import Extraction

__all__ = ["run_extract"]


def run_extract(
    file: Path,
    output: Path | None,
    force: bool,
    date_text: str | None,
    entity: str | None,
    source_id: str | None,
) -> int:
    anchor = None
    if date_text:
        try:
            anchor = date.fromisoformat(date_text)
        except ValueError:
            click.echo(f"--date '{date_text}' is not a date: write it as YYYY-MM-DD", err=True)
            return 2
    document = _read(file)
    if document is None:
        return 2
    extraction = extract(document, anchor=anchor, entity=entity)
    identifier = source_id or source_id_for(file, document.title)
    draft_table_totals(extraction, identifier)  # a table's figures named by cell, totals linked
    note_revisions(extraction)  # a figure changed in a tracked revision: noted on its claim
    if not extraction.claims:
        click.echo(f"{file}: no numeric mentions found; no claim file written", err=True)
        return 1
    if output is None:
        _print_draft(extraction, identifier, file)
        return 0
    if _refused(output, file):
        return 2
    return _write_draft(
        extraction,
        identifier,
        file,
        document,
        _Targets.of(output, file, document, identifier),
        force,
    )


@dataclass(frozen=True)
class _Targets:
    """Where a draft goes: the claim file, the article's plain-text copy (directory output only),
    the `text:` path the claim file names, and the metrics vocabulary beside it."""

    claims: Path
    copy: Path | None
    text_path: str | None
    vocabulary: Path

    @classmethod
    def of(cls, output: Path, file: Path, document: Document, identifier: str) -> _Targets:
        if output.is_dir() or output.suffix.lower() not in (".yaml", ".yml", ".json"):
            return cls(
                output / f"{identifier}.yaml",
                output / "sources" / f"{identifier}.txt",
                f"sources/{identifier}.txt",
                output / "metrics.yaml",
            )
        text_path = _relative_text(file, output.parent) if document.kind == "text" else None
        return cls(output, None, text_path, output.parent / "metrics.yaml")


def _print_draft(extraction: Extraction, identifier: str, file: Path) -> None:
    """The draft on standard output, the metrics vocabulary after it as comments."""
    body = claim_file_text(extraction, identifier, None, origin=str(file))
    vocabulary = metrics_text(extraction.metrics).splitlines()
    click.echo(
        body
        + "\n# metrics.yaml (draft; save as metrics.yaml beside this file):\n"
        + "\n".join("# " + line for line in vocabulary)
    )


def _write_draft(
    extraction: Extraction,
    identifier: str,
    file: Path,
    document: Document,
    targets: _Targets,
    force: bool,
) -> int:
    """Write the draft, its text copy and its new metrics, or nothing when a file is in the way."""
    if targets.claims.exists() and not force:
        click.echo(f"{targets.claims} exists; use --force to replace it", err=True)
        return 2
    copy = targets.copy
    if (
        copy is not None
        and copy.exists()
        and copy.read_text(encoding="utf-8", errors="replace") != document.text
        and not force
    ):
        click.echo(f"{copy} exists with other text; use --force to replace it", err=True)
        return 2
    vocabulary = _vocabulary_update(targets.vocabulary, extraction, force)
    if vocabulary is None:
        return 2
    merged, added = vocabulary
    # Each file was checked above (replaced only with --force, metrics kept by appending).
    writes = [(copy, document.text)] if copy is not None else []
    writes.append(
        (
            targets.claims,
            claim_file_text(extraction, identifier, targets.text_path, origin=file.name),
        )
    )
    writes += [(targets.vocabulary, merged)] if added else []
    if not _write_all(writes, file):
        return 2
    click.echo(
        f"wrote {len(extraction.claims)} claims to {targets.claims}"
        + (f"; {len(added)} metrics to {targets.vocabulary}" if added else ""),
        err=True,
    )
    return 0


def _vocabulary_update(
    path: Path, extraction: Extraction, force: bool
) -> tuple[str, list[str]] | None:
    """The metrics vocabulary with the draft's new metrics, and their names: appended to an
    existing file, rewritten only with --force; None (after saying why) when it cannot be."""
    if not path.exists():
        return metrics_text(extraction.metrics), sorted(extraction.metrics)
    merged, added = append_metrics(path, extraction.metrics)
    if merged is not None:
        return merged, added
    if not force:
        click.echo(
            f"{path} cannot take new metrics by appending; use --force to rewrite it", err=True
        )
        return None
    return _rewrite_vocabulary(path, extraction.metrics)


def _read(file: Path) -> Document | None:
    """The article, or None once the reason it cannot be read is said."""
    try:
        document = read_article(file)
    except UnreadableFile as problem:
        click.echo(f"{file}: {problem}", err=True)
        return None
    except OSError as exc:
        click.echo(f"{file}: cannot read the file: {exc.strerror}", err=True)
        return None
    except UnicodeDecodeError as exc:
        click.echo(
            f"{file}: byte 0x{exc.object[exc.start]:02x} is not UTF-8 text; save the file as UTF-8",
            err=True,
        )
        return None
    return document


def _refused(output: Path, article: Path) -> bool:
    """Whether --output is the article itself (said, then True): a draft never replaces it."""
    if output.is_dir():
        return False
    try:
        check_output(output, [article], force=True, what="the draft")
    except OutputRefused as refused:
        click.echo(f"checker: {refused}", err=True)
        return True
    return False


def _write_all(writes: list[tuple[Path, str]], article: Path) -> bool:
    """Write the draft's files, never onto the article; False (with a message) when one fails."""
    for path, content in writes:
        try:
            write_output(path, content, [article], force=True, what="the draft")
        except OutputRefused as refused:
            click.echo(f"checker: {refused}", err=True)
            return False
        except OSError as problem:
            click.echo(f"{path}: cannot write the draft: {problem.strerror or problem}", err=True)
            return False
    return True


def _relative_text(file: Path, directory: Path) -> str | None:
    """The article's path relative to the claim file, when it lies inside the claim file's
    directory (the loader only reads source texts inside the claims directory)."""
    try:
        return str(file.resolve().relative_to(directory.resolve()))
    except ValueError:
        return None


def _rewrite_vocabulary(path: Path, metrics: dict) -> tuple[str, list[str]]:
    """The vocabulary rewritten whole (only with --force): its entries kept, new ones added."""
    import yaml

    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        document = {}
    if not isinstance(document, dict):
        document = {}
    existing = document.setdefault("metrics", {}) or {}
    document["metrics"] = existing
    added = [name for name in metrics if name not in existing]
    for name in added:
        drafted = metrics[name]
        entry = {
            "unit": drafted.unit or "count",
            "description": drafted.description or name.replace("_", " "),
        }
        if drafted.part_of:
            entry["part_of"] = drafted.part_of
        existing[name] = entry
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True), sorted(added)
