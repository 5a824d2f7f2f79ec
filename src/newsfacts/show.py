"""Review pages: an article as the extractor saw it, every fact highlighted where it stands.

People check an extraction by looking, not by reading offsets. `render_page` turns a
document (its JSON fields) into one self-contained HTML page: the fields, the title and
the cleaned text with each fact wrapped in a `<mark class="nf" data-type=… data-fact=…>`
at its exact offsets (pieces when spans overlap), the facts that join others with links
to what they join, and what the cleaner removed (`removed_lines`). `render_index` lists a
batch. Every piece of article text is escaped and the page's own style and script carry
a nonce that a Content-Security-Policy requires, so nothing in an article can run.
Styles, script and words live in data files (`show.css`, `show.js`, `show_index.js`,
`show.toml`).
"""
from __future__ import annotations

import difflib
import html
import json
import secrets
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from . import regex_cache
from .tables import data_text, load_toml

Span = tuple[int, int, int, str]          # start, end, fact index, fact type
Segment = tuple[str, bool]                # text, removed by the cleaner
_NEWLINE = regex_cache.compile("\n")
_UNSAFE_NAME = regex_cache.compile(r"[^\w.-]+")
_EDGES = " \t\r\u3000\xa0\u200b\ufeff"
_MAX_DIFF_LINES = 4000                    # past this, lines are matched by value instead of diffed


@cache
def _words() -> dict[str, Any]:
    return load_toml("show.toml")


@cache
def _asset(name: str) -> str:
    return data_text(name)


def escape(text: Any) -> str:
    """Text for HTML, quotes included, so it is safe in an element and in an attribute.

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(str(text), quote=True)


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> block: `<`, `>` and `&` written as escapes."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- highlights -------------------------------------------------------------------------

def highlight_lines(text: str, spans: Iterable[Span]) -> list[str]:
    """The text as HTML, one string per line, each span wrapped in `<mark>` elements.

    Spans that nest become nested elements; a span that overlaps another partially, or
    runs over a line break, is split into pieces that each carry `data-type` and
    `data-fact`. Only a fact's first piece is a tab stop and carries its `id`.

    >>> highlight_lines("到2025年突破5000亿", [(0, 13, 0, "target"), (0, 6, 1, "year"), (8, 13, 2, "money")])[0]
    ... # doctest: +NORMALIZE_WHITESPACE
    '<mark class="nf" data-type="target" data-fact="0" id="f0" tabindex="0"><mark class="nf" data-type="year"
    data-fact="1" id="f1" tabindex="0">到2025年</mark>突破<mark class="nf" data-type="money" data-fact="2"
    id="f2" tabindex="0">5000亿</mark></mark>'
    """
    starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    per_line: list[list[Span]] = [[] for _ in starts]
    for start, end, index, kind in spans:
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, max(start, end - 1)) - 1
        for line in range(max(first, 0), last + 1):
            piece = (max(start, starts[line]), min(end, ends[line]), index, kind)
            if piece[0] < piece[1]:
                per_line[line].append(piece)
    opened: set[int] = set()
    return [_nest(text, starts[i], ends[i], per_line[i], opened) for i in range(len(starts))]


def _nest(text: str, start: int, end: int, pieces: list[Span], opened: set[int]) -> str:
    """One line: walk the span edges, closing the elements that end and reopening (as new
    pieces) those that were open inside them, so the markup always nests."""
    pieces.sort(key=lambda piece: (piece[0], -piece[1], piece[2]))
    points = sorted({piece[0] for piece in pieces} | {piece[1] for piece in pieces} | {end})
    out: list[str] = []
    stack: list[Span] = []
    position, waiting = start, 0
    for point in points:
        out.append(escape(text[position:point]))
        position = point
        lowest = next((k for k, piece in enumerate(stack) if piece[1] == point), None)
        to_open: list[Span] = []
        if lowest is not None:
            out.append("</mark>" * (len(stack) - lowest))
            to_open = [piece for piece in stack[lowest:] if piece[1] != point]
            del stack[lowest:]
        while waiting < len(pieces) and pieces[waiting][0] == point:
            to_open.append(pieces[waiting])
            waiting += 1
        for piece in sorted(to_open, key=lambda piece: (-piece[1], piece[0], piece[2])):
            out.append(_open_mark(piece, opened))
            stack.append(piece)
    return "".join(out)


def _open_mark(piece: Span, opened: set[int]) -> str:
    index, kind = piece[2], piece[3]
    first = index not in opened
    opened.add(index)
    anchor = f' id="f{index}" tabindex="0"' if first else ""
    return f'<mark class="nf" data-type="{escape(kind)}" data-fact="{index}"{anchor}>'


# --- what a fact's details say -------------------------------------------------------------

def _number(value: Any) -> str:
    """`800000000` → `800,000,000`; floats without trailing zeros.

    >>> _number(800000000), _number(2.2073e9), _number(33.33), _number(0.015)
    ('800,000,000', '2,207,300,000', '33.33', '0.015')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return str(value)


def _measure(value: Any, fact: dict[str, Any]) -> str:
    """A number with what it counts in: `800,000,000 yuan (CNY)`, `40,000,000 m2 (square metres)`."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return _plain(value)
    words = _words()
    currency = fact.get("currency")
    if currency:
        return f"{_number(value)} {words['currency_names'].get(currency, currency)} ({currency})"
    unit = fact.get("unit")
    if fact.get("type") != "money" and unit in words["unit_names"]:
        return f"{_number(value)} {unit} ({words['unit_names'][unit]})"
    return _number(value)


def _plain(value: Any) -> str:
    """A field that is no measure (a year, a code, a flag) as it reads, without separators."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def fact_rows(fact: dict[str, Any]) -> list[list[str]]:
    """The label and reading of each of a fact's fields, for its hover card, in the order of
    show.toml's labels; any field, new ones included, is listed (after the known ones; the
    span, sentence and joined facts are shown elsewhere).

    >>> fact_rows({"type": "money", "text": "8亿元", "value": 800000000, "currency": "CNY", "unit": "亿元",
    ...            "qualifier": "min", "where": "body", "start": 3, "end": 7})
    ... # doctest: +NORMALIZE_WHITESPACE
    [['value', '800,000,000 yuan (CNY)'], ['unit as written', '亿元'], ['currency', 'CNY'],
     ['qualifier', 'min (at least)'], ['where', 'body 3–7']]
    """
    words = _words()
    hidden, labels = set(words["hidden_fields"]), words["labels"]
    order = {key: rank for rank, key in enumerate(labels)}
    rows = []
    for key, value in sorted(fact.items(), key=lambda item: order.get(item[0], len(order))):
        if key in hidden or value is None or value == [] or value == "":
            continue
        if key in ("value", "low", "high"):
            reading = _measure(value, fact)
            if fact.get("type") == "date" and isinstance(value, str):
                reading += " (ISO 8601)"
        elif key == "qualifier":
            meaning = words["qualifiers"].get(value)
            reading = f"{value} ({meaning})" if meaning else _plain(value)
        else:
            reading = _plain(value)
        rows.append([labels.get(key, key), reading])
    rows.append(["where", f"{fact.get('where', 'body')} {fact.get('start')}–{fact.get('end')}"])
    return rows


# --- what the cleaner removed ---------------------------------------------------------------

def removed_lines(raw_text: str, kept_text: str) -> list[list[Segment]]:
    """The lines of the article before cleaning that the cleaned text lacks, in whole or in part.

    The article is rendered again without the cleaner's boilerplate rules (every block of
    the page, or every line of a text) and compared with what was kept, so `extract` pays
    nothing for this. Each line is a list of (text, removed) segments.

    >>> removed_lines("新闻的标题\\n责任编辑：吴剑\\n正文一句。", "正文一句。")
    [[('责任编辑：吴剑', True)]]
    """
    kept = [line for line in kept_text.split("\n") if line.strip()]
    before = _source_lines(raw_text)
    if len(before) > _MAX_DIFF_LINES:
        known = {_squash(line) for line in kept}
        return [[(line, True)] for line in before if _squash(line) not in known]
    matcher = difflib.SequenceMatcher(None, [_squash(x) for x in before], [_squash(x) for x in kept], autojunk=False)
    out: list[list[Segment]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            out.extend(_cut_parts(before[i1:i2], kept[j1:j2]))
    return out


def _squash(line: str) -> str:
    return "".join(line.split())


def _source_lines(raw_text: str) -> list[str]:
    """The article's non-empty lines before boilerplate rules, spaces collapsed: every block
    of the whole page when it is HTML (the title line dropped, as the page shows the title apart)."""
    from .cleaning import parse_html
    from .reading import parse_article

    raw = parse_article(raw_text)
    if not raw.body_is_html:
        lines = raw.body.split("\n")
    else:
        tree, _ = parse_html(raw.body)
        body = tree.find("body")
        lines = _block_lines(body if body is not None else tree)
    title = _squash(raw.title or "")
    out = []
    for line in lines:
        words = line.split()
        if words and "".join(words) != title:
            text = " ".join(words).strip(_EDGES)
            if text:
                out.append(text)
    return out


def _block_lines(root) -> list[str]:
    """A page's text, a line per block as the cleaner breaks them (cells joined by a tab): line
    breaks are put into the tree and libxml2 writes the text, many times faster than walking it."""
    from .cleaning import _BLOCK_TAGS, CELL_SEPARATOR

    for element in root.iter(*_BLOCK_TAGS, "br", "td", "th"):
        if element.tag in ("td", "th"):
            element.tail = CELL_SEPARATOR + (element.tail or "")
            continue
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return etree.tostring(root, method="text", encoding="unicode").split("\n")


def _cut_parts(before: Sequence[str], kept: Sequence[str]) -> list[list[Segment]]:
    """Lines of `before` that were shortened into `kept` (a byline cut from a paragraph's
    start) show what went; the others went whole."""
    out: list[list[Segment]] = []
    rest = " ".join(kept)
    matcher = difflib.SequenceMatcher(None, "", rest, autojunk=False)    # indexes `rest` once
    for line in before:
        if rest and len(line) < 2000:
            matcher.set_seq1(line)
            same = sum(block.size for block in matcher.get_matching_blocks())
            if same >= 4 and same >= len(_squash(line)) // 3:
                out.append(_segments(line, matcher))
                continue
        out.append([(line, True)])
    return out


def _segments(line: str, matcher: difflib.SequenceMatcher) -> list[Segment]:
    segments: list[Segment] = []
    position = 0
    for block in matcher.get_matching_blocks():
        if block.a > position:
            segments.append((line[position:block.a], True))
        if block.size:
            segments.append((line[block.a:block.a + block.size], False))
        position = block.a + block.size
    if position < len(line):
        segments.append((line[position:], True))
    return [segment for segment in segments if segment[0]]


# --- the article page -----------------------------------------------------------------------

def _type_order(types: Iterable[str]) -> list[str]:
    known = list(_words()["types"])
    present = set(types)
    return [t for t in known if t in present] + sorted(present - set(known))


def _head(title: str, nonce: str, style: str) -> str:
    policy = (f"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
              "img-src 'none'; base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            f"<title>{escape(title)}</title>\n<style nonce=\"{nonce}\">\n{style}</style>\n</head>\n")


def _field_value(name: str, value: Any) -> str:
    if name == "url" and isinstance(value, str) and urlsplit(value).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(value)}" rel="noopener noreferrer nofollow">{escape(value)}</a>'
    if isinstance(value, list):
        return escape(", ".join(_plain(item) for item in value))
    return escape(_plain(value))


def _meta(doc: dict[str, Any]) -> str:
    """Every document field that is not shown elsewhere on the page, new ones included."""
    labels = _words()["labels"]
    skip = {"title", "text", "facts", "stocks", "error"}
    rows = [f"<dt>{escape(labels.get(name, name))}</dt><dd>{_field_value(name, value)}</dd>"
            for name, value in doc.items() if name not in skip and value not in (None, "", [], {})]
    return "<dl class=\"meta\">\n" + "\n".join(rows) + "\n</dl>\n" if rows else ""


def _stocks(stocks: list[dict[str, Any]]) -> str:
    if not stocks:
        return ""
    labels = _words()["labels"]
    columns = list(dict.fromkeys(key for stock in stocks for key in stock))
    head = "".join(f"<th scope=\"col\">{escape(labels.get(c, c.replace('_', ' ')))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(_plain(stock.get(c, '')))}</td>" for c in columns) + "</tr>\n"
                   for stock in stocks)
    return (f"<h2 id=\"stocks\">Stock links ({len(stocks)})</h2>\n"
            f"<table class=\"stocks\">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n")


def _legend(counts: Counter) -> str:
    if not counts:
        return "<p class=\"legend\">No facts found.</p>\n"
    meanings = _words()["types"]
    items = []
    for kind in _type_order(counts):
        items.append(f"<label><input type=\"checkbox\" checked data-filter=\"{escape(kind)}\"> "
                     f"<span class=\"swatch\" data-type=\"{escape(kind)}\">{escape(kind)}</span> "
                     f"{escape(meanings.get(kind, ''))} <span class=\"count\">({counts[kind]})</span></label>")
    return ("<fieldset class=\"legend\" aria-label=\"Fact types: uncheck one to hide its highlights\">\n"
            + "\n".join(items) + "\n</fieldset>\n")


def _spans(facts: list[dict[str, Any]], where: str) -> list[Span]:
    return [(f["start"], f["end"], i, f["type"]) for i, f in enumerate(facts)
            if f.get("where", "body") == where and isinstance(f.get("start"), int) and isinstance(f.get("end"), int)]


def _fact_link(facts: list[dict[str, Any]], index: int) -> str:
    fact = facts[index] if 0 <= index < len(facts) else {"type": "?", "text": f"fact {index}"}
    return (f"<a href=\"#f{index}\" data-goto=\"{index}\"><span class=\"swatch\" data-type=\"{escape(fact['type'])}\">"
            f"{escape(fact['type'])}</span> {escape(fact['text'])}</a>")


def _joins(facts: list[dict[str, Any]]) -> str:
    """Targets, investments and any other fact that joins facts, each linking to them."""
    joining = [i for i, fact in enumerate(facts) if fact.get("facts")]
    if not joining:
        return ""
    items = []
    for i in joining:
        fields = "; ".join(f"{label}: {reading}" for label, reading in fact_rows(facts[i])[:-1])
        joined = "".join(f"<li>{_fact_link(facts, j)}</li>" for j in facts[i]["facts"] if isinstance(j, int))
        items.append(f"<li>{_fact_link(facts, i)}<div class=\"fields\">{escape(fields)}</div>"
                     f"<ul aria-label=\"joins\">{joined}</ul></li>")
    return (f"<h2 id=\"joins\">Targets and investments ({len(joining)})</h2>\n"
            "<ol class=\"links\">\n" + "\n".join(items) + "\n</ol>\n")


def _removed(lines: list[list[Segment]] | None) -> str:
    if lines is None:
        return ""
    items = []
    for segments in lines:
        parts = "".join(f"<del>{escape(text)}</del>" if cut else f"<span class=\"kept\">{escape(text)}</span>"
                        for text, cut in segments)
        items.append(f"<li>{parts}</li>")
    body = "<ol>\n" + "\n".join(items) + "\n</ol>" if items else "<p>Nothing.</p>"
    return (f"<details class=\"removed\" id=\"removed\">\n<summary>Removed by the cleaner ({len(lines)} lines): "
            f"show</summary>\n{body}\n</details>\n")


def render_page(doc: dict[str, Any], removed: list[list[Segment]] | None = None, *, nonce: str | None = None) -> str:
    """One article's review page, self-contained (no network): its fields, the title and text
    with every fact highlighted, the type legend with filters, the facts that join others,
    its stock links and what the cleaner removed. `doc` is `Document.to_dict()`."""
    nonce = nonce or secrets.token_urlsafe(18)
    facts = doc.get("facts") or []
    title = doc.get("title") or doc.get("source") or "article"
    heading = (highlight_lines(doc["title"], _spans(facts, "title"))[0] if doc.get("title")
               else escape(title))
    paragraphs = highlight_lines(doc.get("text") or "", _spans(facts, "body"))
    cards = {"facts": [{"type": f.get("type"), "text": f.get("text"), "rows": fact_rows(f)} for f in facts]}
    return "".join((
        _head(title, nonce, _asset("show.css")),
        "<body>\n<a class=\"skip\" href=\"#text\">Skip to the text</a>\n",
        f"<header>\n<h1>{heading}</h1>\n{_meta(doc)}</header>\n<main>\n",
        _stocks(doc.get("stocks") or []),
        _legend(Counter(f.get("type") for f in facts)),
        "<div class=\"text\" id=\"text\">\n",
        "".join(f"<p>{line}</p>\n" for line in paragraphs if line),
        "</div>\n",
        _joins(facts),
        _removed(removed),
        "</main>\n<div id=\"nf-tip\" role=\"tooltip\" hidden></div>\n",
        f"<script type=\"application/json\" id=\"nf-data\">{_json_for_script(cards)}</script>\n",
        f"<script nonce=\"{nonce}\">\n{_asset('show.js')}</script>\n</body>\n</html>\n",
    ))


# --- the index of a batch -------------------------------------------------------------------

def page_name(source: str, taken: set[str]) -> str:
    """A file name for a source's page, unique among `taken` (which it joins), never index.html.

    >>> taken = set(); page_name("a/000_f06b.txt", taken), page_name("b/000_f06b.txt", taken), page_name("-", taken)
    ('000_f06b.html', '000_f06b-2.html', 'stdin.html')
    """
    base = source.replace("\\", "/").rsplit("/", 1)[-1]
    stem = "stdin" if source == "-" else (base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base)
    stem = _UNSAFE_NAME.sub("_", stem).strip("._")[:80] or "article"
    name, number = f"{stem}.html", 1
    while name.lower() in taken or name.lower() == "index.html":
        number += 1
        name = f"{stem}-{number}.html"
    taken.add(name.lower())
    return name


def render_index(rows: list[dict[str, Any]], *, nonce: str | None = None) -> str:
    """The index of a batch: one sortable row per document (title linking to its page, source,
    kind, published, facts per type, time), bad files with their error."""
    nonce = nonce or secrets.token_urlsafe(18)
    types = _type_order({kind for row in rows for kind in row.get("counts", {})})
    failed = sum(1 for row in rows if row.get("error"))
    total = sum(sum(row.get("counts", {}).values()) for row in rows)
    columns = ["#", "title", "source", "kind", "published"] + types + ["facts", "ms", "error"]
    numeric = set(types) | {"#", "facts", "ms"}
    head = "".join(f"<th scope=\"col\" class=\"{'num' if c in numeric else 'text'}\"><button type=\"button\">"
                   f"{escape(c)}</button></th>" for c in columns)
    body = "".join(_index_row(number, row, types) for number, row in enumerate(rows, 1))
    summary = f"{len(rows)} documents, {failed} failed, {total} facts."
    return "".join((
        _head("newsfacts: review pages", nonce, _asset("show.css")),
        "<body class=\"index\">\n<main>\n<h1>newsfacts: review pages</h1>\n",
        f"<p>{escape(summary)} Press a column's header to sort by it.</p>\n",
        f"<table id=\"documents\">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n",
        f"</main>\n<script nonce=\"{nonce}\">\n{_asset('show_index.js')}</script>\n</body>\n</html>\n",
    ))


def _index_row(number: int, row: dict[str, Any], types: list[str]) -> str:
    counts = row.get("counts", {})
    title = escape(row.get("title") or row.get("source") or "")
    if row.get("page"):
        title = f"<a href=\"{escape(row['page'])}\">{title}</a>"
    cells = [f"<td class=\"num\">{number}</td>", f"<td class=\"title\">{title}</td>",
             f"<td>{escape(row.get('source') or '')}</td>",
             f"<td>{escape(row.get('kind') or '')}</td>", f"<td>{escape(row.get('published') or '')}</td>"]
    cells += [f"<td class=\"num{'' if counts.get(kind) else ' zero'}\">{counts.get(kind, 0)}</td>" for kind in types]
    cells.append(f"<td class=\"num\">{sum(counts.values())}</td>")
    cells.append(f"<td class=\"num\">{row.get('seconds', 0) * 1000:.1f}</td>")
    cells.append(f"<td>{escape(row.get('error') or '')}</td>")
    marker = " class=\"failed\"" if row.get("error") else ""
    return f"<tr{marker}>" + "".join(cells) + "</tr>\n"
