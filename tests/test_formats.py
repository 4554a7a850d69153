"""Every output format carries the same findings; SARIF validates against the official schema,
JSON against the project's own, JUnit parses."""

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import jsonschema
import pytest

from checker.cli import main

REPO = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    directory = tmp_path_factory.mktemp("formats")
    found = {}
    for output_format in ("text", "json", "sarif", "github", "gitlab", "junit"):
        target = directory / f"report.{output_format}"
        code = main(["check", str(REPO / "claims"), "--format", output_format, "--output", str(target)])
        assert code == 1  # the seed corpus holds three errors
        found[output_format] = target.read_text(encoding="utf-8")
    return found


def expected(outputs) -> dict[str, int]:
    summary = json.loads(outputs["json"])["summary"]
    assert (summary["errors"], summary["warnings"]) == (3, 0)
    return {"error": summary["errors"], "warning": summary["warnings"], "info": summary["notes"]}


def test_sarif_validates_against_the_official_schema(outputs):
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"the SARIF schema is not at {SARIF_SCHEMA} (it comes with ../shared)")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(outputs["sarif"])
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    run = log["runs"][0]
    levels = [r["level"] for r in run["results"]]
    counts = expected(outputs)
    assert (levels.count("error"), levels.count("warning"), levels.count("note")) == (counts["error"], counts["warning"], counts["info"])
    growth = next(r for r in run["results"] if r["ruleId"] == "growth")
    assert growth["locations"][0]["physicalLocation"]["region"] == {"startLine": 42, "startColumn": 5}
    assert len(growth["relatedLocations"]) == 2
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"growth", "part-whole", "growth-vs-cagr"}


def test_json_validates_against_the_projects_schema(outputs, capsys):
    assert main(["schema", "findings"]) == 0
    schema = json.loads(capsys.readouterr().out)
    report = json.loads(outputs["json"])
    jsonschema.Draft202012Validator(schema).validate(report)
    assert {f["rule"] for f in report["findings"] if f["severity"] == "error"} == {"growth", "growth-vs-cagr", "part-whole"}


def test_junit_parses_with_one_case_per_rule_and_source(outputs):
    root = ElementTree.fromstring(outputs["junit"])
    cases = root.findall(".//testcase")
    report = json.loads(outputs["json"])
    assert len(cases) == len(report["summary"]["rules"]) * report["summary"]["sources"]
    failures = root.findall(".//failure")
    assert sum(int(f.get("message").split()[0]) for f in failures) == expected(outputs)["error"] + expected(outputs)["warning"]


def test_every_format_carries_the_same_findings(outputs):
    counts = expected(outputs)
    github = [line.split(" ", 1)[0] for line in outputs["github"].splitlines()]
    assert (github.count("::error"), github.count("::warning"), github.count("::notice")) == (counts["error"], counts["warning"], counts["info"])
    gitlab = [issue["severity"] for issue in json.loads(outputs["gitlab"])]
    assert (gitlab.count("major"), gitlab.count("minor"), gitlab.count("info")) == (counts["error"], counts["warning"], counts["info"])
    summary_line = outputs["text"].strip().splitlines()[-1]
    assert summary_line.startswith(f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes")
    fingerprints = {f["fingerprint"] for f in json.loads(outputs["json"])["findings"]}
    sarif = {r["partialFingerprints"]["claimFindingHash/v1"] for r in json.loads(outputs["sarif"])["runs"][0]["results"]}
    assert fingerprints == sarif == {issue["fingerprint"] for issue in json.loads(outputs["gitlab"])}


def test_github_annotations_escape_what_would_break_them(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, title: T}\ndefaults: {entity: E}\nclaims:\n"
        "  - {id: x, metric: m, period: 2013, value: 0.65}\n  - {id: y, metric: m, period: 2022, value: 0.91}\n"
        "  - {id: z, kind: change, metric: m, from: 2013, to: 2022, value: +30.33 %}\n", encoding="utf-8")
    main(["check", str(tmp_path), "--format", "github"])
    line = next(l for l in capsys.readouterr().out.splitlines() if "title=growth" in l)
    assert "+40.0%25" in line and "\n" not in line
