"""Running on local processes (`--jobs N`): the input is cut into N stretches; this process loads
and checks the first, a worker process each other one, so claims are read once and never copied
between processes.

The input is cut into N contiguous stretches of about equal size, so piece order is input order.
Each piece loads its stretch into a fragment and gives its summary (see `fragments`); the workers
send theirs. This process merges the summaries, links entities that claims join across stretches,
and gives each partition to the piece holding most of its claims. Only the claims of a partition
split between pieces travel, once, to its owner; then every piece checks its partitions, and the
workers send their findings, which this process unpacks between its own partitions.
A worker that dies makes the run fail with WorkerLost: a report missing findings is never printed.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .corpus import Claim, Corpus, InputError
from .engine import WorkerLost, rare_collections
from .findings import Finding, pack_findings, sorted_findings, unpack_findings
from .fragments import (
    PiecewiseRun,
    Share,
    check_share,
    checked_partitions,
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
from .loading import Chunk, LoadOptions, discover, load_fragment, plan_chunks
from .rules import Rule

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

__all__ = ["check_in_one_process", "check_in_processes"]

Progress = Callable[[str, int, int], None]


def check_in_one_process(
    paths: Iterable[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    progress: Progress | None = None,
    keep_claims: bool = True,
) -> PiecewiseRun:
    """The steps of a run in pieces with one piece, the whole input, in this process: load it as
    a fragment, summarize it, merge the summary (duplicated sources, claims naming missing ones
    and the entity groups are found there, as for any number of pieces), check its share. With
    `keep_claims` the result's corpus holds the claims (for reports that show them); without,
    each partition's claims are let go once checked."""
    files, vocabularies, missing = discover([Path(p) for p in paths])
    vocabulary = load_fragment([], vocabularies, load)
    report = progress or (lambda stage, done, total: None)
    fragment = _load_frozen(plan_chunks(files), vocabularies, load, report)
    try:
        with rare_collections():  # the share's hundreds of thousands of pairs are no garbage
            summary = summarize(fragment, 0, vocabulary.errors)
            dropped = dropped_sources([summary])
            entity_of = entities_of(fragment, wanted_claims([summary]), dropped)
            merged = merge([summary], vocabulary, missing, entity_of, dropped, rules)
            owner_of = owners([summary], merged.plan, dropped)
            share, _ = share_out(fragment, 0, merged.plan, owner_of, dropped)
        if keep_claims:
            merged.corpus.claims = [c for c in fragment.claims if c.source.position not in dropped]
        fragment.claims = []  # the share holds those to check
        checked = 0

        def count(done: int) -> None:
            nonlocal checked
            checked += done
            report("check", checked, len(owner_of))

        # Frozen as checked: unfrozen below, when the run ends.
        findings = check_share(
            share, vocabulary, merged.references, rules, hints, count, keep_claims, freeze=True
        )
        with rare_collections():  # sorting makes a few objects per finding, none of them garbage
            findings = sorted_findings(findings)
    finally:
        gc.unfreeze()
    return PiecewiseRun(
        merged.corpus,
        findings,
        merged.claim_count,
        merged.metric_count,
        len(merged.references),
    )


def _load_frozen(
    chunks: Iterable[Chunk],
    vocabularies: list[Path],
    load: LoadOptions,
    progress: Progress | None = None,
) -> Corpus:
    """A fragment loaded and frozen out of the collector's sight: nothing loaded is garbage
    before the end, so the collector need never rescan it. Frozen before the collector runs
    again: its first run after loading would read every object loaded (a tenth of a second at
    100,000 claims) to find nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        fragment = load_fragment(chunks, vocabularies, load, progress)
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()
    return fragment


def check_in_processes(
    paths: Iterable[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    jobs: int,
    progress: Progress | None = None,
) -> PiecewiseRun:
    """The run in `jobs` pieces: this process loads and checks the first stretch of the input
    itself while a worker process does each other one. A parent that only gathered findings
    left a core to its workers but forked one process more, and a share of the findings was
    pickled by a worker and unpickled again (a tenth of that share's checking); it now unpacks
    only the workers' findings, between its own partitions."""
    files, vocabularies, missing = discover([Path(p) for p in paths])
    vocabulary = load_fragment(
        [], vocabularies, load
    )  # read here once, so workers inherit a warm unit cache
    pieces = stretches(files, jobs)
    if not pieces:
        merged = merge([], vocabulary, missing, {}, set(), rules)
        return PiecewiseRun(merged.corpus, [], 0, 0)
    # Imported here: a run in one process (most runs) never starts one, and multiprocessing
    # with its sockets is a twentieth of the start-up.
    import multiprocessing

    context = multiprocessing.get_context("fork")
    connections: list[Connection] = []
    workers = []
    for index, stretch in enumerate(pieces[1:], start=1):
        parent_end, child_end = context.Pipe()
        give_room(child_end)
        worker = context.Process(
            target=_work,
            args=(child_end, index, stretch, vocabularies, load, rules, hints, vocabulary.errors),
            daemon=True,
        )
        worker.start()
        child_end.close()  # so a worker's death reads as the end of its pipe
        connections.append(parent_end)
        workers.append(worker)
    report = progress or (lambda stage, done, total: None)
    try:
        own = _load_frozen(pieces[0], vocabularies, load)
        return _coordinate(
            _OwnPiece(own, rules, hints),
            connections,
            [len(s) for s in pieces],
            vocabulary,
            missing,
            report,
        )
    finally:
        gc.unfreeze()  # what the run froze (see _check_and_gather), back in the collector's sight
        for worker in workers:
            if worker.is_alive():
                worker.kill()
            worker.join()


# Bytes a worker may send before the parent reads them: a few batches of findings (2,000
# realistic findings pickle to 1.4 MB).
SEND_ROOM = 4 * 1024 * 1024


def give_room(connection: Connection) -> None:
    """The end of a pipe a worker sends its findings from, given room for SEND_ROOM bytes (as
    much as the system allows: Linux caps it at net.core.wmem_max). The parent reads a batch
    only between its own partitions; with the default room (208 KiB) a worker waited in the
    send of each batch until then: 0.48 s of waiting at 100,000 realistic claims on a loaded
    machine, 0.03 s with room."""
    import socket

    # A second descriptor of the same socket, closed here: the connection keeps its own.
    with socket.fromfd(connection.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as end:
        end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_ROOM)


@dataclass
class _OwnPiece:
    """The stretch this process loaded (piece 0), with what checking it needs."""

    fragment: Corpus
    rules: list[Rule]
    hints: bool


def _receive(connection: Connection) -> Any:
    try:
        message = connection.recv()
    except (EOFError, OSError) as exc:
        raise WorkerLost(
            "a worker process stopped before finishing its part of the corpus"
        ) from exc
    if isinstance(message, _Failure):
        raise WorkerLost(f"a worker process failed: {message.error}")
    return message


def _send(connection: Connection, message: Any) -> None:
    try:
        connection.send(message)
    except OSError as exc:  # a broken pipe: the worker is gone
        raise WorkerLost(
            "a worker process stopped before finishing its part of the corpus"
        ) from exc


def _coordinate(
    own: _OwnPiece,
    connections: list[Connection],
    chunk_counts: list[int],
    vocabulary: Corpus,
    missing: list[InputError],
    report: Progress,
) -> PiecewiseRun:
    """The steps of `_steps` for this process's own piece, between the messages that carry
    them to and from the workers (piece i + 1 at connections[i])."""
    fragment = own.fragment
    summaries = [summarize(fragment, 0, vocabulary.errors)]
    loaded = chunk_counts[0]
    report("load", loaded, sum(chunk_counts))
    for connection, chunks in zip(connections, chunk_counts[1:], strict=True):
        summaries.append(_receive(connection))
        loaded += chunks
        report("load", loaded, sum(chunk_counts))
    dropped = dropped_sources(summaries)
    wanted = wanted_claims(summaries)
    for connection in connections:
        _send(connection, (wanted, dropped))
    entity_of = entities_of(fragment, wanted, dropped)
    for connection in connections:
        entity_of.update(_receive(connection))
    merged = merge(summaries, vocabulary, missing, entity_of, dropped, own.rules)
    owner_of = owners(summaries, merged.plan, dropped)
    for connection in connections:
        _send(connection, (merged.plan, owner_of, merged.references))
    share, own_parcels = share_out(fragment, 0, merged.plan, owner_of, dropped)
    # Claims of partitions split between pieces, pickled once by their sender, passed on unopened.
    parcels: list[list[bytes]] = [[] for _ in chunk_counts]
    for sent in [own_parcels, *(_receive(connection) for connection in connections)]:
        for target, parcel in sent.items():
            parcels[target].append(parcel)
    for index, connection in enumerate(connections, start=1):
        _send(connection, parcels[index])
        parcels[index] = []  # passed on: the claims they hold are no business of this process
    share = take_parcels(share, parcels[0])
    fragment.claims = []  # the share holds those to check, as in a worker
    del own_parcels, parcels
    gc.freeze()  # the claims received, like those loaded, are not garbage before the end
    found = _check_and_gather(
        share,
        own,
        merged.references,
        connections,
        lambda done: report("check", done, len(owner_of)),
    )
    with rare_collections():  # sorting makes a few objects per finding, none of them garbage
        # Piece after piece, each in the order it checked: the order one process sorts.
        findings = sorted_findings(finding for run in found for finding in run)
    return PiecewiseRun(
        merged.corpus,
        findings,
        merged.claim_count,
        merged.metric_count,
        len(merged.references),
    )


def _check_and_gather(
    share: Share,
    own: _OwnPiece,
    references: list[Claim],
    connections: list[Connection],
    progress: Callable[[int], None],
) -> list[list[Finding]]:
    """Every piece's findings, in piece order, each piece's in the order it checked them (the
    order `sorted_findings` keeps for findings alike in all it sorts by): this process checks
    its own share, settling its findings as a single process does, and between partitions
    unpacks the batches the workers have sent (a worker waits while its batch is unread); then
    it waits for the workers' last batches."""
    gathering = _Gathering(connections, progress)
    mine: list[Finding] = []
    # Unpacking makes a few objects per finding and citation, none of them garbage.
    with rare_collections():
        for found in checked_partitions(
            share,
            own.fragment,
            references,
            own.rules,
            own.hints,
            gathering.count,
            keep_claims=False,
            freeze=True,  # frozen as checked: unfrozen when the run ends
        ):
            mine.extend(found)
            gathering.take(wait_for_all=False)
        gathering.take(wait_for_all=True)
    return [mine, *gathering.found]


# Seconds between looks for the workers' batches while this process checks: a worker's pipe
# holds a few batches (SEND_ROOM), each a few hundred partitions' findings.
LOOK_EVERY = 0.002


class _Gathering:
    """The workers' findings as their batches come in (see `_steps`)."""

    def __init__(self, connections: list[Connection], progress: Callable[[int], None]) -> None:
        self.found: list[list[Finding]] = [[] for _ in connections]
        self.working = {connection: index for index, connection in enumerate(connections)}
        self.checked = 0
        self.progress = progress
        self.next_look = 0.0

    def count(self, done: int) -> None:
        self.checked += done
        self.progress(self.checked)

    def take(self, wait_for_all: bool) -> None:
        """What the workers have sent; with `wait_for_all`, everything up to their last batch.
        Without, nothing if the last look was under LOOK_EVERY seconds ago: a look costs a few
        microseconds, as much as a partition of a claim or two takes to check."""
        from multiprocessing.connection import wait

        if not wait_for_all:
            now = time.monotonic()
            if now < self.next_look:
                return
            self.next_look = now + LOOK_EVERY
        while self.working:
            ready = wait(list(self.working), timeout=None if wait_for_all else 0)
            if not ready:
                return
            for connection in ready:
                self._read(cast("Connection", connection))

    def _read(self, connection: Connection) -> None:
        message = _receive(connection)
        if isinstance(message, int):
            self.count(message)
        elif isinstance(message, bytes):
            self.found[self.working[connection]].extend(unpack_findings(message))
            # Kept to the end of the run: out of the collector's sight, or each young
            # collection re-read the last hundred thousand objects unpacked (a fifth of the
            # unpacking), each older one every finding.
            gc.freeze()
        else:
            del self.working[connection]


@dataclass
class _Failure:
    error: str


@dataclass(frozen=True)
class _Finished:
    """A worker's last message: every batch of its findings has been sent."""


FINDINGS_PER_MESSAGE = 2_000


def _work(
    connection: Connection,
    index: int,
    chunks: list[Chunk],
    vocabularies: list[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    vocabulary_errors: list[InputError],
) -> None:
    try:
        _steps(connection, index, chunks, vocabularies, load, rules, hints, vocabulary_errors)
    except Exception as exc:
        connection.send(_Failure(f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


def _steps(
    connection: Connection,
    index: int,
    chunks: list[Chunk],
    vocabularies: list[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    vocabulary_errors: list[InputError],
) -> None:
    fragment = _load_frozen(chunks, vocabularies, load)
    connection.send(summarize(fragment, index, vocabulary_errors))
    wanted, dropped = connection.recv()
    connection.send(entities_of(fragment, wanted, dropped))
    plan, owner_of, references = connection.recv()
    share, parcels = share_out(fragment, index, plan, owner_of, dropped)
    connection.send(parcels)
    share = take_parcels(share, connection.recv())
    # From here the share holds the claims this piece checks (the fragment only its
    # vocabulary), and lets each partition's go once checked, as a single process does.
    fragment.claims = []
    del parcels
    gc.freeze()  # the claims received, like those loaded, are not garbage before the end
    # Sent in batches as partitions are checked, so the process that gathers every worker's
    # findings unpacks them while the workers check (it sorts them all once they are in) and
    # holds one batch in its pickled form at a time, not a whole worker's (a hundred megabytes
    # at a million claims).
    batch: list[Finding] = []
    # Frozen as checked (see `checked_partitions`): the worker ends with the run.
    for found in checked_partitions(
        share, fragment, references, rules, hints, connection.send, keep_claims=False, freeze=True
    ):
        batch.extend(found)
        if len(batch) >= FINDINGS_PER_MESSAGE:  # (packed while the collector runs rarely)
            connection.send(pack_findings(batch))
            batch = []
    if batch:
        connection.send(pack_findings(batch))
    connection.send(_Finished())
