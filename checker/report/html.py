"""The HTML audit report: one self-contained page with an overview, every finding with its
arithmetic and citations, and each article with its quoted sentences highlighted and findings in
the margin, linked both ways, with severity and rule filters in a little inline script.

Rendered by Jinja2 with autoescaping on; the only markup built here is our own <mark> tags around
escaped article text. It presents findings; it never recomputes them. `overview` is shared with
the Markdown report so both count the same way.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata, resources
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from ..checks import normalize_text
from ..corpus import Claim, InputError, Source
from ..documents.tables import Cell, cells_of
from ..extraction.document import Document, Place
from ..findings import SEVERITY_ORDER, Citation, Finding
from ..runner import RunResult

__all__ = ["Overview", "SEVERITIES", "LABELS", "overview", "render", "locate", "highlight"]

SEVERITIES = ("error", "warning", "info")
LABELS = {"error": "error", "warning": "warning", "info": "note"}
PLURALS = {"error": "errors", "warning": "warnings", "info": "notes"}


# ------------------------------------------------------------------ counts (shared with markdown)


@dataclass
class Tally:
    """Findings of one rule or one source, by severity."""

    key: str
    label: str
    counts: dict[str, int]
    claims: int = 0
    anchor: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Overview:
    """What the top of a report says: the corpus in numbers and the findings counted three ways."""

    title: str
    findings: list[Finding]
    sources: int
    claims: int
    checked: int  # article claims checked by at least one rule
    files: int
    metrics: int
    rules: int
    by_severity: dict[str, int]
    by_rule: list[Tally]
    by_source: list[Tally]
    input_errors: list[InputError]
    input_warnings: list[InputError]


def overview(result: RunResult, show_info: bool = True, title: str | None = None) -> Overview:
    """The findings a report shows (all, or all but notes) and their counts."""
    corpus = result.corpus
    shown = [f for f in result.findings if show_info or f.severity != "info"]
    by_severity = {s: 0 for s in SEVERITIES}
    rules: dict[str, Counter] = defaultdict(Counter)
    sources: dict[str, Counter] = defaultdict(Counter)
    for finding in shown:
        by_severity[finding.severity] += 1
        rules[finding.rule][finding.severity] += 1
        sources[finding.claims[0].source][finding.severity] += 1
    claims_per_source = Counter(c.source.id for c in corpus.claims)
    by_rule = [
        Tally(rule, rule, {s: counts[s] for s in SEVERITIES}) for rule, counts in rules.items()
    ]
    by_rule.sort(key=lambda t: (-t.counts["error"], -t.counts["warning"], -t.total, t.key))
    ordered = sorted(corpus.sources.values(), key=lambda s: (s.file, s.position.line, s.id))
    by_source = [
        Tally(
            s.id, s.title, {sev: sources[s.id][sev] for sev in SEVERITIES}, claims_per_source[s.id]
        )
        for s in ordered
    ]
    known = set(corpus.sources)
    by_source += [
        Tally(s, s, {sev: sources[s][sev] for sev in SEVERITIES})
        for s in sorted(sources)
        if s not in known
    ]
    return Overview(
        title=title or "Audit report",
        findings=shown,
        sources=len(corpus.sources),
        claims=len(corpus.claims),
        checked=result.checked_count,
        files=len(corpus.files),
        metrics=len({c.metric for c in corpus.claims}),
        rules=len(result.rules),
        by_severity=by_severity,
        by_rule=by_rule,
        by_source=by_source,
        input_errors=result.input_errors,
        input_warnings=result.input_warnings,
    )


# ------------------------------------------------------------------ finding quotes in a text


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """One character as quotes are compared (see checks.normalize_text), lower-cased; white space is ' '."""
    piece = normalize_text(char)
    return piece.lower() if piece else " "


def _fold(text: str) -> tuple[str, list[int]]:
    """The text folded for matching, and for each folded character the index of the raw one it came from."""
    chars: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        piece = _fold_char(char)
        if piece == " " and (not chars or chars[-1] == " "):
            continue
        for part in piece:
            chars.append(part)
            index.append(position)
    return "".join(chars), index


_ELLIPSIS = re.compile(r"\s*\.\.\.\s*")


def locate(
    text: str, quote: str, folded: tuple[str, list[int]] | None = None
) -> tuple[int, int] | None:
    """Where `quote` is in `text` as (start, end) indices of the raw text, or None.

    Tolerant as a person copying a quote is: runs of white space, typographic quotes and dashes,
    Unicode forms and letter case do not matter, and an ellipsis stands for words left out."""
    haystack, index = folded or _fold(text)
    parts = [p for p in (_fold(part)[0].strip() for part in _ELLIPSIS.split(_fold(quote)[0])) if p]
    if not parts:
        return None
    start, position = None, 0
    for part in parts:
        found = haystack.find(part, position)
        if found < 0:
            return None
        start = found if start is None else start
        position = found + len(part)
    if start is None:  # no part at all: nothing to locate
        return None
    return index[start], index[position - 1] + 1


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) of the raw text, split at blank lines, trimmed."""
    ranges, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        ranges.append((start, match.start()))
        start = match.end()
    ranges.append((start, len(text)))
    trimmed = []
    for start, end in ranges:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


@dataclass
class Paragraph:
    html: Markup
    claims: list[str]
    table: TableView | None = None  # a table of the document, shown as one


@dataclass
class CellView:
    """One cell of a document's table on the page; `failing`: the findings about the figure
    it holds (an error or warning whose first citation stands here), `cited`: all that cite it."""

    html: Markup
    id: str
    place: str
    header: bool
    failing: list[FindingView] = field(default_factory=list)
    cited: list[FindingView] = field(default_factory=list)

    @property
    def css(self) -> str:
        if self.failing:
            return f"cell failing sev-{_worst(self.failing)}"
        return "cell cited" if self.cited else "cell"


@dataclass
class TableView:
    number: int
    rows: list[list[CellView]]


def highlight(
    text: str,
    spans: dict[str, tuple[int, int]],
    mark: Callable[[tuple[str, ...]], tuple[str, str]] = lambda ids: ("q", ""),
    ranges: list[tuple[int, int]] | None = None,
) -> list[Paragraph]:
    """The text as paragraphs of escaped HTML, each claim's span wrapped in <mark> tags.

    `spans` maps a claim's anchor id (letters and digits only) to its (start, end) in the text;
    spans may overlap, so a stretch covered by several claims is one <mark> naming them all.
    `mark(ids)` gives the class and the title of the <mark> for those claims. An empty
    <span id="q-ID"> marks where each claim's quote begins, for links to it. `ranges` are the
    stretches to show, each its own paragraph (default: the text's paragraphs)."""
    paragraphs = []
    for start, end in _paragraphs(text) if ranges is None else ranges:
        inside = {
            cid: (max(s, start), min(e, end), s >= start)
            for cid, (s, e) in spans.items()
            if s < end and e > start
        }
        cuts = sorted(
            {start, end, *(s for s, _, _ in inside.values()), *(e for _, e, _ in inside.values())}
        )
        parts: list[str] = []
        for a, b in itertools.pairwise(cuts):
            for cid, (s, _, first) in inside.items():
                if s == a and first:
                    parts.append(f'<span class="anchor" id="q-{cid}"></span>')
            covering = tuple(cid for cid, (s, e, _) in inside.items() if s <= a and b <= e)
            piece = str(escape(text[a:b]))
            if covering:
                css, title = mark(covering)
                parts.append(
                    f'<mark class="{escape(css)}" data-claims="{" ".join(covering)}" title="{escape(title)}">{piece}</mark>'
                )
            else:
                parts.append(piece)
        paragraphs.append(
            Paragraph(Markup("".join(parts)), sorted(inside, key=lambda c: inside[c][0]))
        )
    return paragraphs


# ------------------------------------------------------------------ the page's model


@dataclass
class CitationView:
    citation: Citation
    anchor: str | None  # the claim's anchor id when its source is in the report
    located: bool  # its quote was found in its source's text
    has_text: bool  # its source has a text to look in
    url: str | None  # a link only when it is http(s)
    place: str | None = None  # where its figure stands: page, paragraph, table cell
    cell: str | None = None  # the id of the table cell it stands in, when the page shows it


@dataclass
class FindingView:
    id: str
    finding: Finding
    label: str
    citations: list[CitationView]

    @property
    def claim_ids(self) -> str:
        return " ".join(dict.fromkeys(c.anchor for c in self.citations if c.anchor))

    @property
    def in_article(self) -> bool:
        """Whether some quote it cites is marked in an article of the page."""
        return any(c.located for c in self.citations)


@dataclass
class ClaimRow:
    claim: Claim
    anchor: str
    located: bool | None
    findings: list[FindingView]


@dataclass
class SourceView:
    source: Source
    anchor: str
    url: str | None
    findings: list[FindingView]
    claims: list[ClaimRow]
    paragraphs: list[tuple[Paragraph, list[FindingView]]] = field(default_factory=list)
    has_text: bool = False

    @property
    def missing(self) -> list[ClaimRow]:
        return [row for row in self.claims if row.located is False]


def _safe_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _worst(findings: Iterable[FindingView]) -> str:
    severities = [f.finding.severity for f in findings]
    return max(severities, key=SEVERITY_ORDER.__getitem__) if severities else "none"


Spans = dict[str, dict[str, tuple[int, int]]]  # source id -> claim anchor -> quote's span


def _quote_spans(
    result: RunResult,
    anchors: dict[str, str],
    claims_by_source: dict[str, list[Claim]],
    focus: set[str] | None,
) -> tuple[Spans, dict[str, bool]]:
    """Where each quote is in its source's text (the same search serves the article and the
    citations), and per claim key whether its quote was found."""
    spans: Spans = {}
    located: dict[str, bool] = {}
    for source_id, text in result.corpus.texts.items():
        if focus is not None and source_id not in focus:
            continue
        folded = _fold(text)
        found = spans[source_id] = {}
        for claim in claims_by_source.get(source_id, []):
            if claim.quote:
                where = locate(text, claim.quote, folded)
                located[claim.key] = where is not None
                if where is not None:
                    found[anchors[claim.key]] = where
    return spans, located


def _views(
    result: RunResult,
    shown: list[Finding],
    focus: set[str] | None,
    progress: Callable[[int], None],
    documents: dict[str, Document],
) -> tuple[list[FindingView], list[SourceView]]:
    corpus = result.corpus
    anchors = {claim.key: f"c{n}" for n, claim in enumerate(corpus.claims)}
    claims_by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        claims_by_source[claim.source.id].append(claim)
    spans, located = _quote_spans(result, anchors, claims_by_source, focus)
    findings = _finding_views(
        shown, anchors, located, spans, _quote_places(result, spans, documents)
    )
    cited = _cited_cells(findings)
    by_claim: dict[str, list[FindingView]] = defaultdict(list)
    by_primary: dict[str, list[FindingView]] = defaultdict(list)
    for view in findings:
        for anchor in dict.fromkeys(c.anchor for c in view.citations if c.anchor):
            by_claim[anchor].append(view)
        by_primary[view.finding.claims[0].source].append(view)
    labels = {anchors[c.key]: c.id for c in corpus.claims}

    def mark(ids: tuple[str, ...]) -> tuple[str, str]:
        cited = [f for cid in ids for f in by_claim.get(cid, [])]
        words = f"{len(set(f.id for f in cited))} finding(s)" if cited else "no findings"
        return f"q sev-{_worst(cited)}", f"{', '.join(labels[cid] for cid in ids)}: {words}"

    sources: list[SourceView] = []
    shown_cells: set[str] = set()
    ordered = sorted(corpus.sources.values(), key=lambda s: (s.file, s.position.line, s.id))
    for source in ordered:
        progress(1)
        if focus is not None and source.id not in focus:
            continue
        text = corpus.texts.get(source.id) if source.id in spans else None
        if text is None and not by_primary.get(source.id) and focus is None:
            continue
        rows = [
            ClaimRow(c, anchors[c.key], located.get(c.key) if c.quote else None, by_claim[a])
            for c in claims_by_source.get(source.id, [])
            for a in (anchors[c.key],)
        ]
        source_view = SourceView(
            source, f"s{len(sources)}", _safe_url(source.url), by_primary.get(source.id, []), rows
        )
        if text is not None:
            layout = _Layout(source.id, text, spans[source.id], mark, documents.get(source.id))
            _lay_out_text(source_view, layout, cited, by_claim)
            shown_cells |= layout.cells
        sources.append(source_view)
    _link_cells(findings, shown_cells)
    return findings, sources


def _lay_out_text(
    view: SourceView,
    layout: _Layout,
    cited: dict[str, tuple[list, list]],
    by_claim: dict[str, list[FindingView]],
) -> None:
    """The source's text, paragraph by paragraph, each with the notes of its margin."""
    view.has_text = True
    view.paragraphs += [
        (paragraph, _margin_notes(paragraph, by_claim)) for paragraph in layout.blocks(cited)
    ]


def _link_cells(findings: list[FindingView], shown_cells: set[str]) -> None:
    """A citation links to its table cell only when the page shows that cell."""
    for view in findings:
        for citation_view in view.citations:
            cited_source, place = citation_view.citation.source, citation_view.place
            cell = _cell_id(cited_source, place) if place else None
            citation_view.cell = cell if cell in shown_cells else None


def _quote_places(result: RunResult, spans: Spans, documents: dict[str, Document]) -> dict:
    """By claim anchor, the place of a quote that stands within one place of its document
    (a claim file's quotes have none of their own); a quote across cells has none."""
    places = {}
    for source_id, document in documents.items():
        if document.text != result.corpus.texts.get(source_id):
            continue
        for anchor, (start, end) in spans.get(source_id, {}).items():
            first, last = document.place_at(start), document.place_at(end - 1)
            if first is not None and first == last and first.label():
                places[anchor] = first.label()
    return places


def _finding_views(
    shown: list[Finding],
    anchors: dict[str, str],
    located: dict[str, bool],
    spans: Spans,
    quote_places: dict[str, str],
) -> list[FindingView]:
    findings: list[FindingView] = []
    for n, finding in enumerate(shown):
        citations = []
        for citation in finding.claims:
            # A claim drafted from a text is cited as id@start-end (ids hold no '@').
            key = f"{citation.source}:{citation.claim.partition('@')[0]}"
            anchor = anchors.get(key)
            citations.append(
                CitationView(
                    citation,
                    anchor,
                    located.get(key, False),
                    citation.source in spans,
                    _safe_url(citation.url),
                    citation.place or quote_places.get(anchor or ""),
                )
            )
        findings.append(FindingView(f"f{n}", finding, LABELS[finding.severity], citations))
    return findings


def _margin_notes(
    paragraph: Paragraph, by_claim: dict[str, list[FindingView]]
) -> list[FindingView]:
    """The findings beside a paragraph: those citing its quotes (and, for a table, its cells),
    the worst first."""
    notes = [f for cid in paragraph.claims for f in by_claim.get(cid, [])]
    if paragraph.table is not None:
        notes += [f for row in paragraph.table.rows for cell in row for f in cell.cited]
    unique = list({f.id: f for f in notes}.values())
    unique.sort(key=lambda f: (-SEVERITY_ORDER[f.finding.severity], int(f.id[1:])))
    return unique


def _cited_cells(findings: list[FindingView]) -> dict[str, tuple[list, list]]:
    """By cell id (source and place): the findings failing the figure there (an error or a
    warning whose first citation, the figure it is about, stands there) and all citing it."""
    cells: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    for view in findings:
        for number, citation_view in enumerate(view.citations):
            if citation_view.place is None:
                continue
            failing, cited = cells[_cell_id(citation_view.citation.source, citation_view.place)]
            if view not in cited:
                cited.append(view)
            if number == 0 and view.finding.severity in ("error", "warning"):
                failing.append(view)
    return cells


def _cell_id(source: str, place: str) -> str:
    """An id for a place of a source's document, safe in HTML whatever the source id holds."""
    return "cell-" + hashlib.sha256(f"{source}\n{place}".encode()).hexdigest()[:12]


class _Layout:
    """A document's text as the page shows it: paragraphs between blank lines, and each table
    the reader found (from the places it recorded) as rows of cells."""

    def __init__(
        self,
        source: str,
        text: str,
        spans: dict[str, tuple[int, int]],
        mark: Callable[[tuple[str, ...]], tuple[str, str]],
        document: Document | None,
    ) -> None:
        self.source, self.text, self.spans, self.mark = source, text, spans, mark
        # Its places only hold for the text they were recorded in.
        self.document = document if document is not None and document.text == text else None
        self.cells: set[str] = set()

    def blocks(self, cited: dict[str, tuple[list, list]]) -> list[Paragraph]:
        if self.document is None or not self.document.places:
            return highlight(self.text, self.spans, self.mark)
        tables = cells_of(self.document)
        blocks: list[Paragraph] = []
        for start, end, table in self._stretches(self.document.places):
            if table is not None and table in tables:
                blocks.append(self._table(table, tables[table], cited))
                continue
            ranges = [(start + a, start + b) for a, b in _paragraphs(self.text[start:end])]
            if ranges:
                blocks += highlight(self.text, self.spans, self.mark, ranges)
        return blocks

    def _stretches(self, places: list[tuple[int, Place]]) -> list[tuple[int, int, int | None]]:
        """The text cut where a table starts and ends: (start, end, table number or None)."""
        stretches: list[tuple[int, int, int | None]] = []
        if places[0][0] > 0:
            stretches.append((0, places[0][0], None))
        ends = [start for start, _ in places[1:]] + [len(self.text)]
        for (start, place), end in zip(places, ends, strict=True):
            if stretches and stretches[-1][2] == place.table:
                stretches[-1] = (stretches[-1][0], end, place.table)
            else:
                stretches.append((start, end, place.table))
        return stretches

    def _table(
        self, number: int, cells: dict[tuple[int, int], Cell], cited: dict[str, tuple[list, list]]
    ) -> Paragraph:
        keys = sorted(cells)
        shown = highlight(self.text, self.spans, self.mark, [cells[k].span for k in keys])
        views = {}
        for key, paragraph in zip(keys, shown, strict=True):
            place = self.document.place_at(cells[key].start) if self.document else None
            label = place.label() if place else f"table {number}"
            cell_id = _cell_id(self.source, label)
            failing, citing = cited.get(cell_id, ([], []))
            views[key] = CellView(
                paragraph.html, cell_id, label, 1 in key, list(failing), list(citing)
            )
            self.cells.add(cell_id)
        rows = range(1, max(r for r, _ in keys) + 1)
        columns = range(1, max(c for _, c in keys) + 1)
        grid = [
            [views.get((r, c)) or CellView(Markup(""), "", "", r == 1 or c == 1) for c in columns]
            for r in rows
        ]
        claims = list(dict.fromkeys(cid for p in shown for cid in p.claims))
        return Paragraph(Markup(""), claims, TableView(number, grid))


# ------------------------------------------------------------------ rendering


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("checker.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["n"] = lambda number: f"{number:,}"
    return environment


@functools.cache
def _asset(name: str) -> str:
    return resources.files("checker.report").joinpath("templates", name).read_text(encoding="utf-8")


def _version() -> str:
    try:
        return metadata.version("checker")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "dev"


def _bars(tallies: list[Tally], limit: int) -> dict:
    """Geometry of a horizontal stacked bar chart (drawn by the template as inline SVG)."""
    rows = sorted(
        (t for t in tallies if t.total),
        key=lambda t: (-t.counts["error"], -t.counts["warning"], -t.total),
    )[:limit]
    longest = max((t.total for t in rows), default=1)
    width, label_width, row_height = 500, 210, 24
    span = width - label_width - 48
    drawn = []
    for n, tally in enumerate(rows):
        x: float = label_width
        bars = []
        for severity in SEVERITIES:
            count = tally.counts[severity]
            if count:
                w = max(2.0, span * count / longest)
                bars.append(
                    {"x": round(x, 1), "w": round(w, 1), "severity": severity, "count": count}
                )
                x += w
        label = (
            tally.label
            if len(tally.label) <= 28
            else tally.label[:15].rstrip() + "\u2026" + tally.label[-12:].lstrip()
        )
        drawn.append(
            {
                "y": n * row_height,
                "label": label,
                "full": tally.label,
                "bars": bars,
                "end": round(x + 6, 1),
                "total": tally.total,
                "anchor": tally.anchor,
            }
        )
    hidden = len([t for t in tallies if t.total]) - len(rows)
    return {
        "rows": drawn,
        "width": width,
        "height": max(1, len(drawn)) * row_height,
        "label_width": label_width,
        "row_height": row_height,
        "hidden": hidden,
    }


def render(
    result: RunResult,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    show_info: bool = True,
    focus: Iterable[str] | None = None,
    progress: Callable[[int], None] | None = None,
    documents: dict[str, Document] | None = None,
) -> str:
    """The whole report as one HTML page. `focus` limits the article sections to these source ids
    (the review of one article); `progress(n)` is told as each of the corpus's sources is done;
    `documents` are the sources' articles as their readers read them (by source id), whose
    tables are shown as tables."""
    summary = overview(result, show_info, title)
    focus_set = set(focus) if focus is not None else None
    findings, sources = _views(
        result, summary.findings, focus_set, progress or (lambda n: None), documents or {}
    )
    anchors = {view.source.id: view.anchor for view in sources}
    for tally in summary.by_source:
        tally.anchor = anchors.get(tally.key)
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            o=summary,
            subtitle=subtitle,
            findings=findings,
            sources=sources,
            focus=focus_set is not None,
            severities=SEVERITIES,
            labels=LABELS,
            plurals=PLURALS,
            rule_chart=_bars(summary.by_rule, 20),
            source_chart=_bars(summary.by_source, 12),
            style=Markup(_asset("report.css")),
            script=Markup(script),
            policy=policy,
            version=_version(),
        )
    )
