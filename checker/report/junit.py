"""JUnit XML: one test case per rule and source, failing with the findings it gave."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections import defaultdict

from ..runner import RunResult


def render(result: RunResult) -> str:
    by_case: dict[tuple[str, str], list] = defaultdict(list)
    for finding in result.findings:
        if finding.severity != "info":
            by_case[(finding.rule, finding.claims[0].source)].append(finding)
    suites = ElementTree.Element("testsuites", name="checker")
    suite = ElementTree.SubElement(suites, "testsuite", name="checker")
    failures = tests = 0
    for rule in result.rules:
        for source_id in sorted(result.corpus.sources):
            tests += 1
            case = ElementTree.SubElement(suite, "testcase", classname=rule.id, name=source_id)
            found = by_case.get((rule.id, source_id))
            if found:
                failures += 1
                failure = ElementTree.SubElement(case, "failure", message=f"{len(found)} finding(s)", type=rule.id)
                failure.text = "\n\n".join(
                    f"{f.file}:{f.line}:{f.column}: {f.severity}: {f.message}"
                    + "".join(f"\n  - {c.claim} ({c.file}:{c.line}) {c.quote or ''}" for c in f.claims)
                    for f in found)
    if result.input_errors:
        tests += 1
        failures += 1
        case = ElementTree.SubElement(suite, "testcase", classname="input", name="input errors")
        failure = ElementTree.SubElement(case, "failure", message=f"{len(result.input_errors)} input error(s)", type="input-error")
        failure.text = "\n".join(str(p) for p in result.input_errors)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suites.set("tests", str(tests))
    suites.set("failures", str(failures))
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
