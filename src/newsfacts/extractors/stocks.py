"""Stocks (SPEC §3.9): Sina quote links → document-level entries, judged in context.

Sina links every occurrence of a listed company's short name, including where
the name is an ordinary word inside a longer phrase (`智能机器人` links 机器人
300024). A short name that is itself an ordinary word means the company only
with a company cue beside it; other names always mean the company.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import regex_cache, tokenizer
from ..chinese import is_han
from ..document import Stock
from ..lexicon import whole_words
from ..tables import load_toml


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = load_toml("stocks.toml")
    return {"after": tuple(raw["after"]), "before": tuple(raw["before"]), "max": int(raw["ordinary_max_length"]),
            "longer_name": tuple(raw["longer_name_after"]), "registered": tuple(raw["registered_endings"]),
            "price_move": regex_cache.compile(rf"(?:{'|'.join(map(re.escape, raw['price_moves']))})[+\-－]?\d")}


def is_ordinary_word(name: str) -> bool:
    """True when `name` is a common word (or two) rather than a company's own name."""
    if len(name) > _cues()["max"] or not is_han(name):
        return False
    if tokenizer.is_word(name):
        return True
    return any(len(word) >= 2 and tokenizer.is_word(word) for word in tokenizer.cut(name))


def link_in_context(text: str, start: int, end: int, name: str) -> bool:
    """Does the link at text[start:end] mean the company?"""
    return means_company(text, start, end, is_ordinary_word(name))


def means_company(text: str, start: int, end: int, ordinary: bool) -> bool:
    """Does the listed company's short name at text[start:end] mean the company? A name that is an
    ordinary word (`ordinary`: 机器人, 太阳能, 中国医药) does only with a company cue beside it: a
    cue word (公司, 公告, 股价), a price move (五粮液涨2.1%, 报12.5元) or a bulletin item's colon."""
    cues = _cues()
    if text.startswith(cues["longer_name"], end) or not whole_words(text, start, end):
        return False                      # 东方电气集团研究院联盟, 上海陆家嘴金融城, 中国动力|电池: part of a longer name or word
    if not ordinary:
        return True
    return (text[end:end + 4].startswith(cues["after"]) or _cue_before(text, start)
            or bool(cues["price_move"].match(text, end)) or _bulletin_item(text, start, end))


def _cue_before(text: str, start: int) -> bool:
    """A company cue right before `start` (龙头公司太阳能), not the legal form that ends another firm's
    registered name (宁夏金晶科技有限公司太阳能光伏: the next words are that firm's product)."""
    before = text[max(0, start - 8):start]
    return before.endswith(_cues()["before"]) and not before.endswith(_cues()["registered"])


def _bulletin_item(text: str, start: int, end: int) -> bool:
    """`X：…` opening a line or a list item (bulletins of company announcements)."""
    return text[end:end + 1] in ("：", ":") and (start == 0 or text[start - 1] in "\n \t\u3000、；;。")


def stock_entries(text: str, links) -> tuple[list[Stock], list]:
    """One entry per code, in order of first mention, in context when any of its links is;
    and the links that mean their company (they are organizations)."""
    judged = [(link, link_in_context(text, link.start, link.end, link.name)) for link in links]
    judged = [(link, meant or _listed_with_company(text, judged, index)) for index, (link, meant) in enumerate(judged)]
    entries: dict[str, Stock] = {}
    companies = []
    for link, in_context in judged:
        if in_context:
            companies.append(link)
        entry = entries.get(link.code)
        if entry is None:
            entries[link.code] = Stock(code=link.code, name=link.name, in_context=in_context)
        elif in_context:
            entry.in_context = True
    return list(entries.values()), companies


_LIST_JOINS = ("和", "、", "及", "与", "以及")


def _listed_with_company(text: str, judged, index: int) -> bool:
    """Is the link at `index` listed right beside a link that means its company (如美凯龙和三棵树)?
    Then it is a company too."""
    link = judged[index][0]
    before = judged[index - 1] if index else None
    after = judged[index + 1] if index + 1 < len(judged) else None
    return bool((before and before[1] and text[before[0].end:link.start] in _LIST_JOINS)
                or (after and after[1] and text[link.end:after[0].start] in _LIST_JOINS))


def outside_names(stocks: list[Stock], companies, facts) -> list:
    """The company links that are not a piece of a longer organization's name found in the text; a stock
    whose every company link is such a piece is not in context. A name that opens with more words than
    the link (深圳市凯中精密技术股份有限公司, 宁夏金晶科技有限公司 of 金晶科技) or goes on with more than
    a suffix (中国动力电池产业创新联盟) is another name; the link followed by a suffix alone, or by its
    place in brackets and a suffix, is the company's own name written out (华安证券股份有限公司, 太平洋证券,
    恒玄科技（上海）股份有限公司). The organization facts decide, so a
    stock and an organization are judged by one rule."""
    names = sorted((fact.start, fact.end, fact.text) for fact in facts if fact.type == "organization")
    starts = [start for start, _, _ in names]
    kept = []
    for link in companies:
        # the organizations do not overlap: only the last one opening at or before the link can hold it
        index = bisect_right(starts, link.start) - 1
        if index < 0 or not _piece_of(link, *names[index]):
            kept.append(link)
    meant = {link.code for link in kept}
    for stock in stocks:
        stock.in_context = stock.in_context and stock.code in meant
    return kept


def _piece_of(link, start: int, end: int, name: str) -> bool:
    """Is the link a piece of the organization name text[start:end] (not the name, nor the name and its suffix)?"""
    from .organizations import is_suffix

    if not (start <= link.start and link.end <= end) or end - start == link.end - link.start:
        return False
    rest = name[link.end - start:]
    closing = rest.find("）" if rest.startswith("（") else ")") if rest.startswith(("（", "(")) else -1
    if closing > 0:
        rest = rest[closing + 1:]         # 恒玄科技（上海）股份有限公司: its place in brackets
    return not (start == link.start and is_suffix(rest))


def give_codes(facts, companies) -> None:
    """Organizations named like a linked company, or by its full name opening with the link
    (恒玄科技（上海）股份有限公司), carry its code (Hong Kong and US ones too, which the A-share directory
    does not hold)."""
    codes = {link.name: link.code for link in companies}
    opening = {(link.start, link.name): link.code for link in companies}
    for fact in facts:
        if fact.type != "organization" or "stock" in fact.attrs:
            continue
        code = codes.get(fact.attrs.get("name")) or next(
            (code for (start, name), code in opening.items() if start == fact.start and fact.text.startswith(name)), None)
        if code:
            fact.attrs["stock"] = code
