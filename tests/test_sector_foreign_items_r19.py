"""A series that holds an item no sector word is a list of fields, not of industries (issue 13, round 13, names).

A generic sector word (教育, 医疗, 文化) is a sector when listed beside another sector word (电子、电气、汽车). In
`教育、医疗、文化、安居保障、帮扶救助等投入` (the blind unseen12 bulletin-01, 《新闻联播》) the series also holds 安居保障 and
帮扶救助, which are no industries: the items are the fields of public spending, and the generic words beside them are
too (`_foreign_item`). Such a series still names industries under a sector head (`电子、综合、医药生物、休闲服务、电气设备和有色
金属行业`: 综合 is no sector word, the head 行业 names every item an industry) or beside a sector that needs no context.

Sentences are real (file beside each). The first fails on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _sectors(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "sector"]


def test_fields_of_spending_are_no_sectors():
    # unseen12 bulletin-01 (its gold lists none of the three)
    found = _sectors("2022年，西藏投入资金147.4亿元实施“十大民生工程”。教育、医疗、文化、安居保障、帮扶救助等投入不断加大，"
                     "农村公路建设、城镇")
    assert not found, found


def test_a_head_still_names_the_items():
    # fixtures/unseen3_posts/articles/unseen3_post-08.txt: 综合 is no sector word, 行业 heads the series
    found = _sectors("28个申万一级行业上半年营业总收入均实现不同幅度的上涨，电子、综合、医药生物、休闲服务、电气设备和有色金属行业"
                     "营收平均增幅居前。")
    assert "电子" in found and "医药生物" in found, found
