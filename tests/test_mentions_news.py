"""Number writing common in news text that the development set holds little of (issue 14):
pence, changes by a part of the base, ranges of amounts per period. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from checker.cli import main
from checker.extraction import find_mentions

from .text_checks import text_errors


def _read(text: str) -> list[str]:
    return [m.value_text() for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # pence run into the number, in a text of pounds
        (
            "A first-class stamp in Leeds now costs 95p, up from 85p; a parcel £3.40.",
            ["0.95 GBP", "0.85 GBP", "3.40 GBP"],
        ),
        (
            "Shares in the Bristol grocer fell 14p to 262p, valuing it at £1.1bn.",
            ["0.14 GBP", "2.62 GBP", "1.1 bn GBP"],
        ),
        # ... but not in a text of no pounds, nor a video mode or a time
        ("Shares in the Ohio grocer fell 14p to 262p.", []),
        ("The 1080p screen sells for £240.", ["240 GBP"]),
        ("Doors open at 7p.m. and tickets cost £12.", ["12 GBP"]),
        # a range of amounts per period: the currency before the first end, scale and period
        # after the second
        (
            "The levy would raise $4-5 billion a year for Nevada.",
            ["4 billion USD / year", "5 billion USD / year"],
        ),
        ("The scheme will cost £2-3bn a year.", ["2 bn GBP / year", "3 bn GBP / year"]),
        # "pounds" after a scale word is money, in digits or in words, unless it weighs
        ("The Derby club paid 80m pounds for the striker.", ["80 m GBP"]),
        ("The bridge in Hull will cost three and a half billion pounds.", ["3.5 billion GBP"]),
        (
            "The bridge will cost 1.2 billion pounds ($1.5 billion).",
            ["1.2 billion GBP", "1.5 billion USD"],
        ),
        ("A Kansas plant recalled 2 million pounds of beef.", ["2 million"]),
        ("The baby weighed 8 pounds.", ["8"]),
        # percentage points run into the number, as British papers write them
        ("Turnout in Fife fell 2.5pp to 61.3%.", ["2.5 pp", "61.3 %"]),
        ("The Tory lead narrowed by 3ppt in the third quarter.", ["3 pp"]),
        # a score or a tally, ties and sentence ends included, is no figure
        ("The Vienna council split 50-50 on the plan.", []),
        ("Leith drew 2-2 and then won 3-1.", []),
        ("Leith won 3-1, and Ayr lost.", []),
        ("Rents in Porto rose 3-4.5% a year.", ["3 %", "4.5 %"]),
        # Chinese copied as plain ASCII punctuation: a figure right after a comma or a colon
        # that ends a clause (no digit before it, so no thousands group and no time of day)
        (
            "抽样调查显示,87.5%的居民表示满意,6.2%表示不满意。",
            ["87.5 %", "6.2 %"],
        ),
        ("问卷发现:61.3%的家长支持延时服务。", ["61.3 %"]),
        ("The vote was 1,25 short at 10:30.", []),
        # a list that writes 个 with each figure and 百分点 once, after the last
        ("两地涨幅比上季分别扩大1个和0.6个百分点。", ["1 pp", "0.6 pp"]),
        ("下降的城市分别增加5个和2个。", ["5", "2"]),
        # a list of rises in times after one growth verb: each is a rise, not a factor
        ("两地出口分别增长2倍和1.5倍。", ["200 %", "150 %"]),
        ("两地出口分别是上年的2倍和1.5倍。", ["x2", "x1.5"]),
        # a market report's line opening on its direction
        ("--Down 212.35 points or 2.9% over the last two weeks", ["212.35", "2.9 %", "2 week"]),
        ("Up 45 points this week.", ["45"]),
        # a month with its year cut short is a date, as futures are named
        ("The Oct'26 Brent contract fell to $81.20/bbl.", ["81.20 USD / barrel"]),
        ("The Mar '27 spread widened 4%.", ["4 %"]),
        # the energy trade press's barrel after a slash
        ("Brent slid to $61.40/bl on Tuesday.", ["61.40 USD / barrel"]),
        # thousand crore, as lakh crore, is an amount in crore
        ("The Ganga scheme gets Rs 42 thousand crore.", ["42000 crore INR"]),
        # a time with a point before its zone
        ("Updated 14.25 BST: shares in Hull fell 3%.", ["3 %"]),
        # a word that ends the paragraph before names nothing in this one
        ("Average gate for the 2004 season\n\n41,320\n\nfans a game", ["41,320"]),
        # a Chinese age is a figure in years, as "aged 18 and over" is; 及以上 is "and over"
        ("全市60岁及以上人口占21.4%。", ["at least 60 year", "21.4 %"]),
        ("访问了年龄在18周岁以上的居民812人。", ["at least 18 year", "812"]),
        ("人口中,16-59岁人口占61.2%。", ["16 year", "59 year", "61.2 %"]),
        ("比重为9.3%,16-59岁人口占61.2%。", ["9.3 %", "16 year", "59 year", "61.2 %"]),
        ("单价500元及以下的订单", ["at most 500 CNY"]),
        # a range that leaves its thousands to the second end, as crowd estimates are written
        ("Police put the Leeds crowd at 20-30,000.", ["20,000", "30,000"]),
        ("Fees run at $15-25,000 a year.", ["15,000 USD / year", "25,000 USD / year"]),
        ("Between 60-100,000 voters stayed home.", ["60,000", "100,000"]),
        # a unit in Latin letters straight before a Chinese character, and 以上 after it
        ("山区日降水200mm以上的天数减少。", ["at least 200 mm"]),
        ("电站装机容量分别为50MW和80MW的项目", ["50 MW", "80 MW"]),
        ("最高气温比常年分别高1.4℃和2.1℃。", ["1.4 degC", "2.1 degC"]),
        # rainfall in 毫米
        ("全年降水量为986.4毫米,比常年偏少。", ["986.4 mm"]),
        # a range in percent with "to" hyphened to its second end
        ("Lima keeps its 1 percent-to-3 percent target.", ["1 %", "3 %"]),
        ("a 2 per cent- to-4 per cent band", ["2 %", "4 %"]),
        # a bare group between a qualifier and what it counts or its currency is one of it
        ("灯会吸引近万名游客,门票收入突破亿元。", ["nearly 1 万", "more than 1 亿 CNY"]),
        ("万人空巷", []),
        # a space set between digits and the group they count in
        ("期间共接待游客 23.6 万人次,收入4.2 亿元。", ["23.6 万", "4.2 亿 CNY"]),
        ("In 2021 万达 opened 12 malls.", ["12"]),
        # a range after 日均: the rate is said once
        ("日均客流达到3000到4500人次", ["3000 / day", "4500 / day"]),
        # 折: tenths of the price
        ("商场推出7.5折优惠,部分商品五折。", ["x0.75", "x0.5"]),
        ("按当年汇率折算为12亿元", ["12 亿 CNY"]),
        # a half named by its direction is a place, a page's reading time no figure
        ("Snow covered the northern half of Ohio; half of its roads shut.", ["1 in 2"]),
        ("4 min read\nFares in Leeds rose 6%.", ["6 %"]),
        # air quality: a concentration, a group of cities named by its counts, days counted
        # over many cities
        ("1+8城市PM2.5平均浓度为42微克/立方米。", ["42 ug / m**3"]),
        ("全省发生重污染218天次。", ["218"]),
        ("Ozone averaged 96 micrograms per cubic metre.", ["96 ug / m**3"]),
        # a section number set apart from its heading by spaces, as a PDF's text keeps it
        ("年度报告摘要\n3   公司全体董事出席董事会会议。", []),
        ("2   Results for the year\nSales rose 4%.", ["4 %"]),
        # Celsius without "degrees"; Fahrenheit stays unread (no factor converts it)
        ("Reno hit 104 degrees Fahrenheit (40 Celsius).", ["104", "40 degC"]),
        # an accounting standard is a name; a list number may open an indented first line
        ("The charge fell under IAS 19, as the $4M surplus did.", ["4 m USD"]),
        ("  1. Operating profit rose 7%.", ["7 %"]),
        # a Chinese share index named by its count of stocks
        ("沪深300指数收盘报3811.4点,中证500指数涨1.3%。", ["3811.4", "1.3 %"]),
        # a kind of vehicle and how rare a kind of event is: names, no figures
        ("A 4x4 crashed in Hull; sales of 4x4s rose 3x.", ["x3"]),
        ("It was a 1-in-200-year flood in Carlisle.", []),
        # a fall's qualifier bounds the part lost: its factor is bounded from the other side
        ("Profits more than halved.", ["less than x1 in 2"]),
        ("Fares fell by nearly a third.", ["just over x2 in 3"]),
        ("Fares rose by nearly a third.", ["nearly x4 in 3"]),
        ("Nearly half as many came.", ["nearly 1 in 2"]),
        # a five-year plan is a name, no length of time
        ("第十四个五年规划提出的20个主要指标中", ["20"]),
        ("全市5年规划投资300亿元", ["300 亿 CNY"]),
        # N年 then 中国 is N years, then China (年中 alone is the middle of a year)
        ("未来15年中国城镇化率将提高", ["15 year"]),
        # 的一年, 这一天: a particular year or day, no length of time
        ("这是报名人数最多的一年,用了一年时间。", ["1 year"]),
    ],
)
def test_news_number_writing(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, errors",
    [
        # 70 to 48 is a fall of 31%, nearly a third; 70 to 40 one of 43%, more than a third
        ("Sales at the Derby mill fell by nearly a third to £48m in 2023 from £70m in 2022.", 0),
        ("Sales at the Derby mill fell by more than a third to £40m in 2023 from £70m in 2022.", 0),
        ("Sales at the Derby mill fell by more than a third to £60m in 2023 from £70m in 2022.", 1),
        ("Sales at the Derby mill more than halved to £30m in 2023 from £70m in 2022.", 0),
        # a fall by more than a percentage: its size is bounded, the change is below minus it
        ("Sales at the Derby mill fell by more than 30% to £40m in 2023 from £70m in 2022.", 0),
        ("Sales at the Derby mill fell by more than 30% to £60m in 2023 from £70m in 2022.", 1),
        ("Sales at the Derby mill fell by nearly 30% to £50m in 2023 from £70m in 2022.", 0),
    ],
)
def test_a_fall_by_a_part_is_checked_against_its_levels(tmp_path, text, errors):
    assert len(text_errors(tmp_path, text)) == errors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Membership of the Oslo club rose by a third to 12,000.", ["x4 in 3", "12,000"]),
        ("Bus fares in Graz were cut by about a quarter.", ["about x3 in 4"]),
        ("Ticket sales in Lyon grew by half.", ["x3 in 2"]),
        ("Turnout in Cork fell by half.", ["x1 in 2"]),
        ("Budgets were slashed by half.", ["x1 in 2"]),  # a cut the verb list does not know
        ("Exports have fallen sharply by two-thirds since 2019.", ["x1 in 3"]),
        ("The price of bread was reduced by a fifth.", ["x4 in 5"]),
        # a part of the base before a comparative
        ("Tickets in Leeds cost a third more than in York.", ["x4 in 3"]),
        ("Rents in Hull are a quarter lower than in York.", ["x3 in 4"]),
        # an ordinal after "by" is no part of a base
        ("The talks were followed by a third round in Geneva.", []),
        ("A quarter of homes in Bergen have no car.", ["1 in 4"]),
    ],
)
def test_a_change_by_a_part_of_its_base_is_a_factor(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "sentence, status",
    [
        # a rise by half is x3/2, not x1/2: no false alarm
        (
            "Membership of the club rose by half, from 200 members in 2020 to 300 members in 2021.",
            0,
        ),
        (
            "Membership of the club rose by a third, from 300 members in 2020 to 400 members "
            "in 2021.",
            0,
        ),
        ("Spending on the park fell by a quarter, from 800 euros in 2020 to 600 euros in 2021.", 0),
        (
            "Tickets in Leeds cost a third more than in York: 40 euros in Leeds against 30 "
            "euros in York.",
            0,
        ),
        # the text's own words, wrong by the levels it gives
        (
            "Tickets in Leeds cost a third more than in York: 50 euros in Leeds against 30 "
            "euros in York.",
            1,
        ),
        (
            "Membership of the club rose by a third, from 300 members in 2020 to 500 members "
            "in 2021.",
            1,
        ),
    ],
)
def test_a_change_by_a_part_of_its_base_checks_against_its_levels(tmp_path, sentence, status):
    passage = tmp_path / "passage.txt"
    passage.write_text(sentence + "\n", encoding="utf-8")
    assert main(["check", "--text", str(passage)]) == status


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of counts: both ends, smaller first
        ("Between 10-15 people were hurt in Aarhus.", ["10", "15"]),
        ("About 200-300 jobs will go at the Turin plant.", ["about 200", "300"]),
        # (an age after "aged" is in years, as "a 24-year-old" is)
        ("Voters aged 18-24 in Malmo backed the plan.", ["18 year", "24 year"]),
        ("Prices in Gdansk rose 3-4 per cent.", ["3 %", "4 %"]),
        # a score or a tally, larger first, is no figure at either end
        ("Ferencvaros won 3-2 at home.", []),
        ("The Senate voted 52-48 to pass the bill.", []),
        # a split of shares is
        ("The motion in Quebec passed 66-34%.", ["66 %", "34 %"]),
        # nor is a date written with hyphens, a season or a phone number
        ("The report of 2023-11-24 counted 40 stations.", ["40"]),
        ("The 2019-20 season was cut short.", []),
        ("Call 555-1234 for tickets.", []),
    ],
)
def test_ranges_scores_and_dates_written_with_a_hyphen(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a span of days: neither day is a figure
        "The poll of Utrecht voters was taken between 1 and 5 June.",
        "The poll of Utrecht voters was taken 1-5 June.",
        "The poll of Utrecht voters was taken from 3 to 7 March.",
        "The poll of Utrecht voters was taken June 1-5.",
        "The poll of Utrecht voters was taken Oct. 3 to 5.",
        # a street address
        "The minister lives at 10 Downing Street.",
        "The embassy moved to 1600 Harbour View Avenue.",
        # a number naming one of several things
        "The motorway was closed at junction 14 for repairs.",
        "Passengers in rows 12 and up boarded first.",
    ],
)
def test_days_addresses_and_names_are_no_figures(text):
    assert _read(text) == []


def test_a_count_before_a_street_name_is_still_a_figure():
    assert _read("Ten people died on Elm Street and 12 died on Main Street.") == ["10", "12"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a length of time is one wherever it stands, not only after "for" or "took"
        ("The ferry to Bergen takes 3 hours.", ["3 hour"]),
        ("Rainfall in Cardiff reached 120mm in 24 hours.", ["120 mm", "24 hour"]),
        ("Workers in Lille get 28 days of leave.", ["28 day"]),
        # a time named, not measured
        ("The Lyon plan will be finished in 5 years.", []),
        # the span a record runs over is measured (real text's labels count it)
        ("Unemployment in Porto is the lowest in 50 years.", ["50 year"]),
        ("The Lyon plan was drawn up 3 years ago.", []),
        # units run into the number
        (
            "Speed limits in Swansea were cut to 20mph from 30mph.",
            ["20 mile / hour", "30 mile / hour"],
        ),
        ("The plane flew at 35,000ft over Reykjavik.", ["35,000 ft"]),
    ],
)
def test_lengths_of_time_and_units_run_into_the_number(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rand, "R" run into an amount, in a text that names the rand
        (
            "The rand fell to R18.75 as the Durban deal, worth R6,4-billion, or R7,1-billion with "
            "fees, closed.",
            ["18.75 ZAR", "6.4 billion ZAR", "7.1 billion ZAR"],
        ),
        (
            "South Africa's Limpopo budget of R1.3 trillion holds R120bn for roads.",
            ["1.3 trillion ZAR", "120 bn ZAR"],
        ),
        # a road or a model named with an R is no amount, in that text or another
        ("In South Africa the R71 road to Polokwane was closed.", []),
        ("The N1 and R500 roads near Windhoek were closed.", []),
    ],
)
def test_the_rand_before_an_amount(text, expected):
    assert _read(text) == expected


def test_the_naira_and_the_peso_signs():
    assert _read("Lagos set a budget of ₦2.2 trillion; Cebu one of ₱45 billion.") == [
        "2.2 trillion NGN",
        "45 billion PHP",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an index named by an acronym and a number is no figure
        ("The S&P 500 rose 1.2% and the FTSE 100 fell 0.4%.", ["1.2 %", "0.4 %"]),
        ("Shares in the FTSE 250 miner from Perth rose 3%.", ["3 %"]),
        ("The CAC 40 closed at 7,512.", ["7,512"]),
        # a row of a table flattened into text gives values after its labels
        ("Output | GDP 12,345 6.1 | CPI 2.1", ["12,345", "6.1", "2.1"]),
        ("Region GDP 4321 5.5", ["4321", "5.5"]),
    ],
)
def test_an_index_named_with_a_number(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Chinese qualifier after a percent or per mille sign
        ("该市出口同比增长12%以上。", ["at least 12 %"]),
        ("该县粮食产量下降3%左右。", ["about 3 %"]),
        ("服务业占比达40%多。", ["more than 40 %"]),
        ("人口出生率为7.5‰左右。", ["about 7.5 ‰"]),
        # and after a Chinese number, as before
        ("全县新增就业2万人以上。", ["at least 2 万"]),
    ],
)
def test_a_chinese_qualifier_after_a_percent(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # N年 is a length of time, a range of them too
        ("该项目建设周期为5年。", ["5 year"]),
        ("全县经济连续3年保持增长。", ["3 year"]),
        ("新厂建设周期为3至5年。", ["3 year", "5 year"]),
        # but not a grade, a decade, a time back, the span of an average or a date
        ("5年级学生和80年代出生的人。", []),
        ("3年前，全县粮食产量为200万吨。", ["200 万 t"]),
        ("两年平均增长6.1%。", ["6.1 %"]),
        ("截至2023年底，全县人口80万人。", ["80 万"]),
        # a range of amounts written with the scale at both ends, the currency at the second
        ("新房均价1.2万—1.5万元。", ["1.2 万 CNY", "1.5 万 CNY"]),
        (
            "Output in Ghent rose from 5 million to 6 million tonnes.",
            ["5 million t", "6 million t"],
        ),
    ],
)
def test_chinese_years_and_ranges(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the change's noun and "of", or its verb alone, before a part of the base
        ("Ridership showed a decline of a third in the spring.", ["x2 in 3"]),
        ("Fares saw an increase of a fifth over the decade.", ["x6 in 5"]),
        ("Shares in the Bergen shipyard fell a quarter on Monday.", ["x3 in 4"]),
        ("Prices dropped a third to 400 kroner.", ["x2 in 3", "400"]),
        # an ordinal after the noun or verb is no part of a base
        ("The rise of a third party unsettled the race in Turku.", []),
        ("Sales in Tromso fell a third straight month.", []),
        ("Orders rose a third time in March.", []),
    ],
)
def test_a_change_by_a_part_of_its_base_without_by_is_a_factor(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a preposition after a figure, before a year: the year the figure is measured against
        ("Bakery sales in Leeds were up 6% over 2021 levels.", ["6 %"]),
        ("Ferry bookings rose 12 percent above 2019, the operator said.", ["12 %"]),
        ("Museum visits ran 4.5% below 2018 and 3% under 2017.", ["4.5 %", "3 %"]),
        # ... not a preposition straight after a verb, nor one before a counted year's figure
        ("The plant hired over 2018 workers in its first year.", ["over 2018"]),
        ("Turnout reached 14% with over 2,018 ballots spoiled.", ["14 %", "over 2,018"]),
        ("Harvests rose 8% over 2019 tonnes of last season.", ["8 %", "2019 t"]),
    ],
)
def test_a_year_a_percentage_is_compared_with_is_no_figure(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, status",
    [
        ("Visits to the clinic fell from 900 in 2029 to 600 in 2031, a decline of a third.", 0),
        ("Visits to the clinic fell from 800 in 2029 to 600 in 2031, a decline of a third.", 1),
        ("Bus fares dropped a quarter to 30 crowns from 40 crowns.", 0),
        ("Bus fares dropped a quarter to 30 crowns from 50 crowns.", 1),
    ],
)
def test_a_change_by_a_part_without_by_checks_against_its_levels(tmp_path, text, status):
    passage = tmp_path / "passage.txt"
    passage.write_text(text + "\n", encoding="utf-8")
    assert main(["check", "--text", str(passage)]) == status


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of keeping, what is kept, then "unchanged": a change of nothing
        ("The reserve bank left rates unchanged at 3.75% on Thursday.", ["0 %", "3.75 %"]),
        ("The lender kept its main refinancing rate unchanged at 2%.", ["0 %", "2 %"]),
        ("Regulators leave the cap unchanged, as analysts expected.", ["0 %"]),
        ("The fares were left unchanged, the council said.", ["0 %"]),
        # ... as a verb of being already was
        ("Core inflation was unchanged at 2.9% in June.", ["0 %", "2.9 %"]),
    ],
)
def test_rates_left_or_kept_unchanged_are_a_change_of_nothing(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two full numbers joined by "to", the unit written once after the second
        (
            "The quarry expects 140,000 to 155,000 tonnes this year.",
            ["140,000 t", "155,000 t"],
        ),
        ("Tickets rose from 1,250 to 1,400 euros.", ["1,250 EUR", "1,400 EUR"]),
        # ... not a change by an amount, nor ends of other scales
        ("Staff grew by 1,250 to 14,000 people.", ["1,250", "14,000"]),
        ("Visits went from 412,000 to 2.1 million.", ["412,000", "2.1 million"]),
        # tonnes a day, as mining reports write a plant's capacity
        ("The new mill is rated at 2,400 tpd.", ["2,400 t / day"]),
    ],
)
def test_ranges_of_full_numbers_and_tonnes_a_day(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate per thousand written out is per mille
        ("The pond's trout die at 2.5 per 1,000 a week.", ["2.5 ‰"]),
        ("Ferry crossings ran late at 7 per thousand sailings.", ["7 ‰"]),
        ("The vote was 3 per 1000 ballots spoiled.", ["3 ‰"]),
        # an amount of money per thousand is a price, and a decimal thousand no rate base
        ("Ads cost $6 per 1,000 views.", ["6 USD"]),
    ],
)
def test_a_rate_per_thousand_written_out_is_per_mille(text, expected):
    assert _read(text) == expected
