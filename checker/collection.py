"""How often Python's cycle collector runs while the checker builds what it keeps.

Extraction and the rules both make objects by the hundred thousand that stay alive until they
return (mentions and claims; findings), and make few reference cycles. The collector, which
Python runs every 700 new objects and which now and then re-reads every object alive, then
finds next to nothing to free and took a tenth of a check and a fifth of the extraction of a
long table of figures. `collect_rarely` runs it every `every` new objects instead while any
such work runs (in any thread), and puts the threshold back when the last of them ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collect_rarely", "freeze_long_lived"]

_lock = threading.Lock()
_running = 0
_thresholds: tuple[int, ...] = ()
# Collections of the younger generation between two of an older one while only the youngest are
# collected: more than any extraction or check makes (the default is 10).
_OLDER_NEVER = 1_000_000


@contextmanager
def collect_rarely(every: int, young_only: bool = False) -> Iterator[None]:
    """The collector run every `every` new objects (or as rarely as it already was) for the
    duration; work nested in it, or running beside it in other threads, shares the setting.
    With `young_only`, only the youngest objects are collected for the duration: what outlives
    one collection is what the work keeps until it returns, so re-reading the older objects
    (the oldest collection reads every object alive) frees next to nothing."""
    global _running, _thresholds
    with _lock:
        if _running == 0:
            _thresholds = gc.get_threshold()
            older = (_OLDER_NEVER,) * 2 if young_only else _thresholds[1:]
            gc.set_threshold(max(_thresholds[0], every), *older)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_thresholds)


def freeze_long_lived() -> None:
    """Everything alive now out of the collector's sight: called once the claim models are
    built, when what is alive was made at import to last as long as the process (the models'
    validators, the unit registry, compiled patterns). A full collection walked pydantic-core's
    validators, about a tenth of a second each time, to free nothing; news-like text meets one
    every few hundred articles extracted in one process. Loading and checking in pieces
    unfreezes what it froze (processes.py), these with it: no harm, the collector sees them
    again."""
    gc.freeze()
