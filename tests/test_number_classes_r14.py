"""Round 14 number and date classes (issue 11), checked by hand against the articles named per row: idioms of a
countless multitude are no numbers (numerals.toml `vague.idioms`), a `+` inside an equation adds (no `N+` count), and
a relative day puts its sentence in the present (a later year-less month is this year's, not the year an earlier
clause named)."""
from __future__ import annotations

from datetime import date

import pytest

from newsfacts.extractors import facts_in

# (source, sentence): no number fact at all
NO_NUMBER = [
    # holdout_html3 cjn-1: 成千上万 is "very many", not 10,000 Chinese
    ("cjn-1", "早在周三晚上，成千上万中国人就开始通过各种交通工具踏上出行之路。"),
    # unseen8_page2-sinacj-1: 万千人民群众, the people in their multitude (was 1000 of 民群众)
    ("sinacj-1", "我们都知道长江流域，是中国万千人民群众的母亲河，而我们中国将要建造的巨龙和长江，也有着莫大的关系。"),
    # unseen7_page-163-4: a retirement age's formula; 50+出生年份 adds a year of birth, no "50 or more"
    ("163-4", "女职工退休年龄=50+3×（50+出生年份-2021）/12"),
    ("163-4", "男性退休年龄=60+3×（60+出生年份-2021）/12"),
]


@pytest.mark.parametrize("source, text", NO_NUMBER, ids=[c[1][:12] for c in NO_NUMBER])
def test_no_number(source, text):
    assert [(f.type, f.text) for f in facts_in(text, "body", None) if f.type in ("count", "money")] == []


def test_a_pay_formula_counts_nothing():
    """unseen6_text-06: (1+公司年度净利润增长率-15%) in a pay rule is a sum, no count of 1 or more."""
    text = "当公司的净利润增长率>15%时，董事会主席年度即时现金薪酬总额=年度即时现金薪酬总额基数×(1+公司年度净利润增长率-15%)；"
    assert [f.text for f in facts_in(text, "body", None) if f.type == "count"] == []


# (source, sentence, span, value, qualifier): the forms beside them still read
STILL_READ = [
    # holdout_html2 guancha-guancha: 员工上万人 (上 before a bare magnitude: about 10,000; the noun told before it)
    ("guancha-guancha", "已获园区用地1.38平方公里，年出口创汇20亿美元，员工上万人。", "员工上万人", 10000, "approx"),
    # unseen6_post-06 (its list of links shortened): 3000+ is "more than 3000" outside an equation
    ("unseen6_post-06", "现已服务新东方、天普教育等3000+知名教育机构，覆盖成人教育、K12教育等多条教育赛道。", "3000+知名教育机构", 3000,
     "min"),
]


@pytest.mark.parametrize("source, text, span, value, qualifier", STILL_READ, ids=[c[2] for c in STILL_READ])
def test_still_read(source, text, span, value, qualifier):
    counts = [f for f in facts_in(text, "body", None) if f.type == "count"]
    assert [(f.text, f.get("value"), f.get("qualifier")) for f in counts] == [(span, value, qualifier)]


def test_a_relative_day_puts_its_sentence_in_the_present():
    """unseen7_page-ifeng-1 (2011-01-01): the exhibition runs 从今日至3月30日 of 2011; the 2000年 of the clause before is
    when the relics were dug up (the gold reads the two ends as two facts; the project joins a span, README)."""
    text = ("江西省博物馆工作人员告诉记者，此次展出的文物，是2000年重建雷峰塔前，在该塔遗址中挖掘出土的93件文物，"
            "此次展览为期三个月，从今日至3月30日，市民可以前来免费参观。")
    values = [f.get("value") for f in facts_in(text, "body", date(2011, 1, 1)) if f.type == "date"]
    assert values == ["2000", "2011-01-01/2011-03-30"]


def test_a_bare_two_digit_year_of_a_text_that_writes_them():
    """unseen6_post-03 (undated): the post writes 17年1-7月份 and 18年1-7月份, so its bare 17年 is 2017, and the months of
    that sentence are 2017's (its gold); `17年来`, `17年的历史` stay durations."""
    text = ("终端销量与批发销量的比值为75.2%，较17年1-7月份58.2%的比值显著上升。"
            "回顾17年的数据，我国新能源乘用车批发销量与终端销量相当，分别为55.6万、53.1万辆，分月度看在补贴退坡前的11、12月份，"
            "新能源乘用车大量上牌上险，而1-10月份上险数则显著低于批发数。")
    dates = [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "date"]
    assert dates == [("17年1-7月份", "2017-01/2017-07"), ("17年", "2017"), ("11", "2017-11"), ("12月份", "2017-12"),
                     ("1-10月份", "2017-01/2017-10")]


def test_a_bare_two_digit_year_alone_is_no_year():
    """A text that writes no two-digit year before a month: `17年` counts years (unseen7_post-02's 根据17年的财报 read
    alone, and a company's age)."""
    for text in ("根据17年的财报，SQM的五大业务分别是特殊植物营养、锂及衍生物。", "这家公司成立17年来，已有17年的历史。"):
        assert [f.text for f in facts_in(text, "body", None) if f.type == "date"] == []


def test_a_magnitude_alone_before_a_unit_and_a_qualifier():
    """unseen7_text-11: 千吨以上产线 is 1000 t or more (its gold), as 百亿元以上 is money; 百米冲刺 stays a figure of speech."""
    text = ("一位接近南玻A高层的人士在接受《华夏时报》记者采访时表示，募集更多资金、加大投资额有助于政府矿产资源的匹配，"
            "同时公司此前在千吨以上产线方面已有众多技术储备，本次募投项目也正是落地契机。")
    quantities = [(f.text, f.get("value"), f.get("unit"), f.get("qualifier")) for f in facts_in(text, "body", None)
                  if f.type == "quantity"]
    assert quantities == [("千吨以上", 1000000, "kg", "min")]
    assert [f for f in facts_in("他在百米冲刺中夺冠。", "body", None) if f.type == "quantity"] == []


def test_a_story_that_passes_the_new_year():
    """unseen2_page-ifeng-2 (2024-01-25): after 去年12月, the story's 到1月下旬 is January 2024 (its gold); a month compared
    against stays last year's."""
    text = "去年12月，国内销量第二大的汽车品牌吉利向路透社表示，吉利运往欧洲的电动汽车将延迟——到1月下旬，电车的运输成本提升了5倍。"
    dates = [(f.text, f.get("value")) for f in facts_in(text, "body", date(2024, 1, 25)) if f.type == "date"]
    assert dates == [("去年12月", "2023-12"), ("1月下旬", "2024-01")]
    compared = [f.get("value") for f in facts_in("去年12月环比1月增长。", "body", date(2024, 1, 25)) if f.type == "date"]
    assert compared == ["2023-12", "2023-01"]
