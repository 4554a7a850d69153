"""Writing an extraction as a draft claim file (and a metrics vocabulary draft), in the format
of the claim-file contract, so that `checker check` loads it as written.

Claim ids come from the metric and the period; every claim keeps its quote verbatim and the
quote's character offsets in the article file (`offsets: [start, end]`, half-open).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..quantities import ValueError_, parse_value
from .links import DraftClaim, Extraction, MetricDraft

__all__ = [
    "assign_ids",
    "leave_out",
    "claim_file_text",
    "finish",
    "metrics_text",
    "merge_vocabularies",
    "source_id_for",
]


def _q(value: object) -> str:
    """A YAML scalar: JSON's double-quoted string is valid YAML and keeps every character."""
    return json.dumps(str(value), ensure_ascii=False)


def source_id_for(path: Path | None, title: str | None) -> str:
    base = path.stem if path is not None else (title or "article")
    slugged = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()
    return slugged or "article"


# what parts the words of an id (compiled once: ids are made for every claim)
_NOT_ID_CHARACTERS = re.compile(r"[^A-Za-z0-9]+")


def _id_words(metric: str) -> str:
    words = [w for w in _NOT_ID_CHARACTERS.split(metric) if w][:4]
    return "-".join(words).lower() or "claim"


def _period_slug(claim: DraftClaim) -> str:
    if claim.kind in ("change", "cagr") and claim.start and claim.end:
        text = f"{claim.start}-{claim.end}"
    elif claim.kind == "change" and claim.basis:
        text = f"{claim.period}-yoy"
    elif claim.kind == "change" and claim.years:
        text = f"{claim.years}y"
    else:
        text = claim.period or ""
    return _NOT_ID_CHARACTERS.sub("-", text.replace("..", "-")).strip("-").lower()


def assign_ids(extraction: Extraction) -> None:
    """Readable, unique ids: metric words, kind and period (`gdp-2013`, `gdp-change-2013-2022`)."""
    used: set[str] = set()
    # The next number to try after each base: counting from 2 again for every claim of a
    # base made ids quadratic in the claims that share it (a table of bare numbers).
    next_number: dict[str, int] = {}
    for claim in extraction.claims:
        parts = [_id_words(claim.metric)]
        if claim.kind != "value":
            parts.append(claim.kind)
        if claim.converts is not None:
            parts.append(_unit_word(claim.value))
        period = _period_slug(claim)
        if period:
            parts.append(period)
        base = "-".join(p for p in parts if p)
        candidate, number = base, next_number.get(base, 2)
        if candidate in used:
            candidate = f"{base}-{number}"
            while candidate in used:
                number += 1
                candidate = f"{base}-{number}"
            next_number[base] = number + 1
        used.add(candidate)
        claim.id = candidate


def _unit_word(value: str) -> str:
    tail = value.split()[-1] if value.split() else ""
    return re.sub(r"[^A-Za-z0-9]+", "", tail).lower()


# a value in percent, points or times ("more than x2/3": its qualifier's words before the factor)
_RATIO_VALUE = re.compile(r"%|pp$|^(?:\w+\s+)*x")


def finish(extraction: Extraction) -> None:
    """Last touches before writing: one dimension per metric (a metric stated both in yuan and
    as a count is split in two), no two levels of one sentence on the same metric and period,
    units for the vocabulary, and ids."""
    claims = extraction.claims
    metrics = extraction.metrics
    families: dict[str, dict[str, list[DraftClaim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.kind == "value" or (
            # a change in percent, points or times ("more than x2/3": its qualifier's words
            # before the factor) has no family of the levels'
            claim.kind == "change" and not _RATIO_VALUE.search(claim.value)
        ):
            families[claim.metric][_family_of(claim.value)].append(claim)
    for metric, groups in list(families.items()):
        if len(groups) < 2:
            continue
        ordered = sorted(groups.items(), key=lambda item: -len(item[1]))
        if metric in metrics:
            metrics[metric].unit = None  # drafted again from the claims it keeps
        for family, group in ordered[1:]:
            renamed = f"{metric}_{family}"
            drafted = metrics.setdefault(
                renamed, MetricDraft(renamed, description=renamed.replace("_", " "))
            )
            drafted.unit = None
            for claim in group:
                claim.metric = renamed
    seen: dict[tuple, DraftClaim] = {}
    named_apart: Counter[tuple] = Counter()
    renamed_parts: dict[int, tuple[str, str]] = {}
    paired = {frozenset(r.mentions) for r in extraction.relations if r.type == "from_to"}
    for claim in claims:
        if claim.kind != "value" or claim.converts is not None:
            continue
        # a rate ("500,000 a day") is not a second figure of the total it divides
        key = (claim.sentence, claim.entity, claim.metric, claim.period, " / " in claim.value)
        other = seen.get(key)
        if (
            other is not None
            and other.value != claim.value
            and frozenset((other.mention, claim.mention)) not in paired
            and claim.same_as != other.mention
        ):
            # each figure after the first its own name (A、B、C和D分别完成X、Y、Z和W: the third
            # and the fourth are not one quantity stated twice)
            named_apart[key] += 1
            renamed = f"{claim.metric}_{named_apart[key] + 1}"
            metrics.setdefault(renamed, MetricDraft(renamed, description=renamed.replace("_", " ")))
            renamed_parts[claim.mention] = (claim.metric, renamed)
            _whole_follows_a_renamed_part(extraction, claim, other, renamed)
            claim.metric = renamed
            claim.notes.append(
                f"a second figure for the same metric in one sentence: named apart from {other.metric}"
            )
        seen.setdefault(key, claim)
    _shares_follow_their_parts(extraction, renamed_parts)
    _units(extraction)
    assign_ids(extraction)
    _leave_out_inexpressible(extraction)
    for drafted in metrics.values():
        if drafted.part_of == drafted.name:
            drafted.part_of = None  # a metric is never a part of itself


def _whole_follows_a_renamed_part(
    extraction: Extraction, part: DraftClaim, other: DraftClaim, renamed: str
) -> None:
    """A part named apart from another figure of its metric takes the whole its metric was
    drafted as a part of, when the text states it a part of that whole and not the other
    figure ("Some 30% of the 1,500 firms export, or 450 firms, and 200 of them sell to China":
    the 200 are part of the 450, the 1,500 are not)."""
    metrics = extraction.metrics
    drafted = metrics.get(part.metric)
    if drafted is None or drafted.part_of is None:
        return
    by_mention = {claim.mention: claim for claim in extraction.claims}
    wholes_of = defaultdict(set)
    for relation in extraction.relations:
        if relation.type == "part_of" and relation.mentions[1] in by_mention:
            wholes_of[relation.mentions[0]].add(by_mention[relation.mentions[1]].metric)
    if (
        drafted.part_of in wholes_of[part.mention]
        and drafted.part_of not in wholes_of[other.mention]
    ):
        metrics[renamed].part_of = drafted.part_of
        drafted.part_of = None


def _shares_follow_their_parts(extraction: Extraction, renamed: dict[int, tuple[str, str]]) -> None:
    """A share drafted on its part's metric before the part was named apart from another figure
    of its sentence ("310 owned no car and 410 had no garden, roughly one in five": the share
    is the 410's) takes the part's new name, so that the share rule joins it to its own part."""
    by_mention = {claim.mention: claim for claim in extraction.claims}
    for relation in extraction.relations:
        if relation.type != "share" or len(relation.mentions) < 2:
            continue
        share_at, part = relation.mentions[:2]
        if share_at is None or part is None or part not in renamed:
            continue
        share = by_mention.get(share_at)
        if share is None or share.kind != "share":
            continue
        old, new = renamed[part]
        if share.metric == old:
            share.metric = new


def _family_of(value: str) -> str:
    try:
        quantity = parse_value(value)
    except ValueError_:
        return "other"
    dimension = quantity.dimension
    if not dimension:
        return "count"
    if quantity.unit.is_currency and len(dimension) == 1:
        return "money"  # a price per unit (INR / kg) is a family of its own
    if len(dimension) == 2 and dimension[1][0] == "[time]" and quantity.unit.currencies:
        return "money"  # an amount per unit of time ("$150,000 a day"), as a count's rate is
    names = "_".join(
        f"{name.strip('[]')}{'' if power == 1 else int(power)}" for name, power in dimension
    )
    return {
        "length2": "area",
        "length": "length",
        "mass": "mass",
        "time": "duration",
        # a count per unit of time ("880万人次 a day") is a rate of the count: the rate rule
        # checks it against the total of the same metric, so it keeps the metric
        "time-1": "count",
    }.get(names, "measure")


def _unit_of_value(value: str) -> str | None:
    try:
        quantity = parse_value(value)
    except ValueError_:
        return None
    if quantity.form == "percent":
        return "percent"
    if quantity.form in ("points", "factor"):
        return None
    if quantity.unit.is_currency and len(quantity.dimension) == 1:
        return quantity.unit.currencies[0]
    if not quantity.dimension:
        return "count"
    text = quantity.unit.text
    if text.startswith("/"):
        return "count"  # a rate of a count ("337 / day") is accepted for a count metric
    return text


def _units(extraction: Extraction) -> None:
    metrics = extraction.metrics
    for claim in extraction.claims:
        drafted = _drafted_metric(metrics, claim.metric)
        if claim.kind == "value" or (
            claim.kind == "change" and _unit_of_value(claim.value) not in (None, "percent")
        ):
            unit = _unit_of_value(claim.value)
            if unit and (
                drafted.unit is None
                or (drafted.unit == "count" and unit != "count" and claim.kind == "value")
            ):
                if drafted.unit is None or not _has_level(extraction, claim.metric, "count"):
                    drafted.unit = unit
        if claim.of:
            _drafted_metric(metrics, claim.of)
    # a whole takes its parts' unit when it has no figure of its own; a share's base likewise
    for _ in range(3):
        for drafted in metrics.values():
            if (
                drafted.part_of
                and drafted.part_of in metrics
                and metrics[drafted.part_of].unit is None
                and drafted.unit
            ):
                metrics[drafted.part_of].unit = drafted.unit
        for claim in extraction.claims:
            if (
                claim.of
                and metrics[claim.of].unit is None
                and metrics.get(claim.metric)
                and metrics[claim.metric].unit
            ):
                metrics[claim.of].unit = metrics[claim.metric].unit
    for drafted in metrics.values():
        if drafted.part_of and drafted.part_of not in metrics:
            metrics[drafted.part_of] = MetricDraft(
                drafted.part_of, unit=drafted.unit, description=drafted.part_of.replace("_", " ")
            )


def _drafted_metric(metrics: dict[str, MetricDraft], name: str) -> MetricDraft:
    """The metric of that name, drafted with its name for description if there is none yet
    (made only then: every claim asks, most of the same few metrics)."""
    drafted = metrics.get(name)
    if drafted is None:
        drafted = metrics[name] = MetricDraft(name, description=name.replace("_", " "))
    return drafted


def _has_level(extraction: Extraction, metric: str, unit: str) -> bool:
    return any(
        c.metric == metric and c.kind == "value" and _unit_of_value(c.value) == unit
        for c in extraction.claims
    )


def claim_file_text(
    extraction: Extraction, source_id: str, text_path: str | None = None, origin: str | None = None
) -> str:
    """The draft claim file as YAML text. A claim the format cannot express (a value the loader
    would refuse, a link to such a claim) is left out, with a `# Left out:` comment saying why:
    a draft always loads."""
    document = extraction.document
    lines = [
        f"# Draft claims extracted by `checker extract`{' from ' + origin if origin else ''}.",
        "# Every figure of the text is here, read as written; review metrics, periods and entities",
        "# before relying on them. offsets: [start, end] are character offsets of the quote in the file.",
        "# confidence: 1 where the text states the link between figures, below 1 where the metric,",
        "# entity or period is the drafter's reading; findings resting on those are notes.",
        "source:",
        f"  id: {source_id}",
        f"  title: {_q(document.title or source_id)}",
    ]
    if document.publisher:
        lines.append(f"  publisher: {_q(document.publisher)}")
    published = extraction.anchor
    if published:
        lines.append(f"  published: {published.isoformat()}")
    if text_path:
        lines.append(f"  text: {_q(text_path)}")
    if extraction.entity:
        lines += ["", "defaults:", f"  entity: {_q(extraction.entity)}"]
    lines += ["", "claims:"]
    for claim in extraction.claims:
        lines += _claim_lines(extraction, claim)
    left = [f"# Left out: {reason}" for reason in extraction.left_out]
    return "\n".join(lines + left).rstrip("\n") + "\n"


def _leave_out_inexpressible(extraction: Extraction) -> None:
    """Claims the loader would refuse move to `left_out` with the reason."""
    kept = _expressible(extraction)
    leave_out(
        extraction,
        {i: kept_reason(c) for i, c in enumerate(extraction.claims) if i not in kept},
    )


def leave_out(extraction: Extraction, reasons: dict[int, str]) -> None:
    """Move the claims at these indices (and any claim restating or comparing one of them) to
    `left_out`, with the reason; the claim indices other claims hold follow."""
    if not reasons:
        return
    reasons = dict(reasons)
    changed = True
    while changed:
        changed = False
        for index, claim in enumerate(extraction.claims):
            links = (claim.converts, claim.start_claim, claim.end_claim)
            if index not in reasons and any(link in reasons for link in links if link is not None):
                reasons[index] = "it restates or compares a figure left out"
                changed = True
    for index, reason in sorted(reasons.items()):
        extraction.left_out.append(f"{_quote_of(extraction, extraction.claims[index])}: {reason}")
    kept = [i for i in range(len(extraction.claims)) if i not in reasons]
    new_index = {old: new for new, old in enumerate(kept)}
    claims = [extraction.claims[i] for i in kept]
    for claim in claims:
        for name in ("converts", "start_claim", "end_claim"):
            old = getattr(claim, name)
            if old is not None:
                setattr(claim, name, new_index[old])
    extraction.claims[:] = claims


def kept_reason(claim: DraftClaim) -> str:
    return claim.left_out or "not expressible as a claim"


def _quote_of(extraction: Extraction, claim: DraftClaim) -> str:
    text = extraction.document.text[claim.quote[0] : claim.quote[1]]
    return " ".join(text.split())[:120]


def _claim_fields(extraction: Extraction, claim: DraftClaim) -> dict:
    fields: dict = {"id": claim.id, "kind": claim.kind, "metric": claim.metric}
    fields["value"] = claim.value
    if claim.entity or extraction.entity:
        fields["entity"] = claim.entity or extraction.entity
    if claim.kind == "share":
        fields["of"] = claim.of
    claims = extraction.claims
    if claim.start_claim is not None and claim.end_claim is not None:
        fields["from"], fields["to"] = claims[claim.start_claim].id, claims[claim.end_claim].id
    elif claim.end_claim is not None:  # only the level it led to: no earlier level, no period
        fields["to"] = claims[claim.end_claim].id
    elif claim.start and claim.end:
        fields["from"], fields["to"] = claim.start, claim.end
    elif claim.years:
        fields["years"] = str(claim.years)  # the contract's span: text, as a period is
    elif claim.period:
        fields["period"] = claim.period
        if claim.basis:
            fields["basis"] = claim.basis
    return fields


def _expressible(extraction: Extraction) -> dict[int, str]:
    """The claims the loader will take (index -> ""), after leaving out any whose value or
    span it refuses, and any that link to a claim left out."""
    from ..models import claim_adapter

    kept: dict[int, str] = {}
    reasons: dict[int, str] = {}
    if not extraction.claims:
        return kept
    for index, claim in enumerate(extraction.claims):
        try:
            claim_adapter.validate_python(_claim_fields(extraction, claim))
            parse_value(claim.value)
        except ValueError_ as exc:
            reasons[index] = f"the value '{claim.value}' cannot be written: {exc}"
            continue
        except ValueError as exc:  # pydantic's ValidationError: its first message, not its link
            errors = getattr(exc, "errors", None)
            said = errors()[0]["msg"] if callable(errors) else str(exc).splitlines()[0]
            reasons[index] = "the claim cannot be written: " + said.removeprefix("Value error, ")
            continue
        kept[index] = ""
    changed = True
    while changed:
        changed = False
        for index in list(kept):
            claim = extraction.claims[index]
            links = [claim.converts, claim.start_claim, claim.end_claim]
            if any(link is not None and link not in kept for link in links):
                del kept[index]
                reasons[index] = "it restates or compares a figure left out"
                changed = True
    for index, reason in reasons.items():
        extraction.claims[index].left_out = reason
    return kept


def _claim_lines(extraction: Extraction, claim: DraftClaim) -> list[str]:
    document = extraction.document
    fields = _claim_fields(extraction, claim)
    lines = [f"  - id: {claim.id}"]
    if claim.kind != "value":
        lines.append(f"    kind: {claim.kind}")
    if claim.entity and claim.entity != extraction.entity:
        lines.append(f"    entity: {_q(claim.entity)}")
    lines.append(f"    metric: {_q(claim.metric)}")
    for name in ("of", "from", "to", "years", "period", "basis"):
        if name in fields:
            written = fields[name] if name in ("years", "basis") else _q(fields[name])
            lines.append(f"    {name}: {written}")
    lines.append(f"    value: {_q(claim.value)}")
    if claim.converts is not None:
        lines.append(f"    converts: {extraction.claims[claim.converts].id}")
    start, end = document.file_span(*claim.quote)
    quote = (
        document.original[start:end]
        if document.origin is None
        else document.text[claim.quote[0] : claim.quote[1]]
    )
    lines.append(f"    quote: {_q(quote)}")
    lines.append(f"    offsets: [{start}, {end}]")
    lines.append(f"    confidence: {claim.confidence:g}")
    ignored = (["conflict"] if claim.not_a_conflict else []) + list(claim.ignore)
    if ignored:
        lines.append(f"    ignore: [{', '.join(ignored)}]")
        reasons = [r for r in (claim.not_a_conflict, claim.ignore_reason) if r]
        lines.append(f"    reason: {_q('; '.join(reasons))}")
    notes = list(dict.fromkeys(claim.notes))
    if notes:
        lines.append(f"    note: {_q('; '.join(notes))}")
    lines.append("")
    return lines


def metrics_text(metrics: dict[str, MetricDraft], header: bool = True) -> str:
    lines = (
        [
            "# Draft metrics vocabulary written by `checker extract`: units and part_of relations",
            "# as the text suggests them; review before relying on them.",
            "metrics:",
        ]
        if header
        else []
    )
    lines += _metric_entries(metrics)
    return "\n".join(lines) + "\n"


def _metric_entries(metrics: dict[str, MetricDraft], indent: str = "  ") -> list[str]:
    lines = []
    for name in sorted(metrics):
        drafted = metrics[name]
        lines.append(f"{indent}{_q(name)}:")
        # the remark on a guessed unit is a comment for the reviewer: the description is what
        # findings name the metric by
        guessed = "  # not stated in the text" if drafted.unit is None else ""
        lines.append(f"{indent}  unit: {_q(drafted.unit or 'count')}{guessed}")
        description = drafted.description or name.replace("_", " ")
        lines.append(f"{indent}  description: {_q(description)}")
        if drafted.part_of:
            lines.append(f"{indent}  part_of: {_q(drafted.part_of)}")
        if drafted.sum_of:
            lines.append(f"{indent}  sum_of: [{', '.join(_q(n) for n in drafted.sum_of)}]")
        if drafted.includes:
            lines.append(f"{indent}  includes: [{', '.join(_q(n) for n in drafted.includes)}]")
        if drafted.product_of:
            lines.append(f"{indent}  product_of: [{', '.join(_q(n) for n in drafted.product_of)}]")
    return lines


def merge_vocabularies(
    extractions: list[Extraction], declared: dict[str, str | None] | None = None
) -> dict[str, MetricDraft]:
    """One vocabulary for several articles. Metrics already declared (by a metrics.yaml the user
    gives) are left out; a metric of two articles in units of different dimensions is renamed in
    the later article."""
    declared = declared or {}
    merged: dict[str, MetricDraft] = {}
    for extraction in extractions:
        renames: dict[str, str] = {}
        for name, drafted in extraction.metrics.items():
            if name in declared:
                continue
            existing = merged.get(name)
            if existing is None:
                merged[name] = MetricDraft(
                    name,
                    drafted.unit,
                    drafted.description,
                    drafted.part_of,
                    drafted.sum_of,
                    drafted.includes,
                    drafted.product_of,
                )
                continue
            if (
                existing.unit is None
                or drafted.unit is None
                or _compatible(existing.unit, drafted.unit)
            ):
                existing.unit = existing.unit or drafted.unit
                existing.part_of = existing.part_of or drafted.part_of
                continue
            number = 2
            while f"{name}_{number}" in merged or f"{name}_{number}" in extraction.metrics:
                number += 1
            renames[name] = f"{name}_{number}"
            merged[renames[name]] = MetricDraft(
                renames[name], drafted.unit, drafted.description, drafted.part_of
            )
        if renames:
            for claim in extraction.claims:
                claim.metric = renames.get(claim.metric, claim.metric)
                if claim.of:
                    claim.of = renames.get(claim.of, claim.of)
            for drafted in merged.values():
                if drafted.part_of in renames and drafted.name in {
                    renames.get(n, n) for n in extraction.metrics
                }:
                    drafted.part_of = renames[drafted.part_of]
            _rename_factors(merged, renames, extraction)
    for drafted in merged.values():
        if drafted.part_of and drafted.part_of not in merged and drafted.part_of not in declared:
            drafted.part_of = None
        if drafted.product_of and any(
            n not in merged and n not in declared for n in drafted.product_of
        ):
            drafted.product_of = None  # a factor renamed away or declared elsewhere
    return merged


def _rename_factors(
    merged: dict[str, MetricDraft], renames: dict[str, str], extraction: Extraction
) -> None:
    """The factors of this article's products under the names the merge gave them."""
    own = {renames.get(n, n) for n in extraction.metrics}
    for drafted in merged.values():
        if drafted.product_of and drafted.name in own:
            drafted.product_of = [renames.get(n, n) for n in drafted.product_of]


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    currency = re.compile(r"^[A-Z]{3}$")
    if currency.match(a) and currency.match(b):
        return True
    dimensionless = ("count", "percent", "dimensionless")
    return a in dimensionless and b in dimensionless


def append_metrics(path: Path, metrics: dict[str, MetricDraft]) -> tuple[str | None, list[str]]:
    """The text of an existing metrics.yaml with new metrics added at the end of its `metrics:`
    block (entries already there are kept as written), and the names added; None when the file's
    layout does not allow adding by appending."""
    import yaml

    text = path.read_text(encoding="utf-8")
    try:
        document = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return None, []
    existing = set((document.get("metrics") or {}) if isinstance(document, dict) else ())
    new = {name: drafted for name, drafted in metrics.items() if name not in existing}
    if not new:
        return text, []
    top = [m for m in re.finditer(r"(?m)^([A-Za-z_][\w-]*):", text)]
    if not top:
        body = metrics_text(new)
        return (text.rstrip("\n") + "\n" + body if text.strip() else body), sorted(new)
    if top[-1].group(1) != "metrics" or re.search(r"(?m)^metrics:\s*\{", text):
        return None, []
    indent_match = re.search(r"(?m)^metrics:[^\n]*\n(?:\s*#[^\n]*\n|\s*\n)*([ \t]+)\S", text)
    indent = indent_match.group(1) if indent_match else "  "
    addition = "\n".join(_metric_entries(new, indent)) + "\n"
    return text.rstrip("\n") + "\n" + addition, sorted(new)
