"""The assertion language: `sum`, `min` and `max` of one argument over `each` lists read it term
by term, pairing the i-th claim of every list; the result holds every value the true figures
give (soundness over exact intervals), and end to end the rule built on it (growth-of-parts)
raises nothing on rounded true figures and catches a total far off."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from quicktions import Fraction

from checker.expressions import compile_expression as compile_
from checker.expressions import parse_assertion, parse_expression
from checker.intervals import Interval
from checker.runner import RunOptions, run


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


def _written(value: Fraction, decimals: int) -> str:
    """A figure as a journalist prints it: rounded half away from zero to `decimals`."""
    scaled = abs(value) * 10**decimals
    rounded = int(scaled + Fraction(1, 2))
    sign = "-" if value < 0 and rounded else ""
    text = str(rounded).rjust(decimals + 1, "0")
    return sign + (f"{text[:-decimals]}.{text[-decimals:]}" if decimals else text)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.fractions(min_value=1, max_value=900, max_denominator=1000),
            st.fractions(min_value=Fraction(-1, 2), max_value=1, max_denominator=10000),
        ),
        min_size=2,
        max_size=4,
    ),
    st.integers(min_value=0, max_value=2),
)
def test_rounded_parts_never_raise_an_error_on_their_true_total(tmp_path_factory, parts, digits):
    """End to end: true end levels and changes of every part, and the total's true change, each
    printed rounded; the rules on totals made of parts raise nothing."""
    ends = [end for end, _ in parts]
    true = sum(ends) / sum(end / (1 + change) for end, change in parts) - 1
    names = [f"part_{n}" for n in range(len(parts))]
    metrics = {"total": {"unit": "count", "sum_of": names}} | {n: {"unit": "count"} for n in names}
    claims = []
    for name, (end, change) in zip(names, parts, strict=True):
        claims += [
            {"id": f"{name}-up", "kind": "change", "metric": name, "period": 2023,
             "basis": "yoy", "value": f"{_written(change * 100, digits)} %"},
            {"id": name, "metric": name, "period": 2023, "value": _written(end, digits + 1)},
        ]  # fmt: skip
    # The true change raises nothing; one 100 points off is caught (the rule did check).
    for stated, wrong in ((true, False), (true + 1, True)):
        total = {"id": "t", "kind": "change", "metric": "total", "period": 2023, "basis": "yoy",
                 "value": f"{_written(stated * 100, digits)} %"}  # fmt: skip
        folder = tmp_path_factory.mktemp("parts")
        (folder / "metrics.yaml").write_text(yaml.safe_dump({"metrics": metrics}), "utf-8")
        document = {
            "source": {"id": "s", "title": "t", "publisher": "p"},
            "claims": [total, *claims],
        }
        (folder / "c.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
        result = run([folder], RunOptions(select=("growth-of-parts",), hints=False))
        assert result.input_errors == []
        flagged = [f.claims[0].claim for f in result.findings if f.severity != "info"]
        assert flagged == (["t"] if wrong else [])
