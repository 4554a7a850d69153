"""Near misses of stop 35's helpers' readings (branch reviewR): sentences shaped like a change
after "marking a P% increase from", a base in a clause dating it, a gap in points moved to, and
a net of two flows, whose figures are not related as the reading assumes. Each gave a false
error or warning before; the readings' own sentences, with a planted error, are still caught.
Every text here is invented."""

from __future__ import annotations

import pytest

from .text_checks import text_findings


def _flagged(tmp_path, text: str) -> list[str]:
    return [f.rule for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        # the change names, after "in", another quantity than the level's: the referrals rose
        "The clinic saw 1,850 patients in March, marking a 3% rise in referrals from 400 GPs.",
        "The clinic saw 1,850 patients, a 3% rise in referrals from 400 GPs.",
        "The team scored 64 goals this season, marking a 7% increase in shots from 300 last "
        "season.",
        # the figure of the dating clause is a gap to something else, not the base
        "Turnover was £12m, up 20% on 2020, when it was £5m below its peak.",
        # one rate's move and the level it ended at: no two rates for a gap between
        "Labour's support rose 3% to 41%, widening its lead to 6 points.",
        "Support for the mayor rose 2% to 48%, extending her lead over the challenger to 10 "
        "points.",
        "Labour's support rose 3% to 41%, a lead of 6 points.",
        # the net's clause goes on: a net of something else
        "Some 20,000 fans left and 30,000 arrived, a net gain of 12,000 on the season's average.",
        "The club lost 12 members and gained 30, a net gain of 20 after 2 rejoined.",
        # older false errors the same inputs met: a pair of another subject after a bare
        # "while", the second of two alternatives as a level, a count out of its whole as a
        # level "higher than" it
        "The hospital treated 12,400 patients, marking a 4% increase from 2022 while its staff "
        "fell from 900 to 850.",
        "Prices rose 4% or 5%, up from 3% a year earlier.",
        "Some 30 complaints out of 1,000 flights is 3 percent higher than the target.",
        # a finite verb straight after a count names the count as the increase itself
        "The 40 extra buses represent a 20% increase on the fleet of 200.",
        "The 40 new hires represent a 20% increase on last year's intake of 200 graduates.",
        # after "；" the budget's other side, named by the whole's opening words, not its ending
        "全年一般公共预算收入800亿元，其中税收收入600亿元；一般公共预算支出1200亿元。",
        "全年一般公共预算收入800亿元，其中税收收入600亿元；全年一般公共预算支出1200亿元。",
    ],
)
def test_a_near_miss_of_a_reading_is_clean(tmp_path, text):
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "The ferry carried 4,100 riders in June, marking a 20% increase from 3,660 in May.",
            "comparison",
        ),
        # the change names the level's own quantity by another form of its word, or a time
        (
            "The ferry carried 4,100 riders in June, marking a 20% rise in ridership from 3,660 "
            "in May.",
            "comparison",
        ),
        (
            "The ferry carried 4,100 riders in June, marking a 20% rise in June from 3,660 in May.",
            "comparison",
        ),
        ("Attendance averaged 31,800, up 16% on 2015, when it was 30,000.", "comparison"),
        ("In the audit, 12 defects out of 400 parts is 4 percent.", "share"),
        (
            "全年一般公共预算收入800亿元，其中税收收入900亿元；一般公共预算支出1200亿元。",
            "part-whole",
        ),
        (
            "The hospital treated 12,400 patients, while its staff fell from 900 to 850, a 15% "
            "drop.",
            "comparison",
        ),
        (
            "Labour polled 41% and the Conservatives 35%, widening the gap to 8 points.",
            "comparison-points",
        ),
        (
            "Last year 62,000 people left and 90,000 arrived, a net gain of 38,000.",
            "comparison-absolute",
        ),
        (
            "The index lost 120 points and gained 150, a net gain of 50 for the week.",
            "comparison-absolute",
        ),
    ],
)
def test_the_reading_still_catches_its_own_sentence_wrong(tmp_path, text, rule):
    assert rule in _flagged(tmp_path, text)
