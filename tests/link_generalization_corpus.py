"""An invented corpus of news sentences, written as newswires, statistics offices and company
results write them, for each kind of link issue 14 asks the extractor to read (point 4).

Every entry is a pair: the CONSISTENT text (its figures agree: `checker check --text` must give
no error and no warning) and a copy with ONE figure changed, so that the figures no longer agree
(INCONSISTENT). Where the sentence itself states the link, the changed copy must give an error;
where the link runs across sentences (`across=True`), a note is all the text allows, and an error
would be too much. Every figure, name and sentence here is made up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    kind: str
    consistent: str
    inconsistent: str
    across: bool = False  # the link runs across sentences: a note, never an error

    @property
    def name(self) -> str:
        return f"{self.kind}: {self.consistent[:60]}"


PAIRS: list[Pair] = [
    # "from X to Y", both orders, with "up/down N%"
    Pair(
        "from_to",
        "Exports rose from $120 million in 2022 to $150 million in 2023, up 25%.",
        "Exports rose from $120 million in 2022 to $150 million in 2023, up 45%.",
    ),
    Pair(
        "from_to",
        "Revenue climbed to 84 million euros from 70 million euros, an increase of 20%.",
        "Revenue climbed to 84 million euros from 70 million euros, an increase of 30%.",
    ),
    Pair(
        "from_to",
        "Ticket sales dropped 15% to 3,400 from 4,000.",
        "Ticket sales dropped 25% to 3,400 from 4,000.",
    ),
    Pair(
        "from_to",
        "The company's headcount grew from 2,500 to 3,000, a rise of 20 percent.",
        "The company's headcount grew from 2,500 to 3,000, a rise of 12 percent.",
    ),
    Pair(
        "from_to",
        "Average rents went up 8% from £1,250 to £1,350 a month.",
        "Average rents went up 8% from £1,250 to £1,500 a month.",
    ),
    Pair(
        "from_to",
        "Net profit fell to $45 million from $60 million, down 25%.",
        "Net profit fell to $45 million from $60 million, down 15%.",
    ),
    Pair(
        "from_to",
        "Rice output increased by 10 percent, from 200 million tonnes to 220 million tonnes.",
        "Rice output increased by 10 percent, from 200 million tonnes to 240 million tonnes.",
    ),
    Pair(
        "from_to",
        "Shares of the lender slid 40% from $50 to $30.",
        "Shares of the lender slid 40% from $50 to $35.",
    ),
    Pair(
        "from_to",
        "The number of registered voters rose from 1.2 million to 1.5 million, a 25% increase.",
        "The number of registered voters rose from 1.2 million to 1.5 million, a 50% increase.",
    ),
    Pair(
        "from_to",
        "Hospital admissions declined from 9,600 in 2021 to 7,200 in 2023, a drop of 25 percent.",
        "Hospital admissions declined from 9,600 in 2021 to 7,200 in 2023, a drop of 15 percent.",
    ),
    Pair(
        "from_to",
        "Wheat prices jumped 50% to $300 a tonne, from $200.",
        "Wheat prices jumped 60% to $300 a tonne, from $200.",
    ),
    Pair(
        "from_to",
        "The fare went down from $2.50 to $2.00, a cut of 20 percent.",
        "The fare went down from $2.50 to $2.00, a cut of 30 percent.",
    ),
    # "rose N% to X", with and without the base
    Pair(
        "rose_to",
        "Sales rose 12% to $560 million from $500 million.",
        "Sales rose 12% to $590 million from $500 million.",
    ),
    Pair(
        "rose_to",
        "Orders for machine tools rose 5 percent to 4,200 units, from 4,000 units a year earlier.",
        "Orders for machine tools rose 5 percent to 4,500 units, from 4,000 units a year earlier.",
    ),
    Pair(
        "rose_to",
        "Sales were $500 million in 2022. In 2023 they rose 12% to $560 million.",
        "Sales were $500 million in 2022. In 2023 they rose 22% to $560 million.",
    ),
    Pair(
        "rose_to",
        "Sales were $500 million in 2022. The company said sales rose 12% to $560 million in 2023.",
        "Sales were $500 million in 2022. The company said sales rose 32% to $560 million in 2023.",
        across=True,
    ),
    Pair(
        "rose_to",
        "The bank's lending grew 8% to 27 billion francs, up from 25 billion francs.",
        "The bank's lending grew 18% to 27 billion francs, up from 25 billion francs.",
    ),
    # "X, up from Y" and "X, compared with Y a year earlier"
    Pair(
        "up_from",
        "Car sales reached 1.32 million, up 10% from 1.2 million.",
        "Car sales reached 1.32 million, up 20% from 1.2 million.",
    ),
    Pair(
        "up_from",
        "Exports totalled $96 billion, up 20% from $80 billion a year earlier.",
        "Exports totalled $96 billion, up 30% from $80 billion a year earlier.",
    ),
    Pair(
        "up_from",
        "Operating profit was 1.8 billion crowns, down 10% from 2 billion crowns.",
        "Operating profit was 1.8 billion crowns, down 40% from 2 billion crowns.",
    ),
    Pair(
        "compared_with",
        "Profit was $12 million, compared with $10 million a year earlier, an increase of 20%.",
        "Profit was $12 million, compared with $10 million a year earlier, an increase of 50%.",
    ),
    Pair(
        "compared_with",
        "The group made a pre-tax profit of £3.3m, 10% higher than the £3m of a year earlier.",
        "The group made a pre-tax profit of £3.3m, 60% higher than the £3m of a year earlier.",
    ),
    Pair(
        "compared_with",
        "Turnover was 750 million euros, against 600 million euros in 2022, a rise of 25%.",
        "Turnover was 750 million euros, against 600 million euros in 2022, a rise of 35%.",
    ),
    # "an increase of N% on/over last year"
    Pair(
        "increase_on",
        "Visitors numbered 5.5 million in 2023, an increase of 10% on the 5 million of 2022.",
        "Visitors numbered 5.5 million in 2023, an increase of 25% on the 5 million of 2022.",
    ),
    Pair(
        "increase_on",
        "The museum had 5 million visitors in 2022. Last year it had 5.5 million, "
        "an increase of 10% over the year before.",
        "The museum had 5 million visitors in 2022. Last year it had 5.5 million, "
        "an increase of 30% over the year before.",
        across=True,
    ),
    # a fall, drop, decline, cut, reduction or discount of N%
    Pair(
        "fall_of",
        "The jacket, normally $80, is on sale for $60, a discount of 25%.",
        "The jacket, normally $80, is on sale for $60, a discount of 40%.",
    ),
    Pair(
        "fall_of",
        "The council will cut the budget by 10% from £50m to £45m.",
        "The council will cut the budget by 10% from £50m to £40m.",
    ),
    Pair(
        "fall_of",
        "Emissions fell to 450 million tonnes from 500 million tonnes, a reduction of 10%.",
        "Emissions fell to 450 million tonnes from 500 million tonnes, a reduction of 20%.",
    ),
    Pair(
        "fall_of",
        "Output slipped from 200,000 units to 190,000 units, a decline of 5%.",
        "Output slipped from 200,000 units to 190,000 units, a decline of 15%.",
    ),
    Pair(
        "fall_of",
        "Water use dropped from 80 litres to 60 litres a day, a fall of 25 percent.",
        "Water use dropped from 80 litres to 60 litres a day, a fall of 35 percent.",
    ),
    # factors: "N times", "N-fold", doubled, tripled, halved
    Pair(
        "factor",
        "Sales of electric vans tripled from 40,000 to 120,000.",
        "Sales of electric vans tripled from 40,000 to 150,000.",
    ),
    Pair(
        "factor",
        "The price of a dozen eggs doubled to $6.40 from $3.20.",
        "The price of a dozen eggs doubled to $8.40 from $3.20.",
    ),
    Pair(
        "factor",
        "The agency's debt rose fivefold, from $2.4 billion to $12 billion.",
        "The agency's debt rose fivefold, from $2.4 billion to $16 billion.",
    ),
    Pair(
        "factor",
        "The grant was halved from $80 million to $40 million.",
        "The grant was halved from $80 million to $50 million.",
    ),
    Pair(
        "factor",
        "Demand has grown 4-fold to 2,000 megawatts from 500 megawatts.",
        "Demand has grown 4-fold to 2,600 megawatts from 500 megawatts.",
    ),
    Pair(
        "factor",
        "Applications rose 2.5 times, from 4,000 to 10,000.",
        "Applications rose 2.5 times, from 4,000 to 20,000.",
    ),
    # "N in M", "one in five", "a third of"
    Pair(
        "n_in_m",
        "Of the 2,000 people surveyed, 500, or one in four, said they cycle to work.",
        "Of the 2,000 people surveyed, 700, or one in four, said they cycle to work.",
    ),
    Pair(
        "n_in_m",
        "A third of the 900 staff, 300 people, work from home.",
        "A third of the 900 staff, 400 people, work from home.",
    ),
    Pair(
        "n_in_m",
        "Two in five adults (40%) said they had no savings.",
        "Two in five adults (55%) said they had no savings.",
    ),
    # shares: "X, or N% of the total"
    Pair(
        "share",
        "The region exported 30 million tonnes, or 60% of the national total of 50 million tonnes.",
        "The region exported 30 million tonnes, or 70% of the national total of 50 million tonnes.",
    ),
    Pair(
        "share",
        "Of the 400 seats, the party won 220, or 55%.",
        "Of the 400 seats, the party won 220, or 65%.",
    ),
    Pair(
        "share",
        "Women held 45 of the 150 board seats, or 30%.",
        "Women held 45 of the 150 board seats, or 40%.",
    ),
    # totals and parts: of which, among them, including, of these, the rest
    Pair(
        "parts",
        "The firm hired 300 people last year, of which 120 were engineers, "
        "100 were designers and the rest, 80, worked in sales.",
        "The firm hired 300 people last year, of which 120 were engineers, "
        "100 were designers and the rest, 110, worked in sales.",
    ),
    Pair(
        "parts",
        "A total of 1,200 cases were reported, among them 700 in the capital "
        "and 500 in the provinces.",
        "A total of 1,200 cases were reported, among them 700 in the capital "
        "and 800 in the provinces.",
    ),
    Pair(
        "parts",
        "The city has 50 schools, including 30 primary schools and 15 secondary schools.",
        "The city has 50 schools, including 40 primary schools and 15 secondary schools.",
    ),
    Pair(
        "parts",
        "The agency received 800 complaints. Of these, 500 concerned billing "
        "and 300 concerned delays.",
        "The agency received 800 complaints. Of these, 500 concerned billing "
        "and 400 concerned delays.",
        across=True,
    ),
    # sums of listed parts
    Pair(
        "sum",
        "The budget covers health ($30 million), education ($25 million) and "
        "transport ($15 million), a total of $70 million.",
        "The budget covers health ($30 million), education ($25 million) and "
        "transport ($15 million), a total of $80 million.",
    ),
    Pair(
        "sum",
        "The team won 12 gold, 9 silver and 7 bronze medals, 28 in all.",
        "The team won 12 gold, 9 silver and 7 bronze medals, 31 in all.",
    ),
    # comparisons between two entities
    Pair(
        "compares",
        "One bakery charged $4.00 a loaf while another charged $5.00, 25% more.",
        "One bakery charged $4.00 a loaf while another charged $5.00, 45% more.",
    ),
    Pair(
        "compares",
        "The northern plant made 6,000 cars, twice as many as the southern plant's 3,000.",
        "The northern plant made 6,000 cars, twice as many as the southern plant's 4,200.",
    ),
    # restatements in brackets
    Pair(
        "restated",
        "The tower is 300 metres (984 feet) tall.",
        "The tower is 300 metres (1,500 feet) tall.",
    ),
    Pair(
        "restated",
        "One in four members (25%) voted against.",
        "One in four members (35%) voted against.",
    ),
    # differences in points
    Pair(
        "points",
        "The share of renewables rose 5 percentage points from 20% to 25%.",
        "The share of renewables rose 7 percentage points from 20% to 25%.",
    ),
    Pair(
        "points",
        "Turnout fell by 3.5 points, to 61.5% from 65%.",
        "Turnout fell by 4.5 points, to 61.5% from 65%.",
    ),
    Pair(
        "points",
        "The jobless rate fell 1.3 percentage points from 6.4% to 5.1%.",
        "The jobless rate fell 1.8 percentage points from 6.4% to 5.1%.",
    ),
    # Chinese: 同比增长/下降, 比上年, 增长N倍, 占...比重, 其中
    Pair(
        "zh",
        "销售收入由50亿元增长到60亿元，增长20%。",
        "销售收入由50亿元增长到60亿元，增长25%。",
    ),
    Pair(
        "zh",
        "今年出口额为120亿元，比上年的100亿元增长20%。",
        "今年出口额为120亿元，比上年的100亿元增长40%。",
    ),
    Pair(
        "zh",
        "利润总额从40亿元下降到30亿元，同比下降25%。",
        "利润总额从40亿元下降到30亿元，同比下降15%。",
    ),
    Pair(
        "zh",
        "产量从200万吨增至600万吨，增长2倍。",
        "产量从200万吨增至800万吨，增长2倍。",
    ),
    Pair(
        "zh",
        "全年客运量1200万人次，其中铁路800万人次，公路400万人次。",
        "全年客运量1200万人次，其中铁路800万人次，公路500万人次。",
    ),
    Pair(
        "zh",
        "全市生产总值为800亿元，其中第三产业增加值为480亿元，占全市生产总值的比重为60%。",
        "全市生产总值为800亿元，其中第三产业增加值为480亿元，占全市生产总值的比重为70%。",
    ),
]
