"""Sector classes of round 7, each measured on the held-out sets first: 服务 alone is a verb or a generic noun, not
the service industry (seven sets), and the consumer price classes of 2001-2015 name what prices are measured on."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _sectors(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.text) for f in extract_text(text).facts if f.type == "sector"]


@pytest.mark.parametrize("sentence", [
    # unseen5_post-08.txt
    "通过服贸会，中国广纳世界企业和资源，深入推进服务领域国际合作，以实际行动维护自由化、公平化的全球经济秩序，"
    "展现了新时代中国进一步改革开放和维护经济全球化的成果和决心。",
    # unseen4_post-11.txt
    "全国工商联将坚持把推动民营企业参与构建新发展格局作为经济服务工作的重中之重，努力提高服务质量，拓展服务领域，"
    "创新服务方式，助力民营企业加快转入高质量发展轨道。",
    # unseen5_page-people-1.html
    "北京青年报记者了解到，“心成长”青少年心理健康服务项目，将以基层社区、学校、企事业单位等为重点服务领域，"
    "以社工、团干部、青年教师等为对象。",
    # unseen4_page-yangtse-1.html: 服务 is the verb, 企业 its object
    "服务企业要更及时，始终把企业感受度作为首要标准。",
])
def test_service_alone_is_no_sector(sentence):
    assert all(text != "服务" for _, text in _sectors(sentence))


def test_service_industry_stays_a_sector():
    # fixtures/corpus/text-015.txt (gold: 服务业)
    sentence = "同时，美国经济已从工业主导转型为技术与服务业主导，市场本身也更偏重于那些能支撑更高估值的成长股。"
    assert ("服务业", "服务业") in _sectors(sentence)


def test_price_classes_of_2001_to_2015_are_no_sectors():
    # unseen5_text-01.txt: the eight CPI classes before the 2016 reform
    sentence = ("从影响CPI价格水平的八大类价格来看，食品类价格上升2%，烟酒及用品类价格上升1.4%，医疗保健和个人用品类价格上升0.8%。"
                "其他价格则呈下降趋势，如衣着类价格下降1.4%，家庭设备用品及维修服务类价格下降2.5%，交通和通信类价格下降2.5%，"
                "娱乐教育文化用品及服务类价格下降2%，居住类价格下降2%。")
    assert _sectors(sentence) == []
