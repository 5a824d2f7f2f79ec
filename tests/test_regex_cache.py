"""The compiled-pattern cache gives the patterns `re.compile` gives (the same program; a start set in the info
block where `re` found none, which changes no match), and survives bad files."""
from __future__ import annotations

import marshal
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from newsfacts import regex_cache

try:
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as op  # type: ignore[attr-defined]
except ImportError:                     # pragma: no cover (not CPython)
    pytest.skip("the cache is CPython's only", allow_module_level=True)

# patterns of the rules' kinds: a class of Chinese characters, a word alternation, named groups,
# flags, a back reference
PATTERNS = [
    (r"(?=[一二三四五六七八九十])(?P<n>[一二三四五六七八九十百千万亿]+)(?:个|家|项)", 0),
    (r"(?:有限责任公司|有限公司|集团|银行)", 0),
    (r"(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])", 0),
    (r"<(?:p|div|br)\b[^<>]*>", re.IGNORECASE),
    (r"^记者\s*(.+)$", re.MULTILINE | re.DOTALL),
]


def _code_of(entry: tuple) -> list[int]:
    return array(regex_cache._WORD, entry[1]).tolist()


def _same_program_as_re(pattern: str, flags: int, entry: tuple) -> bool:
    """The entry's code is what `re` compiles, but for a start set in the info block where `re` put none."""
    ours, plain = _code_of(entry), _compiler._code(_parser.parse(pattern, flags), flags)
    same_body = ours[ours[1] + 1:] == plain[plain[1] + 1:] and ours[3:5] == plain[3:5]
    return same_body and (ours == plain or (plain[2] == 0 and ours[2] == op.SRE_INFO_CHARSET))


def _compiled_afresh(pattern: str) -> re.Pattern:
    return regex_cache._built(pattern, regex_cache._code(pattern, 0))


def _guarded_program(pattern: str, flags: int, entry: tuple) -> bool:
    """The entry's code is what `re` compiles of the pattern's syntax with regex_cache's lookaheads before the
    alternatives that open with a group (test_speed_guards checks that they change no match)."""
    parsed = _parser.parse(pattern, flags)
    regex_cache._guard_branches(parsed.data)
    ours, plain, unguarded = _code_of(entry), _compiler._code(parsed, flags), _compiler._code(_parser.parse(pattern, flags), flags)
    return ours[ours[1] + 1:] == plain[plain[1] + 1:] != unguarded[unguarded[1] + 1:]


GUARDED = [
    (r"(?:(?P<a>(?:x)?y\d)|(?P<b>z+w)|(?P<c>q))", True),       # groups of optional parts, of a repeat: guarded
    (r"(?:(?P<a>x?y)|(?P<b>(?=a)\w))", True),
    (r"(?:(?P<a>xy)|(?P<b>zw))", False),                          # groups that open with a literal: re tests it
    (r"(?:1[0-2]|0?[1-9])", False),                               # no group
    (r"(?:(?P<a>x?)|(?P<b>y))", False),                           # a group that may match nothing
]


@pytest.mark.parametrize(("pattern", "guarded"), GUARDED)
def test_alternatives_that_open_with_groups_of_optional_parts_are_guarded(fresh_store, pattern, guarded):
    entry = regex_cache._code(pattern, 0)
    assert _guarded_program(pattern, 0, entry) is guarded
    built = regex_cache._built(pattern, entry)
    for text in ["xy1 y2 zzw q zw yq a1 aw xq", "", "xxy3", "zw", "y"]:
        assert [(m.span(), m.groups()) for m in built.finditer(text)] == \
            [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text)]


# (pattern, whether its first alternative gets the run guard): parts that consume only one class of characters
# (a year's digits, the spaces after it), then a part that must consume a character outside that class
RUN_GUARDED = [
    (r"(?:(?P<a>(?:19|20)?\d{2})\s?年|(?P<b>\d{1,2})月)", True),
    (r"(?:(?P<a>[〇零一二三四五六七八九]{2,4})年|(?P<b>\d+)(?P<s>[-/.])\d)", True),
    (r"(?:(?P<a>(?<!\d)\d+)\d[年月]|(?P<b>x))", True),
    (r"(?:(?P<a>\d+)(?:\d|年)|(?P<z>z))", False),             # the next part may start inside the run
    (r"(?:(?P<a>\d+)\w|(?P<z>z))", False),                     # the next part's class is a category: not known
    (r"(?:(?P<a>\d+)年?\d|(?P<z>z))", False),                 # the next part may match nothing, and then a digit
]
RUN_TEXTS = ["12021年 2021年 2021 年 21年 3月 123月 ２０２１年 二〇二一年 2021-5 99x 1年 年 20212年 2020年5 1-2",
             "", "年", "2021", "x", "二〇二一 年", "１２月 ١٢年"]


@pytest.mark.parametrize(("pattern", "guarded"), RUN_GUARDED)
def test_a_run_guard_demands_what_follows_the_run_and_changes_no_match(fresh_store, pattern, guarded):
    """`(?=[run]*+[next])` before an alternative is written only where the next part cannot start inside the run,
    so that it holds wherever the alternative matches: the same matches as `re.compile`'s."""
    first = _parser.parse(pattern, 0).data[0][1][1][0]                  # the alternation's first branch
    assert (regex_cache._run_then_next(first.data) is not None) is guarded
    built = _compiled_afresh(pattern)
    for text in RUN_TEXTS:
        assert [(m.span(), m.groups()) for m in built.finditer(text)] == \
            [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text)], text


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
    entry = regex_cache._store.entries[(pattern, int(flags))]
    assert _same_program_as_re(pattern, flags, entry)
    expected = re.compile(pattern, flags)
    for built in (first, second):
        assert built == regex_cache._built(pattern, entry)        # CPython compares flags, text and code
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
        assert _same_program_as_re(pattern, flags, entry) or _guarded_program(pattern, flags, entry), pattern[:80]
    assert any(_code_of(entry)[2] == op.SRE_INFO_CHARSET and re.compile(*key) != regex_cache._built(key[0], entry)
               for key, entry in entries.items())                 # start sets `re` does not find


# (pattern, what a match can open with, or None when the pattern keeps re's own info block); the texts
# below hold each of these openings and others
OPENINGS = [
    (r"(?=[一二三])\S+?个", "一二三"),                             # a lookahead: what it demands
    (r"(?=(?<![0-9])[0-9]|年(?:初|底))\w+", "0123456789年"),        # lookbehinds inside it demand nothing
    (r"(?<![\d,])\d{1,3}(?:，\d{3})+", "0123456789"),              # a lookbehind first, then a repeat
    (r"[ \t]+", " \t"),
    (r"(?:(?P<up>上升|增加)|(?P<down>下降))\d", "上增下"),          # named groups around alternations
    (r"a?(?=b)\w", "ab"),                                         # an optional character, then a lookahead
    (r"(?=a|)b", "b"),                                            # a lookahead that may demand nothing
    (r"(?:^a|b)", "ab"),
    (r"[^a]b", None),                                             # a negated class: anything
    (r"(?i:a)b", None),                                           # ignoring case: left to re
    (r"x*", None),                                                # a match may be empty
    (r"(?=a)", None),
    (r"^\s*x", None),                                             # opens with ^: re stops at once
    (r"a|b", None),                                               # re's own charset
]
TEXTS = ["aab b 一个 二三十个 12，345 2021年初 上升5 下降 增加3  x\t\tab ", "", "b", "\n x", "ba a"]


@pytest.mark.parametrize(("pattern", "opens"), OPENINGS)
def test_a_start_set_holds_what_a_match_can_open_with_and_changes_no_match(fresh_store, pattern, opens):
    entry = regex_cache._code(pattern, 0)
    code, plain = _code_of(entry), _compiler._code(_parser.parse(pattern, 0), 0)
    if opens is None:
        assert code == plain
        return
    assert code[2] == op.SRE_INFO_CHARSET and plain[2] == 0
    items, _ = regex_cache._opening(_parser.parse(pattern, 0).data)
    probe = "".join(chr(c) for c in range(0x20, 0x7f)) + "一二三上增下年初，\t\n"
    assert {c for c in probe if _in_items(items, c)} == set(opens)
    built = regex_cache._built(pattern, entry)
    for text in [*TEXTS, *(c + "b 个" for c in probe)]:
        assert [(m.span(), m.groups()) for m in built.finditer(text)] == \
            [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text)]


def _in_items(items, char: str) -> bool:
    """Is `char` in the class that the parsed class items describe?"""
    categories = {op.CATEGORY_DIGIT: r"\d", op.CATEGORY_SPACE: r"\s", op.CATEGORY_WORD: r"\w"}
    return any((kind is op.LITERAL and chr(value) == char) or (kind is op.RANGE and value[0] <= ord(char) <= value[1])
               or (kind is op.CATEGORY and re.fullmatch(categories[value], char) is not None) for kind, value in items)


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2, 3]),
                                     marshal.dumps({(PATTERNS[0][0], 0): (0, b"\xff\xff\x0f\x00", 0, {}, (None,))}),
                                     marshal.dumps({(PATTERNS[0][0], 0): (0, b"\x01\x02\x03", 0, {}, (None,))})],
                         ids=["empty", "garbage", "a list", "invalid code", "code of a broken length"])
def test_a_broken_cache_file_is_ignored(fresh_store, content):
    from newsfacts.regex_cache import _cache_path

    path = _cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert regex_cache.compile(PATTERNS[0][0]) == _compiled_afresh(PATTERNS[0][0])


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
    assert regex_cache.compile(PATTERNS[2][0]) == _compiled_afresh(PATTERNS[2][0])
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


def test_an_engine_whose_internals_differ_falls_back_to_re(fresh_store, monkeypatch):
    """On a CPython whose `re` internals changed, building the code fails; the pattern is then `re`'s own."""
    def changed(pattern, flags):
        raise TypeError("_compile_charset() takes 4 arguments")
    monkeypatch.setattr(regex_cache, "_code", changed)
    pattern, flags = PATTERNS[0]
    compiled = regex_cache.compile(pattern, flags)
    assert compiled.findall("这里有三个项目和五家企业") == re.compile(pattern, flags).findall("这里有三个项目和五家企业")
    assert compiled.search("有三个项目").group("n") == "三"


# the headers of other stories' lists on real pages (unseen8_page2-sinatech-1's `> 相关阅读：`, a 2009 blog's
# `相关日志`), and the openings of real article paragraphs
@pytest.mark.parametrize(("pattern", "opens"), [
    (r"(?:[>›»]\s*)?(?:相关|延伸)(?:阅读|新闻)\s*[:：]?", ">›»相延"),
    (r"\d+", None),                                               # a category: no set of literals
    (r"(?i:a)b", None),                                           # ignoring case
    (r"a?", None),                                                # a match may be empty
    (r"[^a]b", None),
])
def test_opening_chars_are_every_character_a_match_can_open_with(pattern, opens):
    compiled = re.compile(pattern)
    assert regex_cache.opening_chars(compiled) == (frozenset(opens) if opens else None)
    if opens:
        for text in ["> 相关阅读：", "相关日志", "延伸阅读", "›相关新闻", "  相关新闻", "据介绍，相关新闻…", "1相关阅读"]:
            assert compiled.fullmatch(text) is None or text[0] in opens


def test_the_related_header_rule_opens_with_its_marks_and_words():
    from newsfacts import cleaning

    rules = cleaning._rules()
    openings = rules["related_openings"]
    assert openings is not None and {">", "相", "延", "猜"} <= openings
    for text in ["> 相关阅读：", "相关日志", "延伸阅读", "猜你喜欢", "往期回顾"]:
        assert rules["related_header"].fullmatch(text) and text[0] in openings


@pytest.mark.parametrize("pattern, needs", [
    (r"^.{0,30}(?:>>|》》|»)$", {">>", "》》", "»"}),                  # 点击进入“文艺星青年”>> (people-1)
    (r"^(?:\d{1,2}\s*[、.．]\s*)?回复\s*【[^】]{1,12}】", {"回复"}),     # 1、回复【公租房】查看最新消息 (thepaper-2)
    (r"^.{0,30}供稿(?:\s|$)", {"供稿"}),                                # 医技药剂党支部、药剂科供稿 摄影/张艳 (zyyfy-1)
    (r"^(?:本文|此文)?(?:仅供参考|不构成投资建议)", {"仅供参考", "不构成投资建议"}),
    (r"^(?=.{0,60}$)[^“”\"「」]*您[^“”\"「」]*[！!]$", {"您"}),          # …助您挖掘潜力主题机会！ (unseen_post-07)
    (r"^\s*(?:[-—]+|\*+|…+)\s*$", {"-", "—", "*", "…"}),               # a rule of dashes (text-001)
    (r"\d+", None),                                                      # digits: no literal
    (r"(?:记者)?王", {"王"}),                                             # an optional word needs nothing
    (r"(?i:ab)c", {"c"}),                                                # (a group with flags is not read)
    (r"[^a]b|c", {"b", "c"}),
    (r"x?", None),
])
def test_required_strings_are_words_every_match_holds(pattern, needs):
    assert regex_cache.required_strings(pattern) == (tuple(sorted(needs)) if needs else None)


def test_drop_lines_are_found_as_one_search_per_pattern_finds_them():
    """`_drops_line` tries a pattern only on a paragraph that opens with its character or holds its words:
    the same answers as searching every pattern, on the fixtures' boilerplate lines and their prose."""
    from newsfacts import cleaning
    from newsfacts.chinese import han_pattern
    from newsfacts.tables import load_toml

    patterns = [re.compile(han_pattern(p)) for p in load_toml("boilerplate.toml")["drop_line"]]
    dropped = ["点击进入“文艺星青年”>>", "1、回复【公租房】查看最新消息", "看都看完了，点【在看】试试", "上一篇",
               "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳",
               "炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！", "-" * 50, "})();",
               "《 人民日报海外版 》（ 2021年09月20日 第 03 版）", "来源：沸点视频", "图片均来自网络", "经过文刃重新编排"]
    root = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
    prose = [line for path in sorted(root.glob("*.txt"))[:12] for line in path.read_text(encoding="utf-8").split("\n")]
    for line in dropped + prose + [line[cut:] for line in prose for cut in (1, 5, 20)]:
        assert cleaning._drops_line(line) is any(p.search(line) for p in patterns), line
    assert all(cleaning._drops_line(line) for line in dropped)
