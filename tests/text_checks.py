"""Checking an invented article from its text alone, as `checker check --text` does."""

from __future__ import annotations

from checker.extraction.textcheck import check_texts
from checker.findings import Finding


def text_errors(tmp_path, text: str) -> list[Finding]:
    """The errors `checker check --text` finds in `text`, written to a file under tmp_path."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [f for f in check_texts([path]).findings if f.severity == "error"]
