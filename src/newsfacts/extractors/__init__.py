"""Extraction: the cleaned text → facts, one module per fact family.

`find_facts` runs them in an order that lets earlier families claim their spans
(dates before money, money before counts) so that no span is two facts.
"""
from __future__ import annotations

from ..document import Document, Fact, Stock


def find_facts(document: Document, stock_links) -> tuple[list[Fact], list[Stock]]:
    from . import stocks

    return [], stocks.stock_entries(document.text, stock_links)
