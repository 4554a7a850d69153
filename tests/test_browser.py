"""The HTML report in a real headless Chromium, opened from a file:// URL as an editor would: the
seed errors with their citations, a click on a finding highlighting its quotes in the article, a
click on a quote listing its findings, the filters, no network request, and hostile claim files
shown as text with no script run. Screenshots go to test-artifacts/.

Needs Debian's chromium and Playwright for Python (never `playwright install`): without them the
tests skip, except under CI (the CI environment variable set), where a missing browser fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.cli import main
from tests.browser_support import launched_chromium
from tests.test_html_report import SCRIPT_QUOTE, hostile_corpus

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    yield from launched_chromium()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["audit", str(ROOT / "claims"), "-o", str(output)]) == 1
    return output


class Opened:
    """A page opened from file://, with every request it made and every script error."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target), full_page=full_page)
        return target

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(browser, seed_report):
    page = Opened(browser, seed_report)
    yield page
    assert page.errors == [], f"script errors on the page: {page.errors}"
    assert all(url.startswith(("file:", "data:", "about:")) for url in page.requests), page.requests
    page.close()


def card(page, rule: str):
    return page.locator(f'article.finding[data-rule="{rule}"]')


def test_seed_errors_shown_with_their_citations(opened):
    page = opened.page
    expected = {
        "growth": ["hqd-jump", "hqd-2013", "hqd-2022"],
        "growth-vs-cagr": ["hqd-jump", "hqd-annual"],
        "part-whole": ["de-value-added", "de-core-value-added"],
    }
    for rule, claims in expected.items():
        finding = card(page, rule)
        assert finding.count() == 1 and finding.is_visible()
        assert finding.get_attribute("data-severity") == "error"
        assert finding.locator(".badge").inner_text().lower() == "error"
        cited = finding.locator(".citation .claim").all_inner_texts()
        assert cited == claims
    growth = card(page, "growth")
    text = growth.inner_text()
    for part in (
        "0.65 (2013) -> 0.91 (2022) is +40.0%",
        "claims/chinadaily-2024-hqd.yaml:42",
        "a jump of 30.33 percent during the period",
        "Capital leads country in high-quality development",
        "China Daily",
        "2024-03-11",
    ):
        assert part in text
    arithmetic = growth.locator(".arithmetic").inner_text()
    assert "+30.33 %" in arithmetic and "+40.0% (+38.2% to +41.9% given rounding)" in arithmetic
    assert "trillion" in card(page, "part-whole").locator(".hint").inner_text()
    assert page.locator(".tile .count[data-severity=error]").inner_text() == "3"
    assert page.locator("svg.chart").count() >= 1
    opened.screenshot("report-overview.png")


def test_clicking_a_finding_highlights_its_quotes_in_the_article(opened):
    page = opened.page
    growth = card(page, "growth")
    assert page.locator("mark.q.active").count() == 0
    growth.locator("button.locate").click()
    active = page.locator("mark.q.active")
    assert active.count() >= 2
    texts = " ".join(active.all_inner_texts())
    assert (
        "a jump of 30.33 percent during the period" in texts
        and "rising from 0.65 in 2013 to 0.91 in 2022" in texts
    )
    assert "current" in growth.get_attribute("class")
    article = page.locator('section.source[data-source="cd-2024-hqd"] .article')
    assert article.locator("mark.q.active").count() == active.count()
    page.wait_for_timeout(600)  # the smooth scroll
    assert active.first.is_visible() and active.first.bounding_box()["y"] < 900
    opened.screenshot("report-finding-clicked.png")

    # Clicking a finding's message (not just its button) does the same, for another finding.
    card(page, "part-whole").locator(".message").click()
    active = page.locator("mark.q.active")
    assert "822.67 billion yuan" in " ".join(active.all_inner_texts())
    assert "current" not in growth.get_attribute("class")

    # And a quote link in a citation highlights just that claim's quote.
    growth.locator(".citation .quote a").first.click()
    assert page.locator("mark.q.active").all_inner_texts() == [
        "a jump of 30.33 percent during the period"
    ]


def test_clicking_a_quote_shows_its_findings(opened):
    page = opened.page
    mark = page.locator("mark.q", has_text="a jump of 30.33 percent during the period")
    mark.scroll_into_view_if_needed()
    mark.click()
    popover = page.locator("#popover")
    assert popover.is_visible()
    listed = popover.locator("a.pop-finding")
    assert sorted(a.get_attribute("data-rule") for a in listed.all()) == [
        "growth",
        "growth-vs-cagr",
    ]
    assert "hqd-jump" in popover.inner_text()
    opened.screenshot("report-quote-clicked.png")
    listed.first.click()
    assert not popover.is_visible()
    target = page.locator("article.finding.current")
    assert target.count() == 1 and target.get_attribute("data-rule") == "growth"
    # The margin beside the sentence names the same findings.
    notes = page.locator('section.source[data-source="cd-2024-hqd"] a.note')
    assert {"growth", "growth-vs-cagr"} <= set(
        notes.evaluate_all("ns => ns.map(n => n.dataset.rule)")
    )


def test_severity_and_rule_filters(opened):
    page = opened.page
    cards = page.locator("article.finding")
    total = cards.count()
    # 3 errors, 2 notes from the rules, and a note for each claim no rule could check
    unchecked = page.locator('article.finding[data-rule="unchecked"]').count()
    assert total == 5 + unchecked and unchecked > 0
    page.locator('input[data-filter="severity"][value="info"]').uncheck()
    visible = [c.get_attribute("data-severity") for c in cards.all() if c.is_visible()]
    hidden = [c.get_attribute("data-severity") for c in cards.all() if not c.is_visible()]
    assert sorted(visible) == ["error"] * 3 and hidden == ["info"] * (2 + unchecked)
    assert page.locator("#shown-count").inner_text() == "3"
    assert all(not n.is_visible() for n in page.locator('a.note[data-severity="info"]').all())
    assert any(n.is_visible() for n in page.locator('a.note[data-severity="error"]').all())
    page.locator("section.source").first.scroll_into_view_if_needed()
    page.evaluate("document.querySelector('section.source').scrollIntoView()")
    opened.screenshot("report-filtered.png")

    page.locator('input[data-filter="rule"][value="growth"]').uncheck()
    assert not card(page, "growth").is_visible() and card(page, "part-whole").is_visible()
    assert page.locator("#shown-count").inner_text() == "2"
    page.locator('input[data-filter="severity"][value="info"]').check()
    page.locator('button[data-rules="all"]').click()
    assert all(c.is_visible() for c in cards.all())
    page.locator('button[data-rules="none"]').click()
    assert page.locator("#shown-count").inner_text() == "0"


def test_hostile_claim_file_shows_as_text_and_runs_nothing(browser, tmp_path):
    corpus = hostile_corpus(tmp_path / "claims")
    output = tmp_path / "hostile.html"
    main(["audit", str(corpus), "-o", str(output), "--title", "Hostile audit"])
    opened = Opened(browser, output)
    try:
        page = opened.page
        assert page.title() == "Hostile audit"
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 1
        assert page.evaluate("document.querySelectorAll('b').length") == 0
        body = page.locator("body").inner_text()
        assert SCRIPT_QUOTE in body and "<img src=x onerror=" in body and "<b>Evil</b> & Co" in body
        assert page.locator("mark.q", has_text=SCRIPT_QUOTE).count() == 1
        # The findings still link to the (escaped) quote.
        page.locator("article.finding button.locate").first.click()
        assert page.title() == "Hostile audit"
        assert page.locator('a[href^="javascript:"]').count() == 0
        opened.screenshot("report-hostile.png")
        assert opened.errors == []
        assert all(url.startswith(("file:", "data:", "about:")) for url in opened.requests), (
            opened.requests
        )
    finally:
        opened.close()


def test_review_page(browser, tmp_path):
    output = tmp_path / "review.html"
    article = ROOT / "claims" / "sources" / "chinadaily-2024-hqd.txt"
    assert (
        main(
            [
                "review",
                str(article),
                "--claims",
                str(ROOT / "claims" / "chinadaily-2024-hqd.yaml"),
                "-o",
                str(output),
            ]
        )
        == 1
    )
    opened = Opened(browser, output)
    try:
        page = opened.page
        assert page.locator("section.source").count() == 1
        assert (
            page.locator("h1").inner_text() == "Capital leads country in high-quality development"
        )
        card(page, "growth-vs-cagr").locator("button.locate").click()
        assert sorted(page.locator("mark.q.active").all_inner_texts()) == [
            "a jump of 30.33 percent during the period",
            "with an average annual increase of 3.75 percent",
        ]
        page.wait_for_timeout(600)
        opened.screenshot("review-article.png")
        assert opened.errors == []
    finally:
        opened.close()


def test_review_of_a_docx_marks_the_failing_cell(browser, tmp_path):
    from tests.document_fixtures import SECTOR_ROWS, docx_with_table

    article = docx_with_table(
        tmp_path / "exports.docx",
        SECTOR_ROWS,
        ["Exports of the province by sector, 2025", "Exports rose in 2025, the office said."],
        ["Machinery accounted for most of the growth, officials said."],
    )
    output = tmp_path / "review.html"
    assert main(["review", str(article), "-o", str(output)]) == 1
    opened = Opened(browser, output)
    try:
        page = opened.page
        table = page.locator("table.doc-table")
        assert table.locator("tr").count() == len(SECTOR_ROWS)
        failing = table.locator(".cell.failing")
        assert failing.count() == 1
        assert failing.get_attribute("data-place") == "table 1, row 5, column 3"
        assert failing.inner_text().startswith("283.7")
        # Visibly marked: an outline the correct cells do not have.
        outline = "el => getComputedStyle(el).outlineStyle"
        assert failing.evaluate(outline) == "solid"
        others = table.locator(".cell:not(.failing)")
        assert others.count() == 14
        assert set(others.evaluate_all(f"els => els.map({outline})")) == {"none"}
        failing.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        shot = opened.screenshot("review-docx-failing-cell.png")
        print(f"screenshot: {shot}")
        # Its link leads to the finding, whose citation leads back to the cell.
        failing.locator("a.cell-finding").click()
        finding = page.locator('article.finding[data-rule="sum"]')
        assert page.evaluate("location.hash") == "#" + finding.get_attribute("id")
        finding.locator(".place a", has_text="table 1, row 5, column 3").click()
        assert page.evaluate("location.hash") == "#" + failing.get_attribute("id")
        assert opened.errors == []
        assert all(url.startswith(("file:", "data:", "about:")) for url in opened.requests)
    finally:
        opened.close()


# Exports by sector with the change from 2024 to 2025: Textiles' change is printed 15.7 where
# its levels give 5.7.
_CHANGES = [
    ["Sector", "2024", "2025", "% change"],
    ["Machinery", "120.4", "131.2", "9.0"],
    ["Textiles", "80.3", "84.9", "15.7"],
    ["Food", "45.1", "47.6", "5.5"],
]


def test_review_of_a_pdf_marks_the_failing_cells(browser, tmp_path):
    from tests.document_fixtures import SECTOR_ROWS, html_with_tables, print_pdf
    from tests.test_documents_pdf import RULED

    page_html = html_with_tables([SECTOR_ROWS, _CHANGES], RULED)
    article = print_pdf(browser, page_html, tmp_path / "bulletin.pdf")
    output = tmp_path / "review.html"
    assert main(["review", str(article), "-o", str(output)]) == 1
    opened = Opened(browser, output)
    try:
        page = opened.page
        tables = page.locator("table.doc-table")
        assert tables.count() == 2
        assert tables.nth(0).locator("tr").count() == len(SECTOR_ROWS)
        failing = page.locator(".cell.failing")
        assert sorted(failing.evaluate_all("els => els.map(e => e.dataset.place)")) == [
            "page 1, table 1, row 5, column 3",
            "page 1, table 2, row 3, column 4",
        ]
        sum_cell = tables.nth(0).locator(".cell.failing")
        assert sum_cell.inner_text().startswith("283.7")
        assert tables.nth(1).locator(".cell.failing").inner_text().startswith("15.7")
        outline = "el => getComputedStyle(el).outlineStyle"
        assert set(failing.evaluate_all(f"els => els.map({outline})")) == {"solid"}
        others = page.locator(".cell:not(.failing)")
        assert set(others.evaluate_all(f"els => els.map({outline})")) == {"none"}
        tables.nth(1).scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        shot = opened.screenshot("review-pdf-failing-cells.png")
        print(f"screenshot: {shot}")
        # The cell's link leads to its finding, whose citation leads back to the cell.
        sum_cell.locator("a.cell-finding").click()
        finding = page.locator('article.finding[data-rule="sum"]')
        assert page.evaluate("location.hash") == "#" + finding.get_attribute("id")
        finding.locator(".place a", has_text="page 1, table 1, row 5, column 3").click()
        assert page.evaluate("location.hash") == "#" + sum_cell.get_attribute("id")
        assert opened.errors == []
        assert all(url.startswith(("file:", "data:", "about:")) for url in opened.requests)
    finally:
        opened.close()
