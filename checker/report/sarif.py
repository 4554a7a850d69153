"""SARIF 2.1.0 for code scanning: one rule entry per rule, each result at its claim's position,
the other claims as related locations, fingerprints that survive a claim moving in its file."""

from __future__ import annotations

import json
from pathlib import Path

from ..runner import RunResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(file: str) -> str:
    return Path(file).as_posix()


def _location(file: str, line: int, column: int, message: str | None = None) -> dict:
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": _uri(file)},
                                           "region": {"startLine": max(line, 1), "startColumn": max(column, 1)}}}
    if message:
        location["message"] = {"text": message}
    return location


def _rule_entry(rule) -> dict:
    spec = rule.spec
    examples = "\n\n".join(f"Fails:\n{e}" for e in spec.examples.fail) + "\n\n" + "\n\n".join(f"Passes:\n{e}" for e in spec.examples.pass_)
    return {
        "id": spec.id,
        "name": "".join(part.capitalize() for part in spec.id.split("-")),
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": " ".join(spec.why.split())},
        "help": {"text": f"{spec.summary}\n\n{' '.join(spec.why.split())}\n\n{examples}"},
        "defaultConfiguration": {"level": LEVELS[spec.severity]},
    }


def render(result: RunResult) -> str:
    rules = [_rule_entry(rule) for rule in result.rules]
    rules.append({"id": "input-error", "name": "InputError", "shortDescription": {"text": "A claim, rule or vocabulary file cannot be read."},
                  "defaultConfiguration": {"level": "error"}})
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    results = []
    for finding in result.findings:
        entry = {
            "ruleId": finding.rule,
            "ruleIndex": index.get(finding.rule, index["input-error"]),
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message + (f" Hint: {finding.hint}" if finding.hint else "")},
            "locations": [_location(finding.file, finding.line, finding.column)],
            "partialFingerprints": {"claimFindingHash/v1": finding.fingerprint},
        }
        related = [_location(c.file, c.line, c.column, f"{c.claim}: {c.value}" + (f' "{c.quote}"' if c.quote else ""))
                   for c in finding.claims[1:]]
        for number, location in enumerate(related, start=1):
            location["id"] = number
        if related:
            entry["relatedLocations"] = related
        results.append(entry)
    for problem in result.input_errors:
        results.append({"ruleId": "input-error", "ruleIndex": index["input-error"], "level": "error",
                        "message": {"text": problem.message},
                        "locations": [_location(problem.position.file, problem.position.line, problem.position.column)]})
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "checker", "informationUri": "https://example.invalid/checker", "rules": rules}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(log, indent=2) + "\n"
