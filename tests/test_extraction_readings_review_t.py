"""Near misses of stop 37's readings (branch reviewT): invented sentences that look like a
reading's shape but state no such link, each once a false error, and the wrong variants the
readings still catch."""

from __future__ import annotations

import pytest

from .text_checks import text_severities as _severities

# ------------------------------ a level's percentage change, then "or" an amount per person


@pytest.mark.parametrize(
    "text",
    [
        "Spending was $52.6 billion, an increase of 9 per cent, or $1,200 per person.",
        "The levy raised £3.1bn, an increase of 12%, or £40 a household.",
    ],
)
def test_an_amount_per_person_after_or_is_no_change_of_the_total(tmp_path, text):
    assert _severities(tmp_path, text) == []


def test_an_amount_after_or_still_restates_the_change(tmp_path):
    text = "Revenue was $52.6 billion, an increase of 9 per cent or ${a} billion."
    assert _severities(tmp_path, text.format(a="4.3")) == []
    assert _severities(tmp_path, text.format(a="6.3")) == ["error"]


# ------------------------- a figure of a kind the whole named first is not: no part of it


@pytest.mark.parametrize(
    "text",
    [
        "Of the 3,000 applications from adults, 2,000 were granted; 1,500 children's claims"
        " were refused.",
        "Of the 500 men polled, 300 said yes; 400 women said no.",
    ],
)
def test_a_figure_of_another_kind_than_the_whole_is_no_part(tmp_path, text):
    assert _severities(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("Of the 5,000 asylum claims decided, 3,000 were granted and {r} refused.", 1800, 2400),
        ("Of the 2,000 full-time staff, 1,100 are women and {r} are men.", 900, 1200),
    ],
)
def test_parts_that_cannot_overlap_are_still_held_to_their_whole(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(r=right)) == []
    assert _severities(tmp_path, text.format(r=wrong)) == ["error"]


# ----------------------------- a fall by a fraction, a second fall by one, then the whole's levels


def test_levels_after_two_falls_by_fractions_are_neither_fall_s(tmp_path):
    text = (
        "Crime fell by a fifth in the city centre and by a tenth elsewhere, from 52,000"
        " offences to 45,000 across the county."
    )
    assert _severities(tmp_path, text) == []


def test_a_fall_by_a_fraction_and_its_levels_is_still_checked(tmp_path):
    assert _severities(tmp_path, "Crime fell by a fifth, from 52,000 offences to 41,600.") == []
    assert _severities(tmp_path, "Crime fell by a fifth, from 52,000 offences to 45,000.") == [
        "error"
    ]


# ------------------------ a Chinese multiple of the same part of the year before (上年同期)


def test_a_half_year_is_no_multiple_of_the_whole_year_before(tmp_path):
    text = "去年全市粮食产量150万吨，今年上半年达到100万吨，是上年同期的1.2倍。"
    assert _severities(tmp_path, text) == []


def test_a_multiple_of_the_same_half_year_before_is_still_checked(tmp_path):
    text = "去年上半年全市粮食产量150万吨，今年上半年达到{v}万吨，是上年同期的1.2倍。"
    assert _severities(tmp_path, text.format(v=180)) == []
    assert _severities(tmp_path, text.format(v=300)) == ["error"]


# ------------------- a part of a share's count named apart from the share's whole: its own whole


def test_a_part_of_the_count_is_no_part_taken_from_the_whole(tmp_path):
    text = "Some 30% of the 1,500 firms export, or 450 firms, and 200 of them sell to China."
    assert _severities(tmp_path, text) == []


def test_a_part_of_the_count_above_it_is_still_caught(tmp_path):
    text = "Some 30% of the 1,500 firms export, or 450 firms, and 500 of them sell to China."
    assert _severities(tmp_path, text) == ["error"]


# ------------------------------------------------------- wrong variants the readings missed


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        # a count and its rate, the change's span, then the level it led to
        ("Claims fell 12,000 or {p}% on the year to 388,000.", 3, 6),
        ("Claims fell 12,000, or {p}%, on the quarter, to 388,000.", 3, 6),
        # a level moved from an extreme named before its figure
        ("Sales fell to 1,900 in May from a peak of 2,400, a fall of {p}%.", 21, 30),
        ("Shares fell to $190, down from a record high of $240, a drop of {p}%.", 21, 30),
    ],
)
def test_wrong_variants_once_missed_are_caught(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(p=right)) == []
    assert _severities(tmp_path, text.format(p=wrong)) == ["error"]


# --------------- Chinese parts of kinds that cannot overlap, naming two different things after it


def test_kinds_of_two_different_things_are_no_parts_within(tmp_path):
    text = "全市户籍人口800万人，其中本地出生600万人；外地来本市务工人员250万人。"
    assert _severities(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, right, wrong",
    [
        ("全年城镇新增就业12万人，其中本地劳动力8万人，外地劳动力{v}万人。", 4, 6),
        ("全市国有企业利润500亿元，其中中央企业利润300亿元，地方国有企业利润{v}亿元。", 200, 250),
        ("全市学校300所，其中公办学校200所，民办{v}所。", 100, 150),
    ],
)
def test_kinds_of_one_thing_are_still_parts_within(tmp_path, text, right, wrong):
    assert _severities(tmp_path, text.format(v=right)) == []
    assert _severities(tmp_path, text.format(v=wrong)) == ["error"]


# ------------------------------- an average of another season than the total it comes after


@pytest.mark.parametrize(
    "text",
    [
        "The club drew 520,000 fans in 19 home games last season, an average of 24,500 a game"
        " this season.",
        "The club drew 520,000 fans in 19 home games in 2023, an average of 24,500 a game in 2024.",
    ],
)
def test_an_average_of_another_season_is_no_product_of_the_total(tmp_path, text):
    assert _severities(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The club drew {t} fans in 19 home games in 2024, an average of 24,500 a game in 2024.",
        "The club drew {t} fans in 19 home games, an average of 24,500 a game this season.",
    ],
)
def test_an_average_of_the_total_s_own_season_is_still_checked(tmp_path, text):
    assert _severities(tmp_path, text.format(t="465,500")) == []
    assert _severities(tmp_path, text.format(t="520,000")) == ["error"]
