"""What the extractor reads around a number, on sentences written for these tests: names,
dates and periods as news text and statistical releases write them, and nothing the text does
not give (issue 14: no invented period, entity or base)."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extraction import context as cx
from checker.extraction import extract_text, find_mentions
from checker.extraction.document import document_from_text
from checker.extraction.textcheck import check_texts

# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # capitalised only where a sentence opens: ordinary words, not names
        ("Profits rose at the mill. Profits fell at the mine.", []),
        ("Here's the catch. That'd be too many. How did it happen?", []),
        # a name that opens a sentence and owns or does something is still a name
        ("Leeds's budget grew. Leeds spent more.", ["Leeds", "Leeds"]),
        ("Norwich reported a surplus.", ["Norwich"]),
        # a phrase stops where its sentence ends or its line breaks
        (
            "The grant went to Bristol. Or so the Town Hall said.",
            ["Bristol", "Town Hall"],
        ),
        ("Summary\nProvisional figures for Acme Corp are out.", ["Acme Corp"]),
        # an abbreviation's full stop does not end the name
        ("Shares of Widget Co. Ltd. rose at the Port of Tyne.", ["Widget Co. Ltd", "Port of Tyne"]),
        # the owner is the name, not what it owns
        ("Output beat the Bank of Tyne's GDP forecast.", ["Bank of Tyne"]),
        # "of the" inside a name joins it, as "of" does
        (
            "Sales to the Union of the Northern Valleys fell, said the Bureau of the Census.",
            ["Union of the Northern Valleys", "Bureau of the Census"],
        ),
        # ... but an owner after it opens a longer name than the phrase shows: what stands before
        ("The Trade Office of the Regent's Council reported.", ["Trade Office"]),
    ],
)
def test_names_are_read_from_how_the_text_writes_its_words(text, names):
    assert [name for _, _, name in cx.proper_phrase_at(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Profits rose 4% at the mill. Profits fell 2% at the mine.", None),
        ("The Town Hall said. The Town Hall spent £2m.", "Town Hall"),
        # a one-word name counts where it is part of a longer one
        ("Port of Tyne Weekly\n\nTyne handled 5 million tonnes at the Port of Tyne.", "Tyne"),
        # names named as often: the first met; a name's spellings as often: the first met
        ("Output at Ashby Mill rose 4%; output at Corran Quarry fell 2%.", "Ashby Mill"),
        ("Output at Corran Quarry fell 2%; output at Ashby Mill rose 4%.", "Corran Quarry"),
        ("Wages at McAdam Foundry rose 3%. Hours at MCADAM Foundry fell 1%.", "McAdam Foundry"),
    ],
)
def test_the_default_entity_is_a_name_the_text_writes(text, entity):
    assert cx.default_entity(text) == entity


# ------------------------------------------------------------------ dates and periods


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Mill output falls\n\nBy A. Writer | 3 March 2022\n\nOutput fell 4%.", date(2022, 3, 3)),
        (
            "LEEDS, June 2, 2021 (Wire) -- Output at the city's mills fell 4 percent in the "
            "first quarter, the council said in a statement on Wednesday afternoon.",
            date(2021, 6, 2),
        ),
        # a date inside a paragraph of the story dates what the story tells, not the story
        (
            "The council, which closed its accounts for the year ending March 31, 2019, said "
            "on Tuesday that it had spent 4 million pounds more than it had planned to spend.",
            None,
        ),
        # in Chinese numerals, as official notices and Taiwan's press date them
        (
            "县茶叶产值再创新高\n二〇三一年五月八日 来源：县统计局\n\n一季度产值增长4%。",
            date(2031, 5, 8),
        ),
        (
            "县茶叶产值再创新高\n发布时间：二○三一年十二月二十三日\n\n全年产值增长4%。",
            date(2031, 12, 23),
        ),
        ("县茶叶产值再创新高\n二〇三一年二月三十日\n\n全年产值增长4%。", None),  # no such day
    ],
)
def test_the_publication_date_comes_from_a_header_line(text, published):
    assert document_from_text(text).published == published


def test_a_date_in_chinese_numerals_resolves_the_texts_relative_times():
    text = "县茶叶产值再创新高\n二〇三一年五月八日 来源：县统计局\n\n今年一季度，全县茶叶产值为8.6亿元。"
    assert [c.period for c in extract_text(text).claims] == ["2031-Q1"]


def test_an_undated_figure_keeps_no_period_even_when_the_article_is_dated():
    text = "Mill output falls\n\n3 March 2022\n\nThe mill employs 1,200 people."
    (claim,) = extract_text(text).claims
    assert claim.period is None
    # what the text dates relative to the article is still read against its date
    (dated,) = extract_text(
        "Mill output falls\n\n3 March 2022\n\nThe mill made 40,000 tonnes this year."
    ).claims
    assert dated.period == "2022"


# ------------------------------------------------------------------ numbers as news writes them


def _read(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value_text()) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Turnover was 1.2m last year.", [("1.2m", "1.2 m")]),
        ("The firm lost £3bn in the year to March.", [("£3bn", "3 bn GBP")]),
        ("About a third of voters agreed.", [("About a third", "about 1 in 3")]),
        ("Profit was 12.4 bln rupees.", [("12.4 bln rupees", "12.4 billion INR")]),
        ("The risk is 1 in 2,000.", [("1 in 2,000", "1 in 2000")]),
        ("It fell 3 in 2019.", [("3", "3")]),
        (
            "Rates rose 25 basis points to 5.25%.",
            [("25 basis points", "0.25 pp"), ("5.25%", "5.25 %")],
        ),
        ("One and a half million visitors came.", [("One and a half million", "1.5 million")]),
        ("The state spent Rs 2.3 lakh crore.", [("Rs 2.3 lakh crore", "230000 crore INR")]),
        ("The town has 41,15,870 people.", [("41,15,870", "41,15,870")]),
        # a date writes a day or a year after its month, never a grouped figure
        ("On the 1st of July, 2,000 people marched.", [("2,000", "2,000")]),
        ("On March 5, 2024, the council met at 9:30 a.m.", []),
        (
            "全年地区生产总值1.2万亿元，同比增长5.2%。",
            [("1.2万亿元", "1.2 trillion CNY"), ("5.2%", "5.2 %")],
        ),
        (
            "出口总额三千五百亿元，增长百分之五点二。",
            [("三千五百亿元", "3500 亿 CNY"), ("百分之五点二", "5.2 %")],
        ),
        ("营业收入比上年增长2倍。", [("2倍", "200 %")]),
        (
            "出生率为8.52‰，比上年下降0.58个千分点。",
            [("8.52‰", "8.52 ‰"), ("0.58个千分点", "0.58 千分点")],
        ),
        (
            "新能源汽车产量超过700万辆，同比增长逾三成。",
            [("超过700万辆", "more than 700 万"), ("逾三成", "more than 30 %")],
        ),
    ],
)
def test_numbers_are_read_as_written(text, read):
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Almost 3m people used the service.", "people"),
        ("At least 12 people died.", "people"),
        # an -ed or -ing word after a plural noun is its verb, not a word of the noun
        ("About 900 volunteers cleaned beaches.", "volunteers"),
        ("Some 40 bakeries making bread were fined.", "bakeries"),
        # before the noun, such a word describes it
        ("Nearly 7 million registered voters stayed home.", "registered voters"),
    ],
)
def test_a_counted_noun_stops_at_its_verb(text, noun):
    (mention,) = find_mentions(text)
    assert mention.noun == noun


# ------------------------------------------------------------------ metric names


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a time phrase before the figure is the period's business, never the metric's
        ("Profits of the mill in the first seven months of this year were $4m.", "mill_profit"),
        ("Exports last year were worth $12bn.", "exports"),
        ("Passenger numbers in December stood at 618,000.", "passenger_number"),
        # a name given twice (the phrase and the subject) is written once
        ("The value of the trade was $5bn.", "trade_value"),
        # a forecast's verb is no part of what it forecasts
        ("Lantern Bicycles expects revenue of $8.32 billion in 2031.", "revenue"),
        ("Harbour Lamps predicted a profit of $41 million for 2032.", "profit"),
    ],
)
def test_metric_names_are_the_noun_phrase_not_its_time(text, metric):
    (claim,) = extract_text(text).claims
    assert claim.metric == metric


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("上半年临江县地区生产总值为", "地区生产总值"),  # period, place and verb around the name
        ("全年全市实现旅游收入", "旅游收入"),
        ("今年首7個月營業收入", "营业收入"),  # Traditional read as Simplified
        ("其中城镇人口", "城镇人口"),
        ("服务业比重提高", "服务业比重"),
        ("比上年下降", ""),  # a comparison names nothing
        ("重点服务业企业中", ""),  # "among ...": a scope
        ("私营企业实现营业收入", "私营企业营业收入"),  # the verb inside the name
        ("记者从新闻发布会上了解到", ""),  # the source of the figure
        ("较2017年同期增长", ""),
        ("按可比价格计算", ""),
        # a year or a range of years between the subject and the measure: both, the years out
        ("公司2031年营业收入为", "公司营业收入"),
        ("华东区2031年营业收入为", "华东区营业收入"),
        ("预计2031-2033年营业收入分别为", "营业收入"),
        ("净利润2031年为", "净利润"),
        ("公司营业收入分别为", "公司营业收入"),  # "respectively" closes no name
        # a level of government (省级, 市级) is no place's name
        ("上划省级收入完成", "上划省级收入"),
        ("全县市级重点项目投资", "市级重点项目投资"),
        ("Exports", "Exports"),
    ],
)
def test_chinese_names_lose_what_opens_and_closes_them(words, name):
    assert cx.cjk_name(words) == name


def test_percentage_points_abbreviated():
    assert _read("The rate was 2.3 ppt higher.") == [("2.3 ppt", "2.3 pp")]


def test_a_count_per_day_keeps_the_metric_of_its_count():
    text = "Trains carried 3.5 million passengers in the week, or 500,000 passengers a day."
    claims = extract_text(text).claims
    assert len({c.metric for c in claims}) == 1


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Its annual visitor numbers rose by nearly 6 per cent to more than 2.1 million.",
            "annual_visitor_number",
        ),
        (
            "The council reported a 4.2 per cent rise in overall bus journeys, to 13.4 million.",
            "overall_bus_journeys",
        ),
    ],
)
def test_a_level_reached_by_a_change_measures_what_the_change_measures(text, metric):
    assert {c.metric for c in extract_text(text).claims} == {metric}


def test_names_skip_dashes_and_contractions():
    # a dash written as two hyphens parts two words: the time phrase before it names nothing
    text = "Support has fallen 6 points in the last week--from 47 percent to 41 percent."
    assert all("week" not in c.metric for c in extract_text(text).claims)
    # contractions and possessives are no part of a name
    assert cx.slug("that'd be the year's don't") == "that_be_year_do"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("They served an average of 12 a day.", [("12 a day", "12 / day")]),
        ("Sales were 5 a year earlier.", [("5", "5")]),  # "a year earlier" dates, not divides
        ("超过一半的企业盈利。", [("超过一半", "more than 1/2")]),
        ("半数以上的居民", [("半数以上", "at least 1/2")]),  # 以上: "and above"
    ],
)
def test_rates_of_bare_counts_and_halves(text, read):
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Two out of three voters agreed.", [("Two out of three", "2 in 3")]),
        ("3 out of 4 doctors agree.", [("3 out of 4", "3 in 4")]),
        # a table row: a negative second figure is no pair of shares with the first
        ("South      980   -1.3%", [("980", "980"), ("-1.3%", "-1.3 %")]),
        ("The bill passed 66-34%.", [("66", "66 %"), ("34%", "34 %")]),
        ("Exports were SEK 12bn.", [("SEK 12bn", "12 bn SEK")]),
        ("The fine was Rp 5,000.", [("Rp 5,000", "5,000 IDR")]),
    ],
)
def test_parts_of_wholes_pairs_and_currency_codes(text, read):
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "anchor", "found"),
    [
        (
            "Sales rose in the year to March.",
            date(2024, 5, 6),
            [("the year to March", "2023-04..2024-03")],
        ),
        ("Sales rose in the year to March.", None, []),  # no date: which March is not said
        (
            "In the 12 months to June 2023, prices rose.",
            None,
            [("the 12 months to June 2023", "2022-07..2023-06")],
        ),
        (
            "in the year ended 31 March 2023",
            None,
            [("the year ended 31 March 2023", "2022-04..2023-03")],
        ),
        (
            "in the three months to September",
            date(2024, 5, 6),
            [("the three months to September", "2023-07..2023-09")],
        ),
        ("In 2023/24 spending rose.", None, [("2023/24", "2023..2024")]),
        ("First-quarter profit rose.", date(2024, 5, 6), [("First-quarter", "2024-Q1")]),
        ("今年前5个月，出口增长。", date(2024, 5, 6), [("今年前5个月", "2024-01..2024-05")]),
        # the same period last year is a base of no stated length, not last year
        ("比去年同期增长5%。", date(2024, 5, 6), []),
    ],
)
def test_periods_as_releases_write_them(text, anchor, found):
    assert [(text[p.start : p.end], p.period) for p in cx.find_periods(text, anchor)] == found


def test_a_sentence_that_names_nothing_goes_on_about_the_paragraphs_name():
    text = (
        "Mill output falls\n\nThe Tyne Mill reported 13.4 million tonnes in 2019. Exports, at "
        "5.3 million tonnes, were down by 2.4 per cent.\n\nSales rose 2% to 4.1 million tonnes."
    )
    entities = [c.entity for c in extract_text(text).claims]
    assert entities[:3] == ["Tyne Mill"] * 3
    assert entities[3:] != ["Tyne Mill"] * (len(entities) - 3)  # a new paragraph starts afresh


def test_a_part_counted_out_of_its_whole_stays_two_counts():
    assert _read("Some 340 out of 1,700 members voted.") == [
        ("Some 340", "some 340"),
        ("1,700", "1,700"),
    ]


def test_the_sign_of_a_change_is_read_in_its_own_sentence():
    claims = extract_text("Exports were down by 2.4 per cent. Imports rose 2%.").claims
    assert [c.value for c in claims] == ["-2.4 %", "+2 %"]


@pytest.mark.parametrize(
    ("restated", "errors"),
    [("$2.8 billion", 0), ("$28 billion", 1)],  # 20 billion yuan is about $2.8 billion
)
def test_text_checks_judge_a_currency_restated_against_shipped_rates(tmp_path, restated, errors):
    from checker.extraction.textcheck import check_texts

    article = tmp_path / "mill.txt"
    article.write_text(
        f"Mill profits\n\nThe mill made a profit of 20 billion yuan ({restated}) in 2019.\n",
        encoding="utf-8",
    )
    result = check_texts([article])
    assert [f.rule for f in result.findings if f.severity == "error"] == ["conversion"] * errors


def test_a_name_opening_the_text_or_shouted_in_a_dateline_is_read():
    text = (
        "TYNEMOUTH Harbour enjoyed a record year as cargo rose 6 per cent to 9.9 million tonnes. "
        "In 2016, Tynemouth Harbour handled 9.3 million tonnes."
    )
    assert {c.entity for c in extract_text(text).claims} == {"Tynemouth Harbour"}
    assert cx.reads_as_verb("enjoyed") and not cx.reads_as_verb("earlier")


@pytest.mark.parametrize(
    "text, periods",
    [
        ("2031年春运期间，发送旅客3.57亿人次。", []),  # during a season of the year: not the year
        ("2031年国庆假期期间，接待游客7亿人次。", []),
        ("2031年，发送旅客30.8亿人次。", ["2031"]),
        ("2031年上半年，产量5吨。", ["2031-H1"]),
        ("2031年全年，产量9吨。", ["2031"]),
    ],
)
def test_a_year_before_an_event_it_is_during_is_not_the_period(text, periods):
    """ "2031年<event>期间" dates a figure to a season or holiday inside the year, which the text
    does not bound: the calendar year would be invented, so the figure is left undated."""
    from checker.extraction import context as cx

    assert [p.period for p in cx.find_periods(text, None)] == periods


def test_a_chinese_month_alone_is_its_own_period_never_the_year_before_it():
    periods = cx.find_periods("2023年12月份,零售额增长3%;5月份持平。", None)
    assert [p.period for p in periods] == ["2023-12"]  # 5月份: a month of no year the text gives
    assert cx.find_periods("5月份零售额增长3%", date(2024, 7, 1))[0].period == "2024-05"
    assert not cx.find_periods("国家统计局6月13日公布", date(2024, 7, 1))  # a day, not a month
    text = "2023年城镇零售额38155亿元,增长12.5%。12月份,城镇零售额3524亿元,增长1.5%。"
    december = [c for c in extract_text(text).claims if c.value.startswith("3524")]
    # not 2023, whose own figure is another: December of it, the month of the year the text named
    assert [c.period for c in december] == ["2023-12"]


def test_a_list_of_quarters_dates_each_figure_and_scopes_no_later_sentence():
    # Chinese as many web pages store it, with half-width commas: each quarter opens its clause
    text = (
        "2022年前三季度,全市产值1200亿元,同比增长5.1%。分季度看,一季度同比增长4.8%,"
        "二季度同比增长5.0%,三季度同比增长5.4%。分行业看,制造业产值800亿元,同比增长6.2%。"
    )
    dated = {c.value: c.period for c in extract_text(text, anchor=date(2022, 10, 20)).claims}
    assert dated["+4.8 %"] == "2022-Q1" and dated["+5.0 %"] == "2022-Q2"
    assert dated["+5.4 %"] == "2022-Q3"
    # the sentence after the list keeps the period before it, not the list's first quarter
    assert dated["800 亿 CNY"] == dated["+6.2 %"] == "2022-Q1..2022-Q3"
    english = (
        "In the first nine months of 2022, output was $12 billion. In the first quarter, output "
        "rose 4.8%; in the second quarter, 5.0%. Exports were $3 billion."
    )
    dated = {c.value: c.period for c in extract_text(english, anchor=date(2022, 10, 20)).claims}
    assert dated["3 billion USD"] == "2022-01..2022-09"


@pytest.mark.parametrize(
    "text",
    [
        "预计2031-2033年营业收入分别为41.2亿元、48.6亿元、55.0亿元。",
        "预计2031至2033年净利润分别为3.1亿元、3.9亿元、4.6亿元。",
    ],
)
def test_a_chinese_range_of_years_gives_its_figures_one_year_each_not_its_last_year(text):
    # the range is read as one (a span), not as its last year given to every figure; with 分别
    # ("respectively") each of its years is a figure's, in order
    assert [c.period for c in extract_text(text).claims] == ["2031", "2032", "2033"]


def test_a_long_list_item_ends_its_sentence_where_the_next_item_opens():
    text = (
        "Outlook\n- Revenue is forecast to rise from 41.2 million in 2031 to 48.6 million in "
        "2032 and 55.0 million in 2033\n- Net profit is forecast at 3.1 million in 2031 and "
        "3.9 million in 2032\n"
    )
    extraction = extract_text(text)
    quotes = {text[c.quote[0] : c.quote[1]] for c in extraction.claims}
    assert not any("\n- Net profit" in quote for quote in quotes)


# ------------------------------------------------------------------ "respectively" over years

FORECAST_ZH = (
    "山城电器发布研究报告。我们预计公司2031-2033年营业收入分别为83.2亿元、102.2亿元、118.2亿元，"
    "同比增长15.3%、22.8%、15.7%。"
)
FORECAST_EN = (
    "Lantern Bicycles expects revenue of $8.32 billion, $10.22 billion and $11.82 billion in "
    "2031, 2032 and 2033 respectively, up 15.3%, 22.8% and 15.7% year on year."
)


def _text_findings(tmp_path, text: str) -> list:
    from checker.extraction.textcheck import check_texts

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return [f for f in check_texts([article]).findings if f.severity in ("error", "warning")]


FORECAST_ZH_SLASHES = (
    "我们预计公司2031-2033年归母净利润分别为3.1/3.9/4.6亿元，同比增长15.3%/25.8%/17.9%。"
)


@pytest.mark.parametrize(
    ("text", "second", "mistyped"),
    [
        (FORECAST_ZH, "22.8%", "28.2%"),
        (FORECAST_EN, "22.8%", "28.2%"),
        (FORECAST_ZH_SLASHES, "25.8%", "52.8%"),
    ],
)
def test_figures_listed_with_years_and_respectively_take_one_year_each(
    tmp_path, text, second, mistyped
):
    claims = extract_text(text).claims
    levels = [c for c in claims if c.kind == "value"]
    changes = [c for c in claims if c.kind == "change"]
    assert [c.period for c in levels] == ["2031", "2032", "2033"]
    assert len({c.metric for c in levels}) == 1
    assert [(c.basis, c.period) for c in changes] == [("yoy", y) for y in ("2031", "2032", "2033")]
    assert {c.metric for c in changes} == {levels[0].metric}
    if text == FORECAST_ZH:
        assert levels[0].metric == "公司营业收入"  # the subject and the measure, not the years
    assert _text_findings(tmp_path, text) == []
    # the second year's change mistyped: an error on that change, against its two levels
    found = _text_findings(tmp_path, text.replace(second, mistyped))
    assert [f.rule for f in found] == ["yoy"]
    assert mistyped.rstrip("%") in found[0].message


def test_changes_listed_without_a_stated_base_stay_unchecked_and_lists_unlike_the_years_alone():
    # "up" with no "year on year": the base of each change is not stated
    claims = extract_text(FORECAST_EN.replace(" year on year", "")).claims
    assert [c.period for c in claims if c.kind == "value"] == ["2031", "2032", "2033"]
    assert all(c.basis is None and c.start is None for c in claims if c.kind == "change")
    # two figures for three years: which year each is of is not stated
    two = "Sales were 5.2 million and 6.1 million in 2031, 2032 and 2033 respectively."
    assert [c.period for c in extract_text(two).claims] == [None, None]
    # a year of its own outside the list stays its figure's
    own = (
        "Sales rose to 6.1 million in 2031, and profits were 1.2 million and 1.5 million in "
        "2032 and 2033 respectively."
    )
    assert [c.period for c in extract_text(own).claims] == ["2031", "2032", "2033"]


# "respectively" sharing figures out over things, or years that are no list of the figures':
# each gave a false year-on-year error when the years were given to the figures in order.
NOT_YEARS_OF_THE_FIGURES = [
    # two forecasts in one sentence, each list of growths of its own list of levels
    "我们预计公司2031-2033年营业收入分别为80.0亿元、92.0亿元、110.4亿元，同比增长15%、15%、20%；"
    "归母净利润分别为8.0亿元、10.0亿元、12.0亿元，同比增长25%、25%、20%。",
    "We expect revenue of $8.00 billion, $9.20 billion and $11.04 billion in 2031, 2032 and 2033 "
    "respectively, up 15%, 15% and 20% year on year, and net profit of $0.80 billion, $1.00 "
    "billion and $1.20 billion, up 25%, 25% and 20% year on year.",
    "我们预计公司2031/2032/2033年营业收入分别为80.0/92.0/110.4亿元，同比增长15.0%/15.0%/20.0%；"
    "归母净利润分别为8.0/10.0/12.0亿元，同比增长25.0%/25.0%/20.0%。",
    # a fiscal year, a season, a span; things listed before the figures
    "Kettle Works reported revenue and net profit of Rs 5,200 crore and Rs 810 crore for "
    "2031-32, up 10% and 12% year on year, respectively.",
    "2031-2032赛季，主场和客场上座人数分别为42万人次、30万人次，同比分别增长8%、6%。",
    "继2029年、2030年连续亏损后，东区和西区营业收入分别为40亿元、20亿元，同比分别增长10%、5%。",
    "Between 2031 and 2032, exports and imports rose 12% and 8% respectively.",
]


@pytest.mark.parametrize("text", NOT_YEARS_OF_THE_FIGURES)
def test_respectively_over_things_or_a_span_gives_no_figure_a_listed_year(tmp_path, text):
    assert _text_findings(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # a list of changes after its verb, each of its own thing (the measure written once)
        (
            "2031年，全县小麦、玉米和大豆产量分别增长3.1%、5.2%和6.4%。",
            ["小麦产量", "玉米产量", "大豆产量"],
        ),
        ("2031年，全县出口额和进口额分别比上年增长8.2%和4.5%。", ["出口额", "进口额"]),
        ("2031年，全县汽车和摩托车产量分别增长3.1%和5.2%。", ["汽车产量", "摩托车产量"]),
        (
            "Exports and imports rose 8.2% and 4.5% respectively last season.",
            ["exports", "imports"],
        ),
    ],
)
def test_changes_respectively_of_things_listed_are_each_things_own(tmp_path, text, changes):
    claims = extract_text(text).claims
    assert [(c.kind, c.metric) for c in claims] == [("change", name) for name in changes]
    # two changes of two things: no conflict between them, not even a possible one
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    assert [f.rule for f in check_texts([article]).findings if "conflict" in f.rule] == []


def test_things_with_a_connective_inside_are_listed_by_their_commas():
    # 和 inside each thing's name: two things, each with the measure written once
    claims = extract_text("2031年，全县批发和零售业、住宿和餐饮业增加值分别增长5.1%和6.2%。").claims
    assert [c.metric for c in claims] == ["批发和零售业增加值", "住宿和餐饮业增加值"]


@pytest.mark.parametrize(
    ("text", "one_things_names"),
    [
        # three things, two figures: which two is not said
        ("2031年，全县稻谷、高粱和燕麦产量分别增长3.1%和5.2%。", {"高粱产量", "燕麦产量"}),
        (
            "Revenue at Alder, Birch and Cedar rose 4% and 6% respectively in 2031.",
            {"birch", "cedar"},
        ),
        (
            "Sales at Nimbus, Orrery and Pylon rose 4% and 6% respectively last season.",
            {"orrery", "pylon"},
        ),
    ],
)
def test_fewer_figures_than_things_listed_name_no_figure_a_thing(text, one_things_names):
    metrics = [c.metric for c in extract_text(text).claims]
    assert len(metrics) == 2
    assert not set(metrics) & one_things_names


@pytest.mark.parametrize(
    "opener", ["In 2031, Veloria's", "Meanwhile,", "According to the bureau,", "Separately,"]
)
def test_a_sentence_opener_before_the_things_listed_is_not_one_of_them(opener):
    text = f"{opener} exports and imports rose 8% and 4% respectively."
    metrics = [c.metric for c in extract_text(text).claims]
    assert metrics[1] == "imports" and metrics[0].endswith("exports")


@pytest.mark.parametrize(
    "text",
    [
        "全县小麦和玉米产量分别为120万吨和80万吨，分别增长3%和5%。",
        "全县小麦和玉米产量分别为120万吨和80万吨，同比分别增长3%和5%。",
        "Wheat and barley sales were $5.2m and $4.1m respectively, up 8% and 4%.",
        # each level in a clause of its own, the changes shared out over them
        "Of the total, wheat was $30.1m, barley was $76.6m and oats was $84.8m, up 3.1%, 5.9% "
        "and 12.7% respectively.",
    ],
)
def test_changes_respectively_after_levels_are_each_levels_own(text):
    claims = extract_text(text).claims
    levels = [c.metric for c in claims if c.kind == "value"]
    changes = [c.metric for c in claims if c.kind == "change"]
    assert len(set(levels)) == len(levels) > 1
    assert changes == levels


@pytest.mark.parametrize(
    "text",
    [
        "In 2031, rents in Ashby were $309, in Brill $515 and in Corfe $721, while prices rose "
        "1%, 2% and 9% from a year earlier respectively.",
        "2031年，全县小麦和玉米产量分别为108万吨和52万吨，收购价格分别比上年上涨20%和30%。",
        "甲厂产量为108万吨，乙厂产量为52万吨，价格分别比上年上涨20%和30%。",
    ],
)
def test_changes_respectively_of_a_thing_of_their_own_are_no_levels_changes(tmp_path, text):
    # the changes are of prices, not of the rents or the output before them: none is stated
    # to be a level's change, and so none conflicts with another
    extraction = extract_text(text)
    changes = {c.mention for c in extraction.claims if c.kind == "change"}
    assert not [
        r
        for r in extraction.relations
        if r.stated and set(r.mentions) & changes and len(r.mentions) > 1
    ]
    assert _text_findings(tmp_path, text) == []


def test_a_slip_in_changes_respectively_is_found_against_the_year_before(tmp_path):
    text = (
        "2030年，全县小麦和玉米产量分别为500万吨和400万吨。2031年，全县小麦和玉米产量分别为540万吨和"
        "416万吨，分别比上年增长8%和4%。"
    )
    article = tmp_path / "article.txt"
    for written, rules in ((text, []), (text.replace("4%。", "14%。"), ["yoy"])):
        article.write_text(written + "\n", encoding="utf-8")
        # the year before in another sentence: a note
        assert [f.rule for f in check_texts([article]).findings if f.rule == "yoy"] == rules


def test_a_year_written_after_its_figure_outside_the_list_stays_its_own():
    text = "Revenue was $5.0 billion and $6.0 billion in 2031 and 2032 respectively, while staff "
    text += "numbers reached 4,000 in 2032."
    assert [c.period for c in extract_text(text).claims] == ["2031", "2032", "2032"]


def test_hong_kongs_year_on_year_is_read_as_such():
    # 按年 before a change's verb is year on year (Hong Kong's releases); 按年计算 is no change
    claims = extract_text("2031年10月，本港出口貨值為4,210億元，按年上升5.2%。").claims
    assert [(c.kind, c.basis, c.period) for c in claims if c.kind == "change"] == [
        ("change", "yoy", "2031-10")
    ]
    claims = extract_text("2031年10月，本港出口貨值為4,210億元，按月下跌1.3%。").claims
    assert all(c.basis != "yoy" for c in claims)


@pytest.mark.parametrize("mark", ["(2)", "[14]"])
def test_a_note_mark_after_a_full_stop_ends_the_sentence_at_a_line_break(mark):
    """ "... from currency movements.(2)" then a line break: the sentence ends there, though
    the long line does not end on its full stop (a wrapped line would not)."""
    first = "The year's sales comparison was helped by 3 percentage points from currency movements."
    text = first + mark + "\nOperating margin was 21.5 percent against 22.0 percent a year before."
    assert len(cx.segment(text).sentence_starts) == 2
