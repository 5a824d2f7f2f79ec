"""A name inside a longer name (issue 13, fourth round): stock links and listed names that are a piece of
another organization's name, generic descriptions built like names, and sector words inside names.
Sentences and articles are real (the file each comes from is named beside it); expected values are read
off the sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import extract, extract_text

ROOT = Path(__file__).resolve().parent.parent


def _stocks(path: str) -> dict[str, bool]:
    return {s["code"]: s["in_context"] for s in extract(str(ROOT / path)).to_dict()["stocks"]}


@pytest.mark.parametrize("path, code, in_context", [
    # the link text inside a longer registered name (SPEC §3.9): 深圳市凯中精密技术股份有限公司 holds 凯中精密,
    # 宁夏金晶科技有限公司 holds 金晶科技, 陕西华秦科技实业股份有限公司 holds 华秦科技
    ("fixtures/unseen1_posts/articles/unseen_post-05.txt", "002823.SZ", False),
    ("fixtures/unseen1_posts/articles/unseen_post-02.txt", "600586.SH", False),
    ("fixtures/unseen1_posts/articles/unseen_post-11.txt", "688281.SH", False),
    # a short name that ends inside a word: 中国动力|电池 of 中国动力电池产业创新联盟
    ("fixtures/unseen1_posts/articles/unseen_post-07.txt", "600482.SH", False),
    # 公司 before an ordinary-word name is no cue when it ends another firm's registered name
    # (宁夏金晶科技有限公司太阳能光伏轻质面板项目)
    ("fixtures/unseen1_posts/articles/unseen_post-02.txt", "000591.SZ", False),
    # the short name followed by its suffix alone is the company's own name written out
    ("fixtures/corpus/sina_hexo-059.txt", "600909.SH", True),      # 华安证券股份有限公司
    ("fixtures/corpus/sina_hexo-005.txt", "601099.SH", True),      # 太平洋证券
])
def test_link_inside_a_longer_name_is_out_of_context(path, code, in_context):
    assert _stocks(path)[code] is in_context
