"""Hostile inputs: the worst shapes a user (or an attacker) can hand the checker, timed.

Each case writes its input into bench/out/hostile/<case>/ at about --mb megabytes (the default
19.9: 20 is the per-file limit), then times `checker <command>` on it in a fresh process, with a
time limit. The checker must answer every one with findings or a message, never a traceback,
and within a few seconds per megabyte; the table gives seconds, seconds per megabyte, the exit
status and the first line of what it said. Cases:
  deep-json / deep-yaml   brackets nested 10,000 deep (JSON's parser recurses)
  part-of-chain           a metrics.yaml with one part_of chain through every metric, twenty
                          claims along it (cycle detection, ancestor and descendant walks)
  sum-of-cycle            the same chain closed into a circle through sum_of
  converts-chain          one claim converting the next, all the way down, closed in a circle
  jsonl-bulk              JSON Lines with one source (and entity) per line, many claims each
  long-line               one JSON Lines record as long as the line limit allows, and one over
  duplicate-ids           one YAML file with the same claim id on every claim
  billion-laughs          YAML aliases expanding exponentially
  giant-expression        a rule directory whose assert is 100,000 characters and nested deep
  huge-number             a claim whose value has a million digits
  audit-bulk              `checker audit` (HTML report) of the JSON Lines bulk corpus
  conflicting-figures     one quantity (entity, metric, period) stated again and again, every
                          time with another value: the conflict rule compares each quantity's
                          figures at once (compare: groups), one finding for all of them
  conflicting-claims      400 claims of one quantity of one entity in four sources, every two
                          of them disagreeing (with scale words, so hints try their repairs),
                          whatever --mb says
  conflicting-changes     150 changes (--changes) of one metric over one span, as factors and
                          percents, every two disagreeing, whatever --mb says: change-conflict
                          compares each span's statements at once too (compare: groups)
  changes-by-span         changes of one metric over five spans, three of them three years
                          long, and given only as three or two years, every one another figure:
                          the changes given in years are compared with each span that long
  agreeing-changes        one change over one span stated again and again, every time the same
                          figure, every one off its two levels by a shifted decimal point (a
                          hint for each: every repair is tried in the whole group)
  points-and-percents     two levels in percent, then changes over their span, every other one
                          in percentage points (all off) and the others in percent (all
                          disagreeing): each change in points is tried read as percent, which
                          would join the percent changes
  amounts-and-percents    a level, then changes over the span that reaches it, every other one an
                          amount (+1,000, +1,001, ...) and the others a percent (+20.00 %, ...),
                          all disagreeing: change-amount-and-percent compares every amount with
                          every percent of the span at once (compare: groups, checker/crossed.py;
                          in triples it was quadratic, a finding for each)
The table gives wall-clock seconds and the processor time of the checker's process (user and
system, with any workers it started): on a machine shared with other work, the second is the
measure of the work done.
Usage: python bench/hostile.py [--mb 19.9] [--only CASE ...] [--changes 150] [--timeout 600]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "hostile"
CHECKER = [sys.executable, "-m", "checker"]
HEADER = "source: {id: hostile, title: Hostile}\ndefaults: {entity: E}\nclaims:\n"


def _fill(path: Path, head: str, line: Callable[[int], str], tail: str, size: int) -> None:
    """head, then line(0), line(1), ... until the file reaches size bytes, then tail."""
    with path.open("w", encoding="utf-8") as stream:
        stream.write(head)
        written, number = len(head), 0
        while True:
            text = line(number)
            length = len(text.encode("utf-8"))
            if written + length + len(tail) + 200 > size:  # room for a closing line
                break
            stream.write(text)
            written += length
            number += 1
        stream.write(tail)


def deep_json(directory: Path, size: int) -> list[str]:
    depth = 10_000
    (directory / "deep.json").write_text("[" * depth + "]" * depth, encoding="utf-8")
    (directory / "deep.jsonl").write_text("[" * depth + "]" * depth + "\n", encoding="utf-8")
    return ["check", str(directory)]


def deep_yaml(directory: Path, size: int) -> list[str]:
    lines = "".join("  " * level + "a:\n" for level in range(2_000))
    (directory / "deep.yaml").write_text(lines, encoding="utf-8")
    return ["check", str(directory)]


def part_of_chain(directory: Path, size: int) -> list[str]:
    def entry(number: int) -> str:
        whole = f", part_of: m{number - 1}" if number else ""
        return f"  m{number}: {{unit: count, description: M{number}{whole}}}\n"

    _fill(directory / "metrics.yaml", "metrics:\n", entry, "", size)
    metrics = sum(1 for _ in (directory / "metrics.yaml").open()) - 1
    # Twenty claims along the chain, the deepest part too big for its whole: the work on the
    # chain itself (loading, circles, descendants) is what grows; the pairs of claims do not.
    claims = (
        "".join(
            f"  - {{id: c{n}, metric: m{n}, period: 2020, value: {metrics - n}}}\n"
            for n in range(0, metrics, max(1, metrics // 20))
        )
        + f"  - {{id: deepest, metric: m{metrics - 1}, period: 2020, value: {10 * metrics}}}\n"
    )
    (directory / "claims.yaml").write_text(HEADER + claims, encoding="utf-8")
    return ["check", str(directory)]


def sum_of_cycle(directory: Path, size: int) -> list[str]:
    def entry(number: int) -> str:
        return f"  m{number}: {{unit: count, description: M{number}, sum_of: [m{number + 1}]}}\n"

    _fill(directory / "metrics.yaml", "metrics:\n", entry, "", size)
    metrics = sum(1 for _ in (directory / "metrics.yaml").open()) - 1
    with (directory / "metrics.yaml").open("a", encoding="utf-8") as stream:
        stream.write(f"  m{metrics}: {{unit: count, description: last, sum_of: [m0]}}\n")
    (directory / "claims.yaml").write_text(
        HEADER + "  - {id: c, metric: m0, period: 2020, value: 1}\n", encoding="utf-8"
    )
    return ["check", str(directory)]


def converts_chain(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        return (
            f"  - {{id: c{number}, metric: m{number}, period: 2020, value: {number + 1} USD, "
            f"converts: c{number + 1}}}\n"
        )

    _fill(directory / "claims.yaml", HEADER, claim, "", size)
    claims = sum(1 for _ in (directory / "claims.yaml").open()) - 3
    with (directory / "claims.yaml").open("a", encoding="utf-8") as stream:
        stream.write(
            f"  - {{id: c{claims}, metric: m, period: 2020, value: 1 USD, converts: c0}}\n"
        )
    return ["check", str(directory)]


def conflicting_figures(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        return f"  - {{id: c{number}, metric: m, period: 2020, value: {1000 + 7 * number}}}\n"

    _fill(directory / "claims.yaml", HEADER, claim, "", size)
    return ["check", str(directory)]


def conflicting_claims(directory: Path, size: int) -> list[str]:
    for number in range(4):
        header = HEADER.replace("id: hostile", f"id: hostile-{number}")
        lines = [
            f"  - {{id: c{k}, metric: m, period: 2020, value: {100 + 3 * k}.5 million USD}}\n"
            for k in range(number * 100, number * 100 + 100)
        ]
        (directory / f"claims-{number}.yaml").write_text(header + "".join(lines), encoding="utf-8")
    return ["check", str(directory)]


def _change_value(k: int) -> str:
    return f"x{1 + k / 100 + 0.005:.3f}" if k % 2 else f"+{k + 0.5:.1f} %"


def conflicting_changes(directory: Path, size: int, count: int = 150) -> list[str]:
    span = "from: 2020, to: 2023"
    lines = [
        f"  - {{id: c{k}, kind: change, metric: m, {span}, value: '{_change_value(k)}'}}\n"
        for k in range(count)
    ]
    (directory / "claims.yaml").write_text(HEADER + "".join(lines), encoding="utf-8")
    return ["check", str(directory)]


SPANS = (
    "from: 2020, to: 2023",
    "from: 2019, to: 2022",
    "from: 2018, to: 2021",
    "from: 2021, to: 2023",
    "from: 2020, to: 2022",
    "years: 3",
    "years: 2",
)


def changes_by_span(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        span = SPANS[number % len(SPANS)]
        value = _change_value(number % 2000)
        return f"  - {{id: c{number}, kind: change, metric: m, {span}, value: '{value}'}}\n"

    _fill(directory / "claims.yaml", HEADER, claim, "", size)
    return ["check", str(directory)]


def agreeing_changes(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        return f"  - {{id: c{number}, kind: change, metric: m, {SPANS[0]}, value: '+5.0 %'}}\n"

    levels = (
        "  - {id: start, metric: m, period: 2020, value: 100}\n"
        "  - {id: end, metric: m, period: 2023, value: 150}\n"
    )
    _fill(directory / "claims.yaml", HEADER + levels, claim, "", size)
    return ["check", str(directory)]


def points_and_percents(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        k = number % 2000
        value = f"+{3 + k / 1000:.3f} pp" if number % 2 else f"+{20 + k / 100:.2f} %"
        return f"  - {{id: c{number}, kind: change, metric: m, {SPANS[0]}, value: '{value}'}}\n"

    levels = (
        "  - {id: start, metric: m, period: 2020, value: 10.0 %}\n"
        "  - {id: end, metric: m, period: 2023, value: 12.0 %}\n"
    )
    _fill(directory / "claims.yaml", HEADER + levels, claim, "", size)
    return ["check", str(directory)]


def amounts_and_percents(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        k = number % 2000
        value = f"+{1000 + k}" if number % 2 else f"+{20 + k / 100:.2f} %"
        return f"  - {{id: c{number}, kind: change, metric: m, {SPANS[0]}, value: '{value}'}}\n"

    level = "  - {id: end, metric: m, period: 2023, value: 5000}\n"
    _fill(directory / "claims.yaml", HEADER + level, claim, "", size)
    return ["check", str(directory)]


def _record(number: int) -> str:
    claims = [
        {"id": f"c{k}", "metric": f"m{k % 7}", "period": str(2000 + k % 20), "value": str(k + 1)}
        for k in range(20)
    ]
    document = {"source": {"id": f"s{number}", "title": "T"}, "defaults": {"entity": f"E{number}"}}
    return json.dumps({**document, "claims": claims}) + "\n"


def jsonl_bulk(directory: Path, size: int) -> list[str]:
    _fill(directory / "bulk.jsonl", "", _record, "", size)
    return ["check", str(directory)]


def long_line(directory: Path, size: int) -> list[str]:
    limit = 4 * 1024 * 1024  # LoadOptions.max_line_bytes
    for name, length in (("fits.jsonl", limit - 1024), ("over.jsonl", min(size, limit * 2))):
        quote = "x" * (length - 300)
        record = {
            "source": {"id": name.split(".")[0], "title": "T"},
            "defaults": {"entity": "E"},
            "claims": [{"id": "c", "metric": "m", "period": "2020", "value": "1", "quote": quote}],
        }
        (directory / name).write_text(json.dumps(record) + "\n", encoding="utf-8")
    return ["check", str(directory)]


def duplicate_ids(directory: Path, size: int) -> list[str]:
    def claim(number: int) -> str:
        return f"  - {{id: same, metric: m, period: 2020, value: {number}}}\n"

    _fill(directory / "claims.yaml", HEADER, claim, "", size)
    return ["check", str(directory)]


def billion_laughs(directory: Path, size: int) -> list[str]:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 30):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 10)}]")
    (directory / "laughs.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", str(directory)]


def giant_expression(directory: Path, size: int) -> list[str]:
    rules = directory / "rules"
    rules.mkdir(exist_ok=True)
    long = "a == " + " + ".join(["b"] * 25_000)
    deep = "a == " + "(" * 10_000 + "b" + ")" * 10_000
    power = "a == b ** 100000000"
    for name, text in (("long", long), ("deep", deep), ("power", power)):
        rule = {
            "id": f"hostile-{name}",
            "summary": "s",
            "why": "w",
            "join": {"a": {"kind": "value"}, "b": {"kind": "value", "metric": "a.metric"}},
            "assert": text,
            "message": "{a}",
            "examples": {"fail": ["- {id: x, metric: m, period: 2020, value: 1}"], "pass": ["[]"]},
        }
        (rules / f"{name}.yaml").write_text(json.dumps(rule), encoding="utf-8")
    claims = directory / "claims"
    claims.mkdir(exist_ok=True)
    (claims / "c.yaml").write_text(
        HEADER + "  - {id: c, metric: m, period: 2020, value: 1}\n", encoding="utf-8"
    )
    return ["check", str(claims), "--rules", str(rules)]


def huge_number(directory: Path, size: int) -> list[str]:
    digits = "9" * min(size, 1_000_000)
    (directory / "claims.yaml").write_text(
        HEADER + f"  - {{id: c, metric: m, period: 2020, value: '{digits}'}}\n", encoding="utf-8"
    )
    return ["check", str(directory)]


def audit_bulk(directory: Path, size: int) -> list[str]:
    _fill(directory / "bulk.jsonl", "", _record, "", size)
    return ["audit", str(directory), "-o", str(directory.parent / "audit-bulk.html"), "--force"]


CASES: dict[str, Callable[[Path, int], list[str]]] = {
    "deep-json": deep_json,
    "deep-yaml": deep_yaml,
    "part-of-chain": part_of_chain,
    "sum-of-cycle": sum_of_cycle,
    "converts-chain": converts_chain,
    "jsonl-bulk": jsonl_bulk,
    "long-line": long_line,
    "duplicate-ids": duplicate_ids,
    "billion-laughs": billion_laughs,
    "giant-expression": giant_expression,
    "huge-number": huge_number,
    "audit-bulk": audit_bulk,
    "conflicting-figures": conflicting_figures,
    "conflicting-claims": conflicting_claims,
    "conflicting-changes": conflicting_changes,
    "changes-by-span": changes_by_span,
    "agreeing-changes": agreeing_changes,
    "points-and-percents": points_and_percents,
    "amounts-and-percents": amounts_and_percents,
}


def _size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())


def _children_cpu() -> float:
    """Processor seconds (user and system) of the child processes waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_case(name: str, size: int, timeout: float) -> dict:
    directory = OUT / name
    if directory.exists():
        for path in sorted(directory.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
    directory.mkdir(parents=True, exist_ok=True)
    command = CASES[name](directory, size)
    megabytes = max(_size(directory) / 1024 / 1024, 0.001)
    start, used = time.perf_counter(), _children_cpu()
    try:
        done = subprocess.run(
            [*CHECKER, *command], capture_output=True, text=True, timeout=timeout, cwd=HERE.parent
        )
        status, output = done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired:  # the child is killed and waited for: its time counts
        status, output = None, f"no answer within {timeout:.0f} s"
    seconds, cpu = time.perf_counter() - start, _children_cpu() - used
    said = [line for line in output.splitlines() if line.strip()]
    return {
        "case": name,
        "command": command[0],
        "mb": round(megabytes, 2),
        "seconds": round(seconds, 2),
        "s_per_mb": round(seconds / megabytes, 2),
        "cpu": round(cpu, 2),
        "cpu_per_mb": round(cpu / megabytes, 2),
        "exit": status,
        "traceback": "Traceback" in output,
        "first": (said[0] if said else "")[:110],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--mb", type=float, default=19.9, help="size of each input (MB; 20 is the file limit)"
    )
    parser.add_argument("--only", nargs="*", choices=list(CASES), help="run only these cases")
    parser.add_argument(
        "--changes", type=int, default=150, help="how many changes conflicting-changes states"
    )
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before giving up")
    arguments = parser.parse_args()
    CASES["conflicting-changes"] = functools.partial(conflicting_changes, count=arguments.changes)
    size = int(arguments.mb * 1024 * 1024)
    rows = [run_case(name, size, arguments.timeout) for name in arguments.only or CASES]
    # What every row pays before it reads anything: interpreter, imports, rules.
    start = time.perf_counter()
    subprocess.run([*CHECKER, "--version"], capture_output=True, cwd=HERE.parent)
    print(f"start-up alone (checker --version): {time.perf_counter() - start:.2f} s")
    print(
        f"{'case':19} {'command':7} {'MB':>6} {'s':>7} {'s/MB':>6} {'cpu s':>7} {'cpu/MB':>6} "
        "exit  first line said"
    )
    for row in rows:
        print(
            f"{row['case']:19} {row['command']:7} {row['mb']:6.2f} {row['seconds']:7.2f} "
            f"{row['s_per_mb']:6.2f} {row['cpu']:7.2f} {row['cpu_per_mb']:6.2f} "
            f"{row['exit']!s:4}  {row['first']}"
        )
    bad = [r for r in rows if r["traceback"] or r["exit"] is None]
    for row in bad:
        print(f"FAILED: {row['case']}: " + ("traceback" if row["traceback"] else "no answer"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
