"""`newsfacts show`: review pages for a batch, through the same workers as `extract`.

Each worker reads and analyses one file with the pipeline, renders its page
(`show.render_page`) and writes it, handing back a small summary for the index;
this process writes `index.html` from the summaries, in input order.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter

import click

SHOW_HELP = """Write a review page per article: the text as the extractor saw it, every fact highlighted.

Each page is one self-contained HTML file (no network): hover or focus a
highlight for its normalized value, filter types, follow a target or an
investment to the facts it joins, open what the cleaner removed. With -o DIR,
DIR gets one page per file and index.html, a sortable table of the batch that
lists bad files with their error. Without -o, one file's page goes to standard
output.

\b
Examples:
  newsfacts show seeds/000_f06b78f4610cb85f.txt -o review/
  newsfacts show articles/ -o review/ --jobs 2
  newsfacts show --format html article.html > article-review.html

\b
Exit status: 0 all files read, 1 some files failed (the rest written), 2 usage error.
"""


def _read(path: str, max_size: int, data: bytes | None) -> bytes | None:
    """The file's bytes, or None when they cannot be read (the pipeline then reports why)."""
    from .reading import read_bytes

    if data is not None:
        return data
    try:
        return read_bytes(path, max_size)
    except Exception:
        return None


def show_one(task: tuple, lazy: bool = False) -> tuple[str | None, str | None, str]:
    """Analyse one file and render its page: (source, error or None, summary as JSON). The page
    is written into the task's folder, or put in the summary (`html`) when there is none. Any
    exception becomes this file's error, never the batch's end. `lazy` is the batch runner's
    flag for work in this process; a page is small, so it is unused."""
    path, max_size, data, folder, name = task
    began = time.perf_counter()
    try:
        summary = _page(path, max_size, data, folder, name)
    except Exception as err:  # noqa: BLE001 - one file's bug must not end the batch
        if os.environ.get("NEWSFACTS_TRACEBACK"):
            raise
        summary = _unread(path, f"internal error: {type(err).__name__}: {err}")
    summary["seconds"] = time.perf_counter() - began
    return summary["source"], summary["error"], json.dumps(summary, ensure_ascii=False)


def show_failed(task: tuple, reason: str) -> tuple[str | None, str | None, str]:
    """The index row of a file left unread (a worker that died or overran its time)."""
    summary = _unread(task[0], reason)
    return summary["source"], summary["error"], json.dumps(summary, ensure_ascii=False)


def _unread(path: str, reason: str) -> dict:
    return {"source": path, "title": None, "kind": None, "published": None, "error": reason, "page": None,
            "counts": {}, "seconds": 0.0}


def _page(path: str, max_size: int, data: bytes | None, folder: str | None, name: str) -> dict:
    from .pipeline import extract_file
    from .reading import decode
    from .show import removed_lines, render_page

    raw_bytes = _read(path, max_size, data)
    document = extract_file(path, max_size=max_size, data=raw_bytes)
    summary: dict = {"source": document.source, "title": document.title, "kind": document.kind,
                     "published": document.published, "error": document.error, "page": None,
                     "counts": dict(Counter(fact.type for fact in document.facts))}
    if document.error is not None:
        return summary
    try:
        removed = removed_lines(decode(raw_bytes), document.text) if raw_bytes is not None else None
    except Exception:  # noqa: BLE001 - what was cut is a help, never a reason to lose the page
        removed = None
    page = render_page(document.to_dict(), removed)
    if folder is None:
        summary["html"] = page
    else:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(page)
        summary["page"] = name
    return summary


def _utf8_stdout():
    stream = sys.stdout
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


def _write_index(folder: str, rows: list[dict]) -> None:
    from .show import render_index

    path = os.path.join(folder, "index.html")
    temp = path + ".tmp"
    with open(temp, "w", encoding="utf-8") as out:
        out.write(render_index(rows))
    os.replace(temp, path)


def _tasks(files: list[str], folder: str | None, max_bytes: int, stdin_data: bytes | None) -> list[tuple]:
    """One task per file, each with a page name unique in the batch; a page may not replace an input."""
    from .show import page_name

    taken: set[str] = set()
    inputs = {os.path.realpath(path) for path in files if path != "-"}
    tasks = []
    for path in files:
        name = page_name(path, taken)
        if folder is not None and os.path.realpath(os.path.join(folder, name)) in inputs:
            raise click.UsageError(f"the page of {path} would replace an input file; choose another -o folder")
        tasks.append((path, max_bytes, stdin_data if path == "-" else None, folder, name))
    return tasks


def _check_usage(files: list[str], folder: str | None, format_name: str | None) -> None:
    """Usage errors before any work; makes the output folder."""
    if not files:
        raise click.UsageError("no files to read: the folders hold no file matching --glob")
    if files.count("-") > 1:
        raise click.UsageError("standard input (-) can be given only once")
    if folder is None and len(files) > 1:
        raise click.UsageError(f"{len(files)} files: give -o DIR for their pages and index")
    if folder is not None and format_name is not None:
        raise click.UsageError("--format html writes one page to standard output; leave out -o")
    if folder is not None:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as err:
            raise click.UsageError(f"cannot make the folder {folder}: {err.strerror}") from None


@click.command("show", help=SHOW_HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False), default=None,
              help="Folder for the pages and index.html (made if missing).")
@click.option("--format", "format_name", type=click.Choice(["html"]), default=None,
              help="Without -o: write the one file's page to standard output.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option("--glob", default=None, help="File name patterns to take from folders [default: as extract].")
@click.option("--max-size", default="20MB", show_default=True, help="Refuse files larger than this.")
def show_command(paths, folder, format_name, jobs, glob, max_size) -> None:
    from .cli import DEFAULT_GLOB, ExitStatus, _parse_size, _stdin_bytes, error_line, expand_paths, run_documents

    max_bytes = _parse_size(max_size)
    files = expand_paths(paths, glob or DEFAULT_GLOB)
    _check_usage(files, folder, format_name)
    stdin_data = _stdin_bytes(max_bytes + 1) if "-" in files else None
    tasks = _tasks(files, folder, max_bytes, stdin_data)
    rows, failures = [], 0
    results = run_documents(tasks, jobs or os.cpu_count() or 1, work=show_one, failed=show_failed)
    for source, error, summary in results:
        row = json.loads(summary)
        if error:
            failures += 1
            click.echo(error_line(source, error), err=True)
        elif folder is None:
            _utf8_stdout().write(row.pop("html"))
        rows.append(row)
    if folder is not None:
        _write_index(folder, rows)
        click.echo(f"wrote {len(rows) - failures} pages and {os.path.join(folder, 'index.html')}", err=True)
    if failures:
        click.echo(f"{failures} of {len(files)} files failed", err=True)
        sys.exit(ExitStatus.SOME_FAILED)
