"""Archive index benchmark: build an index of a realistic archive, then check a 50-claim draft.

For each size, ../shared/bench/gen_corpus.py writes an archive of SIZE + 50 claims in sources of
50 claims; the last source (the newest bulletin about the last city, whose earlier claims stay in
the archive) is moved out as the draft. Measured: the first build, a rebuild with nothing changed,
a rebuild after one archive file changed, the database size, and the draft's check against the
index, in this process and as the command `checker check DRAFT --against DB` (wall, with Python's
start-up). With --compare, the draft and the whole archive are also checked together, and the
findings of the draft's partitions are compared with those of the check against the index.

    python bench/archive_index.py --sizes 100000 1000000 [--compare]
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

GENERATOR = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
DRAFT_CLAIMS = 50


def _corpus(size: int, out: Path) -> tuple[Path, Path]:
    """An archive of `size` claims and a draft of 50, generated (once) under `out`."""
    archive, draft = out / f"archive-{size}", out / f"draft-{size}"
    if not draft.is_dir():
        shutil.rmtree(archive, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(GENERATOR), str(archive), str(size + DRAFT_CLAIMS)]
            + ["--per-file", str(DRAFT_CLAIMS)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        newest = max(archive.glob("[0-9]*.yaml"))
        draft.mkdir()
        newest.rename(draft / newest.name)
    return archive, draft


def _timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = action()
    return value, round(time.perf_counter() - started, 3)


def measure(size: int, out: Path, compare: bool) -> dict:
    from checker.archive import build, check_against

    archive, draft = _corpus(size, out)
    db = out / f"archive-{size}.sqlite"
    db.unlink(missing_ok=True)
    report, built = _timed(lambda: build([archive], db))
    _, unchanged = _timed(lambda: build([archive], db))
    touched = min(archive.glob("[0-9]*.yaml"))
    touched.write_text(touched.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _, one_changed = _timed(lambda: build([archive], db))
    result, checked = _timed(lambda: check_against([draft], db))
    command = [str(Path(sys.executable).parent / "checker"), "check", str(draft)]
    _, wall = _timed(
        lambda: subprocess.run(
            [*command, "--against", str(db), "--format", "json"], capture_output=True
        )
    )
    row = {
        "archived_claims": report.claims,
        "build_s": built,
        "rebuild_unchanged_s": unchanged,
        "rebuild_one_file_changed_s": one_changed,
        "db_mib": round(db.stat().st_size / 2**20, 1),
        "draft_claims": sum(1 for c in result.corpus.claims if draft.name in c.position.file),
        "claims_loaded_from_index": result.claim_count,
        "findings": len(result.findings),
        "check_in_process_s": checked,
        "check_command_wall_s": wall,
    }
    if compare:
        row.update(_compare(archive, draft, result.findings))
    return row


def _compare(archive: Path, draft: Path, against: list) -> dict:
    """The full run's findings in the draft's partitions (claims of the draft's entities, which
    the generator never links across entities), against the index's."""
    from checker.runner import run

    full, seconds = _timed(lambda: run([draft, archive]))
    entities = {c.entity for c in full.corpus.claims if draft.name in c.position.file}
    expected = [f.model_dump() for f in full.findings if f.claims[0].entity in entities]
    return {
        "full_check_s": seconds,
        "same_findings": expected == [f.model_dump() for f in against],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=HERE / "out" / "archive-index")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        rows.append({"size": size, **measure(size, args.out, args.compare)})
        print(json.dumps(rows[-1]), flush=True)
    for before, after in itertools.pairwise(rows):
        growth = {
            key: round(after[key] / before[key], 2)
            for key in ("build_s", "check_in_process_s", "check_command_wall_s")
            if before[key]
        }
        print(f"growth {before['size']} -> {after['size']}: {json.dumps(growth)}")


if __name__ == "__main__":
    main()
