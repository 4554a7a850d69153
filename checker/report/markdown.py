"""The Markdown report, for a pull-request comment: the same counts and findings as the HTML page
(both take them from `html.overview`), with arithmetic, hints and citations, and no article view.

Everything from a claim file is escaped, so a quote cannot open a link, a table cell, a mention
or raw HTML in the comment.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..findings import Finding
from ..outputs import MARKDOWN_SIGNATURE
from ..runner import RunResult
from .html import LABELS, PLURALS, SEVERITIES, Overview, overview

__all__ = ["render", "escape"]

_SPECIAL = re.compile(r"([\\`*_\[\]{}~|#])")
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]!$&'()*+,;=%]+$")


def escape(text: str) -> str:
    """Text as Markdown that shows exactly that text: markup characters backslash-escaped, `<` and
    `&` as entities (no raw HTML), `@` as an entity (no mentions), line breaks folded to spaces."""
    text = " ".join(str(text).split())
    text = _SPECIAL.sub(r"\\\1", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
    )


def _code(text: object) -> str:
    """An inline code span holding `text` whatever backticks it contains."""
    text = " ".join(str(text).split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    """A code span inside a table cell, where GitHub reads `|` as a column break even in code."""
    return text.replace("|", "\\|")


def render(
    result: RunResult,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    show_info: bool = True,
) -> str:
    """The whole report as Markdown (GitHub-flavoured: tables and <details>)."""
    o = overview(result, show_info, title)
    lines = [f"## {escape(o.title)}", ""]
    if subtitle:
        lines += [escape(subtitle), ""]
    lines += [_summary(o), ""]
    lines += _count_tables(o)
    if o.input_errors or o.input_warnings:
        lines += ["### Input " + ("errors" if o.input_errors else "warnings"), ""]
        lines += [
            f"- **input error** {_code(p.position)} {escape(p.message)}" for p in o.input_errors
        ]
        lines += [
            f"- **input warning** {_code(p.position)} {escape(p.message)}" for p in o.input_warnings
        ]
        lines.append("")
    by_source: dict[str, list[Finding]] = defaultdict(list)
    for finding in o.findings:
        by_source[finding.claims[0].source].append(finding)
    sources = result.corpus.sources
    if o.findings:
        lines += ["### Findings", ""]
    for source_id in sorted(by_source, key=lambda s: (by_source[s][0].file, s)):
        source = sources.get(source_id)
        heading = source.title if source else source_id
        details = [
            x
            for x in (
                source.publisher if source else None,
                str(source.published) if source and source.published else None,
            )
            if x
        ]
        lines.append(f"#### {escape(heading)}")
        lines.append("")
        if details or source:
            lines.append(
                " · ".join([escape(d) for d in details] + ([_code(source.file)] if source else []))
            )
            lines.append("")
        for finding in by_source[source_id]:
            lines += _finding(finding)
        lines.append("")
    # The mark by which a later run knows the file is its own to replace (see outputs).
    return "\n".join(lines).rstrip() + "\n\n" + MARKDOWN_SIGNATURE + "\n"


def _summary(o: Overview) -> str:
    counts = " · ".join(
        f"**{o.by_severity[s]}** {PLURALS[s] if o.by_severity[s] != 1 else LABELS[s]}"
        for s in SEVERITIES
    )
    return (
        f"{counts} — {o.claims:,} claims from {o.sources:,} sources in {o.files:,} files "
        f"({o.checked:,} checked by at least one rule), "
        f"{o.metrics} metrics, {o.rules} rules"
        + (f"; **{len(o.input_errors)} input errors**" if o.input_errors else "")
    )


def _count_tables(o: Overview) -> list[str]:
    lines = [
        "| findings | " + " | ".join(PLURALS[s] for s in SEVERITIES) + " | total |",
        "|---|" + "---:|" * 4,
    ]
    lines.append(
        "| all | "
        + " | ".join(str(o.by_severity[s]) for s in SEVERITIES)
        + f" | {len(o.findings)} |"
    )
    lines += [
        f"| {_cell(_code(t.key))} | "
        + " | ".join(str(t.counts[s]) for s in SEVERITIES)
        + f" | {t.total} |"
        for t in o.by_rule
    ]
    lines.append("")
    with_findings = [t for t in o.by_source if t.total]
    if len(o.by_source) > 1 and with_findings:
        lines += ["<details><summary>Findings by source</summary>", ""]
        lines += [
            "| source | claims | " + " | ".join(PLURALS[s] for s in SEVERITIES) + " |",
            "|---|" + "---:|" * 4,
        ]
        lines += [
            f"| {escape(t.label)} | {t.claims} | "
            + " | ".join(str(t.counts[s]) for s in SEVERITIES)
            + " |"
            for t in with_findings
        ]
        lines += ["", "</details>", ""]
    return lines


def _finding(finding: Finding) -> list[str]:
    lines = [
        f"- **{LABELS[finding.severity]}** {_code(finding.rule)} {escape(finding.message)}  ",
        f"  {_code(f'{finding.file}:{finding.line}:{finding.column}')}",
    ]
    if finding.stated or finding.computed:
        stated = finding.arguments.get("stated", finding.stated)
        computed = finding.arguments.get("computed", finding.computed)
        parts = [
            f"stated {_code(stated)}" if finding.stated else "",
            f"the other figures give {_code(computed)}" if finding.computed else "",
        ]
        lines.append("  - " + "; ".join(p for p in parts if p))
    if finding.hint:
        lines.append(f"  - **hint:** {escape(finding.hint)}")
    for c in finding.claims:
        source = ", ".join(escape(x) for x in (c.title, c.publisher, c.published) if x)
        url = (
            f" <{c.url}>"
            if c.url and _PLAIN_URL.match(c.url)
            else (f" {escape(c.url)}" if c.url else "")
        )
        quote = f" “{escape(c.quote)}”" if c.quote else ""
        lines.append(
            f"  - {_code(c.claim)} {_code(c.value)} ({_code(f'{c.file}:{c.line}')}, {source}{url}){quote}"
        )
    return lines
