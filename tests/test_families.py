"""Metric families: an entity's claims are split into partitions only where no rule joins across
the split; a rule that could join any metric keeps the entity whole (and finds what it finds)."""

from pathlib import Path

from checker import engine, fragments
from checker.families import ALL_METRICS, MetricFamilies, splits_by_family
from checker.loading import load_corpus
from checker.rules import BUILTIN_RULES, load_rules
from checker.runner import RunOptions, run

METRICS = """\
metrics:
  gdp: {unit: CNY}
  industry: {unit: CNY, part_of: gdp}
  services: {unit: CNY, part_of: gdp}
  total_trade: {unit: CNY, sum_of: [exports, imports]}
  exports: {unit: CNY}
  imports: {unit: CNY}
  population: {unit: count}
  phones: {unit: count}
"""

# Two metrics of one entity no built-in rule relates: a rule of the user's own relates them.
CLAIMS = """\
source: {id: s, title: Yearbook, publisher: Office}
defaults: {entity: Northtown}
claims:
  - {id: gdp-2023, metric: gdp, period: 2023, value: 100 billion CNY}
  - {id: industry-2023, metric: industry, period: 2023, value: 30 billion CNY}
  - {id: exports-2023, metric: exports, period: 2023, value: 300 billion CNY}
  - {id: phones-2023, metric: phones, period: 2023, value: 9 million}
"""

EXAMPLES = 'examples: {fail: ["[]"], pass: ["[]"]}\n'


def _builtin() -> list:
    rules, errors = load_rules([BUILTIN_RULES])
    assert errors == []
    return rules


def _user_rules(tmp_path: Path, join: str) -> list:
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "mine.yaml").write_text(
        f"id: u-mine\nsummary: s\nwhy: w\njoin:\n{join}assert: other <= whole\n"
        "message: '{other} exceeds {whole}'\n" + EXAMPLES
    )
    rules, errors = load_rules([BUILTIN_RULES, tmp_path / "rules"])
    assert errors == []
    return rules


def test_the_builtin_rules_join_only_within_metric_families():
    assert splits_by_family(_builtin())


def test_a_pattern_with_no_metric_or_a_metric_written_in_the_rule_forbids_the_split(tmp_path):
    whole = "  whole: {kind: value, metric: gdp}\n"
    any_metric = _user_rules(tmp_path, whole + "  other: {kind: value, period: whole.period}\n")
    assert not splits_by_family(any_metric)
    literal = _user_rules(tmp_path, whole + "  other: {kind: value, metric: exports}\n")
    assert not splits_by_family(literal)
    related = _user_rules(tmp_path, whole + "  other: {kind: value, metric: whole.metric.sum_of}\n")
    assert splits_by_family(related)


def test_families_follow_the_vocabulary_shares_named_claims_and_restatements(tmp_path):
    (tmp_path / "metrics.yaml").write_text(METRICS)
    metrics = load_corpus([tmp_path / "metrics.yaml"]).metrics
    families = MetricFamilies(
        metrics, [("phones", "population")], ["imports", "services", "new"], split=True
    )
    names = ["gdp", "industry", "services", "total_trade", "exports", "imports", "new"]
    assert {families.of(m) for m in names} == {"exports"}
    assert families.of("population") == families.of("phones") == "phones"
    assert families.of("undeclared") == "undeclared"
    alone = MetricFamilies(metrics, [], [], split=True)
    assert alone.of("industry") == alone.of("gdp") == "gdp"
    assert alone.of("exports") == alone.of("total_trade") != alone.of("gdp")
    whole = MetricFamilies(metrics, [], [], split=False)
    assert {whole.of(m) for m in names} == {ALL_METRICS}


def test_a_rule_joining_across_families_finds_what_one_partition_per_entity_finds(
    tmp_path, monkeypatch
):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "metrics.yaml").write_text(METRICS)
    (tmp_path / "claims" / "a.yaml").write_text(CLAIMS)
    _user_rules(
        tmp_path,
        "  whole: {kind: value, metric: gdp}\n"
        "  other: {kind: value, period: whole.period, same_dimension: whole}\n",
    )
    options = RunOptions(rule_directories=(tmp_path / "rules",), hints=False)
    result = run([tmp_path / "claims"], options)
    found = [(f.rule, [c.claim for c in f.claims]) for f in result.findings if f.rule == "u-mine"]
    assert found == [("u-mine", ["gdp-2023", "exports-2023"])]
    whole = engine.check_corpus(load_corpus([tmp_path / "claims"]), result.rules, hints=False)
    assert [f.model_dump(mode="json") for f in whole] == [
        f.model_dump(mode="json") for f in result.findings
    ]
    # Split all the same, gdp and exports would fall in two partitions and never meet.
    monkeypatch.setattr(fragments, "splits_by_family", lambda rules: True)
    split = run([tmp_path / "claims"], options)
    assert not any(f.rule == "u-mine" for f in split.findings)
