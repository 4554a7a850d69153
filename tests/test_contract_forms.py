"""Forms the claim-file contract gained: Indian digit grouping with lakh and crore, per mille,
changes without a span, changes between two claims without a metric, a default period beside a
claim's own span, and levels in percentage points."""

from __future__ import annotations

from pathlib import Path

import pytest
from quicktions import Fraction

from checker.quantities import parse_value
from checker.runner import RunOptions, RunResult, run

HEADER = (
    "source: {id: s, title: An article}\ndefaults: {entity: Somewhere, period: 2023}\nclaims:\n"
)


def load(tmp_path: Path, claims: str, metrics: str | None = None) -> RunResult:
    (tmp_path / "claims.yaml").write_text(HEADER + claims, encoding="utf-8")
    if metrics is not None:
        (tmp_path / "metrics.yaml").write_text(metrics, encoding="utf-8")
    return run([tmp_path], RunOptions(hints=False))


def messages(result: RunResult) -> list[str]:
    return [e.message for e in result.input_errors]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("41,15,870 crore INR", Fraction(41158650000000), Fraction(41158750000000)),
        ("3,62,418", Fraction(724835, 2), Fraction(724837, 2)),
        ("3 lakh", Fraction(250000), Fraction(350000)),
        ("5.2 ‰", Fraction(515, 100000), Fraction(525, 100000)),
        ("+0.4 千分点", Fraction(35, 100000), Fraction(45, 100000)),
    ],
)
def test_indian_grouping_and_per_mille(text: str, low: Fraction, high: Fraction) -> None:
    interval = parse_value(text).interval
    assert (interval.low, interval.high) == (low, high)


def test_per_mille_points_are_points_and_per_mille_is_a_rate() -> None:
    assert parse_value("+0.4 千分点").form == "points"
    assert parse_value("5.2 ‰").form == "percent"


def test_change_without_a_span_loads_and_links_nothing(tmp_path: Path) -> None:
    result = load(tmp_path, "  - {id: cut, kind: change, metric: spending, value: -25 %}\n")
    assert messages(result) == []
    (claim,) = result.corpus.claims
    assert claim.start is None and claim.end is None and claim.span_years is None
    assert claim.period is None  # the inherited period is no year-on-year span


def test_change_between_claims_needs_no_metric(tmp_path: Path) -> None:
    result = load(
        tmp_path,
        "  - {id: a, entity: B, metric: price, value: 25 USD}\n"
        "  - {id: b, entity: A, metric: price, value: 39 USD}\n"
        "  - {id: gap, kind: change, from: a, to: b, value: +36 %}\n",
    )
    assert messages(result) == []
    assert [f.rule for f in result.findings if f.severity == "error"] == ["comparison"]


def test_change_between_periods_still_needs_a_metric(tmp_path: Path) -> None:
    result = load(tmp_path, "  - {id: up, kind: change, from: 2020, to: 2023, value: +5 %}\n")
    assert any("needs a 'metric'" in m for m in messages(result))


def test_own_span_takes_precedence_over_a_default_period(tmp_path: Path) -> None:
    result = load(
        tmp_path, "  - {id: up, kind: change, metric: sales, from: 2020, to: 2023, value: +5 %}\n"
    )
    assert messages(result) == []
    (claim,) = result.corpus.claims
    assert claim.period is None and str(claim.start) == "2020"


def test_a_level_in_points_is_allowed_unless_the_metric_says_otherwise(tmp_path: Path) -> None:
    claims = "  - {id: pull, metric: contribution, value: +1.2 pp}\n"
    assert messages(load(tmp_path, claims)) == []
    assert messages(load(tmp_path, claims, "metrics:\n  contribution: {unit: pp}\n")) == []
    declared_percent = load(tmp_path, claims, "metrics:\n  contribution: {unit: percent}\n")
    assert any("measured in percent" in m for m in messages(declared_percent))


ROUND_CASE = (
    "  - {id: a, metric: outlays, period: 2020, value: 12.6 billion USD}\n"
    "  - {id: b, metric: outlays, period: 2023, value: 20 billion USD}\n"
    "  - {id: c, kind: change, metric: outlays, from: 2020, to: 2023, value: more than +80 %}\n"
)


def _growth_errors(result: RunResult) -> list[str]:
    return [f.rule for f in result.findings if f.severity == "error"]


def test_round_numbers_are_read_per_source(tmp_path: Path) -> None:
    assert _growth_errors(load(tmp_path, ROUND_CASE)) == ["growth"]
    (tmp_path / "claims.yaml").write_text(
        HEADER.replace("title: An article}", "title: An article, round_numbers: last-digit}")
        + ROUND_CASE,
        encoding="utf-8",
    )
    assert _growth_errors(run([tmp_path], RunOptions(hints=False))) == []


def test_round_numbers_are_read_as_configured(tmp_path: Path) -> None:
    from checker.config import load_config

    (tmp_path / "claims.yaml").write_text(HEADER + ROUND_CASE, encoding="utf-8")
    config = tmp_path / "checker.toml"
    config.write_text('round-numbers = "last-digit"\n', encoding="utf-8")
    options = load_config(config).run_options()
    assert _growth_errors(run([tmp_path], options)) == []
    config.write_text('round-numbers = "roughly"\n', encoding="utf-8")
    with pytest.raises(Exception, match="round-numbers|round_numbers"):
        load_config(config)


def test_a_change_may_name_only_the_level_it_led_to(tmp_path: Path) -> None:
    # "fell by 340 to 4,120, a decrease of 17.6%": no earlier level, no period, yet the amount
    # and the percentage check each other through the level they led to
    claims = (
        "  - {id: level, metric: burglaries, value: '4,120'}\n"
        "  - {id: fell, kind: change, metric: burglaries, to: level, value: -340}\n"
        "  - {id: pct, kind: change, metric: burglaries, to: level, value: -17.6 %}\n"
    )
    result = load(tmp_path, claims)
    assert messages(result) == []
    fell = next(c for c in result.corpus.claims if c.id == "fell")
    assert (fell.start_claim, fell.end_claim) == (None, "s:level") and fell.start is None
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["change-amount-and-percent-to-level"]
    assert "-7.6%" in errors[0].message
    result = load(tmp_path, claims.replace("-17.6 %", "-7.6 %"))
    assert not [f for f in result.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("{id: up, kind: change, metric: m, to: 2024, value: +3 %}", "not a period"),
        ("{id: up, kind: change, metric: m, from: level, value: +3 %}", "give both"),
        ("{id: up, kind: change, metric: m, to: up, value: +3 %}", "not to itself"),
    ],
)
def test_to_alone_names_a_level_and_nothing_else(tmp_path: Path, claim: str, said: str) -> None:
    result = load(tmp_path, f"  - {{id: level, metric: m, value: 5}}\n  - {claim}\n")
    assert any(said in message for message in messages(result)), messages(result)
