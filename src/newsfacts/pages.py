"""Whole web pages: find the article inside the page, its title and its date.

The article is the element whose paragraphs hold the most Chinese prose that is
not link text (the density idea of readability/trafilatura, kept small):
every paragraph adds its non-link character count to the element that holds it
and half of that to the element above.
"""
from __future__ import annotations

import re
from collections import defaultdict

from bs4 import BeautifulSoup, NavigableString, Tag

from .reading import parse_published

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE_MARK = re.compile(r"[，。；！？、]")
_TEXT_BLOCKS = {"p", "div", "td", "li", "section", "article", "blockquote", "dd", "font", "span", "center", "body", "main"}
_TITLE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s).{1,40}$")
_DATE_META = (
    ("property", "article:published_time"), ("name", "pubdate"), ("name", "publishdate"),
    ("name", "PubDate"), ("name", "publish_time"), ("name", "og:release_date"),
    ("property", "og:release_date"), ("itemprop", "datePublished"), ("name", "weibo: article:create_at"),
    ("name", "apub:time"), ("name", "dateUpdate"), ("itemprop", "dateUpdate"), ("name", "og:time "), ("property", "og:time"), ("name", "article_date_original"), ("name", "date"),
)
_PAGE_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?")


def page_title(soup: BeautifulSoup) -> str | None:
    """og:title, else the first <h1>, else <title> without its site-name suffix."""
    for attrs in ({"property": "og:title"}, {"name": "og:title"}, {"property": "twitter:title"}):
        meta = soup.find("meta", attrs=attrs)
        if meta and meta.get("content", "").strip():
            return _TITLE_SUFFIX.sub("", meta["content"].strip()) or meta["content"].strip()
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return " ".join(h1.get_text(" ", strip=True).split())
    if soup.title and soup.title.get_text(strip=True):
        raw = " ".join(soup.title.get_text(" ", strip=True).split())
        shorter = _TITLE_SUFFIX.sub("", raw)
        return shorter if len(shorter) >= 6 else raw
    return None


def page_published(soup: BeautifulSoup, visible_text: str) -> str | None:
    """The date from the usual meta tags, else the first full date written on the page."""
    for key, value in _DATE_META:
        meta = soup.find("meta", attrs={key: value})
        if meta and meta.get("content"):
            parsed = parse_published(meta["content"])
            if parsed:
                return parsed
    time_tag = soup.find("time")
    if time_tag:
        parsed = parse_published(time_tag.get("datetime") or time_tag.get_text(" ", strip=True))
        if parsed:
            return parsed
    match = _PAGE_DATE.search(visible_text)
    if match:
        return parse_published(match.group(0))
    return None


def main_container(root: Tag) -> Tag:
    """The element that holds the article's paragraphs (the root itself when nothing better)."""
    scores: dict[int, float] = defaultdict(float)
    nodes: dict[int, Tag] = {}
    for block, chars in _paragraphs(root):
        holder = block.parent if block.name in ("p", "font", "span") and block.parent is not None else block
        for weight, element in ((1.0, holder), (0.5, holder.parent)):
            if element is None or not isinstance(element, Tag):
                continue
            scores[id(element)] += weight * chars
            nodes[id(element)] = element
    if not scores:
        return root
    best = max(scores, key=scores.get)
    return nodes[best]


def _paragraphs(root: Tag):
    """(block element, count of Chinese prose characters outside links) for each text block."""
    counts: dict[int, int] = defaultdict(int)
    links: dict[int, int] = defaultdict(int)
    marks: dict[int, int] = defaultdict(int)
    blocks: dict[int, Tag] = {}
    for string in root.find_all(string=True):
        if type(string) is not NavigableString:
            continue
        cjk = len(_CJK.findall(string))
        if not cjk:
            continue
        block = string.parent
        in_link = False
        while block is not None and block.name not in _TEXT_BLOCKS:
            in_link = in_link or block.name == "a"
            block = block.parent
        if block is None:
            continue
        key = id(block)
        blocks[key] = block
        counts[key] += cjk
        marks[key] += len(_PROSE_MARK.findall(string))
        if in_link:
            links[key] += cjk
    for key, block in blocks.items():
        prose = counts[key] - links[key]
        if prose >= 8 and marks[key] and links[key] < counts[key] / 2:
            yield block, prose
