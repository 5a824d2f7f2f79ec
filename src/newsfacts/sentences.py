"""Sentences: spans of the body split on 。！？； and line breaks (SPEC §3).

A closing quote or bracket right after the mark stays with its sentence. A fact's
sentence is the window `window` gives: the whole sentence, or in a sentence longer
than `limits.SENTENCE_REACH` characters on a side of the fact, the clauses around it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import regex_cache
from .grammar import CLAUSE_END, SENTENCE_MARKS
from .limits import SENTENCE_REACH

_MARKS = re.escape(SENTENCE_MARKS)
_SENTENCE = regex_cache.compile(rf"[^{_MARKS}\n]*(?:[{_MARKS}]+[”’」』）)]*|\n|$)")
_CLAUSE_MARK = regex_cache.compile("[" + re.escape("".join(sorted(CLAUSE_END))) + "]")


@dataclass(slots=True)      # not frozen: one per sentence, and a frozen one costs twice as much to build
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; empty ones are skipped.

    >>> [s.text for s in split_sentences("增长5%。“好！”他说\\n下一段")]
    ['增长5%。', '“好！”', '他说', '下一段']
    """
    out = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in "\n":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            out.append(Sentence(start, end, text[start:end]))
    return out


class SentenceIndex:
    """Finds the sentence that holds an offset, in log time."""

    def __init__(self, text: str):
        self.text = text
        self.sentences = split_sentences(text)
        self._starts = [s.start for s in self.sentences]
        # where each sentence stops holding offsets (one past its start at least), read by `at` and `window`
        self._stops = [max(s.end, s.start + 1) for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._stops[i]:
            return self.sentences[i]
        return None

    def text_at(self, offset: int) -> str:
        found = self.at(offset)
        return found.text if found else ""

    def window(self, start: int, end: int, reach: int = SENTENCE_REACH) -> tuple[int, int]:
        """The offsets of the sentence shown with the fact at `start:end`: its whole sentence when it
        runs at most `reach` characters on each side of the fact; else cut to `reach` characters on
        that side, at the clause mark farthest from the fact within them (a clause is not split) when
        there is one. (`start`, `start`) when no sentence holds `start`. (Asked once per fact: it finds
        the sentence itself rather than through `at`, a call fewer.)

        >>> text = "开头。" + "甲" * 20 + "，乙乙，营收5亿元，丙丙，" + "丁" * 20 + "。"
        >>> index, start = SentenceIndex(text), text.index("5亿元")
        >>> a, b = index.window(start, start + 3, reach=8)
        >>> text[a:b], index.window(start, start + 3) == (3, len(text))
        ('乙乙，营收5亿元，丙丙，', True)
        """
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0 or start >= self._stops[i]:
            return start, start
        low, high = self._starts[i], self.sentences[i].end
        if start - low > reach:
            mark = _CLAUSE_MARK.search(self.text, start - reach, start)
            low = mark.end() if mark else start - reach
        if high - end > reach:
            marks = [m.end() for m in _CLAUSE_MARK.finditer(self.text, end, end + reach)]
            high = marks[-1] if marks else end + reach
        return low, high
