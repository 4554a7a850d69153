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
    # more variants of each kind
    # from_to more
    Pair(
        "from_to",
        "Imports fell from 9.6 billion euros to 8.4 billion euros, a decrease of 12.5%.",
        "Imports fell from 9.6 billion euros to 8.4 billion euros, a decrease of 22.5%.",
    ),
    Pair(
        "from_to",
        "The average house price rose 6% to £318,000 from £300,000.",
        "The average house price rose 6% to £348,000 from £300,000.",
    ),
    Pair(
        "from_to",
        "Membership has climbed from 40,000 in 2015 to 52,000 today, up 30 percent.",
        "Membership has climbed from 40,000 in 2015 to 52,000 today, up 50 percent.",
    ),
    # rose_to more
    Pair(
        "rose_to",
        "Quarterly revenue rose 15% to $4.6 billion, from $4 billion.",
        "Quarterly revenue rose 15% to $5.6 billion, from $4 billion.",
    ),
    Pair(
        "rose_to",
        "The number of tourists increased by 50 per cent to 3.6 million from 2.4 million.",
        "The number of tourists increased by 70 per cent to 3.6 million from 2.4 million.",
    ),
    Pair(
        "rose_to",
        "Deposits fell 20% to 640 million rand from 800 million rand.",
        "Deposits fell 30% to 640 million rand from 800 million rand.",
    ),
    # up_from more
    Pair(
        "up_from",
        "Inflation was 4.2% in March, up 1.1 percentage points from 3.1% in February.",
        "Inflation was 4.2% in March, up 2.5 percentage points from 3.1% in February.",
    ),
    Pair(
        "up_from",
        "The deficit stood at $420 billion, down 30% from $600 billion.",
        "The deficit stood at $420 billion, down 40% from $600 billion.",
    ),
    Pair(
        "up_from",
        "Home sales totalled 56,000 in June, up 12% from 50,000 a year ago.",
        "Home sales totalled 56,000 in June, up 22% from 50,000 a year ago.",
    ),
    Pair(
        "up_from",
        "Net income came in at $2.6 billion, up 30 percent from $2.0 billion in the same quarter last year.",
        "Net income came in at $2.6 billion, up 50 percent from $2.0 billion in the same quarter last year.",
    ),
    # compared_with more
    Pair(
        "compared_with",
        "The airline carried 7.5 million passengers, compared with 6 million in 2022, a 25% increase.",
        "The airline carried 7.5 million passengers, compared with 6 million in 2022, a 45% increase.",
    ),
    Pair(
        "compared_with",
        "Earnings per share were $1.32, compared with $1.20 a year earlier, up 10%.",
        "Earnings per share were $1.32, compared with $1.20 a year earlier, up 20%.",
    ),
    Pair(
        "compared_with",
        "Unemployment benefit claims reached 210,000, against 280,000 a year ago, a fall of 25%.",
        "Unemployment benefit claims reached 210,000, against 280,000 a year ago, a fall of 35%.",
    ),
    Pair(
        "compared_with",
        "Sales were 4.4 million units versus 4 million units a year earlier, a 10% gain.",
        "Sales were 4.4 million units versus 4 million units a year earlier, a 30% gain.",
    ),
    # increase_on more
    Pair(
        "increase_on",
        "Pre-tax profit was £66m, up 10% on last year's £60m.",
        "Pre-tax profit was £66m, up 30% on last year's £60m.",
    ),
    Pair(
        "increase_on",
        "Passenger numbers hit 18 million, a rise of 20% on the 15 million recorded in 2019.",
        "Passenger numbers hit 18 million, a rise of 40% on the 15 million recorded in 2019.",
    ),
    Pair(
        "increase_on",
        "Turnover reached 1.21 billion euros, a 10% increase over the 1.1 billion euros of 2021.",
        "Turnover reached 1.21 billion euros, a 20% increase over the 1.1 billion euros of 2021.",
    ),
    Pair(
        "increase_on",
        "The charity raised £4.5m, a fall of 10% on the £5m raised a year earlier.",
        "The charity raised £4.5m, a fall of 30% on the £5m raised a year earlier.",
    ),
    # fall_of more
    Pair(
        "fall_of",
        "Coal consumption declined to 150 million tonnes from 200 million tonnes, a drop of 25%.",
        "Coal consumption declined to 150 million tonnes from 200 million tonnes, a drop of 35%.",
    ),
    Pair(
        "fall_of",
        "The fee will be reduced from $120 to $90, a cut of 25 percent.",
        "The fee will be reduced from $120 to $90, a cut of 45 percent.",
    ),
    Pair(
        "fall_of",
        "Car thefts fell 40% from 5,000 to 3,000.",
        "Car thefts fell 40% from 5,000 to 2,000.",
    ),
    Pair(
        "fall_of",
        "Ticket prices were cut to $36 from $48, a reduction of 25%.",
        "Ticket prices were cut to $36 from $48, a reduction of 15%.",
    ),
    Pair(
        "fall_of",
        "The television now sells for $450, down from $600, a discount of 25 percent.",
        "The television now sells for $450, down from $600, a discount of 35 percent.",
    ),
    # factor more
    Pair(
        "factor",
        "Its market value has quadrupled, from $5 billion to $20 billion.",
        "Its market value has quadrupled, from $5 billion to $26 billion.",
    ),
    Pair(
        "factor",
        "The number of charging points rose threefold to 45,000 from 15,000.",
        "The number of charging points rose threefold to 45,000 from 25,000.",
    ),
    Pair(
        "factor",
        "Household debt has doubled from 2.4 trillion yen to 4.8 trillion yen.",
        "Household debt has doubled from 2.4 trillion yen to 6.8 trillion yen.",
    ),
    Pair(
        "factor",
        "Exports to the region halved to 3.2 million tonnes from 6.4 million tonnes.",
        "Exports to the region halved to 4.2 million tonnes from 6.4 million tonnes.",
    ),
    Pair(
        "factor",
        "The chief executive earned $12 million, 300 times the $40,000 of a typical worker.",
        "The chief executive earned $12 million, 500 times the $40,000 of a typical worker.",
    ),
    # n_in_m more
    Pair(
        "n_in_m",
        "One in five of the 3,000 applicants, 600 people, was accepted.",
        "One in five of the 3,000 applicants, 900 people, was accepted.",
    ),
    Pair(
        "n_in_m",
        "Three in ten voters, or 30%, said they had not decided.",
        "Three in ten voters, or 40%, said they had not decided.",
    ),
    Pair(
        "n_in_m",
        "Nine out of 10 doctors (90%) backed the plan.",
        "Nine out of 10 doctors (80%) backed the plan.",
    ),
    Pair(
        "n_in_m",
        "About half of the 1,200 homes, some 600, lost power.",
        "About half of the 1,200 homes, some 900, lost power.",
    ),
    # share more
    Pair(
        "share",
        "Wind farms produced 84 terawatt hours, or 28% of the 300 terawatt hours generated.",
        "Wind farms produced 84 terawatt hours, or 38% of the 300 terawatt hours generated.",
    ),
    Pair(
        "share",
        "Online sales were $30 million, 25% of total sales of $120 million.",
        "Online sales were $30 million, 35% of total sales of $120 million.",
    ),
    Pair(
        "share",
        "Of the 250 companies surveyed, 175, or 70%, plan to hire.",
        "Of the 250 companies surveyed, 175, or 60%, plan to hire.",
    ),
    Pair(
        "share",
        "Foreign buyers bought 1,500 of the 6,000 homes sold, a share of 25%.",
        "Foreign buyers bought 1,500 of the 6,000 homes sold, a share of 35%.",
    ),
    Pair(
        "share",
        "The state spent $8 billion on schools, 40% of its $20 billion budget.",
        "The state spent $8 billion on schools, 50% of its $20 billion budget.",
    ),
    # parts more
    Pair(
        "parts",
        "The company sold 90,000 vehicles, of which 60,000 were cars and 30,000 were trucks.",
        "The company sold 90,000 vehicles, of which 60,000 were cars and 40,000 were trucks.",
    ),
    Pair(
        "parts",
        "Police made 450 arrests, 300 of them for theft and the rest, 150, for assault.",
        "Police made 450 arrests, 300 of them for theft and the rest, 250, for assault.",
    ),
    Pair(
        "parts",
        "Of the 600 students, 350 are women and 250 are men.",
        "Of the 600 students, 350 are women and 350 are men.",
    ),
    Pair(
        "parts",
        "The fund has $900 million in assets, of which $600 million is in bonds.",
        "The fund has $900 million in assets, of which $1,200 million is in bonds.",
    ),
    # sum more
    Pair(
        "sum",
        "The country won 15 medals: 4 gold, 5 silver and 6 bronze.",
        "The country won 15 medals: 4 gold, 5 silver and 9 bronze.",
    ),
    Pair(
        "sum",
        "Spending rose by $12 billion in all: $7 billion on health and $5 billion on defence.",
        "Spending rose by $12 billion in all: $7 billion on health and $8 billion on defence.",
    ),
    Pair(
        "sum",
        "Northern sales of 2,000 units and southern sales of 3,000 units made a total of 5,000.",
        "Northern sales of 2,000 units and southern sales of 3,000 units made a total of 6,000.",
    ),
    # compares more
    Pair(
        "compares",
        "The city charges $2.50 per ride, while the suburb charges $2.00, 20% less.",
        "The city charges $2.50 per ride, while the suburb charges $2.00, 45% less.",
    ),
    Pair(
        "compares",
        "The larger bank lent $60 billion, three times the $20 billion lent by its rival.",
        "The larger bank lent $60 billion, three times the $30 billion lent by its rival.",
    ),
    Pair(
        "compares",
        "Men earned an average of $52,000, 30% more than the $40,000 earned by women.",
        "Men earned an average of $52,000, 50% more than the $40,000 earned by women.",
    ),
    # restated more
    Pair(
        "restated",
        "The contract is worth 5 billion euros (about 5.5 billion US dollars).",
        "The contract is worth 5 billion euros (about 8.5 billion US dollars).",
    ),
    Pair("restated", "The lake is 12 miles (19 km) long.", "The lake is 12 miles (29 km) long."),
    Pair("restated", "The parcel weighs 10 kg (22 lb).", "The parcel weighs 10 kg (32 lb)."),
    Pair(
        "restated",
        "Temperatures reached 40 degrees Celsius (104 degrees Fahrenheit).",
        "Temperatures reached 40 degrees Celsius (114 degrees Fahrenheit).",
    ),
    # points more
    Pair(
        "points",
        "Support for the plan rose from 38% to 45%, a gain of 7 percentage points.",
        "Support for the plan rose from 38% to 45%, a gain of 9 percentage points.",
    ),
    Pair(
        "points",
        "The savings rate fell to 4.5% from 6%, a drop of 1.5 points.",
        "The savings rate fell to 4.5% from 6%, a drop of 2.5 points.",
    ),
    Pair(
        "points",
        "Its market share slipped 2 percentage points to 18%, from 20%.",
        "Its market share slipped 2 percentage points to 18%, from 22%.",
    ),
    # zh more
    Pair(
        "zh",
        "全年实现营业收入180亿元，同比增长20%，上年为150亿元。",
        "全年实现营业收入180亿元，同比增长30%，上年为150亿元。",
    ),
    Pair(
        "zh",
        "粮食产量由5000万吨增加到5500万吨，增长10%。",
        "粮食产量由5000万吨增加到6500万吨，增长10%。",
    ),
    Pair(
        "zh",
        "进出口总额为500亿元，其中出口300亿元，进口200亿元。",
        "进出口总额为500亿元，其中出口300亿元，进口250亿元。",
    ),
    Pair(
        "zh",
        "城镇人口为900万人，占总人口的比重为60%，总人口为1500万人。",
        "城镇人口为900万人，占总人口的比重为70%，总人口为1500万人。",
    ),
    Pair(
        "zh",
        "固定资产投资从100亿元下降到80亿元，下降20%。",
        "固定资产投资从100亿元下降到80亿元，下降30%。",
    ),
    Pair("zh", "今年销量为60万辆，是去年20万辆的3倍。", "今年销量为60万辆，是去年20万辆的4倍。"),
    # base or usual level named apart from the change
    Pair(
        "zh",
        "年末存款余额为66亿元，比上年末下降12%，上年末为75亿元。",
        "年末存款余额为66亿元，比上年末下降22%，上年末为75亿元。",
    ),
    Pair(
        "fall_of",
        "The sofa, usually priced at £1,200, is being sold for £900, 25% off.",
        "The sofa, usually priced at £1,200, is being sold for £900, 35% off.",
    ),
    Pair(
        "parts",
        "The clinic saw 640 patients, 400 of them children and the rest, 240, adults.",
        "The clinic saw 640 patients, 400 of them children and the rest, 340, adults.",
    ),
    Pair(
        "rose_to",
        "Copper output climbed 20% to 1.44 million tonnes from 1.2 million tonnes.",
        "Copper output climbed 30% to 1.44 million tonnes from 1.2 million tonnes.",
    ),
    Pair(
        "rose_to",
        "Membership fell 12% to 22,000, from 25,000 a year ago.",
        "Membership fell 22% to 22,000, from 25,000 a year ago.",
    ),
    Pair(
        "up_from",
        "The trade surplus was $42 billion, up from $35 billion, a rise of 20%.",
        "The trade surplus was $42 billion, up from $35 billion, a rise of 40%.",
    ),
    Pair(
        "up_from",
        "Overnight stays reached 3.3 million, up 10 percent from 3 million the year before.",
        "Overnight stays reached 3.3 million, up 50 percent from 3 million the year before.",
    ),
    Pair(
        "up_from",
        "Sales of vinyl records came to £96m, up 20% from £80m.",
        "Sales of vinyl records came to £96m, up 40% from £80m.",
    ),
    Pair(
        "compared_with",
        "Core profit was 920 million euros, compared with 800 million euros a year earlier, up 15%.",
        "Core profit was 920 million euros, compared with 800 million euros a year earlier, up 25%.",
    ),
    Pair(
        "compared_with",
        "The council collected £45m in parking fines, against £36m the previous year, an increase of 25%.",
        "The council collected £45m in parking fines, against £36m the previous year, an increase of 45%.",
    ),
    Pair(
        "compared_with",
        "Average waiting time was 18 weeks, compared with 12 weeks in 2019, a rise of 50%.",
        "Average waiting time was 18 weeks, compared with 12 weeks in 2019, a rise of 70%.",
    ),
    Pair(
        "increase_on",
        "Revenue was $7.7 billion, up 10% on the $7 billion of the same quarter a year earlier.",
        "Revenue was $7.7 billion, up 20% on the $7 billion of the same quarter a year earlier.",
    ),
    Pair(
        "increase_on",
        "Holiday bookings reached 1.8 million, a 20% increase on last year's 1.5 million.",
        "Holiday bookings reached 1.8 million, a 40% increase on last year's 1.5 million.",
    ),
    Pair(
        "increase_on",
        "Donations totalled $2.7 million, a decrease of 10% on the $3 million given in 2021.",
        "Donations totalled $2.7 million, a decrease of 30% on the $3 million given in 2021.",
    ),
    Pair(
        "increase_on",
        "The port handled 5.5 million containers, up 10% over the 5 million of 2022.",
        "The port handled 5.5 million containers, up 30% over the 5 million of 2022.",
    ),
    Pair(
        "n_in_m",
        "Of the 1,500 staff surveyed, 300, or one in five, said they felt overworked.",
        "Of the 1,500 staff surveyed, 450, or one in five, said they felt overworked.",
    ),
    Pair(
        "n_in_m",
        "Four in 10 renters (40%) spend more than a third of their income on rent.",
        "Four in 10 renters (50%) spend more than a third of their income on rent.",
    ),
    Pair(
        "n_in_m",
        "A quarter of the 2,400 flights, 600 in all, were delayed.",
        "A quarter of the 2,400 flights, 800 in all, were delayed.",
    ),
    Pair(
        "share",
        "Renewables supplied 120 terawatt hours, or 40% of the 300 terawatt hours consumed.",
        "Renewables supplied 120 terawatt hours, or 50% of the 300 terawatt hours consumed.",
    ),
    Pair(
        "share",
        "Of the 80 new hires, 36, or 45%, were women.",
        "Of the 80 new hires, 36, or 55%, were women.",
    ),
    Pair(
        "share",
        "Exports to the bloc were $54 billion, 30% of total exports of $180 billion.",
        "Exports to the bloc were $54 billion, 40% of total exports of $180 billion.",
    ),
    Pair(
        "parts",
        "The airline has 120 planes, of which 80 are leased and the rest, 40, are owned.",
        "The airline has 120 planes, of which 80 are leased and the rest, 50, are owned.",
    ),
    Pair(
        "sum",
        "The fund invested $4.2 million in Kenya, $3.1 million in Ghana and $1.7 million in Peru, a total of $9 million.",
        "The fund invested $4.2 million in Kenya, $3.1 million in Ghana and $1.7 million in Peru, a total of $10 million.",
    ),
    Pair(
        "sum",
        "The club sold 12,000 season tickets and 8,000 single tickets, 20,000 tickets in total.",
        "The club sold 12,000 season tickets and 8,000 single tickets, 24,000 tickets in total.",
    ),
    Pair(
        "sum",
        "Farmers planted 300 hectares of wheat and 200 hectares of barley, together 500 hectares.",
        "Farmers planted 300 hectares of wheat and 200 hectares of barley, together 600 hectares.",
    ),
    Pair(
        "sum",
        "Grants of £40m for roads, £25m for buses and £15m for cycling come to a total of £80m.",
        "Grants of £40m for roads, £25m for buses and £15m for cycling come to a total of £90m.",
    ),
    Pair(
        "compares",
        "The premium model costs $1,200, 50% more than the basic model's $800.",
        "The premium model costs $1,200, 70% more than the basic model's $800.",
    ),
    Pair(
        "compares",
        "Teachers in the city earn $60,000, while those in rural districts earn $48,000, 20% less.",
        "Teachers in the city earn $60,000, while those in rural districts earn $48,000, 40% less.",
    ),
    Pair(
        "compares",
        "The new bridge is 1,800 metres long, three times as long as the old bridge's 600 metres.",
        "The new bridge is 1,800 metres long, three times as long as the old bridge's 900 metres.",
    ),
    Pair(
        "compares",
        "Store brands sell for $3.20, 20% less than name brands at $4.00.",
        "Store brands sell for $3.20, 40% less than name brands at $4.00.",
    ),
    Pair(
        "compares",
        "The northern region produced 4.5 million tonnes, half as much as the south's 9 million tonnes.",
        "The northern region produced 4.5 million tonnes, half as much as the south's 12 million tonnes.",
    ),
    Pair(
        "restated", "The runway is 3 km (1.9 miles) long.", "The runway is 3 km (2.9 miles) long."
    ),
    Pair(
        "restated",
        "The yacht is 90 feet (27 metres) long.",
        "The yacht is 90 feet (37 metres) long.",
    ),
    Pair(
        "restated",
        "Three in 10 (30%) said they would move abroad.",
        "Three in 10 (40%) said they would move abroad.",
    ),
    Pair(
        "restated",
        "The shipment weighed 40 tonnes (88,000 lb).",
        "The shipment weighed 40 tonnes (98,000 lb).",
    ),
    Pair(
        "points",
        "Approval of the mayor fell to 41% from 48%, a drop of 7 points.",
        "Approval of the mayor fell to 41% from 48%, a drop of 9 points.",
    ),
    Pair(
        "points",
        "The graduate jobless rate rose 2.5 percentage points to 8.5% from 6%.",
        "The graduate jobless rate rose 2.5 percentage points to 9.5% from 6%.",
    ),
    Pair(
        "points",
        "The party's vote share rose from 31% to 36%, up 5 points.",
        "The party's vote share rose from 31% to 36%, up 8 points.",
    ),
    Pair(
        "points",
        "The home-ownership rate slipped 1.2 percentage points, from 65.4% to 64.2%.",
        "The home-ownership rate slipped 1.2 percentage points, from 65.4% to 63.2%.",
    ),
    Pair(
        "zh",
        "全年旅游收入从80亿元增长到100亿元，增长25%。",
        "全年旅游收入从80亿元增长到100亿元，增长35%。",
    ),
    Pair(
        "zh",
        "粮食播种面积由3000万亩减少到2700万亩，下降10%。",
        "粮食播种面积由3000万亩减少到2700万亩，下降20%。",
    ),
    # across sentences: a note at most, unless a connector (其中) states the link
    Pair(
        "across",
        "The city had 420,000 residents in 2020.\n\nBy 2023 its population had grown 5% to 441,000.",
        "The city had 420,000 residents in 2020.\n\nBy 2023 its population had grown 15% to 441,000.",
        across=True,
    ),
    Pair(
        "across",
        "Exports were worth $80 billion in 2022. Exports rose 10% in 2023 to $88 billion.",
        "Exports were worth $80 billion in 2022. Exports rose 30% in 2023 to $88 billion.",
        across=True,
    ),
    Pair(
        "across",
        "The region produced 12 million tonnes of grain in 2023.\n\nWheat accounted for 5 million tonnes, or 42% of the total.",
        "The region produced 12 million tonnes of grain in 2023.\n\nWheat accounted for 5 million tonnes, or 52% of the total.",
        across=True,
    ),
    Pair(
        "across",
        "The bank lent $50 billion last year. Mortgages made up $30 billion of that, and business loans $20 billion.",
        "The bank lent $50 billion last year. Mortgages made up $30 billion of that, and business loans $25 billion.",
        across=True,
    ),
    Pair(
        "across",
        "Profit in 2022 was $400 million.\n\nIn 2023, profit rose to $460 million, an increase of 15%.",
        "Profit in 2022 was $400 million.\n\nIn 2023, profit rose to $460 million, an increase of 25%.",
        across=True,
    ),
    Pair(
        "across",
        "The survey covered 2,000 households. Of those, 30% had no savings.\n\nThat is 600 households.",
        "The survey covered 2,000 households. Of those, 30% had no savings.\n\nThat is 800 households.",
        across=True,
    ),
    Pair(
        "across",
        "Turnout in 2019 was 62%. This year turnout rose 5 points to 67%.",
        "Turnout in 2019 was 62%. This year turnout rose 5 points to 69%.",
        across=True,
    ),
    Pair(
        "across",
        "全市常住人口为800万人。\n\n其中城镇人口为560万人，占70%。",
        "全市常住人口为800万人。\n\n其中城镇人口为560万人，占80%。",
    ),
    Pair(
        "across",
        "2022年全市粮食产量为500万吨。2023年全市粮食产量为550万吨，比上年增长10%。",
        "2022年全市粮食产量为500万吨。2023年全市粮食产量为550万吨，比上年增长20%。",
        across=True,
    ),
    # a pronoun opening the next sentence, after a time, states the link ("By 2023 they had")
    Pair(
        "across",
        "Rents stood at £1,000 in 2019. By 2023 they had risen to £1,250, a jump of 25 per cent.",
        "Rents stood at £1,000 in 2019. By 2023 they had risen to £1,250, a jump of 45 per cent.",
    ),
]


# Invented clean sentences of many news shapes, several figures each, that must give no error and
# no warning: ranges ("from $25 to $120"), clock times, two clauses each with its own change,
# two groups compared ("in the capital ... in the north"), points and percentages side by side.
CLEAN: list[str] = [
    "Revenue rose 8% to $5.4 billion in the third quarter, while operating profit fell 12% to $640 million.",
    "The unemployment rate held at 3.9% in May, and employers added 210,000 jobs, up from 180,000 in April.",
    "Of the 1,500 people polled, 45% backed the proposal and 38% opposed it; the rest were undecided.",
    "Prices rose 0.4% in October from September and 3.2% from a year earlier.",
    "The company employs 12,000 people, about a third of them in Germany.",
    "The bank cut its main rate by a quarter of a percentage point to 4.25%.",
    "Shares rose as much as 9% to $48.20 before closing up 6% at $47.10.",
    "Output fell 2.1% in the three months to June compared with the previous three months.",
    "The airline expects to carry 140 million passengers this year, 10 million more than last year.",
    "Home prices in the capital are now 12 times average earnings, against 8 times a decade ago.",
    "The fund returned 7.5% a year over the decade, turning $10,000 into about $20,600.",
    "Construction of 4,200 homes began in March, 15% fewer than in February and 20% fewer than a year earlier.",
    "Exports to China were $3.1 billion in the first half, half of the $6.2 billion recorded in the whole of last year.",
    "Wages grew 5.6% while inflation was 6.8%, so real pay fell by about 1.1%.",
    "The population grew by 600,000 to 67.6 million, the statistics office said.",
    "It sold 2.3 million phones, up from 1.9 million, giving it a 14% share of the market.",
    "About 1 in 8 adults, or roughly 6.5 million people, have diabetes.",
    "The budget deficit narrowed to 4.1% of GDP from 5.3% a year earlier.",
    "Petrol was 152.3p a litre on Monday, 4p higher than a month ago.",
    "The plant will cost 2.4 billion euros ($2.6 billion) and create 3,000 jobs.",
    "Retail sales grew 4.1% year on year in November, slowing from 5.5% in October.",
    "The index closed down 1.2% at 7,412 points, its lowest level since March.",
    "In 2023, 1.8 million people emigrated, 300,000 more than in 2022.",
    "Average weekly earnings were £650, up 7.8% on a year earlier.",
    "Turnout was 67%, down from 69% at the last election.",
    "The merger creates a company with annual sales of $40 billion and 90,000 employees.",
    "全国居民人均可支配收入41250元，比上年增长5.8%，扣除价格因素，实际增长5.5%。",
    "年末全国总人口98760万人，比上年末减少150万人。",
    "全年国内生产总值843200亿元，比上年增长4.6%，其中农业产值61230亿元，增长3.1%。",
    "粮食总产量52000万吨，比上年增加650万吨，增产1.3%。",
    "The firm said 18 of its 120 stores, or 15%, would close by March.",
    "Sales of the drug reached $4.8 billion last year, more than double the $2.2 billion of 2021.",
    "Tickets range from $25 to $120, and sales are up 40% on last year.",
    "Among people aged 18 to 24, support rose 6 points to 52%.",
    "The store is open from 9 to 5, and footfall rose 15% last month.",
    "Temperatures will range from 12C to 18C, about 3 degrees above normal.",
    "Fares will rise from $2.75 to $2.90 in March, and the monthly pass from $127 to $132.",
    "Profit at the retail arm rose 20% to $300 million, while the wholesale arm's profit fell 10% to $180 million.",
    "The company's stock fell 30% from its peak of $90 to $63, and has since recovered to $70, up 11%.",
    "Average pay for women rose from £28,000 to £30,000, and for men from £33,000 to £34,500.",
    "Exports rose 12% to $80 billion; imports rose 8% to $75 billion, leaving a surplus of $5 billion.",
    "The team scored 3 goals in the first half and 2 in the second to win 5-1.",
    "From 2010 to 2020 the city grew from 450,000 to 540,000 residents, an increase of 20%.",
    "Rents rose 5% in the capital to £2,100 a month, compared with £1,200 a month in the north.",
    "The price of gold rose to $2,000 an ounce from $1,800 an ounce, a gain of 11%.",
    "Loans to small firms grew 3% to 45 billion euros, while loans to households grew 5% to 120 billion euros.",
    "Sales fell 5% to 9.5 million units, from 10 million units a year earlier, the company said.",
    "Of the 40 members, 25 voted in favour, 10 against and 5 abstained.",
    "The share of adults who smoke fell from 20% in 2010 to 13% in 2022.",
    "Profits doubled to $1.2 billion from $600 million, while revenue rose 25% to $10 billion.",
    "Inflation slowed to 2.9% in January from 3.4% in December.",
    "The survey of 2,000 adults found 62% were worried about bills, up from 55% in the spring.",
    "Workers at the plant earn $18 an hour, against $25 an hour at the rival's plant.",
    "Its debt fell to $9 billion, down from $12 billion, a reduction of 25%.",
    "Traffic deaths fell to 1,700 from 1,800, while serious injuries rose to 29,000 from 28,000.",
    "The index rose 1.5% to 4,500, its third weekly gain in a row.",
    "Solar capacity rose to 15 gigawatts from 10 gigawatts, a 50% increase.",
    "The population of the region is 5.2 million, of which 1.1 million live in the capital.",
    "该市去年经济总量为5000亿元，同比增长6%，其中第三产业增加值3000亿元，增长7%。",
    "城镇新增就业120万人，比上年多增10万人。",
    "The company had 3,200 employees in 2020 and has 4,000 now, 25% more.",
    "He won 52% of the vote to her 45%, a margin of 7 points.",
    "Sales in Europe rose 4% to 2.1 billion euros, and sales in Asia rose 9% to 1.4 billion euros.",
    "The firm raised its forecast to growth of 5% from 3%, and now expects profit of $2 billion.",
    "Profit rose to $500 million from $400 million; revenue was flat at $3 billion.",
    "Men's pay rose from $50,000 to $52,000, up 4%; women's from $40,000 to $42,000, up 5%.",
    "The company expects sales of $10 billion to $11 billion next year, up from $9.4 billion this year.",
    "Its shares have risen from $12 at the listing to $30, while the index is up 20% over the same period.",
    "Applications rose to 8,000 from 6,000 in the first round but fell to 5,000 in the second.",
    "Prices in the city rose 6% to £400,000, compared with a 2% rise to £250,000 nationally.",
    "The drug cut the risk of death by 20%, from 10% in the placebo group to 8% in the treated group.",
    "Crime fell 10% in the north, to 9,000 offences, and rose 5% in the south, to 12,600.",
    "Spending on defence will rise from 2% of GDP to 2.5% by 2030, an increase of $40 billion a year.",
    "The minimum wage will rise 10% to $11 an hour from $10 in January.",
    "Rainfall was 40% below average, at 30 mm against a normal 50 mm.",
    "The company sold 500,000 cars in China, 20% fewer than in 2022, and 300,000 in Europe.",
    "Milk output rose 3% to 15 billion litres, while the number of dairy farms fell to 8,000 from 9,000.",
    "The vaccine was 95% effective in a trial of 40,000 people.",
    "Unemployment in the region is 8%, twice the national rate of 4%.",
    "The top 10% of earners took home 35% of all income, up from 30% in 1990.",
    "Around 60% of the 5,000 workers are women, and 2,000 of them work part time.",
    "Its market share rose 2 points to 24% in the first half, while a rival's fell to 18% from 21%.",
    "Net debt fell by $1 billion to $6 billion, and the dividend was raised 5% to 42 cents.",
    "Visitors to the park fell from 2 million in 2019 to 1.2 million in 2020 before recovering to 1.9 million in 2023.",
    "Inflation in the euro zone fell to 2.4% in November from 2.9% in October, while core inflation eased to 3.6% from 4.2%.",
    "进口额为200亿元，增长5%；出口额为300亿元，增长8%。",
    "城镇居民人均收入5万元，农村居民人均收入2万元，城乡收入比为2.5。",
    # whole invented articles, several paragraphs each
    "Carmaker posts record sales\n\nThe company sold 2.4 million vehicles in 2023, up 8% from 2.2 million in 2022.\n\nIn Europe, sales rose 12% to 900,000. In North America they fell 3% to 700,000.\n\nRevenue rose 6% to $84 billion, while net profit fell to $5.1 billion from $5.6 billion.\n\nThe company employs 150,000 people, 60,000 of them in Germany.\n\nIt expects to sell about 2.5 million vehicles this year.",
    "Rents climb again\n\nAverage rents in the capital rose 7% over the year to £2,150 a month, the statistics office said on Wednesday.\n\nAcross the country rents rose 5% to £1,300.\n\nIn the north, rents were £850 a month, up 6%.\n\nRents have risen by 25% since 2019, when the average was £1,040 nationally.\n\nThe office surveyed 40,000 homes; 30% of tenants said rent took more than half their income.",
    "Hospital waiting lists grow\n\nThere were 7.6 million people waiting for treatment in June, up from 7.4 million in May.\n\nOf those, 390,000 had waited more than a year, compared with 360,000 a month earlier.\n\nThe target is for 92% of patients to be seen within 18 weeks; the figure was 58% in June.\n\nA year ago, 6.8 million people were waiting.\n\nSpending on the health service rose 3% to £160 billion last year.",
    "全市经济运行情况\n\n上半年，全市地区生产总值达到2500亿元，同比增长5.5%。\n\n分产业看，第一产业增加值为100亿元，增长3.0%；第二产业增加值为900亿元，增长6.0%；第三产业增加值为1500亿元，增长5.4%。\n\n全市社会消费品零售总额为1000亿元，同比增长7%。其中，城镇消费品零售额850亿元，增长6.8%；乡村消费品零售额150亿元，增长8.2%。\n\n6月末，全市金融机构存款余额为6000亿元，比年初增加400亿元。",
    "Airline traffic recovers\n\nThe airline carried 42 million passengers last year, 90% of its 2019 total.\n\nLong-haul traffic rose 30% to 12 million passengers, and short-haul rose 15% to 30 million.\n\nIts fleet grew to 320 aircraft from 300, and it plans to add 25 more by 2026.\n\nFuel cost $6.2 billion, about a quarter of operating costs of $25 billion.\n\nTickets on its main route cost $180, against $150 at its nearest rival.",
]
