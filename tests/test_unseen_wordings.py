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
    # a wire's adjustment between "to" and the level, then the base
    (
        "Jobless claims rose 9,000 to a seasonally adjusted 231,400 in the latest week, from "
        "228,400 the week before.",
        "Jobless claims rose 3,000 to a seasonally adjusted 231,400 in the latest week, from "
        "228,400 the week before.",
    ),
    # another entity's figure after "than in B, where it is"; a gap in minutes "longer than"
    (
        "A season ticket costs £2,150 in Leeds, 12% higher than in York, where it is £1,700.",
        "A season ticket costs £2,150 in Leeds, 26% higher than in York, where it is £1,700.",
    ),
    (
        "The average journey took 52 minutes in the morning peak, 9 minutes longer than the 38 "
        "minutes in the evening.",
        "The average journey took 52 minutes in the morning peak, 14 minutes longer than the 38 "
        "minutes in the evening.",
    ),
    # a thing at a price that now costs another, after the discount
    (
        "The outlet has knocked 25% off bicycles, so a £640 touring bike now sells for £500.",
        "The outlet has knocked 25% off bicycles, so a £640 touring bike now sells for £480.",
    ),
    # a share between spaced hyphens after its count, of the whole the sentence opened on
    (
        "Of the 1,500 tenants polled, 375 - three in ten - wanted to buy their homes.",
        "Of the 1,500 tenants polled, 450 - three in ten - wanted to buy their homes.",
    ),
    # a rate named before its figure closing a part's clause, a length between
    (
        "Of the 2,400 calls received in May, 2,040 were answered within 30 seconds, an answer "
        "rate of 80%.",
        "Of the 2,400 calls received in May, 2,040 were answered within 30 seconds, an answer "
        "rate of 85%.",
    ),
    # a fiscal year dating the whole, and the first part's owner with a verb of having
    (
        "Of the trust's £480 million budget for 2028-29, surgery takes £190 million and "
        "maternity £70 million, with the remainder, £240 million, going to other wards.",
        "Of the trust's £480 million budget for 2028-29, surgery takes £190 million and "
        "maternity £70 million, with the remainder, £220 million, going to other wards.",
    ),
    # a count of seasons between a factor and its pair
    (
        "Attendances have doubled in four seasons, from 8,200 to 21,500.",
        "Attendances have doubled in four seasons, from 8,200 to 16,500.",
    ),
    # a year's total "in YEAR, or R a day"
    (
        "The helpline took 58,400 calls in 2027, or 190 a day.",
        "The helpline took 58,400 calls in 2027, or 160 a day.",
    ),
    # 共有W, a part, and a rate named by the part's own words
    (
        "全县共有3200名初三学生参加体育考试，满分1900人，满分率为68.5%。",
        "全县共有3200名初三学生参加体育考试，满分1900人，满分率为59.4%。",
    ),
    # the month a new level applies from, between the level and its change in the other form
    (
        "Water bills will rise by 6.2% to £512.40 from April, an increase of £36.80.",
        "Water bills will rise by 6.2% to £512.40 from April, an increase of £29.90.",
    ),
    # 原价X的…售价Y after a discount in 折
    (
        "促销期间，部分冰箱打七折出售，一台原价6000元的冰箱售价5100元。",
        "促销期间，部分冰箱打七折出售，一台原价6000元的冰箱售价4200元。",
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


def test_a_rate_named_otherwise_than_the_part_is_no_share_of_it(tmp_path):
    # 利润率 (a margin) is no share of the firms in profit among all firms
    text = "全市共有规模以上企业5000家，其中盈利企业3000家，利润率为8.2%。"
    assert text_errors(tmp_path, text) == []
