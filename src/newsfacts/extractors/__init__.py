"""Extraction: the cleaned text → facts, one module per fact family.

`find_facts` runs them in an order that lets earlier families claim their spans
(dates and target years first, then money, quantities, percents and counts),
so that no span is two facts.
"""
from __future__ import annotations

from datetime import date, datetime

from ..document import Document, Fact, Stock
from ..sentences import SentenceIndex
from .numbers import normalize


def find_facts(document: Document, stock_links) -> tuple[list[Fact], list[Stock]]:
    """All facts of the title and body, in order (title first), and the stock entries."""
    from . import stocks

    published = _published_date(document.published)
    facts: list[Fact] = []
    if document.title:
        facts += facts_in(document.title, "title", published)
    facts += facts_in(document.text, "body", published)
    return facts, stocks.stock_entries(document.text, stock_links)


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


def facts_in(text: str, where: str, published: date | None) -> list[Fact]:
    """The mention facts of one text (title or body)."""
    from .amounts import find_amounts
    from .dates import find_dates
    from .objects import CountedObject

    norm = normalize(text)
    sentences = SentenceIndex(text)
    facts: list[Fact] = []
    claimed: list[tuple[int, int]] = []
    for hit in find_dates(norm, sentences, published):
        claimed.append((hit.start, hit.end))
        if hit.kind == "date":
            facts.append(_fact("date", text, hit.start, hit.end, where, sentences, {"value": hit.value}))
        elif hit.kind == "year":
            attrs = {"year": hit.value, "role": "target"}
            if hit.start_year:
                attrs["start_year"] = hit.start_year
            facts.append(_fact("year", text, hit.start, hit.end, where, sentences, attrs))
    from .table_cells import find_table_cells

    cells = find_table_cells(norm)
    claimed += [(cell.start, cell.end) for cell in cells]
    for amount in cells + find_amounts(norm, claimed, CountedObject()):
        facts.append(_fact(amount.type, text, amount.start, amount.end, where, sentences, amount.attrs))
    facts.sort(key=lambda f: f.start)
    return facts


def _fact(kind: str, text: str, start: int, end: int, where: str, sentences: SentenceIndex, attrs: dict) -> Fact:
    return Fact(type=kind, text=text[start:end], start=start, end=end, where=where,
                sentence=sentences.text_at(start), attrs=attrs)
