"""Dates and target years (SPEC §3.5, §3.6).

Dates run before the other number families and claim their spans, so that the
`2025` of `到2025年` or the `5` of `1-5月` never becomes a count. Relative
references (今年, 上月, 一季度) resolve against the time the sentence names
first, else against the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..chinese import inside_book_title
from ..tables import load_toml

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_CLAUSE_START = set("，。；：、！？\n（(“\"")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules():
    raw = load_toml("dates.toml")
    words = raw["words"]
    rel_years = {k: int(v) for k, v in raw["relative_years"].items()}
    sentence_years = {k: int(v) for k, v in raw["sentence_relative_years"].items()}
    rel_years.update(sentence_years)
    rel_months = {k: int(v) for k, v in raw["relative_months"].items()}
    plans = {k: (int(v[0]), int(v[1])) for k, v in raw["plan_periods"].items()}
    Y = r"(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})"
    M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
    D = r"(?:3[01]|[12]\d|0?[1-9])"
    CD = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
    DD = rf"(?:{D}|{CD})"   # a day after its month may be written in Chinese numerals (五月十日)
    SEP = r"\s?(?:-|—|–|~|至|到)\s?"
    Q = r"(?:第?[一二三四1-4]季度|Q[1-4])"
    H = r"[上下]半年"
    MS = r"(?:月份|月)"
    REL = _alt(rel_years)
    SAME = _alt(words["same_year_words"])
    patterns = [
        # 2025年10月27日10时至28日10时 ; 9月12日至9月25日
        ("day_range", rf"(?:(?:(?P<y>{Y})年)?(?P<m>{M}){MS})?(?P<d>{DD})日(?:\d{{1,2}}(?:时|点|:\d{{2}}))?{SEP}(?:(?P<m2>{M}){MS})?(?P<d2>{DD})日(?:\d{{1,2}}(?:时|点))?"),
        # 3月6-8日 ; 2023年3月6日至8日 is day_range: the first day's 日 may be left out after its month
        ("month_day_range", rf"(?:(?P<y>{Y})年)?(?P<m>{M}){MS}(?P<d>{DD}){SEP}(?P<d2>{DD})[日号]"),
        ("ymd", rf"(?P<y>{Y})年(?P<m>{M}){MS}(?P<d>{DD})[日号]"),
        ("ymd_num", r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])"),
        # 2021年至2024年上半年 ; 2021至2025年 ; 2012年到2021年
        ("year_range", rf"(?P<y>{Y})年?{SEP}(?P<y2>{Y})年(?P<tail>{H}|{Q}|(?P<m2>{M}){MS})?"),
        # 2021年1-5月 ; 今年1-5月 ; 1—11月份
        ("month_range", rf"(?:(?P<y>{Y})年|(?P<rel>{REL}))?(?P<m>{M}){MS}?{SEP}(?P<m2>{M}){MS}"),
        # 今年前5个月 (a bare 前6个月 counts back from some event: a duration, not a date; 目前11月 is no 前11月)
        ("first_months", rf"(?:(?:(?P<y>{Y})年|(?P<rel>{REL}))前(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})个?月|(?<![目此之以提])前(?P<n2>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月)"),
        ("first_quarters", rf"(?:(?P<y>{Y})年|(?P<rel>{REL}))?前(?P<q>[一二三])季度"),
        ("quarter", rf"(?:(?P<y>{Y})年|(?P<rel>{REL}))?(?P<q>{Q})"),
        ("half", rf"(?:(?P<y>{Y})年|(?P<rel>{REL}))?(?P<h>[上下])半年"),
        ("year_month", rf"(?:(?P<y>{Y})年|(?P<rel>{REL})|(?P<same>{SAME}))(?P<m>{M}){MS}(?:(?P<d>{DD})[日号])?(?:上旬|中旬|下旬|初|底|末)?"),
        # 2023财年, FY2023: a fiscal year is its year
        ("fiscal_year", rf"(?P<y>{Y})(?:{_alt(words['fiscal_year_words'])})|(?<![A-Za-z])FY ?(?P<fy>(?:19|20)\d{{2}})(?!\d)"),
        ("year", rf"(?P<y>{Y})年(?P<tail>度|初|底|末)?"),
        ("relative_year", rf"(?P<rel>{REL})(?:初|底|末)?"),
        ("same_year", rf"(?P<same>{SAME})"),
        ("relative_month", rf"(?P<relm>{_alt(rel_months)})"),
        # 上周四, 本周一; a bare 周一 is this week's, but not in 每周一, a span of weekdays (周一至周五),
        # a name (黑色星期五) or before the day it names (周三(25日): the day is the date)
        ("week_day", r"(?:(?P<wk>上周|本周|下周|这周|上星期|本星期|下星期)|(?<![每隔至到~\-])(?<!黑色)(?<!网络)(?:周|星期))(?P<wd>[一二三四五六日天])(?![至到~\-](?:周|星期)|[(（]\d)"),
        # 昨日, 前天, 明日: days counted from the publication day
        ("relative_day", rf"(?P<reld>{_alt(raw['relative_days'])})"),
        ("month_day", rf"(?P<m>{M}){MS}(?P<d>{DD})[日号](?P<wd2>周[一二三四五六日天])?"),
        ("month", rf"(?P<m>{M}){MS}(?:上旬|中旬|下旬|初|底|末)?"),
        ("two_digit_year", rf"(?<!\d)(?P<yy>[5-9]\d)年(?=(?:{_alt(words['two_digit_year_cues'])}))"),
        ("day", rf"(?<![\d月号日])(?P<d>{D})日(?!(?:{_alt(raw['words']['day_not_before'])}))"),
    ]
    starts = "".join(sorted(set("0123456789〇零○一二三四五六七八九十第前上下本这今去明来次同当Q周星F")
                            | {w[0] for w in rel_years} | {w[0] for w in rel_months} | {w[0] for w in raw["relative_days"]} | {w[0] for w in words["same_year_words"]}))
    # the lookahead skips, at one test per character, every position where no date can start
    renamed = list(_renumber(patterns))
    date_re = re.compile(f"(?=[{re.escape(starts)}])(?:" + "|".join(f"(?P<{name}>{body})" for name, body in renamed) + ")")
    groups = {name: [(g.split("__", 1)[1], g) for g in re.findall(r"\(\?P<(\w+)>", body)] for name, body in renamed}
    target_re = re.compile(
        rf"""
        (?P<cue>{_alt(words['target_cues'])})(?:(?P<y>(?:19|20)\d{{2}})年|(?P<rel>{_alt(w for w, n in rel_years.items() if n > 0)}))(?:前|底|末|初)?
      | (?:{_alt(words['goal_openers'])})[，：:]\s?(?:(?P<y5>(?:19|20)\d{{2}})年|(?P<rel5>{_alt(w for w, n in rel_years.items() if n >= 0)}))(?:前|底|末|初)?(?![\d一二三四五六七八九十上下前第])
      | (?:{_alt(words['future_markers'])})在(?P<y4>(?:19|20)\d{{2}})年
      | 在(?P<y3>(?:19|20)\d{{2}})年(?:前|底|末)?(?=[^，。；]{{0,6}}(?:{_alt(words['goal_verbs'])}))
      | (?P<y2>(?:19|20)\d{{2}})年(?:(?P<before>前)(?![\d一二三四五六七八九十])|(?P<goal>{_alt(words['target_after'])}))
        """,
        re.VERBOSE,
    )
    plan_re = re.compile(rf"[“\"]?(?P<plan>{_alt(plans)})[”\"]?(?P<tail>{_alt(words['plan_tails'])})")
    names_re = re.compile(rf"(?!以来|以后|以前|之前|之后|前|底|末|初)(?P<gap>[^，。；！？、\n]{{0,6}}?)(?:{_alt(words['name_words'])})")
    return {"date": date_re, "groups": groups, "target": target_re, "plan": plan_re, "names": names_re,
            "rel_years": rel_years, "rel_months": rel_months, "plans": plans,
            "goal_after": tuple(words["goal_after"]), "future_markers": tuple(words["future_markers"]),
            "goal_openers": tuple(words["goal_openers"]), "forecast_not_before": tuple(words["forecast_not_before"]),
            "same": set(words["same_year_words"]), "sentence_years": set(sentence_years), "month_not_after": set(words["month_not_after"]),
            "months_ahead": int(raw["months_ahead"]), "days_ahead": int(raw["days_ahead"]),
            "rel_days": {k: int(v) for k, v in raw["relative_days"].items()},
            "rel_day_not_before": tuple(words["relative_day_not_before"]),
            "rel_day_not_after": tuple(words["relative_day_not_after"]),
            "looks_ahead": tuple(words["weekday_looks_ahead"]), "ahead_after": tuple(words["weekday_ahead_after"])}


def _renumber(patterns):
    """Named groups must be unique across alternatives: prefix each with its alternative's name."""
    for name, body in patterns:
        yield name, re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}__{m.group(1)}>", body).replace(
            "(?P=s)", f"(?P={name}__s)")


@dataclass
class Anchor:
    """What relative references resolve against."""

    published: date | None
    last_year: int | None = None        # the last explicit year in the document so far


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    kind: str                  # "date", "year" or "none" (claimed, no fact: years in names)
    value: object = None       # ISO string for dates, year int for targets
    start_year: int | None = None


def _year(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGIT[c]) for c in text))


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _CN_MONTH[text]


def find_dates(norm: str, sentences, published: date | None):
    """Date and target-year hits in `norm`, left to right, not overlapping."""
    rules = _rules()
    anchor = Anchor(published)
    from ..spans import Spans

    hits: list[DateHit] = []
    taken = Spans()

    for match in rules["plan"].finditer(norm):
        first, last = rules["plans"][match.group("plan")]
        inside = inside_book_title(norm, match.start())
        hits.append(DateHit(match.start(), match.end(), "none" if inside else "year", last, first))
        taken.add(*match.span())
    for match in rules["target"].finditer(norm):
        if taken.overlaps(*match.span()):
            continue
        rel = match.group("rel") or match.group("rel5")
        if rel:
            if published is None:
                continue
            year = published.year + rules["rel_years"][rel]
        else:
            year = int(match.group("y") or match.group("y2") or match.group("y3") or match.group("y4") or match.group("y5"))
        cue = match.group("cue") or ""
        if cue in ("至", "到") and match.start() > 0 and norm[match.start() - 1] not in _CLAUSE_START \
                and not norm.endswith(rules["future_markers"] + rules["goal_openers"], 0, match.start()):
            continue   # 2021至2025年 is a span, 截至2021年底 a date, 提高至2020年的 a comparison; 会到2025年 a forecast, 提出到2030年 a goal
        if (match.group("y3") or match.group("y4")) and (published is None or year <= published.year):
            continue   # 在2018年达到: a past result, not a goal
        if (match.group("y5") or match.group("rel5")) and (published is None or year < published.year):
            continue   # 报告提出，2021年全省…: a past year's result
        start = match.start("y4") - 1 if match.group("y4") else match.start()   # 将在2023年: the span starts at 在
        if match.group("y5") or match.group("rel5"):
            start = match.start("y5") if match.group("y5") else match.start("rel5")   # 提出，2022年: the year alone
        if inside_book_title(norm, start):
            continue
        hits.append(DateHit(start, match.end(), "year", year))
        taken.add(start, match.end())
        for later in _later_goal_years(norm, match.end(), year, sentences, rules):
            if not taken.overlaps(later.start, later.end):
                hits.append(later)
                taken.add(later.start, later.end)

    sentence_anchor: dict[int, tuple[int | None, int | None]] = {}
    for match in rules["date"].finditer(norm):
        span = match.span()
        if taken.overlaps(*span):
            continue
        name = match.lastgroup
        groups = {short: match.group(full) for short, full in rules["groups"][name]}
        if inside_book_title(norm, span[0]):
            hits.append(DateHit(*span, "none"))
            taken.add(*span)
            continue
        if name == "year" and groups.get("y") and _names_event(norm, span[1], rules):
            hits.append(DateHit(*span, "none"))
            taken.add(*span)
            continue
        sentence = sentences.at(span[0])
        key = sentence.start if sentence else -1
        value = _value(name, groups, _Where(norm, span, anchor, sentence_anchor.get(key), rules))
        if value is None:
            continue
        if name not in ("relative_month", "day", "same_year", "week_day", "relative_year", "relative_day"):
            sentence_anchor[key] = _anchor_of(value, explicit=bool(groups.get("y") or groups.get("y2")))
        explicit = groups.get("y") or groups.get("y2")
        if explicit:
            anchor.last_year = _year(groups.get("y2") or groups["y"])
        if _is_goal_year(name, value, span, norm, published, rules):
            hits.append(DateHit(*span, "year", int(value)))     # 2022年GDP增长5.5%左右的目标: a goal's year
            taken.add(*span)
            continue
        hits.append(DateHit(*span, "date", value))
        taken.add(*span)
    hits.sort(key=lambda h: h.start)
    return _join_ranges(norm, hits)


_RANGE_JOIN = re.compile(r"\s?(?:至|到|--|——|-|—|–|~)\s?")


def _join_ranges(norm: str, hits: list[DateHit]) -> list[DateHit]:
    """`2018年1月22日至2021年8月13日`: two dates joined by 至 are one interval."""
    out: list[DateHit] = []
    for hit in hits:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == hit.kind == "date"
                and _RANGE_JOIN.fullmatch(norm, previous.end, hit.start)
                and "/" not in str(previous.value) and "/" not in str(hit.value)
                and str(previous.value)[:len(str(hit.value))] <= str(hit.value) and previous.value != hit.value):
            out[-1] = DateHit(previous.start, hit.end, "date", f"{previous.value}/{hit.value}")
        else:
            out.append(hit)
    return out


def _is_goal_year(name: str, value: str, span: tuple[int, int], norm: str, published: date | None, rules) -> bool:
    """A year alone that a goal or forecast points to: this year or later before a goal word
    (2022年GDP增长5.5%左右的目标), or any later year (明年国内手机芯片市场格局基本都定了: news
    can only speak of a coming year as plan or forecast), unless a copula follows (明年是…)."""
    if name not in ("year", "relative_year") or not published or not value.isdigit():
        return False
    year = int(value)
    if name == "year" and year >= published.year and _goal_follows(norm, span[1], rules):
        return True
    return year > published.year and not norm.startswith(rules["forecast_not_before"], span[1])


_LATER_YEAR = re.compile(r"[，；,;]\s?(?P<y>(?:19|20)\d{2})年")


def _later_goal_years(norm: str, end: int, year: int, sentences, rules) -> list[DateHit]:
    """`目标2026年营收100亿元，2028年200亿元`: a later year opening a clause of the same sentence
    continues the list of goals (only a year alone: 2028年3月 is a date)."""
    sentence = sentences.at(end - 1)
    stop = sentence.end if sentence else len(norm)
    out: list[DateHit] = []
    for match in _LATER_YEAR.finditer(norm, end, stop):
        later = int(match.group("y"))
        following = rules["date"].match(norm, match.start("y"))
        if later > year and following is not None and following.lastgroup == "year" and not following.group("year__tail"):
            out.append(DateHit(match.start("y"), following.end(), "year", later))
            year = later
    return out


def _goal_follows(norm: str, end: int, rules) -> bool:
    """Does the clause after a year name a goal (目标, 力争, 将…)?"""
    clause_end = end
    while clause_end < len(norm) and clause_end - end < 30 and norm[clause_end] not in "，。；！？\n":
        clause_end += 1
    return any(word in norm[end:clause_end] for word in rules["goal_after"])


def _names_event(norm: str, end: int, rules) -> bool:
    """`2021年中国品牌日`, `2022年度报告`: the year is part of a name."""
    match = rules["names"].match(norm, end)
    return bool(match) and not re.search(r"[月日季]|半年", match.group("gap"))


def _anchor_of(value: str, explicit: bool) -> tuple[int | None, int | None, bool]:
    """(year, month, whether the year was written out) of a date value: what later
    references in the same sentence resolve against."""
    last = value.split("/")[-1]
    if last.startswith("--"):
        return None, None, False
    parts = last.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    return year, month, explicit


def _reference_year(groups, anchor: Anchor, sentence_anchor, rules) -> int | None:
    """The year a year-less reference means: the sentence's own year, else the publication year."""
    if groups.get("y"):
        return _year(groups["y"])
    if groups.get("rel"):
        written = groups["rel"] in rules["sentence_years"] and sentence_anchor and sentence_anchor[0] and sentence_anchor[2]
        base = sentence_anchor[0] if written else (anchor.published.year if anchor.published else anchor.last_year)
        return None if base is None else base + rules["rel_years"][groups["rel"]]
    if groups.get("same"):
        return anchor.last_year or (anchor.published.year if anchor.published else None)
    if sentence_anchor and sentence_anchor[0]:
        return sentence_anchor[0]
    if anchor.published:
        return anchor.published.year
    return anchor.last_year


def _month_year(month: int, groups, anchor, sentence_anchor, rules) -> int | None:
    """Year for a month written without one; a month more than half a year after publication is last year's."""
    year = _reference_year(groups, anchor, sentence_anchor, rules)
    explicit = groups.get("y") or groups.get("rel") or groups.get("same") or (sentence_anchor and sentence_anchor[0] and sentence_anchor[2])
    if year is not None and not explicit and anchor.published and month > anchor.published.month + rules["months_ahead"]:
        year -= 1
    return year


def _fmt(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO 8601 of a year, month or day (`--MM-DD` without a year); None for a day no calendar has (2月30日)."""
    if day and not _is_day(year, month, day):
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


@dataclass(frozen=True)
class _Where:
    """What a date's value depends on besides its own groups: the text around it, the
    article's anchors (publication date, last year named) and the sentence's own time."""

    norm: str
    span: tuple[int, int]
    anchor: object
    sentence: tuple[int | None, int | None] | None
    rules: dict


def _value(name: str, g: dict, where: _Where) -> str | None:
    """The ISO 8601 value of a date matched as form `name`, or None when it is no date."""
    try:
        return _READERS[name](g, where)
    except (ValueError, KeyError, TypeError, OverflowError):   # 上周一 in year 1: no such day
        return None


def _month_year_of(month: int, g: dict, w: _Where) -> int | None:
    return _month_year(month, g, w.anchor, w.sentence, w.rules)


def _reference_year_of(g: dict, w: _Where) -> int | None:
    return _reference_year(g, w.anchor, w.sentence, w.rules)


def _day_range(g, w):
    if not g.get("m"):                     # 25日08时至26日08时: the days of the month a day alone would take
        if not w.anchor.published:
            return None
        year, month = _month_of_day(_day(g["d"]), w)
    else:
        month = _month(g["m"])
        year = _month_year_of(month, g, w)
    month2 = _month(g["m2"]) if g.get("m2") else month
    first, last = _day(g["d"]), _day(g["d2"])
    if month2 == month and last <= first:
        return None                        # 3月8-6日 is no span
    start, end = _fmt(year, month, first), _fmt(year, month2, last)
    return f"{start}/{end}" if start and end else None


def _ymd(g, w):
    year, month, day = _year(g["y"]), _month(g["m"]), _day(g["d"])
    return _fmt(year, month, day)


def _year_range(g, w):
    first, last = _year(g["y"]), _year(g["y2"])
    if last <= first:
        return None
    tail = g.get("tail") or ""
    end = f"{last:04d}"
    if "半年" in tail:
        end += "-H1" if tail.startswith("上") else "-H2"
    elif "季度" in tail or tail.startswith("Q"):
        end += f"-Q{_QUARTER[tail.replace('第', '').replace('Q', '')[0]]}"
    elif g.get("m2"):
        end = _fmt(last, _month(g["m2"]))
    return f"{first:04d}/{end}"


def _fiscal_year(g, w):
    return _fmt(_year(g["y"] or g["fy"]))


def _relative_day(g, w):
    """昨日 → the day before publication, on the Beijing calendar; not in quoted speech
    (the speaker's day), not in names (今日头条), not as 'nowadays' (时至今日, 今天的),
    not right before the day it names (今天（10月1日）: that date is the fact)."""
    published = w.anchor.published
    norm, start, end = w.norm, *w.span
    if (not published or _inside_quote(norm, start) or norm.endswith(w.rules["rel_day_not_after"], 0, start)
            or norm.startswith(w.rules["rel_day_not_before"], end) or re.match(r"[(（]\d", norm[end:end + 2])):
        return None
    return _days_after(published, w.rules["rel_days"][g["reld"]])


def _days_after(day: date, days: int) -> str | None:
    """ISO day `days` after `day`; None beyond the calendar's ends (上周一 of 0001-01-01)."""
    try:
        return (day + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _inside_quote(text: str, pos: int, reach: int = 200) -> bool:
    """Is `pos` between “ and ” on its line (someone's words, whose 'today' is their own)?"""
    line_start = max(text.rfind("\n", 0, pos) + 1, pos - reach)
    return text.rfind("“", line_start, pos) > text.rfind("”", line_start, pos)


def _month_range(g, w):
    first, last = _month(g["m"]), _month(g["m2"])
    if last <= first:
        return None
    year = _month_year_of(last, g, w)
    return f"{_fmt(year, first)}/{_fmt(year, last)}"


def _first_months(g, w):
    count = g.get("n") or g.get("n2")
    n = int(count) if count.isdigit() else int(_chinese_small(count))
    if not 1 <= n <= 12:
        return None
    year = _reference_year_of(g, w)
    return f"{_fmt(year, 1)}/{_fmt(year, n)}"


def _first_quarters(g, w):
    year = _reference_year_of(g, w)
    return None if year is None else f"{year:04d}-Q1/{year:04d}-Q{_QUARTER[g['q']]}"


def _quarter(g, w):
    year = _reference_year_of(g, w)
    q = _QUARTER[g["q"].replace("第", "").replace("Q", "")[0]]
    return None if year is None else f"{year:04d}-Q{q}"


def _half(g, w):
    year = _reference_year_of(g, w)
    return None if year is None else f"{year:04d}-H{1 if g['h'] == '上' else 2}"


def _year_month(g, w):
    month = _month(g["m"])
    day = _day(g["d"]) if g.get("d") else None
    return _fmt(_month_year_of(month, g, w), month, day)


def _year_alone(g, w):
    return _fmt(_year(g["y"]))


def _relative_year(g, w):
    return _fmt(_reference_year_of(g, w))


def _same_year(g, w):
    year = w.anchor.last_year
    return _fmt(year) if year else None


def _relative_month(g, w):
    published = w.anchor.published
    base_year, base_month = w.sentence[:2] if w.sentence and w.sentence[1] else (
        (published.year, published.month) if published else (None, None))
    if base_month is None:
        return None
    index = base_year * 12 + base_month - 1 + w.rules["rel_months"][g["relm"]]
    return _fmt(index // 12, index % 12 + 1)


def _week_day(g, w):
    """上周四, 本周一: that week's day (weeks start on Monday). A bare 周五 is the most recent
    Friday on or before publication, the coming one when its clause looks ahead (将, 起)."""
    published = w.anchor.published
    if not published:
        return None
    weekday = _WEEKDAY[g["wd"]]
    if not g.get("wk"):
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        return _days_after(published, ahead if _looks_ahead(w) else -back)
    shift = {"上周": -7, "上星期": -7, "下周": 7, "下星期": 7}.get(g["wk"], 0)
    return _days_after(published, shift + weekday - published.weekday())


_CLAUSE_END = "，。；！？\n,;"


def _looks_ahead(w: _Where) -> bool:
    """Does the clause of a bare weekday speak of what is to come (将于周五, 周五起)?"""
    norm, start, end = w.norm, *w.span
    left = max(norm.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    right = min((i for i in (norm.find(c, end) for c in _CLAUSE_END) if i >= 0), default=len(norm))
    clause = norm[left:start] + norm[end:right]
    return norm.startswith(w.rules["ahead_after"], end) or any(word in clause for word in w.rules["looks_ahead"])


def _month_day(g, w):
    if w.norm[max(0, w.span[0] - 2):w.span[0]] in w.rules["month_not_after"]:
        return None                        # 常年11月19日: every year's day, not a date
    month, day = _month(g["m"]), _day(g["d"])
    return _fmt(_month_year_of(month, g, w), month, day)


def _month_alone(g, w):
    norm, start, end = w.norm, *w.span
    if norm[start - 1:start] in ("个", "第", "二", "一") or norm[end:end + 1] in ("内",):
        return None                        # 三个月, 第5月, 月内: durations and ordinals
    if norm[max(0, start - 2):start] in w.rules["month_not_after"]:
        return None
    month = _month(g["m"])
    return _fmt(_month_year_of(month, g, w), month)


def _two_digit_year(g, w):
    return _fmt(1900 + int(g["yy"]))


def _day_alone(g, w):
    published = w.anchor.published
    if not published:
        return None
    if w.norm[max(0, w.span[0] - 1):w.span[0]] in ("第", "前", "近", "每", "后", "个", "余", "多"):
        return None
    day = int(g["d"])
    return _fmt(*_month_of_day(day, w), day)


def _month_of_day(day: int, w: _Where) -> tuple[int, int]:
    """(year, month) of a day written alone: the sentence's month, else the publication
    month, else last month when the day is well after publication (27日 in a 9月7日 article)."""
    if w.sentence and w.sentence[1]:
        return w.sentence[0], w.sentence[1]
    published = w.anchor.published
    before = w.norm[max(0, w.span[0] - 3):w.span[0]].rstrip("于在")
    if day <= published.day + w.rules["days_ahead"] or before.endswith(w.rules["future_markers"] + ("拟", "定")):
        return published.year, published.month              # 将于30日举行: a coming day of this month
    index = published.year * 12 + published.month - 2
    return index // 12, index % 12 + 1


# one reader per date form of the `date` pattern (the group names of data/dates.toml)
_READERS = {
    "day_range": _day_range, "ymd": _ymd, "ymd_num": _ymd, "year_range": _year_range,
    "month_range": _month_range, "first_months": _first_months, "first_quarters": _first_quarters,
    "quarter": _quarter, "half": _half, "year_month": _year_month, "year": _year_alone,
    "month_day_range": _day_range, "fiscal_year": _fiscal_year, "relative_day": _relative_day,
    "relative_year": _relative_year, "same_year": _same_year, "relative_month": _relative_month,
    "week_day": _week_day, "month_day": _month_day, "month": _month_alone,
    "two_digit_year": _two_digit_year, "day": _day_alone,
}


def _chinese_small(text: str) -> int:
    """A Chinese numeral below 100: 五, 十, 十二, 二十, 三十一."""
    tens, ten, ones = text.partition("十")
    if not ten:
        return _CN_DIGIT[text]
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def _day(text: str) -> int:
    return int(text) if text.isdigit() else _chinese_small(text)
