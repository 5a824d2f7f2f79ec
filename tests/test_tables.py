"""The tables as an analyst loads them: CSV, Parquet and SQLite outputs of the fixtures read with pandas
(and DuckDB), with the declared types, every failed input visible, and doc_ids that join."""
from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import CORPUS, FIXTURES, SEED, extracted

from newsfacts.cli import DEFAULT_GLOB, expand_paths
from newsfacts.writers import write
from newsfacts.records import CSV_COLUMNS, DOCUMENT_COLUMNS, FACT_COLUMNS

pd = pytest.importorskip("pandas")

AMOUNT_TYPES = ("money", "quantity", "percent", "count")
BAD_INPUTS = {"empty.txt": b"", "binary.txt": bytes(range(256)) * 8, "nav_only.html": b"<html><body><nav>x</nav></body></html>"}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The fixtures' articles and three bad files, written once in each table format by the writer the
    command line uses (documents shared with the other tests' cache: extraction is the slow part)."""
    folder = tmp_path_factory.mktemp("tables")
    bad = []
    for name, data in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
        bad.append(str(folder / name))
    inputs = expand_paths([str(SEED), str(CORPUS), str(FIXTURES / "html"), *bad], DEFAULT_GLOB)
    documents = [extracted(path) for path in inputs]
    assert [d.source for d in documents if d.error] == bad
    paths = {"csv": folder / "facts.csv", "parquet": folder / "tables.parquet", "sqlite": folder / "facts.sqlite"}
    for format_name, path in paths.items():
        write(format_name, documents, path)
    return paths, bad, len(inputs)


def _csv_frames(path):
    facts = pd.read_csv(path)
    documents = facts.drop_duplicates("doc_id")
    return documents, facts[facts["type"].notna()]


def _parquet_frames(path):
    return pd.read_parquet(path / "documents.parquet"), pd.read_parquet(path / "facts.parquet")


def _sqlite_frames(path):
    with sqlite3.connect(path) as connection:
        return (pd.read_sql("SELECT * FROM documents", connection),
                pd.read_sql("SELECT * FROM facts", connection, parse_dates=["date_start", "date_end"]))


READERS = {"csv": _csv_frames, "parquet": _parquet_frames, "sqlite": _sqlite_frames}


@pytest.mark.parametrize("format_name", sorted(READERS))
def test_amount_is_a_float_for_every_number(outputs, format_name):
    documents, facts = READERS[format_name](outputs[0][format_name])
    numbers = facts[facts["type"].isin(AMOUNT_TYPES)]
    assert len(numbers) > 1000
    assert facts["amount"].dtype == "float64" and numbers["amount"].notna().all()
    money = facts[(facts["type"] == "money") & (facts["text"] == "5658亿元")]
    assert money["amount"].iloc[0] == 565800000000.0 and money["currency"].iloc[0] == "CNY"
    assert numbers.groupby("type")["amount"].sum().gt(0).all()      # sums, not concatenated strings


@pytest.mark.parametrize("format_name", sorted(READERS))
def test_date_bounds_parse_for_every_date_row(outputs, format_name):
    """Every date row with a year has real bounds; a year-less one (`--10-12`) has none, by decision."""
    documents, facts = READERS[format_name](outputs[0][format_name])
    dates = facts[facts["type"] == "date"]
    yearless = dates["date_iso"].str.startswith("--")
    with_year = dates[~yearless]
    assert len(with_year) > 500 and len(with_year) + yearless.sum() == len(dates)
    start, end = pd.to_datetime(with_year["date_start"]), pd.to_datetime(with_year["date_end"])
    assert start.notna().all() and end.notna().all() and (start <= end).all()
    assert dates[yearless]["date_start"].isna().all() and dates[yearless]["date_end"].isna().all()
    assert set(dates["date_precision"]) <= {"day", "month", "quarter", "half", "year"}
    quarter = with_year[with_year["date_iso"] == "2022-Q1"].iloc[0]
    assert (str(quarter["date_start"])[:10], str(quarter["date_end"])[:10]) == ("2022-01-01", "2022-03-31")
    assert not facts[facts["type"] != "date"]["date_start"].notna().any()


@pytest.mark.parametrize("format_name", sorted(READERS))
def test_error_is_set_exactly_for_the_bad_inputs(outputs, format_name):
    paths, bad, inputs = outputs
    documents, facts = READERS[format_name](paths[format_name])
    failed = documents[documents["error"].notna()]
    assert sorted(failed["source"]) == sorted(bad)
    assert len(documents) == inputs > 80


@pytest.mark.parametrize("format_name", sorted(READERS))
def test_doc_ids_join(outputs, format_name):
    documents, facts = READERS[format_name](outputs[0][format_name])
    assert documents["doc_id"].is_unique
    joined = facts.merge(documents[["doc_id", "source"]], on="doc_id", how="left", suffixes=("", "_doc"))
    assert joined["source" if format_name != "csv" else "source_doc"].notna().all()
    assert set(facts["doc_id"]) < set(documents["doc_id"])          # the bad inputs have no facts


def test_parquet_and_sqlite_declare_the_column_types(outputs):
    paths = outputs[0]
    pq = pytest.importorskip("pyarrow.parquet")
    schema = pq.read_schema(paths["parquet"] / "facts.parquet")
    assert schema.names == [c.name for c in FACT_COLUMNS]
    assert str(schema.field("amount").type) == "double" and str(schema.field("date_start").type) == "date32[day]"
    assert str(schema.field("joins").type) == "list<element: int64>"
    published = pq.read_schema(paths["parquet"] / "documents.parquet").field("published").type
    assert str(published) == "timestamp[us, tz=+08:00]"
    with sqlite3.connect(paths["sqlite"]) as connection:
        declared = {row[1]: row[2] for row in connection.execute("PRAGMA table_info(facts)")}
        assert declared["amount"] == "REAL" and declared["fact_id"] == "INTEGER" and declared["date_start"] == "DATE"
        assert [row[1] for row in connection.execute("PRAGMA table_info(documents)")] == [c.name for c in DOCUMENT_COLUMNS]


def test_duckdb_reads_csv_and_parquet_as_they_are(outputs):
    """DuckDB (in the test extra) on the CSV and the Parquet folder's two files, no options given. It reads
    SQLite only through its sqlite extension, which it downloads on first use: not tested here (pandas and
    the standard library's sqlite3 read the SQLite file above)."""
    duckdb = pytest.importorskip("duckdb")
    paths, bad, inputs = outputs
    csv_path, parquet = paths["csv"], paths["parquet"]
    sql = duckdb.connect().execute
    for facts in (f"read_csv('{csv_path}')", f"read_parquet('{parquet / 'facts.parquet'}')"):
        kinds = dict(sql(f"SELECT type, typeof(any_value(amount)) FROM {facts} WHERE type IN {AMOUNT_TYPES} GROUP BY type").fetchall())
        assert kinds == dict.fromkeys(AMOUNT_TYPES, "DOUBLE")
        assert sql(f"SELECT count(*) FROM {facts} WHERE type IN {AMOUNT_TYPES} AND amount IS NULL").fetchall() == [(0,)]
        total = sql(f"SELECT sum(amount) FROM {facts} WHERE type = 'money' AND text = '5658亿元'").fetchall()[0][0]
        assert total == 565800000000.0
        dates = sql(f"SELECT typeof(any_value(date_start)), count(*), count(date_start), count(date_end) FROM {facts} "
                    "WHERE type = 'date' AND date_iso NOT LIKE '--%'").fetchall()[0]
        assert dates[0] == "DATE" and dates[1] > 500 and dates[1] == dates[2] == dates[3]
    failed = sql(f"SELECT source FROM read_csv('{csv_path}') WHERE error IS NOT NULL").fetchall()
    assert sorted(source for (source,) in failed) == sorted(bad)
    rows = sql(f"SELECT d.source, count(f.fact_id) FROM read_parquet('{parquet / 'documents.parquet'}') d "
               f"LEFT JOIN read_parquet('{parquet / 'facts.parquet'}') f USING (doc_id) "
               "WHERE d.error IS NOT NULL GROUP BY d.source").fetchall()
    assert sorted(rows) == sorted((path, 0) for path in bad)
    assert sql(f"SELECT count(*) FROM read_parquet('{parquet / 'documents.parquet'}')").fetchall() == [(inputs,)]


def test_csv_sector_codes_keep_their_leading_zero_read_as_docs_schema_says(outputs):
    facts = pd.read_csv(outputs[0]["csv"], dtype={"code": str})
    sectors = facts[facts["type"] == "sector"]
    zero = sectors[sectors["code"].str.startswith("0", na=False)]
    assert len(zero) >= 1 and set(zero["taxonomy"]) == {"gbt4754_2017"}
    assert zero["code"].str.fullmatch(r"0\d+").all()          # 01 农业, 06 煤炭开采和洗选业: never 1 or 6


def test_csv_header_is_the_declared_one(outputs):
    with open(outputs[0]["csv"], encoding="utf-8") as stream:
        assert stream.readline().rstrip("\n").split(",") == [c.name for c in CSV_COLUMNS]


def test_to_records_and_to_frames_match_the_json(seed_document):
    tables = seed_document.to_records()
    facts = json.loads(json.dumps(list(seed_document.fact_dicts())))
    assert [r["text"] for r in tables["facts"]] == [f["text"] for f in facts]
    assert [r["fact_id"] for r in tables["facts"]] == list(range(len(facts)))
    documents, frame = seed_document.to_frames()
    assert len(documents) == 1 and documents["fact_count"].iloc[0] == len(facts) == len(frame)
    target = frame[frame["type"] == "target"].iloc[0]
    assert [frame["type"].iloc[i] for i in target["joins"]] == ["year", "money"]
