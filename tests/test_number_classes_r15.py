"""Round 15 number and date classes (issue 11), checked by hand against the unseen9 articles named per row: a
magnitude that a qualifier governs is a sum even when a word follows 元 (超万元时), a measure right after 每 that a
price follows is the price's base (no quantity), 前 closing a word before 年 (目前年) gives no 前年, and a two-digit year
led by a zero is a year, with the two-digit years of its sentence."""
from __future__ import annotations

from datetime import date

import pytest

from newsfacts.extractors import facts_in

# (source, sentence, span, value, qualifier): money of a qualified magnitude, a word right after 元
QUALIFIED_MAGNITUDES = [
    ("unseen9_page-163-1", "当正品冲锋衣售价超万元时，台州厂商却能以200元成本仿制出“过检级”产品，并以500元左右价格抛售，利润率高达150%。",
     "超万元", 10000, "min"),
    ("unseen9_page-163-1", "在这里，始祖鸟官网过万元需要申请购买资格的单品几百元就能“入手”。", "过万元", 10000, "min"),
    ("unseen5_post-12", "相比其他人，李甜的优势是有一定的美术基础，她花了近千元报了线上美术培训班，开始在抖音秀出自己的代表作。",
     "近千元", 1000, "approx"),
]


@pytest.mark.parametrize("source, text, span, value, qualifier", QUALIFIED_MAGNITUDES,
                         ids=[c[2] for c in QUALIFIED_MAGNITUDES])
def test_a_qualified_magnitude_before_yuan_is_money(source, text, span, value, qualifier):
    money = [(f.text, f.get("value"), f.get("qualifier")) for f in facts_in(text, "body", None) if f.type == "money"]
    assert (span, value, qualifier) in money


def test_a_price_base_after_mei_is_no_quantity():
    """unseen9_page-sinaah-1: 每500克 is the weight each price is given for (as 元/斤), not a measure of anything;
    unseen9_text-03's 每100公里 (no price follows) stays a distance."""
    text = "9种蔬菜平均价格每500克为2.27元，比节前下跌0.87%。"
    facts = facts_in(text, "body", date(2019, 10, 5))
    assert [f.text for f in facts if f.type == "quantity"] == []
    assert [str(f.get("value")) for f in facts if f.type == "money"] == ["2.27"]
    distance = facts_in("5分钟左右可充满20公斤氢气，每100公里大约消耗4.5公斤氢。", "body", None)
    assert [f.text for f in distance if f.type == "quantity"] == ["20公斤", "100公里", "4.5公斤"]


def test_two_digit_years_beside_a_zero_led_one():
    """unseen9_page-163dy-1: 96年开通，02年全面建成 are 1996 and 2002 (02 is written so only as a year), and 目前年运输能力
    is 目前 + 年运输能力, no 前年."""
    text = "二是神黄铁路（由神朔铁路和朔黄铁路所组成，陕西神木至山西朔州至河北黄骅），96年开通，02年全面建成，目前年运输能力约0.7亿吨；"
    dates = [(f.text, f.get("value")) for f in facts_in(text, "body", date(2019, 9, 29)) if f.type == "date"]
    assert dates == [("96年", "1996"), ("02年", "2002")]



def test_a_number_inside_a_word_that_ends_inside_the_noun_counts_nothing():
    """unseen9_page-163-1: 二手平台 is a second-hand platform (二手 a word), no count of two 手平台; unseen5_post-11's
    北上广三城 (三城 ends with its noun) still counts three cities."""
    text = "近日，始祖鸟吊牌在二手平台被炒至300元的消息引发热议。"
    assert [f.text for f in facts_in(text, "body", None) if f.type == "count"] == []
    cities = "目前已经公布数据的北上广三城人口增量合计只有7.7万人。"
    assert [f.text for f in facts_in(cities, "body", None) if f.type == "count"] == ["三城", "7.7万人"]


def test_a_holder_sale_on_the_hong_kong_exchange_is_in_hong_kong_dollars():
    """unseen9_bulletin-08: a sale reported from 联交所's disclosures, priced per share (每股平均作价) and cashed in
    (套现), is in Hong Kong dollars (currencies.toml `hong_kong.trading_words`)."""
    text = ("联交所权益披露显示，他於3月26日、27日及28日分别出售理想汽车95万股、141.39万股及179.84万股普通股，"
            "每股平均作价分别为122.1665元、118.5752元及121.9197元。今轮行动，王兴套现约5.03亿元，持股比例降至21.53%。")
    money = [(f.text, f.get("currency")) for f in facts_in(text, "body", None) if f.type == "money"]
    assert money == [("122.1665元", "HKD"), ("118.5752元", "HKD"), ("121.9197元", "HKD"), ("约5.03亿元", "HKD")]


def test_a_bare_magnitude_after_sales_volume_counts_things():
    """unseen9_page-163-1: 累计销售量…超百万 is over a million jackets sold, a count (counts.toml `count_context`), not
    money (销售 alone is a money word)."""
    text = "据了解，有商家通过售卖始祖鸟爆款高仿产品月销量破万，部分商家的累计销售量已达几十甚至超百万。"
    facts = facts_in(text, "body", None)
    assert [(f.type, f.text, f.get("qualifier")) for f in facts if f.type in ("count", "money")] == \
        [("count", "破万", "min"), ("count", "超百万", "min")]
