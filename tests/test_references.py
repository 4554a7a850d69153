"""`checker reference import` and checks against reference data, on the project's own fixtures
(tests/reference_fixtures.py): every format imports into a reference file that loads and keeps
the source's precision; articles that disagree get one error each, citing series and vintage."""

from __future__ import annotations

import builtins
import shutil
from fractions import Fraction
from pathlib import Path

import pytest

from checker.cli import main
from checker.engine import check_corpus
from checker.loading import load_corpus
from checker.rules import BUILTIN_RULES, load_rules
from tests import reference_fixtures as fixtures

REPO = Path(__file__).resolve().parent.parent
# The formats that state decimals and statuses, and those that give figures only as written.
STATED = (
    "national-accounts.xml",
    "national-accounts.ss.xml",
    "national-accounts.sdmx.json",
    "national-accounts.sdmx.csv",
)
TABLES = (
    "national-accounts.stat.json",
    "national-accounts-long.csv",
    "national-accounts-wide.csv",
    "API_world_bank.csv",
)
WITH_STATUS = (*STATED, "national-accounts.stat.json", "national-accounts-long.csv")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("references")
    fixtures.write_all(directory)
    return directory


def _import(written: Path, name: str, output: Path, *extra: str) -> int:
    data = written / "data"
    map_file = data / fixtures.map_name(fixtures.DATA_FILES[name][1])
    if name in fixtures.STRUCTURES:
        extra = ("--structure", str(data / fixtures.STRUCTURES[name]), *extra)
    return main(
        ["reference", "import", str(data / name), "--map", str(map_file), "-o", str(output), *extra]
    )


@pytest.fixture(scope="module")
def imported(written: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("imported")
    files = {}
    for name in fixtures.DATA_FILES:
        target = out / f"{name}.reference.yaml"
        assert _import(written, name, target) == 0, name
        files[name] = target
    return files


def _claims(path: Path, written: Path) -> dict:
    corpus = load_corpus([path, written / "data" / "metrics.yaml"])
    assert corpus.errors == [], corpus.errors
    return {c.id: c for c in corpus.claims}


@pytest.mark.parametrize("name", list(fixtures.DATA_FILES))
def test_every_format_imports_into_a_reference_file_that_loads(name, imported, written):
    claims = _claims(imported[name], written)
    assert len(claims) == 8  # POP is not in the map: skipped
    gdp = claims["gdp-Ruritania-2023"]
    assert gdp.source.is_reference
    assert gdp.source.publisher in (fixtures.PROVIDER, "World Bank")
    assert gdp.source.vintage is not None
    assert gdp.series and "GDP" in gdp.series


@pytest.mark.parametrize("name", STATED)
def test_stated_decimals_and_multiplier_give_the_sources_precision(name, imported, written):
    claims = _claims(imported[name], written)
    # 105.2 stated to two decimals, in billions: 105.195 to 105.205 billion.
    gdp = claims["gdp-Ruritania-2023"].quantity.interval
    assert (gdp.low, gdp.high) == (Fraction("105.195e9"), Fraction("105.205e9"))
    # 5.2 stated to two decimals is 5.195 to 5.205 (percent).
    rate = claims["unemployment_rate-Ruritania-2023"].quantity.interval
    assert (rate.low, rate.high) == (Fraction("5.195") / 100, Fraction("5.205") / 100)
    assert claims["unemployment_rate-Ruritania-2023"].status == "provisional"
    assert claims["gdp-Ruritania-2023"].quantity.text == "105.20 billion USD"


@pytest.mark.parametrize("name", TABLES)
def test_figures_without_stated_precision_are_read_as_written(name, imported, written):
    claims = _claims(imported[name], written)
    gdp = claims["gdp-Ruritania-2023"]
    # 105200000000 as written, its zeros digits (round_numbers: exact): to the dollar.
    assert gdp.quantity.interval.low == Fraction(105200000000) - Fraction(1, 2)
    assert gdp.source.round_numbers == "exact"


def _check(article: str | Path, reference: Path, written: Path, tmp_path: Path) -> list:
    """Errors and warnings for one article (a fixture's name, or a file) and one reference file."""
    source = article if isinstance(article, Path) else written / "articles" / article
    shutil.copy(source, tmp_path / source.name)
    shutil.copy(written / "articles" / "metrics.yaml", tmp_path / "metrics.yaml")
    shutil.copy(reference, tmp_path / "reference.yaml")
    corpus = load_corpus([tmp_path])
    assert corpus.errors == []
    rules, errors = load_rules([BUILTIN_RULES])
    assert errors == []
    return [f for f in check_corpus(corpus, rules) if f.severity in ("error", "warning")]


@pytest.mark.parametrize("name", list(fixtures.DATA_FILES))
def test_wrong_level_growth_and_share_get_one_error_each(name, imported, written, tmp_path):
    found = _check("disagrees.yaml", imported[name], written, tmp_path)
    assert sorted((f.rule, f.severity, f.claims[0].claim) for f in found) == [
        ("conflict", "error", "farm-2022"),
        ("growth", "error", "growth"),
        ("share", "error", "farm-share"),
    ]
    for finding in found:
        assert finding.file.endswith("disagrees.yaml")  # placed at the article's claim
        assert "series " in finding.message and "vintage 20" in finding.message
    growth = next(f for f in found if f.rule == "growth")
    assert "+5.2%" in growth.message and "+6.2 %" in growth.message


@pytest.mark.parametrize("name", list(fixtures.DATA_FILES))
@pytest.mark.parametrize("article", ["agrees.yaml", "rounded.yaml"])
def test_an_article_that_agrees_within_rounding_gets_nothing(
    name, article, imported, written, tmp_path
):
    assert _check(article, imported[name], written, tmp_path) == []


@pytest.mark.parametrize("name", WITH_STATUS)
def test_a_provisional_reference_figure_gives_a_warning(name, imported, written, tmp_path):
    (found,) = _check("provisional.yaml", imported[name], written, tmp_path)
    assert (found.rule, found.severity) == ("conflict", "warning")
    assert "provisional" in found.message and "may still be revised" in found.message


def test_a_reference_released_after_the_article_gives_a_warning(imported, written, tmp_path):
    text = imported["national-accounts.xml"].read_text(encoding="utf-8")
    later = tmp_path / "later.yaml"
    later.write_text(text.replace("2024-03-01", "2024-09-30"), encoding="utf-8")
    (tmp_path / "run").mkdir()
    found = _check("disagrees.yaml", later, written, tmp_path / "run")
    assert {f.severity for f in found} == {"warning"}
    assert all("the reference at 2024-09-30 gives" in f.message for f in found)
    assert all("released" not in f.message or "after the article" in f.message for f in found)


def test_two_releases_that_differ_are_a_note(imported, written, tmp_path):
    first = imported["national-accounts.xml"]
    text = first.read_text(encoding="utf-8").replace("2024-03-01", "2024-09-30")
    second = tmp_path / "second.yaml"
    second.write_text(text.replace("105.20 billion", "105.90 billion"), encoding="utf-8")
    shutil.copy(first, tmp_path / "first.yaml")
    shutil.copy(written / "data" / "metrics.yaml", tmp_path / "metrics.yaml")
    rules, _ = load_rules([BUILTIN_RULES])
    findings = check_corpus(load_corpus([tmp_path]), rules)
    conflicts = [f for f in findings if f.rule == "conflict"]
    assert [f.severity for f in conflicts] == ["info"]
    assert conflicts[0].message.startswith("the references differ")


def test_unmapped_series_are_counted_and_nothing_mapped_is_exit_2(written, tmp_path, capsys):
    assert _import(written, "national-accounts.xml", tmp_path / "a.yaml") == 0
    assert "1 observation of 1 series the map does not name skipped (A.RT.POP)" in (
        capsys.readouterr().err
    )
    bare = tmp_path / "map.yaml"
    bare.write_text("entity: REF_AREA\nmetric: INDICATOR\nseries: {X: gdp}\nentities: {RT: R}\n")
    data = written / "data"
    code = main(
        ["reference", "import", str(data / "national-accounts.xml"), "--map", str(bare),
         "--metrics", str(data / "metrics.yaml"), "-o", str(tmp_path / "b.yaml")]
    )  # fmt: skip
    assert code == 2
    assert "0 reference claims" in capsys.readouterr().err
    assert not (tmp_path / "b.yaml").exists()


def test_a_map_naming_an_unknown_metric_is_exit_2_at_its_place(written, tmp_path, capsys):
    bad = tmp_path / "map.yaml"
    bad.write_text(
        "entity: REF_AREA\nmetric: INDICATOR\nseries:\n  GDP: {metric: gpd}\nentities: {RT: R}\n"
    )
    data = written / "data"
    code = main(
        ["reference", "import", str(data / "national-accounts.xml"), "--map", str(bad),
         "--metrics", str(data / "metrics.yaml"), "-o", str(tmp_path / "b.yaml")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert f"{bad}:4:" in err and "'gpd' is not in the vocabulary" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "broken", "where"),
    [
        (
            "national-accounts.xml",
            '<message:GenericData xmlns:message="http://www.sdmx.org/">\n  <oops',
            ":2:",
        ),
        ("national-accounts.sdmx.json", '{"header": {},\n "dataSets": [1,,]}', ":2:"),
        ("national-accounts.stat.json", '{"class": "dataset",\n "dimension": }', ":2:"),
        (
            "national-accounts-long.csv",
            "area,indicator,year,value,status\nRT,GDP,2023,lots,\n",
            ":2:4",
        ),
        (
            "API_world_bank.csv",
            '"Data Source","World Development Indicators",\nno header\n',
            ":5:1",
        ),
    ],
)
def test_a_malformed_data_file_is_exit_2_with_its_place(
    name, broken, where, written, tmp_path, capsys
):
    data = tmp_path / name
    data.write_text(broken, encoding="utf-8")
    map_file = written / "data" / fixtures.map_name(fixtures.DATA_FILES[name][1])
    code = main(
        ["reference", "import", str(data), "--map", str(map_file),
         "--metrics", str(written / "data" / "metrics.yaml"), "-o", str(tmp_path / "out.yaml")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert f"{data}{where}" in err, err
    assert "Traceback" not in err
    assert not (tmp_path / "out.yaml").exists()


def test_an_existing_file_is_replaced_only_with_force(written, tmp_path, capsys):
    target = tmp_path / "reference.yaml"
    target.write_text("# mine\n", encoding="utf-8")
    assert _import(written, "national-accounts-long.csv", target) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert _import(written, "national-accounts-long.csv", target, "--force") == 0
    assert "gdp-Ruritania-2023" in target.read_text(encoding="utf-8")


def test_an_imported_yaml_file_is_replaced_by_importing_again(written, tmp_path, capsys):
    target = tmp_path / "reference.yaml"
    assert _import(written, "national-accounts-long.csv", target) == 0
    assert target.read_text(encoding="utf-8").startswith("# Reference claims imported by")
    assert _import(written, "national-accounts-long.csv", target) == 0, capsys.readouterr().err


def test_an_imported_json_lines_file_carries_no_mark_and_needs_force(written, tmp_path, capsys):
    target = tmp_path / "reference.jsonl"
    assert _import(written, "national-accounts-long.csv", target) == 0
    assert _import(written, "national-accounts-long.csv", target) == 2
    assert "--force" in capsys.readouterr().err


def test_json_lines_hold_one_source_per_dataset(written, tmp_path, capsys):
    data = written / "data"
    both = tmp_path / "map.yaml"  # the SDMX codes and the World Bank's
    both.write_text(
        fixtures.SDMX_MAP.replace("series:\n", "series:\n  NY.GDP.MKTP.CD: gdp\n").replace(
            "entities: {", "entities: {RTA: Ruritania, GFK: Grand Fenwick, "
        ),
        encoding="utf-8",
    )
    files = [str(data / "national-accounts.xml"), str(data / "API_world_bank.csv")]
    common = ["--map", str(both), "--metrics", str(data / "metrics.yaml")]
    assert main(["reference", "import", *files, *common, "-o", str(tmp_path / "all.yaml")]) == 2
    assert "write JSON Lines" in capsys.readouterr().err
    output = tmp_path / "all.jsonl"
    assert main(["reference", "import", *files, *common, "-o", str(output)]) == 0
    assert len(output.read_text(encoding="utf-8").splitlines()) == 2  # two sources
    corpus = load_corpus([output, data / "metrics.yaml"])
    assert corpus.errors == []
    assert {c.source.publisher for c in corpus.claims} == {fixtures.PROVIDER, "World Bank"}


def test_sdmx_without_its_library_names_the_pip_command(written, tmp_path, monkeypatch, capsys):
    real_import = builtins.__import__

    def no_sdmx(name, *args, **kwargs):
        if name == "sdmx" or name.startswith("sdmx."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_sdmx)
    assert _import(written, "national-accounts.xml", tmp_path / "out.yaml") == 2
    assert "pip install 'checker[references]'" in capsys.readouterr().err


def test_the_committed_fixtures_are_what_the_module_writes(tmp_path):
    fixtures.write_all(tmp_path)
    committed = REPO / "tests" / "fixtures" / "references"
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            relative = path.relative_to(tmp_path)
            assert (committed / relative).read_text(encoding="utf-8") == path.read_text(
                encoding="utf-8"
            ), (
                f"tests/fixtures/references/{relative} is stale: python -m tests.reference_fixtures tests/fixtures/references"
            )


def test_precision_without_a_scale_word_is_kept_as_a_range(written, tmp_path):
    """1.05E+11 is known to the hundred million: written as the range it stands for, never as a
    figure exact to the dollar; a unit multiplier of 2 shifts the decimal point the same way."""
    table = tmp_path / "table.csv"
    table.write_text(
        "area,indicator,year,value,status\nRT,GDP,2023,1.05E+11,\nRT,AGR,2023,22.1,r\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.yaml"
    code = main(
        ["reference", "import", str(table), "--map", str(written / "data" / "table-map.yaml"),
         "-o", str(output)]
    )  # fmt: skip
    assert code == 0
    claims = _claims(output, written)
    gdp = claims["gdp-Ruritania-2023"]
    assert gdp.quantity.text == "104500000000 .. 105500000000 USD"
    assert gdp.quantity.interval.low <= Fraction(
        "104.5e9"
    ) and gdp.quantity.interval.high >= Fraction("105.5e9")
    assert claims["agriculture-Ruritania-2023"].status == "revised"  # Eurostat's flag r


def test_series_mapped_as_changes_and_shares_check_stated_changes_and_shares(written, tmp_path):
    """A provider's growth rates and shares are compared with the article's (change-conflict,
    share-conflict); a reference figure nothing sets against gets no note of its own."""
    table = tmp_path / "rates.csv"
    table.write_text(
        "area,indicator,year,value,status\nRT,GDP_G,2023,5.2,\nRT,AGR_S,2023,21.0,p\n",
        encoding="utf-8",
    )
    map_file = tmp_path / "map.yaml"
    map_file.write_text(
        "provider: Office\nvintage: 2024-03-01\nentity: area\nmetric: indicator\nperiod: year\n"
        "value: value\nstatus: status\nseries:\n  GDP_G: {metric: gdp, kind: change}\n"
        "  AGR_S: {metric: agriculture, kind: share, of: gdp}\nentities: {RT: Ruritania}\n",
        encoding="utf-8",
    )
    output = tmp_path / "ref.yaml"
    common = ["--metrics", str(written / "data" / "metrics.yaml"), "-o", str(output)]
    assert main(["reference", "import", str(table), "--map", str(map_file), *common]) == 0
    (tmp_path / "run").mkdir()
    found = _check("disagrees.yaml", output, written, tmp_path / "run")
    assert sorted((f.rule, f.severity) for f in found) == [
        ("change-conflict", "error"),
        ("share-conflict", "warning"),  # the provider's share is provisional
    ]
    rules, _ = load_rules([BUILTIN_RULES])
    notes = check_corpus(load_corpus([tmp_path / "run"]), rules)
    assert all(not f.file.endswith("reference.yaml") for f in notes)


def test_a_change_in_points_is_checked_against_reference_levels(imported, written, tmp_path):
    article = tmp_path / "points.yaml"
    article.write_text(
        "source: {id: points, title: Jobless rate falls, published: 2024-05-01}\n"
        "defaults: {entity: Ruritania}\nclaims:\n"
        "  - {id: fell, kind: change, metric: unemployment_rate, period: 2023, basis: yoy,"
        " value: -0.5 pp}\n",
        encoding="utf-8",
    )
    (tmp_path / "run").mkdir()
    shutil.copy(article, written / "articles" / "points.yaml")
    try:
        (found,) = _check(
            "points.yaml", imported["national-accounts.xml"], written, tmp_path / "run"
        )
    finally:
        (written / "articles" / "points.yaml").unlink()
    # 5.50 % -> 5.20 % is -0.30 pp; the 2023 figure is provisional, so a warning.
    assert (found.rule, found.severity) == ("percentage-points", "warning")
    assert "-0.30 pp" in found.message and "series A.RT.UNR" in found.message


def _table_import(
    written: Path, tmp_path: Path, rows: str, extra_series: str = ""
) -> tuple[int, Path]:
    table = tmp_path / "table.csv"
    table.write_text("area,indicator,year,value,status\n" + rows, encoding="utf-8")
    map_file = tmp_path / "map.yaml"
    map_file.write_text(
        fixtures.TABLE_MAP.replace("series:\n", "series:\n" + extra_series), encoding="utf-8"
    )
    output = tmp_path / "out.yaml"
    metrics = str(written / "data" / "metrics.yaml")
    args = ["reference", "import", str(table), "--map", str(map_file), "--metrics", metrics]
    return main([*args, "-o", str(output)]), output


def test_statistical_period_notations_are_read(written, tmp_path):
    code, output = _table_import(
        written,
        tmp_path,
        "RT,GDP,2023Q1,26100000000,\nRT,GDP,2023M04,8800000000,\nRT,GDP,2023-S1,51.0e9,\n",
    )
    assert code == 0
    assert {str(c.period) for c in _claims(output, written).values()} == {
        "2023-Q1",
        "2023-04",
        "2023-H1",
    }


@pytest.mark.parametrize(
    ("rows", "extra_map", "said"),
    [
        ("RT,GDP,2023,nan,\n", "", ":2:4: 'nan' is not a number"),
        ("RT,GDP,week 3,5,\n", "", "the period 'week 3' cannot be read"),
        (
            "RT,POP,2023,3.4,\n",
            "  POP: {metric: gdp, unit: km**2}\n",
            "is not measured like metric 'gdp'",
        ),
    ],
)
def test_figures_that_would_not_load_stop_the_import(
    written, tmp_path, capsys, rows, extra_map, said
):
    code, output = _table_import(written, tmp_path, rows, extra_map)
    err = capsys.readouterr().err
    assert code == 2
    assert said in err, err
    assert "Traceback" not in err and not output.exists()


def test_a_map_with_a_bad_vintage_or_an_output_of_another_kind_is_exit_2(written, tmp_path, capsys):
    code, _ = _table_import(written, tmp_path, "RT,GDP,2023,5,\n", "")
    assert code == 0
    map_file = tmp_path / "map.yaml"
    map_file.write_text(fixtures.TABLE_MAP.replace("vintage: 2024-03-01", "vintage: last spring"))
    args = ["reference", "import", str(tmp_path / "table.csv"), "--map", str(map_file)]
    metrics = ["--metrics", str(written / "data" / "metrics.yaml")]
    assert main([*args, *metrics, "-o", str(tmp_path / "again.yaml")]) == 2
    assert f"{map_file}:4:" in capsys.readouterr().err
    assert (
        main(
            [
                *args[:3],
                "--map",
                str(written / "data" / "table-map.yaml"),
                *metrics,
                "-o",
                str(tmp_path / "o.txt"),
            ]
        )
        == 2
    )
    assert "YAML (.yaml, .yml) or JSON Lines (.jsonl)" in capsys.readouterr().err


def test_structure_specific_sdmx_needs_its_structure(written, tmp_path, capsys):
    """Without its structure, UNIT_MULT would be read as a dimension and 105.2 billion as 105.2."""
    data = written / "data"
    code = main(
        ["reference", "import", str(data / "national-accounts.ss.xml"), "--map",
         str(data / "sdmx-map.yaml"), "-o", str(tmp_path / "out.yaml")]
    )  # fmt: skip
    assert code == 2
    assert "--structure" in capsys.readouterr().err
    assert not (tmp_path / "out.yaml").exists()
