"""A sentence that is one plain figure and nothing else (a line of a list or of a table of bare
numbers) is drafted without the passes that need a word, a unit, a period or a second figure
(`_Analyzer._figure_alone`, issue 14, speed). The full path is the oracle: with the shortcut
turned off, every text must draft the same claims, relations and metrics, and the drafter must
remember the same things after every sentence (what the next sentence's readings look back
at), whatever readings are added to the full path later."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from checker.extraction import extract_text
from checker.extraction import links as ln

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

# invented sentences of the kinds whose readings look at the sentence before or after
_PROSE = [
    "Brindle Foods reported revenue of $5.2 million in 2031, up from $4.1 million.",
    "The cooperative hired 800 staff.",
    "Of these, 300 were engineers.",
    "That is an increase of 12%.",
    "So a $1,000 bill goes to $1,200.",
    "Some 200 of them were volunteers.",
    "The difference is 40.",
    "Exports were $27.3 billion.",
    "Imports rose to $29.1 billion, leaving a trade deficit of $1.8 billion.",
    "The fund of $90 million would be divided in this fashion: $50 million for roads and "
    "$40 million for schools.",
    "Women hold 300 of the 1,200 seats.",
    "That is 25 per cent.",
    "Rents stood at £1,000 in 2029.",
    "They have since risen to £1,250, a jump of 25 per cent.",
    "In the second quarter, output grew 0.6%.",
    "Farming took 10%, industry 40% and services 50% of the county's output.",
    "International passengers were 8.1 million.",
    "Domestic passengers, at 5.3 million, rose 4%.",
    "48 deaths in Aland were counted.",
    "Flood deaths have reached 57, with 6 in Bland and 3 in Cland.",
    "其中，甲业利润300亿元。",
    "Nearly 6 in 10 nurses back the plan.",
    "Sales fell 3% year on year.",
    "The ratio of the three sectors stood at 0.9:37.2:61.9.",
    "Pay rose to $52,000; that was 4% more than a year earlier.",
]
_FIGURES = ["7", "1,234", "3.5", "0.001", "12,345,678.9", "42.", "  618  ", "9;", "88,000", "2.25"]


def _documents() -> list[str]:
    generator = random.Random(14)
    documents = []
    for _ in range(40):
        lines = []
        for _ in range(generator.randint(4, 14)):
            if generator.random() < 0.5:
                lines.append(generator.choice(_FIGURES))
            else:
                lines.append(generator.choice(_PROSE))
        joiner = generator.choice(["\n", "\n\n", " "])
        documents.append(joiner.join(lines))
    return documents


def _drafted(text: str) -> str:
    extraction = extract_text(text)
    return repr((extraction.claims, extraction.relations, extraction.metrics, extraction.left_out))


# what the drafter keeps that is no cache: compared after every sentence
_CACHES = {"_locals", "_naming_words_of", "namer", "document", "segments"}


def _remembered(analyzer: ln._Analyzer) -> str:
    kept = {k: v for k, v in vars(analyzer).items() if k not in _CACHES}
    kept["entity_words"] = sorted(analyzer.namer.entity_words)
    return repr(sorted(kept.items()))


def _trace(text: str, monkeypatch: pytest.MonkeyPatch, shortcut: bool) -> list[str]:
    """The drafter's state after each sentence with figures, with or without the shortcut."""
    states: list[str] = []
    sentence = ln._Analyzer._sentence

    def traced(self, *arguments):
        sentence(self, *arguments)
        states.append(_remembered(self))

    with monkeypatch.context() as patched:
        patched.setattr(ln._Analyzer, "_sentence", traced)
        if not shortcut:
            patched.setattr(ln._Analyzer, "_figure_alone", lambda self, sentence, indices: None)
        states.append(_drafted(text))
    return states


def _uses_the_shortcut(text: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    taken: list[int] = []
    draft = ln._Analyzer._draft_figure_alone

    def counted(self, reading, scope):
        taken.append(reading.index)
        draft(self, reading, scope)

    with monkeypatch.context() as patched:
        patched.setattr(ln._Analyzer, "_draft_figure_alone", counted)
        extract_text(text)
    return bool(taken)


def test_a_figure_alone_drafts_and_leaves_what_the_full_path_does(monkeypatch):
    documents = _documents()
    assert sum(_uses_the_shortcut(text, monkeypatch) for text in documents) >= 30
    for text in documents:
        assert _trace(text, monkeypatch, True) == _trace(text, monkeypatch, False), text


@pytest.mark.parametrize("figure", _FIGURES + ["-12", "1/2", "5%", "$3", "about 40", "2031"])
def test_each_figure_alone_after_each_sentence(monkeypatch, figure):
    # each sentence before the figure, and each after it (paired off in turn)
    for before, after in zip(_PROSE, _PROSE[7:] + _PROSE[:7], strict=True):
        text = f"{before}\n{figure}\n{after}"
        assert _trace(text, monkeypatch, True) == _trace(text, monkeypatch, False), text


def test_only_a_plain_figure_is_alone(monkeypatch):
    for text in ["1,234", "Table\n\n56.7\n", "12,345,678.9.", "-12"]:
        assert _uses_the_shortcut(text, monkeypatch), text
    for text in ["5%", "$3", "about 40", "40 cars", "1/2", "2031", "40 in 2031", "40 40"]:
        assert not _uses_the_shortcut(text, monkeypatch), text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
def test_the_seeds_with_bare_figures_between_their_paragraphs(monkeypatch):
    generator = random.Random(7)
    for path in sorted(SEEDS.glob("*.txt"))[:40]:
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        text = "\n\n".join(f"{p}\n{generator.choice(_FIGURES)}" for p in paragraphs)
        with monkeypatch.context() as patched:
            shortcut = _drafted(text)
            patched.setattr(ln._Analyzer, "_figure_alone", lambda self, sentence, indices: None)
            assert _drafted(text) == shortcut, path.name
