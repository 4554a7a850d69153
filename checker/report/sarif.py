"""SARIF 2.1.0 for code scanning (GitHub's upload-sarif, or any SARIF viewer).

- `tool.driver.rules` has one entry per rule that ran: id, name, shortDescription (the summary),
  fullDescription (why it matters), help (summary, why and the rule's examples, as text and as
  Markdown), and defaultConfiguration.level from the rule's severity as configured.
- Each finding is one result at its primary claim's file, line and column, with the other claims
  involved as relatedLocations, and `partialFingerprints["claimFindingHash/v1"]` from
  Finding.fingerprint (rule, template and claim keys: stable across runs and line moves).
  Levels: error -> error, warning -> warning, info -> note.
- Input errors (bad claim, rule or vocabulary files) are results too, with ruleId `input-error`
  and level error, at the place of the problem: code scanning then shows them on the line to fix.
  The `input-error` rule entry is listed only when there are input errors, and the invocation is
  then marked unsuccessful (the command exits 2).
- Input warnings are not results: they are `invocations[0].toolExecutionNotifications` of level
  warning, with their location.

URIs are the files as the checker names them, relative to the working directory when they are
under it (run the checker from the repository's root, as code scanning expects); files outside
it get absolute `file://` URIs.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from ..corpus import InputError
from ..engine import UNCHECKED
from ..findings import Finding
from ..runner import RunResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "claimFindingHash/v1"
INPUT_ERROR = "input-error"


def repository_path(file: str) -> str:
    """A file as a forward-slash path relative to the working directory when it is under it,
    else as given (absolute). Shared by the reporters that place findings in a repository."""
    path = Path(file)
    if path.is_absolute():
        try:
            path = path.resolve().relative_to(Path.cwd().resolve())
        except (ValueError, OSError):
            return path.as_posix()
    return PurePosixPath(*path.parts).as_posix() if path.parts else file


def artifact_uri(file: str) -> str:
    """A SARIF artifact URI: a percent-encoded relative reference, or a file:// URI."""
    relative = repository_path(file)
    if Path(relative).is_absolute():
        return Path(relative).as_uri()
    return quote(relative, safe="/")


def _location(file: str, line: int, column: int, message: str | None = None) -> dict:
    location: dict = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(file)},
            "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
        }
    }
    if message:
        location["message"] = {"text": message}
    return location


def _words(text: str) -> str:
    return " ".join(text.split())


def _rule_entry(rule) -> dict:
    spec = rule.spec
    fails, passes = spec.examples.fail, spec.examples.pass_
    text_examples = [f"Example that fails:\n{e.strip()}" for e in fails] + [
        f"Example that passes:\n{e.strip()}" for e in passes
    ]
    markdown_examples = [f"Fails:\n\n```yaml\n{e.strip()}\n```" for e in fails] + [
        f"Passes:\n\n```yaml\n{e.strip()}\n```" for e in passes
    ]
    return {
        "id": spec.id,
        "name": "".join(part.capitalize() for part in spec.id.split("-")),
        "shortDescription": {"text": _words(spec.summary)},
        "fullDescription": {"text": _words(spec.why)},
        "help": {
            "text": "\n\n".join([_words(spec.summary), _words(spec.why), *text_examples]),
            "markdown": "\n\n".join(
                [f"**{_words(spec.summary)}**", _words(spec.why), *markdown_examples]
            ),
        },
        "defaultConfiguration": {"level": LEVELS[spec.severity]},
    }


def _version() -> str | None:
    try:
        return metadata.version("checker")
    except metadata.PackageNotFoundError:
        return None


# Rules of the run's own making, listed beside the checker's rules when the run has such results.
_INPUT_ERROR_RULE = {
    "id": INPUT_ERROR,
    "name": "InputError",
    "shortDescription": {"text": "A claim, rule or vocabulary file cannot be read as written."},
    "fullDescription": {
        "text": "Bad input is reported at its place and makes the run exit 2; "
        "the other files are still checked."
    },
    "defaultConfiguration": {"level": "error"},
}
_UNCHECKED_RULE = {
    "id": UNCHECKED,
    "name": "Unchecked",
    "shortDescription": {"text": "A claim no rule could check."},
    "fullDescription": {
        "text": "No rule found the figures it needs to check this claim (a level for "
        "another period, a partner claim, the whole of a share); the note says what "
        "was missing."
    },
    "defaultConfiguration": {"level": "note"},
}


def render(result: RunResult) -> str:
    rules = [_rule_entry(rule) for rule in result.rules]
    if result.input_errors:
        rules.append(_INPUT_ERROR_RULE)
    if result.unchecked_count:
        rules.append(_UNCHECKED_RULE)
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    results = [_finding_result(finding, index) for finding in result.findings]
    results += [_input_error_result(problem, index) for problem in result.input_errors]
    driver: dict = {"name": "checker", "rules": rules}
    version = _version()
    if version:
        driver["version"] = driver["semanticVersion"] = version
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [_invocation(result)],
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _finding_result(finding: Finding, index: dict[str, int]) -> dict:
    entry: dict = {"ruleId": finding.rule}
    if finding.rule in index:
        entry["ruleIndex"] = index[finding.rule]
    entry.update(
        {
            "level": LEVELS[finding.severity],
            "message": {
                "text": finding.message + (f" Hint: {finding.hint}" if finding.hint else "")
            },
            "locations": [_location(finding.file, finding.line, finding.column)],
            "partialFingerprints": {FINGERPRINT: finding.fingerprint},
        }
    )
    related = [
        _location(
            c.file,
            c.line,
            c.column,
            f"{c.claim}: {c.value}" + (f' "{c.quote}"' if c.quote else ""),
        )
        for c in finding.claims[1:]
    ]
    for number, location in enumerate(related, start=1):
        location["id"] = number
    if related:
        entry["relatedLocations"] = related
    return entry


def _input_error_result(problem: InputError, index: dict[str, int]) -> dict:
    p = problem.position
    return {
        "ruleId": INPUT_ERROR,
        "ruleIndex": index[INPUT_ERROR],
        "level": "error",
        "message": {"text": problem.message},
        "locations": [_location(p.file, p.line, p.column)],
    }


def _invocation(result: RunResult) -> dict:
    invocation: dict = {
        "executionSuccessful": not result.input_errors,
        # how much of the input the rules reached: claims no rule could check have a note each
        "properties": {
            "claims": result.claim_count,
            "checkedClaims": result.checked_count,
            "uncheckedClaims": result.unchecked_count,
            "referenceClaims": result.reference_count,
        },
    }
    notifications = [
        {
            "level": "warning",
            "message": {"text": w.message},
            "locations": [_location(w.position.file, w.position.line, w.position.column)],
        }
        for w in result.input_warnings
    ]
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
