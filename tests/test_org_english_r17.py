"""An English name after a word for a rival or a peer firm is a firm; interbank is no bank (issue 13, round 17, names13).

`ascii_after_kind` gains 竞争对手, 对手, 同行, 同业: like 公司 or 供应商 before an English name, they say which firm is
named next (竞争对手Dollar Tree表示). Speech verbs after an English name are still no cue on their own (people and
products speak too: Margaret Garnett表示).

The sentence is real (fixtures/unseen9_bulletins/articles/unseen9_bulletin-07.md); it missed the name on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_rival_named_in_english():
    found = _orgs("竞争对手Dollar Tree表示，购物者对其新的“更高价值”产品以及价格在3至5美元之间的更广泛的商品反应“积极”。")
    assert "Dollar Tree" in found, found


def test_interbank_is_no_banks_name():
    # fixtures/unseen3_posts/articles/unseen3_post-07.txt: 银行间 (interbank) opens after 银行, so 上海银行 of
    # 上海银行间同业拆放利率 (Shibor) is no mention of the bank (suffix_continuations: 行 before 间)
    assert "上海银行" not in _orgs("最新数据显示，1月17日，上海银行间同业拆放利率方面，短端品种多数下行。")
