"""Round 19 number forms (issue 11), checked by hand against the articles named per case: a bare figure of 亿 after
a verb of spending one's money (斥资, 豪掷, 出资, 注资, 增资, 筹资) is a sum of money, as after 耗资."""
from __future__ import annotations

import pytest

from newsfacts.extractors import facts_in


def _money(text: str) -> list[tuple[str, object]]:
    return [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "money"]


# (source, sentence, expected money (text, value) in order)
SPENDING = [
    ("shared corpus sina_hexo-014", "疯狂扩产！2100亿锂电巨头大动作，斥资超300亿发力储能，什么信号？", [("超300亿", 30000000000)]),
    ("shared corpus sina_hexo-014", "“有色一哥”入局期货业！豪掷3.5亿，晋升期货公司第一大股东", [("3.5亿", 350000000)]),
    ("unseen8_page2-udn-1", "最高層達200公尺，是SOHO中國於2009年斥資約40億買下土地，2014年", [("約40億", 4000000000)]),
]


@pytest.mark.parametrize("source, text, expected", SPENDING, ids=[c[0] + ":" + c[2][0][0] for c in SPENDING])
def test_a_bare_figure_spent_is_money(source, text, expected):
    assert _money(text) == expected
