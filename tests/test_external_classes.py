"""The classes of written forms fixed from other projects' test cases (tests/data/external_cases.tsv,
chinese2digits and Duckling; README "Decisions"): the table holds their positive cases; these rows
hold where each new rule must stay silent, most of them words of the corpus (长三角, 冰山一角,
五角大楼 in /work/shared/corpus_html), and the offsets a one-for-one reading keeps."""
from __future__ import annotations

import pytest

from newsfacts import extract_text
from newsfacts.numerals import parse_numeral

PUBLISHED = "2013-02-12"     # a Tuesday


def _facts(text: str, *types: str) -> list[tuple]:
    doc = extract_text(text, published=PUBLISHED)
    return [(f.type, f.text, f.get("value")) for f in doc.facts if f.type in types]


@pytest.mark.parametrize("text", [
    "房价上涨最快的是长三角。",          # 三角 inside 长三角 (the Yangtze delta), in a price's clause
    "价格战蔓延到珠三角，",
    "房价问题只是冰山一角。",            # an idiom
    "售价不变，五角大楼称",              # 角 before a Chinese character: no tenths of a yuan
    "需要40块以上",                      # 块 outside a price's clause counts pieces, with its qualifier too
    "买了一块二手表",                    # 块 then a digit that begins a word: no tenths
    "合同金额为五分。",                  # 分 after a plain digit: points or minutes as often as cents
    "比赛得了5分",
])
def test_no_colloquial_yuan_outside_a_price(text):
    assert not [f for f in _facts(text, "money") if f[0] == "money"]


@pytest.mark.parametrize("text, span, value", [
    ("价格为2角。", "2角", 0.2),
    ("价格最多一块二。", "最多一块二", 1.2),
    ("价格至少三块零四。", "至少三块零四", 3.04),
    ("价格为五块六到五块七毛八。", "五块六到五块七毛八", 5.6),
    ("股价报港币3.14。", "港币3.14", 3.14),
    ("合同金额为壹分。", "壹分", 0.01),            # a cheque's capital before 分 is cents
    ("合同金额为负壹角。", "负壹角", -0.1),
    ("合同金额为壹元零壹分。", "壹元零壹分", 1.01),
])
def test_colloquial_yuan_in_a_price(text, span, value):
    money = [f for f in _facts(text, "money")]
    assert [(f[1], float(f[2])) for f in money] == [(span, value)]


@pytest.mark.parametrize("text, span, value", [
    ("增速为负千分之三。", "负千分之三", -0.3),
    ("占比为负百分之五。", "负百分之五", -5),
    ("资产负债率百分之五。", "百分之五", 5),     # 负 of 负债率 is no sign
])
def test_a_sign_before_a_fraction_word(text, span, value):
    assert [(f[1], float(f[2])) for f in _facts(text, "percent")] == [(span, value)]


def test_traditional_characters_keep_the_article_s_text_and_offsets():
    text = "港幣3.14億元，二零一三年二月十五號，禮拜一"
    doc = extract_text(text, published=PUBLISHED)
    got = [(f.type, f.text, str(f.get("value"))) for f in doc.facts]
    assert got == [("money", "港幣3.14億元", "314000000"), ("date", "二零一三年二月十五號", "2013-02-15"),
                   ("date", "禮拜一", "2013-02-11")]
    assert all(doc.text[f.start:f.end] == f.text for f in doc.facts)


@pytest.mark.parametrize("text, values", [
    ("礼拜天", ["2013-02-10"]),
    ("下礼拜二", ["2013-02-19"]),
    ("大后天", ["2013-02-15"]),
    ("周日，2月10日", ["2013-02-10"]),          # the weekday names the written day: one date
    ("复活节星期一", []),                       # a festival's day, no date (SPEC: holidays are no dates)
    ("以下年份的数据", []),
    ("上上周三", ["2013-01-30"]),             # JioNLP: each 上/下 written again is one more week, month, quarter
    ("上上个月五号", ["2012-12-05"]),
    ("下下个季度", ["2013-Q3"]),
    ("线上下个月将推出", ["2013-03"]),        # 上 of 线上 then 下个月: no repeat
])
def test_weekday_and_relative_day_words(text, values):
    assert [f[2] for f in _facts(text, "date", "year")] == values


@pytest.mark.parametrize("numeral, value", [
    ("伍亿柒仟万拾柒", 570000017),          # chinese2digits: tens right after 万/亿, the 零 left out
    ("三千万十五", 30000015),
    ("一万零十七", 10017),
    ("两万五", 25000),                      # a lone digit after 万 still abbreviates its thousands
    ("一万十分", None),                     # 十分 "very" after 一万: no tens without their digit
])
def test_tens_after_a_myriad_without_zero(numeral, value):
    got = parse_numeral(numeral)
    assert (None if got is None else int(got)) == value
