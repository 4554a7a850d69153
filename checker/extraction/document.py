"""Reading an article: plain text, Markdown or HTML, into plain text with a map back to the file.

Extraction works on plain text. Markup is removed (tags, scripts, Markdown emphasis and link
targets) and character entities decoded, but every character of the plain text remembers the
offset in the original file it came from, so quotes and offsets always point into the file as
written. The header (the first lines) gives the title, the publisher and the date when present.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..numerals import cjk_numeral_value, years_in_digits
from ..vocabulary import CURRENCY_SIGN

__all__ = [
    "Document",
    "Place",
    "Revision",
    "mapped_document",
    "read_document",
    "document_from_text",
    "find_header_date",
]

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# A date opening on digits opens on its first digit, the lookbehind after it saying what
# "(?<!\d)" or "\b" before it would say, so the scan skips to digits.
_YEAR_FIRST = r"(\d(?<!\d\d)\d{3})"
_DATE_PATTERNS = [
    (re.compile(_YEAR_FIRST + r"-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(_YEAR_FIRST + r"/(\d{1,2})/(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(_YEAR_FIRST + r"年(\d{1,2})月(\d{1,2})日"), "ymd"),
    (re.compile(r"\b(" + _MONTH_WORD + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), "mdy"),
    (re.compile(r"(\d(?<!\w\d)\d?)(?:st|nd|rd|th)?\s+(" + _MONTH_WORD + r")\s+(\d{4})\b"), "dmy"),
]


_DIGIT = re.compile(r"\d")
# A date in Chinese numerals, as official notices and Taiwan's press date them: 二〇三一年五月八日
_CJK_DATE = re.compile(
    "([〇零○◯一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月"
    "(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
)


def _cjk_date(text: str) -> tuple[date, int, int] | None:
    """The first date written in Chinese numerals in `text`, with its span."""
    for match in _CJK_DATE.finditer(text):
        year = int(years_in_digits(match[1] + "年")[:4])
        month, day = (int(cjk_numeral_value(match[i]) or 0) for i in (2, 3))
        try:
            return date(year, month, day), match.start(), match.end()
        except ValueError:
            continue
    return None


def find_header_date(text: str) -> tuple[date, int, int] | None:
    """The first full date (day, month and year) in `text`, with its span."""
    best = _cjk_date(text) if "年" in text else None
    if _DIGIT.search(text) is None:  # every other date pattern writes its year in digits
        return best
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            try:
                if order == "ymd":
                    found = date(int(match[1]), int(match[2]), int(match[3]))
                elif order == "mdy":
                    found = date(
                        int(match[3]), _MONTHS[match[1].rstrip(".").lower()], int(match[2])
                    )
                else:
                    found = date(
                        int(match[3]), _MONTHS[match[2].rstrip(".").lower()], int(match[1])
                    )
            except (ValueError, KeyError):
                continue
            if not 1800 <= found.year <= 2200:
                continue
            if best is None or match.start() < best[1]:
                best = (found, match.start(), match.end())
            break
    return best


@dataclass(frozen=True)
class Place:
    """Where a stretch of a document's text stands, as a reader finds it again: the page (PDF),
    the paragraph (counted from 1 on its page, or in the document when it has no pages), the
    table cell or the footnote."""

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    footnote: int | None = None

    def label(self) -> str:
        """'page 2, paragraph 3', 'table 1, row 2, column 3', 'footnote 1'."""
        parts = [f"page {self.page}"] if self.page is not None else []
        if self.table is not None:
            parts.append(f"table {self.table}, row {self.row}, column {self.column}")
        elif self.footnote is not None:
            parts.append(f"footnote {self.footnote}")
        elif self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Revision:
    """A figure a tracked change replaced: text[start:end] reads `new`, the revision removed `old`."""

    start: int
    end: int
    old: str
    new: str
    place: Place


@dataclass
class Document:
    """An article as plain text. `origin[i]` is the offset in the file of `text[i]`;
    `origin[len(text)]` is the file's length, so spans map back as half-open ranges."""

    text: str
    original: str
    origin: list[int] | None = None  # None: the text is the file itself
    kind: str = "text"
    path: Path | None = None
    title: str | None = None
    # The headline line in the form the links compare with the body (see `_read_header`).
    headline: str | None = None
    publisher: str | None = None
    published: date | None = None
    header_end: int = 0
    extras: dict = field(default_factory=dict)
    # Where the text stands in a paged or structured file (.docx, .pdf): (start in text, Place)
    # in text order, each Place holding until the next start.
    places: list[tuple[int, Place]] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)

    def place_at(self, index: int) -> Place | None:
        """The Place of text[index], or None for a file read as plain text."""
        found = bisect_right(self.places, index, key=lambda entry: entry[0]) - 1
        return self.places[found][1] if found >= 0 else None

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the plain text as offsets into the original file."""
        if self.origin is None:
            return start, end
        first = self.origin[start] if start < len(self.origin) else len(self.original)
        if end <= start:
            return first, first
        last = self.origin[end - 1]
        # A character decoded from an entity stands for the whole entity (`&quot;`).
        entity = _ENTITY.match(self.original, last) if self.original[last] == "&" else None
        return first, entity.end() if entity else last + 1

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into the original file."""
        line = self.original.count("\n", 0, offset) + 1
        column = offset - (self.original.rfind("\n", 0, offset) + 1) + 1
        return line, column


class _Builder:
    """Plain text built piece by piece, each piece remembering where it came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []

    def copy(self, source: str, start: int, end: int) -> None:
        self.parts.append(source[start:end])
        self.origin.extend(range(start, end))

    def put(self, text: str, at: int, length: int = 1) -> None:
        """Text that stands for source[at:at+length] (an entity, a tag made a line break)."""
        self.parts.append(text)
        self.origin.extend([at] * len(text))

    def result(self, source: str) -> tuple[str, list[int]]:
        text = "".join(self.parts)
        return text, self.origin + [len(source)]


_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# A reading in pinyin that a converter set after a Chinese character ("增長(cháng)", "萬(wàn)噸"),
# as some stored pages carry it: its tone mark says it is no word in brackets. It is left out
# of the plain text, so "萬(wàn)噸" reads as 萬噸, and quotes still point into the file.
# It opens on the bracket, the lookbehind after it asking for the character before (the plain
# form, in tests/test_extraction_scans.py, opens on the lookbehind, which the scan of every
# text then tried at each of its characters).
_PINYIN_READING = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
_ENTITY_OR_READING = re.compile(f"{_ENTITY.pattern}|{_PINYIN_READING.pattern}")


def _copy_decoded(builder: _Builder, source: str, start: int, end: int) -> None:
    position = start
    for match in _ENTITY_OR_READING.finditer(source, start, end):
        builder.copy(source, position, match.start())
        if match.group(0).startswith("&"):
            decoded = html.unescape(match.group(0))
            builder.put(decoded.replace("\xa0", " "), match.start())
        position = match.end()
    builder.copy(source, position, end)


_MD_MARKUP = re.compile(
    r"!\[([^\]]*)\]\([^)]*\)"  # images: keep the alt text
    r"|\[([^\]]+)\]\([^)]*\)"  # links: keep the link text
    r"|(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`)"  # emphasis and code markers
    r"|^(#{1,6}\s+|>\s?)",  # headings and quotes at line start
    re.MULTILINE,
)


def _markdown_to_text(source: str) -> tuple[str, list[int]]:
    builder = _Builder()
    position = 0
    for match in _MD_MARKUP.finditer(source):
        builder.copy(source, position, match.start())
        for group in (1, 2):
            if match.group(group) is not None:
                builder.copy(source, match.start(group), match.end(group))
        position = match.end()
    builder.copy(source, position, len(source))
    return builder.result(source)


# A line of a hard-wrapped paragraph: at least this long, in a text whose longest line is no
# longer than the widest wrap width in use (mail, terminals and wire copy wrap at 60 to 80).
_WRAP_WIDTHS = (40, 100)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LIST_START = re.compile(r"\s|[-*•·–—>#|]|\d+[.)]\s|[A-Za-z][.)]\s")
# Spaces that align a column of figures ("Services       890.2    921.7"), or four or more in
# a row between words (a header "Q3 2024     Q3 2023"; justified prose pads with fewer): a
# line holding them is a table's row, never a wrapped line of prose.
_COLUMN_GAP = re.compile(rf"(?<=\S)[ \t]{{2,}}(?=[-+−(]?{CURRENCY_SIGN}? ?\d)|\S {{4,}}\S")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when it was not: its longest line, when
    that is within the usual widths and most lines followed by text could not have taken the
    next word (the mark of a line broken by a wrapping program, not by the writer)."""
    width = max((_length(line) for line in lines), default=0)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    full = sum(_next_word_did_not_fit(a, b, width) for a, b in pairs)
    return width if len(pairs) >= 2 and full * 2 > len(pairs) else None


def _length(line: str) -> int:
    """A line's length as the wrapping program saw it (entities decoded, as it wrapped text)."""
    line = line.rstrip()
    return len(html.unescape(line)) if "&" in line else len(line)


def _next_word_did_not_fit(line: str, following: str, width: int) -> bool:
    words = following.split(maxsplit=1)
    return bool(words) and _length(line) + 1 + _length(words[0]) > width


def _plain_to_text(source: str) -> tuple[str, list[int] | None]:
    """Plain text as stored on the web: character entities (`&quot;`, `&#8217;`) decoded, and
    the line breaks of a hard-wrapped paragraph made spaces, so a sentence is one line again.
    A line break stays where the writer put it: after a short line (a headline, a table row),
    before an indented or list line, or anywhere in a text that was not hard-wrapped."""
    has_entity = _ENTITY_OR_READING.search(source) is not None
    lines = _LINE.findall(source) if "\n" in source else []
    width = _wrap_width([line.rstrip("\r\n") for line in lines]) if len(lines) > 2 else None
    if not has_entity and width is None:
        return source, None
    builder = _Builder()
    position = 0
    for line, following in zip(lines, lines[1:], strict=False):
        body = line.rstrip("\r\n")
        end = position + len(line)
        if (
            width is not None
            and body.strip()
            and following.strip()
            and not _LIST_START.match(following)
            and not _COLUMN_GAP.search(body)
            and not _COLUMN_GAP.search(following)
            and _next_word_did_not_fit(body, following, width)
        ):
            kept = position + len(body.rstrip())
            _copy_decoded(builder, source, position, kept)
            # Chinese and Japanese put no space between words: their broken line closes up.
            joint = "" if _CJK.match(source, kept - 1) and _CJK.match(following.lstrip()) else " "
            builder.put(joint, kept, end - kept)
        else:
            _copy_decoded(builder, source, position, end)
        position = end
    _copy_decoded(builder, source, position, len(source))
    return builder.result(source)


def _kind_of(path: Path | None, text: str) -> str:
    suffix = path.suffix.lower() if path else ""
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".txt", ".text", ""):
        head = text[:2000].lstrip().lower()
        if head.startswith(("<!doctype html", "<html")) or ("<p>" in head and "</p>" in head):
            return "html"
    return "text"


def document_from_text(
    original: str, path: Path | None = None, kind: str | None = None
) -> Document:
    """A Document from the text of a file (BOM removed), its markup stripped, its header read."""
    original = original.removeprefix("\ufeff")
    kind = kind or _kind_of(path, original)
    title = None
    origin: list[int] | None  # None: the text is the file itself
    if kind == "html":
        from ..documents.webpage import read_html  # the readers build on this module

        return read_html(path, original)
    if kind == "markdown":
        text, origin = _markdown_to_text(original)
    else:
        text, origin = _plain_to_text(original)
    from ..documents.texttables import text_table_places  # the readers build on this module

    document = Document(
        text=text,
        original=original,
        origin=origin,
        kind=kind,
        path=path,
        places=text_table_places(text),  # its tables' cells, read as a web page's are
    )
    _read_header(document, title)
    return document


def mapped_document(
    text: str,
    path: Path | None,
    kind: str,
    *,
    original: str | None = None,
    origin: list[int] | None = None,
    title: str | None = None,
    places: list[tuple[int, Place]] | None = None,
    revisions: list[Revision] | None = None,
) -> Document:
    """A Document a reader built (see checker/documents), its header read. Without `original`,
    the text is all there is to quote (.docx, .pdf): offsets are into the text itself, and
    `places` says where each part stands."""
    document = Document(
        text=text,
        original=text if original is None else original,
        origin=origin,
        kind=kind,
        path=path,
        places=places or [],
        revisions=revisions or [],
    )
    _read_header(document, title)
    return document


def read_document(path: Path) -> Document:
    """Read a UTF-8 article file; raises OSError or UnicodeDecodeError."""
    return document_from_text(path.read_bytes().decode("utf-8"), path)


_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")


# A header line is short: a date inside a paragraph of the story ("the fiscal year that closed
# on June 30, 2011") dates what the story tells, not the story itself.
_HEADER_LINE_WORDS = 16
# A headline is a line of a few words: a first line longer than this opens the story.
_TITLE_WORDS = 30
_TITLE_CHARACTERS = 200
# The words of bylines and date lines ("By Jane Roe", "Posted: May 6", "Updated 10:42"): the
# links compare a headline with the body without them (see `_header_form`)...
HEADER_WORDS = ("by", "date", "posted", "updated", "published")
_HEADER_WORD = re.compile(rf"\b(?:{'|'.join(HEADER_WORDS)})\b[:\s]*", re.IGNORECASE)
# ...and a title shown drops them only where they open the line or follow a separator: inside a
# headline "by" is a word of it ("Sales rise by 5%").
_BYLINE_WORD = re.compile(
    rf"(?:^|(?<=[|•·]))\s*(?:{'|'.join(HEADER_WORDS)})\b[:\s]*", re.IGNORECASE
)
# ...unless it opens the story as a dateline: "BEIJING, March 5, 2024 (Xinhua) -- ..."
_DATELINE = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-–—:|/])")


def _publication_date(lines: list[tuple[int, str]]) -> date | None:
    """The first full date written on a header line within the first 600 characters."""
    for start, line in lines:
        if start >= 600:
            break
        found = find_header_date(line[: 600 - start])
        if found is None:
            continue
        remainder = line[: found[1]] + " " + line[found[2] :]
        if (
            len(_WORDS.findall(remainder)) <= _HEADER_LINE_WORDS
            or _DATELINE.match(line[found[2] :])
            and len(_WORDS.findall(line[: found[1]])) <= 3
        ):
            return found[0]
    return None


def _header_form(line: str) -> str:
    """A header line's words as the links compare a headline with the body: dates, times,
    separators and the words of bylines and date lines ("by", "posted", ...) taken out."""
    return _header_cleaned(line, _HEADER_WORD)


def _shown_form(line: str) -> str:
    """A header line as a title or publisher is shown: dates, times and separators taken out,
    and the word opening a byline or a date line ("By Jane Roe", "Updated: ..."), but every
    word of a headline kept ("Sales rise by 5%")."""
    return _header_cleaned(line, _BYLINE_WORD)


def _header_cleaned(line: str, byline_words: re.Pattern[str]) -> str:
    cleaned = line
    for pattern, _ in _DATE_PATTERNS if _DIGIT.search(line) else ():
        cleaned = pattern.sub(" ", cleaned)
    return _tidy_header(byline_words.sub(" ", cleaned))


_CLOCK_OR_BAR = re.compile(r"\d{1,2}:\d{2}|[|•·]+")
_SPACES = re.compile(r"\s+")


def _tidy_header(cleaned: str) -> str:
    cleaned = _CLOCK_OR_BAR.sub(" ", cleaned)
    return _SPACES.sub(" ", cleaned).strip(" -–—,:|")


def _opens_story(line: str) -> bool:
    """Whether the first line of four words or more is the story's first paragraph rather than
    a headline: too long for one, or a full sentence with its stop (a headline ends with one
    only when short). Such a text keeps its file's name as its title."""
    words = len(_WORDS.findall(line))
    if words > _TITLE_WORDS or len(line) > _TITLE_CHARACTERS:
        return True
    # a sentence with its stop: of many words, or of many characters where words are not
    # spaced (a Chinese paragraph of 130 characters is a handful of "words")
    return line[-1:] in ".!?。！？" and (words > _HEADER_LINE_WORDS or len(line) > 60)


# An amount in a line (a currency's sign, per cent, a figure with a separator or decimals): a
# table's row or a figure of the story, never a publisher's name ("Channel 4 News" may be).
_AMOUNT_IN_LINE = re.compile(rf"{CURRENCY_SIGN}|%|\d[,.]\d")


def _read_header(document: Document, title: str | None) -> None:
    """Title, publisher and date from the first lines: the date is the first full date of the
    header; the title the first line of four words or more (once dates are removed); a short
    capitalised line before it is taken as the publisher."""
    text = document.text
    lines: list[tuple[int, str]] = []
    offset = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((offset, raw))
        offset += len(raw) + 1
        if len(lines) >= 6:
            break
    header_end = lines[-1][0] + len(lines[-1][1]) if lines else 0
    document.published = _publication_date(lines)
    publisher = None
    for start, line in lines:
        words = _WORDS.findall(_header_form(line))
        if not words:
            continue
        if title is None and len(words) >= 4:
            document.headline = _header_form(line)
            shown = _shown_form(line)
            if not _opens_story(shown):
                title = shown
            document.header_end = start + len(line)
            break
        if (
            publisher is None
            and len(words) <= 4
            and all(w[0].isupper() or not w[0].isalpha() for w in words)
            and not _AMOUNT_IN_LINE.search(line)
        ):
            publisher = _shown_form(line)
    document.title = title or (document.path.stem if document.path else "Untitled article")
    document.headline = document.headline or document.title
    document.publisher = publisher
    if not document.header_end:
        document.header_end = header_end
