"""The pipeline: read → clean → segment → extract → link, for one article.

`extract` is the library's entry point; `extract_file` never raises for bad
input and returns a Document with `error` set instead, so a batch keeps going.
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .cleaning import CleanArticle, clean
from .clock import given_published, in_beijing
from .direction import with_directions
from .document import Document, Fact
from .errors import InputError
from .extractors import facts_in, regions, stocks
from .extractors.dates import TextDay, compact_title_day
from .linking import link
from .reading import CHINA_TZ, DEFAULT_MAX_SIZE, RawArticle, decode, parse_article, read_bytes
from .segmenting import SegmentedText, segment


def extract(text_or_path: str | os.PathLike, *, source: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
            published: Any = None, keep_offset: bool = False) -> Document:
    """Read, clean and analyse one article given as a path or as its text.

    `published` (a date, a datetime or a string such as `2022-06-16`) is the publication time of an
    input that names none; `published` is printed in Beijing time unless `keep_offset`.

    A `pathlib.Path` (any path-like object) is a file; a string is a file only when
    such a file exists, and otherwise the article itself (`extract_text` never
    looks at the disk). Raises InputError for every input that cannot be read.

    >>> from pathlib import Path
    >>> extract(Path("no/such/article.txt"))
    Traceback (most recent call last):
    ...
    newsfacts.errors.InputError: no such file
    """
    if isinstance(text_or_path, os.PathLike) or _is_existing_file(text_or_path):
        path = os.fspath(text_or_path)
        text, source = decode(read_bytes(path, max_size)), source or path
    else:
        text = str(text_or_path)
    return extract_text(text, source=source, published=published, keep_offset=keep_offset)


def _is_existing_file(value: str) -> bool:
    """Does the one-line string `value` name an existing file? (A long line is text: asking the
    system about it would raise `File name too long`.)"""
    if len(value) >= 4096 or "\n" in value or "\x00" in value:
        return False
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


def extract_text(text: str, *, source: str | None = None, published: Any = None, keep_offset: bool = False) -> Document:
    """Analyse an already decoded article: each stage in order, one module each. `published` and
    `keep_offset` as for `extract`."""
    raw = parse_article(text)                                           # read
    article = clean(raw)                                                # clean
    document = _document(raw, article, source)
    document.published = in_beijing(document.published or given_published(published), keep_offset)
    title, body = segment(document.title or "", document.text)          # segment
    published = _day(document.published)
    document.stocks, companies = stocks.stock_entries(document.text, article.stock_links)
    if document.title:                                                  # extract
        document.facts += facts_in(title, "title", published)
    of_day = published or _title_day(document.facts) or compact_title_day(document.title or "") or _dated_line_year(body)
    document.facts += facts_in(body, "body", of_day,
                               [(c.start, c.end) for c in companies],
                               [(s.start, s.end) for s in article.stock_links])
    if document.title:
        document.facts = regions.title_in_home_currency(title, body, document.facts)
    companies = stocks.outside_names(document.stocks, companies, [f for f in document.facts if f.where == "body"])
    stocks.give_codes(document.facts, companies)
    document.facts = with_directions(document.facts, document.title or "", document.text)
    document.facts += link(document.text, document.facts, published.year if published else None)  # link
    return document


def _document(raw: RawArticle, article: CleanArticle, source: str | None) -> Document:
    """The cleaned article's fields; raises InputError when it has no text."""
    if not article.text.strip():
        if article.too_deep:
            raise InputError("no article text found: the markup nests more than 256 levels deep, deeper than is read")
        raise InputError("no article text found (the page holds no body paragraphs)")
    return Document(
        source=source,
        kind=raw.kind,
        title=article.title,
        original_title=article.original_title,
        url=raw.url,
        published=article.published,
        author=raw.author,
        categories=list(raw.categories),
        reporter=article.reporter,
        editor=article.editor,
        text=article.text,
        warnings=list(article.warnings),
    )


def _title_day(title_facts: list[Fact]) -> TextDay | None:
    """A full date in an undated input's title (`陆家嘴财经早餐2024年8月18日星期日`): the day the text is of, so
    its year is the body's present (its 今年 and year-less dates), before any year the body names, which may be
    a plan's or a term's, and its bare weekdays look back from it (README "Decisions", undated texts)."""
    for fact in title_facts:
        if fact.type == "date" and _FULL_DAY.fullmatch(str(fact.get("value"))):
            return TextDay.fromisoformat(str(fact.get("value")))
    return None


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _dated_line_year(body: SegmentedText) -> int | None:
    """The year of a body whose first, second (after a title run into the body) or last line is a full date
    alone (a post signed `刺猬偷腥` / `2018年10月18日`): the day it was written, which fixes the present as a
    title's date does."""
    text = body.norm.strip()
    head = text[:200].split("\n", 2)[:2]
    for line in (*head, text[text.rfind("\n") + 1:]):
        match = _DATED_LINE.fullmatch(line.strip())
        if match:
            return int(match.group(1))
    return None


# 2018年10月18日, 2018-10-18, with a weekday or a time of day after it (2018年10月18日 星期四 10:30)
_DATED_LINE = re.compile(r"((?:19|20)\d{2})\s?(?:年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|([-/.])\d{1,2}\2\d{1,2})"
                         r"(?:\s?(?:星期|周)[一二三四五六日天])?(?:\s?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


def _day(published: str | None) -> date | None:
    """The day of the publication time on the Beijing calendar (SPEC §3.6), which dates
    without a year and relative days are read against: 20:00 UTC is the next day there."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    try:
        return (moment.astimezone(CHINA_TZ) if moment.tzinfo else moment).date()
    except OverflowError:              # 0001-01-01 in Beijing is before the first day in UTC
        return moment.date()


def extract_file(path: str, *, max_size: int = DEFAULT_MAX_SIZE, data: bytes | None = None,
                 published: Any = None, keep_offset: bool = False) -> Document:
    """Like `extract` on a path, but bad input gives a Document with `error` set, never an exception."""
    try:
        raw_bytes = data if data is not None else read_bytes(path, max_size)
        if len(raw_bytes) > max_size:
            raise InputError(f"input is over the size limit of {max_size:,} bytes (see --max-size)")
        return extract_text(decode(raw_bytes), source=path, published=published, keep_offset=keep_offset)
    except InputError as err:
        return Document(source=path, error=str(err))
    except RecursionError:
        return Document(source=path, error="markup nested too deeply to read")
    except MemoryError:
        return Document(source=path, error="out of memory while reading")
