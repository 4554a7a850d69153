"""Findings that rest on reference data: placed at the article's claim, citing where each reference
figure comes from, and only a warning where the reference figure may not be the one the article
could have quoted.

The rules already join reference claims like any other: `conflict` sets an article's level against
a reference level, `growth` and `yoy` compute a change from reference levels, `share` a share from
a reference part and whole, `percentage-points` a change in points, `change-conflict` and
`share-conflict` a change or a share the reference states itself. This module only changes how
such a finding reads: reference data is trusted, so it is never the claim a finding is placed at,
and two references that disagree (two releases of one series) are a note, not an error.
"""

from __future__ import annotations

from collections.abc import Sequence

from .corpus import Claim
from .findings import Citation, Finding, Severity
from .vocabulary import REVISABLE_STATUSES

__all__ = ["against_references", "provenance"]


def against_references(finding: Finding, claims: Sequence[Claim]) -> Finding | None:
    """The finding as it reads when some of its claims are reference data (unchanged otherwise);
    None for a note about reference data alone (a rule's note that it found nothing to set a
    reference figure against: reference data need not be checked)."""
    references = [c for c in claims if c.source.is_reference]
    if not references:
        return finding
    articles = [c for c in claims if not c.source.is_reference]
    if not articles and finding.severity == "info":
        return None
    message = f"{finding.message} [reference: {provenance(references)}]"
    severity: Severity = finding.severity
    if not articles:
        # Two releases of one series disagreeing is a revision, nobody's error.
        return finding.model_copy(
            update={"severity": "info", "message": "the references differ: " + message}
        )
    if severity == "error":
        doubts = _doubts(references, articles)
        if doubts:
            severity = "warning"
            message += "; " + "; ".join(doubts)
    primary = articles[0]
    return finding.model_copy(
        update={
            "severity": severity,
            "message": message,
            "file": primary.position.file,
            "line": primary.position.line,
            "column": primary.position.column,
            "claims": _article_first(finding.claims, primary),
        }
    )


def provenance(references: Sequence[Claim]) -> str:
    """Where reference figures come from, by source: 'World Bank, World Development Indicators
    (WDI), vintage 2024-07-01: series KEN.NY.GDP.MKTP.CD 2023 (provisional)'."""
    by_source: dict[str, list[Claim]] = {}
    for claim in references:
        by_source.setdefault(claim.source.id, []).append(claim)
    return "; ".join(_cited(claims) for claims in by_source.values())


def _cited(claims: list[Claim]) -> str:
    source = claims[0].source
    dataset = source.title + (
        f" ({source.dataset})" if source.dataset and source.dataset != source.title else ""
    )
    heading = ", ".join(
        p for p in (source.publisher, dataset, source.vintage and f"vintage {source.vintage}") if p
    )
    figures = []
    for claim in claims:
        period = claim.period or (f"{claim.start}..{claim.end}" if claim.start else "")
        words = [f"series {claim.series}" if claim.series else claim.id, str(period)]
        if claim.status and claim.status != "normal":
            words.append(f"({claim.status})")
        figures.append(" ".join(w for w in words if w))
    return f"{heading}: {', '.join(figures)}"


def _doubts(references: list[Claim], articles: list[Claim]) -> list[str]:
    """Why a disagreement with these reference figures may not be the article's error: a figure
    may still change, or was released after the article (figures are revised)."""
    doubts = []
    published = [a.source.published.end for a in articles if a.source.published is not None]
    written = max(published) if published else None
    later: dict[str, list[str]] = {}
    for reference in references:
        label = f"{reference.quantity.text} for {reference.period or reference.end}"
        vintage = reference.source.vintage
        if reference.status in REVISABLE_STATUSES:
            doubts.append(
                f"the reference gives {label} as {reference.status}: it may still be revised"
            )
        elif vintage is not None and written is not None and vintage.start > written:
            later.setdefault(str(vintage), []).append(label)
        elif reference.status == "revised":
            doubts.append(
                f"the reference gives {label} as revised: the article may quote it before revision"
            )
    for released, labels in later.items():
        doubts.append(
            f"the reference at {released} gives {' and '.join(labels)}, a release after the article "
            f"({written}): figures are revised, and the article may quote an earlier release"
        )
    return doubts


def _article_first(citations: tuple[Citation, ...], primary: Claim) -> tuple[Citation, ...]:
    """The citations with the article claim the finding is placed at first."""
    first = [c for c in citations if (c.source, c.claim) == (primary.source.id, primary.id)]
    return tuple(first + [c for c in citations if c not in first])
