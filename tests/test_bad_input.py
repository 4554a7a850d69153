"""Bad input: one clear message at file:line:column, exit status 2, no traceback, and every
other file still checked."""

from pathlib import Path

import pytest

from checker.cli import main

GOOD = """\
source: {id: good, title: A good article}
defaults: {entity: Beijing}
claims:
  - {id: a, metric: index, period: 2013, value: 0.65, quote: 0.65 in 2013}
  - {id: b, metric: index, period: 2022, value: 0.91, quote: 0.91 in 2022}
"""

HEADER = "source: {id: bad, title: A bad article}\ndefaults: {entity: Beijing}\nclaims:\n"


def check(tmp_path: Path, capsys, files: dict[str, str | bytes], *extra: str) -> tuple[int, str]:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    code = main(["check", str(tmp_path), *extra])
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Traceback" not in output
    return code, output


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": input error: " in line]


CASES = {
    "malformed-yaml": (
        {"bad.yaml": HEADER + "  - {id: c, metric: index, period: 2013, value: 0.65\n"},
        "bad.yaml:5:1",
        "not valid YAML",
    ),
    "malformed-json": (
        {
            "bad.json": '{"source": {"id": "bad", "title": "T"},\n "claims": [\n  {"id": "c",, "metric": "m"}\n]}\n'
        },
        "bad.json:3:",
        "not valid JSON",
    ),
    "malformed-jsonl-line": (
        {
            "bad.jsonl": '{"source": {"id": "bad1", "title": "T"}, "defaults": {"entity": "E"}, "claims": [{"id": "c", "metric": "m", "period": 2020, "value": 1}]}\n{"source": \n'
        },
        "bad.jsonl:2:",
        "not valid JSON",
    ),
    "wrong-type": (
        {
            "bad.yaml": HEADER
            + "  - id: c\n    metric: index\n    period: 2013\n    value: [1, 2]\n"
        },
        "bad.yaml:7:12",
        "'value' should be text or a number",
    ),
    "missing-field": (
        {"bad.yaml": HEADER + "  - id: c\n    period: 2013\n    value: 0.65\n"},
        "bad.yaml:4:5",
        "missing required field 'metric'",
    ),
    "unknown-field": (
        {"bad.yaml": HEADER + "  - id: c\n    metric: index\n    period: 2013\n    valeu: 0.65\n"},
        "bad.yaml:7:12",
        "unknown field 'valeu' (did you mean 'value'?)",
    ),
    "unknown-unit": (
        {
            "bad.yaml": HEADER
            + "  - id: c\n    metric: index\n    period: 2013\n    value: 300 widgets\n"
        },
        "bad.yaml:7:12",
        "unknown unit 'widgets'",
    ),
    "unparsable-value": (
        {"bad.yaml": HEADER + "  - id: c\n    metric: index\n    period: 2013\n    value: lots\n"},
        "bad.yaml:7:12",
        "has no number",
    ),
    "unparsable-period": (
        {
            "bad.yaml": HEADER
            + "  - id: c\n    metric: index\n    period: 2013-Q5\n    value: 0.65\n"
        },
        "bad.yaml:6:13",
        "2013-Q5",
    ),
    "duplicate-id": (
        {
            "bad.yaml": HEADER
            + "  - {id: c, metric: index, period: 2013, value: 0.65}\n  - {id: c, metric: index, period: 2014, value: 0.66}\n"
        },
        "bad.yaml:5:10",
        "claim id 'c' is used twice",
    ),
    "missing-claim-reference": (
        {
            "bad.yaml": HEADER
            + "  - {id: c, metric: index, period: 2013, value: 1 USD, converts: nowhere}\n"
        },
        "bad.yaml:4:",
        "names claim 'bad:nowhere'",
    ),
    "missing-change-reference": (
        {
            "bad.yaml": HEADER
            + "  - {id: c, kind: change, metric: price, from: utility-b, to: utility-a, value: +56 %}\n"
        },
        "bad.yaml:4:",
        "names claim 'bad:utility-b'",
    ),
    "undeclared-part-of": (
        {"metrics.yaml": "metrics:\n  core:\n    unit: CNY\n    part_of: economy\n"},
        "metrics.yaml:4:14",
        "part_of 'economy', which is not declared",
    ),
    "part-of-cycle": (
        {"metrics.yaml": "metrics:\n  a: {unit: CNY, part_of: b}\n  b: {unit: CNY, part_of: a}\n"},
        "metrics.yaml:2:",
        "part_of goes round in a circle",
    ),
    "unit-disagrees-with-metric": (
        {
            "metrics.yaml": "metrics:\n  gdp: {unit: CNY}\n  index: {unit: dimensionless}\n",
            "bad.yaml": HEADER
            + "  - id: c\n    metric: gdp\n    period: 2013\n    value: 160 km**2\n",
        },
        "bad.yaml:7:12",
        "is not measured like metric 'gdp'",
    ),
    "non-utf8": (
        {
            "bad.yaml": (
                HEADER + "  - {id: c, metric: index, period: 2013, value: 0.65, quote: caf\xe9}\n"
            ).encode("latin-1")
        },
        "bad.yaml:4:",
        "is not UTF-8",
    ),
    "empty-file": ({"bad.yaml": ""}, "bad.yaml:1:1", "the file is empty"),
    "alias-bomb": (
        {
            "bad.yaml": "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n"
                for i in range(8)
            )
            + "source: {id: bad, title: T}\nclaims: *i\n"
        },
        "bad.yaml:",
        "expand to more than",
    ),
    "text-outside-corpus": (
        {
            "inner/bad.yaml": "source: {id: bad, title: T, text: ../../outside.txt}\ndefaults: {entity: E}\nclaims:\n  - {id: c, metric: index, period: 2013, value: 0.65}\n"
        },
        "bad.yaml:1:",
        "outside the claims directory",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_clear_message(tmp_path, capsys, case):
    files, position, message = CASES[case]
    if case == "text-outside-corpus":
        (tmp_path.parent / "outside.txt").write_text("0.65", encoding="utf-8")
        tmp_path = tmp_path / "corpus"
        tmp_path.mkdir()
    code, output = check(tmp_path, capsys, files)
    assert code == 2
    errors = error_lines(output)
    assert any(position in line and message in line for line in errors), output
    assert "2 claims from 1 sources" in output or "claims from 2 sources" in output, (
        "the good file was not checked"
    )


def test_a_huge_file_is_refused_without_reading_it(tmp_path, capsys):
    huge = tmp_path / "huge.yaml"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        line = "  - {id: c%d, metric: index, period: 2013, value: 0.65, quote: padding padding padding padding}\n"
        for number in range(560_000):
            handle.write(line % number)
    assert huge.stat().st_size > 50 * 1024 * 1024
    code, output = check(tmp_path, capsys, {})
    assert code == 2
    assert any(
        "huge.yaml:1:1" in line and "over the 20 MB limit" in line for line in error_lines(output)
    )
    assert "2 claims from 1 sources" in output


def test_a_missing_path_is_bad_input(tmp_path, capsys):
    code, output = check(tmp_path, capsys, {}, str(tmp_path / "nowhere.yaml"))
    assert code == 2
    assert any(
        "nowhere.yaml:1:1" in line and "no such file" in line for line in error_lines(output)
    )


def test_text_outside_the_corpus_is_accepted_when_allowed(tmp_path):
    from checker.loading import LoadOptions, load_corpus

    (tmp_path / "outside.txt").write_text("rising from 0.65 in 2013", encoding="utf-8")
    inner = tmp_path / "corpus"
    inner.mkdir()
    (inner / "a.yaml").write_text(
        "source: {id: a, title: T, text: ../outside.txt}\ndefaults: {entity: E}\n"
        "claims:\n  - {id: c, metric: index, period: 2013, value: 0.65}\n",
        encoding="utf-8",
    )
    assert load_corpus([inner]).errors
    corpus = load_corpus([inner], LoadOptions(allow_text_outside=True))
    assert corpus.errors == [] and len(corpus.claims) == 1


def test_nothing_the_user_wrote_is_changed(tmp_path, capsys):
    files = {"bad.yaml": HEADER + "  - {id: c, metric: index, period: 2013, value: lots}\n"}
    check(tmp_path, capsys, files)
    assert (tmp_path / "bad.yaml").read_text(encoding="utf-8") == files["bad.yaml"]
    assert (tmp_path / "good.yaml").read_text(encoding="utf-8") == GOOD


def test_a_yaml_alias_that_loops_is_refused(tmp_path, capsys):
    looping = "source: {id: bad, title: T}\ndefaults: {entity: E}\nclaims: &loop\n  - {id: c, metric: m, period: 2013, value: 1}\n  - *loop\n"
    code, output = check(tmp_path, capsys, {"bad.yaml": looping})
    assert code == 2
    assert any("bad.yaml:3:9" in line and "cannot loop" in line for line in error_lines(output)), (
        output
    )


def test_each_field_is_placed_where_it_was_written_and_claims_written_alike_share_places(
    tmp_path,
):
    from checker.loading import load_corpus

    (tmp_path / "a.yaml").write_text(
        "source: {id: a, title: T}\n"
        "defaults:\n"
        "  entity: E\n"
        "  metric: index\n"
        "claims:\n"
        "  - id: c1\n"
        "    period: 2013\n"
        "    value: 0.65\n"
        "  - id: c2\n"
        "    period: 2014\n"
        "    value: 0.7\n",
        encoding="utf-8",
    )
    first, second = load_corpus([tmp_path]).claims
    # (line, column) of each field: its own, or the defaults' line above the claims
    assert [(p.line, p.column) for p in map(first.at, ("id", "value", "metric"))] == [
        (6, 9),
        (8, 12),
        (4, 11),
    ]
    assert [(p.line, p.column) for p in map(second.at, ("id", "value", "metric"))] == [
        (9, 9),
        (11, 12),
        (4, 11),
    ]
    assert first.at("quote") == first.position  # not written: the claim's own place
    assert first.field_places is not second.field_places  # the defaults are not as far above
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, title: T}\n"
        "claims:\n"
        "  - {id: c1, entity: E, metric: index, period: 2013, value: 0.65}\n"
        "  - {id: c2, entity: E, metric: index, period: 2014, value: 0.70}\n",
        encoding="utf-8",
    )
    first, second = load_corpus([tmp_path]).claims
    assert first.field_places is second.field_places
    assert (first.at("value").line, second.at("value").line) == (3, 4)
