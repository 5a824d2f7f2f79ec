"""A ticker in brackets names the listed company before it, though the segmenter ends it in a verb (issue 13, round 13,
names).

`X（TICKER）` is how market reports name a listed company (迪士尼（DIS）, 奈飞（NFLX）). The name walk stops at a verb,
so 华纳|兄弟|探索 (探索, explore) gave no words and the ticker no name; `_ticker_item` reads the run from where a name
can open (after 而) when it is short, Chinese and holds a proper noun (华纳). A policy's acronym holds none
(政府和社会资本合作（PPP）, 公私合营模式（PPP）).

The sentence is real: fixtures/corpus/text-016.txt (the dev gold lists 华纳兄弟探索). It fails on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_listed_name_ending_in_a_verb():
    found = _orgs("美股早盘，AMC院线（AMC）一度涨逾6.2%，迪士尼（DIS）曾涨近1.2%，奈飞（NFLX）盘初下跌1.9%后转涨，"
                  "而华纳兄弟探索（WBD）曾跌2.1%。")
    assert "华纳兄弟探索" in found, found


def test_no_name_before_a_policy_acronym():
    # fixtures/unseen4_posts/articles/unseen4_post-02.txt, fixtures/corpus/text-023.txt: no proper noun, no name
    assert not _orgs("规范推广政府和社会资本合作（PPP）模式，稳妥开展基础设施领域不动产投资信托基金（REITs）试点")
    assert not _orgs("污水及自来水BOT项目的投资建设、运营；公私合营模式（PPP）参与公共基础设施建设")


def test_no_verb_opens_the_name():
    # fixtures/html/cx163-25.html (holdout_html): 已有 (there are already) opens the sentence, not a name
    found = _orgs("仅在昨日公告中，已有雪莱特(002076)、得润电子（002055）、齐心集团（002301）")
    assert not any(name.startswith("已有") for name in found), found
