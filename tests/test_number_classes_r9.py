"""Round 9 classes of count and money errors, one real string per row (the source named), values checked by
hand against the article. Each class was counted on at least two held-out sets or follows from the numeral
grammar (a space between a figure and its classifier); see README "Decisions" ("Number forms of round 9")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.extractors import facts_in

# (source, text, type, span, value, classifier or currency, qualifier)
FOUND = [
    # a figure, one space and its classifier, as writers who space digits from Chinese write it (unseen6_post-12);
    # a space on both sides was read already
    ("unseen6_post-12", "在已披露半年报的A 股上市公司中，22 股获社保基金连续持仓超8个季度。", "count", "22 股", "22", "股", None),
    ("unseen6_post-12", "22 只连续重仓股中，二季度末社保基金持股数量环比增加的有11 只，", "count", "22 只连续重仓股", "22",
     "只", None),
    ("unseen6_post-12", "22 只连续重仓股中，二季度末社保基金持股数量环比增加的有11 只，", "count", "11 只", "11", "只", None),
    # a number of 亿 (or 万, or 百万/千万 alone) right before a noun phrase of people counts them, no classifier
    # between (unseen6_post-06, unseen6_text-02, holdout_html3 thepaper-5, holdout_html ifeng-3)
    ("unseen6_post-06", "以服务大东南地区1.2亿白领人才，解决区域性人才紧缩问题。", "count", "1.2亿白领人才", "120000000", None,
     None),
    ("unseen6_text-02", "企业和机关事业单位退休人员基本养老金同步调整，1亿多退休人员受益。", "count", "1亿多退休人员",
     "100000000", None, "min"),
    ("thepaper-5", "截至2020年5月19日，在320多万使用“COVID症状研究”App的英国用户中，已有76260人接受了SARS-CoV-2核酸测试",
     "count", "320多万使用“COVID症状研究”App的英国用户", "3200000", None, "min"),
    ("ifeng-3", "其中长春千万级头部主播“耀杨他姥爷”更是深入本地知名牛肉制品企业，带领千万网友走进“皓月集团”。", "count",
     "千万网友", "10000000", None, None),
    # 双 counts pairs (unseen6_post-05; shared corpus_html: 罗志祥家里有1500双名牌鞋)
    ("unseen6_post-05", "由谢霆锋参与设计的“风火一代”运动鞋，热卖120万双，创下至今无人能破的单款运动鞋销售记录", "count",
     "120万双", "1200000", "双", None),
    # common classifiers the table lacked: 组, 户次, 等份, 站, 队 (holdout sina_hexo-059 and sina_hexo-061, holdout_html3
    # huanqiu-1, unseen6_page-qq-2, unseen6_page-alipayblog-1)
    ("sina_hexo-059", "资金规模达97.67亿元，而去年同期这两组数据分别为70家和50.20亿元。", "count", "两组数据", "2", "组", None),
    ("sina_hexo-061", "相关保险公司已完成506.92万元赔付，涉受损农户2803户次。", "count", "农户2803户次", "2803", "户次", None),
    ("huanqiu-1", "如果给西方国家整体对华态度划分一个光谱，大部分可以做三等份：议会和媒体是对华抱有意识形态偏见最浓的群体",
     "count", "三等份", "3", "等份", None),
    ("unseen6_page-qq-2", "它可以回答“从邦德街开始，沿着中央线坐一站，环线坐四站，然后转朱比利线坐两站，你会到达哪个站？”", "count",
     "四站", "4", "站", None),
    ("unseen6_page-qq-2", "它可以回答“从邦德街开始，沿着中央线坐一站，环线坐四站，然后转朱比利线坐两站，你会到达哪个站？”", "count",
     "两站", "2", "站", None),
    ("unseen6_page-alipayblog-1", "马云将当时阿里巴巴组织部的88人拉到郊外开会，第一天的内容是分成红蓝两队进行真人CS。", "count",
     "红蓝两队", "2", "队", None),
    # 自费 (paid out of one's own pocket) is a money word: its bare 万 amounts are yuan (unseen6_text-07)
    ("unseen6_text-07", "个人一年自费看病超过２万、５万甚至１０万的，都可能在二次报销的范围内", "money", "５万", "50000", "CNY", None),
    ("unseen6_text-07", "个人一年自费看病超过２万、５万甚至１０万的，都可能在二次报销的范围内", "money", "超过２万", "20000", "CNY",
     "min"),
    # a small number right before a counted head noun, no classifier: the head counts even when the segmenter's noun
    # phrase goes on past it (unseen6_text-10: 以上三项目预计投资金额); 品牌 is a head (unseen6_post-05)
    ("unseen6_text-10", "以上三项目预计投资金额分别约为２．０３亿元、８１３７万元、１．２５亿元", "count", "三项目", "3", None, None),
    ("unseen6_post-05", "高瓴将以6500万美元投资特步环球旗下“盖世威”、“帕拉丁”两品牌，交易完成后高瓴持股20%。", "count", "两品牌",
     "2", None, None),
    # 用工 (hired labour) sizes people: a bare 万 number after it counts them (unseen6_page-qq-1)
    ("unseen6_page-qq-1", "其中，农业40万人，包括拾花工25万人、其它季节性用工12万，长期包地工3万人；", "count", "12万", "120000", None,
     None),
    # a report's forecasts joined by slashes with the previous ones in a note before the unit (unseen6_post-08)
    ("unseen6_post-08", "预计2022-2024年实现归母净利润24.3/27.5/33.9（前值18.9/21.1/27.8）亿元，同比增长106.9%/13.2%/23.6%",
     "money", "33.9", "3390000000", "CNY", None),
    ("unseen6_post-08", "预计2022-2024年实现归母净利润24.3/27.5/33.9（前值18.9/21.1/27.8）亿元，同比增长106.9%/13.2%/23.6%",
     "money", "18.9", "1890000000", "CNY", None),
    # 百/千 alone after a qualifier in a count's clause count (unseen5_post-12); 票房 (box office) is a money word
    ("unseen5_post-12", "她按照之前的路子孵化了新账号。等到粉丝数量破千之后，雨萌接二连三地收到了各大品牌方的推广", "count", "破千",
     "1000", None, "min"),
    # a bare 百 after its qualifier before a place word counts, though the segmenter reads 百城 as a place name
    # (unseen5_post-02)
    ("unseen5_post-02", "陈文静表示，2022年至今全国已有超百城优化调整房地产政策200余次", "count", "超百城", "100", None, "min"),
    ("unseen5_page-mydrivers-1", "原文：票房破18亿！吴京主演国产巨制", "money", "破18亿", "1800000000", "CNY", "min"),
    # a list of figures shares the classifier written after the last, each member may write its magnitude
    # (unseen6_post-03); counts join the list reading of money, quantity and percent (round 7)
    ("unseen6_post-03", "回顾17年的数据，我国新能源乘用车批发销量与终端销量相当，分别为55.6万、53.1万辆，分月度看", "count", "55.6万",
     "556000", "辆", None),
    # a magnitude of 亿 alone before 目标 is a firm's sales goal in yuan (holdout_html 163-1, unseen6_text-12); 万亿
    # alone in a money context is 10^12 yuan as 千亿 was (unseen6_text-11)
    ("163-1", "此后龙湖延续了这股增长势头，于2017年完成了千亿目标，并在2018年加入2000亿阵营，跻身十强。", "money", "千亿",
     "100000000000", "CNY", None),
    ("unseen6_text-12", "避免两者相争彼此的市场份额，实现集团的千亿目标。", "money", "千亿", "100000000000", "CNY", None),
    ("unseen6_text-11", "不过，首付贷的数据与房地产市场万亿成交额相比，微不足道。", "money", "万亿", "1000000000000", "CNY", None),
]


@pytest.mark.parametrize("source,text,kind,span,value,unit,qualifier", FOUND, ids=[f"{c[0]}:{c[3]}" for c in FOUND])
def test_found(source, text, kind, span, value, unit, qualifier):
    facts = [f for f in facts_in(text, "body", None) if f.type == kind and f.text == span]
    assert facts, [(f.type, f.text, f.get("value")) for f in facts_in(text, "body", None)]
    fact = facts[0]
    assert Decimal(str(fact.get("value"))) == Decimal(value)
    assert fact.get("currency" if kind == "money" else "classifier") == unit
    assert fact.get("qualifier") == qualifier


@pytest.mark.parametrize("source,text,bad", [
    # a number, 对 and another number is a match-up (unseen4_page-rfi-1; corpus_html njxfhn-1's link list)
    ("unseen4_page-rfi-1", "星期二和乌克兰总统泽连斯基会谈。两场会谈都是一对一地谈， 目的是要降低乌克兰危机造成的紧张局势。", "一对"),
    ("njxfhn-1", "思学通电脑家教1对1 最近还好么孙子涵", "1对"),
    # a classifier's character that opens a word of the segmenter (corpus_html njxfhn-1: 五道口, 321对不起)
    ("njxfhn-1", "jake 321对不起 雾谷伯爵家的六姐妹", "321对"),
    ("njxfhn-1", "二道贩子的崛起 拳皇异界纵横", "二道"),
    # basketball's double-double is no count of pairs (corpus_html 163-2)
    ("163-2", "随后，周琦点点头走上赛场，最终全场砍下“13+14”的两双数据，外加2次抢断、2记盖帽。", "两双数据"),
])
def test_not_a_count(source, text, bad):
    assert bad in text
    assert bad not in [f.text for f in facts_in(text, "body", None) if f.type == "count"]


@pytest.mark.parametrize("source,text,bad", [
    # 120万双 is a count of pairs, no money (unseen6_post-05)
    ("unseen6_post-05", "由谢霆锋参与设计的“风火一代”运动鞋，热卖120万双，创下至今无人能破的单款运动鞋销售记录", "money"),
    # a bare 亿 before a noun that names no people stays what it was: a group's name (holdout_html 163-1)
    ("163-1", "此后龙湖延续了这股增长势头，于2017年完成了千亿目标，并在2018年加入2000亿阵营，跻身十强。", "count"),
    # a number before 医院 names a hospital (shared corpus_html thepaper-1: 成都温江五医院, the Fifth Hospital)
    ("thepaper-1", "8月8日，在成都温江五医院住院的付小姐，借了来电科技的共享充电宝被扣款8元", "count"),
    # 千万 before a verb is an adverb (shared corpus_html xinhuanet-1)
    ("xinhuanet-1", "冬季减肥进行时，注意千万不要掉进这些坑", "count"),
    ("xinhuanet-1", "冬季减肥进行时，注意千万不要掉进这些坑", "money"),
])
def test_no_fact_of_type(source, text, bad):
    assert bad not in [f.type for f in facts_in(text, "body", None)]


def test_count_object_of_people():
    facts = [f for f in facts_in("以服务大东南地区1.2亿白领人才，解决区域性人才紧缩问题。", "body", None) if f.type == "count"]
    assert [f.get("object") for f in facts] == ["白领人才"]


def test_a_list_of_ranks_is_no_count():
    # a list opened by 第 is ranks (made-up boundary row beside SPEC §3.4's 第三批)
    facts = [f.text for f in facts_in("在本次评比中分获第1、2、3名。", "body", None) if f.type == "count"]
    assert "2" not in facts


def test_a_list_of_multiples_after_a_verb_of_increase_is_by():
    # unseen3_post-03: the verb stands before the first member; every member is an increase by that multiple
    text = "这主要是由于医药、高技术、战略性新兴产业增长较快，前三季度分别增长3.3、1.4、1.1倍。"
    multiples = [(f.text, f.get("multiple")) for f in facts_in(text, "body", None) if f.type == "percent"]
    assert multiples == [("3.3", "by"), ("1.4", "by"), ("1.1倍", "by")]
