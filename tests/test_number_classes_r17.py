"""Round 17 number and date forms (issue 11), checked by hand against the articles named per case: a day written
month/day/year with slashes (5/27/2022), a fraction in digits of any denominator after 的 or 占 (正品的1/15), 百分
before digits without 之 (百分50), and a power of ten before a unit and 级 as an order of magnitude (亿吨级)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from newsfacts import extract_text
from newsfacts.extractors import facts_in


def test_a_day_written_month_day_year():
    """unseen9_bulletin-07: the title's `5/27/2022` is 27 May 2022, and the undated text's present is its year
    (`截至4月29日的季度` → 2022-04-29)."""
    title = "5/27/2022国际财经快讯：戴尔季度业绩超出预期；Costco的利润率受到运费和劳动力成本上涨的打击"
    dates = [(f.text, f.get("value")) for f in facts_in(title, "title", None) if f.type == "date"]
    assert dates == [("5/27/2022", "2022-05-27")]
    text = f"## {title}\n\n截至4月29日的季度，戴尔客户端解决方案集团(CSG)的收入增长了17%，该集团是其硬件部门的所在地。\n"
    body = [(f.text, f.get("value")) for f in extract_text(text).facts if f.type == "date" and f.where == "body"]
    assert body == [("4月29日", "2022-04-29")]


# (source, sentence, span, value): a fraction in digits after 的 (a share of the whole named before it)
SHARES = [
    ("unseen9_page-163-1", "而仿制品价格仅为500-600元之间，售价仅为正品的1/15，月销量可达几千甚至上万单。", "1/15", Decimal("6.67")),
    ("unseen9_text-03", "将氢气冷却至零下253摄氏度液化，体积仅为气态的1/800，具有能量密度高、储存安全可靠、环境适应性强等特点。",
     "1/800", 0.125),
]


@pytest.mark.parametrize("source, text, span, value", SHARES, ids=[c[2] for c in SHARES])
def test_a_fraction_after_de_is_a_share(source, text, span, value):
    percents = [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "percent"]
    assert (span, value) in percents


def test_a_slash_between_numbers_elsewhere_is_no_share():
    """holdout_html's `12/16GB` (sizes) and a score stay no percent: only 的/占 before a fraction over 10 make it one."""
    for text in ("该机型提供12/16GB内存版本。", "最终比分为11/15，主队落败。"):
        assert [f.text for f in facts_in(text, "body", None) if f.type == "percent"] == []


def test_baifen_before_digits_is_a_percent():
    """unseen9_page-163-1: `专柜利润百分50` is 50% (百分之 with 之 left out before digits); 百分点 stays a unit."""
    text = "衣服本身成本不贵，专柜进货要关税、门店费及人工费等，专柜利润百分50，还有汇率问题。"
    percents = [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "percent"]
    assert percents == [("百分50", 50)]


# (sentence, span, value in kg): unseen9_page-sinacj-1 (published 2019-09-29)
ORDERS = [
    ("大盘再添一把火？中国石油发现10亿吨级大油田，两大板块明天见", "10亿吨级", 10 ** 12),
    ("发现了储量规模超10亿吨的庆城大油田，目前基本建成百万吨级的开发示范区，预计今年产油64万吨。", "百万吨级", 10 ** 9),
    ("这是鄂尔多斯盆地发现的又一储量规模超“千亿方大气田”，相当于亿吨级当量大油田。", "亿吨级", 10 ** 11),
]


@pytest.mark.parametrize("text, span, value", ORDERS, ids=[c[1] for c in ORDERS])
def test_a_power_of_ten_before_a_unit_and_ji_is_an_order(text, span, value):
    facts = facts_in(text, "body", date(2019, 9, 29))
    orders = [(f.text, f.get("value"), f.get("unit")) for f in facts if f.type == "quantity" and f.get("qualifier") == "order"]
    assert orders == [(span, value, "kg")]


def test_another_number_before_a_unit_and_ji_is_a_class():
    """unseen_page-cx163-45: `25万吨级泊位` is a class of berth, no quantity (README, units that measure nothing)."""
    facts = facts_in("（2万到25万吨级泊位16个）", "body", None)
    assert [f.text for f in facts if f.type == "quantity"] == []
