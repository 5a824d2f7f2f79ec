"""Parquet and SQLite: both tables, `documents` and `facts`, with the column types of `records`.

Each sink takes `(document row, fact rows)` parts (what `writers.render` gives for a
table format), buffers a few hundred documents and writes them out, so a long
batch uses bounded memory. Files appear only when the sink closes well: each is
written under a temporary name and renamed at the end.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from .errors import OutputError
from .records import DOCUMENT_COLUMNS, FACT_COLUMNS, TABLES, Column

BATCH_DOCUMENTS = 500


def open_table_output(format_name: str, path: str):
    if format_name == "sqlite":
        return SqliteOutput(path)
    if format_name == "parquet":
        return ParquetOutput(path)
    raise ValueError(f"not a table format: {format_name}")


class _BufferedOutput:
    """Collects rows per table and hands them to `_flush` every BATCH_DOCUMENTS documents."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}

    def add(self, part: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        document_row, fact_rows = part
        self.rows["documents"].append(document_row)
        self.rows["facts"].extend(fact_rows)
        if len(self.rows["documents"]) >= BATCH_DOCUMENTS:
            self._flush()

    def _take(self) -> dict[str, list[dict[str, Any]]]:
        rows, self.rows = self.rows, {name: [] for name in TABLES}
        return rows

    def _flush(self) -> None:
        raise NotImplementedError


SQLITE_TYPES = {"string": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "date": "DATE",
                "timestamp": "TIMESTAMP", "list<int>": "JSON", "list<string>": "JSON", "json": "JSON"}


def sqlite_schema() -> str:
    """The CREATE statements of both tables (declared types; lists and nested values as JSON text)."""
    statements = []
    for name, columns in TABLES.items():
        body = ",\n  ".join(f'"{c.name}" {SQLITE_TYPES[c.type]}' for c in columns)
        statements.append(f"CREATE TABLE {name} (\n  {body}\n);")
        statements.append(f"CREATE INDEX {name}_doc_id ON {name} (doc_id);")
    return "\n".join(statements)


def _sqlite_converter(column: Column) -> Callable[[Any], Any] | None:
    """How a column's non-null values are stored; None: as they are (text and numbers)."""
    if column.type in ("list<int>", "list<string>", "json"):
        return _json_text
    if column.type in ("date", "timestamp"):
        return _isoformat
    if column.type == "bool":
        return int
    return None


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _isoformat(value: Any) -> str:
    return value.isoformat()


def _sqlite_rows(columns: tuple[Column, ...], rows: list[dict[str, Any]]) -> Iterator[list[Any]]:
    """The rows as lists in column order; only the columns that need it (lists, dates) are converted."""
    names = [c.name for c in columns]
    converted = [(i, convert) for i, convert in enumerate(map(_sqlite_converter, columns)) if convert is not None]
    for row in rows:
        values = [row[name] for name in names]
        for i, convert in converted:
            if values[i] is not None:
                values[i] = convert(values[i])
        yield values


class SqliteOutput(_BufferedOutput):
    """One SQLite database file with the tables `documents` and `facts` (standard library only)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        import tempfile

        self.path = path
        handle, self.temp = tempfile.mkstemp(prefix=".newsfacts-", suffix=".tmp", dir=os.path.dirname(os.path.abspath(path)))
        os.close(handle)
        self.connection = sqlite3.connect(self.temp)
        self.connection.executescript(sqlite_schema())

    def _flush(self) -> None:
        for name, rows in self._take().items():
            columns = TABLES[name]
            marks = ", ".join("?" for _ in columns)
            self.connection.executemany(f"INSERT INTO {name} VALUES ({marks})", _sqlite_rows(columns, rows))

    def close(self) -> None:
        self._flush()
        self.connection.commit()
        self.connection.close()
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        self.connection.close()
        if os.path.exists(self.temp):
            os.unlink(self.temp)


def arrow_schema(columns: tuple[Column, ...]):
    """The pyarrow schema of a table: `published` as a timestamp in Beijing time, dates as date32."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "timestamp": pa.timestamp("us", tz="+08:00"),
             "list<int>": pa.list_(pa.int64()), "list<string>": pa.list_(pa.string()), "json": pa.string()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in columns])


class ParquetOutput(_BufferedOutput):
    """A folder holding `documents.parquet` and `facts.parquet` (needs pyarrow: `pip install newsfacts[parquet]`)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise OutputError("--format parquet needs pyarrow: pip install 'newsfacts[parquet]'") from None
        os.makedirs(path, exist_ok=True)
        self.path = path
        self.schemas = {"documents": arrow_schema(DOCUMENT_COLUMNS), "facts": arrow_schema(FACT_COLUMNS)}
        self.temps = {name: os.path.join(path, f".newsfacts-{name}.parquet.tmp") for name in TABLES}
        self.writers = {name: pq.ParquetWriter(self.temps[name], self.schemas[name]) for name in TABLES}

    def _flush(self) -> None:
        import pyarrow as pa

        for name, rows in self._take().items():
            if not rows:
                continue
            columns = TABLES[name]
            data = {c.name: _arrow_column(c, rows) for c in columns}
            self.writers[name].write_table(pa.Table.from_pydict(data, schema=self.schemas[name]))

    def close(self) -> None:
        self._flush()
        for name, writer in self.writers.items():
            writer.close()
            os.replace(self.temps[name], os.path.join(self.path, f"{name}.parquet"))

    def abort(self) -> None:
        for name, writer in self.writers.items():
            writer.close()
            if os.path.exists(self.temps[name]):
                os.unlink(self.temps[name])


def _arrow_column(column: Column, rows: list[dict[str, Any]]) -> list[Any]:
    """A column's values for Arrow; only `json` columns need converting."""
    if column.type != "json":
        return [row[column.name] for row in rows]
    return [arrow_value(column, row[column.name]) for row in rows]


def arrow_value(column: Column, value: Any) -> Any:
    """A record's value as Arrow takes it: `json` columns as JSON text."""
    if column.type == "json" and value is not None:
        return json.dumps(value, ensure_ascii=False)
    return value
