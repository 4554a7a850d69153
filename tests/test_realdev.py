"""Extraction from raw text against the real published passages of ../shared/realdev (issue 14).

The scores come from bench/realdev_score.py (the same code the benchmark prints). What holds is
asserted; the issue's targets not met yet are strict xfails with the figures of today, so that
reaching one (or falling back) fails the run and the marker is updated with the change.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realdev_score as rs  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (rs.REALDEV / "expected.tsv").is_file(), reason="../shared/realdev is not beside the repo"
)


@pytest.fixture(scope="module")
def cases() -> list[rs.Case]:
    return rs.load_cases()


@pytest.fixture(scope="module")
def groups(cases) -> dict[str, rs.Totals]:
    return rs.evaluate(cases, rs.read_split())


def test_the_split_file_is_reproducible_from_its_seed(cases):
    written = rs.SPLIT_FILE.read_text(encoding="utf-8")
    assert f"# seed: {rs.SPLIT_SEED}" in written
    assert rs.split_text(cases, rs.SPLIT_SEED) == written
    test = rs.read_split()
    assert abs(len(test) - len(cases) / 3) <= 2  # a third, rounded within each stratum
    # Stratified: each language and each expected verdict is in both splits.
    for language in ("en", "zh"):
        for status in (0, 1):
            stratum = {c.name for c in cases if (c.language, c.exit_status) == (language, status)}
            assert stratum & test and stratum - test, (language, status)


def test_another_seed_draws_another_split(cases):
    assert rs.choose_test_split(cases, rs.SPLIT_SEED + 1) != rs.choose_test_split(cases)


def test_every_label_is_found_in_its_passage(cases):
    # Loading raises on a label text that is not in the passage; every case has mentions.
    assert len(cases) == 82
    assert all(case.mentions for case in cases)
    assert {case.language for case in cases} == {"en", "zh"}


def test_each_label_fix_moves_one_mention_to_the_occurrence_it_names(cases):
    """bench/realdev_label_fixes.yaml (the notes' certain label errors, for --label-fixes):
    each fix places exactly one labelled text, which then stands elsewhere in the passage."""
    fixes = rs.yaml.safe_load(rs.LABEL_FIXES.read_text(encoding="utf-8"))
    fixed = {case.name: case for case in rs.load_cases(label_fixes=True)}
    for fix in fixes:
        before = [m.start for m in next(c for c in cases if c.name == fix["case"]).mentions]
        after = [m.start for m in fixed[fix["case"]].mentions]
        assert before != after and len(before) == len(after), fix


def test_scoring_counts_value_scale_unit_and_qualifier():
    assert rs.read_value("19 yi") == rs.read_value("19 亿")
    assert rs.read_value("+61 %") == rs.read_value("61 %")  # the sign is the links' business
    assert rs.read_value("about 44 %") != rs.read_value("44 %")
    assert rs.read_value("1.4 yi") != rs.read_value("140 million")
    assert rs.read_value("9 million seats") == rs.read_value("9 million")


def test_mentions_do_not_fall_below_todays_scores(groups):
    # Floors a little under today's figures: a regression in reading numbers fails here.
    for group, floor in (("all/en", 0.92), ("all/zh", 0.90)):
        score = groups[group].mentions
        assert score.precision >= floor, (group, score.precision)
        assert score.recall >= floor - 0.05, (group, score.recall)


@pytest.mark.xfail(
    strict=True,
    reason="mention precision/recall 0.95 not reached: today en 0.950/0.947, zh 0.932/0.946",
)
def test_mentions_reach_the_issue_target(groups):
    for group in ("all/en", "all/zh"):
        score = groups[group].mentions
        assert score.precision >= 0.95 and score.recall >= 0.95, group


def test_no_case_exits_2(groups):
    assert groups["all"].exit_2 == []


@pytest.mark.parametrize(
    "split",
    [
        "dev",  # 46/54 today
        pytest.param(
            "test",
            marks=pytest.mark.xfail(strict=True, reason="verdicts right today on test: 20/28"),
        ),
    ],
)
def test_case_verdicts_reach_the_issue_target(groups, split):
    totals = groups[split]
    assert totals.verdicts_right >= 0.85 * totals.cases, split


def test_consistent_cases_are_left_alone(groups):
    totals = groups["all"]
    assert totals.consistent_flagged * 20 <= totals.consistent


@pytest.mark.xfail(
    strict=True,
    reason="relations today: precision 0.86 (0.82 counting the unscored links wrong), recall "
    "0.45 (dev 0.91/0.62, test 0.61/0.16)",
)
def test_relations_reach_the_issue_target(groups):
    score = groups["all"].relations
    assert score.recall >= 0.80 and score.precision >= 0.90


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def test_no_drafted_period_is_absent_from_the_text(cases):
    from checker.extraction import extract_text

    invented = []
    for case in cases:
        for claim in extract_text(case.text).claims:
            for field in (claim.period, claim.start, claim.end):
                invented += [
                    (case.name, claim.id, year)
                    for year in _YEAR.findall(field or "")
                    if year not in case.text
                ]
    assert invented == []
