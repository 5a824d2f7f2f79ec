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


U12_TEXTS = FIXTURES / "unseen12_texts" / "articles"
U12_BULLETINS = FIXTURES / "unseen12_bulletins" / "articles"
U12_PAGES = FIXTURES / "unseen12_pages" / "html"


@pytest.mark.parametrize("name,title,published", [
    ("unseen12_text-01.md", "扫地机器人卷成白菜价：石头科技119亿营收背后，利润被谁偷走了", "2025-04-29T14:37:09+08:00"),
    ("unseen12_text-03.md", "KA 猛于虎", "2025-03-23T08:53:28+08:00"),
])
def test_hugos_toml_front_matter_gives_the_title_and_date_and_is_no_body(name, title, published):
    # +++ / title = '…' / date = 2025-04-29T14:37:09+08:00 / draft = false / author = "simons" / … / +++
    raw = parse_article(decode(read_bytes(str(U12_TEXTS / name))))
    assert raw.kind == "text"                   # SPEC's post has YAML front matter: a TOML one is a text's
    assert (raw.title, raw.published) == (title, published)
    article = clean(raw)
    assert "+++" not in article.text and "draft = false" not in article.text and "description =" not in article.text


def test_a_broken_toml_front_matter_is_an_error():
    from newsfacts.errors import InputError
    with pytest.raises(InputError, match="TOML"):
        parse_article("+++\ntitle = '扫地机器人卷成白菜价\ndate = 2025-04-29T14:37:09+08:00\n+++\n\n近年来，随着智能家居市场的爆发式增长。\n")


def test_a_blogs_bar_of_date_counters_and_category_goes():
    # unseen12_text-01.md: \ue675 2025-4-22 11:54 \ue603 171 \ue64e1 \ue6041 分类: [机器人/ AI](…) (icons of a font)
    article = _clean(U12_TEXTS / "unseen12_text-01.md")
    assert "2025-4-22" not in article.text and "分类" not in article.text
    assert article.text.startswith("近年来，随着智能家居市场的爆发式增长")


def test_escaped_marks_inside_strong_emphasis_are_text():
    # unseen12_text-01.md's section heads: ***\*营收突破百亿大关\****
    lines = _clean(U12_TEXTS / "unseen12_text-01.md").text.split("\n")
    assert "*营收突破百亿大关*" in lines
    assert not any("</" in line or "**" in line for line in lines)


def test_a_copied_texts_source_credit_and_source_address_go():
    # unseen12_text-02.md: 《北京青年报》 under the front matter, http://news.sina.com.cn/…?from=wap closing the text
    text = _clean(U12_TEXTS / "unseen12_text-02.md").text
    assert "北京青年报" not in text and "http" not in text
    assert text.endswith("不演出一台惊心动魄的话剧，幕布不会落下来。")


@pytest.mark.parametrize("name,credit,stamp", [
    ("unseen12_bulletin-01.md", "（《新闻联播》 20230113 19:00）", "更新时间：2023-09-04T14:44:05.044Z"),
    ("unseen12_bulletin-02.md", "（《新闻联播》 20260807 21:00）", "更新时间：2026-08-08T02:47:23.115Z"),
])
def test_a_programmes_credit_and_an_update_stamp_go(name, credit, stamp):
    lines = _clean(U12_BULLETINS / name).text.split("\n")
    assert credit not in lines and stamp not in lines and "查看原文" not in lines
    assert "本期节目主要内容：" in lines


@pytest.mark.parametrize("name,headline", [
    # 凤凰金's template: <div class="news_d_tle">…</div> above the article, <title> the site's slogan
    ("unseen12_page-03.html", "新华网：推广“上海金”基准价 扩大国际市场话"),
    ("unseen12_page-04.html", "英国央行维持低利率 无惧退欧后通胀问题"),
    ("unseen12_page-05.html", "黎明前黑暗笼罩 黄金TD新一轮牛市即将袭来"),
])
def test_a_block_classed_tle_above_the_article_is_its_headline(name, headline):
    assert _clean(U12_PAGES / name).title == headline


def test_a_teaser_cut_short_and_a_bracketed_source_credit_go():
    # unseen12_page-01.htm (qq 2010): <p class="Introduction">[导读]随着《福尔摩斯》…创下30亿元的票房……</p> above the
    # article, which opens with the same sentence whole; (广州日报) on a line of its own above the editor line
    text = _clean(U12_PAGES / "unseen12_page-01.htm").text
    assert "导读" not in text and "票房……" not in text and "(广州日报)" not in text
    assert "号称“史上最牛的贺岁档”此次在全国创下30亿元的票房" in text
