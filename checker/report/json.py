"""The JSON report: a pydantic model, so its schema (`checker schema findings`, kept in
docs/schema/findings.json) comes from the same code that writes it.

The document is one object: `schema_version`, `summary` (counts), `findings` (each a Finding,
with its citations), `input_errors` and `input_warnings` (each a position and a message).
Fields may be added in later versions; none is removed or changes meaning without a new
`schema_version`.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..corpus import InputError
from ..findings import Finding
from ..runner import RunResult

SCHEMA_VERSION = "1"


class Problem(BaseModel):
    """Bad input (or an input warning) at one place."""

    file: str = Field(
        description="the file as given on the command line (or found in a directory given)"
    )
    line: int = Field(description="1-based")
    column: int = Field(description="1-based")
    message: str


class Summary(BaseModel):
    """Counts of the run; the findings counted are those reported (after the baseline)."""

    errors: int = Field(description="findings of severity error")
    warnings: int = Field(description="findings of severity warning")
    notes: int = Field(description="findings of severity info")
    baselined: int = Field(
        default=0, description="findings left out because the baseline lists them"
    )
    claims: int = Field(description="claims loaded")
    checked_claims: int = Field(
        default=0,
        description="article claims that at least one rule checked against another figure",
    )
    unchecked_claims: int = Field(
        default=0, description="article claims no rule could check (each has an 'unchecked' note)"
    )
    reference_claims: int = Field(default=0, description="claims of reference sources (data)")
    sources: int = Field(description="sources (articles, reports) the claims come from")
    files: int = Field(description="claim files read")
    metrics: int = Field(description="distinct metrics among the claims")
    rules: list[str] = Field(description="the ids of the rules that ran")
    input_errors: int = Field(description="problems with the input; any makes the run exit 2")
    input_warnings: int = Field(default=0, description="input that was read but deserves a look")


class Report(BaseModel):
    """Everything `checker check --format json` prints."""

    schema_version: str = Field(
        default=SCHEMA_VERSION, description="changes when a field is removed or changes meaning"
    )
    summary: Summary
    findings: list[Finding] = Field(description="sorted by file, line, column and rule")
    input_errors: list[Problem]
    input_warnings: list[Problem]


def _problems(items: list[InputError]) -> list[Problem]:
    return [
        Problem(
            file=p.position.file, line=p.position.line, column=p.position.column, message=p.message
        )
        for p in items
    ]


def build(result: RunResult, baselined: int = 0) -> Report:
    counts = {
        s: sum(f.severity == s for f in result.findings) for s in ("error", "warning", "info")
    }
    summary = Summary(
        errors=counts["error"],
        warnings=counts["warning"],
        notes=counts["info"],
        baselined=baselined,
        claims=result.claim_count,
        checked_claims=result.checked_count,
        unchecked_claims=result.unchecked_count,
        reference_claims=result.reference_count,
        sources=len(result.corpus.sources),
        files=len(result.corpus.files),
        metrics=result.metric_count,
        rules=[r.id for r in result.rules],
        input_errors=len(result.input_errors),
        input_warnings=len(result.input_warnings),
    )
    return Report(
        summary=summary,
        findings=[f.written() for f in result.findings],  # serialized whole: text and all
        input_errors=_problems(result.input_errors),
        input_warnings=_problems(result.input_warnings),
    )


def render(result: RunResult, baselined: int = 0) -> str:
    return build(result, baselined).model_dump_json(indent=2) + "\n"
