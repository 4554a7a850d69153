"""Claim extraction: draft claim files from the raw text of an article (issue 7).

    document = read_document(Path("article.txt"))      # plain text, Markdown or HTML
    extraction = extract(document, anchor=None, entity=None)
    yaml_text = claim_file_text(extraction, source_id)  # after finish(extraction)

Layers: `document` (markup stripped, offsets kept), `mentions` (numbers as written),
`context` (sentences, periods, entities, metric names), `links` (what each number is and how
a sentence links them), `draft` (the claim file and vocabulary), `textcheck` (extract, then
run the rules: `checker check --text`).
"""

from __future__ import annotations

from datetime import date

from ..collection import collect_rarely
from .document import Document, document_from_text, read_document
from .draft import claim_file_text, finish, metrics_text, source_id_for
from .links import DraftClaim, Extraction, MetricDraft, Relation, extract_document
from .mentions import Mention, find_mentions

__all__ = [
    "Document",
    "DraftClaim",
    "Extraction",
    "Mention",
    "MetricDraft",
    "Relation",
    "claim_file_text",
    "document_from_text",
    "extract",
    "extract_text",
    "find_mentions",
    "finish",
    "metrics_text",
    "read_document",
    "source_id_for",
]


def extract(
    document: Document, anchor: date | None = None, entity: str | None = None
) -> Extraction:
    """Every numeric mention of the document as a draft claim, ready to write."""
    with collect_rarely(COLLECT_EVERY, young_only=True):
        extraction = extract_document(document, anchor=anchor, entity=entity)
        finish(extraction)
    return extraction


# Extraction keeps nearly every object it makes until it returns (mentions, claims and their
# lists): the cycle collector runs every COLLECT_EVERY new objects while it does, on those only
# (collection.py): re-reading the older ones took a tenth of a file of 100,000 bare numbers.
COLLECT_EVERY = 50_000


def extract_text(
    text: str, anchor: date | None = None, entity: str | None = None, kind: str | None = None
) -> Extraction:
    """`extract` for a string (plain text unless `kind` says markdown or html)."""
    return extract(document_from_text(text, kind=kind or "text"), anchor=anchor, entity=entity)
