"""Web pages (.html), parsed by the standard library's html.parser: no dependency, tolerant of
the tag soup real pages hold, and the one parser that tells where in the file each piece of
text starts (lxml and selectolax build trees without character offsets), so every character
of the text keeps its offset in the original file.

The text is the article's main text: inside <main> (or, without one, the <article> elements)
when the page marks it, else the whole body; navigation, scripts, styles, forms, asides and the
page's own header and footer left out. Entities are decoded; whitespace runs read as one space
as a browser shows them (kept inside <pre>); blocks are separated by a blank line, table cells
by a tab and rows by a line break.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

from ..extraction.document import Document, Place, mapped_document

__all__ = ["read_html"]

_SKIPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "dialog",
    "head",
}
_SKIPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
# The page's header and footer are boilerplate; an article's own header holds its title.
_CHROME = {"header", "footer"}
_MAIN = {"main", "article"}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
    "article", "main", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "dl",
    "figure", "figcaption", "caption", "address", "details", "summary", "body",
}  # fmt: skip
_WHITESPACE = " \t\n\r\f"


class _Events(HTMLParser):
    """The page as a list of events, each with its offset in the source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for index, character in enumerate(source):
            if character == "\n":
                self.line_starts.append(index + 1)
        self.events: list[tuple[str, str, int, dict[str, str | None]]] = []
        self.title: list[str] = []
        self._in_title = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title"
        self.events.append(("start", tag, self._offset(), dict(attrs)))
        if tag in _VOID:
            self.events.append(("end", tag, self._offset(), {}))

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag not in _VOID:
            self.events.append(("end", tag, self._offset(), {}))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        self.events.append(("data", data, self._offset(), {}))

    def handle_entityref(self, name: str) -> None:
        self.handle_decoded(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_decoded(html.unescape(f"&#{name};"))

    def handle_decoded(self, decoded: str) -> None:
        if self._in_title:
            self.title.append(decoded)
        self.events.append(("entity", decoded, self._offset(), {}))


def _skipped(tag: str, attrs: dict[str, str | None], in_main: bool) -> bool:
    return (
        tag in _SKIPPED
        or (tag in _CHROME and not in_main)
        or attrs.get("role") in _SKIPPED_ROLES
        or "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
    )


class _Text:
    """The plain text with, for each character, its offset in the source, and the place of
    each stretch: the paragraph (a block of text, counted from 1) or the table cell."""

    def __init__(self) -> None:
        self.characters: list[str] = []
        self.origin: list[int] = []
        self.places: list[tuple[int, Place]] = []
        self.paragraph = 0
        self.opened = False  # whether the current block has text yet
        self.table = self.row = self.column = 0
        self.next_column = 1
        self.in_cell = False

    def put(self, text: str, at: int, step: int = 0) -> None:
        for index, character in enumerate(text):
            self.characters.append(character)
            self.origin.append(at + index * step)

    def _open(self) -> None:
        """The first text of a block: its place starts here."""
        if self.opened:
            return
        self.opened = True
        if self.in_cell:
            place = Place(table=self.table, row=self.row, column=self.column)
        else:
            self.paragraph += 1
            place = Place(paragraph=self.paragraph)
        if not self.places or self.places[-1][1] != place:
            self.places.append((len(self.characters), place))

    def data(self, text: str, at: int, preformatted: bool, step: int = 1) -> None:
        if preformatted:
            if text.strip():
                self._open()
            self.put(text.replace("\xa0", " "), at, step)
            return
        for index, character in enumerate(text):
            if character in _WHITESPACE or character == "\xa0":
                if self.characters and self.characters[-1] not in " \n\t":
                    self.put(" ", at + index * step)
            else:
                self._open()
                self.put(character, at + index * step)

    def close_block(self, separator: str, at: int, ends_block: bool = True) -> None:
        while self.characters and self.characters[-1] == " ":
            self.characters.pop()
            self.origin.pop()
        if self.characters and not "".join(self.characters[-2:]).endswith(separator):
            self.put(separator[1:] if self.characters[-1] == "\n" else separator, at)
        self.opened = self.opened and not ends_block

    def cell(self, kind: str, tag: str, attrs: dict[str, str | None]) -> None:
        """Count tables, rows and cells (a cell spanning columns counts them all)."""
        if tag == "table":
            self.table += kind == "start"
            self.row = 0
            self.in_cell = self.opened = False
        elif tag == "tr" and kind == "start":
            self.row += 1
            self.next_column = 1
        elif kind == "start":
            span = attrs.get("colspan") or "1"
            self.column = self.next_column
            self.next_column += int(span) if span.isdigit() and int(span) > 0 else 1
            self.in_cell, self.opened = True, False


def read_html(path: Path | None, source: str) -> Document:
    """The page's main text, each character mapped to its offset in `source`."""
    source = source.removeprefix("\ufeff")
    events = _Events(source)
    events.feed(source)
    events.close()
    tags = {tag for kind, tag, _, _ in events.events if kind == "start"}
    main = "main" if "main" in tags else "article" if "article" in tags else None
    text = _Text()
    skipping: list[str] = []
    in_main = 0
    preformatted = 0
    for kind, value, at, attrs in events.events:
        if kind in ("start", "end"):
            if skipping:
                skipping += [value] if kind == "start" and value == skipping[0] else []
                if kind == "end" and value == skipping[0]:
                    skipping.pop()
                continue
            if kind == "start" and _skipped(value, attrs, in_main > 0):
                skipping.append(value)
                continue
            in_main += (value == main) * (1 if kind == "start" else -1)
            preformatted += (value == "pre") * (1 if kind == "start" else -1)
            _structure(text, kind, value, at, attrs)
        elif not skipping and (main is None or in_main > 0):
            step = 1 if kind == "data" else 0  # an entity's characters stand for the whole entity
            text.data(value, at, preformatted > 0, step)
    text.close_block("\n", len(source))
    joined = "".join(text.characters).strip("\n")
    lead = len("".join(text.characters)) - len("".join(text.characters).lstrip("\n"))
    origin = text.origin[lead : lead + len(joined)] + [len(source)]
    places = [(max(0, i - lead), place) for i, place in text.places if i - lead < len(joined)]
    title = html.unescape("".join(events.title)).strip() or None
    return mapped_document(
        joined, path, "html", original=source, origin=origin, title=title, places=places
    )


def _structure(text: _Text, kind: str, tag: str, at: int, attrs: dict[str, str | None]) -> None:
    """The breaks a tag makes in the text, and the table cells it opens."""
    if tag in ("table", "tr", "td", "th"):
        text.cell(kind, tag, attrs)
    if tag == "br" and kind == "start":
        text.close_block("\n", at, ends_block=False)
    elif tag in ("td", "th") and kind == "end":
        text.put("\t", at)
    elif tag == "tr" and kind == "end":
        while text.characters and text.characters[-1] in " \t":
            text.characters.pop()
            text.origin.pop()
        text.put("\n", at)
    elif tag in _BLOCKS:
        text.close_block("\n\n", at)
