"""Directories of names: listed companies and public bodies.

- data/listed_companies.tsv: A-share short names → codes with the exchange
  suffix (built by scripts/build_lexicons.py from the adata package's list), and
  whether a name is made of ordinary words (太阳能, 中国医药) and so means the
  company only beside a company cue (stocks.means_company).
- data/public_bodies.tsv: State Council bodies, Party organs, congresses,
  foreign legislatures and central banks, each short form with its full name
  (央行 → 中国人民银行).
- data/body_words.tsv: the words that make a place's government body
  (杭州市 + 经信局 → 杭州市经济和信息化局).

Each table is read on first use, so a run that meets no name pays nothing.
"""
from __future__ import annotations

from functools import lru_cache

from .tables import DataFileError, data_text, load_columns

_LISTED_HEADER = "form\tcode\tneeds_cue"

# forms of a listed company's name that are still that company: 蓝帆医疗股份有限公司 → 蓝帆医疗
_COMPANY_FORMS = ("股份有限公司", "股份公司", "股份")


@lru_cache(maxsize=1)
def listed_companies() -> dict[str, str]:
    """Short name → the rest of its row (`code<TAB>needs_cue`), split only for the names an article
    holds (listed_company): 5,500 rows read in one pass at start, a third of load_columns' time."""
    text = data_text("listed_companies.tsv")
    body = text[text.index(_LISTED_HEADER + "\n") + len(_LISTED_HEADER) + 1:] if _LISTED_HEADER + "\n" in text else None
    if body is None:
        raise DataFileError(f"invalid data file listed_companies.tsv: no header {_LISTED_HEADER!r}")
    return dict(line.split("\t", 1) for line in body.splitlines())


def listed_company(name: str) -> tuple[str, bool] | None:
    """(code, needs a company cue) of the listed company whose short name is `name`, else None."""
    row = listed_companies().get(name)
    if row is None:
        return None
    code, needs_cue = row.split("\t")
    return code, needs_cue == "yes"


@lru_cache(maxsize=1)
def public_bodies() -> dict[str, str]:
    """Form as written → full name."""
    return {form: canonical for form, canonical in load_columns("public_bodies.tsv", ("form", "canonical"))}


@lru_cache(maxsize=1)
def _body_rows() -> tuple[tuple[str, ...], ...]:
    return load_columns("body_words.tsv", ("form", "full", "place"))


@lru_cache(maxsize=1)
def body_words() -> dict[str, str]:
    """Body word written after a place → its full form (经信局 → 经济和信息化局)."""
    return {form: full for form, full, _ in _body_rows()}


def body_full_name(place: str, body: str) -> str:
    """The full name of the `body` word written after a place whose full name is `place`
    (杭州市 + 经信局 → 杭州市经济和信息化局); '' for a central body named after a city as
    written (南京海关 is the customs district, not 南京市's customs office)."""
    return place + body_words()[body] if body not in _written_place_bodies() else ""


@lru_cache(maxsize=1)
def _written_place_bodies() -> frozenset[str]:
    return frozenset(form for form, _, place in _body_rows() if place == "written")


def stock_code(name: str) -> str | None:
    """The code of the listed company `name` is (蓝帆医疗, 蓝帆医疗股份有限公司), else None."""
    for form in [name] + [name[: -len(ending)] for ending in _COMPANY_FORMS if name.endswith(ending)]:
        found = listed_company(form)
        if found:
            return found[0]
    return None


def canonical(name: str) -> str | None:
    """The full name of the public body `name` when it differs from `name` (央行 → 中国人民银行)."""
    full = public_bodies().get(name)
    return full if full and full != name else None
