"""Archive scale: the same findings whatever the partitioning or backend, a lost worker never
yields a partial report, and bad input in one partition leaves the others checked."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from checker import engine, fragments
from checker.engine import WorkerLost
from checker.findings import pack_findings, unpack_findings
from checker.fragments import merge, owners, partition_roots, stretches, summarize
from checker.loading import discover, load_corpus, load_fragment
from checker.rules import BUILTIN_RULES, load_rules
from checker.runner import RunOptions, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("scale")
    generate(3000, out, planted=5)
    return [out / "corpus.jsonl", out / "metrics.yaml"]


def findings_json(result) -> str:
    return json.dumps([f.model_dump(mode="json") for f in result.findings], sort_keys=True)


def test_findings_are_identical_for_one_two_processes_and_dask(corpus):
    one = run(corpus, RunOptions(jobs=1))
    two = run(corpus, RunOptions(jobs=2))
    on_dask = run(corpus, RunOptions(backend="dask", jobs=2))
    assert one.input_errors == two.input_errors == on_dask.input_errors == []
    assert sum(f.severity == "error" for f in one.findings) >= 5
    assert findings_json(one) == findings_json(two) == findings_json(on_dask)
    assert one.claim_count == two.claim_count == on_dask.claim_count


# The realistic generator (figures rounded to newsroom precision, so thousands of notes and some
# errors), beside the repository as realdev is; it is run, never copied.
GEN_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_corpus.py"


@pytest.fixture(scope="module", params=["many entities", "5 entities"])
def realistic(request, tmp_path_factory) -> Path:
    if not GEN_CORPUS.is_file():
        pytest.skip("../shared/bench/gen_corpus.py is not beside the repo")
    out = tmp_path_factory.mktemp("realistic")
    entities = ["--entities", "5"] if request.param == "5 entities" else []
    for form, flag in (("yaml", []), ("jsonl", ["--jsonl"])):
        subprocess.run(
            [sys.executable, str(GEN_CORPUS), str(out / form), "4000", "--per-file", "250"]
            + flag
            + entities,
            check=True,
            capture_output=True,
        )
    return out


def test_realistic_findings_are_identical_for_every_backend_and_process_count(realistic):
    """Rounded figures give notes, warnings and errors with hints on every kind of partition:
    a city each, or five cities of many series each; every way of running finds the same."""
    yaml_input, jsonl_input = [realistic / "yaml"], [realistic / "jsonl"]
    one = run(yaml_input, RunOptions(jobs=1))
    assert one.input_errors == []
    severities = [f.severity for f in one.findings]
    assert severities.count("error") >= 5 and severities.count("info") >= 500
    assert any(f.hint for f in one.findings)
    expected = findings_json(one)
    for jobs in (2, 3):
        assert findings_json(run(yaml_input, RunOptions(jobs=jobs))) == expected, f"jobs={jobs}"
    from_jsonl = run(jsonl_input, RunOptions(jobs=1))
    assert findings_json(run(jsonl_input, RunOptions(jobs=2))) == findings_json(from_jsonl)
    on_dask = run(jsonl_input, RunOptions(backend="dask", jobs=2))
    assert findings_json(on_dask) == findings_json(from_jsonl)
    # The same claims from either format: the same findings but for where they are written.
    assert sorted(
        (f.rule, f.severity, f.message, f.hint or "") for f in from_jsonl.findings
    ) == sorted((f.rule, f.severity, f.message, f.hint or "") for f in one.findings)


def test_findings_travel_between_processes_as_they_were(realistic):
    """What a worker sends (`pack_findings`) is what the parent makes again: equal findings with
    the same JSON field for field and in the same order, the same sets of given fields, and one
    citation object for a claim however many findings cite it, as in the worker."""
    sent = run([realistic / "jsonl"], RunOptions(jobs=1, keep_claims=False)).findings
    received = unpack_findings(pack_findings(sent))
    assert received == sent and len(received) > 500
    assert [f.model_dump_json() for f in received] == [f.model_dump_json() for f in sent]
    for before, after in zip(sent, received, strict=True):
        assert after.__pydantic_fields_set__ == before.__pydantic_fields_set__
        for cited_before, cited_after in zip(before.claims, after.claims, strict=True):
            assert cited_after.__pydantic_fields_set__ == cited_before.__pydantic_fields_set__

    def shared(findings):
        by_key = {}
        for finding in findings:
            for citation in finding.claims:
                by_key.setdefault((citation.source, citation.claim), set()).add(id(citation))
        return sorted(len(ids) for ids in by_key.values())

    assert shared(received) == shared(sent)
    assert sum(len(f.claims) for f in sent) > len(shared(sent))  # claims cited more than once


def test_settled_findings_travel_settled(realistic):
    """A settled finding travels settled: what only some reports read (its arguments, its
    fingerprint, its two intervals) is written where it is read, not by the worker that sends
    it, and is then what the worker would have written."""
    sent = run([realistic / "jsonl"], RunOptions(jobs=1, keep_claims=False)).findings
    settled = [f for f in sent if "fingerprint" not in f.__dict__]
    assert len(settled) > 500
    received = unpack_findings(pack_findings(settled))
    unwritten = {"arguments", "fingerprint", "stated", "computed"}
    assert not any(unwritten & f.__dict__.keys() for f in received)
    assert [f.model_dump_json() for f in received] == [f.model_dump_json() for f in settled]
    assert sum(f.computed is not None for f in received) > 100


def test_what_settled_findings_leave_to_write_is_unpickled_when_first_read(realistic, monkeypatch):
    """The parent unpickles what a text report shows (message, place, severity, hint, claims);
    the findings' arguments, fingerprints and intervals stay packed until a report reads one,
    then are made for every finding of the packing at once, as they were sent."""
    sent = run([realistic / "jsonl"], RunOptions(jobs=1, keep_claims=False)).findings
    settled = [f for f in sent if "fingerprint" not in f.__dict__]
    packed = pack_findings(settled)
    made = []
    real = engine._arguments

    def counted(*args):  # what unpickling calls to make a finding's arguments again
        made.append(args)
        return real(*args)

    monkeypatch.setattr(engine, "_arguments", counted)
    received = unpack_findings(packed)
    shown = [(f.message, f.severity, f.position, f.hint, f.claims) for f in received]
    assert shown == [(f.message, f.severity, f.position, f.hint, f.claims) for f in settled]
    assert made == []
    assert received[-1].fingerprint == settled[-1].fingerprint
    every = len(made)
    assert every > 500
    assert [f.model_dump_json() for f in received] == [f.model_dump_json() for f in settled]
    assert len(made) == every  # made once, for all, when the first was read


def test_entities_split_by_metric_family_find_what_whole_entities_find(realistic, monkeypatch):
    """Each entity's claims are checked in pieces by metric family (four or five families a series in
    this corpus), and find exactly what one partition per entity finds (`engine.check_corpus`)."""
    jsonl_input = [realistic / "jsonl"]
    sizes: list[int] = []
    real = engine.check_partition

    def counted(partition, *args, **kwargs):
        sizes.append(len(partition.claims))
        return real(partition, *args, **kwargs)

    monkeypatch.setattr(engine, "check_partition", counted)
    split = run(jsonl_input, RunOptions(jobs=1))
    entities = {c.entity for c in load_corpus(jsonl_input).claims}
    assert len(sizes) >= 4 * len(entities) and max(sizes) < 300, (len(sizes), max(sizes))
    monkeypatch.setattr(engine, "check_partition", real)
    corpus = load_corpus(jsonl_input)
    whole = engine.check_corpus(corpus, split.rules)
    assert json.dumps([f.model_dump(mode="json") for f in whole], sort_keys=True) == findings_json(
        split
    )


def _ownership(corpus: Path) -> tuple[list[int], Counter[int], int]:
    """For the input cut in two stretches: the claims each loaded, the claims each owns, and how
    many claims travel to the owner of their partition."""
    files, vocabularies, missing = discover([corpus])
    vocabulary = load_fragment([], vocabularies)
    loaded = [load_fragment(stretch, vocabularies) for stretch in stretches(files, 2)]
    summaries = [summarize(f, index, vocabulary.errors) for index, f in enumerate(loaded)]
    rules, _ = load_rules([BUILTIN_RULES])
    merged = merge(summaries, vocabulary, missing, {}, set(), rules)
    owner_of = owners(summaries, merged.plan, set())
    owned, travelling = Counter[int](), 0
    for index, fragment in enumerate(loaded):
        for name, _ in partition_roots(fragment, merged.plan, set()):
            owned[owner_of[name]] += 1
            travelling += owner_of[name] != index
    return [len(f.claims) for f in loaded], owned, travelling


def test_two_workers_each_own_the_families_they_read(realistic, monkeypatch):
    """Cut in two, the input's partitions go to the worker that read them, so each checks about
    what it loaded and almost no claim travels; with one partition per entity, a five-entity
    archive's entities straddle the cut and a worker may own more than it read."""
    loaded, owned, travelling = _ownership(realistic / "jsonl")
    total = sum(loaded)
    assert travelling < 0.01 * total, travelling
    assert all(abs(owned[i] - n) < 0.01 * total for i, n in enumerate(loaded)), (loaded, owned)
    # One partition per entity: on the 5-entity corpus here, the worker that read 2,500 claims
    # owned all 4,000, and the other's 1,500 travelled to it.
    monkeypatch.setattr(fragments, "splits_by_family", lambda rules: False)
    assert _ownership(realistic / "jsonl")[2] >= travelling


def test_a_local_worker_that_dies_gives_no_partial_report(corpus, monkeypatch):
    parent = os.getpid()
    real = engine.check_partition

    def dies_in_a_worker(*args, **kwargs):
        if os.getpid() != parent:
            os._exit(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "check_partition", dies_in_a_worker)
    with pytest.raises(WorkerLost):
        run(corpus, RunOptions(jobs=2))


def test_a_dask_worker_killed_mid_run_loses_no_findings(tmp_path):
    from distributed import LocalCluster

    generate(12000, tmp_path, planted=5)
    paths = [tmp_path / "corpus.jsonl", tmp_path / "metrics.yaml"]
    expected = findings_json(run(paths, RunOptions(jobs=1)))
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        pids = []

        def kill_one_worker() -> None:
            deadline = time.time() + 30
            while time.time() < deadline:
                info = cluster.scheduler.workers
                busy = [w for w in info.values() if w.processing]
                if busy:
                    pid = busy[0].pid
                    pids.append(pid)
                    os.kill(pid, signal.SIGKILL)
                    return
                time.sleep(0.02)

        killer = threading.Thread(target=kill_one_worker)
        killer.start()
        try:
            result = run(paths, RunOptions(backend="dask", scheduler=cluster.scheduler_address))
        except WorkerLost:
            result = None  # a clear failure is acceptable; a partial report is not
        killer.join()
    assert pids, "no worker was killed: the test did not exercise anything"
    if result is not None:
        assert findings_json(result) == expected


@pytest.mark.parametrize("backend", ["local", "dask"])
def test_bad_input_in_one_partition_leaves_the_others_checked(corpus, tmp_path, backend):
    lines = corpus[0].read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[3])
    broken["claims"][0]["value"] = "lots"
    lines[3] = json.dumps(broken)
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "metrics.yaml").write_text(corpus[1].read_text(encoding="utf-8"), encoding="utf-8")
    result = run(
        [tmp_path / "corpus.jsonl", tmp_path / "metrics.yaml"], RunOptions(backend=backend, jobs=2)
    )
    assert [(e.position.line, "has no number" in e.message) for e in result.input_errors] == [
        (4, True)
    ]
    assert any(f.severity == "error" for f in result.findings)
    assert result.claim_count > 2500
