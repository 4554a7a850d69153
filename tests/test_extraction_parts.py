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
        "The number of jobless people fell to 4.1 million in May. The long-term jobless "
        "numbered 0.9 million in May and made up 30% of the jobless."
    )
    assert _shares(text) == [(("30%", "0.9 million", "4.1 million"), False)]
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


def _parts(text: str) -> list[tuple[str, str]]:
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    return [
        (spans[r.mentions[0]], spans[r.mentions[1]])
        for r in extraction.relations
        if r.type == "part_of" and r.stated
    ]


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "The school spent $4m on energy in 2023. Of this, $1.5m went on heating.",
            [("$1.5m", "$4m")],
        ),
        (
            "The council borrowed £90m last year. Of that, £20m paid for new schools.",
            [("£20m", "£90m")],
        ),
        (
            "2023年全市重点企业利润总额80亿元。重点企业中,国有企业利润总额30亿元,"
            "民营企业利润总额45亿元。",
            [("30亿元", "80亿元"), ("45亿元", "80亿元")],
        ),
        (
            "1—6月,全市重点企业利润总额80亿元。1—6月,重点企业中,国有企业的利润总额30亿元。",
            [("30亿元", "80亿元")],
        ),
    ],
)
def test_a_sentence_opening_on_the_whole_before_it_announces_its_parts(text, parts):
    assert _parts(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        # "Of this year's ...": a whole of its own, not the figure before
        "The school spent $4m on energy in 2023. Of this year's budget, $1.5m went on heating.",
        # the group named again, but another measure of it: revenue is no part of profit
        "2023年全市重点企业利润总额80亿元。重点企业中,国有企业营业收入300亿元。",
        # a group the sentence before does not name
        "2023年全市重点企业利润总额80亿元。外资企业中,制造企业利润总额30亿元。",
    ],
)
def test_no_parts_of_the_figure_before_without_a_connector_naming_it(text):
    assert _parts(text) == []


def test_parts_of_the_figure_before_are_checked(tmp_path):
    assert _errors(
        tmp_path, "The school spent $4m on energy in 2023. Of this, $6m went on heating."
    ) == ["part-whole"]
    assert _errors(
        tmp_path,
        "2023年全市重点企业利润总额80亿元。重点企业中,国有企业利润总额30亿元,"
        "民营企业利润总额90亿元。",
    ) == ["part-whole"]
