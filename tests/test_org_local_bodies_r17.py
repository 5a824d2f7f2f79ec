"""Local bodies of every province, city and county (issue 13, round 17, names13).

body_words.tsv gains the people's organizations the Party leads at every level (文联, 科协, 妇联, 总工会, 残联, 侨联,
社科联, 红十字会) and the bureaus of earlier reforms that older articles name (计委, 经贸委, 工商局, 国土局, 质监局,
安监局, 食药监局, 卫计委): a place and one of them is that place's body, with its full name.

The sentences are real (the file each comes from is named beside it); the expected names were read off the sentence.
Every positive row missed the name (or found the bare body word) on main before this round.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> dict[str, str | None]:
    return {f["text"]: f.get("canonical") for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"}


@pytest.mark.parametrize("sentence, name, full", [
    # fixtures/html/qq-qq.html (holdout_html3)
    ("潘振声生于上海，1991年调任江苏省文联党组成员、副主席，1995年退休。", "江苏省文联", "江苏省文学艺术界联合会"),
    # fixtures/unseen4_pages/html/unseen4_page-sohu-3.html
    ("例如，民营的吉利轿车能够问世，当然是由于浙江省计委批准了汽车厂项目", "浙江省计委", "浙江省计划委员会"),
    # fixtures/unseen3_pages/html/unseen3_page-sohu-1.html
    ("他向记者透露，吕姓女士先是直接到江西省工商局投诉，后被省局转到南昌市", "江西省工商局", "江西省工商行政管理局"),
])
def test_a_place_and_a_body_word(sentence, name, full):
    found = _orgs(sentence)
    assert name in found and found[name] == full, found


def test_the_bodies_of_other_places_are_no_name():
    # fixtures/unseen3_pages/html/unseen3_page-sohu-1.html: 其他地方工商局 are bureaus of other places
    found = _orgs("据记者了解，江西工商局没有与其他地方工商局连手调查SK-II涉案产品。")
    assert "江西工商局" in found and "工商局" not in found, found


def test_a_places_public_security():
    # fixtures/unseen7_texts/articles/unseen7_text-12.txt: 佛山公安 is 佛山市公安局, as the golds read 蓬江公安
    found = _orgs("6月15日，佛山公安通报称五名犯罪嫌疑人已被抓获，无人员受伤。")
    assert found.get("佛山公安") == "佛山市公安局", found
