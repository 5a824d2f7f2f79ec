"""Writers: documents → JSON, JSON Lines, CSV, Parquet or SQLite (docs/schema.md), one path for the CLI and the library.

Writing is split in two so that worker processes can do the serialising:
`render` turns one document into its part of the output (text for JSON, JSON
Lines and CSV; table rows for Parquet and SQLite), and `open_output` gives a
sink that joins the parts as they come, into standard output or atomically
into a file, so a long batch streams instead of waiting for the last file.
`write` does both for the library.

    >>> import io
    >>> from newsfacts.document import Document
    >>> out = io.StringIO()
    >>> write("jsonl", [Document(source="a.txt", error="empty file")], out)
    >>> out.getvalue()[:48]
    '{"doc_id": "cfc7b4885384957a", "source": "a.txt"'
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

from .document import Document
from .errors import OutputError
from .records import CSV_COLUMNS, CSV_DOCUMENT_COLUMNS, document_record, fact_records
from .supervisor import write_whole

TEXT_FORMATS = ("json", "jsonl", "csv")
TABLE_FORMATS = ("parquet", "sqlite")
FORMATS = TEXT_FORMATS + TABLE_FORMATS
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
            ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"}


@dataclass(frozen=True)
class WriteOptions:
    """How documents are written: `single` makes JSON one object instead of an array; `include_text` False
    leaves the body out; `types` keeps those fact types only; `excel` puts a BOM before CSV."""

    single: bool = False
    include_text: bool = True
    types: frozenset[str] | None = None
    excel: bool = False


DEFAULTS = WriteOptions()


def format_for(output: str | None, format_name: str | None = None) -> str:
    """The format asked for, else the one the output's suffix names, else JSON.

    >>> format_for("facts.csv"), format_for("out/facts.PARQUET"), format_for(None), format_for("x.csv", "jsonl")
    ('csv', 'parquet', 'json', 'jsonl')
    """
    if format_name:
        return format_name
    suffix = os.path.splitext(output or "")[1].lower()
    return SUFFIXES.get(suffix, "json")


def _dumps(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


def header(format_name: str, single: bool) -> str:
    """What a text output starts with: the CSV header row, or the `[` of a JSON array."""
    if format_name == "csv":
        return _csv_line(c.name for c in CSV_COLUMNS)
    if format_name == "json" and not single:
        return "["
    return ""


def footer(format_name: str, single: bool) -> str:
    return "\n]\n" if format_name == "json" and not single else ""


def render(format_name: str, document: Document, index: int = 0, options: WriteOptions = DEFAULTS, lazy: bool = False):
    """One document's part of the output, for `Output.add`: a string (pieces when `lazy`) for the text
    formats, `(document row, fact rows)` for the table formats. Any process can render it."""
    if format_name in TABLE_FORMATS:
        return (document_record(document, include_text=options.include_text, types=options.types),
                list(fact_records(document, options.types)))
    chunks = render_chunks(format_name, document, index, options)
    return chunks if lazy else "".join(chunks)


_FACTS_MARK = "\x00facts\x00"


def render_chunks(format_name: str, document: Document, index: int = 0, options: WriteOptions = DEFAULTS) -> Iterator[str]:
    """A text format's output in pieces, a fact at a time, so that a document with 400,000 facts is never
    one string in memory."""
    if format_name == "csv":
        return _csv_rows(document, options.types)
    if format_name == "jsonl":
        return _jsonl_chunks(document, options)
    if format_name == "json":
        return _json_chunks(document, index, options)
    raise ValueError(f"unknown format {format_name!r}; expected one of {', '.join(FORMATS)}")


def _around_facts(document: Document, options: WriteOptions, base: str | None) -> tuple[str, str]:
    """The document's JSON without its facts, cut where the facts array goes: compact when `base` is None,
    else indented by 2 and shifted right by `base` (a document inside the JSON array)."""
    head = document.to_dict(include_text=options.include_text, types=options.types, with_facts=False)
    head["facts"] = _FACTS_MARK
    text = _dumps(head, indent=None if base is None else 2)
    if base:
        text = text.replace("\n", "\n" + base)
    before, after = text.split(_dumps(_FACTS_MARK))
    return before, after


def _jsonl_chunks(document: Document, options: WriteOptions) -> Iterator[str]:
    """One line: the document with its facts."""
    before, after = _around_facts(document, options, None)
    yield before + "["
    for number, fact in enumerate(document.fact_dicts(options.types)):
        yield (", " if number else "") + _dumps(fact)
    yield "]" + after + "\n"


def _json_chunks(document: Document, index: int, options: WriteOptions) -> Iterator[str]:
    """The document indented by 2: alone when `options.single`, else as item `index` of the array."""
    base = "" if options.single else "  "
    before, after = _around_facts(document, options, base)
    if not options.single:
        yield ("," if index else "") + "\n" + base
    yield before + "["
    fact_break = "\n" + base + "    "
    wrote = False
    for number, fact in enumerate(document.fact_dicts(options.types)):
        yield ("," if number else "") + fact_break + _dumps(fact, indent=2).replace("\n", fact_break)
        wrote = True
    if wrote:
        yield "\n" + base + "  "
    yield "]" + after + ("\n" if options.single else "")


_CSV_NAMES = tuple(c.name for c in CSV_COLUMNS)
_AS_IS = frozenset({str, int, float, type(None)})          # the csv module writes these as _cell would


def _csv_rows(document: Document, types) -> Iterator[str]:
    """The facts table with the document's join columns; a document without facts (or unread) gives one row."""
    head = document_record(document, include_text=False, types=types)
    doc_cells = {name: head[name] for name in CSV_DOCUMENT_COLUMNS}
    line = _CsvLine()
    empty = True
    for row in fact_records(document, types):
        empty = False
        row.update(doc_cells)
        yield line([row[name] for name in _CSV_NAMES])
    if empty:
        yield line([doc_cells.get(name) for name in _CSV_NAMES])


class _CsvLine:
    """A row of values as one CSV line; the writer and its buffer serve every row of a document."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator="\n")

    def __call__(self, values: Iterable[Any]) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow([value if type(value) in _AS_IS else _cell(value) for value in values])
        return self.buffer.getvalue()


def _csv_line(cells: Iterable[Any]) -> str:
    return _CsvLine()(cells)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return _dumps(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def check_output(path: str | None, format_name: str) -> None:
    """Raise OutputError before any work when the output cannot be written (missing or read-only folder,
    a folder where a file is expected, a table format to standard output)."""
    if path is None or path == "-":
        if format_name in TABLE_FORMATS:
            raise OutputError(f"--format {format_name} writes files: give -o PATH")
        return
    if format_name == "parquet":
        _check_parquet_folder(path)
    elif os.path.exists(path) and not os.path.isfile(path):
        _check_in_place(path, format_name)
    else:
        _check_parent_folder(path)


def _check_in_place(path: str, format_name: str) -> None:
    """A path that exists and is no regular file: a folder is refused; a device or a pipe takes text in place."""
    if os.path.isdir(path):
        raise OutputError(f"{path} is a folder, not a file")
    if format_name in TABLE_FORMATS:
        raise OutputError(f"{path} is not a regular file; --format {format_name} needs one")


def _check_parquet_folder(path: str) -> None:
    """Parquet writes a folder of two tables: new, or an existing folder we may write into."""
    if os.path.exists(path) and not os.path.isdir(path):
        raise OutputError(f"{path} is a file; --format parquet writes a folder of two tables there")
    _check_parent_folder(path)
    if os.path.isdir(path) and not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: the folder is not writable")


def _check_parent_folder(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: folder {folder} is not writable")


class TextOutput:
    """JSON, JSON Lines or CSV parts joined in order on a text stream."""

    def __init__(self, format_name: str, stream: IO[str], single: bool) -> None:
        self.format_name, self.stream, self.single = format_name, stream, single
        stream.write(header(format_name, single))

    def add(self, part: str | Iterable[str]) -> None:
        if isinstance(part, str):
            write_whole(self.stream, part)          # never cut by a signal (supervisor.write_whole)
        else:
            self.stream.writelines(part)
        self.stream.flush()

    def close(self) -> None:
        self.stream.write(footer(self.format_name, self.single))
        self.stream.flush()


@contextmanager
def open_output(format_name: str, path: str | None = None, options: WriteOptions = DEFAULTS):
    """A sink whose `add(part)` takes what `render` returns, in input order. `path` None or `-` is standard
    output (text formats); a file is written atomically: a temporary file renamed over it only when all went
    well. Parquet writes a folder holding `documents.parquet` and `facts.parquet`."""
    check_output(path, format_name)
    if format_name in TABLE_FORMATS:
        from . import table_writers

        assert path is not None                            # check_output refused a table to standard output
        sink = table_writers.open_table_output(format_name, path)
        try:
            yield sink
        except BaseException:
            sink.abort()
            raise
        sink.close()
        return
    with _text_stream(path, options.excel and format_name == "csv") as stream:
        sink = TextOutput(format_name, stream, options.single)
        yield sink
        sink.close()


@contextmanager
def _text_stream(path: str | None, bom: bool):
    encoding = "utf-8-sig" if bom else "utf-8"
    if path is None or path == "-":
        stream = sys.stdout
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")
        if bom:
            stream.write("\ufeff")
        yield stream
        stream.flush()
        return
    if os.path.exists(path) and not os.path.isfile(path):
        # a device or a pipe (/dev/null, a FIFO): written in place, never replaced by a file
        with open(path, "w", encoding=encoding, newline="") as stream:
            yield stream
        return
    with atomic_file(path) as temp, open(temp, "w", encoding=encoding, newline="") as stream:
        yield stream


@contextmanager
def atomic_file(path: str):
    """A temporary name beside `path`, renamed to `path` when the block ends well and removed when not."""
    import tempfile  # here, not at the top: a one-file run to stdout never needs it

    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(prefix=".newsfacts-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(handle, 0o666 & ~_umask())          # mkstemp makes 0600; the output keeps the user's umask
    finally:
        os.close(handle)
    try:
        yield temp
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write(format_name: str, documents: Iterable[Document], out: str | os.PathLike | IO[str] | None = None,
          options: WriteOptions = DEFAULTS) -> None:
    """Write documents as they come, in any format: `out` is a path, a text stream (text formats) or None
    for standard output. JSON is one object when `options.single`, else an array; CSV has a row per fact
    and one for a document without facts."""
    if format_name not in FORMATS:
        raise ValueError(f"unknown format {format_name!r}; expected one of {', '.join(FORMATS)}")
    if out is not None and not isinstance(out, (str, os.PathLike)):
        if format_name in TABLE_FORMATS:
            raise ValueError(f"{format_name} is written to a path, not a stream")
        sink = TextOutput(format_name, out, options.single)
        for index, document in enumerate(documents):
            sink.add(render(format_name, document, index, options, lazy=True))
        sink.close()
        return
    with open_output(format_name, os.fspath(out) if out is not None else None, options) as sink:
        for index, document in enumerate(documents):
            sink.add(render(format_name, document, index, options, lazy=True))
