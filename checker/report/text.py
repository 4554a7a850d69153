"""The terminal report: findings grouped by source, each with its arithmetic, hint and citations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from ..findings import Finding
from ..runner import RunResult

_LABEL = {"error": "error", "warning": "warning", "info": "note"}
_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(result: RunResult, style: Callable[..., str], show_info: bool = True) -> str:
    """The whole report as text; `style(text, fg=..., bold=...)` colours it (or leaves it plain)."""
    lines: list[str] = []
    for problem in result.input_errors:
        lines.append(
            f"{problem.position}: {style('input error', fg='red', bold=True)}: {problem.message}"
        )
    for warning in result.input_warnings:
        lines.append(
            f"{warning.position}: {style('input warning', fg='yellow')}: {warning.message}"
        )
    if lines:
        lines.append("")
    shown = [f for f in result.findings if show_info or f.severity != "info"]
    by_source: dict[str, list[Finding]] = defaultdict(list)
    for finding in shown:
        by_source[finding.claims[0].source].append(finding)
    sources = result.corpus.sources
    for source_id in sorted(by_source, key=lambda s: (by_source[s][0].file, s)):
        source = sources.get(source_id)
        heading = source.title if source else source_id
        details = ", ".join(
            x
            for x in (
                source.publisher if source else None,
                str(source.published) if source and source.published else None,
            )
            if x
        )
        lines.append(style(f"{heading}" + (f" ({details})" if details else ""), bold=True))
        for finding in by_source[source_id]:
            lines.extend(_finding_lines(finding, style))
        lines.append("")
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Finding, style: Callable[..., str]) -> list[str]:
    label = style(_LABEL[finding.severity], fg=_COLOUR[finding.severity], bold=True)
    lines = [
        f"  {finding.file}:{finding.line}:{finding.column}: {label} [{finding.rule}] {finding.message}"
    ]
    if finding.hint:
        lines.append(f"      {style('hint', fg='green', bold=True)}: {finding.hint}")
    for citation in finding.claims:
        quote = f' "{citation.quote}"' if citation.quote else ""
        where = (
            f"{citation.file}, {citation.place}"
            if citation.place
            else f"{citation.file}:{citation.line}"
        )
        lines.append(
            f"      {style('-', dim=True)} {citation.claim} ({where}, {citation.title}){quote}"
        )
    return lines


def checked_phrase(result: RunResult) -> str:
    """'41 checked by at least one rule' (reference data counted apart)."""
    references = f", {result.reference_count} reference data" if result.reference_count else ""
    return f"{result.checked_count} checked by at least one rule{references}"


def summary(result: RunResult) -> str:
    counts = {
        severity: sum(1 for f in result.findings if f.severity == severity)
        for severity in ("error", "warning", "info")
    }
    corpus = result.corpus
    return (
        f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes; "
        f"{result.claim_count} claims from {len(corpus.sources)} sources in {len(corpus.files)} files "
        f"({checked_phrase(result)}), "
        f"{result.metric_count} metrics, {len(result.rules)} rules; "
        f"{len(result.input_errors)} input errors"
    )
