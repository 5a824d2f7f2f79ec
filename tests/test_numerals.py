"""The numeral grammar (`newsfacts.numerals`) at work in facts: real strings, one case each,
named after their article; values checked by hand. The grammar's own table of forms is the
doctest of `numerals.py`."""
from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.extractors import facts_in

CASES = [
    # (source article, text, type, span, value, qualifier)
    # 多 inside a Chinese numeral, before its myriad: a lower bound of the whole number
    ("ifeng-2", "有民办高中开出年薪两百多万挖他", "money", "两百多万", 2000000, "min"),
    ("njxfhn-1", "诈骗分子通过网银分多笔转走了一百三十多万元。", "money", "一百三十多万元", 1300000, "min"),
    # 千米 alone is a thousand metres; after a numeral, 千瓦 is the unit (一千五百六十四 kW)
    ("sina_hexo-058", "也是世界首座超过千米的混合式组合梁斜拉桥。", "quantity", "超过千米", 1000, "min"),
]


@pytest.mark.parametrize("source,text,kind,span,value,qualifier", CASES, ids=[f"{c[0]}:{c[3]}" for c in CASES])
def test_numeral_in_a_fact(source, text, kind, span, value, qualifier):
    facts = facts_in(text, "body", None)
    match = [f for f in facts if f.type == kind and f.text == span]
    assert match, [(f.type, f.text) for f in facts]
    assert Decimal(str(match[0].get("value"))) == Decimal(str(value))
    assert match[0].get("qualifier") == qualifier
