"""The assertion language: `sum`, `min` and `max` of one argument over `each` lists read it term
by term, pairing the i-th claim of every list; the result holds every value the true figures
give (soundness over exact intervals)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quicktions import Fraction

from checker.expressions import compile_expression as compile_
from checker.expressions import parse_assertion, parse_expression
from checker.intervals import Interval


def _lookup(values: dict[str, object]):
    return lambda name: values[name.binding]


def test_sum_of_one_argument_over_lists_pairs_their_terms() -> None:
    evaluate = compile_(parse_expression("sum(levels / (1 + parts))"))
    levels = [Interval.point(110), Interval.point(45)]
    parts = [Interval.point(Fraction(1, 10)), Interval.point(Fraction(-1, 10))]
    assert evaluate(_lookup({"levels": levels, "parts": parts})) == Interval.point(150)


def test_a_list_alone_still_sums_and_several_arguments_still_add() -> None:
    lists = {"parts": [Interval.point(1), Interval.point(2)], "other": Interval.point(4)}
    assert compile_(parse_expression("sum(parts)"))(_lookup(lists)) == Interval.point(3)
    assert compile_(parse_expression("sum(parts, other)"))(_lookup(lists)) == Interval.point(7)
    assert compile_(parse_expression("sum(parts * other)"))(_lookup(lists)) == Interval.point(12)


def test_min_and_max_over_a_list_take_its_terms() -> None:
    values = {"parts": [Interval.closed(1, 2), Interval.closed(5, 6), Interval.closed(-3, 0)]}
    assert compile_(parse_expression("min(parts)"))(_lookup(values)) == Interval.closed(-3, 0)
    assert compile_(parse_expression("max(parts)"))(_lookup(values)) == Interval.closed(5, 6)


def test_lists_of_different_lengths_are_refused() -> None:
    values = {"a": [Interval.point(1)], "b": [Interval.point(1), Interval.point(2)]}
    evaluate = compile_(parse_expression("sum(a * b)"))
    try:
        evaluate(_lookup(values))
    except ValueError as error:
        assert "different lengths" in str(error)
    else:
        raise AssertionError("a sum over unequal lists must not pass")


def test_an_assertion_names_its_bindings() -> None:
    assertion = parse_assertion("change == sum(levels) / sum(levels / (1 + parts)) - 1")
    assert assertion.names() == {"change", "levels", "parts"}


_part = st.tuples(
    st.fractions(min_value=1, max_value=1000, max_denominator=100),
    st.fractions(min_value=Fraction(-9, 10), max_value=2, max_denominator=1000),
    st.fractions(min_value=0, max_value=Fraction(1, 10), max_denominator=100),
)


@given(st.lists(_part, min_size=1, max_size=6))
def test_the_total_change_from_its_parts_holds_the_true_one(parts) -> None:
    """True end levels and changes, each widened by some rounding: the interval the relation
    computes holds the total's true change."""
    ends = [end for end, _, _ in parts]
    changes = [change for _, change, _ in parts]
    true = (
        sum(ends) / sum(end / (1 + change) for end, change in zip(ends, changes, strict=True)) - 1
    )
    widened = {
        "levels": [Interval.closed(e - w * e / 10, e + w * e / 10) for e, _, w in parts],
        "parts": [Interval.closed(c - w / 10, c + w / 10) for _, c, w in parts],
    }
    evaluate = compile_(parse_expression("sum(levels) / sum(levels / (1 + parts)) - 1"))
    assert evaluate(_lookup(widened)).contains(true)
