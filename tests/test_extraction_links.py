"""The phases of extraction (context -> links -> draft) and what they must never do (issue 14):
one case per linking pattern, nothing invented, drafts that always load, errors only on links
the text states."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.extraction import extract_text
from checker.extraction.link_patterns import LINK_PATTERNS, find_links
from checker.extraction.textcheck import check_texts

from .text_checks import related_figures, text_errors, text_findings

REALDEV = Path(__file__).resolve().parents[1].parent / "shared" / "realdev"


def _readings(text: str) -> list:
    """The context phase's records of every sentence, with the links phase's output."""
    import checker.extraction.links as links

    seen = []
    original = links.find_links

    def spy(reading, whole):
        found = original(reading, whole)
        seen.append((reading, found))
        return found

    links.find_links = spy
    try:
        extract_text(text)
    finally:
        links.find_links = original
    return seen


def _links(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for reading, found in _readings(text):
        for link in found:
            out.append((link.type, tuple(reading.mentions[p].number for p in link.positions)))
    return out


def test_context_phase_reads_kinds_and_periods():
    ((reading, _),) = _readings("Exports rose from 120 in 2019 to 150 in 2021, up 25 percent.")
    assert reading.kinds == ["value", "value", "change"]
    assert reading.periods_of[1] == "2021"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales grew from 5.2 billion dollars to 9 billion dollars.", ("from_to", ("5.2", "9"))),
        (
            "Sales grew by over 80% to $9 billion from $5.2 billion.",
            ("change", ("80", "5.2", "9")),
        ),
        (
            "Profit was 500 billion yuan (about 70 billion US dollars) last year.",
            ("converts", ("70", "500")),
        ),
        (
            "One utility charged $38.10 while another charged $70.25, about 45 percent more.",
            ("change", ("45", "38.10", "70.25")),
        ),
        (
            "The firm hired 300 people, of which 120 were engineers and 90 were designers.",
            ("part", ("120", "300")),
        ),
        (
            "The price was $414 in 2014, whereas in 2017 it had gone up to $742.",
            ("from_to", ("414", "742")),
        ),
        (
            "Support has dropped 9 points in a month, from 50 percent to 41 percent.",
            ("change", ("9", "50", "41")),
        ),
        (
            "The market will touch $80 billion by 2030 from $50 billion in 2024, growing at a "
            "compound annual growth rate (CAGR) of 8%.",
            ("change", ("8", "50", "80")),
        ),
        (
            "The bill passed by 52 votes to 48 votes, a margin of 4 votes.",
            ("change", ("4", "48", "52")),
        ),
        (
            "Alpha charged $40 while Beta charged $10, three times as much.",
            ("change", ("3", "10", "40")),
        ),
        (
            "About 3 in 10 voters, or 45%, backed the plan.",
            ("converts", ("45", "3/10")),
        ),
        (
            "The fund paid $300 for one school and $350 for another, totaling $650.",
            ("sum", ("650", "300", "350")),
        ),
        (
            "The council cut the $500 fee by 10 percent, to $400.",
            ("change", ("10", "500", "400")),
        ),
        (
            "A 10 percent cut in the $500 fee brings it to $400.",
            ("change", ("10", "500", "400")),
        ),
        (
            "The forecast was lowered to 840 from 900, which leaves it 60 lower.",
            ("change", ("60", "900", "840")),
        ),
        (
            "They built a 10-mile-long (16-kilometer-long) stretch of road.",
            ("converts", ("16", "10")),
        ),
        (
            "The firm has 600 staff, three times as many as the 200 it had in 2010.",
            ("change", ("3", "200", "600")),
        ),
        (
            "Deliveries rose from 120 million parcels to 150 million parcels.",
            ("from_to", ("120", "150")),
        ),
        (
            "Output should climb from 40 tonnes this year to 52 tonnes in 2031, a 2.2% "
            "compound annual growth rate.",
            ("change", ("2.2", "40", "52")),
        ),
        (
            "Members doubled, rising from 410 members to 820 members.",
            ("change", ("2", "410", "820")),
        ),
        (
            "Tickets cost $90 this season, 3 times higher than the $30 of 2015.",
            ("change", ("3..4", "30", "90")),
        ),
        (
            "Some 12 million people, or 20% of the 60 million residents, voted.",
            ("share", ("20", "12", "60")),
        ),
        (
            "Profit was $4.4 million in 2031, up 10% on the $4 million of 2030.",
            ("change", ("10", "4", "4.4")),
        ),
        (
            "Dues came to $9.90 per member, compared with $9 per member in 2030, an increase of 10%.",
            ("change", ("10", "9", "9.90")),
        ),
        (
            "Fees were $880 for the spring term, a 10% rise compared with $800 for the autumn term.",
            ("change", ("10", "800", "880")),
        ),
        (
            "Income per head was 52,300 yuan, up 4%, converted at the average rate equivalent "
            "to 7,410 US dollars.",
            ("converts", ("7,410", "52,300")),
        ),
        (
            "人均可支配收入52300元,增长4%;折合7410美元。",
            ("converts", ("7410", "52300")),
        ),
        (
            "By my count 4,310 - 3,975 is only 335, not 435.",
            ("change", ("335", "3,975", "4,310")),
        ),
        (
            "Surely 120% of 3,000 would be 3,600.",
            ("share", ("120", "3,600", "3,000")),
        ),
        (
            "The coat now costs $42, a 30% discount on the usual $60.",
            ("change", ("30", "60", "42")),
        ),
        (
            "Seats are 25% off, down to $33 from $44.",
            ("change", ("25", "44", "33")),
        ),
        (
            "Some 340 out of 1,700 members (20%) voted.",
            ("share", ("20", "340", "1,700")),
        ),
        (
            "Of the 1,700 members polled, 340 (20%) said yes.",
            ("share", ("20", "340", "1,700")),
        ),
        (
            "Alpha charged $40.50, which is 25% more than Beta's $32.40.",
            ("change", ("25", "32.40", "40.50")),
        ),
        (
            "Alpha made $310 and Beta $355, together $665.",
            ("sum", ("665", "310", "355")),
        ),
        (
            "第一产业增加值27亿元、第二产业增加值46亿元,合计73亿元。",
            ("sum", ("73", "27", "46")),
        ),
        (
            "Sales were $5.2 million, up $400,000 or 8.3%.",
            ("change_of", ("400,000", "5.2")),
        ),
        (
            "全年产量720万吨,比上年减少30万吨,下降4.0%。",
            ("change_of", ("4.0", "720")),
        ),
        (
            "The mix of the three sectors moved from 5.1:38.6:56.3 in 2020 to 4.9:38.1:57.0.",
            ("structure", ("5.1", "38.6", "56.3")),
        ),
    ],
)
def test_each_linking_pattern(text, expected):
    assert expected in _links(text)


def test_patterns_are_a_registry_of_small_functions():
    assert all(callable(p) and p.__doc__ for p in LINK_PATTERNS)
    assert find_links.__doc__


def test_a_change_pointing_back_compares_the_pair_before():
    text = "The count had risen from 93,412 in 2011 to 138,250 last year. That is a rise of 48%."
    extraction = extract_text(text)
    change = next(c for c in extraction.claims if c.kind == "change")
    assert change.start_claim is not None and change.end_claim is not None


def test_no_period_from_the_clock_and_no_year_on_year_invented():
    extraction = extract_text("The rise was 18%. Officials want to lower the levy by 10%.")
    for claim in extraction.claims:
        assert claim.period is None and claim.basis is None and claim.start is None
    assert extraction.entity == "" or extraction.entity in "The rise Officials"


def test_since_a_year_is_no_year_on_year_change():
    extraction = extract_text("Prices have increased 52% since 2010.")
    change = extraction.claims[0]
    assert change.basis is None and change.period is None


def test_metric_names_are_never_function_words_or_digits():
    extraction = extract_text("It was 3,000 more than &quot;expected&quot;, or 000 in all.")
    for claim in extraction.claims:
        assert not set(claim.metric.split("_")) & {"more", "000", "quot", "than"}


def test_metric_names_never_hold_the_time_of_the_figure():
    # "last year" dates the count; the count is of burglaries, whatever the year
    extraction = extract_text(
        "Police recorded 52,000 burglaries last year and 3,000 the month before."
    )
    assert [c.metric for c in extraction.claims][:1] == ["burglaries"]
    # a word that only may be a time word keeps its place in the name when no time follows
    (claim,) = extract_text("The firm hired 5,000 financial advisers.").claims
    assert claim.metric == "financial_advisers"


def test_metric_names_are_never_verbs():
    text = (
        "Copper futures fell 2%, or $180, to $8,820 a tonne after touching $9,100. "
        "Quotas that include 2.4 million tonnes were kept."
    )
    names = {c.value: c.metric for c in extract_text(text).claims}
    assert "touching" not in names["9,100 USD"]
    assert "include" not in names["2.4 million t"]


def test_a_level_dated_last_year_and_its_base_after_it_are_a_pair():
    text = "Police recorded 52,000 burglaries last year, down from 56,000 the year before."
    assert ("from_to", ("56,000", "52,000")) in _links(text)


def test_a_move_up_from_a_base_is_of_no_level_when_two_stand_before_it(tmp_path):
    # which of the two rose from 4.20 million, the words do not say (the claims did)
    ambiguous, wrong = tmp_path / "ambiguous.txt", tmp_path / "wrong.txt"
    ambiguous.write_text(
        "At the end of May, an estimated 4.21 million claims were pending for 3.10 million"
        " households, up from 4.20 million in April.\n"
    )
    wrong.write_text(
        "At the end of May, 3.10 million households were waiting, up from 3.50 million.\n"
    )
    assert [f for f in check_texts([ambiguous]).findings if f.severity != "info"] == []
    assert [f.severity for f in check_texts([wrong]).findings if f.severity != "info"] == ["error"]


def test_a_superlative_is_no_change_of_the_level_before_it(tmp_path):
    # the largest fall among the cities counted, not the change of the count of cities
    text = tmp_path / "cities.txt"
    text.write_text("20个城市中同比下降的有9个,比上月减少3个,最大降幅为3.5%。\n")
    assert [f for f in check_texts([text]).findings if f.severity != "info"] == []


def test_figures_of_a_list_of_undated_months_are_no_conflict(tmp_path):
    text = tmp_path / "hot.txt"
    text.write_text("全年高温天数30天,比常年多12天,其中6月9天、7月15天、8月6天。\n")
    assert [f for f in check_texts([text]).findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The Nikkei index slid 412.50 points, or 3.1 percent, to 22,150.40.",
            "The Nikkei index slid 412.50 points, or 1.8 percent, to 22,150.40.",
        ),
        (
            "Copper futures fell 3.4%, or $96.50, to close at $5,480.00.",
            "Copper futures fell 1.7%, or $96.50, to close at $5,480.00.",
        ),
    ],
)
def test_a_market_move_as_an_amount_and_a_percentage_to_its_close(tmp_path, wrong, right):
    bad, good = tmp_path / "wrong.txt", tmp_path / "right.txt"
    bad.write_text(wrong + "\n")
    good.write_text(right + "\n")
    errors = [f for f in check_texts([bad]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["change-amount-and-percent-to-level"]
    assert [f for f in check_texts([good]).findings if f.severity != "info"] == []


def test_more_than_last_year_is_no_comparison_with_a_figure_of_another_time(tmp_path):
    # the 40% is on last year's budget, which the text does not give, not on 2015's
    dated, undated = tmp_path / "dated.txt", tmp_path / "undated.txt"
    dated.write_text(
        "Back in 2015, $80 million was allotted to parks; now it is $140 million, which is 40"
        " percent more than last year.\n"
    )
    undated.write_text(
        "One city charged $80 million while another charged $140 million, about 40 percent more.\n"
    )
    assert [f for f in check_texts([dated]).findings if f.severity != "info"] == []
    assert [f.severity for f in check_texts([undated]).findings if f.severity != "info"] == [
        "error"
    ]


def test_levels_named_only_by_their_change_take_its_name():
    text = "Figures showed a 14% increase in burglary offences, from 630 to 719."
    assert {c.metric for c in extract_text(text).claims} == {"burglary_offences"}


def test_a_refused_value_is_left_out_with_a_comment(tmp_path):
    from checker.extraction import claim_file_text
    from checker.extraction.draft import leave_out

    extraction = extract_text("Sales were 120 units in 2020 and 150 units in 2021.")
    leave_out(extraction, {0: "a test reason"})
    text = claim_file_text(extraction, "case")
    assert "# Left out:" in text and "a test reason" in text


def test_guessed_links_give_notes_stated_links_give_errors(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Exports rose from 120 tonnes in 2019 to 150 tonnes in 2021, a jump of 40 percent.\n\n"
        "Imports were 80 tonnes in 2021. Elsewhere, imports were 95 tonnes in 2021.\n",
        encoding="utf-8",
    )
    result = check_texts([article])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["growth"]
    notes = [f.message for f in result.findings if f.severity == "info"]
    assert all("40" not in m for m in notes)


def test_drafts_record_a_confidence_for_every_claim():
    from checker.extraction import claim_file_text

    extraction = extract_text("Exports rose from 120 in 2019 to 150 in 2021. Imports were 80.")
    text = claim_file_text(extraction, "case")
    assert text.count("\n    confidence: ") == len(extraction.claims)
    by_value = {c.value: c.confidence for c in extraction.claims}
    assert by_value["120"] == 1.0 and by_value["80"] < 1


def _cases() -> list[Path]:
    return sorted(p for p in REALDEV.glob("*/passage.txt"))


@pytest.mark.skipif(not REALDEV.is_dir(), reason="../shared/realdev is not beside the repo")
def test_no_drafted_entity_or_base_absent_from_the_text():
    """Every entity a draft names is words of the text; every change's base is a claim of the
    draft or a period whose years the text writes."""
    import re

    invented = []
    for path in _cases():
        text = path.read_text(encoding="utf-8")
        extraction = extract_text(text)
        for claim in extraction.claims:
            entity = claim.entity or extraction.entity
            if entity and entity not in text:
                invented.append((path.parent.name, claim.id, "entity", entity))
            if claim.basis == "yoy" and not re.search(
                r"year[- ]on[- ]year|from a year|a year (?:earlier|ago|before)|同比|yoy|y/y|"
                r"compared with|over the same|last year|previous year|prior year|[比较][上去]年",
                text,
                re.IGNORECASE,
            ):
                invented.append((path.parent.name, claim.id, "basis", "yoy"))
            for field in (claim.period, claim.start, claim.end):
                for year in re.findall(r"(?<!\d)\d{4}(?!\d)", field or ""):
                    if year not in text:
                        invented.append((path.parent.name, claim.id, "period", year))
    assert invented == []


@pytest.mark.skipif(not REALDEV.is_dir(), reason="../shared/realdev is not beside the repo")
def test_every_realdev_draft_loads():
    from checker.extraction import claim_file_text
    from checker.extraction.draft import _expressible

    for path in _cases():
        extraction = extract_text(path.read_text(encoding="utf-8"))
        assert len(_expressible(extraction)) == len(extraction.claims), path.parent.name
        claim_file_text(extraction, "case")


def test_levels_without_a_period_meet_only_their_own_source(tmp_path):
    from checker.runner import run

    (tmp_path / "a.yaml").write_text(
        "source: {id: a, title: A}\nclaims:\n"
        "  - {id: x, metric: toll, value: 17}\n"
        "  - {id: y, metric: toll, value: 13}\n"
        "  - {id: g, kind: change, metric: toll, value: '+5 %'}\n"
        "  - {id: z, metric: toll, period: 2020, value: 20}\n"
        "  - {id: c, metric: toll, value: 84.7 billion USD, converts: x}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        "source: {id: b, title: B}\nclaims:\n  - {id: w, metric: toll, value: 11}\n",
        encoding="utf-8",
    )
    result = run([tmp_path])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [sorted(c.claim for c in f.claims) for f in errors] == [["x", "y"]]
    assert "no stated period" in errors[0].message


def test_a_claim_below_certainty_gives_a_note(tmp_path):
    from checker.runner import run

    (tmp_path / "a.yaml").write_text(
        "source: {id: a, title: A}\nclaims:\n"
        "  - {id: x, entity: E, metric: m, period: 2020, value: 17, confidence: 0.5}\n"
        "  - {id: y, entity: E, metric: m, period: 2020, value: 13}\n",
        encoding="utf-8",
    )
    (finding,) = run([tmp_path]).findings
    assert finding.severity == "info" and finding.message.startswith("possible inconsistency")
    assert finding.message.endswith("check that these figures refer to the same thing")


def test_a_total_divided_into_listed_parts_declares_a_sum():
    text = (
        "The fund was settled for $900,000. The sum would be divided in this fashion: "
        "$300,000 for one school, $350,000 for another and $320,000 for a hospital."
    )
    extraction = extract_text(text)
    whole = next(c for c in extraction.claims if c.value == "900,000 USD")
    parts = extraction.metrics[whole.metric].sum_of
    assert parts is not None and len(parts) == 3
    assert {c.metric for c in extraction.claims if c is not whole} == set(parts)
    assert any(r.type == "sum" and r.stated for r in extraction.relations)


def test_a_headline_and_the_body_naming_one_quantity_are_linked(tmp_path):
    article = tmp_path / "storm.txt"
    article.write_text(
        "Flood Damage Claims In Riverton Climb To 900\n\n"
        "Riverton's flood damage claims climbed to 700 on Monday, officials said.\n",
        encoding="utf-8",
    )
    result = check_texts([article])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["conflict"]
    assert "900" in errors[0].message and "700" in errors[0].message


def test_a_headline_and_another_quantity_of_the_body_are_not_linked(tmp_path):
    article = tmp_path / "storm.txt"
    article.write_text(
        "Flood Damage Claims In Riverton Climb To 900\n\n"
        "Riverton's insurers paid 700 of them on Monday, officials said.\n",
        encoding="utf-8",
    )
    result = check_texts([article])
    assert [f for f in result.findings if f.severity != "info"] == []


def test_a_margin_between_two_figures_is_checked_without_a_period_note(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("Alpha sold 900 cars while Beta sold 700 cars, a gap of 300 cars.\n")
    right.write_text("Alpha sold 900 cars while Beta sold 700 cars, a gap of 200 cars.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison-absolute"]
    assert check_texts([right]).findings == []


def test_a_margin_needs_its_name_and_two_figures_of_its_unit():
    assert _links("Alpha sold 900 cars and Beta sold 700 cars; 300 cars were returned.") == []
    assert _links("Alpha sold 900 cars while Beta sold 700 cars, a gap of 3 percent.") == []


def test_n_in_m_restated_as_a_percentage_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("In the town, one in five adults (25 percent) smoke.\n")
    right.write_text("In the town, one in three adults (33 percent) smoke.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "25" in errors[0].message
    assert check_texts([right]).findings == []
    assert _links("One in four homes is empty and 30 percent are rented.") == []


def test_a_fraction_in_words_restated_as_a_percentage_is_the_writers_rounding(tmp_path):
    """ "one in five (21%)": the words round the percentage to the nearest fraction, and a
    qualifier says on which side of it the percentage lies."""
    sentences = {
        "One in five rowing club members (21%) voted to move the boathouse.": None,
        "Almost half (44%) of the allotments on the estate were left unplanted in 2024.": None,
        "About a quarter – 23% – of the library's loans were e-books last winter.": None,
        "Nearly three in ten (27%) of the ferry crossings were cancelled in March.": None,
        "One in five rowing club members (24%) voted to move the boathouse.": "24 %",
        "Almost half (38%) of the allotments on the estate were left unplanted in 2024.": "38 %",
        "More than a third (31%) of the ferry crossings were cancelled in March.": "31 %",
        # with nothing before it, opening its sentence
        "Half (48%) of the rowing club members voted to move the boathouse.": None,
        "Two-thirds – 64% – of the ferry crossings ran late in March.": None,
        "Half (38%) of the rowing club members voted to move the boathouse.": "38 %",
        # the words name the nearest of the halves, thirds, quarters and fifths, not only the
        # nearest "1 in n": 31% is a third, 27% nearer a quarter, 42% nearer two fifths
        "A third (31%) of the ferry crossings ran late in March.": None,
        "A third (27%) of the ferry crossings ran late in March.": "27 %",
        "Half (42%) of the rowing club members voted to move the boathouse.": "42 %",
    }
    for number, (sentence, wrong) in enumerate(sentences.items()):
        path = tmp_path / f"s{number}.txt"
        path.write_text(sentence + "\n")
        flagged = [f for f in check_texts([path]).findings if f.severity in ("error", "warning")]
        if wrong is None:
            assert flagged == [], sentence
        else:
            assert len(flagged) == 1 and wrong in flagged[0].message, sentence


def test_parts_listed_then_their_total_are_summed(tmp_path):
    article = tmp_path / "fund.txt"
    article.write_text(
        "The fund paid $300,000 for one school, $350,000 for another and $320,000 for a "
        "hospital, a total of $1,070,000.\n"
    )
    errors = [f for f in check_texts([article]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    # the first figure is their whole, not a part of the total after them
    assert _links("Of 1,000 people, 300 said yes and 200 said no, a total of 500.") == [
        ("part", ("300", "1,000")),
        ("part", ("200", "1,000")),
    ]


def test_undated_levels_from_one_to_another_are_no_conflict(tmp_path):
    article = tmp_path / "rate.txt"
    article.write_text("Sales fell to 5.2 billion dollars from 9 billion dollars.\n")
    assert [f for f in check_texts([article]).findings if f.severity != "info"] == []


def test_a_percent_change_of_percentages_is_checked_as_written(tmp_path):
    """ "a cut of 2 percent" between two rates the sentence states: a relative change, as in a
    claim file; points written as percent is the slip newspapers correct, and the hint says so.
    The right relative change passes."""
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("The tax was reduced to 4.2 percent from 6.2 percent, a cut of 2 percent.\n")
    right.write_text("The tax was reduced to 4.2 percent from 6.2 percent, a cut of 32 percent.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "percentage points" in (errors[0].hint or "")
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


def test_a_headline_change_is_checked_against_the_body_levels_it_names(tmp_path):
    wrong, right, other = (tmp_path / f"{n}.txt" for n in ("wrong", "right", "other"))
    body = "Riverton's flood damage claims climbed from 700 to {} on Monday, officials said.\n"
    wrong.write_text("Flood Damage Claims In Riverton Climb 50%\n\n" + body.format(900))
    right.write_text("Flood Damage Claims In Riverton Climb 30%\n\n" + body.format(910))
    other.write_text(
        "Flood Damage Claims In Riverton Climb 50%\n\n"
        "Riverton's insurers paid from 700 to 900 on Monday, officials said.\n"
    )
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison"] and "50" in errors[0].message
    assert check_texts([right]).findings == []
    assert [f for f in check_texts([other]).findings if f.severity != "info"] == []


def test_a_factor_between_two_figures_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("Alpha charged $40, three times the $10 charged by Beta.\n")
    right.write_text("Alpha charged $40, four times the $10 charged by Beta.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison-factor"]
    assert check_texts([right]).findings == []
    # "four times more than" has two readings (x4 or x5): linked, and checked against both
    assert _links("Alpha charged $40, four times more than the $10 charged by Beta.") == [
        ("change", ("4..5", "10", "40"))
    ]
    both = tmp_path / "both.txt"
    both.write_text("Alpha charged $50, four times more than the $10 charged by Beta.\n")
    assert [f for f in check_texts([both]).findings if f.severity != "info"] == []


def test_a_factor_of_the_figure_before_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(
        "About 9,000 fans came in May. That figure is six times bigger than the 900 of June.\n"
    )
    right.write_text(
        "About 9,000 fans came in May. That figure is nine times bigger than the 900 of June.\n"
    )
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison-factor"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # no opening pointing back: the factor is not read against the figure before
    loose = extract_text(
        "About 9,000 fans came in May. Sales were six times bigger than the 900 of June."
    )
    assert [r for r in loose.relations if r.type == "change"] == []


def test_a_share_between_its_part_and_its_whole_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(
        "The team earned $12 million, accounting for 40 percent of the region's total of $50 million.\n"
    )
    right.write_text(
        "The team earned $12 million, accounting for 24 percent of the region's total of $50 million.\n"
    )
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["share"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a share of a whole whose figure is in another unit is no link
    assert [t for t, _ in _links("It sold 300 cars, or 40% of the $2 million in sales.")] == []


def test_a_level_given_as_a_share_is_never_the_whole_of_a_later_share(tmp_path):
    # each count is a share of all the seats, which the text never gives
    text = tmp_path / "seats.txt"
    text.write_text(
        "How did the Greens do?\n-won 33% of the vote\n-300 MPs (46% of MPs)\n"
        "How did the Blues do?\n-23% of the vote\n-120 MPs (18% of MPs)\n"
    )
    assert [f for f in check_texts([text]).findings if f.severity != "info"] == []


def test_of_them_points_past_a_count_a_preposition_frames(tmp_path):
    # "of them" is of the 60 goals, not of the 20 games they were scored in; the 80 "in the
    # league overall" is a total of its own, not one more part
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text(
        "There were 60 in 20 games; the Reds scored 45 of them and 80 in the league overall.\n"
    )
    wrong.write_text("There were 60 in 20 games; the Reds scored 65 of them.\n")
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["part-whole"] and "60" in errors[0].message


def test_an_annual_rate_between_undated_levels_is_never_a_total_change(tmp_path):
    text = tmp_path / "rate.txt"
    text.write_text(
        "Sales will grow from 4 million units this year to 6 million units later, a 9% compound annual growth rate.\n"
    )
    assert [f for f in check_texts([text]).findings if f.severity != "info"] == []
    extraction = extract_text(text.read_text())
    assert [(r.type, r.stated) for r in extraction.relations] == [
        ("from_to", True),
        ("cagr", False),
    ]


def test_a_ratio_structure_that_changes_is_checked_for_its_sum(tmp_path):
    # the second ratio is read as the first structure at another time, whatever its sum
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(
        "The mix of the three sectors moved from 12.5:40.1:47.4 in 2020 to 11.2:41.0:37.8 in 2021.\n"
    )
    right.write_text(
        "The mix of the three sectors moved from 12.5:40.1:47.4 in 2020 to 11.2:41.0:47.8 in 2021.\n"
    )
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum-shares"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a ratio that is no structure (it does not add up, nothing ties it to one that does)
    assert _links("Mix sand, cement and gravel 3:1:2 by weight.") == []


def test_a_sentence_opening_on_the_parts_of_the_figure_before_links_them(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("The firm hired 800 staff in 2022. Of these, 900 were engineers.\n")
    right.write_text("The firm hired 800 staff in 2022. Among them, 300 were engineers.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["part-whole"]
    assert check_texts([right]).findings == []
    extraction = extract_text("The firm hired 800 staff in 2022. Of these, 300 were engineers.")
    assert [r.type for r in extraction.relations if r.stated] == ["part_of"]
    # no connector at the opening: the second figure is not read as a part of the first
    unlinked = extract_text("The firm hired 800 staff in 2022. Rivals hired 900 engineers.")
    assert [r for r in unlinked.relations if r.type == "part_of"] == []


def test_a_change_carried_by_so_into_the_next_sentence_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(
        "Bus fares rose by 20%. So if your yearly bill was $1,000 it goes to $1,500.\n"
    )
    right.write_text(
        "Bus fares rose by 20%. So if your yearly bill was $1,000 it goes to $1,200.\n"
    )
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "20" in errors[0].message and "1,500" in errors[0].message
    assert check_texts([right]).findings == []
    # "So far" is no connector, and "Rs." before a figure ends no sentence
    far = extract_text("Fares rose 20%. So far, a bill went from $1,000 to $1,500.")
    assert [r for r in far.relations if r.type == "change"] == []
    carried = extract_text("Fares rose 20%. That means a bill of Rs. 1,000 goes to Rs. 1,500.")
    assert [r.type for r in carried.relations] == ["change"]


def test_parts_that_exhaust_a_known_whole_are_its_sum(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "In 2030, output of the region was 500 billion yuan, up 5% year on year. Among them, the "
        "primary industry produced 50 billion yuan, the secondary industry {} billion yuan and the "
        "tertiary industry 250 billion yuan.\n"
    )
    wrong.write_text(body.format(150))
    right.write_text(body.format(200))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # two of the three industries: parts, but no sum
    partial = extract_text(
        "Output was 500 billion yuan. Among them, the primary industry produced 50 billion yuan "
        "and the secondary industry 200 billion yuan."
    )
    assert [r.type for r in partial.relations] == ["part_of", "part_of"]


def test_chinese_changes_are_read_with_their_sign_and_their_parts(tmp_path):
    ((reading, _),) = _readings("全年产量720万吨,比上年减少30万吨,下降4.0%。")
    assert reading.kinds == ["value", "change", "change"]
    extraction = extract_text("全年产量720万吨,比上年减少30万吨,下降4.0%。")
    assert [c.value for c in extraction.claims][1:] == ["-30 万 t", "-4.0 %"]
    # 增至 names the level reached, not the change
    ((reached, _),) = _readings("产量增至720万吨。")
    assert reached.kinds == ["value"]
    text = tmp_path / "parts.txt"
    text.write_text(
        "全年地区生产总值700亿元。其中,第一产业增加值80亿元,第二产业增加值250亿元,第三产业增加值270亿元。\n"
    )
    errors = [f for f in check_texts([text]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]


def test_a_change_against_the_base_named_after_it_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("Profit was $4.41 million in 2031, up 20% on the $4.02 million of 2030.\n")
    right.write_text("Profit was $4.41 million in 2031, up 10% on the $4.02 million of 2030.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "20" in errors[0].message
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a figure between the change and the second level: no base named
    assert ("from_to", ("4", "4.4")) not in _links(
        "Profit was $4.4 million, up 10% on 2030 thanks to 3 new shops and $4 million of sales."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 5.2 million thefts recorded in 2031, a {} per cent increase on the 4.6 million"
        " of 2030.",
        "Some 5.2 million thefts were logged in the 12 months to June – a {} per cent increase on"
        " the previous year's figure of 4.6 million.",
    ],
)
def test_a_change_after_a_participle_or_a_dash_is_checked_against_its_base(tmp_path, sentence):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(sentence.format(23) + "\n")
    right.write_text(sentence.format(13) + "\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "23" in errors[0].message
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


def test_an_increase_of_an_amount_between_two_levels_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("The county saw an increase of 27 from 14,949 to 14,966 burglaries.\n")
    right.write_text("The county saw an increase of 17 from 14,949 to 14,966 burglaries.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "27" in errors[0].message
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a loss is a level, not a change
    (loss,) = extract_text("The firm reported a loss of $5 million.").claims
    assert loss.kind == "value"


def test_the_three_industries_after_a_gdp_are_its_sum(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "In 2031 the gross domestic product of the county reached 80.5 billion yuan. The primary "
        "industry produced 8.1 billion yuan, the secondary industry {} billion yuan and the tertiary "
        "industry 42.2 billion yuan.\n"
    )
    wrong.write_text(body.format("35.2"))
    right.write_text(body.format("30.2"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a GDP per head is no total of the industries
    per_head = extract_text(
        "GDP per capita reached 80,500 yuan. The primary industry produced 8,100 yuan, the "
        "secondary industry 30,200 yuan and the tertiary industry 42,200 yuan."
    )
    assert [r for r in per_head.relations if r.type == "sum"] == []


def test_arithmetic_written_out_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("By my count 4,310 - 3,975 is 435, and 120% of 3,000 would be 3,900.\n")
    right.write_text("By my count 4,310 - 3,975 is 335, and 120% of 3,000 would be 3,600.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert sorted(f.rule for f in errors) == ["comparison-absolute", "share"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a range written with a dash is no subtraction
    assert _links("Prices of 4,310 - 3,975 yuan were seen.") == []


def test_a_ratio_after_the_three_industries_gives_their_shares(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "全年地区生产总值500.0亿元。其中,第一产业增加值50.0亿元,第二产业增加值200.0亿元,"
        "第三产业增加值250.0亿元。三次产业结构为{}。\n"
    )
    wrong.write_text(body.format("10.0:45.0:45.0"))
    right.write_text(body.format("10.0:40.0:50.0"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert {f.rule for f in errors} == {"share", "share-of-summed-whole"}
    assert all("45.0" in f.message for f in errors)
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a ratio with no partition before it is left alone
    alone = extract_text("三次产业结构为10.0:45.0:45.0。")
    assert [r for r in alone.relations if r.type == "share"] == []


def test_a_discount_is_a_fall_checked_against_its_prices(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("The coat now costs $42, a 40% discount on the usual $60.\n")
    right.write_text("The coat now costs $42, a 30% discount on the usual $60.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert len(errors) == 1 and "40" in errors[0].message
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


def test_rates_of_a_whole_and_of_its_part_are_not_parts():
    assert _links("Fewer than 2 in 10 adults, including fewer than 5 in 20 women, agree.") == []
    assert _links("About 30% of voters, including 45% of farmers, agree.") == []
    assert ("part", ("120", "300")) in _links("They hired 300 staff, including 120 engineers.")


def test_a_count_of_a_whole_restated_as_a_share_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("In all, 340 of the 1,700 members, or 30%, voted.\n")
    right.write_text("In all, 340 of the 1,700 members, or 20%, voted.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["share"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # two counts joined by "and" are no part and whole (the percentage is the share of the
    # bikes in a whole the sentence does not give: `share_part`, no link to the cars)
    links = _links("They sold 340 cars and 1,700 bikes (20%).")
    assert [t for t, _ in links] == ["share_part"]


def test_a_change_and_its_annual_rate_over_one_span_are_linked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = "From 2010 to 2020, output of the mills rose 90 percent, with average annual growth of {} percent.\n"
    wrong.write_text(body.format("9.6"))
    right.write_text(body.format("6.6"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["growth-vs-cagr"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    assert [r.type for r in extract_text(right.read_text()).relations] == ["cagr"]
    # no span named: nothing says the two cover the same years
    assert [
        t for t, _ in _links("Output rose 90 percent, and grew 6.6 percent a year on average.")
    ] == []


def test_a_percentage_above_the_figure_after_it_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("Alpha charged $40.50, 35% more than the $32.40 charged by Beta.\n")
    right.write_text("Alpha charged $40.50, 25% more than the $32.40 charged by Beta.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison"] and "35" in errors[0].message
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


def test_a_combined_total_of_listed_parts_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("A got $310, B $355 and C $320, for a combined $1,085.\n")
    right.write_text("A got $310, B $355 and C $320, for a combined $985.\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


def test_a_headline_is_the_first_line_standing_alone():
    from checker.extraction.context import headline_end

    long_headline = (
        "Widget Makers Across The Valley Will Sell Far More Widgets Between 2020 And 2025"
    )
    assert headline_end(long_headline + "\nThe makers said so on Monday.") == len(long_headline)
    assert headline_end("  Widget Sales Climb\nBody.") == len("  Widget Sales Climb")
    assert headline_end("Widget sales climbed on Monday.\nBody.") is None  # a full stop
    assert headline_end("Here is what the makers said:\nBody.") is None  # announces what follows
    assert headline_end("Widget sales climbed on Monday") is None  # no line after it
    assert headline_end(" ".join(["word"] * 21) + "\nBody.") is None  # too long for a headline


def test_a_headline_rate_is_checked_against_the_body_rate(tmp_path):
    headline = "Widget Sales Across The Valley Will Grow At A {} CAGR Between 2020 And 2025\n"
    body = "Widget sales are expected to rise quickly, a 3.7% compound annual growth rate.\n"
    wrong, right, two = (tmp_path / f"{n}.txt" for n in ("wrong", "right", "two"))
    wrong.write_text(headline.format("9%") + body)
    right.write_text(headline.format("4%") + body)
    two.write_text(
        headline.format("9%") + body + "Gadget sales show a 2.1% compound annual growth rate.\n"
    )
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["cagr-conflict"]
    assert "9 %" in errors[0].message and "3.7 %" in errors[0].message
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # two rates in the body: which one the headline restates is not said, so nothing is linked
    assert [f for f in check_texts([two]).findings if f.severity != "info"] == []


def test_a_headline_rate_takes_the_span_of_the_body_rate_between_levels(tmp_path):
    article = tmp_path / "wrong.txt"
    article.write_text(
        "Widget Sales Will Grow At A 9% CAGR\n\n"
        "Widget sales are expected to rise from 100 million units in 2020 to 120 million "
        "units in 2025, a 3.7% compound annual growth rate.\n"
    )
    errors = [f for f in check_texts([article]).findings if f.severity == "error"]
    assert {f.rule for f in errors} >= {"cagr"}
    assert all("9 %" in f.message for f in errors)


def test_a_headline_level_and_the_one_body_level_of_its_head_noun_are_linked(tmp_path):
    headline = "Flood Damage Claims In Riverton Climb To 900\n\n"
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(
        headline + "Insurers counted 700 flood damage claims on Monday, officials said.\n"
    )
    two.write_text(
        headline + "Insurers counted 700 flood damage claims on Monday and 200 storm claims.\n"
    )
    findings = check_texts([one]).findings
    # linked by the head noun alone: the drafter's reading, so a note, never an error
    assert [f for f in findings if f.severity != "info"] == []
    notes = [f for f in findings if f.rule == "conflict"]
    assert len(notes) == 1 and "900" in notes[0].message and "700" in notes[0].message
    assert "possible inconsistency" in notes[0].message
    # two body levels of the head noun: which one the headline restates is not said
    assert [f for f in check_texts([two]).findings if f.severity != "info"] == []


def test_a_headline_change_spans_the_one_body_pair_of_its_head_noun(tmp_path):
    headline = "Flood Damage Claims In Riverton Climb 50%\n\n"
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(headline + "Insurers said flood damage claims went from 700 to 900 on Monday.\n")
    two.write_text(
        headline + "Insurers said flood damage claims went from 700 to 900 on Monday. "
        "Storm claims went from 100 to 150 over the same days.\n"
    )
    findings = check_texts([one]).findings
    # linked by the head noun alone: the drafter's reading, so a note, never an error
    assert [f for f in findings if f.severity != "info"] == []
    notes = [f for f in findings if f.rule == "comparison"]
    assert len(notes) == 1 and "50" in notes[0].message
    assert "possible inconsistency" in notes[0].message
    # two pairs of the head noun: which one the headline's change spans is not said
    assert [f for f in check_texts([two]).findings if f.severity != "info"] == []


def test_a_breakdown_after_a_colon_is_the_sum_of_its_total(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = "The repairs cost the school $900 in all: $500 for the roof and ${} for the boiler.\n"
    wrong.write_text(body.format("600"))
    right.write_text(body.format("400"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    assert ("sum", ("900", "500", "400")) in _links(body.format("400"))
    # a series after a colon (dated apart, or compared) is no breakdown
    for series in (
        "Output hit 900 tonnes in 2021: 500 tonnes in 2019 and 400 tonnes in 2020.",
        "Sales were $900: $500, up from $400.",
        "The jobless rate was 5%: 6% for men and 4% for women.",
    ):
        assert [link for link in _links(series) if link[0] == "sum"] == []


def test_of_this_total_opens_the_parts_of_the_figure_before():
    text = (
        "The city spent 91.5 million dollars in 2020. Of this total, schools took 14.8 million "
        "dollars and roads 3.8 million dollars."
    )
    extraction = extract_text(text)
    parts = [r for r in extraction.relations if r.type == "part_of" and r.stated]
    assert len(parts) == 2


def test_of_two_ratios_after_a_partition_the_one_of_its_date_gives_the_shares():
    text = (
        "In 2014 the county's GDP was 200.0 million yuan, of which the primary industry was "
        "30.0 million yuan, the secondary industry 80.0 million yuan and the tertiary industry "
        "90.0 million yuan. Per capita GDP was 4,100 yuan. Investment rose 5.0%. The proportion "
        "of the three industries moved from 16.0:41.0:43.0 in 2013 to 15.0:40.0:45.0 in 2014."
    )
    shares = related_figures(text, "share")
    assert [s[0] for s in shares] == ["15.0", "40.0", "45.0"]


def test_parts_given_respectively_after_a_gdp_are_its_sum(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "The county's GDP reached 80.0 billion yuan, up 5.0 percent. The added value of the "
        "primary, secondary and tertiary industries was 8.0 billion yuan, 32.0 billion yuan and "
        "{} billion yuan, respectively, up 2.0 percent, 6.0 percent and 5.0 percent.\n"
    )
    wrong.write_text(body.format("45.0"))
    right.write_text(body.format("40.0"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # not given respectively: the list names the industries, not the figures in order
    loose = body.format("40.0").replace(", respectively,", ",")
    assert [r for r in extract_text(loose).relations if r.type == "sum"] == []


@pytest.mark.parametrize(
    "body",
    [
        "全市地区生产总值80.0亿元,增长5.0%。第三产业增加值{}亿元,增长6.0%,占地区生产总值的比重为50.0%。",
        "The city's GDP reached 80.0 billion yuan in all. The tertiary industry was {} billion "
        "yuan, accounting for 50.0% of the city's GDP.",
    ],
)
def test_a_share_of_the_gdp_named_before_is_checked(tmp_path, body):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(body.format("44.0") + "\n")
    right.write_text(body.format("40.0") + "\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["share"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a share of a GDP per head is no share of the GDP
    per_head = body.format("40.0").replace("GDP.", "GDP per capita.")
    per_head = per_head.replace("占地区生产总值", "占人均地区生产总值")
    assert all(
        r.mentions[1:] == (None,) for r in extract_text(per_head).relations if r.type == "share"
    )


def test_a_headline_figure_restated_with_its_digits_in_the_body_is_linked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "Harbour Freight Volume Climbs 4 Percent To 1,482.6 Million Tonnes\n\n"
        "Cargo handled at the port over the year came to {} tonnes, a port official said.\n"
    )
    wrong.write_text(body.format("1.4826"))
    right.write_text(body.format("1.48261 billion"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["conflict"]
    assert "billion" in " ".join(f.hint or "" for f in errors)
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # a figure of the body dated apart is another figure, not the headline's
    dated = "Port Volume Was 1,482.6 Million Tonnes In 2023\n\nIn 2022 it handled 1.4826 tonnes.\n"
    assert [r for r in extract_text(dated).relations if r.type == "restates"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Ticket sales rose ${amount}, or {pct}%, to $5.2 million in 2021 from a year earlier.",
        "Ticket sales were $5.2 million in 2021, up ${amount} or {pct}% from a year earlier.",
        "2021年末全县常住人口520万人,比上年增加{amount}人,增长{pct}%。",
    ],
)
def test_a_change_as_an_amount_and_a_percentage_is_checked_against_its_level(tmp_path, body):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(body.format(amount="200,000", pct="9") + "\n")
    right.write_text(body.format(amount="200,000", pct="4") + "\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["change-amount-and-percent"]
    assert [f for f in check_texts([right]).findings if f.severity not in ("info", "note")] == []


def test_a_change_with_its_level_alone_is_drafted_as_the_levels_but_not_a_stated_link():
    for text in (
        "Profits rose $3 million to $64.5 million.",
        "Profits were $64.5 million, about $3 million more than a year earlier.",
        "全市常住人口227.0万人,比上年增加1.6万人。",
    ):
        extraction = extract_text(text)
        level, change = sorted(extraction.claims, key=lambda c: c.kind != "value")
        assert change.kind == "change" and change.metric == level.metric
        assert extraction.relations == []  # no arithmetic to check: no stated link
    # two figures joined by "and" are not a level and its change
    both = extract_text("The gap between 3 percent and 3 percentage points is wide.")
    assert [r for r in both.relations if r.type == "change_of"] == []
    assert ("change_of", ("12", "480")) in _links("The count fell 12 to 480.")


@pytest.mark.parametrize(
    "body, wrong, right, rule",
    [
        ("全市利润90亿元,是上年30亿元的{}倍。", "4", "3", "comparison-factor"),
        ("About half of the 1,200 staff, or {}, were engineers.", "800", "600", "share"),
    ],
)
def test_a_multiple_and_a_share_restated_as_its_part_are_checked(
    tmp_path, body, wrong, right, rule
):
    bad, good = tmp_path / "wrong.txt", tmp_path / "right.txt"
    bad.write_text(body.format(wrong) + "\n")
    good.write_text(body.format(right) + "\n")
    errors = [f for f in check_texts([bad]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == [rule]
    assert [f for f in check_texts([good]).findings if f.severity != "info"] == []
    # a figure of another unit between them, or no "of the", and there is no link
    assert _links("About half of the staff, or 600, were engineers.") == []


def test_a_level_changed_by_its_verb_to_a_new_level_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = "Last season's gate of 120.5 million dollars rose by {} million dollars to reach 168.5 million dollars.\n"
    wrong.write_text(body.format("38"))
    right.write_text(body.format("48"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison-absolute"]  # between the two claims
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # another subject between the level and the verb: no link
    assert _links("Sales of $5 million and profits rose $1 million to $2 million.") == [
        ("change_of", ("1", "2"))
    ]


def test_two_undated_conversions_at_two_times_are_no_conflict_of_rates(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(
        "The old record of 95.4 billion yuan (14.1 billion dollars) was beaten and rose "
        "by 31.0 billion yuan to 126.4 billion yuan (19.3 billion dollars).\n"
    )
    assert [f for f in check_texts([text]).findings if f.severity == "error"] == []


@pytest.mark.parametrize(
    "body",
    [
        "从行业利润256.4亿元中扣除18.4亿元后为{}亿元。",
        "The bill of $256.40 less $18.40 leaves ${}.",
    ],
)
def test_a_remainder_written_out_is_checked_as_a_sum(tmp_path, body):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(body.format("248") + "\n")
    right.write_text(body.format("238") + "\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Industrial profits rose 2.8% to 8,312.7 billion yuan in the first four months. Profits "
        "in mining fell 11.4% to 1,406.3 billion yuan, manufacturing profits rose 4.9% to {} "
        "billion yuan and profits of the power and utilities sector grew 17.6% to 977.2 billion "
        "yuan.",
        "1—4月份,全省工业企业利润总额83127亿元。1—4月份,采矿业利润总额14063亿元;"
        "制造业利润总额{}亿元;电力、热力供应业利润总额9772亿元。",
    ],
)
def test_the_three_sections_of_industry_after_its_total_are_its_sum(tmp_path, body):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(body.format("5,629.3" if "Profits" in body else "56292") + "\n")
    right.write_text(body.format("5,929.3" if "Profits" in body else "59292") + "\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # two sections only: no partition
    partial = body.format("5,929.3").split(" and profits of the power")[0]
    partial = partial.split(";电力")[0] + "。" if "制造业" in partial else partial + "."
    assert [r for r in extract_text(partial).relations if r.type == "sum"] == []


def test_the_shares_of_the_three_sectors_in_any_order_add_up_to_the_whole(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "In 1960, farming took about 44 percent of the national economy, followed by "
        "services with about 31 percent and industry at {} percent.\n"
    )
    wrong.write_text(body.format("35"))
    right.write_text(body.format("25"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum-shares"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # rates of the sectors (no share among them) are no parts of one whole
    rates = (
        "Jobless rates were 5 percent in farming, 4 percent in industry and 3 percent in services."
    )
    assert [link for link in _links(rates) if link[0] == "structure"] == []


def test_the_answers_of_a_poll_with_a_catch_all_add_up_to_100(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = "Readers were asked:\n\nWill you switch your energy supplier this winter?\nYes, soon {}%\nNo 52%\nDon't know 14%\n"
    wrong.write_text(body.format("44"))
    right.write_text(body.format("34"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["sum-shares"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # no catch-all: a question whose answers may overlap ("tick all that apply")
    ticked = body.format("44").replace("Don't know", "Maybe later")
    assert [r for r in extract_text(ticked).relations if r.type == "shares_sum_100"] == []


@pytest.mark.parametrize(
    "body, bad, good, rule",
    [
        (
            "Total spending was $10m, with $6m on roads and the rest, ${}m, on schools.",
            "7",
            "4",
            "sum",
        ),
        (
            "全年接待游客1000万人次,其中国内游客900万人次,其余{}万人次为境外游客。",
            "300",
            "100",
            "sum",
        ),
        ("The firms employ 3,000 people: 1,800 at Alpha and {} at Beta.", "1,500", "1,200", "sum"),
        ("Of the 500 respondents, 320 said yes and {} said no.", "620", "180", "part-whole"),
        (
            "The 1,200 jobs include 800 in manufacturing and {} in services.",
            "1,600",
            "400",
            "part-whole",
        ),
    ],
)
def test_a_whole_and_its_parts_in_other_words_are_checked(tmp_path, body, bad, good, rule):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text(body.format(bad) + "\n")
    right.write_text(body.format(good) + "\n")
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == [rule]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []


def test_with_alone_and_a_time_back_are_no_parts_and_no_rate():
    assert _links("Revenue was $10m, with profits of $2m.") == []
    assert ("from_to", ("5.8", "6.3")) in _links(
        "Spending rose to $6.3bn from $5.8bn a year earlier, a rise of 9%."
    )


def test_a_first_sentence_with_its_full_stop_is_no_headline():
    text = (
        "Harbour freight rose by 4 percent to 1,482.6 million tonnes in 2023, the port said.\n\n"
        "In December, volume fell to 1.4826 tonnes in bad weather.\n"
    )
    assert [r for r in extract_text(text).relations if r.type == "restates"] == []


def test_a_change_from_a_base_named_again_in_its_words_is_checked(tmp_path):
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    body = (
        "Orders passed last season's total of $4.2 million by noon.\n\n"
        "Dealers expect the year to close at $5.04 million, growth of {}% from last season's "
        "total, a trade group said.\n"
    )
    wrong.write_text(body.format("40"))
    right.write_text(body.format("20"))
    errors = [f for f in check_texts([wrong]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["comparison"]
    assert [f for f in check_texts([right]).findings if f.severity != "info"] == []
    # named in other words: no base
    other = body.format("20").replace("from last season's total", "from the spring figure")
    assert [r for r in extract_text(other).relations if r.type == "change"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The council cut the $500 fee by 10 percent, to just $400.",
            ("change", ("10", "500", "400")),
        ),
        (
            "The council cut the $500 fee by 10 percent, to about $450.",
            ("change", ("10", "500", "450")),
        ),
        (
            "Some 340 out of 1,700 members (only 20%) voted.",
            ("share", ("20", "340", "1,700")),
        ),
        (
            "Alpha made $310 and Beta $355, a total of exactly $665.",
            ("sum", ("665", "310", "355")),
        ),
    ],
)
def test_a_restrictive_or_qualifying_word_before_the_figure_keeps_the_link(text, expected):
    """Qualifiers ("about") are read into the figure; restrictive words ("just", "only",
    "exactly") stand between the pattern and the figure (lexicon.BEFORE_FIGURE)."""
    assert expected in _links(text)


def test_a_level_up_from_another_pairs_them_earlier_first():
    # "X, up from Y": Y is the level before, whatever the order the sentence names them in
    text = "The average fare in Tartu stood at €412 in May, up from €398 in April."
    assert related_figures(text, "from_to") == [("€398", "€412")]


def test_a_change_on_a_year_earlier_is_not_the_change_between_two_months():
    text = (
        "Tartu ferry fares rose 9.7% in May compared with a year earlier, the office said.\n"
        "The average Tartu ferry fare stood at €412 in May, up from €398 in April."
    )
    assert not [c for c in extract_text(text).claims if c.value == "+9.7 %" and c.start_claim]
    # the same change with no year-on-year words is the month's, as before (a note at most)
    text = text.replace(" compared with a year earlier", "")
    assert [c for c in extract_text(text).claims if c.value == "+9.7 %" and c.start_claim]


def test_each_clause_keeps_its_own_change_and_pair(tmp_path):
    # two clauses of one sentence, each a change and the pair of levels it moved between
    text = (
        "Harbour revenue rose 21.5% on an annual basis to 2.43 billion euros from 2 billion "
        "euros, and operating costs grew 14.8% to 1.71 billion euros from 1.49 billion euros."
    )
    assert related_figures(text, "change") == [
        ("21.5%", "2 billion euros", "2.43 billion euros"),
        ("14.8%", "1.49 billion euros", "1.71 billion euros"),
    ]
    assert not text_errors(tmp_path, text)
    wrong = text.replace("14.8%", "18.4%")
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["comparison"]


def test_an_amount_per_share_is_no_level_of_a_total(tmp_path):
    text = (
        "Net income rose to $2.6 billion, or 71 cents per share, up from $1.9 billion, or 52 "
        "cents per share, a year earlier."
    )
    for relation in ("from_to", "change", "converts"):
        for figures in related_figures(text, relation):
            per_share = {f for f in figures if "cents" in f}
            assert not per_share or per_share == set(figures), (relation, figures)
    assert not text_errors(tmp_path, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "In the latest poll, Lund has a two-point advantage over Berg, 49% to 47%.",
        "Lund leads Berg by 48 percent to 40 percent among likely voters, an 8-point lead.",
        "The survey gives Lund a 6-point edge, 44% vs. 38%, over the mayor.",
    ],
)
def test_a_lead_in_points_is_the_gap_between_the_two_shares_of_its_score(tmp_path, sentence):
    (link,) = related_figures(sentence, "change")
    assert len(link) == 3 and link[1].endswith(("%", "percent"))
    assert not text_errors(tmp_path, sentence)
    wrong = sentence.replace("two-point", "five-point").replace("8-point", "12-point")
    wrong = wrong.replace("6-point", "9-point")
    assert text_errors(tmp_path, wrong)


def test_a_move_from_one_share_to_another_is_no_score():
    text = "Support for the plan in the survey rose from 41% to 44%, a 3-point gain."
    assert related_figures(text, "change") == [("3", "41%", "44%")]
    assert related_figures(text, "from_to") == [("41%", "44%")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank raised its rate by 25 basis points, to a range of 3.5% to 3.75% from 3.25% to "
        "3.5% before.",
        "The bank lifted its target range by a quarter point to between 3.5% and 3.75%.",
    ],
)
def test_the_ends_of_a_range_are_no_move_between_two_levels(tmp_path, sentence):
    assert not related_figures(sentence, "from_to")
    assert not text_errors(tmp_path, sentence)


def test_a_move_from_one_level_to_another_is_still_a_pair():
    text = "The bank raised its rate by 25 basis points, from 3.5% to 3.75%."
    assert related_figures(text, "from_to") == [("3.5%", "3.75%")]


def test_a_trade_balance_is_no_sum_of_exports_and_imports(tmp_path):
    text = (
        "The trade balance of Ruritania grew 12 percent to $40.3 billion in the first quarter, "
        "the customs office said. The value of exports rose 2.1 percent to $512.6 billion, "
        "while that of imports fell 1.4 percent to $472.3 billion."
    )
    assert not related_figures(text, "sum")
    assert not text_errors(tmp_path, text)


def test_a_change_after_a_pair_and_a_conjunction_is_another_clauses(tmp_path):
    text = (
        "Police recorded a fall in burglaries of 7 per cent (from 822,000 offences in 2021 to "
        "763,000 offences in 2022) and a fall in car thefts by 2 per cent."
    )
    assert not [f for f in related_figures(text, "change") if f[0] == "2 per cent"]
    assert not text_errors(tmp_path, text)
    # restated after its pair with no conjunction, a change is the pair's
    restated = "Offences fell from 822,000 in 2021 to 763,000 in 2022, a fall of 9 per cent."
    assert related_figures(restated, "change") == [("9 per cent", "822,000", "763,000")]
    assert text_errors(tmp_path, restated)


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 Ruritania's imports were $1,626 million, down 17%; its exports were $634 "
        "million, down 17.7%.",
        "2023年1-6月,芯片进口总额为1,626亿美元,同比下降17%;出口总额634亿美元,同比下降17.7%,"
        "贸易逆差992亿美元。",
    ],
)
def test_a_change_after_a_semicolon_is_of_its_own_clauses_level(tmp_path, text):
    changes = [c for c in extract_text(text).claims if c.kind == "change" and "%" in c.value]
    assert len({c.metric for c in changes}) == 2
    assert not text_errors(tmp_path, text)


def test_a_with_clause_naming_another_subject_keeps_its_own_move(tmp_path):
    text = (
        "Energy prices fell 4.3 percent in May compared with April, with diesel falling from "
        "$4.10 a gallon to $3.95."
    )
    assert not [f for f in related_figures(text, "change") if f[0] == "4.3 percent"]
    assert not text_errors(tmp_path, text)


def test_a_change_beside_its_own_base_is_not_a_later_pairs(tmp_path):
    text = (
        "That total is a 34.9 percent increase over the 35.2 million units the firm sold a year "
        "earlier, good enough for a market share increase from 11.7 percent to 14.1 percent."
    )
    assert not [f for f in related_figures(text, "change") if f[0] == "34.9 percent"]
    assert not text_errors(tmp_path, text)


# A verb of direction and the pair of levels it moved between, with no figure for the size of
# the move: the right way round (clean), then with the earlier level on the wrong side of the
# later one (an error that names the changed figure and the way the text gives).
@pytest.mark.parametrize(
    "text, right, wrong, way",
    [
        ("Ferry passengers rose to 3.4 million from 3.1 million.", "3.1", "3.7", "a rise"),
        (
            "The budget gap narrowed to $14.5 billion in March from $16.2 billion in February.",
            "16.2",
            "12.8",
            "a fall",
        ),
        ("The forecast for next year was revised down to 1.3% from 1.6%.", "1.6", "1.1", "a fall"),
        ("Rents fell from $1,450 a month to $1,380.", "1,380", "1,520", "a fall"),
        (
            "Of the 9,800 candidates, 61.5% passed in both maths and science, up from 58.9% a "
            "year before.",
            "58.9",
            "63.2",
            "a rise",
        ),
        (
            "At the end of June, 47,600 households were behind on their bills, down from 52,300.",
            "52,300",
            "45,300",
            "a fall",
        ),
        (
            "Retail sales grew 1.4% in March, revised up from a first estimate of 1.1%.",
            "1.1",
            "1.6",
            "a rise",
        ),
        (
            "Payrolls rose by 187,000 in July, revised up from 150,000.",
            "150,000",
            "210,000",
            "a rise",
        ),
        ("全市常住人口由2150万人增加到2186万人。", "2150", "2250", "a rise"),
        ("大豆产量从1920万吨下降至1850万吨。", "1920", "1820", "a fall"),
    ],
)
def test_a_verb_of_direction_is_checked_against_the_order_of_its_levels(
    tmp_path, text, right, wrong, way
):
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace(right, wrong, 1))
    assert len(errors) == 1, [e.message for e in errors]
    assert f"states {way} (" in errors[0].message
    assert wrong in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        # levels written negative: the way of their sizes is not the way of the figures
        "The fund's balance rose to -$2.1 million from -$3.4 million.",
        # a word gives a level the sign its figure does not show
        "The current account fell to $2 billion in deficit from $3 billion in surplus.",
        # the word before "to" is what the verb acts on, not the verb
        "Higher interest rates are slowing growth to 2.2% from 1.9%.",
        # a word whose way depends on what it is said of
        "The jobless rate improved to 4.6% from 4.4%.",
        # a fall revised up is a smaller fall: up as a signed figure, down as the sizes
        "Output fell 0.3% in May, revised up from 0.5%.",
    ],
)
def test_no_way_is_drafted_where_the_words_do_not_say_it_of_the_figures(tmp_path, text):
    drafted = [c for c in extract_text(text).claims if c.kind == "change"]
    assert not [c for c in drafted if c.value.endswith(("0 %", "0 pp"))]
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]


def test_a_move_sized_by_a_figure_gets_no_second_change_of_its_way_alone():
    text = "Membership rose 10% to 3.4 million from 3.1 million."
    assert [c.value for c in extract_text(text).claims if c.kind == "change"] == ["+10 %"]


# A level with its change as an amount and as a percentage and no year the text gives: both
# changes name the level they led to, which checks them against each other with no period.
@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("Reported burglaries fell by 340 to 4,120, a decrease of 7.6%.", "7.6%", "17.6%"),
        (
            "The college enrolled 12,450 students this year, 380 more than last year, a rise of "
            "3.2%.",
            "3.2%",
            "2.3%",
        ),
        ("全省粮食总产量3580万吨，比上年增加86万吨，增产2.5%。", "2.5%", "5.2%"),
        ("全市户籍人口95.3万人，比上年减少4200人，下降0.4%。", "0.4%", "4.0%"),
        # growth below zero is a fall (负增长)
        ("全市上划省级收入8.09亿元，比上年减少766万元，负增长0.94%。", "0.94%", "1.94%"),
        # Hong Kong's verbs of change: 跌, 升, and their sizes 跌幅, 升幅
        ("本港上月零售貨值為300億元，按年跌9億元，跌幅為2.9%。", "2.9%", "3.9%"),
        ("本港上月零售貨值為300億元，比上年同期升9億元，升幅為3.1%。", "3.1%", "4.1%"),
        # Taiwan's growth, and growth below zero (成長, 負成長)
        ("去年全台營收2100億元，比前年成長100億元，成長5.0%。", "5.0%", "6.0%"),
        ("去年全台營收2058億元，比前年減少42億元，負成長2.0%。", "2.0%", "3.0%"),
    ],
)
def test_an_undated_change_as_amount_and_percent_is_checked_by_its_level(
    tmp_path, text, right, wrong
):
    drafted = [c for c in extract_text(text).claims if c.kind == "change"]
    assert len(drafted) == 2 and all(c.end_claim is not None for c in drafted)
    assert not any(c.period or c.start or c.basis or c.start_claim for c in drafted)
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace(right, wrong))
    assert [f.rule for f in errors] == ["change-amount-and-percent-to-level"]
    assert wrong.rstrip("%") in errors[0].message


# two forecasts revised in one sentence, each with its change in points after it, a length of
# time between the first pair and its change
TWO_REVISIONS = (
    "今年出口增速預測由3.10%上修至4.20%、創下10年新高，較上次預測上修1.10個百分點，"
    "明年出口增速則由2.00%上修至2.50%、上修0.50個百分點。"
)


def test_each_of_two_pairs_takes_its_own_change(tmp_path):
    assert related_figures(TWO_REVISIONS, "change") == [
        ("1.10個百分點", "3.10%", "4.20%"),
        ("0.50個百分點", "2.00%", "2.50%"),
    ]
    assert text_errors(tmp_path, TWO_REVISIONS) == []
    wrong = text_errors(tmp_path, TWO_REVISIONS.replace("1.10個", "1.30個"))
    assert [f.rule for f in wrong] == ["comparison-points"]


def test_a_price_per_litre_is_no_rise():
    text = "今年3月，本市汽油每升7.5元，柴油每升6.8元。"
    assert [c.kind for c in extract_text(text).claims] == ["value", "value"]


@pytest.mark.parametrize(
    "text, change",
    [
        ("今年經濟成長率預測值為2.55%，較上次預測下修0.57個百分點。", "-0.57 pp"),
        ("明年出口值預估為6000億美元，下修120億美元。", "-120 亿 USD"),
        ("明年出口值預估為6000億美元，上修120億美元。", "+120 亿 USD"),
    ],
)
def test_a_forecast_revised_up_or_down_is_a_change_of_that_way(text, change):
    assert [c.value for c in extract_text(text).claims if c.kind == "change"] == [change]


def test_a_percentage_more_than_a_base_after_a_time_phrase_is_their_comparison(tmp_path):
    text = "The county approved spending of $840 million for next year, 5% more than this year's $800 million."
    assert related_figures(text, "change") == [("5%", "$800 million", "$840 million")]
    assert not text_errors(tmp_path, text)
    assert [f.rule for f in text_errors(tmp_path, text.replace("5%", "3%"))] == ["comparison"]


@pytest.mark.parametrize(
    ("text", "right", "wrong", "figures"),
    [
        # a year between the figure and the percentage
        (
            "The ferry carried 41,000 cars in 2024, 9% fewer than the 45,000 it carried in 2023.",
            "9%",
            "19%",
            ("9%", "45,000", "41,000"),
        ),
        # whose figure it is, then what of it is named: "last year's yield of"
        (
            "Oat growers now expect about 3.1 tonnes per hectare, 18 per cent lower than "
            "last year's unusually good yield of 3.8 tonnes per hectare.",
            "18 per cent",
            "28 per cent",
            ("18 per cent", "3.8 tonnes per hectare", "about 3.1 tonnes per hectare"),
        ),
    ],
)
def test_a_percentage_below_a_named_figure_of_another_time_is_their_comparison(
    tmp_path, text, right, wrong, figures
):
    assert related_figures(text, "change") == [figures]
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace(right, wrong))
    assert [f.rule for f in errors] == ["comparison"]
    assert wrong.split()[0].rstrip("%") in errors[0].message


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "The aquarium had 2,450 visitors (2,100 in 2022), an increase of 16.7%.",
            "16.7%",
            "12.7%",
        ),
        ("Income from lotteries was £5.4m (2023: £4.9m), up 10%.", "10%", "15%"),
        (
            "There were 812 million tram journeys (745 million 2022/23), an increase of 9.0%.",
            "9.0%",
            "6.0%",
        ),
        ("The aquarium had 2,450 visitors (2,100 visitors last year), up 16.7%.", "16.7%", "12.7%"),
    ],
)
def test_a_level_with_its_earlier_figure_in_brackets_then_the_change_is_checked(
    tmp_path, text, right, wrong
):
    assert len(related_figures(text, "change")) == 1
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace(right, wrong))
    assert len(errors) == 1 and wrong.rstrip("%") in errors[0].message


def test_a_bracketed_figure_naming_no_earlier_period_or_another_thing_is_no_base():
    assert (
        related_figures("The aquarium had 2,450 visitors (2,100 adults), up 16.7%.", "change") == []
    )
    assert related_figures("Alpha sold 2,450 cars (Beta 2,100 in 2022), up 16.7%.", "change") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Grants were $2.98 million in 2008, compared with $3.6 million in 2011, an increase "
            "of 21 percent.",
            "21 percent",
            "31 percent",
        ),
        ("Kayak rentals were 410 in 2019, compared with 520 in 2023, a rise of 27%.", "27%", "37%"),
    ],
)
def test_dated_levels_compared_earlier_first_give_the_change_from_the_earlier(
    tmp_path, text, right, wrong
):
    """ "X in 2008, compared with Y in 2011": the later year is the one "compared with" names,
    so the change runs from X."""
    (earlier, later), (_, base, level) = (
        related_figures(text, "from_to")[0],
        related_figures(text, "change")[0],
    )
    assert (base, level) == (earlier, later) and text.index(earlier) < text.index(later)
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace(right, wrong))
    assert len(errors) == 1 and wrong.split()[0].rstrip("%") in errors[0].message


# "of the total" pointing back at the level the sentence before is about: its only level, or
# the later of the two it compares; the part said to make up a share of it ("accounts for").
@pytest.mark.parametrize(
    "text, right, wrong",
    [
        (
            "The county approved spending of $840 million for next year, 5% more than this "
            "year's $800 million. Roads account for $210 million, or a quarter of the total.",
            "$210 million",
            "$310 million",
        ),
        (
            "The port handled 24 million tonnes of cargo last year. Containers accounted for 9.6 "
            "million tonnes, or 40% of the total.",
            "40%",
            "45%",
        ),
    ],
)
def test_a_share_of_the_total_of_the_sentence_before_is_checked(tmp_path, text, right, wrong):
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace(right, wrong))
    assert [f.rule for f in errors] == ["share"]
    assert wrong.strip("$%").split()[0] in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        # both levels of the pair are total revenue at no stated time: a share of it would be
        # checked against both, the earlier too, so the share is left unlinked
        "Total revenue was $1.2 billion, up from $1.1 billion. Advertising made up $480 "
        "million, or 40% of the total.",
        # two things compared: "the total" may be their sum
        "Europe's sales were $90 million, 50% more than Asia's $60 million. Online orders "
        "accounted for $50 million, or a third of the total.",
    ],
)
def test_a_share_of_the_total_after_two_levels_that_may_not_be_it_is_unlinked(tmp_path, text):
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]


def test_a_pair_apart_by_a_long_phrase_of_time_is_still_a_pair(tmp_path):
    text = (
        "Operating profit rose 12% to €1.12 billion in the first nine months of the year, from "
        "€1.00 billion a year earlier."
    )
    assert related_figures(text, "change") == [("12%", "€1.00 billion", "€1.12 billion")]
    assert not text_errors(tmp_path, text)
    assert text_errors(tmp_path, text.replace("12%", "21%"))


def test_a_headline_change_against_a_body_pair_of_a_longer_name_is_a_note(tmp_path):
    text = (
        "Corvid Bank profit jumps 21% on fees\n\n"
        "Corvid Bank said operating profit rose 12% to €1.12 billion in the first nine months "
        "of the year, from €1.00 billion a year earlier.\n"
    )
    findings = text_findings(tmp_path, text)
    assert not [f for f in findings if f.severity != "info"]
    assert any("possible inconsistency" in f.message and "21 %" in f.message for f in findings)


def test_a_share_of_a_whole_named_with_its_province_finds_the_level_named_so(tmp_path):
    # 出生人口 and 死亡人口 are 人口 too: 全省人口 is the level whose clause writes 全省人口
    text = (
        "年末全省人口5120万人，比上年末减少8万人。全年出生人口38万人；死亡人口46万人。"
        "城镇常住人口3380万人，占全省人口比重为66.0%。"
    )
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    errors = text_errors(tmp_path, text.replace("66.0%", "60.6%"))
    assert [f.rule for f in errors] == ["share"] and "60.6" in errors[0].message


def test_a_percentage_of_another_clause_is_no_form_of_the_levels_change(tmp_path):
    # the 12% is the donations' rise, not the families' (400 on 2,700 is 14.8%)
    text = "The charity helped 3,100 families, 400 more than last year, while donations rose 12%."
    assert not [f for f in text_findings(tmp_path, text) if f.severity != "info"]
    assert text_errors(tmp_path, text.replace("while donations rose", "an increase of"))


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Care workers in Northvale earn £16.40 an hour, against £13.90 in Southmere, about 28%"
            " more.",
            "Care workers in Northvale earn £16.40 an hour, against £13.90 in Southmere, about 18%"
            " more.",
        ),
        (
            "Diesel sold for $4.10 a gallon last week, compared with $3.60 a year earlier, a rise"
            " of 19%.",
            "Diesel sold for $4.10 a gallon last week, compared with $3.60 a year earlier, a rise"
            " of 14%.",
        ),
        (
            "Nurses in the capital were paid $1,380 a week on average in March, compared with"
            " $1,150 in the rural districts, some 28% more.",
            "Nurses in the capital were paid $1,380 a week on average in March, compared with"
            " $1,150 in the rural districts, some 20% more.",
        ),
    ],
)
def test_a_base_compared_with_takes_the_rate_of_its_level(tmp_path, wrong, right):
    # "$4.10 a gallon, compared with $3.60": the base is per gallon too, written once
    assert [f.severity for f in text_errors(tmp_path, wrong)] == ["error"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The insurer will shed 1,200 posts, roughly 18% of its staff of 15,000, over two years.",
            "The insurer will shed 1,200 posts, roughly 8% of its staff of 15,000, over two years.",
        ),
        (
            "Output fell by 30,000 tonnes, about 12% of the 500,000 tonnes produced a year earlier.",
            "Output fell by 30,000 tonnes, about 6% of the 500,000 tonnes produced a year earlier.",
        ),
        (
            "The port will scrap 14 cranes within three years, nearly 30% of its 70 cranes.",
            "The port will scrap 14 cranes within three years, nearly 20% of its 70 cranes.",
        ),
    ],
)
def test_a_cut_said_to_be_a_share_of_a_whole_is_that_share(tmp_path, wrong, right):
    # "cut 1,200 posts, 8% of its staff of 15,000": the size of the cut is the part
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["share"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # the amount is of the level's rate, written once
        (
            "Rents climbed 4.5% to $1,880 a month, an increase of $181.",
            "Rents climbed 4.5% to $1,880 a month, an increase of $81.",
        ),
        # "That is" the change of the sentence before, in its other form
        (
            "Rents climbed 4.5% to $1,880 a month. That is an increase of $181.",
            "Rents climbed 4.5% to $1,880 a month. That is an increase of $81.",
        ),
        (
            "The toll will rise by £0.40 to £6.20. That is an increase of 12%.",
            "The toll will rise by £0.40 to £6.20. That is an increase of 7%.",
        ),
        # the amount before the level, the level's rate written once after it
        (
            "Rents rose by $40 to $1,240 a month, a rise of 5.3%.",
            "Rents rose by $40 to $1,240 a month, a rise of 3.3%.",
        ),
        (
            "The licence fee will rise by £6.50 to £174.50 a year. This is an increase of 4.9%.",
            "The licence fee will rise by £6.50 to £174.50 a year. This is an increase of 3.9%.",
        ),
        # both forms after "That is"
        (
            "The levy was set at $8.3 million. That's an increase of $245,000, or 8.0%.",
            "The levy was set at $8.3 million. That's an increase of $245,000, or 3.0%.",
        ),
    ],
)
def test_a_change_in_its_other_form_is_checked_through_the_level(tmp_path, wrong, right):
    errors = text_errors(tmp_path, wrong)
    assert [f.rule for f in errors] == ["change-amount-and-percent-to-level"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


def test_that_is_a_change_on_another_base_is_no_other_form(tmp_path):
    # the $900 is on 2019, not the 6% of the year before
    text = "Fees rose 6% to $4,200 in 2024. That is an increase of $900 on 2019."
    assert [f for f in text_findings(tmp_path, text) if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # both terms in the sentence before
        (
            "全年出口额152亿美元，进口额118亿美元。贸易顺差44亿美元。",
            "全年出口额152亿美元，进口额118亿美元。贸易顺差34亿美元。",
        ),
        # one term before, the other beside the difference
        (
            "Exports were $4.20 billion in May. Imports rose to $3.10 billion, giving a trade"
            " surplus of $2.10 billion.",
            "Exports were $4.20 billion in May. Imports rose to $3.10 billion, giving a trade"
            " surplus of $1.10 billion.",
        ),
        (
            "Births fell to 8,240 last year, while deaths rose to 7,910. Natural increase was 430.",
            "Births fell to 8,240 last year, while deaths rose to 7,910. Natural increase was 330.",
        ),
    ],
)
def test_a_difference_after_the_sentence_of_its_terms_is_their_gap(tmp_path, wrong, right):
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["comparison-absolute"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


@pytest.mark.parametrize(
    "text",
    [
        # exports to one region less all imports: maybe not the trade balance the text means
        "Exports to Asia were worth $4.20 billion in May, and imports $3.10 billion. The trade"
        " surplus was $2.10 billion.",
        # the balance with one partner, or of another month: no gap of the two before
        "全年出口额152亿美元，进口额118亿美元。其中，对东盟贸易顺差12亿美元。",
        "Exports rose to $4.2 billion in May, and imports were $3.1 billion. In June the trade"
        " surplus was $0.7 billion.",
    ],
)
def test_a_difference_narrower_than_its_terms_is_no_error(tmp_path, text):
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The Hawks are 2 points clear at the top with 61 points, ahead of the Lions on 57.",
            "The Hawks are 4 points clear at the top with 61 points, ahead of the Lions on 57.",
        ),
        (
            "The Rovers are 5 points behind with 52 points, trailing the Wanderers on 55.",
            "The Rovers are 3 points behind with 52 points, trailing the Wanderers on 55.",
        ),
        (
            "Labour lead by 3 seats on 44, ahead of the Greens with 39.",
            "Labour lead by 5 seats on 44, ahead of the Greens with 39.",
        ),
        (
            "Mr Ruiz had a lead of 3,000 votes, with 52,300 votes to 48,300.",
            "Mr Ruiz had a lead of 4,000 votes, with 52,300 votes to 48,300.",
        ),
    ],
)
def test_a_lead_named_before_two_tallies_is_their_gap(tmp_path, wrong, right):
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["comparison-absolute"]
    assert [f for f in text_findings(tmp_path, right) if f.severity != "info"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks are 2 points clear with 61 points, ahead of the Lions on 59 and the Owls on 55.",
        # the lead is over the zone it names, not over the rival named after it
        "The team are 5 points clear of the relegation zone with 30 points, ahead of Rovers on 28.",
    ],
)
def test_a_lead_over_another_than_the_tallies_is_no_gap_of_them(tmp_path, text):
    assert text_errors(tmp_path, text) == []


def test_a_sentence_opening_on_an_adjusting_word_keeps_the_company_named_before():
    text = (
        "Pellmont Brands said diluted earnings per share were $0.92 in the quarter. Adjusted "
        "diluted earnings per share were $1.13. Underlying operating profit rose to $84 million."
    )
    extraction = extract_text(text)
    assert {c.entity for c in extraction.claims} == {"Pellmont Brands"}


def test_an_amount_more_or_fewer_things_than_a_year_before_is_a_change():
    text = (
        "The Ashby depot handled 41,300 more parcels than a year earlier. Clinics in Dunmore "
        "saw 2,150 fewer walk-in patients than in the previous year. The mill employs 800 more "
        "people than the firm's other site."
    )
    extraction = extract_text(text)
    claims = {c.value: c.kind for c in extraction.claims}
    assert claims["+41,300"] == "change"
    assert claims["-2,150"] == "change"
    assert claims["800"] == "value"  # compared with another site, not an earlier time


def test_a_quarter_change_and_its_annual_rate_in_one_sentence_are_one_growth(tmp_path):
    text = (
        "Real GDP in Velmora grew 0.6 per cent in the third quarter, or 2.4 per cent at an "
        "annualized rate. Factory output rose 0.9% in the quarter (3.6% annualized). Exports "
        "grew 1.1% in the second quarter, an annualized 4.5%."
    )
    assert related_figures(text, "cagr") == [
        ("2.4 per cent", "0.6 per cent"),
        ("3.6%", "0.9%"),
        ("4.5%", "1.1%"),
    ]
    assert text_errors(tmp_path, text) == []
    wrong = text.replace("0.6 per cent", "0.9 per cent")
    errors = text_errors(tmp_path, wrong)
    assert [f.rule for f in errors] == ["growth-vs-cagr"]


def test_a_rate_on_a_year_earlier_or_with_no_annual_words_is_no_annual_rate():
    for text in (
        "Sales in Velmora rose 0.6% in the third quarter, or 2.4% from a year earlier.",
        "Sales in Velmora rose 0.6% in the third quarter, or 2.4% in the year to date.",
        "Sales in Velmora rose 0.6% in March, or 2.4% at an annualized rate.",
        "Sales in Velmora rose 2.4% in the third quarter from a year earlier, or 9.9% annualized.",
    ):
        assert related_figures(text, "cagr") == [], text


def test_the_change_of_a_named_difference_is_the_gap_between_the_other_two_changes(tmp_path):
    text = (
        "全年全县人口出生率9.84‰,比上年下降0.61个千分点;人口死亡率6.27‰,比上年上升0.14个"
        "千分点;人口自然增长率3.57‰,比上年下降{gap}个千分点。"
    )
    assert related_figures(text.format(gap="0.75"), "change") == [
        ("3.57‰", "6.27‰", "9.84‰"),
        ("0.75个千分点", "0.14个千分点", "0.61个千分点"),
    ]
    assert text_errors(tmp_path, text.format(gap="0.75")) == []
    assert [f.rule for f in text_errors(tmp_path, text.format(gap="0.47"))] == ["comparison-points"]


def test_percentage_changes_of_a_named_difference_are_not_subtracted():
    text = (
        "全年全县人口出生率9.84‰,比上年下降5.8%;人口死亡率6.27‰,比上年上升2.3%;人口自然增长率"
        "3.57‰,比上年下降17.4%。"
    )
    assert related_figures(text, "change") == [("3.57‰", "6.27‰", "9.84‰")]


@pytest.mark.parametrize(
    "text, changes",
    [
        # one verb, its figures each with a place or time: every figure is a change
        ("Rents rose 8% in London and 5% in Manchester, against 6% nationally.", ["+8 %", "+5 %"]),
        ("Fares fell 3% in the north and 2% in the south.", ["-3 %", "-2 %"]),
        # a time "the year to" a month, whose "to" names no level
        (
            "Bills rose 7% in the year to May and 4% in the year to June, against a 5% cap.",
            ["+7 %", "+4 %"],
        ),
        # a verb or level word of its own makes the second a level
        ("Rents rose 8% in London and were 5% of income in Manchester.", ["+8 %"]),
    ],
)
def test_figures_listed_under_one_change_verb_are_changes(tmp_path, text, changes):
    drafted = [c.value for c in extract_text(text).claims if c.kind == "change"]
    assert drafted == changes
    assert text_errors(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the factor compares with a year's figure the text does not give, not with the whole
        "Of the 120 branches open in 2019, 60 are left, three times as many as in 2022.",
        "Of the 120 branches open in 2019, 30 are left, or half as many as in 2022.",
        "Of the 400 berths built in 2015, 100 are let, twice as many as in 2020.",
    ],
)
def test_a_factor_against_another_years_figure_is_no_link_of_the_figures_given(tmp_path, text):
    assert related_figures(text, "change") == []
    assert [f for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")] == []


def test_half_as_many_as_a_figure_given_is_a_factor_of_it(tmp_path):
    right = "The town has 30 branches, half as many as the 61 it had in 2022."
    wrong = "The town has 30 branches, half as many as the 90 it had in 2022."
    assert related_figures(right, "change") == [("half", "61", "30")]
    assert text_errors(tmp_path, right) == []
    assert [f.rule for f in text_errors(tmp_path, wrong)] == ["comparison-factor"]


@pytest.mark.parametrize(
    "text, rules",
    [
        # a change, then the level it carries on and the level it leads to
        ("Fares rose 3% last year, taking the cheapest £52 fare to £60.", ["comparison"]),
        ("Fares rose 15% last year, taking the cheapest £52 fare to £60.", []),
        ("Rents rose 2.5% in May, bringing a typical £1,240 rent to £1,330.", ["comparison"]),
        ("Rents rose 7.3% in May, bringing a typical £1,240 rent to £1,330.", []),
    ],
)
def test_a_change_taking_a_level_to_another_is_their_change(tmp_path, text, rules):
    assert [f.rule for f in text_errors(tmp_path, text)] == rules


def test_a_change_before_and_another_subject_is_not_the_change_of_its_levels(tmp_path):
    # the 5.5% is the exports'; the ports' two totals (+8.2%) are another subject's
    other = (
        "Exports of grain rose 5.5 per cent and ports across the region handled 14.82 million "
        "tonnes this year compared to 13.7 million tonnes last year."
    )
    assert not [f.rule for f in text_errors(tmp_path, other)]
    # one subject, its verb straight after "and": the change is still the levels'
    same = other.replace("and ports across the region handled", "and reached")
    assert [f.rule for f in text_errors(tmp_path, same)] == ["comparison"]
