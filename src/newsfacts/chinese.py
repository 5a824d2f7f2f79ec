"""What counts as a Chinese character, and full-width forms, said once for every module.

`is_han` tests the CJK Unified Ideographs block. `HAN` is the pattern the
regular expressions use: any letter that is not ASCII, which in Chinese news is
a Chinese character, and which `re` compiles 20–30 times faster than a
`\\u4e00-\\u9fa5` range (it builds a 64K-entry table for every such range).
`normalize` maps full-width digits, letters and marks to ASCII one for one, and
traditional characters to simplified ones (`data/traditional.txt`, from OpenCC), so the
extractors, lexicons and segmenter read one form and offsets stay those of the text.
"""
from __future__ import annotations

import re

from . import regex_cache
from .tables import data_text

HAN = r"[^\W\d_A-Za-z]"
HAN_RE = regex_cache.compile(HAN)
_HAN_RUN = regex_cache.compile(HAN + "+")
_HAN_CLASS = regex_cache.compile(r"\[\\u4e00-\\u9fa5([^\]]*)\]")
_FULL_WIDTH = {ord(c): ord(c) - 0xFEE0
               for c in ("０１２３４５６７８９％＋－．"
                         "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                         "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")}
_FULL_WIDTH.update({ord("～"): ord("~"), ord("－"): ord("-"), ord("−"): ord("-"), ord("﹪"): ord("%")})
_TRADITIONAL = {ord(line[0]): ord(line[1]) for line in data_text("traditional.txt").splitlines()
                if len(line) == 2 and not line.startswith("#")}
_FULL_WIDTH.update(_TRADITIONAL)
_TRADITIONAL_CHAR = regex_cache.compile("[" + re.escape("".join(map(chr, _TRADITIONAL))) + "]")
# runs of them, each translated alone: `str.translate` looks every character of a text up in the table
# (about 120 ns a character), a pattern's character set skips the rest in C
_FULL_WIDTH_RUN = regex_cache.compile("[" + re.escape("".join(map(chr, _FULL_WIDTH))) + "]+")
_TRADITIONAL_RUN = regex_cache.compile(_TRADITIONAL_CHAR.pattern + "+")


def _plain_run(match: re.Match[str]) -> str:
    return match.group().translate(_FULL_WIDTH)


def _simplified_run(match: re.Match[str]) -> str:
    return match.group().translate(_TRADITIONAL)


def traditional_share(text: str) -> float:
    """The share of a text's Chinese characters written in their traditional forms (0 for simplified text,
    about a third for a Hong Kong or Taiwan paper's prose).

    >>> traditional_share("整體稅收3286億元"), traditional_share("整体税收3286亿元")
    (0.5, 0.0)
    """
    if not _TRADITIONAL_CHAR.search(text):
        return 0.0
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return len(_TRADITIONAL_CHAR.findall(text)) / han if han else 0.0


def simplified(text: str) -> str:
    """Traditional characters → simplified ones, one for one (nothing else changes; offsets stay).

    >>> simplified("BBC亞洲商業事務記者 ２０２３")
    'BBC亚洲商业事务记者 ２０２３'
    """
    return _TRADITIONAL_RUN.sub(_simplified_run, text)      # a whole page's translate costs 4× the runs


def is_han(text: str) -> bool:
    """Is `text` non-empty and made of Chinese characters only?

    >>> is_han("机器人"), is_han("5G"), is_han("")
    (True, False, False)
    """
    if len(text) == 1:
        return "\u4e00" <= text <= "\u9fff"         # most callers ask about one character
    return _HAN_ONLY.fullmatch(text) is not None      # (a pattern: 3× a Python loop over the characters)


_HAN_ONLY = regex_cache.compile("[\u4e00-\u9fff]+")


def han_pattern(pattern: str) -> str:
    r"""Rewrite the `[\u4e00-\u9fa5…]` classes of a data-file pattern with `HAN`.

    >>> han_pattern(r"[\u4e00-\u9fa5·]{2,4}记者[\u4e00-\u9fa5]")
    '(?:[^\\W\\d_A-Za-z]|[·]){2,4}记者[^\\W\\d_A-Za-z]'
    """
    return _HAN_CLASS.sub(lambda m: f"(?:{HAN}|[{m.group(1)}])" if m.group(1) else HAN, pattern)


def inside_book_title(text: str, pos: int, reach: int = 80) -> bool:
    """Is `pos` between 《 and 》 (a document's or work's title, whose numbers are its name)?"""
    opened = text.rfind("《", max(0, pos - reach), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


# a Chinese comma between digit groups of three, right before what a number measures: a thousands
# separator (93，708，580元, 5，000万元), not a list (which writes 、)
_FULL_WIDTH_THOUSANDS = regex_cache.compile(r"(?<![\d,，.])\d{1,3}(?:，\d{3})+(?![\d，])(?=[^\W\d_A-Za-z])")
_GROUP_AFTER_COMMA = regex_cache.compile(r"，\d{3}")     # what it holds; a literal first: `re` finds it fast


def normalize(text: str) -> str:
    """Full-width digits, letters and marks → ASCII and traditional characters → simplified, one
    character for one (offsets stay valid); a Chinese comma that separates thousands
    becomes a comma.

    >>> normalize("１２３％ＧＤＰ"), normalize("营业收入93，708，580元，增长5%"), normalize("二月十五號")
    ('123%GDP', '营业收入93,708,580元，增长5%', '二月十五号')
    """
    text = _FULL_WIDTH_RUN.sub(_plain_run, text)
    if _GROUP_AFTER_COMMA.search(text) and _FULL_WIDTH_THOUSANDS.search(text):
        text = _FULL_WIDTH_THOUSANDS.sub(lambda match: match.group(0).replace("，", ","), text)
    return text


def han_count(text: str) -> int:
    """How many Chinese characters (`HAN`) a text holds, counted by runs: `HAN_RE.findall` made a
    string of every character only to count them (twice the time on a page's text).

    >>> han_count("营收增长5%，达到3.2亿元")
    8
    """
    return sum(map(len, _HAN_RUN.findall(text)))
