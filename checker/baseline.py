"""Baselines: today's findings recorded by fingerprint, so that later runs report only new ones.

Fingerprints hash the rule, the message template and the claims' keys, not their lines: moving
a claim within its file keeps its finding in the baseline.

The file is JSON: `{"version": 1, "findings": [{"fingerprint", "rule", "severity", "file",
"message"}, ...]}`. Only the fingerprints count; the other fields are for people reading it.
Entries are sorted by file, rule and fingerprint, so that a claim moving does not reorder them.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import CheckerError
from .findings import Finding
from .outputs import write_output

VERSION = 1


class BaselineError(CheckerError, ValueError):
    """A baseline file that cannot be read."""


def text(findings: list[Finding]) -> str:
    """The baseline file recording the findings (written by the command through outputs)."""
    unique = {f.fingerprint: f for f in findings}
    entries = [
        {
            "fingerprint": f.fingerprint,
            "rule": f.rule,
            "severity": f.severity,
            "file": f.file,
            "message": f.message,
        }
        for f in sorted(unique.values(), key=lambda f: (f.file, f.rule, f.fingerprint))
    ]
    return (
        json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    )


def write(path: Path, findings: list[Finding], force: bool = False) -> None:
    """Record the findings (atomically; never onto a file the checker did not write, unless forced)."""
    write_output(path, text(findings), force=force, what="the baseline")


def read(path: Path) -> set[str]:
    """The fingerprints a baseline file lists."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(
            f"{path}: cannot read the baseline: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"{path}: this is not a baseline written by --write-baseline (not JSON: {exc.msg})"
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("findings"), list):
        raise BaselineError(
            f"{path}: this is not a baseline written by --write-baseline (no 'findings' list)"
        )
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise BaselineError(
            f"{path}: baseline version {version!r} is not one this checker reads (it reads {VERSION})"
        )
    fingerprints = set()
    for number, entry in enumerate(document["findings"], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(
                f"{path}: this is not a baseline written by --write-baseline "
                f"(entry {number} has no 'fingerprint')"
            )
        fingerprints.add(entry["fingerprint"])
    return fingerprints


def apply(findings: list[Finding], known: set[str]) -> tuple[list[Finding], int]:
    """The findings not in the baseline, and how many were left out."""
    kept = [f for f in findings if f.fingerprint not in known]
    return kept, len(findings) - len(kept)
