"""A claim read from a file holds each field where it was written: the loader makes claims (and
their values) with the fields given in order, not by name, so a field moved in `Claim` or
`Quantity` must move in the loader too, or two fields of one type would trade values."""

from __future__ import annotations

import json
from pathlib import Path

from quicktions import Fraction

from checker.runner import RunOptions, run

METRICS = """metrics:
  harvest: {unit: tonne}
  orchard_harvest: {unit: tonne, part_of: harvest}
"""


def _claims(tmp_path: Path) -> dict:
    record = {
        "source": {"id": "almanac", "title": "Valley almanac", "published": "2031-05-02"},
        "claims": [
            {
                "id": "level",
                "entity": "Upper Vale",
                "metric": "harvest",
                "period": "2030",
                "value": "about 1,200 tonne",
                "quote": "a harvest of about 1,200 tonnes",
                "note": "drafted from the summary table",
                "series": "VALE.HARVEST",
                "status": "provisional",
                "confidence": 0.75,
                "ignore": ["quote"],
                "reason": "the almanac rounds in its prose",
            },
            {
                "id": "growth",
                "kind": "change",
                "entity": "Upper Vale",
                "metric": "harvest",
                "period": "2030",
                "basis": "yoy",
                "value": "+4.5 %",
                "quote": "up 4.5 percent on the year",
            },
            {
                "id": "orchards",
                "kind": "share",
                "entity": "Upper Vale",
                "metric": "orchard_harvest",
                "of": "harvest",
                "period": "2030",
                "value": "12.5 %",
                "quote": "orchards gave 12.5 percent of it",
            },
        ],
    }
    (tmp_path / "metrics.yaml").write_text(METRICS, encoding="utf-8")
    (tmp_path / "almanac.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run([tmp_path], RunOptions(keep_claims=True))
    assert not result.input_errors
    return {claim.id: claim for claim in result.corpus.claims}


def test_each_field_of_a_claim_holds_what_was_written(tmp_path: Path) -> None:
    claims = _claims(tmp_path)
    level, growth, share = claims["level"], claims["growth"], claims["orchards"]
    assert (level.key, level.kind, level.source.id) == ("almanac:level", "value", "almanac")
    assert (level.entity, level.metric) == ("Upper Vale", "harvest")
    assert level.quote == "a harvest of about 1,200 tonnes"
    assert level.note == "drafted from the summary table"
    assert (level.series, level.status) == ("VALE.HARVEST", "provisional")
    assert level.confidence == 0.75
    assert level.ignore == frozenset({"quote"})
    assert str(level.period) == "2030"
    assert (level.start, level.end, level.basis, level.of, level.converts) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert (growth.basis, str(growth.start), str(growth.end)) == ("yoy", "2029", "2030")
    assert growth.span_years == 1
    assert (share.of, share.basis) == ("harvest", None)


def test_each_part_of_a_value_holds_what_was_written(tmp_path: Path) -> None:
    level = _claims(tmp_path)["level"].quantity
    assert (level.text, level.number_text) == ("about 1,200 tonne", "1,200")
    assert (level.qualifier, level.scale, level.signed) == ("about", None, False)
    assert (level.form, level.unit.text) == ("number", "tonne")
    kilos = Fraction(1200) * level.unit.factor  # values are kept in base units
    assert level.nominal == kilos
    # "about" widens what the figure admits beyond its rounding (`written`), and its zeros may
    # be rounding too (`digits_exact`: read as written)
    assert level.interval.low < level.written.low < kilos < level.written.high
    assert level.digits_exact is not None and level.digits_exact != level.interval
    growth = _claims(tmp_path)["growth"].quantity
    assert (growth.number_text, growth.signed, growth.form) == ("+4.5", True, "percent")
