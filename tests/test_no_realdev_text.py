"""No text of a ../shared/realdev passage is copied into the project.

The realdev passages show what kinds of sentence the checker misses; the project must never fit
their figures or keep their phrases (guide: "never copied into the project"). A copy is found as
a run shared with a passage: five words in a row, one of them with a digit, or eight CJK or
digit characters in a row. Runs that also occur in a seed article of ../shared/seeds are
allowed, since the project was written from the seeds. A README paragraph that cites a case's
arithmetic to explain why its expected verdict is judged wrong (issue 13) is allowed when it is
listed in tests/realdev_citations.txt with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev"
SEEDS = ROOT.parent / "shared" / "seeds"
ALLOWED_CITATIONS = Path(__file__).with_name("realdev_citations.txt")

# Four words: "an increase of 10%" is common English (a round power of ten is not counted as
# a figure), four words around any other figure ("tally rose to 17") are one article's. Eight CJK characters: four-character set phrases
# (同比增长, 地区生产总值 is six) pair up freely, eight in a row is a copied clause.
WORD_RUN = 4
CJK_RUN = 8
_WORD = re.compile(r"[A-Za-z0-9.,$%£€]+")
_CJK_OR_DIGIT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff0-9]+")
_ROUND = re.compile(r"10+%?|1(,000)+%?|(19|20)\d\d")
# bench/realdev_misses.md goes into the README; bench/realdev_label_notes.md cites the cases
# whose labels it judges wrong (issue 14 asks for that list), so it is not scanned.
SCANNED = (
    "checker/**/*",
    "rules/**/*",
    "tests/**/*",
    "bench/*.py",
    "bench/realdev_misses.md",
    "README.md",
    "docs/**/*",
)

pytestmark = pytest.mark.skipif(
    not REALDEV.is_dir(), reason="../shared/realdev is not beside the repo"
)


def _words(text: str) -> list[tuple[str, int]]:
    """The words of the text, lower case, without the full stop or comma that ends a sentence,
    each with its offset."""
    found = ((match.group().lower().rstrip(".,"), match.start()) for match in _WORD.finditer(text))
    return [(word, start) for word, start in found if word]


def _particular(word: str) -> bool:
    """A figure other than a round power of ten or a year: "an increase of 10%", "add up to 100"
    and "in 2014 the" are common English, "tally rose to 17" is one article's."""
    return any(char.isdigit() for char in word) and not _ROUND.fullmatch(word)


def located_shingles(text: str) -> Iterator[tuple[str, int]]:
    """Every word run and CJK run of the text long enough to be particular to one article,
    with its offset; a word run crosses line ends (a docstring, a sentence split in a test)."""
    words = _words(text)
    for start in range(len(words) - WORD_RUN + 1):
        run = [word for word, _ in words[start : start + WORD_RUN]]
        if any(_particular(word) for word in run):
            yield " ".join(run), words[start][1]
    for match in _CJK_OR_DIGIT.finditer(text):
        for start in range(match.start(), match.end() - CJK_RUN + 1):
            end = start + CJK_RUN
            # A run holds its figures whole: "第二产业增加值4" is a common name and the first
            # digit of any figure, "产业增加值4120" a figure.
            cuts_a_figure = (
                text[start - 1 : start + 1].isdigit() or text[end - 1 : end + 1].isdigit()
            )
            if not cuts_a_figure and not text[start:end].isdigit():
                yield text[start:end], start


def shingles(text: str) -> set[str]:
    return {run for run, _ in located_shingles(text)}


def text_shingles(text: str) -> set[str]:
    # Passages break lines anywhere: a run may cross a line end there.
    return shingles(" ".join(text.split()))


def passage_shingles() -> dict[str, str]:
    """Each run of a passage (and of no seed) with the name of the case it comes from."""
    seeded: set[str] = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        seeded |= text_shingles(seed.read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for passage in sorted(REALDEV.glob("*/passage.txt")):
        for run in text_shingles(passage.read_text(encoding="utf-8")) - seeded:
            owner.setdefault(run, passage.parent.name)
    return owner


def allowed_citations() -> set[tuple[str, str]]:
    """(file, shared run) pairs of the allow-list; every entry must give its reason."""
    allowed = set()
    for number, line in enumerate(ALLOWED_CITATIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) == 3 and fields[2].strip(), (
            f"{ALLOWED_CITATIONS.name}:{number}: want 'file<TAB>shared run<TAB>reason'"
        )
        allowed.add((fields[0], fields[1]))
    return allowed


def scanned_files() -> Iterator[Path]:
    seen = set()
    for pattern in SCANNED:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file() and path not in seen and path != ALLOWED_CITATIONS:
                seen.add(path)
                yield path


def copies(owner: dict[str, str], allowed: set[tuple[str, str]]) -> Iterator[str]:
    for path in scanned_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary fixtures (PDF, DOCX) hold no passage text
        name = path.relative_to(ROOT).as_posix()
        reported = set()
        for run, offset in located_shingles(text):
            if run in owner and (name, run) not in allowed and run not in reported:
                reported.add(run)
                line = text.count("\n", 0, offset) + 1
                yield f"{name}:{line}: {run!r} is from realdev {owner[run]}"


def test_the_detector_finds_a_copied_figure_and_passes_generic_phrases():
    owner = {run: "case" for run in text_shingles("Output rose to 412 units, up 3.5% on a year.")}
    assert "412 units up 3.5%" in owner
    owner.update((run, "case") for run in text_shingles("It was an increase of 10% in all."))
    assert not shingles("an increase of 10%") & owner.keys()
    assert shingles("in 2019 output rose to 412 units, up 3.5% then") & owner.keys()
    cjk = text_shingles("全年完成货运量8321万吨。")
    assert "运量8321万吨" in cjk
    assert not shingles("全年完成货运量,比上年") & cjk


def test_no_passage_text_in_the_project():
    found = list(copies(passage_shingles(), allowed_citations()))
    assert not found, "realdev passage text copied into the project:\n" + "\n".join(found)


# A figure of five significant digits or more is one article's wherever it stands: a passage's
# figure rescaled or regrouped ("31,47,520" as 3,147,520) is still a copy. Digits only, leading
# and trailing zeros dropped; the case names (tests cite cases by them) are not scanned.
_FIGURE = re.compile(r"\d[\d,. ]*\d|\d")
DISTINCT_DIGITS = 5


def distinct_figures(text: str) -> Iterator[tuple[str, int]]:
    for match in _FIGURE.finditer(text):
        digits = re.sub(r"\D", "", match.group()).strip("0")
        if len(digits) >= DISTINCT_DIGITS:
            yield digits, match.start()


def passage_figures() -> dict[str, str]:
    seeded = {
        digits
        for seed in SEEDS.glob("*.txt")
        for digits, _ in distinct_figures(seed.read_text(encoding="utf-8"))
    }
    owner: dict[str, str] = {}
    for passage in sorted(REALDEV.glob("*/passage.txt")):
        for digits, _ in distinct_figures(passage.read_text(encoding="utf-8")):
            if digits not in seeded:
                owner.setdefault(digits, passage.parent.name)
    return owner


def test_the_figure_detector_sees_a_regrouped_figure():
    owner = {digits: "case" for digits, _ in distinct_figures("it fell to 31,47,520 crore")}
    assert [d for d, _ in distinct_figures("a sum of 3,147,520 in all") if d in owner]
    assert not [d for d, _ in distinct_figures("in 2019, 10,000 and 3.5%") if d in owner]


def test_no_passage_figure_in_the_project():
    owner = passage_figures()
    case_names = re.compile("|".join(re.escape(d.name) for d in REALDEV.iterdir() if d.is_dir()))
    found = []
    for path in scanned_files():
        try:
            text = case_names.sub("", path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        name = path.relative_to(ROOT).as_posix()
        for digits, offset in distinct_figures(text):
            if digits in owner and (name, digits) not in allowed_citations():
                line = text.count("\n", 0, offset) + 1
                found.append(f"{name}:{line}: {digits} is a figure of realdev {owner[digits]}")
    assert not found, "realdev figures copied into the project:\n" + "\n".join(found)
