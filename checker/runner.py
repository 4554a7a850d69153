"""One call from paths to results: load the corpus, load the rules, run them, sort the findings.

The CLI, the tests and any embedding program call `run`; reporters take its RunResult.
"""

from __future__ import annotations

import difflib
import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import Corpus, InputError
from .engine import UNCHECKED
from .errors import CheckerError
from .findings import Finding, Severity
from .loading import LoadOptions
from .processes import check_in_one_process
from .rates import RATE_PROVIDERS
from .rules import BUILTIN_RULES, Rule, load_rules

if TYPE_CHECKING:
    from .fragments import PiecewiseRun

__all__ = ["RunError", "RunOptions", "RunResult", "run", "select_rules", "selection_problems"]


@dataclass(frozen=True)
class RunOptions:
    """Everything a run can be told: how to load, which rules, where user rules live."""

    load: LoadOptions = LoadOptions()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rule_directories: tuple[Path, ...] = ()
    severities: tuple[tuple[str, Severity], ...] = ()
    hints: bool = True
    jobs: int = 1
    backend: str = "local"
    scheduler: str | None = None
    progress: Callable[[str, int, int], None] | None = None  # (stage, done, total) for a display
    # False: the result's corpus holds no claims (what the text, JSON and SARIF reports need),
    # and a single process lets each partition's claims go once checked (see check_corpus).
    keep_claims: bool = True


@dataclass
class RunResult:
    """What a run found: the corpus as loaded, its input errors and warnings, and the findings."""

    corpus: Corpus
    rules: list[Rule]
    findings: list[Finding] = field(default_factory=list)
    rule_errors: list[InputError] = field(default_factory=list)
    claim_count: int = 0
    metric_count: int = 0
    reference_count: int = 0  # claims of reference sources: data to check against, not claims

    @classmethod
    def of_corpus(
        cls,
        corpus: Corpus,
        rules: list[Rule],
        findings: list[Finding],
        rule_errors: list[InputError],
    ) -> RunResult:
        """The result of a run that holds its whole corpus, counted from it."""
        claims = corpus.claims
        return cls(
            corpus,
            rules,
            findings,
            rule_errors,
            len(claims),
            len({c.metric for c in claims}),
            sum(c.source.is_reference for c in claims),
        )

    @property
    def unchecked_count(self) -> int:
        """Article claims no rule checked (each has a note saying what it lacked)."""
        return sum(1 for f in self.findings if f.rule == UNCHECKED)

    @property
    def checked_count(self) -> int:
        """Article claims checked by at least one rule."""
        return self.claim_count - self.reference_count - self.unchecked_count

    @property
    def input_errors(self) -> list[InputError]:
        return sorted(self.rule_errors + self.corpus.errors)

    @property
    def input_warnings(self) -> list[InputError]:
        return self.corpus.warnings


def select_rules(rules: list[Rule], select: Iterable[str], ignore: Iterable[str]) -> list[Rule]:
    """Rules left after --select (ids or id prefixes; all when empty) and --ignore."""
    select, ignore = tuple(select), tuple(ignore)
    chosen = [
        r for r in rules if not select or any(r.id == s or r.id.startswith(s + "-") for s in select)
    ]
    return [r for r in chosen if not any(r.id == i or r.id.startswith(i + "-") for i in ignore)]


class RunError(CheckerError):
    """A run that would check nothing, or cannot start; the message says why and what to do."""


def selection_problems(
    rules: list[Rule], select: Iterable[str], ignore: Iterable[str], severity: Iterable[str] = ()
) -> list[str]:
    """Names in --select/--ignore (or the configuration's) that match no rule: a typo there
    would silently check everything or nothing."""
    ids = [r.id for r in rules]
    problems = []
    for option, names in (("select", select), ("ignore", ignore), ("severity", severity)):
        for name in dict.fromkeys(names):
            if any(i == name or i.startswith(name + "-") for i in ids):
                continue
            close = difflib.get_close_matches(name, ids, n=3)
            problems.append(
                f"'{name}' ("
                + (f"--{option}, or {option}" if option != "severity" else "severity")
                + " in the configuration) names no rule"
                + (f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "")
                + " (`checker rules` lists them)"
            )
    return problems


def _chosen_rules(options: RunOptions) -> tuple[list[Rule], list[InputError]]:
    rules, rule_errors = load_rules([BUILTIN_RULES, *options.rule_directories])
    severities = dict(options.severities)
    rules = [r.with_severity(severities[r.id]) if r.id in severities else r for r in rules]
    problems = selection_problems(
        rules, options.select, options.ignore, (rule for rule, _ in options.severities)
    )
    if problems:
        raise RunError("; ".join(problems))
    chosen = select_rules(rules, options.select, options.ignore)
    if not chosen:
        raise RunError(
            "no rule is left to run after --select and --ignore (and the configuration's); "
            "nothing would be checked"
        )
    if options.backend == "dask" and not all(
        importlib.util.find_spec(module) for module in ("dask", "distributed")
    ):
        raise RunError(
            "--backend dask needs Dask, which is not installed: pip install 'checker[dask]'"
        )
    if options.load.rates is not None:
        # Read once here, before any worker starts: a missing package is one message, and
        # workers forked from this process inherit the table.
        RATE_PROVIDERS[options.load.rates]()
    return chosen, rule_errors


def run(paths: Iterable[Path | str], options: RunOptions = RunOptions()) -> RunResult:
    """Load, check and collect; raises RunError when the run would check nothing."""
    locations = [Path(p) for p in paths]
    chosen, rule_errors = _chosen_rules(options)
    if options.backend == "dask":
        from .dask_backend import check_on_dask

        done = check_on_dask(
            locations, options.load, chosen, options.hints, options.scheduler, max(options.jobs, 2)
        )
        return _of_pieces(done, chosen, rule_errors)
    if options.jobs > 1:
        from .processes import check_in_processes

        done = check_in_processes(
            locations, options.load, chosen, options.hints, options.jobs, options.progress
        )
    else:
        done = check_in_one_process(
            locations, options.load, chosen, options.hints, options.progress, options.keep_claims
        )
    return _of_pieces(done, chosen, rule_errors)


def _of_pieces(done: PiecewiseRun, chosen: list[Rule], rule_errors: list[InputError]) -> RunResult:
    """The result of a run in pieces (processes or Dask), counted by the pieces."""
    return RunResult(
        done.corpus,
        chosen,
        done.findings,
        rule_errors,
        done.claim_count,
        done.metric_count,
        done.reference_count,
    )
