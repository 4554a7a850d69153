"""Hints name the single typed slip that explains an error (Fellegi-Holt minimal change), never
a repair that breaks another check, and offer equally good repairs together."""

import csv
import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from checker.corpus import Corpus
from checker.engine import check_corpus, passes_for_hints
from checker.hints import repairs
from checker.loading import LoadOptions, load_corpus
from checker.rules import BUILTIN_RULES, load_rules
from checker.runner import run

REALDEV = Path(__file__).resolve().parent.parent.parent / "shared" / "realdev"
SEEDS = Path(__file__).resolve().parent.parent / "claims"
_HINT = re.compile(r"^(?P<change>.+) in (?P<claim>[^ ]+) would make every check on it pass$")
_PAIR = re.compile(
    r"^(?P<change>.+) in (?P<claim>[^ ]+) and (?P<change2>.+) in (?P<claim2>[^ ]+) "
    r"would make every check on them pass$"
)


def offered_repairs(offered: str) -> list[tuple[str, str]]:
    """(claim id, change) of each repair one offered hint makes: one, or two for a pair."""
    single = _HINT.match(offered)
    if single:
        return [(single["claim"], single["change"])]
    pair = _PAIR.match(offered)
    assert pair, offered
    return [(pair["claim"], pair["change"]), (pair["claim2"], pair["change2"])]


def write_claims(directory: Path, claims: list[dict], metrics: dict | None = None) -> Path:
    document = {
        "source": {"id": "s", "title": "A story", "publisher": "A paper"},
        "defaults": {"entity": "Town"},
        "claims": claims,
    }
    (directory / "claims.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    if metrics:
        (directory / "metrics.yaml").write_text(yaml.safe_dump({"metrics": metrics}))
    return directory


def first_hints(result) -> list[tuple[str, str]]:
    """(claim id, change) of the first hint of every error finding that has one."""
    found = []
    for finding in result.findings:
        if finding.severity == "error" and finding.hint:
            found.extend(offered_repairs(finding.hint.split("; or ")[0]))
    return found


LEVELS = {"revenue": {"unit": "USD"}, "revenue_parks": {"unit": "USD", "part_of": "revenue"}}
SUM = {"spend": {"unit": "USD", "sum_of": ["spend_roads", "spend_parks"]}}
SUM.update({"spend_roads": {"unit": "USD"}, "spend_parks": {"unit": "USD"}})
RATE = {"jobless_rate": {"unit": "%"}}

SLIPS = [
    pytest.param(
        [
            {"id": "whole", "metric": "revenue", "period": 2023, "value": "3.215 million USD"},
            {
                "id": "part",
                "metric": "revenue_parks",
                "period": 2023,
                "value": "1,742 thousand USD",
            },
            {
                "id": "part-b",
                "metric": "revenue_parks",
                "period": 2023,
                "value": "1.742 billion USD",
            },
        ],
        LEVELS,
        ("part-b", "'million' in place of 'billion'"),
        id="scale word",
    ),
    pytest.param(
        [
            {"id": "then", "metric": "jobless_rate", "period": 2021, "value": "5.1 %"},
            {"id": "now", "metric": "jobless_rate", "period": 2023, "value": "7.1 %"},
            {"id": "up", "kind": "change", "metric": "jobless_rate", "from": 2021, "to": 2023},
        ],
        RATE,
        ("up", "'percentage points' in place of 'percent'"),
        id="percentage points",
    ),
    pytest.param(
        [
            {"id": "total", "metric": "spend", "period": 2023, "value": "48.63 million USD"},
            {"id": "roads", "metric": "spend_roads", "period": 2023, "value": "21.34 million USD"},
            {"id": "parks", "metric": "spend_parks", "period": 2023, "value": "2.729 million USD"},
        ],
        SUM,
        ("parks", "27.29 in place of 2.729 (the decimal point shifted)"),
        id="decimal point",
    ),
    pytest.param(
        [
            {"id": "then", "metric": "visits", "period": 2022, "value": "512"},
            {"id": "now", "metric": "visits", "period": 2023, "value": "579.6"},
            {"id": "up", "kind": "change", "metric": "visits", "from": 2022, "to": 2023},
        ],
        None,
        ("up", "+13.2 in place of +31.2 (two digits transposed)"),
        id="transposed digits",
    ),
    pytest.param(
        [
            {"id": "share", "kind": "share", "metric": "bus_riders", "of": "riders"},
            {"id": "part", "metric": "bus_riders", "period": 2023, "value": "5,468.8"},
            {"id": "whole", "metric": "riders", "period": 2023, "value": "12,345"},
        ],
        None,
        ("share", "44.3 in place of 4.3 (a digit dropped)"),
        id="dropped digit",
    ),
    pytest.param(
        [
            {"id": "then", "metric": "visits", "period": 2022, "value": "50.0"},
            {"id": "now", "metric": "visits", "period": 2023, "value": "47.9"},
            {"id": "up", "kind": "change", "metric": "visits", "from": 2022, "to": 2023},
        ],
        None,
        ("up", "-4.2 in place of +4.2 (the sign)"),
        id="sign",
    ),
]
# the stated figure of each case above, apart so the cases read as tables
STATED = {
    "percentage points": "+2 %",
    "transposed digits": "+31.2 %",
    "dropped digit": "4.3 %",
    "sign": "+4.2 %",
}


@pytest.mark.parametrize(("claims", "metrics", "expected"), SLIPS)
def test_the_first_hint_names_the_slip(tmp_path, request, claims, metrics, expected):
    slip = request.node.callspec.id
    claims = [dict(c) for c in claims]
    for claim in claims:
        claim.setdefault("period", 2023)
        if "value" not in claim:
            claim["value"] = STATED[slip]
        if claim.get("kind") == "change":
            claim.pop("period")
    result = run([write_claims(tmp_path, claims, metrics)])
    assert result.input_errors == []
    hints = first_hints(result)
    assert hints, [f.message for f in result.findings if f.severity == "error"]
    assert set(hints) == {expected}


def test_two_equally_good_repairs_are_both_offered(tmp_path):
    # either the whole lost its 'trillion' or the part gained a 'billion': one change each
    claims = [
        {"id": "whole", "metric": "revenue", "period": 2023, "value": "1.406 billion USD"},
        {"id": "part", "metric": "revenue_parks", "period": 2023, "value": "822.67 billion USD"},
    ]
    result = run([write_claims(tmp_path, claims, LEVELS)])
    [finding] = [f for f in result.findings if f.severity == "error"]
    assert finding.hint.split("; or ") == [
        "'trillion' in place of 'billion' in whole would make every check on it pass",
        "'million' in place of 'billion' in part would make every check on it pass",
    ]


def test_the_repair_clearing_most_errors_comes_first(tmp_path):
    # one part read in the wrong scale breaks both the sum and the part-whole check; mending
    # the total instead would clear only one of them
    metrics = {**SUM, "spend_parks": {"unit": "USD", "part_of": "spend"}}
    claims = [
        {"id": "total", "metric": "spend", "period": 2023, "value": "48.63 million USD"},
        {"id": "roads", "metric": "spend_roads", "period": 2023, "value": "21.34 million USD"},
        {"id": "parks", "metric": "spend_parks", "period": 2023, "value": "27.29 billion USD"},
    ]
    result = run([write_claims(tmp_path, claims, metrics)])
    assert set(first_hints(result)) == {("parks", "'million' in place of 'billion'")}


def test_a_repair_that_breaks_another_check_is_not_offered(tmp_path):
    # 'million' would settle the total against its budget but break the total's sum of parts
    metrics = {
        "budget": {"unit": "USD"},
        "spend": {"unit": "USD", "part_of": "budget", "sum_of": ["spend_roads", "spend_parks"]},
        "spend_roads": {"unit": "USD"},
        "spend_parks": {"unit": "USD"},
    }
    claims = [
        {"id": "budget", "metric": "budget", "period": 2023, "value": "52 million USD"},
        {"id": "total", "metric": "spend", "period": 2023, "value": "48.63 billion USD"},
        {"id": "roads", "metric": "spend_roads", "period": 2023, "value": "21.34 billion USD"},
        {"id": "parks", "metric": "spend_parks", "period": 2023, "value": "27.29 billion USD"},
    ]
    result = run([write_claims(tmp_path, claims, metrics)])
    [finding] = [f for f in result.findings if f.severity == "error"]
    assert finding.hint == (
        "'billion' in place of 'million' in budget would make every check on it pass"
    )


def test_a_claim_taken_out_of_a_group_that_disagrees_without_it_clears_none_of_its_errors(
    tmp_path,
):
    # '+2.0 %' read as points fits its levels (10.0 % -> 12.0 %), which clears its own error,
    # but 'x1.20' and 'x1.30' still state the change two ways: the group's error stays. (Given
    # as factors: as percents, one of them would disagree with '+2.0 pp' on 10.0 % too, and
    # change-points-and-percent would then rule the repair out.)
    claims = [
        {"id": "then", "metric": "jobless_rate", "period": 2020, "value": "10.0 %"},
        {"id": "now", "metric": "jobless_rate", "period": 2023, "value": "12.0 %"},
        {"id": "up", "kind": "change", "metric": "jobless_rate", "value": "+2.0 %"},
        {"id": "rise", "kind": "change", "metric": "jobless_rate", "value": "x1.20"},
        {"id": "jump", "kind": "change", "metric": "jobless_rate", "value": "x1.30"},
    ]
    for claim in claims[2:]:
        claim.update({"from": 2020, "to": 2023})
    result = run([write_claims(tmp_path, claims, RATE)])
    errors = {(f.rule, f.claims[0].claim): f.hint for f in result.findings if f.severity == "error"}
    assert errors == {
        ("change-conflict", "up"): None,
        ("percent-change-of-rate", "up"): (
            "'percentage points' in place of 'percent' in up would make every check on it pass"
        ),
    }


def test_typed_repairs_of_one_figure():
    corpus = load_corpus([Path(write_claims_text())], LoadOptions())
    [claim] = corpus.claims
    changes = {r.change for r in repairs(claim)}
    assert "1.45 in place of 14.5 (the decimal point shifted)" in changes
    assert "41.5 in place of 14.5 (two digits transposed)" in changes
    # digits either side of the point swap with the point left in place
    assert "15.4 in place of 14.5 (two digits transposed)" in changes
    assert "145 in place of 14.5 (the decimal point shifted)" in changes
    assert "14 in place of 14.5 (a digit too many)" in changes
    assert "184.5 in place of 14.5 (a digit dropped)" in changes
    assert "'billion' in place of 'million'" in changes


def test_a_repaired_whole_number_is_shown_as_the_writer_wrote_it(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text(
        "source: {id: s, title: T}\nclaims:\n"
        "  - {id: a, entity: E, metric: m, period: 2023, value: '250,000 USD'}\n"
    )
    [claim] = load_corpus([path], LoadOptions()).claims
    changes = {r.change for r in repairs(claim)}
    assert "25,000 in place of 250,000 (the decimal point shifted)" in changes
    assert "520,000 in place of 250,000 (two digits transposed)" in changes
    assert not any(".0 in place of" in change for change in changes)


def write_claims_text() -> str:
    import tempfile

    directory = tempfile.mkdtemp()
    path = Path(directory) / "one.yaml"
    path.write_text(
        "source: {id: s, title: T}\nclaims:\n"
        "  - {id: a, entity: E, metric: m, period: 2023, value: 14.5 million USD}\n"
    )
    return str(path)


# ------------------------------------------------------------------ over real and seed corpora


def _error_cases() -> list[Path]:
    expected = REALDEV / "expected.tsv"
    if not expected.is_file():
        return []
    rows = csv.reader(
        (line for line in expected.read_text().splitlines() if not line.startswith("#")),
        delimiter="\t",
    )
    return [REALDEV / row[0] for row in rows if row and row[1] == "1"]


def _rehinted(corpus: Corpus, rules, findings) -> list[tuple[str, list]]:
    """For each hint, the findings of the whole corpus checked again with the repair made."""
    by_id = {}
    for claim in corpus.claims:
        by_id.setdefault(claim.id, claim)
    rechecked = []
    for finding in findings:
        if finding.severity != "error" or not finding.hint:
            continue
        for offered in finding.hint.split("; or "):
            made = {}
            for claim_id, change in offered_repairs(offered):
                claim = by_id[claim_id]
                [repair] = [r for r in repairs(claim) if r.change == change]
                made[claim.key] = repair.claim
            repaired = dataclasses.replace(
                corpus, claims=[made.get(c.key, c) for c in corpus.claims]
            )
            after = check_corpus(repaired, rules, hints=False)
            involved = [
                f
                for f in after
                if not passes_for_hints(f)
                and any(
                    c.claim == made_claim.id and c.file == made_claim.position.file
                    for c in f.claims
                    for made_claim in made.values()
                )
                and f.rule != "quote"
            ]
            rechecked.append((offered, involved))
    return rechecked


@pytest.mark.parametrize(
    "directory", [SEEDS, *_error_cases()], ids=lambda p: p.name if p != SEEDS else "seeds"
)
def test_no_hint_breaks_another_rule(directory):
    """Checked against the whole corpus run again with the repair made, not the joins the hint
    search re-evaluated: the search's locality must lose nothing."""
    rules, _ = load_rules([BUILTIN_RULES])
    rules = [r for r in rules if r.spec.check == "assert"]
    corpus = load_corpus([directory], LoadOptions())
    if corpus.errors:
        pytest.skip("the case uses claim-file forms this checker does not read yet")
    findings = check_corpus(corpus, rules, hints=True)
    for offered, involved in _rehinted(corpus, rules, findings):
        assert involved == [], (offered, [f.message for f in involved])


def test_the_seed_scale_slip_is_the_first_hint():
    result = run([SEEDS])
    [finding] = [f for f in result.findings if f.rule == "part-whole" and f.severity == "error"]
    assert finding.hint.startswith(
        "'trillion' in place of 'billion' in de-value-added would make every check on it pass"
    )


# Every inconsistent development case, read against its label's published correction (or the
# corrected figure the label gives): is the correction a single typed repair of one figure?
# Only those are held to the first hint; the others say why not.
#   a01 no: 61% replaced by about 44%, a recomputed figure, not a slip of the written one
#   a02 yes: the label finds points written for percent (as a relative change it held)
#   a03 no: poll shares sum over 100; no correction names one figure
#   a04 no: feet written for miles, a unit word, a slip kind hints do not try
#   a05 no: settlement shares exceed the total; no correction names one figure
#   a06 no: growth of the whole against its parts; no correction published
#   a07 yes: percent in place of percentage points (the editor's own acknowledgement)
#   a08 no: a multiplication done as a division (a factor of 36), not a typed slip
#   a09 no: no error raised to hint on (and a point shifted four places, beyond a slip)
#   a10 no: a wrong factor word (quadruple) for a fivefold rise
#   a11 yes: percent in place of percentage points
#   a12 no: a headline verb ("drops"), not a figure
#   a13 untestable: the euro figure wants 'trillion' (a scale word), but no error is raised:
#       the claims hold no exchange rate to check the conversion against
#   a14 no: a miscomputed annual rate, no correction
#   a15 no: headline against body, two reported counts, no correction
#   a16 no: published shares against a count, no correction names one figure
#   a17 no: a daily figure against a quarter total, no correction
#   a18 no: one digit replaced (a rise of a fifth given as a tenth), no correction
#   a19 no: a different figure (not a slip of the written one)
#   a20 yes: the corrected table gives the rise without the extra hundred (a digit too many)
#   a21 no: no correction published; the label's likely slip (Heathrow's rate, digits
#       swapped across the point) is offered first, tied with Stansted's
#   b01 no: a wrong currency conversion, not a slip (and no error raised)
#   b02 yes: 'trillion' missing after the figure, as the headline gives it
#   b03 no: the translation's figure is not a typed slip of the release's (digits differ too)
#   b04 no: two releases on different dates, both figures stand
#   b05 no: regional sums exceed the national figure by construction, no slip
#   b06 no: one digit replaced by another, a slip kind hints do not try
#   b07 no: "almost half" against shares, no correction
#   b08 no: two slips in two figures (an extra digit and a shifted point) plus a scale label
#   b09 no: three shares disagree with the levels; even the restored digit misses the level
#   b10 no: no correction published
#   b11 no: three figures mislabelled (亿 as billion), three repairs, not one
#   b12 no: a garbled rendering of another figure, not a typed slip
# Seeds: the scale word of the digital economy's whole is tested above; the other seed error (a
# total change against its annual rate) differs from the rate's compound by one digit replaced,
# a slip kind hints do not try, so it rightly gets no hint.
# The claim each correction mends and the kind of slip (hints.SLIPS); the figures stay in
# ../shared/realdev.
CORRECTIONS = {
    "a02-yahoo-ppp-gingrich-27-points-is-14": ("drop", "percentage points"),
    "a07-wapo-payroll-tax-2pct-is-2-points": ("cut-1", "percentage points"),
    "a11-usa-today-hotel-tax-3pct-is-3-points": ("inc-3pct", "percentage points"),
    "a20-firstpost-rahul-gandhi-lpg-414-to-742-179pct": ("lpg-179", "added digit"),
    "b02-bulgariachina-soe-profit-rmb-1.29558-missing-scale": ("body-profit", "scale word"),
}


def _slip_of(directory: Path, claim_id: str, change: str) -> str:
    """The kind of slip a hint's change undoes, found among the claim's typed repairs."""
    corpus = load_corpus([directory], LoadOptions())
    [claim] = [c for c in corpus.claims if c.id == claim_id]
    [repair] = [r for r in repairs(claim) if r.change == change]
    return repair.slip


@pytest.mark.parametrize("case", sorted(CORRECTIONS))
def test_the_first_hint_names_the_published_correction(case):
    if not (REALDEV / case).is_dir():
        pytest.skip("../shared/realdev is not here")
    result = run([REALDEV / case])
    claim, slip = CORRECTIONS[case]
    hints = first_hints(result)
    mentioning = [h for c, h in hints if c == claim]
    assert mentioning, hints
    assert {_slip_of(REALDEV / case, claim, h) for h in mentioning} == {slip}


def test_percentage_points_are_never_offered_between_levels_that_are_not_rates(tmp_path):
    # a gap in percentage points is a gap between two rates: between two prices the change of
    # '+15 %' read as '+15 pp' means nothing, however near 210 - 200 it comes given rounding
    claims = [
        {"id": "then", "metric": "fare", "period": 2022, "value": "200 USD"},
        {"id": "now", "metric": "fare", "period": 2023, "value": "210 USD"},
        {"id": "up", "kind": "change", "metric": "fare", "from": "then", "to": "now"},
    ]
    claims[2]["value"] = "+15 %"
    result = run([write_claims(tmp_path, claims, None)])
    [error] = [f for f in result.findings if f.severity == "error"]
    assert "percentage points" not in (error.hint or "")


# ------------------------------------------------------------------ repairs of two claims


def test_a_slip_stated_twice_gets_a_pair_when_no_single_repair_fits(tmp_path):
    # the parks' figure is given twice with 'trillion' for 'billion': mending one leaves it
    # disagreeing with the other, and the total cannot move (its sum of parts holds it), so
    # only both repaired together clear the errors (two changes, Fellegi-Holt's next best)
    claims = [
        {"id": "total", "metric": "spend", "period": 2023, "value": "48.63 billion USD"},
        {"id": "roads", "metric": "spend_roads", "period": 2023, "value": "21.34 billion USD"},
        {"id": "parks", "metric": "spend_parks", "period": 2023, "value": "27.29 trillion USD"},
        {"id": "again", "metric": "spend_parks", "period": 2023, "value": "27.29 trillion USD"},
    ]
    metrics = {**SUM, "spend_parks": {"unit": "USD", "part_of": "spend"}}
    result = run([write_claims(tmp_path, claims, metrics)])
    hints = {f.hint for f in result.findings if f.severity == "error"}
    assert hints == {
        "'billion' in place of 'trillion' in again and 'billion' in place of 'trillion' in "
        "parks would make every check on them pass"
    }


def test_a_single_repair_that_fits_is_offered_before_any_pair(tmp_path):
    # without the sum, the whole's 'trillion' fits alone: one change beats two
    claims = [
        {"id": "total", "metric": "spend", "period": 2023, "value": "48.63 billion USD"},
        {"id": "parks", "metric": "spend_parks", "period": 2023, "value": "27.29 trillion USD"},
        {"id": "again", "metric": "spend_parks", "period": 2023, "value": "27.29 trillion USD"},
    ]
    metrics = {"spend": {"unit": "USD"}, "spend_parks": {"unit": "USD", "part_of": "spend"}}
    result = run([write_claims(tmp_path, claims, metrics)])
    assert set(first_hints(result)) == {("total", "'trillion' in place of 'billion'")}
    assert all(" and " not in (f.hint or "") for f in result.findings)


def test_points_written_as_percent_twice_get_a_pair_hint(tmp_path):
    # 5.0 % to 7.5 % is +2.5 points, stated so once and twice as '+2.5 %': either percent read
    # as points alone would disagree with the other (change-points-and-percent), so the hint
    # mends both
    claims = [
        {"id": "then", "metric": "jobless_rate", "period": 2020, "value": "5.0 %"},
        {"id": "now", "metric": "jobless_rate", "period": 2023, "value": "7.5 %"},
        {"id": "pts", "kind": "change", "metric": "jobless_rate", "value": "+2.5 pp"},
        {"id": "pct", "kind": "change", "metric": "jobless_rate", "value": "+2.5 %"},
        {"id": "pct2", "kind": "change", "metric": "jobless_rate", "value": "+2.5 %"},
    ]
    for claim in claims[2:]:
        claim.update({"from": 2020, "to": 2023})
    result = run([write_claims(tmp_path, claims, RATE)])
    errors = [f for f in result.findings if f.severity == "error"]
    assert {f.rule for f in errors} == {"percent-change-of-rate", "change-points-and-percent"}
    points = "'percentage points' in place of 'percent'"
    assert {f.hint for f in errors} == {
        f"{points} in pct and {points} in pct2 would make every check on them pass"
    }


def test_a_scale_word_repaired_keeps_the_rounding_of_the_digits_as_written(tmp_path):
    # '2.37 billion' for '2.37 trillion': 2.583 / 2.37 is +8.99 %, not the stated +9.1 %, but
    # 2.37 written to two decimals is 2.365 to 2.375, which admits it; only the digits' own
    # rounding is kept (a retyped figure is still taken exactly as it would be written)
    claims = [
        {"id": "y21", "metric": "revenue", "period": 2021, "value": "2.2 trillion USD"},
        {"id": "y22", "metric": "revenue", "period": 2022, "value": "2.37 billion USD"},
        {"id": "y23", "metric": "revenue", "period": 2023, "value": "2.583 trillion USD"},
        {"id": "g22", "kind": "change", "metric": "revenue", "period": 2022, "value": "+7.7 %"},
        {"id": "g23", "kind": "change", "metric": "revenue", "period": 2023, "value": "+9.1 %"},
    ]
    for claim in claims[3:]:
        claim["basis"] = "yoy"
    result = run([write_claims(tmp_path, claims, LEVELS)])
    assert len([f for f in result.findings if f.severity == "error"]) == 2
    assert set(first_hints(result)) == {("y22", "'trillion' in place of 'billion'")}
