"""Findings that say the same of claims alike (one figure given again: same source, kind,
entity, metric, period and value) are reported once, naming the restatements, merged by what
the claims state, never by message text, and alike whatever the number of jobs."""

from pathlib import Path

import yaml

from checker.runner import RunOptions, run

METRICS = {"metrics": {"trips": {"unit": "1"}, "trips_bus": {"unit": "1", "part_of": "trips"}}}


def write(directory: Path, name: str, claims: list[dict], source: str = "s") -> Path:
    document = {
        "source": {"id": source, "title": f"Story {source}", "publisher": "A paper"},
        "defaults": {"entity": "Harbour City"},
        "claims": claims,
    }
    (directory / name).write_text(yaml.safe_dump(document, sort_keys=False))
    (directory / "metrics.yaml").write_text(yaml.safe_dump(METRICS))
    return directory


WHOLE = {"id": "whole", "metric": "trips", "period": 2022, "value": "3.4 million"}
BUS = {"id": "bus", "metric": "trips_bus", "period": 2022, "value": "4.1 million"}


def errors(result) -> list:
    return [f for f in result.findings if f.severity == "error"]


def test_a_wrong_figure_restated_gets_one_finding_naming_its_restatements(tmp_path):
    again = {**BUS, "id": "bus-again"}
    third = {**BUS, "id": "bus-third"}
    result = run([write(tmp_path, "a.yaml", [WHOLE, BUS, again, third])])
    [error] = errors(result)
    assert error.rule == "part-whole"
    assert [c.claim for c in error.claims] == ["whole", "bus", "bus-again", "bus-third"]
    assert error.message.endswith(
        "(and the same of its restatements: bus-again and bus-third of bus)"
    )


def test_claims_stating_other_values_keep_their_own_findings(tmp_path):
    other = {**BUS, "id": "bus-other", "value": "4.2 million"}
    result = run([write(tmp_path, "a.yaml", [WHOLE, BUS, other])])
    assert sorted(
        tuple(c.claim for c in f.claims) for f in errors(result) if f.rule == "part-whole"
    ) == [
        ("whole", "bus"),
        ("whole", "bus-other"),
    ]


def test_the_same_figure_in_two_sources_is_no_restatement(tmp_path):
    write(tmp_path, "a.yaml", [WHOLE, BUS], source="first")
    write(tmp_path, "b.yaml", [{**WHOLE, "id": "whole-b"}, {**BUS, "id": "bus-b"}], "second")
    result = run([tmp_path])
    # each whole with each part, across the two stories: four findings, each its own
    assert len(errors(result)) == 4
    assert not any("restatements" in f.message for f in result.findings)


def test_restatements_are_merged_alike_in_one_process_and_in_two(tmp_path):
    for number in range(6):
        claims = [
            {**WHOLE, "id": f"whole{number}", "entity": f"Town {number}"},
            {**BUS, "id": f"bus{number}", "entity": f"Town {number}"},
            {**BUS, "id": f"bus{number}-again", "entity": f"Town {number}"},
        ]
        write(tmp_path, f"s{number}.yaml", claims, source=f"s{number}")

    def seen(jobs: int) -> list[tuple]:
        result = run([tmp_path], RunOptions(jobs=jobs))
        return sorted((f.fingerprint, f.message, f.hint, len(f.claims)) for f in result.findings)

    one = seen(1)
    assert sum("restatements" in message for _, message, _, _ in one) == 6
    assert seen(2) == one
