"""Parts and wholes across sentences (issue 14): a share whose whole an earlier sentence gives
and names again, a sentence opening on the parts of the figure before it. Every text here is
invented, in the shapes news text uses."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from checker.extraction.textcheck import check_texts


def _shares(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """The share relations drafted from `text`: the figures each joins, and whether stated."""
    extraction = extract_text(text)
    return [
        (
            tuple(
                text[extraction.mentions[i].start : extraction.mentions[i].end]
                for i in r.mentions
                if i is not None
            ),
            r.stated,
        )
        for r in extraction.relations
        if r.type == "share"
    ]


def _errors(tmp_path, text: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [f.rule for f in check_texts([path]).findings if f.severity == "error"]


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "Visitor spending reached $800 million in 2023. Hotels took in $200 million in 2023, "
            "or 25% of visitor spending.",
            ("25%", "$200 million", "$800 million"),
        ),
        (
            "Tourist arrivals totalled 1.2 million last year. Visitors from abroad numbered "
            "300,000 last year, accounting for 25 per cent of tourist arrivals.",
            ("25 per cent", "300,000", "1.2 million"),
        ),
        (
            "Farm output was 90 million euros in 2022. Dairy produced 30 million euros in "
            "2022, making up a third of farm output.",
            ("a third", "30 million euros", "90 million euros"),
        ),
        (
            "2023年全市社会消费品零售总额800亿元。2023年网上零售额200亿元,"
            "占社会消费品零售总额的比重为25%。",
            ("25%", "200亿元", "800亿元"),
        ),
    ],
)
def test_a_share_of_a_level_named_again_in_the_same_words_is_stated(text, joined):
    assert (joined, True) in _shares(text)


def test_a_share_of_a_level_named_again_is_checked(tmp_path):
    wrong = (
        "Visitor spending reached $800 million in 2023. Hotels took in $200 million in 2023, "
        "or 30% of visitor spending."
    )
    assert _errors(tmp_path, wrong) == ["share"]
    assert _errors(tmp_path, wrong.replace("30%", "25%")) == []


def test_a_share_of_a_level_named_by_some_of_its_words_is_a_reading_only(tmp_path):
    text = (
        "The number of unemployed persons fell to 5.8 million in March. The long-term "
        "unemployed numbered 1.3 million in March and made up 30% of the unemployed."
    )
    assert _shares(text) == [(("30%", "1.3 million", "5.8 million"), False)]
    assert _errors(tmp_path, text) == []  # a note at most


@pytest.mark.parametrize(
    "text",
    [
        # "the total": which total, the words do not say
        "Sales reached $800 million in 2023. Exports were $200 million in 2023, or 25% of the "
        "total.",
        # two levels named alike, of two periods, and a part the text does not date: which?
        "Retail sales reached $800 million in 2023 and $700 million in 2022. Online sales were "
        "$200 million, or 25% of retail sales.",
        # the level named again is of another period than the part
        "Retail sales reached $800 million in 2022. Online sales were $200 million in 2023, or "
        "25% of retail sales.",
        # a name the earlier level does not carry
        "Retail sales reached $800 million in 2023. Online sales were $200 million in 2023, or "
        "25% of household spending.",
    ],
)
def test_no_share_of_a_level_the_words_do_not_single_out(text):
    assert [joined for joined, _ in _shares(text) if len(joined) == 3] == []
