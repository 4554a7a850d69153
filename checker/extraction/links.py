"""From mentions to claims: what each number is (a level, a change, an annual rate, a share, a
restatement), which figures a sentence links ("from X in 2013 to Y in 2022, a jump of P
percent"), and the period, entity and metric of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import context as cx
from . import lexicon as lx
from .document import Document
from .mentions import Mention, find_mentions, masked_spans

__all__ = ["DraftClaim", "Extraction", "MetricDraft", "Relation", "extract_document"]


@dataclass
class DraftClaim:
    """One claim of the draft, before it is written: the fields of the claim-file format."""

    mention: int
    kind: str = "value"
    metric: str = ""
    entity: str = ""
    value: str = ""
    period: str | None = None
    start: str | None = None
    end: str | None = None
    basis: str | None = None
    years: int | None = None
    of: str | None = None
    converts: int | None = None  # the index of the claim this one restates
    quote: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)
    sentence: int = 0
    id: str = ""


@dataclass
class Relation:
    """A link between mentions: from_to (two levels), change and cagr (value, from level, to
    level), yoy (value, level), share (value, level or None), converts (restated, original),
    part_of (part level, whole level)."""

    type: str
    mentions: tuple[int | None, ...]
    of: str | None = None


@dataclass
class MetricDraft:
    name: str
    unit: str | None = None
    description: str | None = None
    part_of: str | None = None


@dataclass
class Extraction:
    document: Document
    mentions: list[Mention]
    claims: list[DraftClaim]
    relations: list[Relation]
    metrics: dict[str, MetricDraft]
    entity: str
    anchor: date | None
    default_period: str
    default_note: str | None


_CHANGE_RIGHT = re.compile(
    r"^\s*(?:(?:year[- ]on[- ]year|yoy|y/y|annual|on-year|month[- ]on[- ]month)\s+)?(?:surge|increase|rise|jump|growth|decline|drop|fall|gain|"
    r"hike|climb|expansion|contraction|reduction|decrease|slump|rebound|cut|dip|uptick|boost)s?\b(?:\s+(?:in|of)\s+(?P<np>[^,.;()]+))?",
    re.IGNORECASE,
)
_CHANGE_LEFT = re.compile(
    r"\b("
    + "|".join(sorted(lx.CHANGE_WORDS, key=len, reverse=True))
    + r")\b(?:\s+by)?[\s\w-]{0,25}$",
    re.IGNORECASE,
)
_ABS_CHANGE_LEFT = re.compile(
    r"\b(?:(?:increased|rose|grew|fell|decreased|dropped|declined|climbed|jumped|surged|was\s+up|were\s+up|was\s+down|were\s+down|up|down)\s+by|added|adding|adds|add|gained|lost|shed|cut)\s+(?:a\s+total\s+of\s+|another\s+|an\s+additional\s+)?$",
    re.IGNORECASE,
)
_ADDED_RIGHT = re.compile(
    r"^[^,.;]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:newly\s+)?(?:added|created|lost|cut)\b",
    re.IGNORECASE,
)
_SHARE_LEFT = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|comprise[sd]?|comprising|make[s]?\s+up|made\s+up|making\s+up|represent(?:s|ed|ing)?|constitut(?:e|es|ed|ing)|equal(?:s|led|ling)?\s+to|share\s+of|proportion\s+of|占)[\s\w-]{0,15}$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(
    r"^(?:\s+(?:in|at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of|during)\s+[^,;()]{1,30}?)?,?\s+(?:to|up\s+to|down\s+to)\s+$",
    re.IGNORECASE,
)
_FROM_BETWEEN = re.compile(
    r"^(?:\s+(?:in|at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of|during)\s+[^,;()]{1,30}?)?,?\s+(?:up\s+|down\s+)?from\s+$",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\b(?:to|reached|reaching|hit|hitting)\s+$", re.IGNORECASE)
_CONVERSION_BETWEEN = re.compile(
    r"^\s*(?:\(|\[|,\s*or\s+|\s+or\s+|/\s*|（)\s*(?:equivalent\s+to\s+|or\s+)?$", re.IGNORECASE
)
_FUTURE = re.compile(
    r"\b(?:will|would|plans?\s+to|aims?\s+to|expects?\s+to|expected\s+to|target(?:s|ed)?|goal|by\s+the\s+end\s+of|is\s+set\s+to|are\s+set\s+to)\b",
    re.IGNORECASE,
)
_SPAN_WORDS = re.compile(
    r"\b(?:during|over|in|throughout)\s+(?:the|this|that)\s+(?:period|span|time|decade)\b",
    re.IGNORECASE,
)
_OF_RIGHT = re.compile(r"^\s*of\s+(?P<np>[^,.;()]{1,80})", re.IGNORECASE)
_TOTAL_WORDS = frozenset(
    "total national nationwide country nation whole overall all entire sum global world".split()
)


def extract_document(
    document: Document, anchor: date | None = None, entity: str | None = None
) -> Extraction:
    """Every numeric mention of the document as a draft claim, with the links between them."""
    text = document.text
    anchor = anchor or document.published
    masks = masked_spans(text)
    mentions = find_mentions(text, masks)
    periods = cx.find_periods(text, anchor)
    segments = cx.segment(text)
    for period in periods:
        index = segments.sentence(period.start)
        start = segments.sentence_starts[index]
        period.opening = len(text[start : period.start].split()) <= 2
    default_entity = entity or cx.default_entity(text) or (document.publisher or "unknown")
    default_period, default_note = _default_period(anchor, periods)
    analyzer = _Analyzer(
        document, mentions, periods, segments, default_entity, anchor, default_period, default_note
    )
    analyzer.run()
    return Extraction(
        document,
        mentions,
        analyzer.claims,
        analyzer.relations,
        analyzer.metrics,
        default_entity,
        anchor,
        default_period,
        default_note,
    )


def _default_period(anchor: date | None, periods: list[cx.PeriodMention]) -> tuple[str, str | None]:
    if anchor:
        return (
            anchor.isoformat(),
            "the text gives no period for this figure: the article's date is assumed",
        )
    years = [int(p.period) for p in periods if p.period and p.period.isdigit() and not p.relative]
    if years:
        return str(
            max(years)
        ), "the text gives no period and no date: the latest year it names is assumed (pass --date)"
    return str(
        date.today().year
    ), "the text gives no period and no date: the current year is assumed (pass --date)"


class _Analyzer:
    def __init__(
        self,
        document: Document,
        mentions: list[Mention],
        periods: list[cx.PeriodMention],
        segments: cx.Segments,
        entity: str,
        anchor: date | None,
        default_period: str,
        default_note: str | None,
    ) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.periods = periods
        self.period_starts = [p.start for p in periods]
        self.segments = segments
        self.entity = entity
        self.anchor = anchor
        self.default_period = default_period
        self.default_note = default_note
        self.namer = cx.Namer(self.text, {entity})
        self.claims: list[DraftClaim] = []
        self.relations: list[Relation] = []
        self.metrics: dict[str, MetricDraft] = {}
        self.claim_of: dict[int, int] = {}
        self.scope_period: dict[int, cx.PeriodMention] = {}
        self._locals: dict[tuple[int, int], tuple[int, int, int, int]] = {}

    # ------------------------------------------------------------ driving

    def run(self) -> None:
        by_sentence: dict[int, list[int]] = {}
        for index, mention in enumerate(self.mentions):
            by_sentence.setdefault(self.segments.sentence(mention.num_start), []).append(index)
        scope: cx.PeriodMention | None = None
        paragraph = -1
        for sentence in range(len(self.segments.sentence_starts)):
            if self.segments.paragraph_of[sentence] != paragraph:
                paragraph, scope = self.segments.paragraph_of[sentence], None
            start, end = self.segments.span(sentence)
            opening = self._opening_period(start, end)
            if opening is not None:
                scope = opening
            if sentence in by_sentence:
                self._sentence(sentence, by_sentence[sentence], scope)

    def _opening_period(self, start: int, end: int) -> cx.PeriodMention | None:
        for period in self._periods_in(start, end):
            if period.opening and period.period and period.role in ("at", "by"):
                return period
        return None

    def _periods_in(self, start: int, end: int) -> list[cx.PeriodMention]:
        import bisect

        first = bisect.bisect_left(self.period_starts, start)
        found = []
        for period in self.periods[first:]:
            if period.start >= end:
                break
            found.append(period)
        return found

    # ------------------------------------------------------------ one sentence

    def _sentence(self, sentence: int, indices: list[int], scope: cx.PeriodMention | None) -> None:
        text = self.text
        s_start, s_end = self.segments.span(sentence)
        mentions = [self.mentions[i] for i in indices]
        periods = self._periods_in(s_start, s_end)
        attached = self._attach_periods(mentions, periods, s_end)
        kinds = [
            self._classify(position, mentions, s_start, s_end) for position in range(len(indices))
        ]
        # restatements in another currency: "500 billion yuan (about 70 billion US dollars)"
        converts: dict[int, int] = {}
        for position in range(1, len(indices)):
            a, b = mentions[position - 1], mentions[position]
            if (
                kinds[position - 1] == "value"
                and kinds[position] == "value"
                and a.unit
                and b.unit
                and a.unit != b.unit
                and _same_family(a.unit, b.unit)
                and _CONVERSION_BETWEEN.match(text[a.end : b.start])
            ):
                converts[position] = position - 1
        # two levels: "from X (in Y1) to Z (in Y2)", "to Z from X"
        pairs: list[tuple[int, int]] = []
        for position in range(1, len(indices)):
            a, b = mentions[position - 1], mentions[position]
            if (
                kinds[position - 1] != "value"
                or kinds[position] != "value"
                or position in converts
                or not _same_family(a.unit, b.unit, exact=True)
            ):
                continue
            between = text[a.end : b.start]
            if _FROM_BEFORE.search(
                text[max(s_start, a.start - 12) : a.start]
            ) and _TO_BETWEEN.match(between):
                pairs.append((position - 1, position))
            elif _TO_BEFORE.search(
                text[max(s_start, a.start - 12) : a.start]
            ) and _FROM_BETWEEN.match(between):
                pairs.append((position, position - 1))
        in_pair = {p for pair in pairs for p in pair}
        periods_of: dict[int, str] = {}
        notes: dict[int, list[str]] = {}
        for position, mention in enumerate(mentions):
            period, note = self._period_for(
                position, mentions, attached, periods, s_start, s_end, scope
            )
            periods_of[position] = period
            if note:
                notes.setdefault(position, []).append(note)
        for first, second in pairs:
            if first not in attached and second in attached:
                later = attached[second]
                if later.relative or later.role == "by" or _FUTURE.search(text[s_start:s_end]):
                    if self.anchor and later.period and self.anchor.isoformat() != later.period:
                        periods_of[first] = self.anchor.isoformat()
                        notes[first] = ["the level before the change: taken at the article's date"]
                elif later.period and later.period.isdigit():
                    periods_of[first] = str(int(later.period) - 1)
                    notes[first] = ["the level before the change: taken as the year before"]
        # names, entities, claims
        topic: tuple[str, str] | None = None  # (metric, entity) of the sentence's main level
        span_pair: tuple[int, int] | None = None
        for position, index in enumerate(indices):
            mention = mentions[position]
            kind = kinds[position]
            quote = self._quote(mention, s_start, s_end)
            claim = DraftClaim(mention=index, kind=kind, quote=quote, sentence=sentence)
            claim.notes.extend(notes.get(position, []))
            if position in converts:
                original = self.claims[self.claim_of[indices[converts[position]]]]
                claim.metric, claim.entity, claim.period = (
                    original.metric,
                    original.entity,
                    original.period,
                )
                claim.converts = self.claim_of[indices[converts[position]]]
                claim.value = mention.value_text()
                self.relations.append(Relation("converts", (index, indices[converts[position]])))
                self._add(index, claim, mention)
                continue
            partner = next((pair for pair in pairs if position in pair), None)
            if (
                partner is not None
                and partner[1] == position
                and partner[0] < position
                and partner[0] in [p for p in range(position)]
            ):
                # the second level of a pair takes the first's metric and entity
                first_claim = self.claims[self.claim_of[indices[partner[0]]]]
                claim.metric, claim.entity = first_claim.metric, first_claim.entity
                claim.period = periods_of[position]
                claim.value = mention.value_text()
                self._add(index, claim, mention)
                self.relations.append(Relation("from_to", (indices[partner[0]], index)))
                span_pair = (partner[0], position)
                continue
            if kind == "value":
                metric, entity, parent = self._name_level(
                    mention, position, mentions, s_start, s_end
                )
                if partner is not None and partner[1] < position:
                    other = self.claims[self.claim_of[indices[partner[1]]]]
                    metric, entity, parent = other.metric, other.entity, None
                    self.relations.append(Relation("from_to", (index, indices[partner[1]])))
                    span_pair = (position, partner[1])
                claim.metric, claim.entity, claim.period = metric, entity, periods_of[position]
                claim.value = mention.value_text()
                if parent:
                    self._declare(parent)
                    self.metrics.setdefault(metric, MetricDraft(metric)).part_of = parent
                    whole = self._level_with_metric(parent, claim.entity, claim.period)
                    if whole is not None:
                        self.relations.append(Relation("part_of", (index, whole)))
                self._add(index, claim, mention)
                if topic is None or position not in in_pair or topic is None:
                    topic = (metric, entity) if topic is None else topic
                if partner is not None:
                    topic = (metric, entity)
                continue
            # a change, an annual rate or a share: of the sentence's level unless it names its own
            own = self._own_metric(mention, kind, position, mentions, s_start, s_end)
            level_index = self._topic_level(position, indices, kinds, converts)
            if own is None:
                if topic is not None:
                    claim.metric, claim.entity = topic
                else:
                    claim.metric, claim.entity, _ = self._name_level(
                        mention, position, mentions, s_start, s_end, subject_only=True
                    )
            else:
                claim.metric, claim.entity = own
                level_index = None if not topic or topic[0] != own[0] else level_index
            signed = (
                _sign(
                    self.text[max(s_start, mention.start - 60) : mention.start],
                    self.text[mention.end : mention.end + 40],
                )
                if kind in ("change",)
                else ""
            )
            if kind == "share":
                claim.period = periods_of[position]
                claim.of = self._share_of(mention, claim.metric, claim.entity)
                claim.value = mention.value_text()
                self._declare(claim.of, description=None)
                if claim.of != claim.metric:
                    drafted = self.metrics.setdefault(claim.metric, MetricDraft(claim.metric))
                    if (
                        drafted.part_of is None
                        and mention.value <= 100
                        and not self._is_ancestor(claim.metric, claim.of)
                    ):
                        drafted.part_of = claim.of
                self.relations.append(
                    Relation(
                        "share",
                        (index, indices[level_index] if level_index is not None else None),
                        claim.of,
                    )
                )
                self._add(index, claim, mention)
                continue
            span = self._span(
                position, mentions, periods, periods_of, span_pair, s_start, s_end, kind
            )
            if span[0] == "pair" and span_pair is not None:
                first_claim = self.claims[self.claim_of[indices[span_pair[0]]]]
                second_claim = self.claims[self.claim_of[indices[span_pair[1]]]]
                claim.start, claim.end = first_claim.period, second_claim.period
                claim.metric, claim.entity = first_claim.metric, first_claim.entity
                self.relations.append(
                    Relation(kind, (index, indices[span_pair[0]], indices[span_pair[1]]))
                )
            elif span[0] == "range":
                claim.start, claim.end = span[1], span[2]
            elif span[0] == "years" and kind == "cagr":
                claim.years = span[1]
            elif kind == "cagr":
                # an annual rate without a span cannot be checked as a rate: drafted as a level
                claim.kind = "value"
                claim.metric = claim.metric + "_average_annual_growth"
                claim.period = periods_of[position]
                claim.notes.append(
                    "an average annual rate without a span: drafted as a level; add from/to to check it"
                )
            else:
                claim.basis = "yoy"
                claim.period = periods_of[position]
                if not span[1]:
                    claim.notes.append(
                        "the text does not say what the change spans: read as year on year"
                    )
                if level_index is not None and kind == "change":
                    self.relations.append(Relation("yoy", (index, indices[level_index])))
            if claim.kind in ("change",) and mention.unit == "x":
                claim.value = mention.value_text()
            elif claim.kind == "change":
                claim.value = mention.value_text(signed or "+")
            else:
                claim.value = mention.value_text()
            self._add(index, claim, mention)

    # ------------------------------------------------------------ reading one mention

    def _local(
        self, position: int, mentions: list[Mention], s_start: int, s_end: int
    ) -> tuple[int, int, int, int]:
        """The clause of a mention, and the part of it between its neighbours (cached)."""
        mention = mentions[position]
        key = (mention.num_start, s_start)
        found = self._locals.get(key)
        if found is None:
            c_start, c_end = cx.clause_bounds(
                self.text, s_start, s_end, mention.num_start, mention.end
            )
            left = max(c_start, mentions[position - 1].end if position > 0 else c_start)
            right = min(
                c_end, mentions[position + 1].start if position + 1 < len(mentions) else c_end
            )
            found = self._locals[key] = (c_start, c_end, left, max(left, right))
        return found

    def _classify(self, position: int, mentions: list[Mention], s_start: int, s_end: int) -> str:
        mention = mentions[position]
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        before = self.text[left : mention.start]
        after = self.text[mention.end : right]
        unit = mention.unit
        ratio = mention.form in ("percent", "points") or "/" in mention.number
        if unit == "x":
            return "change"
        if mention.form == "points":  # pp, 千分点
            return "change"
        if ratio:
            if _SHARE_LEFT.search(before) or (
                _OF_RIGHT.match(after)
                and not _CHANGE_LEFT.search(before[-30:])
                and not re.match(r"\s+of\s+(?:the\s+)?(?:previous|last|same)", after)
            ):
                return "share"
            if "/" in mention.number and not _CHANGE_LEFT.search(before[-30:]):
                return "share" if _OF_RIGHT.match(after) else "value"
            if (
                lx.CAGR_BEFORE_RE.search(before)
                or lx.CAGR_AFTER_RE.match(after)
                or mention.annual
                and _CHANGE_LEFT.search(before[-40:])
            ):
                return "cagr"
            if (
                _CHANGE_LEFT.search(before[-40:])
                or _CHANGE_RIGHT.match(after)
                or lx.YOY_RE.search(self.text[left:right])
                or re.match(r"\s+(?:higher|lower|more|less|up|down)\b", after)
            ):
                return "change"
            return "value"
        if _ABS_CHANGE_LEFT.search(before) or (
            mention.noun and _ADDED_RIGHT.match(self.text[mention.end : c_end])
        ):
            return "change"
        return "value"

    def _attach_periods(
        self, mentions: list[Mention], periods: list[cx.PeriodMention], s_end: int
    ) -> dict[int, cx.PeriodMention]:
        """A period written straight after a figure ("0.65 in 2013") belongs to it."""
        attached: dict[int, cx.PeriodMention] = {}
        for position, mention in enumerate(mentions):
            limit = mentions[position + 1].start if position + 1 < len(mentions) else s_end
            after = max(mention.end, mention.noun_end or 0)
            for period in periods:
                if (
                    after <= period.start < limit
                    and period.start - after <= 28
                    and period.period
                    and period.role in ("at", "by")
                ):
                    gap = self.text[after : period.start]
                    if not re.search(r"[,;()]", gap) and not re.search(r"\bfrom\b", gap):
                        attached[position] = period
                    break
        return attached

    def _period_for(
        self,
        position: int,
        mentions: list[Mention],
        attached: dict[int, cx.PeriodMention],
        periods: list[cx.PeriodMention],
        s_start: int,
        s_end: int,
        scope: cx.PeriodMention | None,
    ) -> tuple[str, str | None]:
        if position in attached:
            return attached[position].period, None
        mention = mentions[position]
        c_start, c_end, _, _ = self._local(position, mentions, s_start, s_end)
        taken = {id(p) for p in attached.values()}
        usable = [p for p in periods if p.period and p.role in ("at", "by") and id(p) not in taken]
        inside = [p for p in usable if c_start <= p.start < c_end]
        pool = inside or usable
        if pool:
            best = min(pool, key=lambda p: abs(p.start - mention.num_start))
            return best.period, None
        if scope is not None and scope.period:
            return scope.period, None
        return self.default_period, self.default_note

    def _quote(self, mention: Mention, s_start: int, s_end: int) -> tuple[int, int]:
        c_start, c_end = cx.clause_bounds(self.text, s_start, s_end, mention.num_start, mention.end)
        if len(self.text[c_start:c_end].split()) < 4:
            c_start, c_end = s_start, s_end
        segment = self.text[c_start:c_end]
        stripped = segment.strip().rstrip(".;,")
        offset = c_start + (len(segment) - len(segment.lstrip()))
        return offset, offset + len(stripped)

    # ------------------------------------------------------------ names and entities

    def _name_level(
        self,
        mention: Mention,
        position: int,
        mentions: list[Mention],
        s_start: int,
        s_end: int,
        subject_only: bool = False,
    ) -> tuple[str, str, str | None]:
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        entity = self._entity(mention, c_start, c_end, s_start, s_end)
        namer = self.namer
        namer.entity_words = {entity, self.entity}
        parent = None
        metric = ""
        if mention.noun and not subject_only:
            metric = cx.slug(mention.noun, 6)
            if mention.unit in (
                "km**2",
                "m**2",
                "ft**2",
                "mi**2",
                "hectare",
                "acre",
            ) and not metric.endswith("area"):
                metric += "_area"
            if metric and not cx.generic_only(metric):
                return metric, entity, None
        phrase = [] if subject_only else namer.left_phrase(left, mention.start)
        if phrase:
            named, parent, _ = cx.normalize_phrase(phrase, namer.entity_words)
            metric = named or metric
        relative = re.search(r"\b(?:whose|which|that|who)\b", self.text[c_start : mention.start])
        if (not metric or cx.generic_only(metric)) and relative:
            antecedent = namer.left_phrase(c_start, c_start + relative.start())
            if antecedent:
                named, _, _ = cx.normalize_phrase(antecedent, namer.entity_words)
                if named:
                    return _tidy(f"{named}_{metric}" if metric else named), entity, None
        if not metric or cx.generic_only(metric):
            subject_words = namer.subject(c_start, mention.start)
            if not subject_words or _only_cues(subject_words):
                first_clause = cx.clause_bounds(self.text, s_start, s_end, s_start, s_start)
                subject_words = namer.subject(s_start, min(first_clause[1], mention.start))
            subject, subject_parent, _ = cx.normalize_phrase(
                _strip_cues(subject_words), namer.entity_words
            )
            if subject and not _same_as_entity(subject, entity):
                if metric:
                    if subject_parent:
                        parent = f"{subject_parent}_{metric}"
                    metric = f"{subject}_{metric}"
                else:
                    metric, parent = subject, subject_parent
        if not metric:
            words = namer.content_words(left, mention.start) or namer.content_words(
                s_start, mention.start
            )
            metric = cx.slug(" ".join(words)) or "figure"
        if mention.unit == "year" and not metric.endswith("years"):
            metric = f"{metric}_years"
        return _tidy(metric), entity, parent

    def _own_metric(
        self,
        mention: Mention,
        kind: str,
        position: int,
        mentions: list[Mention],
        s_start: int,
        s_end: int,
    ) -> tuple[str, str] | None:
        """The metric a change or share names itself ("a 20.3% surge in new business
        registrations", "the total revenues of ... surged over 30%"), or None."""
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        entity = self._entity(mention, c_start, c_end, s_start, s_end)
        self.namer.entity_words = {entity, self.entity}
        after = self.text[mention.end : right]
        if mention.noun and kind == "change":
            return _tidy(cx.slug(mention.noun)), entity
        if kind == "share":
            subject = _strip_cues(self.namer.subject(c_start, mention.start))
            if (
                subject
                and not _only_cues(subject)
                and _own_subject(self.text[c_start : mention.start])
            ):
                name, _, _ = cx.normalize_phrase(subject, self.namer.entity_words)
                if name and not _same_as_entity(name, entity):
                    return _tidy(name), entity
        match = _CHANGE_RIGHT.match(after)
        if match and match.group("np") and kind == "change":
            words = cx._noun_phrase_back(cx._words(_cut_noun_phrase(match.group("np"))))
            if words:
                name, _, _ = cx.normalize_phrase(words, self.namer.entity_words)
                if name and not cx.generic_only(name):
                    return _tidy(name), entity
        phrase = _strip_cues(self.namer.left_phrase(left, mention.start))
        if phrase and not _only_cues(phrase):
            name, _, _ = cx.normalize_phrase(phrase, self.namer.entity_words)
            if name and not cx.generic_only(name) and not _same_as_entity(name, entity):
                return _tidy(name), entity
        return None

    def _entity(self, mention: Mention, c_start: int, c_end: int, s_start: int, s_end: int) -> str:
        text = self.text
        candidates = cx.proper_phrase_at(text, c_start, c_end)
        chosen = self._pick_entity(candidates, mention)
        if (
            chosen is None
            and c_start > s_start
            and not _own_subject(text[c_start : mention.start], mention)
        ):
            first = cx.clause_bounds(text, s_start, s_end, s_start, s_start)
            chosen = self._pick_entity(cx.proper_phrase_at(text, s_start, first[1]), mention)
        return chosen or self.entity

    def _pick_entity(self, candidates: list[tuple[int, int, str]], mention: Mention) -> str | None:
        text = self.text
        best: tuple[int, str] | None = None
        for start, end, name in candidates:
            if start <= mention.num_start < end:
                continue
            if text[start - 1 : start] in '“"' or name in lx.NOT_ENTITIES:
                continue
            if re.match(
                r"\s+(?:said|says|told|noted|stated|added|explained|announced|stressed|pointed|urged|argued)\b",
                text[end : end + 12],
            ):
                continue  # a speaker, not what the figure is about
            possessive = text[end : end + 2] in ("’s", "'s")
            located = bool(
                re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, start - 8) : start])
            )
            following = re.match(r"\s+([a-z]+)", text[end : end + 20])
            subject = bool(
                following
                and (following.group(1) in lx.VERBS or following.group(1) in lx.AUXILIARIES)
            )
            if not (possessive or located or subject):
                continue
            distance = abs(mention.num_start - start)
            if best is None or distance < best[0]:
                best = (distance, name)
        return best[1] if best else None

    def _share_of(self, mention: Mention, metric: str, entity: str) -> str:
        match = _OF_RIGHT.match(self.text[mention.end : mention.end + 100])
        if not match:
            return f"{metric}_total"
        words = cx._words(_cut_noun_phrase(match.group("np")))
        kept = []
        for word in words:
            bare = re.sub(r"['’]s$", "", word)
            if word.endswith(("’s", "'s")) or word.lower() in lx.DETERMINERS:
                continue
            if bare == entity or bare == self.entity:
                continue
            kept.append(word)
        phrase = " ".join(kept).lower()
        if phrase in lx.GDP_ALIASES:
            return lx.GDP_ALIASES[phrase]
        if not kept or set(phrase.split()) <= _TOTAL_WORDS:
            return f"{metric}_{'national_' if 'national' in phrase or 'country' in phrase or 'nationwide' in phrase else ''}total"
        return _tidy(cx.slug(phrase))

    # ------------------------------------------------------------ spans

    def _span(
        self,
        position: int,
        mentions: list[Mention],
        periods: list[cx.PeriodMention],
        periods_of: dict[int, str],
        span_pair: tuple[int, int] | None,
        s_start: int,
        s_end: int,
        kind: str,
    ) -> tuple:
        text = self.text
        c_start, c_end, left, right = self._local(position, mentions, s_start, s_end)
        if lx.YOY_RE.search(text[left:right]) or lx.YOY_RE.search(text[c_start:c_end]):
            return ("yoy", True)
        if span_pair is not None:
            first, second = span_pair
            a, b = periods_of.get(first), periods_of.get(second)
            if a and b and a != b and _before(a, b):
                return ("pair",)
        for period in periods:
            if period.role in ("range", "past") and period.period and ".." in period.period:
                first, last = period.period.split("..")
                return ("range", first, last)
        for period in periods:
            if (
                period.role == "since"
                and period.period
                and period.period.isdigit()
                and self.anchor
                and int(period.period) < self.anchor.year
            ):
                return ("range", period.period, str(self.anchor.year))
        for period in periods:
            if period.role == "past" and period.years:
                return ("years", period.years)
        return ("yoy", False)

    def _topic_level(
        self, position: int, indices: list[int], kinds: list[str], converts: dict[int, int]
    ) -> int | None:
        for earlier in range(position - 1, -1, -1):
            if kinds[earlier] == "value" and earlier not in converts:
                return earlier
        return None

    def _level_with_metric(self, metric: str, entity: str, period: str | None) -> int | None:
        for claim in reversed(self.claims):
            if (
                claim.kind == "value"
                and claim.metric == metric
                and claim.entity == entity
                and claim.period == period
                and claim.converts is None
            ):
                return claim.mention
        return None

    def _is_ancestor(self, metric: str, other: str) -> bool:
        current = self.metrics.get(other)
        seen = set()
        while current is not None and current.part_of and current.part_of not in seen:
            if current.part_of == metric:
                return True
            seen.add(current.part_of)
            current = self.metrics.get(current.part_of)
        return False

    # ------------------------------------------------------------ bookkeeping

    def _declare(self, name: str, description: str | None = None) -> None:
        self.metrics.setdefault(name, MetricDraft(name, description=description))

    def _add(self, index: int, claim: DraftClaim, mention: Mention) -> None:
        claim.notes.extend(mention.notes)
        self.claim_of[index] = len(self.claims)
        self.claims.append(claim)
        drafted = self.metrics.setdefault(
            claim.metric, MetricDraft(claim.metric, description=claim.metric.replace("_", " "))
        )
        if claim.kind == "value" or (claim.kind == "change" and mention.form == "number"):
            unit = _metric_unit(mention)
            if drafted.unit is None:
                drafted.unit = unit


def _metric_unit(mention: Mention) -> str:
    unit = mention.unit
    if unit in ("", "x") or unit.startswith("/"):
        return "count"
    if unit == "%":
        return "percent"
    return unit


_FAMILIES = {
    "km**2": "area",
    "m**2": "area",
    "ft**2": "area",
    "mi**2": "area",
    "hectare": "area",
    "acre": "area",
    "km": "length",
    "m": "length",
    "cm": "length",
    "mm": "length",
    "mile": "length",
    "ft": "length",
    "nautical_mile": "length",
    "t": "mass",
    "kg": "mass",
    "g": "mass",
    "lb": "mass",
    "kWh": "energy",
    "MWh": "energy",
    "GWh": "energy",
    "TWh": "energy",
    "kW": "power",
    "MW": "power",
    "GW": "power",
    "liter": "volume",
    "m**3": "volume",
    "barrel": "volume",
}


def _same_family(a: str, b: str, exact: bool = False) -> bool:
    if exact:
        return a == b or (_family(a) == _family(b) and _family(a) != "currency")
    return _family(a) == _family(b) and _family(a) not in ("count", "percent")


def _family(unit: str) -> str:
    if unit in _FAMILIES:
        return _FAMILIES[unit]
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "currency"
    if unit in ("%", "pp", "‰", "千分点"):
        return "percent"
    return "count" if unit in ("", "x") or unit.startswith("/") else unit


def _sign(before: str, after: str) -> str:
    words = re.findall(r"[a-z]+", (before[-40:] + " " + after[:30]).lower())
    ups = [w for w in words if w in lx.CHANGE_UP]
    downs = [w for w in words if w in lx.DOWN_WORDS]
    if downs and not ups:
        return "-"
    return "+"


def _before(a: str, b: str) -> bool:
    from ..periods import PeriodError, parse_period

    try:
        return parse_period(a).end < parse_period(b).end
    except PeriodError:
        return False


_CUES = lx.CHANGE_WORDS | {
    "average",
    "annual",
    "yearly",
    "rate",
    "growth",
    "year-on-year",
    "jump",
    "total",
    "of",
    "a",
    "an",
    "the",
    "with",
    "by",
    "remarkable",
    "healthy",
    "momentum",
    "increase",
    "marking",
    "pushing",
}


def _strip_cues(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in lx.CHANGE_WORDS or w.lower() in ("added",)]


def _only_cues(words: list[str]) -> bool:
    return all(w.lower() in _CUES or w.lower() in lx.VERBS or cx._is_stop(w) for w in words)


def _same_as_entity(name: str, entity: str) -> bool:
    return name.replace("_", " ") == entity.lower()


def _own_subject(text: str, mention: Mention | None = None) -> bool:
    """Whether a clause opens with a noun phrase of its own (so it has its own subject): a
    counted noun ("and more than 170 new measures were...") is one."""
    words = cx._words(text)
    while words and words[0].lower() in ("and", "but", "while", "whereas", "so", "yet"):
        words = words[1:]
    if not words:
        return bool(mention is not None and mention.noun)
    first = words[0].lower()
    return not (
        first in lx.PREPOSITIONS
        or first in lx.VERBS
        or first.endswith("ing")
        or first in ("which", "whose", "who", "that")
    )


def _cut_noun_phrase(text: str) -> str:
    words = []
    for word in re.findall(r"[\w’'&.-]+", text):
        lower = word.lower()
        if (
            (lower in lx.PREPOSITIONS and lower not in ("of",))
            or lower in lx.VERBS
            or lower in lx.AUXILIARIES
            or lower in lx.CONJUNCTIONS
            and lower != "and"
            or re.fullmatch(r"\d{4}", word)
        ):
            break
        words.append(word)
    while words and words[-1].lower() in ("of", "and"):
        words.pop()
    return " ".join(words[:8])


def _tidy(metric: str) -> str:
    metric = re.sub(r"_+", "_", metric).strip("_")
    return metric or "figure"
