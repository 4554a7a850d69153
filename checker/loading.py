"""Reading claim files and vocabularies into a Corpus, with every position kept.

YAML is composed by libyaml and walked once into plain dicts that remember where each key and
item was written; JSON Lines is streamed a line at a time. Bad input becomes an InputError at
file:line:column and never stops the other files from loading.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import errno
import functools
import gc
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml
from pydantic import ValidationError
from quicktions import Fraction

from .corpus import NO_PLACES, Claim, Corpus, FieldPlaces, InputError, Metric, Position, Source
from .errors import CheckerError
from .intervals import parse_decimal
from .models import MetricDefinition, SourceModel, Vocabulary, claim_adapter
from .numerals import writes_digits
from .periods import Period, PeriodError, parse_period
from .quantities import (
    DEFAULT_ROUND_NUMBERS,
    DEFAULT_TOLERANCES,
    Quantity,
    RoundNumbers,
    Tolerances,
    ValueError_,
    ValueReader,
)

__all__ = [
    "Chunk",
    "LoadOptions",
    "discover",
    "load_corpus",
    "load_fragment",
    "missing_references",
    "plan_chunks",
    "unknown_metrics",
]

CLAIM_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
VOCABULARY_NAMES = ("metrics.yaml", "metrics.yml")

_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
# Tags a claim file may write explicitly: YAML's standard scalars and collections. Any other
# (!!python/object, !!binary, !custom) asks for a reading the checker does not do.
_STANDARD_TAGS = frozenset(
    {_NULL_TAG, _MERGE_TAG, _STR_TAG}
    | {f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "timestamp", "seq", "map")}
)
# Deeper than this is no claim file (they nest four or five levels); refused before recursion
# could run out of stack.
MAX_DEPTH = 100
# Plain scalars that YAML reads as null (the SafeLoader's own list); every other scalar stays text.
_NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


class _TagsWeRead:
    """Tag resolution cut to what the loader uses: claim files keep every scalar as written text,
    so only null and the merge key need a tag. PyYAML's general resolver runs regular expressions
    and path bookkeeping, in Python, for every node of the file."""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                if value in _NULL_WORDS:
                    return _NULL_TAG
                if value == "<<":
                    return _MERGE_TAG
            return _STR_TAG
        return (
            yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
            if kind is yaml.SequenceNode
            else yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
        )


try:

    class _YamlLoader(_TagsWeRead, yaml.CSafeLoader):  # type: ignore[misc]
        pass
except AttributeError:  # libyaml missing: the pure-Python loader gives the same nodes, slower

    class _YamlLoader(_TagsWeRead, yaml.SafeLoader):  # type: ignore[misc,no-redef]
        pass


@dataclass(frozen=True)
class LoadOptions:
    """What loading may accept: limits against hostile files, and where source texts may live."""

    tolerances: Tolerances = DEFAULT_TOLERANCES
    max_file_bytes: int = 20 * 1024 * 1024
    max_line_bytes: int = 4 * 1024 * 1024
    allow_text_outside: bool = False
    vocabularies: tuple[Path, ...] = ()
    # How far a whole number's trailing zeros may be rounding, unless a source says otherwise.
    round_numbers: RoundNumbers = DEFAULT_ROUND_NUMBERS
    # (claim file, text file): the text to check that file's quotes against, whatever its source
    # says; given by the user (`checker review ARTICLE --claims FILE`), so it may lie anywhere.
    source_texts: tuple[tuple[Path, Path], ...] = ()
    # Reference exchange rates shipped with a package, by provider name (checker.rates), or None.
    rates: str | None = None


class InputProblem(CheckerError):
    """Raised inside loading with the position and message of one input error."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.error = InputError(position, message)


# ---------------------------------------------------------------- YAML with positions


class PositionedDict(dict):
    """A mapping read from a file, remembering where it starts and where each key's value is."""

    __slots__ = ("start", "positions")

    def __init__(self, start: tuple[int, int]) -> None:
        super().__init__()
        self.start = start
        self.positions: dict[str, tuple[int, int]] = {}


class PositionedList(list):
    """A sequence read from a file, remembering where it starts and where each item is."""

    __slots__ = ("start", "positions")

    def __init__(self, start: tuple[int, int]) -> None:
        super().__init__()
        self.start = start
        self.positions: list[tuple[int, int]] = []


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    """Turns composed YAML nodes into PositionedDict/PositionedList/str in one pass.

    An alias shares the object built for its anchor, and counts the values it would expand to:
    past `max_nodes` the file is refused, so a "billion laughs" file costs nothing to reject.
    """

    def __init__(self, file: str, max_nodes: int) -> None:
        self.file = file
        self.max_nodes = max_nodes
        self.memo: dict[int, tuple[Any, int]] = {}
        self.building: set[int] = set()
        self.count = 0
        self.depth = 0

    def build(self, node: yaml.Node) -> Any:
        if (
            node.__class__ is yaml.ScalarNode
        ):  # most nodes; an alias to a scalar expands to one value
            self.count += 1
            if node.tag not in _STANDARD_TAGS:
                raise self._tag_problem(node)
            if node.tag == _NULL_TAG and not node.style:  # libyaml gives '' for plain, Python None
                return None
            return node.value
        key = id(node)
        found = self.memo.get(key)
        if found is not None:
            self.count += found[1]
            if self.count > self.max_nodes:
                raise InputProblem(
                    Position(self.file, *_mark(node)),
                    f"the YAML aliases here expand to more than {self.max_nodes:,} values; "
                    "the file is refused (a 'billion laughs' file?)",
                )
            return found[0]
        self.count += 1
        if key in self.building:
            raise InputProblem(
                Position(self.file, *_mark(node)),
                "a YAML alias refers to the block that holds it; a claim file cannot loop",
            )
        if node.tag not in _STANDARD_TAGS:
            raise self._tag_problem(node)
        if self.depth >= MAX_DEPTH:
            raise InputProblem(
                Position(self.file, *_mark(node)),
                f"blocks are nested more than {MAX_DEPTH} deep here; a claim file needs a few levels",
            )
        before = self.count - 1
        self.building.add(key)
        self.depth += 1
        built = (
            self._sequence(node)
            if isinstance(node, yaml.SequenceNode)
            else self._mapping(cast(yaml.MappingNode, node))
        )
        self.depth -= 1
        self.building.discard(key)
        self.memo[key] = (built, self.count - before)
        return built

    def _tag_problem(self, node: yaml.Node) -> InputProblem:
        return InputProblem(
            Position(self.file, *_mark(node)),
            f"the YAML tag '{node.tag}' is not allowed: a claim file holds plain text, "
            "numbers, lists and blocks",
        )

    def _sequence(self, node: yaml.SequenceNode) -> PositionedList:
        items = PositionedList(_mark(node))
        for child in node.value:
            items.append(self.build(child))
            items.positions.append(_mark(child))
        return items

    def _mapping(self, node: yaml.MappingNode) -> PositionedDict:
        mapping = PositionedDict(_mark(node))
        merged: list[PositionedDict] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged.extend(self._merge_sources(value_node))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputProblem(
                    Position(self.file, *_mark(key_node)), "a field name must be plain text"
                )
            key = key_node.value
            if key in mapping:
                raise InputProblem(
                    Position(self.file, *_mark(key_node)),
                    f"'{key}' is given twice in the same block",
                )
            if value_node.__class__ is yaml.ScalarNode and value_node.tag == _STR_TAG:
                # Most values of a claim file: built here, not in a call per value.
                self.count += 1
                mapping[key] = value_node.value
            else:
                mapping[key] = self.build(value_node)
            mark = value_node.start_mark
            mapping.positions[key] = (mark.line + 1, mark.column + 1)
        for source in merged:
            for key, value in source.items():
                if key not in mapping:
                    mapping[key] = value
                    mapping.positions[key] = source.positions.get(key, source.start)
        return mapping

    def _merge_sources(self, node: yaml.Node) -> list[PositionedDict]:
        built = self.build(node)
        sources = built if isinstance(built, list) else [built]
        if not all(isinstance(s, PositionedDict) for s in sources):
            raise InputProblem(Position(self.file, *_mark(node)), "'<<' merges only mappings")
        return sources


def read_yaml(text: str, file: str) -> Any:
    """Compose a YAML (or JSON) document and build it with positions; raises InputProblem."""
    try:
        node = yaml.compose(text, Loader=_YamlLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or str(exc)
        context = f" ({exc.context})" if exc.context else ""
        raise InputProblem(
            Position(file, line, column), f"this is not valid YAML: {problem}{context}"
        ) from None
    except yaml.YAMLError as exc:
        raise InputProblem(Position(file, 1, 1), f"this is not valid YAML: {exc}") from None
    if node is None:
        raise InputProblem(
            Position(file, 1, 1), "the file is empty: a claim file needs a 'source' and 'claims'"
        )
    # Unique nodes are bounded by the text's length; only aliases can multiply them.
    return _Builder(file, max_nodes=1_000_000 + len(text)).build(node)


# ---------------------------------------------------------------- reading files


def _read_text(path: Path, display: str, options: LoadOptions) -> str:
    """The file's text, read only if it is a regular file (opened without waiting, so a pipe
    cannot hang the run) and only up to the size limit, whatever its size claims to be."""
    limit = options.max_file_bytes
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise InputProblem(
                    Position(display, 1, 1), "this is not a regular file (a pipe or a device)"
                )
            data = stream.read(limit + 1)
    except OSError as exc:
        raise InputProblem(
            Position(display, 1, 1), f"cannot read the file: {exc.strerror}"
        ) from None
    if len(data) > limit:
        raise InputProblem(
            Position(display, 1, 1),
            f"the file is over the {limit / 1024 / 1024:.0f} MB limit "
            "for one claim file; split it, or use JSON Lines (.jsonl) for bulk claims",
        )
    return _decode(data, display)


# Source texts that are not text: read by their readers (checker.documents), as --text reads them.
_DOCUMENT_SUFFIXES = (".docx", ".pdf")


def _source_text(path: Path) -> str:
    """A source's text: a text file decoded, a Word document or PDF as its reader reads it
    (so quotes are verified against the text `check --text` and the review page show)."""
    if path.suffix.lower() in _DOCUMENT_SUFFIXES:
        from .documents import read_article

        return read_article(path).text
    return _decode(path.read_bytes(), str(path))


def _decode(data: bytes, display: str, first_line: int = 1) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = first_line + before.count(b"\n")
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputProblem(
            Position(display, line, column),
            f"byte 0x{data[exc.start]:02x} is not UTF-8 text; save the file as UTF-8",
        ) from None
    return text.removeprefix("\ufeff")


def _read_json(text: str, display: str) -> Any:
    """JSON read through the YAML composer for positions; JSON's own parser words the errors."""
    try:
        return read_yaml(text, display)
    except InputProblem as yaml_problem:
        if not yaml_problem.error.message.startswith("this is not valid YAML"):
            raise  # valid syntax, refused content (a key twice, nesting, a tag): said as found
        try:
            return parse_json(text)
        except json.JSONDecodeError as exc:
            raise InputProblem(
                Position(display, exc.lineno, exc.colno), f"this is not valid JSON: {exc.msg}"
            ) from None
        except _DuplicateKey as exc:
            line, column = _find_key(text, exc.key)
            raise InputProblem(Position(display, line, column), str(exc)) from None
        except (ValueError, RecursionError) as exc:
            raise InputProblem(
                Position(display, 1, 1), f"this is not valid JSON: {_why(exc)}"
            ) from None


class _DuplicateKey(CheckerError, ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"'{key}' is given twice in the same block")
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return document


def parse_json(text: str) -> Any:
    """JSON with every number kept as written text, NaN and Infinity refused, a key given twice
    in one object refused (json keeps the last one silently)."""
    return json.loads(
        text,
        parse_float=str,
        parse_int=str,
        parse_constant=_reject_constant,
        object_pairs_hook=_unique_keys,
    )


def _why(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return f"it is nested too deep (a claim file needs a few levels, at most {MAX_DEPTH})"
    return str(exc)


def _find_key(text: str, key: str, start: int = 0) -> tuple[int, int]:
    """Line and column of the second time key is written in text (from start), for a key given twice."""
    quoted = json.dumps(key, ensure_ascii=False)
    first = text.find(quoted, start)
    second = text.find(quoted, first + 1) if first >= 0 else -1
    at = second if second >= 0 else max(first, 0)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _json_line(line: str, display: str, number: int) -> Any:
    """One JSON Lines record, or InputProblem at its line and column."""
    try:
        return parse_json(line)
    except json.JSONDecodeError as exc:
        raise InputProblem(
            Position(display, number, exc.colno), f"this line is not valid JSON: {exc.msg}"
        ) from None
    except _DuplicateKey as exc:
        raise InputProblem(
            Position(display, number, _find_key(line, exc.key)[1]), str(exc)
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InputProblem(
            Position(display, number, 1), f"this line is not valid JSON: {_why(exc)}"
        ) from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a claim can hold")


# ---------------------------------------------------------------- turning documents into claims


_NO_IGNORES: frozenset[str] = frozenset()  # shared by the claims that ignore no rule


class _FieldProblem(CheckerError):
    """A claim field whose text cannot be read; caught where the claim's position is known."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


# The claim model's validator itself: TypeAdapter.validate_python passes its options on to it,
# half a microsecond a claim for none.
_validate_claim = claim_adapter.validator.validate_python


def _period_field(field_name: str, text: str) -> Period:
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise _FieldProblem(field_name, str(exc)) from None


@dataclass
class _FileContext:
    """What one claim file (or one JSON Lines record) needs while its claims are read."""

    display: str
    path: Path
    root: Path
    line_text: str | None = None
    line_number: int = 0
    claim_index: int | None = None  # on a JSON Lines line: the claim being read, for its columns

    @functools.cached_property
    def line_position(self) -> Position:
        """Where the claims of a JSON Lines record are: its line, one Position for them all."""
        return Position(self.display, self.line_number, 1)

    def position(self, container: Any, key: str | int | None = None) -> Position:
        if self.line_text is not None:
            return Position(self.display, self.line_number, self._column_in_line(key))
        if isinstance(container, PositionedDict):
            at = (
                container.positions.get(key, container.start)
                if isinstance(key, str)
                else container.start
            )
            return Position(self.display, *at)
        if isinstance(container, PositionedList):
            at = (
                container.positions[key]
                if isinstance(key, int) and key < len(container.positions)
                else container.start
            )
            return Position(self.display, *at)
        return Position(self.display, 1, 1)

    def _column_in_line(self, key: str | int | None) -> int:
        if self.line_text is None:
            return 1
        start, end = (
            _claim_spans(self.line_text)[self.claim_index]
            if self.claim_index is not None and self.claim_index < len(_claim_spans(self.line_text))
            else (0, len(self.line_text))
        )
        if isinstance(key, str):
            found = self.line_text.find(json.dumps(key) + ":", start, end)
            if found < 0:
                found = self.line_text.find(json.dumps(key), start, end)
            if found >= 0:
                return found + 1
        return start + 1


@functools.lru_cache(maxsize=8)
def _claim_spans(line: str) -> list[tuple[int, int]]:
    """Where each claim of a JSON Lines record is written on its line (start and end offsets),
    found again only when an error needs a column."""
    decoder = json.JSONDecoder()
    found = re.search(r'"claims"\s*:\s*\[', line)
    spans: list[tuple[int, int]] = []
    if found is None:
        return spans
    at = found.end()
    while True:
        at = len(line) - len(line[at:].lstrip(" \t\r\n,"))
        if at >= len(line) or line[at] == "]":
            return spans
        try:
            _, end = decoder.raw_decode(line, at)
        except ValueError:
            return spans
        spans.append((at, end))
        at = end


_FRIENDLY = {
    "missing": "missing required field '{field}'",
    "extra_forbidden": "unknown field '{field}'{suggestion}",
    "string_type": "'{field}' should be text or a number",
    "list_type": "'{field}' should be a list",
    "dict_type": "'{field}' should be a block of fields",
    "model_type": "'{field}' should be a block of fields",
    "literal_error": "'{field}' must be {expected}",
    "claim_kind": "'kind' must be one of: value, change, cagr, share",
    "bool_parsing": "'{field}' should be true or false",
    "bool_type": "'{field}' should be true or false",
    "string_pattern_mismatch": "'{field}' {pattern}",
    "string_too_short": "'{field}' is empty",
    "too_short": "'{field}' is empty",
}


def describe_validation(
    exc: ValidationError, known_fields: Iterable[str]
) -> list[tuple[tuple[Any, ...], str]]:
    """Pydantic's errors as (location, message) written for the person who wrote the file."""
    out: list[tuple[tuple[Any, ...], str]] = []
    for error in exc.errors(include_url=False):
        loc = tuple(
            p
            for p in error["loc"]
            if p not in ("value", "change", "cagr", "share") or p == error["loc"][-1]
        )
        if len(error["loc"]) >= 2 and error["loc"][0] in ("value", "change", "cagr", "share"):
            loc = tuple(error["loc"][1:])
        field_name = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
        kind = error["type"]
        template = _FRIENDLY.get(kind)
        if kind == "extra_forbidden":
            close = difflib.get_close_matches(field_name, list(known_fields), n=1)
            suggestion = f" (did you mean '{close[0]}'?)" if close else ""
            message = _FRIENDLY[kind].format(field=field_name, suggestion=suggestion)
        elif kind == "literal_error":
            message = _FRIENDLY[kind].format(field=field_name, expected=error["ctx"]["expected"])
        elif kind == "string_pattern_mismatch":
            pattern = (
                "must be letters, digits, '-', '_' or '.', with no spaces"
                if field_name in ("id", "source")
                else "must not start or end with a space"
            )
            message = _FRIENDLY[kind].format(field=field_name, pattern=pattern)
        elif template:
            message = template.format(field=field_name)
        elif kind == "value_error":
            message = str(error["msg"]).removeprefix("Value error, ")
        else:
            message = f"'{field_name}': {error['msg']}" if field_name else error["msg"]
        out.append((loc, message))
    return out


def unnamed_entity(source_id: str) -> str:
    """The entity of a claim that names none: its source's own subject, so that it meets only
    the claims of the same source that name none either."""
    return f"(unnamed in {source_id})"


# A claim that says its own span this way does not inherit the defaults' period.
_OWN_SPAN = ("from", "to", "years")

_CLAIM_FIELDS = (
    "id",
    "kind",
    "entity",
    "metric",
    "period",
    "from",
    "to",
    "basis",
    "years",
    "of",
    "value",
    "quote",
    "offsets",
    "confidence",
    "series",
    "status",
    "converts",
    "ignore",
    "reason",
    "note",
)
_SOURCE_FIELDS = tuple(SourceModel.model_fields)


class _Loader:
    """Loads files into one Corpus; each file either loads whole or reports its errors."""

    def __init__(self, options: LoadOptions, whole: bool = True) -> None:
        self.options = options
        # Loading a whole corpus, a source id seen twice is reported here; loading a fragment, only
        # the merge of all fragments knows which one came first (see fragments).
        self.whole = whole
        self.corpus = Corpus(rate_provider=options.rates)
        self.reader = ValueReader(tolerances=options.tolerances)
        self.failed_sources: set[str] = set()
        self.vocabulary_entries: dict[str, tuple[_FileContext, Any]] = {}
        self._pending_text: str | None = None
        # The periods and spans claims derive (the year before a yoy change's period, the years
        # between two periods) recur: one object each, not one per claim.
        self._periods: dict[Period, Period] = {}
        self._spans_seen: dict[Fraction, Fraction] = {}
        self._year_before: dict[Period, Period] = {}  # a year-on-year change's earlier period

    # ---- vocabulary

    def load_vocabulary(self, path: Path, display: str) -> None:
        try:
            document = read_yaml(_read_text(path, display, self.options), display)
        except InputProblem as problem:
            self.corpus.errors.append(problem.error)
            return
        context = _FileContext(display, path, path.parent)
        if not isinstance(document, dict):
            self._error(
                context.position(document),
                "metrics.yaml should be a block with 'metrics:' (and optionally 'count_nouns:')",
            )
            return
        try:
            vocabulary = Vocabulary.model_validate(document)
        except ValidationError as exc:
            for loc, message in describe_validation(
                exc, ("metrics", "count_nouns", *MetricDefinition.model_fields)
            ):
                self._error(self._locate(context, document, loc), message)
            return
        nouns = set(self.reader.count_nouns) | {n.lower() for n in vocabulary.count_nouns}
        metrics_node = document.get("metrics") or PositionedDict((1, 1))
        for name, definition in vocabulary.metrics.items():
            entry = metrics_node.get(name)
            where = context.position(metrics_node, name)
            if name in self.corpus.metrics:
                self._error(
                    where,
                    f"metric '{name}' is declared twice (first at {self.corpus.metrics[name].position})",
                )
                continue
            self.corpus.metrics[name] = Metric(
                name=name,
                unit=None,  # type: ignore[arg-type]  # read in finish_vocabulary, once every count noun is known
                unit_text=definition.unit,
                description=definition.description,  # type: ignore[arg-type]
                part_of=definition.part_of,
                sum_of=tuple(definition.sum_of or ()),
                stock=definition.stock,
                position=where,
                includes=tuple(definition.includes or ()),
                product_of=tuple(definition.product_of or ()),
            )
            self.vocabulary_entries[name] = (context, entry)
        self.reader = ValueReader(frozenset(nouns), self.options.tolerances)

    def finish_vocabulary(self) -> None:
        """Units, part_of/sum_of names and cycles, once every vocabulary file is read."""
        metrics = self.corpus.metrics
        # A metric whose unit is a plain noun pint does not know ("enterprises") counts things:
        # the contract makes that noun a count noun, accepted after a number.
        nouns = set(self.reader.count_nouns)
        for metric in metrics.values():
            unit_text = metric.unit_text.strip()
            if re.fullmatch(r"[A-Za-z][A-Za-z ]*", unit_text):
                try:
                    self.reader.unit(unit_text)
                except ValueError_:
                    nouns.add(unit_text.lower())
        self.reader = ValueReader(frozenset(nouns), self.options.tolerances)
        for name, metric in list(metrics.items()):
            context, entry = self.vocabulary_entries[name]
            try:
                unit = (
                    self.reader.unit(metric.unit_text)
                    if metric.unit_text.strip().lower() not in ("percent", "%")
                    and not _is_points_unit(metric.unit_text)
                    else self.reader.value(f"1 {metric.unit_text.strip()}").unit
                )
            except ValueError_ as exc:
                self._error(context.position(entry, "unit"), f"metric '{name}': {exc}")
                del metrics[name]
                continue
            metrics[name] = Metric(
                name,
                unit,
                metric.unit_text,
                metric.description,
                metric.part_of,
                metric.sum_of,
                metric.stock,
                metric.position,
                metric.includes,
                metric.product_of,
            )
        for name, metric in list(metrics.items()):
            context, entry = self.vocabulary_entries[name]
            if metric.part_of and metric.part_of not in metrics:
                self._error(
                    context.position(entry, "part_of"),
                    f"metric '{name}' is part_of '{metric.part_of}', which is not declared",
                )
            for field_name, says in (("sum_of", "is the sum_of"), ("includes", "includes")):
                for part in getattr(metric, field_name):
                    if part not in metrics:
                        self._error(
                            context.position(entry, field_name),
                            f"metric '{name}' {says} '{part}', which is not declared",
                        )
            self._check_product(name, metric)
        for cycle, fields in hierarchy_cycles(metrics):
            context, entry = self.vocabulary_entries[cycle[0]]
            kinds = sorted(set(fields))
            self._error(
                context.position(entry, fields[0]),
                f"{' and '.join(kinds)} goes round in a circle: {_circle(cycle[:-1])}",
            )

    def _check_product(self, name: str, metric: Metric) -> None:
        """A `product_of` naming declared metrics other than itself, whose units multiply to
        its own (USD/gram times kilogram is a sum of money, never a mass): else the rule would
        compare figures of different dimensions."""
        if not metric.product_of:
            return
        metrics = self.corpus.metrics
        context, entry = self.vocabulary_entries[name]
        where = context.position(entry, "product_of")
        for factor in metric.product_of:
            if factor == name:
                self._error(where, f"metric '{name}' is the product_of itself")
                return
            if factor not in metrics:
                self._error(
                    where, f"metric '{name}' is the product_of '{factor}', which is not declared"
                )
                return
        if any(metrics[factor].unit is None for factor in metric.product_of):
            return  # a factor whose unit could not be read has its own error already
        exponents: dict[str, Fraction] = {}
        for factor in metric.product_of:
            for dimension, power in metrics[factor].unit.dimension:
                exponents[dimension] = exponents.get(dimension, Fraction(0)) + power
        made = tuple(sorted((d, p) for d, p in exponents.items() if p != 0))
        if made != metric.unit.dimension:
            units = " times ".join(
                f"'{factor}' ({metrics[factor].unit_text})" for factor in metric.product_of
            )
            self._error(
                where,
                f"metric '{name}' ({metric.unit_text}) is the product_of {units}, "
                "whose units do not multiply to its own",
            )

    # ---- claim files

    def load_file(
        self, path: Path, display: str, root: Path, span: tuple[int, int, int] | None = None
    ) -> None:
        """Load one claim file; for JSON Lines, `span` (first byte, end byte, first line number)
        limits it to a slice of whole lines, so big files load in parallel."""
        if span is None or span[0] == 0:
            self.corpus.files.append(display)
        if path.suffix.lower() == ".jsonl":
            self._load_jsonl(path, display, root, span)
            return
        try:
            text = _read_text(path, display, self.options)
        except InputProblem as problem:
            self.corpus.errors.append(problem.error)
            return
        self.load_text(text, display, path, root)

    def load_text(self, text: str, display: str, path: Path, root: Path) -> None:
        """Load a YAML or JSON claim file's text, as read from `path` (an archive index keeps it)."""
        try:
            document = (
                _read_json(text, display)
                if path.suffix.lower() == ".json"
                else read_yaml(text, display)
            )
        except InputProblem as problem:
            self.corpus.errors.append(problem.error)
            return
        self._load_document(document, _FileContext(display, path, root))

    def load_line(self, line: str, display: str, path: Path, root: Path, number: int) -> None:
        """Load one JSON Lines record, line `number` of `path`."""
        try:
            document = _json_line(line, display, number)
        except InputProblem as problem:
            self.corpus.errors.append(problem.error)
            return
        self._load_document(
            document, _FileContext(display, path, root, line_text=line, line_number=number)
        )

    def _load_jsonl(
        self, path: Path, display: str, root: Path, span: tuple[int, int, int] | None
    ) -> None:
        try:
            handle = path.open("rb")
        except OSError as exc:
            self._error(Position(display, 1, 1), f"cannot read the file: {exc.strerror}")
            return
        start, end, first_line = span if span is not None else (0, None, 1)
        with handle:
            handle.seek(start)
            for number, raw in enumerate(handle, start=first_line):
                if end is not None and handle.tell() - len(raw) >= end:
                    break
                if not raw.strip():
                    continue
                try:
                    if len(raw) > self.options.max_line_bytes:
                        raise InputProblem(
                            Position(display, number, 1),
                            f"this line is over the {self.options.max_line_bytes // 1024 // 1024} MB limit for one record",
                        )
                    line = _decode(raw, display, number)
                except InputProblem as problem:
                    self.corpus.errors.append(problem.error)
                    continue
                self.load_line(line, display, path, root, number)

    def _load_document(self, document: Any, context: _FileContext) -> None:
        errors_before = len(self.corpus.errors)
        if not isinstance(document, dict):
            self._error(
                context.position(document), "a claim file is a block with 'source:' and 'claims:'"
            )
            return
        for key in document:
            if key not in ("source", "defaults", "claims"):
                self._error(
                    context.position(document, key),
                    f"unknown field '{key}' (a claim file has source, defaults and claims)",
                )
        source = self._read_source(document, context)
        defaults = self._read_defaults(document, context)
        claims_node = document.get("claims")
        if not isinstance(claims_node, list) or not claims_node:
            self._error(
                context.position(document, "claims")
                if "claims" in document
                else context.position(document),
                "missing required field 'claims' (a list of claims)"
                if "claims" not in document
                else "'claims' should be a non-empty list",
            )
            claims_node = []
        claims = self._read_claims(claims_node, defaults, source, context)
        if source is None:
            return
        failed = len(self.corpus.errors) > errors_before
        self.corpus.source_outcomes.append((source, failed))
        if source.id in self.corpus.sources:
            if self.whole:
                self._error(
                    source.position,
                    f"source id '{source.id}' is already used by {self.corpus.sources[source.id].file}",
                )
            return
        if failed:
            self.failed_sources.add(source.id)
            return
        self.corpus.sources[source.id] = source
        self.corpus.claims.extend(claims)
        if self._pending_text is not None:
            self.corpus.texts[source.id] = self._pending_text

    def _read_claims(
        self, claims_node: Any, defaults: dict, source: Source | None, context: _FileContext
    ) -> list[Claim]:
        claims: list[Claim] = []
        seen_ids: dict[str, Claim] = {}  # where an id was first written is found for an error only
        for index, raw in enumerate(claims_node):
            context.claim_index = index
            claim = self._read_claim(raw, index, claims_node, defaults, source, context)
            if claim is None:
                continue
            if claim.id in seen_ids:
                self._error(
                    claim.at("id"),
                    f"claim id '{claim.id}' is used twice in this file (first at line {seen_ids[claim.id].at('id').line})",
                )
                continue
            seen_ids[claim.id] = claim
            claims.append(claim)
        context.claim_index = None
        return claims

    def _read_defaults(self, document: dict, context: _FileContext) -> dict:
        """The file's `defaults:` block, its unknown fields reported; {} when it is not a block."""
        defaults = document.get("defaults") or {}
        if not isinstance(defaults, dict):
            self._error(
                context.position(document, "defaults"),
                "'defaults' should be a block of claim fields",
            )
            return {}
        for key in defaults:
            if key not in _CLAIM_FIELDS:
                self._error(
                    context.position(defaults, key), f"unknown claim field '{key}' in defaults"
                )
        return defaults

    def _read_source(self, document: dict, context: _FileContext) -> Source | None:
        self._pending_text = None
        raw = document.get("source")
        if raw is None:
            self._error(
                context.position(document),
                "missing required field 'source' (the document the claims come from)",
            )
            return None
        try:
            model = SourceModel.model_validate(raw)
        except ValidationError as exc:
            for loc, message in describe_validation(exc, _SOURCE_FIELDS):
                self._error(self._locate(context, raw, loc), f"source: {message}")
            return None
        published = None
        if model.published is not None:
            try:
                published = parse_period(model.published)
            except PeriodError as exc:
                self._error(context.position(raw, "published"), f"source: {exc}")
        vintage = None
        if model.vintage is not None:
            try:
                vintage = parse_period(model.vintage)
            except PeriodError as exc:
                self._error(context.position(raw, "vintage"), f"source: {exc}")
        text_path = self._source_text_path(model.text, context, raw)
        return Source(
            id=model.id,
            title=model.title,
            publisher=model.publisher,
            author=model.author,
            published=published,
            url=model.url,
            text_path=text_path,
            kind=model.kind,
            rounding=model.rounding,
            round_numbers=model.round_numbers or self.options.round_numbers,
            dataset=model.dataset,
            vintage=vintage,
            file=context.display,
            position=context.position(raw)
            if isinstance(raw, dict)
            else context.position(document, "source"),
        )

    def _source_text_path(self, text: str | None, context: _FileContext, raw: Any) -> Path | None:
        # Resolving a path reads the file system, and finding a field's column on a JSON Lines
        # line scans the line: neither is done for the sources (nearly all) that have no text.
        given = (
            dict(self.options.source_texts).get(context.path.resolve())
            if self.options.source_texts
            else None
        )
        if given is not None:
            candidate, text = given.resolve(), str(given)
        elif text is None:
            return None
        else:
            candidate = (context.path.parent / text).resolve()
        where = context.position(raw, "text")
        root = context.root.resolve()
        if (
            given is None
            and not self.options.allow_text_outside
            and not candidate.is_relative_to(root)
        ):
            self._error(
                where,
                f"source text '{text}' is outside the claims directory {context.root}; "
                "move it inside, or allow it with allow_text_outside = true in the configuration",
            )
            return None
        if not candidate.is_file():
            self._error(where, f"source text '{text}' does not exist (looked for {candidate})")
            return None
        try:
            self._pending_text = _source_text(candidate)
        except InputProblem as problem:
            self._error(
                where,
                f"source text '{text}': {problem.error.message} (at {problem.error.position.line}:{problem.error.position.column})",
            )
            return None
        except CheckerError as problem:  # a Word document or PDF no reader takes
            self._error(where, f"source text '{text}': {problem}")
            return None
        return candidate

    def _read_claim(
        self,
        raw: Any,
        index: int,
        claims_node: Any,
        defaults: dict,
        source: Source | None,
        context: _FileContext,
    ) -> Claim | None:
        if not isinstance(raw, dict):
            self._error(
                context.position(claims_node, index),
                "each claim should be a block of fields (id, metric, period, value, quote...)",
            )
            return None
        merged: dict[str, Any]
        if "period" in defaults and any(raw.get(k) is not None for k in _OWN_SPAN):
            # A claim's own span (from/to, years, basis) takes precedence over an inherited period.
            defaults = {k: v for k, v in defaults.items() if k != "period"}
        if isinstance(raw, PositionedDict) and not defaults:
            merged = raw  # nothing to merge: the claim as written, with its positions
        elif isinstance(raw, PositionedDict):
            merged = PositionedDict(raw.start)
            for origin in (defaults, raw):
                merged.update(origin)
                at = getattr(origin, "positions", {})
                start = getattr(origin, "start", raw.start)
                merged.positions.update({key: at.get(key, start) for key in origin})
        else:
            # A JSON Lines record (positions are found on demand), its own dict when nothing
            # is inherited: it was parsed for this claim alone.
            merged = {**defaults, **raw} if defaults else raw
        if _own_span(merged) and "period" not in raw and "period" in merged:
            del merged["period"]  # a claim's own span takes precedence over an inherited period
        try:
            model = _validate_claim(merged)
        except ValidationError as exc:
            for loc, message in describe_validation(exc, _CLAIM_FIELDS):
                claim_id = merged.get("id")
                label = f"claim '{claim_id}': " if isinstance(claim_id, str) else ""
                self._error(self._locate(context, merged, loc), label + message)
            return None
        if source is None:
            return None
        return self._normalize(model, merged, source, context)

    def _normalize(
        self, model: Any, raw: dict, source: Source, context: _FileContext
    ) -> Claim | None:
        """The claim a validated model states, or None after reporting why it cannot be read."""
        try:
            quantity = self._quantity(model, source)
            period, start, end, start_claim, end_claim, span = self._spans(
                model, model.__dict__, source
            )
            self._check_unit(model, quantity)
            key = f"{source.id}:{model.id}"
            _check_links(model, key, start_claim, end_claim)
        except _FieldProblem as problem:
            self._error(
                context.position(raw, problem.field), f"claim '{model.id}': {problem.message}"
            )
            return None
        places, claim_position = (
            (FieldPlaces.of(raw.positions, raw.start), Position(context.display, *raw.start))
            if isinstance(raw, PositionedDict)
            else (NO_PLACES, context.line_position)
        )
        fields = model.__dict__  # absent fields read as None without pydantic's slow attribute path
        # Given in the order of the fields, not by name: 24 keywords cost about four times the
        # rest of making a claim (5.1 against 1.1 µs).
        return Claim(
            key,
            model.id,
            source,
            model.kind,
            # Entity and metric names recur across a corpus: one string each, not one per claim.
            sys.intern(model.entity or unnamed_entity(source.id)),  # entity
            sys.intern(model.metric or ""),  # metric
            quantity,
            period,
            start,
            end,
            start_claim,
            end_claim,
            fields.get("basis"),
            span,  # span_years
            fields.get("of"),
            self._claim_key(model.converts, source) if model.converts else None,  # converts
            model.quote,
            model.note,
            frozenset(model.ignore) if model.ignore else _NO_IGNORES,  # ignore
            claim_position,
            places,  # field_places
            1.0 if model.confidence is None else model.confidence,  # confidence
            model.series,
            model.status,
        )

    def _quantity(self, model: Any, source: Source) -> Quantity:
        """The claim's value read, as its source rounds; raises _FieldProblem."""
        try:
            quantity = self.reader.value(
                model.value,
                source.rounding,
                source.round_numbers,  # type: ignore[arg-type]
            )
        except ValueError_ as exc:
            raise _FieldProblem("value", str(exc)) from None
        if (
            quantity.digits_exact is not None
            and model.quote
            and not writes_digits(model.quote, quantity.number_text)
        ):
            # A round figure is one the text writes with its zeros; "5.5 times" restated as
            # +550 % is two figures, not a round number.
            quantity = dataclasses.replace(quantity, digits_exact=None)
        return quantity

    def _spans(
        self, model: Any, fields: dict[str, Any], source: Source
    ) -> tuple[
        Period | None, Period | None, Period | None, str | None, str | None, Fraction | None
    ]:
        """The period, the two ends (periods or claims) and the span in years a claim states."""
        period = (
            _period_field("period", fields["period"]) if fields.get("period") is not None else None
        )
        start = end = None
        start_claim = end_claim = None
        span: Fraction | None = None
        if model.kind == "change" and model.from_ is None and model.to is not None:
            end_claim = self._level_reached(model.to, source)
        if model.kind in ("change", "cagr") and model.from_ is not None:
            start, start_claim = self._period_or_claim("from", model.from_, source, model.kind)
            end, end_claim = self._period_or_claim("to", model.to, source, model.kind)
            if (start is None) != (end is None):
                raise _FieldProblem("to", "'from' and 'to' must both be periods or both be claims")
            if start is not None and end is not None:
                span = start.years_until(end)
                if span <= 0:
                    raise _FieldProblem("to", f"'to' ({end}) must come after 'from' ({start})")
        if model.kind == "change" and model.basis == "yoy" and period is not None:
            start, end, span = self._previous_year(period), period, Fraction(1)
        if model.kind in ("change", "cagr") and model.years is not None:
            try:
                span = parse_decimal(str(model.years))
            except (ValueError, ZeroDivisionError):
                raise _FieldProblem(
                    "years", f"'years' should be a number, not '{model.years}'"
                ) from None
            if span <= 0:
                raise _FieldProblem("years", "'years' must be more than zero")
        if start is not None and end is not None:
            start = self._periods.setdefault(start, start)
            end = self._periods.setdefault(end, end)
        if span is not None:
            span = self._spans_seen.setdefault(span, span)
        return period, start, end, start_claim, end_claim, span

    def _previous_year(self, period: Period) -> Period:
        found = self._year_before.get(period)
        if found is None:
            found = self._year_before[period] = period.previous_year()
        return found

    def _level_reached(self, text: str, source: Source) -> str:
        """The key of the claim a change names with `to` alone: the level it led to."""
        period, claim = self._period_or_claim("to", text, source, "change")
        if claim is None:
            raise _FieldProblem(
                "to",
                f"'to' without 'from' names the claim of the level a change led to, not a period "
                f"({period}): give 'from' too",
            )
        return claim

    def _period_or_claim(
        self, field_name: str, text: str, source: Source, kind: str
    ) -> tuple[Period | None, str | None]:
        try:
            return parse_period(text), None
        except PeriodError as exc:
            if kind == "cagr" or not re.fullmatch(
                r"[A-Za-z0-9][A-Za-z0-9_.\-]*(:[A-Za-z0-9][A-Za-z0-9_.\-]*)?", text
            ):
                raise _FieldProblem(field_name, str(exc)) from None
            return None, self._claim_key(text, source)

    @staticmethod
    def _claim_key(reference: str, source: Source) -> str:
        return reference if ":" in reference else f"{source.id}:{reference}"

    def _check_unit(self, model: Any, quantity: Quantity) -> None:
        """Raises _FieldProblem when the value is not measured as its kind and metric are."""
        form = quantity.form
        if model.kind in ("cagr", "share"):
            if form not in ("percent", "number") or quantity.dimension:
                what = (
                    "a compound annual rate is a percent, such as 3.75 %"
                    if model.kind == "cagr"
                    else "a share is a percent (44.3 %) or a fraction (1/2)"
                )
                raise _FieldProblem("value", f"{what}, not '{quantity.text}'")
            return
        if model.kind == "change" and form != "number":
            return
        metric = self.corpus.metrics.get(model.metric) if model.metric else None
        if form == "points" and model.kind == "value":
            # A level in points (a gap between two rates, a contribution to growth) is allowed
            # unless the vocabulary declares the metric in some other unit.
            if metric is None or _is_points_unit(metric.unit_text):
                return
            raise _FieldProblem(
                "value",
                f"percentage points (pp) measure a change; metric '{model.metric}' is measured "
                f"in {metric.unit_text} (declare its unit as pp for a level in points)",
            )
        if (
            metric is None
            or metric.unit.dimension == quantity.dimension
            # the metric itself, or a rate of it ("337 a day" of a count)
            or _per_time(metric.unit.dimension) == quantity.dimension
            # a restatement in another currency, checked by the conversion rules
            or (metric.unit.is_currency and quantity.unit.is_currency)
            or form == "factor"
        ):
            return
        raise _FieldProblem(
            "value",
            f"'{quantity.text}' is not measured like metric '{model.metric}', whose unit is {metric.unit_text}",
        )

    def _locate(self, context: _FileContext, container: Any, loc: tuple[Any, ...]) -> Position:
        return context.position(*_deepest(container, loc))

    def _error(self, position: Position, message: str) -> None:
        self.corpus.errors.append(InputError(position, message))


def _check_links(model: Any, key: str, start_claim: str | None, end_claim: str | None) -> None:
    """Raises _FieldProblem for a change with no metric and no claims to take it from, or one
    between a claim and itself."""
    if model.metric is None and (start_claim is None or end_claim is None):
        raise _FieldProblem(
            "metric", "a change needs a 'metric', unless 'from' and 'to' name claims"
        )
    if start_claim is not None and (key in (start_claim, end_claim) or start_claim == end_claim):
        raise _FieldProblem(
            "to", "a change compares two different claims; 'from' and 'to' name the same one"
        )
    if key == end_claim:
        raise _FieldProblem("to", "a change leads to a level, not to itself")


def _is_points_unit(text: str) -> bool:
    return re.fullmatch(r"pp|p\.p\.|percentage points?|千分点", text.strip().lower()) is not None


def _own_span(claim: Any) -> bool:
    """Whether a change or cagr states its own span (ends, years, or none at all) rather than a
    year-on-year change over a period."""
    return claim.get("kind") in ("change", "cagr") and "basis" not in claim


def hierarchy_cycles(metrics: dict[str, Metric]) -> list[tuple[list[str], list[str]]]:
    """Circles in the part_of / sum_of hierarchy (a part pointing at its whole: `a part_of b`,
    and `b sum_of [a]`, both go from a to b), each as its metrics and the fields linking them.
    One depth-first walk with an explicit stack: linear in metrics, whatever the chains' length."""
    wholes: dict[str, list[tuple[str, str]]] = {name: [] for name in metrics}
    for name, metric in metrics.items():
        if metric.part_of in wholes:
            wholes[name].append(("part_of", metric.part_of))
        for part in metric.sum_of:
            if part in wholes:
                wholes[part].append(("sum_of", name))
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[tuple[list[str], list[str]]] = []
    for root in wholes:
        if root in state:
            continue
        state[root] = 1
        path, stack = [root], [iter(wholes[root])]
        fields: list[str] = []
        while stack:
            for field_name, whole in stack[-1]:
                if state.get(whole) == 1:
                    at = path.index(whole)
                    cycles.append((path[at:] + [whole], fields[at:] + [field_name]))
                elif whole not in state:
                    state[whole] = 1
                    path.append(whole)
                    fields.append(field_name)
                    stack.append(iter(wholes[whole]))
                    break
            else:
                state[path.pop()] = 2
                stack.pop()
                if fields:
                    fields.pop()
    return cycles


def _circle(names: list[str]) -> str:
    """A circle as 'a -> b -> c -> a', its middle left out when it is long."""
    shown = names if len(names) <= 6 else [*names[:3], f"... ({len(names) - 4:,} more)", names[-1]]
    return " -> ".join([*shown, names[0]])


def conversion_cycles(links: Iterable[tuple[str, str, Position]]) -> list[InputError]:
    """Claims whose `converts:` chain comes back to them: a restatement of itself, or a circle of
    restatements with no original. (claim key, key it converts, where) in; linear in claims."""
    target_of: dict[str, str] = {}
    where: dict[str, Position] = {}
    for key, target, position in links:
        target_of[key] = target
        where[key] = position
    state: dict[str, int] = {}
    errors: list[InputError] = []
    for start in target_of:
        path: list[str] = []
        node = start
        while node in target_of and node not in state:
            state[node] = 1
            path.append(node)
            node = target_of[node]
        if state.get(node) == 1:
            cycle = path[path.index(node) :]
            first = min(cycle, key=lambda k: where[k])
            message = (
                f"claim '{first.split(':', 1)[1]}' converts itself; 'converts' names the claim it restates"
                if len(cycle) == 1
                else "'converts' goes round in a circle: "
                + _circle(cycle[cycle.index(first) :] + cycle[: cycle.index(first)])
                + "; one of them must be the original"
            )
            errors.append(InputError(where[first], message))
        for visited in path:
            state[visited] = 2
    return errors


def missing_references(
    claims: Iterable[Claim], keys: set[str], failed_sources: set[str]
) -> list[InputError]:
    """Claims naming claims that do not exist. `keys` is every claim key of the corpus, which may
    span machines; a claim of a source that failed to load is not reported missing twice."""
    errors: list[InputError] = []
    for claim in claims:
        for field_name, reference in (
            ("converts", claim.converts),
            ("from", claim.start_claim),
            ("to", claim.end_claim),
        ):
            if (
                reference is None
                or reference in keys
                or reference.split(":", 1)[0] in failed_sources
            ):
                continue
            errors.append(
                InputError(
                    claim.at(field_name),
                    f"claim '{claim.id}': '{field_name}' names claim '{reference}', "
                    "which is neither a period nor a claim in this corpus",
                )
            )
    return errors


def unknown_metrics(claims: Iterable[Claim], metrics: set[str]) -> list[InputError]:
    """One warning per metric the claims use that a vocabulary does not declare (none without one)."""
    warnings: dict[str, InputError] = {}
    if metrics:
        for claim in claims:
            for name, field_name in ((claim.metric, "metric"), (claim.of, "of")):
                if name and name not in metrics and name not in warnings:
                    warnings[name] = InputError(
                        claim.at(field_name),
                        f"metric '{name}' is not in the vocabulary (metrics.yaml); "
                        "rules that need its unit or hierarchy skip it",
                        "warning",
                    )
    return list(warnings.values())


def _per_time(dimension: tuple) -> tuple:
    """A dimension divided by time: what a rate of a metric ("337 a day") is measured in."""
    powers = dict(dimension)
    powers["[time]"] = powers.get("[time]", Fraction(0)) - 1
    return tuple(sorted((name, power) for name, power in powers.items() if power != 0))


def _deepest(container: Any, loc: tuple[Any, ...]) -> tuple[Any, Any]:
    """The innermost container a validation error's location reaches, and the key within it."""
    node = container
    for part in loc[:-1]:
        try:
            child = node[part]
        except (KeyError, IndexError, TypeError):
            return node, part
        if not isinstance(child, (dict, list)):
            return node, part
        node = child
    return node, (loc[-1] if loc else None)


def position_of(display: str, document: Any, loc: tuple[Any, ...]) -> Position:
    """Where a location inside a document read by `read_yaml` was written."""
    return _FileContext(display, Path(display), Path(display).parent).position(
        *_deepest(document, loc)
    )


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, Path]], list[Path], list[InputError]]:
    """Claim files (with the root they were found under), vocabularies, and problems with the
    paths: missing ones and dangling links (errors), pipes and devices (skipped with a warning:
    reading one could wait for ever or never end)."""
    files: list[tuple[Path, Path]] = []
    vocabularies: list[Path] = []
    problems: list[InputError] = []
    seen: set[Path] = set()
    for given in paths:
        if given.is_dir():
            for vocabulary_name in VOCABULARY_NAMES:
                if _regular(given / vocabulary_name, problems):
                    vocabularies.append(given / vocabulary_name)
            found = 0
            for path in sorted(_walk(given)):
                if path.name in VOCABULARY_NAMES and path.parent == given:
                    continue
                if _regular(path, problems):
                    found += 1
                    if path.resolve() not in seen:
                        seen.add(path.resolve())
                        files.append((path, given))
            if not found:
                problems.append(
                    InputError(
                        Position(str(given), 1, 1),
                        "this directory holds no claim file (.yaml, .yml, .json, .jsonl); "
                        "nothing in it was checked",
                    )
                )
        elif _regular(given, problems):
            if given.name in VOCABULARY_NAMES:
                vocabularies.append(given)
                continue
            for vocabulary_name in VOCABULARY_NAMES:
                sibling = given.parent / vocabulary_name
                if sibling not in vocabularies and _regular(sibling, []):
                    vocabularies.append(sibling)
            if given.resolve() not in seen:
                seen.add(given.resolve())
                files.append((given, given.parent))
    return files, list(dict.fromkeys(vocabularies)), problems


def _regular(path: Path, problems: list[InputError]) -> bool:
    """Whether path is a regular file (through links); if not, why, in problems."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            problems.append(
                InputError(Position(str(path), 1, 1), "this link leads round to itself; skipped")
            )
        elif path.is_symlink():
            problems.append(
                InputError(
                    Position(str(path), 1, 1),
                    f"this is a link to '{os.readlink(path)}', which does not exist",
                )
            )
        elif not path.parent.is_dir() or path.name not in VOCABULARY_NAMES:
            problems.append(InputError(Position(str(path), 1, 1), "no such file or directory"))
        return False
    if stat.S_ISREG(mode):
        return True
    if not stat.S_ISDIR(mode):
        problems.append(
            InputError(
                Position(str(path), 1, 1),
                "this is not a regular file (a pipe, a socket or a device); skipped",
                "warning",
            )
        )
    return False


def split_problems(problems: list[InputError]) -> tuple[list[InputError], list[InputError]]:
    """Errors and warnings apart."""
    return [p for p in problems if p.severity == "error"], [
        p for p in problems if p.severity != "error"
    ]


def _walk(directory: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.lower().endswith(CLAIM_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


@dataclass(frozen=True)
class Chunk:
    """A unit of loading: a claim file, or a slice of whole lines of a JSON Lines file."""

    path: Path
    root: Path
    span: tuple[int, int, int] | None = None  # first byte, end byte, first line number


def plan_chunks(files: list[tuple[Path, Path]], chunk_bytes: int = 8 * 1024 * 1024) -> list[Chunk]:
    """Claim files as chunks, JSON Lines files cut at line ends into slices of about chunk_bytes:
    each at the line end nearest the next multiple of chunk_bytes from the file's start, so the
    k-th cut is never more than half a line from k * chunk_bytes. (Cut at the last line end
    before each chunk's full size, the cuts drifted: with lines of 500 claims, 100,000 claims
    made 16 chunks of 12 lines and one of 8, and two pieces of 8 and 9 chunks read 48,000 and
    52,000 claims.)"""
    chunks: list[Chunk] = []
    for path, root in files:
        size = path.stat().st_size if path.is_file() else 0
        if path.suffix.lower() != ".jsonl" or size <= chunk_bytes:
            chunks.append(Chunk(path, root))
            continue
        with path.open("rb") as handle:
            start, line, boundary = 0, 1, 0
            while start < size:
                boundary += chunk_bytes
                while boundary <= start:  # (a line longer than a chunk passes boundaries)
                    boundary += chunk_bytes
                handle.seek(start)
                block = handle.read(boundary - start)
                if not block.endswith(b"\n"):  # the boundary falls within a line
                    before = block.rfind(b"\n") + 1  # (0: the chunk's first line)
                    after = block + handle.readline()
                    nearer_before = len(block) - before < len(after) - len(block)
                    block = block[:before] if before and nearer_before else after
                chunks.append(Chunk(path, root, (start, start + len(block), line)))
                line += block.count(b"\n")
                start += len(block)
    return chunks


Progress = Callable[[str, int, int], None]  # (stage, done, total), for a progress display


def load_fragment(
    chunks: Iterable[Chunk],
    vocabularies: Iterable[Path],
    options: LoadOptions = LoadOptions(),
    progress: Progress | None = None,
) -> Corpus:
    """Load some chunks against the vocabularies, without the checks that need the whole corpus
    (claims named across chunks): a fragment, as a worker of a distributed run loads it."""
    with _collector_paused():
        return _load_chunks(chunks, vocabularies, options, progress, whole=False)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading makes millions of objects and no garbage cycles worth finding: without this, each
    full collection rescans everything loaded so far, and time grows faster than the corpus."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_chunks(
    chunks: Iterable[Chunk],
    vocabularies: Iterable[Path],
    options: LoadOptions,
    progress: Progress | None,
    whole: bool,
) -> Corpus:
    loader = _Loader(options, whole)
    for vocabulary in (*options.vocabularies, *vocabularies):
        loader.load_vocabulary(vocabulary, _display(vocabulary))
    loader.finish_vocabulary()
    chunks = list(chunks)
    for done, chunk in enumerate(chunks, start=1):
        loader.load_file(chunk.path, _display(chunk.path), chunk.root, chunk.span)
        if progress is not None:
            progress("load", done, len(chunks))
    loader.corpus.failed_sources = loader.failed_sources
    return loader.corpus


def load_corpus(
    paths: Iterable[Path], options: LoadOptions = LoadOptions(), progress: Progress | None = None
) -> Corpus:
    """Load claim files and directories (recursively) into one corpus; bad input is collected, not raised."""
    files, vocabularies, problems = discover([Path(p) for p in paths])
    with _collector_paused():
        corpus = _load_chunks(plan_chunks(files), vocabularies, options, progress, whole=True)
    missing, skipped = split_problems(problems)
    corpus.errors.extend(missing)
    corpus.warnings.extend(skipped)
    corpus.errors.extend(
        missing_references(corpus.claims, {c.key for c in corpus.claims}, corpus.failed_sources)
    )
    corpus.errors.extend(
        conversion_cycles(
            (c.key, c.converts, c.at("converts")) for c in corpus.claims if c.converts
        )
    )
    corpus.warnings.extend(unknown_metrics(corpus.claims, set(corpus.metrics)))
    corpus.errors.sort()
    return corpus


def _display(path: Path) -> str:
    """A path as the user will want to click it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
