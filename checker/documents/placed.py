"""Text built piece by piece from a structured file, each piece with its Place."""

from __future__ import annotations

from pathlib import Path

from ..extraction.document import Document, Place, Revision, mapped_document

__all__ = ["PlacedText"]


class PlacedText:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.places: list[tuple[int, Place]] = []
        self.revisions: list[Revision] = []

    def add(self, text: str, place: Place) -> int:
        """Append `text` standing at `place`; the offset where it starts in the whole text."""
        start = self.length
        if text:
            if not self.places or self.places[-1][1] != place:
                self.places.append((start, place))
            self.parts.append(text)
            self.length += len(text)
        return start

    def separate(self, separator: str) -> None:
        """A break between blocks (it belongs to the block before); none at the start."""
        if self.length and not "".join(self.parts[-1:]).endswith(separator):
            self.parts.append(separator)
            self.length += len(separator)

    def document(self, path: Path, kind: str) -> Document:
        text = "".join(self.parts).rstrip("\n")
        return mapped_document(text, path, kind, places=self.places, revisions=self.revisions)
