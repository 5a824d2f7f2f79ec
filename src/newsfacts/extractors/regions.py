"""Whose dollar 元 is: a text written in traditional characters comes from Hong Kong, Taiwan or Macau.

Papers there write 元 for their own dollar (整體稅收3286億元 is Hong Kong dollars, 台積電營收5467億元 New
Taiwan dollars); read as yuan, the amount is off by the exchange rate and nothing tells the user. The
region is the one whose words (currencies.toml `home_regions`) the text names most.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..chinese import traditional_share
from ..tables import load_rules

_MAGNITUDES = "十百千万亿"
_OTHER_CURRENCY_WORDS = ("人民币",)


@lru_cache(maxsize=1)
def _regions():
    return load_rules("currencies.toml").home_regions


def home_currency(text: str, norm: str) -> str | None:
    """The currency plain 元 means in this text (`HKD`, `TWD`, `MOP`), or None for yuan."""
    regions = _regions()
    # a text that normalizing left as it was holds no traditional form: one comparison, no scan
    if text == norm or traditional_share(text) < regions.min_traditional_share:
        return None
    counts = {code: sum(norm.count(cue) for cue in cues) for code, cues in regions.cues.items()}
    best = max(counts, key=counts.__getitem__)
    least = regions.min_cues_beside_yuan if any(word in norm for word in _OTHER_CURRENCY_WORDS) else regions.min_cues
    if counts[best] < least or sum(1 for n in counts.values() if n == counts[best]) > 1:
        return None
    return best


def in_home_currency(norm: str, amounts: Iterable, currency: str) -> None:
    """Put the amounts written in plain 元 (`3286億元`, `90萬元`, `1.989元`) or as a bare magnitude that its
    context makes money (`約300億`), a price per share (`每股1.419元`) and an amount after a bare dollar sign
    (`$3286億`) into `currency`; an amount that names 人民币 (before or after its number) keeps yuan."""
    for amount in amounts:
        if _home_dollar(norm, amount):
            amount.attrs["currency"] = currency


def title_in_home_currency(title, body, facts: list) -> list:
    """The title's amounts in the dollar of its body's region: a headline alone names too few cues
    (`整體稅收$3286億創新高` over a Hong Kong tax report; `陳茂波公布40億元支援措施`). `title` and `body` are
    segmented texts; returns `facts` with the title's amounts in that dollar (new facts)."""
    if not any(fact.where == "title" and _home_dollar(title.norm, fact) for fact in facts) \
            or home_currency(title.text, title.norm):
        return facts
    currency = home_currency(body.text, body.norm)
    if currency is None:
        return facts
    return [fact.with_attrs(currency=currency) if fact.where == "title" and _home_dollar(title.norm, fact) else fact
            for fact in facts]


def _home_dollar(norm: str, amount) -> bool:
    """Is this amount one that a region's plain 元 or bare `$` may make its dollar?"""
    if amount.type != "money":
        return False
    if norm.startswith(("$", "＄"), amount.start):
        return True
    attrs = amount.attrs
    if attrs.get("currency") != "CNY" \
            or attrs.get("unit", "").split("/")[0].lstrip(_MAGNITUDES).rstrip("整") not in ("元", ""):
        return False
    around = norm[max(0, amount.start - 4):amount.end + 3]
    return not any(word in around for word in _OTHER_CURRENCY_WORDS)
