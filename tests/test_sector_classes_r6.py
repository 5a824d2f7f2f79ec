"""Sector classes of round 6, each seen in at least two held-out sets: classes of goods in retail sales, the
official names that news use for something else than an industry, and an official name written with its 业."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _sectors(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.text) for f in extract_text(text).facts if f.type == "sector"]


@pytest.mark.parametrize("sentence, word", [
    # the retail sales classes of 国家统计局 name goods sold (fixtures/corpus/sina_hexo-033.txt, unseen4_post-12.txt)
    ("8月份，限额以上单位金银珠宝、文化办公用品、体育娱乐用品零售额同比分别增长7.4%、20.4%和22.7%，家具、建材分别增长6.7%和13.5%。",
     "娱乐用品"),
    # 电力供应 is the supply of power (unseen3_post-11.txt, unseen4_post-12.txt)
    ("陕西提出，要在能源保供上担当作为，加速释放煤炭产能，积极扩大油气产能，全力确保电力供应，加快促进能源产业转型。", "电力供应"),
    ("“随着相关措施的逐步落地见效，煤炭、电力供应偏紧的状况将会得到缓解，对经济运行的制约也会降低。”", "电力供应"),
    # international organisations are bodies, not the class T of GB/T 4754 (unseen4_post-12.txt)
    ("主要国际组织预期2021年中国经济仍然能够保持在8%左右较高的增速。", "国际组织"),
    # a sector word before 司 names a ministry's department, like 局/厅/署 (unseen4_post-06.txt)
    ("财联社记者从工信部官网获悉，9月15日，工业和信息化部原材料工业司组织召开锂资源产业发展座谈会。", "原材料工业"),
])
def test_no_sector(sentence, word):
    assert all(word not in name and word not in text for name, text in _sectors(sentence))


def test_official_name_keeps_its_trade():
    # unseen4_post-12.txt: the release names the industries of the high-tech classification with their 业
    sentence = "高技术服务业中，电子商务服务业、检验检测服务业投资同比分别增长43.8%、23.7%。"
    assert ("检验检测", "检验检测服务业") in _sectors(sentence)


def test_trade_stops_before_a_word_it_opens():
    # no article of the corpora has one (searched in the corpora): the guard of 业务 on a written form
    sentence = "公司拓展检验检测服务业务，收入增长。"
    assert ("检验检测", "检验检测服务") in _sectors(sentence)


@pytest.mark.parametrize("sentence", [
    # the group of the 战略性新兴产业分类 is named as a sector, like 高技术产业 (fixtures/corpus/sina_hexo-013.txt,
    # unseen4_post-09.txt; the other golds list it as optional)
    "聚焦做优做强战略性新兴产业，打造“互联网+”、生命健康、新材料三大科创高地。",
    "坐稳中国最大工业城市王座的上海，2021年战略性新兴产业增长迅速，新能源汽车、新能源和生物产值同比增速分别为1.9倍、16.1%和12.1%。",
])
def test_strategic_emerging_industries_are_a_sector(sentence):
    assert ("战略性新兴产业", "战略性新兴产业") in _sectors(sentence)
