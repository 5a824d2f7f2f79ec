"""Extraction: the cleaned text → facts, one module per fact family.

`facts_in` runs them in an order that lets earlier families claim their spans:
names first (organizations, then sectors and places outside them, all from one
scan of the name word lists), then dates and target years, table cells, and
money, quantities, percents and counts, so that no span is two facts.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from ..document import Fact
from ..lexicon import NameScan
from ..segmenting import SegmentedText
from ..sentences import SentenceIndex
from ..spans import Spans
from . import locations, organizations, sectors
from .amounts import find_amounts
from .dates import find_dates
from .objects import CountedObject
from .table_cells import find_table_cells


def facts_in(segmented: str | SegmentedText, where: str, published: date | None,
             company_links: Sequence[tuple[int, int]] = (), all_links: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """The facts of one text (title or body): names first, then dates, then amounts.

    `company_links` are the stock-link spans that mean their company (they are
    organizations); no number, sector or place is read inside any link. A plain
    string is segmented here.
    """
    if isinstance(segmented, str):
        segmented = SegmentedText.of(segmented)
    text, norm, sentences = segmented.text, segmented.norm, segmented.sentences
    facts: list[Fact] = []
    words = _name_scan().scan(norm)
    found = organizations.find_organizations(norm, _every_mention(norm, text, company_links), words)
    names = Spans([(o.start, o.end) for o in found])
    for org in found:
        facts.append(_fact("organization", text, org.start, org.end, where, sentences,
                           {**org.attributes(), "name": text[org.start:org.end]}))
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
    return NameScan({"organization": organizations.words(), "sector": sectors.words(), "location": locations.words()},
                    aside={"listed": organizations.listed_words()})


def _fact(kind: str, text: str, start: int, end: int, where: str, sentences: SentenceIndex, attrs: dict) -> Fact:
    return Fact(type=kind, text=text[start:end], start=start, end=end, where=where,
                sentence=sentences.text_at(start), attrs=attrs)
