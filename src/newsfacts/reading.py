"""Reading: bytes on disk → a decoded, kind-detected article (SPEC §1).

Nothing here knows about facts: `read_bytes` and `decode` turn a file into text,
`parse_article` into a `RawArticle` whose `body` is still HTML or plain text;
cleaning happens in `cleaning.py`.
"""
from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from . import front_matter, limits, regex_cache
from .errors import InputError
from .tables import load_rules

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
CHINA_TZ = timezone(timedelta(hours=8))

_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_FRONT_MATTER = regex_cache.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Hugo's TOML front matter between `+++` lines (`title = '…'`, `date = 2025-03-23T08:53:28+08:00`)
_TOML_FRONT_MATTER = regex_cache.compile(r"\A\s*\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_RECORD_HEADER = regex_cache.compile(r"^(Title|Link|Source|Published|Summary|Full Content)\s*:\s?(.*)$")
# [^<>]*: a tag ends before the next `<`, so a body full of `<p` without `>` is scanned once, not once per `<p`
_HTML_TAG = regex_cache.compile(r"<(?:html|body|head|p|div|table|article|section|br|span|font|h[1-6])\b[^<>]*>", re.IGNORECASE)


@dataclass
class RawArticle:
    """A decoded article before cleaning. `body_is_html` tells the cleaner what `body` holds."""

    kind: str
    body: str
    body_is_html: bool
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)


def read_bytes(path: str, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The file's bytes, or InputError for what makes it unreadable (missing, folder, not a regular
    file: a FIFO, socket or device would block or never end; too big)."""
    try:
        mode = os.stat(path).st_mode        # one call for the usual case; the reasons are sorted out on failure
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(_broken_link(path) if os.path.islink(path) else "no such file") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(_broken_link(path)) from None
        raise InputError(f"cannot read: {err.strerror or err}") from None
    if stat.S_ISDIR(mode):
        raise InputError("is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise InputError(f"not a regular file ({_file_kind(mode)})")
    try:
        # O_NONBLOCK: a FIFO put in the file's place since opens at once instead of waiting for a writer; only regular files are read
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise InputError(f"not a regular file ({_file_kind(status.st_mode)})")
        if status.st_size > max_size:
            raise InputError(f"file is {status.st_size:,} bytes, over the size limit of {max_size:,} (see --max-size)")
        try:
            # as many bytes as the file holds, and one more: read(max_size + 1) allocated the whole
            # limit (tens of megabytes) for every file; a file that grew since is read on to the limit
            # (read from the descriptor: a buffered file object asked the terminal and the offset first)
            data = _read_up_to(descriptor, status.st_size + 1)
            if len(data) > status.st_size:
                data += _read_up_to(descriptor, max_size + 1 - len(data))
            return data
        except OSError as err:
            raise InputError(f"cannot read: {err.strerror or err}") from None
    finally:
        os.close(descriptor)


def _read_up_to(descriptor: int, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the file's end (as a buffered file's read(size))."""
    chunks, left = [], size
    while left > 0:
        chunk = os.read(descriptor, left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _broken_link(path: str) -> str:
    """Why a symbolic link leads nowhere: a loop (a → b → a) or a missing target."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop (too many levels of symbolic links)"
    return "dangling symbolic link"


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def decode(data: bytes) -> str:
    """Bytes → text by SPEC §1: BOM, then strict UTF-8, then the declared charset, then GB18030
    or Big5, whichever reads as Chinese text (an error when neither does).

    >>> decode("增长".encode("gb18030"))
    '增长'
    >>> decode(codecs.BOM_UTF8 + "元".encode())
    '元'
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_text(data)
    if declared is not None:
        return declared
    # no usable declaration: GB18030 decodes almost any bytes, so Big5 is told from it by what
    # the decoded text looks like (`_plausibility`), and text that is neither is an error
    scored = [(_plausibility(text), text) for text in (_try_decode(data, e) for e in ("gb18030", "big5")) if text]
    if scored:
        score, text = max(scored, key=lambda pair: pair[0])
        if score >= _PLAUSIBLE and not _looks_binary(text):
            return text
    raise InputError("undecodable bytes: neither UTF-8 nor GB18030 nor Big5 gives Chinese text, and no charset is declared")


_GB_NAMES = frozenset(("gb2312", "gbk", "gb18030", "x-gbk"))
_PLAUSIBLE = 0.8


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        codecs.lookup(encoding)
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _declared_text(data: bytes) -> str | None:
    """The text in the charset the bytes declare (`<meta charset=…>`), when it decodes and reads as text."""
    declared = _DECLARED_CHARSET.search(data[:8192])
    if not declared:
        return None
    name = declared.group(1).decode("ascii").lower()
    text = _try_decode(data, "gb18030" if name in _GB_NAMES else name)
    if text is None or _looks_binary(text) or _plausibility(text) < _PLAUSIBLE:
        return None
    return text


def _plausibility(text: str) -> float:
    """The share of the non-ASCII characters of (a sample of) `text` that Chinese text is made of:
    common characters (GB2312 level 1 or Big5 level 1) and CJK or general punctuation. Big5 bytes
    read as GB18030 give kana, Greek, private-use and rare characters; GB bytes read as Big5 give
    rare characters (Big5 level 2) for every GB character past level 1's first half.

    >>> round(_plausibility("从行业看，服务业实际使用外资金额3819亿元人民币"), 2)
    1.0
    >>> _plausibility("從行業看，服務業實際使用外資金額".encode("big5").decode("gb18030")) < 0.8
    True
    """
    sample = [ch for ch in text[:20000] if ord(ch) > 0x7F][:3000]
    if not sample:
        return 1.0
    return sum(map(_common, sample)) / len(sample)


def _common(ch: str) -> bool:
    code = ord(ch)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F or code in (0xA0, 0xB7):
        return True
    if not 0x4E00 <= code <= 0x9FFF:
        return False
    for encoding, low, high in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            if low <= ch.encode(encoding)[0] <= high:
                return True
        except UnicodeEncodeError:
            pass
    return False


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"undecodable bytes for {encoding} at byte {err.start}") from None
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters)")
    return text


_CONTROL = regex_cache.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 50)


def parse_article(text: str) -> RawArticle:
    """Detect the kind by content (post, record, html, text) and take its fields."""
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters)")
    if _looks_binary(text):
        raise InputError("binary file (control characters)")
    if not text.strip():
        raise InputError("empty file")
    text = text.lstrip("\ufeff")
    if _FRONT_MATTER.match(text):
        return _parse_post(text)
    if text[:_HEAD].lstrip().startswith("+++") and (toml := _TOML_FRONT_MATTER.match(text)):
        return _parse_toml_post(toml.group(1), text[toml.end():])
    first = _first_line(text)
    if _RECORD_HEADER.match(first.strip()):
        return _parse_record(text)
    if _JSON_OPENING.match(text) and (item := _parse_json(text)) is not None:
        return item
    if _HTML_TAG.search(text[:200_000]) and not _MARKDOWN_HEADING.match(first):
        return RawArticle(kind="html", body=text, body_is_html=True)
    return _parse_text(text)


def _first_line(text: str) -> str:
    """The text's first line that is not blank, or "". Read from the text's head when it holds one
    (every line of `head.splitlines()` but its last is a whole line of the text): splitting a page of
    100K characters into lines to read one was most of `parse_article`."""
    head = text[:_HEAD]
    for line in head.splitlines()[:-1]:
        if line.strip():
            return line
    return next((line for line in text.splitlines() if line.strip()), "")


_HEAD = 4096


def _parse_post(text: str) -> RawArticle:
    """Front matter split by python-frontmatter's YAML handler, read with libyaml when present."""
    from frontmatter.default_handlers import YAMLHandler

    try:
        block, body = YAMLHandler().split(text.lstrip())
    except ValueError:
        raise InputError("broken front matter: no closing ---") from None
    meta = _load_front_matter(block)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(f"front matter is not a mapping of fields (it is a YAML {type(meta).__name__})")
    return _post(meta, body)


def _parse_toml_post(block: str, body: str) -> RawArticle:
    """A text whose front matter is TOML between `+++` lines (Hugo's: `title = '…'`, `date = 2025-03-23T08:53:28+08:00`):
    SPEC's post has YAML's, so it is a text, its fields read as a post's are (the block is no article text)."""
    import tomllib

    if len(block) > limits.MAX_FRONT_MATTER_CHARS:
        raise InputError(f"front matter of {len(block):,} characters, over the limit of "
                         f"{limits.MAX_FRONT_MATTER_CHARS:,}")
    try:
        meta = tomllib.loads(block.replace("\r\n", "\n"))
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as err:
        raise InputError(f"broken TOML front matter: {err}") from None
    return _post(meta, body.lstrip("\r\n"), kind="text")      # (SPEC's post is YAML's: this one is a text)


def _post(meta: dict, body: str, kind: str = "post") -> RawArticle:
    """A post's fields from its front matter's mapping, and its body."""
    is_html = bool(_HTML_TAG.search(body))
    return RawArticle(
        kind=kind,
        body=body if is_html else _hard_wraps_joined(body),      # HTML's line breaks are spaces already
        body_is_html=is_html,
        title=_as_text(meta.get("title")),
        url=_as_text(meta.get("link") or meta.get("url") or meta.get("permalink")),
        published=parse_published(meta.get("date") or meta.get("published")),
        author=_as_text(meta.get("author")),
        categories=_as_list(meta.get("categories") or meta.get("category") or meta.get("tags")),
    )


def _load_front_matter(block: str) -> Any:
    """The front matter's YAML as Python values, within the limits of `limits.py`; InputError otherwise.

    Aliases are refused and nesting is bounded before anything is built (a few hundred bytes of
    aliases can expand to gigabytes); a date that does not exist (`2022-02-30`) is a broken field."""
    import yaml

    if len(block) > limits.MAX_FRONT_MATTER_CHARS:
        raise InputError(f"front matter of {len(block):,} characters, over the limit of "
                         f"{limits.MAX_FRONT_MATTER_CHARS:,}")
    loader = _front_matter_loader()
    fields = front_matter.plain_fields(block, loader)
    if fields is not None:
        return fields                     # (a plain block: the values YAML reads, without its constructor)
    try:
        if not _plainly_safe(block):
            _check_yaml_events(yaml, yaml.parse(block, Loader=loader))
        return yaml.load(block, Loader=loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(f"broken YAML front matter{where}: {getattr(err, 'problem', None) or err}") from None
    except (ValueError, OverflowError, TypeError) as err:     # PyYAML builds dates with datetime()
        raise InputError(f"broken YAML front matter: {type(err).__name__}: {err}") from None


@lru_cache(maxsize=1)
def _front_matter_loader():
    """PyYAML's safe loader (libyaml's when present), reading a number of more digits than
    `limits.MAX_DIGITS` as the text it is (a 5,000-digit title is a title, not an int too long
    for Python to print)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class FrontMatterLoader(base):
        pass

    def long_number_as_text(loader, node):
        if len(node.value) > limits.MAX_DIGITS:
            return loader.construct_scalar(node)
        return loader.construct_yaml_int(node) if node.tag.endswith(":int") else loader.construct_yaml_float(node)

    for kind in ("int", "float"):
        FrontMatterLoader.add_constructor(f"tag:yaml.org,2002:{kind}", long_number_as_text)
    return FrontMatterLoader


def _plainly_safe(block: str) -> bool:
    """Can the YAML hold no alias and no nesting past the limit, by what it is written with? Each level
    of nesting opens with a line, a flow bracket, a `- ` entry or a `? ` key, and an alias needs `*`:
    a usual front matter of a dozen lines is safe so, and the check of its events is skipped."""
    if "*" in block:
        return False
    openers = sum(map(block.count, ("\n", "[", "{", "- ", "-\t", "? ", "?\t"))) + block.endswith(("-", "?"))
    return openers < limits.MAX_YAML_DEPTH


def _check_yaml_events(yaml, events) -> None:
    depth = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise InputError("YAML front matter uses an alias (*name); aliases are not read")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.MAX_YAML_DEPTH:
                raise InputError(f"YAML front matter nests deeper than {limits.MAX_YAML_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _parse_record(text: str) -> RawArticle:
    """RSS-archiver records: header lines, then Summary and Full Content (keep the longer)."""
    lines: dict[str, list[str]] = {}      # a field's lines, joined once (adding to a string per line is quadratic)
    current = None
    for line in text.splitlines():
        match = _RECORD_HEADER.match(line)
        if match and match.group(1) not in lines:
            current = match.group(1)
            lines[current] = [match.group(2)]
        elif current in ("Summary", "Full Content"):
            lines[current].append(line)
        elif current and line.strip():
            current = None
    fields = {name: "\n".join(parts) for name, parts in lines.items()}
    summary = _drop_cut_mark(fields.get("Summary", ""))
    full = _drop_cut_mark(fields.get("Full Content", ""))
    body = full if len(_visible(full)) >= len(_visible(summary)) else summary
    return RawArticle(
        kind="record",
        body=body,
        body_is_html=bool(_HTML_TAG.search(body)),
        title=_as_text(fields.get("Title")),
        url=_as_text(fields.get("Link")),
        published=parse_published(fields.get("Published")),
        author=_as_text(fields.get("Source")),
    )


# a Markdown file opens with its heading (`### 标题`) even when its paragraphs are raw HTML (`<p>…</p>`, as a news
# digest stores them): it is a text, read as Markdown; no web page opens so
_MARKDOWN_HEADING = regex_cache.compile(r" {0,3}#{1,6} +\S")
_JSON_OPENING = regex_cache.compile(r"\s*[{\[]\s*[{\"]")     # an object, or an array of objects


def _parse_json(text: str) -> RawArticle | None:
    """An article stored as one JSON object (a crawler's item, a data set's file): a record whose fields
    are the object's keys (`data/json_articles.toml`); None when the text is no JSON object after all."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, list):
        if len(value) != 1 or not isinstance(value[0], dict):
            raise InputError(f"a JSON array of {len(value)} items, not one article: read a table of articles "
                             "with --input (a .jsonl file, one JSON object a line)")
        value = value[0]
    if not isinstance(value, dict):
        return None
    keys = load_rules("json_articles.toml")
    fields = {str(key).lower(): item for key, item in value.items()
              if isinstance(item, str) and item.strip() or isinstance(item, int | float) and not isinstance(item, bool)}

    def first(names: tuple[str, ...]) -> Any:
        return next((fields[name.lower()] for name in names if name.lower() in fields), None)

    full, summary = first(keys.text), first(keys.summary)
    body = full if isinstance(full, str) and len(_visible(full)) >= len(_visible(str(summary or ""))) else summary
    if not isinstance(body, str):
        raise InputError("a JSON object with no article text (no key such as content, text or body holds one)")
    return RawArticle(
        kind="record",
        body=body,
        body_is_html=bool(_HTML_TAG.search(body)),
        title=_as_text(first(keys.title)),
        url=_as_text(first(keys.url)),
        published=parse_published(first(keys.published)),
        author=_as_text(first(keys.author)),
    )


_MARKUP_OR_SPACE = regex_cache.compile(r"<[^<>]*>|\s+")     # [^<>]: a `<` never closed is not scanned to the end again


def _visible(markup: str) -> str:
    return _MARKUP_OR_SPACE.sub("", markup)


def _drop_cut_mark(body: str) -> str:
    """Archivers end a shortened copy with `...`; it is not text."""
    return re.sub(r"(?:\.\.\.|…)(\s*(?:</p>)?)\Z", r"\1", body.rstrip())


def _parse_text(text: str) -> RawArticle:
    """Plain text: the first line is a title only when short and not a sentence, nor a word or two
    broken off the first sentence (`万科` above `A（000002.SZ）8月20日晚公布…`: a headline is longer)."""
    text = _hard_wraps_joined(_joined_paragraphs_split(text))
    lines = text.strip("\r\n").split("\n")          # (a CRLF text's blank first line is "\r")
    at = _past_navigation(lines)
    first = lines[at].strip()
    if len(lines) > at + 1 and TITLE_MIN <= len(first) <= 60 and not re.search(r"[。！？；.!?;]$", first):
        return RawArticle(kind="text", body="\n".join(lines[:at] + lines[at + 1:]), body_is_html=False, title=first)
    return RawArticle(kind="text", body=text, body_is_html=False)


def _past_navigation(lines: list[str]) -> int:
    """Where a text's title line may stand: past a Markdown file's navigation at its top, a line that is
    one link and nothing else (`###  [:house:返回](README.md)`, a link back to the folder's index) and the
    rules and blank lines under it. 0 when the text opens with anything else."""
    if not _NAVIGATION_LINK.match(lines[0]):
        return 0
    at = 1
    while at < len(lines) - 1 and _UNDER_NAVIGATION.match(lines[at]):
        at += 1
    return at


# a line that is only a Markdown link (under heading marks); then thematic breaks and blank lines
_NAVIGATION_LINK = regex_cache.compile(r"[ \t]*(?:#{1,6}[ \t]+)?\[[^\]\n]*\]\([^)\s]*\)\s*$")
_UNDER_NAVIGATION = regex_cache.compile(r"\s*(?:[-*_]{3,}\s*)?$")


TITLE_MIN = 5        # characters: the shortest headline of every gold set has 7 (突发！新疆地震)

# A comma of a CSV export that joined the paragraphs: an ASCII comma right after a Chinese character or a closing
# mark, before anything but a space or a digit that continues a digit group (`2,380`).
_JOINING_COMMA = regex_cache.compile(r"(?<=[^\x00-\x7f]),(?=[^\s,])")
_SENTENCE_THEN_COMMA = regex_cache.compile(r"[。！？”],(?=\S)")
_JOINS_MIN = 2       # sentence ends followed by an ASCII comma: Chinese prose itself writes `，`, never `。,`


def _joined_paragraphs_split(text: str) -> str:
    """Undo an export that joined paragraphs with ASCII commas (`…涨停板。,一个涨停板后…`, one line).

    Chinese prose separates clauses with the full-width `，`; a sentence end followed by an ASCII comma is
    a paragraph break the exporter replaced. When a text has such joins, every ASCII comma after a Chinese
    character or mark is one, so the headline, the 原标题 and byline lines and the credits come apart again
    and are read as they are in any other text.
    """
    if "," not in text or len(_SENTENCE_THEN_COMMA.findall(text)) < _JOINS_MIN:
        return text
    return _JOINING_COMMA.sub("\n", text)


# Hard-wrapped text (a PDF's text layer, a mail, a terminal copy): each line is cut at one width, so a
# number, a name or a sentence runs on into the next line (`预计实现营业总收入约 1,495` / `亿元`).
_WRAP_MIN_LINES = 6          # filled lines: a shorter text gives no width to tell
_WRAP_WIDTHS = (20, 200)     # display columns of the cut: 10 to 100 Chinese characters
_WRAP_SLACK = 4              # columns: a line kept one character short or long by the rules of line breaking
_WRAP_FULL_SHARE = 0.4       # of the filled lines are cut at the width
_WRAP_OPEN_SHARE = 0.6       # of those end inside a sentence (a paragraph a line ends with 。)
_PARAGRAPH_ENDS = frozenset("。！？；…!?;：:”」』）)】")
# an indent, a list item (一、 （二） 1. - *), a Markdown heading, quote, table row, fence or HTML block
_PARAGRAPH_START = regex_cache.compile(
    r"[ \t\u3000]{2}|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．)]\D|[-*+] |[#>|<]|```|~~~")
_WHOLE_LINE_BLOCK = regex_cache.compile(r" {0,3}(?:[#|<]|```|~~~)")   # nothing runs on from a heading, a row, a tag
_COLUMNS = regex_cache.compile(r"\S(?: {2,}|\t)\S")      # a table row laid out in columns
_FIELD = regex_cache.compile(r"\s*【[^】]{1,12}】")         # a record's labelled field: 【原文出处】人民日报


def _width(line: str) -> int:
    """Display columns: a Chinese character or full-width mark takes two, ASCII one."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _hard_wraps_joined(text: str) -> str:
    """Join the lines of a hard-wrapped text back into paragraphs.

    A text is hard-wrapped when most of its lines are cut at one width and most of those end inside a
    sentence. Then a line cut at that width runs on into the next one, unless the next opens a paragraph
    (an indent, a list mark) or either is a row of columns; a shorter line ends its paragraph. Texts with
    a paragraph a line never look so: their lines are of every length and end in 。.
    """
    lines = text.split("\n")
    full = _cut_at_one_width(lines) if len(lines) >= _WRAP_MIN_LINES else None
    if full is None:
        return text
    out = [lines[0]]
    for line, runs_on in zip(lines[1:], full):
        previous = out[-1].rstrip()
        if runs_on and _runs_on(previous, line):
            out[-1] = _joined(previous, line.lstrip())
        else:
            out.append(line)
    return "\n".join(out)


def _cut_at_one_width(lines: list[str]) -> list[bool] | None:
    """Which lines are cut at the text's width, or None when the text is not hard-wrapped."""
    widths = [_width(line.rstrip()) for line in lines]
    prose = _prose_widths(lines, widths)
    filled = sorted((width for width in prose if width), reverse=True)
    if len(filled) < _WRAP_MIN_LINES:
        return None
    wrap = filled[len(filled) // 10]          # the width of the cut, a long line or two (a URL) aside
    if not _WRAP_WIDTHS[0] <= wrap <= _WRAP_WIDTHS[1]:
        return None
    full = [abs(width - wrap) <= _WRAP_SLACK for width in widths]
    cut = sum(1 for width in prose if abs(width - wrap) <= _WRAP_SLACK)
    open_ended = sum(1 for line, is_full in zip(lines, full) if is_full and line.rstrip()[-1] not in _PARAGRAPH_ENDS)
    if cut < max(_WRAP_MIN_LINES, _WRAP_FULL_SHARE * len(filled)) or open_ended < _WRAP_OPEN_SHARE * sum(full):
        return None
    return full


def _prose_widths(lines: list[str], widths: list[int]) -> list[int]:
    """The lines' widths, 0 for a line that is no prose: the share of lines cut at the width is of the lines of
    prose, since a row of columns or a record's field (`【原刊期号】19990227`, a corpus's header) is a line of its own
    whatever the width (a Fudan corpus text: ten fields and two tables among forty lines)."""
    return [width if width and not _FIELD.match(line)
            and not (("  " in line or "\t" in line) and _COLUMNS.search(line)) else 0
            for line, width in zip(lines, widths)]


def _runs_on(previous: str, line: str) -> bool:
    """May a line cut at the width run on into `line`? Not into a new paragraph, a row of columns or an empty
    line, nor out of a heading, a table row or a tag."""
    return bool(line.strip()) and not _PARAGRAPH_START.match(line) and not _WHOLE_LINE_BLOCK.match(previous) \
        and not _COLUMNS.search(previous) and not _COLUMNS.search(line)


def _joined(previous: str, nxt: str) -> str:
    """Two parts of a wrapped line as one: Chinese runs on with nothing between, Latin words with a space."""
    latin = previous[-1:].isascii() and previous[-1:].isalpha() and nxt[:1].isascii() and nxt[:1].isalpha()
    return previous + (" " if latin else "") + nxt


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    value = str(value).strip()
    return value or None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [str(value).strip()] if str(value).strip() else []


_NUMERIC_DATE = regex_cache.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:[T\s]*|-)(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d{1,6})?)?"     # 2007-08-20-23:59:59 (gov.cn meta)
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"                                             # an offset follows a time only
)


def parse_published(value: Any) -> str | None:
    """A date in any usual form → ISO 8601 with offset; naive times are China time (+08:00).

    >>> parse_published("Thu, 16 Jun 2022 05:08:47 GMT")
    '2022-06-16T05:08:47+00:00'
    >>> parse_published("2019-09-26 10:30")
    '2019-09-26T10:30:00+08:00'
    >>> parse_published("2007-08-20-23:59:59")       # a gov.cn meta tag: the time after a dash, no offset
    '2007-08-20T23:59:59+08:00'
    >>> parse_published("someday") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return _from_date_object(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and (moment := _from_epoch(value)):
        return moment
    text = str(value).strip()
    if not text:
        return None
    return _rfc_2822(text) or _numeric_date(text)


_EPOCH_SECONDS = (946684800, 4102444800)      # 2000-01-01 to 2100-01-01: a number outside is no time


def _from_epoch(value: float) -> str | None:
    """Unix time in seconds or milliseconds (a JSON item's `pub_time: 1655356127`), printed in Beijing time.

    >>> _from_epoch(1655356127), _from_epoch(1655356127000), _from_epoch(2022)
    ('2022-06-16T13:08:47+08:00', '2022-06-16T13:08:47+08:00', None)
    """
    seconds = value / 1000 if value > _EPOCH_SECONDS[1] else value
    if not _EPOCH_SECONDS[0] <= seconds < _EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(int(seconds), CHINA_TZ).isoformat()


def _from_date_object(value: date) -> str:
    """A datetime (naive: China time) or a date (midnight China time) that YAML already parsed."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=CHINA_TZ)).isoformat()
    return datetime(value.year, value.month, value.day, tzinfo=CHINA_TZ).isoformat()


def _rfc_2822(text: str) -> str | None:
    """An RSS date (`Thu, 16 Jun 2022 05:08:47 GMT`). Such a date names its month in English, so a
    text without a Latin letter is none. The common form is read here; any other goes to the
    standard library's parser, whose import costs a twentieth of a second at every start."""
    if not _HAS_LATIN.search(text):
        return None
    common = _RSS_DATE.fullmatch(text.strip())
    if common:
        return _rss_date(common)
    try:
        from email.utils import parsedate_to_datetime

        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):   # a year of twenty digits: no date
        return None
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=CHINA_TZ)).isoformat()


def _rss_date(match: re.Match) -> str | None:
    """`16 Jun 2022 05:08:47 GMT` as email.utils reads it (GMT/UT/UTC/Z and ±hhmm offsets)."""
    zone = match["zone"].upper()
    minutes = 0 if zone in ("GMT", "UT", "UTC", "Z") else (int(zone[1:3]) * 60 + int(zone[3:])) * (1 if zone[0] == "+" else -1)
    try:
        moment = datetime(int(match["year"]), _MONTHS.index(match["month"].lower()) + 1, int(match["day"]),
                          int(match["hour"]), int(match["minute"]), int(match["second"] or 0),
                          tzinfo=timezone(timedelta(minutes=minutes)))
    except ValueError:
        return None
    return moment.isoformat()


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RSS_DATE = regex_cache.compile(r"(?:[A-Za-z]{3},\s*)?(?P<day>\d{1,2})\s+(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                       r"\s+(?P<year>\d{4})\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
                       r"\s*(?P<zone>GMT|UTC?|Z|\+\d{4}|-(?!0000)\d{4})", re.I)


_HAS_LATIN = regex_cache.compile("[A-Za-z]")


def _numeric_date(text: str) -> str | None:
    """The first `2019-09-26 10:30`, `2019年9月26日`, `2019/9/26T10:30:00Z` … in the text."""
    match = _NUMERIC_DATE.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                        tzinfo=_zone(offset)).isoformat()
    except (ValueError, OverflowError):
        return None


def _zone(offset: str | None) -> timezone:
    """`Z`, `+08:00`, `-0500`, or nothing (China time)."""
    if not offset:
        return CHINA_TZ
    if offset == "Z":
        return UTC
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
