"""Rule documentation, generated from the rule files: the list, and one rule's page."""

from __future__ import annotations

from collections.abc import Callable

from ..rules import Rule


def listing(rules: list[Rule], style: Callable[..., str]) -> str:
    width = max((len(r.id) for r in rules), default=0)
    lines = [
        f"{style(r.id.ljust(width), bold=True)}  {r.spec.severity:<7}  {r.spec.summary}"
        for r in rules
    ]
    lines.append("")
    lines.append(f"{len(rules)} rules. `checker rules ID` shows one with its examples.")
    return "\n".join(lines) + "\n"


def page(rule: Rule, style: Callable[..., str]) -> str:
    spec = rule.spec
    lines = [
        style(f"{spec.id}: {spec.summary}", bold=True),
        "",
        f"Severity: {spec.severity}",
        f"Defined in: {rule.file}",
        "",
        style("Why it matters", bold=True),
        " ".join(spec.why.split()),
        "",
    ]
    if spec.join:
        lines.append(style("Claims it joins", bold=True))
        for name, pattern in spec.join.items():
            fields = ", ".join(
                f"{k}: {v}" for k, v in pattern.model_dump(exclude_defaults=True).items()
            )
            lines.append(f"  {name}: {fields}")
        lines += ["", style("Relation", bold=True), f"  {spec.assert_}", ""]
    else:
        lines += [f"A built-in check: {spec.check}.", ""]
    lines += [style("Message", bold=True), f"  {spec.message}", ""]
    for verdict, examples in (("fails", spec.examples.fail), ("passes", spec.examples.pass_)):
        for number, example in enumerate(examples, start=1):
            lines.append(style(f"Example {number} that {verdict}", bold=True))
            lines += [f"  {line}" for line in example.rstrip().splitlines()]
            lines.append("")
    return "\n".join(lines)
