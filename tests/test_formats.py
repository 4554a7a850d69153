"""Every output format carries the same findings as the text report, with the same counts; SARIF
validates against the official schema, JSON against the project's own, JUnit parses."""

import json
import os
import re
import stat
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
import yaml

from checker.cli import main
from checker.report.github import escape_data, escape_property

REPO = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = (
    Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
)
FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
SEVERITY = {
    "error": "error",
    "warning": "warning",
    "note": "info",
    "notice": "info",
    "info": "info",
    "major": "error",
    "minor": "warning",
}
FINDING_LINE = re.compile(r"^\s*(\S+):(\d+):(\d+): (error|warning|note) \[([\w-]+)\] (.*)$")

HEADER = "source: {id: s, title: T}\ndefaults: {entity: E}\nclaims:\n"
GROWTH = HEADER + (
    "  - {id: x, metric: m, period: 2013, value: 0.65}\n  - {id: y, metric: m, period: 2022, value: 0.91}\n"
    "  - {id: z, kind: change, metric: m, from: 2013, to: 2022, value: +30.33 %}\n"
)


def bad_corpus(directory: Path) -> Path:
    """A finding (a.yaml), an input error (b.yaml line 4) and an input warning (c.yaml line 4)."""
    (directory / "a.yaml").write_text(GROWTH, encoding="utf-8")
    (directory / "b.yaml").write_text(
        HEADER.replace("id: s", "id: t") + "  - {id: a, metric: m, period: 2013, value: lots}\n",
        encoding="utf-8",
    )
    (directory / "c.yaml").write_text(
        HEADER.replace("id: s", "id: u") + "  - {id: a, metric: n, period: 2013, value: 2}\n",
        encoding="utf-8",
    )
    (directory / "metrics.yaml").write_text('metrics:\n  m: {unit: "1"}\n', encoding="utf-8")
    return directory


def sarif_schema() -> dict:
    if not SARIF_SCHEMA.exists():
        pytest.skip(
            f"the official SARIF schema is not at {SARIF_SCHEMA} (it comes with ../shared next to the repository)"
        )
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def validate_sarif(text: str) -> dict:
    schema = sarif_schema()
    log = json.loads(text)
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    return log


# The seed corpus's notes: 2 from the rules about claims that other rules checked, and one for
# every claim no rule could check (which stands for the rules' own notes on it).
RULE_NOTES = 2


def seed_notes(outputs: dict[str, str]) -> int:
    findings = json.loads(outputs["json"])["findings"]
    return RULE_NOTES + sum(f["rule"] == "unchecked" for f in findings)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """`checker check claims/` in every format, from the repository's root as CI runs it."""
    directory = tmp_path_factory.mktemp("formats")
    found = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        for output_format in FORMATS:
            target = directory / f"report.{output_format}"
            assert (
                main(["check", "claims", "--format", output_format, "--output", str(target)]) == 1
            )
            found[output_format] = target.read_text(encoding="utf-8")
    return found


# ------------------------------------------------------------------ each format, read back as (place, severity, rule)


def from_text(text: str) -> list[tuple]:
    return [
        (m[1], int(m[2]), int(m[3]), SEVERITY[m[4]], m[5])
        for m in map(FINDING_LINE.match, text.splitlines())
        if m
    ]


def from_json(text: str) -> list[tuple]:
    return [
        (f["file"], f["line"], f["column"], f["severity"], f["rule"])
        for f in json.loads(text)["findings"]
    ]


def from_sarif(text: str) -> list[tuple]:
    found = []
    for result in json.loads(text)["runs"][0]["results"]:
        if result["ruleId"] == "input-error":
            continue
        location = result["locations"][0]["physicalLocation"]
        found.append(
            (
                location["artifactLocation"]["uri"],
                location["region"]["startLine"],
                location["region"]["startColumn"],
                SEVERITY[result["level"]],
                result["ruleId"],
            )
        )
    return found


GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^:,]*)::(.*)$"
)


def from_github(text: str) -> list[tuple]:
    matches = [GITHUB_LINE.match(line) for line in text.splitlines()]
    assert all(matches), text
    return [
        (m[2], int(m[3]), int(m[4]), SEVERITY[m[1]], m[5])
        for m in matches
        if not m[5].startswith("input")
    ]


def from_gitlab(text: str) -> list[tuple]:
    return [
        (
            i["location"]["path"],
            i["location"]["lines"]["begin"],
            SEVERITY[i["severity"]],
            i["check_name"],
        )
        for i in json.loads(text)
        if not i["check_name"].startswith("input-")
    ]


def from_junit(text: str) -> list[tuple]:
    found = []
    for case in ElementTree.fromstring(text).iter("testcase"):
        for element in [*case.findall("failure"), *case.findall("system-out")]:
            for line in (element.text or "").splitlines():
                if m := FINDING_LINE.match(line):
                    assert m[5] == case.get("classname")
                    found.append((m[1], int(m[2]), int(m[3]), SEVERITY[m[4]], m[5]))
    return found


def test_the_text_report_has_the_seed_corpus_findings(outputs):
    text = from_text(outputs["text"])
    checked = Counter(severity for *_, severity, rule in text if rule != "unchecked")
    assert checked == Counter({"error": 3, "info": RULE_NOTES})
    unchecked = sum(rule == "unchecked" for *_, rule in text)
    assert ("claims/chinadaily-2024-hqd.yaml", 42, 5, "error", "growth") in text
    summary = outputs["text"].strip().splitlines()[-1]
    # every claim no rule checked has its note, and the summary counts the others
    assert summary.startswith(
        f"3 errors, 0 warnings, {RULE_NOTES + unchecked} notes; 52 claims from 5 sources in 5 files "
        f"({52 - unchecked} checked by at least one rule)"
    )
    assert "\x1b[" not in outputs["text"]  # written to a file: no colour


@pytest.mark.parametrize("output_format", ["json", "sarif", "github", "junit"])
def test_each_format_carries_the_same_findings_as_the_text(outputs, output_format):
    read = {"json": from_json, "sarif": from_sarif, "github": from_github, "junit": from_junit}[
        output_format
    ]
    assert sorted(read(outputs[output_format])) == sorted(from_text(outputs["text"]))


def test_gitlab_carries_the_same_findings_as_the_text(outputs):
    without_columns = [
        (file, line, severity, rule) for file, line, _, severity, rule in from_text(outputs["text"])
    ]
    assert sorted(from_gitlab(outputs["gitlab"])) == sorted(without_columns)


def test_messages_and_fingerprints_agree_across_formats(outputs):
    findings = json.loads(outputs["json"])["findings"]
    text_messages = [m[6] for m in map(FINDING_LINE.match, outputs["text"].splitlines()) if m]
    assert sorted(f["message"] for f in findings) == sorted(text_messages)
    results = json.loads(outputs["sarif"])["runs"][0]["results"]
    issues = json.loads(outputs["gitlab"])
    for finding in findings:
        result = next(
            r
            for r in results
            if r["partialFingerprints"]["claimFindingHash/v1"] == finding["fingerprint"]
        )
        assert result["message"]["text"].startswith(finding["message"])
        issue = next(i for i in issues if i["fingerprint"] == finding["fingerprint"])
        assert (
            issue["description"].startswith(finding["message"])
            and issue["check_name"] == finding["rule"]
        )
    assert len({f["fingerprint"] for f in findings}) == len(findings) == len(results) == len(issues)


# ------------------------------------------------------------------ json


def test_json_validates_against_the_schema_checker_prints(outputs, capsys):
    assert main(["schema", "findings"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    report = json.loads(outputs["json"])
    jsonschema.Draft202012Validator(schema).validate(report)
    summary = report["summary"]
    assert (summary["errors"], summary["warnings"], summary["notes"]) == (3, 0, seed_notes(outputs))
    assert summary["checked_claims"] + summary["unchecked_claims"] == summary["claims"]
    assert (summary["claims"], summary["sources"], summary["files"], summary["input_errors"]) == (
        52,
        5,
        5,
        0,
    )
    assert "growth" in summary["rules"] and len(summary["rules"]) == len(set(summary["rules"]))
    growth = next(f for f in report["findings"] if f["rule"] == "growth")
    assert [c["claim"] for c in growth["claims"]] == ["hqd-jump", "hqd-2013", "hqd-2022"]
    broken = dict(report, summary=dict(summary, errors="three"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)


def test_json_input_errors_and_warnings_have_positions(tmp_path, capsys):
    assert main(["check", str(bad_corpus(tmp_path)), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert main(["schema", "findings"]) == 0
    jsonschema.Draft202012Validator(json.loads(capsys.readouterr().out)).validate(report)
    [error] = report["input_errors"]
    assert error["file"].endswith("b.yaml") and error["line"] == 4 and "'lots'" in error["message"]
    [warning] = report["input_warnings"]
    assert (
        warning["file"].endswith("c.yaml") and warning["line"] == 4 and "'n'" in warning["message"]
    )
    assert (report["summary"]["input_errors"], report["summary"]["input_warnings"]) == (1, 1)
    assert report["summary"]["errors"] == 1  # the other files are still checked


@pytest.mark.parametrize("what", ["claim-file", "metrics", "findings"])
def test_the_schemas_in_docs_are_those_checker_prints(capsys, what):
    assert main(["schema", what]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(
        (REPO / "docs" / "schema" / f"{what}.json").read_text(encoding="utf-8")
    ), (
        f"docs/schema/{what}.json is stale: regenerate it with `checker schema {what} > docs/schema/{what}.json`"
    )


class _YamlAsEditorsRead(yaml.SafeLoader):
    """YAML as the checker and yaml-language-server read claim files: dates stay strings."""


_YamlAsEditorsRead.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_the_claim_files_validate_against_the_claim_file_schema():
    schema = json.loads((REPO / "docs" / "schema" / "claim-file.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((REPO / "claims").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if path.name == "metrics.yaml":
            continue
        assert first == "# yaml-language-server: $schema=../docs/schema/claim-file.json"
        validator.validate(yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlAsEditorsRead))
    source = {"id": "s", "title": "T"}
    validator.validate(
        {
            "source": source,
            "defaults": {"entity": "E", "period": 2013},
            "claims": [{"id": "a", "metric": "m", "value": 1}],
        }
    )
    for wrong in (
        {"source": source, "claims": [{"id": "a", "metrik": "m", "value": 1}]},
        {"source": source, "defaults": {"entitee": "E"}, "claims": [{"id": "a", "value": 1}]},
        {"source": source, "claims": [{"id": "a", "kind": "cagr", "value": 1, "period": 2013}]},
        {"source": source, "claims": [{"id": "a", "metric": "m"}]},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(wrong)
    metrics = json.loads((REPO / "docs" / "schema" / "metrics.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(metrics).validate(
        yaml.load(
            (REPO / "claims" / "metrics.yaml").read_text(encoding="utf-8"),
            Loader=_YamlAsEditorsRead,
        )
    )


# ------------------------------------------------------------------ sarif


def test_sarif_validates_against_the_official_schema(outputs):
    log = validate_sarif(outputs["sarif"])
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is True
    growth = next(r for r in run["results"] if r["ruleId"] == "growth")
    location = growth["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "claims/chinadaily-2024-hqd.yaml"},
        "region": {"startLine": 42, "startColumn": 5},
    }
    related = [
        (r["physicalLocation"]["region"]["startLine"], r["message"]["text"].split(":")[0])
        for r in growth["relatedLocations"]
    ]
    assert related == [(30, "hqd-2013"), (36, "hqd-2022")]
    assert len({r["id"] for r in growth["relatedLocations"]}) == 2


def test_sarif_has_one_rule_entry_per_rule_that_ran(outputs):
    driver = json.loads(outputs["sarif"])["runs"][0]["tool"]["driver"]
    ran = json.loads(outputs["json"])["summary"]["rules"]
    # no input-error entry without input errors; one for the claims no rule could check
    assert [rule["id"] for rule in driver["rules"]] == [*ran, "unchecked"]
    growth = next(rule for rule in driver["rules"] if rule["id"] == "growth")
    assert growth["shortDescription"]["text"].startswith("A stated percentage change")
    assert growth["fullDescription"]["text"].startswith("Readers recompute a change")
    assert "value: +30.33 %" in growth["help"]["text"] and "value: +40 %" in growth["help"]["text"]
    assert "```yaml" in growth["help"]["markdown"]
    assert growth["defaultConfiguration"]["level"] == "error"
    for result in json.loads(outputs["sarif"])["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_levels_follow_the_configured_severity(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(GROWTH, encoding="utf-8")
    (tmp_path / "checker.toml").write_text(
        'severity = { growth = "warning", growth-vs-cagr = "info" }\n', encoding="utf-8"
    )
    assert (
        main(
            [
                "check",
                str(tmp_path),
                "--format",
                "sarif",
                "--config",
                str(tmp_path / "checker.toml"),
            ]
        )
        == 0
    )
    log = validate_sarif(capsys.readouterr().out)
    run = log["runs"][0]
    levels = {
        rule["id"]: rule["defaultConfiguration"]["level"] for rule in run["tool"]["driver"]["rules"]
    }
    assert (levels["growth"], levels["growth-vs-cagr"], levels["cagr"]) == (
        "warning",
        "note",
        "error",
    )
    assert [r["level"] for r in run["results"] if r["ruleId"] == "growth"] == ["warning"]


def test_sarif_fingerprints_survive_a_claim_moving(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(GROWTH, encoding="utf-8")
    main(["check", str(tmp_path), "--format", "sarif"])
    before = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    lines = GROWTH.splitlines()
    (tmp_path / "a.yaml").write_text(
        "\n".join(
            lines[:3] + ["  - {id: pad, metric: other, period: 2000, value: 1}"] + lines[:2:-1]
        )
        + "\n",
        encoding="utf-8",
    )
    main(["check", str(tmp_path), "--format", "sarif"])
    after = json.loads(capsys.readouterr().out)["runs"][0]["results"]

    def growth(results):
        return next(r for r in results if r["ruleId"] == "growth")

    assert growth(before)["locations"] != growth(after)["locations"]
    assert growth(before)["partialFingerprints"] == growth(after)["partialFingerprints"]


def test_sarif_input_errors_are_results_and_warnings_notifications(tmp_path, capsys):
    assert main(["check", str(bad_corpus(tmp_path)), "--format", "sarif"]) == 2
    log = validate_sarif(capsys.readouterr().out)
    run = log["runs"][0]
    [error] = [r for r in run["results"] if r["ruleId"] == "input-error"]
    location = error["locations"][0]["physicalLocation"]
    assert error["level"] == "error" and location["artifactLocation"]["uri"].endswith("b.yaml")
    assert location["region"]["startLine"] == 4
    assert run["tool"]["driver"]["rules"][error["ruleIndex"]]["id"] == "input-error"
    assert any(r["ruleId"] == "growth" for r in run["results"])  # the rest is still checked
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [warning] = invocation["toolExecutionNotifications"]
    assert warning["level"] == "warning" and "'n'" in warning["message"]["text"]
    assert warning["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("c.yaml")


def test_sarif_uris_are_relative_to_the_working_directory(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "my claims"
    corpus.mkdir()
    (corpus / "a.yaml").write_text(GROWTH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(
        ["check", str(corpus), "--format", "sarif"]
    )  # an absolute path under the working directory
    uri = validate_sarif(capsys.readouterr().out)["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"
    ]["artifactLocation"]["uri"]
    assert uri == "my%20claims/a.yaml"
    monkeypatch.chdir(REPO)
    main(["check", str(corpus), "--format", "sarif"])  # elsewhere: an absolute file URI
    uri = validate_sarif(capsys.readouterr().out)["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"
    ]["artifactLocation"]["uri"]
    assert uri == (corpus / "a.yaml").as_uri()


# ------------------------------------------------------------------ github


def test_github_levels_and_properties(outputs):
    lines = outputs["github"].splitlines()
    growth = next(line for line in lines if ",title=growth::" in line)
    assert growth.startswith(
        "::error file=claims/chinadaily-2024-hqd.yaml,line=42,col=5,title=growth::0.65 (2013)"
    )
    assert (
        "%0A- hqd-2013 (claims/chinadaily-2024-hqd.yaml:30)" in growth
    )  # the other claims, one per line
    assert sum(line.startswith("::notice ") for line in lines) == seed_notes(outputs)


def test_github_escaping_follows_the_runner():
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"


def test_github_annotations_escape_what_would_break_them(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "a,b:c"
    corpus.mkdir()
    (corpus / "a.yaml").write_text(GROWTH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "a,b:c", "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    line = next(line for line in lines if "title=growth::" in line)
    assert line.startswith("::error file=a%2Cb%3Ac/a.yaml,line=6,col=5,title=growth::")
    assert "+40.0%25" in line and "%0A- x (a,b:c/a.yaml:4)" in line


def test_github_input_problems_are_annotations(tmp_path, capsys):
    assert main(["check", str(bad_corpus(tmp_path)), "--format", "github"]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines if "title=input" in line] == [
        "::error",
        "::warning",
    ]
    error, warning = (line for line in lines if "title=input" in line)
    assert "b.yaml,line=4," in error and "title=input error::" in error
    assert "c.yaml,line=4," in warning and "title=input warning::" in warning


# ------------------------------------------------------------------ gitlab


def test_gitlab_code_quality_issues_have_the_required_fields(outputs):
    issues = json.loads(outputs["gitlab"])
    assert issues
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in {"blocker", "critical", "major", "minor", "info"}
        assert (
            set(issue["location"]) == {"path", "lines"} and issue["location"]["lines"]["begin"] >= 1
        )
        assert not issue["location"]["path"].startswith("/")
    assert Counter(issue["severity"] for issue in issues) == Counter(
        {"major": 3, "info": seed_notes(outputs)}
    )


def test_gitlab_input_errors_are_blockers(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.yaml").write_text(
        HEADER + "  - {id: a, metric: m, period: 2013, value: lots}\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.yaml", "--format", "gitlab"]) == 2
    [issue] = json.loads(capsys.readouterr().out)
    assert (issue["severity"], issue["check_name"], issue["location"]) == (
        "blocker",
        "input-error",
        {"path": "a.yaml", "lines": {"begin": 4}},
    )


# ------------------------------------------------------------------ junit


def test_junit_has_one_case_per_rule_and_source(outputs):
    root = ElementTree.fromstring(outputs["junit"])
    summary = json.loads(outputs["json"])["summary"]
    cases = {(case.get("classname"), case.get("name")) for case in root.iter("testcase")}
    sources = {source for _, source in cases}
    assert len(sources) == summary["sources"] == 5
    suites = [*summary["rules"], "unchecked"]  # claims no rule could check: a suite of notes
    assert cases == {(rule, source) for rule in suites for source in sources}
    assert len(list(root.iter("testcase"))) == len(cases)
    assert (
        int(root.get("tests")) == len(cases)
        and int(root.get("failures")) == len(root.findall(".//failure")) == 3
    )
    assert [suite.get("name") for suite in root.iter("testsuite")] == suites


def test_junit_failures_carry_messages_and_citations(outputs):
    root = ElementTree.fromstring(outputs["junit"])
    case = next(
        c
        for c in root.iter("testcase")
        if (c.get("classname"), c.get("name")) == ("growth", "cd-2024-hqd")
    )
    failure = case.find("failure")
    assert failure.get("message").startswith("1 finding: 0.65 (2013) -> 0.91 (2022) is +40.0%")
    assert "- hqd-2013 (claims/chinadaily-2024-hqd.yaml:30, Capital leads country" in failure.text
    assert '"a jump of 30.33 percent during the period"' in failure.text
    passing = next(
        c
        for c in root.iter("testcase")
        if (c.get("classname"), c.get("name")) == ("growth", "xinhua-2024-innovation-hub")
    )
    assert list(passing) == []


def test_junit_input_errors_are_an_error_case(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(
        HEADER + "  - {id: a, metric: m, period: 2013, value: lots\x01}\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text(
        HEADER.replace("id: s", "id: t") + "  - {id: a, metric: m, period: 2013, value: lots}\n",
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path), "--format", "junit"]) == 2
    root = ElementTree.fromstring(capsys.readouterr().out)
    [error] = root.findall(".//error")
    assert error.get("type") == "input-error" and "input error" in error.text
    assert root.get("errors") == "1"


# ------------------------------------------------------------------ --output, text, pre-commit


def test_output_is_written_whole_with_ordinary_permissions(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(GROWTH, encoding="utf-8")
    report = tmp_path / "out" / "report.json"
    assert (
        main(["check", str(tmp_path / "a.yaml"), "--format", "json", "--output", str(report)]) == 1
    )
    assert capsys.readouterr().out == ""
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["errors"] == 1
    assert sorted(p.name for p in report.parent.iterdir()) == [
        "report.json"
    ]  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(report.stat().st_mode) == 0o666 & ~umask
    report.chmod(0o640)
    assert (
        main(["check", str(tmp_path / "a.yaml"), "--format", "sarif", "--output", str(report)]) == 1
    )
    assert json.loads(report.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert stat.S_IMODE(report.stat().st_mode) == 0o640


def test_an_output_that_cannot_be_written_leaves_the_old_file(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(GROWTH, encoding="utf-8")
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("old", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.yaml"), "--output", str(blocker / "report.txt")]) == 2
    assert "cannot write the report" in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "old"


def test_text_is_the_default_and_plain_when_piped(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.yaml").write_text(GROWTH, encoding="utf-8")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "error [growth]" in out and "\x1b[" not in out


def test_the_pre_commit_hook_runs_checker_on_claim_files():
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (
        hook["id"] == "checker"
        and hook["entry"].split() == ["checker", "check"]
        and hook["language"] == "python"
    )
    files = re.compile(hook["files"])
    assert all(files.search(name) for name in ("claims/a.yaml", "b.yml", "c.json", "d.jsonl"))
    assert not any(files.search(name) for name in ("a.py", "README.md", "a.yaml.txt"))


def test_the_github_actions_page_uploads_sarif():
    page = (REPO / "docs" / "github-actions.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(page.split("```yaml\n", 1)[1].split("```", 1)[0])
    steps = workflow["jobs"]["check"]["steps"]
    upload = next(
        step
        for step in steps
        if step.get("uses", "").startswith("github/codeql-action/upload-sarif@")
    )
    sarif_step = next(step for step in steps if "--format sarif" in step.get("run", ""))
    assert upload["with"]["sarif_file"] in sarif_step["run"] and upload["if"] == "always()"
    assert workflow["permissions"]["security-events"] == "write"
