"""Relations the README listed as left by stop 36 (issue 14), read since: a change across
sentences by a percentage or from a peak, and the kinds after it. Invented sentences only,
each a wrong one (an error) and a right one (nothing), and the look-alikes left alone."""

from __future__ import annotations

import pytest

from .text_checks import text_severities

# ---------------------------------------------------------------- a change across sentences


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The tram carried 4,100 riders in June. It was up 20% from 3,660 in May.",
            "The tram carried 4,100 riders in June. It was up 12% from 3,660 in May.",
        ),
        (
            "The library lent 8,400 books in 2025. Books rose by 5% from last year's 7,000.",
            "The library lent 8,400 books in 2025. Books rose by 20% from last year's 7,000.",
        ),
        (
            "The pool sold 2,000 tickets in August. That was down 8% from its peak of 2,400.",
            "The pool sold 2,208 tickets in August. That was down 8% from its peak of 2,400.",
        ),
        (
            "The rink sold 2,000 passes in May. It was down 100 from its record high of 2,600.",
            "The rink sold 2,000 passes in May. It was down 600 from its record high of 2,600.",
        ),
    ],
)
def test_a_change_by_a_percentage_or_from_a_peak_after_the_level_before(tmp_path, wrong, right):
    """ "It rose by 12% from 3,660": a change by a percentage runs from the base it names to the
    one level of the sentence before, as a change by an amount does; "from its peak of" names
    the base too."""
    assert "error" in text_severities(tmp_path, wrong)
    assert text_severities(tmp_path, right) == []


@pytest.mark.parametrize(
    "text",
    [
        # a word of the same stem only: the drafter's reading, a note at most
        "The fair had 5,200 attendees in May. Attendance went up by 40% from 4,600 in April.",
        # another quantity after the level of riders
        "The tram carried 4,100 riders in June. Fares rose by 20% from 3,660 in May.",
        # a base counting another thing
        "The tram carried 4,100 riders in June. It was up 20% from 3,660 trips in May.",
        # a change in points, not a percentage of the level
        "The tram carried 4,100 riders in June. It was up 2 points from 3,660 in May.",
    ],
)
def test_a_change_by_a_percentage_the_text_does_not_tie_gives_no_error(tmp_path, text):
    assert "error" not in text_severities(tmp_path, text)
    assert "warning" not in text_severities(tmp_path, text)


# ---------------------------------------------------------------- a Chinese multiple of a time


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "去年全县油菜产量150万吨，今年达到450万吨，是上年的2倍。",
            "去年全县油菜产量150万吨，今年达到450万吨，是上年的3倍。",
        ),
        (
            "2024年全市税收20亿元，2025年税收50亿元，是上年的4倍。",
            "2024年全市税收20亿元，2025年税收50亿元，是上年的2.5倍。",
        ),
        (
            "上年同期客流量为80万人次，今年二季度客流量120万人次，为上年同期的3倍。",
            "上年同期客流量为80万人次，今年二季度客流量120万人次，为上年同期的1.5倍。",
        ),
    ],
)
def test_a_chinese_multiple_of_a_level_named_apart(tmp_path, wrong, right):
    """ "是上年的3倍" with last year's level in a clause of its own: the level over that one."""
    assert "error" in text_severities(tmp_path, wrong)
    assert text_severities(tmp_path, right) == []


@pytest.mark.parametrize(
    "text",
    [
        # another quantity last year: this year's imports against last year's, not given
        "去年出口额300亿元，今年进口额900亿元，是上年的2倍。",
        # the year before the level's is not the year the other clause writes
        "2021年全市税收20亿元，2025年税收50亿元，是上年的2倍。",
        # a growth by a multiple, not a multiple of the level
        "去年全县油菜产量150万吨，今年达到450万吨，比上年增长5倍。",
    ],
)
def test_a_chinese_multiple_the_text_does_not_tie_gives_no_error(tmp_path, text):
    assert "error" not in text_severities(tmp_path, text)
    assert "warning" not in text_severities(tmp_path, text)


# ---------------------------------------------------------------- parts that cannot overlap


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "全县工业产值800亿元，其中重工业500亿元，轻工业350亿元。",
            "全县工业产值800亿元，其中重工业500亿元，轻工业250亿元。",
        ),
        (
            "全区在园幼儿6000人，其中公办幼儿园3500人，民办幼儿园2800人。",
            "全区在园幼儿6000人，其中公办幼儿园3500人，民办幼儿园2400人。",
        ),
        (
            "Of the 2,000 permits sought, 1,300 were granted and 900 refused.",
            "Of the 2,000 permits sought, 1,300 were granted and 500 refused.",
        ),
        (
            "The academy has 900 trainees, of whom 600 train full-time and 350 part-time.",
            "The academy has 900 trainees, of whom 600 train full-time and 250 part-time.",
        ),
        (
            "The 700 spectators included 400 adults and 350 children.",
            "The 700 spectators included 400 adults and 250 children.",
        ),
    ],
)
def test_parts_of_kinds_that_cannot_overlap_add_up_to_at_most_their_whole(tmp_path, wrong, right):
    """其中重工业…，轻工业…: parts the text marks as parts and names by kinds no member of one is
    of another add up to at most their whole (no known complete set: the rest may be left)."""
    assert "error" in text_severities(tmp_path, wrong)
    assert text_severities(tmp_path, right) == []


@pytest.mark.parametrize(
    "text",
    [
        # topics of complaints may overlap: one complaint about both
        "Of the 1,500 complaints, 800 were about noise, 500 about parking and 400 about litter.",
        # what the parts are with, not what they are
        "Of the 1,000 homes, 600 were homes with children and 500 with adults over 70.",
        # kinds the text does not mark as parts of the figure
        "The plant made 800 tonnes of heavy goods and 500 tonnes of light goods, 900 in all.",
        # a Chinese part not opening on its kind
        "全区投诉1000件，其中涉及公办学校的600件，民办学校500件。",
        # groups' own averages under an average: no parts adding up to it
        "全镇职工月均工资5000元，其中全日制职工4900元，非全日制职工2600元。",
        "The median salary was $42,000, with full-time staff on $41,000 and part-time $19,000.",
    ],
)
def test_parts_that_may_overlap_give_no_error(tmp_path, text):
    assert "error" not in text_severities(tmp_path, text)
    assert "warning" not in text_severities(tmp_path, text)
