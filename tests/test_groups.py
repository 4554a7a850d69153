"""Rules with `compare: groups` (conflict, share-conflict, change-conflict): the claims of one quantity compared at
once must reach the verdicts the same rule reaches pair by pair. Every pair that disagrees is
inside one finding of the same severity; every claim a finding names is in such a pair; two
figures give exactly the pair's finding; figures that all agree give none."""

from __future__ import annotations

import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.engine import check_partition
from checker.expressions import parse_assertion
from checker.findings import Finding
from checker.index import partitions
from checker.loading import load_corpus
from checker.rules import BUILTIN_RULES, RuleSpec, example_files, join_problems, load_rules
from checker.runner import RunOptions, run
from tests.soundness_support import (
    LEVEL_FAMILIES,
    Case,
    doc,
    draw_fig,
    draw_level,
    draw_percent_level,
    source,
)

RULES = {rule.id: rule for rule in load_rules([BUILTIN_RULES])[0]}
GROUPED = ("conflict", "share-conflict", "change-conflict")


def _pairwise(rule_id: str):
    rule = RULES[rule_id]
    return type(rule)(rule.spec.model_copy(update={"compare": "pairs"}), rule.assertion, rule.file)


def _findings(case: Case, rule) -> list[Finding]:
    with tempfile.TemporaryDirectory() as directory:
        for name, text in case.files().items():
            (Path(directory) / name).write_text(text, encoding="utf-8")
        corpus = load_corpus([Path(directory)])
    assert corpus.errors == [], [str(e) for e in corpus.errors]
    found = []
    for partition in partitions(corpus):
        found += [f for f in check_partition(partition, [rule], hints=False) if f.rule == rule.id]
    return found


def _keys(finding: Finding) -> frozenset[str]:
    return frozenset(f"{c.source}:{c.claim}" for c in finding.claims)


def assert_same_verdicts(case: Case, rule_id: str) -> list[Finding]:
    grouped = _findings(case, RULES[rule_id])
    pairs = _findings(case, _pairwise(rule_id))
    assert bool(grouped) == bool(pairs), ([f.message for f in grouped], [f.message for f in pairs])
    for pair in pairs:  # every pair that disagrees is covered, at its severity
        assert any(g.severity == pair.severity and _keys(pair) <= _keys(g) for g in grouped), (
            pair.message,
            [g.message for g in grouped],
        )
    for finding in grouped:  # and names only claims in such a pair
        named = set().union(*(_keys(p) for p in pairs if p.severity == finding.severity))
        assert _keys(finding) <= named, finding.message
        if len(finding.claims) == 2:
            assert any(
                (p.message, p.fingerprint, _keys(p))
                == (finding.message, finding.fingerprint, _keys(finding))
                for p in pairs
            ), finding.message
    return grouped


@st.composite
def restated_figures(draw) -> Case:
    """One quantity stated 0 to 9 times: a few true values, each printed in its own way (units,
    scale words, decimals, round figures, qualifiers, truncating sources), some by drafted links
    and some ignoring the rule."""
    family = draw(st.sampled_from([*LEVEL_FAMILIES, "percent"]))
    values = [
        draw_percent_level(draw) if family == "percent" else draw_level(draw)
        for _ in range(draw(st.integers(1, 3)))
    ]
    files: dict[str, list[dict]] = {}
    for number in range(draw(st.integers(0, 9))):
        rounding = draw(st.sampled_from(["nearest", "nearest", "truncate"]))
        figure = draw_fig(draw, draw(st.sampled_from(values)), family, rounding, qualify=True)
        claim: dict = {"id": f"c{number}", "metric": "area", "period": "2023", "value": figure}
        if draw(st.integers(0, 5)) == 0:
            claim["confidence"] = 0.5
        if draw(st.integers(0, 7)) == 0:
            claim["ignore"] = ["conflict"]
            claim["reason"] = "another measure of it"
        files.setdefault(rounding, []).append(claim)
    docs = [doc(claims, source(f"s-{rounding}", rounding)) for rounding, claims in files.items()]
    # A figure of another quantity, alone in its group, keeps a file when this one has none.
    other = {"id": "other", "metric": "height", "period": "2023", "value": "3 m"}
    return Case("conflict", [*docs, doc([other], source("other"))])


@settings(max_examples=120, deadline=None)
@given(case=restated_figures())
def test_grouped_and_pairwise_verdicts_agree(case: Case) -> None:
    assert_same_verdicts(case, "conflict")


def _case(claims: list[dict]) -> Case:
    other = {"id": "other", "metric": "height", "period": "2023", "value": "3 m"}
    return Case("conflict", [doc([*claims, other])])


def _claims(*values: str, metric: str = "area") -> list[dict]:
    return [
        {"id": f"c{n}", "metric": metric, "period": "2023", "value": value}
        for n, value in enumerate(values)
    ]


@pytest.mark.parametrize(
    ("values", "verdicts"),
    [
        ((), []),
        (("160 km**2",), []),
        (("160 km**2", "160 square kilometers"), []),
        (("160 km**2", "600 km**2"), [("error", 2)]),
        (("160 km**2", "600 km**2", "160 sq km"), [("error", 3)]),
        (("160 km**2", "600 km**2", "900 km**2"), [("error", 3)]),
        (("160 km**2",) * 40, []),
        (("160 km**2",) * 40 + ("600 km**2",), [("error", 41)]),
        # 160 may be a round figure for 155 to 165, which 163 and "170" (165 to 175) meet
        (("160 km**2",) * 40 + ("163 km**2",), [("warning", 41)]),
        (("160 km**2",) * 40 + ("170 km**2",), [("warning", 41)]),
        (("160 km**2", "160000000 m**2", "0.16 thousand km**2"), []),
        (("160 km**2", "160000 m**2", "16000 hectare"), [("error", 3)]),
        # "about 160" meets both; 155 and 165 meet only it
        (("about 160 km**2", "155 km**2", "165 km**2"), [("error", 2)]),
    ],
)
def test_groups_of_every_size(values, verdicts):
    grouped = assert_same_verdicts(_case(_claims(*values)), "conflict")
    assert [(f.severity, len(f.claims)) for f in grouped] == verdicts


def test_a_round_figure_stated_again_is_named_once():
    (finding,) = assert_same_verdicts(_case(_claims(*["160 km**2"] * 5, "163 km**2")), "conflict")
    assert finding.arguments["rests_on"] == (
        "160 km**2 (c0, c1, c2 and 2 more) is a round figure for something between 155 and 165 km**2"
    )


def test_three_figures_are_one_finding_naming_them_all():
    grouped = assert_same_verdicts(
        _case(_claims("1.2 billion USD", "1.5 billion USD", "1,200 million USD", "2 billion USD")),
        "conflict",
    )
    (finding,) = grouped
    assert finding.severity == "error"
    assert finding.message == (
        "area of Example for 2023 is stated 4 times with values that cannot all be right: "
        "1.2 billion USD (c0 in The article); 1,200 million USD (c2 in The article); "
        "1.5 billion USD (c1 in The article); 2 billion USD (c3 in The article)"
    )
    assert [c.claim for c in finding.claims] == ["c0", "c2", "c1", "c3"]  # as listed


def test_many_figures_are_listed_lowest_first_then_counted():
    values = [f"{1000 + 7 * n}" for n in range(30)] + ["1007"] * 5
    (finding,) = [
        f
        for f in assert_same_verdicts(_case(_claims(*values)), "conflict")
        if f.severity == "error"
    ]
    assert finding.arguments["count"] == "35"
    assert finding.arguments["figures"] == (
        "1000 (c0 in The article); 1007 (c1, c30 and c31 in The article, 3 more); "
        "1014 (c2 in The article); 26 more; 1203 (c29 in The article)"
    )
    assert len(finding.claims) == 35


def test_share_conflict_groups_too():
    claims = [
        {
            "id": f"s{n}",
            "kind": "share",
            "metric": "bikes",
            "of": "commuters",
            "period": "2023",
            "value": v,
        }
        for n, v in enumerate(["6 %", "6/10", "60 %", "0.06"])
    ]
    grouped = assert_same_verdicts(Case("share-conflict", [doc(claims)]), "share-conflict")
    assert [len(f.claims) for f in grouped] == [4]


def test_a_drafted_claim_makes_a_note_of_its_own_pairs_only():
    claims = _claims("160 km**2", "600 km**2", "900 km**2")
    claims[2]["confidence"] = 0.5
    grouped = assert_same_verdicts(_case(claims), "conflict")
    assert sorted((f.severity, len(f.claims)) for f in grouped) == [("error", 2), ("info", 3)]


def test_a_hint_names_the_one_figure_that_disagrees(tmp_path):
    claims = _claims("1.2 billion USD", "1,200 million USD", "1.2 million USD", "1.20 billion USD")
    for name, text in example_files(yaml.safe_dump(claims)).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([tmp_path], RunOptions(select=("conflict",)))
    (finding,) = result.findings
    assert finding.hint == "'billion' in place of 'million' in c2 would make every check on it pass"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"note_rounding": True}, "cannot note rounding"),
        ({"group_message": None}, "needs a group_message"),
        ({"group_message": "{second} and {figures}"}, "group_message names {second}"),
    ],
)
def test_a_rule_that_cannot_group_is_refused(change, message):
    spec = RULES["conflict"].spec.model_dump(by_alias=True)
    with pytest.raises(ValueError, match=message):
        RuleSpec.model_validate({**spec, **change})


def test_a_join_through_a_named_claim_cannot_group():
    spec = RULES["change-conflict"].spec.model_dump(by_alias=True)
    spec["join"]["second"]["claim"] = "first.start_claim"
    with pytest.raises(ValueError, match="and no claim"):
        RuleSpec.model_validate(spec)


def test_only_a_join_with_same_span_names_the_span():
    spec = RULES["conflict"].spec.model_dump(by_alias=True)
    with pytest.raises(ValueError, match="only a join with same_span"):
        RuleSpec.model_validate({**spec, "group_message": "{span}: {figures}"})


# ------------------------------------------------------------------ change-conflict: by span

# Spans a change may give: two periods (two of them three years long), only years, two named
# claims, or none at all.
SPANS = [
    {"from": "2020", "to": "2023"},
    {"from": "2019", "to": "2022"},
    {"from": "2021", "to": "2023"},
    {"years": 3},
    {"years": 2},
    {"from": "now", "to": "planned"},
    {},
]


@st.composite
def restated_changes(draw) -> Case:
    """One metric's changes, 0 to 10 of them, over spans that meet (or not) in every way
    same_span allows, each a factor or a percent of one of a few true ratios, some drafted and
    some ignoring the rule."""
    ratios = [draw(st.sampled_from([Fraction(6, 5), Fraction(3, 2), Fraction(2), Fraction(3)]))]
    ratios += draw(st.lists(st.sampled_from(ratios + [Fraction(7, 5), Fraction(5, 2)]), max_size=2))
    claims: list[dict] = [
        {"id": "now", "metric": "visitors", "period": "2024", "value": "9"},
        {"id": "planned", "metric": "visitors", "period": "2026", "value": "23"},
    ]
    for number in range(draw(st.integers(0, 10))):
        ratio = draw(st.sampled_from(ratios))
        places = draw(st.integers(0, 2))
        if draw(st.booleans()):
            value = f"x{round(float(ratio), places):.{places}f}"
        else:
            value = f"+{round(float(ratio - 1) * 100, places):.{places}f} %"
        claim = {"id": f"c{number}", "metric": "visitors", "kind": "change", "value": value}
        claim.update(draw(st.sampled_from(SPANS)))
        if draw(st.integers(0, 5)) == 0:
            claim["confidence"] = 0.5
        if draw(st.integers(0, 7)) == 0:
            claim["ignore"] = ["change-conflict"]
            claim["reason"] = "another measure of it"
        claims.append(claim)
    return Case("change-conflict", [doc(claims)])


@settings(max_examples=150, deadline=None)
@given(case=restated_changes())
def test_changes_grouped_by_span_reach_the_pairwise_verdicts(case: Case) -> None:
    assert_same_verdicts(case, "change-conflict")


def _changes(*spans_and_values: tuple[dict, str]) -> Case:
    claims = [
        {"id": f"c{n}", "metric": "visitors", "kind": "change", "value": value, **span}
        for n, (span, value) in enumerate(spans_and_values)
    ]
    return Case("change-conflict", [doc(claims)])


def test_a_change_given_in_years_meets_each_span_that_long_apart():
    """+40 % in three years disagrees with x2 over 2020 to 2023 and with x1.1 over 2019 to 2022:
    one finding for each span; the two spans are not compared with each other."""
    early, late = {"from": "2019", "to": "2022"}, {"from": "2020", "to": "2023"}
    case = _changes((late, "x2"), (late, "x2.0"), (early, "x1.1"), ({"years": 3}, "+40 %"))
    grouped = assert_same_verdicts(case, "change-conflict")
    assert sorted(sorted(c.claim for c in f.claims) for f in grouped) == [
        ["c0", "c1", "c3"],
        ["c2", "c3"],
    ]
    (three,) = [f for f in grouped if len(f.claims) == 3]
    assert three.message == (
        "the change of visitors over 2020 to 2023 (or 3 years, as some changes give it) is "
        "stated 3 times with values that cannot all be right: +40 % (c3 in The article); "
        "x2 (c0 in The article); x2.0 (c1 in The article)"
    )


def test_changes_given_only_in_years_are_a_group_of_their_own():
    case = _changes(
        ({"years": 3}, "x2"),
        ({"years": 3}, "+40 %"),
        ({"years": 3}, "x4"),
        ({"from": "2020", "to": "2023"}, "x2"),
    )
    grouped = assert_same_verdicts(case, "change-conflict")
    assert sorted((f.arguments.get("span"), len(f.claims)) for f in grouped) == [
        ("2020 to 2023 (or 3 years, as some changes give it)", 3),
        ("3 years", 3),
    ]


def test_change_conflict_hint_names_the_one_change_that_disagrees(tmp_path):
    span = {"kind": "change", "metric": "visitors", "from": "2020", "to": "2023"}
    claims = [
        {"id": "a", **span, "value": "x1.5"},
        {"id": "b", **span, "value": "+50 %"},
        {"id": "c", **span, "value": "+5 %"},
        {"id": "d", **span, "value": "x1.50"},
    ]
    for name, text in example_files(yaml.safe_dump(claims)).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([tmp_path], RunOptions(select=("change-conflict",)))
    (finding,) = result.findings
    assert len(finding.claims) == 4
    assert finding.hint is not None and " in c would make every check on it pass" in finding.hint


@pytest.mark.parametrize("rule_id", GROUPED)
def test_builtin_grouped_rules_keep_a_pair_message(rule_id):
    assert RULES[rule_id].spec.compare == "groups"
    assert RULES[rule_id].spec.group_message


def test_a_stock_measured_near_the_period_end_is_another_period_as_in_pairs():
    """A level dated 2023-11-24 stands in for the end of 2023 only where a rule asks for 2023
    and finds none; conflict's second claim has the first one's period, so never here."""
    claims = [
        {"id": "year", "metric": "stations", "period": "2023", "value": "500"},
        {"id": "day", "metric": "stations", "period": "2023-11-24", "value": "900"},
        {"id": "again", "metric": "stations", "period": "2023-11-24", "value": "120"},
    ]
    metrics = {"metrics": {"stations": {"unit": "count", "stock": True}}}
    case = Case("conflict", [doc(claims)], metrics=metrics)
    assert [len(f.claims) for f in assert_same_verdicts(case, "conflict")] == [2]


def test_a_span_that_ignores_the_rule_leaves_the_changes_in_years_reported_once():
    case = _changes(
        ({"from": "2020", "to": "2023"}, "x2"),
        ({"years": 3}, "+40 %"),
        ({"years": 3}, "x3"),
    )
    case.docs[0]["claims"][0].update(ignore=["change-conflict"], reason="another measure")
    grouped = assert_same_verdicts(case, "change-conflict")
    assert [sorted(c.claim for c in f.claims) for f in grouped] == [["c1", "c2"]]


# ------------------------------------------------------------------ three bindings (crossed)


@st.composite
def amounts_and_percents(draw) -> Case:
    """A level or two (one sometimes dated only near the period's end), and changes of its
    metric: amounts and percents, year on year or over spans that meet it or not, some close to
    what the level gives and some far, rounded in their own ways, some drafted and some
    ignoring the rule."""
    base = draw(st.sampled_from([2_000, 5_000, 218_700]))
    claims: list[dict] = [{"id": "level", "metric": "m", "period": "2023", "value": str(base)}]
    if draw(st.booleans()):
        claims.append({"id": "again", "metric": "m", "period": "2023", "value": f"{base + 40}"})
    if draw(st.integers(0, 3)) == 0:
        claims.append({"id": "near", "metric": "m", "period": "2022-11-24", "value": "1,900"})
    spans = [{"period": "2023", "basis": "yoy"}, {"from": "2020", "to": "2023"}, {"years": 3}]
    spans.append({"period": "2022", "basis": "yoy"})
    for number in range(draw(st.integers(0, 8))):
        added = draw(st.sampled_from([base // 10, base // 9, base // 20, base // 2]))
        if draw(st.booleans()):
            value = f"+{draw(st.sampled_from([added, round(added, -1), round(added, -2)])):,}"
        else:
            places = draw(st.integers(0, 2))
            value = f"+{round(100 * added / (base - added), places):.{places}f} %"
        claim = {"id": f"c{number}", "metric": "m", "kind": "change", "value": value}
        claim.update(draw(st.sampled_from(spans)))
        if draw(st.integers(0, 5)) == 0:
            claim["confidence"] = 0.5
        if draw(st.integers(0, 7)) == 0:
            claim["ignore"] = ["change-amount-and-percent"]
            claim["reason"] = "another measure of it"
        claims.append(claim)
    return Case("change-amount-and-percent", [doc(claims)])


@settings(max_examples=150, deadline=None)
@given(case=amounts_and_percents())
def test_amounts_and_percents_crossed_reach_the_triples_verdicts(case: Case) -> None:
    rule_id = "change-amount-and-percent"
    grouped = assert_same_verdicts(case, rule_id)
    triples = _findings(case, _pairwise(rule_id))
    for finding in grouped:  # one amount and one percent: the triple's own finding
        if len(finding.claims) == 3:
            assert any(
                (t.message, t.fingerprint, _keys(t), t.severity)
                == (finding.message, finding.fingerprint, _keys(finding), finding.severity)
                for t in triples
            ), finding.message


@pytest.mark.parametrize(
    ("level", "amount", "percent", "hinted"),
    [
        ("218.7 万", "+86,300", "+0.4 %", "added"),  # the amount's decimal point
        ("218.7 万", "+8,630", "+4.0 %", "added"),  # a digit of the amount, not the percent's point
        ("5,000", "+400", "+87 %", "pct"),  # the percent's decimal point
        ("218.7", "+8,630", "+0.4 %", None),  # no slip explains it: no hint
    ],
)
def test_crossed_hints_are_the_triples_hints(tmp_path, level, amount, percent, hinted):
    span = {"metric": "m", "kind": "change", "period": "2023", "basis": "yoy"}
    claims = [
        {"id": "level", "metric": "m", "period": "2023", "value": level},
        {"id": "added", **span, "value": amount},
        {"id": "pct", **span, "value": percent},
    ]
    for name, text in example_files(yaml.safe_dump(claims, allow_unicode=True)).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    rules = [RULES["change-amount-and-percent"], _pairwise("change-amount-and-percent")]
    found = [
        [
            (f.message, f.fingerprint, f.hint)
            for p in partitions(corpus)
            for f in check_partition(p, [r])
        ]
        for r in rules
    ]
    assert found[0] == found[1]
    (hint,) = [hint for message, _, hint in found[0] if "on the level before it" in message]
    assert hint is None if hinted is None else f" in {hinted} would make" in hint


def test_a_rule_of_three_bindings_groups_only_a_stated_figure_against_a_computed_one():
    rule = RULES["change-amount-and-percent"]
    problems = join_problems(rule.spec, parse_assertion("amount == percent * (end - amount)"))
    assert any("compare: groups needs an assertion" in message for _, message in problems)
    assert join_problems(rule.spec, rule.assertion) == []
    spec = rule.spec.model_dump(by_alias=True)
    spec["join"]["end"]["period"] = "percent.end"
    with pytest.raises(ValueError, match="found from amount alone"):
        RuleSpec.model_validate(spec)
    spec = rule.spec.model_dump(by_alias=True)
    spec["join"]["percent"]["form"] = ["number", "percent"]
    with pytest.raises(ValueError, match="other kinds or forms"):
        RuleSpec.model_validate(spec)


def test_the_pattern_gathering_a_group_is_made_once_per_rule():
    """A rule comparing groups over the same span gathers by the other keys alone: that pattern
    is made once for the rule's two patterns, not again for each partition checked."""
    import importlib.resources

    from checker.groups import _keys_only
    from checker.rules import load_rules

    rules, _ = load_rules([importlib.resources.files("checker.builtin_rules")])
    spanned = [
        r
        for r in rules
        if r.spec.compare == "groups" and len(r.plan.patterns) == 2 and r.plan.patterns[1].same_span
    ]
    assert spanned
    for rule in spanned:
        first, second = rule.plan.patterns
        gather = _keys_only(first, second)
        assert not gather.same_span and gather.name == second.name
        assert _keys_only(first, second) is gather
