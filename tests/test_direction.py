"""Direction of change on money, quantities, percents and counts: sentences of the fixtures' articles,
each number's direction read by hand. `value` stays as written."""
from __future__ import annotations

import pytest

from newsfacts import extract_text

CASES = [
    # (sentence, {number as written: direction}), sentences as they stand in fixtures/corpus
    ("1—4月份，商品房销售面积39768万平方米，同比下降20.9%；",
     {"39768万平方米": None, "20.9%": "down"}),
    ("营业收入利润率为6.98%，同比提高0.90个百分点。", {"6.98%": None, "0.90个百分点": "up"}),
    ("A股三大股指9月26日集体回调，其中沪指收盘下跌0.89%，收报2929.09点；", {"0.89%": "down"}),
    ("【证券时报网】A股三大股指集体回调：创业板指跌近3% 银行股逆市走强", {"近3%": "down"}),
    ("1． 开采专业及辅助性活动上年同期亏损15.9亿元。", {"15.9亿元": "down"}),
    ("分结构来看，食品价格同比下降4.1%，其中猪肉、鲜菜价格分别下降44.9%和1.5%，非食品价格上涨1.9%；",
     {"4.1%": "down", "44.9%": "down", "1.5%": "down", "1.9%": "up"}),
    ("从区域分布看，中国东部、中部、西部地区实际使用外资分别增长37%、36%和10.4%。",
     {"37%": "up", "36%": "up", "10.4%": "up"}),
    ("据南京海关9月17日通报，1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的13.3%。",
     {"32878.4亿元": None, "17.1%": "up", "13.3%": None}),
    ("三峡枢纽通过量9062万吨，同比上升6.2%，创历史同期新高。", {"9062万吨": None, "6.2%": "up"}),
    # a level reached (升至), a new amount (新增) and value added (增加值) are no change
    ("本次变更完成后，公司注册资本从3.14亿元升至5.24亿元。", {"3.14亿元": None, "5.24亿元": None}),
    ("数据显示，今年1—8月份，新增地方政府债券28951亿元，发行进度比去年提高了34%。",
     {"28951亿元": None, "34%": "up"}),
    ("1-2月，广东完成规模以上工业增加值4745.61亿元，同比增长44.6%。", {"4745.61亿元": None, "44.6%": "up"}),
    ("富临精工公告，公司拟增资10亿元。", {"10亿元": None}),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:16] for c in CASES])
def test_direction_of_each_number(sentence, expected):
    facts = {f.text: f for f in extract_text(sentence).facts if f.type in ("money", "quantity", "percent", "count")}
    assert {text: facts[text].direction for text in expected} == expected
    assert all("direction" in f.attrs for f in facts.values())


def test_value_stays_as_written():
    fall = next(f for f in extract_text("营业收入同比下降4.4%。").facts if f.type == "percent")
    assert (fall.value, fall.direction) == (4.4, "down")
    loss = next(f for f in extract_text("公司净亏损3.5亿元。").facts if f.type == "money")
    assert (loss.value, loss.direction) == (350000000, "down")


def test_a_minus_sign_says_the_direction_itself():
    rate = next(f for f in extract_text("当月涨幅为-10.8%。").facts if f.type == "percent")
    assert (rate.value, rate.direction) == (-10.8, None)


def test_other_facts_have_no_direction_field():
    document = extract_text("到2025年，产业规模力争突破5000亿。")
    assert [("direction" in f.attrs) for f in document.facts] == [False, True, False]


def test_with_attrs_keeps_every_field_of_the_fact():
    """The direction pass rebuilds each fact with `Fact.with_attrs`, which names the fields itself:
    a field added to Fact and forgotten there would be lost silently."""
    import dataclasses

    from newsfacts.document import Fact

    values = {"type": "money", "text": "5亿元", "start": 3, "end": 7, "where": "title", "sentence": "营收5亿元。",
              "attrs": {"value": 500000000}, "sentence_start": 1, "sentence_end": 8}
    assert {f.name for f in dataclasses.fields(Fact)} == set(values)
    rebuilt = Fact(**values).with_attrs(direction="up")
    for name, value in values.items():
        assert getattr(rebuilt, name) == (value if name != "attrs" else {"value": 500000000, "direction": "up"})
