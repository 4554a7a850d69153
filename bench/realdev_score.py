"""Score extraction from raw text against the real published passages of ../shared/realdev.

    python bench/realdev_score.py [--realdev ../shared/realdev] [--split test|dev|all] [-v]

For every case, the passage is extracted exactly as `checker check --text passage.txt` does and
scored against `labels/NAME.yaml` and `expected.tsv`:

- Mentions: a predicted mention matches the labelled one whose text span it overlaps; it is
  right only when its value, scale, unit and qualifier are all those of the label's value
  (both read by the checker's own value parser, so "yi" and "亿" are one scale). The sign of a
  change is not a mention's business (it comes from the words around it, read by the links), so
  the number is compared without it.
- Relations: a label's relation joins mention texts. A predicted link is right when every
  figure it joins is a labelled mention and all of them belong to one labelled relation of a
  kind the link can express (`RELATION_FAMILIES`: the labels name kinds their own way,
  `change_relative` or `yoy_aggregate` where the extractor says `change`, `currency_conversion`
  where it says `converts`; a from_to link inside a labelled change is right, a from_to link
  between two parts of a labelled sum is not). Figures a label says are one quantity in two
  forms (a conversion, a duplicate, "4 in 10" as 40 %) are interchangeable in every other
  relation: a change between the restated figures joins the same quantities. A labelled
  relation is found when the predicted links that lie inside it cover all its figures.
  Precision counts predicted links, recall labelled relations; a relation of one figure (a
  share whose whole the text does not give) links nothing and is counted apart. So is a link
  that states no arithmetic of its own (two levels with no change between them, a level and
  its rate with no earlier level: `NO_ARITHMETIC`) when no labelled relation holds any of its
  figures: the labels list only relations that can hold or fail, so they cannot judge it. It
  is printed as "unscored", with the precision counting it wrong beside. Recall is
  reported per labelled kind, precision per predicted kind. `--show-wrong` lists every link
  counted wrong, with why and the nearest labelled relation.
- Case verdicts: the exit status of `checker check --text passage.txt` (run in-process through
  the command line) must be the expected one, and for an inconsistent case the report must
  match the expected pattern (grep -E, case-insensitive, line by line).

Everything is printed per language (en/zh, from the label's `language`, English when absent)
and for both splits of bench/realdev_split.txt (the test split is frozen: tune on `dev` only).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from quicktions import Fraction

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extraction_score import Score  # noqa: E402

from checker.quantities import SCALES, Quantity, ValueReader, parse_value  # noqa: E402

REALDEV = ROOT.parent / "shared" / "realdev"
SPLIT_FILE = ROOT / "bench" / "realdev_split.txt"
SPLIT_SEED = 20261206
SPLIT_FRACTION = Fraction(1, 3)
_SUMMARY = re.compile(r"(\d+) errors?, (\d+) warnings?")

# What a relation states, whatever it is called. The labels name their kinds for the reader
# (README of realdev: "kinds beyond the rules' names are information"), the extractor after
# its claim kinds; a predicted link counts inside a labelled relation of its own family only.
CHANGE, RESTATEMENT, PARTS, RATE = "change", "restatement", "parts", "rate"
LABELLED_FAMILIES: dict[str, frozenset[str]] = {
    **{
        kind: frozenset({CHANGE})
        for kind in (
            "change change_relative change_abs change_absolute change_pp pp_change cagr "
            "compound_change annualized_rate cagr_vs_factor factor yoy yoy_aggregate "
            "difference pp_difference"
        ).split()
    },
    **{
        kind: frozenset({RESTATEMENT})
        for kind in "duplicate currency_conversion conversion fraction_percent".split()
    },
    **{
        kind: frozenset({PARTS})
        for kind in (
            "part_of sum sum_of sum_of_parts share shares_sum_100 pp_changes_sum_zero "
            "contribution_times_growth"
        ).split()
    },
    "sum_of+change": frozenset({PARTS, CHANGE}),
    "rate_total": frozenset({RATE}),
    "per_day": frozenset({RATE}),
}
PREDICTED_FAMILY: dict[str, str] = {
    "from_to": CHANGE,  # two levels of one quantity: the levels of a change
    "change": CHANGE,
    "cagr": CHANGE,
    "yoy": CHANGE,
    "change_of": CHANGE,  # a change and the level it leads to ("L, up D or P%")
    "growth_of_parts": CHANGE,  # a total's change and its parts' changes
    "converts": RESTATEMENT,
    "restates": RESTATEMENT,
    "part_of": PARTS,
    "sum": PARTS,
    "share": PARTS,
    "shares_sum_100": PARTS,
    "share_changes": PARTS,  # the changes in points of every part's share, adding up to zero
    "rate": RATE,  # a count per length of time restated per another length
}


@dataclass
class GoldMention:
    text: str
    start: int
    end: int
    value: str
    reading: tuple | None  # None when the checker's parser cannot read the label's value
    problem: str = ""


@dataclass
class Case:
    name: str
    language: str
    verdict: str
    exit_status: int
    pattern: str
    directory: Path
    text: str
    mentions: list[GoldMention]
    relations: list[dict]


@dataclass
class CaseResult:
    case: Case
    mentions: Score
    relations: Score
    relation_kinds: dict[str, Score]
    exit_status: int
    named: bool
    errors: int
    warnings: int

    @property
    def verdict_right(self) -> bool:
        if self.exit_status != self.case.exit_status:
            return False
        return self.case.exit_status == 0 or self.named


@dataclass
class Totals:
    mentions: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    relation_kinds: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    cases: int = 0
    verdicts_right: int = 0
    consistent: int = 0
    consistent_flagged: int = 0
    exit_2: list[str] = field(default_factory=list)
    wrong_verdicts: list[str] = field(default_factory=list)

    def add(self, result: CaseResult) -> None:
        self.mentions.add(result.mentions)
        self.relations.add(result.relations)
        for kind, score in result.relation_kinds.items():
            self.relation_kinds[kind].add(score)
        self.cases += 1
        self.verdicts_right += result.verdict_right
        if result.exit_status == 2:
            self.exit_2.append(result.case.name)
        if not result.verdict_right:
            self.wrong_verdicts.append(
                f"{result.case.name}: exit {result.exit_status} (expected "
                f"{result.case.exit_status}), pattern {'named' if result.named else 'not named'}"
            )
        if result.case.exit_status == 0:
            self.consistent += 1
            self.consistent_flagged += bool(result.errors or result.warnings)


# ---------------------------------------------------------------- reading the labels


def _reading(quantity: Quantity) -> tuple:
    """What a mention must get right: its value before the scale (unsigned, in base units, so
    9.37 ‰ is 0.937 %), its scale, its dimension, form and qualifier; a writer's fraction
    "1 in 3" is the fraction 1/3 it names."""
    numbers = tuple(
        abs(Fraction(end.replace(",", "").replace(" in ", "/").lstrip("+-x") or "0"))
        * quantity.unit.factor
        for end in quantity.number_text.split("..")
    )
    scale = SCALES[quantity.scale.lower()] if quantity.scale else Fraction(1)
    return (numbers, scale, quantity.unit.dimension, quantity.form, _labelled(quantity.qualifier))


def _labelled(qualifier: str | None) -> str | None:
    """The qualifier in the claim format's six kinds, which the labels write: "just over x"
    (the checker's own narrower reading of "just over", "a little more than": from x to a
    little above it, see the README's qualifiers) is a kind of "more than x"."""
    return "over" if qualifier == "just_over" else qualifier


def read_value(text: str) -> tuple:
    """A value text read by the checker's parser; a trailing counted noun ("9 million seats")
    is a count, as a claim file with that noun declared would read it."""
    try:
        return _reading(parse_value(text))
    except ValueError as problem:
        words = text.split()
        noun = words[-1] if len(words) > 1 else ""
        if noun.isalpha() and noun.isascii():
            return _reading(ValueReader(frozenset({noun})).value(text))
        raise problem


def _spans(text: str, entries: list[dict], name: str) -> list[tuple[int, int]]:
    """Each labelled text's span: its `occurrence` (1-based) when given, else the first
    occurrence not yet taken by an earlier label with the same text."""
    taken: dict[str, int] = defaultdict(int)
    spans = []
    for entry in entries:
        written = str(entry["text"])
        nth = entry.get("occurrence") or taken[written] + 1
        taken[written] = max(taken[written], nth)
        found = list(_occurrences(text, written))
        if len(found) < nth:
            raise SystemExit(f"{name}: {written!r} occurrence {nth} is not in the passage")
        spans.append((found[nth - 1], found[nth - 1] + len(written)))
    return spans


def _occurrences(text: str, written: str):
    """Where a labelled text stands as a whole figure: "2 percent" is not inside "6.2 percent"
    or "2 percentage points" (the labels count occurrences so)."""
    before = r"(?<![A-Za-z0-9.,])" if re.match(r"[A-Za-z0-9.]", written) else ""
    after = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", written) else ""
    for match in re.finditer(before + re.escape(written) + after, text):
        yield match.start()


def _gold_mentions(text: str, entries: list[dict], name: str) -> list[GoldMention]:
    mentions = []
    for entry, (start, end) in zip(entries, _spans(text, entries, name), strict=True):
        value = str(entry["value"])
        try:
            mentions.append(GoldMention(str(entry["text"]), start, end, value, read_value(value)))
        except ValueError as problem:
            mentions.append(GoldMention(str(entry["text"]), start, end, value, None, str(problem)))
    return mentions


def expected_verdicts(realdev: Path) -> dict[str, tuple[int, str]]:
    out = {}
    for line in (realdev / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, status, pattern = line.split("\t")
        out[name] = (int(status), pattern)
    return out


LABEL_FIXES = ROOT / "bench" / "realdev_label_fixes.yaml"


def _fixed(name: str, label: dict, fixes: list[dict]) -> dict:
    """The label with the listed corrections of its mentions' occurrences applied (a labelled
    text without `occurrence` that means a later one: `bench/realdev_label_fixes.yaml`)."""
    for fix in (f for f in fixes if f["case"] == name):
        unplaced = [
            m
            for m in label.get("mentions") or []
            if str(m["text"]) == fix["text"] and "occurrence" not in m
        ]
        if len(unplaced) != 1:
            raise SystemExit(f"{LABEL_FIXES.name}: {name} has no one unplaced {fix['text']!r}")
        unplaced[0]["occurrence"] = fix["occurrence"]
    return label


def load_cases(realdev: Path = REALDEV, label_fixes: bool = False) -> list[Case]:
    if not (realdev / "expected.tsv").is_file():
        raise SystemExit(f"cannot find the development set at {realdev}")
    expected = expected_verdicts(realdev)
    fixes = yaml.safe_load(LABEL_FIXES.read_text(encoding="utf-8")) if label_fixes else []
    cases = []
    for name, (status, pattern) in sorted(expected.items()):
        label = yaml.safe_load((realdev / "labels" / f"{name}.yaml").read_text(encoding="utf-8"))
        label = _fixed(name, label, fixes)
        text = (realdev / name / "passage.txt").read_text(encoding="utf-8")
        cases.append(
            Case(
                name,
                label.get("language") or "en",
                label.get("verdict") or "",
                status,
                pattern,
                realdev / name,
                text,
                _gold_mentions(text, label.get("mentions") or [], name),
                label.get("relations") or [],
            )
        )
    return cases


# ---------------------------------------------------------------- the frozen split


def choose_test_split(cases: list[Case], seed: int = SPLIT_SEED) -> list[str]:
    """A third of the cases, drawn once at random, stratified by language and expected exit
    status: within each stratum (cases sorted by name), round(n/3) names drawn by
    random.Random(seed).sample, strata taken in sorted order with one generator."""
    strata: dict[tuple[str, int], list[str]] = defaultdict(list)
    for case in cases:
        strata[(case.language, case.exit_status)].append(case.name)
    generator = random.Random(seed)
    chosen: list[str] = []
    for key in sorted(strata):
        names = sorted(strata[key])
        chosen += generator.sample(names, round(len(names) * SPLIT_FRACTION))
    return sorted(chosen)


def split_text(cases: list[Case], seed: int = SPLIT_SEED) -> str:
    names = choose_test_split(cases, seed)
    header = [
        "# The frozen test split of ../shared/realdev: tune on the other cases only.",
        f"# seed: {seed}",
        "# method: bench/realdev_score.py choose_test_split: cases grouped by (language, expected",
        "#   exit status), each group sorted by name, round(n/3) drawn from each group in sorted",
        "#   group order by one random.Random(seed).sample generator.",
        f"# {len(names)} of {len(cases)} cases.",
    ]
    return "\n".join(header + names) + "\n"


def read_split(path: Path = SPLIT_FILE) -> set[str]:
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


# ---------------------------------------------------------------- scoring one case


def score_mentions(
    case: Case, predicted: list, spans: list[tuple[int, int]] | None = None
) -> tuple[Score, dict[int, int]]:
    """The mention score, and which labelled mention each predicted one matched. `spans` are
    the predicted mentions' offsets into the case's text where the plain text read differs
    from it (entities decoded, pinyin readings left out): the labels are offsets into the file."""
    score = Score(predicted=len(predicted), gold=len(case.mentions))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for index, mention in enumerate(predicted):
        start, end = spans[index] if spans else (mention.start, mention.end)
        gold_index = next(
            (
                i
                for i, gold in enumerate(case.mentions)
                if i not in taken and start < gold.end and gold.start < end
            ),
            None,
        )
        written = case.text[start:end]
        if gold_index is None:
            score.wrong.append(f"{case.name}: extra {written!r} read {mention.value_text()!r}")
            continue
        taken.add(gold_index)
        matched[index] = gold_index
        gold = case.mentions[gold_index]
        if reads_right(written, mention, gold):
            score.right += 1
            score.qualifier_right += 1
        else:
            why = f" ({gold.problem})" if gold.reading is None else ""
            score.wrong.append(
                f"{case.name}: {written!r} read {mention.value_text()!r}, "
                f"labelled {gold.text!r} {gold.value!r}{why}"
            )
    score.found = score.right
    for i, gold in enumerate(case.mentions):
        if i not in taken:
            score.misses.append(f"{case.name}: missed {gold.text!r} ({gold.value})")
    return score, matched


def guess_reading(mention) -> tuple | None:
    """A predicted mention's reading (as `read_value` gives it), None when unreadable."""
    try:
        return read_value(mention.value_text())
    except ValueError:
        return None


def reads_right(written: str, mention, gold: GoldMention) -> bool:
    """Whether a predicted mention over `written` reads its labelled mention right."""
    guess = guess_reading(mention)
    return guess is not None and (
        guess == gold.reading or _compound_amount(written, guess, gold.reading)
    )


_SCALE_WORD = re.compile(
    r"\b(?:thousand|million|billion|trillion|lakh|crore)\b|[万萬亿億]", re.IGNORECASE
)


def _compound_amount(written: str, guess: tuple, gold: tuple | None) -> bool:
    """An amount the text writes in several scales ("2 trillion and 470 billion 30 million"):
    no scale is its own, so the reading is right when its value (number times scale) is the
    label's, whichever scale it is spelled in."""
    if gold is None or len(_SCALE_WORD.findall(written)) < 2:
        return False
    value = tuple(n * guess[1] for n in guess[0])
    return value == tuple(n * gold[1] for n in gold[0]) and guess[2:] == gold[2:]


def _relation_texts(relation: dict) -> frozenset[str]:
    return frozenset(str(t) for t in relation.get("mentions") or [])


def label_families(kind: str) -> frozenset[str]:
    """The families of a labelled kind; a kind the table does not know is a family of its own,
    which no predicted link joins (so a new kind in the labels is scored as missed, never as
    found by accident)."""
    return LABELLED_FAMILIES.get(kind, frozenset({kind}))


@dataclass(frozen=True)
class GoldRelation:
    kind: str
    texts: frozenset[str]
    families: frozenset[str]

    @property
    def restates(self) -> bool:
        return RESTATEMENT in self.families


def gold_relations(case: Case) -> list[GoldRelation]:
    return [
        GoldRelation(r["kind"], _relation_texts(r), label_families(r["kind"]))
        for r in case.relations
    ]


def _quantity_classes(gold: list[GoldRelation]) -> dict[str, str]:
    """Each mention text's quantity: texts a labelled restatement joins are one quantity (the
    smallest text names it), every other text is its own."""
    parent: dict[str, str] = {}

    def root(text: str) -> str:
        while parent.get(text, text) != text:
            text = parent[text]
        return text

    for relation in gold:
        if relation.restates:
            first, *rest = sorted(relation.texts)
            for text in rest:
                a, b = sorted((root(first), root(text)))
                parent[b] = a
    return {text: root(text) for text in parent}


def _inside(texts: set[str], relation: GoldRelation, family: str, quantity) -> bool:
    """Whether a predicted link of `family` joining `texts` lies inside a labelled relation:
    its texts among the relation's, or (outside restatements) its quantities among the
    relation's quantities, no two of its figures being one quantity."""
    if family not in relation.families:
        return False
    if texts <= relation.texts:
        return True
    if relation.restates:
        return False
    quantities = {quantity(t) for t in texts}
    return len(quantities) == len(texts) and quantities <= {quantity(t) for t in relation.texts}


# Why a predicted link lies inside no labelled relation, as --show-wrong prints it.
WRONG_CLASSES = {
    "unlabelled figure": "one of its figures is no labelled mention",
    "no labelled relation": "no labelled relation joins any of its figures (the labels list "
    "relations with arithmetic; two levels, or a level and its rate, have none of their own)",
    "other kind": "its figures lie inside a labelled relation of another family",
    "across relations": "its figures belong to different labelled relations",
    "partly": "the nearest labelled relation holds only some of its figures",
}


def _why_wrong(
    texts: set[str], members: int, family: str, gold: list[GoldRelation], quantity
) -> str:
    """The class of a wrong link (WRONG_CLASSES) and the nearest labelled relation: the one
    sharing most of its quantities."""
    if len(texts) < members:
        return "[unlabelled figure]"
    ours = {quantity(t) for t in texts}
    shared = [len(ours & {quantity(t) for t in labelled.texts}) for labelled in gold]
    if not any(shared):
        return "[no labelled relation]"
    best = max(range(len(gold)), key=lambda i: shared[i])
    nearest = f"nearest {gold[best].kind} {sorted(gold[best].texts)}"
    if shared[best] == len(ours) and family not in gold[best].families:
        return f"[other kind] {nearest}"
    touching = sum(bool(n) for n in shared)
    return f"[{'across relations' if touching > 1 else 'partly'}] {nearest}"


# Links that state no arithmetic of their own: two levels of one quantity ("from X to Y" with
# no change between them), a level and its rate of change with no earlier level ("reached X,
# up P% year on year"). The labels list relations that can hold or fail, so they list none of
# these; such a link is judged only where a labelled relation holds one of its figures.
NO_ARITHMETIC = frozenset({"from_to", "yoy"})


def _beyond_labels(
    kind: str, texts: set[str], members: int, gold: list[GoldRelation], quantity
) -> bool:
    """Whether the labels cannot judge a link: one of two labelled figures that states no
    arithmetic (NO_ARITHMETIC), neither figure in any labelled relation of any kind (a link
    between the parts of a labelled sum, say, is judged, and wrong)."""
    if kind not in NO_ARITHMETIC or members != 2 or len(texts) != 2:
        return False
    ours = {quantity(t) for t in texts}
    return not any(ours & {quantity(t) for t in labelled.texts} for labelled in gold)


def score_relations(
    case: Case, predicted: list, matched: dict[int, int]
) -> tuple[Score, dict[str, Score]]:
    """Relation precision and recall of one case (see the module's docstring). Relations of
    one figure are no link: they are left out of `predicted` and listed among `wrong` with the
    word "unlinked" (so -v shows them) without counting. Links the labels cannot judge
    (`_beyond_labels`) are left out of `predicted` too, counted in `unscored` and listed with
    the word "unscored"."""
    gold = gold_relations(case)
    classes = _quantity_classes(gold)

    def quantity(text: str) -> str:
        return classes.get(text, text)

    kinds: dict[str, Score] = defaultdict(Score)
    links = [r for r in predicted if sum(m is not None for m in r.mentions) > 1]
    score = Score(predicted=len(links), gold=len(gold))
    covered: list[set[str]] = [set() for _ in gold]
    for relation in predicted:
        if relation not in links:
            score.wrong.append(f"{case.name}: unlinked {relation.type} (not counted)")
            continue
        members = [m for m in relation.mentions if m is not None]
        texts = {case.mentions[matched[m]].text for m in members if m in matched}
        family = PREDICTED_FAMILY.get(relation.type, relation.type)
        inside = [
            i for i, labelled in enumerate(gold) if _inside(texts, labelled, family, quantity)
        ]
        right = len(texts) == len(members) and bool(inside)
        kinds[relation.type].predicted += 1
        if right:
            score.right += 1
            kinds[relation.type].right += 1
            for i in inside:
                covered[i] |= texts if gold[i].restates else {quantity(t) for t in texts}
        elif _beyond_labels(relation.type, texts, len(members), gold, quantity):
            score.predicted -= 1
            kinds[relation.type].predicted -= 1
            score.unscored += 1
            kinds[relation.type].unscored += 1
            score.wrong.append(f"{case.name}: unscored {relation.type} link {sorted(texts)}")
        else:
            why = _why_wrong(texts, len(members), family, gold, quantity)
            score.wrong.append(f"{case.name}: extra {relation.type} link {sorted(texts)} {why}")
    for labelled, cover in zip(gold, covered, strict=True):
        kinds[labelled.kind].gold += 1
        needed = labelled.texts if labelled.restates else {quantity(t) for t in labelled.texts}
        if needed and cover >= needed:
            score.found += 1
            kinds[labelled.kind].found += 1
        else:
            score.misses.append(f"{case.name}: missed {labelled.kind} {sorted(labelled.texts)}")
    return score, dict(kinds)


def run_check(passage: Path) -> tuple[int, str]:
    """`checker check --text passage` in-process: its exit status and its report."""
    from click.testing import CliRunner

    from checker.cli import cli

    result = CliRunner().invoke(cli, ["check", "--text", str(passage)], catch_exceptions=True)
    output = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        output += f"\n{type(result.exception).__name__}: {result.exception}"
        return 2, output
    return result.exit_code, output


def score_case(case: Case, run_cli: bool = True) -> CaseResult:
    from checker.extraction import extract_text

    extraction = extract_text(case.text)
    spans = [extraction.document.file_span(m.start, m.end) for m in extraction.mentions]
    mentions, matched = score_mentions(case, extraction.mentions, spans)
    relations, kinds = score_relations(case, extraction.relations, matched)
    status, report, errors, warnings = -1, "", 0, 0
    if run_cli:
        with tempfile.TemporaryDirectory() as scratch:
            # A copy under a neutral name, so the report cannot name the figure by the case's
            # directory name (which states the wrong figure).
            passage = Path(scratch) / "passage.txt"
            passage.write_text(case.text, encoding="utf-8")
            status, report = run_check(passage)
        summary = _SUMMARY.search(report)
        if summary:
            errors, warnings = int(summary.group(1)), int(summary.group(2))
    named = case.exit_status == 0 or bool(
        re.search(case.pattern, report, re.IGNORECASE | re.MULTILINE)
    )
    return CaseResult(case, mentions, relations, kinds, status, named, errors, warnings)


# ---------------------------------------------------------------- the report


def _pr(score: Score) -> str:
    unscored = ""
    if score.unscored:
        strict = score.right / (score.predicted + score.unscored)
        unscored = f"; {score.unscored} unscored, P {strict:.3f} counting them wrong"
    return (
        f"P {score.precision:.3f} R {score.recall:.3f} "
        f"({score.right}/{score.predicted} predicted right, {score.found}/{score.gold} found"
        f"{unscored})"
    )


def report_group(title: str, totals: Totals, verbose: bool) -> list[str]:
    lines = [
        f"{title}: {totals.cases} cases",
        f"  mentions   {_pr(totals.mentions)}",
        f"  relations  {_pr(totals.relations)}",
        f"  verdicts   {totals.verdicts_right}/{totals.cases} right; consistent cases given an "
        f"error or warning: {totals.consistent_flagged}/{totals.consistent}; exit 2: "
        f"{len(totals.exit_2)}",
    ]
    for kind in sorted(totals.relation_kinds):
        lines.append(f"    {kind:<26} {_pr(totals.relation_kinds[kind])}")
    if verbose:
        lines += ["    " + line for line in totals.wrong_verdicts + totals.exit_2]
        lines += ["    " + line for line in totals.mentions.misses + totals.mentions.wrong]
        lines += ["    " + line for line in totals.relations.misses + totals.relations.wrong]
    return lines


def _wrong_links_report(totals: Totals) -> str:
    wrong = [line for line in totals.relations.wrong if ": extra " in line and " link " in line]
    unscored = [line for line in totals.relations.wrong if ": unscored " in line]
    counts: dict[str, int] = defaultdict(int)
    for line in wrong:
        counts[_WRONG_CLASS.search(line).group(1)] += 1  # type: ignore[union-attr]
    lines = [f"{len(wrong)} predicted links match no labelled relation:"]
    lines += [f"  {counts[name]:>3} {name}: {WRONG_CLASSES[name]}" for name in WRONG_CLASSES]
    lines += [
        f"{len(unscored)} links with no arithmetic of their own whose figures no labelled "
        "relation holds (not scored):"
    ]
    return "\n".join(lines + [""] + sorted(wrong) + [""] + sorted(unscored))


_WRONG_CLASS = re.compile(r"\] \[([a-z ]+)\]")


def evaluate(cases: list[Case], test_names: set[str], run_cli: bool = True) -> dict[str, Totals]:
    groups: dict[str, Totals] = defaultdict(Totals)
    for case in cases:
        result = score_case(case, run_cli)
        split = "test" if case.name in test_names else "dev"
        for group in ("all", f"all/{case.language}", split, f"{split}/{case.language}"):
            groups[group].add(result)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdev", type=Path, default=REALDEV)
    parser.add_argument("--no-cli", action="store_true", help="score mentions and links only")
    parser.add_argument("--write-split", action="store_true", help="(re)write the split file")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", choices=["all", "dev", "test"], default=None)
    parser.add_argument(
        "--show-wrong",
        action="store_true",
        help="list the predicted links that match no labelled relation, per case, with why "
        "and the nearest labelled relation (the dev split unless --only says otherwise)",
    )
    parser.add_argument(
        "--label-fixes",
        action="store_true",
        help="score with the label corrections of bench/realdev_label_fixes.yaml applied "
        "(labels the notes in bench/realdev_label_notes.md are sure are wrong)",
    )
    args = parser.parse_args(argv)
    if args.show_wrong:
        args.only, args.no_cli = args.only or "dev", True
    cases = load_cases(args.realdev, args.label_fixes)
    if args.write_split:
        SPLIT_FILE.write_text(split_text(cases), encoding="utf-8")
    test_names = read_split()
    if args.only == "dev":
        cases = [c for c in cases if c.name not in test_names]
    elif args.only == "test":
        cases = [c for c in cases if c.name in test_names]
    groups = evaluate(cases, test_names, not args.no_cli)
    if args.show_wrong:
        print(_wrong_links_report(groups[args.only]))
        return 0
    for title in sorted(groups):
        print("\n".join(report_group(title, groups[title], args.verbose and "/" in title)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
