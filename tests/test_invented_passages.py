"""Checking from text alone on invented passages in the styles publishers use (statistics
releases, central banks, company results, budgets, polls, health, crime, sport, housing, energy;
English and Chinese): a consistent passage gives no error and no warning, a passage with one
published-style error gives an error citing the wrong figure where the checker reads the link
(tests/data/invented_passages/expectations.yaml lists which; bench/invented_passages.md the
misses), and no passage is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.extraction.textcheck import check_texts
from tests.text_checks import cited_spans, flagged_or_refused

PASSAGES = Path(__file__).parent / "data" / "invented_passages"
EXPECTED = yaml.safe_load((PASSAGES / "expectations.yaml").read_text(encoding="utf-8"))
NAMES = sorted(p.stem for p in PASSAGES.glob("*.txt"))
CLEAN = [n for n in NAMES if n not in EXPECTED]
CAUGHT = [n for n in NAMES if EXPECTED.get(n, {}).get("caught")]


def test_every_erroneous_passage_is_a_copy_of_a_clean_one_and_described():
    assert len(CLEAN) >= 40 and len(EXPECTED) >= 20
    for name, expected in EXPECTED.items():
        assert name.endswith("_err") and name.removesuffix("_err") in CLEAN, name
        text = (PASSAGES / f"{name}.txt").read_text(encoding="utf-8")
        assert text.count(expected["wrong"]) == 1, name
        assert expected["caught"] or expected.get("why"), name


@pytest.mark.parametrize("name", CLEAN)
def test_a_consistent_passage_gives_no_error_or_warning(name):
    assert flagged_or_refused(PASSAGES / f"{name}.txt") == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_erroneous_passage_is_never_refused(name):
    assert not check_texts([PASSAGES / f"{name}.txt"]).input_errors


@pytest.mark.parametrize("name", CAUGHT)
def test_the_error_names_the_wrong_figure(name):
    text = (PASSAGES / f"{name}.txt").read_text(encoding="utf-8")
    wrong = EXPECTED[name]["wrong"]
    at = text.index(wrong)
    errors = [f for f in check_texts([PASSAGES / f"{name}.txt"]).findings if f.severity == "error"]
    assert any(
        start <= at and at + len(wrong) <= end for f in errors for start, end in cited_spans(f)
    ), [f.message for f in errors]
