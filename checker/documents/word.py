"""Word documents (.docx), read with python-docx (MIT; the package Word files are opened with in
Python, no network) and the document's own XML where python-docx stops: tracked changes.

The text is the document as it will be published: tracked insertions in, deletions out, moved
text where it was moved to, hidden text and comments out, field codes out (their results in).
Body paragraphs and tables come in reading order, then the footnotes. A figure a tracked change
replaced is kept as a Revision ("changed from 8.3% to 8.5% in a revision").
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..extraction.document import Document, Place, Revision
from .placed import PlacedText
from .registry import UnreadableFile

__all__ = ["read_docx"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"

# Elements that hold runs and pass their text through as it stands.
_WRAPPERS = {W + name for name in ("hyperlink", "smartTag", "fldSimple", "customXml", "bdo", "dir")}
_RUN_TEXT = {
    W + "t": None,
    W + "tab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "-",
}
_FIGURE = re.compile(r"[\d.,%]")


def read_docx(path: Path, data: bytes) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as problem:
        raise UnreadableFile(f"this Word document cannot be opened ({problem})") from None
    except Exception as problem:  # lxml's XMLSyntaxError and the like: a damaged part
        raise UnreadableFile(
            f"this Word document is damaged ({problem}): save it again from Word"
        ) from None
    text = PlacedText()
    reading = _Reading(text)
    reading.blocks(word.element.body)
    reading.footnotes(_footnotes(word))
    return text.document(path, "docx")


def _footnotes(word: Any) -> Any:
    for relation in word.part.rels.values():
        if relation.reltype == FOOTNOTES and not relation.is_external:
            from docx.oxml import parse_xml

            return parse_xml(relation.target_part.blob)
    return None


class _Reading:
    def __init__(self, text: PlacedText) -> None:
        self.text = text
        self.paragraph = 0
        self.table = 0

    def blocks(self, element: Any) -> None:
        for child in element:
            if child.tag == W + "p":
                self.paragraph_at(child, None)
            elif child.tag == W + "tbl":
                self.table_at(child)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                self.blocks(child)

    def paragraph_at(self, element: Any, place: Place | None) -> None:
        published, revisions = _published(list(_segments(element, "same")))
        if not published.strip():
            return
        if place is None:
            self.paragraph += 1
            place = Place(paragraph=self.paragraph)
        self.text.separate("\n\n")
        self._add(published, revisions, place)

    def _add(
        self, published: str, revisions: list[tuple[int, int, str, str]], place: Place
    ) -> None:
        start = self.text.add(published, place)
        self.text.revisions.extend(
            Revision(start + a, start + b, old, new, place) for a, b, old, new in revisions
        )

    def table_at(self, element: Any) -> None:
        self.table += 1
        number = self.table
        self.text.separate("\n\n")
        rows = [r for r in element.iter(W + "tr") if _table_of(r) is element and not _deleted(r)]
        for row_number, row in enumerate(rows, start=1):
            column = 1  # counted on the table's grid: a merged cell spans several columns
            for cell in (c for c in row if c.tag == W + "tc"):
                place = Place(table=number, row=row_number, column=column)
                if column > 1:
                    self.text.add("\t", place)
                for paragraph_number, paragraph in enumerate(cell.iter(W + "p")):
                    published, revisions = _published(list(_segments(paragraph, "same")))
                    if paragraph_number and published:
                        self.text.add(" ", place)
                    self._add(published, revisions, place)
                column += _span(cell)
            self.text.add("\n", Place(table=number, row=row_number, column=column - 1))

    def footnotes(self, root: Any) -> None:
        if root is None:
            return
        number = 0
        for note in root.iter(W + "footnote"):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            number += 1
            for paragraph in note.iter(W + "p"):
                self.paragraph_at(paragraph, Place(footnote=number))


def _table_of(row: Any) -> Any:
    parent = row.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _span(cell: Any) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    value = span.get(W + "val") if span is not None else None
    return int(value) if value and value.isdigit() and int(value) > 0 else 1


def _deleted(row: Any) -> bool:
    properties = row.find(W + "trPr")
    return properties is not None and properties.find(W + "del") is not None


def _segments(element: Any, state: str) -> Iterator[tuple[str, str]]:
    """(state, text) in order: state is 'same', 'ins' (a tracked insertion) or 'del'."""
    for child in element:
        tag = child.tag
        if tag == W + "r":
            yield from _run(child, state)
        elif tag in (W + "ins", W + "moveTo"):
            yield from _segments(child, "ins" if state == "same" else state)
        elif tag in (W + "del", W + "moveFrom"):
            yield from _segments(child, "del")
        elif tag in _WRAPPERS or tag in (W + "sdt", W + "sdtContent"):
            yield from _segments(child, state)


def _run(run: Any, state: str) -> Iterator[tuple[str, str]]:
    properties = run.find(W + "rPr")
    if properties is not None and properties.find(W + "vanish") is not None:
        return  # hidden text is not published
    for part in run:
        if part.tag == W + "delText":
            yield "del", part.text or ""
        elif part.tag in _RUN_TEXT:
            written = _RUN_TEXT[part.tag]
            yield state, (part.text or "") if written is None else written


def _published(segments: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The paragraph as published, and each figure a tracked change replaced in it:
    (start, end) in the published text, the figure before, the figure after."""
    new: list[str] = []
    old: list[str] = []
    changes: list[list[int]] = []  # [new start, new end, old start, old end]
    sizes = [0, 0]
    change: list[int] | None = None
    for state, piece in segments:
        if not piece:
            continue
        if state == "same":
            change = None
        elif change is None:
            change = [sizes[0], sizes[0], sizes[1], sizes[1]]
            changes.append(change)
        if state != "del":
            new.append(piece)
            sizes[0] += len(piece)
        if state != "ins":
            old.append(piece)
            sizes[1] += len(piece)
        if change is not None:
            change[1], change[3] = sizes[0], sizes[1]
    published, before = "".join(new), "".join(old)
    revisions = []
    for span in changes:
        figure = _changed_figure(published, before, *span)
        if figure is not None:
            revisions.append(figure)
    return published, revisions


def _changed_figure(
    new: str, old: str, a: int, b: int, c: int, d: int
) -> tuple[int, int, str, str] | None:
    """The figures on both sides of one change, widened to whole numbers ('8.3' to '8.5' when
    only the last digit was retyped); None unless a figure was replaced by another."""
    while a < b and c < d and new[a] == old[c]:
        a, c = a + 1, c + 1
    while a < b and c < d and new[b - 1] == old[d - 1]:
        b, d = b - 1, d - 1
    while a > 0 and c > 0 and new[a - 1] == old[c - 1] and _FIGURE.match(new[a - 1]):
        a, c = a - 1, c - 1
    while b < len(new) and d < len(old) and new[b] == old[d] and _FIGURE.match(new[b]):
        b, d = b + 1, d + 1
    before, after = old[c:d].strip(" ,."), new[a:b].strip(" ,.")
    if not (re.search(r"\d", before) and re.search(r"\d", after)) or before == after:
        return None
    a += new[a:b].index(after)
    return a, a + len(after), before, after
