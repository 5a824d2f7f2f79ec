"""Round 13's cleaning classes (issue 14, clean17), on the texts and pages of the unseen11 sets: a corpus
record's header of bracketed fields above the article, a hard-wrapped text whose header and tables are
most of its lines."""
from __future__ import annotations

import pytest
from conftest import FIXTURES

from newsfacts.cleaning import clean
from newsfacts.reading import _hard_wraps_joined, decode, parse_article, read_bytes

TEXTS = FIXTURES / "unseen11_texts" / "articles"


def _clean(path):
    return clean(parse_article(decode(read_bytes(str(path)))))


@pytest.mark.parametrize("name,headline", [
    ("unseen11_text-05.txt", "观点新闻  主动靠拢新经济"),
    ("unseen11_text-06.txt", "中华人民共和国1998年国民经济和社会发展统计公报  （国家统计局  1999年2月26日）"),
    ("unseen11_text-07.txt", "厦门以体制创新促经济发展"),
])
def test_a_records_header_of_fields_goes_and_its_headline_stays(name, headline):
    # the Fudan corpus's header: 【原文出处】人民日报 / 【原刊期号】19990704 / … / 【 标  题 】… / 【 正  文 】
    article = _clean(TEXTS / name)
    lines = article.text.split("\n")
    assert not any(line.startswith("【") for line in lines)
    for field in ("原文出处", "原刊地名", "原刊期号", "分 类 号", "分 类 名", "复印期号", "标  题", "正  文"):
        assert field not in article.text
    assert lines[0] == headline                  # the label goes, the headline it labels stays a line


def test_a_records_author_field_is_the_reporter_and_its_editors_note_stays():
    # unseen11_text-07.txt: 【 作  者 】郅振璞, and the dateline 本报厦门7月3日电  记者郅振璞报道： under the editor's note
    article = _clean(TEXTS / "unseen11_text-07.txt")
    assert article.reporter == "郅振璞"
    assert "郅振璞" not in article.text and "内容提要" not in article.text and "编 者 按" not in article.text
    lines = article.text.split("\n")
    assert lines[1].startswith("厦门市紧紧抓住建立社会主义市场经济体制框架这个大题目")    # the note's text
    assert lines[2].startswith("本报厦门7月3日电  厦门经济特区在今年继续完善")


def test_one_bracketed_label_opening_an_article_is_no_record():
    # shared/corpus_html/sina-2.html: a blogger's post opening with its column's label, one field is no header
    text = ("【战舰看盘】 沪指上档缺口附近的压力沉重， 大金融若不发力，大盘很难向上突破， 预期短期内还将继续震荡消化，"
            " 不过市场虽然整体机会不多，但结构机会给力， 还是战舰强调的大科技强者恒强，且行且珍惜。")
    article = clean(parse_article(text))
    assert article.text.startswith("【战舰看盘】 沪指上档缺口附近的压力沉重")


@pytest.mark.parametrize("name,joined", [
    # 64 characters a line: `…各项贷款余额为86` / `524亿元，…`, under a header of ten short fields
    ("unseen11_text-06.txt", "各项贷款余额为86524亿元，增长百分之十五点五。"),
    # the same width, two tables of columns among the lines
    ("unseen11_text-05.txt", "经济领域也出现了新经济现象。"),
])
def test_a_wrapped_text_whose_header_and_tables_are_many_of_its_lines_is_joined(name, joined):
    text = decode((TEXTS / name).read_bytes())
    assert joined not in text
    lines = [line.rstrip() for line in _hard_wraps_joined(text).split("\n")]      # (CRLF line ends)
    assert any(joined in line for line in lines)
    assert any(line.startswith("【原文出处】") for line in lines)         # the fields stay lines of their own
    if name == "unseen11_text-05.txt":
        assert "时代进步        67.3%" in lines and "其他             2.4%" in lines


PAGES = FIXTURES / "unseen11_pages" / "html"
BULLETINS = FIXTURES / "unseen11_bulletins" / "articles"


@pytest.mark.parametrize("name,headline", [
    # a company template's <h2 class="view-title"> opening the article's block, under a <title> naming the company
    ("unseen11_page-06.html", "钢市十二月中下旬面临较大风险"),
    # <div class="title">…<span> 【 2014-01-03 】</span></div> opening the block, <title> ****科技有限公司-新闻详情
    ("unseen11_page-05.html", "2013中国互联网用户体验高峰论坛"),
    # a portal mock-up: <h2 class="news_title"> above <h3 class="date">发布时间：2011-3-31…</h3>, a bar and no headline
    ("unseen11_page-01.html", "成都银行IPO募8亿 成渝银行机构上市忙"),
])
def test_a_headline_inside_the_article_block_or_above_its_date_bar_is_the_title(name, headline):
    assert _clean(PAGES / name).title == headline


def test_a_bar_whose_fields_are_set_apart_by_indent_spaces_is_one_bar():
    # unseen11_page-06.html: 发表时间：2015/1/19 9:31:55　　作者：jomoo　　来源：jomoo　　浏览量：559
    article = _clean(PAGES / "unseen11_page-06.html")
    assert "浏览量" not in article.text and "jomoo" not in article.text
    assert article.published.startswith("2015-01-19T09:31:55")
    assert article.reporter is None            # the writer named as the bar's source is the site's account


def test_a_byline_under_the_lead_picture_is_read_as_a_byline():
    # unseen11_bulletin-01.md: <div class="img_wrapper"><img…></div><p>本报（chinatimes.net.cn）记者张琪 徐芸茜 北京报道</p>
    article = _clean(BULLETINS / "unseen11_bulletin-01.md")
    assert article.reporter == "张琪 徐芸茜"
    assert "北京报道" not in article.text
    assert article.text.startswith("近期，国家发改委表示，2022年将全面完成国企改革三年行动任务")


def test_a_bracketed_disclaimer_closing_the_article_goes():
    # unseen11_bulletin-03.md: …定价机制的微调是沿着市场化的方向更进一步。” / （声明：文章内容仅供参考，不构成投资建议。…）
    text = _clean(BULLETINS / "unseen11_bulletin-03.md").text
    assert "声明" not in text
    assert text.endswith("定价机制的微调是沿着市场化的方向更进一步。”")
