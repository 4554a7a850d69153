"""The Dask backend's local cluster: its workers start from the calling process (forked where
that is safe), the run leaves no process behind, and work lost for good stops the run."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    """The processes this one started that are still there (every thread's children)."""
    return {
        int(pid)
        for task in Path("/proc/self/task").iterdir()
        for pid in (task / "children").read_text().split()
    }


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


def test_the_start_method_is_set_for_our_own_cluster_only(corpus, monkeypatch):
    """The setting is the process's: with a scheduler given, another cluster's nanny restarting a
    worker during the run must still start it its own way."""
    import dask
    from distributed import LocalCluster

    from checker import dask_backend

    seen = []
    real = dask_backend._run

    def recording(*args):
        seen.append(dask.config.get("distributed.worker.multiprocessing-method"))
        return real(*args)

    monkeypatch.setattr(dask_backend, "_run", recording)
    before = dask.config.get("distributed.worker.multiprocessing-method")
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
        run(corpus, RunOptions(backend="dask", scheduler=cluster.scheduler_address))
    run(corpus, RunOptions(backend="dask", jobs=2))
    assert seen == [before, "fork"]
    assert dask.config.get("distributed.worker.multiprocessing-method") == before
