"""The one vocabulary: every stage reads the same scale words, qualifiers and number words."""

from __future__ import annotations

import pytest
from quicktions import Fraction

from checker import checks, quantities, vocabulary
from checker.extraction import lexicon


@pytest.mark.parametrize(
    ("text", "multiplier"),
    [
        ("3 thousand", 10**3),
        ("3 k", 10**3),
        ("3 mn", 10**6),
        ("3 m", 10**6),
        ("3 bn", 10**9),
        ("3 tn", 10**12),
        ("3 万", 10**4),
        ("3亿", 10**8),
        ("3 万亿", 10**12),
        ("3 lakh", 10**5),
        ("3 crore", 10**7),
    ],
)
def test_the_parser_reads_every_scale_word(text: str, multiplier: int) -> None:
    assert quantities.parse_value(text).nominal == 3 * multiplier


def test_every_scale_word_has_a_family_the_hints_can_try() -> None:
    for word, name in vocabulary.SCALE_NAMES.items():
        assert name in vocabulary.SCALE_FAMILY, word
        assert vocabulary.SCALES[word] == 10 ** vocabulary.scale_exponent(word)


def test_hints_know_mn_wan_and_yi() -> None:
    assert vocabulary.scale_exponent("mn") == 6
    assert vocabulary.scale_exponent("万") == 4
    assert vocabulary.scale_exponent("亿") == 8
    assert "万" in vocabulary.SCALE_FAMILY["亿"] and "万亿" in vocabulary.SCALE_FAMILY["亿"]


def test_every_parser_qualifier_is_in_the_vocabulary() -> None:
    for phrase, kind in vocabulary.QUALIFIERS.items():
        quantity = quantities.parse_value(f"{phrase} 300")
        assert quantity.qualifier == kind, phrase


def test_the_extractor_reads_the_same_tables() -> None:
    assert lexicon.CJK_QUALIFIERS_BEFORE is vocabulary.CJK_QUALIFIERS_BEFORE
    assert lexicon.PARSER_QUALIFIERS == frozenset(vocabulary.QUALIFIERS)
    assert all(
        lexicon.QUALIFIERS_BEFORE[q] == k for q, k in vocabulary.QUALIFIERS.items() if q != "~"
    )
    assert lexicon.CURRENCY_PREFIXES is vocabulary.CURRENCY_SYMBOLS
    assert lexicon.TENS_WORDS is vocabulary.TENS
    for word, value in lexicon.FACTOR_WORDS.items():
        assert Fraction(value) == vocabulary.FACTOR_WORDS[word]
    for chars, (written, _) in lexicon.CJK_SCALES.items():
        assert quantities.parse_value(f"2 {written}").nominal == 2 * vocabulary.SCALES[chars]


@pytest.mark.parametrize("word", ["a", "an", "no", "none"])
def test_a_and_no_are_not_numbers(word: str) -> None:
    assert not checks.quote_has_number(f"{word} rise in prices", "1")
    assert not checks.quote_has_number(f"{word} rise in prices", "0")


@pytest.mark.parametrize(
    ("quote", "number"),
    [
        ("prices doubled", "2"),
        ("half of them", "1/2"),
        ("twelve firms", "12"),
        ("a dozen firms", "12"),
    ],
)
def test_number_words_in_quotes(quote: str, number: str) -> None:
    assert checks.quote_has_number(quote, number)


@pytest.mark.parametrize(
    ("text", "code"),
    [("5 US dollars", "USD"), ("5 yuan", "CNY"), ("5 元", "CNY"), ("5 rupees", "INR")],
)
def test_currency_names_from_the_vocabulary(text: str, code: str) -> None:
    assert quantities.parse_value(text).unit.currencies == (code,)


def test_a_hint_tries_the_chinese_scales(tmp_path) -> None:
    from checker.runner import RunOptions, run

    (tmp_path / "metrics.yaml").write_text(
        "metrics:\n  gdp: {unit: CNY}\n  industry: {unit: CNY, part_of: gdp}\n", encoding="utf-8"
    )
    (tmp_path / "a.yaml").write_text(
        "source: {id: s, title: T}\ndefaults: {entity: E, period: 2023}\nclaims:\n"
        "  - {id: whole, metric: gdp, value: 4.2 万 CNY}\n"
        "  - {id: part, metric: industry, value: 1.3 亿 CNY}\n",
        encoding="utf-8",
    )
    result = run([tmp_path], RunOptions(hints=True))
    (finding,) = [f for f in result.findings if f.severity == "error"]
    assert finding.hint is not None and "'亿' in place of '万' in whole" in finding.hint
