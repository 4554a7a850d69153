"""The shortcuts a run takes around joins skip only work that would find nothing: wherever
`JoinPlan.can_bind` says an anchor cannot bind, or `never_binds` says no anchor of a rule can
in a run, or `lacks_a_form` none in a partition, `bindings` finds no join for it. Checked for
every rule over every anchor of the project's generated corpus (a metric hierarchy with sums and
parts, every claim kind), the repository's claims and every rule's examples."""

import dataclasses
import subprocess
import sys
from pathlib import Path

from checker.index import partitions
from checker.loading import load_corpus
from checker.rule_examples import example_files, examples_of
from checker.rules import BUILTIN_RULES, load_rules

REPO = Path(__file__).resolve().parent.parent
RULES, _ = load_rules([BUILTIN_RULES])
ASSERT_RULES = [r for r in RULES if r.spec.check == "assert"]


def _generated(directory: Path) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(REPO / "bench"))
    generate(3000, directory, formats=("yaml",))
    return directory


def _realistic(directory: Path) -> list[Path]:
    """The realistic generator's corpus (figures rounded to newsroom precision; parts but no
    sums declared), when it is beside the repository: it is run, never copied."""
    generator = REPO.parent / "shared" / "bench" / "gen_corpus.py"
    if not generator.is_file():
        return []
    subprocess.run(
        [sys.executable, str(generator), str(directory), "3000"], check=True, capture_output=True
    )
    return [directory]


def _examples(directory: Path) -> list[Path]:
    folders = []
    texts = [(rule.id, text) for rule in RULES for _, _, text in examples_of(rule)]
    for number, (rule_id, text) in enumerate(texts):
        folder = directory / f"{rule_id}-{number}"
        folder.mkdir(parents=True)
        for name, content in example_files(text).items():
            (folder / name).write_text(content, encoding="utf-8")
        folders.append(folder)
    return folders


def _skipped_and_joined(paths: list[Path]) -> tuple[int, int, list[str]]:
    """Anchors `never_binds` or `can_bind` rejected, anchors they let through, and every
    rejected anchor that `bindings` joins all the same (there must be none)."""
    skipped, passed, wrong = 0, 0, []
    for path in paths:
        corpus = load_corpus([path])
        for partition in partitions(corpus):
            for rule in ASSERT_RULES:
                plan, memo = rule.plan, {}
                never = plan.never_binds(partition) or plan.lacks_a_form(partition)
                for anchor in plan.anchors(partition):
                    if not never and plan.can_bind(partition, anchor, memo):
                        passed += 1
                    else:
                        skipped += 1
                        if plan.bindings(partition, anchor):
                            wrong.append(f"{rule.id}: {anchor.key}")
    return skipped, passed, wrong


def test_an_anchor_said_unable_to_bind_never_binds(tmp_path):
    paths = [
        _generated(tmp_path / "generated"),
        *_realistic(tmp_path / "realistic"),
        REPO / "claims",
        *_examples(tmp_path / "ex"),
    ]
    skipped, passed, wrong = _skipped_and_joined(paths)
    assert wrong == []
    assert skipped > 300 and passed > 300  # not vacuous: both answers are given often


def test_partition_shapes_follow_a_claim_read_in_another_form(tmp_path):
    """A hint's trial partition (one claim read differently) works its shapes out afresh."""
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "claims.yaml").write_text(
        "source: {id: s, title: T, published: 2024-01-01}\n"
        "claims:\n"
        "  - {id: a, entity: X, metric: sales, period: 2023, value: 12 %}\n",
        encoding="utf-8",
    )
    (partition,) = partitions(load_corpus([folder]))
    (claim,) = partition.claims
    assert ("X", "value", "sales", "percent") in partition.shapes
    as_number = dataclasses.replace(
        claim, quantity=dataclasses.replace(claim.quantity, form="number")
    )
    assert partition.kinds_and_forms == {("value", "percent")}
    trial = partition.replaced(claim, as_number)
    assert ("X", "value", "sales", "number") in trial.shapes
    assert ("X", "value", "sales", "number") not in partition.shapes
    assert trial.kinds_and_forms == {("value", "number")}


def test_a_rule_whose_join_takes_a_form_the_partition_lacks_is_not_run_there(tmp_path, monkeypatch):
    """Levels in figures and a change in percent: no level in percent for the rule on changes
    of rates to take, so its anchors are never looked up; the rules that can join still run."""
    from checker.engine import check_partition
    from checker.index import JoinPlan

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "claims.yaml").write_text(
        "source: {id: s, title: T, published: 2024-01-01}\n"
        "claims:\n"
        "  - {id: a, entity: X, metric: sales, period: 2022, value: 40 units}\n"
        "  - {id: b, entity: X, metric: sales, period: 2023, value: 50 units}\n"
        "  - {id: up, entity: X, metric: sales, kind: change, period: 2023, basis: yoy,"
        " value: +25 %}\n",
        encoding="utf-8",
    )
    looked_up: list[str] = []
    anchors = JoinPlan.anchors

    def recorded(plan, partition):
        looked_up.append(next(r.id for r in ASSERT_RULES if r.plan is plan))
        return anchors(plan, partition)

    monkeypatch.setattr(JoinPlan, "anchors", recorded)
    (partition,) = partitions(load_corpus([folder]))
    check_partition(partition, ASSERT_RULES)
    assert "yoy" in looked_up and "change-conflict" in looked_up
    assert "percent-change-of-rate" not in looked_up


def test_a_claim_said_alone_under_a_group_rules_keys_finds_no_partner(tmp_path):
    """`groups._alone` skips a claim only where the rule's lookup of its partners finds none."""
    from checker.groups import _alone, _keys_only

    paths = [_generated(tmp_path / "generated"), *_realistic(tmp_path / "realistic")]
    alone = partnered = 0
    for path in paths:
        for partition in partitions(load_corpus([path])):
            for rule in (r for r in ASSERT_RULES if r.spec.compare == "groups"):
                first, second = rule.plan.patterns[:2]
                gather = _keys_only(first, second)
                for anchor in rule.plan.anchors(partition):
                    if gather.direct and _alone(gather, partition, first.name, anchor):
                        alone += 1
                        assert not gather.candidates(partition, {first.name: anchor}, (anchor,))
                    else:
                        partnered += 1
    assert alone > 100 and partnered > 100


def test_what_a_search_found_missing_is_what_missing_says(tmp_path):
    """An anchor whose join search found nothing keeps what was missing (`bindings`' `lacks`),
    which the notes of unchecked claims read in place of `missing`: for every rule and every
    such anchor, the same pattern and the same bindings before it (or None alike)."""
    paths = [
        _generated(tmp_path / "generated"),
        *_realistic(tmp_path / "realistic"),
        REPO / "claims",
        *_examples(tmp_path / "ex"),
    ]
    kept, wrong = 0, []
    for path in paths:
        corpus = load_corpus([path])
        for partition in partitions(corpus):
            for rule in ASSERT_RULES:
                lacks: dict = {}
                for anchor in rule.plan.anchors(partition):
                    rule.plan.bindings(partition, anchor, lacks)
                for key, lack in lacks.items():
                    kept += 1
                    anchor = next(c for c in partition.claims if c.key == key)
                    found = rule.plan.missing_as_kept(partition.corpus, anchor, lack)
                    expected = rule.plan.missing(partition, anchor)
                    if found != expected or (found and found[0] is not expected[0]):
                        wrong.append(f"{rule.id}: {key}")
    assert wrong == []
    assert kept > 300  # not vacuous


def test_a_rule_said_to_relate_nothing_to_a_metric_finds_nothing_missing(tmp_path):
    """The notes of unchecked claims skip a rule whose first pattern after the anchor reads no
    metric from the claim's metric (`engine._relates_nothing`, decided once per kind and
    metric): for every rule and every claim it skips, `missing` says nothing either."""
    from checker.engine import _may_anchor, _relates_nothing

    paths = [
        _generated(tmp_path / "generated"),
        *_realistic(tmp_path / "realistic"),
        REPO / "claims",
        *_examples(tmp_path / "ex"),
    ]
    skipped, asked, wrong = 0, 0, []
    for path in paths:
        corpus = load_corpus([path])
        for partition in partitions(corpus):
            for rule in ASSERT_RULES:
                for claim in partition.claims:
                    if not _may_anchor(rule, claim, corpus):
                        continue
                    if not _relates_nothing(rule, claim, corpus):
                        asked += 1
                        continue
                    skipped += 1
                    if rule.plan.missing(partition, claim) is not None:
                        wrong.append(f"{rule.id}: {claim.key}")
    assert wrong == []
    assert skipped > 300 and asked > 300  # not vacuous: both answers are given often
