"""A registered name the text gives a short name that opens it (issue 13, round 13, names).

`XX有限公司（以下简称“XX”）` is how Chinese news and filings introduce a firm: the short name in brackets right after
the registered name is the name's own opening (四川交投 of 四川交投产融控股有限公司). The segmenter may read verbs
inside the firm's trade name (四川|交|投产|融|控股, 上海|信谊|联合|医药: 联合 is a boundary word elsewhere), which cut the
name at the suffix walk; the short name says where it opens (`_defined_hits`). The name opens after a mark or a
boundary word only: 中国邮政集团公司(下称“邮政集团”) keeps its 中国 (邮政集团 does not open it).

Sentences are real: fixtures/unseen9_pages/html/unseen9_page-163money-1.html and unseen9_page-crawl-1.html; their golds
list both registered names. Both fail on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_trade_name_the_segmenter_reads_as_verbs():
    found = _orgs("2018年，天津农商银行注册资本增加8.65亿元，其中，四川交投产融控股有限公司（以下简称“四川交投”） "
                  "作为新增战略投资者入股7.49亿元")
    assert "四川交投产融控股有限公司" in found, found


def test_a_boundary_word_inside_a_registered_name():
    found = _orgs("3月21日，上海市场监管局披露，认定甲硫酸新斯的明注射液的三家销售企业，上海信谊联合医药药材有限公司"
                  "（下称“上海信谊联合”）、河南润弘制药股份有限公司（下称“河南润弘”）、成都汇信医药有限公司（下称“成都汇信”） ，达成")
    assert "上海信谊联合医药药材有限公司" in found, found
    assert "河南润弘制药股份有限公司" in found and "成都汇信医药有限公司" in found, found
