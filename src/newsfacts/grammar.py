"""Notions of written Chinese that several rule modules share, each defined once.

- `alternation`: a regular-expression alternation of literal words, longest
  first, so that 人民币 is tried before 人民 and a match never stops inside a
  longer listed word.
- Boundary marks: where a clause or a sentence ends. A clause ends at a comma,
  a semicolon, a full stop or a line break; a sentence at a full stop or a line
  break (`SENTENCE_END`: what follows ； is the same statement, a list of goals
  runs on after it); `sentences.py` cuts the text into sentences at every
  `SENTENCE_MARKS` (SPEC §3: 。！？； and their ASCII forms).
- `RANGE_DASH`: what joins the two ends of a range (`3-5亿元`, `1至5月`, `1万元--5万元`).

>>> import re
>>> re.findall(alternation(["人民", "人民币", "人民"]), "人民币")
['人民币']
>>> clause_start("其中，超20亿元项目", 6), clause_end("超20亿元项目，共", 0)
(3, 7)
"""
from __future__ import annotations

import re
from collections.abc import Iterable

FULL_STOPS = "。！？"
SEMICOLONS = "；;"
SENTENCE_MARKS = FULL_STOPS + "；!?;"
SENTENCE_END = frozenset(FULL_STOPS + "\n")
CLAUSE_END = frozenset(FULL_STOPS + "，；,;\n")
RANGE_DASH = r"\s?(?:--|——|-|—|–|~|至|到)\s?"   # a dash here is never a minus sign (1万元--5万元)


def alternation(words: Iterable[str]) -> str:
    """An alternation of the words, each once and escaped, longest first; words of one length in
    code-point order, so that a pattern built from a set is the same text in every process (the pattern
    cache keys on it; two words of one length never match at the same place, so order among them
    changes no match).

    Words that open with the same character share one branch (`上(?:海市|海|市)`): `re` tries the
    branches of an alternation one by one, and a list of hundreds of words cost hundreds of tests at
    every place it was tried; now it costs one per opening character. At any place only the branch of
    the character there can match, and within it the words keep their order, so no match changes.
    Lists with a cased opening letter stay flat (a pattern may ignore case, and then two branches
    could match at one place).

    >>> alternation(["上海市", "上海", "上市", "上", "北京", "天津", "广州", "深圳", "重庆"])
    '上(?:海市|市|海|)|北京|天津|广州|深圳|重庆'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    if any(word[:1].lower() != word[:1].upper() for word in ordered):
        return "|".join(re.escape(word) for word in ordered)
    return "|".join(_branches(ordered))


def _branches(words: list[str]) -> list[str]:
    """The branches of an alternation of `words` (longest first): eight or more share branches by their
    first character, recursively, the empty word (the shortest) last; fewer stay one branch each."""
    if len(words) < 8:
        return [re.escape(word) for word in words]
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        inner = _branches(rests)
        branches.append(re.escape(first) + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
    return branches + ([""] if "" in words else [])


def clause_start(text: str, pos: int, marks: frozenset[str] = CLAUSE_END) -> int:
    """The start of the clause that holds the character before `pos`: just after the last mark before it."""
    while pos > 0 and text[pos - 1] not in marks:
        pos -= 1
    return pos


def clause_end(text: str, pos: int, marks: frozenset[str] = CLAUSE_END, reach: int | None = None) -> int:
    """The first mark at or after `pos` (or the end of the text), looking at most `reach` characters on."""
    limit = len(text) if reach is None else min(len(text), pos + reach)
    while pos < limit and text[pos] not in marks:
        pos += 1
    return pos
