"""A word of the name scan that ends its text ends where the text ends (round 11, speedN).

The scan tries the lengths of the words that open with the characters at a place, longest first; at the end of a
text a longer length's slice is cut short, and where that short slice was itself a word (上海, 传媒业, 新能源), the
fact's end was the place plus the longer length, past the end of the text (上海 at 30–41 in a title of 32
characters). Its text still read right, since a slice past the end stops at the end.

The titles are real (the file each comes from is named beside it); the places and sectors were read off the title.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


@pytest.mark.parametrize("article, kind, word", [
    # fixtures/unseen3_posts/articles/unseen3_post-06.txt
    ("---\ntitle: '山东商报：山东找回信心，GDP增量罕见全国第一，财政收入反超上海'\n---\n\n正文。\n", "location", "上海"),
    # fixtures/unseen6_posts/articles/unseen6_post-08.md
    ("---\ntitle: '100亿投建_风光火储_一体化项目！焦煤龙头加速_奔向_新能源'\n---\n\n正文。\n", "sector", "新能源"),
    # fixtures/unseen4_pages/html/unseen4_page-chinesenewsnet-1.html (its heading)
    ("---\ntitle: '播客热潮迅速蔓延 挑逗传统传媒业'\n---\n\n正文。\n", "sector", "传媒业"),
])
def test_a_word_that_ends_the_title_ends_with_it(article, kind, word):
    document = extract_text(article)
    facts = [fact for fact in document.facts if fact.where == "title" and fact.type == kind and fact.text == word]
    assert facts, document.facts
    for fact in facts:
        assert fact.end == len(document.title), fact
        assert fact.end - fact.start == len(word), fact
