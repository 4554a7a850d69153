"""Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage."""

import pytest

from checker.cli import main

HEADER = "source: {id: s, title: T}\ndefaults: {entity: E}\nclaims:\n"
CLEAN = HEADER + "  - {id: a, metric: m, period: 2013, value: 0.65}\n"
NOTE = HEADER + "  - {id: a, kind: change, metric: m, period: 2023, basis: yoy, value: +5 %}\n"
WARNING = HEADER + "  - {id: a, metric: m, period: 2013, value: 0.65, quote: the index was 0.56}\n"
ERROR = (
    HEADER
    + "  - {id: a, metric: m, period: 2013, value: 0.65}\n  - {id: b, metric: m, period: 2013, value: 0.95}\n"
)
BAD = HEADER + "  - {id: a, metric: m, period: 2013, value: lots}\n"


@pytest.mark.parametrize(
    ("content", "arguments", "code"),
    [
        (CLEAN, [], 0),
        (NOTE, [], 0),
        (NOTE, ["--fail-on", "warning"], 0),
        (NOTE, ["--fail-on", "info"], 1),
        (WARNING, [], 0),
        (WARNING, ["--fail-on", "error"], 0),
        (WARNING, ["--fail-on", "warning"], 1),
        (ERROR, [], 1),
        (ERROR, ["--fail-on", "warning"], 1),
        (ERROR, ["--ignore", "conflict"], 0),
        (ERROR, ["--select", "growth"], 0),
        (BAD, [], 2),
        (BAD, ["--fail-on", "info"], 2),
        (CLEAN, ["--format", "pdf"], 2),
        (CLEAN, ["--fail-on", "fatal"], 2),
        (CLEAN, ["--no-such-option"], 2),
        (CLEAN, ["--jobs", "-1"], 2),
    ],
)
def test_exit_codes(tmp_path, capsys, content, arguments, code):
    (tmp_path / "a.yaml").write_text(content, encoding="utf-8")
    assert main(["check", str(tmp_path), *arguments]) == code


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github", "gitlab", "junit"])
def test_the_exit_code_does_not_depend_on_the_format(tmp_path, capsys, output_format):
    (tmp_path / "a.yaml").write_text(ERROR, encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", output_format]) == 1
    (tmp_path / "a.yaml").write_text(WARNING, encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", output_format]) == 0
    (tmp_path / "b.yaml").write_text(BAD.replace("id: s", "id: t"), encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", output_format, "--fail-on", "warning"]) == 2


def test_bad_input_wins_over_findings(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(ERROR, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(BAD.replace("id: s", "id: t"), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "input error" in out and "[conflict]" in out  # the good file is still checked


def test_a_missing_path_is_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nothing-here")]) == 2
    assert "no such file or directory" in capsys.readouterr().out


def test_no_path_at_all_is_a_usage_error(capsys):
    assert main(["check"]) == 2
    assert "Missing argument" in capsys.readouterr().err


def test_a_bad_configuration_is_exit_2(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "checker.toml").write_text("selekt = []\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--config", str(tmp_path / "checker.toml")]) == 2
    assert "unknown configuration key 'selekt'" in capsys.readouterr().err


def test_a_bad_baseline_is_exit_2(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "baseline.json").write_text("{", encoding="utf-8")
    assert (
        main(["check", str(tmp_path / "a.yaml"), "--baseline", str(tmp_path / "baseline.json")])
        == 2
    )


def test_an_output_that_cannot_be_written_is_exit_2(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(CLEAN, encoding="utf-8")
    assert (
        main(
            ["check", str(tmp_path / "a.yaml"), "--output", str(tmp_path / "a.yaml" / "report.txt")]
        )
        == 2
    )
    assert "cannot write the report" in capsys.readouterr().err


def test_a_bad_rule_file_is_exit_2(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(CLEAN, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text("id: broken\nsummary: s\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.yaml"), "--rules", str(rules)]) == 2


def test_other_commands_use_the_same_codes(capsys):
    assert main(["rules", "no-such-rule"]) == 2
    assert main(["rules", "growth"]) == 0
    assert main(["schema", "findings"]) == 0
    assert main(["schema", "no-such-schema"]) == 2
    assert main(["no-such-command"]) == 2
