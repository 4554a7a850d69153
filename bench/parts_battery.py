"""Counts, per kind of bench/parts_battery.yaml, the planted errors caught (an error citing
the wrong figure) and the clean sentences flagged (any error or warning), from text alone.

usage: python bench/parts_battery.py [--show]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

from checker.extraction.textcheck import check_texts

BATTERY = Path(__file__).parent / "parts_battery.yaml"


def findings_of(folder: Path, text: str) -> list:
    """The errors and warnings `checker check --text` gives on one sentence."""
    path = folder / "sentence.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [f for f in check_texts([path]).findings if f.severity in ("error", "warning")]


def cites(finding, at: int, length: int) -> bool:
    """Whether the finding cites a claim whose span covers the figure at `at`."""
    for citation in finding.claims:
        start, end = (int(x) for x in citation.claim.rpartition("@")[2].split("-"))
        if start <= at and at + length <= end:
            return True
    return False


def main(show: bool) -> None:
    battery = yaml.safe_load(BATTERY.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for kind, cases in battery.items():
            flagged = 0
            for text in cases["clean"]:
                found = findings_of(folder, text)
                flagged += bool(found)
                if show and found:
                    print(f"  FLAGGED {text}\n    " + "\n    ".join(f.message for f in found))
            caught = 0
            for case in cases["planted"]:
                text, wrong = case["text"], case["wrong"]
                errors = [f for f in findings_of(folder, text) if f.severity == "error"]
                hit = any(cites(f, text.index(wrong), len(wrong)) for f in errors)
                caught += hit
                if show and not hit:
                    print(f"  missed {text}" + "".join(f"\n    ({f.message})" for f in errors))
            print(
                f"{kind}: caught {caught}/{len(cases['planted'])},"
                f" clean flagged {flagged}/{len(cases['clean'])}"
            )


if __name__ == "__main__":
    main("--show" in sys.argv[1:])
