"""Organization classes of round 11 (issue 13), both broad data in data/known_orgs.txt: the national industry
associations by the short forms news gives them (中钢协, 中物联, 乘联会, 中期协) and the banks' wealth-management
subsidiaries (招银理财, 兴银理财). Before, none of these names was found: they carry no organization suffix.
The sentences are real (the file each comes from is named beside it); the expected names were read off the sentence."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen7_posts/articles/unseen7_post-07.md
    ("3、乘联会秘书长崔东树发文称，全国乘用车市场8月末库存315万台、", ["乘联会"]),
    # fixtures/unseen7_posts/articles/unseen7_post-08.md
    ("2、中钢协就加拿大对自华进口钢铁产品采取加征关税等限制措施发布声明称，", ["中钢协"]),
    ("3、据中物联，8月份钢铁行业PMI为40.4%，环比下降2.1个百分点", ["中物联"]),
    # fixtures/corpus/sina_hexo-014.txt (the dev set)
    ("中期协日前公布的最新数据显示，截至今年8月末，全国150家期货公司客户权益总量达到1.", ["中期协"]),
])
def test_an_industry_associations_short_form_is_an_organization(sentence, names):
    assert _orgs(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen7_posts/articles/unseen7_post-08.md
    ("2、银行理财子公司上半年业绩出炉。招银理财以2.44万亿元的管理规模和14.47亿元的上半年净利润，仍然雄踞银行理财市场第一名的位置；"
     "兴银理财期末规模为2.15万亿元，净利润为13.41亿元", ["招银理财", "兴银理财"]),
    ("6家理财公司上半年净利润超10亿元，其中浦银理财、平安理财等同比涨势较猛，也有理财公司净利润同比大幅下滑。",
     ["浦银理财", "平安理财"]),
])
def test_a_banks_wealth_management_subsidiary_is_an_organization(sentence, names):
    assert _orgs(sentence) == names


def test_a_short_form_is_not_read_across_a_word_boundary():
    # 中物联 stands inside 其中物联网 (其中 | 物联网): not the association
    assert "中物联" not in _orgs("其中物联网产业规模增长较快。")


@pytest.mark.parametrize("sentence, not_name", [
    # fixtures/unseen7_posts/articles/unseen7_post-08.md: Japan's central government, a level of government as
    # 地方政府 is (both in one sentence)
    ("日本多地近期“大米荒”持续，地方政府、零售商和消费者纷纷呼吁中央政府尽快投放储备米，以缓解供应紧张。", "中央政府"),
    # fixtures/unseen5_posts/articles/unseen5_post-10.txt: the central level's government funds
    ("分中央和地方看\n中央政府性基金预算\n收入2366亿元\n同比增长29.5%", "中央政府"),
    # fixtures/unseen7_posts/articles/unseen7_post-07.md: an affiliate, as 子公司 and 母公司 are relations, no name
    ("以全面并最终解决目前和未来针对公司及其在美国的关联公司提起的滑石粉诉讼中与卵巢癌相关的所有索赔", "关联公司"),
])
def test_a_level_of_government_or_a_firms_relation_is_no_name(sentence, not_name):
    assert not_name not in _orgs(sentence)


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen5_texts/articles/unseen5_text-05.txt: a brand is the firm's product, no organization
    ("今日，AITO品牌旗下首款中型SUV问界M5在华为冬季旗舰新品发布会上正式首发", ["华为"]),
    # fixtures/unseen7_pages/html/unseen7_page-163-1.html: two brands and a firm in one list
    ("共同管理联合市场销售与服务机构，负责捷豹品牌、路虎品牌和奇瑞捷豹路虎合资自主品牌营", ["奇瑞"]),
    # /work/shared/corpus_html/163-4.html: the group that owns the brand is the organization
    ("小米集团红米品牌总经理卢伟冰在接受《每日经济新闻》记者采访时表示", ["小米集团", "每日经济新闻"]),
])
def test_a_brand_is_no_organization(sentence, names):
    assert _orgs(sentence) == names
