"""Every hand-encoded real case in ../shared/realdev: `checker check .` inside the case's folder
(its claims.yaml, and metrics.yaml where there is one) must exit with the expected status and,
for an inconsistent case, name the expected figure (expected.tsv: a grep -E pattern, matched
case-insensitively). A consistent case gets no error and no warning. Every case is checked with
the ECB's reference rates shipped with the checker (`--rates ecb`), as a newsroom would run it:
a currency restatement is then judged against real rates, not only left as a note. The passages stay in the
shared folder: nothing of them is copied into the project.

The cases must be there: a checkout without ../shared/realdev beside it fails here, unless
CHECKER_NO_SHARED=1 says the run is outside the checkout's layout (an installed copy's tests)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from checker.cli import main

REALDEV = Path(__file__).resolve().parents[2] / "shared" / "realdev"
# Set to 1 where the tests run outside the checkout's layout, with no ../shared beside them.
OUTSIDE_LAYOUT = "CHECKER_NO_SHARED"

# Cases that need a relation the rules do not have yet, each named precisely.
NOT_YET = {
    "a08-peterborough-examiner-6-a-gram-18-kg-3000": "a value as the product of a rate per unit "
    "and an amount of another metric: rule product checks it once metrics.yaml declares the "
    "link (product_of), which the case as encoded does not, and a join by units alone would "
    "be unsound (README, 'Real published cases, hand-encoded')",
    "a09-toobin-the-nine-327-votes-00000056-percent": "the share's whole is the sum of two "
    "parts stated only for the day before the share's (no recount total is given): no rule "
    "takes a level of another day as the whole",
    "b14-nbs-2018-gdp-revision-table-rounding-note": "an encoding slip, not a checker one: the "
    "quote of share-primary-prelim does not hold its value 7.2 % (the table cell does), and the "
    "quote check says so",
}


def _cases() -> list[tuple[str, int, str]]:
    table = REALDEV / "expected.tsv"
    if not table.is_file():
        return []
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            case, status, pattern = line.split("\t")
            rows.append((case, int(status), pattern))
    return rows


CASES = _cases()


def _param(case: str, status: int, pattern: str):
    marks = [pytest.mark.xfail(reason=NOT_YET[case], strict=True)] if case in NOT_YET else []
    return pytest.param(case, status, pattern, id=case, marks=marks)


def require_the_cases() -> None:
    """Nothing fails in silence: without the cases this test module checks nothing, which is a
    failure unless the run says it is outside the checkout's layout."""
    if CASES:
        return
    if os.environ.get(OUTSIDE_LAYOUT) == "1":
        pytest.skip(f"{OUTSIDE_LAYOUT}=1: the run is outside the checkout's layout")
    pytest.fail(
        f"the hand-encoded real cases are missing: {REALDEV / 'expected.tsv'} is not there. "
        "The checkout's layout has ../shared beside it (link it there), or set "
        f"{OUTSIDE_LAYOUT}=1 to run the tests outside that layout.",
        pytrace=False,
    )


def test_the_real_cases_are_here() -> None:
    require_the_cases()
    assert len(CASES) >= 80


@pytest.mark.parametrize(("case", "status", "pattern"), [_param(*row) for row in CASES])
def test_realdev_case(case: str, status: int, pattern: str, capsys, monkeypatch) -> None:
    monkeypatch.chdir(REALDEV / case)
    code = main(["check", ".", "--rates", "ecb"])
    output = capsys.readouterr()
    report = output.out + output.err
    assert code != 2, report
    assert code == status, report
    if pattern != "-":
        assert re.search(pattern, report, re.IGNORECASE), report
    if status == 0:
        flagged = re.findall(r"^\s*\S+:\d+:\d+: (?:error|warning) \[.*$", report, re.MULTILINE)
        assert flagged == [], flagged


def test_the_expected_table_lists_every_case() -> None:
    require_the_cases()
    folders = {p.name for p in REALDEV.iterdir() if (p / "claims.yaml").is_file()}
    assert {case for case, _, _ in CASES} == folders
    assert set(NOT_YET) <= folders


def test_not_yet_is_short() -> None:
    assert len(NOT_YET) <= 10, "each case here is a relation still to build, not an excuse"
