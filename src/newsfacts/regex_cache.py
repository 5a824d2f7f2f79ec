r"""Compiled regular expressions kept on disk between runs, so that a cold start does not compile them again.

The rules are many large patterns (word alternations, classes of Chinese characters), and `re`
spends about 110 ms of a 250 ms cold run compiling them, in Python. What `re` compiles a pattern
to is a list of 32-bit integers (the engine's code), which the C engine turns into a pattern at once.
This module keeps that code in one file per Python version, keyed by the pattern's text and
flags: a later run builds each pattern from its code (identical to what `re.compile` returns:
`==` on patterns compares the code), and any pattern it does not hold is compiled as usual and
added when the process exits. A file that is missing, unreadable, corrupt or from another engine
is ignored; nothing is ever read from it but integers and strings (`marshal`, not `pickle`).

The code is `re`'s with two additions, both read from the pattern's syntax: what a match (or a part
of it) can open with. `re` skips at C speed to the places where a match can start only when a pattern
opens with a literal, a class or an alternation of literals; a pattern that opens with a lookaround
(`(?=[一二三])…`, `(?<!\d)\d…`), a repeat (`\s+`) or a named group has its whole matcher run at every
character. Here such a pattern gets a start set where `re` puts its own (`_with_start_set`), so the
engine skips the other places. And `re` rejects an alternative of an alternation by its first
character only when the alternative opens with a literal or a class; one that opens with a group of
optional parts (each form of the date pattern) is entered in full wherever the alternation is tried.
Such an alternative gets a lookahead for the characters it can open with (`_guard_branches`). The
matches are the same: a place skipped, an alternative passed over, is one where no match can start.

The file is one of `startup_cache` (`NEWSFACTS_CACHE_DIR=off` turns it off). Only CPython has the
engine this relies on; elsewhere every pattern is compiled by `re`.
"""
from __future__ import annotations

import re
import sys
from array import array
from pathlib import Path

from .startup_cache import Store, cache_file, opened

try:                                    # the engine's own interface, as re._compiler.compile uses it
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as _op  # type: ignore[attr-defined]
except ImportError:                     # pragma: no cover (not CPython)
    _sre = None

_WORD = "I"                             # the engine's code words are 32-bit unsigned


def _valid(entry) -> bool:
    return isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[1], bytes)


def _code_size(entry: tuple) -> int:
    return len(entry[1])


def _cache_path() -> Path | None:
    if _sre is None or sys.implementation.name != "cpython" or array(_WORD).itemsize != 4:
        return None
    return cache_file(f"patterns-v4-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal")


_store: Store | None = None


def _the_store() -> Store:
    global _store
    if _store is None:
        _store = opened(_cache_path(), _valid, _code_size)
    return _store


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (the name says what it replaces)
    """`re.compile(pattern, flags)`, from the cache's code when it holds this pattern."""
    store = _the_store()
    if store.path is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    store.used.add(key)
    entry = store.entries.get(key)
    if entry is not None:
        try:
            return _built(pattern, entry)
        except Exception:               # noqa: BLE001 (a stale or foreign entry: compile it afresh)
            pass
    try:
        entry = _code(pattern, int(flags))
    except Exception:                   # noqa: BLE001 (an engine whose internals differ from 3.11's: plain re)
        return re.compile(pattern, flags)
    store.entries[key] = entry
    store.dirty = True
    return _built(pattern, entry)


def opening_chars(pattern: re.Pattern[str] | str) -> frozenset[str] | None:
    r"""The characters every match of `pattern` opens with, when they are a set of literal characters and
    no match is empty; else None. A caller that must build a text before matching it (an element's text)
    can first test the text's first character: a text opening with another one has no match.

    >>> sorted(opening_chars(re.compile(r"(?:[>»]\s*)?(?:相关|延伸)阅读"))), opening_chars(re.compile(r"\d+"))
    (['>', '»', '延', '相'], None)
    """
    text, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    if _sre is None or flags & (_op.SRE_FLAG_IGNORECASE | _op.SRE_FLAG_LOCALE):
        return None
    try:
        parsed = _parser.parse(text, flags)
        if parsed.state.flags & (_op.SRE_FLAG_IGNORECASE | _op.SRE_FLAG_LOCALE):
            return None
        opening = _opening(parsed.data)
    except Exception:                   # noqa: BLE001 (an engine whose internals differ from 3.11's: no test)
        return None
    if opening is None or opening[1] or any(op is not _op.LITERAL for op, _ in opening[0]):
        return None
    return frozenset(chr(code) for _, code in opening[0])


def required_strings(pattern: str) -> tuple[str, ...] | None:
    r"""Strings one of which every match of `pattern` holds (read from its syntax: literal runs and classes of
    literals that every match must consume or look ahead at); None when none is known. A text holding none of
    them has no match: one search for such strings can stand before a costly pattern that opens with
    anything (`^.{0,30}供稿`). Of several, the set of longest strings is taken (a longer one is rarer).

    >>> required_strings(r"^.{0,30}(?:>>|》》|»)$"), required_strings(r"^(?:点击)?进入\s*【"), required_strings(r"\d+")
    (('>>', '»', '》》'), ('进入',), None)
    """
    if _sre is None:
        return None
    try:
        parsed = _parser.parse(pattern)
    except Exception:                   # noqa: BLE001 (an engine whose internals differ from 3.11's: none known)
        return None
    if parsed.state.flags & (_op.SRE_FLAG_IGNORECASE | _op.SRE_FLAG_LOCALE):
        return None
    found = _required(parsed.data)
    return tuple(sorted(found)) if found else None


def _required(items) -> frozenset[str] | None:
    """The best set of strings one of which a match of the sequence holds (None: none known)."""
    best: frozenset[str] | None = None
    run = ""                             # consecutive literals: one string
    for op, av in list(items) + [(None, None)]:
        if op is _op.LITERAL:
            run += chr(av)
            continue
        found = [frozenset([run])] if run else []
        run = ""
        item = _item_required(op, av) if op is not None else None
        found += [item] if item else []
        for candidate in found:
            if best is None or _rank(candidate) > _rank(best):
                best = candidate
    return best


def _rank(strings: frozenset[str]) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


def _item_required(op, av) -> frozenset[str] | None:
    """What one mandatory item of a sequence requires (None for an optional one, or one not known)."""
    if op is _op.IN:
        if all(kind is _op.LITERAL for kind, _ in av):
            return frozenset(chr(code) for _, code in av)
        return None
    if op is _op.SUBPATTERN:
        return None if av[1] | av[2] else _required(av[3].data)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return _required(av[2].data) if av[0] >= 1 else None
    if op is _op.ASSERT and av[0] == 1:
        return _required(av[1].data)
    return _branch_required(av[1]) if op is _op.BRANCH else None


def _branch_required(alternatives) -> frozenset[str] | None:
    """An alternation requires what each of its alternatives requires, taken together."""
    each = [_required(branch.data) for branch in alternatives]
    if any(found is None for found in each):
        return None
    return frozenset(word for found in each if found for word in found)


def _built(pattern: str, entry: tuple) -> re.Pattern[str]:
    """The pattern the engine makes of a stored entry; the code is kept as bytes, and only the
    patterns a run uses pay for turning theirs into the list of integers the engine takes."""
    final_flags, code, groups, group_index, index_group = entry
    return _sre.compile(pattern, final_flags, array(_WORD, code).tolist(), groups, group_index, index_group)


def _code(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to the engine: final flags, code (as bytes), groups and their names."""
    parsed = _parser.parse(pattern, flags)
    final_flags = flags | parsed.state.flags
    if not final_flags & (_op.SRE_FLAG_IGNORECASE | _op.SRE_FLAG_LOCALE):
        _guard_branches(parsed.data)
    code = array(_WORD, _with_start_set(_compiler._code(parsed, flags), parsed, final_flags)).tobytes()
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, group_index, tuple(index_group)


def _with_start_set(code: list[int], parsed, flags: int) -> list[int]:
    """`code` with the characters a match can open with in its info block, where `re` found none (it looks
    only at a first literal, class or alternation of literals): the engine then tries a match only at
    those characters, as for a pattern that opens with a class. Left as it is when a match may be empty,
    when case is ignored, or when the pattern opens with ^ (`re` stops such a search at once)."""
    if (code[0] != _op.INFO or code[2] != 0 or code[3] == 0 or flags & (_op.SRE_FLAG_IGNORECASE | _op.SRE_FLAG_LOCALE)
            or (parsed.data and parsed.data[0][0] is _op.AT)):
        return code
    opening = _opening(parsed.data)
    if opening is None or opening[1]:
        return code
    charset, _cased = _compiler._optimize_charset(opening[0])
    info = [_op.INFO, 0, _op.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def _guard_branches(items) -> None:
    """Before each alternative of an alternation (at any depth) that opens with a group `re` cannot reject at
    its first character, a lookahead for the characters it can open with."""
    for op, av in items:
        for part in _parts(op, av):
            _guard_branches(part.data)
        if op is _op.BRANCH:
            for alternative in av[1]:
                opens_with_group = bool(alternative.data) and alternative.data[0][0] is _op.SUBPATTERN
                opening = _opening(alternative.data) if opens_with_group and not _rejected_at_once(alternative.data) else None
                if opening is not None and opening[0] and not opening[1]:
                    run = _run_then_next(alternative.data)
                    if run is not None:           # (?=[run]*+[next]): a form's year, then what follows it
                        alternative.data.insert(0, (_op.ASSERT, (1, _parser.SubPattern(alternative.state, [
                            (_op.POSSESSIVE_REPEAT, (0, _op.MAXREPEAT, _parser.SubPattern(alternative.state, [(_op.IN, run[0])]))),
                            (_op.IN, run[1])]))))
                    guard = _parser.SubPattern(alternative.state, [(_op.IN, opening[0])])
                    alternative.data.insert(0, (_op.ASSERT, (1, guard)))


def _run_then_next(items) -> tuple[list, list] | None:
    """(run, next) when the sequence opens with parts that consume only characters of the class `run` (a year's
    digits, Chinese or not, and the spaces around them) and then a part that must consume a character outside it
    (年, -, 月): whatever those parts take of a run of such characters, the next part cannot start inside it, so a
    match here needs a character of `next` right after the whole run. None when no such split is known."""
    run: list = []
    for op, av in _flattened(items):
        if run:
            opening = _item_opening(op, av)
            if opening is not None and opening[0] and not opening[1] and _outside(opening[0], run):
                return run, opening[0]
        chars = _consumed(op, av)
        if chars is None:
            return None
        run += chars
    return None


def _flattened(items) -> list:
    """The items of a sequence with the groups (without flags) opened: a group changes no character consumed."""
    out: list = []
    for op, av in items:
        if op is _op.SUBPATTERN and not (av[1] | av[2]):
            out += _flattened(av[3].data)
        else:
            out.append((op, av))
    return out


def _consumed(op, av) -> list | None:
    """The class items of every character one item can consume ([] for a zero-width one; None: anything, or
    not known)."""
    if op is _op.LITERAL:
        return [(op, av)]
    if op is _op.IN:
        return None if any(item is _op.NEGATE for item, _ in av) else list(av)
    if op in (_op.ASSERT, _op.ASSERT_NOT, _op.AT):
        return []
    if op is _op.SUBPATTERN and not (av[1] | av[2]):
        return _consumed_by(av[3].data)
    if op is _op.ATOMIC_GROUP:
        return _consumed_by(av.data)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return _consumed_by(av[2].data)
    if op is _op.BRANCH:
        return _consumed_by([item for branch in av[1] for item in branch.data])
    return None


def _consumed_by(items) -> list | None:
    chars: list = []
    for op, av in items:
        more = _consumed(op, av)
        if more is None:
            return None
        chars += more
    return chars


def _outside(chars, run) -> bool:
    """Is no character of the class items `chars` (literals and small ranges only) in the class items `run`? A
    category in `run` is read broadly (\\d as any decimal digit, \\s as any space, \\w as any letter or digit)."""
    for op, av in chars:
        if op is _op.LITERAL:
            codes = [av]
        elif op is _op.RANGE and av[1] - av[0] < 256:
            codes = list(range(av[0], av[1] + 1))
        else:
            return False
        if any(_in_class(code, run) for code in codes):
            return False
    return True


_CATEGORY_TESTS = {
    _op.CATEGORY_DIGIT: lambda ch: ch.isdecimal() or ch.isdigit(),
    _op.CATEGORY_SPACE: lambda ch: ch.isspace() or ch in "\x1c\x1d\x1e\x1f\x85",
    _op.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
} if _sre is not None else {}


def _in_class(code: int, items) -> bool:
    """May the character `code` be in the class items? (True when not sure.)"""
    for op, av in items:
        if (op is _op.LITERAL and av == code) or (op is _op.RANGE and av[0] <= code <= av[1]):
            return True
        if op is _op.CATEGORY and _CATEGORY_TESTS.get(av, lambda ch: True)(chr(code)):
            return True
        if op not in (_op.LITERAL, _op.RANGE, _op.CATEGORY):
            return True
    return False


def _parts(op, av) -> list:
    """The parsed sequences inside one item."""
    if op is _op.BRANCH:
        return list(av[1])
    if op is _op.SUBPATTERN:
        return [av[3]]
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (_op.ASSERT, _op.ASSERT_NOT):
        return [av[1]]
    if op is _op.ATOMIC_GROUP:
        return [av]
    if op is _op.GROUPREF_EXISTS:
        return [part for part in av[1:] if part is not None]
    return []


def _rejected_at_once(items) -> bool:
    """Does `re` reject a sequence at its first character in a test or two: it opens (inside its groups) with a
    literal, a class, or an alternation of such sequences?"""
    while items and items[0][0] is _op.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return True
    op, av = items[0]
    return op in (_op.LITERAL, _op.IN) or (op is _op.BRANCH and all(_rejected_at_once(b.data) for b in av[1]))


_Opening = tuple[list, bool]      # the class items a match can open with, and whether it may consume nothing there


def _opening(items) -> _Opening | None:
    """What a sequence of parsed items can open with (None: anything, or not known)."""
    chars: list = []
    for op, av in items:
        first = _item_opening(op, av)
        if first is None:
            return None
        chars += first[0]
        if not first[1]:
            return chars, False
    return chars, True


def _item_opening(op, av) -> _Opening | None:
    if op is _op.LITERAL:
        return [(op, av)], False
    if op is _op.IN:
        return None if any(item is _op.NEGATE for item, _ in av) else (list(av), False)
    if op is _op.BRANCH:
        return _branch_opening(av[1])
    if op is _op.SUBPATTERN:
        return None if av[1] & (_op.SRE_FLAG_IGNORECASE | _op.SRE_FLAG_LOCALE) else _opening(av[3].data)
    if op is _op.ATOMIC_GROUP:
        return _opening(av.data)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return _repeat_opening(*av)
    if op in (_op.ASSERT, _op.ASSERT_NOT, _op.AT):
        return _zero_width_opening(op, av)
    return None


def _branch_opening(alternatives) -> _Opening | None:
    branches = [opening for branch in alternatives if (opening := _opening(branch.data)) is not None]
    if len(branches) < len(alternatives):
        return None
    return [item for chars, _ in branches for item in chars], any(empty for _, empty in branches)


def _repeat_opening(low: int, high: int, sub) -> _Opening | None:
    inner = _opening(sub.data) if high else ([], True)
    return None if inner is None else (inner[0], inner[1] or low == 0)


def _zero_width_opening(op, av) -> _Opening:
    """A lookahead demands the characters it opens with, when it demands some; a lookbehind, a negative
    lookaround or an anchor demands no character."""
    if op is _op.ASSERT and av[0] == 1:
        ahead = _opening(av[1].data)
        if ahead is not None and not ahead[1]:
            return ahead
    return [], True
