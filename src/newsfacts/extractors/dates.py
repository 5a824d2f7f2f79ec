"""Dates and target years (SPEC §3.5, §3.6).

Dates run before the other number families and claim their spans, so that the
`2025` of `到2025年` or the `5` of `1-5月` never becomes a count. Relative
references (今年, 上月, 一季度) resolve against the time the sentence names
first, else against the publication date.

Three passes, each claiming what it finds: plan periods (`“十四五”期间`), target
years (`到2025年`), then every other calendar reference. The calendar grammar
(年, 月, 日, 季度, 半年, 周) is written here; the words that decide what a
reference means (goal cues, relative words, names) are data (`data/dates.toml`).
Numerals are read by `numerals.py`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from .. import regex_cache, tokenizer
from ..chinese import inside_book_title
from ..grammar import CLAUSE_END, SENTENCE_MARKS, alternation, clause_end, clause_start
from ..numerals import digit_value, parse_digits, parse_numeral
from ..rules import Dates, DateWords
from ..sentences import Sentence, SentenceIndex
from ..spans import Spans
from ..tables import DataFileError, load_rules

_CLAUSE_OPENERS = frozenset(CLAUSE_END | set("：、！？（(“\""))   # after these a word opens a clause
_SUNDAY = ("日", "天")                 # 周日, 星期天: the seventh day; 周一…周六 are numbered


@dataclass(slots=True)      # not frozen: one per date found, and a frozen one costs four times as much to build
class DateHit:
    """A date or target-year fact found in the text."""

    start: int
    end: int
    kind: Literal["date", "year"]
    value: str | int              # ISO string for dates, the year (int) for target years
    start_year: int | None = None


@dataclass(slots=True)      # not frozen, as DateHit
class Claim:
    """A span that is no fact but that no other reader may take: the year of a name
    (`2021年中国品牌日`), a date inside a title (`《…（2020年版）》`)."""

    start: int
    end: int


@dataclass(frozen=True)
class _Rules:
    """`data/dates.toml`, read once, and the patterns built from it."""

    date: re.Pattern
    groups: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]   # each form's groups: names of _Groups, as renamed
    target: re.Pattern
    plan: re.Pattern
    plan_name: re.Pattern       # a plan's name alone: a text without one skips `plan`, which no prefix lets `re` skip fast
    names: re.Pattern
    later_year: re.Pattern
    rel_years: dict[str, int]
    sentence_years: frozenset[str]
    rel_months: dict[str, int]
    rel_quarters: dict[str, int]
    rel_days: dict[str, int]
    week_offsets: dict[str, int]
    plans: dict[str, tuple[int, int]]
    words: DateWords
    months_ahead: int
    days_ahead: int


# what every date form holds, one of: a year's 年, a month's 月, a quarter's 季 or Q, a week's 周 or 星期,
# a day's 日 号 天, FY, or a separator beside a year (2023-05-10, 2023.5.10, 2023/05/10, 5/10/2023: a 3.5 or a 3-5 is
# none); a relative word of dates.toml that holds none of them is one itself
_ANCHOR_CHARS = "年月日号天季Q周H"
_ANCHOR_WORDS = ("星期", "礼拜", "FY")
# a date of figures alone opens with its year and separator (2023-05-10: ymd_num) or ends with them (5/10/2023:
# mdy_num): tested where the date starts, so that a 1, a 2 or a / (every number of a text) opens no scan
_YEAR_SEPARATOR = r"(?:19|20)\d\d[-/.]|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
# how far into a date its first anchor may stand: 12 in `二〇二一 —— 二〇二五年`, the farthest;
# a new form that holds its first one farther in must raise this (tests/test_dates.py)
DATE_REACH = 16
# forms that hold a character of their own within DATE_REACH characters of their start (a quarter's 季 or Q, a
# month's 月, a half's 半, a fiscal year's 财 or F): at a number before a 年 or 月 every form that opens with a digit
# is tried in turn, and a lookahead for that character passes over the form at once (the farthest: 月 at 13 in
# `二〇二一 年前 十二 个月`; tests/test_dates.py holds such leads)
_FORM_HOLDS = {"first_months": "月", "first_quarters": "季", "quarter_range": "季Q", "quarter": "季Q",
               "short_period": "QH", "half": "半", "month_pair": "月", "year_month": "月", "fiscal_year": "财F届"}


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = load_rules("dates.toml")
    words = raw.words
    sentence_years = dict(raw.sentence_relative_years)
    rel_years = dict(raw.relative_years) | sentence_years
    rel_months, rel_days, week_offsets = dict(raw.relative_months), dict(raw.relative_days), dict(raw.week_offsets)
    plans = {k: (int(v[0]), int(v[1])) for k, v in raw.plan_periods.items()}
    renamed = list(_renumber(_date_patterns(raw, rel_years)))
    relative = [w for table in (rel_years, rel_months, raw.relative_quarters, rel_days, week_offsets,
                                words.same_year_words) for w in table]
    # the first lookahead skips, at one test per character, every position where no date can start (_date_lead),
    # and the second a position with no character within reach that every date form holds
    # (年 of 今年, 月, 日, 周 …): most numbers in a text are no dates, and trying every form costs
    date_re = regex_cache.compile(f"{_date_lead(words, relative + list(words.that_year_before_month))}"
                         f"{_anchor_ahead(relative + list(words.fiscal_year_words + words.cohort_words))}(?:"
                         + "|".join(f"(?P<{name}>{_form_guard(name)}{body})" for name, body in renamed) + ")")
    groups = _group_names(renamed)
    ends = alternation(words.year_ends)
    return _Rules(
        date=date_re, groups=groups, target=_target_pattern(words, rel_years), plan=regex_cache.compile(
            rf"(?<![〇零一二两三四五六七八九十百千第\d])[“\"]?(?P<plan>{alternation(plans)})[”\"]?(?:(?P<tail>{alternation(words.plan_tails)})|(?P<end>{alternation(words.plan_end_tails)}))"),
        plan_name=regex_cache.compile(alternation(plans)),
        names=regex_cache.compile(rf"(?!{alternation(words.name_not_right_after)})(?:(?P<gap>[^，。；！？、的\n]{{0,10}}?)(?:{alternation(words.name_words)})"
                                  rf"|(?P<long>[^，。；！？、的\n]{{11,24}}?)(?:{alternation(words.event_names)})(?:{alternation(words.event_verbs)}))"),
        later_year=regex_cache.compile(rf"[，；,;]\s?(?P<y>(?:19|20)\d{{2}})年(?!{ends}|度)"),
        rel_years=rel_years, sentence_years=frozenset(sentence_years), rel_months=rel_months, rel_days=rel_days,
        rel_quarters=dict(raw.relative_quarters),
        week_offsets=week_offsets, plans=plans, words=words,
        months_ahead=raw.months_ahead, days_ahead=raw.days_ahead)


# where the grammar's forms open besides digits and relative words: a Chinese numeral (五月, 二〇二一年, 三季度), 第 of
# 第三季度, 前 of 前5个月, 周 of 周一, 星期, 礼拜, Q3, FY; 上 or 下 only before 上, 下 (上上个月) or 半 (上半年), 民 only
# in 民国; every other date opens with a relative word of dates.toml (本月, 这个月: not every 本 or 这 of a text)
_NUMERALS = "〇零○一二三四五六七八九十"
_OPEN_CHARS = "第前周星礼QF"             # the characters _GRAMMAR_LEADS takes whatever follows them
_GRAMMAR_LEADS = f"[{_OPEN_CHARS}]|[上下](?=[上下半])|民[国國]"


def _date_lead(words: DateWords, relative: list[str]) -> str:
    """The lookahead for where a date can start: a digit or a Chinese numeral that a date's unit follows
    (_follows; a date written in digits never starts inside a run of digits: 13月 is no March, 12021年 no 2021),
    年 of a part of the year (年初), a lead of the grammar's own (_GRAMMAR_LEADS) or a whole relative word (`同年`,
    `上个月`: not every 同, 上 or 来 of a text, to be tried by every form that holds a 年 within reach)."""
    own = [word for word in relative if word[0] not in _OPEN_CHARS]
    follows = _follows(words)
    return (rf"(?=(?<![0-9])(?:[0-9]\d*+\s?{follows}|(?:19|20)\d\d\.)|[{_NUMERALS}]++\s?{follows}"
            f"|年(?:{alternation(words.year_ends)})|{_GRAMMAR_LEADS}|{alternation(own)})")


def _follows(words: DateWords) -> str:
    """The class of what the forms write right after the number a date opens with (after one space at most): a
    unit (年, 月, 日, 号, 季, Q, H), a dash or 至 of a span, a list's 、 or 和, 上/下 of a half (2020上半年), a fiscal
    year's or a cohort's word (2023财年, 2015届); a year's dot (2023.5.10) is _date_lead's own. A number before %
    or 亿 (two fifths of the numbers of a text) is passed over at once, not read into every form that opens with
    one (tests/test_dates.py: the same matches without this lookahead)."""
    # ― of 1―5月 (old GB text's dash); 全 of 2017全年 (a year that leaves out its 年 before 全年)
    follows = "年月日号季QH上下、和及与至到~/／-—–―全\u00ad" + "".join(w[0] for w in words.fiscal_year_words + words.cohort_words)
    return f"[{re.escape(''.join(sorted(set(follows))))}]"


def _form_guard(name: str) -> str:
    """The lookahead for what the form `name` holds (`_FORM_HOLDS`), or nothing."""
    chars = _FORM_HOLDS.get(name)
    return f"(?=[^{chars}]{{0,{DATE_REACH}}}+[{chars}])" if chars else ""


def _anchor_ahead(words: list[str]) -> str:
    """A lookahead: within DATE_REACH characters stands what every date form holds: one of `_ANCHOR_CHARS`,
    `_ANCHOR_WORDS` or one of the relative `words` of dates.toml that holds none of them, or, where the date
    starts, a year with its separator (`_YEAR_SEPARATOR`). Tried at every place a date may start, so written
    for `re`'s speed rather than as one lazy scan for the whole alternation: a possessive run to the first
    anchor character, then the year's separator, then (only where some word's first character is within
    reach) the lazy scan for a word; it holds wherever a form can match."""
    own = sorted({w for w in words if not set(w) & set(_ANCHOR_CHARS) and not any(a in w for a in _ANCHOR_WORDS)})
    chars = re.escape(_ANCHOR_CHARS)
    firsts = re.escape("".join(sorted({w[0] for w in (*_ANCHOR_WORDS, *own)})))
    anchor_words = "|".join((*_ANCHOR_WORDS, *map(re.escape, own)))
    return (f"(?=[^{chars}]{{0,{DATE_REACH}}}+[{chars}]|{_YEAR_SEPARATOR}"
            f"|(?=[^{firsts}]{{0,{DATE_REACH}}}+[{firsts}])[\\s\\S]{{0,{DATE_REACH}}}?(?:{anchor_words}))")


def _group_names(renamed: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each form's groups and the same groups as renamed (two tuples, so that one `match.group(*renamed)` reads
    them all); a group `_Groups` has no field for is an error."""
    known = set(_Groups.__annotations__)
    groups = {name: [(g.split("__", 1)[1], g) for g in re.findall(r"\(\?P<(\w+)>", body)] for name, body in renamed}
    for name, pairs in groups.items():
        unknown = {short for short, _ in pairs} - known
        if unknown:
            raise DataFileError(f"dates.py: pattern {name} has groups no reader knows: {sorted(unknown)}")
    return {name: (tuple(short for short, _ in pairs), tuple(full for _, full in pairs)) for name, pairs in groups.items()}


def _date_patterns(raw: Dates, rel_years: dict[str, int]) -> list[tuple[str, str]]:
    """One pattern per date form, tried in this order at each position; group names are
    the fields of `_Groups`."""
    words, rel_months, rel_days, week_offsets = raw.words, raw.relative_months, raw.relative_days, raw.week_offsets
    M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
    # one space may stand between a number and its unit word, and between a year's 年 and what follows (PDF text
    # layers of announcements: 2023 年 1-6 月, 2024 年第一季度, 2023 年度): every form reads it as the unspaced one
    SP = " ?"
    ENDS = alternation(words.year_ends)
    # a two-digit year is a year before a month or a span of months, a quarter, a half, a year's part or
    # 全年 (15年3月2日, 18年1-7月份, 九七年一季度, 19年底, 17年全年: 全年 only after a comparison's word or a
    # clause's start, as 过去10年全年 counts years); alone it is as often a number of years
    YY = (r"(?<![\d〇零○一二三四五六七八九十百千万第近.])(?:\d{2}|[〇零○一二三四五六七八九]{2})"
          rf"(?=年(?:{M}(?:\s?[-—~至到]{M})?月|第?[一二三四1-4]季度|[上下]半年|(?:{ENDS})(?![一二三四五六七八九十])"
          r"|(?:(?<=[与较比在于，。；、（(：:\s\n]..年)|(?<=^..年))全年))")
    Y = rf"(?:(?:19|20)\d{{2}}|[〇零○一二三四五六七八九]{{4}}|{YY})"
    D = r"(?:3[01]|[12]\d|0?[1-9])"
    DD = rf"(?:{D}|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"   # 五月十日
    DASH = r"(?:--|——|――|-|—|–|―|~|至|到)"       # ― (U+2015, the horizontal bar) as old GB text sets it: 1―5月
    SEP = rf"\s?\u00ad*{DASH}\u00ad*\s?"       # soft hyphens (&shy;) around a dash are invisible: 1­­—4月
    # 去年第三季, 今年首季: Hong Kong and Taiwan leave out 度 (after a year only: a bare 第三季 is a show's season)
    # 二季末: finance's short form
    Q = (rf"(?:(?:第{SP})?[一二三四1-4]{SP}季度|(?:(?<=年)|(?<=年 ))(?:第{SP}[一二三四1-4]|首)季(?![度节節])"
         rf"|(?<![0-9A-Za-z])Q[1-4](?!\d)|首季度|(?=[一二三四]季[末初])(?<![第\d])...)")
    H = r"[上下]半年"
    MS = r"(?:月份|月)"
    N = r"\d{1,2}|[一二两三四五六七八九十]{1,2}"
    WD = r"[一二三四五六日天]"
    REP = r"(?P<rep>(?:上(?=上))+|(?:下(?=下))+)?"
    REL = alternation(rel_years)
    SAME = alternation(words.same_year_words)
    THAT = alternation(words.same_year_words + words.that_year_before_month)    # 同年10月, 这年10月, 当年9月中旬
    PART = alternation(words.month_parts)
    YEAR_OR_REL = rf"(?:(?:(?P<y>{Y}){SP}年|(?P<rel>{REL})){SP})"

    def not_after(key: str) -> str:
        return "".join(f"(?<!{re.escape(w)})" for w in getattr(words, key))

    return [
        # 2025年10月27日10时至28日10时 ; 9月12日至9月25日
        ("day_range", rf"(?:(?:(?P<y>{Y}){SP}年{SP})?(?P<m>{M}){SP}{MS}{SP})?(?P<d>{DD}){SP}[日号](?:\d{{1,2}}(?:时|点|:\d{{2}}))?{SEP}"
                      rf"(?:(?P<m2>{M}){SP}{MS}{SP})?(?P<d2>{DD}){SP}[日号](?:\d{{1,2}}(?:时|点))?"),
        # 3月6-8日: the first day's 日 may be left out after its month
        ("month_day_range", rf"(?:(?P<y>{Y}){SP}年{SP})?(?P<m>{M}){SP}{MS}{SP}(?P<d>{DD}){SEP}(?P<d2>{DD}){SP}[日号]"),
        # 2012年的10月30日: 的 may stand between the year and its month
        ("ymd", rf"(?P<y>{Y}){SP}年(?:的|{SP})(?P<m>{M}){SP}{MS}{SP}(?P<d>{DD}){SP}[日号]"),
        ("ymd_num", r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])"),
        # 5/27/2022: a month, day and year joined by slashes, as English-language sources (and their
        # translations) write a day; slashes only (27.05.2022 is a European day first)
        ("mdy_num", r"(?<![\d./])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d{2})(?![\d./])"),
        # 民國112年, 中華民國112年12月31日: a year of the Republic of China calendar (Taiwan), 1911 + its number
        ("roc_year", rf"民[国國]{SP}(?P<roc>\d{{1,3}})(?!\d){SP}年(?:{SP}(?P<m>{M}){SP}{MS}(?:{SP}(?P<d>{DD}){SP}[日号])?)?"),
        # 2021年至2024年上半年 ; 2021至2025年 ; 2012年到2021年 ; 2018 年至 2020 年 (digits set off by spaces, SP)
        ("year_range", rf"(?P<y>{Y})(?:{SP}年)?{SEP}(?P<y2>{Y}){SP}年(?:{SP}(?P<tail>{H}|{Q}|(?P<m2>{M}){SP}{MS}))?"),
        # 2017/18年度, 2025至26年度, 2018/19課稅年度, 2023/24财年: a fiscal or tax year across two calendar years
        # (Hong Kong's April to March; the second year often in two digits), the year and the next; after
        # year_range, whose span 2021至2025年上半年 it would cut short
        ("split_year", rf"(?P<y>(?:19|20)\d{{2}}){SP}[/／至\-–—]{SP}(?P<fy2>(?:19|20)\d{{2}}|\d{{2}})(?!\d){SP}"
                       rf"(?:{alternation(words.split_year_ends)})"),
        # 2021年1-5月 ; 今年1-5月 ; 1—11月份
        ("month_range", rf"{YEAR_OR_REL}?(?P<m>{M})(?:{SP}{MS})?{SEP}(?P<m2>{M}){SP}{MS}"),
        # 一二月份, 今年三四月: two neighbouring months written as one span
        ("month_pair", rf"{YEAR_OR_REL}?(?<![十第])(?P<m>[一二三四五六七八九])(?P<m2>[二三四五六七八九十])(?:月份|月)"),
        # 7、8、9三个月: months listed with one count of months after them, as a span of months
        ("listed_months_counted", rf"{YEAR_OR_REL}?(?<!\d)(?P<m>{M})(?:、{M})*、(?P<m2>{M})(?P<n>[两二三四五六七八九十]|\d{{1,2}})个月"),
        # 自6、7月份以来, 2、3月: a month of a list whose last member writes 月 for all (as 2005、2006年)
        ("listed_month", rf"(?:(?P<y>{Y}){SP}年{SP}|(?P<rel>{REL}))?(?<!\d)(?P<m>{M})(?=、)(?=(?:、{M})+(?:月份|月))"),
        # 今年前5个月 (a bare 前6个月 counts back from some event: a duration, not a date; 目前11月 is no 前11月)
        # 前4个月 opening a clause, after a preposition (对于前4个月的外贸表现) or a subject named by 该 (该厂前5个月发电),
        # in digits (statistics' writing): the year's first months; 届满前6个月 and a spoken “前两个月” count back
        # from some moment
        ("first_months", rf"(?:{YEAR_OR_REL}前{SP}(?P<n>{N}){SP}个?月|{not_after('first_months_not_after')}前(?P<n2>{N})月"
                         rf"|(?=前\d)(?:^|(?<=[，。；：—“\n于在从与和及])|(?<=[，。；：] )|(?<=该.)|(?<=该..))前(?P<n3>\d{{1,2}}){SP}个月)"),
        ("first_quarters", rf"{YEAR_OR_REL}?前{SP}(?P<q>[一二两三]){SP}个?季度"),
        # 今年四季度到明年的一季度: a span of quarters, the second year written or relative (的 may follow it);
        # 一至三季度, 2024年1-2季度: 季度 written once belongs to both ends (numerals of one kind)
        ("quarter_range", rf"{YEAR_OR_REL}?(?P<q>{Q}|[一二三四](?={SEP}第?[一二三四]季度)|(?<!\d)[1-4](?={SEP}[1-4]季度))"
                          rf"{SEP}(?:(?P<y2>{Y})年|(?P<rel2>{REL}))?的?(?P<q2>{Q})"),
        # 去年三、四季度: the first quarter of a list whose last member writes 季度 for all (as 6、7月份; numerals of
        # one kind: the list number of `1、一季度亏损` is none)
        ("quarter", rf"{YEAR_OR_REL}?(?P<q>{Q}|[一二三四](?=(?:、第?[一二三四])+季度)|(?<!\d)[1-4](?=(?:、[1-4])+季度))"),
        # 2023Q3, 23Q3, 3Q23; 2024H1, 24H1, 2024年H1, 1H24: finance's short forms of a year's quarter or half
        # (analysts' notes), the year in four digits or two, before the Q or H or after it; not inside a code or
        # word of Latin letters and digits (H1N1, A23Q3)
        ("short_period", r"(?<![0-9A-Za-z])(?:(?P<y>(?:19|20)\d{2}|\d{2})年?(?P<q>[QH][1-4])"
                         r"|(?P<q2>[1-4][QH])(?P<y2>(?:19|20)\d{2}|\d{2}))(?![0-9A-Za-z])"),
        # 2020上半年: a year in digits may leave out its 年 before a half (statistics' writing)
        ("half", rf"(?:(?P<y>{Y}){SP}年{SP}|(?<![\d.])(?P<y2>(?:19|20)\d{{2}})(?=[上下]半年)|(?P<rel>{REL}))?(?P<h>[上下])半年"),
        ("year_month", rf"(?:(?P<y>{Y}){SP}年|(?P<rel>{REL})|(?P<same>{THAT})){SP}(?P<m>{M}){SP}{MS}(?:{SP}(?P<d>{DD}){SP}[日号])?(?:{PART})?"),
        # 2023财年, FY2023: a fiscal year is its year
        # 2015届 (大学生): a graduating cohort is named by the year it leaves school in, a year as a fiscal year is
        ("fiscal_year", rf"(?P<y>{Y}){SP}(?:{alternation(words.fiscal_year_words)})|(?<![A-Za-z])FY ?(?P<fy>(?:19|20)\d{{2}})(?!\d)"
                        rf"|(?<![\d第])(?P<cy>(?:19|20)\d{{2}})(?:{alternation(words.cohort_words)})"),
        # 1860年第二次鸦片战争, 从1839年照相机的发明开始: a year before 1900 at a clause's start or after a
        # word of time (从, 自, 于, 在, 至, 到, 公元), or with its month; elsewhere 1200年 counts years
        ("old_year", rf"(?=1[0-8]\d\d年)(?:(?<=[从自于在至到元])|(?<![^，。；：、\n\s“]))(?<![\d.])(?P<y>1[0-8]\d{{2}})年"
                     rf"(?:(?P<m>{M}){MS}(?:(?P<d>{DD})[日号])?)?(?![前后来间多余])"),
        # 2022年末, 2022年年末, 2021年的年底: the year's part may repeat its 年, after 的 as a month may
        # 1980年代 is a decade, no year (2020年代表团 stays a year)
        ("year", rf"(?P<y>{Y}){SP}年(?!(?<=0年)代(?!表))(?P<tail>度|(?:的?年)?(?:{ENDS}))?"),
        # 2005、2006年, 2005和2006年: a year of a list whose last member writes 年 for all; 2017全年: a year in
        # digits may leave out its 年 before 全年, as before a half (2020上半年)
        ("listed_year", r"(?<!\d)(?P<y>(?:19|20)\d{2})(?=(?:、(?:19|20)\d{2})*[、和及与](?:19|20)\d{2}年|全年)"),
        ("relative_year", rf"(?P<rel>{REL})(?:(?:的?年)?(?:{ENDS}))?"),
        ("same_year", rf"(?P<same>{SAME})"),
        # 年初, 年底 alone: a part of the year the sentence names, else of the publication year
        ("year_part", rf"{not_after('year_part_not_after')}(?P<ye>年(?:{ENDS}))(?![一二三四五六七八九十])"),
        # 上月, 下个月9号: the day of a relative month is a day; its part keeps the month (本月底, 这个月底)
        # 次月 (the next month) opens a clause or follows a preposition; after anything else 次 counts (第二十六次月度例会)
        ("relative_month", rf"{REP}(?:(?=次)(?<![^，。；：\n“「（(于在至到从自的])|(?!次))(?P<relm>{alternation(rel_months)})(?:(?P<d>{DD})[日号]|{PART})?"),
        # 上季度, 本季度末: a quarter counted from the sentence's or the publication's quarter
        ("relative_quarter", rf"{REP}(?P<relq>{alternation(raw.relative_quarters)})(?:{alternation(words.year_ends)})?"),
        # 上周四, 本周一, 周一; not in 每周一, a span of weekdays (周一至周五), a name (黑色星期五),
        # or before the day it names (周三(25日), 周日，二月十号: the day is the date)
        ("week_day", rf"(?:{REP}(?P<wk>{alternation(week_offsets)})(?:周|星期|礼拜)?|{not_after('weekday_not_after')}(?:周|星期|礼拜))"
                     rf"(?P<wd>{WD})(?!{DASH}(?:周|星期)|[(（]\d|[,，]\s?(?:{M}){MS}(?:{DD})[日号]"
                     # 法国星期天报说: a weekday before 报 (no 报道, 报称…) names a newspaper
                     r"|(?<=[期拜].)报(?![道导告名价送出收称]))"),
        # 昨日, 前天, 明日: days counted from the publication day
        ("relative_day", rf"(?P<reld>{alternation(rel_days)})"),
        ("month_day", rf"(?P<m>{M}){SP}{MS}{SP}(?P<d>{DD}){SP}[日号](?P<wd2>周{WD})?"),
        ("month", rf"(?P<m>{M}){SP}{MS}(?:{PART})?"),
        ("two_digit_year", rf"(?<!\d)(?P<yy>[5-9]\d)年(?=(?:{alternation(words.two_digit_year_cues)}))"),
        # 回顾17年的数据 in a text that writes 17年1-7月份: _short_year keeps it only then
        ("short_year", rf"(?<![\d.]){not_after('short_year_not_after')}(?P<yy>\d{{2}})年"
                       rf"(?!{alternation(words.short_year_not_before)})(?=的|[\u4e00-\u9fff])"),
        ("day", rf"(?<![\d月号日])(?P<d>{D})日(?!(?:{alternation(words.day_not_before)}))"),
    ]


def _target_pattern(words, rel_years) -> re.Pattern:
    """Target years: after a goal cue, a goal opener's clause, 将在, 在…实现, or before 前/目标."""
    later = alternation(w for w, n in rel_years.items() if n > 0)
    this_or_later = alternation(w for w, n in rel_years.items() if n >= 0)
    ends = alternation(words.year_ends)
    month = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"     # 将在2022年1月至2025年12月, 到2004年2月: a year with its month is a date
    # where any of the forms can start (a cue, an opener, a future marker, 在, a year before 年): lets `re` skip
    # every other position at one test, and pass over every other 1 or 2 of the text (a number) at the next
    starts = "".join(sorted({w[0] for w in (*words.target_cues, *words.goal_openers, *words.future_markers)} | {"在"}))
    return regex_cache.compile(
        rf"""
        (?=[{re.escape(starts)}]|(?:19|20)\d\d年)(?:
        (?P<cue>{alternation(words.target_cues)})[“"]?(?:(?P<y>(?:19|20)\d{{2}})年(?!{month})|(?P<rel>{later}))(?:前|年?(?:{ends}))?
      | (?:{alternation(words.goal_openers)})[，：:]\s?(?:(?P<y5>(?:19|20)\d{{2}})年|(?P<rel5>{this_or_later}))(?:前|年?(?:{ends}))?
        (?![\d一二三四五六七八九十上下前第])
      | (?:{alternation(words.future_markers)})在(?P<y4>(?:19|20)\d{{2}})年(?!{month})
      | 在(?P<y3>(?:19|20)\d{{2}})年(?:前|{ends})?(?!{month})(?=[^，。；]{{0,6}}(?:{alternation(words.goal_verbs)}))
      | (?P<y2>(?:19|20)\d{{2}})年(?:[底末]?(?P<before>前)(?![\d一二两三四五六七八九十后])|(?P<goal>{alternation(words.target_after)})))
        """,
        re.VERBOSE,
    )


def _renumber(patterns):
    """Named groups must be unique across alternatives: prefix each with its alternative's name."""
    for name, body in patterns:
        yield name, re.sub(r"\(\?P<(\w+)>", lambda m, name=name: f"(?P<{name}__{m.group(1)}>", body).replace(
            "(?P=s)", f"(?P={name}__s)")


class _Groups:
    """The groups a date form matched; a group no field names is an error, not a silent None (`_group_names`).
    Built per date match from the form's own groups alone (`of`): the others read None from the class, so a
    match costs a dict of its three or four groups, not thirty fields set one by one."""

    y: str | None = None
    y2: str | None = None
    m: str | None = None
    m2: str | None = None
    d: str | None = None
    d2: str | None = None
    s: str | None = None
    tail: str | None = None
    rel: str | None = None
    same: str | None = None
    n: str | None = None
    n2: str | None = None
    n3: str | None = None
    q: str | None = None
    h: str | None = None
    relm: str | None = None
    reld: str | None = None
    wk: str | None = None
    wd: str | None = None
    rep: str | None = None        # 上上个月, 下下个季度, 下下下周一: each 上/下 repeated before the word is one more step
    wd2: str | None = None
    yy: str | None = None
    roc: str | None = None
    fy2: str | None = None                 # a fiscal year's second year: the first says when it is (2025至26年度)
    fy: str | None = None
    cy: str | None = None                  # a graduating cohort's year (2015届)
    ye: str | None = None
    relq: str | None = None
    rel2: str | None = None
    q2: str | None = None

    @classmethod
    def of(cls, names: tuple[str, ...], values) -> _Groups:
        """The groups `names` with their `values` (in order); every other field None."""
        groups = cls()
        groups.__dict__ = dict(zip(names, values))
        return groups


class TextDay(date):
    """The day an undated text is of, known from elsewhere (a full date in its title, a line signing it): no
    publication day (its 昨天 gives none: a title's date may also be an event's), but its year is the present,
    and it is the day a bare weekday looks back from and the month 上月 counts from when the text names none."""


# a day written as eight digits (《新闻联播》（20230113）): only a title's, where no other number stands so
_COMPACT_DAY = regex_cache.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def compact_title_day(title: str) -> TextDay | None:
    """The day a title writes as eight digits (`《新闻联播》（20230113）`, an archive's programme of that day): the day
    an undated text is of, as a title's `2023年1月13日` is (no date fact of the title: the digits are its label)."""
    match = _COMPACT_DAY.search(title)
    if match is None:
        return None
    try:
        return TextDay(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:                  # 20230231: no such day
        return None


@dataclass
class Anchor:
    """What relative references resolve against."""

    published: date | None
    present_year: int | None = None     # an undated text's own present: the latest year it names (_present_year)
    present_given: bool = False         # present_year is the year of a day the text was written (a title's or a signed date)
    day: date | None = None             # that day, when the text gives it (TextDay)
    last_year: int | None = None        # the last explicit year in the document so far (what 同年 means)
    last_month: tuple[int, int | None, int] | None = None   # (where, year, month) of the last month named so far
    month_named: tuple[int | None, int] | None = None  # (year or None, month) of the last month named, year-less too


@dataclass(slots=True)      # not frozen: one per date match (as _Where)
class _SentenceTime:
    """The time a sentence names first (2019年…比上年): what its later relative references resolve against."""

    year: int | None
    month: int | None
    written: bool                      # the year was written out, not inferred
    first_written: int | None = None   # the first year the sentence wrote: what 上年/次年 count from
    quarter: int | None = None         # the quarter it names (第三季度…与上季持平: 上季 is the second)


@dataclass
class _Reading:
    """One text's pass: what it has found and claimed so far."""

    norm: str
    sentences: SentenceIndex
    anchor: Anchor
    rules: _Rules
    hits: list[DateHit | Claim] = field(default_factory=list)
    taken: Spans = field(default_factory=Spans)
    sentence_times: dict[int, _SentenceTime] = field(default_factory=dict)
    named_years: list[tuple[int, int]] = field(default_factory=list)   # (year, start) of each date whose year is written
    # (year, start, month) of each date whose year is written and that tells of that year up to a month: the
    # period's last month (2017年3季度末 → 9, 2017年全年 → 12; a year alone tells of none)
    periods_told: list[tuple[int, int, int]] = field(default_factory=list)
    latest_yearless_month: int | None = None   # the latest month a year-less date names (--01-19 → 1)

    def keep(self, hit: DateHit | Claim) -> None:
        self.hits.append(hit)
        self.taken.add(hit.start, hit.end)


def find_dates(norm: str, sentences: SentenceIndex, published: date | int | None) -> list[DateHit | Claim]:
    """Date and target-year facts in `norm`, and the spans claimed without a fact; left to
    right, not overlapping. An int for `published` is an undated text's present year, known from
    elsewhere, a TextDay its day (a full date in its title): it stands before the years the text names."""
    if isinstance(published, TextDay):
        reading = _read(norm, sentences, Anchor(None, present_year=published.year, present_given=True, day=published))
        published = None
    elif isinstance(published, int):
        reading = _read(norm, sentences, Anchor(None, present_year=published, present_given=True))
        published = None
    else:
        reading = _read(norm, sentences, Anchor(published))
    if published is None and reading.anchor.present_year is None:
        present = _present_year(reading)
        if present is not None:
            reading = _read(norm, sentences, Anchor(None, present_year=present))
    reading.hits.sort(key=lambda h: h.start)
    return _join_ranges(norm, reading.hits)


def _read(norm: str, sentences: SentenceIndex, anchor: Anchor) -> _Reading:
    reading = _Reading(norm, sentences, anchor, _rules())
    _read_plans(reading)
    _read_targets(reading)
    _read_dates(reading)
    return reading


def _present_year(reading: _Reading) -> int | None:
    """An undated text's present: the latest year it names as a date, its year-less dates' and 今年's
    year, as a publication year would be (2019年上半年…今年2月份 → 2019); a year that a word of the
    future stands before in its sentence (将于2012年到期, 预计2020年上半年，…，2020年下半年) is to
    come and fixes none. None when the text names no such year: its year-less dates keep no year (SPEC).
    Nor when the text tells of that year's period as past up to a month more than `months_ahead` after
    the latest month its year-less dates name: a report of `2017年全年` dated `本报北京1月19日电` is written
    after that year, in a year it does not say (the rule by which a dated article's 12月 in January is
    last year's, read the other way)."""
    present = max((year for year, start in reading.named_years if not _to_come(start, reading)), default=None)
    latest = reading.latest_yearless_month
    if present is None or latest is None:
        return present
    told = (month for year, start, month in reading.periods_told
            if year == present and not _to_come(start, reading) and not _foretold(start, reading))
    return None if any(month > latest + reading.rules.months_ahead for month in told) else present


def _until(value: str, span: tuple[int, int], reading: _Reading) -> bool:
    """Is the date a deadline (2027年底前停止…) or, a span of years, a term or season (2025-2026年度…主席)? What
    holds until a year, or through one, says nothing of when an undated text was written (_present_year), nor
    does a past point the text counts from (_reference_point). 前后 is "about" (1950年前后)."""
    norm, words, end = reading.norm, reading.rules.words, span[1]
    if _reference_point(value, span[0], reading) or _record_since(end, reading) or _rule_start(end, reading):
        return True
    if norm.startswith(words.present_not_after, end):
        return not norm.startswith("前后", end)
    return "/" in value and norm.startswith(words.present_not_after_span, end)


def _reference_point(value: str, start: int, reading: _Reading) -> bool:
    """Is the date a past point the text looks back to (早在2010年7月) or a whole year where a count stops
    (截至2024年底: written after that year)? Neither says when an undated text was written (_present_year)."""
    norm, words = reading.norm, reading.rules.words
    if any(norm.endswith(word, 0, start) for word in words.reference_before):
        return True
    return value.isdigit() and any(norm.endswith(word, 0, start) for word in words.cutoff_before)


def _record_since(end: int, reading: _Reading) -> bool:
    """Is the date the start of a record's run (自２００９年以来从未出现过, 2013年以来最低点, 1949年以来7月首次)? A
    record is measured from a past year back from the text's now, which it does not fix; `2009年以来已有25只新基金`
    (no record) is the year so far and does."""
    words = reading.rules.words
    return _clause_after_holds(end, words.since_after, words.record_words, reading)


def _rule_start(end: int, reading: _Reading) -> bool:
    """Is the year the one a rule applies from (`自2027年起出口到欧洲的动力电池必须持有…“电池护照”`)? A rule's start
    is to come as often as past, and says nothing of when an undated text was written."""
    words = reading.rules.words
    return _clause_after_holds(end, words.rule_start_after, words.rule_words, reading)


def _clause_after_holds(end: int, openers: tuple[str, ...], words: tuple[str, ...], reading: _Reading) -> bool:
    """Does one of `openers` follow `end` right away, and one of `words` stand in the clause after it?"""
    norm = reading.norm
    if not norm.startswith(openers, end):
        return False
    clause = norm[end:clause_end(norm, end, reach=30)]
    return any(word in clause for word in words)


def _to_come(start: int, reading: _Reading) -> bool:
    """Does a word of the future (将, 预计) stand before `start` in its sentence (within 60 characters)?"""
    sentence = reading.sentences.at(start)
    before = reading.norm[max(sentence.start if sentence else 0, start - 60):start]
    return any(word in before for word in reading.rules.words.future_before)


_FORECAST_CLAUSE_MARKS = CLAUSE_END | frozenset("!?")     # normalized text writes ！？ as !?
_SENTENCE_MARK_SET = frozenset(SENTENCE_MARKS)


def _foretold(start: int, reading: _Reading) -> bool:
    """Does a word of the future stand after the date at `start` in its clause (`2016年全年…规模或将超过3万亿元`:
    a forecast for the year under way, no report of it as past)?"""
    clause = reading.norm[start:clause_end(reading.norm, start, _FORECAST_CLAUSE_MARKS)]
    return any(word in clause for word in reading.rules.words.future_before)


def _read_plans(reading: _Reading) -> None:
    """`“十四五”期间`, `“十五”以来`: a year fact for the plan's last year, with its first; `“十四五”末`:
    the last year alone (none inside a title's 《》)."""
    if reading.rules.plan_name.search(reading.norm) is None:
        return
    for match in reading.rules.plan.finditer(reading.norm):
        first, last = reading.rules.plans[match.group("plan")]
        if inside_book_title(reading.norm, match.start()):
            reading.keep(Claim(*match.span()))
        else:
            reading.keep(DateHit(match.start(), match.end(), "year", last, None if match.group("end") else first))


def _read_targets(reading: _Reading) -> None:
    for match in reading.rules.target.finditer(reading.norm):
        if reading.taken.overlaps(*match.span()):
            continue
        hit = _target(match, reading)
        if hit is None:
            continue
        reading.keep(hit)
        for later in _later_goal_years(reading, hit):
            if not reading.taken.overlaps(later.start, later.end):
                reading.keep(later)


def _target(match: re.Match, reading: _Reading) -> DateHit | None:
    """The target year of one match of the target pattern, or None when the context says otherwise."""
    year = _target_year(match, reading.anchor.published, reading.rules)
    if year is None or not _target_in_context(match, year, reading):
        return None
    start = _target_start(match)
    return None if inside_book_title(reading.norm, start) else DateHit(start, match.end(), "year", year)


def _target_in_context(match: re.Match, year: int, reading: _Reading) -> bool:
    """Is the year a goal's (a target year) where it stands: not a span, a past result or this year's end?"""
    return not (_span_or_comparison(match, reading) or _past_result(match, year, reading)
                or _this_years_end(match, year, reading) or _current_year_forecast(match, year, reading)
                or _level_by_a_past_year(match, year, reading))


def _span_or_comparison(match: re.Match, reading: _Reading) -> bool:
    """2021至2025年 is a span, 截至2021年底 a date, 提高至2020年的 a comparison; 会到2025年 is a
    forecast and 提出到2030年 a goal (a future marker or a goal opener right before)."""
    norm, words, start = reading.norm, reading.rules.words, match.start()
    return ((match.group("cue") or "") in ("至", "到") and start > 0 and norm[start - 1] not in _CLAUSE_OPENERS
            and not norm.endswith(words.future_markers + words.goal_openers, 0, start))


def _past_result(match: re.Match, year: int, reading: _Reading) -> bool:
    """在2018年达到 (2018 not after publication), 报告提出，2021年全省… (a year before publication): a result.
    In an undated text a goal opener's year is a goal's when a word of the future (要, 将) before a goal verb
    stands in its clause (`纲要…提出，2020年全国高等教育毛入学率要达到40％`): what is still to be reached."""
    published = reading.anchor.published
    if match.group("y3") or match.group("y4"):
        return published is None or year <= published.year
    if match.group("y5"):
        return year < published.year if published else not _modal_follows(match.end(), reading)
    if match.group("rel5"):
        return published is None or year < published.year
    return False


def _modal_follows(end: int, reading: _Reading) -> bool:
    """Does a future marker right before a goal verb (要达到, 将实现) stand in the clause after `end`? (A marker
    alone would be found inside other words: 主要, 社会.)"""
    norm, words = reading.norm, reading.rules.words
    clause = norm[end:clause_end(norm, end, reach=30)]
    return any(marker + verb in clause for marker in words.future_markers for verb in words.goal_verbs)


def _this_years_end(match: re.Match, year: int, reading: _Reading) -> bool:
    """到2019年底, 预计到2019年年末, 于2017年底前 in an article of that year: this year's end, a date (GOLD_GUIDE: a
    current-year forecast; a deadline at this year's end is one too)."""
    published, ends = reading.anchor.published, reading.rules.words.year_ends
    if published is None or year != published.year:
        return False
    text = match.group(0)
    if match.group("before"):
        return text[:-1].endswith(ends)
    return (match.group("cue") or "").endswith(("至", "到")) and text.endswith(ends)


def _current_year_forecast(match: re.Match, year: int, reading: _Reading) -> bool:
    """展望2021年 (or 预测，到2021年) in a 2021 article: a forecast for the current year, a date (as 到2019年底 in
    2019), unless a goal word follows in its clause (展望2021年，力争…)."""
    published, words = reading.anchor.published, reading.rules.words
    if published is None or year != published.year or not (match.group("cue") in words.forecast_cues
                                                           or _after_a_forecast_verb(match, reading)):
        return False
    return not _goal_follows(reading.norm, match.end(), words.goal_after)


def _after_a_forecast_verb(match: re.Match, reading: _Reading) -> bool:
    """报告预测，到2022年…: 到/至 opening the clause after a verb of forecasting is a forecast's, as 预计到 is."""
    if match.group("cue") not in ("到", "至"):
        return False
    before = reading.norm[max(0, match.start() - 8):match.start()].rstrip("，,：: ")
    return before.endswith(reading.rules.words.forecast_verbs)


def _level_by_a_past_year(match: re.Match, year: int, reading: _Reading) -> bool:
    """此后一路下滑，到2023年，…里程为578公里 in a 2024 article: 到 a past year tells when a level
    stood, a date; a goal word before it in its sentence keeps a plan's goal (提出到2020年…)."""
    published, words, norm = reading.anchor.published, reading.rules.words, reading.norm
    if match.group("cue") not in ("到", "至") or published is None or year >= published.year:
        return False
    sentence = reading.sentences.at(match.start())
    before = norm[max(sentence.start if sentence else 0, match.start() - 40):match.start()]
    goal_words = (*words.goal_openers, *words.goal_after, *words.past_goal_words)
    return not any(word in before for word in goal_words) and not _goal_follows(norm, match.end(), words.goal_after)


def _target_start(match: re.Match) -> int:
    """将在2023年 starts at 在; 提出，2022年 at the year; the others at their cue."""
    if match.group("y4"):
        return match.start("y4") - 1
    for group in ("y5", "rel5"):
        if match.group(group):
            return match.start(group)
    return match.start()


def _target_year(match: re.Match, published: date | None, rules: _Rules) -> int | None:
    rel = match.group("rel") or match.group("rel5")
    if rel:
        return None if published is None else published.year + rules.rel_years[rel]
    return int(match.group("y") or match.group("y2") or match.group("y3") or match.group("y4") or match.group("y5"))


def _later_goal_years(reading: _Reading, first: DateHit) -> list[DateHit]:
    """`目标2026年营收100亿元，2028年200亿元`: a later year opening a clause of the same sentence
    continues the list of goals (only a year alone: 2028年3月 is a date)."""
    norm, year = reading.norm, int(first.value)
    sentence = reading.sentences.at(first.end - 1)
    stop = sentence.end if sentence else len(norm)
    out: list[DateHit] = []
    for match in reading.rules.later_year.finditer(norm, first.end, stop):
        later = int(match.group("y"))
        following = reading.rules.date.match(norm, match.start("y"))
        if later > year and following is not None and following.lastgroup == "year":
            out.append(DateHit(match.start("y"), following.end(), "year", later))
            year = later
    return out


def _read_dates(reading: _Reading) -> None:
    rules = reading.rules
    for match in rules.date.finditer(reading.norm):
        if reading.taken.overlaps(*match.span()):
            continue
        name = match.lastgroup or ""
        shorts, fulls = rules.groups[name]
        groups = _Groups.of(shorts, match.group(*fulls) if len(fulls) > 1 else map(match.group, fulls))
        if inside_book_title(reading.norm, match.start()) or (name == "year" and (_names_event(reading.norm, match.end(), rules)
                                                                                   or _names_a_quoted_list(reading.norm, match.span(), rules))) \
                or reading.norm.startswith(rules.words.caption_after, match.end()):     # （5月14日摄）: a photo's credit
            reading.keep(Claim(*match.span()))
            continue
        hit = _date(name, groups, match.span(), reading)
        if hit is not None:
            reading.keep(hit)


# forms that say nothing of the time later references in their sentence mean
_NO_SENTENCE_TIME = frozenset({"relative_month", "day", "same_year", "week_day", "relative_year", "relative_day", "year_part",
                               "relative_quarter"})


def _date(name: str, groups: _Groups, span: tuple[int, int], reading: _Reading) -> DateHit | None:
    """The fact of one date match: a date, or a target year when a goal or forecast points to it."""
    sentence = reading.sentences.at(span[0])
    key = sentence.start if sentence else -1
    before = _time_so_far(sentence, reading)
    value = _READERS[name](groups, _Where(reading.norm, span, reading.anchor, before, reading.rules))
    if value is None:
        return None
    written = groups.y2 or groups.y
    if name not in _NO_SENTENCE_TIME:
        time = reading.sentence_times[key] = _time_of(value, written=bool(written), before=before)
        _note_month(time, span, reading)
        reading.anchor.month_named = _month_named(value) or reading.anchor.month_named
    elif name == "relative_day" and reading.anchor.published:
        reading.sentence_times[key] = _present_time(reading.anchor.published, before)
    if written:
        reading.anchor.last_year = _year(written)
    if _is_goal_year(name, value, span, reading):
        return DateHit(*span, "year", int(value))     # 2022年GDP增长5.5%左右的目标: a goal's year
    about = _about_a_year_to_come(name, span, reading)
    if about:
        return DateHit(span[0], span[1] + about, "year", int(value))
    _note_present(value, written, span, reading)
    return DateHit(*span, "date", value)


def _present_time(published: date, before: _SentenceTime | None) -> _SentenceTime:
    """A relative day (今日, 昨日) puts its sentence in the present: a later year-less date there is this year's
    (`是2000年重建雷峰塔前…出土的文物，…从今日至3月30日` in 2011: 2011-03-30), though no month of the text is noted (下月
    still counts from the publication)."""
    return _SentenceTime(published.year, published.month, False, before.first_written if before else None)


def _note_month(time: _SentenceTime, span: tuple[int, int], reading: _Reading) -> None:
    """Keep the month a later 上月 counts from: a month with its year (year-less only in an undated text, where
    `6月份…较上月` is --05), not one a comparison is made against (`比去年4月份下降…。环比上月`: 上月 counts from the
    month the report tells of)."""
    if not time.month or (time.year is None and reading.anchor.published is not None):
        return
    if reading.norm.endswith(reading.rules.words.comparison_before, max(0, span[0] - 2), span[0]):
        return
    reading.anchor.last_month = (span[1], time.year, time.month)


def _note_present(value: str, written: str | None, span: tuple[int, int], reading: _Reading) -> None:
    """Keep what says when an undated text was written (_present_year): a year it names (unless it holds until
    then), the month up to which it tells of that year, the latest month of its year-less dates."""
    if written and not _until(value, span, reading):
        reading.named_years.append((_year(written), span[0]))
        told = _month_told(value, reading.norm, span[1], reading.rules.words)
        if told is not None:
            reading.periods_told.append((_year(written), span[0], told))
    elif value.startswith("--"):
        month = _month_named(value)
        if month is not None:
            reading.latest_yearless_month = max(month[1], reading.latest_yearless_month or 0)


def _month_told(value: str, norm: str, end: int, words: DateWords) -> int | None:
    """The last month of the period a date with a written year tells of: `2017-03-05` → 3, `2017-Q3` → 9,
    `2017-H1` → 6, a span its end's; a year alone tells of the whole year only with 全年 or its end after it
    (2017年全年, 2018年末: 12), else of none (2017年 may be the year under way)."""
    last = value.split("/")[-1]
    part = last[5:]
    if part[:1] == "Q" and part[1:2].isdigit():
        return int(part[1]) * 3
    if part[:1] == "H" and part[1:2].isdigit():
        return int(part[1]) * 6
    if part[:2].isdigit():
        return int(part[:2])
    if not part and (norm.startswith(words.whole_year_after, end) or norm.endswith(_YEAR_END_TAILS, 0, end)):
        return 12
    return None


_YEAR_END_TAILS = ("年底", "年末")


def _time_so_far(sentence: Sentence | None, reading: _Reading) -> _SentenceTime | None:
    """The time a sentence names so far; a clause after ； that names none yet goes on with the clause
    before it (`2020年，…分别是1月成立…；3月在澳大利亚推出…；6月…`: 3月 and 6月 are 2020's)."""
    while sentence is not None:
        time = reading.sentence_times.get(sentence.start)
        if time is not None or not reading.norm.endswith("；", 0, sentence.start):
            return time
        sentence = reading.sentences.at(sentence.start - 1)
    return None


# two dates joined by a range word are one interval, also with a time of day or 起 after the
# first (2021年4月20日11:00时至…, 12月9日零时至12月16日24时, 前天中午到明天晚上, 自2020-05-26起至2020-05-29止)
_RANGE_JOIN = regex_cache.compile(r"(?:\s?(?:上午|下午|中午|晚上|凌晨|早上|夜间)?(?:\d{1,2}(?:[:：]\d{2}){1,2}时?|\d{1,2}[时点]"
                         r"|[零〇一二三四五六七八九十]{1,3}[时点])?|\s?起)?\s?(?:至|到|--|——|-|—|–|~)\s?")


def _join_ranges(norm: str, hits: list[DateHit | Claim]) -> list[DateHit | Claim]:
    """`2018年1月22日至2021年8月13日`: two dates joined by 至 are one interval."""
    out: list[DateHit | Claim] = []
    for hit in hits:
        previous = out[-1] if out else None
        if isinstance(previous, DateHit) and isinstance(hit, DateHit) and _joins(norm, previous, hit):
            out[-1] = DateHit(previous.start, hit.end, "date", f"{previous.value}/{hit.value}")
        else:
            out.append(hit)
    return out


def _joins(norm: str, first: DateHit, second: DateHit) -> bool:
    one, two = str(first.value), str(second.value)
    return (first.kind == second.kind == "date" and bool(_RANGE_JOIN.fullmatch(norm, first.end, second.start))
            and "/" not in one and "/" not in two and one[:len(two)] <= two and one != two)


def _is_goal_year(name: str, value: str, span: tuple[int, int], reading: _Reading) -> bool:
    """A year alone that a goal or forecast points to: this year or later before a goal word
    (2022年GDP增长5.5%左右的目标), or any later year (明年国内手机芯片市场格局基本都定了: news
    can only speak of a coming year as plan or forecast), unless a copula follows (明年是…). An undated text
    written on a day it names (in its title or signed) has that day's year as its now."""
    anchor = reading.anchor
    now = anchor.published.year if anchor.published else anchor.present_year if anchor.present_given else None
    if name == "year" and now is None and value.isdigit():
        return _foreseen_year(int(value), span, reading)
    if name not in ("year", "relative_year") or now is None or not value.isdigit():
        return False
    year, words = int(value), reading.rules.words
    if name == "year" and year >= now and _goal_follows(reading.norm, span[1], words.goal_after):
        return True
    return year > now and not reading.norm.startswith(words.forecast_not_before, span[1])


def _foreseen_year(year: int, span: tuple[int, int], reading: _Reading) -> bool:
    """In an undated text whose present its own latest year gives, a later year a rule applies from is the rule's
    plan (`自2027年起出口到欧洲的动力电池必须持有…` in a text whose present is 2024): the rule tells it is set ahead,
    the present that it is no past. (A later year after a word of the future alone stays a date: the studied
    golds read such forecasts both ways.)"""
    present = reading.anchor.present_year
    return present is not None and year > present and _rule_start(span[1], reading)


def _about_a_year_to_come(name: str, span: tuple[int, int], reading: _Reading) -> int:
    """In an undated text, the length of `前后` after a year that a word of the future follows in its sentence
    (`2020年前后，湖南还将投资建设两台…核电站`: a plan's year, a target year), else 0. With no publication year
    the future word is what tells a coming year from a past one (`2015年前后，国内潮玩市场逐渐兴起` is a date)."""
    if name != "year" or reading.anchor.published or reading.anchor.present_given:
        return 0
    norm, words = reading.norm, reading.rules.words
    about = next((word for word in words.about_after if norm.startswith(word, span[1])), None)
    if about is None:
        return 0
    sentence = reading.sentences.at(span[0])
    after = norm[span[1]:sentence.end if sentence else clause_end(norm, span[1], _SENTENCE_MARK_SET)]
    return len(about) if any(word in after for word in words.future_before) else 0


def _goal_follows(norm: str, end: int, goal_words: tuple[str, ...]) -> bool:
    """Does the clause after a year name a goal (目标, 力争, 将…)?"""
    stop = clause_end(norm, end, reach=30)
    return any(word in norm[end:stop] for word in goal_words)


def _names_a_quoted_list(norm: str, span: tuple[int, int], rules: _Rules) -> bool:
    """`“2019年世界500强企业”名单`: a year opening a quotation that names a list is part of the name (SPEC);
    `2019年获奖名单`, unquoted, says which year's list."""
    start, end = span
    if start == 0 or norm[start - 1] not in "“\"":
        return False
    close = norm.find("”" if norm[start - 1] == "“" else "\"", end, end + 24)
    return close > 0 and "\n" not in norm[end:close] and norm.startswith(rules.words.quoted_list_words, close + 1)


def _names_event(norm: str, end: int, rules: _Rules) -> bool:
    """`2021年中国品牌日`, `2022年度报告`: the year is part of a name; not before an edition's
    number (`2023年第六届中国国际进口博览会`: the sixth is named by its number, the year says when),
    a period's report (`2019年半年报`) or a title in 《》 (`2020年《政府工作报告》`)."""
    match = rules.names.match(norm, end)
    if match is None:
        return False
    gap = match.group("gap")
    if gap is not None and gap.startswith("《"):
        return False                          # 2020年《政府工作报告》: the year outside the title says which year's
    if gap is None:                           # 2024年…公众科学日活动在北京启动; not 2019年全市共组织开展…活动
        long = match.group("long")
        return not any(word in long for word in rules.words.event_gap_not) and not long.startswith(("第", "上", "下"))
    # a period's report (2019年半年报, 2019年三季报) says when, as a month or an edition's number does; a clause
    # (2021年召开会议10次) is no name
    return not (re.search(r"[月日季]|半年", gap) or re.search(r"季|半年", match.group(0)) or gap.startswith("第")
                or any(word in gap for word in rules.words.event_gap_not))


def _time_of(value: str, written: bool, before: _SentenceTime | None) -> _SentenceTime:
    """The year and month of a date value: what later references in the same sentence resolve
    against; the first year the sentence wrote stays (2018年…比2017年…，增速比上年: 上年 is 2017)."""
    first = before.first_written if before else None
    last = value.split("/")[-1]
    if last.startswith("--"):                # a year-less month still says which month (6月份…较上月, undated)
        return _SentenceTime(None, int(last[2:4]) if last[2:4].isdigit() else None, False, first)
    parts = last.split("-")
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    quarter = int(parts[1][1]) if len(parts) > 1 and parts[1][:1] == "Q" else None
    year = int(parts[0])
    return _SentenceTime(year, month, written, first or (int(value[:4]) if written else None), quarter)


@dataclass(slots=True)      # not frozen: one per date match, and a frozen one costs several times more to build
class _Where:
    """What a date's value depends on besides its own groups: the text around it, the
    article's anchors (publication date, last year named) and the sentence's own time."""

    norm: str
    span: tuple[int, int]
    anchor: Anchor
    sentence: _SentenceTime | None
    rules: _Rules

    def before(self, width: int) -> str:
        return self.norm[max(0, self.span[0] - width):self.span[0]]


# --- numerals and ISO values ---

def _group(text: str | None) -> str:
    """A group the form's pattern requires: it matched whenever the form did."""
    assert text is not None, "the form's pattern requires this group"
    return text


def _year(text: str | None) -> int:
    """`2023`, `二〇二三`: a year is read digit by digit (`text` is a group its form requires)."""
    year = parse_digits(_group(text))
    assert year is not None, text       # the patterns let only digit runs through
    if year < 100:                      # 15年3月 → 2015, 98年4月 → 1998 (SPEC: 95年 → 1995)
        year += 1900 if year >= 50 else 2000
    return year


def _number(text: str | None) -> int:
    """A month, day or count of months: `11`, `十一`, `两` (`text` is a group its form requires)."""
    value = parse_numeral(_group(text))
    assert value is not None, text
    return int(value)


def _quarter_number(text: str | None) -> int:
    """`第三季度`, `Q3`, `三` → 3, `首季度` → 1 (`text` is a group its form requires)."""
    if _group(text).startswith("首"):
        return 1
    return next(value for value in map(digit_value, _group(text)) if value is not None)


def _fmt(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO 8601 of a year, month or day (`--MM-DD` without a year); None for a day no calendar has (2月30日)."""
    if day and (month is None or not _is_day(year, month, day)):
        return None
    if year is None:
        if day:
            return f"--{month:02d}-{day:02d}"
        return f"--{month:02d}" if month else None
    if day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _is_day(year: int | None, month: int, day: int) -> bool:
    try:
        date(2000 if year is None else year, month, day)   # 2000 is a leap year: 2月29日 without a year may be
    except ValueError:
        return False
    return True


def _days_after(day: date, days: int) -> str | None:
    """ISO day `days` after `day`; None beyond the calendar's ends (上周一 of 0001-01-01)."""
    try:
        return (day + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


# --- which year a reference means ---

def _reference_year(g: _Groups, w: _Where) -> int | None:
    """The year a year-less reference means: the sentence's own year, else the publication year
    (an undated text's present year)."""
    published = w.anchor.published
    if g.y:
        return _year(g.y)
    if g.rel:
        return _relative_year_of(g.rel, w)
    if g.same:
        return w.anchor.last_year or (published.year if published else None)
    if w.sentence and w.sentence.year:
        return w.sentence.year
    return published.year if published else w.anchor.present_year


def _relative_year_of(word: str, w: _Where) -> int | None:
    """今年 counts from publication; 上年, 次年 from the year the sentence wrote, when it wrote one."""
    sentence, published = w.sentence, w.anchor.published
    if word in w.rules.sentence_years and sentence and sentence.first_written:
        base: int | None = sentence.first_written
    else:
        base = published.year if published else w.anchor.present_year
    return None if base is None else base + w.rules.rel_years[word]


def _month_year(month: int, g: _Groups, w: _Where) -> int | None:
    """Year for a month written without one; a month more than half a year after publication is last year's
    (once: a sentence whose 12月 already went back a year keeps that year for its next 12月 or 11月)."""
    year = _reference_year(g, w)
    explicit = g.y or g.rel or g.same or (w.sentence and w.sentence.year and w.sentence.written)
    published = w.anchor.published
    if not explicit and published and year == published.year and month > published.month + w.rules.months_ahead:
        year -= 1
    elif year is not None and not explicit and published and _rolls_over(month, year, w, published):
        year += 1
    return year


def _rolls_over(month: int, year: int, w: _Where, published: date) -> bool:
    """Has the sentence's story passed a new year? After last year's later month (`去年12月，…——到1月下旬` in January 2024),
    a smaller month up to the publication's is this year's; not one a comparison is made against (`去年12月比11月`)."""
    sentence = w.sentence
    return bool(sentence and sentence.month and month < sentence.month and year == published.year - 1
                and month <= published.month and not w.before(2).endswith(w.rules.words.comparison_before))


def _month_of_day(day: int, w: _Where, published: date) -> tuple[int, int]:
    """(year, month) of a day written alone: the sentence's month, else the publication
    month, else last month when the day is well after publication (27日 in a 9月7日 article)."""
    if w.sentence and w.sentence.month and w.sentence.year is not None:
        return w.sentence.year, w.sentence.month
    words = w.rules.words
    before = w.before(3).rstrip("".join(words.day_prepositions))
    if day <= published.day + w.rules.days_ahead or before.endswith(words.future_markers + words.day_ahead_words):
        return published.year, published.month              # 将于30日举行: a coming day of this month
    index = published.year * 12 + published.month - 2
    return index // 12, index % 12 + 1


# --- one reader per date form: its groups and context → ISO value, or None when no date ---

def _day_range(g: _Groups, w: _Where) -> str | None:
    year: int | None
    if not g.m:                            # 25日08时至26日08时: the days of the month a day alone would take
        if not w.anchor.published:
            return None
        year, month = _month_of_day(_number(g.d), w, w.anchor.published)
    else:
        month = _number(g.m)
        year = _month_year(month, g, w)
    month2 = _number(g.m2) if g.m2 else month
    first, last = _number(g.d), _number(g.d2)
    if month2 == month and last <= first:
        return None                        # 3月8-6日 is no span
    start, end = _fmt(year, month, first), _fmt(year, month2, last)
    return f"{start}/{end}" if start and end else None


def _ymd(g: _Groups, w: _Where) -> str | None:
    return _fmt(_year(g.y), _number(g.m), _number(g.d))


def _year_range(g: _Groups, w: _Where) -> str | None:
    first, last = _year(g.y), _year(g.y2)
    if last <= first:
        return None
    tail = g.tail or ""
    end = f"{last:04d}"
    if "半年" in tail:
        end += "-H1" if tail.startswith("上") else "-H2"
    elif "季度" in tail or tail.startswith("Q"):
        end += f"-Q{_quarter_number(tail)}"
    elif g.m2:
        end = _fmt(last, _number(g.m2)) or end
    return f"{first:04d}/{end}"


def _split_year(g: _Groups, w: _Where) -> str | None:
    """2017/18年度 → 2017/2018: only a year and the next one (2017/19 is no fiscal year)."""
    first, second = _year(g.y), _number(g.fy2)
    last = second if second >= 100 else first // 100 * 100 + second
    return f"{first:04d}/{last:04d}" if last == first + 1 else None


def _roc_year(g: _Groups, w: _Where) -> str | None:
    """民國112年 → 2023: the Republic of China counts years from 1912."""
    year = _number(g.roc) + 1911
    return _fmt(year, _number(g.m) if g.m else None, _number(g.d) if g.d else None)


def _fiscal_year(g: _Groups, w: _Where) -> str | None:
    return _fmt(_year(g.y or g.fy or g.cy))


def _month_range(g: _Groups, w: _Where) -> str | None:
    first, last = _number(g.m), _number(g.m2)
    if last <= first or (not (g.y or g.rel) and w.before(2) in w.rules.words.month_not_after):
        return None                        # 每年6月至8月: every year's months, not a date
    year = _month_year(last, g, w)
    return f"{_fmt(year, first)}/{_fmt(year, last)}"


def _month_pair(g: _Groups, w: _Where) -> str | None:
    """一二月份 → January to February; two months that are not neighbours are no span."""
    first, last = _number(g.m), _number(g.m2)
    return _month_range(g, w) if last == first + 1 else None


def _first_months(g: _Groups, w: _Where) -> str | None:
    count = parse_numeral(_group(g.n or g.n2 or g.n3))
    if count is None or not 1 <= count <= 12:
        return None                        # 前十十月 is no count
    year = _reference_year(g, w)
    return f"{_fmt(year, 1)}/{_fmt(year, int(count))}"


def _first_quarters(g: _Groups, w: _Where) -> str | None:
    year = _reference_year(g, w)
    return None if year is None else f"{year:04d}-Q1/{year:04d}-Q{_quarter_number(g.q)}"


def _quarter(g: _Groups, w: _Where) -> str | None:
    year = _reference_year(g, w)
    if year is None or (len(_group(g.q)) == 1 and not _listed_upwards(g, w)):
        return None
    return f"{year:04d}-Q{_quarter_number(g.q)}"


def _listed_upwards(g: _Groups, w: _Where) -> bool:
    """去年三、四季度 → 2021-Q3 (then 四季度 2021-Q4, the sentence's year): the quarters listed must follow one
    another upwards (a heading's `一、一季度经济运行` lists none)."""
    listed = _LISTED_QUARTERS.match(w.norm, w.span[1])
    members = [_quarter_number(g.q)] + [_quarter_number(c) for c in (listed.group(0) if listed else "") if c not in "、第季度"]
    return all(a < b for a, b in zip(members, members[1:]))


_LISTED_QUARTERS = re.compile(r"(?:、第?[一二三四1-4])+季度")


def _quarter_range(g: _Groups, w: _Where) -> str | None:
    """今年四季度到明年的一季度 → 2021-Q4/2022-Q1; the second quarter's year is the first's unless written."""
    year = _reference_year(g, w)
    later = _year(g.y2) if g.y2 else _relative_year_of(g.rel2, w) if g.rel2 else year
    first, last = _quarter_number(g.q), _quarter_number(g.q2)
    if year is None or later is None or (later, last) <= (year, first):
        return None
    return f"{year:04d}-Q{first}/{later:04d}-Q{last}"


def _half(g: _Groups, w: _Where) -> str | None:
    year = _year(g.y2) if g.y2 else _reference_year(g, w)
    return None if year is None else f"{year:04d}-H{1 if g.h == '上' else 2}"


def _short_period(g: _Groups, w: _Where) -> str | None:
    """2023Q3 → 2023-Q3, 3Q23 → 2023-Q3, 24H1 → 2024-H1 (a half has only H1 and H2: H3 is none)."""
    mark = _group(g.q or g.q2)
    letter, number = ("Q" if "Q" in mark else "H"), int(mark.strip("QH"))
    if letter == "H" and number > 2:
        return None
    return f"{_year(g.y or g.y2):04d}-{letter}{number}"


def _year_month(g: _Groups, w: _Where) -> str | None:
    month = _number(g.m)
    return _fmt(_month_year(month, g, w), month, _number(g.d) if g.d else None)


def _year_alone(g: _Groups, w: _Where) -> str | None:
    if w.norm[max(0, w.span[0] - 2):w.span[0]].endswith(w.rules.words.duration_before):
        return None                        # 超过2000年的种植历史: a number of years
    return _fmt(_year(g.y))


def _old_year(g: _Groups, w: _Where) -> str | None:
    """1860年, 1860年10月: history's years, read as they are written."""
    return _fmt(_year(g.y), _number(g.m) if g.m else None, _number(g.d) if g.d else None)


def _relative_year(g: _Groups, w: _Where) -> str | None:
    if _group(g.rel).startswith("前") and _closes_word_before(w.norm, w.span[0]):
        return None                           # 目前年运输能力: 目前 + 年, no 前年
    year = _reference_year(g, w)
    return None if year is None else _fmt(year)


def _closes_word_before(norm: str, start: int) -> bool:
    """Does the character at `start` end a word that the character before it opens, by the segmenter
    (目前年, 当前年份, 此前年均: 前 closes 目前, 当前, 此前)?"""
    if start == 0 or not tokenizer.is_word(norm[start - 1:start + 1]):
        return False
    first = max(0, start - 3)
    offset = first
    for word in tokenizer.cut(norm[first:start + 3]):
        offset += len(word)
        if offset > start:
            return offset == start + 1
    return False


def _year_part(g: _Groups, w: _Where) -> str | None:
    """年初, 年底 alone: the year (SPEC: 年底 gives the year) the sentence names, else the publication's;
    none in a clause of every year (每当季末、年底) or in quoted speech, where it is the speaker's
    (“年初积极拿地，就能在年末实现销售”), as for relative days."""
    clause = w.before(20)
    if "每" in clause[clause_start(clause, len(clause)):] or _inside_quote(w.norm, w.span[0]):
        return None
    year = _reference_year(g, w)
    return None if year is None else _fmt(year)


def _same_year(g: _Groups, w: _Where) -> str | None:
    year = w.anchor.last_year
    return _fmt(year) if year else None


def _relative_month(g: _Groups, w: _Where) -> str | None:
    """上月 counts from the month told of (_base_month); 本月, 这个月 are the writer's own month, the publication's
    (a report of April's figures published on 6 May: its 本月3日 is 3 May); with neither, an undated text's title
    day's month (no quarter: 上个季度 after a sentence of the second quarter is the first, not the day's last one)."""
    offset, published = w.rules.rel_months[_group(g.relm)], w.anchor.published
    base = (published.year, published.month) if offset == 0 and published else _base_month(w)
    day = w.anchor.day
    if base is None and day is not None:
        base = day.year, day.month      # an undated digest's title day (印度上月底软启动 under 5/27/2022国际财经快讯)
    if base is None:
        return None
    index = (base[0] or 0) * 12 + base[1] - 1 + offset * _steps(g)
    return _fmt(index // 12 if base[0] is not None else None, index % 12 + 1, _number(g.d) if g.d else None)


def _relative_quarter(g: _Groups, w: _Where) -> str | None:
    sentence = w.sentence
    if sentence and sentence.quarter and sentence.year is not None:
        base: tuple[int | None, int] | None = sentence.year, sentence.quarter * 3
    else:
        base = _base_month(w)
    if base is None or base[0] is None:
        return None                     # a quarter has no year-less value
    index = base[0] * 4 + (base[1] - 1) // 3 + w.rules.rel_quarters[_group(g.relq)] * _steps(g)
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _base_month(w: _Where) -> tuple[int | None, int] | None:
    """(year, month) that 上月 and 下季度 count from: the sentence's month, else the month its paragraph
    named last (a report of October's figures: `10月PPI…上涨2.5%。从同比看，…涨幅比上月扩大` is September),
    else the publication's. In an undated text a year-less month is one too (its year is None), and with no
    publication's month to fall back on the month the text named last with its year stands for its now, in any
    paragraph (`截至2018年9月30日…` then, lines on, `上一季度为净利润3200万美元` → 2018-Q2)."""
    if w.sentence and w.sentence.month and (w.sentence.year is not None or w.anchor.published is None):
        return w.sentence.year, w.sentence.month
    last = w.anchor.last_month
    published = w.anchor.published
    if last is not None and ("\n" not in w.norm[last[0]:w.span[0]] or _month_for_now(last[1], w)):
        return last[1], last[2]
    return (published.year, published.month) if published else None


def _month_for_now(year: int | None, w: _Where) -> bool:
    """May a month of the year `year` named paragraphs before stand for an undated text's now? Only with its
    year, where no publication's month or title's day does (a year-less `3月7日` is a story's past event, and
    `下个月` paragraphs on gives no date, as the unseen10 bulletin-07 gold reads it)."""
    return year is not None and w.anchor.published is None and not w.anchor.present_given


def _relative_day(g: _Groups, w: _Where) -> str | None:
    """昨日 → the day before publication, on the Beijing calendar; not in quoted speech
    (the speaker's day), not in names (今日头条), not as 'nowadays' (时至今日),
    not right before the day it names (今天（10月1日）: that date is the fact)."""
    published = w.anchor.published
    norm, start, end = w.norm, *w.span
    words = w.rules.words
    if (not published or _inside_quote(norm, start) or norm.endswith(words.relative_day_not_after, 0, start)
            or norm.startswith(words.relative_day_not_before, end) or re.match(r"[(（]\d", norm[end:end + 2])):
        return None
    return _days_after(published, w.rules.rel_days[_group(g.reld)])


def _inside_quote(text: str, pos: int, reach: int = 200) -> bool:
    """Is `pos` between “ and ” on its line (someone's words, whose 'today' is their own)?"""
    line_start = max(text.rfind("\n", 0, pos) + 1, pos - reach)
    return text.rfind("“", line_start, pos) > text.rfind("”", line_start, pos)


def _week_day(g: _Groups, w: _Where) -> str | None:
    """上周四, 本周一: that week's day (weeks start on Monday). A bare 周五 is the most recent
    Friday on or before publication (or the day an undated text is of), the coming one when its clause looks
    ahead (将, 起)."""
    published = w.anchor.published or w.anchor.day
    if not published:
        return None
    weekday = 6 if g.wd in _SUNDAY else _number(g.wd) - 1
    if not g.wk:
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        return _days_after(published, ahead if _looks_ahead(w) else -back)
    return _days_after(published, w.rules.week_offsets[g.wk] * _steps(g) + weekday - published.weekday())


def _steps(g: _Groups) -> int:
    """How many months, quarters or weeks a relative word counts: one, and one more for each 上 or 下
    written again before it (上上个月 is two months back)."""
    return 1 + len(g.rep or "")


def _looks_ahead(w: _Where) -> bool:
    """Does the clause of a bare weekday speak of what is to come (将于周五, 周五起)?"""
    norm, start, end = w.norm, *w.span
    marks = CLAUSE_END | {"！", "？"}
    left = start
    while left > 0 and norm[left - 1] not in marks:
        left -= 1
    clause = norm[left:start] + norm[end:clause_end(norm, end, marks)]
    words = w.rules.words
    return norm.startswith(words.weekday_ahead_after, end) or any(word in clause for word in words.weekday_looks_ahead)


def _month_day(g: _Groups, w: _Where) -> str | None:
    if w.before(2) in w.rules.words.month_not_after:
        return None                        # 常年11月19日: every year's day, not a date
    month = _number(g.m)
    return _fmt(_month_year(month, g, w), month, _number(g.d))


def _month_alone(g: _Groups, w: _Where) -> str | None:
    words = w.rules.words
    determiner = w.before(2) in _DETERMINERS         # 整个九月: 个 belongs to the determiner
    if (w.before(1) in words.month_alone_not_after and not determiner) or w.norm.startswith(words.month_alone_not_before, w.span[1]):
        return None                        # 三个月, 第5月, 月内: durations and ordinals
    if w.before(2) in words.month_not_after or _ends_a_span_of_months(w):
        return None
    month = _number(g.m)
    return _fmt(_month_year(month, g, w), month)


def _listed_months_counted(g: _Groups, w: _Where) -> str | None:
    """7、8、9三个月 → July to September: the count must be the number of months listed, and they
    must follow one another (else it is no span)."""
    listed = w.norm.count("、", w.span[0], w.span[1]) + 1
    first, last = _number(g.m), _number(g.m2)
    return _month_range(g, w) if _number(g.n) == listed == last - first + 1 else None


def _listed_month(g: _Groups, w: _Where) -> str | None:
    """2020年11、12月 → 2020-11 (12月 then 2020-12); 6、7月份 → 2015-06 (and 7月份)."""
    return _year_month(g, w) if g.y or g.rel else _month_alone(g, w)


_DETERMINERS = ("整个", "这个", "那个")


def _ends_a_span_of_months(w: _Where) -> bool:
    """`从目前6个月…延长至12月`: a month after 至/到 whose clause counted months (个月) before
    ends that duration (the unit written once), it names no month."""
    if w.before(1) not in ("至", "到"):
        return False
    clause = w.before(30)
    return "个月" in clause[clause_start(clause, len(clause)):]


def _two_digit_year(g: _Groups, w: _Where) -> str | None:
    return _fmt(1900 + int(_group(g.yy)))


def _short_year(g: _Groups, w: _Where) -> str | None:
    """A bare `17年` is 2017 when the text writes that two-digit year before a month or a period elsewhere (its
    writer's way of writing years: 较17年1-7月份…回顾17年的数据); alone it is as often a number of years."""
    yy = _group(g.yy)
    return _fmt(_year(yy)) if yy in _short_years_written(w.norm) or _zero_led_year_near(w) else None


_ZERO_LED_YEAR = regex_cache.compile(r"(?<![\d.])0\d年")


def _zero_led_year_near(w: _Where) -> bool:
    """`96年开通，02年全面建成`: a two-digit year led by a zero is a year (no count of years is written so), and
    it tells that its sentence writes years in two digits."""
    start, end = w.span
    before, after = w.norm[max(0, start - 30):start], w.norm[end:end + 30]
    before = before[clause_start(before, len(before), _SENTENCE_BOUNDS):]
    after = after[:clause_end(after, 0, _SENTENCE_BOUNDS)]
    return w.norm.startswith("0", start) or bool(_ZERO_LED_YEAR.search(before) or _ZERO_LED_YEAR.search(after))


_SENTENCE_BOUNDS = frozenset(SENTENCE_MARKS + "\n")      # (normalized text writes ！？； as !?;)


# a two-digit year before a month, a span of months, a quarter or a half (17年1-7月份, 18年5月份, 17年四季度; not 全年:
# 连续17年全年盈利 counts years)
_SHORT_YEAR_WRITTEN = regex_cache.compile(r"(?<![\d.])(\d{2}) ?年 ?(?:(?:1[0-2]|0?[1-9]) ?(?:[-—~至到] ?(?:1[0-2]|0?[1-9]) ?)?月"
                                          r"|第?[一二三四1-4]季度|[上下]半年)")


@lru_cache(maxsize=4)
def _short_years_written(norm: str) -> frozenset[str]:
    """The two-digit years `norm` writes before a month or a period (read once per text)."""
    return frozenset(match.group(1) for match in _SHORT_YEAR_WRITTEN.finditer(norm))


def _day_alone(g: _Groups, w: _Where) -> str | None:
    published = w.anchor.published or w.anchor.day
    if w.before(1) in w.rules.words.day_not_after:
        return None
    day = int(_group(g.d))
    if published:
        return _fmt(*_month_of_day(day, w, published), day)
    if w.anchor.month_named is None:
        return None
    return _fmt(*w.anchor.month_named, day)      # undated: the month the text named last (７月２１日…２３日)


def _month_named(value: str) -> tuple[int | None, int] | None:
    """(year or None, month) of the month a date value ends in: `2018-07-21` → (2018, 7), `--07-21` → (None, 7)."""
    last = value.split("/")[-1]
    year, _, rest = last.partition("-") if not last.startswith("--") else ("", "", last[2:])
    month = rest[:2]
    return (int(year) if year else None, int(month)) if month.isdigit() and len(month) == 2 else None


# one reader per date form of the `date` pattern
_READERS: dict[str, Callable[[_Groups, _Where], str | None]] = {
    "day_range": _day_range, "month_day_range": _day_range, "ymd": _ymd, "ymd_num": _ymd, "mdy_num": _ymd,
    "year_range": _year_range, "month_range": _month_range, "month_pair": _month_pair, "listed_month": _listed_month,
    "listed_months_counted": _listed_months_counted, "first_months": _first_months,
    "first_quarters": _first_quarters, "quarter": _quarter, "quarter_range": _quarter_range,
    "half": _half, "short_period": _short_period, "year_month": _year_month,
    "fiscal_year": _fiscal_year, "split_year": _split_year, "roc_year": _roc_year, "year": _year_alone, "listed_year": _year_alone, "old_year": _old_year,
    "relative_year": _relative_year, "same_year": _same_year, "year_part": _year_part,
    "relative_month": _relative_month, "relative_quarter": _relative_quarter, "week_day": _week_day, "relative_day": _relative_day,
    "month_day": _month_day, "month": _month_alone, "two_digit_year": _two_digit_year, "short_year": _short_year,
    "day": _day_alone,
}
