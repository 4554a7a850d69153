"""Archive-scale benchmark on realistic corpora: every size, format and process count in one run.

Corpora (each written once under bench/out/, deterministically):
  - realistic: ../shared/bench/gen_corpus.py (figures rounded to newsroom precision, so many
    relations hold only thanks to rounding and some fail: thousands of notes, a hundred errors);
  - entities5: the same generator with --entities 5 (an archive about a few places: each entity
    carries many series, so its partition is large);
  - project: bench/generate.py (figures that agree almost exactly, ten planted errors).
For each corpus and size it measures, each task in a fresh process: libyaml's bare read of the
YAML files (yaml.load with CSafeLoader, the floor), the full check from YAML and from JSON Lines
with --jobs 1 and --jobs 2 (and Dask on a local cluster of 2 workers with --dask). Printed: wall
seconds, processor seconds (of the task and its workers: on a shared machine they move far less
than wall time), claims per second, peak resident memory of the largest process (the task's own, or its
largest child's: pool or Dask workers), the ratio to the floor, the findings by severity (they
must be the same for every process count), and the growth of time from each size to the next.
Every result is also appended to bench/out/scale-results.jsonl with the date and the machine.

    python bench/scale.py                                     # 50k 100k 250k 1M, every corpus
    python bench/scale.py --sizes 50000 100000 --corpora realistic --repeat 3
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
GEN_CORPUS = HERE.parent.parent / "shared" / "bench" / "gen_corpus.py"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

CORPORA = ("realistic", "entities5", "project")
# task label -> (what it reads, options of the run)
TASKS = {
    "libyaml read": ("libyaml", {}),
    "check yaml, jobs 1": ("yaml", {"jobs": 1}),
    "check yaml, jobs 2": ("yaml", {"jobs": 2}),
    "check jsonl, jobs 1": ("jsonl", {"jobs": 1}),
    "check jsonl, jobs 2": ("jsonl", {"jobs": 2}),
}
DASK_TASK = {"check jsonl, dask 2": ("jsonl", {"backend": "dask", "jobs": 2})}


def _write_corpus(kind: str, size: int) -> Path:
    """The corpus directory with yaml/ (claim files and metrics.yaml) and jsonl/ (corpus.jsonl
    and metrics.yaml), written on first use."""
    target = OUT / f"{kind}{size}"
    if (target / "done").exists():
        return target
    if kind == "project":
        from generate import generate

        generate(size, target)
        (target / "jsonl").mkdir(exist_ok=True)
        for name in ("corpus.jsonl", "metrics.yaml"):
            (target / name).replace(target / "jsonl" / name)
    else:
        extra = ["--entities", "5"] if kind == "entities5" else []
        for form, flag in (("yaml", []), ("jsonl", ["--jsonl"])):
            subprocess.run(
                [sys.executable, str(GEN_CORPUS), str(target / form), str(size), *flag, *extra],
                check=True,
                stdout=subprocess.DEVNULL,
            )
    (target / "done").write_text("")
    return target


def _task(corpus: Path, label: str) -> dict:
    """One task, run in this (fresh) process."""
    import yaml

    from checker.runner import RunOptions, run

    reads, options = {**TASKS, **DASK_TASK}[label]
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    details: dict = {}
    result = None
    if reads == "libyaml":
        claims = 0
        for path in sorted((corpus / "yaml").glob("*.yaml")):
            with path.open(encoding="utf-8") as handle:
                claims += len((yaml.load(handle, Loader=yaml.CSafeLoader) or {}).get("claims", []))
        details["claims"] = claims
    else:
        # As `checker check` runs: its reports show findings, not claims, so none are kept.
        result = run([corpus / reads], RunOptions(**options, keep_claims=False))
        for finding in result.findings:
            finding.message  # noqa: B018  # written, as a report showing every finding writes it
    seconds = time.perf_counter() - started
    # Measured before the digest below, whose texts are the benchmark's, not the checker's.
    usages = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    peak_kib = max(u.ru_maxrss for u in usages)
    # Processor time of the task and its workers (less the start-up before the clock started):
    # on a machine shared with other work, it moves far less than the wall time does.
    cpu = sum(u.ru_utime + u.ru_stime for u in usages) - cpu_before
    if result is not None:
        details = _found(result)
    return {"seconds": seconds, "cpu": cpu, "peak_mib": round(peak_kib / 1024), **details}


def _found(result: Any) -> dict:
    """The findings by severity, and a digest of them all: it must be the same for every
    process count and backend."""
    severities = [f.severity for f in result.findings]
    identity = sorted(f"{f.fingerprint} {f.severity} {f.message} {f.hint}" for f in result.findings)
    return {
        "claims": result.claim_count,
        "input_errors": len(result.input_errors),
        "errors": severities.count("error"),
        "warnings": severities.count("warning"),
        "notes": severities.count("info"),
        "hints": sum(f.hint is not None for f in result.findings),
        "findings_digest": hashlib.sha256("\n".join(identity).encode()).hexdigest()[:12],
    }


def _run_task(corpus: Path, label: str) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--task", str(corpus), label],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown cpu",
    )
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def _measure(kind: str, size: int, labels: list[str], repeat: int) -> list[dict]:
    """Each task `repeat` times in rounds (the machine's speed drifts): the fastest run, with
    the median beside it."""
    corpus = _write_corpus(kind, size)
    runs: dict[str, list[dict]] = {label: [] for label in labels}
    for _ in range(repeat):
        for label in labels:
            runs[label].append(_run_task(corpus, label))
    rows = []
    for label, done in runs.items():
        best = min(done, key=lambda r: r["seconds"])
        rows.append(
            {
                **best,
                "corpus": kind,
                "size": size,
                "task": label,
                "median": statistics.median(r["seconds"] for r in done),
                "runs": [round(r["seconds"], 2) for r in done],
            }
        )
    floor = next((r for r in rows if r["task"] == "libyaml read"), None)
    for row in rows:
        row["vs_floor"] = row["seconds"] / floor["seconds"] if floor else None
        row["cpu_vs_floor"] = row["cpu"] / floor["cpu"] if floor else None
    return rows


def _print_row(row: dict) -> None:
    ratio = f"{row['vs_floor']:.2f}x" if row["vs_floor"] else "-"
    cpu_ratio = f"{row['cpu_vs_floor']:.2f}x" if row["cpu_vs_floor"] else "-"
    found = (
        f"  {row['errors']} errors, {row['warnings']} warnings, {row['notes']} notes, "
        f"{row['hints']} hints [{row['findings_digest']}]"
        if "errors" in row
        else ""
    )
    print(
        f"{row['corpus']:<10}{row['size']:>9}  {row['task']:<20}{row['seconds']:>8.2f} s"
        f" (median {row['median']:.2f}){row['claims'] / row['seconds']:>9.0f} claims/s"
        f"  {ratio:>7} floor  cpu {row['cpu']:7.2f} s ({cpu_ratio} floor's)"
        f"  peak {row['peak_mib']:>5} MiB{found}",
        flush=True,
    )


def _print_summary(rows: list[dict]) -> None:
    """Growth of time from each size to the next, and whether the findings agree across the
    process counts of one input."""
    for kind in dict.fromkeys(r["corpus"] for r in rows):
        for label in dict.fromkeys(r["task"] for r in rows):
            runs = {r["size"]: r for r in rows if (r["corpus"], r["task"]) == (kind, label)}
            sizes = sorted(runs)
            steps = [
                f"{b / a:g}x claims -> x{runs[b]['seconds'] / runs[a]['seconds']:.2f} time"
                f" (x{runs[b]['cpu'] / runs[a]['cpu']:.2f} cpu)"
                for a, b in zip(sizes, sizes[1:], strict=False)
            ]
            if steps:
                print(f"growth {kind:<10} {label:<20} " + "; ".join(steps))
        for size in sorted({r["size"] for r in rows if r["corpus"] == kind}):
            for reads in ("yaml", "jsonl"):
                digests = {
                    r["findings_digest"]
                    for r in rows
                    if (r["corpus"], r["size"]) == (kind, size)
                    and r["task"].startswith(f"check {reads}")
                }
                if len(digests) > 1:
                    print(f"FINDINGS DIFFER between process counts: {kind} {size} {reads}")


def compile_package(package: Path) -> None:
    """The package's modules compiled to bytecode, as an installed package has them. Where
    PYTHONDONTWRITEBYTECODE is set (as on the project's machines) a source checkout is never
    cached, and each task's process compiled the checker again: about half a billion
    instructions (a tenth of a second or more) of every task, which no installed checker spends.
    compileall writes the files whatever that setting, which only stops Python writing them."""
    import compileall

    compileall.compile_dir(package, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[50_000, 100_000, 250_000, 1_000_000]
    )
    parser.add_argument("--corpora", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--tasks", nargs="+", help="only these tasks (by label prefix)")
    parser.add_argument("--dask", action="store_true", help="also Dask with 2 local workers")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--task", nargs=2, metavar=("CORPUS", "TASK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.task:
        print(json.dumps(_task(Path(args.task[0]), args.task[1])))
        return
    compile_package(HERE.parent / "checker")
    labels = [*TASKS, *(DASK_TASK if args.dask else {})]
    if args.tasks:
        labels = [label for label in labels if label.startswith(tuple(args.tasks))]
    print(f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {_machine()}")
    rows = []
    OUT.mkdir(exist_ok=True)
    with (OUT / "scale-results.jsonl").open("a", encoding="utf-8") as log:
        for kind in args.corpora:
            for size in args.sizes:
                for row in _measure(kind, size, labels, args.repeat):
                    _print_row(row)
                    rows.append(row)
                    stamp = {"date": f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M}"}
                    log.write(json.dumps({**stamp, "machine": _machine(), **row}) + "\n")
    _print_summary(rows)


if __name__ == "__main__":
    main()
