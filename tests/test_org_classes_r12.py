"""Organization classes of round 12 (issue 13). Two readings and two tables of broad data:

- the source of figures: only an organization publishes data, so a name right before a figures cue (数据显示,
  统计显示, 信息显示, 股权穿透显示 …: organizations.toml `figures_cues`) is one, without the channel or the kind of figures
  between them (官网, 价格行情: `cue_name_tails`) and without the kind that describes it before (研究机构, 监测平台:
  `description_kinds`);
- public fund managers by their short form (金鹰基金, 兴证全球基金) and the business-information and market-data
  providers news cites (天眼查, 企查查, 生意社), in data/known_orgs.txt.

The sentences are real (the file each comes from is named beside it); the expected names were read off the sentence.
Every positive row found no name, or a wrong one, before this round.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen7_pages/html/unseen7_page-163-2.html
    ("阳光家缘数据显示，截至6月29日，广州市商品住宅", ["阳光家缘"]),
    # fixtures/unseen5_pages/html/unseen5_page-163-1.html
    ("O2O研究机构亿欧网统计显示，2015年上半年在线旅游行业有", ["亿欧网"]),
    # fixtures/unseen1_posts/articles/unseen_post-12.txt
    ("国家荔枝龙眼产业技术体系数据显示，2021年中国荔枝种植面积约7", ["国家荔枝龙眼产业技术体系"]),
    # fixtures/unseen4_posts/articles/unseen4_post-03.txt
    ("菠菜、生菜、黄瓜等蔬菜前期涨价较多。北京新发地价格行情数据显示，11月18日，新发地菠菜均价3元/斤", ["北京新发地"]),
    ("价格有所回落，京东商城商家线上售价数据显示北京蔬菜价格已趋于稳定", ["京东"]),
    # fixtures/corpus/html-003.html (the dev set): the channel is not the name
    ("财政部官网信息显示，财政部对《金融企业财务规则》", ["财政部", "财政部"]),
    # fixtures/html/thepaper-1.html
    ("移动互联网大数据监测平台Trustdata发布的《2019年中国共享充电行业发展分析》", ["Trustdata"]),
])
def test_the_source_of_figures_is_an_organization(sentence, names):
    assert _orgs(sentence) == names


@pytest.mark.parametrize("sentence", [
    # fixtures/unseen5_texts/articles/unseen5_text-04.txt
    "另有数据显示，今年三季度折叠屏手机全球出货量为260万部。",
    # /work/shared/corpus_html pages: generic subjects of the same cue
    "最新数据显示，1-8月全国",
    "相关数据显示，前8个月",
])
def test_a_generic_subject_of_a_figures_cue_is_no_organization(sentence):
    assert _orgs(sentence) == []


@pytest.mark.parametrize("sentence, names", [
    # fixtures/holdout/sina_hexo-047.txt
    ("此外，金鹰基金表示，低迷价值股的机会可能更多来自于风格", ["金鹰基金"]),
    # fixtures/unseen5_posts/articles/unseen5_post-04.txt
    ("广发基金高级董事总经理刘格菘、兴证全球基金研究部副总监董理", ["广发基金", "兴证全球基金"]),
    # fixtures/unseen7_posts/articles/unseen7_post-08.md
    ("4、淳厚基金旗下产品半年报显示，该公司董事长贾红波现", ["淳厚基金"]),
    ("5、银河基金发布董事长任职公告，新任胡泊为公司董事长。", ["银河基金"]),
    # fixtures/unseen7_texts/articles/unseen7_text-12.txt
    ("控股集团与广发证券、广东粤财信托并列为是易方达基金的第一大股东", ["广发证券", "广东粤财信托", "易方达基金"]),
])
def test_a_public_fund_manager_is_an_organization(sentence, names):
    assert _orgs(sentence) == names


def test_a_fund_products_name_does_not_make_its_manager():
    # fixtures/holdout/sina_hexo-047.txt: 汇丰晋信智造先锋A is a fund (a product); only the bank's short form is a name
    assert "汇丰晋信" not in _orgs("此外，陆彬管理的汇丰晋信智造先锋A，该基金收益率为29.3%")


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen3_posts/articles/unseen3_post-12.txt
    ("生意社数据显示，8月，电池级碳酸锂华东市场价格", ["生意社"]),
    # fixtures/unseen6_posts/articles/unseen6_post-09.md
    ("天眼查信息显示，股权转让完成前，除中国华融外，", ["天眼查", "中国华融"]),
    # fixtures/unseen7_posts/articles/unseen7_post-08.md
    ("均由宗馥莉接任。企查查股权穿透显示，宗庆后退出股东行列", ["企查查"]),
    # fixtures/unseen7_texts/articles/unseen7_text-12.txt
    ("盈峰集团旗下资产管理公司盈峰资本成立，据私募排排网数据，目前盈峰资本管理规模", None),
])
def test_a_data_provider_is_an_organization(sentence, names):
    found = _orgs(sentence)
    assert found == names if names is not None else "私募排排网" in found


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen6_posts/articles/unseen6_post-07.md
    ("上海市并无商业住房贷款转公积金住房贷款的相关政策。上海市公积金管理中心称，住房公积金政策", ["上海市公积金管理中心"]),
    # fixtures/unseen6_posts/articles/unseen6_post-10.md
    ("上海世茂置业已向上海久事提供了从虹口区房地产交易中心调取的有关土地的完整产调信息",
     ["世茂", "虹口区房地产交易中心"]),
    # fixtures/unseen5_pages/html/unseen5_page-cmse-1.html
    ("确保火箭按计划运往发射场。 中国航天员科研训练中心 当前", ["中国航天员科研训练中心"]),
    # fixtures/unseen3_pages/html/unseen3_page-sohu-2.html
    ("别克GL8陆尊是在上海通用汽车主导下，由泛亚汽车技术中心基于GL8平台", ["泛亚汽车技术中心"]),
    # fixtures/unseen7_texts/articles/unseen7_text-12.txt
    ("美的智能科技产业投资基金管理中心占股2.18%。", ["美的智能科技产业投资基金管理中心"]),
])
def test_a_centre_named_for_what_it_does_is_an_organization(sentence, names):
    assert _orgs(sentence) == names


@pytest.mark.parametrize("sentence", [
    # fixtures/corpus/sina_hexo-058.txt and fixtures/html/html-002.html: a facility, a place
    "5G基站、数据中心、人工智能计算中心、工业互联网",
    "观看了众创金融街宣传片，参观了金融街服务中心，实地考察金融街",
    # /work/shared/corpus_html and fixtures/unseen7_texts: a region's status, a mall
    "建设粤港澳大湾区国际科技创新中心和综合性国家科学",
    "湾超级总部基地、香蜜湖新金融中心、北站国际商务区",
])
def test_a_centre_that_is_a_place_or_a_status_is_no_organization(sentence):
    assert _orgs(sentence) == []


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen7_pages/html/unseen7_page-qq-2.html: what the commission does is in its name
    ("值得注意的是，就在三天前，塞尔维亚国家选举委员会公布了议会选举的最终结果", ["塞尔维亚国家选举委员会"]),
    # fixtures/unseen7_posts/articles/unseen7_post-08.md
    ("中央政府尽快投放储备米，以缓解供应紧张。农林水产省官员表示不会采取这一措施", ["农林水产省"]),
    # fixtures/unseen4_pages/html/unseen4_page-rfi-1.html
    ("星期五，克里姆林宫表示不要相信美国的信口雌黄", ["克里姆林宫"]),
    # fixtures/unseen7_texts/articles/unseen7_text-08.txt and fixtures/html/njxfhn-1.html: an outlet's short form
    ("证券化本月终于重新开闸，有银行业人士昨天向南都记者证实，央行、银监会、财政部", ["南都", "央行", "银监会", "财政部"]),
])
def test_foreign_organs_and_an_outlets_short_form_are_organizations(sentence, names):
    assert _orgs(sentence) == names


def test_a_verb_of_founding_before_a_committee_is_no_part_of_a_name():
    # /work/shared/corpus_html (a page quoting the Constitution): 设立 is an act; 监察委员会 alone is a kind of body
    assert _orgs("省、自治区、直辖市、自治州、县、自治县、市、市辖区设立监察委员会。") == []


@pytest.mark.parametrize("sentence, name", [
    # fixtures/unseen3_pages/html/unseen3_page-sohu-2.html
    ("世界九大汽车巨头，包括通用、大众、福特、丰田、现代等，都纷纷整合自己在华", "大众"),
    # fixtures/unseen5_texts/articles/unseen5_text-04.txt
    ("今年折叠屏手机价格大幅下降，小米、三星、OPPO相继发布了价格低于1万元", "小米"),
])
def test_an_ordinary_word_firm_listed_beside_firms_is_an_organization(sentence, name):
    assert name in _orgs(sentence)


def test_an_ordinary_word_firm_alone_is_no_organization():
    # fixtures/corpus (the dev set): 大众 here is the public, in a list of slogans, no firm beside it
    assert "大众" not in _orgs("引导和推动全社会形成大众创业、万众创新的浓厚氛围")
