"""GitLab Code Quality report (a JSON list of issues)."""

from __future__ import annotations

import hashlib
import json

from ..runner import RunResult

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(result: RunResult) -> str:
    issues = []
    for problem in result.input_errors:
        p = problem.position
        issues.append({"description": f"input error: {problem.message}", "check_name": "input-error",
                       "fingerprint": hashlib.sha256(f"{p}{problem.message}".encode()).hexdigest()[:20],
                       "severity": "blocker", "location": {"path": p.file, "lines": {"begin": p.line}}})
    for finding in result.findings:
        issues.append({"description": finding.message + (f" Hint: {finding.hint}" if finding.hint else ""),
                       "check_name": finding.rule, "fingerprint": finding.fingerprint,
                       "severity": SEVERITIES[finding.severity],
                       "location": {"path": finding.file, "lines": {"begin": finding.line}}})
    return json.dumps(issues, indent=2) + "\n"
