"""Loading the data files of `newsfacts/data/` once, with checks.

Every rule table lives in a data file (STYLE habit 1); this module is the only
place that opens them. A TOML rule file is checked against its shape declared
in `rules.py` when first loaded (`load_rules` gives the typed record,
`load_toml` the checked table); word lists may not list a word twice; TSV rows
must have the header's width. Errors name the file and the key or line.
"""
from __future__ import annotations

import marshal
import sys
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .errors import DataFileError
from .rules import typed
from .startup_cache import Store, cache_file, opened

__all__ = ["DATA", "DataFileError", "data_path", "data_text", "load_columns", "load_rules", "load_toml", "load_tsv",
           "load_words"]

DATA = Path(__file__).resolve().parent / "data"  # wheels install unpacked; importlib.resources costs 4 ms to import


def data_path(name: str) -> Path:
    """Where the data file `name` is (for files read other than as text, like words.idx)."""
    return DATA / name


def data_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


@cache
def load_rules(name: str) -> Any:
    """The typed record of the TOML rule file `name` (its shape is declared in `rules.py`)."""
    return typed(name, _parse_toml(name))


def load_toml(name: str) -> dict[str, Any]:
    """The table of the TOML rule file `name`, checked against its declared shape."""
    load_rules(name)
    return _parse_toml(name)


@cache
def _parse_toml(name: str) -> dict[str, Any]:
    return _read_through(name, _toml)


def _toml(name: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DataFileError(f"invalid data file {name}: {err}") from None


@cache
def load_words(name: str) -> frozenset[str]:
    """The words of a one-word-per-line data file (lines starting with `#` are comments), each listed once."""
    return _read_through(name, _word_set)


def _word_set(name: str, text: str) -> frozenset[str]:
    words: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        word = line.strip()
        if word and not line.startswith("#"):
            if word in words:
                raise DataFileError(f"invalid data file {name} at line {number}: {word!r} listed twice (line {words[word]})")
            words[word] = number
    return frozenset(words)


def _read_through(name: str, read: Callable[[str, str], Any]) -> Any:
    """`read(name, text)` of the data file `name`, from the start-up cache when it holds what this same reader
    made of this same text (`tomllib` parses in Python, and the rule files, place table and word lists cost a
    cold start about a fifth of its time); else read, and kept for the next process."""
    text = data_text(name)
    store = _the_store()
    store.used.add(name)
    reader = _fingerprint(read)
    entry = store.entries.get(name)
    if entry is not None and entry[0] == text and entry[2] == reader:
        return entry[1]
    value = read(name, text)
    if store.path is not None and _plain(value):
        store.entries[name] = (text, value, reader)
        store.dirty = True
    return value


@cache
def _fingerprint(read: Callable) -> bytes:
    """The reader's compiled code: an entry made by an earlier version of the reader is not used."""
    return marshal.dumps(read.__code__)


def _plain(value: Any) -> bool:
    """Does marshal keep the value (no date values)?"""
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


_store: Store | None = None


def _the_store() -> Store:
    global _store
    if _store is None:
        _store = opened(cache_file(f"tables-v3-{sys.implementation.cache_tag}.marshal"), _valid_entry)
    return _store


def _valid_entry(entry: Any) -> bool:
    return (isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], str)
            and isinstance(entry[1], (dict, tuple, frozenset)) and isinstance(entry[2], bytes))


@cache
def load_tsv(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file (lines starting with `#` are comments), as dicts by header."""
    header, rows = _tsv(name)
    _require(name, header, required)
    return tuple(dict(zip(header, cells)) for cells in rows)


def load_columns(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The `columns` of every row of a TSV data file, in that order: what load_tsv gives,
    without building a dict per row (the place table has 6,000 rows, read at every start)."""
    header, rows = _tsv(name)
    _require(name, header, columns)
    if header == columns:
        return rows
    where = [header.index(column) for column in columns]
    return tuple(tuple(cells[i] for i in where) for cells in rows)


def _tsv(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(header, rows of cells) of a TSV data file, every row checked to have the header's width (from the
    start-up cache: splitting the place table's 6,000 rows costs twice as much)."""
    return _read_through(name, _split_tsv)


def _split_tsv(name: str, text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    numbered = [(number, tuple(line.split("\t"))) for number, line in enumerate(text.splitlines(), 1)
                if line and line[0] != "#" and not line.isspace()]
    if not numbered:
        return (), ()
    header = numbered[0][1]
    for number, cells in numbered:
        if len(cells) != len(header):
            raise DataFileError(f"invalid data file {name} at line {number}: {len(cells)} fields, expected {len(header)}")
    return header, tuple(cells for _, cells in numbered[1:])


def _require(name: str, header: tuple[str, ...], columns: tuple[str, ...]) -> None:
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataFileError(f"invalid data file {name}: missing columns {missing}")
