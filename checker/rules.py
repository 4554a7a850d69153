"""Rule files: one YAML file per rule, read into a validated RuleSpec.

A rule says which claims it joins (a pattern per binding, looked up in the index by entity,
metric and period), the relation it asserts (see `expressions`), its message and its examples.
A few checks need more than arithmetic (quotes against the text, exchange rates); a rule names
those with `check:` and still carries its docs and examples here. Evaluation lives in `engine`.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from quicktions import Fraction

from .checks import CHECKS
from .corpus import Claim, Corpus, InputError, Position
from .expressions import Assertion, ExpressionError, Name, parse_assertion
from .findings import Severity
from .index import CLAIM_ATTRIBUTES, METRIC_ATTRIBUTES, PERIOD_ATTRIBUTES, JoinPlan
from .intervals import format_number
from .loading import InputProblem, describe_validation, position_of, read_yaml
from .periods import PeriodError, parse_period

__all__ = ["BUILTIN_RULES", "ClaimPattern", "Rule", "RuleSpec", "load_rules"]

# The top-level rules/ folder, wherever checker runs from: the checkout (an editable install maps
# the package onto the folder), an installed wheel or sdist, or the pre-commit hook's environment.
BUILTIN_RULES: Traversable = resources.files("checker.builtin_rules")

if TYPE_CHECKING:
    Check = str
else:  # the schema's choices are the registry's: a check added there is accepted here
    Check = Literal[("assert", *CHECKS)]


class ClaimPattern(BaseModel):
    """Which claims one binding of a join takes. Values naming an earlier binding
    (`change.metric`, `part.metric.ancestors`, `share.of`) are read from what it bound."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    kind: Literal["value", "change", "cagr", "share"] | None = Field(
        default=None,
        description="the claim's kind: a level (value), a change, a compound annual rate, a share",
    )
    form: list[Literal["number", "percent", "points", "factor"]] | None = Field(
        default=None,
        description="how the value is written: a number with its unit, a percent, percentage points, a factor",
    )
    metric: str | None = Field(
        default=None,
        description="a metric name, or a path such as change.metric or part.metric.ancestors",
    )
    period: str | None = Field(
        default=None, description="a path to a period: change.start, change.end, part.period"
    )
    of: str | None = Field(
        default=None, description="for shares: the metric they are a share of (name or path)"
    )
    claim: str | None = Field(
        default=None, description="a path to a claim named by another: change.start_claim"
    )
    span: Literal["periods", "claims", "level", "years"] | None = Field(
        default=None,
        description="how a change or cagr gives its span: two periods, two claims, only the "
        "claim of the level it led to, or only a number of years",
    )
    basis: Literal["yoy", "none"] | None = Field(
        default=None,
        description="yoy: only year-on-year changes; none: only changes that state no basis",
    )
    rate: bool | None = Field(
        default=None,
        description="true: a per-time rate of the metric (337 a day); false: a level or total",
    )
    same_span: str | None = Field(
        default=None, description="a binding whose span (periods, or years) this claim must share"
    )
    same_dimension: str | None = Field(
        default=None, description="a binding whose unit dimension this claim must share"
    )
    after: str | None = Field(
        default=None, description="a binding this claim must sort after, so each pair is seen once"
    )
    each: bool = Field(
        default=False,
        description="bind one claim for each metric the metric path lists (sum rules)",
    )

    def references(self) -> list[str]:
        """The earlier bindings this pattern reads from."""
        names = []
        for value in (self.metric, self.period, self.of, self.claim):
            if value and "." in value:
                names.append(value.split(".", 1)[0])
        names += [v for v in (self.same_span, self.same_dimension, self.after) if v]
        return names


class RuleExamples(BaseModel):
    """Claim-file snippets: each `fail` example must make the rule report, each `pass` must not."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    fail: list[str] = Field(min_length=1)
    pass_: list[str] = Field(alias="pass", min_length=1)


class RuleSpec(BaseModel):
    """A rule file."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    id: str = Field(
        pattern=r"^[a-z][a-z0-9-]*$",
        description="lower case letters, digits and '-'; --select and --ignore take it or a prefix",
    )
    summary: str = Field(min_length=1, description="one line: what the rule checks")
    why: str = Field(min_length=1, description="why it matters to a reader")
    severity: Severity = Field(
        default="error", description="of its findings (the configuration can change it per rule)"
    )
    check: Check = Field(
        default="assert", description="assert (a join and a relation) or a built-in check"
    )
    join: dict[str, ClaimPattern] | None = Field(
        default=None,
        description="the claims the rule compares: a name for each, with the keys below",
    )
    assert_: str | None = Field(
        default=None, alias="assert", description="stated side first: change == end / start - 1"
    )
    message: str = Field(
        min_length=1,
        description="the finding's sentence; {name}, {name.period}, {computed}, {stated}...",
    )
    unchecked: str | None = Field(
        default=None, description="an info note when the first claim is found but not the others"
    )
    note_rounding: bool = Field(
        default=False,
        description="an info note when the relation holds only within rounding: the other figures as written, "
        "taken exactly, give a value outside the stated figure's own rounding (for derived percentages)",
    )
    compare: Literal["pairs", "groups"] = Field(
        default="pairs",
        description="pairs: each join found is evaluated and reported on its own; groups: for a "
        "rule that equates one figure of two claims of one quantity (`second == first`, the second "
        "binding taking the claims that share the first's keys), all the claims of each quantity "
        "are compared at once, by sorting their intervals, and one finding names the figures that "
        "cannot all be right (two such figures are reported with `message`, three or more with "
        "`group_message`): the work grows with the claims, not with their pairs. With "
        "`same_span: first`, the changes over one span are a group together with the changes "
        "given only as that many years, which are compared with one another in a group of "
        "their own. A rule of three bindings whose second figure is stated against one the "
        "first and third give (`percent == amount / (end - amount)`) compares, for each third "
        "claim, every first claim sharing their keys with every second one at once",
    )
    group_message: str | None = Field(
        default=None,
        description="with compare: groups, the finding's sentence when three or more figures "
        "disagree: {count}, {figures}, {span} (with same_span) and the first binding's "
        "placeholders ({first.metric}: what every claim of the group shares; with three "
        "bindings, the third's too)",
    )
    examples: RuleExamples = Field(
        description="fail: claim files the rule must report on; pass: ones it must not "
        "(run as tests by checker rules --test)"
    )

    @model_validator(mode="after")
    def _join_fits(self) -> Any:
        if self.check == "assert":
            if not self.join or not self.assert_:
                raise ValueError("a rule with check: assert needs 'join' and 'assert'")
            seen: list[str] = []
            # a path that reads a binding not joined before it is join_problems' (at its line)
            for name, pattern in self.join.items():
                if seen and not any((pattern.metric, pattern.period, pattern.of, pattern.claim)):
                    # Without one, the join pairs every claim of an entity with every other:
                    # work that grows with the square (or cube) of the corpus, for no relation.
                    raise ValueError(
                        f"join '{name}' names no metric, period, of or claim to find its claims "
                        "by; every binding after the first needs one"
                    )
                seen.append(name)
            unknown = _unknown_placeholders(self.message, list(self.join))
            if self.compare == "groups":
                problem = _group_problem(self, self.join)
                if problem:
                    raise ValueError(f"compare: groups {problem}")
            if unknown:
                attributes = ", .".join(sorted({*CLAIM_PLACEHOLDERS, *EACH_PLACEHOLDERS}))
                raise ValueError(
                    f"the message names {', '.join(unknown)}, which no finding has "
                    f"(it has {{computed}}, {{stated}}, the join's names and .{attributes})"
                )
        return self


@functools.lru_cache(maxsize=256)
def _span_text(years: Fraction) -> str:
    """A span in years as text: a corpus holds a few spans (1, 5, 10 years) in many claims."""
    return format_number(years)


# What a rule's message can name after a binding: {change.id}, {start.period}. A binding alone
# ({change}) is its value as written; a placeholder the claim has no value for stays as written.
# `claim_texts` writes them; docs/rule-files.md is generated from the descriptions.
CLAIM_PLACEHOLDERS: dict[str, str] = {
    "id": "the claim's id",
    "metric": "the claim's metric, by name",
    "label": "the metric in words (its description in metrics.yaml, else its name)",
    "entity": "the entity the claim is about",
    "source": "the title of the claim's source",
    "period": "the claim's period ('no stated period' for a level or share that gives none)",
    "start": "where a change starts",
    "end": "where a change ends",
    "span": "the years a change or a compound rate spans",
    "of": "for a share: the metric it is a share of",
    "whole": "for a share: the whole it is a share of, in words (its description, else its name)",
}


def claim_texts(claim: Claim, corpus: Corpus) -> tuple[str | None, ...]:
    """What a claim fills into CLAIM_PLACEHOLDERS, in their order, None where it has no value:
    written in one call (a finding's arguments hold them for each claim it cites, where a reader
    per placeholder cost a call each)."""
    both_ends = claim.start is not None and claim.end is not None
    span, of = claim.span_years, claim.of
    return (
        claim.id,
        claim.metric,
        corpus.label(claim.metric),
        claim.entity,
        claim.source.title,
        _period_text(claim),
        str(claim.start) if both_ends else None,
        str(claim.end) if both_ends else None,
        None if span is None else _span_text(span),
        of or None,
        corpus.label(of) if of else None,
    )


def _period_text(claim: Claim) -> str | None:
    if claim.period is not None:
        return str(claim.period)
    return "no stated period" if claim.kind in ("value", "share") else None


# After the name of an `each` binding (a list of claims).
EACH_PLACEHOLDERS = {
    "ids": "the ids of the claims it took, comma-separated",
    "times": "its figures as written, joined by 'times' (the factors of a product)",
}
# Of the relation as a whole, without a binding's name.
VERDICT_PLACEHOLDERS = {
    "computed": "what the other figures give, in the stated figure's terms, with its range "
    "given rounding",
    "stated": "the figure the relation's left side states, as written",
}


def _unknown_placeholders(message: str, bindings: list[str]) -> list[str]:
    """The {placeholders} of a message that no finding of the rule fills in (they would be
    shown as written): a binding's name with one of CLAIM_PLACEHOLDERS or EACH_PLACEHOLDERS
    after it, or one of VERDICT_PLACEHOLDERS."""
    unknown = []
    for match in _MESSAGE_PLACEHOLDER.finditer(message):
        name, attribute = match.groups()
        if name in bindings:
            known = (
                attribute is None
                or attribute in CLAIM_PLACEHOLDERS
                or attribute in EACH_PLACEHOLDERS
            )
        else:
            known = name in VERDICT_PLACEHOLDERS and attribute is None
        if not known:
            unknown.append(match.group(0))
    return unknown


_MESSAGE_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?\}")

# Of a finding of a rule with `compare: groups` about three or more figures (its group_message).
GROUP_PLACEHOLDERS = {
    "count": "how many figures the finding names",
    "figures": "the figures that cannot all be right, lowest first, each with its claims' ids "
    "and sources (the first few, then how many more)",
    "span": "with same_span: the span the changes share, in words ('2020 to 2023', 'from now "
    "to planned', '3 years'; a span of periods adds '(or 3 years, ...)' when changes given only "
    "in years are among the figures)",
}


# What a second binding may say with compare: groups, beyond the keys the first binding's claim
# shares with it: each of these is equality with the first's, so "joined" is an equivalence and
# the claims of one quantity are one group. same_span: first is allowed too, though it is no
# equivalence (a change given only its years joins changes over any span that long): `groups`
# splits the claims by span and compares a span's changes with those given only in years.
_GROUP_SHARED_KEYS = ("metric", "period", "of")


def _group_problem(spec: RuleSpec, join: dict[str, ClaimPattern]) -> str | None:
    """Why a rule cannot compare its claims in groups, or None: its join must find, around the
    first claim, exactly the other claims of one quantity (equal keys, the same claim tests), so
    that the claims joined with one another fall into groups."""
    if spec.note_rounding:
        return "cannot note rounding (it compares no stated figure with a computed one)"
    if len(join) == 3:
        return _crossed_problem(spec, join)
    if len(join) != 2:
        return "needs a join of two bindings, or three (see `crossed`)"
    (first, head), (_, other) = join.items()
    for key in _GROUP_SHARED_KEYS:
        value = getattr(other, key)
        if value is not None and value != f"{first}.{key}":
            return f"needs the second binding's {key} to be {first}.{key}, if any"
    if other.metric is None:
        return f"needs the second binding to say metric: {first}.metric"
    same = ("kind", "form", "span", "basis", "rate", "each")
    if any(getattr(other, key) != getattr(head, key) for key in same) or head.each:
        return f"needs the second binding to test claims as the first does ({', '.join(same)})"
    if other.claim or other.same_span not in (None, first) or other.after != first:
        return f"needs the second binding to say after: {first}, and no claim"
    if other.same_span is None and "{span}" in (spec.group_message or ""):
        return "group_message names {span}, which only a join with same_span has"
    if other.same_dimension not in (None, first):
        return f"can only compare dimensions with {first}"
    return _group_message_problem(spec, [first])


def _group_message_problem(spec: RuleSpec, named: list[str]) -> str | None:
    """Why a group_message cannot be filled: missing, or naming what a group finding lacks (it
    has the group placeholders and those of the `named` bindings, which every pair shares)."""
    if spec.group_message is None:
        return "needs a group_message for three or more figures that disagree"
    unknown = []
    for match in _MESSAGE_PLACEHOLDER.finditer(spec.group_message):
        name, attribute = match.groups()
        if name in named:
            known = attribute is None or attribute in CLAIM_PLACEHOLDERS
        else:
            known = name in GROUP_PLACEHOLDERS and attribute is None
        if not known:
            unknown.append(match.group(0))
    if unknown:
        bindings = " and ".join(f"{{{name}}}" for name in named)
        return (
            f"group_message names {', '.join(unknown)}, which no group finding has (it has "
            f"{{count}}, {{figures}}, {{span}} and {bindings} with their attributes)"
        )
    return None


def _crossed_problem(spec: RuleSpec, join: dict[str, ClaimPattern]) -> str | None:
    """Why a rule of three bindings cannot compare in groups (see `crossed`): the second binding
    must take the claims sharing the first's metric (and span), the third must be found from
    the first alone, and no claim may be taken by two bindings (their kinds or forms differ)."""
    (first, head), (second, stated), (third, level) = join.items()
    if stated.metric != f"{first}.metric" or stated.same_span not in (None, first):
        return f"needs the second binding to say metric: {first}.metric (and same_span: {first})"
    if any((stated.period, stated.of, stated.claim, stated.each, stated.after)) or head.each:
        return "needs the second binding to name no period, of, claim, each or after"
    if stated.same_dimension not in (None, first):
        return f"can only compare dimensions with {first}"
    if level.each or level.after or level.same_span not in (None, first):
        return "needs the third binding to name no each, after or span but the first's"
    if level.same_dimension not in (None, first) or not all(
        reference.split(".")[0] == first for reference in level.references()
    ):
        return f"needs the third binding to be found from {first} alone"
    forms_differ = bool(head.form and stated.form and not set(head.form) & set(stated.form))
    if not (forms_differ or (head.kind and stated.kind and head.kind != stated.kind)):
        return "needs the first and second bindings to take claims of other kinds or forms"
    if level.kind is None or level.kind in (head.kind, stated.kind):
        return "needs the third binding to take claims of a kind the others do not"
    return _group_message_problem(spec, [first, third])


@dataclass(frozen=True)
class Rule:
    """A rule ready to run: its spec, its parsed assertion, and where it was defined."""

    spec: RuleSpec
    assertion: Assertion | None
    file: str

    @functools.cached_property
    def id(self) -> str:
        # Kept on the rule once read (as `plan` is): a run reads it for every join and finding.
        return self.spec.id

    @functools.cached_property
    def plan(self) -> JoinPlan:
        """The join compiled once, since it runs once per anchor claim of every partition."""
        assert self.spec.join is not None
        return JoinPlan(self.spec.join)

    def with_severity(self, severity: Severity) -> Rule:
        """The same rule reporting at another severity (set per rule in the configuration)."""
        return Rule(self.spec.model_copy(update={"severity": severity}), self.assertion, self.file)


# What a path may read after a claim's attribute: a metric's relatives, the year before a period.
PATH_ATTRIBUTES = (*METRIC_ATTRIBUTES, *PERIOD_ATTRIBUTES)


def join_problems(spec: RuleSpec, assertion: Assertion | None) -> list[tuple[tuple[str, ...], str]]:
    """Joins that could never match, found when the rule loads: a path reading an attribute
    claims do not have, a binding's name where a metric or period belongs, a figure the engine
    does not compute. Each with where it is written in the rule file."""
    bindings = list(spec.join or {})
    problems: list[tuple[tuple[str, ...], str]] = []
    for number, (name, pattern) in enumerate((spec.join or {}).items()):
        problems += _pattern_problems(name, pattern, bindings)
        problems += _unjoined_references(name, pattern, bindings[:number])
    return problems + _assertion_problems(spec, assertion)


_REFERENCE_FIELDS = ("metric", "period", "of", "claim", "same_span", "same_dimension", "after")


def _unjoined_references(
    name: str, pattern: ClaimPattern, before: list[str]
) -> list[tuple[tuple[str, ...], str]]:
    """Paths that read a binding not joined before this one ("metric: chnage.metric"), each at
    its own line, with the binding it was likely meant to be."""
    problems: list[tuple[tuple[str, ...], str]] = []
    for field_name in _REFERENCE_FIELDS:
        value = getattr(pattern, field_name)
        dotted = field_name in ("same_span", "same_dimension", "after") or "." in (value or "")
        head = (value or "").split(".", 1)[0]
        if not value or not dotted or head in before:
            continue
        close = difflib.get_close_matches(head, before, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        problems.append(
            (
                ("join", name, field_name),
                f"join '{name}' reads '{head}', which is not joined before it{hint}",
            )
        )
    return problems


def _pattern_problems(
    name: str, pattern: ClaimPattern, bindings: list[str]
) -> list[tuple[tuple[str, ...], str]]:
    """What is wrong in one binding's pattern: its paths, and a period that cannot be read."""
    problems: list[tuple[tuple[str, ...], str]] = []
    for field_name in ("metric", "period", "of", "claim"):
        value = getattr(pattern, field_name)
        if value is not None:
            where = ("join", name, field_name)
            problems += [(where, text) for text in _path_problems(field_name, value, bindings)]
    if pattern.period is not None and "." not in pattern.period:
        try:
            parse_period(pattern.period)
        except PeriodError as exc:
            problems.append((("join", name, "period"), f"'{pattern.period}': {exc}"))
    return problems


def _path_problems(field_name: str, value: str, bindings: list[str]) -> list[str]:
    """A binding's name alone where a value belongs, or a path through attributes claims lack."""
    head, _, rest = value.partition(".")
    if not rest and head in bindings:
        attribute = "start_claim" if field_name == "claim" else field_name
        return [f"'{value}' names a binding, not a {field_name}: write {head}.{attribute}"]
    close = difflib.get_close_matches(head, bindings, n=1, cutoff=0.8)
    if not rest and close and field_name != "period":
        # "metric: chnage" where a binding 'change' is joined: a typo that would match nothing
        attribute = "start_claim" if field_name == "claim" else field_name
        return [
            f"'{value}' is written like the binding '{close[0]}', not a {field_name} of the "
            f"corpus: write {close[0]}.{attribute}"
        ]
    if not rest:
        return []
    first, *others = rest.split(".")
    problems = []
    if first not in CLAIM_ATTRIBUTES:
        known = ", ".join(sorted(CLAIM_ATTRIBUTES))
        problems.append(f"'{value}': claims have no '{first}' (they have {known})")
    for other in others:
        if other not in PATH_ATTRIBUTES:
            problems.append(f"'{value}': '{other}' is none of {', '.join(PATH_ATTRIBUTES)}")
    return problems


def _assertion_problems(
    spec: RuleSpec, assertion: Assertion | None
) -> list[tuple[tuple[str, ...], str]]:
    """An assertion a group comparison cannot use, or one reading a figure the engine lacks."""
    from .engine import FIGURES  # the engine computes them, and reads this module

    problems: list[tuple[tuple[str, ...], str]] = []
    if (
        spec.compare == "groups"
        and assertion is not None
        and not _equates_one_figure(spec, assertion)
    ):
        first, second = list(spec.join or {})[:2]
        problems.append(
            (
                ("assert",),
                "compare: groups needs an assertion equating one figure of each claim, the "
                f"second's first: {second} == {first}, or {second}.ratio == {first}.ratio",
            )
        )
    for reference in assertion.references() if assertion else ():
        if reference.attribute is not None and reference.attribute not in FIGURES:
            problems.append(
                (
                    ("assert",),
                    f"'{reference.binding}.{reference.attribute}' is no figure of a claim "
                    f"(use {', '.join(FIGURES)})",
                )
            )
    return problems


def _equates_one_figure(spec: RuleSpec, assertion: Assertion) -> bool:
    """`second == first` or `second.ratio == first.ratio`: what a group compares claim by claim;
    with three bindings, the second's figure alone on the left, equal to what the first and
    third give (`percent == amount / (end - amount)`)."""
    first, second = list(spec.join or {})[:2]
    left, right = assertion.left, assertion.right
    if len(spec.join or {}) == 3:
        return (
            assertion.op == "=="
            and left == Name(second)
            and second not in assertion.side_names()[1]
        )
    return (
        assertion.op == "=="
        and isinstance(left, Name)
        and isinstance(right, Name)
        and (left.binding, right.binding) == (second, first)
        and left.attribute == right.attribute
    )


EXAMPLE_SOURCE = {"id": "example", "title": "Example article", "publisher": "Example publisher"}
EXAMPLE_ENTITY = "Example"


def example_files(example: str) -> dict[str, str]:
    """The claim files (name -> YAML text) a rule example stands for.

    An example is YAML: a bare list of claims (one file, a default source, entity `Example`),
    or a mapping with `claims:` or `files:` (whole claim files), and optionally `metrics:`.
    """
    import yaml

    document = yaml.safe_load(example)
    if isinstance(document, list):
        document = {"claims": document}
    if not isinstance(document, dict):
        raise ValueError("an example is a list of claims, or a block with claims: or files:")
    files: dict[str, str] = {}
    if "metrics" in document or "count_nouns" in document:
        vocabulary = {k: document[k] for k in ("metrics", "count_nouns") if k in document}
        files["metrics.yaml"] = yaml.safe_dump(vocabulary, sort_keys=False)
    claim_files = document.get("files") or [{"claims": document.get("claims", [])}]
    for number, claim_file in enumerate(claim_files, start=1):
        claim_file = dict(claim_file)
        claim_file.setdefault(
            "source", {**EXAMPLE_SOURCE, "id": f"example-{number}" if number > 1 else "example"}
        )
        claim_file.setdefault("defaults", {"entity": EXAMPLE_ENTITY})
        files[f"example-{number}.yaml"] = yaml.safe_dump(
            claim_file, sort_keys=False, allow_unicode=True
        )
    return files


def rule_files(directory: Traversable) -> list[Traversable]:
    """The rule files of a directory (a folder, or the installed built-in rules), by name."""
    if not directory.is_dir():
        return []
    return sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith((".yaml", ".yml"))),
        key=lambda entry: entry.name,
    )


def load_rules(directories: Iterable[Traversable]) -> tuple[list[Rule], list[InputError]]:
    """Every `*.yaml` rule file of the directories, in id order; bad files become input errors."""
    rules: dict[str, Rule] = {}
    errors: list[InputError] = []
    for directory in directories:
        if not directory.is_dir():
            errors.append(
                InputError(Position(str(directory), 1, 1), "this rules directory does not exist")
            )
            continue
        files = rule_files(directory)
        if not files:
            errors.append(
                InputError(
                    Position(str(directory), 1, 1),
                    "this rules directory holds no rule file (*.yaml); nothing would be checked",
                )
            )
            continue
        for path in files:
            rule = _load_rule(path, errors, rules)
            if rule is not None:
                rules[rule.id] = rule
    return [rules[k] for k in sorted(rules)], errors


def _load_rule(path: Traversable, errors: list[InputError], known: dict[str, Rule]) -> Rule | None:
    """One rule file read, validated and its `assert` parsed; None (its problems added to
    `errors`, each at its place) when it cannot be used, or when its id is one of `known`."""
    display = str(path)
    try:
        document = read_yaml(path.read_text(encoding="utf-8"), display)
    except InputProblem as problem:
        errors.append(problem.error)
        return None
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(InputError(Position(display, 1, 1), f"cannot read the rule file: {exc}"))
        return None
    try:
        spec = RuleSpec.model_validate(document)
    except ValidationError as exc:
        for loc, message in describe_validation(exc, RuleSpec.model_fields):
            errors.append(InputError(position_of(display, document, loc), f"rule: {message}"))
        return None
    assertion = _assertion(spec, display, document, errors) if spec.assert_ else None
    if spec.assert_ and assertion is None:
        return None
    problems = join_problems(spec, assertion)
    for loc, message in problems:
        errors.append(
            InputError(position_of(display, document, loc), f"rule '{spec.id}': {message}")
        )
    if problems:
        return None
    if spec.id in known:
        errors.append(
            InputError(
                position_of(display, document, ("id",)),
                f"rule id '{spec.id}' is already defined in {known[spec.id].file}",
            )
        )
        return None
    return Rule(spec, assertion, display)


def _assertion(
    spec: RuleSpec, display: str, document: object, errors: list[InputError]
) -> Assertion | None:
    """The rule's `assert` parsed, naming only what its join binds; None after an error."""
    where = position_of(display, document, ("assert",))
    try:
        assertion = parse_assertion(spec.assert_ or "")
    except ExpressionError as exc:
        errors.append(
            InputError(
                Position(display, where.line, where.column + exc.offset),
                f"rule '{spec.id}': assert: {exc}",
            )
        )
        return None
    unknown = assertion.names() - set(spec.join or {})
    if unknown:
        names = ", ".join(sorted(unknown))
        errors.append(
            InputError(
                where, f"rule '{spec.id}': assert names {names}, which the join does not bind"
            )
        )
        return None
    return assertion
