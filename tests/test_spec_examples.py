"""The examples SPEC.md gives, with the values SPEC.md states for them (publication date 2022-06-16
where a relative reference needs one, as in the reference article)."""
from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from newsfacts.extractors import facts_in

PUBLISHED = datetime.date(2022, 6, 16)

EXAMPLES = [
    # text, type, expected span, expected value (or year), qualifier, unit
    ("5658亿元", "money", "5658亿元", 565800000000, None, "亿元"),
    ("产业规模力争突破5000亿", "money", "突破5000亿", 500000000000, "min", None),
    ("百亿级元宇宙产业基金", "money", "百亿级", 10000000000, "order", None),
    ("12.5元/股", "money", "12.5元/股", Decimal("12.5"), None, "元/股"),
    ("股价12.5元", "money", "12.5元", Decimal("12.5"), None, None),
    ("最高达1200万元", "money", "最高达1200万元", 12000000, "max", None),
    ("10至15亿元", "money", "10至15亿元", 1000000000, "range", None),
    ("十到十五亿元", "money", "十到十五亿元", 1000000000, "range", None),
    ("规模1.2万亿元", "money", "1.2万亿元", 1200000000000, None, None),
    ("超40平方公里", "quantity", "超40平方公里", 40000000, "min", "m2"),
    ("增长5.5%", "percent", "5.5%", Decimal("5.5"), None, "%"),
    ("百分之五", "percent", "百分之五", 5, None, "%"),
    ("约一半", "percent", "约一半", 50, "approx", "%"),
    ("三分之一", "percent", "三分之一", Decimal("33.33"), None, "%"),
    ("两成", "percent", "两成", 20, None, "%"),
    ("提高3.2个百分点", "percent", "3.2个百分点", Decimal("3.2"), None, "pp"),
    ("涨幅为-10.8%", "percent", "-10.8%", Decimal("-10.8"), None, "%"),
    ("下降3.2%", "percent", "3.2%", Decimal("3.2"), None, "%"),
    ("增长1.49倍", "percent", "1.49倍", Decimal("1.49"), None, "x"),
    ("翻一番", "percent", "翻一番", 2, None, "x"),
    ("增速高于5%", "percent", "高于5%", 5, "min", "%"),
    ("高于第二产业2.7个百分点", "percent", "2.7个百分点", Decimal("2.7"), None, "pp"),
    ("322个重大产业项目", "count", "322个重大产业项目", 322, None, None),
    ("三大先导产业", "count", "三大先导产业", 3, None, None),
    ("50家以上“隐形冠军”企业", "count", "50家以上“隐形冠军”企业", 50, "min", None),
    ("300多家企业", "count", "300多家企业", 300, "min", None),
    ("10余家企业", "count", "10余家企业", 10, "min", None),
    ("近千家企业", "count", "近千家企业", 1000, "approx", None),
    ("上百家企业", "count", "上百家企业", 100, "approx", None),
    ("前五大客户", "count", "五大客户", 5, None, None),
    ("到2025年", "year", "到2025年", 2025, None, None),
    ("2025年前", "year", "2025年前", 2025, None, None),
    ("展望2035年", "year", "展望2035年", 2035, None, None),
    ("2035年远景目标", "year", "2035年远景目标", 2035, None, None),
    ("“十四五”期间", "year", "“十四五”期间", 2025, None, None),
    ("2022年6月16日", "date", "2022年6月16日", "2022-06-16", None, None),
    ("今年一季度", "date", "今年一季度", "2022-Q1", None, None),
    ("上半年", "date", "上半年", "2022-H1", None, None),
    ("去年", "date", "去年", "2021", None, None),
    ("1-5月", "date", "1-5月", "2022-01/2022-05", None, None),
    ("前三季度", "date", "前三季度", "2022-Q1/2022-Q3", None, None),
    ("2021至2025年", "date", "2021至2025年", "2021/2025", None, None),
    ("2021年至2024年上半年", "date", "2021年至2024年上半年", "2021/2024-H1", None, None),
    ("95年以前出生", "date", "95年", "1995", None, None),
    ("2007年末", "date", "2007年末", "2007", None, None),
    ("2025年10月27日10时至28日10时", "date", "2025年10月27日10时至28日10时", "2025-10-27/2025-10-28", None, None),
    ("4月份，CPI涨幅比上月扩大", "date", "上月", "2022-03", None, None),
]


@pytest.mark.parametrize("text,kind,span,value,qualifier,unit", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_spec_example(text, kind, span, value, qualifier, unit):
    facts = [f for f in facts_in(text, "body", PUBLISHED) if f.type == kind and f.text == span]
    assert facts, [(f.type, f.text) for f in facts_in(text, "body", PUBLISHED)]
    fact = facts[0]
    got = fact.get("year") if kind == "year" else fact.get("value")
    assert str(got) == str(value)
    assert fact.get("qualifier") == qualifier
    if unit:
        assert fact.get("unit") == unit
    if kind == "year" and text.startswith("“"):
        assert fact.get("start_year") == 2021


@pytest.mark.parametrize("text", ["2022上海全球投资促进大会", "2021年中国品牌日活动", "《规划（2020年版）》", "本周", "当日", "上午8时",
                                  "春节", "五一", "第三批", "一批", "一系列", "多个", "三年", "一两个月", "第27位", "前五位",
                                  "“3+6”新型产业体系", "双千兆", "数十家", "几百人", "十几个"])
def test_spec_non_facts(text):
    assert [(f.type, f.text) for f in facts_in(text, "body", PUBLISHED) if f.type in
            ("money", "quantity", "percent", "count", "year", "date")] == []
