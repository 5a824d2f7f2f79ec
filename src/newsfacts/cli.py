"""The command line: a thin click layer over the library (SPEC §5).

`main()` turns errors into one line and an exit status; the commands only parse
options, call the pipeline and hand documents to a writer.
"""
from __future__ import annotations

import contextlib
import enum
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator

import click

from . import regex_cache
from .errors import OutputError
from .limits import DEFAULT_TIMEOUT
from .records import FACT_TYPES
from .supervisor import Stopped, StopSignals

DEFAULT_GLOB = "*.txt,*.md,*.markdown,*.html,*.htm,*.shtml,*.xhtml"
PROGRESS_MIN_FILES = 10
LAZY_RENDER_FACTS = 50_000   # past this many facts a document is written a fact at a time, never one string
FORMAT_CHOICES = ["json", "jsonl", "csv", "parquet", "sqlite"]


class ExitStatus(enum.IntEnum):
    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    SIGNAL = 128            # + the signal's number: 129 SIGHUP, 130 SIGINT, 143 SIGTERM


def _parse_size(value: str) -> int:
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    text = value.strip().lower().rstrip("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = int(float(number) * factor)
    except (ValueError, OverflowError):                 # 'abc', 'nan', 'inf'
        raise click.BadParameter(f"{value!r} is not a size such as 20MB or 500k", param_hint="--max-size") from None
    if size <= 0:
        raise click.BadParameter("must be positive", param_hint="--max-size")
    return size


def _parse_types(value: str | None) -> frozenset[str] | None:
    if not value:
        return None
    chosen = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in FACT_TYPES]
    if unknown:
        raise click.BadParameter(f"unknown type {', '.join(unknown)}; choose from {', '.join(FACT_TYPES)}",
                                 param_hint="'--types'")
    return frozenset(chosen)


def _parse_published(value: str | None) -> str | None:
    from .clock import given_published

    try:
        return given_published(value)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="'--published'") from None


def expand_paths(paths: Iterable[str], glob: str, unreadable: list[tuple[str, str]] | None = None) -> list[str]:
    """Files as given, folders walked recursively (sorted) keeping names that match `glob`.
    A folder that cannot be listed goes into `unreadable` as (path, reason), never silently skipped."""
    patterns = [p.strip() for p in glob.split(",") if p.strip()]
    out: list[str] = []

    def cannot_list(err: OSError) -> None:
        if unreadable is not None:
            unreadable.append((err.filename or "?", err.strerror or str(err)))

    for path in paths:
        if path != "-" and os.path.isdir(path):
            for folder, dirs, files in os.walk(path, onerror=cannot_list):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                        out.append(os.path.join(folder, name))
        else:
            out.append(path)
    return out


def _work(task: tuple, lazy: bool = False):
    """Read, analyse and render one file: (source, error or None, its part of the output).

    In a worker the part is one string (it crosses the process boundary); in this
    process a document of very many facts stays a generator of pieces, so it is never
    one string. Any exception becomes the file's error record, never the batch's end."""
    from .pipeline import extract_file
    from .writers import render

    index, path, max_size, data, format_name, options, clock = task
    name = printable_name(path)
    try:
        document = extract_file(path, max_size=max_size, data=data, **clock)
        document.source = name
        # rendered here unless huge, so that a rendering error is this file's
        part = render(format_name, document, index, options, lazy=lazy and len(document.facts) > LAZY_RENDER_FACTS)
    except Exception as err:  # noqa: BLE001 - one file's bug must not end the batch
        document = failed_document(name, err)
        part = render(format_name, document, index, options)
    return document.source, document.error, part


def _work_row(task: tuple, lazy: bool = False):
    """Like `_work`, for one row of a table of articles (`--input`): the row's id names it."""
    from .article_tables import extract_row
    from .writers import render

    index, row, format_name, options, clock = task
    try:
        document = extract_row(row, **clock)
        part = render(format_name, document, index, options, lazy=lazy and len(document.facts) > LAZY_RENDER_FACTS)
    except Exception as err:  # noqa: BLE001 - one row's bug must not end the table
        document = failed_document(row.doc_id, err)
        document.doc_id = row.doc_id
        part = render(format_name, document, index, options)
    return document.source, document.error, part


def printable_name(path: str) -> str:
    """A file name as it can be printed: bytes that are not UTF-8 (a GBK name out of a zip
    archive, kept by Python as lone surrogates) written as `\\xb2` escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# line breaks, escape sequences and bidirectional overrides: a file name holding one would break the
# one error line it is printed in, or recolour, move or reorder what the terminal shows
_NOT_ONE_LINE = regex_cache.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")


def error_line(source: str | None, reason: str) -> str:
    """`error: SOURCE: REASON` as one line of plain text: control characters written as escapes.

    >>> error_line("bad\\nname\\x1b[31m.txt", "empty file")
    'error: bad\\\\nname\\\\x1b[31m.txt: empty file'
    """
    line = f"error: {source}: {reason}"
    return _NOT_ONE_LINE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), line)


def failed_document(path: str, err: BaseException):
    """The error record of a file whose reading raised something unplanned (a bug, not bad input):
    the exception's type and message; the traceback on stderr under NEWSFACTS_TRACEBACK=1."""
    from .document import Document

    if os.environ.get("NEWSFACTS_TRACEBACK"):
        import traceback

        traceback.print_exception(err, file=sys.stderr)
    return Document(source=path, error=f"internal error: {type(err).__name__}: {err}")


def _left_unread(task: tuple, reason: str):
    """The error record of a file that overran the time limit or whose worker died."""
    from .document import Document
    from .writers import render

    index, path, _, _, format_name, options, _ = task
    document = Document(source=printable_name(path), error=reason)
    return document.source, document.error, render(format_name, document, index, options)


def _row_left_unread(task: tuple, reason: str):
    """The error record of a table row that overran the time limit or whose worker died."""
    from .document import Document
    from .writers import render

    index, row, format_name, options, _ = task
    document = Document(source=row.doc_id, error=reason)
    document.doc_id = row.doc_id
    return document.source, document.error, render(format_name, document, index, options)


def run_documents(tasks: list[tuple], jobs: int, work=_work, failed=_left_unread,
                  timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[tuple]:
    """Rendered documents in input order, computed in `jobs` worker processes under the supervisor
    when there are several files. `work` does one task and `failed` stands for one left unread
    (`show` renders pages with its own)."""
    from .supervisor import run_documents as supervised

    return supervised(tasks, jobs, work, failed, timeout)


EXTRACT_HELP = """Find the facts in articles and print them as JSON, JSON Lines, CSV, Parquet or SQLite.

PATH is a file, a folder (read recursively; --glob chooses the files) or - for
standard input. Files that cannot be read get an error line on stderr and an
error record in the output; the others are all written.

\b
Examples:
  newsfacts extract seeds/000_f06b78f4610cb85f.txt
  newsfacts extract --format jsonl articles/ > facts.jsonl
  newsfacts extract --format csv --excel -o facts.csv articles/
  newsfacts extract -o facts.sqlite articles/      # tables documents and facts
  newsfacts extract -o tables.parquet articles/    # a folder: documents.parquet, facts.parquet
  newsfacts extract --types money,target --no-text article.html
  cat article.txt | newsfacts extract -

A file that takes longer than --timeout seconds, or whose worker process dies
(out of memory, a crash), gets an error record; the batch goes on.

\b
Exit status: 0 all files read, 1 some files failed (the rest written), 2 usage
error, 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (what was written so far
is whole: JSON Lines and CSV line by line, a JSON array closed; -o writes nothing).
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfacts")
def cli() -> None:
    """Turn Chinese economic news into structured facts.

    \b
    Examples:
      newsfacts extract article.txt
      newsfacts extract --format csv -o facts.csv folder/
      newsfacts clean article.html
    """


@cli.command("extract", help=EXTRACT_HELP)
@click.argument("paths", nargs=-1, required=False)
@click.option("--format", "format_name", type=click.Choice(FORMAT_CHOICES), default=None,
              help="Output format [default: the -o suffix (.json .jsonl .csv .parquet .sqlite .db), else json].")
@click.option("-o", "--output", default=None,
              help="Write here (atomically) instead of standard output; for parquet, a folder.")
@click.option("--types", default=None, help=f"Keep only these fact types, comma-separated ({','.join(FACT_TYPES)}).")
@click.option("--no-text", is_flag=True, help="Leave the article body out of JSON output.")
@click.option("--excel", is_flag=True, help="CSV only: UTF-8 with a BOM so that Excel on Windows reads Chinese.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option("--glob", default=DEFAULT_GLOB, show_default=True, help="File name patterns to take from folders.")
@click.option("--max-size", default="20MB", show_default=True, help="Refuse files larger than this.")
@click.option("--published", "published_option", default=None, metavar="DATE",
              help="Publication date of inputs that name none (2022-06-16, or with a time and offset).")
@click.option("--keep-offset", is_flag=True, help="Print `published` with the source's own offset, not Beijing time.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one file may take; past it the file gets an error record and the rest go on (0: no limit).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr [default: when stderr is a terminal].")
@click.option("--input", "table", default=None, metavar="TABLE",
              help="Read articles from a table (.parquet .jsonl .ndjson .csv), one row each, instead of files.")
@click.option("--id-column", default="id", show_default=True, help="--input: the column that names each row (doc_id).")
@click.option("--text-column", default="text", show_default=True,
              help="--input: the column holding the article (plain text, HTML or a whole post).")
@click.option("--title-column", default="title", show_default=True, help="--input: the title, when the text gives none.")
@click.option("--published-column", default="published", show_default=True,
              help="--input: the publication date, when the text gives none.")
@click.option("--url-column", default="url", show_default=True, help="--input: the article's address.")
def extract_command(paths, format_name, output, types, no_text, excel, jobs, glob, max_size, published_option,
                    keep_offset, timeout, progress, table, id_column, text_column, title_column, published_column,
                    url_column) -> None:
    max_bytes = _parse_size(max_size)
    clock = {"published": _parse_published(published_option), "keep_offset": keep_offset}
    type_filter = _parse_types(types)
    _check_input_choice(paths, table)
    files, unreadable = _gather_files(paths, glob) if table is None else ([table], [])
    _refuse_input_as_output(output, files)
    format_name = _output_format(output, format_name, excel)
    from .writers import WriteOptions, open_output

    single = len(paths) == 1 and not os.path.isdir(paths[0])
    options = WriteOptions(single=single, include_text=not no_text, types=type_filter, excel=excel)
    settings = (format_name, options, clock)
    if table is None:
        tasks, work, failed = _file_tasks(files, max_bytes, settings), _work, _left_unread
    else:
        columns = _table_columns(id_column, text_column, title_column, published_column, url_column)
        tasks, work, failed = _table_tasks(table, columns, settings), _work_row, _row_left_unread

    with StopSignals() as stops, open_output(format_name, output, options) as sink:
        stream = run_documents(tasks, jobs or os.cpu_count() or 1, work, failed, timeout=timeout or None)
        failures = _write_batch(sink, stream, stops, len(tasks), _progress_wanted(progress, len(tasks)))
    _exit_for_failures(failures, len(tasks), "rows" if table else "files", unreadable)


def _check_input_choice(paths, table: str | None) -> None:
    """Files and folders, or one table of articles: one of the two, not both, not neither."""
    if table is not None and paths:
        raise click.UsageError("give either --input TABLE or PATHs, not both")
    if table is None and not paths:
        raise click.UsageError("give the articles to read: files, folders, - for standard input, or --input TABLE")


def _output_format(output: str | None, format_name: str | None, excel: bool) -> str:
    """The output's format (asked for, else named by the -o suffix), checked writable before any work."""
    from .writers import check_output, format_for

    format_name = format_for(output, format_name)
    if excel and format_name != "csv":
        raise click.UsageError(f"--excel applies to CSV only, and the output is {format_name}")
    check_output(output, format_name)
    return format_name


def _file_tasks(files: list[str], max_bytes: int, settings: tuple) -> list[tuple]:
    """One task a file: `(index, path, size limit, bytes of standard input or None, format, options, clock)`."""
    stdin_data = _stdin_bytes(max_bytes + 1) if "-" in files else None
    return [(i, p, max_bytes, stdin_data if p == "-" else None, *settings) for i, p in enumerate(files)]


def _table_columns(*names: str):
    from .article_tables import ArticleColumns

    return ArticleColumns(*names)


def _table_tasks(table: str, columns, settings: tuple) -> list[tuple]:
    """One task a row of the table; a table that cannot be read at all is a usage error naming it."""
    from .article_tables import TableError, table_tasks

    try:
        return table_tasks(table, columns, settings)
    except TableError as err:
        raise click.UsageError(str(err)) from None


def _exit_for_failures(failures: int, total: int, noun: str, unreadable: list) -> None:
    """Say how many inputs failed and exit 1 when any did (or a folder could not be read)."""
    if failures:
        click.echo(f"{failures} of {total} {noun} failed", err=True)
    if unreadable:
        click.echo(f"{len(unreadable)} folder{'s' if len(unreadable) > 1 else ''} could not be read", err=True)
    if failures or unreadable:
        sys.exit(ExitStatus.SOME_FAILED)


def _progress_wanted(progress: bool | None, count: int) -> bool:
    """--progress/--no-progress, else a bar when stderr is a terminal and the files are many."""
    return progress if progress is not None else (sys.stderr.isatty() and count >= PROGRESS_MIN_FILES)


def _gather_files(paths, glob: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The files to read and the folders that could not be listed (each named on stderr at once)."""
    unreadable: list[tuple[str, str]] = []
    files = expand_paths(paths, glob, unreadable)
    for folder, reason in unreadable:
        click.echo(error_line(printable_name(folder), f"cannot read the folder: {reason}"), err=True)
    if not files and not unreadable:
        raise click.UsageError("no files to read: the folders hold no file matching --glob")
    if files.count("-") > 1:
        raise click.UsageError("standard input (-) can be given only once")
    return files, unreadable


def _refuse_input_as_output(output: str | None, files: list[str]) -> None:
    """`-o` naming one of the inputs would overwrite an article: a usage error, before any work."""
    if output is None or output == "-" or not os.path.exists(output):
        return
    target = os.path.realpath(output)
    if any(path != "-" and os.path.realpath(path) == target for path in files):
        raise click.UsageError(f"-o {printable_name(output)} is one of the input files; choose another output")


def _write_batch(sink, stream, stops: StopSignals, total: int, progress: bool) -> int:
    """Hand every file's part (from `run_documents`) to `sink` in input order as it comes; the number of
    files that failed. A signal never cuts a document, and stops with a JSON array closed."""
    failures = 0
    try:
        with click.progressbar(stream, length=total, label="extracting", file=sys.stderr) if progress \
                else contextlib.nullcontext(stream) as items:
            for source, error, part in items:
                with stops.writing():
                    if error:
                        failures += 1
                        click.echo(error_line(source, error), err=True)
                    sink.add(part)
    except Stopped:
        if hasattr(sink, "stream"):                      # text output: what is written stays valid
            with contextlib.suppress(OSError, ValueError):
                sink.close()
        raise
    return failures


def _stdin_bytes(limit: int) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return sys.stdin.read(limit).encode("utf-8")
    return stream.read(limit)


@cli.command("clean")
@click.argument("path")
@click.option("--max-size", default="20MB", show_default=True, help="Refuse files larger than this.")
def clean_command(path: str, max_size: str) -> None:
    """Print the cleaned title, metadata and body of one article: what the extractor sees.

    \b
    Examples:
      newsfacts clean seeds/000_f06b78f4610cb85f.txt
      curl -s https://example.com/news.html | newsfacts clean -
    """
    from .pipeline import extract_file

    data = _stdin_bytes(_parse_size(max_size) + 1) if path == "-" else None
    document = extract_file(path, max_size=_parse_size(max_size), data=data)
    if document.error:
        click.echo(error_line(printable_name(path), document.error), err=True)
        sys.exit(ExitStatus.SOME_FAILED)
    for name in ("kind", "title", "original_title", "url", "published", "author", "reporter", "editor"):
        click.echo(f"{name}: {getattr(document, name) or ''}")
    click.echo(f"categories: {', '.join(document.categories)}")
    click.echo("stocks: " + ", ".join(f"{s.code} {s.name}" + ("" if s.in_context else " (not in context)") for s in document.stocks))
    click.echo("")
    click.echo(document.text)


from .show_cli import show_command  # noqa: E402  (its own module; it uses the helpers above)

cli.add_command(show_command)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output: a document and each fact type (see docs/schema.md).

    \b
    Examples:
      newsfacts schema > newsfacts.schema.json
      newsfacts schema | python -m json.tool
    """
    from .schema import schema_text

    click.echo(schema_text(), nl=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the commands and maps every failure to an exit status."""
    traceback = os.environ.get("NEWSFACTS_TRACEBACK")
    try:
        cli.main(args=argv, prog_name="newsfacts", standalone_mode=False)
    except click.UsageError as err:
        err.show()
        return ExitStatus.USAGE
    except OutputError as err:
        click.echo(f"error: {err}", err=True)
        return ExitStatus.USAGE
    except click.ClickException as err:
        err.show()
        return ExitStatus.USAGE
    except Stopped as stop:
        click.echo(f"stopped by {stop.name}: the files not yet written are left out", err=True)
        return ExitStatus.SIGNAL + stop.signum
    except click.Abort:                 # Ctrl-C at a prompt of click's
        click.echo("Aborted.", err=True)
        return ExitStatus.SIGNAL + 2
    except SystemExit as err:
        return int(err.code or 0)
    except BrokenPipeError:
        return ExitStatus.OK
    except Exception as err:  # a bug: say so in one line, keep the traceback for those who ask
        if traceback:
            raise
        click.echo(f"error: internal error: {type(err).__name__}: {err} (set NEWSFACTS_TRACEBACK=1 to see where)", err=True)
        return ExitStatus.SOME_FAILED
    return ExitStatus.OK


def entry() -> None:
    """Console-script wrapper: exits with `main()`'s status."""
    sys.exit(main())
