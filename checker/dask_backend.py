"""Running the checker on Dask: the same loading, partitioning and rules, spread over a cluster.

The steps are those of the local worker processes (see `processes` and `fragments`), as a few
large tasks: the input is cut into one stretch per worker thread, each loads on a worker into a
fragment that stays there; the client gathers only the fragments' summaries and the entities of
the claims other claims name, merges them into the partition plan, and gives each partition to
the fragment holding most of its claims. Only the claims of a partition split between fragments
travel, pickled once, from worker to worker; each worker checks its partitions and sends back
its findings. Many small tasks (one per chunk, or a shuffle of every claim) cost more in
scheduling and serialization than the checking they spread. The `dask` extra installs it:
pip install 'checker[dask]'. Without a scheduler address it starts a local cluster.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .corpus import Claim, Corpus, InputError, Position
from .engine import WorkerLost, rare_collections
from .families import PartitionName, PartitionPlan
from .findings import Finding, pack_findings, sorted_findings, unpack_findings
from .fragments import (
    PiecewiseRun,
    Share,
    check_share,
    dropped_sources,
    entities_of,
    merge,
    owners,
    share_out,
    stretches,
    summarize,
    take_parcels,
    wanted_claims,
)
from .loading import LoadOptions, discover, load_fragment, split_problems
from .processes import _load_frozen as load_frozen  # the same loading as a local worker's
from .rules import Rule

__all__ = ["check_on_dask"]


# What every worker holds once, sent while the fragments load: the vocabulary and the rules.
Fixed = tuple[Corpus, list[Rule]]
# What the merged summaries decide, sent once to every worker: the partition plan, each
# partition's owner, the sources dropped, and the reference claims.
Planned = tuple[PartitionPlan, dict[PartitionName, int], set[Position], list[Claim]]


def _share(fragment: Corpus, index: int, planned: Planned) -> tuple[Share, dict[int, bytes]]:
    partitioning, owner_of, dropped, _ = planned
    return share_out(fragment, index, partitioning, owner_of, dropped)


def _parcel(shared: tuple[Share, dict[int, bytes]], target: int) -> bytes | None:
    return shared[1].get(target)


def _received(shared: tuple[Share, dict[int, bytes]], parcels: list[bytes | None]) -> Share:
    """The piece's share with the claims the other pieces sent it, unpickled once for its batches."""
    return take_parcels(shared[0], [p for p in parcels if p is not None])


def _check(
    share: Share, batch: int, batches: int, fixed: Fixed, planned: Planned, hints: bool
) -> bytes:
    """The findings of one batch of the share's partitions: the `batch`-th of `batches` runs of
    them in the order one task would check them all, so the batches' findings, put end to end,
    are that task's."""
    (vocabulary, rules), references = fixed, planned[3]
    roots = sorted(share.claims)
    mine = roots[batch * len(roots) // batches : (batch + 1) * len(roots) // batches]
    # The batch's own dict of partitions, which checking empties as it goes: the share itself is
    # left as it was for the other batches (and for a task run again, or moved to another worker).
    own = Share({root: share.claims[root] for root in mine}, share.texts)
    # As in a local worker: the claims are not garbage while they are checked, so the collector
    # is kept from walking them again and again, nor the findings as they accumulate. Unfrozen
    # after, as the worker lives on.
    gc.freeze()
    try:
        findings = check_share(
            own, vocabulary, references, rules, hints, keep_claims=False, freeze=True
        )
    finally:
        gc.unfreeze()
    # One block: Dask would otherwise pack a list of findings element by element.
    return pack_findings(findings)


def check_on_dask(
    paths: Iterable[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool = True,
    scheduler: str | None = None,
    workers: int = 2,
) -> PiecewiseRun:
    """Load and check on a Dask cluster (a local one of `workers` processes without `scheduler`)."""
    import dask

    # Read before distributed is imported, which sets its default: only a method asked for.
    method = None if scheduler else _start_method(dask.config.get(METHOD, None))
    from distributed import Client

    files, vocabularies, missing = discover([Path(p) for p in paths])
    stub = load_fragment([], vocabularies, load)  # the vocabulary, read on the client too
    # Set for our own cluster's whole life (a worker its nanny starts again after a loss starts so
    # too), and only for it: the setting is the process's, and another cluster's nanny restarting
    # a worker meanwhile would mix its spawned process with forked queues.
    start: dict[str, object] = {}
    if not scheduler:
        start = {METHOD: method, **QUIET}
    with dask.config.set(start):
        cluster = None if scheduler else _local_cluster(workers)
        client = Client(scheduler or cluster)
        return _run_closing(client, cluster, files, vocabularies, load, rules, hints, stub, missing)


# What our own cluster's processes do beside the run, turned down for its life: the workers'
# profiler (a look at the running task's stack every 10 ms, each look taking the interpreter lock
# from the rules), the event loops' tick (every 20 ms, to warn of a blocked loop) and the system
# monitor (every 500 ms, for a dashboard no run looks at). On a busy machine they cost in
# proportion to the run's wall time, not its work: a fifth of the processor time of two workers
# running plain Python for 4 s at load 12 (1.18 s against 0.95 s, the client's three times less).
# And no work stealing: Dask cannot size a share (it counts a few hundred bytes), so a worker done
# with its batches could take another's queued batch and be sent that whole share, every claim
# pickled, to check a few partitions of it.
QUIET: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "60s",
    "distributed.scheduler.work-stealing": False,
}


METHOD = "distributed.worker.multiprocessing-method"


def _start_method(asked: str | None) -> str:
    """How the local workers start. Forked (where fork is safe: not on macOS, where it can crash
    a process with threads, nor on Windows, which has none), a worker starts with what this
    process has imported, Dask and the checker, and the vocabulary's units already read; spawned,
    each imports them again (about a second of processor time each, on the run's critical path).
    But a forked worker also starts with every lock another thread of this process held at the
    fork (a log handler's, writing a line): it waits for ever if it needs one. A program whose
    threads may hold such locks while it runs the checker asks for "forkserver" in Dask's
    configuration (`DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD=forkserver`)."""
    if asked == "forkserver":
        _start_fork_server()
        return asked
    return "fork" if sys.platform.startswith("linux") else "spawn"


# What the fork server imports once, so that each worker forked from it starts with it: a worker's
# own modules and the checker's (what a task unpickles). Not the calling script: it would run
# again in the server, and a script without the main guard would start clusters without end.
PRELOADED = ["distributed.nanny", "distributed.worker", "checker.dask_backend"]


def _start_fork_server() -> None:
    """multiprocessing's fork server, started now with PRELOADED (its own Python, started fresh:
    no lock of this process's threads), so its imports run on the other core while this process
    imports Dask and starts the scheduler; and distributed kept from importing, in this process,
    every package it would preload itself (pandas and numpy among them, a quarter of a second)."""
    import multiprocessing.forkserver

    multiprocessing.forkserver.set_forkserver_preload(PRELOADED)
    multiprocessing.forkserver.ensure_running()
    import distributed.utils  # after the server started, which imports it meanwhile

    distributed.utils._forkserver_preload_set = True


def _local_cluster(workers: int) -> Any:
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # the rules are Python: threads would share one interpreter lock
        processes=True,
        memory_limit=0,  # no spilling of fragments to disk, no pausing: they are the data
        dashboard_address=":0",
    )


def _run_closing(
    client: Any,
    cluster: Any,
    files: list[tuple[Path, Path]],
    vocabularies: list[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    stub: Corpus,
    missing: list[InputError],
) -> PiecewiseRun:
    """The run on the cluster, whose losses read as WorkerLost; the local cluster closed after."""
    try:
        return _run(client, files, vocabularies, load, rules, hints, stub, missing)
    except Exception as exc:
        if type(exc).__name__ in (
            "KilledWorker",
            "CommClosedError",
            "CancelledError",
            "FutureCancelledError",
        ):
            raise WorkerLost(
                f"the Dask cluster lost work it could not redo ({type(exc).__name__})"
            ) from exc
        raise
    finally:
        gc.unfreeze()  # the findings frozen as they were unpacked, back in the collector's sight
        if cluster is not None:
            _end_quickly(client)
        client.close()
        if cluster is not None:
            cluster.close()


def _everywhere(client: Any, value: Any) -> Any:
    """The value sent once to every worker (not once per task that needs it)."""
    return client.scatter([value], broadcast=True, hash=False)[0]


def _end_quickly(client: Any) -> None:
    """Our own local workers end with the run: freezing their objects first spares the interpreter
    a last walk over every claim on its way out (about 2 s of the closing at 100,000 claims)."""
    with contextlib.suppress(Exception):  # a worker already gone needs no freezing
        client.run(gc.freeze)


# Tasks each piece's partitions are checked in. The client unpacks a batch's findings as it
# arrives, while the workers check the next ones; with one task a piece, the last worker to finish
# packed all its findings, and the client unpacked them all, after the checking, with the other
# core idle. A task more costs a round trip to the scheduler, a few milliseconds.
BATCHES = 8


def _check_shares(
    client: Any, on: list[Any], shares: list[Any], constants: tuple[Any, Any], hints: bool
) -> list[Finding]:
    """Each piece's findings, checked where its share is, with the parcels the others hold for
    it, in BATCHES tasks a piece."""
    received = [
        on[index](
            _received,
            share,
            [
                on[other](_parcel, shares[other], index)
                for other in range(len(shares))
                if other != index
            ],
        )
        for index, share in enumerate(shares)
    ]
    batches = [(index, batch) for batch in range(BATCHES) for index in range(len(shares))]
    checks = [
        on[index](_check, received[index], batch, BATCHES, *constants, hints)
        for index, batch in batches
    ]
    batch_of = {check.key: batch for check, batch in zip(checks, batches, strict=True)}
    from distributed import as_completed

    # Unpacked as each arrives, kept in piece order and, within a piece, in batch order (the
    # order `sorted_findings` keeps for findings alike in all it sorts by).
    found: list[list[list[Finding]]] = [[[] for _ in range(BATCHES)] for _ in shares]
    # As in `processes`: the findings unpacked are no garbage, so the collector runs rarely and
    # then never reads them again (unfrozen when the run ends).
    with rare_collections():
        for done in as_completed(checks):
            index, batch = batch_of[done.key]
            found[index][batch] = unpack_findings(done.result())
            gc.freeze()
    return [finding for piece in found for run in piece for finding in run]


def _run(
    client: Any,
    files: list[tuple[Path, Path]],
    vocabularies: list[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    stub: Corpus,
    missing: list[InputError],
) -> PiecewiseRun:
    # One round trip for the workers and their threads (each a blocking call to the scheduler).
    threads = {a: w["nthreads"] for a, w in client.scheduler_info()["workers"].items()}
    workers = sorted(threads)
    pieces = stretches(files, max(1, sum(threads.values())))
    if not pieces:
        errors, skipped = split_problems(missing)
        stub.errors.extend(errors)
        stub.warnings.extend(skipped)
        return PiecewiseRun(stub, [], 0, 0)
    # Every task on a piece's fragment runs where the fragment was loaded: Dask cannot size a
    # fragment, so it would otherwise move one to an idle worker (pickling every claim) as
    # readily as a list of ten. The restriction is loose: a lost worker's tasks run elsewhere.
    on = [
        functools.partial(
            client.submit, workers=[workers[index % len(workers)]], allow_other_workers=True
        )
        for index in range(len(pieces))
    ]
    fragments = [
        on[index](load_frozen, piece, vocabularies, load, pure=False)
        for index, piece in enumerate(pieces)
    ]
    summarized = [on[index](summarize, f, index, stub.errors) for index, f in enumerate(fragments)]
    fixed = _everywhere(client, (stub, rules))  # sent while the fragments load
    summaries = client.gather(summarized)
    dropped = dropped_sources(summaries)
    wanted = wanted_claims(summaries)  # small: sent with the tasks, not in a round trip first
    entity_of: dict[str, tuple[str, str]] = {}
    for found in client.gather(
        [on[index](entities_of, f, wanted, dropped) for index, f in enumerate(fragments)]
    ):
        entity_of.update(found)
    merged = merge(summaries, stub, missing, entity_of, dropped, rules)
    planned = _everywhere(
        client, (merged.plan, owners(summaries, merged.plan, dropped), dropped, merged.references)
    )
    shares = [on[index](_share, f, index, planned) for index, f in enumerate(fragments)]
    del fragments  # a fragment is no longer needed once its share is made
    findings = _check_shares(client, on, shares, (fixed, planned), hints)
    with rare_collections():  # sorting makes a few objects per finding, none of them garbage
        findings = sorted_findings(findings)
    return PiecewiseRun(
        merged.corpus,
        findings,
        merged.claim_count,
        merged.metric_count,
        len(merged.references),
    )
