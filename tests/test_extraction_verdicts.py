"""Sentence shapes behind case verdicts read from raw text (issue 14), each with invented
sentences in several wordings, and the near misses that must stay unlinked or a note."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import text_errors


def _links(text: str, monkeypatch) -> list[tuple[str, tuple[str, ...]]]:
    """Every link the links phase finds in the text: its type and its figures as written."""
    import checker.extraction.links as links

    found_all: list[tuple[str, tuple[str, ...]]] = []
    original = links.find_links

    def spy(reading, whole):
        found = original(reading, whole)
        for link in found:
            written = tuple(
                whole[reading.mentions[p].start : reading.mentions[p].end] for p in link.positions
            )
            found_all.append((link.type, written))
        return found

    monkeypatch.setattr(links, "find_links", spy)
    extract_text(text)
    return found_all


def _claims(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each drafted change by its figure as written: (basis, period, start)."""
    extraction = extract_text(text)
    return {
        text[extraction.mentions[c.mention].start : extraction.mentions[c.mention].end]: (
            c.basis,
            c.period,
            c.start,
        )
        for c in extraction.claims
        if c.kind == "change"
    }


# ------------------------------------------------ a change, what changed, then its level


@pytest.mark.parametrize(
    "text, change, level",
    [
        (
            "The depot logged a 6.4% rise in bus journeys at Westbury in 2021, to 3.2 million.",
            "6.4%",
            "3.2 million",
        ),
        (
            "The harbour reported a 3 percent fall in container traffic to 410,000 containers.",
            "3 percent",
            "410,000",
        ),
        ("Grain shipments were up 12% on 2020 at $48 billion.", "12%", "$48 billion"),
        # the change word before the figure, or a time between the change and its level
        ("There was a gain of 7% in ticket sales to $5.2 million.", "7%", "$5.2 million"),
        ("Freight income grew 4.1 percent last year to $80 billion.", "4.1 percent", "$80 billion"),
        ("Net profit fell 3% in the second quarter to $1.2 billion.", "3%", "$1.2 billion"),
        # an amount in the level's unit
        (
            "Road funding was cut by $5 million in the new budget to $20 million.",
            "$5 million",
            "$20 million",
        ),
        ("Staff numbers rose by 300 in the north last year to 4,200.", "300", "4,200"),
        # Chinese: the change, then 达到 or 至 the level
        ("全年营业收入比上年增长6%,达到52亿元。", "6%", "52亿元"),
        ("粮食产量下降3%至480万吨。", "3%", "480万吨"),
        (
            "Hotel stays were down 4 percent from a year earlier at 720,000.",
            "4 percent",
            "720,000",
        ),
    ],
)
def test_a_change_then_what_changed_then_its_level(monkeypatch, text, change, level):
    assert _links(text, monkeypatch) == [("change_of", (change, level))]


@pytest.mark.parametrize(
    "text",
    [
        # a flow that rose, and a stock it brought to a level: two quantities
        "The district saw a 15% jump in new shop openings, bringing the number of shops in "
        "the district to 4,200.",
        # two things changed: which one reached the level?
        "There was a 7% rise in fares and wages to $31,000.",
        # whom the rise went to, and where the sales were made: no level of the change
        "Ministers approved a 5% rise in grants to 300 charities.",
        "Sales were up 12% on 2020 at 300 stores.",
        # "from" names another base: no level of this change
        "Rents showed a 9% climb in the city from 2019 levels, to $2,100.",
    ],
)
def test_a_change_and_a_level_of_something_else_stay_apart(monkeypatch, text):
    assert _links(text, monkeypatch) == []


@pytest.mark.parametrize(
    "text, change, dated",
    [
        # the base year named: the year before the level's is year on year
        (
            "In 2022, grain shipments were up 12% on 2021 at $48 billion.",
            "12%",
            ("yoy", "2022", None),
        ),
        # the change placed in the level's own year
        (
            "The depot logged a 6.4% rise in bus journeys at Westbury in 2021, to 3.2 million "
            "for 2021.",
            "6.4%",
            ("yoy", "2021", None),
        ),
        # an earlier base year: a change over the years between
        (
            "In 2022, grain shipments were up 40% on 2015 at $48 billion.",
            "40%",
            (None, None, "2015"),
        ),
    ],
)
def test_a_change_dated_by_the_year_named_before_its_level(text, change, dated):
    assert _claims(text)[change] == dated


def test_a_change_in_another_year_than_its_levels_is_not_dated():
    text = "In 2022, grain shipments were up 12% in 2020 and stood at $48 billion."
    assert _claims(text)["12%"][0] is None


# ------------------------------------------------ a total's growth against its parts' growth

# A total and its two parts, each part's level and change in a sentence of its own; the part
# said last leaves out the base its sibling named.
_VISITORS = (
    "Lakeside Museum had its busiest year yet. School trips drove a {total}% increase in total "
    "visitor numbers at Lakeside in 2023, to 11.0 million.\n\n"
    "International visitors at Lakeside were up 10.0% on 2022 at 4.40 million. Domestic "
    "visitors, at 6.60 million, fell 2.0%{domestic_base}.\n"
)
# the same, in other words and the other order: the growth of the parts is +7.0 %
_FREIGHT = (
    "Bayview Port moved more cargo than ever. In 2022, freight at Bayview grew {} percent "
    "compared with 2021 at 25.0 million tonnes.\n\n"
    "Import freight at Bayview, at 10.0 million tonnes, was down 2.0 percent on 2021. Export "
    "freight at Bayview rose by 14.0 percent compared with 2021 at 15.0 million tonnes.\n"
)


@pytest.mark.parametrize(
    "article, wrong, right",
    [
        (_VISITORS.format(total="{}", domestic_base=""), "6.5", "2.5"),
        (_FREIGHT, "9.0", "7.0"),
    ],
)
def test_a_totals_growth_against_its_parts_named_apart(tmp_path, article, wrong, right):
    errors = text_errors(tmp_path, article.format(wrong))
    assert [f.rule for f in errors] == ["growth-of-parts"]
    assert f"+{wrong} %" in errors[0].message
    assert text_errors(tmp_path, article.format(right)) == []


def test_a_part_change_with_a_base_of_its_own_is_not_the_siblings(tmp_path):
    article = _VISITORS.format(total="6.5", domestic_base=" from the 2019 peak")
    assert text_errors(tmp_path, article) == []


def test_a_part_change_far_from_its_dated_sibling_is_not_dated_by_it(tmp_path):
    article = (
        "Lakeside Museum had its busiest year yet. School trips drove a 6.5% increase in total "
        "visitor numbers at Lakeside in 2023, to 11.0 million.\n\n"
        "International visitors at Lakeside were up 10.0% on 2022 at 4.40 million. The cafe "
        "opened a second floor. Domestic visitors, at 6.60 million, fell 2.0%.\n"
    )
    assert text_errors(tmp_path, article) == []


# ------------------------------------------------ a headline's verb of change, present tense


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Trade gap drops $30B below forecast", "$30B"),
        ("Factory output jumps 4,000 units to 52,000 units", "4,000"),
        ("City payroll rises £2 million after pay deal", "£2 million"),
        ("Port volumes fall 900 tonnes in a week", "900 tonnes"),
    ],
)
def test_a_headlines_present_tense_verb_makes_an_amount_a_change(text, amount):
    extraction = extract_text(text + "\n")
    kinds = {
        text[extraction.mentions[c.mention].start : extraction.mentions[c.mention].end]: c.kind
        for c in extraction.claims
    }
    assert kinds[amount] == "change"


def test_a_verb_of_announcing_names_no_metric():
    text = "Acme announced second-half sales of $40 million, compared with $35 million a year earlier.\n"
    assert {c.metric for c in extract_text(text).claims} == {"second_half_sales"}
