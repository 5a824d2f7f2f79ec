"""Round 12 number forms (issue 11), checked by hand. Where no article of the corpora writes the form, the row is a
real sentence with only the named part changed (said in the row's comment); the generated forms of
`tests/test_generated_numbers.py` (`latin_quantity`, `cubic_fang`) render the same classes with random values."""
from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.extractors import facts_in

# unseen6_post-08, a broker's forecasts with the previous ones in a note before the unit
_FORECAST = "预计2022-2024年实现归母净利润24.3/27.5/33.9（前值18.9/21.1/27.8）{}，同比增长106.9%/13.2%/23.6%"
# unseen7_post-01, energy storage
_STORAGE = "如果按照1:2的比例来配套锂电池，预计2018年全年储能电池需求量将达到2.8{}Gwh，到2020年有望突破10{}Gwh大关。"

# unseen4_post-05, two paragraphs of land reserves
_LAND_STOCK = ("土储来看，根据克尔瑞数据，2020年末时保利总土储货值就超过了万科，达到2.52万亿元，其中权益土储1.58万亿元，分别居行业"
               "第二和第三。万科上述两项数据分别为1.88万亿和1.14万亿，排名行业第五和第七。")

# (text, type, span, value, unit or currency, qualifier)
FOUND = [
    # the unit after a forecast list's note may be any currency of the table (the prefilter named four: 元, 美元,
    # 港元 and 亿/万 before them); unseen6_post-08 with 亿元 changed to 亿欧元 and to 百万美元
    (_FORECAST.format("亿元"), "money", "33.9", "3390000000", "CNY", None),
    (_FORECAST.format("亿欧元"), "money", "24.3", "2430000000", "EUR", None),
    (_FORECAST.format("亿欧元"), "money", "27.8", "2780000000", "EUR", None),
    (_FORECAST.format("百万美元"), "money", "33.9", "33900000", "USD", None),
    (_FORECAST.format("百万美元"), "money", "18.9", "18900000", "USD", None),
    # a figure, one space and a unit in Latin letters (unseen7_post-01 with the space added; the round 9 reading of
    # `22 股` extended to Latin units and the percent sign)
    (_STORAGE.format(" ", " "), "quantity", "2.8 Gwh", "2800000000", "Wh", None),
    (_STORAGE.format(" ", " "), "quantity", "突破10 Gwh", "10000000000", "Wh", "min"),
    ("该指数同比上涨10 %，涨幅居前。", "percent", "10 %", "10", "%", None),
    # 方 is floor area after a floor-area word (the seed article, shared gold: 700万方 → m2) ...
    ("上海正式推出第三批13个特色产业园区，空间规模超40平方公里，可供产业用地近6平方公里，可供物业700万方，", "quantity",
     "700万方", "7000000", "m2", None),
    # ... and a volume otherwise (SPEC §3.2: 方 of gas or water is m3)
    ("今年以来，西气东输管道累计输送天然气15亿方。", "quantity", "15亿方", "1500000000", "m3", None),
    # a figure of 万/亿 with its unit elided repeats the measure of the amount of the same magnitude just before it, in
    # its sentence or the one before (unseen4_page-chinesenewsnet-1, unseen4_post-05, unseen4_post-10,
    # unseen7_page-163-2, holdout_html 163-1; none of them was read before)
    ("美国已有84万人在使用播客，预计到2010年这一数字将上升到5600万。", "count", "5600万", "56000000", "人", None),
    (_LAND_STOCK, "money", "1.88万亿", "1880000000000", "CNY", None),
    (_LAND_STOCK, "money", "1.14万亿", "1140000000000", "CNY", None),
    ("更有公司高管透露，挤出水分后，昔日900万代理人大军或只剩400多万。", "count", "400多万", "4000000", None, "min"),
    ("出让土地收入368.53亿元，同比去年的412亿元下降1成；成交宗地面积211.28万平米，按年初计划全年推出土地面积达1621.45万来算，"
     "半年内广州仅完成全年任务的13%，", "quantity", "1621.45万", "16214500", "m2", None),
    ("全年实现合同销售881.4亿元，同比增长率高达61.6%。此后龙湖延续了这股增长势头，于2017年完成了千亿目标，并在2018年加入2000亿"
     "阵营，跻身十强。", "money", "2000亿", "200000000000", "CNY", None),
]


@pytest.mark.parametrize("text, kind, span, value, unit, qualifier", FOUND)
def test_form_is_read(text, kind, span, value, unit, qualifier):
    facts = [f for f in facts_in(text, "body", None) if f.type == kind and f.text == span]
    assert facts, [(f.type, f.text, f.attrs) for f in facts_in(text, "body", None)]
    fact = facts[0]
    assert Decimal(str(fact.get("value"))) == Decimal(value)
    assert fact.get({"money": "currency", "count": "classifier"}.get(kind, "unit")) == unit
    assert fact.get("qualifier") == qualifier


def test_a_unit_after_a_forecast_note_is_no_amount_of_its_own():
    """`）百万美元`: 百万 is the list's unit, not an amount of 10⁶ dollars (main read it so)."""
    facts = facts_in(_FORECAST.format("百万美元"), "body", None)
    assert [f.text for f in facts if f.type == "money"] == ["24.3", "27.5", "33.9", "18.9", "21.1", "27.8"]


@pytest.mark.parametrize("text", [
    # the amount before is of another magnitude: nothing to repeat (holdout sina_hexo-005 has 约1000万DAU read as a
    # count by its noun; here the figure after a 亿 amount stays unread)
    "公司去年营收达1.2亿元，累计注册500万。",
    # a percent is no measure to repeat
    "该指标同比增长5%，全年达到300万。",
])
def test_no_elided_unit_without_a_model(text):
    facts = facts_in(text, "body", None)
    assert [f.text for f in facts if f.type in ("money", "quantity", "count") and f.text.endswith("万")] == []


def test_a_live_quote_in_full_width_is_no_fact():
    """A finance page's live quote after a listed name is no article text (README; the ASCII form was skipped since
    round 7): a page re-encoded in full width writes its commas `，` (unseen7_text-08; its gold: no facts from them)."""
    text = "其中，工商银行　（４．２０，０．０３，０．７２％）上报了２００亿元计划，主要为大中型对公贷款；"
    facts = facts_in(text, "body", None)
    assert [f.text for f in facts if f.type == "percent"] == []
    assert [f.text for f in facts if f.type == "money"] == ["２００亿元"]
