"""The extractor on Apache Spark: a DataFrame of articles in, the `documents` and `facts` tables out.

Each Python worker runs the ordinary pipeline over Arrow batches of rows
(`mapInArrow`), so the dictionaries, patterns and segmenter load once per
worker process and stay loaded for every later batch, never once per row. One
pass builds a row per document holding its facts as an array; the two tables
are views of that pass (the documents without the array, the array exploded),
kept with `persist()` so writing both tables extracts each article once.

Column names and types are those of `newsfacts.records` (the CLI's Parquet and
SQLite tables), so a table written here and one written by
`newsfacts extract --format parquet` read alike.

Needs `pip install 'newsfacts[spark]'` (pyspark and pyarrow) and a Java runtime.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .article_tables import ArticleColumns
from .records import DOCUMENT_COLUMNS, FACT_COLUMNS, Column

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame

FACTS_FIELD = "facts"

_SPARK_TYPES = {
    "string": "string", "int": "bigint", "float": "double", "bool": "boolean",
    "date": "date", "timestamp": "timestamp", "list<int>": "array<bigint>",
    "list<string>": "array<string>", "json": "string",
}


def _ddl(columns: tuple[Column, ...]) -> str:
    """Spark's DDL for declared columns (names quoted: `end` and `where` are SQL words)."""
    return ", ".join(f"`{c.name}` {_SPARK_TYPES[c.type]}" for c in columns)


def output_ddl() -> str:
    """The schema of the one pass: the documents' columns plus an array of fact rows."""
    return f"{_ddl(DOCUMENT_COLUMNS)}, `{FACTS_FIELD}` array<struct<{_ddl(FACT_COLUMNS).replace('` ', '`: ')}>>"


def _arrow_schema() -> pa.Schema:
    """The one pass's Arrow schema: the documents' columns (as the Parquet writer declares them) and the facts."""
    import pyarrow as pa

    from .table_writers import arrow_schema

    facts = pa.struct(list(arrow_schema(FACT_COLUMNS)))
    return pa.schema([*arrow_schema(DOCUMENT_COLUMNS), pa.field(FACTS_FIELD, pa.list_(facts))])


def _batch_rows(documents: list) -> list[dict]:
    """Each document's row with its fact rows nested under `facts`."""
    from .records import document_record, fact_records
    from .table_writers import arrow_value

    rows = []
    for document in documents:
        row = document_record(document)
        out = {c.name: arrow_value(c, row[c.name]) for c in DOCUMENT_COLUMNS}
        out[FACTS_FIELD] = [{c.name: arrow_value(c, f[c.name]) for c in FACT_COLUMNS} for f in fact_records(document)]
        rows.append(out)
    return rows


def extract_batches(batches: Iterator[pa.RecordBatch], columns: ArticleColumns) -> Iterator[pa.RecordBatch]:
    """Arrow batches of article rows → Arrow batches of document rows with their facts.

    This is the function each Spark worker runs; it is plain Python over Arrow, so
    it is tested without Spark too."""
    import pyarrow as pa

    from .article_tables import article_rows, extract_row

    schema = _arrow_schema()
    for batch in batches:
        documents = [extract_row(row) for row in article_rows(batch.to_pylist(), columns)]
        yield pa.RecordBatch.from_pylist(_batch_rows(documents), schema=schema)


def extract_facts(
    df: DataFrame,
    id_column: str = "id",
    text_column: str = "text",
    title_column: str | None = None,
    published_column: str | None = None,
    url_column: str | None = None,
    rows_per_batch: int | None = 64,
) -> tuple[DataFrame, DataFrame]:
    """A Spark DataFrame of articles → `(documents, facts)`, two Spark DataFrames of the declared schema.

    Rows whose text cannot be read become documents with `error` set, like bad
    files in a batch. The pass that both results share is persisted
    (`spark.catalog.clearCache()` frees it).

    `rows_per_batch` sets the session's `spark.sql.execution.arrow.maxRecordsPerBatch`
    (Spark's default, 10,000 rows, puts 10,000 whole articles in a worker's memory
    at once); `None` leaves the session's setting alone.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if rows_per_batch is not None:
        df.sparkSession.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(rows_per_batch))
    columns = ArticleColumns(id=id_column, text=text_column, title=title_column,
                             published=published_column, url=url_column)
    wanted = [name for name in (id_column, text_column, title_column, published_column, url_column) if name]
    missing = [name for name in wanted if name not in df.columns]
    if missing:
        raise ValueError(f"no column {', '.join(map(repr, missing))} in the DataFrame (its columns: {', '.join(df.columns)})")
    articles = df.select(*[F.col(f"`{name}`").cast("string") if name != text_column else F.col(f"`{name}`")
                           for name in dict.fromkeys(wanted)])

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        return extract_batches(batches, columns)

    both = articles.mapInArrow(run, output_ddl()).persist(StorageLevel.MEMORY_AND_DISK)
    documents = both.drop(FACTS_FIELD)
    facts = both.select(F.explode(FACTS_FIELD).alias("fact")).select("fact.*")
    return documents, facts
