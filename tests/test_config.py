"""Configuration: found upward, validated (unknown keys named), and every setting takes effect."""

import json
import os
from pathlib import Path

import pytest

from checker.cli import main

HEADER = "source: {id: s, title: T}\ndefaults: {entity: E}\nclaims:\n"
ERROR = (
    HEADER
    + "  - {id: a, metric: m, period: 2013, value: 0.65}\n  - {id: b, metric: m, period: 2013, value: 0.95}\n"
)
ABOUT = (
    HEADER
    + "  - {id: a, metric: m, period: 2013, value: about 0.65}\n  - {id: b, metric: m, period: 2013, value: 0.70}\n"
)


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(ERROR, encoding="utf-8")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    return tmp_path


def check(project: Path, *arguments: str) -> int:
    return main(["check", str(project / "claims"), *arguments])


def test_checker_toml_is_found_upward(project, capsys):
    assert check(project) == 1
    (project / "checker.toml").write_text('ignore = ["conflict"]\n', encoding="utf-8")
    assert check(project) == 0


def test_pyproject_tool_table_is_found_upward(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.checker]\nfail-on = "info"\nignore = ["conflict"]\n',
        encoding="utf-8",
    )
    (project / "claims" / "a.yaml").write_text(
        HEADER + "  - {id: a, kind: change, metric: m, period: 2023, basis: yoy, value: +5 %}\n",
        encoding="utf-8",
    )
    assert check(project) == 1  # only a note, but fail-on = info


def test_a_pyproject_without_the_table_is_not_a_configuration(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert check(project) == 1


def test_checker_toml_wins_over_pyproject_in_the_same_directory(project):
    (project / "pyproject.toml").write_text(
        '[tool.checker]\nignore = ["conflict"]\n', encoding="utf-8"
    )
    assert check(project) == 0
    (project / "checker.toml").write_text("", encoding="utf-8")
    assert check(project) == 1


def test_the_nearest_configuration_wins(project):
    (project / "checker.toml").write_text('ignore = ["conflict"]\n', encoding="utf-8")
    (project / "deep" / "pyproject.toml").write_text(
        '[tool.checker]\nselect = ["conflict"]\n', encoding="utf-8"
    )
    assert check(project) == 1  # deep/pyproject.toml is nearer than checker.toml, and is used alone


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'select = ["growth"]\nselekt = ["growth"]\n',
            "checker.toml:2:1: configuration error: unknown configuration key 'selekt'",
        ),
        (
            'severity = { conflict = "fatal" }\n',
            "checker.toml:1:1: configuration error: configuration key 'severity.conflict'",
        ),
        ("tolerances = { about = 2 }\n", "configuration key 'tolerances.about'"),
        ("tolerances = { abuot = 0.1 }\n", "unknown configuration key 'tolerances.abuot'"),
        ('fail-on = "never"\n', "configuration key 'fail-on'"),
        ('select = "growth"\n', "configuration key 'select'"),
        ("max-file-mb = 0\n", "configuration key 'max-file-mb'"),
        ("select = [\n", "configuration error: this is not valid TOML"),
    ],
)
def test_configuration_errors_name_the_key_and_exit_2(project, capsys, text, message):
    (project / "checker.toml").write_text(text, encoding="utf-8")
    assert check(project) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_an_unknown_key_in_the_pyproject_table_is_named(project, capsys):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.checker]\nignroe = ["conflict"]\n', encoding="utf-8"
    )
    assert check(project) == 2
    assert (
        "pyproject.toml:5:1: configuration error: unknown configuration key 'ignroe'"
        in capsys.readouterr().err
    )


def test_a_broken_pyproject_found_upward_is_an_error(project, capsys):
    (project / "pyproject.toml").write_text("[tool.checker\n", encoding="utf-8")
    assert check(project) == 2
    assert "pyproject.toml:1:" in capsys.readouterr().err


def test_a_configuration_that_is_not_utf8_is_an_error(project, capsys):
    (project / "checker.toml").write_bytes(b'ignore = ["caf\xe9"]\n')
    assert check(project) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_a_missing_explicit_configuration_is_an_error(project, capsys):
    assert check(project, "--config", str(project / "nowhere.toml")) == 2
    assert "cannot read the configuration" in capsys.readouterr().err


def test_fail_on_takes_effect_and_the_command_line_wins(project):
    (project / "claims" / "a.yaml").write_text(
        HEADER + "  - {id: a, metric: m, period: 2013, value: 0.65, quote: the index was 0.56}\n",
        encoding="utf-8",
    )
    assert check(project) == 0  # a warning only
    (project / "checker.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert check(project) == 1
    assert check(project, "--fail-on", "error") == 0


def test_severity_per_rule_takes_effect(project, capsys):
    (project / "checker.toml").write_text('severity = { conflict = "warning" }\n', encoding="utf-8")
    assert check(project) == 0
    assert "warning [conflict]" in capsys.readouterr().out


def test_select_takes_effect(project, capsys):
    (project / "checker.toml").write_text('select = ["growth"]\n', encoding="utf-8")
    assert check(project, "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["summary"]["rules"] == [
        "growth",
        "growth-of-parts",
        "growth-of-parts-from-start",
        "growth-of-summed-levels",
        "growth-vs-cagr",
    ]  # ids and prefixes


def test_ignore_adds_to_the_command_line(project, capsys):
    (project / "checker.toml").write_text('ignore = ["growth"]\n', encoding="utf-8")
    assert check(project, "--ignore", "cagr", "--format", "json") == 1
    rules = json.loads(capsys.readouterr().out)["summary"]["rules"]
    assert "conflict" in rules and not {"growth", "growth-vs-cagr", "cagr"} & set(rules)


def test_tolerances_take_effect(project):
    (project / "claims" / "a.yaml").write_text(ABOUT, encoding="utf-8")
    assert check(project) == 1  # at the default 5 %, about 0.65 reaches 0.6875, short of 0.695
    (project / "checker.toml").write_text("tolerances = { about = 0.10 }\n", encoding="utf-8")
    assert check(project) == 0


def test_rules_directory_takes_effect(project, capsys):
    rules = project / "my-rules"
    rules.mkdir()
    (rules / "positive.yaml").write_text(
        "id: positive\nsummary: s\nwhy: w\njoin:\n  x: {kind: value, metric: m}\nassert: x >= 1\nmessage: '{x.id} is below 1'\n"
        "examples:\n  fail: ['- {id: a, metric: m, period: 2013, value: 0.5}']\n  pass: ['- {id: a, metric: m, period: 2013, value: 5}']\n",
        encoding="utf-8",
    )
    (project / "checker.toml").write_text(
        'rules = ["my-rules"]\nignore = ["conflict"]\n', encoding="utf-8"
    )
    assert check(project) == 1
    assert "[positive] a is below 1" in capsys.readouterr().out
    assert main(["rules"]) == 0
    assert "positive" in capsys.readouterr().out


def test_an_explicit_config_file_wins(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "checker.toml"
    elsewhere.write_text('ignore = ["conflict"]\n', encoding="utf-8")
    assert check(project, "--config", str(elsewhere)) == 0
    assert os.getcwd().endswith("er")
