"""GitHub Actions workflow commands: one annotation per finding, on the primary claim's line.

`::error file=PATH,line=N,col=N,title=RULE::message` (warning for warnings, notice for notes).
The message is the finding's sentence, its hint, and the other claims involved, one per line.
Escaping follows GitHub's runner: in the message % -> %25, CR -> %0D, LF -> %0A; in the
properties also : -> %3A and , -> %2C. Input errors are `::error` lines titled `input error`,
input warnings `::warning` lines titled `input warning`.
"""

from __future__ import annotations

from ..runner import RunResult
from .sarif import repository_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (file, title)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(command: str, file: str, line: int, column: int, title: str, message: str) -> str:
    return (
        f"::{command} file={escape_property(repository_path(file))},line={line},col={column},"
        f"title={escape_property(title)}::{escape_data(message)}"
    )


def render(result: RunResult) -> str:
    lines = []
    for problem in result.input_errors:
        p = problem.position
        lines.append(_command("error", p.file, p.line, p.column, "input error", problem.message))
    for warning in result.input_warnings:
        p = warning.position
        lines.append(
            _command("warning", p.file, p.line, p.column, "input warning", warning.message)
        )
    for finding in result.findings:
        message = finding.message + (f"\nHint: {finding.hint}" if finding.hint else "")
        message += "".join(
            f"\n- {c.claim} ({repository_path(c.file)}:{c.line})"
            + (f' "{c.quote}"' if c.quote else "")
            for c in finding.claims[1:]
        )
        lines.append(
            _command(
                COMMANDS[finding.severity],
                finding.file,
                finding.line,
                finding.column,
                finding.rule,
                message,
            )
        )
    return "\n".join(lines) + ("\n" if lines else "")
