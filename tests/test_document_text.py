"""Plain text as stored on the web (issue 14): entities decoded and hard-wrapped lines joined,
with every offset still pointing into the text as written."""

from __future__ import annotations

from fractions import Fraction

from checker.extraction import extract_text
from checker.extraction.document import document_from_text

WRAPPED = (
    "Prices rose 5 per cent last year, &quot;the most since 2008&quot;, the office said on\n"
    "Friday. Sales of new homes fell to 1.2 million from 1.4 million, the lowest in\n"
    "five years; the office had expected about 1.3 million in its forecast of\n"
    "January.\n"
    "\n"
    "Short line\n"
    "- a list line that stays\n"
)


def _original(document, start: int, end: int) -> str:
    first, last = document.file_span(start, end)
    return document.original[first:last]


def test_entities_are_decoded_and_offsets_point_at_them():
    document = document_from_text(
        "He said &quot;up 5%&quot; and &#8217;tis 3&amp;4 &nbsp;x &bogus;"
    )
    assert document.text == 'He said "up 5%" and ’tis 3&4  x &bogus;'
    at = document.text.index("up 5%")
    assert _original(document, at, at + 5) == "up 5%"
    quote = document.text.index('"')
    assert _original(document, quote, quote + 1) == "&quot;"
    assert _original(document, document.text.index("’"), document.text.index("’") + 1) == "&#8217;"


def test_hard_wrapped_lines_are_joined_with_offsets_into_the_original():
    document = document_from_text(WRAPPED)
    assert "said on Friday. Sales" in document.text
    assert "lowest in five years" in document.text
    assert "forecast of January." in document.text
    # A paragraph break, a short line and a list line keep their line breaks.
    assert "January.\n\nShort line\n- a list" in document.text
    for word in ("Friday", "five years", "January", "1.3 million", "list line"):
        at = document.text.index(word)
        assert _original(document, at, at + len(word)) == word


def test_mentions_of_a_wrapped_text_point_into_the_file():
    extraction = extract_text(WRAPPED)
    written = [
        WRAPPED[slice(*extraction.document.file_span(m.num_start, m.num_end))]
        for m in extraction.mentions
    ]
    # "the lowest in five years": the span of a record, read across the wrapped line
    assert written == ["5", "1.2", "1.4", "five", "1.3"]


def test_text_that_is_not_hard_wrapped_is_left_as_it_is():
    text = (
        "Headline: Injured Climb to 21\nThe number of injured climbed to 16 on Tuesday, officials "
        "said, and the authorities expected it to rise further as crews reached the valley.\nShort\n"
    )
    document = document_from_text(text)
    assert document.text == text and document.origin is None


def test_wrapped_chinese_lines_close_up_without_a_space():
    line = "全县完成工业总产值三百二十七亿元按可比价格计算同比增长百分之八点六高于全省平均水平"
    text = line + "\n" + line[:30] + "\n" + line + "\n结束。\n"
    document = document_from_text(text)
    assert line + line[:30] in document.text


def test_justified_lines_padded_with_spaces_are_still_joined():
    """Justified text pads a line with two or three spaces between words: still prose (a
    table's header sets its columns four spaces apart or more)."""
    justified = (
        "The council said on Monday that the budget for the new   ferry\n"
        "service would rise to 12 million pounds next year, up from 10\n"
        "million pounds this year, an increase of 20 per cent in all.\n"
    )
    document = document_from_text(justified)
    assert "new   ferry service would" in document.text
    assert "from 10 million pounds" in document.text


def test_pinyin_readings_after_characters_are_left_out_of_the_text():
    """Some stored pages gloss characters in pinyin ("万(wàn)"): a tone mark tells the reading
    from a word in brackets, and the figure before it keeps its scale and unit."""
    text = "全县油菜籽产量8.6万(wàn)吨，比上年增长(zhǎng)5.2%，蔬菜(M2类)产量12万吨。"
    document = document_from_text(text)
    assert document.text == "全县油菜籽产量8.6万吨，比上年增长5.2%，蔬菜(M2类)产量12万吨。"
    at = document.text.index("吨")
    assert _original(document, at, at + 1) == "吨"
    extraction = extract_text(text)
    first = extraction.mentions[0]
    assert (first.value, first.scale, first.unit) == (Fraction(43, 5), "万", "t")


def test_brackets_without_a_tone_mark_or_after_latin_are_kept():
    text = "Sales at Café (fábrica) rose; 广义货币(M2)余额增长(ge)8%。"
    assert document_from_text(text).text == text
