"""Sector classes of round 9 (sectors11), read by GOLD_GUIDE's round 9 decision on sectors named in passing: a sector is
an industry named as such, not a technology, a product or the field of a public body.

- A sector word before 技术 or 标准 names a technology or a standard (`基于区块链技术的…`, `人工智能技术越来越多地应用到…`,
  `网络安全标准的制定`), before 设施/资产/单元/计划/工厂 a thing of its kind (`高标现代物流设施`, `锂电池工厂`), unless the form ends in an industry's own head (`汽车工业技术`) or a sector suffix follows the head
  (`人工智能技术企业`); `标准化` is another word.
- A list closed by `等` and a head naming bodies (`等事业单位`, `等部门单位`) is a list of public bodies or departments:
  its generic items are their fields, no industries.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _sectors(text: str) -> set[str]:
    return {f.name for f in extract_text(text).facts if f.type == "sector"}


@pytest.mark.parametrize("sentence, word", [
    # unseen7_post-07.md (gold: no 区块链, neither required nor optional)
    ("6、上海正式启动“基于区块链技术的大宗商品供应链融资业务”试点。", "区块链"),
    # unseen7_post-08.md (gold: no 网络安全)
    ("加快智能网联汽车功能安全、数据安全、网络安全标准、车用芯片标准的制定。", "网络安全"),
    # holdout_html qq-2.html (gold: 人工智能 optional; the data firms' scoring technology)
    ("单纯的数据服务已不能满足市场需求，将大数据有效的结合人工智能技术，通过风控规则建模等方式，对金融机构输出评分决策。",
     "人工智能"),
    # fixtures/corpus sina_hexo-047.txt (gold: 5G optional; a technology cycle)
    ("因此，基于赛道盈利的持续性考虑，未来看好新能源和5G技术周期下的一些细分赛道。", "5G"),
    # unseen6_post-04.md (gold: no 现代物流, no 仓储物流, no 工业): facilities and a portfolio of assets
    ("ESR一直致力在全国主要城市布点，开发和经营一流的高标现代物流设施。", "现代物流"),
    ("在韩国首尔和釜山都会区投资及开发工业和仓储物流资产组合。此次是ESR与APG的第四次开发合作。", "仓储物流"),
    ("在韩国首尔和釜山都会区投资及开发工业和仓储物流资产组合。此次是ESR与APG的第四次开发合作。", "工业"),
    # unseen6_post-07.md (gold: no 锂电池): a factory and its cells
    ("2、欧洲首个吉瓦级磷酸铁锂电池工厂在挪威南部城市阿伦达尔举行建成投产仪式。", "锂电池"),
    # unseen5_post-04.txt (gold: no 基础设施): a spending plan
    ("10月份是美国新的财年，美国未来几年内有1.2万亿美金的基建计划，为了筹措资金。", "基础设施"),
])
def test_a_technology_a_standard_or_a_thing_is_no_industry(sentence, word):
    assert word not in _sectors(sentence)


@pytest.mark.parametrize("sentence, sector", [
    # holdout_html ifeng-3.html (gold: 汽车): the form carries the industry's head 工业
    ("这片富饶的黑土地上有丰富的农产品，有成熟的汽车工业技术，还有特色的美食及悠久的影视文化。", "汽车"),
    # unseen6_post-04.md (gold: 商业地产): 标准化 is standardization, no 标准 after the word
    ("再加之物流地产相较商业地产标准化更高、证券化难度更小，随着公募REITs推出。", "商业地产"),
])
def test_an_industry_before_technology_words_stays(sentence, sector):
    assert sector in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # unseen7_page-sxrb-1.html (gold: no 文化, no 出版)
    ("这些城市的党政机关，学校、科研、文化、出版、广播电视等事业单位，协会、学会、联合会等社团组织。", "文化"),
    ("这些城市的党政机关，学校、科研、文化、出版、广播电视等事业单位，协会、学会、联合会等社团组织。", "出版"),
    # unseen2_post-09.txt (gold: 金融 and 电力 optional: departments)
    ("保障性租赁住房工作领导小组要建立健全住建、财政、税务、电力、金融等部门单位的联动机制。", "金融"),
])
def test_the_fields_of_public_bodies_are_no_industries(sentence, word):
    assert word not in _sectors(sentence)


def test_a_list_of_industries_still_counts():
    # fixtures/corpus sina_hexo-021.txt (gold: 金融, 汽车): closed by 行业领域, no body
    assert {"金融", "汽车"} <= _sectors("外资准入负面清单管理措施条目数由93项减至33项，在金融、汽车等行业领域推出了一系列开放举措。")


@pytest.mark.parametrize("sentence, word", [
    # unseen7_post-07.md (gold: no 生成式人工智能): an alliance named after the industry
    ("9、AIGC产业联盟正式成立，旨在通过资源共享、技术交流和项目合作推动产业发展。", "生成式人工智能"),
    # fixtures/html shanxi-1.html (gold: 贸易 optional): a park named after trade
    ("与省贸促会签约后，双方将用好中拉贸易产业园等各类平台，为深化两地经贸投资合作牵线搭桥。", "贸易"),
])
def test_a_body_named_after_an_industry_and_its_head_is_no_sector(sentence, word):
    assert word not in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # unseen7_text-08.txt (gold: 银行 optional, no 城商行): the city banks act
    ("以工商银行为代表的多家股份制行和城商行也上报了数额不等的中小企业贷款计划，但截至目前均未获批。", "城商行"),
    # unseen7_text-12.txt (gold: no 农商行): one bank, 顺德农商行
    ("美的集团与美的集团财务有限公司则直接持有顺德农商行合计26.94%的股份。", "农商行"),
])
def test_kinds_of_banks_acting_are_no_sectors(sentence, word):
    assert word not in _sectors(sentence)


@pytest.mark.parametrize("sentence", [
    # unseen7_post-08.md (gold: 公募基金 required)
    "3、据不完全统计，已有66家基金公司上半年经营情况曝光，合计实现营业收入。",
    # fixtures/corpus text-007.txt (gold: 基金业|基金|基金行业|公募基金)
    "由于国内基金发行采取严格的审批制，基金公司把新基金当做稀缺资源，往往集中力量发行新基金。",
])
def test_fund_companies_are_the_public_fund_industry(sentence):
    assert "公募基金" in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # unseen5_page-people-1.html (gold: no 专业服务)
    ("逐步建立一支团属特色的心理专业队伍，共同为青少年提供专业服务；开展多场实践活动。", "专业服务"),
    # unseen7_page-360-1.html (gold: 金融, optional 网络安全; no 检测服务)
    ("为数百家国内外厂商、应用商店等合作伙伴提供了移动应用安全检测服务，全方位守护移动安全。", "检测服务"),
    # fixtures/html sxmu-1.html (a law on detention: the detainees' medical care)
    ("保障被留置人员的饮食、休息和安全，提供医疗服务。", "医疗"),
])
def test_a_service_provided_is_an_activity(sentence, word):
    assert word not in _sectors(sentence)


def test_a_service_industry_named_as_such_stays():
    # unseen2_page-chinacomcn-1.html (gold: 托育): the industry's firms, no verb of providing
    assert "托育" in _sectors("三、降低托育机构运营成本。托育机构用水、用电、用气、用热按照居民生活类价格执行。")


def test_a_service_head_after_an_industry_is_its_head():
    # unseen4_post-12.txt (gold: 电子商务, 高技术服务业 …; 服务业 alone is no gold sector there)
    found = _sectors("高技术服务业中，电子商务服务业、检验检测服务业投资同比分别增长40.8%、38.5%。")
    assert "电子商务" in found and "服务业" not in found


def test_a_generic_word_before_an_industry_head_is_named_an_industry():
    # unseen2_page-sohu-1.html (gold: 航空): 航空制造业, the aviation industry
    assert "航空" in _sectors("项目将于2025年底投入运营，中国供应链已成为世界航空制造业不可或缺组成部分。")
