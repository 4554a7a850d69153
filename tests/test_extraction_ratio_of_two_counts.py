"""Two counts and, in apposition, how many of the one there are per one of the other: the count
the ratio counts is the other count times it (link_patterns._ratio_of_two_counts). Invented
sentences."""

import pytest

from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text",
    [
        "The school has 840 pupils and 42 teachers, a ratio of 25 pupils per teacher.",
        "The league has 20 clubs and 500 players, or 30 players per club.",
        "The district has 42 teachers and 840 pupils, or 25 pupils per teacher.",
        "The ward has 1,200 patients and 400 nurses, a ratio of five patients to every nurse.",
    ],
)
def test_a_ratio_the_two_counts_do_not_make_is_an_error(tmp_path, capsys, text):
    assert " error [product]" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "The school has 840 pupils and 42 teachers, a ratio of 20 pupils per teacher.",
        "The ward has 1,150 patients and 300 nurses, a ratio of about four patients to every nurse.",
        # another ratio than theirs: a national one, per another thing, or another year's
        "The school has 840 pupils and 42 teachers, against a national ratio of 25 pupils per "
        "teacher.",
        "The school has 840 pupils and 42 teachers, a ratio of 25 pupils per classroom.",
        "The school has 840 pupils and 42 teachers, a ratio of 25 pupils per teacher in 2019.",
        "The club has 500 members and 20 teams, with 30 members per committee.",
    ],
)
def test_a_ratio_that_fits_or_is_of_something_else_is_clean(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)
