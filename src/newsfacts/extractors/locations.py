"""Locations (SPEC §3.8): provinces, cities and districts from the official
administrative divisions (data/sources/admin_divisions.tsv, 2023 edition),
plus the named areas of data/named_areas.tsv.

Provinces and cities are also found by their short names (上海, 广东); a
district only by a short name that is not a common word (虹口, but not 和平).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..tables import load_tsv
from .. import tokenizer

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟", "旗")
_LEVEL = {"province": "province", "city": "city", "county": "district"}
_COMMON_WORD_FREQ = 300


@dataclass(frozen=True)
class Place:
    name: str
    admin: str
    code: str | None


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    place: Place


def short_name(name: str) -> str | None:
    """`上海市` → `上海`, `广西壮族自治区` → `广西`; None when too short to stand alone."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


@lru_cache(maxsize=1)
def _table():
    forms: dict[str, Place] = {}
    rank = {"province": 0, "city": 1, "district": 2, "area": 3, "region": 3}
    for row in load_tsv("sources/admin_divisions.tsv", ("code", "name", "level", "kind")):
        if row["kind"] != "admin":
            continue
        place = Place(row["name"], _LEVEL[row["level"]], row["code"])
        candidates = [row["name"]]
        short = short_name(row["name"])
        if short and (place.admin != "district" or tokenizer.frequency(short) < _COMMON_WORD_FREQ):
            candidates.append(short)
        for form in candidates:
            if form not in forms or rank[place.admin] < rank[forms[form].admin]:
                forms[form] = place
    for row in load_tsv("named_areas.tsv", ("name", "admin", "parent")):
        forms.setdefault(row["name"], Place(row["name"], row["admin"], None))
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    return forms, by_first


def find_locations(norm: str, blocked) -> list[PlaceHit]:
    """Place mentions, longest form first, none inside `blocked(start, end)` spans."""
    forms, by_first = _table()
    hits: list[PlaceHit] = []
    pos = 0
    while pos < len(norm):
        form = next((f for f in by_first.get(norm[pos], ()) if norm.startswith(f, pos)), None)
        if form is None:
            pos += 1
            continue
        end = pos + len(form)
        if not blocked(pos, end):
            hits.append(PlaceHit(pos, end, forms[form]))
        pos = end
    return hits
