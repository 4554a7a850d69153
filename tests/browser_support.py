"""Debian's Chromium driven through Playwright, for every browser test (the HTML report, PDFs
printed from the project's own pages): one way to find it, launch it, and skip or fail without it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL = "install it with `apt-get install chromium` and `pip install playwright` (never `playwright install`)"


def unavailable(reason: str):
    message = f"{reason}: {INSTALL}"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so the browser tests must run; {message}", pytrace=False)
    pytest.skip(message)


def chromium_path() -> str | None:
    """Debian's chromium, or the one CHECKER_CHROMIUM names (then only that one)."""
    chosen = os.environ.get("CHECKER_CHROMIUM")
    for candidate in (chosen,) if chosen else ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def launched_chromium():
    """Chromium launched headless, closed when the caller is done (a fixture's body)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed")
    executable = chromium_path()
    if executable is None:
        unavailable("Chromium is not installed (looked for /usr/bin/chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
