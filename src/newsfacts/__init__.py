"""newsfacts: structured facts from Chinese economic news.

    >>> from newsfacts import extract
    >>> doc = extract("到2025年，产业规模力争突破5000亿。")
    >>> [(f.type, f.text) for f in doc.facts]
    [('year', '到2025年'), ('money', '突破5000亿'), ('target', '到2025年，产业规模力争突破5000亿')]
    >>> doc.facts[2].get("metric"), doc.facts[2].get("qualifier")
    ('产业规模', 'min')

Importing the package is cheap: the parser, jieba and the data tables load on
first use.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Document", "Fact", "InputError", "__version__", "extract", "extract_text"]


def __getattr__(name: str):
    if name in ("extract", "extract_text"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("Document", "Fact"):
        from . import document

        return getattr(document, name)
    if name == "InputError":
        from .errors import InputError

        return InputError
    raise AttributeError(name)
