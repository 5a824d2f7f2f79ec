"""Writers: documents → JSON, JSON Lines or CSV (SPEC §4), one generator-fed function per format.

`render` turns one document into its part of the output, so worker processes
can do the serialising; `write` joins the parts as they come, so a long batch
streams instead of waiting for the last file.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

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
    return "".join(render_chunks(format_name, document, index=index, single=single, **options))


_FACTS_MARK = "\x00facts\x00"


def render_chunks(format_name: str, document: Document, *, index: int = 0, single: bool = False,
                  include_text: bool = True, types=None):
    """The same output in pieces, a fact at a time, so that a document with 400,000 facts is never one
    string in memory."""
    if format_name == "csv":
        head = document.to_dict(include_text=False, types=types, with_facts=False)
        empty = True
        for fact in document.fact_dicts(types):
            empty = False
            yield _csv_line([_cell(name, head, fact) for name in CSV_COLUMNS])
        if empty:
            yield _csv_line([_cell(name, head, {}) for name in CSV_COLUMNS])
        return
    if format_name not in ("json", "jsonl"):
        raise ValueError(f"unknown format {format_name!r}; expected one of {', '.join(FORMATS)}")
    head = document.to_dict(include_text=include_text, types=types, with_facts=False)
    head["facts"] = _FACTS_MARK
    pretty = format_name == "json"
    base = "" if single or not pretty else "  "            # a document inside the JSON array
    text = _dumps(head, indent=2 if pretty else None)
    if pretty and base:
        text = text.replace("\n", "\n" + base)
    before, after = text.split(_dumps(_FACTS_MARK))
    if pretty and not single:
        yield ("," if index else "") + "\n" + base
    yield before + "["
    facts = document.fact_dicts(types)
    for number, fact in enumerate(facts):
        if pretty:
            body = _dumps(fact, indent=2).replace("\n", "\n" + base + "    ")
            yield ("," if number else "") + "\n" + base + "    " + body
        else:
            yield (", " if number else "") + _dumps(fact)
    if pretty and document.facts and (types is None or any(f.type in types for f in document.facts)):
        yield "\n" + base + "  "
    yield "]" + after + ("\n" if single or not pretty else "")


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
        out.writelines(render_chunks(format_name, document, index=index, single=single, **options))
        out.flush()
    out.write(footer(format_name, single))
