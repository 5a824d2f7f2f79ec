"""Number tokens of a text (SPEC §2): where each number stands, read by `newsfacts.numerals`.

A token is an Arabic number (with separators, decimals and trailing 万/亿
magnitudes: `1.2万亿`, `3万5千`) or a run of Chinese numerals (`三千五百`,
`五十亿`). Values are `Decimal`, never floats. Vague tokens (`数十`, `十几`,
`一两`) are still found, so that no fact is read out of their middle, but they
have no value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .. import regex_cache
from ..chinese import normalize  # noqa: F401 (re-exported: numbers read normalized text)
from ..numerals import (
    IDIOM_CHARACTER,
    MAX_DIGITS,
    idiom_end,
    lone_capital,
    numeral_parts,
    numeral_pattern,
    parse_arabic,
    parse_chinese,
)


@dataclass(slots=True)      # not frozen: one per match, and a frozen one costs several times more to build
class NumberToken:
    """A number as written: `value` is None when the number is vague."""

    start: int
    end: int
    text: str
    value: Decimal | None
    has_myriad: bool        # 万/亿 inside (a bare 5000亿 may be money)
    is_chinese: bool
    more: bool              # 300多亿: a lower bound written inside the number


def find_numbers(norm: str, start: int = 0, end: int | None = None, claimed_until=None):
    """Number tokens of `norm` (already `normalize`d), left to right. `claimed_until(position)`, when
    given, says where a claimed run that holds `position` ends: a number starting there is not read."""
    pattern = numeral_pattern()
    end = len(norm) if end is None else end
    while True:
        match = pattern.search(norm, start, end)
        if match is None:
            return
        at = match.start()
        if claimed_until is not None and (run_end := claimed_until(at)) is not None:
            start = run_end           # most numbers inside claims are the years of dates: no need to read them
            continue
        token = _token(match)
        if token is None:
            start = at + 1
            continue
        yield token
        start = token.end


def number_at(norm: str, pos: int) -> NumberToken | None:
    """The number token starting exactly at `pos`, if any."""
    match = numeral_pattern().match(norm, pos)
    return _token(match) if match else None


def _token(match) -> NumberToken | None:
    read = numeral_parts(match)         # (a tuple: the token is the only record built of the number)
    if read is None:
        return None
    length, value, has_myriad, is_chinese, more = read
    string, start = match.string, match.start()
    end = start + length               # (never blank: a numeral starts with a digit, a sign or a vague word)
    if length == 1 and lone_capital(string, start, end):
        return None                     # (a capital alone is one character: most numerals are asked nothing)
    text = string[start:end]
    idiom = idiom_end(string, start, end) if IDIOM_CHARACTER in text else None
    if idiom is not None:               # 成千上万: one vague token to the idiom's end, nothing read in its middle
        end = max(end, idiom)
        return NumberToken(start, end, text, None, has_myriad, True, False)
    return NumberToken(start, end, text, value, has_myriad, is_chinese, more)


__all__ = ["MAX_DIGITS", "NumberToken", "find_numbers", "normalize", "number_at", "parse_arabic", "parse_chinese"]


# Strings whose digits are no numbers: web addresses, e-mail addresses, file names, telephone
# numbers, percent-encoded bytes, a finance page's live stock quote. Their syntax is grammar of identifiers,
# not words of a language.
_ASCII_RUN = r"[!#-'*-;=?-~]"     # printable ASCII but space, quotes, <, >, ( and )
_EXTENSIONS = r"(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip|rar|7z|txt|csv|s?html?|mp[34]|apk|exe)\b"
_IDENTIFIERS = regex_cache.compile(
    r"(?=[A-Za-z0-9%+])"             # every identifier starts so: other positions fail at once
    rf"(?:(?:https?|ftp)://{_ASCII_RUN}+"
    rf"|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+{_ASCII_RUN}*"
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    rf"|(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{{0,80}}[A-Za-z0-9_-]\.{_EXTENSIONS}"
    r"|(?<![\d-])\+86[- ]?1[3-9]\d{9}(?!\d)"
    r"|(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)"
    r"|(?<![\d-])[48]00-?\d{3}-?\d{4}(?!\d)"
    r"|(?:%[0-9A-Fa-f]{2}){2,}"
    # a live quote a finance page puts after a listed company's name, 通化东宝(18.340,-0.16,-0.86%): price, change,
    # change in percent; pages re-encoded in full width write its commas so (工商银行（４．２０，０．０３，０．７２％）)
    r"|(?<=[(（])\d+\.\d+[,，][-+]?\d+\.\d+[,，][-+]?\d+\.\d+%(?=[)）]))",
    re.IGNORECASE,
)


# what every identifier holds: most texts have none, and one search is cheaper than the full pattern
# (the telephone numbers' own shapes, not any digit-dash-digit: dates such as 2021-06-18 are common); case
# is ignored only where letters are (a pattern that ignores case gets no start set from regex_cache, and
# its opening lookahead is then tried at every character)
_ANY_IDENTIFIER = regex_cache.compile(rf"(?=[:wW@%.+048])(?:://|[wW]{{3}}\.|@|%[0-9A-Fa-f]{{2}}|\.(?i:{_EXTENSIONS})|\+86"
                                      r"|(?<=\d)%[)）]|(?<![\d-])0\d{2,3}-\d{7}|(?<![\d-])[48]00-?\d{3}-?\d{4})")


# what every match of _ANY_IDENTIFIER holds, found at C speed: strings by `in`, and patterns that open with a
# literal (re skips to it); a pattern that opens with a class (_ANY_IDENTIFIER's [:wW@%.+048]) is tried at every
# character, about 50 instructions each. An extension opens with a letter or 7z (ignoring case, ſ is an s); a
# telephone number holds a dash and seven digits (010-12345678) or 00 and the rest of a service number (400-123-4567).
_IDENTIFIER_STRINGS = ("://", "@", "+86", "w.", "W.")
_IDENTIFIER_CLUES = tuple(regex_cache.compile(clue) for clue in (
    r"\.(?=[A-Za-z\u0130\u0131\u017f\u212a]|7[zZ])", r"%[0-9A-Fa-f)）]", r"-\d{7}", r"00-?\d{3}-?\d{4}"))


def _may_hold_identifier(norm: str) -> bool:
    """A cheap test before `_ANY_IDENTIFIER`: False only for a text where it finds nothing (most texts)."""
    return any(string in norm for string in _IDENTIFIER_STRINGS) or any(clue.search(norm) for clue in _IDENTIFIER_CLUES)


def identifier_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of `norm` that are identifiers (URLs, e-mail, file names, phone numbers), never numbers.

    >>> text = "见https://example.com/s?rate=15%25%20up%2040，或致电010-12345678、+86 13812345678"
    >>> [text[s:e] for s, e in identifier_spans(text)]
    ['https://example.com/s?rate=15%25%20up%2040', '010-12345678', '+86 13812345678']
    """
    if not (_may_hold_identifier(norm) and _ANY_IDENTIFIER.search(norm)):
        return []
    return [match.span() for match in _IDENTIFIERS.finditer(norm)]
