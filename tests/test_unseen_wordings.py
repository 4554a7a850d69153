"""Relations in wordings the unseen passages showed the checker missing (issue 14), each tried
in invented sentences of other wordings than the passages': a wrong figure gives an error, the
right one nothing. A share closing a part's clause ("Of the 800 asked, 190 said ..., about one
in four"); 中 closing a whole, its share in 成 or per cent and the count after 共计; a share said
to be the whole's ("a sample of 640 adults the proportion was 45%, or 288"); a verb moving a
priced thing to another price ("cutting the £2.50 fare to £2"); the counted going to someone
before the base ("2,400 meals to pensioners in March, against 2,000"); and "nearly" on a fall,
which bounds its size from below as it bounds a rise's."""

from __future__ import annotations

import pytest

from .text_checks import text_errors, text_findings

# (wrong, right): one sentence twice, the first with one figure the relation contradicts
PAIRS = [
    # a share closing the clause of a part of the whole the sentence opened on
    (
        "Of the 800 nurses asked, 250 said they planned to leave, about one in four.",
        "Of the 800 nurses asked, 190 said they planned to leave, about one in four.",
    ),
    (
        "Of the 2,000 households surveyed, 310 owned no car and 520 had no garden, roughly one "
        "in five.",
        "Of the 2,000 households surveyed, 310 owned no car and 410 had no garden, roughly one "
        "in five.",
    ),
    # a whole closed by 中, its share and the count that share makes
    (
        "参加体检的2400名职工中，约三成血脂偏高，共计960人。",
        "参加体检的2400名职工中，约三成血脂偏高，共计720人。",
    ),
    (
        "报名的500名学生中，40%选择了理科，共260人。",
        "报名的500名学生中，40%选择了理科，共200人。",
    ),
    # a share said to be the whole's, with the count it makes
    (
        "In a sample of 640 adults the proportion was higher, at 45%, or 320 people.",
        "In a sample of 640 adults the proportion was higher, at 45%, or 288 people.",
    ),
    # a verb moving a priced thing from one price to another, and the change between them
    (
        "The council is cutting the £2.50 bus fare to £1.80, a 20% reduction.",
        "The council is cutting the £2.50 bus fare to £1.80, a 28% reduction.",
    ),
    (
        "The shop is marking down a £60 kettle to £45, a cut of 35%.",
        "The shop is marking down a £60 kettle to £45, a cut of 25%.",
    ),
    # the counted went to someone, then the time, then the base
    (
        "The charity delivered 2,400 meals to pensioners in March, against 2,000 a year "
        "earlier, a rise of 35%.",
        "The charity delivered 2,400 meals to pensioners in March, against 2,000 a year "
        "earlier, a rise of 20%.",
    ),
    # "nearly" on a fall: a fall of 44% is more than "nearly 40%"
    (
        "Ticket sales fell nearly 40% over the season, from 5,000 to 2,800.",
        "Ticket sales fell nearly 40% over the season, from 5,000 to 3,050.",
    ),
]


@pytest.mark.parametrize(("wrong", "right"), PAIRS)
def test_the_wrong_figure_gives_an_error_and_the_right_one_nothing(tmp_path, wrong, right):
    assert text_errors(tmp_path, wrong), wrong
    flagged = [f.message for f in text_findings(tmp_path, right) if f.severity != "info"]
    assert flagged == [], right


def test_a_price_moved_by_a_verb_is_no_pair_when_no_price_follows_to(tmp_path):
    # "to" opens a purpose here, no later price: no change between the two amounts
    text = "The firm is cutting a £120 million deal to sell its stores, worth £90 million."
    assert text_errors(tmp_path, text) == []


def test_a_temperature_restated_in_another_scale_is_no_conflict(tmp_path):
    # 21.5C is 70.7F: an offset apart as well as a factor, which the checker cannot compare
    text = "Temperatures in the city reached 21.5C (70.7F) on Monday, a record for May."
    assert [f.message for f in text_findings(tmp_path, text) if f.severity != "info"] == []
