"""One numeral grammar (SPEC §2): every written form of a number, read to an exact `Decimal`.

Amounts, counts and dates all read their numbers here. `parse_numeral` reads a
whole string; `read_numeral` reads the longest numeral at a position of a text
(its `NUMERAL` pattern finds where one may start; the grammar then decides
where it ends: `一千五百六十四千瓦` is 1564 followed by 千瓦, since a unit
never follows a smaller one). The forms, and what they read as:

>>> table = ["322", "1,627", "5658.5", "-10.8", "三", "十三", "二十", "两百",
...     "一千零十一万", "一百零五", "三千零一十六", "六十四万零一百四十三", "三百零七万",
...     "一万二千亿", "三亿五千万", "五万亿", "七点五", "十二点五", "负二点四",
...     "1.2万亿", "3万5千", "1万2000", "5658亿", "300多万", "6千多亿", "三个亿", "三个多亿", "九十个亿",
...     "贰仟伍佰萬", "叁仟柒佰", "壹億", "一百五", "两万五", "二〇二三", "万", "十",
...     "一百十一", "兩千六", "负十一", "1万5", "2亿5", "1万600"]
>>> for text in table:
...     print(text, parse_numeral(text))
322 322
1,627 1627
5658.5 5658.5
-10.8 -10.8
三 3
十三 13
二十 20
两百 200
一千零十一万 10110000
一百零五 105
三千零一十六 3016
六十四万零一百四十三 640143
三百零七万 3070000
一万二千亿 1200000000000
三亿五千万 350000000
五万亿 5000000000000
七点五 7.5
十二点五 12.5
负二点四 -2.4
1.2万亿 1200000000000
3万5千 35000
1万2000 12000
5658亿 565800000000
300多万 3000000
6千多亿 600000000000
三个亿 300000000
三个多亿 300000000
九十个亿 9000000000
贰仟伍佰萬 25000000
叁仟柒佰 3700
壹億 100000000
一百五 150
两万五 25000
二〇二三 2023
万 10000
十 10
一百十一 111
兩千六 2600
负十一 -11
1万5 15000
2亿5 250000000
1万600 10600

Vague numbers, past-the-limit numbers and what is no numeral read as None:

>>> [parse_numeral(t) for t in ("数十", "十几", "几百", "一两", "三四十", "1" * 19, "亿亿", "元")]
[None, None, None, None, None, None, None, None]

Where a numeral stops inside a longer text:

>>> [(r.length, r.value) for r in (read_numeral(t) for t in ("一千五百六十四千瓦", "七千八百四十六万千瓦", "一百千瓦", "八千四百七十九亿千瓦时"))]
[(7, Decimal('1564')), (8, Decimal('78460000')), (2, Decimal('100')), (8, Decimal('847900000000'))]

A figure of two or more digits after 亿 with no unit of its own is the next word's (after 万, two to four digits are
the digits below it: `1万600` = 10600), and no figure follows a decimal's magnitude (`2亿65岁以上老人`, `1.7亿65周岁`,
`1.5万5`):

>>> [(r.length, r.value) for r in (read_numeral(t) for t in ("2亿65岁以上老人", "1.7亿65周岁", "1.5万5"))]
[(2, Decimal('200000000')), (4, Decimal('170000000')), (4, Decimal('15000'))]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, Inexact, localcontext
from functools import lru_cache

from . import regex_cache
from .tables import DataFileError, load_toml

MAX_DIGITS = 18      # longer digit runs are identifiers or garbage, never amounts
MAX_DECIMALS = 8
LIMIT = Decimal(10) ** 20   # a value at or past this is skipped (no number), never an overflow
_MAX_CHINESE = 30    # characters of one Chinese numeral run
IDIOM_CHARACTER = "千"   # what every vague idiom holds (成千上万, 万千): a numeral without it is in none


@dataclass(slots=True)      # not frozen: one per match, and a frozen one costs several times more to build
class Numeral:
    """A numeral read at a position: its length as written and its value (None when vague)."""

    length: int
    value: Decimal | None
    has_myriad: bool        # 万/亿 inside (a bare 5000亿 may be money)
    is_chinese: bool
    more: bool              # 300多万: a lower bound written inside the number


@dataclass(frozen=True)
class _Tables:
    digits: dict[str, int]
    units: dict[str, int]
    myriads: dict[str, int]
    decimal: str
    negative: str
    approx_words: tuple[str, ...]
    pattern: re.Pattern
    capitals: frozenset[str]
    capital_money: tuple[str, ...]
    idioms: re.Pattern | None
    digit_values: dict[str, Decimal]      # each digit's value, built once (one digit alone is the commonest numeral)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = load_toml("numerals.toml")
    digits = {k: int(v) for k, v in raw["digits"].items()}
    units = {k: int(v) for k, v in raw["units"].items()}
    myriads = {k: int(v) for k, v in raw["myriads"].items()}
    if any(len(char) != 1 for char in raw["negative_not_after"]):
        raise DataFileError("invalid data file numerals.toml: negative_not_after holds single characters")
    overlap = set(digits) & (set(units) | set(myriads))
    if overlap:
        raise DataFileError(f"invalid data file numerals.toml: characters in two tables: {sorted(overlap)}")
    idioms = raw["vague"].get("idioms", [])
    if any(IDIOM_CHARACTER not in idiom for idiom in idioms):
        raise DataFileError("invalid data file numerals.toml: every vague idiom holds 千")
    # 万千瓦 is 万 and a unit (千瓦, 千米, 千克), no idiom
    idiom_pattern = regex_cache.compile(f"(?:{'|'.join(map(re.escape, idioms))})(?![瓦米克])") if idioms else None
    return _Tables(digits, units, myriads, raw["decimal"], raw["negative"], tuple(raw["approx_words"]),
                   _pattern(raw, digits, units, myriads), frozenset(raw["capitals"]), tuple(raw["capital_money"]),
                   idiom_pattern, {k: Decimal(v) for k, v in digits.items()})


def idiom_end(text: str, start: int, end: int) -> int | None:
    """Where an idiom of a countless multitude that holds the numeral text[start:end] ends, or None: its numerals
    are one vague number (成千上万中国人, 万千人民群众: very many people, not 10,000 nor 1,000).

    >>> [idiom_end(t, t.index("千"), t.index("千") + 1) for t in ("成千上万中国人", "万千人民群众", "一千五百", "上千家")]
    [4, 2, None, None]
    """
    tables = _tables()
    if tables.idioms is None or IDIOM_CHARACTER not in text[start:end]:   # every idiom holds it: most numerals stop here
        return None
    match = tables.idioms.search(text, max(0, start - 3), end + 3)
    return match.end() if match is not None and match.start() <= start < match.end() else None


def lone_capital(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one financial capital standing alone (the 陆 of 内陆, the 伍 of 队伍, the 拾 of
    收拾)? A word's character then, no number, unless a money word follows it (陆圆)."""
    tables = _tables()
    return end - start == 1 and text[start] in tables.capitals and not text.startswith(tables.capital_money, end)


def _pattern(raw: dict, digits, units, myriads) -> re.Pattern:
    """Where a numeral may start and how far it may reach; the grammar (`_Scan`) trims it."""
    d = re.escape("".join(digits))
    um = re.escape("".join(units) + "".join(myriads))
    big = re.escape("百佰千仟" + "".join(myriads))
    char = rf"(?:(?![百佰]分|千[瓦米]|千克(?!朗))[{d}{um}])"     # 百分之 is a percent; 千瓦 a unit (克朗 a currency)
    first = rf"(?:(?![百佰]分)[{d}{um}])"                    # 超过千米: a thousand metres
    glue = rf"[多余](?=[{um}])|个(?=[多余]?[亿億])"           # 300多万, 三个亿, 三个多亿
    # a figure with thousands commas, else a plain one; a plain one that no comma follows is tried first (the
    # commonest: where it matches, the comma form cannot and the plain form matches the same, so no match changes)
    arabic = (rf"\d{{1,{MAX_DIGITS}}}(?:\.\d{{1,{MAX_DECIMALS}}})?(?![\d.,])"
              rf"|\d{{1,3}}(?:,\d{{3}}){{1,6}}(?:\.\d{{1,{MAX_DECIMALS}}})?(?![\d,])"
              rf"|\d{{1,{MAX_DIGITS}}}(?:\.\d{{1,{MAX_DECIMALS}}})?(?![\d.])")
    tail = rf"(?:\s?(?:{glue}){{0,2}}(?=[{big}])(?:{char}|{glue}|\d{{1,4}}(?:\.\d{{1,{MAX_DECIMALS}}})?(?![\d.%]))+)?"
    vague_pre = "|".join(sorted(map(re.escape, raw["vague"]["prefixes"]), key=len, reverse=True))
    vague_suf = "|".join(sorted(map(re.escape, raw["vague"]["suffixes"]), key=len, reverse=True))
    point, minus = re.escape(raw["decimal"]), re.escape(raw["negative"])
    # 减负180亿元: no sign; tested after 负 matched, so other positions pay nothing
    not_minus = f"(?<![{re.escape(''.join(raw['negative_not_after']))}]{minus})"
    tens = re.escape("".join(u for u, order in units.items() if order == 1))
    starts = re.escape("".join(sorted(set("0123456789-" + raw["negative"] + "".join(digits) + "".join(units)
                                          + "".join(myriads)) | {w[0] for w in raw["vague"]["prefixes"]})))
    return regex_cache.compile(
        rf"""
        (?=[{starts}])
        (?:(?P<vpre>{vague_pre})(?=[{d}{um}]))?      # 数十, 几百: vague; 数789 is no vague number
        (?P<neg>(?<![\d.亿万億萬元%])-(?=\d)|{minus}{not_minus}(?=[\d{d}{tens}]))?  # a minus sign, never a dash after an amount; 负十
        (?:
            (?<![\d.])(?P<arabic>{arabic})(?P<tail>{tail})
          | (?P<chinese>{first}(?:{char}|{point}(?=[{d}])|{glue}){{0,{_MAX_CHINESE}}})
        )
        (?P<vsuf>{vague_suf})?
        """,
        re.VERBOSE,
    )


def numeral_pattern() -> re.Pattern:
    """The compiled pattern of numerals (groups: vpre, neg, arabic, tail, chinese, vsuf)."""
    return _tables().pattern


def read_numeral(text: str, pos: int = 0) -> Numeral | None:
    """The numeral that starts exactly at `pos` of `text`, or None."""
    match = _tables().pattern.match(text, pos)
    return from_match(match) if match else None


def parse_numeral(text: str) -> Decimal | None:
    """The value of `text` when all of it is one numeral; None when vague, too long or no numeral.
    A run of ASCII digits (a date's `2023`, `12`) is read as the pattern would read it, without the pattern."""
    if text.isdigit() and text.isascii() and len(text) <= MAX_DIGITS:
        return Decimal(text)
    numeral = read_numeral(text.strip())
    if numeral is None or numeral.length != len(text.strip()):
        return None
    return numeral.value


def parse_chinese(text: str) -> Decimal | None:
    """Chinese numerals → value (kept for callers of the old parser).

    >>> parse_chinese("五千六百五十八"), parse_chinese("一两")
    (Decimal('5658'), None)
    """
    return parse_numeral(text)


def parse_arabic(digits: str, magnitude: str = "") -> Decimal | None:
    """`5658` with `亿` → 565800000000.

    >>> parse_arabic("1.2", "万亿"), parse_arabic("3", "万5千"), parse_arabic("1,627")
    (Decimal('1200000000000'), Decimal('35000'), Decimal('1627'))
    """
    return parse_numeral(digits + magnitude)


def parse_digits(text: str) -> int | None:
    """A run of digits read one by one (years: `二〇二三` → 2023, `2023` → 2023).

    >>> parse_digits("二〇二三"), parse_digits("一九九八"), parse_digits("二十")
    (2023, 1998, None)
    """
    if text.isdigit() and text.isascii():
        return int(text)
    digits = _tables().digits
    if not text or any(ch not in digits for ch in text):
        return None
    return int("".join(str(digits[ch]) for ch in text))


def digit_value(ch: str) -> int | None:
    """The value of one digit character (`五` → 5, `伍` → 5, `7` → 7), None for anything else."""
    if ch.isascii() and ch.isdigit():
        return int(ch)
    return _tables().digits.get(ch)


def is_approx_word(word: str) -> bool:
    """Does `word` before a bare magnitude make it approximate (上百家)?"""
    return word in _tables().approx_words


def fraction_percent(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """`numerator` over `denominator` in percent: exact when it ends, else to 0.01 (三分之一 → 33.33).

    >>> fraction_percent(Decimal(1), Decimal(3)), fraction_percent(Decimal(2), Decimal(3)), fraction_percent(Decimal(3), Decimal(1000))
    (Decimal('33.33'), Decimal('66.67'), Decimal('0.3'))
    """
    if not denominator or numerator < 0 or numerator > denominator:
        return None
    with localcontext() as context:
        context.traps[Inexact] = True
        try:
            return _plain(numerator * 100 / denominator)
        except Inexact:
            pass
    return (numerator * 100 / denominator).quantize(Decimal("0.01"))


def _plain(value: Decimal) -> Decimal:
    """Decimal without a trailing exponent or zeros (1.2E+12 → 1200000000000, 7.50 → 7.5)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def from_match(match: re.Match) -> Numeral | None:
    """The numeral of a `numeral_pattern` match, trimmed to what the grammar allows."""
    read = numeral_parts(match)
    return None if read is None else Numeral(*read)


# a numeral read, as `Numeral`'s fields in order: length, value, has_myriad, is_chinese, more
NumeralParts = tuple[int, Decimal | None, bool, bool, bool]


def numeral_parts(match: re.Match) -> NumeralParts | None:
    """`from_match`'s numeral as a tuple of its fields: a caller that keeps its own record of each number (a
    text's number tokens) builds no `Numeral` first. (The groups are read in one call: most matches are a plain
    figure or one digit, read without the grammar, and naming each group costs more than reading them.)"""
    vpre, neg, arabic, tail, chinese, vsuf = match.groups()
    vague = vpre is not None or vsuf is not None
    if arabic is not None and not tail:     # 5658.5: no grammar to apply
        return _plain_arabic(match, arabic, neg, vague)
    tables = _tables()
    if arabic is None and len(chinese) == 1 and chinese in tables.digits:
        return _one_digit(match, tables.digit_values[chinese], neg, vague)
    scan = _Scan(tables)
    if arabic is not None:
        head = match.start("arabic")
        scan.number(Decimal(arabic.replace(",", "")), chinese=False)
        body_end = scan.read(match.string, match.end("arabic"), match.end("tail"))
        is_chinese = False
    else:
        head = match.start("chinese")
        body_end = scan.read(match.string, head, match.end("chinese"))
        is_chinese = True
    if body_end == head:
        return None
    if body_end < match.end("chinese" if is_chinese else "tail"):
        vague = vpre is not None        # trimmed: a vague suffix no longer touches it
        end = body_end
    else:
        end = match.end()
    value = None if vague else scan.value()
    if value is not None and neg:
        value = -value
    return end - match.start(), value, scan.has_myriad, is_chinese, scan.more


def _plain_arabic(match: re.Match, arabic: str, neg: str | None, vague: bool) -> NumeralParts:
    """A number in digits with no magnitude after it: its value as written (a plain integer needs no
    normalizing), negative after a minus sign."""
    digits = arabic.replace(",", "")
    value = None if vague else Decimal(digits) if "." not in digits else _plain(Decimal(digits))
    if value is not None and neg:
        value = -value
    start, end = match.span()
    return end - start, value, False, False, False


def _one_digit(match: re.Match, value: Decimal, neg: str | None, vague: bool) -> NumeralParts:
    """One Chinese digit alone (the 一 of 统一, 进一步: a third of all numerals a text holds): what the grammar
    reads of it, its value, without the grammar."""
    start, end = match.span()
    read = None if vague else -value if neg else value      # 负零 is -0, as the grammar reads it
    return end - start, read, False, True, False


_ARABIC_PIECE = regex_cache.compile(r"\d+(?:\.\d+)?")


class _Scan:
    """Reading one numeral left to right, the Chinese way: units descend within a group of
    four digits, 万 closes a group, 亿 closes all before it, 零 marks a gap."""

    def __init__(self, tables: _Tables):
        self.t = tables
        self.total = Decimal(0)       # finished 亿 groups
        self.section = Decimal(0)     # the 万 part of the current 亿 group
        self.small = Decimal(0)       # below 万
        self.pending: Decimal | None = None   # a number waiting for its unit
        self.order = 99               # power of ten of the last unit (units must descend)
        self.myriad = 99              # power of ten of the last myriad
        self.last = ""                # "", "digit", "unit", "myriad", "zero", "glue"
        self.abbrev = 0               # 一百五: the power of ten a lone last digit stands for
        self.vague = self.more = self.has_myriad = self.decimals = False
        self.run = ""                 # Chinese digits read one after another (二〇二三, 三四)
        self.only_digits = True

    def read(self, text: str, pos: int, end: int) -> int:
        """Consume `text[pos:end]` as far as the grammar allows; where it stopped.

        A figure of two or more digits right after 亿 belongs to the numeral only with a unit of its own after it
        (`1亿2000万`): `2亿65岁以上老人`, `1.7亿65周岁` end at the magnitude; after 万, two to four digits are the
        digits below it, a 零 left out (`1万2000`, `1万600元` = 10600, cn2an's reading); a one-digit figure there is
        the colloquial next unit (`1万5` = 15000, as `两万五`)."""
        loose = -1                    # where such a figure starts, while nothing has followed it
        while pos < end:
            after_myriad = self.last == "myriad"
            step = self.step(text, pos, end)
            if not step:
                break
            if after_myriad and step > 1 and text[pos].isascii() and text[pos].isdigit() \
                    and not (self.myriad == 4 and step <= 4 and text[pos:pos + step].isdigit()):
                loose = pos
            elif self.last != "digit":
                loose = -1
            pos += step
        if loose >= 0 and self.last == "digit":
            self.pending, self.last, self.abbrev = None, "myriad", 0
            return loose
        return pos

    def step(self, text: str, pos: int, end: int) -> int:
        """Read one piece at `pos`; its length, or 0 when the numeral ends before it."""
        ch, t = text[pos], self.t
        if ch.isascii() and ch.isdigit():
            match = _ARABIC_PIECE.match(text, pos, end)
            if match is None:
                return 0
            return match.end() - pos if self.number(Decimal(match.group(0)), chinese=False) else 0
        if ch in t.digits:
            return 1 if self.digit(ch) else 0
        if ch in t.units:
            tens_after_group = t.units[ch] == 1 and self.last == "myriad" and text[pos + 1:pos + 2] in t.digits
            return 1 if self.unit(t.units[ch], tens_after_group) else 0
        if ch in t.myriads:
            return 1 if self.big(t.myriads[ch]) else 0
        if ch == t.decimal:
            return self.point(text, pos + 1, end)
        return 1 if self.glue(ch) else 0

    def glue(self, ch: str) -> bool:
        """多 or 余 inside a number (300多万, 三个多亿), 个 before 亿 (三个亿), a space before a magnitude."""
        if ch in "多余" and self.last in ("digit", "unit", "glue"):
            self.more = True
        elif not ((self.last == "digit" and ch.isspace()) or (self.last in ("digit", "unit") and ch == "个")):  # 九十个亿
            return False
        self.last, self.abbrev, self.only_digits = "glue", 0, False
        return True

    def digit(self, ch: str) -> bool:
        value = self.t.digits[ch]
        if self.only_digits:
            self.run += ch
        if value == 0 and self.last in ("unit", "myriad", "zero"):
            self.last, self.abbrev = "zero", 0
            return True
        if self.pending is not None:
            self.vague = True                 # 一两, 三四十: two digits in a row
            return True
        return self.number(Decimal(value), chinese=True)

    def number(self, value: Decimal, chinese: bool) -> bool:
        if self.pending is not None:
            return False
        if self.last == "myriad" and (value >= 10 ** 4 or (self.total + self.section) % 10 ** self.myriad):
            return False                      # 3万2020年: no number of five digits after 万; 1.7亿5: none after a decimal
        if not chinese:
            self.only_digits = False
        self.abbrev = 0
        if chinese and self.last == "unit":
            self.abbrev = self.order - 1      # 一百五 = 150
        elif self.last == "myriad" and (chinese or (value < 10 and value == value.to_integral_value())):
            self.abbrev = self.myriad - 1     # 两万五 = 25000, 1万5 = 15000
        self.pending, self.last = value, "digit"
        return True

    def unit(self, order: int, tens_after_group: bool = False) -> bool:
        # 一百零十, 一百十一; 伍亿柒仟万拾柒: tens and their digit right after 万/亿, the 零 left out
        starts = self.last == "" or (order == 1 and self.last in ("zero", "unit")) or tens_after_group
        if self.pending is None and not starts:
            return False                      # 万千瓦: 千 without a digit after a group is a unit's
        if order >= self.order:
            return False                      # 一百千瓦: units descend
        self.small += (Decimal(1) if self.pending is None else self.pending) * 10 ** order
        self.pending, self.order, self.last, self.abbrev, self.only_digits = None, order, "unit", 0, False
        return True

    def big(self, order: int) -> bool:
        group = self.small + (self.pending or 0)
        if order == 4:
            if self.myriad <= 4 or (group == 0 and self.last not in ("", "glue")):
                return False
            self.section = (group if self.last else Decimal(1)) * 10 ** 4
        else:
            group += self.section
            if self.myriad == 8 and group == 0:
                return False                  # 亿亿
            self.total = (self.total + (group if self.last else Decimal(1))) * 10 ** 8
            self.section = Decimal(0)
        self.small, self.pending, self.order, self.myriad = Decimal(0), None, order, order
        self.last, self.abbrev, self.has_myriad, self.only_digits = "myriad", 0, True, False
        return True

    def point(self, text: str, pos: int, end: int) -> int:
        digits = ""
        while pos + len(digits) < end and text[pos + len(digits)] in self.t.digits:
            digits += text[pos + len(digits)]
        if not digits or self.decimals or self.last not in ("digit", "unit", ""):
            return 0
        fraction = Decimal("0." + "".join(str(self.t.digits[c]) for c in digits))
        self.pending = (self.pending or 0) + fraction
        self.decimals, self.last, self.abbrev, self.only_digits = True, "digit", 0, False
        return 1 + len(digits)

    def value(self) -> Decimal | None:
        if self.only_digits and len(self.run) > 1:
            read = parse_digits(self.run)
            return Decimal(read) if read is not None and any(self.t.digits[c] == 0 for c in self.run) else None
        if self.vague:
            return None
        pending = self.pending or 0
        if self.abbrev > 0 and not self.decimals:
            pending = pending * 10 ** self.abbrev
        value = self.total + self.section + self.small + pending
        if abs(value) >= LIMIT:
            return None
        return _plain(value)
