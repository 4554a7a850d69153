"""Archive-scale benchmark: 250,000 and 1,000,000 claims from JSON Lines, in one run.

For each size, prints wall time and peak memory of a full check with --jobs 1, --jobs 2, and the
Dask backend on a local cluster of 2 worker processes. Each measurement runs in a fresh process;
peak memory is the largest resident size of that process and, separately, of its largest child
(pool workers, Dask workers). Usage: python bench/scale.py [--sizes 250000 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

SETUPS = {
    "--jobs 1": {"jobs": 1},
    "--jobs 2": {"jobs": 2},
    "dask, 2 workers": {"backend": "dask", "jobs": 2},
}


def _task(corpus: Path, setup: str) -> dict:
    from checker.runner import RunOptions, run

    started = time.perf_counter()
    result = run([corpus / "corpus.jsonl", corpus / "metrics.yaml"], RunOptions(**SETUPS[setup]))
    seconds = time.perf_counter() - started
    manifest = json.loads((corpus / "manifest.json").read_text())
    flagged = {
        (c.source, c.claim) for f in result.findings if f.severity == "error" for c in f.claims
    }
    return {
        "seconds": round(seconds, 1),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "child_peak_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "claims": result.claim_count,
        "input_errors": len(result.input_errors),
        "planted_found": sum((p["source"], p["claim"]) in flagged for p in manifest["planted"]),
        "planted": len(manifest["planted"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 1_000_000])
    parser.add_argument("--task", nargs=2, metavar=("CORPUS", "SETUP"))
    args = parser.parse_args()
    if args.task:
        print(json.dumps(_task(Path(args.task[0]), args.task[1])))
        return

    from generate import generate

    rows = []
    for size in args.sizes:
        corpus = HERE / "out" / f"jsonl{size}"
        if not (corpus / "manifest.json").exists():
            generate(size, corpus, formats=("jsonl",))
        for setup in SETUPS:
            output = subprocess.run(
                [sys.executable, __file__, "--task", str(corpus), setup],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            row = {"size": size, "setup": setup, **json.loads(output.strip().splitlines()[-1])}
            rows.append(row)
            print(
                f"{size:>9} claims  {setup:<16} {row['seconds']:>7.1f} s  {row['claims'] / row['seconds']:>8.0f} claims/s  "
                f"peak {row['peak_mib']:>5} MiB (largest child {row['child_peak_mib']} MiB)  "
                f"planted errors found {row['planted_found']}/{row['planted']}",
                flush=True,
            )
    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        for setup in SETUPS:
            times = {r["size"]: r["seconds"] for r in rows if r["setup"] == setup}
            print(
                f"{setup}: x{large / small:.0f} claims took x{times[large] / times[small]:.2f} the time"
            )


if __name__ == "__main__":
    main()
