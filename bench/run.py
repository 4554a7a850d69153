"""The loading and checking benchmark: one run, printed as a table.

Generates (once, deterministically) corpora of 100,000 and 200,000 claims with bench/generate.py,
then measures, each in a fresh process so peak memory is its own:
  - libyaml alone reading the YAML files (yaml.load with CSafeLoader): the yardstick;
  - our loading of the same YAML files into a corpus (positions, values, periods);
  - the full check (load + every rule) from YAML and from JSON Lines;
  - the full check of the doubled corpus from JSON Lines (time should at most double).
and verifies that every planted error is found. Usage: python bench/run.py [--claims 100000]
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
OUT = HERE / "out"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _measure(task: str, corpus: Path, jobs: int = 1) -> dict:
    """Run one task in a child process; returns its seconds, peak memory and details."""
    output = subprocess.run([sys.executable, __file__, "--task", task, "--corpus", str(corpus), "--jobs", str(jobs)],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _task(task: str, corpus: Path, jobs: int) -> dict:
    import yaml

    from checker.loading import load_corpus
    from checker.runner import RunOptions, run

    yaml_dir, jsonl = corpus / "yaml", corpus / "corpus.jsonl"
    started = time.perf_counter()
    details: dict = {}
    if task == "libyaml":
        for path in sorted(yaml_dir.glob("*.yaml")):
            with path.open(encoding="utf-8") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
    elif task == "load-yaml":
        loaded = load_corpus([yaml_dir])
        details = {"claims": len(loaded.claims), "errors": len(loaded.errors)}
    else:
        paths = [yaml_dir] if task == "check-yaml" else [jsonl, corpus / "metrics.yaml"]
        result = run(paths, RunOptions(jobs=jobs))
        manifest = json.loads((corpus / "manifest.json").read_text())
        flagged = {(c.source, c.claim) for f in result.findings if f.severity == "error" for c in f.claims}
        missed = [p for p in manifest["planted"] if (p["source"], p["claim"]) not in flagged]
        details = {
            "claims": len(result.corpus.claims), "input_errors": len(result.input_errors),
            "errors": sum(f.severity == "error" for f in result.findings),
            "warnings": sum(f.severity == "warning" for f in result.findings),
            "planted": len(manifest["planted"]), "planted_missed": missed,
        }
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"task": task, "seconds": round(seconds, 2), "peak_mib": round(peak_mib), **details}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--task")
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    if args.task:
        print(json.dumps(_task(args.task, args.corpus, args.jobs)))
        return

    from generate import generate

    corpora = {}
    for size in (args.claims, 2 * args.claims):
        target = OUT / f"c{size}"
        if not (target / "manifest.json").exists():
            generate(size, target)
        corpora[size] = target
    small, large = corpora[args.claims], corpora[2 * args.claims]
    rows = [
        _measure("libyaml", small),
        _measure("load-yaml", small),
        _measure("check-yaml", small, args.jobs),
        _measure("check-jsonl", small, args.jobs),
        _measure("check-jsonl", large, args.jobs),
    ]
    rows[-1]["task"] = "check-jsonl x2"
    base = rows[0]["seconds"]
    print(f"{'task':<16}{'claims':>9}{'seconds':>9}{'claims/s':>10}{'vs libyaml':>12}{'peak MiB':>10}")
    for row in rows:
        claims = row.get("claims", args.claims)
        print(f"{row['task']:<16}{claims:>9}{row['seconds']:>9.2f}{claims / row['seconds']:>10.0f}"
              f"{row['seconds'] / base:>11.2f}x{row['peak_mib']:>10}")
    print(f"doubling the corpus multiplies the JSON Lines check time by {rows[4]['seconds'] / rows[3]['seconds']:.2f}")
    for row in rows[2:]:
        status = "all found" if not row["planted_missed"] else f"MISSED {row['planted_missed']}"
        print(f"{row['task']}: {row['errors']} errors, {row['warnings']} warnings, {row['input_errors']} input errors; "
              f"planted errors: {row['planted']}, {status}")


if __name__ == "__main__":
    main()
