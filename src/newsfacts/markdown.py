"""Markdown → HTML, so that a Markdown body is read by the same cleaner as an HTML one.

Hexo and Jekyll render a post's body as Markdown, raw HTML included (`刺猬偷腥<br>` under a
Markdown text); read as HTML alone, its paragraphs ran into one line and its images stayed as
`![image.png](…)`. This is the subset of CommonMark that news posts use: ATX headings, paragraphs
(each source line stays a line: a Chinese text's line break is a paragraph's; a body wrapped at one
width has its lines joined by `reading` first), block quotes,
lists, pipe tables, fenced code, thematic breaks, raw HTML blocks passed through; inline: images
(an `<img>`, its alt text no body text), links (their text; the href kept, so quote links are
still read), emphasis, code spans, backslash escapes, reference definitions and a blog engine's template
tags alone on a line (Hugo shortcodes, Liquid tags) (both dropped).
"""
from __future__ import annotations

import html
import re

from . import regex_cache

_HEADING = regex_cache.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_HEADING_TEXT = regex_cache.compile(r"^ {0,3}#{1,6}[ \t]+\S")
_FENCE = regex_cache.compile(r"^ {0,3}(`{3,}|~{3,})")
_BREAK = regex_cache.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_RULE = regex_cache.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_QUOTE = regex_cache.compile(r"^(?: {0,3}>[ \t]?)+")
_BULLET = regex_cache.compile(r"^ {0,3}[-*+][ \t]+(?=\S)")
_ORDERED = regex_cache.compile(r"^ {0,3}\d{1,9}[.)][ \t]+(?=\S)")
_HTML_LINE = regex_cache.compile(r"^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|/[A-Za-z]|!--)")
# a blog engine's template tag alone on its line: Hugo's shortcodes ({{< video src="…" >}}, {{% note %}}) and
# Liquid's tags ({% include … %}) render an embed or nothing, never article text
_TEMPLATE_TAG = regex_cache.compile(r"^ {0,3}(?:\{\{[<%].*[>%]\}\}|\{%.*%\})[ \t]*$")
_DEFINITION = regex_cache.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$")

# a link's destination: <…> or a run without spaces whose parentheses balance one level deep (a run stops at
# the next `(`, so no two searches scan the same characters; a data: URL may be long); then a title
_DESTINATION = r"\(\s*(?:<[^<>\n]{0,2000}>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?\s*\)"
_LABEL = r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,300}\]){0,1000})\]"
_IMAGE = regex_cache.compile(rf"!{_LABEL}(?:{_DESTINATION}|\[[^\[\]\n]*\])")
_LINK = regex_cache.compile(rf"{_LABEL}(?P<dest>{_DESTINATION}|\[[^\[\]\n]*\])")
_CODE_SPAN = regex_cache.compile(r"(`{1,16})(.{1,1000}?)(?<!`)\1(?!`)", re.DOTALL)
_STRONG_EMPHASIS = regex_cache.compile(r"(\*\*\*|___)(?=\S)(.{1,1000}?)(?<=\S)\1", re.DOTALL)
_STRONG = regex_cache.compile(r"(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1", re.DOTALL)
# a single * or _ emphasis: not between Latin letters or digits (3*4*5, snake_case stay as they are). Spans,
# labels and destinations have a longest length: unbounded, a text of unclosed marks (`x _a1 _a1 …`) takes
# quadratic time; a quote's marks all go at once (`> > >` nests no deeper than one level: no recursion to exhaust)
_EMPHASIS = regex_cache.compile(r"(?<![A-Za-z0-9*_\\])([*_])(?=[^\s*_])([^\n]{1,300}?)(?<=[^\s*_])\1(?![A-Za-z0-9*_])")
_ESCAPE = regex_cache.compile(r"\\([!-/:-@\[-`{-~])")
_BARE_LT = regex_cache.compile(r"<(?![A-Za-z/!?])")
_BARE_AMP = regex_cache.compile(r"&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_SIGNS = ("](", "![", "**", "__", "```", "~~~", "|", "#", "> ", "`", "*", "_", "\\")


def looks_like_markdown(body: str) -> bool:
    """Whether a body is written in Markdown: an image or a link, a heading, a table, a fence or
    strong emphasis (a plain text without them keeps its own reading, `_markdown_line` in cleaning)."""
    if "](" in body and (_IMAGE.search(body) or _LINK.search(body)):
        return True
    if ("**" in body or "__" in body) and _STRONG.search(body):
        return True
    return _BLOCK_MARK.search("\n" + body) is not None


# a line only Markdown writes: a heading, a fence, a table's rule row (one search over the body; led by
# the line end, a literal, so that the search skips ahead instead of trying every position as `^` does;
# the indent's spaces are taken once, possessively: no mark opens with a space, so giving some back never
# finds one, and an HTML body's lines indented by a dozen spaces were each tried some fifty ways)
_BLOCK_MARK = regex_cache.compile(r"\n {0,3}+(?:#{1,6}[ \t]+\S|`{3}|~{3}|\|?[ \t]*+:?-+:?[ \t]*\|[-:| \t]*(?:\n|$))")


def to_html(body: str) -> str:
    """The HTML a Markdown renderer makes of `body` (the subset above)."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_Blocks(body.split("\n")).html())


class _Blocks:
    """A walk over a body's lines, one block at a time."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.at = 0
        self.out: list[str] = []

    def html(self) -> list[str]:
        while self.at < len(self.lines):
            self._block(self.lines[self.at])
        return self.out

    def _block(self, line: str) -> None:
        fence = _FENCE.match(line)
        if not line.strip() or _DEFINITION.match(line) or _TEMPLATE_TAG.match(line):
            self.at += 1
        elif fence:
            self._fenced(fence.group(1))
        elif _HTML_LINE.match(line):
            self._raw_html()
        elif self._one_line(line):
            self.at += 1
        elif _QUOTE.match(line):
            self._quote()
        elif "|" in line and self._rule_follows():
            self._table()
        elif _BULLET.match(line) or _ORDERED.match(line):
            self._list()
        else:
            self._paragraph()

    def _one_line(self, line: str) -> bool:
        """A heading or a thematic break, written out; False for any other line."""
        heading = _HEADING.match(line)
        if heading:
            level, text = len(heading.group(1)), heading.group(2)
            self.out.append(f"<h{level}>{inline(text or '')}</h{level}>")
        elif _BREAK.match(line):
            self.out.append("<hr>")
        return bool(heading) or bool(_BREAK.match(line))

    def _rule_follows(self) -> bool:
        """Whether the next line is a table's rule row (`|---|:---:|`)."""
        following = self.lines[self.at + 1] if self.at + 1 < len(self.lines) else ""
        return "-" in following and bool(_TABLE_RULE.match(following))

    def _quote(self) -> None:
        quoted = self._run(lambda text: bool(_QUOTE.match(text)))
        self.out.append("<blockquote>" + to_html("\n".join(_QUOTE.sub("", q, count=1) for q in quoted))
                        + "</blockquote>")

    def _run(self, belongs) -> list[str]:
        """The lines from here on that `belongs` accepts (at least the first)."""
        start = self.at
        self.at += 1
        while self.at < len(self.lines) and belongs(self.lines[self.at]):
            self.at += 1
        return self.lines[start:self.at]

    def _fenced(self, fence: str) -> None:
        start = self.at + 1
        end = next((i for i in range(start, len(self.lines)) if self.lines[i].strip().startswith(fence)),
                   len(self.lines))
        self.out.append("<pre>" + html.escape("\n".join(self.lines[start:end]), quote=False) + "</pre>")
        self.at = end + 1

    def _raw_html(self) -> None:
        """Raw HTML: passed on as written, up to a blank line (CommonMark's HTML block)."""
        self.out.extend(self._run(lambda text: bool(text.strip())))

    def _table(self) -> None:
        header = self.lines[self.at]
        self.at += 1                                                 # (the rule row: no text)
        rows = [header] + self._run(lambda text: "|" in text and bool(text.strip()))[1:]
        self.out.append("<table>" + "".join(
            "<tr>" + "".join(f"<td>{inline(cell.strip())}</td>" for cell in _cells(row)) + "</tr>"
            for row in rows) + "</table>")

    def _list(self) -> None:
        items: list[list[str]] = []
        while self.at < len(self.lines):
            line = self.lines[self.at]
            if _BULLET.match(line):
                items.append([_BULLET.sub("", line, count=1)])
            elif _ORDERED.match(line):
                items.append([line.strip()])            # the number is the text's (1. 2. …), as a reader sees it
            elif line.strip() and not _starts_block(line) and items:
                items[-1].append(line.strip())          # a continuation line
            else:
                break
            self.at += 1
        self.out.append("<ul>" + "".join(f"<li>{_lines(item)}</li>" for item in items) + "</ul>")

    def _paragraph(self) -> None:
        text = self._run(lambda line: bool(line.strip()) and not _starts_block(line))
        self.out.append(f"<p>{_lines(text)}</p>")


def _starts_block(line: str) -> bool:
    """A line that ends the paragraph above it (no blank line needed)."""
    return bool(_HEADING.match(line) or _FENCE.match(line) or _BREAK.match(line) or _QUOTE.match(line)
                or _HTML_LINE.match(line) or _BULLET.match(line) or _ORDERED.match(line))


def _lines(lines: list[str]) -> str:
    """A paragraph's lines, each kept a line (`<br>`), emphasis read across them."""
    return inline("\n".join(line.strip() for line in lines)).replace("\n", "<br>\n")


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return re.split(r"(?<!\\)\|", row)


def inline(text: str) -> str:
    """One block's text as HTML: code spans, images, links, emphasis, escapes; a `<` that opens
    no tag and an `&` that opens no entity are text."""
    if not any(sign in text for sign in _SIGNS) and "<" not in text and "&" not in text:
        return text
    codes: list[str] = []          # code spans and escaped marks, set aside until the emphasis is read

    def kept(piece: str) -> str:
        codes.append(piece)
        return f"\x00{len(codes) - 1}\x00"

    def keep_code(match: re.Match) -> str:
        return kept("<code>" + html.escape(match.group(2).strip(), quote=False) + "</code>")

    if "`" in text:
        text = _CODE_SPAN.sub(keep_code, text)
    text = _BARE_AMP.sub("&amp;", _BARE_LT.sub("&lt;", text))
    if "](" in text or "][" in text:
        text = _IMAGE.sub(lambda m: f'<img src="{_href(m.group(0))}" alt="">', text)
        text = _LINK.sub(lambda m: f'<a href="{_href(m.group("dest"))}">{m.group(1)}</a>', text)
    if "\\" in text:           # an escaped mark is text: no emphasis opens or closes at it (***\*营收突破百亿大关\****)
        text = _ESCAPE.sub(lambda m: kept(html.escape(m.group(1))), text)
    if "*" in text or "_" in text:
        text = _STRONG_EMPHASIS.sub(r"<em><strong>\2</strong></em>", text)
        text = _STRONG.sub(r"<strong>\2</strong>", text)
        text = _EMPHASIS.sub(r"<em>\2</em>", text)
    if codes:
        text = re.sub("\x00(\\d+)\x00", lambda m: codes[int(m.group(1))], text)
    return text


def _href(destination: str) -> str:
    """The URL inside a link's destination `(url "title")` (empty for a reference `[ref]`)."""
    found = re.search(r"\(\s*<?([^<>\s]*)", destination)
    return html.escape(found.group(1)) if found else ""
