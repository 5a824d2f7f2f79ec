"""Round 12 date forms of unseen text (issue 11, dates15), checked by hand against the articles named per case:
a span of months written with the horizontal bar ― (U+2015) of old GB text, `前5 个月` with a space before its unit
and after the clause mark before it, and a year in digits before 全年 without its 年 (`2017全年`)."""
from __future__ import annotations

from datetime import date

import pytest

from newsfacts.extractors import facts_in


def _dates(text: str, published: date | int | None) -> list[tuple[str, object]]:
    return [(f.text, f.get("value")) for f in facts_in(text, "body", published) if f.type == "date"]


# unseen11_text-07 (人民日报 1999-07-04, 厦门; a Fudan corpus text, numbers set off from units by spaces)
XIAMEN = ("实现了国民经济持续健康发展。1―5月全市工业经济态势良好，累计完成工业产值213.55亿元，比去年同期增长30.08％。 "
          "前5 个月GDP实现171.93亿元，比去年同期增长16.8％；财政收入30.64亿元，同比增长23.23％。")


def test_horizontal_bar_joins_a_span_of_months():
    assert ("1―5月", "1999-01/1999-05") in _dates(XIAMEN, date(1999, 7, 4))


def test_first_months_with_spaces_open_a_clause():
    assert ("前5 个月", "1999-01/1999-05") in _dates(XIAMEN, date(1999, 7, 4))


def test_no_month_alone_inside_the_span():
    assert ("5月", "1999-05") not in _dates(XIAMEN, date(1999, 7, 4))


@pytest.mark.parametrize("text, published, expected", [
    # unseen11_text-01 (an A-share report of May 2018): 2017全年 names the year 2017 (gold: date `2017`)
    ("在一心堂近期的机构调研中，机构关注的问题集中在部分区域的子公司已经开始盈利的情况、部分区域盈利的可持续性以及公司2017全年的业绩指引等。",
     date(2018, 5, 22), [("2017", "2017")]),
], ids=["unseen11_text-01"])
def test_year_before_whole_year_without_nian(text, published, expected):
    assert _dates(text, published) == expected

