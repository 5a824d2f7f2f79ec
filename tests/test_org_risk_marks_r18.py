"""A listed company under an exchange's risk mark is named with the mark (issue 13, round 12, names12).

`risk_marks` (*ST, ＊ＳＴ, ST …): the exchanges write a short name four wide, the mark and two characters
(*ST华菱, ＊ＳＴ领先); the mark and the two characters after it, where a word ends, are the company. Longer ones are in the
listed companies' list. A mark inside an English word is none (「TST庭秘密」, unseen5 text-06).

Sentences are real: fixtures/unseen10_pages/html/unseen10_page-05.html, fixtures/unseen7_texts/articles/unseen7_text-07.txt,
fixtures/unseen5_texts/articles/unseen5_text-06.txt (TST); their golds list *ST华菱, ＊ＳＴ领先 (and 恒泰艾普, found once its list neighbour is). The
first two fail on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_risk_marked_short_name():
    found = _orgs("值得注意的是，*ST华菱原本计划实施重大资产重组，将钢铁资产从上市公司体系中剥离，且重组方案已获证监会核准，"
                  "钢铁资产已经置出。但在行业转暖之际，*ST华菱终止重组，将置出的钢铁资产重新装入。")
    assert "*ST华菱" in found, found


def test_a_full_width_mark_in_a_list():
    found = _orgs("恒泰艾普、＊ＳＴ领先、　轻纺城　三家上市公司重大资产交易方案获得中国证监会并购重组委有条件通过，三家公司股票将于今日复牌。")
    assert "＊ＳＴ领先" in found and "恒泰艾普" in found, found


def test_no_mark_inside_an_english_word():
    found = _orgs("不过，针对被查风波，「TST庭秘密」官博发文回应称自己合法经营，依法纳税。")
    assert not any(name.startswith("ST") for name in found), found
