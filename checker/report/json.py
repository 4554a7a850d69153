"""The JSON report: a pydantic model, so its schema (`checker schema findings`) comes from it."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..findings import Finding
from ..runner import RunResult

SCHEMA_VERSION = "1"


class Problem(BaseModel):
    """Bad input (or an input warning) at one place."""

    file: str
    line: int
    column: int
    message: str


class Summary(BaseModel):
    errors: int
    warnings: int
    notes: int
    baselined: int = Field(default=0, description="findings left out because the baseline lists them")
    claims: int
    sources: int
    files: int
    metrics: int
    rules: list[str]
    input_errors: int


class Report(BaseModel):
    """Everything `checker check --format json` prints."""

    schema_version: str = SCHEMA_VERSION
    summary: Summary
    findings: list[Finding]
    input_errors: list[Problem]
    input_warnings: list[Problem]


def build(result: RunResult, baselined: int = 0) -> Report:
    def problems(items) -> list[Problem]:
        return [Problem(file=p.position.file, line=p.position.line, column=p.position.column, message=p.message) for p in items]

    counts = {s: sum(f.severity == s for f in result.findings) for s in ("error", "warning", "info")}
    summary = Summary(errors=counts["error"], warnings=counts["warning"], notes=counts["info"], baselined=baselined,
                      claims=result.claim_count, sources=len(result.corpus.sources), files=len(result.corpus.files),
                      metrics=result.metric_count, rules=[r.id for r in result.rules], input_errors=len(result.input_errors))
    return Report(summary=summary, findings=result.findings, input_errors=problems(result.input_errors),
                  input_warnings=problems(result.input_warnings))


def render(result: RunResult, baselined: int = 0) -> str:
    return build(result, baselined).model_dump_json(indent=2) + "\n"
