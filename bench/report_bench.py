"""The report benchmark: how big the audit report of a large corpus is, and how long it takes a real
browser to load it. Measured, not asserted.

Generates (once, deterministically) a corpus of 10,000 claims with bench/generate.py, times the
check and the writing of the HTML report, then opens the report from a file:// URL in Debian's
headless Chromium through Playwright (never `playwright install`) and prints the time to load it
(navigation start to the load event, and the wall time of `goto`, best and median of --runs), and
its size. Usage: python bench/report_bench.py [--claims 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

sys.path.insert(0, str(HERE.parent / "tests"))

# the browser tests' one way to find and launch Debian's Chromium
from browser_support import CHROMIUM_ARGS, chromium_path  # noqa: E402


def corpus(claims: int) -> Path:
    """The generated corpus of about `claims` claims, made once."""
    from generate import generate

    out = OUT / f"report-{claims}"
    manifest = out / "manifest.json"
    if not manifest.is_file() or not (out / "yaml").is_dir():
        generate(claims, out, formats=("yaml",))
    return out / "yaml"


def write_report(paths: Path, output: Path) -> dict:
    from checker.report import html
    from checker.runner import run

    started = time.perf_counter()
    result = run([paths])
    checked = time.perf_counter()
    page = html.render(result, title=f"Audit of {paths.name}")
    rendered = time.perf_counter()
    output.write_text(page, encoding="utf-8")
    return {
        "claims": len(result.corpus.claims),
        "sources": len(result.corpus.sources),
        "findings": len(result.findings),
        "check_s": checked - started,
        "render_s": rendered - checked,
        "bytes": output.stat().st_size,
    }


def load_times(report: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    navigation, wall, requests = [], [], []
    with sync_playwright() as playwright:
        chromium = chromium_path()
        if chromium is None:
            raise SystemExit("no Chromium: apt-get install chromium (or set CHECKER_CHROMIUM)")
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            started = time.perf_counter()
            page.goto(report.as_uri(), wait_until="load")
            wall.append(time.perf_counter() - started)
            timing = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
            entry = json.loads(timing)
            navigation.append(entry["loadEventEnd"] / 1000)
            findings = page.locator("article.finding").count()
            context.close()
        browser.close()
    outside = sorted({u for u in requests if not u.startswith(("file:", "data:", "about:"))})
    return {
        "load_event_s": navigation,
        "goto_s": wall,
        "findings_on_page": findings,
        "outside_requests": outside,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paths = corpus(args.claims)
    report = OUT / f"report-{args.claims}.html"
    made = write_report(paths, report)
    loaded = load_times(report, args.runs)
    rows = [
        ("claims", f"{made['claims']:,} in {made['sources']:,} sources"),
        ("findings", f"{made['findings']:,} ({loaded['findings_on_page']:,} on the page)"),
        ("check (load + rules)", f"{made['check_s']:.2f} s"),
        ("render HTML", f"{made['render_s']:.3f} s"),
        ("report size", f"{made['bytes'] / 1024:,.1f} KiB ({made['bytes']:,} bytes)"),
        (
            "load in Chromium (load event)",
            f"best {min(loaded['load_event_s']) * 1000:.0f} ms, "
            f"median {statistics.median(loaded['load_event_s']) * 1000:.0f} ms",
        ),
        (
            "load in Chromium (goto wall)",
            f"best {min(loaded['goto_s']) * 1000:.0f} ms, "
            f"median {statistics.median(loaded['goto_s']) * 1000:.0f} ms",
        ),
        (
            "network requests",
            "none" if not loaded["outside_requests"] else ", ".join(loaded["outside_requests"]),
        ),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"report benchmark: {report}")
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
