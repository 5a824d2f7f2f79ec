"""Stocks (SPEC §3.9): Sina quote links → document-level entries, judged in context.

Sina links every occurrence of a listed company's short name, including where
the name is an ordinary word inside a longer phrase (`智能机器人` links 机器人
300024). A short name that is itself an ordinary word means the company only
with a company cue beside it; other names mean the company unless the words
after them make a place or another organization's name (上海陆家嘴金融城,
东方电气集团研究院联盟); a unit, role, report or facility of the company after
the name (光大银行金融市场部, 中信证券首席分析师, 比亚迪汽车工业园) is the company.
Links to indexes, bonds and funds (000300.SH, 206001.SH) are entries, never a company.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import regex_cache, tokenizer
from ..chinese import is_han
from ..document import Stock
from ..lexicon import whole_words, word_ends_at
from ..tables import load_toml, load_words

_DIGITS = "0123456789０１２３４５６７８９"
# a day written in digits, half- or full-width (６月５日, 2012年6月5日)
_DATE = f"(?:[{_DIGITS}]{{4}}年)?(?:[{_DIGITS}]{{1,2}}月)?[{_DIGITS}]{{1,2}}日"


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = load_toml("stocks.toml")
    return {"after": tuple(raw["after"]), "before": tuple(raw["before"]), "max": int(raw["ordinary_max_length"]),
            "place_after": tuple(raw["place_after"]), "other_heads": tuple(raw["other_heads"]),
            "other_heads_re": regex_cache.compile("|".join(map(re.escape, raw["other_heads"])) or "(?!)"),
            "registered": tuple(raw["registered_endings"]), "phrases": frozenset(raw["ordinary_phrases"]),
            "company_codes": {market: tuple(prefixes) for market, prefixes in raw["company_codes"].items()},
            "time_before_cue": regex_cache.compile(
                rf"[ \u3000]?(?:{_DATE})?(?:{'|'.join(map(re.escape, raw['time_before_cue']))})?"),
            "time_openers": frozenset(" \u3000" + _DIGITS + "".join(word[0] for word in raw["time_before_cue"])),
            "price_move": regex_cache.compile(rf"(?:{'|'.join(map(re.escape, raw['price_moves']))})[+\-－]?\d")}


def is_ordinary_word(name: str) -> bool:
    """True when `name` is a common word (or two) rather than a company's own name, or a common phrase of the
    stocks.toml list that the dictionary does not hold (线上线下)."""
    if name in _cues()["phrases"]:
        return True
    if len(name) > _cues()["max"] or not is_han(name):
        return False
    if tokenizer.is_word(name):
        return not is_brand_word(name)
    return any(len(word) >= 2 and tokenizer.is_word(word) for word in tokenizer.cut(name))


def is_brand_word(name: str) -> bool:
    """Is `name`, of three characters at most, one word that the dictionary tags as a person's name (比亚迪, 同花顺,
    华为): a coined brand, no ordinary word, unless it is a place of the directory (陆家嘴, 张家界, 连云港 are
    tagged so too)?"""
    from . import locations

    if len(name) > _cues()["max"]:
        return False                      # 东方明珠: a longer name of that kind is a landmark's as often
    tagged = tokenizer.tag(name)
    return len(tagged) == 1 and tagged[0][1] in ("nr", "nrt") and locations.place_of(name) is None


def link_in_context(text: str, start: int, end: int, name: str) -> bool:
    """Does the link at text[start:end] mean the company?"""
    return means_company(text, start, end, is_ordinary_word(name))


def means_company(text: str, start: int, end: int, ordinary: bool) -> bool:
    """Does the listed company's short name at text[start:end] mean the company? A name that is an
    ordinary word (`ordinary`: 机器人, 太阳能, 中国医药) does only with a company cue beside it: a
    cue word (公司, 公告, 股价), a price move (五粮液涨2.1%, 报12.5元) or a bulletin item's colon."""
    cues = _cues()
    if not _whole_name(text, start, end) or _another_name_after(text, end, cues):
        return False                      # 中国动力|电池, 上海陆家嘴金融城, 东方电气集团研究院联盟: a word, a place, another name
    if not ordinary:
        return True
    return (company_cue_after(text, end) or _cue_before(text, start) or _dated_cue_after(text, end, cues)
            or bool(cues["price_move"].match(text, end)) or _bulletin_item(text, start, end))


def company_cue_after(text: str, end: int) -> bool:
    """Does a company cue (公司, 公告, 持股, 表示, a bracket …: stocks.toml `after`) stand right after a name ending at
    `end`?"""
    return text[end:end + 4].startswith(_cues()["after"])


def _dated_cue_after(text: str, end: int, cues) -> bool:
    """Does a company cue follow the name ending at `end` after the time of the act (北新建材　６月５日晚间发布公告称,
    …日前宣布): a date, a time of day or a time word (stocks.toml `time_before_cue`), the subject's adverbial?"""
    time = cues["time_before_cue"].match(text, end) if end < len(text) and text[end] in cues["time_openers"] else None
    return time is not None and time.end() > end and company_cue_after(text, time.end())


def _whole_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] whole words, or whole words with the organization suffix after it (申万宏源证券 is cut
    申|万|宏源证券: the segmenter knows another firm's name in it)?"""
    if end < len(text) and tokenizer.is_word(text[end - 2:end + 1]):
        return False                      # 上海银行|间 of 上海银行间同业拆放利率: 银行间 (interbank) is the word
    if whole_words(text, start, end):
        return True
    if _fuller_name(text, start, end):
        return True
    from .organizations import suffix_after

    suffix = suffix_after(text, end)
    return bool(suffix) and whole_words(text, start, end + len(suffix))


def _fuller_name(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end an organization word of the segmenter that holds it, the company's fuller name
    (中国民生银行 of 民生银行)?"""
    tagged = tokenizer.tag(text[max(0, start - 4):end])
    word, flag = tagged[-1] if tagged else ("", "")
    return flag == "nt" and len(word) > end - start and word_ends_at(text, end)


# parts of speech that end the run of nouns after a name: verbs, prepositions, conjunctions, particles,
# adverbs, pronouns, numbers (同花顺|联合发布, 光大银行|表示)
_RUN_ENDS = ("v", "p", "c", "u", "d", "r", "m", "x", "w", "y")
_RUN_WINDOW = 12


def _another_name_after(text: str, end: int, cues) -> bool:
    """Do the words after a name ending at `end` make it a place (陆家嘴|金融城, 张家界|市) or open another
    organization's name (东方电气|集团|研究院|联盟, 中国联通|集团公司)? The run of nouns after the name is read up
    to a verb, a function word or a job title; a unit, report or facility in it (金融市场部, 研报, 汽车工业园,
    研究院) is the company's own."""
    if text.startswith(cues["place_after"], end):
        return True
    titles = load_words("titles.txt")
    window = text[end:end + _RUN_WINDOW]
    has_head = cues["other_heads_re"].search(window) is not None    # most windows hold none: no test per word
    for word, flag in tokenizer.tag(window):
        if has_head and any(head in word for head in cues["other_heads"]):
            return True                   # 集团|研究院|联盟, 集团公司
        if flag.startswith(_RUN_ENDS) or word in titles or not (is_han(word) or word.isascii() and word.isalnum()):
            return False
    return False


def is_company_code(code: str) -> bool:
    """Is `code` a company's shares: any Hong Kong or US code, an A-share code that opens like a company's
    (600519.SH, 300024.SZ), not an index's, a bond's or a fund's (000300.SH, 399300.SZ, 206001.SH)?"""
    number, _, market = code.partition(".")
    prefixes = _cues()["company_codes"].get(market)
    return prefixes is None or number.startswith(prefixes)


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
    judged = [(link, is_company_code(link.code) and link_in_context(text, link.start, link.end, link.name)) for link in links]
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
    return is_company_code(link.code) and bool((before and before[1] and text[before[0].end:link.start] in _LIST_JOINS)
                                               or (after and after[1] and text[link.end:after[0].start] in _LIST_JOINS))


def outside_names(stocks: list[Stock], companies, facts) -> list:
    """The company links that are not a piece of a longer organization's name found in the text; a stock
    whose every company link is such a piece is not in context. A name with more words both before and after
    the link is another company's registered name (深圳市凯中精密技术股份有限公司, 宁夏金晶科技有限公司 of
    金晶科技); a name that only adds words before it is the company's fuller name (中国民生银行 of 民生银行), and
    one that opens with the link was judged by the words after it (`means_company`: 华安证券股份有限公司,
    光大银行金融市场部). The organization facts decide, so a stock and an organization are judged by one rule."""
    names = sorted((fact.start, fact.end) for fact in facts if fact.type == "organization")
    starts = [start for start, _ in names]
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


def _piece_of(link, start: int, end: int) -> bool:
    """Is the link a piece of another name text[start:end]: one with more words both before and after it?"""
    return start < link.start and link.end < end


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
