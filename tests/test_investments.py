"""Investments (SPEC §3.10) in the forms news writes them, each row a sentence of a real article.

Sources: fixtures/unseen1_posts/articles/unseen_post-11.txt (城市 funds), fixtures/unseen1_pages/html/
unseen_page-cx163-65.html (an investment agreement), fixtures/corpus/text-020.txt (R&D spent) and
sina_hexo-057.txt (a fund's size, and funds founded with no amount), fixtures/unseen1_posts/articles/
unseen_post-10.txt (a project named the sentence before)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.pipeline import extract_text


def _investments(text: str) -> list[tuple]:
    doc = extract_text(text)
    return [(f.get("investor"), f.get("value"), f.get("currency"), f.get("purpose"))
            for f in doc.facts if f.type == "investment"]


@pytest.mark.parametrize("text,expected", [
    # a fund founded with its size written before its name; a second one joined to it; the founder a
    # place of the founding's clause (not the place of the sentence before)
    ("近期，长沙市高新区发起了200亿天使母基金和种子基金，旨在支持科技创新；西安设立创新投资基金，首期规模100亿元；"
     "广州更是宣布设立1500亿的产业母基金和500亿创投母基金……从南到北，从东到西，不少城市纷纷入局。",
     [("长沙市", Decimal("2E+10"), "CNY", "天使母基金"), ("西安市", Decimal("1E+10"), "CNY", None),
      ("广州市", Decimal("1.5E+11"), "CNY", "产业母基金"), ("广州市", Decimal("5E+10"), "CNY", "创投母基金")]),
    # the total of an investment agreement the sentence's first organization signs
    ("浙江吉利控股集团3日在冰岛首都雷克雅未克与当地甲醇燃料制造商碳循环国际公司签署一项总额为4500万美元的投资协议，"
     "双方希望这次合作能够在全世界范围内推广甲醇汽车和甲醇燃料。",
     [("浙江吉利控股集团", Decimal("4.5E+7"), "USD", None)]),
    # money spent on something named between the verb and the amount
    ("天际股份发布股票交易异常波动的公告，公司正在推动硫化锂材料制备专利的产业化，该项目由7名研发人员组成，"
     "其中核心研发人员3名，目前已投入研发费用约500万元。",
     [("天际股份", Decimal("5E+6"), "CNY", "发布股票交易异常波动的公告，公司正在推动硫化锂材料制备专利的产业化，"
                                         "该项目由7名研发人员组成，其中核心研发人员3名，目前已投入研发费用")]),
    # the size of a fund founded in the sentence before, its founder an organization
    ("如河南资产和郑州地产宣布联合设立郑州市地产纾困基金。据了解，郑州市房地产纾困基金规模为100亿元。",
     [("河南资产和郑州地产", Decimal("1E+10"), "CNY", None)]),
    # where the money goes between 公司 and the verb (公司 is the company the paragraph opens with)
    ("光洋股份(002708)9月29日公告，公司于9月28日召开第五届董事会第十六次会议审议通过了《关于投资设立机器人业务公司的议案》。"
     "公司在安徽省黄山高新区内投资10亿元建设年产6000万套高端新能源汽车及机器人用精密零部件项目，全资子公司光洋传动科技为投资建设主体。",
     [("光洋股份", Decimal("1E+9"), "CNY", None)]),
    # a project's investment told in the sentence after the one that names the project and its investor
    ("一年前，宁德代管的另一个县级市福安，同样传出宁德时代第四期项目动工建设的消息。据报道，该项目总投资125亿元，"
     "主要生产新能源动力电池及储能电池，达产后年产值500亿元。",
     [("宁德时代", Decimal("1.25E+10"), "CNY", None)]),
    # funds founded with no amount: nobody's investment
    ("近期，南宁、绍兴、湖北等多地设立房地产纾困基金推动复工复产，绍兴近日也表示正在谋划设立房地产稳保基金。", []),
], ids=["funds-of-cities", "agreement", "spent-on-rnd", "fund-size-after", "where-it-goes", "project-named-before",
                                 "no-amount"])
def test_investments_as_news_writes_them(text, expected):
    found = _investments(text)
    assert [(investor, value, currency, purpose) for investor, value, currency, purpose in found] == expected
