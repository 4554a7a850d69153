"""The lookups that keep the reading of a long text linear give what a scan over every mention
gives: the mentions inside a span, a figure ending just before a bracket, a percentage in the
sentence before some points."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.extraction import mentions as mn

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
