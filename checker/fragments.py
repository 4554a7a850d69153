"""Loading in pieces: chunks of the input load into fragments where they will be checked (a local
worker process, a Dask worker), and only the small facts the whole-corpus steps need travel.

A fragment's Summary holds those facts: its sources, errors and warnings, the claims it names in
other fragments, its reference-source claims, its claims per entity. `merge` turns the summaries,
in input order, into one corpus without claims (what reports need) and the partition plan: which
entities share a partition, which duplicated sources are dropped, which claims are references.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .corpus import Claim, Corpus, InputError, Position, Source
from .index import entity_groups
from .loading import unknown_metrics

__all__ = ["Merged", "Summary", "dropped_sources", "entities_of", "merge", "partition_roots", "summarize", "wanted_claims"]


@dataclass
class Summary:
    """The small facts of one fragment (`index` is its place in the input order)."""

    index: int
    sources: list[Source] = field(default_factory=list)
    references: list[tuple[str, str, str, Position, str]] = field(default_factory=list)  # claim key, id, field, where, target
    links: list[tuple[str, str]] = field(default_factory=list)  # (entity of a claim naming another, target key)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    reference_claims: list[Claim] = field(default_factory=list)
    failed_sources: set[str] = field(default_factory=set)
    entity_counts: Counter[str] = field(default_factory=Counter)  # claims per entity
    source_counts: Counter[str] = field(default_factory=Counter)  # claims per source id
    metrics: set[str] = field(default_factory=set)


def summarize(fragment: Corpus, index: int, vocabulary_errors: list[InputError]) -> Summary:
    """A fragment's summary; the vocabulary's own errors, which every fragment meets again, are
    left out (the caller reports them once)."""
    known = set(vocabulary_errors)
    summary = Summary(index, errors=[e for e in fragment.errors if e not in known], files=fragment.files,
                      texts=fragment.texts, failed_sources=fragment.failed_sources,
                      warnings=fragment.warnings + unknown_metrics(fragment.claims, set(fragment.metrics)),
                      entity_counts=Counter(c.entity for c in fragment.claims),
                      source_counts=Counter(c.source.id for c in fragment.claims), metrics={c.metric for c in fragment.claims})
    summary.sources = list(fragment.sources.values())
    for claim in fragment.claims:
        if claim.source.is_reference:
            summary.reference_claims.append(claim)
        for field_name, target in (("converts", claim.converts), ("from", claim.start_claim), ("to", claim.end_claim)):
            if target is not None:
                summary.references.append((claim.key, claim.id, field_name, claim.at(field_name), target))
                summary.links.append((claim.entity, target))
    return summary


def wanted_claims(summaries: list[Summary]) -> set[str]:
    """The claim keys some claim names: their entities are asked of every fragment."""
    return {target for s in summaries for (_, _, _, _, target) in s.references}


def entities_of(fragment: Corpus, index: int, wanted: set[str], dropped: set[tuple[str, int]]) -> dict[str, str]:
    """The entity of each wanted claim key this fragment holds."""
    return {c.key: c.entity for c in fragment.claims if c.key in wanted and (c.source.id, index) not in dropped}


def dropped_sources(summaries: list[Summary]) -> set[tuple[str, int]]:
    """(source id, fragment index) of every source already loaded by an earlier fragment: the
    first one in input order is kept, as a single process would."""
    seen: set[str] = set()
    dropped: set[tuple[str, int]] = set()
    for summary in summaries:
        for source in summary.sources:
            if source.id in seen:
                dropped.add((source.id, summary.index))
            seen.add(source.id)
    return dropped


@dataclass
class Merged:
    """The whole-corpus view of a run in pieces."""

    corpus: Corpus  # sources, files, texts, errors and warnings; no claims
    groups: dict[str, str]  # entity -> the entity naming its partition, for linked entities
    dropped: set[tuple[str, int]]
    references: list[Claim]
    claim_count: int
    metric_count: int


def merge(summaries: list[Summary], vocabulary: Corpus, missing: list[InputError], entity_of: dict[str, str],
          dropped: set[tuple[str, int]]) -> Merged:
    """One corpus from the summaries in input order, with the errors only the whole corpus shows:
    a source id used twice across fragments, and a claim naming a claim no fragment holds."""
    corpus = Corpus(metrics=vocabulary.metrics)
    corpus.errors.extend(missing + vocabulary.errors)
    failed = set().union(*(s.failed_sources for s in summaries))
    for summary in summaries:
        corpus.errors.extend(summary.errors)
        corpus.files.extend(f for f in summary.files if f not in corpus.files)
        for source in summary.sources:
            if (source.id, summary.index) in dropped:
                first = corpus.sources[source.id]
                corpus.errors.append(InputError(source.position, f"source id '{source.id}' is already used by {first.file}"))
                continue
            corpus.sources[source.id] = source
            if source.id in summary.texts:
                corpus.texts[source.id] = summary.texts[source.id]
    warnings: dict[str, InputError] = {}
    for summary in summaries:
        for warning in summary.warnings:
            warnings.setdefault(warning.message, warning)
    corpus.warnings.extend(warnings.values())
    for summary in summaries:
        for _, claim_id, field_name, where, target in summary.references:
            if target not in entity_of and target.split(":", 1)[0] not in failed:
                corpus.errors.append(InputError(where, f"claim '{claim_id}': '{field_name}' names claim '{target}', "
                                                       "which is neither a period nor a claim in this corpus"))
    corpus.errors.sort()
    groups = entity_groups((entity, entity_of[target]) for s in summaries for entity, target in s.links if target in entity_of)
    references = [c for s in summaries for c in s.reference_claims if (c.source.id, s.index) not in dropped]
    claim_count = sum(n for s in summaries for source, n in s.source_counts.items() if (source, s.index) not in dropped)
    metric_count = len(set().union(*(s.metrics for s in summaries)))
    return Merged(corpus, groups, dropped, references, claim_count, metric_count)


def partition_roots(fragment: Corpus, index: int, groups: dict[str, str], dropped: set[tuple[str, int]]) -> list[tuple[str, Claim]]:
    """Each claim of a fragment with the entity naming its partition (claims of dropped sources left out)."""
    return [(groups.get(c.entity, c.entity), c) for c in fragment.claims if (c.source.id, index) not in dropped]
