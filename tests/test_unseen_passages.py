"""Checking from text alone on invented passages in wordings the checker was never tuned on
(issue 14), two sets: the second (tests/data/unseen_passages/) exercises one wording of a
relation each: "from X to Y" and "to Y from X", "rose by A a month to Y", a share "up from" an
earlier one, factors (tripled, N-fold, 增长N倍, 是X的N倍), "one in five" and 成, discounts and cuts,
two entities compared, parts ("of which", "among them", "the rest", 其中, 分别), shares of a
total, points, restatements in brackets, rates per day and per head; the third
(tests/data/unseen_passages_3/) wordings and genres neither earlier set uses: wire copy
("climbed to Y from X", "fell A to a seasonally adjusted Y, from an upwardly revised X"),
council budgets, hospital and school figures, sport, transport and science; 统计公报, 新华社 and
财经 styles; the fourth (tests/data/unseen_passages_4/) wordings and genres no earlier set uses:
annual reports, police and fire statistics, admissions, agriculture, tourism, insurance,
elections, 年报, 政府工作报告 and traditional script from Hong Kong, Macao and Taiwan ("N fewer than
a year earlier, a P% decrease", 占...的比重分别为, "claims of A against premiums of B"). A
consistent passage gives no error and no warning; a caught error cites the wrong figure; a miss
is an expected failure, with what the checker does not read yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.text_checks import PassagePairs, flagged_or_refused

DATA = Path(__file__).parent / "data"
# each set and how many pairs it holds
SETS = [
    (PassagePairs(DATA / "unseen_passages"), range(50, 100)),
    (PassagePairs(DATA / "unseen_passages_3"), range(30, 41)),
    (PassagePairs(DATA / "unseen_passages_4"), range(30, 41)),
]


@pytest.mark.parametrize("pairs, size", SETS, ids=lambda v: getattr(v, "folder", v))
def test_every_erroneous_passage_is_a_copy_of_a_clean_one_with_one_change(pairs, size):
    assert len(pairs.clean) in size
    pairs.assert_pairs_differ_by_one_change()


@pytest.mark.parametrize("pairs, name", [c for pairs, _ in SETS for c in pairs.clean_cases()])
def test_a_consistent_passage_gives_no_error_or_warning(pairs, name):
    assert flagged_or_refused(pairs.folder / f"{name}.txt") == []


@pytest.mark.parametrize("pairs, name", [c for pairs, _ in SETS for c in pairs.error_cases()])
def test_the_error_names_the_wrong_figure(pairs, name):
    pairs.assert_error_cites_the_wrong_figure(name)


def test_a_time_after_a_chinese_comma_dates_the_next_clause_not_the_figure_before_it():
    from checker.extraction import extract_text

    text = "今年一季度全市快递业务量达到9600万件，是2021年同期3200万件的3倍。"
    periods = {c.value: c.period for c in extract_text(text).claims if c.kind == "value"}
    assert periods["9600 万"] is None and periods["3200 万"] == "2021"
