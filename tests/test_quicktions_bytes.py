"""quicktions 1.17 to 1.24, given a one-character str ("0", "7"), overwrites CPython's cached
one-byte bytes objects: afterwards b"\\x00" reads b"7" in the whole process, and gzip or a check
for NUL bytes fails. Every text the checker turns into a Fraction goes through
`intervals.parse_decimal` (pint's through `StrSafeFraction`); these tests hold it to that, each in
a fresh interpreter, since the damage cannot be undone in the process that suffers it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from quicktions import Fraction

from checker.intervals import StrSafeFraction, parse_decimal

REPO = Path(__file__).resolve().parents[1]

_AFTER = 'assert bytes([0])[0] == 0 and repr(b"\\x00") == "b\'\\\\x00\'", repr(b"\\x00")'


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300
    )


def test_nul_byte_intact_after_checking_the_seed_corpus_and_drafting(tmp_path: Path) -> None:
    seeds = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))[:3]
    drafts = "".join(
        f"main(['extract', {str(seed)!r}, '-o', {str(tmp_path / f'{i}.yaml')!r}])\n"
        for i, seed in enumerate(seeds)
    )
    code = (
        "from pathlib import Path\n"
        "from checker.cli import main\n"
        "from checker.runner import RunOptions, run\n"
        "result = run([Path('claims')], RunOptions())\n"
        "assert result.findings\n" + drafts + "from checker.quantities import parse_value\n"
        "parse_value('5 km**2'); parse_value('7'); parse_value('0')\n"
        "import gzip\n"
        "assert gzip.decompress(gzip.compress(b'a\\x00b')) == b'a\\x00b'\n" + _AFTER
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr


def test_the_bug_is_real_where_quicktions_has_it() -> None:
    """Without this, the workaround would guard against nothing: a quicktions that reads
    one-character strings safely makes this test skip, and the workaround may go."""
    done = _run("from quicktions import Fraction\nFraction('7')\n" + _AFTER)
    if done.returncode == 0:
        pytest.skip("this quicktions reads one-character strings safely")
    assert "AssertionError" in done.stderr


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", Fraction(0)),
        ("7", Fraction(7)),
        ("-2.5", Fraction(-5, 2)),
        ("+.5", Fraction(1, 2)),
        ("1e-3", Fraction(1, 1000)),
        ("2.5E2", Fraction(250)),
        ("1/3", Fraction(1, 3)),
        (" 0.650 ", Fraction(13, 20)),
    ],
)
def test_parse_decimal_reads_what_fraction_reads(text: str, value: Fraction) -> None:
    assert parse_decimal(text) == value
    assert StrSafeFraction(text) == value


@pytest.mark.parametrize("text", ["", ".", "abc", "1.2.3", "--1"])
def test_parse_decimal_refuses_what_is_no_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)
