"""A total declared the product of two metrics (a count times its average, a price per unit
times an amount): `product_of` in the vocabulary, validated when it loads, and the product
rule, with exact intervals and unit algebra (issues 13 and 14). Invented figures throughout."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from quicktions import Fraction

from checker.cli import main
from checker.models import MetricDefinition
from checker.runner import RunOptions, run

METRICS = """\
metrics:
  harvest_worth: {unit: EUR, product_of: [price, harvest], description: worth of the harvest}
  price: {unit: EUR / gram, description: price a gram}
  harvest: {unit: kilogram}
  points: {unit: count, product_of: [matches, points_per_match]}
  matches: {unit: count}
  points_per_match: {unit: count, description: points a match}
"""


def _claims(worth: str, average: str) -> str:
    return f"""\
source: {{id: s, title: An invented season}}
defaults: {{entity: A cooperative, period: 2031}}
claims:
  - {{id: worth, metric: harvest_worth, value: "{worth}"}}
  - {{id: price, metric: price, value: 4 EUR/gram}}
  - {{id: harvest, metric: harvest, value: 35 kilogram}}
  - {{id: points, metric: points, value: "84"}}
  - {{id: matches, metric: matches, value: "30"}}
  - {{id: average, metric: points_per_match, value: "{average}"}}
"""


def _check(tmp_path: Path, capsys, metrics: str, claims: str) -> tuple[int, str, dict]:
    """The exit status, what the text report says, and the JSON report."""
    (tmp_path / "metrics.yaml").write_text(metrics, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(claims, encoding="utf-8")
    main(["check", str(tmp_path)])
    said = capsys.readouterr()
    code = main(["check", str(tmp_path), "--format", "json"])
    return code, said.out + said.err, json.loads(capsys.readouterr().out)


def _product_findings(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] == "product"]


def test_a_product_that_holds_raises_nothing(tmp_path, capsys):
    # 4 EUR a gram for 35 kg is 140,000 EUR; 30 matches at 2.8 points a match is 84 points
    code, _, report = _check(tmp_path, capsys, METRICS, _claims("140,000 EUR", "2.8"))
    assert code == 0
    assert [f for f in _product_findings(report) if f["severity"] != "info"] == []


def test_a_price_per_gram_times_kilograms_is_worked_out_through_the_units(tmp_path, capsys):
    code, _, report = _check(tmp_path, capsys, METRICS, _claims("140 EUR", "2.8"))
    assert code == 1
    (finding,) = _product_findings(report)
    assert finding["severity"] == "error"
    assert finding["message"].startswith("4 EUR/gram times 35 kilogram makes 140000 EUR")
    assert "but worth states 140 EUR" in finding["message"]


def test_a_total_that_is_not_its_count_times_its_average_is_an_error(tmp_path, capsys):
    code, _, report = _check(tmp_path, capsys, METRICS, _claims("140,000 EUR", "3.8"))
    assert code == 1
    (finding,) = _product_findings(report)
    assert finding["message"].startswith("30 times 3.8 makes 114")
    assert [c["claim"].split("@")[0] for c in finding["claims"]][:1] == ["points"]


def test_rounding_alone_never_makes_a_product_wrong(tmp_path, capsys):
    # 30 x 2.75 = 82.5 and 30 x 2.85 = 85.5: "2.8" admits 84 exactly, and 2.83 too
    for average in ("2.8", "2.83", "2.77"):
        code, _, report = _check(tmp_path, capsys, METRICS, _claims("140,000 EUR", average))
        assert [f for f in _product_findings(report) if f["severity"] == "error"] == [], average


def test_an_undeclared_metric_in_product_of_is_an_input_error_at_its_place(tmp_path, capsys):
    metrics = METRICS.replace("[price, harvest]", "[price, crop]")
    code, err, _ = _check(tmp_path, capsys, metrics, _claims("140,000 EUR", "2.8"))
    assert code == 2
    assert "metrics.yaml:2:42: input error: metric 'harvest_worth' is the product_of 'crop'" in err


def test_factors_whose_units_do_not_multiply_to_the_total_are_an_input_error(tmp_path, capsys):
    metrics = METRICS.replace("harvest_worth: {unit: EUR,", "harvest_worth: {unit: kilogram,")
    code, err, _ = _check(tmp_path, capsys, metrics, _claims("140,000 kilogram", "2.8"))
    assert code == 2
    assert "whose units do not multiply to its own" in err
    assert "metrics.yaml:2:" in err


def test_a_metric_is_never_the_product_of_itself(tmp_path, capsys):
    metrics = METRICS.replace("[matches, points_per_match]", "[points, matches]")
    code, err, _ = _check(tmp_path, capsys, metrics, _claims("140,000 EUR", "2.8"))
    assert code == 2
    assert "metric 'points' is the product_of itself" in err


def test_the_schema_documents_product_of():
    schema = MetricDefinition.model_json_schema()
    assert "product_of" in schema["properties"]
    assert "average" in schema["properties"]["product_of"]["description"]


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=900),
    tenths=st.integers(min_value=11, max_value=999),
    digits=st.integers(min_value=1, max_value=4),
)
def test_a_product_rounded_as_written_never_raises_an_error(
    tmp_path_factory, count, tenths, digits
):
    """A true total, count and average, each written rounded (the total to `digits`
    significant figures, the average to one decimal): rounding alone is never an error."""
    average = Fraction(tenths, 10) + Fraction(1, 37)  # a true average the text rounds
    total = count * average
    written_total = f"{float(total):.{digits}g}"
    if "e" in written_total:
        written_total = f"{round(float(total)):d}"
    claims = f"""\
source: {{id: s, title: An invented season}}
defaults: {{entity: A league, period: 2031}}
claims:
  - {{id: points, metric: points, value: "{written_total}"}}
  - {{id: matches, metric: matches, value: "{count}"}}
  - {{id: average, metric: points_per_match, value: "{float(average):.1f}"}}
"""
    folder = tmp_path_factory.mktemp("product")
    (folder / "metrics.yaml").write_text(METRICS, encoding="utf-8")
    (folder / "a.yaml").write_text(claims, encoding="utf-8")
    result = run([folder], RunOptions(select=("product",), hints=False))
    assert [f.message for f in result.findings if f.severity == "error"] == []
