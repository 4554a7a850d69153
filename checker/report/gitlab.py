"""GitLab Code Quality report: a JSON list of issues, one per finding.

Each issue has description (the finding's sentence and hint), check_name (the rule id),
fingerprint (Finding.fingerprint), severity (error -> major, warning -> minor, info -> info)
and location {path, lines: {begin}}. Input errors are issues of severity blocker with
check_name `input-error`; input warnings are minor issues with check_name `input-warning`.
"""

from __future__ import annotations

import hashlib
import json

from ..runner import RunResult
from .sarif import repository_path

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _issue(
    description: str, check_name: str, fingerprint: str, severity: str, file: str, line: int
) -> dict:
    return {
        "type": "issue",
        "description": description,
        "check_name": check_name,
        "fingerprint": fingerprint,
        "severity": severity,
        "location": {"path": repository_path(file), "lines": {"begin": max(line, 1)}},
    }


def _problem_fingerprint(kind: str, problem) -> str:
    return hashlib.sha256(
        f"{kind}\x1f{problem.position}\x1f{problem.message}".encode()
    ).hexdigest()[:20]


def render(result: RunResult) -> str:
    issues = []
    for problem in result.input_errors:
        p = problem.position
        issues.append(
            _issue(
                f"input error: {problem.message}",
                "input-error",
                _problem_fingerprint("input-error", problem),
                "blocker",
                p.file,
                p.line,
            )
        )
    for warning in result.input_warnings:
        p = warning.position
        issues.append(
            _issue(
                f"input warning: {warning.message}",
                "input-warning",
                _problem_fingerprint("input-warning", warning),
                "minor",
                p.file,
                p.line,
            )
        )
    for finding in result.findings:
        issues.append(
            _issue(
                finding.message + (f" Hint: {finding.hint}" if finding.hint else ""),
                finding.rule,
                finding.fingerprint,
                SEVERITIES[finding.severity],
                finding.file,
                finding.line,
            )
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
