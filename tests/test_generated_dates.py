"""Generated date forms (issue 11): a random day, month, quarter, half, year or span, rendered
in each written form (Arabic, Chinese numerals, with and without a year, relative words)
inside a plain news sentence, against a random publication date. Each must come back as
exactly one fact with exactly the ISO value the calendar gives, at exactly its offsets.

The expected values are computed here from the calendar (datetime), not by the code under
test; the renderer writes numbers the way Chinese news does (二〇二三年, 十月一日, 三十一日).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors import facts_in

EXAMPLES = 300

# plain sentences around the date: no other calendar word, goal word or name
FRAMES = [("据统计，", "，全市工业生产保持平稳。"), ("", "，公司营收继续增长。"), ("数据显示，", "，该地区消费市场回暖。")]
CN_DIGITS = "〇一二三四五六七八九"

publications = st.dates(date(2000, 1, 1), date(2030, 12, 31))
frames = st.sampled_from(FRAMES)


def cn_number(n: int) -> str:
    """1 … 31 in Chinese numerals: 五, 十, 十二, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")


def cn_year(year: int) -> str:
    return "".join(CN_DIGITS[int(d)] for d in str(year))


def the_date_facts(frame, form: str, published: date) -> list[tuple]:
    before, after = frame
    text = before + form + after
    facts = [f for f in facts_in(text, "body", published) if f.type in ("date", "year")]
    for fact in facts:
        assert text[fact.start:fact.end] == fact.text
    return [(f.type, f.start, f.text, f.get("value") if f.type == "date" else f.get("year")) for f in facts]


def expect(frame, form: str, value, kind: str = "date") -> list[tuple]:
    return [(kind, len(frame[0]), form, value)]


def year_of_month(month: int, published: date) -> int:
    """A month without a year: this year's, unless more than six months after publication (README)."""
    return published.year - 1 if month > published.month + 6 else published.year


@st.composite
def days(draw, first=date(1990, 1, 1), last=date(2035, 12, 31)):
    return draw(st.dates(first, last))


@settings(max_examples=EXAMPLES, deadline=None)
@given(day=days(), published=publications, frame=frames, style=st.sampled_from(["arabic", "chinese", "iso", "slash", "dot", "us"]))
def test_a_full_day(day, published, frame, style):
    form = {
        "arabic": f"{day.year}年{day.month}月{day.day}日",
        "chinese": f"{cn_year(day.year)}年{cn_number(day.month)}月{cn_number(day.day)}日",
        "iso": day.isoformat(),
        "slash": f"{day.year}/{day.month}/{day.day}",
        "dot": f"{day.year}.{day.month:02d}.{day.day:02d}",
        "us": f"{day.month}/{day.day}/{day.year}",
    }[style]
    assert the_date_facts(frame, form, published) == expect(frame, form, day.isoformat())


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, month=st.integers(1, 12), data=st.data(), frame=frames, chinese=st.booleans())
def test_a_day_without_its_year(published, month, data, frame, chinese):
    year = year_of_month(month, published)
    day = data.draw(st.integers(1, calendar.monthrange(year, month)[1]))
    form = f"{cn_number(month)}月{cn_number(day)}日" if chinese else f"{month}月{day}日"
    assert the_date_facts(frame, form, published) == expect(frame, form, date(year, month, day).isoformat())


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, year=st.integers(1990, 2035), month=st.integers(1, 12), frame=frames,
       style=st.sampled_from(["arabic", "chinese", "份", "no year"]))
def test_a_month(published, year, month, frame, style):
    if style == "no year":
        form, year = f"{month}月", year_of_month(month, published)
    else:
        written = cn_year(year) + "年" + cn_number(month) if style == "chinese" else f"{year}年{month}"
        form = written + ("月份" if style == "份" else "月")
    assert the_date_facts(frame, form, published) == expect(frame, form, f"{year:04d}-{month:02d}")


RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2}


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, year=st.integers(1990, 2035), number=st.integers(1, 4), frame=frames,
       style=st.sampled_from(["第{c}季度", "{c}季度", "Q{n}", "前{c}季度"]), relative=st.sampled_from([None, *RELATIVE_YEARS]))
def test_a_quarter(published, year, number, frame, style, relative):
    if style == "前{c}季度" and number == 4:
        number = 3                       # 前三季度 is the longest first-quarters span
    if relative:
        year = published.year + RELATIVE_YEARS[relative]
    quarter = style.format(c=cn_number(number), n=number)
    form = (relative or f"{year}年") + quarter
    value = f"{year:04d}-Q1/{year:04d}-Q{number}" if style.startswith("前") else f"{year:04d}-Q{number}"
    if style.startswith("前") and number == 1:
        return                           # 前一季度 is "the previous quarter", not a span
    assert the_date_facts(frame, form, published) == expect(frame, form, value)


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, year=st.integers(1990, 2035), half=st.sampled_from("上下"), frame=frames,
       relative=st.sampled_from([None, *RELATIVE_YEARS]))
def test_a_half(published, year, half, frame, relative):
    if relative:
        year = published.year + RELATIVE_YEARS[relative]
    form = (relative or f"{year}年") + f"{half}半年"
    assert the_date_facts(frame, form, published) == expect(frame, form, f"{year:04d}-H{'12'[half == '下']}")


SHORT_PERIODS = ["{Y}{L}{n}", "{yy}{L}{n}", "{n}{L}{yy}", "{n}{L}{Y}", "{Y}年{L}{n}"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, year=st.integers(1990, 2035), letter=st.sampled_from("QH"), number=st.integers(1, 4),
       frame=frames, style=st.sampled_from(SHORT_PERIODS))
def test_a_quarter_or_half_in_finance_s_short_form(published, year, letter, number, frame, style):
    """2023Q3, 23Q3, 3Q23, 2024H1, 1H24, 2024年H1 (analysts' notes): that year's quarter or half, whatever the
    publication date (a quarter is no target year)."""
    if letter == "H":
        number = 1 + number % 2
    form = style.format(Y=year, yy=f"{year % 100:02d}", n=number, L=letter)
    assert the_date_facts(frame, form, published) == expect(frame, form, f"{year:04d}-{letter}{number}")


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, back=st.integers(0, 30), frame=frames, style=st.sampled_from(["arabic", "chinese", "财年", "relative"]))
def test_a_year(published, back, frame, style):
    # a year up to the publication year is a date; a later one alone is a forecast's (README)
    year = published.year - back
    if style == "relative":
        if back > 2:
            return
        form = {0: "今年", 1: "去年", 2: "前年"}[back]
    else:
        form = {"arabic": f"{year}年", "chinese": cn_year(year) + "年", "财年": f"{year}财年"}[style]
    assert the_date_facts(frame, form, published) == expect(frame, form, f"{year:04d}")


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, ahead=st.integers(1, 9), frame=frames, relative=st.booleans())
def test_a_later_year_alone_is_a_forecast(published, ahead, frame, relative):
    year = published.year + ahead
    if relative and ahead > 1:
        return
    form = "明年" if relative else f"{year}年"
    assert the_date_facts(frame, form, published) == expect(frame, form, year, kind="year")


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, data=st.data(), frame=frames,
       span=st.sampled_from(["months", "years", "days in a month", "full days", "first months"]),
       dash=st.sampled_from(["-", "至", "到", "—"]))
def test_a_span(published, data, frame, span, dash):
    if span == "months":
        first, last = sorted(data.draw(st.lists(st.integers(1, 12), min_size=2, max_size=2, unique=True)))
        year = data.draw(st.integers(1990, 2035))
        form, value = f"{year}年{first}{dash}{last}月", f"{year}-{first:02d}/{year}-{last:02d}"
    elif span == "years":
        first, last = sorted(data.draw(st.lists(st.integers(1990, 2035), min_size=2, max_size=2, unique=True)))
        form, value = f"{first}年{dash}{last}年", f"{first}/{last}"
    elif span == "days in a month":
        month = data.draw(st.integers(1, 12))
        year = year_of_month(month, published)
        first, last = sorted(data.draw(st.lists(st.integers(1, calendar.monthrange(year, month)[1]), min_size=2, max_size=2, unique=True)))
        form = f"{month}月{first}{dash}{last}日"
        value = f"{date(year, month, first).isoformat()}/{date(year, month, last).isoformat()}"
    elif span == "full days":
        first, last = sorted(data.draw(st.lists(days(), min_size=2, max_size=2, unique=True)))
        dash = data.draw(st.sampled_from(["至", "到", "--", "-"]))
        form = f"{first.year}年{first.month}月{first.day}日{dash}{last.year}年{last.month}月{last.day}日"
        value = f"{first.isoformat()}/{last.isoformat()}"
    else:
        count = data.draw(st.integers(2, 12))
        written = data.draw(st.sampled_from([str(count), "两" if count == 2 else cn_number(count)]))
        year = published.year
        form, value = f"今年前{written}个月", f"{year}-01/{year}-{count:02d}"
    assert the_date_facts(frame, form, published) == expect(frame, form, value)


RELATIVE_DAYS = {"昨日": -1, "昨天": -1, "前天": -2, "今日": 0, "明日": 1, "明天": 1, "后天": 2}


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, word=st.sampled_from(sorted(RELATIVE_DAYS)), frame=frames)
def test_a_relative_day(published, word, frame):
    value = (published + timedelta(days=RELATIVE_DAYS[word])).isoformat()
    assert the_date_facts(frame, word, published) == expect(frame, word, value)


WEEKDAYS = "一二三四五六日"


@settings(max_examples=EXAMPLES, deadline=None)
@given(published=publications, weekday=st.integers(0, 6), week=st.sampled_from(["", "上周", "本周", "下周", "将于"]),
       word=st.sampled_from(["周", "星期"]))
def test_a_weekday(published, weekday, week, word):
    monday = published - timedelta(days=published.weekday())
    if week in ("", "将于"):
        form = word + WEEKDAYS[weekday]
        if week:                        # looks ahead: the coming one, on or after publication
            value = published + timedelta(days=(weekday - published.weekday()) % 7)
        else:                           # a report: the most recent one, on or before publication
            value = published - timedelta(days=(published.weekday() - weekday) % 7)
        frame = ("公司" + week, "公布财报。") if week else ("据报道，", "美股收跌。")
    else:
        form = week + WEEKDAYS[weekday]
        value = monday + timedelta(days={"上周": -7, "本周": 0, "下周": 7}[week] + weekday)
        frame = ("据报道，", "美股收跌。")
    assert the_date_facts(frame, form, published) == expect(frame, form, value.isoformat())


# round 2 (issue 11): two-digit years, year parts alone, a relative month's day
@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(published=publications, year=st.integers(1950, 2049), month=st.integers(1, 12), data=st.data(), frame=frames,
       chinese=st.booleans())
def test_a_two_digit_year_before_its_month(published, year, month, data, frame, chinese):
    """`15年3月2日`, `九七年五月`: 50–99 are 19xx, 00–49 20xx (README)."""
    short = f"{year % 100:02d}"
    written = "".join(CN_DIGITS[int(d)] for d in short) if chinese else short
    day = data.draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    month_text = cn_number(month) if chinese else str(month)
    form = f"{written}年{month_text}月" + (f"{cn_number(day) if chinese else day}日" if day else "")
    value = date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    assert the_date_facts(frame, form, published) == expect(frame, form, value)


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(published=publications, part=st.sampled_from(["年初", "年底", "年末"]), frame=frames)
def test_a_year_part_alone(published, part, frame):
    """`年初`, `年底` with no year before them: the publication year."""
    assert the_date_facts(frame, part, published) == expect(frame, part, f"{published.year:04d}")


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(published=publications, word=st.sampled_from(["上个月", "上月", "下个月", "下月", "本月"]), data=st.data(),
       frame=frames, mark=st.sampled_from("日号"))
def test_a_relative_month_s_day(published, word, data, frame, mark):
    """`上个月15号`, `下月9日`: that month's day."""
    index = published.year * 12 + published.month - 1 + {"上": -1, "下": 1, "本": 0}[word[0]]
    year, month = divmod(index, 12)
    month += 1
    day = data.draw(st.integers(1, calendar.monthrange(year, month)[1]))
    form = f"{word}{day}{mark}"
    assert the_date_facts(frame, form, published) == expect(frame, form, date(year, month, day).isoformat())


@pytest.mark.parametrize("text", ["H1N1流感疫情扩散。", "该公司A23Q3型号停产。", "公司2024H3营收增长。", "3Q235芯片发布。"])
def test_no_short_period_inside_a_code(text):
    """The short forms stand alone: inside a code of letters and digits (H1N1, A23Q3) or past H2, none."""
    assert the_date_facts(FRAMES[0], text, date(2024, 5, 20)) == []
