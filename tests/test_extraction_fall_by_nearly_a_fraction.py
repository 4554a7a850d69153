"""A fall by nearly a fraction is a little under it, two-sided: "fell by close to a third" is a
loss of 20 % to a third (the factor just over x2/3), no longer any loss up to a third; "by just
over a third" a loss of a third to 43 %; "nearly halved" a loss of a third to a half. Invented
sentences."""

import pytest

from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Thefts fell by close to a third, from 90,000 to 80,000.",
        "Sales nearly halved, from 400 to 300.",
        "Thefts fell by just over a third, from 90,000 to 45,000.",
    ],
)
def test_a_fall_far_from_the_fraction_is_an_error(tmp_path, capsys, text):
    assert " error [" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "Thefts fell by close to a third, from 90,000 to 63,000.",
        "Thefts fell by nearly a third, from 90,000 to 64,000.",
        "Sales nearly halved, from 400 to 220.",
        "Thefts fell by just over a third, from 90,000 to 58,000.",
        "Thefts fell by more than a third, from 90,000 to 50,000.",
    ],
)
def test_a_fall_the_words_fit_is_clean(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)
