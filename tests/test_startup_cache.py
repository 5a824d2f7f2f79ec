"""The start-up cache of parsed rule files gives what `tomllib` parses of each file's present text, and
never a table of an earlier text of the file; a broken cache file is ignored."""
from __future__ import annotations

import marshal
import tomllib

import pytest

from newsfacts import tables

TOML_FILES = sorted(path.name for path in tables.DATA.glob("*.toml"))


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """A cache in a folder of its own, and no parsed table kept by this process."""
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(tables, "_store", None)
    tables._parse_toml.cache_clear()
    yield tmp_path
    tables._parse_toml.cache_clear()
    monkeypatch.setattr(tables, "_store", None)


def _next_process(monkeypatch) -> None:
    """What a new process sees: the store read again from its file, no table in memory."""
    tables._store.save()
    monkeypatch.setattr(tables, "_store", None)
    tables._parse_toml.cache_clear()


def test_a_table_from_the_cache_is_what_tomllib_parses(fresh_store, monkeypatch):
    for name in TOML_FILES:
        tables._parse_toml(name)
    _next_process(monkeypatch)
    assert set(tables._the_store().entries) == set(TOML_FILES)
    for name in TOML_FILES:
        assert tables._parse_toml(name) == tomllib.loads(tables.data_text(name))
    assert not tables._store.dirty                                   # every table came from the file


def test_a_changed_rule_file_is_parsed_again(fresh_store, monkeypatch):
    real = tables.data_text("stocks.toml")
    tables._parse_toml("stocks.toml")
    _next_process(monkeypatch)
    edited = real.replace("ordinary_max_length = ", "ordinary_max_length = 1", 1)
    assert edited != real
    monkeypatch.setattr(tables, "data_text", lambda name: edited)
    assert tables._parse_toml("stocks.toml") == tomllib.loads(edited) != tomllib.loads(real)


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2]),
                                     marshal.dumps({"stocks.toml": ("other text", {"after": []})}),
                                     marshal.dumps({"stocks.toml": ("text", "not a table")})],
                         ids=["empty", "garbage", "a list", "a stale entry", "an entry of another shape"])
def test_a_broken_cache_file_is_ignored(fresh_store, content):
    path = tables._the_store().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    tables._store = None
    assert tables._parse_toml("stocks.toml") == tomllib.loads(tables.data_text("stocks.toml"))


def test_off_parses_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "off")
    monkeypatch.setattr(tables, "_store", None)
    tables._parse_toml.cache_clear()
    try:
        assert tables._parse_toml("stocks.toml") == tomllib.loads(tables.data_text("stocks.toml"))
        tables._store.save()
    finally:
        tables._parse_toml.cache_clear()
        monkeypatch.setattr(tables, "_store", None)
    assert not list(tmp_path.iterdir())


TSV_FILES = ["locations.tsv", "sectors.tsv", "public_bodies.tsv", "named_areas.tsv", "body_words.tsv"]


def test_a_tsv_table_from_the_cache_is_what_its_text_splits_to(fresh_store, monkeypatch):
    for name in TSV_FILES:
        tables._tsv(name)
    _next_process(monkeypatch)
    for name in TSV_FILES:
        assert tables._tsv(name) == tables._split_tsv(name, tables.data_text(name))
    assert not tables._store.dirty
    rows = tables.load_columns("locations.tsv", ("form", "name", "admin", "code"))
    assert ("杭州", "杭州市", "city", "330100") in rows


def test_a_changed_tsv_file_is_split_again(fresh_store, monkeypatch):
    real = tables.data_text("named_areas.tsv")
    tables._tsv("named_areas.tsv")
    _next_process(monkeypatch)
    edited = real.rstrip("\n").rsplit("\n", 1)[0] + "\n"           # the last row gone
    monkeypatch.setattr(tables, "data_text", lambda name: edited)
    assert len(tables._tsv("named_areas.tsv")[1]) == len(tables._split_tsv("named_areas.tsv", real)[1]) - 1


def test_a_word_list_from_the_cache_is_what_its_lines_list(fresh_store, monkeypatch):
    tables.load_words.cache_clear()
    try:
        tables.load_words("org_words.txt")
        _next_process(monkeypatch)
        tables.load_words.cache_clear()
        assert tables.load_words("org_words.txt") == tables._word_set("org_words.txt", tables.data_text("org_words.txt"))
        assert not tables._store.dirty
    finally:
        tables.load_words.cache_clear()


def test_an_entry_of_another_reader_is_not_used(fresh_store, monkeypatch):
    """An entry made by an earlier version of a reader (its code changed since) is read again."""
    tables._tsv("named_areas.tsv")
    _next_process(monkeypatch)
    entry = tables._the_store().entries["named_areas.tsv"]
    tables._store.entries["named_areas.tsv"] = (entry[0], ((), ()), b"an older reader")
    assert tables._tsv("named_areas.tsv") == tables._split_tsv("named_areas.tsv", entry[0]) != ((), ())
