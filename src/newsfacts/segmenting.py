"""Segmenting, the stage between cleaning and extraction.

Each text of an article (title, body) is normalized (full-width forms → ASCII,
one character for one, so offsets stay the text's), split into sentences, and
announced to the word segmenter, which then cuts the first article of a process
with only that article's dictionary words (see `tokenizer.expect`).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import tokenizer
from .chinese import normalize
from .sentences import SentenceIndex


@dataclass(frozen=True)
class SegmentedText:
    """A text as the extractors read it: facts' offsets refer to `text`, rules read `norm`."""

    text: str
    norm: str
    sentences: SentenceIndex

    @classmethod
    def of(cls, text: str) -> SegmentedText:
        return cls(text, normalize(text), SentenceIndex(text))


def segment(*texts: str) -> list[SegmentedText]:
    """The texts of one article, in the order the extractors will read them.

    >>> [(s.norm, [x.text for x in s.sentences.sentences]) for s in segment("标题", "增长５%。下一句")]
    [('标题', ['标题']), ('增长5%。下一句', ['增长５%。', '下一句'])]
    """
    segmented = [SegmentedText.of(text) for text in texts]
    tokenizer.expect(*(s.norm for s in segmented))
    return segmented
