"""Round 13 number forms (issue 11), checked by hand against the articles named per case: a bare figure of 亿 after
a verb of spending one's money (斥资, 豪掷, 出资, 注资, 增资, 筹资) is a sum of money, as after 耗资."""
from __future__ import annotations

import pytest

from newsfacts.extractors import facts_in
from newsfacts.extractors.dates import compact_title_day
from newsfacts.pipeline import extract_text


def _money(text: str) -> list[tuple[str, object]]:
    return [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "money"]


# (source, sentence, expected money (text, value) in order)
SPENDING = [
    ("shared corpus sina_hexo-014", "疯狂扩产！2100亿锂电巨头大动作，斥资超300亿发力储能，什么信号？", [("超300亿", 30000000000)]),
    ("shared corpus sina_hexo-014", "“有色一哥”入局期货业！豪掷3.5亿，晋升期货公司第一大股东", [("3.5亿", 350000000)]),
    ("unseen8_page2-udn-1", "最高層達200公尺，是SOHO中國於2009年斥資約40億買下土地，2014年", [("約40億", 4000000000)]),
]


@pytest.mark.parametrize("source, text, expected", SPENDING, ids=[c[0] + ":" + c[2][0][0] for c in SPENDING])
def test_a_bare_figure_spent_is_money(source, text, expected):
    assert _money(text) == expected


def _dates_of(article: str) -> list[tuple[str, object]]:
    document = extract_text(article)
    return [(f.text, f.get("value")) for f in document.facts if f.type == "date" and f.where == "body"]


# An undated input whose title holds a full date: its bare weekdays look back from that day, and a month counted
# back (上月底) from its month, as the golds of these digests read them; 昨天 still gives none (README "Decisions").
TITLE_DAYS = [
    ("unseen9_bulletin-07",
     "## 5/27/2022国际财经快讯：戴尔季度业绩超出预期；Costco的利润率受到运费和劳动力成本上涨的打击\n\n"
     "戴尔科技公司(DELL.N)周四公布的季度利润和收入超过华尔街预期，因为企业在该公司的台式机和笔记本电脑上进行了大量投资以支持混合工作。\n"
     "随着政府试图结束美国公司亚马逊(AMZN.O)和沃尔玛(WMT.N)在快速增长的电子商务中的主导地位，印度上月底软启动了其数字商务开放网络(ONDC)市场。\n",
     [("周四", "2022-05-26"), ("上月底", "2022-04")]),
    ("unseen7_post-08",
     "---\nlayout: post\ntitle: 陆家嘴财经早餐2024年9月1日星期日\ncategories: wind\n---\n\n"
     "1、印度国家证券交易所初步数据显示，外资周五买入531.8亿印度卢比股票，国内机构投资者卖出319.8亿印度卢比股票。\n",
     [("周五", "2024-08-30")]),
]


@pytest.mark.parametrize("source, article, expected", TITLE_DAYS, ids=[c[0] for c in TITLE_DAYS])
def test_a_title_day_anchors_weekdays_and_last_month(source, article, expected):
    assert _dates_of(article) == expected


def test_a_title_day_is_no_publication_day():
    """Yesterday of a digest's title day stays unknown (the title's date may also be an event's)."""
    document = extract_text("## 5/27/2022国际财经快讯\n\n戴尔科技公司昨天公布的季度利润超过华尔街预期。\n")
    assert document.published is None
    assert _dates_of("## 5/27/2022国际财经快讯\n\n戴尔科技公司昨天公布的季度利润超过华尔街预期。\n") == []


# unseen12_bulletin-01: a 《新闻联播》 archive whose title writes the programme's day as eight digits; the day fixes the
# present (今天（1月13日） is 2023-01-13) and a day written alone is of its month (俄罗斯国防部12日称 → 2023-01-12)
XINWEN_LIANBO = ("# 《新闻联播》（20230113）\n\n## 详细新闻\n\n"
                 "**央视网消息**（新闻联播）：今天（1月13日）上午10时，国务院新闻办召开新闻发布会。\n\n"
                 "**央视网消息**（新闻联播）：俄罗斯国防部12日称，俄军在库皮扬斯克、红利曼等方向打击乌军人员和武器装备。\n\n"
                 "美国首都华盛顿11日发生一起枪击案，导致3人受伤。\n")


def test_a_title_day_in_eight_digits_fixes_the_present():
    assert _dates_of(XINWEN_LIANBO) == [("1月13日", "2023-01-13"), ("12日", "2023-01-12"), ("11日", "2023-01-11")]


def test_eight_digits_in_a_title_are_no_date_fact_and_no_publication_day():
    document = extract_text(XINWEN_LIANBO)
    assert document.published is None
    assert [f.text for f in document.facts if f.where == "title"] == []


@pytest.mark.parametrize("title", ["《新闻联播》（20230231）", "订单号1120230113", "编号202301130"])
def test_eight_digits_that_are_no_day_fix_nothing(title):
    assert compact_title_day(title) is None


def _counts(text: str) -> list[tuple[str, object]]:
    return [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "count"]


# (source, sentence, the value of its one count)
COUNT_FORMS = [
    # 页 counts pages (a classifier; it opens words too: 页岩气, 页面)
    ("unseen12_text-03", "某位行业人士提供的家乐福收费项目清单就多达10余页。", 10),
    # X大 before a time word that qualifies the counted noun (未来 is tagged a time word, no noun)
    ("unseen12_bulletin-02", "目前，上海瞄准六大未来产业方向，遴选出20多个未来产业细分赛道，组建20多个项目经理团队。", 6),
]


@pytest.mark.parametrize("source, text, value", COUNT_FORMS, ids=[c[0] for c in COUNT_FORMS])
def test_count_forms(source, text, value):
    assert value in [v for _, v in _counts(text)]


def test_pages_opening_a_word_count_nothing():
    """unseen9_page-sinacj-1: 页 opening 页岩气 (shale gas) is no classifier."""
    assert _counts("中国石油在四川盆地建成长宁—威远和昭通两个国家级页岩气示范区，今年预计") == [("两个国家级页岩气示范区", 2)]


def test_a_net_worth_past_a_hundred_million_is_money():
    """unseen12_page-02: 身家 (a person's fortune) makes a bare 亿 money, as 身价 does."""
    assert _money("这次徐家汇首次公开募股，知名作家余秋雨位列第十大股东，该股上市后，余秋雨身家有望过亿。") == [("过亿", 100000000)]


def test_a_money_word_far_back_in_a_long_clause_makes_a_bare_yi_money():
    """unseen12_text-01: 营收 stands 26 characters before 百亿 in one clause (no comma between)."""
    text = "而石头科技的营收之所以能够在行业增速放缓的大背景下突破百亿大关，与多方原因有关。"
    assert _money(text) == [("突破百亿", 10000000000)]
