"""Kinds of number writing found unread in real text never tuned on (issue 14, mention recall
on unseen text): tonnes run into a figure, mixed fractions written with a slash, a dollar
sign with its country after it, the euro's sign and currency codes after the figure, cents of
a currency other than the dollar, Chinese
percentages written out with a qualifier, 廿 and 卅, 摄氏度. Every sentence is invented; each figure is expected as the
claim file writes its value (`[qualifier] number [scale] [unit]`)."""

from __future__ import annotations

import pytest

from checker.extraction import find_mentions


def _values(text: str) -> list[str]:
    return [mention.value_text() for mention in find_mentions(text)]


KINDS = [
    # tonnes as mining and farming reports write them, run into the figure
    ("The pit yielded 48,250t of ore, up from 41,700t.", ["48,250 t", "41,700 t"]),
    ("Copper output rose 6.1 per cent, or 12,480t, on the year.", ["6.1 %", "12,480 t"]),
    ("The smelter made 17.5kt of nickel and 2.4Mt of slag.", ["17.5 thousand t", "2.4 million t"]),
    # a mixed number written with a slash: the whole and its part are one figure
    ("Snowfall over the last 3 1/2 weeks reached 9 1/4 inches.", ["3.5 week", "9.25 inch"]),
    ("The bond pays 6 3/4 per cent and the note 2 1/2 per cent.", ["6.75 %", "2.5 %"]),
    ("The trail is 4 1/3 miles long.", ["13/3 mile"]),
    # a dollar sign with its country after it, as Australian and Canadian papers write it
    ("Exports reached $US84 billion, or $A126.3 billion.", ["84 billion USD", "126.3 billion AUD"]),
    (
        "The mill cost $C37 million and the port $NZ18.5 million.",
        ["37 million CAD", "18.5 million NZD"],
    ),
    ("Fares rose to $HK42.", ["42 HKD"]),
    # cents of the one currency the sentence writes its amounts in
    ("Shares in Milan slipped 6 cents to 9.85 euros.", ["0.06 EUR", "9.85 EUR"]),
    ("The stock added 7 cents to C$14.20 in Toronto.", ["0.07 CAD", "14.20 CAD"]),
    # cents beside amounts in two currencies of one sentence stay US cents; a semicolon
    # ends the sentence of each
    (
        "Milan added 4 cents to 12.40 euros, while New York gained 5 cents to $13.10.",
        ["0.04 USD", "12.40 EUR", "0.05 USD", "13.10 USD"],
    ),
    (
        "Paris added 4 cents to 12.40 euros; in New York the stock gained 5 cents to $13.10.",
        ["0.04 EUR", "12.40 EUR", "0.05 USD", "13.10 USD"],
    ),
    # the euro's sign and currency codes written after the figure, as much of Europe writes
    # them; a sign opening the next figure is that figure's
    ("A bed costs 85 € and breakfast 7,50 € a day.", ["85 EUR", "7.50 EUR / day"]),
    ("Rents average 1,840 CHF; the grant is 900 DKK.", ["1,840 CHF", "900 DKK"]),
    ("The fee is 2,5 mln zł, paid in 2022 €40m.", ["2.5 mln PLN", "40 m EUR"]),
    ("Sales were 6.1 billion SEK and 2.2 billion NOK.", ["6.1 billion SEK", "2.2 billion NOK"]),
    # a percentage written out in Chinese, with its qualifier before or after it
    ("出口额增长约百分之十二。", ["about 12 %"]),
    ("失业率接近百分之5.5，通胀率为百分之三左右。", ["nearly 5.5 %", "about 3 %"]),
    # twenty and thirty as one character, a circle for the zero of a percentage written out
    ("全市人口约廿四万人，年增率为百分之卅二點五。", ["about 24 万", "32.5 %"]),
    ("出口年增率為百分之○點七。", ["0.7 %"]),
    # degrees Celsius written out in Chinese
    ("当日最高气温31.4摄氏度，平均气温為攝氏度以下。", ["31.4 degC"]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_each_kind_is_read_with_its_value_scale_and_unit(text, expected):
    assert _values(text) == expected


NOT_FIGURES = [
    # a date written with slashes is no mixed number
    ("The hearing on 4 1/2/2021 was put off; 9 people came.", ["9"]),
    # "Mt" before a name is a mountain
    ("Climbers on Mt Kosciuszko counted 40 tents.", ["40"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_FIGURES)
def test_what_is_not_a_figure_stays_unread(text, expected):
    assert _values(text)[-len(expected) :] == expected
