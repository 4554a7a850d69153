"""Three misreadings of figures (issue 14): a year before "to" and a figure taken for a range of
years, a figure after a month name and a comma taken for a date, and two groups compared in
brackets taken for a change over time. Invented sentences of each shape."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text
from tests.test_extraction_links import _links
from tests.text_checks import text_errors


def _figures(text: str) -> list[tuple[str, str]]:
    return [(m.number, m.unit) for m in extract_text(text).mentions]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Imports of copper rose in 2022 to 54 tonnes.", ("54", "t")),
        ("The harvest fell in 2021 to 38 million tonnes, the lowest in a decade.", ("38", "t")),
        ("Spending climbed through 2019 to 71 percent of the budget.", ("71", "%")),
        ("The agency cut its forecast for 2023 to 12 billion dollars.", ("12", "USD")),
        ("Output was lifted in 2024 to 2050 tonnes a year.", ("2050", "t / year")),
    ],
)
def test_a_figure_after_a_year_and_to_is_no_range_of_years(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text, years",
    [
        ("Prices rose 30% from 2019 to 2022, the report said.", ("2019", "2022")),
        ("Between 2015 and 2020 the fund grew by 40%.", ("2015", "2020")),
        ("Enrolment in 2022-23 was the highest on record, at 900 pupils.", None),
        ("The budget for 2023/24 was approved on Monday: 12 billion dollars.", None),
    ],
)
def test_year_ranges_stay_ranges(text, years):
    extraction = extract_text(text)
    years_read = [m for m in extraction.mentions if m.unit == "" and m.noun is None]
    assert not years_read
    if years:
        assert [(c.start, c.end) for c in extraction.claims] == [years]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Inflation eased in March, 2.3 percentage points below its peak.", ("2.3", "pp")),
        ("By June, 4 percentage points separated the two parties.", ("4", "pp")),
        ("In March, 12% of the flights were late.", ("12", "%")),
        ("Through September, 300 people had applied.", ("300", "")),
        ("In March 2.3 percentage points separated the two rates.", ("2.3", "pp")),
    ],
)
def test_a_figure_after_a_month_and_a_comma_is_read(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report was published on March 19, 2024, by the ministry.",
        "Applications closed in March, 2024 after a long delay.",
        "The strike began on 4 May, 2023 in the capital.",
    ],
)
def test_dates_after_a_month_stay_dates(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was higher among young voters (36% against 12%).",
        "Women were more likely to answer (54 percent versus 41 percent).",
        "The new drug cut the risk of relapse (8% vs 19% on the placebo).",
        "Rural schools spend less per pupil ($4,100 compared with $5,300 in cities).",
    ],
)
def test_two_groups_compared_in_brackets_are_no_change_over_time(text):
    assert not [link for link in _links(text) if link[0] == "from_to"]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Profit was $5.13 a share, compared with $4.62 a year earlier.", ("4.62", "5.13")),
        ("Revenue reached $3bn, against $2.4bn in 2019.", ("2.4", "3")),
        ("Profit rose ($5.13 a share, against $4.62 a year earlier).", ("4.62", "5.13")),
        ("Profit rose ($5.13 a share in 2021, versus $4.62 in 2020).", ("4.62", "5.13")),
    ],
)
def test_a_level_compared_with_an_earlier_one_is_still_a_pair(text, pair):
    assert ("from_to", pair) in _links(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("铜进口量2022年增至54吨。", ("54", "t")),
        ("3月，2.3个百分点的差距仍然存在。", ("2.3", "pp")),
        ("3月，失业率为5.2%。", ("5.2", "%")),
    ],
)
def test_chinese_of_the_same_shapes_reads_the_figure(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text", ["年轻选民投票率更高（36%对12%）。", "女性更愿意回答（54%比41%）。"]
)
def test_chinese_groups_compared_in_brackets_are_no_change_over_time(text):
    assert not [link for link in _links(text) if link[0] == "from_to"]


# Four digits that could be a year, written without a thousands comma, are a count where a
# change moves between them and a figure that is no year (issue 14: road-safety releases).
@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Rescues at sea fell from 2341 in 2019 to 1968 in 2020, the coastguard said.",
            ("2341", "1968"),
        ),
        ("Lamb exports dropped by 11 per cent from 2240 to 1994 in the year.", ("2240", "1994")),
        ("Break-ins rose from 1,702 to 2013 last year.", ("1702", "2013")),
        ("Callouts were 1890, down from 2,120 a year before.", ("2120", "1890")),
    ],
)
def test_a_year_shaped_count_moved_from_a_figure_is_read_and_linked(text, pair):
    extraction = extract_text(text)
    assert {m.number.replace(",", "") for m in extraction.mentions} >= set(pair)
    assert not {c.period for c in extraction.claims} & set(pair)  # no count read as a year
    links = [(kind, tuple(n.replace(",", "") for n in numbers)) for kind, numbers in _links(text)]
    assert ("from_to", pair) in links


@pytest.mark.parametrize(
    "text",
    [
        "The survey ran from 2001 to 2019 across the region.",
        "Prices were compared from 1999 in Spain to 2005 in Portugal.",
        "Membership grew steadily from 1990 to 2010.",
    ],
)
def test_years_moved_between_stay_years(text):
    assert _figures(text) == []


# A year after "in" (or "during", "since") and before ", up from" is the time of the figure
# before it, not the level the change reached: "498 crashes in 2031, up from 430" moves from 430
# to 498 (read as a level, the year gave false change errors).
@pytest.mark.parametrize(
    "text, pair",
    [
        ("The county logged 512 crashes in 2031, up from 440 in 2030.", ("440", "512")),
        ("Shelters housed 870 dogs during 2029, down from 1,020 the year before.", ("1020", "870")),
        ("The port handled 96 cruise calls in 2032, up from 71.", ("71", "96")),
    ],
)
def test_a_year_after_in_before_up_from_stays_a_year(text, pair):
    extraction = extract_text(text)
    numbers = {m.number.replace(",", "") for m in extraction.mentions}
    assert not numbers & {"2029", "2031", "2032"}
    links = [(kind, tuple(n.replace(",", "") for n in numbers)) for kind, numbers in _links(text)]
    assert ("from_to", pair) in links


@pytest.mark.parametrize(
    "text",
    [
        "The county logged 512 crashes in 2031, up from 440 in 2030, a 16.4% rise.",
        "Shelters housed 870 dogs during 2029, down from 1,020 the year before, a fall of 150.",
    ],
)
def test_a_year_after_in_gives_no_false_change_error(tmp_path, text):
    assert text_errors(tmp_path, text) == []


def _kinds(text: str) -> dict[str, str]:
    extraction = extract_text(text)
    return {extraction.mentions[c.mention].number: c.kind for c in extraction.claims}


# A change named by the noun after its figure, what changes standing between ("a 4.5% fare
# increase"), or by a verb acting on it with "by" ("to raise the fee by £12"): a change, not a
# level of whatever the sentence opens on (council budgets, ticket prices).
@pytest.mark.parametrize(
    "text, figure",
    [
        ("The board approved a 4.5% fare increase on Monday.", "4.5"),
        ("The club announced a 10% ticket price hike for next season.", "10"),
        ("Councillors backed a 2.99% council tax rise.", "2.99"),
        ("Members voted to raise the subscription by £12 for the year.", "12"),
        ("The trust agreed to increase parking fees by just £1.50 a day.", "1.50"),
        ("The port lowered its handling charge by $3 per container.", "3"),
    ],
)
def test_a_change_named_around_its_figure_is_a_change(text, figure):
    assert _kinds(text)[figure] == "change"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Inflation held at 5% despite the rise in fuel prices.", "5"),
        ("The charity raised £5 million for the new ward.", "5"),
        ("About 12% of the increase came from exports.", "12"),
    ],
)
def test_a_level_near_a_change_word_stays_a_level(text, figure):
    assert _kinds(text)[figure] != "change"


# A level, its year, then the clause of its change: "500 tonnes in 2020, up 40 tonnes", "2.4
# million – some 300,000 more than in 2018". The change is the level's (tourism and trade
# releases write the year between them).
@pytest.mark.parametrize(
    "text, pair",
    [
        ("Exports reached 500 tonnes in 2020, up 40 tonnes on 2019.", ("40", "500")),
        ("Exports reached 500 tonnes in 2020, 40 tonnes more than in 2019.", ("40", "500")),
        ("Arrivals totalled 2.4 million – some 300,000 more than in 2018.", ("300,000", "2.4")),
        ("Sales were $5.2 million in 2020, up 8% on the year.", ("8", "5.2")),
    ],
)
def test_a_level_dated_then_changed_is_linked_to_its_change(text, pair):
    assert ("change_of", pair) in _links(text)


# A figure that describes what a preposition names ("in the city of 11 million people") is no
# level the sentence's subject changes from (a false alarm on a real correction).
@pytest.mark.parametrize(
    "text, described",
    [
        ("Confirmed cases in the town of 90,000 people rose by 120 to 3,400.", "90,000"),
        ("Visits at the museum of 2,000 square metres grew by 500 to 61,000.", "2,000"),
    ],
)
def test_a_figure_describing_a_place_is_no_level_changed(text, described):
    assert not [link for link in _links(text) if described in link[1]]


def test_in_the_region_of_is_about():
    (mention,) = extract_text("The repairs will cost in the region of £2 million.").mentions
    assert (mention.number, mention.qualifier) == ("2", "about")


# The year before in brackets after a level its change leads to or names, as results releases
# write it: the change runs from the bracket's figure to the level.
@pytest.mark.parametrize(
    "text, change",
    [
        ("Operating profit dropped 12% to $1.5bn (2022: $1.7bn).", ("12", "1.7", "1.5")),
        (
            "The cost ratio improved 3.1 percentage points to 91.4% (2022: 94.5%).",
            ("3.1", "94.5", "91.4"),
        ),
        (
            "A trading profit of £61.2 million, an increase of 24% (2022: £49.4 million).",
            ("24", "49.4", "61.2"),
        ),
    ],
)
def test_a_change_then_the_year_before_in_brackets_is_linked(text, change):
    assert ("change", change) in _links(text)


def test_a_level_moved_to_then_the_year_before_in_brackets_is_a_pair():
    assert ("from_to", ("2.18", "2.31")) in _links("Premiums rose to £2.31bn (2022: £2.18bn).")


@pytest.mark.parametrize(
    "text",
    [
        "Profit dropped 12% to $1.5bn (or $1.7bn before tax).",
        "Profit dropped 12% to $1.5bn (2022: 9,000 staff).",
        "Revenue was $1.5bn (2022: $1.7bn).",
    ],
)
def test_no_change_is_drawn_without_a_change_and_a_dated_bracket(text):
    assert not [link for link in _links(text) if link[0] == "change"]


# A bracket's year that is not the year before the one its sentence names is an older year's
# figure, no base of the change; a sentence naming no year of its own may take it
@pytest.mark.parametrize(
    "text",
    [
        "Sales for 2031 rose 10% to £4.4m (2026: £2.0m).",
        "In 2031 sales rose 10% to £4.4m (2026: £2.0m).",
    ],
)
def test_a_bracket_of_an_older_year_is_no_base_of_the_change(text):
    assert not [link for link in _links(text) if link[0] in ("change", "from_to")]


def test_a_bracket_of_the_year_before_the_sentences_is_the_base():
    assert ("change", ("10", "4.0", "4.4")) in _links(
        "Sales for 2031 rose 10% to £4.4m (2030: £4.0m)."
    )
    later = "Sales rose 10% to £4.4m (2030: £4.0m), while costs rose 5% to £2.1m (2030: £2.0m)."
    assert ("change", ("5", "2.0", "2.1")) in _links(later)


# A count and its share in brackets, of a whole named as the one before its parts split off
# (cohort studies: "of the original 54,000 participants").
@pytest.mark.parametrize(
    "text, share",
    [
        (
            "By the end, 2,310 (21 percent) of the original 11,000 patients had died.",
            ("21", "2,310", "11,000"),
        ),
        (
            "In all, 30% (1,200) of the initial 4,000 applicants were accepted.",
            ("30", "1,200", "4,000"),
        ),
    ],
)
def test_a_share_of_the_original_whole_is_linked(text, share):
    assert ("share", share) in _links(text)


# A signed percentage in brackets is the change of the figure before it, never its share
# (admissions and trade tables: "India with 12,920 (+8%)"); "6% fewer than in 2007" a change.
@pytest.mark.parametrize(
    "text, figure",
    [
        ("Applicants from Peru rose to 2,140 (+9%), those from Chile 1,060 (-4.2%).", "9"),
        ("Applicants from Peru rose to 2,140 (+9%), those from Chile 1,060 (-4.2%).", "4.2"),
        ("Sales were weaker at garden centres (+1.5%) than in toy shops.", "1.5"),
        ("There were 40,200 collisions in 2019, 6% fewer than in 2018.", "6"),
    ],
)
def test_a_signed_percent_in_brackets_is_a_change(text, figure):
    assert _kinds(text)[figure] == "change"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The overnight deposit rate (-0.5%) was left alone.", "0.5"),
        ("In all, 1,200 (30%) of the 4,000 pupils passed.", "30"),
    ],
)
def test_an_unsigned_or_lone_negative_percent_in_brackets_is_no_change(text, figure):
    assert _kinds(text)[figure] != "change"


def test_a_level_and_its_signed_change_in_brackets_are_linked():
    links = _links("Applicants from Peru rose to 2,140 (+9%), those from Chile 1,060 (-4.2%).")
    assert ("change_of", ("9", "2,140")) in links and ("change_of", ("4.2", "1,060")) in links


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Regions: Andes (4.4 million tonnes, +5.4%); Sahel (2.1 million tonnes, -1.3%).", "5.4"),
        ("Regions: Andes (4.4 million tonnes, +5.4%); Sahel (2.1 million tonnes, -1.3%).", "1.3"),
    ],
)
def test_a_signed_percent_after_a_figure_in_its_bracket_is_a_change(text, figure):
    assert _kinds(text)[figure] == "change"


def test_a_date_with_its_month_abbreviated_between_dashes_is_no_figure():
    assert _figures("The council reported (19-Sep-2017) that arrivals rose.") == []


def test_metric_tonnes_are_tonnes():
    assert ("186,085", "t") in _figures("Freight rose to 186,085 metric tonnes.")
