"""bench/scale.py measures the checker as installed: its modules compiled to bytecode first."""

import importlib.util
import sys
from pathlib import Path

import pytest


def _scale_bench(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "path", list(sys.path))  # the bench puts its folder first
    path = Path(__file__).resolve().parents[1] / "bench" / "scale.py"
    spec = importlib.util.spec_from_file_location("scale_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_package_is_compiled_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    package = tmp_path / "invented"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "figures.py").write_text("TOTAL = 17 + 25\n")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # as PYTHONDONTWRITEBYTECODE sets it
    _scale_bench(monkeypatch).compile_package(package)
    cached = sorted(p.name.split(".")[0] for p in (package / "__pycache__").glob("*.pyc"))
    assert cached == ["__init__", "figures"]
