"""A baseline silences known findings by fingerprint: a claim moving within its file stays
silenced, a new finding is reported, and a baseline that cannot be read is a usage error."""

import json

import pytest

from checker.cli import main

CLAIMS = [
    "  - {id: a, metric: m, period: 2013, value: 0.65}",
    "  - {id: b, metric: m, period: 2022, value: 0.91}",
    "  - {id: c, kind: change, metric: m, from: 2013, to: 2022, value: +30.33 %}",
]
CAGR = "  - {id: d, kind: cagr, metric: m, from: 2013, to: 2022, value: 9.9 %}"
HEADER = "source: {id: s, title: T}\ndefaults: {entity: E}\nclaims:\n"


def write(path, lines):
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def report(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def corpus(tmp_path):
    directory = tmp_path / "corpus"
    directory.mkdir()
    write(directory / "a.yaml", CLAIMS)
    return directory


def test_baseline_keeps_old_findings_quiet_and_reports_new_ones(corpus, tmp_path, capsys):
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(corpus), "--write-baseline", str(baseline), "--format", "json"]) == 1
    recorded = report(capsys)["findings"]
    assert {f["rule"] for f in recorded if f["severity"] == "error"} == {"growth"}

    # Every claim moves to another line: the finding stays in the baseline.
    write(
        corpus / "a.yaml",
        ["  # a comment line: every claim moves down"] + list(reversed(CLAIMS)),
    )
    assert main(["check", str(corpus), "--baseline", str(baseline), "--format", "json"]) == 0
    moved = report(capsys)
    assert moved["findings"] == [] and moved["summary"]["baselined"] == len(recorded)

    # A new claim brings new findings, which are reported; the old one still is not.
    write(corpus / "a.yaml", CLAIMS + [CAGR])
    assert main(["check", str(corpus), "--baseline", str(baseline), "--format", "json"]) == 1
    new = report(capsys)
    assert sorted(
        (f["rule"], f["claims"][0]["claim"]) for f in new["findings"] if f["severity"] == "error"
    ) == [("cagr", "d"), ("growth-vs-cagr", "c")]
    assert new["summary"]["baselined"] == len(recorded)
    assert not {f["fingerprint"] for f in new["findings"]} & {f["fingerprint"] for f in recorded}


def test_without_the_baseline_the_moved_finding_is_reported(corpus, tmp_path, capsys):
    baseline = tmp_path / "baseline.json"
    main(["check", str(corpus), "--write-baseline", str(baseline), "--format", "json"])
    before = report(capsys)["findings"]
    write(
        corpus / "a.yaml",
        ["  # a comment line: every claim moves down"] + list(reversed(CLAIMS)),
    )
    assert main(["check", str(corpus), "--format", "json"]) == 1
    after = report(capsys)["findings"]
    assert [f["line"] for f in before] != [f["line"] for f in after]
    assert [f["fingerprint"] for f in before] == [f["fingerprint"] for f in after]


def test_the_baseline_file_names_each_finding_for_people(corpus, tmp_path, capsys):
    baseline = tmp_path / "deeper" / "baseline.json"
    write(corpus / "a.yaml", CLAIMS + [CAGR])
    main(["check", str(corpus), "--write-baseline", str(baseline), "--format", "json"])
    findings = report(capsys)["findings"]
    document = json.loads(baseline.read_text(encoding="utf-8"))
    assert document["version"] == 1
    entries = document["findings"]
    assert {
        (e["fingerprint"], e["rule"], e["severity"], e["file"], e["message"]) for e in entries
    } == {(f["fingerprint"], f["rule"], f["severity"], f["file"], f["message"]) for f in findings}
    assert entries == sorted(entries, key=lambda e: (e["file"], e["rule"], e["fingerprint"]))
    assert sorted(p.name for p in baseline.parent.iterdir()) == ["baseline.json"]


def test_the_text_report_says_how_many_were_baselined(corpus, tmp_path, capsys):
    baseline = tmp_path / "baseline.json"
    main(["check", str(corpus), "--write-baseline", str(baseline)])
    written = capsys.readouterr().out
    assert "in the baseline" not in written
    assert main(["check", str(corpus), "--baseline", str(baseline)]) == 0
    out = capsys.readouterr().out
    assert "[growth]" not in out
    assert out.rstrip().endswith("(1 findings left out: they are in the baseline)")


def rules_reported(output_format: str, out: str) -> list[str]:
    if output_format == "sarif":
        return [r["ruleId"] for r in json.loads(out)["runs"][0]["results"]]
    if output_format == "gitlab":
        return [issue["check_name"] for issue in json.loads(out)]
    return [line.split(",title=", 1)[1].split("::", 1)[0] for line in out.splitlines()]


@pytest.mark.parametrize("output_format", ["sarif", "gitlab", "github"])
def test_every_format_leaves_baselined_findings_out(corpus, tmp_path, capsys, output_format):
    baseline = tmp_path / "baseline.json"
    main(["check", str(corpus), "--write-baseline", str(baseline), "--format", output_format])
    assert rules_reported(output_format, capsys.readouterr().out) == ["growth"]
    write(corpus / "a.yaml", CLAIMS + [CAGR])
    main(["check", str(corpus), "--baseline", str(baseline), "--format", output_format])
    assert sorted(rules_reported(output_format, capsys.readouterr().out)) == [
        "cagr",
        "growth-vs-cagr",
    ]


def test_the_fingerprint_ignores_the_figures_themselves(corpus, tmp_path, capsys):
    """Rule, message template and claims: a corrected-but-still-wrong figure stays baselined."""
    baseline = tmp_path / "baseline.json"
    main(["check", str(corpus), "--write-baseline", str(baseline), "--format", "json"])
    capsys.readouterr()
    write(corpus / "a.yaml", CLAIMS[:2] + [CLAIMS[2].replace("+30.33 %", "+31 %")])
    assert main(["check", str(corpus), "--baseline", str(baseline), "--format", "json"]) == 0
    assert report(capsys)["summary"]["baselined"] == 1


def test_a_run_never_writes_onto_the_baseline_it_reads(corpus, tmp_path, capsys):
    """Refreshing a baseline is two files: the run reads one and writes the other."""
    baseline, fresh = tmp_path / "baseline.json", tmp_path / "fresh.json"
    main(["check", str(corpus), "--write-baseline", str(baseline)])
    capsys.readouterr()
    before = baseline.read_bytes()
    write(corpus / "a.yaml", CLAIMS + [CAGR])
    arguments = ["check", str(corpus), "--baseline", str(baseline), "--format", "json"]
    assert main([*arguments, "--write-baseline", str(baseline)]) == 2
    assert "baseline.json" in capsys.readouterr().err
    assert baseline.read_bytes() == before
    assert main([*arguments, "--write-baseline", str(fresh)]) == 1
    assert report(capsys)["summary"]["baselined"] == 1
    assert len(json.loads(fresh.read_text(encoding="utf-8"))["findings"]) == 3  # all of them
    assert main(["check", str(corpus), "--baseline", str(fresh)]) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a baseline written by --write-baseline"),
        ("[1, 2]", "not a baseline written by --write-baseline"),
        ('{"version": 1, "findings": [{"rule": "growth"}]}', "entry 1 has no 'fingerprint'"),
        ('{"version": 99, "findings": []}', "baseline version 99"),
        (None, "cannot read the baseline"),
    ],
)
def test_a_baseline_that_cannot_be_read_is_a_usage_error(
    corpus, tmp_path, capsys, content, message
):
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    assert main(["check", str(corpus), "--baseline", str(baseline)]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_a_baseline_that_cannot_be_written_is_a_usage_error(corpus, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["check", str(corpus), "--write-baseline", str(blocker / "baseline.json")]) == 2
    assert "cannot write the baseline" in capsys.readouterr().err
