"""The Dask backend's local cluster: its workers start from the calling process (forked where
that is safe), the run leaves no process behind, and work lost for good stops the run."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker import dask_backend
from checker.engine import WorkerLost
from checker.runner import RunOptions, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("dask")
    generate(1500, out, planted=3)
    return [out / "corpus.jsonl", out / "metrics.yaml"]


def _children() -> set[int]:
    """The processes this one started that are still there (every thread's children; a thread
    that ends while they are read has none left to give)."""
    found = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            found.update(int(pid) for pid in (task / "children").read_text().split())
        except FileNotFoundError:
            continue
    return found


def test_a_script_without_the_main_guard_runs_on_a_local_cluster(corpus, tmp_path):
    """Forked workers do not import the calling script again, so it needs no guard on Linux."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import json, sys\n"
        "from checker.runner import RunOptions, run\n"
        "result = run(sys.argv[1:], RunOptions(backend='dask', jobs=2))\n"
        "print(json.dumps(sorted(f.fingerprint for f in result.findings)))\n"
    )
    done = subprocess.run(
        [sys.executable, str(script), *map(str, corpus)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    expected = sorted(f.fingerprint for f in run(corpus, RunOptions(jobs=1)).findings)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == expected != []


def test_a_run_on_a_local_cluster_leaves_no_process_behind(corpus):
    """Not even multiprocessing's resource tracker, which spawned workers start and which stays
    until the calling process ends."""
    before = _children()
    result = run(corpus, RunOptions(backend="dask", jobs=2))
    assert result.findings
    assert _children() - before == set()


def test_a_task_that_kills_its_worker_every_time_stops_the_run(corpus, monkeypatch):
    """Dask gives the task to a fresh worker a few times, then gives up: the run stops with
    WorkerLost (exit status 2 on the command line), not with a partial report, and leaves no
    worker behind."""
    from checker import dask_backend

    monkeypatch.setattr(
        dask_backend, "check_share", lambda *args, **kwargs: os._exit(1)
    )  # forked: seen
    before = _children()
    with pytest.raises(WorkerLost, match="lost work"):
        run(corpus, RunOptions(backend="dask", jobs=2))
    assert _children() - before == set()


# A lock another thread of the calling program holds while the run starts, as a thread writing a
# log line holds its handler's lock and its stream's.
_HELD = threading.Lock()
_CHECK = dask_backend._check


def _check_unless_held(*args):
    """A batch's findings once this module's lock is taken: a worker forked while another thread
    held it has a copy no thread of its own will ever release."""
    if not _HELD.acquire(timeout=5):
        raise RuntimeError("the worker started with a lock another thread held")
    _HELD.release()
    return _CHECK(*args)


def test_workers_asked_to_start_from_the_fork_server_hold_no_lock_of_the_caller(
    corpus, monkeypatch
):
    """A program whose threads may hold locks while it runs the checker asks for the fork server
    in Dask's configuration; its workers then start from a process of their own, not from a copy
    of the caller's with the lock held (the worker would wait for ever on its first log line)."""
    import dask

    # Imported before the setting, or its end would take away the whole "distributed" section
    # that importing it meanwhile filled in (Dask removes a section a setting created), and the
    # next cluster this test process starts would find none of its configuration.
    import distributed  # noqa: F401

    monkeypatch.setattr(dask_backend, "_check", _check_unless_held)
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with _HELD:
            held.set()
            done.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    try:
        with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
            result = run(corpus, RunOptions(backend="dask", jobs=2))
    finally:
        done.set()
        holder.join()
    expected = sorted(f.fingerprint for f in run(corpus, RunOptions(jobs=1)).findings)
    assert sorted(f.fingerprint for f in result.findings) == expected != []


def _profiled() -> bool:
    import dask

    return dask.config.get("distributed.worker.profile.enabled")


def _stealing(dask_scheduler) -> bool:
    return "stealing" in dask_scheduler.extensions


def test_the_start_method_is_set_for_our_own_cluster_only(corpus, monkeypatch):
    """The setting is the process's: with a scheduler given, another cluster's nanny restarting a
    worker during the run must still start it its own way."""
    import dask
    from distributed import LocalCluster

    from checker import dask_backend

    seen, profiled, stealing = [], [], []
    real = dask_backend._run

    def recording(*args):
        seen.append(dask.config.get("distributed.worker.multiprocessing-method"))
        profiled.append(set(args[0].run(_profiled).values()))  # on the workers themselves
        stealing.append(args[0].run_on_scheduler(_stealing))
        return real(*args)

    monkeypatch.setattr(dask_backend, "_run", recording)
    before = dask.config.get("distributed.worker.multiprocessing-method")
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
        run(corpus, RunOptions(backend="dask", scheduler=cluster.scheduler_address))
    run(corpus, RunOptions(backend="dask", jobs=2))
    assert seen == [before, "fork"]
    # Our own cluster's workers do not sample the rules' stacks; another cluster's keep theirs.
    assert profiled == [{True}, {False}]
    # Nor does our own scheduler move a batch from a worker to another (with the share it reads).
    assert stealing == [True, False]
    assert dask.config.get("distributed.worker.multiprocessing-method") == before


def test_a_share_checked_in_batches_gives_the_findings_of_one_task_in_its_order(tmp_path):
    """The batches of a share's partitions, put end to end, are the findings one task checking
    them all made, in the order it made them (the order the final sort keeps for findings alike)."""
    from checker.dask_backend import _check
    from checker.findings import unpack_findings
    from checker.fragments import (
        dropped_sources,
        entities_of,
        merge,
        owners,
        share_out,
        summarize,
        wanted_claims,
    )
    from checker.loading import LoadOptions, discover, load_fragment, plan_chunks
    from checker.rules import BUILTIN_RULES, load_rules

    (tmp_path / "metrics.yaml").write_text(
        "metrics:\n  gdp: {unit: CNY}\n  digital_economy: {unit: CNY, part_of: gdp}\n"
    )
    for number in range(7):  # a town each, its own partition, each with a part past its whole
        (tmp_path / f"town{number}.yaml").write_text(
            f"source: {{id: s{number}, title: Report {number}, publisher: Desk}}\n"
            f"defaults: {{entity: Town {number}}}\nclaims:\n"
            f"  - {{id: gdp, metric: gdp, period: 2023, value: {10 + number} billion CNY}}\n"
            f"  - {{id: de, metric: digital_economy, period: 2023, value: {40 + number} billion CNY}}\n"
        )
    files, vocabularies, missing = discover([tmp_path])
    vocabulary = load_fragment([], vocabularies, LoadOptions())
    fragment = load_fragment(plan_chunks(files), vocabularies, LoadOptions())
    summary = summarize(fragment, 0, vocabulary.errors)
    dropped = dropped_sources([summary])
    entity_of = entities_of(fragment, wanted_claims([summary]), dropped)
    rules, _ = load_rules([BUILTIN_RULES])
    merged = merge([summary], vocabulary, missing, entity_of, dropped, rules)
    owner_of = owners([summary], merged.plan, dropped)
    share, _ = share_out(fragment, 0, merged.plan, owner_of, dropped)
    planned = (merged.plan, owner_of, dropped, merged.references)

    def messages(batches: int) -> list[str]:
        return [
            finding.message
            for batch in range(batches)
            for finding in unpack_findings(
                _check(share, batch, batches, (vocabulary, rules), planned, True)
            )
        ]

    whole = messages(1)
    assert sum("exceeds the whole" in message for message in whole) == 7
    assert messages(3) == whole
    assert len(share.claims) == 7  # the share itself left whole, for a task run again
