"""Links between figures of different sentences that name one quantity (crosslinks.py): the
drafter's reading, below certainty, so a finding resting on them is a note, never an error."""

from __future__ import annotations

from checker.extraction import extract_text

from .text_checks import text_findings

_TWO_YEARS = (
    "Port Arlo handled a record year in 2024 as its annual container volume rose by {rate} "
    "to 4.2 million, the harbour board said.\n\n"
    "Storms closed the quay for a week in March.\n\n"
    "In 2023, Port Arlo recorded a 3 per cent rise in container volume to 4.02 million.\n"
)


def _relations(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    extraction = extract_text(text)
    return [
        (
            r.type,
            tuple(
                text[extraction.mentions[m].start : extraction.mentions[m].end]
                for m in r.mentions
                if m is not None
            ),
            r.stated,
        )
        for r in extraction.relations
    ]


def test_a_change_finds_its_earlier_level_a_year_before_in_another_paragraph():
    relations = _relations(_TWO_YEARS.format(rate="4.5 per cent"))
    assert ("from_to", ("4.02 million", "4.2 million"), False) in relations
    assert ("change", ("4.5 per cent", "4.02 million", "4.2 million"), False) in relations


def test_a_wrong_change_across_paragraphs_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _TWO_YEARS.format(rate="15 per cent"))
    assert [f for f in findings if f.severity == "error"] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_another_subject_or_two_years_apart_is_no_link():
    other = _TWO_YEARS.replace("In 2023, Port Arlo", "In 2023, Port Belmar")
    assert not [r for r in _relations(other.format(rate="4.5 per cent")) if not r[2]]
    apart = _TWO_YEARS.replace("In 2023", "In 2022")
    assert not [r for r in _relations(apart.format(rate="4.5 per cent")) if not r[2]]


def test_another_quantity_is_no_link():
    other = _TWO_YEARS.replace("rise in container volume", "rise in passenger traffic")
    assert not [r for r in _relations(other.format(rate="4.5 per cent")) if not r[2]]


def test_the_earlier_level_may_be_named_with_a_qualifier_and_the_change_come_first():
    text = (
        "Riverton's airport saw its yearly passenger numbers climb 4.5 per cent to 4.2 million "
        "in 2024.\n\nA new runway opened in May.\n\n"
        "The airport's passenger numbers were 4.02 million in 2023.\n"
    )
    relations = _relations(text)
    assert ("change", ("4.5 per cent", "4.02 million", "4.2 million"), False) in relations


def test_two_levels_of_the_earlier_year_are_ambiguous_and_give_no_link():
    text = _TWO_YEARS.format(rate="4.5 per cent") + (
        "\nIn 2023, Port Arlo also recorded container volume of 3.9 million.\n"
    )
    assert not [r for r in _relations(text) if not r[2] and r[0] in ("from_to", "change")]


_FEE = (
    "Northvale's parking fees will rise {rate} percent, the council said on Monday.\n\n"
    "The vote was close.\n\n"
    "Under the plan, the parking fee in Northvale goes from $4.00 to $5.00.\n"
)


def test_a_change_finds_the_pair_of_levels_of_its_quantity_paragraphs_away():
    relations = _relations(_FEE.format(rate="25"))
    assert ("change", ("25 percent", "$4.00", "$5.00"), False) in relations


def test_a_change_against_a_pair_elsewhere_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _FEE.format(rate="40"))
    assert [f for f in findings if f.severity == "error"] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_chinese_change_finds_the_pair_of_levels_of_its_quantity():
    text = (
        "北河市停车收费标准将上涨25%。\n\n市议会周一表决通过。\n\n"
        "根据方案，北河市停车收费标准从4.00元提高到5.00元。\n"
    )
    assert ("change", ("25%", "4.00元", "5.00元"), False) in _relations(text)


def test_a_change_its_words_date_to_another_year_is_not_the_change_of_a_pair_elsewhere():
    earlier = _FEE.replace(
        "Northvale's parking fees will rise {rate} percent, the council said on Monday.",
        "This comes after Northvale's parking fees rose {rate} percent in 2029, the council said.",
    )
    assert not [r for r in _relations(earlier.format(rate="25")) if r[0] == "change"]
    same_year = _FEE.replace("percent, the council", "percent in 2031, the council").replace(
        "$5.00.", "$5.00 in 2031."
    )
    assert ("change", ("25 percent", "$4.00", "$5.00"), False) in _relations(
        same_year.format(rate="25")
    )


def test_two_pairs_of_other_values_leave_the_change_unlinked():
    text = _FEE.format(rate="25") + (
        "\nAt night, the parking fee in Northvale goes from $2.00 to $3.00.\n"
    )
    assert not [r for r in _relations(text) if r[0] == "change" and not r[2]]


# a total in one paragraph, a part named by the total's name narrowed in a later one
_NARROWED = (
    "In 2030, online retail sales in Velmora reached 850 billion euros, up 9% on the year.\n\n"
    "Shoppers in the north spent more.\n\n"
    "In 2030, online retail sales of furniture in Velmora were {part} billion euros, up 4%.\n"
)


def test_a_level_named_by_a_total_narrowed_is_a_part_of_it():
    relations = _relations(_NARROWED.format(part="61"))
    assert ("part_of", ("61 billion euros", "850 billion euros"), False) in relations


def test_a_part_above_its_total_across_paragraphs_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _NARROWED.format(part="910"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any(
        "possible inconsistency" in f.message and "part-whole" in f.message for f in findings
    )


def test_a_chinese_total_and_a_group_of_it_named_before_its_name():
    text = (
        "2031年，全省制造商录得利润总额5200亿元，同比增长6.1%。\n\n其他指标平稳。\n\n"
        "2031年，国有控股制造商录得利润总额1300亿元，增长3.2%。\n"
    )
    relations = _relations(text)
    assert ("part_of", ("1300亿元", "5200亿元"), False) in relations
    # a part the text dates nowhere may be of another year than its total's: no link
    undated = text.replace("2031年，国有控股", "分经济类型看，国有控股")
    assert not [r for r in _relations(undated) if r[0] == "part_of"]


def test_a_name_narrowed_by_a_time_or_per_share_is_no_part():
    per_share = (
        "Meridian Bank's net income was $900 million in 2030.\n\n"
        "Meridian Bank's net income per share was $4.10 in 2030.\n"
    )
    last_year = "2031年，全省制造商利润总额5200亿元。\n\n2031年，上年同期制造商利润总额4900亿元。\n"
    for text in (per_share, last_year):
        assert not [r for r in _relations(text) if r[0] == "part_of"]


def test_two_totals_of_other_values_in_the_nearest_sentence_leave_the_part_alone():
    text = _NARROWED.format(part="61").replace(
        "up 9% on the year.",
        "up 9% on the year; online retail sales in Velmora were 790 "
        "billion euros in 2030 by another count.",
    )
    assert not [r for r in _relations(text) if r[0] == "part_of"]


# a total, then its parts one sentence each, the first naming the whole of its share
_PARTS_WITH_SHARES = (
    "In 2030, the gross domestic product of Velmora reached 500 billion euros, up 5% on the "
    "year.\n\nFarm output rose on a good harvest.\n\n"
    "In 2030, the added value of agriculture in Velmora was 30 billion euros, accounting for "
    "6% of GDP.\n\nThe added value of industry was 200 billion euros, accounting for {share}.\n"
)


def test_a_share_naming_no_whole_is_of_the_whole_its_sibling_part_names():
    relations = _relations(_PARTS_WITH_SHARES.format(share="40 percent"))
    linked = ("share", ("40 percent", "200 billion euros", "500 billion euros"), False)
    assert linked in relations
    relations = _relations(_PARTS_WITH_SHARES.format(share="40 percent of the total"))
    assert linked in relations


def test_a_chinese_share_naming_no_whole_follows_its_siblings():
    text = (
        "2030年，全市地区生产总值5000亿元，同比增长5%。\n\n其中，第一产业增加值300亿元，增长3%。\n\n"
        "第二产业增加值2000亿元，占地区生产总值的比重为40%。\n\n第三产业增加值2700亿元，占比54%。\n"
    )
    assert ("share", ("54%", "2700亿元", "5000亿元"), False) in _relations(text)
    named = text.replace("占比54%", "占出口总额的54%")
    assert not [r for r in _relations(named) if r[0] == "share" and not r[2] and len(r[1]) > 1]


def test_a_wrong_share_of_a_siblings_whole_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _PARTS_WITH_SHARES.format(share="60 percent"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_share_of_a_part_of_another_kind_or_naming_its_whole_stays_unlinked():
    other_kind = _PARTS_WITH_SHARES.replace("The added value of industry", "Industrial exports")
    named = _PARTS_WITH_SHARES.format(share="40 percent of exports")
    for text in (other_kind.format(share="40 percent"), named):
        assert [r for r in _relations(text) if r[0] == "share" and not r[2]] == [
            ("share", ("40 percent",), False)
        ]


# a total, other news, then a part named by the total's name narrowed with its share "of the
# total"
_TOTAL_THEN_SHARE = (
    "The plant made 4,000 cars in 2030.\n\nDemand was strong in the autumn.\n\n"
    "Electric cars made up 1,200, or {share} of the total.\n"
)


def test_a_share_of_the_total_finds_the_total_paragraphs_before():
    relations = _relations(_TOTAL_THEN_SHARE.format(share="30%"))
    assert ("share", ("30%", "1,200", "4,000"), False) in relations
    chinese = (
        "2030年，全市游客达2000万人次。\n\n旅游业稳步发展。\n\n酒店入住率上升。\n\n"
        "入境游客300万人次，占总数的15%。\n"
    )
    assert ("share", ("15%", "300万人次", "2000万人次"), False) in _relations(chinese)


def test_a_wrong_share_of_the_total_paragraphs_before_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _TOTAL_THEN_SHARE.format(share="45%"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_share_of_the_total_after_another_level_or_of_another_name_stays_unlinked():
    nearer = _TOTAL_THEN_SHARE.replace("autumn.", "autumn.\n\nIt also made 900 vans.")
    other_name = _TOTAL_THEN_SHARE.replace("Electric cars", "Electric vans")
    for text in (nearer, other_name):
        shares = [r for r in _relations(text.format(share="30%")) if r[0] == "share"]
        assert shares == [("share", ("30%",), False)]


# a total, another figure, then the members of a complete partition one sentence each
_MEMBERS_APART = (
    "2030年，全市常住人口120万人。\n\n全市出生人口1.2万人。\n\n"
    "城镇常住人口{urban}万人。\n\n乡村常住人口40万人。\n"
)


def test_the_members_of_a_partition_in_sentences_of_their_own_sum_to_the_total_before():
    relations = _relations(_MEMBERS_APART.format(urban="80"))
    assert ("sum", ("120万人", "80万人", "40万人"), False) in relations


def test_members_that_do_not_add_up_across_paragraphs_are_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _MEMBERS_APART.format(urban="95"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_partition_with_a_member_missing_or_named_twice_gives_no_sum():
    missing = _MEMBERS_APART.replace("乡村常住人口40万人。\n", "")
    twice = _MEMBERS_APART + "\n城镇常住人口81万人。\n"
    for text in (missing, twice):
        relations = _relations(text.format(urban="80"))
        assert not [r for r in relations if r[0] in ("sum", "part_of")]


# a month's level, then the next month's with its change "month on month"
_MONTHS = (
    "Velmora's car sales were 40,000 in {before}.\n\nDealers cut prices.\n\n"
    "In March 2030, car sales in Velmora rose {rate} month on month to 42,000.\n"
)


def test_a_change_month_on_month_finds_the_level_of_the_month_before():
    relations = _relations(_MONTHS.format(before="February 2030", rate="5%"))
    assert ("change", ("5%", "40,000", "42,000"), False) in relations
    quarters = (
        "In the fourth quarter of 2029, output in Velmora was 490 tonnes.\n\n"
        "In the first quarter of 2030, output in Velmora rose 2% quarter on quarter to 500 "
        "tonnes.\n"
    )
    assert ("change", ("2%", "490 tonnes", "500 tonnes"), False) in _relations(quarters)


def test_a_change_month_on_month_is_never_drafted_from_the_year_before(tmp_path):
    text = _MONTHS.format(before="March 2029", rate="5%")
    assert not [r for r in _relations(text) if r[0] == "change"]
    findings = text_findings(tmp_path, _MONTHS.format(before="February 2030", rate="25%"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


# a level in a summary, the same level with more digits paragraphs later
_RESTATED = (
    "Kestrel Mining reported a net profit of {first} million dollars for 2031, the company "
    "said on Tuesday.\n\nThe board also named a new chair.\n\n"
    "The annual report put the net profit for 2031 at {second} million dollars.\n"
)


def _restatements(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [r for r in _relations(text) if r[0] == "restates"]


def test_a_level_stated_again_with_other_rounding_restates_it():
    text = _RESTATED.format(first="412", second="411.8")
    assert _restatements(text) == [
        ("restates", ("411.8 million dollars", "412 million dollars"), False)
    ]
    chinese = (
        "卡斯特矿业2031年净利润41.2亿元。\n\n董事会同时任命了新主席。\n\n"
        "年报显示，卡斯特矿业2031年净利润41.18亿元。\n"
    )
    assert _restatements(chinese) == [("restates", ("41.18亿元", "41.2亿元"), False)]


def test_a_restatement_across_paragraphs_is_noted_and_never_flagged(tmp_path):
    extraction = extract_text(_RESTATED.format(first="412", second="411.8"))
    restated = [c for c in extraction.claims if c.value.startswith("411.8")]
    assert restated and any("other rounding" in note for note in restated[0].notes)
    findings = text_findings(tmp_path, _RESTATED.format(first="412", second="411.8"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []


def test_figures_that_do_not_round_alike_or_are_written_alike_restate_nothing():
    # another value, the same figure written twice, a figure of one digit
    for first, second in (("412", "419.6"), ("412", "412"), ("4", "4.1")):
        assert _restatements(_RESTATED.format(first=first, second=second)) == []


def test_another_year_another_subject_or_a_third_level_restates_nothing():
    text = _RESTATED.format(first="412", second="411.8")
    other_year = text.replace("profit for 2031 at", "profit for 2030 at")
    other_subject = text.replace("put the net profit", "put Osprey Metals' net profit")
    third = text + "\nIn 2031, the net profit was 415 million dollars, the auditors said.\n"
    for changed in (other_year, other_subject, third):
        assert _restatements(changed) == []


# a pair of percentages, then a sentence of one change that names nothing it changes
_PAIR_THEN_POINTS = (
    "The jobless rate in Velmora rose from 5.1 percent in May to 5.4 percent in June, the "
    "statistics office said.\nSome would call it a mere {points} percentage point.\n"
)


def _unstated_changes(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [r for r in _relations(text) if r[0] == "change" and not r[2]]


def test_a_change_naming_nothing_is_the_change_of_the_pair_just_before():
    assert _unstated_changes(_PAIR_THEN_POINTS.format(points="0.3")) == [
        ("change", ("0.3 percentage point", "5.1 percent", "5.4 percent"), False)
    ]


def test_a_wrong_change_naming_nothing_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _PAIR_THEN_POINTS.format(points="0.8"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_change_naming_nothing_after_two_pairs_a_gap_or_with_a_figure_stays_unlinked():
    two_pairs = _PAIR_THEN_POINTS.replace(
        "in June, the statistics office said.",
        "in June, and from 4.0 percent to 4.6 percent among men.",
    )
    apart = _PAIR_THEN_POINTS.replace("said.\n", "said.\nThe office moved in March.\n")
    with_figure = _PAIR_THEN_POINTS.replace(
        "percentage point.", "percentage point, against 2 points a year ago."
    )
    for text in (two_pairs, apart, with_figure):
        assert _unstated_changes(text.format(points="0.3")) == []


def test_a_way_the_text_states_is_still_checked_when_a_reading_sizes_the_pair(tmp_path):
    # "rose" between levels that fell: the stated way is an error, whatever a change of the
    # next sentence, read across sentences, says of the pair
    wrong_way = _PAIR_THEN_POINTS.replace("from 5.1 percent", "from 5.8 percent")
    assert _unstated_changes(wrong_way.format(points="0.3")) != []
    findings = text_findings(tmp_path, wrong_way.format(points="0.3"))
    assert any("states a rise" in f.message for f in findings if f.severity == "error")


# a percentage change to a level, then the change as an amount in a sentence of its own
_AMOUNT_APART = (
    "In 2031, grain output in Velmora rose 5% to 4.2 million tonnes.\n\n"
    "Rain came late in the south.\n\n"
    "In 2031, grain output in Velmora rose by {amount} tonnes.\n"
)


def _changes_of(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [r for r in _relations(text) if r[0] == "change_of"]


_SHARE_PAIR = (
    "The share of new housing permits for the harbour district went from 64 per cent to 70 "
    "per cent over the same period.\n"
)


def _pair_changes(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [r for r in _relations(text) if r[0] == "change"]


def test_a_change_of_the_thing_is_not_read_between_levels_of_its_share():
    change = "Permits for the harbour district fell by 20 per cent in the year."
    assert _pair_changes(f"{change}\n\n{_SHARE_PAIR}") == []


def test_a_change_of_a_list_given_out_respectively_is_not_read_between_a_pair_by_its_name():
    listed = (
        "Housing in 2031\n\nThere was a 6 per cent rise in permits for the harbour district "
        "and falls of 20 per cent, 3 per cent and 6 per cent respectively for the mill "
        "district, the old town and the outer villages in the year.\n\nPermits for the "
        "harbour district went from 500 to 530 over the same period.\n"
    )
    assert _pair_changes(listed) == []


def test_a_change_of_the_share_or_of_the_levels_own_quantity_is_still_read_between_them():
    share = "The share of permits for the harbour district rose 10% in the year.\n\n"
    assert _pair_changes(share + _SHARE_PAIR) == [
        ("change", ("10%", "64 per cent", "70 per cent"), False)
    ]
    counts = (
        "Permits for the harbour district fell by 20 per cent in the year.\n\nPermits for the "
        "harbour district went from 500 to 400 over the same period.\n"
    )
    assert _pair_changes(counts) == [("change", ("20 per cent", "500", "400"), False)]


def test_an_amount_and_a_percentage_apart_both_lead_to_the_level():
    assert _changes_of(_AMOUNT_APART.format(amount="200,000")) == [
        ("change_of", ("5%", "4.2 million tonnes"), False),
        ("change_of", ("200,000 tonnes", "4.2 million tonnes"), False),
    ]


def test_an_amount_apart_that_disagrees_is_a_note_never_an_error(tmp_path):
    assert [
        f
        for f in text_findings(tmp_path, _AMOUNT_APART.format(amount="200,000"))
        if f.severity != "info"
    ] == []
    findings = text_findings(tmp_path, _AMOUNT_APART.format(amount="500,000"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_change_from_a_level_two_levels_another_year_or_two_percents_stay_apart():
    from_level = _AMOUNT_APART.replace("5% to 4.2", "5% from 4.2")
    two_levels = _AMOUNT_APART + "\nIn 2029, grain output in Velmora was 3.8 million tonnes.\n"
    other_year = _AMOUNT_APART.replace(
        "In 2031, grain output in Velmora rose by", "In 2030, grain output in Velmora rose by"
    )
    percents = _AMOUNT_APART.replace("rose by {amount} tonnes", "rose by {amount}")
    for text in (from_level, two_levels, other_year):
        assert _changes_of(text.format(amount="200,000")) == []
    assert _changes_of(percents.format(amount="5 percent")) == []


def test_a_level_in_the_same_unit_between_the_change_and_its_level_leaves_them_apart():
    """Another level in the level's unit between the two sentences: the change apart may lead
    to that one as well (which one is meant?), in either order; one in another unit does not."""
    between = "The barley harvest of the northern farms came to 900,000 {unit}."
    after = _AMOUNT_APART.replace("Rain came late in the south.", between)
    before = (
        "In 2031, grain output in Velmora rose by {amount} tonnes.\n\n"
        + between
        + "\n\nIn 2031, grain output in Velmora rose 5% to 4.2 million tonnes.\n"
    )
    for text in (after, before):
        assert _changes_of(text.format(amount="200,000", unit="tonnes")) == []
    assert len(_changes_of(after.format(amount="200,000", unit="hectares"))) == 2
    assert (
        len(_changes_of(before.replace(between, "Rain came late.").format(amount="200,000"))) == 2
    )


def test_an_amount_in_a_sentence_with_a_level_of_its_own_stays_apart():
    with_level = _AMOUNT_APART.replace(
        "rose by {amount} tonnes.",
        "rose by {amount} tonnes, and rice output reached 900,000 tonnes.",
    )
    assert _changes_of(with_level.format(amount="200,000")) == []


# levels of one sentence, then a sentence of one figure totalling them
_TOTALLED = (
    "In 2031, Velmora's rice output was 1.8 million tonnes and its wheat output was 1.5 "
    "million tonnes. Together, that comes to {total} million tonnes.\n"
)


def _sums(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [r for r in _relations(text) if r[0] == "sum"]


def test_a_sentence_totalling_the_levels_before_is_their_sum():
    assert _sums(_TOTALLED.format(total="3.3")) == [
        ("sum", ("3.3 million tonnes", "1.8 million tonnes", "1.5 million tonnes"), False)
    ]
    chinese = "2031年，全市稻谷产量180万吨，小麦产量150万吨。以上合计330万吨。\n"
    assert _sums(chinese) == [("sum", ("330万吨", "180万吨", "150万吨"), False)]


def test_a_total_that_does_not_add_up_is_a_note_never_an_error(tmp_path):
    assert [f for f in text_findings(tmp_path, _TOTALLED.format(total="3.3"))] == []
    findings = text_findings(tmp_path, _TOTALLED.format(total="3.9"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_no_totalling_words_a_gap_another_unit_or_a_second_figure_give_no_sum():
    no_words = _TOTALLED.replace("Together, that comes to", "The harvest reached")
    wider = _TOTALLED.replace("Together, that comes to", "In total, the country grew")
    gap = _TOTALLED.replace("tonnes. Together", "tonnes. Prices fell. Together")
    other_unit = _TOTALLED.replace(
        "wheat output was 1.5 million tonnes", "wheat grew on 1.5 million hectares"
    )
    second = _TOTALLED.replace("tonnes.\n", "tonnes, up from 3.1 million tonnes.\n")
    for text in (no_words, wider, gap, other_unit, second):
        assert _sums(text.format(total="3.3")) == []


def test_two_amounts_apart_for_one_level_leave_it_unlinked():
    twice = _AMOUNT_APART + "\nGrain output in Velmora rose by 210,000 tonnes, farmers said.\n"
    assert _changes_of(twice.format(amount="200,000")) == []


# a list, one item a line, then its total
_LISTED = (
    "Velmora's harvest in 2031, by crop:\nRice: 1.8 million tonnes\nWheat: 1.5 million "
    "tonnes\nMaize: 0.6 million tonnes\nTotal: {total} million tonnes\n"
)


def test_a_total_after_a_list_one_item_a_line_is_the_sum_of_the_items(tmp_path):
    assert _sums(_LISTED.format(total="3.9")) == [
        (
            "sum",
            (
                "3.9 million tonnes",
                "1.8 million tonnes",
                "1.5 million tonnes",
                "0.6 million tonnes",
            ),
            False,
        )
    ]
    findings = text_findings(tmp_path, _LISTED.format(total="4.5"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_list_opened_by_a_line_of_two_figures_or_a_level_gives_no_sum():
    two_figures = _LISTED.replace(
        "Rice: 1.8 million tonnes", "Rice: 1.8 million tonnes, from 1.7 million tonnes"
    )
    level_first = _LISTED.replace("by crop:", "was 3.9 million tonnes, by crop:")
    for text in (two_figures, level_first):
        assert _sums(text.format(total="3.9")) == []


# a company's adjusted measure, the reported one, and what the adjusted one leaves out
_ADJUSTED = (
    "Marrowby Instruments reported sales of $655.2 million for the first quarter of 2031, up "
    "4.8% from $625.2 million a year earlier. Net earnings per diluted share were $1.46 for the "
    "first quarter of 2031, compared with $1.31 a year earlier. Adjusted net earnings per "
    "diluted share were $1.71 for the first quarter of 2031, compared with $1.52 a year "
    "earlier.\n\n"
    "Adjusted net earnings per diluted share for the first quarter of 2031 exclude severance "
    "charges of $0.16 and acquisition costs of {item}.\n"
)


def test_an_adjusted_figure_is_the_reported_one_plus_the_charges_it_excludes(tmp_path):
    assert _sums(_ADJUSTED.format(item="$0.09")) == [
        ("sum", ("$1.71", "$1.46", "$0.16", "$0.09"), False)
    ]
    clean = text_findings(tmp_path, _ADJUSTED.format(item="$0.09"))
    assert [f for f in clean if f.severity != "info" or "possible" in f.message] == []
    wrong = text_findings(tmp_path, _ADJUSTED.format(item="$0.19"))
    assert [f for f in wrong if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency (sum)" in f.message for f in wrong)


def test_the_adjusted_measure_is_named_apart_from_the_reported_one():
    claims = extract_text(_ADJUSTED.format(item="$0.09")).claims
    names = {c.value: c.metric for c in claims}
    assert names["1.71 USD"] != names["1.46 USD"]
    assert names["1.52 USD"] == names["1.71 USD"]


def test_an_adjusted_measure_is_read_with_a_gloss_and_the_items_total():
    text = (
        "Corvel Systems posted fourth-quarter diluted earnings of $2.46 per share, compared "
        "with $2.18 per share a year earlier, an increase of 13%.\n\n"
        "Operating (non-GAAP) diluted earnings were $2.71 per share, up 11% from $2.44 per "
        "share.\n\n"
        "Fourth-quarter operating (non-GAAP) diluted earnings exclude $0.25 per share of net "
        "charges: $0.19 per share for acquisitions and $0.06 per share for pension costs.\n"
    )
    assert ("sum", ("$2.71", "$2.46", "$0.25"), False) in _sums(text)


def test_gains_left_out_another_measure_or_two_adjusted_figures_give_no_sum():
    gains = _ADJUSTED.replace("severance charges", "a gain on a sale")
    other = _ADJUSTED.replace("Net earnings per diluted share were", "Net sales per unit were")
    twice = _ADJUSTED.replace(
        "\n\nAdjusted net earnings per diluted share for the first",
        " Adjusted net earnings per diluted share were $1.70 for the first quarter of 2031 on "
        "the old basis.\n\nAdjusted net earnings per diluted share for the first",
    )
    for text in (gains, other, twice):
        assert [s for s in _sums(text.format(item="$0.09")) if s[0] == "sum"] == [], text


def test_an_operating_measure_excluding_charges_is_not_the_net_one_plus_them():
    text = (
        "Tarrow Mills said net income was $84 million in 2031. Operating income was $131 "
        "million in 2031.\n\nOperating income in 2031 excluded restructuring charges of $22 "
        "million.\n"
    )
    assert [s for s in _sums(text) if s[0] == "sum"] == []


# a quarter's growth at an annual rate, and over the quarter two sentences on
_ANNUALIZED = (
    "Velmoran output grew at an annualized rate of 2.4% in the third quarter, the statistics "
    "office said on Friday. Household spending rose 0.9% in the quarter.\n\n"
    "Compared with the previous quarter, real GDP in Velmora grew {change} in the third "
    "quarter.\n"
)


def _cagrs(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [r for r in _relations(text) if r[0] == "cagr"]


def test_an_annual_rate_of_a_quarter_compounds_from_the_change_over_the_quarter(tmp_path):
    text = _ANNUALIZED.replace("Velmoran output", "The Velmoran economy")
    assert _cagrs(text.format(change="0.6%")) == [("cagr", ("2.4%", "0.6%"), False)]
    clean = text_findings(tmp_path, text.format(change="0.6%"))
    assert not [f for f in clean if "possible inconsistency" in f.message]
    wrong = text_findings(tmp_path, text.format(change="0.9%"))
    assert [f for f in wrong if f.severity in ("error", "warning")] == []
    assert any("possible inconsistency (growth-vs-cagr)" in f.message for f in wrong)


def test_another_quarter_a_year_on_year_change_or_another_quantity_is_no_annual_rate():
    text = _ANNUALIZED.replace("Velmoran output", "The Velmoran economy")
    other_quarter = text.replace("grew {change} in the third", "grew {change} in the second")
    on_a_year = text.replace("Compared with the previous quarter", "Compared with a year earlier")
    spending = _ANNUALIZED.replace("Velmoran output", "Velmoran household spending")
    for variant in (other_quarter, on_a_year, spending):
        assert _cagrs(variant.format(change="0.6%")) == [], variant


def test_a_headline_restating_the_annual_rate_is_not_read():
    text = (
        "Velmora's economy grew at annual rate of 2.4% in third quarter\n\n"
        + _ANNUALIZED.replace("Velmoran output", "The Velmoran economy")
    )
    assert _cagrs(text.format(change="0.6%")) == [("cagr", ("2.4%", "0.6%"), False)]
    headline_only = (
        "Velmora's economy grew at annual rate of 2.4% in third quarter\n\n"
        "Compared with the previous quarter, real GDP in Velmora grew 0.6% in the third "
        "quarter.\n"
    )
    assert _cagrs(headline_only) == []


# the shares of a structure and, after them, the change in points of each: together zero
_STRUCTURE_SAME_SENTENCE = (
    "全年全县地区生产总值达200亿元。分产业看,第一产业完成增加值24亿元,第二产业完成增加值80亿元,"
    "第三产业完成增加值96亿元。三次产业结构为12.0:40.0:48.0,与上年相比,第一产业占比回落0.6个"
    "百分点,第二产业占比回落1.1个百分点,第三产业占比上升1.7个百分点。"
)
_STRUCTURE_NEXT_SENTENCE = (
    "Farm output, factories and services made up the town's economy of 3 billion euros in 2024. "
    "Farming accounted for 9.0 percent of it, the secondary industry for 35.0 percent and the "
    "tertiary industry for 56.0 percent. Against 2023, the share of the primary industry fell "
    "0.4 percentage points, that of the secondary industry fell 0.9 percentage points and that "
    "of the tertiary industry rose 1.3 percentage points."
)


def _share_changes(text: str) -> list[tuple[tuple[str, ...], bool]]:
    return [
        (figures, stated) for kind, figures, stated in _relations(text) if kind == "share_changes"
    ]


def test_the_changes_of_a_structures_shares_in_its_sentence_add_up_to_zero(tmp_path):
    (found,) = _share_changes(_STRUCTURE_SAME_SENTENCE)
    assert found == (("0.6个百分点", "1.1个百分点", "1.7个百分点"), True)
    assert [
        f.rule for f in text_findings(tmp_path, _STRUCTURE_SAME_SENTENCE) if f.severity == "error"
    ] == []
    wrong = _STRUCTURE_SAME_SENTENCE.replace("上升1.7个", "上升1.4个")
    errors = [f for f in text_findings(tmp_path, wrong) if f.severity == "error"]
    assert [f.rule for f in errors] == ["share-changes"]


def test_the_changes_of_a_structures_shares_in_the_next_sentence_are_a_note(tmp_path):
    (found,) = _share_changes(_STRUCTURE_NEXT_SENTENCE)
    assert found[1] is False
    clean = text_findings(tmp_path, _STRUCTURE_NEXT_SENTENCE)
    assert [f for f in clean if f.severity in ("error", "warning")] == []
    wrong = _STRUCTURE_NEXT_SENTENCE.replace("rose 1.3", "rose 1.8")
    findings = text_findings(tmp_path, wrong)
    assert [f.rule for f in findings if f.severity == "info"].count("share-changes") == 1
    assert [f for f in findings if f.severity in ("error", "warning")] == []


def test_changes_in_points_not_one_for_each_share_in_order_are_no_share_changes():
    for text in (
        # one part's change left out
        _STRUCTURE_SAME_SENTENCE.replace(",第二产业占比回落1.1个百分点", ""),
        # the members out of the structure's order
        _STRUCTURE_SAME_SENTENCE.replace("第一产业占比回落0.6", "第二产业占比回落0.6").replace(
            "第二产业占比回落1.1", "第一产业占比回落1.1"
        ),
        # right after the structure, the change of each part's growth: no change of its share
        _STRUCTURE_SAME_SENTENCE.replace("占比", "增速"),
        # a change of the growth of each part, in points: no change of a share
        "全年全县地区生产总值达200亿元。第一产业增加值24亿元,增长3.0%;第二产业增加值80亿元,增长"
        "5.0%;第三产业增加值96亿元,增长6.0%。与上年相比,第一产业增速加快0.6个百分点,第二产业增速"
        "回落1.1个百分点,第三产业增速加快1.7个百分点。",
    ):
        assert _share_changes(text) == []


def _parts(text: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(figures, stated) for kind, figures, stated in _relations(text) if kind == "part_of"]


def test_a_count_an_owners_level_includes_is_a_part_of_that_level_before(tmp_path):
    text = (
        "Police made 120 arrests in Marsh County over the festival weekend. Roads stayed "
        "closed until Monday. Marsh County's arrests included 45 juveniles."
    )
    assert _parts(text) == [(("45", "120"), False)]
    # its part larger than the level: a note, never an error
    wrong = text.replace("45 juveniles", "145 juveniles")
    assert _parts(wrong) == [(("145", "120"), False)]
    findings = text_findings(tmp_path, wrong)
    assert [f.rule for f in findings if f.severity != "info"] == []
    assert any(f.rule == "part-whole" for f in findings)


def test_an_owners_level_names_its_owner_and_noun_beside_its_own_figure():
    # the owner named by the figure beside the level, or a level of another noun: no part
    beside = (
        "Police made 120 arrests in Marsh County and 30 in Fenby. Fenby's arrests included "
        "9 juveniles."
    )
    other_noun = (
        "Police made 120 arrests in Marsh County. Marsh County's fines included 45 juveniles."
    )
    other_owner = "Police made 120 arrests in Marsh County. Fenby's arrests included 45 juveniles."
    assert _parts(beside) == []
    assert _parts(other_noun) == []
    assert _parts(other_owner) == []
