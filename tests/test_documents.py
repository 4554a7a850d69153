"""The readers of checker/documents on files the tests make: the seed articles as Word files and
web pages give exactly the findings of their plain text, citations name the paragraph, tracked
changes are read as published, and damaged, encrypted or mislabelled files are refused with one
message and exit 2. The PDFs, printed by Chromium, are in tests/test_documents_pdf.py."""

from __future__ import annotations

import html
import re
import sys
import zipfile
from pathlib import Path

import pytest

from checker.cli import main
from checker.documents import UnreadableFile, read_article
from checker.extraction import extract
from checker.extraction.document import Document
from checker.extraction.textcheck import check_texts
from tests.document_fixtures import (
    SEEDS,
    docx_from_text,
    docx_with,
    html_from_text,
    paragraphs_of,
    password_protected_pdf,
    table_xml,
    tracked_paragraph,
)

pytest.importorskip("docx")
SEED_FILES = sorted(SEEDS.glob("*.txt"))
if not SEED_FILES:
    pytest.skip(f"the seed articles are not at {SEEDS}", allow_module_level=True)


def findings_of(path: Path) -> list[tuple]:
    """What a finding says, apart from where the file puts it."""
    result = check_texts([path])
    assert not result.input_errors, result.input_errors
    return sorted(
        (f.rule, f.severity, f.message, tuple(c.quote for c in f.claims)) for f in result.findings
    )


def squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem[:3])
def test_a_seed_as_a_word_file_gives_the_findings_of_its_text(seed: Path, tmp_path: Path):
    text = seed.read_text(encoding="utf-8")
    word = docx_from_text(text, tmp_path / f"{seed.stem}.docx")
    expected = findings_of(seed)
    assert expected and findings_of(word) == expected
    paragraphs = [squeezed(p) for p in paragraphs_of(text)]
    for finding in check_texts([word]).findings:
        for citation in finding.claims:
            number = int(re.fullmatch(r"paragraph (\d+)", citation.place or "")[1])
            assert squeezed(citation.quote or "") in paragraphs[number - 1]


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem[:3])
def test_a_seed_as_a_web_page_gives_the_findings_of_its_text(seed: Path, tmp_path: Path):
    text = seed.read_text(encoding="utf-8")
    page = tmp_path / f"{seed.stem}.html"
    page.write_text(html_from_text(text, title=paragraphs_of(text)[1]), encoding="utf-8")
    expected = findings_of(seed)
    assert findings_of(page) == expected
    source = page.read_text(encoding="utf-8")
    paragraphs = [squeezed(p) for p in paragraphs_of(text)]
    for finding in check_texts([page]).findings:
        for citation in finding.claims:
            number = int(re.fullmatch(r"paragraph (\d+)", citation.place or "")[1])
            assert squeezed(citation.quote or "") in paragraphs[number - 1]
            start, end = map(int, citation.claim.rsplit("@", 1)[1].split("-"))
            # the offsets are into the file as written: tags and entities in place
            written = html.unescape(re.sub(r"<[^>]*>", "", source[start:end]))
            assert squeezed(written) == squeezed(citation.quote or "")
            assert citation.line == source.count("\n", 0, start) + 1


def test_web_page_main_text_leaves_out_navigation_scripts_and_boilerplate():
    page = html_from_text("Harbour news\n\nExports rose 8.3 percent to 120 billion yuan in 2025.")
    document = read_article_text(page, "page.html")
    assert document.text == (
        "Harbour news\n\nExports rose 8.3 percent to 120 billion yuan in 2025."
    )
    for boilerplate in ("45 percent", "9,999", "3 > 2", "12 percent", "77 percent", "300"):
        assert boilerplate not in document.text


def test_web_page_without_main_or_article_reads_its_body_but_not_its_chrome():
    page = (
        "<html><body><header><p>Site 2,000</p></header><div title='a > b'>Rain fell for "
        "7&nbsp;days &amp; nights: &ldquo;record&rdquo;.</div><table><tr><th>Year</th><td>2024"
        "</td></tr><tr><th>Rain</th><td>1,200 mm</td></tr></table><p>After it 4</p>"
        "<footer>© 99</footer></body></html>"
    )
    document = read_article_text(page, "page.html")
    assert document.text == (
        "Rain fell for 7 days & nights: “record”.\n\nYear\t2024\nRain\t1,200 mm\n\nAfter it 4"
    )
    assert document.place_at(document.text.index("1,200")).label() == "table 1, row 2, column 2"
    assert document.place_at(document.text.index("After")).label() == "paragraph 2"
    start = document.text.index("“record”")
    assert page[slice(*document.file_span(start, start + 8))] == "&ldquo;record&rdquo;"


def read_article_text(content: str, name: str) -> Document:
    from checker.documents.registry import choose_reader

    data = content.encode("utf-8")
    return choose_reader(Path(name), data).read(Path(name), data)


def _tracked_word_file(path: Path) -> Path:
    return docx_with(
        path,
        [
            tracked_paragraph([("same", "Harbour Statistics Office")]),
            tracked_paragraph([("same", "Exports from the harbour rose in the first quarter")]),
            tracked_paragraph(
                [
                    ("same", "Exports rose 8."),
                    ("del", "3"),
                    ("ins", "5"),
                    ("same", " percent to 120 billion yuan in 2025, while imports "),
                    ("del", "fell 4.4 percent to 63 billion yuan"),
                    ("ins", "held steady"),
                    ("same", "."),
                ]
            ),
            tracked_paragraph(
                [
                    ("same", "The port handled 41,200 containers, "),
                    ("del", "12"),
                    ("ins", "15"),
                    ("same", " percent more than a year before."),
                ]
            ),
            table_xml(
                [["Item", "2024", "2025"], ["Exports", "110.5", "120.0"], ["Port fees", "7.5"]],
                spans={(2, 0): 2},
            ),
        ],
        footnotes=["Figures for 2025 are provisional; 3 ports did not report."],
        comment="Is the 99 percent right?",
    )


def test_tracked_changes_are_read_as_published_and_a_changed_figure_gets_its_note(tmp_path):
    document = read_article(_tracked_word_file(tmp_path / "tracked.docx"))
    extraction = extract(document)
    values = {claim.value for claim in extraction.claims}
    assert "+8.5 %" in values and "+15 %" in values
    for deleted in ("8.3", "4.4", "63", "12 percent", "99"):  # the comment is not text either
        assert deleted not in document.text
        numbers = {n for value in values for n in re.findall(r"\d[\d.,]*", value)}
        assert deleted.split()[0] not in numbers
    assert "while imports held steady." in document.text
    assert [(r.old, r.new, r.place.label()) for r in document.revisions] == [
        ("8.3", "8.5", "paragraph 3"),
        ("12", "15", "paragraph 4"),
    ]
    assert document.text[document.revisions[0].start : document.revisions[0].end] == "8.5"
    assert "Exports\t110.5\t120.0" in document.text
    assert "3 ports did not report" in document.text
    footnote = document.text.index("3 ports")
    assert document.place_at(footnote).label() == "footnote 1"
    cell = document.text.index("110.5")
    assert document.place_at(cell).label() == "table 1, row 2, column 2"
    merged = document.text.index("7.5")  # after a cell merged over two columns
    assert document.place_at(merged).label() == "table 1, row 3, column 3"


def test_check_text_reports_the_revision_and_drafts_carry_its_note(tmp_path, capsys):
    word = _tracked_word_file(tmp_path / "tracked.docx")
    main(["check", "--text", str(word)])
    out = capsys.readouterr().out
    assert "paragraph 3: a figure changed from 8.3 to 8.5 in a revision" in out
    assert "paragraph 4: a figure changed from 12 to 15 in a revision" in out
    assert main(["extract", str(word)]) == 0
    draft = capsys.readouterr().out
    assert 'value: "+8.5 %"' in draft and "changed from 8.3 to 8.5 in a revision" in draft


def _bad_files(tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    real = docx_from_text("Exports rose 8.3 percent.", tmp_path / "real.docx").read_bytes()
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as written:
        written.writestr("notes.txt", "not a Word document")
    return {
        "page.pdf": (b"<!DOCTYPE html><html><body><p>Up 5%</p></body></html>", "web page"),
        "text.pdf": (b"Exports rose 8.3 percent.", "not a PDF"),
        "empty.docx": (b"", "empty"),
        "empty.pdf": (b"", "empty"),
        "archive.docx": (archive.read_bytes(), "not a Word document"),
        "encrypted.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "encrypted"),
        "cut.docx": (real[: len(real) // 2], "damaged"),
        "locked.pdf": (password_protected_pdf(), "password"),
        "cut.pdf": (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R", "damaged"),
        "word.pdf": (real, "Word document"),
    }


def test_broken_encrypted_and_mislabelled_files_are_one_message_and_exit_2(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Exports rose 8.3 percent to 120 billion yuan in 2025.\n", encoding="utf-8")
    for name, (content, reason) in _bad_files(tmp_path).items():
        bad = tmp_path / name
        bad.write_bytes(content)
        assert main(["check", "--text", str(bad), str(good)]) == 2, name
        captured = capsys.readouterr()
        output = captured.out + captured.err
        errors = [line for line in output.splitlines() if ": input error:" in line]
        assert len(errors) == 1 and name in errors[0] and reason in errors[0], (name, output)
        assert "Traceback" not in output
        assert "1 sources" in output  # the good file was still read and checked
        assert main(["extract", str(bad)]) == 2
        message = capsys.readouterr().err
        assert name in message and reason in message and "Traceback" not in message


def test_a_missing_optional_library_names_the_pip_command(tmp_path, monkeypatch):
    word = docx_from_text("Exports rose 8.3 percent.", tmp_path / "a.docx")
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    with pytest.raises(UnreadableFile, match=r"pip install 'checker\[documents\]'"):
        read_article(word)


def test_content_decides_for_a_file_with_no_telling_name(tmp_path):
    word = docx_from_text("Exports rose 8.3 percent.", tmp_path / "a.docx")
    unnamed = tmp_path / "article"
    unnamed.write_bytes(word.read_bytes())
    assert read_article(unnamed).kind == "docx"
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html><html><body><nav>9</nav><p>Up 5%</p></body></html>")
    assert read_article(page).text == "Up 5%"


def every_claim_quotes_its_own_text(document: Document) -> int:
    """Each claim's quote and figure, mapped back through the document's map, are the identical
    substring of the text (and of the file as written, for a text file); the count checked."""
    extraction = extract(document)
    for claim in extraction.claims:
        start, end = claim.quote
        quote = document.text[start:end]
        first, last = document.file_span(start, end)
        if document.origin is None:
            assert document.original[first:last] == quote
        else:
            written = html.unescape(re.sub(r"<[^>]*>", "", document.original[first:last]))
            if document.kind == "markdown":
                written = re.sub(r"[*_`]|\]\([^)]*\)|\[", "", document.original[first:last])
            assert squeezed(written) == squeezed(quote)
        mention = extraction.mentions[claim.mention]
        figure = document.text[mention.num_start : mention.num_end]
        assert figure and figure in quote or not (start <= mention.num_start < end)
        place = document.place_at(mention.start)
        assert (place is None) == (document.kind not in ("docx", "pdf", "html"))
    return len(extraction.claims)


def test_every_citation_maps_back_to_the_identical_substring(tmp_path):
    checked = 0
    for seed in SEED_FILES:
        text = seed.read_text(encoding="utf-8")
        markdown = tmp_path / f"{seed.stem}.md"
        markdown.write_text(
            "\n\n".join(f"**{p}**" if len(p) < 60 else p for p in paragraphs_of(text)),
            encoding="utf-8",
        )
        page = tmp_path / f"{seed.stem}.html"
        page.write_text(html_from_text(text), encoding="utf-8")
        for path in (seed, markdown, page, docx_from_text(text, tmp_path / f"{seed.stem}.docx")):
            checked += every_claim_quotes_its_own_text(read_article(path))
    checked += every_claim_quotes_its_own_text(
        read_article(_tracked_word_file(tmp_path / "t.docx"))
    )
    assert checked > 100  # not vacuous: the seeds give about fifty claims in each format
