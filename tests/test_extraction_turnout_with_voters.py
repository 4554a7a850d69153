"""A turnout, then "with" how many of the electorate voted (link_patterns._turnout_with_its_voters):
the count is the turnout's own part, so a turnout they do not make is an error. Invented
sentences."""

import pytest

from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 61%, with 3.2 million of the 5.9 million registered voters casting a ballot.",
        "Turnout was 61%, with 3.2 million of the 5.9 million voters voting in the referendum.",
        "Turnout stood at 48%, with 21,000 of the 52,000 electors turning out.",
    ],
)
def test_a_turnout_its_voters_do_not_make_is_an_error(tmp_path, capsys, text):
    assert " error [share]" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 54%, with 3.2 million of the 5.9 million registered voters casting a ballot.",
        # a party's voters, or another matter, are not the turnout's part
        "Turnout was 61%, with 3.2 million of the 5.9 million voters voting Labour.",
        "Turnout was 61%, with 3.2 million of the 5.9 million voters living in cities.",
        "Unemployment was 4%, with 300 of the 1,000 voters voting.",
    ],
)
def test_a_turnout_they_make_or_another_count_is_clean(tmp_path, capsys, text):
    assert not flagged(check_story(tmp_path, text, capsys))
