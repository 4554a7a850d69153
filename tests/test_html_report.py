"""The editor-facing reports without a browser: `checker audit` and `checker review`, the HTML page
(self-contained, escaped, every quote found), the Markdown report (same counts and findings), the
quote matching and highlighting, exit codes and the progress bar. Browser behaviour is in
test_browser.py."""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.cli import _Progress, main
from checker.report import html, markdown
from checker.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"

SCRIPT_QUOTE = "<script>document.title='pwned'</script>"
IMG_TITLE = "<img src=x onerror=\"document.title='pwned'\">"

HOSTILE = f"""\
source:
  id: hostile
  title: {json.dumps(IMG_TITLE)}
  publisher: "<b>Evil</b> & Co"
  url: "javascript:alert(1)"
  text: hostile.txt
defaults: {{entity: Beijing}}
claims:
  - id: a
    metric: index
    period: 2013
    value: 0.65
    quote: "{SCRIPT_QUOTE}"
  - id: b
    metric: index
    period: 2022
    value: 0.91
    quote: rose to 0.91 in 2022
"""


def hostile_corpus(directory: Path) -> Path:
    """A claim file whose quote is a script and whose title is an image with an onerror handler;
    the article text holds the script too, so the highlighter meets it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    (directory / "hostile.txt").write_text(
        f"Intro.\n\nThe index {SCRIPT_QUOTE} and then rose to 0.91 in 2022.\n", encoding="utf-8"
    )
    return directory


@pytest.fixture(scope="module")
def seed_result():
    return run([CLAIMS])


@pytest.fixture(scope="module")
def seed_page(seed_result) -> str:
    return html.render(seed_result, title="Audit of claims/")


class _Page(HTMLParser):
    """Just enough of the page: finding cards with their messages, severity counts, marks, scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cards: list[dict] = []
        self.counts: dict[str, int] = {}
        self.marks: list[dict] = []
        self.scripts: list[str] = []
        self.tags: list[str] = []
        self._capture: tuple[str, dict] | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        classes = (attrs.get("class") or "").split()
        if tag == "article" and "finding" in classes:
            self.cards.append({**attrs, "message": ""})
        elif tag == "p" and "message" in classes:
            self._capture = ("message", self.cards[-1])
        elif tag == "span" and "count" in classes:
            self._capture = ("count", attrs)
        elif tag == "mark":
            self.marks.append({**attrs, "text": ""})
            self._capture = ("mark", self.marks[-1])
        elif tag == "script":
            self._capture = ("script", {})
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag in ("p", "span", "mark", "script"):
            self._capture = None

    def handle_data(self, data):
        if self._capture is None:
            return
        kind, target = self._capture
        if kind == "message":
            target["message"] += data
        elif kind == "count":
            self.counts[target["data-severity"]] = int(data)
        elif kind == "mark":
            target["text"] += data
        elif kind == "script":
            self.scripts[-1] += data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


# ------------------------------------------------------------------ the page


def test_seed_errors_are_reported_with_their_citations(seed_page, seed_result):
    page = parse(seed_page)
    errors = {card["data-rule"] for card in page.cards if card["data-severity"] == "error"}
    assert errors == {"growth", "growth-vs-cagr", "part-whole"}
    # 2 notes from the rules, and one for each claim no rule could check
    assert page.counts == {"error": 3, "warning": 0, "info": 2 + seed_result.unchecked_count}
    growth = next(c for c in page.cards if c["data-rule"] == "growth")
    assert growth["message"].startswith("0.65 (2013) -> 0.91 (2022) is +40.0%")
    for expected in (
        "hqd-jump",
        "claims/chinadaily-2024-hqd.yaml:42",
        "a jump of 30.33 percent during the period",
        "Capital leads country in high-quality development",
        "China Daily",
        "2024-03-11",
        "<dt>stated</dt><dd><code>+30.33 %</code></dd>",
        "<dt>the other figures give</dt><dd><code>+40.0% (+38.2% to +41.9% given rounding)</code></dd>",
        "&#39;trillion&#39; in place of &#39;billion&#39;",
    ):
        assert expected in seed_page


def test_page_is_self_contained(seed_result, seed_page):
    page = parse(seed_page)
    assert page.tags.count("script") == 1 and not re.search(r"<script[^>]*\bsrc=", seed_page)
    assert "<link" not in seed_page and "@import" not in seed_page and "<iframe" not in seed_page
    assert not re.search(r"\bsrc\s*=", seed_page)
    assert not re.search(r"url\(", seed_page)
    # Every link is within the page, but for the sources' own addresses, which a reader follows by choice.
    outside = [h for h in re.findall(r'href="([^"]*)"', seed_page) if not h.startswith("#")]
    assert set(outside) <= {s.url for s in seed_result.corpus.sources.values()}


def test_content_security_policy_allows_exactly_our_script(seed_page):
    page = parse(seed_page)
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode("utf-8")).digest()).decode()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', seed_page).group(
        1
    )
    assert f"script-src 'sha256-{digest}'" in htmllib.unescape(policy)
    assert "default-src 'none'" in htmllib.unescape(policy)


def test_every_quote_of_the_seed_corpus_is_highlighted(seed_result, seed_page):
    quoted = [
        c for c in seed_result.corpus.claims if c.quote and c.source.id in seed_result.corpus.texts
    ]
    assert quoted
    for claim in quoted:
        assert html.locate(seed_result.corpus.texts[claim.source.id], claim.quote) is not None, (
            claim.key
        )
    page = parse(seed_page)
    marked = {cid for mark in page.marks for cid in mark["data-claims"].split()}
    assert len(marked) == len(quoted)
    assert "not found in the article text" not in seed_page


def test_finding_links_to_its_quotes_and_quotes_to_findings(seed_page):
    page = parse(seed_page)
    growth = next(c for c in page.cards if c["data-rule"] == "growth")
    claims = growth["data-claims"].split()
    assert len(claims) == 3
    for claim in claims:
        assert f'id="q-{claim}"' in seed_page and f'href="#q-{claim}"' in seed_page
        assert any(claim in m["data-claims"].split() for m in page.marks)
    jump = next(m for m in page.marks if m["text"] == "a jump of 30.33 percent during the period")
    assert "sev-error" in jump["class"]
    assert (
        f'href="#{growth["id"]}" data-finding-ref="{growth["id"]}"' in seed_page
    )  # its margin note


# ------------------------------------------------------------------ quotes in text


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Beijing’s index rose", "Beijing's  index\n rose"),
        ("“little giant” firms", '"Little Giant"\u00a0firms'),
        ("from 0.65 ... to 0.91", "from 0.65 in 2013 to 0.91"),
        ("from 0.65 … to 0.91", "from 0.65 in 2013 to 0.91"),
    ],
)
def test_locate_tolerates_what_copying_changes(quote, expected):
    text = f"Before. {expected}. After."
    start, end = html.locate(text, quote)
    assert text[start:end] == expected


def test_locate_misses_what_is_not_there():
    assert html.locate("rising from 0.65 in 2013", "rising from 0.66") is None
    assert html.locate("text", "   ") is None


def test_highlight_escapes_the_text_and_nests_overlapping_quotes():
    text = "First <b>bold</b> & more.\n\nSecond: alpha beta gamma."
    spans = {
        "c1": (text.index("alpha"), text.index(" gamma")),
        "c2": (text.index("beta"), text.index(".", 30)),
    }
    paragraphs = html.highlight(text, spans)
    assert str(paragraphs[0].html) == "First &lt;b&gt;bold&lt;/b&gt; &amp; more."
    assert paragraphs[0].claims == [] and paragraphs[1].claims == ["c1", "c2"]
    assert str(paragraphs[1].html) == (
        'Second: <span class="anchor" id="q-c1"></span><mark class="q" data-claims="c1" title="">alpha </mark>'
        '<span class="anchor" id="q-c2"></span><mark class="q" data-claims="c1 c2" title="">beta</mark>'
        '<mark class="q" data-claims="c2" title=""> gamma</mark>.'
    )


# ------------------------------------------------------------------ hostile input


def test_hostile_claim_file_renders_as_text(tmp_path):
    corpus = hostile_corpus(tmp_path / "c")
    output = tmp_path / "report.html"
    assert main(["audit", str(corpus), "-o", str(output)]) in (0, 1)
    page = output.read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;document.title=&#39;pwned&#39;&#34;&gt;" in page
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in page
    assert "<script>document.title" not in page and "<img" not in page and "<b>Evil" not in page
    assert 'href="javascript:' not in page
    assert parse(page).tags.count("script") == 1
    marked = [m for m in parse(page).marks if "pwned" in m["text"]]
    assert marked and marked[0]["text"] == SCRIPT_QUOTE


def test_hostile_claim_file_in_markdown(tmp_path):
    result = run([hostile_corpus(tmp_path)])
    text = markdown.render(result)
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;img src=x onerror=\"document.title='pwned'\"&gt;" in text
    assert "](javascript:" not in text and "<javascript:" not in text


# ------------------------------------------------------------------ markdown = html


def _markdown_findings(text: str) -> list[tuple[str, str, str]]:
    found = []
    for match in re.finditer(r"^- \*\*(error|warning|note)\*\* `([^`]+)` (.*?)  $", text, re.M):
        message = htmllib.unescape(re.sub(r"\\(.)", r"\1", match.group(3)))
        found.append(
            ({"note": "info"}.get(match.group(1), match.group(1)), match.group(2), message)
        )
    return found


def _markdown_counts(text: str) -> dict[str, int]:
    row = re.search(r"^\| all \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$", text, re.M)
    return dict(zip(("error", "warning", "info", "total"), map(int, row.groups()), strict=True))


@pytest.mark.parametrize("show_info", [True, False])
def test_markdown_report_has_the_same_findings_and_counts_as_html(seed_result, show_info):
    page = parse(html.render(seed_result, show_info=show_info))
    text = markdown.render(seed_result, show_info=show_info)
    from_html = sorted((c["data-severity"], c["data-rule"], c["message"]) for c in page.cards)
    from_md = sorted(_markdown_findings(text))
    assert from_md == from_html
    assert len(from_md) == (5 + seed_result.unchecked_count if show_info else 3)
    counts = _markdown_counts(text)
    assert {k: counts[k] for k in page.counts} == page.counts
    assert counts["total"] == len(page.cards)
    notes = 2 + seed_result.unchecked_count
    assert f"**3** errors · **0** warnings · **{notes}** notes" in text or not show_info


def test_markdown_escapes_markup():
    assert markdown.escape("a *b* [c](d) <e> & `f` @g | h_i") == (
        r"a \*b\* \[c\](d) &lt;e&gt; &amp; \`f\` &#64;g \| h\_i"
    )


# ------------------------------------------------------------------ commands


def test_audit_writes_html_and_markdown_and_exits_as_check(tmp_path, capsys, seed_result):
    assert main(["audit", str(CLAIMS), "-o", str(tmp_path / "r.html")]) == 1
    assert main(["audit", str(CLAIMS), "-o", str(tmp_path / "r.md")]) == 1
    assert main(["audit", str(CLAIMS), "-o", str(tmp_path / "r.txt"), "--format", "md"]) == 1
    assert (
        main(
            [
                "audit",
                str(CLAIMS),
                "-o",
                str(tmp_path / "ok.html"),
                "--fail-on",
                "error",
                "--ignore",
                "growth",
                "--ignore",
                "growth-vs-cagr",
                "--ignore",
                "part-whole",
            ]
        )
        == 0
    )
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("## Audit of")
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("## Audit of")
    out = capsys.readouterr()
    assert (
        f"3 errors, 0 warnings, {2 + seed_result.unchecked_count} notes" in out.out
        and f"report: {tmp_path / 'r.html'}" in out.out
    )
    assert (
        "\r" not in out.err and "checking" not in out.err
    )  # no progress bar when not on a terminal


def test_audit_to_standard_output(capsys):
    assert main(["audit", str(CLAIMS), "-o", "-", "--format", "md", "--no-notes"]) == 1
    out = capsys.readouterr()
    assert out.out.startswith("## Audit of") and "**note**" not in out.out
    assert "3 errors" in out.err


def test_audit_of_bad_input_exits_2_and_still_reports(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text(
        "source: {id: bad, title: T}\nclaims:\n  - {id: a, metric: m, period: 2013, value: 0.65 blorbs}\n",
        encoding="utf-8",
    )
    output = tmp_path / "r.html"
    assert main(["audit", str(tmp_path), "-o", str(output)]) == 2
    page = output.read_text(encoding="utf-8")
    assert 'id="input-errors"' in page and "bad.yaml:3:" in page
    assert "input error" in capsys.readouterr().err


def test_audit_of_clean_corpus_exits_0(tmp_path):
    (tmp_path / "ok.yaml").write_text(
        "source: {id: ok, title: T}\ndefaults: {entity: E}\nclaims:\n"
        "  - {id: a, metric: m, period: 2013, value: 0.65}\n",
        encoding="utf-8",
    )
    assert main(["audit", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 0
    assert "No findings" in (tmp_path / "r.html").read_text(encoding="utf-8")


REVIEWED = """\
source: {id: piece, title: The reviewed piece, publisher: A paper}
defaults: {entity: Beijing}
claims:
  - {id: start, metric: hqd_index, period: 2013, value: 0.65, quote: rising from 0.65 in 2013}
  - {id: end, metric: hqd_index, period: 2022, value: 0.91, quote: to 0.91 in 2022}
  - {id: jump, kind: change, metric: hqd_index, from: 2013, to: 2022, value: +30.33 %, quote: a jump of 30.33 percent}
  - {id: ghost, metric: other_index, period: 2022, value: 7, quote: seven wonders of 7 kinds}
"""


def test_review_reads_the_article_given_and_checks_quotes_against_it(tmp_path, capsys):
    (tmp_path / "piece.yaml").write_text(REVIEWED, encoding="utf-8")
    (tmp_path / "other.yaml").write_text(
        "source: {id: other, title: Not loaded}\nclaims:\n  - {id: x, entity: E, metric: m, period: 2020, value: 1}\n",
        encoding="utf-8",
    )
    article = tmp_path / "piece.txt"
    article.write_text(
        "Headline\n\nThe index kept rising from 0.65 in 2013\nto 0.91 in 2022, a jump of\n30.33 percent.\n",
        encoding="utf-8",
    )
    output = tmp_path / "review.html"
    assert (
        main(["review", str(article), "--claims", str(tmp_path / "piece.yaml"), "-o", str(output)])
        == 1
    )
    page = output.read_text(encoding="utf-8")
    parsed = parse(page)
    assert {c["data-rule"] for c in parsed.cards} >= {"growth", "quote"}
    quote_card = next(c for c in parsed.cards if c["data-rule"] == "quote")
    assert "ghost" in quote_card["message"] and "is not in the text" in quote_card["message"]
    assert {m["text"] for m in parsed.marks} >= {
        "rising from 0.65 in 2013",
        "to 0.91 in 2022",
        "a jump of\n30.33 percent",
    }
    assert "Not loaded" not in page  # only the claim file given
    assert "<title>The reviewed piece</title>" in page and "piece.txt checked against" in page
    assert "Quotes not found in the text" in page
    capsys.readouterr()


def test_review_of_missing_or_undecodable_article_exits_2(tmp_path, capsys):
    (tmp_path / "piece.yaml").write_text(REVIEWED, encoding="utf-8")
    assert (
        main(["review", str(tmp_path / "nope.txt"), "--claims", str(tmp_path / "piece.yaml")]) == 2
    )
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    assert (
        main(
            [
                "review",
                str(tmp_path / "bad.txt"),
                "--claims",
                str(tmp_path / "piece.yaml"),
                "-o",
                str(tmp_path / "r.html"),
            ]
        )
        == 2
    )
    assert "not UTF-8" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_one_progress_display_only_on_a_terminal():
    """check, audit and review share one display: the run's stages, then the report's sources."""
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with _Progress(stream=stream) as progress:
            result = run([CLAIMS], RunOptions(progress=progress.callback))
            step = progress.renderer(2)
            step(1)
        assert result.findings
    shown = terminal.getvalue()
    assert "files loaded: 5/5" in shown and "partitions checked: " in shown
    # An unfinished stage's line is ended when the display closes, so the next output starts clean.
    assert shown.endswith("sources written: 1/2   \n")
    assert pipe.getvalue() == ""


@pytest.mark.slow
@pytest.mark.parametrize(("ci", "outcome"), [(None, "1 skipped"), ("true", "1 error")])
def test_missing_browser_skips_with_advice_but_fails_under_ci(ci, outcome):
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {
        "CHECKER_CHROMIUM": "/nonexistent/chromium"
    }
    if ci:
        env["CI"] = ci
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_browser.py",
            "-k",
            "seed_errors",
            "-rs",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert outcome in done.stdout, done.stdout
    assert "apt-get install chromium" in done.stdout and "pip install playwright" in done.stdout
    assert done.returncode == (1 if ci else 0)


# ------------------------------------------------------------------ review of a Word document


class _Cells(HTMLParser):
    """The cells of the document's tables on a page, with their attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[dict] = []
        self.paragraphs: list[str] = []
        self._in: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("td", "th") and "cell" in (attrs.get("class") or "").split():
            self.cells.append({**attrs, "text": "", "links": []})
            self._in = self.cells[-1]
        elif tag == "a" and self._in is not None:
            self._in["links"].append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self._in["text"] += data


def _review_docx(tmp_path: Path, rows: list[list[str]]) -> tuple[int, str]:
    from tests.document_fixtures import docx_with_table

    article = docx_with_table(
        tmp_path / "exports.docx",
        rows,
        ["Exports of the province by sector, 2025", "Exports rose in 2025, the office said."],
        ["Machinery accounted for most of the growth, officials said."],
    )
    output = tmp_path / "review.html"
    code = main(["review", str(article), "-o", str(output)])
    return code, output.read_text(encoding="utf-8")


def test_review_of_a_docx_marks_the_failing_cell_of_its_table(tmp_path, capsys):
    from tests.document_fixtures import SECTOR_ROWS

    code, page = _review_docx(tmp_path, SECTOR_ROWS)
    assert code == 1
    cells = _Cells()
    cells.feed(page)
    assert [c["text"].split()[0] for c in cells.cells] == [t for row in SECTOR_ROWS for t in row]
    failing = [c for c in cells.cells if "failing" in c["class"].split()]
    assert [c["data-place"] for c in failing] == ["table 1, row 5, column 3"]
    assert failing[0]["text"].split()[0] == "283.7"
    # The cell links to its finding, the finding's citations link back to the cells they cite.
    card = next(c for c in parse(page).cards if c["data-rule"] == "sum")
    assert failing[0]["links"] == [f"#{card['id']}"] and failing[0]["data-failing"] == card["id"]
    assert f'<a href="#{failing[0]["id"]}">table 1, row 5, column 3</a>' in page
    for place in (
        "table 1, row 2, column 3",
        "table 1, row 3, column 3",
        "table 1, row 4, column 3",
    ):
        cell = next(c for c in cells.cells if c["data-place"] == place)
        assert cell["class"].split() == ["cell", "cited"]
        assert f'<a href="#{cell["id"]}">{place}</a>' in page
    assert "<p>Machinery accounted for most of the growth, officials said.</p>" in page
    capsys.readouterr()


def test_review_of_a_docx_whose_table_foots_marks_no_cell(tmp_path, capsys):
    from tests.document_fixtures import SECTOR_ROWS

    footed = [*SECTOR_ROWS[:-1], ["Total", "245.8", "263.7"]]
    code, page = _review_docx(tmp_path, footed)
    assert code == 0
    cells = _Cells()
    cells.feed(page)
    assert len(cells.cells) == 15
    assert not [c for c in cells.cells if set(c["class"].split()) & {"failing", "cited"}]
    capsys.readouterr()


def test_review_page_of_a_docx_is_self_contained(tmp_path, capsys):
    from tests.document_fixtures import SECTOR_ROWS

    _, page = _review_docx(tmp_path, SECTOR_ROWS)
    assert parse(page).tags.count("script") == 1 and not re.search(r"<script[^>]*\bsrc=", page)
    assert "<link" not in page and "@import" not in page and "<iframe" not in page
    assert not re.search(r"\bsrc\s*=", page) and not re.search(r"url\(", page)
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))
    capsys.readouterr()


def test_review_of_an_unreadable_document_exits_2_with_one_message(tmp_path, capsys):
    (tmp_path / "empty.docx").write_bytes(b"")
    assert main(["review", str(tmp_path / "empty.docx"), "-o", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "empty.docx:1:1: input error: this file is named .docx but it is empty" in err
    assert "Traceback" not in err


EXPORTS_CLAIMS = """\
source: {id: exports, title: Exports by sector}
defaults: {entity: Province, period: 2025}
claims:
  - {id: machinery, metric: exports_machinery, value: 131.2, quote: "131.2"}
  - {id: textiles, metric: exports_textiles, value: 84.9, quote: "84.9"}
  - {id: food, metric: exports_food, value: 47.6, quote: "47.6"}
  - {id: total, metric: exports, value: 283.7, quote: "283.7"}
"""
EXPORTS_METRICS = """\
metrics:
  exports: {unit: count, sum_of: [exports_machinery, exports_textiles, exports_food]}
  exports_machinery: {unit: count}
  exports_textiles: {unit: count}
  exports_food: {unit: count}
"""


def test_review_of_a_docx_against_its_claim_file_places_quotes_in_cells(tmp_path, capsys):
    from tests.document_fixtures import SECTOR_ROWS, docx_with_table

    (tmp_path / "exports.yaml").write_text(EXPORTS_CLAIMS, encoding="utf-8")
    (tmp_path / "metrics.yaml").write_text(EXPORTS_METRICS, encoding="utf-8")
    article = docx_with_table(tmp_path / "exports.docx", SECTOR_ROWS, ["Exports by sector"], [])
    output = tmp_path / "review.html"
    claims = str(tmp_path / "exports.yaml")
    assert main(["review", str(article), "--claims", claims, "-o", str(output)]) == 1
    page = output.read_text(encoding="utf-8")
    assert {c["data-rule"] for c in parse(page).cards} == {"sum"}  # every quote found
    cells = _Cells()
    cells.feed(page)
    failing = [c for c in cells.cells if "failing" in c["class"].split()]
    assert [c["data-place"] for c in failing] == ["table 1, row 5, column 3"]
    assert f'<a href="#{failing[0]["id"]}">table 1, row 5, column 3</a>' in page
    capsys.readouterr()


def test_review_of_a_docx_cites_the_paragraph_of_each_figure(tmp_path, capsys):
    from tests.document_fixtures import docx_with_table

    article = docx_with_table(
        tmp_path / "sales.docx",
        [["Region", "Sales"], ["North", "12"]],
        [
            "Trade report",
            "Sales rose from 100 million yuan in 2020 to 150 million yuan in 2021, "
            "an increase of 20 percent.",
        ],
        [],
    )
    output = tmp_path / "review.html"
    assert main(["review", str(article), "-o", str(output)]) == 1
    page = output.read_text(encoding="utf-8")
    assert re.findall(r'<span class="place">([^<]*)</span>', page) == ["paragraph 2"] * 3
    capsys.readouterr()
