"""Kinds of sentence read from a held-out set of real passages (heldP), each with invented
variants: a change stated alone in its sentence whose levels the next sentence gives under a
shorter name ("Delayed discharges rose 18.2 per cent. There were 12,210 delays compared to
10,329 last year."), and a society's electricity use with the four parts the energy statistics
divide it into (the three industries and the households of town and country). Every text here
is invented."""

from __future__ import annotations

import pytest

from .text_checks import related_figures, text_errors, text_findings

# ---------------------------------------------------------------- a change, its pair next


@pytest.mark.parametrize(
    "text, change",
    [
        (
            "Delayed discharges increased by 18.2 per cent compared to the same month last "
            "year. There were 12,210 delays compared to 10,329 last year.",
            ("18.2 per cent", "10,329", "12,210"),
        ),
        (
            "Missed bin collections increased by 12.4 per cent compared with the same month last "
            "year. There were 8,120 missed collections compared to 7,225 last year.",
            ("12.4 per cent", "7,225", "8,120"),
        ),
        (
            "Hospital admissions for flu rose 22 per cent in the week. Last week there were "
            "2,440 admissions compared to 2,000 a year earlier.",
            ("22 per cent", "2,000", "2,440"),
        ),
        (
            "Fare dodging cases climbed 9.8 per cent compared with the same quarter last year. "
            "There were 4,390 cases compared to 4,000 last year.",
            ("9.8 per cent", "4,000", "4,390"),
        ),
    ],
)
def test_a_change_alone_finds_the_pair_of_the_next_sentence_its_head_noun_names(text, change):
    assert change in related_figures(text, "change")


@pytest.mark.parametrize(
    "text",
    [
        # another quantity in the next sentence
        "Profits rose 12 per cent in the quarter. There were 300 stores compared to 280 last year.",
        # the pair two sentences on: the sentence between may be about anything
        "Delayed discharges increased by 18.2 per cent on the month. Beds were short. There "
        "were 12,210 delays compared to 10,329 last year.",
        # two pairs next: which one did the change move between?
        "Delayed discharges increased by 18.2 per cent on the month. There were 12,210 delays "
        "compared to 10,329 last year, and 900 cancellations compared to 700 last year.",
        # the change's sentence has a level of its own: its base is there, or another figure
        "Delayed discharges increased by 18.2 per cent to 5,100 in March. There were 12,210 "
        "delays compared to 10,329 last year.",
    ],
)
def test_no_change_of_the_pair_after_it_when_the_text_leaves_it_open(text):
    assert not [c for c in related_figures(text, "change") if "12,210" in c or "300" in c]


def test_a_change_its_next_sentences_pair_contradicts_is_a_note_never_an_error(tmp_path):
    text = (
        "Delayed discharges increased by 31.5 per cent compared to the same month last year. "
        "There were 12,210 delays compared to 10,329 last year."
    )
    findings = text_findings(tmp_path, text)
    assert [f for f in findings if f.severity == "error"] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


# ---------------------------------------------------------------- electricity use and its parts

_POWER = (
    "1-6月,全省全社会用电量累计1920亿千瓦时,同比增长6.1%。分产业看,第一产业用电量25亿千瓦时;"
    "第二产业用电量1310亿千瓦时;第三产业用电量{third}亿千瓦时{sep}城乡居民生活用电量255亿千瓦时。"
)
_POWER_TRADITIONAL = (
    "4月份,全市全社會用電量360億千瓦時,同比增長3.3%。從分產業用電看,第一產業用電量6億千瓦時,"
    "同比增長9.0%;第二產業用電量230億千瓦時,同比增長2.1%;第三產業用電量70億千瓦時,同比增長"
    "6.0%;城鄉居民生活用電量{homes}億千瓦時,同比增長3.9%。"
)


@pytest.mark.parametrize(
    "text, total",
    [
        (_POWER.format(third="330", sep=";"), "1920亿千瓦时"),
        # the households' use in a sentence of its own after the three industries
        (_POWER.format(third="330", sep="。"), "1920亿千瓦时"),
        (_POWER_TRADITIONAL.format(homes="54"), "360億千瓦時"),
        # a broken converter's pinyin after traditional characters (產業(yè)) is read through
        (
            _POWER_TRADITIONAL.format(homes="54").replace("產業", "產業(yè)"),
            "360億千瓦時",
        ),
    ],
)
def test_electricity_use_is_the_sum_of_the_three_industries_and_the_households(text, total):
    sums = related_figures(text, "sum")
    assert [s for s in sums if s[0] == total and len(s) == 5]


def test_the_three_industries_alone_are_no_sum_of_electricity_use(tmp_path):
    # the households' use is a fourth part: the three industries add up to less
    text = _POWER.format(third="330", sep="。").split("城乡")[0]
    assert not [s for s in related_figures(text, "sum") if "1920亿千瓦时" in s]
    assert text_errors(tmp_path, _POWER.format(third="330", sep="。")) == []


def test_electricity_parts_that_miss_the_total_are_an_error(tmp_path):
    assert [f.rule for f in text_errors(tmp_path, _POWER.format(third="530", sep=";"))] == ["sum"]
    assert text_errors(tmp_path, _POWER_TRADITIONAL.format(homes="84"))
