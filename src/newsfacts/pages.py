"""Whole web pages: find the article inside the page, its title and its date.

The article is the element whose paragraphs hold the most Chinese prose that is
not link text (the density idea of readability/trafilatura, kept small):
every paragraph adds its non-link character count to the element that holds it
and half of that to the element above.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from . import bylines, regex_cache
from .chinese import HAN, han_count
from .grammar import alternation
from .reading import parse_published
from .tables import load_toml

_PROSE_MARK = regex_cache.compile(r"[，。；！？、]")
_TEXT_BLOCKS = {"p", "div", "td", "li", "section", "article", "blockquote", "dd", "font", "span", "center", "body", "main"}
_PAGE_DATE = regex_cache.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?")


@cache
def _rules() -> dict:
    raw = load_toml("pages.toml")
    keys = alternation(raw["script_date_keys"])
    epochs = alternation(raw["script_epoch_vars"])
    return {
        "title_meta": [tuple(pair) for pair in raw["title_meta"]],
        "date_meta": [tuple(pair) for pair in raw["date_meta"]],
        "gallery_text_keys": tuple(raw["gallery_text_keys"]),
        "unsure_rival_share": float(raw["unsure_rival_share"]),
        "article_min_prose": int(raw["article_min_prose"]),
        "frame_min_chars": int(raw["frame_min_chars"]),
        "box_levels": int(raw["box_levels"]),
        "box_share_max": float(raw["box_share_max"]),
        "title_class": regex_cache.compile(raw["title_class"]),
        # 发布日期：2019-03-06 ; 发布时间：2019-09-26 10:09:11 — the page's own date, wherever it stands
        "labelled_date": regex_cache.compile(rf"(?:{alternation(raw['date_labels'])})\s*[:：]?\s*(?P<date>{_PAGE_DATE.pattern})"),
        "script_date_keys": tuple(f'"{key}"' for key in raw["script_date_keys"]),
        "date_attributes": tuple(raw["date_attributes"]),
        "date_attribute": regex_cache.compile(rf'(?:{alternation(raw["date_attributes"])})\s*=\s*"(?P<value>\d{{4}}-\d{{2}}-\d{{2}}[^"]{{0,20}})"'),
        "script_date": regex_cache.compile(rf'"(?:{keys})"\s*:\s*"(?P<value>\d{{4}}-\d{{2}}-\d{{2}}[^"]{{0,20}})"'),
        # no \b in front: a pattern opening with the literal `var` is searched by its prefix, 30 times
        # faster on a whole page; the word boundary before it is checked by `_epoch_var`
        "script_epoch": regex_cache.compile(rf'var\s+(?:{epochs})\s*=\s*"?(?P<seconds>1\d{{9}})\b'),
        # `标题_网易财经`, `标题 - 山西省人民政府门户网站`, and a short site name after a bare dash (`标题-新华网`)
        # a part that holds a clause's marks (`书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来`) is the headline's, no site name
        "title_suffix": regex_cache.compile(r"\s*(?:[_|｜]|\s[-–—]\s)[^，。！？“”]{1,40}$|-[^-–—，。！？]{0,12}(?:"
                                   + alternation(raw["site_name_words"]) + ")$"),
    }


def _meta(tree, key: str, value: str) -> str | None:
    for meta in tree.iter("meta"):
        if meta.get(key) == value and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


def _words(element) -> str:
    """An element's text with its runs of spaces made one space; a full-width space alone between words is
    kept as written (a headline's two parts: `国产大模型陆续向公众开放\u3000人工智能赛道“百舸争流”`)."""
    text = " ".join(element.itertext()).strip()
    if "\u3000" not in text:
        return " ".join(text.split())
    return _SPACE_RUN.sub(lambda run: run.group() if run.group() == "\u3000" else " ", text)


_SPACE_RUN = regex_cache.compile(r"\s+")


def page_title(tree) -> str | None:
    """The headline (see `titled`)."""
    return titled(tree)[0]


def titled(tree) -> tuple[str | None, bool]:
    """The headline: the longest of og:title and the page's headings (h1–h4) that the
    <title> contains (the <title> is the headline plus the site's name, while og:title
    may be cut short and the first h1 may be the site's name); else og:title, else
    the longest <h1>, else <title> without its site-name suffix. And whether anything but the
    <title> says so (False when only the <title> gave it: it may be the site's section,
    `新闻动态--中国地理学会官网`, and the heading above the article is then the headline)."""
    raw = next((text for text in map(_words, tree.iter("title")) if text), "") or _wrapper_title(tree)
    og = next((content for key, value in _rules()["title_meta"] if (content := _meta(tree, key, value))), None)
    inside = _headline_in_title(tree, raw, og) if raw else None
    if inside:
        return inside, True
    if og:
        return _without_site_name(og), True
    # of several h1, the longest: the others name the site's section (资讯中心 above the headline); a section's
    # banner is none
    h1s = [text for text in map(_words, tree.iter("h1")) if text and not _BANNER.fullmatch(text)]
    if h1s:
        return _without_dated_end(max(h1s, key=len)), True
    return _without_site_name(raw) or None, False


# a section's banner: its name and the name's English gloss in capitals (a company template's 新闻中心 NEWS,
# 关于我们 ABOUT US), the site's section, never the article's headline
_BANNER = regex_cache.compile(r"[\u4e00-\u9fa5]{2,8}\s*[A-Z][A-Z&' ]{1,30}")


def headline_above(container) -> str | None:
    """The heading (h1–h6) nearest before a page's article, within its parent's and
    grandparent's blocks: the headline of a page whose <title> names only its section. A heading that
    is only the publication bar (a portal's `<h3 class="date">发布时间：2011-3-31</h3>` under its
    headline) is passed over."""
    element = container
    for _ in range(3):
        for sibling in element.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            heading = sibling if _is_heading(sibling) else next(reversed([e for e in sibling.iter() if _is_heading(e)]), None)
            text = _without_dated_end(_words(heading)) if heading is not None else ""
            if text and not _is_bar(text):
                return text if 4 <= len(text) <= 80 and not _BANNER.fullmatch(text) else None
        element = element.getparent()
        if element is None:
            break
    return None


def _is_bar(text: str) -> bool:
    """Whether a heading's words are only a publication bar (发布时间：2011-3-31)."""
    bar = bylines.date_bar(text) if _YEAR_OPENS_DATE.search(text) else None
    return bar is not None and bar.start == 0 and bar.end >= len(text.rstrip())


def headline_inside(container) -> str | None:
    """The heading that opens a page's article block before any of its words (a company template's
    `<h2 class="view-title">钢市十二月中下旬面临较大风险</h2>` over its info bar and paragraphs, `<div
    class="title">2013中国互联网用户体验高峰论坛 <span>【 2014-01-03 】</span></div>`, both inside the block the finder
    reads): the headline of a page whose <title> names only the site."""
    if (container.text or "").strip():
        return None
    for element in container.iterdescendants():
        if _is_heading(element):
            text = _without_dated_end(_words(element))
            return text if _HEADLINE_MIN <= len(text) <= 80 and not _BANNER.fullmatch(text) else None
        if isinstance(element.tag, str) and (element.text or "").strip():
            return None
    return None


def plain_headline_above(container) -> str | None:
    """On a page that names no title anywhere (an empty <title>, no heading), the headline set as a
    plain block before its article (a GBK company page's `<div class="newst">娲石集团…开工仪式成功举行！</div>`
    over its date bar `发稿时间：2021/6/9`): the nearest block before it, within its parent's and grandparent's,
    when its words are a headline's length with no stop inside nor a full stop closing them; blocks without words (a logo)
    and bars that label their words with a colon are passed over."""
    element = container
    for _ in range(3):
        for sibling in element.itersiblings(preceding=True):
            text = _words(sibling) if isinstance(sibling.tag, str) else ""
            if not text or _LABELLED.search(text):
                continue                     # a logo; a date or source bar (发稿时间：2021/6/9)
            return text if _PLAIN_HEADLINE.fullmatch(text) else None
        element = element.getparent()
        if element is None or element.tag == "body":
            break
    return None


# a headline's words: 10–80 characters, no colon nor a stop inside, closed by ！ or ？ at most (a full stop ends a sentence)
_PLAIN_HEADLINE = regex_cache.compile(r"[^:：。！？!?\n]{10,80}[！？!?]?")
_LABELLED = regex_cache.compile(rf"{HAN}\s*[:：]")

_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _is_heading(element) -> bool:
    """A heading by its tag, or a block a page classes as its title (a table-layout portal's
    `<td class="bt_title">`, a company template's `<div class="news-tit">` above the article, under a
    <title> naming only the site or its section)."""
    if not isinstance(element.tag, str):
        return False
    if element.tag in _ALL_HEADINGS:
        return True
    named = element.tag in ("td", "div") and _rules()["title_class"].search(element.get("class") or "") is not None
    return named or _set_large(element)


def _set_large(element) -> bool:
    """A block the page sets in a headline's type by its own style (a company site's JSP news page:
    `<p style="font-size:24px;">辽宁新开工12个…</p>` above the article, under a <title> naming the site)."""
    style = element.get("style")
    size = _FONT_SIZE.search(style) if style and element.tag in ("p", "div", "td", "span") else None
    return size is not None and float(size.group(1)) >= _HEADLINE_PX


_FONT_SIZE = regex_cache.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)px")
_HEADLINE_PX = 20           # body text is set at 12–16px; a headline is larger


def _headline_in_title(tree, raw: str, og: str | None) -> str | None:
    """The longest of og:title, the headings and what a page set as a headline without a heading
    (bold text, a block of class `title`: table-layout portals) that the <title> `raw` contains
    (4 characters or more); the <title> itself loses its site-name suffix."""
    candidates = [og] if og else []
    candidates += [_words(heading) for heading in tree.iter("h1", "h2", "h3", "h4", "strong", "b")]
    candidates += [_words(element) for element in tree.iter("div", "td", "p", "span")
                   if "title" in (element.get("class") or "").lower()]
    # a candidate gives most of the headline: a bold phrase of the text (an interview's `李金泽：`) is
    # inside the <title> too, but says a small part of it
    shortest = max(4, len(_rules()["title_suffix"].sub("", raw)) // 2)
    # a heading set on two lines by its markup (<h1>主题<div>副题</div></h1>) reads as the <title> spells it
    candidates = [c if c in raw or c.replace(" ", "") not in raw else c.replace(" ", "") for c in candidates if c]
    inside = [c for c in candidates if len(c) >= shortest and c in raw]
    if not inside:
        return None
    best = max(inside, key=len)
    return _without_site_name(best) if best == raw else best


_DATED_END = regex_cache.compile(r"\s*[\[［【(（]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]］】)）]$")


def _without_dated_end(headline: str) -> str:
    """A heading without the page's date set in brackets after it (`北京4月商品住宅成交呈现"双降" [2014-05-04]`,
    a company site's <h1> holding the headline and a date span): the date is the page's, not the headline's."""
    match = _DATED_END.search(headline)
    return headline[:match.start()] if match and match.start() else headline


def _without_site_name(title: str) -> str:
    """`…严重影响交通-新华网` → `…严重影响交通`: a short trailing part after a separator goes; so do
    the site's and section's names set before the headline with `--` (`千龙网--汽车--广汽回应…`)."""
    if "--" in title:
        title = max(title.split("--"), key=len).strip()
    site, mark, rest = title.partition("»")
    if mark and len(site.strip()) <= 12 and len(rest.strip()) >= 6:     # `多维博客 » 播客热潮迅速蔓延…`: a blog's breadcrumb
        title = rest.strip()
    shorter = _rules()["title_suffix"].sub("", title)
    return shorter if len(shorter) >= 6 else title


def _wrapper_title(tree) -> str:
    """The title a crawler's wrapper element gives a saved page that kept no <title>
    (`<text id="URL" title="千龙网--汽车--广汽回应…">`, as in a dataset of saved pages)."""
    wrapper = tree if tree.tag == "text" else next(tree.iter("text"), None)
    return " ".join((wrapper.get("title") or "").split()) if wrapper is not None else ""


def page_published(tree, markup: str, visible_text: Callable[[], str]) -> str | None:
    """The date from the usual meta tags, the page's script data (JSON-LD `pubDate`), the article
    record of Founder's newspaper CMS (`<!--enpproperty … <date>…`, e-paper pages), a <time>,
    WeChat's `var ct`, else the first full date the page labels as its own (`发布时间：…`,
    pages.toml `date_labels`), else the first full date written on the page (`visible_text`
    gives the page's text, walked only when nothing else names the date)."""
    rules = _rules()
    for key, value in rules["date_meta"]:
        content = _meta(tree, key, value)
        parsed = parse_published(content) if content else None
        if parsed:
            return _with_written_time(parsed, content or "", visible_text)
    recorded = _recorded_date(markup)
    if recorded:
        return recorded
    for time_tag in tree.iter("time"):
        parsed = parse_published(time_tag.get("datetime") or _words(time_tag))
        if parsed:
            return parsed
        break
    epoch = _epoch_var(markup)
    if epoch:
        moment = datetime.fromtimestamp(int(epoch.group("seconds")), tz=UTC)
        return parse_published(moment.isoformat())
    return _written_date(visible_text())


def _recorded_date(markup: str) -> str | None:
    """The date a page's data records outside its text: script data (`"pubDate": …`), else the
    article record of Founder's CMS in a comment, else an attribute naming it (163's `data-ptime="…"`)."""
    rules = _rules()
    quoted_key = any(key in markup for key in rules["script_date_keys"])     # str.find before the regex
    scripted = rules["script_date"].search(markup) if quoted_key else None
    if scripted and (parsed := parse_published(scripted.group("value"))):
        return parsed
    founder = _FOUNDER_DATE.search(markup) if "enpproperty" in markup else None
    if founder:
        return parse_published(founder.group("value"))
    attributed = any(name in markup for name in rules["date_attributes"])      # str.find before the regex
    stated = rules["date_attribute"].search(markup) if attributed else None
    return parse_published(stated.group("value")) if stated else None


# the article record Founder's newspaper CMS (方正, used by many papers' e-paper and news sites) leaves in a
# comment after the text: <!--enpproperty <articleid>…</articleid><date>2022-02-13 00:00:00:0</date>…-->
_FOUNDER_DATE = regex_cache.compile(r"enpproperty\s[\s\S]{0,300}?<date>(?P<value>\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2}(?::\d{2})?)?)")


def _written_date(text: str) -> str | None:
    """The first date the page's text labels as its own (`发布时间：…`), else the date of its publication
    bar (`2020-11-23 10:22:14  出处：快科技 作者：宪瑞`: a header's clock, `2021年10月7日 星期四`, may come
    first), else its first full date."""
    labelled = _rules()["labelled_date"].search(text) if "发" in text else None      # str.find before the regex
    if labelled:
        return parse_published(labelled.group("date"))
    bar = publication_bar(text)
    if bar:
        return parse_published(bar.date)
    match = next((m for m in _PAGE_DATE.finditer(text) if not _SITE_CLOCK.match(text, m.end())), None)
    english = _english_date_line(text, match.start() if match else len(text))
    if english:
        return parse_published(_english_date(english))
    return parse_published(match.group(0)) if match else None


def publication_bar(text: str, end: int | None = None, reach: int | None = None) -> bylines.DateBar | None:
    """The first of a page's first dates (before `end`, within `reach` characters of it) that fields
    follow: its publication bar (`2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]`, `时间：2004年10月21日14:18
    作者：郭励弘`)."""
    end = len(text) if end is None else end
    for index, match in enumerate(_YEAR_OPENS_DATE.finditer(text, 0 if reach is None else max(0, end - reach), end)):
        if index == _BAR_DATES:
            break
        bar = bylines.bar_at(text, match.start())
        if bar:
            return bar
    return None


_BAR_DATES = 40         # a page's first dates looked at for its bar (a list of other stories' dates follows)
# a year opening a date, sought by its first digit (_PAGE_DATE opens with a lookbehind, which `re` cannot
# search for by a prefix: 0.4 ms over a page's header)
_YEAR_OPENS_DATE = regex_cache.compile(r"[12](?<!\d[12])(?:9|0)\d{2}\s*[-/.年]\s*\d")


# a site's header clock, the day the page was served, labelled with its time zone: 2006年12月27日（京港台时间）
_SITE_CLOCK = regex_cache.compile(r"\s*[（(][^）)\n]{0,6}时间[）)]")
# a blog's own date line in English (WordPress's default): Saturday, September 10th, 2005 10:56 am
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ENGLISH_DATE = regex_cache.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,\s*"
                                    r"(?P<year>(?:19|20)\d{2})(?:[\s\xa0]*(?:at\s+)?(?P<time>\d{1,2}:\d{2})\s*(?P<half>[ap]m))?",
                                    re.IGNORECASE)


# the year after an ASCII comma, which Chinese text rarely writes: the English date is sought only around it
# (the month-name pattern searched over a whole page cost 0.9 ms)
_YEAR_AFTER_COMMA = regex_cache.compile(r",\s?(?:19|20)\d{2}\b")


def _english_date_line(text: str, end: int):
    """The first English date (`September 10th, 2005 10:56 am`) before `end`, or None."""
    for year in _YEAR_AFTER_COMMA.finditer(text, 0, end):
        english = _ENGLISH_DATE.search(text, max(0, year.start() - 16), year.end() + 24)
        if english:
            return english
    return None


def _english_date(match) -> str:
    """`September 10th, 2005 10:56 am` → `2005-09-10 10:56`."""
    month = _MONTHS.index(match.group("month").lower()) + 1
    written = f"{match.group('year')}-{month:02d}-{int(match.group('day')):02d}"
    if match.group("time"):
        hour, minute = map(int, match.group("time").split(":"))
        hour = hour % 12 + (12 if match.group("half").lower() == "pm" else 0)
        written += f" {hour:02d}:{minute:02d}"
    return written


def _with_written_time(parsed: str, given: str, visible_text: Callable[[], str]) -> str:
    """A date that a meta tag gives without its time (`publishdate` 2024-05-20) takes the time the page
    writes with that same day (`发稿时间：2024-05-20 13:15:00`); otherwise it stays as given."""
    if ":" in given:
        return parsed
    for match in _PAGE_DATE.finditer(visible_text()):
        if match.group(4):
            written = parse_published(match.group(0))
            if written and written[:10] == parsed[:10]:
                return written
            break                     # the first dated time on the page is another day's
    return parsed


_JS_ESCAPE = regex_cache.compile(r'\\(["\\/])')


def gallery_texts(markup: str) -> list[str]:
    """A photo gallery's texts, one per picture, from the page's script data (`"sub_abstracts":
    ["…", "…"]`, plain or inside a JavaScript string as `\\"sub_abstracts\\"`); empty when none."""
    for key in _rules()["gallery_text_keys"]:
        for quoted, unescape in ((f'"{key}"', False), (f'\\"{key}\\"', True)):
            start = markup.find(quoted)
            if start < 0:
                continue
            rest = markup[start + len(quoted):]
            if unescape:
                rest = _JS_ESCAPE.sub(r"\1", rest)
            texts = _json_list(rest.lstrip(" :"))
            if texts:
                return texts
    return []


def _json_list(text: str) -> list[str]:
    """The JSON list of strings `text` opens with (the rest of the script after it is ignored)."""
    try:
        value, _ = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    return [" ".join(item.split()) for item in value if isinstance(item, str) and item.strip()]


def _epoch_var(markup: str) -> re.Match | None:
    """The first `var ct = "1581517074"` (a script variable in Unix seconds) standing as a word."""
    for match in _rules()["script_epoch"].finditer(markup):
        before = markup[match.start() - 1] if match.start() else " "
        if not (before.isalnum() or before == "_"):
            return match
    return None


def main_container(root):
    """The element that holds the article's paragraphs (see `find_article`)."""
    return find_article(root)[0]


def find_article(root, title: str | None = None) -> tuple[Any, str | None]:
    """The element that holds the article's paragraphs, and a warning when the choice is unsure.

    The root itself when no paragraph is long enough to score but the page still says a sentence
    (a page of one short line: warned); None when the page says nothing outside links but labels
    (a portal's frame, an index or login page). When another part of the page, neither inside
    nor around the one chosen, holds nearly as much prose (`unsure_rival_share` of pages.toml:
    another story's box on sina-2), the best is still read but the document says so. When the page
    repeats its `title` as a headline and the best block stands under the next story's headline
    (a site that appends the next story below), the best block under the page's own headline is read."""
    scores: dict[int, float] = defaultdict(float)
    nodes: dict[int, Any] = {}
    for block, chars in _paragraphs(root):
        block = _outer_run(block)
        parent = block.getparent()
        holder = parent if block.tag in ("p", "font", "span") and parent is not None else block
        for weight, element in ((1.0, holder), (0.5, holder.getparent())):
            if element is None:
                continue
            scores[id(element)] += weight * chars
            nodes[id(element)] = element
    if not scores:
        return (root, _WARN_NO_BLOCK) if _says_a_sentence(root) else (None, None)
    best = max(scores, key=scores.__getitem__)
    best = _under_own_headline(root, title, scores, nodes, best)
    best = _outside_story_lists(scores, nodes, best)
    block = _with_sibling_boxes(_with_split_sections(_block_of(nodes[best])))
    if scores[best] < _rules()["article_min_prose"] and _only_furniture(root, block):
        return None, None
    if _among_teasers(scores, nodes, best):
        return None, None
    return block, _rival_warning(scores, nodes, best)


def _outer_run(block):
    """A styled run's paragraph: a <span> or <font> inside another styled run or a <p> counts for that
    paragraph (WeChat's editor wraps each paragraph's text in two spans: p > span > span), so its prose
    scores the block holding the paragraphs, not the paragraph."""
    parent = block.getparent()
    while block.tag in _RUNS and parent is not None and parent.tag in _RUN_HOLDERS:
        block, parent = parent, parent.getparent()
    return block


_RUNS = frozenset(("span", "font"))
_RUN_HOLDERS = frozenset(("span", "font", "p", "strong", "b", "em"))


def _among_teasers(scores: dict[int, float], nodes: dict[int, Any], best: int) -> bool:
    """Whether the best block is one teaser of an index: it stands in an item of a list of stories,
    and another item of the same list scores nearly as much (a forum's or a site's list of stories,
    each with its abstract, and nothing outside the list to read)."""
    item = _list_item(nodes[best])
    if item is None:
        return False
    floor = scores[best] * _rules()["unsure_rival_share"]
    for key, score in scores.items():
        other = _list_item(nodes[key]) if score >= floor and key != best else None
        if other is not None and other is not item and other.getparent() is item.getparent():
            return True
    return False


def _only_furniture(root, block) -> bool:
    """Whether the best block is too short for any article while the page around it is a site's
    frame (menus, lists, a footer): a welcome line, a login prompt, a notice on an index page."""
    rules = _rules()
    return (prose_chars(block) < rules["article_min_prose"]
            and han_count(" ".join(root.itertext())) >= rules["frame_min_chars"])


# an article is never a run of styled text nor one paragraph (a 2005 page sets each part of an interview
# in its own <font> or <span>, <br> between paragraphs, each in its own <p>, all inside one block)
_NOT_AN_ARTICLE = frozenset(("span", "font", "b", "strong", "i", "em", "u", "small", "big", "p"))


def _block_of(element):
    """`element`, or the nearest block that holds it when it is styled text or a paragraph."""
    while element.tag in _NOT_AN_ARTICLE and element.getparent() is not None:
        element = element.getparent()
    return element


def _with_split_sections(block):
    """The article when its text is split into sibling blocks of one kind under short headings of their
    own (an encyclopedia entry: `div.para` sections under `div.paraTitle` headings): their parent, when
    it holds nothing else but such headings and at least two other such blocks hold prose; else `block`.
    (A list of stories, each block with its headline inside it, has no heading between its blocks.)"""
    parent = block.getparent()
    kind = block.get("class")
    if parent is None or not kind or block.tag not in ("div", "section"):
        return block
    sections = headings = 0
    for sibling in parent:
        if not isinstance(sibling.tag, str) or sibling is block:
            continue
        if sibling.tag == block.tag and sibling.get("class") == kind:
            sections += prose_chars(sibling) > 0
            continue
        words = len("".join("".join(sibling.itertext()).split()))
        if words > _SECTION_HEADING_MAX:
            return block
        headings += words > 0
    return parent if sections >= 2 and headings else block


def _with_sibling_boxes(block):
    """The page's block of boxes when the article's prose is spread over sibling boxes of one template
    and the block read is one of them (a topic page: the lead story, a figures box, a box of bullets
    and a second story, each a <div> of the same class, or of none, under its own heading): the nearest
    ancestor, up to `box_levels` up, whose children holding prose are at least two, all of the block's
    own box's tag and class, the box holding at most `box_share_max` of their prose; else `block`.
    (An article beside a box of teasers or an author's box has siblings of other classes.) The page's
    frame (<body>) is never taken."""
    rules = _rules()
    box = block
    for _ in range(rules["box_levels"]):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        holders = [(child, chars) for child in parent if isinstance(child.tag, str) and (chars := prose_chars(child))]
        if len(holders) >= 2:
            return parent if _one_of_boxes(box, holders, rules["box_share_max"]) else block
        box = parent
    return block


def _one_of_boxes(box, holders: list[tuple[Any, int]], share_max: float) -> bool:
    """Whether `box` is one of sibling boxes of one template (`holders`: the siblings holding prose,
    with their prose) and holds at most `share_max` of their prose."""
    if any(child.tag != box.tag or child.get("class") != box.get("class") for child, _ in holders):
        return False
    own = next((chars for child, chars in holders if child is box), 0)
    return own <= share_max * sum(chars for _, chars in holders)


_SECTION_HEADING_MAX = 20      # characters of a section's heading (历史沿革播报编辑, with its edit button's words)


_HEADLINES = ("h1", "h2")
_HEADLINE_MIN = 10        # characters: a shorter heading is a section's label (相关新闻), not a story's title
_OWN_ARTICLE_MIN = 60     # characters of prose: as little as the shortest article the finder reads


def _under_own_headline(root, title: str | None, scores: dict[int, float], nodes: dict[int, Any], best: int) -> int:
    """The best block between the page's own headline (the heading that repeats its title) and the
    next story's headline, when the overall best stands after that next headline or holds it (the
    next story's box); else `best`."""
    pair = _headlines(root, title)
    if pair is None:
        return best
    own, following = pair
    chosen = nodes[best]
    if _holds(chosen, own) or not (_holds(chosen, following) or _after(root, chosen, following)):
        return best                       # the best block is the page's own, or holds both stories
    order = {id(element): index for index, element in enumerate(root.iter())}
    low, high = order[id(own)], order[id(following)]
    between = [key for key in scores if low < order.get(key, -1) < high and scores[key] >= _OWN_ARTICLE_MIN]
    return max(between, key=scores.__getitem__) if between else best


def _headlines(root, title: str | None) -> tuple[Any, Any] | None:
    """The page's own headline and the next story's headline after it, when the page has both."""
    if not title or len(title) < 6:
        return None
    headings = [(h, "".join(h.itertext()).replace(" ", "").strip()) for h in root.iter(*_HEADLINES)]
    own = next((i for i, (_, text) in enumerate(headings) if _repeats(text, title)), None)
    if own is None:
        return None
    following = next((h for h, text in headings[own + 1:] if len(text) >= _HEADLINE_MIN and not _repeats(text, title)), None)
    return (headings[own][0], following) if following is not None else None


def _holds(element, inner) -> bool:
    return any(ancestor is element for ancestor in inner.iterancestors())


def _after(root, element, mark) -> bool:
    """Does `element` start after `mark` in the page (document order)?"""
    for node in root.iter():
        if node is mark:
            return True
        if node is element:
            return False
    return False


_STORY_LIST_ITEMS = 3      # a list of this many items or more, one of which holds the best block, lists stories


def _outside_story_lists(scores: dict[int, float], nodes: dict[int, Any], best: int) -> int:
    """The best block that is no item of a list of stories, when the overall best is one (a stream of
    teasers beside the article: a long teaser's item can hold more prose than a short article)."""
    if _list_item(nodes[best]) is None:
        return best
    outside = [key for key, score in scores.items() if score >= _OWN_ARTICLE_MIN and _list_item(nodes[key]) is None]
    return max(outside, key=scores.__getitem__) if outside else best


def _list_item(element) -> Any:
    """The item of a list of at least _STORY_LIST_ITEMS items that holds `element`, within six levels up
    (Baidu Tieba's list sets each abstract five levels inside its item)."""
    for ancestor in (element, *list(element.iterancestors())[:6]):
        if ancestor.tag == "li":
            parent = ancestor.getparent()
            if parent is not None and parent.tag in ("ul", "ol") and len(parent.findall("li")) >= _STORY_LIST_ITEMS:
                return ancestor
    return None


def _repeats(heading: str, title: str) -> bool:
    """Does a heading's text give the page's title (maybe with a button's words after it: 播报文章)?"""
    return len(heading) >= 6 and (heading.startswith(title) or title.startswith(heading))


_WARN_NO_BLOCK = "article_finder_unsure: no block of paragraphs on the page; all its text was read"


def _rival_warning(scores: dict[int, float], nodes: dict[int, Any], best: int) -> str | None:
    """A warning when an element apart from the best one (not inside it, not around it) scores
    nearly as high: two candidate articles, and the one read may be the wrong one."""
    floor = scores[best] * _rules()["unsure_rival_share"]
    chosen = nodes[best]
    around = {id(element) for element in chosen.iterancestors()}
    for key, score in scores.items():
        if score < floor or key == best or key in around:
            continue
        if _holds(chosen, nodes[key]):
            continue                                        # a part of the chosen block
        return (f"article_finder_unsure: another part of the page holds nearly as much prose as the one read "
                f"({score:.0f} against {scores[best]:.0f})")
    return None


_HEADINGS = frozenset(("h1", "h2", "h3"))


def header_of(container, levels: int = 3) -> list:
    """The blocks between a page's headline and its article (the byline and date bar): the
    elements before the article container, its parent's and grandparent's, nearest first, up to
    a heading. Empty when no heading stands before the article there."""
    blocks: list = []
    element = container
    for _ in range(levels):
        for sibling in element.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in _HEADINGS:
                return blocks
            heading = next(sibling.iter(*_HEADINGS), None)
            if heading is not None:         # <div class=title><h2>…</h2><div class=info>…作者：李在山</div></div>
                return blocks + [block for block in heading.itersiblings() if isinstance(block.tag, str)]
            blocks.append(sibling)
        element = element.getparent()
        if element is None:
            break
    return []


def footer_of(container, levels: int = 2, most: int = 2) -> list:
    """The first blocks after a page's article, its parent's too (163's source bar under the
    article: `本文来源：中国新闻网 作者：李金磊`; a table layout's bar of cells `编辑：金金 来源：…
    作者：宋怡 杨志华`, three levels up), nearest first; short ones only, a long one ends them."""
    blocks: list = []
    element = container
    for _ in range(levels):
        for sibling in element.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            # (counted without spaces: a table layout's cells indent their text with dozens of them)
            if len(blocks) == most or len("".join("".join(sibling.itertext()).split())) > _FOOTER_MAX:
                return blocks
            blocks.append(sibling)
        element = element.getparent()
        if element is None:
            break
    return blocks


_FOOTER_MAX = 80
_SENTENCE_END = regex_cache.compile(rf"{HAN}[^\s。！？]*[。！？]")     # 营收增长5%。


def _says_a_sentence(root) -> bool:
    """Whether any text outside links ends a sentence (`营收增长5%。`): menus, headers, footers and
    link lists never do."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag == "a":
            continue
        if any(ancestor.tag == "a" for ancestor in element.iterancestors()):
            continue
        said = " ".join([element.text or ""] + [child.tail or "" for child in element])
        if _SENTENCE_END.search(said):
            return True
    return False


def lead_before(block) -> Any:
    """The article's lead paragraph set just before the block of its body, outside it (rfi's
    `<p class="t-content__chapo">各位好，我是安东尼。…</p>` then `<div class="t-content__body">`): the
    paragraph right before the block when it is prose (a sentence, not links) that the body does not
    repeat; else None."""
    previous = block.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()          # a comment between them
    if previous is not None and previous.tag != "p":
        previous = _summary_before(block)
    if previous is None or next(previous.iter("img"), None) is not None:
        return None
    text = _CITATIONS.sub("", "".join(previous.itertext()).strip())
    if text[-1:] not in _LEAD_ENDS or prose_chars(previous) < _LEAD_MIN:
        return None
    # a summary box repeating a paragraph of the body (163's p.ep-summary) is no lead, nor a teaser repeating its
    # first sentence up to a cut (qq's p.Introduction: [导读]随着《福尔摩斯》…创下30亿元的票房……)
    return None if text.rstrip("….")[-_LEAD_MIN:] in "".join(block.itertext()) else previous


def _summary_before(block) -> Any:
    """A block named as the article's summary among the few blocks before its body (an encyclopedia
    entry's `div.lemmaSummary` above its info box and table of contents), or None."""
    for index, previous in enumerate(block.itersiblings(preceding=True)):
        if index == _SUMMARY_REACH:
            break
        if isinstance(previous.tag, str) and _SUMMARY_NAMES.search(previous.get("class") or ""):
            return previous
    return None


_SUMMARY_REACH = 4
_SUMMARY_NAMES = regex_cache.compile(r"(?i)summary|abstract|chapo")
_CITATIONS = regex_cache.compile(r"(?:\s*\[\d+(?:-\d+)?\])+$")      # an encyclopedia's reference marks: 。 [2] [5]
_LEAD_ENDS = frozenset("。！？…”")
_LEAD_MIN = 30          # Chinese characters outside links


def prose_chars(element) -> int:
    """How much article prose an element holds: the Chinese characters outside links of its
    paragraphs (as `main_container` counts them)."""
    return sum(chars for _, chars in _paragraphs(element))


def _paragraphs(root):
    """(block element, count of Chinese prose characters outside links) for each text block."""
    counts: dict[int, int] = defaultdict(int)
    links: dict[int, int] = defaultdict(int)
    marks: dict[int, int] = defaultdict(int)
    blocks: dict[int, object] = {}
    linked: dict[int, bool] = {}

    def count(text: str | None, holder) -> None:
        if not text or text.isascii():          # most text nodes are indentation: no Chinese to count
            return
        cjk = han_count(text)
        if not cjk:
            return
        block, in_link = holder, False
        while block is not None and block.tag not in _TEXT_BLOCKS:
            in_link = in_link or block.tag == "a"
            block = block.getparent()
        if block is None:
            return
        key = id(block)
        if key not in blocks:
            blocks[key] = block
            linked[key] = any(ancestor.tag == "a" for ancestor in block.iterancestors())
        counts[key] += cjk
        marks[key] += len(_PROSE_MARK.findall(text))
        if in_link or linked[key]:
            links[key] += cjk                 # a block inside a link (a teaser card) is link text whole

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
