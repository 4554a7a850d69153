"""A module-level name is bound once: a pattern defined twice in one module silently gives
every user the later one, whatever the function beside the first was written for (two such
pairs hid a Chinese restatement reading for a commit)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"


def _bound_twice(source: str) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        counts.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(name for name, count in counts.items() if count > 1)


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module):
    assert _bound_twice(module.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found():
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A"]
