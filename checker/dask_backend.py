"""Running the checker on Dask: the same loading, partitioning and rules, spread over a cluster.

Chunks of the input load on the workers into fragments that stay there. The client gathers only
what the whole-corpus steps need (see `fragments`), groups claims by partition with a
reduce-by-key (`foldby`, no full shuffle), checks each group where it lands, and collects the
findings. The `dask` extra installs it:
pip install 'checker[dask]'. Without a scheduler address it starts a local cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .corpus import Claim, Corpus, InputError, Position
from .engine import WorkerLost, check_partition
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
from .loading import Chunk, LoadOptions, discover, load_fragment, plan_chunks, split_problems
from .rules import Rule

__all__ = ["check_on_dask"]


def _load(
    item: tuple[int, Chunk], vocabularies: list[Path], options: LoadOptions
) -> tuple[int, Corpus]:
    index, chunk = item
    return index, load_fragment([chunk], vocabularies, options)


def _summarize(item: tuple[int, Corpus], vocabulary_errors: list[InputError]) -> Summary:
    return summarize(item[1], item[0], vocabulary_errors)


def _entities_of(
    item: tuple[int, Corpus], wanted: set[str], dropped: set[Position]
) -> dict[str, str]:
    return entities_of(item[1], wanted, dropped)


def _keyed(
    item: tuple[int, Corpus], groups: dict[str, str], dropped: set[Position]
) -> list[tuple[str, Claim]]:
    return partition_roots(item[1], groups, dropped)


def _append(claims: list[Claim], item: tuple[str, Claim]) -> list[Claim]:
    claims.append(item[1])
    return claims


def _concatenate(first: list[Claim], second: list[Claim]) -> list[Claim]:
    first.extend(second)
    return first


def _check_group(
    item: tuple[str, list[Claim]],
    stub: Corpus,
    references: list[Claim],
    rules: list[Rule],
    hints: bool,
) -> list[Finding]:
    _, claims = item
    return check_partition(Partition(claims, stub, references), rules, hints)


def check_on_dask(
    paths: Iterable[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool = True,
    scheduler: str | None = None,
    workers: int = 2,
) -> PiecewiseRun:
    """Load and check on a Dask cluster (a local one of `workers` processes without `scheduler`)."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    files, vocabularies, missing = discover([Path(p) for p in paths])
    chunks = plan_chunks(files)
    stub = load_fragment([], vocabularies, load)  # the vocabulary, read on the client too
    cluster = (
        None
        if scheduler
        else LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    )
    client = Client(scheduler or cluster)
    try:
        return _run(db, client, chunks, vocabularies, load, rules, hints, stub, missing)
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
        client.close()
        if cluster is not None:
            cluster.close()


def _run(
    db: Any,
    client: Any,
    chunks: list[Chunk],
    vocabularies: list[Path],
    load: LoadOptions,
    rules: list[Rule],
    hints: bool,
    stub: Corpus,
    missing: list[InputError],
) -> PiecewiseRun:
    if not chunks:
        errors, skipped = split_problems(missing)
        stub.errors.extend(errors)
        stub.warnings.extend(skipped)
        return PiecewiseRun(stub, [], 0, 0)
    fragments = (
        db.from_sequence(list(enumerate(chunks)), npartitions=len(chunks))
        .map(_load, vocabularies, load)
        .persist()
    )
    summaries: list[Summary] = sorted(
        fragments.map(_summarize, stub.errors).compute(), key=lambda s: s.index
    )
    dropped = dropped_sources(summaries)
    entity_of: dict[str, str] = {}
    for found in fragments.map(_entities_of, wanted_claims(summaries), dropped).compute():
        entity_of.update(found)
    merged = merge(summaries, stub, missing, entity_of, dropped)
    groups, corpus = merged.groups, merged.corpus
    stub_for_checks = Corpus(
        metrics=stub.metrics, texts=corpus.texts, rate_provider=stub.rate_provider
    )
    grouped = (
        fragments.map(_keyed, groups, dropped)
        .flatten()
        .foldby(lambda item: item[0], _append, list, _concatenate, list)
    )
    findings = (
        grouped.map(_check_group, stub_for_checks, merged.references, rules, hints)
        .flatten()
        .compute()
    )
    return PiecewiseRun(
        corpus,
        sorted(findings, key=Finding.sort_key),
        merged.claim_count,
        merged.metric_count,
        len(merged.references),
    )
