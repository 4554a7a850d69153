"""Documents the tests make for themselves: Word files (python-docx, with tracked changes and
footnotes written into the XML as Word writes them), web pages with their boilerplate, and PDFs
printed from the project's own HTML by Debian's headless Chromium."""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a plain text: blocks between blank lines, line breaks kept inside."""
    return [block.strip("\n") for block in text.split("\n\n") if block.strip()]


def docx_from_text(text: str, path: Path) -> Path:
    """A .docx of the text: one Word paragraph a paragraph, its line breaks as Word's breaks."""
    import docx

    document = docx.Document()
    for block in paragraphs_of(text):
        paragraph = document.add_paragraph()
        for number, line in enumerate(block.split("\n")):
            run = paragraph.add_run(line)
            if number < block.count("\n"):
                run.add_break()
    document.save(str(path))
    return path


def _run(text: str, tag: str = "t") -> str:
    space = ' xml:space="preserve"' if tag in ("t", "delText") else ""
    return f"<w:r><w:{tag}{space}>{html.escape(text, quote=False)}</w:{tag}></w:r>"


def tracked_paragraph(pieces: list[tuple[str, str]]) -> str:
    """A w:p from (kind, text) pieces: kind 'same', 'ins' (a tracked insertion) or 'del'."""
    xml = []
    for number, (kind, text) in enumerate(pieces):
        mark = f'w:id="{number + 10}" w:author="Editor" w:date="2026-01-05T10:00:00Z"'
        if kind == "ins":
            xml.append(f"<w:ins {mark}>{_run(text)}</w:ins>")
        elif kind == "del":
            xml.append(f"<w:del {mark}>{_run(text, 'delText')}</w:del>")
        else:
            xml.append(_run(text))
    return f'<w:p xmlns:w="{W_NS}">{"".join(xml)}</w:p>'


def docx_with(path: Path, body: list[str], footnotes: list[str] = (), comment: str = "") -> Path:
    """A .docx whose body is the given w:p / w:tbl XML, with footnotes (each referenced from
    the end of the last paragraph) and a comment, written as Word writes them."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body_element = document.element.body
    for xml in body:
        body_element.insert(len(body_element) - 1, parse_xml(xml))  # before w:sectPr
    if comment:
        document.add_comment(document.paragraphs[0].runs, text=comment, author="Editor")
    if footnotes:
        last = document.paragraphs[-1]._p
        for number in range(1, len(footnotes) + 1):
            last.append(
                parse_xml(f'<w:r xmlns:w="{W_NS}"><w:footnoteReference w:id="{number}"/></w:r>')
            )
    buffer = io.BytesIO()
    document.save(buffer)
    data = _with_footnotes(buffer.getvalue(), footnotes) if footnotes else buffer.getvalue()
    path.write_bytes(data)
    return path


def _with_footnotes(data: bytes, footnotes: list[str]) -> bytes:
    notes = "".join(
        f'<w:footnote w:id="{number}"><w:p>{_run(text)}</w:p></w:footnote>'
        for number, text in enumerate(footnotes, start=1)
    )
    part = (
        f'<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:footnote>{notes}</w:footnotes>"
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", part)
    return out.getvalue()


def table_xml(rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> str:
    """A w:tbl of the rows; spans[(row, cell)] merges that cell over so many grid columns."""

    def cell(row: int, index: int, text: str) -> str:
        span = (spans or {}).get((row, index), 1)
        merged = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
        return f"<w:tc>{merged}<w:p>{_run(text)}</w:p></w:tc>"

    cells = "".join(
        "<w:tr>" + "".join(cell(r, i, text) for i, text in enumerate(row)) + "</w:tr>"
        for r, row in enumerate(rows)
    )
    return f'<w:tbl xmlns:w="{W_NS}">{cells}</w:tbl>'


# Boilerplate around the article, each part holding figures that must never be read.
_CHROME_BEFORE = (
    "<nav><a href='/'>Home</a> | <a href='/markets'>Markets up 45 percent</a></nav>"
    "<header><p>Site of the week: 9,999 readers</p></header>"
    "<script>var threshold = 3 > 2 && 17 < 40; document.write('<p>12 percent</p>');</script>"
)
_CHROME_AFTER = (
    "<aside><p>Most read: shares fell 77 percent</p></aside>"
    "<footer><p>© 2026 — 300 journalists in 12 countries</p></footer>"
)


def html_from_text(
    text: str, title: str | None = None, style: str = "", chrome: bool = True
) -> str:
    """A web page holding the text as its article, among navigation, scripts and a footer
    (without them with chrome=False: a page to print)."""
    body = "".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in block.split("\n")) + "</p>\n"
        for block in paragraphs_of(text)
    )
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{head}'
        f'<style data-x="a>b">body {{ font: 11pt serif; }} {style}</style></head>\n'
        f"<body>{_CHROME_BEFORE if chrome else ''}\n<article>\n{body}</article>\n"
        f"{_CHROME_AFTER if chrome else ''}</body></html>\n"
    )


def print_pdf(browser, page_html: str, path: Path, page_numbers: bool = True) -> Path:
    """The page printed to PDF by headless Chromium: A4, the page number in each footer."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content(page_html)
    page.pdf(
        path=str(path),
        format="A4",
        margin={"top": "2cm", "bottom": "2cm", "left": "2cm", "right": "2cm"},
        display_header_footer=page_numbers,
        header_template="<div></div>",
        footer_template='<div style="font-size:9pt;width:100%;text-align:center">'
        '<span class="pageNumber"></span></div>',
    )
    context.close()
    return path


def password_protected_pdf() -> bytes:
    """A PDF encrypted with the standard handler under a password nobody knows: the check
    values match no password, so every reader must ask for one."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32
        + b"> /P -4 >>",
    ]  # fmt: skip
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 3 0 R /ID [<%s><%s>] >>\n" % (
        len(objects) + 1,
        b"01" * 16,
        b"01" * 16,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % table
    return bytes(out)


# A table of exports by sector whose 2025 total is 20 more than its parts (263.7): far beyond
# the rounding of figures to one decimal. The 2024 column foots (245.8).
SECTOR_ROWS = [
    ["Sector", "2024", "2025"],
    ["Machinery", "120.4", "131.2"],
    ["Textiles", "80.3", "84.9"],
    ["Food", "45.1", "47.6"],
    ["Total", "245.8", "283.7"],
]


def docx_with_table(path: Path, rows: list[list[str]], before: list[str], after: list[str]) -> Path:
    """A .docx as an editor writes one (python-docx): paragraphs, a table of the rows, paragraphs."""
    import docx

    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def html_with_tables(tables: list[list[list[str]]], style: str = "") -> str:
    """A web page of tables, each after a line of prose, the first row of each as headers."""

    def table(rows: list[list[str]]) -> str:
        head = "".join(f"<th>{html.escape(text)}</th>" for text in rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(text)}</td>" for text in row) + "</tr>"
            for row in rows[1:]
        )
        return f"<p>Output by region.</p>\n<table><tr>{head}</tr>{body}</table>\n"

    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<style>{style}</style></head>\n<body><article>\n"
        "<p>Regional output, in thousands of tonnes.</p>\n"
        + "".join(table(rows) for rows in tables)
        + "</article></body></html>\n"
    )
