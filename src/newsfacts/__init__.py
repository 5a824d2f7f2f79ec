"""newsfacts: structured facts from Chinese economic news.

    >>> from newsfacts import extract
    >>> doc = extract("到2025年，产业规模力争突破5000亿。")
    >>> [(f.type, f.text) for f in doc.facts]
    [('year', '到2025年'), ('money', '突破5000亿'), ('target', '到2025年，产业规模力争突破5000亿')]
    >>> target = doc.facts[2]
    >>> target.metric, target.value, target.qualifier, target.facts
    ('产业规模', 500000000000, 'min', [0, 1])

The library: `extract(text_or_path, published=...)` for one article (a string is a
path only when such a file exists), `extract_text(text)` for text that could look
like a file name, `extract_many(paths, jobs=...)` for many files in input order,
`Document.to_dict()` (the JSON), `Document.to_records()` / `to_frames()` (the
`documents` and `facts` tables), `write(format, documents, out)` (every output
format), `schema()` (the JSON Schema of the output). docs/schema.md describes every field.

Importing the package is cheap: the parser, jieba and the data tables load on
first use.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Document", "Fact", "InputError", "NewsfactsError", "OutputError", "__version__", "extract",
           "extract_many", "extract_text", "schema", "to_frames", "write"]

_HOMES = {
    "extract": ("pipeline", "extract"), "extract_text": ("pipeline", "extract_text"),
    "extract_many": ("many", "extract_many"), "Document": ("document", "Document"), "Fact": ("document", "Fact"),
    "InputError": ("errors", "InputError"), "OutputError": ("errors", "OutputError"),
    "NewsfactsError": ("errors", "NewsfactsError"), "write": ("writers", "write"), "schema": ("schema", "schema"),
    "to_frames": ("records", "frames"),
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(name)
    from importlib import import_module

    module, attribute = _HOMES[name]
    return getattr(import_module(f".{module}", __name__), attribute)
