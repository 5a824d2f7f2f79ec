"""Plain texts whose paragraphs an export joined with ASCII commas are read as paragraphs (SPEC §1, text).

Before this reading, a one-line article that opens with `原标题：…` went whole into `original_title` and the
file failed with "no article text found"; the rows come from a crawler's CSV (tests/data/joined_paragraphs).
"""
from pathlib import Path

import pytest

from newsfacts import extract
from newsfacts.reading import _joined_paragraphs_split

DATA = Path(__file__).parent / "data" / "joined_paragraphs"


def test_an_original_title_line_is_only_the_first_paragraph():
    doc = extract(str(DATA / "sinaStock-1.txt")).to_dict()
    assert doc["error"] is None
    assert doc["original_title"] == "股价暴跌！“中国第一股”被立案调查了：巨亏33亿净资产为负 上个月刚被警示"
    first = doc["text"].split("\n")[0]
    assert first.startswith("万万没想到，号称“中国第一股”的老八股之一“小飞乐”")
    assert "来源：中国基金报" not in doc["text"]
    assert ("percent", "8.8%", 8.8, "down") in {
        (f["type"], f["text"], f.get("value"), f.get("direction")) for f in doc["facts"]}


def test_headline_byline_and_credits_come_apart():
    doc = extract(str(DATA / "sinaStock-9.txt")).to_dict()
    assert doc["title"] == "博瑞生物冲刺科创板：此前估值32亿 红杉智盛持股"
    assert doc["reporter"] == "李云琦"
    assert "校对" not in doc["text"] and "李云琦" not in doc["text"]
    assert doc["text"].split("\n")[0].startswith("新京报快讯4月8日晚间，上交所披露")
    money = {(f["text"], f["value"]) for f in doc["facts"] if f["type"] == "money"}
    assert ("8.78亿元", 878000000) in money


@pytest.mark.parametrize("text", [
    "营收2,380万元，同比增长5%。净利润1,200万元。",               # digit groups
    "公司公告称，Apple, Inc.与其签约。",                          # a comma of Latin text
    "第一段。,第二段，仍是一行。",                                   # one join alone proves nothing
])
def test_texts_without_joins_are_left_alone(text):
    assert _joined_paragraphs_split(text) == text


def test_every_join_after_a_chinese_character_or_mark_is_a_break():
    text = "标题在此,记者 某某,第一段。,第二段说“好”,第三段。"
    assert _joined_paragraphs_split(text).split("\n") == ["标题在此", "记者 某某", "第一段。", "第二段说“好”", "第三段。"]
