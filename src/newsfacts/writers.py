"""Writers: documents → JSON, JSON Lines or CSV (SPEC §4), one generator-fed function per format.

`render` turns one document into its part of the output, so worker processes
can do the serialising; `write` joins the parts as they come, so a long batch
streams instead of waiting for the last file.
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Iterable

from .document import Document, plain_number

CSV_COLUMNS = (
    "source", "title", "published", "type", "text", "value", "unit", "currency", "qualifier",
    "low", "high", "classifier", "object", "name", "code", "year", "role", "where", "start", "end", "sentence",
)
FORMATS = ("json", "jsonl", "csv")


def _dumps(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


def header(format_name: str, single: bool) -> str:
    """What the output starts with: the CSV header row, or the `[` of a JSON array."""
    if format_name == "csv":
        return _csv_line(CSV_COLUMNS)
    if format_name == "json" and not single:
        return "["
    return ""


def footer(format_name: str, single: bool) -> str:
    return "\n]\n" if format_name == "json" and not single else ""


def render(format_name: str, document: Document, *, index: int = 0, single: bool = False, **options) -> str:
    """One document's part of the output (any process can render it; the writer only joins)."""
    if format_name == "jsonl":
        return _dumps(document.to_dict(**options)) + "\n"
    if format_name == "json":
        text = _dumps(document.to_dict(**options), indent=2)
        return text + "\n" if single else ("," if index else "") + "\n  " + text.replace("\n", "\n  ")
    if format_name == "csv":
        options["include_text"] = False
        data = document.to_dict(**options)
        return "".join(_csv_line([_cell(name, data, fact) for name in CSV_COLUMNS]) for fact in (data["facts"] or [{}]))
    raise ValueError(f"unknown format {format_name!r}; expected one of {', '.join(FORMATS)}")


def _csv_line(cells) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _cell(column: str, document: dict, fact: dict) -> Any:
    if column in ("source", "title", "published"):
        value = document.get(column)
    elif column == "name":
        value = fact.get("name", fact.get("investor", fact.get("subject")))
    elif column == "value" and fact.get("type") == "year":
        value = fact.get("year")
    elif column == "unit":
        value = fact.get("unit", fact.get("metric"))
    else:
        value = fact.get(column)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return _dumps(value)
    return plain_number(value)


def write(format_name: str, documents: Iterable[Document], out: IO[str], *, single: bool = False, **options) -> None:
    """Write documents as they come: JSON (one object, or an array), JSON Lines (one per line)
    or CSV (one row per fact; a document without facts still gives a row)."""
    if format_name not in FORMATS:
        raise ValueError(f"unknown format {format_name!r}; expected one of {', '.join(FORMATS)}")
    out.write(header(format_name, single))
    for index, document in enumerate(documents):
        out.write(render(format_name, document, index=index, single=single, **options))
        out.flush()
    out.write(footer(format_name, single))
