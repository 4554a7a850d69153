"""Parts and wholes across sentences (issue 14): a share whose whole an earlier sentence gives
and names again, a sentence opening on the parts of the figure before it. Every text here is
invented, in the shapes news text uses."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import text_errors


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
    return [f.rule for f in text_errors(tmp_path, text)]


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


def _shares_of_parts(text: str) -> list[tuple[str, ...]]:
    return [joined for joined, stated in _shares(text) if stated and len(joined) == 3]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 GDP was 500 billion yuan. The added value of the primary industry was 40 "
        "billion yuan, accounting for 8.0 percent; that of the secondary industry was 160 "
        "billion yuan, accounting for 32.0 percent; that of the tertiary industry was 300 "
        "billion yuan, accounting for 60.0 percent.",
        # a change of each part between the part and its share
        "In 2023 GDP was 500 billion yuan. The added value of the primary industry was 40 "
        "billion yuan, up 3 percent, accounting for 8.0 percent; that of the secondary industry "
        "was 160 billion yuan, up 5 percent, accounting for 32.0 percent; that of the tertiary "
        "industry was 300 billion yuan, up 6 percent, accounting for 60.0 percent.",
        "2023年全市地区生产总值500亿元。第一产业增加值40亿元,占比8.0%;第二产业增加值160亿元,"
        "占比32.0%;第三产业增加值300亿元,占比60.0%。",
    ],
)
def test_a_percentage_after_each_part_of_a_sum_is_its_share_of_the_sum(text):
    unit = "亿元" if "亿元" in text else " billion yuan"
    assert [(part, whole) for _, part, whole in _shares_of_parts(text)] == [
        (f"{value}{unit}", f"500{unit}") for value in (40, 160, 300)
    ]


def test_a_percentage_naming_a_whole_of_its_own_is_no_share_of_the_sum():
    text = (
        "In 2023 GDP was 500 billion yuan. The added value of the primary industry was 40 "
        "billion yuan, accounting for 8.0 percent of growth; that of the secondary industry was "
        "160 billion yuan, accounting for 32.0 percent; that of the tertiary industry was 300 "
        "billion yuan, accounting for 60.0 percent."
    )
    assert [part for _, part, _ in _shares_of_parts(text)] == [
        "160 billion yuan",
        "300 billion yuan",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the firm spent $1,000,000 on repairs: $600,000 for the roof (60%) and $400,000 "
        "for the boiler (40%).",
        "In 2023 the firm spent $1,000,000 on repairs: $600,000 for the roof, or 60 percent, and "
        "$400,000 for the boiler, or 40 percent.",
        "In 2023 the firm spent $1,000,000 on repairs: $600,000 for the roof, accounting for 60 "
        "percent, and $400,000 for the boiler, accounting for 40 percent.",
    ],
)
def test_a_breakdown_after_a_colon_may_give_each_part_its_share(tmp_path, text):
    assert [part for _, part, _ in _shares_of_parts(text)] == ["$600,000", "$400,000"]
    assert _errors(tmp_path, text) == []
    wrong = text.replace("40%", "45%").replace("40 percent", "45 percent")
    assert "share" in _errors(tmp_path, wrong)


def test_a_change_inside_a_breakdown_is_still_no_list_of_parts():
    text = (
        "In 2023 the firm spent $1,000,000 on repairs: $600,000 for the roof, up 5%, and "
        "$400,000 for the boiler."
    )
    assert [r.type for r in extract_text(text).relations if r.type == "sum"] == []


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "The fee of £800 is 0.4% of the average salary of £26,000.",
            ("0.4%", "£800", "£26,000"),
        ),
        (
            "The 300 deaths were 15 per cent of the 2,000 recorded in the year.",
            ("15 per cent", "300", "2,000"),
        ),
        (
            "Its 45 branches account for 30% of the 150 in the region.",
            ("30%", "45", "150"),
        ),
        (
            "In 2023 exports were $50 billion, or 25% of the GDP of $200 billion.",
            ("25%", "$50 billion", "$200 billion"),
        ),
    ],
)
def test_a_part_said_to_be_a_share_of_a_whole_after_it_is_linked(text, joined):
    assert (joined, True) in _shares(text)


@pytest.mark.parametrize(
    "text, part, whole, share",
    [
        ("The hospital treated 1,500 patients, 300 of them (20%) children.", "300", "1,500", "20%"),
        (
            "The county had 40,000 voters; 12,000 of them, or 30%, turned out.",
            "12,000",
            "40,000",
            "30%",
        ),
        ("The club has 800 members, 120 of whom play every week.", "120", "800", None),
    ],
)
def test_a_count_of_them_is_a_part_of_the_figure_before(text, part, whole, share):
    assert _parts(text) == [(part, whole)]
    if share is not None:
        assert ((share, part, whole), True) in _shares(text)


def test_a_count_of_them_larger_than_its_whole_is_an_error(tmp_path):
    text = "The hospital treated 1,500 patients in 2023, 1,800 of them children."
    assert _errors(tmp_path, text) == ["part-whole"]


def test_a_share_after_a_part_announced_by_qizhong_is_its_share_of_the_whole(tmp_path):
    text = "2023年全市进出口总额500亿元,其中出口300亿元,占比60%;进口200亿元,占比40%。"
    assert [joined for joined, _ in _shares(text)] == [
        ("60%", "300亿元", "500亿元"),
        ("40%", "200亿元", "500亿元"),
    ]
    assert _errors(tmp_path, text) == []
    assert "share" in _errors(tmp_path, text.replace("占比40%", "占比45%"))


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "2023年全市进出口总额500亿元,其中出口300亿元,占进出口总额的60%。",
            ("60%", "300亿元", "500亿元"),
        ),
        (
            "2023年全市一般公共预算收入80亿元,其中税收收入60亿元,占一般公共预算收入的比重为75%。",
            ("75%", "60亿元", "80亿元"),
        ),
        (
            "In 2023 visitor spending reached $800 million, of which hotels took in $200 million, "
            "or 25% of visitor spending.",
            ("25%", "$200 million", "$800 million"),
        ),
    ],
)
def test_a_share_naming_again_a_whole_earlier_in_its_sentence_is_linked(text, joined):
    assert (joined, True) in _shares(text)


def _sums(text: str) -> list[tuple[str, ...]]:
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    return [tuple(spans[i] for i in r.mentions) for r in extraction.relations if r.type == "sum"]


@pytest.mark.parametrize(
    "text, total",
    [
        (
            "2023年全市进出口总额500亿元,其中出口300亿元,进口200亿元。",
            ("500亿元", "300亿元", "200亿元"),
        ),
        (
            "In 2023 the country's trade totalled $500bn, of which exports were $300bn and "
            "imports $200bn.",
            ("$500bn", "$300bn", "$200bn"),
        ),
        # the surplus after the parts is no part of the total
        (
            "2023年全市进出口总额500亿元,其中出口300亿元,进口200亿元,贸易顺差100亿元。",
            ("500亿元", "300亿元", "200亿元"),
        ),
        (
            "Trade totalled $500bn in 2023, of which exports were $300bn and imports $200bn, "
            "leaving a surplus of $100bn.",
            ("$500bn", "$300bn", "$200bn"),
        ),
    ],
)
def test_exports_and_imports_announced_as_parts_of_a_total_are_its_sum(text, total):
    assert _sums(text) == [total]


def test_kinds_of_trade_are_no_complete_partition_of_it():
    text = "2023年全市进出口总额500亿元,其中一般贸易进出口300亿元,加工贸易进出口150亿元。"
    assert _sums(text) == []
    assert _parts(text) == [("300亿元", "500亿元"), ("150亿元", "500亿元")]


def test_exports_and_imports_that_miss_their_total_are_an_error(tmp_path):
    assert "sum" in _errors(tmp_path, "2023年全市进出口总额500亿元,其中出口300亿元,进口250亿元。")


def _structures(text: str) -> list[tuple[str, ...]]:
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    return [
        tuple(spans[i] for i in r.mentions)
        for r in extraction.relations
        if r.type == "shares_sum_100"
    ]


@pytest.mark.parametrize(
    "text, shares",
    [
        (
            "In the election, Smith won 52% of the vote, Jones 38% and the other candidates 10%.",
            ("52%", "38%", "10%"),
        ),
        (
            "Of the 1,200 people polled, 55% backed the plan, 35% opposed it and 10% were "
            "undecided.",
            ("55%", "35%", "10%"),
        ),
        (
            "Labour won 41% of the vote, the Conservatives 32%, the Liberal Democrats 12% and "
            "others 15%.",
            ("41%", "32%", "12%", "15%"),
        ),
        # labels before their figures, "other" with no article, another list after a semicolon
        (
            "Vote by party: AB 46.2%, CD 31.5%, EF 9.8%, other 12.5%; seats: AB 70, CD 44, EF 8",
            ("46.2%", "31.5%", "9.8%", "12.5%"),
        ),
        (
            "The Greens won 38%, the Liberals 27%, Labour 19% and other parties 16%.",
            ("38%", "27%", "19%", "16%"),
        ),
    ],
)
def test_shares_listed_down_to_the_rest_add_up_to_the_whole(tmp_path, text, shares):
    assert _structures(text) == [shares]
    assert _errors(tmp_path, text) == []


def test_shares_listed_down_to_the_rest_that_miss_100_are_an_error(tmp_path):
    text = "In the poll, 48% backed the plan, 41% opposed it and 16% did not know."
    assert _errors(tmp_path, text) == ["sum-shares"]
    text = "The Greens won 38%, the Liberals 27%, Labour 19% and other parties 19%."
    assert _errors(tmp_path, text) == ["sum-shares"]


@pytest.mark.parametrize(
    "text",
    [
        # rates by group down to "other": they add up to no whole
        "Prices rose in 2030: food 5%, energy 10%, other items 2%.",
        "Unemployment: Aland 12%, Bland 8%, other regions 6%.",
        "Turnout was 61% in Aland, 58% in Bland and other districts 55%.",
    ],
)
def test_rates_listed_down_to_other_are_no_breakdown(tmp_path, text):
    assert _structures(text) == []
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # each a rate of a group of its own
        "Unemployment was 5% among men, 7% among women and 9% among the rest.",
        "The party took 40% of the vote in the north, 30% in the south and 20% elsewhere.",
        # changes, not shares
        "Prices rose 5% in March, 3% in April and 2% in the rest of the year.",
        # no catch-all: the list may leave some out
        "Smith won 52% of the vote and Jones 38%, while Brown took 6%.",
    ],
)
def test_no_shares_of_one_whole_without_a_complete_list(text):
    assert _structures(text) == []


@pytest.mark.parametrize(
    "text, joined, stated",
    [
        ("The vacancy rate was 5% (50 out of 1,000 homes) in 2023.", ("5%", "50", "1,000"), True),
        (
            "Turnout was 45%, or 9,000 of the 20,000 registered voters.",
            ("45%", "9,000", "20,000"),
            True,
        ),
        # "with": the count may be another matter than the rate, a reading only
        (
            "The jobless rate was 5%, with 300 of the 1,000 job losses in the north.",
            ("5%", "300", "1,000"),
            False,
        ),
        # ... unless a turnout's voters close the clause (_turnout_with_its_voters)
        (
            "Turnout was 45%, with 9,000 of the 20,000 registered voters casting a ballot.",
            ("45%", "9,000", "20,000"),
            True,
        ),
    ],
)
def test_a_percentage_then_the_count_it_stands_for(text, joined, stated):
    assert _shares(text) == [(joined, stated)]


def test_a_percentage_then_a_count_it_restates_is_checked(tmp_path):
    assert _errors(tmp_path, "The vacancy rate was 6% (50 out of 1,000 homes) in 2023.") == [
        "share"
    ]
    # "with": a note at most
    assert (
        _errors(tmp_path, "The jobless rate was 5%, with 400 of the 1,000 job losses in the north.")
        == []
    )


@pytest.mark.parametrize(
    "text, parts",
    [
        ("The firm made 800 cars in 2023. Some 200 of them were electric.", [("Some 200", "800")]),
        (
            "The museum had 40,000 visitors in May. About 9,000 of those came from abroad.",
            [("About 9,000", "40,000")],
        ),
        # the count of them is not the sentence's opening: another subject's figure
        ("The firm made 800 cars in 2023. Rivals made 900 of them.", []),
    ],
)
def test_a_sentence_opening_on_a_count_of_them_gives_a_part_of_the_level_before(text, parts):
    assert _parts(text) == parts


def test_a_count_of_them_larger_than_the_level_before_is_an_error(tmp_path):
    assert _errors(tmp_path, "The firm made 800 cars in 2023. 900 of them were electric.") == [
        "part-whole"
    ]


@pytest.mark.parametrize(
    "text, stated_share",
    [
        ("Women hold 300 of the 1,200 seats in 2023. That is 25 per cent.", True),
        ("Some 45 out of 150 branches closed last year. That's 30%.", True),
        # no pointing back, or a change: no share of the pair
        ("Women hold 300 of the 1,200 seats in 2023. Men hold 60 per cent.", False),
        ("Women hold 300 of the 1,200 seats in 2023. That is up 5 per cent.", False),
    ],
)
def test_that_is_a_percentage_after_a_count_of_a_whole_is_its_share(text, stated_share):
    assert any(len(joined) == 3 and stated for joined, stated in _shares(text)) == stated_share


def test_that_is_a_wrong_percentage_after_a_count_of_a_whole_is_an_error(tmp_path):
    text = "Women hold 300 of the 1,200 seats in 2023. That is 30 per cent."
    assert _errors(tmp_path, text) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        "The group earned 3 cents a share, including 5 cents a share in restructuring charges.",
        "Net income was $4 million, including a $6 million gain on the sale of a plant.",
        "Profit came to $2.1 million, including a one-time charge of $3.5 million.",
    ],
)
def test_an_item_a_result_includes_is_no_part_of_it(tmp_path, text):
    assert _errors(tmp_path, text) == []
    assert not any(r.type in ("part_of", "sum") for r in extract_text(text).relations)


def test_a_part_including_names_is_still_a_part(tmp_path):
    text = "Sales were $50 million, including $57 million in exports."
    assert _errors(tmp_path, text) == ["part-whole"]


# a second 其中 after a level of the list: that level is a whole of its own, no part
TWO_LISTS = (
    "年末全市铁路里程900公里，其中高铁里程{rail}公里；公路总里程5000公里，其中高速公路里程600公里。"
)


def test_a_level_with_parts_of_its_own_is_no_part_of_the_whole_before(tmp_path):
    assert text_errors(tmp_path, TWO_LISTS.format(rail=300)) == []
    wrong = text_errors(tmp_path, TWO_LISTS.format(rail=1300))
    assert [f.rule for f in wrong] == ["part-whole"]


def test_figures_listed_for_named_items_are_not_one_quantity_stated_twice(tmp_path):
    text = (
        "上月全市城市客运量9.2亿人次，增长8.8%。其中公交、地铁、出租车和轮渡分别完成客运量"
        "3.4亿人次、2.6亿人次、3.1亿人次和900万人次。"
    )
    assert text_errors(tmp_path, text) == []


def test_parts_of_people_announced_by_of_whom_are_parts(tmp_path):
    # "of whom" announces the parts of a count of people as "of which" does of other things
    text = "The ferry company employs 1,200 people, of whom 400 are deckhands."
    assert text_errors(tmp_path, text) == []
    slipped = text_errors(tmp_path, text.replace("400", "1,400"))
    assert [f.rule for f in slipped] == ["part-whole"]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "全年全县固定资产投资3200亿元，同比增长6.1%。其中，基础设施投资800亿元，增长9.4%，"
            "占全部投资的40%。",
            "全年全县固定资产投资3200亿元，同比增长6.1%。其中，基础设施投资800亿元，增长9.4%，"
            "占全部投资的25%。",
        ),
        (
            "全年全市一般公共预算支出640亿元，其中，民生支出512亿元，占全市支出的比重为70%。",
            "全年全市一般公共预算支出640亿元，其中，民生支出512亿元，占全市支出的比重为80%。",
        ),
    ],
)
def test_a_share_of_all_of_the_whole_its_part_is_given_under(tmp_path, wrong, right):
    """占全部投资的40% right after a part given under 其中: the share of the part in the whole
    before 其中, which the text names again as all of what it measures."""
    assert _errors(tmp_path, wrong) == ["share"]
    assert _errors(tmp_path, right) == []


def test_a_share_of_all_after_a_part_of_a_part_is_not_of_the_part(tmp_path):
    """其中…，其中…: the second part's share of "all" investment is not its share of the first
    part, which the text gives under the same whole."""
    text = (
        "全年全县固定资产投资3200亿元。其中，工业投资1200亿元，其中制造业投资900亿元，"
        "占全部投资的28.1%。"
    )
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "全年全市固定资产投资4000亿元，其中，房地产开发投资1000亿元，占全省投资的8%。",
        "全年全区一般公共预算收入300亿元，其中税收收入240亿元，占全市收入的12%。",
        "全年全县一般公共预算支出90亿元，其中教育支出18亿元，占全国支出的0.1%。",
        # the whole is itself less than the investment given before it: "all" is the larger
        "全年全县固定资产投资800亿元，增长3%。民间投资500亿元，其中制造业民间投资200亿元，"
        "占全部投资的25%。",
        # a whole named as a group of the measure (民营, 外商), and nothing saying it is all of it
        "全年民营企业投资1500亿元，其中高技术产业民营投资300亿元，占全部投资的8%。",
        "全年外商直接投资90亿美元，其中制造业外商投资30亿美元，占全部投资的12%。",
    ],
)
def test_a_share_of_all_of_a_larger_whole_is_not_of_the_whole_before(tmp_path, text):
    """占全省投资的8% after a whole of 全市, 占全部投资的 after a whole less than the investment
    given before it: the share of a larger whole, not of the one the part is given under."""
    assert _errors(tmp_path, text) == []
