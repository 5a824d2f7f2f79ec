"""The two tables of the output, `documents` and `facts`: their columns and the rows of one document.

The columns are declared here once, with a type each, and every table writer
(CSV, Parquet, SQLite, Spark) takes its header and its column types from these
tuples, so that a column cannot mean one thing in one format and another in the
next. Rows are plain dicts of Python values: `str`, `int`, `float`, `bool`,
`datetime.date`, `datetime.datetime`, lists, or `None`.

Types (`Column.type`):

- `string`, `int` (64-bit), `float` (64-bit), `bool`;
- `date` (a calendar day), `timestamp` (an instant with its offset);
- `list<int>`, `list<string>`, `json` (a nested value kept as JSON text in flat formats).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from . import regex_cache

if TYPE_CHECKING:
    from .document import Document

FACT_TYPES = ("money", "quantity", "percent", "count", "year", "date", "sector", "organization",
              "location", "target", "investment")
BEIJING = timezone(timedelta(hours=8))
AMOUNT_TYPES = frozenset({"money", "quantity", "percent", "count", "target", "investment"})


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, its type (see the module docstring) and what it holds."""

    name: str
    type: str
    meaning: str


DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("doc_id", "string", "stable id of the input: 16 hex digits of the SHA-1 of its source path (of its text when it has no path)"),
    Column("source", "string", "the path as given (`-` for standard input)"),
    Column("kind", "string", "post, html, record or text; null when the file could not be read"),
    Column("title", "string", "the article's title"),
    Column("original_title", "string", "the title of a leading 原标题 line"),
    Column("url", "string", "the article's address, when the input names it"),
    Column("published", "timestamp", "publication time, Beijing time (+08:00)"),
    Column("author", "string", "the source or author named by the input's metadata"),
    Column("categories", "list<string>", "categories of a post's front matter"),
    Column("reporter", "string", "the reporters of the byline"),
    Column("editor", "string", "the responsible editor"),
    Column("stocks", "json", "listed companies linked in the article: [{code, name, in_context}]"),
    Column("text", "string", "the cleaned body (null with --no-text)"),
    Column("error", "string", "why the input could not be read; null when it was"),
    Column("warnings", "list<string>", "what the reading was unsure of (article_finder_unsure: …); empty when nothing"),
    Column("fact_count", "int", "number of facts of the document (after --types)"),
    *(Column(f"{name}_count", "int", f"number of {name} facts") for name in FACT_TYPES),
)

FACT_COLUMNS: tuple[Column, ...] = (
    Column("doc_id", "string", "the document the fact is in (documents.doc_id)"),
    Column("fact_id", "int", "position of the fact in its document's fact list, from 0; (doc_id, fact_id) is the key"),
    Column("type", "string", "money, quantity, percent, count, year, date, sector, organization, location, target, investment"),
    Column("text", "string", "the span as written in the document"),
    Column("where", "string", "body or title: the text that start and end count in"),
    Column("start", "int", "offset of the first character of the span (Python str index)"),
    Column("end", "int", "offset just past the span's last character"),
    Column("amount", "float", "the number of a money, quantity, percent, count, target or investment fact, in its unit"),
    Column("low", "float", "lower end of a range"),
    Column("high", "float", "upper end of a range"),
    Column("unit", "string", "money: the unit word as written; quantity: SI base unit; percent: %, pp or x"),
    Column("currency", "string", "ISO 4217 code of money"),
    Column("qualifier", "string", "approx, min, max, range, order, or null for an exact amount"),
    Column("direction", "string", "up or down when the sentence states the number as a rise or a fall, else null"),
    Column("multiple", "string", "for a multiple (unit x): by (increase by) or of (total multiple)"),
    Column("classifier", "string", "the measure word of a count"),
    Column("object", "string", "what a count counts"),
    Column("date_iso", "string", "a date fact as written in ISO 8601 (2022-Q1, 2021-01/2021-05, --03-12)"),
    Column("date_start", "date", "first day a date fact covers"),
    Column("date_end", "date", "last day a date fact covers (inclusive)"),
    Column("date_precision", "string", "day, month, quarter, half or year: the unit of the date's first end"),
    Column("year", "int", "the year of a target year or target"),
    Column("start_year", "int", "first year of a plan period (十四五 → 2021)"),
    Column("role", "string", "target for a target year"),
    Column("name", "string", "sector: canonical name; organization and location: name as written"),
    Column("canonical", "string", "an organization's full name where the text uses a short form"),
    Column("stock", "string", "an organization's stock code"),
    Column("code", "string", "sector: its code in `taxonomy`; location: its administrative code"),
    Column("taxonomy", "string", "which classification a sector code belongs to"),
    Column("parent", "string", "a sector's parent sector"),
    Column("admin", "string", "a location's level: province, city, district, area, region"),
    Column("metric", "string", "what a target measures (产业规模)"),
    Column("subject", "string", "what a target is about"),
    Column("investor", "string", "who invests"),
    Column("status", "string", "planned or done"),
    Column("purpose", "string", "what an investment is for"),
    Column("joins", "list<int>", "fact_ids of the facts a target or investment joins"),
    Column("sentence", "string", "the sentence the fact stands in (a window of it around the fact in a very long one)"),
    Column("sentence_start", "int", "offset of the sentence's first character in the same text as start"),
    Column("sentence_end", "int", "offset just past the sentence's last character"),
)

# CSV: the facts table with the document columns a join needs before it, so that one file reads alone
CSV_DOCUMENT_COLUMNS = ("doc_id", "source", "kind", "title", "url", "published", "error")
CSV_COLUMNS: tuple[Column, ...] = (
    *(c for c in DOCUMENT_COLUMNS if c.name in CSV_DOCUMENT_COLUMNS),
    *(c for c in FACT_COLUMNS if c.name != "doc_id"),
)

TABLES = {"documents": DOCUMENT_COLUMNS, "facts": FACT_COLUMNS}

_FACT_NAMES = tuple(c.name for c in FACT_COLUMNS)
_FACT_KEYS_AS_IS = frozenset(c.name for c in FACT_COLUMNS) - {"amount", "low", "high", "year", "start_year", "joins"}


def doc_id_of(source: str | None, text: str) -> str:
    """A stable id: the same path (or, without one, the same text) always gives the same id.

    >>> doc_id_of("news/a.txt", "")
    '0a6c1f9415751a41'
    """
    basis = source if source and source != "-" else "text:" + text
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def document_record(document: Document, *, include_text: bool = True, types: frozenset[str] | None = None) -> dict[str, Any]:
    """The document's row of the `documents` table."""
    counts = dict.fromkeys(FACT_TYPES, 0)
    for fact in document.facts:
        if types is None or fact.type in types:
            counts[fact.type] = counts.get(fact.type, 0) + 1
    row: dict[str, Any] = {
        "doc_id": document.doc_id, "source": document.source, "kind": document.kind, "title": document.title,
        "original_title": document.original_title, "url": document.url,
        "published": _timestamp(document.published), "author": document.author,
        "categories": list(document.categories), "reporter": document.reporter, "editor": document.editor,
        "stocks": [s.to_dict() for s in document.stocks], "text": document.text if include_text else None,
        "error": document.error, "warnings": list(document.warnings), "fact_count": sum(counts.values()),
    }
    row.update((f"{name}_count", counts[name]) for name in FACT_TYPES)
    return row


def fact_records(document: Document, types: frozenset[str] | None = None) -> Iterator[dict[str, Any]]:
    """The document's rows of the `facts` table, one a fact, in the order of its JSON facts."""
    for fact_id, fact in enumerate(document.fact_dicts(types)):
        yield fact_record(document.doc_id, fact_id, fact)


def fact_record(doc_id: str | None, fact_id: int, fact: dict[str, Any]) -> dict[str, Any]:
    """One fact's JSON object → its row, every column present."""
    row = dict.fromkeys(_FACT_NAMES)
    row.update(doc_id=doc_id, fact_id=fact_id)
    for key, value in fact.items():
        if key in _FACT_KEYS_AS_IS:
            row[key] = value
    kind = fact.get("type")
    if kind in AMOUNT_TYPES and isinstance(fact.get("value"), (int, float)):
        row["amount"] = float(fact["value"])
    for key in ("low", "high"):
        if isinstance(fact.get(key), (int, float)):
            row[key] = float(fact[key])
    for key in ("year", "start_year"):
        if isinstance(fact.get(key), int):
            row[key] = fact[key]
    if kind == "date" and isinstance(fact.get("value"), str):
        row["date_iso"] = fact["value"]
        row["date_start"], row["date_end"], row["date_precision"] = date_bounds(fact["value"])
    if "facts" in fact:
        row["joins"] = list(fact["facts"])
    return row


_DATE_END = regex_cache.compile(r"(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?")


def date_bounds(value: str) -> tuple[date | None, date | None, str | None]:
    """An ISO date fact → (first day, last day, precision of its first end); no days when the year is unknown.

    >>> date_bounds("2022-Q1")
    (datetime.date(2022, 1, 1), datetime.date(2022, 3, 31), 'quarter')
    >>> date_bounds("2021/2024-H1")
    (datetime.date(2021, 1, 1), datetime.date(2024, 6, 30), 'year')
    >>> date_bounds("--03-12")
    (None, None, 'day')
    """
    first, _, last = value.partition("/")
    start = _span(first)
    end = _span(last or first)
    precision = start[2] if start else ("day" if first.startswith("--") and first.count("-") == 3 else
                                        "month" if first.startswith("--") else None)
    if start is None or end is None:
        return None, None, precision
    return start[0], end[1], precision


def _span(text: str) -> tuple[date, date, str] | None:
    match = _DATE_END.fullmatch(text)
    if not match:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day, "day"
        if match["month"]:
            return _months(year, int(match["month"]), 1) + ("month",)
        if match["quarter"]:
            return _months(year, 3 * int(match["quarter"]) - 2, 3) + ("quarter",)
        if match["half"]:
            return _months(year, 6 * int(match["half"]) - 5, 6) + ("half",)
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _months(year: int, first_month: int, count: int) -> tuple[date, date]:
    start = date(year, first_month, 1)
    after = date(year + (first_month + count - 1) // 12, (first_month + count - 1) % 12 + 1, 1)
    return start, after - timedelta(days=1)


def _timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def table_rows(documents, *, include_text: bool = True, types: frozenset[str] | None = None):
    """Rows of both tables for many documents: `(documents rows, facts rows)`."""
    document_rows: list[dict[str, Any]] = []
    fact_rows: list[dict[str, Any]] = []
    for document in documents:
        document_rows.append(document_record(document, include_text=include_text, types=types))
        fact_rows.extend(fact_records(document, types))
    return document_rows, fact_rows


_PANDAS_TYPES = {"string": "string", "int": "Int64", "float": "float64", "bool": "boolean"}


def frames(documents, *, include_text: bool = True, types: frozenset[str] | None = None):
    """The two tables of `documents` as pandas DataFrames `(documents, facts)` with the declared types:
    nullable integers, floats, strings, dates as `datetime64`, `published` in Beijing time."""
    import pandas as pd

    tables = table_rows(documents, include_text=include_text, types=types)
    return tuple(_frame(pd, rows, columns) for rows, columns in zip(tables, (DOCUMENT_COLUMNS, FACT_COLUMNS)))


def _frame(pd, rows: list[dict[str, Any]], columns: tuple[Column, ...]):
    frame = pd.DataFrame({c.name: [row[c.name] for row in rows] for c in columns}, columns=[c.name for c in columns])
    for column in columns:
        if column.type in _PANDAS_TYPES:
            frame[column.name] = frame[column.name].astype(_PANDAS_TYPES[column.type])
        elif column.type == "date":
            frame[column.name] = pd.to_datetime(frame[column.name])
        elif column.type == "timestamp":
            frame[column.name] = pd.to_datetime(frame[column.name], utc=True).dt.tz_convert(BEIJING)
    return frame
