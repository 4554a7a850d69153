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
            "The harbour reported a 3 percent fall in container traffic to 410,000 boxes.",
            "3 percent",
            "410,000",
        ),
        ("Grain shipments were up 12% on 2020 at $48 billion.", "12%", "$48 billion"),
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
