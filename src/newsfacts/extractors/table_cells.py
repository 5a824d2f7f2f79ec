"""Table cells (SPEC §1 "tables turned into lines"): a bare number in a table
takes its unit from its column's header (`1-11月（亿元）`, `同比增长（%）`).

The cleaner writes each table row as one line with a tab between cells. Here
the header row that carries units in brackets gives each column its unit, and
the value cells below it (aligned from the right, since the row label's header
often spans two rows) become money, percent or quantity facts.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .. import regex_cache
from ..cleaning import CELL_SEPARATOR
from .amounts import Amount, read_unit

_HEADER_UNIT = regex_cache.compile(r"[（(]\s*(?P<unit>[^（）()]{1,8}?)\s*[）)]\s*$")
_PLAIN_NUMBER = regex_cache.compile(r"\s*(?P<num>-?\d+(?:,\d{3})*(?:\.\d+)?)\s*")


def find_table_cells(norm: str) -> list[Amount]:
    """Facts for the numeric cells of every table whose header names units."""
    found: list[Amount] = []
    column_units: list | None = None
    offset = 0
    for line in norm.split("\n"):
        if CELL_SEPARATOR not in line:
            column_units = None
            offset += len(line) + 1
            continue
        cells, position = [], offset
        for cell in line.split(CELL_SEPARATOR):
            cells.append((cell, position))
            position += len(cell) + 1
        units = [_unit(cell) for cell, _ in cells]
        numeric = sum(1 for cell, _ in cells if _PLAIN_NUMBER.fullmatch(cell))
        if any(units) and numeric == 0:
            column_units = units
        elif column_units and numeric:
            width = min(len(column_units), len(cells))
            for (cell, start), reading in zip(cells[-width:], column_units[-width:]):
                match = _PLAIN_NUMBER.fullmatch(cell)
                if not match or reading is None:
                    continue
                try:
                    number = Decimal(match.group("num").replace(",", ""))
                except InvalidOperation:
                    continue
                kind, attrs = reading
                attrs = dict(attrs)
                attrs["value"] = number * attrs.pop("factor")
                attrs["qualifier"] = None
                cell_start = start + match.start("num")
                found.append(Amount(kind, cell_start, cell_start + len(match.group("num")), attrs))
        offset += len(line) + 1
    return found


def _unit(cell: str):
    match = _HEADER_UNIT.search(cell)
    return read_unit(match.group("unit")) if match else None
