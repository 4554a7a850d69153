"""Links between figures of different sentences that name one quantity (crosslinks.py): the
drafter's reading, below certainty, so a finding resting on them is a note, never an error."""

from __future__ import annotations

from checker.extraction import extract_text

from .text_checks import text_findings

_TWO_YEARS = (
    "Port Arlo handled a record year in 2024 as its annual container volume rose by {rate} "
    "to 4.2 million, the harbour board said.\n\n"
    "Storms closed the quay for a week in March.\n\n"
    "In 2023, Port Arlo recorded a 3 per cent rise in container volume to 4.02 million.\n"
)


def _relations(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    extraction = extract_text(text)
    return [
        (
            r.type,
            tuple(
                text[extraction.mentions[m].start : extraction.mentions[m].end]
                for m in r.mentions
                if m is not None
            ),
            r.stated,
        )
        for r in extraction.relations
    ]


def test_a_change_finds_its_earlier_level_a_year_before_in_another_paragraph():
    relations = _relations(_TWO_YEARS.format(rate="4.5 per cent"))
    assert ("from_to", ("4.02 million", "4.2 million"), False) in relations
    assert ("change", ("4.5 per cent", "4.02 million", "4.2 million"), False) in relations


def test_a_wrong_change_across_paragraphs_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _TWO_YEARS.format(rate="15 per cent"))
    assert [f for f in findings if f.severity == "error"] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_another_subject_or_two_years_apart_is_no_link():
    other = _TWO_YEARS.replace("In 2023, Port Arlo", "In 2023, Port Belmar")
    assert not [r for r in _relations(other.format(rate="4.5 per cent")) if not r[2]]
    apart = _TWO_YEARS.replace("In 2023", "In 2022")
    assert not [r for r in _relations(apart.format(rate="4.5 per cent")) if not r[2]]


def test_another_quantity_is_no_link():
    other = _TWO_YEARS.replace("rise in container volume", "rise in passenger traffic")
    assert not [r for r in _relations(other.format(rate="4.5 per cent")) if not r[2]]


def test_the_earlier_level_may_be_named_with_a_qualifier_and_the_change_come_first():
    text = (
        "Riverton's airport saw its yearly passenger numbers climb 4.5 per cent to 4.2 million "
        "in 2024.\n\nA new runway opened in May.\n\n"
        "The airport's passenger numbers were 4.02 million in 2023.\n"
    )
    relations = _relations(text)
    assert ("change", ("4.5 per cent", "4.02 million", "4.2 million"), False) in relations


def test_two_levels_of_the_earlier_year_are_ambiguous_and_give_no_link():
    text = _TWO_YEARS.format(rate="4.5 per cent") + (
        "\nIn 2023, Port Arlo also recorded container volume of 3.9 million.\n"
    )
    assert not [r for r in _relations(text) if not r[2] and r[0] in ("from_to", "change")]


_FEE = (
    "Northvale's parking fees will rise {rate} percent, the council said on Monday.\n\n"
    "The vote was close.\n\n"
    "Under the plan, the parking fee in Northvale goes from $4.00 to $5.00.\n"
)


def test_a_change_finds_the_pair_of_levels_of_its_quantity_paragraphs_away():
    relations = _relations(_FEE.format(rate="25"))
    assert ("change", ("25 percent", "$4.00", "$5.00"), False) in relations


def test_a_change_against_a_pair_elsewhere_is_a_note_never_an_error(tmp_path):
    findings = text_findings(tmp_path, _FEE.format(rate="40"))
    assert [f for f in findings if f.severity == "error"] == []
    assert any("possible inconsistency" in f.message for f in findings if f.severity == "info")


def test_a_chinese_change_finds_the_pair_of_levels_of_its_quantity():
    text = (
        "北河市停车收费标准将上涨25%。\n\n市议会周一表决通过。\n\n"
        "根据方案，北河市停车收费标准从4.00元提高到5.00元。\n"
    )
    assert ("change", ("25%", "4.00元", "5.00元"), False) in _relations(text)


def test_two_pairs_of_other_values_leave_the_change_unlinked():
    text = _FEE.format(rate="25") + (
        "\nAt night, the parking fee in Northvale goes from $2.00 to $3.00.\n"
    )
    assert not [r for r in _relations(text) if r[0] == "change" and not r[2]]
