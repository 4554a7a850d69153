"""A total, the count it is spread over and what each counted thing has, stated in one
sentence (issue 14): an average per counted thing ("an average of 2.9 a game", "each", 户均)
or a size of each ("each of the 4 teams has 12 players", 每个班有40名学生). The draft declares
the total the product of the other two and the product rule checks them. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from .text_checks import text_errors, text_findings


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "In 2031 the rovers scored 66 goals in 30 games, an average of 3.2 a game.",
            "In 2031 the rovers scored 66 goals in 30 games, an average of 2.2 a game.",
        ),
        (
            "The trust spent £6.3m on 450 nurses, an average of £41,000 each.",
            "The trust spent £6.3m on 450 nurses, an average of £14,000 each.",
        ),
        (
            "The charity handed out $1.8 million to 600 families in 2031, or $5,000 apiece.",
            "The charity handed out $1.8 million to 600 families in 2031, or $3,000 apiece.",
        ),
        (
            "Each of the 6 choirs has 24 singers, 184 in total.",
            "Each of the 6 choirs has 24 singers, 144 in total.",
        ),
        (
            "2031年共发放补贴2.4亿元，惠及6000户，户均5万元。",
            "2031年共发放补贴2.4亿元，惠及6000户，户均4万元。",
        ),
        (
            "2031年每个车间有35名工人，共有16个车间，合计650名工人。",
            "2031年每个车间有35名工人，共有16个车间，合计560名工人。",
        ),
    ],
)
def test_a_total_that_is_not_its_count_times_what_each_has_is_an_error(tmp_path, wrong, right):
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["product"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []
    assert not any(f.rule == "product" for f in text_findings(tmp_path, right))


@pytest.mark.parametrize(
    "text",
    [
        # a figure per head of a population the text does not count: nothing to multiply
        "In 2031 the region spent £4.2m on libraries, or £14 per head.",
        "2031年全市人均可支配收入为6.5万元，比上年增长5%。",
        # an average per day is a rate (the rate rule's), not an average per counted thing
        "In 2031 the ferry carried 730,000 people on 40 boats, an average of 2,000 a day.",
        # what the average is per is not the counted thing
        "The club sold 9,000 tickets in 30 games, an average of 25 a seat.",
        # a maximum each, not an average
        "The fund gave £2m to 400 charities, with grants of up to £9,000 each.",
        # 人均 of another measure than the total's
        "2031年全市地区生产总值1.2万亿元，常住人口800万人，人均可支配收入9万元。",
    ],
)
def test_no_product_is_read_where_the_sentence_does_not_state_one(tmp_path, text):
    findings = text_findings(tmp_path, text)
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert not any(f.rule == "product" for f in findings)


def test_the_draft_declares_the_product_in_its_vocabulary():
    from checker.extraction import extract_text

    extraction = extract_text(
        "In 2031 the rovers scored 66 goals in 30 games, an average of 2.2 a game."
    )
    products = [m for m in extraction.metrics.values() if m.product_of]
    assert len(products) == 1
    total = next(c for c in extraction.claims if c.metric == products[0].name)
    count, each = (
        next(c for c in extraction.claims if c.metric == n) for n in products[0].product_of
    )
    assert (total.value, count.value, each.value) == ("66", "30", "2.2")
    assert {c.confidence for c in (total, count, each)} == {1.0}
    assert {c.period for c in (total, count, each)} == {"2031"}


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The club drew 520,000 fans in 19 home games, an average of 24,500 a game.",
            "The club drew 465,500 fans in 19 home games, an average of 24,500 a game.",
        ),
        (
            "The rovers scored 66 goals in 19 away games, an average of 3.2 a game.",
            "The rovers scored 61 goals in 19 away games, an average of 3.2 a game.",
        ),
    ],
)
def test_a_counted_noun_a_word_qualifies_is_what_the_average_is_per(tmp_path, wrong, right):
    """ "19 home games ... a game": one word before the counted noun's head names a kind of it."""
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["product"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The scheme cost £1.2bn, or £65 for each of the country's 23 million households.",
            "The scheme cost £1.2bn, or £52 for each of the country's 23 million households.",
        ),
        (
            "The fund paid out $360,000, or $60 to every one of its 9,000 members.",
            "The fund paid out $360,000, or $40 to every one of its 9,000 members.",
        ),
    ],
)
def test_a_total_restated_as_what_each_of_a_count_gets(tmp_path, wrong, right):
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["product"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []
