"""A figure written again in its sentence with other rounding ("unrounded", "before rounding",
"to be exact", 精确数字为): one quantity stated twice, which the conflict rule compares. Invented
sentences in several wordings, and near misses that must stay unlinked."""

from __future__ import annotations

import pytest

from .text_checks import related_figures, text_errors, text_findings


def _restatements(text: str) -> list[tuple[str, ...]]:
    return related_figures(text, "restates")


@pytest.mark.parametrize(
    "text, restated, stated",
    [
        (
            "The vacancy rate climbed to 6.4 percent in May; unrounded, the new vacancy rate "
            "is 6.372 percent.",
            "6.372 percent",
            "6.4 percent",
        ),
        (
            "Ticket sales reached $7.3 billion ($7.26 billion before rounding) last season.",
            "$7.26 billion",
            "$7.3 billion",
        ),
        (
            "The island's population passed 2.1 million, or 2,093,512 to be exact, in the census.",
            "2,093,512",
            "2.1 million",
        ),
        ("全市常住人口约为530万人，精确数字为529.63万人。", "529.63万人", "约为530万人"),
    ],
)
def test_a_figure_written_again_with_other_rounding_restates_it(text, restated, stated):
    assert (restated, stated) in _restatements(text)


def test_a_rounding_that_does_not_round_to_the_figure_is_an_error(tmp_path):
    text = (
        "The vacancy rate climbed to 6.4 percent in May; unrounded, the new vacancy rate is "
        "6.472 percent."
    )
    errors = text_errors(tmp_path, text)
    assert len(errors) == 1 and "6.472" in errors[0].message and "6.4" in errors[0].message


def test_a_rounding_that_rounds_to_the_figure_is_no_finding(tmp_path):
    text = (
        "The vacancy rate climbed to 6.4 percent in May; unrounded, the new vacancy rate is "
        "6.372 percent."
    )
    assert [f for f in text_findings(tmp_path, text) if f.severity != "info"] == []


@pytest.mark.parametrize(
    "text",
    [
        # "exactly" alone counts another group, it restates nothing
        "Of the 40 guests, exactly 12 stayed for dinner.",
        # the same digits: no rounding between them
        "Sales were 4.2 million units in March and, to be exact, 4.7 million units in April.",
        # two units: no rounding of one into the other
        "The plant made 310 tonnes, or 12.4 percent to be exact, of the region's output.",
    ],
)
def test_near_misses_are_not_restatements(text):
    assert _restatements(text) == []
