"""Checking an invented article from its text alone, as `checker check --text` does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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


def text_severities(tmp_path, text: str) -> list[str]:
    """The severities of the findings `checker check --text` gives on `text`, notes left out."""
    return [f.severity for f in text_findings(tmp_path, text) if f.severity != "info"]


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


class PassagePairs:
    """A folder of invented passages in pairs, a consistent one and a copy with one planted
    error (`NAME_err.txt`), and its expectations.yaml: for each copy the wrong figure as
    written, its kind, and whether the checker catches it (else why not)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.expected = yaml.safe_load((folder / "expectations.yaml").read_text(encoding="utf-8"))
        names = sorted(p.stem for p in folder.glob("*.txt"))
        self.clean = [n for n in names if n not in self.expected]

    def clean_cases(self) -> list:
        """The consistent passages as test parameters (this set, the name)."""
        return [pytest.param(self, name, id=f"{self.folder.name}/{name}") for name in self.clean]

    def error_cases(self) -> list:
        """The erroneous copies as test parameters (this set, the name), a miss a strict
        expected failure."""
        cases = []
        for name in sorted(self.expected):
            expected = self.expected[name]
            marks = (
                () if expected["caught"] else pytest.mark.xfail(reason=expected["why"], strict=True)
            )
            cases.append(pytest.param(self, name, marks=marks, id=f"{self.folder.name}/{name}"))
        return cases

    def assert_pairs_differ_by_one_change(self) -> None:
        assert len(self.expected) == len(self.clean)
        for name, expected in self.expected.items():
            assert name.endswith("_err") and name.removesuffix("_err") in self.clean, name
            text = self.text(name)
            assert text.count(expected["wrong"]) == 1 and text != self.text(
                name.removesuffix("_err")
            ), name
            assert expected["kind"] and (expected["caught"] or expected.get("why")), name

    def text(self, name: str) -> str:
        return (self.folder / f"{name}.txt").read_text(encoding="utf-8")

    def assert_error_cites_the_wrong_figure(self, name: str) -> None:
        wrong = self.expected[name]["wrong"]
        at = self.text(name).index(wrong)
        result = check_texts([self.folder / f"{name}.txt"])
        assert not result.input_errors
        errors = [f for f in result.findings if f.severity == "error"]
        assert any(
            start <= at and at + len(wrong) <= end for f in errors for start, end in cited_spans(f)
        ), [f.message for f in errors]
