"""Configuration: `checker.toml`, or `[tool.checker]` in `pyproject.toml`, found upward from the
working directory. Validated by a pydantic model, so an unknown key is an error naming it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .corpus import InputError, Position
from .errors import CheckerError
from .findings import Severity
from .loading import LoadOptions
from .quantities import DEFAULT_ROUND_NUMBERS, RoundNumbers, Tolerances
from .rates import RATE_PROVIDERS
from .runner import RunOptions

__all__ = ["CheckerConfig", "ConfigError", "find_config", "load_config"]

CONFIG_NAMES = ("checker.toml", "pyproject.toml")


class CheckerConfig(BaseModel):
    """What a repository of claim files can set for every run of the checker."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    select: list[str] = Field(
        default_factory=list, description="run only these rules (ids or prefixes)"
    )
    ignore: list[str] = Field(default_factory=list, description="never run these rules")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="a severity per rule id"
    )
    fail_on: Literal["error", "warning", "info"] = Field(default="error", alias="fail-on")
    tolerances: Tolerances = Field(
        default_factory=Tolerances, description="how far qualifiers widen a figure"
    )
    round_numbers: RoundNumbers = Field(
        default=DEFAULT_ROUND_NUMBERS,
        alias="round-numbers",
        description="how far a whole number's trailing zeros may be rounding: two-figures "
        "(10 billion is 9.5 to 10.5 billion), last-digit (100,000 is 50,000 to 150,000) or exact",
    )
    rates: Literal[tuple(RATE_PROVIDERS)] | None = Field(  # type: ignore[valid-type]
        default=None,
        description="reference exchange rates shipped with the checker, for the conversion rule "
        "where the claims hold no rate of their own: ecb (the European Central Bank's daily "
        "euro reference rates)",
    )
    rules: list[Path] = Field(
        default_factory=list, description="directories of your own rule files"
    )
    metrics: list[Path] = Field(
        default_factory=list,
        description="metrics vocabularies besides metrics.yaml in a claims directory",
    )
    allow_text_outside: bool = Field(
        default=False,
        alias="allow-text-outside",
        description="let source.text point outside the claims directory",
    )
    max_file_mb: int = Field(
        default=20,
        ge=1,
        alias="max-file-mb",
        description="largest YAML or JSON claim file read whole",
    )

    def run_options(
        self,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        rules: tuple[Path, ...] = (),
        rates: str | None = None,
    ) -> RunOptions:
        """The options of a run: the command line's lists add to the configured ones."""
        load = LoadOptions(
            tolerances=self.tolerances,
            max_file_bytes=self.max_file_mb * 1024 * 1024,
            allow_text_outside=self.allow_text_outside,
            vocabularies=tuple(self.metrics),
            round_numbers=self.round_numbers,
            rates=rates or self.rates,
        )
        return RunOptions(
            load=load,
            select=tuple(self.select) + select,
            ignore=tuple(self.ignore) + ignore,
            rule_directories=tuple(self.rules) + rules,
            severities=tuple(self.severity.items()),
        )


class ConfigError(CheckerError):
    """A configuration file that cannot be used; carries one InputError with its position."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


def find_config(start: Path) -> Path | None:
    """The nearest checker.toml, or pyproject.toml with a [tool.checker] table, upward from start."""
    for directory in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "checker.toml":
                return candidate
            try:
                if "checker" in tomllib.loads(candidate.read_text(encoding="utf-8")).get(
                    "tool", {}
                ):
                    return candidate
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                return candidate  # broken: load_config reports it
    return None


def load_config(path: Path | None) -> CheckerConfig:
    """Read and validate a configuration file (None: the defaults). Paths in it are relative to it."""
    if path is None:
        return CheckerConfig()
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        document = tomllib.loads(text)
    except OSError as exc:
        raise ConfigError(
            InputError(Position(display, 1, 1), f"cannot read the configuration: {exc.strerror}")
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(
            InputError(Position(display, 1, 1), "the configuration is not UTF-8 text")
        ) from None
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's tomllib gives the position only inside its message: "... (at line 3, column 5)".
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, column = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
        raise ConfigError(
            InputError(
                Position(display, line, column),
                f"this is not valid TOML: {str(exc).split(' (at')[0]}",
            )
        ) from None
    table = (
        document.get("tool", {}).get("checker", {}) if path.name == "pyproject.toml" else document
    )
    try:
        config = CheckerConfig.model_validate(table)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        key = ".".join(str(p) for p in first["loc"])
        message = (
            f"unknown configuration key '{key}'"
            if first["type"] == "extra_forbidden"
            else f"configuration key '{key}': {first['msg']}"
        )
        raise ConfigError(
            InputError(
                Position(display, _line_of(text, str(first["loc"][-1] if first["loc"] else "")), 1),
                message,
            )
        ) from None
    base = path.parent
    return config.model_copy(
        update={
            "rules": [p if p.is_absolute() else base / p for p in config.rules],
            "metrics": [p if p.is_absolute() else base / p for p in config.metrics],
        }
    )


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith(key):
            return number
    return 1
