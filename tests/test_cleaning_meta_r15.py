"""Round 10's metadata classes (issue 14, cleanM), on the unseen9 sets' real files, some edited:
a Markdown file's navigation link is not its title; a paragraph a page sets in a headline's type is
the headline when the <title> names only the site."""
from __future__ import annotations

from conftest import FIXTURES

from newsfacts.cleaning import clean
from newsfacts.reading import decode, parse_article, read_bytes

BULLETINS = FIXTURES / "unseen9_bulletins" / "articles"


def _file(name: str) -> str:
    return decode(read_bytes(str(BULLETINS / name)))


def test_a_navigation_link_over_a_markdown_file_is_not_its_title():
    article = clean(parse_article(_file("unseen9_bulletin-08.md")))
    assert article.title == "美团王兴连续3日减持理想汽车\u3000套现约5亿"
    assert "美团王兴连续3日减持理想汽车" not in article.text                  # the headline is not body too
    assert "王兴再减持理想汽车" in article.text


def test_a_link_in_a_sentence_opening_the_file_is_not_navigation():
    text = _file("unseen9_bulletin-08.md").replace("###  [:house:返回](README.md)", "[戴尔](README.md)季度业绩超出预期")
    assert clean(parse_article(text)).title == "[戴尔](README.md)季度业绩超出预期"


def test_a_paragraph_set_in_a_headline_type_is_the_headline_under_a_site_name_title():
    page = _file("unseen9_bulletin-04.jsp")
    article = clean(parse_article(page))
    assert article.title == "辽宁新开工12个10亿元及以上基础设施项目"
    assert "记者8月23日从辽宁省统计局获悉" in article.text


def test_a_paragraph_in_body_type_is_no_headline():
    page = _file("unseen9_bulletin-04.jsp").replace("font-size:24px;", "font-size:14px;")
    assert clean(parse_article(page)).title == "邱海洋机械"


TEXTS = FIXTURES / "unseen9_texts" / "articles"


def test_a_byline_run_into_a_print_credit_names_every_reporter():
    article = clean(parse_article(decode(read_bytes(str(TEXTS / "unseen9_text-02.md")))))
    assert article.reporter == "叶可欣 曹丽娟"
    assert "《人民日报》" not in article.text and "曹丽娟" not in article.text


def test_a_print_credit_after_a_sentence_goes_and_the_sentence_stays():
    text = decode(read_bytes(str(TEXTS / "unseen9_text-03.md")))
    text = text.replace("> 本报记者  龚仕建《人民日报》", "> 氢能来源丰富、绿色低碳。《人民日报》")
    article = clean(parse_article(text))
    assert article.reporter is None
    assert "氢能来源丰富、绿色低碳。" in article.text and "《人民日报》" not in article.text


def _text_file(name: str, folder=TEXTS) -> str:
    return decode(read_bytes(str(folder / name)))


def test_a_crlf_text_opening_with_a_blank_line_has_its_headline():
    article = clean(parse_article(_text_file("unseen9_text-05.txt")))
    assert article.title == "去年我国经济总量990865亿元"
    assert clean(parse_article(_text_file("unseen9_text-06.txt"))).title == "南京溧水56个重点项目集中开工"


def test_a_name_run_into_a_xun_dateline_before_a_quote_is_the_reporter():
    article = clean(parse_article(_text_file("unseen9_text-09.txt")))
    assert article.reporter == "张俊"
    assert article.text.startswith("新浪科技讯“今天我要公布中国联通的家底了。”")


def test_a_sentence_with_a_name_like_word_before_a_quote_keeps_it():
    # unseen8 text-09's second paragraph set first: 西电 is no dateline, 东送 no reporter
    line = "\u3000\u3000特高压直流就像一条西电东送“高速公路”，并且是点对点直达输送、中间不停靠，具有容量大、损耗低、效率高的优势。"
    article = clean(parse_article("白鹤滩—江苏特高压直流工程竣工投产\n" + line + "\n" + line.replace("特高压", "超高压")))
    assert article.reporter is None and "西电东送“高速公路”" in article.text


def test_a_pen_name_before_a_plain_name_is_a_second_writer():
    from newsfacts import bylines
    line = "作者 |帽帽君 赵颖|实习生"                     # unseen9 page-163-1's byline
    assert bylines.parse(line).reporters == ["帽帽君 赵颖"]
    assert bylines.parse("作者：数据宝 郭洁").reporters == ["郭洁"]       # a column before a name goes


PAGES = FIXTURES / "unseen9_pages" / "html"


def test_a_column_author_line_with_a_bar_and_the_writer_s_degree():
    from newsfacts import bylines
    assert bylines.parse("作者|鹤运，土木工程博士").reporters == ["鹤运"]          # unseen9 page-163dy-1
    article = clean(parse_article(_text_file("unseen9_page-163dy-1.html", PAGES)))
    assert article.reporter == "鹤运" and "土木工程博士" not in article.text


def test_the_container_s_publication_time_attribute_beats_a_reader_s_comment_time():
    article = clean(parse_article(_text_file("unseen9_page-163dy-1.html", PAGES)))
    assert article.published == "2019-09-29T05:59:57+08:00"
    page = clean(parse_article(_text_file("163-9.html", FIXTURES / "html")))      # holdout_html3's gold
    assert page.published == "2019-05-17T20:02:46+08:00"
