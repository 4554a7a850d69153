"""Every file the checker writes goes through `write_output`, so that nothing the user wrote is lost.

A command hands over its inputs (claim files, vocabularies, the article, the configuration, a
baseline it reads, rule files); writing onto one of them is refused, whatever the options.
An existing file is replaced only when the checker wrote it before (each output format is
recognized by what the checker always puts in it, see SIGNATURES) or with --force. A symlink is
written through (its target is replaced, the link kept); a device or a pipe (`-o /dev/stdout`)
is written to directly; a regular file is written whole or not at all (a temporary file in the
same directory, then a rename).
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import CheckerError

__all__ = [
    "IMPORT_SIGNATURE",
    "MARKDOWN_SIGNATURE",
    "OutputRefused",
    "check_output",
    "input_files",
    "write_output",
]

# Markdown reports end with this comment: invisible where Markdown is shown (a pull-request
# comment), and what lets a later run know the file is its own.
MARKDOWN_SIGNATURE = "<!-- report written by checker -->"
# The first line of a reference claim file `checker reference import` writes in YAML.
IMPORT_SIGNATURE = "# Reference claims imported by `checker reference import`"

_HEAD_BYTES = 4096
_TAIL_BYTES = 4096

# (what the file starts with, what it ends with): the marks of each format the checker writes.
SIGNATURES: dict[str, tuple[re.Pattern[bytes] | None, re.Pattern[bytes] | None]] = {
    "json report": (re.compile(rb'\A\{\s*"schema_version": "\d+",\s*"summary": \{'), None),
    "sarif": (
        re.compile(rb'\A\{\s*"\$schema": "[^"]*sarif[^"]*",[\s\S]*?"name": "checker"'),
        None,
    ),
    "baseline": (re.compile(rb'\A\{\s*"version": \d+,\s*"findings": \['), None),
    "gitlab": (re.compile(rb'\A\[\s*(\]\s*\Z|\{\s*"type": "issue",)'), None),
    "junit": (re.compile(rb'\A<\?xml[^>]*\?>\s*<testsuites name="checker"'), None),
    "github": (re.compile(rb"\A::(error|warning|notice) "), None),
    "text": (
        None,
        re.compile(rb"\d+ errors?, \d+ warnings?, \d+ notes?; [^\n]*input errors?[^\n]*\n*\Z"),
    ),
    "html": (re.compile(rb'<meta name="generator" content="checker[ "]'), None),
    "markdown": (None, re.compile(re.escape(MARKDOWN_SIGNATURE.encode()) + rb"\s*\Z")),
    "draft": (re.compile(rb"\A# Draft claims extracted by `checker extract`"), None),
    "reference import": (re.compile(rb"\A" + re.escape(IMPORT_SIGNATURE.encode())), None),
}


class OutputRefused(CheckerError):
    """An output the checker will not write; the message says why and what to do."""


def input_files(paths: Iterable[Path | str | None]) -> list[Path]:
    """The files among paths, with every claim file and vocabulary inside the directories."""
    from .loading import discover

    found: list[Path] = []
    for path in paths:
        if path is None:
            continue
        path = Path(path)
        found.append(path)
        if path.is_dir():
            found.extend(path.glob("*.y*ml"))  # a rules directory
        if path.exists():
            files, vocabularies, _ = discover([path])  # with the vocabulary beside a claim file
            found.extend(p for p, _ in files)
            found.extend(vocabularies)
    return found


def check_output(
    path: Path | str,
    inputs: Iterable[Path | str] = (),
    force: bool = False,
    what: str = "the report",
) -> None:
    """Raise OutputRefused when write_output would refuse path; commands ask before their work."""
    _examine(Path(path), inputs, force, what)


def write_output(
    path: Path | str,
    content: str | bytes,
    inputs: Iterable[Path | str] = (),
    force: bool = False,
    what: str = "the report",
) -> None:
    """Write content to path, or raise OutputRefused (nothing written) or OSError."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    target, status = _examine(path, inputs, force, what)
    if status is not None and not stat.S_ISREG(status.st_mode):
        with open(target, "wb") as stream:  # a device or a pipe: /dev/stdout, a FIFO
            stream.write(data)
        return
    _replace_atomically(target, data, status)


def _examine(
    path: Path, inputs: Iterable[Path | str], force: bool, what: str
) -> tuple[Path, os.stat_result | None]:
    """Where path really leads (a symlink is written through, even one that dangles) and what is
    there now; OutputRefused when writing there would lose something."""
    try:
        status: os.stat_result | None = os.stat(path)
    except OSError:  # nothing there yet (or unreachable: the write will say why)
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):
        _refuse_inputs(path, status, inputs, what)
        return path, status  # a device or a pipe, opened as named: /dev/stdout is /proc/self/fd/1
    target = Path(os.path.realpath(path))
    if status is None:
        return target, None
    _refuse_inputs(path, status, inputs, what)
    if stat.S_ISDIR(status.st_mode):
        raise OutputRefused(f"{path} is a directory; name a file to write {what} to")
    if stat.S_ISREG(status.st_mode) and not force and not _written_by_checker(target):
        raise OutputRefused(
            f"{path} exists and was not written by the checker; {what} would replace it. "
            "Choose another name, or add --force to replace it"
        )
    return target, status


def _refuse_inputs(
    path: Path, status: os.stat_result, inputs: Iterable[Path | str], what: str
) -> None:
    for given in inputs:
        try:
            other = os.stat(given)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (status.st_dev, status.st_ino):
            raise OutputRefused(
                f"{path} is one of this command's inputs ({given}); {what} would overwrite it. "
                "Choose another file to write to"
            )


def _written_by_checker(path: Path) -> bool:
    """Whether the file carries the marks of one of the formats the checker writes."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(_HEAD_BYTES)
            size = os.fstat(stream.fileno()).st_size
            if size > _HEAD_BYTES:
                stream.seek(max(_HEAD_BYTES, size - _TAIL_BYTES))
                tail = stream.read(_TAIL_BYTES)
            else:
                tail = head
    except OSError:
        return False
    for starts, ends in SIGNATURES.values():
        if starts is not None and not starts.search(head):
            continue
        if ends is not None and not ends.search(tail):
            continue
        return True
    return size == 0  # an empty file holds nothing to lose


def _replace_atomically(target: Path, data: bytes, status: os.stat_result | None) -> None:
    """A temporary file beside the target, renamed over it: a reader never sees half a file.
    A replaced file keeps its permissions; a new one gets those the umask gives."""
    directory = target.parent
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if status is not None:
            mode = stat.S_IMODE(status.st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
