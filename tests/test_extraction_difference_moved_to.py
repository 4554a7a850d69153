"""A named difference moved to its figure by a verb ("widening the deficit to $138 billion",
"pushing the deficit to £140bn") is the gap between its two terms in the sentence
(lexicon._BARE_DIFFERENCE_ENDS, link_patterns._QUALIFIED_BEFORE). Invented sentences."""

import pytest

from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Exports grew 4.6% to $512 billion, while imports rose 2.1% to $640 billion, widening "
        "the deficit to $138 billion.",
        "Revenue rose to £840bn and spending to £960bn, pushing the deficit to £140bn.",
    ],
)
def test_a_gap_its_terms_do_not_make_is_an_error(tmp_path, capsys, text):
    assert " error [comparison-absolute]" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "Exports grew 4.6% to $512 billion, while imports rose 2.1% to $640 billion, widening "
        "the deficit to $128 billion.",
        "Exports grew to $512 billion and imports to $640 billion, cutting the deficit to 3.1% "
        "of GDP.",
        "Exports grew to $512 billion and imports to $640 billion, widening the deficit with "
        "China to $138 billion.",
    ],
)
def test_a_gap_that_fits_or_is_narrower_is_clean(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)
