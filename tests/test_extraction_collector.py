"""Extraction runs the cycle collector less often while it works, and puts it back after."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading

import pytest

import checker.extraction as extraction
from checker.extraction import extract_text


def test_the_collector_runs_less_often_during_an_extraction_and_as_before_after(monkeypatch):
    """Only the youngest objects are collected while extraction runs (what outlives them is
    what it keeps): the older generations wait until it returns."""
    seen: list[tuple[int, ...]] = []
    real = extraction.extract_document

    def spying(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(extraction, "extract_document", spying)
    before = gc.get_threshold()
    extract_text("Sales rose 5% to $3 billion in 2023.")
    assert gc.get_threshold() == before
    assert seen and seen[0][0] >= extraction.COLLECT_EVERY
    assert all(
        older > 1000 * threshold for older, threshold in zip(seen[0][1:], before[1:], strict=True)
    )


def test_the_collector_is_put_back_after_an_extraction_that_fails(monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(extraction, "extract_document", failing)
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        extract_text("12")
    assert gc.get_threshold() == before


def test_extractions_in_threads_put_the_collector_back_once_all_are_done():
    before = gc.get_threshold()
    texts = [f"Output grew {n}% to {n * 10} tonnes in 2020.\n" * 200 for n in range(1, 9)]
    threads = [threading.Thread(target=extract_text, args=(text,)) for text in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.get_threshold() == before


def test_the_claim_models_validators_are_out_of_the_collectors_sight():
    """A full collection walked the claim models' validators (pydantic-core's) to free nothing:
    they are frozen once built, with what was imported before them."""
    code = (
        "import gc\n"
        "from checker.models import claim_adapter\n"
        "print(any(o is claim_adapter.validator for o in gc.get_objects()))"
    )
    seen = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert seen.strip() == "False"
