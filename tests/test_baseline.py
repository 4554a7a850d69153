"""A baseline silences known findings by fingerprint: a claim moving within its file stays
silenced, a new finding is reported."""

import json

from checker.cli import main

CLAIMS = [
    "  - {id: a, metric: m, period: 2013, value: 0.65}",
    "  - {id: b, metric: m, period: 2022, value: 0.91}",
    "  - {id: c, kind: change, metric: m, from: 2013, to: 2022, value: +30.33 %}",
]
HEADER = "source: {id: s, title: T}\ndefaults: {entity: E}\nclaims:\n"


def write(path, lines):
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def findings(capsys):
    return json.loads(capsys.readouterr().out)


def test_baseline_keeps_old_findings_quiet_and_reports_new_ones(tmp_path, capsys):
    corpus, baseline = tmp_path / "corpus", tmp_path / "baseline.json"
    corpus.mkdir()
    write(corpus / "a.yaml", CLAIMS)
    assert main(["check", str(corpus), "--write-baseline", str(baseline), "--format", "json"]) == 1
    recorded = findings(capsys)["findings"]
    assert {f["rule"] for f in recorded if f["severity"] == "error"} == {"growth"}

    write(corpus / "a.yaml", ["  - {id: pad, metric: other, period: 2000, value: 1}"] + list(reversed(CLAIMS)))
    assert main(["check", str(corpus), "--baseline", str(baseline), "--format", "json"]) == 0
    moved = findings(capsys)
    assert moved["findings"] == [] and moved["summary"]["baselined"] == len(recorded)

    write(corpus / "a.yaml", CLAIMS + ["  - {id: d, kind: cagr, metric: m, from: 2013, to: 2022, value: 9.9 %}"])
    assert main(["check", str(corpus), "--baseline", str(baseline), "--format", "json"]) == 1
    new = findings(capsys)["findings"]
    assert sorted((f["rule"], f["claims"][0]["claim"]) for f in new if f["severity"] == "error") == [("cagr", "d"), ("growth-vs-cagr", "c")]


def test_an_unreadable_baseline_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(HEADER + CLAIMS[0] + "\n", encoding="utf-8")
    (tmp_path / "baseline.json").write_text("not json", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.yaml"), "--baseline", str(tmp_path / "baseline.json")]) == 2
    assert "not a baseline" in capsys.readouterr().err
