"""Hostile whole pages, made from real pages of fixtures/html by editing their markup (issue 14).

The article finder must not depend on where a site puts its article: the same paragraphs moved
into a table cell, a <section> without a class or a <div> whose id names an advert are still
the article. A page with no article (a real page with its article element taken out: the
portal's frame, header, menus and footer that are left) is an error "no article text", never
the site's header read as a body.
"""
from __future__ import annotations

import json

import pytest
from conftest import FIXTURES
from lxml import etree

from newsfacts.cleaning import clean
from newsfacts.errors import InputError
from newsfacts.pipeline import extract_text
from newsfacts.reading import decode, parse_article, read_bytes


def _page(name: str):
    text = decode(read_bytes(str(FIXTURES / "html" / name)))
    return etree.fromstring(text, etree.HTMLParser())


def _markup(tree) -> str:
    return etree.tostring(tree, encoding="unicode", method="html")


def _gold(folder: str, name: str) -> dict:
    return json.loads((FIXTURES / folder / f"{name}.json").read_text(encoding="utf-8"))


# page, the XPath of its article element (read in the page by hand), the gold set that holds its snippets
PAGES = [
    ("thepaper-3.html", '//div[@class="news_txt"]', "holdout_html4"),
    ("163-2.html", '//div[@id="endText"]', "holdout_html4"),
    ("guancha-3.html", '//div[@class="content all-txt"]', "holdout_html4"),
]


def _in_a_table_cell() -> etree._Element:
    table = etree.Element("table")
    cell = etree.SubElement(etree.SubElement(etree.SubElement(table, "tbody"), "tr"), "td")
    cell.set("valign", "top")
    return table, cell


def _unusual(kind: str):
    """(element that takes the article's place, element that holds its paragraphs)."""
    if kind == "td":
        return _in_a_table_cell()
    if kind == "section":
        section = etree.Element("section")
        return section, section
    div = etree.Element("div")
    div.set("id", "ad-box")            # an id that names an advert: the finder's drop list matches it
    return div, div


@pytest.mark.parametrize("kind", ["td", "section", "div_ad_id"])
@pytest.mark.parametrize("name,xpath,folder", PAGES)
def test_article_in_an_unusual_container_is_found(name, xpath, folder, kind):
    tree = _page(name)
    outer, inner = _unusual(kind)
    article = tree.xpath(xpath)[0]
    inner.text = article.text
    for child in list(article):
        inner.append(child)
    article.getparent().replace(article, outer)
    gold = _gold(folder, name)
    text = clean(parse_article(_markup(tree))).text
    assert [s for s in gold["body_contains"] if s not in text] == []
    assert [s for s in gold["body_excludes"] if s in text] == []


# real pages with their article element taken out: what is left is a site's frame
ARTICLES = [
    ("sxmu-1.html", '//form[@name="_newscontent_fromname"]'),   # a university portal in table layout
    ("shanxi-1.html", '//div[@class="TRS_Editor"]'),            # a provincial government portal
    ("gzggw-1.html", '//div[@id="zoom"]'),          # a city government portal
    ("xinhuanet-1.html", '//div[@id="p-detail"]'),              # a news site
    ("cmse-1.html", '//div[@id="content"]'),                    # an agency's site
]


@pytest.mark.parametrize("name,xpath", ARTICLES)
def test_a_page_without_its_article_is_an_error_not_the_site_header(name, xpath):
    tree = _page(name)
    for article in tree.xpath(xpath):
        article.getparent().remove(article)
    with pytest.raises(InputError, match="no article text"):
        extract_text(_markup(tree))


NO_ARTICLE = sorted(path.name for path in (FIXTURES / "no_article").glob("*.html"))


@pytest.mark.parametrize("name", NO_ARTICLE)
def test_an_index_or_list_page_is_an_error_not_its_furniture(name):
    # real index and list pages (fixtures/no_article/SOURCES.md): a fund's announcement index whose best block
    # is its welcome line (欢迎来到融通基金！), a forum's list whose best block is its login prompt, Tieba's list
    # of threads whose best block is one thread's abstract among fifty alike
    text = decode(read_bytes(str(FIXTURES / "no_article" / name)))
    with pytest.raises(InputError, match="no article text"):
        extract_text(text)


@pytest.mark.parametrize("folder,name,sentence", [
    # the shortest articles of the page sets: 65 and 97 Chinese characters of prose on a site's whole page
    ("unseen2_pages/html", "unseen2_page-caijing-2.html", "2024年5月20日贷款市场报价利率（LPR）为"),
    ("html", "hexun-1.html", "目前京津冀交通一体化建设各项工作取得积极成效"),
])
def test_a_short_article_on_a_whole_page_is_read(folder, name, sentence):
    doc = extract_text(decode(read_bytes(str(FIXTURES / folder / name))))
    assert sentence in doc.text


@pytest.mark.parametrize("name,xpath", ARTICLES)
def test_the_same_pages_with_their_article_are_read(name, xpath):
    # the control: the unedited page is an article, so the error above is the edit's doing
    tree = _page(name)
    assert tree.xpath(xpath)
    assert len(clean(parse_article(_markup(tree))).text) > 100


@pytest.mark.parametrize("name", ["163-1.html", "ednchina-1.html"])
def test_an_early_end_of_html_keeps_the_article_after_it(name):
    """A page built from templates may close its header with `</body></html>` before the article (a
    gov.cn page does); what follows is still the page's body, as a browser shows it."""
    gold = json.loads((FIXTURES / "holdout_html" / f"{name}.json").read_text(encoding="utf-8"))
    page = decode(read_bytes(str(FIXTURES / "html" / name)))
    body = page.index(">", page.lower().index("<body")) + 1
    early = page[:body] + "<div class='header'>首页</div></body></html>\n" + page[body:]
    text = clean(parse_article(early)).text
    assert gold["body_contains"] and all(snippet in text for snippet in gold["body_contains"])


def test_the_finder_says_when_another_story_holds_as_much_prose():
    # sina-2.html: the article (12306 accounts, 142 characters of prose) and, apart from it, a box of
    # live market comments (141) that are links, so no prose; with the links made plain text (the
    # edit), the two score nearly alike: the article is read, and the document says the choice was
    # close (read from the page by hand)
    tree = _page("sina-2.html")
    for link in tree.xpath('//a[.//div[@class="content"]]'):
        link.tag = "div"
    document = extract_text(_markup(tree))
    assert "有60万个“12306账号”和410万条联系人数据" in document.text
    assert "指数午前高开低走" not in document.text
    assert len(document.warnings) == 1 and document.warnings[0].startswith("article_finder_unsure: ")
    assert document.to_dict()["warnings"] == document.warnings
    assert document.to_records()["documents"][0]["warnings"] == document.warnings


@pytest.mark.parametrize("name", ["163-1.html", "thepaper-1.html", "guancha-guancha.html", "mingridapan-1.html",
                                  "sina-2.html"])
def test_a_page_with_one_clear_article_has_no_warning(name):
    # guancha's reader comments and mingridapan's author box are the nearest rivals on the page sets
    # (about half the article's score): not close enough to doubt the article
    assert extract_text(decode(read_bytes(str(FIXTURES / "html" / name)))).warnings == []


def test_a_post_or_a_text_has_no_warning():
    assert extract_text("正文第一段，营收增长5%。").warnings == []


@pytest.mark.parametrize("name,xpath,folder", PAGES)
def test_a_page_saved_without_doctype_and_html_tag_is_still_a_whole_page(name, xpath, folder):
    """Some crawlers save a page from its <head> on (no doctype, no <html>), and a head of scripts and
    styles can push <body> far into the file: it is still a whole page, reduced to its article, not a
    fragment whose menus and link lists are read as text."""
    page = decode(read_bytes(str(FIXTURES / "html" / name)))
    head = page.lower().index("<head")
    headless = page[head:].replace("</html>", "").replace("</HTML>", "")
    headless = headless.replace("</head>", "<style>" + "p{margin:0}\n" * 600 + "</style></head>", 1)
    assert "<html" not in headless.lower() and headless.lower().index("<body") > 5000
    gold = _gold(folder, name)
    text = clean(parse_article(headless)).text
    assert text == clean(parse_article(page)).text
    assert [s for s in gold["body_excludes"] if s in text] == []


@pytest.mark.parametrize("name,xpath,folder", [PAGES[0], PAGES[1]])     # thepaper-3, 163-2: headline = title
def test_the_next_story_appended_below_is_not_read_for_the_article(name, xpath, folder):
    """Sites that load the next story under the article (360's 快资讯 does) put it under its own
    headline: when it holds more prose than the article, the article under the page's own headline
    is still the one read."""
    tree = _page(name)
    other = _page("xinhuanet-1.html").xpath('//div[@id="p-detail"]')[0]
    story = etree.SubElement(tree.find("body"), "div")       # the next story's box: its headline, its text
    story.set("class", "next-story")
    headline = etree.SubElement(story, "h1")
    headline.text = "另一篇报道的标题：下一条新闻接在文章之后"
    for _ in range(3):                  # the next story holds more prose than the article
        story.append(etree.fromstring(etree.tostring(other)))
    gold = _gold(folder, name)
    text = clean(parse_article(_markup(tree))).text
    assert text == clean(parse_article(_markup(_page(name)))).text
    assert [s for s in gold["body_contains"] if s not in text] == []


def _teaser(text: str, kind: str):
    """Another story's text as a teaser: a card that is one link, or an item of a list of stories."""
    if kind == "link":
        card = etree.Element("a")
        card.set("href", "https://example.com/next")
        etree.SubElement(card, "div").text = text
        return card
    stream = etree.Element("ul")
    for index in range(3):
        item = etree.SubElement(stream, "li")
        etree.SubElement(item, "div").text = text if index == 0 else text[:40]
    return stream


@pytest.mark.parametrize("kind", ["link", "list"])
@pytest.mark.parametrize("name,xpath,folder", [PAGES[2]])      # guancha-3: no headline repeats its title
def test_a_long_teaser_beside_the_article_is_not_read_for_it(name, xpath, folder, kind):
    """A teaser card that is one link, or the longest item of a stream of stories, may hold more
    prose than a short article: neither is the article."""
    tree = _page(name)
    other = "".join(_page("xinhuanet-1.html").xpath('//div[@id="p-detail"]')[0].itertext())
    tree.find("body").append(_teaser(other * 2, kind))
    gold = _gold(folder, name)
    text = clean(parse_article(_markup(tree))).text
    assert text == clean(parse_article(_markup(_page(name)))).text
    assert [s for s in gold["body_contains"] if s not in text] == []


@pytest.mark.parametrize("name,xpath,folder", PAGES)
def test_an_advert_labelled_as_one_inside_the_article_goes(name, xpath, folder):
    """Adverts inside an article, as 360's pages place them: a link that opens with the label 广告
    (which China's advertising law requires), its copy, and a close button."""
    tree = _page(name)
    article = tree.xpath(xpath)[0]
    paragraphs = article.findall(".//p")
    for paragraph in paragraphs[1:3]:
        advert = etree.fromstring('<a href="https://e.example.com/c?adid=1"><i>广告</i><span>通知：英国留学生注意了，'
                                  '这些问题如果没准备好，先别留学！</span><div class="gg__del">×</div></a>')
        paragraph.addnext(advert)
    text = clean(parse_article(_markup(tree))).text
    assert "英国留学生" not in text and "×" not in text
    assert text == clean(parse_article(_markup(_page(name)))).text


def test_an_e_paper_page_dates_itself_by_its_cms_record():
    # unseen3_page-tibet-1 (西藏日报's e-paper): no meta date, the paper's date in a form; Founder's newspaper
    # CMS keeps the article's record in a comment after the text, as 光明网 and 检察日报 pages do too
    from newsfacts.pages import _FOUNDER_DATE

    record = "<!--/enpcontent--><!--enpproperty <date>2022-02-13 00:00:00:0</date><author></author><subtitle>去年改造户"
    assert _FOUNDER_DATE.search(record).group("value") == "2022-02-13 00:00:00"
    doc = extract_text(decode(read_bytes(str(FIXTURES / "unseen3_pages" / "html" / "unseen3_page-tibet-1.html"))))
    assert doc.published == "2022-02-13T00:00:00+08:00"


@pytest.mark.parametrize("name,title", [
    # a dataset's wrapper gives the only title; the site and section go (千龙网--汽车--…)
    ("unseen3_page-qianlong-1.html", "广汽回应现代合资内幕 全面合作项目即将展开"),
    # a bold speaker's label (李金泽：) is inside the <title> too, but a small part of it
    ("unseen3_page-xinhuanet-1.html", "农机专家李金泽：为农机行业搭建现代化信息平台"),
    # <h1>主题<div>副题</div></h1>: the headline as the <title> spells it, no space
    ("unseen3_page-nmggov-1.html", "内蒙古延续部分到期税收优惠政策助企纾困预计4年为纳税人减负180亿元"),
])
def test_the_title_of_an_old_or_portal_page(name, title):
    doc = extract_text(decode(read_bytes(str(FIXTURES / "unseen3_pages" / "html" / name))))
    assert doc.title == title


def test_a_block_of_many_links_does_not_outweigh_a_short_article():
    # hexun-1.html holds an article of 97 characters of prose; next to it goes the list of 88 linked
    # headlines of a real index page (fixtures/no_article/netease_rolling_news.html, 972 Chinese
    # characters, commas and marks inside its links): the article is read, none of the headlines
    page = _page("hexun-1.html")
    index = etree.fromstring(decode(read_bytes(str(FIXTURES / "no_article" / "netease_rolling_news.html"))),
                             etree.HTMLParser())
    headlines = index.xpath('//div[@class="area bg_1"]')[0]
    article = page.xpath('//*[contains(., "目前京津冀交通一体化建设各项工作取得积极成效")][not(*[contains(., "目前京津冀")])]')[0]
    article.addnext(headlines)
    doc = extract_text(_markup(page))
    assert "目前京津冀交通一体化建设各项工作取得积极成效" in doc.text
    assert "深圳盒马员工确诊" not in doc.text and "山东临沂暴雨" not in doc.text


@pytest.mark.parametrize("name,title", [
    # a blog's name before the headline with a breadcrumb mark (多维博客 » …) goes
    ("unseen4_page-chinesenewsnet-1.html", "播客热潮迅速蔓延 挑逗传统传媒业"),
    # the part after | holds a clause's marks (，“”): it is the headline's, no site name, and stays
    ("unseen4_page-yangtse-1.html", "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来"),
    # the <title> names the section (北医新闻网_(新闻)); the portal's title cell above the article is the headline
    ("unseen4_page-bjmu-1.html", "李简——新外科运动向我们走来"),
])
def test_the_title_of_a_blog_or_portal_page_with_its_site_name(name, title):
    doc = extract_text(decode(read_bytes(str(FIXTURES / "unseen4_pages" / "html" / name))))
    assert doc.title == title


@pytest.mark.parametrize("raw,title", [
    ("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业", "播客热潮迅速蔓延 挑逗传统传媒业"),
    ("书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来", "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来"),
    ("上半年经济运行稳中向好_网易财经", "上半年经济运行稳中向好"),               # the trailing site name still goes
    ("太原至雄安城际铁路开工 - 山西省人民政府门户网站", "太原至雄安城际铁路开工"),
])
def test_a_site_name_before_or_after_the_headline(raw, title):
    from newsfacts.pages import _without_site_name

    assert _without_site_name(raw) == title


@pytest.mark.parametrize("text,published", [
    # unseen4 chinesenewsnet-1 (多维博客, 2005): the site's header clock, labelled with its time zone, is the day the
    # page was served; the post's own date line is WordPress's English one, before the comments' dates
    ("注册 | 登入 2006年12月27日（京港台时间） 首页 Saturday, September 10th, 2005 10:56 am 播客热潮迅速蔓延 (2006-12-24 03:45:27)",
     "2005-09-10T10:56:00+08:00"),
    ("September 19th, 2005 at 7:32 pm", "2005-09-19T19:32:00+08:00"),
    # a date not labelled as a clock is still the page's first date, before a later English one
    ("发布于2019年2月27日 … Posted on March 1st, 2019", "2019-02-27T00:00:00+08:00"),
])
def test_a_site_clock_is_no_page_date_and_an_english_date_line_is_read(text, published):
    from newsfacts.pages import _written_date

    assert _written_date(text) == published


def test_the_date_of_a_2005_blog_page_is_its_post_date_line():
    doc = extract_text(decode(read_bytes(str(FIXTURES / "unseen4_pages" / "html" / "unseen4_page-chinesenewsnet-1.html"))))
    assert doc.published == "2005-09-10T10:56:00+08:00"
