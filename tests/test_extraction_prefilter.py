"""The literals read from a pattern are a necessary condition of its matches (issue 14, speed):
a prefiltered search must find exactly what the plain search finds. The oracles are the plain
patterns; the texts are the seeds, the realdev passages, the same with the letters a case-blind
pattern confuses swapped in, and random strings of the literals' characters."""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import pytest

from checker import numerals
from checker.extraction import crosslinks, link_patterns, links, mentions, partitions
from checker.extraction import lexicon as lx
from checker.extraction.mentions import qualifier_ending
from checker.extraction.prefilter import (
    Prefiltered,
    any_of,
    fold,
    necessary_literals,
    opening_guard,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
# what a case-blind pattern takes for an ASCII letter though `str.lower` keeps it apart
_FIGURE = re.compile(r"(?<![\d.,])\d")
_TWINS = {"i": ("\u0131", "\u0130"), "s": ("\u017f",), "k": ("\u212a",)}


def _prefiltered() -> list[tuple[str, Prefiltered]]:
    found = []
    for module in (links, partitions, crosslinks, mentions):
        for name, value in vars(module).items():
            if isinstance(value, Prefiltered):
                found.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, tuple) and value and isinstance(value[0], Prefiltered):
                found += [(f"{module.__name__}.{name}[{n}]", p) for n, p in enumerate(value)]
    return found


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("realdev/*/passage.txt"))]
    generator = random.Random(14)
    swapped = []
    for text in texts:
        chars = list(text)
        for at, char in enumerate(chars):
            twins = _TWINS.get(char.lower())
            if twins and generator.random() < 0.3:
                chars[at] = generator.choice(twins)
        swapped.append("".join(chars))
    alphabet = "".join(
        sorted({c for _, p in _prefiltered() for literal in p.literals or () for c in literal})
    )
    alphabet += "".join(c for twins in _TWINS.values() for c in twins) + " ,:\n"
    texts += swapped
    # invented phrases for the patterns no passage matches
    texts += [
        "Ridership set a record: a daily average of ",
        "The WEEKLY AVERAGE WAS about ",
        "average monthly rents rose to ",
        "The council cut the parking fee by ",
    ]
    # the words before each figure: the patterns that end at a figure are searched on them
    texts += [
        text[max(0, m.start() - 120) : m.start()] for text in texts for m in _FIGURE.finditer(text)
    ]
    texts += [
        "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 60)))
        for _ in range(3000)
    ]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_every_character_a_case_blind_ascii_letter_matches_folds_to_it():
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if letter.fullmatch(char):
            assert (
                fold(char) == char.lower()
                if char.isascii()
                else fold(char) in string.ascii_lowercase
            )
            assert re.fullmatch(fold(char), char, re.IGNORECASE)


@pytest.mark.parametrize(("name", "prefiltered"), _prefiltered())
def test_a_prefiltered_search_finds_what_the_plain_one_finds(name, prefiltered, texts):
    assert prefiltered.literals, f"{name}: no literal read, the prefilter does nothing"
    found = 0
    for text in texts:
        plain = prefiltered.pattern.search(text)
        fast = prefiltered.search(text)
        assert (fast and fast.span()) == (plain and plain.span()), (name, text[:200])
        found += plain is not None
    assert found > 0, f"{name}: never matched, so never tested"


def test_the_literals_are_those_every_match_must_hold():
    assert necessary_literals(re.compile(r"\bfoo\s+bar")) == ("foo",)
    assert necessary_literals(re.compile(r"(?:ab|cd)e?fgh", re.I)) == ("fgh",)
    assert necessary_literals(re.compile(r"(?:broken|broke)d")) == ("broke",)
    assert necessary_literals(re.compile(r"(?:in|out|\d+)y")) == ("y",)
    assert necessary_literals(re.compile(r"(?:in|\d+)")) is None
    assert necessary_literals(re.compile(r"(?:abc)?\d")) is None
    assert necessary_literals(re.compile(r"[国國]\d")) == ("国", "國")
    assert necessary_literals(re.compile(r"[国國]内")) == ("内",)
    assert necessary_literals(re.compile(r"[^a]b")) == ("b",)


def test_the_qualifier_before_a_figure_is_found_as_by_the_plain_search(texts):
    """mentions.qualifier_ending asks lx.QUALIFIER_BEFORE_RE only of a text ending on one of its
    qualifiers: it must find what the plain search finds, on the words before every figure,
    those cut before any article, and every qualifier written with odd case, odd white space
    and the letters a case-blind pattern confuses."""
    generator = random.Random(7)
    written = []
    for qualifier in lx.QUALIFIERS_BEFORE:
        for _ in range(3):
            chars = [
                generator.choice(_TWINS.get(c.lower(), (c.upper(),)))
                if generator.random() < 0.3
                else c
                for c in qualifier
            ]
            opening = generator.choice(["", " ", "(", "x", "rose ", '"', "an "])
            closing = generator.choice(["", " ", "\t", "\u00a0 ", "\n", "  "])
            written.append(opening + "".join(chars) + closing)
    found = 0
    for text in texts + written:
        for end in {len(text), *(m.start() for m in re.finditer(r"an? ", text))}:
            plain = lx.QUALIFIER_BEFORE_RE.search(text, 0, end)
            fast = qualifier_ending(text, end)
            assert (fast and fast.span()) == (plain and plain.span()), (text[:200], end)
            found += plain is not None
    assert found > 100


def test_the_opening_guard_names_the_characters_that_open_a_match():
    assert opening_guard(r"(?:a|b[cd])|[x-z]e?", re.IGNORECASE) == "(?=[abx-z])"
    assert opening_guard(r"\bfoo|(?=x)bar|(?:baz)?qux") == "(?=[bfq])"
    assert opening_guard(r"a?b") == "(?=[ab])"
    assert opening_guard(r"a?") == ""  # it can match nothing: any position may match
    assert opening_guard(r"\sb|c") == ""  # a class of its own: not bounded here
    assert opening_guard(r"[^a]b") == ""
    assert opening_guard(r"[\]^-]x") == r"(?=[\-\]\^])"


def test_the_units_after_a_figure_are_matched_as_without_the_guard(texts):
    """lx.UNIT_AFTER_RE opens on a lookahead of the characters that open a unit: it must match
    what the same pattern without it matches, wherever a figure ends, on every unit written with
    odd case and the letters a case-blind pattern confuses, and everywhere in random strings."""
    guard = opening_guard(lx.UNITS_AFTER, re.IGNORECASE)
    assert guard, "no opening characters read: the guard does nothing"
    assert guard in lx.UNIT_AFTER_RE.pattern
    plain = re.compile(lx.UNIT_AFTER_RE.pattern.replace(guard, "", 1), re.IGNORECASE)
    generator = random.Random(11)
    written = []
    for words in re.findall(r"[a-z]+(?:\s+[a-z]+)*", lx.UNITS_AFTER.replace("\\s+", " ")):
        chars = [
            generator.choice(_TWINS.get(c, (c.upper(),))) if generator.random() < 0.3 else c
            for c in words
        ]
        written.append(generator.choice([" ", "", "\n", " \u00a0"]) + "".join(chars) + " of")
    found = 0
    for text in texts + written:
        positions = {m.end() for m in re.finditer(r"\d", text)} | {0}
        for position in positions:
            fast = lx.UNIT_AFTER_RE.match(text, position)
            slow = plain.match(text, position)
            assert (fast and (fast.span(), fast.groupdict())) == (
                slow and (slow.span(), slow.groupdict())
            ), (text[position : position + 60],)
            found += slow is not None
    assert found > 100


def test_the_search_for_any_literal_finds_a_text_holding_one():
    """The tree of the literals' characters matches where one of them stands, and nowhere
    else: literals sharing openings, one inside another, one character, regex metacharacters."""
    generator = random.Random(15)
    alphabet = "abc.(|+一二"
    for _ in range(400):
        literals = tuple(
            {
                "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 4)))
                for _ in range(generator.randint(1, 6))
            }
        )
        pattern = re.compile(any_of(literals))
        for _ in range(20):
            text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 12)))
            assert (pattern.search(text) is not None) == any(x in text for x in literals), (
                literals,
                text,
            )
    assert any_of(("central", "catering", "cat")) == "c(?:at|entral)"


def test_no_pattern_read_around_a_figure_alone_in_its_clause_matches_no_text():
    # links._classify reads a figure with no words between its neighbours as a level at once:
    # each pattern it skips must find nothing in an empty text
    assert links._ABS_CHANGE_LEFT.pattern.search("") is None
    assert links._CHANGED_AMOUNT_LEFT.pattern.search("") is None
    for pattern in (links._MORE_THAN_BEFORE, links._HIGHER_LOWER_RIGHT):
        assert pattern.match("") is None
    assert links._UP_DOWN_LEFT.search("") is None and links.cjk_change_before("") is None


def test_no_named_total_or_whole_is_found_in_no_words():
    # a figure opening its sentence is named as no total and no whole, unsearched
    assert links._PARTITIONED_TOTAL.pattern.search("") is None
    assert all(whole.pattern.search("") is None for whole in links._NAMED_WHOLES)


def test_may_match_answers_whether_a_literal_stands_for_few_and_many_literals():
    """A few literals are looked for one by one, many as one search of their tree: both ways
    answer whether the folded text holds one of them."""
    generator = random.Random(16)
    alphabet = "abcde一"
    sizes = set()
    for size in (1, 2, 5, 20, 50, 120):
        for _ in range(30):
            wanted = {
                # (many of one length: none holds another, so all are kept)
                "".join(generator.choice(alphabet) for _ in range(length))
                for length in (generator.randint(2, 5) if size <= 20 else 5 for _ in range(size))
            }
            prefiltered = Prefiltered(re.compile("|".join(map(re.escape, sorted(wanted)))))
            assert prefiltered.literals is not None
            sizes.add(len(prefiltered.literals))
            for _ in range(20):
                text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 30)))
                expected = any(literal in text for literal in prefiltered.literals)
                assert prefiltered.may_match(text) is expected, (wanted, text)
    assert min(sizes) == 1 and max(sizes) > 48  # both ways were taken
    # a pattern with no necessary literal is searched on every text
    assert Prefiltered(re.compile(r"\d+")).may_match("no figure here")


def test_a_role_of_a_named_difference_is_found_only_where_a_difference_word_is(texts):
    """link_patterns.difference_roles searches the roles of lx.NAMED_DIFFERENCES only in the
    words naming a figure that hold a literal of their alternation (issue 14, speed): every
    text a role pattern matches must hold one, on the words before every figure and random
    strings of the literals' characters."""
    gate = link_patterns._ANY_DIFFERENCE_WORD
    assert gate.literals
    found = 0
    for text in texts:
        if any(role.search(text) for entry in lx.NAMED_DIFFERENCES for role in entry):
            assert gate.may_match(fold(text)), text[:200]
            found += 1
    assert found > 0


def test_an_ascii_text_is_tested_for_the_ascii_literals_alone():
    """A text folded to ASCII cannot hold a literal beyond ASCII: `may_match` tests it for the
    ASCII literals only, and answers as the test of every literal does; a pattern whose
    literals are all Chinese turns every ASCII text down."""
    generator = random.Random(17)
    for _ in range(300):
        wanted = {
            "".join(generator.choice("abc一二") for _ in range(generator.randint(1, 3)))
            for _ in range(generator.choice((1, 3, 8, 60)))
        }
        prefiltered = Prefiltered(re.compile("|".join(map(re.escape, sorted(wanted)))))
        for _ in range(10):
            text = "".join(generator.choice("abc x") for _ in range(generator.randint(0, 20)))
            expected = any(literal in text for literal in prefiltered.literals or ())
            assert prefiltered.may_match(text) is expected, (wanted, text)
    chinese = Prefiltered(re.compile("增长|下降"))
    assert not chinese.may_match("growth rose by a third") and chinese.may_match("同比增长")


def test_a_chinese_change_word_is_looked_for_only_where_a_character_is_not_ascii(texts):
    """links.cjk_change_before answers None at once for words before a figure in ASCII: every
    match of lx.CJK_CHANGE_BEFORE_RE holds a literal beyond ASCII, and on real words before
    figures it answers as the plain search."""
    literals = necessary_literals(lx.CJK_CHANGE_BEFORE_RE)
    assert literals and not any(literal.isascii() for literal in literals)
    found = 0
    for text in texts:
        for figure in _FIGURE.finditer(text):
            before = text[max(0, figure.start() - 40) : figure.start()]
            plain = lx.CJK_CHANGE_BEFORE_RE.search(numerals.fold(before[-12:]))
            fast = links.cjk_change_before(before)
            assert (fast and fast.span()) == (plain and plain.span()), before
            found += plain is not None
    assert found > 0
