"""Score numeric-mention extraction against the hand-labelled seed articles.

    python bench/extraction_score.py [--labels tests/extraction_labels] [--seeds ../shared/seeds] [-v]

A predicted mention matches a labelled one when their number spans overlap; it counts as right
only when its value, scale and unit are all right (for extractors that do not keep the scale
word, such as quantulum3, the value times the scale must be right). Precision is right
predictions over all predictions, recall right predictions over all labels. Linked relations
(from_to, change, cagr, yoy, share, converts, part_of) are scored the same way, by the labelled
mentions they join.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ROOT / "tests" / "extraction_labels"
SEEDS_CANDIDATES = [ROOT.parent / "shared" / "seeds", ROOT / "shared" / "seeds"]
SCALES = {
    None: 1,
    "": 1,
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "万": 10**4,
    "亿": 10**8,
}


@dataclass
class Predicted:
    start: int
    end: int
    number: str | None  # as written ("1,406"), None when only the scaled value is known
    scale: str | None
    unit: str
    value: Fraction  # number x scale
    qualifier: str | None = None


@dataclass
class Gold:
    id: str
    start: int
    end: int
    number: str
    scale: str | None
    unit: str
    qualifier: str | None

    @property
    def value(self) -> Fraction:
        return _fraction(self.number) * SCALES[self.scale]


@dataclass
class Article:
    name: str
    text: str
    mentions: list[Gold]
    relations: list[dict]


@dataclass
class Score:
    """Precision is `right` predictions over all `predicted`; recall is labels `found` over all
    `gold`. Where a prediction matches one label (mentions here), found equals right; where one
    labelled relation may need several predicted links (bench/realdev_score.py), they differ."""

    right: int = 0
    predicted: int = 0
    gold: int = 0
    found: int = 0
    qualifier_right: int = 0
    unscored: int = 0  # predictions the labels cannot judge, left out of `predicted`
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.gold += other.gold
        self.found += other.found
        self.qualifier_right += other.qualifier_right
        self.unscored += other.unscored
        self.misses += other.misses
        self.wrong += other.wrong


def _fraction(number: str) -> Fraction:
    number = number.replace(",", "")
    if "/" in number:
        top, bottom = number.split("/")
        return Fraction(int(top), int(bottom))
    return Fraction(number)


def seeds_directory() -> Path:
    for candidate in SEEDS_CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise SystemExit("cannot find the seed articles (shared/seeds beside the repository)")


def load_articles(labels: Path = LABELS, seeds: Path | None = None) -> list[Article]:
    seeds = seeds or seeds_directory()
    articles = []
    for path in sorted(labels.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (seeds / data["article"]).read_text(encoding="utf-8")
        mentions = []
        for entry in data["mentions"]:
            context = entry["context"]
            at = text.find(context)
            if at < 0 or text.find(context, at + 1) >= 0:
                raise SystemExit(f"{path.name}: context {context!r} is not unique in the article")
            inner = context.find(entry["text"])
            if inner < 0:
                raise SystemExit(
                    f"{path.name}: {entry['text']!r} is not in its context {context!r}"
                )
            start = at + inner
            mentions.append(
                Gold(
                    entry["id"],
                    start,
                    start + len(entry["text"]),
                    str(entry["number"]),
                    entry.get("scale"),
                    entry.get("unit") or "",
                    entry.get("qualifier"),
                )
            )
        articles.append(Article(data["article"], text, mentions, data.get("relations") or []))
    return articles


def score_mentions(
    article: Article, predicted: list[Predicted], compare_scale: bool = True
) -> tuple[Score, dict[int, str]]:
    """The mention score of one article, and which labelled mention each prediction matched."""
    score = Score(predicted=len(predicted), gold=len(article.mentions))
    matched: dict[int, str] = {}
    taken: set[str] = set()
    for index, guess in enumerate(predicted):
        gold = next(
            (
                g
                for g in article.mentions
                if g.id not in taken and guess.start < g.end and g.start < guess.end
            ),
            None,
        )
        if gold is None:
            score.wrong.append(
                f"{article.name}: extra {article.text[guess.start : guess.end]!r} ({guess.value} {guess.unit!r})"
            )
            continue
        taken.add(gold.id)
        matched[index] = gold.id
        value_right = guess.value == gold.value
        scale_right = not compare_scale or (guess.scale or None) == (gold.scale or None)
        number_right = guess.number is None or _fraction(guess.number) == _fraction(gold.number)
        if value_right and scale_right and number_right and guess.unit == gold.unit:
            score.right += 1
            if (guess.qualifier or None) == (gold.qualifier or None):
                score.qualifier_right += 1
        else:
            score.wrong.append(
                f"{article.name}: {gold.id} read as {guess.number} {guess.scale} {guess.unit!r} "
                f"(value {guess.value}), labelled {gold.number} {gold.scale} {gold.unit!r}"
            )
    score.found = score.right
    for gold in article.mentions:
        if gold.id not in taken:
            score.misses.append(
                f"{article.name}: missed {gold.id} {article.text[gold.start : gold.end]!r}"
            )
    return score, matched


def _gold_relations(article: Article) -> set[tuple]:
    out = set()
    for relation in article.relations:
        kind = relation["type"]
        if kind == "from_to":
            out.add((kind, relation["from"], relation["to"]))
        elif kind in ("change", "cagr"):
            out.add((kind, relation["value"], relation["from"], relation["to"]))
        elif kind == "yoy":
            out.add((kind, relation["value"], relation["level"]))
        elif kind == "share":
            out.add((kind, relation["value"], relation.get("level"), relation.get("of")))
        elif kind == "converts":
            out.add((kind, relation["value"], relation["of"]))
        elif kind == "part_of":
            out.add((kind, relation["part"], relation["whole"]))
    return out


def score_relations(article: Article, predicted: list[tuple], labelled_of: dict[int, str]) -> Score:
    """`predicted`: (type, mention indices...) plus, for shares, the `of` metric; indices are
    those of the predictions scored by score_mentions."""
    gold = _gold_relations(article)
    wanted_of = {(g[1], g[2]): g[3] for g in gold if g[0] == "share"}
    guesses = set()
    for relation in predicted:
        kind, members = relation[0], relation[1]
        names = tuple(labelled_of.get(i, "?") if i is not None else None for i in members)
        if kind == "share":
            of = relation[2] if len(relation) > 2 else None
            expected = wanted_of.get(names[:2], None)
            guesses.add((kind, *names[:2], expected if expected is None or expected == of else of))
        else:
            guesses.add((kind, *names))
    right = len(gold & guesses)
    score = Score(right=right, predicted=len(guesses), gold=len(gold), found=right)
    score.misses += [
        f"{article.name}: missed relation {g}" for g in sorted(gold - guesses, key=str)
    ]
    score.wrong += [f"{article.name}: extra relation {g}" for g in sorted(guesses - gold, key=str)]
    return score


def ours(text: str) -> tuple[list[Predicted], list[tuple]]:
    """Our extractor: mentions and relations."""
    from checker.extraction import extract_text

    extraction = extract_text(text)
    predicted = [
        Predicted(
            m.num_start,
            m.num_end,
            m.number.split("..")[0],
            m.scale,
            m.unit,
            _fraction(m.number.split("..")[0]) * SCALES.get(m.scale, 1),
            m.qualifier,
        )
        for m in extraction.mentions
    ]
    relations = [
        (r.type, r.mentions, r.of) if r.type == "share" else (r.type, r.mentions)
        for r in extraction.relations
    ]
    return predicted, relations


def evaluate(articles: list[Article], extractor, compare_scale: bool = True) -> tuple[Score, Score]:
    mentions, relations = Score(), Score()
    for article in articles:
        predicted, linked = extractor(article.text)
        score, labelled_of = score_mentions(article, predicted, compare_scale)
        mentions.add(score)
        relations.add(score_relations(article, linked, labelled_of))
    return mentions, relations


def report(name: str, mentions: Score, relations: Score, verbose: bool = False) -> str:
    lines = [
        f"{name}: mentions precision {mentions.precision:.3f} recall {mentions.recall:.3f} "
        f"({mentions.right} right of {mentions.predicted} predicted, {mentions.gold} labelled; qualifiers right {mentions.qualifier_right}); "
        f"relations precision {relations.precision:.3f} recall {relations.recall:.3f} "
        f"({relations.right} right of {relations.predicted} predicted, {relations.gold} labelled)"
    ]
    if verbose:
        lines += [
            "    " + line
            for line in mentions.misses + mentions.wrong + relations.misses + relations.wrong
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--seeds", type=Path, default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    articles = load_articles(args.labels, args.seeds)
    mentions, relations = evaluate(articles, ours)
    print(report("checker.extraction", mentions, relations, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
