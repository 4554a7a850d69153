"""Changes, factors, differences and restatements the text states (issue 14): each shape with
invented sentences in several wordings, and the near misses that must stay unlinked."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import text_errors


def _relations(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """Each drafted relation: its type, the figures it joins as written, whether stated."""
    extraction = extract_text(text)
    out = []
    for relation in extraction.relations:
        written = tuple(
            text[extraction.mentions[m].start : extraction.mentions[m].end]
            for m in relation.mentions
            if m is not None
        )
        out.append((relation.type, written, relation.stated))
    return out


def _errors(tmp_path, text: str) -> list:
    return text_errors(tmp_path, text)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "The rate is 8.4 percent, barely up from 8.2 percent in June.",
            ("8.4 percent", "8.2 percent"),
        ),
        (
            "Sales were $2.4 million, slightly down from $2.5 million.",
            ("$2.4 million", "$2.5 million"),
        ),
        ("Profit rose to $3 million, up sharply from $1 million.", ("$3 million", "$1 million")),
        (
            "Output was 640 tonnes, just up from 610 tonnes a year earlier.",
            ("640 tonnes", "610 tonnes"),
        ),
    ],
)
def test_a_level_up_or_down_from_another_with_a_word_of_degree(text, pair):
    assert ("from_to", (pair[1], pair[0]), True) in _relations(text) or (
        "from_to",
        pair,
        True,
    ) in _relations(text)


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "Its revenue of $50 million is five times that of its rival, $10 million.",
            ("five times", "$10 million", "$50 million"),
        ),
        (
            "The new plant makes 900 tonnes, three times that of the old one, 300 tonnes.",
            ("three times", "300 tonnes", "900 tonnes"),
        ),
    ],
)
def test_a_factor_of_the_other_named_then_given(text, joined):
    assert ("change", joined, True) in _relations(text)


@pytest.mark.parametrize(
    "text, joined, stated",
    [
        ("The difference between 500 and 450 is 50.", ("50", "450", "500"), True),
        (
            "The gap between $38.10 and $70.25 is about $32.",
            ("about $32", "$38.10", "$70.25"),
            True,
        ),
        (
            "The gap between the two rates, 4.1% and 3.2%, was 0.9 percentage points.",
            ("0.9 percentage points", "3.2%", "4.1%"),
            True,
        ),
        # a percentage between two percentages: points or a relative change? a reading only
        ("The difference between 4% and 5% is 25%.", ("25%", "4%", "5%"), False),
    ],
)
def test_a_difference_named_between_two_figures(text, joined, stated):
    assert ("change", joined, stated) in _relations(text)


def test_a_difference_named_between_two_figures_is_checked(tmp_path):
    errors = _errors(
        tmp_path, "The difference between 4,718 tonnes and 4,690 tonnes is 280 tonnes.\n"
    )
    assert len(errors) == 1 and "280" in errors[0].message
    assert (
        _errors(tmp_path, "The difference between 4,718 tonnes and 4,690 tonnes is 28 tonnes.\n")
        == []
    )


@pytest.mark.parametrize(
    "text, alternative",
    [
        (
            "The price rose from $520 in 2014 to $780 in 2017.\n\n"
            "He put the corresponding increase at 150 percent instead of 50 percent.\n",
            ("50 percent", "$520", "$780"),
        ),
        (
            "The fare rose from $10 to $15, a rise of 50%, not 5%.\n",
            ("5%", "$10", "$15"),
        ),
        (
            "Membership grew from 200 to 300 members, a rise of 50 percent rather than 150 "
            "percent.\n",
            ("150 percent", "200", "300"),
        ),
        (
            "利润由2019年的120亿元增至2020年的150亿元,增长25%而非52%。\n",
            ("52%", "120亿元", "150亿元"),
        ),
    ],
)
def test_a_figure_given_in_place_of_a_change_is_linked_as_a_reading(text, alternative):
    assert ("change", alternative, False) in _relations(text)


def test_an_alternative_that_names_another_quantity_is_not_linked():
    # "instead of the 50% planned": the plan, another quantity
    relations = _relations(
        "The fare rose from $10 to $12, a rise of 20% instead of the 50% planned."
    )
    assert all("50%" not in figures for _, figures, _ in relations)


def test_a_wrong_change_and_the_right_one_offered_in_its_place(tmp_path):
    text = (
        "The price rose from $520 in 2014 to $780 in 2017.\n\n"
        "He put the corresponding increase at 150 percent instead of 50 percent.\n"
    )
    errors = _errors(tmp_path, text)
    assert len(errors) == 1 and "150" in errors[0].message


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "The city had 15,000 cars in 2000. By 2020 that number had tripled to 45,000.",
            ("tripled", "15,000", "45,000"),
        ),
        (
            "The fund held $2 billion in 2015. Since then it has more than doubled to $4.5 "
            "billion.",
            ("more than doubled", "$2 billion", "$4.5 billion"),
        ),
        (
            "For 2005, the deficit was 250 billion dollars. A drop to 230 billion dollars is an "
            "eight percent reduction.",
            ("eight percent", "250 billion dollars", "230 billion dollars"),
        ),
        (
            "Rents stood at £1,000 in 2019. They have since risen to £1,250, a jump of 25 per "
            "cent.",
            ("25 per cent", "£1,000", "£1,250"),
        ),
    ],
)
def test_a_change_from_the_level_of_the_sentence_before(text, joined):
    assert ("change", joined, True) in _relations(text)


def test_a_level_of_the_sentence_before_and_another_subject_are_not_linked():
    relations = _relations("The city had 15,000 cars in 2000. Its neighbour has tripled to 45,000.")
    assert all(kind != "change" for kind, _, _ in relations)


def test_a_headline_in_the_present_restates_the_body_in_the_past(tmp_path):
    head = "Budget Deficit Narrows To $183 Billion\n\n"
    errors = _errors(
        tmp_path,
        head + "The budget deficit narrowed to $173 billion this year, from $240 billion.\n",
    )
    assert [f.rule for f in errors] == ["conflict"] and "183" in errors[0].message
    assert (
        _errors(
            tmp_path,
            head + "The budget deficit narrowed to $183 billion this year, from $240 billion.\n",
        )
        == []
    )


def test_a_headline_named_more_narrowly_in_the_body_is_a_reading_only(tmp_path):
    text = (
        "Budget Deficit Narrows To $183 Billion\n\n"
        "The federal budget deficit narrowed to $173 billion this year, from $240 billion.\n"
    )
    assert ("restates", ("$183 Billion", "$173 billion"), False) in _relations(text)
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "body",
    [
        "The jobless rate fell to 4.3% in May from 4.6% in April.",
        "The jobless rate fell from 4.6% in April to 4.3% in May.",
    ],
)
def test_a_headline_level_never_restates_the_level_a_change_starts_from(body):
    relations = _relations("Jobless Rate Falls To 4.3%\n\n" + body + "\n")
    assert all(not (kind == "restates" and "4.6%" in figures) for kind, figures, _ in relations)


@pytest.mark.parametrize(
    "text",
    [
        "Shipyards in the region delivered 41 vessels last year, and the jobless rate slipped to "
        "5.3 p.c.\nAnalysts had been anticipating 38 vessels and a jobless rate of 5.5 p.c. The "
        "result beat every estimate.\n",
        "Home Sales Rise To 812,000\n\nForecasters had predicted home sales of 790,000 for the "
        "month.\n",
        "Home Sales Rise To 812,000\n\nThe consensus forecast put home sales at 790,000.\n",
    ],
)
def test_a_headline_level_never_restates_what_someone_expected_of_it(text):
    assert [r for r in _relations(text) if r[0] == "restates"] == []


@pytest.mark.parametrize(
    "body, restated",
    [
        # the figure that came out, said to be as expected: still the headline's
        ("As expected, home sales rose to 812,000 for the month.", "812,000"),
        # a headline that is itself a forecast restates the body's forecast
        ("Forecasters expect home sales of 790,000 for the month.", "790,000"),
    ],
)
def test_a_headline_level_restates_a_figure_that_came_as_expected_or_a_forecast_of_its_own(
    body, restated
):
    head = (
        "Home Sales Expected To Reach 812,000"
        if "expect " in body
        else "Home Sales Rise To 812,000"
    )
    relations = [r for r in _relations(f"{head}\n\n{body}\n") if r[0] == "restates"]
    assert [r[1] for r in relations] == [("812,000", restated)]


def _metric_of(text: str, written: str) -> str:
    extraction = extract_text(text)
    for claim in extraction.claims:
        mention = extraction.mentions[claim.mention]
        if text[mention.start : mention.end] == written:
            return claim.metric
    raise AssertionError(written)


@pytest.mark.parametrize(
    "text, level, rate",
    [
        (
            "2023年,甲企业利润总额120.4亿元,同比增长3.4%;乙企业利润总额80.2亿元,同比下降2.1%。",
            "80.2亿元",
            "2.1%",
        ),
        (
            "Profit at the mines was $101.3 million, up 20% on the year, and profit at the farms "
            "was $198.7 million, up 5% on the year.",
            "$198.7 million",
            "5%",
        ),
        (
            "In 2023 bus fares brought in $12.6 million, down 4%, and rail fares $30.1 million, "
            "up 2%.",
            "$30.1 million",
            "2%",
        ),
    ],
)
def test_a_percentage_change_after_a_level_is_the_levels(text, level, rate):
    assert _metric_of(text, rate) == _metric_of(text, level)


def test_year_on_year_names_no_base_level():
    text = (
        "In 2023, total profit was $300.1 million, up 12% year on year, of which mining profit "
        "was $101.3 million, up 20% year on year."
    )
    assert all(kind not in ("from_to", "change") for kind, _, _ in _relations(text))


_TRADE = "2023年,全国出口和进口总额300.0亿元,同比增长{}%。其中,出口101.3亿元,同比增长20%;进口198.7亿元,同比增长5%。\n"


def test_a_totals_growth_against_its_parts_growth(tmp_path):
    assert ("growth_of_parts", ("12%", "20%", "5%"), True) in _relations(_TRADE.format(12))
    errors = _errors(tmp_path, _TRADE.format(12))
    assert [f.rule for f in errors] == ["growth-of-parts"]
    assert _errors(tmp_path, _TRADE.format("9.6")) == []


def test_real_growth_of_a_total_is_not_its_parts_growth_weighted():
    text = (
        "2023年,全市地区生产总值300.0亿元,按可比价格计算,同比增长12%。其中,第一产业增加值20.3亿元,"
        "增长2%;第二产业增加值100.4亿元,增长5%;第三产业增加值179.3亿元,增长8%。\n"
    )
    assert all(kind != "growth_of_parts" for kind, _, _ in _relations(text))


@pytest.mark.parametrize(
    "text, joined, stated",
    [
        (
            "Exports rose to $312 billion and imports to $254 billion, leaving a trade surplus "
            "of $58 billion.",
            ("$58 billion", "$254 billion", "$312 billion"),
            True,
        ),
        ("出口3120亿元,进口2540亿元,贸易顺差580亿元。", ("580亿元", "2540亿元", "3120亿元"), True),
        (
            "The birth rate was 11.6% and the death rate 4.5%, a natural growth rate of 7.1%.",
            ("7.1%", "4.5%", "11.6%"),
            True,
        ),
        (
            "全年人口出生率10.8‰,比上年下降0.6个千分点;人口死亡率5.2‰,比上年下降0.2个千分点;"
            "人口自然增长率5.6‰,比上年下降0.4个千分点。",
            ("5.6‰", "5.2‰", "10.8‰"),
            True,
        ),
        (
            "Revenue was $5.2 billion and spending $5.9 billion, a budget deficit of $0.7 billion.",
            ("$0.7 billion", "$5.2 billion", "$5.9 billion"),
            True,
        ),
        # each level reached by a change, the name before the change; the difference first
        (
            "Exports fell 5% to $120 billion, while imports rose 3% to $150 billion, widening "
            "the trade deficit to $30 billion.",
            ("$30 billion", "$120 billion", "$150 billion"),
            True,
        ),
        (
            "全年出口增长5%至1900亿元，进口增长3%至1300亿元，贸易顺差600亿元。",
            ("600亿元", "1300亿元", "1900亿元"),
            True,
        ),
        (
            "The trade deficit widened to $30 billion as exports of $120 billion fell short of "
            "imports of $150 billion.",
            ("$30 billion", "$120 billion", "$150 billion"),
            True,
        ),
        (
            "The trade surplus was $50bn, with exports of $300bn and imports of $250bn.",
            ("$50bn", "$250bn", "$300bn"),
            True,
        ),
        # narrower quantities ("of cars", "with Japan", "car exports"): a reading only
        (
            "Exports of cars rose to $312 billion, imports of parts fell to $254 billion and the "
            "trade surplus with Japan was $80 billion.",
            ("$80 billion", "$254 billion", "$312 billion"),
            False,
        ),
        (
            "Car exports rose to $312 billion, imports fell to $254 billion and the trade "
            "surplus was $80 billion.",
            ("$80 billion", "$254 billion", "$312 billion"),
            False,
        ),
    ],
)
def test_a_difference_named_by_what_it_is(text, joined, stated):
    assert ("change", joined, stated) in _relations(text)


def test_a_named_difference_of_levels_reached_by_changes_is_checked(tmp_path):
    text = (
        "In 2030, exports grew 8% to $212.4 billion and imports rose 2% to $181.7 billion, a "
        "trade surplus of ${} billion.\n"
    )
    errors = _errors(tmp_path, text.format("40.7"))
    assert [f.rule for f in errors] == ["comparison-absolute"] and "40.7" in errors[0].message
    assert _errors(tmp_path, text.format("30.7")) == []


def test_a_named_difference_between_rates_is_checked_in_points(tmp_path):
    text = "The birth rate was 11.6% and the death rate 4.5%, a natural growth rate of {}%.\n"
    errors = _errors(tmp_path, text.format("6.1"))
    assert [f.rule for f in errors] == ["comparison-points"] and "6.1" in errors[0].message
    assert _errors(tmp_path, text.format("7.1")) == []


def test_a_rate_and_its_change_in_points_after_it_is_a_level():
    text = "全年人口出生率10.8‰,比上年下降0.6个千分点;人口死亡率5.2‰,比上年下降0.2个千分点。"
    extraction = extract_text(text)
    kinds = {
        text[extraction.mentions[c.mention].start : extraction.mentions[c.mention].end]: c.kind
        for c in extraction.claims
    }
    assert kinds["10.8‰"] == kinds["5.2‰"] == "value"
    assert kinds["0.6个千分点"] == "change"


@pytest.mark.parametrize(
    "text, result, value",
    [
        (
            "The budget was cut to 41,37,218 crore from 41,59,797 crore. 4159797 – 4137218 is "
            "merely 22,579.",
            "22,579",
            "22,579 crore INR",
        ),
        (
            "Sales were $1,250 million and $1,120 million: $1,250 million - $1,120 million is 130.",
            "130",
            "130 million USD",
        ),
    ],
)
def test_the_result_of_a_subtraction_written_out_is_in_its_operands_unit(text, result, value):
    extraction = extract_text(text)
    (mention,) = (m for m in extraction.mentions if text[m.start : m.end] == result)
    assert mention.value_text() == value
    assert any(r[0] == "change" and r[1][0] == result for r in _relations(text))


_LEVY = "In 2023 the council set the levy at $8.3 million. {} from a year earlier.\n"


@pytest.mark.parametrize(
    "changes",
    ["That is an increase of $245,000, or 3.0%,", "That's a rise of $245,000, or 3.0%,"],
)
def test_changes_of_the_only_level_of_the_sentence_before(tmp_path, changes):
    relations = _relations(_LEVY.format(changes))
    assert ("change_of", ("$245,000", "$8.3 million"), True) in relations
    assert ("change_of", ("3.0%", "$8.3 million"), True) in relations
    assert _errors(tmp_path, _LEVY.format(changes)) == []
    errors = _errors(tmp_path, _LEVY.format(changes.replace("3.0%", "6.0%")))
    assert [f.rule for f in errors] == ["change-amount-and-percent"]


def test_points_of_the_only_rate_of_the_sentence_before():
    text = "The jobless rate fell to 3.1% in May. That is 0.4 points lower than a year earlier."
    extraction = extract_text(text)
    claims = {
        text[extraction.mentions[c.mention].start : extraction.mentions[c.mention].end]: c
        for c in extraction.claims
    }
    assert claims["0.4"].kind == "change" and claims["0.4"].value == "-0.4 pp"
    assert claims["0.4"].metric == claims["3.1%"].metric


def test_a_sentence_with_a_level_of_its_own_is_not_the_changes_of_the_one_before():
    text = "In 2023 the council set the levy at $8.3 million. That is $245,000 more than the $8.1 million of 2022."
    assert all(
        not (kind == "change_of" and "$8.3 million" in figures)
        for kind, figures, _ in _relations(text)
    )


@pytest.mark.parametrize(
    "text, rules",
    [
        # a surplus or deficit named bare, beside the two figures it is the difference of
        ("Imports were $62bn and exports $90bn, a surplus of $38bn.", ["comparison-absolute"]),
        ("Imports were $62bn and exports $90bn, a surplus of $28bn.", []),
        (
            "Revenue rose to $50bn and spending to $58bn, leaving a deficit of $18bn.",
            ["comparison-absolute"],
        ),
        ("Revenue rose to $50bn and spending to $58bn, leaving a deficit of $8bn.", []),
        # narrowed, it is another quantity
        ("Exports were $90bn and imports $62bn, while the deficit with China was $5bn.", []),
        ("Exports were $90bn and imports $62bn, and the surplus in services was $5bn.", []),
        ("Exports were $90bn and imports $62bn, and the current-account deficit was $5bn.", []),
        # in the next sentence, named plainly, and dated apart
        ("Exports were $90bn and imports $62bn. The surplus was $38bn.", ["comparison-absolute"]),
        ("Exports were $90bn and imports $62bn. So far this year, the surplus was $38bn.", []),
    ],
)
def test_a_bare_surplus_or_deficit_beside_its_terms_is_their_difference(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules


def test_ounces_of_gold_are_troy_ounces_and_an_undated_pair_restated_is_no_conflict(tmp_path):
    # "from X kilograms (Y ounces) ... to Z kilograms (W ounces)", no year: the earlier level
    # and its restatement are of another time than the later pair, and gold is weighed in troy
    # ounces (31.1 g): 57,306 ounces are 1,782 kilograms
    text = (
        "Gold output rose 67 per cent from 1,069 kilograms (34,353 ounces) in the first "
        "quarter to 1,782 kilograms (57,306 ounces) in the second quarter."
    )
    assert [c.value for c in extract_text(text).claims if "ounce" in c.value] == [
        "34,353 troy_ounce",
        "57,306 troy_ounce",
    ]
    assert text_errors(tmp_path, text) == []
    wrong = text.replace("57,306", "51,306")
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["conflict"]
    # flour is weighed in ordinary ounces
    assert extract_text("The loaf needs 16 ounces of flour.").claims[0].value == "16 ounce"
