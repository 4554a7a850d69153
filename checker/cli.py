"""The command line: parses options, calls `run`, hands the result to a reporter, returns the exit code.

The only module that imports click. Exit codes: 0 clean, 1 findings at or above --fail-on,
2 bad input or usage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .findings import SEVERITY_ORDER
from .report import text
from .runner import RunOptions, run


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="checker")
def cli() -> None:
    """Find inconsistent numbers in published text, from claim files."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (ids or prefixes); repeatable.")
@click.option("--ignore", "ignored", multiple=True, metavar="RULE", help="Do not run these rules; repeatable.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Exit 1 when a finding is at least this severe.")
@click.option("--no-notes", is_flag=True, help="Leave notes (info findings) out of the report.")
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...], select: tuple[str, ...], ignored: tuple[str, ...],
          fail_on: str, no_notes: bool) -> None:
    """Check claim files and directories (recursively) as one corpus."""
    result = run(paths, RunOptions(select=select, ignore=ignored))
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    style = click.style if colour else (lambda value, **_: value)
    click.echo(text.render(result, style, show_info=not no_notes), nl=False)
    ctx.exit(exit_code(result, fail_on))


def exit_code(result, fail_on: str) -> int:
    """2 for bad input, 1 for a finding at or above fail_on, else 0."""
    if result.input_errors:
        return 2
    threshold = SEVERITY_ORDER[fail_on]
    return 1 if any(SEVERITY_ORDER[f.severity] >= threshold for f in result.findings) else 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status (usage errors are 2, as click has them)."""
    try:
        code = cli.main(args=argv, prog_name="checker", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as problem:
        problem.show()
        return 2
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 2
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(main())
