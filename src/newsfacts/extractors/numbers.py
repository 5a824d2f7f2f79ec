"""Number reading (SPEC §2): find number tokens in text and give their exact values.

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
from functools import lru_cache

from ..chinese import normalize  # noqa: F401 (re-exported: numbers read normalized text)
from ..tables import load_toml

MAX_DIGITS = 18   # longer digit runs are identifiers or garbage, never amounts


@lru_cache(maxsize=1)
def _tables():
    raw = load_toml("numerals.toml")
    digits = {k: int(v) for k, v in raw["digits"].items()}
    units = {k: 10 ** int(v) for k, v in raw["units"].items()}
    myriads = {k: 10 ** int(v) for k, v in raw["myriads"].items()}
    overlap = set(digits) & (set(units) | set(myriads))
    if overlap:
        from ..tables import DataFileError

        raise DataFileError(f"invalid data file numerals.toml: characters in two tables: {sorted(overlap)}")
    chinese = "".join(sorted(set(digits) | set(units) | set(myriads)))
    vague_pre = "|".join(sorted(raw["vague"]["prefixes"], key=len, reverse=True))
    vague_suf = "|".join(sorted(raw["vague"]["suffixes"], key=len, reverse=True))
    # every token starts with one of these; saying so first lets `re` skip the other positions fast
    starts = re.escape("".join(sorted(set("0123456789-" + chinese) | {word[0] for word in raw["vague"]["prefixes"]})))
    pattern = re.compile(
        rf"""
        (?=[{starts}])
        (?:(?P<vpre>{vague_pre})(?=[{chinese}]))?    # 数十, 几百: vague; 数789 is no vague number (舱房数789间)
        (?:
            (?P<neg>(?<![\d.])-)?                     # a minus sign, not a range dash
            (?<![\d.])                                # never from the middle of a digit run
            (?P<arabic>\d{{1,3}}(?:,\d{{3}}){{1,6}}(?:\.\d{{1,8}})?(?![\d,])|\d{{1,{MAX_DIGITS}}}(?:\.\d{{1,8}})?(?![\d.]))
            (?P<more>[多余](?=[百千万亿]))?             # 300多亿: the 多 sits inside
            (?P<mag>\s?(?:百(?!分)|千(?![瓦米克])|万|亿)+(?:\d+(?:\.\d+)?[千百十]?)?)?   # 1.2万亿, 3万5千; not the 千 of 千瓦
          | (?P<chinese>[{chinese}]+)
        )
        (?P<vsuf>{vague_suf})?
        """,
        re.VERBOSE,
    )
    return digits, units, myriads, pattern


@dataclass(frozen=True)
class NumberToken:
    """A number as written: `value` is None when the number is vague."""

    start: int
    end: int
    text: str
    value: Decimal | None
    has_myriad: bool        # 万/亿 inside (a bare 5000亿 may be money)
    is_chinese: bool
    more: bool              # 300多亿: a lower bound written inside the number


def find_numbers(norm: str, start: int = 0, end: int | None = None):
    """Number tokens of `norm` (already `normalize`d), left to right."""
    pattern = _tables()[3]
    for match in pattern.finditer(norm, start, len(norm) if end is None else end):
        token = _token(match)
        if token is not None:
            yield token


def number_at(norm: str, pos: int) -> NumberToken | None:
    """The number token starting exactly at `pos`, if any."""
    match = _tables()[3].match(norm, pos)
    return _token(match) if match else None


def _token(match) -> NumberToken | None:
    text = match.group(0)
    if not text.strip():
        return None
    vague = bool(match.group("vpre") or match.group("vsuf"))
    if match.group("arabic") is not None:
        value = parse_arabic(match.group("arabic"), match.group("mag") or "")
        if match.group("neg") and value is not None:
            value = -value
        myriad = any(ch in "万亿" for ch in (match.group("mag") or ""))
        chinese = False
    else:
        value = parse_chinese(match.group("chinese"))
        myriad = any(ch in "万亿" for ch in match.group("chinese"))
        chinese = True
    return NumberToken(
        start=match.start(), end=match.end(), text=text,
        value=None if vague else value, has_myriad=myriad, is_chinese=chinese,
        more=bool(match.group("more")),
    )


def parse_arabic(digits: str, magnitude: str = "") -> Decimal | None:
    """`5658` with `亿` → 565800000000; `3` with `万5千` → 35000.

    >>> parse_arabic("1.2", "万亿"), parse_arabic("3", "万5千"), parse_arabic("1,627")
    (Decimal('1200000000000'), Decimal('35000'), Decimal('1627'))
    """
    try:
        number = Decimal(digits.replace(",", ""))
    except ArithmeticError:
        return None
    if not magnitude.strip():
        return number
    pieces = re.findall(r"\d+(?:\.\d+)?|\S", magnitude.strip())
    return _combine([number] + [Decimal(p) if p[0].isdigit() else p for p in pieces])


def parse_chinese(text: str) -> Decimal | None:
    """Chinese numerals → value; None for vague runs (`一两`, `三四十`) and bare digit strings.

    >>> [parse_chinese(t) for t in ("十三", "两百", "三千五百", "五千六百五十八", "一万", "三亿五千万", "一两")]
    [Decimal('13'), Decimal('200'), Decimal('3500'), Decimal('5658'), Decimal('10000'), Decimal('350000000'), None]
    """
    digits = _tables()[0]
    parts: list = []
    previous_digit = False
    for ch in text:
        if ch in digits:
            if previous_digit:
                return None
            parts.append(Decimal(digits[ch]))
            previous_digit = True
        else:
            parts.append(ch)
            previous_digit = False
    return _combine(parts)


def _combine(parts: list) -> Decimal | None:
    """Sum a sequence of numbers and magnitude characters the Chinese way."""
    _, units, myriads, _ = _tables()
    total = Decimal(0)      # finished 亿 groups
    section = Decimal(0)    # current group below 亿
    number: Decimal | None = None
    for part in parts:
        if isinstance(part, Decimal):
            if number is not None:
                return None
            number = part
            continue
        if part in units:
            section += (Decimal(1) if number is None else number) * units[part]
            number = None
        elif part == "万":
            section = (section + (number or 0)) * myriads["万"]
            if section == 0:
                section = Decimal(myriads["万"])
            number = None
        elif part == "亿":
            group = section + (number or 0)
            total = (total + (group if group else 1)) * myriads["亿"]
            section = Decimal(0)
            number = None
        else:
            return None
    result = total + section + (number or 0)
    return result.normalize() if result != result.to_integral_value() else Decimal(int(result))
