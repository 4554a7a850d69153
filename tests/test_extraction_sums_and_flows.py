"""Totals, parts and flows news writes in one sentence (branch partsL): a net flow beside the
flows in and out it is left of, parts announced by "including", "of which" whose sum exceeds
the whole. Every text here is invented."""

from __future__ import annotations

import pytest

from .text_checks import text_errors


@pytest.mark.parametrize(
    "text, rules",
    [
        # a flow in and a flow out named before their figures, what is left of them "net"
        (
            "The club sold players for £30m and bought for £45m, a net spend of £25m.",
            ["comparison-absolute"],
        ),
        ("The club sold players for £30m and bought for £45m, a net spend of £15m.", []),
        ("Inflows were €12bn and outflows €15bn, a net outflow of €5bn.", ["comparison-absolute"]),
        ("Inflows were €12bn and outflows €15bn, a net outflow of €3bn.", []),
        ("全年迁入人口8.2万人，迁出人口5.1万人，净迁入4.1万人。", ["comparison-absolute"]),
        ("全年迁入人口8.2万人，迁出人口5.1万人，净迁入3.1万人。", []),
        # a verb's subject names who moves the money, it does not narrow the flow
        (
            "Savers put $80m into the scheme and withdrew $50m, a net inflow of $40m.",
            ["comparison-absolute"],
        ),
        ("Savers put $80m into the scheme and withdrew $50m, a net inflow of $30m.", []),
        # flows of people named by the verb after their figure (branch relM)
        ("Some 5,000 people left and 3,000 arrived, a net loss of 3,000.", ["comparison-absolute"]),
        ("Some 5,000 people left and 3,000 arrived, a net loss of 2,000.", []),
        (
            "About 4,100 families moved out and 6,300 moved in, a net gain of 1,200.",
            ["comparison-absolute"],
        ),
        ("About 4,100 families moved out and 6,300 moved in, a net gain of 2,200.", []),
        (
            "In 2031, 12,000 emigrated while 15,500 immigrated, a net inflow of 4,500.",
            ["comparison-absolute"],
        ),
        ("In 2031, 12,000 emigrated while 15,500 immigrated, a net inflow of 3,500.", []),
        # flows of two different things, a flow denied, flows of two times: no net of them
        (
            "Last year 8,000 workers left and 9,500 students arrived, a net gain of 500 residents.",
            [],
        ),
        ("Some 5,000 people never left and 3,000 arrived, a net loss of 3,000.", []),
        ("About 700 left in March and 900 arrived in April, a net gain of 400.", []),
        # flows after their verbs, read as changes, then their net (branch relM)
        (
            "The region lost 1,200 jobs and gained 1,500, a net gain of 500.",
            ["comparison-absolute"],
        ),
        ("The region lost 1,200 jobs and gained 1,500, a net gain of 300.", []),
        ("The fund added $80m and lost $50m, a net gain of $40m.", ["comparison-absolute"]),
        ("The fund added $80m and lost $50m, a net gain of $30m.", []),
        # flows of two things, of two times, or in percent (which compound): no net of them
        ("The region lost 1,200 jobs and gained 1,500 firms, a net gain of 500.", []),
        ("The region lost 1,200 jobs in May and gained 1,500 in June, a net gain of 500.", []),
        ("Shares lost 1.2% and gained 1.5%, a net gain of 0.5%.", []),
    ],
)
def test_a_net_flow_is_the_gap_between_the_flows_in_and_out(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        # parts named alike by one preposition may still overlap ("400 in wards and 250 in
        # intensive care units"): the text does not state they cannot, so no error
        ("The county employs 1,200 nurses, including 700 in hospitals and 600 in care homes.", []),
        ("The fund paid out $90m, of which $60m went to schools and $45m to clinics.", []),
        ("Exports totalled £5.2bn, including £3.1bn of machinery and £2.4bn of chemicals.", []),
        # one of each sex: no person is both, though some (children) may be neither
        ("Of the 2,000 adults, 1,250 were women and 950 men.", ["parts-within"]),
        ("Of the 1,500 people treated, 600 were men and 500 women.", []),
        ("The school has 900 pupils, of whom 500 are boys and 480 are girls.", ["parts-within"]),
        # parts that may overlap, or of their own times, are no parts of one dimension
        ("The club has 420 members, including 300 women and 200 over-65s.", []),
        ("The bank lent $90m, including $60m in 2030 and $45m in 2031.", []),
        ("The bank lent $90m, including $60m in March and $45m in May.", []),
        # things not written alike may be of two dimensions, or one inside the other
        ("The county has 1,200 nurses, including 700 in hospitals and 600 in the north.", []),
        ("Revenue was $90m, including $60m from Europe and $45m from the euro zone.", []),
    ],
)
def test_parts_of_one_dimension_add_up_to_at_most_their_whole(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        # one share for each sex of one whole, in either order: at most 100 % together
        ("Women made up 58% of voters and men 46%.", ["shares-within"]),
        ("Women made up 52% of voters and men 46%.", []),
        ("Some 56% of voters were men and 52% women.", ["shares-within"]),
        ("Some 46% of voters were men and 52% women.", []),
        ("Boys made up 55% of the pupils and girls 53%.", ["shares-within"]),
        ("男性占受访者的59%，女性占51%。", ["shares-within"]),
        ("男性占受访者的49%，女性占51%。", []),
        # the sexes naming two wholes, or two wholes named: no shares of one whole
        ("The poll found 57% of male voters and 55% of female voters backed the plan.", []),
        ("Men were 70% of the nurses and women 60% of the doctors.", []),
        # rates of each sex, no shares of a whole
        ("Turnout was 58% among women and 56% among men.", []),
    ],
)
def test_shares_of_each_sex_of_one_whole_add_up_to_at_most_all_of_it(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules


@pytest.mark.parametrize(
    "text",
    [
        "The charity fed 900 people, including 600 in Britain and 500 in London.",
        "The bank lent $70m, of which $50m went to Texas and $30m to Houston.",
    ],
)
def test_parts_named_by_their_names_may_lie_one_inside_the_other(tmp_path, text):
    """Places and bodies named by their names may nest (London is in Britain): their sum
    past the whole is no error."""
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "每个班有40名学生，共有12个班，合计480名学生。",
        "Each of the 4 teams has 12 players, 48 in total.",
    ],
)
def test_the_size_of_each_thing_and_their_count_are_no_parts_of_a_sum(tmp_path, text):
    """ "每个班有40名学生，共有12个班，合计480名": a size and a count make a product, not a sum of
    40 and 12 (a false error before)."""
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a state after a part, not a place or a kind: parts that may overlap
        "The outbreak has infected 450 people, including 300 in hospitals and 200 in intensive care.",
        "The charity helped 800 families, of which 500 were in cities and 400 were in debt.",
        "The plant employs 1,000 people, including 700 in production and 400 in shifts at night.",
        # two shares of each sex of two wholes, the second named after its share
        "男性占受访者的49%，女性占55%的受访家庭。",
        # counts in two classifiers: showings and admissions, neither a part of the other
        "全年共放映电影120万场，其中观众超过10亿人次。",
        # a share's pair of levels, then the growth of the amount the share is of
        "第三产业增加值比重从上年的52.0%上升到54.5%，增加值增长5.8%。",
        "第三产业增加值比重从上年的52.0%上升到54.5%，比上年提高2.5个百分点，增加值增长5.8%。",
    ],
)
def test_near_misses_of_parts_and_shares_are_no_errors(tmp_path, text):
    """Invented near misses of the readings of parts within a whole, shares of each sex and a
    share's change (review of stop 34): each gave a false error."""
    assert text_errors(tmp_path, text) == []


def test_a_share_clause_keeps_its_change_in_points(tmp_path):
    """The share's own change, in points, is still checked against its pair."""
    text = "第三产业增加值比重从上年的52.0%上升到54.5%，比上年提高3.5个百分点，增加值增长5.8%。"
    assert [f.rule for f in text_errors(tmp_path, text)] != []


def test_a_net_flow_of_a_group_named_after_it_is_no_net_of_all(tmp_path):
    """ "net migration among students" is a narrower quantity than immigration less emigration
    of everyone: a false comparison-absolute error before."""
    text = (
        "Immigration rose to 700,000 and emigration to 300,000, while net migration among "
        "students was 100,000."
    )
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "全年迁入人口12万人，迁出人口5万人，其中净迁入省外人口3万人。",
        "Inflows were €12bn and outflows €15bn in 2023; in 2022 the net outflow was €5bn.",
    ],
)
def test_a_net_flow_set_apart_from_its_flows_is_a_note_at_most(tmp_path, text):
    """A net flow after 其中 (a part of it) or in another clause after a semicolon (maybe of
    another year) is no stated difference of the flows: no error."""
    assert text_errors(tmp_path, text) == []


def test_a_difference_listed_with_its_terms_by_semicolons_is_still_checked(tmp_path):
    assert len(text_errors(tmp_path, "全年出生率11.6‰；死亡率4.5‰；自然增长率9.1‰。")) == 1
