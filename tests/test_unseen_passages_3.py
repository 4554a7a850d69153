"""Checking from text alone on a third set of invented passages (issue 14), in wordings and
genres neither earlier set uses: wire copy ("climbed to Y from X", "fell A to a seasonally
adjusted Y, from an upwardly revised X"), council budgets, hospital and school figures, sport,
transport and science; 统计公报, 新华社 and 财经 styles (tests/data/unseen_passages_3/
expectations.yaml). A consistent passage gives no error and no warning; a caught error cites
the wrong figure; a miss is an expected failure, with what the checker does not read yet."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.extraction.textcheck import check_texts
from tests.text_checks import cited_spans, flagged_or_refused

PASSAGES = Path(__file__).parent / "data" / "unseen_passages_3"
EXPECTED = yaml.safe_load((PASSAGES / "expectations.yaml").read_text(encoding="utf-8"))
NAMES = sorted(p.stem for p in PASSAGES.glob("*.txt"))
CLEAN = [n for n in NAMES if n not in EXPECTED]


def _error_cases() -> list:
    cases = []
    for name in sorted(EXPECTED):
        expected = EXPECTED[name]
        marks = () if expected["caught"] else pytest.mark.xfail(reason=expected["why"], strict=True)
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


def test_every_erroneous_passage_is_a_copy_of_a_clean_one_with_one_change():
    assert 30 <= len(CLEAN) <= 40 and len(EXPECTED) == len(CLEAN)
    for name, expected in EXPECTED.items():
        assert name.endswith("_err") and name.removesuffix("_err") in CLEAN, name
        text = (PASSAGES / f"{name}.txt").read_text(encoding="utf-8")
        clean = (PASSAGES / f"{name.removesuffix('_err')}.txt").read_text(encoding="utf-8")
        assert text.count(expected["wrong"]) == 1 and text != clean, name
        assert expected["kind"] and (expected["caught"] or expected.get("why")), name


@pytest.mark.parametrize("name", CLEAN)
def test_a_consistent_passage_gives_no_error_or_warning(name):
    assert flagged_or_refused(PASSAGES / f"{name}.txt") == []


@pytest.mark.parametrize("name", _error_cases())
def test_the_error_names_the_wrong_figure(name):
    text = (PASSAGES / f"{name}.txt").read_text(encoding="utf-8")
    wrong = EXPECTED[name]["wrong"]
    at = text.index(wrong)
    result = check_texts([PASSAGES / f"{name}.txt"])
    assert not result.input_errors
    errors = [f for f in result.findings if f.severity == "error"]
    assert any(
        start <= at and at + len(wrong) <= end for f in errors for start, end in cited_spans(f)
    ), [f.message for f in errors]
