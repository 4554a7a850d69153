"""Safe with what users give it (issue 12, points 3 to 6): every case gives one message with its
position, exit status 2, no traceback; the good file beside it is still checked (its planted
error still reported); and a command that writes leaves every input byte-identical."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from checker import runner
from checker.cli import main

# A good file with one planted error: the growth it states is not what its levels give.
GOOD = """\
source: {id: good, title: A good article}
defaults: {entity: Beijing}
claims:
  - {id: a, metric: index, period: 2013, value: 0.65}
  - {id: b, metric: index, period: 2022, value: 0.91}
  - {id: jump, kind: change, metric: index, from: 2013, to: 2022, value: +50 %}
"""
GOOD_FINDING = "good.yaml:6:5: error [growth]"
HEADER = "source: {id: bad, title: A bad article}\ndefaults: {entity: Beijing}\nclaims:\n"


def claim(value: str, extra: str = "") -> str:
    return HEADER + f"  - {{id: c, metric: index, period: 2013, value: '{value}'{extra}}}\n"


def outcome(capsys, *arguments: str) -> tuple[int, str]:
    code = main([*arguments])
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Traceback" not in output
    return code, output


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def check_beside_good(tmp_path: Path, capsys, files: dict[str, str | bytes], *extra: str):
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    write(tmp_path, files)
    return outcome(capsys, "check", str(tmp_path), *extra)


def one_message(output: str, position: str, message: str) -> None:
    """The message at its position, once."""
    lines = [line for line in output.splitlines() if message in line]
    assert len(lines) == 1, output
    assert position in lines[0], lines[0]


DEEP = "[" * 10_000 + "]" * 10_000

# Point 5 (values read exactly or refused) and the input side of point 6: name -> (files,
# position, message). Each is checked beside the good file.
INPUT_CASES = {
    "dots-in-number": ({"bad.yaml": claim("1.2.3")}, "bad.yaml:4:", "'1.2.3' is not one number"),
    "comma-not-grouping": ({"bad.yaml": claim("1,23")}, "bad.yaml:4:", "'1,23' is not one number"),
    "commas-everywhere": ({"bad.yaml": claim("1,2,3")}, "bad.yaml:4:", "'1,2,3' is not one"),
    "two-numbers": ({"bad.yaml": claim("5 2")}, "bad.yaml:4:", "'5 2' is not one number"),
    "reversed-range": ({"bad.yaml": claim("10 .. 5")}, "bad.yaml:4:", "ends below where it"),
    "rate-per-negative-time": (
        {"bad.yaml": claim("5 / -1 day")},
        "bad.yaml:4:",
        "is negative or zero",
    ),
    "number-of-5000-digits": (
        {"bad.yaml": claim("9" * 5000)},
        "bad.yaml:4:",
        "a number of 5,000 digits",
    ),
    "exponent-too-large": ({"bad.yaml": claim("1e999999")}, "bad.yaml:4:", "exponent e999999"),
    "json-key-twice": (
        {
            "bad.json": '{"source": {"id": "bad", "title": "T"},\n "defaults": {"entity": "B"},\n'
            ' "claims": [{"id": "c", "metric": "m", "period": "2013", "value": "1",'
            ' "value": "2"}]}\n'
        },
        "bad.json:3:",
        "'value' is given twice",
    ),
    "jsonl-key-twice": (
        {
            "bad.jsonl": '{"source": {"id": "bad", "title": "T"}, "defaults": {"entity": "B"}, '
            '"claims": [{"id": "c", "metric": "m", "period": "2013", "value": "1", '
            '"value": "2"}]}\n'
        },
        "bad.jsonl:1:140",
        "'value' is given twice",
    ),
    "yaml-python-tag": (
        {"bad.yaml": HEADER + "  - {id: c, metric: m, period: 2013, value: !!python/object 1}\n"},
        "bad.yaml:4:",
        "YAML tag 'tag:yaml.org,2002:python/object' is not allowed",
    ),
    "yaml-custom-tag": (
        {"bad.yaml": HEADER + "  - {id: c, metric: m, period: 2013, value: !money 1}\n"},
        "bad.yaml:4:",
        "YAML tag '!money' is not allowed",
    ),
    "converts-itself": (
        {"bad.yaml": claim("1", ", converts: c")},
        "bad.yaml:4:",
        "claim 'c' converts itself",
    ),
    "converts-circle": (
        {
            "bad.yaml": HEADER
            + "  - {id: c, metric: m, period: 2013, value: 1 USD, converts: d}\n"
            + "  - {id: d, metric: m, period: 2013, value: 7 CNY, converts: c}\n"
        },
        "bad.yaml:4:",
        "'converts' goes round in a circle: bad:c -> bad:d -> bad:c",
    ),
    "change-from-a-claim-to-itself": (
        {
            "bad.yaml": HEADER
            + "  - {id: c, metric: m, period: 2013, value: 1}\n"
            + "  - {id: d, kind: change, metric: m, from: c, to: c, value: +5 %}\n"
        },
        "bad.yaml:5:",
        "'from' and 'to' name the same one",
    ),
    "change-from-a-period-to-itself": (
        {
            "bad.yaml": HEADER + "  - {id: d, kind: change, metric: m, from: 2013, to: 2013, "
            "value: +5 %}\n"
        },
        "bad.yaml:4:",
        "'to' (2013) must come after 'from' (2013)",
    ),
    "sum-of-itself": (
        {
            "metrics.yaml": "metrics:\n  m: {unit: count, description: M, sum_of: [m]}\n"
            "  index: {unit: count, description: Index}\n",
            "bad.yaml": claim("1"),
        },
        "metrics.yaml:2:",
        "sum_of goes round in a circle: m -> m",
    ),
    "part-of-circle": (
        {
            "metrics.yaml": "metrics:\n"
            "  a: {unit: count, description: A, part_of: b}\n"
            "  b: {unit: count, description: B, part_of: a}\n"
            "  index: {unit: count, description: Index}\n",
            "bad.yaml": claim("1"),
        },
        "metrics.yaml:2:",
        "part_of goes round in a circle: a -> b -> a",
    ),
    "json-10000-deep": ({"bad.json": DEEP}, "bad.json:1:1", "nested too deep"),
    "jsonl-10000-deep": ({"bad.jsonl": DEEP + "\n"}, "bad.jsonl:1:1", "nested too deep"),
    "yaml-nested-over-100": (
        {"bad.yaml": "".join("  " * n + "a:\n" for n in range(150))},
        "bad.yaml:101:",
        "nested more than 100 deep",
    ),
    "jsonl-later-claim-column": (
        {
            "bad.jsonl": '{"source": {"id": "bad", "title": "T"}, "defaults": {"entity": "B"}, '
            '"claims": [{"id": "c", "metric": "index", "period": "2013", "value": "1"}, '
            '{"id": "d", "metric": "index", "period": "2014", "value": "1.2.3"}]}\n'
        },
        "bad.jsonl:1:194",
        "'1.2.3' is not one number",
    ),
    "one-line-json-without-newline": (
        {"bad.json": '{"source": {"id": "bad", "title": "T"}, "claims": 5}'},
        "bad.json:1:51",
        "'claims' should be a non-empty list",
    ),
}


@pytest.mark.parametrize("name", sorted(INPUT_CASES))
def test_bad_input_is_one_message_at_its_position(tmp_path, capsys, name):
    files, position, message = INPUT_CASES[name]
    code, output = check_beside_good(tmp_path, capsys, files)
    assert code == 2, output
    one_message(output, position, message)
    assert GOOD_FINDING in output  # the good file is still checked


def test_exponent_notation_is_read_with_its_precision(tmp_path, capsys):
    files = {
        "exp.yaml": "source: {id: exp, title: E}\ndefaults: {entity: Elsewhere}\nclaims:\n"
        + "  - {id: a, metric: output, period: 2013, value: 1.5e3}\n"
        + "  - {id: b, metric: output, period: 2022, value: 1.6e3}\n"
        + "  - {id: g, kind: change, metric: output, from: 2013, to: 2022, value: +7 %}\n"
    }
    code, output = check_beside_good(tmp_path, capsys, files, "--format", "json")
    report = json.loads(output)
    assert report["summary"]["input_errors"] == 0
    # 1.5e3 is 1450..1550 and 1.6e3 is 1550..1650: +7 % is possible, so no finding on exp.yaml;
    # read as 1.5 and 1.6 or as 1500 and 1600 exactly, it would be one.
    assert {Path(f["file"]).name for f in report["findings"]} == {"good.yaml"}
    assert code == 1


# ---------------------------------------------------------------- point 6: files that are not files


def test_a_fifo_among_claim_files_is_skipped_with_a_note(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe.yaml")
    code, output = check_beside_good(tmp_path, capsys, {})
    one_message(output, "pipe.yaml:1:1: input warning", "not a regular file")
    assert GOOD_FINDING in output
    assert code == 1  # a warning, not an error: the findings decide


def test_a_link_to_dev_zero_is_not_read(tmp_path, capsys):
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    code, output = check_beside_good(tmp_path, capsys, {})
    one_message(output, "zero.yaml:1:1: input warning", "not a regular file")
    assert GOOD_FINDING in output


def test_a_link_to_itself_is_named(tmp_path, capsys):
    (tmp_path / "self.yaml").symlink_to("self.yaml")
    code, output = check_beside_good(tmp_path, capsys, {})
    assert code == 2
    one_message(output, "self.yaml:1:1: input error", "leads round to itself")
    assert GOOD_FINDING in output


def test_a_dangling_link_is_named_as_written(tmp_path, capsys):
    (tmp_path / "gone.yaml").symlink_to("nowhere.yaml")
    code, output = check_beside_good(tmp_path, capsys, {})
    assert code == 2
    one_message(output, f"{tmp_path / 'gone.yaml'}:1:1", "a link to 'nowhere.yaml'")
    assert GOOD_FINDING in output


def test_a_file_over_the_limit_is_refused_by_what_is_read(tmp_path, capsys):
    (tmp_path / "checker.toml").write_text("max-file-mb = 1\n", encoding="utf-8")
    big = HEADER + "  - {id: c, metric: index, period: 2013, value: 1, note: '" + "x" * 1_100_000
    code, output = check_beside_good(
        tmp_path, capsys, {"big.yaml": big + "'}\n"}, "--config", str(tmp_path / "checker.toml")
    )
    assert code == 2
    one_message(output, "big.yaml:1:1", "over the 1 MB limit")
    assert GOOD_FINDING in output


def test_a_binary_file_given_to_text_is_said_so(tmp_path, capsys):
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "nul.txt").write_bytes(b"GDP grew 5%\x00\x01 in 2023")
    code, output = outcome(
        capsys,
        "check",
        "--text",
        str(tmp_path / "photo.md"),
        str(tmp_path / "nul.txt"),
        str(tmp_path / "good.yaml"),
    )
    assert code == 2
    one_message(output, "photo.md:1:1", "is not UTF-8 text: is this a binary file?")
    one_message(output, "nul.txt:1:12", "it is a binary file, not an article")
    assert "[growth]" in output


def test_a_part_of_chain_of_10000_metrics_loads(tmp_path, capsys):
    entries = "".join(
        f"  m{n}: {{unit: count, description: M{n}" + (f", part_of: m{n - 1}}}\n" if n else "}\n")
        for n in range(10_000)
    )
    write(
        tmp_path,
        {
            "metrics.yaml": "metrics:\n" + entries,
            "c.yaml": HEADER
            + "  - {id: whole, metric: m0, period: 2013, value: 5}\n"
            + "  - {id: part, metric: m9999, period: 2013, value: 9}\n",
        },
    )
    code, output = outcome(capsys, "check", str(tmp_path))
    assert "[part-whole]" in output  # the part at the chain's end exceeds the whole at its top
    assert code == 1


# ---------------------------------------------------------------- point 3: no silent nothing


def test_an_unknown_rule_in_select_names_the_close_ones(tmp_path, capsys):
    code, output = check_beside_good(tmp_path, capsys, {}, "--select", "grwoth")
    assert code == 2
    one_message(output, "checker: 'grwoth'", "names no rule; did you mean 'growth'")


def test_an_unknown_rule_in_ignore_is_an_error(tmp_path, capsys):
    code, output = check_beside_good(tmp_path, capsys, {}, "--ignore", "nonesuch")
    assert code == 2
    one_message(output, "checker: 'nonesuch' (--ignore", "names no rule")


def test_an_unknown_rule_in_the_configuration_is_an_error(tmp_path, capsys):
    (tmp_path / "checker.toml").write_text('select = ["cagr", "conflit"]\n', encoding="utf-8")
    code, output = check_beside_good(
        tmp_path, capsys, {}, "--config", str(tmp_path / "checker.toml")
    )
    assert code == 2
    one_message(output, "checker: 'conflit'", "did you mean 'conflict'")


def test_an_unknown_rule_in_the_configurations_severities_is_an_error(tmp_path, capsys):
    (tmp_path / "checker.toml").write_text('[severity]\ncagx = "warning"\n', encoding="utf-8")
    code, output = check_beside_good(
        tmp_path, capsys, {}, "--config", str(tmp_path / "checker.toml")
    )
    assert code == 2
    one_message(output, "checker: 'cagx' (severity in the configuration)", "did you mean 'cagr'")


def test_selecting_no_rule_at_all_is_an_error(tmp_path, capsys):
    code, output = check_beside_good(tmp_path, capsys, {}, "--select", "cagr", "--ignore", "cagr")
    assert code == 2
    one_message(output, "checker: no rule is left to run", "nothing would be checked")


def test_a_missing_rules_directory_is_an_error(tmp_path, capsys):
    code, output = check_beside_good(tmp_path, capsys, {}, "--rules", str(tmp_path / "mine"))
    assert code == 2
    one_message(output, f"{tmp_path / 'mine'}:1:1", "this rules directory does not exist")
    assert GOOD_FINDING in output


def test_a_rules_directory_without_rules_is_an_error(tmp_path, capsys):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "README.txt").write_text("my rules", encoding="utf-8")
    code, output = check_beside_good(tmp_path, capsys, {}, "--rules", str(tmp_path / "mine"))
    assert code == 2
    one_message(output, f"{tmp_path / 'mine'}:1:1", "holds no rule file")
    assert GOOD_FINDING in output


def test_a_missing_path_is_an_error_and_the_others_are_checked(tmp_path, capsys):
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    code, output = outcome(capsys, "check", str(tmp_path / "good.yaml"), str(tmp_path / "nope"))
    assert code == 2
    one_message(output, f"{tmp_path / 'nope'}:1:1", "no such file or directory")
    assert GOOD_FINDING in output


def test_a_directory_without_claim_files_is_an_error(tmp_path, capsys):
    write(tmp_path, {"claims/good.yaml": GOOD, "empty/notes.txt": "nothing"})
    code, output = outcome(capsys, "check", str(tmp_path / "claims"), str(tmp_path / "empty"))
    assert code == 2
    one_message(output, f"{tmp_path / 'empty'}:1:1", "holds no claim file")
    assert GOOD_FINDING in output


def test_dask_backend_without_dask_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    real = runner.importlib.util.find_spec
    monkeypatch.setattr(
        runner.importlib.util,
        "find_spec",
        lambda name, *a: None if name in ("dask", "distributed") else real(name, *a),
    )
    code, output = check_beside_good(tmp_path, capsys, {}, "--backend", "dask")
    assert code == 2
    one_message(output, "checker: --backend dask", "pip install 'checker[dask]'")


RULE = {
    "id": "mine",
    "summary": "s",
    "why": "w",
    "join": {"a": {"kind": "value"}, "b": {"kind": "value", "metric": "a.metric"}},
    "assert": "a <= b",
    "message": "{a} and {b}",
    "examples": {"fail": ["[]"], "pass": ["[]"]},
}


def check_with_rule(tmp_path: Path, capsys, **changes) -> tuple[int, str]:
    (tmp_path / "mine").mkdir(exist_ok=True)
    (tmp_path / "mine" / "mine.yaml").write_text(json.dumps({**RULE, **changes}), encoding="utf-8")
    (tmp_path / "claims").mkdir(exist_ok=True)
    (tmp_path / "claims" / "good.yaml").write_text(GOOD, encoding="utf-8")
    return outcome(capsys, "check", str(tmp_path / "claims"), "--rules", str(tmp_path / "mine"))


def test_a_rule_message_naming_a_field_that_does_not_exist(tmp_path, capsys):
    code, output = check_with_rule(tmp_path, capsys, message="{a.vaule} is more than {c}")
    assert code == 2
    one_message(output, "mine.yaml:1:", "the message names {a.vaule}, {c}, which no finding has")
    assert "[growth]" in output


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("a == " + " + ".join(["b"] * 25_000), "characters long; at most 2,000"),
        ("a == " + "(" * 10_000 + "b" + ")" * 10_000, "at most 2,000"),
        ("a == " + "(" * 60 + "b" + ")" * 60, "nests more than 50 levels"),
        ("a == " + " + ".join(["b"] * 60), "nests more than 50 levels"),
        ("a == b ** 100000000", "the exponent 100000000 is over 1000"),
    ],
)
def test_rule_expressions_are_bounded(tmp_path, capsys, expression, message):
    code, output = check_with_rule(tmp_path, capsys, **{"assert": expression})
    assert code == 2
    one_message(output, "mine.yaml:1:", message)
    assert "[growth]" in output


def test_a_join_without_a_shared_key_is_refused(tmp_path, capsys):
    join = {"a": {"kind": "value"}, "b": {"kind": "value"}, "c": {"kind": "value"}}
    code, output = check_with_rule(tmp_path, capsys, join=join, **{"assert": "a <= b + c"})
    assert code == 2
    one_message(output, "mine.yaml:1:", "join 'b' names no metric, period, of or claim")
    assert "[growth]" in output


# ---------------------------------------------------------------- point 4: nothing lost


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def corpus(tmp_path):
    write(
        tmp_path,
        {
            "claims/good.yaml": GOOD.replace(
                "{id: good, title: A good article}",
                "{id: good, title: A good article, text: sources/good.txt}",
            ),
            "claims/sources/good.txt": "The index rose from 0.65 to 0.91.",
            "claims/metrics.yaml": "metrics:\n  index: {unit: count, description: Index}\n",
            "checker.toml": 'fail-on = "error"\n',
            "article.txt": "The index rose from 0.65 in 2013 to 0.91 in 2022, up 50%.",
            "notes.txt": "my notes",
        },
    )
    return tmp_path


WRITES_ONTO_INPUTS = {
    "report-onto-claim-file": ("check", "claims", "-o", "claims/good.yaml"),
    "report-onto-metrics": ("check", "claims", "-o", "claims/metrics.yaml", "--format", "json"),
    "report-onto-config": ("check", "claims", "--config", "checker.toml", "-o", "checker.toml"),
    "report-onto-source-text": ("check", "claims", "-o", "claims/sources/good.txt", "--force"),
    "baseline-onto-claim-file": ("check", "claims", "--write-baseline", "claims/good.yaml"),
    "audit-onto-claim-file": ("audit", "claims", "-o", "claims/good.yaml", "--force"),
    "review-onto-article": (
        "review",
        "article.txt",
        "--claims",
        "claims/good.yaml",
        "-o",
        "article.txt",
        "--force",
    ),
    "extract-onto-article": ("extract", "article.txt", "-o", "article.txt", "--force"),
    "report-onto-a-file-not-ours": ("check", "claims", "-o", "notes.txt"),
}


@pytest.mark.parametrize("name", sorted(WRITES_ONTO_INPUTS))
def test_no_command_writes_onto_its_inputs(corpus, capsys, monkeypatch, name):
    monkeypatch.chdir(corpus)
    before = snapshot(corpus)
    code, output = outcome(capsys, *WRITES_ONTO_INPUTS[name])
    assert code == 2
    refusal = (
        "exists and was not written by the checker"
        if name == "report-onto-a-file-not-ours"
        else "is one of this command's inputs"
    )
    one_message(output, "checker: ", refusal)
    assert snapshot(corpus) == before


def test_force_replaces_a_file_the_checker_did_not_write(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus)
    code, _ = outcome(capsys, "check", "claims", "-o", "notes.txt", "--force")
    assert code == 1
    assert "[growth]" in (corpus / "notes.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "arguments",
    [
        ("check", "claims", "--format", "text"),
        ("check", "claims", "--format", "json"),
        ("check", "claims", "--format", "sarif"),
        ("check", "claims", "--format", "github"),
        ("check", "claims", "--format", "gitlab"),
        ("check", "claims", "--format", "junit"),
        ("audit", "claims"),
        ("audit", "claims", "--format", "md"),
    ],
)
def test_a_report_the_checker_wrote_is_replaced_without_force(
    corpus, capsys, monkeypatch, arguments
):
    monkeypatch.chdir(corpus)
    inputs = snapshot(corpus)
    for _ in range(2):
        code, output = outcome(capsys, *arguments, "-o", "out.report")
        assert code == 1, output
    assert (corpus / "out.report").stat().st_size > 0
    after = snapshot(corpus)
    assert {k: v for k, v in after.items() if k != "out.report"} == inputs


def test_no_output_lands_on_the_baseline_it_reads(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus)
    assert outcome(capsys, "check", "claims", "--write-baseline", "base.json")[0] == 1
    before = (corpus / "base.json").read_bytes()
    for option in ("--write-baseline", "-o"):
        code, output = outcome(
            capsys, "check", "claims", "--baseline", "base.json", option, "base.json", "--force"
        )
        assert code == 2
        one_message(output, "checker: ", "is one of this command's inputs")
        assert (corpus / "base.json").read_bytes() == before


def test_a_symlink_is_written_through(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus)
    (corpus / "reports").mkdir()
    (corpus / "latest.json").symlink_to("reports/today.json")
    code, _ = outcome(capsys, "check", "claims", "--format", "json", "-o", "latest.json")
    assert code == 1
    assert (corpus / "latest.json").is_symlink()
    assert json.loads((corpus / "reports" / "today.json").read_text())["summary"]["errors"] == 1


def test_a_pipe_is_written_to_directly(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus)
    os.mkfifo(corpus / "pipe")
    received = bytearray()

    import threading

    def read() -> None:
        with open(corpus / "pipe", "rb") as stream:
            received.extend(stream.read())

    reader = threading.Thread(target=read)
    reader.start()
    code, _ = outcome(capsys, "check", "claims", "-o", "pipe")
    reader.join(timeout=30)
    assert code == 1
    assert b"[growth]" in received
    assert (corpus / "pipe").is_fifo()


def test_dev_stdout_is_written_to(corpus):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "checker", "check", "claims", "-o", "/dev/stdout"],
        cwd=corpus,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert done.returncode == 1, done.stderr
    assert "[growth]" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_json_lines_record_longer_than_a_chunk_is_never_cut(tmp_path):
    from checker.loading import plan_chunks

    path = tmp_path / "bulk.jsonl"
    lines = [b'{"a": "' + b"x" * 300 + b'"}\n', b'{"b": 1}\n', b'{"c": "' + b"y" * 250 + b'"}\n']
    path.write_bytes(b"".join(lines))
    chunks = plan_chunks([(path, tmp_path)], chunk_bytes=100)
    pieces = [path.read_bytes()[c.span[0] : c.span[1]] for c in chunks]
    assert b"".join(pieces) == path.read_bytes()
    assert all(piece.endswith(b"\n") for piece in pieces)
    assert [c.span[2] for c in chunks][0] == 1
