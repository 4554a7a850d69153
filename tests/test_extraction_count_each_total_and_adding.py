"""Two readings of one sentence's figures (invented sentences): a count, what each costs and
the total they make (link_patterns._count_at_each_then_total); a level's change restated after
it by a participle of a rise, "adding" or "gaining" (link_patterns.NAMED_AS_CHANGE)."""

import pytest

from tests.story_check import check_story, flagged


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The club sold 18,000 season tickets at £450 each, raising £9.1m.", "product"),
        ("The council sold 300 homes at $250,000 apiece, worth $90 million.", "product"),
        (
            "The state's population grew by 4.2% to 5.3 million, adding 260,000 people.",
            "change-amount-and-percent-to-level",
        ),
        (
            "Membership rose 12% to 56,000, gaining 9,000 members.",
            "change-amount-and-percent-to-level",
        ),
    ],
)
def test_figures_that_disagree_are_an_error(tmp_path, capsys, text, rule):
    assert f" error [{rule}]" in check_story(tmp_path, text, capsys)


@pytest.mark.parametrize(
    "text",
    [
        "The club sold 18,000 season tickets at £450 each, raising £8.1m.",
        # the total counts more, or is compared with another
        "The club sold 18,000 season tickets at £450 each, raising £9.1m in all from its "
        "sponsors and tickets.",
        "The club sold 18,000 season tickets at £450 each, raising £2m more than last year.",
        "The shop sold 500 books at $12 each, and a total of $9,000 came from other sales.",
        "The state's population grew by 4.2% to 5.3 million, adding 214,000 people.",
        "Payrolls rose 1.2% to 3.4 million, adding 40,000 jobs.",
    ],
)
def test_figures_that_agree_or_are_not_so_related_are_clean(tmp_path, capsys, text):
    out = check_story(tmp_path, text, capsys)
    assert not flagged(out)
