"""Sentences: spans of the body split on 。！？； and line breaks (SPEC §3).

A closing quote or bracket right after the mark stays with its sentence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .grammar import SENTENCE_MARKS

_MARKS = re.escape(SENTENCE_MARKS)
_SENTENCE = re.compile(rf"[^{_MARKS}\n]*(?:[{_MARKS}]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
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
        self.sentences = split_sentences(text)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        return None

    def text_at(self, offset: int) -> str:
        found = self.at(offset)
        return found.text if found else ""
