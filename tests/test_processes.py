"""Local worker processes (`--jobs N`): whatever the number of workers, and wherever the input
is cut between them, the run reports exactly what one process reports, input errors included."""

import json
from pathlib import Path

import pytest

from checker.fragments import stretches as cut
from checker.loading import Chunk
from checker.runner import RunOptions, run

METRICS = """\
metrics:
  gdp: {unit: CNY}
  digital_economy: {unit: CNY, part_of: gdp}
  exchange_rate: {unit: CNY / USD}
"""


def _claim_file(source: str, claims: str, entity: str = "Northtown", extra: str = "") -> str:
    return (
        f"source: {{id: {source}, title: Report {source}, publisher: Desk, published: 2024-03-01{extra}}}\n"
        f"defaults: {{entity: {entity}}}\nclaims:\n{claims}"
    )


def _padding(number: int) -> str:
    """A file of unrelated claims, so the files around it land in different workers."""
    lines = "".join(
        f"  - {{id: g{year}, metric: gdp, period: {year}, value: {100 + year - 2000} billion CNY}}\n"
        for year in range(2000, 2040)
    )
    return _claim_file(f"pad-{number}", lines, entity=f"Padtown {number}")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "metrics.yaml").write_text(METRICS)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Northtown's GDP reached 2,000.4 billion yuan in 2023."
    )
    (tmp_path / "sources" / "other.txt").write_text("Something else entirely.")
    files = {
        "a-first.yaml": _claim_file(
            "first",
            (
                "  - {id: gdp-2022, metric: gdp, period: 2022, value: 1900.2 billion CNY}\n"
                "  - {id: gdp-2023, metric: gdp, period: 2023, value: 2000.4 billion CNY,"
                ' quote: "Northtown\'s GDP reached 2,000.4 billion yuan in 2023"}\n'
                "  - {id: mystery, metric: not_declared, period: 2023, value: 3}\n"
            ),
            extra=", text: sources/a.txt",
        ),
        "b-rates.yaml": "source: {id: fx, title: Rates, publisher: Bank, kind: reference}\n"
        "defaults: {entity: CNY/USD}\nclaims:\n"
        "  - {id: usd-2023, metric: exchange_rate, period: 2023, value: 7.0 .. 7.2 CNY/USD}\n",
        **{f"c-pad-{n}.yaml": _padding(n) for n in range(6)},
        "d-later.yaml": _claim_file(
            "later",
            (
                # the same entity as a-first, in another worker: its partition is split between workers
                "  - {id: de-2023, metric: digital_economy, period: 2023, value: 2.5 trillion CNY}\n"
                "  - {id: growth, kind: change, metric: gdp, from: first:gdp-2022, to: first:gdp-2023, value: +9 %}\n"
                "  - {id: gdp-usd, metric: gdp, period: 2023, value: 400 billion USD, converts: first:gdp-2023}\n"
                "  - {id: dangling, kind: change, metric: gdp, from: first:nowhere, to: first:gdp-2023, value: +1 %}\n"
            ),
        ),
        # a source id used before: dropped with its claims, its entity, its metric and its text
        "e-duplicate.yaml": _claim_file(
            "first",
            "  - {id: other, metric: only_here, period: 2021, value: 1 billion CNY}\n"
            "  - {id: gdp-2023, metric: gdp, period: 2023, value: 1 billion CNY, from: first:missing}\n",
            entity="Elsewhere",
            extra=", text: sources/other.txt",
        ),
        # a source id used before, in a file that also has a bad value: still a duplicate, and
        # not a failed source whose missing claims would go unreported
        "f-broken-duplicate.yaml": _claim_file(
            "first", "  - {id: bad, metric: gdp, period: 2021, value: twelve apples}\n"
        ),
        **{f"g-pad-{n}.yaml": _padding(n + 6) for n in range(3)},
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def _run(corpus: Path, jobs: int):
    progress: list[tuple[str, int, int]] = []
    result = run([corpus], RunOptions(jobs=jobs, progress=lambda *step: progress.append(step)))
    # every stage's progress ends at its total
    assert all(
        done == total
        for stage in ("load", "check")
        for (s, done, total) in progress[-1:]
        if s == stage
    )
    return result


def _everything(result) -> str:
    return json.dumps(
        {
            "findings": [f.model_dump(mode="json") for f in result.findings],
            "errors": [str(e) for e in result.input_errors],
            "warnings": [str(w) for w in result.input_warnings],
            "claims": result.claim_count,
            "metrics": result.metric_count,
            "sources": sorted(result.corpus.sources),
            "files": result.corpus.files,
        },
        indent=1,
        sort_keys=True,
    )


def test_every_number_of_workers_reports_what_one_process_reports(corpus):
    one = _run(corpus, 1)
    expected = _everything(one)
    # The corpus exercises what crosses workers: a split partition, claims named across files,
    # a source id used twice, a missing claim, an undeclared metric, a quote checked against a text.
    assert {f.rule for f in one.findings} >= {"part-whole", "comparison", "conversion"}
    assert sum("already used" in e.message for e in one.input_errors) == 2
    assert any("nowhere" in e.message for e in one.input_errors)
    assert any("not_declared" in w.message for w in one.input_warnings)
    assert not any(
        "only_here" in w.message or "missing" in str(e)
        for w in one.input_warnings
        for e in one.input_errors
    )
    for jobs in (2, 3, 5):
        assert _everything(_run(corpus, jobs)) == expected, f"jobs={jobs}"


def test_the_input_is_cut_into_contiguous_stretches_of_about_equal_size(tmp_path):
    files = []
    for number, size in enumerate([10, 10, 10, 10, 40, 10, 10]):
        path = tmp_path / f"{number}.yaml"
        path.write_bytes(b"x" * size)
        files.append((path, tmp_path))
    stretches = cut(files, 2)
    # input order kept
    assert [c for s in stretches for c in s] == [Chunk(path, root) for path, root in files]
    assert [sum(c.path.stat().st_size for c in s) for s in stretches] == [40, 60]
    assert len(cut(files[:1], 4)) == 1  # never an idle worker


def test_a_run_in_processes_leaves_nothing_frozen(corpus):
    """The parent freezes the findings it unpacks, out of the collector's sight while it gathers
    them, and gives them back to it when the run ends."""
    import gc

    assert _run(corpus, 2).findings
    assert gc.get_freeze_count() == 0


def test_one_process_freezes_what_each_partition_leaves_and_unfreezes_it_at_the_end(
    corpus, monkeypatch
):
    """Once a partition is checked, its findings (kept to the end of the run) are frozen out of
    the collector's sight, so its young collections do not re-read them; the run gives them
    back when it ends. The report is the same."""
    import gc

    from checker import engine

    expected = _everything(_run(corpus, 1))
    frozen_before: list[int] = []
    check_partition = engine.check_partition

    def counting(*arguments, **options):
        frozen_before.append(gc.get_freeze_count())
        return check_partition(*arguments, **options)

    monkeypatch.setattr(engine, "check_partition", counting)
    for keep_claims in (True, False):
        frozen_before.clear()
        result = run([corpus], RunOptions(jobs=1, keep_claims=keep_claims))
        assert _everything(result) == expected
        assert len(frozen_before) > 2
        # Each partition finds the objects the ones before it left frozen.
        assert all(b >= a for a, b in zip(frozen_before, frozen_before[1:], strict=False))
        assert frozen_before[-1] > frozen_before[0]
        assert gc.get_freeze_count() == 0


def test_a_json_lines_file_is_cut_into_stretches_within_a_line_of_equal(tmp_path):
    """Pieces read equal shares of one JSON Lines file, to a line: the worker with the most to
    check sets the run's time."""
    path = tmp_path / "bulk.jsonl"
    line = b'{"pad": "' + b"z" * (40_000 - 12) + b'"}\n'
    path.write_bytes(line * 100)
    for pieces in (2, 3, 4):
        stretches = cut([(path, tmp_path)], pieces)
        lines = [sum(c.span[1] - c.span[0] for c in s) / len(line) for s in stretches]
        assert sum(lines) == 100 and max(lines) - min(lines) <= 1, (pieces, lines)


def test_jobs_zero_chooses_one_process_for_small_input_and_a_core_per_megabyte_for_large(
    tmp_path, monkeypatch
):
    from checker import cli

    monkeypatch.setattr(cli.os, "cpu_count", lambda: 8)
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    with small.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    with large.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 10)
    assert cli._jobs(0, (small,)) == 1
    assert cli._jobs(0, (large,)) == 5  # a worker's share stays at least a megabyte
    assert cli._jobs(0, (tmp_path,)) == 8
    assert cli._jobs(3, (small,)) == 3  # asked for: given


def test_a_worker_killed_while_the_parent_writes_to_it_stops_the_run_cleanly(corpus):
    import multiprocessing
    import os
    import signal
    import time

    from checker.engine import WorkerLost

    def kill_a_worker(stage, done, total):
        if stage == "load" and done == total:  # every summary is in; the parent writes next
            os.kill(multiprocessing.active_children()[-1].pid, signal.SIGKILL)
            time.sleep(0.3)

    with pytest.raises(WorkerLost):
        run([corpus], RunOptions(jobs=2, progress=kill_a_worker))


def test_findings_sent_in_many_batches_and_claims_let_go_report_the_same(corpus, monkeypatch):
    """Workers send their findings in batches, and a run that keeps no claims lets each
    partition's go once checked: neither changes the report."""
    from checker import processes

    expected = _everything(_run(corpus, 1))
    monkeypatch.setattr(processes, "FINDINGS_PER_MESSAGE", 1)  # workers are forked: they see it
    for jobs, keep_claims in ((1, False), (2, False), (3, True)):
        result = run([corpus], RunOptions(jobs=jobs, keep_claims=keep_claims))
        assert len(result.findings) > 1
        assert _everything(result) == expected, f"jobs={jobs}, keep_claims={keep_claims}"
        if not keep_claims:
            assert result.corpus.claims == []


def _reachable(start: object) -> list[object]:
    """The objects reachable from one, not through functions, classes or modules (whose
    globals reach everything)."""
    import gc
    import types

    seen, found, todo = set(), [], [start]
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, types.FunctionType | type | types.ModuleType):
            continue
        seen.add(id(item))
        found.append(item)
        todo.extend(gc.get_referents(item))
    return found


def test_a_text_report_writes_what_it_shows_and_findings_hold_no_claim(corpus):
    """A run that lets its claims go keeps no claim in its findings; what only some reports
    read (arguments, the intervals as text, the fingerprint) is written when first read, so a
    text report, which shows messages and citations, writes none of it, and the JSON report
    then reads the same as a run's that kept its claims."""
    from checker.corpus import Claim
    from checker.report import CHECK_REPORTS, ReportOptions

    result = run([corpus], RunOptions(jobs=1, keep_claims=False))
    CHECK_REPORTS["text"](result, ReportOptions(show_info=True))
    # (A finding copied to add a hint, or what reference data it rests on, is written whole.)
    notes = [f for f in result.findings if f.severity == "info"]
    assert len(notes) > 1 and not any("fingerprint" in f.__dict__ for f in notes)
    assert not any(isinstance(x, Claim) for f in result.findings for x in _reachable(f))
    assert _everything(result) == _everything(_run(corpus, 1))


def test_the_parent_checks_the_first_stretch_itself_beside_one_worker_fewer(corpus, monkeypatch):
    """With N jobs the run forks N - 1 workers and checks the first stretch in its own process
    (a parent that only gathered findings forked one more and unpickled every finding): the
    report is still what one process reports."""
    import os
    from multiprocessing.process import BaseProcess

    from checker import engine

    expected = _everything(_run(corpus, 1))
    parent = os.getpid()
    checked_here: list[int] = []
    check_partition = engine.check_partition

    def counting(partition, *arguments, **options):
        if os.getpid() == parent:
            checked_here.append(len(partition.claims))
        return check_partition(partition, *arguments, **options)

    forked: list[BaseProcess] = []
    start = BaseProcess.start

    def counted_start(process):
        forked.append(process)
        return start(process)

    monkeypatch.setattr(engine, "check_partition", counting)
    monkeypatch.setattr(BaseProcess, "start", counted_start)
    for jobs in (2, 3):
        forked.clear()
        checked_here.clear()
        assert _everything(_run(corpus, jobs)) == expected, f"jobs={jobs}"
        assert len(forked) == jobs - 1
        assert checked_here, "the parent checked none of its own stretch"


def test_a_worker_sends_a_batch_of_findings_the_parent_has_not_come_to_read():
    """The parent reads the workers' batches only between its own partitions: a worker's end of
    its pipe has room for a batch, so the worker checks on instead of waiting in the send."""
    import threading
    from multiprocessing import Pipe

    from checker.processes import SEND_ROOM, give_room

    try:
        cap = int(Path("/proc/sys/net/core/wmem_max").read_text())
    except OSError:
        pytest.skip("no Linux socket limit to read")
    if cap < SEND_ROOM:
        pytest.skip("this system allows a socket less room than a batch")
    parent_end, worker_end = Pipe()
    give_room(worker_end)
    batch = b"f" * (SEND_ROOM // 2)  # ten times the default room
    sent = threading.Event()

    def send() -> None:
        worker_end.send_bytes(batch)
        sent.set()

    threading.Thread(target=send, daemon=True).start()
    assert sent.wait(10), "the worker waited for the parent to read"
    assert parent_end.recv_bytes() == batch


@pytest.mark.parametrize("look_every", [0.0, 3600.0])
def test_the_parent_gathers_every_batch_however_often_it_looks_between_partitions(
    corpus, monkeypatch, look_every
):
    """The parent looks for the workers' batches between its own partitions, at most every
    LOOK_EVERY seconds, and waits for the rest once its own are checked: looking at every
    partition or only once, the report is what one process reports."""
    from checker import processes

    expected = _everything(_run(corpus, 1))
    monkeypatch.setattr(processes, "FINDINGS_PER_MESSAGE", 1)  # workers are forked: they see it
    monkeypatch.setattr(processes, "LOOK_EVERY", look_every)
    for jobs in (2, 3):
        assert _everything(_run(corpus, jobs)) == expected, f"jobs={jobs}"
