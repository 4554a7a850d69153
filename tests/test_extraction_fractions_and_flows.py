"""Kinds of sentence the README listed as left after stop 37 (branch relQ, issue 14), each on
invented sentences with near misses: a level as a factor or fraction of another time's figure
named by whose it is ("three times last year's 400", "half the 2019 level of 3,200"); the
Chinese fraction of another figure (仅为去年400万辆的三分之一) and of a level named apart, and a
Chinese multiple with the quantity named again (游客数量是上年的3倍); the net of two counted
flows whose verbs name things begun and ended ("opened ... and closed ..., a net loss of");
and the whole of those who left, whose parts stop at those who arrived."""

from __future__ import annotations

import pytest

from checker.extraction import extract_text

from .text_checks import related_figures, text_findings


def _flagged(tmp_path, text: str) -> list[str]:
    """The rules of the errors and warnings `checker check --text` gives `text`."""
    return [f.rule for f in text_findings(tmp_path, text) if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "text, link, wrong",
    [
        (
            "Ticket sales rose to 1,200 this year, three times last year's 400.",
            ("three times", "400", "1,200"),
            "2,000",
        ),
        (
            "The museum drew 1,600 visitors in 2031, twice the previous year's total of 800.",
            ("twice", "800", "1,600"),
            "2,400",
        ),
        (
            "The plant made 1,500 engines in 2030, three times the 2026 figure of 500.",
            ("three times", "500", "1,500"),
            "2,500",
        ),
    ],
)
def test_a_multiple_of_another_times_figure(tmp_path, text, link, wrong):
    assert related_figures(text, "change") == [link]
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(link[2], wrong, 1))


@pytest.mark.parametrize(
    "text, link, wrong",
    [
        (
            "Output was 1,600 tonnes, half the 2027 level of 3,200 tonnes.",
            ("half", "1,600 tonnes", "3,200 tonnes"),
            "1,000 tonnes",
        ),
        (
            "The fund held 900 bonds in June, a third of last year's 2,700.",
            ("a third", "900", "2,700"),
            "600",
        ),
    ],
)
def test_a_fraction_of_another_times_figure(tmp_path, text, link, wrong):
    assert related_figures(text, "share") == [link]
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(link[1], wrong, 1))


@pytest.mark.parametrize(
    "text",
    [
        # another thing counted in the base
        "The dealer sold 1,200 cars this year, three times last year's 400 trucks.",
        # last year's own figure not given: the count after it is of something else
        "The dealer sold 1,200 cars this year, three times last year's, in 400 towns.",
    ],
)
def test_a_multiple_of_something_else_is_no_link(tmp_path, text):
    assert related_figures(text, "change") == []
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, link",
    [
        ("今年汽车销量130万辆，仅为去年400万辆的三分之一。", ("三分之一", "130万辆", "400万辆")),
        (
            "今年客运量为210万人次，只是去年840万人次的四分之一。",
            ("四分之一", "210万人次", "840万人次"),
        ),
        (
            "去年汽车销量为400万辆，今年汽车销量为130万辆，仅为上年的三分之一。",
            ("三分之一", "130万辆", "400万辆"),
        ),
    ],
)
def test_a_chinese_fraction_of_another_figure_is_an_open_reading(tmp_path, text, link):
    # Chinese writers round to halves, thirds and quarters: a third may stand for 0.29 to
    # 0.42, so the reading is a note at most (stated False), never an error
    shares = [r for r in extract_text(text).relations if r.type == "share"]
    assert related_figures(text, "share") == [link]
    assert [r.stated for r in shares] == [False]
    assert _flagged(tmp_path, text) == []
    notes = [f for f in text_findings(tmp_path, text.replace(link[1], "60万", 1))]
    assert [f.rule for f in notes if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(
    "text",
    [
        # last year's exports, this year's imports: not one quantity
        "去年出口额为400亿元，今年进口额为130亿元，仅为上年的三分之一。",
        # a part named before the fraction: the part's own last year is not given
        "去年汽车销量为400万辆，今年汽车销量为130万辆，其中轿车仅为上年的三分之一。",
    ],
)
def test_a_chinese_fraction_of_another_quantity_is_no_share(text):
    assert not [r for r in extract_text(text).relations if r.type == "share" and r.mentions[2:]]


@pytest.mark.parametrize(
    "text, link, wrong",
    [
        (
            "去年游客300万人次，今年游客900万人次，游客数量是上年的3倍。",
            ("3倍", "300万人次", "900万人次"),
            "600万人次",
        ),
        (
            "2029年汽车销量80万辆，2030年汽车销量160万辆，销量为上年的2倍。",
            ("2倍", "80万辆", "160万辆"),
            "240万辆",
        ),
    ],
)
def test_a_chinese_multiple_with_the_quantity_named_again(tmp_path, text, link, wrong):
    assert related_figures(text, "change") == [link]
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(link[2], wrong, 1))


def test_a_chinese_multiple_naming_another_quantity_is_no_link(tmp_path):
    text = "去年游客300万人次，今年游客900万人次，旅游收入是上年的2倍。"
    assert related_figures(text, "change") == []
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("The bank opened 62,000 accounts and closed 90,000, a net loss of 28,000.", "gain"),
        ("The chain opened 40 stores and closed 25, a net gain of 15.", "loss"),
        ("The firm hired 300 staff and laid off 500, a net loss of 200.", "gain"),
        ("The council recruited 120 wardens and dismissed 45, a net gain of 75.", "loss"),
    ],
)
def test_the_net_of_counted_flows_goes_their_way(tmp_path, text, wrong):
    assert len(related_figures(text, "change")) == 1
    assert _flagged(tmp_path, text) == []
    right = "loss" if wrong == "gain" else "gain"
    assert _flagged(tmp_path, text.replace(f"net {right}", f"net {wrong}"))


@pytest.mark.parametrize(
    "text",
    [
        # other things closed, a net of another noun
        "The bank opened 62,000 accounts and closed 90 branches, a net loss of 28,000.",
        "The firm hired 300 staff and laid off 500 contractors, a net loss of 100.",
        # a net of something else after it
        "The bank opened 62,000 accounts and closed 90,000, a net loss of 10,000 on its average.",
        # a price opened and closed at: levels, no flows
        "The index opened at 3,100 and closed at 3,250, a net gain of 200 points on the week.",
        # the two flows in two sentences
        "The bank opened 62,000 accounts in May. It closed 90,000 in June, a net loss of 10,000.",
    ],
)
def test_counted_flows_near_misses_stay_unflagged(tmp_path, text):
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "Of the 62,000 who left, 40,000 went abroad, and 90,000 arrived, a net gain of 28,000.",
            [("40,000", "62,000")],
        ),
        (
            "Of the 90,000 who arrived, 40,000 came from abroad, and 62,000 left, a net gain of "
            "28,000.",
            [("40,000", "90,000")],
        ),
    ],
)
def test_those_who_came_are_no_part_of_those_who_left(tmp_path, text, parts):
    assert related_figures(text, "part_of") == parts
    assert _flagged(tmp_path, text) == []


def test_parts_of_those_who_left_still_add_up():
    text = "Of the 62,000 who left, 40,000 went abroad and 22,000 moved to other regions."
    assert related_figures(text, "part_of") == [("40,000", "62,000"), ("22,000", "62,000")]


def _part_of(text: str) -> list[tuple[tuple[str, ...], bool]]:
    extraction = extract_text(text)
    return [
        (
            tuple(
                text[extraction.mentions[m].start : extraction.mentions[m].end] for m in r.mentions
            ),
            r.stated,
        )
        for r in extraction.relations
        if r.type == "part_of"
    ]


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "New registrations fell 5% to 180,000. Private registrations fell to 85,000, while "
            "fleet registrations dropped to 92,000.",
            ("85,000", "92,000"),
        ),
        (
            "Van sales rose to 64,000 in the quarter. Retail sales rose 3% to 20,000 and fleet "
            "sales rose 2% to 41,000.",
            ("20,000", "41,000"),
        ),
        # the second kind named bare, the head noun left to the first
        (
            "Truck sales fell 4% to 52,000. Private sales fell to 21,000, while fleet dropped "
            "to 27,000.",
            ("21,000", "27,000"),
        ),
    ],
)
def test_kinds_that_cannot_overlap_after_a_total_are_its_parts_as_a_note(tmp_path, text, parts):
    whole = _part_of(text)[0][0][1]
    assert _part_of(text) == [((part, whole), False) for part in parts]
    assert _flagged(tmp_path, text) == []
    # past the total together: a note, never an error across sentences
    past = text.replace(parts[0], "95,000" if "180,000" in text else "30,000")
    notes = [f for f in text_findings(tmp_path, past) if f.rule == "parts-within"]
    assert [f.severity for f in notes] == ["info"]
    assert _flagged(tmp_path, past) == []


@pytest.mark.parametrize(
    "text",
    [
        # kinds that may overlap
        "New registrations fell 5% to 180,000. Private registrations fell to 95,000, while "
        "used registrations dropped to 92,000.",
        # the earlier figure is itself of one kind
        "Private registrations fell 5% to 180,000. Private registrations fell to 95,000, while "
        "fleet registrations dropped to 92,000.",
        # another head noun
        "New registrations fell 5% to 180,000. Private sales fell to 95,000, while fleet sales "
        "dropped to 92,000.",
    ],
)
def test_parts_after_a_total_near_misses_are_no_parts(text):
    assert _part_of(text) == []


@pytest.mark.parametrize(
    "text, link, wrong",
    [
        (
            "He scored an average of 25 points over 40 games, a total of 1,000.",
            ("1,000", "40", "25"),
            "1,200",
        ),
        (
            "She averaged 3.1 goals over 20 matches, a total of 62 goals.",
            ("62", "20", "3.1"),
            "82",
        ),
    ],
)
def test_an_average_over_a_count_then_its_total(tmp_path, text, link, wrong):
    # "over" after an average's figure is the count averaged over, no bound ("over 40")
    assert related_figures(text, "product") == [link]  # the total, the count, the average
    assert _flagged(tmp_path, text) == []
    assert _flagged(tmp_path, text.replace(link[0], wrong))


@pytest.mark.parametrize(
    "text",
    [
        "She averaged 3.1 goals over 20 matches, a total of 90 assists.",
        "He scored an average of 25 points over 40 games, with 1,200 fans.",
    ],
)
def test_an_average_over_a_count_near_misses_stay_unflagged(tmp_path, text):
    assert related_figures(text, "product") == []
    assert _flagged(tmp_path, text) == []


def test_over_before_a_count_without_an_average_stays_a_bound():
    text = "The team played over 40 games."
    extraction = extract_text(text)
    assert [text[m.start : m.end] for m in extraction.mentions] == ["over 40"]
