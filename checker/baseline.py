"""Baselines: today's findings recorded by fingerprint, so that later runs report only new ones.

Fingerprints hash the rule, the message template and the claims' keys, not their lines: moving
a claim within its file keeps its finding in the baseline.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .findings import Finding

VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be read."""


def write(path: Path, findings: list[Finding]) -> None:
    """Record the findings (atomically: a reader never sees half a file)."""
    entries = [{"fingerprint": f.fingerprint, "rule": f.rule, "file": f.file, "message": f.message} for f in findings]
    text = json.dumps({"version": VERSION, "findings": entries}, indent=2) + "\n"
    write_atomically(path, text)


def read(path: Path) -> set[str]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return {entry["fingerprint"] for entry in document["findings"]}
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: this is not a baseline written by --write-baseline ({exc})") from None


def apply(findings: list[Finding], known: set[str]) -> tuple[list[Finding], int]:
    """The findings not in the baseline, and how many were left out."""
    kept = [f for f in findings if f.fingerprint not in known]
    return kept, len(findings) - len(kept)


def write_atomically(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
