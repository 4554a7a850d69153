"""The small, closed expression language of rule assertions, evaluated over exact intervals.

Grammar: numbers, names of joined claims (`start`) and their attributes (`change.span`),
`+ - * /`, `**` (integer or claim-given exponents), `sum(...)`, `product(...)`, `min(...)`,
`max(...)`, `abs(...)`, and one comparison (`== <= < >= >`) at the top. `sum`, `product`, `min`
and `max` of one argument over names bound to `each` lists read it term by term
(`sum(levels / (1 + changes))`, `product(factors)`).
Text is parsed once into a tree; nothing is ever passed to `eval`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from quicktions import Fraction

from .errors import CheckerError
from .intervals import (
    MAX_EXPONENT,
    Interval,
    add,
    divide,
    multiply,
    overlaps,
    parse_decimal,
    subtract,
)

__all__ = ["Assertion", "ExpressionError", "Node", "Verdict", "parse_assertion", "parse_expression"]


class ExpressionError(CheckerError, ValueError):
    """An expression that cannot be parsed; `offset` is the 0-based character where it goes wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Number:
    value: Fraction


@dataclass(frozen=True, slots=True)
class Name:
    """A joined claim (`start`) or one of its attributes (`change.span`)."""

    binding: str
    attribute: str | None = None


@dataclass(frozen=True, slots=True)
class Unary:
    op: str
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    arguments: tuple[Node, ...]


Node = Number | Name | Unary | Binary | Call

COMPARISONS = ("==", "<=", ">=", "<", ">")
FUNCTIONS = ("sum", "product", "abs", "min", "max")

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)
      | (?P<op>\*\*|==|<=|>=|[-+*/()<>,])
    )""",
    re.VERBOSE,
)


# Bounds on what a rule may write: no rule needs more, and past them parsing or evaluating could
# exhaust the stack or the memory.
MAX_LENGTH = 2000
MAX_DEPTH = 50


class _Parser:
    def __init__(self, text: str) -> None:
        if len(text) > MAX_LENGTH:
            raise ExpressionError(
                f"the expression is {len(text):,} characters long; at most {MAX_LENGTH:,}",
                MAX_LENGTH,
            )
        self.depth = 0
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        position = 0
        while position < len(text):
            if text[position:].strip() == "":
                break
            match = _TOKEN.match(text, position)
            if not match or match.end() == position:
                bad = position + (len(text[position:]) - len(text[position:].lstrip()))
                raise ExpressionError(f"unexpected '{text[bad]}'", bad)
            kind = match.lastgroup or ""
            self.tokens.append((kind, match.group(kind), match.start(kind)))
            position = match.end()
        self.index = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(
        self, expected: str | None = None, description: str | None = None
    ) -> tuple[str, str, int]:
        token = self.peek()
        if token is None:
            wanted = description or (f"'{expected}'" if expected else "more")
            raise ExpressionError(f"the expression ends where {wanted} is expected", len(self.text))
        if expected is not None and token[1] != expected:
            raise ExpressionError(f"expected '{expected}' but found '{token[1]}'", token[2])
        self.index += 1
        return token

    def expression(self) -> Node:
        self.depth += 1
        try:
            return self.sum_of()
        finally:
            self.depth -= 1

    def sum_of(self) -> Node:
        node = self.term()
        while (token := self.peek()) and token[1] in ("+", "-"):
            self.take()
            node = Binary(token[1], node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while (token := self.peek()) and token[1] in ("*", "/"):
            self.take()
            node = Binary(token[1], node, self.unary())
        return node

    def unary(self) -> Node:
        token = self.peek()
        if self.depth > MAX_DEPTH or self.index > MAX_DEPTH and self._signs_run_on():
            where = token[2] if token else len(self.text)
            raise ExpressionError(f"the expression nests more than {MAX_DEPTH} levels deep", where)
        if token and token[1] in ("-", "+"):
            self.take()
            operand = self.unary()
            return Unary("-", operand) if token[1] == "-" else operand
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        if (token := self.peek()) and token[1] == "**":
            self.take()
            self.depth += 1
            try:
                exponent = self.unary()
            finally:
                self.depth -= 1
            if isinstance(exponent, Number) and abs(exponent.value) > MAX_EXPONENT:
                raise ExpressionError(
                    f"the exponent {exponent.value} is over {MAX_EXPONENT}; no figure needs it",
                    token[2],
                )
            return Binary("**", base, exponent)
        return base

    def _signs_run_on(self) -> bool:
        """Whether the last MAX_DEPTH tokens were all signs: '- - - ... x' nests as deep."""
        recent = self.tokens[self.index - MAX_DEPTH : self.index]
        return all(t[1] in ("-", "+") for t in recent)

    def atom(self) -> Node:
        token = self.take(description="a number, a name or '('")
        kind, text, offset = token
        if kind == "number":
            return Number(parse_decimal(text))
        if kind == "name":
            if (following := self.peek()) and following[1] == "(":
                if text not in FUNCTIONS:
                    raise ExpressionError(
                        f"unknown function '{text}' (known: {', '.join(FUNCTIONS)})", offset
                    )
                self.take("(")
                arguments = [self.expression()]
                while (separator := self.peek()) and separator[1] == ",":
                    self.take()
                    arguments.append(self.expression())
                self.take(")")
                return Call(text, tuple(arguments))
            binding, _, attribute = text.partition(".")
            return Name(binding, attribute or None)
        if text == "(":
            node = self.expression()
            self.take(")")
            return node
        raise ExpressionError(f"unexpected '{text}'", offset)

    def finish(self) -> None:
        if (token := self.peek()) is not None:
            raise ExpressionError(
                f"unexpected '{token[1]}' after the end of the expression", token[2]
            )


def parse_expression(text: str) -> Node:
    parser = _Parser(text)
    node = parser.expression()
    parser.finish()
    _check_height(node, len(text))
    return node


def _check_height(node: Node, offset: int) -> None:
    """Long chains (1 + 1 + ... + 1) make trees as deep as nesting does; evaluation recurses
    through them, so they get the same bound. Measured without recursion."""
    level, deepest = [(node, 1)], 0
    while level:
        current, height = level.pop()
        deepest = max(deepest, height)
        if deepest > MAX_DEPTH:
            raise ExpressionError(
                f"the expression nests more than {MAX_DEPTH} levels deep (counting chained + - * /)",
                offset,
            )
        if isinstance(current, Unary):
            level.append((current.operand, height + 1))
        elif isinstance(current, Binary):
            level += [(current.left, height + 1), (current.right, height + 1)]
        elif isinstance(current, Call):
            level += [(argument, height + 1) for argument in current.arguments]


Lookup = Callable[[Name], "Interval | Sequence[Interval]"]
Evaluator = Callable[[Lookup], Interval]
# What reads a name straight from what an evaluation is given (a join's bindings, say), in place
# of a lookup: given a name, its reader, or None where it reads the name only through a lookup.
Reader = Callable[[Name], "Callable[[Any], Interval] | None"]
# Both operands are intervals (names and numbers evaluate to intervals): no coercion needed.
_BINARY: dict[str, Callable[[Interval, Interval], Interval]] = {
    "+": add,
    "-": subtract,
    "*": multiply,
    "/": divide,
    "**": Interval.power,
}


class Verdict(NamedTuple):
    """The outcome of one assertion: whether some choice of true values satisfies it,
    and the two sides as computed (the stated side and the side the other figures imply).
    (A named tuple: made for every join a rule evaluates, in a quarter of a frozen
    dataclass's time.)"""

    holds: bool
    stated: Interval
    computed: Interval


@dataclass(frozen=True, slots=True)
class Assertion:
    """`left OP right`, parsed once. By convention the left side is the figure a claim states
    and the right side what the other claims imply, which is how messages present them."""

    text: str
    left: Node
    op: str
    right: Node
    _left: Evaluator = field(init=False, repr=False, compare=False)
    _right: Evaluator = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_left", compile_expression(self.left))
        object.__setattr__(self, "_right", compile_expression(self.right))

    def __reduce__(self) -> tuple[type, tuple[str, Node, str, Node]]:
        # The evaluators are closures, rebuilt from the tree rather than pickled (Dask ships rules).
        return (Assertion, (self.text, self.left, self.op, self.right))

    def names(self) -> set[str]:
        return {name.binding for name in self.references()}

    def references(self) -> set[Name]:
        """Every name the assertion reads, with its attribute (`change.span`)."""
        found: set[Name] = set()
        for side in (self.left, self.right):
            _collect_names(side, found)
        return found

    def evaluate(self, lookup: Lookup) -> Verdict:
        left = self._left(lookup)
        right = self._right(lookup)
        return Verdict(_compare(self.op, left, right), left, right)

    def name_list(self) -> list[Name]:
        """Every name the assertion reads, once for each place it is read."""
        found: list[Name] = []
        for side in (self.left, self.right):
            _list_names(side, found)
        return found

    def side_names(self) -> tuple[set[str], set[str]]:
        """The bindings each side reads, left then right."""
        sides: tuple[set[Name], set[Name]] = (set(), set())
        _collect_names(self.left, sides[0])
        _collect_names(self.right, sides[1])
        return {n.binding for n in sides[0]}, {n.binding for n in sides[1]}

    def side(self, index: int, lookup: Lookup) -> Interval:
        """One side as the figures read: 0 the left, 1 the right."""
        return (self._left if index == 0 else self._right)(lookup)

    def reading(self, reader: Reader) -> Callable[[Any], Verdict] | None:
        """`evaluate` compiled to read each name with `reader` straight from what it is given
        (no lookup made per evaluation: a rule evaluates every join it finds); None when a
        name has no reader, or a function reads a list term by term (read through a lookup)."""
        left, right = compile_reading(self.left, reader), compile_reading(self.right, reader)
        if left is None or right is None:
            return None
        op = self.op
        if op == "==":

            def equal(given: Any) -> Verdict:
                stated, computed = left(given), right(given)
                return Verdict(overlaps(stated, computed), stated, computed)

            return equal

        def compared(given: Any) -> Verdict:
            stated, computed = left(given), right(given)
            return Verdict(_compare(op, stated, computed), stated, computed)

        return compared

    def holds_with(self, lookup: Lookup, given: tuple[Interval | None, Interval | None]) -> bool:
        """Whether it holds (as `evaluate` says), a side given already being taken as given: a
        hint trying repairs of one claim works out a side that does not read it only once."""
        left, right = given
        return _compare(
            self.op,
            self._left(lookup) if left is None else left,
            self._right(lookup) if right is None else right,
        )


def parse_assertion(text: str) -> Assertion:
    parser = _Parser(text)
    left = parser.expression()
    token = parser.peek()
    if token is None or token[1] not in COMPARISONS:
        offset = token[2] if token else len(text)
        raise ExpressionError("an assertion compares two sides with one of == <= >= < >", offset)
    parser.take()
    right = parser.expression()
    parser.finish()
    _check_height(left, token[2])
    _check_height(right, len(text))
    return Assertion(text, left, token[1], right)


def _list_names(node: Node, found: list[Name]) -> None:
    if isinstance(node, Name):
        found.append(node)
    elif isinstance(node, Unary):
        _list_names(node.operand, found)
    elif isinstance(node, Binary):
        _list_names(node.left, found)
        _list_names(node.right, found)
    elif isinstance(node, Call):
        for argument in node.arguments:
            _list_names(argument, found)


def _collect_names(node: Node, found: set[Name]) -> None:
    names: list[Name] = []
    _list_names(node, names)
    found.update(names)


def _compare(op: str, left: Interval, right: Interval) -> bool:
    if op == "==":
        return overlaps(left, right)
    if op == "<=":
        return left.possibly_le(right)
    if op == "<":
        return left.possibly_lt(right)
    if op == ">=":
        return left.possibly_ge(right)
    return left.possibly_gt(right)


def compile_expression(node: Node) -> Evaluator:
    """The tree turned into nested closures, once per rule, since a rule evaluates it for every
    join it finds. The evaluator gives the interval of every value the expression takes for true
    values inside its operands."""
    if isinstance(node, Number):
        constant = Interval.point(node.value)
        return lambda lookup: constant
    if isinstance(node, Name):

        def name(lookup: Lookup) -> Interval:
            found = lookup(node)
            if found.__class__ is Interval:
                return found  # type: ignore[return-value]  # (its class, checked the fast way)
            return interval_sum(found)  # type: ignore[arg-type]

        return name
    if isinstance(node, Unary):
        operand = compile_expression(node.operand)
        return lambda lookup: -operand(lookup)
    if isinstance(node, Call):
        return _compile_call(node)
    left, right, operation = (
        compile_expression(node.left),
        compile_expression(node.right),
        _BINARY[node.op],
    )
    return lambda lookup: operation(left(lookup), right(lookup))


def compile_reading(node: Node, reader: Reader) -> Callable[[Any], Interval] | None:
    """The tree turned into nested closures as `compile_expression` does, each name read by
    its `reader` from what the evaluation is given; None where a name has none, or for a
    function (`sum(levels / (1 + changes))` reads its lists term by term, through a lookup)."""
    if isinstance(node, Number):
        constant = Interval.point(node.value)
        return lambda given: constant
    if isinstance(node, Name):
        return reader(node)
    if isinstance(node, Unary):
        operand = compile_reading(node.operand, reader)
        return None if operand is None else lambda given: -operand(given)
    if isinstance(node, Call):
        return None
    left, right = compile_reading(node.left, reader), compile_reading(node.right, reader)
    if left is None or right is None:
        return None
    operation = _BINARY[node.op]
    if isinstance(node.right, Number):  # `end / start - 1`: the constant without a call
        constant = Interval.point(node.right.value)
        return lambda given: operation(left(given), constant)
    return lambda given: operation(left(given), right(given))


def solve_for(node: Node, name: Name, target: Interval, lookup: Lookup) -> Interval | None:
    """Every value of `name` (read once in `node`, and nowhere else it is evaluated) for which
    `node` may come out in `target`, the other operands as `lookup` reads them, and more: the
    operations around the name undone one by one in interval arithmetic (`a / start - 1` in
    [x, y] puts start in a / [x + 1, y + 1]), each result holding every value that could give
    the one before. None where an operation cannot be undone so (a power, a function, a product
    or quotient with an operand that may be 0, the name in a divisor below the top of it). A
    zero value of the name is left out (dividing by it leaves anything possible)."""
    while node != name:
        if isinstance(node, Unary):
            target, node = -target, node.operand
            continue
        if not isinstance(node, Binary) or node.op not in ("+", "-", "*", "/"):
            return None
        in_left = _reads(node.left, name)
        child = node.left if in_left else node.right
        other = compile_expression(node.right if in_left else node.left)(lookup)
        if node.op == "+":
            target = target - other
        elif node.op == "-":
            target = target + other if in_left else other - target
        elif other.contains(0) or (node.op == "/" and not in_left and child != name):
            return None
        elif node.op == "*" or in_left:
            target = target / other if node.op == "*" else target * other
        elif target.contains(0):
            return None  # other / start in a range holding 0: start may be as large as it likes
        else:
            target = other / target
        node = child
    return target


def _reads(node: Node, name: Name) -> bool:
    found: set[Name] = set()
    _collect_names(node, found)
    return name in found


def _compile_call(node: Call) -> Evaluator:
    arguments = [compile_expression(argument) for argument in node.arguments]
    if node.function == "abs":
        return lambda lookup: abs(arguments[0](lookup))
    if len(arguments) == 1:
        # One argument over `each` lists is read term by term: sum(levels / (1 + changes)) pairs
        # the i-th level with the i-th change (both listed in the order of the metric list),
        # which a sum of each list taken whole could not say.
        names: set[Name] = set()
        _collect_names(node.arguments[0], names)
        terms = _terms(arguments[0], names)
        if node.function == "sum":
            return lambda lookup: interval_sum(terms(lookup))
        if node.function == "product":
            return lambda lookup: interval_product(terms(lookup))
        pick = min if node.function == "min" else max
        return lambda lookup: _fold(list(terms(lookup)), pick)
    if node.function == "sum":
        return lambda lookup: interval_sum(argument(lookup) for argument in arguments)
    if node.function == "product":
        return lambda lookup: interval_product(argument(lookup) for argument in arguments)
    pick = min if node.function == "min" else max
    return lambda lookup: _fold([argument(lookup) for argument in arguments], pick)


def _terms(argument: Evaluator, names: set[Name]) -> Callable[[Lookup], list[Interval]]:
    """The argument evaluated once for each position of the lists its names are bound to (once
    in all when none is a list)."""

    def terms(lookup: Lookup) -> list[Interval]:
        lists: dict[Name, Sequence[Interval]] = {}
        for name in names:
            found = lookup(name)
            if not isinstance(found, Interval):
                lists[name] = found
        if not lists:
            return [argument(lookup)]
        lengths = {len(found) for found in lists.values()}
        if len(lengths) != 1:
            raise ValueError("lists of different lengths cannot be read term by term")

        def at(position: int) -> Lookup:
            return lambda name: lists[name][position] if name in lists else lookup(name)

        return [argument(at(position)) for position in range(lengths.pop())]

    return terms


def interval_sum(values: Iterable[Interval]) -> Interval:
    """The sum of intervals (a name bound to a list reads as the sum of its figures)."""
    total = Interval.point(0)
    for value in values:
        total = total + value
    return total


def interval_product(values: Iterable[Interval]) -> Interval:
    """The product of intervals (a count times its average, a price per unit times an amount),
    every bound exact."""
    total = Interval.point(1)
    for value in values:
        total = multiply(total, value)
    return total


def _fold(values: list[Interval], pick: Callable[..., object]) -> Interval:
    """min/max over intervals: bounds taken endpoint-wise, None meaning unbounded."""
    lows = [v.low for v in values]
    highs = [v.high for v in values]
    if pick is min:
        low = None if any(b is None for b in lows) else min(lows)  # type: ignore[type-var]
        high = None if all(b is None for b in highs) else min(b for b in highs if b is not None)
    else:
        low = None if all(b is None for b in lows) else max(b for b in lows if b is not None)
        high = None if any(b is None for b in highs) else max(highs)  # type: ignore[type-var]
    return Interval(low, high)
