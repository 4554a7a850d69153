"""Reporters: each turns a RunResult into one output format. They present, never recompute.

Two registries choose them by name, and the command line's --format choices are their keys:
CHECK_REPORTS for `checker check` (people and machines), EDITOR_REPORTS for `audit` and `review`.
Each reporter module is imported only when its format is asked for, so a run pays for one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..extraction.document import Document
    from ..runner import RunResult

__all__ = ["CHECK_REPORTS", "EDITOR_REPORTS", "EditorOptions", "ReportOptions"]


@dataclass(frozen=True)
class ReportOptions:
    """What `checker check` tells its reporter beyond the result."""

    show_info: bool = True
    baselined: int = 0  # findings left out because the baseline lists them
    style: Callable[..., str] = lambda value, **_: value  # click.style on a terminal


@dataclass(frozen=True)
class EditorOptions:
    """What `audit` and `review` tell their reporter beyond the result."""

    title: str | None = None
    subtitle: str | None = None
    show_info: bool = True
    focus: Iterable[str] | None = None  # the sources whose articles are shown (review: one)
    progress: Callable[[int], None] | None = None  # told as each source is written
    # The articles as their readers read them, by source id: the page shows their tables.
    documents: Mapping[str, Document] | None = None


def _text(result: RunResult, options: ReportOptions) -> str:
    from . import text

    rendered = text.render(result, options.style, show_info=options.show_info)
    if options.baselined:
        rendered += f"({options.baselined} findings left out: they are in the baseline)\n"
    return rendered


def _json(result: RunResult, options: ReportOptions) -> str:
    from . import json

    return json.render(result, options.baselined)


def _sarif(result: RunResult, options: ReportOptions) -> str:
    from . import sarif

    return sarif.render(result)


def _github(result: RunResult, options: ReportOptions) -> str:
    from . import github

    return github.render(result)


def _gitlab(result: RunResult, options: ReportOptions) -> str:
    from . import gitlab

    return gitlab.render(result)


def _junit(result: RunResult, options: ReportOptions) -> str:
    from . import junit

    return junit.render(result)


CHECK_REPORTS: dict[str, Callable[[RunResult, ReportOptions], str]] = {
    "text": _text,
    "json": _json,
    "sarif": _sarif,
    "github": _github,
    "gitlab": _gitlab,
    "junit": _junit,
}


def _html(result: RunResult, options: EditorOptions) -> str:
    from . import html

    return html.render(
        result,
        title=options.title,
        subtitle=options.subtitle,
        show_info=options.show_info,
        focus=options.focus,
        progress=options.progress,
        documents=dict(options.documents or {}),
    )


def _markdown(result: RunResult, options: EditorOptions) -> str:
    from . import markdown

    # A pull-request comment lists every finding; it has no article sections to focus.
    return markdown.render(
        result, title=options.title, subtitle=options.subtitle, show_info=options.show_info
    )


EDITOR_REPORTS: dict[str, Callable[[RunResult, EditorOptions], str]] = {
    "html": _html,
    "md": _markdown,
}
