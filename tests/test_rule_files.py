"""Every data file loads and holds to its declared shape; a broken file is an error naming the file and the key."""
from __future__ import annotations

import re
import tomllib
from typing import get_type_hints

import pytest

from newsfacts import rules, tables
from newsfacts.errors import DataFileError

DATA = tables.DATA
TOML_FILES = sorted(path.name for path in DATA.glob("*.toml"))
WORD_FILES = sorted(path.name for path in DATA.glob("*.txt") if path.name != "user_dict.txt")
TSV_FILES = sorted(path.relative_to(DATA).as_posix() for path in DATA.rglob("*.tsv"))


def test_every_rule_file_has_a_shape():
    assert TOML_FILES and set(TOML_FILES) == set(rules.SHAPES)


@pytest.mark.parametrize("name", TOML_FILES)
def test_rule_file_loads_as_its_record(name):
    record = tables.load_rules(name)
    assert isinstance(record, rules.SHAPES[name])
    assert tables.load_toml(name) == tomllib.loads(tables.data_text(name))


@pytest.mark.parametrize("name", WORD_FILES)
def test_word_list_loads(name):
    assert len(tables.load_words(name)) > 10


@pytest.mark.parametrize("name", TSV_FILES)
def test_tsv_file_loads(name):
    assert len(tables.load_tsv(name)) > 0


def _records() -> list[type]:
    return [value for value in vars(rules).values() if isinstance(value, type) and issubclass(value, rules.Record)]


@pytest.mark.parametrize("shape", _records(), ids=lambda shape: shape.__name__)
def test_field_types_are_those_of_get_type_hints(shape):
    """The loader evaluates each annotation text once for all records; the types must be get_type_hints' own."""
    assert list(rules._hints(shape).items()) == list(get_type_hints(shape).items())


def _keys(shape, prefix="") -> set[str]:
    found = set()
    for name, (hint, _required) in rules._fields(shape).items():
        found.add(name)
        if isinstance(hint, type) and issubclass(hint, rules.Record):
            found |= _keys(hint)
    return found


# a field described in a header: `#   name   what it is` on its own line, or `name (what it is)` in a
# list after `Fields:` (`Fields: digits (character → value), units (…)`)
_DESCRIBED = re.compile(r"^#\s{1,4}([a-z][a-z_]*[a-z])\s{2,}\S|(?:Fields:|[,;])\s*(?:#\s*)?([a-z][a-z_]*) \(", re.M)


@pytest.mark.parametrize("name", TOML_FILES)
def test_header_describes_only_real_fields(name):
    """The leading comment names the file's fields; none it names may be missing from the file."""
    text = tables.data_text(name)
    header = "\n".join(re.match(r"(?:#.*\n|\s*\n)*", text).group().splitlines())
    fields_part = header[header.find("Fields"):] if "Fields" in header else ""
    described = {a or b for a, b in _DESCRIBED.findall(fields_part)}
    assert described - _keys(rules.SHAPES[name]) == set()


BROKEN = [
    # (file, its text, what the error must say)
    ("stocks.toml", 'after = ["称"]\nbefore = ["如"]\nordinary_max_length = 3\nafter_words = ["x"]\n', "unknown key 'after_words' (declare it in rules.py)"),
    ("stocks.toml", 'after = ["称"]\nordinary_max_length = 3\n', "missing key 'before'"),
    ("stocks.toml", 'after = ["称"]\nbefore = ["如"]\nordinary_max_length = "3"\n', "ordinary_max_length: a int expected, found str '3'"),
    ("stocks.toml", 'after = ["称", "表示", "称"]\nbefore = []\nordinary_max_length = 3\n', "after: '称' listed twice"),
    ("links.toml", "[target]\ngoal_words = []\n", "missing key 'target.metric_words'"),
    ("dates.toml", "[plan_periods]\n", "missing key 'months_ahead'"),
    ("units.toml", '[units]\n"米" = ["m", "1"]\n', "units.米[1]: a float expected, found str '1'"),
    ("pages.toml", 'title_meta = [["property"]]\n', "title_meta[0]: 2 items expected, found 1"),
]


@pytest.mark.parametrize("name, text, message", BROKEN)
def test_broken_rule_file_is_an_error_naming_file_and_key(name, text, message):
    with pytest.raises(DataFileError) as err:
        rules.typed(name, tomllib.loads(text))
    assert str(err.value) == f"invalid data file {name}: {message}"


def test_word_listed_twice_in_a_word_list(monkeypatch):
    monkeypatch.setattr(tables, "data_text", lambda name: "# header\n新华社\n人民日报\n新华社\n")
    tables.load_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"media\.txt at line 4: '新华社' listed twice \(line 2\)"):
            tables.load_words("media.txt")
    finally:
        tables.load_words.cache_clear()


def test_every_inline_cut_holds_the_word_it_is_tested_by():
    # the cleaner tests the word before the pattern: a pattern that could match without it would never run
    from newsfacts import cleaning

    for word, pattern in cleaning._rules()["cut_inline"]:
        assert word in pattern.pattern, (word, pattern.pattern)
    sample = "可以提供400套廉租房。我要评论"          # fixtures/corpus (a link home is cut before: link_home)
    line = cleaning._Line(sample)
    for word, pattern in cleaning._rules()["cut_inline"]:
        match = pattern.search(line.text) if word in line.text else None
        if match:
            line.cut(match.start(), match.end())
    assert line.text == "可以提供400套廉租房。"


def test_every_floating_drop_line_branch_opens_with_a_literal_character():
    # the floating drop_line patterns are searched as one alternation at every line; `re` jumps to where
    # one can start only when each branch opens with a literal (boilerplate.toml's header)
    import re

    from newsfacts.tables import load_toml

    for pattern in load_toml("boilerplate.toml")["drop_line"]:
        if not pattern.startswith("^"):
            branches = re.split(r"\|(?![^(]*\))", pattern)
            assert all(b and (b[0].isalnum() or ord(b[0]) > 0x2E80) for b in branches), pattern
