"""Near misses of wordings read in issue 14, invented for review: a sentence that looks like one
of them but relates figures of other things gives no error or warning, while the wording itself
is still checked. A rate closing a part's clause that is of another whole or an aim ("a target
rate of 95%"); the figure of "than in B, where ..." of another quantity or year; a change of a
subject before what moved it ("rose 12%, helped by cutting the £120 parka to £84"); a word of
no change before a base named after the level ("unchanged at 4.1%, compared with 3.8% a year
earlier": no change from the last level, whatever the base was); a second change naming its own
base after a doubling (比2016年的240万吨翻了一番，比上年增长6%); a rate per day with a span of its
own after it ("in 2025, or 150 a day in August")."""

from __future__ import annotations

import pytest

from .text_checks import text_errors, text_findings

UNRELATED = [
    # a rate of an aim or of another whole after a part's clause
    "Of the 24,000 flights, 21,600 left on time, a target rate of 95%.",
    "Of the 900 firms asked, 90 had cut jobs, a national rate of 14%.",
    # the other place's figure is of another quantity, or of another year
    "Rents in Leeds average £1,150, 20% higher than in Hull, where the wage is £1,900.",
    "Median pay in York is £2,450, 6% higher than in Hull, where it was £1,950 in 2016.",
    # the change is its subject's; the moved price is what helped it
    "Profits rose 15%, helped by cutting the £200 jacket to £150 for the spring sale.",
    "Sales fell 6% as the chain stopped cutting a £80 kettle to £60 in March.",
    "Revenue rose 9%, driven by raising the £40 membership fee to £52.",
    # a word of no change is against the last level, not the base named after the level
    "The vacancy rate was unchanged at 5.2% in June, compared with 4.6% a year earlier.",
    "The central bank kept its policy rate unchanged at 3.75%, against 4.5% a year ago.",
    "The county left its bin charge unchanged at £60 a year, against £45 in 2022.",
    # a second change naming its own base (比上年) is not against the doubling's base
    "该市蔬菜产量达到480万吨，比2016年的240万吨翻了一番，比上年增长6%。",
    # a rate with a span of its own after it is no average of the year's total
    "The line carried 21,900 cyclists in 2025, or 150 a day in August.",
]


@pytest.mark.parametrize("text", UNRELATED)
def test_figures_of_other_things_give_no_error_or_warning(tmp_path, text):
    flagged = [f.message for f in text_findings(tmp_path, text) if f.severity != "info"]
    assert flagged == [], text


# the wordings themselves, wrong: still errors
STILL_CHECKED = [
    "Of the 24,000 flights, 21,600 left on time, a punctuality rate of 95%.",
    "Rents in Leeds average £1,150, 20% higher than in Hull, where the rent is £850.",
    "Rents in Leeds average £1,150, 20% higher than in Hull, where it is £850.",
    "Staff won a 10% rise, lifting a £20,450 salary to £24,750.",
    "The shop is cutting the £200 jacket to £150, a 20% discount.",
    "该市蔬菜产量达到480万吨，比2016年的240万吨增长60%。",
    "The line carried 21,900 cyclists in 2025, or 150 a day.",
]


@pytest.mark.parametrize("text", STILL_CHECKED)
def test_the_wordings_themselves_are_still_checked(tmp_path, text):
    assert text_errors(tmp_path, text), text
