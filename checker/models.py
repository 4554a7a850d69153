"""The claim-file and vocabulary formats as pydantic models: the schema users write to.

These models validate files as written (numbers and periods kept as text) and give the JSON
Schema for editors. Reading the texts into intervals and periods is `normalize`'s job.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    WithJsonSchema,
    model_validator,
)

from .collection import freeze_long_lived
from .vocabulary import ObservationStatus

__all__ = [
    "CagrClaim",
    "claim_file_schema",
    "ChangeClaim",
    "ClaimFile",
    "ClaimModel",
    "MetricDefinition",
    "ShareClaim",
    "SourceModel",
    "ValueClaim",
    "Vocabulary",
    "claim_adapter",
]

# The loaders hand every scalar over as the text written in the file, so that `0.650` keeps its
# precision; editors are told numbers are welcome too.
ValueText = Annotated[
    str,
    Field(
        description="[qualifier] number [scale] [unit], or a range `low .. high unit`: "
        "`0.65`, `1.406 billion CNY`, `more than 300`, `+8.3 %`, `+1.4 pp`, `nearly x3`, `7.09 .. 7.11 CNY/USD`",
        min_length=1,
    ),
    WithJsonSchema({"type": ["string", "number"]}),
]
PeriodText = Annotated[
    str,
    Field(description="2023, 2023-Q3, 2023-H1, 2023-11, 2023-11-24, or a range 2023-Q1..2023-Q3"),
    WithJsonSchema({"type": ["string", "integer"]}),
]
PeriodOrClaim = Annotated[
    str,
    Field(
        description="a period (2013), or the id of a claim (`claim-id`, or `source-id:claim-id` in another file)"
    ),
    WithJsonSchema({"type": ["string", "integer"]}),
]
ClaimId = Annotated[
    str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", description="unique in its file")
]
MetricName = Annotated[str, Field(min_length=1, pattern=r"^\S(.*\S)?$")]


class _Strict(BaseModel):
    # Each model's validator is built when first used, not at import (a tenth of the start-up):
    # a JSON Lines check validates its claims through claim_adapter alone.
    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, str_strip_whitespace=False, defer_build=True
    )


class SourceModel(_Strict):
    """The document the claims come from."""

    id: ClaimId = Field(description="unique in the corpus")
    title: str = Field(min_length=1)
    publisher: str | None = None
    author: str | None = None
    published: PeriodText | None = Field(
        default=None, description="publication date: 2024-03-11, 2024-03 or 2024"
    )
    url: str | None = None
    text: str | None = Field(
        default=None,
        description="a local copy of the document, relative to the claim file; quotes are verified against it",
    )
    kind: Literal["article", "reference"] = Field(
        default="article", description="reference: trusted data that articles are checked against"
    )
    rounding: Literal["nearest", "truncate"] = Field(
        default="nearest", description="how the source rounds its figures"
    )
    dataset: str | None = Field(
        default=None,
        description="reference data: the provider's dataset (WDI, NA_MAIN); `publisher` names the "
        "provider. Findings resting on its figures cite it",
    )
    vintage: PeriodText | None = Field(
        default=None,
        description="reference data: the release or retrieval date of its figures (2024-07-01). "
        "A figure released after the article it is checked against gives a warning, not an error: "
        "figures are revised",
    )
    round_numbers: Literal["two-figures", "last-digit", "exact"] | None = Field(
        default=None,
        description="how far a whole number's trailing zeros may be rounding: two-figures "
        "(10 billion is 9.5 to 10.5 billion; the default, or the configuration's round-numbers), "
        "last-digit (100,000 is 50,000 to 150,000) or exact",
    )


class _ClaimCommon(_Strict):
    id: ClaimId
    entity: str | None = Field(
        default=None,
        min_length=1,
        description="who or what the figure is about; the partition key. Left out when the text "
        "names nobody: the claim is then compared only with claims of its own source that name "
        "no entity either",
    )
    metric: MetricName
    value: ValueText
    quote: str | None = Field(
        default=None, description="the verbatim words of the source that state the figure"
    )
    converts: str | None = Field(
        default=None,
        description="the id of the claim this one restates in another currency or unit",
    )
    ignore: list[str] = Field(
        default_factory=list, description="rule ids not to apply to this claim (give a reason)"
    )
    reason: str | None = None
    note: str | None = None
    offsets: tuple[int, int] | None = Field(
        default=None,
        description="[start, end]: character offsets of the quote in the source's text file (start included, end excluded)",
    )
    series: str | None = Field(
        default=None,
        min_length=1,
        description="reference data: the key of the series the figure comes from (A.KE.GDP)",
    )
    status: ObservationStatus | None = Field(
        default=None,
        description="reference data: the status the provider gives the figure; a provisional, "
        "estimated or forecast figure (one that may still change) gives a warning, not an error",
    )
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="how sure whoever drafted the claim is that its metric, entity and period "
        "name the same quantity as the claims it is compared with (1: the text states the link). "
        "A finding resting on a claim below 1 is a note ('possible inconsistency'), never an error",
    )

    @model_validator(mode="after")
    def _ignore_needs_reason(self) -> Any:
        if self.ignore and not self.reason:
            raise ValueError("'ignore' needs a 'reason' saying why the rule does not apply")
        return self


class ValueClaim(_ClaimCommon):
    """Metric of entity over period is value."""

    kind: Literal["value"] = "value"
    period: PeriodText | None = Field(
        default=None,
        description="left out when the text gives none: the level is then compared only with "
        "the claims that name it (a change's from/to)",
    )


class ChangeClaim(_ClaimCommon):
    """Metric changed between two periods (or two claims) by value."""

    kind: Literal["change"]
    metric: MetricName | None = Field(  # type: ignore[assignment]
        default=None,
        description="required, but for a change between two claims (from and to name claims)",
    )
    from_: PeriodOrClaim | None = Field(default=None, alias="from")
    to: PeriodOrClaim | None = Field(
        default=None,
        description="the later period or claim; alone (no 'from'), the claim of the level the "
        "change led to when the text gives neither the earlier level nor a period ('fell by 58 "
        "to 570')",
    )
    period: PeriodText | None = Field(
        default=None, description="with basis: yoy, the later of the two years"
    )
    basis: Literal["yoy"] | None = Field(
        default=None, description="yoy: change on the same period a year earlier"
    )
    years: Annotated[str, WithJsonSchema({"type": ["string", "number"]})] | None = Field(
        default=None, description="the span in years when the text gives no periods"
    )

    @model_validator(mode="after")
    def _one_span(self) -> Any:
        _check_span(self, allow_yoy=True)
        return self


class CagrClaim(_ClaimCommon):
    """Compound average annual rate between two periods."""

    kind: Literal["cagr"]
    from_: PeriodText | None = Field(default=None, alias="from")
    to: PeriodText | None = None
    years: Annotated[str, WithJsonSchema({"type": ["string", "number"]})] | None = None

    @model_validator(mode="after")
    def _one_span(self) -> Any:
        _check_span(self, allow_yoy=False)
        return self


class ShareClaim(_ClaimCommon):
    """Metric is value (a percent or fraction) of another metric, same entity and period."""

    kind: Literal["share"]
    period: PeriodText | None = Field(default=None, description="left out when the text gives none")
    of: MetricName = Field(description="the metric this one is a share of")


def _check_span(claim: ChangeClaim | CagrClaim, allow_yoy: bool) -> None:
    has_ends = claim.from_ is not None or claim.to is not None
    # A change may name only the level it led to (`to` alone, a claim: the loader says so).
    if has_ends and (claim.to is None or (claim.from_ is None and not allow_yoy)):
        raise ValueError("give both 'from' and 'to'")
    forms = [has_ends, claim.years is not None]
    # A change may leave its span out when the text gives none ("cut by 25%"): it is then
    # compared only with what it is linked to. A compound annual rate always needs its years.
    if allow_yoy and getattr(claim, "period", None) is None and not any(forms):
        return
    if allow_yoy:
        if getattr(claim, "basis", None) is not None and getattr(claim, "period", None) is None:
            raise ValueError("'basis: yoy' needs the 'period' it applies to")
        forms.append(getattr(claim, "period", None) is not None)
    if sum(forms) > 1 or (sum(forms) == 0 and not allow_yoy):
        spans = (
            "'from' and 'to', 'period' with 'basis: yoy', or 'years'"
            if allow_yoy
            else "'from' and 'to', or 'years'"
        )
        raise ValueError(f"say what the change spans with exactly one of: {spans}")
    if (
        allow_yoy
        and getattr(claim, "period", None) is not None
        and getattr(claim, "basis", None) is None
    ):
        raise ValueError("a change over one 'period' needs 'basis: yoy'")


def _claim_kind(data: Any) -> str:
    if isinstance(data, dict):
        return str(data.get("kind", "value"))
    return str(getattr(data, "kind", "value"))


ClaimModel = Annotated[
    Annotated[ValueClaim, Tag("value")]
    | Annotated[ChangeClaim, Tag("change")]
    | Annotated[CagrClaim, Tag("cagr")]
    | Annotated[ShareClaim, Tag("share")],
    Discriminator(
        _claim_kind,
        custom_error_type="claim_kind",
        custom_error_message="'kind' must be one of: value, change, cagr, share",
    ),
]
claim_adapter: TypeAdapter[Any] = TypeAdapter(ClaimModel)


class ClaimFile(_Strict):
    """A claim file: one source and the claims it makes."""

    source: SourceModel
    defaults: dict[str, Any] = Field(
        default_factory=dict, description="any claim field, inherited by every claim below"
    )
    claims: list[ClaimModel] = Field(min_length=1)


class MetricDefinition(_Strict):
    """One metric of the vocabulary."""

    unit: str = Field(
        default="count",
        description="a pint unit or currency code: CNY, USD, count, percent, km**2, 1 / day",
    )
    description: str | None = None
    part_of: MetricName | None = Field(
        default=None, description="the metric this one is part of: a part never exceeds its whole"
    )
    sum_of: list[MetricName] | None = Field(
        default=None, description="the metrics that add up to this one"
    )
    includes: list[MetricName] | None = Field(
        default=None,
        description="parts of it that cannot overlap (places, kinds of one dimension), maybe not"
        " all of it: they add up to at most this one",
    )
    product_of: list[MetricName] | None = Field(
        default=None,
        min_length=2,
        description="the metrics whose product this one is, same entity and period: a total over "
        "a count and its average ('58 goals in 20 games, an average of 2.9 a game': goals is the "
        "product_of [games, goals_per_game]), or a worth and a price per unit and an amount "
        "(USD is USD/gram times gram); the units must multiply to this one's",
    )
    stock: bool = Field(
        default=False,
        description="a level at an instant (a number of stations) rather than a flow over a period",
    )


class Vocabulary(_Strict):
    """metrics.yaml: every metric of the corpus, declared once."""

    metrics: dict[MetricName, MetricDefinition] = Field(default_factory=dict)
    count_nouns: list[str] = Field(
        default_factory=list, description="nouns accepted after a count: `300 enterprises`"
    )


def claim_file_schema() -> dict[str, Any]:
    """The JSON Schema of a claim file as files are read: `defaults` gives its fields to every
    claim, so a claim itself must carry only id, value and (but for value claims) kind, and
    `defaults` accepts the claim fields and nothing else. (The models validate each claim after
    the merge, which the schema of ClaimFile alone cannot say.)"""
    document = ClaimFile.model_json_schema(by_alias=True)
    definitions = document["$defs"]
    fields: dict[str, list[dict]] = {}
    for item in document["properties"]["claims"]["items"]["oneOf"]:
        definition = definitions[item["$ref"].rsplit("/", 1)[-1]]
        definition["required"] = [
            name for name in definition.get("required", []) if name in ("id", "value", "kind")
        ]
        for name, field in definition["properties"].items():
            if field not in fields.setdefault(name, []):
                fields[name].append(field)
    document["properties"]["defaults"].update(
        properties={
            name: found[0] if len(found) == 1 else {"anyOf": found}
            for name, found in fields.items()
        },
        additionalProperties=False,
    )
    return document


# The models above live as long as the process: out of the cycle collector's sight from now on.
freeze_long_lived()
