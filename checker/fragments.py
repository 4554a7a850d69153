"""Loading in pieces: chunks of the input load into fragments where they will be checked (a local
worker process, a Dask worker), and only the small facts the whole-corpus steps need travel.

A fragment's Summary holds those facts: its sources, errors and warnings, the claims it names in
other fragments, its reference-source claims, its claims per entity. `merge` turns the summaries,
in input order, into one corpus without claims (what reports need) and the partition plan: which
entities share a partition and how their claims split by metric family (see `families`), which
duplicated sources are dropped, which claims are references.
"""

from __future__ import annotations

import gc
import pickle
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any

from . import engine
from .corpus import Claim, Corpus, InputError, Position, Source
from .families import (
    MetricFamilies,
    PartitionName,
    PartitionPlan,
    restated_metrics,
    splits_by_family,
)
from .findings import Finding
from .index import Partition, entity_groups
from .loading import Chunk, conversion_cycles, plan_chunks, split_problems, unknown_metrics
from .rules import Rule

__all__ = [
    "Merged",
    "PiecewiseRun",
    "Share",
    "Summary",
    "check_share",
    "checked_partitions",
    "dropped_sources",
    "entities_of",
    "merge",
    "owners",
    "partition_roots",
    "share_out",
    "stretches",
    "summarize",
    "take_parcels",
    "wanted_claims",
]

PROGRESS_EVERY = 200  # partitions between progress reports
# Chunks several times smaller than a piece's share, so stretches come out about equal.
CHUNKS_PER_PIECE = 8
MIN_CHUNK_BYTES = 256 * 1024


@dataclass
class Summary:
    """The small facts of one fragment (`index` is its place in the input order). Facts drawn from
    claims carry where their source is written, so the merge can leave out a source that turns
    out to repeat an id loaded in an earlier fragment."""

    index: int
    sources: list[tuple[Source, bool]] = field(
        default_factory=list
    )  # in input order, with whether its file had errors
    references: list[tuple[Position, str, str, Position, str]] = field(
        default_factory=list
    )  # source, claim id, field, where, target
    links: list[tuple[Position, str, str, str]] = field(
        default_factory=list
    )  # source, entity and metric of a claim naming another, target key
    # The metric of each share with the metric it is a share of, and the metrics of claims that
    # may be currency restatements: what links metrics into families (see `families`).
    metric_links: set[tuple[str, str]] = field(default_factory=set)
    restated: set[str] = field(default_factory=set)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[tuple[Position, InputError]] = field(
        default_factory=list
    )  # undeclared metrics, per source
    files: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    reference_claims: list[Claim] = field(default_factory=list)
    entity_counts: Counter[tuple[Position, str, str]] = field(
        default_factory=Counter
    )  # claims per source, entity and metric
    metrics: dict[Position, set[str]] = field(default_factory=dict)  # metrics per source


def summarize(fragment: Corpus, index: int, vocabulary_errors: list[InputError]) -> Summary:
    """A fragment's summary; the vocabulary's own errors, which every fragment meets again, are
    left out (the caller reports them once)."""
    known = set(vocabulary_errors)
    summary = Summary(
        index,
        sources=fragment.source_outcomes,
        errors=[e for e in fragment.errors if e not in known],
        files=fragment.files,
        texts=fragment.texts,
        metric_links={(c.metric, c.of) for c in fragment.claims if c.of is not None},
        restated=restated_metrics(fragment.claims),
    )
    by_source: dict[Position, list[Claim]] = {}
    # A source's claims stand together (its file or line holds them all): each run of them is
    # filed under its source's place once, where a place hashed for every claim (a dataclass's
    # hash, written in Python) cost more than the rest of the summary.
    for source, run in groupby(fragment.claims, key=_source_of):
        claims = list(run)
        where = source.position
        by_source.setdefault(where, []).extend(claims)
        counts = Counter([(c.entity, c.metric) for c in claims])
        for (entity, metric), count in counts.items():
            summary.entity_counts[(where, entity, metric)] += count
        if source.is_reference:
            summary.reference_claims.extend(claims)
        for claim in claims:
            _add_references(summary, where, claim)
    declared = set(fragment.metrics)
    for where, claims in by_source.items():
        summary.metrics[where] = {c.metric for c in claims}
        summary.warnings.extend((where, w) for w in unknown_metrics(claims, declared))
    return summary


_source_of = attrgetter("source")


def _add_references(summary: Summary, where: Position, claim: Claim) -> None:
    """The claims this claim names (`converts`, `from`, `to`), with where it names them."""
    for field_name, target in (
        ("converts", claim.converts),
        ("from", claim.start_claim),
        ("to", claim.end_claim),
    ):
        if target is not None:
            summary.references.append((where, claim.id, field_name, claim.at(field_name), target))
            summary.links.append((where, claim.entity, claim.metric, target))


def wanted_claims(summaries: list[Summary]) -> set[str]:
    """The claim keys some claim names: their entities are asked of every fragment."""
    return {target for s in summaries for (_, _, _, _, target) in s.references}


def entities_of(
    fragment: Corpus, wanted: set[str], dropped: set[Position]
) -> dict[str, tuple[str, str]]:
    """The entity and metric of each wanted claim key this fragment holds."""
    return {
        c.key: (c.entity, c.metric)
        for c in fragment.claims
        if c.key in wanted and c.source.position not in dropped
    }


def _replay(
    summaries: list[Summary],
) -> tuple[dict[str, Source], set[str], list[tuple[Source, Source]]]:
    """The sources in input order as one loader meets them: the loaded ones, the ids of those
    whose file had errors, and each source refused because its id was already loaded (with the
    source loaded first)."""
    loaded: dict[str, Source] = {}
    failed: set[str] = set()
    duplicates: list[tuple[Source, Source]] = []
    for summary in summaries:
        for source, had_errors in summary.sources:
            if source.id in loaded:
                duplicates.append((source, loaded[source.id]))
            elif had_errors:
                failed.add(source.id)
            else:
                loaded[source.id] = source
    return loaded, failed, duplicates


def dropped_sources(summaries: list[Summary]) -> set[Position]:
    """Where each source whose id was already loaded is written (a source's place names it even
    when two share an id): the first one in input order is kept, as a single process would."""
    return {source.position for source, _ in _replay(summaries)[2]}


@dataclass
class PiecewiseRun:
    """What the caller holds after a run in pieces (local workers or Dask): no claims, only what
    reports need."""

    corpus: Corpus
    findings: list[Finding]
    claim_count: int
    metric_count: int
    reference_count: int = 0  # claims of reference sources, which are data, not claims to check


@dataclass
class Merged:
    """The whole-corpus view of a run in pieces."""

    corpus: Corpus  # sources, files, texts, errors and warnings; no claims
    plan: PartitionPlan  # the partition of each claim: its entity's group, its metric's family
    dropped: set[Position]
    references: list[Claim]
    claim_count: int
    metric_count: int


def merge(
    summaries: list[Summary],
    vocabulary: Corpus,
    missing: list[InputError],
    entity_of: dict[str, tuple[str, str]],
    dropped: set[Position],
    rules: list[Rule],
) -> Merged:
    """One corpus from the summaries in input order, with the errors only the whole corpus shows:
    a source id used twice across fragments, and a claim naming a claim no fragment holds."""
    corpus = Corpus(metrics=vocabulary.metrics, rate_provider=vocabulary.rate_provider)
    missing, skipped = split_problems(missing)
    corpus.errors.extend(missing + vocabulary.errors)
    corpus.warnings.extend(skipped)
    loaded, failed, duplicates = _replay(summaries)
    _gather_sources(corpus, summaries, loaded, duplicates)
    warnings: dict[str, InputError] = {}
    for summary in summaries:
        for source_at, warning in summary.warnings:
            if source_at not in dropped:
                warnings.setdefault(warning.message, warning)
    corpus.warnings.extend(warnings.values())
    corpus.errors.extend(_reference_errors(summaries, loaded, failed, entity_of, dropped))
    corpus.errors.sort()
    plan = PartitionPlan(
        _entity_groups(summaries, entity_of, dropped),
        _families(summaries, vocabulary, entity_of, dropped, rules),
    )
    references = [
        c for s in summaries for c in s.reference_claims if c.source.position not in dropped
    ]
    claim_count, metric_count = _counts(summaries, dropped)
    return Merged(corpus, plan, dropped, references, claim_count, metric_count)


def _gather_sources(
    corpus: Corpus,
    summaries: list[Summary],
    loaded: dict[str, Source],
    duplicates: list[tuple[Source, Source]],
) -> None:
    """The loaded sources into the corpus, each with the text of the fragment that loaded it, the
    fragments' files and errors, and an error for each source id used again."""
    origin = {
        source.id: s.index
        for s in summaries
        for source, _ in s.sources
        if loaded.get(source.id) is source
    }
    for summary in summaries:
        corpus.errors.extend(summary.errors)
        corpus.files.extend(f for f in summary.files if f not in corpus.files)
        corpus.texts.update(
            (i, t) for i, t in summary.texts.items() if i in loaded and summary.index == origin[i]
        )
    for source, first in duplicates:
        corpus.errors.append(
            InputError(source.position, f"source id '{source.id}' is already used by {first.file}")
        )
    corpus.sources.update(loaded)


def _reference_errors(
    summaries: list[Summary],
    loaded: dict[str, Source],
    failed: set[str],
    entity_of: dict[str, tuple[str, str]],
    dropped: set[Position],
) -> list[InputError]:
    """Claims naming a claim no fragment holds (unless its source failed to load), and circles
    of conversions, found across every fragment."""
    errors = []
    for summary in summaries:
        for source_at, claim_id, field_name, where, target in summary.references:
            if (
                source_at not in dropped
                and target not in entity_of
                and target.split(":", 1)[0] not in failed
            ):
                errors.append(
                    InputError(
                        where,
                        f"claim '{claim_id}': '{field_name}' names claim '{target}', "
                        "which is neither a period nor a claim in this corpus",
                    )
                )
    ids = {source.position: source.id for source in loaded.values()}
    errors.extend(
        conversion_cycles(
            (f"{ids[source]}:{claim_id}", target, where)
            for summary in summaries
            for source, claim_id, field_name, where, target in summary.references
            if field_name == "converts" and source in ids and source not in dropped
        )
    )
    return errors


def _counts(summaries: list[Summary], dropped: set[Position]) -> tuple[int, int]:
    """The claims, and the metrics they use, of the sources kept."""
    claim_count = sum(
        n for s in summaries for (where, _, _), n in s.entity_counts.items() if where not in dropped
    )
    metrics = {
        m
        for s in summaries
        for where, metrics in s.metrics.items()
        if where not in dropped
        for m in metrics
    }
    return claim_count, len(metrics)


def _entity_groups(
    summaries: list[Summary], entity_of: dict[str, tuple[str, str]], dropped: set[Position]
) -> dict[str, str]:
    return entity_groups(
        (entity, entity_of[target][0])
        for s in summaries
        for source_at, entity, _, target in s.links
        if source_at not in dropped and target in entity_of
    )


def _families(
    summaries: list[Summary],
    vocabulary: Corpus,
    entity_of: dict[str, tuple[str, str]],
    dropped: set[Position],
    rules: list[Rule],
) -> MetricFamilies:
    """The metric families an entity's claims are split by (see `families`)."""
    named = (
        (metric, entity_of[target][1])
        for s in summaries
        for source_at, _, metric, target in s.links
        if source_at not in dropped and target in entity_of
    )
    return MetricFamilies(
        vocabulary.metrics,
        [*named, *(link for s in summaries for link in s.metric_links)],
        {metric for s in summaries for metric in s.restated},
        splits_by_family(rules),
    )


def partition_roots(
    fragment: Corpus, plan: PartitionPlan, dropped: set[Position]
) -> Iterator[tuple[PartitionName, Claim]]:
    """Each claim of a fragment with the name of its partition (claims of dropped sources
    left out), one at a time: a list of them all would be one more pair per claim held at once."""
    if not dropped:  # no place to test (a dataclass's hash, in Python) for each claim
        return ((plan.name(c.entity, c.metric), c) for c in fragment.claims)
    return (
        (plan.name(c.entity, c.metric), c)
        for c in fragment.claims
        if c.source.position not in dropped
    )


def stretches(files: list[tuple[Path, Path]], pieces: int) -> list[list[Chunk]]:
    """The claim files in input order as chunks, cut into at most `pieces` runs of about equal
    bytes (a piece loads one run)."""
    total = sum(path.stat().st_size for path, _ in files if path.is_file())
    # A whole number of chunks a piece (fewer for a small input, whose chunks are no smaller than
    # MIN_CHUNK_BYTES), so the cuts between the pieces of a JSON Lines file are cuts between
    # chunks, each within half a line of the file's equal shares (see `plan_chunks`).
    per_piece = max(1, min(CHUNKS_PER_PIECE, total // (pieces * MIN_CHUNK_BYTES)))
    chunks = plan_chunks(files, chunk_bytes=total // (pieces * per_piece) + 1)
    sizes = [_size(chunk) for chunk in chunks]
    total = sum(sizes) or 1
    runs: list[list[Chunk]] = [[] for _ in range(pieces)]
    done = 0
    for chunk, size in zip(chunks, sizes, strict=True):
        # A chunk goes to the piece whose share its middle byte falls in.
        runs[min(pieces - 1, (done + size // 2) * pieces // total)].append(chunk)
        done += size
    return [run for run in runs if run]


def _size(chunk: Chunk) -> int:
    if chunk.span is not None:
        return chunk.span[1] - chunk.span[0]
    return chunk.path.stat().st_size if chunk.path.is_file() else 0


def owners(
    summaries: list[Summary], plan: PartitionPlan, dropped: set[Position]
) -> dict[PartitionName, int]:
    """Each partition goes to the piece holding most of its claims."""
    held: dict[PartitionName, Counter[int]] = defaultdict(Counter)
    for summary in summaries:
        for (source, entity, metric), count in summary.entity_counts.items():
            if source not in dropped:
                held[plan.name(entity, metric)][summary.index] += count
    # Most claims first, then the earlier piece: the same owner every run.
    return {
        root: min(counts, key=lambda piece: (-counts[piece], piece))
        for root, counts in held.items()
    }


@dataclass
class Share:
    """What one piece checks: the claims of the partitions it owns, by the piece that read them
    (each piece's in input order, so a partition lists them in the order a single process would
    by taking the pieces in order: no claim need carry its place, 130 bytes a claim); and the
    texts of their sources."""

    claims: dict[PartitionName, dict[int, list[Claim]]]
    texts: dict[str, str]


def share_out(
    fragment: Corpus,
    index: int,
    plan: PartitionPlan,
    owner_of: dict[PartitionName, int],
    dropped: set[Position],
) -> tuple[Share, dict[int, bytes]]:
    """The piece's own share, and for each other piece the claims it owns here, pickled once
    (with their sources' texts) so they travel unopened."""
    own: dict[PartitionName, list[Claim]] = defaultdict(list)
    leaving: dict[int, list[tuple[PartitionName, Claim]]] = defaultdict(list)
    for root, claim in partition_roots(fragment, plan, dropped):
        owner = owner_of[root]
        if owner == index:
            own[root].append(claim)
        else:
            leaving[owner].append((root, claim))
    # Texts of the sources kept (a dropped duplicate's text must not stand for the first source's).
    kept_texts = {
        i: t for i, t in fragment.texts.items() if fragment.sources[i].position not in dropped
    }
    parcels = {}
    for target, claims in leaving.items():
        texts = {
            c.source.id: kept_texts[c.source.id] for _, c in claims if c.source.id in kept_texts
        }
        parcels[target] = pickle.dumps((index, claims, texts), protocol=pickle.HIGHEST_PROTOCOL)
    return Share({root: {index: claims} for root, claims in own.items()}, kept_texts), parcels


def take_parcels(share: Share, parcels: Iterable[bytes]) -> Share:
    """The share with the claims other pieces sent it (a new share: the one given is unchanged,
    so a task run again on it finds it as it was)."""
    claims = {
        root: {piece: list(run) for piece, run in runs.items()}
        for root, runs in share.claims.items()
    }
    texts = dict(share.texts)
    for parcel in parcels:
        sender, received, parcel_texts = pickle.loads(parcel)
        texts.update(parcel_texts)
        for root, claim in received:
            claims.setdefault(root, {}).setdefault(sender, []).append(claim)
    return Share(claims, texts)


def check_share(
    share: Share,
    vocabulary: Corpus,
    references: list[Claim],
    rules: list[Rule],
    hints: bool,
    progress: Callable[[int], None] = lambda done: None,
    keep_claims: bool = True,
    freeze: bool = False,
) -> list[Finding]:
    """The findings of every partition of the share (see `checked_partitions`)."""
    findings: list[Finding] = []
    for found in checked_partitions(
        share, vocabulary, references, rules, hints, progress, keep_claims, freeze
    ):
        findings.extend(found)
    return findings


def checked_partitions(
    share: Share,
    vocabulary: Corpus,
    references: list[Claim],
    rules: list[Rule],
    hints: bool,
    progress: Callable[[int], None] = lambda done: None,
    keep_claims: bool = True,
    freeze: bool = False,
) -> Iterator[list[Finding]]:
    """The findings of each partition of the share as it is checked, told to `progress` every
    PROGRESS_EVERY partitions. Each partition is indexed when it is reached, as in a single
    process: the piece holds the indexes of one partition at a time. With `keep_claims` False
    the share gives up each partition's claims once it is checked (a share no task will read
    again), and the partition's findings are settled at once (`Finding.settled`). With `freeze`
    (a process whose run unfreezes what it froze when it ends), what is alive once a
    partition is checked is frozen out of the collector's sight (see `_freeze_checked`)."""
    corpus = Corpus(
        metrics=vocabulary.metrics, texts=share.texts, rate_provider=vocabulary.rate_provider
    )
    shared: dict[str, Any] = {}
    roots = sorted(share.claims)
    with engine.rare_collections():
        for done, root in enumerate(roots, start=1):
            runs = share.claims[root] if keep_claims else share.claims.pop(root)
            members = [claim for piece in sorted(runs) for claim in runs[piece]]
            partition = Partition(members, corpus, references, shared)
            found = engine.check_partition(partition, rules, hints)
            if not keep_claims:
                # Settled now: a finding's parts hold its claims, which are to be let go here.
                found = [finding.settled() for finding in found]
            if freeze:
                _freeze_checked()
            yield found
            if done % PROGRESS_EVERY == 0:
                progress(PROGRESS_EVERY)
    if len(roots) % PROGRESS_EVERY:
        progress(len(roots) % PROGRESS_EVERY)


def _freeze_checked() -> None:
    """What is alive once a partition is checked frozen out of the collector's sight: its
    findings, kept to the end of the run, and what the rules keep between partitions. What the
    partition made and dropped was freed as it went (its indexes make no cycles), so each young
    collection re-read only the findings of the last partitions checked to free nothing (a
    twentieth of a run's checking); freezing also starts the count to the next one afresh, so
    a partition rarely allocates enough for one at all."""
    gc.freeze()
