"""Parts of a whole named one figure at a time in the sentences after it (issue 14): the
members of a complete partition (domestic and international, central and local, urban and
rural) after a level named in the words they share, and the parts of a whole the lexicon names
(a balance sheet's assets). Every text here is invented, in the shapes news text uses."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from checker.extraction.textcheck import check_texts

from .text_checks import related_figures, text_errors


def _sums(text: str) -> list[tuple[str, ...]]:
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    return [tuple(spans[i] for i in r.mentions) for r in extraction.relations if r.type == "sum"]


def _errors(tmp_path, text: str) -> list[str]:
    return [f.rule for f in text_errors(tmp_path, text)]


@pytest.mark.parametrize(
    "text, total",
    [
        (
            "Riverton Port handled a record 4.2 million passengers in 2023, up 6 per cent. "
            "Domestic passengers at Riverton rose to 3.1 million. International passengers, "
            "at 1.1 million, were up 12 per cent.",
            ("4.2 million", "3.1 million", "1.1 million"),
        ),
        # the other order, the members in one sentence
        (
            "Lakeside Airport saw total passenger traffic reach 9.8 million in 2022. "
            "International passenger traffic grew to 2.4 million, while domestic passenger "
            "traffic climbed to 7.4 million.",
            ("9.8 million", "2.4 million", "7.4 million"),
        ),
        (
            "The profits of the state firms reached 500 billion yuan in the first half. "
            "Profits of the central state firms rose to 320 billion yuan, while the profits of "
            "local state firms fell to 180 billion yuan.",
            ("500 billion yuan", "320 billion yuan", "180 billion yuan"),
        ),
        (
            "At the end of June the group held $80 billion worth of assets. Its liabilities "
            "grew 3 percent to $50 billion. Shareholders' equity was worth $30 billion.",
            ("$80 billion", "$50 billion", "$30 billion"),
        ),
        (
            "2023年全市一般公共预算收入800亿元。中央级收入500亿元,地方级收入300亿元。",
            ("800亿元", "500亿元", "300亿元"),
        ),
        (
            "2023年末,该集团资产总计1000亿元。负债合计600亿元,增长5%。所有者权益400亿元。",
            ("1000亿元", "600亿元", "400亿元"),
        ),
        # the whole named as a total (总额, 总量) of what each part counts (额, 量)
        (
            "全年全市商品销售总额900亿元。按城乡分,城镇商品销售额720亿元;乡村商品销售额180亿元。",
            ("900亿元", "720亿元", "180亿元"),
        ),
        (
            "上半年港口货物吞吐总量3.6亿吨,其中集装箱吞吐量1.2亿吨。按来源分,国内货物吞吐量2.5亿吨,"
            "国际货物吞吐量1.1亿吨。",
            ("3.6亿吨", "2.5亿吨", "1.1亿吨"),
        ),
        # two wholes of different periods: the one whose time the parts' sentence opens on
        (
            "In the first nine months of 2024, farm sales in the province reached 90 billion "
            "rand. In September 2024, farm sales reached 11 billion rand. In the first nine "
            "months, farm sales in urban districts were 30 billion rand, and farm sales in "
            "rural districts 60 billion rand.",
            ("90 billion rand", "30 billion rand", "60 billion rand"),
        ),
    ],
)
def test_members_of_a_partition_named_apart_are_the_sum_of_the_whole_before(text, total):
    assert _sums(text) == [total]


def test_a_second_breakdown_is_of_the_whole_the_first_broke_down():
    text = (
        "In the first nine months of 2024, farm sales in the province reached 90 billion rand. "
        "In September 2024, farm sales reached 11 billion rand. In the first nine months, farm "
        "sales in urban districts were 30 billion rand, and farm sales in rural districts 60 "
        "billion rand. By buyer, farm sales to domestic buyers were 50 billion rand and farm "
        "sales to international buyers 40 billion rand."
    )
    # the vocabulary holds one sum per total: the second breakdown's figures are its parts
    assert _sums(text) == [("90 billion rand", "30 billion rand", "60 billion rand")]
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    parts = [
        tuple(spans[i] for i in r.mentions) for r in extraction.relations if r.type == "part_of"
    ]
    assert parts == [("50 billion rand", "90 billion rand"), ("40 billion rand", "90 billion rand")]


def test_two_breakdowns_of_one_total_give_no_error_when_both_hold(tmp_path):
    text = (
        "In 2024, farm sales in the province reached 90 billion rand. Farm sales in urban "
        "districts were 30 billion rand, and farm sales in rural districts 60 billion rand. "
        "Farm sales to domestic buyers were 50 billion rand and farm sales to international "
        "buyers 40 billion rand."
    )
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the parts' words name another quantity than the level before them
        "Riverton Port's revenue was $4.2 million in 2023. Domestic passengers rose to 3.1 "
        "million. International passengers, at 1.1 million, were up 12 per cent.",
        # one member only: no complete partition
        "The airport handled 4.2 million passengers in 2023. International passengers rose "
        "to 1.1 million.",
        # two members named by two figures each: which are the parts?
        "The airport handled 9 million passengers in 2023. Domestic passengers rose to 3 "
        "million and international passengers to 1 million at the old terminal; domestic "
        "passengers reached 4 million and international passengers 1 million at the new one.",
        # two wholes of different periods the parts could be of, the parts dated by neither
        "Passenger numbers were 12 million in 2023. Passenger numbers were 1.1 million in "
        "December 2023. Domestic passenger numbers rose to 8 million, and international "
        "passenger numbers to 4 million.",
        # the parts dated only by a period carried from the sentence before: which whole?
        "In the first nine months of 2024, farm sales reached 90 billion rand. In September "
        "2024, farm sales reached 11 billion rand. By buyer, farm sales to domestic buyers were "
        "50 billion rand and farm sales to international buyers 40 billion rand.",
        # the parts share only a place's name, which names no quantity
        "Investment in Asia reached $500bn. Exports to Asia were $300bn, and imports from Asia "
        "$250bn.",
        # a whole of another place
        "Glenford Airport handled 5 million passengers in 2023. Riverton Airport's domestic "
        "passengers rose to 2 million and Riverton Airport's international passengers to 1 "
        "million.",
        # too far back: more than three sentences before the parts
        "The port handled 4.2 million passengers in 2023. It opened a new pier. It hired "
        "staff. It added ferries. It cut fares. Domestic passengers rose to 3.1 million. "
        "International passengers rose to 1.1 million.",
    ],
)
def test_no_sum_without_a_whole_the_words_single_out(text):
    assert _sums(text) == []


def test_parts_named_apart_that_miss_their_whole_are_an_error(tmp_path):
    text = (
        "Riverton Port handled 4.2 million passengers in 2023. Domestic passengers at Riverton "
        "rose to 3.5 million. International passengers, at 1.1 million, were up 12 per cent."
    )
    assert "sum" in _errors(tmp_path, text)


def test_parts_named_apart_that_make_their_whole_are_no_error(tmp_path):
    text = (
        "Riverton Port handled 4.2 million passengers in 2023. Domestic passengers at Riverton "
        "rose to 3.1 million. International passengers, at 1.1 million, were up 12 per cent."
    )
    assert _errors(tmp_path, text) == []


# a revenue total, its local and central parts, and a third part listed with them
REVENUE_PARTS = (
    "截至6月底，全县累计完成财政总收入900万元，为年初预算的60%，增长5%。其中：地方财政收入"
    "完成500万元，增长4%；上划中央收入完成{central}万元，下降2%{more}。"
)


def test_members_listed_with_a_part_of_another_name_are_not_all_of_the_whole(tmp_path):
    third = REVENUE_PARTS.format(central=300, more="；上划省级收入完成100万元，增长9%")
    assert _sums(third) == []
    assert _errors(tmp_path, third) == []
    # the two members alone are the whole's sum, checked
    assert _errors(tmp_path, REVENUE_PARTS.format(central=400, more="")) == []
    assert _errors(tmp_path, REVENUE_PARTS.format(central=300, more="")) == ["sum"]


def test_gross_domestic_product_names_no_domestic_part():
    text = (
        "Exports reached $40 billion in 2023. Gross domestic product rose to $90 billion, "
        "and international reserves to $20 billion."
    )
    assert _sums(text) == []


@pytest.mark.parametrize(
    "text, total",
    [
        # parts listed, then their total with "in total", "altogether", "in all" after it
        (
            "The city spent $40 million on parks, $25 million on libraries and $15 million on "
            "pools, $80 million in total.",
            ("$80 million", "$40 million", "$25 million", "$15 million"),
        ),
        (
            "Sales were $30 million in Asia and $20 million in Europe, or $50 million altogether.",
            ("$50 million", "$30 million", "$20 million"),
        ),
        (
            "There were 700 men and 300 women, 1,000 people in all.",
            ("1,000", "700", "300"),
        ),
        # a whole "made up of", "consisting of", "comprising" its listed parts
        (
            "The budget of $900 million is made up of $500 million for roads and $400 million "
            "for rail.",
            ("$900 million", "$500 million", "$400 million"),
        ),
        (
            "The fleet of 40 buses consists of 25 diesel buses and 15 electric ones.",
            ("40", "25", "15"),
        ),
        # the list ends with the part "and" brings in: what follows is no part
        (
            "Of the 300 staff, comprising 200 nurses, 60 doctors and 40 others, 12 left.",
            ("300", "200", "60", "40"),
        ),
        # the parts of the figure before, the last of them the rest of it
        (
            "The charity received 1,200 donations. Of these, 700 came online; the rest, 500, "
            "came by post.",
            ("1,200", "700", "500"),
        ),
        (
            "The council collected £8m last year. Of this, £5m came from parking fines and the "
            "remainder, £3m, from permits.",
            ("£8m", "£5m", "£3m"),
        ),
        ("该市共有学校120所。其中,小学80所,其余40所为中学。", ("120所", "80所", "40所")),
        # "break down as", "together came to", "between them", 共 after the parts
        (
            "Their combined salaries of $900,000 break down as $500,000 for the chief and "
            "$400,000 for her deputy.",
            ("$900,000", "$500,000", "$400,000"),
        ),
        (
            "Spending on health (£40bn) and education (£30bn) together came to £70bn.",
            ("£70bn", "£40bn", "£30bn"),
        ),
        ("Health got £40bn and education £30bn: £70bn between them.", ("£70bn", "£40bn", "£30bn")),
        ("全市小学和中学分别有80所和40所,共120所。", ("120所", "80所", "40所")),
        ("小学80所,中学40所,合共120所。", ("120所", "80所", "40所")),
        # visitors from home and from abroad announced by 其中: every part of the total
        (
            "全年接待游客500万人次,其中国内游客450万人次,入境游客50万人次。",
            ("500万人次", "450万人次", "50万人次"),
        ),
        # a budget's revenue from taxes and from everything else
        (
            "全省一般公共预算收入8200亿元,其中,税收收入6150亿元;非税收入2050亿元。",
            ("8200亿元", "6150亿元", "2050亿元"),
        ),
        (
            "State revenue was $41.2 billion, of which tax revenue was $37.1 billion and non-tax "
            "revenue $4.1 billion.",
            ("$41.2 billion", "$37.1 billion", "$4.1 billion"),
        ),
    ],
)
def test_a_list_the_text_says_is_complete_is_the_sum_of_its_whole(text, total):
    assert _sums(text) == [total]


@pytest.mark.parametrize(
    "text",
    [
        # parts of the figure before with no word that they are all of it
        "The firm hired 800 staff. Of these, 300 were engineers and 200 were designers.",
        # no word of a total after the last figure
        "Sales were $30 million in Asia and $20 million in Europe, and $50 million a year ago.",
        # 国内生产总值 is no domestic part, 国内外 no member
        "全年国内生产总值500亿元,其中国际贸易额50亿元。",
        # 共同 (jointly) names no total
        "全市小学80所,中学40所,共同承担了120项任务。",
        "Spending on health rose from £40bn in 2020 to £70bn in 2024.",
    ],
)
def test_no_sum_of_a_list_the_text_does_not_say_is_complete(text):
    assert _sums(text) == []


def test_a_list_said_to_make_up_a_whole_it_misses_is_an_error(tmp_path):
    text = "The $2 billion package is made up of $1.9 billion in grants and $800 million in loans."
    assert "sum" in _errors(tmp_path, text)


def _rates(text: str) -> list[tuple[tuple[str, ...], bool]]:
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    return [
        (tuple(spans[i] for i in r.mentions if i is not None), r.stated)
        for r in extraction.relations
        if r.type == "rate"
    ]


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "Britons suffer 1.5 million strokes a year, or one every 21 seconds.",
            ("1.5 million", "every 21 seconds"),
        ),
        (
            "A baby is born every 8 seconds (about 4 million a year).",
            ("every 8 seconds", "about 4 million a year"),
        ),
        ("The factory makes 500 cars a day, or 3,500 a week.", ("500", "3,500 a week")),
        # one event named on both sides of the second rate, no word of restatement
        (
            "Every 12 minutes a road death is recorded, according to police, while insurers "
            "count 40,000 road deaths a year.",
            ("Every 12 minutes", "40,000"),
        ),
    ],
)
def test_a_count_per_length_of_time_restated_per_another_is_one_quantity(text, joined):
    # which days or hours count the text does not say: the drafter's reading, a note at most
    assert _rates(text) == [(joined, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The shop sells 40 coffees a day and the bakery 300 loaves a week.",
        "The clinic saw 40 patients a day in 2023, up from 35 a day in 2022.",
    ],
)
def test_no_rate_restated_between_two_things_or_one_length(text):
    assert _rates(text) == []


def test_a_rate_restated_wrongly_is_a_note_not_an_error(tmp_path):
    text = "Britons suffer 1.5 million strokes a year, or one every 40 seconds."
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    findings = check_texts([path]).findings
    assert [f.rule for f in findings if f.severity == "error"] == []
    assert "conflict" in [f.rule for f in findings]


def _parts(text: str) -> list[tuple[str, str]]:
    extraction = extract_text(text)
    spans = [text[m.start : m.end] for m in extraction.mentions]
    return [
        (spans[r.mentions[0]], spans[r.mentions[1]])
        for r in extraction.relations
        if r.type == "part_of" and None not in r.mentions
    ]


def test_a_count_of_one_place_before_a_total_of_other_places_is_a_part_of_it():
    text = (
        "The storm is blamed for 30 deaths in Aland, including 5 in its capital. Deaths linked "
        "to the storm now total 41, including 7 in Bland and 4 in Cland."
    )
    assert ("30", "41") in _parts(text)
    assert ("7", "41") in _parts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the total is of a place itself
        "The flood left 30 deaths in Aland. Deaths in Bland total 41, including 7 in Dover and "
        "4 in Ely.",
        # the count before is of another noun
        "The storm destroyed 30 homes in Aland. Deaths now total 41, including 7 in Bland and 4 "
        "in Cland.",
        # the count before is of a place the total's parts name
        "The flood left 30 deaths in Aland. Deaths now total 41, including 7 in Aland and 4 in "
        "Cland.",
    ],
)
def test_no_part_of_a_total_from_a_count_the_words_do_not_tie_to_it(text):
    assert not any(whole == "41" and part == "30" for part, whole in _parts(text))


def test_a_count_of_one_place_larger_than_the_total_is_an_error(tmp_path):
    text = (
        "The flood left 30 deaths in Aland. Deaths now total 25, including 7 in Bland and 4 in "
        "Cland."
    )
    assert "part-whole" in _errors(tmp_path, text)


def test_every_member_begins_where_the_quick_search_looks():
    """The search for any member tries only a word's first letter or a Chinese character:
    a member pattern that could begin elsewhere would be missed."""
    import re

    from checker.extraction.partitions import MEMBER_START, PARTITIONS

    for _, members in PARTITIONS:
        for member in members:
            for branch in re.split(r"\|(?![^(]*\))", member.pattern):
                assert re.match(
                    r"\\b[a-z(]|\(\?<!\[[^\]]+\]\)[\[\u3400-\u9fff]|[\[\u3400-\u9fff]", branch
                ), branch
    sample = "Urban incomes rose; rural ones fell. 城镇居民 and the suburban 5 exports"
    start = re.compile(MEMBER_START)
    assert [m.start() for m in start.finditer(sample)][:3] == [0, 6, 14]


def _shares(text: str) -> list[tuple[str, ...]]:
    return related_figures(text, "share")


@pytest.mark.parametrize(
    "text, share",
    [
        (
            "At the end of May the firms held assets of $840 billion, up 5 percent. Liabilities "
            "rose 4 percent to $510 billion, taking the debt ratio to 60.7 percent. Owners' "
            "equity was $330 billion.",
            ("60.7 percent", "$510 billion", "$840 billion"),
        ),
        (
            "5月末，全市重点企业资产总计150.2万亿元，同比增长6.1%；负债合计86.4万亿元，"
            "增长5.8%；所有者权益合计63.8万亿元，增长6.5%；资产负债率为57.5%，同比降低0.2个百分点。",
            ("57.5%", "86.4万亿元", "150.2万亿元"),
        ),
        (
            "9月末，全省骨幹企業資產總計98.6萬億元；負債合計55.1萬億元；所有者權益合計43.5萬億元；"
            "資產負債率為55.9%。",
            ("55.9%", "55.1萬億元", "98.6萬億元"),
        ),
        (
            "The utility's total assets stood at $9.6 billion. Its liabilities were $6.2 billion "
            "and shareholders' equity $3.4 billion, for an asset-liability ratio of 64.6 percent.",
            ("64.6 percent", "$6.2 billion", "$9.6 billion"),
        ),
    ],
)
def test_a_debt_ratio_beside_a_balance_sheet_is_the_liabilities_share_of_assets(text, share):
    assert share in _shares(text)


def test_a_debt_ratio_that_does_not_divide_the_liabilities_by_the_assets_is_an_error(tmp_path):
    text = (
        "At the end of May the firms held assets of $840 billion, up 5 percent. Liabilities "
        "rose 4 percent to $510 billion, taking the debt ratio to 66.7 percent. Owners' equity "
        "was $330 billion."
    )
    errors = text_errors(tmp_path, text)
    # the share of the part, and of the sum of the parts: one wrong figure both name
    assert {e.rule for e in errors} == {"share", "share-of-summed-whole"}
    assert all("66.7" in e.message for e in errors)


@pytest.mark.parametrize(
    "text",
    [
        # the ratio named, no level of liabilities beside the assets
        "The group's total assets were $12.4 billion and its revenue $7.9 billion, a "
        "debt-to-asset ratio of 63.7 percent.",
        # another ratio of the same sheet
        "The bank's total assets were $9.6 billion. Its liabilities were $6.2 billion and "
        "shareholders' equity $3.4 billion, a return on equity of 11.2 percent.",
    ],
)
def test_no_debt_ratio_share_without_the_sum_or_the_ratio_named(text):
    assert not any(len(s) == 3 and s[0].endswith("percent") for s in _shares(text))


@pytest.mark.parametrize(
    "text, share",
    [
        (
            "全市常住人口850万人，其中城镇人口620万人，城镇化率为72.9%。",
            ("72.9%", "620万人", "850万人"),
        ),
        (
            "年末全县常住人口62.4万人，其中城镇常住人口31.8万人，城镇化率达50.96%。",
            ("50.96%", "31.8万人", "62.4万人"),
        ),
        (
            "The city's population of 850,000 includes 620,000 urban residents, an urbanisation "
            "rate of 72.9%.",
            ("72.9%", "620,000", "850,000"),
        ),
        (
            "The group's total assets were $12.4 billion and its liabilities $7.9 billion, a "
            "debt-to-asset ratio of 63.7 percent.",
            ("63.7 percent", "$7.9 billion", "$12.4 billion"),
        ),
    ],
)
def test_a_ratio_named_by_what_it_divides_beside_both_levels(text, share):
    assert share in _shares(text)


@pytest.mark.parametrize(
    "text, share",
    [
        (
            "Net profit was $1.1 billion on revenue of $8.4 billion, a margin of 13.1%.",
            ("13.1%", "$1.1 billion", "$8.4 billion"),
        ),
        (
            "Operating profit was $1.3 billion on sales of $8.4 billion, an operating margin of "
            "15.5%.",
            ("15.5%", "$1.3 billion", "$8.4 billion"),
        ),
        (
            "全年重点企业利润总额800亿元，营业收入10000亿元，营业收入利润率为8.0%。",
            ("8.0%", "800亿元", "10000亿元"),
        ),
    ],
)
def test_a_profit_margin_beside_the_profit_and_the_revenue(text, share):
    assert share in _shares(text)


def test_a_margin_of_another_kind_of_profit_is_not_linked():
    text = "Net income was $1.1 billion on revenue of $8.4 billion, and the gross margin was 45%."
    assert _shares(text) == []


def test_a_ratio_read_in_its_sentence_is_not_read_again_from_the_sum(tmp_path):
    text = (
        "The firms held assets of $840 billion, liabilities of $510 billion and owners' equity "
        "of $330 billion, a debt ratio of 60.7 percent."
    )
    assert _shares(text) == [("60.7 percent", "$510 billion", "$840 billion")]


def test_an_urbanisation_rate_that_does_not_divide_the_populations_is_an_error(tmp_path):
    text = "全市常住人口850万人，其中城镇人口620万人，城镇化率为{}%。"
    errors = text_errors(tmp_path, text.format("78.9"))
    assert [e.rule for e in errors] == ["share"] and "78.9" in errors[0].message
    assert text_errors(tmp_path, text.format("72.9")) == []


@pytest.mark.parametrize(
    "text, total",
    [
        (
            "2030年全市地区生产总值5120.4亿元，比上年增长5.6%。其中，第一产业增加值210.3亿元，增长"
            "3.1%；第二产业增加值2010.5亿元，增长4.9%；第三产业增加值2899.6亿元，增长6.3%。",
            ("5120.4亿元", "210.3亿元", "2010.5亿元", "2899.6亿元"),
        ),
        (
            "2030年全市货物进出口总额2360.5亿元，比上年增长8.2%。其中，出口1520.3亿元，增长10.1%；"
            "进口840.2亿元，增长4.9%。",
            ("2360.5亿元", "1520.3亿元", "840.2亿元"),
        ),
    ],
)
def test_parts_listed_after_a_full_width_semicolon_are_one_sentence(text, total):
    """；ends a clause as ; does: the parts a 其中 announces are read in one sentence."""
    sums = related_figures(text, "sum")
    assert total in sums


def test_parts_after_full_width_semicolons_that_miss_their_total_are_an_error(tmp_path):
    text = (
        "2030年全市货物进出口总额2360.5亿元，比上年增长8.2%。其中，出口1520.3亿元，增长10.1%；"
        "进口940.2亿元，增长4.9%。"
    )
    errors = text_errors(tmp_path, text)
    assert "sum" in {e.rule for e in errors} and any("2360.5" in e.message for e in errors)


def test_a_period_after_a_full_width_semicolon_dates_the_figures_after_it():
    extraction = extract_text("2030年末全市常住人口850万人；2029年末为838万人。")
    periods = {extraction.mentions[c.mention].number: c.period for c in extraction.claims}
    assert periods == {"850": "2030", "838": "2029"}


@pytest.mark.parametrize(
    "text",
    [
        "全年居民人均可支配收入52000元，比上年增长5.5%；其中城镇居民人均可支配收入61000元，增长5.1%；"
        "农村居民人均可支配收入28000元，增长6.8%。",
        "Per capita income was $52,000. Of this, urban residents earned $61,000 per capita.",
        # the members named with 乡村 (a complete partition of any total) are no sum either
        "全年居民人均可支配收入52000元，比上年增长5.5%；其中城镇居民人均可支配收入61000元，增长5.1%；"
        "乡村居民人均可支配收入28000元，增长6.8%。",
        "全年居民人均消费支出31000元。城镇居民人均消费支出36000元。农村居民人均消费支出19000元。",
    ],
)
def test_an_average_per_head_is_no_part_of_another(tmp_path, text):
    assert text_errors(tmp_path, text) == []
    assert not any(r.type in ("part_of", "sum") for r in extract_text(text).relations)


def test_urban_and_rural_parts_written_with_nongcun_are_the_sum_of_their_total(tmp_path):
    body = "2031年全县游客{}万人次。其中,城镇居民游客300万人次;农村居民游客{}万人次。\n"
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(body.format(500, 250))
    right.write_text(body.format(500, 200))
    assert [f.rule for f in check_texts([wrong]).findings if f.severity == "error"] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


# A release in the way Chinese statistics offices write one: the quarter's total, the month's
# total, then the urban and rural parts of each, by time (invented figures).
_RELEASE_BY_TIME = (
    "一季度,全省商品销售总额5210亿元,同比增长4.1%。其中,线上销售额1830亿元,增长9.2%。"
    "扣除价格因素,实际增长2.2%。\n\n"
    "3月份,全省商品销售总额1905亿元,同比增长2.4%。其中,线上销售额690亿元,增长8.0%。\n\n"
    "按经营单位所在地分,一季度城镇商品销售额{}亿元,同比增长4.0%;乡村商品销售额760亿元,增长4.6%。"
    "3月份,城镇商品销售额1630亿元,增长2.2%;乡村商品销售额275亿元,增长3.5%。\n"
)


def test_parts_listed_by_time_are_parts_of_the_total_of_that_time(tmp_path):
    # 4450 + 760 = 5210: the quarter's parts; the month's (1630 + 275 = 1905) are not the
    # quarter's, though the month's total stands nearer
    right = tmp_path / "right.txt"
    right.write_text(_RELEASE_BY_TIME.format(4450))
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(_RELEASE_BY_TIME.format(4540))  # two digits swapped
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"] and "5210" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "全县有医院40家，其中公立医院25家，其余为民营医院，共有床位6000张。",
        "该区有公园30个，其中湿地公园12个，其余均为社区公园；绿道总长900公里。",
    ],
)
def test_the_rest_named_without_a_figure_ends_the_parts(tmp_path, text):
    # the rest's clause ends with no figure of its own: the count after it is of another thing
    assert _errors(tmp_path, text) == []
    assert _sums(text) == []
