"""Checking an invented article from its text alone, as `checker check --text` does."""

from __future__ import annotations

from checker.extraction import extract_text
from checker.extraction.textcheck import check_texts
from checker.findings import Finding


def text_findings(tmp_path, text: str) -> list[Finding]:
    """Every finding `checker check --text` gives on `text`, written to a file under tmp_path."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return check_texts([path]).findings


def text_errors(tmp_path, text: str) -> list[Finding]:
    """The errors `checker check --text` finds in `text`."""
    return [f for f in text_findings(tmp_path, text) if f.severity == "error"]


def related_figures(text: str, relation_type: str) -> list[tuple[str, ...]]:
    """The figures, as written, that each drafted relation of `relation_type` joins in `text`."""
    extraction = extract_text(text)
    return [
        tuple(text[extraction.mentions[m].start : extraction.mentions[m].end] for m in r.mentions)
        for r in extraction.relations
        if r.type == relation_type
    ]


def cited_spans(finding: Finding) -> list[tuple[int, int]]:
    """The character spans of the claims a finding cites (`id@start-end`)."""
    spans = []
    for citation in finding.claims:
        start, end = citation.claim.rpartition("@")[2].split("-")
        spans.append((int(start), int(end)))
    return spans


def flagged_or_refused(path) -> list[str]:
    """What `checker check --text` says against an article it should leave alone: the input
    errors that refuse it and the messages of its errors and warnings."""
    result = check_texts([path])
    return [str(e) for e in result.input_errors] + [
        f.message for f in result.findings if f.severity in ("error", "warning")
    ]
