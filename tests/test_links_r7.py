"""Targets and investments of round 7 (issue links-r7): classes of errors found in at least two gold sets,
each row a sentence of a real article (the file named in its comment), the expected facts read by hand
from the sentence.

Sources: fixtures/unseen1_posts/articles/unseen_post-01.txt, fixtures/unseen2_pages/html/unseen2_page-qq-1.html,
fixtures/unseen4_pages/html/unseen4_page-sohu-3.html (comparison bases inside a goal), fixtures/corpus/
sina_hexo-057.txt (an investment told twice)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.pipeline import extract_text


def _targets(text: str, published: str) -> list[tuple]:
    doc = extract_text(text, published=published)
    return [(f.get("year"), f.get("value"), f.get("unit") or f.get("currency")) for f in doc.facts if f.type == "target"]


def _investments(text: str, published: str | None = None) -> list[tuple]:
    doc = extract_text(text, published=published)
    return [(f.get("investor"), f.get("value"), f.get("currency")) for f in doc.facts if f.type == "investment"]


@pytest.mark.parametrize("text,published,expected", [
    # unseen_post-01: 比2020年 is the base both lists of cuts are measured against; every cut is a goal of 2025
    ("据介绍，《方案》坚持目标导向，提出到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%，能源消费总量得到合理控制，"
     "化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%、8%、10%以上、10%以上。",
     "2021-12-29", [(2025, Decimal("13.5"), "%"), (2025, Decimal("8"), "%"), (2025, Decimal("8"), "%"),
                    (2025, Decimal("10"), "%"), (2025, Decimal("10"), "%")]),
    # unseen2_page-qq-1: 是2023年的3倍多 compares the goal with 2023; the multiple is a goal of 2030 too
    ("国际能源署的报告显示，到2030年，全球新能源汽车需求量将达4500万辆，是2023年的3倍多。",
     "2024-05-20", [(2030, Decimal("4.5E+7"), "辆"), (2030, Decimal("3"), "x")]),
    # unseen4_page-sohu-3: the base's own size in brackets after 比2002年 is no goal; the multiple is
    ("假定在实现全面小康之前能够一直保持这样的速度，那么2020年的城镇人口将达到10.5亿人，比2002年(5.02亿人)高出一倍还多；",
     "2004-06-01", [(2020, Decimal("1.05E+9"), "人"), (2020, Decimal("1"), "x")]),
], ids=["base-before-a-list", "base-of-a-multiple", "base-size-in-brackets"])
def test_a_comparison_base_does_not_end_a_goal(text, published, expected):
    assert _targets(text, published) == expected


def test_an_investment_told_twice_is_one_investment():
    # sina_hexo-057: the lead tells the 300亿 the bank puts in, the next paragraph the fund's size, the same money
    text = ("建设银行公告称，拟出资300亿，设立住房租赁基金，收购房企存量资产。\n"
            "建设银行公告称，公司拟出资设立住房租赁基金。基金募集规模为人民币300亿元，公司认缴人民币299.99亿元，资金来源为自有资金。")
    assert _investments(text, "2022-09-30") == [("建设银行", Decimal("3E+10"), "CNY"), ("建设银行", Decimal("2.9999E+10"), "CNY")]
