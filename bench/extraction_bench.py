"""Our claim extraction against quantulum3, side by side in one run: mention and relation
scores on the labelled seed articles, and throughput on one core.

    python bench/extraction_bench.py [--megabytes 1.0] [--quantulum-kb 40]

Throughput is measured on a text of at least --megabytes MB built by repeating the seed
articles: ours runs the whole extraction (mentions, periods, entities, metrics, links, ids);
quantulum3 runs its parser (`parser.parse`) over the same text, timed on its first
--quantulum-kb kilobytes (it is far slower; MB/s is a rate, so a prefix measures it fairly).
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction_score as es  # noqa: E402

_QUANTULUM_UNITS = {
    "dimensionless": "",
    "percentage": "%",
    "percentage point": "pp",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "yuan": "CNY",
    "united states dollar": "USD",
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "japanese yen": "JPY",
    "square kilometre": "km**2",
    "square metre": "m**2",
    "square foot": "ft**2",
    "square mile": "mi**2",
    "year": "year",
    "day": "day",
    "kilometre": "km",
    "metre": "m",
    "tonne": "t",
    "kilogram": "kg",
}


def quantulum(text: str) -> tuple[list[es.Predicted], list[tuple]]:
    from quantulum3 import parser

    predicted = []
    for quantity in parser.parse(text):
        start, end = quantity.span
        unit = _QUANTULUM_UNITS.get(quantity.unit.name, quantity.unit.name)
        try:
            value = Fraction(str(quantity.value))
        except (ValueError, TypeError):
            continue
        predicted.append(es.Predicted(start, end, None, None, unit, value))
    return predicted, []


def megabytes_per_second(function, text: str) -> tuple[float, float]:
    started = time.process_time()
    function(text)
    seconds = time.process_time() - started
    return len(text.encode("utf-8")) / 1e6 / seconds, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--quantulum-kb", type=float, default=40.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    articles = es.load_articles()
    ours_mentions, ours_relations = es.evaluate(articles, es.ours)
    theirs_mentions, theirs_relations = es.evaluate(articles, quantulum, compare_scale=False)
    print("Scores on the labelled seed articles (tests/extraction_labels):")
    print("  " + es.report("ours      ", ours_mentions, ours_relations, args.verbose))
    print("  " + es.report("quantulum3", theirs_mentions, theirs_relations, args.verbose))

    seeds = "\n\n".join(a.text for a in articles)
    text = seeds
    while len(text.encode("utf-8")) < args.megabytes * 1e6:
        text += "\n\n" + seeds
    from checker.extraction import extract_text

    extract_text(seeds)  # warm caches (regular expressions, the unit registry)
    ours_rate, ours_seconds = megabytes_per_second(extract_text, text)
    prefix = text[: int(args.quantulum_kb * 1000)]
    quantulum(seeds[:2000])  # load its unit tables before timing
    theirs_rate, theirs_seconds = megabytes_per_second(lambda t: quantulum(t), prefix)
    size = len(text.encode("utf-8")) / 1e6
    print(f"Throughput on one core (process time), text of {size:.2f} MB built from the seeds:")
    print(f"  ours:       {ours_rate:8.2f} MB/s ({ours_seconds:.2f} s for {size:.2f} MB)")
    print(
        f"  quantulum3: {theirs_rate:8.4f} MB/s ({theirs_seconds:.2f} s for its first {len(prefix.encode('utf-8')) / 1e3:.0f} kB)"
    )
    print(f"  ratio:      {ours_rate / theirs_rate:8.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
