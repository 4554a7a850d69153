"""The readers, and which one reads a file: by its content first (a PDF starts with %PDF-, a
Word document is a zip archive holding word/document.xml), then by its name."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import CheckerError
from ..extraction.document import Document, document_from_text

__all__ = ["READERS", "Reader", "UnreadableFile", "read_article"]

INSTALL = "pip install 'checker[documents]'"


class UnreadableFile(CheckerError):
    """A file no reader can take, with the reason written for the person who gave it."""


@dataclass(frozen=True)
class Reader:
    kind: str
    description: str  # "a PDF", as a message names the kind
    suffixes: tuple[str, ...]
    holds: Callable[[bytes], bool]  # whether content of this kind starts so
    read: Callable[[Path, bytes], Document]
    library: str | None = None  # the module it needs, when that is an optional dependency


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def _zip_names(data: bytes) -> list[str]:
    if not data.startswith(b"PK\x03\x04"):
        return []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return ["(broken)"]


def _is_docx(data: bytes) -> bool:
    return "word/document.xml" in _zip_names(data)


def _is_html(data: bytes) -> bool:
    head = data[:2000].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or ("<p>" in head and "</p>" in head)


def _read_pdf(path: Path, data: bytes) -> Document:
    from .pdf import read_pdf

    return read_pdf(path, data)


def _read_docx(path: Path, data: bytes) -> Document:
    from .word import read_docx

    return read_docx(path, data)


def _read_html(path: Path, data: bytes) -> Document:
    from .webpage import read_html

    return read_html(path, data.decode("utf-8"))


def _read_text(kind: str) -> Callable[[Path, bytes], Document]:
    def read(path: Path, data: bytes) -> Document:
        return document_from_text(data.decode("utf-8"), path, kind)

    return read


READERS: tuple[Reader, ...] = (
    Reader("pdf", "a PDF", (".pdf",), _is_pdf, _read_pdf, "pdfplumber"),
    Reader("docx", "a Word document (.docx)", (".docx",), _is_docx, _read_docx, "docx"),
    Reader("html", "a web page (HTML)", (".html", ".htm", ".xhtml"), _is_html, _read_html),
    Reader("markdown", "Markdown", (".md", ".markdown"), lambda _: False, _read_text("markdown")),
    Reader("text", "plain text", (".txt", ".text"), lambda _: False, _read_text("text")),
)

# Files no reader takes, told apart by their first bytes, with what to do about them.
_REFUSED = (
    (
        lambda data: data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
        "an encrypted Word document or an old-style .doc file, which cannot be read: "
        "remove the password, or save it as .docx, and check that copy",
    ),
    (
        lambda data: bool(_zip_names(data)) and "(broken)" not in _zip_names(data),
        "a zip archive but not a Word document (it holds no word/document.xml): "
        "save the article as .docx, PDF, HTML or plain text",
    ),
    (
        lambda data: data.startswith(b"PK\x03\x04"),
        "a damaged zip archive (a Word document cut short?): save it again and check the new copy",
    ),
    (
        lambda data: data.lstrip().startswith(b"{\\rtf"),
        "a Rich Text (.rtf) file, which cannot be read: save it as .docx or plain text",
    ),
)


def _by_content(data: bytes) -> Reader | None:
    for reader in READERS:
        if reader.holds(data):
            return reader
    for holds, reason in _REFUSED:
        if holds(data):
            raise UnreadableFile(f"this file is {reason}")
    return None


def _by_name(path: Path) -> Reader | None:
    suffix = path.suffix.lower()
    return next((r for r in READERS if suffix in r.suffixes), None)


def choose_reader(path: Path, data: bytes) -> Reader:
    """The reader for this file; UnreadableFile when its name and content disagree."""
    named = _by_name(path)
    held = _by_content(data)
    binary = ("pdf", "docx")
    if named is not None and named.kind in binary and (held is None or held is not named):
        if not data:
            what = "empty"
        elif held is not None:
            what = held.description
        else:
            what = f"not {named.description} ({_first_words(data)})"
        raise UnreadableFile(
            f"this file is named {path.suffix} but it is {what}: "
            "rename it after what it holds, or export the article again"
        )
    if held is not None and (held.kind in binary or named is None or named.kind == "text"):
        return held
    return named or READERS[-1]


def _first_words(data: bytes) -> str:
    head = data[:40].decode("utf-8", errors="replace").split("\n")[0].strip()
    return f"it starts with {head!r}" if head else "it holds no text"


def read_article(path: Path) -> Document:
    """The article in `path` as a Document. Raises OSError when the file cannot be opened,
    UnicodeDecodeError for a text file that is not UTF-8, and UnreadableFile (with the reason)
    for a file no reader takes: damaged, encrypted, mislabelled, or of an unknown kind."""
    data = path.read_bytes()
    reader = choose_reader(path, data)
    if reader.library is not None:
        try:
            __import__(reader.library)
        except ImportError:
            raise UnreadableFile(
                f"reading {reader.description} needs an optional part of checker: {INSTALL}"
            ) from None
    return reader.read(path, data)
