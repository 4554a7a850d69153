"""The archive index: a draft checked against it has the findings a full run gives its partitions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.archive import build, check_against
from checker.cli import cli
from checker.index import entity_groups
from checker.loading import load_corpus
from checker.runner import run

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
DRAFTS = sorted(p.name for p in CLAIMS.glob("*.yaml") if p.name != "metrics.yaml")


def _split(tmp_path: Path, draft_name: str) -> tuple[Path, Path]:
    """The seed corpus as an archive, with one claim file moved out as the draft."""
    archive, draft = tmp_path / "archive", tmp_path / "draft"
    shutil.copytree(CLAIMS, archive)
    draft.mkdir()
    shutil.copytree(CLAIMS / "sources", draft / "sources")
    (archive / draft_name).rename(draft / draft_name)
    return archive, draft


def _draft_entities(paths: list[Path], draft: Path) -> set[str]:
    """In the whole corpus, the entities sharing a partition with a draft claim."""
    corpus = load_corpus(paths)
    by_key = {c.key: c for c in corpus.claims}
    groups = entity_groups(
        (c.entity, by_key[t].entity)
        for c in corpus.claims
        for t in (c.start_claim, c.end_claim, c.converts)
        if t in by_key
    )
    roots = {
        groups.get(c.entity, c.entity)
        for c in corpus.claims
        if Path(c.position.file).resolve().is_relative_to(draft.resolve())
    }
    return {c.entity for c in corpus.claims if groups.get(c.entity, c.entity) in roots}


@pytest.mark.parametrize("draft_name", DRAFTS)
def test_a_draft_against_the_index_finds_what_the_full_run_finds(
    tmp_path: Path, draft_name: str
) -> None:
    archive, draft = _split(tmp_path, draft_name)
    db = tmp_path / "archive.sqlite"
    report = build([archive], db)
    assert report.errors == [] and report.claims > 0
    full = run([draft, archive])
    entities = _draft_entities([draft, archive], draft)
    expected = [f.model_dump() for f in full.findings if f.claims[0].entity in entities]
    result = check_against([draft], db)
    assert [f.model_dump() for f in result.findings] == expected
    assert result.input_errors == full.input_errors


def test_the_index_reads_only_changed_files_and_forgets_removed_ones(tmp_path: Path) -> None:
    archive, _ = _split(tmp_path, DRAFTS[0])
    db = tmp_path / "archive.sqlite"
    first = build([archive], db)
    assert first.read == len(DRAFTS) - 1 and first.unchanged == 0
    again = build([archive], db)
    assert again.read == 0 and again.unchanged == first.read and again.claims == first.claims
    changed = archive / DRAFTS[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (archive / DRAFTS[2]).unlink()
    after = build([archive], db)
    assert (after.read, after.removed) == (1, 1)
    alone = build([archive], tmp_path / "fresh.sqlite")
    assert after.claims == alone.claims < first.claims


def test_a_corrupt_or_foreign_database_is_one_message(tmp_path: Path) -> None:
    archive, draft = _split(tmp_path, DRAFTS[0])
    runner = CliRunner()
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x07" * 200)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    for db in (corrupt, notes, tmp_path / "absent.sqlite"):
        result = runner.invoke(cli, ["check", str(draft), "--against", str(db)])
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and str(db) in result.output
    refused = runner.invoke(cli, ["index", str(archive), "--db", str(notes)])
    assert refused.exit_code == 2 and "not a checker archive index" in refused.output
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    forced = runner.invoke(cli, ["index", str(archive), "--db", str(notes), "--force"])
    assert forced.exit_code == 0, forced.output


def test_the_index_is_never_written_onto_an_input(tmp_path: Path) -> None:
    archive, _ = _split(tmp_path, DRAFTS[0])
    target = archive / DRAFTS[1]
    before = target.read_bytes()
    result = CliRunner().invoke(cli, ["index", str(archive), "--db", str(target)])
    assert result.exit_code == 2 and "one of this command's inputs" in result.output
    assert target.read_bytes() == before


def _line(source: str, claims: list[dict]) -> str:
    return json.dumps({"source": {"id": source, "title": source}, "claims": claims}) + "\n"


def test_linked_entities_and_json_lines_records_join_as_in_a_full_run(tmp_path: Path) -> None:
    """The draft links C to B; the archive links B to A: A, B and C are one partition, and D's
    own inconsistency stays out of the draft's report."""
    archive, draft = tmp_path / "archive", tmp_path / "draft"
    archive.mkdir()
    draft.mkdir()
    (archive / "metrics.yaml").write_text("metrics:\n  price: {unit: CNY}\n", encoding="utf-8")
    level = {"metric": "price", "period": 2023}
    (archive / "archive.jsonl").write_text(
        _line("a1", [{"id": "pa", "entity": "A", "value": "100 CNY", **level}])
        + _line(
            "a2",
            [
                {"id": "pb", "entity": "B", "value": "150 CNY", **level},
                {"id": "ab", "entity": "B", "kind": "change", "from": "a1:pa", "to": "pb"}
                | {"value": "+60 %"},
            ],
        )
        + _line("a3", [{"id": "pc", "entity": "C", "value": "200 CNY", **level}])
        + _line(
            "a4",
            [
                {"id": "d22", "entity": "D", "value": "8 CNY", "metric": "price", "period": 2022},
                {"id": "d23", "entity": "D", "value": "10 CNY", **level},
                {"id": "dy", "entity": "D", "kind": "change", "metric": "price", "period": 2023}
                | {"basis": "yoy", "value": "+50 %"},
            ],
        ),
        encoding="utf-8",
    )
    (draft / "draft.jsonl").write_text(
        _line(
            "d1",
            [
                {"id": "bc", "entity": "C", "kind": "change", "from": "a2:pb", "to": "a3:pc"}
                | {"value": "+40 %"}
            ],
        ),
        encoding="utf-8",
    )
    db = tmp_path / "archive.sqlite"
    assert build([archive], db).errors == []
    full = run([draft, archive])
    result = check_against([draft], db)
    cited = {c.entity for f in result.findings for c in f.claims}
    assert {"A", "B", "C"} <= cited and "D" not in cited
    assert any(f.claims[0].entity == "D" for f in full.findings)
    expected = [f.model_dump() for f in full.findings if f.claims[0].entity != "D"]
    assert [f.model_dump() for f in result.findings] == expected
    assert any(f.file.endswith("archive.jsonl") and f.line == 2 for f in result.findings)
    assert result.input_errors == full.input_errors == []


def test_a_file_with_errors_is_reported_on_every_update(tmp_path: Path) -> None:
    archive, _ = _split(tmp_path, DRAFTS[0])
    (archive / "broken.yaml").write_text("source: {id: b, title: B}\nclaims: [\n", encoding="utf-8")
    db = tmp_path / "archive.sqlite"
    first, second = build([archive], db), build([archive], db)
    assert [str(e) for e in first.errors] == [str(e) for e in second.errors] != []
    assert "broken.yaml:" in str(first.errors[0])
