"""Edge cases per rule, in YAML files beside each other in tests/cases/: every case lists the
whole set of findings the rule must give (severity and claims), not just "some finding", and,
where it says `unchecked:`, the claims that no rule could check (one note each)."""

from pathlib import Path

import pytest
import yaml

from checker.engine import UNCHECKED
from checker.rules import example_files
from checker.runner import RunOptions, run

CASES_DIR = Path(__file__).parent / "cases"
CASES = [
    pytest.param(document["rule"], case, id=f"{document['rule']}: {case['name']}")
    for path in sorted(CASES_DIR.glob("*.yaml"))
    for document in [
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    ]  # scalars kept as written
    for case in document["cases"]
]


@pytest.mark.parametrize(("rule_id", "case"), CASES)
def test_rule_case(tmp_path, rule_id, case):
    example = {key: case[key] for key in ("claims", "files", "metrics") if key in case}
    for name, content in example_files(yaml.safe_dump(example)).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    result = run([tmp_path], RunOptions(select=(rule_id,), hints=False))
    assert result.input_errors == []
    found = sorted(
        (f.severity, [c.claim for c in f.claims]) for f in result.findings if f.rule == rule_id
    )
    expected = sorted((f["severity"], f["claims"]) for f in case["findings"])
    assert found == expected, [f.message for f in result.findings if f.rule == rule_id]
    if "unchecked" in case:
        unchecked = sorted(f.claims[0].claim for f in result.findings if f.rule == UNCHECKED)
        assert unchecked == sorted(case["unchecked"])
