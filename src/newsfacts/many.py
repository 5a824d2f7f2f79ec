"""`extract_many`: many files for the library, in input order, in worker processes when asked,
under the command line's supervisor (`supervisor.run_documents`), so the library gets the same
isolation: a worker that dies or overruns the time limit costs only its file.

Like the command line, a file that cannot be read (or whose reading fails in an
unplanned way) gives a Document with `error` set instead of ending the batch.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from .document import Document
from .reading import DEFAULT_MAX_SIZE


def extract_many(paths: Iterable[str | os.PathLike], *, jobs: int | None = 1, max_size: int = DEFAULT_MAX_SIZE,
                 published: Any = None, keep_offset: bool = False, timeout: float | None = None) -> Iterator[Document]:
    """The Document of each file of `paths`, yielded in input order as they are ready.

    `jobs` processes read the files (None: one per core; 1: this process, no workers) under the
    command line's supervisor: a worker that dies on a file (out of memory, a crash) or takes
    longer than `timeout` seconds on it (None: no limit) costs only that file, which gets an error
    document. `published` and `keep_offset` as for `extract`. Never raises for a bad file: its
    Document has `error` set and no facts.

    >>> [d.error for d in extract_many(["no/such/article.txt"])]
    ['no such file']
    """
    from .clock import given_published

    tasks = [(os.fspath(path), max_size, given_published(published), keep_offset) for path in paths]
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1:
        yield from map(_extract_one, tasks)
        return
    from .supervisor import run_documents

    yield from run_documents(tasks, jobs, _extract_one, _left_unread, timeout)


def _extract_one(task: tuple[str, int, str | None, bool], lazy: bool = False) -> Document:
    from .pipeline import extract_file

    path, max_size, published, keep_offset = task
    try:
        return extract_file(path, max_size=max_size, published=published, keep_offset=keep_offset)
    except Exception as err:  # noqa: BLE001 - one file's bug must not end the batch
        return Document(source=path, error=f"internal error: {type(err).__name__}: {err}")


def _left_unread(task: tuple, reason: str) -> Document:
    """The error document of a file that overran the time limit or whose worker died."""
    return Document(source=task[0], error=reason)
