"""The lookups that keep the reading of a long text linear give what a scan over every mention
gives: the mentions inside a span, a figure ending just before a bracket, a percentage in the
sentence before some points, the mentions outside a table's cells, the earlier percentages a
gap in points names, and the names of a clause."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checker.extraction import context as cx
from checker.extraction import mentions as mn
from checker.extraction.links import DraftClaim
from checker.extraction.rates_by_name import RatesByName

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 20)), max_size=30)


class _Spot:
    def __init__(self, start: int, length: int) -> None:
        self.start, self.end = start, start + length


@given(spans, st.integers(0, 220), st.integers(0, 40))
def test_mentions_within_a_span_as_a_scan_finds_them(found_spans, start, width):
    found = [_Spot(s, n) for s, n in found_spans]
    starts = sorted((m.start, number) for number, m in enumerate(found))
    expected = [m for m in found if start <= m.start < start + width]
    assert mn._mentions_within(found, starts, start, start + width) == expected  # type: ignore[arg-type]


@given(spans, st.integers(0, 220))
def test_a_figure_ending_before_a_position_as_a_scan_finds_it(found_spans, position):
    found = [_Spot(s, n) for s, n in found_spans]
    expected = any(position - 3 <= m.end <= position for m in found)
    assert mn._figure_ends_before(sorted(m.end for m in found), position) == expected


@given(st.lists(st.integers(0, 200), max_size=30), st.integers(0, 220), st.integers(0, 40))
def test_a_percentage_in_a_span_as_a_scan_finds_it(starts, since, width):
    expected = any(since <= s < since + width for s in starts)
    assert mn._rate_before(sorted(starts), since, since + width) == expected


@given(spans, spans)
def test_mentions_outside_spans_as_a_scan_finds_them(found_spans, cells):
    found = [_Spot(s, n) for s, n in found_spans]
    declared = [(s, s + n) for s, n in cells]
    expected = [m for m in found if not any(a <= m.start < b for a, b in declared)]
    assert mn._outside_spans(found, declared) == expected  # type: ignore[arg-type]


_WORDS = st.sampled_from(["farm", "output", "spending", "household", "total", "rate"])
_METRICS = st.lists(_WORDS, min_size=1, max_size=3).map("_".join)
_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), _METRICS, st.frozensets(_WORDS, max_size=3)),
        st.tuples(st.just("rename"), st.integers(0, 30), _METRICS),
        st.tuples(st.just("ask"), st.frozensets(_WORDS, min_size=1, max_size=3)),
    ),
    max_size=40,
)


@given(_STEPS)
def test_earlier_rates_by_name_as_a_scan_finds_them(steps):
    """Claims added, renamed after they were added (as later sentences rename them), and asked
    for by name: the index answers what a scan of every claim added answers."""
    rates = RatesByName()
    added: list[tuple[DraftClaim, frozenset[str]]] = []
    for step in steps:
        if step[0] == "add":
            claim = DraftClaim(mention=len(added), metric=step[1])
            rates.add(claim, step[2])
            added.append((claim, step[2]))
        elif step[0] == "rename" and added:
            added[step[1] % len(added)][0].metric = step[2]
        elif step[0] == "ask":
            words = step[1]
            expected = [
                claim
                for claim, naming in added
                if words <= set(claim.metric.split("_")) or words <= naming
            ]
            assert [id(c) for c in rates.named(words)] == [id(c) for c in expected]


def test_a_claim_renamed_keeps_its_place_in_the_draft_record():
    claim = DraftClaim(mention=3, metric="farm_output")
    claim.metric = "household_spending"
    assert claim == DraftClaim(mention=3, metric="household_spending")
    assert dataclasses.asdict(claim)["metric"] == "household_spending"
    assert "_renames" not in dataclasses.asdict(claim)


_NAMED = (
    "The Port of Hamburg said. GLASGOW Airport and Acme's plant\nRose in May; "
    "Bank of England, U.S. Steel (Oslo) and the Met Office: "
)


@given(
    st.lists(st.sampled_from(_NAMED.split(" ")), max_size=40),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_names_of_a_span_looked_up_in_the_whole_text_as_read_afresh(words, start, width):
    """The names of a clause, looked up in the whole text's scan, are what a scan of the
    clause alone finds, wherever the clause starts and ends (inside a name too)."""
    text = " ".join(words)
    start = min(start, len(text))
    end = min(len(text), start + width)
    evidence = cx.name_evidence(text)
    looked_up = cx._WholeTextNames(text, evidence).within(start, end)
    assert looked_up is None or looked_up == cx._phrases(text, start, end, evidence)


def test_names_of_the_clauses_of_real_text_are_looked_up_as_read_afresh():
    passages = sorted(Path(__file__).resolve().parents[2].glob("shared/realdev/*/passage.txt"))
    looked_up = 0
    for path in passages:
        text = path.read_text(encoding="utf-8")
        evidence = cx.name_evidence(text)
        names = cx._WholeTextNames(text, evidence)
        segments = cx.segment(text)
        for sentence in range(len(segments.sentence_starts)):
            s_start, s_end = segments.span(sentence)
            for position in range(s_start, s_end, 7):
                start, end = cx.clause_bounds(text, s_start, s_end, position)
                found = names.within(start, end)
                assert found is None or found == cx._phrases(text, start, end, evidence)
                looked_up += found is not None
    assert looked_up > 1000
