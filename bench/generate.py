"""A deterministic generator of synthetic claim corpora for benchmarks and scale tests.

Each entity (a city) gets realistic mixed claims derived from one set of true values, then
written at a fixed precision: levels with a metric hierarchy (gdp = three sectors, a digital
economy inside gdp, its core inside it), year-on-year and total changes, a compound rate,
shares, a stock with absolute changes, a per-day rate with its total, a USD restatement checked
against a reference exchange rate. Rounding alone must raise no error on them; a few planted
errors, listed in the manifest, must all be found.

    python bench/generate.py 100000 bench/out/c100k   # writes yaml/, corpus.jsonl, manifest.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

YEARS = list(range(2015, 2025))
RATE = 7.1  # CNY per USD, the reference source states 7.09 .. 7.11

METRICS = """\
metrics:
  gdp: {unit: CNY, sum_of: [primary_industry, secondary_industry, tertiary_industry]}
  primary_industry: {unit: CNY, part_of: gdp}
  secondary_industry: {unit: CNY, part_of: gdp}
  tertiary_industry: {unit: CNY, part_of: gdp}
  digital_economy: {unit: CNY, part_of: gdp}
  digital_core: {unit: CNY, part_of: digital_economy}
  base_stations: {unit: count, stock: true}
  new_companies: {unit: count}
  exchange_rate: {unit: CNY / USD}
count_nouns: [companies, stations]
"""

REFERENCE = {
    "source": {
        "id": "fx-reference",
        "title": "Central parity rates",
        "publisher": "A central bank",
        "kind": "reference",
    },
    "claims": [
        {
            "id": f"usd-{year}",
            "entity": "CNY/USD",
            "metric": "exchange_rate",
            "period": year,
            "value": "7.09 .. 7.11 CNY/USD",
        }
        for year in YEARS
    ],
}

PLANTED_KINDS = ("scale", "yoy", "cagr", "conversion", "sum")


def _billions(x: float) -> str:
    return f"{x / 1e9:.2f} billion CNY"


def _percent(x: float, digits: int = 1) -> str:
    return f"{x * 100:+.{digits}f} %"


def entity_claims(rng: random.Random, entity: str) -> list[dict]:
    """About 120 claims for one entity, consistent within their rounding."""
    gdp = {YEARS[0]: rng.uniform(200e9, 5000e9)}
    for year in YEARS[1:]:
        gdp[year] = gdp[year - 1] * (1 + rng.uniform(-0.02, 0.09))
    return [*_levels_and_shares(rng, gdp), *_gdp_changes(gdp), *_counts(rng, gdp)]


def _levels_and_shares(rng: random.Random, gdp: dict[int, float]) -> list[dict]:
    """GDP, its three industries and the digital economy each year, with the digital share."""
    claims: list[dict] = []
    split = [rng.uniform(0.01, 0.05), rng.uniform(0.2, 0.4)]
    digital = rng.uniform(0.2, 0.45)
    for year in YEARS:
        primary, secondary = gdp[year] * split[0], gdp[year] * split[1]
        tertiary = gdp[year] - primary - secondary
        for metric, value in (
            ("gdp", gdp[year]),
            ("primary_industry", primary),
            ("secondary_industry", secondary),
            ("tertiary_industry", tertiary),
            ("digital_economy", gdp[year] * digital),
            ("digital_core", gdp[year] * digital * 0.45),
        ):
            claims.append(
                {
                    "id": f"{metric}-{year}",
                    "metric": metric,
                    "period": year,
                    "value": _billions(value),
                    "quote": f"{metric.replace('_', ' ')} reached {value / 1e9:.2f} billion yuan in {year}",
                }
            )
        claims.append(
            {
                "id": f"de-share-{year}",
                "kind": "share",
                "metric": "digital_economy",
                "of": "gdp",
                "period": year,
                "value": f"{digital * 100:.1f} %",
            }
        )
    return claims


def _gdp_changes(gdp: dict[int, float]) -> list[dict]:
    """GDP's growth each year, over the whole span and as an average annual rate."""
    claims: list[dict] = []
    for year in YEARS[1:]:
        growth = gdp[year] / gdp[year - 1] - 1
        claims.append(
            {
                "id": f"gdp-yoy-{year}",
                "kind": "change",
                "metric": "gdp",
                "period": year,
                "basis": "yoy",
                "value": _percent(growth),
            }
        )
    first, last = YEARS[0], YEARS[-1]
    total = gdp[last] / gdp[first] - 1
    annual = (gdp[last] / gdp[first]) ** (1 / (last - first)) - 1
    claims.append(
        {
            "id": "gdp-growth",
            "kind": "change",
            "metric": "gdp",
            "from": first,
            "to": last,
            "value": _percent(total),
        }
    )
    claims.append(
        {
            "id": "gdp-cagr",
            "kind": "cagr",
            "metric": "gdp",
            "from": first,
            "to": last,
            "value": _percent(annual, 2).lstrip("+"),
        }
    )
    return claims


def _counts(rng: random.Random, gdp: dict[int, float]) -> list[dict]:
    """Base stations and their yearly additions, companies founded per day and in the year, and
    the last GDP restated in dollars."""
    claims: list[dict] = []
    last = YEARS[-1]
    stations = rng.randint(20_000, 90_000)
    for year in YEARS:
        claims.append(
            {
                "id": f"stations-{year}",
                "metric": "base_stations",
                "period": year,
                "value": f"{stations:,} stations",
            }
        )
        added = rng.randint(1_000, 9_000)
        if year != YEARS[-1]:
            claims.append(
                {
                    "id": f"stations-added-{year + 1}",
                    "kind": "change",
                    "metric": "base_stations",
                    "period": year + 1,
                    "basis": "yoy",
                    "value": f"+{added:,}",
                }
            )
        stations += added
    per_day = rng.uniform(50, 400)
    claims.append(
        {
            "id": "companies-per-day",
            "metric": "new_companies",
            "period": last,
            "value": f"{per_day:.1f} companies / day",
        }
    )
    claims.append(
        {
            "id": "companies-total",
            "metric": "new_companies",
            "period": last,
            "value": f"{per_day * 366:,.0f}",
        }
    )
    claims.append(
        {
            "id": "gdp-usd",
            "metric": "gdp",
            "period": last,
            "value": f"about {gdp[last] / RATE / 1e9:.2f} billion USD",
            "converts": f"gdp-{last}",
        }
    )
    return claims


def plant(rng: random.Random, claims: list[dict], kind: str) -> str:
    """Make one claim wrong in a way a rule must catch; returns the id of the claim made wrong."""
    by_id = {c["id"]: c for c in claims}
    year = rng.choice(YEARS[2:])
    if kind == "scale":
        claim = by_id[f"digital_economy-{year}"]
        claim["value"] = claim["value"].replace("billion", "million")
    elif kind == "yoy":
        claim = by_id[f"gdp-yoy-{year}"]
        number = float(claim["value"].split()[0]) + 7.5
        claim["value"] = f"{number:+.1f} %"
    elif kind == "cagr":
        claim = by_id["gdp-cagr"]
        claim["value"] = f"{float(claim['value'].split()[0]) * 2 + 3:.2f} %"
    elif kind == "conversion":
        claim = by_id["gdp-usd"]
        number = float(claim["value"].split()[1]) * 1.3
        claim["value"] = f"about {number:.2f} billion USD"
    else:
        claim = by_id[f"tertiary_industry-{year}"]
        number = float(claim["value"].split()[0]) * 1.2
        claim["value"] = f"{number:.2f} billion CNY"
    return claim["id"]


def generate(
    claims_wanted: int,
    out: Path,
    seed: int = 7,
    planted: int = 10,
    formats: tuple[str, ...] = ("yaml", "jsonl"),
) -> dict:
    """Write a corpus of about `claims_wanted` claims under `out`; returns the manifest."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    sample = len(entity_claims(random.Random(0), "x"))
    entities = max(1, round(claims_wanted / sample))
    planted_at = {
        index: PLANTED_KINDS[n % len(PLANTED_KINDS)]
        for n, index in enumerate(sorted(rng.sample(range(entities), min(planted, entities))))
    }
    manifest: dict = {"seed": seed, "entities": entities, "claims": 0, "planted": []}
    yaml_dir = out / "yaml"
    if "yaml" in formats:
        yaml_dir.mkdir(exist_ok=True)
        (yaml_dir / "metrics.yaml").write_text(METRICS, encoding="utf-8")
        (yaml_dir / "fx-reference.yaml").write_text(_yaml(REFERENCE), encoding="utf-8")
    jsonl = (out / "corpus.jsonl").open("w", encoding="utf-8") if "jsonl" in formats else None
    if jsonl:
        (out / "metrics.yaml").write_text(METRICS, encoding="utf-8")
        jsonl.write(json.dumps(REFERENCE) + "\n")
    for index in range(entities):
        entity = f"City {index:06d}"
        claims = entity_claims(rng, entity)
        if index in planted_at:
            wrong = plant(rng, claims, planted_at[index])
            manifest["planted"].append(
                {"kind": planted_at[index], "source": f"bulletin-{index:06d}", "claim": wrong}
            )
        document = {
            "source": {
                "id": f"bulletin-{index:06d}",
                "title": f"Statistical bulletin of {entity}",
                "publisher": "Synthetic statistics office",
                "published": f"{YEARS[-1] + 1}-03-01",
            },
            "defaults": {"entity": entity},
            "claims": claims,
        }
        manifest["claims"] += len(claims)
        if "yaml" in formats:
            (yaml_dir / f"bulletin-{index:06d}.yaml").write_text(_yaml(document), encoding="utf-8")
        if jsonl:
            jsonl.write(json.dumps(document) + "\n")
    if jsonl:
        jsonl.close()
    manifest["claims"] += len(REFERENCE["claims"])
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def _yaml(document: dict) -> str:
    """Block-style YAML, one claim a line as people write them, quoting values as text."""
    lines = []
    source = document["source"]
    lines.append("source: " + json.dumps(source, ensure_ascii=False))
    if "defaults" in document:
        lines.append("defaults: " + json.dumps(document["defaults"], ensure_ascii=False))
    lines.append("claims:")
    for claim in document["claims"]:
        lines.append("  - " + json.dumps(claim, ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench/out/corpus")
    print(json.dumps(generate(count, target), indent=2)[:400])
