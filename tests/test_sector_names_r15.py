"""Sectors on round 10's blind set (issue 13, round 15, names14): one industry, one canonical name.

- an official class named as a policy row plus 业 with the row's own code is that row's sector (邮政业 of 邮政, GB/T
  60; 管道运输业 of 管道运输, 57): the statistics write `电力、管道运输、邮政等行业` and `全省邮政业增长6.1倍` of one
  industry each, so both mentions carry one name (scripts/build_sectors.py `_fold_official_names`);
- industries the tables lacked: GB/T 4754-2011's 装卸搬运和运输代理业 (the bureaus' statistics still use it), 商业服务业,
  内燃机 (GB/T 3412), 玩具 (245) and 潮玩, 油服 (申万 油服工程), 环保装备, 铁路设备 (轨道交通装备).

The sentences are real (the file each comes from is named beside it); the expected sectors were read off the sentence.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _sectors(text: str) -> list[tuple[str, str]]:
    return [(f["name"], f["text"]) for f in extract_text(text).to_dict()["facts"] if f["type"] == "sector"]


@pytest.mark.parametrize("sentence, expected", [
    # fixtures/unseen9_bulletins/articles/unseen9_bulletin-04.jsp
    ("其中，电力、管道运输、邮政等行业投资保持不同程度增长。", [("管道运输", "管道运输"), ("邮政", "邮政")]),
    ("另外，前7个月，全省邮政业增长6.1倍；管道运输业增长2.7倍；电力、热力生产和供应业增长43%；装卸搬运和运输代理业增长41.2%。",
     [("邮政", "邮政业"), ("管道运输", "管道运输业"), ("装卸搬运和运输代理", "装卸搬运和运输代理业")]),
    # fixtures/unseen9_pages/html/unseen9_page-163money-1.html
    ("2018年，受区域经济持续低迷影响，天津地区制造业、商业服务业等行业的企业出现经营困难，进而引发还本付息压力",
     [("商业服务业", "商业服务业")]),
    # fixtures/unseen9_bulletins/articles/unseen9_bulletin-06.jsp
    ("从中国内燃机工业协会获悉，内燃机行业7月销量稳步提升，工程机械用内燃机累计销售显著提升。", [("内燃机", "内燃机")]),
    # fixtures/unseen9_bulletins/articles/unseen9_bulletin-05.jsp
    ("为全面推进绿色制造，指导环保装备制造业持续健康发展", [("环保装备", "环保装备制造业")]),
    # fixtures/unseen9_texts/articles/unseen9_text-02.md
    ("40余年积蓄力量，“长”出如今超百亿元规模的潮玩产业。", [("潮玩", "潮玩产业")]),
    ("那时候，以代加工为主的玩具企业陆续来到石排镇，为一些国际品牌提供代加工服务。", [("玩具", "玩具")]),
    # fixtures/unseen9_texts/articles/unseen9_text-12.txt
    ("海通证券认为行业配置选择受益稳增长政策的铁路设备、工程机械和节能环保。", [("轨道交通装备", "铁路设备")]),
    # fixtures/unseen9_pages/html/unseen9_page-sinacj-1.shtml
    ("叠加迎国庆的市场情绪，明日油气勘探、油服板块或有表现。", [("油服工程", "油服")]),
])
def test_industries_named_once(sentence, expected):
    found = _sectors(sentence)
    assert all(pair in found for pair in expected), found


@pytest.mark.parametrize("sentence, absent", [
    # fixtures/unseen9_bulletins/articles/unseen9_bulletin-04.jsp: one GB/T 4754-2011 class, not two of 2017
    ("装卸搬运和运输代理业增长41.2%。", ["装卸搬运", "运输代理业"]),
    # fixtures/unseen9_pages/html/unseen9_page-163money-1.html
    ("天津地区制造业、商业服务业等行业的企业出现经营困难", ["商业"]),
    # fixtures/unseen9_bulletins/articles/unseen9_bulletin-05.jsp
    ("为全面推进绿色制造，指导环保装备制造业持续健康发展", ["装备制造"]),
    # fixtures/unseen4_pages/html/unseen4_page-sohu-3.html: a project's kind in brackets, no industry named as such
    ("西气东输可以看作是基础设施项目（管道运输），国家宣布欢迎外商投资", ["管道运输"]),
])
def test_no_other_sector(sentence, absent):
    names = [name for name, _ in _sectors(sentence)]
    assert not any(name in names for name in absent), names
