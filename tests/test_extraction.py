"""Claim extraction (issue 7): numbers as written, context, links, drafts that load and check.

Every text here is invented for the test: other cities, currencies and units than the seed
articles, so the extractor is held to news text in general.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest
import yaml

from checker.cli import main
from checker.extraction import claim_file_text, extract_text, find_mentions, metrics_text
from checker.extraction.document import document_from_text
from checker.loading import load_corpus
from checker.runner import run

from .text_checks import text_errors


def _mentions(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(m.number, m.scale, m.unit, m.qualifier) for m in find_mentions(text)]


# ------------------------------------------------------------------ mentions


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Shanghai's retail sales reached 1.85 trillion yuan last year.",
            [("1.85", "trillion", "CNY", None)],
        ),
        (
            "Osaka attracted about 3.2 billion U.S. dollars of investment.",
            [("3.2", "billion", "USD", "about")],
        ),
        (
            "The Lyon project costs €4.5bn, up from €3.9bn.",
            [("4.5", "bn", "EUR", None), ("3.9", "bn", "EUR", None)],
        ),
        ("Manchester spent £300m on trams.", [("300", "m", "GBP", None)]),
        ("The park covers 12,500 square kilometres.", [("12,500", None, "km**2", None)]),
        ("Unemployment in Lagos fell to 4.2 percent.", [("4.2", None, "%", None)]),
        ("The rate rose 0.8 percentage points.", [("0.8", None, "pp", None)]),
        ("Nearly 40,000 households in Cordoba were connected.", [("40,000", None, "", "nearly")]),
        ("Sales in Busan nearly doubled.", [("2", None, "x", "nearly")]),
        ("Seven new metro lines opened in Lima.", [("7", None, "", None)]),
        ("More than half of the voters in Quito agreed.", [("1/2", None, "", "over")]),
        ("Exports topped 2 million tonnes.", [("2", "million", "t", "over")]),
    ],
)
def test_numbers_are_read_as_written(text, expected):
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oslo rolled out 5G and tested 6G in 2022.",
        "The State Council approved version 3.1 of the plan.",
        "The meeting opened at 09:45 on March 3, 2024.",
        "Call +44 20 7946 0958 for details.",
        "She finished 2nd, and the team ranked 14th.",
        "COVID-19 cases were reported in 2021.",
        "Three years ago, the city of Accra set a goal.",
        "In the first three quarters, Nairobi grew.",
        "The “Top 10 Streets” campaign began.",
        "1. Housing\n2. Transport\n",
        "12 Comment(s) Print",
    ],
)
def test_dates_versions_ordinals_phones_and_names_are_not_claims(text):
    assert find_mentions(text) == []


def test_chinese_numbers():
    text = (
        "2023年全市地区生产总值31723.1亿元，同比增长5.1%。一般公共预算收入71.4亿元，新增就业5万人。"
    )
    found = _mentions(text)
    assert ("31723.1", "亿", "CNY", None) in found
    assert ("5.1", None, "%", None) in found
    assert ("71.4", "亿", "CNY", None) in found
    assert ("5", "万", "", None) in found
    assert not any(number == "2023" for number, *_ in found)


def test_money_is_never_atomic_mass_and_5g_is_not_gauss():
    extraction = extract_text(
        "Trade reached 9.4 billion yuan (about 1.3 billion U.S. dollars) in 2023, as 5G spread.",
        anchor=date(2024, 1, 5),
    )
    values = [c.value for c in extraction.claims]
    assert values == ["9.4 billion CNY", "about 1.3 billion USD"]


# ------------------------------------------------------------------ context and links


def _claims(text: str, **options):
    return {(c.kind, c.value): c for c in extract_text(text, **options).claims}


def test_levels_change_and_annual_rate_of_one_metric():
    text = (
        "Shenzhen’s innovation index has kept rising, from 1.20 in 2015 to 1.50 in 2020, a jump of 25 percent "
        "during the period, with an average annual increase of 4.6 percent."
    )
    claims = _claims(text)
    start, end = claims[("value", "1.20")], claims[("value", "1.50")]
    change, cagr = claims[("change", "+25 %")], claims[("cagr", "4.6 %")]
    assert (start.period, end.period) == ("2015", "2020")
    assert start.metric == end.metric == change.metric == cagr.metric == "innovation_index"
    assert (change.start, change.end) == ("2015", "2020") and (cagr.start, cagr.end) == (
        "2015",
        "2020",
    )
    assert start.entity == "Shenzhen"


def test_conversion_share_part_and_quarters():
    text = textwrap.dedent("""\
        Valencia at the forefront
        2023-10-30

        In the first three quarters of the year, Valencia’s tourism sector achieved revenues of 8.2 billion euros,
        marking a 6.1% year-on-year increase and accounting for 14.5% of the region’s GDP. Hotels within the tourism sector achieved revenues of 3.1 billion euros.
        Port traffic exceeded 40 billion euros (about 43 billion U.S. dollars) in 2022.
        """)
    extraction = extract_text(text)
    claims = {(c.kind, c.value): c for c in extraction.claims}
    level = claims[("value", "8.2 billion EUR")]
    assert level.period == "2023-Q1..2023-Q3" and level.entity == "Valencia"
    growth = claims[("change", "+6.1 %")]
    assert growth.basis == "yoy" and growth.metric == level.metric
    share = claims[("share", "14.5 %")]
    assert share.of == "gdp" and share.metric == level.metric
    part = claims[("value", "3.1 billion EUR")]
    assert part.period == level.period and extraction.metrics[part.metric].part_of == level.metric
    converted = claims[("value", "about 43 billion USD")]
    assert extraction.claims[
        converted.converts
    ].value == "exceeding 40 billion EUR" or extraction.claims[converted.converts].value.endswith(
        "40 billion EUR"
    )
    assert converted.period == "2022"
    assert {r.type for r in extraction.relations} >= {"yoy", "share", "part_of", "converts"}


def test_this_year_resolves_against_the_date_and_from_to_levels():
    text = "The cycling network in Utrecht will expand from 300 kilometers to 420 kilometers this year, officials said."
    claims = _claims(text, anchor=date(2025, 4, 2))
    assert claims[("value", "420 km")].period == "2025"
    assert claims[("value", "300 km")].period == "2025-04-02"
    assert claims[("value", "300 km")].metric == claims[("value", "420 km")].metric


def test_header_date_and_entity_default():
    document = document_from_text(
        "Hamburg Daily\n\nPort of Hamburg posts record\n\nMay 6, 2024\n\nHamburg handled 8 million containers."
    )
    assert document.published == date(2024, 5, 6)
    assert document.title == "Port of Hamburg posts record"
    extraction = extract_text(document.text)
    assert extraction.entity == "Hamburg"


def test_title_keeps_every_word_of_a_headline_and_never_takes_the_first_paragraph():
    headline = document_from_text(
        "Updated: May 6, 2024 | By Jane Roe\n\nFerry fares rise by 5% in Tallinn as fuel costs climb\n\n"
        "Fares rose by 5% on Monday."
    )
    assert headline.title == "Ferry fares rise by 5% in Tallinn as fuel costs climb"
    assert headline.publisher == "Jane Roe"
    assert headline.published == date(2024, 5, 6)
    # A text opening with its story: the first paragraph is no title, shown or not.
    story = document_from_text(
        "Harbour traffic grew by 4.1 percent in March, led by container ships, which added "
        "1,200 calls, the port authority said on Tuesday. Bulk traffic fell by 2 percent.\n\n"
        "Passenger traffic was flat.",
        Path("harbour-march.txt"),
    )
    assert story.title == "harbour-march"


def test_a_word_of_no_change_is_a_change_of_zero_never_a_level():
    # "flat" and "unchanged" say how a quantity moved, not that it is zero
    flat = extract_text("Sales at the Oslo chain were flat in March.").claims
    assert [(c.kind, c.value) for c in flat] == [("change", "+0 %")]
    held = extract_text("The jobless rate in Tromso was unchanged at 4.2% in May.").claims
    assert sorted((c.kind, c.value) for c in held) == [("change", "+0 %"), ("value", "4.2 %")]
    # never signed by a fall nearby: "-0 %" is no figure anyone wrote
    fell = extract_text("Ferry revenue fell 3% in May (flat adjusting for currency).").claims
    assert ("change", "+0 %") in [(c.kind, c.value) for c in fell]


def test_html_and_markdown_keep_offsets_into_the_file():
    html = "<html><head><title>Rain</title></head><body><p>Rainfall in <b>Chennai</b> reached 1,200 millimeters &amp; more.</p></body></html>"
    document = document_from_text(html, kind="html")
    extraction = extract_text(html, kind="html")
    claim = extraction.claims[0]
    start, end = extraction.document.file_span(*claim.quote)
    assert "1,200 millimeters" in html[start:end] and claim.value == "1,200 mm"
    markdown = (
        "# Budget\n\nThe **Leeds** budget grew to [£2.1 billion](http://example.org) in 2024."
    )
    extraction = extract_text(markdown, kind="markdown")
    assert [c.value for c in extraction.claims] == ["2.1 billion GBP"]
    assert document.title == "Rain"


# ------------------------------------------------------------------ drafts load and check


ARTICLE = textwrap.dedent("""\
    Porto Gazette

    Porto's export index climbs

    2024-02-10

    Porto's export index rose from 0.80 in 2014 to 1.00 in 2019, a jump of 40 percent during the period,
    with an average annual increase of 4.6 percent.

    Porto's logistics sector reached an output of 2.5 billion euros in 2023. Warehousing within the logistics sector
    reached an output of 3.4 billion euros in 2023.

    Porto opened 12 new schools this year.
    """)


def test_draft_loads_and_checks(tmp_path):
    article = tmp_path / "porto.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(article), "--output", str(tmp_path / "claims") + "/"]) == 0
    corpus = load_corpus([tmp_path / "claims"])
    assert corpus.errors == [] and corpus.warnings == []
    assert all(c.quote for c in corpus.claims)
    result = run([tmp_path / "claims"])
    rules = {f.rule for f in result.findings if f.severity == "error"}
    assert rules == {"growth", "growth-vs-cagr", "part-whole"}
    data = yaml.safe_load((tmp_path / "claims" / "porto.yaml").read_text(encoding="utf-8"))
    first = data["claims"][0]
    assert ARTICLE[first["offsets"][0] : first["offsets"][1]] == first["quote"]


def test_extract_never_overwrites_without_force(tmp_path, capsys):
    article = tmp_path / "porto.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "porto.yaml"
    assert main(["extract", str(article), "-o", str(target)]) == 0
    assert (tmp_path / "metrics.yaml").exists()
    assert main(["extract", str(article), "-o", str(target)]) == 2
    assert "exists" in capsys.readouterr().err
    assert main(["extract", str(article), "-o", str(target), "--force"]) == 0
    assert load_corpus([target]).errors == []
    assert main(["extract", str(article)]) == 0
    printed = capsys.readouterr().out
    assert "claims:" in printed and yaml.safe_load(printed)["source"]["published"]


def test_check_text_reports_errors_in_the_article(tmp_path, capsys):
    article = tmp_path / "porto.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = main(["check", "--text", str(article)])
    out = capsys.readouterr().out
    assert code == 1
    assert "[growth]" in out and "[part-whole]" in out and "0 input errors" in out
    assert "porto.txt:7:" in out  # a position in the article itself, not in a temporary claim file


def test_vocabulary_draft_is_valid_yaml():
    extraction = extract_text(ARTICLE)
    vocabulary = yaml.safe_load(metrics_text(extraction.metrics))
    assert all("unit" in entry for entry in vocabulary["metrics"].values())
    text = claim_file_text(extraction, "porto")
    assert yaml.safe_load(text)["claims"]


def test_chinese_qualifier_before_a_percent_is_read():
    # 约 (about) stands right before "4.5%": the percent sign is not a Chinese character, and
    # the qualifier was lost.
    assert _mentions("销售额同比增长约4.5%。") == [("4.5", None, "%", "about")]
    assert _mentions("游客人数预计将突破300万人次。")[0][3] == "over"


def test_a_chinese_quotation_with_clause_marks_is_not_a_name():
    # Chinese writes no spaces, so a quoted clause looked like a short quoted name and its
    # figures were masked; a name (a plan, a title) carries no clause marks.
    text = "报告称“全市共有12家医院,其中新建3家”。"
    assert [m[0] for m in _mentions(text)] == ["12", "3"]
    assert _mentions("实施“3个小目标”计划") == []  # a quoted name still masks its figure


def test_a_daily_average_makes_a_rate_per_day():
    # 日均 (daily average) earlier in the clause: the figure is so many a day, not a total.
    assert _mentions("节日期间日均接待游客约45万人次,") == [("45", "万", "/ day", "about")]
    assert _mentions("日均销售额1.2亿元")[0][2] == "CNY / day"
    # a growth rate stays a percentage, and the next clause is not a rate
    assert _mentions("日均客流增长8%,全年共接待游客900万人次")[0][2] == "%"
    assert _mentions("日均客流增长8%,全年共接待游客900万人次")[1][2] == ""


def test_a_daily_average_drafts_a_claim_file_that_loads(tmp_path):
    text = "本市节日期间日均接待游客约45万人次,同比增长6.5%。\n"
    target = tmp_path / "daily.yaml"
    target.write_text(claim_file_text(extract_text(text), "daily"), encoding="utf-8")
    assert load_corpus([target]).errors == []


def test_a_structure_written_as_a_ratio_of_shares_is_read_as_percentages():
    # Parts adding up to 100 (within their rounding) are shares; other ratios and times are not.
    assert _mentions("the shares of farming, industry and services were 5.1:38.6:56.3.") == [
        ("5.1", None, "%", None),
        ("38.6", None, "%", None),
        ("56.3", None, "%", None),
    ]
    assert [m[0] for m in _mentions("三次产业结构调整为3.33:45.6:51.1。")] == [
        "3.33",
        "45.6",
        "51.1",
    ]
    # a ratio the structure changes into is that structure, whatever its sum (the rule on
    # shares says whether it adds up)
    changed = _mentions("三次产业结构由10.1:45.2:44.7调整为9.8:44.1:40.1。")
    assert [(m[0], m[2]) for m in changed] == [
        (n, "%") for n in ["10.1", "45.2", "44.7", "9.8", "44.1", "40.1"]
    ]
    assert _mentions("mixed 1:2:3 by weight") == []
    assert _mentions("logged at 20:40:40 on the server") == []


def test_an_age_written_as_a_compound_is_a_figure_in_its_unit():
    assert _mentions("a 9-month-old and his 14-year-old sister") == [
        ("9", None, "month", None),
        ("14", None, "year", None),
    ]
    assert _mentions("an eleven-year-old pupil") == [("11", None, "year", None)]
    # a plan or a term named by its length is still no figure
    assert _mentions("a 5-year plan and a three-year term") == []


def test_the_first_months_of_a_year_are_a_period_not_a_count():
    assert _mentions("今年前5个月,出口增长3.1%。") == [("3.1", None, "%", None)]
    assert _mentions("首11个月营收800亿元")[0][:3] == ("800", "亿", "CNY")


def test_an_amount_at_the_yearly_average_rate_is_no_rate_per_year():
    assert _mentions("按年均汇率折合1234美元") == [("1234", None, "USD", None)]
    assert _mentions("每年投入资金2亿元")[0][2] == "CNY / year"


def test_a_part_listed_by_place_is_a_count_without_its_noun():
    text = "Floods killed 40 people, including seven in Ohio and three in Iowa."
    assert [m[0] for m in _mentions(text)] == ["40", "7", "3"]
    assert _mentions("the two in Washington met") == []  # a bare word naming people, no list


def test_an_amount_per_quarter_is_a_rate_over_three_months(tmp_path):
    assert _mentions("a fee of $40 per quarter.") == [("40", None, "USD / (3 month)", None)]
    text = "The city added a fee of $40 per quarter for each home.\n"
    target = tmp_path / "fee.yaml"
    target.write_text(claim_file_text(extract_text(text), "fee"), encoding="utf-8")
    assert load_corpus([target]).errors == []


def test_a_time_with_a_typographic_apostrophe_is_no_figure():
    assert _mentions("between midnight and 2 o’clock orders passed $3 billion") == [
        ("3", "billion", "USD", None)
    ]


# ------------------------------------------------------------------ number writing (issue 14)


def _read(text: str) -> list[str]:
    return [m.value_text() for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decimal written without its leading zero
        ("The margin in Tartu was .0004 percent of the vote.", ["0.0004 %"]),
        # "as much as" caps a figure; "twice as much as" compares two
        ("Sales in Porto could reach as much as €2.1 billion.", ["as much as 2.1 billion EUR"]),
        ("Oslo spent twice as much as $4 million.", ["x2 in 1", "4 million USD"]),
        # lengths of time: a duration, not a period's name
        ("Rents in Graz will rise over the next three years.", ["3 year"]),
        ("Turnout in Ghent has grown in the past two months.", ["2 month"]),
        # the span a record runs over is a length of time too
        ("Traffic in Split was the lowest in five years.", ["5 year"]),
        ("Leeds signed a six-year lease and a 30-day option.", ["6 year", "30 day"]),
        ("The figure was corrected only four hours after it appeared.", ["4 hour"]),
        ("Over the first two quarters, Quito grew.", []),
        ("Six days ago, the mayor of Cusco resigned.", []),
        # "every N seconds" is a rate: once per that length of time
        ("Every 40 seconds, a train leaves the depot in Lille.", ["1 / (40 second)"]),
        ("Bremen holds a fair every three years.", ["1 / (3 year)"]),
        # 增速 (the growth rate) in times is a rise: 增速为3倍 is +300 %
        ("某市出口增速为3.5倍。", ["350 %"]),
        # no change stated in words: +0 % (the sign is the links' business)
        ("Revenue in Ghent was flat at €2.1bn.", ["0 %", "2.1 bn EUR"]),
        # ... but a hedged one ("broadly unchanged") states no exact change of zero
        ("Ticket sales were broadly unchanged from a year earlier.", []),
        ("Sales fell 2% (flat adjusting for the weather).", ["2 %", "0 %"]),
        ("Lyon charges a flat fee of €30.", ["30 EUR"]),
        # points after a decimal are counted as points, whatever follows
        ("The ratio in Turku was 41.2 percent, 0.7 point lower.", ["41.2 %", "0.7"]),
        # a figure restated in brackets keeps its bound
        (
            "Firms with at least CNY50 million (USD7 million) in sales.",
            ["at least 50 million CNY", "at least 7 million USD"],
        ),
        ("Profit was 8 million euros (9 million dollars).", ["8 million EUR", "9 million USD"]),
        # hundredths of a currency
        ("Earnings per share in Kyoto rose by twelve cents.", ["0.12 USD"]),
        ("A loaf in Derby costs 85 pence.", ["0.85 GBP"]),
        # crore and lakh counting nothing are rupees
        ("Pune's budget was raised to 12,40,500 crore.", ["12,40,500 crore INR"]),
        ("Bihar has 3 crore voters.", ["3 crore"]),
        # a rise by N times is N or N + 1 times the base
        ("Exports from Xiamen increased 15 times.", ["x15 .. x16"]),
        ("The depot in Lodz is 3 times the size.", ["x3"]),
        # a bare figure writing the digits of one stated earlier is that figure again
        (
            "Leeds cut it to 4,12,350 crore. Check: 412350 less 400000 is 12350.",
            ["4,12,350 crore INR", "412350 crore INR", "400000", "12350"],
        ),
        ("Ghent lost $418M. A 418 million loss is large.", ["418 m USD", "418 million USD"]),
        ("Derby paid $250 for 250 seats.", ["250 USD", "250"]),
        # fractions in words are one number, hyphenated or not
        ("Nearly two-thirds of drivers in Oulu agreed.", ["nearly 2 in 3"]),
        ("Three quarters of the staff and one-fifth of the managers left.", ["3 in 4", "1 in 5"]),
        ("About three-tenths of the budget in Tver.", ["about 3 in 10"]),
        # the base of a rate is not a figure
        ("Each plant used 38.2 kWh per 10 thousand dollars of sales.", ["38.2 kWh"]),
        # ranges written once with their unit: both ends in it
        (
            "Growth in Porto was 4-5% and 10-12 million tonnes.",
            ["4 %", "5 %", "10 million t", "12 million t"],
        ),
        ("Bids came in at $3-4 billion.", ["3 billion USD", "4 billion USD"]),
        ("Output went from 2.1 to 2.6 million tonnes.", ["2.1 million t", "2.6 million t"]),
        ("The rate was between 3 and 4 percent.", ["3 %", "4 %"]),
        ("Jobs fell by 120,000 to 2.4 million.", ["120,000", "2.4 million"]),
        ("It rose 5% to 3.2 million.", ["5 %", "3.2 million"]),
        ("Malmo won 3-2.", []),  # a score, at the sentence end too
        # an article before a scale word; half a dozen
        ("Half a million visitors and a billion dollars.", ["0.5 million", "1 billion USD"]),
        ("Half a dozen towns; half an hour; a lot.", ["6"]),
        # percent as 'pc', points hyphenated, lakh crore as crore
        ("Rents in Hull rose 11.5pc, a 2.5 percentage-point jump.", ["11.5 %", "2.5 pp"]),
        ("The outlay is Rs 1.5 lakh crore.", ["150000 crore INR"]),
        # Chinese: fractions, more qualifiers, a ratio with full-width colons
        ("近三分之二的居民和五分之一的企业。", ["nearly 2/3", "1/5"]),
        ("约有六千万人，不超过5%。", ["about 6000 万", "at most 5 %"]),
        ("三次产业结构为8.1：40.2：51.7。", ["8.1 %", "40.2 %", "51.7 %"]),
        # a qualifier before an article still bounds the figure; a preposition does not
        ("Fares in Tver saw nearly a 9% rise.", ["nearly 9 %"]),
        ("Prices rose over a 12% band.", ["12 %"]),
        # Chinese: doublings, years as a length of time, "several" tens of thousands
        ("某县产值翻了一番，某镇翻两番。", ["x2", "x4"]),
        ("某市8年间增长了40%，三年来新增3个月假期。", ["8 year", "40 %", "3 year", "3 month"]),
        ("数十万人和几百家企业。", []),
        # basis points are hundredths of a point; dozens are twelves
        ("The bank in Oslo cut by 25 basis points after a 50bp rise.", ["0.25 pp", "0.5 pp"]),
        ("Two dozen clinics and 3 dozen schools in Tartu.", ["24", "36"]),
        # a rank is not a count
        ("Chennai is among the top five ports.", []),
        ("The top 1% of earners in Quito.", ["1 %"]),
        # a statistic quoted in Chinese is a figure, a quoted name is not
        ("材料中“新增门店12.5万家”的说法有误。", ["12.5 万"]),
        ("“十四五”规划发布。", []),
    ],
)
def test_number_writing_read_by_value(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        # one row a line: each column its header's unit; the header's bracket is no figure
        (
            "| Region | Output (亿元) | Share (%) |\n|---|---|---|\n"
            "| Hilltown | 1234.5 | 40.1 |\n| Riverside | 1840.2 | 59.9 |\n",
            ["1234.5 yi CNY", "40.1 %", "1840.2 yi CNY", "59.9 %"],
        ),
        (
            "| Town | Residents (thousand) | Area (sq km) | Density |\n| Alba | 120 | 30 | 4000 |\n",
            ["120 thousand", "30 km**2", "4000"],
        ),
        # flattened a cell a line: one unit for all, or each header over as many columns
        (
            "单位：万元\n|\n地区\n|\n2019\n|\n2020\n|\n甲县\n|\n5120\n|\n5560\n|\n乙县\n|\n4100\n|\n4300\n",
            ["5120 wan CNY", "5560 wan CNY", "4100 wan CNY", "4300 wan CNY"],
        ),
        (
            "|\nValue (100 million yuan)\n|\nShare (%)\n|\nFirst\n|\nSecond\n|\nFirst\n|\nSecond\n"
            "|\nFarming\n|\n4120\n|\n4080\n|\n8.1\n|\n8.3\n|\nMining\n|\n3020\n|\n2990\n|\n5.9\n|\n6.1\n",
            ["4120 yi CNY", "4080 yi CNY", "8.1 %", "8.3 %"]
            + ["3020 yi CNY", "2990 yi CNY", "5.9 %", "6.1 %"],
        ),
        # rows of unequal width are left alone; a "|" in a headline is no table
        (
            "|\nValue (million yuan)\n|\nShare (%)\n|\nFarming\n|\n41\n|\n8.1\n|\nMining\n|\n30\n",
            ["41", "8.1", "30"],
        ),
        ("Port traffic rises | Daily Courier\nVolumes rose 5 percent.", ["5 %"]),
    ],
)
def test_a_table_gives_its_numbers_the_units_its_headers_declare(table, expected):
    assert _read(table) == expected


def test_a_chinese_first_paragraph_is_no_title():
    story = document_from_text(
        "2023年,全市社会消费品零售总额1436.7亿元,比上年增长10.6%,增速比上半年提高0.8个百分点。"
        "其中,城镇零售额1119.5亿元,增长10.3%。\n",
        Path("lingshou.txt"),
    )
    assert story.title == "lingshou"


def test_a_row_of_figures_below_the_title_is_no_publisher():
    """A web page whose table follows its first paragraph: the table's first row ("Revenue $
    10,268 $ 9,412") is short and capitalised like a byline, but it holds amounts."""
    page = document_from_text(
        "<html><head><title>Harbour Lamps plc results</title></head><body>"
        "<p>Harbour Lamps plc reported its results for the year.</p><table>"
        "<tr><td></td><td>2032</td><td>2031</td></tr>"
        "<tr><td>Revenue</td><td>$ 10,268</td><td>$ 9,412</td></tr>"
        "<tr><td>Cost of sales</td><td>3,407</td><td>3,118</td></tr></table></body></html>",
        kind="html",
    )
    assert page.publisher is None
    assert document_from_text(
        "Channel 4 News\n\nFerry fares rise by 5% in Tallinn\n"
    ).publisher == ("Channel 4 News")


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The bridge spans 600 metres of open water, or about 1,970 feet.",
            "The bridge spans 600 metres of open water, or about 2,970 feet.",
        ),
    ],
)
def test_a_figure_restated_after_its_own_words_and_or(tmp_path, right, wrong):
    """ "£40 a week on fuel, or £2,080 a year": the words of what the first figure is of may stand
    before ", or" and its restatement in another unit."""
    assert text_errors(tmp_path, right) == []
    assert len(text_errors(tmp_path, wrong)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Households spend £35 a week on heating, or £1,500 a year on rent.",
        "The council relaid 800 metres of pavement, or 1,200 feet of kerb.",
        "Entrants can pick 10 miles on the road, or 5 km on the trail.",
        "Retirees receive £200 a month from the state, or £1,000 a year privately.",
        "The barge carries 20 tonnes of grain, or 15,000 kg of coal.",
    ],
)
def test_a_figure_after_its_own_words_and_or_with_words_of_its_own_is_no_restatement(
    tmp_path, text
):
    """ "£35 a week on heating, or £1,500 a year on rent": words after the second figure make the
    two figures alternatives, or figures of two things, not one figure in two units."""
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Visitors can buy a pass for £12 a day, or £50 a week.",
        "Members pay £10 a month for the gym, or £100 a year.",
        "The average family spends £40 a week on fuel, or £2,800 a year.",
    ],
)
def test_two_prices_of_a_period_joined_by_or_are_a_note_at_most(tmp_path, text):
    """ "£12 a day, or £50 a week" may be two prices offered, not one restated: a note at most;
    in brackets ("£40 a week (£2,080 a year)") it is the same price restated."""
    assert text_errors(tmp_path, text) == []
    assert len(text_errors(tmp_path, "The family spends £40 a week (£2,800 a year) on fuel.")) == 1
