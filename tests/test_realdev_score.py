"""How bench/realdev_score.py matches predicted relations to labelled ones: kinds named
differently in the labels, figures restated in another form, relations of one figure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realdev_score as rs  # noqa: E402

from checker.extraction import Relation  # noqa: E402

# An invented passage: two levels, one restated in another currency, a change between them,
# and a total with two parts.
TEXT = "Sales rose 25% from 400 euros (440 dollars) to 500 euros; of 90 staff, 50 and 40."
TEXTS = ["25%", "400 euros", "440 dollars", "500 euros", "90", "50", "40"]


def _case(relations: list[dict]) -> rs.Case:
    mentions = []
    for text in TEXTS:
        start = TEXT.index(text)
        mentions.append(rs.GoldMention(text, start, start + len(text), "1", None))
    return rs.Case("invented", "en", "", 0, "-", Path("."), TEXT, mentions, relations)


def _score(labelled: list[dict], predicted: list[Relation]) -> rs.Score:
    matched = {i: i for i in range(len(TEXTS))}  # predicted mention i is labelled mention i
    score, _ = rs.score_relations(_case(labelled), predicted, matched)
    return score


CHANGE = {"kind": "change_relative", "mentions": ["25%", "400 euros", "500 euros"]}
CONVERSION = {"kind": "currency_conversion", "mentions": ["400 euros", "440 dollars"]}
SUM = {"kind": "sum", "mentions": ["90", "50", "40"]}


def test_a_link_counts_inside_a_labelled_relation_of_its_family_under_another_name():
    score = _score([CHANGE], [Relation("change", (0, 1, 3)), Relation("from_to", (1, 3))])
    assert (score.right, score.predicted, score.found, score.gold) == (2, 2, 1, 1)


def test_a_link_of_another_family_inside_a_labelled_relation_is_wrong():
    # two parts of a total are not the two levels of a change
    score = _score([SUM], [Relation("from_to", (5, 6))])
    assert (score.right, score.predicted, score.found) == (0, 1, 0)
    score = _score([SUM], [Relation("part_of", (5, 4)), Relation("part_of", (6, 4))])
    assert (score.right, score.found) == (2, 1)


def test_a_change_between_restated_figures_joins_the_same_quantities():
    predicted = [Relation("change", (0, 2, 3)), Relation("converts", (2, 1))]
    score = _score([CHANGE, CONVERSION], predicted)
    assert (score.right, score.predicted, score.found, score.gold) == (2, 2, 2, 2)


def test_a_restatement_is_found_only_by_a_link_between_its_own_figures():
    score = _score([CHANGE, CONVERSION], [Relation("change", (0, 1, 3))])
    assert score.found == 1 and "missed currency_conversion" in score.misses[0]


def test_a_figure_and_its_restatement_are_not_the_two_levels_of_a_change():
    score = _score([CHANGE, CONVERSION], [Relation("change", (0, 1, 2))])
    assert (score.right, score.predicted) == (0, 1)


def test_a_relation_of_one_figure_links_nothing_and_is_not_counted():
    score = _score([CHANGE], [Relation("share", (0, None), "sales", stated=False)])
    assert (score.right, score.predicted, score.found) == (0, 0, 0)
    assert any("unlinked share" in line for line in score.wrong)


def test_a_kind_the_table_does_not_know_is_never_found_by_accident():
    labelled = [{"kind": "some_new_kind", "mentions": ["50", "40"]}]
    score = _score(labelled, [Relation("from_to", (5, 6))])
    assert (score.right, score.found) == (0, 0)


@pytest.mark.skipif(not (rs.REALDEV / "labels").is_dir(), reason="no ../shared/realdev")
def test_every_labelled_kind_has_a_family():
    kinds = {
        relation["kind"]
        for path in (rs.REALDEV / "labels").glob("*.yaml")
        for relation in yaml.safe_load(path.read_text(encoding="utf-8")).get("relations") or []
    }
    assert kinds - set(rs.LABELLED_FAMILIES) == set()


def test_an_amount_written_in_several_scales_is_right_in_any_scale():
    trillion, billion = rs.read_value("2.47003 trillion CNY"), rs.read_value("2,470.03 billion CNY")
    assert trillion != billion  # one scale written: the scale must be the text's
    assert rs._compound_amount("2 trillion and 470 billion 30 million yuan", trillion, billion)
    assert not rs._compound_amount("2.47003 trillion yuan", trillion, billion)
    assert not rs._compound_amount(
        "2 trillion and 470 billion yuan", trillion, rs.read_value("2,470.3 billion CNY")
    )


@pytest.mark.parametrize(
    ("labelled", "predicted", "why"),
    [
        # a part and its total, where the labels list only the change
        ([CHANGE], Relation("part_of", (5, 4)), "[no labelled relation]"),
        # a level of the change and a part of the total
        ([CHANGE, SUM], Relation("from_to", (1, 5)), "[across relations]"),
        # the change's levels, read as a part and its whole
        ([CHANGE], Relation("part_of", (1, 3)), "[other kind] nearest change_relative"),
        # one level of the change and a figure no relation holds
        ([CHANGE], Relation("from_to", (1, 4)), "[partly] nearest change_relative"),
    ],
)
def test_a_wrong_link_is_told_why_with_the_nearest_labelled_relation(labelled, predicted, why):
    score = _score(labelled, [predicted])
    assert score.right == 0
    assert why in score.wrong[0]


def test_a_link_with_no_arithmetic_between_figures_no_label_holds_is_unscored():
    # two levels of the parts of a total, where the labels list only the change: the labels
    # cannot judge it, so it is left out of precision
    score = _score([CHANGE], [Relation("from_to", (5, 6))])
    assert (score.right, score.predicted, score.unscored) == (0, 0, 1)
    assert any("unscored from_to" in line for line in score.wrong)


def test_a_link_with_no_arithmetic_is_judged_where_a_label_holds_its_figures():
    # the two parts of a labelled sum are no two levels of one quantity: wrong
    score = _score([SUM], [Relation("from_to", (5, 6))])
    assert (score.right, score.predicted, score.unscored) == (0, 1, 0)
    # a level and its rate of change, the level in a labelled change: judged, wrong
    score = _score([CHANGE], [Relation("yoy", (4, 3))])
    assert (score.right, score.predicted, score.unscored) == (0, 1, 0)


def test_a_link_stating_arithmetic_is_always_judged():
    score = _score([CHANGE], [Relation("part_of", (5, 4))])
    assert (score.right, score.predicted, score.unscored) == (0, 1, 0)
