"""Dates of a text without a publication date (round 7, README "Relative years"): the text's
present is the latest year it names as a date, unless a word of the future stands before that
year in its sentence; year-less dates and 今年/去年 resolve against it as against a publication
year, wherever they stand in the text. A text that names no such year has no present: its
year-less dates keep no year (`--10`) and its relative years give no date (SPEC §3.6).

Every row is a run of real sentences from a plain-text article (file named), joined as the
article writes them; the values are the ones its gold file gives, checked by hand against the
article (its notes say why)."""
from __future__ import annotations

import pytest

from newsfacts.extractors import facts_in

# (article, text, [(date span, value)])
CASES = [
    # the text names 2007, 2008 and 2009 (截至2月28日，2009年以来): its present is 2009, so 去年 is 2008
    # and the 2月28日 of the sentence that writes 2009 after it is 2009's (the last year named before
    # it was 2008)
    ("fixtures/corpus/text-007", "统计数据显示，2008年国内基金业创纪录地发行了99只新基金。而截至2月28日，2009年以来已有25只新基金"
     "发行或即将发行。2007年新基金首募规模为58.45亿份，2008年则骤降至17.7亿份。某大型基金公司的高管就表示，去年该公司"
     "两只新基金的首募规模之和远不及去年底一次持续营销带来的申购量。",
     [("2008年", "2008"), ("2月28日", "2009-02-28"), ("2009年", "2009"), ("2007年", "2007"), ("2008年", "2008"),
      ("去年", "2008"), ("去年底", "2008")]),
    # present 2019, first written after the year-less dates that open the text; 6月30日 after 2010年 is 2019's
    ("unseen5_text-12", "9月17日，北京产权交易所披露的信息显示，中粮地产（北京）有限公司拟挂牌出让北京中粮万科房地产开发有限公司"
     "50%的股权。早在今年5月20日，中粮地产就在北京产权交易所挂出过该标的股权的转让信息。根据披露的信息，该公司在2019年上半年"
     "负债总计10.22亿元。2010年，北京万科和中粮又联合拿下了长阳镇起步区3号地块。截至6月30日，大悦城持有已开业10个大悦城购物中心。",
     [("9月17日", "2019-09-17"), ("今年5月20日", "2019-05-20"), ("2019年上半年", "2019-H1"), ("2010年", "2010"),
      ("6月30日", "2019-06-30")]),
    # 2020 follows 预计 (in its clause, then again in the sentence's next clause): a forecast's year, to come;
    # the present is 2019 (成立于2019年1月), so 12月13日 is 2019's
    ("unseen5_text-13", "根据官方资料介绍，碧桂园创投成立于2019年1月，是碧桂园集团从事股权投资的一级部门。蓝箭航天创始人、CEO"
     "张昌武在12月13日一场公开演讲中透露，预计2020年上半年，火箭发动机系统、结构系统等都会实现，2020年下半年，"
     "火箭产品具备飞行的基础。",
     [("2019年1月", "2019-01"), ("12月13日", "2019-12-13"), ("2020年上半年", "2020-H1"), ("2020年下半年", "2020-H2")]),
    # the text's present is said once (2021年的年底…: 的 between a year and its part, as before a month),
    # its 去年 is 2020
    ("unseen5_text-06", "2021年的年底真是让大家吃瓜吃到饱呀！早在去年，张庭和林瑞阳成立新公司上海陶不庭文化传媒有限公司。",
     [("2021年的年底", "2021"), ("去年", "2020")]),
    # the only year is a bond's maturity after 将于: to come, no present; 三季度 and 上年 stay undated
    ("unseen5_text-02", "上周迪拜世界发生延迟偿还债务风波后，米高梅将于2012年到期的一批债券跌1.25点，至85.25美分。"
     "公司三季度营业收入下降15%，从上年同期的17.9亿美元降至15.3亿美元。",
     [("2012年", "2012")]),
    # a deadline (年底前) and a term (a span of years before 年度) fix no present; the year of the quarter reported does
    # (round 8: real lines of unseen6_post-07, run together without its title)
    ("unseen6_post-07", "1、今年以来，我国有力实施一系列推动设备更新的新举措。7、**国际数据公司（IDC）发布《2024年第二季度中国平板电脑"
     "市场季度跟踪报告》指出，2024年第二季度，中国平板电脑市场出货量为720万台，同比增长7.0%。7、知情人士称，松下公司拟到2027年底前"
     "停止所有荧光灯的生产，旨在响应2027年底前禁止制造和进出口荧光灯的国际措施。1、在亚太经合组织（APEC）能源工作组第68次会议上，"
     "中方提名人成功当选为2025-2026年度APEC能源工作组主席。",
     [("今年", "2024"), ("2024年第二季度", "2024-Q2"), ("2025-2026年", "2025/2026")]),
    # a day written alone takes the month the text named last (a dateline's, 11月25日电…记者25日), year-less when that
    # month is (round 8)
    ("unseen5_text-03", "新华网北京11月25日电(记者何雨欣、李延霞)记者25日从全国社会保障基金理事会获悉，目前，已有21家境内新上市公司完成国有股转持。",
     [("11月25日", "--11-25"), ("25日", "--11-25")]),
    ("unseen6_text-09", "本报记者刘红杰７月２１日蓝星石油有限公司济南分公司（简称蓝星石油）发生漏油事件后，小清河及其支流梁王河（又称石河）"
     "出现大面积油污，沿岸很多村民闻后出现胸闷、气短等不适症状。２３日，济南市环保局通报该事故的处置情况。",
     [("７月２１日", "--07-21"), ("２３日", "--07-23")]),
    # so a span of days whose end is a day alone is one span (the present is 2018, named in the next sentence)
    ("unseen6_text-03", "今年1月1日—28日，全国338个地级及以上城市PM2.5浓度同比下降两成。2018年制定实施打赢蓝天保卫战三年计划。",
     [("今年1月1日—28日", "2018-01-01/2018-01-28"), ("2018年", "2018")]),
    # a year after 早在 is a past point the text looks back to, not its present (round 11): the only year named, so
    # 6月8日 and 今年1月 keep no year, as the gold reads them (its notes: the text is not of 2010)
    ("unseen7_text-07", "＊ＳＴ领先购买资产暨关联交易方案也于６月８日经中国证监会上市公司并购重组委审核，并获得有条件通过。"
     "早在２０１０年７月，＊ＳＴ领先就披露重大资产重组方案。今年１月，证监会通报了对天津领先集团在此前公司重组过程中存在内幕交易"
     "行为的行政处罚决定。",
     [("６月８日", "--06-08"), ("２０１０年７月", "2010-07"), ("今年１月", "--01")]),
    # a whole year where a count stops (截至2024年底) is written after that year: no present, 11月17日 keeps no year
    ("unseen7_text-03", "水利部今天（11月17日）发布的最新数据显示，“十四五”以来，我国持续推进农业节水增效。最新数据显示，"
     "截至2024年底，我国再生水利用量达到212亿立方米。",
     [("11月17日", "--11-17"), ("2024年底", "2024")]),
    # a cutoff at a month (截止2018年6月底) may be in the text's own year and fixes it: 今年 is 2018 (gold of the post)
    ("unseen7_post-01", "根据储能研究所发布的《2018上半年储能行业发展回顾》报告，截止2018年6月底，全球已投运储能项目累计装机规模173.5GW。"
     "根据不同项目的用电频率，每MW装机规模所需的锂电池容量不尽相同，一般在0.5-5Mwh都有涉及，如今年最受瞩目的河南电网100MW"
     "电池储能示范工程就对应的是1:1的配套。",
     [("2018年6月底", "2018-06"), ("今年", "2018")]),
    # a report of a whole year (2017年全年) dated in January (1月19日电) is written after that year, in a year the text
    # does not say (round 12): its 2017 fixes no present, the dateline's day keeps no year (gold of the text)
    ("unseen6_text-01", "本报北京1月19日电  （记者王珂）商务部市场运行司负责人19日介绍了2017年我国消费市场运行情况。"
     "根据国家统计局数据，2017年全年社会消费品零售总额达到36.6万亿元，比2016年净增3.4万亿元，同比增长10.2%。",
     [("1月19日", "--01-19"), ("19日", "--01-19"), ("2017年", "2017"), ("2017年", "2017"), ("2016年", "2016")]),
    # so does a quarter's end told as past (2017年3季度末) seven months after the text's latest year-less day (2月5日)
    ("unseen6_text-06", "2月5日晚间，万科企业股份有限公司(000002.SZ 02202.HK)于港交所发布公告称，独立非执行董事以及未在公司全职工作的"
     "董事和监事薪酬均翻倍。公告显示，2017年3季度末，公司净负债率为38.20%，在同业中仍处于较低水平。",
     [("2月5日", "--02-05"), ("2017年3季度", "2017-Q3")]),
    # a whole year told as a forecast (2016年全年…或将超过3万亿元: a word of the future after it in its clause) is
    # the year under way, no report of it as past: the present stays 2016 and 4月5日 is 2016's (unseen8 text-07, its
    # gold; round 9, after the blind measure)
    ("unseen8_text-07", "记者根据已经公布的数据推算，2016年全年专项建设基金的规模或将超过3万亿元。"
     "4月5日，国家发展改革委会同国家林业局、住房城乡建设部下达2016年中央预算内投资8.4825亿元。",
     [("2016年", "2016"), ("4月5日", "2016-04-05"), ("2016年", "2016")]),
    # a quarter told before the year-less days' month, or within months_ahead of it, keeps the present
    # (unseen7 text-10's 2020年一季度 and 6月14日; unseen5 text-11's 2019年上半年 and 8月20日)
    ("unseen7_text-10", "乐歌股份在6月14日晚间发布了2020年半年度业绩预告，今年上半年公司预计盈利6000万元-6700万元。"
     "2020年一季度，乐歌股份实现营收2.34亿元，较上年同期增长3.11%。",
     [("6月14日", "2020-06-14"), ("2020年", "2020"), ("今年上半年", "2020-H1"), ("2020年一季度", "2020-Q1"),
      ("上年", "2019")]),
    # a year a record is counted from (自２００９年以来从未出现过: the first time since) looks back from the text's now
    # and fixes no present (round 12): the text's year-less days and months keep no year (gold of the text); a year
    # 以来 without a record word (fixtures text-007's 2009年以来已有25只新基金, above) is the year so far
    ("unseen7_text-09", "５月以来，国际动力煤价格大幅下行。许多国内煤企已开始主动降价吸引买家，这是自２００９年以来从未出现过的景象"
     "持续上升的煤炭库存和不断输入的进口煤炭，开始令国内煤炭企业“喘不过气来”。卓创资讯统计数据显示，６月１１日上述四港煤炭库存"
     "已经升至２０３５．２万吨。",
     [("５月", "--05"), ("２００９年", "2009"), ("６月１１日", "--06-11")]),
    # a year a planning verb stands before (谋划储备2026年…项目, as 计划) is to come and fixes no present (round 12):
    # the present is 2025, so 10月底 and 去年同期 are 2025's and 2024's, 明年 2026 (gold of the text)
    ("unseen7_text-01", "2025年，宁夏回族自治区确定实施本级重点建设项目100个，总投资3915亿元，年度计划投资680亿元。"
     "截至10月底，100个重点建设项目已全部开工，累计完成投资749亿元，年度投资完成率为110％，较去年同期投资量增加121亿元。"
     "同时，要提早谋划增量项目的储备，精准谋划储备2026年宁夏回族自治区本级重点建设、预备开工和前期工作项目，做好提前量，"
     "下好先手棋，打好主动仗，为明年重点项目早实施、早开工奠定坚实基础。",
     [("2025年", "2025"), ("10月底", "2025-10"), ("去年", "2024"), ("2026年", "2026"), ("明年", "2026")]),
    # no year anywhere: a month keeps no year, 去年 and 昨天 give no date
    ("unseen5_text-01", "昨天，市统计局发布了10月份上海经济数据。10月份，上海CPI同比去年下降了0.3%。",
     [("10月份", "--10"), ("10月份", "--10")]),
    # no year anywhere: 上月 counts back from the year-less month the sentence tells of (round 13: unseen8 text-10,
    # gold --05); 2025至26年度, a fiscal year, is read in its first year (unseen8 text-03, gold 2025-02 for 今年2月底)
    ("unseen8_text-10", "中国物流与采购联合会7月4日发布数据显示：6月份中国物流业景气指数为52.1%，较上月回升2.8个百分点。",
     [("7月4日", "--07-04"), ("6月份", "--06"), ("上月", "--05")]),
    ("unseen8_text-03", "審核2025至26年度開支預算。在財經事務方面，有議員關注優化新資本投資者入境計劃的情況，當局說截至今年2月底，新計劃合共接獲",
     [("2025至26年度", "2025/2026"), ("今年2月底", "2025-02")]),
]


@pytest.mark.parametrize("source,text,expected", CASES, ids=[c[0] for c in CASES])
def test_an_undated_text_reads_its_present_year(source, text, expected):
    assert [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "date"] == expected


def test_a_publication_date_wins_over_the_years_the_text_names():
    """The present year is for undated texts only: with a publication date, 今年 is its year."""
    text = "根据披露的信息，该公司在2019年上半年负债总计10.22亿元。早在今年5月20日，中粮地产就挂出过该标的股权的转让信息。"
    from datetime import date
    dates = [(f.text, f.get("value")) for f in facts_in(text, "body", date(2020, 3, 1)) if f.type == "date"]
    assert dates == [("2019年上半年", "2019-H1"), ("今年5月20日", "2020-05-20")]


# unseen6_post-07, a Jekyll copy of Wind's 陆家嘴财经早餐 with no date in its front matter: real lines of it. The
# body names 2025-2026年度 (a chair's term) and 2027年底前 (a deadline) after its 今年, so the latest year named is
# no present; the title's full date is the day the digest is of, and its year is the body's present.
_DIGEST = """---
layout: post
title: 陆家嘴财经早餐2024年8月18日星期日
---

1、今年以来，我国有力实施一系列推动设备更新的新举措。最新数据显示，在大规模设备更新政策带动下，1-7月份，制造业技改投资增长10.9%。

7、知情人士称，松下公司拟到2027年底前停止所有荧光灯的生产，旨在响应2027年底前禁止制造和进出口荧光灯的国际措施。

1、在亚太经合组织（APEC）能源工作组第68次会议上，中方提名人成功当选为2025-2026年度APEC能源工作组主席。
"""


def test_a_full_date_in_an_undated_posts_title_fixes_its_present():
    from newsfacts.pipeline import extract_text
    document = extract_text(_DIGEST)
    assert document.published is None
    dates = [(f.text, f.get("value")) for f in document.facts if f.type == "date" and f.where == "body"]
    assert dates[:2] == [("今年", "2024"), ("1-7月份", "2024-01/2024-07")]


def test_a_year_alone_in_the_title_is_no_day():
    """Only a full date says what day the text is of: a title's year alone (a report's subject) does not."""
    from newsfacts.pipeline import extract_text
    document = extract_text(_DIGEST.replace("陆家嘴财经早餐2024年8月18日星期日", "2024年财经早餐"))
    dates = [(f.text, f.get("value")) for f in document.facts if f.type == "date" and f.where == "body"]
    assert dates[0] != ("今年", "2024")


# unseen6_post-01 and post-02, Jekyll posts of one blog with no date in their front matter, signed with the author's
# name and a full date on the last line: real lines of them. The signed day is the day the post was written, so its
# year is the body's present, as a title's full date is (round 9); a later year the post speaks of is then a
# forecast's or a plan's, a target year (SPEC §3.5), as in a dated article.
_SIGNED = """---
title: 解读“百亿美元大单”中的超级电池厂
layout: post
---
面对锂电池广阔的前景，Lithium Werks BV的新项目预计将于2021年初投产，初始产能为8GWh。随着工厂的扩建以及产能爬升，该工厂至2030年将实现年产500GWh的电池生产能力。

<br><br>
刺猬偷腥<br>
2018年10月18日
"""


def test_a_signed_date_on_the_last_line_fixes_the_present():
    from newsfacts.pipeline import extract_text
    document = extract_text(_SIGNED)
    assert document.published is None
    facts = [(f.type, f.text, f.get("year") or f.get("value")) for f in document.facts if f.type in ("date", "year")]
    assert facts == [("year", "2021年初", 2021), ("year", "2030年", 2030), ("date", "2018年10月18日", "2018-10-18")]


def test_without_the_signed_date_the_later_years_stay_dates():
    """Unsigned, the post's present is inferred from the years it names (the latest, 2030): no year is to come."""
    from newsfacts.pipeline import extract_text
    document = extract_text(_SIGNED.replace("2018年10月18日\n", ""))
    assert [f.type for f in document.facts if f.type in ("date", "year")] == ["date", "date"]


def test_a_signed_date_on_the_first_line_fixes_the_present_too():
    from newsfacts.pipeline import extract_text
    text = ("2018年10月16日\n\n例如由两位特斯拉前高管创立的Northvolt，他们已从欧洲投资银行获得了5250万欧元的贷款，"
            "打算在2020年启动年产8GWh的生产线，并在2023年建成欧洲最大的、年产量为32GWh的电池工厂。\n")
    document = extract_text(text)
    assert [(f.type, f.text) for f in document.facts if f.type in ("date", "year")] == [
        ("date", "2018年10月16日"), ("year", "2020年"), ("year", "2023年")]


@pytest.mark.parametrize("line", ["2018年10月16日", "2018-10-16 09:30", "2018年10月16日 星期二"])
def test_the_signed_line_may_carry_a_weekday_or_a_time(line):
    from newsfacts.pipeline import _dated_line_year, segment
    body = segment("打算在2020年启动年产8GWh的生产线。\n刺猬偷腥\n" + line)[0]
    assert _dated_line_year(body) == 2018


@pytest.mark.parametrize("line", ["2018年10月16日电", "2018年10月16日，公司发布公告"])
def test_a_line_that_goes_on_after_its_date_is_no_signature(line):
    from newsfacts.pipeline import _dated_line_year, segment
    assert _dated_line_year(segment("打算在2020年启动年产8GWh的生产线。\n" + line)[0]) is None


def test_a_date_line_under_a_title_run_into_the_body_fixes_the_present():
    from newsfacts.pipeline import _dated_line_year, segment
    body = segment("欧盟拨款数十亿，欲对抗特斯拉的超级工厂\n2018年10月16日\n打算在2020年启动年产8GWh的生产线。")[0]
    assert _dated_line_year(body) == 2018


# round 17 (issue 11, unseen10): years a goal or a forecast points to in an undated text are target years and fix
# no present; the values are the golds' (unseen10 text-09, bulletin-05), checked against the articles
TARGET_CASES = [
    # a year "about" which a plan is told with 将 (a 2003 feature whose only year is 2020): a target year, so the
    # text names no present and its month-days keep no year
    ("unseen10_text-09", "从11月30日起，长沙城区的大部分居民和单位被分成四批。预计到2020年，湖南省的电力投资将达到2580亿元。"
     "2020年前后，湖南还将投资建设两台90万千瓦的核电站，年发电量在100亿千瓦时以上。",
     [("预计到2020年", 2020), ("2020年前后", 2020)], [("11月30日", "--11-30")]),
    # a goal opener's clause whose year a modal and a goal verb follow (要达到): still to be reached, a target year;
    # the present is then 2016, the year the report looks back on
    ("unseen10_bulletin-05", "今年的政府工作报告回顾2016年工作时提及，“就业增长超出预期。”"
     "《国家中长期教育改革和发展规划纲要（2010-2020年）》提出，2020年全国高等教育毛入学率要达到40％。",
     [("2020年", 2020)], [("今年", "2016"), ("2016年", "2016")]),
]


@pytest.mark.parametrize("source,text,years,dates", TARGET_CASES, ids=[c[0] for c in TARGET_CASES])
def test_a_goals_year_in_an_undated_text_is_a_target_year(source, text, years, dates):
    facts = facts_in(text, "body", None)
    assert [(f.text, f.get("year")) for f in facts if f.type == "year"] == years
    assert [(f.text, f.get("value")) for f in facts if f.type == "date"] == dates


def test_a_year_about_which_nothing_is_to_come_stays_a_date():
    # unseen6 post: 2015年前后 tells of the past (no word of the future in its sentence): a date, and the present
    text = "2015年前后，国内潮玩市场逐渐兴起，潮玩也从小众圈层逐渐走向大众。"
    assert [(f.type, f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type in ("date", "year")] == [
        ("date", "2015年", "2015")]


def test_a_relative_quarter_in_an_undated_text_counts_from_the_month_it_named_last():
    # unseen10 text-04 (gold 2018-Q2, 2018-Q3): the report's quarter is named paragraphs before 上一季度 and 本季度
    text = ("新浪科技讯 北京时间11月5日，截至2018年9月30日的第三季度未经审计财报。\n"
            "- 归属于畅游的GAAP净利润为5500万美元，去年同期为净亏损700万美元，上一季度为净利润3200万美元。\n"
            "主要来自天龙八部端游，得益于我们对游戏环境的持续改善和本季度开展的适度游戏内促销活动。")
    dates = [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "date"]
    assert ("上一季度", "2018-Q2") in dates and ("本季度", "2018-Q3") in dates


def test_a_graduating_cohort_is_a_date_of_its_year():
    # unseen10 bulletin-05 (gold 2015, 2014, 2013)
    text = "2015届大学生毕业半年后的就业率为91.7％，与2014届的92.1％和2013届的91.4％基本持平。"
    assert [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "date"] == [
        ("2015届", "2015"), ("2014届", "2014"), ("2013届", "2013")]


def test_a_year_less_month_paragraphs_before_gives_a_relative_month_no_base():
    # unseen10 bulletin-07 (gold: 下个月 gives no date, no year anywhere): 3月7日 is a past meeting's day
    text = ("这是3月7日首尔市市长朴元淳主持召开民官联合对策会议等听取旅游行业和相关机关的意见后制定的对策。\n"
            "另外，为了搞活韩国国内旅游，通过与其它地方自治团体的协商，下个月在非首都圈推出往返首尔的巴士自由行")
    assert [(f.text, f.get("value")) for f in facts_in(text, "body", None) if f.type == "date"] == [("3月7日", "--03-07")]
