"""Sector classes of round 8 (sectors9), each found in two or more held-out sets before it was fixed.

A list closed by a sector head names every item as an industry (`钢铁、电解铝、水泥…等重点行业`,
`食品和饮料行业`), though its other items are not in the taxonomy: the generic word in it counts. A head that
opens the name of a thing (`专项产业基金`, `重大产业项目`, `产业链供应链`) or the head `领域` (fields of policy
or of study as often as industries) does not.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text
from newsfacts.extractors.sectors import _derived


def _sectors(text: str) -> set[str]:
    return {f.name for f in extract_text(text).facts if f.type == "sector"}


@pytest.mark.parametrize("sentence, sector", [
    # unseen1_post-01.txt (gold: 钢铁, 水泥, 数据中心)
    ("到2025年，通过实施节能降碳行动，钢铁、电解铝、水泥、平板玻璃、炼油、乙烯、合成氨、电石等重点行业和数据中心"
     "达到能效标杆水平的产能比例超过30%；", "水泥"),
    # unseen6_post-04.md (gold: 数据中心; 工业物业 is in no taxonomy)
    ("新基金成立后，ESR将延展行业纵深性布局，打通建设、物流物业运营、物流基金管理三项业务的协同性，"
     "更有可能实现数据中心、工业物业等行业的联动，从而提升公司的整体业绩表现。", "数据中心"),
    # unseen6_page-gmw-1.html (gold: 食品, 饮料)
    ("Nasa表示：“这种试验不仅对麦芽威士忌行业有影响，而且对整个食品和饮料行业也有影响。", "食品"),
    # unseen3_post-08.txt (gold: 计算机, 传媒 …)
    ("50家上榜公司中，计算机、休闲服务和传媒行业的公司最多，分别有6家、6家、5家。", "计算机"),
    # holdout sina_hexo-047.txt (gold: 白酒)
    ("一方面，目前未观察到可以承接科技风格的其他风格板块，白酒等消费板块估值偏贵，盈利增长短期也难以快速消化高估值问题；",
     "白酒"),
])
def test_a_list_closed_by_a_sector_head_names_industries(sentence, sector):
    assert sector in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # fixtures/corpus/sina_hexo-013.txt: funds and projects, the 产业 opens their names
    ("强化财政、金融、政府产业基金等支持力度，鼓励和引导银行、创投、保险基金等参与各类专项产业基金和重大产业项目。", "基金"),
    ("强化财政、金融、政府产业基金等支持力度，鼓励和引导银行、创投、保险基金等参与各类专项产业基金和重大产业项目。", "金融"),
    # unseen2_page-newscn-1.html: 产业链供应链 安全, no list of industries
    ("要深化东中西部合作，更好保障国家粮食、能源资源、重要产业链供应链安全。", "粮食"),
    # unseen4_page-sohu-1.html: fields of philanthropy (the gold lists no 教育)
    ("只是和洛克菲勒家族在教育、种族关系、宗教和科学领域更广为人知的投入相比，这方面似乎略显逊色了些。", "教育"),
])
def test_no_industries_without_a_sector_head(sentence, word):
    assert word not in _sectors(sentence)


def test_a_head_inside_an_item_of_another_list_closes_nothing():
    # unseen3_post-09.txt: 产业 sits inside the item 科技产业创新; the list's own head is 四大领域
    sentence = "2022年市政府投资重点投向城市基础设施、民生服务、生态文明建设、科技产业创新四大领域，占比89.2%。"
    assert "基础设施" not in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # unseen6_post-08.md (gold: 电池 neither required nor optional; 光伏 comes from 光伏产业链)
    ("山煤国际则直接切入光伏产业链，2020年设立合资公司开展10GW高效异质结（HJT）太阳能电池产业化一期3GW项目。", "电池"),
    # unseen5_post-12.txt: adapting a web novel for the screen
    ("“一部热门甜宠网文影视化的价格都能达到上百万元，更不用说是那些顶级大IP的改编。", "影视"),
    # unseen4_page-sohu-3.html: the marketization of city infrastructure
    ("城市基础设施市场化的操作层面完全在地方政府。", "基础设施"),
])
def test_a_word_made_a_verb_by_hua_is_no_industry(sentence, word):
    assert word not in _sectors(sentence)


def test_hua_opening_a_word_of_its_own_is_no_verb():
    # unseen1_post-11.txt: 石油 before 化工 (a word of its own) is no stem of a verb in 化
    text = "三大主导产业为纺织鞋服、石油化工、建材家居"
    assert not _derived(text, text.index("石油") + 2)
    assert _derived("网文影视化的价格", 4)


def test_the_new_energy_vehicle_classes_are_new_energy_vehicles():
    # unseen6_post-03.md (gold: 新能源汽车; 新能源 alone is in neither list): the classes of 中国汽车工业协会's figures
    sentence = ("其中，新能源乘用车产销量分别为43.4万辆和42.8万辆，同比分别增长93.0%和105.8%。"
                "新能源商用车产销量分别为7.0万辆和6.8万辆，同比分别增长47.2%和55.5%。")
    facts = [(f.name, f.text) for f in extract_text(sentence).facts if f.type == "sector"]
    assert facts == [("新能源汽车", "新能源乘用车"), ("新能源汽车", "新能源商用车")]


@pytest.mark.parametrize("sentence, sector", [
    # holdout text-023.txt (gold: 环保): the giant of an industry names the industry
    ("昔日环保巨头启迪环境再次来到命运的十字路口。", "环保"),
    # fixtures/corpus/text-001.txt
    ("游戏巨头EA（Electronic Arts Inc.）正接近达成一项里程碑式的私有化协议。", "游戏"),
])
def test_the_giant_or_leader_of_an_industry_names_it(sentence, sector):
    assert sector in _sectors(sentence)


def test_a_sector_word_the_segmenter_joins_to_qiye_is_whole():
    # unseen3_page-163-1.html (gold: 电力): 电力企业 is one word of the segmenter, the firms of the power industry
    sentence = ("然而，在电网公司利润下滑，甚至部分省网公司出现亏损的情况下，电力企业高管不菲的年薪，"
                "电力企业职工远高于社会平均水平的福利待遇，以及电网企业层出不穷的腐败案件，则与此形成了强烈的对比。")
    assert "电力" in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # unseen5_page-people-1.html: a mental-health service project (心理健康 is the segmenter's word)
    ("本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。", "健康服务"),
    # unseen6_post-06.md: a memory-chip production line (存储芯片 is one word)
    ("该公司的核心产品覆盖高工艺嵌入式存储、高密度非易失性存储、存内计算及存内搜索等多个领域，"
     "并且拥有自己的存储芯片制造产线，已实现28nm制程下ReRAM芯片的量产。", "芯片制造"),
])
def test_a_long_form_starting_inside_a_word_is_no_sector(sentence, word):
    assert all(word not in text for _, text in _facts(sentence))


def test_a_long_form_starting_inside_a_word_and_named_an_industry_stays():
    # holdout_html 163-4.html: the phone-chip industry is a chip industry
    sentence = "实际上，幕后的手机芯片企业何尝不是如此，今年4月，全球芯片巨头英特尔宣布退出5G手机芯片行业，相应业务转给了苹果公司。"
    assert any(text == "芯片行业" for _, text in _facts(sentence))


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.text) for f in extract_text(text).facts if f.type == "sector"]


def test_internet_finance_is_a_sector_with_its_short_form():
    # holdout_html qq-2.html (gold: 互联网金融|互金): the policy term of 2015 and its short form
    assert ("互联网金融", "互金") in _facts("截至2018年底，同盾科技累计客户数量为2421家，完成了对互金行业90%以上的覆盖。")


def test_packaging_and_testing_is_a_sector():
    # holdout_html guancha-2.html (gold: 封测|封测业|封装测试): the third link of the chip industry
    sentence = "2018年，中国集成电路产业各主要环节继续维持两位数的高速增长，设计业和制造业的增长率超过20%，但封测业增速回落到20%以下。"
    assert ("封测", "封测业") in _facts(sentence)
