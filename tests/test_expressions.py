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


_bound = st.fractions(min_value=-50, max_value=50, max_denominator=20)
_width = st.fractions(min_value=0, max_value=5, max_denominator=20)
_interval = st.builds(lambda low, width: Interval.closed(low, low + width), _bound, _width)
_SOLVED = [
    "x == a / b - 1",
    "x / a - 1 == b",
    "a == b / x - 1",
    "a * (x + b) <= c",
    "c > a - x * b",
    "-(x - a) / b >= c",
    "a == (b - x) / (c + 1)",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_SOLVED),
    st.fractions(min_value=-60, max_value=60, max_denominator=50).filter(lambda x: x != 0),
    _interval,
    _interval,
    _interval,
)
def test_a_name_solved_for_holds_every_value_with_which_the_assertion_holds(
    text, x, a, b, c
) -> None:
    """`solve_for` (the hints' quick test of retyped figures) leaves out no value of the name
    with which the assertion, evaluated as rules evaluate it, holds: x is in the window it
    finds whenever the assertion holds at x (x is never 0, as a retyped figure never is)."""
    from checker.expressions import Name, solve_for

    assertion = parse_assertion(text)
    values = {"a": a, "b": b, "c": c, "x": Interval.point(x)}
    name = Name("x")
    index = 0 if name in _names(assertion.left) else 1
    other = compile_(assertion.right if index == 0 else assertion.left)(_lookup(values))
    op = (
        assertion.op
        if index == 0
        else {"<=": ">=", ">=": "<=", "<": ">", ">": "<"}.get(assertion.op, "==")
    )
    target = Interval(
        None if op in ("<", "<=") else other.low, None if op in (">", ">=") else other.high
    )
    side = assertion.left if index == 0 else assertion.right
    solved = solve_for(side, name, target, _lookup(values))
    if solved is not None and assertion.evaluate(_lookup(values)).holds:
        assert solved.contains(x), (text, x, a, b, c, solved)


def _names(node) -> set:
    from checker.expressions import _collect_names

    found: set = set()
    _collect_names(node, found)
    return found


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([*_SOLVED, "x == a + b * 2", "x <= -a"]), _interval, _interval, _interval)
def test_an_assertion_read_from_bindings_gives_its_verdict_through_a_lookup(text, a, b, c) -> None:
    """`Assertion.reading` (names read straight from the bindings, as every join a rule finds
    is evaluated) gives the verdict `evaluate` gives through a lookup."""
    assertion = parse_assertion(text)
    values = {"a": a, "b": b, "c": c, "x": Interval.closed(1, 2)}
    reading = assertion.reading(lambda name: lambda given: given[name.binding])
    assert reading is not None
    assert reading(values) == assertion.evaluate(_lookup(values))


def test_a_level_solved_for_in_a_divisor_lies_between_its_bounds() -> None:
    """A year-on-year change of +8.5 % (to one decimal) against this year's 110 to 112: last
    year's level lies between 110 / 1.09 and 112 / 1.08, and a window that holds those."""
    from checker.expressions import Name, solve_for

    assertion = parse_assertion("change == end / start - 1")
    change = Interval.closed(Fraction(84, 1000), Fraction(86, 1000))
    values = {"change": change, "end": Interval.closed(110, 112)}
    solved = solve_for(assertion.right, Name("start"), change, _lookup(values))
    assert solved == Interval.closed(
        Fraction(110) / Fraction(1086, 1000), Fraction(112) / Fraction(1084, 1000)
    )
    for start in (Fraction(102), Fraction(1014, 10)):
        values["start"] = Interval.point(start)
        assert assertion.evaluate(_lookup(values)).holds and solved.contains(start)
    values["start"] = Interval.point(104)
    assert not assertion.evaluate(_lookup(values)).holds and not solved.contains(104)
