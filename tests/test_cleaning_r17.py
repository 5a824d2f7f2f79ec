"""Round 11's cleaning classes (issue 14, clean15), on the texts of the unseen10 sets: a scraper's saved
script, a portal's quote widgets, 人民日报's column label and its run-in byline after the dateline, an
editor's credit run into the last sentence."""
from __future__ import annotations

import pytest
from conftest import FIXTURES

from newsfacts import bylines
from newsfacts.cleaning import clean
from newsfacts.reading import decode, parse_article, read_bytes

TEXTS = FIXTURES / "unseen10_texts" / "articles"


def _clean(name: str):
    path = TEXTS / name
    return clean(parse_article(decode(read_bytes(str(path)))))


def test_a_pages_script_saved_as_text_goes_and_the_signoff_above_it_is_read():
    # unseen10_text-04.txt: Sina's ad loader under the last paragraph, which closes with the sign-off (书聿)
    article = _clean("unseen10_text-04.txt")
    for code in ("(function(){", "var adScript", "adScript.src", "document.getElementsByTagName", "})();"):
        assert code not in article.text
    assert article.text.endswith("包括经典版天龙手游。")
    assert article.reporter == "书聿"
    assert "查看最新行情" not in article.text


def test_every_quote_widget_of_a_paragraph_goes():
    # unseen10_text-02.txt: four (price±change%,诊股) widgets, two of them in one paragraph
    text = _clean("unseen10_text-02.txt").text
    assert "诊股" not in text
    assert "工商银行(2006年)、农业银行(2010年)和光大银行(2010年)" in text
    assert "中国邮政储蓄银行(下称“邮储银行”)发布" in text


@pytest.mark.parametrize("name,label", [
    ("unseen10_text-07.txt", "专栏："),
    ("unseen10_text-08.txt", "专栏：“三农”问题  重中之重"),
    ("unseen10_text-09.txt", "专栏：热点解读"),
])
def test_a_papers_column_label_line_goes(name, label):
    assert not any(line.startswith("专栏") for line in _clean(name).text.split("\n")), label


@pytest.mark.parametrize("text,kept,reporters", [
    # unseen10_text-07.txt, unseen10_text-08.txt: 人民日报's dateline, then role, name, 报道 and a colon
    ("本报武汉12月5日电  记者龚达发报道：“以开放为先导”，曾是武汉叫响全国的“名牌口号”。",
     "本报武汉12月5日电  “以开放为先导”，曾是武汉叫响全国的“名牌口号”。", "龚达发"),
    ("本报长春12月5日电  记者李忠春报道：吉林省榆树市地处世界黄金玉米带，",
     "本报长春12月5日电  吉林省榆树市地处世界黄金玉米带，", "李忠春"),
])
def test_a_byline_with_baodao_after_a_dateline(text, kept, reporters):
    start, end, names = bylines.dateline(text)
    assert text[:start] + text[end:] == kept and names == reporters


def test_a_sentence_saying_a_reporter_learned_is_no_byline():
    # unseen9-style opening: 记者 followed by a verb, no name and no 报道：
    assert bylines.dateline("新华社北京12月5日电  记者从国家统计局了解到，前10个月…") is None


def test_an_editors_credit_run_into_the_last_sentence():
    # unseen10_text-01.txt: a one-line text closing with 责任编辑：郑莉莉 run in after its last sentence
    text = "我国际市场份额稳中有升，由2014年底的12.4%提升至13%左右。责任编辑：郑莉莉"
    found = bylines.closing(text)
    assert found is not None and text[:found[0]].endswith("13%左右。") and found[1].editors == ["郑莉莉"]
    article = _clean("unseen10_text-01.txt")
    assert article.editor == "郑莉莉" and article.text.endswith("13%左右。")


PAGES = FIXTURES / "unseen10_pages" / "html"


@pytest.mark.parametrize("name,title", [
    # a company template's only heading is its section's banner, 新闻中心 NEWS: the <title> names the article
    ("unseen10_page-05.html", "神工铸造"),
    # a DedeCMS page: h1 资讯中心 (the section) above h1.title (the headline)
    ("unseen10_page-07.html", "最高检:曾在发改委司长魏鹏远家中搜出2亿现金"),
])
def test_a_sections_heading_is_no_headline(name, title):
    path = PAGES / name
    assert clean(parse_article(decode(read_bytes(str(path))))).title == title


def test_paragraph_indents_inside_one_text_node_start_lines():
    # unseen10_page-05.html: a template's paragraphs run together in one text node, `。 　　统计显示…`
    path = PAGES / "unseen10_page-05.html"
    lines = clean(parse_article(decode(read_bytes(str(path))))).text.split("\n")
    assert "\u3000\u3000" not in "\n".join(lines)
    assert "多家公司盈利创新高" in lines
    assert any(line.startswith("统计显示，截至8月23日晚") for line in lines)
