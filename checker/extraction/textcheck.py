"""`checker check --text`: extract claims from articles, then run the rules on them (with any
claim files given beside), and point every finding back into the article text.

The drafts are written to a temporary directory (claim files, a merged metrics vocabulary and a
plain-text copy of each article, so quotes are verified), loaded and checked like any corpus;
findings and citations are then moved from the temporary files to the articles: file, line and
column of the quote, and the quote's character offsets after the claim id (`id@start-end`).
"""

from __future__ import annotations

import stat
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..corpus import InputError, Position
from ..documents import UnreadableFile, read_article
from ..documents.revisions import figure_place, note_revisions
from ..documents.tables import draft_table_totals
from ..engine import as_possible
from ..loading import CLAIM_SUFFIXES, discover
from ..outputs import write_output
from ..runner import RunOptions, RunResult, run
from . import extract
from .document import Document
from .draft import (
    claim_file_text,
    leave_out,
    merge_vocabularies,
    metrics_text,
    source_id_for,
)
from .links import Extraction

__all__ = ["check_texts", "is_claim_path"]


def is_claim_path(path: Path) -> bool:
    """Claim files and directories are checked as they are; any other file is an article."""
    return path.is_dir() or path.suffix.lower() in CLAIM_SUFFIXES


def check_texts(
    paths: Iterable[Path],
    options: RunOptions | None = None,
    anchor: date | None = None,
    entity: str | None = None,
) -> RunResult:
    options = options or RunOptions()
    if options.load.rates is None:
        # a draft holds no reference rate of its own: a currency restated in brackets is
        # judged against the ECB's rates the checker ships (offline), within their wide band
        options = replace(options, load=replace(options.load, rates="ecb"))
    paths = [Path(p) for p in paths]
    claim_paths = [p for p in paths if is_claim_path(p)]
    text_paths = [p for p in paths if not is_claim_path(p)]
    problems: list[InputError] = []
    extractions: list[tuple[Path, str, Extraction]] = []
    used: set[str] = set()
    for path in text_paths:
        document = _read_article(path, problems)
        if document is None:
            continue
        extraction = extract(document, anchor=anchor, entity=entity)
        source_id = source_id_for(path, document.title)
        base, number = source_id, 2
        while source_id in used:
            source_id, number = f"{base}-{number}", number + 1
        used.add(source_id)
        draft_table_totals(extraction, source_id)
        problems.extend(_revision_notes(extraction, _display(path)))
        extractions.append((path, source_id, extraction))
        if not extraction.claims:
            problems.append(
                InputError(
                    Position(_display(path), 1, 1),
                    "no figure found in this text; nothing in it was checked",
                    "warning",
                )
            )
    declared = _declared_metrics(claim_paths)
    vocabulary = merge_vocabularies([e for _, _, e in extractions], declared)
    with tempfile.TemporaryDirectory(prefix="checker-text-") as directory:
        root = Path(directory)
        files, result = _write_and_run(extractions, vocabulary, claim_paths, root, options)
        if _leave_out_refused(result, files, vocabulary):
            # a draft must never be refused: what the loader would not take is left out
            files, result = _write_and_run(extractions, vocabulary, claim_paths, root, options)
            problems.extend(_all_left_out(extractions))
        if result is None:
            from ..corpus import Corpus
            from ..rules import BUILTIN_RULES, load_rules

            rules, _ = load_rules([BUILTIN_RULES])
            result = RunResult(Corpus(), rules)
        _stated_links_only(result, files)
        _point_into_texts(result, files, root)
    result.corpus.errors.extend(p for p in problems if p.severity == "error")
    result.corpus.warnings.extend(p for p in problems if p.severity != "error")
    return result


def _all_left_out(extractions: list[tuple[Path, str, Extraction]]) -> list[InputError]:
    """A warning for each text whose every drafted figure the loader refused: nothing in it was
    checked, which must never pass in silence."""
    return [
        InputError(
            Position(_display(path), 1, 1),
            "every figure drafted from this text was left out, so nothing in it was checked "
            f"(the first: {extraction.left_out[0]}; `checker extract` shows them all)",
            "warning",
        )
        for path, _, extraction in extractions
        if not extraction.claims and extraction.left_out
    ]


def _read_article(path: Path, problems: list[InputError]) -> Any:
    """The article as a Document, or None with the reason in problems: missing, not a regular
    file (a pipe would wait for ever), not UTF-8, or binary (NUL bytes: not text at all)."""
    display = _display(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            problems.append(
                InputError(Position(display, 1, 1), "this is not a regular file; it was not read")
            )
            return None
        document = read_article(path)
    except UnreadableFile as problem:
        problems.append(InputError(Position(display, 1, 1), str(problem)))
        return None
    except FileNotFoundError:
        problems.append(InputError(Position(display, 1, 1), "no such file or directory"))
        return None
    except OSError as exc:
        problems.append(
            InputError(Position(display, 1, 1), f"cannot read the file: {exc.strerror}")
        )
        return None
    except UnicodeDecodeError as exc:
        before = exc.object[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        problems.append(
            InputError(
                Position(display, line, column),
                f"byte 0x{exc.object[exc.start]:02x} is not UTF-8 text: is this a binary file? "
                "--text reads plain text, Markdown and HTML in UTF-8, Word (.docx) and PDF",
            )
        )
        return None
    nul = document.text.find("\x00") if document.kind in ("text", "markdown", "html") else -1
    if nul >= 0:
        line = document.text.count("\n", 0, nul) + 1
        column = nul - (document.text.rfind("\n", 0, nul) + 1) + 1
        problems.append(
            InputError(
                Position(display, line, column),
                "this file holds NUL characters: it is a binary file, not an article; "
                "--text reads plain text, Markdown, HTML, Word (.docx) and PDF",
            )
        )
        return None
    return document


def _revision_notes(extraction: Extraction, display: str) -> list[InputError]:
    """A warning for each figure a tracked change replaced (.docx); its claims get the note."""
    document: Document = extraction.document
    warnings = []
    for offset, note in note_revisions(extraction):
        line, column = document.line_column(document.file_span(offset, offset + 1)[0])
        warnings.append(
            InputError(
                Position(display, line, column),
                f"{note} (tracked changes are read as accepted: the text is checked as it "
                "will be published)",
                "warning",
            )
        )
    return warnings


def _write_and_run(
    extractions: list[tuple[Path, str, Extraction]],
    vocabulary: dict,
    claim_paths: list[Path],
    root: Path,
    options: RunOptions,
) -> tuple[dict[str, tuple[Path, Extraction]], RunResult | None]:
    files: dict[str, tuple[Path, Extraction]] = {}
    for path, source_id, extraction in extractions:
        target = root / f"{source_id}.yaml"
        if not extraction.claims:
            target.unlink(missing_ok=True)  # a draft all left out on the second pass
            continue
        # The run's own temporary directory: written again when a draft is redone.
        write_output(root / "sources" / f"{source_id}.txt", extraction.document.text, force=True)
        write_output(
            target,
            claim_file_text(extraction, source_id, f"sources/{source_id}.txt", origin=str(path)),
            force=True,
        )
        files[str(target)] = (path, extraction)
    if vocabulary:
        write_output(root / "metrics.yaml", metrics_text(vocabulary), force=True)
    if not (files or claim_paths):
        return files, None
    return files, run([root, *claim_paths] if files else claim_paths, options)


def _leave_out_refused(
    result: RunResult | None, files: dict[str, tuple[Path, Extraction]], vocabulary: dict
) -> bool:
    """Leave out of the drafts every claim the loader refused (and every part_of of a drafted
    vocabulary it refused); whether anything was left out."""
    if result is None:
        return False
    refused: dict[str, dict[int, str]] = {}
    vocabulary_refused = False
    for problem in result.corpus.errors:
        written = _written_file(problem.position.file, files)
        if written is None:
            vocabulary_refused |= Path(problem.position.file).name == "metrics.yaml"
            continue
        index = _claim_at_line(Path(written), problem.position.line)
        if index is not None:
            refused.setdefault(written, {})[index] = problem.message
    for written, reasons in refused.items():
        leave_out(files[written][1], reasons)
    if vocabulary_refused:
        for drafted in vocabulary.values():
            drafted.part_of = None
    return bool(refused) or vocabulary_refused


def _written_file(name: str, files: dict[str, tuple[Path, Extraction]]) -> str | None:
    for written in files:
        if name in (written, _display(Path(written))):
            return written
    return None


def _claim_at_line(path: Path, line: int) -> int | None:
    """The index of the drafted claim written at this line of a draft."""
    index = None
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number > line:
            break
        if text.startswith("  - id: "):
            index = 0 if index is None else index + 1
    return index


def _stated_links_only(result: RunResult, files: dict[str, tuple[Path, Extraction]]) -> None:
    """An error or warning among drafted claims stands only when the text states the links
    that join its claims (one chain of stated links: the same sentence's "from ... to", "of
    which", a restatement in brackets...); otherwise it is a note: a possible inconsistency
    between figures that may not refer to the same thing."""
    groups: dict[tuple[str, str], tuple[str, int]] = {}
    for written, (_, extraction) in files.items():
        component = _stated_components(extraction)
        for claim in extraction.claims:
            group = (written, component.get(claim.mention, -1 - claim.mention))
            groups[(written, claim.id)] = group
            groups[(_display(Path(written)), claim.id)] = group
    moved = []
    for finding in result.findings:
        cited = {groups.get((c.file, c.claim)) for c in finding.claims}
        drafted = all(groups.get((c.file, c.claim)) for c in finding.claims)
        if finding.severity != "info" and drafted and len(finding.claims) > 1 and len(cited) > 1:
            finding = as_possible(finding)
        moved.append(finding)
    result.findings[:] = moved


def _stated_components(extraction: Extraction) -> dict[int, int]:
    """Mentions joined by stated links, as connected components (union-find by mention)."""
    parent: dict[int, int] = {}

    def root(item: int) -> int:
        while parent.setdefault(item, item) != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for relation in extraction.relations:
        if not relation.stated:
            continue
        ends = [m for m in relation.mentions if m is not None]
        for other in ends[1:]:
            parent[root(other)] = root(ends[0])
    for first, second in extraction.stated_joins:
        parent[root(second)] = root(first)
    return {mention: root(mention) for mention in list(parent)}


def _declared_metrics(claim_paths: list[Path]) -> dict[str, str | None]:
    if not claim_paths:
        return {}
    _, vocabularies, _ = discover(claim_paths)
    declared: dict[str, str | None] = {}
    for vocabulary in vocabularies:
        try:
            document = yaml.safe_load(vocabulary.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        metrics = document.get("metrics") if isinstance(document, dict) else None
        if isinstance(metrics, dict):
            for name, entry in metrics.items():
                declared[str(name)] = (
                    str(entry.get("unit"))
                    if isinstance(entry, dict) and entry.get("unit")
                    else None
                )
    return declared


def _point_into_texts(
    result: RunResult, files: dict[str, tuple[Path, Extraction]], root: Path
) -> None:
    by_file: dict[str, tuple[Path, Extraction]] = {}
    for written, found in files.items():
        by_file[written] = found
        by_file[_display(Path(written))] = found
    claims: dict[tuple[str, str], tuple[str, int, int, int, int, str | None]] = {}
    for written, (path, extraction) in files.items():
        display = _display(path)
        for claim in extraction.claims:
            start, end = extraction.document.file_span(*claim.quote)
            line, column = extraction.document.line_column(start)
            where = figure_place(extraction, claim)
            cited = (display, line, column, start, end, where.label() if where else None)
            claims[(written, claim.id)] = cited
            claims[(_display(Path(written)), claim.id)] = cited
    moved = []
    for finding in result.findings:
        citations = []
        for citation in finding.claims:
            place = claims.get((citation.file, citation.claim))
            if place is None:
                citations.append(citation)
                continue
            display, line, column, start, end, label = place
            citations.append(
                citation.model_copy(
                    update={
                        "file": display,
                        "line": line,
                        "column": column,
                        "claim": f"{citation.claim}@{start}-{end}",
                        "place": label,
                    }
                )
            )
        update: dict = {"claims": tuple(citations)}
        primary = claims.get((finding.file, finding.claims[0].claim)) if finding.claims else None
        if primary is not None:
            update.update(file=primary[0], line=primary[1], column=primary[2])
        moved.append(finding.model_copy(update=update))
    result.findings[:] = moved
    for errors in (result.corpus.errors, result.corpus.warnings):
        for index, problem in enumerate(errors):
            drafted = by_file.get(problem.position.file)
            if drafted is not None:
                errors[index] = InputError(
                    Position(_display(drafted[0]), 1, 1),
                    f"in the claims drafted from this text: {problem.message}",
                    problem.severity,
                )
            elif problem.position.file.startswith(str(root)):
                errors[index] = InputError(
                    Position(
                        "metrics.yaml (drafted)", problem.position.line, problem.position.column
                    ),
                    problem.message,
                    problem.severity,
                )


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
