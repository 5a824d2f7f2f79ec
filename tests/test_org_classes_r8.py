"""Organization classes of round 8 (issue 13): names that the directories or the suffix grammar give but that a
reading rule threw away. The sentences are real (the file each comes from is named beside it); the expected names
were read off the sentence."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # a suffix's last character and the next one make a word (部分, 所有), but the segmenter cuts the name off and
    # opens a longer word there (商务部|分析, 事务所|有关): the name ends at the suffix
    # fixtures/unseen6_pages/html/unseen6_page-xinhuanet-1.html
    ("工业和信息化部提前应对秋冬季流感疫情，组织生产企业增产扩能。商务部分析研判汛情对药品供应链的影响，指导药品流通企业加大药品供应力度。",
     "商务部"),
    # fixtures/unseen3_pages/html/unseen3_page-sohu-1.html
    ("上海汇达丰律师事务所有关律师接受记者采访时称，《广告法》有明确规定，不能对产品的性能和效果进行夸大宣传。",
     "上海汇达丰律师事务所"),
])
def test_a_suffix_the_segmenter_ends_ends_the_name(sentence, name):
    assert name in _orgs(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    # the same characters where the segmenter keeps them apart from any longer word: 学生|报|到 (report for school,
    # fixtures/unseen4_pages/html/unseen4_page-people-1.html), and 新闻 before 发布会, a phrase, no word
    # (fixtures/corpus/sina_hexo-021.txt)
    ("苏州市中小学幼儿园2月13日学生报到，2月14日正式开学上课。", "学生报"),
    ("不断放宽外资准入限制，推动对外开放。商务部新闻发言人高峰近日在例行新闻发布会上表示", "商务部新闻"),
])
def test_a_suffix_inside_a_word_or_phrase_ends_no_name(sentence, not_a_name):
    assert not_a_name not in _orgs(sentence)


@pytest.mark.parametrize("sentence, names", [
    # a listed company's short name made of ordinary words (needs_cue) listed beside a found organization: the list
    # is its company cue (fixtures/unseen6_posts/articles/unseen6_post-09.md, unseen6_post-12.md)
    ("股权转让完成前，除中国华融外，华融消费金融股东还包括合肥百货、深圳华强资产管理集团有限责任公司以及安徽新力金融股份有限公司。",
     ["合肥百货", "深圳华强资产管理集团有限责任公司"]),
    ("其中，二季度末社保基金持股数量环比增加的有11 只，利尔化学、众生药业、紫金矿业均获得超千万股的增持。",
     ["利尔化学", "众生药业", "紫金矿业"]),
])
def test_listed_short_names_beside_a_firm_are_firms(sentence, names):
    assert set(names) <= set(_orgs(sentence))


@pytest.mark.parametrize("sentence, name", [
    # the time of the act between a listed short name and its cue, full-width digits and all
    # (fixtures/unseen6_texts/articles/unseen6_text-10.txt, the article's first line)
    ("北新建材　６月５日晚间发布公告称，公司董事会于２０１２年６月５日审议通过了《关于公司在天津市投资建设火电脱硫综合利用年产５０００万平米纸面石膏板生产线及配套年产５０００吨轻钢龙骨生产线项目的议案》。",
     "北新建材"),
])
def test_a_dated_cue_makes_a_listed_name_the_firm(sentence, name):
    assert name in _orgs("标题\n" + sentence)



@pytest.mark.parametrize("sentence, name", [
    # a registered name whose coined part the segmenter split, leaving one character that cannot stand alone
    # (倍加|洁, 洁 a bound morpheme) or that follows a foreign name (格罗斯|特, 特 read as an adverb)
    # fixtures/unseen6_texts/articles/unseen6_text-04.txt
    ("从获得IPO批文的具体企业来看，分别包括倍加洁集团股份有限公司、润建通信股份有限公司、华夏航空股份有限公司、华宝香精股份有限公司。",
     "倍加洁集团股份有限公司"),
    # fixtures/unseen6_pages/html/unseen6_page-163-1.html
    ("折合人民币约147亿元。\n2012年，兖煤澳洲与格罗斯特煤炭有限公司完成合并，成为澳大利", "格罗斯特煤炭有限公司"),
])
def test_a_split_coined_name_opens_its_registered_name(sentence, name):
    assert name in _orgs(sentence)


def test_a_suffix_word_is_no_coined_name_piece():
    # fixtures/corpus/text-020.txt: 控股|孙|公司 is a holding's subsidiary's subsidiary, 孙 does not join 控股
    sentence = "9月29日公告，公司控股孙公司广东海四达钠星技术有限公司（简称“海四达钠星”）与内江经济技术开发"
    assert "控股孙公司广东海四达钠星技术有限公司" not in _orgs(sentence)


@pytest.mark.parametrize("sentence, name", [
    # an English name before a word only a firm or a body takes, or after the kind of firm it is
    # fixtures/html/163-4.html (holdout_html)
    ("计今年5G手机出货量不及整体手机市场出货量的1%。Canalys分析，到2020年，将有17.5%的在中国出货的智能手机具备5G功能。", "Canalys"),
    # fixtures/corpus/sina_hexo-047.txt (holdout)
    ("WIND统计显示，从2015年12月16日以来", "WIND"),
    # fixtures/unseen6_posts/articles/unseen6_post-04.md, unseen6_post-06.md, unseen6_post-07.md
    ("而相较之下物流设施的投资净回报率约在6%~8%。据CBRE统计，物流地产租金自2009年起年化增幅保持在4.", "CBRE"),
    ("螳螂科技宣布，公司刚刚完成了近亿元A轮融资，SIG领投，新宜资本跟投。", "SIG"),
    ("Wavemaker Partners，以及印度电商Flipkart联合创始人Binny Bansal", "Flipkart"),
    ("4、《堡垒之夜》制作商Epic Games表示，将为欧洲的iPhone用户推出一个替代应用商店。", "Epic Games"),
])
def test_english_names_of_firms_by_their_cue(sentence, name):
    assert name in _orgs(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    # 发布 follows people and products as often (fixtures/unseen6_posts/articles/unseen6_post-07.md, fixtures/html/163-4.html)
    ("3、美国地区法官Margaret Garnett发布一项初步禁令，叫停Venu Sports的推出。", "Margaret Garnett"),
    ("今年年初，华为在高通X55发布前的一个月，带来了旗下的5G基带芯片巴龙5000。", "X55"),
])
def test_english_names_before_a_release_are_no_firms(sentence, not_a_name):
    assert not_a_name not in _orgs(sentence)
