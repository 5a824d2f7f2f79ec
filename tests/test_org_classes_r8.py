"""Organization classes of round 8 (issue 13): names that the directories or the suffix grammar give but that a
reading rule threw away. The sentences are real (the file each comes from is named beside it); the expected names
were read off the sentence."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # a suffix's last character and the next one make a word (部分, 所有), but the segmenter cuts the name off and
    # opens a longer word there (商务部|分析, 事务所|有关): the name ends at the suffix
    # fixtures/unseen6_pages/html/unseen6_page-xinhuanet-1.html
    ("工业和信息化部提前应对秋冬季流感疫情，组织生产企业增产扩能。商务部分析研判汛情对药品供应链的影响，指导药品流通企业加大药品供应力度。",
     "商务部"),
    # fixtures/unseen3_pages/html/unseen3_page-sohu-1.html
    ("上海汇达丰律师事务所有关律师接受记者采访时称，《广告法》有明确规定，不能对产品的性能和效果进行夸大宣传。",
     "上海汇达丰律师事务所"),
])
def test_a_suffix_the_segmenter_ends_ends_the_name(sentence, name):
    assert name in _orgs(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    # the same characters where the segmenter keeps them apart from any longer word: 学生|报|到 (report for school,
    # fixtures/unseen4_pages/html/unseen4_page-people-1.html), and 新闻 before 发布会, a phrase, no word
    # (fixtures/corpus/sina_hexo-021.txt)
    ("苏州市中小学幼儿园2月13日学生报到，2月14日正式开学上课。", "学生报"),
    ("不断放宽外资准入限制，推动对外开放。商务部新闻发言人高峰近日在例行新闻发布会上表示", "商务部新闻"),
])
def test_a_suffix_inside_a_word_or_phrase_ends_no_name(sentence, not_a_name):
    assert not_a_name not in _orgs(sentence)
