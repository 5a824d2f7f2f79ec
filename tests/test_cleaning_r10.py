"""Round 10's cleaning classes (issue 14, clean14), on real pages of the unseen8 sets, some with
their markup edited: a topic page of sibling boxes is read whole; a line the markup ties to the
picture above it is its caption whatever its sentences."""
from __future__ import annotations

from conftest import FIXTURES
from lxml import etree

from newsfacts.cleaning import clean
from newsfacts.reading import decode, parse_article, read_bytes

ALLIN = FIXTURES / "unseen8_pages" / "html" / "unseen8_page-allin100-1.html"
QQ = FIXTURES / "unseen8_pages2" / "html" / "unseen8_page2-qq-1.html"
NBWEEKLY = FIXTURES / "unseen8_pages2" / "html" / "unseen8_page2-nbweekly-1.html"


def _text(markup: str) -> str:
    return clean(parse_article(markup)).text


def _page(path) -> str:
    return decode(read_bytes(str(path)))


def _edited(path, edit) -> str:
    tree = etree.fromstring(_page(path), etree.HTMLParser())
    edit(tree)
    return etree.tostring(tree, encoding="unicode", method="html")


LEAD = "8月29日，*ST远洋发布中报称，公司上半年实现营业收入302亿元，同比减少12.8%。"
BULLET = "集装箱航运及相关业务收入20,342,804,495.97 元，实现集装箱运载量4,112,308 标准箱"
SECOND = "连续三年巨亏的*ST远洋日前抛出自救方案，拟以37.32亿元的价格卖出两项资产实现扭亏。"


def test_a_topic_page_of_sibling_boxes_is_read_whole():
    text = _text(_page(ALLIN))
    assert LEAD in text and BULLET in text and SECOND in text
    assert text.index(LEAD) < text.index(BULLET) < text.index(SECOND)          # in the page's order
    assert "相关专题" not in text and "【全文】" not in text


def test_boxes_of_different_classes_are_not_merged():
    """The same page with each box given a class of its own: the boxes are no longer one template
    (an article beside a teaser box or an author's box), and only one is read."""
    def classed(tree):
        main = tree.find(".//div[@class='main']")
        for index, box in enumerate(child for child in main if child.tag == "div" and child.get("class") is None):
            box.set("class", f"box{index}")
    text = _text(_edited(ALLIN, classed))
    assert SECOND in text and LEAD not in text


QQ_CAPTION = "安保大队配备直升机，如遇到突发状况可以调用。"
QQ_FIRST = "昨天，广州番禺正式成立校园安全保卫大队。"


def test_a_centred_caption_under_a_centred_picture_goes_whatever_its_sentences():
    text = _text(_page(QQ))
    assert QQ_CAPTION not in text and QQ_FIRST in text
    text = _text(_page(NBWEEKLY))
    for caption in ("家具中，最难做和最容易做的，都是椅子。无印良品提倡的生活，从椅子开始。",
                    "无印良品展出的，无一例外，都是生活小物。看到它们，你会更爱惜自己的生活吗？"):
        assert caption not in text
    assert "这是无印良品在中国第一次真正意义上的展览。" in text


def test_a_sentence_under_a_picture_the_markup_does_not_tie_to_it_stays():
    """qq's picture and its line under it, neither centred nor named as a picture's text: a
    paragraph under a picture, read as the article's sentence (it has clause marks)."""
    def untied(tree):
        for paragraph in tree.iter("p", "P"):
            paragraph.attrib.pop("align", None)
            paragraph.attrib.pop("class", None)
    assert QQ_CAPTION in _text(_edited(QQ, untied))


def test_a_centred_line_opening_a_centred_passage_is_no_caption():
    """nbweekly's last caption followed by centred text (its next paragraph centred too): a centred
    passage's first line, kept."""
    caption = "无印良品展出的，无一例外，都是生活小物。看到它们，你会更爱惜自己的生活吗？"

    def centred_after(tree):
        line = next(div for div in tree.iter("div") if (div.text or "").startswith("无印良品展出的"))
        following = line.getnext()
        following.set("style", "text-align: center;")
        following.text = "　　无印良品艺术总监原研哉说：我是一个设计师"
    assert caption in _text(_edited(NBWEEKLY, centred_after))


def test_a_latin_pen_name_after_an_underscore_separator_is_a_byline():
    """nbweekly's magazine byline `文_ btr 摄影_ btr` (the underscore a separator, a Latin pen name): the
    writer is the reporter and the line leaves the body; a name of Latin letters is read as a Chinese one is."""
    from newsfacts import bylines

    assert bylines.parse("文_ btr").reporters == ["btr"]
    from newsfacts.pipeline import extract_file

    doc = extract_file(str(NBWEEKLY))
    assert doc.reporter == "btr" and "文_ btr" not in doc.text


def test_a_latin_word_after_a_source_label_names_no_reporter():
    """hexun's `来源：EETOP` names an outlet (a credit), no person."""
    from newsfacts import bylines

    byline = bylines.parse("来源：EETOP")
    assert byline is not None and byline.reporters == [] and byline.credit


def test_a_headline_loses_the_page_date_set_after_it():
    """leshi's <h1> holds the headline and a date span (`[2014-05-04]`), its <title> a placeholder:
    the date is the page's, not the headline's."""
    from newsfacts.pipeline import extract_file

    doc = extract_file(str(FIXTURES / "unseen8_pages" / "html" / "unseen8_page-leshi-1.html"))
    assert doc.title == '北京4月商品住宅成交呈现"双降"'
    assert doc.published is not None and doc.published.startswith("2014-05-04")


def test_a_headline_keeps_its_full_width_space():
    """Xinhua's headline of two parts set apart by a full-width space keeps it as written."""
    from newsfacts.pipeline import extract_file

    doc = extract_file(str(FIXTURES / "unseen8_pages2" / "html" / "unseen8_page2-xinhua-1.html"))
    assert doc.title == "国产大模型陆续向公众开放\u3000人工智能赛道“百舸争流”"


def test_a_line_of_a_date_and_a_column_name_under_the_headline_goes():
    """udn's `2023/08/23 轉角24小時` under its headline: the date and the column that dates the article, a
    bar naming no one; a date opening a sentence stays."""
    from newsfacts import bylines
    from newsfacts.pipeline import extract_file

    doc = extract_file(str(FIXTURES / "unseen8_pages2" / "html" / "unseen8_page2-udn-1.html"))
    assert "2023/08/23 轉角24小時" not in doc.text and doc.reporter is None
    assert bylines.date_bar("6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行") is None
