"""A rule's examples run as tests: every `fail` example must make the rule report an error or a
warning, every `pass` example must not. `checker rules --test` runs them for rule authors, and
the test suite runs the built-in rules' examples the same way."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from .corpus import Position
from .engine import check_corpus
from .loading import InputProblem, load_corpus, position_of, read_yaml
from .rules import Rule, example_files

__all__ = ["ExampleOutcome", "examples_of", "run_example", "run_rule_examples"]

Verdict = Literal["fail", "pass"]
WORDS = {"fail": "failing", "pass": "passing"}


@dataclass(frozen=True)
class ExampleOutcome:
    """One example of one rule: where it is written, and what went wrong (None when it behaves)."""

    rule: str
    verdict: Verdict
    number: int
    position: Position
    problem: str | None

    @property
    def name(self) -> str:
        return f"{self.rule}: {WORDS[self.verdict]} example {self.number}"


def examples_of(rule: Rule) -> list[tuple[Verdict, int, str]]:
    """(verdict, number from 1, text) of every example of a rule, failing ones first."""
    spec = rule.spec.examples
    verdicts: tuple[tuple[Verdict, list[str]], ...] = (("fail", spec.fail), ("pass", spec.pass_))
    return [
        (verdict, number, text)
        for verdict, texts in verdicts
        for number, text in enumerate(texts, start=1)
    ]


def run_example(rule: Rule, verdict: Verdict, text: str) -> str | None:
    """What is wrong with one example, in words for the rule's author; None when nothing is."""
    with tempfile.TemporaryDirectory(prefix="checker-example-") as directory:
        try:
            files = example_files(text)
        except yaml.YAMLError as exc:
            return f"is not valid YAML: {exc}"
        except (ValueError, TypeError, AttributeError) as exc:
            return f"is not a valid example: {exc}"
        for name, content in files.items():
            (Path(directory) / name).write_text(content, encoding="utf-8")
        corpus = load_corpus([Path(directory)])
        if corpus.errors:
            first = corpus.errors[0]
            return f"does not load as claims: {first.message} (line {first.position.line})"
        findings = check_corpus(corpus, [rule], hints=False)
    reported = [
        f.message for f in findings if f.rule == rule.id and f.severity in ("error", "warning")
    ]
    if verdict == "fail" and not reported:
        return "raises nothing, so the rule would miss what the example shows"
    if verdict == "pass" and reported:
        return f"raises {reported[0]!r}, so the rule would be a false alarm"
    return None


def _positions(rule: Rule) -> dict[tuple[Verdict, int], Position]:
    """Where each example is written in the rule file (its first line when it cannot be read)."""
    try:
        document = read_yaml(Path(rule.file).read_text(encoding="utf-8"), rule.file)
    except (OSError, UnicodeDecodeError, InputProblem):
        document = None
    return {
        (verdict, number): (
            position_of(rule.file, document, ("examples", verdict, number - 1))
            if document is not None
            else Position(rule.file, 1, 1)
        )
        for verdict, number, _ in examples_of(rule)
    }


def run_rule_examples(rules: list[Rule]) -> list[ExampleOutcome]:
    """Every example of every rule, in the rules' order."""
    outcomes = []
    for rule in rules:
        positions = _positions(rule)
        for verdict, number, text in examples_of(rule):
            problem = run_example(rule, verdict, text)
            outcomes.append(
                ExampleOutcome(rule.id, verdict, number, positions[verdict, number], problem)
            )
    return outcomes
