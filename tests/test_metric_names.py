"""Metric names from the head noun of what a figure measures (issue 14, class 2 point 4): never a
verb, an adverb, a weekday, an attribution, a classifier alone or a word cut in two.

The sentences here are invented; the last tests read every draft of the realdev dev split and
of the seed articles (../shared) and hold that no name is one of those noise shapes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checker.extraction import context as cx
from checker.extraction import extract_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import metric_names as bench  # noqa: E402


def names(text: str) -> list[str]:
    return [claim.metric for claim in extract_text(text).claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb the lexicon does not know, glued after the noun
        ("The vacancy rate ticked up to 6.2 percent in March.", "vacancy_rate"),
        ("Cargo volumes shaded up 3% to 41,000 tonnes.", "cargo_volume"),
        ("Mid-size retailers pocketed $2.7 billion in profit.", "mid_size_retailers"),
        ("Shares rose, with margins leaping 12.4 percent.", "margins"),
        # a verb after a modal, an infinitive or an auxiliary: not the head noun
        ("The sector is expected to touch $18 billion by 2028.", "sector"),
        ("Traders had been hoping for $61 a barrel.", "traders"),
        # an evaluative adjective or an adverb before the figure
        ("Ticket sales reached a whopping 8.6 million.", "ticket_sales"),
        ("Exports grew by 2.1%, rather than 3.4% as planned.", "exports"),
        # a phrasal verb with its object: the object names the figure
        ("The regional body revises down third-quarter output from 1.9% to 1.2%.", "output"),
        # a name is never a participle after its noun, a weekday or a verb
        ("The number of firms listed on the exchange rose to 412.", None),
        ("The Parish Council on Thursday adopted a $7.4 million budget.", None),
    ],
)
def test_english_names_are_the_head_noun(sentence, expected):
    drafted = names(sentence)
    assert drafted, sentence
    for name in drafted:
        assert cx.name_noise(name) is None, (sentence, name)
        if expected is not None:
            assert name.endswith(expected), (sentence, name)


def test_a_name_keeps_a_noun_ending_in_ing_or_ed_inside_it():
    # "driving", "manufacturing", "United" are part of the noun phrase, not verbs
    assert names("The area for autonomous driving in Lakeside will expand to 90 square km.")[
        0
    ].startswith("autonomous_driving")
    assert "manufacturing" in names("Manufacturing output grew 4.4% to $31 billion.")[0]
    assert "united" in names("Rivertown United turnover rose to £84 million.")[0]


def test_a_noun_after_the_figure_names_it_only_where_the_phrase_closes():
    # "4 in 10 back ..." is a verb with its object: no name read from it
    assert not any(n.startswith("back") for n in names("Some 4 in 10 back online voting now."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an attribution clause opening the sentence ("according to ...'s estimate")
        (
            "据市统计局测算，二季度全市社会消费品零售总额812.5亿元，同比增长4.1%。",
            "社会消费品零售总额",
        ),
        ("经区统计局反馈，上半年全区财政收入36.2亿元。", "财政收入"),
        # a classifier or unit is what the figure counts in, not its name
        ("全年新登记市场主体8.2万户，比上年增长6.3%。", "新登记市场主体"),
        # 同比 and 比重 are words: never cut in two
        ("全年服务业增加值同比增长5.6%。", "服务业增加值"),
        ("一季度研发投入占营业收入比重为3.1%，同比提高0.4个百分点。", "研发投入占营业收入比重"),
        # the words after another figure of the clause are no part of the name
        ("前三季度营业收入2.45万亿元，同比增长8.8%，两年平均增长6.1%。", "营业收入"),
        # 从 opening the level a part is taken from, not 从 of 从业人员
        ("从营业收入86.4亿元中扣除一次性收益。", "营业收入"),
        ("全年从业人员12.6万人。", "从业人员"),
    ],
)
def test_chinese_names_are_the_measure(sentence, expected):
    drafted = names(sentence)
    assert drafted and all(name == expected for name in drafted), (sentence, drafted)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("jobless_rate_ticked", "verb"),
        ("tuesday_adopted", "weekday"),
        ("rather", "function"),
        ("staggering", "function"),
        ("according_output", "attribution"),
        ("据测算_利润", "attribution"),
        ("户", "unit-alone"),
        ("利润同", "cut-word"),
        ("利润总额6_34万亿元", "digit"),
        ("net_income", None),
        ("figure_3", None),
        ("gdp_part_2", None),
        ("营业收入利润率", None),
    ],
)
def test_the_noise_judge(name, kind):
    assert cx.name_noise(name) == kind


@pytest.fixture(scope="module")
def drafted_texts() -> list[tuple[str, str]]:
    if not bench.REALDEV.is_dir():
        pytest.skip("../shared/realdev is not beside the repository")
    return bench.dev_texts() + [(f"seed {i}", t) for i, t in enumerate(bench.seed_texts())]


def test_no_drafted_name_of_the_dev_set_and_seeds_is_noise(drafted_texts):
    noisy = [
        (label, name, cx.name_noise(name))
        for label, text in drafted_texts
        for name, _ in bench.drafted_names(text)
        if cx.name_noise(name)
    ]
    assert noisy == []
