"""Tables of articles as input (`--input`, `extract_rows`) and the same tables through Apache Spark.

The Spark test runs the fixtures through a local Spark session and compares both
output tables, row for row, with the CLI's `--input … --format parquet` on the
same table. It needs pyspark, pyarrow and a Java runtime; `.ci/run` installs all
three, so in CI it always runs.
"""
from __future__ import annotations

import csv
import json
import math
import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, SEED

from newsfacts.article_tables import ArticleColumns, article_rows, extract_row, read_article_table
from newsfacts.cli import cli
from newsfacts.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [SEED, *sorted(CORPUS.glob("*.txt"))[:12], *sorted((ROOT / "fixtures" / "html").glob("*.html"))[:6]]
BAD_ROWS = [
    {"id": "empty", "text": "   "},
    {"id": "no-text", "text": None},
    {"id": "binary", "text": "\x00\x01\x02\x03" * 50},
]


def _article_rows() -> list[dict]:
    rows = [{"id": path.name, "text": path.read_text(encoding="utf-8"), "title": None, "published": None, "url": None}
            for path in ARTICLES]
    # a plain-text row given its title and date by the table: 今年 resolves against the given date
    rows.append({"id": "plain-2021", "text": "今年前三季度，全市实现地区生产总值1.2万亿元，同比增长8.1%。",
                 "title": "前三季度经济运行情况", "published": "2021-10-20", "url": "https://example.com/a"})
    return rows + BAD_ROWS


def _write_jsonl(rows: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_row_is_the_same_document_as_its_file():
    """The body of a row goes through the very pipeline a file does: same facts, same fields."""
    row = next(article_rows([{"id": SEED.name, "text": SEED.read_text(encoding="utf-8")}]))
    from_row, from_file = extract_row(row), extract(str(SEED))
    assert from_row.doc_id == SEED.name and from_row.error is None
    assert [f.to_dict() for f in from_row.facts] == [f.to_dict() for f in from_file.facts]
    assert (from_row.title, from_row.published, from_row.reporter) == (from_file.title, from_file.published, from_file.reporter)
    assert len(from_row.facts) > 100


def test_columns_fill_what_the_text_does_not_say():
    rows = list(article_rows(_article_rows()[-4:-3]))
    document = extract_row(rows[0])
    assert document.title == "前三季度经济运行情况" and document.url == "https://example.com/a"
    assert document.published.startswith("2021-10-20")
    dates = [f for f in document.facts if f.type == "date"]
    assert [f.get("value") for f in dates] == ["2021-Q1/2021-Q3"]


def test_bad_rows_are_error_documents_and_the_rest_are_read():
    documents = [extract_row(row) for row in article_rows(_article_rows())]
    errors = {d.doc_id: d.error for d in documents if d.error}
    assert set(errors) == {"empty", "no-text", "binary"}
    assert all(errors.values())
    assert all(d.facts for d in documents if not d.error)
    assert sum(1 for d in documents if not d.error) == len(ARTICLES) + 1


def test_jsonl_and_csv_tables_read_the_same_rows(tmp_path):
    rows = _article_rows()[:4]
    jsonl = _write_jsonl(rows, tmp_path / "a.jsonl")
    with open(tmp_path / "a.csv", "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "text", "title", "published", "url"])
        writer.writeheader()
        writer.writerows(rows)
    from_jsonl = [r["text"] for r in read_article_table(str(jsonl))]
    from_csv = [r["text"] for r in read_article_table(str(tmp_path / "a.csv"))]
    assert from_jsonl == from_csv == [r["text"] for r in rows]


def test_cli_input_table_names_a_missing_column(tmp_path):
    table = _write_jsonl([{"key": "a", "body": "营收12亿元"}], tmp_path / "a.jsonl")
    result = CliRunner().invoke(cli, ["extract", "--input", str(table)])
    assert result.exit_code == 2
    assert "'id'" in result.output and "--id-column" in result.output
    ok = CliRunner().invoke(cli, ["extract", "--input", str(table), "--id-column", "key", "--text-column", "body",
                                  "--format", "jsonl"])
    assert ok.exit_code == 0, ok.output
    document = json.loads(ok.stdout)
    assert document["doc_id"] == "a" and [f["value"] for f in document["facts"]] == [1200000000]


def test_cli_input_table_gives_one_document_per_row_with_errors(tmp_path):
    table = _write_jsonl(_article_rows(), tmp_path / "articles.jsonl")
    result = CliRunner().invoke(cli, ["extract", "--input", str(table), "--format", "jsonl", "--jobs", "1"])
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc_id"] for d in documents] == [r["id"] for r in _article_rows()]
    assert result.exit_code == 1  # some rows failed
    assert {d["doc_id"] for d in documents if d["error"]} == {"empty", "no-text", "binary"}


# --------------------------------------------------------------------------- Spark


def _have_spark() -> bool:
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME"))


needs_spark = pytest.mark.skipif(not _have_spark(), reason="needs pyspark, pyarrow and Java (pip install '.[spark]'; .ci/run installs them)")


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("newsfacts-test")
               .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12) or (math.isnan(a) and math.isnan(b))
    return a == b


def _normalized(rows: list[dict]) -> list[dict]:
    """Rows with Arrow's and Spark's spellings of the same value made equal (timestamps in UTC, json as objects)."""
    from datetime import timezone

    out = []
    for row in rows:
        fixed = {}
        for key, value in row.items():
            if hasattr(value, "astimezone") and hasattr(value, "hour"):
                value = value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
            elif key == "stocks" and isinstance(value, str):
                value = json.loads(value)
            elif isinstance(value, tuple):
                value = list(value)
            fixed[key] = value
        out.append(fixed)
    return out


@needs_spark
def test_spark_tables_equal_the_cli_tables_row_for_row(spark, tmp_path):
    import pyarrow.parquet as pq

    from newsfacts.spark import extract_facts

    rows = _article_rows()
    table = _write_jsonl(rows, tmp_path / "articles.jsonl")
    out = tmp_path / "cli.parquet"
    result = CliRunner().invoke(cli, ["extract", "--input", str(table), "--title-column", "title",
                                      "--published-column", "published", "--url-column", "url",
                                      "--format", "parquet", "-o", str(out), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    cli_docs, cli_facts = _cli_parquet_tables(pq, out)

    articles = spark.createDataFrame(rows, "id string, text string, title string, published string, url string")
    documents, facts = extract_facts(articles, title_column="title", published_column="published", url_column="url")
    spark_docs = sorted((r.asDict(recursive=True) for r in documents.collect()), key=lambda r: r["doc_id"])
    spark_facts = sorted((r.asDict(recursive=True) for r in facts.collect()), key=lambda r: (r["doc_id"], r["fact_id"]))

    assert len(spark_docs) == len(rows) and len(spark_facts) > 1000
    assert _normalized(spark_docs) == _normalized(sorted(cli_docs, key=lambda r: r["doc_id"]))
    left, right = _normalized(spark_facts), _normalized(sorted(cli_facts, key=lambda r: (r["doc_id"], r["fact_id"])))
    assert len(left) == len(right)
    for a, b in zip(left, right):
        assert a.keys() == b.keys()
        assert {k: (a[k], b[k]) for k in a if not _same(a[k], b[k])} == {}
    assert {r["doc_id"] for r in spark_docs if r["error"]} == {"empty", "no-text", "binary"}


def _cli_parquet_tables(pq, out: Path) -> tuple[list[dict], list[dict]]:
    """The CLI's Parquet output: a folder or two files holding the documents and facts tables."""
    candidates = {p.stem.split(".")[-1] if "." in p.stem else p.stem: p for p in out.parent.glob(out.stem + "*") if p.is_file()}
    if out.is_dir():
        candidates = {p.stem: p for p in out.glob("*.parquet")}
    docs_path = next(p for name, p in candidates.items() if "document" in name)
    facts_path = next(p for name, p in candidates.items() if "fact" in name)
    return pq.read_table(docs_path).to_pylist(), pq.read_table(facts_path).to_pylist()


def test_output_does_not_depend_on_the_process_hash_seed(tmp_path):
    """Spark workers, CLI workers and the library must agree: no result may follow a set's order."""
    import subprocess

    inputs = [str(SEED), str(CORPUS), str(ROOT / "fixtures" / "html")]
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "newsfacts", "extract", "--format", "jsonl", "--jobs", "1", *inputs],
                             env=env, capture_output=True, check=False)
        outputs.append(run.stdout)
    assert len(outputs[0].splitlines()) > 50
    assert outputs[0] == outputs[1]
