"""Running the checker on Dask: the same loading, partitioning and rules, spread over a cluster.

Chunks of the input load on the workers into fragments that stay there. The client gathers only
what the whole-corpus steps need (sources, texts, reference claims, claims named by other claims,
entity links), groups claims by partition with a reduce-by-key (`foldby`, no full shuffle),
checks each group where it lands, and collects the findings. The `dask` extra installs it:
pip install 'checker[dask]'. Without a scheduler address it starts a local cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import Claim, Corpus, InputError, Position, Source
from .engine import WorkerLost, check_partition
from .index import Partition, entity_groups
from .findings import Finding
from .loading import Chunk, LoadOptions, discover, load_fragment, plan_chunks
from .rules import Rule

__all__ = ["DaskRun", "check_on_dask"]


@dataclass
class DaskRun:
    """What the client holds after a distributed run: no claims, only what reports need."""

    corpus: Corpus
    findings: list[Finding]
    claim_count: int
    metric_count: int


@dataclass
class _Summary:
    """The small facts of one fragment that the whole-corpus steps need."""

    sources: list[Source] = field(default_factory=list)
    references: list[tuple[str, str, str, Position, str]] = field(default_factory=list)  # claim key, id, field, where, target
    entities: list[tuple[str, str]] = field(default_factory=list)  # (entity of a claim naming another, target key)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    reference_claims: list[Claim] = field(default_factory=list)
    failed_sources: set[str] = field(default_factory=set)
    claims: int = 0
    metrics: set[str] = field(default_factory=set)


def _load(chunk: Chunk, vocabularies: list[Path], options: LoadOptions) -> Corpus:
    return load_fragment([chunk], vocabularies, options)


def _summarize(fragment: Corpus) -> _Summary:
    summary = _Summary(errors=fragment.errors, warnings=fragment.warnings, files=fragment.files, texts=fragment.texts,
                       failed_sources=fragment.failed_sources, claims=len(fragment.claims),
                       metrics={c.metric for c in fragment.claims})
    summary.sources = list(fragment.sources.values())
    for claim in fragment.claims:
        if claim.source.is_reference:
            summary.reference_claims.append(claim)
        for field_name, target in (("converts", claim.converts), ("from", claim.start_claim), ("to", claim.end_claim)):
            if target is not None:
                summary.references.append((claim.key, claim.id, field_name, claim.at(field_name), target))
                summary.entities.append((claim.entity, target))
    return summary


def _entities_of(fragment: Corpus, wanted: set[str]) -> dict[str, str]:
    """The entity of each wanted claim key this fragment holds."""
    return {c.key: c.entity for c in fragment.claims if c.key in wanted}


def _keyed(fragment: Corpus, groups: dict[str, str], dropped: set[tuple[str, str]]) -> list[tuple[str, Claim]]:
    return [(groups.get(c.entity, c.entity), c) for c in fragment.claims if (c.source.id, c.source.file) not in dropped]


def _append(claims: list[Claim], item: tuple[str, Claim]) -> list[Claim]:
    claims.append(item[1])
    return claims


def _concatenate(first: list[Claim], second: list[Claim]) -> list[Claim]:
    first.extend(second)
    return first


def _check_group(item: tuple[str, list[Claim]], stub: Corpus, references: list[Claim], rules: list[Rule], hints: bool) -> list[Finding]:
    _, claims = item
    return check_partition(Partition(claims, stub, references), rules, hints)


def check_on_dask(paths: Iterable[Path], load: LoadOptions, rules: list[Rule], hints: bool = True,
                  scheduler: str | None = None, workers: int = 2) -> DaskRun:
    """Load and check on a Dask cluster (a local one of `workers` processes without `scheduler`)."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    files, vocabularies, missing = discover([Path(p) for p in paths])
    chunks = plan_chunks(files)
    stub = load_fragment([], vocabularies, load)  # the vocabulary, read on the client too
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=":0")
    client = Client(scheduler or cluster)
    try:
        return _run(db, client, chunks, vocabularies, load, rules, hints, stub, missing)
    except Exception as exc:
        if type(exc).__name__ in ("KilledWorker", "CommClosedError", "CancelledError", "FutureCancelledError"):
            raise WorkerLost(f"the Dask cluster lost work it could not redo ({type(exc).__name__})") from exc
        raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(db: Any, client: Any, chunks: list[Chunk], vocabularies: list[Path], load: LoadOptions, rules: list[Rule],
         hints: bool, stub: Corpus, missing: list[InputError]) -> DaskRun:
    if not chunks:
        stub.errors.extend(missing)
        return DaskRun(stub, [], 0, 0)
    fragments = db.from_sequence(chunks, npartitions=len(chunks)).map(_load, vocabularies, load).persist()
    summaries: list[_Summary] = fragments.map(_summarize).compute()

    corpus = Corpus(metrics=stub.metrics)
    corpus.errors.extend(missing + stub.errors)
    failed = set().union(*(s.failed_sources for s in summaries))
    dropped: set[tuple[str, str]] = set()
    for summary in summaries:
        corpus.errors.extend(summary.errors)
        corpus.files.extend(f for f in summary.files if f not in corpus.files)
        corpus.texts.update(summary.texts)
        for source in summary.sources:
            first = corpus.sources.get(source.id)
            if first is not None and first.file != source.file:
                corpus.errors.append(InputError(source.position, f"source id '{source.id}' is already used by {first.file}"))
                dropped.add((source.id, source.file))
            corpus.sources.setdefault(source.id, source)
    warnings: dict[str, InputError] = {}
    for summary in summaries:
        for warning in summary.warnings:
            warnings.setdefault(warning.message, warning)
    corpus.warnings.extend(sorted(warnings.values()))

    wanted = {target for s in summaries for (_, _, _, _, target) in s.references}
    entity_of: dict[str, str] = {}
    for found in fragments.map(_entities_of, wanted).compute():
        entity_of.update(found)
    for summary in summaries:
        for _, claim_id, field_name, where, target in summary.references:
            if target not in entity_of and target.split(":", 1)[0] not in failed:
                corpus.errors.append(InputError(where, f"claim '{claim_id}': '{field_name}' names claim '{target}', "
                                                       "which is neither a period nor a claim in this corpus"))
    groups = entity_groups((entity, entity_of[target]) for s in summaries for entity, target in s.entities if target in entity_of)
    references = [c for s in summaries for c in s.reference_claims]
    corpus.errors.sort()

    stub_for_checks = Corpus(metrics=stub.metrics, texts=corpus.texts)
    grouped = fragments.map(_keyed, groups, dropped).flatten().foldby(
        lambda item: item[0], _append, list, _concatenate, list)
    findings = grouped.map(_check_group, stub_for_checks, references, rules, hints).flatten().compute()
    claim_count = sum(s.claims for s in summaries)
    metric_count = len(set().union(*(s.metrics for s in summaries)))
    return DaskRun(corpus, sorted(findings, key=Finding.sort_key), claim_count, metric_count)
