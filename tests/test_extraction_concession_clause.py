"""A concession ("although", "even though", "though") or "and this year's" opens a clause of
another subject: its levels are not the change before it (link_patterns._NEXT_CLAUSE). Invented
sentences."""

import pytest

from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Child casualties were down 2%, although the figures showed that child pedestrian "
        "injuries totalled 470 in April-June compared with 469 a year earlier.",
        "Burglaries fell 12%, even though thefts from cars rose to 1,300 from 1,250.",
        "Arrivals rose 8%, though departures slipped to 3,950 from 4,000.",
        # "and this year's ..." opens a clause of another time's subject, as "while" does
        "The budget was cut by close to a third over five years, and this year's spending fell "
        "from £90m to £84m.",
    ],
)
def test_the_levels_after_a_concession_are_not_the_change_before_it(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)


def test_a_change_of_its_own_pair_is_still_checked(tmp_path, capsys):
    out = check_story(
        tmp_path, "Burglaries fell 12% to 1,300 from 1,250, although police said.", capsys
    )
    assert " error [" in out
