"""Running on local worker processes (`--jobs N`): each worker loads one stretch of the input and
checks the partitions it holds, so claims are read once and never copied between processes.

The input is cut into N contiguous stretches of about equal size, so worker order is input order.
Each worker loads its stretch into a fragment and sends back its summary (see `fragments`). The
parent merges the summaries, links entities that claims join across stretches, and gives each
partition to the worker holding most of its claims. Only the claims of a partition split between
workers travel, once, to its owner; then every worker checks its partitions and sends findings.
A worker that dies makes the run fail with WorkerLost: a report missing findings is never printed.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from . import engine
from .corpus import Claim, Corpus, InputError, Position
from .engine import WorkerLost
from .findings import Finding
from .fragments import (
    PiecewiseRun,
    Summary,
    dropped_sources,
    entities_of,
    merge,
    partition_roots,
    summarize,
    wanted_claims,
)
from .index import Partition
from .loading import Chunk, LoadOptions, discover, load_fragment, plan_chunks
from .rules import Rule

__all__ = ["check_in_processes"]

Progress = Callable[[str, int, int], None]
# Chunks several times smaller than a worker's share, so stretches come out about equal.
CHUNKS_PER_WORKER = 8
MIN_CHUNK_BYTES = 256 * 1024
PROGRESS_EVERY = 200  # partitions between progress messages


def check_in_processes(
    paths: Iterable[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    jobs: int,
    progress: Progress | None = None,
) -> PiecewiseRun:
    files, vocabularies, missing = discover([Path(p) for p in paths])
    vocabulary = load_fragment(
        [], vocabularies, load
    )  # read here once, so workers inherit a warm unit cache
    total = sum(path.stat().st_size for path, _ in files if path.is_file())
    chunks = plan_chunks(
        files, chunk_bytes=max(MIN_CHUNK_BYTES, total // (jobs * CHUNKS_PER_WORKER) + 1)
    )
    stretches = _stretches(chunks, jobs)
    if not stretches:
        merged = merge([], vocabulary, missing, {}, set())
        return PiecewiseRun(merged.corpus, [], 0, 0)
    context = multiprocessing.get_context("fork")
    connections: list[Connection] = []
    workers = []
    for index, stretch in enumerate(stretches):
        parent_end, child_end = context.Pipe()
        worker = context.Process(
            target=_work,
            args=(child_end, index, stretch, vocabularies, load, rules, hints, vocabulary.errors),
            daemon=True,
        )
        worker.start()
        child_end.close()  # so a worker's death reads as the end of its pipe
        connections.append(parent_end)
        workers.append(worker)
    try:
        return _coordinate(
            connections,
            [len(s) for s in stretches],
            vocabulary,
            missing,
            progress or (lambda stage, done, total: None),
        )
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
            worker.join()


def _stretches(chunks: list[Chunk], jobs: int) -> list[list[Chunk]]:
    """The chunks in input order, cut into at most `jobs` runs of about equal bytes."""
    sizes = [_size(chunk) for chunk in chunks]
    total = sum(sizes) or 1
    stretches: list[list[Chunk]] = [[] for _ in range(jobs)]
    done = 0
    for chunk, size in zip(chunks, sizes, strict=True):
        # A chunk goes to the worker whose share its middle byte falls in.
        stretches[min(jobs - 1, (done + size // 2) * jobs // total)].append(chunk)
        done += size
    return [s for s in stretches if s]


def _size(chunk: Chunk) -> int:
    if chunk.span is not None:
        return chunk.span[1] - chunk.span[0]
    return chunk.path.stat().st_size if chunk.path.is_file() else 0


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
    connections: list[Connection],
    chunk_counts: list[int],
    vocabulary: Corpus,
    missing: list[InputError],
    report: Progress,
) -> PiecewiseRun:
    summaries: list[Summary] = []
    loaded = 0
    for connection, chunks in zip(connections, chunk_counts, strict=True):
        summaries.append(_receive(connection))
        loaded += chunks
        report("load", loaded, sum(chunk_counts))
    dropped = dropped_sources(summaries)
    wanted = wanted_claims(summaries)
    for connection in connections:
        _send(connection, (wanted, dropped))
    entity_of: dict[str, str] = {}
    for connection in connections:
        entity_of.update(_receive(connection))
    merged = merge(summaries, vocabulary, missing, entity_of, dropped)
    owners = _owners(summaries, merged.groups, dropped)
    for connection in connections:
        _send(connection, (merged.groups, owners, merged.references))
    # Claims of partitions split between workers, pickled once by their sender, passed on unopened.
    parcels: list[list[bytes]] = [[] for _ in connections]
    for connection in connections:
        for target, parcel in _receive(connection).items():
            parcels[target].append(parcel)
    for connection, incoming in zip(connections, parcels, strict=True):
        _send(connection, incoming)
    partitions_total = len(owners)
    findings: list[Finding] = []
    checked = 0
    for connection in connections:
        while True:
            message = _receive(connection)
            if isinstance(message, int):
                checked += message
                report("check", checked, partitions_total)
                continue
            findings.extend(message)
            break
    return PiecewiseRun(
        merged.corpus,
        sorted(findings, key=Finding.sort_key),
        merged.claim_count,
        merged.metric_count,
        len(merged.references),
    )


def _owners(
    summaries: list[Summary], groups: dict[str, str], dropped: set[Position]
) -> dict[str, int]:
    """Each partition (named by its root entity) goes to the worker holding most of its claims."""
    held: dict[str, Counter[int]] = defaultdict(Counter)
    for summary in summaries:
        for (source, entity), count in summary.entity_counts.items():
            if source not in dropped:
                held[groups.get(entity, entity)][summary.index] += count
    # Most claims first, then the earlier worker: the same owner every run.
    return {
        root: min(counts, key=lambda worker: (-counts[worker], worker))
        for root, counts in held.items()
    }


@dataclass
class _Failure:
    error: str


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
    fragment = load_fragment(chunks, vocabularies, load)
    gc.freeze()  # as in a single process (see runner): nothing loaded is garbage before the end
    connection.send(summarize(fragment, index, vocabulary_errors))
    wanted, dropped = connection.recv()
    connection.send(entities_of(fragment, wanted, dropped))
    groups, owners, references = connection.recv()

    # Claims keep their place in the input, (worker, position), so a partition lists them in the
    # order a single process would.
    own: dict[str, list[tuple[tuple[int, int], Claim]]] = defaultdict(list)
    leaving: dict[int, list[tuple[str, tuple[int, int], Claim]]] = defaultdict(list)
    for position, (root, claim) in enumerate(partition_roots(fragment, groups, dropped)):
        owner = owners[root]
        if owner == index:
            own[root].append(((index, position), claim))
        else:
            leaving[owner].append((root, (index, position), claim))
    # Texts of the sources kept (a dropped duplicate's text must not stand for the first source's).
    kept_texts = {
        i: t for i, t in fragment.texts.items() if fragment.sources[i].position not in dropped
    }
    parcels = {}
    for target, claims in leaving.items():
        texts = {
            c.source.id: kept_texts[c.source.id] for _, _, c in claims if c.source.id in kept_texts
        }
        parcels[target] = pickle.dumps((claims, texts), protocol=pickle.HIGHEST_PROTOCOL)
    connection.send(parcels)
    texts = kept_texts
    for parcel in connection.recv():
        claims, parcel_texts = pickle.loads(parcel)
        texts.update(parcel_texts)
        for root, place, claim in claims:
            own[root].append((place, claim))

    corpus = Corpus(metrics=fragment.metrics, texts=texts, rate_provider=fragment.rate_provider)
    gc.freeze()  # the claims received, like those loaded, are not garbage before the end
    shared: dict[str, Any] = {}
    roots = sorted(own)
    findings: list[Finding] = []
    # Each partition is indexed when it is reached, as in a single process: a worker holds the
    # indexes of one partition at a time.
    with engine.rare_collections():
        for done, root in enumerate(roots, start=1):
            members = [claim for _, claim in sorted(own.pop(root), key=lambda item: item[0])]
            partition = Partition(members, corpus, references, shared)
            findings.extend(engine.check_partition(partition, rules, hints))
            if done % PROGRESS_EVERY == 0:
                connection.send(PROGRESS_EVERY)
    if len(roots) % PROGRESS_EVERY:
        connection.send(len(roots) % PROGRESS_EVERY)
    connection.send(findings)
