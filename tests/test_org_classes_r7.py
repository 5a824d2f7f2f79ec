"""Organization classes of round 7 (issue 13): local bodies named with their place or with one character for it
(县人武部, 绥德县退役军人事务局, 连云港市消防救援支队, 中原区政法委) and the departments of a Party committee
(福建省委组织部). The sentences are real (the file each comes from is named beside it); the expected names were
read off the sentence."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # fixtures/unseen5_pages/html/unseen5_page-wechat-1.html
    ("7月29日上午，在第95个“八一”建军节来临之际，绥德县在县消防救援大队成功举行了庆“八一”双拥文艺汇演。", "县消防救援大队"),
    ("县委常委、县人武部政委赵山学，县委常委、政法委书记殷树斌，人大副主任徐向挺出席。", "县人武部"),
    ("副局长郝向东宣读了《绥德县退役军人事务局关于表彰绥德县首届“最美退役军人”的决定》。", "绥德县退役军人事务局"),
    # fixtures/corpus/sina_hexo-061.txt
    ("根据中国长安网发布的中原区政法委人士朋友圈截图，有了这份保险，全区居民因意外受伤可获得赔偿。", "中原区政法委"),
    # /work/shared/corpus_html/163-6.html and 163-7.html (the related-links lists of those pages)
    ("连云港市消防救援支队调派14辆消防车、70名指战员扑救。", "连云港市消防救援支队"),
    ("近日，福建省委组织部发布两则罕见的任前公示：屏南县长王旭东、长泰县长陈力予，拟跨省任职。", "福建省委组织部"),
    ("最新消息：9月7日上午，就“老虎表演中从笼中逃脱”一事，原阳县委宣传部相关负责人表示。", "原阳县委宣传部"),
    ("丽水市委统战部副部长、市民宗局局长钟建安涉嫌严重违纪违法，主动投案。", "丽水市委统战部"),
])
def test_local_bodies_are_found(sentence, name):
    assert name in _orgs(sentence)


def test_a_conjunction_before_a_level_character_is_no_county():
    # unseen5_page-wechat-1.html: 和 joins the two bodies; 和县 is a county of Anhui only when written after its province
    sentence = "文艺节目向县武装部、县武警中队和县消防救援大队的全体官兵进行了慰问演出。"
    orgs = _orgs(sentence)
    assert "县武装部" in orgs and "和县消防救援大队" not in orgs


@pytest.mark.parametrize("sentence, name", [
    # 政治局 alone is the Politburo of the Party's Central Committee (fixtures/corpus/sina_hexo-062.txt,
    # unseen5_post-02.txt)
    ("另外，本周的政治局会议之所以提出促进平台经济健康发展，就是因为现阶段互联网行业在稳就业方面仍然无法代替。", "政治局"),
    ("全国已有超百城优化调整房地产政策200余次，4月底政治局会议定调楼市后，各地政策优化的节奏和力度均继续加大。", "政治局"),
    # 咨询 after a coined word ends a research firm's name (unseen5_post-12.txt, unseen5_page-163-1.html)
    ("艾媒咨询调研数据显示，2021年中国大学生月均收入中位数为1516元。", "艾媒咨询"),
    ("艾瑞咨询《中国在线旅游度假行业研究报告》显示，2014年度，中国在线旅游周边游市场规模为110.7亿元，同程旅游占15.8%位居第一。", "艾瑞咨询"),
])
def test_short_forms_and_research_firms_are_found(sentence, name):
    assert name in _orgs(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    # 大学 of 大学生 (students) ends no name (unseen5_post-12.txt)
    ("艾媒咨询调研数据显示，2021年中国大学生月均收入中位数为1516元。", "中国大学"),
    # 咨询 after a noun is a service (unseen2_page-021east-1.html)
    ("游客咨询电话：58792888", "游客咨询"),
    # 线上线下 is a listed firm's short name and a common phrase: it needs a company cue (unseen1_page-cx163-62.html,
    # unseen4_post-11.txt)
    ("健康医疗、教育、交通等民生领域互联网应用更加丰富，公共服务更加多元，线上线下结合更加紧密。", "线上线下"),
    ("统筹监管执法和制度建设，统筹线上线下一体化监管和平等对待各类市场主体，着力完善公平竞争法律制度体系。", "线上线下"),
])
def test_no_organization(sentence, not_a_name):
    assert not_a_name not in _orgs(sentence)


def test_a_linked_common_phrase_needs_a_cue():
    from newsfacts.extractors import stocks

    assert stocks.is_ordinary_word("线上线下") and not stocks.is_ordinary_word("蓝帆医疗")


@pytest.mark.parametrize("sentence, not_a_name", [
    # 投资 after a name is the activity unless a company cue follows (unseen5_post-02.txt, unseen4_page-sohu-1.html,
    # unseen5_text-13.txt)
    ("结合土地购置面积同比增速为-46.5%，这表明了房企投资动力极弱，也会进一步拖累全国的固定资产投资。", "房企投资"),
    ("报道还说，战争结束后，劳伦斯投资了大约875万美元在20余家公司", "劳伦斯投资"),
    ("除了这些跨界投资之外，碧桂园创投称，在选择标的的时候，还会考虑是否与碧桂园集团业务具有协同性。", "跨界投资"),
])
def test_investing_is_no_firm(sentence, not_a_name):
    assert not_a_name not in _orgs(sentence)


def test_an_investment_firm_with_a_cue_is_found():
    # fixtures/corpus/sina_hexo-014.txt (dev gold: 紫风投资): the bracket after it describes the firm
    sentence = ("紫风投资（紫金矿业全资子公司发起的私募股权投资基金）通过增资扩股方式，出资1386万元，"
                "持有天风期货2.0976%股权。")
    assert "紫风投资" in _orgs(sentence)
