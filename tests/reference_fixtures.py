"""Small statistics files in every format `checker reference import` reads, written from one table
of made-up figures, and articles that agree with them, disagree, agree within rounding, or quote a
provisional figure. The tests write them into a temporary directory; `python -m
tests.reference_fixtures DIR` writes the copy in tests/fixtures/references/ that the README's
worked example runs (a test checks that copy is what this module writes).

The figures are invented (Ruritania and Grand Fenwick are fictional): nothing is downloaded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROVIDER = "Ruritanian Statistical Office"
DATASET = "NA_MAIN"
TITLE = "National accounts, main aggregates"
VINTAGE = "2024-03-01"
AREAS = {"RT": "Ruritania", "GF": "Grand Fenwick"}
# indicator -> (UNIT_MULT, DECIMALS): GDP and agriculture in billions, the unemployment rate in
# percent, each to two decimals; population in millions to one.
INDICATORS = {"GDP": (9, 2), "AGR": (9, 2), "UNR": (0, 2), "POP": (6, 1)}
# (area, indicator, year) -> (the figure as the office stores it, its status): 105.2 is stated
# to two decimals, so it reads as 105.20 (105.195 to 105.205).
FIGURES = {
    ("RT", "GDP", "2022"): ("100", "A"),
    ("RT", "GDP", "2023"): ("105.2", "A"),
    ("RT", "AGR", "2022"): ("20.5", "A"),
    ("RT", "AGR", "2023"): ("22.1", "A"),
    ("RT", "UNR", "2022"): ("5.5", "A"),
    ("RT", "UNR", "2023"): ("5.2", "P"),
    ("RT", "POP", "2023"): ("3.4", "A"),  # the map does not name POP: skipped and counted
    ("GF", "GDP", "2022"): ("12.5", "A"),
    ("GF", "GDP", "2023"): ("13", "A"),
}
YEARS = ("2022", "2023")
# World Bank style codes for the same indicators (its bulk files have no decimals or statuses).
WB_CODES = {"GDP": "NY.GDP.MKTP.CD", "AGR": "NV.AGR.TOTL.CD", "UNR": "SL.UEM.TOTL.ZS"}
WB_AREAS = {"RT": "RTA", "GF": "GFK"}

METRICS = """\
metrics:
  gdp: {unit: USD, description: Gross domestic product at current prices}
  agriculture: {unit: USD, part_of: gdp, description: Value added of agriculture}
  unemployment_rate: {unit: percent, description: Unemployment rate}
"""

SDMX_MAP = f"""\
provider: {PROVIDER}
title: {TITLE}
vintage: {VINTAGE}
entity: REF_AREA
metric: INDICATOR
where: {{FREQ: A}}
series:
  GDP: {{metric: gdp, unit: USD}}
  AGR: {{metric: agriculture, unit: USD}}
  UNR: unemployment_rate
entities: {{RT: Ruritania, GF: Grand Fenwick}}
"""

WORLD_BANK_MAP = """\
series:
  NY.GDP.MKTP.CD: gdp
  NV.AGR.TOTL.CD: agriculture
  SL.UEM.TOTL.ZS: unemployment_rate
entities: {RTA: Ruritania, GFK: Grand Fenwick}
"""

TABLE_MAP = f"""\
provider: {PROVIDER}
dataset: {DATASET}
title: {TITLE}
vintage: {VINTAGE}
entity: area
metric: indicator
period: year
value: value
status: status
series:
  GDP: {{metric: gdp, unit: USD}}
  AGR: {{metric: agriculture, unit: USD}}
  UNR: unemployment_rate
entities: {{RT: Ruritania, GF: Grand Fenwick}}
"""

WIDE_MAP = "\n".join(
    line for line in TABLE_MAP.splitlines() if not line.startswith(("period:", "value:", "status:"))
)


def _series() -> dict[tuple[str, str], dict[str, tuple[str, str]]]:
    found: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    for (area, indicator, year), figure in FIGURES.items():
        found.setdefault((area, indicator), {})[year] = figure
    return found


def _scaled(value: str, indicator: str) -> str:
    """The figure in units, as a table without a unit multiplier writes it (105.2 billion is
    105200000000)."""
    multiplier, _ = INDICATORS[indicator]
    whole, _, fraction = value.partition(".")
    digits = (whole + fraction).lstrip("0") or "0"
    shift = multiplier - len(fraction)
    return digits + "0" * shift if shift >= 0 else f"{digits[:shift]}.{digits[shift:]}"


def sdmx_ml() -> str:
    series = []
    for (area, indicator), years in _series().items():
        multiplier, decimals = INDICATORS[indicator]
        observations = "".join(
            f"""
        <generic:Obs>
          <generic:ObsDimension value="{year}"/>
          <generic:ObsValue value="{value}"/>
          <generic:Attributes><generic:Value id="OBS_STATUS" value="{status}"/></generic:Attributes>
        </generic:Obs>"""
            for year, (value, status) in years.items()
        )
        series.append(f"""
      <generic:Series>
        <generic:SeriesKey>
          <generic:Value id="FREQ" value="A"/>
          <generic:Value id="REF_AREA" value="{area}"/>
          <generic:Value id="INDICATOR" value="{indicator}"/>
        </generic:SeriesKey>
        <generic:Attributes>
          <generic:Value id="UNIT_MULT" value="{multiplier}"/>
          <generic:Value id="DECIMALS" value="{decimals}"/>
        </generic:Attributes>{observations}
      </generic:Series>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <message:Header>
    <message:ID>NA_MAIN_2024_03</message:ID>
    <message:Test>false</message:Test>
    <message:Prepared>{VINTAGE}T09:00:00</message:Prepared>
    <message:Sender id="RSO"><common:Name xml:lang="en">{PROVIDER}</common:Name></message:Sender>
    <message:Structure structureID="RSO_NA" dimensionAtObservation="TIME_PERIOD">
      <common:StructureUsage><Ref agencyID="RSO" id="{DATASET}" version="1.0"/></common:StructureUsage>
    </message:Structure>
  </message:Header>
  <message:DataSet structureRef="RSO_NA">{"".join(series)}
  </message:DataSet>
</message:GenericData>
"""


def sdmx_structure_specific() -> str:
    """The same data as a structure-specific message: dimensions and attributes are XML
    attributes alike, so it is read with its data structure (structure_definition())."""
    series = []
    for (area, indicator), years in _series().items():
        multiplier, decimals = INDICATORS[indicator]
        observations = "".join(
            f'\n      <Obs TIME_PERIOD="{year}" OBS_VALUE="{value}" OBS_STATUS="{status}"/>'
            for year, (value, status) in years.items()
        )
        series.append(
            f'\n    <Series FREQ="A" REF_AREA="{area}" INDICATOR="{indicator}" '
            f'UNIT_MULT="{multiplier}" DECIMALS="{decimals}">{observations}\n    </Series>'
        )
    flow = f"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=RSO:{DATASET}(1.0):ObsLevelDim:TIME_PERIOD"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" xmlns:ns1="{flow}" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>NA_MAIN_2024_03</message:ID>
    <message:Test>false</message:Test>
    <message:Prepared>{VINTAGE}T09:00:00</message:Prepared>
    <message:Sender id="RSO"><common:Name xml:lang="en">{PROVIDER}</common:Name></message:Sender>
    <message:Structure structureID="RSO_NA" namespace="{flow}" dimensionAtObservation="TIME_PERIOD">
      <common:StructureUsage><Ref agencyID="RSO" id="{DATASET}" version="1.0"/></common:StructureUsage>
    </message:Structure>
  </message:Header>
  <message:DataSet ss:structureRef="RSO_NA" xsi:type="ns1:DataSetType">{"".join(series)}
  </message:DataSet>
</message:StructureSpecificData>
"""


def structure_definition() -> str:
    """The data structure of the national accounts: three dimensions and time, three attributes."""
    return """<?xml version="1.0" encoding="UTF-8"?>
<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <mes:Header>
    <mes:ID>RSO_NA_DSD</mes:ID>
    <mes:Test>false</mes:Test>
    <mes:Prepared>2024-01-15T09:00:00</mes:Prepared>
    <mes:Sender id="RSO"/>
  </mes:Header>
  <mes:Structures>
    <str:DataStructures>
      <str:DataStructure agencyID="RSO" version="1.0" id="RSO_NA">
        <str:DataStructureComponents>
          <str:DimensionList id="DimensionDescriptor">
            <str:Dimension position="1" id="FREQ"/>
            <str:Dimension position="2" id="REF_AREA"/>
            <str:Dimension position="3" id="INDICATOR"/>
            <str:TimeDimension position="4" id="TIME_PERIOD"/>
          </str:DimensionList>
          <str:AttributeList id="AttributeDescriptor">
            <str:Attribute id="UNIT_MULT"/>
            <str:Attribute id="DECIMALS"/>
            <str:Attribute id="OBS_STATUS"/>
          </str:AttributeList>
          <str:MeasureList id="MeasureDescriptor">
            <str:PrimaryMeasure id="OBS_VALUE"/>
          </str:MeasureList>
        </str:DataStructureComponents>
      </str:DataStructure>
    </str:DataStructures>
  </mes:Structures>
</mes:Structure>
"""


def sdmx_json() -> str:
    areas, indicators = list(AREAS), list(INDICATORS)
    statuses = ["A", "P"]
    multipliers = sorted({m for m, _ in INDICATORS.values()})
    decimals = sorted({d for _, d in INDICATORS.values()})
    series = {}
    for (area, indicator), years in _series().items():
        multiplier, places = INDICATORS[indicator]
        key = f"0:{areas.index(area)}:{indicators.index(indicator)}"
        series[key] = {
            "attributes": [multipliers.index(multiplier), decimals.index(places)],
            "observations": {
                str(YEARS.index(year)): [float(value), statuses.index(status)]
                for year, (value, status) in years.items()
            },
        }
    message = {
        "header": {
            "id": "NA_MAIN_2024_03",
            "test": False,
            "prepared": f"{VINTAGE}T09:00:00",
            "sender": {"id": "RSO", "name": PROVIDER},
        },
        "dataSets": [{"action": "Information", "series": series}],
        "structure": {
            "name": TITLE,
            "dimensions": {
                "series": [
                    {"id": "FREQ", "name": "Frequency", "values": [{"id": "A", "name": "Annual"}]},
                    {"id": "REF_AREA", "name": "Area", "values": [{"id": a} for a in areas]},
                    {
                        "id": "INDICATOR",
                        "name": "Indicator",
                        "values": [{"id": i} for i in indicators],
                    },
                ],
                "observation": [
                    {
                        "id": "TIME_PERIOD",
                        "name": "Time",
                        "role": "time",
                        "values": [{"id": y} for y in YEARS],
                    }
                ],
            },
            "attributes": {
                "series": [
                    {
                        "id": "UNIT_MULT",
                        "name": "Unit multiplier",
                        "values": [{"id": str(m)} for m in multipliers],
                    },
                    {
                        "id": "DECIMALS",
                        "name": "Decimals",
                        "values": [{"id": str(d)} for d in decimals],
                    },
                ],
                "observation": [
                    {"id": "OBS_STATUS", "name": "Status", "values": [{"id": s} for s in statuses]}
                ],
            },
        },
    }
    return json.dumps(message, indent=1) + "\n"


def sdmx_csv() -> str:
    lines = [
        "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,DECIMALS,OBS_STATUS"
    ]
    for (area, indicator, year), (value, status) in FIGURES.items():
        multiplier, decimals = INDICATORS[indicator]
        lines.append(
            f"dataflow,RSO:{DATASET}(1.0),I,A,{area},{indicator},{year},{value},{multiplier},{decimals},{status}"
        )
    return "\n".join(lines) + "\n"


def json_stat() -> str:
    areas, indicators = list(AREAS), list(INDICATORS)
    values: dict[str, float | str] = {}
    statuses: dict[str, str] = {}
    for (area, indicator, year), (value, status) in FIGURES.items():
        position = (areas.index(area) * len(indicators) + indicators.index(indicator)) * len(
            YEARS
        ) + YEARS.index(year)
        values[str(position)] = float(_scaled(value, indicator))
        if status != "A":
            statuses[str(position)] = status
    units = {
        "GDP": {"label": "US dollars", "decimals": 0},
        "AGR": {"label": "US dollars", "decimals": 0},
        "UNR": {"label": "percent", "decimals": 2},
        "POP": {"label": "persons", "decimals": 0},
    }
    dataset = {
        "version": "2.0",
        "class": "dataset",
        "label": TITLE,
        "source": PROVIDER,
        "updated": VINTAGE,
        "id": ["area", "indicator", "year"],
        "size": [len(areas), len(indicators), len(YEARS)],
        "role": {"time": ["year"], "geo": ["area"], "metric": ["indicator"]},
        "dimension": {
            "area": {"category": {"index": areas, "label": AREAS}},
            "indicator": {"category": {"index": indicators, "unit": units}},
            "year": {"category": {"index": list(YEARS)}},
        },
        "value": values,
        "status": statuses,
        "extension": {"dataset": DATASET},
    }
    return json.dumps(dataset, indent=1) + "\n"


def world_bank() -> str:
    header = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"] + [
        "2021",
        *YEARS,
    ]
    lines = [
        '"Data Source","World Development Indicators",',
        "",
        '"Last Updated Date","2024-03-28",',
        "",
        ",".join(f'"{h}"' for h in header) + ",",
    ]
    for (area, indicator), years in _series().items():
        if indicator not in WB_CODES:
            continue
        cells = [AREAS[area], WB_AREAS[area], indicator, WB_CODES[indicator], ""]
        cells += [_scaled(years[y][0], indicator) if y in years else "" for y in YEARS]
        lines.append(",".join(f'"{c}"' for c in cells) + ",")
    return "\n".join(lines) + "\n"


def table_long() -> str:
    lines = ["area,indicator,year,value,status"]
    for (area, indicator, year), (value, status) in FIGURES.items():
        written = _scaled(value, indicator)
        lines.append(
            f"{area},{indicator},{year},{written},{'provisional' if status == 'P' else ''}"
        )
    return "\n".join(lines) + "\n"


def table_wide() -> str:
    lines = ["area,indicator," + ",".join(YEARS)]
    for (area, indicator), years in _series().items():
        cells = [_scaled(years[y][0], indicator) if y in years else "" for y in YEARS]
        lines.append(f"{area},{indicator}," + ",".join(cells))
    return "\n".join(lines) + "\n"


def _article(source_id: str, title: str, claims: list[str]) -> str:
    return (
        f"source: {{id: {source_id}, title: {title}, publisher: The Ruritanian Herald, "
        "published: 2024-05-01}\n"
        "defaults: {entity: Ruritania}\nclaims:\n" + "".join(f"  - {c}\n" for c in claims)
    )


ARTICLES = {
    # Every figure as the office gives it, rounded as a writer rounds.
    "agrees.yaml": _article(
        "herald-agrees",
        "Ruritania's economy grew 5.2 percent",
        [
            '{id: gdp, metric: gdp, period: 2023, value: 105.2 billion USD, quote: "GDP reached $105.2 billion"}',
            '{id: growth, kind: change, metric: gdp, from: 2022, to: 2023, value: +5.2 %, quote: "grew 5.2 percent"}',
            '{id: farm-share, kind: share, metric: agriculture, of: gdp, period: 2023, value: 21 %, quote: "farming made up 21 percent of the economy"}',
        ],
    ),
    # A wrong level, a wrong growth rate and a wrong share: one error each.
    "disagrees.yaml": _article(
        "herald-disagrees",
        "Ruritania's farms lead a 6.2 percent boom",
        [
            '{id: farm-2022, metric: agriculture, period: 2022, value: 25.5 billion USD, quote: "farm output of $25.5 billion in 2022"}',
            '{id: growth, kind: change, metric: gdp, from: 2022, to: 2023, value: +6.2 %, quote: "the economy grew 6.2 percent"}',
            '{id: farm-share, kind: share, metric: agriculture, of: gdp, period: 2023, value: 25 %, quote: "a quarter of the economy, 25 percent"}',
        ],
    ),
    # Right only within the rounding of figures written to fewer digits: no error, no warning.
    "rounded.yaml": _article(
        "herald-rounded",
        "Ruritania's economy passes $105 billion",
        [
            '{id: gdp, metric: gdp, period: 2023, value: 105 billion USD, quote: "an economy of $105 billion"}',
            '{id: growth, kind: change, metric: gdp, from: 2022, to: 2023, value: +5 %, quote: "growth of 5 percent"}',
            '{id: farm-share, kind: share, metric: agriculture, of: gdp, period: 2023, value: 21.0 %, quote: "agriculture, 21.0 percent of output"}',
        ],
    ),
    # Differs from a figure the office marks provisional: a warning, not an error.
    "provisional.yaml": _article(
        "herald-provisional",
        "Ruritania's jobless rate at 5.4 percent",
        [
            '{id: jobless, metric: unemployment_rate, period: 2023, value: 5.4 %, quote: "unemployment stood at 5.4 percent"}',
        ],
    ),
}

# file name -> (its text, the map that imports it)
DATA_FILES = {
    "national-accounts.xml": (sdmx_ml, SDMX_MAP),
    "national-accounts.ss.xml": (sdmx_structure_specific, SDMX_MAP),
    "national-accounts.sdmx.json": (sdmx_json, SDMX_MAP),
    "national-accounts.sdmx.csv": (sdmx_csv, SDMX_MAP),
    "national-accounts.stat.json": (json_stat, TABLE_MAP),
    "API_world_bank.csv": (world_bank, WORLD_BANK_MAP),
    "national-accounts-long.csv": (table_long, TABLE_MAP),
    "national-accounts-wide.csv": (table_wide, WIDE_MAP),
}
# data file -> the SDMX-ML structure message it is read with (--structure)
STRUCTURES = {"national-accounts.ss.xml": "national-accounts.dsd.xml"}
MAPS = {
    "sdmx-map.yaml": SDMX_MAP,
    "world-bank-map.yaml": WORLD_BANK_MAP,
    "table-map.yaml": TABLE_MAP,
    "wide-map.yaml": WIDE_MAP,
}


def map_name(text: str) -> str:
    return next(name for name, content in MAPS.items() if content == text)


def write_all(directory: Path) -> None:
    """Every data file, map, the vocabulary and the articles, into directory/data and
    directory/articles (the vocabulary beside the maps and at the articles' root)."""
    data, articles = directory / "data", directory / "articles"
    data.mkdir(parents=True, exist_ok=True)
    articles.mkdir(parents=True, exist_ok=True)
    for name, (write, _) in DATA_FILES.items():
        (data / name).write_text(write(), encoding="utf-8")
    for name, text in MAPS.items():
        (data / name).write_text(text, encoding="utf-8")
    (data / STRUCTURES["national-accounts.ss.xml"]).write_text(
        structure_definition(), encoding="utf-8"
    )
    (data / "metrics.yaml").write_text(METRICS, encoding="utf-8")
    (articles / "metrics.yaml").write_text(METRICS, encoding="utf-8")
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_all(Path(sys.argv[1]))
