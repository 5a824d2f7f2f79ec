"""Round 12's cleaning classes (issue 14, clean16), on the pages of the unseen sets: a column's plug box
closing a 网易号 article (its self-description, its call for submissions, its book); a WeChat editor's
paragraphs of nested spans, read whole."""
from __future__ import annotations

import lxml.html
from conftest import FIXTURES, extracted

from newsfacts import pages
from newsfacts.cleaning import clean
from newsfacts.reading import parse_article

PAGES9 = FIXTURES / "unseen9_pages" / "html"

# unseen9_page-163dy-1.html: the article's last paragraph, then the column's three plug paragraphs
LAST = "浩吉铁路这条凝聚着中国劳动人民智慧和汗水的钢铁长城正在神州大地拔地而起，它的通车，将会为中国梦的伟大实践源源不断地输送能量。"
PLUGS = ("作为世界上认知度最高的标签，中国制造（Made in China）正寻求战略升级。「了不起的中国制造」专栏，力邀行业权威、资深玩家，呈现他们眼中的中国创新之路。",
         "投稿请联系newsresearch_ntes@163.com，稿件一经刊用，将提供千字800元的稿酬。",
         "官方图书《了不起的中国制造》现已上市，本书集结了专栏的优秀文章和经典案例，欢迎关注！")


def test_a_columns_plug_box_closing_the_article_goes():
    text = extracted(str(PAGES9 / "unseen9_page-163dy-1.html")).text
    assert text.endswith(LAST)
    for plug in ("专栏，力邀", "投稿请联系", "稿酬", "官方图书"):
        assert plug not in text


def test_a_plug_inside_the_article_stays():
    # the same paragraphs with the article's last one after them: the plugs are not the closing run
    body = "\n\n".join(PLUGS + (LAST,))
    text = clean(parse_article("每年运煤2亿吨！这条刚刚开通的重载铁路世界最长\n\n" + body)).text
    for plug in PLUGS:
        assert plug in text
    assert text.endswith(LAST)


def test_a_wechat_editors_paragraphs_of_nested_spans_are_read_whole():
    # unseen9_page-crawl-1.html: a crawler's shell around a Tencent article whose paragraphs are p > span > span,
    # the second half of them one level deeper (section > section); the first half was lost, and its byline lines
    text_doc = extracted(str(PAGES9 / "unseen9_page-crawl-1.html"))
    assert text_doc.text.startswith("2025年医药领域第一张反垄断罚单开出，三家医药企业因垄断共被罚没2.23亿元。")
    assert "在2020年之前，这款药在公立医院的售价约不超过7元。" in text_doc.text
    assert "这三家公司的“合作”并不稳定。" in text_doc.text
    assert text_doc.text.endswith("周照峰说。")
    assert (text_doc.reporter, text_doc.editor) == ("辛颖", "王小")
    assert not text_doc.warnings



PAGES10 = FIXTURES / "unseen10_pages" / "html"


def test_an_agencys_column_label_above_the_text_goes():
    # unseen10_page-07.html: a DedeCMS repost of a 新华视点 item, the label a paragraph of its own above the lead
    lines = extracted(str(PAGES10 / "unseen10_page-07.html")).text.split("\n")
    assert "新华视点" not in lines
    assert lines[0].startswith("【发改委司长家中藏2亿现金】最高检反贪污贿赂总局局长徐进辉说")
    assert "上亿现金藏家中为规避风险" in lines           # the article's own short subheading stays


def test_a_column_label_is_a_whole_line():
    # the label's words opening a longer line are no label (unseen10_page-07's lead, with the label run in)
    text = clean(parse_article("最高检:曾在发改委司长魏鹏远家中搜出2亿现金\n\n新华视点【发改委司长家中藏2亿现金】最高检反贪污贿赂总局局长徐进辉说，"
                               "发改委窝案中可见收钱办事成为这些人的潜规则，长期共同受贿形成窝案串案。")).text
    assert text.startswith("新华视点【发改委司长家中藏2亿现金】")


def test_a_templates_headline_block_classed_tit_is_the_title():
    # unseen10_page-01.html: <title> 新闻详情 (the page's kind); the headline is <div class="news-tit"> above the article
    assert extracted(str(PAGES10 / "unseen10_page-01.html")).title == "去产能步伐加快　钢市短期趋稳"


def test_tit_inside_a_longer_class_word_names_no_title():
    # the class word must be `tit` set apart or hold `title` (a 2010 page's `<div class="title">`, bjmu's `bt_title`)
    rule = pages._rules()["title_class"]
    assert rule.search("news-tit") and rule.search("bt_title") and rule.search("articleTitle")
    assert not rule.search("petition") and not rule.search("tituo")


PAGES8 = FIXTURES / "unseen8_pages" / "html"


def test_a_page_with_no_title_has_its_headline_in_the_block_above_the_article():
    # unseen8_page-wushi-1/2.html: GBK company pages, empty <title>, no heading; <div class="newst"> holds the
    # headline, the date bar 发稿时间：2021/6/9 【 字体：大 中 小 】 stands between it and the article
    assert extracted(str(PAGES8 / "unseen8_page-wushi-1.html")).title == (
        "娲石集团6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目开工仪式成功举行！")
    assert extracted(str(PAGES8 / "unseen8_page-wushi-2.html")).title == "2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！"


def test_a_sentence_above_the_article_is_no_headline():
    # zhjk-1's lead paragraph, set above a block: one sentence closed by a full stop is prose, not a headline
    root = lxml.html.fromstring("<div><div>2017年6月28日、海南省互联网产业专场招商推介座谈会在海口举行、海南省副省长李国梁出席座谈会并证签、"
                                "省工信厅副厅长陈万馨主持并代表工信厅签约。</div><div class='newsc'><p>正文</p></div></div>")
    assert pages.plain_headline_above(root[1]) is None


def test_a_pictures_title_above_it_goes_when_its_source_line_stands_under_it():
    # unseen9_page-sinacj-1.shtml: 位于四川盆地的中国第一口页岩气井 / picture / 中国石油供图, and a chart's title over
    # 图片来源：《2018年国内外油气行业发展报告》
    text = extracted(str(PAGES9 / "unseen9_page-sinacj-1.shtml")).text
    assert "位于四川盆地的中国第一口页岩气井" not in text and "我国油气对外依存度逐年持续攀升" not in text
    assert "计划在2020年天然气产量310亿方，2025年天然气产量500亿方，成为中国最大的天然气生产企业。" in text


def test_a_sentence_above_a_credited_picture_stays():
    # the same page's markup with the article's sentence right above the picture: a sentence is no title
    page = ("<html><head><title>中国石油发现10亿吨级大油田</title></head><body><div class='article'>"
            "<p>　　8月初，西南油气田正式发布《西南油气田天然气上产500亿立方米发展规划》。根据规划，2025年西南油气田天然气上产500亿立方米。</p>"
            "<p>　　西南油气田总经理马新华表示，西南油气田公司将“全面决胜300亿、加快推进500亿”，计划在2020年天然气产量310亿方，"
            "2025年天然气产量500亿方，成为中国最大的天然气生产企业。</p>"
            "<div class='img_wrapper'><img src='//n.sinaimg.cn/finance/crawl/116/w550h366/20190929/5a5e-ifffquq1489374.jpg' alt=''>"
            "<span class='img_descr'></span></div><p>　　中国石油供图</p>"
            "<p>　　对于新疆地区，王宜林在调研时表示，按照中石油党组总体部署要求，大力实施2020年5000万吨油气当量上产工程，把新疆建成国内重要油气生产基地。</p>"
            "</div></body></html>")
    text = clean(parse_article(page)).text
    assert "成为中国最大的天然气生产企业。" in text and "中国石油供图" not in text
