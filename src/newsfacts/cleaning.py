"""Cleaning: an article's HTML or text → the body a reader sees, plus metadata (SPEC §1).

The body comes out as one paragraph per line. Stock-quote links are flattened
into their sentence and remembered with their offsets in the final text, so
that `stocks.py` can judge each one in context.
"""
from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

from lxml import etree

from . import bylines, markdown, pages, regex_cache
from .chinese import HAN, HAN_RE, han_count, han_pattern, simplified, traditional_share
from .grammar import alternation
from .reading import TITLE_MIN, RawArticle, parse_published
from .tables import load_toml, load_words

_BLOCK_TAGS = frozenset(
    ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "section",
     "article", "blockquote", "header", "dd", "dt", "dl", "pre", "hr", "figure", "figcaption", "center", "main", "aside", "address", "caption"]
)
_CELL_TAGS = frozenset(("td", "th"))
# Sina's quote links: shares (realstock/company/sz002382/), bonds and bond repos (bond/quotes/sh206001.html: R001)
_STOCK_HREF = regex_cache.compile(r"/(?:realstock/company|stock|bond/quotes)/(sh|sz|bj|hk)(\d{5,6})[/.]", re.IGNORECASE)
# East Money quote links: quote.eastmoney.com/unify/r/0.300750 (market 0 SZ, 1 SH, 116 HK, 105/106/107 the
# US exchanges with a ticker: 105.LI, 106.NIO; 90.BK… are boards, sectors rather than stocks)
_EASTMONEY_HREF = regex_cache.compile(r"quote\.eastmoney\.com/(?:unify/r/(?:(?P<market>0|1|116)\.(?P<code>\d{5,6})\b"
                             r"|(?P<us>10[567])\.(?P<ticker>[A-Za-z][A-Za-z0-9._]{0,7})\b)"
                             r"|(?P<prefix>sh|sz)(?P<code2>\d{6})\.html)", re.IGNORECASE)
_EASTMONEY_MARKETS = {"0": "SZ", "1": "SH", "116": "HK"}
_FOLDED_SPACES = " \t\r\n\f\v\xa0"         # a run of them is shown as one space
_SPACES = regex_cache.compile(f"[{_FOLDED_SPACES}]+")
_LINE_EDGE = " \t\u3000\xa0\u2002\u2003\u200b\ufeff"
CELL_SEPARATOR = "\t"     # table cells of one row share a line, a tab between them


@dataclass
class StockLink:
    """A quote link: `start`/`end` point into the cleaned body text (into its line while rendering)."""

    code: str
    name: str
    start: int
    end: int


@dataclass
class CleanArticle:
    """What the extractor sees: the body text and the metadata taken out of it."""

    text: str
    title: str | None = None
    published: str | None = None
    reporter: str | None = None
    editor: str | None = None
    original_title: str | None = None
    stock_links: list[StockLink] = field(default_factory=list)
    too_deep: bool = False                  # the markup nests deeper than the parser reads
    warnings: list[str] = field(default_factory=list)      # what the cleaner was unsure of (the article finder)


@dataclass
class _Line:
    text: str
    links: list[StockLink] = field(default_factory=list)  # offsets within this line
    linked: bool = False          # all its words are a link's (a page's list of other stories)

    def cut(self, start: int, end: int) -> None:
        """Remove text[start:end], moving the links after it and dropping those inside it."""
        width = end - start
        if width <= 0:
            return                    # (most cuts of `strip` remove nothing)
        self.text = self.text[:start] + self.text[end:]
        kept = []
        for link in self.links:
            if link.end <= start:
                kept.append(link)
            elif link.start >= end:
                kept.append(replace(link, start=link.start - width, end=link.end - width))
        self.links = kept

    def break_at(self, start: int, end: int) -> None:
        """Replace text[start:end] with a line break: what came before it is a line of its own."""
        self.cut(start, end)
        self.text = self.text[:start] + "\n" + self.text[start:]
        self.links = [link if link.end <= start else replace(link, start=link.start + 1, end=link.end + 1)
                      for link in self.links]

    def strip(self) -> None:
        text = self.text
        if not text or (text[0] not in _LINE_EDGE and text[-1] not in _LINE_EDGE):
            return                    # (most lines have nothing to strip: no copies made)
        stripped = text.rstrip(_LINE_EDGE)
        self.cut(len(stripped), len(self.text))
        lead = len(self.text) - len(self.text.lstrip(_LINE_EDGE))
        self.cut(0, lead)


# a page's time stamp: a date, a time or both (2021年06月12日 07:46, 09-01 06:29)
_STAMP = (r"(?:(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
          r"|\d{1,2}:\d{2}(?::\d{2})?)")


@lru_cache(maxsize=1)
def _rules():
    raw = load_toml("boilerplate.toml")
    raw = {key: ([han_pattern(v) for v in value] if isinstance(value, list)
                 else han_pattern(value) if isinstance(value, str) else value)
           for key, value in raw.items()}
    rules = {
        "traditional_share": float(raw["traditional_share"]),
        "drop_tags": frozenset(raw["drop_tags"]),
        "always_dropped": frozenset(raw["drop_tags"]) - frozenset(raw["container_tags"]),
        "caption_max": int(raw["caption_max"]),
        "caption_marks": tuple(raw["caption_marks"]),
        "question_openers": tuple(raw["question_openers"]),
        "narrative": regex_cache.compile(rf"^(?:{alternation(raw['narrative_openers'])})"
                                         rf"|{alternation(raw['narrative_words'] + raw['report_verbs'])}"),
        "narrative_opener": regex_cache.compile(rf"^(?:{alternation(raw['narrative_openers'])})"),
        # a time of the story, then a report verb: 财政部8月26日发布…, the story's sentence broken over lines
        "dated_report": regex_cache.compile(rf"(?:\d{{1,2}}月\d{{1,2}}日|{alternation(raw['narrative_words'])})"
                                            rf"[^，。]{{0,10}}?(?:{alternation(raw['report_verbs'])})"),
        "drop_class_id": regex_cache.compile(raw["drop_class_id"]),
        "page_end_names": tuple(raw["page_end_names"]),
        "drop_line": _any_of(raw["drop_line"]),
        "end_line": regex_cache.compile("|".join(raw["end_line"])),
        "cut_inline": [(word, regex_cache.compile(han_pattern(p))) for word, p in raw["cut_inline"].items()],
        "cut_inline_words": regex_cache.compile(alternation(raw["cut_inline"]) or "(?!)"),
        "link_home": regex_cache.compile(raw["link_home"]),
        "print_credit": regex_cache.compile(raw["print_credit"]),
        "article_end": regex_cache.compile(raw["article_end"]),
        "end_mark": regex_cache.compile(raw["end_mark"]),
        "editor": regex_cache.compile(raw["editor"]),
        "page_editor": regex_cache.compile(raw["page_editor"]),
        "page_editor_plain": regex_cache.compile(raw["page_editor_plain"]),
        # (a mark may lead it: sina 2010's `> 相关阅读：`)
        "related_header": regex_cache.compile(rf"(?:[>›»■□●◆▶►]\s*)?(?:{alternation(raw['related_headers'])}|(?:{alternation(raw['related_openers'])})"
                                              rf"(?:{alternation(raw['related_media'])})?(?:{alternation(raw['related_ends'])}))\s*[:：]?"),
        # the buttons, with the page's time stamp and its source in front of them (Wind: 09-01 06:29 Wind EnA+A- ;
        # 2021年06月12日 07:46 中新网 字号：大 中 小)
        "widget_line": regex_cache.compile(rf"(?:{_STAMP}\s*(?:[^\s，。；！？：:]{{1,12}}\s+)?)?"
                                           rf"(?:(?:{alternation(raw['widget_words'])})(?:[到至]\s*[A-Za-z][A-Za-z ]*)?[\s|｜/·：:]*)+"),
        "reporter_signoff": regex_cache.compile(raw["reporter_signoff"]),
        "role_line": regex_cache.compile(raw["role_line"]),
        "foreign_name": regex_cache.compile(raw["foreign_name"]),
        "original_title": regex_cache.compile(raw["original_title"]),
        "rights_notice": regex_cache.compile(raw["rights_notice"]),
        "closing_plug": regex_cache.compile("|".join(raw["closing_plug"])),
        "picture_source": regex_cache.compile(raw["picture_source"]),
        # an outlet's name alone in 《》 or brackets: the source credit of a copied text (《北京青年报》 under its title, (广州日报))
        "outlet_credit": regex_cache.compile(rf"《[^《》]{{1,12}}(?:{alternation(raw['outlet_ends'])})》"
                                             rf"|[（(][^（）()]{{1,12}}(?:{alternation(raw['outlet_ends'])})[）)]"),
        "column_label": regex_cache.compile(rf"(?:{alternation(_outlet_stems(raw['outlet_ends']))})"
                                            rf"(?:{alternation(raw['column_nouns'])})"),
        "record_text_labels": frozenset(raw["record_text_labels"]),
        "about_verbs": regex_cache.compile(rf"\s*[，,]?\s*(?:{alternation(raw['about_verbs'])})"),
        "appendix_label": regex_cache.compile(rf"[\u4e00-\u9fa5]{{0,6}}(?:{alternation(raw['appendix_heads'])})\s*[:：]"),
    }
    # what a related header can open with: `_drop_related_links` tests a paragraph's first character first
    rules["related_openings"] = regex_cache.opening_chars(rules["related_header"])
    return rules


class _LineRules(NamedTuple):
    """`drop_line`'s patterns, grouped so that a paragraph meets few of them: most open with a character
    or word of their own (`^责任编辑`, `^【`): those are tried only on a paragraph opening with one of their
    characters (`by_opening`), nearly never on the article's prose. Those that may open with anything
    (`^.{0,30}供稿`, `^(?=.{0,60}$)…您…！$`) cost a scan of the paragraph's head each: they are tried only
    when the paragraph holds one of the words each of them needs (`guard`: 供稿, 您, …, one search). The
    others (`floating`) are one search of the paragraph."""

    by_opening: dict[str, re.Pattern]
    guard: re.Pattern
    guarded: re.Pattern
    unguarded: re.Pattern
    floating: re.Pattern


def _any_of(patterns: list[str]) -> _LineRules:
    """The patterns as few alternations (`_LineRules`), instead of one search per pattern per line."""
    anchored = [p for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    by_char: dict[str, list[str]] = {}
    guarded: list[str] = []
    unguarded: list[str] = []
    needed: set[str] = set()
    for pattern in anchored:
        chars = regex_cache.opening_chars(pattern)
        words = regex_cache.required_strings(pattern) if chars is None else None
        for char in sorted(chars or ()):
            by_char.setdefault(char, []).append(pattern)
        if chars is None:
            (guarded if words else unguarded).append(pattern)
            needed.update(words or ())
    return _LineRules({char: _either(group) for char, group in by_char.items()},
                      regex_cache.compile("|".join(map(re.escape, sorted(needed, key=_longest_first))) or "(?!)"),
                      _either(guarded), _either(unguarded),
                      regex_cache.compile("|".join(floating) or "(?!)"))   # unwrapped: each branch opens with a literal


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first, then by the words themselves: the same words make the same pattern in every process
    (a set's order changes with the hash seed, and a new pattern text misses the pattern cache at each start)."""
    return -len(word), word


def _either(patterns: list[str]) -> re.Pattern:
    return regex_cache.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def _drops_line(text: str) -> bool:
    """A whole paragraph that is boilerplate (`drop_line` of boilerplate.toml)."""
    rules = _rules()["drop_line"]
    opening = rules.by_opening.get(text[:1])
    return ((opening is not None and opening.match(text) is not None)
            or (rules.guard.search(text) is not None and rules.guarded.match(text) is not None)
            or rules.unguarded.match(text) is not None or rules.floating.search(text) is not None)


def clean(raw: RawArticle) -> CleanArticle:
    """Clean a read article; the result's `text` may be empty (the caller decides if that is an error).

    The rules' words are simplified characters. An article written in traditional ones (Hong Kong, Taiwan:
    `記者`, `圖像來源`, `原文連結`) is cleaned again as its simplified copy, one character for one, and
    what that gives is written back in the article's own characters. Simplified input pays one search of
    its cleaned text."""
    article = _clean(raw)
    if not _looks_traditional(article.text):
        return article
    return _in_own_script(_clean(replace(raw, body=simplified(raw.body), title=raw.title and simplified(raw.title))),
                          raw)


def _looks_traditional(text: str) -> bool:
    return bool(text) and traditional_share(text) >= _rules()["traditional_share"]


def _in_own_script(article: CleanArticle, raw: RawArticle) -> CleanArticle:
    """The article cleaned from a simplified copy, in the characters of `raw`: each paragraph or field is
    the original's at the place the copy holds it, else each character's commonest original form."""
    source = raw.body + "\n" + (raw.title or "")
    copy = simplified(source)
    back = _original_forms(source)

    def own(text: str) -> str:
        at = copy.find(text) if text else -1
        return source[at:at + len(text)] if at >= 0 else text.translate(back)

    article.text = "\n".join(own(line) for line in article.text.split("\n"))
    article.title, article.reporter, article.editor, article.original_title = (
        value and own(value) for value in (article.title, article.reporter, article.editor, article.original_title))
    article.stock_links = [replace(link, name=own(link.name)) for link in article.stock_links]
    return article


def _original_forms(source: str) -> dict[int, int]:
    """simplified character → the form the source writes it in most often (後 → 后, unless 后 is commoner)."""
    counts: dict[str, int] = {}
    for char in source:
        if "\u4e00" <= char <= "\u9fff":
            counts[char] = counts.get(char, 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for char, count in counts.items():
        plain = simplified(char)
        if count > best.get(plain, (0, ""))[0]:
            best[plain] = (count, char)
    return {ord(plain): ord(char) for plain, (count, char) in best.items() if plain != char}


def _clean(raw: RawArticle) -> CleanArticle:
    if raw.kind in ("post", "text") and markdown.looks_like_markdown(raw.body):
        # a Markdown body (raw HTML in it included) is read as the HTML a blog engine renders of it
        raw = replace(raw, body=markdown.to_html(raw.body), body_is_html=True, title=_given_title(raw))
    body = _html_body(raw) if raw.body_is_html else _text_body(raw)
    for line in body.lines:
        line.strip()
    lines = [line for line in (_at_indents(body.lines) if raw.body_is_html else body.lines) if line.text]
    title = _DATE_UNIT_SPACE.sub("", body.title) if body.title else body.title
    article = CleanArticle(text="", title=title, published=body.published, too_deep=body.too_deep,
                           warnings=body.warnings)
    credited: list[str] = []                 # names after an editor's role in a credit line (（松花江网编辑 孙桂芳）)
    lines = _until_end_mark(_take_metadata(_until_editor_line(lines), article, credited))
    if raw.body_is_html:
        lines = _without_bare_edges(lines)
    _take_page_fields(body, article)
    if article.editor is None and credited:
        article.editor = credited[0]           # after the editor lines of the article and of its page
    if body.title:
        lines = _without_headline(lines, body.title.strip())
    _join(lines, article)
    return article


def _at_indents(lines: list[_Line]) -> list[_Line]:
    """The lines with a paragraph's indent (two full-width spaces) inside one starting a line of its own: a
    template ran its paragraphs together in one text node and left their indents between them (unseen10
    page-05: `…同比增长2035.53%。 　　统计显示，…`), as a scraper's text does (see `_plain_lines`)."""
    if not any(_INDENT in line.text for line in lines):
        return lines
    split: list[_Line] = []
    for line in lines:
        # (a publication bar sets its fields apart by the same spaces: 发表时间：2015/1/19 9:31:55　　作者：jomoo　　来源：…)
        ends = _indents(line.text) if _INDENT in line.text and bylines.date_bar(line.text) is None else []
        if not ends:
            split.append(line)
            continue
        start = 0
        for end in ends + [len(line.text)]:
            part = _Line(line.text[start:end], [replace(link, start=link.start - start, end=link.end - start)
                                                for link in line.links if start <= link.start and link.end <= end],
                         line.linked)
            part.strip()
            split.append(part)
            start = end
    return split


_INDENT = "\u3000\u3000"


def _indents(text: str) -> list[int]:
    """Where the indents inside `text` start (not its own, at its start: it is stripped)."""
    return [match.start() for match in _INDENTS.finditer(text, 1)]


_INDENTS = regex_cache.compile("(?<=[^\\s\u3000])[ \xa0]*\u3000\u3000")      # (a space before it: `。 　　统计显示`)


def _without_headline(lines: list[_Line], title: str) -> list[_Line]:
    """The article's lines without the headline repeated at its top (one of its first three lines),
    nor the kicker set on the lines above it: a print headline's first part, a short line that says
    no clause (yndaily-1's `15家企业` above `17种产品、1个园区入选国家绿色制造名单`)."""
    at = next((i for i, line in enumerate(lines[:3]) if line.text == title), None)
    if at is None:
        return lines
    kicker = 0
    while kicker < at and len(lines[kicker].text) <= _KICKER_MAX and not _CLAUSE_MARKS.intersection(lines[kicker].text):
        kicker += 1
    return lines[kicker if kicker == at else 0:at] + lines[at + 1:]


_KICKER_MAX = 20


# a space set between a number and its date unit (`调整2007 年末国债余额`, a gov.cn headline's typesetting)
_DATE_UNIT_SPACE = regex_cache.compile(r"(?<=\d)[ \u3000\xa0]+(?=[年月日])")


def _until_editor_line(lines: list[_Line]) -> list[_Line]:
    """The article ends with its editor line (`责任编辑：…`, in its second half): lines after it are
    the page's, not the article's (another story injected under it)."""
    end = _rules()["article_end"]
    for index in range(len(lines) // 2, len(lines) - 1):
        if end.match(lines[index].text):
            return lines[:index + 1]
    return lines


def _until_end_mark(lines: list[_Line]) -> list[_Line]:
    """A wire story ends with its end mark (`…60.8亿股。(完)`, or a line of its own): short lines under it
    that say no sentence are the wire's credits and the page's links (`发稿 张喜良；审校 乔艳红`,
    `我们的标准： 汤森路透“信任原则”`, `禁闻聚合首页 | 一键翻墙软件`), not the article's."""
    end = _rules()["end_mark"]
    for index in range(len(lines) - 1, max(-1, len(lines) - 2 - _END_TAIL_MAX), -1):
        text = lines[index].text
        if _drops_line(text):
            continue                        # (a source link line: it goes anyway)
        if len(text) > _END_TAIL_LINE or _SENTENCE_END.search(text):
            return lines if not end.search(text) else lines[:index + 1]
    return lines


_END_TAIL_MAX = 4           # lines under the end mark
_END_TAIL_LINE = 40         # characters of a credit or link line
_SENTENCE_END = regex_cache.compile(r"[。！？!?]")


def _take_page_fields(body: _Body, article: CleanArticle) -> None:
    """What a whole page says outside its article, for an article that does not say it itself:
    the reporter under the headline, the editor line in the page's source bar."""
    if article.reporter is None and body.header:
        article.reporter = _header_reporter(body.header)
    if article.reporter is None and body.page_text and body.lines:
        article.reporter = _bar_reporter(body.page_text, body.lines[0].text)
    if article.editor is None and body.page_text:
        rules = _rules()
        editor = rules["page_editor"].search(body.page_text) or rules["page_editor_plain"].search(body.page_text)
        article.editor = editor.group("name").replace("、", " ") if editor else None


@dataclass
class _Body:
    """An article's lines before metadata is taken, with what the markup said about it."""

    lines: list[_Line]
    title: str | None
    published: str | None
    page_text: str = ""          # a whole page's text before boilerplate went (it holds the editor line)
    too_deep: bool = False
    header: list[str] = field(default_factory=list)   # a page's lines between its headline and its article, and just after it
    warnings: list[str] = field(default_factory=list)


def _text_body(raw: RawArticle) -> _Body:
    """A text body's lines. A plain text's first line taken as its title is none when it is furniture
    (`视频播放位置`, a player's placeholder) or the 原标题 line (`（原标题：…）`): it goes back to the body,
    where it is read as such."""
    lines = [_Line(_markdown_line(line)) for line in _plain_lines(raw.body)]
    title = _given_title(raw)
    if raw.kind == "text" and title and (_drops_line(title) or _rules()["original_title"].match(title)):
        return _Body([_Line(title)] + lines, None, raw.published)
    return _Body(lines, title, raw.published)


def _given_title(raw: RawArticle) -> str | None:
    """The title the input names: entities decoded (`R&amp;D` in a record), no Markdown heading mark."""
    title = raw.title
    if title and "&" in title:
        title = html.unescape(title)
    if title and raw.kind != "html" and "#" in title:
        title = _MARKDOWN_HEADING.sub("", title)
    return title


def _html_body(raw: RawArticle) -> _Body:
    """An HTML body's lines; a whole page is first reduced to its article, its title and date."""
    tree, too_deep = parse_html(raw.body)
    title, published = _given_title(raw), raw.published
    title_sure = bool(title)
    if raw.kind == "html" and not title:
        title, title_sure = pages.titled(tree)
    body = tree.find("body")
    root = body if body is not None else tree
    # a file read as HTML is a page, whatever it kept of <!doctype>, <html>, <head> and <body> (a page
    # saved from <head> on, or inside a crawler's own wrapper element, has none of them); a post's
    # HTML body is the article's own markup
    whole_page = raw.kind == "html"
    page_text = _text_of(root) if whole_page else ""
    _drop_boilerplate_elements(root)
    if whole_page and published is None:
        published = pages.page_published(tree, raw.body, lambda: _text_of(root)[:100000])
    if not whole_page:
        return _Body(_without_link_tail(_render(root)), title, published, page_text, too_deep)
    found = _page_article(root, raw.body, title, title_sure)
    if found is not None and _says_twice(found.lines) and _drop_hidden(root):
        found = _page_article(root, raw.body, title, title_sure)       # the article without its hidden copy
    if found is None:
        return _Body([], title, published, page_text, too_deep)
    return _Body(found.lines, found.title, published, page_text, too_deep, found.header,
                 [found.unsure] if found.unsure else [])


class _Found(NamedTuple):
    lines: list[_Line]
    title: str | None
    header: list[str]
    unsure: str | None


def _page_article(root, markup: str, title: str | None, title_sure: bool) -> _Found | None:
    """A whole page's article: its lines, its title, the lines around it (header and source bar)."""
    article, unsure = pages.find_article(root, title)
    if article is None:
        return None
    if not title_sure:
        title = _headline_or(title, article)
    _drop_link_lists(article)
    around = pages.header_of(article) + pages.footer_of(article, levels=3)
    header = [line.text for block in around for line in _render(block)]
    lead = pages.lead_before(article)
    lines = _without_link_tail(_render(article))
    return _Found(_gallery_lines(markup, _render(lead) + lines if lead is not None else lines), title, header, unsure)


def _without_link_tail(lines: list[_Line]) -> list[_Line]:
    """The article's lines without a list of other stories closing it: at least three last lines
    that are each a link and nothing else (people.com.cn's headlines under a story, set between
    `<br>`s in the article's own block, so that no block of links is there to drop)."""
    end = len(lines)
    while end and lines[end - 1].linked:
        end -= 1
    return lines[:end] if len(lines) - end >= _LINK_TAIL_MIN and end else lines


_LINK_TAIL_MIN = 3


_REPEATED_MIN = 40        # characters: a paragraph this long read twice is a sign of a hidden copy


def _says_twice(lines: list[_Line]) -> bool:
    """Whether a paragraph of the article stands in it twice (a cheap test before looking for a copy)."""
    seen: set[str] = set()
    for line in lines:
        if len(line.text) >= _REPEATED_MIN:
            text = line.text.strip(_LINE_EDGE)         # (lines are not stripped yet; a copy may indent its own)
            if text in seen:
                return True
            seen.add(text)
    return False


def _headline_or(title: str | None, article) -> str | None:
    """The heading above a page's article when only the <title> gave `title` and the two differ
    (gsc-1's <title> names the site's section); the <title> when one holds the other (toutiao-2's
    heading is the <title> with the account's 原创 mark). A page with no title at all has its headline
    in a plain block above the article (`pages.plain_headline_above`)."""
    headline = (pages.headline_inside(article) or pages.headline_above(article)
                or (None if title else pages.plain_headline_above(article)))
    if headline and not (title and (title in headline or headline in title)):
        return headline
    return title


_LIST_BLOCKS = ("div", "ul", "ol", "table", "dl")


def _drop_link_lists(article) -> None:
    """Blocks inside a page's article that are lists of links to other stories (a 重点推荐 box of
    titles under section labels, an app's promo table): nearly all their Chinese text is link text."""
    for block in list(article.iter(_LIST_BLOCKS)):
        if block is article or not _attached(block, article):
            continue
        chars = han_count(_text_of(block))
        if chars < _LINK_LIST_MIN:
            continue
        linked = sum(han_count(_text_of(link)) for link in block.iter("a"))
        if linked >= chars * _LINK_LIST_SHARE:
            _remove(block)


_LINK_LIST_MIN = 20          # Chinese characters: a shorter block is a line, judged as a line
_LINK_LIST_SHARE = 0.8       # of them in links: titles under a few section labels (证券要闻)


def _gallery_lines(markup: str, lines: list[_Line]) -> list[_Line]:
    """A photo gallery's page shows one picture's text (`1/10 当全世界…`) and keeps all of them in
    its script data: the gallery's texts are the article when they say more than the page shows."""
    texts = pages.gallery_texts(markup) if "abstracts" in markup else []
    if len(texts) < 2 or sum(map(len, texts)) <= sum(len(line.text) for line in lines):
        return lines
    return [_Line(text) for text in texts]


def _join(lines: list[_Line], article: CleanArticle) -> None:
    """The article's text, one paragraph per line, and its stock links moved to offsets in it."""
    text_parts, offset = [], 0
    for line in lines:
        article.stock_links += [replace(link, start=offset + link.start, end=offset + link.end) for link in line.links]
        text_parts.append(line.text)
        offset += len(line.text) + 1
    article.text = "\n".join(text_parts)


# a tag never closed by `>` runs to the end (`\Z`): without that branch every `<script` of a page of
# `<script<script…` read to the end before failing, which was quadratic
# comments, scripts and styles; and `</body>`, `</html>`, which end nothing a browser shows: what
# follows them is still the page's body (HTML's parsing rules), but lxml drops it, and a page built
# from templates may close its header with `</html>` before the article (a gov.cn page did)
_INVISIBLE = regex_cache.compile(r"<!--.*?(?:-->|\Z)|<(script|style|noscript|template)\b[^>]*(?:>.*?(?:</\1\s*>|\Z)|\Z)"
                        r"|</(?:body|html)\s*>", re.DOTALL | re.IGNORECASE)
_XML_DECLARATION = regex_cache.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _strip_invisible(markup: str) -> str:
    """Comments, scripts and styles out before parsing: less to parse, and the
    `<!--article_adlist[…]-->` blocks never reach the tree; `</body>` and `</html>` too."""
    return _INVISIBLE.sub("", _XML_DECLARATION.sub("", markup))


def parse_html(markup: str) -> tuple[etree._Element, bool]:
    """A forgiving lxml tree of a page or fragment (libxml2 recovers from broken markup), and
    whether the markup nests past the 256 levels libxml2 reads (deeper is an attack or a
    broken page; the tree then stops there, so `_render` never meets a deep tree)."""
    markup = _strip_invisible(markup)
    # lxml's plain elements: lxml.html's element classes cost a lookup on every node touched; no table
    # of the elements' ids (nothing looks an element up by its id)
    parser = etree.HTMLParser(collect_ids=False)
    try:
        tree = etree.fromstring(markup, parser) if markup.strip() else None
    except (etree.ParserError, ValueError):
        tree = None
    if tree is None:
        return etree.fromstring("<html><body></body></html>", parser), False
    errors = parser.error_log
    _rejoin_split_paragraphs(tree, [error.line for error in errors if error.message == _STRAY_P_END] if errors else [])
    return tree, any("Excessive depth" in str(error) for error in errors)


_STRAY_P_END = "Unexpected end tag : p"      # libxml2's word for a </p> that closes nothing
_SENTENCE_CLOSED = frozenset("。！？!?…；;”」』")


def _rejoin_split_paragraphs(tree, stray_ends: list[int]) -> None:
    """A `<table>` or `<div>` opened inside a `<p>` (a CMS's advert box wedged into a sentence, even
    into a number: `…获得了5<table>…</table>00万元…</p>`) makes libxml2 close the `<p>` there: the rest
    of the paragraph stands loose after the box until the paragraph's end. That end is a `</p>` that
    now closes nothing, or, on pages that never close their paragraphs, the next `<p>` (then the text
    before the box must be an open sentence, `2004年9月，`). A box with no words outside links goes
    there, and the rest rejoins its paragraph."""
    for paragraph in list(tree.iter("p")):
        box = paragraph.getnext()
        if (box is None or box.tag not in _BOX_TAGS or not (box.tail and box.tail.strip())
                or (paragraph.tail and paragraph.tail.strip())):
            continue
        rest = _rest_of_paragraph(paragraph, box, stray_ends)
        if rest is not None:
            _rejoin(paragraph, box, rest)


def _rest_of_paragraph(paragraph, box, stray_ends: list[int]) -> list | None:
    """The inline elements of `paragraph` that stand loose after `box` (after its tail), or None
    when nothing says the paragraph went on past the box, or the box has words of its own."""
    stray = next((line for line in stray_ends if line >= box.sourceline), None)
    rest, after = _loose_run(box, stray)
    closed_by_next = after is not None and after.tag == "p" and _runs_on(paragraph)
    if (stray is None and not closed_by_next) or _words_outside_links(box):
        return None
    return rest


def _rejoin(paragraph, box, rest: list) -> None:
    """The box goes; its tail and the loose elements after it go back into the paragraph."""
    _append_text(paragraph, box.tail)
    box.tail = None
    paragraph.getparent().remove(box)
    for sibling in rest:
        paragraph.append(sibling)


_BOX_TAGS = _BLOCK_TAGS - {"p"}


def _loose_run(box, stray: int | None) -> tuple[list, Any]:
    """The inline elements standing loose after `box` (up to the next block, or past the stray
    `</p>`'s line), and the element that ends them."""
    rest: list[Any] = []
    for sibling in box.itersiblings():
        if (isinstance(sibling.tag, str) and sibling.tag in _BLOCK_TAGS) or (stray and (sibling.sourceline or 0) > stray):
            return rest, sibling
        rest.append(sibling)
    return rest, None


def _runs_on(paragraph) -> bool:
    """Whether a paragraph's text stops in the middle of a sentence (no closing mark at its end)."""
    last = paragraph[-1] if len(paragraph) else None
    text = ((last.tail if last is not None else paragraph.text) or "").rstrip(_LINE_EDGE + "\n")
    return bool(text) and text[-1] not in _SENTENCE_CLOSED


def _words_outside_links(element) -> bool:
    """Whether an element says anything outside its links (an advert box is a linked picture)."""
    said = sum(len(text.strip()) for text in element.itertext())
    linked = sum(len(text.strip()) for link in element.iter("a") for text in link.itertext())
    return said > linked


def _append_text(element, text: str) -> None:
    """Add `text` at the end of what `element` holds, gluing the two halves of the sentence: the
    source's line break between them is no space (a number split by the box, `5` + `00万元`)."""
    last = element[-1] if len(element) else None
    before = (last.tail if last is not None else element.text) or ""
    left, right = before.rstrip(), text.lstrip()
    edge = left[-1:] + right[:1]            # Latin words keep a space between them; Chinese and digits none
    space = (len(left) < len(before) or len(right) < len(text)) and len(edge) == 2 and edge.isascii() and not edge.isdigit()
    joined = left + (" " if space else "") + right
    if last is not None:
        last.tail = joined
    else:
        element.text = joined


def _text_of(element) -> str:
    return " ".join(element.itertext())


def _drop_boilerplate_elements(root) -> None:
    rules = _rules()
    _drop_captions(root, rules["caption_max"])
    _drop_related_links(root, rules["related_header"], rules["related_openings"])
    _drop_labelled_ads(root)
    drop_tags, always = rules["drop_tags"], rules["always_dropped"]
    page_prose: list[int] = []                  # the page's prose, counted when first needed
    for element in _doomed(root, drop_tags):
        if element.getparent() is None or not _attached(element, root):
            continue
        if not isinstance(element.tag, str) or element.tag in always:
            _remove(element)
        elif element.tag in drop_tags:
            if pages.prose_chars(element) < _CONTAINER_PROSE:
                _remove(element)
        elif not _holds_prose(element, root, page_prose):
            _remove(element)


# elements whose inline style may hide them (libxml2 finds them, no Python walk of the page)
_STYLED_NONE = etree.XPath('.//*[contains(@style, "none")]')


def _drop_hidden(root) -> bool:
    """A copy of the article that the page hides from its reader (`style="display:none"`: nmg.gov.cn's
    accessible version `#slb_content`, 163's hidden `<pre>` of the story's lead) goes: read with the
    article, it doubled every fact. A hidden block goes only when its longest text stands elsewhere on
    the page too; other hidden blocks (menus, teasers) are left to the other rules. Looked for only in
    a page whose article says a paragraph twice (the XPath walk costs most of a millisecond a page).
    True when one went."""
    page_text, dropped = None, False
    for element in _STYLED_NONE(root):
        if not _HIDDEN.search(element.get("style") or "") or not _attached(element, root):
            continue
        longest = max((text.strip() for text in element.itertext()), key=len, default="")
        if han_count(longest) < _COPY_MIN:
            continue
        page_text = page_text if page_text is not None else "".join(root.itertext())
        if page_text.count(longest) >= 2:
            _remove(element)
            dropped = True
    return dropped


_COPY_MIN = 20       # Chinese characters of a hidden block's longest text: a sentence, not a label


def _doomed(root, drop_tags: frozenset[str]) -> list:
    """The elements that look like boilerplate: by their tag, or by a class or id naming it."""
    doomed = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in drop_tags:
            doomed.append(element)        # (not a tag: processing instructions, stray comments)
            continue
        named, ident = element.get("class"), element.get("id")      # (most elements have neither)
        if (named or ident) and tag not in _NEVER_DROPPED and _names_boilerplate(f"{named or ''} {ident or ''}"):
            doomed.append(element)
    return doomed


@lru_cache(maxsize=4096)
def _names_boilerplate(names: str) -> bool:
    """Whether an element's class and id name boilerplate (`drop_class_id`); pages repeat the same
    few class names on thousands of elements, so the answer is kept per name."""
    return bool(names.strip()) and _rules()["drop_class_id"].search(names) is not None


def _attached(element, root) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is root:
            return True
    return element is root


_AD_LABEL = "广告"
# a link holding a text node that is the label alone
_HOLDS_LABEL = etree.XPath(f'boolean(.//text()[normalize-space(.)="{_AD_LABEL}"])')


def _drop_labelled_ads(root) -> None:
    """Links labelled 广告 (China's advertising law makes an advert say so: `<a><i>广告</i>…<div>×</div></a>`
    inside 360's articles): the advert goes, whatever its class, when the label opens it. (A link's first
    words are read first: a page has a few dozen links, and an XPath over the page cost more.)"""
    for link in list(root.iter("a")):
        label = next((text.strip() for text in link.itertext() if text.strip()), "")
        if label == _AD_LABEL and _HOLDS_LABEL(link) and _attached(link, root):
            _remove(link)


def _remove(element) -> None:
    """Drop an element and what it holds, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


_NEVER_DROPPED = frozenset(("html", "body", "main", "article"))
_CONTAINER_PROSE = 100     # a <form> with this much prose outside links wraps the article (a login form has none)


def _holds_prose(element, root, page_prose: list[int]) -> bool:
    """A block with much Chinese prose outside links is article text, whatever its class or id
    says: 300 characters or more, or more than half of the page's prose (a short article in a
    `<div id="ad-box">`)."""
    if _names_page_end((element.get("class") or "") + " " + (element.get("id") or "")):
        return False                        # a footer, a list of readers' comments (a comment may copy a story)
    prose = han_count(_text_of(element))
    if prose >= 300:
        linked = sum(han_count(_text_of(a)) for a in element.iter("a"))
        if linked < prose * 0.3:
            return True
    if prose < _CONTAINER_PROSE:
        return False
    own = pages.prose_chars(element)        # (its prose outside links: a link list has little)
    if own < _CONTAINER_PROSE:
        return False
    if not page_prose:
        page_prose.append(pages.prose_chars(root))
    return own * 2 > page_prose[0]


def _names_page_end(names: str) -> bool:
    names = names.lower()
    return any(word in names for word in _rules()["page_end_names"])


def stock_code(href: str) -> str | None:
    """The listed company a quote link points to, as `002382.SZ` (Sina and East Money links).

    >>> stock_code("https://finance.sina.com.cn/realstock/company/sz002382/nc.shtml")
    '002382.SZ'
    >>> stock_code("http://money.finance.sina.com.cn/bond/quotes/sh206001.html")
    '206001.SH'
    >>> stock_code("http://quote.eastmoney.com/unify/r/0.300750"), stock_code("http://quote.eastmoney.com/unify/r/90.BK1033")
    ('300750.SZ', None)
    >>> stock_code("http://quote.eastmoney.com/unify/r/105.LI"), stock_code("http://quote.eastmoney.com/unify/r/116.03750")
    ('LI.US', '03750.HK')
    """
    match = _STOCK_HREF.search(href)
    if match:
        return f"{match.group(2)}.{match.group(1).upper()}"
    match = _EASTMONEY_HREF.search(href)
    if match:
        if match.group("market"):
            return f"{match.group('code')}.{_EASTMONEY_MARKETS[match.group('market')]}"
        if match.group("us"):
            return f"{match.group('ticker').upper()}.US"
        return f"{match.group('code2')}.{match.group('prefix').upper()}"
    return None


def _drop_related_links(root, header: re.Pattern, openings: frozenset[str] | None) -> None:
    """A 相关新闻： paragraph or heading (a blog's `<h4>相关日志</h4>`) and the paragraphs or lists after it
    that are nothing but links (other stories' titles). A paragraph whose first character opens no
    header is passed over before its text is built (nearly every paragraph of the article)."""
    for paragraph in list(root.iter(_RELATED_HEADER_TAGS)):
        if paragraph.getparent() is None or (openings is not None and _first_char(paragraph) not in openings):
            continue
        if not header.fullmatch(_text_of(paragraph).strip(_HEADER_EDGE)):
            continue
        following = paragraph.getnext()
        _remove(paragraph)
        while following is not None and following.tag in ("p", "ul", "ol") and _only_links(following):
            after = following.getnext()
            _remove(following)
            following = after


_RELATED_HEADER_TAGS = ("p", "h2", "h3", "h4", "h5", "h6")
_HEADER_EDGE = " \u3000\xa0"


def _first_char(element) -> str:
    """The first character of `_text_of(element).strip(_HEADER_EDGE)`, or "" (read from its first pieces only;
    most paragraphs open with words of their own, their first piece: no walk of the element's text)."""
    text = element.text
    if text:
        text = text.lstrip(_HEADER_EDGE)
        if text:
            return text[0]
    for piece in element.itertext():
        piece = piece.lstrip(_HEADER_EDGE)
        if piece:
            return piece[0]
    return ""


def _only_links(element) -> bool:
    text = "".join(_text_of(element).split())
    linked = "".join("".join(_text_of(link).split()) for link in element.iter("a"))
    return bool(text) and text == linked


def _drop_captions(root, longest: int) -> None:
    """An image's caption: short text in the image's own paragraph, or the short paragraph right after it.

    A block is judged once for all its images (judging it again per `<img>` made a block of many
    images quadratic); only a block whose caption was just dropped is looked at again for its next image.
    An empty `<center>` is a picture's place whose image the saved markup lost (html-005): the
    line under it is judged as under a picture.
    """
    captions = _Captions(longest)
    for image in list(root.iter("img", "center")):
        if image.tag == "center":
            if _is_empty_slot(image) and _attached(image, root):
                captions.after(image)
            continue
        if _is_icon(image):
            continue
        block = next((a for a in image.iterancestors() if a.tag in ("p", "div", "figure", "center", "td")), None)
        if block is not None and _attached(block, root):
            captions.of_image(image, block)
    captions.finish()


def _is_empty_slot(element) -> bool:
    return next(element.iter("img"), None) is None and not "".join(element.itertext()).strip()


_LABEL, _SENTENCE, _CLAUSE = "label", "sentence", "clause"


class _Captions:
    """The blocks already judged: a block of text longer than a caption (the article's own text,
    where an image may be set straight among its paragraphs) and blocks settled for good; and the
    lines under pictures that read as sentences, dropped at the end only when the article captions
    its pictures in paragraphs of their own (`_caption_reading`)."""

    def __init__(self, longest: int) -> None:
        self.longest = longest
        self.settled: set = set()
        self.long_blocks: set = set()
        self.labels = 0                                  # label paragraphs dropped under pictures
        self.pending: list[tuple[Any, bool, str]] = []   # (element, its tail?, reading)
        self.beside: list[tuple[Any, str | None]] = []   # (block, reading of its short text beside a picture)

    def of_image(self, image, block) -> None:
        if block in self.long_blocks or block in self.settled:
            if block in self.long_blocks and image.getparent() is block:
                self.after(image)     # an image set straight in the article's text
            return
        own = _short_text(block, self.longest)
        if own is None:
            self.long_blocks.add(block)
            if image.getparent() is block:
                self.after(image)
            return
        if own and not _holds_another_image(block):
            self._own_text(block, own)
        if own != "" or not self.after(block):
            self.settled.add(block)

    def _own_text(self, block, own: str) -> None:
        """Short text beside the picture in its own block, judged at the end (`finish`)."""
        self.beside.append((block, _caption_reading(own, self.longest)))

    def _clear_beside(self) -> None:
        """Short text beside a picture in its own block is its caption when the markup ties it to the
        picture (a centred block: gamersky's couplets under each picture) or it reads as a label;
        a sentence is a caption only where the article sets no picture inside its own text
        (eastday's `<p><img>震中地形：震中5公里范围内平均海拔约1805米。</p>`, a picture opening each paragraph);
        a byline beside an untied picture (a site's logo linking home) is left to the byline rules."""
        for block, reading in self.beside:
            tied = _tied_to_picture(block)
            if not (tied or reading == _LABEL or (reading and not self.long_blocks)):
                continue
            byline = bylines.parse(_text_of(block).strip()) if not tied and reading == _LABEL else None
            if byline is not None and byline.reporters:
                continue                     # a byline beside the site's logo (gmw: 作者︱春春 <a><img 返回首页></a>)
            for element in block.iter():
                element.text = None
                if element is not block:
                    element.tail = None

    def after(self, block) -> bool:
        """The caption under an image block: the text right after it (`<div><img></div>▲…<br>`) or the
        paragraph after it, when it reads as a caption (`_caption_reading`); a photo credit may stand
        between the image and its caption (摄影：产品经理 / 产品经理的生日餐). True when one was dropped."""
        reading = _caption_reading(block.tail.strip(), self.longest) if block.tail else None
        if reading:
            return self._take(block, True, reading)
        following = block.getnext()
        dropped = False
        for attempt in range(2):
            if not _may_be_caption(following, block):
                return dropped
            if not attempt:
                self._title_above(block, following)
            text = _short_text(following, 2 * self.longest)    # None: longer than any caption (titles in 《》 not counted)
            credit = _photo_credit(text, self.longest)
            if credit is None:
                return dropped              # the article's byline under its lead picture: the byline rules read it
            if not credit:
                reading = _LABEL if _tied_caption(following, block, text, self.longest) else \
                    _caption_reading(text or "", self.longest)
                return (self._take(following, False, reading) if reading else False) or dropped
            after = following.getnext()
            _remove(following)                                   # a photo credit
            dropped = True
            following = after
        return dropped

    def _title_above(self, block, under) -> None:
        """A picture whose source line stands under it (中国石油供图, 图片来源：《…》) may carry its title
        above it: the paragraph right before the picture when it reads as a label (位于四川盆地的中国第一口页岩气井:
        no clause mark, no closing 。; a bold one is the next section's heading). `under` may be a caption
        (`_may_be_caption`, asked by `after`: taking the title changes nothing it reads)."""
        if not _is_source_line(under):
            return
        above = block.getprevious()
        if above is None or above.tail and above.tail.strip() or not _may_be_caption(above, block):
            return
        text = _short_text(above, self.longest)
        if text and _caption_reading(text, self.longest) == _LABEL:
            self._take(above, False, _LABEL)

    def _take(self, element, tail: bool, reading: str) -> bool:
        """A label goes now (True); a sentence waits for `finish`."""
        if reading != _LABEL:
            self.pending.append((element, tail, reading))
            return False
        if tail:
            element.tail = None
        else:
            _remove(element)
        self.labels += 1
        return True

    def finish(self) -> None:
        """Sentences under pictures go when the article captions its pictures in paragraphs of their
        own: a sentence closed by 。 when another picture has such a caption (cjn-1's two screenshots,
        ifeng-1's 小花家。), a sentence with clause marks when two others are written as sentences
        (ifeng-1's 小刚的爷爷称，愿用自己的眼睛做实验。 among five). A lone sentence under a chart
        is the article's first (text-023); a story's sentence under a picture among labelled ones stays."""
        self._clear_beside()
        sentences = sum(reading == _SENTENCE for _, _, reading in self.pending)
        for element, tail, reading in self.pending:
            if (self.labels + sentences if reading == _SENTENCE else sentences) < 2:
                continue
            if tail:
                element.tail = None
            elif element.getparent() is not None:
                _remove(element)


def _photo_credit(text: str | None, longest: int) -> bool | None:
    """Whether a short paragraph under a picture is a photo credit (摄影：产品经理); None when it is a writer's byline
    (`本报（chinatimes.net.cn）记者张琪 徐芸茜 北京报道` under 华夏时报's lead picture), which is no caption."""
    byline = bylines.parse(text) if text is not None and len(text) <= longest else None
    if byline is not None and byline.reporters and not byline.credit:
        return None
    return byline is not None and byline.credit and not byline.reporters


_CENTRED_STYLE = regex_cache.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_PICTURE_NAMES = regex_cache.compile(r"caption|pic|photo|image|img|figure|desc", re.IGNORECASE)


def _is_centred(block) -> bool:
    """Centred as pictures are: `<center>`, `align="center"`, `text-align:center`."""
    return (block.tag == "center" or (block.get("align") or "").lower() == "center"
            or _CENTRED_STYLE.search(block.get("style") or "") is not None)


def _tied_to_picture(block) -> bool:
    """A block the markup ties to its picture: centred as pictures are (`align="center"`,
    `text-align:center`, `<center>`), or it or an element inside it (not the image) named as a
    picture's (BBC's `<div class="image"><img…><p class="caption">`, gmw's `pictext`)."""
    if _is_centred(block):
        return True
    return any(_PICTURE_NAMES.search((element.get("class") or "") + " " + (element.get("id") or ""))
               for element in block.iter() if isinstance(element.tag, str) and element.tag != "img")


def _tied_caption(element, slot, text: str | None, longest: int) -> bool:
    """A line the markup ties to the picture above it, a caption whatever its sentences (up to twice a
    caption's length): the picture's block and the line's both tied to a picture (centred, or named as
    a picture's text), no more centred text after it, and nothing in it of the story's telling (an
    opening 这/但…, a time or a report verb): nbweekly's `家具中，最难做和最容易做的，都是椅子。无印良品提倡的生活，从椅子开始。`
    centred under its centred photo, qq's `<P class=pictext align=center>安保大队配备直升机，…</P>`."""
    if not text or len(text) > 2 * longest or not (_tied_to_picture(element) and _tied_to_picture(slot)):
        return False
    return not _opens_centred_text(element) and _rules()["narrative"].search(text) is None


def _is_source_line(element) -> bool:
    """A paragraph that only credits a picture's source (中国石油供图 ; 图片来源：《2018年国内外油气行业发展报告》)."""
    text = _short_text(element, _SOURCE_LINE_MAX)
    return bool(text) and _rules()["picture_source"].match(text) is not None


_SOURCE_LINE_MAX = 40


def _holds_another_image(block) -> bool:
    return next(itertools.islice(block.iter("img"), 1, None), None) is not None


_HIDDEN = regex_cache.compile(r"display\s*:\s*none", re.IGNORECASE)
_ICON_SIZE = regex_cache.compile(r"\s*(\d{1,2})(?:px)?\s*$")


def _is_icon(image) -> bool:
    """An image declared at most 40 pixels wide or high is an icon beside text (a site's logo before
    `本文来源：…`), not a picture with a caption; a hidden one (`display:none`, a share thumbnail
    before caijing's `(编辑：文静)`) is none either."""
    style = image.get("style")
    if style and "none" in style and _HIDDEN.search(style):
        return True
    for size in (image.get("width"), image.get("height")):
        match = _ICON_SIZE.fullmatch(size) if size else None
        if match and int(match.group(1)) <= 40:
            return True
    return False


def _short_text(element, longest: int) -> str | None:
    """The element's text (`_text_of`), stripped, when it is at most `longest` characters; None when
    longer (read only as far as needed: an image's block may be the whole article)."""
    pieces: list[str] = []
    size, first, last = 0, -1, -1            # length joined so far; its first and last non-space characters
    for piece in element.itertext():
        offset = size + (1 if pieces else 0)
        pieces.append(piece)
        size = offset + len(piece)
        kept = piece.strip()
        if kept:
            if first < 0:
                first = offset + len(piece) - len(piece.lstrip())
            last = offset + len(piece.rstrip()) - 1
            if last - first + 1 > longest:
                return None
    return " ".join(pieces).strip()


def _may_be_caption(element, slot) -> bool:
    """A block under an image that may hold its caption: a paragraph-like block, no image, not bold;
    a block centred as the picture's is (`<center>` under a `<center>`, a centred `<div>` under a centred
    `<div>`: cmse's bold captions) may be bold, a centred caption, unless more centred text follows it."""
    slot_tag = slot.tag
    if element is None or next(element.iter("img"), None) is not None:
        return False
    if element.tag == "center" == slot_tag:
        return True
    if element.tag not in ("p", "div", "span", "font", "section"):
        return False
    return not _is_bold(element) or (_is_centred(element) and _is_centred(slot) and not _opens_centred_text(element))


def _opens_centred_text(element) -> bool:
    """A centred block followed by more centred text (no picture): the first line of a centred passage
    (a poem's title over its lines, a statement's date over its speaker), not a caption."""
    following = element.getnext()
    return (following is not None and _is_centred(following) and next(following.iter("img"), None) is None
            and bool(_text_of(following).strip()))


_BOLD_STYLE = regex_cache.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|strong-Bold", re.IGNORECASE)


def _is_bold(element) -> bool:
    """Bold by its tags (`<strong>`, `<b>`) or by its style (`font-weight:bold`; Sina's `cms-style="… strong-Bold"`):
    a bold line under a picture is the next section's heading, not the picture's caption."""
    if next(element.iter("strong", "b"), None) is not None:
        return True
    for node in element.iter():
        style = (node.get("style") or "") + (node.get("cms-style") or "")
        if style and _BOLD_STYLE.search(style):
            return True
    return False


_BOOK_TITLE = regex_cache.compile(r"《[^《》]*》")


def _reads_as_caption(text: str, longest: int) -> bool:
    """Whether a short line under a picture reads as its caption in an article that captions its
    pictures (a label, or a sentence that tells no story; see `_caption_reading`)."""
    return _caption_reading(text, longest) in (_LABEL, _SENTENCE)


def _caption_reading(text: str, longest: int) -> str | None:
    """How a short line under a picture reads: `label` (opens with a caption mark ▲ 图为, or has no
    clause mark and no closing 。: a caption wherever it stands), `sentence` (closed by 。, no clause
    mark, nothing in it tells a story), `clause` (one sentence with clause marks, no discourse word
    opening it), or None: the story's text (an opening 这/但/此外…, a time word 今日/近日…, a time before
    a report verb: `国家统计局今日发布…。`, `财政部8月26日发布2021年1-7月` are the article's). A sentence
    or clause is a caption only where the article captions its pictures (`_Captions.finish`). A title
    in 《》 is a name: its length and marks do not count (`…网站题为《中国启动“十一”黄金周，提振…》的报道截图。`)."""
    if "《" in text:
        text = _BOOK_TITLE.sub("《》", text)
    if not text or len(text) > longest:
        return None
    rules = _rules()
    if text.startswith(rules["caption_marks"]):
        return _LABEL
    if any(mark in text for mark in "？！?!") or text.startswith(rules["question_openers"]):
        return None
    return _sentence_reading(text, rules, any(mark in text for mark in "，,：:；"))


def _sentence_reading(text: str, rules: dict, clauses: bool) -> str | None:
    """`_caption_reading` of a line with no caption mark and no question: by its clause marks and
    whether a full stop closes it."""
    if not text.endswith("。"):
        if clauses:
            return None
        return None if rules["dated_report"].search(text) else _LABEL
    if "。" in text[:-1]:
        return None
    if clauses:
        return None if rules["narrative_opener"].search(text) else _CLAUSE
    # a full stop ends a caption (…的检查单。) or a sentence of the story (这也能看出当前英国的底色。)
    return None if rules["narrative"].search(text) else _SENTENCE


def _render(root) -> list[_Line]:
    """Flatten the tree into lines: block elements break lines, inline ones join, cells sit side by side."""
    renderer = _Renderer(root)
    # (a page's every element passes here: the methods are looked up once, an element without children
    # leaves at once instead of through the stack, and a line break is read whole when met)
    enter, leave, readings = renderer.enter, renderer.leave, _READINGS
    stack: list[tuple[Any, int | None]] = [(root, None)]   # lxml elements, how each is read once entered
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        element, reading = pop()
        if reading is not None:
            leave(element, reading)
            continue
        reading = readings.get(element.tag, _AS_TEXT)
        if not enter(element, reading):
            continue
        if len(element):
            push((element, reading))
            extend(zip(reversed(element), itertools.repeat(None)))
        else:
            leave(element, reading)
    renderer.flush()
    return renderer.lines


# how `_render` reads an element, by its tag: any other element only adds its text to the line
_AS_TEXT, _AS_BLOCK, _AS_BREAK, _AS_CELL, _AS_LINK, _AS_NOTHING = range(6)
_READINGS: dict[Any, int] = {
    **dict.fromkeys(_BLOCK_TAGS, _AS_BLOCK), **dict.fromkeys(_CELL_TAGS, _AS_CELL), "br": _AS_BREAK, "a": _AS_LINK, "span": _AS_LINK,
    # (comments and the like: no text of theirs is shown, their tail is)
    etree.Comment: _AS_NOTHING, etree.ProcessingInstruction: _AS_NOTHING, etree.Entity: _AS_NOTHING,
}


class _Renderer:
    """The lines made so far and the one being written, with the quote links still open."""

    def __init__(self, root) -> None:
        self.root = root
        self.lines: list[_Line] = []
        self.current = _Pieces()
        self.open_links: dict[int, StockLink] = {}
        self.in_links = 0                  # links to another page open around the text being added

    def flush(self) -> None:
        current = self.current
        if current.content:
            self.lines.append(_Line("".join(current.parts), current.links, not current.unlinked))
        if current.parts:
            self.current = _Pieces()        # (an empty line is kept: most flushes meet one, between blocks)

    def add_text(self, text: str) -> None:
        """Add a (non-empty) text to the line, its runs of spaces as one space."""
        # (most pieces hold no space but single ASCII ones: every other space is no printable character;
        # most others are only spaces, the line breaks between tags)
        piece = text
        if not text.isprintable() or "  " in text:
            piece = _SPACES.sub(" ", text) if text.strip(_FOLDED_SPACES) else " "
        current = self.current
        parts = current.parts
        if parts and parts[-1].endswith(CELL_SEPARATOR):
            piece = piece.lstrip(" \u3000")
            if not piece:
                return
        parts.append(piece)                 # (`_Pieces.append` inline: one call per piece of text)
        current.size += len(piece)
        if not (current.content and current.unlinked):
            current.note(piece, self.in_links > 0)

    def enter(self, element, reading: int) -> bool:
        """An element opens: a block breaks the line, its text follows. False for a line break, read
        whole here (its tail follows the break)."""
        if reading == _AS_BLOCK:
            if self.current.parts:
                self.flush()
        elif reading != _AS_TEXT:
            return self._enter_marked(element, reading)
        text = element.text
        if text:
            self.add_text(text)
        return True

    def _enter_marked(self, element, reading: int) -> bool:
        """`enter` for a line break, a cell (its separator), a link (a quote link opens), a comment."""
        if reading == _AS_BREAK:
            self.flush()
            if element.tail:
                self.add_text(element.tail)
            return False
        current = self.current
        if reading == _AS_CELL and current.content:
            current.rstrip_spaces()
            current.append(CELL_SEPARATOR)
        elif reading == _AS_LINK:
            self._open_link(element)
        text = element.text
        if text and reading != _AS_NOTHING:
            self.add_text(text)
        return True

    def _open_link(self, element) -> None:
        href = element.get("href")
        if not href:
            return
        if element.tag == "a":
            self.in_links += 1
        code = stock_code(href)
        if code:
            start = self.current.size
            self.open_links[id(element)] = StockLink(code=code, name="", start=start, end=start)

    def leave(self, element, reading: int) -> None:
        """An element closes: a block ends its line, a quote link takes the text it spans, the tail follows."""
        if reading == _AS_BLOCK:
            if self.current.parts:
                self.flush()
        elif reading == _AS_LINK:
            self._close_link(element)
        tail = element.tail
        if tail and element is not self.root:
            self.add_text(tail)

    def _close_link(self, element) -> None:
        if element.tag == "a" and element.get("href"):
            self.in_links -= 1
        link = self.open_links.pop(id(element), None) if self.open_links else None
        current = self.current
        if link is not None and current.size > link.start:
            link.end = current.size
            link.name = current.since(link.start)
            if link.name.strip():
                current.links.append(link)


class _Pieces:
    """The line being written, kept as its pieces and joined once when it ends: adding each piece
    to one string copied the whole line every time, quadratic in a long paragraph of inline tags."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.content = False                 # anything but spaces and tabs (`_LINE_EDGE`) yet?
        self.unlinked = False                # any of it outside a link?
        self.links: list[StockLink] = []

    def append(self, piece: str, linked: bool = False) -> None:
        if piece:
            self.parts.append(piece)
            self.size += len(piece)
            if not (self.content and self.unlinked):
                self.note(piece, linked)

    def note(self, piece: str, linked: bool) -> None:
        """What a piece just added tells: whether the line has content yet, and any outside links."""
        printed = bool(piece.strip(_LINE_EDGE))
        self.content = self.content or printed
        self.unlinked = self.unlinked or (printed and not linked)

    def rstrip_spaces(self) -> None:
        """Drop the spaces that end the line."""
        while self.parts:
            last = self.parts[-1]
            kept = last.rstrip(" ")
            self.size -= len(last) - len(kept)
            if kept:
                self.parts[-1] = kept
                return
            self.parts.pop()

    def since(self, start: int) -> str:
        """The text from offset `start` to the end, read back from the last piece."""
        wanted, taken, index = self.size - start, 0, len(self.parts)
        while taken < wanted:
            index -= 1
            taken += len(self.parts[index])
        return "".join(self.parts[index:])[taken - wanted:]


def _plain_lines(body: str) -> list[str]:
    """A text body's lines: any line end (CRLF, CR) is a line end, a paragraph indent inside a line
    starts a line, and HTML entities left in text (`R&amp;D` in an archiver's record) are decoded as in HTML."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in body:
        body = html.unescape(body)
    # a paragraph's indent (two full-width spaces) starts a paragraph, also inside a line: a scraper joined
    # the paragraphs and left their indents between them (`…居住类价格下降2%。　　另一颇受关注的数据…`);
    # the empty lines this leaves at a line's start are dropped with the others
    return body.replace(_INDENT, "\n").split("\n")


_MARKDOWN_MARKS = regex_cache.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
_MARKDOWN_IMAGE = regex_cache.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MARKDOWN_LINK = regex_cache.compile(r"\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MARKDOWN_TABLE_RULE = regex_cache.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MARKDOWN_HEADING = regex_cache.compile(r"^\s{0,3}#{1,6}\s+")


def _markdown_line(line: str) -> str:
    """A Markdown (or plain) line as a reader sees it: no heading or quote marks, links as their
    text, images gone, a table row's cells side by side as an HTML table's are (`CELL_SEPARATOR`)."""
    if "](" in line:
        line = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub("", line))
    if "|" in line and line.strip().startswith("|"):
        if _MARKDOWN_TABLE_RULE.match(line):
            return ""
        return CELL_SEPARATOR.join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return _MARKDOWN_MARKS.sub("", line).replace("**", "")


class _Place(NamedTuple):
    """Where a paragraph stands: bylines are read only at the article's edges."""

    top: bool          # one of the first four paragraphs
    edge: bool         # one of the first or last four


_TOP, _EDGE, _INSIDE = _Place(top=True, edge=True), _Place(top=False, edge=True), _Place(top=False, edge=False)


def _take_metadata(lines: list[_Line], article: CleanArticle, credited: list[str]) -> list[_Line]:
    """Move bylines, the editor line and 原标题 out of the body into fields; drop boilerplate lines.
    The names that credit lines give after an editor's role are added to `credited`."""
    kept: list[_Line] = []
    reporters: list[str] = []
    reprinted: list[str] = []                # the authors a reprint credit names
    lines = _without_record_header(lines, reporters)
    lines = _without_date_bar(lines, article, reporters, credited)
    lines = _without_name_line(lines, article.title, reporters)
    for index, line in enumerate(lines):
        place = _TOP if index < 4 else _EDGE if index >= len(lines) - 4 else _INSIDE
        _cut_link_home(line)
        _cut_print_credit(line)
        if (_takes_field_line(line, article, place, reporters) or _is_appendix_label(line.text)
                or _takes_byline_line(line, place, reporters, credited)
                or _takes_reprint_line(line, place, reprinted, credited)
                or _takes_credit_record(line, place, article, reporters, credited)):
            continue
        if _drops_line(line.text) or (place.edge and _is_edge_furniture(line.text, index, len(lines))):
            continue
        _cut_inline_metadata(line, place, reporters, credited)
        if line.text:
            kept.append(line)
    _cut_rights_notice(kept)
    _settle_reporter(kept, article, reporters or reprinted)
    return _without_about_box(_without_closing_plugs(kept))


def _outlet_stems(ends: list[str]) -> list[str]:
    """The short names outlets give their columns: a media.txt name without its end (新华社 → 新华, 人民日报 → 人民)."""
    stems = set()
    for name in load_words("media.txt"):
        end = next((end for end in ends if name.endswith(end) and len(name) - len(end) >= 2), None)
        if end:
            stems.add(name[:-len(end)])
    return sorted(stems)


def _without_closing_plugs(kept: list[_Line]) -> list[_Line]:
    """The lines without the plug box closing a column's article (its self-description, its call for
    submissions, its book): a run of such paragraphs at the end; one inside the article is its own."""
    plug = _rules()["closing_plug"]
    end = len(kept)
    while end > 1 and plug.match(kept[end - 1].text):
        end -= 1
    return kept[:end]


def _without_about_box(kept: list[_Line]) -> list[_Line]:
    """The lines without an issuer's about-box closing a release: a short heading that names the
    issuer (`360烽火实验室`, `关于360烽火实验室`) among the last paragraphs, the paragraph under it opening
    with that name and what the issuer is or does (`360烽火实验室，致力于…`), and what follows to the end."""
    verbs = _rules()["about_verbs"]
    for index in range(max(1, len(kept) - _ABOUT_REACH), len(kept) - 1):
        heading = kept[index].text
        if len(heading) > _ABOUT_NAME_MAX or _CLAUSE_MARKS.intersection(heading):
            continue
        name = heading[2:] if heading.startswith("关于") else heading
        if len(name) >= 2 and kept[index + 1].text.startswith(name) and verbs.match(kept[index + 1].text, len(name)):
            return kept[:index]
    return kept


_ABOUT_REACH = 5          # paragraphs from the end where an about-box's heading may stand
_ABOUT_NAME_MAX = 20


def _settle_reporter(kept: list[_Line], article: CleanArticle, reporters: list[str]) -> None:
    """The article's reporters: the bylines' names, else a reprint credit's authors, else a closing sign-off."""
    if not reporters:
        _take_signoff(kept, reporters)
    names = [n for n in reporters if n]
    if names:
        article.reporter = "、".join(dict.fromkeys(names))


def _cut_inline_metadata(line: _Line, place: _Place, reporters: list[str], credited: list[str]) -> None:
    """Cut what a kept paragraph carries inside it: bylines run into it and `cut_inline`'s matches
    (我要评论, a source note in brackets, a promotion closed by 【点击…】, a 原标题 in brackets)."""
    _cut_bylines(line, place, reporters, credited)
    rules = _rules()
    # (one search for all the patterns' words first: most paragraphs hold none of them)
    for word, pattern in rules["cut_inline"] if rules["cut_inline_words"].search(line.text) else ():
        match = pattern.search(line.text) if word in line.text else None
        while match:                     # every one (a paragraph names several quoted firms)
            line.cut(match.start(), match.end())
            match = pattern.search(line.text, match.start()) if match.end() > match.start() else None
    line.strip()


def _is_edge_furniture(text: str, index: int, count: int) -> bool:
    """A paragraph among the article's first or last four that is the page's: a row of buttons (EnA+A-,
    订阅), above the article an agency's column label (新华视点), an outlet's name alone in 《》 (the source
    credit of a copied text), under it a tag line or a related-stories header with nothing left under it."""
    rules = _rules()
    if index >= count - 4 and rules["end_line"].match(text):
        return True
    if index < 4 and len(text) <= _WIDGET_MAX and rules["column_label"].fullmatch(text):
        return True                          # an agency's column label above the text (新华视点)
    if text[:1] in "《（(" and rules["outlet_credit"].fullmatch(text):
        return True                          # the source credit above or under a copied text (《北京青年报》, (广州日报))
    if index == count - 1 and len(text) <= _WIDGET_MAX and rules["related_header"].fullmatch(text):
        return True                          # a related-stories header closing the text, its links gone (往期回顾)
    return (index < 4 or index >= count - 4) and len(text) <= _WIDGET_MAX and rules["widget_line"].fullmatch(text) is not None


_WIDGET_MAX = 40


def _without_record_header(lines: list[_Line], reporters: list[str]) -> list[_Line]:
    """The lines without a corpus record's header: a run of two or more fields `【label】value` from the
    article's first line (the Fudan corpus: `【原文出处】人民日报`, `【原刊期号】19990704`, `【分 类 号】F14`,
    `【 作  者 】郅振璞`, `【 标  题 】厦门以体制创新促经济发展`, `【 正  文 】`). A field is the record's and goes,
    a writer's role as its label (`作者`, bylines.toml) gives its names; a label that names a part of the
    article (`record_text_labels`: 标题, 编者按, 正文) goes and leaves the text it labels."""
    fields = []
    for line in lines:
        field_ = _RECORD_FIELD.match(line.text) if line.text.startswith("【") else None
        if field_ is None:
            break
        fields.append(field_)
    if len(fields) < _RECORD_FIELDS_MIN:
        return lines
    kept = []
    for line, field_ in zip(lines, fields):
        label, value = "".join(field_.group("label").split()), field_.group("value").strip(_LINE_EDGE)
        if label in _rules()["record_text_labels"]:
            line.cut(0, field_.start("value"))
            line.strip()
            kept += [line] if line.text else []
            continue
        byline = bylines.parse(f"{label}：{value}") if value else None
        reporters.extend(byline.reporters if byline else [])
    return kept + lines[len(fields):]


# a record's field: a label of two to six Chinese characters, spaced out to line up (`【 作  者 】`), then its value
_RECORD_FIELD = regex_cache.compile(rf"【\s*(?P<label>{HAN}(?:\s*{HAN}){{1,5}})\s*】(?P<value>.*)")
_RECORD_FIELDS_MIN = 2


def _without_date_bar(lines: list[_Line], article: CleanArticle, reporters: list[str], editors: list[str]) -> list[_Line]:
    """The lines without the publication bar at the article's top (`2018年12月27日08:59  来源：河北新闻网`,
    a line of its own among the first four), or run into its first line between a headline and the
    text (`…不感兴趣 王婷 2021-12-23 22:22:24 来源: 时代财经 “之前…`, a scraped text whose paragraphs were
    joined: the headline becomes a line of its own). The bar's date is the article's when the input
    named none; its names are reporters and editors."""
    for index, line in enumerate(lines[:_TOP_LINES]):
        bar = bylines.date_bar(line.text, run_in=index == 0)
        if bar is None:
            continue
        if article.published is None:
            article.published = parse_published(bar.date)
        reporters.extend(bar.reporters)
        editors.extend(bar.editors)
        if line.text[:bar.start].strip(_BAR_EDGE) or line.text[bar.end:].strip(_BAR_EDGE):
            _cut_run_in(line, bar.start, bar.end)
            return lines
        return lines[:index] + lines[index + 1:]
    return lines


def _without_name_line(lines: list[_Line], title: str | None, reporters: list[str]) -> list[_Line]:
    """The lines without a writer's name standing alone among the article's top metadata: under the
    headline or above the source line (post-12: 00后搞钱图鉴… / 徐晓倩 / 来源： 时代财经). A name-like first
    line that opens the text (`万科` above `A（000002.SZ）…`) is no byline. A name over a line that is
    only a desk and a role (`尼克·马什（Nick Marsh）` / `BBC亚洲商业事务记者`) is a byline of two lines."""
    for index, line in enumerate(lines[:_TOP_LINES]):
        role_below = index + 1 < len(lines) and _rules()["role_line"].match(lines[index + 1].text) is not None
        names = _name_line(line.text, role_below)
        if names and role_below:
            reporters.append(names)
            return lines[:index] + lines[index + 2:]
        if names and ((index and lines[index - 1].text == title)
                      or (index + 1 < len(lines) and _drops_line(lines[index + 1].text))):
            reporters.append(names)
            return lines[:index] + lines[index + 1:]
    return lines


def _name_line(text: str, role_below: bool) -> str | None:
    """The names a line is made of (`徐晓倩`, `王帆 李甜`), or a transliterated name over a role line."""
    names = bylines.plain_names(text) if len(text) <= _NAME_LINE_MAX else None
    if names is None and role_below:
        foreign = _rules()["foreign_name"].match(text)
        names = foreign.group("name") if foreign else None
    return names


_NAME_LINE_MAX = 8
_BAR_EDGE = _LINE_EDGE + "|｜丨"
_TOP_LINES = 4           # the paragraphs at an article's top, where a byline or a publication bar stands


def _cut_run_in(line: _Line, start: int, end: int) -> None:
    """Cut a span run into a line with the spaces around it; what stood before it becomes a line of its own."""
    while start and line.text[start - 1].isspace():
        start -= 1
    while end < len(line.text) and line.text[end].isspace():
        end += 1
    if start:
        line.break_at(start, end)
    else:
        line.cut(start, end)


def _cut_rights_notice(kept: list[_Line]) -> None:
    """A site's rights notice run into the article's last paragraph (`…7599元。（文中罗威…是化名）本网站上的
    内容…均为时代在线版权所有，未经书面协议授权，禁止转载…chiding@time-weekly.com`): from the start of the
    sentence that holds it (after a bracketed note opening that sentence) to the end. A paragraph that is
    only the notice goes."""
    if not kept:
        return
    last = kept[-1]
    notice = _rules()["rights_notice"].search(last.text) if "转载" in last.text or "版权" in last.text else None
    if notice is None:
        return
    start = max(last.text.rfind(mark, 0, notice.start()) for mark in "。！？!?") + 1
    note = _CLOSING_NOTE.match(last.text, start)
    last.cut(note.end() if note else start, len(last.text))
    last.strip()
    if not last.text:
        kept.pop()


_CLOSING_NOTE = regex_cache.compile(r"\s*[（(][^（）()]{1,40}[）)]")      # （文中罗威、程玲、周飞是化名）


def _is_appendix_label(text: str) -> bool:
    """A paragraph that only labels an appendix to the article (`个人简介：` above a bio): the label
    goes, the appendix stays (it may tell facts); read before bylines (`作者简介：` names no one)."""
    return len(text) <= 12 and text[-1:] in ("：", ":") and _rules()["appendix_label"].fullmatch(text) is not None


def _cut_link_home(line: _Line) -> None:
    """A link back to the site closing a paragraph (`返回搜狐，查看更多`) goes before the paragraph is read."""
    home = _rules()["link_home"].search(line.text) if "返回" in line.text else None
    if home:
        line.cut(home.start(), home.end())


def _cut_print_credit(line: _Line) -> None:
    """A paper's print credit closing a line after something else (`…曹丽娟《人民日报》（2025年04月17日第 10 版）`)
    goes before the line is read: what it closes may be a byline. A credit alone is a boilerplate line."""
    credit = _rules()["print_credit"].search(line.text) if "》" in line.text else None
    if credit and line.text[:credit.start()].strip():
        line.cut(credit.start(), credit.end())


def _takes_field_line(line: _Line, article: CleanArticle, place: _Place, reporters: list[str]) -> bool:
    """A 原标题 line or the editor line: its value goes to the article's field, the line goes. Writers the
    editor line credits after the editor are reporters (`【 编辑：刘晓彤  作者：许丹婷 赵福播】`)."""
    rules = _rules()
    # (the cheap tests first: most lines are long ones in the middle, and name no editor)
    taken = article.original_title is not None or not (place.edge or len(line.text) < 80)
    match = rules["original_title"].match(line.text) if not taken else None
    if match:
        title = next(title for title in match.groups() if title)
        end = _run_in_title_end(title) if match.group("t4") else None
        article.original_title = title if end is None else title[:end].rstrip(_LINE_EDGE + "，,")
        if end is None:
            return True
        line.cut(0, match.start("t4") + end)          # the text run on after the title stays
        return False
    editor = (rules["editor"].search(line.text)
              if line.text.lstrip(_EDITOR_OPENING).startswith(("责任编辑", "编辑")) else None)   # 【编辑：姚昊】
    if editor:
        article.editor = " ".join(editor.group("name").split())
        credits = bylines.parse(line.text) if len(line.text) <= _CREDIT_LINE_MAX else None
        reporters.extend(credits.reporters if credits else [])
        return True
    return False


_CREDIT_LINE_MAX = 60
_EDITOR_OPENING = _LINE_EDGE + "[【(（"


def _run_in_title_end(value: str) -> int | None:
    """Where a 原标题 ends when the article's text runs on after it in one line (a text whose line breaks
    were lost: `原标题：中关村发布超300亿创新母基金，培育隐形冠军与独角兽母基金总规模超300亿元，…规模。新京报讯…`):
    before the summary the story repeats further on (the rest of the first sentence, found again in the
    text), else at the first sentence's end; None when the title is the whole line (no full stop, or no
    longer than a title)."""
    first = _FULL_STOP.search(value) if len(value) > _TITLE_MAX else None      # (titles end sentences with ！？)
    if first is None:
        return None
    rest = value[first.end():]
    for start in range(TITLE_MIN, first.end() - _SUMMARY_MIN):
        if value[start:first.end()] in rest:
            return start
    return first.end()


_TITLE_MAX = 64
_FULL_STOP = regex_cache.compile("。")
_SUMMARY_MIN = 8          # characters of a repeated summary


def _takes_byline_line(line: _Line, place: _Place, reporters: list[str], editors: list[str]) -> bool:
    """A paragraph that is only a byline or credits (at the edges, or marked ▲/►/□ anywhere),
    or a caption closed by a photo credit: its reporters are kept, the paragraph goes."""
    text = line.text
    if len(text) <= 60 and (place.edge or text.lstrip()[:1] in _MARKERS or _ROLE_SEPARATOR.search(text)
                            or _says_nothing(text)):
        byline = bylines.parse(text)
        if byline:
            reporters.extend(byline.reporters)
            editors.extend(byline.editors)
            return True
    return bylines.is_photo_credit(text)


def _takes_reprint_line(line: _Line, place: _Place, reprinted: list[str], editors: list[str]) -> bool:
    """A reprint credit standing as a paragraph at the article's edges (`本文来自微信公众号“投资界”（ID:…），
    作者：杨继云，36氪经授权发布。`): it goes; its author is the writer when the article names no other."""
    credit = bylines.reprint(line.text) if place.edge and "文" in line.text[:12] else None
    if credit is None:
        return False
    reprinted.extend(credit.reporters)
    editors.extend(credit.editors)
    return True


def _takes_credit_record(line: _Line, place: _Place, article: CleanArticle, reporters: list[str],
                         editors: list[str]) -> bool:
    """A paragraph at the article's edges made of labelled credits joined by commas (a record's footer:
    `本文作者：李金磊，来源：中国新闻网，原文标题《…》`): each field a byline or the original title. The
    paragraph goes; its names are read, its original title too when none was."""
    text = line.text
    if not place.edge or len(text) > _RECORD_MAX or ("，" not in text and "," not in text):
        return False
    record = _credit_fields(text)
    if record is None:
        return False
    found, title = record
    for byline in found:
        reporters.extend(byline.reporters)
        editors.extend(byline.editors)
    if title and article.original_title is None:
        article.original_title = title
    return True


def _credit_fields(text: str) -> tuple[list[bylines.Byline], str | None] | None:
    """The bylines and the original title of a record's credit fields, or None when a field is neither
    (or no field is a byline)."""
    title_rule, found, title = _rules()["original_title"], [], None
    for part in _FIELD_BREAK.split(text.rstrip("。. ")):
        part = part.strip()
        match = title_rule.match(part) if part else None
        if match:
            title = next(group for group in match.groups() if group)
            continue
        byline = bylines.parse(part) if part else None
        if byline is None:
            return None
        found.append(byline)
    return (found, title) if found else None


_RECORD_MAX = 120
_FIELD_BREAK = regex_cache.compile(r"[，,；;]")


def _cut_bylines(line: _Line, place: _Place, reporters: list[str], editors: list[str]) -> None:
    """Bylines inside an opening or closing paragraph: the byline is cut, the sentence stays; so is a
    credit closing an edge paragraph (its editor's name kept)."""
    if place.top:
        dateline = bylines.dateline(line.text)
        if dateline:
            reporters.append(dateline[2])
            line.cut(dateline[0], dateline[1])
        else:
            reporters.extend(bylines.placed_dateline(line.text))
            if "编" in line.text[:80]:              # (编辑, 责编: the roles dateline_editors reads)
                editors.extend(bylines.dateline_editors(line.text))
        lead = bylines.lead(line.text)
        if lead:
            reporters.extend(lead[1].reporters)
            line.cut(0, lead[0])
        inside = bylines.marked_inside(line.text) if not lead else None
        if inside:
            reporters.extend(inside[2].reporters)
            line.break_at(inside[0], inside[1])         # the headline before it, the text after it
    if place.edge:
        closing = bylines.closing(line.text)
        if closing:
            reporters.extend(closing[1].reporters)
            editors.extend(closing[1].editors)
            line.cut(closing[0], len(line.text))


def _without_bare_edges(lines: list[_Line]) -> list[_Line]:
    """In a page, a first or last line with no word in it (`+1` of a like button, `1/10` of a
    gallery) is a widget's, not the article's; a table row of numbers stays, and so does a body
    that has no words at all (`2019/04/19`: that is the article)."""
    def bare(line: _Line) -> bool:
        return CELL_SEPARATOR not in line.text and not any(char.isalpha() for char in line.text)
    if all(map(bare, lines)):
        return lines
    while lines and bare(lines[-1]):
        lines.pop()
    while lines and bare(lines[0]):
        lines.pop(0)
    return lines


def _bar_reporter(page_text: str, first_line: str) -> str | None:
    """The writer the page's publication bar names before the article (`2004年7月16日08:19 [ 黄宇 ]
    来源：…`, `2020-11-23 10:22:14  出处：快科技 作者：宪瑞`), for a page whose headline is no heading
    element (a table layout) and whose article names none."""
    # the article's first words, sought in the page's text by their longest run between marks and
    # spaces (an inline element leaves a space in the page's text: 这个月底， 国内还有…嫦娥五号 ，它是…)
    words = max(_MARKS_OR_SPACE.split(first_line[:_FIRST_WORDS]), key=len)
    start = page_text.find(words) if len(words) >= _WORDS_MIN else -1
    bar = pages.publication_bar(page_text, start, _BAR_REACH) if start > 0 else None
    return "、".join(dict.fromkeys(bar.reporters)) if bar and bar.reporters else None


_FIRST_WORDS = 40         # characters of the article's first line whose longest run is sought in the page's text
_WORDS_MIN = 6
_BAR_REACH = 3000         # characters before the article where its bar is sought (the header's)
_MARKS_OR_SPACE = regex_cache.compile(r"[\s，。、；：！？“”‘’（）()—…·,.;:!?]+")


def _header_reporter(header: list[str]) -> str | None:
    """The reporter named under a page's headline, outside the article (`澎湃新闻记者 贺梨萍`,
    `石佳/中国青年报`), for an article that names none itself."""
    for text in header:
        text = _DATE_STAMP.sub("", text.strip(_LINE_EDGE))      # 2019-09-26 12:11来源：证券时报网作者：李在山
        if not text or len(text) > 40:
            continue
        byline = bylines.parse(text)
        if byline and byline.reporters:
            return "、".join(dict.fromkeys(byline.reporters))
        names = bylines.name_and_outlet(text)
        if names:
            return names
    return None


_DATE_STAMP = regex_cache.compile(r"^\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*")


def _take_signoff(kept: list[_Line], reporters: list[str]) -> None:
    """The reporter signing off the last paragraph (`…换新iPhone。(李楠)`), or a last paragraph
    that is only names: in brackets, or personal names (a family name first)."""
    if len(kept) < 3:
        return
    last = kept[-1]
    signoff = _rules()["reporter_signoff"].search(last.text)
    if signoff:
        reporters.append(bylines.without_column(bylines.join_names(signoff.group("name"))))   # （新浪财经 刘丽丽）; （综编）: none
        last.cut(signoff.start(), signoff.end())
        return
    if _take_signature(kept, reporters):
        return
    text = last.text
    # in brackets, names of any form (（唐贵江 关悦）); bare, personal names only: a box's label closing the
    # text (往期推荐) is no name
    bracketed = text[:1] in "（(" and text[-1:] in "）)"
    name = len(text) <= 12 and (bylines.names_only(text) if bracketed else bylines.plain_names(text.replace("、", " ")))
    if name:
        reporters.append(name)
        kept.pop()


def _take_signature(kept: list[_Line], reporters: list[str]) -> bool:
    """A signature block closing the text: a writer's name alone above a last line that is only a date
    (`刺猬偷腥` / `2018年10月18日`, a blog's pen name). The name is the reporter and leaves the text, the date
    stays; an issuing body signing there (`天津创业股份有限公司董事会` / `2005年8月25日`, `吉林省人民政府`) is no
    writer and stays: a name ending in an institution's head is a body."""
    if len(kept) < 4 or not _SIGNATURE_DATE.fullmatch(kept[-1].text):
        return False
    name = kept[-2].text
    if not _SIGNATURE_NAME.fullmatch(name) or name.endswith(_institution_heads()):
        return False
    if any(word in name for word in _DOCUMENT_WORDS):
        return False                   # 特此公告 / 2005年8月25日: the document's closing formula
    reporters.append(name)
    del kept[-2]
    return True


_DOCUMENT_WORDS = ("公告", "通知", "声明", "报告", "决定", "意见", "此致", "敬礼")
_SIGNATURE_DATE = regex_cache.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_SIGNATURE_NAME = regex_cache.compile(HAN_RE.pattern + "{2,6}")


@lru_cache(maxsize=1)
def _institution_heads() -> tuple[str, ...]:
    """What an institution's name ends with (organizations.toml `word_heads`, and 政府, 公司)."""
    return tuple(load_toml("organizations.toml")["word_heads"]) + ("政府", "公司", "委员会", "局", "部", "厅", "院", "办")


_MARKERS = frozenset("□■◎►▲●◆▶")
_CLAUSE_MARKS = frozenset("，。！？；,;!?")


def _says_nothing(text: str) -> bool:
    """A short line with no clause mark and a space before its names: a byline there is one
    wherever it stands (`《棱镜》作者 周纯` after a key-points list); a sentence about a reporter
    has its marks, and a subheading runs its words together (`记者手记`, `作者简介`)."""
    return len(text) <= 30 and not _CLAUSE_MARKS.intersection(text) and (" " in text or "\u3000" in text)
_ROLE_SEPARATOR = regex_cache.compile(r"^[^，。！？]{1,12}?[|｜丨︱/／:：]")     # 校对|黄慧敏, 采写：…: a byline anywhere
