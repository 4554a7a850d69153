"""Every rule's examples run as tests: each `fail` example must make the rule report an error or a
warning, each `pass` example must not. Generated from the rule files, so no rule can lack them."""

from pathlib import Path

import pytest

from checker.rules import BUILTIN_RULES, example_files, load_rules
from checker.runner import RunOptions, run

RULES, RULE_ERRORS = load_rules([BUILTIN_RULES])
CASES = [
    pytest.param(rule.id, verdict, index, text, id=f"{rule.id}-{verdict}-{index}")
    for rule in RULES
    for verdict, examples in (("fail", rule.spec.examples.fail), ("pass", rule.spec.examples.pass_))
    for index, text in enumerate(examples, start=1)
]


def test_builtin_rule_files_load_without_errors():
    assert RULE_ERRORS == []
    assert len(RULES) >= 12


@pytest.mark.parametrize(("rule_id", "verdict", "index", "text"), CASES)
def test_rule_example(tmp_path: Path, rule_id: str, verdict: str, index: int, text: str):
    for name, content in example_files(text).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    result = run([tmp_path], RunOptions(select=(rule_id,), hints=False))
    assert result.input_errors == [], f"the example itself does not load: {result.input_errors}"
    reported = [
        f for f in result.findings if f.rule == rule_id and f.severity in ("error", "warning")
    ]
    if verdict == "fail":
        assert reported, f"{rule_id}: failing example {index} raised nothing"
    else:
        assert not reported, (
            f"{rule_id}: passing example {index} raised {[f.message for f in reported]}"
        )
