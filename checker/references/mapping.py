"""MAP.yaml: which series and dimension values of a data file are which metrics and entities.

```yaml
provider: National Statistics Office   # when the file does not say who published it
dataset: NA_MAIN                      # the provider's id of the dataset, when the file does not say
vintage: 2024-07-01                   # the release or retrieval date, when the file does not say
entity: REF_AREA                      # the dimension (or column) whose codes name the entity
metric: INDICATOR                     # the dimension whose codes name the metric
where: {FREQ: A}                      # only observations with these codes
series:                               # a code of the metric dimension, or a whole series key
  GDP: {metric: gdp, unit: USD}
  AGR_SHARE: {metric: agriculture, kind: share, of: gdp}
  POP: population                     # a metric of the vocabulary, its unit the vocabulary's
entities: {KE: Kenya}
period: year                          # a plain long table: its period, value and status columns
value: value
status: flag
```

Nothing is guessed: an observation whose series or entity the map does not name is skipped and
counted. A metric the vocabulary does not declare is an error at its place in the map.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..corpus import InputError, Metric, Position
from ..errors import CheckerError
from ..loading import InputProblem, describe_validation, position_of, read_yaml
from ..periods import PeriodError, parse_period

__all__ = ["MapError", "ReferenceMap", "SeriesTarget", "load_map"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SeriesTarget(_Strict):
    """What one series becomes: a metric of the vocabulary, as a level, a share or a change."""

    metric: str = Field(min_length=1, description="a metric of the vocabulary")
    unit: str | None = Field(
        default=None,
        description="the unit of its figures (default: the metric's in the vocabulary)",
    )
    kind: Literal["value", "share", "change"] = Field(
        default="value",
        description="value: levels; share: percentages of `of`; change: percent changes on a year earlier",
    )
    of: str | None = Field(default=None, description="for a share: the metric it is a share of")


class ReferenceMap(_Strict):
    """MAP.yaml, as written."""

    provider: str | None = None
    dataset: str | None = None
    title: str | None = None
    vintage: str | None = None
    entity: str | None = Field(default=None, description="the dimension naming the entity")
    metric: str | None = Field(
        default=None, description="the dimension whose codes name the metric"
    )
    where: dict[str, str] = Field(default_factory=dict)
    series: dict[str, str | SeriesTarget] = Field(min_length=1)
    entities: dict[str, str] = Field(min_length=1)
    period: str | None = None
    value: str | None = None
    status: str | None = None

    def target(self, code: str) -> SeriesTarget | None:
        found = self.series.get(code)
        return SeriesTarget(metric=found) if isinstance(found, str) else found


class MapError(CheckerError):
    """A map that cannot be used: its messages, each at its place."""

    def __init__(self, errors: list[InputError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def load_map(path: Path, metrics: dict[str, Metric]) -> ReferenceMap:
    """The map, checked against the vocabulary; MapError when it cannot be used."""
    display = str(path)
    try:
        document = read_yaml(path.read_text(encoding="utf-8"), display)
    except InputProblem as problem:
        raise MapError([problem.error]) from problem
    except (OSError, UnicodeDecodeError) as error:
        raise MapError([InputError(Position(display, 1, 1), f"cannot be read: {error}")]) from error
    try:
        model = ReferenceMap.model_validate(document)
    except ValidationError as error:
        raise MapError(
            [
                InputError(position_of(display, document, loc), message)
                for loc, message in describe_validation(error, ReferenceMap.model_fields)
            ]
        ) from error
    unknown = []
    if model.vintage is not None:
        try:
            parse_period(model.vintage)
        except PeriodError as error:
            unknown.append(
                InputError(position_of(display, document, ("vintage",)), f"vintage: {error}")
            )
    for code in model.series:
        target = model.target(code)
        assert target is not None
        for field_name, metric in (("metric", target.metric), ("of", target.of)):
            if metric is not None and metric not in metrics:
                where = (
                    ("series", code, field_name)
                    if isinstance(model.series[code], SeriesTarget)
                    else ("series", code)
                )
                unknown.append(
                    InputError(
                        position_of(display, document, where),
                        f"series {code!r}: metric {metric!r} is not in the vocabulary "
                        f"(declared: {', '.join(sorted(metrics)) or 'none'})",
                    )
                )
        if target.kind == "share" and target.of is None:
            unknown.append(
                InputError(
                    position_of(display, document, ("series", code)),
                    f"series {code!r}: a share needs 'of', the metric it is a share of",
                )
            )
    if unknown:
        raise MapError(unknown)
    return model
