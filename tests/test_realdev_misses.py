"""bench/realdev_misses.py: why labelled relations are missed. On an invented passage, each
class is given for the reason it names; on ../shared/realdev, the classes add up to the misses
bench/realdev_score.py counts, split by split."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realdev_misses as rm  # noqa: E402
import realdev_score as rs  # noqa: E402

from checker.extraction import Relation, find_mentions  # noqa: E402

# An invented passage: a total and two parts in one sentence, a part of a part in the next,
# opening on a connector, and a count in words in a paragraph of its own.
TEXT = "Of 90 staff, 50 work here and 40 there. Of these, 30 are new.\n\nFive joined in May."
LABELLED = {"90": "90", "50": "50", "40": "40", "30": "30", "Five": "5"}
SUM = {"kind": "sum", "mentions": ["90", "50", "40"]}
PART = {"kind": "part_of", "mentions": ["30", "40"]}
JOINED = {"kind": "part_of", "mentions": ["Five", "90"]}


def _case(values: dict[str, str], relations: list[dict]) -> rs.Case:
    mentions = []
    for text, value in values.items():
        start = TEXT.index(text)
        mentions.append(rs.GoldMention(text, start, start + len(text), value, rs.read_value(value)))
    return rs.Case("invented", "en", "", 0, "-", Path("."), TEXT, mentions, relations)


def _reason(relation: dict, links=(), values=LABELLED, unread: str = "") -> tuple[str, str]:
    """The class of a labelled relation, given the predicted links (mention i of the passage
    is the i-th labelled figure) and a figure the extractor is made not to read."""
    case = _case(values, [relation])
    predicted = [m for m in find_mentions(TEXT) if TEXT[m.start : m.end] != unread]
    extraction = SimpleNamespace(
        document=SimpleNamespace(text=TEXT), mentions=predicted, relations=list(links)
    )
    _, matched = rs.score_mentions(case, predicted)
    readings = rm.read_case(case, extraction, matched)  # type: ignore[arg-type]
    gold = rs.gold_relations(case)[0]
    return rm.classify(readings, rm.figures_of(case, gold, str), str)


def test_a_figure_read_as_no_mention_is_unread_and_its_writing_named():
    assert _reason(JOINED, unread="Five") == ("unread", "number words")


def test_a_figure_read_with_another_scale_is_misread():
    values = {**LABELLED, "90": "90 million"}
    assert _reason(SUM, values=values) == ("misread", "scale")


def test_figures_in_two_sentences_are_apart_with_how_the_later_opens():
    reason, detail = _reason(PART)
    assert reason == "apart"
    facets = detail.split(rm.FACETS)
    assert "adjacent sentences" in facets and "within one paragraph" in facets
    assert "latest sentence opens on a connector the extractor reads" in facets
    assert "two figures, one in each sentence" in facets
    reason, detail = _reason(JOINED)
    assert "across paragraphs" in detail and "latest sentence opens on neither" in detail


def test_figures_read_in_one_sentence_with_no_link_are_unlinked():
    assert _reason(SUM) == ("unlinked", "no link joins two of its figures")
    assert _reason(SUM, [Relation("part_of", (1, 0))]) == ("unlinked", "some of its figures linked")
    outside = [Relation("sum", (0, 1, 3))]  # a third figure from outside the relation
    assert _reason(SUM, outside) == ("unlinked", "linked together with figures outside it")


def test_a_link_of_a_kind_the_label_does_not_accept_is_named_with_both_kinds():
    # two parts of a total are not the two levels of a change
    assert _reason(SUM, [Relation("from_to", (1, 2))]) == ("other kind", "from_to link for sum")


def test_the_nearest_sentences_holding_every_figure_are_chosen():
    assert rm._nearest_window([{0, 5}, {4, 9}, {5}]) == (4, 5)
    assert rm._nearest_window([{2}, {2, 7}]) == (2, 2)


@pytest.mark.skipif(
    not (rs.REALDEV / "expected.tsv").is_file(), reason="../shared/realdev is not beside the repo"
)
def test_the_classes_add_up_to_the_misses_the_scorer_counts():
    cases = rs.load_cases()
    test_names = rs.read_split()
    misses = rm.all_misses(cases, test_names)
    assert {miss.reason for miss in misses} <= rm.CLASSES.keys()
    for split in ("dev", "test"):
        chosen = [c for c in cases if (c.name in test_names) == (split == "test")]
        counted = [m for m in misses if m.split == split]
        assert len(counted) == rm.missed_by_scorer(chosen) > 0, split
        for title, grouped, labelled in rm.groups(cases, misses, test_names):
            if title.startswith(split + "/"):
                assert len(grouped) <= labelled
    families = rm.family_table(cases, misses, test_names)
    dev_cells = re.findall(r"^\| [a-z+]+ \| (\d+) of (\d+) ", families, re.MULTILINE)
    assert sum(int(missed) for missed, _ in dev_cells) == sum(m.split == "dev" for m in misses)
    assert sum(int(labelled) for _, labelled in dev_cells) == rm.labelled_count(
        c for c in cases if c.name not in test_names
    )
    report = rm.markdown_tables(rm.groups(cases, misses, test_names))
    assert (
        f"| **missed, of labelled** | {len([m for m in misses if m.split == 'dev'])} of" in report
    )
