"""The command line: parses options, calls `run`, hands the result to a reporter, returns the exit code.

The only module that imports click. Exit codes: 0 clean, 1 findings at or above --fail-on,
2 bad input or usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from .config import CheckerConfig, ConfigError, find_config, load_config
from .findings import SEVERITY_ORDER
from .report import ruledoc, text
from .rules import BUILTIN_RULES, load_rules
from .runner import RunResult, run


def _styler(stream=None) -> Callable[..., str]:
    """click.style on a terminal, plain text when piped or when NO_COLOR is set."""
    stream = stream or sys.stdout
    if stream.isatty() and "NO_COLOR" not in os.environ:
        return click.style
    return lambda value, **_: value


def _config(ctx: click.Context, path: Path | None) -> CheckerConfig:
    try:
        return load_config(path if path is not None else find_config(Path.cwd()))
    except ConfigError as problem:
        click.echo(f"{problem.error.position}: configuration error: {problem.error.message}", err=True)
        ctx.exit(2)
        raise AssertionError("unreachable") from None


config_option = click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
                             help="A checker.toml or pyproject.toml (default: found upward from here).")
rules_option = click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
                            help="A directory of your own rule files; repeatable.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="checker")
def cli() -> None:
    """Find inconsistent numbers in published text, from claim files."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (ids or prefixes); repeatable.")
@click.option("--ignore", "ignored", multiple=True, metavar="RULE", help="Do not run these rules; repeatable.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Exit 1 when a finding is at least this severe (default: error, or the configuration's).")
@click.option("--no-notes", is_flag=True, help="Leave notes (info findings) out of the report.")
@config_option
@rules_option
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...], select: tuple[str, ...], ignored: tuple[str, ...],
          fail_on: str | None, no_notes: bool, config_path: Path | None, rule_dirs: tuple[Path, ...]) -> None:
    """Check claim files and directories (recursively) as one corpus."""
    config = _config(ctx, config_path)
    result = run(paths, config.run_options(select, ignored, rule_dirs))
    click.echo(text.render(result, _styler(), show_info=not no_notes), nl=False)
    ctx.exit(exit_code(result, fail_on or config.fail_on))


@cli.command()
@click.argument("rule_id", required=False)
@config_option
@rules_option
@click.pass_context
def rules(ctx: click.Context, rule_id: str | None, config_path: Path | None, rule_dirs: tuple[Path, ...]) -> None:
    """List the rules, or show one rule's documentation and examples."""
    config = _config(ctx, config_path)
    loaded, errors = load_rules([BUILTIN_RULES, *config.rules, *rule_dirs])
    for problem in errors:
        click.echo(f"{problem.position}: input error: {problem.message}", err=True)
    style = _styler()
    if rule_id is None:
        click.echo(ruledoc.listing(loaded, style), nl=False)
    else:
        found = next((r for r in loaded if r.id == rule_id), None)
        if found is None:
            click.echo(f"no rule '{rule_id}'; `checker rules` lists them", err=True)
            ctx.exit(2)
        click.echo(ruledoc.page(found, style), nl=False)
    ctx.exit(2 if errors else 0)


def exit_code(result: RunResult, fail_on: str) -> int:
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
