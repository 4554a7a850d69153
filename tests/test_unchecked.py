"""Nothing is skipped in silence: a claim no rule could check gets a note saying what it lacked,
the summaries count checked claims, and a user rule whose join could never match is an input
error where it is written."""

import json
from pathlib import Path

from checker.cli import main
from checker.report import markdown
from checker.runner import RunOptions, run

CLAIMS = """\
source: {id: s, title: A story, publisher: A paper}
defaults: {entity: Town}
claims:
  - {id: pop-2023, metric: population, period: 2023, value: "48,210"}
  - {id: pop-2022, metric: population, period: 2022, value: "47,020"}
  - {id: growth, kind: change, metric: population, from: 2022, to: 2023, value: +2.5 %}
  - {id: buses, kind: change, metric: bus_trips, period: 2023, basis: yoy, value: +4.1 %}
  - {id: parks, metric: parks, period: 2023, value: "31"}
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_claim_no_rule_checked_gets_a_note_saying_what_it_lacked(tmp_path):
    write(tmp_path, "claims.yaml", CLAIMS)
    result = run([tmp_path])
    notes = {f.claims[0].claim: f.message for f in result.findings if f.rule == "unchecked"}
    assert set(notes) == {"buses", "parks"}
    assert "a figure of bus trips for 2022 (yoy)" in notes["buses"]
    assert notes["parks"].startswith("no rule could check parks: it would need another figure")
    assert (result.claim_count, result.checked_count, result.unchecked_count) == (5, 3, 2)


RATES = """\
source: {id: s, title: A story, publisher: A paper}
defaults: {entity: Town, metric: levy_rate}
claims:
  - {id: rate-2022, period: 2022, value: 7.4 %}
  - {id: rate-2023, period: 2023, value: 5.4 %}
  - {id: cut, kind: change, from: 2022, to: 2023, value: -27 %}
  - {id: rise, kind: change, from: 2021, to: 2023, value: +3 %}
"""


def test_no_rule_says_a_change_lacks_the_levels_another_rule_checked_it_against(tmp_path):
    """growth takes levels written as numbers, percent-change-of-rate levels written as
    percentages: a change of percentages checked by the one is not "lacking levels" for the
    other. A change whose base period has no level still says what it lacks."""
    write(tmp_path, "claims.yaml", RATES)
    notes = [f for f in run([tmp_path]).findings if f.severity == "info"]
    assert [(f.rule, f.claims[0].claim) for f in notes] == [("unchecked", "rise")]
    assert "levy rate for 2021" in notes[0].message


def test_every_summary_counts_the_checked_claims(tmp_path, capsys):
    write(tmp_path, "claims.yaml", CLAIMS)
    main(["check", str(tmp_path)])
    assert "5 claims from 1 sources in 1 files (3 checked by at least one rule)" in (
        capsys.readouterr().out
    )
    main(["check", "--format", "json", str(tmp_path)])
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert (summary["claims"], summary["checked_claims"], summary["unchecked_claims"]) == (5, 3, 2)
    assert "5 claims from 1 sources in 1 files (3 checked by at least one rule)" in (
        markdown.render(run([tmp_path]))
    )
    main(["check", "--format", "sarif", str(tmp_path)])
    sarif = json.loads(capsys.readouterr().out)
    properties = sarif["runs"][0]["invocations"][0]["properties"]
    assert (properties["checkedClaims"], properties["uncheckedClaims"]) == (3, 2)


def test_runs_in_pieces_count_the_same(tmp_path):
    write(tmp_path, "a.yaml", CLAIMS)
    write(tmp_path, "b.yaml", CLAIMS.replace("id: s,", "id: t,").replace("Town", "Village"))
    one = run([tmp_path])
    pieces = run([tmp_path], RunOptions(jobs=2))
    assert (one.checked_count, one.unchecked_count) == (6, 4)
    assert (pieces.checked_count, pieces.unchecked_count) == (6, 4)


RULE = """\
id: {id}
summary: s
why: w
join:
  change: {{kind: change, form: [percent]}}
  start: {start}
assert: {assertion}
message: m
examples: {{fail: ["[]"], pass: ["[]"]}}
"""


def test_a_user_rule_whose_join_can_never_match_is_an_input_error(tmp_path):
    rules = tmp_path / "rules"
    cases = {
        "binding.yaml": ("u-binding", "{kind: value, metric: change}", "change == start"),
        "attribute.yaml": (
            "u-attribute",
            "{kind: value, metric: change.metirc}",
            "change == start",
        ),
        "path.yaml": ("u-path", "{kind: value, metric: change.metric.parent}", "change == start"),
        "figure.yaml": ("u-figure", "{kind: value, metric: change.metric}", "change.spam == 1"),
        "key.yaml": ("u-key", "{kind: value, metrics: change.metric}", "change == start"),
    }
    for name, (rule_id, start, assertion) in cases.items():
        write(rules, name, RULE.format(id=rule_id, start=start, assertion=assertion))
    write(tmp_path / "claims", "claims.yaml", CLAIMS)
    result = run([tmp_path / "claims"], RunOptions(rule_directories=(rules,)))
    found = {(Path(e.position.file).name, e.position.line): e.message for e in result.input_errors}
    assert set(found) == {
        ("binding.yaml", 6),
        ("attribute.yaml", 6),
        ("path.yaml", 6),
        ("figure.yaml", 7),
        ("key.yaml", 6),
    }, found
    assert "write change.metric" in found[("binding.yaml", 6)]
    assert "'metirc'" in found[("attribute.yaml", 6)]
    assert "'parent'" in found[("path.yaml", 6)]
    assert "change.spam" in found[("figure.yaml", 7)]
    assert main(["check", "--rules", str(rules), str(tmp_path / "claims")]) == 2


def test_a_binding_misspelt_in_a_join_is_an_input_error_at_its_line(tmp_path):
    """'chnage.metric' reads no binding joined before ('change' is): an error at the join's own
    line, not the file's first; a bare 'chnage' written like a binding would match no metric."""
    rules = tmp_path / "rules"
    cases = {
        "path.yaml": "{kind: value, metric: chnage.metric}",
        "bare.yaml": "{kind: value, metric: chnage}",
        "span.yaml": "{kind: value, metric: change.metric, same_dimension: chnge}",
    }
    for name, start in cases.items():
        write(rules, name, RULE.format(id=f"u-{name[:-5]}", start=start, assertion="change == 1"))
    write(tmp_path / "claims", "claims.yaml", CLAIMS)
    result = run([tmp_path / "claims"], RunOptions(rule_directories=(rules,)))
    found = {(Path(e.position.file).name, e.position.line): e.message for e in result.input_errors}
    assert set(found) == {("path.yaml", 6), ("bare.yaml", 6), ("span.yaml", 6)}, found
    assert "did you mean 'change'" in found[("path.yaml", 6)]
    assert "write change.metric" in found[("bare.yaml", 6)]
    assert "did you mean 'change'" in found[("span.yaml", 6)]
