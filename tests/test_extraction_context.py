"""What the extractor reads around a number, on sentences written for these tests: names,
dates and periods as news text and statistical releases write them, and nothing the text does
not give (issue 14: no invented period, entity or base)."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extraction import context as cx
from checker.extraction import extract_text
from checker.extraction.document import document_from_text

# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # capitalised only where a sentence opens: ordinary words, not names
        ("Profits rose at the mill. Profits fell at the mine.", []),
        ("Here's the catch. That'd be too many. How did it happen?", []),
        # a name that opens a sentence and owns or does something is still a name
        ("Leeds's budget grew. Leeds spent more.", ["Leeds", "Leeds"]),
        ("Norwich reported a surplus.", ["Norwich"]),
        # a phrase stops where its sentence ends or its line breaks
        (
            "The grant went to Bristol. Or so the Town Hall said.",
            ["Bristol", "Town Hall"],
        ),
        ("Summary\nProvisional figures for Acme Corp are out.", ["Acme Corp"]),
        # an abbreviation's full stop does not end the name
        ("Shares of Widget Co. Ltd. rose at the Port of Tyne.", ["Widget Co. Ltd", "Port of Tyne"]),
    ],
)
def test_names_are_read_from_how_the_text_writes_its_words(text, names):
    assert [name for _, _, name in cx.proper_phrase_at(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Profits rose 4% at the mill. Profits fell 2% at the mine.", None),
        ("The Town Hall said. The Town Hall spent £2m.", "Town Hall"),
        # a one-word name counts where it is part of a longer one
        ("Port of Tyne Weekly\n\nTyne handled 5 million tonnes at the Port of Tyne.", "Tyne"),
    ],
)
def test_the_default_entity_is_a_name_the_text_writes(text, entity):
    assert cx.default_entity(text) == entity


# ------------------------------------------------------------------ dates and periods


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Mill output falls\n\nBy A. Writer | 3 March 2022\n\nOutput fell 4%.", date(2022, 3, 3)),
        (
            "LEEDS, June 2, 2021 (Wire) -- Output at the city's mills fell 4 percent in the "
            "first quarter, the council said in a statement on Wednesday afternoon.",
            date(2021, 6, 2),
        ),
        # a date inside a paragraph of the story dates what the story tells, not the story
        (
            "The council, which closed its accounts for the year ending March 31, 2019, said "
            "on Tuesday that it had spent 4 million pounds more than it had planned to spend.",
            None,
        ),
    ],
)
def test_the_publication_date_comes_from_a_header_line(text, published):
    assert document_from_text(text).published == published


def test_an_undated_figure_keeps_no_period_even_when_the_article_is_dated():
    text = "Mill output falls\n\n3 March 2022\n\nThe mill employs 1,200 people."
    (claim,) = extract_text(text).claims
    assert claim.period is None
    # what the text dates relative to the article is still read against its date
    (dated,) = extract_text(
        "Mill output falls\n\n3 March 2022\n\nThe mill made 40,000 tonnes this year."
    ).claims
    assert dated.period == "2022"
