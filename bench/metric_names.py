"""Metric names drafted from raw text that are noise, not the head noun of what a figure measures
(issue 14, class 2): counted over the realdev dev split, the seed articles and the news text of
bench/extraction_speed.py.

    python bench/metric_names.py [--news-mb 0.5] [--show]

A name is noise when one of its parts is a verb, a function word, a digit, a weekday or an
attribution ("according", 据, 经...), or when a Chinese name is a classifier or unit alone.
The test over every draft of the dev set and the seeds (tests/test_metric_names.py) uses the
same judge, context.name_noise.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from newstext import news_articles, seed_texts  # noqa: E402

from checker.extraction import context as cx  # noqa: E402
from checker.extraction import extract_text  # noqa: E402

REALDEV = ROOT.parent / "shared" / "realdev"
SPLIT_FILE = ROOT / "bench" / "realdev_split.txt"


def dev_texts() -> list[tuple[str, str]]:
    frozen = {
        line.strip()
        for line in SPLIT_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return [
        (case.name, (case / "passage.txt").read_text(encoding="utf-8"))
        for case in sorted(REALDEV.iterdir())
        if (case / "passage.txt").is_file() and case.name not in frozen
    ]


def drafted_names(text: str) -> list[tuple[str, str]]:
    """(metric name, the quote it was drafted from) for every claim of the text's draft."""
    extraction = extract_text(text)
    return [
        (claim.metric, extraction.document.text[claim.quote[0] : claim.quote[1]])
        for claim in extraction.claims
        if claim.metric
    ]


def count(texts: list[tuple[str, str]], show: bool) -> tuple[int, Counter[str]]:
    total, kinds = 0, Counter[str]()
    for label, text in texts:
        for name, quote in drafted_names(text):
            total += 1
            kind = cx.name_noise(name)
            if kind:
                kinds[kind] += 1
                if show:
                    said = re.sub(r"\s+", " ", quote)[:90]
                    print(f"  {label[:28]:28} {kind:11} {name:40} | {said}")
    return total, kinds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--news-mb", type=float, default=0.5)
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    sets = {
        "dev": dev_texts(),
        "seeds": [(f"seed{i}", t) for i, t in enumerate(seed_texts())],
        "news": [(f"news{i}", t) for i, t in enumerate(news_articles(options.news_mb))],
    }
    for label, texts in sets.items():
        total, kinds = count(texts, options.show)
        noisy = sum(kinds.values())
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        print(f"{label}: {noisy} of {total} names are noise ({detail or 'none'})")


if __name__ == "__main__":
    main()
