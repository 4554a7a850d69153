"""Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage."""

import pytest

from checker.cli import main

HEADER = "source: {id: s, title: T}\ndefaults: {entity: E}\nclaims:\n"
CLEAN = HEADER + "  - {id: a, metric: m, period: 2013, value: 0.65}\n"
WARNING = HEADER + "  - {id: a, metric: m, period: 2013, value: 0.65, quote: the index was 0.56}\n"
ERROR = HEADER + ("  - {id: a, metric: m, period: 2013, value: 0.65}\n  - {id: b, metric: m, period: 2013, value: 0.95}\n")


@pytest.mark.parametrize(
    ("content", "arguments", "code"),
    [
        (CLEAN, [], 0),
        (WARNING, [], 0),
        (WARNING, ["--fail-on", "warning"], 1),
        (ERROR, [], 1),
        (ERROR, ["--ignore", "conflict"], 0),
        (HEADER + "  - {id: a, metric: m, period: 2013, value: lots}\n", [], 2),
        (CLEAN, ["--format", "pdf"], 2),
        (CLEAN, ["--no-such-option"], 2),
    ],
)
def test_exit_codes(tmp_path, capsys, content, arguments, code):
    (tmp_path / "a.yaml").write_text(content, encoding="utf-8")
    assert main(["check", str(tmp_path), *arguments]) == code


def test_a_missing_path_is_exit_2(tmp_path):
    assert main(["check", str(tmp_path / "nothing-here")]) == 2


def test_an_unknown_rule_page_is_exit_2(capsys):
    assert main(["rules", "no-such-rule"]) == 2
    assert main(["rules", "growth"]) == 0
