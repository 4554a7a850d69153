"""Figures a tracked change replaced (.docx): a note on the claims that state them, and the
place each claim's figure stands (its own number, not the start of its quote)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..extraction.document import Place
    from ..extraction.links import DraftClaim, Extraction

__all__ = ["figure_place", "note_revisions"]


def _figure_span(extraction: Extraction, claim: DraftClaim) -> tuple[int, int]:
    if 0 <= claim.mention < len(extraction.mentions):
        mention = extraction.mentions[claim.mention]
        return mention.start, mention.end
    return claim.quote


def figure_place(extraction: Extraction, claim: DraftClaim) -> Place | None:
    """Where the claim's figure stands (page, paragraph, table cell), None in a text file
    outside its tables."""
    place = extraction.document.place_at(_figure_span(extraction, claim)[0])
    return place if place is not None and place.label() else None


def note_revisions(extraction: Extraction) -> list[tuple[int, str]]:
    """Note 'changed from X to Y in a revision' on each claim whose figure a tracked change
    replaced; each revision's offset in the text and its note, for the run to report."""
    notes = []
    for revision in extraction.document.revisions:
        note = f"changed from {revision.old} to {revision.new} in a revision"
        for claim in extraction.claims:
            start, end = _figure_span(extraction, claim)
            if start < revision.end and revision.start < end and note not in claim.notes:
                claim.notes.append(note)
        notes.append((revision.start, f"{revision.place.label()}: a figure {note}"))
    return notes
