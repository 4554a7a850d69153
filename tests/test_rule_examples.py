"""Every rule's examples run as tests: each `fail` example must make the rule report an error or a
warning, each `pass` example must not. Generated from the rule files, so no rule can lack them.
The same code runs them for rule authors (`checker rules --test`), tested here on broken rules."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from checker.cli import main
from checker.rule_examples import examples_of, run_example
from checker.rules import BUILTIN_RULES, load_rules

REPO = Path(__file__).resolve().parent.parent
RULES, RULE_ERRORS = load_rules([BUILTIN_RULES])
CASES = [
    pytest.param(rule, verdict, text, id=f"{rule.id}-{verdict}-{number}")
    for rule in RULES
    for verdict, number, text in examples_of(rule)
]
PASSING_GROWTH = """\
- {id: a, metric: index, period: 2013, value: 0.65}
- {id: b, metric: index, period: 2022, value: 0.91}
- {id: c, kind: change, metric: index, from: 2013, to: 2022, value: +40 %}
"""


def test_builtin_rule_files_load_without_errors():
    assert RULE_ERRORS == []
    assert len(RULES) == len(list((REPO / "rules").glob("*.yaml"))) >= 12


@pytest.mark.parametrize(("rule", "verdict", "text"), CASES)
def test_rule_example(rule, verdict, text):
    assert run_example(rule, verdict, text) is None


def _broken_growth_rule(directory: Path, verdict: str) -> Path:
    """A copy of the growth rule (under another id) whose first `verdict` example is wrong:
    a failing example that passes, or a passing example that fails."""
    rule = yaml.safe_load((REPO / "rules" / "growth.yaml").read_text(encoding="utf-8"))
    rule["id"] = "my-growth"
    if verdict == "fail":
        rule["examples"]["fail"] = [PASSING_GROWTH]
    else:
        rule["examples"]["pass"].insert(0, rule["examples"]["fail"][0])
    directory.mkdir()
    (directory / "my-growth.yaml").write_text(yaml.safe_dump(rule, sort_keys=False), "utf-8")
    return directory


def test_checker_rules_test_passes_on_the_builtin_rules(capsys):
    assert main(["rules", "--test"]) == 0
    out = capsys.readouterr().out
    assert f"examples of {len(RULES)} rules: each does what it says" in out


@pytest.mark.parametrize(
    ("verdict", "name", "problem"),
    [
        ("fail", "my-growth: failing example 1", "raises nothing"),
        ("pass", "my-growth: passing example 1", "false alarm"),
    ],
)
def test_checker_rules_test_names_the_example_that_misbehaves(
    tmp_path, capsys, verdict, name, problem
):
    rules = _broken_growth_rule(tmp_path / "rules", verdict)
    assert main(["rules", "--test", str(rules)]) == 1
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if name in line]
    # Where the example is written in the rule file, as editors show it.
    file, row, column, _ = line.split(":", 3)
    assert file == str(rules / "my-growth.yaml") and problem in line
    written = (rules / "my-growth.yaml").read_text(encoding="utf-8").splitlines()
    assert written[int(row) - 1][int(column) - 1 :].startswith(("'", '"', "|"))
    assert "1 of 3 examples of 1 rule fail" in out or "1 of 4 examples of 1 rule fail" in out


def test_checker_rules_test_refuses_a_missing_directory(tmp_path, capsys):
    assert main(["rules", "--test", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_an_example_that_is_not_claims_is_named(tmp_path):
    [rule] = [r for r in RULES if r.id == "growth"]
    assert "does not load" in run_example(rule, "pass", "- {id: a, metric: index}\n")
    assert "not valid YAML" in run_example(rule, "pass", "- {id: a\n")


def test_every_builtin_rule_validates_against_checker_schema_rule(capsys):
    assert main(["schema", "rule"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == json.loads((REPO / "docs" / "schema" / "rule.json").read_text("utf-8")), (
        "docs/schema/rule.json is stale: regenerate it with `checker schema rule > docs/schema/rule.json`"
    )
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((REPO / "rules").glob("*.yaml")):
        validator.validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    growth = yaml.safe_load((REPO / "rules" / "growth.yaml").read_text(encoding="utf-8"))
    for wrong in (
        {**growth, "severity": "fatal"},
        {**growth, "joins": growth["join"]},
        {**growth, "check": "spelling"},
        {**growth, "join": {"change": {"kind": "change", "metrik": "x"}}},
        {k: v for k, v in growth.items() if k != "examples"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(wrong)


def test_the_rule_file_reference_in_docs_is_the_generated_one(capsys):
    assert main(["rules", "--reference"]) == 0
    assert capsys.readouterr().out == (REPO / "docs" / "rule-files.md").read_text("utf-8"), (
        "docs/rule-files.md is stale: regenerate it with `checker rules --reference > docs/rule-files.md`"
    )


def test_every_placeholder_of_the_builtin_rules_is_documented():
    """The registries the reference is generated from cover what the rules actually write."""
    from checker.rules import CLAIM_PLACEHOLDERS, EACH_PLACEHOLDERS, VERDICT_PLACEHOLDERS

    reference = (REPO / "docs" / "rule-files.md").read_text("utf-8")
    seen = 0
    for rule in RULES:
        for template in (rule.spec.message, rule.spec.unchecked or ""):
            for name, attribute in re.findall(r"\{(\w+)(?:\.(\w+))?\}", template):
                seen += 1
                if attribute:
                    assert name in (rule.spec.join or {}), (rule.id, name)
                    assert attribute in {**CLAIM_PLACEHOLDERS, **EACH_PLACEHOLDERS}, (
                        rule.id,
                        attribute,
                    )
                    assert f"`{{name.{attribute}}}`" in reference
                else:
                    assert name in (rule.spec.join or {}) or name in VERDICT_PLACEHOLDERS, (
                        rule.id,
                        name,
                    )
    assert seen > 50
