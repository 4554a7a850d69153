"""The archive index: every claim of an archive kept in SQLite, so a draft is checked against the
archived claims it can join with, without loading the whole archive.

`build` stores each record as written (a YAML or JSON claim file's text, a JSON Lines line with
its number) under the file's absolute path, with one row per claim keyed by entity, metric and
period, and the links claims make between entities (`from`/`to` naming claims, `converts`). Files
are read again only when their content hash changes; files no longer in the archive are removed.

`check_against` loads the draft, follows the stored links from its entities to every entity that
shares a partition with them, and reloads just the records holding those entities' claims and the
reference sources' claims, at their original file, line and column. The partitions are then made
by `index.partitions`, the same code a full run uses, and only those holding a draft claim are
checked: their findings are the full run's findings for them.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Claim, Corpus, InputError
from .engine import check_partition
from .errors import CheckerError
from .findings import Finding, sorted_findings
from .index import partitions
from .loading import (
    InputProblem,
    LoadOptions,
    _decode,
    _display,
    _Loader,
    discover,
    missing_references,
    plan_chunks,
    unknown_metrics,
)
from .outputs import check_output, input_files
from .rules import BUILTIN_RULES, Rule, load_rules
from .runner import RunOptions, RunResult, select_rules

__all__ = ["ArchiveError", "IndexReport", "build", "check_against"]

# Marks a database as a checker archive index (SQLite's own header field for this purpose).
APPLICATION_ID = 0x43484B41  # "CHKA"
FORMAT = 1
SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE vocabularies (path TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, root TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE records (
    id INTEGER PRIMARY KEY, file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    line INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE claims (
    record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    key TEXT NOT NULL, entity TEXT NOT NULL, metric TEXT NOT NULL, period TEXT,
    reference INTEGER NOT NULL);
CREATE TABLE links (
    record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    entity TEXT NOT NULL, target TEXT NOT NULL);
CREATE TABLE entity_links (first TEXT NOT NULL, second TEXT NOT NULL);
CREATE INDEX records_file ON records(file);
CREATE INDEX claims_record ON claims(record);
CREATE INDEX claims_entity ON claims(entity, metric, period);
CREATE INDEX claims_key ON claims(key);
CREATE INDEX claims_reference ON claims(reference) WHERE reference;
CREATE INDEX links_record ON links(record);
CREATE INDEX entity_links_first ON entity_links(first);
CREATE INDEX entity_links_second ON entity_links(second);
"""


class ArchiveError(CheckerError):
    """An index that cannot be used or written: the message names the database."""


@dataclass
class IndexReport:
    """What an index run did, and the input errors met in the files it read."""

    read: int = 0
    unchanged: int = 0
    removed: int = 0
    claims: int = 0
    errors: list[InputError] = field(default_factory=list)


# ---------------------------------------------------------------- the database


def _is_index(connection: sqlite3.Connection) -> bool:
    if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return False
    row = connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
    return row is not None and row[0] == str(FORMAT)


@contextlib.contextmanager
def _database(db: Path, create: bool = False, force: bool = False) -> Iterator[sqlite3.Connection]:
    """An open index; any SQLite failure becomes one ArchiveError naming the file."""
    if not create and not db.is_file():
        raise ArchiveError(f"{db}: no archive index here (build one with 'checker index')")
    connection: sqlite3.Connection | None = None
    try:
        if create and db.exists() and db.stat().st_size > 0 and not _opens_as_index(db):
            if not force:
                raise ArchiveError(
                    f"{db}: this file is not a checker archive index; it was left as it is "
                    "(choose another --db, or --force to replace it)"
                )
            db.unlink()
        # Checking only reads the index: opened read-only, it cannot be changed by accident.
        connection = (
            sqlite3.connect(db, isolation_level=None)
            if create
            else sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        )
        connection.execute("PRAGMA foreign_keys = ON")
        if create and not _has_tables(connection):
            connection.executescript(SCHEMA)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
        elif not _is_index(connection):
            raise ArchiveError(f"{db}: this file is not a checker archive index")
        yield connection
    except sqlite3.Error as problem:
        raise ArchiveError(
            f"{db}: the archive index cannot be read or written ({problem})"
        ) from None
    finally:
        if connection is not None:
            connection.close()


def _has_tables(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _opens_as_index(db: Path) -> bool:
    try:
        connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return _is_index(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- building


def build(
    paths: Iterable[Path],
    db: Path,
    options: LoadOptions = LoadOptions(),
    force: bool = False,
    inputs: Iterable[Path] = (),
) -> IndexReport:
    """Index the archive at `paths` into `db`, reading only the files that changed. The index is
    an output: never written onto one of the archive's files or the other `inputs`."""
    paths = [Path(p) for p in paths]
    # force=True here: replacing a file that is not an index is decided below, by its content.
    check_output(db, [*input_files(paths), *inputs], force=True, what="the archive index")
    files, vocabularies, missing = discover(paths)
    report = IndexReport(errors=list(missing))
    with _database(db, create=True, force=force) as connection:
        connection.execute("BEGIN")
        if _vocabulary_changed(connection, vocabularies):
            connection.execute("DELETE FROM files")
        loader = _Loader(options, whole=True)
        for vocabulary in (*options.vocabularies, *vocabularies):
            loader.load_vocabulary(vocabulary, _display(vocabulary))
        loader.finish_vocabulary()
        stored = dict(connection.execute("SELECT path, hash FROM files").fetchall())
        current = {str(path.resolve()): (path, root) for path, root in files}
        for path in set(stored) - set(current):
            connection.execute("DELETE FROM files WHERE path = ?", (path,))
            report.removed += 1
        for path, (file, root) in current.items():
            digest = _hash(file)
            if stored.get(path) == digest:
                report.unchanged += 1
                continue
            connection.execute("DELETE FROM files WHERE path = ?", (path,))
            errors_before = len(loader.corpus.errors)
            _index_file(connection, loader, file, root, digest)
            if len(loader.corpus.errors) > errors_before:
                # A file with errors is read again next time, so its errors are never hidden.
                connection.execute("UPDATE files SET hash = '' WHERE path = ?", (path,))
            report.read += 1
        _link_entities(connection)
        connection.execute("COMMIT")
        report.claims = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
    report.errors.extend(loader.corpus.errors)
    report.errors.sort()
    return report


def _vocabulary_changed(connection: sqlite3.Connection, vocabularies: list[Path]) -> bool:
    """A changed vocabulary changes how every file reads: then every file is read again."""
    now = {str(v.resolve()): _hash(v) for v in vocabularies}
    before = dict(connection.execute("SELECT path, hash FROM vocabularies").fetchall())
    if now == before:
        return False
    connection.execute("DELETE FROM vocabularies")
    connection.executemany("INSERT INTO vocabularies VALUES (?, ?)", now.items())
    return True


def _records(path: Path, display: str, loader: _Loader) -> Iterator[tuple[int, str]]:
    """A file's records: the whole text of a YAML or JSON file (line 0), each JSON Lines line."""
    data = path.read_bytes()
    if path.suffix.lower() != ".jsonl":
        try:
            yield 0, _decode(data, display)
        except InputProblem as problem:
            loader.corpus.errors.append(problem.error)
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.strip():
            try:
                yield number, _decode(raw, display, number)
            except InputProblem as problem:
                loader.corpus.errors.append(problem.error)


def _index_file(
    connection: sqlite3.Connection, loader: _Loader, path: Path, root: Path, digest: str
) -> None:
    display = _display(path)
    file_id = connection.execute(
        "INSERT INTO files (path, root, hash) VALUES (?, ?, ?)",
        (str(path.resolve()), str(root.resolve()), digest),
    ).lastrowid
    for line, text in _records(path, display, loader):
        if line:
            loader.load_line(text, display, path, root, line)
        else:
            loader.load_text(text, display, path, root)
        claims = loader.corpus.claims
        if not claims:
            continue
        record = connection.execute(
            "INSERT INTO records (file, line, text) VALUES (?, ?, ?)", (file_id, line, text)
        ).lastrowid
        connection.executemany(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)",
            [
                (record, c.key, c.entity, c.metric, _period(c), int(c.source.is_reference))
                for c in claims
            ],
        )
        connection.executemany(
            "INSERT INTO links VALUES (?, ?, ?)",
            [(record, entity, target) for entity, target in _links(claims)],
        )
        # The index keeps the claims; the loader needs only the source ids it has seen.
        claims.clear()


def _period(claim: Claim) -> str | None:
    return str(claim.period) if claim.period is not None else None


def _links(claims: Iterable[Claim]) -> Iterator[tuple[str, str]]:
    """(entity, claim key) for every claim a claim names: the links that merge partitions."""
    for claim in claims:
        for target in (claim.start_claim, claim.end_claim, claim.converts):
            if target is not None:
                yield claim.entity, target


def _link_entities(connection: sqlite3.Connection) -> None:
    """The entity pairs the stored links join, in both directions, for the draft's lookups."""
    connection.execute("DELETE FROM entity_links")
    connection.execute(
        "INSERT INTO entity_links SELECT DISTINCT links.entity, claims.entity FROM links "
        "JOIN claims ON claims.key = links.target WHERE links.entity != claims.entity"
    )


# ---------------------------------------------------------------- checking a draft


def check_against(paths: Iterable[Path], db: Path, options: RunOptions = RunOptions()) -> RunResult:
    """Check a draft with the archived claims it can join with, as one corpus would be checked."""
    rules, rule_errors = load_rules([BUILTIN_RULES, *options.rule_directories])
    severities = dict(options.severities)
    rules = [r.with_severity(severities[r.id]) if r.id in severities else r for r in rules]
    chosen = select_rules(rules, options.select, options.ignore)
    files, vocabularies, missing = discover([Path(p) for p in paths])
    with _database(db) as connection:
        loader = _Loader(options.load, whole=True)
        archived = _archive_vocabularies(connection, db)
        for vocabulary in (*options.load.vocabularies, *vocabularies, *archived):
            loader.load_vocabulary(vocabulary, _display(vocabulary))
        loader.finish_vocabulary()
        for chunk in plan_chunks(files):
            loader.load_file(chunk.path, _display(chunk.path), chunk.root, chunk.span)
        draft = list(loader.corpus.claims)
        entities = _joined_entities(connection, draft)
        _load_archived(connection, loader, entities)
    corpus = loader.corpus
    corpus.errors.extend(missing)
    corpus.errors.extend(
        missing_references(draft, {c.key for c in corpus.claims}, loader.failed_sources)
    )
    corpus.warnings.extend(unknown_metrics(draft, set(corpus.metrics)))
    corpus.errors.sort()
    findings = _draft_findings(corpus, draft, chosen, options.hints)
    return RunResult.of_corpus(corpus, chosen, findings, rule_errors)


def _archive_vocabularies(connection: sqlite3.Connection, db: Path) -> list[Path]:
    paths = []
    for path, digest in connection.execute("SELECT path, hash FROM vocabularies ORDER BY path"):
        vocabulary = Path(path)
        if not vocabulary.is_file() or _hash(vocabulary) != digest:
            raise ArchiveError(
                f"{db}: the archive's vocabulary {path} changed since it was indexed; "
                "run 'checker index' again"
            )
        paths.append(vocabulary)
    return paths


def _joined_entities(connection: sqlite3.Connection, draft: list[Claim]) -> set[str]:
    """The draft's entities and every entity a chain of links joins to them (the entities of
    the partitions the draft's claims fall into)."""
    entities = {c.entity for c in draft}
    for _, target in _links(draft):
        row = connection.execute("SELECT entity FROM claims WHERE key = ?", (target,)).fetchone()
        if row is not None:
            entities.add(row[0])
    frontier = list(entities)
    while frontier:
        entity = frontier.pop()
        for (other,) in connection.execute(
            "SELECT second FROM entity_links WHERE first = ? "
            "UNION SELECT first FROM entity_links WHERE second = ?",
            (entity, entity),
        ):
            if other not in entities:
                entities.add(other)
                frontier.append(other)
    return entities


def _load_archived(connection: sqlite3.Connection, loader: _Loader, entities: set[str]) -> None:
    """Load the records holding those entities' claims or reference claims, in archive order,
    then keep only the claims of those entities and the references."""
    connection.execute("CREATE TEMP TABLE wanted (entity TEXT PRIMARY KEY)")
    connection.executemany("INSERT INTO wanted VALUES (?)", ((e,) for e in entities))
    rows = connection.execute(
        "SELECT files.path, files.root, records.line, records.text FROM records "
        "JOIN files ON files.id = records.file WHERE records.id IN ("
        "SELECT record FROM claims WHERE entity IN (SELECT entity FROM wanted) "
        "UNION SELECT record FROM claims WHERE reference) ORDER BY files.path, records.id"
    ).fetchall()
    before = len(loader.corpus.claims)
    for path, root, line, text in rows:
        display = _display(Path(path))
        if line:
            loader.load_line(text, display, Path(path), Path(root), line)
        else:
            loader.load_text(text, display, Path(path), Path(root))
    claims = loader.corpus.claims
    claims[before:] = [c for c in claims[before:] if c.entity in entities or c.source.is_reference]


def _draft_findings(
    corpus: Corpus, draft: list[Claim], rules: list[Rule], hints: bool
) -> list[Finding]:
    """The findings of the partitions a draft claim falls into, as `index.partitions` makes them."""
    keys = {c.key for c in draft}
    findings: list[Finding] = []
    for partition in partitions(corpus):
        if any(c.key in keys for c in partition.claims):
            findings.extend(check_partition(partition, rules, hints))
    return sorted_findings(findings)
