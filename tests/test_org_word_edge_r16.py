"""A known name never ends inside a word of the segmenter (issue 13, round 16, fixO).

`司法部联合国家发展和改革委员会` is 司法部 + 联合 (a verb: jointly with) + 国家发展和改革委员会: the segmenter's word
国家 opens inside the dictionary name 联合国 (联合|国家) and runs past its end, so 联合国 is no mention there. A word
that only follows the name (联合国|产业, 联合国|会旗) leaves it whole. The sentences are real (file beside each); the
expected names were read off the sentence.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_name_cut_across_a_word_is_no_mention():
    # fixtures/unseen9_texts/articles/unseen9_text-01.md
    found = _orgs("白皮书显示，2024年行政复议服务企业高质量发展更加有力。司法部联合国家发展和改革委员会、"
                  "中华全国工商业联合会，在全国部署开展行政复议服务企业高质量发展工作")
    assert "联合国" not in found, found
    assert "司法部" in found and "中华全国工商业联合会" in found, found


@pytest.mark.parametrize("sentence", [
    # fixtures/unseen6_pages/html/unseen6_page-youth-1.html
    "我国是制造业大国，是全世界唯一拥有联合国产业分类中全部工业门类的国家",
    # fixtures/unseen1_pages/html/unseen_page-gerapy-chinanews-1.html
    "图为卢宇与祖国五星红旗和联合国会旗的合影。",
])
def test_a_word_after_the_name_keeps_it(sentence):
    assert "联合国" in _orgs(sentence)
