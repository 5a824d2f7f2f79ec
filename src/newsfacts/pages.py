"""Whole web pages: find the article inside the page, its title and its date.

The article is the element whose paragraphs hold the most Chinese prose that is
not link text (the density idea of readability/trafilatura, kept small):
every paragraph adds its non-link character count to the element that holds it
and half of that to the element above.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .chinese import HAN_RE
from .reading import parse_published

_PROSE_MARK = re.compile(r"[，。；！？、]")
_TEXT_BLOCKS = {"p", "div", "td", "li", "section", "article", "blockquote", "dd", "font", "span", "center", "body", "main"}
_TITLE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s).{1,40}$")
_DATE_META = (
    ("property", "article:published_time"), ("name", "pubdate"), ("name", "publishdate"),
    ("name", "PubDate"), ("name", "publish_time"), ("name", "og:release_date"),
    ("property", "og:release_date"), ("itemprop", "datePublished"), ("name", "weibo: article:create_at"),
    ("name", "apub:time"), ("name", "dateUpdate"), ("itemprop", "dateUpdate"), ("name", "og:time "),
    ("property", "og:time"), ("name", "article_date_original"), ("name", "date"),
)
_PAGE_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?")


def _meta(tree, key: str, value: str) -> str | None:
    for meta in tree.iter("meta"):
        if meta.get(key) == value and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


def _words(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def page_title(tree) -> str | None:
    """og:title, else the first <h1>, else <title> without its site-name suffix."""
    for key, value in (("property", "og:title"), ("name", "og:title"), ("property", "twitter:title")):
        content = _meta(tree, key, value)
        if content:
            return _TITLE_SUFFIX.sub("", content) or content
    for h1 in tree.iter("h1"):
        text = _words(h1)
        if text:
            return text
    for title in tree.iter("title"):
        raw = _words(title)
        if raw:
            shorter = _TITLE_SUFFIX.sub("", raw)
            return shorter if len(shorter) >= 6 else raw
    return None


def page_published(tree, visible_text: str) -> str | None:
    """The date from the usual meta tags, else the first full date written on the page."""
    for key, value in _DATE_META:
        content = _meta(tree, key, value)
        parsed = parse_published(content) if content else None
        if parsed:
            return parsed
    for time_tag in tree.iter("time"):
        parsed = parse_published(time_tag.get("datetime") or _words(time_tag))
        if parsed:
            return parsed
        break
    match = _PAGE_DATE.search(visible_text)
    if match:
        return parse_published(match.group(0))
    return None


def main_container(root):
    """The element that holds the article's paragraphs (the root itself when nothing better)."""
    scores: dict[int, float] = defaultdict(float)
    nodes: dict[int, object] = {}
    for block, chars in _paragraphs(root):
        parent = block.getparent()
        holder = parent if block.tag in ("p", "font", "span") and parent is not None else block
        for weight, element in ((1.0, holder), (0.5, holder.getparent())):
            if element is None:
                continue
            scores[id(element)] += weight * chars
            nodes[id(element)] = element
    if not scores:
        return root
    best = max(scores, key=scores.get)
    return nodes[best]


def _paragraphs(root):
    """(block element, count of Chinese prose characters outside links) for each text block."""
    counts: dict[int, int] = defaultdict(int)
    links: dict[int, int] = defaultdict(int)
    marks: dict[int, int] = defaultdict(int)
    blocks: dict[int, object] = {}

    def count(text: str | None, holder) -> None:
        if not text:
            return
        cjk = len(HAN_RE.findall(text))
        if not cjk:
            return
        block, in_link = holder, False
        while block is not None and block.tag not in _TEXT_BLOCKS:
            in_link = in_link or block.tag == "a"
            block = block.getparent()
        if block is None:
            return
        key = id(block)
        blocks[key] = block
        counts[key] += cjk
        marks[key] += len(_PROSE_MARK.findall(text))
        if in_link:
            links[key] += cjk

    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        count(element.text, element)
        parent = element.getparent()
        if parent is not None:
            count(element.tail, parent)
    for key, block in blocks.items():
        prose = counts[key] - links[key]
        if prose >= 8 and marks[key] and links[key] < counts[key] / 2:
            yield block, prose
