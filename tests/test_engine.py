"""The engine as a user meets it: suppression, selection, hints, user rules, near periods, and a
rule that crashes without hiding the others."""

from pathlib import Path

from checker.cli import main
from checker.runner import RunOptions, run

HQD = """\
source: {id: cd, title: Capital leads country, publisher: China Daily, published: 2024-03-11}
defaults: {entity: Beijing}
claims:
  - {id: hqd-2013, metric: hqd_index, period: 2013, value: 0.65, quote: rising from 0.65 in 2013}
  - {id: hqd-2022, metric: hqd_index, period: 2022, value: 0.91, quote: to 0.91 in 2022}
  - {id: hqd-jump, kind: change, metric: hqd_index, from: 2013, to: 2022, value: +30.33 %, quote: a jump of 30.33 percent}
"""


def write(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return directory


def errors(result, rule=None):
    return [
        f for f in result.findings if f.severity == "error" and (rule is None or f.rule == rule)
    ]


def test_the_growth_error_cites_every_claim_with_its_source(tmp_path):
    result = run([write(tmp_path, {"a.yaml": HQD})])
    [finding] = errors(result)
    assert (
        finding.message
        == "0.65 (2013) -> 0.91 (2022) is +40.0% (+38.2% to +41.9% given rounding), but hqd-jump states +30.33 %"
    )
    assert [c.claim for c in finding.claims] == ["hqd-jump", "hqd-2013", "hqd-2022"]
    assert {(c.title, c.publisher, c.published) for c in finding.claims} == {
        ("Capital leads country", "China Daily", "2024-03-11")
    }
    assert (finding.file.endswith("a.yaml"), finding.line, finding.column) == (True, 6, 5)


def test_ignore_on_a_claim_suppresses_the_named_rule_only(tmp_path):
    ignored = HQD.replace(
        "quote: a jump of 30.33 percent}",
        "quote: a jump of 30.33 percent, ignore: [growth], reason: the report says so}",
    )
    result = run([write(tmp_path, {"a.yaml": ignored})])
    assert errors(result) == []


def test_select_and_ignore_choose_the_rules(tmp_path):
    write(tmp_path, {"a.yaml": HQD})
    assert errors(run([tmp_path], RunOptions(select=("cagr",)))) == []
    assert errors(run([tmp_path], RunOptions(ignore=("growth",)))) == []
    assert len(errors(run([tmp_path], RunOptions(select=("growth",))))) == 1


def test_a_scale_word_hint_names_the_likely_fix(tmp_path):
    write(
        tmp_path,
        {
            "metrics.yaml": "metrics:\n  economy: {unit: CNY}\n  core: {unit: CNY, part_of: economy}\n",
            "a.yaml": "source: {id: a, title: T}\ndefaults: {entity: E, period: 2023}\nclaims:\n"
            "  - {id: whole, metric: economy, value: 2.406 billion CNY}\n"
            "  - {id: part, metric: core, value: 922.67 billion CNY}\n",
        },
    )
    [finding] = errors(run([tmp_path]), "part-whole")
    assert finding.hint.startswith(
        "'trillion' in place of 'billion' in whole would make every check on it pass"
    )


def test_a_stock_level_near_the_end_of_the_period_gives_a_warning_not_an_error(tmp_path):
    write(
        tmp_path,
        {
            "metrics.yaml": "metrics:\n  stations: {unit: count, stock: true}\n",
            "a.yaml": "source: {id: a, title: T}\ndefaults: {entity: E}\nclaims:\n"
            "  - {id: y2022, metric: stations, period: 2022, value: '74,000'}\n"
            "  - {id: nov, metric: stations, period: 2023-11-24, value: '104,000'}\n"
            "  - {id: added, kind: change, metric: stations, period: 2023, basis: yoy, value: '+60,000'}\n",
        },
    )
    result = run([tmp_path])
    assert errors(result) == []
    [warning] = [f for f in result.findings if f.severity == "warning"]
    assert warning.rule == "change-absolute" and "nov gives 2023-11-24, not 2023" in warning.message


USER_RULE = """\
id: no-negative-counts
summary: A count is never negative.
why: A negative number of companies is a typo.
join:
  count: {kind: value, metric: companies}
assert: count >= 0
message: "{count.id} states {count} companies"
examples:
  fail:
    - "- {id: a, metric: companies, period: 2023, value: -5}"
  pass:
    - "- {id: a, metric: companies, period: 2023, value: 5}"
"""


def test_a_user_rule_directory_adds_rules_without_python(tmp_path, capsys):
    corpus = write(
        tmp_path / "corpus",
        {
            "a.yaml": "source: {id: a, title: T}\ndefaults: {entity: E}\nclaims:\n"
            "  - {id: c, metric: companies, period: 2023, value: -12}\n"
        },
    )
    rules = write(tmp_path / "rules", {"no-negative-counts.yaml": USER_RULE})
    assert main(["check", str(corpus), "--rules", str(rules)]) == 1
    assert "[no-negative-counts] c states -12 companies" in capsys.readouterr().out


def test_a_broken_user_rule_is_bad_input_with_its_position(tmp_path, capsys):
    corpus = write(tmp_path / "corpus", {"a.yaml": HQD})
    rules = write(
        tmp_path / "rules",
        {"bad.yaml": USER_RULE.replace("assert: count >= 0", "assert: count >= 0 +")},
    )
    assert main(["check", str(corpus), "--rules", str(rules)]) == 2
    output = capsys.readouterr().out
    assert (
        "bad.yaml:6:21: input error: rule 'no-negative-counts': assert: the expression ends"
        in output
    )


def test_a_rule_that_crashes_is_reported_and_the_others_still_run(tmp_path, monkeypatch):
    from checker import checks

    def broken(name, partition, rule):
        raise RuntimeError("boom")

    monkeypatch.setattr(checks, "run", broken)
    result = run([write(tmp_path, {"a.yaml": HQD})])
    internal = [f for f in result.findings if "internal error in rule" in f.message]
    assert {f.rule for f in internal} == {"quote", "conversion"}
    assert len(errors(result, "growth")) == 1


def test_user_rules_with_literal_periods_and_paths_that_fail_on_bound_claims(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "claims" / "metrics.yaml").write_text(
        "metrics:\n  gdp: {unit: CNY}\n  de: {unit: CNY, part_of: gdp}\n"
    )
    (tmp_path / "claims" / "a.yaml").write_text(
        "source: {id: s, title: T, publisher: P}\ndefaults: {entity: A}\nclaims:\n"
        "  - {id: whole, metric: gdp, period: 2023, value: 1.0 billion CNY}\n"
        "  - {id: part, metric: de, period: 2023, value: 2.0 billion CNY}\n"
    )
    examples = 'examples: {fail: ["[]"], pass: ["[]"]}\n'
    # A period written in the rule is a period: the verdict is an error, not a "near period" warning.
    (tmp_path / "rules" / "literal.yaml").write_text(
        "id: u-literal\nsummary: s\nwhy: w\njoin:\n  w: {kind: value, metric: gdp, period: '2023'}\n"
        "  p: {kind: value, metric: de, period: '2023'}\nassert: p <= w\nmessage: '{p} > {w}'\n"
        + examples
    )
    # A path no claim can have (`partof` is no attribute) is an input error where it is written,
    # and the other rules still run.
    (tmp_path / "rules" / "typo.yaml").write_text(
        "id: u-typo\nsummary: s\nwhy: w\njoin:\n  a: {kind: value, metric: de}\n  b: {kind: value, metric: gdp}\n"
        "  c: {kind: value, metric: a.metric, of: b.metric.partof}\nassert: a <= c\nmessage: '{a} > {c}'\n"
        + examples
    )
    result = run(
        [tmp_path / "claims"],
        RunOptions(rule_directories=(tmp_path / "rules",), select=("u-literal",), hints=False),
    )
    assert [(f.rule, f.severity) for f in result.findings] == [("u-literal", "error")]
    [typo] = result.rule_errors
    assert (Path(typo.position.file).name, typo.position.line) == ("typo.yaml", 7)
    assert "'partof' is none of" in typo.message


def test_arguments_travel_to_another_process_as_their_two_tuples():
    """A settled finding's compact arguments, pickled to the parent of a `--jobs` run, are made
    again from their bound texts and the values set after them (`engine._arguments`)."""
    import pickle

    from checker.engine import Arguments, EachTexts

    # id, metric, label, entity, source, period, start, end, span, of, whole
    texts = ("kettle-7", "tea_sales", "tea sales", "Harbourville", "Quay Gazette", "2031")
    texts += (None,) * 5
    each = EachTexts("kettle-8, kettle-9", "3 times 4")
    arguments = Arguments(("level", "12 crates", texts, "parts", "3 + 4", each))
    arguments["stated"] = "12 crates"
    arguments["rule"] = "sum"
    packed = pickle.dumps(arguments, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"_arguments" in packed
    again = pickle.loads(packed)
    assert (again.bound, again.extra) == (arguments.bound, arguments.extra)
    assert again.as_dict() == arguments.as_dict() and again["parts.ids"] == "kettle-8, kettle-9"
    assert again["parts.times"] == "3 times 4"


def test_a_computed_figure_in_the_arguments_is_written_when_read_as_present_writes_it(tmp_path):
    """The `computed` argument is kept unwritten (`engine.Presented`, the stated claim's terms
    and the two intervals): read through the arguments, as a dict or pickled to another
    process, it is the text `present` writes, for figures in percent, in a scaled unit, with a
    sign and with no claim to take terms from."""
    import pickle

    from quicktions import Fraction

    from checker.engine import Arguments, EachTexts, Presented, present
    from checker.intervals import Interval
    from checker.loading import load_corpus

    claims = (
        "source: {id: s, title: T, publisher: P}\ndefaults: {entity: Lakeside}\nclaims:\n"
        "  - {id: a, metric: pears, kind: change, from: 2030, to: 2031, value: +4.5 %}\n"
        "  - {id: b, metric: pear_sales, period: 2031, value: 3.2 million EUR}\n"
        "  - {id: c, metric: pears, period: 2031, value: '1,200'}\n"
        "  - {id: d, metric: pears, kind: change, from: 2030, to: 2031, value: x1.5}\n"
    )
    metrics = "metrics:\n  pears: {unit: count}\n  pear_sales: {unit: EUR}\n"
    corpus = load_corpus([write(tmp_path, {"a.yaml": claims, "metrics.yaml": metrics})])
    assert len(corpus.claims) == 4
    for claim in [*corpus.claims, None]:
        for interval, nominal in [
            (Interval(Fraction(3, 7), Fraction(5, 11)), Interval.point(Fraction(4, 9))),
            (Interval(Fraction(-2, 3), Fraction(1, 5)), None),
            (Interval(None, Fraction(123456, 7)), None),
            (Interval(Fraction(81, 2), Fraction(81, 2)), Interval(Fraction(1), Fraction(2))),
        ]:
            expected = present(claim, interval, nominal)
            arguments = Arguments(("level", "12 crates", EachTexts("ids", "12 crates")))
            arguments["computed"] = Presented(claim, interval, nominal)
            arguments["rule"] = "pear-count"
            assert arguments["computed"] == expected
            assert arguments.as_dict() == {
                "level": "12 crates",
                "level.ids": "ids",
                "level.times": "12 crates",
                "computed": expected,
                "rule": "pear-count",
            }
            again = pickle.loads(pickle.dumps(arguments, protocol=pickle.HIGHEST_PROTOCOL))
            assert again.extra == ("computed", expected, "rule", "pear-count")


def test_the_joins_of_a_partition_are_indexed_by_claim_only_when_asked(tmp_path, monkeypatch):
    """A partition whose rules find no error never reads its joins by claim (hints do, for an
    error): they are indexed when first asked, as they would have been join by join."""
    from checker import engine
    from checker.index import partitions
    from checker.loading import load_corpus
    from checker.rules import BUILTIN_RULES, load_rules

    folder = write(tmp_path, {"a.yaml": HQD, "b.yaml": HQD.replace("+30.33 %", "+40 %")})
    records = []
    made = engine.Record

    def recorded(*args, **options):
        records.append(made(*args, **options))
        return records[-1]

    monkeypatch.setattr(engine, "Record", recorded)
    rules, _ = load_rules([BUILTIN_RULES])
    for partition in partitions(load_corpus([folder / "b.yaml"])):
        engine.check_partition(partition, rules)
    assert records and all(r._joins is None and r.evaluated for r in records)
    records.clear()
    for partition in partitions(load_corpus([folder / "a.yaml"])):
        engine.check_partition(partition, rules)
    (record,) = records
    assert record._joins is not None  # the hints asked
    by_claim: dict[str, list] = {}
    for join in record.evaluated:
        for claim in join.claims:
            by_claim.setdefault(claim.key, []).append(join)
    assert dict(record.joins) == by_claim
    later = engine.Join(record.rules[0], {}, (join.claims[0],))
    record.add(later)
    assert record.joins[join.claims[0].key][-1] is later


def test_a_message_template_is_filled_as_a_regular_expression_substitution_fills_it():
    """`fill` reads each template's placeholders once (templates parsed are kept): what it
    writes is what substituting each `{name}` or `{name.attribute}` match writes, an unknown
    placeholder left as written and a value of None written as nothing, for a template met
    again with other arguments too."""
    import re

    from checker.engine import Arguments, EachTexts, fill

    pattern = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?\}")

    def substituted(template, arguments):
        return pattern.sub(
            lambda m: arguments.get(
                m.group(1) + (f".{m.group(2)}" if m.group(2) else ""), m.group(0)
            ),
            template,
        )

    templates = [
        "",
        "no placeholder here",
        "{only}",
        "the pears of {orchard} in {orchard.period} ({rule})",
        "{a}{a} {b.c} {unknown} {a.b.c} {1bad} {{a}} {a.} end",
    ]
    argument_sets = [
        {"orchard": "north field", "orchard.period": "1997", "rule": "pear-count"},
        {"a": "x", "b.c": "y", "only": "z", "orchard": None},
        {},
        Arguments(("orchard", "7 crates", EachTexts("ids-a, ids-b", "3 crates times 4"))),
    ]
    for template in templates:
        for arguments in argument_sets:
            assert fill(template, arguments) == substituted(template, arguments)
