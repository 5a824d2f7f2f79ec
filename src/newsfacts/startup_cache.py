"""What a start computes from the program's own rules, kept on disk between runs (compiled patterns, parsed
rule files), so that the next process reads it instead of computing it again.

A store is one `marshal` file of a dict: each entry holds what it was computed from, or its caller checks
that it still fits (a pattern's text, a rule file's text), so a stale entry is never used, only replaced.
A file that is missing, unreadable, corrupt or of another shape is ignored; nothing is ever read from it
but plain values (`marshal`, not `pickle`). A process that computed something the file did not hold writes
the file again when it exits.

Where: `$NEWSFACTS_CACHE_DIR`, else `$XDG_CACHE_HOME/newsfacts`, else `~/.cache/newsfacts`;
`NEWSFACTS_CACHE_DIR=off` turns it off.
"""
from __future__ import annotations

import atexit
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

_MAX_ENTRIES = 2000                     # beyond these the file keeps only what the last run used
_MAX_BYTES = 4 << 20


class Store:
    """The entries read from one cache file, and what this process added or used."""

    def __init__(self, path: Path | None, valid: Callable[[Any], bool], size: Callable[[Any], int] = lambda entry: 0):
        self.path = path
        self.size = size
        self.entries: dict = _read(path, valid) if path else {}
        self.used: set = set()
        self.dirty = False

    def save(self) -> None:
        """Write the file (atomically) when this process computed entries it did not hold."""
        if not self.dirty or self.path is None:
            return
        entries = self.entries
        if len(entries) > _MAX_ENTRIES or sum(map(self.size, entries.values())) > _MAX_BYTES:
            entries = {key: entries[key] for key in self.used}
        import tempfile  # only a run that computed something new writes

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".cache-")
            with os.fdopen(handle, "wb") as out:
                marshal.dump(entries, out)
            os.replace(temporary, self.path)
            self.dirty = False
        except (OSError, ValueError):
            pass                        # a read-only home: every run computes, as without the cache


def opened(path: Path | None, valid: Callable[[Any], bool], size: Callable[[Any], int] = lambda entry: 0) -> Store:
    """The store of the file at `path`, written again when the process exits if it computed entries the file lacked."""
    store = Store(path, valid, size)
    atexit.register(store.save)
    return store


def _read(path: Path, valid: Callable[[Any], bool]) -> dict:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        entries = marshal.loads(data)     # (marshal.load of a file reads each string with a call of its own)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: entry for key, entry in entries.items() if valid(entry)}


def cache_file(name: str) -> Path | None:
    """The path of the cache file `name`, or None when the cache is off or there is no folder for it."""
    chosen = os.environ.get("NEWSFACTS_CACHE_DIR")
    if chosen is not None and chosen.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen) / name
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfacts" / name
    except (RuntimeError, KeyError, OSError):
        return None                      # no home directory (a bare container user): no cache
