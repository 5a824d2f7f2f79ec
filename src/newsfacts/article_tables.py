"""Tables of articles as input: each row of a Parquet, JSON Lines or CSV table is one document.

Crawls and daily feeds arrive as tables, not folders of files. A row names its
article by an id column and carries the body (plain text, HTML or a whole post)
in a text column; optional title, publication-date and URL columns fill what
the body itself does not say. A bad row becomes that row's error document, as a
bad file does in a folder, so a table is never lost for one row.
"""
from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document

TABLE_SUFFIXES = (".parquet", ".jsonl", ".ndjson", ".csv")


@dataclass(frozen=True)
class ArticleColumns:
    """Which column of a table of articles holds what; `None` for a column the table lacks."""

    id: str = "id"
    text: str = "text"
    title: str | None = "title"
    published: str | None = "published"
    url: str | None = "url"


class TableError(Exception):
    """A table of articles that cannot be read at all (missing, wrong suffix, no such column)."""


def is_article_table(path: str) -> bool:
    """A path whose suffix names a table of articles (`.parquet`, `.jsonl`, `.ndjson`, `.csv`)."""
    return path.lower().endswith(TABLE_SUFFIXES)


def read_article_table(path: str) -> Iterator[dict[str, Any]]:
    """The rows of a table of articles as dicts, read a batch at a time so a big table never sits in memory."""
    lower = path.lower()
    try:
        if lower.endswith(".parquet"):
            yield from _parquet_rows(path)
        elif lower.endswith((".jsonl", ".ndjson")):
            yield from _jsonl_rows(path)
        elif lower.endswith(".csv"):
            yield from _csv_rows(path)
        else:
            raise TableError(f"{path}: not a table of articles (use .parquet, .jsonl, .ndjson or .csv)")
    except OSError as err:
        raise TableError(f"{path}: {err.strerror or err}") from None


def _parquet_rows(path: str) -> Iterator[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise TableError(f"{path}: reading Parquet needs pyarrow: pip install 'newsfacts[parquet]'") from None
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises its own ArrowInvalid for a file that is no Parquet
        raise TableError(f"{path}: not a Parquet file ({type(err).__name__}: {err})") from None
    for batch in parquet.iter_batches(batch_size=1024):
        yield from batch.to_pylist()


def _jsonl_rows(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8-sig", errors="strict") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                row = {"__error__": f"line {number} is not JSON ({err.msg})", "__line__": number}
            if not isinstance(row, dict):
                row = {"__error__": f"line {number} is not a JSON object", "__line__": number}
            yield row


def _csv_rows(path: str) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8-sig", newline="") as stream:
        yield from csv.DictReader(stream)


def check_columns(row: Mapping[str, Any], columns: ArticleColumns, table: str) -> None:
    """Refuse a table whose first row lacks the id or text column: every row would fail the same way."""
    if "__error__" in row:
        return
    for option, name in (("--id-column", columns.id), ("--text-column", columns.text)):
        if name not in row:
            have = ", ".join(map(str, row)) or "none"
            raise TableError(f"{table}: no column {name!r} ({option}); the table's columns are: {have}")


def row_id(row: Mapping[str, Any], columns: ArticleColumns, number: int) -> str:
    """The row's id as text (the document's `doc_id`); the row number when the id is missing."""
    value = row.get(columns.id)
    if value is None or value == "":
        return f"row {number}"
    return str(value)


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):  # a Parquet timestamp or date column
        return value.isoformat()
    text = str(value).strip()
    return text or None


@dataclass(frozen=True)
class ArticleRow:
    """One row made ready for the pipeline: its id, body and the fields the columns give."""

    doc_id: str
    text: Any
    title: str | None
    published: str | None
    url: str | None
    error: str | None = None


def article_rows(rows: Iterable[Mapping[str, Any]], columns: ArticleColumns = ArticleColumns()) -> Iterator[ArticleRow]:
    """Rows of a table as ArticleRows, numbered from 1; a row that cannot be an article carries its error."""
    for number, row in enumerate(rows, 1):
        doc_id = row_id(row, columns, number)
        error = row.get("__error__")
        text = row.get(columns.text)
        if error is None and (text is None or (isinstance(text, str) and not text.strip())):
            error = f"empty {columns.text!r} column"
        elif error is None and not isinstance(text, (str, bytes)):
            error = f"{columns.text!r} column holds {type(text).__name__}, not text"
        yield ArticleRow(
            doc_id=doc_id,
            text=text,
            title=_text_or_none(row.get(columns.title)) if columns.title else None,
            published=_text_or_none(row.get(columns.published)) if columns.published else None,
            url=_text_or_none(row.get(columns.url)) if columns.url else None,
            error=error,
        )


def table_tasks(table: str, columns: ArticleColumns, settings: tuple) -> list[tuple]:
    """The CLI's tasks for a table: `(index, ArticleRow, *settings)` a row; the table's columns checked first."""
    rows = read_article_table(table)
    first = next(rows, None)
    if first is None:
        raise TableError(f"{table}: the table holds no rows")
    check_columns(first, columns, table)
    return [(i, row, *settings) for i, row in enumerate(article_rows(itertools.chain([first], rows), columns))]


def extract_row(row: ArticleRow, published: Any = None, keep_offset: bool = False) -> Document:
    """One row → its Document; never raises for bad input (the row's error document instead).

    The row's id is the document's `doc_id` and its `source`; the title, date and
    address columns fill what the article itself does not say, and the date is
    what relative dates (今年, 上周一) resolve against. `published` is the date for
    rows that give none in their column either (the CLI's --published)."""
    from .document import Document
    from .errors import InputError
    from .pipeline import extract_text
    from .reading import decode

    if row.error:
        return Document(source=row.doc_id, doc_id=row.doc_id, error=row.error)
    try:
        text = decode(row.text) if isinstance(row.text, bytes) else row.text
        document = extract_text(text, source=row.doc_id, published=row.published or published, keep_offset=keep_offset)
    except InputError as err:
        return Document(source=row.doc_id, doc_id=row.doc_id, error=str(err))
    except Exception as err:  # one row must never end a table's run: it gets its error, the rest go on
        return Document(source=row.doc_id, doc_id=row.doc_id, error=f"{type(err).__name__}: {err}")
    document.doc_id = row.doc_id
    document.title = document.title or row.title
    document.url = document.url or row.url
    return document
