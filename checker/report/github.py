"""GitHub Actions workflow commands: one annotation per finding, on the claim's line."""

from __future__ import annotations

from ..runner import RunResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: RunResult) -> str:
    lines = []
    for problem in result.input_errors:
        p = problem.position
        lines.append(f"::error file={_property(p.file)},line={p.line},col={p.column},title=input error::{_data(problem.message)}")
    for finding in result.findings:
        message = finding.message + (f" Hint: {finding.hint}" if finding.hint else "")
        lines.append(f"::{COMMANDS[finding.severity]} file={_property(finding.file)},line={finding.line},col={finding.column},"
                     f"title={_property(finding.rule)}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
