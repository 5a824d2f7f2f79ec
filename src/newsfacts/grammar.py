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
    """`a|b|c` of the words, each once and escaped, longest first; words of one length in code-point
    order, so that a pattern built from a set is the same text in every process (the pattern
    cache keys on it; two words of one length never match at the same place, so order among them
    changes no match)."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


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
