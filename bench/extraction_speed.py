"""Extraction speed on realistic text, on one core (process time): the issue's three targets.

    python bench/extraction_speed.py [--news-mb 50] [--numbers 100000] [--seeds-mb 1] [--scaling]

- news: --news-mb MB of news-like articles made from the seed articles (bench/newstext.py:
  paragraphs drawn at random, every figure's digits varied, so no two articles are alike and
  no cache sees the same text twice), each extracted as `checker check --text` extracts an
  article. Target: 50 MB in under a minute.
- numbers: one document of --numbers bare numbers, one a line. Target: 100,000 in under 10 s.
- seeds: the seed articles repeated to --seeds-mb MB as one document. Target: 1 MB/s or more.
- --scaling: one news document of 0.5, 1, 2 and 4 MB: the time per MB must stay flat (every
  pass linear); a pass that slows faster than its input shows here first.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from newstext import news_articles, seed_texts  # noqa: E402

from checker.extraction import extract_text  # noqa: E402


def _timed(function, *args) -> float:
    started = time.process_time()
    function(*args)
    return time.process_time() - started


def news(megabytes: float, seed: int = 7) -> str:
    total, seconds, count = 0, 0.0, 0
    for article in news_articles(megabytes, seed):
        seconds += _timed(extract_text, article)
        total += len(article.encode("utf-8"))
        count += 1
    size = total / 1e6
    verdict = "met" if seconds < 60 * megabytes / 50 else "NOT met"
    return (
        f"news:    {size:.1f} MB in {count} articles: {seconds:.1f} s, {size / seconds:.2f} MB/s "
        f"(target 50 MB < 60 s, i.e. >= 0.83 MB/s: {verdict})"
    )


def numbers_text(count: int, seed: int = 7) -> str:
    """One document of `count` bare numbers, one a line: whole numbers with thousands
    separators and decimals, at random."""
    generator = random.Random(seed)
    return "\n".join(
        f"{generator.randint(0, 10 ** generator.randint(1, 7)):,}"
        if generator.random() < 0.5
        else f"{generator.random() * 1000:.{generator.randint(0, 3)}f}"
        for _ in range(count)
    )


def numbers(count: int, seed: int = 7) -> str:
    text = numbers_text(count, seed)
    seconds = _timed(extract_text, text)
    verdict = "met" if seconds < 10 * count / 100_000 else "NOT met"
    return f"numbers: {count:,} bare numbers in one file: {seconds:.1f} s (target 100,000 < 10 s: {verdict})"


def seeds(megabytes: float) -> str:
    pieces = seed_texts()
    text = "\n\n".join(pieces)
    while len(text.encode("utf-8")) < megabytes * 1e6:
        text += "\n\n" + "\n\n".join(pieces)
    # warm the regular expressions, the unit registry and the number-word readers: every
    # seed once, so that no first use of a reader is timed as throughput
    extract_text("\n\n".join(pieces))
    size = len(text.encode("utf-8")) / 1e6
    seconds = _timed(extract_text, text)
    verdict = "met" if size / seconds >= 1 else "NOT met"
    return f"seeds:   {size:.2f} MB as one document: {seconds:.2f} s, {size / seconds:.2f} MB/s (target >= 1 MB/s: {verdict})"


def scaling(sizes: tuple[float, ...] = (0.5, 1, 2, 4)) -> list[str]:
    lines = []
    for megabytes in sizes:
        text = "\n\n".join(news_articles(megabytes, seed=11))
        size = len(text.encode("utf-8")) / 1e6
        seconds = _timed(extract_text, text)
        lines.append(
            f"scaling: one document of {size:.2f} MB: {seconds:.2f} s, {seconds / size:.2f} s per MB"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-mb", type=float, default=50.0)
    parser.add_argument("--numbers", type=int, default=100_000)
    parser.add_argument("--seeds-mb", type=float, default=1.0)
    parser.add_argument("--scaling", action="store_true")
    args = parser.parse_args(argv)
    print(seeds(args.seeds_mb), flush=True)
    print(numbers(args.numbers), flush=True)
    if args.scaling:
        for line in scaling():
            print(line, flush=True)
    if args.news_mb > 0:
        print(news(args.news_mb), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
