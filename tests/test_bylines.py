"""The byline grammar on real bylines and on real sentences that only mention a reporter.

Every string is copied from an article of fixtures/corpus or a page of fixtures/html
(the file is named beside it); the expected reporters were read from the byline by hand.
"""
from __future__ import annotations

import pytest

from newsfacts import bylines


@pytest.mark.parametrize("line,reporters", [
    ("记者 | 杨舒鸿吉", ["杨舒鸿吉"]),                                       # seed
    ("采写：南都见习记者 林子沛", ["林子沛"]),                                # toutiao-3.html
    ("采写：南都记者 余毅菁 向雪妮", ["余毅菁 向雪妮"]),                      # njxfhn-1.html
    ("执笔/叨叨姐、胡一刀&李小飞刀", ["叨叨姐 胡一刀&李小飞刀"]),              # huanqiu-1.html
    ("澎湃新闻记者 贺梨萍", ["贺梨萍"]),                                      # thepaper-5.html
    ("►文观察者网鞠峰", ["鞠峰"]),                                            # sina_hexo-061.txt
    ("(文/图 刘玺东 易赛楠)", ["刘玺东 易赛楠"]),                             # html-005.html
    ("（记者陈智 整合）", ["陈智"]),                                          # cjn-1.html
    ("（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）", ["钟小韵"]),           # sina_hexo posts
    ("本报记者 甲某某 见习记者 乙 某", ["甲某某", "乙某"]),                   # the form: two bylines, a spaced name
    ("《棱镜》作者 周纯", ["周纯"]),                                          # qq-2.html: an outlet in 《》 before the role
    ("原创： 路闻卓立编译 人民币交易与研究", ["路闻卓立"]),                     # sina-3.html: WeChat's author, then the account
    ("来源：光明日报  作者：吴亚琦  图片：新华社等", ["吴亚琦"]),                # sina_hexo-048.txt: source, author, picture credit
    ("本文来源：投资快报 作者：孙宁 责任编辑：NF041", ["孙宁"]),             # cx163-25.html: an editor's staff code
    ("本文来源：21世纪经济报道 作者：何苗 张梦洁", ["何苗 张梦洁"]),             # cx-extractor-python RawHtml/1.html (163, 2015)
    # held-out posts (fixtures/unseen1_posts/articles)
    ("作者：赵越（zhaoyue1@chinanews.com.cn）", ["赵越"]),                      # unseen_post-11: a contact address after the name
    ("作者：余源（andyy1988@126.com）", ["余源"]),                             # unseen_post-12
    ("记者|杨弃非 编辑|刘艳美孙志成 王嘉琦 易启江", ["杨弃非"]),                # unseen_post-10: two credits' names run together
    ("（首席记者 王海荣）", ["王海荣"]),                                       # unseen_post-05
    ("21世纪经济研究院研究员 李鹏", ["李鹏"]),                                 # unseen_post-09: a research institute's byline
    ("(作者：方敏北京大学经济学院教授)", ["方敏"]),                             # unseen_page-gerapy-chinanews-1: the affiliation run into the name
    ("（作者：某某，北京大学经济学院教授）", ["某某"]),                           # the form, the affiliation after a comma
    ("（记者裴剑飞）", ["裴剑飞"]),                                            # sina-2.html: a name touching its role word opens with a family name
    ("新华网黑龙江频道  记者  伊琳  李清芬", ["伊琳 李清芬"]),            # unseen3_page-xinhuanet-1: the outlet, a space, the role
    ("作者：数据宝 郭洁", ["郭洁"]),                                          # unseen3_post-08: the data column before the writer
    ("编辑：金金\t来源：21世纪经济报道\t作者：宋怡 杨志华", ["宋怡 杨志华"]),   # unseen3_page-qianlong-1: a 2005 source bar of cells
    # unseen2_page-sohu-1: the author's post before the name, ending in a title (研究员) that touches it
    ("（本文来源：经济日报 作者：中国国际经济交流中心世界经济研究部部长，“一带一路”研究部部长、研究员徐占忱）", ["徐占忱"]),
])
def test_a_byline_gives_its_reporters(line, reporters):
    byline = bylines.parse(line)
    assert byline is not None and byline.reporters == reporters


@pytest.mark.parametrize("line,place", [
    ("本报记者罗科苏盈发自北京", "北京"),      # unseen3_page-163-2 (第一财经日报, 2005)
])
def test_a_dispatchs_place_after_the_names_is_no_name(line, place):
    # 发自北京 closes a byline as 北京报道 does; whether 罗科苏盈 is one name or two run together, the
    # line is a byline and the place is none of its names
    byline = bylines.parse(line)
    assert byline is not None and byline.reporters
    assert "罗科" in byline.reporters[0] and "苏盈" in byline.reporters[0] and place not in byline.reporters[0]


@pytest.mark.parametrize("line", [
    "编辑|禤志杰", "校对|黄慧敏",                                             # thepaper-2.html
    "▲广州日报全媒体图片记者黎旭阳、李妍摄",                                   # thepaper-2.html: photographers
    # held-out pages (fixtures/unseen2_pages/html)
    "审 读：崔向升", "监 制：高明勇",                                         # unseen2_page-ifeng-1: a role set with a space
    "编辑 周褶褶 ｜ 排版 魏蔚",                                                # unseen2_page-ifeng-2: two credits, a bar between
])
def test_a_credit_gives_no_reporter(line):
    byline = bylines.parse(line)
    assert byline is not None and byline.credit and byline.reporters == []


@pytest.mark.parametrize("sentence", [
    "记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。",                  # guancha-3.html
    "文章指出，只有在中国共产党成立后，中国人民和中华民族才找到了实现民族独立、人民解放和国家富强、人民幸福的正确道路。",  # thepaper-3.html
    "记者27日从国新办新闻发布会获悉，截至2021年底，全国登记在册个体工商户已达1.03亿户",  # sina_hexo-019.txt
    "坚定中国特色社会主义制度自信，从三方面论述",                                # thepaper-3.html
    "记者调查",                    # 央视记者调查：…, 《红周刊》记者调查发现 (163-1.html): no family name opens 调查
    "本报记者采访时",               # sina_hexo-033.txt, a clause: 采 opens no name
])
def test_a_sentence_about_a_reporter_is_no_byline(sentence):
    assert bylines.parse(sentence) is None
    assert bylines.lead(sentence) is None and bylines.closing(sentence) is None


@pytest.mark.parametrize("text,kept,reporters", [
    ("新京报讯（记者 陆一夫）11月25日，新京报记者登录", "新京报讯11月25日，新京报记者登录", "陆一夫"),   # 163-7.html
    ("本站讯（职工通讯员 李琴雯 刘会）为深入推进党建", "本站讯为深入推进党建", "李琴雯 刘会"),         # zyyfy-1.html
    ("丰台黄土岗将建6万平米公租房本报讯 (记者马力)丰台区", "丰台黄土岗将建6万平米公租房本报讯丰台区", "马力"),  # text-008.txt
    ("【深圳商报讯】（首席记者 王海荣）8月17日，深圳市科创委", "【深圳商报讯】8月17日，深圳市科创委", "王海荣"),  # unseen_post-05: 讯 in brackets
])
def test_names_after_a_dateline_or_xun(text, kept, reporters):
    start, end, names = bylines.dateline(text)
    assert text[:start] + text[end:] == kept and names == reporters


@pytest.mark.parametrize("text", [
    # unseen8_text-11 and -12 (新闻联播 digest items): the programme's name in the dateline's brackets names no one
    "央视网消息（新闻联播）：国务院新闻办今天（1月12日）召开新闻发布会，海关总署相关负责人介绍，",
    "央视网消息（新闻联播）：国务院新闻办今天（7月18日）举行“高质量完成‘十四五’规划”系列主题新闻发布会，",
])
def test_a_programme_in_a_datelines_brackets_is_no_reporter(text):
    assert bylines.dateline(text) is None and bylines.names_only("（新闻联播）") is None
    assert bylines.names_only("（唐贵江 关悦）") == "唐贵江 关悦"       # names still are


@pytest.mark.parametrize("caption", [
    "10月4日，旅游专列开往襄阳。 通讯员刘娟 摄",                               # cjn-1.html
    "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）",                         # shanxi-1.html
    "“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网发",                           # 163-6.html
    "资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄",                        # toutiao-4.html
    "在位于广东韶关市曲江区的韶关星河生物科技有限公司，工人在车间分装食用菌产品（5月14日摄）。新华社",  # unseen_post-06
    "拿出10万元来做房产投资，一来以钱生钱，二来为今后养老留条后路 蔡雪婧/摄",         # unseen3_page-sina-2: NAME/摄
])
def test_a_caption_closed_by_a_photo_credit(caption):
    assert bylines.is_photo_credit(caption)


@pytest.mark.parametrize("sentence", [
    "比赛中一个镜头引起了大家的注意，周琦在一次暂停后准备上场时，姚明拉住他在耳边叮嘱了几句。",  # 163-2.html
    "这位加拿大大叔在广西南宁的南湖公园拍了一期视频",                             # sina-1.html
])
def test_a_sentence_is_no_photo_credit(sentence):
    assert not bylines.is_photo_credit(sentence)


@pytest.mark.parametrize("line,names", [
    ("石佳/中国青年报", "石佳"),                     # thepaper-1.html, under the headline
    ("2019-09-24 09:10", None),                     # thepaper-1.html, the next line of the same bar
    ("来源：澎湃新闻", None),                        # thepaper-5.html
    ("首页 > 科技湃", None),                         # thepaper-5.html, the path above the headline
    ("来源：中国新闻网 王帆", "王帆"),       # unseen2_page-southcn-1: the source bar's outlet, then the writer
])
def test_a_name_and_the_outlet_it_writes_for(line, names):
    assert bylines.name_and_outlet(line) == names


def test_an_account_name_after_other_roles_is_no_byline():
    # the account's name may follow 原创's names only: after 编辑 it is more text, so no byline
    assert bylines.parse("编辑 刘晓阳 人民币交易与研究") is None


@pytest.mark.parametrize("text,marker,byline_end,reporters", [
    # text-007.txt (cnews, one line): headline, ■ column, □ byline whose name lost its last character
    ("基金营销迎来变革机遇■ 今日视点Comment□本报记者 余?春节过后，新基金发行密度骤然提升。", 10, 31, ["余?"]),
])
def test_a_marked_byline_inside_the_opening_line(text, marker, byline_end, reporters):
    start, end, byline = bylines.marked_inside(text)
    assert (start, end, byline.reporters) == (marker, byline_end, reporters)
    assert text[end:].startswith("春节过后")


@pytest.mark.parametrize("text", [
    "认定诈骗和骚扰，不能省略必要的核实程序而“不审即判”。▲图片来自视频截图。9月6日，公安部治安管理局官微发布消息称，",   # 163-3.html: a mark after a sentence
    "▲广州日报全媒体图片记者黎旭阳、李妍摄",                                          # thepaper-2.html: a credit, no reporter
])
def test_no_marked_byline_after_a_sentence_or_in_a_credit(text):
    assert bylines.marked_inside(text) is None


@pytest.mark.parametrize("paragraph,start,reporters", [
    ("财经评论人士杨德龙表示，新能源快速发展，这是大势所趋。 华商报记者 黄涛", 27, ["黄涛"]),    # unseen2_post-01.txt
    ("12年到2021年年均11.8%的增速。（记者赵文君）", 20, ["赵文君"]),           # the bracketed form (fixtures/corpus)
])
def test_a_byline_closing_the_last_paragraph(paragraph, start, reporters):
    found, byline = bylines.closing(paragraph)
    assert (found, byline.reporters) == (start, reporters)


@pytest.mark.parametrize("paragraph", [
    "财经评论人士杨德龙表示，新能源快速发展，这是大势所趋。 这是大势所趋",       # no role: no byline
    "国务院总理李克强6月1日主持召开国务院常务会议。 记者调查",                # unseen2_page-ifeng-1's sentence, then 163-1's 记者调查: no name
])
def test_no_byline_closes_a_paragraph_without_a_role_and_a_name(paragraph):
    assert bylines.closing(paragraph) is None


@pytest.mark.parametrize("paragraph,start,reporters,editors", [
    # East Money's editor credit run into the last paragraph (unseen6_text-12): a staff code, no editor's name
    ("公司的改革思路是否出现变化，也未可知。(责任编辑：DF099)", 19, [], []),
    # a translator's credit closing qq's article (unseen6_page-qq-2): 编译 names the writer, as 路闻卓立编译 does
    ("DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。（编译/林靖东）", 36, ["林靖东"], []),
    # unseen6_page-chinanews-1's last sentence and its editor line 【编辑:马学玲】, run together as a scraped text joins them
    ("全市最大降水量出现在平谷玻璃台，达到68.4毫米。【编辑:马学玲】", 25, [], ["马学玲"]),
])
def test_a_credit_closing_the_last_paragraph(paragraph, start, reporters, editors):
    found, byline = bylines.closing(paragraph)
    assert (found, byline.reporters, byline.editors) == (start, reporters, editors)


# Reprint credits: unseen6_post-04/05 (36kr), then 36kr, CSDN and WeChat reposts saved in public GitHub
# repositories (found by code search for 36氪经授权发布 and 本文来自微信公众号)
@pytest.mark.parametrize("line,reporters", [
    ("本文来自微信公众号“地产资管网”（ID:thefutureX），作者：睿和智库，36氪经授权发布。", ["睿和智库"]),
    ("编者按：本文来自微信公众号“投资界”（ID:pedaily2012），作者：杨继云，36氪经授权发布。", ["杨继云"]),
    ("本文来自微信公众号“CSDN”（ID:CSDNnews），作者：郑丽媛，36氪经授权发布。", ["郑丽媛"]),
    ("本文来自微信公众号“Techsoho”（ID:scilabs），作者：Light，36氪经授权发布。", ["Light"]),
    ("本文来自微信公众号“少数派”（ID：sspaime），作者：淳帅二代，责编：张奕源Nick ，36氪经授权发布。", ["淳帅二代"]),
    ("本文来自微信公众号“青亭网”（ID:qingtinwang），编辑：Esther，36氪经授权发布。", []),
    ("编者按：本文来自微信公众号“游戏葡萄”（ID：youxiputao）， 作者托马斯之颅", ["托马斯之颅"]),
    ("本文来自微信公众号Python之禅（VTalk），作者刘志军，已获作者授权，请勿二次转载！", ["刘志军"]),
    ("本文来自微信公众号「低卧扑食」", []),
    # a credit in brackets of its own (the account of unseen6_post-05's credit)
    ("（本文来自微信公众号“投资界”（ID:pedaily2012））", []),
])
def test_a_reprint_credit_and_the_author_it_names(line, reporters):
    credit = bylines.reprint(line)
    assert credit is not None and credit.credit and credit.reporters == reporters


@pytest.mark.parametrize("line", [
    # unseen6_text-12: a statement about an authorization, no credit
    "同时，茅台集团官方也发布了一份声明表示：从未对外授权发布有关集团只保留茅台股份公司和习酒公司涉及白酒业务的消息。",
    # thepaper-3.html: the outlet's plug (boilerplate.toml's), its clause neither a credit nor a permission
    "本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP",
    # unseen4_page-chinesenewsnet-1: a blog post's footer in brackets, a read counter
    "(本文发表于首页批评与建议, 已被阅读178次)",
])
def test_no_reprint_credit_in_other_lines(line):
    assert bylines.reprint(line) is None


@pytest.mark.parametrize("line,reporters", [
    # unseen6_post-04's credit lines, the source with its WeChat account's ID as 36kr's credit writes it
    ("作者丨苏建红  来源丨地产资管网（ID:thefutureX）", ["苏建红"]),
])
def test_a_source_credit_with_its_accounts_id(line, reporters):
    byline = bylines.parse(line)
    assert byline is not None and byline.reporters == reporters


@pytest.mark.parametrize("opening,cut,editors", [
    # unseen6_post-08: 财联社's editor in the dateline's brackets stays there, as the dateline's; the name is the editor
    ("财联社8月13日讯（编辑 王舒蕾）总市值近200亿元的西南焦煤龙头盘江股份盘后公告，", None, ["王舒蕾"]),
    # a reporter there is cut and read as the reporter, as before (the form)
    ("本报讯（记者 王某某）总市值近200亿元的西南焦煤龙头盘江股份盘后公告，", (3, 11, "王某某"), []),
])
def test_an_editor_in_a_datelines_brackets_stays(opening, cut, editors):
    assert bylines.dateline(opening) == cut and bylines.dateline_editors(opening) == editors


@pytest.mark.parametrize("line,editors", [
    ("（松花江网编辑 孙桂芳）", ["孙桂芳"]),                          # unseen3_page-shjnet-1: the outlet, the role, the name
    ("（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）", ["杜弘禹"]),     # sina_hexo posts
    ("本文来源：投资快报 作者：孙宁 责任编辑：NF041", []),              # cx163-25.html: a staff code is no name
    ("记者|杨弃非", []),                                               # unseen_post-10: a reporter, no editor
])
def test_names_after_an_editors_role(line, editors):
    assert bylines.parse(line).editors == editors


# Publication bars, copied from the pages' and texts' own lines (file beside each); the dates and names read by hand.
@pytest.mark.parametrize("line,date,reporters,editors", [
    ("王婷 2021-12-23 22:22:24 来源: 时代财经", "2021-12-23 22:22:24", ["王婷"], []),      # unseen5_text-04: the writer before the date
    ("2018年12月27日08:59  来源：河北新闻网", "2018年12月27日08:59", [], []),               # unseen5_text-07
    ("2020-11-23 10:22:14 出处：快科技 作者：宪瑞 编辑：宪瑞 人气： 5380 次 评论(18)",     # unseen5_page-mydrivers-1: counters close it
     "2020-11-23 10:22:14", ["宪瑞"], ["宪瑞"]),
    ("2019-09-26 12:11来源：证券时报网作者：李在山", "2019-09-26 12:11", ["李在山"], []),      # unseen_page-stcn-1: fields run together
    ("发布时间：2019-05-18 来源：中国地理学会", "2019-05-18", [], []),                     # unseen_page-gsc-1: a labelled date
    ("本文来源于国家统计局 2024-05-11 09:36:26", "2024-05-11 09:36:26", [], []),            # unseen2_page-caijing-1: the source first
    ("来源：人民日报2024-05-13 08:49", "2024-05-13 08:49", [], []),                        # unseen2_page-gmw-1: the date touches the source
    ("2005年8月25日（来源：上海证券报）", "2005年8月25日", [], []),                        # unseen2_page-sinacn-1: a bracketed source
    ("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务", "2019-08-13 14:07", [], []),            # thepaper-2.html
    ("来源：本站原创 作者：医技药剂党支部时间：2019年10月31日 23:00 浏览：", "2019年10月31日 23:00", [], []),   # zyyfy-1.html: a branch is no name
    ("发布时间：2011-03-29 发布人：-", "2011-03-29", [], []),      # unseen8_page-ygyg-1: a portal's poster, left empty
])
def test_a_publication_bar_gives_its_date_and_names(line, date, reporters, editors):
    bar = bylines.date_bar(line)
    assert bar is not None and (bar.date, bar.reporters, bar.editors) == (date, reporters, editors)
    assert (bar.start, bar.end) == (0, len(line.rstrip()))


@pytest.mark.parametrize("line", [
    "2009年10月27日，第六届中外绿色地产论坛新闻发布会暨绿色地产万里行·低碳发展的绿色住区高峰论坛在苏州招商·小石城隆重开幕。",  # text-012
    "2019-09-26",                                    # a date alone says nothing of a bar (no field or label)
    "2018-11-29 18:59",                              # JioNLP's time-parser case: a date and time may be the whole text
    "截至2020年6月30日，公司来源于境外的收入占比为12%。",    # a sentence with a date and 来源
])
def test_a_dated_sentence_is_no_publication_bar(line):
    assert bylines.date_bar(line) is None and bylines.date_bar(line, run_in=True) is None


def test_a_bar_run_into_a_joined_text_between_its_headline_and_its_text():
    # unseen5_text-04 (a crawler joined the page's paragraphs into one line)
    text = "华为推8988元“翻盖”折叠屏手机，黄牛嫌弃：不大气，不感兴趣 王婷 2021-12-23 22:22:24 来源: 时代财经   “之前的折叠屏手机都没人买！”周飞表示"
    bar = bylines.date_bar(text, run_in=True)
    assert text[bar.start:bar.end] == "王婷 2021-12-23 22:22:24 来源: 时代财经"
    assert bar.reporters == ["王婷"] and bylines.date_bar(text) is None


@pytest.mark.parametrize("text,date,reporters", [
    # the pages' own text (whitespace as lxml gives it): unseen4_page-sohu-1, a writer in square brackets after the date
    ("BUSINESS.SOHU.COM \u3000 2004年7月16日08:19\n[ 黄宇 ]\ue5c2  来源：[  国际金融报  ]\ue5c2  \n", "2004年7月16日08:19", ["黄宇"]),
    # unseen4_page-sohu-3: a labelled date, the author on the next line
    ("\t\t\xa0\xa0时间：2004年10月21日14:18\xa0\xa0\n\t\t\t\xa0\xa0\n\t\t\t作者：郭励弘\n\t\t \n\t\t \n\t\t\t 我来说两句( 0 )", "2004年10月21日14:18", ["郭励弘"]),
    # unseen5_page-mydrivers-1: the site's clock (2021年10月7日 星期四) comes first in the page; it is followed by no field
    ("2021年10月7日 星期四\n 首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂 \n 2020-11-23 10:22:14\xa0\xa0出处：快科技 作者： 宪瑞   编辑：宪瑞  \xa0\xa0人气：  5380  次",
     "2020-11-23 10:22:14", ["宪瑞"]),
])
def test_a_pages_publication_bar_in_its_text(text, date, reporters):
    from newsfacts import pages

    bar = pages.publication_bar(text)
    assert bar is not None and (bar.date, bar.reporters) == (date, reporters)


def test_a_page_without_a_bar_gives_none():
    # unseen4_page-chinesenewsnet-1's header clock and a date in a sentence: no field follows either
    assert bylines.bar_at("2006年12月27日（京港台时间）", 0) is None
    assert bylines.bar_at("2009年10月27日，第六届中外绿色地产论坛新闻发布会", 0) is None


@pytest.mark.parametrize("line,reporters", [
    ("经济观察报记者欧阳晓红姜鑫", ["欧阳晓红 姜鑫"]),           # unseen4_post-10: a compound family name, two names run together
    ("整合 新华日报·交汇点记者 徐睿翔", ["徐睿翔"]),              # unseen4_page-yangtse-1: a compiler's credit before the reporter
])
def test_bylines_of_the_study_sets(line, reporters):
    byline = bylines.parse(line)
    assert byline is not None and byline.reporters == reporters


@pytest.mark.parametrize("names,writer", [
    ("新浪财经 刘丽丽", "刘丽丽"),       # unseen4_post-01's sign-off (新浪财经 刘丽丽): the outlet before the name
    ("数据宝 郭洁", "郭洁"),             # unseen3_post-08: a data column before the writer
    ("余毅菁 向雪妮", "余毅菁 向雪妮"),  # njxfhn-1: two plain names stay
    ("叨叨姐 胡一刀&李小飞刀", "叨叨姐 胡一刀&李小飞刀"),   # huanqiu-1: pen names stay
])
def test_an_outlet_or_column_before_plain_names_is_no_name(names, writer):
    assert bylines.without_column(names) == writer


@pytest.mark.parametrize("line,names", [
    ("徐晓倩", "徐晓倩"),           # unseen5_post-12, under its headline
    ("万科", "万科"),               # a name's shape: whether it is a byline is told by where it stands (test_cleaning)
    ("时代财经", None),             # four characters, no compound family name
    ("来源： 时代财经", None),
])
def test_a_line_of_plain_names(line, names):
    assert bylines.plain_names(line) == names


@pytest.mark.parametrize("line,reporters,credit", [
    # a second role run into the bracket is a role, not a name (通 is a family name: 通讯员李华 was read as a
    # run-together name); the form of Xinhua's and the papers' closing brackets
    ("（记者王晓明 通讯员李华）", ["王晓明", "李华"], False),
    # 丨 (U+4E28) is a separator that Unicode counts as a Han character: the value after it does not touch the
    # role (unseen6_post-04.md's two credit lines, 作者丨苏建红 and 来源丨地产资管网, on one line)
    ("作者丨苏建红  来源丨地产资管网", ["苏建红"], True),
    # a source credit naming an outlet and no person is a credit (unseen7_text-04.txt's record footer)
    ("来源：中国新闻网", [], True),
])
def test_roles_separators_and_outlets_in_credits(line, reporters, credit):
    byline = bylines.parse(line)
    assert byline is not None and byline.reporters == reporters and byline.credit is credit


@pytest.mark.parametrize("text,reporter", [
    # the securities papers' dated 报道 opening (real openings, code search: 证券日报, 中国证券报)
    ("证券日报8月8日报道（记者王宁），Wind数据显示截至8月7日，年内19只医药类基金", "王宁"),
    ("中国证券报9月17日报道（记者王雪青）：Wind数据显示，截至9月15日", "王雪青"),
])
def test_a_dated_report_opening_is_a_dateline(text, reporter):
    found = bylines.dateline(text)
    assert found is not None and found[2] == reporter and text[:found[0]].endswith("日报道")


def test_a_report_cited_from_another_outlet_is_no_dateline():
    assert bylines.dateline("据路透社报道（记者 张三）称") is None


def test_an_editors_staff_code_joined_to_the_name():
    # unseen7_page-163-4.html: 163's source bar, the editor's span run into the credit line
    byline = bylines.parse("本文来源：大洋网-信息时报  作者：吴瑕 责任编辑：刘洋_NN2531")
    assert byline is not None and byline.reporters == ["吴瑕"] and byline.editors == ["刘洋"]


@pytest.mark.parametrize("text,start,reporters", [
    # unseen7_text-08.txt: a scraped text's byline run into the last sentence, its names set apart by full-width spaces
    ("银行业的可持续发展。”南都记者　李鹤鸣　实习生　戴戬", 11, ["李鹤鸣", "戴戬"]),
])
def test_a_byline_run_into_the_last_sentence(text, start, reporters):
    found = bylines.closing(text)
    assert found is not None and found[0] == start and found[1].reporters == reporters


@pytest.mark.parametrize("text", [
    "我们认为。美国 中国 日本",          # words set apart by spaces, no role: no byline
    "这是大势所趋。编辑 王涛",            # a credit run in without a space is left (a reporter's byline only)
])
def test_words_run_into_the_last_sentence_are_no_byline(text):
    assert bylines.closing(text) is None
