"""One clock: publication times are printed in Beijing time (+08:00), whatever offset the source used.

Posts carry GMT dates (`Sat, 12 Jun 2021 07:46:54 GMT`), pages and records China
time; an analyst's `pd.to_datetime(df.published)` needs one offset. The source's
own offset is kept only when the user asks (`--keep-offset`, `keep_offset=True`).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

BEIJING = timezone(timedelta(hours=8))


def in_beijing(published: str | None, keep_offset: bool = False) -> str | None:
    """An ISO 8601 time with offset → the same instant at +08:00 (unchanged when `keep_offset`).

    >>> in_beijing("2022-12-31T17:00:00+00:00")
    '2023-01-01T01:00:00+08:00'
    >>> in_beijing("2022-12-31T17:00:00+00:00", keep_offset=True)
    '2022-12-31T17:00:00+00:00'
    """
    if not published or keep_offset:
        return published
    try:
        moment = datetime.fromisoformat(published)
        return moment.astimezone(BEIJING).isoformat() if moment.tzinfo else moment.replace(tzinfo=BEIJING).isoformat()
    except (ValueError, OverflowError):          # 0001-01-01T00:00+08:00 has no instant before it in UTC
        return published


def given_published(value: Any) -> str | None:
    """A publication date given by the user (`--published`, `published=`): a date, a datetime or a string
    in any usual form (`2022-06-16`, `2022-06-16 13:08`, an RSS date); a time without an offset is Beijing
    time. Raises ValueError for a value that is no date.

    >>> given_published("2023-01-01 01:00")
    '2023-01-01T01:00:00+08:00'
    >>> given_published("soon")
    Traceback (most recent call last):
    ...
    ValueError: not a date: 'soon' (give one such as 2022-06-16 or 2022-06-16T13:08:47+08:00)
    """
    from .reading import parse_published

    if value is None:
        return None
    if isinstance(value, date):                   # a datetime is a date too
        return parse_published(value)
    parsed = parse_published(str(value)) if str(value).strip() else None
    if parsed is None:
        raise ValueError(f"not a date: {value!r} (give one such as 2022-06-16 or 2022-06-16T13:08:47+08:00)")
    return parsed
