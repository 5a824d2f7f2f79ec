"""Locations (SPEC §3.8): provinces, cities and districts from the official
administrative divisions (data/sources/admin_divisions.tsv, 2023 edition),
plus the named areas of data/named_areas.tsv.

Provinces and cities are also found by their short names (上海, 广东); a
district only by a short name that is not a common word (虹口, but not 和平):
data/locations.tsv, built by scripts/build_lexicons.py, lists every form.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from ..tables import load_columns


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


@lru_cache(maxsize=1)
def _table():
    forms: dict[str, Place] = {}
    places: dict[tuple[str, str, str], Place] = {}     # one Place for all its forms
    for form, *key in load_columns("locations.tsv", ("form", "name", "admin", "code")):
        key = tuple(key)
        place = places.get(key)
        if place is None:
            place = places[key] = Place(*key)
        forms[form] = place
    for name, admin in load_columns("named_areas.tsv", ("name", "admin")):
        forms.setdefault(name, Place(name, admin, None))
    return forms


def words():
    """Every place form (for the shared name scan)."""
    return _table().keys()


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon(_table())


def place_of(form: str) -> Place | None:
    """The place a form names (杭州 → 杭州市), or None."""
    return _table().get(form)


def find_locations(norm: str, blocked, matches=None) -> list[PlaceHit]:
    """Place mentions, longest form first, none inside `blocked(start, end)` spans; `matches`
    are the place words the shared name scan found (else this scans by itself)."""
    forms = _table()
    matches = _lexicon().find(norm) if matches is None else matches
    return [PlaceHit(start, end, forms[form]) for start, end, form in matches if not blocked(start, end)]
