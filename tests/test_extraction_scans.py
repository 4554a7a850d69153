"""The whole-text scans of extraction are written so the regex engine skips what cannot match
(issue 14, speed): each must find exactly what its plain form finds. The plain forms are the
oracles here; the texts are the seeds, the realdev passages and random strings of the
characters the scans care about."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from checker import numerals
from checker.extraction import context as cx
from checker.extraction import document
from checker.extraction import lexicon as lx
from checker.extraction import mentions as mn

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_ALPHABET = "aAbBqQhHzZ0123456789.,:：;'’ -\n\t(百千分之一二三五十万亿点前上下第全今去明年月季度"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("realdev/*/passage.txt"))]
    texts += [
        "In the first three quarters of 2023, sales rose; Q3 2022 and H1 were flat. Over the "
        "past five years, from 2010 to 2015, in March 2024, during the year, this year, 2019's "
        "figure; 2023年前三季度, 上半年, 第二季度, 1-5月, 今年 and 去年. Two hundred and fifty, "
        "a dozen, half a million, one in ten, three-quarters, twice, 5,8 and 17,1 and 7.5:40.1:52.4"
    ]
    generator = random.Random(14)
    texts += [
        "".join(generator.choice(_ALPHABET) for _ in range(generator.randint(1, 80)))
        for _ in range(2000)
    ]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _same_matches(plain: re.Pattern[str], fast: re.Pattern[str], texts: list[str]) -> int:
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict(), m.groups()) for m in fast.finditer(text)] == expected
        found += len(expected)
    return found


def test_period_phrases_are_found_as_without_the_openings_lookahead(texts):
    assert cx._PERIOD.pattern.startswith(cx.PERIOD_OPENINGS)
    plain = re.compile(cx._PERIOD.pattern[len(cx.PERIOD_OPENINGS) :], re.IGNORECASE)
    assert _same_matches(plain, cx._PERIOD, texts) > 100


def test_period_triggers_are_found_as_with_the_grouped_years(texts):
    plain = re.compile(
        r"(?:1[89]|20|21)\d\d|quarter|half|month|year|decade|january|february|march|april|may|"
        r"june|july|august|september|october|november|december|q[1-4]|h[12]|年|季度|月"
    )
    assert _same_matches(plain, cx._TRIGGER, [t.lower() for t in texts]) > 100


def test_number_words_are_found_by_their_opening_letters_as_by_the_plain_pattern(texts):
    plain = re.compile(lx.NUMBER_WORD_PATTERN)
    assert plain.pattern == r"\b(?:" + "|".join(lx.NUMBER_WORD_ALTERNATIVES) + r")\b"
    spelled = [
        " ".join(lx.UNITS_WORDS) + " " + " ".join(lx.FACTOR_WORDS),
        "twenty-one, ninety nine, seventy, seventeen, one hundred, one in ten, one-in-five, one "
        "and a half, half a dozen, a dozen, half a million, half, a hundred, a percentage point",
        "someone, often, atone, tenfold, a-dozen, halfway, oneself, x-twenty, 2twenty",
        "two-thirds of one, then one",
        "seven.eight\nnine\tten",
    ]
    found = 0
    for text in [t.lower() for t in texts + spelled]:
        expected = [m.span() for m in plain.finditer(text)]
        assert mn.number_word_spans(text) == expected, text[:200]
        found += len(expected)
    assert found > 60


def test_entities_and_pinyin_readings_are_found_as_with_the_lookbehind_first(texts):
    plain = re.compile(
        document._ENTITY.pattern
        + r"|(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)"
    )
    read = [
        "工厂(chǎng)的产量(liàng)增長(cháng) (wàn) x(wàn) 萬(wan) 萬(wàn噸 &amp; &#8217; &bad",
        "銀行(háng)(hǎo)，行(xíng)(ABC)行(x)",
    ]
    assert _same_matches(plain, document._ENTITY_OR_READING, texts + read) >= 6


def test_ratio_chains_are_found_as_with_the_lookbehind_first(texts):
    plain = re.compile(r"(?<![\d.:：])\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?){2,}(?![\d:：])")
    assert _same_matches(plain, mn._RATIO_CHAIN, texts) > 0


def _plain_digits(decimals: str) -> re.Pattern[str]:
    glued = "".join(f"|(?<={re.escape(code)})" for code in mn._GLUED_CODES)
    return re.compile(
        rf"(?:(?<![A-Za-z0-9_./])(?<!\d[,:]){glued}|(?<=(?<![A-Za-z0-9&])R))"
        r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d])"
        r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)"
        + decimals
        + r"|\.(?<=[\s(]\.)\d+(?![\d.,])"
    )


def test_figures_in_digits_are_found_as_by_the_plain_form(texts):
    glued = [
        "CNY3.9 trillion, Rs.6,000, R18.50 and AR18.50, 2CNY3, (.05 percent), x.5, 1.2.3, 0.5.",
        "12 000 and 1 250 000 people, 31,47,520 and 1,234,567.89; 5,8 and 17,1%; .5 .05, 3/4",
        "\u00a012\u00a0000 and 7\u2009500, a1, _2, /3, :4, ,5, &R6, GBP7, Rs.8, EUR9,99",
    ]
    plain = _plain_digits(r"(?:\.\d+)?")
    assert _same_matches(plain, mn._DIGITS, texts + glued) > 1000
    comma = _plain_digits(r"(?:,\d{1,2}(?![\d,])|\.\d+)?")
    assert _same_matches(comma, mn._DIGITS_DECIMAL_COMMA, texts + glued) > 1000


def test_unit_declarations_are_found_as_by_the_plain_form(texts):
    plain = re.compile(
        r"[(（]\s*(?:(?:in|units?\s*[:：])\s*)?(?P<bracket>[^()（）\n]{1,30}?)\s*[)）]"
        r"|\bunits?\s*[:：]\s*(?P<after>[^\n.;,，。()]{1,30}?)\s*(?=[\n.;,，。()]|$)",
        re.IGNORECASE,
    )
    declared = [
        "GDP (billion yuan): 5.2; Unit: 10,000 tonnes. (in 100 million yuan) units: tons",
        "UNITS: kg\nunit:t, subunit: 3, Units : (x), （亿元）, (Unit: %), UNIT：吨。unit",
    ]
    assert _same_matches(plain, mn._UNIT_DECLARATION, texts + declared) > 100


def test_decimal_comma_texts_are_told_as_by_counting_every_number(texts):
    def plain(text: str) -> bool:
        commas = re.findall(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])", text)
        return len(commas) >= 2 and re.search(r"\d,\d{3}\.\d", text) is None

    assert [numerals.decimal_comma_text(t) for t in texts] == [plain(t) for t in texts]
    assert any(plain(t) for t in texts)


def test_chinese_numerals_are_scanned_with_the_spans_of_their_reading(texts):
    texts = [*texts, "百分之五点二, 千分之三, 百分之, 千分之点, 百分, 三千两百万点五, 一点"]
    for text in texts:
        expected = [m.span() for m in numerals.CJK_NUMERAL_RE.finditer(text)]
        assert [m.span() for m in numerals.CJK_NUMERAL_SCAN.finditer(text)] == expected


def test_sentence_boundaries_are_found_as_by_their_plain_form(texts):
    plain = re.compile(
        r"[.!?]+[\"”’')\]]*[ \t]+(?=[\"“‘(\[]?[A-Z0-9\u4e00-\u9fff])|[。！？]+"
        r"|[ \t]*\n[ \t]*(?:\n[ \t]*)*"
    )
    texts = [*texts, 'End. Next! Why?) 2 more." Then  \t\n\n  x\t\n y。好！？；z. "A']
    texts += ["a \t \nb", "x.  \t \nY", " \n", "\n \n\t", "Done. \n\nNext", "好。 \n再"]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert list(cx._boundaries(text)) == expected, text[:200]
        found += len(expected)
    assert found > 100


def test_clause_ends_are_found_as_by_their_plain_form(texts):
    plain = re.compile(
        r",\s+|;\s+|:\s+|\s+[—–]\s+|\s+--\s+|—|\s*\(|\)\s*|，|、|：|；|[,;:](?=[\u4e00-\u9fff])"
        r"|(?<=[\u4e00-\u9fff])[,;:]|\s+and\s+(?=[a-z]+ing\s)|\s+(?:while|whereas|but)\s+"
    )
    texts = [
        *texts,
        "a, b; c: d — e – f -- g—h (i) j  (k)  l，m、n：o and going while x whereas y but z,",
        "一季度增长6.7%,二季度增长6.9%;三季度:7%, 1,2",
        "分季度看,2031年一季度增长6.7%;其中:3月增长7%,余额12,3",
    ]
    assert _same_matches(plain, cx._CLAUSE, texts) > 100


def test_dates_are_found_as_by_their_plain_forms(texts):
    month = document._MONTH_WORD
    plain = [
        r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)",
        r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)",
        r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日",
        r"\b(" + month + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + month + r")\s+(\d{4})\b",
    ]
    texts = [
        *texts,
        "x12024-3-5 2024-03-05, 2024/3/5 2023年11月24日 March 5, 2024; 5th June 2023 a5 May 2020",
    ]
    found = 0
    for written, (fast, _) in zip(plain, document._DATE_PATTERNS, strict=True):
        found += _same_matches(re.compile(written), fast, texts)
    assert found > 5


def test_capitalised_phrases_are_found_as_by_their_plain_form(texts):
    plain = re.compile(
        r"(?<![\w'’-])((?:[A-Z][\w’'&.-]*|[A-Z]{2,})(?:\s+(?:of\s+the\s+|(?:of|for|and|de|du|la|"
        r"le|the|on)\s+)?(?:[A-Z][\w’'&.-]*))*)"
    )
    texts = [
        *texts,
        "The Bank of England and IMF's O'Neil-Smith met US-China, Xi's NATO DE la Rue",
        "the Office of the People's Court of the Realm, Head of the",
    ]
    assert _same_matches(plain, cx._PROPER, texts) > 100


def test_masked_words_before_a_number_are_found_as_without_the_openings_lookahead(texts):
    assert mn._MASK_BEFORE.pattern.startswith(mn.MASK_BEFORE_OPENINGS)
    plain = re.compile(mn._MASK_BEFORE.pattern[len(mn.MASK_BEFORE_OPENINGS) :], re.IGNORECASE)
    windows = [*texts, "March 19, ", "19th of March ", "version ", "No. ", "#", "第 ", "附表", "v"]
    windows = [w[i : i + 40] for w in windows for i in range(0, max(1, len(w) - 40), 7)]
    for window in windows:
        found = plain.search(window)
        again = mn._MASK_BEFORE.search(window)
        assert (found and found.span()) == (again and again.span())
    assert any(plain.search(w) for w in windows)


def test_a_window_turned_down_before_the_masked_words_search_has_no_match(texts):
    """_may_mask_before is a necessary condition of _MASK_BEFORE: every window the search
    matches passes it, and most windows of running text do not (so the check saves searches)."""
    pieces = [
        "March",
        "SEPT",
        "sep.",
        "Dec",
        "june",
        "May",
        "version",
        "Ver.",
        "v",
        "No.",
        "nos.",
        "#",
        "第",
        "19",
        "3rd",
        "of",
        "to",
        "-",
        "–",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "x",
        "ſep",
    ]
    windows, made = _windows_and_random(texts, pieces, 14)
    matched = turned_down = 0
    for window in [*windows, *made]:
        if mn._MASK_BEFORE.search(window):
            matched += 1
            assert mn._may_mask_before(window), window
        turned_down += not mn._may_mask_before(window)
    assert matched > 1000 and turned_down > len(windows) // 2


def test_capitalised_and_lower_case_words_are_found_as_by_their_plain_forms(texts):
    texts = [
        *texts,
        "Word wOrd O'Neil's naïve Ünited x-Ray A.B. b.c. 3Com e.g. iPhone",
        "runs of words: two  spaces\tor a tab, well-known o’clock 'quoted' end.",
    ]
    assert _same_matches(re.compile(r"\b[A-Z][\w’'&.-]*"), cx._CAPITALISED, texts) > 100
    plain_lower = re.compile(r"\b[a-z][\w’'-]*")
    found = 0
    for text in texts:
        expected = {word.lower() for word in plain_lower.findall(text)}
        assert cx.lower_case_words(text) == expected, text[:200]
        found += len(expected)
    assert found > 100


def test_split_words_finds_no_word_where_has_words_says_none_can_open(texts):
    """The namer's short cut for a figure with nothing before it (context.has_words) is taken
    only where split_words finds no word, on every window of the texts, quotation marks and
    Chinese included; and it is no short cut for running text."""
    windows = [*texts, "“ ”", '" "', "— 12", "：", "一", "x", "(", "3"]
    checked = 0
    for text in windows:
        for start in range(0, len(text), 11):
            end = min(len(text), start + 7)
            words = cx.split_words(text[start:end])
            assert cx.has_words(text, start, end) or not words
            checked += bool(words)
    assert checked > 1000


def test_period_phrases_searched_lowered_are_those_searched_case_blind(texts):
    mixed = [
        "In The FIRST Quarter Of 2023, JANUARY to march 2024, q3 2021, H1 2020, THIS YEAR, "
        "Over The Past Five Years, during 1999-2001 and 2019's",
        "ſince 2019 ın 2020, In March 2024 and the First Half of the Year",
    ]
    found = 0
    for text in texts + mixed + [t.upper() for t in texts[:40]]:
        expected: list[re.Match[str]] = []
        for first, last in cx._period_windows(text, text.lower()):
            for match in cx._PERIOD.finditer(text, first, last):
                if not expected or match.start() >= expected[-1].end():
                    expected.append(match)
        fast = cx._period_matches(text) if len(text.lower()) == len(text) else expected
        assert [(m.span(), m.groupdict()) for m in fast] == [
            (m.span(), m.groupdict()) for m in expected
        ]
        found += len(expected)
    assert found > 100


# The pattern _opens stands for: what may stand in the four characters before a word where a
# sentence, a line, a list item or a quotation opens.
_OPENING = re.compile(r"(?:^|[.!?:;\n\"“‘(\[]|\s[-–—•*])\s*$")


def test_openings_are_found_as_by_their_pattern(texts):
    marks = '. ! ? : ; \n " “ ‘ ( [ - – — • * \t \u00a0 \u2003 x 5'
    generator = random.Random(5)
    made = [
        "".join(generator.choice(marks.split(" ") + [" "]) for _ in range(6)) for _ in range(3000)
    ]
    checked = 0
    for text in texts[:300] + made:
        for position in range(len(text) + 1):
            window = text[max(0, position - 4) : position]
            assert cx._opens(text, position) == bool(_OPENING.search(window)), repr(window)
            checked += 1
    assert checked > 10_000


def test_words_of_no_change_are_found_lowered_as_case_blind(texts):
    made = [
        "Sales were Flat. Output was UNCHANGED at 5, Steady in May; The  Same as before, "
        "No\nchange since, stable and, unstable. flatly, the-same) xflat. identical)",
        "Unchanged, then flat flat. Steady",
    ]
    found = 0
    for text in texts + made + [t.upper() for t in texts[:40] + made]:
        lowered = text.lower()
        if not lx.lowered_searchable(text, lowered):
            continue
        expected = [m.span(1) for m in mn._ZERO_CHANGE.finditer(text)]
        assert mn.zero_change_spans(lowered) == expected
        found += len(expected)
    assert found > 10


def _openings(items: list) -> tuple[list, bool] | None:
    """What a parsed pattern can open on: (the character set items, whether it can match
    nothing at all), or None where it could open on anything this reading does not know.
    Assertions and word boundaries consume nothing: passing over them only widens the set."""
    from re import _constants as sc

    found: list = []
    for op, av in items:
        if op is sc.AT or op in (sc.ASSERT, sc.ASSERT_NOT):
            continue
        if op is sc.LITERAL:
            return [*found, (op, av)], False
        if op is sc.IN:
            return [*found, *av], False
        if op is sc.SUBPATTERN:
            alternatives = [list(av[3])]
        elif op is sc.BRANCH:
            alternatives = [list(alternative) for alternative in av[1]]
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            alternatives = [list(av[2])]
        else:
            return None
        readings = [_openings(alternative) for alternative in alternatives]
        if any(reading is None for reading in readings):
            return None
        found += [item for reading in readings if reading for item in reading[0]]
        optional = op in (sc.MAX_REPEAT, sc.MIN_REPEAT) and av[0] == 0
        if not optional and not any(reading and reading[1] for reading in readings):
            return found, False
    return found, True


@pytest.mark.parametrize(
    "opening, phrase",
    [(opening, cx._lower_case_pattern(phrase)) for opening, phrase in cx._PERIOD_PHRASES],
)
def test_each_scanned_pattern_opens_only_on_its_declared_characters(opening, phrase):
    from re import _constants as sc
    from re import _parser

    declared = re.compile(f"[{opening}]")
    reading = _openings(list(_parser.parse(phrase)))
    assert reading is not None and not reading[1], phrase
    for op, av in reading[0]:
        if op is sc.LITERAL:
            assert declared.fullmatch(chr(av)), (chr(av), phrase)
        elif op is sc.RANGE:
            assert all(declared.fullmatch(chr(c)) for c in range(av[0], av[1] + 1)), phrase
        else:
            escape = {sc.CATEGORY_DIGIT: r"\d", sc.CATEGORY_SPACE: r"\s"}
            assert op is sc.CATEGORY and escape.get(av, "?") in opening, (op, av, phrase)


def test_the_masks_at_a_digit_are_those_of_every_mask(texts):
    """mentions._MASK_AFTER_AT_DIGIT, tried where a figure opens on an ASCII digit, leaves out
    the masks that open on a word: it must match wherever _MASK_AFTER does there."""
    tried = masked = 0
    for text in [*texts, "3 years ago, 12-year-old, 2 of them, 5 by 5, 10-member, 9 item(s)"]:
        for at in (m.start() for m in re.finditer(r"[0-9]", text)):
            full = mn._MASK_AFTER.match(text, at) is not None
            assert (mn._MASK_AFTER_AT_DIGIT.match(text, at) is not None) == full, text[at : at + 60]
            tried += 1
            masked += full
    assert tried > 1000 and masked > 100


def test_a_text_without_the_shape_of_a_ratio_has_no_ratio_chain(texts):
    """mentions._RATIO_SHAPE, searched first, must find something wherever _RATIO_CHAIN does."""
    chained = 0
    for text in [*texts, "7.5:40.1:52.4, 1:2：3, 10:30, 3:4, 1.5:2.5:", "12:40:48 to 11:41:48"]:
        if mn._RATIO_CHAIN.search(text):
            chained += 1
            assert mn._RATIO_SHAPE.search(text), text[:200]
    assert chained > 3


def test_the_words_before_a_figure_are_told_worded_as_by_the_search(texts):
    """_has_word_character answers what _WORD_CHARACTER's search answers, on windows of every
    text (tables of figures among them), random strings and letters beyond ASCII."""
    generator = random.Random(15)
    made = [
        "".join(generator.choice(alphabet) for _ in range(12))
        for alphabet in ("0123456789,. \n\t_%$()-", "0123456789,. \n#_½²éİıſK中")
        for _ in range(10000)
    ]
    windows = [w[i : i + 40] for w in texts for i in range(0, max(1, len(w) - 40), 3)]
    worded = unworded = 0
    for window in [*windows, *made, "", "#", "_", "½", "²", "12,400\n3.5"]:
        found = mn._WORD_CHARACTER.search(window) is not None
        assert mn._has_word_character(window) == found, window
        worded += found
        unworded += not found
    assert worded > 1000 and unworded > 1000


def test_a_window_turned_down_before_the_phone_search_has_no_match(texts):
    """_may_end_phone is a necessary condition of _PHONE_BEFORE: every window the search
    matches passes it (a match ends at the window's end or before a closing line break)."""
    pieces = ["+44", " ", "20", "0800", "(020)", ".", "-", "\n", "\t", "\u00a0", "7946", "x", "0"]
    windows, made = _windows_and_random(texts, pieces, 16)
    matched = turned_down = 0
    for window in [*windows, *made]:
        if mn._PHONE_BEFORE.search(window):
            matched += 1
            assert mn._may_end_phone(window), repr(window)
        turned_down += not mn._may_end_phone(window)
    assert matched > 1000 and turned_down > 1000


def test_per_head_is_found_as_by_its_plain_form(texts):
    plain = re.compile(r"\bper\s+(?:capita|head|person)\b|人均", re.IGNORECASE)
    written = [
        "GDP per capita, income PER HEAD, upper head, per person人均, xper capita, ſper head"
    ]
    assert _same_matches(plain, lx.PER_HEAD_RE, texts + written) >= 4


def test_thousands_groups_are_searched_as_by_the_plain_form_one_character_on(texts):
    """mentions._COMMA_THOUSANDS is only searched for (does the text group thousands with
    commas?): its first match is the plain form's, one character on, in every text and in what
    follows each of its commas."""
    plain = re.compile(r"\d,\d{3}(?![\d])")
    found = 0
    for text in [*texts, "1,200 and 3,4567 and ,500 and 12,345,678"]:
        for cut in [0, *(m.start() for m in re.finditer(",", text))][:50]:
            tail = text[max(0, cut - 1) :]
            expected = plain.search(tail)
            fast = mn._COMMA_THOUSANDS.search(tail)
            assert (fast and fast.start()) == (expected and expected.start() + 1), tail[:80]
            found += expected is not None
    assert found > 100


def test_a_possessive_tail_is_dropped_as_by_the_substitution(texts):
    words = {w for text in texts for w in re.findall(r"[\w’'&.-]+", text)}
    words |= {"China's", "firms’", "its'", "'s", "’", "O'Neill", "it's\n"}
    for word in words:
        assert cx._without_possessive(word) == cx._POSSESSIVE_TAIL.sub("", word), word


def test_every_header_date_pattern_writes_a_digit(texts):
    """document.find_header_date and the header's cleaning skip a line with no digit: every
    match of every date pattern holds one."""
    found = 0
    for pattern, _ in document._DATE_PATTERNS:
        for text in [*texts, "March 5, 2024 | 2024-03-05 | 5th March 2024 | 2024年3月5日"]:
            for match in pattern.finditer(text):
                assert document._DIGIT.search(match.group()), match.group()
                found += 1
    assert found > 5


def _windows_and_random(texts, pieces: list[str], seed: int) -> tuple[list[str], list[str]]:
    """40-character windows of the texts (every third position) and 20,000 random strings of 1
    to 9 of the pieces: what a necessary condition is held to against its search."""
    generator = random.Random(seed)
    made = [
        "".join(generator.choice(pieces) for _ in range(generator.randint(1, 9)))
        for _ in range(20000)
    ]
    windows = [w[i : i + 40] for w in texts for i in range(0, max(1, len(w) - 40), 3)]
    return windows, made
