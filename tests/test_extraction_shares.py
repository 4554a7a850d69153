"""Shares of a whole read from raw text (issue 14): a part, the percentage it makes and the
whole the text names, in the shapes news text writes them. Every sentence here is invented;
each shape is tried in several wordings, and the drafted share must be checked (a wrong
percentage gives the `share` error, a right one nothing)."""

from __future__ import annotations

import re

import pytest

from checker.extraction import extract_text

from .text_checks import related_figures, text_errors, text_findings


def _shares(text: str) -> list[tuple[str, ...]]:
    """The drafted share relations as (share, part, whole) texts; a share whose whole the text
    does not give is left out."""
    extraction = extract_text(text)
    found = []
    for relation in extraction.relations:
        if relation.type != "share" or None in relation.mentions:
            continue
        found.append(
            tuple(
                text[extraction.mentions[m].num_start : extraction.mentions[m].num_end]
                for m in relation.mentions
            )
        )
    return found


def _errors(tmp_path, text: str) -> list[str]:
    return [f.rule for f in text_errors(tmp_path, text)]


# the percentage beside the count it stands for, and the whole the sentence gives
COUNT_AND_PERCENT = [
    "The region had 4,000 firms, of which 1,200 (30%) were exporters.",
    "The region had 4,000 firms, of which 1,200, or 30%, were exporters.",
    "The region has 4,000 firms, including 1,200 exporters (30%).",
    "The region has 4,000 firms, among them 1,200 exporters, or 30%.",
    "About 30% (1,200) of the 4,000 firms were exporters.",
    "Some 30 per cent (1,200 firms) of the 4,000 in the region export.",
    "Of the 4,000 firms surveyed, 30% (1,200) were exporters.",
    "Of the 4,000 firms surveyed, about 1,200 (30%) were exporters.",
    "The region has 4,000 firms, 30% of which (1,200) export.",
    "The region has 4,000 firms, 30 percent of whom (1,200) export.",
]
# the whole in the sentence before, pointed back to
WHOLE_BEFORE = [
    "The survey covered 4,000 firms. Of these, 30% (1,200) export.",
    "The survey covered 4,000 firms. Some 30% of them (1,200) export.",
    "The survey covered 4,000 firms. Of them, 1,200 (30%) export.",
    "The survey covered 4,000 firms. Among them, 1,200, or 30 per cent, export.",
]


@pytest.mark.parametrize("text", COUNT_AND_PERCENT + WHOLE_BEFORE)
def test_a_percentage_beside_its_count_is_a_share_of_the_whole_named(text, tmp_path):
    assert _shares(text) == [("30", "1,200", "4,000")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("30", "40", 1)) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        # no whole: the share is the count's, of something the text does not say
        "The region has 4,000 firms; 30% (1,200) are exporters.",
        "Sales were $5.2 million (8%) in the quarter.",
        "She won 1,200 votes (30%), beating him by 300.",
        # the percentage names a whole of its own
        "The region had 4,000 firms, of which 1,200, or 30% of exports, were exporters.",
    ],
)
def test_a_percentage_beside_a_count_with_no_whole_named_links_nothing(text):
    assert _shares(text) == []


def test_a_bracketed_count_after_a_percentage_is_a_figure_not_a_list_number():
    extraction = extract_text("About 30% (1,200) of the 4,000 firms were exporters.")
    assert [m.number for m in extraction.mentions] == ["30", "1,200", "4,000"]
    listed = extract_text("The plan has two aims: (1) cut costs and (2) hire staff.")
    assert [m.number for m in listed.mentions] == ["2"]


# a share of a whole named in words whose figure the text gave before
NAMED_AGAIN = [
    (
        "Sales reached $500 million. Online sales were $150 million, accounting for 30% of "
        "total sales."
    ),
    "Exports rose to $500 million. Machinery exports were $150 million, 30 percent of exports.",
    "Imports were $500 million. Fuel imports came to $150 million, or 30% of all imports.",
    "全市共有企业500家。出口企业150家，占企业总数的30%。",
    # "of the total" after the one level of the sentence before
    "The city collected $500 million in taxes. Property taxes brought in $150 million, 30 "
    "percent of the total.",
    "The plant made 500 cars last year. Electric cars made up 150, or 30% of the total.",
    "全市共有企业500家。出口企业150家，占总数的30%。",
]


@pytest.mark.parametrize("text", NAMED_AGAIN)
def test_a_share_of_a_whole_named_again_is_checked(text, tmp_path):
    assert [s[1:] for s in _shares(text)] == [("150", "500")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("30", "40")) == ["share"]


# exports named inside the name of the trade total (进出口: imports and exports): the whole a
# share of exports names is the exports, never the total of both
TRADE_TOTAL = "今年一季度，全省进出口总值800亿元，增长5%。"


def test_a_share_of_exports_is_not_of_the_total_of_imports_and_exports(tmp_path):
    named_apart = TRADE_TOTAL + "其中，出口500亿元，增长6%。机械设备出口200亿元，占出口的40%。"
    assert [s[1:] for s in _shares(named_apart)] == [("200", "500")]
    assert _errors(tmp_path, named_apart.replace("40%", "30%")) == ["share"]
    unnamed = TRADE_TOTAL + "机械设备出口200亿元，占出口总值的40%。"
    assert _shares(unnamed) == []
    assert _errors(tmp_path, unnamed) == []
    # the total of both named again is the total
    both = TRADE_TOTAL + "机械设备进出口200亿元，占进出口总值的25%。"
    assert [s[1:] for s in _shares(both)] == [("200", "800")]


def test_a_share_of_all_of_a_quantity_is_not_of_a_group_of_it(tmp_path):
    # 全部投资 (all investment) is not the investment of the group listed before
    groups = (
        "其中，国有企业投资300亿元，增长12%；民营企业投资500亿元，增长7%，占全部投资的比重为62.5%。"
    )
    assert [s[1:] for s in _shares(groups)] == []
    assert _errors(tmp_path, groups) == []
    total = "全年投资800亿元，增长6%。其中，民营企业投资500亿元，增长7%，占全部投资的比重为62.5%。"
    assert [s[1:] for s in _shares(total)] == [("500", "800")]
    assert _errors(tmp_path, total.replace("62.5%", "52.5%")) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        # two levels named alike before: which one is meant?
        "Car sales were $500 million. Truck sales were $400 million. Online sales were "
        "$150 million, 30% of total sales.",
        # "of the total" with two levels in the sentence before
        "The plant made 500 cars and 300 trucks. Electric models made up 150, or 30% of the total.",
        # "of the total" in another unit than the part's
        "The plant made 500 cars last year. Electric cars earned $150, or 30% of the total.",
        # "of the total" by a part the whole's words do not name: which total?
        "The plant made 500 cars last year. Exports came to 150, or 30% of the total.",
        # a whole of two periods, and a part the text does not date
        "Sales were $500 million in 2023 and $400 million in 2022. Online sales were "
        "$150 million, 30% of sales.",
    ],
)
def test_a_whole_named_again_ambiguously_links_nothing(text):
    assert _shares(text) == []


@pytest.mark.parametrize(
    "text, share",
    [
        (
            "The state spent $20 billion on health, nearly a third of its $60 billion budget.",
            "a third",
        ),
        ("The 20,000 jobs lost represent a third of the 60,000 workers in the sector.", "a third"),
        ("Of the city's 60,000 residents, about 20,000 -- roughly a third -- are poor.", "a third"),
        ("The 20,000 jobs lost represent 33 percent of the 60,000 workers.", "33"),
        ("110% of Rs 18,000 ought to be 20,000.", "110"),
    ],
)
def test_a_fraction_or_percentage_of_a_whole_in_one_sentence_is_checked(text, share, tmp_path):
    ((found, *_),) = _shares(text)
    assert found.endswith(share.split()[-1]) or found == share
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,200 out of 4,000 firms were exporters.",
        "Only 1,200 of the 4,000 firms were exporters.",
        "They raised $1,200 of the $4,000 they sought.",
        "Out of 4,000 firms, 1,200 export.",
    ],
)
def test_a_count_out_of_its_whole_is_a_part_of_it(text, tmp_path):
    extraction = extract_text(text)
    parts = [
        tuple(extraction.mentions[m].number for m in r.mentions)
        for r in extraction.relations
        if r.type == "part_of"
    ]
    assert parts == [("1,200", "4,000")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("4,000", "1,000")) == ["part-whole"]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital treated 500 patients last year. Children made up 150, or 30% of patients.",
        "The agency counted 500 civilian casualties in 2021. Women accounted for 150, or 30% of "
        "all civilian casualties.",
        "The survey covered 500 firms in May. Some 150 firms, 30% of the firms, export.",
    ],
)
def test_a_whole_named_by_the_noun_its_figure_counts_is_the_share_s_whole(text, tmp_path):
    assert [s[1:] for s in _shares(text)] == [("150", "500")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("30", "40")) == ["share"]


RESULTS = [
    "Smith won 5,200 votes (52%), Jones 3,800 (38%) and Brown 1,000 (10%).",
    "Smith won 52 percent (5,200 votes) to Jones's 38 percent (3,800 votes), with Brown at 10 "
    "percent (1,000 votes).",
    "Smith took 52% of the vote (5,200 votes), Jones 38% (3,800) and Brown 10% (1,000).",
    "Smith won with 5,200 votes, or 52 percent, to Jones's 3,800, or 38 percent, and Brown's "
    "1,000, or 10 percent.",
]


@pytest.mark.parametrize("text", RESULTS)
def test_counts_listed_with_percentages_making_100_are_shares_of_their_sum(text, tmp_path):
    extraction = extract_text(text)
    summed = [r for r in extraction.relations if r.type == "shares_sum_100"]
    assert len(summed) == 1 and len(summed[0].mentions) == 3
    assert _errors(tmp_path, text) == []
    wrong = text.replace("3,800", "4,800")
    assert "share-of-summed-whole" in _errors(tmp_path, wrong)


@pytest.mark.parametrize(
    "text",
    [
        # the list leaves a part out (the shares cannot make 100 %): no whole is known
        "Smith won 5,200 votes (52%) and Jones 3,800 (38%).",
        # a list whose whole the sentence gives: shares of it
        "Of the 10,000 votes cast, Smith won 5,200 (52%), Jones 3,800 (38%) and Brown 1,000 (10%).",
    ],
)
def test_listed_counts_and_percentages_short_of_100_are_no_shares_of_their_sum(text):
    assert [r for r in extract_text(text).relations if r.type == "shares_sum_100"] == []


def test_a_list_opening_on_its_whole_gives_each_pair_s_share_of_it(tmp_path):
    text = (
        "Of the 10,000 votes cast, Smith won 5,200 (52%), Jones 3,800 (38%) and Brown 1,000 (10%)."
    )
    assert [s[1:] for s in _shares(text)] == [
        ("5,200", "10,000"),
        ("3,800", "10,000"),
        ("1,000", "10,000"),
    ]
    assert _errors(tmp_path, text.replace("(38%)", "(48%)")) == ["share"]


def test_a_name_before_a_count_in_thousands_is_no_model_number():
    extraction = extract_text("Smith won 5,200 votes and Jones 3,800.")
    assert [m.number for m in extraction.mentions] == ["5,200", "3,800"]
    assert [
        m.number for m in extract_text("The Boeing 737 and the Airbus 320 flew.").mentions
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "Women made up 1,200 of the 4,000 casualties, 30 per cent.",
        "Some 1,200 of the 4,000 casualties, 30%, were women.",
        "In all, 1,200 of the 4,000 staff were women: 30 percent.",
    ],
)
def test_a_count_out_of_its_whole_then_a_bare_percentage_is_its_share(text, tmp_path):
    assert [s[1:] for s in _shares(text)] == [("1,200", "4,000")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("30", "40")) == ["share"]


def test_a_count_brought_by_with_after_a_share_of_a_whole_is_a_reading(tmp_path):
    text = "Women made up 30% of the 4,000 casualties, with 1,200 killed or injured."
    extraction = extract_text(text)
    (share,) = [r for r in extraction.relations if r.type == "share"]
    assert share.stated is False and None not in share.mentions
    # "with" may bring another matter: a disagreement is a note, never an error
    assert _errors(tmp_path, text.replace("30%", "40%")) == []


def test_a_paragraph_opening_on_a_detail_keeps_the_period_of_the_one_before(tmp_path):
    text = (
        "In June 2023, total sales reached $90 million.\n\n"
        "In the first half of 2023, total sales reached $500 million.\n\n"
        "Specifically, online sales were $150 million, accounting for 30% of total sales."
    )
    assert [s[1:] for s in _shares(text)] == [("150", "500")]
    assert _errors(tmp_path, text.replace("30%", "40%")) == ["share"]
    # a paragraph of its own: its figures are not dated by the paragraph before
    alone = text.replace("Specifically, online", "Online")
    assert _shares(alone) == []


def test_the_sectors_shares_of_another_year_after_a_sentence_giving_them(tmp_path):
    first = (
        "In 1990, farming took about 40 percent of the economy, followed by industry with "
        "35 percent and services at 25 percent."
    )
    then = (
        " In 2000, the industrial sector had risen to 45 percent, followed by services with "
        "about 30 percent and agriculture on 25 percent."
    )
    rates = " Unemployment in farming rose to 5 percent, in industry to 7 percent and in services to 4 percent."
    extraction = extract_text(first + then + rates)
    summed = [r for r in extraction.relations if r.type == "shares_sum_100"]
    assert len(summed) == 2  # the rates of the third sentence are no shares
    assert _errors(tmp_path, first + then) == []
    assert _errors(tmp_path, first + then.replace("45 percent", "55 percent")) == ["sum-shares"]
    # on its own, with no share word, the second sentence may give any three rates
    alone = [r for r in extract_text(then.strip()).relations if r.type == "shares_sum_100"]
    assert alone == []


@pytest.mark.parametrize(
    "text",
    [
        "About 6 in 10 voters back the plan. Asked again, 58 percent of voters backed it.",
        "Nearly three in four nurses work nights, the union said. In all, 72% of nurses did.",
    ],
)
def test_a_share_of_a_group_as_n_in_m_and_as_a_percentage_is_one_share(text, tmp_path):
    extraction = extract_text(text)
    (restated,) = [r for r in extraction.relations if r.type == "restates"]
    assert restated.stated is False
    shares = [c for c in extraction.claims if c.kind == "share"]
    assert len(shares) == 2 and len({(c.metric, c.of) for c in shares}) == 1
    # the two disagree: a note, never an error (they may measure two things of one group)
    assert _errors(tmp_path, text.replace("58", "38").replace("72%", "52%")) == []


# "N in M" restated in the next sentence as a percentage of a group named otherwise (or the
# fraction naming none), the two saying what the share does in one word
SAID_AGAIN_NEXT = [
    "More than two in five cyclists now ride to work, a study has found. The study says "
    "42 per cent of bike owners ride to work most days.",
    "3 in 10 back the ferry levy\n\nAbout 30% of islanders back the ferry levy, a poll of "
    "800 residents shows.",
]


@pytest.mark.parametrize("text", SAID_AGAIN_NEXT)
def test_n_in_m_said_again_next_as_a_percentage_of_a_group_is_one_share(text, tmp_path):
    (restated,) = related_figures(text, "restates")
    assert restated[1] in ("More than two in five", "3 in 10") and restated[0] in (
        "42 per cent",
        "About 30%",
    )
    assert text_errors(tmp_path, text) == []
    wrong = text.replace("42 per cent", "22 per cent").replace("About 30%", "About 60%")
    findings = text_findings(tmp_path, wrong)
    assert [f.rule for f in findings if f.severity == "info"].count("share-conflict") == 1
    assert [f for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(
    "text",
    [
        # nothing done in common but the poll: two findings of one poll
        "Two in five cyclists ride to work, a study has found. The study says 42 per cent of "
        "bike owners own two bikes.",
        # a second percentage in the next sentence: which one restates the fraction?
        "Two in five cyclists ride to work. Some 42 per cent of bike owners ride to work and "
        "12 per cent drive.",
        # the fraction's sentence gives another figure: the fraction is one of its findings
        "Two in five cyclists ride to work, up from 31% in 2019. Some 42 per cent of bike "
        "owners ride to work.",
        # a sentence between them
        "Two in five cyclists ride to work. Roads are busy. Some 42 per cent of bike owners "
        "ride to work.",
    ],
)
def test_n_in_m_and_a_percentage_of_another_group_apart_are_no_restatement(text):
    assert related_figures(text, "restates") == []


def test_percentages_of_another_group_are_no_restatement_of_n_in_m():
    text = (
        "About 2 in 10 adults, and about 5 in 10 farmers, agree. On the whole, 61 percent of "
        "his backers agree, but 47 percent of farmers and 13 percent of teachers do."
    )
    restated = [r for r in extract_text(text).relations if r.type == "restates"]
    spans = [tuple(extract_text(text).mentions[m].number for m in r.mentions) for r in restated]
    assert spans == [("47", "5/10")]


@pytest.mark.parametrize(
    "text",
    [
        "The firm earned $500 million in revenue, of which exports made up 30%, or $150 million.",
        "Revenue was $500 million; exports made up 30% of it, or $150 million.",
        "The firm had $500 million in revenue, and 30% of it ($150 million) came from abroad.",
    ],
)
def test_a_percentage_then_the_amount_it_stands_for_is_a_share_of_the_one_before(text, tmp_path):
    assert [s[1:] for s in _shares(text)] == [("150", "500")]
    assert _errors(tmp_path, text.replace("30%", "40%")) == ["share"]


def test_of_them_after_two_counts_links_neither():
    text = "The club has 1,500 members and 200 staff; 20% of them (300) are under 18."
    assert _shares(text) == []


def test_a_share_named_before_its_percentage_is_of_the_level_named_so(tmp_path):
    text = (
        "GDP reached $500 billion in 2023. Services produced $260 billion, and their share of "
        "GDP was 52%."
    )
    assert [s[1:] for s in _shares(text)] == [("260", "500")]
    assert _errors(tmp_path, text.replace("52%", "62%")) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        "She made 41 saves from 45 shots faced for a 91% save rate.",
        "The striker scored 12 of his 30 penalties, a 40% conversion rate.",
        "He completed 58 passes out of 64 attempts, giving a 90.6% pass accuracy.",
    ],
)
def test_a_count_out_of_attempts_and_the_rate_it_makes(tmp_path, text):
    assert len(_shares(text)) == 1
    assert text_errors(tmp_path, text) == []


def test_a_rate_that_its_count_does_not_make_is_an_error(tmp_path):
    text = "She made 41 saves from 45 shots faced for a 87% save rate."
    assert [e.rule for e in text_errors(tmp_path, text)] == ["share"]


def test_a_rate_after_a_pair_of_levels_is_no_share_of_them(tmp_path):
    text = "The club grew to 77 members from 79 last year, a 93% renewal rate."
    assert _shares(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the total's name hidden by a bracket, a group of it named by 人口 before the share
        "年末全市人口(包括驻军的人口,不包括外籍人员)1000万人。60岁及以上人口300万人,占全市人口的"
        "30.0%,其中65岁及以上人口200万人,占全市人口的20.0%。",
        # in Traditional script (全國), the clause before naming the whole in its own share
        "年末全國人口(包括現役軍人的人口)1000萬人。勞動年齡人口600萬人,占全國人口的比重為60.0%;"
        "60歲及以上人口300萬人,占全國人口的30.0%,其中65歲及以上人口200萬人,占全國人口的20.0%。",
        # the rural population is the urban's sibling, not the whole of the urbanisation rate
        "从城乡构成看,城镇常住人口700万人,比上年末增加10万人;乡村常住人口300万人,减少12万人;"
        "城镇人口占全市人口的比重(城镇化率)为70.0%。",
    ],
)
def test_a_share_of_the_whole_population_is_not_of_a_group_or_a_sibling(text, tmp_path):
    assert _errors(tmp_path, text) == []


# Traditional script throughout: 佔 and 總量 read as 占 and 总量, as the figures are
TRADITIONAL_SHARE = "全市遊客量達236萬人次,同比增長3.2%。自駕遊客187萬人次,佔遊客總量的79.2%。"


def test_a_share_written_in_traditional_script_is_read_as_in_simplified(tmp_path):
    simplified = "全市游客量达236万人次,同比增长3.2%。自驾游客187万人次,占游客总量的79.2%。"
    assert _shares(TRADITIONAL_SHARE) == _shares(simplified) == [("79.2", "187", "236")]
    assert _errors(tmp_path, TRADITIONAL_SHARE) == []
    assert _errors(tmp_path, TRADITIONAL_SHARE.replace("79.2%", "89.2%")) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 120 clinics, 30 - a quarter - now open at weekends.",
        "Of the 120 clinics, 30 (a quarter) now open at weekends.",
        "Of the 450 ferries, 300 – two-thirds – run on diesel.",
        "Of the 640 bridges inspected, 320, or half, needed repairs.",
    ],
)
def test_a_fraction_word_restating_a_part_is_its_share_of_the_whole(tmp_path, text):
    # the fraction word in apposition restates the count before it: a share, not a part of its own
    assert len(_shares(text)) == 1
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of the 120 clinics, 30 - a third - now open at weekends.",
        "Of the 120 clinics, 30 (a third) now open at weekends.",
        "Of the 450 ferries, 200 – two-thirds – run on diesel.",
        "Of the 640 bridges inspected, 240, or half, needed repairs.",
    ],
)
def test_a_fraction_word_restating_a_part_wrongly_is_an_error(tmp_path, text):
    assert _errors(tmp_path, text) == ["share"]


def test_a_fraction_word_after_a_year_is_no_share():
    assert _shares("In 2031, or a third of the way through the plan, 40 depots closed.") == []


def test_a_share_named_after_a_part_out_of_its_whole_is_checked(tmp_path):
    text = "The trust keeps £6bn of gilts out of £24bn in funds, a 25% share."
    assert _shares(text) == [("25", "6", "24")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("25%", "35%")) == ["share"]


def test_a_rate_of_something_else_after_a_part_out_of_its_whole_is_no_share(tmp_path):
    text = "The trust keeps £6bn of gilts out of £24bn in funds, a 3% rate of return."
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize("fraction, rules", [("half", []), ("a third", ["share"])])
def test_an_exact_fraction_word_after_a_part_of_a_whole_is_its_share(tmp_path, fraction, rules):
    text = f"Nurses made up 1,480 of the 2,960 staff, or exactly {fraction}."
    assert _errors(tmp_path, text) == rules


@pytest.mark.parametrize(
    "text",
    [
        "The region sold £30bn of goods out of £200bn in sales, a 5% share of national output.",
        "The party won 120 seats out of 400, a 35% share of the vote.",
        "The club sold 4,000 tickets out of 16,000 printed, a 10% share of them to students.",
        "Buyers took 3 million bonds out of 12 million offered, a 40% proportion of which abroad.",
        "The bank lent £2bn out of £20bn in deposits, a 5% share price rise followed.",
        "The insurer paid £2bn of claims out of £10bn in premiums, a 15% share increase since 2020.",
    ],
)
def test_a_share_of_another_whole_after_a_part_out_of_its_whole_is_no_share(tmp_path, text):
    # the share noun does not end its clause: a share of something else, or no share at all
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of the 120 clinics, 30 - half last year's total - now open at weekends.",
        "Of the 90 vans, 30, or half last year's fleet, run on diesel.",
    ],
)
def test_a_fraction_word_that_begins_another_figure_is_no_share_of_the_whole(tmp_path, text):
    # the apposition goes on after the fraction word: it is of something else than the whole
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of the 1,600 cyclists, 400, or a quarter, finished; of those, 100, or a quarter, won prizes.",
        "Of the 1,600 cyclists, 400 finished, and 100 of them, or a quarter, won prizes.",
        "Of the 600 riders, 200 (a third) were juniors; 100 of those (half) won prizes.",
    ],
)
def test_a_part_of_a_part_is_no_part_of_the_whole_named_first(tmp_path, text):
    # "of those", "of them": the later count is a part of the part before, not of the whole
    assert _errors(tmp_path, text) == []


def test_a_whole_named_first_ends_at_a_semicolon_opening_another_statement(tmp_path):
    text = "Of the £12m grant, £5m goes to parks; the trade gap widened 20% to £3bn from £2.5bn."
    assert _errors(tmp_path, text) == []


def test_a_rate_named_after_amounts_of_money_is_no_share_of_them(tmp_path):
    # a rate of counts out of attempts is their share; after money it is of something else
    text = "The trust owes £6bn of loans out of £24bn in liabilities, a 5% interest rate."
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "tail",
    [
        "a proportion of 40% in the older stock",
        "a share of 30% at the busiest site",
        "a share of 20% a decade ago",
    ],
)
def test_a_share_with_a_scope_or_time_of_its_own_is_no_share_of_the_part_before(tmp_path, tail):
    text = f"Of the 3,000 flats, 750 lacked double glazing, {tail}."
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, "Of the 3,000 flats, 750 lacked double glazing, a share of 35%.") == [
        "share"
    ]


@pytest.mark.parametrize(
    "text, rules",
    [
        # a fraction in words is the writer's rounding of the share to the nearest half, third,
        # quarter or fifth: 31 of 100 is "a third", 27 of 100 nearer a quarter
        ("Of the 100 councils, 31, or a third, raised parking fees.", []),
        ("Of the 100 councils, 27, or a third, raised parking fees.", ["share"]),
        ("Of the 400 ferries, 190 - half - were late.", []),
        ("Of the 400 ferries, 170 - half - were late.", ["share"]),
        ("Four in 10 of the 500 growers, 190, sold early.", []),
        ("Four in 10 of the 500 growers, 150, sold early.", ["share"]),
        # "exactly" keeps the fraction itself
        ("Of the 100 councils, 31, or exactly a third, raised parking fees.", ["share"]),
    ],
)
def test_a_fraction_in_words_is_the_nearest_common_fraction_to_its_share(tmp_path, text, rules):
    assert _errors(tmp_path, text) == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        # a rate or share named before its figure, after a count out of its attempts or whole
        ("The side won 24 of its 38 games, a win rate of 73%.", ["share"]),
        ("The side won 24 of its 38 games, a win rate of 63%.", []),
        ("Inspectors passed 45 of 60 lifts, giving a pass rate of 90%.", ["share"]),
        ("Inspectors passed 45 of 60 lifts, giving a pass rate of 75%.", []),
        # with a scope of its own, of another kind, or after money: not the part's share
        ("Inspectors passed 45 of 60 lifts, a pass rate of 90% at the newer sites.", []),
        ("Inspectors passed 45 of 60 lifts, a target rate of 90%.", []),
        ("The fund lent £6bn of its £24bn, a rate of 5%.", []),
        # a rate the count's own words do not name is of the rest or of something else
        ("The trust filled 30 of its 40 wards, a vacancy rate of 25%.", []),
        ("Assessors passed 45 of 60 kitchens, giving a failure rate of 25%.", []),
        ("The lender approved 24 of its 38 bids, at an interest rate of 6%.", []),
        ("The ferry line ran 80 of its 100 boats, with an occupancy rate of 75%.", []),
        ("The lender approved 24 of its 38 bids, an approval rate of 73%.", ["share"]),
    ],
)
def test_a_rate_named_before_its_figure_is_the_share_of_the_count(tmp_path, text, rules):
    assert _errors(tmp_path, text) == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        # a percentage, then "or" and the amount it stands for, with or without commas
        ("Of the £2.4bn budget, 60% or £1.2bn goes on salaries.", ["share"]),
        ("Of the £2.4bn budget, 50% or £1.2bn goes on salaries.", []),
        ("Of the 2,000 staff, 5% or 100 work part-time.", []),
        ("Of the 2,000 staff, 5% or 6% work part-time.", []),
        # "or" between alternatives, not a restatement
        ("Of the 3,000 staff, firms must screen 5% or 400 people, whichever is greater.", []),
        ("Of the 3,000 staff, 5% or 400 people whichever is greater are screened.", []),
        ("Of the £3bn budget, either 10% or £500m would be cut.", []),
        ("Of the 500 staff, between 10% or 80 could go.", []),
    ],
)
def test_a_percentage_or_the_amount_it_stands_for_is_a_share(tmp_path, text, rules):
    assert _errors(tmp_path, text) == rules


def test_a_whole_named_after_its_amount_in_an_opening_of_phrase(tmp_path):
    # "Of the $300m fund": the fund is the whole's name, not the words before it, and an amount
    # written as one word ("2.4bn") is no part of any name
    claims = extract_text("Of the $300m fund, $100m went to schools.").claims
    assert [c.metric for c in claims] == ["fund", "fund_part_2"]
    claims = extract_text("Of the £2.4bn budget, 60%, or £1.2bn, goes on salaries.").claims
    assert {c.metric for c in claims} == {"budget", "budget_part_2"}


@pytest.mark.parametrize(
    "text, rules",
    [
        # a share of a whole, a word or two of the whole's, then the count set off by commas
        ("Only 3 in 10 of the 600 firms surveyed, about 280, expect to hire.", ["share"]),
        ("Only 3 in 10 of the 600 firms surveyed, about 180, expect to hire.", []),
        ("30% of the 600 firms surveyed, about 280, expect to hire.", ["share"]),
        # a count that goes on is of something else
        ("Half of the 1,200 homes flooded, 300 of them in the north.", []),
        ("Half of the 1,200 homes flooded, 300 in the north.", []),
    ],
)
def test_the_count_of_a_share_after_the_wholes_words(tmp_path, text, rules):
    assert _errors(tmp_path, text) == rules


# a count out of its whole restated by a relative clause: "which is", "which works out to"
WHICH_IS_SHARE = [
    "The district logged 2,400 burglaries out of 60,000 homes, which is 4 percent.",
    "Some 90 of the 1,800 trainees quit, which works out to 5%.",
    "The charity housed 350 of the 1,400 applicants, which comes to 25 percent.",
    "Inspectors failed 72 out of 480 lorries, which was 15%.",
]


@pytest.mark.parametrize("text", WHICH_IS_SHARE)
def test_a_count_out_of_its_whole_restated_by_which_is_is_its_share(tmp_path, text):
    assert len(_shares(text)) == 1
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        (WHICH_IS_SHARE[0], "0.04 percent"),
        (WHICH_IS_SHARE[1], "50%"),
        (WHICH_IS_SHARE[2], "35 percent"),
        (WHICH_IS_SHARE[3], "1.5%"),
    ],
)
def test_a_wrong_share_restated_by_which_is_is_an_error(tmp_path, text, wrong):
    right = re.search(r"\d[\d.]* ?(?:percent|%)(?=\.$)", text)
    assert right is not None
    assert _errors(tmp_path, text.replace(right.group(), wrong)) == ["share"]


# a share of a whole before it, then between commas or dashes the count it stands for
APPOSED_COUNT = [
    "The orchard has 600 trees. A third of them, 200, bear pears.",
    "The orchard has 600 trees. Some 40% of these, 240, bear pears.",
    "The orchard has 600 trees, a third of which, 200, bear pears.",
    "The club has 600 members; 40 per cent of them, 240, are under 18.",
    "The club has 600 members, 40% of whom, 240, are under 18.",
    "The club has 600 members, 40% of whom -- 240 -- are under 18.",
    "The orchard has 600 trees, a third of which - 200 - bear pears.",
]


@pytest.mark.parametrize("text", APPOSED_COUNT)
def test_a_count_between_commas_or_dashes_after_a_share_of_them_is_its_part(text, tmp_path):
    share, part = ("A third", "200") if "third" in text else ("40", "240")
    assert [s[1:] for s in _shares(text)] == [(part, "600")]
    assert _errors(tmp_path, text) == []
    wrong = text.replace(f" {part} ", " 300 ").replace(f", {part},", ", 300,")
    assert _errors(tmp_path, wrong) == ["share"], share


@pytest.mark.parametrize(
    "text",
    [
        "The district logged 2,400 burglaries out of 60,000 homes, which is 4 percent more than 2019.",
        "Some 90 of the 1,800 trainees quit, which is 5% below the national rate of 7%.",
        "The charity housed 350 of the 1,400 applicants, which is 25 percent up on last year.",
    ],
)
def test_which_is_before_a_comparison_is_no_share(tmp_path, text):
    # the percentage goes on to compare with something else: no restatement of the share
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        # what is counted between 共有 and the whole; the part after 其中
        (
            "全省共有县级医院123家，其中达标医院102家，达标率为82.9%。",
            "全省共有县级医院123家，其中达标医院102家，达标率为86.9%。",
        ),
        (
            "全市共有监测点位64个，优良点位56个，优良率为87.5%。",
            "全市共有监测点位64个，优良点位56个，优良率为78.5%。",
        ),
    ],
)
def test_a_rate_named_by_a_part_of_a_counted_whole_is_its_share(tmp_path, right, wrong):
    assert [f.message for f in text_findings(tmp_path, right) if f.severity != "info"] == []
    assert len(text_errors(tmp_path, wrong)) == 1


def test_a_whole_after_a_word_holding_gong_is_no_counted_whole(tmp_path):
    # 公共 holds 共: no whole counted with 共
    text = "全县公共预算收入50亿元，税收收入46亿元，税收率为92%。"
    assert _shares(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the figure after the comma is of something else: a time, a change, a total
        "The orchard has 600 trees. About 40% of them, 3 years ago, bore pears.",
        "The orchard has 600 trees. About 40% of them, 150 more than in 2020, bear pears.",
        "The orchard has 600 trees. Half of them, 150 in all, bear pears and plums.",
        # no "of them": the count after the comma is a figure of its own
        "The orchard has 600 trees; 40%, 150 of them old, bear pears.",
    ],
)
def test_a_figure_after_a_share_of_them_that_goes_on_is_no_count_of_it(text, tmp_path):
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


# a share "of the total" after its part, the total in an earlier clause of the sentence
TOTAL_IN_AN_EARLIER_CLAUSE = [
    "Ticket sales totalled $80 million, with matinees accounting for $20 million, or 25% of "
    "the total.",
    "Total ticket sales were $80 million, and matinees brought in $20 million, or 25% of the "
    "total.",
    "The mill sawed 8,000 logs in May; oak logs made up 2,000, or 25% of the total.",
    "The mill sawed 8,000 logs in all, and 2,000 came from the north, or 25% of the total.",
]


@pytest.mark.parametrize("text", TOTAL_IN_AN_EARLIER_CLAUSE)
def test_a_share_of_the_total_is_of_the_total_an_earlier_clause_gives(text, tmp_path):
    part, whole = ("$20 million", "$80 million") if "$" in text else ("2,000", "8,000")
    assert _shares(text) == [("25", part.lstrip("$").split()[0], whole.lstrip("$").split()[0])]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("25%", "35%")) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        # the level before is no total and names nothing the part's clause does: of all sales
        "The theatre spent $5 million on posters, and matinees brought in $20 million, or 25% "
        "of the total.",
        # two levels of the unit before the part: which one is the total the words do not say
        "Ticket sales rose from $70 million to $80 million in total, with matinees at $20 "
        "million, or 40% of the total.",
        # the part of another year than the total
        "Ticket sales totalled $80 million in 2023, and matinees took $20 million in 2024, or "
        "40% of the total.",
        # a total of its own, named
        "The state had 400 cases in total, and the city's 150 cases were 40% of the national "
        "total.",
    ],
)
def test_a_share_of_the_total_with_no_one_total_before_it_links_nothing(text, tmp_path):
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


# a count among the whole it happened in, then the rate they make, per hundred or thousand
COUNT_AMONG_WHOLE_THEN_RATE = [
    "The hatchery recorded 36 deaths among 12,000 chicks hatched, a rate of 3 per 1,000.",
    "The hatchery counted 36 sick birds out of its 12,000 chicks, a rate of 3 per thousand.",
    "Only 36 of the 12,000 chicks died, or 0.3%.",
    "There were 36 losses out of 12,000 chicks, a rate of 0.3%.",
]


@pytest.mark.parametrize("text", COUNT_AMONG_WHOLE_THEN_RATE)
def test_a_rate_after_a_count_among_its_whole_is_the_share_of_the_count(text, tmp_path):
    assert [s[1:] for s in _shares(text)] == [("36", "12,000")]
    assert _errors(tmp_path, text) == []
    assert _errors(tmp_path, text.replace("36", "48", 1)) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        # a rate of change after the count, its noun written
        "The hatchery sold 360 chicks among 120 farms, a growth rate of 3%.",
        "The hatchery sold 360 chicks in 12 towns, up 3%.",
        # the count larger than what it stands in: a frame, no whole
        "The hatchery sold 360 chicks in 12 towns, or 3%.",
    ],
)
def test_a_rate_after_a_count_in_a_frame_or_of_change_is_no_share(text, tmp_path):
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []


def test_a_change_of_a_rate_per_thousand_written_out_is_in_its_points(tmp_path):
    # "fell by 0.4 per 1,000" from one rate per thousand to another: points, never a
    # relative change (that is written in percent)
    text = "The hatch loss rate fell to 9.8 per 1,000 in 2025 from 10.2 per 1,000 in 2024, a drop of {} per 1,000."
    assert _errors(tmp_path, text.format("0.4")) == []
    assert [f.rule for f in text_errors(tmp_path, text.format("0.6"))] == ["percentage-points"]


def test_a_count_between_dashes_after_a_share_of_whom_is_no_whole_of_it(tmp_path):
    # the count is the share's part, never the whole the figure before is a share of
    text = "The club has 600 members, a quarter of whom -- 150 -- are under 18."
    assert [s[1:] for s in _shares(text)] == [("150", "600")]
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The county has 60,000 pensioners, of whom 12,100, about one in five, live alone.",
            "The county has 60,000 pensioners, of whom 12,100, about one in three, live alone.",
        ),
        (
            "Of the 900 staff, 310, roughly a third, work part time.",
            "Of the 900 staff, 310, roughly a quarter, work part time.",
        ),
        (
            "Only 45 of the 180 councillors, a quarter, are under 40.",
            "Only 45 of the 180 councillors, a third, are under 40.",
        ),
    ],
)
def test_a_share_in_words_set_off_by_commas_restates_the_count_before_it(tmp_path, right, wrong):
    """ "12,100, about one in five, live alone": the share in words between commas is the
    count's out of the whole, as ", or about one in five," is."""
    assert _errors(tmp_path, right) == []
    assert _errors(tmp_path, wrong) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        "Of 40,000 voters, 8,000, one in four, of those under 30, stayed at home.",
        "Of 800 patients, 200, one in ten, of them children, were discharged.",
        "Out of 1,000 homes, 300, nearly half, of those in the flood zone, were damaged.",
    ],
)
def test_a_share_in_words_between_commas_before_its_own_whole_is_not_the_counts(tmp_path, text):
    """ "8,000, one in four, of those under 30,": the whole named after the share's comma is
    its own, so the share does not restate the count out of the sentence's whole."""
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In the parish poll, 3,150 ballots were cast for 7,000 eligible voters, for a turnout "
        "percentage of {} percent.",
        "At the harbour ward election, 3,150 of the 7,000 registered voters cast ballots, a "
        "turnout of {}%.",
        "The guild counted 3,150 votes out of 7,000 electors, or a {}% turnout.",
    ],
)
def test_a_turnout_is_the_share_of_the_electorate_that_voted(tmp_path, sentence):
    # 3,150 of 7,000 is 45%: the word turnout states the share of the voters' count
    assert not _errors(tmp_path, sentence.format("45"))
    assert _errors(tmp_path, sentence.format("54")) == ["share"]


def test_a_turnout_after_a_count_of_no_electorate_is_not_its_share(tmp_path):
    # the 12 are polling places, not the electorate the 3,150 ballots came from
    text = "In the parish poll, 3,150 ballots were cast at 12 polling stations, a turnout of 54%."
    assert not _errors(tmp_path, text)
    text = "In the parish poll, 3,150 ballots were cast for 7,000 eligible voters; turnout of 54%."
    assert not _errors(tmp_path, text)


# a count out of its whole said, by a verb, to be a percentage: "12 defects out of 400 parts is
# 3 percent", "46 out of the 4,175 patients died and that rate is 1.1 percent"
STATED_BY_IS_SHARE = [
    "The inspectors said 12 defects out of 400 parts is 3 percent.",
    "A reader wrote that 90 absentees out of 1,800 pupils was 5%.",
    "The ward saw 30 out of the 600 patients relapse and that rate is 5 percent.",
    "By her count 350 votes out of a total of 1,400 ballots comes to 25 percent.",
    # the whole opening the sentence, the rate named after the count
    "Of the 600 patients on the ward, 30 relapsed, and that rate is 5 percent.",
]


@pytest.mark.parametrize("text", STATED_BY_IS_SHARE)
def test_a_count_out_of_its_whole_said_to_be_a_percentage_is_its_share(tmp_path, text):
    assert len(_shares(text)) == 1
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        (STATED_BY_IS_SHARE[0], "0.03 percent"),
        (STATED_BY_IS_SHARE[1], "50%"),
        (STATED_BY_IS_SHARE[2], "8 percent"),
        (STATED_BY_IS_SHARE[3], "35 percent"),
        (STATED_BY_IS_SHARE[4], "0.05 percent"),
    ],
)
def test_a_wrong_percentage_said_of_a_count_out_of_its_whole_is_an_error(tmp_path, text, wrong):
    right = re.search(r"\d[\d.]* ?(?:percent|%)(?=\.$)", text)
    assert right is not None
    assert _errors(tmp_path, text.replace(right.group(), wrong)) == ["share"]


@pytest.mark.parametrize(
    "text",
    [
        # the percentage compares, names another whole, or another clause opens before it
        "The inspectors said 12 defects out of 400 parts was 8 percent of the national total.",
        "The team won 30 out of 40 games and attendance was 65 percent.",
        "The team won 30 out of 40 games, but the home record was 55 percent.",
        "Of the 600 patients on the ward, 30 relapsed, and the readmission rate is 8 percent.",
        "Of the 600 patients on the ward, 30 relapsed; the rate is 8 percent.",
        # no count said to be out of the whole: "of the" may name a group the figure is about
        "Growth at 5 of the 10 largest firms was 4 percent.",
    ],
)
def test_a_percentage_after_a_count_out_of_a_whole_that_says_something_else_is_no_share(
    tmp_path, text
):
    assert _shares(text) == []
    assert _errors(tmp_path, text) == []
