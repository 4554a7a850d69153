"""Everything extraction drafts, written down so that a change meant to make extraction faster can
be shown to change nothing: run it before and after, then compare the two files.

    python bench/extraction_fingerprint.py write before.jsonl [--news-mb 3] [--numbers 20000]
    python bench/extraction_fingerprint.py compare before.jsonl after.jsonl

One line per text: the seed articles, every realdev passage, --news-mb MB of the speed
benchmark's news articles (bench/newstext.py, same seed) and one document of --numbers bare
numbers. Each line holds the mentions, claims, relations, metrics and what was left out, the
claim file and metrics vocabulary as written, and, for the seeds and the realdev passages, the
exit status and report of `checker check --text` (so findings are compared too).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extraction_speed import numbers_text  # noqa: E402
from newstext import news_articles, seed_texts  # noqa: E402
from realdev_score import REALDEV, run_check  # noqa: E402

from checker.extraction import claim_file_text, extract_text, metrics_text  # noqa: E402


def _record(text: str) -> dict:
    extraction = extract_text(text)
    return {
        "mentions": [dataclasses.asdict(m) for m in extraction.mentions],
        "claims": [dataclasses.asdict(c) for c in extraction.claims],
        "relations": [dataclasses.asdict(r) for r in extraction.relations],
        "metrics": {k: dataclasses.asdict(m) for k, m in extraction.metrics.items()},
        "entity": extraction.entity,
        "left_out": extraction.left_out,
        "claim_file": claim_file_text(extraction, "article"),
        "metrics_file": metrics_text(extraction.metrics),
    }


def _checked(text: str, scratch: Path) -> dict:
    passage = scratch / "passage.txt"
    passage.write_text(text, encoding="utf-8")
    here = Path.cwd()
    os.chdir(scratch)  # the report names the passage by a relative path, the same every run
    try:
        status, report = run_check(Path("passage.txt"))
    finally:
        os.chdir(here)
    return {"status": status, "report": report}


def _texts(news_mb: float, count: int) -> Iterator[tuple[str, str, bool]]:
    """(name, text, whether to run the check too)."""
    for number, text in enumerate(seed_texts()):
        yield f"seed-{number}", text, True
    for passage in sorted(REALDEV.glob("*/passage.txt")):
        yield f"realdev-{passage.parent.name}", passage.read_text(encoding="utf-8"), True
    for number, article in enumerate(news_articles(news_mb, seed=7)):
        yield f"news-{number}", article, False
    yield "numbers", numbers_text(count), False


def write(path: Path, news_mb: float, count: int) -> None:
    with (
        tempfile.TemporaryDirectory() as directory,
        path.open("w", encoding="utf-8") as stream,
    ):
        for name, text, check in _texts(news_mb, count):
            record = {"name": name, "draft": _record(text)}
            if check:
                record["check"] = _checked(text, Path(directory))
            stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def compare(before: Path, after: Path) -> int:
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    differing = [json.loads(a)["name"] for a, b in zip(old, new, strict=False) if a != b]
    if len(old) != len(new):
        print(f"{len(old)} texts before, {len(new)} after")
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(old)} texts compared, {len(differing)} differ")
    return 1 if differing or len(old) != len(new) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write")
    writing.add_argument("output", type=Path)
    writing.add_argument("--news-mb", type=float, default=3.0)
    writing.add_argument("--numbers", type=int, default=20_000)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.output, args.news_mb, args.numbers)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
