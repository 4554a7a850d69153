"""News-like text for the speed benchmarks, made from the seed articles (../shared/seeds).

Each article is a headline and six to twenty paragraphs drawn at random from all the seeds'
paragraphs, with every digit of every figure varied at random (the shape kept: "1,406.5" stays
a number of that form, a year stays four digits). The text reads like the seeds, in English and
Chinese, but no two articles are alike, so caches keyed on text see realistic reuse only.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_CANDIDATES = [ROOT.parent / "shared" / "seeds", ROOT / "shared" / "seeds"]
_DIGIT_RUN = re.compile(r"\d+")


def seed_texts() -> list[str]:
    for candidate in SEEDS_CANDIDATES:
        if candidate.is_dir():
            return [p.read_text(encoding="utf-8") for p in sorted(candidate.glob("*.txt"))]
    raise SystemExit("cannot find the seed articles (shared/seeds beside the repository)")


def _paragraphs(texts: list[str]) -> list[str]:
    return [p.strip() for text in texts for p in re.split(r"\n\s*\n", text) if p.strip()]


def _vary(paragraph: str, generator: random.Random) -> str:
    def digits(match: re.Match[str]) -> str:
        run = match.group(0)
        if len(run) == 4 and run[:2] in ("19", "20"):
            return run[:2] + f"{generator.randint(0, 29):02d}"  # a year stays a year
        first = str(generator.randint(1, 9)) if run[0] != "0" else "0"
        return first + "".join(str(generator.randint(0, 9)) for _ in run[1:])

    return _DIGIT_RUN.sub(digits, paragraph)


def news_articles(megabytes: float, seed: int = 7) -> Iterator[str]:
    """Articles of news-like text until their total reaches `megabytes` MB (UTF-8)."""
    generator = random.Random(seed)
    paragraphs = _paragraphs(seed_texts())
    total = 0
    while total < megabytes * 1e6:
        body = [
            _vary(generator.choice(paragraphs), generator) for _ in range(generator.randint(6, 20))
        ]
        headline = body[0].split(". ")[0][:90]
        article = headline + "\n\n" + "\n\n".join(body) + "\n"
        total += len(article.encode("utf-8"))
        yield article
