"""A cheap necessary condition for a regular expression (issue 14, speed): the literal strings
one of which every match of it holds, read from the pattern itself (so no second word list).
A text whose folded form holds none of them cannot match, and the search is skipped: an `in`
test on a lowered sentence costs a fraction of a search that tries the pattern at every
position. tests/test_extraction_prefilter.py holds every prefiltered pattern to it."""

from __future__ import annotations

import re
from typing import Any

try:  # the parsed form and its operators: private to `re`, read only, to find the literals
    import re._constants as sc
    import re._parser as sp
except ImportError:  # a Python that moved them: no prefilter, every search runs
    sc = sp = None  # type: ignore[assignment]


# how many literals are looked for one by one rather than as one search (see Prefiltered)
_FEW_LITERALS = 48


class Prefiltered:
    """A compiled pattern and the literals of its matches: `search` and `match` as the
    pattern's, but answering None at once when the folded text holds no literal."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.literals = necessary_literals(pattern)
        # Up to a few dozen literals are looked for one `in` test each (a fast scan of the
        # text apiece); more as one search of the tree of their characters, which `re` tries
        # at every character of the text that opens one: on a news sentence 2 µs against 0.3
        # for three literals, 45 against 12 for thirty, 15 against 1 for forty-two (the
        # loop stops at the first found); about even at seventy.
        # (no literals, or none to be found: every search runs)
        known = self.literals or ()
        self._test = _literal_test(known) if known else None
        # A text folded to ASCII holds no literal beyond it (a Chinese word, a curly quote):
        # such a text, most English sentences, is tested for the ASCII literals alone.
        self._ascii_test = _literal_test(tuple(lit for lit in known if lit.isascii()))

    def may_match(self, folded: str) -> bool:
        """Whether a text, folded by `fold`, holds one of the literals (no match without)."""
        if self._test is None:
            return True
        test = self._ascii_test if folded.isascii() else self._test
        if isinstance(test, tuple):
            for literal in test:
                if literal in folded:
                    return True
            return False
        return test.search(folded) is not None

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        if not self.may_match(fold(text) if folded is None else folded):
            return None
        return self.pattern.search(text)


def _literal_test(literals: tuple[str, ...]) -> tuple[str, ...] | re.Pattern[str]:
    """How a text is tested for the literals: up to _FEW_LITERALS one by one, more by one
    search of their tree."""
    return literals if len(literals) <= _FEW_LITERALS else re.compile(any_of(literals))


def any_of(literals: tuple[str, ...]) -> str:
    """A pattern matching where one of the literals stands, as a tree of their characters
    ("c(?:entral|atering)"): at a character that opens several, the engine tries the one
    branch it opens instead of each literal in turn (and turns the others down on that
    character). A literal holding another is dropped: the other stands where it stands."""
    if "" in literals:
        return ""
    by_first: dict[str, list[str]] = {}
    for literal in sorted(literals):
        by_first.setdefault(literal[0], []).append(literal[1:])
    branches = []
    for first, rests in by_first.items():
        rest = any_of(tuple(rests))
        several = len({rest[:1] for rest in rests}) > 1 and "" not in rests
        branches.append(re.escape(first) + (f"(?:{rest})" if several else rest))
    return "|".join(branches)


def fold(text: str) -> str:
    """The text lowered, with the four letters a case-blind pattern takes for an ASCII letter
    that `str.lower` keeps apart (dotless i, dotted capital I, long s, Kelvin sign) made that
    letter: every character a case-blind ASCII letter matches folds to that letter."""
    folded = text.lower()
    if folded.isascii():
        return folded
    return folded.replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")


def necessary_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowered strings one of which the folded form of every match holds, or None when the
    pattern has no such set (a match could then be anywhere), or `re` parses patterns in a way
    this module does not know (a later Python): then every search runs."""
    if sp is None:
        return None
    try:
        return _of_sequence(sp.parse(pattern.pattern, pattern.flags))
    except (AttributeError, TypeError, ValueError):
        return None


def _literal(code: int) -> str | None:
    """A character a literal of the pattern can stand for in folded text: an ASCII character
    (folded to its lower case) or one that has no case; None for other cased letters."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    return char if char.lower() == char == char.upper() else None


def _of_sequence(items: Any) -> tuple[str, ...] | None:
    """The best literal set of a sequence of items: each run of literal characters is one
    (a set of one string), and so is every item that must match and has a set of its own;
    the set whose shortest string is longest is the most selective."""
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, argument in items:
        char = _literal(argument) if op is sc.LITERAL else None
        if char is not None:
            run.append(char)
            continue
        if run:
            candidates.append(("".join(run),))
            run = []
        inner = _of_item(op, argument)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append(("".join(run),))
    if not candidates:
        return None
    return max(candidates, key=lambda literals: (min(map(len, literals)), -len(literals)))


def _of_item(op: object, argument: Any) -> tuple[str, ...] | None:
    """The literal set of one item that must match: an alternation (each branch's set, or
    none if a branch has none), a set of characters, a group, a repeat of at least one."""
    if op is sc.BRANCH:
        branches = [_of_sequence(branch) for branch in argument[1]]
        if any(branch is None for branch in branches):
            return None
        return _shortest({literal for branch in branches for literal in branch or ()})
    if op is sc.IN:
        chars = {_literal(code) if kind is sc.LITERAL else None for kind, code in argument}
        return None if None in chars else _shortest({c for c in chars if c is not None})
    if op is sc.SUBPATTERN:
        return _of_sequence(argument[-1])
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        least, _, inner = argument
        return _of_sequence(inner) if least >= 1 else None
    return None


def _shortest(literals: set[str]) -> tuple[str, ...]:
    """The literals less those holding another (a text holding "broken" holds "broke")."""
    return tuple(sorted(a for a in literals if not any(b != a and b in a for b in literals)))


def opening_guard(pattern: str, flags: int = 0) -> str:
    """A lookahead `(?=[...])` of every character that can open a match of `pattern` (its
    literals and ranges, compared as the pattern compares them, case-blind or not), to be put
    just before it: a position holding none of them is turned down on one character, where a
    long case-blind alternation tries each of its branches in turn. "" when the opening
    characters are not bounded so (a class such as \\s or \\w, any character, a pattern that
    can match nothing), or `re` parses patterns in a way this module does not know."""
    if sp is None:
        return ""
    try:
        opening, empty = _opening_of_sequence(sp.parse(pattern, flags))
    except (AttributeError, TypeError, ValueError):
        return ""
    if opening is None or empty or not opening:
        return ""
    return "(?=[" + "".join(_class_item(low, high) for low, high in sorted(opening)) + "])"


# (characters that can open a match, as (low, high) code ranges, or None: unbounded; whether
# the items can match the empty string)
_Opening = tuple[set[tuple[int, int]] | None, bool]


def _opening_of_sequence(items: Any) -> _Opening:
    """The opening characters of a sequence of items: those of its first item that consumes a
    character, and of the items before it that can match nothing (zero-width assertions
    consume none and only narrow a match: they are stepped over)."""
    opening: set[tuple[int, int]] = set()
    for op, argument in items:
        if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
            continue
        inner, empty = _opening_of_item(op, argument)
        if inner is None:
            return None, False
        opening |= inner
        if not empty:
            return opening, False
    return opening, True


def _opening_of_item(op: object, argument: Any) -> _Opening:
    if op is sc.LITERAL:
        return {(argument, argument)}, False
    if op is sc.IN:
        ranges: set[tuple[int, int]] = set()
        for kind, value in argument:
            if kind is sc.LITERAL:
                ranges.add((value, value))
            elif kind is sc.RANGE:
                ranges.add(value)
            else:  # a negated set, a category (\s, \w, \d): unbounded here
                return None, False
        return ranges, False
    if op is sc.BRANCH:
        opening: set[tuple[int, int]] = set()
        empty = False
        for branch in argument[1]:
            inner, branch_empty = _opening_of_sequence(branch)
            if inner is None:
                return None, False
            opening |= inner
            empty = empty or branch_empty
        return opening, empty
    if op is sc.SUBPATTERN:
        return _opening_of_sequence(argument[-1])
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        least, _, inner_items = argument
        inner, empty = _opening_of_sequence(inner_items)
        return inner, empty or least == 0
    return None, False


def _class_item(low: int, high: int) -> str:
    first = "\\" + chr(low) if chr(low) in "\\]^-[" else chr(low)
    if low == high:
        return first
    last = "\\" + chr(high) if chr(high) in "\\]^-[" else chr(high)
    return f"{first}-{last}"
