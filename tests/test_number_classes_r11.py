"""Round 11 classes of count and quantity errors, one real string per row (the source named), values checked by
hand against the article: a rate's time written after the unit as 秒/分钟 or 每小时, a number inside a word that begins
before it, a grouping of states named by its number, the adverb 四处, nights and days as durations. See README
"Decisions" ("Number forms of round 11")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.extractors import facts_in


@pytest.mark.parametrize("source,text,span,value,unit", [
    # a rate per second after the unit keeps its time unit (unseen7_post-02: brine pumped per second)
    ("unseen7_post-02", "幸好，公司认为减少250升/秒的抽水量并不会对今年的碳酸锂产量产生影响。", "250升/秒", "0.25", "m3/s"),
    # the daily rate after the unit, as before (SPEC §3.2)
    ("unseen7_text-11", "太阳能装备用轻质高透面板制造基地项目即包括建设四条熔化能力为1200吨/日的光伏窑及配套深加工生产线",
     "1200吨/日", "1200000", "kg/d"),
])
def test_rate_after_the_unit(source, text, span, value, unit):
    facts = [f for f in facts_in(text, "body", None) if f.type == "quantity" and f.text == span]
    assert facts, [(f.type, f.text, f.get("unit")) for f in facts_in(text, "body", None)]
    assert Decimal(str(facts[0].get("value"))) == Decimal(value)
    assert facts[0].get("unit") == unit


def test_a_rate_word_before_the_number_leaves_the_unit_plain():
    # the golds read a time word before the number as the name of a capacity (unseen7_text-11: 日产能为1300吨 ->
    # kg; holdout: 年产6GWh -> Wh); only a time written after the unit makes a rate
    text = "最新数据显示，南玻A的两座光伏玻璃生产基地的日产能为1300吨。"
    facts = [(f.text, f.get("unit")) for f in facts_in(text, "body", None) if f.type == "quantity"]
    assert facts == [("1300吨", "kg")]


@pytest.mark.parametrize("source,text,bad", [
    # a number inside a word of the segmenter that begins before it: the Pearl River Delta (shared corpus
    # sina_hexo-062), the Five Dynasties and Ten Kingdoms (unseen7_page-ifeng-1)
    ("sina_hexo-062", "京津冀、长三角及珠三角地区的CIER指数分别降至0.49、0.64和0.66，去年同期则是1.8、2.41和2.12，", "三角地区"),
    ("unseen7_page-ifeng-1", "雷峰塔位于杭州西湖畔，是五代十国时期吴越国国王钱俶，为供奉佛祖的真身舍利等佛教法器而兴建，", "十国"),
    # the Group of Twenty is a grouping's name, no count of states (unseen7_post-07)
    ("unseen7_post-07", "1、20国集团同意推动联合国、世界贸易组织和多边贷款机构进行改革。", "20国"),
    # 四处 is the adverb everywhere (unseen7_page-sohu-1 twice, shared corpus_html ifeng-2)
    ("unseen7_page-sohu-1", "她不得不四处筹借，拆东墙补西墙，偿还银行贷款。", "四处"),
    ("unseen7_page-sohu-1", "四处借贷困境还是招来祸事。", "四处借贷困境"),
    ("ifeng-2", "原先像是四处撒欢儿野马驹的学生， 突然被新校长的这根缰绳一拉，", "四处撒欢儿野马驹"),
    # N个日夜 is a duration, as 三个月 is (unseen7_page-sohu-1)
    ("unseen7_page-sohu-1", "如今，距离“刺死辱母者”的那个晚上已经过去1678个日夜。", "1678个"),
])
def test_not_a_count(source, text, bad):
    assert bad in text
    assert not [f for f in facts_in(text, "body", None) if f.type == "count" and f.text.startswith(bad[:2])]


@pytest.mark.parametrize("source,text,span,value", [
    # counts beside the forms above stay: a place word after a number of its own, and 三城 that the segmenter
    # reads as one word (README round 7)
    ("unseen2_post-12", "在建立有AEO制度的10个成员中，截至目前我国已与其中5国签署了AEO互认安排", "5国", "5"),
    ("unseen5_post-11", "目前已经公布数据的北上广三城人口增量合计只有7.7万人，相比之下", "三城", "3"),
])
def test_counts_kept(source, text, span, value):
    facts = [f for f in facts_in(text, "body", None) if f.type == "count" and f.text == span]
    assert facts, [(f.type, f.text) for f in facts_in(text, "body", None)]
    assert Decimal(str(facts[0].get("value"))) == Decimal(value)


@pytest.mark.parametrize("source,text,span,value", [
    # verbs that move money make a bare 万/亿 amount in their clause yuan, as 卖 and 赔 did: borrowing and lending
    # (unseen7_page-sohu-1), investing (unseen6_post-05, a heading)
    ("unseen7_page-sohu-1", "从放贷人吴学占那里，苏银霞前后借了135万，月息1毛。", "135万", "1350000"),
    ("unseen6_post-05", "高瓴再次“买鞋”：一举投出10亿，进入特步", "10亿", "1000000000"),
])
def test_money_after_a_verb_that_moves_money(source, text, span, value):
    facts = [f for f in facts_in(text, "body", None) if f.type == "money" and f.text == span]
    assert facts, [(f.type, f.text) for f in facts_in(text, "body", None)]
    assert Decimal(str(facts[0].get("value"))) == Decimal(value)
    assert facts[0].get("currency") == "CNY"


def test_a_loan_verb_keeps_a_count_with_its_classifier():
    # 借 before a number with its classifier and noun stays a count (generated boundary beside the row above)
    facts = [(f.type, f.text) for f in facts_in("图书馆一年借出3万本书。", "body", None)]
    assert ("count", "3万本书") in facts and not [t for t, _ in facts if t == "money"]
