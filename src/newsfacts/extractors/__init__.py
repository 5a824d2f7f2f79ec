"""Extraction: the cleaned text → facts, one module per fact family.

`facts_in` runs them in an order that lets earlier families claim their spans:
names first (organizations, then sectors and places outside them, all from one
scan of the name word lists), then dates and target years, table cells, and
money, quantities, percents and counts, so that no span is two facts.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from .. import tokenizer
from ..document import Document, Fact, Stock
from ..lexicon import NameScan
from ..sentences import SentenceIndex
from ..spans import Spans
from . import locations, organizations, sectors, stocks
from .amounts import find_amounts
from .dates import find_dates
from .numbers import normalize
from .objects import CountedObject
from .table_cells import find_table_cells


def find_facts(document: Document, stock_links) -> tuple[list[Fact], list[Stock]]:
    """All facts of the title and body, in order (title first), and the stock entries (links are added by the pipeline)."""
    published = published_date(document.published)
    title_norm, body_norm = normalize(document.title or ""), normalize(document.text)
    tokenizer.expect(title_norm, body_norm)
    entries, companies = stocks.stock_entries(document.text, stock_links)
    facts: list[Fact] = []
    if document.title:
        facts += facts_in(document.title, "title", published, norm=title_norm)
    facts += facts_in(document.text, "body", published, [(c.start, c.end) for c in companies],
                      [(s.start, s.end) for s in stock_links], norm=body_norm)
    return facts, entries


def published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


def facts_in(text: str, where: str, published: date | None,
             company_links: list[tuple[int, int]] = (), all_links: list[tuple[int, int]] = (),
             norm: str | None = None) -> list[Fact]:
    """The facts of one text (title or body): names first, then dates, then amounts.

    `company_links` are the stock-link spans that mean their company (they are
    organizations); no number, sector or place is read inside any link. `norm` is
    `normalize(text)` when the caller has it already.
    """
    norm = normalize(text) if norm is None else norm
    sentences = SentenceIndex(text)
    facts: list[Fact] = []
    words = _name_scan().scan(norm)
    found = organizations.find_organizations(norm, _every_mention(norm, text, company_links), words.get("organization", []))
    names = Spans([(o.start, o.end) for o in found])
    for org in found:
        facts.append(_fact("organization", text, org.start, org.end, where, sentences, {"name": text[org.start:org.end]}))
    for hit in sectors.find_sectors(norm, names.overlaps, words.get("sector", [])):
        sector = hit.sector
        facts.append(_fact("sector", text, hit.start, hit.end, where, sentences,
                           {"name": sector.name, "code": sector.code, "taxonomy": sector.taxonomy, "parent": sector.parent}))
    for hit in locations.find_locations(norm, names.overlaps, words.get("location", [])):
        place = hit.place
        facts.append(_fact("location", text, hit.start, hit.end, where, sentences,
                           {"name": place.name, "admin": place.admin, "code": place.code}))
    claimed: list[tuple[int, int]] = list(all_links)
    for hit in find_dates(norm, sentences, published):
        claimed.append((hit.start, hit.end))
        if hit.kind == "date":
            facts.append(_fact("date", text, hit.start, hit.end, where, sentences, {"value": hit.value}))
        elif hit.kind == "year":
            attrs = {"year": hit.value, "role": "target"}
            if hit.start_year:
                attrs["start_year"] = hit.start_year
            facts.append(_fact("year", text, hit.start, hit.end, where, sentences, attrs))
    cells = find_table_cells(norm)
    claimed += [(cell.start, cell.end) for cell in cells]
    for amount in cells + find_amounts(norm, claimed, CountedObject()):
        facts.append(_fact(amount.type, text, amount.start, amount.end, where, sentences, amount.attrs))
    facts.sort(key=lambda f: f.start)
    return facts


def _every_mention(norm: str, text: str, links) -> list[tuple[int, int]]:
    """Every place the name of a company link appears: Sina links only the first mention."""
    spans = set(links)
    for name in {text[start:end] for start, end in links if end - start >= 2}:
        position = norm.find(name)
        while position >= 0:
            spans.add((position, position + len(name)))
            position = norm.find(name, position + len(name))
    return sorted(spans)


@lru_cache(maxsize=1)
def _name_scan() -> NameScan:
    return NameScan({"organization": organizations.words(), "sector": sectors.words(), "location": locations.words()})


def _fact(kind: str, text: str, start: int, end: int, where: str, sentences: SentenceIndex, attrs: dict) -> Fact:
    return Fact(type=kind, text=text[start:end], start=start, end=end, where=where,
                sentence=sentences.text_at(start), attrs=attrs)
