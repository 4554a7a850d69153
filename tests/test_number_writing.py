"""How news text writes its figures, read figure by figure (issue 14, "Real number writing").

Each sentence is invented, in the shape news text uses: number words, scale abbreviations,
Indian lakh and crore, currencies, percentages and points, per mille, Chinese numerals,
decimal commas, ranges, signs, qualifiers and units. Each figure is expected as the claim file
writes its value (`[qualifier] number [scale] [unit]`: value, scale, unit and qualifier all
right, as bench/realdev_score.py counts a mention). The sign of a change is left to the words
around it (the links read it), so "-3.2%" is read as 3.2 %. The last group holds what is not a
figure to check (years, dates, times, ordinals, names with numbers, phone numbers, addresses,
scores, page numbers): a figure read wrongly is worse than one not read.
"""

from __future__ import annotations

import pytest

from checker.checks import quote_states
from checker.extraction import extract_text, find_mentions
from checker.quantities import parse_value


def _values(text: str) -> list[str]:
    return [mention.value_text() for mention in find_mentions(text)]


NUMBER_WORDS = [
    ("The county will spend two hundred and fifty million dollars on roads.", ["250 million USD"]),
    ("Some one and a half million people live along the Vardar.", ["some 1.5 million"]),
    ("Three and a half billion pounds went on the new line.", ["3.5 billion GBP"]),
    ("A dozen firms bid for the ferry contract.", ["12"]),
    ("Two dozen pupils were sent home.", ["24"]),
    ("Jobs in three sectors fell, and the three firms merged.", ["3", "3"]),
    # a list of names, each with its figure
    ("Vardo 41.2m, Kessel 30.5m, Upper Tarn 12.9m.", ["41.2 m", "30.5 m", "12.9 m"]),
    ("Seats: Greens 38, Liberals 33, Free Voters 15.", ["38", "33", "15"]),
    ("Half of the members backed the merger.", ["1 in 2"]),
    ("A third of households in Tarn own a bicycle.", ["1 in 3"]),
    ("Three-quarters of the staff walked out.", ["3 in 4"]),
    ("Seven-tenths of the budget goes on wages.", ["7 in 10"]),
    ("One in five adults in the valley smokes.", ["1 in 5"]),
    ("Nine out of ten growers sold at a loss.", ["9 in 10"]),
    ("Two out of every three riders paid cash.", ["2 in 3"]),
    ("Roughly 3 in 4 tenants renewed.", ["roughly 3 in 4"]),
    # "every" or "each" before the whole of a proportion
    (
        "One out of every five pupils and three in every four staff; one of each 10 homes.",
        ["1 in 5", "3 in 4", "1 in 10"],
    ),
    ("One-half of the fund and one half of the staff.", ["1 in 2", "1 in 2"]),
    # a fraction word restated in per cent in brackets or dashes, opening its sentence
    ("Half (48%) of voters backed the plan.", ["1 in 2", "48 %"]),
    ("Two-thirds – 64% – of staff agreed.", ["2 in 3", "64 %"]),
    # "and a half" before a scale, times, a percent or a length of time
    ("Three-and-a-half million people voted.", ["3.5 million"]),
    ("It costs one and a half times as much, after two and a half years.", ["x1.5", "2.5 year"]),
    ("Four and a half per cent of homes are empty.", ["4.5 %"]),
    ("One-in-four children in the district is poor.", ["1 in 4"]),
    ("The survey found a 1-in-10 rate of error.", ["1 in 10"]),
    ("Half a million visitors came to the fair.", ["0.5 million"]),
    ("A quarter of a million people marched in Lyon.", ["0.25 million"]),
    ("Two-thirds of a billion dollars was spent on the dam.", ["2/3 billion USD"]),
    ("Three quarters of a million tonnes of barley rotted.", ["0.75 million t"]),
    ("Seven billion doses were made.", ["7 billion"]),
    ("A hundred and twenty pupils sat the test.", ["120"]),
    # a decimal said in words, a digit a word
    (
        "Growth of five point two per cent, and two point oh five million tonnes.",
        ["5.2 %", "2.05 million t"],
    ),
    ("About a hundred firms and a hundred million dollars.", ["about 100", "100 million USD"]),
    ("A 5-billion-dollar plan and a 40-million-pound deal.", ["5 billion USD", "40 million GBP"]),
    # a Title Case headline: a verb before the figure, no name with a number
    ("Flood Kills 23 In Assam", ["23"]),
    ("Carmaker Axes 1,200 Staff", ["1,200"]),
    # a time word or a function word opening a sentence counts; a model's number does not
    ("Yesterday 14 people were hurt. Another 300 fled.", ["14", "300"]),
    ("Perhaps 300 people came. Overall 40 firms failed.", ["300", "40"]),
    ("Vantage 9 runs on 40 million phones.", ["40 million"]),
    # a capital M run into a whole number opening a sentence before a verb is a company
    ("4M cut 1,800 jobs. 4M people voted.", ["1,800", "4 m"]),
    ("Exports 412 up 6%.", ["412", "6 %"]),
    ("Output doubled, then tripled to $9bn.", ["x2 in 1", "x3 in 1", "9 bn USD"]),
    ("He earned 1.5 times his old salary.", ["x1.5"]),
    # "-fold" with a hyphen or a space is the factor, as "fivefold" is
    ("Fares rose five-fold, rents 3-fold and fees 2.5 fold.", ["x5", "x3", "x2.5"]),
    # a fall by a factor is the level over it; a factor may be written in words
    (
        "Fraud rose by a factor of 2.5; costs fell by a factor of about 10.",
        ["x2.5", "about x1 in 10"],
    ),
    ("Visits rose by a factor of three; waits were cut by a factor of 1.5.", ["x3", "x10 in 15"]),
]

SCALES = [
    # a brand in camel case before a verb: the figure after the verb counts
    ("zPad sold 15 million units.", ["15 million"]),
    ("Kestrel Foods made a profit of $3bn last year.", ["3 bn USD"]),
    ("Orders hit 4.5mn units.", ["4.5 mn"]),
    ("The Morley fund raised £20m.", ["20 m GBP"]),
    ("Attendance reached 12k.", ["12 k"]),
    ("Debt stood at $1.2tn.", ["1.2 tn USD"]),
    # an upper-case K is thousands on three digits or decimals; "10K", "4K", "18K" name things
    ("Payrolls rose by 275K; the post got 1.5K likes.", ["275 k", "1.5 k"]),
    # a scale word joined on to a rate or a size keeps its figure
    ("Kallio signed a £1.5 million-a-year deal.", ["1.5 million GBP / year"]),
    ("A 3 million-strong union backed the strike.", ["3 million"]),
    # thousands set apart by a space, a no-break or a thin space
    ("The village has 12 000 residents.", ["12,000"]),
    # ... never in a text that groups them with commas: there the space parts two numbers
    ("The airline took 40 205 seat jets, against 1,350 a year ago.", ["40", "205", "1,350"]),
    (
        "The fund holds €12\u00a0345\u00a0678 and 4\u2009500 tonnes of grain.",
        ["12,345,678 EUR", "4,500 t"],
    ),
    ("Sales reached 5.3 mln units; losses hit US$2.5 bln.", ["5.3 mln", "2.5 billion USD"]),
    ("The bridge will cost $1.2-billion.", ["1.2 billion USD"]),
    ("The film took Rs 5 lakh on its first day.", ["5 lakh INR"]),
    ("The ring road costs Rs 2,500 crore.", ["2,500 crore INR"]),
    ("The state's plan is Rs 17,45,320 crore.", ["17,45,320 crore INR"]),
    ("The scheme is worth ₹1.5 lakh crore.", ["150000 crore INR"]),
    ("The state spent INR 200 crore on canals.", ["200 crore INR"]),
]

CURRENCIES = [
    ("Tickets cost US$45 each.", ["45 USD"]),
    ("Brent hit $83.40/bbl.", ["83.40 USD / barrel"]),
    ("The flat sold for HK$12 million.", ["12 million HKD"]),
    ("Revenue was A$3.2 billion and C$500 million.", ["3.2 billion AUD", "500 million CAD"]),
    ("The bank lent €40bn; Osaka Steel earned ¥120 billion.", ["40 bn EUR", "120 billion JPY"]),
    (
        "Output was RMB 3.4 trillion, with 2.1 trillion yuan of exports.",
        ["3.4 trillion CNY", "2.1 trillion CNY"],
    ),
    ("Pickers earn 300 rupees a day.", ["300 INR / day"]),
    ("The shop charged Rs. 500 for the fan.", ["500 INR"]),
    ("A ticket costs ₹500.", ["500 INR"]),
    ("The flat cost S$1.2 million, or NZ$900,000.", ["1.2 million SGD", "900,000 NZD"]),
    (
        "Fines of 2 million Swedish kronor, 3 billion Danish kroner and 4.5 trillion dong.",
        ["2 million SEK", "3 billion DKK", "4.5 trillion VND"],
    ),
    (
        "The loan was 300 million Egyptian pounds, or 5 billion shekels.",
        ["300 million EGP", "5 billion ILS"],
    ),
    ("Apple paid USD 3 million and the club EUR 40m.", ["3 million USD", "40 m EUR"]),
    ("The deficit was £12.4 billion ($15.7 billion).", ["12.4 billion GBP", "15.7 billion USD"]),
    (
        "Brent rose to $85 a barrel; gold to $1,950 an ounce.",
        ["85 USD / barrel", "1,950 USD / ounce"],
    ),
    ("She took a $50,000-a-year post.", ["50,000 USD / year"]),
    # a rate per an amount of value named before its figure (property taxes)
    (
        "The budget lifts the rate per $1,000 of assessed value to $11.20.",
        ["1,000 USD", "11.20 USD / (1000 USD)"],
    ),
    # a price per unit after a slash
    (
        "Diesel costs $3.90/gallon, crude $78/barrel and rent $1,800/month.",
        ["3.90 USD / gallon", "78 USD / barrel", "1,800 USD / month"],
    ),
    # a scale letter run into an amount of money: "T" is a trillion only after a currency; a
    # lower-case "t" run into a figure is tonnes
    ("Debt hit $31.4T; the lorry carries 5t.", ["31.4 trillion USD", "5 t"]),
    # "pounds" in a text of sterling is money, unless something is weighed
    ("Buyers will pay 900 pounds more, on a £240,000 flat.", ["900 GBP", "240,000 GBP"]),
    ("The calf weighed 90 pounds and sold for £400.", ["90", "400 GBP"]),
    (
        "Flats cost £7,000 per square metre; silver $25 per troy ounce.",
        ["7,000 GBP / m**2", "25 USD / troy_ounce"],
    ),
    ("A £3bn-a-year subsidy ends.", ["3 bn GBP / year"]),
    # pence run into a figure in a British text, where no pound sign is written
    ("Shares in the FTSE 250 grocer rose 4.2p to 186p.", ["0.042 GBP", "1.86 GBP"]),
    # the taka, the Kenyan shilling and the cedi by their signs: crore is no rupee sign there
    (
        "The bridge cost Tk 800 crore; fees were KSh 1,500 and fares GH₵12.50.",
        ["800 crore BDT", "1,500 KES", "12.50 GHS"],
    ),
    (
        "Farmers got 900 taka, 2,000 Pakistani rupees and 40,000 Ugandan shillings.",
        ["900 BDT", "2,000 PKR", "40,000 UGX"],
    ),
    # a sign run into the digits; "N" is the naira in a text of naira, as "R" the rand
    ("Fees were Rs1.5 lakh, Tk1,200 and KSh2,500.", ["1.5 lakh INR", "1,200 BDT", "2,500 KES"]),
    (
        "Nigeria's Vanta state spent N4.5 billion; fuel costs N617.50 a litre.",
        ["4.5 billion NGN", "617.50 NGN / liter"],
    ),
    # "Rs" is the rupee of the country a text names, India's where it names none or India
    ("Pakistan's Vanta province spent Rs2bn and Rs 450 crore.", ["2 bn PKR", "450 crore PKR"]),
    ("Sri Lanka's levy raised Rs. 300 billion.", ["300 billion LKR"]),
    # rents and pay by their abbreviated periods, run into the figure or not
    (
        "The studio lets for £900pcm, the loft £1,250 pcm; the post pays £41,000 p.a. or £800pw.",
        ["900 GBP / month", "1,250 GBP / month", "41,000 GBP / year", "800 GBP / week"],
    ),
]

PERCENTAGES = [
    ("Inflation was 3.2 per cent.", ["3.2 %"]),
    ("Inflation was 3.2 percent.", ["3.2 %"]),
    ("Inflation was 3.2pc.", ["3.2 %"]),
    ("Inflation was 3.2 per-cent, after a 5-per-cent rise.", ["3.2 %", "5 %"]),
    ("Joblessness fell 0.4 percentage points.", ["0.4 pp"]),
    ("Joblessness fell 0.4pp.", ["0.4 pp"]),
    ("Support fell 0.5% points, after a 0.25%-point rise.", ["0.5 pp", "0.25 pp"]),
    ("Rates rose half a percentage point.", ["0.5 pp"]),
    ("Rates rose a percentage point, to 5%.", ["1 pp", "5 %"]),
    ("Rates rose by a quarter of a percentage point.", ["0.25 pp"]),
    ("Inflation fell half a per cent.", ["0.5 %"]),
    ("The bank cut rates by 25 basis points, then 50bps.", ["0.25 pp", "0.5 pp"]),
    ("A 75-basis-point hike followed a 25-bp cut.", ["0.75 pp", "0.25 pp"]),
    ("The birth rate was 7.5‰.", ["7.5 ‰"]),
    ("Turnout was 65 per cent.", ["65 %"]),
    ("The rate was 2.5 p.c., then 3 pct.", ["2.5 %", "3 %"]),
    # a fraction as one character after the whole number
    (
        "Growth of 2½ per cent, 1½ million jobs and a 3¼% rate.",
        ["2.5 %", "1.5 million", "3.25 %"],
    ),
    # a whole of percentages: "the shares add up to 100"
    ("The answers in the Halden poll do not add up to 100.", ["100 %"]),
    ("The bills added up to 100 dollars.", ["100 USD"]),
]

CHINESE = [
    # a space set between the digits and their unit, as web pages and copied PDFs set it
    (
        "市值达 1735 元,净利 444,956,011 元,提升 5 个百分点。",
        ["1735 CNY", "444,956,011 CNY", "5 pp"],
    ),
    # 兆 before money is a trillion (Taiwan, Hong Kong); before a unit of measure, mega
    (
        "税后纯益1.21兆元,市值44.99 兆元;装机500兆瓦。",
        ["1.21 trillion CNY", "44.99 trillion CNY", "500 MW"],
    ),
    # ... and written before the 亿 of one amount
    ("營收3兆5000億元,去年一兆一一二三億元。", ["35000 亿 CNY", "11123 亿 CNY"]),
    # the units after 萬 in digits, as Taiwan writes a count: one figure, not two (a year
    # after 万 is no part of it)
    ("登記車輛為3萬612輛,較上年的2萬9870輛增加。", ["3.0612 万", "2.987 万"]),
    ("新增就业1万2031年起逐年增加。", ["1 万"]),
    # a circle for the zero among Chinese digits
    (
        "稅後純益五○五七點四億元,營收一點○五兆元,稅率從二○％降到十五％。",
        ["5057.4 亿 CNY", "1.05 trillion CNY", "20 %", "15 %"],
    ),
    # a point between Chinese digits, as Taiwan's press sets a decimal
    (
        "售電量二三五三億度、年增四.六八%,其中家戶成長三．九五%。",
        ["2353 亿 kWh", "4.68 %", "3.95 %"],
    ),
    # 元 in a text of New Taiwan dollars, and never of the renminbi
    ("以新台幣計價,營收達9899.2億元,每股盈餘46.75元。", ["9899.2 亿 TWD", "46.75 TWD"]),
    # a currency declared in brackets for the figure before and those after
    (
        "销货价值为342亿元(港币,下同),网上销售32亿元;另有人民币5亿元。",
        ["342 亿 HKD", "32 亿 HKD", "5 亿 CNY"],
    ),
    # a digit after 成 goes on the tenths; before another character it opens a word
    ("珠宝销货上升三成一,电器上升近三成九,占三成一线城市。", ["31 %", "nearly 39 %", "30 %"]),
    # 零 opening a word is no count of nothing
    ("汽车及汽车零件、零部件销售上升5%。", ["5 %"]),
    # ℃ after a Chinese qualifier; 度 a degree after words of temperature, a kilowatt-hour
    # after words of power; hours of sunshine; a century is a date
    (
        "局部超过39℃,最高温度44.5度;用电量100亿度;日照1644.8小时;21世纪以来。",
        ["more than 39 degC", "44.5 degC", "100 亿 kWh", "1644.8 hour"],
    ),
    # a currency named before a Chinese figure that writes none after it
    ("折合美元3000万,人民币1.2亿,港币约100亿。", ["3000 万 USD", "1.2 亿 CNY", "about 100 亿 HKD"]),
    # a fraction with a slash that a Chinese share names (a date takes no 占)
    ("占全国的1/4,约占1/3;1/4日开幕。", ["1/4", "about 1/3"]),
    # square metres as house sales write them: 平米 and ㎡
    (
        "面积120平米,均价3.8万元/㎡,每平米2万元。",
        ["120 m**2", "3.8 万 CNY / m**2", "2 万 CNY / m**2"],
    ),
    # the yen as Taiwan writes it (日圓)
    ("營收1.2兆日圓,虧損300億日圓。", ["1.2 trillion JPY", "300 亿 JPY"]),
    # 百分之 and 千分之 before digits
    ("年增率達百分之24.4,出生率千分之8.5。", ["24.4 %", "8.5 ‰"]),
    # farmland in mu (亩), and a yield of one measure per another written with a slash
    (
        "播种面积17.64亿亩,增加1295万亩;单产387公斤/亩。",
        ["17.64 亿 mu", "1295 万 mu", "387 kg / mu"],
    ),
    # a figure restated in another unit is no restatement of an earlier one in tonnes
    ("大豆产量2000万吨,种植面积2000万亩。", ["2000 万 t", "2000 万 mu"]),
    ("全镇常住人口三千人。", ["3000"]),
    ("该县有两百万人口。", ["200 万"]),
    ("增速为百分之五点二。", ["5.2 %"]),
    ("百分之三十的企业亏损。", ["30 %"]),
    ("全年营业收入1.2万亿元。", ["1.2 trillion CNY"]),
    ("出口额为四千五百亿美元。", ["4500 亿 USD"]),
    ("人均可支配收入为三万二千元。", ["32000 CNY"]),
    ("出口增长2倍。", ["200 %"]),
    ("比上年增长两倍。", ["200 %"]),
    # ... with a qualifier between the verb and the figure
    ("出口增长了近3倍。", ["nearly 300 %"]),
    # basis points, a hundredth of a percentage point each
    ("贷款市场报价利率下调25个基点至3.45%。", ["0.25 pp", "3.45 %"]),
    ("增长了3成。", ["30 %"]),
    ("出生率为7.5‰，下降0.3个千分点。", ["7.5 ‰", "0.3 千分点"]),
    ("失业率下降0.2个百分点。", ["0.2 pp"]),
    ("下降一点五个百分点。", ["1.5 pp"]),
    ("利润逾3000万元。", ["more than 3000 万 CNY"]),
    ("销售额超过50亿元。", ["more than 50 亿 CNY"]),
    ("近三成企业亏损。", ["nearly 30 %"]),
    ("约有200人参加。", ["about 200"]),
    ("共有300多家企业。", ["more than 300"]),
    ("营收约为300亿港元。", ["about 300 亿 HKD"]),
    # other currencies by their Chinese names, and one named before a figure written with 元
    ("出口额为300亿澳元和50亿加元，投资1000亿韩元。", ["300 亿 AUD", "50 亿 CAD", "1000 亿 KRW"]),
    ("新台币200亿元，约合港币50亿元。", ["200 亿 TWD", "about 50 亿 HKD"]),
    ("合同金额约合人民币45亿元。", ["about 45 亿 CNY"]),
    ("三分之二以上的农户增收，一半左右。", ["at least 2/3", "about 1/2"]),
    (
        "营业收入突破百亿元，投资近千亿元，逾百万人受益。",
        ["more than 100 亿 CNY", "nearly 1000 亿 CNY", "more than 100 万"],
    ),
    ("全年粮食产量6.5亿吨，比上年增加1.2%。", ["6.5 亿 t", "1.2 %"]),
    ("面积为3.5平方公里。", ["3.5 km**2"]),
    ("装机容量达到120万千瓦，发电量为500亿千瓦时。", ["120 万 kW", "500 亿 kWh"]),
    ("原油产量为1500万桶。", ["1500 万 barrel"]),
    ("牛肉价格为每公斤60元，油价为每桶80美元。", ["60 CNY / kg", "80 USD / barrel"]),
    ("钢材均价为3900元/吨。", ["3900 CNY / t"]),
    # freight by its weight times its distance; the market weight 斤 is half a kilogram
    (
        "货物周转量为820亿吨公里，稻谷产量4200亿斤，猪肉每斤28元。",
        ["820 亿 t * km", "4200 亿 jin", "28 CNY / jin"],
    ),
    ("人口自然增长率为-0.6‰。", ["-0.6 ‰"]),
    # an amount of two groups is one figure, in its larger group's scale
    ("全省共运送旅客一亿四千万人次。", ["1.4 亿"]),
    ("投资三亿零五百万元。", ["3.05 亿 CNY"]),
    ("项目总投资7亿3000万元，年收入12万3千元。", ["7.3 亿 CNY", "12.3 万 CNY"]),
    ("港口吞吐量达2亿1千万吨。", ["2.1 亿 t"]),
    # four digits with a classifier count; a year is written with 年
    ("员工2000多人，有2015家企业，约1900人参加。", ["more than 2000", "2015", "about 1900"]),
    ("2019年共有2000余名学生。", ["more than 2000"]),
    # a place character before a group character is one number with it
    ("投资3千万元，收入5百亿元，利润5百万元。", ["3000 万 CNY", "500 亿 CNY", "5 million CNY"]),
    # a bare place with 余 or 多 and what it counts
    ("百余家企业，千多人参加。", ["more than 100", "more than 1000"]),
    # ... and between a qualifier and what it counts
    ("近千名志愿者和逾百家企业参加。", ["nearly 1000", "more than 100"]),
    # 上下 after a figure is "about", where it makes no word with what follows (上下游, 上下班)
    ("增速在6%上下，带动80家上下游企业，每天900人上下班。", ["about 6 %", "80", "900 / day"]),
    # a bare group character too (万余人 is 1万余人); alone or after 数 it is a word
    ("新增企业万余家，万多名志愿者参加。", ["more than 1 万", "more than 1 万"]),
    ("万一发生事故，数万余人受灾，1万余人转移。", ["more than 1 万"]),
    # a part of every whole, as "3 in 10": 每M...中有N is N/M; 每 with no 中有 is a rate
    ("每8人中有3人失业，每十个家庭中就有四个有车。", ["3/8", "4/10"]),
    ("每200名学生中有15名近视，每天有600人到访。", ["15/200", "600 / day"]),
    # 近 before a length of time opening a clause, or with 来 after it, is "the last"
    ("近5年来，收入增长了50%。", ["5 year", "50 %"]),
    ("近3个月以来房价下跌，他工作了近5年。", ["3 month", "nearly 5 year"]),
    # classifiers of trains, cases, tickets and livestock
    ("铁路加开临时客车二百一十三对，发生事故3宗。", ["213", "3"]),
    ("售出车票3000万张，生猪出栏五百头。", ["3000 万", "500"]),
]

DECIMAL_COMMAS = [
    # a text that writes every decimal with a comma
    ("Revenue rose to 3,4 billion euros, from 3,1 billion.", ["3.4 billion EUR", "3.1 billion"]),
    # one decimal comma in a text of points: read when a unit, scale or currency says amount
    ("Sales grew 12,5% in Styria.", ["12.5 %"]),
    ("Turnover was €1,5 billion.", ["1.5 billion EUR"]),
    ("Growth was 2,3 per cent, and 1.4 per cent the year before.", ["2.3 %", "1.4 %"]),
    # thousands are still thousands
    ("The club sold 1,234 season tickets.", ["1,234"]),
]

RANGES_AND_SIGNS = [
    ("Between 20 and 30 people were hurt.", ["20", "30"]),
    ("Rents rose between 3% and 4% last year.", ["3 %", "4 %"]),
    ("Prices rose 20-30% this year.", ["20 %", "30 %"]),
    ("Rents rose 3 to 4 per cent.", ["3 %", "4 %"]),
    ("The hives will hold 20 to 30 million bees.", ["20 million", "30 million"]),
    ("Between $2bn and $3bn was lost.", ["2 bn USD", "3 bn USD"]),
    # a scale run into each end of the range
    ("Losses of 3.5bn-4bn euros are likely.", ["3.5 bn EUR", "4 bn EUR"]),
    ("It will cost 2m-3m dollars; some 20k-30k jobs.", ["2 m USD", "3 m USD", "some 20 k", "30 k"]),
    ("The scheme will cost $1m-$2m a year.", ["1 m USD / year", "2 m USD / year"]),
    ("The levy would raise $4-5 billion a year.", ["4 billion USD / year", "5 billion USD / year"]),
    # full numbers joined by a dash, and money with its currency written once, before
    ("The plan adds 30,000-40,000 jobs.", ["30,000", "40,000"]),
    ("Crowds of 10,000–12,000 are expected.", ["10,000", "12,000"]),
    ("Flats rent for 1,200-1,500 euros.", ["1,200 EUR", "1,500 EUR"]),
    (
        "Fares of $1,200-1,500 apply; tickets cost €20–30.",
        ["1,200 USD", "1,500 USD", "20 EUR", "30 EUR"],
    ),
    ("Output shrank by −3.2%.", ["-3.2 %"]),
    ("The economy contracted 1.5%, after a -0.3% reading.", ["1.5 %", "-0.3 %"]),
    ("Sales rose 3.2%[1] and 4.1%2 in Tarn.", ["3.2 %", "4.1 %"]),
]

QUALIFIERS = [
    # an abbreviation's point with no space before the currency sign
    (
        "Revenue of c.£2m and costs of approx.£1.5m; Inc.5 rose.",
        ["c. 2 m GBP", "approx. 1.5 m GBP"],
    ),
    ("More than 500 people marched.", ["more than 500"]),
    ("Almost 40% of the vote went to Ruiz.", ["almost 40 %"]),
    ("At least 12 people died.", ["at least 12"]),
    ("Up to 300 jobs could go.", ["up to 300"]),
    ("Nearly $4 million was raised.", ["nearly 4 million USD"]),
    ("Some 40,000 fans attended.", ["some 40,000"]),
    ("Just under 10% of homes.", ["just under 10 %"]),
    ("Well over 2 million viewers watched.", ["well over 2 million"]),
    ("Fewer than 100 people came.", ["fewer than 100"]),
    ("As many as 5,000 jobs.", ["as many as 5,000"]),
    ("Over 1m people signed; he made more than £1m.", ["over 1 m", "more than 1 m GBP"]),
    ("The crowd was 10,000-plus.", ["more than 10,000"]),
    # "30-odd" is thirty and some; a maximum and a minimum bound the figure
    ("There were 30-odd stalls and 40-odd years of trade.", ["more than 30", "more than 40 year"]),
    (
        "A maximum of 20 guests and a minimum of 18 months.",
        ["a maximum of 20", "a minimum of 18 month"],
    ),
    # after a scale or a unit too
    (
        "The firm is worth $1.2 trillion-plus; fares of $50 or more; grants of €1,000+.",
        ["more than 1.2 trillion USD", "at least 50 USD", "more than 1,000 EUR"],
    ),
    ("Nearly 1 in 3 adults is obese.", ["nearly 1 in 3"]),
    (
        "The fair drew 10,000+ people, 200 or so of them from Oslo.",
        ["more than 10,000", "about 200"],
    ),
    # signs and abbreviations for a qualifier; ">" opening a line quotes it
    (
        "Firms with >500 staff, <50 staff, rates ≥ 5%, ≤5%, ≈300 homes.",
        ["more than 500", "less than 50", "at least 5 %", "at most 5 %", "about 300"],
    ),
    ("Approx 300 homes, ca. 200 flats, est. 100 shops.", ["about 300", "about 200", "about 100"]),
    ("They wrote:\n> 500 people came.", ["500"]),
    (
        "The deal is worth north of $1bn; fares fell south of 5%.",
        ["north of 1 bn USD", "south of 5 %"],
    ),
    (
        "As few as 12 staff remain; circa 400 left, c. 500 in all, ~300 homes.",
        ["as few as 12", "circa 400", "c. 500", "~ 300"],
    ),
]

UNITS = [
    ("The road is 42 km long and runs 26 miles.", ["42 km", "26 mile"]),
    ("The mine produced 3.5 million tonnes of coal.", ["3.5 million t"]),
    (
        "The park covers 1,200 square metres and the farm 300 hectares.",
        ["1,200 m**2", "300 hectare"],
    ),
    ("The plant generates 500 MW; a 1.2 GW farm opened.", ["500 MW", "1.2 GW"]),
    ("Homes use 3,100 kWh a year.", ["3,100 kWh / year"]),
    ("The field produces 500 barrels a day.", ["500 barrel / day"]),
    ("The well pumps 1.5 million barrels per day.", ["1.5 million barrel / day"]),
    ("He walks 10 km a day.", ["10 km / day"]),
    ("Cars drove at 100mph.", ["100 mile / hour"]),
    # a rate said by an adverb that ends the phrase; before a noun it describes the noun
    ("Brewers in Tulsa sell 1.2m pints daily.", ["1.2 m / day"]),
    ("The brewery sold 40m pints a quarter.", ["40 m / (3 month)"]),
    # the rate ends the clause the count opens
    ("On average, four hikers are hurt by falling rocks in the gorge per year.", ["4 / year"]),
    ("Some 3,000 vans cross the ferry link every day.", ["some 3,000 / day"]),
    ("The port handles 30 million passengers annually.", ["30 million / year"]),
    (
        "The town collects £3m annually from parking and $2bn per annum in rates.",
        ["3 m GBP / year", "2 bn USD / year"],
    ),
    (
        "The depot recycles 500 tonnes weekly; members pay £10 monthly.",
        ["500 t / week", "10 GBP / month"],
    ),
    ("The app has 30 million daily users.", ["30 million"]),
    # a unit's whole name: "kilowatts" is no "kilos" of weight
    (
        "The park has 5.7 million kilowatts of turbines and sells 5 kilos of honey.",
        ["5.7 million kW", "5 kg"],
    ),
    # grams, milligrams and millilitres run into a figure, in lower case only ("5G" a network)
    (
        "A 400g pack, a 2.5mg dose and a 750ml bottle reached 5G towns.",
        ["400 g", "2.5 mg", "750 ml"],
    ),
    # the rate of a difference: "more", "less" or "extra" before the period
    (
        "Band D homes pay £135 more annually; Band A pay £40 extra per year.",
        ["135 GBP / year", "40 GBP / year"],
    ),
    ("It was 30°C in Madrid.", ["30 degC"]),
    # a bare C or F run into a figure is degrees where the weather is named before it
    ("Temperatures hit 41C in Tarn, and a high of 97F is forecast.", ["41 degC", "97 degF"]),
    # ... and anywhere in a text that speaks of temperatures (a weather report)
    (
        "A heatwave gripped Varno. Ostrel reached 41.6C and Belka hit 39C; Friday: max 35C, "
        "min 21C.",
        ["41.6 degC", "39 degC", "35 degC", "21 degC"],
    ),
    # a qualifier before a range joined by a dash is the range's: both ends take its unit
    ("In the heatwave the lakes were about 1-2C warmer.", ["about 1 degC", "2 degC"]),
    ("Rents in Ostrel were about 5-6% higher.", ["about 5 %", "6 %"]),
    # a figure in one currency per another is a rate of exchange; a bare one against a
    # currency is in the currency its clause names
    (
        "The lev traded at 6.35 yuan per dollar, or 7.1 yuan to the euro.",
        ["6.35 CNY/USD", "7.1 CNY/EUR"],
    ),
    ("The rupee slid to 84.6 against the dollar on Monday.", ["84.6 INR/USD"]),
    ("Shares in Ostrel slid to 84.6 against the dollar index.", ["84.6"]),
    # oil and gas as energy reports write them: a period after a slash, a scale in the unit
    (
        "The Vesta field pumps 85,000 bbl/d, the Orla field 40,000 b/d and 12,000 bpd.",
        ["85,000 barrel / day", "40,000 barrel / day", "12,000 barrel / day"],
    ),
    (
        "Demand will reach 104.1 mb/d as supply grows 650 kb/d.",
        ["104.1 million barrel / day", "650 thousand barrel / day"],
    ),
    (
        "Tarnland bought 31 bcm of gas; its plant makes 7.5 mtpa.",
        ["31 billion m**3", "7.5 million t / year"],
    ),
    ("The licence costs $12/yr.", ["12 USD / year"]),
    # "over" after a figure spans the time it took; before a length alone it is "more than"
    ("Fares rose 20% over five years.", ["20 %", "5 year"]),
    ("The dam will cost £5bn over 10 years.", ["5 bn GBP", "10 year"]),
    ("She served over 20 years on the bench.", ["over 20 year"]),
    # a length of time in days of a kind
    ("The refund takes 10 working days; the strike lasted 12 calendar days.", ["10 day", "12 day"]),
    # an age after "aged", as "a 45-year-old" is one
    (
        "Voters aged 18-24 and those aged over 70; she is aged 52.",
        ["18 year", "24 year", "over 70 year", "52 year"],
    ),
    # a daily or weekly average is a rate per that period
    ("The daily average was 1.3 million riders.", ["1.3 million / day"]),
    ("Average weekly takings of £42,000 were a record.", ["42,000 GBP / week"]),
]

NOT_FIGURES = [
    "In 2019 the council met at 10:30 on March 4.",
    # dates and ratios written with slashes
    "The deadline is 2031/12/31, or 12/31/2031 in American writing.",
    "She finished 3rd in the race; he was the 21st mayor.",
    "Call 555-123-4567 for tickets.",
    "The office is at 221 Baker Street.",
    "The COVID-19 pandemic hit the G7 economies.",
    "See page 12 for details.",
    # a model named after a brand in camel case, at a sentence's start too
    "The zPad 9 and the iRoam 3 went on sale.",
    "iRoam 3 owners queued overnight.",
    # a name writing its number twice; a seat named by a number and a letter
    "A 7-Eleven store opened near the station.",
    "Seat 40C was empty.",
    "In the heatwave, Seat 40C was empty and Room 12C too.",
    # the base of an index
    "The index (2010=100) was rebased.",
    "Dial 999 or take bus 73 to suite 400.",
    "After a 3-for-1 split came a two-for-one offer.",
    # a naira sign only in a text of naira; a mask's grade; the digits of a sum
    "The N95 masks and the N4 road.",
    "She earns six figures, after a seven-figure bonus.",
    # a tally joined by a dash; the term that names a bond or a loan
    "The board voted 7–2 and the Owls won 3—1.",
    "Two-year Treasury yields and the 30-year mortgage fell; three-month bills were sold.",
    # ... and after a capitalised name opening a sentence, before the words that go on
    "Vantage 9 owners queued overnight.",
    "Orbis 380 deliveries resumed in spring.",
    "Ayr beat Leith 3-2 on Sunday, after a 1-0 win.",
    "The Hawks beat the Owls 104-97 as voters watched the game.",
    "The court ruled 6-3; a poll followed.",
    "The 2020-21 season was cancelled.",
    "Chapter 7 bankruptcy looms for the Boeing 737 supplier.",
    "Article 50 was triggered.",
    "In the 1990s, prices rose.",
    "Sales in Q3 2023 and H1 2024 rose.",
    "Since the 9/11 attacks, the shop is open 24/7.",
    "It is a 50/50 chance.",
    "Hundreds of people gathered and thousands marched.",
    "The one-in-a-million shot came off in a one-in-100-year flood.",
    "Lots 3,4 went unsold at the auction.",
    # the length of time that defines a group is a class's bound
    "Those jobless for 26 weeks or more, and those unemployed for less than four weeks.",
    "Patients waiting more than 40 weeks were offered care abroad.",
    "7座以下（含7座）小型客车免收通行费。",
    "打造百亿级产业集群，千万不要错过。",
    # 一 with a classifier is the article "a", as English "a firm" is no figure
    "这是一个好消息，一家企业和一名工人。",
    "For bookings call 0800 123 456 or 020 7946 0958.",
    # a note's mark, in brackets or run into a percent sign; pages and their ranges
    "See p. 12, pp. 14-15 and articles 3-5.",
    "Vardo's note [12] explains it.",
    # a model's year and a train are written with a classifier too
    "2022款车型和G2019次列车。",
    # a time of day, a line or building by its number, a hotline, days named by their date
    "上午10时30分，地铁2号线和3号楼，拨打12345热线。",
    "3·15晚会和双11。",
    # two numerals in a row are a guess ("two or three")
    "两三个月后，三四十人和七八成企业。",
    # the term of a loan or a bond; the shares a dividend is paid on
    "一年期贷款和5年期国债，每10股派发。",
    "1．农业生产稳定\n2、工业生产",
    "Amendment 4 was approved; Resolution 2334 and footnote 4 say why.",
    "She ran a 10K race in 18K gold, filmed in 4K.",
    "A 5k-10k run.",
    # "one" in a proportion only before a whole: "every town" is no whole
    "One in every town voted; one of the firms failed.",
    # a standing division named by its number, as 三次产业 is
    "The weights of the three industries shifted, as did the balance of three sectors.",
]


@pytest.mark.parametrize(
    "text, expected",
    [
        *NUMBER_WORDS,
        *SCALES,
        *CURRENCIES,
        *PERCENTAGES,
        *CHINESE,
        *DECIMAL_COMMAS,
        *RANGES_AND_SIGNS,
        *QUALIFIERS,
        *UNITS,
    ],
)
def test_every_figure_is_read_by_value_scale_unit_and_qualifier(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_what_is_not_a_figure_is_not_read(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # points beside percentages are percentage points, in a compound too
        ("Ruiz leads Okafor 46% to 39%, a 7-point lead.", ["46 %", "39 %", "7 pp"]),
        (
            "Approval of the levy slid 9 points, to 52 per cent from 61 per cent.",
            ["9 pp", "52 %", "61 %"],
        ),
        (
            "Support for the levy fell 6pts to 41%, and 4 pts among renters.",
            ["6 pp", "41 %", "4 pp"],
        ),
        # more than 100 points are an index's
        ("The Nikkei rose 350 points, or 1.1%.", ["350", "1.1 %"]),
        ("The Hang Seng fell 0.8% to 17,200 points.", ["0.8 %", "17,200"]),
        # and fewer in a sentence naming a market index
        ("The Kospi ended at 2,412.6, down 18.4 points, or 0.8%.", ["2,412.6", "18.4", "0.8 %"]),
        # in a text about a poll, a lead or a gap in points is between two shares
        (
            "The Tarnby survey puts Lund at 44 percent. Her lead over Berg is 6 points.",
            ["44 %", "6 pp"],
        ),
        ("Lund holds a 6-point edge among women, the poll found.", ["6 pp"]),
        ("The Dow fell 12 points on the day voters went to the polls.", ["12"]),
        # points after a rate in the sentence before are that rate's; a player's are his own
        ("The levy is 13%. That is 3 points more than in May.", ["13 %", "3 pp"]),
        ("Ruiz made 45% of her shots. She scored 30 points.", ["45 %", "30"]),
        ("The Nikkei fell 1.2%. It lost 30 points.", ["1.2 %", "30"]),
        # a number word joined to its points
        ("Support rose to 45%, a five-point gain.", ["45 %", "5 pp"]),
        ("A two-percentage-point gap remains.", ["2 pp"]),
        # a part of a point, beside a rate
        ("The bank cut its rate by a quarter point to 3.75%.", ["0.25 pp", "3.75 %"]),
        ("Rates rose by three-quarters of a point to 5%.", ["0.75 pp", "5 %"]),
        ("After a half-point rise, rates fell half a point to 4%.", ["0.5 pp", "0.5 pp", "4 %"]),
    ],
)
def test_points_are_percentage_points_only_beside_percentages_and_up_to_100(text, expected):
    assert [mention.value_text() for mention in extract_text(text).mentions] == expected


LISTS_AND_TABLES = [
    # a list written once with its unit and scale, after the last figure
    (
        "Farm, factory and service output grew 2.5, 4.8 and 6.1 percent.",
        ["2.5 %", "4.8 %", "6.1 %"],
    ),
    (
        "Imports and exports were 8.3 and 9.7 trillion yuan, respectively.",
        ["8.3 trillion CNY", "9.7 trillion CNY"],
    ),
    ("The plants cost 850,000 and 1.2 million euros.", ["850,000 EUR", "1.2 million EUR"]),
    ("Votes: the council approved 3, and 45 percent of staff left.", ["3", "45 %"]),
    # a list parted by slashes, one figure a year as forecasts write them: the last's unit and
    # scale (and the qualifier before the list) for every figure
    ("预计归母净利润分别为3.1/3.9/4.6亿元。", ["3.1 亿 CNY", "3.9 亿 CNY", "4.6 亿 CNY"]),
    ("同比增长15.3%/25.8%/17.9%。", ["15.3 %", "25.8 %", "17.9 %"]),
    (
        "Analysts see sales of about $3.1/3.9/4.6 billion.",
        ["about 3.1 billion USD", "about 3.9 billion USD", "about 4.6 billion USD"],
    ),
    ("EPS of 0.52/0.65 yuan is forecast.", ["0.52 CNY", "0.65 CNY"]),
    # a unit declared in a bracket or after "Unit:" is no figure, and binds the figure after it
    ("Harvest by county (10,000 tonnes)\nUnit: 100 million yuan", []),
    ("Farm output (billion yuan): 412.6, up 3.1%.", ["412.6 billion CNY", "3.1 %"]),
    ("The total (in 100 million yuan) was 85.6.", ["85.6 yi CNY"]),
    # a bracket straight after a figure restates it
    ("A loss of $15 million (100 million yuan) was booked.", ["15 million USD", "100 million CNY"]),
    # money declared with its sign before the scale, and thousands as tables write them
    ("Revenue ($m): 45.6", ["45.6 million USD"]),
    (
        "The total (in € million) was 85.6; staff ('000): 12.5",
        ["85.6 million EUR", "12.5 thousand"],
    ),
    (
        "| Item | 2023 (£bn) | Change (%) |\n| Tax | 12.3 | 3.1 |\n| Spending | 14.1 | -1.0 |",
        ["12.3 billion GBP", "3.1 %", "14.1 billion GBP", "-1.0 %"],
    ),
    # a table copied from a sheet, its cells split by tabs (an empty one too)
    (
        "Country\tGDP (US$ bn)\t\tGrowth (%)\nFreedonia\t123.4\t\t2.1\nSylvania\t98.7\t\t-0.4",
        ["123.4 billion USD", "2.1 %", "98.7 billion USD", "-0.4 %"],
    ),
    # a header without units starts another table: the columns before it no longer bind; a
    # percent sign in the next cell is no figure's
    (
        "Item\tValue (US$ bn)\nTax\t12.3\n\nRegion\tQ1 2022\t% of total\nNorth\t823.05\t19.7",
        ["12.3 billion USD", "823.05", "19.7"],
    ),
    # a plain-text table, its columns aligned by spaces: no row is joined to the next as a
    # wrapped line, and each column takes the unit its header declares
    (
        "Output by sector\nSector        2022 (£bn)  2023 (£bn)  Change (%)\n"
        "Farming             12.3        12.9         4.9\n"
        "Manufacturing      210.5       205.1        -2.6\n"
        "Services           890.2       921.7         3.5\n",
        [
            *("12.3 billion GBP", "12.9 billion GBP", "4.9 %"),
            *("210.5 billion GBP", "205.1 billion GBP", "-2.6 %"),
            *("890.2 billion GBP", "921.7 billion GBP", "3.5 %"),
        ],
    ),
    # a unit declared by the line before a table, its title or "Unit:", for the columns that
    # declare none
    (
        "Exports by port (US$ million)\nPort\t2023\tChange (%)\nVardo\t123.4\t2.1\n"
        "Kessel\t98.7\t-0.4\n\nUnit: 100 million yuan\nPort\t2023\nTarn\t56.2\nOrla\t41.9\n",
        [
            *("123.4 million USD", "2.1 %", "98.7 million USD", "-0.4 %"),
            *("56.2 yi CNY", "41.9 yi CNY"),
        ],
    ),
    # a row whose label declares its unit, a period a column (a company's summary); a cell
    # writing its own scale takes the declared currency
    (
        "| | 2023 | 2022 |\n| Sales ($m) | 412 | 398 |\n| Margin (%) | 12.5 | -1.0 |\n"
        "| Staff | 1,200 | 1,150 |\n",
        ["412 million USD", "398 million USD", "12.5 %", "-1.0 %", "1,200", "1,150"],
    ),
    (
        "| 指标 | 2023年 | 2022年 |\n| 营业收入(元) | 812.5亿 | 790.1亿 |\n"
        "| 每股收益(元) | 0.62 | 0.58 |\n",
        ["812.5 亿 CNY", "790.1 亿 CNY", "0.62 CNY", "0.58 CNY"],
    ),
    # pence run into each figure of a row, the word "p" of a page never read between them
    (
        "UK results\nItem        2024    2023\nEPS         1.15p   7.69p\nDividend    0.93p   2.80p\n",
        ["0.0115 GBP", "0.0769 GBP", "0.0093 GBP", "0.028 GBP"],
    ),
    # a comparative in brackets after a figure in a currency, with its period or none
    (
        "Turnover 400.3 million euros (Q1/2023: 391.1 million); equity per share 7.47 euros "
        "(7.24); revenue £5.2m (2) last year.",
        ["400.3 million EUR", "391.1 million EUR", "7.47 EUR", "7.24 EUR", "5.2 m GBP"],
    ),
    # a table with a column of units, one a row, and a column of growth declared in its header
    (
        "| Item | Unit | Total | Growth (%) |\n| Grain output | 10,000 tonnes | 312.5 | 2.4 |\n"
        "| Retail sales | 100 million yuan | 85.6 | 7.7 |\n",
        ["312.5 wan t", "2.4 %", "85.6 yi CNY", "7.7 %"],
    ),
    (
        "指标\n|\n计量单位\n|\n绝对数\n|\n比上年增长（%）\n|\n粮食产量\n|\n万吨\n|\n312.5\n|\n2.4\n|\n"
        "社会消费品零售总额\n|\n亿元\n|\n85.6\n|\n7.7\n",
        ["312.5 wan t", "2.4 %", "85.6 yi CNY", "7.7 %"],
    ),
]


@pytest.mark.parametrize("text, expected", LISTS_AND_TABLES)
def test_a_unit_written_once_is_given_to_every_figure_of_its_list_or_column(text, expected):
    assert [mention.value_text() for mention in extract_text(text).mentions] == expected


@pytest.mark.parametrize(
    "quote, value, stated",
    [
        ("Rates rose 25 basis points", "+0.25 pp", True),
        ("Growth of five point two per cent", "5.2 %", True),
        ("投资3千万元，利润7亿3000万元", "3000 万 CNY", True),
        ("投资3千万元，利润7亿3000万元", "7.3 亿 CNY", True),
        ("spending was Rs.6,000/- a month", "6,000 INR", True),
        ("Growth of five point two per cent", "5.3 %", False),
        ("Rates rose 25 basis points", "+0.35 pp", False),
        ("投资3千万元", "3 万 CNY", False),
    ],
)
def test_a_quote_states_every_figure_the_extractor_reads_in_it(quote, value, stated):
    """The quote check reads its quote as extraction does, so that a drafted figure is never
    said to be missing from its own quote."""
    assert quote_states(quote, parse_value(value))[0] is stated


def test_a_quote_in_pence_states_its_value_in_pounds():
    quote = "Shares fell 8 per cent or 30.3p to 359p"
    assert quote_states(quote, parse_value("3.59 GBP"))[0]
    assert quote_states(quote, parse_value("-0.303 GBP"))[0]
    assert not quote_states(quote, parse_value("3.95 GBP"))[0]
    assert not quote_states(quote, parse_value("3.59 USD"))[0]
