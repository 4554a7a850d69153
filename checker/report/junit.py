"""JUnit XML: one test case per rule and source that was checked (the rules that ran x the sources
of the corpus), in one test suite per rule.

A case fails with the errors and warnings its rule found in its source (the source of each
finding's primary claim): the failure's text has each finding's position, message, hint and
citations. Notes (info findings) do not fail a case; they are in its <system-out>. Input errors
make one more case, `input` in suite `checker.input`, with an <error>; input warnings are in
that case's <system-out>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict

from ..engine import UNCHECKED
from ..findings import Finding
from ..runner import RunResult

_LABEL = {"error": "error", "warning": "warning", "info": "note"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters (other than tab and newlines) become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def finding_text(finding: Finding) -> str:
    """A finding as lines: position, severity, rule and message, then hint and citations."""
    lines = [
        f"{finding.file}:{finding.line}:{finding.column}: {_LABEL[finding.severity]} [{finding.rule}] {finding.message}"
    ]
    if finding.hint:
        lines.append(f"  hint: {finding.hint}")
    for c in finding.claims:
        lines.append(
            f"  - {c.claim} ({c.file}:{c.line}, {c.title})" + (f' "{c.quote}"' if c.quote else "")
        )
    return _xml_text("\n".join(lines))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(result: RunResult) -> str:
    by_case: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_case[(finding.rule, finding.claims[0].source)].append(finding)
    sources = sorted(result.corpus.sources)
    root = ElementTree.Element("testsuites", name="checker")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    # claims no rule checked have their notes under a suite of their own
    unchecked = [UNCHECKED] if result.unchecked_count else []
    for rule_id in [*(rule.id for rule in result.rules), *unchecked]:
        suite = ElementTree.SubElement(root, "testsuite", name=rule_id)
        failures = 0
        for source_id in sources:
            case = ElementTree.SubElement(suite, "testcase", classname=rule_id, name=source_id)
            found = by_case.get((rule_id, source_id), [])
            failing = [f for f in found if f.severity != "info"]
            notes = [f for f in found if f.severity == "info"]
            if failing:
                failures += 1
                failure = ElementTree.SubElement(
                    case,
                    "failure",
                    type=rule_id,
                    message=_xml_text(f"{_plural(len(failing), 'finding')}: {failing[0].message}"),
                )
                failure.text = "\n\n".join(finding_text(f) for f in failing)
            if notes:
                ElementTree.SubElement(case, "system-out").text = "\n\n".join(
                    finding_text(f) for f in notes
                )
        _count(suite, len(sources), failures, 0)
        totals["tests"] += len(sources)
        totals["failures"] += failures
    errors, warnings = result.input_errors, result.input_warnings
    if errors or warnings:
        suite = ElementTree.SubElement(root, "testsuite", name="checker.input")
        case = ElementTree.SubElement(suite, "testcase", classname="checker.input", name="input")
        if errors:
            error = ElementTree.SubElement(
                case, "error", type="input-error", message=_plural(len(errors), "input error")
            )
            error.text = _xml_text(
                "\n".join(f"{p.position}: input error: {p.message}" for p in errors)
            )
        if warnings:
            ElementTree.SubElement(case, "system-out").text = _xml_text(
                "\n".join(f"{w.position}: input warning: {w.message}" for w in warnings)
            )
        _count(suite, 1, 0, 1 if errors else 0)
        totals["tests"] += 1
        totals["errors"] += 1 if errors else 0
    _count(root, totals["tests"], totals["failures"], totals["errors"])
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _count(element: ElementTree.Element, tests: int, failures: int, errors: int) -> None:
    element.set("tests", str(tests))
    element.set("failures", str(failures))
    element.set("errors", str(errors))
    element.set("skipped", "0")
