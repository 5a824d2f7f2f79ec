"""Round 12's cleaning classes (issue 14, clean16), on the pages of the unseen sets: a column's plug box
closing a 网易号 article (its self-description, its call for submissions, its book)."""
from __future__ import annotations

from conftest import FIXTURES, extracted

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
