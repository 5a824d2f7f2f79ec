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
from operator import attrgetter

from ..document import Fact
from ..lexicon import NameScan
from ..segmenting import SegmentedText
from ..spans import Spans
from . import locations, organizations, regions, sectors
from .amounts import find_amounts
from .dates import Claim, find_dates
from .objects import CountedObject
from .table_cells import find_table_cells


def facts_in(segmented: str | SegmentedText, where: str, published: date | int | None,
             company_links: Sequence[tuple[int, int]] = (), all_links: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """The facts of one text (title or body): names first, then dates, then amounts.

    `company_links` are the stock-link spans that mean their company (they are
    organizations); no number, sector or place is read inside any link. A plain
    string is segmented here. `published` is the publication day, or for an undated input only the
    day it is of (a full date in its title: a dates.TextDay) or the year its present is known to be, or None.
    """
    if isinstance(segmented, str):
        segmented = SegmentedText.of(segmented)
    facts = _Facts(segmented, where)
    _names(facts, company_links)
    claimed = list(all_links) + _dates(facts, published)
    _amounts(facts, claimed)
    return sorted(facts.found, key=_START)


_START = attrgetter("start")      # (a key in C: a lambda costs a Python call per fact)


class _Facts:
    """The facts found in one text so far, each made with its sentence and its place (title or body)."""

    def __init__(self, segmented: SegmentedText, where: str):
        self.segmented = segmented
        self.where = where
        self.found: list[Fact] = []

    def add(self, kind: str, start: int, end: int, attrs: dict) -> None:
        """(The fact is built with positional arguments: by keyword, the dataclass's `__init__` costs three times as
        much, and an article has about seventy facts.)"""
        text = self.segmented.text
        low, high = self.segmented.sentences.window(start, end)
        self.found.append(Fact(kind, text[start:end], start, end, self.where, text[low:high], attrs, low, high))


def _names(facts: _Facts, company_links: Sequence[tuple[int, int]]) -> None:
    """Organizations (with every mention of a linked company), then sectors and places outside them."""
    text, norm = facts.segmented.text, facts.segmented.norm
    words = _name_scan().scan(norm)
    found = organizations.find_organizations(norm, _every_mention(norm, text, company_links), words)
    for org in found:
        facts.add("organization", org.start, org.end, {**org.attributes(), "name": text[org.start:org.end]})
    names = Spans([(org.start, org.end) for org in found])
    named = sectors.name_spans(norm, [(org.start, org.end) for org in found])
    for hit in sectors.find_sectors(norm, named.overlaps, words.get("sector", []), {org.end for org in found}):
        sector = hit.sector
        facts.add("sector", hit.start, hit.end,
                  {"name": sector.name, "code": sector.code, "taxonomy": sector.taxonomy, "parent": sector.parent})
    for spot in locations.find_locations(norm, names.overlaps, words.get("location", [])):
        place = spot.place
        facts.add("location", spot.start, spot.end, {"name": place.name, "admin": place.admin, "code": place.code})


def _dates(facts: _Facts, published: date | int | None) -> list[tuple[int, int]]:
    """Dates and target years; returns every span a date reader claimed, fact or not."""
    claimed = []
    for hit in find_dates(facts.segmented.norm, facts.segmented.sentences, published):
        claimed.append((hit.start, hit.end))
        if isinstance(hit, Claim):
            continue                   # a name's year: claimed, no fact
        if hit.kind == "date":
            facts.add("date", hit.start, hit.end, {"value": hit.value})
        elif hit.kind == "year":
            attrs = {"year": hit.value, "role": "target"}
            if hit.start_year:
                attrs["start_year"] = hit.start_year
            facts.add("year", hit.start, hit.end, attrs)
    return claimed


def _amounts(facts: _Facts, claimed: list[tuple[int, int]]) -> None:
    """Table cells, then money, quantities, percents and counts outside every claimed span."""
    norm = facts.segmented.norm
    cells = find_table_cells(norm)
    claimed += [(cell.start, cell.end) for cell in cells]
    amounts = cells + find_amounts(norm, claimed, CountedObject())
    if currency := regions.home_currency(facts.segmented.text, norm):
        regions.in_home_currency(norm, amounts, currency)
    for amount in amounts:
        facts.add(amount.type, amount.start, amount.end, amount.attrs)


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
