"""The percentages of the sentences before, found by the words that name them. A gap in points
("furniture grew 12%, 5.5 points faster than household spending") asks which earlier percentage
the comparison names: the one whose metric's words, or the naming words of whose clause, hold
every word of the name. Asking every earlier claim for every gap made a long document's drafting
quadratic; this index answers from the claims holding the name's rarest word.

A claim's metric changes after it is drafted (a later sentence names a change after its level,
a part after its whole), so the index is told of every new metric: `DraftClaim.metric` writes
the claim into the list of renamed claims the index gave it (`RENAMES`), and the index reads
that list before it answers. It keeps stale entries (the words of a metric since replaced) and
checks each candidate against what the claim reads now, so it answers exactly as the scan does
(tests/test_mention_lookups.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .links import DraftClaim

# The key, in a drafted claim's own attributes, of the list its new metrics are written to.
RENAMES = "_renames"


def metric_words(metric: str) -> frozenset[str]:
    return frozenset(metric.split("_"))


class RatesByName:
    """Claims added in the order they stand in the draft, each with the naming words of its
    clause (which never change), found again by the words of either."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[DraftClaim]] = {}
        self._naming_words: dict[int, frozenset[str]] = {}  # by id of the claim
        self._order: dict[int, int] = {}  # by id of the claim: its place among those added
        self._renamed: list[DraftClaim] = []

    def add(self, claim: DraftClaim, naming_words: frozenset[str]) -> None:
        key = id(claim)
        self._naming_words[key] = naming_words
        self._order[key] = len(self._order)
        claim.__dict__[RENAMES] = self._renamed
        self._file(claim, naming_words | metric_words(claim.metric))

    def named(self, words: frozenset[str]) -> list[DraftClaim]:
        """The claims added whose metric's words or clause's naming words (as they read now)
        hold every one of `words` (at least one), each once, in the order added."""
        for claim in self._renamed:
            self._file(claim, metric_words(claim.metric))
        self._renamed.clear()
        # a claim that holds every word is filed under each: the shortest list holds it too
        rarest = min((self._by_word.get(word, []) for word in words), key=len)
        found = {
            id(claim): claim
            for claim in rarest
            if words <= metric_words(claim.metric) or words <= self._naming_words[id(claim)]
        }
        return sorted(found.values(), key=lambda claim: self._order[id(claim)])

    def _file(self, claim: DraftClaim, words: Iterable[str]) -> None:
        for word in words:
            self._by_word.setdefault(word, []).append(claim)
