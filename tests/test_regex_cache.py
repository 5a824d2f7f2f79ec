"""The compiled-pattern cache gives exactly the patterns `re.compile` gives, and survives bad files."""
from __future__ import annotations

import marshal
import re
import subprocess
import sys

import pytest

from newsfacts import regex_cache

# patterns of the rules' kinds: a class of Chinese characters, a word alternation, named groups,
# flags, a back reference
PATTERNS = [
    (r"(?=[一二三四五六七八九十])(?P<n>[一二三四五六七八九十百千万亿]+)(?:个|家|项)", 0),
    (r"(?:有限责任公司|有限公司|集团|银行)", 0),
    (r"(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])", 0),
    (r"<(?:p|div|br)\b[^<>]*>", re.IGNORECASE),
    (r"^记者\s*(.+)$", re.MULTILINE | re.DOTALL),
]


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """A cache in an empty folder, as on a first run."""
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_store", None)
    yield tmp_path
    monkeypatch.setattr(regex_cache, "_store", None)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_equals_re_compile(fresh_store, monkeypatch, pattern, flags):
    first = regex_cache.compile(pattern, flags)                    # compiled, then written
    regex_cache._store.save()
    monkeypatch.setattr(regex_cache, "_store", None)
    second = regex_cache.compile(pattern, flags)                   # built from the file's code
    assert (pattern, int(flags)) in regex_cache._store.entries
    expected = re.compile(pattern, flags)
    for built in (first, second):
        assert built == expected                                   # CPython compares flags, text and code
        assert built.groupindex == expected.groupindex and built.groups == expected.groups
    text = "2023-05-10 与 2023/5/10，三百家有限公司<P class=x>记者 王某\n"
    assert [m.span() for m in second.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_every_rule_pattern_of_a_run_equals_re_compile(tmp_path):
    """All patterns the package compiles on a real article, read back from the file a run wrote."""
    seed = "seeds/000_f06b78f4610cb85f.txt"
    env = {"NEWSFACTS_CACHE_DIR": str(tmp_path), "PATH": ""}
    subprocess.run([sys.executable, "-m", "newsfacts", "extract", seed], env=env, check=True, capture_output=True)
    (path,) = tmp_path.glob("patterns-*.marshal")
    entries = marshal.loads(path.read_bytes())
    assert len(entries) > 50                                       # the rules' patterns, not a handful
    for (pattern, flags), entry in entries.items():
        assert regex_cache._built(pattern, entry) == re.compile(pattern, flags), pattern[:80]


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2, 3]),
                                     marshal.dumps({(PATTERNS[0][0], 0): (0, b"\xff\xff\x0f\x00", 0, {}, (None,))}),
                                     marshal.dumps({(PATTERNS[0][0], 0): (0, b"\x01\x02\x03", 0, {}, (None,))})],
                         ids=["empty", "garbage", "a list", "invalid code", "code of a broken length"])
def test_a_broken_cache_file_is_ignored(fresh_store, content):
    from newsfacts.regex_cache import _cache_path

    path = _cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert regex_cache.compile(PATTERNS[0][0]) == re.compile(PATTERNS[0][0])


def test_off_compiles_with_re_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "off")
    monkeypatch.setattr(regex_cache, "_store", None)
    assert regex_cache.compile(PATTERNS[1][0]) == re.compile(PATTERNS[1][0])
    regex_cache._store.save()
    monkeypatch.setattr(regex_cache, "_store", None)
    assert not list(tmp_path.iterdir())


def test_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("x")                                        # a file where the folder should be
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(regex_cache, "_store", None)
    assert regex_cache.compile(PATTERNS[2][0]) == re.compile(PATTERNS[2][0])
    regex_cache._store.save()                                      # OSError swallowed: no cache, no failure
    monkeypatch.setattr(regex_cache, "_store", None)


def test_no_home_directory_means_no_cache_not_a_failure(tmp_path):
    """A user without a home directory (HOME unset, no XDG_CACHE_HOME, as in bare containers) still runs."""
    env = {"PATH": ""}                              # no HOME, no XDG_CACHE_HOME, no NEWSFACTS_CACHE_DIR
    code = ("import pathlib, newsfacts.regex_cache as r\n"
            "pathlib.Path.home = classmethod(lambda cls: (_ for _ in ()).throw(RuntimeError('no home')))\n"
            "print(r._cache_path())\n"
            "print(r.compile('a+b') is not None)")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "True"]
    assert list(tmp_path.iterdir()) == []          # nothing written where the process stands
