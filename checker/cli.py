"""The command line: parses options, calls `run`, hands the result to a reporter, returns the exit code.

The only module that imports click. Exit codes: 0 clean, 1 findings at or above --fail-on,
2 bad input or usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from .config import CheckerConfig, ConfigError, find_config, load_config
from .errors import CheckerError
from .findings import SEVERITY_ORDER
from .rates import RATE_PROVIDERS
from .references.formats import FORMATS as REFERENCE_FORMATS
from .report import CHECK_REPORTS, EDITOR_REPORTS, EditorOptions, ReportOptions, ruledoc, text
from .rules import BUILTIN_RULES, Rule, RuleSpec, load_rules
from .runner import RunOptions, RunResult, run

if TYPE_CHECKING:
    from .extraction.document import Document


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
        click.echo(
            f"{problem.error.position}: configuration error: {problem.error.message}", err=True
        )
        ctx.exit(2)
        raise AssertionError("unreachable") from None


def selection_options(command: Callable) -> Callable:
    """--select, --ignore, --fail-on and --no-notes, the same for every command that checks."""
    for option in reversed(
        [
            click.option(
                "--select",
                multiple=True,
                metavar="RULE",
                help="Run only these rules (ids or prefixes); repeatable.",
            ),
            click.option(
                "--ignore",
                "ignored",
                multiple=True,
                metavar="RULE",
                help="Do not run these rules; repeatable.",
            ),
            click.option(
                "--fail-on",
                type=click.Choice(["error", "warning", "info"]),
                default=None,
                help="Exit 1 when a finding is at least this severe (default: error, or the configuration's).",
            ),
            click.option(
                "--no-notes", is_flag=True, help="Leave notes (info findings) out of the report."
            ),
        ]
    ):
        command = option(command)
    return command


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A checker.toml or pyproject.toml (default: found upward from here).",
)
rules_option = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="A directory of your own rule files; repeatable.",
)


rates_option = click.option(
    "--rates",
    type=click.Choice(sorted(RATE_PROVIDERS)),
    default=None,
    help="Check currency restatements against reference exchange rates shipped with the checker "
    "(ecb: the European Central Bank's daily rates, offline) where the claims hold no rate.",
)
force_option = click.option(
    "--force",
    is_flag=True,
    help="Replace an existing output file even when the checker did not write it (never an input).",
)


def _config_file(config_path: Path | None) -> Path | None:
    return config_path if config_path is not None else find_config(Path.cwd())


def _guard_outputs(
    ctx: click.Context, outputs: dict[Path | None, str], inputs: list[Path], force: bool
) -> None:
    """Refuse, before any work, an output that would overwrite an input or a file the checker
    did not write: one message, exit 2, nothing written."""
    from .outputs import OutputRefused, check_output

    for path, what in outputs.items():
        if path is None or str(path) == "-":
            continue
        try:
            check_output(path, inputs, force, what)
        except OutputRefused as refused:
            click.echo(f"checker: {refused}", err=True)
            ctx.exit(2)


def _with_texts(inputs: list[Path], result: RunResult) -> list[Path]:
    """The inputs and the source texts the claim files named (read during the run)."""
    return inputs + [s.text_path for s in result.corpus.sources.values() if s.text_path]


def _write(
    ctx: click.Context, path: Path, content: str, inputs: list[Path], force: bool, what: str
) -> None:
    """Write an output through outputs.write_output; a refusal or an OS error is one message, exit 2."""
    from .outputs import OutputRefused, write_output

    try:
        write_output(path, content, inputs, force, what)
    except OutputRefused as refused:
        click.echo(f"checker: {refused}", err=True)
        ctx.exit(2)
    except OSError as problem:
        click.echo(f"{path}: cannot write {what}: {problem.strerror or problem}", err=True)
        ctx.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="checker")
def cli() -> None:
    """Find inconsistent numbers in published text, from claim files."""


# Above this, forking workers (a few tens of milliseconds) pays for itself several times over;
# below BYTES_PER_WORKER a worker's share is too small to be worth a process.
LARGE_INPUT_BYTES = 4 * 1024 * 1024
BYTES_PER_WORKER = 1024 * 1024


def _jobs(requested: int, paths: tuple[Path, ...]) -> int:
    """--jobs 0 decides by size: every core for a large corpus, one process for a small one."""
    if requested > 0:
        return requested
    cores = os.cpu_count() or 1
    enough = max(LARGE_INPUT_BYTES, cores * BYTES_PER_WORKER)
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        if total > enough:
            break
    return 1 if total <= LARGE_INPUT_BYTES else max(1, min(cores, total // BYTES_PER_WORKER))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@selection_options
@rates_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(CHECK_REPORTS)),
    default="text",
    show_default=True,
    help="text for people; json, sarif, github, gitlab or junit for machines.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the report to this file (whole or not at all) instead of standard output.",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Report only findings that are not in this baseline.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Record today's findings as the baseline in this file.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes to load and check with; 0 decides by size (1 for small corpora, every core for large ones).",
)
@click.option(
    "--backend",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local processes, or Dask (pip install 'checker[dask]').",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="A Dask scheduler (tcp://host:8786); without it, --backend dask starts a local cluster.",
)
@config_option
@rules_option
@force_option
@click.option(
    "--text",
    "as_text",
    is_flag=True,
    help="PATHS are articles (plain text, Markdown, HTML, Word .docx, PDF): extract their claims, then check them "
    "(claim files and directories among PATHS are checked with them).",
)
@click.option(
    "--against",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="An archive index (from 'checker index'): check PATHS with the archived claims they join with.",
)
@click.pass_context
def check(
    ctx: click.Context,
    paths: tuple[Path, ...],
    select: tuple[str, ...],
    ignored: tuple[str, ...],
    fail_on: str | None,
    no_notes: bool,
    rates: str | None,
    output_format: str,
    output: Path | None,
    baseline: Path | None,
    write_baseline: Path | None,
    jobs: int,
    backend: str,
    scheduler: str | None,
    config_path: Path | None,
    rule_dirs: tuple[Path, ...],
    force: bool,
    as_text: bool,
    against: Path | None,
) -> None:
    """Check claim files and directories (recursively) as one corpus."""
    from . import baseline as baselines
    from .outputs import input_files

    config = _config(ctx, config_path)
    inputs = input_files(
        [*paths, _config_file(config_path), baseline, *rule_dirs, *config.rules, *config.metrics]
    )
    # The baseline this run reads is an input like the others: a new one goes to another file.
    _guard_outputs(ctx, {write_baseline: "the baseline", output: "the report"}, inputs, force)
    display = _Progress()
    options = replace(
        config.run_options(select, ignored, rule_dirs, rates),
        jobs=_jobs(jobs, paths),
        backend=backend,
        scheduler=scheduler,
        progress=display.callback,
        keep_claims=False,  # no report of `check` shows the claims themselves
    )
    try:
        known = baselines.read(baseline) if baseline is not None else set()
    except baselines.BaselineError as problem:
        click.echo(f"checker: {problem}", err=True)
        ctx.exit(2)
    result = _checked(ctx, display, _check_runner(as_text, against), paths, options)
    baselined = _apply_baselines(ctx, result, known, write_baseline, inputs, force)
    style = _styler() if output is None else (lambda value, **_: value)
    rendered = CHECK_REPORTS[output_format](
        result, ReportOptions(show_info=not no_notes, baselined=baselined, style=style)
    )
    if output is None:
        click.echo(rendered, nl=False)
    else:
        _write(ctx, output, rendered, _with_texts(inputs, result), force, "the report")
    ctx.exit(exit_code(result, fail_on or config.fail_on))


def _apply_baselines(
    ctx: click.Context,
    result: RunResult,
    known: set[str],
    write_baseline: Path | None,
    inputs: list[Path],
    force: bool,
) -> int:
    """Write the run's findings as a new baseline if asked, then drop those the read baseline
    knows; how many were dropped."""
    from . import baseline as baselines

    if write_baseline is not None:
        texts = _with_texts(inputs, result)
        _write(ctx, write_baseline, baselines.text(result.findings), texts, force, "the baseline")
    if not known:
        return 0
    result.findings, baselined = baselines.apply(result.findings, known)
    return baselined


def _checked(
    ctx: click.Context,
    display: _Progress,
    runner: Callable[..., RunResult],
    paths: tuple[Path, ...],
    options: RunOptions,
) -> RunResult:
    """The run's result, or exit 2 with one message when the run itself cannot finish."""
    from .engine import WorkerLost

    try:
        with display:
            return runner(paths, options)
    except CheckerError as problem:  # a lost worker, an archive index that cannot be read
        suffix = "; no report was written, since it would be incomplete"
        click.echo(
            f"checker: {problem}{suffix if isinstance(problem, WorkerLost) else ''}", err=True
        )
        ctx.exit(2)


def _check_runner(as_text: bool, against: Path | None) -> Callable[..., RunResult]:
    if against is None:
        return _check_texts if as_text else run
    from .archive import check_against

    if as_text:
        raise CheckerError("--against takes claim files; extract a text's claims first")
    return lambda paths, options: check_against(paths, against, options)


@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The archive index to build or bring up to date (SQLite).",
)
@click.option("--force", is_flag=True, help="Replace a file at --db that is not an archive index.")
@config_option
@click.pass_context
def index_command(
    ctx: click.Context, paths: tuple[Path, ...], db: Path, force: bool, config_path: Path | None
) -> None:
    """Store every claim of an archive in an index, for 'checker check DRAFT --against DB'."""
    from .archive import build

    config = _config(ctx, config_path)
    inputs = [p for p in (_config_file(config_path), *config.metrics) if p is not None]
    try:
        report = build(paths, db, config.run_options((), (), ()).load, force, inputs)
    except CheckerError as problem:
        click.echo(f"checker: {problem}", err=True)
        ctx.exit(2)
    for error in report.errors:
        click.echo(str(error), err=True)
    click.echo(
        f"{db}: {report.claims} claims; {report.read} files read, {report.unchanged} unchanged, "
        f"{report.removed} removed"
    )
    ctx.exit(2 if report.errors else 0)


def _schema_of(what: str) -> dict:
    """The JSON Schema of one kind of file the checker reads or writes (a key of SCHEMAS)."""
    from pydantic import BaseModel

    from .models import Vocabulary, claim_file_schema
    from .report.json import Report

    if what == "claim-file":
        return claim_file_schema()
    models: dict[str, type[BaseModel]] = {
        "metrics": Vocabulary,
        "findings": Report,
        "config": CheckerConfig,
        "rule": RuleSpec,
    }
    # The report is output: its schema is of what is written (every field present); the others are input.
    return models[what].model_json_schema(
        by_alias=True, mode="serialization" if what == "findings" else "validation"
    )


SCHEMAS = ("claim-file", "metrics", "findings", "config", "rule")


@cli.command()
@click.argument("what", type=click.Choice(SCHEMAS), default="claim-file")
def schema(what: str) -> None:
    """Print the JSON Schema of claim files, metrics.yaml, the JSON report, the configuration, or
    rule files.

    Editors validate and complete claim files with it: put
    `# yaml-language-server: $schema=PATH/claim-file.json` at the top of a claim file, PATH
    relative to the claim file (`../docs/schema` in claims/)."""
    import json

    document = _schema_of(what)
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    click.echo(json.dumps(document, indent=2))


@cli.command()
@click.argument("rule_id", required=False)
@click.option(
    "--test",
    "test_dir",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[DIR]",
    help="Run the rules' examples as tests: the rule files of DIR, or without DIR every rule "
    "(built-in, configured and --rules). Exit 1 when an example does not do what it says.",
)
@click.option(
    "--reference",
    is_flag=True,
    help="Print the rule-file reference (docs/rule-files.md): fields, join keys, paths, "
    "message placeholders and check types.",
)
@config_option
@rules_option
@click.pass_context
def rules(
    ctx: click.Context,
    rule_id: str | None,
    test_dir: str | None,
    reference: bool,
    config_path: Path | None,
    rule_dirs: tuple[Path, ...],
) -> None:
    """List the rules, show one rule's documentation and examples, or test their examples."""
    if reference:
        click.echo(ruledoc.reference(), nl=False)
        ctx.exit(0)
    config = _config(ctx, config_path)
    if test_dir:
        directories: list = [Path(test_dir)]
        if not directories[0].is_dir():
            click.echo(f"{test_dir}: no such directory of rule files", err=True)
            ctx.exit(2)
    else:
        directories = [BUILTIN_RULES, *config.rules, *rule_dirs]
    loaded, errors = load_rules(directories)
    for problem in errors:
        click.echo(f"{problem.position}: input error: {problem.message}", err=True)
    if test_dir is not None:
        ctx.exit(_test_rule_examples(loaded, rule_id) or (2 if errors else 0))
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


def _test_rule_examples(loaded: list[Rule], rule_id: str | None) -> int:
    """Run the examples (of one rule, with RULE_ID); 1 when one does not do what it says."""
    from .rule_examples import run_rule_examples

    chosen = [r for r in loaded if rule_id is None or r.id == rule_id]
    if rule_id is not None and not chosen:
        click.echo(f"no rule '{rule_id}'; `checker rules` lists them", err=True)
        return 2
    outcomes = run_rule_examples(chosen)
    failed = [o for o in outcomes if o.problem is not None]
    for outcome in failed:
        click.echo(f"{outcome.position}: {outcome.name} {outcome.problem}")
    rules_word = f"{len(chosen)} rule{'s' if len(chosen) != 1 else ''}"
    if failed:
        click.echo(f"{len(failed)} of {len(outcomes)} examples of {rules_word} fail")
        return 1
    if not outcomes:
        click.echo("no rule to test", err=True)
        return 2
    click.echo(f"{len(outcomes)} examples of {rules_word}: each does what it says")
    return 0


# ---------------------------------------------------------------- audit and review: reports for editors

output_option = click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    default=None,
    help="Where to write the report ('-' for standard output); .md or .markdown writes Markdown.",
)
format_option = click.option(
    "--format",
    "report_format",
    type=click.Choice(list(EDITOR_REPORTS)),
    default=None,
    help="html (a self-contained page) or md (a pull-request comment); default: by --output's extension.",
)


class _Progress:
    """The one progress display: a line on standard error redrawn in place ("files loaded: 40/97"),
    drawn only when standard error is a terminal. `run` reports its stages to it (files loaded,
    partitions checked); the HTML report, the sources it has written."""

    WORDS = {"load": "files loaded", "check": "partitions checked", "write": "sources written"}

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = self.stream.isatty()
        self.line_open = False

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.stream.write(f"\r{self.WORDS.get(stage, stage)}: {done}/{total}   ")
        self.line_open = done < total
        self.stream.write("" if self.line_open else "\n")
        self.stream.flush()

    @property
    def callback(self) -> Callable[[str, int, int], None] | None:
        """What `run` is given: None off a terminal, so it does not count for nobody."""
        return self if self.shown else None

    def close(self) -> None:
        """End an unfinished line before anything else is written to the terminal."""
        if self.line_open:
            self.stream.write("\n")
            self.stream.flush()
            self.line_open = False

    def renderer(self, sources: int) -> Callable[[int], None]:
        """What the HTML reporter calls as each source is written (with how many were)."""
        written = 0

        def advance(count: int) -> None:
            nonlocal written
            written += count
            self("write", written, sources)

        return advance if self.shown else (lambda count: None)


def _report_format(output: Path | None, report_format: str | None) -> str:
    if report_format:
        return report_format
    return "md" if output is not None and output.suffix.lower() in (".md", ".markdown") else "html"


def _write_report(
    ctx: click.Context,
    result: RunResult,
    output: Path,
    report_format: str,
    progress: _Progress,
    inputs: list[Path],
    force: bool,
    **options,
) -> None:
    """Render and write the report (atomically, so a reader never sees half a page), then say where."""
    content = EDITOR_REPORTS[report_format](
        result, EditorOptions(progress=progress.renderer(len(result.corpus.sources)), **options)
    )
    if str(output) == "-":
        click.echo(content, nl=False)
    else:
        progress.close()
        _write(ctx, output, content, _with_texts(inputs, result), force, "the report")
    progress.close()
    for input_error in result.input_errors:
        click.echo(f"{input_error.position}: input error: {input_error.message}", err=True)
    click.echo(text.summary(result), err=str(output) == "-")
    if str(output) != "-":
        click.echo(f"report: {output}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_option
@format_option
@click.option("--title", default=None, help="The report's heading (default: 'Audit of PATH...').")
@selection_options
@rates_option
@config_option
@rules_option
@force_option
@click.pass_context
def audit(
    ctx: click.Context,
    paths: tuple[Path, ...],
    output: Path | None,
    report_format: str | None,
    title: str | None,
    select: tuple[str, ...],
    ignored: tuple[str, ...],
    fail_on: str | None,
    no_notes: bool,
    rates: str | None,
    config_path: Path | None,
    rule_dirs: tuple[Path, ...],
    force: bool,
) -> None:
    """Write a report for editors: a self-contained HTML page, or Markdown.

    The page has an overview, every finding with its arithmetic and citations, and each article with
    its quotes highlighted and findings in the margin; Markdown suits a pull-request comment."""
    from .outputs import input_files

    config = _config(ctx, config_path)
    report_format = _report_format(output, report_format)
    output = output or Path("report.md" if report_format == "md" else "report.html")
    inputs = input_files(
        [*paths, _config_file(config_path), *rule_dirs, *config.rules, *config.metrics]
    )
    _guard_outputs(ctx, {output: "the report"}, inputs, force)
    with _Progress() as progress:
        options = replace(
            config.run_options(select, ignored, rule_dirs, rates), progress=progress.callback
        )
        result = run(paths, options)
        _write_report(
            ctx,
            result,
            output,
            report_format,
            progress,
            inputs,
            force,
            title=title or "Audit of " + ", ".join(map(str, paths)),
            show_info=not no_notes,
        )
    ctx.exit(exit_code(result, fail_on or config.fail_on))


@cli.command()
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--claims",
    "claims_file",
    default=None,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="The claim file of this article (the metrics.yaml beside it is read too); "
    "without it the figures are drafted from the article, as `check --text` does.",
)
@output_option
@format_option
@selection_options
@rates_option
@config_option
@rules_option
@force_option
@click.pass_context
def review(
    ctx: click.Context,
    article: Path,
    claims_file: Path | None,
    output: Path | None,
    report_format: str | None,
    select: tuple[str, ...],
    ignored: tuple[str, ...],
    fail_on: str | None,
    no_notes: bool,
    rates: str | None,
    config_path: Path | None,
    rule_dirs: tuple[Path, ...],
    force: bool,
) -> None:
    """Review one article: the article with its figures marked and its tables as tables.

    With --claims, the text comes from ARTICLE even when the claim file's source names no
    `text:`, and quotes are verified against it. Without, ARTICLE (Word, PDF, HTML, Markdown or
    plain text) is read and its figures drafted and checked as `check --text` does."""
    config = _config(ctx, config_path)
    report_format = _report_format(output, report_format)
    output = output or Path("review.md" if report_format == "md" else "review.html")
    from .outputs import input_files

    inputs = input_files(
        [
            article,
            claims_file,
            _config_file(config_path),
            *rule_dirs,
            *config.rules,
            *config.metrics,
        ]
    )
    _guard_outputs(ctx, {output: "the report"}, inputs, force)
    options = config.run_options(select, ignored, rule_dirs, rates)
    with _Progress() as progress:
        result, document = _review_run(
            article, claims_file, replace(options, progress=progress.callback)
        )
        sources = [s.id for s in result.corpus.sources.values() if not s.is_reference] or list(
            result.corpus.sources
        )
        title, subtitle = _review_titles(result, sources, article, claims_file)
        _write_report(
            ctx,
            result,
            output,
            report_format,
            progress,
            inputs,
            force,
            title=title,
            subtitle=subtitle,
            show_info=not no_notes,
            focus=sources,
            documents={source: document for source in sources[:1] if document is not None},
        )
    ctx.exit(exit_code(result, fail_on or config.fail_on))


def _review_titles(
    result: RunResult, sources: list[str], article: Path, claims_file: Path | None
) -> tuple[str, str]:
    """The review page's title and subtitle: the article's own title and byline when its
    source gives them."""
    first = result.corpus.sources[sources[0]] if sources else None
    subtitle = f"{article.name} checked against {claims_file or 'the figures drafted from it'}"
    if first is None:
        return f"Review of {article.name}", subtitle
    byline = ", ".join(str(x) for x in (first.publisher, first.published) if x)
    return first.title, (byline + " · " if byline else "") + subtitle


def _review_run(
    article: Path, claims_file: Path | None, options: RunOptions
) -> tuple[RunResult, Document | None]:
    """The run a review shows, and the article as its reader read it: the page shows its
    tables when the run's text of the article is that reader's text (a Word document or PDF,
    or any article whose figures were drafted from it)."""
    from .documents import UnreadableFile, read_article

    if claims_file is not None:
        texts = ((claims_file.resolve(), article.resolve()),)
        result = run(
            [claims_file], replace(options, load=replace(options.load, source_texts=texts))
        )
    else:
        result = _check_texts([article], options)
    try:
        return result, read_article(article)
    except (UnreadableFile, OSError, UnicodeDecodeError):  # already an input error of the run
        return result, None


def _check_texts(paths, options):
    from .extraction.textcheck import check_texts

    return check_texts(paths, options)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="Write here (a file, or a directory: DIR/<id>.yaml, DIR/sources/, DIR/metrics.yaml); default: standard output.",
)
@click.option("--force", is_flag=True, help="Replace an existing claim file.")
@click.option(
    "--date",
    "date_text",
    metavar="YYYY-MM-DD",
    help="The article's date, when its header gives none ('this year').",
)
@click.option(
    "--entity",
    help="The entity figures are about when the text names none (default: its most frequent name).",
)
@click.option("--id", "source_id", help="The source id (default: from the file name).")
@click.pass_context
def extract(
    ctx: click.Context,
    file: Path,
    output: Path | None,
    force: bool,
    date_text: str | None,
    entity: str | None,
    source_id: str | None,
) -> None:
    """Draft a claim file from an article (plain text, Markdown, HTML, Word .docx or PDF): every figure as a claim."""
    from .extraction.command import run_extract

    ctx.exit(run_extract(file, output, force, date_text, entity, source_id))


@cli.group()
def reference() -> None:
    """Reference data: official statistics as claims that articles are checked against."""


@reference.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--map",
    "map_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="MAP.yaml: which series and dimension values are which metrics and entities.",
)
@click.option(
    "--metrics",
    "vocabulary",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The metrics vocabulary the map names metrics of (default: metrics.yaml beside the map).",
)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(path_type=Path),
    help="The reference claim file to write: YAML (.yaml) or JSON Lines (.jsonl).",
)
@click.option("--force", is_flag=True, help="Replace an existing file.")
@click.option(
    "--structure",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The SDMX-ML structure message a structure-specific SDMX-ML data message is read with.",
)
@click.option(
    "--format",
    "format_name",
    type=click.Choice([f.name for f in REFERENCE_FORMATS]),
    help="The data files' format (default: found from each file's suffix and first bytes).",
)
@click.pass_context
def reference_import(
    ctx: click.Context,
    files: tuple[Path, ...],
    map_path: Path,
    vocabulary: Path | None,
    output: Path,
    force: bool,
    structure: Path | None,
    format_name: str | None,
) -> None:
    """Read SDMX (XML, JSON, CSV), JSON-stat, World Bank bulk CSV or plain CSV into a reference
    claim file: each mapped observation a claim at the source's precision, with its provenance."""
    from .references import ImportRequest, import_references, summary

    vocabulary = vocabulary or map_path.parent / "metrics.yaml"
    if not vocabulary.is_file():
        click.echo(
            f"{map_path}:1:1: no vocabulary for the map's metrics: give it with --metrics "
            f"(looked for {vocabulary})",
            err=True,
        )
        ctx.exit(2)
    request = ImportRequest(
        list(files), map_path, vocabulary, output, force, format_name, structure
    )
    try:
        result = import_references(request)
    except CheckerError as problem:
        click.echo(str(problem), err=True)
        ctx.exit(2)
    click.echo(summary(result, request), err=True)
    ctx.exit(0 if result.claims else 2)


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
    except CheckerError as problem:  # one the command did not place at a file:line itself
        click.echo(f"checker: {problem}", err=True)
        return 2
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(main())
