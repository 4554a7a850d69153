"""Findings: what a rule reports, with a citation for every claim involved.

A Finding is a frozen pydantic model, so the JSON output and its schema come from it. Reporters
only present findings; they never recompute arithmetic.

A rule's finding is made lazily (`Finding.lazy`): what a run needs of every finding (rule,
severity, place, hint) is set at once, and its text (message, template, arguments, the stated and
computed intervals, citations, fingerprint) is written from the parts it keeps the first time
anything asks for one of them. A run's notes that `--no-notes` leaves out are never written.
A run that lets its claims go settles each finding first (`Finding.settled`): what every report
shows (message, template, citations) is written then, and the arguments, the intervals and the
fingerprint, which only some reports read, when first read, from parts that hold no claim (the
claims' placeholder texts, the intervals, `Fingerprint`).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any, Literal, NamedTuple, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from .corpus import Claim, ClaimMemo, Corpus, Position, Source

__all__ = [
    "Citation",
    "Finding",
    "Fingerprint",
    "Severity",
    "SEVERITY_ORDER",
    "cite",
    "pack_findings",
    "sorted_findings",
    "unpack_findings",
]

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


# The sets of names of the fields given, one of each: pydantic keeps such a set in every model
# (about 700 bytes for these models, more than their values), and every finding and citation
# is given the same fields. Frozen models never change theirs (a copy gets its own).
_FIELDS_GIVEN: dict[frozenset[str], set[str]] = {}
# Fields whose texts recur across findings (a rule's template, but for the figures some write
# into it): one string each.
_INTERNED = frozenset({"template"})


class _Shared(BaseModel):
    """A frozen model that shares what it can with the others of its class: its set of given
    fields, the names of its fields, and the texts of the fields in _INTERNED."""

    # Built when first used (a JSON report), not at import: findings are made without validation.
    model_config = ConfigDict(frozen=True, defer_build=True)

    def __init__(self, /, **data: Any) -> None:
        super().__init__(**data)
        self._share()

    def __setstate__(self, state: dict[Any, Any]) -> None:  # from another process
        super().__setstate__(state)
        self._share()

    def _share(self) -> None:
        given = self.__pydantic_fields_set__
        object.__setattr__(
            self, "__pydantic_fields_set__", _FIELDS_GIVEN.setdefault(frozenset(given), given)
        )
        object.__setattr__(self, "__dict__", _key_sharing(type(self), self.__dict__))


# A model's dict and pydantic's slots set through their descriptors, as object.__setattr__ does
# without looking each name up: a run makes a model for every finding and every citation.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_given = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _key_sharing(cls: type[BaseModel], values: dict[str, Any]) -> dict[str, Any]:
    """The values of a model in a dict whose keys its class holds once. Pydantic makes each
    model a dict of its own (464 bytes for 13 or 19 fields); the dict Python makes for an object
    whose attributes are set one by one, always in the same order, keeps only the values (about
    280 bytes). A million findings and their citations hold a few hundred megabytes less."""
    # A copy of such a dict shares its keys too, and keeps sharing them when the values of those
    # keys are set: a third of the time of setting them one by one into a new object's dict.
    shared = _layout(cls).copy()
    shared.update(values)
    _intern(shared)
    return shared


def _intern(values: dict[str, Any]) -> None:
    """The texts of the fields in _INTERNED, one string each."""
    for name in _INTERNED:
        text = values.get(name)
        if text is not None:
            values[name] = sys.intern(text)


def _layout(cls: type[BaseModel]) -> dict[str, Any]:
    """The names of a model's fields, in order, as the keys of a dict of the kind Python makes
    for an object of its class: one that holds only values, the class holding the keys."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = _LAYOUTS[cls] = object.__new__(cls).__dict__
        for name in cls.model_fields:
            layout[name] = None
    return layout


_LAYOUTS: dict[type[BaseModel], dict[str, Any]] = {}


class Citation(_Shared):
    """One claim involved in a finding, with what a reader needs to find it in the source."""

    claim: str = Field(description="the claim's id in its file")
    source: str = Field(description="the source's id")
    file: str
    line: int
    column: int
    value: str = Field(description="the value as written in the claim file")
    period: str | None = None
    entity: str
    metric: str
    title: str
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    quote: str | None = None
    place: str | None = Field(
        default=None,
        description="where the quote stands in a paged or structured document: "
        "'page 2, paragraph 3', 'paragraph 4', 'table 1, row 2, column 3'",
    )
    # Reference data only: where the figure comes from.
    dataset: str | None = Field(default=None, description="reference data: the provider's dataset")
    series: str | None = Field(default=None, description="reference data: the series key")
    status: str | None = Field(default=None, description="reference data: provisional, revised...")
    vintage: str | None = Field(
        default=None, description="reference data: the release or retrieval date"
    )


def _citation(claim: Claim, corpus: Corpus | None = None) -> Citation:
    """What a reader needs to find a claim in its source (its corpus plays no part)."""
    period = claim.period or (f"{claim.start}..{claim.end}" if claim.start and claim.end else None)
    position = claim.position
    # Every value is already of its field's type (claims were validated when loaded), so the
    # citation is made as `model_construct` would, without validating it again (fields not
    # given are None, their default): a run cites tens of thousands of claims. The source's
    # fields are filled once per source.
    fields = _source_fields(claim.source).copy()
    fields["claim"] = claim.id
    fields["file"] = position.file
    fields["line"] = position.line
    fields["column"] = position.column
    fields["value"] = claim.quantity.text
    fields["period"] = str(period) if period else None
    fields["entity"] = claim.entity
    fields["metric"] = claim.metric
    fields["quote"] = claim.quote
    fields["series"] = claim.series
    fields["status"] = claim.status
    return _made(Citation, fields, _CITATION_GIVEN, None)


# The fields a citation is given (all but `place`), as one set (see _FIELDS_GIVEN).
_CITATION_GIVEN = _FIELDS_GIVEN.setdefault(
    frozenset(Citation.model_fields) - {"place"}, set(Citation.model_fields) - {"place"}
)


def _source_fields(source: Source) -> dict[str, Any]:
    """A citation's fields (its class's layout) with those of the source set, made once for
    each of the sources cited lately."""
    found = _SOURCE_FIELDS.get(id(source))
    if found is not None and found[0] is source:
        return found[1]
    fields = _layout(Citation).copy()
    fields["source"] = source.id
    fields["title"] = source.title
    fields["publisher"] = source.publisher
    fields["published"] = str(source.published) if source.published else None
    fields["url"] = source.url
    fields["dataset"] = source.dataset
    fields["vintage"] = str(source.vintage) if source.vintage else None
    if len(_SOURCE_FIELDS) >= 4096:
        _SOURCE_FIELDS.clear()
    _SOURCE_FIELDS[id(source)] = (source, fields)
    return fields


_SOURCE_FIELDS: dict[int, tuple[Source, dict[str, Any]]] = {}


CITATION_FIELDS = tuple(Citation.model_fields)

# A claim's citation, made once while it is among the claims cited lately.
cite: ClaimMemo[Citation] = ClaimMemo(_citation)


class Fingerprint(NamedTuple):
    """What a finding's fingerprint hashes (see `fingerprint`), kept until it is read: a text
    report shows none."""

    rule: str
    template: str
    keys: tuple[str, ...]

    def __str__(self) -> str:
        return fingerprint(self.rule, self.keys, self.template)


class Compact(Protocol):
    """A finding's arguments kept compact until read (see `engine.Arguments`)."""

    def as_dict(self) -> dict[str, str]: ...


class Finding(_Shared):
    """An inconsistency (or a note) found by one rule over one set of claims."""

    rule: str = Field(description="the id of the rule that found it")
    severity: Severity
    message: str = Field(description="one line with the arithmetic, for a journalist")
    template: str = Field(
        description="the rule's message template, before its arguments were filled in"
    )
    arguments: dict[str, str] = Field(
        default_factory=dict, description="the values filled into the template"
    )
    stated: str | None = Field(
        default=None, description="the interval of true values the stated figure admits"
    )
    computed: str | None = Field(default=None, description="the interval the other figures imply")
    hint: str | None = Field(
        default=None, description="a likely fix: one scale word, or percent <-> percentage points"
    )
    file: str
    line: int
    column: int
    claims: tuple[Citation, ...] = Field(description="every claim involved, the primary one first")
    fingerprint: str = Field(
        description="stable across runs and line moves: rule, claims and message"
    )

    # What makes the written fields of a lazy finding (see `lazy`); None once they are written
    # or settled.
    _text: Callable[[], dict[str, Any]] | None = PrivateAttr(default=None)
    # A settled finding's arguments, the keys of its claims (its fingerprint's) and its two
    # intervals, written when first read (see `settled`); None once written.
    _later: tuple[Compact, tuple[str, ...], Any, Any] | None = PrivateAttr(default=None)

    @classmethod
    def lazy(
        cls,
        rule: str,
        severity: Severity,
        place: Position,
        text: Callable[[], dict[str, Any]],
        hint: str | None = None,
    ) -> Finding:
        """A finding whose other fields (WRITTEN) `text()` gives when one is first asked for
        (its arguments may be `Compact` and its fingerprint a `Fingerprint`: see `settled`)."""
        # As `model_construct` makes a model, without the defaults of the fields left to write.
        finding = cls.__new__(cls)
        _set_dict(
            finding,
            {
                "rule": rule,
                "severity": severity,
                "hint": hint,
                "file": place.file,
                "line": place.line,
                "column": place.column,
            },
        )
        _set_given(finding, ALL_GIVEN)
        _set_extra(finding, None)
        _set_private(finding, {"_text": text, "_later": None})
        return finding

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute not set: a written field of a lazy finding not written yet.
        if name in WRITTEN:
            return self.written().__dict__[name]
        return super().__getattr__(name)  # type: ignore[misc]  # pydantic's, for private ones

    def written(self) -> Finding:
        """This finding with its text written (in place: it is the same finding, completed)."""
        private = self.__pydantic_private__
        if not private:
            return self
        text, later = private["_text"], private.get("_later")
        if text is not None:
            return self._write(text())
        if later is not None:
            arguments, keys, stated, computed = later
            return self._write(
                {
                    "arguments": arguments,
                    "fingerprint": Fingerprint(self.rule, self.template, keys),
                    "stated": stated,
                    "computed": computed,
                }
            )
        return self

    def settled(self) -> Finding:
        """This finding with what it keeps of its claims written (in place): every field but its
        arguments, fingerprint and intervals when `text()` gives them unwritten (compact
        arguments, a `Fingerprint`, intervals), which are kept so, no larger than written, and
        written when first read. A run that lets its claims go settles each finding as its
        partition's claims go."""
        private = self.__pydantic_private__
        text = private["_text"] if private else None
        if text is None:
            return self
        assert private is not None
        values = text()
        arguments, fingerprint_of, stated, computed = (
            values["arguments"],
            values["fingerprint"],
            values["stated"],
            values["computed"],
        )  # _LATER's, named (a finding of every note is settled here)
        if _written_already(arguments, fingerprint_of, stated, computed):
            return self._write(values)
        fields = _layout(Finding).copy()
        fields.update(self.__dict__)
        fields.update(values)
        # Left out (the dict still shares its keys with the class): read through __getattr__,
        # which writes them.
        for name in _LATER:
            del fields[name]
        _intern(fields)
        _set_dict(self, fields)
        # (The fingerprint's rule and template are the finding's own: its claims' keys are kept.)
        private["_text"], private["_later"] = (
            None,
            (arguments, fingerprint_of.keys, stated, computed),
        )
        return self

    def _write(self, values: dict[str, Any]) -> Finding:
        """The finding with `values` (its written fields, compact ones written now) set."""
        # In the fields' order (the layout's), which is the order they are serialized in.
        fields = _layout(Finding).copy()
        fields.update(self.__dict__)
        fields.update(values)
        if fields["arguments"].__class__ is not dict:
            fields["arguments"] = fields["arguments"].as_dict()
        for name in ("fingerprint", "stated", "computed"):
            value = fields[name]
            if value is not None and value.__class__ is not str:
                fields[name] = str(value)
        _intern(fields)
        _set_dict(self, fields)
        private = self.__pydantic_private__
        assert private is not None
        private["_text"] = private["_later"] = None
        return self

    # Whatever reads the fields as a whole reads them written.
    def model_dump(self, **options: Any) -> dict[str, Any]:
        return super(Finding, self.written()).model_dump(**options)

    def model_dump_json(self, **options: Any) -> str:
        return super(Finding, self.written()).model_dump_json(**options)

    def model_copy(self, **options: Any) -> Finding:  # type: ignore[override]
        return super(Finding, self.written()).model_copy(**options)

    def __getstate__(self) -> dict[Any, Any]:  # to another process: text, not what makes it
        return super(Finding, self.written()).__getstate__()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Finding):
            other.written()
        return super(Finding, self.written()).__eq__(other)

    def __hash__(self) -> int:
        return super(Finding, self.written()).__hash__()

    def __repr_args__(self) -> Any:
        return super(Finding, self.written()).__repr_args__()

    @property
    def position(self) -> Position:
        return Position(self.file, self.line, self.column)

    def sort_key(self) -> tuple:
        return (*self.place_key(), self.message)

    def place_key(self) -> tuple:
        """The order of findings but for the message, which breaks ties (see `sorted_findings`)."""
        return (self.file, self.line, self.column, self.rule, -SEVERITY_ORDER[self.severity])


FIELDS = tuple(Finding.model_fields)
ALL_GIVEN = _FIELDS_GIVEN.setdefault(frozenset(FIELDS), set(FIELDS))
# The fields a settled finding may leave to write when first read (see `Finding.settled`).
_LATER = ("arguments", "fingerprint", "stated", "computed")


def _written_already(*values: Any) -> bool:
    """Whether each of a finding's `_LATER` values is written (text, a dict) or None."""
    for value in values:
        if value is not None and value.__class__ is not str and value.__class__ is not dict:
            return False
    return True


# The fields a lazy finding writes when first asked; the others it has from the start.
WRITTEN = frozenset(FIELDS) - {"rule", "severity", "hint", "file", "line", "column"}


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in `Finding.sort_key` order (findings alike in it keep their order), writing
    the message only of findings that tie on everything before it (a lazy finding's message is
    written when asked for). Each finding's place is read once."""
    given = list(findings)
    places = [f.place_key() for f in given]
    ordered: list[Finding] = []
    for _, tied in groupby(sorted(range(len(given)), key=places.__getitem__), places.__getitem__):
        run = [given[number] for number in tied]
        ordered.extend(sorted(run, key=lambda f: f.message) if len(run) > 1 else run)
    return ordered


def fingerprint(rule: str, keys: Sequence[str], template: str) -> str:
    """A hash of what the finding is about (its rule, template and its claims' keys), not where
    it sits: moving a claim keeps it."""
    parts = [rule, template, *sorted(keys)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:20]


# ------------------------------------------------------------------ between processes


def pack_findings(findings: Iterable[Finding]) -> bytes:
    """Findings, settled, pickled as plain values for another process (`unpack_findings` makes
    them again): each finding its fields, its set of given fields and what it leaves to write
    when read (see `Finding.settled`: its arguments, its claims' keys and its intervals, written
    there only if a report reads them; a text report reads none, and writing them here cost the
    workers a tenth of their time), its citations by number, each citation once however many
    findings cite it. Pickling the models themselves cost more: pydantic's state, and its
    rebuilding, for every finding and every citation. What the findings leave to write is
    pickled apart, and unpickled only when a report reads one of them (`_Later`)."""
    citation_rows: list[tuple[dict[str, Any], set[str]]] = []
    placed: dict[int, int] = {}  # id of a citation -> its row
    rows = []
    laters = []
    for finding in findings:
        values = finding.settled().__dict__
        cited = []
        for citation in values["claims"]:
            row = placed.get(id(citation))
            if row is None:
                row = placed[id(citation)] = len(citation_rows)
                citation_rows.append((citation.__dict__, citation.__pydantic_fields_set__))
            cited.append(row)
        private = finding.__pydantic_private__
        later = private["_later"] if private else None
        rows.append(({**values, "claims": tuple(cited)}, finding.__pydantic_fields_set__))
        laters.append(None if later is None else tuple(later))
    later_block = pickle.dumps(laters, protocol=pickle.HIGHEST_PROTOCOL)
    return pickle.dumps((citation_rows, rows, later_block), protocol=pickle.HIGHEST_PROTOCOL)


def unpack_findings(packed: bytes) -> list[Finding]:
    """The findings `pack_findings` packed, as they were (settled, sharing their citations),
    made as `model_construct` makes a model: their values were validated where they were made."""
    citation_rows, rows, later_block = pickle.loads(packed)
    shared: dict[int, set[str]] = {}  # each set of given fields the rows name (once each)
    citation_layout, finding_layout = _layout(Citation), _layout(Finding)
    citations = []
    for values, given in citation_rows:
        fields = citation_layout.copy()
        fields.update(values)
        citations.append(_made(Citation, fields, _given(given, shared), None))
    findings = []
    laters = _LaterBlock(later_block)
    for number, (values, given) in enumerate(rows):
        fields = finding_layout.copy()
        fields.update(values)
        fields["claims"] = tuple([citations[i] for i in values["claims"]])
        fields["template"] = sys.intern(values["template"])
        later = None
        if _LATER[0] not in values:  # left out, as `settled` leaves them: written when first read
            for name in _LATER:
                del fields[name]
            later = _Later(laters, number)
        findings.append(
            _made(Finding, fields, _given(given, shared), {"_text": None, "_later": later})
        )
    return findings


class _LaterBlock:
    """What the findings of one packing leave to write, unpickled when the first is read (about
    a third of the unpickling, which a text report never needs)."""

    __slots__ = ("_packed", "_values")

    def __init__(self, packed: bytes) -> None:
        self._packed: bytes | None = packed
        self._values: list[Any] = []

    def __getitem__(self, number: int) -> Any:
        if self._packed is not None:
            self._values, self._packed = pickle.loads(self._packed), None
        return self._values[number]


class _Later:
    """A finding's `_later`, read from its block when the finding is written: a tuple of its
    arguments, its claims' keys and its two intervals, as `Finding.written` unpacks it."""

    __slots__ = ("_block", "_number")

    def __init__(self, block: _LaterBlock, number: int) -> None:
        self._block, self._number = block, number

    def __iter__(self) -> Iterator[Any]:
        return iter(self._block[self._number])


def _given(fields: set[str], shared: dict[int, set[str]]) -> set[str]:
    """The one set of these given fields (`shared` knows those met in this unpacking)."""
    found = shared.get(id(fields))
    if found is None:
        found = shared[id(fields)] = _FIELDS_GIVEN.setdefault(frozenset(fields), fields)
    return found


_Model = TypeVar("_Model", bound=_Shared)


def _made(
    cls: type[_Model], fields: dict[str, Any], given: set[str], private: dict[str, Any] | None
) -> _Model:
    """A model of `cls` with `fields` as its dict (a copy of its `_layout`, so it shares its
    keys), `given` as its set of given fields and `private` as its private attributes."""
    made = cls.__new__(cls)
    _set_dict(made, fields)
    _set_given(made, given)
    _set_extra(made, None)
    _set_private(made, private)
    return made
