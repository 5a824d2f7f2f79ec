"""Writers: documents → JSON, JSON Lines or CSV (SPEC §4), one generator-fed function per format.

Each writer takes an iterable of documents and writes as they come, so a long
batch streams instead of waiting for the last file.
"""
from __future__ import annotations

import csv
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


def write_json(documents: Iterable[Document], out: IO[str], *, single: bool, **options) -> None:
    """One object for a single input, else an array written element by element."""
    if single:
        for document in documents:
            out.write(_dumps(document.to_dict(**options), indent=2) + "\n")
        return
    out.write("[")
    for index, document in enumerate(documents):
        text = _dumps(document.to_dict(**options), indent=2).replace("\n", "\n  ")
        out.write(("," if index else "") + "\n  " + text)
        out.flush()
    out.write("\n]\n")


def write_jsonl(documents: Iterable[Document], out: IO[str], **options) -> None:
    for document in documents:
        out.write(_dumps(document.to_dict(**options)) + "\n")
        out.flush()


def write_csv(documents: Iterable[Document], out: IO[str], **options) -> None:
    """One row per fact with the document's fields repeated; a document without facts gives one row."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    options["include_text"] = False
    for document in documents:
        data = document.to_dict(**options)
        facts = data["facts"] or [{}]
        for fact in facts:
            writer.writerow([_cell(name, data, fact) for name in CSV_COLUMNS])
        out.flush()


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
    if format_name == "json":
        write_json(documents, out, single=single, **options)
    elif format_name == "jsonl":
        write_jsonl(documents, out, **options)
    elif format_name == "csv":
        write_csv(documents, out, **options)
    else:
        raise ValueError(f"unknown format {format_name!r}; expected one of {', '.join(FORMATS)}")
