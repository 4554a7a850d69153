"""Why the labelled relations of ../shared/realdev are missed, in general classes.

    python bench/realdev_misses.py [--realdev ../shared/realdev] [--only dev|test] [-v]

Every labelled relation bench/realdev_score.py counts as missed is given the first reason that
applies, in this order (a relation's figures are its mention texts; outside restatements, a
figure the labels restate in another form may stand for it, as the scorer allows):

(a) unread: one of its figures is read as no mention at all (no predicted mention overlaps it);
(b) misread: every figure is read, but one only wrongly (its value, scale, unit, form or
    qualifier is not the label's; a link may still join it, the rules would misjudge it);
(c) apart: its figures stand in different sentences (the extractor's own sentence split),
    described by facets: adjacent or farther, one paragraph or several, how the latest
    sentence opens (on a connector the extractor reads, on a word pointing back, on neither),
    how the figures fall into the sentences, a figure in the headline or alone on its line;
(d) unlinked: one sentence, every figure read right, but the predicted links join none of
    them, only some of them, or them together with figures outside the relation;
(e) other kind: a predicted link joins its figures, but of a kind the scorer does not accept
    for the label's kind (both kinds named).

Counts are printed per split (the frozen test split of bench/realdev_split.txt apart from the
rest), per language, per class and per labelled kind; -v lists the misses themselves (case,
kind, mention texts, detail). `--markdown` prints the counts (no passage text) as the table of
bench/realdev_misses.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realdev_score as rs  # noqa: E402

from checker.extraction import Extraction, extract_text  # noqa: E402
from checker.extraction import context as cx  # noqa: E402
from checker.extraction import lexicon as lx  # noqa: E402
from checker.extraction import links as ln  # noqa: E402

# The classes, in the order they are tried: the first that applies is the reason.
CLASSES = {
    "unread": "(a) a figure is not read as a mention",
    "misread": "(b) a figure is read wrongly (value, scale, unit, form or qualifier)",
    "apart": "(c) its figures stand in different sentences",
    "unlinked": "(d) one sentence, all read right, no link joins them",
    "other kind": "(e) a link joins them, of a kind not accepted for the label",
}
FACETS = "; "  # what joins the facets of a miss's detail (each counted on its own)
UNREAD, MISREAD, RIGHT = 0, 1, 2  # how a labelled mention is read, worst first
# What a mention's reading holds (realdev_score._reading), named for the misread detail.
READING_PARTS = ("value", "scale", "unit", "form", "qualifier")


@dataclass(frozen=True)
class Miss:
    case: str
    language: str
    split: str
    kind: str  # the label's kind
    texts: tuple[str, ...]
    reason: str  # a key of CLASSES
    detail: str  # the sub-class, in general words


# ---------------------------------------------------------------- how each figure is read


@dataclass
class Readings:
    """How each labelled mention of a case is read, and where each stands."""

    case: rs.Case
    extraction: Extraction
    matched: dict[int, int]  # predicted mention -> labelled mention
    status: list[int]  # per labelled mention: UNREAD, MISREAD or RIGHT
    misread_as: dict[int, str]  # labelled mention -> what its reading got wrong
    segments: cx.Segments  # the extractor's sentences and paragraphs
    sentence: list[int]  # per labelled mention: the index of its sentence


def read_case(case: rs.Case, extraction: Extraction, matched: dict[int, int]) -> Readings:
    """Each labelled mention's reading (by the predicted mention the scorer matched to it) and
    its sentence, split as the extractor splits the text."""
    status = [UNREAD] * len(case.mentions)
    misread_as: dict[int, str] = {}
    for predicted, labelled in matched.items():
        mention = extraction.mentions[predicted]
        gold = case.mentions[labelled]
        written = case.text[mention.start : mention.end]
        if rs.reads_right(written, mention, gold):
            status[labelled] = RIGHT
        else:
            status[labelled] = MISREAD
            misread_as[labelled] = _what_is_misread(rs.guess_reading(mention), gold.reading)
    text = extraction.document.text
    segments = cx.separate_headline(cx.segment(text), text)
    sentence = [segments.sentence(gold.start) for gold in case.mentions]
    return Readings(case, extraction, matched, status, misread_as, segments, sentence)


def _what_is_misread(guess: tuple | None, gold: tuple | None) -> str:
    if gold is None:
        return "label unreadable by the parser"
    if guess is None:
        return "reading unreadable by the parser"
    wrong = [name for name, a, b in zip(READING_PARTS, guess, gold, strict=True) if a != b]
    return "+".join(wrong)


def _writing(text: str) -> str:
    """How a figure the extractor does not read is written, in general words."""
    if any(char.isdigit() for char in text):
        return "digits"
    if any("\u3400" <= char <= "\u9fff" for char in text):
        return "Chinese numerals"
    return "number words"


# ---------------------------------------------------------------- one labelled relation


@dataclass
class Figures:
    """A labelled relation's figures: each a set of labelled mentions that may stand for it
    (its text's occurrences, and outside restatements the texts restating its quantity)."""

    relation: rs.GoldRelation
    candidates: list[list[int]]
    unit_of: Callable[[str], str]  # a mention text -> the figure it stands for


def figures_of(case: rs.Case, relation: rs.GoldRelation, quantity: Callable[[str], str]) -> Figures:
    def unit_of(text: str) -> str:
        return text if relation.restates else quantity(text)

    units = sorted({unit_of(t) for t in relation.texts})
    candidates = [
        [i for i, gold in enumerate(case.mentions) if unit_of(gold.text) == unit] for unit in units
    ]
    return Figures(relation, candidates, unit_of)


def classify(readings: Readings, figures: Figures, quantity: Callable[[str], str]) -> tuple:
    """The first reason (CLASSES) a labelled relation is missed, and its detail."""
    case = readings.case
    best = [max(readings.status[i] for i in options) for options in figures.candidates]
    unread = [options for options, b in zip(figures.candidates, best, strict=True) if b == UNREAD]
    if unread:
        return "unread", _writing(case.mentions[unread[0][0]].text)
    misread = [options for options, b in zip(figures.candidates, best, strict=True) if b == MISREAD]
    if misread:
        return "misread", readings.misread_as[misread[0][0]]
    right = [[i for i in options if readings.status[i] == RIGHT] for options in figures.candidates]
    first, last = _nearest_window([{readings.sentence[i] for i in o} for o in right])
    if first != last:
        return "apart", _apart_detail(readings, right, first, last)
    return _link_reason(readings, figures, quantity)


def _nearest_window(sentences: list[set[int]]) -> tuple[int, int]:
    """The narrowest run of sentences holding one place of every figure."""
    best = (0, 1 << 30)
    for first in sorted(set().union(*sentences)):
        later = [min((s for s in places if s >= first), default=None) for places in sentences]
        if None not in later:
            last = max(s for s in later if s is not None)
            if last - first < best[1] - best[0]:
                best = (first, last)
    return best


def _apart_detail(readings: Readings, figures: list[list[int]], first: int, last: int) -> str:
    """The facets of a relation whose figures stand apart, joined by FACETS."""
    text, segments = readings.extraction.document.text, readings.segments
    facets = ["adjacent sentences" if last - first == 1 else "sentences farther apart"]
    paragraphs = segments.paragraph_of
    facets.append(
        "within one paragraph" if paragraphs[first] == paragraphs[last] else "across paragraphs"
    )
    start, end = segments.span(last)
    facets.append(f"latest sentence opens {opening_tie(text[start:end])}")
    places = [
        min(i for i in options if first <= readings.sentence[i] <= last) for options in figures
    ]
    facets.append(_grouping(Counter(readings.sentence[i] for i in places)))
    if first == 0 and cx.headline_end(text) is not None:
        facets.append("one in the headline")
    if any(_alone(readings, i) for i in places):
        facets.append("one alone on its line (a table cell)")
    return FACETS.join(facets)


def _grouping(per_sentence: Counter) -> str:
    """How a relation's figures fall into its sentences."""
    figures = sum(per_sentence.values())
    if figures == 2:
        return "two figures, one in each sentence"
    if max(per_sentence.values()) == figures - 1:
        return "all figures but one in one sentence"
    return "figures spread over several sentences"


def _alone(readings: Readings, labelled: int) -> bool:
    """Whether a figure is all its sentence holds but other figures: a table's cell or row."""
    start, end = readings.segments.span(readings.sentence[labelled])
    words = readings.extraction.document.text[start:end]
    for gold in readings.case.mentions:
        if start <= gold.start and gold.end <= end:
            words = words.replace(gold.text, " ")
    return not re.search(r"[A-Za-z\u3400-\u9fff]", words)


def opening_tie(sentence: str) -> str:
    """How a sentence opens on what stands before it: with a connector the extractor reads
    ("of these", "that is", 其中: the patterns of extraction/links.py), with a word pointing
    back (a pronoun or a determiner other than an article, perhaps after a preposition:
    lexicon.py's words), or with neither."""
    if any(pattern.match(sentence) for pattern in BACK_CONNECTORS):
        return "on a connector the extractor reads"
    words = re.findall(r"[a-z]+", sentence[:80].lower())[:2]
    if words and words[0] in lx.PREPOSITIONS:
        words = words[1:]
    if words and (words[0] in lx.PRONOUNS or words[0] in lx.DETERMINERS - ARTICLES):
        return "on a word pointing back"
    return "on neither"


# The extractor's connectors between sentences, one source of truth: the patterns it links by.
BACK_CONNECTORS = (
    ln._POINTS_BACK,
    ln._POINTS_BACK_TOTAL,
    ln._PARTS_BACK,
    ln._CARRIES_BACK,
    ln._POINTS_BACK_FIGURE,
    ln._GROUP_BACK_ZH,
)
ARTICLES = frozenset({"the", "a", "an"})


def _link_reason(readings: Readings, figures: Figures, quantity: Callable[[str], str]) -> tuple:
    """(d) or (e) for a relation whose figures are read right in one sentence."""
    case, relation = readings.case, figures.relation
    units = {figures.unit_of(t) for t in relation.texts}
    wrong_kinds: list[str] = []
    partly = outside = False
    for link in readings.extraction.relations:
        members = [m for m in link.mentions if m is not None]
        texts = {case.mentions[readings.matched[m]].text for m in members if m in readings.matched}
        shared = {figures.unit_of(t) for t in texts} & units
        if len(members) < 2 or len(shared) < 2:
            continue
        family = rs.PREDICTED_FAMILY.get(link.type, link.type)
        contained = len(texts) == len(members) and any(
            rs._inside(texts, relation, labelled_family, quantity)
            for labelled_family in relation.families
        )
        if contained and family not in relation.families:
            wrong_kinds.append(link.type)
        elif contained:
            partly = True
        else:
            outside = True
    if wrong_kinds:
        return "other kind", f"{sorted(set(wrong_kinds))[0]} link for {relation.kind}"
    if partly:
        return "unlinked", "some of its figures linked"
    if outside:
        return "unlinked", "linked together with figures outside it"
    return "unlinked", "no link joins two of its figures"


# ---------------------------------------------------------------- a case, a set


def case_misses(case: rs.Case, split: str) -> list[Miss]:
    """Every labelled relation of the case the scorer counts as missed, with its reason."""
    extraction = extract_text(case.text)
    _, matched = rs.score_mentions(case, extraction.mentions)
    score, _ = rs.score_relations(case, extraction.relations, matched)
    missed = Counter(score.misses)
    readings = read_case(case, extraction, matched)
    gold = rs.gold_relations(case)
    classes = rs._quantity_classes(gold)

    def quantity(text: str) -> str:
        return classes.get(text, text)

    misses = []
    for relation in gold:
        line = f"{case.name}: missed {relation.kind} {sorted(relation.texts)}"
        if missed[line] == 0:
            continue
        missed[line] -= 1
        reason, detail = classify(readings, figures_of(case, relation, quantity), quantity)
        texts = tuple(sorted(relation.texts))
        misses.append(Miss(case.name, case.language, split, relation.kind, texts, reason, detail))
    return misses


def all_misses(cases: Iterable[rs.Case], test_names: set[str]) -> list[Miss]:
    misses = []
    for case in cases:
        misses += case_misses(case, "test" if case.name in test_names else "dev")
    return misses


def missed_by_scorer(cases: Iterable[rs.Case]) -> int:
    """The scorer's own count of missed relations, for the totals to be checked against."""
    total = 0
    for case in cases:
        extraction = extract_text(case.text)
        _, matched = rs.score_mentions(case, extraction.mentions)
        score, _ = rs.score_relations(case, extraction.relations, matched)
        total += len(score.misses)
    return total


# ---------------------------------------------------------------- the report


def facets(misses: list[Miss], reason: str) -> Counter:
    """How often each facet of a class's details occurs (a miss counts once per facet)."""
    return Counter(f for m in misses if m.reason == reason for f in m.detail.split(FACETS))


def group_report(title: str, misses: list[Miss], labelled: int) -> list[str]:
    """Counts per class (with the facets of their details) and per labelled kind."""
    lines = [f"{title}: {len(misses)} of {labelled} labelled relations missed"]
    by_class = Counter(m.reason for m in misses)
    for reason, description in CLASSES.items():
        lines.append(f"  {by_class[reason]:>4}  {description}")
        for facet, count in _ranked(facets(misses, reason), misses):
            lines.append(f"          {count:>4}  {facet}")
    lines.append("  per labelled kind: missed (a b c d e)")
    for kind, counts in _per_kind(misses):
        row = " ".join(f"{counts[reason]:>3}" for reason in CLASSES)
        lines.append(f"    {kind:<26} {sum(counts.values()):>4}  {row}")
    return lines


def _ranked(counts: Counter, misses: list[Miss]) -> list[tuple[str, int]]:
    """Facets in the order the details give them (distance, paragraphs, opening, ...), each
    facet's alternatives by count."""
    place: dict[str, int] = {}
    for miss in misses:
        for position, facet in enumerate(miss.detail.split(FACETS)):
            place[facet] = min(place.get(facet, position), position)
    return sorted(counts.items(), key=lambda item: (place[item[0]], -item[1], item[0]))


def _per_kind(misses: list[Miss]) -> list[tuple[str, Counter]]:
    kinds: dict[str, Counter] = defaultdict(Counter)
    for miss in misses:
        kinds[miss.kind][miss.reason] += 1
    return sorted(kinds.items(), key=lambda item: (-sum(item[1].values()), item[0]))


def labelled_count(cases: Iterable[rs.Case]) -> int:
    return sum(len(case.relations) for case in cases)


def groups(cases: list[rs.Case], misses: list[Miss], test_names: set[str]) -> list[tuple]:
    """(title, misses, labelled relations) per split and per split and language."""
    out = []
    for split in ("dev", "test"):
        in_split = [c for c in cases if (c.name in test_names) == (split == "test")]
        out.append((split, [m for m in misses if m.split == split], labelled_count(in_split)))
        for language in sorted({c.language for c in in_split}):
            chosen = [c for c in in_split if c.language == language]
            names = {c.name for c in chosen}
            out.append(
                (
                    f"{split}/{language}",
                    [m for m in misses if m.case in names],
                    labelled_count(chosen),
                )
            )
    return out


def markdown_tables(grouped: list[tuple]) -> str:
    """The counts per class and facet for every group, then per labelled kind per split, as
    Markdown tables (counts only: no text of a passage)."""
    titles = [title for title, _, _ in grouped]
    lines = ["| class | " + " | ".join(titles) + " |", "|---|" + "---:|" * len(titles)]
    cells = [f"{len(misses)} of {labelled}" for _, misses, labelled in grouped]
    lines.append("| **missed, of labelled** | " + " | ".join(cells) + " |")
    for reason, description in CLASSES.items():
        cells = [str(sum(m.reason == reason for m in misses)) for _, misses, _ in grouped]
        lines.append(f"| **{description}** | " + " | ".join(cells) + " |")
        every: Counter = Counter()
        for _, misses, _ in grouped:
            every.update(facets(misses, reason))
        for facet, _ in _ranked(every, [m for _, misses, _ in grouped for m in misses]):
            cells = [str(facets(misses, reason)[facet]) for _, misses, _ in grouped]
            lines.append(f"| &nbsp;&nbsp;{facet} | " + " | ".join(cells) + " |")
    splits = [(title, misses) for title, misses, _ in grouped if "/" not in title]
    header = " | ".join(f"{title}: missed (a/b/c/d/e)" for title, _ in splits)
    lines += ["", f"| family | labelled kind | {header} |", "|---|---|" + "---|" * len(splits)]
    kinds = sorted({m.kind for _, misses in splits for m in misses}, key=_family_and_kind)
    for kind in kinds:
        cells = []
        for _, misses in splits:
            counts = Counter(m.reason for m in misses if m.kind == kind)
            spread = "/".join(str(counts[reason]) for reason in CLASSES)
            cells.append(f"{sum(counts.values())} ({spread})" if counts else "0")
        lines.append(f"| {_family_and_kind(kind)[0]} | {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def family_table(cases: list[rs.Case], misses: list[Miss], test_names: set[str]) -> str:
    """Missed of labelled per family of relation (the scorer's families) and split, with the
    classes, as a Markdown table."""
    labelled: Counter = Counter()
    for case in cases:
        split = "test" if case.name in test_names else "dev"
        labelled.update((split, _family_and_kind(r["kind"])[0]) for r in case.relations)
    lines = [
        "| family | dev: missed of labelled (a/b/c/d/e) | test: missed of labelled (a/b/c/d/e) |",
        "|---|---|---|",
    ]
    for family in sorted({family for _, family in labelled}):
        cells = []
        for split in ("dev", "test"):
            counts = Counter(
                m.reason
                for m in misses
                if m.split == split and _family_and_kind(m.kind)[0] == family
            )
            spread = "/".join(str(counts[reason]) for reason in CLASSES)
            cells.append(f"{sum(counts.values())} of {labelled[split, family]} ({spread})")
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _family_and_kind(kind: str) -> tuple[str, str]:
    """A labelled kind with the families the scorer gives it (change, parts, ...)."""
    return "+".join(sorted(rs.label_families(kind))), kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdev", type=Path, default=rs.REALDEV)
    parser.add_argument("--only", choices=["dev", "test"], default=None)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument("--markdown", action="store_true", help="the class table, dated")
    args = parser.parse_args(argv)
    cases = rs.load_cases(args.realdev)
    test_names = rs.read_split()
    misses = all_misses(cases, test_names)
    grouped = [
        g for g in groups(cases, misses, test_names) if args.only in (None, g[0].split("/")[0])
    ]
    if args.markdown:
        print(f"Relations missed, by first reason ({date.today().isoformat()}):\n")
        print(markdown_tables(grouped))
        print("\n" + family_table(cases, misses, test_names))
        return 0
    for title, chosen, labelled in grouped:
        print("\n".join(group_report(title, chosen, labelled)))
        if args.verbose and "/" in title:
            for miss in chosen:
                print(
                    f"    {miss.case}: {miss.kind} {list(miss.texts)}: {miss.reason}, {miss.detail}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
